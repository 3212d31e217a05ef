#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

class QTcpServer;

namespace Gatescope {

// The lab's HTTP/2 origin that misbehaves on request, for the failures no product produces on
// demand. Framing is libnghttp2's server session. One listener speaks TLS (the lab's test
// certificate) and offers "h2" and "http/1.1" by ALPN; one speaks plain TCP: h2c with prior
// knowledge, or HTTP/1.1 with an h2c Upgrade (RFC 7540 §3.2) taken unless the query says
// upgrade=no. Over HTTP/1.1 (ALPN http/1.1, or an Upgrade not taken) the h2 faults do not exist:
// every path answers 200 as /json does, except /hang (no answer), /big (its bytes) and
// /502-over-http1 (502 over HTTP/1.1, 200 over h2) — so the same URL fails over one protocol
// only, for the side-by-side comparison. Over h2 it announces
// SETTINGS_MAX_HEADER_LIST_SIZE = MaxHeaderList and refuses a larger request header list with
// RST_STREAM PROTOCOL_ERROR, whatever the path. The path chooses the rest:
//
//   path                 parameters      behaviour
//   /json                                200 application/json
//   /502-over-http1                      200 application/json (over HTTP/1.1: 502)
//   /rst                 code=2          RST_STREAM with `code` (RFC 9113 §7) instead of a response
//   /rst-mid-body        code=2          200 headers and 100 bytes of a 1000-byte body, then RST_STREAM
//   /goaway              code=0 debug=…  GOAWAY (last stream 0, `code`, debug data: `debug` read as
//                                        base64url, by default "lab goaway"), close
//   /goaway-mid-body                     200 headers and 100 bytes, GOAWAY NO_ERROR (last stream = this
//                                        one), then close without the rest
//   /big                 bytes=10485760  200 application/octet-stream of `bytes` bytes (at most 64 MiB)
//   /bad-hpack                           a HEADERS frame whose HPACK block names index 0 (invalid)
//   /stall                               never opens the flow-control window: a request body past the
//                                        first 65,535 bytes waits for ever; no answer
//   /hang                                reads the request, never answers
class Http2FaultServer : public QObject
{
    Q_OBJECT
public:
    static constexpr quint32 MaxHeaderList = 8192;

    explicit Http2FaultServer(QObject *parent = nullptr);
    ~Http2FaultServer() override;

    bool start(const QHostAddress &address = QHostAddress::LocalHost);
    QString errorString() const { return m_error; }
    QUrl url(const QString &pathAndQuery) const; // h2c: http://127.0.0.1:PORT/…
    QUrl tlsUrl(const QString &pathAndQuery) const; // h2: https://127.0.0.1:PORT/…
    int streamCount() const { return m_streams; }

private:
    friend class Http2FaultConnection;
    QTcpServer *m_plain = nullptr;
    QTcpServer *m_tls = nullptr;
    QString m_error;
    int m_streams = 0;
};

} // namespace Gatescope
