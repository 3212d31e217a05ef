#pragma once

#include "model/Exchange.h"

#include <QList>

namespace Gatescope::Cli {

// The exit code of a command whose request the user stopped with Ctrl+C: 128 + SIGINT, what a shell
// reports for a process ended by Ctrl+C, so scripts tell it apart from 0 (a result), 1 (unreadable
// input) and 2 (usage).
inline constexpr int InterruptedExitCode = 130;

// Sends one request like ProbeEngine::run. Ctrl+C (SIGINT) while it runs does not kill the process:
// the request ends as Outcome::Cancelled ("cancelled by you after 0.9 s"), so the command can still
// report what it saw. Outside these calls SIGINT keeps its usual effect.
QList<Exchange> sendInterruptibly(const RequestSpec &request);

// A Ctrl+C arrived during a sendInterruptibly() of this process.
bool wasInterrupted();

} // namespace Gatescope::Cli
