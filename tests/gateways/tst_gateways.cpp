// Proof of the diagnosis against real gateways: nginx, HAProxy, Apache httpd (mod_proxy), Varnish,
// Squid and Caddy from Debian's packages, each started once in the foreground on a loopback port
// with its own generated config and short timeouts (connect 1 s, read 2 s), in front of the
// fault server. Every row sends one request through a real gateway, asserts what the gateway
// really answered (status line and its signature on the wire) and what the Diagnoser makes of it
// (status, producer layer and product, cause). What was measured and why each row expects what
// it expects: tests/gateways/observations.md.

#include "GatewayProcess.h"
#include "diagnosis/Diagnoser.h"
#include "hops/HopChain.h"
#include "hops/OriginComparison.h"
#include "hops/WaitSplit.h"
#include "lab/FaultServer.h"
#include "logs/LogJoin.h"
#include "logs/LogScan.h"
#include "probe/ProbeEngine.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Gatescope;

namespace {

using Product = GatewayProcess::Product;

// What the row makes the origin (or the gateway's own rules) do.
enum class Condition {
    UpstreamRefused,
    UpstreamRefusedViaForwardProxy, // Squid as a forward proxy, connecting directly
    UpstreamHangs,
    UpstreamClosesEarly,
    UpstreamResets,
    UpstreamSendsGarbage,
    UpstreamSendsBadHeader,
    NoHealthyUpstream,
    RateLimited,
    MaintenancePage,
    OriginStackTrace,
    HtmlInsteadOfJson,
};

QString conditionWords(Condition condition)
{
    switch (condition) {
    case Condition::UpstreamRefused:
        return u"upstream refused"_s;
    case Condition::UpstreamRefusedViaForwardProxy:
        return u"upstream refused (forward proxy)"_s;
    case Condition::UpstreamHangs:
        return u"upstream hangs"_s;
    case Condition::UpstreamClosesEarly:
        return u"upstream closes after 0 bytes"_s;
    case Condition::UpstreamResets:
        return u"upstream resets"_s;
    case Condition::UpstreamSendsGarbage:
        return u"upstream sends garbage"_s;
    case Condition::UpstreamSendsBadHeader:
        return u"upstream sends a header line without ':'"_s;
    case Condition::NoHealthyUpstream:
        return u"no healthy upstream"_s;
    case Condition::RateLimited:
        return u"rate limit"_s;
    case Condition::MaintenancePage:
        return u"origin maintenance page"_s;
    case Condition::OriginStackTrace:
        return u"origin 500 with a stack trace"_s;
    case Condition::HtmlInsteadOfJson:
        return u"HTML instead of JSON"_s;
    }
    return {};
}

// The gateway path that produces the condition (see tests/gateways/configs: /refused/ goes to a
// refusing port, /nohealthy/ to dead servers behind health checks, /ratelimited/ through the
// product's limiter; everything else reaches the fault server unchanged).
QString pathFor(Condition condition)
{
    switch (condition) {
    case Condition::UpstreamRefused:
        return u"/refused/json"_s;
    case Condition::UpstreamRefusedViaForwardProxy:
        return u"/json"_s;
    case Condition::UpstreamHangs:
        return u"/hang"_s;
    case Condition::UpstreamClosesEarly:
        return u"/close-before-any-byte"_s;
    case Condition::UpstreamResets:
        return u"/reset"_s;
    case Condition::UpstreamSendsGarbage:
        return u"/garbage"_s;
    case Condition::UpstreamSendsBadHeader:
        return u"/bad-header"_s;
    case Condition::NoHealthyUpstream:
        return u"/nohealthy/json"_s;
    case Condition::RateLimited:
        return u"/ratelimited/json"_s;
    case Condition::MaintenancePage:
        return u"/maintenance?retry=120"_s;
    case Condition::OriginStackTrace:
        return u"/stacktrace-500"_s;
    case Condition::HtmlInsteadOfJson:
        return u"/html-login"_s;
    }
    return {};
}

// The bytes as they came, printable, for failure messages.
QString printable(const QByteArray &bytes, qsizetype limit = 1500)
{
    QString text;
    for (const char c : bytes.left(limit)) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\r')
            text += u"\\r"_s;
        else if (c == '\n')
            text += u"\\n\n"_s;
        else if (u < 0x20 || u >= 0x7f)
            text += u"\\x%1"_s.arg(u, 2, 16, QLatin1Char('0'));
        else
            text += QLatin1Char(c);
    }
    if (bytes.size() > limit)
        text += u"… (%1 bytes in all)"_s.arg(bytes.size());
    return text;
}

// An upstream on the wrong port: a service that is not HTTP answering what a gateway sends it.
//  - Redis: reads the request as inline commands and answers the first line the way Redis 7
//    answers "GET /path HTTP/1.1" (an error reply), then closes at the "Host:" line as Redis does
//    since 3.2.7 ("Possible SECURITY ATTACK detected", redis/redis#3594).
//  - h2c: an HTTP/2-only server (prior knowledge) answers a request that is not the client
//    preface with its own preface, a SETTINGS frame, then GOAWAY with PROTOCOL_ERROR (RFC 9113
//    §3.4: the server preface is a SETTINGS frame; a bad client preface is a connection error).
// The TLS upstream is the fault server in TLS mode: a real OpenSSL server via QSslSocket.
class WrongPortServer : public QTcpServer
{
public:
    enum class Kind { Redis, H2c };
    explicit WrongPortServer(Kind kind)
        : m_kind(kind)
    {
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    static QByteArray redisAnswer() { return "-ERR unknown command 'GET', with args beginning with: \r\n"; }
    static QByteArray h2cAnswer()
    {
        // SETTINGS (type 4) with MAX_CONCURRENT_STREAMS = 100, then GOAWAY (type 7): last
        // stream 0, PROTOCOL_ERROR (1).
        return QByteArray::fromHex("000006040000000000"
                                   "000300000064")
            + QByteArray::fromHex("000008070000000000"
                                  "0000000000000001");
    }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        if (m_kind == Kind::H2c) {
            socket->write(h2cAnswer());
            socket->disconnectFromHost();
            return;
        }
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            if (socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            socket->write(redisAnswer());
            socket->disconnectFromHost();
        });
    }

    Kind m_kind;
};

// A Go TLS server as the wrong-port upstream: Debian's caddy serving https on a loopback port
// with the lab's certificate. Go's net/http answers a plain HTTP request on a TLS port with
// "HTTP/1.0 400 Bad Request … Client sent an HTTP request to an HTTPS server." (as Traefik, Caddy
// and every Go service do), where OpenSSL sends nothing.
class GoTlsServer
{
public:
    ~GoTlsServer() { stop(); }

    bool start(QString *error)
    {
        const QString caddy = QStandardPaths::findExecutable(u"caddy"_s, { u"/usr/bin"_s, u"/usr/sbin"_s });
        if (caddy.isEmpty()) {
            *error = u"caddy is not installed (Debian package caddy); it is the Go TLS upstream"_s;
            return false;
        }
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost)) {
            *error = u"no free loopback port"_s;
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        const QString dir = m_dir.path();
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir + u'/' + name);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        const QByteArray config = "{\n\tadmin off\n\tauto_https disable_redirects\n\tstorage file_system "
            + dir.toUtf8() + "/data\n}\nhttps://127.0.0.1:" + QByteArray::number(m_port) + " {\n\ttls " + dir.toUtf8()
            + "/cert.pem " + dir.toUtf8() + "/key.pem\n\trespond \"tls upstream\" 200\n}\n";
        if (!write(u"cert.pem"_s, FaultServer::testCertificate().toPem())
            || !write(u"key.pem"_s, FaultServer::testKey().toPem()) || !write(u"Caddyfile"_s, config)) {
            *error = u"cannot write the Go TLS upstream's files into "_s + dir;
            return false;
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : { u"HOME"_s, u"XDG_DATA_HOME"_s, u"XDG_CONFIG_HOME"_s })
            environment.insert(name, dir);
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(caddy, { u"run"_s, u"--config"_s, dir + u"/Caddyfile"_s, u"--adapter"_s, u"caddyfile"_s });
        for (int waited = 0; waited < 10000; waited += 100) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                break;
            QTest::qWait(100);
        }
        *error = u"the Go TLS upstream (caddy) did not start: "_s + QString::fromUtf8(m_process.readAll());
        stop();
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }

    quint16 port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

Q_DECLARE_METATYPE(Condition)

class TestGateways : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void everyGatewayRelaysAHealthyAnswer_data();
    void everyGatewayRelaysAHealthyAnswer();

    void diagnosisNamesTheHopAndTheCauseOfARealGatewaysAnswer_data();
    void diagnosisNamesTheHopAndTheCauseOfARealGatewaysAnswer();

    void gatewayTimeoutArrivesAfterTheConfiguredTimeout_data();
    void gatewayTimeoutArrivesAfterTheConfiguredTimeout();

    void aMissingGatewayBinaryNamesTheDebianPackage_data();
    void aMissingGatewayBinaryNamesTheDebianPackage();

    void aWrongPortUpstreamIsNamedThroughEveryGateway_data();
    void aWrongPortUpstreamIsNamedThroughEveryGateway();

    void aTwoHopChainNamesEachHopTheProducerAndWhatCompareConcludes_data();
    void aTwoHopChainNamesEachHopTheProducerAndWhatCompareConcludes();
    void theWaitSplitAgreesWithEachHopsOwnLog_data();
    void theWaitSplitAgreesWithEachHopsOwnLog();
    void compareThroughTheUsersChainFindsWhereItStartsToFail();

    void theGatewaysOwnLogLinesJoinAndSharpenTheVerdict_data();
    void theGatewaysOwnLogLinesJoinAndSharpenTheVerdict();

private:
    GatewayProcess *gateway(Product product); // started on first use, kept for the whole run
    Exchange send(GatewayProcess *gateway, Condition condition);

    FaultServer m_origin;
    FaultServer m_tlsUpstream; // a TLS server where the gateway expects plain HTTP
    WrongPortServer m_redisUpstream { WrongPortServer::Kind::Redis };
    WrongPortServer m_h2cUpstream { WrongPortServer::Kind::H2c };
    GoTlsServer m_goTlsUpstream;
    QString m_goTlsError;
    GatewayProcess::Upstreams m_upstreams;
    std::map<Product, std::unique_ptr<GatewayProcess>> m_gateways;
    std::map<Product, QString> m_startErrors;
    Diagnoser m_diagnoser;
};

void TestGateways::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // gatescope_add_test sets no_proxy=*, and no_proxy applies to an explicit proxy too (as in
    // curl); the forward-proxy rows must really go through Squid.
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
    QVERIFY2(m_origin.start(QHostAddress::LocalHost, false), qPrintable(m_origin.errorString()));
    m_upstreams.origin = m_origin.port();
    QVERIFY2(m_tlsUpstream.start(QHostAddress::LocalHost, true), qPrintable(m_tlsUpstream.errorString()));
    QVERIFY(m_redisUpstream.listen(QHostAddress::LocalHost));
    QVERIFY(m_h2cUpstream.listen(QHostAddress::LocalHost));
    m_upstreams.tls = m_tlsUpstream.tlsPort();
    m_upstreams.redis = m_redisUpstream.serverPort();
    m_upstreams.h2c = m_h2cUpstream.serverPort();
    if (m_goTlsUpstream.start(&m_goTlsError))
        m_upstreams.tlsGo = m_goTlsUpstream.port();
    m_upstreams.refused = FaultServer::refusingPort();
    m_upstreams.dead = FaultServer::refusingPort();
    m_upstreams.dead2 = FaultServer::refusingPort();
    for (int attempt = 0; attempt < 20
         && (m_upstreams.dead == m_upstreams.refused || m_upstreams.dead2 == m_upstreams.dead
             || m_upstreams.dead2 == m_upstreams.refused);
         ++attempt) {
        m_upstreams.dead = FaultServer::refusingPort();
        m_upstreams.dead2 = FaultServer::refusingPort();
    }
    QVERIFY(m_upstreams.refused && m_upstreams.dead && m_upstreams.dead2);
    QVERIFY2(m_upstreams.dead != m_upstreams.dead2 && m_upstreams.dead != m_upstreams.refused,
             "need three distinct refusing ports");
}

void TestGateways::cleanupTestCase()
{
    for (auto &[product, process] : m_gateways)
        process->stop();
    m_gateways.clear();
    m_origin.stop();
    m_tlsUpstream.stop();
    m_goTlsUpstream.stop();
}

GatewayProcess *TestGateways::gateway(Product product)
{
    if (auto found = m_gateways.find(product); found != m_gateways.end())
        return found->second.get();
    if (m_startErrors.count(product))
        return nullptr;
    auto process = std::make_unique<GatewayProcess>(product);
    if (!process->start(m_upstreams)) {
        m_startErrors[product] = process->errorString();
        return nullptr;
    }
    return m_gateways.emplace(product, std::move(process)).first->second.get();
}

Exchange TestGateways::send(GatewayProcess *gateway, Condition condition)
{
    RequestSpec request;
    request.method = "GET";
    request.headers = { { "Accept", "application/json" }, { "User-Agent", "gatescope-gateway-tests" } };
    request.options.useEnvironmentProxy = false;
    request.options.proxy = u"none"_s;
    request.options.connectTimeoutMs = 5000;
    request.options.firstByteTimeoutMs = 15000;
    request.options.totalTimeoutMs = 30000;
    if (condition == Condition::UpstreamRefusedViaForwardProxy) {
        request.url = QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_upstreams.refused).arg(pathFor(condition)));
        request.options.proxy = u"http://127.0.0.1:%1"_s.arg(gateway->forwardProxyPort());
    } else {
        request.url = gateway->url(pathFor(condition));
    }
    const QList<Exchange> hops = ProbeEngine::run(request);
    return hops.isEmpty() ? Exchange {} : hops.last();
}

// ---------------------------------------------------------------------------------------------

void TestGateways::everyGatewayRelaysAHealthyAnswer_data()
{
    QTest::addColumn<Product>("product");
    for (Product product :
         { Product::Nginx, Product::HAProxy, Product::Apache, Product::Varnish, Product::Squid, Product::Caddy })
        QTest::newRow(qPrintable(u"%1 relays 200 JSON"_s.arg(GatewayProcess::productId(product)))) << product;
}

void TestGateways::everyGatewayRelaysAHealthyAnswer()
{
    QFETCH(Product, product);
    GatewayProcess *gw = gateway(product);
    QVERIFY2(gw, qPrintable(m_startErrors[product]));

    RequestSpec request;
    request.url = gw->url(u"/json"_s);
    request.headers = { { "Accept", "application/json" } };
    request.options.useEnvironmentProxy = false;
    request.options.proxy = u"none"_s;
    request.options.firstByteTimeoutMs = 10000;
    const QList<Exchange> hops = ProbeEngine::run(request);
    QVERIFY(!hops.isEmpty());
    const Exchange &exchange = hops.last();
    QVERIFY2(exchange.response.has_value(),
             qPrintable(u"no response: %1\n%2"_s.arg(exchange.transport.detail, gw->logs())));
    QCOMPARE(exchange.response->status, 200);
    QCOMPARE(exchange.response->contentType(), QByteArray("application/json"));

    const Diagnosis diagnosis = m_diagnoser.diagnose(exchange);
    QCOMPARE(diagnosis.status, 200);
    QCOMPARE(diagnosis.cause, u"none"_s);
}

// ---------------------------------------------------------------------------------------------

void TestGateways::diagnosisNamesTheHopAndTheCauseOfARealGatewaysAnswer_data()
{
    QTest::addColumn<Product>("product");
    QTest::addColumn<Condition>("condition");
    QTest::addColumn<int>("wireStatus"); // status line the gateway sent; 0 = no status line
    QTest::addColumn<QByteArray>("wireMark"); // bytes of the gateway's signature in the raw answer
    QTest::addColumn<int>("status"); // Diagnosis::status
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("producer");
    QTest::addColumn<QString>("cause");

    const auto row = [](Product product, Condition condition, int wireStatus, const QByteArray &wireMark, int status,
                        const QString &layer, const QString &producer, const QString &cause) {
        const QString name = u"%1: %2 → %3 %4 %5"_s.arg(GatewayProcess::productId(product), conditionWords(condition))
                                 .arg(status)
                                 .arg(producer, cause);
        QTest::newRow(qPrintable(name)) << product << condition << wireStatus << wireMark << status << layer << producer
                                        << cause;
    };
    const QString gatewayLayer = u"gateway"_s;
    const QString origin = u"origin"_s;

    // Passed-through origin answers: identical expectations behind every gateway.
    const auto passThrough = [&](Product product) {
        row(product, Condition::MaintenancePage, 503, "Retry-After: 120", 503, origin, origin, u"maintenance"_s);
        row(product, Condition::OriginStackTrace, 500, "java.lang.NullPointerException", 500, origin, origin,
            u"origin.exception"_s);
        row(product, Condition::HtmlInsteadOfJson, 200, "<form", 200, origin, origin, u"origin.unexpected-content"_s);
    };

    // nginx 1.22.1: every immediate 502 is the same page (refused, closed, reset, bad header,
    // no live upstreams); the garbage is relayed as HTTP/0.9 — no status line reaches the client.
    const QString nginx = u"nginx"_s;
    row(Product::Nginx, Condition::UpstreamRefused, 502, "<hr><center>nginx/", 502, gatewayLayer, nginx,
        u"upstream.error"_s);
    row(Product::Nginx, Condition::UpstreamHangs, 504, "504 Gateway Time-out", 504, gatewayLayer, nginx,
        u"upstream.timeout"_s);
    row(Product::Nginx, Condition::UpstreamClosesEarly, 502, "<hr><center>nginx/", 502, gatewayLayer, nginx,
        u"upstream.error"_s);
    row(Product::Nginx, Condition::UpstreamResets, 502, "<hr><center>nginx/", 502, gatewayLayer, nginx,
        u"upstream.error"_s);
    row(Product::Nginx, Condition::UpstreamSendsGarbage, 0, "SSH-2.0-OpenSSH", 502, u"client"_s, u"none"_s,
        u"transport.invalid-response"_s);
    row(Product::Nginx, Condition::UpstreamSendsBadHeader, 502, "<hr><center>nginx/", 502, gatewayLayer, nginx,
        u"upstream.error"_s);
    row(Product::Nginx, Condition::NoHealthyUpstream, 502, "<hr><center>nginx/", 502, gatewayLayer, nginx,
        u"upstream.error"_s);
    row(Product::Nginx, Condition::RateLimited, 503, "503 Service Temporarily Unavailable", 503, gatewayLayer, nginx,
        u"capacity.rate-limited"_s);
    passThrough(Product::Nginx);

    // HAProxy 2.6: a refused connect is retried (retries 3) and answered with the same 503 page as
    // "no server available", ~3 s later; close/reset/garbage/bad header are one 502 page.
    const QString haproxy = u"haproxy"_s;
    row(Product::HAProxy, Condition::UpstreamRefused, 503, "No server is available", 503, gatewayLayer, haproxy,
        u"upstream.refused"_s);
    row(Product::HAProxy, Condition::UpstreamHangs, 504, "The server didn't respond in time.", 504, gatewayLayer,
        haproxy, u"upstream.timeout"_s);
    row(Product::HAProxy, Condition::UpstreamClosesEarly, 502, "invalid or incomplete response", 502, gatewayLayer,
        haproxy, u"upstream.error"_s);
    row(Product::HAProxy, Condition::UpstreamResets, 502, "invalid or incomplete response", 502, gatewayLayer, haproxy,
        u"upstream.error"_s);
    row(Product::HAProxy, Condition::UpstreamSendsGarbage, 502, "invalid or incomplete response", 502, gatewayLayer,
        haproxy, u"upstream.error"_s);
    row(Product::HAProxy, Condition::UpstreamSendsBadHeader, 502, "invalid or incomplete response", 502, gatewayLayer,
        haproxy, u"upstream.error"_s);
    row(Product::HAProxy, Condition::NoHealthyUpstream, 503, "No server is available", 503, gatewayLayer, haproxy,
        u"capacity.no-healthy-upstream"_s);
    row(Product::HAProxy, Condition::RateLimited, 429, "429 Too Many Requests", 429, gatewayLayer, haproxy,
        u"capacity.rate-limited"_s);
    passThrough(Product::HAProxy);

    // Apache 2.4 mod_proxy: a failed connect (and a balancer whose members all refuse — the same
    // bytes) is a 503 whose canned text speaks of "maintenance downtime or capacity problems" — a
    // refused connect, not maintenance; timeout, close and reset are the same "502 Proxy Error"
    // (only the wait tells the timeout); garbage is relayed as a 200 (HTTP/0.9); a bad header is a
    // plain "502 Bad Gateway".
    const QString apache = u"apache"_s;
    row(Product::Apache, Condition::UpstreamRefused, 503, "maintenance downtime or capacity", 503, gatewayLayer, apache,
        u"upstream.refused"_s);
    row(Product::Apache, Condition::UpstreamHangs, 502, "Error reading from remote server", 502, gatewayLayer, apache,
        u"upstream.timeout"_s);
    row(Product::Apache, Condition::UpstreamClosesEarly, 502, "Error reading from remote server", 502, gatewayLayer,
        apache, u"upstream.error"_s);
    row(Product::Apache, Condition::UpstreamResets, 502, "Error reading from remote server", 502, gatewayLayer, apache,
        u"upstream.error"_s);
    row(Product::Apache, Condition::UpstreamSendsGarbage, 200, "SSH-2.0-OpenSSH", 200, gatewayLayer, apache,
        u"upstream.invalid-response"_s); // the relayed bytes name the protocol that answered (SSH)
    row(Product::Apache, Condition::UpstreamSendsBadHeader, 502, "<h1>Bad Gateway</h1>", 502, gatewayLayer, apache,
        u"upstream.invalid-response"_s);
    row(Product::Apache, Condition::NoHealthyUpstream, 503, "maintenance downtime or capacity", 503, gatewayLayer,
        apache, u"upstream.refused"_s);
    // No rate-limit row: Debian 12's apache2 has no request-rate limiter (mod_ratelimit limits
    // bandwidth; mod_qos / mod_evasive are separate packages). See "surprises" in gateways.json.
    passThrough(Product::Apache);

    // Varnish 7.1: every backend failure is "503 Backend fetch failed"; only the wait tells the
    // first-byte timeout apart.
    const QString varnish = u"varnish"_s;
    for (Condition condition :
         { Condition::UpstreamRefused, Condition::UpstreamClosesEarly, Condition::UpstreamResets,
           Condition::UpstreamSendsGarbage, Condition::UpstreamSendsBadHeader, Condition::NoHealthyUpstream })
        row(Product::Varnish, condition, 503, "Backend fetch failed", 503, gatewayLayer, varnish, u"upstream.error"_s);
    row(Product::Varnish, Condition::UpstreamHangs, 503, "Backend fetch failed", 503, gatewayLayer, varnish,
        u"upstream.timeout"_s);
    // No rate-limit row: Debian 12's varnish ships no throttling vmod (vsthrottle is in the
    // separate varnish-modules package). See "surprises" in gateways.json.
    passThrough(Product::Varnish);

    // Squid 5.7: X-Squid-Error names the failure. As a reverse proxy a refusing or dead cache_peer
    // is never tried (ERR_READ_ERROR 0); as a forward proxy a refused connect is ERR_CONNECT_FAIL.
    const QString squid = u"squid"_s;
    row(Product::Squid, Condition::UpstreamRefused, 502, "X-Squid-Error: ERR_READ_ERROR 0", 502, gatewayLayer, squid,
        u"upstream.error"_s);
    row(Product::Squid, Condition::UpstreamRefusedViaForwardProxy, 503, "X-Squid-Error: ERR_CONNECT_FAIL 111", 503,
        gatewayLayer, squid, u"upstream.refused"_s);
    row(Product::Squid, Condition::UpstreamHangs, 504, "X-Squid-Error: ERR_READ_TIMEOUT", 504, gatewayLayer, squid,
        u"upstream.timeout"_s);
    row(Product::Squid, Condition::UpstreamClosesEarly, 502, "X-Squid-Error: ERR_ZERO_SIZE_OBJECT", 502, gatewayLayer,
        squid, u"upstream.closed-early"_s);
    row(Product::Squid, Condition::UpstreamResets, 502, "X-Squid-Error: ERR_READ_ERROR 104", 502, gatewayLayer, squid,
        u"upstream.reset"_s);
    row(Product::Squid, Condition::UpstreamSendsGarbage, 200, "X-Transformed-From: HTTP/0.9", 200, gatewayLayer, squid,
        u"upstream.invalid-response"_s); // the relayed bytes name the protocol that answered (SSH)
    row(Product::Squid, Condition::UpstreamSendsBadHeader, 502, "X-Squid-Error: ERR_INVALID_RESP", 502, gatewayLayer,
        squid, u"upstream.invalid-response"_s);
    row(Product::Squid, Condition::NoHealthyUpstream, 502, "X-Squid-Error: ERR_READ_ERROR 0", 502, gatewayLayer, squid,
        u"upstream.error"_s);
    row(Product::Squid, Condition::RateLimited, 503, "X-Squid-Error: 503:ERR_ACCESS_DENIED", 503, gatewayLayer, squid,
        u"capacity.rate-limited"_s);
    passThrough(Product::Squid);

    // Caddy 2.6.2: empty-bodied 502 for every transport error, 504 for timeouts, 503 when the
    // health checks leave no upstream.
    const QString caddy = u"caddy"_s;
    for (Condition condition : { Condition::UpstreamRefused, Condition::UpstreamClosesEarly, Condition::UpstreamResets,
                                 Condition::UpstreamSendsGarbage, Condition::UpstreamSendsBadHeader })
        row(Product::Caddy, condition, 502, "Server: Caddy", 502, gatewayLayer, caddy, u"upstream.error"_s);
    row(Product::Caddy, Condition::UpstreamHangs, 504, "Server: Caddy", 504, gatewayLayer, caddy,
        u"upstream.timeout"_s);
    row(Product::Caddy, Condition::NoHealthyUpstream, 503, "Server: Caddy", 503, gatewayLayer, caddy,
        u"capacity.no-healthy-upstream"_s);
    // No rate-limit row: Debian 12's caddy 2.6.2 has no rate_limit handler (a third-party plugin
    // built in with xcaddy). See "surprises" in gateways.json.
    passThrough(Product::Caddy);
}

void TestGateways::diagnosisNamesTheHopAndTheCauseOfARealGatewaysAnswer()
{
    QFETCH(Product, product);
    QFETCH(Condition, condition);
    QFETCH(int, wireStatus);
    QFETCH(QByteArray, wireMark);
    QFETCH(int, status);
    QFETCH(QString, layer);
    QFETCH(QString, producer);
    QFETCH(QString, cause);

    GatewayProcess *gw = gateway(product);
    QVERIFY2(gw, qPrintable(m_startErrors[product]));

    std::unique_ptr<QTcpSocket> heldConnection;
    if (condition == Condition::NoHealthyUpstream) {
        // Health checks need a moment to mark the dead servers down; nginx marks them on the
        // first failed request, so one request goes first.
        if (gw->uptimeMs() < 1500)
            QTest::qWait(int(1500 - gw->uptimeMs()));
        send(gw, condition);
    } else if (condition == Condition::RateLimited) {
        // The first request is allowed; a second one (from a client that still holds a
        // connection, for Squid's maxconn) is over the limit.
        send(gw, condition);
        heldConnection = std::make_unique<QTcpSocket>();
        heldConnection->connectToHost(QHostAddress::LocalHost, gw->port());
        QVERIFY(heldConnection->waitForConnected(3000));
        QTest::qWait(100);
    }

    const Exchange exchange = send(gw, condition);
    const QString wire = printable(exchange.rawResponse);
    const QString context = u"\nraw answer from %1:\n%2\ntransport: %3 (%4)\ngateway logs:\n%5"_s.arg(
        GatewayProcess::productId(product), wire, outcomeId(exchange.transport.outcome), exchange.transport.detail,
        gw->logs().right(3000));

    // What the real gateway sent.
    if (wireStatus == 0) {
        QVERIFY2(!exchange.response.has_value() || !exchange.rawResponse.startsWith("HTTP/"),
                 qPrintable(u"expected no status line"_s + context));
    } else {
        QVERIFY2(exchange.response.has_value(), qPrintable(u"expected a response"_s + context));
        QVERIFY2(exchange.response->status == wireStatus,
                 qPrintable(u"expected status %1, got %2"_s.arg(wireStatus).arg(exchange.response->status) + context));
    }
    QVERIFY2(exchange.rawResponse.toLower().contains(wireMark.toLower()),
             qPrintable(u"expected '%1' in the answer"_s.arg(QString::fromLatin1(wireMark)) + context));

    // What Gatescope makes of it.
    const Diagnosis diagnosis = m_diagnoser.diagnose(exchange);
    const QString verdict
        = u"\ndiagnosis: status %1%2, %3/%4 (%5), cause %6, leaf %7\nsummary: %8\npath: %9"_s.arg(diagnosis.status)
              .arg(diagnosis.predicted ? u" (predicted)"_s : QString())
              .arg(diagnosis.producer.layer, diagnosis.producer.product)
              .arg(diagnosis.producer.confidence)
              .arg(diagnosis.cause, diagnosis.leaf, diagnosis.summary)
              .arg([&] {
                  QStringList nodes;
                  for (const PathStep &step : diagnosis.path)
                      nodes << step.node + u" ["_s + step.decidedBy.join(u"; "_s) + u"]"_s;
                  return nodes.join(u" → "_s);
              }());
    QVERIFY2(diagnosis.status == status, qPrintable(u"status"_s + verdict + context));
    QVERIFY2(diagnosis.predicted == !exchange.response.has_value(), qPrintable(u"predicted"_s + verdict + context));
    QVERIFY2(diagnosis.producer.layer == layer, qPrintable(u"producer layer, expected "_s + layer + verdict + context));
    QVERIFY2(diagnosis.producer.product == producer,
             qPrintable(u"producer product, expected "_s + producer + verdict + context));
    QVERIFY2(diagnosis.cause == cause, qPrintable(u"cause, expected "_s + cause + verdict + context));
    QVERIFY2(!diagnosis.checklist.items.isEmpty(), qPrintable(u"the leaf has no checklist"_s + verdict));
}

// ---------------------------------------------------------------------------------------------

void TestGateways::gatewayTimeoutArrivesAfterTheConfiguredTimeout_data()
{
    QTest::addColumn<Product>("product");
    QTest::addColumn<double>("minimumMs");
    QTest::addColumn<double>("maximumMs");
    // Every config sets a 2 s read timeout.
    QTest::newRow("nginx: proxy_read_timeout 2s") << Product::Nginx << 1900.0 << 2600.0;
    QTest::newRow("haproxy: timeout server 2s") << Product::HAProxy << 1900.0 << 2600.0;
    QTest::newRow("apache: ProxyTimeout 2") << Product::Apache << 1900.0 << 2600.0;
    QTest::newRow("varnish: first_byte_timeout 2s") << Product::Varnish << 1900.0 << 2600.0;
    // Squid does not arm a timer per read: it checks its connection timeouts about once a second,
    // so the 2 s read_timeout fires up to a second or two late; on a loaded 2-core machine 3.6 s
    // was too tight (a flaky row), hence 4.5 s. Its timeouts are kept in whole seconds of its
    // clock, so one armed late in a second fires up to a second early too (1821 ms seen): 1 s.
    QTest::newRow("squid: read_timeout 2 seconds") << Product::Squid << 1000.0 << 4500.0;
    QTest::newRow("caddy: response_header_timeout 2s") << Product::Caddy << 1900.0 << 2600.0;
}

void TestGateways::gatewayTimeoutArrivesAfterTheConfiguredTimeout()
{
    QFETCH(Product, product);
    QFETCH(double, minimumMs);
    QFETCH(double, maximumMs);
    GatewayProcess *gw = gateway(product);
    QVERIFY2(gw, qPrintable(m_startErrors[product]));

    const Exchange exchange = send(gw, Condition::UpstreamHangs);
    QVERIFY2(exchange.response.has_value(), qPrintable(exchange.transport.detail));
    QVERIFY2(exchange.timings.wait >= minimumMs && exchange.timings.wait <= maximumMs,
             qPrintable(u"wait %1 ms, expected %2–%3 ms"_s.arg(exchange.timings.wait).arg(minimumMs).arg(maximumMs)));
    // The diagnosis must see that the wait matched a timeout.
    const Diagnosis diagnosis = m_diagnoser.diagnose(exchange);
    QVERIFY2(diagnosis.cause == u"upstream.timeout"_s,
             qPrintable(u"cause %1 (%2)"_s.arg(diagnosis.cause, diagnosis.summary)));
}

// ---------------------------------------------------------------------------------------------

void TestGateways::aMissingGatewayBinaryNamesTheDebianPackage_data()
{
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("package");
    QTest::newRow("nginx → nginx-light") << Product::Nginx << u"nginx-light"_s;
    QTest::newRow("haproxy → haproxy") << Product::HAProxy << u"haproxy"_s;
    QTest::newRow("apache2 → apache2") << Product::Apache << u"apache2"_s;
    QTest::newRow("varnishd → varnish") << Product::Varnish << u"varnish"_s;
    QTest::newRow("squid → squid") << Product::Squid << u"squid"_s;
    QTest::newRow("caddy → caddy") << Product::Caddy << u"caddy"_s;
}

void TestGateways::aMissingGatewayBinaryNamesTheDebianPackage()
{
    QFETCH(Product, product);
    QFETCH(QString, package);
    const QTemporaryDir empty;
    QVERIFY(empty.isValid());
    GatewayProcess process(product);
    process.setBinarySearchPaths({ empty.path() });
    QVERIFY(!process.start(m_upstreams, 2000));
    QVERIFY(!process.isRunning());
    QVERIFY2(process.errorString().contains(u"Debian package '%1'"_s.arg(package)), qPrintable(process.errorString()));
    QVERIFY2(process.errorString().contains(GatewayProcess::binaryName(product)), qPrintable(process.errorString()));
}

// ---------------------------------------------------------------------------------------------
// The wrong port: the gateway's upstream is a service that does not speak HTTP/1.1. What each
// real gateway made of it is in tests/gateways/observations.md ("Wrong-port upstreams").

void TestGateways::aWrongPortUpstreamIsNamedThroughEveryGateway_data()
{
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("kind"); // redis, tls, h2c: the route /wrongport/<kind>/
    QTest::addColumn<int>("wireStatus"); // the gateway's status line; 0 = none reached the client
    QTest::addColumn<QByteArray>("wireMark"); // in the raw answer (empty: no byte arrived)
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("producer");
    QTest::addColumn<QString>("protocol"); // named in the summary, or empty when no byte of it arrives
    QTest::addColumn<QString>("knownGap"); // why the verdict is not yet the one the bytes support

    const auto row = [](Product product, const QString &kind, int wireStatus, const QByteArray &wireMark,
                        const QString &cause, const QString &layer, const QString &producer, const QString &protocol,
                        const QString &knownGap = QString()) {
        const QString name = u"%1: %2 upstream → %3 %4"_s.arg(
            GatewayProcess::productId(product), kind, wireStatus ? QString::number(wireStatus) : u"no status"_s, cause);
        QTest::newRow(qPrintable(name)) << product << kind << wireStatus << wireMark << cause << layer << producer
                                        << protocol << knownGap;
    };
    const QString gw = u"gateway"_s;
    const QString redis = u"Redis"_s;
    // The TLS upstream is OpenSSL (via QSslSocket): to a plain HTTP request it sends no byte at all
    // (ssl3_get_record: "http request") and closes, so every gateway reports an empty upstream
    // answer and no TLS byte reaches the client: the honest verdict is the gateway's generic one.
    // nginx 1.22.1 relays a non-HTTP answer raw (HTTP/0.9): the client gets Redis's bytes and no
    // sign of nginx; to the h2c frames ("upstream sent no valid HTTP/1.0 header") it closes with
    // no byte at all.
    row(Product::Nginx, u"redis"_s, 0, "-ERR unknown command", u"transport.invalid-response"_s, u"client"_s, u"none"_s,
        redis);
    row(Product::Nginx, u"tls"_s, 502, "Server: nginx", u"upstream.error"_s, gw, u"nginx"_s, QString());
    row(Product::Nginx, u"h2c"_s, 0, QByteArray(), u"transport.closed-early"_s, u"client"_s, u"none"_s, QString());
    // HAProxy 2.6: one 502 page for all three ("invalid or incomplete response"), unlike its 503
    // for a refused connect.
    for (const char *kind : { "redis", "tls", "h2c" })
        row(Product::HAProxy, QString::fromLatin1(kind), 502, "invalid or incomplete response", u"upstream.error"_s, gw,
            u"haproxy"_s, QString());
    // Apache 2.4: wraps Redis's line in a 200 (HTTP/0.9); the binary h2c frames and the silent TLS
    // close are "Error reading from remote server" (502, unlike its 503 for a refused connect).
    row(Product::Apache, u"redis"_s, 200, "-ERR unknown command", u"upstream.invalid-response"_s, gw, u"apache"_s,
        redis);
    for (const char *kind : { "tls", "h2c" })
        row(Product::Apache, QString::fromLatin1(kind), 502, "Error reading from remote server", u"upstream.error"_s,
            gw, u"apache"_s, QString());
    // Varnish 7.1: "503 Backend fetch failed" for each, as for every backend failure.
    for (const char *kind : { "redis", "tls", "h2c" })
        row(Product::Varnish, QString::fromLatin1(kind), 503, "Backend fetch failed", u"upstream.error"_s, gw,
            u"varnish"_s, QString());
    // Squid 5.7: wraps Redis's line and the h2c frames in 200 with X-Transformed-From: HTTP/0.9; the
    // silent TLS close is ERR_ZERO_SIZE_OBJECT.
    row(Product::Squid, u"redis"_s, 200, "X-Transformed-From: HTTP/0.9", u"upstream.invalid-response"_s, gw, u"squid"_s,
        redis);
    row(Product::Squid, u"tls"_s, 502, "ERR_ZERO_SIZE_OBJECT", u"upstream.closed-early"_s, gw, u"squid"_s, QString());
    row(Product::Squid, u"h2c"_s, 200, "X-Transformed-From: HTTP/0.9", u"upstream.invalid-response"_s, gw, u"squid"_s,
        u"HTTP/2"_s); // Squid ends the wrapped h2c answer without its last chunk: transport.wrong-protocol.relayed
    // A Go TLS server (caddy) answers the plain request with its own "HTTP/1.0 400 Bad Request …
    // Client sent an HTTP request to an HTTPS server.", and every gateway relays that 400 (HAProxy
    // verbatim, without a header of its own). The bytes name the mistake exactly (plain HTTP to a
    // TLS port): the protocol sniffer reads that body as a TLS port's answer.
    const QByteArray goTlsBody = "Client sent an HTTP request to an HTTPS server.";
    const QString tls = u"TLS|HTTPS"_s;
    row(Product::Nginx, u"tls-go"_s, 400, goTlsBody, u"upstream.invalid-response"_s, gw, u"nginx"_s, tls);
    row(Product::HAProxy, u"tls-go"_s, 400, goTlsBody, u"transport.invalid-response"_s, u"client"_s, u"none"_s, tls);
    row(Product::Apache, u"tls-go"_s, 400, goTlsBody, u"upstream.invalid-response"_s, gw, u"apache"_s, tls);
    row(Product::Varnish, u"tls-go"_s, 400, goTlsBody, u"upstream.invalid-response"_s, gw, u"varnish"_s, tls);
    row(Product::Squid, u"tls-go"_s, 400, goTlsBody, u"upstream.invalid-response"_s, gw, u"squid"_s, tls);
    row(Product::Caddy, u"tls-go"_s, 400, goTlsBody, u"upstream.invalid-response"_s, gw, u"caddy"_s, tls);
    // Caddy 2.6: the same empty 502 as for a refused connect.
    for (const char *kind : { "redis", "tls", "h2c" })
        row(Product::Caddy, QString::fromLatin1(kind), 502, "Server: Caddy", u"upstream.error"_s, gw, u"caddy"_s,
            QString());
}

void TestGateways::aWrongPortUpstreamIsNamedThroughEveryGateway()
{
    QFETCH(Product, product);
    QFETCH(QString, kind);
    QFETCH(int, wireStatus);
    QFETCH(QByteArray, wireMark);
    QFETCH(QString, cause);
    QFETCH(QString, layer);
    QFETCH(QString, producer);
    QFETCH(QString, protocol);
    QFETCH(QString, knownGap);

    if (kind == u"tls-go"_s && !m_upstreams.tlsGo)
        QFAIL(qPrintable(m_goTlsError));
    GatewayProcess *gw = gateway(product);
    QVERIFY2(gw, qPrintable(m_startErrors[product]));
    RequestSpec request;
    request.url = gw->url(u"/wrongport/%1/x"_s.arg(kind));
    request.headers = { { "Accept", "application/json" }, { "User-Agent", "gatescope-gateway-tests" } };
    request.options.useEnvironmentProxy = false;
    request.options.proxy = u"none"_s;
    request.options.connectTimeoutMs = 5000;
    request.options.firstByteTimeoutMs = 15000;
    request.options.totalTimeoutMs = 30000;
    const QList<Exchange> hops = ProbeEngine::run(request);
    QVERIFY(!hops.isEmpty());
    const Exchange exchange = hops.last();
    const Diagnosis diagnosis = m_diagnoser.diagnose(exchange);
    QStringList steps;
    for (const PathStep &step : diagnosis.path)
        steps << step.node + u" ["_s + step.decidedBy.join(u"; "_s) + u"]"_s;
    const QString context
        = u"\nraw answer:\n%1\ntransport: %2 (%3)\ndiagnosis: %4 %5/%6 cause %7\nsummary: %8\npath: %9\ngateway logs:\n%10"_s
              .arg(printable(exchange.rawResponse), outcomeId(exchange.transport.outcome), exchange.transport.detail)
              .arg(diagnosis.status)
              .arg(diagnosis.producer.layer, diagnosis.producer.product, diagnosis.cause, diagnosis.summary,
                   steps.join(u" → "_s), gw->logs().right(2000));

    // nginx relays the h2c frames raw (HTTP/0.9) when it has read them before the upstream closes,
    // and sends nothing when the close comes first: both happen on loopback, depending on timing.
    if (product == Product::Nginx && kind == u"h2c" && !exchange.rawResponse.isEmpty()) {
        QVERIFY2(exchange.rawResponse.startsWith(QByteArray("\x00\x00", 2)),
                 qPrintable(u"expected the h2c frames relayed raw"_s + context));
        QVERIFY2(diagnosis.cause == u"transport.invalid-response" && diagnosis.summary.contains(u"HTTP/2"_s),
                 qPrintable(u"expected the raw h2c frames named as HTTP/2"_s + context));
        return;
    }
    // What the real gateway sent.
    if (wireStatus == 0) {
        QVERIFY2(!exchange.rawResponse.startsWith("HTTP/"), qPrintable(u"expected no status line"_s + context));
    } else {
        QVERIFY2(exchange.response && exchange.response->status == wireStatus,
                 qPrintable(u"expected status %1"_s.arg(wireStatus) + context));
    }
    if (wireMark.isEmpty())
        QVERIFY2(exchange.rawResponse.isEmpty(), qPrintable(u"expected no byte"_s + context));
    else
        QVERIFY2(exchange.rawResponse.toLower().contains(wireMark.toLower()),
                 qPrintable(u"expected '%1' in the answer"_s.arg(QString::fromLatin1(wireMark)) + context));

    // What Gatescope makes of it.
    if (!knownGap.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownGap), Continue);
    QVERIFY2(diagnosis.cause == cause && diagnosis.producer.layer == layer && diagnosis.producer.product == producer,
             qPrintable(u"expected %1 by %2/%3"_s.arg(cause, layer, producer) + context));
    if (!protocol.isEmpty()) {
        const QStringList names = protocol.split(u'|');
        const bool named = std::any_of(names.cbegin(), names.cend(),
                                       [&](const QString &name) { return diagnosis.summary.contains(name); });
        if (!knownGap.isEmpty() && !named)
            QEXPECT_FAIL("", qPrintable(knownGap), Continue);
        QVERIFY2(named, qPrintable(u"the protocol is not named"_s + context));
    }
    QVERIFY2(!diagnosis.checklist.items.isEmpty(), qPrintable(u"the leaf has no checklist"_s + context));
}

// ---------------------------------------------------------------------------------------------
// The gateways' own log lines: every gateway writes its error and access logs into the test's
// folder (configs/*: nginx error.log + access-upstreams.log, Apache error.log + access.log, Squid
// access-errors.log + cache.log, HAProxy and Caddy on stderr = process.log, Varnish through
// `varnishlog -d`). For each failure the lines it wrote are parsed, joined to the exchange, and the
// verdict with them is at least as specific as without (a generic upstream.error becomes the cause
// the line names).

namespace {

bool isGeneric(const QString &cause)
{
    return cause == u"upstream.error" || cause == u"unknown";
}

QStringList logFilesOf(GatewayProcess *gw)
{
    const QString dir = gw->directory();
    switch (gw->product()) {
    case Product::Nginx:
        return { dir + u"/error.log"_s, dir + u"/access-upstreams.log"_s };
    case Product::Apache:
        return { dir + u"/error.log"_s, dir + u"/access.log"_s };
    case Product::Squid:
        return { dir + u"/access-errors.log"_s, dir + u"/cache.log"_s };
    case Product::HAProxy:
    case Product::Caddy:
        return { dir + u"/process.log"_s };
    case Product::Varnish: {
        // varnishlog reads the shared memory log of the running varnishd (-n DIR/varnish).
        QProcess varnishlog;
        varnishlog.setStandardOutputFile(dir + u"/varnishlog.txt"_s);
        varnishlog.start(u"varnishlog"_s, { u"-d"_s, u"-n"_s, dir + u"/varnish"_s });
        varnishlog.waitForFinished(10000);
        return { dir + u"/varnishlog.txt"_s };
    }
    }
    return {};
}

} // namespace

// Two real hops on loopback: Varnish in front of nginx, HAProxy in front of Apache, Caddy in front
// of Squid, each in front of the fault server (or of a port that refuses). The chain read from the
// answer names the hops that left a trace and marks the one that made it (nginx and Caddy leave
// only a Server field, so their place next to a Via hop is not proven and the chain is compared as
// a set); the origin's Server-Timing splits the wait; compare (the same request straight to the
// origin, same Host) concludes which hop failed.
void TestGateways::aTwoHopChainNamesEachHopTheProducerAndWhatCompareConcludes_data()
{
    QTest::addColumn<Product>("outerProduct");
    QTest::addColumn<Product>("innerProduct");
    QTest::addColumn<bool>("originUp");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("conclusionEnd");

    QTest::newRow("Varnish → nginx → origin with Server-Timing: 200, the origin answered")
        << Product::Varnish << Product::Nginx << true
        << u"/delay?ms=20&code=200&type=application/json&body=%7B%7D&timing=app"_s << 200
        << u"nginx, origin*, varnish"_s << u"both answer: nothing to bypass"_s;
    QTest::newRow("Varnish → nginx → refused origin: nginx made the 502, the origin is down")
        << Product::Varnish << Product::Nginx << false << u"/json"_s << 502 << u"nginx*, varnish"_s
        << u"connection refused → the origin is down, nginx only reported it"_s;
    // nginx waits 1 s for this path (tests/gateways/configs/nginx.conf), Varnish in front 2 s, the
    // origin answers after 1.5 s: nginx's 504 reaches the client, straight to the origin the same
    // request is answered, later than nginx waited.
    QTest::newRow("Varnish → nginx (waits 1 s) → slow origin (1.5 s): nginx made the 504, the origin is slow")
        << Product::Varnish << Product::Nginx << true << u"/slow-first-byte?ms=1500"_s << 504 << u"nginx*, varnish"_s
        << u"→ the origin is slow: it answers, but after 1.… s, and nginx gave up after 1.… s — give nginx a "
           "longer timeout or make the origin faster"_s;
    // HAProxy adds nothing to a relayed answer (no Via, no Server): the chain cannot see it and
    // says only what the answer shows — Apache made the 503.
    QTest::newRow("HAProxy → Apache → refused origin: HAProxy unseen, Apache made the 503")
        << Product::HAProxy << Product::Apache << false << u"/json"_s << 503 << u"apache*"_s
        << u"connection refused → the origin is down, Apache httpd (mod_proxy) only reported it"_s;
    QTest::newRow("HAProxy → Apache → origin with Server-Timing: 200, the origin answered")
        << Product::HAProxy << Product::Apache << true
        << u"/delay?ms=20&code=200&type=application/json&body=%7B%7D&timing=app"_s << 200 << u"apache, origin*"_s
        << u"both answer: nothing to bypass"_s;
    // Apache waits 1 s for this path (tests/gateways/configs/apache2.conf), HAProxy in front 2 s.
    // Apache answers a read timeout with its 502 Proxy Error, not 504 (observations.md).
    QTest::newRow("HAProxy → Apache (waits 1 s) → slow origin (1.5 s): Apache made the 502, the origin is slow")
        << Product::HAProxy << Product::Apache << true << u"/slow-first-byte?ms=1500"_s << 502 << u"apache*"_s
        << u"→ the origin is slow: it answers, but after 1.… s, and Apache httpd (mod_proxy) gave up after 1.… s — "
           "give Apache httpd (mod_proxy) a longer timeout or make the origin faster"_s;
    // Caddy adds a Server field of its own beside Squid's, but no Via: which of the two stands in
    // front is not proven by the headers (Caddy's place is marked "position"); the set and the
    // producer are.
    QTest::newRow("Caddy → Squid → refused origin: Squid made the 502, Caddy's place unproven")
        << Product::Caddy << Product::Squid << false << u"/json"_s << 502 << u"caddy, squid*"_s
        << u"connection refused → the origin is down, Squid only reported it"_s;
    QTest::newRow("Caddy → Squid → origin with Server-Timing: 200, the origin answered")
        << Product::Caddy << Product::Squid << true
        << u"/delay?ms=20&code=200&type=application/json&body=%7B%7D&timing=app"_s << 200 << u"caddy, origin*, squid"_s
        << u"both answer: nothing to bypass"_s;
    // Squid waits 2 s for any origin (read_timeout, tests/gateways/configs/squid.conf). It checks its
    // timeouts when its event loop wakes, about once a second on an idle Squid but later on a busy
    // machine (the other rows saw 1 to 4.5 s), and an origin's late answer wakes it too: then its 504
    // and the answer meet (seen with origins of 2.5 and 3.5 s). The origin answers after 8 s, so Squid
    // has given up long before; Caddy in front waits 12 s on this path.
    QTest::newRow("Caddy → Squid (waits 2 s) → slow origin (8 s): Squid made the 504, the origin is slow")
        << Product::Caddy << Product::Squid << true << u"/slow-first-byte?ms=8000"_s << 504 << u"caddy, squid*"_s
        << u"→ the origin is slow: it answers, but after 8.… s, and Squid gave up after ….… s — give Squid a longer "
           "timeout or make the origin faster"_s;
}

void TestGateways::aTwoHopChainNamesEachHopTheProducerAndWhatCompareConcludes()
{
    QFETCH(Product, outerProduct);
    QFETCH(Product, innerProduct);
    QFETCH(bool, originUp);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, chain);
    QFETCH(QString, conclusionEnd);

    // The inner hop in front of the origin (or of a refusing port), the outer hop in front of it.
    GatewayProcess::Upstreams inner = m_upstreams;
    if (!originUp)
        inner.origin = m_upstreams.refused;
    GatewayProcess innerHop(innerProduct);
    QVERIFY2(innerHop.start(inner), qPrintable(innerHop.errorString()));
    GatewayProcess::Upstreams outer = m_upstreams;
    outer.origin = innerHop.port();
    GatewayProcess outerHop(outerProduct);
    QVERIFY2(outerHop.start(outer), qPrintable(outerHop.errorString()));

    RequestSpec request;
    request.url = outerHop.url(path);
    request.headers = { { "Accept", "application/json" }, { "User-Agent", "gatescope-gateway-tests" } };
    request.options.useEnvironmentProxy = false;
    request.options.proxy = u"none"_s;
    request.options.firstByteTimeoutMs = 15000;
    const QString origin = u"127.0.0.1:%1"_s.arg(inner.origin);
    const Result<QList<ComparedPath>> paths = OriginComparison::run(
        request, { origin }, [](const RequestSpec &r) { return ProbeEngine::run(r); }, m_diagnoser);
    QVERIFY(paths);
    const ComparedPath &addressed = paths->first();
    QVERIFY2(addressed.exchange.response, qPrintable(addressed.exchange.transport.detail + u'\n' + outerHop.logs()));
    QCOMPARE(addressed.exchange.response->status, status);

    const HopChain built = HopChain::build(addressed.exchange, addressed.diagnosis);
    QStringList products;
    bool orderProven = true;
    for (const Hop &hop : built.hops) {
        products.append(hop.product + (hop.producer ? u"*"_s : QString()));
        orderProven = orderProven && (hop.order == u"via" || hop.layer == u"origin" || built.hops.size() == 1);
    }
    // A chain whose order the headers do not prove is compared as a set ("a, b*").
    QString got = products.join(u" > "_s);
    if (!orderProven) {
        products.sort();
        got = products.join(u", "_s);
    }
    QVERIFY2(got == chain,
             qPrintable(u"expected %1, got %2 from:\n%3"_s.arg(chain, got, printable(addressed.exchange.rawResponse))));

    if (originUp && status == 200) {
        // The origin's own Server-Timing is the last part of the wait; the rest is in front of it.
        const WaitSplit split = WaitSplit::build(addressed.exchange, built);
        QVERIFY2(split.segments.size() == 2, qPrintable(u"%1 segments"_s.arg(split.segments.size())));
        // (the origin really waits 20 ms and says how long it took; HAProxy writes header names in lower case)
        QVERIFY2(split.segments.last().ms >= 20.0, qPrintable(split.segments.last().source));
        QVERIFY2(split.segments.last().source.startsWith(u"Server-Timing: app;dur="_s, Qt::CaseInsensitive),
                 qPrintable(split.segments.last().source));
        QVERIFY(std::abs(split.segments.first().ms + split.segments.last().ms - addressed.exchange.timings.wait)
                < 1e-6);
    }
    const QString conclusion = OriginComparison::conclusion(paths.value());
    qInfo("%s", qPrintable(conclusion));
    // "1.…": a time measured here, its digits after the point left open (a loaded machine adds tens of ms).
    QStringList parts = conclusionEnd.split(u'…');
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    const QString pattern = parts.join(u"\\d*"_s) + u'$';
    QVERIFY2(QRegularExpression(pattern).match(conclusion).hasMatch(), qPrintable(conclusion));
    outerHop.stop();
    innerHop.stop();
}

// The wait split against what the hops themselves logged for the same request, for each two-hop
// chain: an origin that really waits 40 ms and reports the time it took in Server-Timing
// (timing=app), behind an inner hop, behind an outer hop. The split puts the origin's time behind
// the inner hop and the rest in front. The inner hop's own log must give the part behind it within
// 1 ms:
//  - nginx: upstream_header_time less upstream_connect_time (from its connection to the origin
//    being open to the origin's header; whole ms);
//  - Apache httpd: %^FB (from reading the request to writing the answer's first byte; µs);
//  - Squid: %<pt (from sending the request to the origin to the answer's last byte; whole ms; the
//    request told by an X-Gatescope-Attempt header, as Squid logs URLs without their query).
// The outer hop's own log must give the client's send + wait within 1 ms:
//  - Varnish: SessOpen to the request's Timestamp Process in its shared-memory log (from accepting
//    the client's connection to the answer ready to go out; µs);
//  - HAProxy: TR + Tw + Tc + Tr of its HTTP log line (from the request's first byte to the server's
//    answer header; whole ms);
//  - Caddy: the access log's duration (from handling the request to having answered it; ns).
// Seven requests per chain; the median difference is held to 1 ms (a busy shared machine delays a
// process now and then; every difference is printed).
namespace {

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The inner hop's time behind it for request n, in ms; -1 while its line is not written (the line is
// written once the answer is out, a moment after the client may have it).
double loggedBehindInnerHop(const GatewayProcess &inner, int n, QString *line)
{
    QRegularExpressionMatch logged;
    switch (inner.product()) {
    case Product::Nginx:
        // uct="0.000" uht="0.041"
        logged = QRegularExpression(u"&n=%1 [^\n]* uct=\"([0-9.]+)\" uht=\"([0-9.]+)\""_s.arg(n))
                     .match(fileText(inner.directory() + u"/access-upstreams.log"_s));
        if (!logged.hasMatch())
            return -1;
        *line = logged.captured(0);
        return (logged.captured(2).toDouble() - logged.captured(1).toDouble()) * 1000.0;
    case Product::Apache:
        logged = QRegularExpression(u"&n=%1 HTTP/1.1\" ttfb_us=(\\d+)"_s.arg(n))
                     .match(fileText(inner.directory() + u"/access-timing.log"_s));
        if (!logged.hasMatch())
            return -1;
        *line = logged.captured(0);
        return logged.captured(1).toDouble() / 1000.0;
    case Product::Squid:
        logged = QRegularExpression(u"attempt=%1 peer_ms=(\\d+)"_s.arg(n))
                     .match(fileText(inner.directory() + u"/access-timing.log"_s));
        if (!logged.hasMatch())
            return -1;
        *line = logged.captured(0);
        return logged.captured(1).toDouble();
    default:
        return -1;
    }
}

// The outer hop's time from the client's request to the answer it passes on, for request n, in ms;
// -1 while its line is not written.
double loggedByOuterHop(const GatewayProcess &outer, int n, QString *line)
{
    switch (outer.product()) {
    case Product::Varnish: {
        // The session's SessOpen time stamp (absolute) and the request's Timestamp Process.
        QProcess varnishlog;
        varnishlog.start(u"varnishlog"_s,
                         { u"-d"_s, u"-g"_s, u"session"_s, u"-q"_s, u"ReqURL ~ \"&n=%1$\""_s.arg(n), u"-n"_s,
                           outer.directory() + u"/varnish"_s });
        if (!varnishlog.waitForFinished(10000))
            return -1;
        const QString text = QString::fromUtf8(varnishlog.readAllStandardOutput());
        const QRegularExpressionMatch opened
            = QRegularExpression(u"SessOpen\\s+\\S+ \\d+ \\S+ \\S+ \\d+ ([0-9.]+) "_s).match(text);
        // The client request's line (two dashes; its backend request's have three).
        const QRegularExpressionMatch delivered
            = QRegularExpression(u"^--\\s+Timestamp\\s+Process: ([0-9.]+) "_s, QRegularExpression::MultilineOption)
                  .match(text);
        if (!opened.hasMatch() || !delivered.hasMatch())
            return -1;
        *line = opened.captured(0) + u" … "_s + delivered.captured(0);
        return (delivered.captured(1).toDouble() - opened.captured(1).toDouble()) * 1000.0;
    }
    case Product::HAProxy: {
        // "… fe origin/origin 0/0/0/41/41 200 … "GET /delay?…&n=3 HTTP/1.1""
        const QRegularExpressionMatch logged
            = QRegularExpression(u" (-?\\d+)/(-?\\d+)/(-?\\d+)/(-?\\d+)/(-?\\d+) 200 [^\n]*&n=%1 HTTP/1.1\""_s.arg(n))
                  .match(fileText(outer.directory() + u"/process.log"_s));
        if (!logged.hasMatch())
            return -1;
        *line = logged.captured(0);
        double sum = 0;
        for (int timer = 1; timer <= 4; ++timer)
            sum += std::max(0.0, logged.captured(timer).toDouble());
        return sum;
    }
    case Product::Caddy: {
        // {"logger":"http.log.access…","request":{…"uri":"/delay?…&n=3",…},…,"duration":0.0412,…}
        const QRegularExpressionMatch logged
            = QRegularExpression(u"(?:&|\\\\u0026)n=%1\"[^\n]*\"duration\":([0-9.eE-]+)"_s.arg(n))
                  .match(fileText(outer.directory() + u"/process.log"_s));
        if (!logged.hasMatch())
            return -1;
        *line = u"duration "_s + logged.captured(1);
        return logged.captured(1).toDouble() * 1000.0;
    }
    default:
        return -1;
    }
}

} // namespace

void TestGateways::theWaitSplitAgreesWithEachHopsOwnLog_data()
{
    QTest::addColumn<Product>("outerProduct");
    QTest::addColumn<Product>("innerProduct");
    QTest::newRow("Varnish → nginx → origin") << Product::Varnish << Product::Nginx;
    QTest::newRow("HAProxy → Apache → origin") << Product::HAProxy << Product::Apache;
    QTest::newRow("Caddy → Squid → origin") << Product::Caddy << Product::Squid;
}

void TestGateways::theWaitSplitAgreesWithEachHopsOwnLog()
{
    QFETCH(Product, outerProduct);
    QFETCH(Product, innerProduct);
    GatewayProcess inner(innerProduct);
    QVERIFY2(inner.start(m_upstreams), qPrintable(inner.errorString()));
    GatewayProcess::Upstreams outerUpstreams = m_upstreams;
    outerUpstreams.origin = inner.port();
    GatewayProcess outer(outerProduct);
    QVERIFY2(outer.start(outerUpstreams), qPrintable(outer.errorString()));

    RequestSpec request;
    request.options.useEnvironmentProxy = false;
    request.options.proxy = u"none"_s;
    // A first request warms both up (worker threads, the first connection to the origin).
    request.url = outer.url(u"/json"_s);
    QVERIFY(!ProbeEngine::run(request).isEmpty());

    QList<double> innerDifferences;
    QList<double> outerDifferences;
    for (int attempt = 0; attempt < 7; ++attempt) {
        request.url
            = outer.url(u"/delay?ms=40&code=200&type=application/json&body=%7B%7D&timing=app&n=%1"_s.arg(attempt));
        request.headers = { { "X-Gatescope-Attempt", QByteArray::number(attempt) } }; // for Squid's log
        const QList<Exchange> hops = ProbeEngine::run(request);
        QVERIFY(!hops.isEmpty());
        const Exchange &exchange = hops.constLast();
        QVERIFY2(exchange.response && exchange.response->status == 200, qPrintable(outer.logs() + inner.logs()));
        const HopChain chain = HopChain::build(exchange, m_diagnoser.diagnose(exchange));
        const WaitSplit split = WaitSplit::build(exchange, chain);
        QCOMPARE(split.segments.size(), 2);
        const WaitSegment &behind = split.segments.last(); // the origin's own measure
        // (HAProxy writes header names in lower case)
        QVERIFY2(behind.source.startsWith(u"Server-Timing: app;dur="_s, Qt::CaseInsensitive),
                 qPrintable(behind.source));
        QVERIFY(behind.ms >= 40.0);
        double splitTotal = 0;
        for (const WaitSegment &segment : split.segments)
            splitTotal += segment.ms;
        const double clientMs = exchange.timings.send + splitTotal;

        QString innerLine;
        double innerMs = -1;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (innerMs = loggedBehindInnerHop(inner, attempt, &innerLine)) >= 0,
            qPrintable(u"no line for request %1 in the inner hop's log:\n"_s.arg(attempt) + inner.logs().right(2000)),
            3000);
        QString outerLine;
        double outerMs = -1;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (outerMs = loggedByOuterHop(outer, attempt, &outerLine)) >= 0,
            qPrintable(u"no line for request %1 in the outer hop's log:\n"_s.arg(attempt) + outer.logs().right(2000)),
            3000);
        innerDifferences.append(std::abs(behind.ms - innerMs));
        outerDifferences.append(std::abs(clientMs - outerMs));
        qInfo("split %.3f ms in front + %.3f ms behind %s; its log %.3f ms [%s]; client send + wait %.3f ms, "
              "%s's log %.3f ms [%s]",
              split.segments.first().ms, behind.ms, qPrintable(GatewayProcess::productId(innerProduct)), innerMs,
              qPrintable(innerLine), clientMs, qPrintable(GatewayProcess::productId(outerProduct)), outerMs,
              qPrintable(outerLine));
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    qInfo("median differences: %s %.3f ms, %s %.3f ms", qPrintable(GatewayProcess::productId(innerProduct)),
          median(innerDifferences), qPrintable(GatewayProcess::productId(outerProduct)), median(outerDifferences));
    QVERIFY2(median(innerDifferences) <= 1.0, qPrintable(u"%1 ms"_s.arg(median(innerDifferences))));
    QVERIFY2(median(outerDifferences) <= 1.0, qPrintable(u"%1 ms"_s.arg(median(outerDifferences))));
    outer.stop();
    inner.stop();
}

// Compare through a chain the user gives: Varnish, then nginx (which waits 1 s on
// /slow-first-byte), then the origin that answers after 1.5 s. Sent as addressed, straight to each
// hop (same Host) and straight to the origin: the gateways' 504s reach out from nginx, the origin
// answers — the conclusion walks the chain and puts the fault at hop 2, nginx, on its way to the
// origin, after the origin sentence that says the origin is slow.
void TestGateways::compareThroughTheUsersChainFindsWhereItStartsToFail()
{
    GatewayProcess nginx(Product::Nginx);
    QVERIFY2(nginx.start(m_upstreams), qPrintable(nginx.errorString()));
    GatewayProcess::Upstreams outer = m_upstreams;
    outer.origin = nginx.port();
    GatewayProcess varnish(Product::Varnish);
    QVERIFY2(varnish.start(outer), qPrintable(varnish.errorString()));

    RequestSpec request;
    request.url = varnish.url(u"/slow-first-byte?ms=1500"_s);
    request.options.useEnvironmentProxy = false;
    request.options.proxy = u"none"_s;
    request.options.firstByteTimeoutMs = 15000;
    const QString varnishAt = u"127.0.0.1:%1"_s.arg(varnish.port());
    const QString nginxAt = u"127.0.0.1:%1"_s.arg(nginx.port());
    const QString originAt = u"127.0.0.1:%1"_s.arg(m_upstreams.origin);
    const Result<QList<ComparedPath>> paths
        = OriginComparison::run(request, { originAt }, [](const RequestSpec &r) { return ProbeEngine::run(r); },
                                m_diagnoser, { varnishAt, nginxAt });
    QVERIFY(paths);
    QCOMPARE(paths->size(), 4);
    QList<int> statuses;
    for (const ComparedPath &path : paths.value())
        statuses.append(path.exchange.response ? path.exchange.response->status : 0);
    QCOMPARE(statuses, (QList<int> { 504, 504, 504, 200 }));
    QCOMPARE(paths->at(2).diagnosis.producer.product, u"nginx"_s);
    const QString conclusion = OriginComparison::conclusion(paths.value());
    qInfo("%s", qPrintable(conclusion));
    QVERIFY2(conclusion.contains(u"the origin is slow"_s), qPrintable(conclusion));
    QVERIFY2(conclusion.endsWith(u"→ it fails at hop 2 (%1) and is answered from the origin (%2) inwards: the fault "
                                 "lies in hop 2 (%1) or on its way to the origin (%2)"_s.arg(nginxAt, originAt)),
             qPrintable(conclusion));
    varnish.stop();
    nginx.stop();
}

void TestGateways::theGatewaysOwnLogLinesJoinAndSharpenTheVerdict_data()
{
    QTest::addColumn<Product>("product");
    QTest::addColumn<Condition>("condition");
    QTest::addColumn<QString>("causeWithLog");
    const auto row = [](Product product, Condition condition, const QString &cause) {
        QTest::newRow(
            qPrintable(u"%1: %2 → %3"_s.arg(GatewayProcess::productId(product), conditionWords(condition), cause)))
            << product << condition << cause;
    };
    row(Product::Nginx, Condition::UpstreamRefused, u"upstream.refused"_s);
    row(Product::Nginx, Condition::UpstreamHangs, u"upstream.timeout"_s);
    row(Product::Nginx, Condition::UpstreamClosesEarly, u"upstream.closed-early"_s);
    row(Product::Nginx, Condition::UpstreamResets, u"upstream.reset"_s);
    row(Product::Nginx, Condition::UpstreamSendsBadHeader, u"upstream.invalid-response"_s);
    row(Product::Nginx, Condition::NoHealthyUpstream, u"capacity.no-healthy-upstream"_s);
    row(Product::HAProxy, Condition::UpstreamRefused, u"upstream.refused"_s);
    row(Product::HAProxy, Condition::UpstreamHangs, u"upstream.timeout"_s);
    row(Product::HAProxy, Condition::UpstreamClosesEarly, u"upstream.closed-early"_s);
    row(Product::HAProxy, Condition::UpstreamResets, u"upstream.closed-early"_s);
    row(Product::HAProxy, Condition::UpstreamSendsBadHeader, u"upstream.invalid-response"_s);
    row(Product::HAProxy, Condition::NoHealthyUpstream, u"capacity.no-healthy-upstream"_s);
    row(Product::Apache, Condition::UpstreamRefused, u"upstream.refused"_s);
    row(Product::Apache, Condition::UpstreamHangs, u"upstream.timeout"_s);
    row(Product::Apache, Condition::UpstreamClosesEarly, u"upstream.closed-early"_s);
    row(Product::Apache, Condition::UpstreamResets, u"upstream.reset"_s);
    row(Product::Apache, Condition::UpstreamSendsBadHeader, u"upstream.invalid-response"_s);
    row(Product::Varnish, Condition::UpstreamRefused, u"upstream.refused"_s);
    row(Product::Varnish, Condition::UpstreamHangs, u"upstream.timeout"_s);
    row(Product::Varnish, Condition::UpstreamClosesEarly, u"upstream.closed-early"_s);
    row(Product::Squid, Condition::UpstreamRefusedViaForwardProxy, u"upstream.refused"_s);
    row(Product::Squid, Condition::UpstreamHangs, u"upstream.timeout"_s);
    row(Product::Squid, Condition::UpstreamClosesEarly, u"upstream.closed-early"_s);
    row(Product::Squid, Condition::UpstreamResets, u"upstream.reset"_s);
    row(Product::Squid, Condition::UpstreamSendsBadHeader, u"upstream.invalid-response"_s);
    row(Product::Caddy, Condition::UpstreamRefused, u"upstream.refused"_s);
    row(Product::Caddy, Condition::UpstreamHangs, u"upstream.timeout"_s);
    row(Product::Caddy, Condition::UpstreamClosesEarly, u"upstream.closed-early"_s);
    row(Product::Caddy, Condition::UpstreamResets, u"upstream.reset"_s);
    row(Product::Caddy, Condition::UpstreamSendsBadHeader, u"upstream.invalid-response"_s);
    // The other failure conditions of the diagnosis test above, each with the cause its gateway's
    // own line names. Not here: HAProxy's rate limit (a 429, no 5xx line to join), and the garbage
    // Apache and Squid relay as an HTTP/0.9 200 (they write no failure line for it).
    row(Product::Nginx, Condition::UpstreamSendsGarbage, u"upstream.invalid-response"_s); // no valid HTTP/1.0 header
    row(Product::Nginx, Condition::RateLimited, u"capacity.rate-limited"_s); // limiting requests
    row(Product::HAProxy, Condition::UpstreamSendsGarbage, u"upstream.invalid-response"_s); // PH--
    row(Product::Apache, Condition::NoHealthyUpstream, u"upstream.refused"_s); // AH00957 refused, AH00959
    // Varnish logs "HTC eof" for a reset and for garbage alike: its line cannot tell them apart.
    row(Product::Varnish, Condition::UpstreamResets, u"upstream.closed-early"_s);
    row(Product::Varnish, Condition::UpstreamSendsGarbage, u"upstream.closed-early"_s);
    row(Product::Varnish, Condition::UpstreamSendsBadHeader, u"upstream.invalid-response"_s); // http format error
    row(Product::Varnish, Condition::NoHealthyUpstream, u"capacity.no-healthy-upstream"_s); // backend …: unhealthy
    // Squid as a reverse proxy never tries a refusing or dead cache_peer: ERR_READ_ERROR with
    // HIER_NONE says the upstream failed, not how (no reset).
    row(Product::Squid, Condition::UpstreamRefused, u"upstream.error"_s);
    row(Product::Squid, Condition::NoHealthyUpstream, u"upstream.error"_s);
    row(Product::Squid, Condition::RateLimited, u"capacity.rate-limited"_s); // TCP_DENIED/503, no cause named
    row(Product::Caddy, Condition::UpstreamSendsGarbage, u"upstream.invalid-response"_s); // malformed HTTP status
    row(Product::Caddy, Condition::NoHealthyUpstream, u"capacity.no-healthy-upstream"_s); // no upstreams available
}

void TestGateways::theGatewaysOwnLogLinesJoinAndSharpenTheVerdict()
{
    QFETCH(Product, product);
    QFETCH(Condition, condition);
    QFETCH(QString, causeWithLog);

    GatewayProcess *gw = gateway(product);
    QVERIFY2(gw, qPrintable(m_startErrors[product]));
    std::unique_ptr<QTcpSocket> heldConnection;
    if (condition == Condition::NoHealthyUpstream) {
        if (gw->uptimeMs() < 1500)
            QTest::qWait(int(1500 - gw->uptimeMs()));
        send(gw, condition);
    } else if (condition == Condition::RateLimited) {
        // As in the diagnosis test: one request allowed, the next (with a connection held open,
        // for Squid's maxconn) over the limit.
        send(gw, condition);
        heldConnection = std::make_unique<QTcpSocket>();
        heldConnection->connectToHost(QHostAddress::LocalHost, gw->port());
        QVERIFY(heldConnection->waitForConnected(3000));
        QTest::qWait(100);
    }
    const Exchange exchange = send(gw, condition);
    QTest::qWait(300); // the gateway writes its lines after answering

    QList<LogRecord> records;
    QString scanned;
    for (const QString &path : logFilesOf(gw)) {
        const Result<LogFileSummary> summary = LogScanner::scanFile(path);
        QVERIFY2(summary.ok(), qPrintable(summary.error() + u"\ngateway logs:\n"_s + gw->logs().right(3000)));
        scanned += u"%1: %2, %3 lines, %4 failures kept\n"_s.arg(summary->name, summary->format)
                       .arg(summary->lines)
                       .arg(summary->kept.size());
        records += summary->kept;
    }
    const DiagnosedExchange without { exchange, m_diagnoser.diagnose(exchange) };
    const DiagnosedExchange with = LogJoin::diagnose(m_diagnoser, exchange, records);
    QString joined;
    for (const LogLineEvidence &line : *with.logEvidence)
        joined += u"  %1:%2 (%3) %4\n"_s.arg(line.file).arg(line.line).arg(line.match, line.text.left(300));
    const QString context
        = u"\nwithout the log: %3 (%4)\nwith the log: %5 (%6)\nscanned:\n%1joined:\n%2gateway logs:\n%7"_s.arg(
            scanned, joined, without.diagnosis.cause, without.diagnosis.leaf, with.diagnosis.cause, with.diagnosis.leaf,
            gw->logs().right(2000));
    QVERIFY2(!with.logEvidence->isEmpty(), qPrintable(u"no log line joined to the exchange"_s + context));
    QVERIFY2(!isGeneric(with.diagnosis.cause) || isGeneric(without.diagnosis.cause),
             qPrintable(u"the log made the verdict less specific"_s + context));
    QVERIFY2(with.diagnosis.cause == causeWithLog,
             qPrintable(u"cause with the log, expected "_s + causeWithLog + context));
    const bool lineShown
        = std::any_of(with.diagnosis.path.cbegin(), with.diagnosis.path.cend(), [&](const PathStep &step) {
              return std::any_of(step.decidedBy.cbegin(), step.decidedBy.cend(), [&](const QString &by) {
                  return std::any_of(with.logEvidence->cbegin(), with.logEvidence->cend(),
                                     [&](const LogLineEvidence &line) {
                                         return by.startsWith(u"%1:%2:"_s.arg(line.file).arg(line.line));
                                     });
              });
          });
    // A joined line that names no cause (Squid's TCP_DENIED/503 ERR_ACCESS_DENIED under a maxconn
    // ACL) cannot decide a node; every line that names one must show in the decision path.
    const bool aLineNamesACause = std::any_of(with.logEvidence->cbegin(), with.logEvidence->cend(),
                                              [](const LogLineEvidence &line) { return !line.cause.isEmpty(); });
    QVERIFY2(lineShown || !aLineNamesACause, qPrintable(u"no log line in the decision path"_s + context));
}

QTEST_GUILESS_MAIN(TestGateways)
#include "tst_gateways.moc"
