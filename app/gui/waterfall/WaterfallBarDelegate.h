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
class WaterfallBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WaterfallBarDelegate(const WaterfallScale *scale, QObject *parent = nullptr); // scale not owned

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Space kept free at both ends of the timeline column so the first and last ticks are readable.
    static int timelineInset(const QFontMetrics &metrics);

    void paintBar(QPainter *painter, const QStyleOptionViewItem &option, const WaterfallBar &bar) const;

private:
    const WaterfallScale *m_scale;
};

} // namespace Gatescope::Gui
