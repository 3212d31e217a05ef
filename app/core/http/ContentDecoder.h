#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Gatescope {

// Streaming decoder for the gzip and deflate content codings (zlib). Encoded bytes may arrive
// split anywhere; each feed() hands the decoded bytes to a sink in pieces of bounded size, so
// memory stays constant whatever the body's length. "deflate" is accepted both as RFC 9110
// intends (zlib-wrapped) and as many servers send it (raw deflate), told apart by the first two
// bytes; gzip bodies made of several members are decoded member after member. A corrupt stream
// makes the decoder fail with zlib's reason and the offset (in encoded bytes) where it was seen.
class ContentDecoder
{
public:
    enum class Coding { Gzip, Deflate };
    using Sink = std::function<void(QByteArrayView decoded)>;

    // "gzip", "x-gzip", "deflate" (case-insensitive, surrounding whitespace ignored); nullopt for
    // anything else ("br", "identity", a list of codings).
    static std::optional<Coding> codingFromName(QByteArrayView name);
    static QString codingName(Coding coding);

    explicit ContentDecoder(Coding coding);
    ~ContentDecoder();
    ContentDecoder(const ContentDecoder &) = delete;
    ContentDecoder &operator=(const ContentDecoder &) = delete;

    // Decodes the next encoded bytes. Returns false once the stream is found corrupt (then and
    // afterwards); bytes after the end of the compressed stream are counted, not decoded.
    bool feed(QByteArrayView encoded, const Sink &sink);
    // The encoded input is over. Returns false when the stream stopped before its end marker
    // (a truncated body); true for a complete stream or when nothing was fed at all.
    bool finish();

    Coding coding() const;
    bool hasFailed() const;
    QString errorString() const; // plain words, e.g. "invalid block type", "truncated"
    qint64 errorOffset() const; // encoded-byte offset where the failure was seen, or -1
    bool streamEnded() const; // the end marker of the (last) compressed stream was read
    qint64 bytesIn() const; // encoded bytes fed
    qint64 bytesOut() const; // decoded bytes produced
    qint64 bytesAfterStream() const; // encoded bytes after the end of the compressed stream

    // Decodes a whole body at once, keeping at most maxOutput decoded bytes. The error names
    // the coding and the offset.
    static Result<QByteArray> decodeAll(QByteArrayView encoded, Coding coding, qint64 maxOutput = 64 * 1024 * 1024);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatescope
