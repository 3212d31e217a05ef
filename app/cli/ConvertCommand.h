#pragma once

#include <QStringList>

namespace Gatescope::Cli {

// `gatescope convert`: arguments[0] is "convert". Returns the process exit code.
int runConvertCommand(const QStringList &arguments);

} // namespace Gatescope::Cli
