// The secrets corpus through every report format (JSON, Markdown, HTML, PDF via pdftotext, text),
// with plain and hashed placeholders: no secret value survives anywhere. With redaction turned
// off explicitly, every one of them is there — so the grep can fail.
#include "SecretsCorpus.h"
#include "capture/CurlExporter.h"
#include "capture/HarExporter.h"
#include "capture/HttpFileExporter.h"
#include "render/PdfReportWriter.h"
#include "report/ReportFile.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

class tst_SecretsCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noSecretSurvives_data();
    void noSecretSurvives();
    void withRedactionOff_everySecretIsThere_data();
    void withRedactionOff_everySecretIsThere();
    void everyOutputCountsWhatWasHidden();

private:
    QByteArray output(const QString &format, const RedactionOptions &options);
    QTemporaryDir m_dir;
};

void tst_SecretsCorpus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(), "pdftotext is missing: install poppler-utils");
}

// The report as a reader gets it; for PDF, the text pdftotext extracts (the PDF's own streams are compressed).
QByteArray tst_SecretsCorpus::output(const QString &format, const RedactionOptions &options)
{
    const PreparedReport report = PreparedReport::prepare(TestCorpus::secretsCorpusDocument(), options);
    if (format == u"json")
        return ReportWriter::json(report);
    if (format == u"md")
        return ReportWriter::markdown(report).toUtf8();
    if (format == u"html")
        return ReportWriter::html(report).toUtf8();
    if (format == u"html-richtext")
        return ReportWriter::html(report, ReportWriter::HtmlFlavor::RichText).toUtf8();
    if (format == u"text")
        return ReportWriter::text(report).toUtf8();
    if (format == u"har" || format == u"curl" || format == u"http") {
        // The captures' exporters, fed the way `gatescope convert` feeds them: through a Redactor.
        Redactor redactor(options);
        QByteArray out;
        for (const ReportEntry &entry : TestCorpus::secretsCorpusDocument().entries) {
            const Exchange redacted = redactor.redact(entry.exchange);
            if (format == u"har")
                out += QJsonDocument(HarExporter::entryForExchange(redacted)).toJson();
            else if (format == u"curl")
                out += CurlExporter::toCurl(redacted.request);
            else
                out += HttpFileExporter::toHttpFile({ redacted.request });
        }
        return out;
    }
    const QString path = m_dir.filePath(u"corpus.pdf"_s);
    if (!ReportFile::save(path, Gui::PdfReportWriter::render(report, QPageSize::A4)))
        return {};
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, { u"-raw"_s, path, u"-"_s });
    pdftotext.waitForFinished(60000);
    // pdftotext breaks long lines; joined again so a secret split over two lines is still found.
    return pdftotext.readAllStandardOutput().replace('\n', QByteArray());
}

void tst_SecretsCorpus::noSecretSurvives_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("hashed");
    for (const char *format : { "json", "md", "html", "html-richtext", "text", "pdf", "har", "curl", "http" }) {
        QTest::addRow("%s, [redacted]", format) << QString::fromLatin1(format) << false;
        QTest::addRow("%s, [redacted:hash]", format) << QString::fromLatin1(format) << true;
    }
}

void tst_SecretsCorpus::noSecretSurvives()
{
    QFETCH(QString, format);
    QFETCH(bool, hashed);
    RedactionOptions options;
    options.hashValues = hashed;
    const QByteArray out = output(format, options);
    QVERIFY2(out.size() > 800, "the output is suspiciously small");
    QVERIFY(out.contains(hashed ? "[redacted:" : "[redacted]"));
    for (const TestCorpus::Secret &secret : TestCorpus::secrets()) {
        // Also the forms the value could take on the way: percent-encoded, HTML-escaped, JSON-escaped.
        const QList<QByteArray> forms { secret.value, secret.value.toPercentEncoding(),
                                        QString::fromLatin1(secret.value).toHtmlEscaped().toUtf8(),
                                        QByteArray(secret.value).replace("/", "\\/") };
        for (const QByteArray &form : forms)
            QVERIFY2(!out.contains(form),
                     qPrintable(u"%1 survived in %2: %3"_s.arg(QString::fromLatin1(secret.where), format,
                                                               QString::fromLatin1(form))));
    }
}

void tst_SecretsCorpus::withRedactionOff_everySecretIsThere_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : { "json", "md", "html" })
        QTest::newRow(format) << QString::fromLatin1(format);
}

void tst_SecretsCorpus::withRedactionOff_everySecretIsThere()
{
    QFETCH(QString, format);
    RedactionOptions options;
    options.enabled = false;
    const QByteArray out = output(format, options);
    // Markdown and HTML show request bodies through the curl command and bodies as snippets;
    // JSON carries body snippets: each secret of the corpus is visible somewhere in each of them,
    // except the raw response bytes, which only the workspace keeps.
    // The JSON document has no place for the capture's comment.
    QStringList missing;
    for (const TestCorpus::Secret &secret : TestCorpus::secrets()) {
        const QString where = QString::fromLatin1(secret.where);
        if (where.contains(u"raw response"_s) || (format == u"json" && where.contains(u"comment"_s)))
            continue;
        const QByteArray markdownEscaped = QByteArray(secret.value).replace("-", "\\-").replace(".", "\\.");
        if (!out.contains(secret.value) && !out.contains(secret.value.toPercentEncoding())
            && !out.contains(QString::fromLatin1(secret.value).toHtmlEscaped().toUtf8())
            && !out.contains(markdownEscaped))
            missing.append(where);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"missing without redaction: "_s + missing.join(u", "_s)));
    QVERIFY(out.contains("Redaction was turned OFF"));
}

void tst_SecretsCorpus::everyOutputCountsWhatWasHidden()
{
    const PreparedReport report = PreparedReport::prepare(TestCorpus::secretsCorpusDocument(), {});
    // Every kind of the corpus is counted.
    for (const char16_t *kind :
         { RedactionKind::Authorization, RedactionKind::Cookie, RedactionKind::SetCookie, RedactionKind::SecretHeader,
           RedactionKind::QueryParameter, RedactionKind::JsonField, RedactionKind::FormField,
           RedactionKind::MultipartField, RedactionKind::Jwt, RedactionKind::AwsAccessKey, RedactionKind::AwsSecretKey,
           RedactionKind::UrlPassword }) {
        QVERIFY2(
            report.redaction.counts.value(QString::fromUtf16(kind)) >= 1,
            qPrintable(u"nothing counted as "_s + QString::fromUtf16(kind) + u": "_s + report.redaction.describe()));
    }
    QVERIFY(report.redaction.total() >= TestCorpus::secrets().size() - 2);
}

QTEST_MAIN(tst_SecretsCorpus)
#include "tst_secretscorpus.moc"
