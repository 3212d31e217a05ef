#include "gui/waterfall/WaterfallBarDelegate.h"

#include "gui/waterfall/WaterfallColors.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallScale.h"
#include "model/Phases.h"

#include <QApplication>
#include <QPainter>

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
    return size;
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
    paintBar(painter, option, value.value<WaterfallBar>());
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
