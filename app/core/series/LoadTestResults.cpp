#include "series/LoadTestResults.h"

#include <QCoreApplication>
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

// One CSV record (RFC 4180 quoting: "…" with "" for a quote).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
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
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
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
        const QStringList fields = csvFields(line);
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

} // namespace

bool recognises(const QByteArray &head)
{
    return isLocustHead(head) || isK6Head(head);
}

std::optional<Capture> read(const QByteArray &bytes, const QString &name)
{
    if (isLocustHead(bytes))
        return readLocust(bytes, name);
    if (isK6Head(bytes))
        return readK6(bytes, name);
    return std::nullopt;
}

} // namespace LoadTestResults

} // namespace Gatescope
