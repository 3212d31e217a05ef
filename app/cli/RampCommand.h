#pragma once

namespace Gatescope::Cli {

struct Invocation;

// `gatescope ramp`: the capacity probe, parsed by Cli::parse. Returns the process exit code (2 for
// a ramp above the gentle caps without --i-know, 130 after Ctrl+C).
int runRampCommand(const Invocation &invocation);

} // namespace Gatescope::Cli
