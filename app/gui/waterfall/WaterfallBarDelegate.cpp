#include "gui/waterfall/WaterfallBarDelegate.h"

#include "gui/waterfall/WaterfallColors.h"
#include "gui/waterfall/WaterfallFrameLane.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallScale.h"
#include "model/Phases.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Gatescope::Gui {

WaterfallBarDelegate::WaterfallBarDelegate(const WaterfallScale *scale, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_scale(scale)
{ }

int WaterfallBarDelegate::timelineInset(const QFontMetrics &metrics)
{
    return std::max(2, metrics.averageCharWidth());
}

QSize WaterfallBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(option.fontMetrics.averageCharWidth() * 30);
    if (m_frameLanes)
        size.setHeight(size.height() + frameLaneRect(QRect(0, 0, 1, size.height()), option.fontMetrics).height() + 2);
    return size;
}

QRect WaterfallBarDelegate::frameLaneRect(const QRect &cell, const QFontMetrics &metrics)
{
    const int height = std::max(5, int(std::lround(metrics.height() * 0.6)));
    return QRect(cell.left(), cell.bottom() - height, cell.width(), height);
}

double WaterfallBarDelegate::frameMergeDistance(const QFontMetrics &metrics)
{
    return std::max(4.0, metrics.averageCharWidth() * 0.75);
}

bool WaterfallBarDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (event && view && event->type() == QEvent::ToolTip) {
        const WaterfallBar bar = index.data(WaterfallModel::BarRole).value<WaterfallBar>();
        const QRect lane = frameLaneRect(option.rect, option.fontMetrics);
        if (!bar.frames.isEmpty() && event->pos().y() >= lane.top() - 2 && event->pos().y() <= lane.bottom() + 2) {
            const int inset = timelineInset(option.fontMetrics);
            const double mergePx = frameMergeDistance(option.fontMetrics);
            const QList<WaterfallFrameMark> marks
                = WaterfallFrameLane::marks(*m_scale, bar.startMs, bar.frames, mergePx);
            const double x = event->pos().x() - option.rect.left() - inset;
            const int at = WaterfallFrameLane::markAt(marks, x, std::max(3.0, mergePx / 2));
            if (at >= 0) {
                const WaterfallFrameMark &mark = marks.at(at);
                const QRect markRect(int(option.rect.left() + inset + mark.x) - 2, lane.top(),
                                     int(mark.endX - mark.x) + 5, lane.height());
                QToolTip::showText(event->globalPos(), WaterfallFrameLane::toolTip(bar.frames, mark), view->viewport(),
                                   markRect);
                return true;
            }
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void WaterfallBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant value = index.data(WaterfallModel::BarRole);
    if (!value.canConvert<WaterfallBar>())
        return;
    const WaterfallBar bar = value.value<WaterfallBar>();
    if (bar.frames.isEmpty()) {
        paintBar(painter, option, bar);
        return;
    }
    // The bar above, the frame lane under it.
    QStyleOptionViewItem above = option;
    above.rect.setBottom(frameLaneRect(option.rect, option.fontMetrics).top() - 1);
    paintBar(painter, above, bar);
    paintFrameLane(painter, option, bar);
}

void WaterfallBarDelegate::paintFrameLane(QPainter *painter, const QStyleOptionViewItem &option,
                                          const WaterfallBar &bar) const
{
    QPalette::ColorGroup group = QPalette::Active;
    if (!(option.state & QStyle::State_Enabled))
        group = QPalette::Disabled;
    else if (!(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const WaterfallColors colors(option.palette, group);
    const int inset = timelineInset(option.fontMetrics);
    const QRect lane = frameLaneRect(option.rect, option.fontMetrics);
    const double left = option.rect.left() + inset;
    const double right = option.rect.right() - inset;
    if (right <= left)
        return;
    const QList<WaterfallFrameMark> marks
        = WaterfallFrameLane::marks(*m_scale, bar.startMs, bar.frames, frameMergeDistance(option.fontMetrics));

    painter->save();
    painter->setClipRect(option.rect);
    painter->setRenderHint(QPainter::Antialiasing, false);
    // On a selected row the lane keeps the base colour under it, so the marks read as on any row.
    if (option.state & QStyle::State_Selected)
        painter->fillRect(QRectF(left - inset / 2.0, lane.top(), right - left + inset, lane.height()),
                          option.palette.color(group, QPalette::Base));
    // A hairline along the lane, from the bar's start to its end: the marks belong to this bar.
    const double from = std::clamp(left + m_scale->xForTime(bar.startMs), left, right);
    const double to = std::clamp(left + m_scale->xForTime(bar.endMs()), left, right);
    const double middle = lane.top() + lane.height() / 2;
    if (to > from)
        painter->fillRect(QRectF(from, middle, to - from, 1), colors.gridLine());

    QFont countFont = option.font;
    countFont.setPixelSize(std::max(7, lane.height()));
    const QFontMetrics countMetrics(countFont);
    painter->setFont(countFont);
    const double markWidth = std::max(2.0, std::round(lane.height() / 4.0));
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const WaterfallFrameMark &mark = marks.at(i);
        const double x0 = std::round(left + mark.x);
        const double width = std::max(markWidth, std::round(mark.endX - mark.x) + 1);
        const QColor color = colors.frame(mark.kind);
        // Shapes tell the kinds apart without colour: control frames a short tick in the middle,
        // DATA the lower two thirds, HEADERS and GOAWAY the whole lane, a failure the whole row.
        QRectF rect(x0, lane.top(), width, lane.height());
        switch (mark.kind) {
        case WaterfallFrameMark::Kind::Control:
            rect = QRectF(x0, lane.top() + lane.height() / 3.0, width, std::max(2.0, lane.height() / 3.0));
            break;
        case WaterfallFrameMark::Kind::Data:
            rect = QRectF(x0, lane.top() + lane.height() / 3.0, width, lane.height() * 2 / 3.0);
            break;
        case WaterfallFrameMark::Kind::Headers:
        case WaterfallFrameMark::Kind::GoAway:
            break;
        case WaterfallFrameMark::Kind::Failure:
            painter->fillRect(QRectF(x0, option.rect.top(), std::max(2.0, markWidth / 2), option.rect.height()), color);
            rect = QRectF(x0 - 1, lane.top(), width + 2, lane.height());
            break;
        }
        painter->fillRect(rect, color);
        if (mark.count() > 1) {
            // The count beside the mark, when it fits before the next one.
            const QString count = QString::number(mark.count());
            const double textLeft = rect.right() + 2;
            const double room = (i + 1 < marks.size() ? left + marks.at(i + 1).x : right) - textLeft - 1;
            if (countMetrics.horizontalAdvance(count) <= room) {
                painter->setPen(option.palette.color(group, QPalette::Text));
                painter->drawText(QRectF(textLeft, lane.top(), room, lane.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                  count);
            }
        }
    }
    painter->restore();
}

void WaterfallBarDelegate::paintBar(QPainter *painter, const QStyleOptionViewItem &option,
                                    const WaterfallBar &bar) const
{
    QPalette::ColorGroup group = QPalette::Active;
    if (!(option.state & QStyle::State_Enabled))
        group = QPalette::Disabled;
    else if (!(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const WaterfallColors colors(option.palette, group);

    const int inset = timelineInset(option.fontMetrics);
    const QRect area = option.rect.adjusted(inset, 0, -inset, 0);
    if (area.width() <= 0)
        return;
    const double barHeight = std::max(3.0, std::round(option.rect.height() * 0.56));
    const double top = option.rect.top() + std::round((option.rect.height() - barHeight) / 2);
    const double left = area.left();
    const double right = area.left() + area.width();
    auto xFor = [&](double ms) { return left + m_scale->xForTime(ms); };

    painter->save();
    painter->setClipRect(option.rect);
    painter->setRenderHint(QPainter::Antialiasing, false);

    const double barStartX = xFor(bar.startMs);
    const double barEndX = xFor(bar.endMs());
    if (barEndX < left || barStartX > right) {
        // Out of the visible range: an edge mark on the side where the bar is.
        const double markWidth = std::max(2.0, barHeight / 3);
        const double x = barEndX < left ? left - inset / 2.0 : right + inset / 2.0 - markWidth;
        painter->fillRect(QRectF(x, top, markWidth, barHeight), colors.gatewayTimeoutMarker());
        painter->restore();
        return;
    }

    // Segments snap to whole pixels; a phase shorter than a pixel still gets one, and the next
    // phase starts after it, so every phase that happened stays visible at any zoom.
    double paintedTo = -1e9;
    auto segment = [&](double fromMs, double toMs, const QColor &color) {
        if (!(toMs > fromMs))
            return;
        const double x0 = std::max(std::round(std::clamp(xFor(fromMs), left - 1, right + 1)), paintedTo);
        const double x1 = std::max(std::round(std::clamp(xFor(toMs), left - 1, right + 1)), x0 + 1);
        if (x0 > right + 1)
            return;
        painter->fillRect(QRectF(x0, top, x1 - x0, barHeight), color);
        paintedTo = x1;
    };

    double cursor = bar.startMs;
    double waitStartMs = -1, waitMs = -1;
    for (size_t i = 0; i < BarPhases.size(); ++i) {
        if (bar.phaseMs[i] < 0)
            continue;
        if (BarPhases[i] == Phase::Wait) {
            waitStartMs = cursor;
            waitMs = bar.phaseMs[i];
        }
        segment(cursor, cursor + bar.phaseMs[i], colors.phase(BarPhases[i]));
        cursor += bar.phaseMs[i];
    }
    if (waitMs > 0 && !bar.waitSplitMs.isEmpty()) {
        // The wait split by the hops' own reports: the parts in front of the innermost one lightened,
        // a divider between parts (the tooltip names each part and the header it comes from).
        QColor light = option.palette.color(group, QPalette::Base);
        light.setAlphaF(0.45f);
        QColor divider = option.palette.color(group, QPalette::Base);
        double from = waitStartMs;
        for (qsizetype i = 0; i < bar.waitSplitMs.size(); ++i) {
            const double to = std::min(waitStartMs + waitMs, from + bar.waitSplitMs.at(i));
            const double x0 = std::clamp(xFor(from), left, right);
            const double x1 = std::clamp(xFor(to), left, right);
            if (i + 1 < bar.waitSplitMs.size() && x1 - x0 >= 1)
                painter->fillRect(QRectF(x0, top + barHeight / 4, x1 - x0, barHeight / 2), light);
            if (i > 0 && x0 > left && x0 < right)
                painter->fillRect(QRectF(std::round(x0), top, 1, barHeight), divider);
            from = to;
        }
    }
    if (bar.live && bar.livePhase != Phase::None) {
        const double from = std::max(cursor, bar.startMs + bar.livePhaseStartMs);
        segment(from, bar.startMs + bar.liveNowMs, colors.phase(bar.livePhase));
        cursor = std::max(cursor, bar.startMs + bar.liveNowMs);
    }
    const double endMs = bar.endMs();
    if (endMs > cursor) {
        // Time the phases do not account for (e.g. a timeout in a phase that never finished).
        const double thickness = std::max(1.0, std::round(barHeight / 4));
        const double x0 = std::clamp(xFor(cursor), left - 1, right + 1);
        const double x1 = std::clamp(xFor(endMs), left - 1, right + 1);
        painter->fillRect(QRectF(x0, top + (barHeight - thickness) / 2, std::max(1.0, x1 - x0), thickness),
                          bar.failed ? colors.failure() : colors.gatewayTimeoutMarker());
    }
    if (bar.failed) {
        // A failure cap at the end, so a 5xx or a dropped connection is visible in the bar column too.
        const double capWidth = std::max(2.0, std::round(barHeight / 4));
        const double x = std::clamp(barEndX, left, right + 1) - capWidth;
        painter->fillRect(QRectF(x, top - 1, capWidth, barHeight + 2), colors.failure());
    }
    painter->restore();
}

} // namespace Gatescope::Gui
