#include "report/SvgWaterfall.h"

#include "model/Durations.h"
#include "model/Phases.h"
#include "report/HtmlEscape.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gatescope {

QString SvgWaterfall::render(const WaterfallLayout &layout, int width)
{
    QString whole;
    render(layout, width, [&whole](QString &part) {
        if (whole.isEmpty())
            whole.swap(part);
        else
            whole += part;
    });
    return whole;
}

void SvgWaterfall::render(const WaterfallLayout &layout, int width, const std::function<void(QString &part)> &part)
{
    constexpr qsizetype partChars = 256 * 1024;
    constexpr int labelWidth = 260;
    constexpr int rowHeight = 22;
    constexpr int axisHeight = 22;
    constexpr int legendHeight = 24;
    const int plotWidth = std::max(200, width - labelWidth - 20);
    const int rows = int(layout.rows().size());
    const int height = axisHeight + rows * rowHeight + legendHeight + 8;
    const double scale = plotWidth / layout.spanMs();
    const auto x = [&](double ms) { return QString::number(labelWidth + ms * scale, 'f', 1); };

    QString svg;
    svg += u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"waterfall\" role=\"img\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"11\">"_s
               .arg(width)
               .arg(height);
    svg += u"<title>%1</title>"_s.arg(htmlEscape(WaterfallLayout::tr("Timing waterfall")));

    // Axis with grid lines.
    for (const AxisTick &tick : layout.ticks()) {
        svg += u"<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>"_s
                   .arg(x(tick.ms))
                   .arg(axisHeight - 4)
                   .arg(axisHeight + rows * rowHeight);
        svg += u"<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#555\">%3</text>"_s.arg(x(tick.ms))
                   .arg(axisHeight - 8)
                   .arg(htmlEscape(tick.label));
    }

    for (int i = 0; i < rows; ++i) {
        const WaterfallLayout::Row &row = layout.rows().at(i);
        const int top = axisHeight + i * rowHeight;
        svg += u"<text x=\"4\" y=\"%1\" fill=\"%2\">%3</text>"_s.arg(top + 15)
                   .arg(row.failed ? u"#b00020"_s : u"#222"_s)
                   .arg(htmlEscape(row.label.size() > 40 ? row.label.left(39) + u'…' : row.label));
        for (const WaterfallLayout::Segment &segment : row.segments) {
            const double w = std::max(1.0, segment.durationMs * scale);
            svg += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"14\" fill=\"%4\"><title>%5</title></rect>"_s
                       .arg(x(segment.startMs))
                       .arg(top + 4)
                       .arg(QString::number(w, 'f', 1))
                       .arg(phaseColorName(segment.phase),
                            htmlEscape(phaseName(segment.phase, PhaseNameForm::Long) + u": "_s
                                       + formatDuration(segment.durationMs)));
        }
        svg += u"<text x=\"%1\" y=\"%2\" fill=\"#222\">%3</text>"_s
                   .arg(QString::number(
                       std::min<double>(width - 60, labelWidth + (row.offsetMs + row.totalMs) * scale + 4), 'f', 1))
                   .arg(top + 15)
                   .arg(htmlEscape(formatDuration(row.totalMs)));
        if (svg.size() >= partChars) {
            part(svg);
            svg.clear();
        }
    }

    // Legend.
    int legendX = labelWidth;
    const int legendY = axisHeight + rows * rowHeight + 10;
    for (Phase phase : BarPhases) {
        const QString name = phaseName(phase, PhaseNameForm::Long);
        svg += u"<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%3\"/><text x=\"%4\" y=\"%5\" fill=\"#333\">%6</text>"_s
                   .arg(legendX)
                   .arg(legendY)
                   .arg(phaseColorName(phase))
                   .arg(legendX + 14)
                   .arg(legendY + 9)
                   .arg(htmlEscape(name));
        legendX += 24 + int(name.size()) * 6;
    }
    svg += u"</svg>"_s;
    part(svg);
}

} // namespace Gatescope
