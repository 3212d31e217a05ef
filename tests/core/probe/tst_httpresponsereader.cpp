// Tests of the tolerant, incremental HTTP/1.1 response reader and its content decoder.
// Every row of the response table is read whole and then again one byte at a time, at every
// two-piece split and at random split points: all must give the same response, anomalies and
// verdict. Memory tests feed hundreds of megabytes through small caps.

#include "http/ContentDecoder.h"
#include "http/HttpResponseReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

enum class Packing { Gzip, Zlib, RawDeflate };

// Compresses with zlib itself, so the reader is tested against real encoder output.
QByteArray compressed(QByteArrayView data, Packing packing)
{
    z_stream stream {};
    const int windowBits = packing == Packing::Gzip ? 16 + MAX_WBITS
        : packing == Packing::Zlib                  ? MAX_WBITS
                                                    : -MAX_WBITS;
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 64, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray withLength(const QByteArray &head, const QByteArray &body)
{
    return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Everything the reader says about one response, for comparing two readings.
struct Reading
{
    ResponseData response;
    QList<WireAnomaly> anomalies;
    Transport verdict;
    HttpResponseReader::State state = HttpResponseReader::State::StatusLine;
    bool headersComplete = false;
    qint64 bodyBytesOnWire = 0;
    qint64 expectedBodyBytes = 0;
    QByteArray raw;
    HeaderList trailers;

    friend bool operator==(const Reading &, const Reading &) = default;
};

QString describe(const Reading &reading)
{
    QString text;
    const ResponseData &r = reading.response;
    text += u"state=%1 headersComplete=%2 wire=%3 expected=%4\n"_s.arg(int(reading.state))
                .arg(reading.headersComplete)
                .arg(reading.bodyBytesOnWire)
                .arg(reading.expectedBodyBytes);
    text += u"%1 %2 %3 headerSize=%4\n"_s.arg(QString::fromLatin1(r.httpVersion))
                .arg(r.status)
                .arg(QString::fromLatin1(r.reason))
                .arg(r.headerSize);
    for (const HeaderField &h : r.headers)
        text += u"  %1: %2\n"_s.arg(QString::fromLatin1(h.name), QString::fromLatin1(h.value));
    for (const InterimResponse &i : r.interim)
        text += u"  interim %1 %2 (%3 headers)\n"_s.arg(i.status)
                    .arg(QString::fromLatin1(i.reason))
                    .arg(i.headers.size());
    text += u"body %1 bytes kept of %2 (wire %3, truncated %4, encoding '%5') sha1 %6\n"_s.arg(r.body.size())
                .arg(r.bodySize)
                .arg(r.bodyWireSize)
                .arg(r.bodyTruncated)
                .arg(r.contentEncoding)
                .arg(QString::fromLatin1(QCryptographicHash::hash(r.body, QCryptographicHash::Sha1).toHex()));
    for (const WireAnomaly &a : reading.anomalies)
        text += u"  anomaly %1@%2: %3\n"_s.arg(a.kind).arg(a.offset).arg(a.detail);
    for (const HeaderField &h : reading.trailers)
        text += u"  trailer %1: %2\n"_s.arg(QString::fromLatin1(h.name), QString::fromLatin1(h.value));
    text += u"verdict %1 phase '%2' bytes %3: %4\n"_s
                .arg(outcomeId(reading.verdict.outcome), phaseId(reading.verdict.phase))
                .arg(reading.verdict.bytesReceived)
                .arg(reading.verdict.detail);
    text += u"raw %1 bytes\n"_s.arg(reading.raw.size());
    return text;
}

Reading readingOf(const HttpResponseReader &reader)
{
    return Reading { reader.response(),        reader.anomalies(),       reader.verdict(),           reader.state(),
                     reader.headersComplete(), reader.bodyBytesOnWire(), reader.expectedBodyBytes(), reader.rawBytes(),
                     reader.trailers() };
}

// Feeds `wire` cut at the given offsets (ascending, inside the data), then closes if asked.
Reading readSplit(QByteArrayView method, const QByteArray &wire, const QList<qsizetype> &cuts, bool peerCloses)
{
    HttpResponseReader reader(method);
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        reader.feed(QByteArrayView(wire).sliced(from, cut - from));
        reader.feed({}); // empty feeds are allowed anywhere
        from = cut;
    }
    reader.feed(QByteArrayView(wire).sliced(from));
    if (peerCloses)
        reader.finish();
    return readingOf(reader);
}

QList<qsizetype> everyByte(qsizetype size)
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < size; ++i)
        cuts.append(i);
    return cuts;
}

QList<qsizetype> randomCuts(qsizetype size, QRandomGenerator &random)
{
    QList<qsizetype> cuts;
    if (size < 2)
        return cuts;
    const int count = random.bounded(1, int(std::min<qsizetype>(size, 40)));
    for (int i = 0; i < count; ++i)
        cuts.append(qsizetype(random.bounded(quint64(1), quint64(size))));
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    return cuts;
}

QString headerSummary(const HeaderList &headers)
{
    QStringList parts;
    for (const HeaderField &h : headers)
        parts.append(QString::fromLatin1(h.name + ": " + h.value));
    return parts.join(u" | "_s);
}

QStringList anomalySummary(const QList<WireAnomaly> &anomalies)
{
    QStringList parts;
    for (const WireAnomaly &a : anomalies)
        parts.append(u"%1@%2"_s.arg(a.kind).arg(a.offset));
    return parts;
}

// Resident memory of this process in bytes (Linux), or -1.
qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : -1;
}

constexpr qint64 MiB = 1024 * 1024;

} // namespace

class tst_HttpResponseReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEachResponseAsExpected_data();
    void readsEachResponseAsExpected();
    void givesTheSameResultWhateverTheSplit_data();
    void givesTheSameResultWhateverTheSplit();

    void decodesCompressedBodiesForViewing_data();
    void decodesCompressedBodiesForViewing();
    void keepsTheBodyEncodedWhenDecodingIsOff();
    void keepsTrailersAndChunkExtensions();
    void reportsProgressWhileTheBodyArrives();
    void waitsForTheCloseToEndACloseDelimitedBody();
    void ignoresBytesFedAfterFinish();

    void keepsMemoryBoundedForHugeBodies_data();
    void keepsMemoryBoundedForHugeBodies();
    void countsAHugeContentLengthWithoutStoringIt();
    void stopsBufferingAnEndlessHeaderLine();
    void capsTheDecodedBodyOfACompressionBomb();
    void capturesRawBytesUpToTheirCap();

    void decodeAllNamesTheCodingAndTheOffset();
};

void tst_HttpResponseReader::readsEachResponseAsExpected_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("peerCloses");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("detail"); // the verdict detail contains this
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("headers"); // final headers, "Name: value | …"
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("anomalies"); // "kind@offset", in order
    QTest::addColumn<QString>("anomalyDetail"); // some anomaly's detail contains this

    const QByteArray get = "GET";
    const QByteArray ok200 = "HTTP/1.1 200 OK\r\n";
    const QString none;
    const QStringList noAnomalies;

    // ---- well-formed framing -------------------------------------------------------------
    QTest::newRow("body framed by Content-Length")
        << get << withLength(ok200 + "Content-Type: text/plain\r\n", "hello") << false << u"ok"_s << none << none << 200
        << u"Content-Type: text/plain | Content-Length: 5"_s << QByteArray("hello") << noAnomalies << none;
    QTest::newRow("chunked body with an extension and a trailer")
        << get
        << QByteArray(
               ok200
               + "Transfer-Encoding: chunked\r\n\r\n5;name=\"v\"\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: 1\r\n\r\n")
        << false << u"ok"_s << none << none << 200 << u"Transfer-Encoding: chunked"_s << QByteArray("hello world")
        << noAnomalies << none;
    QTest::newRow("close-delimited body ends when the peer closes")
        << get << QByteArray(ok200 + "Content-Type: text/plain\r\n\r\nuntil close") << true << u"ok"_s << none << none
        << 200 << u"Content-Type: text/plain"_s << QByteArray("until close")
        << QStringList { u"close-delimited-body@45"_s } << u"ends when the peer closes"_s;
    QTest::newRow("HTTP/1.0 response is accepted")
        << get << withLength("HTTP/1.0 200 OK\r\n", "ok") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 2"_s << QByteArray("ok") << noAnomalies << none;
    QTest::newRow("empty reason phrase after the space")
        << get << withLength("HTTP/1.1 200 \r\n", "") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 0"_s << QByteArray() << noAnomalies << none;
    QTest::newRow("HEAD response has no body")
        << QByteArray("HEAD") << QByteArray(ok200 + "Content-Length: 1000\r\n\r\n") << false << u"ok"_s << none << none
        << 200 << u"Content-Length: 1000"_s << QByteArray() << noAnomalies << none;
    QTest::newRow("204 has no body") << get << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")
                                     << false << u"ok"_s << none << none << 204 << u"Content-Length: 0"_s
                                     << QByteArray() << noAnomalies << none;
    QTest::newRow("304 has no body despite its Content-Length")
        << get << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 512\r\n\r\n") << false << u"ok"_s << none
        << none << 304 << u"Content-Length: 512"_s << QByteArray() << noAnomalies << none;
    QTest::newRow("100 Continue is recorded and skipped")
        << get << QByteArray("HTTP/1.1 100 Continue\r\n\r\n" + withLength(ok200, "ok")) << false << u"ok"_s << none
        << none << 200 << u"Content-Length: 2"_s << QByteArray("ok") << QStringList { u"interim-response@0"_s }
        << u"interim response 100 Continue at byte 0"_s;
    QTest::newRow("103 Early Hints then 100 Continue are recorded and skipped")
        << get
        << QByteArray("HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n"
                      "HTTP/1.1 100 Continue\r\n\r\n"
                      + withLength(ok200, "ok"))
        << false << u"ok"_s << none << none << 200 << u"Content-Length: 2"_s << QByteArray("ok")
        << QStringList { u"interim-response@0"_s, u"interim-response@57"_s } << u"103 Early Hints"_s;
    QTest::newRow("gzip body is decoded")
        << get << withLength(ok200 + "Content-Encoding: gzip\r\n", compressed("compressed hello", Packing::Gzip))
        << false << u"ok"_s << none << none << 200 << QString() << QByteArray("compressed hello") << noAnomalies
        << none;

    // ---- tolerated deviations ------------------------------------------------------------
    QTest::newRow("obsolete line folding is unfolded")
        << get << QByteArray(ok200 + "X-Long: first\r\n second\r\nContent-Length: 0\r\n\r\n") << false << u"ok"_s
        << none << none << 200 << u"X-Long: first second | Content-Length: 0"_s << QByteArray()
        << QStringList { u"obsolete-line-folding@32"_s } << u"obsolete line folding at byte 32"_s;
    QTest::newRow("bare LF line endings are accepted")
        << get << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 2"_s << QByteArray("ok") << QStringList { u"bare-lf-line-ending@15"_s } << u"bare LF"_s;
    QTest::newRow("invalid character in a field name")
        << get << QByteArray(ok200 + "X(Bad): 1\r\nContent-Length: 0\r\n\r\n") << false << u"ok"_s << none << none
        << 200 << u"X(Bad): 1 | Content-Length: 0"_s << QByteArray() << QStringList { u"invalid-header-name@18"_s }
        << u"invalid character 0x28"_s;
    QTest::newRow("whitespace before the colon is removed")
        << get << QByteArray(ok200 + "Server : nginx\r\nContent-Length: 0\r\n\r\n") << false << u"ok"_s << none << none
        << 200 << u"Server: nginx | Content-Length: 0"_s << QByteArray() << QStringList { u"invalid-header-name@23"_s }
        << u"whitespace between the field name"_s;
    QTest::newRow("control character in a field value")
        << get << QByteArray(ok200 + "X-A: a\x01z\r\nContent-Length: 0\r\n\r\n") << false << u"ok"_s << none << none
        << 200 << QString() << QByteArray() << QStringList { u"invalid-header-value@23"_s }
        << u"control character 0x01"_s;
    QTest::newRow("lower-case protocol name")
        << get << withLength("http/1.1 200 OK\r\n", "") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 0"_s << QByteArray() << QStringList { u"bad-status-line@0"_s } << u"not upper-case"_s;
    QTest::newRow("HTTP/0.9 named in a status line")
        << get << withLength("HTTP/0.9 200 OK\r\n", "") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 0"_s << QByteArray() << QStringList { u"bad-status-line@0"_s }
        << u"unexpected protocol version"_s;
    QTest::newRow("status line without reason or its space")
        << get << withLength("HTTP/1.1 200\r\n", "") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 0"_s << QByteArray() << QStringList { u"bad-status-line@12"_s }
        << u"ends after the code"_s;
    QTest::newRow("status code above 599")
        << get << withLength("HTTP/1.1 999 Odd\r\n", "") << false << u"ok"_s << none << none << 999
        << u"Content-Length: 0"_s << QByteArray() << QStringList { u"bad-status-line@9"_s } << u"outside 100"_s;
    QTest::newRow("empty line before the status line")
        << get << QByteArray("\r\n" + withLength(ok200, "")) << false << u"ok"_s << none << none << 200
        << u"Content-Length: 0"_s << QByteArray() << QStringList { u"bad-status-line@0"_s }
        << u"empty line before the status line"_s;
    QTest::newRow("both Content-Length and Transfer-Encoding: chunked wins")
        << get << QByteArray(ok200 + "Content-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n")
        << false << u"ok"_s << none << none << 200 << u"Content-Length: 100 | Transfer-Encoding: chunked"_s
        << QByteArray("ok") << QStringList { u"content-length-with-transfer-encoding@17"_s }
        << u"Transfer-Encoding wins"_s;
    QTest::newRow("identical duplicate Content-Length is accepted")
        << get << QByteArray(ok200 + "Content-Length: 2\r\nContent-Length: 2\r\n\r\nok") << false << u"ok"_s << none
        << none << 200 << u"Content-Length: 2 | Content-Length: 2"_s << QByteArray("ok")
        << QStringList { u"conflicting-content-length@36"_s } << u"same value"_s;
    QTest::newRow("transfer coding without chunked is read until close")
        << get << QByteArray(ok200 + "Transfer-Encoding: gzip\r\n\r\nabc") << true << u"ok"_s << none << none << 200
        << u"Transfer-Encoding: gzip"_s << QByteArray("abc") << QStringList { u"unsupported-transfer-encoding@17"_s }
        << u"does not end in chunked"_s;
    QTest::newRow("bytes after the end of the message")
        << get << QByteArray(withLength(ok200, "ok") + "EXTRA") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 2"_s << QByteArray("ok") << QStringList { u"bytes-after-message@40"_s }
        << u"5 bytes after the end of the message at byte 40"_s;
    QTest::newRow("204 followed by a body it must not have")
        << get << QByteArray("HTTP/1.1 204 No Content\r\n\r\nstray") << true << u"ok"_s << none << none << 204
        << QString() << QByteArray() << QStringList { u"bytes-after-message@27"_s } << u"\u201cstray\u201d"_s;
    QTest::newRow("corrupt gzip body is kept as received")
        << get << withLength(ok200 + "Content-Encoding: gzip\r\n", "not gzip at all") << false << u"ok"_s << none
        << none << 200 << QString() << QByteArray("not gzip at all") << QStringList { u"content-decoding-failed@65"_s }
        << u"cannot be decoded at byte 65 (incorrect header check)"_s; // seen after the 2 magic bytes
    QTest::newRow("gzip stream cut short inside a complete message")
        << get
        << withLength(ok200 + "Content-Encoding: gzip\r\n",
                      compressed("a longer text that is cut in the middle", Packing::Gzip).first(20))
        << false << u"ok"_s << none << none << 200 << QString()
        << compressed("a longer text that is cut in the middle", Packing::Gzip).first(20)
        << QStringList { u"content-decoding-failed@83"_s } << u"truncated"_s;

    // ---- not HTTP / unreadable ------------------------------------------------------------
    QTest::newRow("SSH banner where a status line should be")
        << get << QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n") << false << u"invalid-response"_s << u"wait"_s
        << u"SSH banner"_s << 0 << QString() << QByteArray() << QStringList { u"non-http-response@0"_s }
        << u"this port runs SSH"_s;
    QTest::newRow("TLS alert on a plain-HTTP connection")
        << get << QByteArray("\x15\x03\x01\x00\x02\x02\x46", 7) << true << u"invalid-response"_s << u"wait"_s
        << u"TLS record bytes"_s << 0 << QString() << QByteArray() << QStringList { u"non-http-response@0"_s }
        << u"try https://"_s;
    QTest::newRow("HTTP/2 frames on an HTTP/1.1 connection")
        << get
        << QByteArray("\x00\x00\x06\x04\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x80"
                      "\x00\x00\x08\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01",
                      32)
        << true << u"invalid-response"_s << u"wait"_s << u"HTTP/2 SETTINGS frame"_s << 0 << QString() << QByteArray()
        << QStringList { u"non-http-response@0"_s } << u"speaks only HTTP/2"_s;
    QTest::newRow("HTML without a status line")
        << get << QByteArray("<html><body>It works</body></html>\n") << true << u"invalid-response"_s << u"wait"_s
        << u"HTML or XML without a status line at byte 0"_s << 0 << QString() << QByteArray()
        << QStringList { u"non-http-response@0"_s } << u"<html><body>"_s;
    QTest::newRow("garbage bytes") << get << QByteArray("\x00\x01garbage", 9) << true << u"invalid-response"_s
                                   << u"wait"_s << u"non-HTTP bytes"_s << 0 << QString() << QByteArray()
                                   << QStringList { u"non-http-response@0"_s } << u"\\x00\\x01garbage"_s;
    QTest::newRow("protocol name without a slash")
        << get << QByteArray("HTTP 200 OK\r\n\r\n") << false << u"invalid-response"_s << u"wait"_s
        << u"does not start with"_s << 0 << QString() << QByteArray() << QStringList { u"bad-status-line@0"_s } << none;
    QTest::newRow("status line without a status code")
        << get << QByteArray("HTTP/1.1 OK\r\n\r\n") << false << u"invalid-response"_s << u"wait"_s
        << u"no three-digit status code at byte 9"_s << 0 << QString() << QByteArray()
        << QStringList { u"bad-status-line@9"_s } << none;
    QTest::newRow("four-digit status code")
        << get << QByteArray("HTTP/1.1 2000 OK\r\n\r\n") << false << u"invalid-response"_s << u"wait"_s
        << u"is not three digits"_s << 0 << QString() << QByteArray() << QStringList { u"bad-status-line@9"_s } << none;
    QTest::newRow("two-digit status code")
        << get << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << false << u"invalid-response"_s << u"wait"_s
        << u"is not three digits"_s << 0 << QString() << QByteArray() << QStringList { u"bad-status-line@9"_s } << none;
    QTest::newRow("header line without a colon")
        << get << QByteArray("HTTP/1.1 502 Bad Gateway\r\nVia: 1.1 x\r\nthis is not a header\r\n\r\n") << false
        << u"invalid-response"_s << u"wait"_s << u"header line without ':' at byte 38"_s << 502 << u"Via: 1.1 x"_s
        << QByteArray() << QStringList { u"bad-header-line@38"_s } << none;
    QTest::newRow("header block over the cap")
        << get << QByteArray(ok200 + "X-Big: " + QByteArray(300000, 'a') + "\r\n\r\n") << false << u"invalid-response"_s
        << u"wait"_s << u"exceed the limit of 262144 bytes at byte 262144"_s << 200 << QString() << QByteArray()
        << QStringList { u"header-block-too-large@262144"_s } << none;
    QTest::newRow("conflicting duplicate Content-Length")
        << get << QByteArray(ok200 + "Content-Length: 5\r\nContent-Length: 7\r\n\r\nhello") << false
        << u"invalid-response"_s << u"wait"_s << u"conflicting Content-Length values 5 and 7 at byte 36"_s << 200
        << u"Content-Length: 5 | Content-Length: 7"_s << QByteArray()
        << QStringList { u"conflicting-content-length@36"_s } << none;
    QTest::newRow("invalid Content-Length")
        << get << QByteArray(ok200 + "Content-Length: 12abc\r\n\r\nhello") << false << u"invalid-response"_s
        << u"wait"_s << u"invalid Content-Length \u201c12abc\u201d at byte 17"_s << 200 << u"Content-Length: 12abc"_s
        << QByteArray() << QStringList { u"invalid-content-length@17"_s } << none;
    QTest::newRow("negative Content-Length")
        << get << QByteArray(ok200 + "Content-Length: -1\r\n\r\n") << false << u"invalid-response"_s << u"wait"_s
        << u"invalid Content-Length"_s << 200 << u"Content-Length: -1"_s << QByteArray()
        << QStringList { u"invalid-content-length@17"_s } << none;
    QTest::newRow("invalid chunk size") << get
                                        << QByteArray(ok200 + "Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n")
                                        << false << u"invalid-response"_s << u"download"_s
                                        << u"invalid chunk size \u201czz\u201d at byte 47"_s << 200
                                        << u"Transfer-Encoding: chunked"_s << QByteArray()
                                        << QStringList { u"invalid-chunk-size@47"_s } << none;
    QTest::newRow("chunk data longer than its size")
        << get << QByteArray(ok200 + "Transfer-Encoding: chunked\r\n\r\n5\r\nhelloXX\r\n0\r\n\r\n") << false
        << u"invalid-response"_s << u"download"_s << u"chunk data not followed by CRLF at byte 55"_s << 200
        << u"Transfer-Encoding: chunked"_s << QByteArray("hello") << QStringList { u"bad-chunk-terminator@55"_s }
        << none;
    QTest::newRow("more interim responses than allowed")
        << get << QByteArray("HTTP/1.1 100 Continue\r\n\r\n").repeated(33) << false << u"invalid-response"_s
        << u"wait"_s << u"more than 32 interim"_s << 100 << QString() << QByteArray() <<
        [] {
            QStringList kinds;
            for (int i = 0; i < 33; ++i)
                kinds.append(u"interim-response@%1"_s.arg(i * 25));
            return kinds;
        }()
        << none;

    // ---- RFC 9112 conformance: each row derived from a public parser's test case ------------
    // Sources: llhttp test/response/*.md and test/request/*.md (github.com/nodejs/llhttp), Go's
    // src/net/http/response_test.go and src/net/http/internal/chunked_test.go. Our own bytes;
    // where the suite rejects and we read on, the row says what the reader delivers instead.
    const QByteArray chunked = ok200 + "Transfer-Encoding: chunked\r\n\r\n"; // body starts at byte 47

    // A bare CR becomes a space (RFC 9112 §2.2); the anomaly names what a CR-splitting peer sees.
    // llhttp response/invalid.md "Headers separated by CR", moved into the status line (issue 13)
    QTest::newRow("bare CR in the status line hides a Content-Length")
        << get << QByteArray("HTTP/1.1 200 OK\rContent-Length: 5\r\n\r\nhello") << true << u"ok"_s << none << none
        << 200 << QString() << QByteArray("hello")
        << QStringList { u"bad-status-line@15"_s, u"close-delimited-body@37"_s }
        << u"reads \u201cContent-Length: 5\u201d as a field of its own and frames the body by it"_s;
    // llhttp response/invalid.md "Headers separated by CR"
    QTest::newRow("bare CR between two header fields")
        << get << QByteArray(ok200 + "Foo: 1\rBar: 2\r\nContent-Length: 0\r\n\r\n") << false << u"ok"_s << none << none
        << 200 << u"Foo: 1 Bar: 2 | Content-Length: 0"_s << QByteArray() << QStringList { u"bad-header-line@23"_s }
        << u"bare CR (not followed by LF) at byte 23 inside a header line"_s;
    // llhttp request/invalid.md "Empty headers separated by CR"
    QTest::newRow("bare CR after an empty value hides a Transfer-Encoding")
        << get << QByteArray(ok200 + "X:\rTransfer-Encoding: chunked\r\n\r\n1\r\nA\r\n0\r\n\r\n") << true << u"ok"_s
        << none << none << 200 << u"X: Transfer-Encoding: chunked"_s << QByteArray("1\r\nA\r\n0\r\n\r\n")
        << QStringList { u"bad-header-line@19"_s, u"close-delimited-body@50"_s } << u"frames the body by it"_s;
    // llhttp request/invalid.md "Headers separated by dummy characters"
    QTest::newRow("bare CR at the start of a header line folds it")
        << get << QByteArray(ok200 + "Host: a\r\n\rZX: 1\r\nContent-Length: 0\r\n\r\n") << false << u"ok"_s << none
        << none << 200 << u"Host: a ZX: 1 | Content-Length: 0"_s << QByteArray()
        << QStringList { u"bad-header-line@26"_s, u"obsolete-line-folding@26"_s }
        << u"reads \u201cZX: 1\u201d as a field of its own"_s;
    // llhttp request/transfer-encoding.md "Trailing headers", with a CR between two trailer fields
    QTest::newRow("bare CR in a trailer line")
        << get << QByteArray(chunked + "2\r\nok\r\n0\r\nX-Sum: 1\rX-B: 2\r\n\r\n") << false << u"ok"_s << none << none
        << 200 << u"Transfer-Encoding: chunked"_s << QByteArray("ok") << QStringList { u"bad-header-line@65"_s }
        << u"inside a trailer line"_s;
    // llhttp response/invalid.md "CR before response and tab after HTTP version"
    QTest::newRow("bare CR before the status line and a tab after the version")
        << get << withLength("\rHTTP/1.1\t200 OK\r\n", "") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 0"_s << QByteArray() << QStringList { u"bad-status-line@0"_s, u"bad-status-line@9"_s }
        << u"before the status line; skipped"_s;

    // Status lines. llhttp response/invalid.md "Tab after HTTP version"
    QTest::newRow("tab after the protocol version")
        << get << withLength("HTTP/1.1\t200 OK\r\n", "") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 0"_s << QByteArray() << QStringList { u"bad-status-line@8"_s }
        << u"tab instead of a space"_s;
    // llhttp response/invalid.md "Extra digit in HTTP major version"
    QTest::newRow("two-digit major version")
        << get << withLength("HTTP/01.1 200 OK\r\n", "") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 0"_s << QByteArray() << QStringList { u"bad-status-line@0"_s }
        << u"unexpected protocol version \u201cHTTP/01.1\u201d"_s;
    // llhttp response/invalid.md "Extra digit in HTTP minor version"
    QTest::newRow("two-digit minor version")
        << get << withLength("HTTP/1.01 200 OK\r\n", "") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 0"_s << QByteArray() << QStringList { u"bad-status-line@0"_s }
        << u"unexpected protocol version \u201cHTTP/1.01\u201d"_s;
    // llhttp response/invalid.md "Invalid HTTP version"
    QTest::newRow("HTTP/5.6 named in a status line")
        << get << withLength("HTTP/5.6 200 OK\r\n", "") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 0"_s << QByteArray() << QStringList { u"bad-status-line@0"_s }
        << u"unexpected protocol version"_s;
    // llhttp response/invalid.md "Extra space between HTTP version and status code"
    QTest::newRow("two spaces before the status code")
        << get << withLength("HTTP/1.1  200 OK\r\n", "") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 0"_s << QByteArray() << QStringList { u"bad-status-line@9"_s }
        << u"more than one space before the status code at byte 9"_s;
    // llhttp response/invalid.md "One-digit status code"
    QTest::newRow("one-digit status code")
        << get << QByteArray("HTTP/1.1 2 OK\r\n\r\n") << false << u"invalid-response"_s << u"wait"_s
        << u"is not three digits at byte 9"_s << 0 << QString() << QByteArray()
        << QStringList { u"bad-status-line@9"_s } << none;
    // Go response_test.go TestReadResponseErrors status("20X Unknown")
    QTest::newRow("status code with a letter")
        << get << QByteArray("HTTP/1.1 20X Unknown\r\nFoo: bar\r\n\r\n") << false << u"invalid-response"_s << u"wait"_s
        << u"\u201c20\u201d is not three digits"_s << 0 << QString() << QByteArray()
        << QStringList { u"bad-status-line@9"_s } << none;
    // Go response_test.go TestReadResponseErrors status("0x12d Moved Permanently")
    QTest::newRow("hexadecimal status code")
        << get << QByteArray("HTTP/1.1 0x12d Moved Permanently\r\nFoo: bar\r\n\r\n") << false << u"invalid-response"_s
        << u"wait"_s << u"is not three digits at byte 9"_s << 0 << QString() << QByteArray()
        << QStringList { u"bad-status-line@9"_s } << none;
    // Go response_test.go TestReadResponseErrors status("-200 OK")
    QTest::newRow("negative status code")
        << get << QByteArray("HTTP/1.1 -200 OK\r\nFoo: bar\r\n\r\n") << false << u"invalid-response"_s << u"wait"_s
        << u"no three-digit status code at byte 9"_s << 0 << QString() << QByteArray()
        << QStringList { u"bad-status-line@9"_s } << none;
    // Go response_test.go TestReadResponseErrors status("000 OK") (Go accepts it; 1xx–5xx is all HTTP defines)
    QTest::newRow("status code 000") << get << QByteArray("HTTP/1.1 000 OK\r\nFoo: bar\r\n\r\n") << false
                                     << u"invalid-response"_s << u"wait"_s << u"status code 0 at byte 9 is below 100"_s
                                     << 0 << QString() << QByteArray() << QStringList { u"bad-status-line@9"_s }
                                     << none;
    // Go response_test.go TestReadResponseErrors "HTTP/1.1" ("malformed HTTP response")
    QTest::newRow("status line with the version only")
        << get << QByteArray("HTTP/1.1\r\n\r\n") << false << u"invalid-response"_s << u"wait"_s
        << u"status line has no status code at byte 0"_s << 0 << QString() << QByteArray()
        << QStringList { u"bad-status-line@0"_s } << none;
    // llhttp response/invalid.md "Invalid space after start line"
    QTest::newRow("whitespace-led line right after the status line")
        << get << QByteArray(ok200 + " Host: foo\r\n\r\n") << true << u"ok"_s << none << none << 200 << QString()
        << QByteArray() << QStringList { u"bad-header-line@17"_s, u"close-delimited-body@31"_s }
        << u"right after the status line at byte 17"_s;

    // Header fields. llhttp request/invalid.md "Invalid header token #2"
    QTest::newRow("control character in a field name")
        << get << QByteArray(ok200 + "Foo\x01\\test: Bar\r\nContent-Length: 0\r\n\r\n") << false << u"ok"_s << none
        << none << 200 << QString() << QByteArray() << QStringList { u"invalid-header-name@20"_s }
        << u"invalid character 0x01"_s;
    // RFC 9110 §5.5: NUL is no field-vchar (the "NUL bytes" case of the conformance list, issue 13)
    QTest::newRow("NUL byte in a field value")
        << get << QByteArray(ok200 + QByteArray("X-A: a\0b\r\nContent-Length: 0\r\n\r\n", 31)) << false << u"ok"_s
        << none << none << 200 << QString() << QByteArray() << QStringList { u"invalid-header-value@23"_s }
        << u"control character 0x00 in the value of \u201cX-A\u201d at byte 23"_s;
    // llhttp request/invalid.md "Spaces before headers": a Content-Length folded into another field
    QTest::newRow("obsolete line folding hides a Content-Length")
        << get << QByteArray(ok200 + "Foo: bar\r\n Content-Length: 38\r\n\r\nGET") << true << u"ok"_s << none << none
        << 200 << u"Foo: bar Content-Length: 38"_s << QByteArray("GET")
        << QStringList { u"obsolete-line-folding@27"_s, u"close-delimited-body@50"_s }
        << u"continues \u201cFoo\u201d"_s;
    // llhttp response/content-length.md "Tabs in Content-Length (surrounding)"
    QTest::newRow("tabs around a Content-Length value are optional whitespace")
        << get << QByteArray(ok200 + "Content-Length:\t2\t\r\n\r\nok") << false << u"ok"_s << none << none << 200
        << u"Content-Length: 2"_s << QByteArray("ok") << noAnomalies << none;
    // llhttp response/content-length.md "Content-Length-X"
    QTest::newRow("a field named Content-Length-X does not frame the body")
        << get << QByteArray(ok200 + "Content-Length-X: 0\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nOK\r\n0\r\n\r\n")
        << false << u"ok"_s << none << none << 200 << u"Content-Length-X: 0 | Transfer-Encoding: chunked"_s
        << QByteArray("OK") << noAnomalies << none;
    // llhttp response/transfer-encoding.md "Empty Transfer-Encoding with Content-Length"
    QTest::newRow("empty Transfer-Encoding with a Content-Length")
        << get << QByteArray(ok200 + "Transfer-Encoding:\r\nContent-Length: 5\r\n\r\nhello") << true << u"ok"_s << none
        << none << 200 << u"Transfer-Encoding:  | Content-Length: 5"_s << QByteArray("hello")
        << QStringList { u"content-length-with-transfer-encoding@37"_s, u"unsupported-transfer-encoding@17"_s }
        << u"does not end in chunked"_s;
    // llhttp response/transfer-encoding.md "`chunked` before other transfer-encoding"
    QTest::newRow("chunked before another transfer coding")
        << get << QByteArray(ok200 + "Accept: */*\r\nTransfer-Encoding: chunked, deflate\r\n\r\nWorld") << true
        << u"ok"_s << none << none << 200 << QString() << QByteArray("World")
        << QStringList { u"unsupported-transfer-encoding@30"_s } << u"\u201cchunked, deflate\u201d"_s;
    // llhttp response/transfer-encoding.md "multiple transfer-encoding where chunked is not the last one"
    QTest::newRow("chunked in an earlier Transfer-Encoding field than identity")
        << get
        << QByteArray(ok200 + "Accept: */*\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\nWorld")
        << true << u"ok"_s << none << none << 200 << QString() << QByteArray("World")
        << QStringList { u"unsupported-transfer-encoding@30"_s } << u"\u201cchunked, identity\u201d"_s;
    // llhttp response/transfer-encoding.md "`chunkedchunked` transfer-encoding does not enable chunked enconding"
    QTest::newRow("chunkedchunked is not chunked")
        << get << QByteArray(ok200 + "Accept: */*\r\nTransfer-Encoding: chunkedchunked\r\n\r\n2\r\nOK\r\n0\r\n\r\n")
        << true << u"ok"_s << none << none << 200 << QString() << QByteArray("2\r\nOK\r\n0\r\n\r\n")
        << QStringList { u"unsupported-transfer-encoding@30"_s } << u"\u201cchunkedchunked\u201d"_s;
    // llhttp response/transfer-encoding.md "Invalid OBS fold after chunked value"
    QTest::newRow("folded Transfer-Encoding value is not chunked")
        << get << QByteArray(ok200 + "Transfer-Encoding: chunked\r\n  abc\r\n\r\n5\r\nWorld\r\n0\r\n\r\n") << true
        << u"ok"_s << none << none << 200 << u"Transfer-Encoding: chunked abc"_s
        << QByteArray("5\r\nWorld\r\n0\r\n\r\n")
        << QStringList { u"obsolete-line-folding@45"_s, u"unsupported-transfer-encoding@17"_s }
        << u"\u201cchunked abc\u201d"_s;

    // Chunk-size lines: what leaves the size clear is reported once per message and read on.
    // llhttp response/transfer-encoding.md "Trailing space on chunked body"
    QTest::newRow("whitespace after the chunk size")
        << get << QByteArray(chunked + "5  \r\nhello\r\n0  \r\n\r\n") << false << u"ok"_s << none << none << 200
        << u"Transfer-Encoding: chunked"_s << QByteArray("hello") << QStringList { u"invalid-chunk-size@48"_s }
        << u"whitespace after the chunk size \u201c5  \u201d at byte 48"_s;
    // llhttp response/transfer-encoding.md "No extension after semicolon"
    QTest::newRow("empty chunk extension")
        << get << QByteArray(chunked + "2;\r\naa\r\n0\r\n\r\n") << false << u"ok"_s << none << none << 200
        << u"Transfer-Encoding: chunked"_s << QByteArray("aa") << QStringList { u"invalid-chunk-size@49"_s }
        << u"empty chunk extension at byte 49"_s;
    // llhttp response/transfer-encoding.md "Unbalanced chunk extensions quoting"
    QTest::newRow("unbalanced quote in a chunk extension")
        << get << QByteArray(chunked + "5;a=\"abc\";b=\"def; ghi\r\nhello\r\n0\r\n\r\n") << false << u"ok"_s << none
        << none << 200 << u"Transfer-Encoding: chunked"_s << QByteArray("hello")
        << QStringList { u"invalid-chunk-size@59"_s } << u"opened at byte 59 is not closed"_s;
    // llhttp response/transfer-encoding.md "Chunk extensions" (the name must be a token)
    QTest::newRow("invalid character in a chunk extension name")
        << get << QByteArray(chunked + "5;na@me=1\r\nhello\r\n0\r\n\r\n") << false << u"ok"_s << none << none << 200
        << u"Transfer-Encoding: chunked"_s << QByteArray("hello") << QStringList { u"invalid-chunk-size@51"_s }
        << u"invalid character 0x40 in the chunk extensions"_s;
    // llhttp response/transfer-encoding.md "Chunk extensions" (a value must follow '=')
    QTest::newRow("chunk extension without a value")
        << get << QByteArray(chunked + "5;a=\r\nhello\r\n0\r\n\r\n") << false << u"ok"_s << none << none << 200
        << u"Transfer-Encoding: chunked"_s << QByteArray("hello") << QStringList { u"invalid-chunk-size@51"_s }
        << u"without a value"_s;
    // llhttp request/transfer-encoding.md "Chunk extensions quoting": BWS and quoted-pairs are fine
    QTest::newRow("chunk extension with whitespace and an escaped quote")
        << get << QByteArray(chunked + "5 ; a = \"q\\\"x\" ;b\r\nhello\r\n0;end\r\n\r\n") << false << u"ok"_s << none
        << none << 200 << u"Transfer-Encoding: chunked"_s << QByteArray("hello") << noAnomalies << none;
    // Go internal/chunked_test.go TestParseHexUint "0000000000000001": leading zeros do not overflow
    QTest::newRow("chunk size with many leading zeros")
        << get << QByteArray(chunked + "00000000000000000005\r\nhello\r\n0\r\n\r\n") << false << u"ok"_s << none << none
        << 200 << u"Transfer-Encoding: chunked"_s << QByteArray("hello") << noAnomalies << none;
    // What makes the size uncertain is fatal, at the byte that does.
    // Go internal/chunked_test.go TestParseHexUint "10000000000000000" ("chunk length too large")
    QTest::newRow("chunk size overflowing 63 bits")
        << get << QByteArray(chunked + "10000000000000000\r\nhello\r\n") << false << u"invalid-response"_s
        << u"download"_s << u"is too large: it overflows 63 bits at byte 63"_s << 200 << u"Transfer-Encoding: chunked"_s
        << QByteArray() << QStringList { u"invalid-chunk-size@63"_s } << none;
    // Go internal/chunked_test.go TestParseHexUint "x" ("invalid byte in chunk length")
    QTest::newRow("chunk size with a 0x prefix")
        << get << QByteArray(chunked + "0x5\r\nhello\r\n0\r\n\r\n") << false << u"invalid-response"_s << u"download"_s
        << u"\u201c0x\u201d prefix on the chunk size \u201c0x5\u201d at byte 48"_s << 200
        << u"Transfer-Encoding: chunked"_s << QByteArray() << QStringList { u"invalid-chunk-size@48"_s } << none;
    // Go internal/chunked_test.go TestParseHexUint: only hexadecimal digits make a chunk size
    QTest::newRow("chunk size with a plus sign")
        << get << QByteArray(chunked + "+5\r\nhello\r\n0\r\n\r\n") << false << u"invalid-response"_s << u"download"_s
        << u"sign \u201c+\u201d before the chunk size"_s << 200 << u"Transfer-Encoding: chunked"_s << QByteArray()
        << QStringList { u"invalid-chunk-size@47"_s } << none;
    QTest::newRow("negative chunk size") << get << QByteArray(chunked + "-5\r\nhello\r\n0\r\n\r\n") << false
                                         << u"invalid-response"_s << u"download"_s
                                         << u"sign \u201c-\u201d before the chunk size"_s << 200
                                         << u"Transfer-Encoding: chunked"_s << QByteArray()
                                         << QStringList { u"invalid-chunk-size@47"_s } << none;
    // llhttp request/transfer-encoding.md "Chunk header not terminated by CRLF"
    QTest::newRow("bare CR inside a chunk size line")
        << get << QByteArray(chunked + "5\r\r;ABCD\r\nhello\r\n0\r\n\r\n") << false << u"invalid-response"_s
        << u"download"_s << u"bare CR (not followed by LF) at byte 48 inside the chunk size line"_s << 200
        << u"Transfer-Encoding: chunked"_s << QByteArray() << QStringList { u"invalid-chunk-size@48"_s } << none;
    // llhttp response/transfer-encoding.md "No semicolon before chunk extensions"
    QTest::newRow("chunk extension without a semicolon")
        << get << QByteArray(chunked + "2 erfrferferf\r\naa\r\n0 rrrr\r\n\r\n") << false << u"invalid-response"_s
        << u"download"_s << u"invalid chunk size \u201c2 erfrferferf\u201d at byte 47"_s << 200
        << u"Transfer-Encoding: chunked"_s << QByteArray() << QStringList { u"invalid-chunk-size@47"_s } << none;

    // ---- the peer closes too early --------------------------------------------------------
    QTest::newRow("peer closes after 0 bytes")
        << get << QByteArray() << true << u"closed-early"_s << u"wait"_s << u"peer closed after 0 bytes (empty reply)"_s
        << 0 << QString() << QByteArray() << noAnomalies << none;
    QTest::newRow("peer closes inside the status line")
        << get << QByteArray("HTTP/1.1 50") << true << u"closed-early"_s << u"wait"_s
        << u"peer closed after 11 bytes of the status line"_s << 0 << QString() << QByteArray() << noAnomalies << none;
    QTest::newRow("peer closes inside the header block")
        << get << QByteArray(ok200 + "Content-Le") << true << u"closed-early"_s << u"wait"_s
        << u"peer closed after 27 bytes, inside the header block"_s << 200 << QString() << QByteArray() << noAnomalies
        << none;
    QTest::newRow("peer closes after an interim response")
        << get << QByteArray("HTTP/1.1 100 Continue\r\n\r\n") << true << u"closed-early"_s << u"wait"_s
        << u"before the final status line"_s << 0 << QString() << QByteArray()
        << QStringList { u"interim-response@0"_s } << none;
    QTest::newRow("body shorter than Content-Length")
        << get << QByteArray(ok200 + "Content-Length: 10\r\n\r\nhello") << true << u"closed-early"_s << u"download"_s
        << u"received 5 of 10 body bytes"_s << 200 << u"Content-Length: 10"_s << QByteArray("hello")
        << QStringList { u"body-shorter-than-content-length@44"_s } << u"peer closed at byte 44"_s;
    QTest::newRow("chunked body truncated by the close")
        << get << QByteArray(ok200 + "Transfer-Encoding: chunked\r\n\r\n5\r\nhel") << true << u"closed-early"_s
        << u"download"_s << u"cut inside a chunk (3 of 5 bytes of it)"_s << 200 << u"Transfer-Encoding: chunked"_s
        << QByteArray("hel") << QStringList { u"truncated-chunked-body@53"_s } << none;
    QTest::newRow("chunked body closed before the last chunk")
        << get << QByteArray(ok200 + "Transfer-Encoding: chunked\r\n\r\n2\r\nok\r\n") << true << u"closed-early"_s
        << u"download"_s << u"before the last chunk"_s << 200 << u"Transfer-Encoding: chunked"_s << QByteArray("ok")
        << QStringList { u"truncated-chunked-body@54"_s } << none;
}

void tst_HttpResponseReader::readsEachResponseAsExpected()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, wire);
    QFETCH(bool, peerCloses);
    QFETCH(QString, outcome);
    QFETCH(QString, phase);
    QFETCH(QString, detail);
    QFETCH(int, status);
    QFETCH(QString, headers);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, anomalies);
    QFETCH(QString, anomalyDetail);

    const Reading reading = readSplit(method, wire, {}, peerCloses);
    const Transport verdict = reading.verdict;

    QCOMPARE(outcomeId(verdict.outcome), outcome);
    QCOMPARE(phaseId(verdict.phase), phase);
    QCOMPARE(verdict.bytesReceived, qint64(wire.size()));
    if (detail.isEmpty())
        QVERIFY2(verdict.detail.isEmpty(), qPrintable(u"unexpected verdict detail: "_s + verdict.detail));
    else
        QVERIFY2(verdict.detail.contains(detail),
                 qPrintable(u"verdict detail \"%1\" should contain \"%2\""_s.arg(verdict.detail, detail)));
    QCOMPARE(reading.response.status, status);
    if (!headers.isEmpty())
        QCOMPARE(headerSummary(reading.response.headers), headers);
    QCOMPARE(reading.response.body, body);
    QCOMPARE(anomalySummary(reading.anomalies), anomalies);
    if (!anomalyDetail.isEmpty()) {
        const bool found = std::any_of(reading.anomalies.cbegin(), reading.anomalies.cend(),
                                       [&](const WireAnomaly &a) { return a.detail.contains(anomalyDetail); });
        QVERIFY2(found, qPrintable(u"no anomaly detail contains \"%1\":\n%2"_s.arg(anomalyDetail, describe(reading))));
    }
    // Every anomaly is explained, and points inside what was received.
    for (const WireAnomaly &a : reading.anomalies) {
        QVERIFY2(!a.detail.isEmpty(), qPrintable(a.kind));
        QVERIFY2(a.offset >= 0 && a.offset <= wire.size(),
                 qPrintable(u"%1 at %2 is outside 0..%3"_s.arg(a.kind).arg(a.offset).arg(wire.size())));
    }
    // The state agrees with the verdict.
    if (outcome == u"ok")
        QCOMPARE(reading.state, HttpResponseReader::State::Complete);
    else if (outcome == u"invalid-response")
        QCOMPARE(reading.state, HttpResponseReader::State::Failed);
    else
        QVERIFY(reading.state != HttpResponseReader::State::Complete);
    if (outcome == u"invalid-response" || outcome == u"closed-early") {
        // The verdict's detail is an anomaly's (with its offset) or says how far the reply got.
        QVERIFY2(verdict.detail.contains(u"byte"_s), qPrintable(verdict.detail));
    }
}

void tst_HttpResponseReader::givesTheSameResultWhateverTheSplit_data()
{
    readsEachResponseAsExpected_data();
}

void tst_HttpResponseReader::givesTheSameResultWhateverTheSplit()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, wire);
    QFETCH(bool, peerCloses);

    const Reading whole = readSplit(method, wire, {}, peerCloses);
    const QString expected = describe(whole);

    // Empty when the split reading equals the whole one, else what the split reading says.
    const auto difference = [&](const QList<qsizetype> &cuts) -> QString {
        const Reading split = readSplit(method, wire, cuts, peerCloses);
        if (split == whole)
            return {};
        const QString text = describe(split);
        return text == expected ? u"(differs in bytes not shown by describe())\n"_s + text : text;
    };
    const auto check = [&](const QList<qsizetype> &cuts) { return difference(cuts); };

    {
        const QString byByte = check(everyByte(wire.size()));
        QVERIFY2(byByte.isEmpty(), qPrintable(u"fed one byte at a time:\n%1\nfed whole:\n%2"_s.arg(byByte, expected)));
    }
    if (wire.size() <= 4096) {
        for (qsizetype at = 1; at < wire.size(); ++at) {
            const QString split = check({ at });
            QVERIFY2(split.isEmpty(),
                     qPrintable(
                         u"split in two at byte %1:\n%2\nfed whole:\n%3"_s.arg(QString::number(at), split, expected)));
        }
    }
    const quint32 seed = quint32(qHash(wire));
    QRandomGenerator random(seed);
    for (int round = 0; round < 50; ++round) {
        const QList<qsizetype> cuts = randomCuts(wire.size(), random);
        QString where;
        for (qsizetype cut : cuts)
            where += QString::number(cut) + u' ';
        const QString split = check(cuts);
        QVERIFY2(split.isEmpty(),
                 qPrintable(u"random split at %1(seed %2):\n%3\nfed whole:\n%4"_s.arg(where, QString::number(seed),
                                                                                      split, expected)));
    }
}

void tst_HttpResponseReader::decodesCompressedBodiesForViewing_data()
{
    QTest::addColumn<QByteArray>("encodingName");
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<QByteArray>("expected");

    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += "line " + QByteArray::number(i) + " of a compressible body\n";

    QTest::newRow("gzip") << QByteArray("gzip") << compressed(text, Packing::Gzip) << false << text;
    QTest::newRow("x-gzip") << QByteArray("x-gzip") << compressed(text, Packing::Gzip) << false << text;
    QTest::newRow("deflate with zlib wrapper")
        << QByteArray("deflate") << compressed(text, Packing::Zlib) << false << text;
    QTest::newRow("raw deflate") << QByteArray("deflate") << compressed(text, Packing::RawDeflate) << false << text;
    QTest::newRow("gzip in chunks") << QByteArray("gzip") << compressed(text, Packing::Gzip) << true << text;
    QTest::newRow("two gzip members") << QByteArray("gzip")
                                      << compressed("first ", Packing::Gzip) + compressed("second", Packing::Gzip)
                                      << false << QByteArray("first second");
    QTest::newRow("unknown coding is kept as is")
        << QByteArray("br") << QByteArray("\x0b\x02\x80hi\x03", 6) << false << QByteArray("\x0b\x02\x80hi\x03", 6);
}

void tst_HttpResponseReader::decodesCompressedBodiesForViewing()
{
    QFETCH(QByteArray, encodingName);
    QFETCH(QByteArray, encoded);
    QFETCH(bool, chunked);
    QFETCH(QByteArray, expected);

    QByteArray wire = "HTTP/1.1 200 OK\r\nContent-Encoding: " + encodingName + "\r\n";
    if (chunked) {
        wire += "Transfer-Encoding: chunked\r\n\r\n";
        for (qsizetype at = 0; at < encoded.size(); at += 1000) {
            const QByteArray piece = encoded.mid(at, 1000);
            wire += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        wire += "0\r\n\r\n";
    } else {
        wire += "Content-Length: " + QByteArray::number(encoded.size()) + "\r\n\r\n" + encoded;
    }
    const qsizetype headerSize = wire.indexOf("\r\n\r\n") + 4;

    const Reading reading = readSplit("GET", wire, {}, false);
    QCOMPARE(reading.verdict.outcome, Outcome::Ok);
    QVERIFY2(reading.anomalies.isEmpty(), qPrintable(describe(reading)));
    QCOMPARE(reading.response.body, expected);
    QCOMPARE(reading.response.bodySize, expected.size());
    QCOMPARE(reading.response.bodyWireSize, wire.size() - headerSize);
    QCOMPARE(reading.response.headerSize, headerSize);
    QCOMPARE(reading.response.contentEncoding, QString::fromLatin1(encodingName));
    QVERIFY(!reading.response.bodyTruncated);

    // Fed in odd pieces, the decoder gives the same bytes.
    QRandomGenerator random(7);
    QCOMPARE(readSplit("GET", wire, randomCuts(wire.size(), random), false), reading);
    QCOMPARE(readSplit("GET", wire, everyByte(wire.size()), false), reading);
}

void tst_HttpResponseReader::keepsTheBodyEncodedWhenDecodingIsOff()
{
    HttpResponseReader::Limits limits;
    limits.decodeContent = false;
    HttpResponseReader reader("GET", limits);
    const QByteArray encoded = compressed("plain text", Packing::Gzip);
    reader.feed(withLength("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n", encoded));
    QVERIFY(reader.isComplete());
    QCOMPARE(reader.response().body, encoded);
    QCOMPARE(reader.response().bodySize, encoded.size());
    QCOMPARE(reader.response().contentEncoding, u"gzip"_s);
    QVERIFY(reader.anomalies().isEmpty());
}

void tst_HttpResponseReader::keepsTrailersAndChunkExtensions()
{
    HttpResponseReader reader;
    reader.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n"
                "4;ext=1;other=\"q\"\r\nwiki\r\n0\r\nX-Sum: abc\r\nServer-Timing: db;dur=53\r\n\r\n");
    QVERIFY(reader.isComplete());
    QCOMPARE(reader.response().body, QByteArray("wiki"));
    QCOMPARE(headerSummary(reader.trailers()), u"X-Sum: abc | Server-Timing: db;dur=53"_s);
    QVERIFY2(reader.anomalies().isEmpty(), qPrintable(anomalySummary(reader.anomalies()).join(u' ')));
}

void tst_HttpResponseReader::reportsProgressWhileTheBodyArrives()
{
    HttpResponseReader reader;
    QCOMPARE(reader.verdict().phase, Phase::Wait);
    reader.feed("HTTP/1.1 200 OK\r\nContent-Le");
    QVERIFY(!reader.headersComplete());
    QCOMPARE(reader.state(), HttpResponseReader::State::Headers);
    QCOMPARE(reader.verdict().phase, Phase::Wait);
    reader.feed("ngth: 10\r\n\r\nabc");
    QVERIFY(reader.headersComplete());
    QCOMPARE(reader.state(), HttpResponseReader::State::Body);
    QCOMPARE(reader.expectedBodyBytes(), 10);
    QCOMPARE(reader.bodyBytesOnWire(), 3);
    QCOMPARE(reader.verdict().phase, Phase::Download);
    QVERIFY(reader.verdict().detail.contains(u"received 3 of 10 body bytes"_s));
    reader.feed("defghij");
    QVERIFY(reader.isComplete());
    QCOMPARE(reader.bodyBytesOnWire(), 10);
    QCOMPARE(reader.verdict(), (Transport { Outcome::Ok, Phase::None, QString(), 49 }));
}

void tst_HttpResponseReader::waitsForTheCloseToEndACloseDelimitedBody()
{
    HttpResponseReader reader;
    reader.feed("HTTP/1.0 200 OK\r\n\r\npart one, ");
    QCOMPARE(reader.state(), HttpResponseReader::State::Body);
    QCOMPARE(reader.expectedBodyBytes(), -1);
    reader.feed("part two");
    QVERIFY(!reader.isComplete());
    reader.finish();
    QVERIFY(reader.isComplete());
    QVERIFY(reader.isFinished());
    QCOMPARE(reader.response().body, QByteArray("part one, part two"));
    QCOMPARE(reader.verdict().outcome, Outcome::Ok);
}

void tst_HttpResponseReader::ignoresBytesFedAfterFinish()
{
    HttpResponseReader reader;
    reader.feed("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nab");
    reader.finish();
    const Transport closed = reader.verdict();
    reader.feed("cd");
    reader.finish();
    QCOMPARE(reader.verdict(), closed);
    QCOMPARE(closed.outcome, Outcome::ClosedEarly);
    QCOMPARE(reader.bytesFed(), 40);
}

void tst_HttpResponseReader::keepsMemoryBoundedForHugeBodies_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<bool>("peerCloses");

    const qint64 total = 200 * MiB;
    QTest::newRow("200 MB Content-Length body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(total) + "\r\n\r\n") << false << false;
    QTest::newRow("200 MB chunked body") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") << true
                                         << false;
    QTest::newRow("200 MB close-delimited body") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << false << true;
}

void tst_HttpResponseReader::keepsMemoryBoundedForHugeBodies()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, chunked);
    QFETCH(bool, peerCloses);

    HttpResponseReader::Limits limits;
    limits.bodyCaptureCap = MiB;
    HttpResponseReader reader("GET", limits);
    const qint64 before = residentBytes();

    const QByteArray piece(64 * 1024, 'x');
    const QByteArray chunk = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    reader.feed(head);
    const qint64 total = 200 * MiB;
    for (qint64 sent = 0; sent < total; sent += piece.size()) {
        reader.feed(chunked ? chunk : piece);
        QVERIFY(reader.response().body.size() <= limits.bodyCaptureCap);
    }
    if (chunked)
        reader.feed("0\r\n\r\n");
    if (peerCloses)
        reader.finish();

    QCOMPARE(reader.verdict().outcome, Outcome::Ok);
    QCOMPARE(reader.response().bodySize, total);
    QCOMPARE(reader.response().body.size(), limits.bodyCaptureCap);
    QVERIFY(reader.response().bodyTruncated);
    QVERIFY(reader.rawBytes().size() <= limits.rawCaptureCap);
    const qint64 after = residentBytes();
    if (before > 0 && after > 0)
        QVERIFY2(after - before < 32 * MiB,
                 qPrintable(u"resident memory grew by %1 MiB reading 200 MiB"_s.arg((after - before) / MiB)));
}

void tst_HttpResponseReader::countsAHugeContentLengthWithoutStoringIt()
{
    HttpResponseReader::Limits limits;
    limits.bodyCaptureCap = MiB;
    HttpResponseReader reader("GET", limits);
    reader.feed("HTTP/1.1 200 OK\r\nContent-Length: 10000000000\r\n\r\n");
    QCOMPARE(reader.expectedBodyBytes(), Q_INT64_C(10000000000));
    const QByteArray piece(MiB, 'y');
    for (int i = 0; i < 64; ++i)
        reader.feed(piece);
    reader.finish();
    const Transport verdict = reader.verdict();
    QCOMPARE(verdict.outcome, Outcome::ClosedEarly);
    QCOMPARE(verdict.phase, Phase::Download);
    QVERIFY2(verdict.detail.contains(u"received 67108864 of 10000000000 body bytes"_s), qPrintable(verdict.detail));
    QCOMPARE(reader.response().body.size(), MiB);
    QCOMPARE(reader.response().bodySize, 64 * MiB);
}

void tst_HttpResponseReader::stopsBufferingAnEndlessHeaderLine()
{
    HttpResponseReader reader;
    const qint64 before = residentBytes();
    reader.feed("HTTP/1.1 200 OK\r\nX-Endless: ");
    const QByteArray piece(MiB, 'h');
    for (int i = 0; i < 100; ++i)
        reader.feed(piece);
    QCOMPARE(reader.state(), HttpResponseReader::State::Failed);
    QCOMPARE(reader.bytesFed(), 100 * MiB + 28);
    QCOMPARE(anomalySummary(reader.anomalies()), QStringList { u"header-block-too-large@262144"_s });
    QCOMPARE(reader.verdict().outcome, Outcome::InvalidResponse);
    QCOMPARE(reader.verdict().phase, Phase::Wait);
    const qint64 after = residentBytes();
    if (before > 0 && after > 0)
        QVERIFY2(after - before < 16 * MiB,
                 qPrintable(u"resident memory grew by %1 MiB for a 100 MiB header line"_s.arg((after - before) / MiB)));
}

void tst_HttpResponseReader::capsTheDecodedBodyOfACompressionBomb()
{
    const QByteArray zeros(64 * MiB, '\0');
    const QByteArray bomb = compressed(zeros, Packing::Gzip);
    QVERIFY(bomb.size() < MiB);
    HttpResponseReader::Limits limits;
    limits.bodyCaptureCap = MiB;
    HttpResponseReader reader("GET", limits);
    reader.feed(withLength("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n", bomb));
    QCOMPARE(reader.verdict().outcome, Outcome::Ok);
    QCOMPARE(reader.response().body.size(), MiB);
    QCOMPARE(reader.response().bodySize, 64 * MiB);
    QCOMPARE(reader.response().bodyWireSize, bomb.size());
    QVERIFY(reader.response().bodyTruncated);
}

void tst_HttpResponseReader::capturesRawBytesUpToTheirCap()
{
    HttpResponseReader::Limits limits;
    limits.rawCaptureCap = 100;
    HttpResponseReader reader("GET", limits);
    const QByteArray wire = withLength("HTTP/1.1 200 OK\r\n", QByteArray(500, 'b'));
    reader.feed(wire.first(60));
    reader.feed(wire.sliced(60));
    QCOMPARE(reader.rawBytes(), wire.first(100));
    QVERIFY(reader.isComplete());
}

void tst_HttpResponseReader::decodeAllNamesTheCodingAndTheOffset()
{
    const QByteArray good = compressed("payload", Packing::Gzip);
    const Result<QByteArray> decoded = ContentDecoder::decodeAll(good, ContentDecoder::Coding::Gzip);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value(), QByteArray("payload"));

    const Result<QByteArray> truncated
        = ContentDecoder::decodeAll(good.first(good.size() - 4), ContentDecoder::Coding::Gzip);
    QVERIFY(!truncated.ok());
    QVERIFY2(truncated.error().startsWith(u"gzip body: cannot decode at byte"_s), qPrintable(truncated.error()));

    QByteArray corrupt = compressed("payload payload payload", Packing::Zlib);
    corrupt[3] = char(0xff);
    const Result<QByteArray> broken = ContentDecoder::decodeAll(corrupt, ContentDecoder::Coding::Deflate);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().contains(u"deflate body"_s), qPrintable(broken.error()));

    QCOMPARE(ContentDecoder::codingFromName(" GZIP "), ContentDecoder::Coding::Gzip);
    QCOMPARE(ContentDecoder::codingFromName("deflate"), ContentDecoder::Coding::Deflate);
    QVERIFY(!ContentDecoder::codingFromName("br").has_value());
    QVERIFY(!ContentDecoder::codingFromName("gzip, br").has_value());
}

QTEST_GUILESS_MAIN(tst_HttpResponseReader)
#include "tst_httpresponsereader.moc"
