#pragma once

#include "model/Exchange.h"

#include <QList>

#include <functional>

class QEventLoop;

namespace Gatescope::Cli {

// The exit code of a command whose request the user stopped with Ctrl+C: 128 + SIGINT, what a shell
// reports for a process ended by Ctrl+C, so scripts tell it apart from 0 (a result), 1 (unreadable
// input) and 2 (usage).
inline constexpr int InterruptedExitCode = 130;

// Sends one request like ProbeEngine::run. Ctrl+C (SIGINT) while it runs does not kill the process:
// the request ends as Outcome::Cancelled ("cancelled by you after 0.9 s"), so the command can still
// report what it saw. Outside these calls SIGINT keeps its usual effect.
QList<Exchange> sendInterruptibly(const RequestSpec &request);

// Runs `loop` (ended by the caller's work calling quit()) with Ctrl+C calling `stop` instead of
// ending the process; `stop` should make the work end soon.
void execInterruptibly(QEventLoop &loop, const std::function<void()> &stop);

// A Ctrl+C arrived during a sendInterruptibly() or execInterruptibly() of this process.
bool wasInterrupted();

} // namespace Gatescope::Cli
