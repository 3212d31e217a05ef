#include "gui/waterfall/WaterfallLegend.h"

#include "gui/waterfall/WaterfallColors.h"
#include "model/Phases.h"

#include <QEvent>
#include <QPainter>
#include <QResizeEvent>

#include <cmath>

namespace Gatescope::Gui {

namespace {
constexpr int phaseCount = int(BarPhases.size());
} // namespace

WaterfallLegend::WaterfallLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    retranslate();
}

void WaterfallLegend::retranslate()
{
    setAccessibleName(tr("Waterfall colour legend"));
    QStringList names;
    for (Phase phase : BarPhases)
        names.append(phaseName(phase));
    //: Legend entries for the marker lines
    QString description
        = tr("Phases: %1. Solid line: the request's own timeout. Dashed line: a gateway's default timeout.")
              .arg(names.join(QLatin1StringView(", ")));
    const QString lane = tr("Under an HTTP/2 row, its frames at their times: HEADERS and GOAWAY the lane's full "
                            "height, DATA two thirds, other frames a short tick; a reset or a GOAWAY with an error "
                            "in the failure colour across the row. Point at a mark for its frames.");
    if (m_frameLane)
        description += u' ' + lane;
    setAccessibleDescription(description);
    setToolTip(m_frameLane ? lane : QString());
    updateGeometry();
    update();
}

QList<WaterfallLegend::Item> WaterfallLegend::layoutItems(int width, int *height) const
{
    const QFontMetrics metrics = fontMetrics();
    const int swatch = metrics.height();
    const int gap = metrics.averageCharWidth();
    const int spacing = gap * 3;
    const int lineHeight = metrics.height() + gap / 2;
    QList<Item> items;
    for (Phase phase : BarPhases)
        items.append({ phaseName(phase), {} });
    items.append({ tr("your timeout"), {} });
    items.append({ tr("gateway timeout"), {} });
    if (m_frameLane)
        items.append({ tr("HTTP/2 frames"), {} });

    int x = 0;
    int y = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        Item &item = items[i];
        // The frame lane's swatch is a small lane of four marks: twice as wide.
        const int itemSwatch = i == phaseCount + 2 ? 2 * swatch : swatch;
        const int itemWidth = itemSwatch + gap + metrics.horizontalAdvance(item.text);
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += lineHeight;
        }
        item.rect = QRect(x, y, itemWidth, lineHeight);
        x += itemWidth + spacing;
    }
    if (height)
        *height = y + lineHeight;
    return items;
}

QSize WaterfallLegend::sizeHint() const
{
    int height = 0;
    const QList<Item> items = layoutItems(1 << 20, &height);
    return { items.isEmpty() ? 0 : items.last().rect.right() + 1, height };
}

QSize WaterfallLegend::minimumSizeHint() const
{
    // As tall as the legend is at its present width (one or two lines), not at its narrowest: the
    // splitter asks the panel's minimum, and five lines there took the lab list's rows at 1280×720.
    const int narrowest = fontMetrics().averageCharWidth() * 24;
    return { narrowest, heightForWidth(std::max(width(), narrowest)) };
}

void WaterfallLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (heightForWidth(event->oldSize().width()) != heightForWidth(width()))
        updateGeometry(); // another number of lines
}

int WaterfallLegend::heightForWidth(int width) const
{
    int height = 0;
    layoutItems(width, &height);
    return height;
}

void WaterfallLegend::setFrameLane(bool shown)
{
    if (m_frameLane == shown)
        return;
    m_frameLane = shown;
    retranslate(); // the description, the tooltip, the geometry
}

// A lane as the rows draw it (WaterfallBarDelegate::paintFrameLane), in small: the hairline, then
// HEADERS (full height), DATA (two thirds), a control frame (a tick) and a reset (the failure colour).
void WaterfallLegend::paintFrameLaneSwatch(QPainter &painter, const QRect &box) const
{
    const WaterfallColors colors(palette(), isEnabled() ? QPalette::Active : QPalette::Disabled);
    const double height = box.height();
    const double markWidth = std::max(2.0, std::round(height / 4.0));
    painter.fillRect(QRectF(box.left(), box.top() + height / 2, box.width(), 1), colors.gridLine());
    const double step = box.width() / 4.0;
    const auto x = [&](int i) { return std::round(box.left() + step * i + (step - markWidth) / 2); };
    using Kind = WaterfallFrameMark::Kind;
    painter.fillRect(QRectF(x(0), box.top(), markWidth, height), colors.frame(Kind::Headers));
    painter.fillRect(QRectF(x(1), box.top() + height / 3.0, markWidth, height * 2 / 3.0), colors.frame(Kind::Data));
    painter.fillRect(QRectF(x(2), box.top() + height / 3.0, markWidth, std::max(2.0, height / 3.0)),
                     colors.frame(Kind::Control));
    painter.fillRect(QRectF(x(3) - 1, box.top(), markWidth + 2, height), colors.frame(Kind::Failure));
}

void WaterfallLegend::paintEvent(QPaintEvent *)
{
    const WaterfallColors colors(palette(), isEnabled() ? QPalette::Active : QPalette::Disabled);
    const QFontMetrics metrics = fontMetrics();
    const int swatch = metrics.height();
    const int gap = metrics.averageCharWidth();
    int height = 0;
    const QList<Item> items = layoutItems(width(), &height);
    QPainter painter(this);
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        const QRect box(item.rect.left(), item.rect.top() + (item.rect.height() - swatch) / 2 + swatch / 4, swatch,
                        swatch / 2);
        int textLeft = item.rect.left() + swatch + gap;
        if (i < phaseCount) {
            painter.fillRect(box, colors.phase(BarPhases[size_t(i)]));
        } else if (i == phaseCount + 2) {
            paintFrameLaneSwatch(
                painter,
                QRect(item.rect.left(), item.rect.top() + (item.rect.height() - swatch) / 2, 2 * swatch, swatch));
            textLeft += swatch;
        } else {
            const bool own = i == phaseCount;
            QPen pen(own ? colors.requestTimeoutMarker() : colors.gatewayTimeoutMarker());
            pen.setWidthF(std::max(1.0, metrics.height() / 12.0));
            pen.setStyle(own ? Qt::SolidLine : Qt::DashLine);
            painter.setPen(pen);
            const int x = box.center().x();
            painter.drawLine(x, item.rect.top() + 1, x, item.rect.bottom() - 1);
        }
        painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
        painter.drawText(QRect(textLeft, item.rect.top(), item.rect.right() + 1 - textLeft, item.rect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, item.text);
    }
}

void WaterfallLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Gatescope::Gui
