#pragma once

#include <QStringList>

namespace Gatescope::Cli {

// `gatescope probe`: arguments[0] is "probe". Returns the process exit code.
int runProbeCommand(const QStringList &arguments);

} // namespace Gatescope::Cli
