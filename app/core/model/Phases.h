#pragma once

#include "model/Exchange.h"

#include <QString>

#include <array>

namespace Gatescope {

// The phase vocabulary every waterfall shares — the window's live view, the HTML report's SVG and
// the PDF's painted image: which phases a timing bar is made of and in what order, where each
// one's duration sits in Timings, its translated name and its base colour.

// The phases a bar is made of, in the order they happen.
inline constexpr std::array<Phase, 7> BarPhases
    = { Phase::Blocked, Phase::Dns, Phase::Connect, Phase::Tls, Phase::Send, Phase::Wait, Phase::Download };

// The phase's duration in milliseconds; -1 = did not happen (and for Phase::None).
double phaseValue(const Timings &timings, Phase phase);
// Sets the phase's duration; Phase::None is ignored.
void setPhaseValue(Timings &timings, Phase phase, double ms);

// Short names label bars and legends where space is tight ("Wait"); long names stand where a
// reader needs the term spelled out, in report tables and report legends ("Wait (time to first
// byte)"). Both come from one table; most phases have one wording for both.
enum class PhaseNameForm { Short, Long };
QString phaseName(Phase phase, PhaseNameForm form = PhaseNameForm::Short); // translated; "" for None

// The phase's base colour as 0xRRGGBB, chosen to read on white and in print. A view on a dark
// palette derives its variant from it (WaterfallColors); reports use it as it is.
quint32 phaseBaseColor(Phase phase);
QString phaseColorName(Phase phase); // "#rrggbb" of phaseBaseColor, for SVG and HTML

} // namespace Gatescope
