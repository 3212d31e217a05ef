#pragma once

#include "model/Exchange.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>

#include <array>

namespace Gatescope::Gui {

// The waterfall's colour scheme, derived from a QPalette so light and dark themes both read well:
// one colour per phase (blocked … download), the failure colour for 5xx and failed exchanges, and
// the marker line colours. Disabled and inactive colour groups are honoured by blending towards
// the palette's base. Also the translated phase names the legend and tooltips show.
class WaterfallColors
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Gui::WaterfallColors)
public:
    // The phases a bar is made of, in the order they happen.
    static constexpr std::array<Phase, 7> BarPhases
        = { Phase::Blocked, Phase::Dns, Phase::Connect, Phase::Tls, Phase::Send, Phase::Wait, Phase::Download };

    explicit WaterfallColors(const QPalette &palette, QPalette::ColorGroup group = QPalette::Active);

    bool isDark() const { return m_dark; }
    QColor phase(Phase phase) const;
    QColor failure() const; // text and outline of 5xx / failed exchanges
    QColor requestTimeoutMarker() const;
    QColor gatewayTimeoutMarker() const;
    QColor gridLine() const;

    static QString phaseName(Phase phase); // "DNS", "TLS", "Wait (time to first byte)", …

private:
    QColor adjusted(QColor color) const;

    QPalette m_palette;
    QPalette::ColorGroup m_group;
    bool m_dark = false;
};

} // namespace Gatescope::Gui
