// A distributed run's failures read back for diagnosis. Locust rows as Debian's python3-locust
// 2.12 writes its --csv PREFIX_failures.csv (observed in tests/cli/tst_loadscripts.cpp's runs; the
// connection errors are the requests library's exception texts); k6 lines in the --out json format
// of k6's documentation (grafana.com/docs/k6/latest/results-output/real-time/json: one "Metric"
// line, then "Point" lines with data.time, data.value and data.tags).
#include "series/LoadTestResults.h"

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

    void leavesOtherInputsAlone()
    {
        QVERIFY(!LoadTestResults::read("HTTP/1.1 502 Bad Gateway\r\n\r\n"_ba, u"x"_s));
        QVERIFY(!LoadTestResults::read("Type,Name,Request Count\n"_ba, u"x"_s)); // Locust's stats, not failures
    }
};

QTEST_GUILESS_MAIN(TestLoadTestResults)
#include "tst_loadtestresults.moc"
