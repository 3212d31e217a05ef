// bench_window_import — peak memory of a HAR import through the workbench window.
//
//   cmake --build build --target bench_window_import
//   ./build/tests/benchmarks/capture/bench_window_import [SIZE_MB=200]
//
// Generates a HAR of SIZE_MB megabytes (HarGenerator.h, the same entries as bench_har_import) in
// a temporary folder, opens the MainWindow offscreen on a temporary data folder and imports the
// file with MainWindow::importFiles — the path File > Import, drag and drop and the recent-files
// menu take: CaptureImporter in a worker thread with progress and cancel, the capture stored in
// the workspace's captures/ folder, then the capture added to the sidebar and shown in the
// waterfall and the response pane. It prints the time, how many progress values the status
// bar's progress bar showed, and the process's peak RSS (VmHWM) as a multiple of the file size.
// Then it starts itself again (--reopen) to measure the other half of the window's life: a new
// window on the same data folder, as after a restart, opening the stored capture.
// Target (issue 4): peak RSS under 3x the file size in both.

#include "HarGenerator.h"
#include "gui/MainWindow.h"
#include "gui/workspace/WorkspaceModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

namespace {

double statusMegabytes(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Runs the event loop until `done` holds or `timeoutMs` passes; false on timeout.
template<typename Predicate> bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Lets the window lay out and paint what it shows now (sidebar rows, waterfall, response).
void settle()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

void printPeak(const char *what, double fileMb, double beforeMb)
{
    const double peak = statusMegabytes("VmHWM:");
    std::printf(
        "%s: peak RSS %.1f MB = %.2f x file size (%.1f MB before, %.2f x for the import alone); RSS now %.1f MB\n",
        what, peak, peak / fileMb, beforeMb, (peak - beforeMb) / fileMb, statusMegabytes("VmRSS:"));
}

int reopen(const QString &dataDirectory, double fileMb)
{
    MainWindow window(dataDirectory);
    window.resize(1400, 900);
    window.show();
    settle();
    const double before = statusMegabytes("VmRSS:");
    const QList<CaptureSummary> captures = window.workspace()->workspace().captures;
    if (captures.isEmpty()) {
        std::fprintf(stderr, "bench_window_import: the workspace holds no capture after the restart\n");
        return 1;
    }
    const QString id = captures.constFirst().id;
    QElapsedTimer timer;
    timer.start();
    window.sidebar()->setCurrentIndex(window.workspace()->indexForCapture(id));
    if (!waitUntil([&] { return window.workspace()->captureContent(id) != nullptr; }, 600000)) {
        std::fprintf(stderr, "bench_window_import: the stored capture did not open\n");
        return 1;
    }
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    settle();
    std::printf("reopen after restart: %.0f ms, %lld exchanges\n", openMs,
                qlonglong(window.workspace()->captureContent(id)->exchanges.size()));
    printPeak("reopen after restart", fileMb, before);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // the --reopen child prints to the same terminal
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == u"--reopen")
        return reopen(args.at(2), args.at(3).toDouble());

    const qint64 megabytes = args.size() > 1 ? args.at(1).toLongLong() : 200;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_window_import: cannot create a temporary folder\n");
        return 1;
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
    const QString path = dir.filePath(u"bench.har"_s);
    int entryCount = 0;
    const qint64 size = Bench::generateHar(path, megabytes * 1024 * 1024, &entryCount);
    if (size < 0) {
        std::fprintf(stderr, "bench_window_import: cannot write %s\n", qPrintable(path));
        return 1;
    }
    const double fileMb = double(size) / (1024.0 * 1024.0);
    std::printf("file: %.1f MB, %d entries (%s)\n", fileMb, entryCount, qPrintable(path));

    const QString data = dir.filePath(u"data"_s);
    {
        MainWindow window(data);
        window.resize(1400, 900);
        window.show();
        settle();
        const double before = statusMegabytes("VmRSS:");
        int progressValues = 0;
        int lastValue = -1;
        for (QProgressBar *bar : window.findChildren<QProgressBar *>()) {
            QObject::connect(bar, &QProgressBar::valueChanged, &window, [&](int value) {
                if (value > lastValue && value > 0)
                    ++progressValues;
                lastValue = value;
            });
        }
        bool finished = false;
        bool ok = false;
        QObject::connect(&window, &MainWindow::importFinished, &window, [&](const QString &, bool success) {
            finished = true;
            ok = success;
        });
        QElapsedTimer timer;
        timer.start();
        window.importFiles({ path });
        if (!waitUntil([&] { return finished; }, 1800000) || !ok) {
            std::fprintf(stderr, "bench_window_import: the import did not succeed\n");
            return 1;
        }
        const double importMs = double(timer.nsecsElapsed()) / 1e6;
        settle();
        const QString capturesDir = data + u"/captures"_s;
        qint64 stored = 0;
        for (const QFileInfo &info : QDir(capturesDir).entryInfoList(QDir::Files))
            stored += info.size();
        std::printf("window import: %.0f ms, %d rising progress values, stored capture file %.1f MB\n", importMs,
                    progressValues, double(stored) / (1024.0 * 1024.0));
        printPeak("window import", fileMb, before);
    }

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), { u"--reopen"_s, data, QString::number(fileMb) });
    if (!child.waitForFinished(1800000) || child.exitCode() != 0) {
        std::fprintf(stderr, "bench_window_import: the reopen run failed\n");
        return 1;
    }
    return 0;
}
