#include "cli/ReportOutput.h"

#include "cli/TerminalOutput.h"
#include "render/PdfReportWriter.h"
#include "report/ReportFile.h"
#include "report/ReportWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Gatescope::Cli::ReportOutput", text);
}

} // namespace

void addRedactionOptions(QCommandLineParser &parser)
{
    parser.addOption(
        { u"no-redact"_s, tr("Include credentials as captured: turn redaction off (it is on by default).") });
    parser.addOption({ u"redact-hash"_s,
                       tr("Replace secrets by a short hash instead of [redacted], so equal values still match "
                          "within this output. The hash is keyed with a random key chosen anew on every run: "
                          "it cannot confirm a guessed value, nor match values across two outputs.") });
    parser.addOption({ u"redact-pattern"_s,
                       tr("Also redact matches of REGEX, counted as NAME (NAME=REGEX; repeatable). With a "
                          "capture group named \"value\" (or else a first group) only that group is hidden."),
                       tr("name=regex") });
}

Result<RedactionOptions> redactionOptionsFromParser(const QCommandLineParser &parser)
{
    RedactionOptions redaction;
    redaction.enabled = !parser.isSet(u"no-redact"_s);
    redaction.hashValues = parser.isSet(u"redact-hash"_s);
    if (redaction.hashValues) {
        // One random key for the whole run: every Redactor of this output hashes alike, and no
        // two runs do, so a short hash never lets anyone test a guessed password against a report.
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
        redaction.hashKey = key;
    }
    for (const QString &value : parser.values(u"redact-pattern"_s)) {
        const qsizetype equals = value.indexOf(u'=');
        if (equals <= 0)
            return Error { tr("--redact-pattern: '%1' is not NAME=REGEX").arg(value) };
        QRegularExpression pattern(value.mid(equals + 1));
        if (!pattern.isValid())
            return Error { tr("--redact-pattern: '%1': %2 at offset %3")
                               .arg(value, pattern.errorString())
                               .arg(pattern.patternErrorOffset()) };
        redaction.customPatterns.append({ value.left(equals), pattern });
    }
    return redaction;
}

void addReportOptions(QCommandLineParser &parser)
{
    parser.addOption({ { u"f"_s, u"format"_s },
                       tr("Output format: text, json, md, html or pdf (default text)."),
                       tr("format"),
                       u"text"_s });
    parser.addOption({ { u"o"_s, u"output"_s },
                       tr("Write the report to FILE (atomically) instead of standard output."),
                       tr("file") });
    addRedactionOptions(parser);
    parser.addOption({ u"page-size"_s, tr("PDF page size: a4 or letter (default a4)."), tr("size"), u"a4"_s });
}

Result<ReportOutputOptions> reportOptionsFromParser(const QCommandLineParser &parser)
{
    ReportOutputOptions options;
    options.format = parser.value(u"format"_s).toLower();
    if (!reportFormatFromId(options.format))
        return Error { tr("--format: unknown format '%1' (expected text, json, md, html or pdf)").arg(options.format) };
    options.outputPath = parser.value(u"output"_s);
    options.pageSize = parser.value(u"page-size"_s).toLower();
    if (!Gui::PdfReportWriter::pageSizeFromId(options.pageSize))
        return Error { tr("--page-size: unknown page size '%1' (expected a4 or letter)").arg(options.pageSize) };
    Result<RedactionOptions> redaction = redactionOptionsFromParser(parser);
    if (!redaction)
        return Error { redaction.error() };
    options.redaction = std::move(redaction).value();
    return options;
}

int writeReport(const ReportDocument &document, const ReportOutputOptions &options)
{
    const std::optional<ReportFormat> format = reportFormatFromId(options.format);
    if (!format) {
        writeErr(
            tr("gatescope: unknown report format '%1' (expected text, json, md, html or pdf)\n").arg(options.format));
        return 2;
    }
    const PreparedReport report = PreparedReport::prepare(document, options.redaction);

    QByteArray bytes;
    switch (*format) {
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
    case ReportFormat::Pdf: {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            writeErr(tr("gatescope: PDF output needs the GUI toolkit; pass --format pdf on the command line\n"));
            return 2;
        }
        const auto pageSize = Gui::PdfReportWriter::pageSizeFromId(options.pageSize);
        if (!pageSize) {
            writeErr(tr("gatescope: unknown page size '%1' (expected a4 or letter)\n").arg(options.pageSize));
            return 2;
        }
        bytes = Gui::PdfReportWriter::render(report, *pageSize);
        break;
    }
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
        note += u' ' + tr("Use --no-redact to include them.");
    writeErr(u"gatescope: "_s + note + u'\n');
    return 0;
}

int writeReport(const ReportDocument &document, const QString &format, const QString &outputPath,
                const RedactionOptions &redaction)
{
    ReportOutputOptions options;
    options.format = format;
    options.outputPath = outputPath;
    options.redaction = redaction;
    return writeReport(document, options);
}

} // namespace Gatescope::Cli
