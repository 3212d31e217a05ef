#pragma once

#include "model/Durations.h"
#include "model/Exchange.h"
#include "model/Phases.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatescope {

// The geometry of a report's timing waterfall, in milliseconds, shared by every renderer (the
// HTML report's inline SVG and the PDF's painted image): one row per exchange, each a run of
// phase segments (BarPhases of model/Phases.h) placed after the row's start offset, and a time
// axis with round tick values. Renderers only map milliseconds to their units; phase names and
// colours come from model/Phases.h, durations from model/Durations.h.
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
        bool failed = false; // isFailure(exchange)
        QList<Segment> segments;
    };

    // One row per exchange; offsets come from Exchange::startedAt when every exchange has one.
    static WaterfallLayout fromExchanges(const QList<Exchange> &exchanges, const QStringList &labels);
    // The same over exchanges held elsewhere (a big report's, without copying them).
    static WaterfallLayout fromExchanges(const QList<const Exchange *> &exchanges, const QStringList &labels);

    const QList<Row> &rows() const { return m_rows; }
    double spanMs() const { return m_spanMs; } // the axis end (>= every row's end, > 0)
    QList<AxisTick> ticks() const; // 0 and at most six 1-2-5 steps up to spanMs, labelled

private:
    QList<Row> m_rows;
    double m_spanMs = 1;
};

} // namespace Gatescope
