// The hop row above the verdict: HopRowLayout's coordinate math (no window), then the view on
// the offscreen platform with a chain read from the Kong capture of Kong/kong#7059.

#include "gui/diagnosis/HopRowLayout.h"
#include "gui/diagnosis/HopRowView.h"
#include "hops/TimeoutAudit.h"

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
    void tooltipSaysWhichTimeoutsAreDefaultsAndWhichYouGave_data();
    void tooltipSaysWhichTimeoutsAreDefaultsAndWhichYouGave();
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

void TestHopRow::tooltipSaysWhichTimeoutsAreDefaultsAndWhichYouGave_data()
{
    QTest::addColumn<TimeoutCorrections>("corrections");
    QTest::addColumn<QStringList>("said");
    QTest::addColumn<QStringList>("notSaid");
    const TimeoutCorrection read30 { QString(), u"nginx"_s, u"read"_s, 30 };
    const TimeoutCorrection connect5 { u"api.example.com"_s, u"nginx"_s, u"connect"_s, 5 };
    const TimeoutCorrection elsewhere { u"other.example.com"_s, u"nginx"_s, u"connect"_s, 5 };
    // clang-format off
    QTest::newRow("the defaults")              << TimeoutCorrections {}
        << QStringList { u"proxy_read_timeout 60.0 s (default)"_s, u"proxy_connect_timeout 60.0 s (default)"_s }
        << QStringList { u"as you gave it"_s, u"Default timeouts"_s };
    QTest::newRow("first byte given")          << TimeoutCorrections { read30 }
        << QStringList { u"proxy_read_timeout 30.0 s (as you gave it)"_s, u"proxy_connect_timeout 60.0 s (default)"_s }
        << QStringList { u"proxy_read_timeout 60.0 s"_s, u"Default timeouts"_s };
    QTest::newRow("both given, one per site")  << TimeoutCorrections { read30, connect5 }
        << QStringList { u"proxy_read_timeout 30.0 s (as you gave it)"_s, u"proxy_connect_timeout 5.00 s (as you gave it)"_s,
                         u"keepalive_timeout 75.0 s (default)"_s }
        << QStringList { u"proxy_read_timeout 60.0 s"_s, u"proxy_connect_timeout 60.0 s"_s, u"Default timeouts"_s };
    QTest::newRow("given for another site")    << TimeoutCorrections { elsewhere }
        << QStringList { u"proxy_connect_timeout 60.0 s (default)"_s }
        << QStringList { u"as you gave it"_s };
    // clang-format on
}

void TestHopRow::tooltipSaysWhichTimeoutsAreDefaultsAndWhichYouGave()
{
    QFETCH(TimeoutCorrections, corrections);
    QFETCH(QStringList, said);
    QFETCH(QStringList, notSaid);
    // Given nginx's 504, and the timeouts the user corrected (the window's table, --timeout)
    Exchange exchange;
    exchange.request.url = QUrl(u"https://api.example.com/orders"_s);
    ResponseData response;
    response.status = 504;
    response.headers = { { "server", "nginx/1.22.1" } };
    exchange.response = response;
    Diagnosis diagnosis;
    diagnosis.producer = { u"gateway"_s, u"nginx"_s, 0.9 };
    HopRowView view;
    view.setChain(TimeoutAudit::corrected(HopChain::build(exchange, diagnosis), exchange, corrections));
    // When the user points at nginx's box
    const QString tip = view.boxToolTip(0);
    // Then each timeout says whether it is nginx's default or the user's value
    QVERIFY2(tip.contains(u"nginx"_s), qPrintable(tip));
    for (const QString &text : std::as_const(said))
        QVERIFY2(tip.contains(text), qPrintable(u"expected \"%1\" in: %2"_s.arg(text, tip)));
    for (const QString &text : std::as_const(notSaid))
        QVERIFY2(!tip.contains(text), qPrintable(u"did not expect \"%1\" in: %2"_s.arg(text, tip)));
}

QTEST_MAIN(TestHopRow)
#include "tst_hoprow.moc"
