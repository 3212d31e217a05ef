#include "cli/ReportOutput.h"

#include "cli/TerminalOutput.h"
#include "render/PdfReportWriter.h"
#include "report/ReportFile.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

// The report output's user-visible texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Cli::ReportOutput)
};

} // namespace

Result<RedactionOptions> redactionOptionsFrom(bool noRedact, bool hashValues, const QStringList &patterns)
{
    RedactionOptions redaction;
    redaction.enabled = !noRedact;
    redaction.hashValues = hashValues;
    if (redaction.hashValues) {
        // One random key for the whole run: every Redactor of this output hashes alike, and no
        // two runs do, so a short hash never lets anyone test a guessed password against a report.
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
        redaction.hashKey = key;
    }
    for (const QString &value : patterns) {
        const qsizetype equals = value.indexOf(u'=');
        if (equals <= 0)
            return Error { Tr::tr("--redact-pattern: '%1' is not NAME=REGEX").arg(value) };
        QRegularExpression pattern(value.mid(equals + 1));
        if (!pattern.isValid())
            return Error { Tr::tr("--redact-pattern: '%1': %2 at offset %3")
                               .arg(value, pattern.errorString())
                               .arg(pattern.patternErrorOffset()) };
        redaction.customPatterns.append({ value.left(equals), pattern });
    }
    return redaction;
}

int writeReport(const ReportDocument &document, const ReportOutputOptions &options)
{
    const PreparedReport report = PreparedReport::prepare(document, options.redaction);

    QByteArray bytes;
    switch (options.format) {
    case ReportFormat::Json:
        bytes = ReportWriter::json(report);
        break;
    case ReportFormat::Markdown:
        bytes = ReportWriter::markdown(report).toUtf8();
        break;
    case ReportFormat::Html:
        bytes = ReportWriter::html(report).toUtf8();
        break;
    case ReportFormat::Text:
        bytes = ReportWriter::text(report).toUtf8();
        break;
    case ReportFormat::Pdf:
        bytes = Gui::PdfReportWriter::render(report, options.pageSize);
        break;
    }

    if (options.outputPath.isEmpty() || options.outputPath == u"-") {
        writeOut(bytes);
    } else {
        const Result<qint64> saved = ReportFile::save(options.outputPath, bytes);
        if (!saved) {
            writeErr(u"gatescope: "_s + saved.error() + u'\n');
            return 1;
        }
    }
    // What was hidden (or that nothing was), on stderr so that stdout stays the report.
    QString note = ReportWriter::redactionNote(report);
    if (report.redactionEnabled && !report.redaction.isEmpty())
        note += u' ' + Tr::tr("Use --no-redact to include them.");
    writeErr(u"gatescope: "_s + note + u'\n');
    return 0;
}

} // namespace Gatescope::Cli
