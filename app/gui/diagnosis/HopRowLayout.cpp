#include "gui/diagnosis/HopRowLayout.h"

#include <algorithm>
#include <numeric>

namespace Gatescope::Gui {

HopRowLayout HopRowLayout::compute(const QList<double> &preferredWidths, double availableWidth, double arrowWidth,
                                   double height, double minBoxWidth)
{
    HopRowLayout layout;
    if (preferredWidths.isEmpty())
        return layout;
    const double arrowsWidth = arrowWidth * double(preferredWidths.size() - 1);
    const double room = std::max(0.0, availableWidth - arrowsWidth);
    // Shrink in proportion; a box that would fall below its minimum keeps the minimum and the
    // others share what is left (repeated until no more boxes reach their minimum).
    QList<double> widths = preferredWidths;
    const double preferred = std::accumulate(preferredWidths.cbegin(), preferredWidths.cend(), 0.0);
    if (preferred > room) {
        QList<bool> fixed(preferredWidths.size(), false);
        for (bool changed = true; changed;) {
            changed = false;
            double fixedWidth = 0, flexible = 0;
            for (qsizetype i = 0; i < widths.size(); ++i)
                (fixed.at(i) ? fixedWidth : flexible) += fixed.at(i) ? widths.at(i) : preferredWidths.at(i);
            const double factor = flexible > 0 ? std::max(0.0, room - fixedWidth) / flexible : 1.0;
            for (qsizetype i = 0; i < widths.size(); ++i) {
                if (fixed.at(i))
                    continue;
                const double minimum = std::min(minBoxWidth, preferredWidths.at(i));
                widths[i] = preferredWidths.at(i) * factor;
                if (widths.at(i) < minimum) {
                    widths[i] = minimum;
                    fixed[i] = true;
                    changed = true;
                }
            }
        }
    }
    double x = 0;
    for (qsizetype i = 0; i < preferredWidths.size(); ++i) {
        if (i > 0) {
            layout.arrows.append(QRectF(x, 0, arrowWidth, height));
            x += arrowWidth;
        }
        layout.boxes.append(QRectF(x, 0, widths.at(i), height));
        x += widths.at(i);
    }
    layout.width = x;
    return layout;
}

int HopRowLayout::boxAt(QPointF point) const
{
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (boxes.at(i).contains(point))
            return int(i);
    }
    return -1;
}

} // namespace Gatescope::Gui
