// `gatescope logs` and `gatescope diagnose --log` as a user runs them: the built binary
// ($GATESCOPE_BINARY) in a QProcess on the log lines real gateways wrote (tests/core/logs/data).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run gatescope(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TZ"_s, u"UTC"_s); // the logs' local times were written on a UTC machine
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("GATESCOPE_BINARY"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

QString data(const QString &name)
{
    return qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/tests/core/logs/data/"_s + name;
}

// A HAR with the 502 nginx answered for GET /refused/a (its own page, no request id).
QByteArray harFor(const QString &path, const QString &startedAt)
{
    const QString page = u"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                         "Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n"_s;
    const QJsonObject entry {
        { u"startedDateTime"_s, startedAt },
        { u"time"_s, 3 },
        { u"request"_s,
          QJsonObject { { u"method"_s, u"GET"_s },
                        { u"url"_s, QString(u"http://127.0.0.1:18200"_s + path) },
                        { u"httpVersion"_s, u"HTTP/1.1"_s },
                        { u"headers"_s, QJsonArray {} },
                        { u"queryString"_s, QJsonArray {} },
                        { u"cookies"_s, QJsonArray {} },
                        { u"headersSize"_s, -1 },
                        { u"bodySize"_s, 0 } } },
        { u"response"_s,
          QJsonObject {
              { u"status"_s, 502 },
              { u"statusText"_s, u"Bad Gateway"_s },
              { u"httpVersion"_s, u"HTTP/1.1"_s },
              { u"headers"_s,
                QJsonArray { QJsonObject { { u"name"_s, u"Server"_s }, { u"value"_s, u"nginx/1.22.1"_s } },
                             QJsonObject { { u"name"_s, u"Content-Type"_s }, { u"value"_s, u"text/html"_s } } } },
              { u"cookies"_s, QJsonArray {} },
              { u"content"_s,
                QJsonObject {
                    { u"size"_s, int(page.size()) }, { u"mimeType"_s, u"text/html"_s }, { u"text"_s, page } } },
              { u"redirectURL"_s, u""_s },
              { u"headersSize"_s, -1 },
              { u"bodySize"_s, int(page.size()) } } },
        { u"cache"_s, QJsonObject {} },
        { u"timings"_s,
          QJsonObject { { u"blocked"_s, -1 },
                        { u"dns"_s, -1 },
                        { u"connect"_s, -1 },
                        { u"ssl"_s, -1 },
                        { u"send"_s, 1 },
                        { u"wait"_s, 1 },
                        { u"receive"_s, 1 } } },
    };
    const QJsonObject har { { u"log"_s,
                              QJsonObject {
                                  { u"version"_s, u"1.2"_s },
                                  { u"creator"_s, QJsonObject { { u"name"_s, u"test"_s }, { u"version"_s, u"1"_s } } },
                                  { u"entries"_s, QJsonArray { entry } } } } };
    return QJsonDocument(har).toJson();
}

} // namespace

class LogsCliTest : public QObject
{
    Q_OBJECT

private slots:
    void diagnoseWithALogNamesTheLineThatDecided()
    {
        QTemporaryDir dir;
        QFile har(dir.filePath(u"capture.har"_s));
        QVERIFY(har.open(QIODevice::WriteOnly));
        har.write(harFor(u"/refused/a"_s, u"2026-12-06T14:30:56.200Z"_s));
        har.close();

        const Run without = gatescope({ u"diagnose"_s, har.fileName(), u"--format"_s, u"json"_s });
        QCOMPARE(without.exitCode, 0);
        QVERIFY2(!without.out.contains("logEvidence"), "without --log the document is as before");
        const QJsonObject plain = QJsonDocument::fromJson(without.out).object();
        QCOMPARE(plain[u"exchanges"_s][0][u"diagnosis"_s][u"cause"_s].toString(), u"upstream.error"_s);

        const Run with = gatescope(
            { u"diagnose"_s, har.fileName(), u"--format"_s, u"json"_s, u"--log"_s, data(u"nginx-error.log"_s) });
        QCOMPARE(with.exitCode, 0);
        const QJsonObject exchange = QJsonDocument::fromJson(with.out).object()[u"exchanges"_s][0].toObject();
        QCOMPARE(exchange[u"diagnosis"_s][u"cause"_s].toString(), u"upstream.refused"_s);
        const QJsonArray lines = exchange[u"logEvidence"_s].toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0][u"file"_s].toString(), u"nginx-error.log"_s);
        QCOMPARE(lines[0][u"line"_s].toInt(), 7);
        QCOMPARE(lines[0][u"match"_s].toString(), u"method-path-time"_s);
        QCOMPARE(lines[0][u"cause"_s].toString(), u"upstream.refused"_s);
        const QJsonArray path = exchange[u"diagnosis"_s][u"path"_s].toArray();
        QVERIFY2(path.last()[u"decidedBy"_s].toArray().contains(
                     u"nginx-error.log:7: connect() failed (111: Connection refused) while connecting to upstream"_s),
                 with.out.constData());

        // A capture whose request has no line in the log keeps its verdict and an empty logEvidence.
        QVERIFY(har.open(QIODevice::WriteOnly | QIODevice::Truncate));
        har.write(harFor(u"/elsewhere"_s, u"2026-12-06T14:30:56.200Z"_s));
        har.close();
        const Run unmatched = gatescope(
            { u"diagnose"_s, har.fileName(), u"--format"_s, u"json"_s, u"--log"_s, data(u"nginx-error.log"_s) });
        const QJsonObject other = QJsonDocument::fromJson(unmatched.out).object()[u"exchanges"_s][0].toObject();
        QVERIFY(other.contains(u"logEvidence"_s));
        QVERIFY(other[u"logEvidence"_s].toArray().isEmpty());
        QCOMPARE(other[u"diagnosis"_s][u"cause"_s].toString(), u"upstream.error"_s);
    }

    void logsSummarisesFailuresByCause()
    {
        const Run run = gatescope(
            { u"logs"_s, data(u"nginx-error.log"_s), data(u"nginx-access.log"_s), u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc[u"schema"_s].toString(), u"gatescope.logs/1"_s);
        QCOMPARE(doc[u"files"_s].toArray().size(), 2);
        QCOMPARE(doc[u"files"_s][0][u"format"_s].toString(), u"nginx-error"_s);
        // Each access line takes the cause of its error line: nine failures, not eighteen.
        QCOMPARE(doc[u"failures"_s].toInt(), 9);
        const QJsonObject byCause = doc[u"byCause"_s].toObject();
        QCOMPARE(byCause[u"upstream.refused"_s].toInt(), 2);
        QCOMPARE(byCause[u"upstream.timeout"_s].toInt(), 1);
        QCOMPARE(byCause[u"capacity.no-healthy-upstream"_s].toInt(), 1);
        QCOMPARE(doc[u"topUpstreams"_s][0][u"address"_s].toString(), u"127.0.0.1:18199"_s);
        QCOMPARE(doc[u"distinctFailures"_s].toArray().size(), 8);
        const QJsonObject first = doc[u"distinctFailures"_s][0].toObject();
        QCOMPARE(first[u"diagnosis"_s][u"cause"_s].toString(), u"upstream.refused"_s);
        QCOMPARE(first[u"count"_s].toInt(), 2);
    }

    // The summary in the human formats: the counts by cause, over time, the upstreams and one
    // diagnosis per distinct failure, each under its heading.
    void logsSummarisesInEachHumanFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("text") << u"text"_s
                              << QStringList { u"9 failure(s) by cause:"_s, u"Over time (per minute, UTC):"_s,
                                               u"Upstreams with the most failures:"_s,
                                               u"2 × upstream.refused 502 (nginx)"_s };
        QTest::newRow("md") << u"md"_s
                            << QStringList { u"# Gateway log summary"_s, u"| `upstream.refused` | 2 |"_s,
                                             u"## Over time (per minute, UTC)"_s, u"- `127.0.0.1:18199`: 2"_s,
                                             u"### 2 × `upstream.refused` (502)"_s };
    }

    void logsSummarisesInEachHumanFormat()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, expected);
        const Run run
            = gatescope({ u"logs"_s, data(u"nginx-error.log"_s), data(u"nginx-access.log"_s), u"--format"_s, format });
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        for (const QString &line : expected)
            QVERIFY2(out.contains(line), qPrintable(u"no '"_s + line + u"' in:\n"_s + out));
    }

    void logsFiltersBySinceAndStatus_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("failures");
        QTest::newRow("default: 5xx") << QStringList {} << 9;
        QTest::newRow("since an ISO time") << QStringList { u"--since"_s, u"2026-12-06T14:30:57Z"_s } << 6;
        QTest::newRow("since an age before the newest line") << QStringList { u"--since"_s, u"1s"_s } << 6;
        QTest::newRow("only 504") << QStringList { u"--status"_s, u"504"_s } << 1;
        QTest::newRow("4xx and 5xx") << QStringList { u"--status"_s, u"4xx,5xx"_s } << 10;
    }

    void logsFiltersBySinceAndStatus()
    {
        QFETCH(QStringList, options);
        QFETCH(int, failures);
        const Run run = gatescope(
            QStringList { u"logs"_s, data(u"nginx-access.log"_s), data(u"nginx-error.log"_s), u"-f"_s, u"json"_s }
            + options);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object()[u"failures"_s].toInt(), failures);
    }

    void logsHashesAddressesWhenAsked()
    {
        const Run run = gatescope({ u"logs"_s, data(u"nginx-error.log"_s), u"--redact-ips"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains("127.0.0.1"), run.out.constData());
        QVERIFY(run.out.contains("ip-"));
        QVERIFY2(run.err.contains("IP address"), run.err.constData());
    }

    void anUnknownFormatIsAnErrorShowingTheFirstLines()
    {
        QTemporaryDir dir;
        QFile notes(dir.filePath(u"notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("meeting at noon\nbring the logs\n");
        notes.close();
        const Run run = gatescope({ u"logs"_s, notes.fileName() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("notes.txt") && run.err.contains("meeting at noon"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void badOptionValuesAreUsageErrors()
    {
        QCOMPARE(gatescope({ u"logs"_s, data(u"nginx-error.log"_s), u"--status"_s, u"teapot"_s }).exitCode, 2);
        QCOMPARE(gatescope({ u"logs"_s, data(u"nginx-error.log"_s), u"--since"_s, u"yesterday"_s }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(LogsCliTest)
#include "tst_logscli.moc"
