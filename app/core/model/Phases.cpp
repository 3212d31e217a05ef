#include "model/Phases.h"

#include <QCoreApplication>

namespace Gatescope {

namespace {

struct PhaseText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Phases)
};

struct PhaseEntry
{
    Phase phase;
    double Timings::*value;
    quint32 color; // 0xRRGGBB
};

constexpr PhaseEntry phaseTable[] = {
    { Phase::Blocked, &Timings::blocked, 0x9e9e9e },   { Phase::Dns, &Timings::dns, 0x00897b },
    { Phase::Connect, &Timings::connect, 0xef6c00 },   { Phase::Tls, &Timings::tls, 0x8e24aa },
    { Phase::Send, &Timings::send, 0x3949ab },         { Phase::Wait, &Timings::wait, 0x2e9d3a },
    { Phase::Download, &Timings::download, 0x1e88e5 },
};

const PhaseEntry *entryFor(Phase phase)
{
    for (const PhaseEntry &entry : phaseTable) {
        if (entry.phase == phase)
            return &entry;
    }
    return nullptr;
}

} // namespace

double phaseValue(const Timings &timings, Phase phase)
{
    const PhaseEntry *entry = entryFor(phase);
    return entry ? timings.*(entry->value) : -1;
}

void setPhaseValue(Timings &timings, Phase phase, double ms)
{
    if (const PhaseEntry *entry = entryFor(phase))
        timings.*(entry->value) = ms;
}

QString phaseName(Phase phase, PhaseNameForm form)
{
    switch (phase) {
    case Phase::Blocked:
        //: Timing phase: waiting for a free connection
        return PhaseText::tr("Blocked");
    case Phase::Dns:
        //: Timing phase: host name lookup
        return PhaseText::tr("DNS");
    case Phase::Connect:
        //: Timing phase: TCP connect
        return PhaseText::tr("Connect");
    case Phase::Tls:
        //: Timing phase: TLS handshake
        return PhaseText::tr("TLS");
    case Phase::Send:
        //: Timing phase: writing the request
        return PhaseText::tr("Send");
    case Phase::Wait:
        return form == PhaseNameForm::Short
            //: Timing phase: request written → first response byte (short form, for legends)
            ? PhaseText::tr("Wait")
            //: Timing phase: request written → first response byte (long form, for report tables)
            : PhaseText::tr("Wait (time to first byte)");
    case Phase::Download:
        //: Timing phase: first → last response byte
        return PhaseText::tr("Download");
    case Phase::None:
        break;
    }
    return {};
}

quint32 phaseBaseColor(Phase phase)
{
    const PhaseEntry *entry = entryFor(phase);
    return entry ? entry->color : 0x000000;
}

QString phaseColorName(Phase phase)
{
    return QStringLiteral("#%1").arg(phaseBaseColor(phase), 6, 16, QLatin1Char('0'));
}

} // namespace Gatescope
