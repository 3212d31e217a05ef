#pragma once

#include <QStyledItemDelegate>

namespace Gatescope::Gui {

// Paints a History row of the workspace sidebar as columns that stay readable in a narrow sidebar:
// the status in its class's colour (2xx green, 3xx blue, 4xx amber, 5xx and no response red,
// cancelled grey), the method, host + path elided in the middle (the end of a path is what tells
// requests apart), the duration and the time. The full URL and the cause are in the tooltip.
// Other rows are painted as usual.
class HistoryRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour of a status class ("2xx" … "5xx", "none", "cancelled") on this palette.
    static QColor statusColour(const QString &statusClass, const QPalette &palette);
    // The host + path text as painted in `width` pixels (elided in the middle).
    static QString elidedWhere(const QString &where, const QFontMetrics &metrics, int width);
};

} // namespace Gatescope::Gui
