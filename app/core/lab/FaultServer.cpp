#include "lab/FaultServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <sys/socket.h>
#include <zlib.h>

Q_LOGGING_CATEGORY(lcLabOrigin, "gatescope.lab", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

constexpr qsizetype MaxRequestHeadBytes = 1024 * 1024;
constexpr qint64 MaxRequestBodyBytes = 64 * 1024 * 1024;
constexpr qint64 BigChunkBytes = 256 * 1024;

const char BadHeaderStatusLine[] = "HTTP/1.1 200 OK\r\n";
const char BadHeaderFirstLine[] = "Content-Length: 17\r\n"; // the line without ':' follows

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 103:
        return "Early Hints";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray jsonBody()
{
    return R"({"ok":true,"service":"gatescope-lab-origin","items":[{"id":1,"name":"alpha"},{"id":2,"name":"beta"}]})"_ba;
}

// gzip (windowBits 31) or zlib "deflate" (windowBits 15) in one go.
QByteArray compress(const QByteArray &data, int windowBits)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray stackTracePage()
{
    return R"html(<!DOCTYPE html>
<html><head><title>Error</title></head><body>
<h1>Whitelabel Error Page</h1>
<p>This application has no explicit mapping for /error, so you are seeing this as a fallback.</p>
<div>There was an unexpected error (type=Internal Server Error, status=500).</div>
<div style="white-space:pre-wrap;">java.lang.NullPointerException: Cannot invoke "com.example.orders.Customer.getId()" because "customer" is null
	at com.example.orders.OrderService.placeOrder(OrderService.java:87)
	at com.example.orders.OrderController.create(OrderController.java:42)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
	at java.base/java.lang.reflect.Method.invoke(Method.java:580)
	at org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)
	at org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:188)
	at org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)
	at org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)
	at org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)
	at jakarta.servlet.http.HttpServlet.service(HttpServlet.java:590)
	at org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:205)
	at org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:166)
	at org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)
	at org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)
	at java.base/java.lang.Thread.run(Thread.java:1583)
</div></body></html>
)html"_ba;
}

QByteArray maintenancePage()
{
    return R"html(<!DOCTYPE html>
<html><head><title>Down for maintenance</title></head><body>
<h1>We'll be back soon</h1>
<p>Scheduled maintenance is in progress. Please try again in a few minutes.</p>
</body></html>
)html"_ba;
}

QByteArray loginPage()
{
    return R"html(<!DOCTYPE html>
<html><head><title>Sign in</title></head><body>
<form method="post" action="/login">
<label>User name <input name="username"></label>
<label>Password <input name="password" type="password"></label>
<button type="submit">Sign in</button>
</form></body></html>
)html"_ba;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::FaultServer)
};

} // namespace

// ---------------------------------------------------------------------------------------------

QList<FaultServer::ModeInfo> FaultServer::modes()
{
    using M = Mode;
    return {
        { M::Json, u"/json"_s, {}, Tr::tr("200 application/json with Content-Length") },
        { M::Echo, u"/echo"_s, {}, Tr::tr("200 text/plain: the request head and body as received") },
        { M::SlowFirstByte, u"/slow-first-byte"_s, u"ms=500"_s,
          Tr::tr("waits ms before the first byte, then answers as /json") },
        { M::SlowBody, u"/slow-body"_s, u"ms=100&chunks=5"_s,
          Tr::tr("headers at once, then the body in pieces ms apart") },
        { M::Hang, u"/hang"_s, {}, Tr::tr("reads the request and never answers or closes") },
        { M::CloseBeforeAnyByte,
          u"/close-before-any-byte"_s,
          {},
          Tr::tr("reads the request and closes without sending a byte") },
        { M::CloseMidHeaders, u"/close-mid-headers"_s, {}, Tr::tr("sends half a header block and closes") },
        { M::CloseMidBody, u"/close-mid-body"_s, {}, Tr::tr("promises 1000 body bytes, sends 100 and closes") },
        { M::Reset, u"/reset"_s, u"bytes=0"_s,
          Tr::tr("sends the first bytes of a response, then resets the connection (SO_LINGER 0)") },
        { M::Garbage, u"/garbage"_s, {}, Tr::tr("answers with bytes that are not HTTP and closes") },
        { M::BadHeader, u"/bad-header"_s, {}, Tr::tr("a header line without ':'") },
        { M::BadChunking, u"/bad-chunking"_s, {}, Tr::tr("a chunked body with an invalid chunk size") },
        { M::HugeHeaders, u"/huge-headers"_s, u"bytes=327680"_s, Tr::tr("a header block of about the given size") },
        { M::Continue100, u"/100-continue"_s, {}, Tr::tr("100 Continue, then 200 JSON") },
        { M::EarlyHints103, u"/103-early-hints"_s, {}, Tr::tr("103 Early Hints, then 200 JSON") },
        { M::Redirect, u"/redirect"_s, u"n=3&code=302"_s, Tr::tr("a chain of n redirects ending in /json") },
        { M::Gzip, u"/gzip"_s, {}, Tr::tr("200 JSON compressed with gzip") },
        { M::Deflate, u"/deflate"_s, {}, Tr::tr("200 JSON compressed with deflate (zlib)") },
        { M::Chunked, u"/chunked"_s, {}, Tr::tr("200 JSON in chunked transfer encoding") },
        { M::CloseDelimited,
          u"/close-delimited"_s,
          {},
          Tr::tr("200 without Content-Length; the body ends when the connection closes") },
        { M::Status, u"/status"_s, u"code=502&body=&type=text/plain&header=Name: value"_s,
          Tr::tr("any status with the given body and headers") },
        { M::StackTrace500, u"/stacktrace-500"_s, {}, Tr::tr("500 with a Java stack trace in an HTML error page") },
        { M::Maintenance, u"/maintenance"_s, u"retry=120"_s, Tr::tr("503 maintenance page with Retry-After") },
        { M::HtmlLogin, u"/html-login"_s, {}, Tr::tr("200 HTML login page, whatever the caller accepts") },
        { M::Big, u"/big"_s, u"bytes=10485760"_s, Tr::tr("200 with a body of the given size") },
        { M::Delay, u"/delay"_s, u"ms=1000&code=200&body=&type=text/plain&timing="_s,
          Tr::tr("waits ms, then answers as /status; with timing=NAME it says how long it took in Server-Timing") },
        { M::ObsFold,
          u"/obs-fold"_s,
          {},
          Tr::tr("a header value continued on a line starting with a space (obsolete line folding)") },
        { M::InvalidHeaderName, u"/invalid-header-name"_s, {}, Tr::tr("a header whose field name contains '@'") },
        { M::ConflictingContentLength,
          u"/conflicting-content-length"_s,
          {},
          Tr::tr("two Content-Length headers with different values") },
        { M::ContentLengthAndChunked,
          u"/content-length-and-chunked"_s,
          {},
          Tr::tr("both Content-Length and Transfer-Encoding: chunked") },
        { M::BytesAfterMessage, u"/bytes-after-message"_s, {}, Tr::tr("a complete response followed by more bytes") },
        { M::BadStatusLine,
          u"/bad-status-line"_s,
          {},
          Tr::tr("a status line with letters where the status code should be") },
        { M::NoContentWithBody, u"/no-content-with-body"_s, u"code=204"_s,
          Tr::tr("204 or 304 followed by a body it must not have") },
        { M::Raw, u"/raw"_s, u"b64="_s, Tr::tr("sends the given bytes (base64 or base64url) and closes") },
        { M::Every, u"/every"_s, u"n=3&code=502"_s,
          Tr::tr("every n-th request (counted per query) answers with code, the others as /json") },
        { M::KeepAlive, u"/keep-alive"_s, u"idle=3000&header=0&close=fin"_s,
          Tr::tr("200 JSON on a kept-alive connection, closed (fin or reset) after idle ms without a request") },
    };
}

std::optional<FaultServer::Mode> FaultServer::modeForPath(QStringView path)
{
    const QList<ModeInfo> all = modes();
    for (const ModeInfo &info : all) {
        if (path == info.path)
            return info.mode;
    }
    return std::nullopt;
}

QString FaultServer::pathForMode(Mode mode)
{
    const QList<ModeInfo> all = modes();
    for (const ModeInfo &info : all) {
        if (info.mode == mode)
            return info.path;
    }
    return {};
}

qint64 FaultServer::badHeaderOffset()
{
    return qint64(sizeof(BadHeaderStatusLine) - 1 + sizeof(BadHeaderFirstLine) - 1);
}

QByteArray FaultServer::malformedResponse(Mode mode, int status)
{
    using M = Mode;
    switch (mode) {
    case M::ObsFold:
        return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Folded: first part\r\n  second part\r\n"
               "Content-Length: 6\r\nConnection: close\r\n\r\nfolded"_ba;
    case M::InvalidHeaderName:
        return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Bad@Name: 1\r\n"
               "Content-Length: 7\r\nConnection: close\r\n\r\nbadname"_ba;
    case M::ConflictingContentLength:
        return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nContent-Length: 7\r\n"
               "Connection: close\r\n\r\nhello, "_ba;
    case M::ContentLengthAndChunked:
        return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n"
               "Connection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n"_ba;
    case M::BytesAfterMessage:
        return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"
               "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nagain"_ba;
    case M::BadStatusLine:
        return "HTTP/1.1 2OO OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"_ba;
    case M::NoContentWithBody: {
        const int code = status == 304 ? 304 : 204;
        return "HTTP/1.1 " + QByteArray::number(code) + ' ' + reasonPhrase(code)
            + "\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\na body that must not be here"_ba;
    }
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------

// One accepted connection of the fault server: reads a request, then misbehaves as its path
// says. Deletes itself when the socket goes away.
class FaultConnection : public QObject
{
public:
    FaultConnection(FaultServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this] { readRequest(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { deleteLater(); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { continueBigBody(); });
        m_idleTimer.setSingleShot(true);
        m_idleTimer.setTimerType(Qt::PreciseTimer);
        connect(&m_idleTimer, &QTimer::timeout, this, [this] {
            if (m_resetWhenIdle)
                resetConnection();
            else
                m_socket->disconnectFromHost();
        });
        readRequest();
    }

private:
    void readRequest()
    {
        if (m_keptAlive && m_answered && m_socket->bytesAvailable() > 0) {
            // The next request on a kept-alive connection. close=lazy: when it comes after the idle
            // time, the server closes without an answer — the close winning the race with it.
            if (m_lazyClose && m_idleSince.isValid() && m_idleSince.elapsed() >= m_idleLimitMs) {
                m_socket->readAll();
                m_socket->disconnectFromHost();
                return;
            }
            m_idleTimer.stop();
            m_answered = false;
            m_buffer.clear();
            m_headEnd = -1;
            m_bodyLength = 0;
        }
        if (m_answered) {
            m_socket->readAll(); // read and dropped, so that closing never turns into a reset
            return;
        }
        m_buffer += m_socket->readAll();
        if (m_headEnd < 0) {
            m_headEnd = m_buffer.indexOf("\r\n\r\n");
            if (m_headEnd < 0) {
                if (m_buffer.size() > MaxRequestHeadBytes)
                    answerAndClose(response(431, "text/plain", "request head too large\n"));
                return;
            }
            m_headEnd += 4;
            const QByteArray head = m_buffer.left(m_headEnd);
            const QList<QByteArray> lines = head.split('\n');
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    m_bodyLength = std::clamp<qint64>(line.mid(15).trimmed().toLongLong(), 0, MaxRequestBodyBytes);
            }
        }
        if (m_buffer.size() - m_headEnd < m_bodyLength)
            return;
        m_answered = true;
        const QByteArray head = m_buffer.left(m_headEnd);
        m_server->recordRequest(head);
        const QByteArray requestLine = head.left(head.indexOf("\r\n"));
        const QList<QByteArray> parts = requestLine.split(' ');
        QByteArray target = parts.value(1);
        // absolute-form (a proxy in front): keep only path and query.
        if (target.startsWith("http://") || target.startsWith("https://")) {
            const QUrl url = QUrl::fromEncoded(target);
            target = url.path(QUrl::FullyEncoded).toLatin1();
            if (url.hasQuery())
                target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
        }
        const QUrl url = QUrl::fromEncoded("http://lab" + target);
        m_query = QUrlQuery(url);
        qCDebug(lcLabOrigin).noquote() << "lab origin:" << QString::fromLatin1(requestLine);
        const std::optional<FaultServer::Mode> mode = FaultServer::modeForPath(url.path());
        if (!mode) {
            QByteArray known;
            const QList<FaultServer::ModeInfo> all = FaultServer::modes();
            for (const FaultServer::ModeInfo &info : all)
                known += (known.isEmpty() ? "\"" : ",\"") + info.path.toLatin1() + '"';
            answerAndClose(
                response(404, "application/json", R"({"error":"unknown lab path","paths":[)" + known + "]}"));
            return;
        }
        serve(*mode, head + m_buffer.mid(m_headEnd, m_bodyLength));
    }

    int intParameter(const char *name, int fallback) const
    {
        bool ok = false;
        const int value = m_query.queryItemValue(QString::fromLatin1(name)).toInt(&ok);
        return ok ? value : fallback;
    }
    QByteArray textParameter(const char *name, const QByteArray &fallback) const
    {
        const QString key = QString::fromLatin1(name);
        return m_query.hasQueryItem(key) ? m_query.queryItemValue(key, QUrl::FullyDecoded).toUtf8() : fallback;
    }

    static QByteArray response(int status, const QByteArray &type, const QByteArray &body,
                               const QList<QByteArray> &extraHeaders = {})
    {
        QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        if (!type.isEmpty())
            bytes += "Content-Type: " + type + "\r\n";
        for (const QByteArray &header : extraHeaders)
            bytes += header + "\r\n";
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        return bytes;
    }

    QByteArray statusResponse() const
    {
        QList<QByteArray> headers;
        const QStringList extra = m_query.allQueryItemValues(u"header"_s, QUrl::FullyDecoded);
        for (const QString &header : extra)
            headers.append(header.toUtf8());
        return response(intParameter("code", 502), textParameter("type", "text/plain"), textParameter("body", {}),
                        headers);
    }

    void send(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        m_socket->flush();
    }

    void answerAndClose(const QByteArray &bytes)
    {
        m_answered = true;
        send(bytes);
        m_socket->disconnectFromHost(); // FIN once everything is written
    }

    void later(int ms, std::function<void()> action)
    {
        QTimer::singleShot(std::max(0, ms), Qt::PreciseTimer, this, std::move(action));
    }

    void serve(FaultServer::Mode mode, const QByteArray &request)
    {
        using M = FaultServer::Mode;
        switch (mode) {
        case M::Json:
            answerAndClose(response(200, "application/json", jsonBody()));
            return;
        case M::Echo:
            answerAndClose(response(200, "text/plain", request));
            return;
        case M::SlowFirstByte:
            later(intParameter("ms", 500), [this] { answerAndClose(response(200, "application/json", jsonBody())); });
            return;
        case M::SlowBody: {
            const int pieces = std::clamp(intParameter("chunks", 5), 1, 1000);
            const QByteArray piece(64, 'x');
            send("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                 + QByteArray::number(piece.size() * pieces) + "\r\nConnection: close\r\n\r\n");
            m_piecesLeft = pieces;
            sendSlowPiece(intParameter("ms", 100), piece);
            return;
        }
        case M::Hang:
            return;
        case M::CloseBeforeAnyByte:
            m_socket->disconnectFromHost();
            return;
        case M::CloseMidHeaders:
            answerAndClose("HTTP/1.1 200 OK\r\nContent-Type: appli");
            return;
        case M::CloseMidBody:
            answerAndClose(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n"
                + QByteArray(100, 'x'));
            return;
        case M::Reset: {
            const QByteArray full = response(200, "application/json", jsonBody());
            const int bytes = std::clamp(intParameter("bytes", 0), 0, int(full.size()));
            if (bytes > 0)
                send(full.left(bytes));
            // Give the first bytes time to leave before the reset discards what is unsent.
            later(bytes > 0 ? 20 : 0, [this] { resetConnection(); });
            return;
        }
        case M::Garbage: {
            QByteArray noise = "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"_ba;
            for (int i = 0; i < 64; ++i)
                noise.append(char((i * 37 + 11) & 0xff));
            answerAndClose(noise);
            return;
        }
        case M::BadHeader:
            answerAndClose(
                QByteArray(BadHeaderStatusLine) + BadHeaderFirstLine
                + "this line has no colon\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nbad header lines!");
            return;
        case M::BadChunking:
            answerAndClose(
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                "5\r\nhello\r\nzz\r\nthis is not a chunk\r\n0\r\n\r\n");
            return;
        case M::HugeHeaders: {
            const int target = std::clamp(intParameter("bytes", 320 * 1024), 0, 64 * 1024 * 1024);
            QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            for (int i = 0; bytes.size() < target; ++i)
                bytes
                    += "X-Filler-" + QByteArray::number(i).rightJustified(6, '0') + ": " + QByteArray(80, 'f') + "\r\n";
            bytes += "Content-Length: 2\r\nConnection: close\r\n\r\n{}";
            answerAndClose(bytes);
            return;
        }
        case M::Continue100:
            send("HTTP/1.1 100 Continue\r\n\r\n");
            answerAndClose(response(200, "application/json", jsonBody()));
            return;
        case M::EarlyHints103:
            send("HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n");
            answerAndClose(response(200, "application/json", jsonBody()));
            return;
        case M::Redirect: {
            const int n = std::clamp(intParameter("n", 3), 0, 1000);
            if (n == 0) {
                answerAndClose(response(200, "application/json", jsonBody()));
                return;
            }
            const int code = intParameter("code", 302);
            const QByteArray location
                = "/redirect?n=" + QByteArray::number(n - 1) + "&code=" + QByteArray::number(code);
            answerAndClose(
                response(code, "text/plain", "redirecting to " + location + '\n', { "Location: " + location }));
            return;
        }
        case M::Gzip:
            answerAndClose(response(200, "application/json", compress(jsonBody(), 31), { "Content-Encoding: gzip" }));
            return;
        case M::Deflate:
            answerAndClose(
                response(200, "application/json", compress(jsonBody(), 15), { "Content-Encoding: deflate" }));
            return;
        case M::Chunked: {
            const QByteArray body = jsonBody();
            const qsizetype third = body.size() / 3;
            QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                               "chunked\r\nConnection: close\r\n\r\n";
            for (const QByteArray &part : { body.left(third), body.mid(third, third), body.mid(2 * third) })
                bytes += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
            bytes += "0\r\n\r\n";
            answerAndClose(bytes);
            return;
        }
        case M::CloseDelimited:
            answerAndClose("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                           + jsonBody());
            return;
        case M::Status:
            answerAndClose(statusResponse());
            return;
        case M::StackTrace500:
            answerAndClose(response(500, "text/html;charset=UTF-8", stackTracePage()));
            return;
        case M::Maintenance:
            answerAndClose(response(503, "text/html", maintenancePage(),
                                    { "Retry-After: " + QByteArray::number(intParameter("retry", 120)) }));
            return;
        case M::HtmlLogin:
            answerAndClose(response(200, "text/html; charset=utf-8", loginPage()));
            return;
        case M::Big: {
            m_bigLeft = std::clamp<qint64>(m_query.queryItemValue(u"bytes"_s).toLongLong(), 0, qint64(1) << 40);
            if (!m_query.hasQueryItem(u"bytes"_s))
                m_bigLeft = 10 * 1024 * 1024;
            m_bigChunk = QByteArray(BigChunkBytes, 'b');
            send("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                 + QByteArray::number(m_bigLeft) + "\r\nConnection: close\r\n\r\n");
            m_bigActive = true;
            continueBigBody();
            return;
        }
        case M::Delay: {
            // timing=NAME: the time it really took, measured here, as an application would report it.
            QElapsedTimer took;
            took.start();
            later(intParameter("ms", 1000), [this, took] {
                QByteArray bytes = statusResponse();
                const QByteArray name = textParameter("timing", {});
                const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
                if (!name.isEmpty() && headEnd >= 0)
                    bytes.insert(headEnd,
                                 "\r\nServer-Timing: " + name
                                     + ";dur=" + QByteArray::number(double(took.nsecsElapsed()) / 1e6, 'f', 3));
                answerAndClose(bytes);
            });
            return;
        }
        case M::ObsFold:
        case M::InvalidHeaderName:
        case M::ConflictingContentLength:
        case M::ContentLengthAndChunked:
        case M::BytesAfterMessage:
        case M::BadStatusLine:
            answerAndClose(FaultServer::malformedResponse(mode));
            return;
        case M::NoContentWithBody:
            answerAndClose(FaultServer::malformedResponse(mode, intParameter("code", 204)));
            return;
        case M::Raw: {
            const QByteArray encoded = m_query.queryItemValue(u"b64"_s, QUrl::FullyDecoded).toLatin1();
            const auto alphabet = encoded.contains('-') || encoded.contains('_') ? QByteArray::Base64UrlEncoding
                                                                                 : QByteArray::Base64Encoding;
            const QByteArray::FromBase64Result decoded
                = QByteArray::fromBase64Encoding(encoded, alphabet | QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                answerAndClose(response(400, "text/plain", "/raw: the b64 parameter is not base64 or base64url\n"));
                return;
            }
            answerAndClose(decoded.decoded);
            return;
        }
        case M::Every: {
            const int n = std::max(1, intParameter("n", 3));
            const int seen = m_server->countRequest(m_query.toString(QUrl::FullyEncoded));
            if (seen % n == 0)
                answerAndClose(response(intParameter("code", 502), "text/plain",
                                        "lab: request " + QByteArray::number(seen) + " of /every fails\n"));
            else
                answerAndClose(response(200, "application/json", jsonBody()));
            return;
        }
        case M::KeepAlive: {
            // close=lazy&idle=0: every request after the first on the connection is answered by a close.
            const bool lazy = textParameter("close", "fin") == "lazy";
            const int idleMs = std::clamp(intParameter("idle", 3000), lazy ? 0 : 1, 3600 * 1000);
            QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(jsonBody().size()) + "\r\nConnection: keep-alive\r\n";
            if (intParameter("header", 0) != 0)
                bytes += "Keep-Alive: timeout=" + QByteArray::number(idleMs / 1000) + "\r\n";
            send(bytes + "\r\n" + jsonBody());
            m_keptAlive = true; // a pipelined request behind this one is not served
            m_resetWhenIdle = textParameter("close", "fin") == "reset";
            m_lazyClose = lazy;
            m_idleLimitMs = idleMs;
            m_idleSince.start();
            if (!m_lazyClose)
                m_idleTimer.start(idleMs);
            return;
        }
        }
    }

    void sendSlowPiece(int ms, const QByteArray &piece)
    {
        later(ms, [this, ms, piece] {
            send(piece);
            if (--m_piecesLeft > 0)
                sendSlowPiece(ms, piece);
            else
                m_socket->disconnectFromHost();
        });
    }

    void continueBigBody()
    {
        // Keep about two chunks queued: memory stays bounded whatever the size.
        if (!m_bigActive || m_socket->bytesToWrite() > BigChunkBytes)
            return;
        while (m_bigLeft > 0 && m_socket->bytesToWrite() <= BigChunkBytes) {
            const qint64 n = std::min<qint64>(m_bigLeft, BigChunkBytes);
            m_socket->write(m_bigChunk.constData(), n);
            m_bigLeft -= n;
        }
        if (m_bigLeft == 0) {
            m_bigActive = false;
            m_socket->disconnectFromHost();
        }
    }

    void resetConnection()
    {
        const qintptr descriptor = m_socket->socketDescriptor();
        if (descriptor >= 0) {
            linger option { 1, 0 };
            ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof(option));
        }
        m_socket->abort(); // close() with SO_LINGER 0 sends RST
        deleteLater();
    }

    FaultServer *m_server; // not owned (parent)
    QTcpSocket *m_socket; // owned (child)
    QByteArray m_buffer;
    qsizetype m_headEnd = -1;
    qint64 m_bodyLength = 0;
    bool m_answered = false;
    bool m_keptAlive = false; // /keep-alive: further requests are read after the answer
    bool m_resetWhenIdle = false; // /keep-alive?close=reset
    bool m_lazyClose = false; // /keep-alive?close=lazy
    int m_idleLimitMs = 0;
    QElapsedTimer m_idleSince; // since the last answer on a kept-alive connection
    QTimer m_idleTimer; // /keep-alive: closes the idle connection
    QUrlQuery m_query;
    int m_piecesLeft = 0;
    bool m_bigActive = false;
    qint64 m_bigLeft = 0;
    QByteArray m_bigChunk;
};

// ---------------------------------------------------------------------------------------------

FaultServer::FaultServer(QObject *parent)
    : QObject(parent)
{ }

FaultServer::~FaultServer() = default;

QSslCertificate FaultServer::testCertificate()
{
    QFile file(u":/lab/test-cert.pem"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

QSslKey FaultServer::testKey()
{
    QFile file(u":/lab/test-key.pem"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QSslKey();
    return QSslKey(file.readAll(), QSsl::Rsa, QSsl::Pem);
}

bool FaultServer::start(const QHostAddress &address, bool withTls)
{
    stop();
    m_plain = new QTcpServer(this);
    if (!m_plain->listen(address, 0)) {
        m_error = Tr::tr("lab origin: cannot listen on %1: %2").arg(address.toString(), m_plain->errorString());
        stop();
        return false;
    }
    connect(m_plain, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_plain->nextPendingConnection()) {
            ++m_connections;
            new FaultConnection(this, socket);
        }
    });
    if (!withTls)
        return true;

    const QSslCertificate certificate = testCertificate();
    const QSslKey key = testKey();
    if (certificate.isNull() || key.isNull()) {
        m_error = Tr::tr("lab origin: the TLS test certificate is missing from the resources (:/lab/test-cert.pem)");
        stop();
        return false;
    }
    auto *tls = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls->setSslConfiguration(configuration);
    m_tls = tls;
    if (!m_tls->listen(address, 0)) {
        m_error = Tr::tr("lab origin: cannot listen for TLS on %1: %2").arg(address.toString(), m_tls->errorString());
        stop();
        return false;
    }
    connect(m_tls, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_tls->nextPendingConnection()) {
            ++m_connections;
            new FaultConnection(this, socket);
        }
    });
    return true;
}

void FaultServer::stop()
{
    for (QTcpServer *server : { m_plain, m_tls }) {
        if (server) {
            server->close();
            server->deleteLater();
        }
    }
    m_plain = nullptr;
    m_tls = nullptr;
}

bool FaultServer::isListening() const
{
    return m_plain && m_plain->isListening();
}

QString FaultServer::errorString() const
{
    return m_error;
}

quint16 FaultServer::port() const
{
    return m_plain ? m_plain->serverPort() : 0;
}

quint16 FaultServer::tlsPort() const
{
    return m_tls ? m_tls->serverPort() : 0;
}

QHostAddress FaultServer::address() const
{
    return m_plain ? m_plain->serverAddress() : QHostAddress();
}

static QUrl labUrl(const QString &scheme, const QHostAddress &address, quint16 port, const QString &pathAndQuery)
{
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return QUrl(scheme + u"://"_s + host + u':' + QString::number(port) + pathAndQuery);
}

QUrl FaultServer::url(const QString &pathAndQuery) const
{
    return labUrl(u"http"_s, address(), port(), pathAndQuery);
}

QUrl FaultServer::tlsUrl(const QString &pathAndQuery) const
{
    return labUrl(u"https"_s, address(), tlsPort(), pathAndQuery);
}

QList<QByteArray> FaultServer::receivedRequests() const
{
    return m_requests;
}

int FaultServer::connectionCount() const
{
    return m_connections;
}

int FaultServer::countRequest(const QString &key)
{
    return ++m_requestCounts[key];
}

void FaultServer::recordRequest(const QByteArray &head)
{
    m_requests.append(head);
    Q_EMIT requestReceived(head);
}

quint16 FaultServer::refusingPort(const QHostAddress &address)
{
    QTcpServer probe;
    if (!probe.listen(address, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// ---------------------------------------------------------------------------------------------

SilentServer::SilentServer(QObject *parent)
    : QObject(parent)
{ }

SilentServer::~SilentServer() = default;

bool SilentServer::start(const QHostAddress &address)
{
    delete m_server;
    m_server = new QTcpServer(this);
    if (!m_server->listen(address, 0))
        return false;
    m_server->pauseAccepting(); // the kernel completes handshakes; nobody ever takes them
    return true;
}

quint16 SilentServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

// ---------------------------------------------------------------------------------------------

DroppingListener::DroppingListener(QObject *parent)
    : QObject(parent)
{ }

DroppingListener::~DroppingListener() = default;

bool DroppingListener::start(const QHostAddress &address, quint16 port)
{
    qDeleteAll(m_fillers);
    m_fillers.clear();
    delete m_server;
    m_server = new QTcpServer(this);
    m_server->setListenBacklogSize(0); // Linux keeps backlog + 1 = one connection waiting
    if (!m_server->listen(address, port)) {
        m_error = Tr::tr("dropping listener: cannot listen on %1 port %2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg(m_server->errorString());
        return false;
    }
    m_server->pauseAccepting();
    // Connect until one connection is not accepted by the kernel: the queue is then full and
    // that last SYN (like every later one) was dropped.
    constexpr int MaxFillers = 8;
    for (int i = 0; i < MaxFillers; ++i) {
        auto *filler = new QTcpSocket(this);
        filler->setProxy(QNetworkProxy::NoProxy);
        filler->connectToHost(address, m_server->serverPort());
        if (!filler->waitForConnected(150)) {
            filler->abort();
            delete filler;
            if (m_fillers.isEmpty()) {
                m_error = Tr::tr("dropping listener: the first connection to %1 port %2 did not complete")
                              .arg(address.toString())
                              .arg(m_server->serverPort());
                return false;
            }
            return true;
        }
        m_fillers.append(filler);
    }
    m_error = Tr::tr("dropping listener: the kernel accepted %1 connections on %2 port %3 despite a backlog of 0")
                  .arg(MaxFillers)
                  .arg(address.toString())
                  .arg(m_server->serverPort());
    return false;
}

quint16 DroppingListener::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString DroppingListener::errorString() const
{
    return m_error;
}

} // namespace Gatescope
