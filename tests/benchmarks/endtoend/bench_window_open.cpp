// bench_window_open — a big HAR opened in the real window, as `gatescope FILE` does.
//
//   cmake --build build --target bench_window_open
//   xvfb-run -a build/tests/benchmarks/endtoend/bench_window_open [SIZE_MB=200] [--runs N] [--before PATH]
//                                                               [--binary PATH] [--platform xcb|offscreen]
//                                                               [--keep FILE]
//
// Writes a HAR of SIZE_MB megabytes of recorded Chromium entries (RecordedHarReplica.h, the file
// bench_end_to_end reads), then starts the binary on it with a fresh HOME and
// GATESCOPE_REPORT_IMPORT=1 (gui/TestHooks.h) and prints, per run and as medians: the time from
// exec to the first waterfall rows painted, to all rows painted after the import finished, the
// longest stall of the window's event loop meanwhile (until 1 s after), and the process's peak RSS
// (VmHWM, read from /proc). With --before PATH, a binary of the old code is measured too,
// alternating with the new one in the same run. Targets (issue 16): first rows <= 2 s, no stall
// over 50 ms. Without a DISPLAY the offscreen platform is used. --keep writes the HAR to FILE and
// leaves it there.
#include "FreshHome.h"
#include "RecordedHarReplica.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    double firstRowsMs = -1;
    int firstRows = 0;
    double allRowsMs = -1;
    int allRows = 0;
    double stallMs = -1; // the longest event-loop gap, until 1 s after all rows were shown
    double stallSinceRowsMs = -1; // the same after the first rows were painted (start-up left out)
    double peakMb = -1;
};

double peakMegabytes(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

Sample measure(const QString &binary, const QString &har, const QString &platform)
{
    Sample sample;
    const Bench::FreshHome home;
    QProcessEnvironment env = home.environment();
    env.insert(u"GATESCOPE_REPORT_IMPORT"_s, u"1"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, platform);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(binary, { har });
    if (!process.waitForStarted(10000)) {
        std::fprintf(stderr, "bench_window_open: %s did not start\n", qPrintable(binary));
        return sample;
    }
    static const QRegularExpression line(
        uR"(gatescope-import: (first-rows|all-rows|settled) ?(\d*) stall-ms ([0-9.]+)(?: since-first-rows-ms ([0-9.]+))?)"_s);
    QByteArray buffer;
    while (clock.elapsed() < 600000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(2);
        buffer += process.readAllStandardOutput();
        const qsizetype end = buffer.indexOf('\n');
        if (end < 0)
            continue;
        const double now = double(clock.nsecsElapsed()) / 1e6;
        const QString text = QString::fromUtf8(buffer.first(end));
        buffer.remove(0, end + 1);
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch())
            continue;
        if (match.captured(1) == u"first-rows") {
            sample.firstRowsMs = now;
            sample.firstRows = match.captured(2).toInt();
        } else if (match.captured(1) == u"all-rows") {
            sample.allRowsMs = now;
            sample.allRows = match.captured(2).toInt();
        } else {
            sample.stallMs = match.captured(3).toDouble();
            if (match.hasCaptured(4)) // not printed by binaries before this measure
                sample.stallSinceRowsMs = match.captured(4).toDouble();
            sample.peakMb = peakMegabytes(process.processId());
            break;
        }
    }
    process.kill();
    process.waitForFinished(10000);
    return sample;
}

double median(QList<double> values)
{
    values.removeIf([](double v) { return v < 0; });
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

struct Series
{
    QString binary;
    QList<double> first, all, stall, stallSinceRows, peak;
};

void print(const char *label, const Series &series, double fileMb)
{
    const double peak = median(series.peak);
    std::printf("| %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f MB | %.2f |\n", label, median(series.first),
                median(series.all), median(series.stall), median(series.stallSinceRows), peak, peak / fileMb);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString binary = QStringLiteral(GATESCOPE_BINARY_PATH);
    QString before;
    QString keep;
    QString platform = qEnvironmentVariableIsEmpty("DISPLAY") ? u"offscreen"_s : u"xcb"_s;
    int runs = 3;
    qint64 megabytes = 200;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--binary" && i + 1 < args.size())
            binary = args.at(++i);
        else if (args.at(i) == u"--keep" && i + 1 < args.size())
            keep = args.at(++i);
        else if (args.at(i) == u"--before" && i + 1 < args.size())
            before = args.at(++i);
        else if (args.at(i) == u"--platform" && i + 1 < args.size())
            platform = args.at(++i);
        else if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else
            megabytes = args.at(i).toLongLong();
    }
    if (megabytes <= 0) {
        std::fprintf(stderr,
                     "usage: bench_window_open [SIZE_MB] [--runs N] [--before PATH] [--binary PATH] "
                     "[--platform xcb|offscreen] [--keep FILE]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString har = keep.isEmpty() ? dir.filePath(u"big.har"_s) : keep;
    const Bench::ReplicaStats stats
        = Bench::writeRecordedHarReplica(QStringLiteral(SEED_HAR_PATH), har, megabytes * 1024 * 1024);
    if (stats.bytes < 0) {
        std::fprintf(stderr, "bench_window_open: cannot write %s from %s\n", qPrintable(har), SEED_HAR_PATH);
        return 1;
    }
    const double fileMb = double(stats.bytes) / (1024.0 * 1024.0);
    std::printf("file: %.1f MB, %d entries (%d failed), platform %s, %d runs\n", fileMb, stats.entries, stats.failed,
                qPrintable(platform), runs);

    QList<Series> series;
    if (!before.isEmpty())
        series.append(Series { before, {}, {}, {}, {}, {} });
    series.append(Series { binary, {}, {}, {}, {}, {} });
    bool complete = true;
    measure(series.constLast().binary, har, platform); // the file and the binaries in the page cache
    for (int run = 1; run <= runs; ++run) {
        for (Series &s : series) {
            const Sample sample = measure(s.binary, har, platform);
            complete = complete && sample.allRows == stats.entries;
            s.first.append(sample.firstRowsMs);
            s.all.append(sample.allRowsMs);
            s.stall.append(sample.stallMs);
            s.stallSinceRows.append(sample.stallSinceRowsMs);
            s.peak.append(sample.peakMb);
            std::printf("run %d %s: first rows (%d) %.0f ms, all rows (%d) %.0f ms, longest stall %.0f ms "
                        "(%.0f ms after the first rows), peak RSS %.0f MB\n",
                        run, qPrintable(QFileInfo(s.binary).fileName()), sample.firstRows, sample.firstRowsMs,
                        sample.allRows, sample.allRowsMs, sample.stallMs, sample.stallSinceRowsMs, sample.peakMb);
            std::fflush(stdout);
        }
    }
    std::printf("\nmedians of %d runs (exec to painted rows; stall = longest event-loop gap):\n", runs);
    std::printf("| binary | first rows | all rows | longest stall | after first rows | peak RSS | x file "
                "|\n|---|---|---|---|---|---|---|\n");
    for (const Series &s : std::as_const(series))
        print(qPrintable(s.binary), s, fileMb);
    if (!complete)
        std::fprintf(stderr, "bench_window_open: a run did not show all %d entries\n", stats.entries);
    return complete ? 0 : 1;
}
