#pragma once

#include "model/Result.h"
#include "redaction/RedactionOptions.h"
#include "report/ReportDocument.h"
#include "report/ReportWriter.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

namespace Gatescope::Cli {

// What `gatescope diagnose … --format F -o FILE [--no-redact] [--redact-hash]
// [--redact-pattern NAME=REGEX] [--page-size a4|letter]` asked for, checked by Cli::parse.
struct ReportOutputOptions
{
    ReportFormat format = ReportFormat::Text;
    QString outputPath; // empty or "-" = standard output
    QPageSize::PageSizeId pageSize = QPageSize::A4; // PDF only
    RedactionOptions redaction;
};

// The redaction options as parsed: redaction on unless --no-redact; with --redact-hash one random
// key for the run (QRandomGenerator::system()); each --redact-pattern NAME=REGEX compiled. An
// error names the option and the bad value.
Result<RedactionOptions> redactionOptionsFrom(bool noRedact, bool hashValues, const QStringList &patterns);

// Writes the report in the chosen format to the file (atomically, QSaveFile) or to stdout, and a
// one-line note of what was redacted to stderr. Returns the exit code: 0 written, 1 the output
// could not be written (message names the file). A PDF needs the QGuiApplication that main()
// creates for ApplicationKind::OffscreenGui.
int writeReport(const ReportDocument &document, const ReportOutputOptions &options);

} // namespace Gatescope::Cli
