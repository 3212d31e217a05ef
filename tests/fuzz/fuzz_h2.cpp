// Fuzz target: the HTTP/2 client conversation (libnghttp2's state machine behind
// Http2Conversation), fed the "server's" bytes in splits derived from the input.
// Input layout: byte 0 chooses the request (GET, or POST with a body that needs flow control);
// bytes 1–2 seed the split sequence; the rest is what the server sends after the preface.
// Besides "no crash, no leak, no undefined behaviour", every input checks: the frame list stays
// within its bound, the kept body within its cap, and the conversation fed in pieces ends as the
// one fed the whole stream at once (same verdict, same frames received), since bytes may arrive
// split anywhere.
#include "FuzzTarget.h"
#include "probe/Http2Conversation.h"

using namespace Gatescope;

namespace {

struct Ending
{
    Transport verdict;
    Http2Ending http2;
    QList<Http2Frame> received;
    std::optional<ResponseData> response;
};

Ending converse(const RequestSpec &request, QByteArrayView stream, Fuzz::SplitSequence *splits)
{
    Http2Conversation conversation(request, false, [] { return 0.0; });
    conversation.start();
    conversation.takeOutgoing();
    qsizetype at = 0;
    while (at < stream.size() && !conversation.finished()) {
        qsizetype piece = stream.size() - at;
        if (splits) {
            const std::uint32_t r = splits->next();
            piece = qMin(piece, qsizetype(1 + r % 64));
        }
        conversation.feed(stream.sliced(at, piece));
        conversation.takeOutgoing();
        at += piece;
    }
    Ending ending;
    ending.verdict = conversation.verdict(true, false, &ending.http2);
    for (const Http2Frame &frame : conversation.frames()) {
        if (frame.received)
            ending.received.append(frame);
    }
    ending.response = conversation.response();
    Fuzz::require(conversation.frames().size() <= Exchange::MaxHttp2Frames, "the frame list exceeds its bound");
    return ending;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;
    RequestSpec request;
    request.url = QUrl(QStringLiteral("http://fuzz.test/h2"));
    request.options.bodyCaptureCap = 64;
    request.headers.append(HeaderField { "Host", "fuzz.test" });
    if (data[0] & 1) {
        request.method = "POST";
        request.body = QByteArray(70000, 'b'); // more than the default 65,535-byte window
    }
    const QByteArrayView stream = Fuzz::bytesOf(data + 3, size - 3);
    Fuzz::SplitSequence splits(std::uint32_t(data[1]) << 8 | data[2]);
    const Ending whole = converse(request, stream, nullptr);
    const Ending pieces = converse(request, stream, &splits);
    // The conversation reads frame by frame whatever the reads held (Http2Conversation::feed), so
    // the stream fed whole or in pieces ends alike: same outcome, HTTP/2 failure and frames. (Not
    // the same bytes read: when nghttp2 resets the stream in the middle of a header block, the
    // conversation ends at the end of the read that held that byte.)
    Fuzz::require(whole.verdict.outcome == pieces.verdict.outcome, "the outcome depends on how bytes were split");
    Fuzz::require(whole.http2 == pieces.http2, "the HTTP/2 failure depends on how bytes were split");
    Fuzz::require(whole.received.size() == pieces.received.size(), "the frames depend on how bytes were split");
    for (qsizetype i = 0; i < whole.received.size(); ++i)
        Fuzz::require(whole.received[i].type == pieces.received[i].type
                          && whole.received[i].streamId == pieces.received[i].streamId,
                      "the frames depend on how bytes were split");
    if (whole.response) {
        Fuzz::require(whole.response->body.size() <= request.options.bodyCaptureCap, "the body exceeds its cap");
        Fuzz::require(pieces.response.has_value() && pieces.response->status == whole.response->status,
                      "the response depends on how bytes were split");
    }
    return 0;
}
