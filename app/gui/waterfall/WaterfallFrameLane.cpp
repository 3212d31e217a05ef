#include "gui/waterfall/WaterfallFrameLane.h"

#include "gui/waterfall/WaterfallScale.h"
#include "model/Durations.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Gatescope::Gui {

using namespace Qt::StringLiterals;

namespace {

// A merged mark of hundreds of DATA frames would make a tooltip taller than the screen: it names
// this many (failure frames always among them) and counts the rest.
constexpr int MaxToolTipFrames = 12;

} // namespace

WaterfallFrameMark::Kind WaterfallFrameLane::kindOf(const Http2Frame &frame)
{
    if (frame.type == u"RST_STREAM")
        return WaterfallFrameMark::Kind::Failure;
    if (frame.type == u"GOAWAY")
        return frame.errorCode.isEmpty() || frame.errorCode == u"NO_ERROR" ? WaterfallFrameMark::Kind::GoAway
                                                                           : WaterfallFrameMark::Kind::Failure;
    if (frame.type == u"DATA")
        return WaterfallFrameMark::Kind::Data;
    if (frame.type == u"HEADERS" || frame.type == u"CONTINUATION" || frame.type == u"PUSH_PROMISE")
        return WaterfallFrameMark::Kind::Headers;
    return WaterfallFrameMark::Kind::Control;
}

QList<WaterfallFrameMark> WaterfallFrameLane::marks(const WaterfallScale &scale, double barStartMs,
                                                    const QList<Http2Frame> &frames, double mergePx)
{
    QList<WaterfallFrameMark> marks;
    const double width = scale.pixelWidth();
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const Http2Frame &frame = frames.at(i);
        if (!(frame.atMs >= 0) || !std::isfinite(frame.atMs))
            continue; // not timed
        const double x = scale.xForTime(barStartMs + frame.atMs);
        if (!std::isfinite(x) || x < 0 || x > width)
            continue;
        const WaterfallFrameMark::Kind kind = kindOf(frame);
        if (!marks.isEmpty() && x - marks.last().x < mergePx && x >= marks.last().x) {
            WaterfallFrameMark &mark = marks.last();
            mark.endX = x;
            mark.kind = std::max(mark.kind, kind);
            mark.frames.append(int(i));
            continue;
        }
        marks.append({ x, x, kind, { int(i) } });
    }
    return marks;
}

int WaterfallFrameLane::markAt(const QList<WaterfallFrameMark> &marks, double x, double tolerancePx)
{
    int best = -1;
    double bestDistance = tolerancePx;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const WaterfallFrameMark &mark = marks.at(i);
        const double distance = x < mark.x ? mark.x - x : (x > mark.endX ? x - mark.endX : 0);
        if (distance <= bestDistance) {
            best = int(i);
            bestDistance = distance;
            if (distance == 0)
                break;
        }
    }
    return best;
}

QString WaterfallFrameLane::toolTip(const QList<Http2Frame> &frames, const WaterfallFrameMark &mark)
{
    // Failure frames are always named; the others in time order up to the limit.
    QList<int> shown;
    for (int i : mark.frames) {
        if (i >= 0 && i < frames.size() && kindOf(frames.at(i)) == WaterfallFrameMark::Kind::Failure)
            shown.append(i);
    }
    const qsizetype limit = std::max<qsizetype>(MaxToolTipFrames, shown.size());
    for (int i : mark.frames) {
        if (shown.size() >= limit)
            break;
        if (i >= 0 && i < frames.size() && !shown.contains(i))
            shown.append(i);
    }
    std::sort(shown.begin(), shown.end());

    const QLocale locale;
    QString html;
    if (mark.count() > 1)
        //: Tooltip heading of a mark in the HTTP/2 frame lane that stands for several frames
        html += u"<b>"_s + tr("HTTP/2 frames: %1").arg(mark.count()).toHtmlEscaped() + u"</b>"_s;
    for (int i : shown) {
        const Http2Frame &frame = frames.at(i);
        QStringList parts;
        //: Frame lane tooltip: %1 = type (RST_STREAM), %2 = stream id
        parts.append(frame.received ? tr("%1 received on stream %2").arg(frame.type).arg(frame.streamId)
                                    : tr("%1 sent on stream %2").arg(frame.type).arg(frame.streamId));
        //: Frame lane tooltip: the frame's flags byte in hex
        parts.append(tr("flags 0x%1").arg(frame.flags, 2, 16, QLatin1Char('0')));
        //: Frame lane tooltip: the frame's payload length in bytes
        parts.append(tr("length %1").arg(locale.toString(frame.length)));
        if (!frame.errorCode.isEmpty())
            //: Frame lane tooltip: RST_STREAM's or GOAWAY's error code (REFUSED_STREAM)
            parts.append(tr("error %1").arg(frame.errorCode));
        if (frame.lastStreamId >= 0)
            //: Frame lane tooltip: GOAWAY's last stream id
            parts.append(tr("last stream %1").arg(frame.lastStreamId));
        if (frame.windowIncrement >= 0)
            //: Frame lane tooltip: WINDOW_UPDATE's increment in bytes
            parts.append(tr("window +%1").arg(locale.toString(frame.windowIncrement)));
        if (!frame.detail.isEmpty())
            parts.append(frame.type == u"GOAWAY" ? tr("debug data “%1”").arg(frame.detail) : frame.detail);
        //: Frame lane tooltip: when the frame went, from the start of the request
        parts.append(tr("at +%1").arg(formatMilliseconds(frame.atMs)));
        QString line = parts.join(u", "_s).toHtmlEscaped();
        if (kindOf(frame) == WaterfallFrameMark::Kind::Failure)
            line = u"<b>"_s + line + u"</b>"_s;
        if (!html.isEmpty())
            html += u"<br>"_s;
        html += line;
    }
    if (const qsizetype rest = mark.count() - shown.size(); rest > 0)
        //: Frame lane tooltip: how many frames of a merged mark are not listed
        html += u"<br>"_s + tr("… and %1 more").arg(rest).toHtmlEscaped();
    return html;
}

QString WaterfallFrameLane::summary(const QList<Http2Frame> &frames)
{
    QStringList failures;
    for (const Http2Frame &frame : frames) {
        if (kindOf(frame) == WaterfallFrameMark::Kind::Failure)
            //: Screen-reader text of a failure frame: %1 = type, %2 = error code, %3 = time
            failures.append(tr("%1 %2 at +%3").arg(frame.type, frame.errorCode, formatMilliseconds(frame.atMs)));
    }
    //: Screen-reader summary of the HTTP/2 frame lane
    QString text = tr("HTTP/2 frames: %1").arg(frames.size());
    if (!failures.isEmpty())
        text += u": "_s + failures.join(u", "_s);
    return text;
}

} // namespace Gatescope::Gui
