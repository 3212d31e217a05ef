#pragma once

#include "model/Exchange.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>
#include <memory>

namespace Gatescope {

// One request and its response on a fresh HTTP/2 connection (RFC 9113; startNext() sends the
// next one on the same connection, as a benchmark does), framed by libnghttp2's
// client session: the owner moves bytes between it and the socket (takeOutgoing() after every
// feed()), so the socket, its timers and its phase boundaries stay the probe's. Every frame sent
// or received is recorded (at most Exchange::MaxHttp2Frames; the rest are counted), timed by
// the clock the owner passes. Limits keep a hostile peer bounded: a response header block of
// at most MaxHeaderBytes, at most MaxSettingsEntries per SETTINGS frame, at most
// MaxAnsweredFrames SETTINGS and PING frames that ask for an ACK, and the body capture cap;
// past them the stream is reset (or the connection ended with GOAWAY ENHANCE_YOUR_CALM) and the
// conversation ends as an invalid response.
//
// The bytes are read one frame at a time, whatever pieces the socket delivers them in: after each
// frame header and each frame the conversation queues its answer (ACKs, WINDOW_UPDATE, more of
// the body, a GOAWAY after an error), and it reads nothing after the frame that ended it. So the
// verdict and the frames recorded do not depend on how the peer's bytes were split across reads.
class Http2Conversation
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Http2Conversation)
public:
    static constexpr qsizetype MaxHeaderBytes = 256 * 1024;
    static constexpr int MaxSettingsEntries = 32;
    // nghttp2's own bound on queued ACKs (max_outbound_ack, CVE-2019-9512/9515), counted over the
    // conversation rather than over what one read happened to hold.
    static constexpr int MaxAnsweredFrames = 1000;
    using Clock = std::function<double()>; // milliseconds since the hop started

    // `sent` is the request as composed for HTTP/1.1 (Host and the probe's own headers included);
    // its headers become HTTP/2 fields (Host → :authority, connection-specific fields dropped).
    Http2Conversation(const RequestSpec &sent, bool tls, Clock clock);
    ~Http2Conversation();
    Http2Conversation(const Http2Conversation &) = delete;
    Http2Conversation &operator=(const Http2Conversation &) = delete;

    // Queues the connection preface, SETTINGS and the request. False when nghttp2 refuses it
    // (the error is then in failureDetail()).
    bool start();
    // Another request on the same connection, once the previous one's stream ended with a complete
    // response and the peer has not said GOAWAY: the next stream (3, 5, …) is queued and the
    // verdict and response are about it (frames() keeps the whole connection's). Bytes the previous
    // feed() left unread (bytesFed() says how many were read) belong to the connection: feed them
    // again. False, with nothing queued, when the connection cannot take another request.
    bool startNext(const RequestSpec &sent);
    // h2c by Upgrade (RFC 7540 §3.2; curl --http2 over plain http): the value of the request's
    // HTTP2-Settings field (our SETTINGS payload, base64url without padding), and, once the server
    // answered 101 Switching Protocols (`switching`, kept as an interim response), the start of
    // the conversation: the request went whole over HTTP/1.1 and is stream 1, half-closed on our
    // side; our preface and SETTINGS are queued. False when nghttp2 refuses it.
    static QByteArray upgradeSettingsField();
    bool startUpgraded(const InterimResponse &switching);
    // Bytes received from the peer. False once the connection is beyond use (a fatal protocol
    // error: nghttp2 then has a GOAWAY queued for takeOutgoing()). Bytes after the frame that
    // finished the conversation are not read (nor counted in bytesFed() and rawBytes()).
    bool feed(QByteArrayView bytes);
    QByteArray takeOutgoing();

    bool requestSent() const { return m_requestSent; } // END_STREAM of the request went out
    bool responseStarted() const { return m_responseStarted; } // a HEADERS frame on our stream came
    bool finished() const { return m_streamClosed || m_fatal; } // nothing more will come for our stream
    qint64 bytesFed() const { return m_bytesFed; }
    // The bytes received (frames as they came off the wire), up to RawCaptureCap.
    static constexpr qsizetype RawCaptureCap = 1024 * 1024;
    const QByteArray &rawBytes() const { return m_raw; }

    // How it ended. connectionEnded: the socket closed (reset = by a TCP reset); timedOut: a
    // timer of the probe struck while the stream was open.
    // `ending`, when given, receives what the frames add (the Http2Failure id and error code).
    Transport verdict(bool connectionEnded, bool reset, Http2Ending *ending = nullptr) const;
    // When a timer struck: whether our request body is held back by a closed flow-control window.
    bool flowStalled() const;
    std::optional<ResponseData> response() const;
    const QList<Http2Frame> &frames() const { return m_frames; }
    int framesDropped() const { return m_framesDropped; }
    QString failureDetail() const { return m_failure; }

private:
    struct Callbacks;
    bool createSession();
    bool submitRequest();
    void record(Http2Frame frame);
    void addBody(QByteArrayView bytes);
    bool requestHeadersSuspect(QString *why) const;
    void queueOutgoing();

    RequestSpec m_sent;
    bool m_tls = false;
    Clock m_clock;
    struct Session;
    std::unique_ptr<Session> m_session;
    int m_streamId = -1;
    QByteArray m_body; // request body still to be framed
    qsizetype m_bodyOffset = 0;

    bool m_requestSent = false;
    bool m_responseStarted = false;
    bool m_streamClosed = false;
    bool m_fatal = false;
    quint32 m_closeCode = 0; // our stream's close code (nghttp2's on_stream_close)
    qint64 m_peerResetCode = -1; // RST_STREAM on our stream from the peer (a code is 32 bits)
    qint64 m_goAwayCode = -1;
    int m_goAwayLastStream = -1;
    QByteArray m_goAwayDebug;
    quint32 m_peerMaxHeaderList = 0; // 0 = the peer set no limit
    qint64 m_bytesFed = 0;
    QByteArray m_raw;
    QByteArray m_frameHeader; // the header of the frame being read, up to its 9 bytes
    qint64 m_payloadLeft = 0; // bytes of that frame's payload still to come
    QByteArray m_outgoing; // what nghttp2 sent in answer to the frames read, for takeOutgoing()
    int m_answeredFrames = 0; // SETTINGS and PING frames from the peer that asked for an ACK
    QString m_failure; // a local failure: nghttp2's error or a limit we enforce

    ResponseData m_response;
    bool m_finalHeaders = false;
    int m_currentStatus = 0;
    HeaderList m_currentHeaders;
    qsizetype m_headerBytes = 0;
    qint64 m_bodyCap = 0;
    bool m_decode = true;
    struct Decoder;
    std::unique_ptr<Decoder> m_decoder;

    QList<Http2Frame> m_frames;
    int m_framesDropped = 0;
};

} // namespace Gatescope
