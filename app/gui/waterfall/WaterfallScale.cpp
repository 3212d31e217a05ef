#include "gui/waterfall/WaterfallScale.h"

#include "model/Durations.h"

#include <algorithm>
#include <cmath>

namespace Gatescope::Gui {

namespace {

// The coarsest resolution that shows value exactly: 60000 → 1000 (whole seconds), 12.5 → 0.1.
double resolutionOf(double ms)
{
    for (double resolution : { 1000.0, 100.0, 10.0, 1.0, 0.1, 0.01, 0.001 }) {
        const double ratio = ms / resolution;
        if (std::abs(ratio - std::round(ratio)) < 1e-6)
            return resolution;
    }
    return 0.001;
}

} // namespace

void WaterfallScale::setPixelWidth(double width)
{
    m_width = std::max(1.0, width);
}

double WaterfallScale::niceCeiling(double value)
{
    if (!(value > 0) || !std::isfinite(value))
        return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double nice : { 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0 }) {
        if (nice * magnitude >= value * (1 - 1e-12))
            return nice * magnitude;
    }
    return 10 * magnitude;
}

double WaterfallScale::fullRangeEndMs() const
{
    if (m_dataEnd <= 0)
        return InitialVisibleMs;
    double end = std::max(niceCeiling(m_dataEnd), MinimumVisibleMs);
    // A timeout marker in the last tenth of the range would sit on the right edge with no room for
    // its label — the common case of a 504 whose bars end right at the gateway's timeout. Leave a
    // nice step of room past it.
    for (const WaterfallMarker &marker : m_markers) {
        if (std::isfinite(marker.timeMs) && marker.timeMs > 0.9 * end && marker.timeMs <= end)
            end = niceCeiling(marker.timeMs * 1.1);
    }
    return end;
}

void WaterfallScale::setDataEnd(double endMs)
{
    m_dataEnd = std::isfinite(endMs) ? std::max(0.0, endMs) : 0.0;
    if (m_following) {
        m_start = 0;
        m_end = fullRangeEndMs();
    } else {
        clampVisibleRange();
    }
}

void WaterfallScale::resetZoom()
{
    m_following = true;
    m_start = 0;
    m_end = fullRangeEndMs();
}

void WaterfallScale::setVisibleRange(double startMs, double endMs)
{
    if (!std::isfinite(startMs) || !std::isfinite(endMs))
        return;
    if (endMs < startMs)
        std::swap(startMs, endMs);
    m_start = startMs;
    m_end = endMs;
    m_following = false;
    clampVisibleRange();
}

void WaterfallScale::clampVisibleRange()
{
    const double full = fullRangeEndMs();
    double duration = std::clamp(m_end - m_start, MinimumVisibleMs, std::max(full, MinimumVisibleMs));
    if (duration >= full * (1 - 1e-9)) {
        // Everything is visible again: go back to following the data.
        m_following = true;
        m_start = 0;
        m_end = full;
        return;
    }
    m_start = std::clamp(m_start, 0.0, full - duration);
    m_end = m_start + duration;
}

double WaterfallScale::xForTime(double ms) const
{
    return (ms - m_start) * m_width / (m_end - m_start);
}

double WaterfallScale::timeForX(double x) const
{
    return m_start + x * (m_end - m_start) / m_width;
}

void WaterfallScale::zoomAround(double x, double factor)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const double anchor = timeForX(x);
    const double duration = std::max((m_end - m_start) / factor, MinimumVisibleMs);
    const double fraction = std::clamp(x / m_width, 0.0, 1.0);
    m_start = anchor - fraction * duration;
    m_end = m_start + duration;
    m_following = false;
    clampVisibleRange();
}

void WaterfallScale::panByPixels(double dx)
{
    if (m_following || !std::isfinite(dx))
        return; // everything is visible: nothing to pan to
    const double shift = dx * (m_end - m_start) / m_width;
    m_start += shift;
    m_end += shift;
    clampVisibleRange();
}

QList<WaterfallTick> WaterfallScale::ticks(double minimumSpacingPx) const
{
    QList<WaterfallTick> result;
    const double maxIntervals = m_width / std::max(1.0, minimumSpacingPx);
    const QList<AxisTick> ticks = axisTicks(m_start, m_end, maxIntervals);
    for (const AxisTick &tick : ticks)
        result.append({ tick.ms, xForTime(tick.ms), tick.label });
    return result;
}

void WaterfallScale::setMarkers(const QList<WaterfallMarker> &markers)
{
    m_markers = markers;
    std::stable_sort(m_markers.begin(), m_markers.end(),
                     [](const WaterfallMarker &a, const WaterfallMarker &b) { return a.timeMs < b.timeMs; });
    setDataEnd(m_dataEnd); // the full range depends on where the markers are
}

QList<WaterfallMarkerGroup> WaterfallScale::visibleMarkerGroups() const
{
    QList<WaterfallMarkerGroup> groups;
    QStringList names;
    auto flush = [&] {
        if (names.isEmpty())
            return;
        WaterfallMarkerGroup &group = groups.last();
        group.timeLabel = formatDuration(group.timeMs, resolutionOf(group.timeMs));
        //: Marker line label: %1 = gateway names ("nginx, ALB"), %2 = the timeout ("60 s")
        group.label = tr("%1 %2").arg(names.join(QLatin1StringView(", ")), group.timeLabel);
        group.shortLabel = names.size() == 1
            ? group.label
            //: Short marker label: %1 = first gateway, %2 = how many more, %3 = the timeout
            : tr("%1 +%2 %3").arg(names.first()).arg(names.size() - 1).arg(group.timeLabel);
        names.clear();
    };
    for (const WaterfallMarker &marker : m_markers) {
        if (marker.timeMs < m_start || marker.timeMs > m_end || !std::isfinite(marker.timeMs))
            continue;
        if (groups.isEmpty() || std::abs(groups.last().timeMs - marker.timeMs) > 1e-6) {
            flush();
            groups.append({ marker.timeMs, xForTime(marker.timeMs), {}, {}, {}, false });
        }
        names.append(marker.name);
        groups.last().hasRequestTimeout |= marker.kind == WaterfallMarker::Kind::RequestTimeout;
    }
    flush();
    return groups;
}

} // namespace Gatescope::Gui
