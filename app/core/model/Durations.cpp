#include "model/Durations.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Gatescope {

namespace {

struct DurationText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Durations)
};

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

QString formatInUnit(double ms, Unit unit, int decimals)
{
    const QString number = QLocale().toString(inUnit(ms, unit), 'f', decimals);
    switch (unit) {
    case Unit::Micro:
        //: A duration in microseconds; %1 is the localised number
        return DurationText::tr("%1 µs").arg(number);
    case Unit::Milli:
        //: A duration in milliseconds; %1 is the localised number
        return DurationText::tr("%1 ms").arg(number);
    case Unit::Second:
        //: A duration in seconds; %1 is the localised number
        return DurationText::tr("%1 s").arg(number);
    }
    return number;
}

} // namespace

QString formatDuration(double ms, double resolutionMs)
{
    if (!std::isfinite(ms))
        //: A duration that could not be measured
        return DurationText::tr("unknown");
    if (ms < 0)
        //: A phase that did not happen
        return DurationText::tr("—");
    const Unit unit = unitFor(ms);
    int decimals = 0;
    if (resolutionMs > 0) {
        decimals = decimalsForStep(inUnit(resolutionMs, unit));
    } else {
        const double value = inUnit(ms, unit);
        decimals = unit == Unit::Micro || value >= 100 ? 0 : value >= 10 ? 1 : 2;
    }
    return formatInUnit(ms, unit, decimals);
}

QString formatMilliseconds(double ms)
{
    return formatInUnit(ms, Unit::Milli, 1);
}

double niceStep(double span, double maxIntervals)
{
    if (!(span > 0) || !(maxIntervals > 0) || !std::isfinite(span))
        return 0;
    const double minimumStep = span / maxIntervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(minimumStep)));
    for (double nice : { 1.0, 2.0, 5.0 }) {
        if (nice * magnitude >= minimumStep * (1 - 1e-9))
            return nice * magnitude;
    }
    return 10 * magnitude;
}

QList<AxisTick> axisTicks(double startMs, double endMs, double maxIntervals, int maxTicks)
{
    QList<AxisTick> ticks;
    const double step = niceStep(endMs - startMs, maxIntervals);
    if (!(step > 0))
        return ticks;
    const double lastTick = std::floor(endMs / step + 1e-9) * step;
    const Unit unit = unitFor(std::max(std::abs(lastTick), step));
    const int decimals = decimalsForStep(inUnit(step, unit));
    for (double n = std::ceil(startMs / step - 1e-9); ticks.size() < maxTicks; ++n) {
        const double time = n * step;
        if (time > endMs + step * 1e-9)
            break;
        ticks.append({ time, formatInUnit(time, unit, decimals) });
    }
    return ticks;
}

} // namespace Gatescope
