#include "gui/waterfall/WaterfallColors.h"

namespace Gatescope::Gui {

namespace {

struct PhaseColors
{
    Phase phase;
    QRgb light; // on a light base: deep enough to stand out against white
    QRgb dark; // on a dark base: light enough to stand out against near-black
};

constexpr PhaseColors phaseColors[] = {
    { Phase::Blocked, 0xff9e9e9e, 0xff8d8d8d },  { Phase::Dns, 0xff00897b, 0xff4db6ac },
    { Phase::Connect, 0xffef6c00, 0xffffa040 },  { Phase::Tls, 0xff8e24aa, 0xffc47fd5 },
    { Phase::Send, 0xff3949ab, 0xff8c9eff },     { Phase::Wait, 0xff2e9d3a, 0xff7bd389 },
    { Phase::Download, 0xff1e88e5, 0xff64b5f6 },
};

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
    for (const PhaseColors &entry : phaseColors) {
        if (entry.phase == phase)
            return adjusted(QColor::fromRgba(m_dark ? entry.dark : entry.light));
    }
    return adjusted(m_palette.color(m_group, QPalette::Mid));
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

QColor WaterfallColors::gridLine() const
{
    return blend(m_palette.color(m_group, QPalette::Text), m_palette.color(m_group, QPalette::Base), 0.88);
}

QString WaterfallColors::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Blocked:
        //: Timing phase: waiting for a free connection
        return tr("Blocked");
    case Phase::Dns:
        //: Timing phase: host name lookup
        return tr("DNS");
    case Phase::Connect:
        //: Timing phase: TCP connect
        return tr("Connect");
    case Phase::Tls:
        //: Timing phase: TLS handshake
        return tr("TLS");
    case Phase::Send:
        //: Timing phase: writing the request
        return tr("Send");
    case Phase::Wait:
        //: Timing phase: request written → first response byte
        return tr("Wait");
    case Phase::Download:
        //: Timing phase: first → last response byte
        return tr("Download");
    case Phase::None:
        break;
    }
    return {};
}

} // namespace Gatescope::Gui
