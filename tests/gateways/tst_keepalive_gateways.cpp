// The keep-alive detector proven against a real nginx (Debian's package) started on loopback by
// GatewayProcess: its location /keepalive-3s/ is configured with `keepalive_timeout 3s`
// (tests/gateways/configs/nginx.conf), and the detector must measure it within 5 %, as a FIN.
// Run alone with: ctest -R tst_keepalive_gateways --output-on-failure
#include "GatewayProcess.h"
#include "diagnosis/Fingerprints.h"
#include "lab/FaultServer.h"
#include "series/KeepAliveProbe.h"
#include "series/KeepAliveReport.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Gatescope;
using namespace Qt::StringLiterals;

class TestKeepAliveGateways : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_origin.start(QHostAddress::LocalHost, false), qPrintable(m_origin.errorString()));
        m_upstreams.origin = m_origin.port();
        m_upstreams.refused = FaultServer::refusingPort();
        m_upstreams.dead = FaultServer::refusingPort();
        m_upstreams.dead2 = FaultServer::refusingPort();
    }

    void measuresNginxKeepaliveTimeout()
    {
        GatewayProcess nginx(GatewayProcess::Product::Nginx);
        QVERIFY2(nginx.start(m_upstreams), qPrintable(nginx.errorString()));
        RequestSpec request;
        request.url = nginx.url(u"/keepalive-3s/json"_s);
        request.options.useEnvironmentProxy = false;
        request.options.proxy = u"none"_s;
        KeepAliveProbe probe;
        QSignalSpy done(&probe, &KeepAliveProbe::finished);
        probe.start(request, 10000);
        QVERIFY(done.wait(15000));
        const KeepAliveResult &result = probe.result();
        QVERIFY2(result.exchange.response && result.exchange.response->status == 200, qPrintable(nginx.logs()));
        QVERIFY(result.keptAlive);
        QCOMPARE(result.close, KeepAliveResult::Close::Fin);
        // keepalive_timeout 3s, measured within 5 %.
        QVERIFY2(std::abs(result.idleMs - 3000) <= 150, qPrintable(QString::number(result.idleMs)));
        qInfo("nginx keepalive_timeout 3s measured as %.1f ms (FIN)", result.idleMs);

        // nginx as the origin behind a pool that keeps idle connections 60 s (nginx's own upstream
        // default): too short, and the fix names the front's setting.
        const std::optional<FrontHop> front = FrontHop::of(FingerprintCatalog::builtIn(), u"nginx"_s, 0, nullptr);
        const KeepAliveVerdict verdict = KeepAliveVerdict::of(result, front);
        QCOMPARE(verdict.finding, KeepAliveVerdict::Finding::TooShort);
        nginx.stop();
    }

private:
    FaultServer m_origin;
    GatewayProcess::Upstreams m_upstreams;
};

QTEST_GUILESS_MAIN(TestKeepAliveGateways)
#include "tst_keepalive_gateways.moc"
