#pragma once

#include "model/RequestSpec.h"
#include "model/Result.h"

#include <optional>

namespace Gatescope::Cli {

struct Invocation;
class OptionValues;

// --http1.1 / --http2 / --http2-prior-knowledge: nullopt when none is given, an error naming
// them when more than one is.
Result<std::optional<ProbeOptions::HttpVersion>> httpVersionOption(const OptionValues &given);

// `gatescope probe`: parsed by Cli::parse. Returns the process exit code.
int runProbeCommand(const Invocation &invocation);

} // namespace Gatescope::Cli
