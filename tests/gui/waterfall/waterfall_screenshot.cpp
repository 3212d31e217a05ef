// Writes screenshots of the waterfall for a person to look at (not a test):
//   QT_QPA_PLATFORM=offscreen build-x/tests/gui/waterfall/waterfall_screenshot /tmp
//   xvfb-run -a build-x/tests/gui/waterfall/waterfall_screenshot /tmp
// → /tmp/waterfall-light.png, -dark.png, -live.png, -large.png, -filtered.png
#include "WaterfallFixtures.h"
#include "gui/waterfall/WaterfallFilterProxy.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"
#include "model/RequestSpec.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Gatescope::Gui::Fixtures;
using namespace Qt::StringLiterals;

namespace {

QList<Exchange> checkoutSession()
{
    QList<Exchange> list;
    list << makeExchange("GET", u"http://shop.example.com/"_s, 301, 0, timings(0.4, 14, 22, -1, 0.3, 41, 0.5));
    list << makeExchange("GET", u"https://www.shop.example.com/"_s, 200, 80, timings(0.2, 9, 19, 44, 0.4, 120, 38),
                         Outcome::Ok, 1);
    list << makeExchange("GET", u"https://cdn.shop.example.com/app.3f9c.js"_s, 200, 320,
                         timings(0.3, 11, 17, 39, 0.2, 35, 410));
    list << makeExchange("GET", u"https://cdn.shop.example.com/styles.css"_s, 200, 325,
                         timings(1.5, -1, -1, -1, 0.2, 31, 64));
    list << makeExchange("GET", u"https://api.shop.example.com/v2/cart"_s, 200, 900,
                         timings(0.3, 8, 21, 47, 0.6, 210, 4));
    list << makeExchange("POST", u"https://api.shop.example.com/v2/checkout"_s, 504, 1400,
                         timings(0.2, -1, -1, -1, 2.1, 60003, 1.2));
    list << makeExchange("GET", u"https://api.shop.example.com/v2/recommendations"_s, 502, 1500,
                         timings(0.2, -1, -1, -1, 0.4, 15001, 0.8));
    list << makeExchange("GET", u"https://metrics.example.org/collect"_s, 0, 1600,
                         timings(0.1, 6, -1, -1, -1, -1, -1, 3015), Outcome::Refused);
    list.last().transport.detail = u"connection refused by 203.0.113.9:443"_s;
    return list;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x33, 0x33, 0x36));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x33, 0x36));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x58));
    p.setColor(QPalette::Light, QColor(0x48, 0x48, 0x4b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    return p;
}

bool save(QWidget &widget, const QString &path)
{
    QApplication::processEvents();
    const bool ok = widget.grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "could not write ") << path << '\n';
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath());
    bool ok = true;

    WaterfallModel model;
    model.appendExchanges(checkoutSession());
    WaterfallPanel panel;
    panel.resize(1280, 420);
    panel.setWaterfallModel(&model);
    // Gateway timeout markers: the view's defaults, from the fingerprint data.
    ProbeOptions options; // default first-byte timeout: 60 s
    options.firstByteTimeoutMs = 90000;
    panel.view()->setRequestTimeout(options);
    panel.show();
    panel.view()->selectEntry(5);
    ok &= save(panel, out.filePath(u"waterfall-light.png"_s));

    panel.setPalette(darkPalette());
    ok &= save(panel, out.filePath(u"waterfall-dark.png"_s));
    panel.setPalette(QApplication::palette());

    panel.failuresOnlyFilter()->setChecked(true);
    ok &= save(panel, out.filePath(u"waterfall-filtered.png"_s));
    panel.failuresOnlyFilter()->setChecked(false);

    // Live: a fresh timeline with one request in its wait phase.
    WaterfallModel liveModel;
    panel.setWaterfallModel(&liveModel);
    panel.view()->clearRequestTimeout();
    RequestSpec request;
    request.method = "POST";
    request.url = QUrl(u"https://api.shop.example.com/v2/checkout"_s);
    liveModel.beginLiveExchange(request);
    liveModel.livePhaseStarted(0, Phase::Dns, 0);
    QElapsedTimer clock;
    clock.start();
    auto waitUntil = [&](qint64 ms) {
        while (clock.elapsed() < ms)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
    };
    waitUntil(40);
    liveModel.livePhaseFinished(0, Phase::Dns, 40);
    liveModel.livePhaseStarted(0, Phase::Connect, 40);
    waitUntil(90);
    liveModel.livePhaseFinished(0, Phase::Connect, 90);
    liveModel.livePhaseStarted(0, Phase::Tls, 90);
    waitUntil(180);
    liveModel.livePhaseFinished(0, Phase::Tls, 180);
    liveModel.livePhaseStarted(0, Phase::Send, 180);
    liveModel.livePhaseFinished(0, Phase::Send, 182);
    liveModel.livePhaseStarted(0, Phase::Wait, 182);
    waitUntil(1300);
    ok &= save(panel, out.filePath(u"waterfall-live.png"_s));
    liveModel.liveFinished({});

    // A large capture, zoomed into its first second.
    WaterfallModel largeModel;
    largeModel.appendExchanges(largeCapture(100000));
    panel.setWaterfallModel(&largeModel);
    panel.view()->setVisibleTimeRange(0, 1000);
    ok &= save(panel, out.filePath(u"waterfall-large.png"_s));
    return ok ? 0 : 1;
}
