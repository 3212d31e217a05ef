// Startup benchmark: starts gatescope and a bare Qt Widgets window alternately, several times each,
// and measures (1) the wall time from process start to the first exposed window, read from the
// "gatescope-startup: shown" line both print with GATESCOPE_REPORT_STARTUP=1, and (2) the resident
// memory (VmRSS) after 1.5 s of idling. Prints the medians and gatescope's ratio to the bare window
// (targets: ≤ 2× the time, ≤ 2.5× the memory). Each gatescope run gets a fresh temporary HOME.
//   xvfb-run -a bench_startup [--runs 7] [--platform xcb|offscreen]   (default: xcb with a DISPLAY, else offscreen)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    double startupMs = -1;
    double rssMiB = -1;
};

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
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GATESCOPE_REPORT_STARTUP"_s, u"1"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, platform);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
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
    while (clock.elapsed() < 30000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(50);
        buffer += process.readAllStandardOutput();
        if (buffer.contains("gatescope-startup: shown")) {
            sample.startupMs = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
    }
    QThread::msleep(1500);
    sample.rssMiB = rssMiB(process.processId());
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
    QList<double> gTime, gRss, bTime, bRss;
    measure(bare, platform); // warm the page cache for both
    measure(gatescope, platform);
    for (int i = 0; i < runs; ++i) {
        const Sample b = measure(bare, platform);
        const Sample g = measure(gatescope, platform);
        bTime.append(b.startupMs);
        bRss.append(b.rssMiB);
        gTime.append(g.startupMs);
        gRss.append(g.rssMiB);
        std::printf("run %d: bare %.1f ms %.1f MiB | gatescope %.1f ms %.1f MiB\n", i + 1, b.startupMs, b.rssMiB,
                    g.startupMs, g.rssMiB);
    }
    const double bt = median(bTime), br = median(bRss), gt = median(gTime), gr = median(gRss);
    std::printf("\nplatform %s, %d runs, medians\n", qPrintable(platform), runs);
    std::printf("  bare Qt Widgets window: %8.1f ms to first shown window, %6.1f MiB RSS idle\n", bt, br);
    std::printf("  gatescope workbench:    %8.1f ms to first shown window, %6.1f MiB RSS idle\n", gt, gr);
    std::printf("  ratio:                  %8.2fx time (target <= 2)      %6.2fx memory (target <= 2.5)\n", gt / bt,
                gr / br);
    return (gt > 0 && bt > 0 && gt / bt <= 2.0 && gr / br <= 2.5) ? 0 : 1;
}
