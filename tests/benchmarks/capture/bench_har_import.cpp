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
// RSS stays under 3x the file size. It also writes the imported capture back as HAR (streamed,
// as `gatescope convert --to har` does) and prints the time and the peak RSS after it.

#include "../endtoend/RecordedHarReplica.h"
#include "HarGenerator.h"
#include "capture/HarExporter.h"
#include "capture/HarImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <sched.h>
#include <sys/resource.h>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

double peakRssMegabytes()
{
    rusage usage {};
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
    const qint64 size = Bench::generateHar(path, megabytes * 1024 * 1024, &entryCount);
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
    std::printf("peak RSS: %.1f MB = %.2f x file size (RSS now, model held: %.1f MB)\n", peak, peak / fileMb,
                currentRssMegabytes());

    // Export, as `gatescope convert FILE --to har -o OUT` writes it: entry by entry into a QSaveFile.
    {
        timer.restart();
        QSaveFile out(dir.filePath(u"exported.har"_s));
        if (!out.open(QIODevice::WriteOnly) || !HarExporter::writeHar(&out, capture.value()) || !out.commit()) {
            std::fprintf(stderr, "bench_har_import: export failed: %s\n", qPrintable(out.errorString()));
            return 1;
        }
        const double exportMs = double(timer.nsecsElapsed()) / 1e6;
        const double peakAfterExport = peakRssMegabytes();
        std::printf("export to HAR (HarExporter::writeHar, streamed): %.0f ms, %.1f MB written; peak RSS %.1f MB = "
                    "%.2f x file size\n",
                    exportMs, double(QFileInfo(out.fileName()).size()) / (1024.0 * 1024.0), peakAfterExport,
                    peakAfterExport / fileMb);
    }

    QProcess python;
    timer.restart();
    python.start(u"python3"_s, { u"-c"_s, u"import json,sys; json.load(open(sys.argv[1]))"_s, path });
    if (!python.waitForFinished(600000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        // No comparison is no result: the benchmark fails rather than report a target it did not measure.
        std::fprintf(stderr,
                     "bench_har_import: python3 json.load could not run (%s): install the Debian package python3\n",
                     qPrintable(python.errorString()));
        return 1;
    }
    const double pythonMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("python3 json.load (bare parse, process start included): %.0f ms\n", pythonMs);
    std::printf("ratio gatescope/python: %.2f (target <= 1.00)\n", importMs / pythonMs);

    // The fair headline: both HAR shapes, on every core and pinned to one, each next to Python on
    // the same file. The uniform one-line entries above flatter the import; a browser's export is
    // pretty-printed, with the headers, timings and bodies Chromium records (the replica of
    // tests/benchmarks/endtoend/data/chromium156-playwright-recorded.har).
    const QString replica = dir.filePath(u"recorded-replica.har"_s);
    if (Bench::writeRecordedHarReplica(QStringLiteral(SEED_HAR_PATH), replica, megabytes * 1024 * 1024).bytes < 0) {
        std::fprintf(stderr, "bench_har_import: cannot write %s\n", qPrintable(replica));
        return 1;
    }
    std::printf("\n| HAR shape | python json.load | import, all cores | ratio | import, one core | ratio |\n"
                "|---|---|---|---|---|---|\n");
    for (const auto &[shape, file] : { std::pair { "uniform one-line entries", path },
                                       std::pair { "recorded Chromium entries, pretty-printed", replica } }) {
        QProcess parse;
        timer.restart();
        parse.start(u"python3"_s, { u"-c"_s, u"import json,sys; json.load(open(sys.argv[1]))"_s, file });
        parse.waitForFinished(600000);
        const double pythonSeconds = double(timer.nsecsElapsed()) / 1e9;
        double seconds[2] = {};
        for (int pinned = 0; pinned < 2; ++pinned) {
            cpu_set_t all;
            sched_getaffinity(0, sizeof all, &all);
            if (pinned) {
                cpu_set_t one;
                CPU_ZERO(&one);
                CPU_SET(0, &one);
                sched_setaffinity(0, sizeof one, &one); // QThread::idealThreadCount() follows it
            }
            timer.restart();
            const bool imported = bool(HarImporter().importFile(file));
            seconds[pinned] = double(timer.nsecsElapsed()) / 1e9;
            sched_setaffinity(0, sizeof all, &all);
            if (!imported)
                return 1;
        }
        std::printf("| %s | %.2f s | %.2f s | %.2f (target <= 0.5) | %.2f s | %.2f (target <= 1.0) |\n", shape,
                    pythonSeconds, seconds[0], seconds[0] / pythonSeconds, seconds[1], seconds[1] / pythonSeconds);
    }
    return 0;
}
