#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace Gatescope {

// The lab's fault-injecting origin: an in-process HTTP/1.1 server on loopback that misbehaves on
// request, chosen by the URL path, so that tests, the gateway tests (a real nginx/HAProxy/… in
// front of it) and the 5xx Lab can produce every way a conversation can end. One listener speaks
// plain HTTP, an optional second one TLS with the lab's self-signed test certificate
// (resources/lab, CN=localhost, SAN localhost/127.0.0.1/::1). Every response carries
// "Connection: close" and the connection is closed after it; the request (head and
// Content-Length body) is always read in full first so that a close is a FIN, not a reset.
//
// The modes, their paths and query parameters — the table that modes() returns:
//
//   path                    parameters                      behaviour
//   /json                                                   200 application/json, Content-Length
//   /echo                                                   200 text/plain: the request head and body as received
//   /slow-first-byte        ms=500                          wait ms, then as /json
//   /slow-body              ms=100 chunks=5                 headers at once, then chunks body pieces ms apart
//   /hang                                                   read the request, never answer, never close
//   /close-before-any-byte                                  read the request, close (FIN) without a byte
//   /close-mid-headers                                      half a header block, then close
//   /close-mid-body                                         Content-Length 1000, 100 bytes, close
//   /reset                  bytes=0                         send `bytes` of a response, then RST (SO_LINGER 0)
//   /garbage                                                non-HTTP bytes (an SSH banner and binary noise), close
//   /bad-header                                             a header line without ':' at byte badHeaderOffset()
//   /bad-chunking                                           chunked body with chunk size "zz"
//   /huge-headers           bytes=327680                    a header block of about `bytes` bytes
//   /100-continue                                           100 Continue, then 200 JSON
//   /103-early-hints                                        103 Early Hints with Link, then 200 JSON
//   /redirect               n=3 code=302                    `code` to /redirect?n=n-1, n=0 answers as /json
//   /gzip                                                   200 JSON, Content-Encoding gzip
//   /deflate                                                200 JSON, Content-Encoding deflate (zlib)
//   /chunked                                                200 JSON in three chunks
//   /close-delimited                                        200 without Content-Length, body ends at close
//   /status                 code=502 body=… type=text/plain any status with the given body
//   /stacktrace-500                                         500 text/html with a Java stack trace (Spring Boot style)
//   /maintenance            retry=120                       503 + Retry-After, an HTML maintenance page
//   /html-login                                             200 text/html login page (a JSON caller gets HTML)
//   /big                    bytes=10485760                  200 application/octet-stream of `bytes` bytes
//   /delay                  ms=1000 code=200 body=… type=…  wait ms, then as /status
//   /obs-fold                                               a header continued on a line starting with a space
//   /invalid-header-name                                    a field name with '@' in it (not a token)
//   /conflicting-content-length                             Content-Length 5 and Content-Length 7
//   /content-length-and-chunked                             Content-Length and Transfer-Encoding: chunked together
//   /bytes-after-message                                    a whole response, then more bytes (a second status line)
//   /bad-status-line                                        "HTTP/1.1 2OO OK": letters where the code should be
//   /no-content-with-body   code=204                        204 (or 304) followed by a body it must not have
//   /raw                    b64=…                           the given bytes (base64 or base64url), then close
//   /every                  n=3 code=502                    every n-th request to /every?… (counted per query) answers
//                                                           `code`, the others as /json: a deterministic intermittent
//                                                           5xx
//   /keep-alive             idle=3000 header=0 close=fin    200 JSON and the connection kept open for more requests;
//                                                           closed after `idle` ms without one (close=reset: a RST;
//                                                           close=lazy: no close when idle, but a request that comes
//                                                           after `idle` ms is read and answered by a close, FIN —
//                                                           the keep-alive race, made certain; with idle=0 every
//                                                           reuse of the connection meets it); header=1 adds
//                                                           "Keep-Alive: timeout=S" (idle in whole s)
//
// The malformed-response modes (obs-fold … no-content-with-body) send exactly
// malformedResponse(mode, code) in one write and close, so a test can find where each flaw starts.
//
// Any other path: 404 JSON naming the known paths.
class FaultServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Json,
        Echo,
        SlowFirstByte,
        SlowBody,
        Hang,
        CloseBeforeAnyByte,
        CloseMidHeaders,
        CloseMidBody,
        Reset,
        Garbage,
        BadHeader,
        BadChunking,
        HugeHeaders,
        Continue100,
        EarlyHints103,
        Redirect,
        Gzip,
        Deflate,
        Chunked,
        CloseDelimited,
        Status,
        StackTrace500,
        Maintenance,
        HtmlLogin,
        Big,
        Delay,
        ObsFold,
        InvalidHeaderName,
        ConflictingContentLength,
        ContentLengthAndChunked,
        BytesAfterMessage,
        BadStatusLine,
        NoContentWithBody,
        Raw,
        Every,
        KeepAlive,
    };
    Q_ENUM(Mode)

    struct ModeInfo
    {
        Mode mode;
        QString path; // "/slow-first-byte"
        QString parameters; // "ms=500" — query parameters and their defaults
        QString description; // what the server does, in words (translatable)
    };
    static QList<ModeInfo> modes();
    static std::optional<Mode> modeForPath(QStringView path);
    static QString pathForMode(Mode mode);

    // Where /bad-header's line without ':' starts in the response bytes.
    static qint64 badHeaderOffset();

    // The exact bytes a malformed-response mode sends (ObsFold … NoContentWithBody; `status` is
    // NoContentWithBody's code, 204 or 304); empty for every other mode.
    static QByteArray malformedResponse(Mode mode, int status = 204);

    explicit FaultServer(QObject *parent = nullptr);
    ~FaultServer() override;

    // Starts the plain listener (and the TLS one when withTls) on `address`, port 0 = any free port.
    bool start(const QHostAddress &address = QHostAddress::LocalHost, bool withTls = true);
    void stop();
    bool isListening() const;
    QString errorString() const;

    quint16 port() const;
    quint16 tlsPort() const; // 0 when TLS is not listening
    QHostAddress address() const;
    // http://127.0.0.1:PORT/pathAndQuery (or https:// for tlsUrl).
    QUrl url(const QString &pathAndQuery) const;
    QUrl tlsUrl(const QString &pathAndQuery) const;

    // The request heads received so far, in order (for tests: Host header, request-target form).
    QList<QByteArray> receivedRequests() const;
    int connectionCount() const;

    // The lab's TLS test certificate and key, from the compiled-in resources.
    static QSslCertificate testCertificate();
    static QSslKey testKey();

    // A loopback port on which nothing listens: bound and closed again, so connecting is refused.
    static quint16 refusingPort(const QHostAddress &address = QHostAddress::LocalHost);

Q_SIGNALS:
    void requestReceived(const QByteArray &head);

private:
    friend class FaultConnection;
    void recordRequest(const QByteArray &head);
    int countRequest(const QString &key); // /every: how many requests with this key so far, this one included

    QTcpServer *m_plain = nullptr; // owned (child)
    QTcpServer *m_tls = nullptr; // owned (child)
    QList<QByteArray> m_requests;
    QHash<QString, int> m_requestCounts; // /every, by query
    int m_connections = 0;
    QString m_error;
};

// A listener whose connections the kernel accepts (the TCP handshake completes) but which the
// program never takes: nothing is ever read, written or closed. A TLS client's handshake waits
// forever on it (a TLS timeout), a plain client's request gets no answer (a first-byte timeout),
// a big request body fills the buffers and stalls the send. Up to its backlog (50) connections.
class SilentServer : public QObject
{
    Q_OBJECT
public:
    explicit SilentServer(QObject *parent = nullptr);
    ~SilentServer() override;
    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;

private:
    QTcpServer *m_server = nullptr; // owned (child), accepting paused for good
};

// A listener on loopback whose accept queue is kept full (backlog 0, filled by a connection of
// its own that nobody accepts), so that Linux drops every further SYN: a connect to it neither
// succeeds nor is refused, it hangs until the client gives up. The one way to test a connect
// timeout, and the fallback from a hanging address, on loopback.
class DroppingListener : public QObject
{
    Q_OBJECT
public:
    explicit DroppingListener(QObject *parent = nullptr);
    ~DroppingListener() override;
    // Listens on address:port (0 = any free port) and fills the queue; false (see errorString())
    // when listening fails or the kernel keeps accepting connections beyond the backlog.
    bool start(const QHostAddress &address, quint16 port = 0);
    quint16 port() const;
    QString errorString() const;

private:
    QTcpServer *m_server = nullptr; // owned (child), accepting paused for good
    QList<QTcpSocket *> m_fillers; // owned (children): the connections filling the queue
    QString m_error;
};

} // namespace Gatescope
