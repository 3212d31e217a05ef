#pragma once

namespace Gatescope::Cli {

struct Invocation;

// `gatescope diagnose`: parsed by Cli::parse. Returns the process exit code.
int runDiagnoseCommand(const Invocation &invocation);
// `gatescope replay`.
int runReplayCommand(const Invocation &invocation);
} // namespace Gatescope::Cli
