#include "lab/LabGateway.h"

#include "http/HttpResponseReader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcLabGateway, "gatescope.lab.gateway", QtWarningMsg)

namespace Gatescope {

namespace {

constexpr qsizetype MaxRequestHead = 64 * 1024;
constexpr qsizetype MaxRequestBody = 8 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Error");
    }
}

bool isHopByHop(QByteArrayView name)
{
    static const QByteArrayView names[] = { "connection", "keep-alive", "proxy-connection", "transfer-encoding",  "te",
                                            "trailer",    "upgrade",    "content-length",   "proxy-authorization" };
    for (QByteArrayView hop : names) {
        if (name.compare(hop, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The request a client sent to the gateway, as far as a relay needs it.
struct ClientRequest
{
    QByteArray method;
    QByteArray target;
    HeaderList headers;
    QByteArray body;
};

} // namespace

class LabGateway::Private
{
public:
    LabGateway *q = nullptr;
    Config config;
    QTcpServer server;
    QList<bool> healthy;
    int inFlight = 0;
    int nextUpstream = 0;
    QElapsedTimer rateWindow;
    int rateCount = 0;
    QTimer healthTimer;

    int pickUpstream()
    {
        const int count = int(config.upstreams.size());
        for (int i = 0; i < count; ++i) {
            const int candidate = (nextUpstream + i) % count;
            if (healthy.value(candidate, true)) {
                nextUpstream = (candidate + 1) % count;
                return candidate;
            }
        }
        return -1;
    }

    bool admitByRate()
    {
        if (config.rateLimitPerSecond <= 0)
            return true;
        if (!rateWindow.isValid() || rateWindow.elapsed() >= 1000) {
            rateWindow.start();
            rateCount = 0;
        }
        return ++rateCount <= config.rateLimitPerSecond;
    }

    void checkUpstream(int index);
};

// One client connection: reads one request, answers it (relayed or made here), closes.
class LabGatewaySession : public QObject
{
public:
    LabGatewaySession(LabGateway::Private *gateway, QTcpSocket *client)
        : QObject(client)
        , m_gateway(gateway)
        , m_client(client)
    {
        connect(client, &QTcpSocket::readyRead, this, [this] { readClient(); });
        connect(client, &QTcpSocket::disconnected, this, [this] { abandon(); });
    }

private:
    void readClient()
    {
        if (m_requestDone)
            return;
        m_buffer += m_client->readAll();
        if (m_headEnd < 0) {
            qsizetype end = m_buffer.indexOf("\r\n\r\n");
            qsizetype separator = 4;
            if (end < 0) {
                end = m_buffer.indexOf("\n\n");
                separator = 2;
            }
            if (end < 0) {
                if (m_buffer.size() > MaxRequestHead)
                    answerPlain(431, QStringLiteral("the request head is larger than %1 bytes").arg(MaxRequestHead));
                return;
            }
            m_headEnd = end + separator;
            if (!parseHead(m_buffer.left(end))) {
                answerPlain(400, QStringLiteral("the request line could not be read"));
                return;
            }
        }
        const qint64 expected = headerValue(m_request.headers, "content-length").trimmed().toLongLong();
        if (expected > MaxRequestBody) {
            answerPlain(400, QStringLiteral("request body larger than %1 bytes").arg(MaxRequestBody));
            return;
        }
        if (m_buffer.size() - m_headEnd < expected)
            return;
        m_request.body = m_buffer.mid(m_headEnd, expected);
        m_requestDone = true;
        dispatch();
    }

    bool parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() < 2)
            return false;
        m_request.method = requestLine.at(0);
        m_request.target = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            m_request.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
        }
        return true;
    }

    void dispatch()
    {
        const LabGateway::Config &config = m_gateway->config;
        if (config.maintenance) {
            answerFailure(LabGateway::Failure::Maintenance,
                          QStringLiteral("the service behind this gateway is down for planned maintenance"));
            return;
        }
        if (!m_gateway->admitByRate()) {
            answerFailure(LabGateway::Failure::RateLimited,
                          QStringLiteral("more than %1 requests per second").arg(config.rateLimitPerSecond));
            return;
        }
        if (config.maxConcurrent > 0 && m_gateway->inFlight >= config.maxConcurrent) {
            answerFailure(LabGateway::Failure::Overloaded,
                          QStringLiteral("%1 requests already in flight, the limit is %2")
                              .arg(m_gateway->inFlight)
                              .arg(config.maxConcurrent));
            return;
        }
        const int index = m_gateway->pickUpstream();
        if (index < 0) {
            answerFailure(
                LabGateway::Failure::NoHealthyUpstream,
                QStringLiteral("none of the %1 upstream servers passed its health check").arg(config.upstreams.size()));
            return;
        }
        m_upstream = config.upstreams.at(index);
        m_counted = true;
        ++m_gateway->inFlight;
        QHostAddress address;
        if (address.setAddress(m_upstream.host)) {
            connectUpstream(address);
            return;
        }
        QHostInfo::lookupHost(m_upstream.host, this, [this](const QHostInfo &info) {
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                answerFailure(LabGateway::Failure::UpstreamDnsFailure,
                              QStringLiteral("the upstream name '%1' could not be resolved (%2)")
                                  .arg(m_upstream.host, info.errorString()));
                return;
            }
            connectUpstream(info.addresses().constFirst());
        });
    }

    void connectUpstream(const QHostAddress &address)
    {
        m_socket = new QTcpSocket(this);
        m_reader = std::make_unique<HttpResponseReader>(m_request.method);
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer); // a 2 s timeout must strike at 2 s, not 1.9 s
        connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(); });
        connect(m_socket, &QTcpSocket::connected, this, [this] { onConnected(); });
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { onUpstreamData(); });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { onUpstreamClosed(); });
        connect(m_socket, &QTcpSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError error) { onUpstreamError(error); });
        m_timer.start(m_gateway->config.connectTimeoutMs);
        m_socket->connectToHost(address, m_upstream.port);
    }

    void onConnected()
    {
        m_connected = true;
        QByteArray request = m_request.method + ' ' + m_request.target + " HTTP/1.1\r\n";
        for (const HeaderField &field : std::as_const(m_request.headers)) {
            if (!isHopByHop(field.name))
                request += field.name + ": " + field.value + "\r\n";
        }
        request += "X-Forwarded-For: " + m_client->peerAddress().toString().toLatin1() + "\r\n";
        request += "Via: 1.1 gatescope-lab\r\n";
        if (!m_request.body.isEmpty())
            request += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
        request += "Connection: close\r\n\r\n";
        request += m_request.body;
        m_socket->write(request);
        m_timer.start(m_gateway->config.readTimeoutMs);
    }

    void onUpstreamData()
    {
        if (m_answered)
            return;
        m_reader->feed(m_socket->readAll());
        if (m_reader->headersComplete())
            m_timer.stop();
        if (m_reader->state() == HttpResponseReader::State::Failed)
            failFromReader();
        else if (m_reader->isComplete())
            relay();
    }

    void onUpstreamClosed()
    {
        if (m_answered || !m_reader)
            return;
        m_reader->feed(m_socket->readAll());
        m_reader->finish();
        if (m_reader->isComplete())
            relay();
        else
            failFromReader();
    }

    void onUpstreamError(QAbstractSocket::SocketError error)
    {
        if (m_answered)
            return;
        const QString where = QStringLiteral("%1:%2").arg(m_upstream.host).arg(m_upstream.port);
        if (!m_connected) {
            if (error == QAbstractSocket::ConnectionRefusedError)
                answerFailure(LabGateway::Failure::UpstreamRefused,
                              QStringLiteral("connect() to %1 failed: connection refused").arg(where));
            else
                answerFailure(LabGateway::Failure::UpstreamRefused,
                              QStringLiteral("connect() to %1 failed: %2").arg(where, m_socket->errorString()));
            return;
        }
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() follows and reads what arrived
        if (m_socket->errorString().contains(QLatin1StringView("reset"), Qt::CaseInsensitive)) {
            answerFailure(LabGateway::Failure::UpstreamReset,
                          QStringLiteral("the upstream %1 reset the connection").arg(where));
            return;
        }
        onUpstreamClosed();
    }

    void onTimeout()
    {
        if (m_answered)
            return;
        const QString where = QStringLiteral("%1:%2").arg(m_upstream.host).arg(m_upstream.port);
        if (!m_connected)
            answerFailure(LabGateway::Failure::UpstreamConnectTimeout,
                          QStringLiteral("connecting to %1 took longer than %2 ms")
                              .arg(where)
                              .arg(m_gateway->config.connectTimeoutMs));
        else
            answerFailure(LabGateway::Failure::UpstreamReadTimeout,
                          QStringLiteral("the upstream %1 sent no response header within %2 ms")
                              .arg(where)
                              .arg(m_gateway->config.readTimeoutMs));
    }

    void failFromReader()
    {
        const Transport verdict = m_reader->verdict();
        const QString where = QStringLiteral("%1:%2").arg(m_upstream.host).arg(m_upstream.port);
        switch (verdict.outcome) {
        case Outcome::ClosedEarly:
            answerFailure(LabGateway::Failure::UpstreamClosedEarly,
                          QStringLiteral("the upstream %1 closed the connection early: %2").arg(where, verdict.detail));
            break;
        case Outcome::Reset:
            answerFailure(LabGateway::Failure::UpstreamReset,
                          QStringLiteral("the upstream %1 reset the connection: %2").arg(where, verdict.detail));
            break;
        default:
            answerFailure(LabGateway::Failure::UpstreamInvalidResponse,
                          QStringLiteral("the upstream %1 sent an invalid response: %2").arg(where, verdict.detail));
            break;
        }
    }

    void relay()
    {
        const ResponseData &response = m_reader->response();
        const bool callerWantsJson = headerValue(m_request.headers, "accept").contains("application/json");
        const QByteArray type = response.contentType();
        if (m_gateway->config.requireJsonForJsonCallers && callerWantsJson && response.status < 300
            && !type.contains("json")) {
            answerFailure(LabGateway::Failure::UnexpectedContent,
                          QStringLiteral("the upstream answered %1 with '%2' where the caller expects application/json")
                              .arg(response.status)
                              .arg(QString::fromLatin1(type.isEmpty() ? QByteArrayLiteral("no Content-Type") : type)));
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
        for (const HeaderField &field : response.headers) {
            if (isHopByHop(field.name))
                continue;
            if (field.name.compare("content-encoding", Qt::CaseInsensitive) == 0 && !response.contentEncoding.isEmpty())
                continue; // the reader decoded the body
            head += field.name + ": " + field.value + "\r\n";
        }
        head += "Via: 1.1 gatescope-lab\r\nContent-Length: " + QByteArray::number(response.body.size())
            + "\r\nConnection: close\r\n\r\n";
        finish(response.status, LabGateway::Failure::None, head + response.body);
    }

    void answerFailure(LabGateway::Failure failure, const QString &detail)
    {
        const int status = LabGateway::statusFor(failure);
        const QString id = LabGateway::failureId(failure);
        const bool json = headerValue(m_request.headers, "accept").contains("application/json");
        QByteArray body;
        if (json) {
            body = "{\"error\":\"" + id.toLatin1() + "\",\"status\":" + QByteArray::number(status) + ",\"message\":\""
                + detail.toHtmlEscaped().replace(u'"', u'\'').toUtf8() + "\",\"gateway\":\"gatescope-lab\"}\n";
        } else {
            const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
            body = "<!DOCTYPE html>\n<html><head><title>" + title + " (Gatescope Lab)</title></head>\n<body>\n<h1>"
                + title + "</h1>\n<p>Gatescope Lab gateway: " + detail.toHtmlEscaped().toUtf8()
                + ".</p>\n<hr><address>gatescope-lab</address>\n</body></html>\n";
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
            + "Server: gatescope-lab\r\n" + "Date: "
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1()
            + "\r\n" + "Content-Type: " + (json ? "application/json" : "text/html; charset=utf-8") + "\r\n"
            + "X-Gatescope-Lab-Error: " + id.toLatin1() + "\r\n";
        if (failure == LabGateway::Failure::Maintenance)
            head += "Retry-After: " + QByteArray::number(m_gateway->config.maintenanceRetryAfterSeconds) + "\r\n";
        else if (failure == LabGateway::Failure::RateLimited || failure == LabGateway::Failure::Overloaded)
            head += "Retry-After: 1\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        qCDebug(lcLabGateway) << status << id << detail;
        finish(status, failure, head + body);
    }

    void answerPlain(int status, const QString &detail)
    {
        m_requestDone = true;
        const QByteArray body = detail.toUtf8() + '\n';
        m_client->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                        + "\r\nServer: gatescope-lab\r\nContent-Type: text/plain\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        m_client->disconnectFromHost();
    }

    void finish(int status, LabGateway::Failure failure, const QByteArray &bytes)
    {
        if (m_answered)
            return;
        m_answered = true;
        m_timer.stop();
        release();
        if (m_socket)
            m_socket->abort();
        m_client->write(bytes);
        m_client->disconnectFromHost();
        Q_EMIT m_gateway->q->answered(status, failure);
    }

    void abandon()
    {
        m_answered = true;
        m_timer.stop();
        release();
        if (m_socket)
            m_socket->abort();
        m_client->deleteLater();
    }

    void release()
    {
        if (m_counted) {
            m_counted = false;
            --m_gateway->inFlight;
        }
    }

    LabGateway::Private *m_gateway; // not owned
    QTcpSocket *m_client; // owns this session
    QTcpSocket *m_socket = nullptr; // child of this session
    std::unique_ptr<HttpResponseReader> m_reader;
    QTimer m_timer;
    QByteArray m_buffer;
    qsizetype m_headEnd = -1;
    ClientRequest m_request;
    LabGateway::Upstream m_upstream;
    bool m_requestDone = false;
    bool m_connected = false;
    bool m_answered = false;
    bool m_counted = false;
};

void LabGateway::Private::checkUpstream(int index)
{
    const Upstream upstream = config.upstreams.at(index);
    auto *socket = new QTcpSocket(q);
    // The reader lives as long as the connections that use it, which end with the socket — also
    // when the gateway is destroyed with a check still under way.
    auto reader = std::make_shared<HttpResponseReader>("GET");
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto done = [this, index, socket, reader, timer](bool ok) {
        if (!socket->property("done").toBool()) {
            socket->setProperty("done", true);
            timer->stop();
            const bool changed = healthy.value(index, true) != ok;
            if (index < healthy.size())
                healthy[index] = ok;
            if (changed) {
                int count = 0;
                for (bool h : std::as_const(healthy))
                    count += h ? 1 : 0;
                Q_EMIT q->healthChanged(count);
            }
            socket->abort();
            socket->deleteLater();
        }
    };
    QObject::connect(timer, &QTimer::timeout, socket, [done] { done(false); });
    QObject::connect(socket, &QTcpSocket::connected, socket, [this, socket, upstream] {
        socket->write("GET " + config.healthCheckPath.toUtf8() + " HTTP/1.1\r\nHost: " + upstream.host.toUtf8()
                      + "\r\nUser-Agent: gatescope-lab-healthcheck\r\nConnection: close\r\n\r\n");
    });
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, reader, done] {
        reader->feed(socket->readAll());
        if (reader->headersComplete())
            done(reader->response().status >= 200 && reader->response().status < 400);
    });
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [done] { done(false); });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [done] { done(false); });
    timer->start(std::max(200, config.connectTimeoutMs));
    socket->connectToHost(upstream.host, upstream.port);
}

QString LabGateway::failureId(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::UpstreamRefused:
        return QStringLiteral("upstream-refused");
    case Failure::UpstreamConnectTimeout:
        return QStringLiteral("upstream-connect-timeout");
    case Failure::UpstreamReadTimeout:
        return QStringLiteral("upstream-read-timeout");
    case Failure::UpstreamClosedEarly:
        return QStringLiteral("upstream-closed-early");
    case Failure::UpstreamReset:
        return QStringLiteral("upstream-reset");
    case Failure::UpstreamInvalidResponse:
        return QStringLiteral("upstream-invalid-response");
    case Failure::UpstreamDnsFailure:
        return QStringLiteral("upstream-dns-failure");
    case Failure::UnexpectedContent:
        return QStringLiteral("unexpected-content");
    case Failure::NoHealthyUpstream:
        return QStringLiteral("no-healthy-upstream");
    case Failure::RateLimited:
        return QStringLiteral("rate-limited");
    case Failure::Overloaded:
        return QStringLiteral("overloaded");
    case Failure::Maintenance:
        return QStringLiteral("maintenance");
    }
    return {};
}

int LabGateway::statusFor(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return 200;
    case Failure::UpstreamConnectTimeout:
    case Failure::UpstreamReadTimeout:
        return 504;
    case Failure::NoHealthyUpstream:
    case Failure::RateLimited:
    case Failure::Overloaded:
    case Failure::Maintenance:
        return 503;
    default:
        return 502;
    }
}

LabGateway::LabGateway(const Config &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->config = config;
    d->healthy = QList<bool>(config.upstreams.size(), true);
    connect(&d->server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = d->server.nextPendingConnection())
            new LabGatewaySession(d.get(), client);
    });
    connect(&d->healthTimer, &QTimer::timeout, this, [this] { checkHealthNow(); });
}

LabGateway::~LabGateway() = default;

bool LabGateway::listen(const QHostAddress &address, quint16 port)
{
    if (!d->server.listen(address, port))
        return false;
    if (d->config.healthCheckIntervalMs > 0) {
        d->healthTimer.start(d->config.healthCheckIntervalMs);
        checkHealthNow();
    }
    return true;
}

quint16 LabGateway::port() const
{
    return d->server.serverPort();
}

QString LabGateway::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

const LabGateway::Config &LabGateway::config() const
{
    return d->config;
}

void LabGateway::setMaintenance(bool on)
{
    d->config.maintenance = on;
}

int LabGateway::healthyUpstreamCount() const
{
    int count = 0;
    for (bool h : std::as_const(d->healthy))
        count += h ? 1 : 0;
    return count;
}

void LabGateway::checkHealthNow()
{
    for (int i = 0; i < d->config.upstreams.size(); ++i)
        d->checkUpstream(i);
}

} // namespace Gatescope
