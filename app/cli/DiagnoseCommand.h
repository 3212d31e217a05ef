#pragma once

#include <QStringList>

namespace Gatescope::Cli {

// `gatescope diagnose`: arguments[0] is "diagnose". Returns the process exit code.
int runDiagnoseCommand(const QStringList &arguments);
int runReplayCommand(const QStringList &arguments);
} // namespace Gatescope::Cli
