#include "lab/Http2FaultServer.h"

#include "lab/FaultServer.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstring>
#include <map>
#include <nghttp2/nghttp2.h>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Gatescope {

// One connection of the h2 fault server: a libnghttp2 server session between the socket and the
// behaviour the path asks for.
class Http2FaultConnection : public QObject
{
public:
    // How the connection begins: Sniff (plain TCP: the client preface means h2c with prior
    // knowledge, anything else is an HTTP/1.1 request, maybe asking for an h2c Upgrade), Http2
    // (TLS with ALPN h2) or Http11 (TLS with ALPN http/1.1 or none).
    enum class Start { Sniff, Http2, Http11 };
    Http2FaultConnection(Http2FaultServer *server, QTcpSocket *socket, Start start);
    ~Http2FaultConnection() override;

private:
    struct Stream
    {
        QString path;
        QUrlQuery query;
        qsizetype headerBytes = 0;
        bool refused = false;
        bool answered = false;
        QByteArray body;
        qsizetype offset = 0;
        qsizetype sendLimit = -1; // -1 = the whole body, else stop (deferred) after this many bytes
    };

    static Http2FaultConnection *self(void *user) { return static_cast<Http2FaultConnection *>(user); }
    static int onBeginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *user);
    static int onHeader(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength,
                        const uint8_t *value, size_t valueLength, uint8_t, void *user);
    static int onFrameRecv(nghttp2_session *, const nghttp2_frame *frame, void *user);
    static int onDataChunk(nghttp2_session *, uint8_t, int32_t streamId, const uint8_t *, size_t length, void *user);
    static int onStreamClose(nghttp2_session *, int32_t streamId, uint32_t, void *user);
    static ssize_t readBody(nghttp2_session *, int32_t streamId, uint8_t *buffer, size_t length, uint32_t *flags,
                            nghttp2_data_source *, void *user);

    void beginHttp2();
    void readHttp2(QByteArrayView bytes);
    void readHttp11();
    void answerHttp11(const QByteArray &method, const QUrl &url, const QByteArray &upgrade,
                      const QByteArray &http2Settings, QByteArray rest);
    void respond(int32_t streamId);
    void submitResponse(int32_t streamId, Stream &stream, int status, const QByteArray &type);
    void pump();
    void onReadyRead();

    Http2FaultServer *m_server;
    QTcpSocket *m_socket;
    Start m_mode;
    QByteArray m_pending; // bytes read before the mode was known, or of an HTTP/1.1 request
    bool m_http11Answered = false;
    nghttp2_session *m_session = nullptr;
    std::map<int32_t, Stream> m_streams;
};

Http2FaultConnection::Http2FaultConnection(Http2FaultServer *server, QTcpSocket *socket, Start start)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_mode(start)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &Http2FaultConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (m_mode == Start::Http2) {
        beginHttp2();
        pump();
    }
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

void Http2FaultConnection::beginHttp2()
{
    m_mode = Start::Http2;
    nghttp2_session_callbacks *callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &onBeginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &onHeader);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &onFrameRecv);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &onDataChunk);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &onStreamClose);
    nghttp2_option *option = nullptr;
    nghttp2_option_new(&option);
    nghttp2_option_set_no_auto_window_update(option, 1); // /stall keeps the window shut
    nghttp2_session_server_new2(&m_session, callbacks, this, option);
    nghttp2_option_del(option);
    nghttp2_session_callbacks_del(callbacks);
    const nghttp2_settings_entry settings[]
        = { { NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 100 },
            { NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE, Http2FaultServer::MaxHeaderList } };
    nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, std::size(settings));
}

Http2FaultConnection::~Http2FaultConnection()
{
    if (m_session)
        nghttp2_session_del(m_session);
}

void Http2FaultConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_http11Answered && m_mode != Start::Http2)
        return;
    if (m_mode == Start::Http2) {
        readHttp2(bytes);
        return;
    }
    m_pending += bytes;
    if (m_mode == Start::Sniff) {
        // RFC 9113 §3.4: a client with prior knowledge starts with this preface.
        static constexpr QByteArrayView Preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
        const qsizetype n = std::min(m_pending.size(), Preface.size());
        if (QByteArrayView(m_pending).first(n) == Preface.first(n)) {
            if (n < Preface.size())
                return; // not yet told apart
            beginHttp2();
            readHttp2(std::exchange(m_pending, {}));
            return;
        }
        m_mode = Start::Http11;
    }
    readHttp11();
}

void Http2FaultConnection::readHttp2(QByteArrayView bytes)
{
    const auto used = nghttp2_session_mem_recv(m_session, reinterpret_cast<const uint8_t *>(bytes.data()),
                                               std::size_t(bytes.size()));
    pump();
    if (used < 0)
        m_socket->disconnectFromHost();
}

// An HTTP/1.1 request: the head, then a Content-Length body, read in full before the answer.
void Http2FaultConnection::readHttp11()
{
    const qsizetype headEnd = m_pending.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_pending.size() > 64 * 1024)
            m_socket->disconnectFromHost();
        return;
    }
    const QList<QByteArray> lines = m_pending.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QByteArray upgrade;
    QByteArray settings;
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        if (name == "upgrade")
            upgrade = value;
        else if (name == "http2-settings")
            settings = value;
        else if (name == "content-length")
            contentLength = value.toLongLong();
    }
    if (m_pending.size() - (headEnd + 4) < contentLength)
        return; // the body is still coming
    const QByteArray rest = m_pending.mid(headEnd + 4 + contentLength);
    m_pending.clear();
    m_http11Answered = true; // one request per connection: what follows is not read as a request
    answerHttp11(requestLine.value(0), QUrl(u"http://lab"_s + QString::fromLatin1(requestLine.value(1))), upgrade,
                 settings, rest);
}

void Http2FaultConnection::answerHttp11(const QByteArray &method, const QUrl &url, const QByteArray &upgrade,
                                        const QByteArray &http2Settings, QByteArray rest)
{
    const QUrlQuery query(url);
    const bool plain = !qobject_cast<QSslSocket *>(m_socket);
    // RFC 9113 §3.2 (RFC 7540 §3.2): "Upgrade: h2c" with one HTTP2-Settings field, over plain TCP.
    if (plain && upgrade.toLower().split(',').contains("h2c") && !http2Settings.isEmpty()
        && query.queryItemValue(u"upgrade"_s) != u"no") {
        const QByteArray payload = QByteArray::fromBase64(http2Settings, QByteArray::Base64UrlEncoding);
        m_socket->write("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n");
        beginHttp2();
        if (nghttp2_session_upgrade2(m_session, reinterpret_cast<const uint8_t *>(payload.constData()),
                                     std::size_t(payload.size()), method == "HEAD" ? 1 : 0, nullptr)
            != 0) {
            m_socket->disconnectFromHost();
            return;
        }
        Stream &stream = m_streams[1];
        stream.path = url.path();
        stream.query = query;
        respond(1);
        pump();
        if (!rest.isEmpty())
            readHttp2(rest);
        return;
    }
    // Over HTTP/1.1 the h2 faults do not exist: every path answers as /json does, except /hang
    // (no answer), /big (its bytes) and /502-over-http1 (a 502 here, a 200 over h2).
    const QString path = url.path();
    if (path == u"/hang")
        return;
    int status = 200;
    QByteArray type = "application/json";
    QByteArray body = R"({"ok":true,"via":"http/1.1"})";
    if (path == u"/big") {
        bool ok = false;
        const qsizetype bytes = query.queryItemValue(u"bytes"_s).toLongLong(&ok);
        body = QByteArray(ok ? std::clamp<qsizetype>(bytes, 0, 64 * 1024 * 1024) : 10 * 1024 * 1024, 'x');
        type = "application/octet-stream";
    } else if (path == u"/502-over-http1") {
        status = 502;
        type = "text/plain";
        body = "lab: bad gateway over HTTP/1.1";
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Bad Gateway")
        + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nServer: gatescope-lab-h2\r\nConnection: close\r\n\r\n";
    m_socket->write(head + (method == "HEAD" ? QByteArray() : body));
    m_socket->disconnectFromHost();
}

void Http2FaultConnection::pump()
{
    for (;;) {
        const uint8_t *data = nullptr;
        const auto n = nghttp2_session_mem_send(m_session, &data);
        if (n <= 0)
            break;
        m_socket->write(reinterpret_cast<const char *>(data), qint64(n));
    }
    m_socket->flush();
}

int Http2FaultConnection::onBeginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *user)
{
    if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST)
        self(user)->m_streams[frame->hd.stream_id] = Stream {};
    return 0;
}

int Http2FaultConnection::onHeader(nghttp2_session *session, const nghttp2_frame *frame, const uint8_t *name,
                                   size_t nameLength, const uint8_t *value, size_t valueLength, uint8_t, void *user)
{
    Http2FaultConnection *c = self(user);
    const auto it = c->m_streams.find(frame->hd.stream_id);
    if (it == c->m_streams.end())
        return 0;
    Stream &stream = it->second;
    stream.headerBytes += qsizetype(nameLength + valueLength + 32);
    if (stream.headerBytes > qsizetype(Http2FaultServer::MaxHeaderList) && !stream.refused) {
        stream.refused = true;
        nghttp2_submit_rst_stream(session, NGHTTP2_FLAG_NONE, frame->hd.stream_id, NGHTTP2_PROTOCOL_ERROR);
    }
    if (QByteArrayView(name, nameLength) == ":path") {
        const QUrl url(u"http://lab"_s
                       + QString::fromLatin1(reinterpret_cast<const char *>(value), qsizetype(valueLength)));
        stream.path = url.path();
        stream.query = QUrlQuery(url);
    }
    return 0;
}

int Http2FaultConnection::onDataChunk(nghttp2_session *session, uint8_t, int32_t streamId, const uint8_t *,
                                      size_t length, void *user)
{
    Http2FaultConnection *c = self(user);
    const auto it = c->m_streams.find(streamId);
    if (it == c->m_streams.end() || it->second.path != u"/stall")
        nghttp2_session_consume(session, streamId, length);
    return 0;
}

int Http2FaultConnection::onFrameRecv(nghttp2_session *, const nghttp2_frame *frame, void *user)
{
    Http2FaultConnection *c = self(user);
    if ((frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA)
        && (frame->hd.flags & NGHTTP2_FLAG_END_STREAM))
        c->respond(frame->hd.stream_id);
    return 0;
}

int Http2FaultConnection::onStreamClose(nghttp2_session *, int32_t streamId, uint32_t, void *user)
{
    self(user)->m_streams.erase(streamId);
    return 0;
}

ssize_t Http2FaultConnection::readBody(nghttp2_session *, int32_t streamId, uint8_t *buffer, size_t length,
                                       uint32_t *flags, nghttp2_data_source *, void *user)
{
    Http2FaultConnection *c = self(user);
    const auto it = c->m_streams.find(streamId);
    if (it == c->m_streams.end()) {
        *flags |= NGHTTP2_DATA_FLAG_EOF;
        return 0;
    }
    Stream &stream = it->second;
    const qsizetype end = stream.sendLimit >= 0 ? std::min(stream.sendLimit, stream.body.size()) : stream.body.size();
    if (stream.offset >= end && end < stream.body.size())
        return NGHTTP2_ERR_DEFERRED;
    const qsizetype n = std::min<qsizetype>(qsizetype(length), end - stream.offset);
    std::copy_n(stream.body.constData() + stream.offset, n, buffer);
    stream.offset += n;
    if (stream.offset >= stream.body.size())
        *flags |= NGHTTP2_DATA_FLAG_EOF;
    return ssize_t(n);
}

void Http2FaultConnection::submitResponse(int32_t streamId, Stream &stream, int status, const QByteArray &type)
{
    QByteArray statusText = QByteArray::number(status);
    QByteArray contentType = type;
    QByteArray length = QByteArray::number(stream.body.size());
    QByteArray server = "gatescope-lab-h2";
    auto field = [](const char *name, QByteArray &value) {
        return nghttp2_nv { reinterpret_cast<uint8_t *>(const_cast<char *>(name)),
                            reinterpret_cast<uint8_t *>(value.data()), std::strlen(name), std::size_t(value.size()),
                            NGHTTP2_NV_FLAG_NONE };
    };
    const nghttp2_nv fields[] = { field(":status", statusText), field("content-type", contentType),
                                  field("content-length", length), field("server", server) };
    nghttp2_data_provider provider {};
    provider.read_callback = &readBody;
    nghttp2_submit_response(m_session, streamId, fields, std::size(fields), &provider);
}

void Http2FaultConnection::respond(int32_t streamId)
{
    const auto it = m_streams.find(streamId);
    if (it == m_streams.end() || it->second.refused || it->second.answered)
        return;
    Stream &stream = it->second;
    stream.answered = true;
    ++m_server->m_streams;
    const QString &path = stream.path;
    const auto code = [&stream](int fallback) {
        bool ok = false;
        const uint given = stream.query.queryItemValue(u"code"_s).toUInt(&ok);
        return ok ? given : uint(fallback);
    };
    if (path == u"/json" || path == u"/502-over-http1") {
        stream.body = R"({"ok":true,"via":"h2"})";
        submitResponse(streamId, stream, 200, "application/json");
    } else if (path == u"/rst") {
        nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, code(NGHTTP2_INTERNAL_ERROR));
    } else if (path == u"/rst-mid-body" || path == u"/goaway-mid-body") {
        stream.body = QByteArray(1000, 'x');
        stream.sendLimit = 100;
        submitResponse(streamId, stream, 200, "application/octet-stream");
        const bool rst = path == u"/rst-mid-body";
        const uint rstCode = code(NGHTTP2_INTERNAL_ERROR);
        // After the first 100 bytes are on the wire, on the next pass of the event loop.
        QTimer::singleShot(20, this, [this, streamId, rst, rstCode] {
            if (rst) {
                nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, rstCode);
                pump();
                return;
            }
            static const char debug[] = "lab goaway mid-body";
            nghttp2_submit_goaway(m_session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_NO_ERROR,
                                  reinterpret_cast<const uint8_t *>(debug), sizeof debug - 1);
            pump();
            m_socket->disconnectFromHost();
        });
    } else if (path == u"/goaway") {
        const QByteArray debug = stream.query.hasQueryItem(u"debug"_s)
            ? QByteArray::fromBase64(stream.query.queryItemValue(u"debug"_s).toLatin1(), QByteArray::Base64UrlEncoding)
            : QByteArray("lab goaway");
        nghttp2_submit_goaway(m_session, NGHTTP2_FLAG_NONE, 0, code(NGHTTP2_NO_ERROR),
                              reinterpret_cast<const uint8_t *>(debug.constData()), std::size_t(debug.size()));
        QTimer::singleShot(0, this, [this] {
            pump();
            m_socket->disconnectFromHost();
        });
    } else if (path == u"/big") {
        bool ok = false;
        const qsizetype bytes = stream.query.queryItemValue(u"bytes"_s).toLongLong(&ok);
        stream.body = QByteArray(ok ? std::clamp<qsizetype>(bytes, 0, 64 * 1024 * 1024) : 10 * 1024 * 1024, 'x');
        submitResponse(streamId, stream, 200, "application/octet-stream");
    } else if (path == u"/bad-hpack") {
        // A HEADERS frame whose block refers to HPACK index 0, which does not exist (RFC 7541
        // §6.1): written past nghttp2, which would never encode it.
        static const char frame[] = { 0, 0, 1, 1, 4, 0, 0, 0, 0, char(0x80) };
        QByteArray bytes(frame, sizeof frame);
        bytes[8] = char(streamId & 0xff);
        QTimer::singleShot(0, this, [this, bytes] {
            pump();
            m_socket->write(bytes);
            m_socket->flush();
        });
    } else if (path == u"/stall" || path == u"/hang") {
        return;
    } else {
        stream.body = "no such path";
        submitResponse(streamId, stream, 404, "text/plain");
    }
}

Http2FaultServer::Http2FaultServer(QObject *parent)
    : QObject(parent)
{ }

Http2FaultServer::~Http2FaultServer() = default;

bool Http2FaultServer::start(const QHostAddress &address)
{
    m_plain = new QTcpServer(this);
    if (!m_plain->listen(address, 0)) {
        m_error = tr("lab h2 origin: cannot listen on %1: %2").arg(address.toString(), m_plain->errorString());
        return false;
    }
    connect(m_plain, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_plain->nextPendingConnection())
            new Http2FaultConnection(this, socket, Http2FaultConnection::Start::Sniff);
    });
    auto *tls = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(FaultServer::testCertificate());
    configuration.setPrivateKey(FaultServer::testKey());
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setAllowedNextProtocols(
        { QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1 });
    tls->setSslConfiguration(configuration);
    m_tls = tls;
    if (!m_tls->listen(address, 0)) {
        m_error = tr("lab h2 origin: cannot listen for TLS on %1: %2").arg(address.toString(), m_tls->errorString());
        return false;
    }
    connect(m_tls, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_tls->nextPendingConnection()) {
            const auto *ssl = qobject_cast<QSslSocket *>(socket);
            const bool h2
                = ssl && ssl->sslConfiguration().nextNegotiatedProtocol() == QSslConfiguration::ALPNProtocolHTTP2;
            new Http2FaultConnection(this, socket,
                                     h2 ? Http2FaultConnection::Start::Http2 : Http2FaultConnection::Start::Http11);
        }
    });
    return true;
}

static QUrl h2LabUrl(const QString &scheme, const QTcpServer *server, const QString &pathAndQuery)
{
    return QUrl(scheme + u"://127.0.0.1:"_s + QString::number(server ? server->serverPort() : 0) + pathAndQuery);
}

QUrl Http2FaultServer::url(const QString &pathAndQuery) const
{
    return h2LabUrl(u"http"_s, m_plain, pathAndQuery);
}

QUrl Http2FaultServer::tlsUrl(const QString &pathAndQuery) const
{
    return h2LabUrl(u"https"_s, m_tls, pathAndQuery);
}

} // namespace Gatescope
