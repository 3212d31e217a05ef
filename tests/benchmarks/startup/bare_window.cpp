// The yardstick for the startup benchmark: the smallest Qt Widgets application with a main window
// (a menu bar, a label, a status bar), reporting its first expose the same way gatescope does.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QWindow>

#include <cstdio>

namespace {
class ExposeReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            std::puts("gatescope-startup: shown");
            std::fflush(stdout);
            watched->removeEventFilter(this);
        }
        return false;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1200, 800);
    window.show();
    window.windowHandle()->installEventFilter(new ExposeReporter(&window));
    return app.exec();
}
