#pragma once

#include <QHeaderView>

namespace Gatescope::Gui {

class WaterfallScale;

// The waterfall's column header. Ordinary sections show their titles; the timeline section is
// painted as a time axis from the shared WaterfallScale: tick labels in the unit of the step on the
// first line and the marker labels (request timeout, gateway timeouts) on the second, each at the x
// where its line crosses the rows. Labels that would collide are moved to the other side of their
// line or left to the tooltip, which also tells the time under the pointer.
class WaterfallAxisHeader : public QHeaderView
{
    Q_OBJECT
public:
    WaterfallAxisHeader(const WaterfallScale *scale, int timelineSection, QWidget *parent = nullptr); // scale not owned

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    bool event(QEvent *event) override;

private:
    void paintAxis(QPainter *painter, const QRect &rect) const;
    QString toolTipAt(const QPoint &pos) const;

    const WaterfallScale *m_scale;
    int m_timelineSection;
};

} // namespace Gatescope::Gui
