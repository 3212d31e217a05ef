// Writes a screenshot of the Watch window for a person to look at (not a test): a real series
// against the lab's fault origin on loopback (every 4th request a 502, the rest with a varying
// first-byte delay), the first failure's diagnosis opened.
//   QT_QPA_PLATFORM=offscreen build/tests/gui/watch/watch_screenshot /tmp   → /tmp/watch.png
#include "diagnosis/Diagnoser.h"
#include "gui/watch/WatchChart.h"
#include "gui/watch/WatchWindow.h"
#include "gui/workspace/WorkspaceModel.h"
#include "lab/FaultServer.h"

#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QPushButton>
#include <QSpinBox>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    FaultServer server;
    if (!server.start(QHostAddress::LocalHost, false))
        return 1;
    RequestSpec request;
    request.url = server.url(u"/every?n=4&code=502"_s);
    request.options.useEnvironmentProxy = false;
    WorkspaceModel workspace;
    const Diagnoser diagnoser;
    WatchWindow window(request, diagnoser, &workspace);
    window.resize(1280, 720);
    window.show();
    window.findChild<QDoubleSpinBox *>(u"watchEvery"_s)->setValue(0.1);
    window.findChild<QSpinBox *>(u"watchCount"_s)->setValue(40);
    QEventLoop loop;
    QObject::connect(window.runner(), &SeriesRunner::finished, &loop, &QEventLoop::quit);
    window.start();
    loop.exec();
    window.showFailure(3);
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(u"watch.png"_s);
    return window.grab().save(path) ? 0 : 1;
}
