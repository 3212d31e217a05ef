// bench_har_import — how fast and how lean is HAR import?
//
//   cmake --build build --target bench_har_import && ./build/tests/benchmarks/capture/bench_har_import [SIZE_MB=100]
//
// Generates a HAR of SIZE_MB megabytes in a temporary folder (entries like a browser writes:
// a dozen request and response headers, JSON/HTML bodies with escapes, some base64 images, -1
// timings, failed entries), imports it with HarImporter (parse + build every Exchange), and prints
// the wall time and the process's peak RSS. In the same run it times
//   python3 -c 'import json,sys; json.load(open(sys.argv[1]))' FILE
// on the same file. Target: the full import is no slower than Python's bare parse, and the peak
// RSS stays under 3x the file size.

#include "HarImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

double peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

double currentRssMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QByteArray entryJson(int index)
{
    const QByteArray n = QByteArray::number(index);
    QByteArray body;
    QByteArray contentExtra;
    QByteArray mime = "application/json";
    int status = 200;
    if (index % 10 == 3) {
        status = 502;
        mime = "text/html";
        body = "<html>\\r\\n<head><title>502 Bad Gateway</title></head>\\r\\n<body>\\r\\n<center><h1>502 Bad Gateway</h1></center>\\r\\n<hr><center>nginx/1.22.1</center>\\r\\n</body>\\r\\n</html>\\r\\n";
    } else if (index % 10 == 7) {
        mime = "image/png";
        body = QByteArray(3000, 'x').toBase64();
        contentExtra = ",\"encoding\":\"base64\"";
    } else {
        body = "{\\\"items\\\":[";
        for (int i = 0; i < 60; ++i)
            body += "{\\\"id\\\":" + QByteArray::number(i) + ",\\\"name\\\":\\\"item \\u00e9 " + QByteArray::number(i) + "\\\",\\\"tags\\\":[\\\"a\\\",\\\"b\\\"],\\\"price\\\":12.5},";
        body += "{}]}";
    }
    const bool failed = index % 50 == 49;
    QByteArray json = "{\"pageref\":\"page_" + QByteArray::number(index / 100) + "\",\"startedDateTime\":\"2024-05-01T10:00:00.123Z\",\"time\":"
                      + QByteArray::number(12.5 + index % 7) + ",\"request\":{\"method\":\"GET\",\"url\":\"https://api.example.com/v1/items/" + n
                      + "?page=2&sort=name\",\"httpVersion\":\"HTTP/1.1\",\"cookies\":[],\"headers\":[";
    const char *requestHeaders[][2] = {
        {"Host", "api.example.com"}, {"User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"},
        {"Accept", "application/json, text/plain, */*"}, {"Accept-Language", "en-US,en;q=0.9"}, {"Accept-Encoding", "gzip, deflate, br"},
        {"Referer", "https://app.example.com/dashboard"}, {"Origin", "https://app.example.com"}, {"Connection", "keep-alive"},
        {"Sec-Fetch-Dest", "empty"}, {"Sec-Fetch-Mode", "cors"}, {"Sec-Fetch-Site", "same-site"}, {"X-Request-Id", "0f8e2c1a-5b7d-4e1f-9a3c-6d2b8e4f1a7c"},
    };
    for (size_t i = 0; i < std::size(requestHeaders); ++i)
        json += QByteArray(i ? "," : "") + "{\"name\":\"" + requestHeaders[i][0] + "\",\"value\":\"" + requestHeaders[i][1] + "\"}";
    json += "],\"queryString\":[{\"name\":\"page\",\"value\":\"2\"},{\"name\":\"sort\",\"value\":\"name\"}],\"headersSize\":-1,\"bodySize\":0},";
    if (failed) {
        json += "\"response\":{\"status\":0,\"statusText\":\"\",\"httpVersion\":\"\",\"cookies\":[],\"headers\":[],\"content\":{\"size\":0,\"mimeType\":\"x-unknown\"},"
                "\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":-1,\"_transferSize\":0,\"_error\":\"net::ERR_CONNECTION_RESET\"},";
    } else {
        json += "\"response\":{\"status\":" + QByteArray::number(status) + ",\"statusText\":\"" + (status == 200 ? "OK" : "Bad Gateway")
                + "\",\"httpVersion\":\"h2\",\"cookies\":[],\"headers\":[";
        const char *responseHeaders[][2] = {
            {"date", "Wed, 01 May 2024 10:00:00 GMT"}, {"content-type", "application/json; charset=utf-8"}, {"server", "nginx/1.22.1"},
            {"cache-control", "no-store"}, {"vary", "Accept-Encoding"}, {"x-content-type-options", "nosniff"},
            {"strict-transport-security", "max-age=31536000"}, {"x-request-id", "0f8e2c1a-5b7d-4e1f-9a3c-6d2b8e4f1a7c"},
            {"content-encoding", "gzip"}, {"access-control-allow-origin", "https://app.example.com"},
        };
        for (size_t i = 0; i < std::size(responseHeaders); ++i)
            json += QByteArray(i ? "," : "") + "{\"name\":\"" + responseHeaders[i][0] + "\",\"value\":\"" + responseHeaders[i][1] + "\"}";
        json += "],\"content\":{\"size\":" + QByteArray::number(body.size()) + ",\"mimeType\":\"" + mime + "\",\"text\":\"" + body + "\"" + contentExtra
                + "},\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":1200,\"_transferSize\":1500},";
    }
    json += "\"cache\":{},\"timings\":{\"blocked\":0.8,\"dns\":-1,\"ssl\":-1,\"connect\":-1,\"send\":0.2,\"wait\":"
            + QByteArray::number(10 + index % 5) + ".5,\"receive\":1.25,\"_blocked_queueing\":0.5},\"serverIPAddress\":\"203.0.113.7\","
            "\"_initiator\":{\"type\":\"script\"},\"_priority\":\"High\",\"_resourceType\":\"fetch\",\"connection\":\"443\"}";
    return json;
}

qint64 generateHar(const QString &path, qint64 targetBytes, int *entries)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    file.write("{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"bench_har_import\",\"version\":\"1\"},\"pages\":[],\"entries\":[\n");
    int count = 0;
    while (file.pos() < targetBytes) {
        if (count)
            file.write(",\n");
        file.write(entryJson(count));
        ++count;
    }
    file.write("\n]}}\n");
    *entries = count;
    return file.pos();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_har_import: cannot create a temporary folder\n");
        return 1;
    }
    const QString path = dir.filePath(u"bench.har"_s);
    int entryCount = 0;
    const qint64 size = generateHar(path, megabytes * 1024 * 1024, &entryCount);
    if (size < 0) {
        std::fprintf(stderr, "bench_har_import: cannot write %s\n", qPrintable(path));
        return 1;
    }
    const double fileMb = double(size) / (1024.0 * 1024.0);
    std::printf("file: %.1f MB, %d entries (%s)\n", fileMb, entryCount, qPrintable(path));
    std::printf("RSS before import: %.1f MB\n", currentRssMegabytes());

    QElapsedTimer timer;
    timer.start();
    int progressCalls = 0;
    HarImporter importer;
    importer.setProgressFunction([&](qint64, qint64) { ++progressCalls; });
    const Result<Capture> capture = importer.importFile(path);
    const double importMs = double(timer.nsecsElapsed()) / 1e6;
    if (!capture) {
        std::fprintf(stderr, "bench_har_import: import failed: %s\n", qPrintable(capture.error()));
        return 1;
    }
    const double peak = peakRssMegabytes();
    std::printf("gatescope import (parse + model): %.0f ms, %lld exchanges, %d progress reports\n", importMs,
                qlonglong(capture->exchanges.size()), progressCalls);
    std::printf("peak RSS: %.1f MB = %.2f x file size (RSS now, model held: %.1f MB)\n", peak, peak / fileMb, currentRssMegabytes());

    QProcess python;
    timer.restart();
    python.start(u"python3"_s, {u"-c"_s, u"import json,sys; json.load(open(sys.argv[1]))"_s, path});
    if (!python.waitForFinished(600000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        std::printf("python3 json.load: could not run (%s)\n", qPrintable(python.errorString()));
        return 0;
    }
    const double pythonMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("python3 json.load (bare parse, process start included): %.0f ms\n", pythonMs);
    std::printf("ratio gatescope/python: %.2f (target <= 1.00)\n", importMs / pythonMs);
    return 0;
}
