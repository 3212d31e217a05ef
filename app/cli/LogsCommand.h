#pragma once

#include "cli/CommandLine.h"
#include "logs/LogRecord.h"
#include "logs/LogScan.h"
#include "model/Result.h"

#include <QList>
#include <QStringList>

namespace Gatescope::Cli {

// Reads every log (its format detected, gzip opened directly) and returns the records kept, in
// file order. One line per file goes to stderr: its format, its counts and the numbers of the lines
// that did not fit the format. The first file that cannot be read is the error (naming it).
Result<QList<LogRecord>> readLogFiles(const QStringList &paths, const LogScanOptions &options);

// `gatescope logs FILE… [--since T] [--status 5xx] [--format text|json|md] [-o FILE]`: 5xx counts
// by cause over time, the upstreams that failed most, and one diagnosis per distinct failure.
int runLogsCommand(const Invocation &invocation);

} // namespace Gatescope::Cli
