#include "report/WaterfallLayout.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatescope {

QList<Phase> WaterfallLayout::phases()
{
    return { Phase::Blocked, Phase::Dns, Phase::Connect, Phase::Tls, Phase::Send, Phase::Wait, Phase::Download };
}

static double phaseValue(const Timings &t, Phase phase)
{
    switch (phase) {
    case Phase::Blocked:
        return t.blocked;
    case Phase::Dns:
        return t.dns;
    case Phase::Connect:
        return t.connect;
    case Phase::Tls:
        return t.tls;
    case Phase::Send:
        return t.send;
    case Phase::Wait:
        return t.wait;
    case Phase::Download:
        return t.download;
    case Phase::None:
        break;
    }
    return -1;
}

WaterfallLayout WaterfallLayout::fromExchanges(const QList<Exchange> &exchanges, const QStringList &labels)
{
    WaterfallLayout layout;
    QDateTime first;
    bool allTimed = !exchanges.isEmpty();
    for (const Exchange &exchange : exchanges) {
        if (!exchange.startedAt.isValid())
            allTimed = false;
        else if (!first.isValid() || exchange.startedAt < first)
            first = exchange.startedAt;
    }
    double span = 0;
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        const Exchange &exchange = exchanges.at(i);
        Row row;
        row.label = labels.value(i);
        row.offsetMs = allTimed ? double(first.msecsTo(exchange.startedAt)) : 0.0;
        row.failed
            = exchange.transport.outcome != Outcome::Ok || (exchange.response && exchange.response->status >= 500);
        double cursor = row.offsetMs;
        for (Phase phase : phases()) {
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

QList<double> WaterfallLayout::ticksMs() const
{
    // A 1-2-5 step giving at most six intervals.
    const double raw = m_spanMs / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        step = factor * magnitude;
        if (m_spanMs / step <= 6.0)
            break;
    }
    QList<double> ticks;
    for (double t = 0; t <= m_spanMs * 1.0000001 && ticks.size() < 12; t += step)
        ticks.append(t);
    return ticks;
}

QString WaterfallLayout::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Blocked:
        return tr("Blocked");
    case Phase::Dns:
        return tr("DNS");
    case Phase::Connect:
        return tr("Connect");
    case Phase::Tls:
        return tr("TLS");
    case Phase::Send:
        return tr("Send");
    case Phase::Wait:
        return tr("Wait (time to first byte)");
    case Phase::Download:
        return tr("Download");
    case Phase::None:
        break;
    }
    return {};
}

QString WaterfallLayout::colorName(Phase phase)
{
    switch (phase) {
    case Phase::Blocked:
        return u"#9e9e9e"_s;
    case Phase::Dns:
        return u"#2a9d8f"_s;
    case Phase::Connect:
        return u"#e9a23b"_s;
    case Phase::Tls:
        return u"#8e5cc4"_s;
    case Phase::Send:
        return u"#4c9be8"_s;
    case Phase::Wait:
        return u"#3aa655"_s;
    case Phase::Download:
        return u"#1f5fa8"_s;
    case Phase::None:
        break;
    }
    return u"#000000"_s;
}

QString WaterfallLayout::formatMs(double ms)
{
    const QLocale locale;
    if (ms < 0)
        //: a phase that did not happen
        return tr("—");
    if (ms >= 1000.0)
        //: seconds, e.g. "2.00 s"
        return tr("%1 s").arg(locale.toString(ms / 1000.0, 'f', 2));
    //: milliseconds, e.g. "0.4 ms"
    return tr("%1 ms").arg(locale.toString(ms, 'f', ms < 10 ? 1 : 0));
}

} // namespace Gatescope
