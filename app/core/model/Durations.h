#pragma once

#include <QList>
#include <QString>

namespace Gatescope {

// How every view and report writes a duration and picks the ticks of a time axis: one formatter
// with translated units through QLocale, and one "nice step" rule.
//
// Axis steps are 1, 2 or 5 × 10^k everywhere (window and reports): multiples of such a step are
// numbers a reader adds up at a glance (0, 200, 400 ms), and every label of an axis fits one unit.
// Finer sequences (1.2, 1.5, 2.5, …) give uneven labels such as 0, 1.2, 2.4, 3.6 s.

// "850 µs", "12.5 ms", "1.25 s": the unit follows the value, the decimals follow resolutionMs
// (the coarsest step the value is a multiple of; 0 = about three significant digits).
// A negative value is a phase that did not happen ("—"); a value that is not finite is "unknown".
QString formatDuration(double ms, double resolutionMs = 0);
// Always in milliseconds with one decimal ("60,012.4 ms"), for tables that list every phase.
QString formatMilliseconds(double ms);

// The smallest step of 1, 2 or 5 × 10^k that divides span into at most maxIntervals intervals.
// 0 when span or maxIntervals is not positive.
double niceStep(double span, double maxIntervals);

// One tick of a time axis: its time and its label, every label of an axis in the same unit.
struct AxisTick
{
    double ms = 0;
    QString label;
};
// The ticks at multiples of niceStep(endMs - startMs, maxIntervals) in [startMs, endMs], at most
// maxTicks of them.
QList<AxisTick> axisTicks(double startMs, double endMs, double maxIntervals, int maxTicks = 1000);

} // namespace Gatescope
