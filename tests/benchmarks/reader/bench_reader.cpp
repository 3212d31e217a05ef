// Throughput of HttpResponseReader, the tolerant HTTP/1.1 response reader.
//
// Run (a RelWithDebInfo or Release build; numbers from a Debug build mean nothing):
//   cmake --build build --target bench_reader && ./build/tests/benchmarks/reader/bench_reader
// Optional argument: the number of rounds per case (default 5). Prints the best and the median.
//
// Cases: one 100 MiB Content-Length body fed in 64 KiB pieces and a 100 MiB chunked body (64 KiB
// chunks, fed in 64 KiB pieces that cut across the chunk framing), each with the default 16 MiB
// capture cap, with a cap large enough to keep all of it, and with nothing kept (the reader's own
// framing cost); a 100 MiB gzip body being decoded; and 100,000 small responses, each read by a
// fresh reader as ProbeEngine does. The wire bytes are built before the clock starts; only the
// reader is timed. Kept bytes cost what touching fresh memory costs (page faults), so "all of it
// kept" measures the machine's memory more than the reader.

#include "http/HttpResponseReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <zlib.h>

using namespace Gatescope;

namespace {

constexpr qsizetype MiB = 1024 * 1024;
constexpr qsizetype Piece = 64 * 1024;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Runs `body` `rounds` times; returns the wall-clock seconds of each run, sorted.
QList<double> timeRounds(int rounds, const std::function<void()> &body)
{
    QList<double> seconds;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        seconds.append(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds;
}

void reportBytes(const char *name, qint64 bytes, const QList<double> &seconds)
{
    const double best = double(bytes) / seconds.first() / 1e6;
    const double median = double(bytes) / seconds.at(seconds.size() / 2) / 1e6;
    out() << QString::asprintf("%-48s %9.0f MB/s best  %9.0f MB/s median\n", name, best, median);
    out().flush();
}

void reportCount(const char *name, qint64 count, const QList<double> &seconds)
{
    const double best = double(count) / seconds.first();
    const double median = double(count) / seconds.at(seconds.size() / 2);
    out() << QString::asprintf("%-48s %9.0f resp/s best %9.0f resp/s median\n", name, best, median);
    out().flush();
}

// Feeds `wire` in pieces of `piece` bytes and checks the reader ends as expected.
void readInPieces(const QByteArray &wire, qsizetype piece, const HttpResponseReader::Limits &limits,
                  qint64 expectedBodySize)
{
    HttpResponseReader reader("GET", limits);
    for (qsizetype at = 0; at < wire.size(); at += piece)
        reader.feed(QByteArrayView(wire).sliced(at, std::min(piece, wire.size() - at)));
    if (!reader.isComplete() || reader.response().bodySize != expectedBodySize) {
        qFatal("bench_reader: the reader did not read the response as expected (%s)",
               qPrintable(reader.verdict().detail));
    }
}

QByteArray gzipped(const QByteArray &data)
{
    z_stream stream {};
    deflateInit2(&stream, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray result(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(result.data());
    stream.avail_out = uInt(result.size());
    deflate(&stream, Z_FINISH);
    result.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 5;

    // A body that is not all one byte, so nothing can take a shortcut.
    QByteArray body(100 * MiB, Qt::Uninitialized);
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char('a' + (i * 7 + i / 4096) % 26);

    const QByteArray lengthWire = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;

    QByteArray chunkedWire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    chunkedWire.reserve(body.size() + body.size() / Piece * 12 + 64);
    for (qsizetype at = 0; at < body.size(); at += Piece) {
        const qsizetype size = std::min(Piece, body.size() - at);
        chunkedWire += QByteArray::number(size, 16) + "\r\n";
        chunkedWire.append(body.constData() + at, size);
        chunkedWire += "\r\n";
    }
    chunkedWire += "0\r\n\r\n";

    const QByteArray compressed = gzipped(body);
    const QByteArray gzipWire = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: "
        + QByteArray::number(compressed.size()) + "\r\n\r\n" + compressed;

    const QByteArray small = "HTTP/1.1 200 OK\r\n"
                             "Server: nginx/1.22.1\r\n"
                             "Date: Fri, 28 Nov 2025 12:00:00 GMT\r\n"
                             "Content-Type: application/json\r\n"
                             "Content-Length: 27\r\n"
                             "Connection: keep-alive\r\n"
                             "Cache-Control: no-store\r\n"
                             "\r\n"
                             "{\"status\":\"ok\",\"items\":[1]}";

    out() << "bench_reader: " << rounds << " rounds per case, wire bytes built beforehand\n";

    // The headline is the read rate with every byte kept. With the default 16 MiB cap the reader
    // keeps 16 MiB and only frames the other 84: those rows are printed as the rate of the bytes
    // kept (what was actually read into the capture) and, apart, of the wire bytes gone through.
    HttpResponseReader::Limits keepAll;
    keepAll.bodyCaptureCap = 128 * MiB;
    reportBytes("100 MiB Content-Length body, every byte kept", lengthWire.size(),
                timeRounds(rounds, [&] { readInPieces(lengthWire, Piece, keepAll, body.size()); }));
    reportBytes("100 MiB chunked body, every byte kept", chunkedWire.size(),
                timeRounds(rounds, [&] { readInPieces(chunkedWire, Piece, keepAll, body.size()); }));

    const HttpResponseReader::Limits defaults;
    const QList<double> cappedLength
        = timeRounds(rounds, [&] { readInPieces(lengthWire, Piece, defaults, body.size()); });
    reportBytes("Content-Length, 16 MiB cap: bytes kept", defaults.bodyCaptureCap, cappedLength);
    reportBytes("  (wire bytes gone through, 84 MiB only framed)", lengthWire.size(), cappedLength);
    const QList<double> cappedChunked
        = timeRounds(rounds, [&] { readInPieces(chunkedWire, Piece, defaults, body.size()); });
    reportBytes("chunked, 16 MiB cap: bytes kept", defaults.bodyCaptureCap, cappedChunked);
    reportBytes("  (wire bytes gone through, 84 MiB only framed)", chunkedWire.size(), cappedChunked);

    // With nothing kept, what is left is the reader's own framing work.
    HttpResponseReader::Limits keepNothing;
    keepNothing.bodyCaptureCap = 0;
    keepNothing.rawCaptureCap = 0;
    reportBytes("100 MiB Content-Length body, nothing kept (framing)", lengthWire.size(),
                timeRounds(rounds, [&] { readInPieces(lengthWire, Piece, keepNothing, body.size()); }));
    reportBytes("100 MiB chunked body, nothing kept (framing)", chunkedWire.size(),
                timeRounds(rounds, [&] { readInPieces(chunkedWire, Piece, keepNothing, body.size()); }));

    reportBytes("100 MiB gzip body decoded (MB of decoded body)", body.size(),
                timeRounds(rounds, [&] { readInPieces(gzipWire, Piece, defaults, body.size()); }));

    constexpr int responses = 100000;
    reportCount("100,000 small responses, one reader each", responses, timeRounds(rounds, [&] {
                    for (int i = 0; i < responses; ++i) {
                        HttpResponseReader reader;
                        reader.feed(small);
                        if (!reader.isComplete())
                            qFatal("bench_reader: small response not read");
                    }
                }));
    return 0;
}
