#include "DiagnoseCommand.h"

#include "TerminalOutput.h"

namespace Gatescope::Cli {

// PLACEHOLDER — replaced by the diagnose implementation.
int runDiagnoseCommand(const QStringList &) { writeErr(QStringLiteral("gatescope diagnose: not built yet\n")); return 2; }
int runReplayCommand(const QStringList &) { writeErr(QStringLiteral("gatescope replay: not built yet\n")); return 2; }
} // namespace Gatescope::Cli
