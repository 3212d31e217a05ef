#include "probe/Http2Conversation.h"

#include "http/ContentDecoder.h"
#include "http/Http2RequestHeaders.h"

#include <algorithm>
#include <iterator>
#include <nghttp2/nghttp2.h>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

// curl's settings for a new connection (lib/http2.c): no push, 100 streams, a 32 MiB window.
constexpr quint32 StreamWindow = 32 * 1024 * 1024;
constexpr nghttp2_settings_entry LocalSettings[] = { { NGHTTP2_SETTINGS_ENABLE_PUSH, 0 },
                                                     { NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 100 },
                                                     { NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, StreamWindow } };

QString frameTypeName(quint8 type)
{
    static constexpr const char *names[] = { "DATA",         "HEADERS", "PRIORITY", "RST_STREAM",    "SETTINGS",
                                             "PUSH_PROMISE", "PING",    "GOAWAY",   "WINDOW_UPDATE", "CONTINUATION" };
    if (type < std::size(names))
        return QString::fromLatin1(names[type]);
    return u"0x"_s + QString::number(type, 16);
}

QString settingName(qint32 id)
{
    // RFC 9113 §6.5.2, RFC 8441 §3, RFC 9218 §2.1.
    switch (id) {
    case NGHTTP2_SETTINGS_HEADER_TABLE_SIZE:
        return u"HEADER_TABLE_SIZE"_s;
    case NGHTTP2_SETTINGS_ENABLE_PUSH:
        return u"ENABLE_PUSH"_s;
    case NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS:
        return u"MAX_CONCURRENT_STREAMS"_s;
    case NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE:
        return u"INITIAL_WINDOW_SIZE"_s;
    case NGHTTP2_SETTINGS_MAX_FRAME_SIZE:
        return u"MAX_FRAME_SIZE"_s;
    case NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE:
        return u"MAX_HEADER_LIST_SIZE"_s;
    case NGHTTP2_SETTINGS_ENABLE_CONNECT_PROTOCOL:
        return u"ENABLE_CONNECT_PROTOCOL"_s;
    case NGHTTP2_SETTINGS_NO_RFC7540_PRIORITIES:
        return u"NO_RFC7540_PRIORITIES"_s;
    default:
        return u"0x"_s + QString::number(id, 16);
    }
}

Http2Frame describe(const nghttp2_frame *frame, bool received, double atMs)
{
    Http2Frame out;
    out.atMs = atMs;
    out.received = received;
    out.type = frameTypeName(frame->hd.type);
    out.streamId = frame->hd.stream_id;
    out.flags = frame->hd.flags;
    out.length = qint64(frame->hd.length);
    switch (frame->hd.type) {
    case NGHTTP2_RST_STREAM:
        out.errorCode = http2ErrorName(frame->rst_stream.error_code);
        break;
    case NGHTTP2_GOAWAY:
        out.errorCode = http2ErrorName(frame->goaway.error_code);
        out.lastStreamId = frame->goaway.last_stream_id;
        out.detail
            = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(frame->goaway.opaque_data),
                                             qsizetype(std::min<std::size_t>(frame->goaway.opaque_data_len, 256))));
        break;
    case NGHTTP2_WINDOW_UPDATE:
        out.windowIncrement = frame->window_update.window_size_increment;
        break;
    case NGHTTP2_SETTINGS: {
        QStringList values;
        for (std::size_t i = 0; i < frame->settings.niv; ++i)
            values.append(settingName(frame->settings.iv[i].settings_id) + u'='
                          + QString::number(frame->settings.iv[i].value));
        out.detail = (frame->hd.flags & NGHTTP2_FLAG_ACK) ? u"ACK"_s : values.join(u", "_s);
        break;
    }
    case NGHTTP2_PING:
        out.detail = (frame->hd.flags & NGHTTP2_FLAG_ACK) ? u"ACK"_s : QString();
        break;
    default:
        break;
    }
    return out;
}

bool isConnectionSpecific(const QByteArray &lowerName, const QByteArray &value)
{
    // RFC 9113 §8.2.2; Host travels as :authority; HTTP2-Settings belongs to an h2c Upgrade's
    // connection (RFC 7540 §3.2.1), as when an upgraded exchange is sent again.
    if (lowerName == "te")
        return value.trimmed().toLower() != "trailers";
    return lowerName == "connection" || lowerName == "keep-alive" || lowerName == "proxy-connection"
        || lowerName == "transfer-encoding" || lowerName == "upgrade" || lowerName == "host"
        || lowerName == "http2-settings";
}

} // namespace

struct Http2Conversation::Session
{
    nghttp2_session *session = nullptr;
    ~Session()
    {
        if (session)
            nghttp2_session_del(session);
    }
};

struct Http2Conversation::Decoder
{
    ContentDecoder decoder;
    explicit Decoder(ContentDecoder::Coding coding)
        : decoder(coding)
    { }
};

// The nghttp2 callbacks: each finds its Http2Conversation in user_data.
struct Http2Conversation::Callbacks
{
    static Http2Conversation *self(void *user) { return static_cast<Http2Conversation *>(user); }

    static int onFrameRecv(nghttp2_session *session, const nghttp2_frame *frame, void *user)
    {
        Http2Conversation *c = self(user);
        if (c->m_fatal)
            return 0; // the rest of the frame that ended the conversation
        c->record(describe(frame, true, c->m_clock()));
        if ((frame->hd.type == NGHTTP2_SETTINGS || frame->hd.type == NGHTTP2_PING)
            && !(frame->hd.flags & NGHTTP2_FLAG_ACK) && ++c->m_answeredFrames > MaxAnsweredFrames) {
            c->m_fatal = true;
            c->m_failure = tr("the server sent more than %1 SETTINGS and PING frames, each asking for an "
                              "acknowledgement (a flood); Gatescope ended the connection with GOAWAY "
                              "ENHANCE_YOUR_CALM")
                               .arg(MaxAnsweredFrames);
            nghttp2_session_terminate_session(session, NGHTTP2_ENHANCE_YOUR_CALM);
            return 0;
        }
        switch (frame->hd.type) {
        case NGHTTP2_RST_STREAM:
            if (frame->hd.stream_id == c->m_streamId)
                c->m_peerResetCode = qint64(frame->rst_stream.error_code);
            break;
        case NGHTTP2_GOAWAY:
            c->m_goAwayCode = qint64(frame->goaway.error_code);
            c->m_goAwayLastStream = frame->goaway.last_stream_id;
            c->m_goAwayDebug = QByteArray(reinterpret_cast<const char *>(frame->goaway.opaque_data),
                                          qsizetype(std::min<std::size_t>(frame->goaway.opaque_data_len, 256)));
            break;
        case NGHTTP2_SETTINGS:
            if (!(frame->hd.flags & NGHTTP2_FLAG_ACK)) {
                for (std::size_t i = 0; i < frame->settings.niv; ++i) {
                    if (frame->settings.iv[i].settings_id == NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE)
                        c->m_peerMaxHeaderList = frame->settings.iv[i].value;
                }
            }
            break;
        case NGHTTP2_HEADERS:
            if (frame->hd.stream_id == c->m_streamId && c->m_currentStatus > 0) {
                // A complete header block: interim (1xx) or the final one; trailers add nothing.
                if (c->m_currentStatus < 200) {
                    c->m_response.interim.append(
                        InterimResponse { c->m_currentStatus, {}, std::exchange(c->m_currentHeaders, {}) });
                } else if (!c->m_finalHeaders) {
                    c->m_finalHeaders = true;
                    c->m_response.status = c->m_currentStatus;
                    c->m_response.headers = std::exchange(c->m_currentHeaders, {});
                    const QByteArray coding = headerValue(c->m_response.headers, "content-encoding");
                    c->m_response.contentEncoding = QString::fromLatin1(coding.trimmed().toLower());
                    if (c->m_decode) {
                        if (const auto known = ContentDecoder::codingFromName(coding))
                            c->m_decoder = std::make_unique<Decoder>(*known);
                    }
                }
                c->m_currentStatus = 0;
            }
            break;
        default:
            break;
        }
        return 0;
    }

    static int onFrameSend(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        Http2Conversation *c = self(user);
        c->record(describe(frame, false, c->m_clock()));
        if (frame->hd.stream_id == c->m_streamId && (frame->hd.flags & NGHTTP2_FLAG_END_STREAM)
            && (frame->hd.type == NGHTTP2_DATA || frame->hd.type == NGHTTP2_HEADERS))
            c->m_requestSent = true;
        if (frame->hd.type == NGHTTP2_GOAWAY) {
            // nghttp2 ends the connection itself when the server broke the protocol (a window
            // past 2^31-1, a flood, a bad frame): nothing more can come for our stream.
            c->m_fatal = true;
            if (c->m_failure.isEmpty())
                c->m_failure = tr("the server broke the HTTP/2 protocol; Gatescope ended the connection with GOAWAY %1")
                                   .arg(http2ErrorName(frame->goaway.error_code));
        }
        return 0;
    }

    static int onInvalidFrameRecv(nghttp2_session *, const nghttp2_frame *frame, int error, void *user)
    {
        Http2Conversation *c = self(user);
        if (c->m_fatal)
            return 0;
        Http2Frame described = describe(frame, true, c->m_clock());
        described.detail = tr("rejected: %1").arg(QString::fromLatin1(nghttp2_strerror(error)));
        c->record(described);
        if (c->m_failure.isEmpty())
            c->m_failure = tr("the server sent an invalid %1 frame on stream %2: %3")
                               .arg(described.type)
                               .arg(described.streamId)
                               .arg(QString::fromLatin1(nghttp2_strerror(error)));
        return 0;
    }

    static int onBeginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *user)
    {
        Http2Conversation *c = self(user);
        if (frame->hd.stream_id == c->m_streamId)
            c->m_responseStarted = true;
        return 0;
    }

    static int onHeader(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength,
                        const uint8_t *value, size_t valueLength, uint8_t, void *user)
    {
        Http2Conversation *c = self(user);
        if (frame->hd.stream_id != c->m_streamId || c->m_fatal)
            return 0;
        c->m_headerBytes += qsizetype(nameLength + valueLength + 32); // RFC 9113 §6.5.2's measure
        if (c->m_headerBytes > MaxHeaderBytes) {
            // The conversation ends here, in the middle of the frame; the RST_STREAM nghttp2
            // queues for the stream goes out with takeOutgoing().
            c->m_failure = tr("the response header blocks exceed %1 bytes").arg(MaxHeaderBytes);
            c->m_fatal = true;
            return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE;
        }
        const QByteArray n(reinterpret_cast<const char *>(name), qsizetype(nameLength));
        const QByteArray v(reinterpret_cast<const char *>(value), qsizetype(valueLength));
        c->m_response.headerSize += n.size() + v.size();
        if (n == ":status") {
            c->m_currentStatus = v.toInt();
            return 0;
        }
        if (!c->m_finalHeaders || c->m_currentStatus > 0)
            c->m_currentHeaders.append(HeaderField { n, v });
        return 0;
    }

    static int onDataChunk(nghttp2_session *, uint8_t, int32_t streamId, const uint8_t *data, size_t length, void *user)
    {
        Http2Conversation *c = self(user);
        if (streamId == c->m_streamId && !c->m_fatal)
            c->addBody(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(length)));
        return 0;
    }

    static int onStreamClose(nghttp2_session *, int32_t streamId, uint32_t error, void *user)
    {
        Http2Conversation *c = self(user);
        if (streamId == c->m_streamId) {
            c->m_streamClosed = true;
            c->m_closeCode = error;
        }
        return 0;
    }

    static ssize_t readBody(nghttp2_session *, int32_t, uint8_t *buffer, size_t length, uint32_t *flags,
                            nghttp2_data_source *, void *user)
    {
        Http2Conversation *c = self(user);
        const qsizetype n = std::min<qsizetype>(qsizetype(length), c->m_body.size() - c->m_bodyOffset);
        std::copy_n(c->m_body.constData() + c->m_bodyOffset, n, buffer);
        c->m_bodyOffset += n;
        if (c->m_bodyOffset >= c->m_body.size())
            *flags |= NGHTTP2_DATA_FLAG_EOF;
        return ssize_t(n);
    }
};

Http2Conversation::Http2Conversation(const RequestSpec &sent, bool tls, Clock clock)
    : m_sent(sent)
    , m_tls(tls)
    , m_clock(std::move(clock))
    , m_session(std::make_unique<Session>())
    , m_body(sent.body)
    , m_bodyCap(sent.options.bodyCaptureCap)
    , m_decode(sent.options.decodeContent)
{
    m_response.httpVersion = "HTTP/2";
}

Http2Conversation::~Http2Conversation() = default;

void Http2Conversation::record(Http2Frame frame)
{
    if (m_frames.size() >= Exchange::MaxHttp2Frames) {
        ++m_framesDropped;
        return;
    }
    m_frames.append(std::move(frame));
}

void Http2Conversation::addBody(QByteArrayView bytes)
{
    m_response.bodyWireSize += bytes.size();
    auto keep = [this](QByteArrayView decoded) {
        m_response.bodySize += decoded.size();
        const qint64 room = m_bodyCap - m_response.body.size();
        if (room > 0)
            m_response.body.append(decoded.first(qsizetype(std::min<qint64>(room, decoded.size()))));
        if (m_response.bodySize > m_response.body.size())
            m_response.bodyTruncated = true;
    };
    if (m_decoder && !m_decoder->decoder.hasFailed()) {
        m_decoder->decoder.feed(bytes, keep);
        return;
    }
    keep(bytes);
}

QByteArray Http2Conversation::upgradeSettingsField()
{
    uint8_t payload[6 * std::size(LocalSettings)];
    const auto n = nghttp2_pack_settings_payload(payload, sizeof payload, LocalSettings, std::size(LocalSettings));
    if (n < 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(payload), qsizetype(n))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Http2Conversation::startUpgraded(const InterimResponse &switching)
{
    if (!createSession())
        return false;
    const QByteArray payload = QByteArray::fromBase64(upgradeSettingsField(),
                                                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const int upgraded
        = nghttp2_session_upgrade2(m_session->session, reinterpret_cast<const uint8_t *>(payload.constData()),
                                   std::size_t(payload.size()), m_sent.method == "HEAD" ? 1 : 0, this);
    if (upgraded != 0) {
        m_failure = tr("HTTP/2 Upgrade not taken up: %1").arg(QString::fromLatin1(nghttp2_strerror(upgraded)));
        m_fatal = true;
        return false;
    }
    m_streamId = 1; // RFC 9113 §3.2 (RFC 7540 §3.2): the upgraded request is stream 1
    m_requestSent = true; // it went whole over HTTP/1.1, body included
    m_body.clear();
    m_response.interim.append(switching);
    return true;
}

bool Http2Conversation::createSession()
{
    nghttp2_session_callbacks *callbacks = nullptr;
    nghttp2_session_callbacks_new(&callbacks);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Callbacks::onFrameRecv);
    nghttp2_session_callbacks_set_on_frame_send_callback(callbacks, &Callbacks::onFrameSend);
    nghttp2_session_callbacks_set_on_invalid_frame_recv_callback(callbacks, &Callbacks::onInvalidFrameRecv);
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Callbacks::onBeginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &Callbacks::onHeader);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Callbacks::onDataChunk);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Callbacks::onStreamClose);
    nghttp2_option *option = nullptr;
    nghttp2_option_new(&option);
    nghttp2_option_set_max_settings(option, MaxSettingsEntries);
    const int created = nghttp2_session_client_new2(&m_session->session, callbacks, this, option);
    nghttp2_option_del(option);
    nghttp2_session_callbacks_del(callbacks);
    if (created != 0) {
        m_failure = tr("HTTP/2 session not created: %1").arg(QString::fromLatin1(nghttp2_strerror(created)));
        m_fatal = true;
        return false;
    }

    nghttp2_submit_settings(m_session->session, NGHTTP2_FLAG_NONE, LocalSettings, std::size(LocalSettings));
    nghttp2_session_set_local_window_size(m_session->session, NGHTTP2_FLAG_NONE, 0, int32_t(StreamWindow));
    return true;
}

bool Http2Conversation::start()
{
    return createSession() && submitRequest();
}

bool Http2Conversation::startNext(const RequestSpec &sent)
{
    if (!m_session->session || m_fatal || m_goAwayCode >= 0 || !m_streamClosed || m_closeCode != NGHTTP2_NO_ERROR
        || !m_finalHeaders || m_peerResetCode >= 0)
        return false;
    m_sent = sent;
    m_body = sent.body;
    m_bodyOffset = 0;
    m_bodyCap = sent.options.bodyCaptureCap;
    m_decode = sent.options.decodeContent;
    m_requestSent = false;
    m_responseStarted = false;
    m_streamClosed = false;
    m_closeCode = 0;
    m_response = {};
    m_response.httpVersion = "HTTP/2";
    m_finalHeaders = false;
    m_currentStatus = 0;
    m_currentHeaders.clear();
    m_headerBytes = 0;
    m_decoder.reset();
    return submitRequest();
}

bool Http2Conversation::submitRequest()
{
    // The request's fields: pseudo-headers first (RFC 9113 §8.3.1), then the rest in lower case.
    const QUrl &url = m_sent.url;
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray authority = headerValue(m_sent.headers, "host");
    if (authority.isEmpty())
        authority = url.authority(QUrl::FullyEncoded | QUrl::RemoveUserInfo).toLatin1();
    QList<std::pair<QByteArray, QByteArray>> fields { { ":method", m_sent.method },
                                                      { ":scheme", m_tls ? "https" : "http" },
                                                      { ":authority", authority },
                                                      { ":path", path } };
    for (const HeaderField &field : std::as_const(m_sent.headers)) {
        const QByteArray name = field.name.toLower();
        if (field.enabled && !isConnectionSpecific(name, field.value))
            fields.append({ name, field.value });
    }
    std::vector<nghttp2_nv> nv;
    nv.reserve(std::size_t(fields.size()));
    for (auto &[name, value] : fields)
        nv.push_back(nghttp2_nv { reinterpret_cast<uint8_t *>(name.data()), reinterpret_cast<uint8_t *>(value.data()),
                                  std::size_t(name.size()), std::size_t(value.size()), NGHTTP2_NV_FLAG_NONE });
    nghttp2_data_provider body {};
    body.read_callback = &Callbacks::readBody;
    m_streamId = nghttp2_submit_request(m_session->session, nullptr, nv.data(), nv.size(),
                                        m_body.isEmpty() ? nullptr : &body, this);
    if (m_streamId < 0) {
        m_failure = tr("HTTP/2 request not queued: %1").arg(QString::fromLatin1(nghttp2_strerror(m_streamId)));
        m_fatal = true;
        return false;
    }
    return true;
}

bool Http2Conversation::feed(QByteArrayView bytes)
{
    constexpr qsizetype FrameHeaderSize = 9; // RFC 9113 §4.1
    // One frame header or one frame payload (or the part of it at hand) at a time: nghttp2 reads
    // a whole buffer in one go, so without this a frame that came in the same read as the end of
    // the conversation would be read, and the answers to earlier frames (which can end our
    // stream: the last of the body with END_STREAM, a GOAWAY) would wait for the read's end.
    qsizetype at = 0;
    while (at < bytes.size() && !finished()) {
        qsizetype piece = 0;
        if (m_frameHeader.size() < FrameHeaderSize) {
            piece = std::min(FrameHeaderSize - m_frameHeader.size(), bytes.size() - at);
            m_frameHeader.append(bytes.sliced(at, piece));
            if (m_frameHeader.size() == FrameHeaderSize)
                m_payloadLeft = qint64(quint8(m_frameHeader[0])) << 16 | qint64(quint8(m_frameHeader[1])) << 8
                    | qint64(quint8(m_frameHeader[2]));
        } else {
            piece = qsizetype(std::min<qint64>(m_payloadLeft, bytes.size() - at));
            m_payloadLeft -= piece;
        }
        const QByteArrayView chunk = bytes.sliced(at, piece);
        at += piece;
        m_bytesFed += piece;
        if (m_raw.size() < RawCaptureCap)
            m_raw.append(chunk.first(std::min(chunk.size(), RawCaptureCap - m_raw.size())));
        const auto used = nghttp2_session_mem_recv(m_session->session, reinterpret_cast<const uint8_t *>(chunk.data()),
                                                   std::size_t(chunk.size()));
        if (used < 0) {
            m_fatal = true;
            if (m_failure.isEmpty())
                m_failure = tr("HTTP/2 protocol error from the server: %1")
                                .arg(QString::fromLatin1(nghttp2_strerror(int(used))));
            return false;
        }
        if (m_frameHeader.size() == FrameHeaderSize && m_payloadLeft == 0)
            m_frameHeader.clear(); // the next byte starts a frame
        queueOutgoing();
    }
    return !m_fatal;
}

void Http2Conversation::queueOutgoing()
{
    if (!m_session->session)
        return;
    while (m_outgoing.size() <= 4 * 1024 * 1024) { // the owner writes this much, then asks again
        const uint8_t *data = nullptr;
        const auto n = nghttp2_session_mem_send(m_session->session, &data);
        if (n < 0) {
            m_fatal = true;
            if (m_failure.isEmpty())
                m_failure = tr("HTTP/2 session failed: %1").arg(QString::fromLatin1(nghttp2_strerror(int(n))));
        }
        if (n <= 0)
            return;
        m_outgoing.append(reinterpret_cast<const char *>(data), qsizetype(n));
    }
}

QByteArray Http2Conversation::takeOutgoing()
{
    queueOutgoing();
    return std::exchange(m_outgoing, {});
}

bool Http2Conversation::flowStalled() const
{
    if (m_requestSent || m_bodyOffset >= m_body.size() || !m_session->session || m_streamId < 0)
        return false;
    return nghttp2_session_get_stream_remote_window_size(m_session->session, m_streamId) <= 0
        || nghttp2_session_get_remote_window_size(m_session->session) <= 0;
}

bool Http2Conversation::requestHeadersSuspect(QString *why) const
{
    *why = http2HeaderTrouble(m_sent.headers, m_peerMaxHeaderList);
    return !why->isEmpty();
}

Transport Http2Conversation::verdict(bool connectionEnded, bool reset, Http2Ending *ending) const
{
    Http2Ending unused;
    Http2Ending &end = ending ? *ending : unused;
    end = {};
    Transport t;
    t.bytesReceived = m_bytesFed;
    const auto refusing = [](qint64 code) {
        return code == NGHTTP2_PROTOCOL_ERROR || code == NGHTTP2_COMPRESSION_ERROR || code == NGHTTP2_ENHANCE_YOUR_CALM
            || code == NGHTTP2_FRAME_SIZE_ERROR;
    };
    QString why;
    if (m_streamClosed && m_closeCode == NGHTTP2_NO_ERROR && m_finalHeaders && m_peerResetCode < 0) {
        t.outcome = Outcome::Ok;
        return t;
    }
    if (m_peerResetCode >= 0 && !(m_peerResetCode == NGHTTP2_NO_ERROR && m_finalHeaders && m_requestSent)) {
        t.outcome = Outcome::Reset;
        end.errorCode = http2ErrorName(quint32(m_peerResetCode));
        if (!m_responseStarted && refusing(m_peerResetCode) && requestHeadersSuspect(&why)) {
            end.failure = QString::fromUtf16(Http2Failure::HeaderRefused);
            t.detail = tr("the server reset the stream with %1 before answering: %2").arg(end.errorCode, why);
        } else {
            end.failure = QString::fromUtf16(Http2Failure::StreamReset);
            t.detail = m_responseStarted
                ? tr("the server reset the stream with %1 during the response").arg(end.errorCode)
                : tr("the server reset the stream with %1 before answering").arg(end.errorCode);
        }
        return t;
    }
    if (m_goAwayCode >= 0 && !(m_streamClosed && m_closeCode == NGHTTP2_NO_ERROR && m_finalHeaders)) {
        t.outcome = Outcome::ClosedEarly;
        end.errorCode = http2ErrorName(quint32(m_goAwayCode));
        const QString debug = m_goAwayDebug.isEmpty()
            ? QString()
            : tr(" (debug data '%1')").arg(QString::fromLatin1(m_goAwayDebug.left(120)));
        if (!m_responseStarted && refusing(m_goAwayCode) && requestHeadersSuspect(&why)) {
            end.failure = QString::fromUtf16(Http2Failure::HeaderRefused);
            t.detail = tr("the server ended the connection with GOAWAY %1 before answering%2: %3")
                           .arg(end.errorCode, debug, why);
        } else {
            end.failure = QString::fromUtf16(Http2Failure::GoAway);
            t.detail = m_responseStarted
                ? tr("the server sent GOAWAY %1 (last stream %2) and the response on stream %3 was not completed%4")
                      .arg(end.errorCode)
                      .arg(m_goAwayLastStream)
                      .arg(m_streamId)
                      .arg(debug)
                : tr("the server sent GOAWAY %1 (last stream %2) before answering stream %3%4")
                      .arg(end.errorCode)
                      .arg(m_goAwayLastStream)
                      .arg(m_streamId)
                      .arg(debug);
        }
        return t;
    }
    if (m_fatal || m_streamClosed) {
        t.outcome = Outcome::InvalidResponse;
        t.detail = !m_failure.isEmpty()
            ? m_failure
            : tr("the stream was closed with %1 without a complete response").arg(http2ErrorName(m_closeCode));
        return t;
    }
    if (connectionEnded) {
        t.outcome = reset ? Outcome::Reset : Outcome::ClosedEarly;
        t.detail = reset ? tr("connection reset by peer with the HTTP/2 stream open after %n byte(s)", nullptr,
                              int(std::min<qint64>(m_bytesFed, INT_MAX)))
                         : tr("peer closed the connection with the HTTP/2 stream open after %n byte(s)", nullptr,
                              int(std::min<qint64>(m_bytesFed, INT_MAX)));
        return t;
    }
    t.outcome = Outcome::Timeout;
    if (flowStalled()) {
        end.failure = QString::fromUtf16(Http2Failure::FlowStall);
        t.detail = tr("the request body waited on a flow-control window the server never opened (%1 of %2 bytes "
                      "sent)")
                       .arg(m_bodyOffset)
                       .arg(m_body.size());
    }
    return t;
}

std::optional<ResponseData> Http2Conversation::response() const
{
    if (!m_finalHeaders)
        return std::nullopt;
    return m_response;
}

} // namespace Gatescope
