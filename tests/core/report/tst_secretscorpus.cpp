// The secrets corpus through every output (the JSON, Markdown, HTML, text and PDF reports — PDF via
// pdftotext —, the HAR, curl and .http exporters, and the raw response bytes of the redacted
// exchange), with plain and hashed placeholders: no secret value survives anywhere. With redaction
// turned off explicitly, each output shows exactly the secrets its kind of output carries (the
// table in SecretsCorpus.h), and every secret shows in some output — so each grep can fail.
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

#include <algorithm>

using namespace Gatescope;
using namespace Qt::StringLiterals;

class tst_SecretsCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noSecretSurvives_data();
    void noSecretSurvives();
    void withRedactionOff_eachOutputShowsWhatItCarries_data();
    void withRedactionOff_eachOutputShowsWhatItCarries();
    void withRedactionOff_everySecretReachesSomeOutput();
    void everyOutputCountsWhatWasHidden();

private:
    static QStringList outputs();
    static bool shows(const QByteArray &out, const QByteArray &secret);
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
    if (format == u"har" || format == u"curl" || format == u"http" || format == u"raw") {
        // The captures' exporters, fed the way `gatescope convert` feeds them: through a Redactor;
        // "raw" is the raw response bytes the redacted exchange keeps (the window's raw view).
        Redactor redactor(options);
        QByteArray out;
        for (const ReportEntry &entry : TestCorpus::secretsCorpusDocument().entries) {
            const Exchange redacted = redactor.redact(entry.exchange);
            if (format == u"raw")
                out += redacted.rawResponse;
            else if (format == u"har")
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
    for (const QString &format : outputs()) {
        QTest::addRow("%s, [redacted]", qPrintable(format)) << format << false;
        QTest::addRow("%s, [redacted:hash]", qPrintable(format)) << format << true;
    }
}

void tst_SecretsCorpus::noSecretSurvives()
{
    QFETCH(QString, format);
    QFETCH(bool, hashed);
    RedactionOptions options;
    options.hashValues = hashed;
    const QByteArray out = output(format, options);
    // The raw response is one short message; every other output is the whole corpus.
    QVERIFY2(out.size() > (format == u"raw" ? 60 : 800), "the output is suspiciously small");
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

QStringList tst_SecretsCorpus::outputs()
{
    return { u"json"_s, u"md"_s,  u"html"_s, u"html-richtext"_s, u"text"_s,
             u"pdf"_s,  u"har"_s, u"curl"_s, u"http"_s,          u"raw"_s };
}

// Whether the output shows the secret in any form a writer could give it: as is, percent-encoded
// (URLs), HTML-escaped, Markdown-escaped, or with JSON's escaped slash.
bool tst_SecretsCorpus::shows(const QByteArray &out, const QByteArray &secret)
{
    const QList<QByteArray> forms { secret, secret.toPercentEncoding(),
                                    QString::fromLatin1(secret).toHtmlEscaped().toUtf8(),
                                    QByteArray(secret).replace("-", "\\-").replace(".", "\\."),
                                    QByteArray(secret).replace("/", "\\/") };
    return std::any_of(forms.cbegin(), forms.cend(), [&](const QByteArray &form) { return out.contains(form); });
}

void tst_SecretsCorpus::withRedactionOff_eachOutputShowsWhatItCarries_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : outputs())
        QTest::newRow(qPrintable(format)) << format;
}

void tst_SecretsCorpus::withRedactionOff_eachOutputShowsWhatItCarries()
{
    QFETCH(QString, format);
    // Given redaction turned off explicitly…
    RedactionOptions options;
    options.enabled = false;
    const QByteArray out = output(format, options);
    QVERIFY2(!out.isEmpty(), qPrintable(u"no %1 output at all"_s.arg(format)));
    // …every secret this kind of output carries is there (so its absence with redaction on means
    // it was redacted, not left out), and none it does not carry (so the table stays exact).
    const QString kind = format == u"html-richtext" ? u"html"_s : format;
    QStringList missing;
    QStringList unexpected;
    for (const TestCorpus::Secret &secret : TestCorpus::secrets()) {
        const bool carried = secret.isCarriedBy(kind);
        if (carried && !shows(out, secret.value))
            missing.append(QString::fromLatin1(secret.where));
        else if (!carried && shows(out, secret.value))
            unexpected.append(QString::fromLatin1(secret.where));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(
                 u"expected in the %1 output without redaction, but missing: %2"_s.arg(format, missing.join(u", "_s))));
    QVERIFY2(unexpected.isEmpty(),
             qPrintable(u"found in the %1 output although SecretsCorpus.h says it does not carry them "
                        u"(update its table): %2"_s.arg(format, unexpected.join(u", "_s))));
    if (format == u"json" || format == u"md" || format.startsWith(u"html"))
        QVERIFY2(out.contains("Redaction was turned OFF"), "the report does not say that redaction was off");
}

void tst_SecretsCorpus::withRedactionOff_everySecretReachesSomeOutput()
{
    // Given every output without redaction…
    RedactionOptions options;
    options.enabled = false;
    QByteArray all;
    for (const QString &format : outputs())
        all += output(format, options) + '\n';
    // …each secret of the corpus shows in at least one: none is there only to be "not found".
    for (const TestCorpus::Secret &secret : TestCorpus::secrets())
        QVERIFY2(shows(all, secret.value),
                 qPrintable(u"the %1 (%2) reaches no output even without redaction"_s.arg(
                     QString::fromLatin1(secret.where), QString::fromLatin1(secret.value))));
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
