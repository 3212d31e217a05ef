#include "series/LoadTestResults.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::LoadTestResults)
};

// CSV records (RFC 4180 quoting: "…" with "" for a quote; a quoted field may span lines, as
// Locust's tracebacks do).
QList<QStringList> csvRecords(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\n') {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

Exchange recorded(const QString &method, const QString &target, int index)
{
    Exchange exchange;
    exchange.index = index;
    exchange.source = Exchange::Source::Recorded;
    exchange.request.method = method.toLatin1();
    exchange.request.url = QUrl(target);
    return exchange;
}

std::optional<Capture> readLocust(const QByteArray &bytes, const QString &name)
{
    const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    Capture capture;
    capture.kind = u"locust-failures"_s;
    capture.name = name;
    static const QRegularExpression status(u"\\b([1-5][0-9][0-9]) (?:Server|Client) Error"_s);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = csvRecords(line).value(0);
        if (fields.size() < 4) {
            capture.warnings.append(Tr::tr("%1: line %2 is not Method,Name,Error,Occurrences").arg(name).arg(i + 1));
            continue;
        }
        Exchange exchange = recorded(fields.at(0), fields.at(1), int(capture.exchanges.size()));
        const QString error = fields.at(2);
        exchange.transport.detail = error;
        if (const QRegularExpressionMatch m = status.match(error); m.hasMatch()) {
            ResponseData response;
            response.status = m.captured(1).toInt();
            exchange.response = response;
        } else if (error.contains(u"ConnectionRefused"_s) || error.contains(u"Connection refused"_s)) {
            exchange.transport.outcome = Outcome::Refused;
            exchange.transport.phase = Phase::Connect;
        } else if (error.contains(u"ConnectionReset"_s) || error.contains(u"reset by peer"_s)) {
            exchange.transport.outcome = Outcome::Reset;
            exchange.transport.phase = Phase::Wait;
        } else if (error.contains(u"Timeout"_s) || error.contains(u"timed out"_s)) {
            exchange.transport.outcome = Outcome::Timeout;
            exchange.transport.phase = Phase::Wait;
        } else if (error.contains(u"RemoteDisconnected"_s) || error.contains(u"Connection aborted"_s)) {
            exchange.transport.outcome = Outcome::ClosedEarly;
            exchange.transport.phase = Phase::Wait;
        } else {
            exchange.transport.outcome = Outcome::InvalidResponse;
        }
        exchange.comment = Tr::tr("Locust: %n occurrence(s)", nullptr, fields.at(3).toInt());
        capture.exchanges.append(exchange);
    }
    return capture;
}

std::optional<Capture> readK6(const QByteArray &bytes, const QString &name)
{
    Capture capture;
    capture.kind = u"k6-json"_s;
    capture.name = name;
    const QList<QByteArray> lines = bytes.split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(u"type"_s).toString() != u"Point" || object.value(u"metric"_s).toString() != u"http_reqs")
            continue;
        const QJsonObject tags = object.value(u"data"_s).toObject().value(u"tags"_s).toObject();
        const int code = tags.value(u"status"_s).toString().toInt();
        if (code > 0 && code < 500)
            continue;
        Exchange exchange = recorded(tags.value(u"method"_s).toString(), tags.value(u"url"_s).toString(),
                                     int(capture.exchanges.size()));
        exchange.startedAt
            = QDateTime::fromString(object.value(u"data"_s).toObject().value(u"time"_s).toString(), Qt::ISODateWithMs);
        if (code > 0) {
            ResponseData response;
            response.status = code;
            exchange.response = response;
        } else {
            exchange.transport.outcome = Outcome::ClosedEarly;
            exchange.transport.detail = tags.value(u"error"_s).toString();
        }
        capture.exchanges.append(exchange);
    }
    return capture;
}

// The tags of a k6 submetric name, "http_reqs{status:502,method:GET}" → { status: 502, method: GET }.
QHash<QString, QString> submetricTags(const QString &name)
{
    QHash<QString, QString> tags;
    const qsizetype open = name.indexOf(u'{');
    if (open < 0 || !name.endsWith(u'}'))
        return tags;
    for (const QString &pair : name.mid(open + 1, name.size() - open - 2).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(u':');
        if (colon > 0)
            tags.insert(pair.left(colon).trimmed(), pair.mid(colon + 1).trimmed());
    }
    return tags;
}

// A metric's number in either summary format: handleSummary's data ("values": {"count": 3}) or
// --summary-export's older one ("count": 3 beside the metric's other numbers).
double metricValue(const QJsonObject &metrics, const QString &metric, const QString &key)
{
    const QJsonObject object = metrics.value(metric).toObject();
    const QJsonValue values = object.value(u"values"_s);
    return (values.isObject() ? values.toObject() : object).value(key).toDouble();
}

// k6's end-of-test summary (--summary-export=FILE, or handleSummary's data written with
// JSON.stringify): counts only, never a single request. A 5xx reaches it as a submetric of
// http_reqs tagged with its status ("http_reqs{status:502}"), which k6 keeps when a threshold names
// it — Gatescope's own k6 script does for 500, 502, 503 and 504. Each such submetric becomes one
// exchange with that status (and the url/name and method tags when given), its count in the
// comment; without them the summary's failure count is reported as a warning.
Capture readK6Summary(const QJsonObject &summary, const QString &name)
{
    Capture capture;
    capture.kind = u"k6-summary"_s;
    capture.name = name;
    const QJsonObject metrics = summary.value(u"metrics"_s).toObject();
    QStringList keys = metrics.keys();
    keys.sort();
    for (const QString &key : keys) {
        if (!key.startsWith(u"http_reqs{"_s))
            continue;
        const QHash<QString, QString> tags = submetricTags(key);
        bool numeric = false;
        const int status = tags.value(u"status"_s).toInt(&numeric);
        const int count = int(metricValue(metrics, key, u"count"_s));
        if (!numeric || (status > 0 && status < 500) || count <= 0)
            continue;
        const QString target = tags.value(u"url"_s, tags.value(u"name"_s));
        Exchange exchange = recorded(tags.value(u"method"_s, u"GET"_s), target, int(capture.exchanges.size()));
        if (status > 0) {
            ResponseData response;
            response.status = status;
            exchange.response = response;
        } else {
            exchange.transport.outcome = Outcome::ClosedEarly;
        }
        exchange.comment = Tr::tr("k6 summary: count %1").arg(count);
        capture.exchanges.append(exchange);
    }
    if (capture.exchanges.isEmpty()) {
        // http_req_failed is a rate of failed requests: its "passes" are the failures (k6 issue #2386).
        const int requests = int(metricValue(metrics, u"http_reqs"_s, u"count"_s));
        const int failed = int(metricValue(metrics, u"http_req_failed"_s, u"passes"_s));
        const int serverErrors = int(metricValue(metrics, u"server_errors"_s, u"passes"_s));
        capture.warnings.append(
            Tr::tr("%1: k6's summary counts %2 requests, %3 of them failed (http_req_failed)%4, but not their "
                   "statuses; run k6 with --out json=FILE, or with a threshold on http_reqs{status:502} (and the "
                   "other 5xx), to diagnose them")
                .arg(name)
                .arg(requests)
                .arg(failed)
                .arg(metrics.contains(u"server_errors"_s) ? Tr::tr(", %1 with a 5xx").arg(serverErrors) : QString()));
    }
    return capture;
}

// Locust's --csv PREFIX_exceptions.csv ("Count,Message,Traceback,Nodes"): errors raised by the
// locustfile itself (a missing environment variable, a bug in a task), not answers of the server —
// nothing in it to diagnose, so each becomes a warning naming it; the traceback spans lines inside
// its quoted field.
Capture readLocustExceptions(const QByteArray &bytes, const QString &name)
{
    Capture capture;
    capture.kind = u"locust-exceptions"_s;
    capture.name = name;
    const QList<QStringList> records = csvRecords(QString::fromUtf8(bytes));
    for (qsizetype row = 1; row < records.size(); ++row) { // row 0: the header
        const QStringList &record = records.at(row);
        if (record.size() >= 2 && !record.constFirst().trimmed().isEmpty())
            capture.warnings.append(
                Tr::tr("%1: the locustfile raised “%2” (count %3): an error of the script, not an answer of the server")
                    .arg(name, record.at(1).trimmed(), record.at(0).trimmed()));
    }
    if (capture.warnings.isEmpty())
        capture.warnings.append(Tr::tr("%1: Locust recorded no exception").arg(name));
    return capture;
}

} // namespace

namespace LoadTestResults {

namespace {

bool isLocustHead(const QByteArray &head)
{
    return head.left(HeadBytes).trimmed().startsWith("Method,Name,Error,Occurrences");
}

bool isK6Head(const QByteArray &head)
{
    const QByteArray trimmed = head.left(HeadBytes).trimmed();
    return trimmed.startsWith("{\"type\":\"Metric\"") || trimmed.startsWith("{\"type\":\"Point\"");
}

bool isLocustExceptionsHead(const QByteArray &head)
{
    return head.left(HeadBytes).trimmed().startsWith("Count,Message,Traceback,Nodes");
}

// A JSON object that may be k6's end-of-test summary (its keys in no set order); a HAR names its
// "log" at once and is left to its own reader.
bool mayBeK6SummaryHead(const QByteArray &head)
{
    const QByteArray trimmed = head.left(HeadBytes).trimmed();
    return trimmed.startsWith('{') && !trimmed.contains("\"log\"");
}

} // namespace

bool recognises(const QByteArray &head)
{
    return isLocustHead(head) || isK6Head(head) || isLocustExceptionsHead(head) || mayBeK6SummaryHead(head);
}

std::optional<Capture> read(const QByteArray &bytes, const QString &name)
{
    const QByteArray head = bytes.left(HeadBytes).trimmed();
    if (isLocustHead(bytes))
        return readLocust(bytes, name);
    if (isK6Head(bytes))
        return readK6(bytes, name);
    if (isLocustExceptionsHead(bytes))
        return readLocustExceptions(bytes, name);
    if (head.startsWith('{')
        && bytes.contains("\"http_req")) { // not every JSON object: a HAR is parsed once, by its reader
        const QJsonObject object = QJsonDocument::fromJson(bytes).object();
        if (object.value(u"metrics"_s).isObject() && (object.contains(u"root_group"_s) || object.contains(u"state"_s))
            && (object.value(u"metrics"_s).toObject().contains(u"http_reqs"_s)
                || object.value(u"metrics"_s).toObject().contains(u"http_req_failed"_s)))
            return readK6Summary(object, name);
    }
    return std::nullopt;
}

} // namespace LoadTestResults

} // namespace Gatescope
