#include "gui/lab/LabScenarioDelegate.h"

#include "gui/lab/LabScenarioModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QUrl>

namespace Gatescope::Gui {

namespace {

using RunState = LabScenarioModel::RunState;

RunState stateOf(const QModelIndex &index)
{
    return RunState(index.data(LabScenarioModel::RunStateRole).toInt());
}

QColor secondaryText(const QPalette &palette)
{
    QColor color = palette.color(QPalette::Text);
    color.setAlphaF(0.68f);
    return color;
}

} // namespace

LabScenarioDelegate::LabScenarioDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QColor LabScenarioDelegate::verdictColor(const QPalette &palette, bool matched)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (matched)
        return dark ? QColor(0x6d, 0xd3, 0x8a) : QColor(0x1b, 0x7f, 0x37);
    return dark ? QColor(0xff, 0x86, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

int LabScenarioDelegate::margin(const QStyleOptionViewItem &option)
{
    return std::max(4, option.fontMetrics.height() / 3);
}

QList<LabScenarioDelegate::Block> LabScenarioDelegate::blocks(const QStyleOptionViewItem &option,
                                                              const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = selected ? text : secondaryText(palette);
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);

    QList<Block> list;
    switch (index.column()) {
    case LabScenarioModel::ScenarioColumn: {
        list.append({ index.data(LabScenarioModel::TitleRole).toString(), bold, text });
        list.append({ index.data(LabScenarioModel::StoryRole).toString(), small, secondary });
        break;
    }
    case LabScenarioModel::ExpectedColumn: {
        list.append({ index.data(LabScenarioModel::ExpectedDiagnosisRole).toString(), bold, text });
        const RunState state = stateOf(index);
        if (state == RunState::Matched || state == RunState::Differed) {
            const bool matched = state == RunState::Matched;
            const QColor color = selected ? text : verdictColor(palette, matched);
            //: Lab: the diagnosis the last run actually gave
            const QString verdict = tr("Live: %1").arg(index.data(LabScenarioModel::VerdictRole).toString());
            list.append({ matched ? verdict : index.data(LabScenarioModel::DifferenceRole).toString(), small, color });
        } else {
            list.append({ index.data(LabScenarioModel::TextbookCaseRole).toString(), small, secondary });
        }
        break;
    }
    case LabScenarioModel::StateColumn: {
        const RunState state = stateOf(index);
        QColor color = text;
        if (!selected && (state == RunState::Matched || state == RunState::Differed))
            color = verdictColor(palette, state == RunState::Matched);
        list.append({ index.data(Qt::DisplayRole).toString(), bold, color });
        break;
    }
    default:
        break;
    }
    return list;
}

QSize LabScenarioDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int m = margin(opt);
    const int lineHeight = opt.fontMetrics.height();
    if (index.column() == LabScenarioModel::RunColumn) {
        const QString label = index.data(Qt::DisplayRole).toString();
        return { opt.fontMetrics.horizontalAdvance(label) + 2 * lineHeight + 2 * m, 2 * lineHeight + 2 * m };
    }
    if (index.column() == LabScenarioModel::StateColumn) {
        // The mark alone; its word shows when the column is widened (and in the tooltip).
        return { lineHeight + lineHeight / 3 + 2 * m, 2 * lineHeight + 2 * m };
    }
    // Two lines of text, each elided to the column (the page's detail pane has the whole story).
    int height = 2 * m;
    const QList<Block> list = blocks(opt, index);
    int width = 0;
    for (const Block &block : list) {
        const QFontMetrics metrics(block.font);
        height += metrics.height() + m / 2;
        width
            = std::max(width, std::min(metrics.horizontalAdvance(block.text), 30 * opt.fontMetrics.averageCharWidth()));
    }
    return { width + 2 * m, std::max(height, 2 * lineHeight + 2 * m) };
}

QRect LabScenarioDelegate::runButtonRect(const QStyleOptionViewItem &option)
{
    const int lineHeight = option.fontMetrics.height();
    const int m = margin(option);
    const int height = lineHeight + 2 * m;
    const QRect cell = option.rect.adjusted(m, m, -m, -m);
    return QRect(cell.left(), cell.top(), cell.width(), std::min(height, cell.height()));
}

void LabScenarioDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Background, selection and focus from the style; the content is ours.
    const QString display = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    opt.text = display;

    painter->save();
    switch (index.column()) {
    case LabScenarioModel::StateColumn:
        paintState(painter, opt, index);
        break;
    case LabScenarioModel::RunColumn:
        paintRunButton(painter, opt, index);
        break;
    default: {
        const int m = margin(opt);
        QRect area = opt.rect.adjusted(m, m, -m, -m);
        const QList<Block> list = blocks(opt, index);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Block &block = list.at(i);
            painter->setFont(block.font);
            painter->setPen(block.color);
            const QFontMetrics metrics = painter->fontMetrics();
            const QRect line(area.left(), area.top(), area.width(), metrics.height());
            // A scenario's title keeps its status code and its last words ("504 — zu v…ige
            // Anfragen"); the other lines start a story. All are whole in the tooltip.
            const bool title = i == 0 && index.column() == LabScenarioModel::ScenarioColumn;
            painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(block.text, title ? Qt::ElideMiddle : Qt::ElideRight, area.width()));
            area.setTop(line.bottom() + 1 + m / 2);
            if (area.height() <= 0)
                break;
        }
        break;
    }
    }
    painter->restore();
}

void LabScenarioDelegate::paintState(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const int m = margin(option);
    const int lineHeight = option.fontMetrics.height();
    const int diameter = lineHeight + lineHeight / 3;
    const QRect circle(option.rect.left() + m, option.rect.top() + m, diameter, diameter);
    const RunState state = stateOf(index);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    painter->setRenderHint(QPainter::Antialiasing);

    if (state == RunState::Matched || state == RunState::Differed) {
        const bool matched = state == RunState::Matched;
        painter->setPen(Qt::NoPen);
        painter->setBrush(verdictColor(palette, matched));
        painter->drawEllipse(circle);
        QPen mark(palette.color(QPalette::Base), std::max(2.0, diameter / 7.0), Qt::SolidLine, Qt::RoundCap,
                  Qt::RoundJoin);
        painter->setPen(mark);
        painter->setBrush(Qt::NoBrush);
        const QRectF c = QRectF(circle).adjusted(diameter * 0.27, diameter * 0.27, -diameter * 0.27, -diameter * 0.27);
        if (matched) {
            QPainterPath check;
            check.moveTo(c.left(), c.center().y());
            check.lineTo(c.left() + c.width() * 0.38, c.bottom() - c.height() * 0.08);
            check.lineTo(c.right(), c.top() + c.height() * 0.1);
            painter->drawPath(check);
        } else {
            painter->drawLine(c.topLeft(), c.bottomRight());
            painter->drawLine(c.topRight(), c.bottomLeft());
        }
    } else {
        QColor ring = selected ? palette.color(QPalette::HighlightedText) : secondaryText(palette);
        if (state == RunState::Running && !selected)
            ring = palette.color(QPalette::Highlight);
        painter->setPen(
            QPen(ring, std::max(1.5, diameter / 9.0), state == RunState::Queued ? Qt::DotLine : Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        const QRectF r = QRectF(circle).adjusted(1, 1, -1, -1);
        if (state == RunState::Running)
            painter->drawArc(r, 90 * 16, -270 * 16); // an open ring: under way
        else
            painter->drawEllipse(r);
    }

    const QList<Block> list = blocks(option, index);
    if (list.isEmpty())
        return;
    painter->setFont(list.first().font);
    painter->setPen(list.first().color);
    const QRect text(circle.right() + m, circle.top(), option.rect.right() - circle.right() - m, circle.height());
    if (text.width() >= painter->fontMetrics().horizontalAdvance(list.first().text))
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, list.first().text);
}

void LabScenarioDelegate::paintRunButton(QPainter *painter, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const RunState state = stateOf(index);
    QStyleOptionButton button;
    button.initFrom(option.widget);
    button.rect = runButtonRect(option);
    button.text = index.data(Qt::DisplayRole).toString();
    button.state = QStyle::State_Raised;
    const bool enabled
        = (option.state & QStyle::State_Enabled) && state != RunState::Running && state != RunState::Queued;
    if (enabled)
        button.state |= QStyle::State_Enabled;
    if (m_pressed == index)
        button.state |= QStyle::State_Sunken;
    else if ((option.state & QStyle::State_MouseOver) && enabled)
        button.state |= QStyle::State_MouseOver;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

bool LabScenarioDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    if (index.column() != LabScenarioModel::RunColumn)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const RunState state = stateOf(index);
    const bool enabled = state != RunState::Running && state != RunState::Queued;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && enabled
            && runButtonRect(option).contains(mouse->position().toPoint())) {
            m_pressed = index;
            return true;
        }
        return false;
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool wasPressed = m_pressed.isValid() && m_pressed == index;
        m_pressed = QPersistentModelIndex();
        if (wasPressed && enabled && runButtonRect(option).contains(mouse->position().toPoint())) {
            Q_EMIT runClicked(index);
            return true;
        }
        return wasPressed;
    }
    default:
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
}

} // namespace Gatescope::Gui
