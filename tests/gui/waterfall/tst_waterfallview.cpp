// WaterfallView, its axis header, legend and panel, painted on the offscreen platform: live bars
// grow, markers sit where the scale says, failures are marked, zoom/pan/selection by mouse and keys.
#include "WaterfallFixtures.h"
#include "gui/waterfall/WaterfallAxisHeader.h"
#include "gui/waterfall/WaterfallBarDelegate.h"
#include "gui/waterfall/WaterfallColors.h"
#include "gui/waterfall/WaterfallFilterProxy.h"
#include "gui/waterfall/WaterfallLegend.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"
#include "model/Phases.h"
#include "model/RequestSpec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Gatescope::Gui::Fixtures;
using namespace Qt::StringLiterals;

namespace {

// Pixels of exactly this colour inside rect of image (device-independent rect).
int countColor(const QImage &image, const QRect &rect, const QColor &color)
{
    const qreal ratio = image.devicePixelRatio();
    const QRect area = QRect(rect.topLeft() * ratio, rect.size() * ratio).intersected(image.rect());
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
    }
    return count;
}

// Counts paint events of a widget: one per frame.
class PaintCounter : public QObject
{
public:
    int frames = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++frames;
        return false;
    }
};

class CountingBarDelegate : public WaterfallBarDelegate
{
public:
    using WaterfallBarDelegate::WaterfallBarDelegate;
    mutable int painted = 0;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++painted;
        WaterfallBarDelegate::paint(painter, option, index);
    }
};

// A view over a small capture that starts "now", shown offscreen.
struct ViewFixture
{
    WaterfallModel model;
    WaterfallView view;

    ViewFixture()
    {
        view.resize(1000, 420);
        view.setWaterfallModel(&model);
    }
    // Shown, with no current row: the style tints the focused current row, which would change
    // the colours the pixel checks look for.
    bool show()
    {
        view.show();
        const bool exposed = QTest::qWaitForWindowExposed(&view);
        view.selectionModel()->clearCurrentIndex();
        return exposed;
    }
    static QList<Exchange> gatewayTimeoutCapture(const QDateTime &start)
    {
        QList<Exchange> list;
        list << makeExchange("GET", u"https://shop.example.com/"_s, 200, 0, timings(0.3, 12, 18, 35, 0.4, 90, 25));
        list << makeExchange("POST", u"https://api.example.com/checkout"_s, 504, 200,
                             timings(0.2, -1, -1, -1, 1.2, 60010, 2));
        list << makeExchange("GET", u"https://cdn.example.net/app.js"_s, 200, 400,
                             timings(0.1, 4, 9, 20, 0.2, 40, 300));
        for (Exchange &exchange : list)
            exchange.startedAt = start.addMSecs(origin().msecsTo(exchange.startedAt));
        return list;
    }
    QRect cellRect(int entry, int column) const
    {
        return view.visualRect(view.filterProxy()->indexForEntry(entry, column));
    }
};

} // namespace

class tst_WaterfallView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void liveBarGrowsWhileAPhaseIsUnderWay();
    void liveRowsRepaintAtLeast30TimesPerSecond();
    void timerRunsOnlyWhileSomethingIsLive();
    void axisRescalesAsTheLiveRequestGrows();
    void markerLinesAreDrawnAtTheScalePosition();
    void requestTimeoutMarkerHasItsOwnColour();
    void gatewayTimeoutsDefaultToTheFingerprintData();
    void runMarkerStaysWhicheverListIsSetLast_data();
    void runMarkerStaysWhicheverListIsSetLast();
    void failedRowsAreMarked();
    void onlyVisibleRowsArePainted();
    void ctrlWheelZoomsAroundThePointer();
    void keyboardZoomsPansAndResets();
    void selectingARowAnnouncesItsEntry();
    void selectEntryFromElsewhereShowsTheRow();
    void darkPaletteUsesTheDarkPhaseColours();
    void legendShowsEveryPhaseColour();
    void legendExplainsTheFrameLaneWhileARowHasOne();
    void lightPaletteUsesTheReportsBaseColours();
    void panelFiltersDriveTheProxy();
    void widgetsHaveAccessibleNames();
};

void tst_WaterfallView::liveBarGrowsWhileAPhaseIsUnderWay()
{
    ViewFixture f;
    // A finished 2 s exchange sets the axis; the live one starts inside it.
    Exchange longOne = makeExchange("GET", u"https://slow.example/"_s, 200, 0, timings(-1, -1, -1, -1, 1, 1990, 9));
    longOne.startedAt = QDateTime::currentDateTimeUtc();
    f.model.appendExchange(longOne);
    QVERIFY(f.show());
    RequestSpec request;
    request.url = QUrl(u"https://live.example/wait"_s);
    const int entry = f.model.beginLiveExchange(request);
    f.model.livePhaseStarted(0, Phase::Connect, 0);
    f.model.livePhaseFinished(0, Phase::Connect, 5);
    f.model.livePhaseStarted(0, Phase::Wait, 5);
    QVERIFY(f.view.isAnimating());

    const QColor wait = WaterfallColors(f.view.palette()).phase(Phase::Wait);
    QTest::qWait(150);
    const QRect cell = f.cellRect(entry, WaterfallModel::TimelineColumn);
    QVERIFY(cell.isValid());
    const int early = countColor(f.view.viewport()->grab().toImage(), cell, wait);
    QTest::qWait(400);
    const int later = countColor(f.view.viewport()->grab().toImage(), cell, wait);
    QVERIFY2(early > 0, "the wait phase under way should already show");
    QVERIFY2(later > early * 2, qPrintable(u"live wait bar should grow: %1 → %2 pixels"_s.arg(early).arg(later)));
    // The first (finished) row did not change.
    f.model.liveFinished({});
    QVERIFY(!f.view.isAnimating());
}

void tst_WaterfallView::liveRowsRepaintAtLeast30TimesPerSecond()
{
    ViewFixture f;
    QVERIFY(f.show());
    PaintCounter counter;
    f.view.viewport()->installEventFilter(&counter);
    f.model.beginLiveExchange(RequestSpec {});
    f.model.livePhaseStarted(0, Phase::Wait, 0);
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(1000);
    const double fps = counter.frames * 1000.0 / double(clock.elapsed());
    QVERIFY2(fps >= 30, qPrintable(u"%1 frames per second while live"_s.arg(fps)));
    f.model.liveFinished({});
}

void tst_WaterfallView::timerRunsOnlyWhileSomethingIsLive()
{
    ViewFixture f;
    QVERIFY(f.show());
    QVERIFY(!f.view.isAnimating());
    f.model.appendExchanges(ViewFixture::gatewayTimeoutCapture(QDateTime::currentDateTimeUtc()));
    QVERIFY2(!f.view.isAnimating(), "finished exchanges need no frames");
    f.model.beginLiveExchange(RequestSpec {});
    QVERIFY(f.view.isAnimating());
    f.model.liveFinished({});
    QVERIFY(!f.view.isAnimating());
    // A model set while live starts the frames at once.
    WaterfallModel liveModel;
    liveModel.beginLiveExchange(RequestSpec {});
    f.view.setWaterfallModel(&liveModel);
    QVERIFY(f.view.isAnimating());
}

void tst_WaterfallView::axisRescalesAsTheLiveRequestGrows()
{
    ViewFixture f;
    QVERIFY(f.show());
    QSignalSpy range(&f.view, &WaterfallView::visibleTimeRangeChanged);
    f.model.beginLiveExchange(RequestSpec {});
    f.model.livePhaseStarted(0, Phase::Wait, 0);
    QCOMPARE(f.view.scale().visibleEndMs(), WaterfallScale::InitialVisibleMs);
    QTRY_VERIFY_WITH_TIMEOUT(f.view.scale().visibleEndMs() > WaterfallScale::InitialVisibleMs, 2000);
    QVERIFY(!range.isEmpty());
    QVERIFY(f.view.scale().visibleEndMs() >= f.model.liveElapsedMs() - 50);
    f.model.liveFinished({});
}

void tst_WaterfallView::markerLinesAreDrawnAtTheScalePosition()
{
    ViewFixture f;
    f.model.appendExchanges(ViewFixture::gatewayTimeoutCapture(QDateTime::currentDateTimeUtc()));
    f.view.setGatewayTimeouts({ { u"Envoy"_s, 15000, WaterfallMarker::Kind::GatewayTimeout },
                                { u"nginx"_s, 60000, WaterfallMarker::Kind::GatewayTimeout },
                                { u"Cloudflare"_s, 100000, WaterfallMarker::Kind::GatewayTimeout } });
    QVERIFY(f.show());
    QCOMPARE(f.view.scale().visibleEndMs(), 70000.);
    const QImage image = f.view.viewport()->grab().toImage();
    const QColor line = WaterfallColors(f.view.palette()).gatewayTimeoutMarker();
    const QRect area = f.view.timelineRect();
    // Below the three rows the viewport is empty but for the marker lines.
    const int top = f.cellRect(2, 0).bottom() + 2;
    for (double time : { 15000.0, 60000.0 }) {
        const int x = int(std::round(area.left() + f.view.scale().xForTime(time)));
        const QRect column(x, top, 1, area.height() - top);
        const int onLine = countColor(image, column, line);
        QVERIFY2(onLine >= column.height() / 3,
                 qPrintable(
                     u"marker at %1 ms: %2 of %3 pixels at x=%4"_s.arg(time).arg(onLine).arg(column.height()).arg(x)));
        QCOMPARE(countColor(image, column.translated(4, 0), line), 0);
    }
    // The header shows the markers too (a triangle at the same x).
    const QImage header = f.view.header()->grab().toImage();
    const int x15 = int(std::round(area.left() + f.view.scale().xForTime(15000)));
    QVERIFY(countColor(header, QRect(x15 - 2, 0, 5, f.view.header()->height()), line) > 0);
    QVERIFY2(f.view.header()->sizeHint().height() >= 2 * f.view.fontMetrics().height(),
             "the axis needs a line for ticks and one for marker labels");
}

void tst_WaterfallView::requestTimeoutMarkerHasItsOwnColour()
{
    ViewFixture f;
    f.model.appendExchanges(ViewFixture::gatewayTimeoutCapture(QDateTime::currentDateTimeUtc()));
    ProbeOptions options;
    options.firstByteTimeoutMs = 30000;
    f.view.setRequestTimeout(options);
    QVERIFY(f.show());
    const QColor own = WaterfallColors(f.view.palette()).requestTimeoutMarker();
    const QRect area = f.view.timelineRect();
    const int x = int(std::round(area.left() + f.view.scale().xForTime(30000)));
    const int top = f.cellRect(2, 0).bottom() + 2;
    QVERIFY(countColor(f.view.viewport()->grab().toImage(), QRect(x, top, 1, area.height() - top), own)
            > area.height() / 2);
    const auto ownMarkers = [&f] {
        QStringList names;
        for (const WaterfallMarker &marker : f.view.scale().markers()) {
            if (marker.kind == WaterfallMarker::Kind::RequestTimeout)
                names.append(u"%1@%2"_s.arg(marker.name).arg(marker.timeMs));
        }
        return names;
    };
    QCOMPARE(ownMarkers(), QStringList { u"your first-byte timeout@30000"_s });
    f.view.clearRequestTimeout();
    QVERIFY(ownMarkers().isEmpty());
    QCOMPARE(f.view.scale().markers().size(), f.view.gatewayTimeouts().size());
}

void tst_WaterfallView::gatewayTimeoutsDefaultToTheFingerprintData()
{
    WaterfallView view;
    const QList<WaterfallMarker> defaults = view.gatewayTimeouts();
    QCOMPARE(defaults, WaterfallView::defaultGatewayTimeouts());
    QStringList found;
    for (const WaterfallMarker &marker : defaults) {
        QCOMPARE(marker.kind, WaterfallMarker::Kind::GatewayTimeout);
        if (marker.name.contains(u"nginx"_s, Qt::CaseInsensitive) && marker.timeMs == 60000)
            found.append(u"nginx"_s);
        if (marker.name.contains(u"Cloudflare"_s, Qt::CaseInsensitive) && marker.timeMs == 100000)
            found.append(u"Cloudflare"_s);
    }
    QVERIFY2(
        found.contains(u"nginx"_s) && found.contains(u"Cloudflare"_s),
        qPrintable(u"defaults should hold nginx 60 s and Cloudflare 100 s; found %1 markers"_s.arg(defaults.size())));
    view.setGatewayTimeouts({});
    QVERIFY(view.scale().markers().isEmpty());
}

void tst_WaterfallView::runMarkerStaysWhicheverListIsSetLast_data()
{
    QTest::addColumn<bool>("gatewayLast");
    QTest::newRow("gateway timeouts applied after the run began") << true;
    QTest::newRow("run began after the gateway timeouts") << false;
}

void tst_WaterfallView::runMarkerStaysWhicheverListIsSetLast()
{
    // Given a view without its gateway timeouts yet (the main window applies them after its first frame)
    QFETCH(bool, gatewayLast);
    WaterfallView view(nullptr, WaterfallView::InitialGatewayTimeouts::SetLater);
    const WaterfallMarker lab { u"gatescope-lab read timeout"_s, 2000, WaterfallMarker::Kind::GatewayTimeout };
    const QList<WaterfallMarker> gateways { { u"nginx"_s, 60000, WaterfallMarker::Kind::GatewayTimeout },
                                            { u"Envoy"_s, 15000, WaterfallMarker::Kind::GatewayTimeout } };

    // When a run shows its marker and the gateway timeouts are applied, in either order
    if (gatewayLast) {
        view.setRunMarkers({ lab });
        view.setGatewayTimeouts(gateways);
    } else {
        view.setGatewayTimeouts(gateways);
        view.setRunMarkers({ lab });
    }

    // Then both are drawn, each list keeps its own, and taking the run's away leaves the gateways'
    const auto names = [&view] {
        QStringList found;
        for (const WaterfallMarker &marker : view.scale().markers())
            found.append(marker.name);
        found.sort();
        return found;
    };
    QCOMPARE(names(), (QStringList { u"Envoy"_s, u"gatescope-lab read timeout"_s, u"nginx"_s }));
    QCOMPARE(view.gatewayTimeouts(), gateways);
    QCOMPARE(view.runMarkers(), QList<WaterfallMarker> { lab });
    view.setRunMarkers({});
    QCOMPARE(names(), (QStringList { u"Envoy"_s, u"nginx"_s }));
    QCOMPARE(view.gatewayTimeouts(), gateways);
}

void tst_WaterfallView::failedRowsAreMarked()
{
    ViewFixture f;
    f.model.appendExchanges(ViewFixture::gatewayTimeoutCapture(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.show());
    const QImage image = f.view.viewport()->grab().toImage();
    const QColor failure = WaterfallColors(f.view.palette()).failure();
    QVERIFY2(countColor(image, f.cellRect(1, WaterfallModel::StatusColumn), failure) > 0,
             "the 504's status is not marked");
    QVERIFY2(countColor(image, f.cellRect(1, WaterfallModel::TimelineColumn), failure) > 0,
             "the 504's bar has no failure cap");
    QCOMPARE(countColor(image, f.cellRect(0, WaterfallModel::StatusColumn), failure), 0);
    QCOMPARE(countColor(image, f.cellRect(0, WaterfallModel::TimelineColumn), failure), 0);
    // Every phase of the first row shows in its colour.
    const WaterfallColors colors(f.view.palette());
    f.view.setVisibleTimeRange(0, 300);
    const QImage zoomed = f.view.viewport()->grab().toImage();
    for (Phase phase : BarPhases)
        QVERIFY2(countColor(zoomed, f.cellRect(0, WaterfallModel::TimelineColumn), colors.phase(phase)) > 0,
                 qPrintable(u"phase %1 not painted"_s.arg(phaseId(phase))));
}

void tst_WaterfallView::onlyVisibleRowsArePainted()
{
    ViewFixture f;
    auto *delegate = new CountingBarDelegate(&f.view.scale(), &f.view);
    f.view.setItemDelegateForColumn(WaterfallModel::TimelineColumn, delegate);
    f.model.appendExchanges(largeCapture(100000));
    QVERIFY(f.show());
    delegate->painted = 0;
    f.view.viewport()->repaint();
    const int visibleRows
        = f.view.viewport()->height() / std::max(1, f.view.visualRect(f.view.model()->index(0, 0)).height()) + 2;
    QVERIFY2(delegate->painted > 0 && delegate->painted <= visibleRows,
             qPrintable(u"%1 bars painted for %2 visible rows"_s.arg(delegate->painted).arg(visibleRows)));
    f.view.verticalScrollBar()->setValue(f.view.verticalScrollBar()->maximum());
    delegate->painted = 0;
    f.view.viewport()->repaint();
    QVERIFY(delegate->painted > 0 && delegate->painted <= visibleRows);
}

void tst_WaterfallView::ctrlWheelZoomsAroundThePointer()
{
    ViewFixture f;
    f.model.appendExchanges(ViewFixture::gatewayTimeoutCapture(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.show());
    const QRect area = f.view.timelineRect();
    const QPointF pos(area.left() + area.width() * 0.25, 10);
    const double timeUnderPointer = f.view.scale().timeForX(pos.x() - area.left());
    QWheelEvent zoomIn(pos, f.view.viewport()->mapToGlobal(pos), {}, { 0, 120 }, Qt::NoButton, Qt::ControlModifier,
                       Qt::NoScrollPhase, false);
    QApplication::sendEvent(f.view.viewport(), &zoomIn);
    QCOMPARE(f.view.scale().visibleDurationMs(), 70000 / 1.25);
    const double timeAfter = f.view.scale().timeForX(pos.x() - area.left());
    QVERIFY2(qAbs(timeAfter - timeUnderPointer) < 1e-6,
             qPrintable(u"time under the pointer moved from %1 to %2 ms"_s.arg(timeUnderPointer).arg(timeAfter)));
    QVERIFY(!f.view.scale().isFollowingData());

    const double startBefore = f.view.scale().visibleStartMs();
    QWheelEvent pan(pos, f.view.viewport()->mapToGlobal(pos), {}, { 0, -120 }, Qt::NoButton, Qt::ShiftModifier,
                    Qt::NoScrollPhase, false);
    QApplication::sendEvent(f.view.viewport(), &pan);
    QVERIFY2(f.view.scale().visibleStartMs() > startBefore, "Shift+wheel should pan later");

    const int scrollBefore = f.view.verticalScrollBar()->value();
    QWheelEvent plain(pos, f.view.viewport()->mapToGlobal(pos), {}, { 0, -120 }, Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(f.view.viewport(), &plain);
    QCOMPARE(f.view.verticalScrollBar()->value(), scrollBefore); // three rows: nothing to scroll
    QCOMPARE(f.view.scale().visibleDurationMs(), 70000 / 1.25); // and no zoom
}

void tst_WaterfallView::keyboardZoomsPansAndResets()
{
    ViewFixture f;
    f.model.appendExchanges(ViewFixture::gatewayTimeoutCapture(QDateTime::currentDateTimeUtc()));
    QVERIFY(f.show());
    f.view.setFocus();
    QTest::keyClick(&f.view, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(f.view.scale().visibleDurationMs(), 70000 / 1.5);
    QTest::keyClick(&f.view, Qt::Key_Right, Qt::ControlModifier);
    QVERIFY(f.view.scale().visibleStartMs() > 0);
    QTest::keyClick(&f.view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(f.view.scale().isFollowingData());
    QTest::keyClick(&f.view, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(!f.view.scale().isFollowingData());
    QTest::keyClick(&f.view, Qt::Key_0, Qt::ControlModifier);
    QVERIFY(f.view.scale().isFollowingData());
    QCOMPARE(f.view.scale().visibleEndMs(), 70000.);
}

void tst_WaterfallView::selectingARowAnnouncesItsEntry()
{
    ViewFixture f;
    QList<Exchange> capture = ViewFixture::gatewayTimeoutCapture(QDateTime::currentDateTimeUtc());
    capture.insert(
        1, makeExchange("GET", u"https://www.example.com/"_s, 200, 50, timings(0, 1, 1, 1, 1, 10, 1), Outcome::Ok, 1));
    f.model.appendExchanges(capture); // entries: 0 request, 1 its redirect hop, 2 the 504, 3 app.js
    QVERIFY(f.show());
    QSignalSpy selected(&f.view, &WaterfallView::entrySelected);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, f.cellRect(2, WaterfallModel::HostColumn).center());
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.last().at(0).toInt(), 2);
    QCOMPARE(f.view.currentEntry(), 2);
    // Keyboard: up goes to the hop shown under the first request (expanded on insert).
    f.view.setFocus();
    QTest::keyClick(&f.view, Qt::Key_Up);
    QCOMPARE(selected.last().at(0).toInt(), 1);
    QTest::keyClick(&f.view, Qt::Key_End);
    QCOMPARE(selected.last().at(0).toInt(), 3);
}

void tst_WaterfallView::selectEntryFromElsewhereShowsTheRow()
{
    ViewFixture f;
    f.model.appendExchanges(largeCapture(5000));
    QVERIFY(f.show());
    QSignalSpy selected(&f.view, &WaterfallView::entrySelected);
    f.view.selectEntry(4200);
    QCOMPARE(selected.last().at(0).toInt(), 4200);
    QVERIFY2(f.view.viewport()->rect().intersects(f.cellRect(4200, 0)), "the selected row was not scrolled into view");
    // Through a filter: a hidden entry cannot be selected, a visible one maps through the proxy.
    f.view.filterProxy()->setFailuresOnly(true);
    f.view.selectEntry(4);
    QCOMPARE(f.view.currentEntry() == 4, false);
    f.view.selectEntry(96);
    QCOMPARE(f.view.currentEntry(), 96);
    QCOMPARE(f.view.currentIndex().row(), 0);
    f.view.selectEntry(-1);
    QVERIFY(f.view.selectionModel()->selectedRows().isEmpty());
}

void tst_WaterfallView::darkPaletteUsesTheDarkPhaseColours()
{
    ViewFixture f;
    f.model.appendExchanges(ViewFixture::gatewayTimeoutCapture(QDateTime::currentDateTimeUtc()));
    QPalette dark = f.view.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2c));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x32));
    f.view.setPalette(dark);
    QVERIFY(f.show());
    const WaterfallColors light { QPalette(Qt::white) };
    const WaterfallColors darkColors(dark);
    QVERIFY(darkColors.isDark());
    QVERIFY(!light.isDark());
    QVERIFY(darkColors.phase(Phase::Wait) != light.phase(Phase::Wait));
    QVERIFY2(darkColors.phase(Phase::Wait).lightnessF() > light.phase(Phase::Wait).lightnessF(),
             "on a dark base the bars must be lighter");
    f.view.setVisibleTimeRange(0, 300);
    const QImage image = f.view.viewport()->grab().toImage();
    QVERIFY(countColor(image, f.cellRect(0, WaterfallModel::TimelineColumn), darkColors.phase(Phase::Wait)) > 0);
    QCOMPARE(countColor(image, f.cellRect(0, WaterfallModel::TimelineColumn), light.phase(Phase::Wait)), 0);
}

void tst_WaterfallView::legendShowsEveryPhaseColour()
{
    WaterfallLegend legend;
    legend.resize(legend.sizeHint());
    legend.show();
    QVERIFY(QTest::qWaitForWindowExposed(&legend));
    const QImage image = legend.grab().toImage();
    const WaterfallColors colors(legend.palette());
    for (Phase phase : BarPhases)
        QVERIFY2(countColor(image, legend.rect(), colors.phase(phase)) > 0, qPrintable(phaseId(phase)));
    QVERIFY2(legend.heightForWidth(legend.sizeHint().width() / 3) > legend.sizeHint().height(),
             "a narrow legend wraps onto more lines");
}

void tst_WaterfallView::legendExplainsTheFrameLaneWhileARowHasOne()
{
    // Given the waterfall of an HTTP/1.1 capture: no row has a frame lane
    WaterfallModel model;
    WaterfallPanel panel;
    panel.resize(1000, 500);
    panel.setWaterfallModel(&model);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    model.appendExchanges(ViewFixture::gatewayTimeoutCapture(start));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    WaterfallLegend *legend = panel.legend();
    const WaterfallColors colors(legend->palette());
    const QColor reset = colors.frame(WaterfallFrameMark::Kind::Failure);
    const int plainWidth = legend->sizeHint().width();
    QVERIFY(!legend->showsFrameLane());
    QCOMPARE(countColor(legend->grab().toImage(), legend->rect(), reset), 0);
    QVERIFY(!legend->accessibleDescription().contains(u"HTTP/2"_s));

    // When an HTTP/2 exchange whose stream was reset joins it
    Exchange h2 = ViewFixture::gatewayTimeoutCapture(start).constFirst();
    h2.protocol = u"h2"_s;
    Http2Frame headers;
    headers.type = u"HEADERS"_s;
    headers.streamId = 1;
    headers.atMs = 1;
    Http2Frame rst = headers;
    rst.type = u"RST_STREAM"_s;
    rst.errorCode = u"REFUSED_STREAM"_s;
    rst.atMs = 2;
    h2.frames = { headers, rst };
    model.appendExchanges({ h2 });

    // Then the legend has an entry for the lane, drawn with the lane's own marks (the reset in
    // the failure colour), and its description and tooltip say how to read the marks
    QTRY_VERIFY(legend->showsFrameLane());
    QVERIFY2(legend->sizeHint().width() > plainWidth, "the lane's entry takes room in the legend");
    QVERIFY2(countColor(legend->grab().toImage(), legend->rect(), reset) > 0, "the reset mark is painted");
    QVERIFY2(legend->accessibleDescription().contains(u"HTTP/2"_s), qPrintable(legend->accessibleDescription()));
    QVERIFY(legend->toolTip().contains(u"RST_STREAM"_s) || legend->toolTip().contains(u"reset"_s));

    // and it goes when the rows do
    model.clear();
    QTRY_VERIFY(!legend->showsFrameLane());
    QCOMPARE(legend->sizeHint().width(), plainWidth);
}

void tst_WaterfallView::lightPaletteUsesTheReportsBaseColours()
{
    // The window and the HTML/PDF reports paint a phase in the same colour on a light base.
    const WaterfallColors light { QPalette(Qt::white) };
    for (Phase phase : BarPhases)
        QVERIFY2(light.phase(phase).rgb() == (QRgb(phaseBaseColor(phase)) | 0xff000000u), qPrintable(phaseId(phase)));
}

void tst_WaterfallView::panelFiltersDriveTheProxy()
{
    WaterfallModel model;
    WaterfallPanel panel;
    panel.resize(1000, 500);
    panel.setWaterfallModel(&model);
    model.appendExchanges(ViewFixture::gatewayTimeoutCapture(QDateTime::currentDateTimeUtc()));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    WaterfallFilterProxy *proxy = panel.view()->filterProxy();

    QCOMPARE(panel.hostFilter()->count(), 4); // "All hosts" + three
    panel.hostFilter()->setCurrentIndex(panel.hostFilter()->findText(u"api.example.com"_s));
    QCOMPARE(proxy->host(), u"api.example.com"_s);
    QCOMPARE(proxy->rowCount(), 1);
    panel.hostFilter()->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), 3);

    QTest::keyClicks(panel.textFilter(), u"app.js"_s);
    QTRY_COMPARE(proxy->text(), u"app.js"_s);
    QCOMPARE(proxy->rowCount(), 1);
    panel.textFilter()->clear();
    QTRY_COMPARE(proxy->rowCount(), 3);

    panel.failuresOnlyFilter()->click();
    QVERIFY(proxy->failuresOnly());
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, WaterfallModel::StatusColumn).data().toString(), u"504"_s);
}

void tst_WaterfallView::widgetsHaveAccessibleNames()
{
    WaterfallPanel panel;
    QVERIFY(!panel.view()->accessibleName().isEmpty());
    QVERIFY(!panel.view()->accessibleDescription().isEmpty());
    QVERIFY(!panel.view()->header()->accessibleName().isEmpty());
    QVERIFY(!panel.legend()->accessibleName().isEmpty());
    QVERIFY(!panel.textFilter()->accessibleName().isEmpty());
    QVERIFY(!panel.hostFilter()->accessibleName().isEmpty());
    QVERIFY(!panel.failuresOnlyFilter()->text().isEmpty());
}

QTEST_MAIN(tst_WaterfallView)
#include "tst_waterfallview.moc"
