#include "gui/diagnosis/HopRowView.h"

#include "gui/diagnosis/HopRowLayout.h"
#include "model/Durations.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

// The producer's colour: the palette's base tinted towards the red of an error, so that it reads
// in light and dark themes alike.
QColor producerFill(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor red(0xd9, 0x53, 0x4f);
    const double t = 0.35;
    return QColor::fromRgbF(float(base.redF() * (1 - t) + red.redF() * t),
                            float(base.greenF() * (1 - t) + red.greenF() * t),
                            float(base.blueF() * (1 - t) + red.blueF() * t));
}

} // namespace

HopRowView::HopRowView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"hopRow"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Hops"));
}

void HopRowView::setChain(const HopChain &chain)
{
    m_chain = chain;
    QStringList names;
    for (const Hop &hop : m_chain.hops)
        names.append(hop.producer ? tr("%1 (made the answer)").arg(hop.displayName) : hop.displayName);
    setAccessibleDescription(names.join(u" → "_s));
    updateGeometry();
    update();
}

double HopRowView::margin() const
{
    return fontMetrics().averageCharWidth();
}

QString HopRowView::subtitle(const Hop &hop) const
{
    if (hop.producer)
        return tr("made the answer");
    QStringList headers;
    for (const HopEvidence &item : hop.added) {
        if (!headers.contains(item.header, Qt::CaseInsensitive))
            headers.append(item.header);
    }
    return headers.isEmpty() ? tr("no header of its own") : headers.join(u", "_s);
}

HopRowLayout HopRowView::rowLayout() const
{
    const QFontMetricsF metrics(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    QList<double> widths;
    const double padding = 2 * metrics.averageCharWidth();
    for (const Hop &hop : m_chain.hops)
        widths.append(std::max(boldMetrics.horizontalAdvance(hop.displayName), metrics.horizontalAdvance(subtitle(hop)))
                      + 2 * padding + metrics.averageCharWidth()); // a character of slack against rounding
    const double height = 2 * metrics.height() + metrics.height() * 0.8;
    HopRowLayout layout = HopRowLayout::compute(widths, width() - 2 * margin(), 3 * metrics.averageCharWidth(), height,
                                                10 * metrics.averageCharWidth());
    for (QRectF &box : layout.boxes)
        box.translate(margin(), margin() / 2);
    for (QRectF &arrow : layout.arrows)
        arrow.translate(margin(), margin() / 2);
    return layout;
}

QSize HopRowView::sizeHint() const
{
    const QFontMetricsF metrics(font());
    const double height = 2 * metrics.height() + metrics.height() * 0.8 + margin();
    QFont bold = font();
    bold.setBold(true);
    double width = 2 * margin();
    for (const Hop &hop : m_chain.hops)
        width += QFontMetricsF(bold).horizontalAdvance(hop.displayName) + 7 * metrics.averageCharWidth();
    return QSize(int(width), m_chain.hops.isEmpty() ? 0 : int(std::ceil(height)));
}

QSize HopRowView::minimumSizeHint() const
{
    return QSize(0, sizeHint().height());
}

QString HopRowView::boxToolTip(int index) const
{
    if (index < 0 || index >= m_chain.hops.size())
        return {};
    const Hop &hop = m_chain.hops.at(index);
    QString html = u"<b>"_s + hop.displayName.toHtmlEscaped() + u"</b>"_s;
    if (hop.producer)
        html += u" — "_s + tr("made the answer");
    if (!hop.added.isEmpty()) {
        html += u"<br>"_s + tr("What it added:");
        for (const HopEvidence &item : hop.added)
            html += u"<br>&nbsp;&nbsp;<code>"_s + QString(item.header + u": "_s + item.value).toHtmlEscaped()
                + u"</code>"_s;
    }
    if (!hop.timeouts.isEmpty()) {
        // Each value says whether it is the product's default or the user's (the timeout table, --timeout).
        html += u"<br>"_s + tr("Timeouts:");
        for (const DefaultTimeout &timeout : hop.timeouts) {
            const QString duration = formatDuration(timeout.seconds * 1000.0);
            html += u"<br>&nbsp;&nbsp;"_s
                + (timeout.givenByUser
                       //: %1 the setting ("proxy_read_timeout"), %2 the duration the user gave
                       ? tr("%1 %2 (as you gave it)").arg(timeout.name, duration)
                       //: %1 the setting ("proxy_read_timeout"), %2 the product's default duration
                       : tr("%1 %2 (default)").arg(timeout.name, duration))
                      .toHtmlEscaped();
        }
    }
    QString place;
    if (hop.order == u"via")
        place = tr("Its place comes from its Via entry.");
    else if (hop.order == u"diagnosis")
        place = tr("Only the diagnosis names it: no header of its own shows where it stands.");
    else if (hop.order == u"connection")
        place = tr("The address the client connected to; no header names a product.");
    else if (hop.order == u"user")
        place = tr("No header shows it: it stands behind the last hop because you gave its timeouts.");
    else
        place = tr("Its place is the product's usual position (edge, load balancer, proxy), not proven by a header.");
    return html + u"<br><i>"_s + place.toHtmlEscaped() + u"</i>"_s;
}

bool HopRowView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = rowLayout().boxAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), boxToolTip(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HopRowView::paintEvent(QPaintEvent *)
{
    if (m_chain.hops.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const HopRowLayout layout = rowLayout();
    const QFontMetricsF metrics(font());
    QFont bold = font();
    bold.setBold(true);
    const double padding = 2 * metrics.averageCharWidth();
    const double radius = metrics.averageCharWidth();

    for (qsizetype i = 0; i < layout.boxes.size(); ++i) {
        const Hop &hop = m_chain.hops.at(i);
        const QRectF box = layout.boxes.at(i).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.save();
        painter.setPen(
            QPen(hop.producer ? QColor(0xd9, 0x53, 0x4f) : pal.color(QPalette::Mid), hop.producer ? 2.0 : 1.0));
        painter.setBrush(hop.producer ? producerFill(pal) : pal.color(QPalette::Button));
        painter.drawRoundedRect(box, radius, radius);
        const QRectF text = box.adjusted(padding, metrics.height() * 0.4, -padding, 0);
        painter.setPen(pal.color(hop.producer ? QPalette::Text : QPalette::ButtonText));
        painter.setFont(bold);
        painter.drawText(QRectF(text.left(), text.top(), text.width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(bold).elidedText(hop.displayName, Qt::ElideMiddle, text.width()));
        painter.setFont(font());
        if (!hop.producer)
            painter.setPen(pal.color(QPalette::Disabled, QPalette::ButtonText));
        painter.drawText(QRectF(text.left(), text.top() + metrics.height(), text.width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(subtitle(hop), Qt::ElideRight, text.width()));
        painter.restore();
    }
    painter.save();
    painter.setPen(QPen(pal.color(QPalette::WindowText), 1.2));
    for (const QRectF &arrow : layout.arrows) {
        const double y = arrow.center().y();
        const double left = arrow.left() + arrow.width() * 0.2, right = arrow.right() - arrow.width() * 0.2;
        const double head = arrow.width() * 0.18;
        painter.drawLine(QPointF(left, y), QPointF(right, y));
        painter.drawLine(QPointF(right - head, y - head), QPointF(right, y));
        painter.drawLine(QPointF(right - head, y + head), QPointF(right, y));
    }
    painter.restore();
}

} // namespace Gatescope::Gui
