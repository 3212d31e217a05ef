#include "logs/LogJoin.h"

#include "diagnosis/Fingerprints.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

// Request and response headers that carry an id a gateway also logs.
constexpr const char *IdHeaders[]
    = { "x-request-id", "x-amzn-trace-id", "x-amz-cf-id",      "cf-ray",         "x-correlation-id",
        "request-id",   "x-unique-id",     "x-amzn-requestid", "x-amz-apigw-id", "x-cloud-trace-context" };

QStringList idsOf(const Exchange &exchange)
{
    QStringList ids;
    auto collect = [&ids](const HeaderList &headers) {
        for (const HeaderField &field : headers) {
            for (const char *name : IdHeaders) {
                if (field.name.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0) {
                    const QString value = QString::fromLatin1(field.value).trimmed();
                    if (value.size() >= 8 && !ids.contains(value))
                        ids.append(value);
                }
            }
        }
    };
    collect(exchange.request.headers);
    if (exchange.response)
        collect(exchange.response->headers);
    return ids;
}

bool sameId(const QString &logged, const QString &header)
{
    if (logged.size() < 8)
        return false;
    // ALB logs "Root=1-…" while the header carries "Root=1-…;Parent=…"; Cloudflare logs the ray
    // without the "-AMS" colo suffix; Google's trace context carries "/span;o=1".
    return logged == header || header.startsWith(logged) || logged.startsWith(header) || header.contains(logged);
}

QString pathOf(const QString &target)
{
    if (target.startsWith(u"http://") || target.startsWith(u"https://")) {
        const QUrl url(target);
        return url.path(QUrl::FullyEncoded) + (url.hasQuery() ? u"?"_s + url.query(QUrl::FullyEncoded) : QString());
    }
    return target;
}

QString exchangePath(const Exchange &exchange)
{
    const QUrl &url = exchange.request.url;
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = u"/"_s;
    if (url.hasQuery())
        path += u'?' + url.query(QUrl::FullyEncoded);
    return path;
}

bool samePath(const QString &logged, const QString &exchangePathText)
{
    const QString path = pathOf(logged);
    if (path == exchangePathText)
        return true;
    // Logs decode differently (nginx keeps the raw request line, some decode %XX): compare decoded.
    return QUrl::fromPercentEncoding(path.toUtf8()) == QUrl::fromPercentEncoding(exchangePathText.toUtf8());
}

int rank(const QString &quality)
{
    if (quality == u"request-id")
        return 4;
    if (quality == u"method-path-time")
        return 3;
    if (quality == u"time")
        return 2;
    if (quality == u"method-path")
        return 1;
    return 0;
}

} // namespace

QString LogJoin::place(const LogRecord &record)
{
    return u"%1:%2"_s.arg(record.file).arg(record.line);
}

QList<LogMatch> LogJoin::match(const Exchange &exchange, const QList<LogRecord> &records)
{
    const QStringList ids = idsOf(exchange);
    const QString path = exchangePath(exchange);
    const QString method = QString::fromLatin1(exchange.request.method);
    QDateTime from;
    QDateTime to;
    if (exchange.startedAt.isValid()) {
        from = exchange.startedAt.addSecs(-SlackSeconds);
        to = exchange.startedAt.addMSecs(qint64(std::max(0.0, exchange.timings.total))).addSecs(SlackSeconds);
    }
    QList<LogMatch> matches;
    int best = 0;
    for (const LogRecord &record : records) {
        QString quality;
        if (!record.requestId.isEmpty()
            && std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return sameId(record.requestId, id); })) {
            quality = u"request-id"_s;
        } else {
            const bool inWindow = from.isValid() && record.time.isValid() && record.time >= from
                && record.time <= to.addSecs(record.time.time().msec() == 0 ? 1 : 0);
            const bool namesRequest = !record.target.isEmpty();
            const bool sameRequest = namesRequest && samePath(record.target, path)
                && (record.method.isEmpty() || record.method.compare(method, Qt::CaseInsensitive) == 0);
            if (inWindow && sameRequest)
                quality = u"method-path-time"_s;
            else if (inWindow && !namesRequest && record.kind == LogRecord::Kind::Error)
                quality = u"time"_s;
            else if (!from.isValid() && sameRequest)
                quality = u"method-path"_s;
        }
        const int r = rank(quality);
        if (r == 0 || r < best)
            continue;
        if (r > best) {
            matches.clear();
            best = r;
        }
        matches.append({ quality, record });
    }
    // The joined lines may not name the cause (an access line) while an error line of the same
    // moment does without naming the request (Apache's AH00957, Squid's cache.log): add those.
    const bool causeFound
        = std::any_of(matches.cbegin(), matches.cend(), [](const LogMatch &m) { return !m.record.cause.isEmpty(); });
    if (!causeFound && best > rank(u"time"_s) && from.isValid()) {
        for (const LogRecord &record : records) {
            if (record.kind == LogRecord::Kind::Error && !record.cause.isEmpty() && record.target.isEmpty()
                && record.time.isValid() && record.time >= from && record.time <= to.addSecs(1))
                matches.append({ u"time"_s, record });
        }
    }
    // varnishlog: a client request brings the backend transaction it names along.
    const qsizetype direct = matches.size();
    for (qsizetype i = 0; i < direct; ++i) {
        const LogRecord &r = matches.at(i).record;
        if (r.linkedId.isEmpty())
            continue;
        for (const LogRecord &other : records) {
            if (other.flags == r.linkedId && other.file == r.file && other.line != r.line)
                matches.append({ matches.at(i).quality, other });
        }
    }
    // Lines that name a cause first; of those the nearest in time, then the later one (a gateway
    // writes its lines as it goes: of two requests in the same second the exchange is the later).
    const QDateTime at = exchange.startedAt;
    std::stable_sort(matches.begin(), matches.end(), [&at](const LogMatch &a, const LogMatch &b) {
        const bool aCause = !a.record.cause.isEmpty();
        const bool bCause = !b.record.cause.isEmpty();
        if (aCause != bCause)
            return aCause;
        if (at.isValid() && a.record.time.isValid() && b.record.time.isValid()) {
            const qint64 da = qAbs(at.msecsTo(a.record.time)) / 1000;
            const qint64 db = qAbs(at.msecsTo(b.record.time)) / 1000;
            if (da != db)
                return da < db;
        }
        return a.record.file == b.record.file && a.record.line > b.record.line;
    });
    if (matches.size() > MaxMatches)
        matches.resize(MaxMatches);
    return matches;
}

void LogJoin::addEvidence(EvidenceSet &evidence, const QList<LogMatch> &matches)
{
    const QStringList products = FingerprintCatalog::contractProductIds();
    auto add = [&evidence](const QString &fact, const QString &source, const QString &value) {
        const int id = Facts::id(fact);
        if (id < 0)
            return;
        evidence.facts.insert(id);
        evidence.items.append({ fact, source, value });
        evidence.links.append({ id, evidence.items.size() - 1 });
    };
    bool hintGiven = false;
    for (const LogMatch &m : matches) {
        const LogRecord &r = m.record;
        const QString source = u"log:"_s + place(r);
        const QString shown = r.causeText.isEmpty() ? r.raw.left(300) : r.causeText.left(300);
        const QString line = u"%1: %2"_s.arg(place(r), shown);
        if (!r.product.isEmpty() && products.contains(r.product)) {
            add(u"product."_s + r.product, source, line);
            add(u"gateway.seen"_s, source, line);
            if (r.gatewayGenerated) {
                add(u"generated."_s + r.product, source, line);
                add(u"gateway.generated"_s, source, line);
                evidence.gatewayProduct = r.product;
                evidence.gatewayGenerated = true;
                evidence.gatewayConfidence = std::max(evidence.gatewayConfidence, 0.9);
            } else if (evidence.gatewayProduct.isEmpty()) {
                evidence.gatewayProduct = r.product;
                evidence.gatewayConfidence = std::max(evidence.gatewayConfidence, 0.6);
            }
        } else if (r.product.isEmpty() && r.gatewayGenerated && r.cause.startsWith(u"upstream.")) {
            // A proxy of no product we know (http-proxy-middleware) says it failed to reach its
            // upstream: a gateway answered, which one stays unknown.
            add(u"gateway.seen"_s, source, line);
            add(u"gateway.generated"_s, source, line);
            evidence.gatewayGenerated = true;
            evidence.gatewayConfidence = std::max(evidence.gatewayConfidence, 0.6);
        }
        // The load balancer's line says its target answered this status itself: the failure is the
        // application's, the gateway only relayed it.
        if (r.upstreamAnswered)
            add(u"origin.signal"_s, source, line);
        // A log alone: the exchange's status is the line's, so the line is what states it (a
        // vendor's own code such as Cloudflare's 521 decides by the status).
        if (m.quality == u"log-only" && r.status > 0)
            add(u"status."_s + QString::number(r.status), source, line);
        // Only the first line that names a cause decides (match() put the best one first): two
        // requests in the same second must not vote against each other.
        if (!r.hint.isEmpty() && !hintGiven) {
            add(u"hint."_s + r.hint, source, line);
            hintGiven = true;
        }
    }
}

LogLineEvidence LogJoin::evidenceRow(const LogMatch &m)
{
    return { m.record.file, m.record.line, m.record.format, m.record.product, m.quality, m.record.cause, m.record.raw };
}

DiagnosedExchange LogJoin::diagnose(const Diagnoser &diagnoser, const Exchange &exchange,
                                    const QList<LogRecord> &records)
{
    const QList<LogMatch> matches = match(exchange, records);
    EvidenceSet evidence = diagnoser.extractor().analyse(exchange);
    addEvidence(evidence, matches);
    DiagnosedExchange result { exchange, diagnoser.diagnose(exchange, evidence), QList<LogLineEvidence>() };
    for (const LogMatch &m : matches)
        result.logEvidence->append(evidenceRow(m));
    return result;
}

DiagnosedExchange LogJoin::diagnoseAlone(const Diagnoser &diagnoser, const LogRecord &record)
{
    const Exchange exchange = exchangeFor(record);
    const LogMatch self { u"log-only"_s, record };
    EvidenceSet evidence = diagnoser.extractor().analyse(exchange);
    addEvidence(evidence, { self });
    return { exchange, diagnoser.diagnose(exchange, evidence), QList<LogLineEvidence> { evidenceRow(self) } };
}

Exchange LogJoin::exchangeFor(const LogRecord &record)
{
    Exchange exchange;
    exchange.index = int(std::min<qint64>(record.line, std::numeric_limits<int>::max()));
    exchange.source = Exchange::Source::Recorded;
    exchange.request.method = record.method.isEmpty() ? QByteArray("GET") : record.method.toLatin1();
    const QString target = record.target.isEmpty() ? u"/"_s : record.target;
    if (target.startsWith(u"http://") || target.startsWith(u"https://"))
        exchange.request.url = QUrl(target);
    else
        exchange.request.url = QUrl(u"http://%1%2"_s.arg(record.host.isEmpty() ? u"gateway.invalid"_s : record.host,
                                                         target.startsWith(u'/') ? target : u"/"_s + target));
    if (!record.requestId.isEmpty())
        exchange.request.headers.append(HeaderField { "X-Request-Id", record.requestId.toUtf8() });
    exchange.startedAt = record.time;
    exchange.timings.total = record.requestMs;
    exchange.timings.wait = record.upstreamHeaderMs;
    if (record.status > 0) {
        ResponseData response;
        response.status = record.status;
        exchange.response = response;
    }
    return exchange;
}

} // namespace Gatescope
