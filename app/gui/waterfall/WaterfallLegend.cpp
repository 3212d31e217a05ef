#include "gui/waterfall/WaterfallLegend.h"

#include "gui/waterfall/WaterfallColors.h"
#include "model/Phases.h"

#include <QEvent>
#include <QPainter>
#include <QResizeEvent>

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
    setAccessibleDescription(
        tr("Phases: %1. Solid line: the request's own timeout. Dashed line: a gateway's default timeout.")
            .arg(names.join(QLatin1StringView(", "))));
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

    int x = 0;
    int y = 0;
    for (Item &item : items) {
        const int itemWidth = swatch + gap + metrics.horizontalAdvance(item.text);
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
        if (i < phaseCount) {
            painter.fillRect(box, colors.phase(BarPhases[size_t(i)]));
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
        painter.drawText(QRect(item.rect.left() + swatch + gap, item.rect.top(), item.rect.width() - swatch - gap,
                               item.rect.height()),
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
