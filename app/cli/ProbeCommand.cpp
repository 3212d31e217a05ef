#include "ProbeCommand.h"

#include "TerminalOutput.h"

namespace Gatescope::Cli {

// PLACEHOLDER — replaced by the probe implementation.
int runProbeCommand(const QStringList &) { writeErr(QStringLiteral("gatescope probe: not built yet\n")); return 2; }

} // namespace Gatescope::Cli
