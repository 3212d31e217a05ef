#pragma once

#include "model/Result.h"
#include "redaction/RedactionOptions.h"
#include "report/ReportDocument.h"
#include "report/ReportWriter.h"

#include <QFile>
#include <QPageSize>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <memory>

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

// Where a command's output goes: standard output ("-" or no path); a device or FIFO (/dev/null,
// /dev/stdout, a pipe) written directly, since saving would replace it with a regular file; any
// other path saved atomically (QSaveFile: the file holds the whole output or is left as it was).
class OutputDestination
{
public:
    explicit OutputDestination(const QString &path);
    bool open(); // false: errorString() says why
    QIODevice *device() const { return m_device.get(); }
    bool finish(); // commits a saved file; false when a write or the commit failed
    QString errorString() const;

private:
    QString m_path;
    std::unique_ptr<QFileDevice> m_device;
};

// The redaction options as parsed: redaction on unless --no-redact; with --redact-hash one random
// key for the run (QRandomGenerator::system()); each --redact-pattern NAME=REGEX compiled. An
// error names the option and the bad value.
Result<RedactionOptions> redactionOptionsFrom(bool noRedact, bool hashValues, const QStringList &patterns);

// Writes the report in the chosen format, exchange by exchange, to OutputDestination, and a
// one-line note of what was redacted to stderr. Returns the exit code: 0 written, 1 the output
// could not be written (message names the file). A PDF needs the QGuiApplication that main()
// creates for ApplicationKind::OffscreenGui.
int writeReport(const ReportDocument &document, const ReportOutputOptions &options);
int writeReport(ReportDocument &&document, const ReportOutputOptions &options); // takes the exchanges over

} // namespace Gatescope::Cli
