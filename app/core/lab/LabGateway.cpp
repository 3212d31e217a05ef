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

// What the lab gateway sends when it answers a failure itself. It never names the failure
// class: each answer copies the status line, headers and page wording of a real product that
// answers that failure so, and the diagnosis has to infer the cause as it would for that product.
// Every HTML page ends with the lab's signature line (`<address>gatescope-lab Server at …`, in the
// place where Apache's ServerSignature goes): it says who answered, not why.
//
//   failure                  status  modelled on
//   UpstreamRefused          503     Apache mod_proxy: canned 503 page (a refused connect disables the worker)
//   UpstreamConnectTimeout   504     nginx: the bare "504 Gateway Time-out" page; only the time tells connect from read
//   UpstreamReadTimeout      504     HAProxy `timeout server` (sH): "The server didn't respond in time."
//   UpstreamClosedEarly      502     Apache mod_proxy: Proxy Error, "Error reading from remote server"
//   UpstreamReset            502     Apache mod_proxy: same page (Apache does not tell closed from reset either)
//   UpstreamInvalidResponse  502     Apache mod_proxy: plain "Bad Gateway" page (invalid response from upstream)
//   UpstreamDnsFailure       502     Apache mod_proxy: Proxy Error, "DNS lookup failure for: host" (502 as in
//                                    httpd 2.2; 2.4.x answers the same page with 500)
//   UnexpectedContent        502     Amazon API Gateway: {"message": "Internal server error"} when the integration's
//                                    answer is not in the form it needs (malformed Lambda proxy response)
//   NoHealthyUpstream        503     HAProxy <NOSRV>: "No server is available to handle this request." at once
//   RateLimited              429     HAProxy `deny_status 429`: "You have sent too many requests …"
//   Overloaded               503     Envoy circuit breaker: x-envoy-overloaded + "reset reason: overflow"
//   Maintenance              503     an operator's maintenance page with Retry-After (nginx/Apache error_page)
struct LabGatewayPage
{
    int status = 502;
    QByteArray reason;
    QByteArray contentType = QByteArrayLiteral("text/html; charset=iso-8859-1");
    QByteArray extraHeaders; // complete lines
    QByteArray body;
};

QByteArray signatureLine(quint16 port)
{
    return "<address>gatescope-lab Server at 127.0.0.1 Port " + QByteArray::number(port) + "</address>\n";
}

// Apache httpd 2.4's error document layout (http_protocol.c), with its canned text for the status.
QByteArray apachePage(int status, QByteArrayView reason, QByteArrayView text, quint16 port)
{
    return "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>" + QByteArray::number(status)
        + ' ' + reason.toByteArray() + "</title>\n</head><body>\n<h1>" + reason.toByteArray() + "</h1>\n"
        + text.toByteArray() + "<hr>\n" + signatureLine(port) + "</body></html>\n";
}

QByteArray apacheProxyError(QByteArrayView why, quint16 port)
{
    const QByteArray text = "<p>The proxy server received an invalid\nresponse from an upstream server.<br />\nThe "
                            "proxy server could not handle the request<p>Reason: <strong>"
        + why.toByteArray() + "</strong></p></p>\n";
    return apachePage(502, "Proxy Error", text, port);
}

// HAProxy's built-in error pages (http.c), with the lab's signature line before </body>.
QByteArray haproxyPage(int status, QByteArrayView reason, QByteArrayView sentence, quint16 port)
{
    return "<html><body><h1>" + QByteArray::number(status) + ' ' + reason.toByteArray() + "</h1>\n"
        + sentence.toByteArray() + "\n" + signatureLine(port) + "</body></html>\n";
}

LabGatewayPage pageFor(LabGateway::Failure failure, const QString &upstreamHost, quint16 port)
{
    using Failure = LabGateway::Failure;
    LabGatewayPage page;
    switch (failure) {
    case Failure::None:
        page.status = 200;
        page.reason = "OK";
        break;
    case Failure::UpstreamRefused:
        page.status = 503;
        page.reason = "Service Unavailable";
        page.body = apachePage(503, page.reason,
                               "<p>The server is temporarily unable to service your\nrequest due to maintenance "
                               "downtime or capacity\nproblems. Please try again later.</p>\n",
                               port);
        break;
    case Failure::UpstreamConnectTimeout:
        page.status = 504;
        page.reason = "Gateway Time-out";
        page.contentType = "text/html";
        page.body = "<html>\n<head><title>504 Gateway Time-out</title></head>\n<body>\n<center><h1>504 Gateway "
                    "Time-out</h1></center>\n<hr>"
            + signatureLine(port) + "</body>\n</html>\n";
        break;
    case Failure::UpstreamReadTimeout:
        page.status = 504;
        page.reason = "Gateway Time-out";
        page.contentType = "text/html";
        page.extraHeaders = "Cache-Control: no-cache\r\n";
        page.body = haproxyPage(504, page.reason, "The server didn't respond in time.", port);
        break;
    case Failure::UpstreamClosedEarly:
    case Failure::UpstreamReset:
        page.reason = "Proxy Error";
        page.body = apacheProxyError("Error reading from remote server", port);
        break;
    case Failure::UpstreamInvalidResponse:
        page.reason = "Bad Gateway";
        page.body = apachePage(
            502, page.reason,
            "<p>The proxy server received an invalid\nresponse from an upstream server.<br />\n</p>\n", port);
        break;
    case Failure::UpstreamDnsFailure:
        page.reason = "Proxy Error";
        page.body
            = apacheProxyError(QByteArray("DNS lookup failure for: " + upstreamHost.toHtmlEscaped().toUtf8()), port);
        break;
    case Failure::UnexpectedContent:
        page.reason = "Bad Gateway";
        page.contentType = "application/json";
        page.body = "{\"message\": \"Internal server error\"}";
        break;
    case Failure::NoHealthyUpstream:
        page.status = 503;
        page.reason = "Service Unavailable";
        page.contentType = "text/html";
        page.extraHeaders = "Cache-Control: no-cache\r\n";
        page.body = haproxyPage(503, page.reason, "No server is available to handle this request.", port);
        break;
    case Failure::RateLimited:
        page.status = 429;
        page.reason = "Too Many Requests";
        page.contentType = "text/html";
        page.extraHeaders = "Cache-Control: no-cache\r\n";
        page.body = haproxyPage(429, page.reason, "You have sent too many requests in a given amount of time.", port);
        break;
    case Failure::Overloaded:
        page.status = 503;
        page.reason = "Service Unavailable";
        page.contentType = "text/plain";
        page.extraHeaders = "x-envoy-overloaded: true\r\n";
        page.body = "upstream connect error or disconnect/reset before headers. reset reason: overflow";
        break;
    case Failure::Maintenance:
        page.status = 503;
        page.reason = "Service Unavailable";
        page.contentType = "text/html; charset=utf-8";
        page.body
            = "<!DOCTYPE html>\n<html><head><title>Down for maintenance</title></head>\n<body>\n<h1>Down for "
              "maintenance</h1>\n<p>This service is down for scheduled maintenance. We'll be back soon.</p>\n<hr>\n"
            + signatureLine(port) + "</body></html>\n";
        break;
    }
    return page;
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

    // Answers a failure the way the real product named in the table at the top of this file
    // answers it. The failure class and the detail go to the lab's own log (gatescope.lab.gateway)
    // and the answered() signal, never onto the wire.
    void answerFailure(LabGateway::Failure failure, const QString &detail)
    {
        const LabGatewayPage page = pageFor(failure, m_upstream.host, m_gateway->server.serverPort());
        QByteArray head = "HTTP/1.1 " + QByteArray::number(page.status) + ' ' + page.reason + "\r\n"
            + "Server: gatescope-lab\r\n" + "Date: "
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1()
            + "\r\n" + page.extraHeaders + "Content-Type: " + page.contentType + "\r\n";
        if (failure == LabGateway::Failure::Maintenance)
            head += "Retry-After: " + QByteArray::number(m_gateway->config.maintenanceRetryAfterSeconds) + "\r\n";
        head += "Content-Length: " + QByteArray::number(page.body.size()) + "\r\nConnection: close\r\n\r\n";
        qCInfo(lcLabGateway).noquote() << page.status << LabGateway::failureId(failure) << detail;
        finish(page.status, failure, head + page.body);
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
    return pageFor(failure, QString(), 0).status;
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

LabGateway::~LabGateway()
{
    // A health check under way is a socket that is a child of this object and reports into d from
    // its signals (a socket still connected says "disconnected" as it is destroyed). End them while
    // d still exists, without their reports: QObject would delete them only after d is gone.
    const QList<QTcpSocket *> checks = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : checks) {
        socket->disconnect();
        delete socket;
    }
}

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
