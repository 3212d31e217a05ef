#pragma once

#include "model/Result.h"
#include "redaction/RedactionOptions.h"
#include "report/ReportDocument.h"

#include <QString>

class QCommandLineParser;

namespace Gatescope::Cli {

// What `gatescope diagnose … --format F -o FILE [--no-redact] [--redact-hash]
// [--redact-pattern NAME=REGEX] [--page-size a4|letter]` asked for.
struct ReportOutputOptions
{
    QString format = QStringLiteral("text"); // text | json | md | html | pdf
    QString outputPath; // empty or "-" = standard output
    QString pageSize = QStringLiteral("a4"); // pdf only: a4 | letter
    RedactionOptions redaction;
};

// Adds --no-redact, --redact-hash and --redact-pattern (diagnose and convert share them).
void addRedactionOptions(QCommandLineParser &parser);
// Reads them back: redaction on unless --no-redact; with --redact-hash one random key for the run
// (QRandomGenerator::system()); each --redact-pattern NAME=REGEX compiled. An error names the
// option and the bad value (exit code 2).
Result<RedactionOptions> redactionOptionsFromParser(const QCommandLineParser &parser);

// Adds --format/-f, --output/-o, the redaction options above and --page-size.
void addReportOptions(QCommandLineParser &parser);
// Reads them back; an error names the option and the bad value (exit code 2).
Result<ReportOutputOptions> reportOptionsFromParser(const QCommandLineParser &parser);

// Writes the report in the chosen format to the file (atomically, QSaveFile) or to stdout, and a
// one-line note of what was redacted to stderr. Returns the exit code: 0 written, 1 the output
// could not be written (message names the file), 2 unknown format.
int writeReport(const ReportDocument &document, const ReportOutputOptions &options);
int writeReport(const ReportDocument &document, const QString &format, const QString &outputPath,
                const RedactionOptions &redaction);

} // namespace Gatescope::Cli
