#include "report/WaterfallLayout.h"

#include <cmath>

namespace Gatescope {

WaterfallLayout WaterfallLayout::fromExchanges(const QList<Exchange> &exchanges, const QStringList &labels)
{
    QList<const Exchange *> pointers;
    pointers.reserve(exchanges.size());
    for (const Exchange &exchange : exchanges)
        pointers.append(&exchange);
    return fromExchanges(pointers, labels);
}

WaterfallLayout WaterfallLayout::fromExchanges(const QList<const Exchange *> &exchanges, const QStringList &labels)
{
    WaterfallLayout layout;
    QDateTime first;
    bool allTimed = !exchanges.isEmpty();
    for (const Exchange *exchange : exchanges) {
        if (!exchange->startedAt.isValid())
            allTimed = false;
        else if (!first.isValid() || exchange->startedAt < first)
            first = exchange->startedAt;
    }
    double span = 0;
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        const Exchange &exchange = *exchanges.at(i);
        Row row;
        row.label = labels.value(i);
        row.offsetMs = allTimed ? double(first.msecsTo(exchange.startedAt)) : 0.0;
        row.failed = isFailure(exchange);
        double cursor = row.offsetMs;
        for (Phase phase : BarPhases) {
            const double value = phaseValue(exchange.timings, phase);
            if (value < 0 || !std::isfinite(value))
                continue;
            row.segments.append({ phase, cursor, value });
            cursor += value;
        }
        const double sum = cursor - row.offsetMs;
        row.totalMs = exchange.timings.total >= 0 && std::isfinite(exchange.timings.total)
            ? std::max(exchange.timings.total, sum)
            : sum;
        span = std::max(span, row.offsetMs + row.totalMs);
        layout.m_rows.append(row);
    }
    layout.m_spanMs = span > 0 ? span : 1;
    return layout;
}

QList<AxisTick> WaterfallLayout::ticks() const
{
    return axisTicks(0, m_spanMs, 6, 12);
}

} // namespace Gatescope
