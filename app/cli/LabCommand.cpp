#include "LabCommand.h"

#include "TerminalOutput.h"

namespace Gatescope::Cli {

// PLACEHOLDER — replaced by the lab implementation.
int runLabCommand(const QStringList &) { writeErr(QStringLiteral("gatescope lab: not built yet\n")); return 2; }

} // namespace Gatescope::Cli
