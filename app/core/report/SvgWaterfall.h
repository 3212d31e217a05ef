#pragma once

#include "report/WaterfallLayout.h"

#include <QString>

#include <functional>

namespace Gatescope {

// Writes a WaterfallLayout as one inline <svg> element for the HTML report: a row per exchange
// with its phase segments, a time axis and a legend. Every label is escaped; the SVG holds no
// script, no link and no external reference, so it stays inert under the report's CSP.
class SvgWaterfall
{
public:
    static QString render(const WaterfallLayout &layout, int width = 960);
    // The same text handed over in parts as it grows (a waterfall of every exchange of a big
    // report is tens of megabytes): `part` receives each piece, which it may empty.
    static void render(const WaterfallLayout &layout, int width, const std::function<void(QString &part)> &part);
};

} // namespace Gatescope
