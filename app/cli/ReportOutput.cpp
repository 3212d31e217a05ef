#include "cli/ReportOutput.h"

#include "cli/TerminalOutput.h"
#include "render/PdfReportWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
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

OutputDestination::OutputDestination(const QString &path)
    : m_path(path)
{ }

bool OutputDestination::open()
{
    if (m_path.isEmpty() || m_path == u"-") {
        auto out = std::make_unique<QFile>();
        const bool opened = out->open(stdout, QIODevice::WriteOnly);
        m_device = std::move(out);
        return opened;
    }
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        m_device = std::make_unique<QFile>(m_path);
        return m_device->open(QIODevice::WriteOnly);
    }
    m_device = std::make_unique<QSaveFile>(m_path);
    return m_device->open(QIODevice::WriteOnly);
}

bool OutputDestination::finish()
{
    if (auto *save = dynamic_cast<QSaveFile *>(m_device.get()))
        return save->commit();
    return m_device->flush() && m_device->error() == QFileDevice::NoError;
}

QString OutputDestination::errorString() const
{
    return m_device ? m_device->errorString() : QString();
}

int writeReport(const ReportDocument &document, const ReportOutputOptions &options)
{
    return writeReport(ReportDocument(document), options);
}

int writeReport(ReportDocument &&document, const ReportOutputOptions &options)
{
    const PreparedReport report = PreparedReport::prepare(std::move(document), options.redaction);

    // Written exchange by exchange into the destination; only a PDF is made whole first.
    OutputDestination destination(options.outputPath);
    bool written = destination.open();
    if (written) {
        if (options.format == ReportFormat::Pdf) {
            const QByteArray bytes = Gui::PdfReportWriter::render(report, options.pageSize);
            written = destination.device()->write(bytes) == bytes.size();
        } else {
            written = ReportWriter::write(destination.device(), report, options.format);
        }
    }
    if (!written || !destination.finish()) {
        const QString where = options.outputPath.isEmpty() || options.outputPath == u"-" ? Tr::tr("standard output")
                                                                                         : options.outputPath;
        //: %1 file path (or "standard output"), %2 the system's reason
        writeErr(u"gatescope: "_s + Tr::tr("%1: cannot write the report: %2").arg(where, destination.errorString())
                 + u'\n');
        return 1;
    }
    // What was hidden (or that nothing was), on stderr so that stdout stays the report.
    QString note = ReportWriter::redactionNote(report);
    if (report.redactionEnabled && !report.redaction.isEmpty())
        note += u' ' + Tr::tr("Use --no-redact to include them.");
    writeErr(u"gatescope: "_s + note + u'\n');
    return 0;
}

} // namespace Gatescope::Cli
