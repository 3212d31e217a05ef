#pragma once

#include "model/Exchange.h"

#include <QByteArrayView>

#include <memory>

namespace Gatescope {

// The tolerant, incremental HTTP/1.1 response reader. Bytes may arrive split anywhere; feed()
// them as they come and call finish() when the peer closes. It never gives up silently: every
// deviation from RFC 9112 becomes a WireAnomaly with a byte offset (from the first byte fed) and
// a plain description, and when no usable response can be had, verdict() says exactly why
// ("peer closed after 0 bytes", "header line without ':' at byte 38").
// Where the bytes still have one safe reading it reads on and says so: a bare CR inside a status,
// header or trailer line is read as a space (RFC 9112 §2.2) and the anomaly names what a peer that
// breaks lines there would have seen; where they do not (a chunk size with a sign, "0x", a bare CR
// or more than 63 bits) the response fails at that byte.
// Interim 1xx responses are recorded and skipped; HEAD/204/304 have no body; bodies are framed
// by Content-Length, chunked encoding or the close of the connection; gzip/deflate bodies are
// decoded for viewing up to the capture cap while wire sizes are counted.
class HttpResponseReader
{
public:
    struct Limits
    {
        qint64 maxHeaderBytes = 256 * 1024; // status line + headers; more is an anomaly + failure
        qint64 bodyCaptureCap = 16 * 1024 * 1024; // decoded body bytes kept; the rest is counted
        qint64 rawCaptureCap = 1024 * 1024; // raw wire bytes kept for the "as received" view
        int maxInterimResponses = 32;
        bool decodeContent = true; // gzip/deflate bodies decoded for viewing
    };

    enum class State {
        StatusLine, // waiting for (more of) the status line
        Headers, // inside the header block
        Body, // headers complete, reading the body
        Complete, // a whole response was read (more bytes are "bytes after the message")
        Failed, // the bytes cannot be read as HTTP any more; verdict() says why
    };

    explicit HttpResponseReader(QByteArrayView requestMethod = "GET");
    HttpResponseReader(QByteArrayView requestMethod, const Limits &limits);
    ~HttpResponseReader();
    HttpResponseReader(const HttpResponseReader &) = delete;
    HttpResponseReader &operator=(const HttpResponseReader &) = delete;

    void feed(QByteArrayView bytes); // any split, any size, including empty
    void finish(); // the peer closed (EOF): ends close-delimited bodies

    State state() const;
    bool headersComplete() const; // the final (non-1xx) status line and headers are in
    bool isComplete() const; // state() == Complete
    qint64 bytesFed() const;
    qint64 bodyBytesOnWire() const; // body bytes received so far (for progress)
    qint64 expectedBodyBytes() const; // Content-Length when known, else -1

    const ResponseData &response() const; // what has been read so far
    const QList<WireAnomaly> &anomalies() const;
    const QByteArray &rawBytes() const; // up to Limits::rawCaptureCap
    const HeaderList &trailers() const; // trailer fields after a chunked body, wire order
    bool isFinished() const; // finish() was called

    // How the conversation ended as far as the bytes show: Ok when complete; InvalidResponse
    // (phase Wait/Download, detail with offset) when unreadable; ClosedEarly after finish()
    // on an incomplete message (detail names how many bytes of what had arrived). Asked before
    // finish() on an incomplete message, it says ClosedEarly with what has arrived so far.
    Transport verdict() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatescope
