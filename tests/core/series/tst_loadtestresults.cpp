// A distributed run's failures read back for diagnosis. Locust rows as Debian's python3-locust
// 2.12 writes its --csv PREFIX_failures.csv (observed in tests/cli/tst_loadscripts.cpp's runs; the
// connection errors are the requests library's exception texts); k6 lines in the --out json format
// of k6's documentation (grafana.com/docs/k6/latest/results-output/real-time/json: one "Metric"
// line, then "Point" lines with data.time, data.value and data.tags).
#include "series/LoadTestResults.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatescope::Outcome)

class TestLoadTestResults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLocustFailures_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<int>("status");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("502 from the server")
            << "GET,/every,HTTPError('502 Server Error: Bad Gateway for url: /every'),3"_ba << 502 << Outcome::Ok;
        QTest::newRow("503 with a quoted name")
            << "POST,\"/a,b\",HTTPError('503 Server Error: Service Unavailable for url: /a,b'),1"_ba << 503
            << Outcome::Ok;
        QTest::newRow("refused") << "GET,/every,\"ConnectionRefusedError(111, 'Connection refused')\",9"_ba << 0
                                 << Outcome::Refused;
        QTest::newRow("closed without an answer")
            << "GET,/x,\"ConnectionError(ProtocolError('Connection aborted.', RemoteDisconnected('Remote end closed "
               "connection without response')))\",2"_ba
            << 0 << Outcome::ClosedEarly;
    }
    void readsLocustFailures()
    {
        QFETCH(QByteArray, row);
        QFETCH(int, status);
        QFETCH(Outcome, outcome);
        const std::optional<Capture> capture
            = LoadTestResults::read("Method,Name,Error,Occurrences\n"_ba + row + "\n", u"run_failures.csv"_s);
        QVERIFY(capture);
        QCOMPARE(capture->kind, u"locust-failures"_s);
        QCOMPARE(capture->exchanges.size(), 1);
        const Exchange &exchange = capture->exchanges.constFirst();
        QCOMPARE(exchange.transport.outcome, outcome);
        QCOMPARE(exchange.response ? exchange.response->status : 0, status);
        QVERIFY(exchange.comment.startsWith(u"Locust: "_s));
        QVERIFY(isFailure(exchange));
    }

    void readsK6Results()
    {
        const QByteArray lines = QByteArrayList {
            "{\"type\":\"Metric\",\"data\":{\"name\":\"http_reqs\",\"type\":\"counter\",\"contains\":\"default\",\"thresholds\":[],\"submetrics\":null},\"metric\":\"http_reqs\"}"_ba,
            "{\"type\":\"Point\",\"data\":{\"time\":\"2017-05-09T14:34:45.239531499+02:00\",\"value\":1,\"tags\":{\"method\":\"GET\",\"status\":\"200\",\"url\":\"https://test.k6.io/\"}},\"metric\":\"http_reqs\"}"_ba,
            "{\"type\":\"Point\",\"data\":{\"time\":\"2017-05-09T14:34:46.239531499+02:00\",\"value\":1,\"tags\":{\"method\":\"POST\",\"status\":\"504\",\"url\":\"https://test.k6.io/api\"}},\"metric\":\"http_reqs\"}"_ba,
            "{\"type\":\"Point\",\"data\":{\"time\":\"2017-05-09T14:34:46.239531499+02:00\",\"value\":310.2,\"tags\":{\"method\":\"POST\",\"status\":\"504\",\"url\":\"https://test.k6.io/api\"}},\"metric\":\"http_req_duration\"}"_ba,
        }.join('\n');
        const std::optional<Capture> capture = LoadTestResults::read(lines, u"results.json"_s);
        QVERIFY(capture);
        QCOMPARE(capture->kind, u"k6-json"_s);
        QCOMPARE(capture->exchanges.size(), 1); // the 5xx request, once (http_reqs only)
        QCOMPARE(capture->exchanges.constFirst().response->status, 504);
        QCOMPARE(capture->exchanges.constFirst().request.method, "POST"_ba);
        QCOMPARE(capture->exchanges.constFirst().request.url, QUrl(u"https://test.k6.io/api"_s));
    }

    // k6's end-of-test summary in both formats, verbatim from k6's own tests (data/README.md:
    // grafana/k6 js/summary_test.go): http_reqs count 3, checks, a trend, vus. The "with a 5xx"
    // rows add the submetric k6 keeps when a threshold names it — Gatescope's k6 script names
    // http_reqs{status:502} and the other 5xx — in the shape of the file's own http_reqs
    // ("metric{tag:value}", as k6's summary names http_req_duration{expected_response:true});
    // http_req_failed's "passes" are the failed requests (grafana/k6 issue #2386).
    void readsK6Summaries_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("submetric");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("said");
        QTest::newRow("--summary-export, k6's sample: counts only")
            << u"k6-summary-export.json"_s << QString() << 0 << u"counts 3 requests, 0 of them failed"_s;
        QTest::newRow("handleSummary data, k6's sample: counts only")
            << u"k6-handlesummary.json"_s << QString() << 0 << u"counts 3 requests, 0 of them failed"_s;
        QTest::newRow("--summary-export with a 502")
            << u"k6-summary-export.json"_s << u"http_reqs{status:502}"_s << 502 << u"k6 summary: count 3"_s;
        QTest::newRow("handleSummary data with a 504 and its URL")
            << u"k6-handlesummary.json"_s << u"http_reqs{status:504,url:https://test.k6.io/api}"_s << 504
            << u"k6 summary: count 3"_s;
        QTest::newRow("a 200 submetric is no failure")
            << u"k6-handlesummary.json"_s << u"http_reqs{status:200}"_s << 0 << u"counts 3 requests"_s;
    }
    void readsK6Summaries()
    {
        QFETCH(QString, file);
        QFETCH(QString, submetric);
        QFETCH(int, status);
        QFETCH(QString, said);
        QFile sample(QFINDTESTDATA(u"data/"_s + file));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QByteArray bytes = sample.readAll();
        if (!submetric.isEmpty()) {
            QJsonObject summary = QJsonDocument::fromJson(bytes).object();
            QJsonObject metrics = summary.value(u"metrics"_s).toObject();
            metrics.insert(submetric, metrics.value(u"http_reqs"_s)); // the same counter, tagged
            summary.insert(u"metrics"_s, metrics);
            bytes = QJsonDocument(summary).toJson();
        }
        const std::optional<Capture> capture = LoadTestResults::read(bytes, file);
        QVERIFY(capture);
        QCOMPARE(capture->kind, u"k6-summary"_s);
        if (status == 0) {
            QVERIFY(capture->exchanges.isEmpty());
            QCOMPARE(capture->warnings.size(), 1);
            QVERIFY2(capture->warnings.constFirst().contains(said), qPrintable(capture->warnings.constFirst()));
            return;
        }
        QCOMPARE(capture->exchanges.size(), 1);
        const Exchange &exchange = capture->exchanges.constFirst();
        QVERIFY(exchange.response);
        QCOMPARE(exchange.response->status, status);
        QCOMPARE(exchange.comment, said);
        if (status == 504)
            QCOMPARE(exchange.request.url, QUrl(u"https://test.k6.io/api"_s));
        QVERIFY(isFailure(exchange));
    }

    // Locust's PREFIX_exceptions.csv as Debian's python3-locust 2.12 wrote it (data/README.md):
    // the locustfile's own error, said as such, nothing to diagnose.
    void readsLocustExceptions()
    {
        QFile sample(QFINDTESTDATA(u"data/locust-2.12-exceptions.csv"_s));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const std::optional<Capture> capture = LoadTestResults::read(sample.readAll(), u"run_exceptions.csv"_s);
        QVERIFY(capture);
        QCOMPARE(capture->kind, u"locust-exceptions"_s);
        QVERIFY(capture->exchanges.isEmpty());
        QCOMPARE(capture->warnings.size(), 1);
        QVERIFY2(capture->warnings.constFirst().contains(
                     u"raised “set the environment variable GATESCOPE_AUTHORIZATION” (count 2)"_s),
                 qPrintable(capture->warnings.constFirst()));
    }

    void leavesOtherInputsAlone()
    {
        QVERIFY(!LoadTestResults::read("HTTP/1.1 502 Bad Gateway\r\n\r\n"_ba, u"x"_s));
        QVERIFY(!LoadTestResults::read("Type,Name,Request Count\n"_ba, u"x"_s)); // Locust's stats, not failures
        QVERIFY(!LoadTestResults::read("{\"log\": {\"version\": \"1.2\", \"entries\": []}}"_ba, u"x.har"_s));
        QVERIFY(!LoadTestResults::read("{\"metrics\": {\"http_reqs\": 3}}"_ba, u"x.json"_s)); // not k6's layout
    }
};

QTEST_GUILESS_MAIN(TestLoadTestResults)
#include "tst_loadtestresults.moc"
