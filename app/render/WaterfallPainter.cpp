#include "render/WaterfallPainter.h"

#include "model/Durations.h"
#include "model/Phases.h"

#include <QFontMetricsF>

namespace Gatescope::Gui {

namespace {
constexpr qreal RowHeight = 22;
constexpr qreal AxisHeight = 22;
constexpr qreal LegendHeight = 26;
} // namespace

QSizeF WaterfallPainter::naturalSize(qreal width) const
{
    return { width, AxisHeight + RowHeight * qreal(m_layout.rows().size()) + LegendHeight + 8 };
}

void WaterfallPainter::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    QFont font = painter.font();
    font.setPixelSize(11);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal labelWidth = std::min<qreal>(260, rect.width() * 0.3);
    const qreal plotLeft = rect.left() + labelWidth;
    const qreal plotWidth = std::max<qreal>(100, rect.width() - labelWidth - 60);
    const qreal scale = plotWidth / m_layout.spanMs();
    const auto x = [&](double ms) { return plotLeft + ms * scale; };
    const qreal rowsBottom = rect.top() + AxisHeight + RowHeight * qreal(m_layout.rows().size());

    painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
    for (const AxisTick &tick : m_layout.ticks()) {
        painter.drawLine(QPointF(x(tick.ms), rect.top() + AxisHeight - 4), QPointF(x(tick.ms), rowsBottom));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QPointF(x(tick.ms) - metrics.horizontalAdvance(tick.label) / 2, rect.top() + AxisHeight - 8),
                         tick.label);
        painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
    }

    for (qsizetype i = 0; i < m_layout.rows().size(); ++i) {
        const WaterfallLayout::Row &row = m_layout.rows().at(i);
        const qreal top = rect.top() + AxisHeight + RowHeight * qreal(i);
        painter.setPen(row.failed ? QColor(0xb0, 0x00, 0x20) : QColor(0x22, 0x22, 0x22));
        painter.drawText(QPointF(rect.left() + 4, top + 15),
                         metrics.elidedText(row.label, Qt::ElideRight, labelWidth - 8));
        painter.setPen(Qt::NoPen);
        for (const WaterfallLayout::Segment &segment : row.segments) {
            painter.setBrush(QColor::fromRgb(QRgb(phaseBaseColor(segment.phase))));
            painter.drawRect(QRectF(x(segment.startMs), top + 4, std::max<qreal>(1.0, segment.durationMs * scale), 14));
        }
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QPointF(std::min(rect.right() - 56, x(row.offsetMs + row.totalMs) + 4), top + 15),
                         formatDuration(row.totalMs));
    }

    qreal legendX = plotLeft;
    const qreal legendY = rowsBottom + 10;
    for (Phase phase : BarPhases) {
        const QString name = phaseName(phase, PhaseNameForm::Long);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromRgb(QRgb(phaseBaseColor(phase))));
        if (legendX + 14 + metrics.horizontalAdvance(name) > rect.right())
            break;
        painter.drawRect(QRectF(legendX, legendY, 10, 10));
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QPointF(legendX + 14, legendY + 9), name);
        legendX += 24 + metrics.horizontalAdvance(name);
    }
    painter.restore();
}

QImage WaterfallPainter::image(int width, qreal devicePixelRatio) const
{
    const QSizeF size = naturalSize(width);
    QImage image((size * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, QRectF(QPointF(0, 0), size));
    return image;
}

} // namespace Gatescope::Gui
