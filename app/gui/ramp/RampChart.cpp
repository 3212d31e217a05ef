#include "gui/ramp/RampChart.h"

#include "gui/waterfall/WaterfallColors.h"
#include "model/Durations.h"
#include "model/Phases.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

constexpr int LegendRows = 2; // above the plot: the legend and the knee's label

// A round axis maximum at or above value: a multiple of the nice step for about four intervals.
double roundedUp(double value, double floor)
{
    const double top = std::max(value * 1.1, floor);
    const double step = niceStep(top, 4);
    return step > 0 ? std::ceil(top / step) * step : top;
}

} // namespace

RampChart::RampChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize RampChart::sizeHint() const
{
    const int em = fontMetrics().horizontalAdvance(u'M');
    return { em * 50, em * 22 };
}

QSize RampChart::minimumSizeHint() const
{
    const int em = fontMetrics().horizontalAdvance(u'M');
    return { em * 24, em * 12 };
}

void RampChart::clear(const QList<int> &levels, bool openLoop)
{
    m_levels = levels;
    m_openLoop = openLoop;
    m_steps.clear();
    m_knee = RampKnee {};
    m_throughputMax = 10;
    m_latencyMaxMs = 10;
    update();
}

void RampChart::addStep(const RampStep &step)
{
    m_steps.append(step);
    if (step.index >= m_levels.size())
        m_levels.resize(step.index + 1, step.concurrency);
    double throughput = 0;
    double latency = 0;
    for (const RampStep &s : std::as_const(m_steps)) {
        throughput = std::max(throughput, s.okThroughput());
        latency = std::max(latency, s.p90);
    }
    m_throughputMax = roundedUp(throughput, 10);
    m_latencyMaxMs = roundedUp(latency, 10);
    update();
}

void RampChart::setKnee(const RampKnee &knee)
{
    m_knee = knee;
    update();
}

QString RampChart::kneeLabel() const
{
    if (!m_knee.found())
        return {};
    const QString what = !m_knee.cause.isEmpty() ? m_knee.cause : tr("latency");
    if (m_knee.openLoop)
        return tr("knee at %1 a second: %2").arg(m_knee.concurrency).arg(what);
    return tr("knee at %1: %2").arg(m_knee.concurrency).arg(what);
}

QRect RampChart::plotRect() const
{
    const QFontMetrics metrics = fontMetrics();
    const int left = metrics.horizontalAdvance(u"00000.0"_s) + metrics.height() / 2;
    const int right = metrics.horizontalAdvance(formatDuration(m_latencyMaxMs * 10)) + metrics.height() / 2;
    const int top = metrics.height() * LegendRows + metrics.height() / 2;
    const int bottom = metrics.height() * 2 + metrics.height() / 2;
    return rect().adjusted(left, top, -right, -bottom);
}

int RampChart::stepX(int index) const
{
    const QRect plot = plotRect();
    const double width = double(plot.width()) / std::max(1, slotCount());
    return plot.left() + int(std::floor((index + 0.5) * width));
}

int RampChart::stepAt(const QPoint &position) const
{
    const QRect plot = plotRect();
    if (slotCount() == 0 || position.x() < plot.left() || position.x() > plot.right() || position.y() < plot.top()
        || position.y() > plot.bottom())
        return -1;
    const int index = int(double(position.x() - plot.left()) / plot.width() * slotCount());
    return index >= 0 && index < slotCount() ? index : -1;
}

int RampChart::yForThroughput(double value) const
{
    const QRect plot = plotRect();
    return plot.bottom() - int(std::clamp(value / m_throughputMax, 0.0, 1.0) * plot.height());
}

int RampChart::yForLatency(double ms) const
{
    const QRect plot = plotRect();
    return plot.bottom() - int(std::clamp(ms / m_latencyMaxMs, 0.0, 1.0) * plot.height());
}

QRect RampChart::kneeLabelRect() const
{
    if (!m_knee.found())
        return {};
    const QFontMetrics metrics = fontMetrics();
    const int width = metrics.horizontalAdvance(kneeLabel()) + metrics.height();
    const QRect plot = plotRect();
    const int x = std::clamp(stepX(m_knee.step) - width / 2, 0, std::max(0, rect().width() - width));
    return QRect(x, plot.top() - metrics.height() - 2, width, metrics.height());
}

QRect RampChart::kneeMarkerRect() const
{
    if (!m_knee.found())
        return {};
    const QRect plot = plotRect();
    const int x = stepX(m_knee.step);
    return QRect(QPoint(x - 1, plot.top()), QPoint(x + 1, plot.bottom())).united(kneeLabelRect());
}

void RampChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const WaterfallColors colors(pal, isEnabled() ? QPalette::Active : QPalette::Disabled);
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QRect plot = plotRect();
    const QFontMetrics metrics = fontMetrics();
    const QColor throughputColor = colors.phase(Phase::Connect);
    const QColor latencyColor = colors.phase(Phase::Wait);

    // Grid and both axes: answers per second on the left, p90 on the right.
    const int intervals = std::max(2, plot.height() / (metrics.height() * 2));
    const double throughputStep = niceStep(m_throughputMax, intervals);
    for (double value = 0; throughputStep > 0 && value <= m_throughputMax + 1e-9; value += throughputStep) {
        const int y = yForThroughput(value);
        painter.setPen(colors.gridLine());
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(throughputColor.darker(130));
        painter.drawText(QRect(0, y - metrics.height() / 2, plot.left() - metrics.height() / 4, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value, 'g', 6));
    }
    painter.setPen(latencyColor.darker(130));
    for (const AxisTick &tick : axisTicks(0, m_latencyMaxMs, intervals)) {
        const int y = yForLatency(tick.ms);
        painter.drawText(QRect(plot.right() + metrics.height() / 4, y - metrics.height() / 2,
                               rect().width() - plot.right(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }

    // The legend above the plot.
    {
        int x = plot.left();
        const int y = 0;
        const auto legend = [&](const QColor &color, const QString &text, bool bar) {
            const QRect swatch(x, y + metrics.height() / 4, metrics.height(), metrics.height() / 2);
            if (bar) {
                painter.fillRect(swatch, color);
            } else {
                painter.setPen(QPen(color, 2));
                painter.drawLine(swatch.left(), swatch.center().y(), swatch.right(), swatch.center().y());
            }
            painter.setPen(pal.color(QPalette::Text));
            const int width = metrics.horizontalAdvance(text);
            painter.drawText(QRect(swatch.right() + metrics.height() / 3, y, width, metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, text);
            x = swatch.right() + metrics.height() / 3 + width + metrics.height();
        };
        legend(throughputColor, tr("answers per second without failure (left)"), false);
        legend(latencyColor, tr("p90 (right)"), false);
        QColor failureFill = colors.failure();
        failureFill.setAlpha(90);
        legend(failureFill, tr("failure share (slot height = 100 %)"), true);
    }

    // The slots: concurrency along the bottom, the failure share as a bar.
    const int slotWidth = slotCount() > 0 ? plot.width() / slotCount() : plot.width();
    const int labelEvery
        = std::max(1, int(std::ceil(metrics.horizontalAdvance(u"0000"_s) * 1.5 / std::max(1, slotWidth))));
    painter.setPen(pal.color(QPalette::Text));
    for (int i = 0; i < slotCount(); i += labelEvery) {
        const int x = stepX(i);
        painter.drawText(
            QRect(x - slotWidth * labelEvery / 2, plot.bottom() + 2, slotWidth * labelEvery, metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop, QString::number(m_levels.at(i)));
    }
    painter.drawText(QRect(plot.left(), plot.bottom() + 2 + metrics.height(), plot.width(), metrics.height()),
                     Qt::AlignHCenter | Qt::AlignTop,
                     m_openLoop ? tr("arrival rate (requests started a second, whatever the answers)")
                                : tr("concurrency (requests in flight)"));
    QColor failureFill = colors.failure();
    failureFill.setAlpha(90);
    for (const RampStep &step : std::as_const(m_steps)) {
        if (step.failed <= 0)
            continue;
        const int height = std::max(1, int(step.failureShare() * plot.height()));
        const int barWidth = std::max(2, slotWidth * 2 / 3);
        const QRect bar(stepX(step.index) - barWidth / 2, plot.bottom() - height + 1, barWidth, height);
        painter.fillRect(bar, failureFill);
        const QString share = QString::number(step.failureShare() * 100, 'f', 0) + u" %"_s;
        if (metrics.horizontalAdvance(share) <= slotWidth) {
            painter.setPen(colors.failure());
            // Inside a tall bar (clear of the knee's label above the plot), above a short one.
            const int top = bar.height() > metrics.height() * 2 ? bar.top() + 2 : bar.top() - metrics.height();
            painter.drawText(QRect(bar.left() - slotWidth / 2, top, bar.width() + slotWidth, metrics.height()),
                             Qt::AlignHCenter | Qt::AlignBottom, share);
        }
    }

    // The two lines, through the finished steps in order.
    const auto line = [&](const QColor &color, auto yOf) {
        QPainterPath path;
        bool first = true;
        for (const RampStep &step : std::as_const(m_steps)) {
            const int y = yOf(step);
            if (y < 0)
                continue;
            const QPointF point(stepX(step.index), y);
            if (first)
                path.moveTo(point);
            else
                path.lineTo(point);
            first = false;
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(point, 3, 3);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(color, 2));
        painter.drawPath(path);
    };
    line(throughputColor, [this](const RampStep &step) { return yForThroughput(step.okThroughput()); });
    line(latencyColor, [this](const RampStep &step) { return step.p90 < 0 ? -1 : yForLatency(step.p90); });

    // The knee.
    if (m_knee.found()) {
        const int x = stepX(m_knee.step);
        QPen dashed(colors.failure(), 2, Qt::DashLine);
        painter.setPen(dashed);
        painter.drawLine(x, plot.top(), x, plot.bottom());
        const QRect label = kneeLabelRect();
        painter.fillRect(label, colors.failure());
        painter.setPen(pal.color(QPalette::Base));
        painter.drawText(label, Qt::AlignCenter, kneeLabel());
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
}

bool RampChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = stepAt(help->pos());
        const auto step
            = std::find_if(m_steps.cbegin(), m_steps.cend(), [index](const RampStep &s) { return s.index == index; });
        if (index >= 0 && step != m_steps.cend())
            QToolTip::showText(help->globalPos(),
                               RampReport::stepHeader(m_openLoop ? RampOptions::Loop::Open : RampOptions::Loop::Closed)
                                   + u'\n' + RampReport::stepLine(*step),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Gatescope::Gui
