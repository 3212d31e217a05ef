// Writes a screenshot of the Ramp window for a person to look at (not a test): a real ramp from 1
// to 8 in flight against the lab gateway with a concurrency limit of 4 in front of the lab's fault
// origin (answers after 150 ms) on loopback; the knee is marked at 5 with capacity.overloaded.
//   QT_QPA_PLATFORM=offscreen build/tests/gui/ramp/ramp_screenshot /tmp   → /tmp/ramp.png
// With a second argument "open-loop": the open loop from 10 to 40 requests a second by 10 against
// the same limit (4 in flight at 150 ms: about 27 a second), the knee marked at 30 a second.
//   … ramp_screenshot /tmp open-loop   → /tmp/ramp-open-loop.png
#include "diagnosis/Diagnoser.h"
#include "gui/ramp/RampWindow.h"
#include "lab/FaultServer.h"
#include "lab/LabGateway.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEventLoop>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    const bool openLoop = argc > 2 && QByteArrayView(argv[2]) == "open-loop";
    FaultServer origin;
    if (!origin.start(QHostAddress::LocalHost, false))
        return 1;
    LabGateway::Config config;
    config.upstreams = { { u"127.0.0.1"_s, origin.port() } };
    config.maxConcurrent = 4;
    LabGateway gateway(config);
    if (!gateway.listen())
        return 1;
    RequestSpec request;
    request.url = QUrl(gateway.baseUrl() + u"/slow-first-byte?ms=150"_s);
    request.headers.append(HeaderField { "Accept", "application/json" });
    request.options.useEnvironmentProxy = false;
    const Diagnoser diagnoser;
    RampWindow window(request, diagnoser);
    window.resize(1280, 720);
    window.show();
    window.findChild<QCheckBox *>(u"rampOpenLoop"_s)->setChecked(openLoop);
    window.findChild<QSpinBox *>(u"rampFrom"_s)->setValue(openLoop ? 10 : 1);
    window.findChild<QSpinBox *>(u"rampTo"_s)->setValue(openLoop ? 40 : 8);
    window.findChild<QSpinBox *>(u"rampStep"_s)->setValue(openLoop ? 10 : 1);
    window.findChild<QSpinBox *>(u"rampHold"_s)->setValue(2);
    window.findChild<QSpinBox *>(u"rampMaxRequests"_s)->setValue(800);
    QEventLoop loop;
    QObject::connect(window.runner(), &RampRunner::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    window.start();
    loop.exec();
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(openLoop ? u"ramp-open-loop.png"_s : u"ramp.png"_s);
    return window.grab().save(path) ? 0 : 1;
}
