#include "gui/watch/WatchChart.h"

#include "gui/waterfall/WaterfallColors.h"
#include "model/Durations.h"
#include "model/Phases.h"
#include "series/SeriesSummary.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

constexpr int StripRows = 2; // the status strip: this many text lines high

bool failed(const SeriesSample &sample)
{
    return sample.exchange.transport.outcome != Outcome::Cancelled && isFailure(sample.exchange);
}

QString statusText(const SeriesSample &sample)
{
    const Exchange &exchange = sample.exchange;
    return exchange.response ? QString::number(exchange.response->status) : outcomeId(exchange.transport.outcome);
}

} // namespace

WatchChart::WatchChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize WatchChart::sizeHint() const
{
    const int em = fontMetrics().horizontalAdvance(u'M');
    return { em * 50, em * 20 };
}

QSize WatchChart::minimumSizeHint() const
{
    const int em = fontMetrics().horizontalAdvance(u'M');
    return { em * 20, em * 10 };
}

void WatchChart::clear(int expectedCount)
{
    m_samples.clear();
    m_expected = std::max(1, expectedCount);
    m_axisMs = 10;
    update();
}

void WatchChart::addSample(const SeriesSample &sample)
{
    m_samples.append(sample);
    const double total = std::max(0.0, sample.exchange.timings.total);
    if (total > m_axisMs) {
        const double step = niceStep(total * 1.1, 4);
        m_axisMs = step > 0 ? std::ceil(total * 1.05 / step) * step : total;
    }
    update();
}

int WatchChart::columns() const
{
    return std::max(m_expected, int(m_samples.size()));
}

QRect WatchChart::plotRect() const
{
    const QFontMetrics metrics = fontMetrics();
    const int left = metrics.horizontalAdvance(formatDuration(m_axisMs * 10)) + metrics.height() / 2;
    const int top = metrics.height() * StripRows + metrics.height() / 2;
    const int bottom = metrics.height() + metrics.height() / 2;
    return rect().adjusted(left, top, -metrics.height() / 2, -bottom);
}

QRect WatchChart::columnRect(int index) const
{
    const QRect plot = plotRect();
    const double width = double(plot.width()) / columns();
    const int x0 = plot.left() + int(std::floor(index * width));
    const int x1 = plot.left() + int(std::floor((index + 1) * width));
    return QRect(QPoint(x0, 0), QPoint(std::max(x0, x1 - 1), plot.bottom()));
}

int WatchChart::sampleAt(const QPoint &position) const
{
    const QRect plot = plotRect();
    if (position.x() < plot.left() || position.x() > plot.right() || position.y() > plot.bottom())
        return -1;
    const int index = int(double(position.x() - plot.left()) / plot.width() * columns());
    return index >= 0 && index < m_samples.size() ? index : -1;
}

void WatchChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const WaterfallColors colors(pal, isEnabled() ? QPalette::Active : QPalette::Disabled);
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QRect plot = plotRect();
    const QFontMetrics metrics = fontMetrics();

    // Time axis: horizontal grid lines with labels on the left.
    painter.setPen(colors.gridLine());
    const QList<AxisTick> ticks = axisTicks(0, m_axisMs, std::max(2, plot.height() / (metrics.height() * 2)));
    for (const AxisTick &tick : ticks) {
        const int y = plot.bottom() - int(tick.ms / m_axisMs * plot.height());
        painter.setPen(colors.gridLine());
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(0, y - metrics.height() / 2, plot.left() - metrics.height() / 4, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tick.label);
    }
    // Request numbers along the bottom, about every 10th.
    const int labelEvery
        = std::max(1, int(std::ceil(columns() / std::max(1.0, plot.width() / (metrics.height() * 3.0)))));
    painter.setPen(pal.color(QPalette::Text));
    for (int i = 0; i < columns(); i += labelEvery) {
        const QRect column = columnRect(i);
        painter.drawText(QRect(column.left() - metrics.height(), plot.bottom() + 2,
                               metrics.height() * 2 + column.width(), metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, QString::number(i + 1));
    }

    const int stripHeight = metrics.height() * StripRows;
    for (int i = 0; i < m_samples.size(); ++i) {
        const SeriesSample &sample = m_samples.at(i);
        const QRect column = columnRect(i);
        const int barLeft = column.left() + (column.width() > 4 ? 1 : 0);
        const int barWidth = std::max(1, column.width() - (column.width() > 4 ? 2 : 0));
        // Stacked phases, bottom up, in the order they happen.
        double below = 0;
        for (Phase phase : BarPhases) {
            const double ms = phaseValue(sample.exchange.timings, phase);
            if (ms <= 0)
                continue;
            const int y0 = plot.bottom() - int(below / m_axisMs * plot.height());
            below += ms;
            const int y1 = plot.bottom() - int(std::min(below, m_axisMs) / m_axisMs * plot.height());
            painter.fillRect(QRect(QPoint(barLeft, std::min(y0, y1)), QSize(barWidth, std::max(1, std::abs(y0 - y1)))),
                             colors.phase(phase));
        }
        // The status strip.
        const bool bad = failed(sample);
        const QRect cell(barLeft, 0, barWidth, stripHeight - 2);
        painter.fillRect(cell, bad ? colors.failure() : colors.phase(Phase::Download).lighter(150));
        if (bad) {
            QPen outline(colors.failure());
            outline.setWidth(1);
            painter.setPen(outline);
            painter.drawRect(QRect(barLeft, stripHeight, barWidth - 1, plot.bottom() - stripHeight));
        }
        const QString text = statusText(sample);
        if (metrics.horizontalAdvance(text) <= column.width()) {
            painter.setPen(bad ? pal.color(QPalette::Base) : pal.color(QPalette::Text));
            painter.drawText(cell, Qt::AlignCenter, text);
        }
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
}

void WatchChart::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = sampleAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0 && failed(m_samples.at(index)))
        Q_EMIT failureClicked(index);
    QWidget::mouseReleaseEvent(event);
}

bool WatchChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = sampleAt(help->pos());
        if (index >= 0) {
            QString text = SeriesReport::sampleLine(m_samples.at(index));
            if (failed(m_samples.at(index)))
                text += u'\n' + tr("Click to see its diagnosis.");
            QToolTip::showText(help->globalPos(), text, this, columnRect(index));
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace Gatescope::Gui
