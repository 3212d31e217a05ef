#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace Gatescope::Gui {

// Where the boxes of the hop row go: a plain value, computed from each box's preferred width
// (its text), the width available, the gap an arrow takes between two boxes and the row's height.
// Boxes keep their preferred width when the row fits; otherwise they shrink in proportion, never
// below minBoxWidth (the row then overflows on the right and the view elides). The view only
// asks it, so the coordinate math is tested without a window.
struct HopRowLayout
{
    QList<QRectF> boxes;
    QList<QRectF> arrows; // arrows.at(i) lies between boxes i and i + 1
    double width = 0; // from the left edge of the first box to the right edge of the last

    static HopRowLayout compute(const QList<double> &preferredWidths, double availableWidth, double arrowWidth,
                                double height, double minBoxWidth);
    int boxAt(QPointF point) const; // -1 outside every box (an arrow, the margin)
};

} // namespace Gatescope::Gui
