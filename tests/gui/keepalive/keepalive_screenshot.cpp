// Writes a screenshot of the Keep-alive window for a person to look at (not a test): a real
// measurement of the lab's fault origin on loopback, which closes idle connections after 4 s
// (/keep-alive?idle=4000, with a Keep-Alive: timeout=4 field), compared with nginx's 60 s pool
// default in front: too short, with the fix.
//   QT_QPA_PLATFORM=offscreen build/tests/gui/keepalive/keepalive_screenshot /tmp → /tmp/keepalive.png
#include "gui/keepalive/KeepAliveWindow.h"
#include "lab/FaultServer.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    FaultServer origin;
    if (!origin.start(QHostAddress::LocalHost, false))
        return 1;
    RequestSpec request;
    request.url = origin.url(u"/keep-alive?idle=4000&header=1"_s);
    request.options.useEnvironmentProxy = false;
    KeepAliveWindow window(request);
    window.resize(1600, 1000);
    window.show();
    auto *front = window.findChild<QComboBox *>(u"keepAliveFront"_s);
    front->setCurrentIndex(front->findData(u"nginx"_s));
    QEventLoop loop;
    QObject::connect(window.probe(), &KeepAliveProbe::finished, &loop, &QEventLoop::quit);
    window.start();
    loop.exec();
    QApplication::processEvents();
    return window.grab().save(QDir(folder).filePath(u"keepalive.png"_s)) ? 0 : 1;
}
