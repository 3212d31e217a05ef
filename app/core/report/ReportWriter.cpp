#include "report/ReportWriter.h"

#include "capture/CurlExporter.h"
#include "diagnosis/CauseTitles.h"
#include "diagnosis/Fingerprints.h"
#include "diagnosis/InParallel.h"
#include "diagnosis/RuleTree.h"
#include "hops/HopsJson.h"
#include "model/Durations.h"
#include "model/ExchangeJson.h"
#include "model/IndentedJsonWriter.h"
#include "model/Phases.h"
#include "report/HtmlEscape.h"
#include "report/SvgWaterfall.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <numeric>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReport, "gatescope.report", QtInfoMsg)

namespace Gatescope {

namespace {

// The HTTP/2 frames of an exchange for a report: every frame that ended something (RST_STREAM,
// GOAWAY) and the first of the others, at most ReportedFrames lines, then how many were left out.
QStringList frameLines(const Exchange &e)
{
    constexpr qsizetype ReportedFrames = 24;
    QStringList lines;
    qsizetype left = 0;
    for (const Http2Frame &frame : e.frames) {
        const bool telling = frame.type == u"RST_STREAM" || frame.type == u"GOAWAY";
        if (!telling && lines.size() >= ReportedFrames) {
            ++left;
            continue;
        }
        QStringList parts { frame.errorCode };
        if (frame.lastStreamId >= 0)
            parts.append(ReportWriter::tr("last stream %1").arg(frame.lastStreamId));
        if (frame.windowIncrement >= 0)
            parts.append(ReportWriter::tr("window +%1").arg(frame.windowIncrement));
        parts.append(frame.detail);
        parts.removeAll(QString());
        //: One HTTP/2 frame: %1 = time in ms, %2 = in/out, %3 = type, %4 = stream id, %5 = details
        lines.append(ReportWriter::tr("%1 ms %2 %3 stream %4 %5")
                         .arg(frame.atMs, 0, 'f', 2)
                         .arg(frame.received ? ReportWriter::tr("in") : ReportWriter::tr("out"), frame.type)
                         .arg(frame.streamId)
                         .arg(parts.join(u"; "_s))
                         .trimmed());
    }
    left += e.framesDropped;
    if (left > 0)
        lines.append(ReportWriter::tr("%n more frame(s) not listed", nullptr, int(left)));
    return lines;
}

constexpr qsizetype CurlBodyLimit = ExchangeJson::BodySnippetBytes;

QString utf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// --- shared wording ---------------------------------------------------------------------------

QString statusText(const ReportEntry &entry)
{
    const Exchange &exchange = entry.exchange;
    if (exchange.response) {
        const QString reason = utf8(exchange.response->reason);
        return reason.isEmpty() ? QString::number(exchange.response->status)
                                : u"%1 %2"_s.arg(exchange.response->status).arg(reason);
    }
    //: the exchange ended without an HTTP response; %1 = outcome id such as "refused"
    return ReportWriter::tr("no response (%1)").arg(outcomeId(exchange.transport.outcome));
}

QString verdictStatus(const Diagnosis &d)
{
    if (d.status <= 0)
        return ReportWriter::tr("none");
    if (d.predicted)
        //: a status no server sent, but that a gateway in front would return
        return ReportWriter::tr("%1 (predicted)").arg(d.status);
    return QString::number(d.status);
}

// A product by the name its fingerprints give it ("AWS Application Load Balancer"); the id stays in
// JSON. An id without fingerprints ("unknown") is shown as it is.
QString productName(const QString &productId)
{
    return FingerprintCatalog::builtIn().displayName(productId);
}

QString producerText(const Producer &p)
{
    if (p.layer.isEmpty() && p.product.isEmpty())
        return ReportWriter::tr("undetermined");
    //: %1 layer (origin/gateway/client), %2 product name (nginx, AWS Application Load Balancer…), %3 confidence in
    //: percent
    return ReportWriter::tr("%1 · %2 (%3 % confident)")
        .arg(p.layer, productName(p.product), QLocale().toString(qRound(p.confidence * 100)));
}

// Retry advice by its translated title ("Retry with backoff"); the id stays in JSON.
QString retryText(const RetryAdvice &retry)
{
    if (retry.advice.isEmpty())
        return {};
    if (retry.afterSeconds)
        //: %1 retry advice, %2 seconds
        return ReportWriter::tr("%1 (after %2 s)")
            .arg(CauseTitles::retry(retry.advice), QLocale().toString(*retry.afterSeconds));
    return CauseTitles::retry(retry.advice);
}

// A cause by its translated title, its id after it as the key into the JSON: "The gateway gave up
// waiting for the upstream (upstream.timeout)".
QString causeTitle(const QString &causeId)
{
    const QString title = CauseTitles::cause(causeId);
    return title == causeId ? causeId : title;
}

// A decision path step by its rule title, as the window's tree shows it ("503 · No server took
// the connection"); the node id stays in JSON. A node this build's rule tree lacks keeps its id.
QString stepTitle(const QString &nodeId)
{
    const RuleNode *node = RuleTree::builtIn().node(nodeId);
    if (!node)
        return nodeId;
    if (node->isLeaf() && node->typicalStatus > 0)
        //: Decision path step: typical status code, then the verdict's title
        return ReportWriter::tr("%1 · %2").arg(node->typicalStatus).arg(node->displayTitle());
    return node->displayTitle();
}

// The summary's one row for the healthy exchanges left out of a report.
QString healthyRowText(int count)
{
    //: %n healthy exchanges that a report leaves out unless asked to include them
    return ReportWriter::tr("%n healthy exchange(s) not shown (not failing); --all or “Include healthy exchanges” "
                            "includes them",
                            nullptr, count);
}

struct TimingRow
{
    QString phase;
    double ms;
};

QList<TimingRow> timingRows(const Timings &t)
{
    QList<TimingRow> rows;
    for (Phase phase : BarPhases)
        rows.append({ phaseName(phase, PhaseNameForm::Long), phaseValue(t, phase) });
    rows.append({ ReportWriter::tr("Total"), t.total });
    return rows;
}

QString responseHeaderBlock(const ResponseData &response)
{
    QString block = utf8(response.httpVersion) + u' ' + QString::number(response.status);
    if (!response.reason.isEmpty())
        block += u' ' + utf8(response.reason);
    block += u'\n';
    for (const HeaderField &field : response.headers)
        block += utf8(field.name) + u": "_s + utf8(field.value) + u'\n';
    return block;
}

// "first N of M bytes": N what the snippet shows, M the whole body as received (at least what was kept).
QString truncationNote(const ResponseData &response)
{
    const qint64 shown = std::min<qint64>(response.body.size(), ExchangeJson::BodySnippetBytes);
    const qint64 total = std::max<qint64>(response.bodySize, response.body.size());
    return ReportWriter::tr("first %1 of %2 bytes").arg(shown).arg(total);
}

QString bodySnippetOf(const ResponseData &response, bool *binary, bool *truncated)
{
    *binary = ExchangeJson::looksBinary(response.body);
    const QString snippet = ExchangeJson::bodySnippet(response.body);
    *truncated = response.body.size() > ExchangeJson::BodySnippetBytes || response.bodyTruncated;
    return snippet;
}

// A Markdown code span that survives any backticks and pipes inside (GFM tables).
QString mdCode(const QString &value, bool inTable = false)
{
    QString content = value;
    content.replace(u'\n', u' ').replace(u'\r', u' ');
    if (inTable)
        content.replace(u'|', u"\\|"_s);
    qsizetype longest = 0, run = 0;
    for (QChar c : content) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = content.startsWith(u'`') || content.endsWith(u'`') || content.isEmpty();
    return fence + (pad ? u" "_s : QString()) + content + (pad ? u" "_s : QString()) + fence;
}

// True when `text` at `at` starts an entity or numeric character reference ("&amp;", "&#35;").
bool startsEntity(QStringView text, qsizetype at)
{
    static const QRegularExpression entity(u"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});"_s);
    // The longest reference is 34 characters ("&" + 32 + ";").
    return entity
        .match(text.mid(at, 34).toString(), 0, QRegularExpression::NormalMatch,
               QRegularExpression::AnchorAtOffsetMatchOption)
        .hasMatch();
}

// Markdown inline text from captured or free text, escaped only where CommonMark (and GFM's
// tables, strikethrough and task lists) would read markup in that position: backticks, a
// backslash before punctuation, brackets, emphasis characters that could open or close
// emphasis, '<' that could start a tag or autolink, '&' that would start an entity, '|' inside a
// table cell; at the start of a block also what would make a heading, quote, list, fence or code
// block. "varnish-hang.har", "0.1.0" and "(…)" stay as they are. Line breaks become spaces.
enum class MdPlace { Inline, BlockStart, TableCell };
QString mdText(const QString &value, MdPlace place = MdPlace::Inline)
{
    QString text = value;
    text.replace(u'\n', u' ').replace(u'\r', u' ');
    if (place == MdPlace::BlockStart) {
        qsizetype lead = 0;
        while (lead < text.size() && (text.at(lead) == u' ' || text.at(lead) == u'\t'))
            ++lead;
        text.remove(0, lead); // four spaces would make a code block
    }
    const auto isSpace = [&](qsizetype i) { return i < 0 || i >= text.size() || text.at(i).isSpace(); };
    const auto isPunct = [](QChar c) { return c.unicode() < 128 && c.isPunct(); };
    // Written through a pointer into room for the worst case (every character escaped), then cut:
    // appending one QChar at a time cost a twentieth of a big Markdown report's time.
    QString out(2 * text.size(), Qt::Uninitialized);
    QChar *cursor = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        bool escape = false;
        switch (c.unicode()) {
        case u'`':
        case u'[':
        case u']':
            escape = true;
            break;
        case u'\\':
            escape = i + 1 >= text.size() || isPunct(text.at(i + 1)) || c == text.at(i + 1);
            break;
        case u'*':
        case u'~':
            escape = !(isSpace(i - 1) && isSpace(i + 1)); // neither left- nor right-flanking
            break;
        case u'_': // intraword underscores never make emphasis
            escape = !(i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber()
                       && text.at(i + 1).isLetterOrNumber());
            break;
        case u'<':
            escape = i + 1 < text.size()
                && (text.at(i + 1).isLetter() || text.at(i + 1) == u'/' || text.at(i + 1) == u'!'
                    || text.at(i + 1) == u'?');
            break;
        case u'&':
            escape = startsEntity(text, i);
            break;
        case u'|':
            escape = place == MdPlace::TableCell;
            break;
        default:
            break;
        }
        if (place == MdPlace::BlockStart && i == 0) {
            // "# h", ">", "- ", "+ ", "* ", "=", "~~~": the block would not be a paragraph.
            if (c == u'#' || c == u'>' || c == u'=' || ((c == u'-' || c == u'+') && isSpace(1)))
                escape = true;
        }
        if (place == MdPlace::BlockStart && (c == u'.' || c == u')') && i > 0 && i <= 9 && isSpace(i + 1)) {
            bool digits = true; // "1. " / "2) " would start an ordered list
            for (qsizetype d = 0; d < i; ++d)
                digits = digits && text.at(d).isDigit() && text.at(d).unicode() < 128;
            escape = escape || digits;
        }
        if (escape)
            *cursor++ = u'\\';
        *cursor++ = c;
    }
    out.truncate(cursor - out.constData());
    return out;
}

QString mdFence(const QString &content, const QString &info = {})
{
    qsizetype longest = 0, run = 0;
    for (QChar c : content) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max<qsizetype>(3, longest + 1), u'`');
    QString body = content;
    if (!body.endsWith(u'\n'))
        body += u'\n';
    return fence + info + u'\n' + body + fence + u'\n';
}

QString generatedLine(const PreparedReport &report)
{
    const QDateTime when
        = report.document.createdAt.isValid() ? report.document.createdAt : QDateTime::currentDateTimeUtc();
    //: %1 version, %2 date and time (UTC), %3 input kind (har, curl, …), %4 input name
    return ReportWriter::tr("Generated by Gatescope %1 on %2 · input: %3 %4")
        .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(GATESCOPE_VERSION)
                                                              : QCoreApplication::applicationVersion(),
             when.toUTC().toString(Qt::ISODate), report.document.inputKind, report.document.inputName);
}

} // namespace

// --- formats ----------------------------------------------------------------------------------

std::optional<ReportFormat> reportFormatFromId(QStringView id)
{
    const QString lower = id.toString().toLower();
    if (lower == u"json")
        return ReportFormat::Json;
    if (lower == u"md" || lower == u"markdown")
        return ReportFormat::Markdown;
    if (lower == u"html" || lower == u"htm")
        return ReportFormat::Html;
    if (lower == u"pdf")
        return ReportFormat::Pdf;
    if (lower == u"text" || lower == u"txt")
        return ReportFormat::Text;
    return std::nullopt;
}

QString reportFormatId(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json:
        return u"json"_s;
    case ReportFormat::Markdown:
        return u"md"_s;
    case ReportFormat::Html:
        return u"html"_s;
    case ReportFormat::Pdf:
        return u"pdf"_s;
    case ReportFormat::Text:
        return u"text"_s;
    }
    return {};
}

QString reportFormatSuffix(ReportFormat format)
{
    return format == ReportFormat::Text ? u"txt"_s : reportFormatId(format);
}

PreparedReport PreparedReport::prepare(const ReportDocument &document, const RedactionOptions &options)
{
    return prepare(ReportDocument(document), options);
}

PreparedReport PreparedReport::prepare(ReportDocument &&document, const RedactionOptions &options)
{
    PreparedReport report;
    report.redactionEnabled = options.enabled;
    // One hash key for the whole report, shared by every thread's Redactor.
    RedactionOptions shared = options;
    if (shared.enabled && shared.hashValues && shared.hashKey.isEmpty())
        shared.hashKey = Redactor(shared).options().hashKey;
    Redactor nameRedactor(shared);
    report.document = std::move(document);
    if (!report.document.createdAt.isValid())
        report.document.createdAt = QDateTime::currentDateTimeUtc();
    report.document.inputName = nameRedactor.redactText(report.document.inputName);
    report.redaction = nameRedactor.summary();
    report.redaction.merge(
        redactInParallel(report.document.entries, shared, [](Redactor &redactor, ReportEntry &entry) {
            entry.exchange = redactor.redact(entry.exchange);
            entry.diagnosis = redactor.redact(entry.diagnosis);
            if (entry.logEvidence) {
                for (LogLineEvidence &line : *entry.logEvidence)
                    line.text = redactor.redactLogText(line.text);
            }
        }));
    qCDebug(lcReport) << "prepared report of" << report.document.entries.size() << "exchanges; redacted"
                      << report.redaction.total();
    return report;
}

QList<qsizetype> ReportWriter::readingOrder(const PreparedReport &report)
{
    const QList<ReportEntry> &entries = report.document.entries;
    QList<qsizetype> order;
    order.reserve(entries.size());
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (isFailure(entries.at(i).exchange) == (pass == 0))
                order.append(i);
        }
    }
    return order;
}

QString ReportWriter::redactionNote(const PreparedReport &report)
{
    if (!report.redactionEnabled)
        return tr("Redaction was turned OFF for this report: it contains the captured credentials as they were.");
    if (report.redaction.isEmpty())
        return tr("Redaction was on: no credentials were found to hide.");
    //: %1 = number of values, %2 = the list by kind
    return tr("Redaction was on: %n value(s) hidden and shown as [redacted] — %1.", nullptr, report.redaction.total())
        .arg(report.redaction.describe());
}

QString ReportWriter::entryTitle(const ReportEntry &entry)
{
    const Exchange &e = entry.exchange;
    return u"%1 %2 — %3"_s.arg(utf8(e.request.method), e.request.url.toDisplayString(), statusText(entry));
}

WaterfallLayout ReportWriter::waterfall(const PreparedReport &report, int entryIndex, int maxRows)
{
    QList<const Exchange *> exchanges; // the report's own, not copies
    QStringList labels;
    // One entry's waterfall reads that entry only (each entry of a big report draws its own).
    const qsizetype first = entryIndex >= 0 ? entryIndex : 0;
    const qsizetype end = entryIndex >= 0 ? std::min<qsizetype>(entryIndex + 1, report.document.entries.size())
                                          : report.document.entries.size();
    for (qsizetype i = first; i < end; ++i) {
        if (maxRows >= 0 && exchanges.size() >= maxRows)
            break;
        const Exchange &e = report.document.entries.at(i).exchange;
        exchanges.append(&e);
        labels.append(
            u"#%1 %2 %3"_s.arg(e.index + 1).arg(utf8(e.request.method), e.request.url.host() + e.request.url.path()));
    }
    return WaterfallLayout::fromExchanges(exchanges, labels);
}

QUrl ReportWriter::waterfallImageUrl(int entryIndex)
{
    return QUrl(entryIndex < 0 ? u"gatescope-waterfall:summary"_s : u"gatescope-waterfall:%1"_s.arg(entryIndex));
}

QString ReportWriter::curlCommand(const RequestSpec &request)
{
    // CurlExporter writes the command (importable again); the report keeps bodies short and
    // leaves binary ones out, saying so in a shell comment.
    RequestSpec shown = request;
    QString trailer;
    if (ExchangeJson::looksBinary(request.body)) {
        shown.body.clear();
        //: %n = body size in bytes
        trailer = u"\n# "_s
            + tr("request body: %n byte(s) of binary data, not shown", nullptr,
                 int(std::min<qsizetype>(request.body.size(), INT_MAX)));
    } else if (request.body.size() > CurlBodyLimit) {
        shown.body = ExchangeJson::bodySnippet(request.body, CurlBodyLimit).toUtf8();
        trailer = u"\n# "_s
            + tr("request body cut to its first %1 bytes of %2").arg(shown.body.size()).arg(request.body.size());
    }
    return QString::fromUtf8(CurlExporter::toCurl(shown)).trimmed() + trailer;
}

QJsonObject ReportWriter::jsonDocument(const PreparedReport &report)
{
    return QJsonDocument::fromJson(json(report)).object();
}

namespace {

// The document's members after "exchanges" (QJsonDocument writes keys sorted: input, redaction,
// schema, tool), as the indented document has them, without the opening brace.
QByteArray jsonTail(const PreparedReport &report)
{
    QJsonObject document = DiagnosisJson::document(report.document.inputKind, report.document.inputName, {});
    document.remove(u"exchanges"_s);
    // Additive to gatescope.diagnosis/1: what redaction hid.
    QJsonObject counts;
    for (auto it = report.redaction.counts.cbegin(); it != report.redaction.counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    document.insert(u"redaction"_s,
                    QJsonObject { { u"enabled"_s, report.redactionEnabled },
                                  { u"total"_s, report.redaction.total() },
                                  { u"counts"_s, counts },
                                  { u"note"_s, ReportWriter::redactionNote(report) } });
    return QJsonDocument(document).toJson(QJsonDocument::Indented).sliced(2); // after "{\n"
}

} // namespace

QByteArray ReportWriter::jsonExchange(const ReportEntry &entry, const TimeoutCorrections &corrections)
{
    // Indented as an element of "exchanges" (two levels deep), exactly as QJsonDocument writes
    // the whole document; no trailing newline. Written straight as text: building the
    // QJsonObject tree and writing it cost most of a big report's time.
    const HopAnalysis hops = HopAnalysis::of(entry.exchange, entry.diagnosis, corrections);
    QList<IndentedJsonWriter::Member> members = DiagnosisJson::exchangeMembers(entry);
    HopsJson::appendMembers(members, hops);
    QByteArray out;
    out.reserve(8 * 1024);
    out += "        ";
    IndentedJsonWriter writer(out, 2);
    writer.object(std::move(members));
    if (!writer.membersInOrder()) {
        // A writer wrote an object's members out of key order: say so, and write the tree.
        qCWarning(lcReport) << "ReportWriter::jsonExchange: members out of key order; written from the JSON tree";
        return jsonExchangeFromTree(entry, corrections);
    }
    return out;
}

QByteArray ReportWriter::jsonExchangeFromTree(const ReportEntry &entry, const TimeoutCorrections &corrections)
{
    QJsonObject object = DiagnosisJson::exchangeToJson(entry);
    HopsJson::insertInto(object, HopAnalysis::of(entry.exchange, entry.diagnosis, corrections));
    const QByteArray alone = QJsonDocument(object).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(alone.size() + alone.count('\n') * 8);
    qsizetype start = 0;
    while (start < alone.size()) {
        qsizetype end = alone.indexOf('\n', start);
        if (end < 0)
            end = alone.size();
        if (start > 0)
            out += '\n';
        out += "        ";
        out += QByteArrayView(alone).sliced(start, end - start);
        start = end + 1;
    }
    return out;
}

QByteArray ReportWriter::json(const PreparedReport &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(&buffer, report, ReportFormat::Json);
    return buffer.data();
}

// --- Hops (issue 18) ---------------------------------------------------------------------------

namespace {

// The hop chain, wait split and timeout audit of an entry, as the human formats show them.
struct HopRows
{
    struct Row
    {
        QString name; // "Amazon CloudFront", "unknown hop"
        bool producer = false;
        QString added; // "Via: 1.1 … · X-Amz-Cf-Pop: IAD89-C3"
        QString timeouts; // "origin response timeout 30 s · proxy_read_timeout 30 s (as you gave it)"
        QString order;
    };
    QList<Row> hops;
    QString unattributed;
    QList<std::pair<QString, QString>> wait; // label with duration, source
    QStringList audit;
};

QString hopOrderText(const QString &order)
{
    if (order == u"via")
        return ReportWriter::tr("place from Via");
    if (order == u"diagnosis")
        return ReportWriter::tr("named by the diagnosis only");
    if (order == u"connection")
        return ReportWriter::tr("the address connected to");
    if (order == u"user")
        return ReportWriter::tr("behind the last hop, as you gave its timeouts");
    return ReportWriter::tr("place from the product's usual position");
}

HopRows hopRows(const ReportEntry &entry, const TimeoutCorrections &corrections)
{
    const HopAnalysis analysis = HopAnalysis::of(entry.exchange, entry.diagnosis, corrections);
    HopRows rows;
    for (const Hop &hop : analysis.chain.hops) {
        HopRows::Row row;
        row.name = hop.displayName;
        row.producer = hop.producer;
        QStringList added;
        for (const HopEvidence &item : hop.added)
            added.append(item.header + u": "_s + item.value);
        row.added = added.join(u" · "_s);
        QStringList timeouts;
        for (const DefaultTimeout &timeout : hop.timeouts)
            timeouts.append(timeout.name + u' ' + formatDuration(timeout.seconds * 1000.0)
                            + (timeout.givenByUser ? u" ("_s + TimeoutAudit::givenByUserMark() + u')' : QString()));
        row.timeouts = timeouts.join(u" · "_s);
        row.order = hopOrderText(hop.order);
        rows.hops.append(row);
    }
    QStringList unattributed;
    for (const HopEvidence &item : analysis.chain.unattributed)
        unattributed.append(item.header + u": "_s + item.value);
    rows.unattributed = unattributed.join(u" · "_s);
    for (const WaitSegment &segment : analysis.waitSplit.segments)
        rows.wait.append({ WaitSplit::segmentLabel(segment, analysis.chain) + u": "_s + formatDuration(segment.ms),
                           segment.source });
    for (const TimeoutFinding &finding : analysis.timeoutAudit)
        rows.audit.append(finding.text);
    return rows;
}

QString hopChainSentence(const HopRows &rows)
{
    QStringList names;
    for (const HopRows::Row &row : rows.hops)
        //: a hop of the chain that made the 5xx; %1 = its name
        names.append(row.producer ? ReportWriter::tr("%1 (made the answer)").arg(row.name) : row.name);
    return names.join(u" → "_s);
}

} // namespace

// --- Markdown ---------------------------------------------------------------------------------

namespace {

// The Markdown report in pieces, so that write() streams it: the head (title, redaction note,
// summary table), then one piece per exchange.
// The HTML summary's verdict cell: the cause's title leads the summary, unless the summary
// already opens with it ("No server error: the response is 200").
QString verdictCell(const Diagnosis &d)
{
    const QString title = causeTitle(d.cause);
    if (title == d.cause || d.summary.startsWith(title, Qt::CaseInsensitive))
        return d.summary;
    return title + u". "_s + d.summary;
}

// A summary table's cause: its title, then the id in code as the key into the JSON.
QString causeCell(const QString &causeId)
{
    const QString title = causeTitle(causeId);
    if (title == causeId)
        return mdCode(causeId, true);
    return mdText(title, MdPlace::TableCell) + u" ("_s + mdCode(causeId, true) + u')';
}

// With `spill`, what is made is written to it whenever it grows past a few hundred kilobytes
// (*spillFailed set when a write fails) and the rest is returned.
QString markdownHead(const PreparedReport &report, const QList<qsizetype> &order, QIODevice *spill = nullptr,
                     bool *spillFailed = nullptr)
{
    const QList<ReportEntry> &entries = report.document.entries;
    QString md;
    md += u"# "_s + ReportWriter::tr("Gatescope report") + u" — "_s + mdText(report.document.inputName) + u"\n\n"_s;
    md += u"_"_s + mdText(generatedLine(report)) + u"_\n\n"_s;
    md += u"> **"_s + ReportWriter::tr("Redaction") + u":** "_s + mdText(ReportWriter::redactionNote(report))
        + u"\n\n"_s;

    if (entries.size() > 1 || report.document.omittedHealthy > 0) {
        md += u"## "_s + ReportWriter::tr("Summary") + u"\n\n"_s;
        md += u"| # | %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|---|\n"_s.arg(
            ReportWriter::tr("Request"), ReportWriter::tr("Status"), ReportWriter::tr("Producer"),
            ReportWriter::tr("Cause"), ReportWriter::tr("Verdict"));
        for (qsizetype index : order) {
            const ReportEntry &entry = entries.at(index);
            const Diagnosis &d = entry.diagnosis;
            md += u"| %1 | %2 | %3 | %4 | %5 | %6 |\n"_s.arg(entry.exchange.index + 1)
                      .arg(mdCode(utf8(entry.exchange.request.method) + u' '
                                      + entry.exchange.request.url.toString(QUrl::FullyEncoded),
                                  true),
                           mdCode(statusText(entry), true), mdText(productName(d.producer.product), MdPlace::TableCell),
                           causeCell(d.cause), mdText(d.summary, MdPlace::TableCell));
            if (spill && md.size() >= 256 * 1024) {
                const QByteArray bytes = md.toUtf8();
                if (spill->write(bytes) != bytes.size() && spillFailed)
                    *spillFailed = true;
                md.resize(0);
            }
        }
        if (report.document.omittedHealthy > 0)
            md += u"| … | %1 | | | | |\n"_s.arg(
                mdText(healthyRowText(report.document.omittedHealthy), MdPlace::TableCell));
        md += u'\n';
    }
    return md;
}

QString markdownHops(const HopRows &rows)
{
    QString md;
    if (rows.hops.isEmpty() && rows.unattributed.isEmpty())
        return md;
    md += u"### "_s + ReportWriter::tr("Hops") + u"\n\n"_s;
    if (!rows.hops.isEmpty()) {
        md += mdText(hopChainSentence(rows), MdPlace::BlockStart) + u"\n\n"_s;
        md += u"| # | %1 | %2 | %3 | %4 |\n|---|---|---|---|---|\n"_s.arg(
            ReportWriter::tr("Hop"), ReportWriter::tr("What it added"), ReportWriter::tr("Timeouts"),
            ReportWriter::tr("Place"));
        for (qsizetype i = 0; i < rows.hops.size(); ++i) {
            const HopRows::Row &row = rows.hops.at(i);
            const QString name = mdText(row.name, MdPlace::TableCell);
            md += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(i + 1).arg(
                row.producer ? u"**"_s + name + u"** ("_s + ReportWriter::tr("made the answer") + u')' : name,
                row.added.isEmpty() ? QString() : mdCode(row.added, true), mdText(row.timeouts, MdPlace::TableCell),
                mdText(row.order, MdPlace::TableCell));
        }
        md += u'\n';
    }
    if (!rows.unattributed.isEmpty())
        md += ReportWriter::tr("Seen, but not which hop added it:") + u" "_s + mdCode(rows.unattributed) + u"\n\n"_s;
    if (!rows.wait.isEmpty()) {
        md += u"**"_s + ReportWriter::tr("Where the wait went") + u"**\n\n"_s;
        for (const auto &[label, source] : rows.wait)
            md += u"- "_s + mdText(label) + u" — "_s + mdCode(source) + u'\n';
        md += u'\n';
    }
    if (!rows.audit.isEmpty()) {
        md += u"**"_s + ReportWriter::tr("Timeout audit") + u"**\n\n"_s;
        for (const QString &text : rows.audit)
            md += u"- "_s + mdText(text) + u'\n';
        md += u'\n';
    }
    return md;
}

QString markdownEntry(const ReportEntry &entry, const TimeoutCorrections &corrections)
{
    const Exchange &e = entry.exchange;
    const Diagnosis &d = entry.diagnosis;
    QString md;
    md += u"## "_s + ReportWriter::tr("Exchange %1").arg(e.index + 1) + u": "_s
        + mdCode(ReportWriter::entryTitle(entry)) + u"\n\n"_s;
    md += u"**"_s + ReportWriter::tr("Verdict") + u"** — "_s + ReportWriter::tr("status") + u" **"_s
        + mdText(verdictStatus(d)) + u"**, "_s + ReportWriter::tr("producer") + u" **"_s
        + mdText(producerText(d.producer)) + u"**, "_s + ReportWriter::tr("cause") + u" "_s
        + (causeTitle(d.cause) == d.cause
               ? mdCode(d.cause)
               : QString(u"**"_s + mdText(causeTitle(d.cause)) + u"** ("_s + mdCode(d.cause) + u')'))
        + u"\n\n"_s;
    if (!d.summary.isEmpty())
        md += u"> "_s + mdText(d.summary, MdPlace::BlockStart) + u"\n\n"_s;
    if (!d.explanation.isEmpty())
        md += mdText(d.explanation, MdPlace::BlockStart) + u"\n\n"_s;
    if (!retryText(d.retry).isEmpty())
        md += u"**"_s + ReportWriter::tr("Retry") + u":** "_s + mdText(retryText(d.retry)) + u"\n\n"_s;
    md += u"**"_s + ReportWriter::tr("Transport") + u":** "_s + mdCode(outcomeId(e.transport.outcome))
        + (e.transport.detail.isEmpty() ? QString() : u" — "_s + mdText(e.transport.detail)) + u"\n\n"_s;
    if (!e.comment.isEmpty())
        md += u"**"_s + ReportWriter::tr("Note") + u":** "_s + mdText(e.comment) + u"\n\n"_s;
    md += markdownHops(hopRows(entry, corrections));

    if (!d.path.isEmpty()) {
        md += u"### "_s + ReportWriter::tr("Decision path") + u"\n\n"_s;
        for (qsizetype i = 0; i < d.path.size(); ++i) {
            const PathStep &step = d.path.at(i);
            QStringList reasons;
            for (const QString &reason : step.decidedBy)
                reasons.append(mdCode(reason));
            md += u"%1. "_s.arg(i + 1) + mdText(stepTitle(step.node), MdPlace::BlockStart)
                + (reasons.isEmpty() ? QString() : u" — "_s + reasons.join(u", "_s)) + u'\n';
        }
        md += u'\n';
    }
    if (entry.logEvidence && !entry.logEvidence->isEmpty()) {
        md += u"### "_s + ReportWriter::tr("Log lines") + u"\n\n"_s;
        for (const LogLineEvidence &line : *entry.logEvidence)
            md += u"- "_s + mdCode(u"%1:%2"_s.arg(line.file).arg(line.line)) + u" ("_s + line.match + u") "_s
                + mdCode(line.text) + u'\n';
        md += u'\n';
    }
    if (!d.evidence.isEmpty()) {
        md += u"### "_s + ReportWriter::tr("Evidence") + u"\n\n"_s;
        md += u"| %1 | %2 | %3 |\n|---|---|---|\n"_s.arg(ReportWriter::tr("Fact"), ReportWriter::tr("Source"),
                                                         ReportWriter::tr("Value"));
        for (const EvidenceItem &item : d.evidence)
            md += u"| %1 | %2 | %3 |\n"_s.arg(mdCode(item.fact, true), mdCode(item.source, true),
                                              mdCode(item.value, true));
        md += u'\n';
    }
    if (!d.checklist.items.isEmpty()) {
        md += u"### "_s + ReportWriter::tr("Checklist")
            + (d.checklist.title.isEmpty() ? QString() : u": "_s + mdText(d.checklist.title)) + u"\n\n"_s;
        for (const QString &item : d.checklist.items)
            md += u"- [ ] "_s + mdText(item) + u'\n';
        md += u'\n';
    }
    if (!e.frames.isEmpty()) {
        md += u"### "_s + ReportWriter::tr("HTTP/2 frames") + u"\n\n"_s;
        for (const QString &line : frameLines(e))
            md += u"- "_s + mdText(line) + u'\n';
        md += u'\n';
    }
    if (!e.anomalies.isEmpty()) {
        md += u"### "_s + ReportWriter::tr("Wire anomalies") + u"\n\n"_s;
        for (const WireAnomaly &anomaly : e.anomalies)
            md += u"- "_s + mdCode(anomaly.kind) + u" "_s + ReportWriter::tr("at byte %1").arg(anomaly.offset) + u": "_s
                + mdText(anomaly.detail) + u'\n';
        md += u'\n';
    }

    md += u"### "_s + ReportWriter::tr("Timings") + u"\n\n"_s;
    md += u"| %1 | %2 |\n|---|---:|\n"_s.arg(ReportWriter::tr("Phase"), ReportWriter::tr("Duration"));
    for (const TimingRow &row : timingRows(e.timings))
        md += u"| %1 | %2 |\n"_s.arg(row.phase, formatDuration(row.ms));
    md += u'\n';

    md += u"### "_s + ReportWriter::tr("Request") + u"\n\n"_s + mdFence(ReportWriter::curlCommand(e.request), u"bash"_s)
        + u'\n';
    if (e.response) {
        md += u"### "_s + ReportWriter::tr("Response headers") + u"\n\n"_s
            + mdFence(responseHeaderBlock(*e.response), u"http"_s) + u'\n';
        bool binary = false, truncated = false;
        const QString snippet = bodySnippetOf(*e.response, &binary, &truncated);
        md += u"### "_s + ReportWriter::tr("Response body") + u"\n\n"_s;
        if (binary)
            md += u"_"_s
                + ReportWriter::tr("%n byte(s) of binary data, not shown.", nullptr,
                                   int(std::min<qint64>(e.response->bodySize, INT_MAX)))
                + u"_\n\n"_s;
        else if (snippet.isEmpty())
            md += u"_"_s + ReportWriter::tr("empty") + u"_\n\n"_s;
        else {
            md += mdFence(snippet) + u'\n';
            if (truncated)
                md += u"_"_s + truncationNote(*e.response) + u"_\n\n"_s;
        }
    }
    return md;
}

} // namespace

QString ReportWriter::markdown(const PreparedReport &report)
{
    // Made whole, in one piece, where write() writes the head in parts as it grows and the entries
    // a batch at a time: the reference the streamed bytes are tested against (tst_reportstreaming).
    const QList<qsizetype> order = readingOrder(report);
    QString md = markdownHead(report, order);
    for (qsizetype index : order)
        md += markdownEntry(report.document.entries.at(index), report.document.timeoutCorrections);
    return QString::fromUtf8(md.toUtf8()); // as written: what UTF-8 cannot hold comes back replaced
}

// --- HTML -------------------------------------------------------------------------------------

namespace {

const char16_t browserCss[] = uR"css(
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1d1d1f; background: #fff; margin: 2em auto; max-width: 1000px; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { font-size: 1.3em; border-bottom: 2px solid #ddd; padding-bottom: .2em; margin-top: 2em; } h3 { font-size: 1.05em; margin-bottom: .3em; }
.meta { color: #666; }
.note { border-left: 4px solid #3a7bd5; background: #f2f6fc; padding: .5em .8em; }
.note.off { border-color: #b00020; background: #fdecee; }
.verdict { border: 1px solid #ccc; border-radius: 6px; padding: .6em 1em; background: #fafafa; }
.verdict.failed { border-color: #d9534f; background: #fff6f5; }
.verdict .status { font-size: 1.5em; font-weight: 700; }
.summary-sentence { font-size: 1.1em; }
table { border-collapse: collapse; margin: .4em 0; } th, td { border: 1px solid #ddd; padding: .25em .5em; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
pre { background: #f6f8fa; border: 1px solid #e1e4e8; padding: .6em; white-space: pre-wrap; word-break: break-all; overflow-wrap: anywhere; }
ul.checklist { list-style: none; padding-left: .4em; } ul.checklist li::before { content: "\2610\00a0"; }
.waterfall { max-width: 100%; height: auto; }
.hops { display: flex; flex-wrap: wrap; align-items: center; gap: .4em; margin: .4em 0; }
.hops .hop { border: 1px solid #999; border-radius: 6px; padding: .3em .6em; background: #f2f2f2; }
.hops .hop.producer { border: 2px solid #d9534f; background: #fde2df; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-before: page; } section:first-of-type h2, .summary h2 { break-before: auto; }
  pre { break-inside: avoid; background: none; }
  .verdict, table { break-inside: avoid; }
}
)css";

const char16_t richTextCss[] = uR"css(
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; color: #1d1d1f; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; color: #222; } h3 { font-size: 11pt; }
.meta { color: #666666; }
.status { font-size: 15pt; font-weight: bold; }
pre { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; white-space: pre-wrap; background-color: #f6f8fa; }
code { font-family: "DejaVu Sans Mono", monospace; }
th { background-color: #eeeeee; }
)css";

// A URL with a zero-width space after each / ? & . (but not inside "://"), where a line may break.
QString breakableUrl(const QString &url)
{
    QString out;
    out.reserve(url.size() + url.size() / 4);
    const qsizetype scheme = url.indexOf(u"://"_s);
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url.at(i);
        out += c;
        const bool inScheme = scheme >= 0 && i >= scheme && i < scheme + 3;
        if (!inScheme && (c == u'/' || c == u'?' || c == u'&' || c == u'.'))
            out += QChar(0x200B);
    }
    return out;
}

class HtmlBuilder
{
public:
    HtmlBuilder(const PreparedReport &report, ReportWriter::HtmlFlavor flavor)
        : m_report(report)
        , m_rich(flavor == ReportWriter::HtmlFlavor::RichText)
    { }

    // With a device, head() writes what it has made to it whenever that grows past a few hundred
    // kilobytes (the summary of a big report is tens of megabytes) and returns the rest.
    void setSpillDevice(QIODevice *device) { m_spillDevice = device; }
    bool spillFailed() const { return m_spillFailed; }

    // Everything before the first exchange: head, title, redaction note, summary.
    QString head(const QList<qsizetype> &order)
    {
        const QList<ReportEntry> &entries = m_report.document.entries;
        const QString title = ReportWriter::tr("Gatescope report") + u" — "_s + m_report.document.inputName;
        m_html += u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
        if (!m_rich) {
            m_html
                += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"_s
                   u"<meta name=\"referrer\" content=\"no-referrer\">\n"_s
                   u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
        }
        m_html += u"<title>"_s + htmlEscape(title) + u"</title>\n<style>"_s
            + QString::fromUtf16(m_rich ? richTextCss : browserCss) + u"</style>\n</head>\n<body>\n"_s;
        m_html += u"<h1>"_s + htmlEscape(title) + u"</h1>\n<p class=\"meta\">"_s + htmlEscape(generatedLine(m_report))
            + u"</p>\n"_s;
        const bool off = !m_report.redactionEnabled;
        if (m_rich)
            m_html
                += u"<table width=\"100%\" cellpadding=\"6\" border=\"0\" bgcolor=\"%1\"><tr><td><b>%2:</b> %3</td></tr></table>\n"_s
                       .arg(off ? u"#fdecee"_s : u"#f2f6fc"_s, htmlEscape(ReportWriter::tr("Redaction")),
                            htmlEscape(ReportWriter::redactionNote(m_report)));
        else
            m_html += u"<p class=\"note%1\" id=\"redaction\"><strong>%2:</strong> %3</p>\n"_s.arg(
                off ? u" off"_s : QString(), htmlEscape(ReportWriter::tr("Redaction")),
                htmlEscape(ReportWriter::redactionNote(m_report)));

        if (entries.size() > 1 || m_report.document.omittedHealthy > 0)
            summary(order);
        return std::exchange(m_html, {});
    }

    // The style sheet and body opening that head() writes, for an entry laid out on its own.
    QString documentOpening() const
    {
        return u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<style>"_s
            + QString::fromUtf16(m_rich ? richTextCss : browserCss) + u"</style>\n</head>\n<body>\n"_s;
    }

    QString entryHtml(qsizetype index)
    {
        entry(int(index), m_report.document.entries.at(index));
        return std::exchange(m_html, {});
    }

    static QString tail() { return u"</body>\n</html>\n"_s; }

private:
    QString table(const QStringList &headers) const
    {
        QString html
            = m_rich ? u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s : u"<table>"_s;
        html += u"<tr>"_s;
        for (const QString &header : headers)
            html += u"<th>"_s + htmlEscape(header) + u"</th>"_s;
        return html + u"</tr>\n"_s;
    }

    void spill()
    {
        if (!m_spillDevice || m_html.size() < 256 * 1024)
            return;
        const QByteArray bytes = m_html.toUtf8();
        m_spillFailed = m_spillFailed || m_spillDevice->write(bytes) != bytes.size();
        m_html.resize(0);
    }

    void waterfallFigure(int entryIndex)
    {
        if (m_rich) {
            m_html += u"<p><img src=\"%1\" width=\"640\"></p>\n"_s.arg(
                ReportWriter::waterfallImageUrl(entryIndex).toString());
            return;
        }
        m_html += u"<figure>"_s;
        SvgWaterfall::render(ReportWriter::waterfall(m_report, entryIndex), 960, [this](QString &part) {
            m_html += part;
            spill();
        });
        m_html += u"</figure>\n"_s;
    }

    void summary(const QList<qsizetype> &order)
    {
        m_html += u"<section class=\"summary\">\n<h2>"_s + htmlEscape(ReportWriter::tr("Summary")) + u"</h2>\n"_s;
        m_html += table({ u"#"_s, ReportWriter::tr("Request"), ReportWriter::tr("Status"), ReportWriter::tr("Producer"),
                          ReportWriter::tr("Cause"), ReportWriter::tr("Verdict") });
        for (qsizetype index : order) {
            const ReportEntry &entry = m_report.document.entries.at(index);
            const Diagnosis &d = entry.diagnosis;
            // In the PDF (RichText) a narrow column breaks a URL only after / ? & . (a zero-width
            // space there) and never inside a cause id.
            const QString request
                = utf8(entry.exchange.request.method) + u' ' + entry.exchange.request.url.toString(QUrl::FullyEncoded);
            m_html
                += u"<tr><td class=\"num\">%1</td><td><code>%2</code></td><td>%3</td><td>%4</td><td%5><code>%6</code></td><td>%7</td></tr>\n"_s
                       .arg(entry.exchange.index + 1)
                       .arg(htmlEscape(m_rich ? breakableUrl(request) : request), htmlEscape(statusText(entry)),
                            htmlEscape(productName(d.producer.product)),
                            m_rich ? u" style=\"white-space: nowrap\""_s : QString(), htmlEscape(d.cause),
                            htmlEscape(verdictCell(d)));
            spill();
        }
        if (m_report.document.omittedHealthy > 0)
            m_html += u"<tr><td class=\"num\">…</td><td colspan=\"5\">%1</td></tr>\n"_s.arg(
                htmlEscape(healthyRowText(m_report.document.omittedHealthy)));
        m_html += u"</table>\n"_s;
        waterfallFigure(-1);
        m_html += u"</section>\n"_s;
    }

    // The hop chain as a row of boxes, the producer highlighted; then the wait split and the audit.
    void hops(const HopRows &rows)
    {
        if (rows.hops.isEmpty() && rows.unattributed.isEmpty())
            return;
        m_html += u"<h3>"_s + htmlEscape(ReportWriter::tr("Hops")) + u"</h3>\n"_s;
        if (!rows.hops.isEmpty()) {
            m_html += m_rich ? u"<table cellpadding=\"6\" cellspacing=\"4\"><tr>"_s : u"<div class=\"hops\">"_s;
            for (qsizetype i = 0; i < rows.hops.size(); ++i) {
                const HopRows::Row &row = rows.hops.at(i);
                const QString title = htmlEscape(row.added.isEmpty() ? row.order : row.added + u"\n"_s + row.order);
                const QString label = u"<b>"_s + htmlEscape(row.name) + u"</b>"_s
                    + (row.producer ? u"<br>"_s + htmlEscape(ReportWriter::tr("made the answer")) : QString())
                    + (row.timeouts.isEmpty() ? QString()
                                              : u"<br><small>"_s + htmlEscape(row.timeouts) + u"</small>"_s);
                if (m_rich)
                    m_html += (i > 0 ? u"<td>→</td>"_s : QString())
                        + u"<td bgcolor=\"%1\" style=\"border: 1px solid #999999\">"_s.arg(row.producer ? u"#fde2df"_s
                                                                                                        : u"#f2f2f2"_s)
                        + label + u"</td>"_s;
                else
                    m_html += (i > 0 ? u"<span class=\"arrow\">→</span>"_s : QString())
                        + u"<div class=\"hop%1\" title=\"%2\">"_s.arg(row.producer ? u" producer"_s : QString(), title)
                        + label + u"</div>"_s;
            }
            m_html += m_rich ? u"</tr></table>\n"_s : u"</div>\n"_s;
            m_html += table(
                { u"#"_s, ReportWriter::tr("Hop"), ReportWriter::tr("What it added"), ReportWriter::tr("Place") });
            for (qsizetype i = 0; i < rows.hops.size(); ++i) {
                const HopRows::Row &row = rows.hops.at(i);
                m_html
                    += u"<tr><td class=\"num\" align=\"right\">%1</td><td>%2</td><td><code>%3</code></td><td>%4</td></tr>\n"_s
                           .arg(i + 1)
                           .arg(htmlEscape(row.name), htmlEscape(row.added), htmlEscape(row.order));
            }
            m_html += u"</table>\n"_s;
        }
        if (!rows.unattributed.isEmpty())
            m_html += u"<p>"_s + htmlEscape(ReportWriter::tr("Seen, but not which hop added it:")) + u" <code>"_s
                + htmlEscape(rows.unattributed) + u"</code></p>\n"_s;
        if (!rows.wait.isEmpty()) {
            m_html += u"<p><b>"_s + htmlEscape(ReportWriter::tr("Where the wait went")) + u"</b></p>\n<ul>\n"_s;
            for (const auto &[label, source] : rows.wait)
                m_html += u"<li>"_s + htmlEscape(label) + u" — <code>"_s + htmlEscape(source) + u"</code></li>\n"_s;
            m_html += u"</ul>\n"_s;
        }
        if (!rows.audit.isEmpty()) {
            m_html += u"<p><b>"_s + htmlEscape(ReportWriter::tr("Timeout audit")) + u"</b></p>\n<ul>\n"_s;
            for (const QString &text : rows.audit)
                m_html += u"<li>"_s + htmlEscape(text) + u"</li>\n"_s;
            m_html += u"</ul>\n"_s;
        }
    }

    void entry(int index, const ReportEntry &entry)
    {
        const Exchange &e = entry.exchange;
        const Diagnosis &d = entry.diagnosis;
        const bool failed = d.status >= 500 || e.transport.outcome != Outcome::Ok;
        m_html += u"<section class=\"exchange\" id=\"exchange-%1\">\n"_s.arg(index);
        m_html += u"<h2>"_s + htmlEscape(ReportWriter::tr("Exchange %1").arg(e.index + 1)) + u": <code>"_s
            + htmlEscape(ReportWriter::entryTitle(entry)) + u"</code></h2>\n"_s;

        // Verdict first.
        const QString verdictRows = u"<span class=\"status\">%1</span> · %2 <b>%3</b> · %4 %5"_s.arg(
            htmlEscape(verdictStatus(d)), htmlEscape(ReportWriter::tr("producer")),
            htmlEscape(producerText(d.producer)), htmlEscape(ReportWriter::tr("cause")),
            causeTitle(d.cause) == d.cause ? QString(u"<code>"_s + htmlEscape(d.cause) + u"</code>"_s)
                                           : QString(u"<b>"_s + htmlEscape(causeTitle(d.cause)) + u"</b> (<code>"_s
                                                     + htmlEscape(d.cause) + u"</code>)"_s));
        QString verdict = u"<p>"_s + verdictRows + u"</p>\n"_s;
        if (!d.summary.isEmpty())
            verdict += u"<p class=\"summary-sentence\"><b>"_s + htmlEscape(d.summary) + u"</b></p>\n"_s;
        if (!d.explanation.isEmpty())
            verdict += u"<p>"_s + htmlEscape(d.explanation) + u"</p>\n"_s;
        if (!retryText(d.retry).isEmpty())
            verdict += u"<p>"_s + htmlEscape(ReportWriter::tr("Retry")) + u": "_s + htmlEscape(retryText(d.retry))
                + u"</p>\n"_s;
        verdict += u"<p>"_s + htmlEscape(ReportWriter::tr("Transport")) + u": <code>"_s
            + htmlEscape(outcomeId(e.transport.outcome)) + u"</code>"_s
            + (e.transport.detail.isEmpty() ? QString() : u" — "_s + htmlEscape(e.transport.detail)) + u"</p>\n"_s;
        if (!e.comment.isEmpty())
            verdict += u"<p>"_s + htmlEscape(ReportWriter::tr("Note")) + u": "_s + htmlEscape(e.comment) + u"</p>\n"_s;
        if (m_rich)
            m_html
                += u"<table width=\"100%\" cellpadding=\"6\" border=\"1\" cellspacing=\"0\"><tr><td bgcolor=\"%1\">"_s
                       .arg(failed ? u"#fff6f5"_s : u"#fafafa"_s)
                + u"<h3>"_s + htmlEscape(ReportWriter::tr("Verdict")) + u"</h3>"_s + verdict
                + u"</td></tr></table>\n"_s;
        else
            m_html += u"<div class=\"verdict%1\"><h3>%2</h3>\n"_s.arg(failed ? u" failed"_s : QString(),
                                                                      htmlEscape(ReportWriter::tr("Verdict")))
                + verdict + u"</div>\n"_s;
        hops(hopRows(entry, m_report.document.timeoutCorrections));

        if (!d.path.isEmpty()) {
            m_html += u"<h3>"_s + htmlEscape(ReportWriter::tr("Decision path")) + u"</h3>\n<ol class=\"path\">\n"_s;
            for (const PathStep &step : d.path) {
                QStringList reasons;
                for (const QString &reason : step.decidedBy)
                    reasons.append(u"<code>"_s + htmlEscape(reason) + u"</code>"_s);
                m_html += u"<li>"_s + htmlEscape(stepTitle(step.node))
                    + (reasons.isEmpty() ? QString() : u" — "_s + reasons.join(u", "_s)) + u"</li>\n"_s;
            }
            m_html += u"</ol>\n"_s;
        }
        if (!d.evidence.isEmpty()) {
            m_html += u"<h3>"_s + htmlEscape(ReportWriter::tr("Evidence")) + u"</h3>\n"_s;
            m_html += table({ ReportWriter::tr("Fact"), ReportWriter::tr("Source"), ReportWriter::tr("Value") });
            for (const EvidenceItem &item : d.evidence)
                m_html += u"<tr><td><code>%1</code></td><td><code>%2</code></td><td><code>%3</code></td></tr>\n"_s.arg(
                    htmlEscape(item.fact), htmlEscape(item.source), htmlEscape(item.value));
            m_html += u"</table>\n"_s;
        }
        if (!d.checklist.items.isEmpty()) {
            m_html += u"<h3>"_s + htmlEscape(ReportWriter::tr("Checklist"))
                + (d.checklist.title.isEmpty() ? QString() : u": "_s + htmlEscape(d.checklist.title)) + u"</h3>\n"_s;
            m_html += m_rich ? u"<ul>\n"_s : u"<ul class=\"checklist\">\n"_s;
            for (const QString &item : d.checklist.items)
                m_html += (m_rich ? u"<li>☐ "_s : u"<li>"_s) + htmlEscape(item) + u"</li>\n"_s;
            m_html += u"</ul>\n"_s;
        }
        if (!e.frames.isEmpty()) {
            m_html += u"<h3>"_s + htmlEscape(ReportWriter::tr("HTTP/2 frames")) + u"</h3>\n<ul>\n"_s;
            for (const QString &line : frameLines(e))
                m_html += u"<li>"_s + htmlEscape(line) + u"</li>\n"_s;
            m_html += u"</ul>\n"_s;
        }
        if (!e.anomalies.isEmpty()) {
            m_html += u"<h3>"_s + htmlEscape(ReportWriter::tr("Wire anomalies")) + u"</h3>\n<ul>\n"_s;
            for (const WireAnomaly &anomaly : e.anomalies)
                m_html += u"<li><code>%1</code> %2: %3</li>\n"_s.arg(
                    htmlEscape(anomaly.kind), htmlEscape(ReportWriter::tr("at byte %1").arg(anomaly.offset)),
                    htmlEscape(anomaly.detail));
            m_html += u"</ul>\n"_s;
        }

        m_html += u"<h3>"_s + htmlEscape(ReportWriter::tr("Timings")) + u"</h3>\n"_s;
        waterfallFigure(index);
        m_html += table({ ReportWriter::tr("Phase"), ReportWriter::tr("Duration") });
        for (const TimingRow &row : timingRows(e.timings))
            m_html += u"<tr><td>%1</td><td class=\"num\" align=\"right\">%2</td></tr>\n"_s.arg(
                htmlEscape(row.phase), htmlEscape(formatDuration(row.ms)));
        m_html += u"</table>\n"_s;

        m_html += u"<h3>"_s + htmlEscape(ReportWriter::tr("Request")) + u"</h3>\n<pre class=\"curl\">"_s
            + htmlEscape(ReportWriter::curlCommand(e.request)) + u"</pre>\n"_s;
        if (e.response) {
            m_html += u"<h3>"_s + htmlEscape(ReportWriter::tr("Response headers")) + u"</h3>\n<pre class=\"headers\">"_s
                + htmlEscape(responseHeaderBlock(*e.response)) + u"</pre>\n"_s;
            bool binary = false, truncated = false;
            const QString snippet = bodySnippetOf(*e.response, &binary, &truncated);
            m_html += u"<h3>"_s + htmlEscape(ReportWriter::tr("Response body")) + u"</h3>\n"_s;
            if (binary)
                m_html += u"<p><i>"_s
                    + htmlEscape(ReportWriter::tr("%n byte(s) of binary data, not shown.", nullptr,
                                                  int(std::min<qint64>(e.response->bodySize, INT_MAX))))
                    + u"</i></p>\n"_s;
            else if (snippet.isEmpty())
                m_html += u"<p><i>"_s + htmlEscape(ReportWriter::tr("empty")) + u"</i></p>\n"_s;
            else {
                m_html += u"<pre class=\"body\">"_s + htmlEscape(snippet) + u"</pre>\n"_s;
                if (truncated)
                    m_html += u"<p class=\"meta\">"_s + htmlEscape(truncationNote(*e.response)) + u"</p>\n"_s;
            }
        }
        m_html += u"</section>\n"_s;
    }

    const PreparedReport &m_report;
    bool m_rich;
    QString m_html;
    QIODevice *m_spillDevice = nullptr;
    bool m_spillFailed = false;
};

} // namespace

QString ReportWriter::htmlHead(const PreparedReport &report, HtmlFlavor flavor, qsizetype firstEntryIndex)
{
    HtmlBuilder builder(report, flavor);
    const QString head = builder.head(readingOrder(report));
    return head + (firstEntryIndex >= 0 ? builder.entryHtml(firstEntryIndex) : QString()) + HtmlBuilder::tail();
}

QString ReportWriter::htmlEntryDocument(const PreparedReport &report, qsizetype entryIndex, HtmlFlavor flavor)
{
    HtmlBuilder builder(report, flavor);
    return builder.documentOpening() + builder.entryHtml(entryIndex) + HtmlBuilder::tail();
}

QString ReportWriter::html(const PreparedReport &report, HtmlFlavor flavor)
{
    // Made whole, as markdown() is.
    const QList<qsizetype> order = readingOrder(report);
    QString html = HtmlBuilder(report, flavor).head(order);
    for (qsizetype index : order)
        html += HtmlBuilder(report, flavor).entryHtml(index);
    html += HtmlBuilder::tail();
    return QString::fromUtf8(html.toUtf8());
}

// --- plain text -------------------------------------------------------------------------------

namespace {

QString textHead(const PreparedReport &report)
{
    QString out;
    out += ReportWriter::tr("Gatescope report") + u" — "_s + report.document.inputName + u'\n' + generatedLine(report)
        + u'\n';
    out += ReportWriter::redactionNote(report) + u"\n\n"_s;
    if (report.document.omittedHealthy > 0)
        out += healthyRowText(report.document.omittedHealthy) + u"\n\n"_s;
    return out;
}

QString textHops(const HopRows &rows)
{
    QString out;
    if (!rows.hops.isEmpty()) {
        out += ReportWriter::tr("Hops") + u": "_s + hopChainSentence(rows) + u'\n';
        for (qsizetype i = 0; i < rows.hops.size(); ++i) {
            const HopRows::Row &row = rows.hops.at(i);
            out += u"  %1. %2"_s.arg(i + 1).arg(row.name) + (row.added.isEmpty() ? QString() : u" — "_s + row.added)
                + u'\n';
            if (!row.timeouts.isEmpty())
                out += u"     "_s + ReportWriter::tr("Timeouts") + u": "_s + row.timeouts + u'\n';
        }
    }
    if (!rows.unattributed.isEmpty())
        out += ReportWriter::tr("Seen, but not which hop added it:") + u" "_s + rows.unattributed + u'\n';
    if (!rows.wait.isEmpty()) {
        out += ReportWriter::tr("Where the wait went") + u":\n"_s;
        for (const auto &[label, source] : rows.wait)
            out += u"  "_s + label + u"  ("_s + source + u")\n"_s;
    }
    for (const QString &text : rows.audit)
        out += ReportWriter::tr("Timeout audit") + u": "_s + text + u'\n';
    return out;
}

QString textEntry(const ReportEntry &entry, const TimeoutCorrections &corrections)
{
    const Exchange &e = entry.exchange;
    const Diagnosis &d = entry.diagnosis;
    QString out;
    out += u"== "_s + ReportWriter::tr("Exchange %1").arg(e.index + 1) + u": "_s + ReportWriter::entryTitle(entry)
        + u'\n';
    out += ReportWriter::tr("Verdict") + u": "_s + verdictStatus(d) + u" · "_s + producerText(d.producer) + u" · "_s
        + causeTitle(d.cause) + (causeTitle(d.cause) == d.cause ? QString() : u" ("_s + d.cause + u')') + u'\n';
    if (!d.summary.isEmpty())
        out += d.summary + u'\n';
    if (!retryText(d.retry).isEmpty())
        out += ReportWriter::tr("Retry") + u": "_s + retryText(d.retry) + u'\n';
    out += ReportWriter::tr("Transport") + u": "_s + outcomeId(e.transport.outcome)
        + (e.transport.detail.isEmpty() ? QString() : u" — "_s + e.transport.detail) + u'\n';
    if (!e.comment.isEmpty())
        out += ReportWriter::tr("Note") + u": "_s + e.comment + u'\n';
    out += textHops(hopRows(entry, corrections));
    if (!d.path.isEmpty()) {
        out += ReportWriter::tr("Decision path") + u":\n"_s;
        for (const PathStep &step : d.path)
            out += u"  → "_s + stepTitle(step.node)
                + (step.decidedBy.isEmpty() ? QString() : u"  ("_s + step.decidedBy.join(u"; "_s) + u')') + u'\n';
    }
    if (entry.logEvidence) {
        out += ReportWriter::tr("Log lines") + u":"_s
            + (entry.logEvidence->isEmpty() ? u" "_s + ReportWriter::tr("none joined to this exchange") : QString())
            + u'\n';
        for (const LogLineEvidence &line : *entry.logEvidence)
            out += u"  %1:%2 (%3) %4\n"_s.arg(line.file).arg(line.line).arg(line.match, line.text);
    }
    if (!d.checklist.items.isEmpty()) {
        out += ReportWriter::tr("Checklist") + (d.checklist.title.isEmpty() ? QString() : u" — "_s + d.checklist.title)
            + u":\n"_s;
        for (const QString &item : d.checklist.items)
            out += u"  [ ] "_s + item + u'\n';
    }
    if (!e.frames.isEmpty()) {
        out += ReportWriter::tr("HTTP/2 frames") + u":\n"_s;
        for (const QString &line : frameLines(e))
            out += u"  "_s + line + u'\n';
    }
    QString timings;
    for (const TimingRow &row : timingRows(e.timings)) {
        if (row.ms >= 0)
            timings += u"  "_s + row.phase + u' ' + formatDuration(row.ms);
    }
    if (!timings.isEmpty()) // a raw response pasted as text has no timings
        out += ReportWriter::tr("Timings") + u":"_s + timings + u'\n';
    out += u'\n';
    return out;
}

} // namespace

QString ReportWriter::text(const PreparedReport &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(&buffer, report, ReportFormat::Text);
    return QString::fromUtf8(buffer.data());
}

// --- streaming --------------------------------------------------------------------------------

namespace {

// Renders the entries in `order` a batch at a time on every core and writes each batch in order;
// render(position, entryIndex) returns one entry's bytes. At most one batch is held.
template<typename Render> bool writeEntries(QIODevice *device, const QList<qsizetype> &order, Render render)
{
    constexpr qsizetype batchSize = 256;
    QList<QByteArray> rendered;
    for (qsizetype start = 0; start < order.size(); start += batchSize) {
        const qsizetype count = std::min(batchSize, order.size() - start);
        rendered.resize(count);
        QByteArray *results = rendered.data();
        forEachIndexInParallel(
            count, [&](qsizetype i) { results[i] = render(start + i, order.at(start + i)); }, 8);
        for (qsizetype i = 0; i < count; ++i) {
            if (device->write(results[i]) != results[i].size())
                return false;
            results[i] = QByteArray();
        }
    }
    return true;
}

bool writeAll(QIODevice *device, const QByteArray &bytes)
{
    return device->write(bytes) == bytes.size();
}

} // namespace

bool ReportWriter::write(QIODevice *device, const PreparedReport &report, ReportFormat format, HtmlFlavor flavor)
{
    const QList<ReportEntry> &entries = report.document.entries;
    switch (format) {
    case ReportFormat::Json: {
        QList<qsizetype> order(entries.size());
        std::iota(order.begin(), order.end(), qsizetype(0));
        if (!writeAll(device, "{\n    \"exchanges\": [\n"))
            return false;
        const bool written = writeEntries(device, order, [&](qsizetype position, qsizetype index) -> QByteArray {
            return (position > 0 ? QByteArray(",\n") : QByteArray())
                + jsonExchange(entries.at(index), report.document.timeoutCorrections);
        });
        return written && writeAll(device, entries.isEmpty() ? "    ],\n" : "\n    ],\n")
            && writeAll(device, jsonTail(report));
    }
    case ReportFormat::Markdown: {
        const QList<qsizetype> order = readingOrder(report);
        bool spillFailed = false;
        const QByteArray rest = markdownHead(report, order, device, &spillFailed).toUtf8();
        return !spillFailed && writeAll(device, rest)
            && writeEntries(device, order, [&](qsizetype, qsizetype index) -> QByteArray {
                   return markdownEntry(entries.at(index), report.document.timeoutCorrections).toUtf8();
               });
    }
    case ReportFormat::Html: {
        const QList<qsizetype> order = readingOrder(report);
        HtmlBuilder opening(report, flavor);
        opening.setSpillDevice(device);
        const QByteArray rest = opening.head(order).toUtf8();
        return !opening.spillFailed() && writeAll(device, rest)
            && writeEntries(device, order,
                            [&](qsizetype, qsizetype index) -> QByteArray {
                                return HtmlBuilder(report, flavor).entryHtml(index).toUtf8();
                            })
            && writeAll(device, HtmlBuilder::tail().toUtf8());
    }
    case ReportFormat::Text: {
        const QList<qsizetype> order = readingOrder(report);
        return writeAll(device, textHead(report).toUtf8())
            && writeEntries(device, order, [&](qsizetype, qsizetype index) -> QByteArray {
                   return textEntry(entries.at(index), report.document.timeoutCorrections).toUtf8();
               });
    }
    case ReportFormat::Pdf:
        break;
    }
    qCWarning(lcReport) << "ReportWriter::write: a PDF is written by PdfReportWriter";
    return false;
}

} // namespace Gatescope
