#include "gui/waterfall/WaterfallColors.h"

#include "model/Phases.h"

namespace Gatescope::Gui {

namespace {

QColor blend(const QColor &a, const QColor &b, double weightOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - weightOfB) + b.redF() * weightOfB),
                            float(a.greenF() * (1 - weightOfB) + b.greenF() * weightOfB),
                            float(a.blueF() * (1 - weightOfB) + b.blueF() * weightOfB));
}

} // namespace

WaterfallColors::WaterfallColors(const QPalette &palette, QPalette::ColorGroup group)
    : m_palette(palette)
    , m_group(group)
    , m_dark(palette.color(group, QPalette::Base).lightnessF() < 0.5)
{ }

QColor WaterfallColors::adjusted(QColor color) const
{
    if (m_group == QPalette::Disabled)
        return blend(color, m_palette.color(m_group, QPalette::Base), 0.6);
    return color;
}

QColor WaterfallColors::phase(Phase phase) const
{
    if (phase == Phase::None)
        return adjusted(m_palette.color(m_group, QPalette::Mid));
    const QColor base = QColor::fromRgb(QRgb(phaseBaseColor(phase)));
    // On a dark base the print colours are too deep to stand out against near-black: lift them
    // towards white, which keeps their hue.
    return adjusted(m_dark ? blend(base, QColor(Qt::white), 0.4) : base);
}

QColor WaterfallColors::failure() const
{
    return adjusted(QColor::fromRgba(m_dark ? 0xffff6e6e : 0xffc62828));
}

QColor WaterfallColors::requestTimeoutMarker() const
{
    return adjusted(QColor::fromRgba(m_dark ? 0xffffb74d : 0xffd84315));
}

QColor WaterfallColors::gatewayTimeoutMarker() const
{
    return adjusted(blend(m_palette.color(m_group, QPalette::Text), m_palette.color(m_group, QPalette::Base), 0.45));
}

QColor WaterfallColors::frame(WaterfallFrameMark::Kind kind) const
{
    switch (kind) {
    case WaterfallFrameMark::Kind::Control:
        return adjusted(blend(m_palette.color(m_group, QPalette::Text), m_palette.color(m_group, QPalette::Base), 0.5));
    case WaterfallFrameMark::Kind::Headers:
        return phase(Phase::Send);
    case WaterfallFrameMark::Kind::Data:
        return phase(Phase::Download);
    case WaterfallFrameMark::Kind::GoAway:
        return adjusted(m_palette.color(m_group, QPalette::Text));
    case WaterfallFrameMark::Kind::Failure:
        return failure();
    }
    return failure();
}

QColor WaterfallColors::gridLine() const
{
    return blend(m_palette.color(m_group, QPalette::Text), m_palette.color(m_group, QPalette::Base), 0.88);
}

} // namespace Gatescope::Gui
