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

    // Rows appended piece by piece (a big report draws tens of thousands): the same text as
    // u"<text x=\"4\" y=\"%1\" …"_s.arg(…) would give, without a string per argument.
    const QString rowFill = u"\" fill=\""_s;
    for (int i = 0; i < rows; ++i) {
        const WaterfallLayout::Row &row = layout.rows().at(i);
        const int top = axisHeight + i * rowHeight;
        svg += u"<text x=\"4\" y=\""_s;
        svg += QString::number(top + 15);
        svg += rowFill;
        svg += row.failed ? u"#b00020"_s : u"#222"_s;
        svg += u"\">"_s;
        svg += htmlEscape(row.label.size() > 40 ? row.label.left(39) + u'…' : row.label);
        svg += u"</text>"_s;
        for (const WaterfallLayout::Segment &segment : row.segments) {
            const double w = std::max(1.0, segment.durationMs * scale);
            svg += u"<rect x=\""_s;
            svg += x(segment.startMs);
            svg += u"\" y=\""_s;
            svg += QString::number(top + 4);
            svg += u"\" width=\""_s;
            svg += QString::number(w, 'f', 1);
            svg += u"\" height=\"14\" fill=\""_s;
            svg += phaseColorName(segment.phase);
            svg += u"\"><title>"_s;
            svg += htmlEscape(phaseName(segment.phase, PhaseNameForm::Long) + u": "_s
                              + formatDuration(segment.durationMs));
            svg += u"</title></rect>"_s;
        }
        svg += u"<text x=\""_s;
        svg += QString::number(std::min<double>(width - 60, labelWidth + (row.offsetMs + row.totalMs) * scale + 4), 'f',
                               1);
        svg += u"\" y=\""_s;
        svg += QString::number(top + 15);
        svg += u"\" fill=\"#222\">"_s;
        svg += htmlEscape(formatDuration(row.totalMs));
        svg += u"</text>"_s;
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
