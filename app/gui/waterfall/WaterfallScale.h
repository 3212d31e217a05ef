#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatescope::Gui {

// A labelled vertical line on the waterfall: the request's own timeout or a well-known gateway
// timeout (nginx 60 s, Cloudflare 100 s, …). Times are milliseconds from the timeline origin.
struct WaterfallMarker
{
    enum class Kind { RequestTimeout, GatewayTimeout };

    QString name; // "nginx", "AWS API Gateway", "your first-byte timeout" (already translated)
    double timeMs = 0;
    Kind kind = Kind::GatewayTimeout;

    friend bool operator==(const WaterfallMarker &, const WaterfallMarker &) = default;
};

// Markers that share one position, drawn as one line with one label ("nginx, ALB 60 s").
struct WaterfallMarkerGroup
{
    double timeMs = 0;
    double x = 0;
    QString label; // "nginx, ALB 60 s"
    QString shortLabel; // "nginx +1 60 s" (first name and how many more); = label for one name
    QString timeLabel; // "60 s"
    bool hasRequestTimeout = false;
};

// One time-axis tick: its time, its x and its label in the unit of the step ("250 ms", "1.5 s").
struct WaterfallTick
{
    double timeMs = 0;
    double x = 0;
    QString label;
};

// The coordinate system of the waterfall, with no widget in sight: maps time (milliseconds from the
// first exchange) to x (pixels from the left of the timeline column) and back, zooms around a point,
// pans, follows growing data in "nice" steps so a live bar does not rescale the axis every frame,
// computes axis ticks with localised units (µs / ms / s) and where the marker lines go. The axis
// header, the bar delegate and the marker painter all ask one shared instance.
class WaterfallScale
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Gui::WaterfallScale)
public:
    static constexpr double MinimumVisibleMs = 0.01; // deepest zoom: 10 µs across the column
    static constexpr double InitialVisibleMs = 100; // shown before any data arrives

    void setPixelWidth(double width);
    double pixelWidth() const { return m_width; }

    // The data extent [0, endMs]. While following (not zoomed by the user) the visible range is
    // [0, niceCeiling(endMs)] and only changes when the data crosses the next nice value.
    void setDataEnd(double endMs);
    double dataEndMs() const { return m_dataEnd; }
    double fullRangeEndMs() const; // the end of the "show everything" range

    bool isFollowingData() const { return m_following; }
    void resetZoom(); // show everything and follow the data again
    void setVisibleRange(double startMs, double endMs); // clamped; stops following
    double visibleStartMs() const { return m_start; }
    double visibleEndMs() const { return m_end; }
    double visibleDurationMs() const { return m_end - m_start; }

    double xForTime(double ms) const;
    double timeForX(double x) const;

    // factor > 1 zooms in, < 1 zooms out, keeping the time under x where it is.
    void zoomAround(double x, double factor);
    void panByPixels(double dx); // positive = later times come into view

    QList<WaterfallTick> ticks(double minimumSpacingPx) const;

    void setMarkers(const QList<WaterfallMarker> &markers);
    const QList<WaterfallMarker> &markers() const { return m_markers; }
    // Marker groups inside the visible range, in time order, with their x.
    QList<WaterfallMarkerGroup> visibleMarkerGroups() const;

    // The smallest "nice" value (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8 × 10^k) ≥ value.
    static double niceCeiling(double value);

private:
    void clampVisibleRange();

    double m_width = 1;
    double m_dataEnd = 0;
    double m_start = 0;
    double m_end = InitialVisibleMs;
    bool m_following = true;
    QList<WaterfallMarker> m_markers;
};

} // namespace Gatescope::Gui
