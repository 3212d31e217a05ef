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
#include <vector>

using namespace Qt::StringLiterals;

namespace Gatescope {

// One connection of the h2 fault server: a libnghttp2 server session between the socket and the
// behaviour the path asks for.
class Http2FaultConnection : public QObject
{
public:
    Http2FaultConnection(Http2FaultServer *server, QTcpSocket *socket);
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

    void respond(int32_t streamId);
    void submitResponse(int32_t streamId, Stream &stream, int status, const QByteArray &type);
    void pump();
    void onReadyRead();

    Http2FaultServer *m_server;
    QTcpSocket *m_socket;
    nghttp2_session *m_session = nullptr;
    std::map<int32_t, Stream> m_streams;
};

Http2FaultConnection::Http2FaultConnection(Http2FaultServer *server, QTcpSocket *socket)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
{
    socket->setParent(this);
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
    connect(socket, &QTcpSocket::readyRead, this, &Http2FaultConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    pump();
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

Http2FaultConnection::~Http2FaultConnection()
{
    nghttp2_session_del(m_session);
}

void Http2FaultConnection::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    const auto used = nghttp2_session_mem_recv(m_session, reinterpret_cast<const uint8_t *>(bytes.constData()),
                                               std::size_t(bytes.size()));
    pump();
    if (used < 0)
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
    if (path == u"/json") {
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
            new Http2FaultConnection(this, socket);
    });
    auto *tls = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(FaultServer::testCertificate());
    configuration.setPrivateKey(FaultServer::testKey());
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setAllowedNextProtocols({ QSslConfiguration::ALPNProtocolHTTP2 });
    tls->setSslConfiguration(configuration);
    m_tls = tls;
    if (!m_tls->listen(address, 0)) {
        m_error = tr("lab h2 origin: cannot listen for TLS on %1: %2").arg(address.toString(), m_tls->errorString());
        return false;
    }
    connect(m_tls, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_tls->nextPendingConnection())
            new Http2FaultConnection(this, socket);
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
