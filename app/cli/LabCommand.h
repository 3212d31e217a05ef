#pragma once

namespace Gatescope::Cli {

struct Invocation;

// `gatescope lab`: parsed by Cli::parse. Returns the process exit code.
int runLabCommand(const Invocation &invocation);

} // namespace Gatescope::Cli
