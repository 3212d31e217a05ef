// The HTTP/2 frame lane under a waterfall bar: where each frame's mark goes on the shared
// WaterfallScale, which frames merge into one mark with a count, which mark a pointer is over, what
// its tooltip names (no window), and the lane following the frames of a live probe against the
// lab's h2 origin over loopback.
#include "gui/waterfall/WaterfallFrameLane.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallScale.h"
#include "lab/Http2FaultServer.h"
#include "probe/ProbeEngine.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

namespace {

// "HEADERS@0 DATA@1.5 RST_STREAM:REFUSED_STREAM@5 GOAWAY:NO_ERROR@6": type, error code, ms.
QList<Http2Frame> framesFrom(const QString &text)
{
    QList<Http2Frame> frames;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        Http2Frame frame;
        const QStringList timed = word.split(u'@');
        const QStringList typed = timed.value(0).split(u':');
        frame.type = typed.value(0);
        frame.errorCode = typed.value(1);
        frame.atMs = timed.value(1).toDouble();
        frame.streamId = frame.type == u"SETTINGS" || frame.type == u"GOAWAY" || frame.type == u"PING" ? 0 : 1;
        frames.append(frame);
    }
    return frames;
}

QString kindName(WaterfallFrameMark::Kind kind)
{
    switch (kind) {
    case WaterfallFrameMark::Kind::Control:
        return u"control"_s;
    case WaterfallFrameMark::Kind::Headers:
        return u"headers"_s;
    case WaterfallFrameMark::Kind::Data:
        return u"data"_s;
    case WaterfallFrameMark::Kind::GoAway:
        return u"goaway"_s;
    case WaterfallFrameMark::Kind::Failure:
        return u"failure"_s;
    }
    return {};
}

// Marks as a short string: "x-endX×count kind", space separated ("100×1 headers 150-152×2 data").
QString marksText(const QList<WaterfallFrameMark> &marks)
{
    QStringList words;
    for (const WaterfallFrameMark &mark : marks) {
        QString word = QString::number(mark.x);
        if (mark.endX != mark.x)
            word += u'-' + QString::number(mark.endX);
        words.append(word + u'×' + QString::number(mark.count()) + u' ' + kindName(mark.kind));
    }
    return words.join(u' ');
}

} // namespace

class tst_WaterfallFrameLane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void framesSitOnTheBarsTimeAxisAndCloseOnesMerge_data();
    void framesSitOnTheBarsTimeAxisAndCloseOnesMerge();
    void eachFrameTypeHasItsKind_data();
    void eachFrameTypeHasItsKind();
    void thePointerFindsTheNearestMark_data();
    void thePointerFindsTheNearestMark();
    void theTooltipNamesEveryFrameOfAMark();
    void aLargeMergedMarkNamesItsFailureAndCountsTheRest();
    void theLaneFollowsTheFramesOfALiveProbe();
};

void tst_WaterfallFrameLane::framesSitOnTheBarsTimeAxisAndCloseOnesMerge_data()
{
    QTest::addColumn<double>("width"); // pixels of the timeline
    QTest::addColumn<double>("visibleStart"); // ms
    QTest::addColumn<double>("visibleEnd"); // ms
    QTest::addColumn<double>("barStart"); // ms from the timeline's origin
    QTest::addColumn<double>("mergePx");
    QTest::addColumn<QString>("frames");
    QTest::addColumn<QString>("marks");

    //                                             width  start  end    bar   merge frames → marks
    QTest::newRow("one frame at the bar's start")
        << 1000. << 0. << 100. << 10. << 4. << u"HEADERS@0"_s << u"100×1 headers"_s;
    QTest::newRow("a frame later in the hop") << 1000. << 0. << 100. << 10. << 4. << u"DATA@25"_s << u"350×1 data"_s;
    QTest::newRow("two frames 2 px apart share a mark")
        << 1000. << 0. << 100. << 0. << 4. << u"HEADERS@10 DATA@10.2"_s << u"100-102×2 data"_s;
    QTest::newRow("two frames a merge distance apart stay two")
        << 1000. << 0. << 100. << 0. << 4. << u"HEADERS@10 DATA@10.4"_s << u"100×1 headers 104×1 data"_s;
    QTest::newRow("a reset merged with DATA makes the mark a failure")
        << 1000. << 0. << 100. << 0. << 4. << u"DATA@50 RST_STREAM:REFUSED_STREAM@50.1 SETTINGS@50.2"_s
        << u"500-502×3 failure"_s;
    QTest::newRow("a chain merges from its first frame, not frame to frame")
        << 1000. << 0. << 100. << 0. << 4. << u"DATA@0 DATA@0.3 DATA@0.6 DATA@0.9"_s << u"0-3×2 data 6-9×2 data"_s;
    QTest::newRow("zoomed in, the same frames spread apart")
        << 1000. << 10. << 11. << 0. << 4. << u"HEADERS@10 DATA@10.2"_s << u"0×1 headers 200×1 data"_s;
    QTest::newRow("frames outside the visible range have no mark")
        << 1000. << 20. << 40. << 0. << 4. << u"SETTINGS@1 HEADERS@30 DATA@45"_s << u"500×1 headers"_s;
    QTest::newRow("an untimed frame has no mark")
        << 1000. << 0. << 100. << 0. << 4. << u"SETTINGS@-1 GOAWAY:NO_ERROR@80"_s << u"800×1 goaway"_s;
    QTest::newRow("a 504 after 60 s: the GOAWAY with its code at the far end")
        << 700. << 0. << 70000. << 0. << 4. << u"SETTINGS@1 HEADERS@1.2 GOAWAY:INTERNAL_ERROR@60000"_s
        << u"0.01-0.012×2 headers 600×1 failure"_s;
}

void tst_WaterfallFrameLane::framesSitOnTheBarsTimeAxisAndCloseOnesMerge()
{
    QFETCH(double, width);
    QFETCH(double, visibleStart);
    QFETCH(double, visibleEnd);
    QFETCH(double, barStart);
    QFETCH(double, mergePx);
    QFETCH(QString, frames);
    QFETCH(QString, marks);

    // Given the waterfall's scale showing [visibleStart, visibleEnd] across `width` pixels
    WaterfallScale scale;
    scale.setPixelWidth(width);
    scale.setDataEnd(visibleEnd);
    if (visibleStart > 0 || visibleEnd != scale.visibleEndMs())
        scale.setVisibleRange(visibleStart, visibleEnd);
    // When the frames of a bar starting at barStart are laid out
    const QList<WaterfallFrameMark> laid = WaterfallFrameLane::marks(scale, barStart, framesFrom(frames), mergePx);
    // Then each mark sits where the scale puts its first frame's time
    QCOMPARE(marksText(laid), marks);
    for (const WaterfallFrameMark &mark : laid)
        QCOMPARE(mark.x, scale.xForTime(barStart + framesFrom(frames).at(mark.frames.first()).atMs));
}

void tst_WaterfallFrameLane::eachFrameTypeHasItsKind_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QString>("kind");
    //                                                    frame                              kind
    QTest::newRow("SETTINGS is control") << u"SETTINGS@0"_s << u"control"_s;
    QTest::newRow("WINDOW_UPDATE is control") << u"WINDOW_UPDATE@0"_s << u"control"_s;
    QTest::newRow("PING is control") << u"PING@0"_s << u"control"_s;
    QTest::newRow("HEADERS") << u"HEADERS@0"_s << u"headers"_s;
    QTest::newRow("CONTINUATION is headers") << u"CONTINUATION@0"_s << u"headers"_s;
    QTest::newRow("DATA") << u"DATA@0"_s << u"data"_s;
    QTest::newRow("GOAWAY NO_ERROR is a graceful shutdown") << u"GOAWAY:NO_ERROR@0"_s << u"goaway"_s;
    QTest::newRow("GOAWAY with an error code is a failure") << u"GOAWAY:PROTOCOL_ERROR@0"_s << u"failure"_s;
    QTest::newRow("RST_STREAM is a failure") << u"RST_STREAM:CANCEL@0"_s << u"failure"_s;
    QTest::newRow("an unknown type is control") << u"0xfa@0"_s << u"control"_s;
}

void tst_WaterfallFrameLane::eachFrameTypeHasItsKind()
{
    QFETCH(QString, frame);
    QFETCH(QString, kind);
    QCOMPARE(kindName(WaterfallFrameLane::kindOf(framesFrom(frame).constFirst())), kind);
}

void tst_WaterfallFrameLane::thePointerFindsTheNearestMark_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("mark");
    // Marks at 100 (one frame), 200-204 (three frames), 210 (one frame); tolerance 3 px.
    //                                                 x         mark
    QTest::newRow("right on a mark") << 100. << 0;
    QTest::newRow("just beside a mark") << 102.5 << 0;
    QTest::newRow("too far from any mark") << 150. << -1;
    QTest::newRow("inside a merged mark's span") << 203. << 1;
    QTest::newRow("between two marks: the nearer one") << 208. << 2;
}

void tst_WaterfallFrameLane::thePointerFindsTheNearestMark()
{
    QFETCH(double, x);
    QFETCH(int, mark);
    const QList<WaterfallFrameMark> marks {
        { 100, 100, WaterfallFrameMark::Kind::Headers, { 0 } },
        { 200, 204, WaterfallFrameMark::Kind::Data, { 1, 2, 3 } },
        { 210, 210, WaterfallFrameMark::Kind::Failure, { 4 } },
    };
    QCOMPARE(WaterfallFrameLane::markAt(marks, x, 3), mark);
}

void tst_WaterfallFrameLane::theTooltipNamesEveryFrameOfAMark()
{
    // Given a GOAWAY with its last stream and debug data, merged with the PING before it
    QList<Http2Frame> frames = framesFrom(u"PING@12 GOAWAY:ENHANCE_YOUR_CALM@12.1"_s);
    frames[0].flags = 0x1;
    frames[0].length = 8;
    frames[0].detail = u"ACK"_s;
    frames[1].lastStreamId = 1;
    frames[1].length = 22;
    frames[1].detail = u"too many resets"_s;
    const WaterfallFrameMark mark { 0, 1, WaterfallFrameMark::Kind::Failure, { 0, 1 } };
    // When the user hovers it, then both frames are named with all they carry
    const QString tip = WaterfallFrameLane::toolTip(frames, mark);
    QVERIFY2(tip.startsWith(u"<b>HTTP/2 frames: 2</b>"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"PING received on stream 0, flags 0x01, length 8, ACK, at +12"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"<b>GOAWAY received on stream 0, flags 0x00, length 22, error ENHANCE_YOUR_CALM, "
                          "last stream 1, debug data “too many resets”, at +12.1"_s),
             qPrintable(tip));
}

void tst_WaterfallFrameLane::aLargeMergedMarkNamesItsFailureAndCountsTheRest()
{
    // Given 300 DATA frames and a reset at the end, all in one mark
    QString text;
    for (int i = 0; i < 300; ++i)
        text += u"DATA@1 "_s;
    const QList<Http2Frame> frames = framesFrom(text + u"RST_STREAM:INTERNAL_ERROR@1"_s);
    WaterfallFrameMark mark { 0, 0, WaterfallFrameMark::Kind::Failure, {} };
    for (int i = 0; i < frames.size(); ++i)
        mark.frames.append(i);
    // Then the tooltip stays short, names the reset and counts what it leaves out
    const QString tip = WaterfallFrameLane::toolTip(frames, mark);
    QVERIFY2(tip.startsWith(u"<b>HTTP/2 frames: 301</b>"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"error INTERNAL_ERROR"_s), qPrintable(tip));
    QVERIFY2(tip.endsWith(u"… and 289 more"_s), qPrintable(tip));
    QCOMPARE(tip.count(u"<br>"_s), 13); // 12 frames and the rest, under the heading
}

void tst_WaterfallFrameLane::theLaneFollowsTheFramesOfALiveProbe()
{
    // Given the lab's h2 origin that reads the request and never answers
    Http2FaultServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RequestSpec request;
    request.url = server.url(u"/hang"_s);
    request.options.useEnvironmentProxy = false;
    request.options.httpVersion = ProbeOptions::HttpVersion::Http2PriorKnowledge;
    request.options.totalTimeoutMs = 10000;
    WaterfallModel model;
    QSignalSpy lanes(&model, &WaterfallModel::frameLanesChanged);
    ProbeEngine engine;
    // When a probe runs with the waterfall following it
    const int entry = model.trackProbe(&engine, request);
    engine.start(request);
    // Then, while it is still under way, the row's bar carries the frames exchanged so far
    // (our preface, our HEADERS, and the server's SETTINGS, which may come after a few of ours)
    const auto serverSettings = [](const QList<Http2Frame> &frames) {
        return std::any_of(frames.begin(), frames.end(),
                           [](const Http2Frame &frame) { return frame.type == u"SETTINGS" && frame.received; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(model.barAt(entry).frames.size() >= 3 && serverSettings(model.barAt(entry).frames), 5000);
    QVERIFY(model.isLive(entry));
    QVERIFY(model.hasFrameLanes());
    QCOMPARE(lanes.count(), 1);
    QCOMPARE(lanes.first().first().toBool(), true);
    const QList<Http2Frame> live = model.barAt(entry).frames;
    QCOMPARE(live.first().type, u"SETTINGS"_s); // our preface's SETTINGS
    QVERIFY(std::any_of(live.begin(), live.end(),
                        [](const Http2Frame &frame) { return frame.type == u"HEADERS" && !frame.received; }));
    QVERIFY(serverSettings(live));
    // And when it ends, the row keeps the frames the Exchange recorded, none twice
    QSignalSpy finished(&engine, &ProbeEngine::finished);
    engine.cancel();
    QVERIFY(finished.count() > 0 || finished.wait(5000));
    QVERIFY(!model.isLive(entry));
    QCOMPARE(model.barAt(entry).frames, model.exchangeAt(entry).frames);
    QVERIFY(model.barAt(entry).frames.size() >= live.size());
    QVERIFY(model.barAt(entry).frames.mid(0, live.size()) == live);
    // And clearing the waterfall takes the lanes away
    model.clear();
    QVERIFY(!model.hasFrameLanes());
}

QTEST_MAIN(tst_WaterfallFrameLane)
#include "tst_waterfallframelane.moc"
