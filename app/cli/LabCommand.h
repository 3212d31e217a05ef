#pragma once

#include <QStringList>

namespace Gatescope::Cli {

// `gatescope lab`: arguments[0] is "lab". Returns the process exit code.
int runLabCommand(const QStringList &arguments);

} // namespace Gatescope::Cli
