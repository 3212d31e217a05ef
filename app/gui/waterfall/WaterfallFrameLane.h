#pragma once

#include "model/Exchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatescope::Gui {

class WaterfallScale;

// One mark of a frame lane: the HTTP/2 frames that fall within a few pixels of each other, drawn
// as one. x and endX are the first and the last frame's position in the scale's pixels (0 = the
// left of the timeline column); frames are indexes into the exchange's frame list, in time order.
struct WaterfallFrameMark
{
    // What a mark shows, in rising order of importance: a merged mark shows its most important one.
    enum class Kind { Control, Headers, Data, GoAway, Failure };

    double x = 0;
    double endX = 0;
    Kind kind = Kind::Control;
    QList<int> frames;

    int count() const { return int(frames.size()); }
    bool isFailure() const { return kind == Kind::Failure; }

    friend bool operator==(const WaterfallFrameMark &, const WaterfallFrameMark &) = default;
};

// The coordinate math of an HTTP/2 exchange's frame lane, with no painter in sight: where each
// frame goes on the waterfall's time axis (the shared WaterfallScale, from the bar's start plus the
// frame's time since the hop started), which frames merge into one mark because they are closer
// than mergePx, which mark lies under a point, and the tooltip that names a mark's frames.
// Frames outside the visible range get no mark.
class WaterfallFrameLane
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Gui::WaterfallFrameLane)
public:
    // SETTINGS, PING, WINDOW_UPDATE, PRIORITY → Control; HEADERS, CONTINUATION, PUSH_PROMISE →
    // Headers; DATA → Data; GOAWAY NO_ERROR (a graceful shutdown) → GoAway; RST_STREAM, and GOAWAY
    // with an error code → Failure.
    static WaterfallFrameMark::Kind kindOf(const Http2Frame &frame);

    static QList<WaterfallFrameMark> marks(const WaterfallScale &scale, double barStartMs,
                                           const QList<Http2Frame> &frames, double mergePx);

    // The mark whose span [x, endX] is nearest to x within tolerancePx; -1 when none is.
    static int markAt(const QList<WaterfallFrameMark> &marks, double x, double tolerancePx);

    // Rich text naming each frame of the mark: type, direction, stream, flags, length, error code,
    // GOAWAY's last stream and debug data, time from the hop's start. A failure frame in bold.
    static QString toolTip(const QList<Http2Frame> &frames, const WaterfallFrameMark &mark);
    // The lane in words for screen readers: how many frames, and the failure frames by name.
    static QString summary(const QList<Http2Frame> &frames);
};

} // namespace Gatescope::Gui
