#pragma once

#include <QString>

#include <optional>

namespace Gatescope::Cli {

struct Invocation;

// `gatescope watch`: parsed by Cli::parse. Returns the process exit code (130 after Ctrl+C).
int runWatchCommand(const Invocation &invocation);

// `gatescope keepalive`: the server's idle keep-alive timeout against the gateway in front.
int runKeepAliveCommand(const Invocation &invocation);

// A duration as `--for` takes it: seconds ("90", "1.5") or a number with s, m or h ("30s",
// "10m", "2h"); in milliseconds, nullopt when it is none of these or not positive.
std::optional<qint64> durationMs(const QString &text);

} // namespace Gatescope::Cli
