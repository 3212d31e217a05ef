#include "cli/LogsCommand.h"

#include "cli/TerminalOutput.h"
#include "diagnosis/Diagnoser.h"
#include "diagnosis/DiagnosisJson.h"
#include "logs/LogJoin.h"
#include "logs/LogParser.h"
#include "redaction/Redactor.h"
#include "report/ReportFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

struct LogsText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Cli::LogsCommand)
};

QString listedLines(const QList<qint64> &lines, qint64 total)
{
    QStringList numbers;
    for (qint64 n : lines.mid(0, 10))
        numbers.append(QString::number(n));
    if (total > numbers.size())
        numbers.append(u"…"_s);
    return numbers.join(u", "_s);
}

// --status: "5xx", "4xx", "502,504".
struct StatusFilter
{
    QList<std::pair<int, int>> ranges;
    bool defaultFailures = false; // "5xx": a line that names a failure without a status counts too

    bool accepts(const LogRecord &record) const
    {
        if (record.status == 0)
            return defaultFailures && !record.cause.isEmpty();
        return std::any_of(ranges.cbegin(), ranges.cend(), [&](const auto &range) {
            return record.status >= range.first && record.status <= range.second;
        });
    }
};

std::optional<StatusFilter> statusFilter(const QString &text)
{
    StatusFilter filter;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toLower();
        if (p.size() == 3 && p.endsWith(u"xx") && p.at(0).isDigit()) {
            const int base = p.at(0).digitValue() * 100;
            filter.ranges.append({ base, base + 99 });
            filter.defaultFailures = filter.defaultFailures || base == 500;
            continue;
        }
        bool ok = false;
        const int code = p.toInt(&ok);
        if (!ok || code < 100 || code > 999)
            return std::nullopt;
        filter.ranges.append({ code, code });
    }
    if (filter.ranges.isEmpty())
        return std::nullopt;
    return filter;
}

// --since: an ISO date-time (UTC when it has no zone) or an age ("30m") before `newest`.
std::optional<QDateTime> sinceTime(const QString &text, const QDateTime &newest)
{
    static const QRegularExpression age(u"^(\\d+)([smhd])$"_s);
    if (const QRegularExpressionMatch m = age.match(text.trimmed()); m.hasMatch()) {
        if (!newest.isValid())
            return QDateTime();
        const qint64 n = m.captured(1).toLongLong();
        const qint64 unit = m.captured(2) == u"s" ? 1
            : m.captured(2) == u"m"               ? 60
            : m.captured(2) == u"h"               ? 3600
                                                  : 86400;
        return newest.addSecs(-n * unit);
    }
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

// An access line and the error line of the same request (nginx access.log + error.log, Apache's
// two logs, Caddy's access and error loggers) are one failure: the access line takes the cause.
QList<LogRecord> mergeSameRequest(QList<LogRecord> records)
{
    QList<bool> consumed(records.size(), false);
    for (qsizetype i = 0; i < records.size(); ++i) {
        LogRecord &access = records[i];
        if (access.kind != LogRecord::Kind::Access || !access.cause.isEmpty())
            continue;
        for (qsizetype j = 0; j < records.size(); ++j) {
            const LogRecord &error = records.at(j);
            if (consumed.at(j) || j == i || error.cause.isEmpty() || error.kind != LogRecord::Kind::Error)
                continue;
            const bool sameId = (!access.requestId.isEmpty() && access.requestId == error.requestId)
                || (!access.linkedId.isEmpty() && access.linkedId == error.flags && access.file == error.file);
            const bool sameRequest = !error.target.isEmpty() && error.target == access.target
                && (error.method.isEmpty() || error.method == access.method) && access.time.isValid()
                && error.time.isValid() && qAbs(access.time.secsTo(error.time)) <= 2;
            if (!sameId && !sameRequest)
                continue;
            consumed[j] = true;
            access.raw += u'\n' + error.raw;
            if (!access.cause.isEmpty())
                continue; // a further line of the same request (nginx tried two servers)
            access.cause = error.cause;
            access.hint = error.hint;
            access.causeText = error.causeText;
            access.gatewayGenerated = error.gatewayGenerated;
            if (access.product.isEmpty())
                access.product = error.product;
            if (access.upstreamAddress.isEmpty())
                access.upstreamAddress = error.upstreamAddress;
        }
    }
    QList<LogRecord> merged;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!consumed.at(i))
            merged.append(std::move(records[i]));
    }
    return merged;
}

struct Failure
{
    QString product;
    int status = 0;
    QString cause;
    qint64 count = 0;
    DiagnosedExchange example;
    QStringList places; // the first few "file:line"
};

struct Summary
{
    QList<LogFileSummary> files;
    qint64 failures = 0;
    std::map<QString, qint64> byCause;
    QString bucketUnit; // "minute" | "hour" | "day"
    std::map<QDateTime, std::map<QString, qint64>> timeline;
    QList<std::pair<QString, qint64>> upstreams;
    QList<Failure> distinct;
};

QDateTime bucketStart(const QDateTime &time, const QString &unit)
{
    const QDateTime utc = time.toUTC();
    if (unit == u"minute")
        return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()), Qt::UTC);
    if (unit == u"hour")
        return QDateTime(utc.date(), QTime(utc.time().hour(), 0), Qt::UTC);
    return QDateTime(utc.date(), QTime(0, 0), Qt::UTC);
}

Summary summarise(const QList<LogFileSummary> &files, const QList<LogRecord> &records, Redactor &redactor)
{
    Summary s;
    s.files = files;
    const Diagnoser diagnoser;
    QDateTime first;
    QDateTime last;
    for (const LogRecord &r : records) {
        if (!r.time.isValid())
            continue;
        if (!first.isValid() || r.time < first)
            first = r.time;
        if (!last.isValid() || r.time > last)
            last = r.time;
    }
    const qint64 span = first.isValid() ? first.secsTo(last) : 0;
    s.bucketUnit = span <= 2 * 3600 ? u"minute"_s : span <= 2 * 86400 ? u"hour"_s : u"day"_s;
    QHash<QString, qint64> upstreams;
    QHash<QString, qsizetype> distinctIndex;
    for (const LogRecord &r : records) {
        DiagnosedExchange d = LogJoin::diagnoseAlone(diagnoser, r);
        const QString cause = d.diagnosis.cause;
        ++s.failures;
        ++s.byCause[cause];
        if (r.time.isValid())
            ++s.timeline[bucketStart(r.time, s.bucketUnit)][cause];
        // nginx lists every server it tried: "10.0.0.1:80, 10.0.0.2:80"
        for (const QString &address : r.upstreamAddress.split(u',', Qt::SkipEmptyParts))
            ++upstreams[redactor.redactLogText(address.trimmed())];
        const QString key = u"%1|%2|%3"_s.arg(r.product).arg(r.status).arg(cause);
        auto it = distinctIndex.find(key);
        if (it == distinctIndex.end()) {
            d.diagnosis = redactor.redact(d.diagnosis);
            for (LogLineEvidence &line : *d.logEvidence)
                line.text = redactor.redactLogText(line.text);
            d.exchange.request.url = redactor.redactUrl(d.exchange.request.url);
            s.distinct.append({ r.product, r.status, cause, 0, d, {} });
            it = distinctIndex.insert(key, s.distinct.size() - 1);
        }
        Failure &f = s.distinct[*it];
        ++f.count;
        if (f.places.size() < 5)
            f.places.append(LogJoin::place(r));
    }
    for (auto it = upstreams.cbegin(); it != upstreams.cend(); ++it)
        s.upstreams.append({ it.key(), it.value() });
    std::sort(s.upstreams.begin(), s.upstreams.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (s.upstreams.size() > 10)
        s.upstreams.resize(10);
    std::stable_sort(s.distinct.begin(), s.distinct.end(),
                     [](const Failure &a, const Failure &b) { return a.count > b.count; });
    return s;
}

QString fileLine(const LogFileSummary &f)
{
    const LogFormatInfo *info = LogFormats::find(f.format);
    QString line = LogsText::tr("%1: %2, %n line(s)", "", int(std::min<qint64>(f.lines, INT_MAX)))
                       .arg(f.name, info ? info->displayTitle() : f.format);
    line += LogsText::tr(", %n failure(s)", "", int(std::min<qint64>(f.failures, INT_MAX)));
    if (f.malformed > 0)
        line += LogsText::tr(", %n malformed line(s) (%1)", "", int(std::min<qint64>(f.malformed, INT_MAX)))
                    .arg(listedLines(f.malformedLines, f.malformed));
    if (f.cutLines > 0)
        line += LogsText::tr(", %n line(s) longer than 1 MiB cut (%1)", "", int(std::min<qint64>(f.cutLines, INT_MAX)))
                    .arg(listedLines(f.cutLineNumbers, f.cutLines));
    if (f.dropped > 0)
        line += LogsText::tr(", %n failure(s) past the first 100,000 counted only", "",
                             int(std::min<qint64>(f.dropped, INT_MAX)));
    return line;
}

QString timeText(const QDateTime &t, const QString &unit)
{
    return t.toString(unit == u"day" ? u"yyyy-MM-dd"_s : u"yyyy-MM-dd hh:mm"_s);
}

QByteArray asText(const Summary &s)
{
    QString out;
    for (const LogFileSummary &f : s.files)
        out += fileLine(f) + u'\n';
    out += u'\n' + LogsText::tr("%n failure(s) by cause:", "", int(std::min<qint64>(s.failures, INT_MAX))) + u'\n';
    for (const auto &[cause, count] : s.byCause)
        out += u"  %1  %2\n"_s.arg(QLocale().toString(count), 8).arg(cause);
    if (!s.timeline.empty()) {
        out += u'\n' + LogsText::tr("Over time (per %1, UTC):").arg(s.bucketUnit) + u'\n';
        for (const auto &[start, counts] : s.timeline) {
            QStringList parts;
            for (const auto &[cause, count] : counts)
                parts.append(u"%1 %2"_s.arg(cause).arg(count));
            out += u"  "_s + timeText(start, s.bucketUnit) + u"  "_s + parts.join(u", "_s) + u'\n';
        }
    }
    if (!s.upstreams.isEmpty()) {
        out += u'\n' + LogsText::tr("Upstreams with the most failures:") + u'\n';
        for (const auto &[address, count] : s.upstreams)
            out += u"  %1  %2\n"_s.arg(QLocale().toString(count), 8).arg(address);
    }
    if (!s.distinct.isEmpty()) {
        out += u'\n' + LogsText::tr("Distinct failures, one diagnosis each:") + u'\n';
        for (const Failure &f : s.distinct) {
            const Diagnosis &d = f.example.diagnosis;
            out += u"\n  "_s
                + LogsText::tr("%1 × %2 %3 (%4), first at %5")
                      .arg(QLocale().toString(f.count), d.cause, QString::number(f.status),
                           f.product.isEmpty() ? LogsText::tr("product not named by the log") : f.product,
                           f.places.join(u", "_s))
                + u'\n';
            out += u"    "_s + d.summary + u'\n';
            for (const PathStep &step : d.path)
                out += u"    → "_s + step.node
                    + (step.decidedBy.isEmpty() ? QString() : u"  ("_s + step.decidedBy.join(u"; "_s) + u')') + u'\n';
            if (!d.checklist.items.isEmpty())
                out += u"    "_s + LogsText::tr("First check: %1").arg(d.checklist.items.constFirst()) + u'\n';
        }
    }
    return out.toUtf8();
}

QByteArray asMarkdown(const Summary &s)
{
    auto code = [](QString text) -> QString { return u'`' + text.replace(u'`', u'\'').replace(u'\n', u' ') + u'`'; };
    QString md = u"# "_s + LogsText::tr("Gateway log summary") + u"\n\n"_s;
    for (const LogFileSummary &f : s.files)
        md += u"- "_s + fileLine(f) + u'\n';
    md += u"\n## "_s + LogsText::tr("Failures by cause") + u"\n\n| "_s + LogsText::tr("Cause") + u" | "_s
        + LogsText::tr("Count") + u" |\n|---|---:|\n"_s;
    for (const auto &[cause, count] : s.byCause)
        md += u"| %1 | %2 |\n"_s.arg(code(cause)).arg(count);
    if (!s.timeline.empty()) {
        md += u"\n## "_s + LogsText::tr("Over time (per %1, UTC)").arg(s.bucketUnit) + u"\n\n"_s;
        for (const auto &[start, counts] : s.timeline) {
            QStringList parts;
            for (const auto &[cause, count] : counts)
                parts.append(u"%1 %2"_s.arg(code(cause)).arg(count));
            md += u"- "_s + timeText(start, s.bucketUnit) + u": "_s + parts.join(u", "_s) + u'\n';
        }
    }
    if (!s.upstreams.isEmpty()) {
        md += u"\n## "_s + LogsText::tr("Upstreams with the most failures") + u"\n\n"_s;
        for (const auto &[address, count] : s.upstreams)
            md += u"- "_s + code(address) + u": %1\n"_s.arg(count);
    }
    md += u"\n## "_s + LogsText::tr("Distinct failures") + u"\n"_s;
    for (const Failure &f : s.distinct) {
        const Diagnosis &d = f.example.diagnosis;
        md += u"\n### %1 × %2 (%3)\n\n"_s.arg(f.count).arg(code(d.cause)).arg(f.status);
        md += d.summary + u"\n\n"_s;
        for (const PathStep &step : d.path)
            md += u"1. "_s + code(step.node)
                + (step.decidedBy.isEmpty() ? QString() : u" — "_s + code(step.decidedBy.join(u"; "_s))) + u'\n';
        md += u"\n"_s + LogsText::tr("Lines: %1").arg(f.places.join(u", "_s)) + u'\n';
    }
    return md.toUtf8();
}

QByteArray asJson(const Summary &s)
{
    QJsonArray files;
    for (const LogFileSummary &f : s.files) {
        QJsonArray malformed;
        for (qint64 n : f.malformedLines)
            malformed.append(double(n));
        QJsonArray cut;
        for (qint64 n : f.cutLineNumbers)
            cut.append(double(n));
        files.append(QJsonObject { { u"name"_s, f.name },
                                   { u"format"_s, f.format },
                                   { u"product"_s, f.product.isEmpty() ? QJsonValue() : QJsonValue(f.product) },
                                   { u"compressed"_s, f.compressed },
                                   { u"lines"_s, double(f.lines) },
                                   { u"records"_s, double(f.records) },
                                   { u"failures"_s, double(f.failures) },
                                   { u"malformed"_s, double(f.malformed) },
                                   { u"malformedLines"_s, malformed },
                                   { u"cutLines"_s, double(f.cutLines) },
                                   { u"cutLineNumbers"_s, cut } });
    }
    QJsonObject byCause;
    for (const auto &[cause, count] : s.byCause)
        byCause.insert(cause, double(count));
    QJsonArray timeline;
    for (const auto &[start, counts] : s.timeline) {
        QJsonObject c;
        for (const auto &[cause, count] : counts)
            c.insert(cause, double(count));
        timeline.append(QJsonObject { { u"start"_s, start.toString(Qt::ISODate) }, { u"counts"_s, c } });
    }
    QJsonArray upstreams;
    for (const auto &[address, count] : s.upstreams)
        upstreams.append(QJsonObject { { u"address"_s, address }, { u"failures"_s, double(count) } });
    QJsonArray distinct;
    for (const Failure &f : s.distinct) {
        QJsonObject item = DiagnosisJson::exchangeToJson(f.example);
        item.insert(u"count"_s, double(f.count));
        item.insert(u"lines"_s, QJsonArray::fromStringList(f.places));
        distinct.append(item);
    }
    const QJsonObject document {
        { u"schema"_s, u"gatescope.logs/1"_s },
        { u"tool"_s,
          QJsonObject { { u"name"_s, u"gatescope"_s }, { u"version"_s, QStringLiteral(GATESCOPE_VERSION) } } },
        { u"files"_s, files },
        { u"failures"_s, double(s.failures) },
        { u"byCause"_s, byCause },
        { u"bucket"_s, s.bucketUnit },
        { u"timeline"_s, timeline },
        { u"topUpstreams"_s, upstreams },
        { u"distinctFailures"_s, distinct },
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace

Result<QList<LogRecord>> readLogFiles(const QStringList &paths, const LogScanOptions &options)
{
    QList<LogRecord> records;
    for (const QString &path : paths) {
        const Result<LogFileSummary> summary = LogScanner::scanFile(path, options);
        if (!summary)
            return summary.failure();
        writeErr(u"gatescope: "_s + fileLine(summary.value()) + u'\n');
        records += summary->kept;
    }
    return records;
}

int runLogsCommand(const Invocation &invocation)
{
    const std::optional<StatusFilter> filter = statusFilter(invocation.options.value(u"status"_s));
    if (!filter) {
        writeErr(LogsText::tr("gatescope logs: --status: '%1' is not 5xx, 4xx or a list of codes such as 502,504")
                     .arg(invocation.options.value(u"status"_s))
                 + u'\n');
        return 2;
    }
    LogScanOptions options;
    // Only 5xx (and lines naming a failure) are kept unless other statuses were asked for.
    options.failuresOnly = std::all_of(filter->ranges.cbegin(), filter->ranges.cend(),
                                       [](const auto &range) { return range.first >= 500; });
    QList<LogFileSummary> files;
    QList<LogRecord> records;
    for (const QString &path : invocation.arguments) {
        const Result<LogFileSummary> summary = LogScanner::scanFile(path, options);
        if (!summary) {
            writeErr(u"gatescope: "_s + QString(summary.error()).replace(u'\n', u"\n  "_s) + u'\n');
            return 1;
        }
        files.append(summary.value());
        records += summary->kept;
        files.last().kept.clear();
    }
    QDateTime newest;
    for (const LogRecord &r : std::as_const(records)) {
        if (r.time.isValid() && (!newest.isValid() || r.time > newest))
            newest = r.time;
    }
    std::optional<QDateTime> since;
    if (invocation.options.isSet(u"since"_s)) {
        since = sinceTime(invocation.options.value(u"since"_s), newest);
        if (!since) {
            writeErr(LogsText::tr("gatescope logs: --since: '%1' is neither an ISO date-time nor an age such as 30m")
                         .arg(invocation.options.value(u"since"_s))
                     + u'\n');
            return 2;
        }
    }
    QList<LogRecord> selected;
    for (LogRecord &r : mergeSameRequest(std::move(records))) {
        if (!filter->accepts(r))
            continue;
        if (since && since->isValid() && r.time.isValid() && r.time < *since)
            continue;
        selected.append(std::move(r));
    }

    Redactor redactor(invocation.report.redaction);
    const Summary summary = summarise(files, selected, redactor);
    const ReportFormat format = invocation.report.format;
    const QByteArray bytes = format == ReportFormat::Json ? asJson(summary)
        : format == ReportFormat::Markdown                ? asMarkdown(summary)
                                                          : asText(summary);
    const QString output = invocation.report.outputPath;
    if (output.isEmpty() || output == u"-") {
        writeOut(bytes);
    } else if (const Result<qint64> saved = ReportFile::save(output, bytes); !saved) {
        writeErr(u"gatescope: "_s + saved.error() + u'\n');
        return 1;
    }
    if (!redactor.summary().isEmpty())
        writeErr(u"gatescope: "_s + LogsText::tr("redacted: %1").arg(redactor.summary().describe()) + u'\n');
    return 0;
}

} // namespace Gatescope::Cli
