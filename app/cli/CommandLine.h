#pragma once

#include <QStringList>

namespace Gatescope::Cli {

// True when argv names a subcommand (probe, diagnose, replay, convert, lab) or asks for
// --help/--version: main() then runs headless with a QCoreApplication.
bool isCommandLineInvocation(const QStringList &arguments);

// True when the command renders with Qt GUI classes (a PDF report: --format pdf / --to pdf),
// so main() must create a QGuiApplication (offscreen when there is no display).
bool needsGuiToolkit(const QStringList &arguments);

// Runs the subcommand named by arguments[1]. Exit codes: 0 success (a result was produced,
// whatever the server answered), 1 the input could not be read or parsed, 2 usage error.
int run(const QStringList &arguments);

} // namespace Gatescope::Cli
