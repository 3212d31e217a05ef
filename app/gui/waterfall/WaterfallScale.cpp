#include "gui/waterfall/WaterfallScale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Gatescope::Gui {

namespace {

enum class Unit { Micro, Milli, Second };

Unit unitFor(double magnitudeMs)
{
    if (magnitudeMs < 1)
        return Unit::Micro;
    if (magnitudeMs < 1000)
        return Unit::Milli;
    return Unit::Second;
}

double inUnit(double ms, Unit unit)
{
    switch (unit) {
    case Unit::Micro:
        return ms * 1000;
    case Unit::Milli:
        return ms;
    case Unit::Second:
        return ms / 1000;
    }
    return ms;
}

// Decimals needed to show multiples of step (given in the display unit) without rounding them away.
int decimalsForStep(double step)
{
    if (step <= 0)
        return 0;
    return std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 6);
}

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

QString formatInUnit(double ms, Unit unit, int decimals)
{
    const QString number = QLocale().toString(inUnit(ms, unit), 'f', decimals);
    switch (unit) {
    case Unit::Micro:
        //: A duration in microseconds; %1 is the localised number
        return WaterfallScale::tr("%1 µs").arg(number);
    case Unit::Milli:
        //: A duration in milliseconds; %1 is the localised number
        return WaterfallScale::tr("%1 ms").arg(number);
    case Unit::Second:
        //: A duration in seconds; %1 is the localised number
        return WaterfallScale::tr("%1 s").arg(number);
    }
    return number;
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
    const double duration = m_end - m_start;
    const double minimumStep = duration * std::max(1.0, minimumSpacingPx) / m_width;
    double magnitude = std::pow(10.0, std::floor(std::log10(minimumStep)));
    double step = 10 * magnitude;
    for (double nice : { 1.0, 2.0, 5.0, 10.0 }) {
        if (nice * magnitude >= minimumStep * (1 - 1e-9)) {
            step = nice * magnitude;
            break;
        }
    }
    const double lastTick = std::floor(m_end / step + 1e-9) * step;
    const Unit unit = unitFor(std::max(std::abs(lastTick), step));
    const int decimals = decimalsForStep(inUnit(step, unit));
    for (double n = std::ceil(m_start / step - 1e-9); result.size() < 1000; ++n) {
        const double time = n * step;
        if (time > m_end + step * 1e-9)
            break;
        result.append({ time, xForTime(time), formatInUnit(time, unit, decimals) });
    }
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

QString WaterfallScale::formatDuration(double ms, double resolutionMs)
{
    if (!std::isfinite(ms))
        return tr("unknown");
    const Unit unit = unitFor(std::abs(ms));
    int decimals = 0;
    if (resolutionMs > 0) {
        decimals = decimalsForStep(inUnit(resolutionMs, unit));
    } else {
        const double value = std::abs(inUnit(ms, unit));
        decimals = unit == Unit::Micro || value >= 100 ? 0 : value >= 10 ? 1 : 2;
    }
    return formatInUnit(ms, unit, decimals);
}

QString WaterfallScale::formatMilliseconds(double ms)
{
    return formatInUnit(ms, Unit::Milli, 1);
}

} // namespace Gatescope::Gui
