// The hop row above the verdict: HopRowLayout's coordinate math (no window), then the view on
// the offscreen platform with a chain read from the Kong capture of Kong/kong#7059.

#include "gui/diagnosis/HopRowLayout.h"
#include "gui/diagnosis/HopRowView.h"

#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatescope;
using namespace Gatescope::Gui;

namespace {

QString rects(const QList<QRectF> &list)
{
    QStringList parts;
    for (const QRectF &r : list)
        parts.append(u"%1+%2"_s.arg(r.x()).arg(r.width()));
    return parts.join(u' ');
}

} // namespace

class TestHopRow : public QObject
{
    Q_OBJECT
private slots:
    void boxesKeepTheirWidthWhenTheRowFitsAndShrinkWhenItDoesNot_data();
    void boxesKeepTheirWidthWhenTheRowFitsAndShrinkWhenItDoesNot();
    void aPointFindsTheBoxUnderItAndNoneOnAnArrow_data();
    void aPointFindsTheBoxUnderItAndNoneOnAnArrow();
    void viewHighlightsTheProducerAndExplainsEachBox();
};

void TestHopRow::boxesKeepTheirWidthWhenTheRowFitsAndShrinkWhenItDoesNot_data()
{
    QTest::addColumn<QList<double>>("preferred");
    QTest::addColumn<double>("available");
    QTest::addColumn<QString>("boxes");
    QTest::addColumn<QString>("arrows");
    QTest::addColumn<double>("width");

    //                                       preferred           available  boxes (x+width)          arrows        width
    QTest::newRow("no hop: nothing") << QList<double> {} << 500.0 << u""_s << u""_s << 0.0;
    QTest::newRow("one hop fits") << QList<double> { 100 } << 500.0 << u"0+100"_s << u""_s << 100.0;
    QTest::newRow("three hops fit") << QList<double> { 100, 80, 120 } << 500.0 << u"0+100 120+80 220+120"_s
                                    << u"100+20 200+20"_s << 340.0;
    QTest::newRow("too narrow: shrunk by half")
        << QList<double> { 200, 200 } << 220.0 << u"0+100 120+100"_s << u"100+20"_s << 220.0;
    QTest::newRow("far too narrow: never below the minimum")
        << QList<double> { 200, 200 } << 60.0 << u"0+50 70+50"_s << u"50+20"_s << 120.0;
    QTest::newRow("a small box is not grown to the minimum")
        << QList<double> { 30, 400 } << 200.0 << u"0+30 50+150"_s << u"30+20"_s << 200.0;
}

void TestHopRow::boxesKeepTheirWidthWhenTheRowFitsAndShrinkWhenItDoesNot()
{
    QFETCH(QList<double>, preferred);
    QFETCH(double, available);
    QFETCH(QString, boxes);
    QFETCH(QString, arrows);
    QFETCH(double, width);

    const HopRowLayout layout = HopRowLayout::compute(preferred, available, 20, 40, 50);
    QCOMPARE(rects(layout.boxes), boxes);
    QCOMPARE(rects(layout.arrows), arrows);
    QCOMPARE(layout.width, width);
    for (const QRectF &box : layout.boxes)
        QCOMPARE(box.height(), 40.0);
}

void TestHopRow::aPointFindsTheBoxUnderItAndNoneOnAnArrow_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<int>("box");

    QTest::newRow("inside the first box") << QPointF(10, 10) << 0;
    QTest::newRow("on the arrow between") << QPointF(110, 10) << -1;
    QTest::newRow("inside the last box") << QPointF(339, 39) << 2;
    QTest::newRow("right of the row") << QPointF(341, 10) << -1;
    QTest::newRow("below the row") << QPointF(10, 41) << -1;
}

void TestHopRow::aPointFindsTheBoxUnderItAndNoneOnAnArrow()
{
    QFETCH(QPointF, point);
    QFETCH(int, box);
    const HopRowLayout layout = HopRowLayout::compute({ 100, 80, 120 }, 500, 20, 40, 50);
    QCOMPARE(layout.boxAt(point), box);
}

void TestHopRow::viewHighlightsTheProducerAndExplainsEachBox()
{
    // Given the chain of a 502 behind CloudFront (flynn/flynn#4613's headers), the GCP load
    // balancer having made it
    Exchange exchange;
    ResponseData response;
    response.status = 500;
    response.headers = { { "server", "Google Frontend" },
                         { "via", "1.1 9c90b41a9e5ac2856624d29ed4da4235.cloudfront.net (CloudFront)" },
                         { "x-amz-cf-pop", "IAD89-C3" } };
    exchange.response = response;
    Diagnosis diagnosis;
    diagnosis.producer = { u"gateway"_s, u"gcp-lb"_s, 0.6 };
    HopRowView view;
    view.setChain(HopChain::build(exchange, diagnosis));
    view.resize(800, view.sizeHint().height());

    // Then there are two boxes, left to right, within the widget
    const HopRowLayout layout = view.rowLayout();
    QCOMPARE(layout.boxes.size(), 2);
    QVERIFY(layout.boxes.at(0).right() < layout.boxes.at(1).left());
    QVERIFY(layout.boxes.at(1).right() <= view.width());
    // and the producer's box is painted in the producer colour, the other one is not
    const QImage image = view.grab().toImage();
    const QColor inFirst
        = image.pixelColor(layout.boxes.at(0).center().toPoint() + QPoint(0, int(layout.boxes.at(0).height() / 2) - 4));
    const QColor inSecond
        = image.pixelColor(layout.boxes.at(1).center().toPoint() + QPoint(0, int(layout.boxes.at(1).height() / 2) - 4));
    QVERIFY2(inSecond.red() > inSecond.blue() + 20, qPrintable(inSecond.name()));
    QVERIFY2(qAbs(inFirst.red() - inFirst.blue()) < 20, qPrintable(inFirst.name()));
    // and each box's tooltip says what the hop added and where its place comes from
    QVERIFY(view.boxToolTip(0).contains(u"x-amz-cf-pop: IAD89-C3"_s));
    QVERIFY(view.boxToolTip(0).contains(u"Via entry"_s));
    QVERIFY(view.boxToolTip(1).contains(u"made the answer"_s));
    QVERIFY(view.boxToolTip(1).contains(u"backend service timeout"_s));
    QVERIFY(view.boxToolTip(2).isEmpty());
    QVERIFY(view.accessibleDescription().contains(u"→"_s));
}

QTEST_MAIN(TestHopRow)
#include "tst_hoprow.moc"
