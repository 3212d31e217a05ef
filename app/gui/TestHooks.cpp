#include "gui/TestHooks.h"

#include "gui/MainWindow.h"
#include "gui/request/RequestEditor.h"
#include "gui/request/UrlLineEdit.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"
#include "workspace/WorkspaceStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QTimer>
#include <QWindow>

#include <chrono>
#include <cstdio>

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
                if (gapMs > 50 && qEnvironmentVariableIntValue("GATESCOPE_REPORT_IMPORT") == 2)
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
