// The hop chain, the wait split and the timeout audit, on header sets quoted from real captures in
// public issue threads and from the products' own documentation. Every row names its source.

#include "capture/HarImporter.h"
#include "hops/HopChain.h"
#include "hops/HopsJson.h"
#include "hops/OriginComparison.h"
#include "hops/TimeoutAudit.h"
#include "hops/WaitSplit.h"
#include "lab/FaultServer.h"
#include "probe/ProbeEngine.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatescope;

namespace {

// "Name: value" lines into a response of `status`.
Exchange exchangeWith(int status, const QString &headerLines, double waitMs = -1)
{
    Exchange exchange;
    ResponseData response;
    response.status = status;
    for (const QString &line : headerLines.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        response.headers.append({ line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8() });
    }
    exchange.response = response;
    exchange.timings.wait = waitMs;
    return exchange;
}

Diagnosis producedBy(const QString &layer, const QString &product)
{
    Diagnosis diagnosis;
    diagnosis.producer = { layer, product, 0.9 };
    return diagnosis;
}

// "aws-cloudfront > gcp-lb*": each hop's product, '*' on the producer, an unknown hop with its
// first trace in brackets.
QString chainText(const HopChain &chain)
{
    QStringList parts;
    for (const Hop &hop : chain.hops) {
        QString text = hop.product;
        if (hop.product == u"unknown" && !hop.added.isEmpty())
            text += u'[' + hop.added.first().value + u']';
        if (hop.producer)
            text += u'*';
        parts.append(text);
    }
    return parts.join(u" > "_s);
}

QString segmentsText(const WaitSplit &split, const HopChain &chain)
{
    QStringList parts;
    for (const WaitSegment &segment : split.segments)
        parts.append(u"%1 %2"_s.arg(WaitSplit::segmentLabel(segment, chain)).arg(segment.ms));
    return parts.join(u" | "_s);
}

} // namespace

class TestHopChain : public QObject
{
    Q_OBJECT
private slots:
    void chainListsEveryHopTheHeadersShowClientSideFirst_data();
    void chainListsEveryHopTheHeadersShowClientSideFirst();
    void eachHopCarriesWhatItAddedAndItsDefaultTimeouts();
    void aConnectionWithNoSignatureIsOneUnknownHopNeverAProduct();
    void harAddressAndSecurityDetailsNameTheFirstHop();
    void waitSplitFollowsTheHopsOwnReports_data();
    void waitSplitFollowsTheHopsOwnReports();
    void timeoutAuditFlagsAnOuterHopThatGivesUpFirst_data();
    void timeoutAuditFlagsAnOuterHopThatGivesUpFirst();
    void timeoutAuditFlagsAKeepAliveInversion_data();
    void timeoutAuditFlagsAKeepAliveInversion();
    void jsonCarriesHopsWaitSplitAndAudit();
    void compareConcludesWhichHopFailed_data();
    void compareConcludesWhichHopFailed();
    void compareSendsStraightToTheTypedAddressWithTheSameHost();
    void aRefusedOriginIsConcludedDownOverRealSockets();
    void compareFollowsNoRedirectToAnAddressNobodyTyped();
};

void TestHopChain::chainListsEveryHopTheHeadersShowClientSideFirst_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("headers");
    QTest::addColumn<QString>("producerLayer");
    QTest::addColumn<QString>("producerProduct");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("unattributed");

    QTest::newRow("CloudFront in front of Google Frontend: the GCP LB made the 500")
        << u"https://github.com/flynn/flynn/issues/4613"_s << 500
        << u"content-type: text/html; charset=UTF-8\nx-cloud-trace-context: e643e0423fd8a961f8d6823dc4d71a66\n"
           "server: Google Frontend\nx-cache: Error from cloudfront\n"
           "via: 1.1 9c90b41a9e5ac2856624d29ed4da4235.cloudfront.net (CloudFront)\nx-amz-cf-pop: IAD89-C3\n"
           "x-amz-cf-id: CHrDgKOWV7IxtknMYg-6mcCdxsSjWm6inTTy_LL3sliNniEiMQ0UIQ=="_s
        << u"gateway"_s << u"gcp-lb"_s << u"aws-cloudfront > gcp-lb*"_s << QString();
    QTest::newRow("Kong on OpenResty answers 502: one Kong hop, not nginx and Kong")
        << u"https://github.com/Kong/kong/issues/7059"_s << 502
        << u"Server: openresty\nContent-Type: application/json; charset=utf-8\nX-Kong-Upstream-Latency: 574\n"
           "X-Kong-Proxy-Latency: 1\nVia: kong/2.4.1"_s
        << u"gateway"_s << u"kong"_s << u"kong*"_s << QString();
    QTest::newRow("Fastly 503: Via '1.1 varnish', Server Varnish and X-Served-By are one Fastly hop")
        << u"https://github.com/jenkins-infra/helpdesk/issues/2899"_s << 503
        << u"server: Varnish\nretry-after: 0\nvia: 1.1 varnish\nx-served-by: cache-hel1410027-HEL\nx-cache: MISS\n"
           "x-cache-hits: 0\nx-timer: S1650885468.636644,VS0,VE0"_s
        << u"gateway"_s << u"fastly"_s << u"fastly*"_s << u"x-cache"_s;
    QTest::newRow("Heroku's error page behind Cloudflare: Heroku named by the diagnosis alone")
        << u"https://github.com/coderanger/nightlies/issues/8"_s << 503
        << u"Server: cloudflare-nginx\nContent-Type: text/html; charset=utf-8\nCache-Control: no-cache, no-store"_s
        << u"gateway"_s << u"heroku"_s << u"cloudflare > heroku*"_s << QString();
    QTest::newRow("Envoy 503 with x-envoy-upstream-service-time")
        << u"https://github.com/knative-extensions/net-contour/issues/237"_s << 503
        << u"Server: envoy\nX-Envoy-Upstream-Service-Time: 269\nContent-Type: text/plain"_s << u"gateway"_s
        << u"envoy"_s << u"envoy*"_s << QString();
    QTest::newRow("API Gateway answers 502: x-amzn-RequestId and x-amz-apigw-id")
        << u"https://github.com/DataBiosphere/azul/issues/7470"_s << 502
        << u"x-amzn-requestid: 7fda7b55-1713-4347-bd94-69133d82c5c0\nx-amzn-errortype: InternalServerErrorException\n"
           "x-amz-apigw-id: R9NOvE-qIAMECfw="_s
        << u"gateway"_s << u"aws-api-gateway"_s << u"aws-api-gateway*"_s << QString();
    QTest::newRow("ALB 502: Server awselb/2.0 is one ALB hop, the one that made it")
        << u"https://github.com/esi/esi-issues/issues/902"_s << 502
        << u"Server: awselb/2.0\nDate: Sat, 05 May 2018 02:36:48 GMT\nContent-Type: text/html\nContent-Length: 138\n"
           "Connection: keep-alive"_s
        << u"gateway"_s << u"aws-alb"_s << u"aws-alb*"_s << QString();
    QTest::newRow("Akamai 503 in the 2011 outage: Server AkamaiGHost is one Akamai hop")
        << u"https://www.cdnplanet.com/blog/akamai-down/"_s << 503
        << u"Cache-Control: private, no-cache, no-store, must-revalidate\nConnection: close\n"
           "Date: Tue, 04 Oct 2011 20:26:03 GMT\nPragma: no-cache\nServer: AkamaiGHost\nContent-Length: 172\n"
           "Content-Type: text/html\nExpires: Sat, 01 Jan 2000 00:00:00 GMT\nMime-Version: 1.0"_s
        << u"gateway"_s << u"akamai"_s << u"akamai*"_s << QString();
    QTest::newRow("two Via entries no product signs: two unknown hops, outermost (last entry) first")
        << u"https://www.rfc-editor.org/rfc/rfc9110#section-7.6.3 (Via: 1.0 fred, 1.1 p.example.net)"_s << 502
        << u"Via: 1.0 fred, 1.1 p.example.net"_s << u"gateway"_s << u"unknown"_s
        << u"unknown[1.1 p.example.net] > unknown[1.0 fred] > unknown*"_s << QString();
    QTest::newRow("Varnish 7 in front of a Rails origin that answered 500 itself")
        << u"https://varnish-cache.org/docs/7.3/whats-new/changes-7.3.html (Via: 1.1 host (Varnish/7.3)); "
           "https://github.com/rails/rails/blob/main/actionpack/lib/action_dispatch/middleware/server_timing.rb"_s
        << 500
        << u"Via: 1.1 cache-1 (Varnish/7.3)\nX-Varnish: 32770\nAge: 0\nX-Runtime: 0.412\n"
           "Server-Timing: sql.active_record;dur=12.5, process_action.action_controller;dur=398.1"_s
        << u"origin"_s << u"origin"_s << u"varnish > origin*"_s << u"Age"_s;
    QTest::newRow("a timeout with no response: no hop is made up")
        << u"(no response: nothing to read)"_s << 0 << QString() << u"client"_s << u"none"_s << QString() << QString();
}

void TestHopChain::chainListsEveryHopTheHeadersShowClientSideFirst()
{
    QFETCH(QString, source);
    QFETCH(int, status);
    QFETCH(QString, headers);
    QFETCH(QString, producerLayer);
    QFETCH(QString, producerProduct);
    QFETCH(QString, chain);
    QFETCH(QString, unattributed);

    Exchange exchange = exchangeWith(status, headers);
    if (status == 0)
        exchange.response.reset();
    const HopChain built = HopChain::build(exchange, producedBy(producerLayer, producerProduct));
    QVERIFY2(chainText(built) == chain,
             qPrintable(u"source %1: expected chain '%2', got '%3'"_s.arg(source, chain, chainText(built))));
    QStringList names;
    for (const HopEvidence &item : built.unattributed)
        names.append(item.header);
    QCOMPARE(names.join(u','), unattributed);
    QCOMPARE(built.producerIndex() >= 0, producerLayer != u"client");
}

void TestHopChain::eachHopCarriesWhatItAddedAndItsDefaultTimeouts()
{
    // Given the CloudFront → Google Frontend capture of flynn/flynn#4613, with the HAR's address
    const QString source = u"https://github.com/flynn/flynn/issues/4613"_s;
    Exchange exchange = exchangeWith(500,
                                     u"server: Google Frontend\nvia: 1.1 abc.cloudfront.net (CloudFront)\n"
                                     "x-amz-cf-pop: IAD89-C3\nx-amz-cf-id: CHrDgKOW==\nalt-svc: h3=\":443\""_s);
    exchange.remoteAddress = u"13.32.1.1"_s;
    exchange.remotePort = 443;
    exchange.tls.used = true;
    exchange.tls.protocol = u"TLS 1.3"_s;
    exchange.tls.cipher = u"AES_128_GCM"_s;
    // When the chain is built
    const HopChain chain = HopChain::build(exchange, producedBy(u"gateway"_s, u"gcp-lb"_s));
    // Then CloudFront carries its headers, the address, TLS and Alt-Svc (the client's connection)
    QCOMPARE(chain.hops.size(), 2);
    const Hop &cloudfront = chain.hops.at(0);
    QStringList added;
    for (const HopEvidence &item : cloudfront.added)
        added.append(item.header);
    QCOMPARE(added.join(u','), u"Via,x-amz-cf-pop,x-amz-cf-id,serverIPAddress,tls,Alt-Svc"_s);
    QCOMPARE(cloudfront.added.at(3).value, u"13.32.1.1:443"_s);
    QCOMPARE(cloudfront.order, u"via"_s);
    // and the timeouts of the fingerprint catalog, with their sources
    QVERIFY2(!cloudfront.timeouts.isEmpty(), qPrintable(source));
    const FingerprintCatalog &catalog = FingerprintCatalog::builtIn();
    QList<DefaultTimeout> expected;
    for (const DefaultTimeout &timeout : catalog.product(u"aws-cloudfront")->timeouts) {
        if (timeout.seconds > 0)
            expected.append(timeout);
    }
    QCOMPARE(cloudfront.timeouts, expected);
    QCOMPARE(chain.hops.at(1).product, u"gcp-lb"_s);
    QCOMPARE(chain.hops.at(1).order, u"position"_s);
    QVERIFY(chain.hops.at(1).producer);
}

void TestHopChain::aConnectionWithNoSignatureIsOneUnknownHopNeverAProduct()
{
    Exchange exchange = exchangeWith(200, u"Content-Type: text/plain"_s);
    exchange.remoteAddress = u"2606:4700::1"_s;
    exchange.remotePort = 443;
    const HopChain chain = HopChain::build(exchange, producedBy(u"origin"_s, u"none"_s));
    // A healthy answer from an origin without signature: the origin hop (named by the verdict),
    // with the address the client connected to.
    QCOMPARE(chainText(chain), u"origin*"_s);
    QCOMPARE(chain.hops.first().added.first().value, u"[2606:4700::1]:443"_s);

    const HopChain none = HopChain::build(exchange, Diagnosis {});
    QCOMPARE(none.hops.size(), 1);
    QCOMPARE(none.hops.first().product, u"unknown"_s);
    QCOMPARE(none.hops.first().order, u"connection"_s);
}

void TestHopChain::harAddressAndSecurityDetailsNameTheFirstHop()
{
    // Given a Chromium HAR entry with serverIPAddress and _securityDetails (fields of the DevTools
    // protocol's Network.SecurityDetails:
    // https://chromedevtools.github.io/devtools-protocol/tot/Network/#type-SecurityDetails)
    const QByteArray har = R"({"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[
        {"startedDateTime":"2024-06-01T10:00:00.000Z","time":80,
         "request":{"method":"GET","url":"https://shop.example.com/api","httpVersion":"h2","headers":[]},
         "response":{"status":502,"statusText":"","httpVersion":"h2",
           "headers":[{"name":"server","value":"cloudflare"},{"name":"cf-ray","value":"8a1b2c3d4e5f6789-FRA"}],
           "content":{"size":0,"mimeType":"text/html"}},
         "cache":{},"timings":{"send":1,"wait":70,"receive":1},
         "serverIPAddress":"[2606:4700::6812:1]","_serverPort":443,
         "_securityDetails":{"protocol":"TLS 1.3","keyExchange":"","cipher":"AES_128_GCM",
           "subjectName":"shop.example.com","sanList":["shop.example.com","*.shop.example.com"],
           "issuer":"WE1","validFrom":1717200000,"validTo":1724976000}}]}})";
    const Result<Capture> capture = HarImporter().importData(har, u"cloudflare.har"_s);
    QVERIFY2(capture, qPrintable(capture ? QString() : capture.error()));
    // When the chain is built
    const HopChain chain = HopChain::build(capture->exchanges.first(), producedBy(u"gateway"_s, u"cloudflare"_s));
    // Then the first hop, Cloudflare, carries the address, the TLS version and cipher and the
    // certificate it presented
    QCOMPARE(chainText(chain), u"cloudflare*"_s);
    QStringList added;
    for (const HopEvidence &item : chain.hops.first().added)
        added.append(item.header + u'=' + item.value);
    QVERIFY2(added.contains(u"serverIPAddress=[2606:4700::6812:1]:443"_s), qPrintable(added.join(u" | "_s)));
    QVERIFY2(added.contains(u"tls=TLS 1.3 AES_128_GCM"_s), qPrintable(added.join(u" | "_s)));
    QVERIFY2(added.join(u'|').contains(u"issuer WE1"_s), qPrintable(added.join(u" | "_s)));
    QVERIFY2(added.join(u'|').contains(u"*.shop.example.com"_s), qPrintable(added.join(u" | "_s)));
}

void TestHopChain::waitSplitFollowsTheHopsOwnReports_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("headers");
    QTest::addColumn<QString>("producer");
    QTest::addColumn<double>("waitMs");
    QTest::addColumn<QString>("segments");

    QTest::newRow("Kong: proxy latency inside Kong, upstream latency behind it")
        << u"https://github.com/Kong/kong/issues/7059"_s
        << u"Server: openresty\nX-Kong-Upstream-Latency: 574\nX-Kong-Proxy-Latency: 1\nVia: kong/2.4.1"_s << u"kong"_s
        << 600.0 << u"network and hops in front of Kong Gateway 25 | inside Kong Gateway 1 | behind Kong Gateway 574"_s;
    QTest::newRow("Envoy: upstream service time behind it, the rest in front")
        << u"https://github.com/knative-extensions/net-contour/issues/237"_s
        << u"Server: envoy\nX-Envoy-Upstream-Service-Time: 269"_s << u"envoy"_s << 300.0
        << u"network, hops in front of Envoy / Istio and Envoy / Istio itself 31 | behind Envoy / Istio 269"_s;
    QTest::newRow("Fastly X-Timer VE: the time inside Fastly")
        << u"https://fastly.com/documentation/reference/http/http-headers/X-Timer"_s
        << u"x-served-by: cache-hel1410027-HEL\nx-timer: S1650885468.636644,VS0,VE120"_s << u"fastly"_s << 150.0
        << u"network and hops in front of Fastly 30 | inside Fastly 120"_s;
    QTest::newRow("CloudFront Server-Timing cdn-upstream-fbl: first byte from the origin")
        << u"https://aws.amazon.com/blogs/networking-and-content-delivery/amazon-cloudfront-introduces-server-timing-headers/"_s
        << u"via: 1.1 abc.cloudfront.net (CloudFront)\nx-amz-cf-id: x==\n"
           "server-timing: cdn-upstream-layer;desc=\"EDGE\",cdn-upstream-dns;dur=0,cdn-upstream-connect;dur=32,"
           "cdn-upstream-fbl;dur=150,cdn-cache-miss,cdn-pop;desc=\"IAD89-C3\""_s
        << u"aws-cloudfront"_s << 200.0
        << u"network, hops in front of Amazon CloudFront and Amazon CloudFront itself 50 | behind Amazon CloudFront 150"_s;
    QTest::newRow("Cloudflare cfEdge and cfOrigin")
        << u"https://developers.cloudflare.com/ruleset-engine/rules-language/fields/reference/cf.timings.origin_ttfb_msec/"_s
        << u"server: cloudflare\ncf-ray: 337857c52a2510e7-ORD\nserver-timing: cfEdge;dur=12,cfOrigin;dur=230"_s
        << u"cloudflare"_s << 260.0
        << u"network and hops in front of Cloudflare 18 | inside Cloudflare 12 | behind Cloudflare 230"_s;
    QTest::newRow("Rails origin behind Varnish: X-Runtime and Server-Timing, the larger is the origin's time")
        << u"https://github.com/rails/rails/blob/main/actionpack/lib/action_dispatch/middleware/server_timing.rb"_s
        << u"Via: 1.1 cache-1 (Varnish/7.3)\nX-Runtime: 0.412\n"
           "Server-Timing: sql.active_record;dur=12.5, process_action.action_controller;dur=398.1"_s
        << u"origin"_s << 420.0
        << u"network and hops in front of Origin application 8 | inside Origin application 412"_s;
    QTest::newRow("Express origin behind nginx: X-Response-Time is the origin's time")
        << u"https://github.com/expressjs/response-time (X-Response-Time: <ms>ms)"_s
        << u"Server: nginx/1.22.1\nX-Powered-By: Express\nX-Response-Time: 120.000ms"_s << u"origin"_s << 130.0
        << u"network and hops in front of Origin application 10 | inside Origin application 120"_s;
    QTest::newRow("a report longer than the wait is kept out of the bar")
        << u"https://github.com/Kong/kong/issues/7059"_s << u"Via: kong/2.4.1\nX-Kong-Upstream-Latency: 574"_s
        << u"kong"_s << 100.0 << QString();
}

void TestHopChain::waitSplitFollowsTheHopsOwnReports()
{
    QFETCH(QString, source);
    QFETCH(QString, headers);
    QFETCH(QString, producer);
    QFETCH(double, waitMs);
    QFETCH(QString, segments);

    const Exchange exchange = exchangeWith(502, headers, waitMs);
    const Diagnosis diagnosis = producedBy(producer == u"origin" ? u"origin"_s : u"gateway"_s, producer);
    const HopChain chain = HopChain::build(exchange, diagnosis);
    const WaitSplit split = WaitSplit::build(exchange, chain);
    QVERIFY2(segmentsText(split, chain) == segments,
             qPrintable(u"source %1: expected '%2', got '%3'"_s.arg(source, segments, segmentsText(split, chain))));
    double sum = 0;
    for (const WaitSegment &segment : split.segments)
        sum += segment.ms;
    if (!split.segments.isEmpty())
        QCOMPARE(sum, waitMs);
    else
        QVERIFY(split.inconsistent);
    for (const WaitSegment &segment : split.segments)
        QVERIFY2(!segment.source.isEmpty(), "every part names the header it is read from");
}

void TestHopChain::timeoutAuditFlagsAnOuterHopThatGivesUpFirst_data()
{
    QTest::addColumn<QString>("source"); // where each header's form is quoted from
    QTest::addColumn<QString>("headers");
    QTest::addColumn<double>("waitMs");
    QTest::addColumn<QStringList>("findings");

    // CloudFront's origin response timeout (30 s) in front of an ALB (idle timeout 60 s): the
    // values are the catalog's (resources/fingerprints/gateways.json, CFR and ALB sources).
    QTest::newRow("CloudFront (30 s) in front of an ALB (60 s): inverted")
        << u"https://github.com/flynn/flynn/issues/4613 (Via, X-Amz-Cf-Id); "
           "https://github.com/esi/esi-issues/issues/902 (Server: awselb/2.0)"_s
        << u"via: 1.1 abc.cloudfront.net (CloudFront)\nx-amz-cf-id: x==\nserver: awselb/2.0"_s << 1200.0
        << QStringList { u"outer-shorter 0>1"_s };
    QTest::newRow("Cloudflare (100 s) in front of an ALB (60 s): in order")
        << u"https://developers.cloudflare.com/fundamentals/reference/http-headers/ (Server, CF-Ray); "
           "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-request-tracing.html "
           "(X-Amzn-Trace-Id)"_s
        << u"server: cloudflare\ncf-ray: 1-ORD\nx-amzn-trace-id: Root=1-2-3"_s << 1200.0 << QStringList {};
    QTest::newRow("nginx alone, the wait ended at proxy_read_timeout 60 s")
        << u"nginx 1.22.1 run by tests/gateways (observations.md)"_s << u"Server: nginx/1.22.1"_s << 60004.0
        << QStringList { u"wait-at-timeout 0"_s };
}

void TestHopChain::timeoutAuditFlagsAnOuterHopThatGivesUpFirst()
{
    QFETCH(QString, source);
    QFETCH(QString, headers);
    QFETCH(double, waitMs);
    QFETCH(QStringList, findings);

    const Exchange exchange = exchangeWith(504, headers, waitMs);
    const HopChain chain = HopChain::build(exchange, Diagnosis {});
    QStringList got;
    for (const TimeoutFinding &finding : TimeoutAudit::audit(chain, exchange)) {
        got.append(finding.innerHop >= 0 ? u"%1 %2>%3"_s.arg(finding.kind).arg(finding.outerHop).arg(finding.innerHop)
                                         : u"%1 %2"_s.arg(finding.kind).arg(finding.outerHop));
        QVERIFY(!finding.text.isEmpty());
    }
    QVERIFY2(
        got == findings,
        qPrintable(u"source %1: expected '%2', got '%3'"_s.arg(source, findings.join(u", "_s), got.join(u", "_s))));
}

void TestHopChain::timeoutAuditFlagsAKeepAliveInversion_data()
{
    QTest::addColumn<QString>("headers");
    QTest::addColumn<TimeoutCorrections>("corrections");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QString>("inner"); // the inner hop's keep-alive as the finding quotes it

    // The catalog's keep-alive defaults: nginx upstream keepalive_timeout 60 s and client
    // keepalive_timeout 75 s (nginx.org), Node.js server.keepAliveTimeout 5 s (nodejs.org http.md),
    // Apache KeepAliveTimeout 5 s (httpd core docs), Varnish backend_idle_timeout 60 s (Varnish
    // parameter docs), uvicorn --timeout-keep-alive 5 s (encode/uvicorn docs/settings.md).
    const QString site = u"shop.example"_s;
    QTest::newRow("Express (Node 5 s) behind nginx (reuses 60 s): the classic race")
        << u"Server: nginx/1.18.0 (Ubuntu)\nX-Powered-By: Express"_s << TimeoutCorrections {} << u"nginx > origin"_s
        << QStringList { u"keep-alive-inverted 0>1"_s } << u"server.keepAliveTimeout (Node.js http) 5"_s;
    QTest::newRow("uvicorn (5 s) behind Varnish (backend_idle_timeout 60 s)")
        << u"Via: 1.1 varnish (Varnish/7.1)\nServer: uvicorn\nX-Varnish: 32770"_s << TimeoutCorrections {}
        << u"varnish > origin"_s << QStringList { u"keep-alive-inverted 0>1"_s } << u"--timeout-keep-alive 5"_s;
    QTest::newRow("Apache (KeepAliveTimeout 5 s) behind Varnish (60 s)")
        << u"Via: 1.1 varnish (Varnish/7.1)\nServer: Apache/2.4.57 (Debian)"_s << TimeoutCorrections {}
        << u"varnish > apache"_s << QStringList { u"keep-alive-inverted 0>1"_s } << u"KeepAliveTimeout 5"_s;
    QTest::newRow("nginx (keepalive_timeout 75 s) behind Varnish (60 s): in order")
        << u"Via: 1.1 varnish (Varnish/7.1)\nServer: nginx/1.22.1"_s << TimeoutCorrections {} << u"varnish > nginx"_s
        << QStringList {} << QString();
    QTest::newRow("an application of unknown keep-alive behind nginx: nothing to compare")
        << u"Server: nginx/1.22.1"_s << TimeoutCorrections {} << u"nginx"_s << QStringList {} << QString();
    QTest::newRow("its keep-alive given by you (0.3 s): the origin joins the chain, inverted")
        << u"Server: nginx/1.22.1"_s << TimeoutCorrections { { site, u"origin"_s, u"keep-alive"_s, 0.3 } }
        << u"nginx > origin"_s << QStringList { u"keep-alive-inverted 0>1"_s } << u"yours 0.3"_s;
    QTest::newRow("equal is inverted too: Express at 60 s behind nginx at 60 s")
        << u"Server: nginx\nX-Powered-By: Express"_s
        << TimeoutCorrections { { site, u"origin"_s, u"keep-alive"_s, 60 } } << u"nginx > origin"_s
        << QStringList { u"keep-alive-inverted 0>1"_s } << u"yours 60"_s;
    QTest::newRow("nginx's upstream keepalive_timeout corrected to 4 s: Express's 5 s is safe")
        << u"Server: nginx\nX-Powered-By: Express"_s
        << TimeoutCorrections { { site, u"nginx"_s, u"upstream-keep-alive"_s, 4 } } << u"nginx > origin"_s
        << QStringList {} << QString();
    QTest::newRow("a correction for another site changes nothing")
        << u"Server: nginx\nX-Powered-By: Express"_s
        << TimeoutCorrections { { u"other.example"_s, u"nginx"_s, u"upstream-keep-alive"_s, 4 } } << u"nginx > origin"_s
        << QStringList { u"keep-alive-inverted 0>1"_s } << u"server.keepAliveTimeout (Node.js http) 5"_s;
}

void TestHopChain::timeoutAuditFlagsAKeepAliveInversion()
{
    QFETCH(QString, headers);
    QFETCH(TimeoutCorrections, corrections);
    QFETCH(QString, chain);
    QFETCH(QStringList, findings);
    QFETCH(QString, inner);

    Exchange exchange = exchangeWith(200, headers, 12);
    exchange.request.url = QUrl(u"https://shop.example/cart"_s);
    const HopAnalysis analysis = HopAnalysis::of(exchange, Diagnosis {}, corrections);
    QCOMPARE(chainText(analysis.chain), chain);
    QStringList got;
    for (const TimeoutFinding &finding : analysis.timeoutAudit) {
        got.append(u"%1 %2>%3"_s.arg(finding.kind).arg(finding.outerHop).arg(finding.innerHop));
        if (finding.kind != u"keep-alive-inverted")
            continue;
        QCOMPARE(finding.outer.phase, u"upstream-keep-alive"_s);
        QCOMPARE(finding.inner.phase, u"keep-alive"_s);
        QCOMPARE(finding.inner.givenByUser ? u"yours %1"_s.arg(finding.inner.seconds)
                                           : u"%1 %2"_s.arg(finding.inner.name).arg(finding.inner.seconds),
                 inner);
        QVERIFY2(finding.text.contains(u"502"), qPrintable(finding.text));
    }
    QCOMPARE(got, findings);
    // The JSON says which values are the user's.
    QJsonObject object;
    HopsJson::insertInto(object, analysis);
    bool anyGiven = false;
    for (const QJsonValue &hop : object.value(u"hops").toArray()) {
        for (const QJsonValue &timeout : hop[u"timeouts"].toArray())
            anyGiven = anyGiven || timeout[u"givenByUser"].toBool();
    }
    QCOMPARE(anyGiven, std::any_of(corrections.cbegin(), corrections.cend(), [](const TimeoutCorrection &c) {
                 return c.site == u"shop.example";
             }));
}

void TestHopChain::jsonCarriesHopsWaitSplitAndAudit()
{
    const Exchange exchange = exchangeWith(
        502, u"Server: openresty\nX-Kong-Upstream-Latency: 574\nX-Kong-Proxy-Latency: 1\nVia: kong/2.4.1"_s, 600);
    const HopAnalysis analysis = HopAnalysis::of(exchange, producedBy(u"gateway"_s, u"kong"_s));
    QJsonObject object;
    HopsJson::insertInto(object, analysis);
    const QJsonArray hops = object.value(u"hops").toArray();
    QCOMPARE(hops.size(), 1);
    QCOMPARE(hops.at(0)[u"product"].toString(), u"kong"_s);
    QCOMPARE(hops.at(0)[u"producer"].toBool(), true);
    QCOMPARE(hops.at(0)[u"added"].toArray().size(), 4);
    QCOMPARE(object.value(u"waitSplit")[u"segments"].toArray().size(), 3);
    QCOMPARE(object.value(u"waitSplit")[u"segments"].toArray().at(2)[u"source"].toString(),
             u"X-Kong-Upstream-Latency: 574"_s);
    QVERIFY(object.value(u"timeoutAudit").isArray());

    // No timing header: waitSplit is null, never an empty guess.
    QJsonObject plain;
    HopsJson::insertInto(plain, HopAnalysis::of(exchangeWith(502, u"Server: nginx"_s, 10), Diagnosis {}));
    QVERIFY(plain.value(u"waitSplit").isNull());
}

namespace {

ComparedPath pathOf(const QString &target, int status, Outcome outcome, double total, const QString &layer,
                    const QString &product)
{
    ComparedPath path;
    path.target = target;
    if (status > 0) {
        ResponseData response;
        response.status = status;
        path.exchange.response = response;
    }
    path.exchange.transport.outcome = outcome;
    path.exchange.timings.total = total;
    path.diagnosis.producer = { layer, product, 0.9 };
    return path;
}

} // namespace

void TestHopChain::compareConcludesWhichHopFailed_data()
{
    QTest::addColumn<QList<ComparedPath>>("paths");
    QTest::addColumn<QString>("conclusion");

    const ComparedPath nginx502 = pathOf({}, 502, Outcome::Ok, 0.4, u"gateway"_s, u"nginx"_s);
    QTest::newRow("nginx 502, origin refused: the origin is down")
        << QList<ComparedPath> { nginx502,
                                 pathOf(u"10.0.3.7:8080"_s, 0, Outcome::Refused, 0.2, u"client"_s, u"none"_s) }
        << u"through nginx: 502 after 400 µs; straight to 10.0.3.7:8080: connection refused → the origin is down, "
           "nginx only reported it"_s;
    QTest::newRow("nginx 504, origin silent: the origin is too slow")
        << QList<ComparedPath> { pathOf({}, 504, Outcome::Ok, 60000, u"gateway"_s, u"nginx"_s),
                                 pathOf(u"10.0.3.7:8080"_s, 0, Outcome::Timeout, 61000, u"client"_s, u"none"_s) }
        << u"through nginx: 504 after 60.0 s; straight to 10.0.3.7:8080: no answer within 61.0 s → the origin does "
           "not answer in time; nginx gave up waiting for it"_s;
    QTest::newRow("nginx 502, origin healthy: the fault is in nginx or its route")
        << QList<ComparedPath> { nginx502, pathOf(u"10.0.3.7:8080"_s, 200, Outcome::Ok, 3, u"origin"_s, u"origin"_s) }
        << u"through nginx: 502 after 400 µs; straight to 10.0.3.7:8080: 200 after 3.00 ms → the origin answers; the "
           "fault lies in nginx or between it and the origin (its route, the address it uses, its timeouts)"_s;
    ComparedPath nginx504 = pathOf({}, 504, Outcome::Ok, 1002, u"gateway"_s, u"nginx"_s);
    nginx504.exchange.timings.wait = 1000;
    ComparedPath slow = pathOf(u"10.0.3.7:8080"_s, 200, Outcome::Ok, 1503, u"origin"_s, u"origin"_s);
    slow.exchange.timings.wait = 1500;
    QTest::newRow("nginx 504 after 1 s, the origin answers after 1.5 s: the origin is slow")
        << QList<ComparedPath> { nginx504, slow }
        << u"through nginx: 504 after 1.00 s; straight to 10.0.3.7:8080: 200 after 1.50 s → the origin is slow: it "
           "answers, but after 1.50 s, and nginx gave up after 1.00 s — give nginx a longer timeout or make the "
           "origin faster"_s;
    ComparedPath fast = slow;
    fast.exchange.timings.wait = 20;
    fast.exchange.timings.total = 23;
    QTest::newRow("nginx 504, the origin answers at once: not slow, the fault is nginx's way to it")
        << QList<ComparedPath> { nginx504, fast }
        << u"through nginx: 504 after 1.00 s; straight to 10.0.3.7:8080: 200 after 23.0 ms → the origin answers; the "
           "fault lies in nginx or between it and the origin (its route, the address it uses, its timeouts)"_s;
    // A chain the user gave: the load balancer, then the pod's ingress, then the origin.
    const auto hopPath = [&](int hop, const QString &target, int status, Outcome outcome, double total,
                             const QString &product) {
        ComparedPath path = pathOf(target, status, outcome, total, status > 0 ? u"gateway"_s : u"client"_s, product);
        path.hop = hop;
        return path;
    };
    QTest::newRow("chain: the load balancer fails, the ingress and the origin answer")
        << QList<ComparedPath> { pathOf({}, 502, Outcome::Ok, 2, u"gateway"_s, u"aws-alb"_s),
                                 hopPath(1, u"10.0.0.5:80"_s, 502, Outcome::Ok, 2, u"aws-alb"_s),
                                 hopPath(2, u"10.0.1.9:80"_s, 200, Outcome::Ok, 4, u"ingress-nginx"_s),
                                 pathOf(u"10.0.3.7:8080"_s, 200, Outcome::Ok, 3, u"origin"_s, u"origin"_s) }
        << u"through AWS Application Load Balancer: 502 after 2.00 ms; straight to 10.0.3.7:8080: 200 after 3.00 ms "
           "→ the origin answers; the fault lies in AWS Application Load Balancer or between it and the origin (its "
           "route, the address it uses, its timeouts)\nalong the chain: as addressed: 502 after 2.00 ms; hop 1 "
           "(10.0.0.5:80): 502 after 2.00 ms; hop 2 (10.0.1.9:80): 200 after 4.00 ms; the origin (10.0.3.7:8080): "
           "200 after 3.00 ms → it fails at hop 1 (10.0.0.5:80) and is answered from hop 2 (10.0.1.9:80) inwards: "
           "the fault lies in hop 1 (10.0.0.5:80) or on its way to hop 2 (10.0.1.9:80)"_s;
    QTest::newRow("chain: it fails down to the origin")
        << QList<ComparedPath> { nginx502, hopPath(1, u"10.0.1.9:80"_s, 502, Outcome::Ok, 0.4, u"nginx"_s),
                                 pathOf(u"10.0.3.7:8080"_s, 0, Outcome::Refused, 0.2, u"client"_s, u"none"_s) }
        << u"through nginx: 502 after 400 µs; straight to 10.0.3.7:8080: connection refused → the origin is down, "
           "nginx only reported it\nalong the chain: as addressed: 502 after 400 µs; hop 1 (10.0.1.9:80): 502 after "
           "400 µs; the origin (10.0.3.7:8080): connection refused → it fails down to the origin (10.0.3.7:8080): the "
           "fault is there or behind it"_s;
    QTest::newRow("chain without an origin: every point answers")
        << QList<ComparedPath> { pathOf({}, 200, Outcome::Ok, 5, u"origin"_s, u"origin"_s),
                                 hopPath(1, u"10.0.1.9:80"_s, 200, Outcome::Ok, 4, u"origin"_s) }
        << u"along the chain: as addressed: 200 after 5.00 ms; hop 1 (10.0.1.9:80): 200 after 4.00 ms → every point of "
           "the chain answers: nothing to bypass"_s;
    QTest::newRow("both healthy: nothing to bypass") << QList<ComparedPath> {
        pathOf({}, 200, Outcome::Ok, 5, u"origin"_s, u"origin"_s),
        pathOf(u"10.0.3.7:8080"_s, 200, Outcome::Ok, 3, u"origin"_s, u"origin"_s)
    } << u"as addressed: 200 after 5.00 ms; straight to 10.0.3.7:8080: 200 after 3.00 ms → both answer: nothing to bypass"_s;
}

void TestHopChain::compareConcludesWhichHopFailed()
{
    QFETCH(QList<ComparedPath>, paths);
    QFETCH(QString, conclusion);
    QCOMPARE(OriginComparison::conclusion(paths), conclusion);
}

void TestHopChain::compareSendsStraightToTheTypedAddressWithTheSameHost()
{
    RequestSpec request;
    request.url = QUrl(u"https://api.example.com/v1/items"_s);
    request.options.followRedirects = true;
    const Result<RequestSpec> straight = OriginComparison::straightTo(request, u"[::1]:8443"_s);
    QVERIFY(straight);
    QCOMPARE(straight->url, request.url); // same Host and TLS name
    QCOMPARE(straight->options.followRedirects, false); // never to a host nobody typed
    QCOMPARE(straight->options.addressOverrides.size(), 1);
    const AddressOverride &connectTo = straight->options.addressOverrides.first();
    QCOMPARE(connectTo.kind, AddressOverride::Kind::ConnectTo);
    QCOMPARE(connectTo.host, u"api.example.com"_s);
    QCOMPARE(connectTo.port, 443);
    QCOMPARE(connectTo.targetHost, u"::1"_s);
    QCOMPARE(connectTo.targetPort, 8443);
    QCOMPARE(OriginComparison::asAddressed(request).options.followRedirects, false);

    const Result<RequestSpec> bad = OriginComparison::straightTo(request, u"10.0.0.1"_s);
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(u"10.0.0.1"_s), qPrintable(bad.error()));
}

void TestHopChain::aRefusedOriginIsConcludedDownOverRealSockets()
{
    // Given the fault server answering a 502 signed by nginx, and a loopback port nothing listens on
    FaultServer server;
    QVERIFY(server.start(QHostAddress::LocalHost, false));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 refusedPort = closed.serverPort();
    closed.close();
    RequestSpec request;
    request.url = server.url(u"/status?code=502&type=text/html&header=Server: nginx/1.22.1&body=<html><center><h1>502 "
                             "Bad Gateway</h1></center><hr><center>nginx/1.22.1</center></html>"_s);
    // When the request is compared with the refusing "origin"
    const Result<QList<ComparedPath>> paths = OriginComparison::run(
        request, { u"127.0.0.1:%1"_s.arg(refusedPort) }, [](const RequestSpec &r) { return ProbeEngine::run(r); },
        Diagnoser());
    QVERIFY(paths);
    QCOMPARE(paths->size(), 2);
    QCOMPARE(paths->at(0).exchange.response->status, 502);
    QCOMPARE(paths->at(1).exchange.transport.outcome, Outcome::Refused);
    // Then the conclusion says the origin is down and nginx only reported it
    const QString conclusion = OriginComparison::conclusion(paths.value());
    QVERIFY2(conclusion.startsWith(u"through nginx: 502 after "_s), qPrintable(conclusion));
    QVERIFY2(conclusion.endsWith(u"connection refused → the origin is down, nginx only reported it"_s),
             qPrintable(conclusion));
    QVERIFY(OriginComparison::differences(paths->at(0), paths->at(1)).contains(u"outcome"_s));
}

// The same request sent as addressed and straight to the origin, over real sockets: both answer a
// redirect to another host (a second loopback server, an address nobody typed). The request asked
// for redirects to be followed (curl -L), but compare sends nothing there: each path ends at its
// redirect.
void TestHopChain::compareFollowsNoRedirectToAnAddressNobodyTyped()
{
    QTcpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&elsewhere, &QTcpServer::newConnection, &elsewhere, [&] {
        while (QTcpSocket *socket = elsewhere.nextPendingConnection()) {
            ++connections;
            socket->close();
        }
    });
    FaultServer server;
    QVERIFY(server.start(QHostAddress::LocalHost, false));
    RequestSpec request;
    request.url
        = server.url(u"/status?code=302&type=text/plain&body=moved&header=Location:%20http://127.0.0.1:%1/json"_s.arg(
            elsewhere.serverPort()));
    request.options.followRedirects = true;
    const Result<QList<ComparedPath>> paths = OriginComparison::run(
        request, { u"127.0.0.1:%1"_s.arg(server.port()) }, [](const RequestSpec &r) { return ProbeEngine::run(r); },
        Diagnoser());
    QVERIFY(paths);
    QCOMPARE(paths->size(), 2);
    for (const ComparedPath &path : paths.value()) {
        QVERIFY2(path.exchange.response, qPrintable(path.exchange.transport.detail));
        QCOMPARE(path.exchange.response->status, 302);
        QCOMPARE(path.exchange.request.url.port(), int(server.port()));
    }
    QTest::qWait(200); // a connection on its way would have arrived by now
    QCOMPARE(connections, 0);
}

QTEST_GUILESS_MAIN(TestHopChain)
#include "tst_hopchain.moc"
