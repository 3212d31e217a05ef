#pragma once

#include "model/RequestSpec.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Gatescope {

// Phase durations of one exchange in milliseconds; -1 = did not happen (a reused connection has
// no dns/connect, plain HTTP has no tls). Boundaries are curl's write-out variables:
//   dns      = time_namelookup
//   connect  = time_connect      - time_namelookup     (TCP only)
//   tls      = time_appconnect   - time_connect
//   send     = time_pretransfer .. request fully written
//   wait     = request written   -> first response byte  (≈ time_starttransfer - time_pretransfer)
//   download = first byte        -> last byte
//   total    = time_total
// Through a proxy, connect ends at the TCP connect to the proxy; the CONNECT or SOCKS5 handshake
// counts into tls for https (as curl's time_appconnect does) and into send for plain http via SOCKS5.
// HAR 1.2 differs in one place: its "connect" includes "ssl". Importers/exporters convert.
struct Timings
{
    double blocked = -1;
    double dns = -1;
    double connect = -1;
    double tls = -1;
    double send = -1;
    double wait = -1;
    double download = -1;
    double total = -1;

    friend bool operator==(const Timings &, const Timings &) = default;
};

// The phases of an exchange, in the order they happen.
enum class Phase { None, Blocked, Dns, Connect, Tls, Send, Wait, Download };
QString phaseId(Phase phase); // "dns", "connect", …; "" for None
Phase phaseFromId(QStringView id);

// How the conversation with the server ended.
enum class Outcome {
    Ok, // a complete, parseable HTTP response
    Refused, // nothing accepted the TCP connection
    Timeout, // a timeout struck (Transport::phase says where)
    ClosedEarly, // peer closed before a complete response ("empty reply" = 0 bytes)
    Reset, // connection reset by peer
    InvalidResponse, // bytes arrived but were not a usable HTTP response
    TlsFailure, // TLS handshake or certificate verification failed
    DnsFailure, // the host name did not resolve
    Cancelled, // the user stopped it (Esc / Cancel in the window, Ctrl+C on the command line)
};
QString outcomeId(Outcome outcome); // "ok", "refused", "timeout", "closed-early", …
std::optional<Outcome> outcomeFromId(QStringView id);

struct Transport
{
    Outcome outcome = Outcome::Ok;
    Phase phase = Phase::None; // where it ended when not Ok (timeout: the phase it struck in)
    QString detail; // plain words, e.g. "peer closed after 0 bytes of the status line"
    qint64 bytesReceived = 0; // bytes that arrived before the end

    friend bool operator==(const Transport &, const Transport &) = default;
};

// Ids of Http2Ending::failure, shared by the probe, the diagnosis rules and the reports.
namespace Http2Failure {
inline constexpr char16_t StreamReset[] = u"stream-reset"; // the peer sent RST_STREAM on our stream
inline constexpr char16_t GoAway[] = u"goaway"; // the peer sent GOAWAY before our response was complete
inline constexpr char16_t FlowStall[] = u"flow-stall"; // our request body waited on a closed flow-control window
inline constexpr char16_t HeaderRefused[] = u"header-refused"; // the peer refused our header block
} // namespace Http2Failure

// HTTP/2 only: how the stream ended when the frames say more than the transport outcome.
struct Http2Ending
{
    QString failure; // one of the Http2Failure ids; empty = nothing beyond the outcome
    QString errorCode; // the RST_STREAM or GOAWAY error code by its RFC 9113 §7 name

    friend bool operator==(const Http2Ending &, const Http2Ending &) = default;
};

// RFC 9113 §7 error code names ("NO_ERROR", "PROTOCOL_ERROR", …); "0x…" for an unknown code.
QString http2ErrorName(quint32 code);

// One HTTP/2 frame (RFC 9113 §6) the probe sent or received, in the order they went.
struct Http2Frame
{
    double atMs = -1; // since the hop started
    bool received = true; // false = sent by the probe
    QString type; // "DATA", "HEADERS", "PRIORITY", "RST_STREAM", "SETTINGS", "PUSH_PROMISE", "PING",
                  // "GOAWAY", "WINDOW_UPDATE", "CONTINUATION", or "0x…" for an unknown type
    int streamId = 0;
    int flags = 0;
    qint64 length = 0; // payload bytes
    QString errorCode; // RST_STREAM and GOAWAY: the code by name; empty otherwise
    int lastStreamId = -1; // GOAWAY: the last stream the peer will process
    qint64 windowIncrement = -1; // WINDOW_UPDATE
    QString detail; // SETTINGS values, GOAWAY debug data, "ACK" …

    friend bool operator==(const Http2Frame &, const Http2Frame &) = default;
};

// One deviation from HTTP/1.1 seen by the tolerant reader, at a byte offset of the response
// stream (offset 0 = first byte received). Kinds are the kebab-case ids in WireAnomaly::Kind.
struct WireAnomaly
{
    QString kind;
    qint64 offset = -1;
    QString detail;

    friend bool operator==(const WireAnomaly &, const WireAnomaly &) = default;
};

// Anomaly kind ids shared by the reader, the diagnosis rules and the reports.
namespace AnomalyKind {
inline constexpr char16_t NonHttpPreamble[] = u"non-http-response"; // no status line where one should be
inline constexpr char16_t BadStatusLine[] = u"bad-status-line";
inline constexpr char16_t BadHeaderLine[] = u"bad-header-line"; // header line without ':'
inline constexpr char16_t ObsoleteLineFolding[] = u"obsolete-line-folding";
inline constexpr char16_t InvalidHeaderName[] = u"invalid-header-name";
inline constexpr char16_t InvalidHeaderValue[] = u"invalid-header-value";
inline constexpr char16_t HeaderBlockTooLarge[] = u"header-block-too-large";
inline constexpr char16_t ConflictingContentLength[] = u"conflicting-content-length";
inline constexpr char16_t InvalidContentLength[] = u"invalid-content-length";
inline constexpr char16_t ContentLengthWithTransferEncoding[] = u"content-length-with-transfer-encoding";
inline constexpr char16_t UnsupportedTransferEncoding[] = u"unsupported-transfer-encoding";
inline constexpr char16_t InvalidChunkSize[] = u"invalid-chunk-size";
inline constexpr char16_t BadChunkTerminator[] = u"bad-chunk-terminator";
inline constexpr char16_t BodyShorterThanContentLength[] = u"body-shorter-than-content-length";
inline constexpr char16_t TruncatedChunkedBody[] = u"truncated-chunked-body";
inline constexpr char16_t BytesAfterMessage[] = u"bytes-after-message";
inline constexpr char16_t InterimResponse[] = u"interim-response"; // 100 Continue, 103 Early Hints
inline constexpr char16_t CloseDelimitedBody[] = u"close-delimited-body";
inline constexpr char16_t BareLineFeed[] = u"bare-lf-line-ending";
inline constexpr char16_t ContentDecodingFailed[] = u"content-decoding-failed";
} // namespace AnomalyKind

// A 1xx response received before the final one.
struct InterimResponse
{
    int status = 0;
    QByteArray reason;
    HeaderList headers;
    friend bool operator==(const InterimResponse &, const InterimResponse &) = default;
};

struct ResponseData
{
    QByteArray httpVersion = "HTTP/1.1";
    int status = 0;
    QByteArray reason;
    HeaderList headers; // wire order, duplicates kept
    QList<InterimResponse> interim;
    QByteArray body; // for viewing: de-chunked, gzip/deflate decoded, up to the cap
    qint64 bodySize = 0; // decoded body size, counted even past the cap
    qint64 bodyWireSize = 0; // bytes of body on the wire (compressed, chunk framing included)
    qint64 headerSize = 0; // bytes of status line + headers on the wire
    bool bodyTruncated = false; // true when body holds fewer than bodySize bytes
    QString contentEncoding; // "gzip", "deflate", … as declared; empty = identity

    QByteArray contentType() const; // Content-Type value without parameters, lower-case
    friend bool operator==(const ResponseData &, const ResponseData &) = default;
};

// One attempt to connect to one resolved address.
struct ConnectAttempt
{
    QString address; // "127.0.0.1", "::1"
    int port = 0;
    bool succeeded = false;
    QString error; // empty on success
    double durationMs = -1;
    friend bool operator==(const ConnectAttempt &, const ConnectAttempt &) = default;
};

struct TlsInfo
{
    bool used = false;
    bool verificationSkipped = false; // curl -k / verifyTls=false
    QString protocol; // "TLSv1.3"
    QString cipher;
    QString sniHost;
    QString errorText; // the handshake/verification error, as Qt/OpenSSL said it
    QStringList verificationErrors; // each certificate problem, also when skipped
    QString peerCertificate; // one-paragraph summary: subject, issuer, validity, SANs
    friend bool operator==(const TlsInfo &, const TlsInfo &) = default;
};

// A gateway's log line quoted in the same pasted text as an exchange ("502 Bad Gateway" with the
// nginx error.log line below it): where it stood and its text as pasted. The diagnosis reads it
// again as that exchange's log evidence (logs/QuotedLogLines), in the window as on the command line.
struct QuotedLogLine
{
    QString source; // the paste's or file's display name
    qint64 line = 0; // 1-based line number in it
    QString text;
    friend bool operator==(const QuotedLogLine &, const QuotedLogLine &) = default;
};

// One request/response hop: what was sent, what came back, how it ended, where the time went.
struct Exchange
{
    enum class Source { Recorded, Replayed };

    int index = 0; // position in the input (HAR entry, redirect hop number)
    Source source = Source::Replayed;
    RequestSpec request; // as sent (with Host and any added headers)
    std::optional<ResponseData> response; // empty when no HTTP response arrived
    Transport transport;
    QList<WireAnomaly> anomalies;
    Timings timings;

    QDateTime startedAt; // wall clock, UTC
    QStringList resolvedAddresses; // every address DNS gave (or the override)
    QList<ConnectAttempt> attempts;
    QString remoteAddress; // the address finally used
    int remotePort = 0;
    QString proxy; // proxy URL used, empty = direct
    TlsInfo tls;
    QByteArray rawResponse; // the bytes as they came off the wire, up to the capture cap
    int redirectHop = 0; // 0 = the original request, 1 = first redirect, …
    QString pageRef; // HAR pageref, for grouping
    QString comment; // free text (HAR comment, browser error name)
    bool handTrimmed = false; // read from a paste with parts cut out by hand ("[ ... ]", "<snip>")
    // The protocol the exchange went over: "http/1.1", "h2", "h3" (as HAR's _protocol names them);
    // empty = not known (a capture that does not say).
    QString protocol;
    // HTTP/2: the frames of the connection, at most MaxHttp2Frames; the rest are counted.
    static constexpr int MaxHttp2Frames = 512;
    QList<Http2Frame> frames;
    int framesDropped = 0;
    Http2Ending http2; // written under "transport" in JSON (http2Failure, http2ErrorCode)
    QList<QuotedLogLine> quotedLogLines; // failure lines of a gateway log quoted in the same paste
    // The product built on nginx that the words around those lines name ("kong", "ingress-nginx";
    // "unknown" for one outside the vocabulary such as APISIX); empty = none or more than one.
    QString quotedLinesProduct;

    friend bool operator==(const Exchange &, const Exchange &) = default;
};

// Whether an exchange failed, the one rule every view, report and command uses ("failing entries
// only", the first failure a capture opens at, red rows, the CLI's "failing entries"). Failed is:
// - a transport outcome other than ok (refused, timeout, reset, …);
// - no HTTP response although the outcome says ok: nothing usable arrived (a HAR entry with
//   status 0, a browser-aborted request), and there is nothing to call a success;
// - a status of 500 or more. 600–999 count too: RFC 9110 §15 tells a client to treat a status
//   outside 100–599 as a 5xx;
// - the vendor codes the rule tree diagnoses: 499 (nginx, client closed) and AWS ELB's 460
//   (client closed), 463 (X-Forwarded-For too long) and 464 (protocol mismatch). 461 and 462 are
//   no ELB code and stay ordinary 4xx.
bool isFailure(const Exchange &exchange);
// The same rule for a stored summary: status 0 = no response arrived.
bool isFailure(Outcome outcome, int status);

} // namespace Gatescope
