// bench_logs — how fast does Gatescope read a gateway's log, and with how much memory?
//
//   cmake --build build --target bench_logs && ./build/tests/benchmarks/logs/bench_logs [SIZE_MB=1024] [--failures PCT]
//   ./build/tests/benchmarks/logs/bench_logs --file LOG     (scan an existing log only)
//
// Writes an nginx access log (combined + the upstream fields of tests/core/logs/data/README.md) and
// an HAProxy `option httplog` log of SIZE_MB megabytes each into a temporary folder, in the shape of
// the lines those gateways wrote in tests/core/logs/data (some requests fail: 502, 503 and 504
// with the matching upstream fields and termination flags; --failures PCT sets how many, default
// 1 %: each failure is kept as a full record, a healthy line only scanned for its status and flags).
// Then, for each file:
//   - LogScanner::scanFile on this thread (one core): every line read and split into its fields,
//     the failures kept as records (what `gatescope logs` and `diagnose --log` do), in MB/s;
//   - `grep -c ' 50[234] '` on the same file, in MB/s (the floor: a byte scan that parses nothing);
//   - the process's peak RSS after the scan (the file is never held in memory).
// Target: >= 200 MB/s for both formats, peak RSS bounded (not growing with the file).

#include "logs/LogScan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

double peakRssMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

const char *const Months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
const char *const Paths[] = {
    "/",       "/api/v1/items",   "/api/v1/items/4711", "/static/app.js", "/login", "/api/v2/search?q=gateway&page=3",
    "/health", "/images/logo.png"
};

// One line of each kind, in the shape the real gateways wrote (tests/core/logs/data).
int g_failurePerMille = 10; // --failures PCT (default 1 %)

int statusFor(QRandomGenerator &random)
{
    const int roll = int(random.bounded(1000));
    if (roll >= g_failurePerMille)
        return 200;
    const int kind = roll % 5; // of the failures: 2/5 502, 2/5 504, 1/5 503
    return kind < 2 ? 502 : kind < 4 ? 504 : 503;
}

QByteArray nginxLine(QRandomGenerator &random, qint64 second)
{
    const int status = statusFor(random);
    const QByteArray path = Paths[random.bounded(8)];
    const qint64 s = second % 86400;
    char line[640];
    const int upstream = 8000 + int(random.bounded(4));
    const bool failed = status >= 500;
    const int n = std::snprintf(
        line, sizeof line,
        "10.%u.%u.%u - - [06/%s/2026:%02lld:%02lld:%02lld +0000] \"GET %s HTTP/1.1\" %d %d \"-\" "
        "\"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36\" "
        "rt=%d.%03u uct=\"%s\" uht=\"%s\" urt=\"%d.%03u\" us=\"%d\" ua=\"10.0.1.%d:%d\" rid=%08x%08x%08x%08x\n",
        random.bounded(256u), random.bounded(256u), random.bounded(256u), Months[11], s / 3600, (s / 60) % 60, s % 60,
        path.constData(), status, failed ? 157 : 1200 + int(random.bounded(9000)), status == 504 ? 60 : 0,
        random.bounded(1000u), status == 502 ? "-" : "0.001", failed ? "-" : "0.012", status == 504 ? 60 : 0,
        random.bounded(1000u), status, upstream % 10, upstream, random.generate(), random.generate(), random.generate(),
        random.generate());
    return QByteArray(line, n);
}

QByteArray haproxyLine(QRandomGenerator &random, qint64 second)
{
    const int status = statusFor(random);
    const char *flags = status == 502 ? "SH--" : status == 504 ? "sH--" : status == 503 ? "SC--" : "----";
    const qint64 s = second % 86400;
    char line[400];
    const int tr = status >= 500 ? -1 : int(random.bounded(40));
    const int n = std::snprintf(
        line, sizeof line,
        "10.%u.%u.%u:%u [06/Dec/2026:%02lld:%02lld:%02lld.%03u] fe be/s%u 0/0/%d/%d/%d %d %d - - %s %u/%u/0/0/%d 0/0 "
        "\"GET %s HTTP/1.1\"\n",
        random.bounded(256u), random.bounded(256u), random.bounded(256u), 1024 + random.bounded(60000u), s / 3600,
        (s / 60) % 60, s % 60, random.bounded(1000u), random.bounded(4u), status == 503 ? -1 : 0, tr,
        status == 504 ? 2001 : tr + 2, status, status >= 500 ? 209 : 1200 + int(random.bounded(9000)), flags,
        1 + random.bounded(50u), 1 + random.bounded(50u), status == 503 ? 3 : 0, Paths[random.bounded(8)]);
    return QByteArray(line, n);
}

bool generate(const QString &path, qint64 bytes, QByteArray (*line)(QRandomGenerator &, qint64))
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(42);
    QByteArray chunk;
    chunk.reserve(4 << 20);
    qint64 written = 0;
    qint64 second = 0;
    while (written < bytes) {
        chunk.clear();
        while (chunk.size() < (4 << 20)) {
            chunk += line(random, second / 20);
            ++second;
        }
        written += file.write(chunk);
    }
    return true;
}

double grepMegabytesPerSecond(const QString &path, qint64 bytes, QByteArray *count)
{
    QProcess grep;
    QElapsedTimer timer;
    timer.start();
    grep.start(u"grep"_s, { u"-c"_s, u" 50[234] "_s, path });
    if (!grep.waitForFinished(600000))
        return -1;
    *count = grep.readAllStandardOutput().trimmed();
    return double(bytes) / (1024.0 * 1024.0) / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--file") {
        // An existing log (a real one, or one kept from an earlier run): scan it only.
        QElapsedTimer timer;
        timer.start();
        const Result<LogFileSummary> summary = LogScanner::scanFile(QString::fromLocal8Bit(argv[2]));
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.error()));
            return 1;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("%s: %s, %lld lines, %lld failures, %.1f MB/s, peak RSS %.1f MB\n", argv[2],
                    qPrintable(summary->format), summary->lines, summary->failures,
                    double(summary->bytes) / (1024.0 * 1024.0) / seconds, peakRssMegabytes());
        return 0;
    }
    qint64 sizeMb = 1024;
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--failures" && i + 1 < argc)
            g_failurePerMille = int(QByteArray(argv[++i]).toDouble() * 10);
        else
            sizeMb = QByteArray(argv[i]).toLongLong();
    }
    QTemporaryDir dir;
    if (!dir.isValid() || sizeMb <= 0) {
        std::fprintf(stderr, "usage: bench_logs [SIZE_MB=1024]\n");
        return 2;
    }
    struct Kind
    {
        const char *name;
        QByteArray (*line)(QRandomGenerator &, qint64);
    };
    const Kind kinds[] = { { "nginx access.log", nginxLine }, { "haproxy.log", haproxyLine } };
    std::printf("bench_logs: %lld MB per file, %.1f %% of the requests fail, peak RSS before: %.1f MB\n", sizeMb,
                g_failurePerMille / 10.0, peakRssMegabytes());
    int belowTarget = 0;
    for (const Kind &kind : kinds) {
        const QString path = dir.filePath(QString::fromLatin1(kind.name).replace(u' ', u'-'));
        if (!generate(path, sizeMb * 1024 * 1024, kind.line)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        const qint64 bytes = QFile(path).size();
        QByteArray grepCount;
        const double grepRate = grepMegabytesPerSecond(path, bytes, &grepCount);

        QElapsedTimer timer;
        timer.start();
        const Result<LogFileSummary> summary = LogScanner::scanFile(path);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.error()));
            return 1;
        }
        const double rate = double(bytes) / (1024.0 * 1024.0) / seconds;
        belowTarget += rate < 200 ? 1 : 0;
        std::printf("%-17s %7.1f MB  format %-13s %10lld lines  %8lld failures (grep -c: %s)  malformed %lld\n",
                    kind.name, double(bytes) / (1024.0 * 1024.0), qPrintable(summary->format), summary->lines,
                    summary->failures, grepCount.constData(), summary->malformed);
        std::printf("  gatescope  %7.1f MB/s  (%.2f s)   grep -c  %7.1f MB/s   peak RSS %.1f MB\n", rate, seconds,
                    grepRate, peakRssMegabytes());
        QFile::remove(path);
    }
    std::printf("%s\n", belowTarget == 0 ? "target met: >= 200 MB/s for both formats" : "BELOW the 200 MB/s target");
    return 0;
}
