#include "gui/TestHooks.h"

#include "gui/MainWindow.h"
#include "gui/request/RequestEditor.h"
#include "gui/request/UrlLineEdit.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"
#include "workspace/WorkspaceStore.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QTimer>
#include <QWindow>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

void printLine(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Prints once when the window it watches is first exposed.
class ExposeReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            printLine(u"gatescope-startup: shown"_s);
            watched->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }
};

// GATESCOPE_REPORT_IMPORT=3: between two waits of the window's event loop (aboutToBlock; with
// glib the events a wait brings are delivered after it, in the same turn) that kept it from
// turning for over 40 ms, prints the wall and thread CPU time from the first event delivered to the
// next wait, and the events that took over 2 ms (the time to the next event's delivery, nested
// deliveries included), so a stall names its cause; and the wait itself when it was over 40 ms.
// Each line starts "gatescope-trace:".
class LoopTracer : public QObject
{
public:
    explicit LoopTracer(QObject *parent)
        : QObject(parent)
    {
        m_clock.start();
        QCoreApplication::instance()->installEventFilter(this);
        connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
                [this] { endTurn(); });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched->thread() == thread() && m_events.empty())
            m_queuedAtStart = queuedNs();
        if (watched->thread() == thread() && m_events.size() < 4096)
            m_events.push_back({ m_clock.nsecsElapsed(), threadCpuNs(), watched->metaObject()->className(),
                                 watched->parent() ? watched->parent()->metaObject()->className() : "",
                                 event->type() });
        return false;
    }

private:
    struct Delivered
    {
        qint64 atNs;
        qint64 cpuNs;
        const char *receiver; // its class
        const char *parent; // its parent's class
        QEvent::Type type;
    };

    static qint64 threadCpuNs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

    // How long this thread has waited for a CPU while runnable (Linux schedstat), -1 elsewhere.
    static qint64 queuedNs()
    {
        QFile file(u"/proc/thread-self/schedstat"_s);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> fields = file.readAll().split(' ');
        return fields.size() >= 2 ? fields.at(1).toLongLong() : -1;
    }

    void endTurn()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpuNow = threadCpuNs();
        const qint64 blockedAt = std::exchange(m_blockedAt, now);
        if (m_events.empty() || blockedAt < 0) {
            m_events.clear();
            return;
        }
        const qint64 wait = m_events.front().atNs - blockedAt;
        if (wait > 40000000)
            printLine(
                u"gatescope-trace: waited %1 ms for the first event (%2 to %3)"_s.arg(double(wait) / 1e6, 0, 'f', 1)
                    .arg(int(m_events.front().type))
                    .arg(QString::fromLatin1(m_events.front().receiver)));
        const qint64 busy = now - m_events.front().atNs;
        if (busy > 40000000) {
            printLine(u"gatescope-trace: busy %1 ms, cpu %2 ms, waiting for a cpu %4 ms, %3 events"_s
                          .arg(double(busy) / 1e6, 0, 'f', 1)
                          .arg(double(cpuNow - m_events.front().cpuNs) / 1e6, 0, 'f', 1)
                          .arg(m_events.size())
                          .arg(double(queuedNs() - m_queuedAtStart) / 1e6, 0, 'f', 1));
            for (size_t i = 0; i < m_events.size(); ++i) {
                const qint64 end = i + 1 < m_events.size() ? m_events[i + 1].atNs : now;
                const qint64 cpuEnd = i + 1 < m_events.size() ? m_events[i + 1].cpuNs : cpuNow;
                if (end - m_events[i].atNs < 2000000)
                    continue;
                printLine(u"gatescope-trace:   %1 ms (cpu %2) event %3 to %4 in %6 #%5"_s
                              .arg(double(end - m_events[i].atNs) / 1e6, 0, 'f', 1)
                              .arg(double(cpuEnd - m_events[i].cpuNs) / 1e6, 0, 'f', 1)
                              .arg(int(m_events[i].type))
                              .arg(QString::fromLatin1(m_events[i].receiver))
                              .arg(i)
                              .arg(QString::fromLatin1(m_events[i].parent)));
            }
        }
        m_events.clear();
    }

    QElapsedTimer m_clock;
    qint64 m_blockedAt = -1;
    qint64 m_queuedAtStart = 0;
    std::vector<Delivered> m_events;
};

// Watches an import opened with the window (bench_window_open): when the waterfall first paints
// rows, when it paints after the import finished, and the longest gap between two turns of the
// event loop, seen by a 5 ms timer, from the window's first exposure on.
class ImportReporter : public QObject
{
public:
    explicit ImportReporter(MainWindow *window)
        : QObject(window)
        , m_window(window)
    {
        m_viewport = window->waterfallPanel()->view()->viewport();
        m_viewport->installEventFilter(this);
        if (window->windowHandle())
            window->windowHandle()->installEventFilter(this);
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(5);
        connect(&m_tick, &QTimer::timeout, this, [this] {
            if (m_sinceTick.isValid()) {
                const double gapMs = double(m_sinceTick.nsecsElapsed()) / 1e6;
                m_longestMs = std::max(m_longestMs, gapMs);
                if (m_firstShown)
                    m_longestSinceRowsMs = std::max(m_longestSinceRowsMs, gapMs);
                if (gapMs > 50 && qEnvironmentVariableIntValue("GATESCOPE_REPORT_IMPORT") >= 2)
                    printLine(u"gatescope-import: stall %1 ms ending at %2 (monotonic ms)"_s.arg(gapMs, 0, 'f', 1)
                                  .arg(std::chrono::duration_cast<std::chrono::milliseconds>(
                                           std::chrono::steady_clock::now().time_since_epoch())
                                           .count()));
            }
            m_sinceTick.start();
        });
        connect(window, &MainWindow::importFinished, this, [this] {
            m_finished = true;
            m_viewport->update();
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint && event->type() != QEvent::Expose)
            return false;
        if (!m_tick.isActive()) {
            m_tick.start();
            m_sinceTick.start();
        }
        if (watched != m_viewport || event->type() != QEvent::Paint)
            return false;
        const int rows = m_window->waterfallModel()->entryCount();
        if (rows > 0 && !m_firstShown) {
            m_firstShown = true;
            report(u"first-rows %1"_s.arg(rows));
        }
        if (m_finished && !m_allShown) {
            m_allShown = true;
            report(u"all-rows %1"_s.arg(rows));
            QTimer::singleShot(1000, this, [this] { report(u"settled"_s); });
        }
        return false;
    }

private:
    void report(const QString &what) const
    {
        printLine(u"gatescope-import: %1 stall-ms %2 since-first-rows-ms %3"_s.arg(what)
                      .arg(m_longestMs, 0, 'f', 1)
                      .arg(m_longestSinceRowsMs, 0, 'f', 1));
    }

    MainWindow *m_window; // not owned
    QWidget *m_viewport = nullptr;
    QTimer m_tick;
    QElapsedTimer m_sinceTick;
    double m_longestMs = 0;
    double m_longestSinceRowsMs = 0; // after the first rows were painted
    bool m_firstShown = false;
    bool m_finished = false;
    bool m_allShown = false;
};

} // namespace

void installTestHooks(MainWindow *window)
{
    if (qEnvironmentVariableIntValue("GATESCOPE_REPORT_STARTUP") == 1 && window->windowHandle())
        window->windowHandle()->installEventFilter(new ExposeReporter(window));
    if (qEnvironmentVariableIntValue("GATESCOPE_REPORT_IMPORT") >= 1)
        new ImportReporter(window);
    if (qEnvironmentVariableIntValue("GATESCOPE_REPORT_IMPORT") == 3)
        new LoopTracer(window);

    if (qEnvironmentVariableIntValue("GATESCOPE_TEST_PRINT_REQUEST") == 1) {
        const RequestSpec spec = window->requestEditor()->request();
        const QString url = spec.typedUrl.isEmpty() ? spec.url.toString() : spec.typedUrl;
        printLine(u"gatescope-test: request %1 %2"_s.arg(QString::fromLatin1(spec.method), url));
    }

    const QString text = qEnvironmentVariable("GATESCOPE_TEST_TYPE_URL");
    if (text.isEmpty())
        return;
    QTimer::singleShot(0, window, [window, text] {
        UrlLineEdit *url = window->requestEditor()->urlEdit();
        url->setFocus(Qt::OtherFocusReason);
        url->selectAll();
        for (QChar ch : text) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
            QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
            QCoreApplication::sendEvent(url, &press);
            QCoreApplication::sendEvent(url, &release);
        }
        printLine(u"gatescope-test: typed"_s);
        QObject::connect(window->store(), &WorkspaceStore::saved, window,
                         [](const QString &path) { printLine(u"gatescope-test: saved "_s + path); });
    });
}

} // namespace Gatescope::Gui
