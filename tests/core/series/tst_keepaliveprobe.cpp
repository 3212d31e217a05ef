// The keep-alive detector against the lab's fault origin on loopback: /keep-alive closes an idle
// connection after a chosen time with a FIN or a reset, and may advertise Keep-Alive: timeout=S;
// /json closes with its answer. The verdict compares the measured time with the hop in front,
// whose defaults come from the fingerprints (resources/fingerprints/gateways.json).
#include "diagnosis/Fingerprints.h"
#include "lab/FaultServer.h"
#include "series/KeepAliveProbe.h"
#include "series/KeepAliveReport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Gatescope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatescope::KeepAliveResult::Close)
Q_DECLARE_METATYPE(Gatescope::KeepAliveVerdict::Finding)

namespace {

KeepAliveResult measure(const QUrl &url, int maxIdleMs)
{
    RequestSpec request;
    request.url = url;
    request.options.useEnvironmentProxy = false;
    KeepAliveProbe probe;
    QSignalSpy done(&probe, &KeepAliveProbe::finished);
    probe.start(request, maxIdleMs);
    if (!done.wait(maxIdleMs * (1 + KeepAliveProbe::BisectionBudgetFactor) + 5000))
        qWarning("the probe did not finish");
    return probe.result();
}

} // namespace

class TestKeepAliveProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(QHostAddress::LocalHost, false), qPrintable(m_server.errorString()));
    }

    void measuresTheIdleTimeout_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("maxIdleMs");
        QTest::addColumn<bool>("keptAlive");
        QTest::addColumn<KeepAliveResult::Close>("close");
        QTest::addColumn<double>("idleMs"); // expected, -1 = none
        QTest::addColumn<double>("advertised");
        QTest::newRow("closed with a FIN after 600 ms")
            << u"/keep-alive?idle=600"_s << 5000 << true << KeepAliveResult::Close::Fin << 600.0 << -1.0;
        QTest::newRow("reset after 700 ms")
            << u"/keep-alive?idle=700&close=reset"_s << 5000 << true << KeepAliveResult::Close::Reset << 700.0 << -1.0;
        QTest::newRow("advertised timeout=2, closed after 2 s")
            << u"/keep-alive?idle=2000&header=1"_s << 5000 << true << KeepAliveResult::Close::Fin << 2000.0 << 2.0;
        QTest::newRow("Connection: close with the answer")
            << u"/json"_s << 5000 << false << KeepAliveResult::Close::None << -1.0 << -1.0;
        QTest::newRow("still taken after the bound")
            << u"/keep-alive?idle=10000&close=lazy"_s << 500 << true << KeepAliveResult::Close::None << -1.0 << -1.0;
        // Never closed by itself, but a request after 600 ms of idleness is met by a close: bisected.
        QTest::newRow("closes only on reuse after 600 ms")
            << u"/keep-alive?idle=600&close=lazy"_s << 1500 << true << KeepAliveResult::Close::OnReuse << 600.0 << -1.0;
    }
    void measuresTheIdleTimeout()
    {
        QFETCH(QString, path);
        QFETCH(int, maxIdleMs);
        QFETCH(bool, keptAlive);
        QFETCH(KeepAliveResult::Close, close);
        QFETCH(double, idleMs);
        QFETCH(double, advertised);
        QElapsedTimer clock;
        clock.start();
        const KeepAliveResult result = measure(m_server.url(path), maxIdleMs);
        QCOMPARE(result.exchange.response->status, 200);
        QCOMPARE(result.keptAlive, keptAlive);
        QStringList trials;
        for (const KeepAliveResult::ReuseTrial &trial : result.trials)
            trials.append(u"%1 ms %2"_s.arg(trial.idleMs).arg(trial.reused ? u"reused"_s : u"closed"_s));
        QVERIFY2(result.close == close,
                 qPrintable(u"close %1, trials: "_s.arg(int(result.close)) + trials.join(u", "_s)));
        QCOMPARE(result.advertisedSeconds, advertised);
        if (idleMs > 0)
            QVERIFY2(std::abs(result.idleMs - idleMs) <= idleMs * 0.05, qPrintable(QString::number(result.idleMs)));
        else
            QCOMPARE(result.idleMs, -1.0);
        if (keptAlive && close == KeepAliveResult::Close::None) {
            // Bounded: watched for the bound, then one trial at the bound that still reused it.
            QVERIFY2(std::abs(result.watchedMs - maxIdleMs) < 100, qPrintable(QString::number(result.watchedMs)));
            QCOMPARE(result.trials.size(), 1);
            QVERIFY(result.trials.constFirst().reused);
            QVERIFY(clock.elapsed() < 2 * maxIdleMs + 1000);
        }
        if (close == KeepAliveResult::Close::OnReuse) {
            // Bisection within its budget: every trial below the answer reused, every one above did not.
            double idle = 0;
            for (const KeepAliveResult::ReuseTrial &trial : result.trials) {
                QCOMPARE(trial.reused, trial.idleMs < idleMs);
                idle += trial.idleMs;
            }
            QVERIFY(idle <= KeepAliveProbe::BisectionBudgetFactor * maxIdleMs);
        }
    }

    void cancelEndsTheWatch()
    {
        RequestSpec request;
        request.url = m_server.url(u"/keep-alive?idle=30000"_s);
        request.options.useEnvironmentProxy = false;
        KeepAliveProbe probe;
        QSignalSpy responded(&probe, &KeepAliveProbe::responded);
        QSignalSpy done(&probe, &KeepAliveProbe::finished);
        probe.start(request, 60000);
        QVERIFY(responded.wait(5000));
        QTest::qWait(200);
        QElapsedTimer clock;
        clock.start();
        probe.cancel();
        QVERIFY(done.size() == 1 || done.wait(1000));
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY(probe.result().cancelled);
        QCOMPARE(probe.result().close, KeepAliveResult::Close::None);
    }

    void advertisedTimeoutIsRead_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<double>("seconds");
        // RFC 2068 §19.7.1.1 and MDN's Keep-Alive page: "timeout=5, max=1000".
        QTest::newRow("timeout and max") << "timeout=5, max=1000"_ba << 5.0;
        QTest::newRow("max first, spaces") << "max=100 ,  timeout=15"_ba << 15.0;
        QTest::newRow("upper case") << "Timeout=3"_ba << 3.0;
        QTest::newRow("no timeout") << "max=100"_ba << -1.0;
        QTest::newRow("empty") << ""_ba << -1.0;
    }
    void advertisedTimeoutIsRead()
    {
        QFETCH(QByteArray, field);
        QFETCH(double, seconds);
        QCOMPARE(KeepAliveProbe::advertisedTimeout(field), seconds);
    }

    void frontDefaultsComeFromTheFingerprints()
    {
        const FingerprintCatalog &catalog = FingerprintCatalog::builtIn();
        QString problem;
        const std::optional<FrontHop> nginx = FrontHop::of(catalog, u"nginx"_s, 0, &problem);
        QVERIFY2(nginx, qPrintable(problem));
        QCOMPARE(nginx->seconds, catalog.product(u"nginx")->upstreamKeepAlive->seconds);
        QVERIFY(nginx->setting.contains(u"keepalive_timeout"_s));
        QVERIFY(!nginx->givenByUser);
        // The ALB's pool idle timeout is its one idle timeout: taken from that entry, not repeated.
        const std::optional<FrontHop> alb = FrontHop::of(catalog, u"aws-alb"_s, 0, &problem);
        QVERIFY(alb);
        const GatewayFingerprint *albPrint = catalog.product(u"aws-alb");
        const auto idle = std::find_if(albPrint->timeouts.cbegin(), albPrint->timeouts.cend(),
                                       [](const DefaultTimeout &t) { return t.name == u"idle timeout"; });
        QVERIFY(idle != albPrint->timeouts.cend());
        QCOMPARE(alb->seconds, idle->seconds);
        QCOMPARE(alb->source, idle->source);
        // A value given by the user wins; a product without a known default needs one.
        const std::optional<FrontHop> given = FrontHop::of(catalog, u"nginx"_s, 4, &problem);
        QVERIFY(given && given->givenByUser && given->seconds == 4);
        QVERIFY(!FrontHop::of(catalog, u"haproxy"_s, 0, &problem));
        QVERIFY2(problem.contains(u"haproxy"_s) && problem.contains(u"nginx"_s), qPrintable(problem));
        QVERIFY(FrontHop::of(catalog, u"haproxy"_s, 5, &problem));
    }

    // The fix names the measured server's own setting when its answer names the server.
    void theFixNamesTheMeasuredServersOwnSetting_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("setting");
        QTest::newRow("Express behind the front")
            << QByteArray("X-Powered-By") << QByteArray("Express") << u"server.keepAliveTimeout"_s;
        QTest::newRow("uvicorn") << QByteArray("Server") << QByteArray("uvicorn") << u"--timeout-keep-alive"_s;
        QTest::newRow("nginx as the upstream")
            << QByteArray("Server") << QByteArray("nginx/1.22.1") << u"keepalive_timeout above"_s;
        QTest::newRow("Apache as the upstream")
            << QByteArray("Server") << QByteArray("Apache/2.4.57 (Debian)") << u"KeepAliveTimeout above"_s;
        QTest::newRow("nothing named: the words only")
            << QByteArray("Server") << QByteArray("gunicorn") << u"keep-alive timeout above"_s;
    }
    void theFixNamesTheMeasuredServersOwnSetting()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(QString, setting);
        KeepAliveResult result;
        result.keptAlive = true;
        result.close = KeepAliveResult::Close::Fin;
        result.idleMs = 5000;
        Exchange exchange;
        exchange.response = ResponseData {};
        exchange.response->status = 200;
        exchange.response->headers.append(HeaderField { header, value });
        result.exchange = exchange;
        const std::optional<FrontHop> front = FrontHop::of(FingerprintCatalog::builtIn(), u"aws-alb"_s, 0, nullptr);
        QVERIFY(front);
        const QString text = KeepAliveReport::text(result, KeepAliveVerdict::of(result, front));
        QVERIFY2(text.contains(u"raise this server's "_s + setting), qPrintable(text));
    }

    void verdictComparesWithTheFront_data()
    {
        QTest::addColumn<double>("serverMs");
        QTest::addColumn<double>("frontSeconds");
        QTest::addColumn<KeepAliveVerdict::Finding>("finding");
        QTest::addColumn<QString>("says");
        QTest::newRow("origin 5 s behind a 60 s pool")
            << 5000.0 << 60.0 << KeepAliveVerdict::Finding::TooShort << u"TOO SHORT"_s;
        QTest::newRow("equal is too short") << 3000.0 << 3.0 << KeepAliveVerdict::Finding::TooShort << u"Fix:"_s;
        QTest::newRow("half a second longer") << 3500.0 << 3.0 << KeepAliveVerdict::Finding::Tight << u"TIGHT"_s;
        QTest::newRow("75 s behind a 60 s pool") << 75000.0 << 60.0 << KeepAliveVerdict::Finding::Safe << u"Safe"_s;
    }
    void verdictComparesWithTheFront()
    {
        QFETCH(double, serverMs);
        QFETCH(double, frontSeconds);
        QFETCH(KeepAliveVerdict::Finding, finding);
        QFETCH(QString, says);
        KeepAliveResult result;
        result.keptAlive = true;
        result.close = KeepAliveResult::Close::Fin;
        result.idleMs = serverMs;
        Exchange exchange;
        exchange.response = ResponseData {};
        exchange.response->status = 200;
        result.exchange = exchange;
        const std::optional<FrontHop> front
            = FrontHop::of(FingerprintCatalog::builtIn(), u"nginx"_s, frontSeconds, nullptr);
        const KeepAliveVerdict verdict = KeepAliveVerdict::of(result, front);
        QCOMPARE(verdict.finding, finding);
        const QString text = KeepAliveReport::text(result, verdict);
        QVERIFY2(text.contains(says), qPrintable(text));
        if (finding == KeepAliveVerdict::Finding::TooShort)
            QVERIFY2(text.contains(u"keepalive_timeout"_s), qPrintable(text)); // the fix names nginx's setting
    }

private:
    FaultServer m_server;
};

QTEST_GUILESS_MAIN(TestKeepAliveProbe)
#include "tst_keepaliveprobe.moc"
