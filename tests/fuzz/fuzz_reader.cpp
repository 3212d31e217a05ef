// Fuzz target: the tolerant HTTP/1.1 response reader, fed in splits derived from the input.
// Input layout: byte 0 chooses the request method, the limits and whether the peer closes at the
// end; bytes 1–2 seed the split sequence; the rest is the byte stream from the "server".
// Besides "no crash, no leak, no undefined behaviour", every input checks one property: the
// reader fed in pieces ends exactly as the reader fed the whole stream at once (same response,
// anomalies, verdict, state and counters), because bytes may arrive split anywhere.
#include "FuzzTarget.h"
#include "http/HttpResponseReader.h"

#include <array>

using namespace Gatescope;

namespace {

constexpr std::array<const char *, 6> Methods = { "GET", "HEAD", "POST", "CONNECT", "OPTIONS", "DELETE" };

HttpResponseReader::Limits limitsFor(std::uint8_t control)
{
    HttpResponseReader::Limits limits;
    limits.decodeContent = (control & 0x08) != 0;
    if (control & 0x10) {
        // Tiny caps so that the "over the cap" paths are reached with small inputs.
        limits.maxHeaderBytes = 300;
        limits.bodyCaptureCap = 48;
        limits.rawCaptureCap = 96;
        limits.maxInterimResponses = 2;
    }
    return limits;
}

void feedInPieces(HttpResponseReader &reader, QByteArrayView stream, Fuzz::SplitSequence &splits)
{
    qsizetype at = 0;
    while (at < stream.size()) {
        const std::uint32_t r = splits.next();
        // Mostly small pieces (1–16 bytes), sometimes an empty feed, sometimes a big one.
        qsizetype piece = 1 + qsizetype(r % 16);
        if ((r >> 8) % 16 == 0)
            piece = 0;
        else if ((r >> 12) % 8 == 0)
            piece = 1 + qsizetype((r >> 16) % 4096);
        piece = qMin(piece, stream.size() - at);
        reader.feed(stream.sliced(at, piece));
        at += piece;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;
    const std::uint8_t control = data[0];
    const QByteArrayView method(Methods[(control & 0x07) % Methods.size()]);
    const HttpResponseReader::Limits limits = limitsFor(control);
    const bool peerCloses = (control & 0x20) != 0;
    Fuzz::SplitSequence splits(std::uint32_t(data[1]) << 8 | data[2] | std::uint32_t(control) << 16);
    const QByteArrayView stream = Fuzz::bytesOf(data + 3, size - 3);

    HttpResponseReader whole(method, limits);
    whole.feed(stream);
    HttpResponseReader pieces(method, limits);
    feedInPieces(pieces, stream, splits);

    // Asked before the close, too: the verdict of an unfinished message must be well-defined.
    Fuzz::require(whole.verdict() == pieces.verdict(), "verdict before finish() depends on the split");
    if (peerCloses) {
        whole.finish();
        pieces.finish();
        whole.feed("late bytes after the close"); // must be ignored or recorded, never crash
        pieces.feed("late bytes after the close");
    }

    Fuzz::require(whole.state() == pieces.state(), "state depends on the split");
    Fuzz::require(whole.response() == pieces.response(), "response depends on the split");
    Fuzz::require(whole.anomalies() == pieces.anomalies(), "anomalies depend on the split");
    Fuzz::require(whole.verdict() == pieces.verdict(), "verdict depends on the split");
    Fuzz::require(whole.trailers() == pieces.trailers(), "trailers depend on the split");
    Fuzz::require(whole.rawBytes() == pieces.rawBytes(), "raw bytes depend on the split");
    Fuzz::require(whole.bytesFed() == pieces.bytesFed(), "bytesFed depends on the split");
    Fuzz::require(whole.bodyBytesOnWire() == pieces.bodyBytesOnWire(), "body byte count depends on the split");
    Fuzz::require(whole.expectedBodyBytes() == pieces.expectedBodyBytes(), "expected body size depends on the split");

    // Bounds the reader promises whatever the input.
    const ResponseData &response = whole.response();
    Fuzz::require(whole.rawBytes().size() <= limits.rawCaptureCap, "raw capture exceeds its cap");
    Fuzz::require(response.body.size() <= limits.bodyCaptureCap, "body capture exceeds its cap");
    Fuzz::require(response.bodyTruncated == (response.body.size() < response.bodySize),
                  "bodyTruncated disagrees with the sizes");
    Fuzz::require(response.interim.size() <= limits.maxInterimResponses, "more interim responses kept than allowed");
    for (const WireAnomaly &anomaly : whole.anomalies()) {
        Fuzz::require(!anomaly.kind.isEmpty() && !anomaly.detail.isEmpty(), "an anomaly without kind or description");
        Fuzz::require(anomaly.offset >= -1 && anomaly.offset <= whole.bytesFed(),
                      "an anomaly offset outside the stream");
    }
    const Transport verdict = whole.verdict();
    if (verdict.outcome != Outcome::Ok)
        Fuzz::require(!verdict.detail.isEmpty(), "a failed verdict without a description");
    if (whole.isComplete())
        Fuzz::require(verdict.outcome == Outcome::Ok, "a complete message with a failed verdict");
    return 0;
}
