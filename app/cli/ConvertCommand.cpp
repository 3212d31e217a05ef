#include "ConvertCommand.h"

#include "TerminalOutput.h"

namespace Gatescope::Cli {

// PLACEHOLDER — replaced by the convert implementation.
int runConvertCommand(const QStringList &) { writeErr(QStringLiteral("gatescope convert: not built yet\n")); return 2; }

} // namespace Gatescope::Cli
