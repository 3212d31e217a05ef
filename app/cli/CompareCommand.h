#pragma once

#include "cli/CommandLine.h"

namespace Gatescope::Cli {

// `gatescope compare INPUT --origin HOST:PORT [--origin …] [--entry N] [--format text|json]`: the
// request sent as addressed and straight to each origin (same Host and TLS name), side by side,
// with the conclusion which hop failed. Exit 0 with a result, 1 unreadable input, 2 usage.
int runCompareCommand(const Invocation &invocation);

} // namespace Gatescope::Cli
