#include "lab/Lab.h"

#include "lab/FaultServer.h"

#include <QPointer>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Gatescope {

namespace {

struct LabTr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Lab)
};

constexpr int GatewayConnectTimeoutMs = 1000;
constexpr int GatewayReadTimeoutMs = 2000;
constexpr int SerialOriginWorkMs = 700;

// An origin with a single worker: it answers one request at a time, each after
// SerialOriginWorkMs, and queues the rest — the server that a burst of concurrent requests
// overwhelms. Requests that wait in its queue longer than a gateway's read timeout become 504s.
class SerialOrigin : public QObject
{
public:
    explicit SerialOrigin(QObject *parent)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    if (!buffer.contains("\r\n\r\n") || m_queue.contains(socket))
                        return;
                    m_queue.enqueue(socket);
                    if (m_queue.size() == 1)
                        m_worker.start(SerialOriginWorkMs);
                });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    if (!m_queue.isEmpty() && m_queue.head() == socket) {
                        m_queue.dequeue();
                        if (!m_queue.isEmpty())
                            m_worker.start(SerialOriginWorkMs);
                    } else {
                        m_queue.removeAll(socket);
                    }
                    socket->deleteLater();
                });
            }
        });
        m_worker.setSingleShot(true);
        m_worker.setTimerType(Qt::PreciseTimer);
        connect(&m_worker, &QTimer::timeout, this, [this] { answerHead(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    void answerHead()
    {
        if (m_queue.isEmpty())
            return;
        QPointer<QTcpSocket> socket = m_queue.dequeue();
        m_buffers.remove(socket);
        if (socket) {
            const QByteArray body
                = "{\"ok\":true,\"worker\":1,\"workMs\":" + QByteArray::number(SerialOriginWorkMs) + "}\n";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        }
        if (!m_queue.isEmpty())
            m_worker.start(SerialOriginWorkMs);
    }

    QTcpServer m_server;
    QQueue<QTcpSocket *> m_queue;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QTimer m_worker;
};

RequestSpec labRequest(const QUrl &url, QByteArrayView accept, const QString &name)
{
    RequestSpec request;
    request.name = name;
    request.method = "GET";
    request.url = url;
    request.headers.append({ "Accept", accept.toByteArray() });
    request.options.connectTimeoutMs = 3000;
    request.options.tlsTimeoutMs = 3000;
    request.options.firstByteTimeoutMs = 10000;
    request.options.totalTimeoutMs = 15000;
    request.options.useEnvironmentProxy = false;
    return request;
}

} // namespace

bool LabScenario::matches(int status, const QString &cause, const QString &product) const
{
    return status == expectedStatus && cause == expectedCause && product == expectedProduct;
}

class Lab::Private
{
public:
    QString error;
    bool running = false;
    FaultServer *fault = nullptr; // child of the Lab
    SerialOrigin *serial = nullptr; // child of the Lab
    SilentServer *silent = nullptr; // child of the Lab
    QHash<QString, LabGateway *> gateways; // children of the Lab
    QList<LabScenario> scenarios;
};

Lab::Lab(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{ }

Lab::~Lab() = default;

int Lab::gatewayReadTimeoutMs()
{
    return GatewayReadTimeoutMs;
}

bool Lab::start()
{
    if (d->running)
        return true;
    d->fault = new FaultServer(this);
    if (!d->fault->start(QHostAddress::LocalHost, true)) {
        d->error = LabTr::tr("The lab's fault origin could not listen on 127.0.0.1: %1").arg(d->fault->errorString());
        return false;
    }
    d->serial = new SerialOrigin(this);
    d->silent = new SilentServer(this);
    if (!d->serial->listen() || !d->silent->start()) {
        d->error = LabTr::tr("The lab's origins could not listen on 127.0.0.1.");
        return false;
    }

    const quint16 faultPort = d->fault->port();
    const auto gateway = [this](const QString &scenarioId, LabGateway::Config config) -> LabGateway * {
        config.connectTimeoutMs = GatewayConnectTimeoutMs;
        config.readTimeoutMs = GatewayReadTimeoutMs;
        auto *instance = new LabGateway(config, this);
        if (!instance->listen()) {
            d->error = LabTr::tr("The lab gateway for '%1' could not listen on 127.0.0.1.").arg(scenarioId);
            return nullptr;
        }
        d->gateways.insert(scenarioId, instance);
        return instance;
    };
    const LabGateway::Upstream faultUpstream { QStringLiteral("127.0.0.1"), faultPort };

    struct Plan
    {
        const char *id;
        const char *title;
        const char *story;
        const char *textbook;
        LabGateway::Config config;
        QString path; // on the gateway (or the origin when direct)
        QByteArrayView accept;
        int burst;
        int status;
        const char *cause;
        const char *product;
        bool direct;
        bool predicted;
        bool tls;
    };

    LabGateway::Config relay;
    relay.upstreams = { faultUpstream };
    LabGateway::Config expectJson = relay;
    expectJson.requireJsonForJsonCallers = true;
    LabGateway::Config unresolvable;
    unresolvable.upstreams = { { QStringLiteral("orders-api.invalid"), 8080 } };
    LabGateway::Config atCapacity = relay;
    atCapacity.maxConcurrent = 2;
    LabGateway::Config crashed;
    crashed.upstreams = { { QStringLiteral("127.0.0.1"), FaultServer::refusingPort() },
                          { QStringLiteral("127.0.0.1"), FaultServer::refusingPort() } };
    crashed.healthCheckIntervalMs = 1000;
    LabGateway::Config maintenance = relay;
    maintenance.maintenance = true;
    maintenance.maintenanceRetryAfterSeconds = 600;
    LabGateway::Config serial;
    serial.upstreams = { { QStringLiteral("127.0.0.1"), d->serial->port() } };
    LabGateway::Config silent;
    silent.upstreams = { { QStringLiteral("127.0.0.1"), d->silent->port() } };

    // clang-format off
    // What each verdict is inferred from. The lab gateway never names its failure on the wire (see
    // the table in LabGateway.cpp); its identity (Server: gatescope-lab, Via: 1.1 gatescope-lab,
    // the signature line under its pages) decides only the producer. Everything else is what the
    // real product named there shows, so the same signatures decide it for that product;
    // tst_labinference checks this with the lab's own fingerprint removed.
    //
    //   scenario                        status  cause                         inferred from
    //   500-unhandled-exception         500     origin.exception              relayed body: a Java stack trace
    //   500-database-invalid-answer     500     origin.dependency-failure     relayed JSON naming psycopg2.OperationalError
    //   502-html-instead-of-json        502     origin.unexpected-content     API Gateway's 502 {"message": "Internal
    //                                                                         server error"} to a JSON caller
    //   502-middlebox-answered          502     upstream.invalid-response     Apache's plain "Bad Gateway" page ("received
    //                                                                         an invalid response from an upstream server")
    //   502-upstream-name-unresolvable  502     upstream.dns-failure          Apache's Proxy Error, "DNS lookup failure for:"
    //   502-invalid-body                502     upstream.invalid-response     Apache's plain "Bad Gateway" page, as above
    //   503-at-capacity                 503     capacity.overloaded           Envoy's overflow answer: x-envoy-overloaded,
    //                                                                         "reset reason: overflow"
    //   503-upstream-crashed            503     capacity.no-healthy-upstream  HAProxy's "No server is available" page, at
    //                                                                         once (after connect retries, timing.long, the
    //                                                                         same page is read as upstream.refused)
    //   503-maintenance                 503     maintenance                   the page's words ("scheduled maintenance",
    //                                                                         "be back soon"); Retry-After: 600
    //   504-too-many-concurrent         504     upstream.timeout              status 504 and HAProxy's "The server didn't
    //                                                                         respond in time." (its `timeout server`)
    //   504-origin-silent               504     upstream.timeout              as above
    //   504-network-drops               504     upstream.timeout              as above: the gateway connected and the
    //                                                                         request was lost, a read timeout for it too
    //   direct-refused                  502*    transport.refused             the probe's connect() was refused
    //   direct-reset                    502*    transport.reset               the connection was reset after the request
    //   direct-empty-reply              502*    transport.closed-early        closed with 0 bytes of a response
    //   direct-garbage                  502*    transport.invalid-response    the reader's anomaly: no HTTP status line
    //   direct-untrusted-tls            502*    transport.tls-failure         the TLS handshake failed verification
    //   (* predicted: the status a gateway in front would have answered)
    //
    // The wait (≈ 2 s for the 504s) is shown but not matched against the lab's read timeout: the
    // lab's fingerprint does not declare its timers (see its "surprises" in gateways.json).
    // Not inferable from a real product's answer, and so not a scenario: a closed and a reset
    // upstream behind one gateway (Apache and nginx show one page for both; the lab answers both
    // with Apache's "Error reading from remote server", which leads to upstream.error).
    const Plan plans[] = {
        {"500-unhandled-exception", QT_TRANSLATE_NOOP("Gatescope::Lab", "500 — an unhandled exception in the application"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The order service throws a NullPointerException while rendering the response. Its framework turns it into a 500 error page with the stack trace, and the lab gateway passes it through unchanged."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "500: unhandled exception at the application layer"),
         relay, QStringLiteral("/stacktrace-500"), "text/html", 1, 500, "origin.exception", "origin", false, false, false},
        {"500-database-invalid-answer", QT_TRANSLATE_NOOP("Gatescope::Lab", "500 — the database gave an answer the application could not use"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The application asked its database for a row and got back a protocol error instead of a result set. It cannot finish the request and reports a 500 naming the database."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "500: invalid response from the database"),
         relay, QStringLiteral("/status?code=500&type=application/json&body=%7B%22error%22%3A%22database%20error%22%2C%22detail%22%3A%22psycopg2.OperationalError%3A%20server%20closed%20the%20connection%20unexpectedly%20while%20reading%20the%20query%20result%22%7D"),
         "application/json", 1, 500, "origin.dependency-failure", "origin", false, false, false},
        {"502-html-instead-of-json", QT_TRANSLATE_NOOP("Gatescope::Lab", "502 — HTML came back where JSON was expected"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The API call asks for JSON, but the origin redirects to its login page and answers with HTML. The lab gateway validates the content type for JSON callers and answers 502 instead of passing HTML on."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "502: unexpected response form (HTML where JSON was expected)"),
         expectJson, QStringLiteral("/html-login"), "application/json", 1, 502, "origin.unexpected-content", "gatescope-lab", false, false, false},
        {"502-middlebox-answered", QT_TRANSLATE_NOOP("Gatescope::Lab", "502 — a firewall answered in the origin's place"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "A firewall between the gateway and the origin intercepts the connection and answers with bytes that are not HTTP. The gateway cannot read them and reports 502."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "502: a firewall between gateway and origin answers in its place"),
         relay, QStringLiteral("/garbage"), "*/*", 1, 502, "upstream.invalid-response", "gatescope-lab", false, false, false},
        {"502-upstream-name-unresolvable", QT_TRANSLATE_NOOP("Gatescope::Lab", "502 — the upstream's name does not resolve"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The gateway is configured with an upstream host name that DNS does not know (a typo, a deleted record, a private zone the gateway cannot see). It never reaches the origin and answers 502."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "502: network, routing or DNS failure between gateway and origin"),
         unresolvable, QStringLiteral("/json"), "application/json", 1, 502, "upstream.dns-failure", "gatescope-lab", false, false, false},
        {"502-invalid-body", QT_TRANSLATE_NOOP("Gatescope::Lab", "502 — the origin sent a broken body"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The origin starts a chunked response and then writes a chunk size that is not hexadecimal. The gateway cannot frame the body and answers 502."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "502: the origin returned an invalid body"),
         relay, QStringLiteral("/bad-chunking"), "*/*", 1, 502, "upstream.invalid-response", "gatescope-lab", false, false, false},
        {"503-at-capacity", QT_TRANSLATE_NOOP("Gatescope::Lab", "503 — the service is at capacity"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The gateway allows two requests in flight to a slow origin. The scenario sends four at once: two are served, the others are turned away with 503 because there is no room."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "503: the server is at capacity and refuses more work"),
         atCapacity, QStringLiteral("/slow-first-byte?ms=1200"), "application/json", 4, 503, "capacity.overloaded", "gatescope-lab", false, false, false},
        {"503-upstream-crashed", QT_TRANSLATE_NOOP("Gatescope::Lab", "503 — every upstream has crashed"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "Both application servers behind the gateway have crashed: nothing listens on their ports, so every health check fails and the gateway has no healthy upstream to send to."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "503: the server has crashed and cannot accept connections"),
         crashed, QStringLiteral("/json"), "application/json", 1, 503, "capacity.no-healthy-upstream", "gatescope-lab", false, false, false},
        {"503-maintenance", QT_TRANSLATE_NOOP("Gatescope::Lab", "503 — planned maintenance"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The operators switched the gateway into maintenance mode for a database migration. It answers 503 with Retry-After: 600 to every request."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "503: the server is in maintenance mode"),
         maintenance, QStringLiteral("/json"), "text/html", 1, 503, "maintenance", "gatescope-lab", false, false, false},
        {"504-too-many-concurrent", QT_TRANSLATE_NOOP("Gatescope::Lab", "504 — too many concurrent requests"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The origin has one worker that needs 0.7 s per request. The scenario sends a burst of six: the first two are answered in time, the rest wait in the origin's queue past the gateway's 2 s read timeout and get 504."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "504: too many concurrent requests on the origin"),
         serial, QStringLiteral("/work"), "application/json", 6, 504, "upstream.timeout", "gatescope-lab", false, false, false},
        {"504-origin-silent", QT_TRANSLATE_NOOP("Gatescope::Lab", "504 — the origin hit an error and answered nothing"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The origin's handler deadlocks after reading the request: it never writes a byte and never closes. The gateway waits for its 2 s read timeout and answers 504."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "504: the origin hit an error and sent nothing back"),
         relay, QStringLiteral("/hang"), "application/json", 1, 504, "upstream.timeout", "gatescope-lab", false, false, false},
        {"504-network-drops", QT_TRANSLATE_NOOP("Gatescope::Lab", "504 — the network between gateway and origin drops packets"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The path to the origin loses everything after the handshake: the connection opens, but the request never arrives and no answer comes back. The gateway times out with 504 although the origin itself is healthy."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "504: network failure between gateway and origin"),
         silent, QStringLiteral("/json"), "application/json", 1, 504, "upstream.timeout", "gatescope-lab", false, false, false},
        {"direct-refused", QT_TRANSLATE_NOOP("Gatescope::Lab", "Straight to the origin — connection refused"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "Nothing listens on the origin's port (the process is down). With no gateway in between, the client gets no HTTP answer at all; a gateway in front would have answered 502."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "Transport failure without a gateway: refused"),
         {}, QString(), "application/json", 1, 502, "transport.refused", "none", true, true, false},
        {"direct-reset", QT_TRANSLATE_NOOP("Gatescope::Lab", "Straight to the origin — connection reset"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The origin accepts the request and then aborts the connection with a TCP reset, as a crashing worker or a killed process does."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "Transport failure without a gateway: reset"),
         {}, QStringLiteral("/reset"), "application/json", 1, 502, "transport.reset", "none", true, true, false},
        {"direct-empty-reply", QT_TRANSLATE_NOOP("Gatescope::Lab", "Straight to the origin — empty reply"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The origin reads the request and closes the connection without sending a single byte (curl calls it 'Empty reply from server')."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "Transport failure without a gateway: closed early"),
         {}, QStringLiteral("/close-before-any-byte"), "application/json", 1, 502, "transport.closed-early", "none", true, true, false},
        {"direct-garbage", QT_TRANSLATE_NOOP("Gatescope::Lab", "Straight to the origin — bytes that are not HTTP"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "Something other than an HTTP server answers on the port: an SSH banner and binary noise."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "Transport failure without a gateway: invalid response"),
         {}, QStringLiteral("/garbage"), "*/*", 1, 502, "transport.invalid-response", "none", true, true, false},
        {"direct-untrusted-tls", QT_TRANSLATE_NOOP("Gatescope::Lab", "Straight to the origin — TLS with an untrusted certificate"),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "The origin presents a self-signed certificate that no trusted authority signed. Verification fails before any HTTP is spoken."),
         QT_TRANSLATE_NOOP("Gatescope::Lab", "Transport failure without a gateway: TLS failure"),
         {}, QStringLiteral("/json"), "application/json", 1, 502, "transport.tls-failure", "none", true, true, true},
    };
    // clang-format on

    for (const Plan &plan : plans) {
        LabScenario scenario;
        scenario.id = QString::fromLatin1(plan.id);
        scenario.title = LabTr::tr(plan.title);
        scenario.story = LabTr::tr(plan.story);
        scenario.textbookCase = LabTr::tr(plan.textbook);
        scenario.burst = plan.burst;
        scenario.expectedStatus = plan.status;
        scenario.expectedCause = QString::fromLatin1(plan.cause);
        scenario.expectedProduct = QString::fromLatin1(plan.product);
        scenario.expectedPredicted = plan.predicted;
        QUrl url;
        if (plan.direct) {
            if (plan.tls)
                url = d->fault->tlsUrl(plan.path);
            else if (plan.path.isEmpty())
                url = QUrl(QStringLiteral("http://127.0.0.1:%1/json").arg(FaultServer::refusingPort()));
            else
                url = d->fault->url(plan.path);
        } else {
            LabGateway *instance = gateway(scenario.id, plan.config);
            if (!instance)
                return false;
            url = QUrl(instance->baseUrl() + plan.path);
        }
        scenario.request = labRequest(url, plan.accept, scenario.title);
        d->scenarios.append(scenario);
    }
    d->running = true;
    return true;
}

QString Lab::errorString() const
{
    return d->error;
}

bool Lab::isRunning() const
{
    return d->running;
}

const QList<LabScenario> &Lab::scenarios() const
{
    return d->scenarios;
}

const LabScenario *Lab::scenario(QStringView id) const
{
    for (const LabScenario &scenario : d->scenarios) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

LabGateway *Lab::gatewayFor(QStringView scenarioId) const
{
    return d->gateways.value(scenarioId.toString());
}

FaultServer *Lab::faultServer() const
{
    return d->fault;
}

} // namespace Gatescope
