#pragma once

#include "report/WaterfallLayout.h"

#include <QImage>
#include <QPainter>
#include <QRectF>

namespace Gatescope::Gui {

// Paints a report's WaterfallLayout with QPainter — the PDF's and the preview's counterpart of
// the HTML report's inline SVG (QTextDocument renders no SVG): same rows, colours, axis and legend.
class WaterfallPainter
{
public:
    explicit WaterfallPainter(const WaterfallLayout &layout)
        : m_layout(layout)
    { }

    QSizeF naturalSize(qreal width) const; // the height the layout needs at this width (pixels)
    void paint(QPainter &painter, const QRectF &rect) const;
    // A white image of the waterfall, `width` logical pixels wide, drawn at devicePixelRatio.
    QImage image(int width, qreal devicePixelRatio = 2.0) const;

private:
    const WaterfallLayout &m_layout; // not owned
};

} // namespace Gatescope::Gui
