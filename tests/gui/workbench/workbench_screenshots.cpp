// Screenshots of the workbench's main states, for people to look at (not a test): run under Xvfb,
//   xvfb-run -a -s '-screen 0 1600x1000x24' build/tests/gui/workbench/workbench_screenshots OUTDIR [--dark]
// empty window, a live request, the diagnosis of a live 504 from the 5xx Lab, a 100,000-entry HAR.
#include "WorkbenchFixture.h"
#include "gui/MainWindow.h"
#include "gui/diagnosis/DecisionTreeView.h"
#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/request/RequestEditor.h"
#include "gui/request/UrlLineEdit.h"
#include "gui/waterfall/WaterfallModel.h"
#include "lab/FaultServer.h"
#include "lab/Lab.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPalette>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

static void shoot(QWidget *window, const QString &path)
{
    QTest::qWait(400);
    QApplication::processEvents();
    window->grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    const bool dark = app.arguments().contains(u"--dark"_s);
    const QString suffix = dark ? u"-dark"_s : QString();
    QDir().mkpath(out);
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
        palette.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        palette.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x30));
        palette.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
        palette.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x30));
        palette.setColor(QPalette::ButtonText, QColor(0xdf, 0xe1, 0xe5));
        palette.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6f, 0x72, 0x77));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6f, 0x72, 0x77));
        QApplication::setPalette(palette);
    }
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(u"settings"_s));

    FaultServer server;
    Lab lab;
    if (!server.start(QHostAddress::LocalHost, false) || !lab.start())
        return 1;

    MainWindow window(dir.filePath(u"data"_s));
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTest::qWait(300);
    shoot(&window, out + u"/01-empty"_s + suffix + u".png"_s);

    // A live request: the first byte takes 3 s.
    window.requestEditor()->urlEdit()->setText(server.url(u"/slow-first-byte?ms=3000"_s).toString());
    QSignalSpy finished(&window, &MainWindow::runFinished);
    window.sendRequest();
    QTest::qWait(1600);
    shoot(&window, out + u"/02-live-request"_s + suffix + u".png"_s);
    finished.wait(10000);

    // The diagnosis of a live 504 from the lab's gateway.
    if (const LabScenario *scenario = lab.scenario(u"504-origin-silent")) {
        window.requestEditor()->setRequest(scenario->request);
        window.sendRequest();
        finished.wait(15000);
        shoot(&window, out + u"/03-diagnosis-504"_s + suffix + u".png"_s);
    }

    // A large HAR: 100,000 entries, every seventh a 502.
    const QString har = dir.filePath(u"large.har"_s);
    QFile file(har);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(makeHar(100000, u"https://shop.example.test"_s, 7));
    file.close();
    QSignalSpy imported(&window, &MainWindow::importFinished);
    window.importFiles({ har });
    imported.wait(120000);
    QTest::qWait(500);
    shoot(&window, out + u"/04-large-har"_s + suffix + u".png"_s);
    return 0;
}
