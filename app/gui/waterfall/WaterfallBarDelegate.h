#pragma once

#include <QStyledItemDelegate>

namespace Gatescope::Gui {

class WaterfallScale;
struct WaterfallBar;

// Paints the timeline cell of a waterfall row: the item background first (selection, focus, hover
// from the style), then one segment per phase at the positions the shared WaterfallScale gives,
// a live segment that reaches "now", the unaccounted rest of a failed exchange as a thin line, and a
// failure outline. Colours come from the option's palette and colour group (WaterfallColors), sizes
// from font metrics, and bars outside the visible range are clamped to an edge mark, not dropped.
// An exchange with HTTP/2 frames gets a thin frame lane under its bar (WaterfallFrameLane: one
// mark per frame or per cluster of frames, with its count; a reset or GOAWAY with an error code
// drawn across the whole row); hovering a mark shows its frames. While setFrameLanes(true) every
// row is that much taller (the view keeps uniform row heights).
class WaterfallBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WaterfallBarDelegate(const WaterfallScale *scale, QObject *parent = nullptr); // scale not owned

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    void setFrameLanes(bool shown) { m_frameLanes = shown; }
    bool hasFrameLanes() const { return m_frameLanes; }
    // The lane's rectangle inside a timeline cell (the bar sits above it), and how close two
    // frames may be before they share one mark.
    static QRect frameLaneRect(const QRect &cell, const QFontMetrics &metrics);
    static double frameMergeDistance(const QFontMetrics &metrics);

    // Space kept free at both ends of the timeline column so the first and last ticks are readable.
    static int timelineInset(const QFontMetrics &metrics);

    void paintBar(QPainter *painter, const QStyleOptionViewItem &option, const WaterfallBar &bar) const;

private:
    void paintFrameLane(QPainter *painter, const QStyleOptionViewItem &option, const WaterfallBar &bar) const;

    const WaterfallScale *m_scale;
    bool m_frameLanes = false;
};

} // namespace Gatescope::Gui
