#pragma once

#include "model/Exchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatescope {

// The geometry of a report's timing waterfall, in milliseconds, shared by every renderer (the
// HTML report's inline SVG and the PDF's painted image): one row per exchange, each a run of
// phase segments (blocked, dns, connect, tls, send, wait, download) placed after the row's start
// offset, and a time axis with round tick values. Renderers only map milliseconds to their units.
class WaterfallLayout
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::WaterfallLayout)
public:
    struct Segment
    {
        Phase phase = Phase::None;
        double startMs = 0;
        double durationMs = 0;
    };
    struct Row
    {
        QString label;
        double offsetMs = 0; // start of the exchange relative to the first one
        double totalMs = 0; // the exchange's total, or the sum of its phases
        bool failed = false; // 5xx or no usable response
        QList<Segment> segments;
    };

    // One row per exchange; offsets come from Exchange::startedAt when every exchange has one.
    static WaterfallLayout fromExchanges(const QList<Exchange> &exchanges, const QStringList &labels);

    const QList<Row> &rows() const { return m_rows; }
    double spanMs() const { return m_spanMs; } // the axis end (>= every row's end, > 0)
    QList<double> ticksMs() const; // 0 and 4–6 round values up to spanMs

    static QList<Phase> phases(); // the bar phases in order
    static QString phaseName(Phase phase); // translated: "DNS", "Wait (time to first byte)", …
    static QString colorName(Phase phase); // "#rrggbb", readable on white and in print
    static QString formatMs(double ms); // "0.4 ms", "2.00 s" (QLocale, translated units)

private:
    QList<Row> m_rows;
    double m_spanMs = 1;
};

} // namespace Gatescope
