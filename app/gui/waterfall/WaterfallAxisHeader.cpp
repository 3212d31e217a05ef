#include "gui/waterfall/WaterfallAxisHeader.h"

#include "gui/waterfall/WaterfallBarDelegate.h"
#include "gui/waterfall/WaterfallColors.h"
#include "gui/waterfall/WaterfallScale.h"
#include "model/Durations.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyleOptionHeader>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Gatescope::Gui {

using namespace Qt::StringLiterals;

WaterfallAxisHeader::WaterfallAxisHeader(const WaterfallScale *scale, int timelineSection, QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_scale(scale)
    , m_timelineSection(timelineSection)
{
    setAccessibleName(tr("Columns and time axis"));
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QSize WaterfallAxisHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    const QFontMetrics metrics = fontMetrics();
    // Two lines (ticks, marker labels) plus a short tick mark below them.
    size.setHeight(std::max(size.height(), 2 * metrics.height() + metrics.height() / 2 + 4));
    return size;
}

void WaterfallAxisHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (logicalIndex != m_timelineSection) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    opt.rect = rect;
    opt.section = logicalIndex;
    opt.text.clear();
    opt.position = QStyleOptionHeader::End;
    painter->save();
    style()->drawControl(QStyle::CE_Header, &opt, painter, this);
    painter->restore();
    paintAxis(painter, rect);
}

void WaterfallAxisHeader::paintAxis(QPainter *painter, const QRect &rect) const
{
    const QFontMetrics metrics = fontMetrics();
    const int inset = WaterfallBarDelegate::timelineInset(metrics);
    const double left = rect.left() + inset;
    const double right = rect.right() - inset + 1;
    const int pad = std::max(2, metrics.averageCharWidth() / 2);
    const int tickLength = std::max(3, metrics.height() / 3);
    const WaterfallColors colors(palette(), isEnabled() ? QPalette::Active : QPalette::Disabled);

    painter->save();
    painter->setClipRect(rect);
    const QColor text = palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText);

    // Ticks: a short line at the bottom edge and the label right of it on the first line.
    const double spacing = metrics.horizontalAdvance(u"000.000 ms"_s) + 2 * pad;
    double lastLabelEnd = -1e9;
    const QList<WaterfallTick> ticks = m_scale->ticks(spacing);
    for (const WaterfallTick &tick : ticks) {
        const double x = std::round(left + tick.x);
        if (x < left - 0.5 || x > right + 0.5)
            continue;
        painter->setPen(text);
        painter->drawLine(QPointF(x, rect.bottom() - tickLength), QPointF(x, rect.bottom()));
        const int labelWidth = metrics.horizontalAdvance(tick.label);
        double labelX = x + pad;
        if (labelX + labelWidth > right)
            labelX = x - pad - labelWidth; // the last tick: label on its left
        if (labelX < lastLabelEnd + pad || labelX < rect.left())
            continue;
        painter->drawText(QRectF(labelX, rect.top() + 2, labelWidth + 1, metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, tick.label);
        lastLabelEnd = labelX + labelWidth;
    }

    // Markers: a small triangle on the bottom edge and the label on the second line.
    const double labelTop = rect.top() + 2 + metrics.height();
    const QList<WaterfallMarkerGroup> groups = m_scale->visibleMarkerGroups();
    for (const WaterfallMarkerGroup &group : groups) {
        const double x = std::round(left + group.x);
        const QColor color = group.hasRequestTimeout ? colors.requestTimeoutMarker() : colors.gatewayTimeoutMarker();
        painter->setRenderHint(QPainter::Antialiasing, true);
        const double half = tickLength * 0.8;
        const QPointF triangle[] = { { x - half, double(rect.bottom() - tickLength) },
                                     { x + half, double(rect.bottom() - tickLength) },
                                     { x, double(rect.bottom()) } };
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(triangle, 3);
        painter->setRenderHint(QPainter::Antialiasing, false);
    }

    // Labels: lines a few pixels apart form one cluster with one label starting at its first line.
    // Each cluster takes the longest of its labels that fits before the next cluster: every name,
    // the first name and a count ("nginx +5 60 s"), or the times alone; the tooltip names them all.
    struct Cluster
    {
        double x = 0;
        QColor color;
        QStringList full, shortened, times;
    };
    QList<Cluster> clusters;
    double previousX = -1e9;
    for (const WaterfallMarkerGroup &group : groups) {
        const double x = std::round(left + group.x);
        const bool joinsPrevious = x - previousX < 2 * metrics.averageCharWidth();
        previousX = x;
        if (!joinsPrevious) {
            clusters.append({ x,
                              group.hasRequestTimeout ? colors.requestTimeoutMarker() : colors.gatewayTimeoutMarker(),
                              {},
                              {},
                              {} });
        }
        clusters.last().full.append(group.label);
        clusters.last().shortened.append(group.shortLabel);
        clusters.last().times.append(group.timeLabel);
    }
    double markerLabelEnd = -1e9;
    for (qsizetype i = 0; i < clusters.size(); ++i) {
        const Cluster &cluster = clusters[i];
        const double limit = i + 1 < clusters.size() ? clusters[i + 1].x - pad : rect.right() - 1.0;
        const QString separator = u" · "_s;
        const QString candidates[]
            = { cluster.full.join(separator), cluster.shortened.join(separator), cluster.times.join(separator) };
        for (const QString &label : candidates) {
            const int width = metrics.horizontalAdvance(label);
            double labelX = cluster.x + pad;
            if (labelX + width > limit && i + 1 == clusters.size())
                labelX = cluster.x - pad - width; // the last cluster may sit left of its line
            if (labelX + width > limit || labelX < markerLabelEnd + pad || labelX < rect.left())
                continue;
            painter->setPen(cluster.color);
            painter->drawText(QRectF(labelX, labelTop, width + 1, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              label);
            markerLabelEnd = labelX + width;
            break;
        }
    }
    painter->restore();
}

QString WaterfallAxisHeader::toolTipAt(const QPoint &pos) const
{
    const int section = logicalIndexAt(pos);
    if (section != m_timelineSection)
        return {};
    const int inset = WaterfallBarDelegate::timelineInset(fontMetrics());
    const double x = pos.x() - sectionViewportPosition(section) - inset;
    const double nearPx = std::max(3, fontMetrics().averageCharWidth());
    QStringList lines;
    const QList<WaterfallMarkerGroup> groups = m_scale->visibleMarkerGroups();
    for (const WaterfallMarkerGroup &group : groups) {
        if (std::abs(group.x - x) <= nearPx)
            lines.append(group.label);
    }
    //: Tooltip on the time axis: the time under the mouse pointer
    lines.append(tr("Time: +%1").arg(formatDuration(std::max(0.0, m_scale->timeForX(x)))));
    lines.append(tr("Ctrl+wheel zooms, Shift+wheel pans, Ctrl+0 shows everything"));
    return lines.join(u'\n');
}

bool WaterfallAxisHeader::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (!text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
    }
    return QHeaderView::event(event);
}

} // namespace Gatescope::Gui
