// `gatescope probe` as a user runs it: the built binary (GATESCOPE_BINARY) against the lab's
// fault server — exit codes, the JSON document, and the text waterfall.
#include "lab/FaultServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class ProbeCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drawsAWaterfallAndStatesTheOutcome();
    void writesTheExchangesOfTheDiagnosisDocument();
    void treatsANetworkFailureAsAResult_data();
    void treatsANetworkFailureAsAResult();
    void followsRedirectsWithOneExchangePerHop();
    void rejectsBadInputWithOneLineAndExitCode2_data();
    void rejectsBadInputWithOneLineAndExitCode2();
    void ctrlCEndsTheRequestAsCancelledByYou_data();
    void ctrlCEndsTheRequestAsCancelledByYou();

private:
    // Runs the binary while this test's event loop keeps the fault server answering.
    Run probe(const QStringList &arguments);

    QString m_binary;
    FaultServer m_server;
};

void ProbeCommandTest::initTestCase()
{
    m_binary = qEnvironmentVariable("GATESCOPE_BINARY");
    QVERIFY2(!m_binary.isEmpty() && QFileInfo::exists(m_binary),
             qPrintable(u"GATESCOPE_BINARY must name the built gatescope binary, got '%1'"_s.arg(m_binary)));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

Run ProbeCommandTest::probe(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         { "http_proxy", "https_proxy", "all_proxy", "HTTPS_PROXY", "ALL_PROXY", "no_proxy", "NO_PROXY" })
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_binary, QStringList { u"probe"_s } + arguments);
    Run run;
    if (!process.waitForStarted(5000) || !QTest::qWaitFor([&] { return finished.size() > 0; }, 20000)) {
        process.kill();
        process.waitForFinished(2000);
        run.err = u"did not finish: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void ProbeCommandTest::drawsAWaterfallAndStatesTheOutcome()
{
    const Run run = probe({ m_server.url(u"/slow-first-byte?ms=120"_s).toString() });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n');
    const auto rowOf = [&](const QString &phase) {
        for (const QString &line : lines) {
            if (line.trimmed().startsWith(phase + u' '))
                return line;
        }
        return QString();
    };
    for (const QString &phase : { u"dns"_s, u"connect"_s, u"send"_s, u"wait"_s, u"download"_s, u"total"_s })
        QVERIFY2(!rowOf(phase).isEmpty(), qPrintable(u"no '%1' row in:\n"_s.arg(phase) + run.out));
    // The wait bar dominates: 120 ms of a ~121 ms total.
    QVERIFY2(rowOf(u"wait"_s).count(u'█') >= 30, qPrintable(rowOf(u"wait"_s)));
    QVERIFY2(rowOf(u"wait"_s).contains(u" ms"_s), qPrintable(rowOf(u"wait"_s)));
    QVERIFY2(run.out.contains(u"HTTP/1.1 200 OK"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"ok: a complete HTTP response"_s), qPrintable(run.out));
}

void ProbeCommandTest::writesTheExchangesOfTheDiagnosisDocument()
{
    const QString url = m_server.url(u"/status?code=502&body=bad%20gateway"_s).toString(QUrl::FullyEncoded);
    const Run run = probe({ url, u"--format"_s, u"json"_s, u"-H"_s, u"Accept: application/json"_s });
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + run.out));
    const QJsonObject root = document.object();
    QCOMPARE(root.value(u"schema"_s).toString(), u"gatescope.diagnosis/1"_s);
    QCOMPARE(root.value(u"tool"_s).toObject().value(u"name"_s).toString(), u"gatescope"_s);
    QCOMPARE(root.value(u"input"_s).toObject().value(u"kind"_s).toString(), u"url"_s);
    QCOMPARE(root.value(u"input"_s).toObject().value(u"name"_s).toString(), url);
    const QJsonArray exchanges = root.value(u"exchanges"_s).toArray();
    QCOMPARE(exchanges.size(), 1);
    const QJsonObject exchange = exchanges.at(0).toObject();
    QCOMPARE(exchange.value(u"transport"_s).toObject().value(u"outcome"_s).toString(), u"ok"_s);
    QCOMPARE(exchange.value(u"response"_s).toObject().value(u"status"_s).toInt(), 502);
    QCOMPARE(exchange.value(u"response"_s).toObject().value(u"bodySnippet"_s).toString(), u"bad gateway"_s);
    QVERIFY(exchange.value(u"timings"_s).toObject().value(u"wait"_s).toDouble() >= 0);
    QCOMPARE(exchange.value(u"source"_s).toString(), u"replayed"_s);
    const QJsonArray headers = exchange.value(u"request"_s).toObject().value(u"headers"_s).toArray();
    QVERIFY(headers.contains(QJsonArray { u"Accept"_s, u"application/json"_s }));
}

void ProbeCommandTest::treatsANetworkFailureAsAResult_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("words");
    const QString refused = u"http://127.0.0.1:%1/"_s.arg(FaultServer::refusingPort());
    QTest::newRow("refused") << QStringList { refused } << u"refused"_s
                             << u"refused: nothing accepted the connection"_s;
    QTest::newRow("empty reply") << QStringList { m_server.url(u"/close-before-any-byte"_s).toString() }
                                 << u"closed-early"_s << u"closed early"_s;
    QTest::newRow("reset") << QStringList { m_server.url(u"/reset"_s).toString() } << u"reset"_s << u"reset:"_s;
    QTest::newRow("untrusted cert") << QStringList { m_server.tlsUrl(u"/json"_s).toString() } << u"tls-failure"_s
                                    << u"TLS failure"_s;
    QTest::newRow("dns failure") << QStringList { u"http://gatescope-cli.invalid/"_s } << u"dns-failure"_s
                                 << u"DNS failure"_s;
    QTest::newRow("max time") << QStringList { m_server.url(u"/hang"_s).toString(), u"-m"_s, u"0.3"_s } << u"timeout"_s
                              << u"timeout in the wait phase"_s;
    QTest::newRow("-k accepts it") << QStringList { m_server.tlsUrl(u"/json"_s).toString(), u"-k"_s } << u"ok"_s
                                   << u"certificate verification skipped (-k)"_s;
    QTest::newRow("--resolve") << QStringList { u"http://lab.gatescope.test:%1/json"_s.arg(m_server.port()),
                                                u"--resolve"_s,
                                                u"lab.gatescope.test:%1:127.0.0.1"_s.arg(m_server.port()) }
                               << u"ok"_s << u"127.0.0.1:%1 connected"_s.arg(m_server.port());
    QTest::newRow("--connect-to") << QStringList { u"http://lab.gatescope.test/json"_s, u"--connect-to"_s,
                                                   u"lab.gatescope.test:80:127.0.0.1:%1"_s.arg(m_server.port()) }
                                  << u"ok"_s << u"127.0.0.1:%1 connected"_s.arg(m_server.port());
}

void ProbeCommandTest::treatsANetworkFailureAsAResult()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, outcome);
    QFETCH(QString, words);

    const Run text = probe(arguments);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(words), qPrintable(text.out));

    const Run json = probe(arguments + QStringList { u"--format=json"_s });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject exchange
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"exchanges"_s).toArray().at(0).toObject();
    QCOMPARE(exchange.value(u"transport"_s).toObject().value(u"outcome"_s).toString(), outcome);
}

void ProbeCommandTest::followsRedirectsWithOneExchangePerHop()
{
    const Run run = probe({ m_server.url(u"/redirect?n=2"_s).toString(), u"-L"_s, u"--format"_s, u"json"_s });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray exchanges = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"exchanges"_s).toArray();
    QCOMPARE(exchanges.size(), 3);
    QCOMPARE(exchanges.at(2).toObject().value(u"response"_s).toObject().value(u"status"_s).toInt(), 200);

    const Run limited = probe({ m_server.url(u"/redirect?n=2"_s).toString(), u"-L"_s, u"--max-redirs"_s, u"1"_s });
    QCOMPARE(limited.exitCode, 0);
    QVERIFY2(limited.out.contains(u"Redirect 1: GET"_s), qPrintable(limited.out));
    QVERIFY2(!limited.out.contains(u"Redirect 2:"_s), qPrintable(limited.out));
}

void ProbeCommandTest::rejectsBadInputWithOneLineAndExitCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no URL") << QStringList {} << u"URL"_s;
    QTest::newRow("not http") << QStringList { u"ftp://example.test/"_s } << u"ftp://example.test/"_s;
    QTest::newRow("unknown option") << QStringList { u"http://a.test/"_s, u"--bogus"_s } << u"bogus"_s;
    QTest::newRow("header without colon") << QStringList { u"http://a.test/"_s, u"-H"_s, u"NoColon"_s } << u"NoColon"_s;
    QTest::newRow("bad --resolve") << QStringList { u"http://a.test/"_s, u"--resolve"_s, u"a.test:80:not-an-ip"_s }
                                   << u"--resolve"_s;
    QTest::newRow("bad --connect-to") << QStringList { u"http://a.test/"_s, u"--connect-to"_s, u"a.test:x:b:1"_s }
                                      << u"--connect-to"_s;
    QTest::newRow("bad proxy") << QStringList { u"http://a.test/"_s, u"-x"_s, u"gopher://p:70"_s } << u"gopher"_s;
    QTest::newRow("bad timeout") << QStringList { u"http://a.test/"_s, u"-m"_s, u"soon"_s } << u"soon"_s;
    QTest::newRow("bad format") << QStringList { u"http://a.test/"_s, u"--format"_s, u"xml"_s } << u"xml"_s;
    // Worded as the window's URL field says it (RequestEditor::urlProblem, tst_workbench), with the fix
    QTest::newRow("a space in the URL") << QStringList { u"http://a.test/my file"_s }
                                        << u"space at character 17; write it as %20: http://a.test/my%20file"_s;
}

void ProbeCommandTest::rejectsBadInputWithOneLineAndExitCode2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = probe(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.startsWith(u"gatescope probe: "_s) && run.err.contains(mentions), qPrintable(run.err));
}

void ProbeCommandTest::ctrlCEndsTheRequestAsCancelledByYou_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text: the outcome in words") << u"text"_s << u"cancelled by you after"_s;
    QTest::newRow("json: the outcome id") << u"json"_s << u"\"outcome\": \"cancelled\""_s;
}

void ProbeCommandTest::ctrlCEndsTheRequestAsCancelledByYou()
{
    // A request to a server that never answers, stopped with Ctrl+C (SIGINT) after 0.8 s: the
    // probe reports it as the user's cancel, not as the server closing, and exits with 130.
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         { "http_proxy", "https_proxy", "all_proxy", "HTTPS_PROXY", "ALL_PROXY", "no_proxy", "NO_PROXY" })
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_binary, { u"probe"_s, m_server.url(u"/hang"_s).toString(), u"--format"_s, format });
    QVERIFY(process.waitForStarted(5000));
    QTest::qWait(800);
    QCOMPARE(finished.size(), 0); // still waiting for the server
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY2(QTest::qWaitFor([&] { return finished.size() > 0; }, 10000), "Ctrl+C should end the probe");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out));
    QVERIFY2(!out.contains(u"closed early"_s) && !out.contains(u"closed-early"_s), qPrintable(out));
}

QTEST_MAIN(ProbeCommandTest)
#include "tst_probecommand.moc"
