// `gatescope ramp` as a user runs it: the built binary (GATESCOPE_BINARY) against the lab gateway's
// concurrency limit on loopback (2 in flight to a 200 ms origin): the plan (target, request budget,
// longest time) is printed before the first request, the knee is found at concurrency 3 with
// capacity.overloaded in text and in the gatescope.ramp/1 document; a ramp above the gentle caps is
// refused without --i-know and bad bounds are usage errors (exit 2) with nothing sent; Ctrl+C stops
// within a second, prints what was measured and exits 130.
#include "lab/FaultServer.h"
#include "lab/LabGateway.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
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

QProcessEnvironment withoutProxies()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         { "http_proxy", "https_proxy", "all_proxy", "HTTPS_PROXY", "ALL_PROXY", "no_proxy", "NO_PROXY" })
        environment.remove(QString::fromLatin1(name));
    return environment;
}

} // namespace

class RampCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("GATESCOPE_BINARY");
        QVERIFY2(!m_binary.isEmpty() && QFileInfo::exists(m_binary),
                 qPrintable(u"GATESCOPE_BINARY must name the built gatescope binary, got '%1'"_s.arg(m_binary)));
        QVERIFY2(m_origin.start(QHostAddress::LocalHost, false), qPrintable(m_origin.errorString()));
        LabGateway::Config config;
        config.upstreams = { { u"127.0.0.1"_s, m_origin.port() } };
        config.maxConcurrent = 2;
        m_gateway = std::make_unique<LabGateway>(config);
        QVERIFY(m_gateway->listen());
        m_url = m_gateway->baseUrl() + u"/slow-first-byte?ms=200"_s;
    }

    void findsTheKneeAtTheLimit_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << u"text"_s;
        QTest::newRow("json") << u"json"_s;
    }
    void findsTheKneeAtTheLimit()
    {
        QFETCH(QString, format);
        const Run run = ramp({ m_url, u"--from"_s, u"1"_s, u"--to"_s, u"4"_s, u"--step"_s, u"1"_s, u"--hold"_s, u"1"_s,
                               u"--max-requests"_s, u"400"_s, u"--format"_s, format });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The plan, before anything was sent: target, steps, budget and the longest time.
        QVERIFY2(run.err.startsWith(u"gatescope: ramp of GET "_s + m_url), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"concurrency 1 → 2 → 3 → 4 (4 step(s))"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"at most 400 requests (100 per step) and at most 24 s"_s), qPrintable(run.err));
        if (format == u"text") {
            QVERIFY2(run.out.contains(u"Knee at concurrency 3 (the step after 2)"_s), qPrintable(run.out));
            QVERIFY2(run.out.contains(u"Verdict there: capacity.overloaded"_s), qPrintable(run.out));
            return;
        }
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + run.out));
        QCOMPARE(root.value(u"schema"_s).toString(), u"gatescope.ramp/1"_s);
        QCOMPARE(root.value(u"bounds"_s).toObject().value(u"maxRequests"_s).toInt(), 400);
        const QJsonArray steps = root.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 4);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(steps.at(i).toObject().value(u"failed"_s).toInt(), 0);
        const QJsonObject knee = root.value(u"knee"_s).toObject();
        QCOMPARE(knee.value(u"concurrency"_s).toInt(), 3);
        QCOMPARE(knee.value(u"previousConcurrency"_s).toInt(), 2);
        QCOMPARE(knee.value(u"cause"_s).toString(), u"capacity.overloaded"_s);
        QCOMPARE(knee.value(u"reasons"_s).toArray(), QJsonArray { u"errors"_s });
        const QJsonObject verdict = steps.at(2).toObject().value(u"verdicts"_s).toArray().at(0).toObject();
        QCOMPARE(verdict.value(u"cause"_s).toString(), u"capacity.overloaded"_s);
        QCOMPARE(verdict.value(u"statuses"_s).toArray(), QJsonArray { 503 });
    }

    // --open-loop: 4, then 16 requests a second whatever the answers. The gateway lets 2 be in flight
    // to a 200 ms origin, 10 a second (7 when answers take 300 ms on a loaded machine): 4 a second
    // pass, 16 a second are refused (capacity.overloaded).
    void findsTheKneeInTheOpenLoop()
    {
        const Run run = ramp({ m_url, u"--open-loop"_s, u"--from"_s, u"4"_s, u"--to"_s, u"16"_s, u"--step"_s, u"12"_s,
                               u"--hold"_s, u"2"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"open loop: 4 → 16 requests a second (2 step(s))"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"at most 50 in flight"_s), qPrintable(run.err));
        QVERIFY2(run.out.contains(u"rate / s"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Knee at 16 requests a second (the step after 4)"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Verdict there: capacity.overloaded"_s), qPrintable(run.out));
    }

    // convert --ramp FROM:TO:STEP:HOLD and ramp --from --to --step --hold read the same values the
    // same way: the locustfile's levels and hold are the ramp's steps and hold. The ramp runs
    // against the fault origin's /json with a budget of 10 a step, so each step ends at once.
    void sameValuesAsConvertRamp_data()
    {
        QTest::addColumn<QString>("ramp");
        QTest::newRow("1:10:3:5") << u"1:10:3:5"_s;
        QTest::newRow("2:8:2:1") << u"2:8:2:1"_s;
        QTest::newRow("going down, 6:2:2:2") << u"6:2:2:2"_s;
    }
    void sameValuesAsConvertRamp()
    {
        QFETCH(QString, ramp);
        const QStringList parts = ramp.split(u':');
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString input = folder.filePath(u"request.http"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("GET " + m_origin.url(u"/json"_s).toEncoded() + "\n");
        file.close();

        QProcess convert;
        convert.setProcessEnvironment(withoutProxies());
        convert.start(m_binary, { u"convert"_s, input, u"--to"_s, u"locust"_s, u"--ramp"_s, ramp });
        QVERIFY(convert.waitForFinished(30000));
        QCOMPARE(convert.exitCode(), 0);
        const QString locustfile = QString::fromUtf8(convert.readAllStandardOutput());
        const QRegularExpressionMatch levels = QRegularExpression(u"levels = \\[([0-9, ]+)\\]"_s).match(locustfile);
        const QRegularExpressionMatch hold = QRegularExpression(u"hold_seconds = ([0-9]+)"_s).match(locustfile);
        QVERIFY2(levels.hasMatch() && hold.hasMatch(), qPrintable(locustfile));

        QJsonArray expected;
        for (const QString &level : levels.captured(1).split(u", "_s))
            expected.append(level.toInt());
        const Run run = this->ramp({ input, u"--from"_s, parts.at(0), u"--to"_s, parts.at(1), u"--step"_s, parts.at(2),
                                     u"--hold"_s, parts.at(3), u"--max-requests"_s,
                                     QString::number(10 * expected.size()), u"--format"_s, u"json"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject bounds = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"bounds"_s).toObject();
        QCOMPARE(bounds.value(u"levels"_s).toArray(), expected);
        QCOMPARE(bounds.value(u"holdMs"_s).toInt(), hold.captured(1).toInt() * 1000);
    }

    void refusesBadBounds_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("concurrency above the gentle cap")
            << QStringList { u"--to"_s, u"100"_s } << u"a concurrency of 100 (more than 50)"_s;
        QTest::newRow("budget above the gentle cap")
            << QStringList { u"--max-requests"_s, u"6000"_s } << u"6000 requests (more than 5000)"_s;
        QTest::newRow("time above the gentle cap")
            << QStringList { u"--to"_s, u"2"_s, u"--hold"_s, u"600"_s } << u"up to 1210 s (more than 600 s)"_s;
        QTest::newRow("concurrency above the hard cap, even with --i-know") << QStringList {
            u"--to"_s, u"2000"_s, u"--step"_s, u"1999"_s, u"--i-know"_s, u"--max-requests"_s, u"4000"_s
        } << u"above 1000 is not possible"_s;
        QTest::newRow("budget smaller than a step")
            << QStringList { u"--to"_s, u"4"_s, u"--max-requests"_s, u"8"_s } << u"fewer than the highest"_s;
        QTest::newRow("concurrency 0") << QStringList { u"--from"_s, u"0"_s } << u"at least 1"_s;
        QTest::newRow("hold not whole seconds") << QStringList { u"--hold"_s, u"1.5"_s } << u"'1.5'"_s;
        QTest::newRow("budget not a number") << QStringList { u"--max-requests"_s, u"lots"_s } << u"'lots'"_s;
        QTest::newRow("open loop: a rate above the gentle cap")
            << QStringList { u"--open-loop"_s, u"--from"_s, u"100"_s, u"--to"_s, u"100"_s }
            << u"a rate of 100 requests a second (more than 50)"_s;
        QTest::newRow("open loop: in flight above the gentle cap")
            << QStringList { u"--open-loop"_s, u"--max-in-flight"_s, u"100"_s }
            << u"up to 100 requests in flight (more than 50)"_s;
        QTest::newRow("open loop: a rate above the hard cap, even with --i-know")
            << QStringList { u"--open-loop"_s, u"--from"_s, u"2000"_s, u"--to"_s, u"2000"_s, u"--i-know"_s }
            << u"a rate above 1000 requests a second is not possible"_s;
        QTest::newRow("--max-in-flight without --open-loop")
            << QStringList { u"--max-in-flight"_s, u"10"_s } << u"--max-in-flight is for --open-loop"_s;
    }
    void refusesBadBounds()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const int before = m_origin.connectionCount();
        const Run run = ramp(QStringList { m_url } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"gatescope ramp: "_s) && run.err.contains(message), qPrintable(run.err));
        QCOMPARE(m_origin.connectionCount(), before); // nothing was sent
    }

    void ctrlCStopsWithinASecond_data()
    {
        QTest::addColumn<QStringList>("loop");
        QTest::newRow("closed loop: 3 in flight") << QStringList { u"--from"_s, u"3"_s, u"--to"_s, u"5"_s };
        QTest::newRow("open loop: 10 a second, none answered")
            << QStringList { u"--open-loop"_s, u"--from"_s, u"10"_s, u"--to"_s, u"12"_s };
    }
    void ctrlCStopsWithinASecond()
    {
        QFETCH(QStringList, loop);
        QProcess process;
        process.setProcessEnvironment(withoutProxies());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_binary,
                      QStringList { u"ramp"_s, m_origin.url(u"/hang"_s).toString(), u"--hold"_s, u"10"_s } + loop);
        QVERIFY(process.waitForStarted(5000));
        QTest::qWait(800);
        QCOMPARE(finished.size(), 0);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY2(QTest::qWaitFor([&] { return finished.size() > 0; }, 5000), "Ctrl+C should end the ramp");
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(u"Stopped by you after 1 step(s)."_s) && out.contains(u"No knee"_s), qPrintable(out));
    }

private:
    Run ramp(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(withoutProxies());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_binary, QStringList { u"ramp"_s } + arguments);
        Run run;
        if (!process.waitForStarted(5000) || !QTest::qWaitFor([&] { return finished.size() > 0; }, 60000)) {
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
    FaultServer m_origin;
    std::unique_ptr<LabGateway> m_gateway;
    QString m_url;
};

QTEST_MAIN(RampCommandTest)
#include "tst_rampcommand.moc"
