#include "gui/workspace/HistoryRowDelegate.h"

#include "gui/workspace/WorkspaceModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

bool isRun(const QModelIndex &index)
{
    return WorkspaceModel::NodeKind(index.data(WorkspaceModel::NodeKindRole).toInt()) == WorkspaceModel::NodeKind::Run;
}

} // namespace

QColor HistoryRowDelegate::statusColour(const QString &statusClass, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (statusClass == u"2xx")
        return dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x7f, 0x37);
    if (statusClass == u"3xx")
        return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x09, 0x69, 0xda);
    if (statusClass == u"4xx")
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    if (statusClass == u"cancelled")
        return palette.color(QPalette::PlaceholderText);
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28); // 5xx, no response
}

QString HistoryRowDelegate::elidedWhere(const QString &where, const QFontMetrics &metrics, int width)
{
    return metrics.elidedText(where, Qt::ElideMiddle, std::max(0, width));
}

QSize HistoryRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (isRun(index))
        size.setWidth(option.fontMetrics.averageCharWidth() * 30); // no horizontal scrolling: it elides
    return size;
}

void HistoryRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isRun(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString statusClass = index.data(WorkspaceModel::StatusClassRole).toString();
    const int status = index.data(WorkspaceModel::StatusRole).toInt();
    const QString method = index.data(WorkspaceModel::MethodRole).toString();
    const QString where = index.data(WorkspaceModel::WhereRole).toString();
    const double durationMs = index.data(WorkspaceModel::DurationRole).toDouble();
    const QDateTime when = index.data(WorkspaceModel::WhenRole).toDateTime();

    // The background and selection as the style paints them, without the text.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QFontMetrics metrics(opt.font);
    const int gap = metrics.averageCharWidth();
    QRect rect = opt.rect.adjusted(gap / 2, 0, -gap / 2, 0);

    painter->save();
    painter->setClipRect(opt.rect);
    // Status: "502", "—" for no response, "×" for cancelled; a fixed width so the columns line up.
    const QString statusText = status > 0 ? QString::number(status) : statusClass == u"cancelled" ? u"×"_s : u"—"_s;
    const int statusWidth = metrics.horizontalAdvance(u"000"_s) + gap;
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(selected ? text : statusColour(statusClass, opt.palette));
    painter->drawText(QRect(rect.left(), rect.top(), statusWidth, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      statusText);
    rect.setLeft(rect.left() + statusWidth);

    // Time and duration on the right.
    painter->setFont(opt.font);
    painter->setPen(selected ? text : opt.palette.color(group, QPalette::PlaceholderText));
    const QString time = QLocale().toString(when.time(), QLocale::ShortFormat);
    const int timeWidth = metrics.horizontalAdvance(time);
    painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, time);
    rect.setRight(rect.right() - timeWidth - gap);
    if (durationMs >= 0) {
        const QString duration = WorkspaceModel::durationText(durationMs);
        const int durationWidth = std::max(metrics.horizontalAdvance(duration), metrics.horizontalAdvance(u"000 ms"_s));
        painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, duration);
        rect.setRight(rect.right() - durationWidth - gap);
    }

    // Method, then host + path in what is left, elided in the middle.
    painter->setPen(text);
    const int methodWidth = metrics.horizontalAdvance(method) + gap;
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, method);
    rect.setLeft(rect.left() + methodWidth);
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, elidedWhere(where, metrics, rect.width()));
    painter->restore();
}

} // namespace Gatescope::Gui
