// Startup benchmark: starts gatescope and a bare Qt Widgets window alternately, several times each,
// and measures (1) the wall time from process start to the first exposed window, read from the
// "gatescope-startup: shown" line both print with GATESCOPE_REPORT_STARTUP=1, and (2) the resident
// memory (VmRSS) after 1.5 s of idling. Prints the medians and gatescope's ratio to the bare window
// (targets: ≤ 2× the time, ≤ 2.5× the memory). Each gatescope run gets a fresh temporary HOME.
// On X11 it also measures from outside the process, as the user feels it: from exec to the X
// server's MapNotify of the first top-level window (watched with `xev -root -event substructure`,
// Debian package x11-utils), and to idle (the process's CPU time stops growing for 300 ms; the
// /proc tick is 10 ms). Use a Release (or RelWithDebInfo) build.
//   xvfb-run -a bench_startup [--runs 7] [--platform xcb|offscreen]   (default: xcb with a DISPLAY, else offscreen)
#include "FreshHome.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    double startupMs = -1; // the program's own "shown" line (first Expose)
    double mappedMs = -1; // the X server's MapNotify of its first window, seen from outside
    double idleMs = -1; // until its CPU time stopped growing for IdleQuietMs
    double rssMiB = -1;
};

constexpr int IdleQuietMs = 300;

// CPU time (user + system) the process used so far, in clock ticks; -1 when it is gone.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the ")" closing the command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : -1;
}

double rssMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

Sample measure(const QString &binary, const QString &platform)
{
    // Outside the process, the way the user sees it: the X server tells every client that selected
    // SubstructureNotify on the root window when a top-level window is mapped. xev prints each
    // event as a line ("MapNotify event, …"); stdbuf makes it write each line at once.
    QProcess watcher;
    const bool watchX = platform == u"xcb" && !qEnvironmentVariableIsEmpty("DISPLAY");
    if (watchX) {
        watcher.start(u"stdbuf"_s, { u"-oL"_s, u"xev"_s, u"-root"_s, u"-event"_s, u"substructure"_s });
        if (!watcher.waitForStarted(5000))
            std::fprintf(stderr, "bench_startup: xev could not start (Debian package x11-utils)\n");
        QThread::msleep(300); // until it has selected the events
        watcher.readAllStandardOutput();
    }

    const Gatescope::Bench::FreshHome home;
    QProcessEnvironment env = home.environment();
    env.insert(u"GATESCOPE_REPORT_STARTUP"_s, u"1"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, platform);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(binary, {});
    Sample sample;
    if (!process.waitForStarted(10000))
        return sample;
    QByteArray buffer;
    QByteArray events;
    qint64 lastTicks = 0;
    qint64 lastBusyMs = 0;
    while (clock.elapsed() < 30000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(5);
        buffer += process.readAllStandardOutput();
        if (sample.startupMs < 0 && buffer.contains("gatescope-startup: shown"))
            sample.startupMs = double(clock.nsecsElapsed()) / 1e6;
        if (watchX && sample.mappedMs < 0) {
            watcher.waitForReadyRead(1);
            events += watcher.readAllStandardOutput();
            if (events.contains("MapNotify event"))
                sample.mappedMs = double(clock.nsecsElapsed()) / 1e6;
        }
        const qint64 ticks = cpuTicks(process.processId());
        if (ticks != lastTicks) {
            lastTicks = ticks;
            lastBusyMs = clock.elapsed();
        }
        const bool shown = sample.startupMs >= 0 && (!watchX || sample.mappedMs >= 0);
        if (shown && clock.elapsed() - lastBusyMs >= IdleQuietMs) {
            sample.idleMs = double(lastBusyMs);
            break;
        }
    }
    QThread::msleep(1500);
    sample.rssMiB = rssMiB(process.processId());
    if (watchX) {
        watcher.kill();
        watcher.waitForFinished(2000);
    }
    process.kill();
    process.waitForFinished(5000);
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 7;
    // A window is shown on a display: X11 when there is one (run it under xvfb-run on a machine
    // without), else the offscreen platform, which draws nothing and is only a fallback.
    QString platform = qEnvironmentVariableIsEmpty("DISPLAY") ? u"offscreen"_s : u"xcb"_s;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--runs")
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == u"--platform")
            platform = args.at(i + 1);
    }
    const QString gatescope = QStringLiteral(GATESCOPE_BINARY_PATH);
    const QString bare = QStringLiteral(BARE_WINDOW_PATH);
    QList<double> gTime, gRss, bTime, bRss, gMap, bMap, gIdle, bIdle;
    measure(bare, platform); // warm the page cache for both
    measure(gatescope, platform);
    for (int i = 0; i < runs; ++i) {
        const Sample b = measure(bare, platform);
        const Sample g = measure(gatescope, platform);
        bTime.append(b.startupMs);
        bRss.append(b.rssMiB);
        gTime.append(g.startupMs);
        gRss.append(g.rssMiB);
        bMap.append(b.mappedMs);
        gMap.append(g.mappedMs);
        bIdle.append(b.idleMs);
        gIdle.append(g.idleMs);
        std::printf("run %d: bare %.1f ms shown, %.1f ms mapped, %.0f ms idle, %.1f MiB | gatescope %.1f ms shown, "
                    "%.1f ms mapped, %.0f ms idle, %.1f MiB\n",
                    i + 1, b.startupMs, b.mappedMs, b.idleMs, b.rssMiB, g.startupMs, g.mappedMs, g.idleMs, g.rssMiB);
    }
    const double bt = median(bTime), br = median(bRss), gt = median(gTime), gr = median(gRss);
    std::printf("\nplatform %s, %d runs, medians\n", qPrintable(platform), runs);
    std::printf("  bare Qt Widgets window: %8.1f ms to first shown window, %6.1f MiB RSS idle\n", bt, br);
    std::printf("  gatescope workbench:    %8.1f ms to first shown window, %6.1f MiB RSS idle\n", gt, gr);
    std::printf("  ratio:                  %8.2fx time (target <= 2)      %6.2fx memory (target <= 2.5)\n", gt / bt,
                gr / br);
    const double bm = median(bMap), gm = median(gMap), bi = median(bIdle), gi = median(gIdle);
    std::printf("\nfrom outside (exec to the X server's MapNotify of the first window, seen by xev):\n");
    std::printf("  bare %.1f ms, gatescope %.1f ms: %.2fx (target <= 1.5)\n", bm, gm, gm / bm);
    std::printf("to idle (CPU time stops growing for %d ms):\n", IdleQuietMs);
    std::printf("  bare %.0f ms, gatescope %.0f ms: %.2fx\n", bi, gi, gi / bi);
    return (gt > 0 && bt > 0 && gt / bt <= 2.0 && gr / br <= 2.5) ? 0 : 1;
}
