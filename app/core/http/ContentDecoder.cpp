#include "http/ContentDecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <zlib.h>

namespace Gatescope {

namespace {

struct DecoderTr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::ContentDecoder)
};

constexpr qsizetype OutputChunk = 64 * 1024;
// zlib counts in uInt; feed it at most this much per call.
constexpr qsizetype MaxZlibInput = 1024 * 1024 * 1024;

bool looksLikeZlibHeader(unsigned char cmf, unsigned char flg)
{
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
}

} // namespace

class ContentDecoder::Private
{
public:
    enum class Stage {
        Sniffing, // deflate only: waiting for two bytes to tell zlib-wrapped from raw
        Inflating,
        BetweenMembers, // gzip: a member ended; the next byte says "another member" or "trailing"
        Trailing, // stream over; further bytes are only counted
        Failed,
    };

    explicit Private(Coding c)
        : coding(c)
    { }

    ~Private()
    {
        if (initialised)
            inflateEnd(&stream);
    }

    bool init(int windowBits)
    {
        stream = z_stream {};
        if (inflateInit2(&stream, windowBits) != Z_OK) {
            fail(DecoderTr::tr("zlib could not be initialised"), bytesIn);
            return false;
        }
        initialised = true;
        stage = Stage::Inflating;
        return true;
    }

    void fail(const QString &why, qint64 at)
    {
        stage = Stage::Failed;
        error = why;
        errorOffset = at;
    }

    // Inflates `input` (all of it unless the stream ends or fails). Returns bytes consumed.
    qsizetype inflateSome(const unsigned char *input, qsizetype size, const Sink &sink)
    {
        qsizetype consumed = 0;
        while (consumed < size && stage == Stage::Inflating) {
            const qsizetype piece = std::min(size - consumed, MaxZlibInput);
            stream.next_in = const_cast<unsigned char *>(input + consumed);
            stream.avail_in = uInt(piece);
            int rc = Z_OK;
            do {
                stream.next_out = out.data();
                stream.avail_out = uInt(out.size());
                rc = inflate(&stream, Z_NO_FLUSH);
                const qsizetype produced = qsizetype(out.size()) - qsizetype(stream.avail_out);
                if (produced > 0) {
                    bytesOut += produced;
                    sink(QByteArrayView(reinterpret_cast<const char *>(out.data()), produced));
                }
                if (rc == Z_STREAM_END || (rc != Z_OK && rc != Z_BUF_ERROR))
                    break;
                if (rc == Z_BUF_ERROR)
                    break; // no progress possible: needs more input
            } while (stream.avail_out == 0 || stream.avail_in > 0);
            const qsizetype used = piece - qsizetype(stream.avail_in);
            const qint64 at = bytesIn + consumed + used;
            consumed += used;
            if (rc == Z_STREAM_END) {
                streamEnded = true;
                stage = coding == Coding::Gzip ? Stage::BetweenMembers : Stage::Trailing;
                break;
            }
            if (rc == Z_NEED_DICT) {
                fail(DecoderTr::tr("the stream needs a preset dictionary"), at);
            } else if (rc == Z_DATA_ERROR || rc == Z_MEM_ERROR || rc == Z_STREAM_ERROR) {
                const QString why = stream.msg ? QString::fromLatin1(stream.msg) : DecoderTr::tr("corrupt data");
                fail(why, at);
            }
        }
        return consumed;
    }

    Coding coding;
    Stage stage = Stage::Sniffing;
    z_stream stream {};
    bool initialised = false;
    bool streamEnded = false;
    std::array<unsigned char, 2> sniff {};
    int sniffed = 0;
    std::array<unsigned char, OutputChunk> out {};
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 bytesAfterStream = 0;
    QString error;
    qint64 errorOffset = -1;
};

std::optional<ContentDecoder::Coding> ContentDecoder::codingFromName(QByteArrayView name)
{
    const QByteArrayView trimmed = name.trimmed();
    if (trimmed.compare("gzip", Qt::CaseInsensitive) == 0 || trimmed.compare("x-gzip", Qt::CaseInsensitive) == 0)
        return Coding::Gzip;
    if (trimmed.compare("deflate", Qt::CaseInsensitive) == 0)
        return Coding::Deflate;
    return std::nullopt;
}

QString ContentDecoder::codingName(Coding coding)
{
    return coding == Coding::Gzip ? QStringLiteral("gzip") : QStringLiteral("deflate");
}

ContentDecoder::ContentDecoder(Coding coding)
    : d(std::make_unique<Private>(coding))
{
    if (coding == Coding::Gzip)
        d->init(16 + MAX_WBITS);
}

ContentDecoder::~ContentDecoder() = default;

bool ContentDecoder::feed(QByteArrayView encoded, const Sink &sink)
{
    auto *input = reinterpret_cast<const unsigned char *>(encoded.data());
    qsizetype size = encoded.size();
    while (size > 0) {
        switch (d->stage) {
        case Private::Stage::Failed:
            return false;
        case Private::Stage::Trailing:
            d->bytesAfterStream += size;
            d->bytesIn += size;
            return true;
        case Private::Stage::BetweenMembers:
            if (input[0] == 0x1f) {
                inflateReset(&d->stream);
                d->stage = Private::Stage::Inflating;
            } else {
                d->stage = Private::Stage::Trailing;
            }
            break;
        case Private::Stage::Sniffing: {
            // Two bytes decide between zlib-wrapped and raw deflate; they may come one by one.
            const unsigned char byte = input[0];
            if (d->sniffed == 0 && size >= 2) {
                if (!d->init(looksLikeZlibHeader(input[0], input[1]) ? MAX_WBITS : -MAX_WBITS))
                    return false;
                break;
            }
            d->sniff[d->sniffed++] = byte;
            ++input;
            --size;
            if (d->sniffed == 2) {
                if (!d->init(looksLikeZlibHeader(d->sniff[0], d->sniff[1]) ? MAX_WBITS : -MAX_WBITS))
                    return false;
                d->sniffed = 0;
                d->bytesIn += d->inflateSome(d->sniff.data(), 2, sink);
            }
            break;
        }
        case Private::Stage::Inflating: {
            const qsizetype used = d->inflateSome(input, size, sink);
            d->bytesIn += used;
            input += used;
            size -= used;
            break;
        }
        }
    }
    return d->stage != Private::Stage::Failed;
}

bool ContentDecoder::finish()
{
    if (d->stage == Private::Stage::Failed)
        return false;
    if (d->stage == Private::Stage::Trailing || d->stage == Private::Stage::BetweenMembers)
        return true;
    const bool nothingFed = d->bytesIn == 0 && d->sniffed == 0;
    if (nothingFed)
        return true;
    d->bytesIn += d->sniffed;
    d->sniffed = 0;
    d->fail(DecoderTr::tr("the %1 stream ends before its end marker (truncated)").arg(codingName(d->coding)),
            d->bytesIn);
    return false;
}

ContentDecoder::Coding ContentDecoder::coding() const
{
    return d->coding;
}
bool ContentDecoder::hasFailed() const
{
    return d->stage == Private::Stage::Failed;
}
QString ContentDecoder::errorString() const
{
    return d->error;
}
qint64 ContentDecoder::errorOffset() const
{
    return d->errorOffset;
}
bool ContentDecoder::streamEnded() const
{
    return d->streamEnded;
}
qint64 ContentDecoder::bytesIn() const
{
    return d->bytesIn + d->sniffed;
}
qint64 ContentDecoder::bytesOut() const
{
    return d->bytesOut;
}
qint64 ContentDecoder::bytesAfterStream() const
{
    return d->bytesAfterStream;
}

Result<QByteArray> ContentDecoder::decodeAll(QByteArrayView encoded, Coding coding, qint64 maxOutput)
{
    ContentDecoder decoder(coding);
    QByteArray decoded;
    const bool ok = decoder.feed(encoded, [&](QByteArrayView piece) {
        const qint64 room = maxOutput - decoded.size();
        if (room > 0)
            decoded.append(piece.first(std::min<qint64>(room, piece.size())));
    });
    if (!ok || !decoder.finish()) {
        return Error { DecoderTr::tr("%1 body: cannot decode at byte %2: %3")
                           .arg(codingName(coding))
                           .arg(decoder.errorOffset())
                           .arg(decoder.errorString()) };
    }
    return decoded;
}

} // namespace Gatescope
