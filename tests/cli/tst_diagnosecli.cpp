// `gatescope diagnose` and `gatescope replay` as a user runs them: the built binary
// ($GATESCOPE_BINARY) in a QProcess, on raw responses (CRLF and LF, from a file and from standard
// input), a HAR file, a curl command line, and live URLs served by the lab's fault server on
// 127.0.0.1. Exit codes: 0 diagnosed, 1 input unreadable (one line naming it), 2 usage.
#include "lab/FaultServer.h"
#include "lab/Http2FaultServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray nginx502
    = "HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.22.1\r\nDate: Sat, 28 Nov 2026 12:37:38 GMT\r\nContent-Type: "
      "text/html\r\n"
      "Content-Length: 157\r\nConnection: close\r\n\r\n<html>\r\n<head><title>502 Bad "
      "Gateway</title></head>\r\n<body>\r\n"
      "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

QByteArray harEntry(int status, const QString &statusText, const QList<std::pair<QString, QString>> &headers,
                    const QString &body, const QString &mime, double wait)
{
    QJsonArray responseHeaders;
    for (const auto &[name, value] : headers)
        responseHeaders.append(QJsonObject { { u"name"_s, name }, { u"value"_s, value } });
    const QJsonObject entry {
        { u"startedDateTime"_s, u"2026-11-28T10:00:00.000Z"_s },
        { u"time"_s, wait + 2 },
        { u"request"_s,
          QJsonObject {
              { u"method"_s, u"GET"_s },
              { u"url"_s, u"https://api.example.test/v1/items"_s },
              { u"httpVersion"_s, u"HTTP/1.1"_s },
              { u"headers"_s,
                QJsonArray { QJsonObject { { u"name"_s, u"Accept"_s }, { u"value"_s, u"application/json"_s } } } },
              { u"queryString"_s, QJsonArray {} },
              { u"cookies"_s, QJsonArray {} },
              { u"headersSize"_s, -1 },
              { u"bodySize"_s, 0 } } },
        { u"response"_s,
          QJsonObject { { u"status"_s, status },
                        { u"statusText"_s, statusText },
                        { u"httpVersion"_s, u"HTTP/1.1"_s },
                        { u"headers"_s, responseHeaders },
                        { u"cookies"_s, QJsonArray {} },
                        { u"content"_s,
                          QJsonObject { { u"size"_s, body.size() }, { u"mimeType"_s, mime }, { u"text"_s, body } } },
                        { u"redirectURL"_s, u""_s },
                        { u"headersSize"_s, -1 },
                        { u"bodySize"_s, body.size() } } },
        { u"cache"_s, QJsonObject {} },
        { u"timings"_s,
          QJsonObject { { u"blocked"_s, -1 },
                        { u"dns"_s, -1 },
                        { u"connect"_s, -1 },
                        { u"ssl"_s, -1 },
                        { u"send"_s, 1 },
                        { u"wait"_s, wait },
                        { u"receive"_s, 1 } } },
    };
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}

// Every field of docs/diagnosis-contract.md with its JSON type; returns what is wrong.
QStringList contractViolations(const QJsonObject &doc)
{
    QStringList wrong;
    auto need = [&wrong](const QJsonObject &o, const QString &path, const QString &key, QJsonValue::Type type,
                         bool nullable = false) {
        const QJsonValue v = o.value(key);
        if (v.type() != type && !(nullable && v.isNull()))
            wrong << u"%1.%2 is %3"_s.arg(path, key).arg(int(v.type()));
        return v;
    };
    auto pairs = [&wrong](const QJsonArray &headers, const QString &path) {
        for (const QJsonValue &h : headers) {
            const QJsonArray pair = h.toArray();
            if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
                wrong << path + u" holds a header that is not [name, value]"_s;
        }
    };
    if (doc.value(u"schema"_s).toString() != u"gatescope.diagnosis/1"_s)
        wrong << u"schema"_s;
    const QJsonObject tool = need(doc, u""_s, u"tool"_s, QJsonValue::Object).toObject();
    need(tool, u"tool"_s, u"name"_s, QJsonValue::String);
    need(tool, u"tool"_s, u"version"_s, QJsonValue::String);
    const QJsonObject input = need(doc, u""_s, u"input"_s, QJsonValue::Object).toObject();
    static const QStringList kinds {
        u"har"_s, u"curl"_s, u"raw-request"_s, u"raw-response"_s, u"http-file"_s, u"url"_s
    };
    if (!kinds.contains(input.value(u"kind"_s).toString()))
        wrong << u"input.kind '%1'"_s.arg(input.value(u"kind"_s).toString());
    need(input, u"input"_s, u"name"_s, QJsonValue::String);
    const QJsonArray exchanges = need(doc, u""_s, u"exchanges"_s, QJsonValue::Array).toArray();
    if (exchanges.isEmpty())
        wrong << u"no exchanges"_s;
    for (const QJsonValue &value : exchanges) {
        const QJsonObject e = value.toObject();
        need(e, u"exchange"_s, u"index"_s, QJsonValue::Double);
        if (e.value(u"source"_s).toString() != u"recorded"_s && e.value(u"source"_s).toString() != u"replayed"_s)
            wrong << u"exchange.source"_s;
        const QJsonObject request = need(e, u"exchange"_s, u"request"_s, QJsonValue::Object).toObject();
        need(request, u"request"_s, u"method"_s, QJsonValue::String);
        need(request, u"request"_s, u"url"_s, QJsonValue::String);
        pairs(need(request, u"request"_s, u"headers"_s, QJsonValue::Array).toArray(), u"request.headers"_s);
        const QJsonValue responseValue = need(e, u"exchange"_s, u"response"_s, QJsonValue::Object, true);
        if (responseValue.isObject()) {
            const QJsonObject response = responseValue.toObject();
            need(response, u"response"_s, u"status"_s, QJsonValue::Double);
            need(response, u"response"_s, u"reason"_s, QJsonValue::String);
            need(response, u"response"_s, u"httpVersion"_s, QJsonValue::String);
            pairs(need(response, u"response"_s, u"headers"_s, QJsonValue::Array).toArray(), u"response.headers"_s);
            need(response, u"response"_s, u"contentType"_s, QJsonValue::String);
            need(response, u"response"_s, u"bodySize"_s, QJsonValue::Double);
            need(response, u"response"_s, u"bodySnippet"_s, QJsonValue::String);
        }
        const QJsonObject transport = need(e, u"exchange"_s, u"transport"_s, QJsonValue::Object).toObject();
        need(transport, u"transport"_s, u"outcome"_s, QJsonValue::String);
        need(transport, u"transport"_s, u"phase"_s, QJsonValue::String, true);
        need(transport, u"transport"_s, u"detail"_s, QJsonValue::String);
        for (const QJsonValue &a : need(e, u"exchange"_s, u"anomalies"_s, QJsonValue::Array).toArray()) {
            need(a.toObject(), u"anomaly"_s, u"kind"_s, QJsonValue::String);
            need(a.toObject(), u"anomaly"_s, u"offset"_s, QJsonValue::Double);
            need(a.toObject(), u"anomaly"_s, u"detail"_s, QJsonValue::String);
        }
        const QJsonObject timings = need(e, u"exchange"_s, u"timings"_s, QJsonValue::Object).toObject();
        for (const QString &key :
             { u"blocked"_s, u"dns"_s, u"connect"_s, u"tls"_s, u"send"_s, u"wait"_s, u"download"_s, u"total"_s })
            need(timings, u"timings"_s, key, QJsonValue::Double);
        const QJsonObject d = need(e, u"exchange"_s, u"diagnosis"_s, QJsonValue::Object).toObject();
        need(d, u"diagnosis"_s, u"status"_s, QJsonValue::Double);
        need(d, u"diagnosis"_s, u"predicted"_s, QJsonValue::Bool);
        const QJsonObject producer = need(d, u"diagnosis"_s, u"producer"_s, QJsonValue::Object).toObject();
        static const QStringList layers { u"origin"_s, u"gateway"_s, u"client"_s };
        if (!layers.contains(producer.value(u"layer"_s).toString()))
            wrong << u"producer.layer"_s;
        need(producer, u"producer"_s, u"product"_s, QJsonValue::String);
        need(producer, u"producer"_s, u"confidence"_s, QJsonValue::Double);
        need(d, u"diagnosis"_s, u"cause"_s, QJsonValue::String);
        need(d, u"diagnosis"_s, u"summary"_s, QJsonValue::String);
        const QJsonObject retry = need(d, u"diagnosis"_s, u"retry"_s, QJsonValue::Object).toObject();
        static const QStringList advices { u"retry-with-backoff"_s, u"retry-after"_s, u"do-not-retry"_s,
                                           u"fix-first"_s };
        if (!advices.contains(retry.value(u"advice"_s).toString()))
            wrong << u"retry.advice"_s;
        need(retry, u"retry"_s, u"afterSeconds"_s, QJsonValue::Double, true);
        for (const QJsonValue &step : need(d, u"diagnosis"_s, u"path"_s, QJsonValue::Array).toArray()) {
            need(step.toObject(), u"path"_s, u"node"_s, QJsonValue::String);
            for (const QJsonValue &line : need(step.toObject(), u"path"_s, u"decidedBy"_s, QJsonValue::Array).toArray())
                if (!line.isString())
                    wrong << u"path.decidedBy holds a non-string"_s;
        }
        for (const QJsonValue &item : need(d, u"diagnosis"_s, u"evidence"_s, QJsonValue::Array).toArray()) {
            for (const QString &key : { u"fact"_s, u"source"_s, u"value"_s })
                need(item.toObject(), u"evidence"_s, key, QJsonValue::String);
        }
        const QJsonObject checklist = need(d, u"diagnosis"_s, u"checklist"_s, QJsonValue::Object).toObject();
        need(checklist, u"checklist"_s, u"id"_s, QJsonValue::String);
        need(checklist, u"checklist"_s, u"items"_s, QJsonValue::Array);
    }
    return wrong;
}

} // namespace

class TestDiagnoseCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compareShowsBothPathsAndConcludesTheOriginIsDown();
    void compareRefusesAnOriginThatIsNoHostAndPort();
    void compareWalksTheChainTheUserGives();
    void compareProtocolsCallsOutAFaultOnlyOverHttp2();
    void compareProtocolsIsGivenAlone();
    void rawResponseFileIsDiagnosedAsText();
    void rawResponseWithLfLineEndsGivesTheJsonDocument();
    void standardInputIsReadForDash();
    void harDiagnosesTheFailingEntriesUnlessAllOrEntryIsGiven_data();
    void harDiagnosesTheFailingEntriesUnlessAllOrEntryIsGiven();
    void outputFileIsWritten();
    void unreadableInputExitsOneNamingIt_data();
    void unreadableInputExitsOneNamingIt();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void brokenRulePackIsReportedOnceAndBuiltInsAreUsed_data();
    void brokenRulePackIsReportedOnceAndBuiltInsAreUsed();
    void urlIsProbedThenDiagnosed();
    void refusedUrlPredictsTheGatewayStatus();
    void replaySendsTheCurlLineAgainAndDiagnosesTheAnswer();
    void diagnoseNeverSendsACommandBearingTranscript_data();
    void diagnoseNeverSendsACommandBearingTranscript();
    void diagnoseOfABareCommandSaysHowToSendIt();
    void jsonDocumentHasEveryContractFieldWithItsType_data();
    void jsonDocumentHasEveryContractFieldWithItsType();
    void timeoutsGivenOnTheCommandLineAreMarkedInEveryFormat_data();
    void timeoutsGivenOnTheCommandLineAreMarkedInEveryFormat();
    void timeoutsGivenOnTheCommandLineUpdateTheJsonAudit_data();
    void timeoutsGivenOnTheCommandLineUpdateTheJsonAudit();
    void summaryNamesTheTimeoutTheUserGave_data();
    void summaryNamesTheTimeoutTheUserGave();
    void badTimeoutIsAUsageErrorNamingTheArgument_data();
    void badTimeoutIsAUsageErrorNamingTheArgument();
    void compareAuditsTheTimeoutsGiven();

private:
    QString slowNginxHar(); // nginx's 504 after a 30 s wait, its read timeout being 60 s by default
    QString nginxTimeoutHar(double waitMs); // nginx's 504 after that wait
    Run run(const QStringList &arguments, const QByteArray &stdinBytes = {});
    QString write(const QString &name, const QByteArray &bytes);
    static QJsonObject firstDiagnosis(const QByteArray &json);

    QString m_binary;
    QTemporaryDir m_dir;
    FaultServer m_server;
    Http2FaultServer m_h2;
};

void TestDiagnoseCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_binary = qEnvironmentVariable("GATESCOPE_BINARY");
    QVERIFY2(QFile::exists(m_binary), "GATESCOPE_BINARY must name the built gatescope binary");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(QHostAddress::LocalHost, false), qPrintable(m_server.errorString()));
    QVERIFY2(m_h2.start(), qPrintable(m_h2.errorString()));
}

Run TestDiagnoseCli::run(const QStringList &arguments, const QByteArray &stdinBytes)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s)); // no user rule packs of the person running the tests
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(m_binary, arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!stdinBytes.isEmpty())
        process.write(stdinBytes);
    process.closeWriteChannel();
    // Keep this thread's event loop turning: the fault server answers the probes from here.
    QDeadlineTimer deadline(30000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(5);
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    }
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString TestDiagnoseCli::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return file.fileName();
}

QJsonObject TestDiagnoseCli::firstDiagnosis(const QByteArray &json)
{
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    return doc.value(u"exchanges"_s).toArray().first().toObject().value(u"diagnosis"_s).toObject();
}

void TestDiagnoseCli::rawResponseFileIsDiagnosedAsText()
{
    const Run r = run({ u"diagnose"_s, write(u"nginx-502.txt"_s, nginx502) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Words first (the cause's title, the path's rule titles, the retry advice's title); of the
    // ids only the cause's stays, after its title, as the key into the JSON (issue 15 §5).
    for (const char *part : { "The gateway reported an upstream failure (upstream.error)", "nginx",
                              "→ Who answered 502, and what does it say about the upstream?",
                              "→ 502 · A gateway reports an upstream failure without saying which",
                              "Retry: Retry with backoff", "error.log" })
        QVERIFY2(r.out.contains(part), qPrintable(QString::fromUtf8(r.out)));
    for (const char *id : { "status.502", "502.gateway", "retry-with-backoff" })
        QVERIFY2(!r.out.contains(id), id);
}

void TestDiagnoseCli::rawResponseWithLfLineEndsGivesTheJsonDocument()
{
    QByteArray lf = nginx502;
    lf.replace("\r\n", "\n");
    const Run r = run({ u"diagnose"_s, write(u"nginx-502-lf.txt"_s, lf), u"--format"_s, u"json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(u"schema"_s).toString(), u"gatescope.diagnosis/1"_s);
    QCOMPARE(doc.value(u"input"_s).toObject().value(u"kind"_s).toString(), u"raw-response"_s);
    QCOMPARE(doc.value(u"input"_s).toObject().value(u"name"_s).toString(), u"nginx-502-lf.txt"_s);
    const QJsonObject d = firstDiagnosis(r.out);
    QCOMPARE(d.value(u"status"_s).toInt(), 502);
    QCOMPARE(d.value(u"predicted"_s).toBool(), false);
    QCOMPARE(d.value(u"cause"_s).toString(), u"upstream.error"_s);
    QCOMPARE(d.value(u"producer"_s).toObject().value(u"product"_s).toString(), u"nginx"_s);
    QCOMPARE(d.value(u"producer"_s).toObject().value(u"layer"_s).toString(), u"gateway"_s);
    QVERIFY(!d.value(u"path"_s).toArray().isEmpty());
    QVERIFY(!d.value(u"checklist"_s).toObject().value(u"items"_s).toArray().isEmpty());
}

void TestDiagnoseCli::standardInputIsReadForDash()
{
    const Run r = run({ u"diagnose"_s, u"-"_s, u"-f"_s, u"json"_s }, nginx502);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(firstDiagnosis(r.out).value(u"cause"_s).toString(), u"upstream.error"_s);
}

void TestDiagnoseCli::harDiagnosesTheFailingEntriesUnlessAllOrEntryIsGiven_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QList<int>>("indexes");
    QTest::newRow("default: the failing entries only") << QStringList {} << QList<int> { 1 };
    QTest::newRow("--all: every entry") << QStringList { u"--all"_s } << QList<int> { 0, 1, 2 };
    QTest::newRow("--entry 2: that one") << QStringList { u"--entry"_s, u"2"_s } << QList<int> { 2 };
}

void TestDiagnoseCli::harDiagnosesTheFailingEntriesUnlessAllOrEntryIsGiven()
{
    QFETCH(QStringList, options);
    QFETCH(QList<int>, indexes);
    const QByteArray har
        = "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"test\",\"version\":\"1\"},\"entries\":["
        + harEntry(200, u"OK"_s, { { u"Content-Type"_s, u"application/json"_s } }, u"{\"items\":[]}"_s,
                   u"application/json"_s, 20)
        + ","
        + harEntry(
              504, u"Gateway Time-out"_s, { { u"Server"_s, u"nginx/1.22.1"_s }, { u"Content-Type"_s, u"text/html"_s } },
              u"<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n"_s,
              u"text/html"_s, 60001)
        + ","
        + harEntry(200, u"OK"_s, { { u"Content-Type"_s, u"text/html"_s } },
                   u"<html><body><form action=\"/login\"></form></body></html>"_s, u"text/html"_s, 15)
        + "]}}";
    const Run r = run(QStringList { u"diagnose"_s, write(u"capture.har"_s, har), u"-f"_s, u"json"_s } + options);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(u"input"_s).toObject().value(u"kind"_s).toString(), u"har"_s);
    QList<int> got;
    for (const QJsonValue &entry : doc.value(u"exchanges"_s).toArray())
        got << entry.toObject().value(u"index"_s).toInt();
    QCOMPARE(got, indexes);
    for (const QJsonValue &value : doc.value(u"exchanges"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString cause = entry.value(u"diagnosis"_s).toObject().value(u"cause"_s).toString();
        if (entry.value(u"index"_s).toInt() == 1) {
            QCOMPARE(cause, u"upstream.timeout"_s);
            const QByteArray text = QJsonDocument(entry).toJson();
            QVERIFY2(text.contains("proxy_read_timeout"), "the 60 s wait is matched with nginx's default");
            // A 504 after a slow origin is nginx's read timeout, never its connect timeout of the same 60 s.
            const QString summary = entry.value(u"diagnosis"_s).toObject().value(u"summary"_s).toString();
            QVERIFY2(summary.contains(u"proxy_read_timeout"_s) && !summary.contains(u"proxy_connect_timeout"_s),
                     qPrintable(summary));
        }
        if (entry.value(u"index"_s).toInt() == 2)
            QCOMPARE(cause, u"origin.unexpected-content"_s);
    }
}

void TestDiagnoseCli::outputFileIsWritten()
{
    const QString out = m_dir.filePath(u"report.json"_s);
    const Run r = run({ u"diagnose"_s, write(u"nginx-502-o.txt"_s, nginx502), u"-f"_s, u"json"_s, u"-o"_s, out });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(firstDiagnosis(file.readAll()).value(u"cause"_s).toString(), u"upstream.error"_s);
}

void TestDiagnoseCli::unreadableInputExitsOneNamingIt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("missing file") << u"does-not-exist.txt"_s << QByteArray();
    QTest::newRow("binary bytes") << u"binary.bin"_s
                                  << QByteArray("\x7f"
                                                "ELF\x02\x01\x01\x00\x00\x00\x00",
                                                11);
    QTest::newRow("truncated HAR") << u"broken.har"_s
                                   << QByteArray("{\"log\":{\"version\":\"1.2\",\"entries\":[{\"request\":");
    QTest::newRow("empty file") << u"empty.txt"_s << QByteArray("");
}

void TestDiagnoseCli::unreadableInputExitsOneNamingIt()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    const QString path = file == u"does-not-exist.txt" ? m_dir.filePath(file) : write(file, bytes);
    const Run r = run({ u"diagnose"_s, path });
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(err.contains(file), qPrintable(err));
    QVERIFY2(!err.contains(u'\n'), qPrintable(u"one line expected: "_s + err));
    QVERIFY(r.out.isEmpty());
}

void TestDiagnoseCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no input") << QStringList { u"diagnose"_s };
    QTest::newRow("two inputs") << QStringList { u"diagnose"_s, u"a"_s, u"b"_s };
    QTest::newRow("unknown format") << QStringList { u"diagnose"_s, u"x.txt"_s, u"--format"_s, u"yaml"_s };
    QTest::newRow("entry is not a number") << QStringList { u"diagnose"_s, u"x.txt"_s, u"--entry"_s, u"two"_s };
    QTest::newRow("unknown option") << QStringList { u"diagnose"_s, u"x.txt"_s, u"--frobnicate"_s };
    QTest::newRow("replay without input") << QStringList { u"replay"_s };
}

void TestDiagnoseCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestDiagnoseCli::brokenRulePackIsReportedOnceAndBuiltInsAreUsed_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("pack");
    QTest::addColumn<QByteArray>("detail");
    QTest::newRow("a node under an unknown parent")
        << u"broken-parent.json"_s
        << QByteArray(R"({"schema": "gatescope.rules/1", "nodes": [{"id": "x", "parent": "nowhere", "title": "x"}]})")
        << QByteArray("'x'");
    QTest::newRow("not JSON") << u"broken-syntax.json"_s << QByteArray("{\"schema\": ") << QByteArray("offset");
}

void TestDiagnoseCli::brokenRulePackIsReportedOnceAndBuiltInsAreUsed()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, pack);
    QFETCH(QByteArray, detail);
    const QString path = write(fileName, pack);
    const Run r = run({ u"diagnose"_s, write(u"nginx-502-r.txt"_s, nginx502), u"--rules"_s, path, u"-f"_s, u"json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains(detail), r.err.constData());
    // One line names the file and the problem: no log line repeats it.
    QVERIFY2(r.err.count(fileName.toUtf8()) == 1, r.err.constData());
    QCOMPARE(firstDiagnosis(r.out).value(u"cause"_s).toString(), u"upstream.error"_s);
}

void TestDiagnoseCli::urlIsProbedThenDiagnosed()
{
    const Run r = run({ u"diagnose"_s, m_server.url(u"/stacktrace-500"_s).toString(), u"-f"_s, u"json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("sent a GET request"), "diagnose URL says that it sent a request");
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(u"input"_s).toObject().value(u"kind"_s).toString(), u"url"_s);
    const QJsonObject entry = doc.value(u"exchanges"_s).toArray().first().toObject();
    QCOMPARE(entry.value(u"source"_s).toString(), u"replayed"_s);
    const QJsonObject d = entry.value(u"diagnosis"_s).toObject();
    QCOMPARE(d.value(u"status"_s).toInt(), 500);
    QCOMPARE(d.value(u"cause"_s).toString(), u"origin.exception"_s);
    QCOMPARE(d.value(u"producer"_s).toObject().value(u"layer"_s).toString(), u"origin"_s);
}

void TestDiagnoseCli::refusedUrlPredictsTheGatewayStatus()
{
    const quint16 port = FaultServer::refusingPort();
    const Run r = run({ u"diagnose"_s, u"http://127.0.0.1:%1/v1/items"_s.arg(port), u"-f"_s, u"json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject d = firstDiagnosis(r.out);
    QCOMPARE(d.value(u"cause"_s).toString(), u"transport.refused"_s);
    QCOMPARE(d.value(u"predicted"_s).toBool(), true);
    QCOMPARE(d.value(u"status"_s).toInt(), 502);
    QCOMPARE(d.value(u"producer"_s).toObject().value(u"layer"_s).toString(), u"client"_s);
    QVERIFY2(d.value(u"summary"_s).toString().contains(u"HAProxy"_s),
             "the summary says what other gateways would answer");
}

void TestDiagnoseCli::replaySendsTheCurlLineAgainAndDiagnosesTheAnswer()
{
    const QString curl = write(u"maintenance.sh"_s,
                               "curl -H 'Accept: text/html' '" + m_server.url(u"/maintenance"_s).toEncoded() + "'\n");
    const Run r = run({ u"replay"_s, curl, u"-f"_s, u"json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(u"input"_s).toObject().value(u"kind"_s).toString(), u"curl"_s);
    const QJsonObject entry = doc.value(u"exchanges"_s).toArray().first().toObject();
    QCOMPARE(entry.value(u"source"_s).toString(), u"replayed"_s);
    const QJsonObject d = entry.value(u"diagnosis"_s).toObject();
    QCOMPARE(d.value(u"cause"_s).toString(), u"maintenance"_s);
    QCOMPARE(d.value(u"retry"_s).toObject().value(u"advice"_s).toString(), u"retry-after"_s);
    QCOMPARE(d.value(u"retry"_s).toObject().value(u"afterSeconds"_s).toInt(), 120);
}

// Issue 13 §1: diagnose only reads. A curl line above its pasted output is the request side of
// that output; the fault server the line points at must see no connection.
void TestDiagnoseCli::diagnoseNeverSendsACommandBearingTranscript_data()
{
    QTest::addColumn<QByteArray>("output"); // what the paste shows under the command
    QTest::addColumn<QString>("cause");
    QTest::newRow("short response with elision")
        << QByteArray("HTTP/1.1 502 Bad Gateway\nServer: nginx\n[ ... ]\n") << u"upstream.error"_s;
    QTest::newRow("rendered page text") << QByteArray("502 Bad Gateway\nnginx\n") << u"upstream.error"_s;
    QTest::newRow("curl failure line") << QByteArray("curl: (52) Empty reply from server\n")
                                       << u"transport.closed-early"_s;
}

void TestDiagnoseCli::diagnoseNeverSendsACommandBearingTranscript()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, cause);
    QCoreApplication::processEvents();
    const int before = m_server.connectionCount();
    const QByteArray command
        = "user@host:~$ curl -i -u user:password '" + m_server.url(u"/bad-gateway"_s).toEncoded() + "'\n";
    const Run r = run({ u"diagnose"_s, write(u"transcript.txt"_s, command + output), u"-f"_s, u"json"_s });
    QTest::qWait(200); // let the server accept anything that reached it
    QCOMPARE(m_server.connectionCount(), before);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonObject entry = doc.value(u"exchanges"_s).toArray().first().toObject();
    QCOMPARE(entry.value(u"source"_s).toString(), u"recorded"_s);
    QCOMPARE(entry.value(u"diagnosis"_s).toObject().value(u"cause"_s).toString(), cause);
}

void TestDiagnoseCli::diagnoseOfABareCommandSaysHowToSendIt()
{
    QCoreApplication::processEvents();
    const int before = m_server.connectionCount();
    const QString file = write(u"bare-curl.sh"_s, "$ curl '" + m_server.url(u"/bad-gateway"_s).toEncoded() + "'\n");
    const Run r = run({ u"diagnose"_s, file });
    QTest::qWait(200);
    QCOMPARE(m_server.connectionCount(), before);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("1 request") && r.err.contains("no response"), r.err.constData());
    QVERIFY2(r.err.contains(QString(u"gatescope replay "_s + file).toUtf8()), r.err.constData());
}

void TestDiagnoseCli::jsonDocumentHasEveryContractFieldWithItsType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("cause");
    QByteArray lf = nginx502;
    lf.replace("\r\n", "\n");
    QTest::newRow("raw response, LF") << u"contract-raw.txt"_s << lf << u"raw-response"_s << u"upstream.error"_s;
    QTest::newRow("curl -v over HTTP/2, lower-case headers")
        << u"contract-curl-v.txt"_s
        << QByteArray("* Connected to api.example.test (192.0.2.7) port 443\n> GET /v1/items HTTP/2\n> Host: "
                      "api.example.test\n"
                      "> Accept: application/json\n>\n< HTTP/2 503\n< content-length: 19\n< content-type: text/plain\n"
                      "< server: envoy\n<\nno healthy upstream\n* Connection #0 to host api.example.test left intact\n")
        << u"raw-response"_s << u"capacity.no-healthy-upstream"_s;
    QTest::newRow("curl -i -L: redirect, then the failure")
        << u"contract-curl-iL.txt"_s
        << QByteArray("HTTP/1.1 301 Moved Permanently\r\nLocation: "
                      "https://api.example.test/v1/items\r\nContent-Length: 0\r\n\r\n"
                      "HTTP/2 504\r\ncontent-type: text/html\r\nserver: awselb/2.0\r\ncontent-length: 0\r\n\r\n")
        << u"raw-response"_s << u"upstream.timeout"_s;
    const QByteArray har
        = "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"test\",\"version\":\"1\"},\"entries\":["
        + harEntry(502, u"Bad Gateway"_s, { { u"Server"_s, u"nginx/1.22.1"_s }, { u"Content-Type"_s, u"text/html"_s } },
                   QString::fromLatin1(nginx502.mid(nginx502.indexOf("\r\n\r\n") + 4)), u"text/html"_s, 0.4)
        + "]}}";
    QTest::newRow("HAR") << u"contract.har"_s << har << u"har"_s << u"upstream.error"_s;
    // diagnose only reads; replay is what sends a curl line (same document contract).
    QTest::newRow("curl command line, sent to a live origin by replay")
        << u"contract.sh"_s << QByteArray("curl '@URL@'\n") << u"curl"_s << u"origin.exception"_s;
}

void TestDiagnoseCli::jsonDocumentHasEveryContractFieldWithItsType()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    QFETCH(QString, cause);
    bytes.replace("@URL@", m_server.url(u"/stacktrace-500"_s).toEncoded());
    const QString command = kind == u"curl"_s ? u"replay"_s : u"diagnose"_s;
    const Run r = run({ command, write(file, bytes), u"--format"_s, u"json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QStringList wrong = contractViolations(doc);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u"; "_s)));
    QCOMPARE(doc.value(u"input"_s).toObject().value(u"kind"_s).toString(), kind);
    QCOMPARE(firstDiagnosis(r.out).value(u"cause"_s).toString(), cause);
}

void TestDiagnoseCli::compareShowsBothPathsAndConcludesTheOriginIsDown()
{
    // Given a 502 signed by nginx as addressed, and a loopback port nothing listens on as "origin"
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString origin = u"127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();
    const QString url = m_server
                            .url(u"/status?code=502&type=text/html&header=Server:%20nginx/1.22.1&body=%3Ccenter%3E"
                                 "nginx/1.22.1%3C/center%3E"_s)
                            .toString(QUrl::FullyEncoded);
    // When compared on the command line
    const Run text = run({ u"compare"_s, url, u"--origin"_s, origin, u"--lang"_s, u"en"_s });
    // Then both paths stand side by side, the difference marked, and the conclusion names the hop
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(u"straight to "_s + origin), qPrintable(out));
    QVERIFY2(out.contains(u"≠ Outcome"_s), qPrintable(out));
    QVERIFY2(out.contains(u"connection refused → the origin is down, nginx only reported it"_s), qPrintable(out));

    const Run json = run({ u"compare"_s, url, u"--origin"_s, origin, u"--format"_s, u"json"_s, u"--lang"_s, u"en"_s });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(document.value(u"schema").toString(), u"gatescope.compare/1"_s);
    QCOMPARE(document.value(u"paths").toArray().size(), 2);
    QCOMPARE(document.value(u"paths").toArray().at(1)[u"outcome"].toString(), u"refused"_s);
    QVERIFY(document.value(u"conclusion").toString().contains(u"nginx only reported it"_s));
}

void TestDiagnoseCli::compareRefusesAnOriginThatIsNoHostAndPort()
{
    const Run result = run({ u"compare"_s, m_server.url(u"/json"_s).toString(), u"--origin"_s, u"10.0.0.1"_s });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(u"10.0.0.1"_s), result.err.constData());
    QVERIFY(result.out.isEmpty()); // nothing was sent, nothing printed
}

void TestDiagnoseCli::compareWalksTheChainTheUserGives()
{
    // Given nginx's 502 as addressed and as the one hop the user names, and a refusing origin
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString origin = u"127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();
    const QString hop = u"127.0.0.1:%1"_s.arg(m_server.url(u"/"_s).port());
    const QString url = m_server
                            .url(u"/status?code=502&type=text/html&header=Server:%20nginx/1.22.1&body=%3Ccenter%3E"
                                 "nginx/1.22.1%3C/center%3E"_s)
                            .toString(QUrl::FullyEncoded);
    // When compared through that chain
    const Run text = run({ u"compare"_s, url, u"--hop"_s, hop, u"--origin"_s, origin, u"--lang"_s, u"en"_s });
    // Then the hop has its column and the conclusion walks the chain down to the origin
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(u"hop 1 (%1)"_s.arg(hop)), qPrintable(out));
    QVERIFY2(out.contains(u"it fails down to the origin (%1): the fault is there or behind it"_s.arg(origin)),
             qPrintable(out));
    const Run json = run({ u"compare"_s, url, u"--hop"_s, hop, u"--origin"_s, origin, u"--format"_s, u"json"_s });
    const QJsonArray paths = QJsonDocument::fromJson(json.out).object().value(u"paths").toArray();
    QCOMPARE(paths.size(), 3);
    QCOMPARE(paths.at(1)[u"hop"].toInt(), 1);
    QCOMPARE(paths.at(1)[u"status"].toInt(), 502);
    QVERIFY(paths.at(2)[u"hop"].isNull());
}

void TestDiagnoseCli::compareProtocolsCallsOutAFaultOnlyOverHttp2()
{
    // Given an origin that refuses the stream over HTTP/2 (RST_STREAM REFUSED_STREAM) and answers
    // the same URL over HTTP/1.1
    const QString url = m_h2.tlsUrl(u"/rst?code=7"_s).toString();
    // When the user compares the two protocols on the command line
    const Run text = run({ u"compare"_s, url, u"--protocols"_s, u"-k"_s, u"--lang"_s, u"en"_s });
    // Then both columns stand side by side with what each spoke, and the h2-only fault is called out
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    qInfo().noquote() << out;
    QVERIFY2(out.contains(u"HTTP/2 (TLS, ALPN h2)"_s), qPrintable(out));
    QVERIFY2(out.contains(u"≠ Outcome"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Conclusion: Only over HTTP/2: stream reset (REFUSED_STREAM)"_s), qPrintable(out));
    QVERIFY2(out.contains(u"REFUSED_STREAM"_s), qPrintable(out));

    const Run json = run({ u"compare"_s, url, u"--protocols"_s, u"-k"_s, u"--format"_s, u"json"_s });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(document.value(u"schema").toString(), u"gatescope.compare/1"_s);
    QCOMPARE(document.value(u"mode").toString(), u"protocols"_s);
    QCOMPARE(document.value(u"finding").toString(), u"only-http2-fails"_s);
    const QJsonArray paths = document.value(u"paths").toArray();
    QCOMPARE(paths.size(), 2);
    QCOMPARE(paths.at(0)[u"target"].toString(), u"HTTP/1.1"_s);
    QCOMPARE(paths.at(0)[u"protocol"].toString(), u"http/1.1"_s);
    QCOMPARE(paths.at(0)[u"status"].toInt(), 200);
    QCOMPARE(paths.at(1)[u"protocol"].toString(), u"h2"_s);
    QCOMPARE(paths.at(1)[u"http2ErrorCode"].toString(), u"REFUSED_STREAM"_s);
    QCOMPARE(paths.at(1)[u"cause"].toString(), u"transport.h2-stream-reset"_s);
}

void TestDiagnoseCli::compareProtocolsIsGivenAlone()
{
    // --protocols with --origin is a usage mistake, and compare needs one of them: nothing is sent
    const int before = m_h2.streamCount();
    const Run both = run({ u"compare"_s, m_h2.tlsUrl(u"/json"_s).toString(), u"--protocols"_s, u"--origin"_s,
                           u"127.0.0.1:1"_s, u"--lang"_s, u"en"_s });
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains("--protocols"), both.err.constData());
    const Run neither = run({ u"compare"_s, m_h2.tlsUrl(u"/json"_s).toString(), u"--lang"_s, u"en"_s });
    QCOMPARE(neither.exitCode, 2);
    QVERIFY2(neither.err.contains("--origin"), neither.err.constData());
    QVERIFY(both.out.isEmpty() && neither.out.isEmpty());
    QCOMPARE(m_h2.streamCount(), before);
}

QString TestDiagnoseCli::slowNginxHar()
{
    return nginxTimeoutHar(30000);
}

QString TestDiagnoseCli::nginxTimeoutHar(double waitMs)
{
    return write(u"nginx-504-after-%1-ms.har"_s.arg(waitMs),
                 "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"test\",\"version\":\"1\"},\"entries\":["
                     + harEntry(504, u"Gateway Time-out"_s,
                                { { u"Server"_s, u"nginx/1.22.1"_s }, { u"Content-Type"_s, u"text/html"_s } },
                                u"<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 "
                                "Gateway Time-out</h1></center><hr><center>nginx/1.22.1</center></body></html>"_s,
                                u"text/html"_s, waitMs)
                     + "]}}");
}

void TestDiagnoseCli::timeoutsGivenOnTheCommandLineAreMarkedInEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("timeouts"); // each given as --timeout VALUE
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("notShown");
    const QString yours = u"proxy_read_timeout 30.0 s (as you gave it)"_s;
    const QString atYours = u"at nginx's proxy_read_timeout of 30.0 s (as you gave it)"_s;
    const QString keepAlive = u"closes idle connections after 5.00 s (as you gave it)"_s;
    // clang-format off
    QTest::newRow("text, the defaults")               << u"text"_s << QStringList {}
        << QStringList { u"proxy_read_timeout 60.0 s"_s } << QStringList { u"as you gave it"_s, u"The wait ended"_s };
    QTest::newRow("text, nginx's first byte 30 s")    << u"text"_s << QStringList { u"nginx:read=30"_s }
        << QStringList { yours, atYours }                  << QStringList { u"proxy_read_timeout 60.0 s"_s };
    QTest::newRow("md, nginx's first byte 30 s")      << u"md"_s   << QStringList { u"nginx:read=30"_s }
        << QStringList { yours, atYours }                  << QStringList { u"proxy_read_timeout 60.0 s"_s };
    QTest::newRow("html, nginx's first byte 30 s")    << u"html"_s << QStringList { u"nginx:read=30"_s }
        << QStringList { yours, u"at nginx&#39;s proxy_read_timeout of 30.0 s (as you gave it)"_s }
        << QStringList { u"proxy_read_timeout 60.0 s"_s };
    QTest::newRow("text, first-byte in ms, upper case") << u"text"_s << QStringList { u"NGINX:First-Byte=30000ms"_s }
        << QStringList { yours, atYours }                  << QStringList {};
    QTest::newRow("text, the later value wins")       << u"text"_s << QStringList { u"nginx:read=45"_s, u"nginx:read=30s"_s }
        << QStringList { yours, atYours }                  << QStringList { u"45.0 s"_s };
    QTest::newRow("text, the origin's keep-alive")    << u"text"_s << QStringList { u"origin:keep-alive=5"_s }
        << QStringList { u"Keep-alive 5.00 s (as you gave it)"_s, keepAlive, u"intermittent 502"_s }
        << QStringList {};
    QTest::newRow("md, the origin's keep-alive")      << u"md"_s   << QStringList { u"origin:keep-alive=5"_s }
        << QStringList { u"Keep-alive 5.00 s (as you gave it)"_s, keepAlive } << QStringList {};
    // clang-format on
}

void TestDiagnoseCli::timeoutsGivenOnTheCommandLineAreMarkedInEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QStringList, timeouts);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, notShown);
    // Given nginx's 504 after a 30 s wait, and the timeouts the user's configuration has
    QStringList arguments { u"diagnose"_s, slowNginxHar(), u"-f"_s, format, u"--lang"_s, u"en"_s };
    for (const QString &timeout : std::as_const(timeouts))
        arguments << u"--timeout"_s << timeout;
    // When diagnosed on the command line
    const Run r = run(arguments);
    // Then the report shows each value given as the user's, and the audit follows it
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    for (const QString &text : std::as_const(shown))
        QVERIFY2(out.contains(text), qPrintable(u"expected \"%1\" in:\n%2"_s.arg(text, out)));
    for (const QString &text : std::as_const(notShown))
        QVERIFY2(!out.contains(text), qPrintable(u"did not expect \"%1\" in:\n%2"_s.arg(text, out)));
}

void TestDiagnoseCli::timeoutsGivenOnTheCommandLineUpdateTheJsonAudit_data()
{
    QTest::addColumn<QStringList>("timeouts");
    QTest::addColumn<QStringList>("hops"); // product ids, client side first
    QTest::addColumn<QStringList>("yours"); // "hop index:phase=seconds" of every timeout givenByUser
    QTest::addColumn<QStringList>("audit"); // the findings' kinds
    // clang-format off
    QTest::newRow("the defaults")                       << QStringList {}
        << QStringList { u"nginx"_s }                       << QStringList {}                               << QStringList {};
    QTest::newRow("wait ends at nginx's read as given") << QStringList { u"nginx:read=30"_s }
        << QStringList { u"nginx"_s }                       << QStringList { u"0:read=30"_s }                << QStringList { u"wait-at-timeout"_s };
    QTest::newRow("the origin waits longer than nginx") << QStringList { u"origin:read=90"_s }
        << QStringList { u"nginx"_s, u"origin"_s }          << QStringList { u"1:read=90"_s }                << QStringList { u"outer-shorter"_s };
    QTest::newRow("the origin's keep-alive is shorter") << QStringList { u"origin:keep-alive=5"_s }
        << QStringList { u"nginx"_s, u"origin"_s }          << QStringList { u"1:keep-alive=5"_s }           << QStringList { u"keep-alive-inverted"_s };
    QTest::newRow("nginx's reuse below the origin's")   << QStringList { u"origin:keep-alive=5"_s, u"nginx:upstream-keep-alive=4"_s }
        << QStringList { u"nginx"_s, u"origin"_s }          << QStringList { u"0:upstream-keep-alive=4"_s, u"1:keep-alive=5"_s } << QStringList {};
    QTest::newRow("a hop not in the chain changes nothing") << QStringList { u"haproxy:read=1"_s }
        << QStringList { u"nginx"_s }                       << QStringList {}                               << QStringList {};
    // clang-format on
}

void TestDiagnoseCli::timeoutsGivenOnTheCommandLineUpdateTheJsonAudit()
{
    QFETCH(QStringList, timeouts);
    QFETCH(QStringList, hops);
    QFETCH(QStringList, yours);
    QFETCH(QStringList, audit);
    QStringList arguments { u"diagnose"_s, slowNginxHar(), u"-f"_s, u"json"_s };
    for (const QString &timeout : std::as_const(timeouts))
        arguments << u"--timeout"_s << timeout;
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject exchange
        = QJsonDocument::fromJson(r.out).object().value(u"exchanges"_s).toArray().first().toObject();
    QStringList gotHops;
    QStringList gotYours;
    const QJsonArray hopArray = exchange.value(u"hops"_s).toArray();
    for (qsizetype i = 0; i < hopArray.size(); ++i) {
        gotHops << hopArray.at(i)[u"product"].toString();
        for (const QJsonValue &timeout : hopArray.at(i)[u"timeouts"].toArray()) {
            if (timeout[u"givenByUser"].toBool())
                gotYours << u"%1:%2=%3"_s.arg(i).arg(timeout[u"phase"].toString()).arg(timeout[u"seconds"].toDouble());
        }
    }
    gotYours.sort();
    QStringList gotAudit;
    for (const QJsonValue &finding : exchange.value(u"timeoutAudit"_s).toArray())
        gotAudit << finding[u"kind"].toString();
    QCOMPARE(gotHops, hops);
    QCOMPARE(gotYours, yours);
    QCOMPARE(gotAudit, audit);
}

void TestDiagnoseCli::summaryNamesTheTimeoutTheUserGave_data()
{
    QTest::addColumn<double>("waitMs");
    QTest::addColumn<QStringList>("timeouts"); // each given as --timeout VALUE
    QTest::addColumn<QString>("matches"); // what the summary says the wait matches
    QTest::addColumn<QStringList>("notSaid"); // in neither the summary nor the evidence
    // clang-format off
    QTest::newRow("30 s, the defaults")              << 30000.0 << QStringList {}
        << u"Amazon CloudFront origin response timeout (30 s)"_s      << QStringList { u"as you gave it"_s };
    QTest::newRow("30 s, nginx's first byte 30 s")   << 30000.0 << QStringList { u"nginx:read=30"_s }
        << u"nginx proxy_read_timeout (30 s, as you gave it)"_s       << QStringList {};
    QTest::newRow("30 s, in ms, the later one wins") << 30000.0 << QStringList { u"nginx:read=45"_s, u"nginx:first-byte=30000ms"_s }
        << u"nginx proxy_read_timeout (30 s, as you gave it)"_s       << QStringList { u"45 s"_s };
    QTest::newRow("30 s, the origin's own 30 s")     << 30000.0 << QStringList { u"origin:read=30"_s }
        << u"the origin application first-byte timeout (30 s, as you gave it)"_s << QStringList {};
    QTest::newRow("60 s, the defaults")              << 60001.0 << QStringList {}
        << u"nginx proxy_read_timeout (60 s)"_s                       << QStringList { u"as you gave it"_s };
    QTest::newRow("60 s, nginx's first byte 120 s")  << 60001.0 << QStringList { u"nginx:read=120"_s }
        << QString()                                                  << QStringList { u"proxy_read_timeout (60 s)"_s, u"proxy_read_timeout (120"_s };
    QTest::newRow("60 s, another hop's value")       << 60001.0 << QStringList { u"haproxy:read=1"_s }
        << u"nginx proxy_read_timeout (60 s)"_s                       << QStringList { u"as you gave it"_s };
    // clang-format on
}

void TestDiagnoseCli::summaryNamesTheTimeoutTheUserGave()
{
    QFETCH(double, waitMs);
    QFETCH(QStringList, timeouts);
    QFETCH(QString, matches);
    QFETCH(QStringList, notSaid);
    // Given nginx's 504 after a wait, and the timeouts the user's configuration has
    QStringList arguments { u"diagnose"_s, nginxTimeoutHar(waitMs), u"-f"_s, u"json"_s, u"--lang"_s, u"en"_s };
    for (const QString &timeout : std::as_const(timeouts))
        arguments << u"--timeout"_s << timeout;
    // When diagnosed on the command line
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject diagnosis = firstDiagnosis(r.out);
    const QString summary = diagnosis.value(u"summary"_s).toString();
    QString evidence;
    for (const QJsonValue &item : diagnosis.value(u"evidence"_s).toArray())
        evidence += item[u"value"].toString() + u'\n';
    // Then the summary names the timeout the wait ends at: the user's value where they gave one,
    // never a default they replaced
    if (!matches.isEmpty())
        QVERIFY2(summary.contains(u"matches "_s + matches), qPrintable(summary));
    for (const QString &text : std::as_const(notSaid)) {
        QVERIFY2(!summary.contains(text), qPrintable(u"did not expect \"%1\" in: %2"_s.arg(text, summary)));
        QVERIFY2(!evidence.contains(text), qPrintable(u"did not expect \"%1\" in:\n%2"_s.arg(text, evidence)));
    }
    // and the evidence says which of the values it matches are defaults
    if (matches.contains(u"as you gave it"_s))
        QVERIFY2(!evidence.contains(u"matches the default of"_s), qPrintable(evidence));
}

void TestDiagnoseCli::badTimeoutIsAUsageErrorNamingTheArgument_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    // clang-format off
    QTest::newRow("no kind")           << u"diagnose"_s << u"nginx=30"_s             << u"expected HOP:KIND=SECONDS"_s;
    QTest::newRow("no seconds")        << u"diagnose"_s << u"nginx:read"_s           << u"expected HOP:KIND=SECONDS"_s;
    QTest::newRow("no hop")            << u"diagnose"_s << u":read=30"_s             << u"expected HOP:KIND=SECONDS"_s;
    QTest::newRow("misspelt hop")      << u"diagnose"_s << u"ngnix:read=30"_s        << u"'ngnix' is not a hop's product id"_s;
    QTest::newRow("the client side")   << u"diagnose"_s << u"none:read=30"_s         << u"'none' is not a hop's product id"_s;
    QTest::newRow("unknown kind")      << u"diagnose"_s << u"nginx:idle=30"_s        << u"'idle' is not a kind of timeout"_s;
    QTest::newRow("words for seconds") << u"diagnose"_s << u"nginx:read=soon"_s      << u"'soon' is not a number of seconds above 0"_s;
    QTest::newRow("zero seconds")      << u"diagnose"_s << u"nginx:read=0"_s         << u"'0' is not a number of seconds above 0"_s;
    QTest::newRow("negative seconds")  << u"diagnose"_s << u"nginx:read=-5"_s        << u"'-5' is not a number of seconds above 0"_s;
    QTest::newRow("infinite seconds")  << u"diagnose"_s << u"nginx:read=inf"_s       << u"'inf' is not a number of seconds above 0"_s;
    QTest::newRow("replay, misspelt")  << u"replay"_s   << u"nginx:raed=30"_s        << u"'raed' is not a kind of timeout"_s;
    QTest::newRow("compare, misspelt") << u"compare"_s  << u"aws-lab:read=30"_s      << u"'aws-lab' is not a hop's product id"_s;
    // clang-format on
}

void TestDiagnoseCli::badTimeoutIsAUsageErrorNamingTheArgument()
{
    QFETCH(QString, command);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const int before = m_server.connectionCount();
    QStringList arguments { command, slowNginxHar(), u"--timeout"_s, value, u"--lang"_s, u"en"_s };
    if (command == u"compare")
        arguments << u"--origin"_s << u"127.0.0.1:%1"_s.arg(m_server.url(u"/"_s).port());
    const Run r = run(arguments);
    // Exit 2, one line naming the option, the value as typed and what is wrong with it; nothing sent
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err).trimmed();
    QVERIFY2(err.startsWith(u"gatescope %1: --timeout '%2': "_s.arg(command, value)), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(!err.contains(u'\n'), qPrintable(err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_server.connectionCount(), before);
}

void TestDiagnoseCli::compareAuditsTheTimeoutsGiven()
{
    // Given nginx's 502 as addressed and a refusing origin, and the origin's keep-alive as the user knows it
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString origin = u"127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();
    const QString url = m_server
                            .url(u"/status?code=502&type=text/html&header=Server:%20nginx/1.22.1&body=%3Ccenter%3E"
                                 "nginx/1.22.1%3C/center%3E"_s)
                            .toString(QUrl::FullyEncoded);
    // When compared with --timeout
    const Run json = run({ u"compare"_s, url, u"--origin"_s, origin, u"--format"_s, u"json"_s, u"--timeout"_s,
                           u"origin:keep-alive=5"_s });
    // Then the path through nginx carries the origin's timeout as the user's, and the inverted pair
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject addressed
        = QJsonDocument::fromJson(json.out).object().value(u"paths"_s).toArray().first().toObject();
    const QJsonArray hops = addressed.value(u"hops"_s).toArray();
    QCOMPARE(hops.size(), 2);
    QCOMPARE(hops.at(1)[u"product"].toString(), u"origin"_s);
    QCOMPARE(hops.at(1)[u"timeouts"].toArray().first()[u"givenByUser"].toBool(), true);
    QCOMPARE(hops.at(1)[u"timeouts"].toArray().first()[u"seconds"].toDouble(), 5.0);
    QCOMPARE(addressed.value(u"timeoutAudit"_s).toArray().first()[u"kind"].toString(), u"keep-alive-inverted"_s);
}

QTEST_GUILESS_MAIN(TestDiagnoseCli)
#include "tst_diagnosecli.moc"
