#pragma once

namespace Gatescope::Cli {

struct Invocation;

// `gatescope probe`: parsed by Cli::parse. Returns the process exit code.
int runProbeCommand(const Invocation &invocation);

} // namespace Gatescope::Cli
