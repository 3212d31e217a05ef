#pragma once

#include "model/RequestSpec.h"
#include "model/Result.h"

namespace Gatescope::Cli {

struct Invocation;

// `gatescope diagnose`: parsed by Cli::parse. Returns the process exit code.
int runDiagnoseCommand(const Invocation &invocation);
// `gatescope replay`.
int runReplayCommand(const Invocation &invocation);

// The one request that INPUT names, read as replay reads it: a URL, or request `entry` (-1: the
// first) of a capture file or of standard input ("-"). `name` receives what to call the input.
Result<RequestSpec> requestFromInput(const QString &input, int entry, QString *name = nullptr);
} // namespace Gatescope::Cli
