#pragma once

#include "redaction/RedactionOptions.h"
#include "redaction/Redactor.h"
#include "report/ReportDocument.h"
#include "report/WaterfallLayout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace Gatescope {

enum class ReportFormat { Json, Markdown, Html, Pdf, Text };
// "json", "md" (also "markdown"), "html" (also "htm"), "pdf", "text" (also "txt"); nullopt otherwise.
std::optional<ReportFormat> reportFormatFromId(QStringView id);
QString reportFormatId(ReportFormat format); // "json", "md", "html", "pdf", "text"
QString reportFormatSuffix(ReportFormat format); // "json", "md", "html", "pdf", "txt"

// A ReportDocument ready to be written: redacted (unless redaction was explicitly turned off),
// with the count of what redaction hid. Every writer takes one of these, never a raw document,
// so no format can forget to redact.
struct PreparedReport
{
    ReportDocument document;
    RedactionSummary redaction;
    bool redactionEnabled = true;

    static PreparedReport prepare(const ReportDocument &document, const RedactionOptions &options);
    // The same, taking the document over: every exchange is redacted in place (on every core for
    // big reports, counted exactly as one by one), so a big capture is never held twice.
    static PreparedReport prepare(ReportDocument &&document, const RedactionOptions &options);
};

// Writes a PreparedReport as the diagnosis document (JSON, gatescope.diagnosis/1), GitHub-
// flavoured Markdown, one self-contained HTML file (inline CSS and SVG, a CSP that forbids
// scripts, every captured byte escaped) or plain text. Verdict first, then the decision path with
// its evidence, the checklist, timings, the request as a curl command, the response headers and
// the body snippet; a report of several exchanges opens with a summary table. The PDF is made
// from html(…, HtmlFlavor::RichText) by PdfReportWriter (app/gui/export).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::ReportWriter)
public:
    // Browser: HTML5 with inline SVG. RichText: the subset QTextDocument renders, with each
    // waterfall as <img src="waterfallImageUrl(i)"> that the renderer supplies as an image.
    enum class HtmlFlavor { Browser, RichText };

    // Writes the report to `device` exchange by exchange, never holding the whole document: the
    // head, then each exchange rendered (a batch at a time on every core) and written in input
    // order, then the end. JSON, Markdown, HTML or text (a PDF is PdfReportWriter's). False when
    // the device refused a write (its errorString() says why).
    static bool write(QIODevice *device, const PreparedReport &report, ReportFormat format,
                      HtmlFlavor flavor = HtmlFlavor::Browser);

    // The whole document at once (write() into a buffer), for previews and small reports.
    static QJsonObject jsonDocument(const PreparedReport &report);
    static QByteArray json(const PreparedReport &report);
    // The HTML in pieces, for a renderer that lays out one piece at a time (the PDF): the opening
    // (head, title, redaction note, summary) and each entry as a document of its own with the
    // same style sheet, in readingOrder(). Together they say what html() says.
    // The opening can carry the first entry too (firstEntryIndex >= 0), so that it starts on page 1.
    static QString htmlHead(const PreparedReport &report, HtmlFlavor flavor, qsizetype firstEntryIndex = -1);
    static QString htmlEntryDocument(const PreparedReport &report, qsizetype entryIndex, HtmlFlavor flavor);

    // One exchange of the JSON document as it stands in "exchanges" (indented for its place).
    static QByteArray jsonExchange(const ReportEntry &entry, const TimeoutCorrections &corrections = {});
    // The same bytes made through the QJsonObject tree (DiagnosisJson::exchangeToJson and
    // HopsJson::insertInto) and QJsonDocument: the reference jsonExchange() is tested against.
    static QByteArray jsonExchangeFromTree(const ReportEntry &entry, const TimeoutCorrections &corrections = {});
    // Markdown and HTML made whole in one piece: the bytes write() streams, for previews and as the
    // reference the streamed ones are tested against.
    static QString markdown(const PreparedReport &report);
    static QString html(const PreparedReport &report, HtmlFlavor flavor = HtmlFlavor::Browser);
    static QString text(const PreparedReport &report);

    // The request as a bash curl command line (single-quoted, importable again).
    static QString curlCommand(const RequestSpec &request);
    // One-line description of what redaction did, for the top of every report and the CLI's stderr.
    static QString redactionNote(const PreparedReport &report);

    // The waterfall of the whole report (index -1) or of one entry; and its image URL in RichText.
    // At most maxRows rows (the first ones) when maxRows >= 0.
    static WaterfallLayout waterfall(const PreparedReport &report, int entryIndex = -1, int maxRows = -1);
    static QUrl waterfallImageUrl(int entryIndex);
    static QString entryTitle(const ReportEntry &entry); // "GET https://api.test/v1 — 502 Bad Gateway"

    // The order the human formats (Markdown, HTML, text, PDF) show the entries in: failing
    // exchanges first, then healthy ones, each group in input order. JSON keeps input order.
    static QList<qsizetype> readingOrder(const PreparedReport &report);
};

} // namespace Gatescope
