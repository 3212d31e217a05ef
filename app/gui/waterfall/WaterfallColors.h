#pragma once

#include "gui/waterfall/WaterfallFrameLane.h"
#include "model/Exchange.h"

#include <QColor>
#include <QPalette>

namespace Gatescope::Gui {

// The waterfall's colour scheme, derived from a QPalette so light and dark themes both read well:
// one colour per phase (the base colours of model/Phases.h, lightened on a dark base), the failure
// colour for failed exchanges, and the marker line colours. Disabled colour groups are honoured
// by blending towards the palette's base. Frame lane marks reuse the phase colours (HEADERS as
// send, DATA as download), the failure colour for a reset, the text colour for a graceful GOAWAY. Phase order and names
// come from model/Phases.h.
class WaterfallColors
{
public:
    explicit WaterfallColors(const QPalette &palette, QPalette::ColorGroup group = QPalette::Active);

    bool isDark() const { return m_dark; }
    QColor phase(Phase phase) const;
    QColor failure() const; // text and outline of 5xx / failed exchanges
    QColor requestTimeoutMarker() const;
    QColor gatewayTimeoutMarker() const;
    QColor gridLine() const;
    QColor frame(WaterfallFrameMark::Kind kind) const; // a mark of the HTTP/2 frame lane

private:
    QColor adjusted(QColor color) const;

    QPalette m_palette;
    QPalette::ColorGroup m_group;
    bool m_dark = false;
};

} // namespace Gatescope::Gui
