// bench_end_to_end — the paths a user runs, on a big HAR of real browser entries, next to Python.
//
//   cmake --build build --target bench_end_to_end gatescope
//   build/tests/benchmarks/endtoend/bench_end_to_end [SIZE_MB=100] [--binary PATH] [--keep FILE]
//
// The table names `-o /dev/null` as the issue does; the runs write to a temporary file instead.
// Writes a HAR of SIZE_MB megabytes made of copies of genuinely recorded Chromium entries
// (RecordedHarReplica.h), then runs each command of issue 16's table as its own process and prints
// its wall time and peak RSS (the child's ru_maxrss from wait4) next to Python's bare
//   python3 -c 'import json,sys; json.load(open(sys.argv[1]))' FILE
// on the same file in the same run. Targets: every command <= 1.5x Python, peak RSS <= 3x the file.
// It then times, inside this process on the imported capture, redaction alone (the Redactor over
// every exchange, as a report prepares them) and diagnosis alone, so their share of the end-to-end
// time is known (target: redaction <= 25 % of `diagnose --all --format json`).
// --binary runs another gatescope build (to measure before and after in one go).
#include "RecordedHarReplica.h"
#include "capture/HarImporter.h"
#include "diagnosis/Diagnoser.h"
#include "redaction/Redactor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

struct RunResult
{
    bool ok = false;
    double seconds = 0;
    double cpuSeconds = 0; // user + system, every thread: what a busy shared machine cannot inflate
    double peakMb = 0;
    int exitCode = -1;
};

// Runs `program arguments…` with stdout and stderr discarded; wall time and the child's peak RSS.
RunResult runMeasured(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> storage { program.toLocal8Bit() };
    for (const QString &argument : arguments)
        storage.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &value : storage)
        argv.push_back(value.data());
    argv.push_back(nullptr);

    RunResult result;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid < 0)
        return result;
    if (pid == 0) {
        const int devNull = open("/dev/null", O_WRONLY);
        dup2(devNull, STDOUT_FILENO);
        dup2(devNull, STDERR_FILENO);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return result;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.peakMb = double(usage.ru_maxrss) / 1024.0;
    result.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.ok = result.exitCode == 0;
    return result;
}

struct Command
{
    QString shown; // as the README and the issue write it
    QStringList arguments; // after the binary; FILE is replaced by the HAR's path
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString binary = QStringLiteral(GATESCOPE_BINARY_PATH);
    QString keep;
    qint64 megabytes = 100;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--binary" && i + 1 < args.size())
            binary = args.at(++i);
        else if (args.at(i) == u"--keep" && i + 1 < args.size())
            keep = args.at(++i);
        else
            megabytes = args.at(i).toLongLong();
    }
    if (megabytes <= 0) {
        std::fprintf(stderr, "usage: bench_end_to_end [SIZE_MB] [--binary PATH] [--keep FILE]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString path = keep.isEmpty() ? dir.filePath(u"big.har"_s) : keep;
    const Bench::ReplicaStats stats
        = Bench::writeRecordedHarReplica(QStringLiteral(SEED_HAR_PATH), path, megabytes * 1024 * 1024);
    if (stats.bytes < 0) {
        std::fprintf(stderr, "bench_end_to_end: cannot write %s from %s\n", qPrintable(path), SEED_HAR_PATH);
        return 1;
    }
    const double fileMb = double(stats.bytes) / (1024.0 * 1024.0);
    std::printf("file: %.1f MB, %d entries (%d failed: 5xx or no response), copies of %s\n", fileMb, stats.entries,
                stats.failed, qPrintable(QFileInfo(QStringLiteral(SEED_HAR_PATH)).fileName()));
    std::printf("binary: %s\n\n", qPrintable(binary));

    const RunResult python
        = runMeasured(u"python3"_s, { u"-c"_s, u"import json,sys; json.load(open(sys.argv[1]))"_s, path });
    if (!python.ok) {
        std::fprintf(stderr, "bench_end_to_end: python3 json.load could not run: install the Debian package python3\n");
        return 1;
    }

    const QList<Command> commands {
        { u"diagnose big.har --all --format json -o /dev/null"_s,
          { u"diagnose"_s, u"FILE"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, u"/dev/null"_s } },
        { u"  same with --no-redact"_s,
          { u"diagnose"_s, u"FILE"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, u"/dev/null"_s,
            u"--no-redact"_s } },
        { u"diagnose big.har --all --format md -o /dev/null"_s,
          { u"diagnose"_s, u"FILE"_s, u"--all"_s, u"--format"_s, u"md"_s, u"-o"_s, u"/dev/null"_s } },
        { u"diagnose big.har --all --format html -o /dev/null"_s,
          { u"diagnose"_s, u"FILE"_s, u"--all"_s, u"--format"_s, u"html"_s, u"-o"_s, u"/dev/null"_s } },
        { u"diagnose big.har -o /dev/null (failing, text)"_s, { u"diagnose"_s, u"FILE"_s, u"-o"_s, u"/dev/null"_s } },
        { u"convert big.har --to har -o /dev/null"_s,
          { u"convert"_s, u"FILE"_s, u"--to"_s, u"har"_s, u"-o"_s, u"/dev/null"_s } },
        { u"  same with --no-redact"_s,
          { u"convert"_s, u"FILE"_s, u"--to"_s, u"har"_s, u"-o"_s, u"/dev/null"_s, u"--no-redact"_s } },
        { u"convert big.har --to curl -o /dev/null"_s,
          { u"convert"_s, u"FILE"_s, u"--to"_s, u"curl"_s, u"-o"_s, u"/dev/null"_s } },
        { u"convert big.har --to http -o /dev/null"_s,
          { u"convert"_s, u"FILE"_s, u"--to"_s, u"http"_s, u"-o"_s, u"/dev/null"_s } },
    };
    // Wall time is what a user waits; CPU time (user + system of every thread) is printed next to
    // it because on a shared machine the wall time of a multi-threaded run swings with the load.
    std::printf("| command | time | x python | CPU | x python | peak RSS | x file |\n|---|---|---|---|---|---|---|\n");
    std::printf("| python3 json.load (bare parse) | %.2f s | 1.00 | %.2f s | 1.00 | %.0f MB | %.2f |\n", python.seconds,
                python.cpuSeconds, python.peakMb, python.peakMb / fileMb);
    double jsonSeconds = 0;
    bool allOk = true;
    for (const Command &command : commands) {
        QStringList arguments = command.arguments;
        arguments.replace(arguments.indexOf(u"FILE"_s), path);
        // The output goes to a file of the temporary folder, removed after each run: a device
        // such as /dev/null is never named, so that no save can ever replace it.
        const QString output = dir.filePath(u"output"_s);
        arguments.replace(arguments.indexOf(u"/dev/null"_s), output);
        arguments.insert(1, u"--lang"_s); // the same wording whatever the machine's locale
        arguments.insert(2, u"en"_s);
        const RunResult run = runMeasured(binary, arguments);
        if (jsonSeconds == 0)
            jsonSeconds = run.seconds;
        allOk = allOk && run.ok;
        std::printf("| `gatescope %s` | %.2f s | %.2f | %.2f s | %.2f | %.0f MB | %.2f |%s\n",
                    qPrintable(command.shown), run.seconds, run.seconds / python.seconds, run.cpuSeconds,
                    run.cpuSeconds / python.cpuSeconds, run.peakMb, run.peakMb / fileMb,
                    run.ok ? "" : qPrintable(u" exit %1"_s.arg(run.exitCode)));
        std::fflush(stdout);
        QFile::remove(output);
    }

    // The parts, in this process, on the same file.
    QElapsedTimer timer;
    timer.start();
    const Result<Capture> capture = HarImporter().importFile(path);
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!capture) {
        std::fprintf(stderr, "bench_end_to_end: %s\n", qPrintable(capture.error()));
        return 1;
    }
    timer.restart();
    Redactor redactor;
    for (const Exchange &exchange : capture->exchanges)
        redactor.redact(exchange);
    const double redactSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const Diagnoser diagnoser;
    qint64 failing = 0;
    for (const Exchange &exchange : capture->exchanges)
        failing += diagnoser.diagnose(exchange).status >= 500;
    const double diagnoseSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("\nparts in one process, one thread: import %.2f s; redaction of every exchange %.2f s (%d values "
                "hidden) = %.0f %% of `diagnose --all --format json` (target <= 25 %%); diagnosis %.2f s (%lld with a "
                "5xx verdict)\n",
                importSeconds, redactSeconds, redactor.summary().total(), 100.0 * redactSeconds / jsonSeconds,
                diagnoseSeconds, qlonglong(failing));
    return allOk ? 0 : 1;
}
