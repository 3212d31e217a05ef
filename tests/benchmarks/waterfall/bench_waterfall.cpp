// Waterfall benchmark: one full repaint of the waterfall with 100,000 rows, the viewport full of
// rows (target: under 16 ms), plus the figures around it (append, filter, live frame rate).
//
//   cmake --build build --target bench_waterfall
//   xvfb-run -a build/tests/benchmarks/waterfall/bench_waterfall          # a real X window
//   QT_QPA_PLATFORM=offscreen build/tests/benchmarks/waterfall/bench_waterfall
//   options: --rows N (default 100000), --frames N (default 200), --size WxH (default 1400x1000)
//
// Prints one line per figure; the exit code is 0 unless the window could not be shown. Wall times
// include waiting for the CPU, so on a busy machine the thread's CPU time is the fairer figure;
// both are printed.
#include "WaterfallFixtures.h"
#include "gui/waterfall/WaterfallFilterProxy.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallView.h"
#include "model/RequestSpec.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTextStream>
#include <QWindow>

#include <algorithm>
#include <time.h>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Stats
{
    double median = 0, p95 = 0, max = 0, mean = 0;
    double cpuMedian = 0; // CPU time of this thread: the figure that other load on the machine does not inflate
};

// CPU time of the calling thread, in milliseconds.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Stats statsOf(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    Stats s;
    if (samples.isEmpty())
        return s;
    s.median = samples[samples.size() / 2];
    s.p95 = samples[std::min(samples.size() - 1, qsizetype(samples.size() * 0.95))];
    s.max = samples.last();
    for (double v : samples)
        s.mean += v;
    s.mean /= double(samples.size());
    return s;
}

// Full synchronous repaints of the viewport (every visible row, every column) and the axis.
Stats measureRepaints(WaterfallView &view, int frames)
{
    QList<double> samples;
    QList<double> cpu;
    QElapsedTimer timer;
    for (int i = 0; i < frames; ++i) {
        const double cpuStart = threadCpuMs();
        timer.start();
        view.viewport()->repaint();
        view.header()->viewport()->repaint();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    Stats stats = statsOf(samples);
    stats.cpuMedian = statsOf(cpu).median;
    return stats;
}

void report(const QString &what, const Stats &s, int rowsVisible)
{
    out() << what
          << u": wall median %1 ms, p95 %2 ms, max %3 ms, mean %4 ms; CPU median %5 ms (%6 rows visible)"
             u" — target < 16 ms: wall %7, CPU %8\n"_s.arg(s.median, 0, 'f', 2)
                 .arg(s.p95, 0, 'f', 2)
                 .arg(s.max, 0, 'f', 2)
                 .arg(s.mean, 0, 'f', 2)
                 .arg(s.cpuMedian, 0, 'f', 2)
                 .arg(rowsVisible)
                 .arg(s.median < 16 ? u"met"_s : u"NOT met"_s)
                 .arg(s.cpuMedian < 16 ? u"met"_s : u"NOT met"_s);
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"rows"_s, u"Exchanges in the capture."_s, u"n"_s, u"100000"_s });
    parser.addOption({ u"frames"_s, u"Repaints per measurement."_s, u"n"_s, u"200"_s });
    parser.addOption({ u"size"_s, u"Window size."_s, u"WxH"_s, u"1400x1000"_s });
    parser.process(app);
    const int rows = std::max(1, parser.value(u"rows"_s).toInt());
    const int frames = std::max(1, parser.value(u"frames"_s).toInt());
    const QStringList size = parser.value(u"size"_s).split(u'x');
    const QSize windowSize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1400,
                           size.value(1).toInt() > 0 ? size.value(1).toInt() : 1000);

    out() << u"platform %1, %2 rows, %3 frames, window %4x%5\n"_s.arg(QGuiApplication::platformName())
                 .arg(rows)
                 .arg(frames)
                 .arg(windowSize.width())
                 .arg(windowSize.height());

    const QList<Exchange> capture = Gatescope::Gui::Fixtures::largeCapture(rows);
    WaterfallModel model;
    QElapsedTimer timer;
    timer.start();
    model.appendExchanges(capture);
    out() << u"append %1 exchanges to the model: %2 ms\n"_s.arg(rows).arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f',
                                                                          1);

    WaterfallView view;
    view.resize(windowSize);
    timer.start();
    view.setWaterfallModel(&model);
    view.show();
    QElapsedTimer exposeClock;
    exposeClock.start();
    while ((!view.windowHandle() || !view.windowHandle()->isExposed()) && exposeClock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QCoreApplication::processEvents();
    if (!view.windowHandle() || !view.windowHandle()->isExposed()) {
        out() << "the window was not shown\n";
        return 1;
    }
    out() << u"set model + first show: %1 ms\n"_s.arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1);
    view.setGatewayTimeouts({ { u"Envoy"_s, 15000, WaterfallMarker::Kind::GatewayTimeout },
                              { u"nginx"_s, 60000, WaterfallMarker::Kind::GatewayTimeout } });
    const int rowHeight = std::max(1, view.visualRect(view.model()->index(0, 0)).height());
    const int visible = view.viewport()->height() / rowHeight;

    measureRepaints(view, 10); // warm-up
    report(u"full repaint, whole timeline, top"_s, measureRepaints(view, frames), visible);
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    report(u"full repaint, whole timeline, middle"_s, measureRepaints(view, frames), visible);
    view.setVisibleTimeRange(350000, 351000);
    report(u"full repaint, zoomed to 1 s, middle"_s, measureRepaints(view, frames), visible);

    // Zoom steps as Ctrl+wheel does them: rescale + full repaint.
    QList<double> zoomSamples;
    QList<double> zoomCpu;
    for (int i = 0; i < frames; ++i) {
        const double cpuStart = threadCpuMs();
        timer.start();
        if (i % 2)
            view.zoomIn();
        else
            view.zoomOut();
        view.viewport()->repaint();
        view.header()->viewport()->repaint();
        zoomSamples.append(double(timer.nsecsElapsed()) / 1e6);
        zoomCpu.append(threadCpuMs() - cpuStart);
    }
    Stats zoomStats = statsOf(zoomSamples);
    zoomStats.cpuMedian = statsOf(zoomCpu).median;
    report(u"zoom step + full repaint"_s, zoomStats, visible);

    // Scrolling by a page: layout of the new rows + full repaint.
    QList<double> scrollSamples;
    QList<double> scrollCpu;
    for (int i = 0; i < frames; ++i) {
        const double cpuStart = threadCpuMs();
        timer.start();
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + view.verticalScrollBar()->pageStep());
        view.viewport()->repaint();
        scrollSamples.append(double(timer.nsecsElapsed()) / 1e6);
        scrollCpu.append(threadCpuMs() - cpuStart);
    }
    Stats scrollStats = statsOf(scrollSamples);
    scrollStats.cpuMedian = statsOf(scrollCpu).median;
    report(u"page scroll + full repaint"_s, scrollStats, visible);

    timer.start();
    view.filterProxy()->setFailuresOnly(true);
    out() << u"filter to 5xx/failed: %1 ms (%2 rows left)\n"_s.arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                 .arg(view.filterProxy()->rowCount());
    timer.start();
    view.filterProxy()->setFailuresOnly(false);
    view.filterProxy()->setText(u"items/4242"_s);
    out() << u"filter by text, first (builds the search cache): %1 ms (%2 rows left)\n"_s
                 .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                 .arg(view.filterProxy()->rowCount());
    timer.start();
    view.filterProxy()->setText(u"items/777"_s);
    out() << u"filter by text, again: %1 ms (%2 rows left)\n"_s.arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                 .arg(view.filterProxy()->rowCount());
    view.filterProxy()->setText({});

    // Live: frames actually painted per second while one request is in its wait phase.
    view.resetZoom();
    int paints = 0;
    struct Counter : QObject
    {
        int *paints;
        explicit Counter(int *p)
            : paints(p)
        { }
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++*paints;
            return false;
        }
    } counter(&paints);
    view.viewport()->installEventFilter(&counter);
    model.beginLiveExchange(RequestSpec {});
    model.livePhaseStarted(0, Phase::Wait, 0);
    view.scrollToBottom(); // only visible live rows are repainted
    QCoreApplication::processEvents();
    paints = 0;
    timer.start();
    while (timer.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    out() << u"live frames: %1 per second (target ≥ 30)\n"_s.arg(paints * 1000.0 / double(timer.elapsed()), 0, 'f', 1);
    model.liveFinished({});
    return 0;
}
