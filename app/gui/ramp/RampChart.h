#pragma once

#include "series/RampReport.h"
#include "series/RampRunner.h"

#include <QList>
#include <QWidget>

namespace Gatescope::Gui {

// The chart of a ramp, painted like the watch chart (the waterfall's colours, no extra library):
// one slot per planned step along the bottom, labelled with its concurrency; in each finished
// slot a bar of the step's failure share (5xx, 429, no answer) in the failure colour, the answers
// per second without failure as a line on the left axis, and the p90 as a line on the right
// (time) axis. The knee is a dashed vertical line through its step's slot with a label naming the
// concurrency and the verdict there (or "latency" when it turned without failures). The slot
// geometry (stepX, stepAt, kneeMarkerRect) is plain arithmetic a test can check; the tooltip of a
// slot reads like the CLI's step line.
class RampChart : public QWidget
{
    Q_OBJECT
public:
    explicit RampChart(QWidget *parent = nullptr);

    // The planned steps; openLoop: the levels are arrival rates (requests a second).
    void clear(const QList<int> &levels, bool openLoop = false);
    void addStep(const RampStep &step);
    void setKnee(const RampKnee &knee);
    int slotCount() const { return int(m_levels.size()); }
    int stepCount() const { return int(m_steps.size()); }
    const RampKnee &knee() const { return m_knee; }
    QString kneeLabel() const; // what the marker says; empty without a knee

    int stepX(int index) const; // the centre of step `index`'s slot
    int stepAt(const QPoint &position) const; // the slot under position; -1 when none
    QRect kneeMarkerRect() const; // the marker (line and label); empty without a knee
    double throughputAxisMaximum() const { return m_throughputMax; }
    double latencyAxisMaximumMs() const { return m_latencyMaxMs; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotRect() const;
    QRect kneeLabelRect() const;
    int yForThroughput(double value) const;
    int yForLatency(double ms) const;

    QList<int> m_levels;
    QList<RampStep> m_steps;
    RampKnee m_knee;
    bool m_openLoop = false;
    double m_throughputMax = 10;
    double m_latencyMaxMs = 10;
};

} // namespace Gatescope::Gui
