// WaterfallScale without a window: time ↔ x, zoom, pan, following growing data, ticks, markers.
#include "gui/waterfall/WaterfallScale.h"

#include <QLocale>
#include <QTest>

using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

class tst_WaterfallScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void mapsTimeToXAndBack_data();
    void mapsTimeToXAndBack();
    void followsGrowingDataInNiceSteps_data();
    void followsGrowingDataInNiceSteps();
    void zoomKeepsTheTimeUnderThePointer_data();
    void zoomKeepsTheTimeUnderThePointer();
    void zoomingOutFullyFollowsTheDataAgain();
    void zoomStopsAtTheDeepestLevel();
    void panStaysInsideTheData();
    void ticksUseTheUnitOfTheAxis_data();
    void ticksUseTheUnitOfTheAxis();
    void markersAtTheSameTimeShareOneLabel();
    void markersOutsideTheVisibleRangeAreLeftOut();
    void badNumbersDoNotBreakTheScale();
};

void tst_WaterfallScale::mapsTimeToXAndBack_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::addColumn<double>("time");
    QTest::addColumn<double>("x");
    //                                      width   start    end      time      x
    QTest::newRow("origin at left edge") << 1000. << 0. << 100. << 0. << 0.;
    QTest::newRow("middle") << 1000. << 0. << 100. << 50. << 500.;
    QTest::newRow("zoomed window") << 800. << 20. << 40. << 30. << 400.;
    QTest::newRow("before the window") << 800. << 20. << 40. << 10. << -400.;
    QTest::newRow("after the window") << 400. << 0. << 70000. << 140000. << 800.;
}

void tst_WaterfallScale::mapsTimeToXAndBack()
{
    QFETCH(double, width);
    QFETCH(double, start);
    QFETCH(double, end);
    QFETCH(double, time);
    QFETCH(double, x);
    WaterfallScale scale;
    scale.setPixelWidth(width);
    scale.setDataEnd(end);
    if (start > 0 || end != scale.visibleEndMs())
        scale.setVisibleRange(start, end);
    QCOMPARE(scale.visibleStartMs(), start);
    QCOMPARE(scale.visibleEndMs(), end);
    QCOMPARE(scale.xForTime(time), x);
    QCOMPARE(scale.timeForX(x), time);
}

void tst_WaterfallScale::followsGrowingDataInNiceSteps_data()
{
    QTest::addColumn<double>("dataEnd");
    QTest::addColumn<double>("visibleEnd");
    QTest::addColumn<double>("markerAt");
    //                                                  data end   visible end  marker (0: none)
    QTest::newRow("no data yet") << 0. << 100. << 0.;
    QTest::newRow("exactly nice") << 250. << 250. << 0.;
    QTest::newRow("just past 250 ms") << 251. << 300. << 0.;
    QTest::newRow("504 after 60 s") << 60020. << 70000. << 0.;
    QTest::newRow("sub-millisecond") << 0.42 << 0.5 << 0.;
    QTest::newRow("Cloudflare 100 s") << 100000. << 100000. << 0.;
    QTest::newRow("just past 100 s") << 100001. << 120000. << 0.;
    QTest::newRow("504 ending at the 2 s lab timeout") << 1920. << 2500. << 2000.;
    QTest::newRow("marker in the last tenth") << 990. << 1200. << 950.;
    QTest::newRow("marker well inside") << 60020. << 70000. << 60000.;
    QTest::newRow("marker beyond the data") << 1000. << 1000. << 30000.;
}

void tst_WaterfallScale::followsGrowingDataInNiceSteps()
{
    QFETCH(double, dataEnd);
    QFETCH(double, visibleEnd);
    QFETCH(double, markerAt);
    WaterfallScale scale;
    scale.setPixelWidth(500);
    if (markerAt > 0)
        scale.setMarkers({ { u"gateway"_s, markerAt, WaterfallMarker::Kind::GatewayTimeout } });
    scale.setDataEnd(dataEnd);
    QVERIFY(scale.isFollowingData());
    QCOMPARE(scale.visibleStartMs(), 0.);
    QCOMPARE(scale.visibleEndMs(), visibleEnd);
}

void tst_WaterfallScale::zoomKeepsTheTimeUnderThePointer_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("factor");
    //                                   x       factor
    QTest::newRow("zoom in at left") << 0. << 2.;
    QTest::newRow("zoom in at 1/4") << 250. << 4.;
    QTest::newRow("zoom in at right") << 1000. << 1.25;
    QTest::newRow("deep zoom middle") << 500. << 1000.;
}

void tst_WaterfallScale::zoomKeepsTheTimeUnderThePointer()
{
    QFETCH(double, x);
    QFETCH(double, factor);
    WaterfallScale scale;
    scale.setPixelWidth(1000);
    scale.setDataEnd(10000);
    const double before = scale.timeForX(x);
    const double durationBefore = scale.visibleDurationMs();
    scale.zoomAround(x, factor);
    QVERIFY2(!scale.isFollowingData(), "a zoomed scale must stop following the data");
    QCOMPARE(scale.visibleDurationMs(), durationBefore / factor);
    QVERIFY2(qAbs(scale.timeForX(x) - before) < 1e-6,
             qPrintable(u"time under the pointer moved from %1 to %2"_s.arg(before).arg(scale.timeForX(x))));
}

void tst_WaterfallScale::zoomingOutFullyFollowsTheDataAgain()
{
    WaterfallScale scale;
    scale.setPixelWidth(1000);
    scale.setDataEnd(1000);
    scale.zoomAround(300, 4);
    QVERIFY(!scale.isFollowingData());
    scale.zoomAround(300, 0.1);
    QVERIFY2(scale.isFollowingData(), "zooming out past everything should show everything and follow again");
    QCOMPARE(scale.visibleStartMs(), 0.);
    QCOMPARE(scale.visibleEndMs(), 1000.);
    // Following: new data rescales the axis.
    scale.setDataEnd(1700);
    QCOMPARE(scale.visibleEndMs(), 2000.);
}

void tst_WaterfallScale::zoomStopsAtTheDeepestLevel()
{
    WaterfallScale scale;
    scale.setPixelWidth(1000);
    scale.setDataEnd(1000);
    for (int i = 0; i < 100; ++i)
        scale.zoomAround(500, 10);
    QCOMPARE(scale.visibleDurationMs(), WaterfallScale::MinimumVisibleMs);
    QVERIFY(scale.visibleStartMs() >= 0);
}

void tst_WaterfallScale::panStaysInsideTheData()
{
    WaterfallScale scale;
    scale.setPixelWidth(1000);
    scale.setDataEnd(1000);
    scale.setVisibleRange(100, 200);
    scale.panByPixels(500); // half the window = 50 ms later
    QCOMPARE(scale.visibleStartMs(), 150.);
    QCOMPARE(scale.visibleEndMs(), 250.);
    scale.panByPixels(1e9);
    QCOMPARE(scale.visibleEndMs(), 1000.);
    QCOMPARE(scale.visibleDurationMs(), 100.);
    scale.panByPixels(-1e9);
    QCOMPARE(scale.visibleStartMs(), 0.);
    // A zoomed scale keeps its window while live data grows behind it.
    scale.setDataEnd(5000);
    QCOMPARE(scale.visibleStartMs(), 0.);
    QCOMPARE(scale.visibleEndMs(), 100.);
}

void tst_WaterfallScale::ticksUseTheUnitOfTheAxis_data()
{
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("end");
    QTest::addColumn<double>("spacing");
    QTest::addColumn<QString>("labels");
    //                                         width   end      spacing  labels
    QTest::newRow("a 70 s axis in seconds") << 700. << 70000. << 80. << u"0 s|10 s|20 s|30 s|40 s|50 s|60 s|70 s"_s;
    QTest::newRow("250 ms in milliseconds") << 500. << 250. << 90. << u"0 ms|50 ms|100 ms|150 ms|200 ms|250 ms"_s;
    QTest::newRow("half a millisecond in µs") << 500. << 0.5 << 100. << u"0 µs|100 µs|200 µs|300 µs|400 µs|500 µs"_s;
    QTest::newRow("1.5 s with decimals") << 600. << 1500. << 60.
                                         << u"0.0 s|0.2 s|0.4 s|0.6 s|0.8 s|1.0 s|1.2 s|1.4 s"_s;
}

void tst_WaterfallScale::ticksUseTheUnitOfTheAxis()
{
    QFETCH(double, width);
    QFETCH(double, end);
    QFETCH(double, spacing);
    QFETCH(QString, labels);
    WaterfallScale scale;
    scale.setPixelWidth(width);
    scale.setDataEnd(end);
    QStringList actual;
    const QList<WaterfallTick> ticks = scale.ticks(spacing);
    for (const WaterfallTick &tick : ticks) {
        actual.append(tick.label);
        QCOMPARE(tick.x, scale.xForTime(tick.timeMs));
    }
    QCOMPARE(actual.join(u'|'), labels);
    for (qsizetype i = 1; i < ticks.size(); ++i)
        QVERIFY2(ticks[i].x - ticks[i - 1].x >= spacing - 1e-9, "ticks closer than the asked spacing");
}

void tst_WaterfallScale::markersAtTheSameTimeShareOneLabel()
{
    WaterfallScale scale;
    scale.setPixelWidth(700);
    scale.setDataEnd(60020);
    scale.setMarkers({ { u"nginx"_s, 60000, WaterfallMarker::Kind::GatewayTimeout },
                       { u"Envoy"_s, 15000, WaterfallMarker::Kind::GatewayTimeout },
                       { u"ALB"_s, 60000, WaterfallMarker::Kind::GatewayTimeout },
                       { u"your first-byte timeout"_s, 30000, WaterfallMarker::Kind::RequestTimeout } });
    const QList<WaterfallMarkerGroup> groups = scale.visibleMarkerGroups();
    QStringList labels;
    for (const WaterfallMarkerGroup &group : groups)
        labels.append(u"%1@%2%3"_s.arg(group.label).arg(group.x).arg(group.hasRequestTimeout ? u"!"_s : QString()));
    QCOMPARE(labels.join(u'|'), u"Envoy 15 s@150|your first-byte timeout 30 s@300!|nginx, ALB 60 s@600"_s);
}

void tst_WaterfallScale::markersOutsideTheVisibleRangeAreLeftOut()
{
    WaterfallScale scale;
    scale.setPixelWidth(700);
    scale.setDataEnd(60020);
    scale.setMarkers({ { u"Cloudflare"_s, 100000, WaterfallMarker::Kind::GatewayTimeout },
                       { u"AWS API Gateway"_s, 29000, WaterfallMarker::Kind::GatewayTimeout } });
    QCOMPARE(scale.visibleMarkerGroups().size(), 1);
    scale.setVisibleRange(0, 1000);
    QVERIFY(scale.visibleMarkerGroups().isEmpty());
    scale.setVisibleRange(28000, 30000);
    QCOMPARE(scale.visibleMarkerGroups().value(0).x, 350.);
}

void tst_WaterfallScale::badNumbersDoNotBreakTheScale()
{
    WaterfallScale scale;
    scale.setPixelWidth(0);
    scale.setDataEnd(std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(scale.visibleEndMs(), WaterfallScale::InitialVisibleMs);
    scale.setVisibleRange(std::numeric_limits<double>::infinity(), 5);
    scale.zoomAround(0, 0);
    scale.zoomAround(0, -3);
    scale.panByPixels(std::numeric_limits<double>::quiet_NaN());
    QVERIFY(std::isfinite(scale.xForTime(50)));
    QVERIFY(!scale.ticks(0).isEmpty());
    QVERIFY(scale.ticks(0).size() <= 1000);
}

QTEST_GUILESS_MAIN(tst_WaterfallScale)
#include "tst_waterfallscale.moc"
