// `gatescope watch` as a user runs it: the built binary (GATESCOPE_BINARY) against the lab's fault
// origin on loopback. A deterministic intermittent 5xx (/every) gives the exact failure rate and
// one verdict group in text and JSON; Ctrl+C ends the series within a second with the summary of
// what was sent and exit code 130; bad bounds are usage errors (exit 2) naming the bound.
// `gatescope keepalive` too: its measurement, and Ctrl+C ending it within a second.
#include "lab/FaultServer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
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

QProcessEnvironment withoutProxies()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         { "http_proxy", "https_proxy", "all_proxy", "HTTPS_PROXY", "ALL_PROXY", "no_proxy", "NO_PROXY" })
        environment.remove(QString::fromLatin1(name));
    return environment;
}

} // namespace

class WatchCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("GATESCOPE_BINARY");
        QVERIFY2(!m_binary.isEmpty() && QFileInfo::exists(m_binary),
                 qPrintable(u"GATESCOPE_BINARY must name the built gatescope binary, got '%1'"_s.arg(m_binary)));
        QVERIFY2(m_server.start(QHostAddress::LocalHost, false), qPrintable(m_server.errorString()));
    }

    void summarisesAnIntermittent502()
    {
        const QString url = m_server.url(u"/every?n=3&code=502&cli=text"_s).toString(QUrl::FullyEncoded);
        const Run run = watch({ url, u"--every"_s, u"0.1"_s, u"--count"_s, u"9"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The bounds and the target are stated before anything is sent.
        QVERIFY2(run.err.contains(u"9 request(s), one every 0.1 s"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(url), qPrintable(run.err));
        QCOMPARE(run.out.count(u"  502  "_s), 3);
        QVERIFY2(run.out.contains(u"3 of 9 requests failed: 33.3 % (95 % interval 12.1 % to 64.6 %)"_s),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"3 × "_s) && run.out.contains(u"#3 #6 #9"_s), qPrintable(run.out));
    }

    void writesTheWatchDocument_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("failing");
        QTest::newRow("every 3rd 502") << u"/every?n=3&code=502&cli=json"_s << 6 << QList<int> { 2, 5 };
        QTest::newRow("every 4th 503") << u"/every?n=4&code=503&cli=json"_s << 8 << QList<int> { 3, 7 };
    }
    void writesTheWatchDocument()
    {
        QFETCH(QString, path);
        QFETCH(int, count);
        QFETCH(QList<int>, failing);
        const Run run = watch({ m_server.url(path).toString(QUrl::FullyEncoded), u"--every"_s, u"0.1"_s, u"--count"_s,
                                QString::number(count), u"--format"_s, u"json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + run.out));
        QCOMPARE(root.value(u"schema"_s).toString(), u"gatescope.watch/1"_s);
        QCOMPARE(root.value(u"bounds"_s).toObject().value(u"connections"_s).toString(), u"new"_s);
        const QJsonArray samples = root.value(u"samples"_s).toArray();
        QCOMPARE(samples.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(samples.at(i).toObject().value(u"failed"_s).toBool(), failing.contains(i));
        const QJsonObject summary = root.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"failures"_s).toObject().value(u"failed"_s).toInt(), int(failing.size()));
        QCOMPARE(summary.value(u"failures"_s).toObject().value(u"counted"_s).toInt(), count);
        const QJsonArray groups = summary.value(u"groups"_s).toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.at(0).toObject().value(u"count"_s).toInt(), int(failing.size()));
        QJsonArray expected;
        for (int index : failing)
            expected.append(index);
        QCOMPARE(groups.at(0).toObject().value(u"samples"_s).toArray(), expected);
        QCOMPARE(groups.at(0).toObject().value(u"cause"_s).toString(),
                 samples.at(failing.constFirst()).toObject().value(u"cause"_s).toString());
    }

    void ctrlCStopsWithinASecond()
    {
        QProcess process;
        process.setProcessEnvironment(withoutProxies());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_binary,
                      { u"watch"_s, m_server.url(u"/hang"_s).toString(), u"--every"_s, u"1"_s, u"--count"_s, u"10"_s });
        QVERIFY(process.waitForStarted(5000));
        QTest::qWait(800);
        QCOMPARE(finished.size(), 0);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY2(QTest::qWaitFor([&] { return finished.size() > 0; }, 5000), "Ctrl+C should end the watch");
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(u"cancelled"_s) && out.contains(u"stopped by you after 1 request"_s), qPrintable(out));
    }

    // `gatescope keepalive` as a user runs it: the idle timeout measured within 5 % and judged
    // against nginx's pool default in front (JSON: gatescope.keepalive/1).
    void keepaliveMeasuresTheIdleTimeout()
    {
        QProcess process;
        process.setProcessEnvironment(withoutProxies());
        QSignalSpy finished(&process, &QProcess::finished); // the fault server answers from this event loop
        process.start(m_binary,
                      { u"keepalive"_s, m_server.url(u"/keep-alive?idle=700"_s).toString(), u"--front"_s, u"nginx"_s,
                        u"--max-idle"_s, u"10"_s, u"--format"_s, u"json"_s });
        QVERIFY(finished.wait(20000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(report.value(u"schema"_s).toString(), u"gatescope.keepalive/1"_s);
        QCOMPARE(report.value(u"close"_s).toString(), u"fin"_s);
        QVERIFY2(std::abs(report.value(u"idleSeconds"_s).toDouble() - 0.7) <= 0.035,
                 qPrintable(QString::number(report.value(u"idleSeconds"_s).toDouble())));
        QCOMPARE(report.value(u"finding"_s).toString(), u"too-short"_s);
    }

    // Ctrl+C ends `gatescope keepalive` within a second, whether the request is still waiting for
    // its answer or the idle connection is being watched; what was seen is printed, exit code 130.
    void keepaliveCtrlCStopsWithinASecond_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("printed");
        QTest::newRow("while watching the idle connection") << u"/keep-alive?idle=30000"_s << u"Stopped by you."_s;
        QTest::newRow("while the request waits for its answer") << u"/hang"_s << u"Stopped by you."_s;
    }
    void keepaliveCtrlCStopsWithinASecond()
    {
        QFETCH(QString, query);
        QFETCH(QString, printed);
        QProcess process;
        process.setProcessEnvironment(withoutProxies());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_binary, { u"keepalive"_s, m_server.url(query).toString(), u"--max-idle"_s, u"60"_s });
        QVERIFY(process.waitForStarted(5000));
        QTest::qWait(800);
        QCOMPARE(finished.size(), 0);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY2(QTest::qWaitFor([&] { return finished.size() > 0; }, 5000), "Ctrl+C should end the measurement");
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(printed), qPrintable(out));
    }

    void refusesBadBounds_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("interval below the cap") << QStringList { u"--every"_s, u"0.01"_s } << u"0.1 s"_s;
        QTest::newRow("count above the cap") << QStringList { u"--count"_s, u"20000"_s } << u"10000"_s;
        QTest::newRow("duration above the cap") << QStringList { u"--for"_s, u"25h"_s } << u"24 hours"_s;
        QTest::newRow("duration not a duration") << QStringList { u"--for"_s, u"soon"_s } << u"--for: 'soon'"_s;
        QTest::newRow("both connection policies")
            << QStringList { u"--reuse-connections"_s, u"--new-connections"_s } << u"exclude each other"_s;
    }
    void refusesBadBounds()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const int before = m_server.connectionCount();
        const Run run = watch(QStringList { m_server.url(u"/json"_s).toString() } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"gatescope watch: "_s) && run.err.contains(message), qPrintable(run.err));
        QCOMPARE(m_server.connectionCount(), before); // nothing was sent
    }

private:
    Run watch(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(withoutProxies());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_binary, QStringList { u"watch"_s } + arguments);
        Run run;
        if (!process.waitForStarted(5000) || !QTest::qWaitFor([&] { return finished.size() > 0; }, 30000)) {
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

    QString m_binary;
    FaultServer m_server;
};

QTEST_MAIN(WatchCommandTest)
#include "tst_watchcommand.moc"
