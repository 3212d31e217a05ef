#include "gui/TestHooks.h"

#include "gui/MainWindow.h"
#include "gui/request/RequestEditor.h"
#include "gui/request/UrlLineEdit.h"
#include "workspace/WorkspaceStore.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QTimer>
#include <QWindow>

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

} // namespace

void installTestHooks(MainWindow *window)
{
    if (qEnvironmentVariableIntValue("GATESCOPE_REPORT_STARTUP") == 1 && window->windowHandle())
        window->windowHandle()->installEventFilter(new ExposeReporter(window));

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
