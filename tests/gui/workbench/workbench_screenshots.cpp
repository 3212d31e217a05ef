// Screenshots of the workbench for people to look at (not a test). Run under Xvfb (a real X
// server, not the offscreen platform), one size, language and theme per run:
//   xvfb-run -a -s '-screen 0 1920x1200x24' build/tests/gui/workbench/workbench_screenshots OUTDIR
//       [--size 1280x720] [--lang de] [--dark]   (one line)
// Four states: a first start (the 5xx Lab's welcome, started), the diagnosis of the lab's 504
// burst (the decision tree with its evidence in words), an imported capture replayed beside
// what was captured, and a 500 that crossed two hops (the hop row above the verdict); then the
// compare windows (with origin; over HTTP/1.1 and HTTP/2), the hop chain's timeouts table, and the
// HTTP/2 frame lane of a stream reset with its tooltip (taken from the screen, which holds the
// tooltip window). Files are named
// <state>-<width>x<height>-<lang>-<light|dark>.png.
#include "WorkbenchFixture.h"
#include "gui/GuiApplication.h"
#include "gui/MainWindow.h"
#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/diagnosis/TimeoutTableDialog.h"
#include "gui/lab/LabPage.h"
#include "gui/lab/LabSession.h"
#include "gui/request/ProbeOptionsEditor.h"
#include "gui/request/RequestEditor.h"
#include "gui/request/UrlLineEdit.h"
#include "gui/response/ResponseView.h"
#include "gui/waterfall/WaterfallBarDelegate.h"
#include "gui/waterfall/WaterfallFilterProxy.h"
#include "gui/waterfall/WaterfallFrameLane.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"
#include "gui/workbench/ExchangeActions.h"
#include "gui/workbench/ExchangePresenter.h"
#include "gui/workbench/OriginCompareDialog.h"
#include "lab/FaultServer.h"
#include "lab/Http2FaultServer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

static void shoot(QWidget *window, const QString &path)
{
    QTest::qWait(500);
    QApplication::processEvents();
    // 256 colours: a UI has few, and the files stay small enough to check in.
    window->grab().toImage().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither).save(path);
    std::printf("%s\n", qPrintable(path));
}

static QString option(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = app.arguments();
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    const bool dark = arguments.contains(u"--dark"_s);
    const QString lang = option(arguments, u"--lang"_s, u"en"_s);
    const QStringList size = option(arguments, u"--size"_s, u"1600x1000"_s).split(u'x');
    const int width = size.value(0).toInt(), height = size.value(1).toInt();
    QDir().mkpath(out);
    QLocale::setDefault(QLocale(lang));
    QTranslator translator;
    if (lang != u"en") {
        // The compiled translation next to the build's binary (the app embeds the same file).
        const QString qm
            = QCoreApplication::applicationDirPath() + u"/../../../translations/gatescope_"_s + lang + u".qm"_s;
        if (!translator.load(qm)) {
            std::fprintf(stderr, "cannot load %s\n", qPrintable(qm));
            return 1;
        }
        QCoreApplication::installTranslator(&translator);
    }
    const QString suffix = u"-%1x%2-%3-%4.png"_s.arg(width).arg(height).arg(lang, dark ? u"dark"_s : u"light"_s);

    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
    QSettings().setValue(u"window/colorScheme"_s, dark ? 2 : 1);
    applyColorScheme(dark ? ColorScheme::Dark : ColorScheme::Light);

    FaultServer server;
    if (!server.start(QHostAddress::LocalHost, false))
        return 1;

    MainWindow window(dir.filePath(u"data"_s));
    window.resize(width, height);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    if (!QTest::qWaitFor([&] { return window.labPage() != nullptr; }, 5000))
        return 1;

    // A first start: the lab's welcome, then the lab started.
    shoot(&window, out + u"/1-welcome"_s + suffix);
    QTest::mouseClick(window.labPage()->startButton(), Qt::LeftButton);
    LabSession *session = window.labPage()->session();
    QSignalSpy runs(session, &LabSession::runsFinished);
    session->runScenario(u"504-too-many-concurrent"_s);
    if (!runs.wait(30000))
        return 1;
    shoot(&window, out + u"/2-lab-504-diagnosis"_s + suffix);

    // An imported capture of the fault server, recorded as a 502, replayed now beside it.
    QByteArray har = makeHar(12, server.url(QString()).toString(QUrl::StripTrailingSlash), 3);
    har.replace("/items/2", "/json");
    const QString path = dir.filePath(u"checkout.har"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(har);
    file.close();
    QSignalSpy imported(&window, &MainWindow::importFinished);
    window.importFiles({ path });
    if (!imported.wait(20000))
        return 1;
    QSignalSpy replayed(&window, &MainWindow::replayFinished);
    window.exchangeActions()->replayAction()->trigger();
    if (!replayed.wait(15000))
        return 1;
    shoot(&window, out + u"/3-replay-beside-capture"_s + suffix);

    // A 500 that crossed two hops (CloudFront, then Google's load balancer, which made it; the
    // response quoted in flynn/flynn#4613): the hop row above the verdict.
    const QString chainPath = dir.filePath(u"cloudfront-gcp-500.txt"_s);
    QFile chainFile(chainPath);
    if (!chainFile.open(QIODevice::WriteOnly))
        return 1;
    chainFile.write(
        "HTTP/2 500\r\ncontent-type: text/html; charset=UTF-8\r\n"
        "server: Google Frontend\r\nx-cache: Error from cloudfront\r\n"
        "via: 1.1 9c90b41a9e5ac2856624d29ed4da4235.cloudfront.net (CloudFront)\r\n"
        "x-amz-cf-pop: IAD89-C3\r\nx-amz-cf-id: CHrDgKOWV7IxtknMYg-6mcCdxsSjWm6inTTy_LL3sliNniEiMQ0UIQ==\r\n\r\n"
        "<html><head>\n<title>500 Server Error</title>\n</head>\n<body text=#000000 bgcolor=#ffffff>\n"
        "<h1>Error: Server Error</h1>\n<h2>The server encountered an error and could not complete your "
        "request.<p>Please try again in 30 seconds.</h2>\n<h2></h2>\n</body></html>\n");
    chainFile.close();
    QSignalSpy chainImported(&window, &MainWindow::importFinished);
    window.importFiles({ chainPath });
    if (!chainImported.wait(20000))
        return 1;
    shoot(&window, out + u"/4-hop-chain"_s + suffix);
    // Its hops' timeouts side by side (Timeouts… under the hop row), over the window.
    window.diagnosisPane()->timeoutsButton()->click();
    if (auto *timeouts = window.diagnosisPane()->findChild<TimeoutTableDialog *>()) {
        shoot(timeouts, out + u"/14-hop-timeouts-table"_s + suffix);
        timeouts->close();
    }

    // The wait bar split by Kong's own timing headers (the answer quoted in Kong/kong#7059, with a
    // recorded wait of 600 ms): hover the bar for the parts and their headers.
    const QString kongPath = dir.filePath(u"kong-502.har"_s);
    QFile kongFile(kongPath);
    if (!kongFile.open(QIODevice::WriteOnly))
        return 1;
    kongFile.write(R"({"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[
        {"startedDateTime":"2021-07-04T12:33:19.000Z","time":604,
         "request":{"method":"GET","url":"http://localhost:8000/","httpVersion":"HTTP/1.1","headers":[]},
         "response":{"status":502,"statusText":"Bad Gateway","httpVersion":"HTTP/1.1","headers":[
           {"name":"Server","value":"openresty"},{"name":"Content-Type","value":"application/json; charset=utf-8"},
           {"name":"X-Kong-Upstream-Latency","value":"574"},{"name":"X-Kong-Proxy-Latency","value":"1"},
           {"name":"Via","value":"kong/2.4.1"}],
           "content":{"size":75,"mimeType":"application/json","text":"{\"message\":\"An invalid response was received from the upstream server\"}"}},
         "cache":{},"timings":{"blocked":-1,"dns":1,"connect":1,"ssl":-1,"send":1,"wait":600,"receive":1},
         "serverIPAddress":"127.0.0.1"}]}})");
    kongFile.close();
    QSignalSpy kongImported(&window, &MainWindow::importFinished);
    window.importFiles({ kongPath });
    if (!kongImported.wait(20000))
        return 1;
    shoot(&window, out + u"/5-wait-split"_s + suffix);

    // Compare with origin: the fault server's nginx-signed 502 as addressed, a refusing port as
    // the origin.
    RequestSpec compared;
    compared.url = server.url(u"/status?code=502&type=text/html&header=Server: nginx/1.22.1&body=<hr><center>"
                              "nginx/1.22.1</center>"_s);
    compared.options.useEnvironmentProxy = false;
    compared.options.proxy = u"none"_s;
    OriginCompareDialog compare(compared, { u"127.0.0.1:%1"_s.arg(FaultServer::refusingPort()) }, &window);
    QSignalSpy comparedSpy(&compare, &OriginCompareDialog::finished);
    compare.show();
    if (!comparedSpy.wait(15000))
        return 1;
    shoot(&compare, out + u"/6-compare-with-origin"_s + suffix);

    // Try over HTTP/1.1 / HTTP/2: the lab's h2 origin refuses the stream over HTTP/2
    // (RST_STREAM REFUSED_STREAM) and answers the same URL over HTTP/1.1.
    Http2FaultServer h2;
    if (!h2.start())
        return 1;
    RequestSpec bothWays;
    bothWays.url = h2.tlsUrl(u"/rst?code=7"_s);
    bothWays.options.useEnvironmentProxy = false;
    bothWays.options.proxy = u"none"_s;
    bothWays.options.verifyTls = false; // the lab's self-signed certificate
    ProtocolCompareDialog protocols(bothWays, &window);
    QSignalSpy protocolsSpy(&protocols, &ProtocolCompareDialog::finished);
    protocols.show();
    if (!protocolsSpy.wait(15000))
        return 1;
    shoot(&protocols, out + u"/13-try-both-protocols"_s + suffix);
    protocols.close();
    compare.close();

    // The HTTP/2 frame lane: the same URL sent from the builder over HTTP/2, the lab's origin
    // sends 200 headers and part of the body, then RST_STREAM INTERNAL_ERROR; the pointer over the
    // reset's mark (its tooltip), the Frames tab below.
    ProbeOptionsEditor *options = window.requestEditor()->optionsEditor();
    // By object name: the accessible names are translated.
    if (auto *protocol = options->findChild<QComboBox *>(u"httpVersion"_s))
        protocol->setCurrentIndex(int(ProbeOptions::HttpVersion::Http2));
    if (auto *verify = options->findChild<QCheckBox *>(u"verifyTls"_s); verify && verify->isChecked())
        verify->click();
    QSignalSpy sent(&window, &MainWindow::runFinished);
    window.requestEditor()->urlEdit()->setText(h2.tlsUrl(u"/rst-mid-body?code=2"_s).toString());
    window.sendAction()->trigger();
    if (!sent.wait(15000))
        return 1;
    window.responseView()->tabs()->setCurrentIndex(ResponseView::FramesTab);
    WaterfallView *waterfall = window.waterfallPanel()->view();
    const int entry = window.waterfallModel()->entryCount() - 1;
    const WaterfallBar bar = window.waterfallModel()->barAt(entry);
    const QList<WaterfallFrameMark> marks
        = WaterfallFrameLane::marks(waterfall->scale(), bar.startMs, bar.frames,
                                    WaterfallBarDelegate::frameMergeDistance(waterfall->fontMetrics()));
    QApplication::processEvents();
    const QRect cell
        = waterfall->visualRect(waterfall->filterProxy()->indexForEntry(entry, WaterfallModel::TimelineColumn));
    const QRect lane = WaterfallBarDelegate::frameLaneRect(cell, waterfall->fontMetrics());
    for (const WaterfallFrameMark &mark : marks) {
        if (mark.kind != WaterfallFrameMark::Kind::Failure)
            continue;
        const QPoint at(waterfall->timelineRect().left() + int(mark.x) + 1, lane.center().y());
        QHelpEvent help(QEvent::ToolTip, at, waterfall->viewport()->mapToGlobal(at));
        QApplication::sendEvent(waterfall->viewport(), &help);
    }
    // The tooltip is a window of its own: take the screen where the window is.
    QTest::qWait(500);
    QApplication::processEvents();
    const QRect frame = window.frameGeometry();
    window.screen()
        ->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        .toImage()
        .convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither)
        .save(out + u"/15-h2-frame-lane"_s + suffix);
    std::printf("%s\n", qPrintable(out + u"/15-h2-frame-lane"_s + suffix));
    return 0;
}
