#pragma once

namespace Gatescope::Cli {

struct Invocation;

// `gatescope convert`: parsed by Cli::parse. Returns the process exit code.
int runConvertCommand(const Invocation &invocation);

} // namespace Gatescope::Cli
