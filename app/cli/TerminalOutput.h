#pragma once

#include <QString>

namespace Gatescope::Cli {

// UTF-8 output to stdout/stderr that does not depend on the C locale.
void writeOut(const QString &text);
void writeOut(const QByteArray &bytes);
void writeErr(const QString &text);
// "gatescope COMMAND: MESSAGE" on stderr for a usage mistake; returns its exit code, 2.
int usageFailure(const QString &command, const QString &message);

// True when stdout is a terminal (colour and bar drawing allowed; NO_COLOR respected).
bool stdoutIsTerminal();

} // namespace Gatescope::Cli
