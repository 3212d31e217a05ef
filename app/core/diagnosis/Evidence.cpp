#include "diagnosis/Evidence.h"

#include "diagnosis/DiagnosisLogging.h"
#include "diagnosis/PatternAutomaton.h"
#include "diagnosis/ProtocolSniffer.h"
#include "model/ExchangeJson.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace Gatescope {

// --- the fact registry ------------------------------------------------------------------------

namespace {

const QStringList &hintNames()
{
    static const QStringList names {
        u"refused"_s,          u"connect-timeout"_s, u"read-timeout"_s, u"closed-early"_s,        u"reset"_s,
        u"invalid-response"_s, u"tls-failure"_s,     u"dns-failure"_s,  u"no-healthy-upstream"_s, u"no-server"_s,
        u"rate-limited"_s,     u"overloaded"_s,      u"maintenance"_s,  u"unreachable"_s,         u"unexpected-form"_s,
        u"middlebox"_s,        u"upstream-error"_s,  u"origin-error"_s, u"client-closed"_s
    };
    return names;
}

struct FactRegistry
{
    QHash<QString, int> ids;
    QStringList names;
    int statusBase = 0; // id of status.100; status.N = statusBase + N - 100

    void add(const QString &name)
    {
        if (ids.contains(name))
            return;
        ids.insert(name, int(names.size()));
        names.append(name);
    }
};

const FactRegistry &registry()
{
    static const FactRegistry facts = [] {
        FactRegistry r;
        r.statusBase = 0;
        for (int status = 100; status <= 599; ++status)
            r.add(u"status."_s + QString::number(status));
        for (const QString &group : { u"1xx"_s, u"2xx"_s, u"3xx"_s, u"4xx"_s, u"5xx"_s })
            r.add(u"status."_s + group);
        for (const QString &name : { u"response.present"_s,
                                     u"response.complete"_s,
                                     u"anomaly.any"_s,
                                     u"gateway.generated"_s,
                                     u"gateway.seen"_s,
                                     u"origin.signal"_s,
                                     u"origin.relayed"_s,
                                     u"body.kind.html"_s,
                                     u"body.kind.json"_s,
                                     u"body.kind.xml"_s,
                                     u"body.kind.text"_s,
                                     u"body.kind.empty"_s,
                                     u"body.kind.binary"_s,
                                     u"accept.json"_s,
                                     u"accept.html"_s,
                                     u"body.accept-mismatch"_s,
                                     u"stack-trace.any"_s,
                                     u"framework-error-page"_s,
                                     u"dependency.any"_s,
                                     u"text.maintenance"_s,
                                     u"text.rate-limit"_s,
                                     u"text.overload"_s,
                                     u"retry-after.present"_s,
                                     u"timing.known"_s,
                                     u"timing.fast"_s,
                                     u"timing.long"_s,
                                     u"timing.matches-default"_s,
                                     u"timing.matches-connect-default"_s,
                                     u"timing.matches-read-default"_s,
                                     u"timing.matches-producer-default"_s,
                                     u"request.idempotent"_s,
                                     u"request.expects-json"_s })
            r.add(name);
        for (const QString &lang : { u"java"_s, u"python"_s, u"node"_s, u"dotnet"_s, u"php"_s, u"ruby"_s, u"go"_s })
            r.add(u"stack-trace."_s + lang);
        for (const QString &kind : { u"database"_s, u"pool"_s, u"cache"_s, u"upstream-api"_s })
            r.add(u"dependency."_s + kind);
        for (const QString &hint : hintNames())
            r.add(u"hint."_s + hint);
        for (const QString &outcome : { u"ok"_s, u"refused"_s, u"timeout"_s, u"closed-early"_s, u"reset"_s,
                                        u"invalid-response"_s, u"tls-failure"_s, u"dns-failure"_s, u"cancelled"_s })
            r.add(u"transport."_s + outcome);
        r.add(u"transport.client-ended"_s);
        for (const char16_t *failure :
             { Http2Failure::StreamReset, Http2Failure::GoAway, Http2Failure::FlowStall, Http2Failure::HeaderRefused })
            r.add(u"h2."_s + QString::fromUtf16(failure));
        for (const QString &phase :
             { u"dns"_s, u"connect"_s, u"tls"_s, u"send"_s, u"wait"_s, u"download"_s, u"blocked"_s })
            r.add(u"transport.phase."_s + phase);
        for (const char16_t *kind : { AnomalyKind::NonHttpPreamble,
                                      AnomalyKind::BadStatusLine,
                                      AnomalyKind::BadHeaderLine,
                                      AnomalyKind::ObsoleteLineFolding,
                                      AnomalyKind::InvalidHeaderName,
                                      AnomalyKind::InvalidHeaderValue,
                                      AnomalyKind::HeaderBlockTooLarge,
                                      AnomalyKind::ConflictingContentLength,
                                      AnomalyKind::InvalidContentLength,
                                      AnomalyKind::ContentLengthWithTransferEncoding,
                                      AnomalyKind::UnsupportedTransferEncoding,
                                      AnomalyKind::InvalidChunkSize,
                                      AnomalyKind::BadChunkTerminator,
                                      AnomalyKind::BodyShorterThanContentLength,
                                      AnomalyKind::TruncatedChunkedBody,
                                      AnomalyKind::BytesAfterMessage,
                                      AnomalyKind::InterimResponse,
                                      AnomalyKind::CloseDelimitedBody,
                                      AnomalyKind::BareLineFeed,
                                      AnomalyKind::ContentDecodingFailed })
            r.add(u"anomaly."_s + QString::fromUtf16(kind));
        QStringList products = FingerprintCatalog::contractProductIds();
        products.append(u"middlebox"_s);
        for (const QString &product : std::as_const(products)) {
            r.add(u"product."_s + product);
            r.add(u"generated."_s + product);
            r.add(u"page."_s + product);
        }
        // Another protocol's answer (ProtocolSniffer): protocol.any and protocol.<id>.
        r.add(u"protocol.any"_s);
        for (const QString &protocol : ProtocolSniffer::protocolIds())
            r.add(u"protocol."_s + protocol);
        Q_ASSERT(r.names.size() <= Facts::Capacity);
        return r;
    }();
    return facts;
}

int fact(const QString &name)
{
    return registry().ids.value(name, -1);
}

} // namespace

namespace Facts {
int id(QStringView name)
{
    return registry().ids.value(name.toString(), -1);
}
QString name(int id)
{
    return registry().names.value(id);
}
QStringList all()
{
    return registry().names;
}
bool isKnown(QStringView name)
{
    return id(name) >= 0;
}
} // namespace Facts

QStringList FactSet::names() const
{
    QStringList result;
    const QStringList &all = registry().names;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (m_bits.test(size_t(i)))
            result.append(all.at(i));
    }
    return result;
}

QStringList EvidenceSet::describe(int factId) const
{
    QStringList lines;
    for (const auto &[id, index] : links) {
        if (id != factId || index < 0 || index >= items.size())
            continue;
        const EvidenceItem &item = items.at(index);
        QString line;
        if (item.source.startsWith(u"header:"))
            line = item.source.mid(7) + u": "_s + item.value;
        else if (item.source == u"body")
            line = EvidenceExtractor::tr("body: '%1'").arg(item.value);
        else
            line = item.value;
        if (!lines.contains(line))
            lines.append(line);
    }
    return lines;
}

QString EvidenceSet::timeoutMatchFor(QStringView phase) const
{
    if (!phase.isEmpty()) {
        // The producer's own timeout of that phase, else anyone's of that phase.
        for (bool producerOnly : { true, false }) {
            for (const TimeoutMatch &match : timeoutMatches) {
                if (match.phase == phase && (match.producer || !producerOnly))
                    return match.text;
            }
        }
    }
    return timeoutMatches.isEmpty() ? QString() : timeoutMatches.first().text;
}

bool isIdempotentMethod(QByteArrayView method)
{
    for (const char *name : { "GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE" }) {
        if (method.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {

bool containsCaseInsensitive(QByteArrayView haystack, QByteArrayView needle)
{
    if (needle.isEmpty())
        return true;
    const qsizetype last = haystack.size() - needle.size();
    for (qsizetype i = 0; i <= last; ++i) {
        if (haystack.sliced(i, needle.size()).compare(needle, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

struct CompiledSignature
{
    const Signature *signature = nullptr;
    int product = 0; // index into products
    QList<int> facts; // extra facts
    int itemFact = -1; // the fact its evidence item is reported as (see the constructor)
};

struct CompiledProduct
{
    QString id;
    QString contractId; // "unknown" for products outside the contract (middlebox)
    QString name;
    bool gateway = true;
    bool origin = false;
    int productFact = -1;
    int generatedFact = -1;
    int pageFact = -1;
    QStringList builtOn;
};

struct CompiledTimeout
{
    int product = 0;
    const DefaultTimeout *timeout = nullptr;
};

QString secondsText(double ms)
{
    return QLocale::c().toString(ms / 1000.0, 'f', ms >= 10000 ? 1 : 2);
}

// The fingerprint catalog compiled for matching (by the EvidenceExtractor constructor), and the
// fact ids the extractor sets, resolved once.
struct CompiledCatalog
{
    FingerprintCatalog catalog;
    QList<CompiledProduct> products;
    std::vector<CompiledSignature> signatures;
    std::vector<std::pair<QByteArray, std::vector<int>>> headerSignatures; // sorted by name
    std::vector<int> reasonSignatures;
    std::vector<int> hostSignatures;
    std::vector<int> bodyEqualsSignatures;
    std::vector<int> bodySignatureOf; // automaton pattern index -> signature index
    PatternAutomaton automaton;
    std::vector<CompiledTimeout> timeouts;
    int originProduct = -1;
    int unknownProduct = -1;

    // Fixed fact ids, resolved once.
    int fStatusGroup[6] = { -1, -1, -1, -1, -1, -1 };
    int fResponsePresent, fResponseComplete, fAnomalyAny, fGatewayGenerated, fGatewaySeen, fOriginSignal,
        fOriginRelayed, fBodyHtml, fBodyJson, fBodyXml, fBodyText, fBodyEmpty, fBodyBinary, fAcceptJson, fAcceptHtml,
        fAcceptMismatch, fStackAny, fFramework, fDependencyAny, fRetryAfter, fTimingKnown, fTimingFast, fTimingLong,
        fTimingDefault, fTimingConnect, fTimingRead, fTimingProducer, fIdempotent, fExpectsJson, fHintOriginError,
        fHintConnectTimeout, fHintReadTimeout;
    QHash<QString, int> transportFacts;
    QHash<QString, int> phaseFacts;
    std::vector<int> stackFacts; // stack-trace.<lang>
    std::vector<int> dependencyFacts; // dependency.<kind>
    QHash<QString, int> anomalyFacts;
    QString sourceStatus = u"status"_s, sourceReason = u"reason"_s, sourceBody = u"body"_s,
            sourceTransport = u"transport"_s, sourceTimingWait = u"timing:wait"_s, sourceAccept = u"request:Accept"_s,
            sourceMethod = u"request:method"_s;
};

} // namespace

bool signatureMatchesValue(const Signature &signature, QByteArrayView value)
{
    switch (signature.match) {
    case Signature::Match::Present:
        return true;
    case Signature::Match::Equals:
        return value.trimmed().compare(signature.pattern, Qt::CaseInsensitive) == 0;
    case Signature::Match::Prefix:
        return value.size() >= signature.pattern.size()
            && value.first(signature.pattern.size()).compare(signature.pattern, Qt::CaseInsensitive) == 0;
    case Signature::Match::Contains:
        return containsCaseInsensitive(value, signature.pattern);
    }
    return false;
}

struct EvidenceExtractor::Private : CompiledCatalog
{
};

EvidenceExtractor::EvidenceExtractor(const FingerprintCatalog &catalog)
{
    auto p = std::make_shared<Private>();
    p->catalog = catalog;
    const QStringList contract = FingerprintCatalog::contractProductIds();
    for (const GatewayFingerprint &fingerprint : catalog.products()) {
        CompiledProduct product;
        product.id = fingerprint.product;
        product.contractId = contract.contains(fingerprint.product) ? fingerprint.product : u"unknown"_s;
        product.name = fingerprint.translatedName();
        product.gateway = fingerprint.layer == u"gateway";
        product.origin = fingerprint.layer == u"origin";
        product.productFact = fact(u"product."_s + fingerprint.product);
        product.generatedFact = fact(u"generated."_s + fingerprint.product);
        product.pageFact = fact(u"page."_s + fingerprint.product);
        product.builtOn = fingerprint.builtOn;
        if (fingerprint.product == u"origin")
            p->originProduct = int(p->products.size());
        if (fingerprint.product == u"unknown")
            p->unknownProduct = int(p->products.size());
        const int productIndex = int(p->products.size());
        p->products.append(product);
        for (const Signature &signature : fingerprint.signatures) {
            CompiledSignature compiled;
            compiled.signature = &signature;
            compiled.product = productIndex;
            for (const QString &name : signature.facts) {
                const int id = fact(name);
                if (id < 0)
                    qCWarning(lcDiagnosis) << "fingerprint" << signature.id << "names an unknown fact" << name;
                else
                    compiled.facts.append(id);
            }
            // A signature of what the body says (a Python stack trace, a database error, a
            // maintenance text) is reported as that specific fact, so that the language or the
            // dependency kind shows in the evidence list and the JSON; a product's own trait
            // (a Server banner, an error page) is reported as the product.
            compiled.itemFact = product.productFact;
            for (const QString &name : signature.facts) {
                if (name.startsWith(u"stack-trace.") || name.startsWith(u"dependency.") || name.startsWith(u"text.")
                    || name == u"framework-error-page") {
                    const int id = fact(name);
                    if (id >= 0) {
                        compiled.itemFact = id;
                        break;
                    }
                }
            }
            p->signatures.push_back(compiled);
        }
        for (const DefaultTimeout &timeout : fingerprint.timeouts) {
            if (timeout.seconds > 0)
                p->timeouts.push_back({ productIndex, &timeout });
        }
    }
    QList<QByteArray> bodyPatterns;
    for (size_t i = 0; i < p->signatures.size(); ++i) {
        const Signature &signature = *p->signatures[i].signature;
        switch (signature.where) {
        case Signature::Where::Header: {
            auto it = std::find_if(p->headerSignatures.begin(), p->headerSignatures.end(),
                                   [&](const auto &entry) { return entry.first == signature.header; });
            if (it == p->headerSignatures.end()) {
                p->headerSignatures.push_back({ signature.header, {} });
                it = p->headerSignatures.end() - 1;
            }
            it->second.push_back(int(i));
            break;
        }
        case Signature::Where::Reason:
            p->reasonSignatures.push_back(int(i));
            break;
        case Signature::Where::Host:
            p->hostSignatures.push_back(int(i));
            break;
        case Signature::Where::Body:
            if (signature.match == Signature::Match::Equals) {
                p->bodyEqualsSignatures.push_back(int(i));
                break;
            }
            bodyPatterns.append(signature.pattern);
            p->bodySignatureOf.push_back(int(i));
            break;
        }
    }
    std::sort(p->headerSignatures.begin(), p->headerSignatures.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    p->automaton.build(bodyPatterns);

    const QStringList groups { u"status.1xx"_s, u"status.2xx"_s, u"status.3xx"_s, u"status.4xx"_s, u"status.5xx"_s };
    for (int i = 0; i < 5; ++i)
        p->fStatusGroup[i + 1] = fact(groups.at(i));
    p->fResponsePresent = fact(u"response.present"_s);
    p->fResponseComplete = fact(u"response.complete"_s);
    p->fAnomalyAny = fact(u"anomaly.any"_s);
    p->fGatewayGenerated = fact(u"gateway.generated"_s);
    p->fGatewaySeen = fact(u"gateway.seen"_s);
    p->fOriginSignal = fact(u"origin.signal"_s);
    p->fOriginRelayed = fact(u"origin.relayed"_s);
    p->fBodyHtml = fact(u"body.kind.html"_s);
    p->fBodyJson = fact(u"body.kind.json"_s);
    p->fBodyXml = fact(u"body.kind.xml"_s);
    p->fBodyText = fact(u"body.kind.text"_s);
    p->fBodyEmpty = fact(u"body.kind.empty"_s);
    p->fBodyBinary = fact(u"body.kind.binary"_s);
    p->fAcceptJson = fact(u"accept.json"_s);
    p->fAcceptHtml = fact(u"accept.html"_s);
    p->fAcceptMismatch = fact(u"body.accept-mismatch"_s);
    p->fStackAny = fact(u"stack-trace.any"_s);
    p->fFramework = fact(u"framework-error-page"_s);
    p->fDependencyAny = fact(u"dependency.any"_s);
    p->fRetryAfter = fact(u"retry-after.present"_s);
    p->fTimingKnown = fact(u"timing.known"_s);
    p->fTimingFast = fact(u"timing.fast"_s);
    p->fTimingLong = fact(u"timing.long"_s);
    p->fTimingDefault = fact(u"timing.matches-default"_s);
    p->fTimingConnect = fact(u"timing.matches-connect-default"_s);
    p->fTimingRead = fact(u"timing.matches-read-default"_s);
    p->fTimingProducer = fact(u"timing.matches-producer-default"_s);
    p->fIdempotent = fact(u"request.idempotent"_s);
    p->fExpectsJson = fact(u"request.expects-json"_s);
    p->fHintOriginError = fact(u"hint.origin-error"_s);
    p->fHintConnectTimeout = fact(u"hint.connect-timeout"_s);
    p->fHintReadTimeout = fact(u"hint.read-timeout"_s);
    for (Outcome outcome : { Outcome::Ok, Outcome::Refused, Outcome::Timeout, Outcome::ClosedEarly, Outcome::Reset,
                             Outcome::InvalidResponse, Outcome::TlsFailure, Outcome::DnsFailure, Outcome::Cancelled })
        p->transportFacts.insert(outcomeId(outcome), fact(u"transport."_s + outcomeId(outcome)));
    for (const QString &lang : { u"java"_s, u"python"_s, u"node"_s, u"dotnet"_s, u"php"_s, u"ruby"_s, u"go"_s })
        p->stackFacts.push_back(fact(u"stack-trace."_s + lang));
    for (const QString &kindName : { u"database"_s, u"pool"_s, u"cache"_s, u"upstream-api"_s })
        p->dependencyFacts.push_back(fact(u"dependency."_s + kindName));
    for (Phase phase :
         { Phase::Blocked, Phase::Dns, Phase::Connect, Phase::Tls, Phase::Send, Phase::Wait, Phase::Download })
        p->phaseFacts.insert(phaseId(phase), fact(u"transport.phase."_s + phaseId(phase)));
    for (const QString &name : Facts::all()) {
        if (name.startsWith(u"anomaly.") && name != u"anomaly.any")
            p->anomalyFacts.insert(name.mid(8), fact(name));
    }
    d = std::move(p);
}

EvidenceExtractor::~EvidenceExtractor() = default;
EvidenceExtractor::EvidenceExtractor(const EvidenceExtractor &other) = default;
EvidenceExtractor &EvidenceExtractor::operator=(const EvidenceExtractor &other) = default;

const FingerprintCatalog &EvidenceExtractor::catalog() const
{
    return d->catalog;
}

void EvidenceExtractor::setTimeoutCorrections(const TimeoutCorrections &corrections)
{
    m_timeoutCorrections = corrections;
}

const TimeoutCorrections &EvidenceExtractor::timeoutCorrections() const
{
    return m_timeoutCorrections;
}

QList<EvidenceItem> EvidenceExtractor::extract(const Exchange &exchange) const
{
    return analyse(exchange).items;
}

namespace {

// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT", RFC 9110 §5.6.7), else RFC 2822 as Qt reads it.
QDateTime parseHttpDate(QByteArrayView value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    QDateTime date = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (date.isValid()) {
        date.setTimeSpec(Qt::UTC);
        return date;
    }
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

std::optional<int> parseRetryAfter(QByteArrayView value, const HeaderList &headers, const QDateTime &startedAt)
{
    const QByteArrayView trimmed = value.trimmed();
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(std::min<qlonglong>(seconds, 1'000'000'000)));
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return std::nullopt;
    QDateTime reference = parseHttpDate(headerValue(headers, "date"));
    if (!reference.isValid())
        reference = startedAt.isValid() ? startedAt : QDateTime::currentDateTimeUtc();
    return int(std::max<qint64>(0, reference.secsTo(when)));
}

QString snippetAt(QByteArrayView body, qsizetype start, qsizetype patternLength)
{
    qsizetype end = start + patternLength;
    const qsizetype limit = std::min<qsizetype>(body.size(), start + 100);
    while (end < limit && body.at(end) != '\n' && body.at(end) != '\r')
        ++end;
    return QString::fromUtf8(body.sliced(start, end - start)).trimmed();
}

// An evidence item that establishes a fact.
void addItem(EvidenceSet &ev, int factId, const QString &factName, const QString &source, const QString &value)
{
    ev.facts.insert(factId);
    ev.links.push_back({ factId, ev.items.size() });
    ev.items.append({ factName, source, value });
}

// A further fact the last item establishes.
void linkLast(EvidenceSet &ev, int factId)
{
    ev.facts.insert(factId);
    if (!ev.items.isEmpty())
        ev.links.push_back({ factId, ev.items.size() - 1 });
}

QString factName(int factId)
{
    return registry().names.value(factId);
}

// How the conversation ended: the transport outcome and phase, and the wire anomalies.
void addTransportFacts(const Exchange &exchange, const CompiledCatalog &p, EvidenceSet &ev)
{
    const Transport &transport = exchange.transport;
    const QString outcome = outcomeId(transport.outcome);
    QString value = outcome;
    if (transport.phase != Phase::None)
        value += u" ("_s + phaseId(transport.phase) + u')';
    if (!transport.detail.isEmpty())
        value += u": "_s + transport.detail;
    const int id = p.transportFacts.value(outcome, -1);
    addItem(ev, id, factName(id), p.sourceTransport, value);
    if (transport.phase != Phase::None)
        linkLast(ev, p.phaseFacts.value(phaseId(transport.phase), -1));
    // Ended with no phase and no response: the browser cancelled or blocked the request itself
    // (ERR_ABORTED, an ad blocker, a page left), or the capture was saved while it was pending —
    // nothing says the server ended it.
    if (transport.outcome == Outcome::ClosedEarly && transport.phase == Phase::None && !exchange.response)
        linkLast(ev, fact(u"transport.client-ended"_s));
    // HTTP/2: what the frames said (RST_STREAM, GOAWAY, a shut window, a refused header block).
    if (!exchange.http2.failure.isEmpty())
        linkLast(ev, fact(u"h2."_s + exchange.http2.failure));

    for (const WireAnomaly &anomaly : exchange.anomalies) {
        const int anomalyId = p.anomalyFacts.value(anomaly.kind, -1);
        const QString anomalyValue = anomaly.offset >= 0
            ? EvidenceExtractor::tr("%1 at byte %2")
                  .arg(anomaly.detail.isEmpty() ? anomaly.kind : anomaly.detail)
                  .arg(anomaly.offset)
            : (anomaly.detail.isEmpty() ? anomaly.kind : anomaly.detail);
        addItem(ev, p.fAnomalyAny, u"anomaly.any"_s, u"anomaly:"_s + anomaly.kind, anomalyValue);
        if (anomalyId >= 0)
            linkLast(ev, anomalyId);
    }

    // Bytes that are another protocol's answer: a server of that protocol on the port called.
    QString sniffSource;
    if (const auto sniffed = ProtocolSniffer::sniff(exchange, &sniffSource)) {
        const QString name = u"protocol."_s + sniffed->id;
        addItem(ev, fact(name), name, sniffSource, ProtocolSniffer::describe(*sniffed));
        linkLast(ev, fact(u"protocol.any"_s));
        ev.protocolName = sniffed->name;
    }
}

// The request: idempotency and what it accepts.
void addRequestFacts(const RequestSpec &request, const CompiledCatalog &p, EvidenceSet &ev)
{
    // No recorded request (a bare raw response): nothing says the method was unsafe, so the
    // retry advice follows the status as for a GET.
    if (request.method.isEmpty() || isIdempotentMethod(request.method) || hasHeader(request.headers, "idempotency-key"))
        ev.facts.insert(p.fIdempotent);
    const QByteArray accept = headerValue(request.headers, "accept");
    if (!accept.isEmpty()) {
        const bool json = containsCaseInsensitive(accept, "json");
        const bool html = containsCaseInsensitive(accept, "text/html");
        if (json && !html) {
            addItem(ev, p.fAcceptJson, u"accept.json"_s, p.sourceAccept, QString::fromLatin1(accept));
            linkLast(ev, p.fExpectsJson);
        } else if (html) {
            ev.facts.insert(p.fAcceptHtml);
        }
    }
}

// Timing: the wait for the response (the whole time when none came) in ev.waitMs.
void addTimingFacts(const Exchange &exchange, const CompiledCatalog &p, EvidenceSet &ev)
{
    double wait = exchange.timings.wait;
    if (wait < 0 && exchange.timings.total >= 0 && !exchange.response)
        wait = exchange.timings.total;
    ev.waitMs = wait;
    if (wait >= 0) {
        ev.facts.insert(p.fTimingKnown);
        if (wait < 250)
            ev.facts.insert(p.fTimingFast);
        if (wait >= 1000)
            ev.facts.insert(p.fTimingLong);
    }
}

// The status line and whether the response arrived whole.
void addStatusFacts(const Exchange &exchange, const CompiledCatalog &p, EvidenceSet &ev)
{
    const ResponseData &response = *exchange.response;
    ev.status = response.status;
    addItem(ev, p.fResponsePresent, u"response.present"_s, p.sourceStatus,
            QString::number(response.status)
                + (response.reason.isEmpty() ? QString() : u' ' + QString::fromLatin1(response.reason)));
    if (response.status >= 100 && response.status <= 599) {
        linkLast(ev, registry().statusBase + response.status - 100);
        linkLast(ev, p.fStatusGroup[response.status / 100]);
    }
    if (exchange.transport.outcome == Outcome::Ok)
        ev.facts.insert(p.fResponseComplete);
}

// What the signatures seen so far say about each product.
struct SignatureScores
{
    explicit SignatureScores(qsizetype products)
        : miss(size_t(products), 1.0)
        , missGenerated(size_t(products), 1.0)
    { }

    std::vector<double> miss; // per product: Π(1 - strength) over its signatures seen
    std::vector<double> missGenerated; // the same over its signatures that say it made the response
    bool cloudflareBranded = false; // Cloudflare's own error page
    bool cfErrorType = false; // a cf-error-type header
};

bool bodyIsEmpty(const ResponseData &response)
{
    return response.body.isEmpty() && response.bodySize == 0;
}

bool signatureApplies(const Signature &signature, const ResponseData &response)
{
    return (signature.statuses.isEmpty() || signature.statuses.contains(response.status))
        && (!signature.emptyBody || bodyIsEmpty(response));
}

// The highest confidence of a verdict a third party's reading of a trait took part in (below
// "confidently", 0.8).
constexpr double ThirdPartyHintConfidence = 0.75;

// One signature seen: its item, its product's facts and score.
void addSignatureMatch(int signatureIndex, const QString &source, const QString &value, const CompiledCatalog &p,
                       EvidenceSet &ev, SignatureScores &scores)
{
    const CompiledSignature &compiled = p.signatures[size_t(signatureIndex)];
    const Signature &signature = *compiled.signature;
    if (signature.id == u"cf.page.details" || signature.id == u"cf.page.ray" || signature.id == u"cf.page.styles")
        scores.cloudflareBranded = true;
    const CompiledProduct &product = p.products.at(compiled.product);
    scores.miss[size_t(compiled.product)] *= 1.0 - signature.strength;
    if (compiled.itemFact >= 0)
        addItem(ev, compiled.itemFact, factName(compiled.itemFact), source, value);
    else
        ev.items.append({ u"product."_s + product.id, source, value });
    if (product.productFact >= 0)
        linkLast(ev, product.productFact);
    for (int id : compiled.facts)
        linkLast(ev, id);
    // A third party's reading of a trait (grade 3P: "a hint, not a rule") may lead the verdict, but
    // never makes it confident.
    if (!compiled.facts.isEmpty() && signature.source.startsWith(u"3P"))
        ev.ceiling = std::min(ev.ceiling, ThirdPartyHintConfidence);
    if (product.gateway)
        linkLast(ev, p.fGatewaySeen);
    if (signature.generated) {
        scores.missGenerated[size_t(compiled.product)] *= 1.0 - signature.strength;
        linkLast(ev, product.generatedFact);
        if (product.gateway)
            linkLast(ev, p.fGatewayGenerated);
        if (signature.where == Signature::Where::Body)
            linkLast(ev, product.pageFact);
    }
    if (product.origin)
        linkLast(ev, p.fOriginSignal);
}

// Signatures in the header fields and the reason phrase; Retry-After.
void addSignatureFacts(const Exchange &exchange, const CompiledCatalog &p, EvidenceSet &ev, SignatureScores &scores)
{
    const ResponseData &response = *exchange.response;
    QVarLengthArray<char, 64> lowerName;
    for (const HeaderField &field : response.headers) {
        if (!field.enabled)
            continue;
        lowerName.resize(field.name.size());
        for (qsizetype i = 0; i < field.name.size(); ++i) {
            const char c = field.name.at(i);
            lowerName[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
        }
        const QByteArrayView name(lowerName.constData(), lowerName.size());
        if (name == "retry-after") {
            ev.retryAfterSeconds = parseRetryAfter(field.value, response.headers, exchange.startedAt);
            if (ev.retryAfterSeconds)
                addItem(ev, p.fRetryAfter, u"retry-after.present"_s, u"header:"_s + QString::fromLatin1(field.name),
                        QString::fromLatin1(field.value));
        } else if (name == "cf-error-type") {
            scores.cfErrorType = true;
        }
        const auto it
            = std::lower_bound(p.headerSignatures.begin(), p.headerSignatures.end(), name,
                               [](const auto &entry, QByteArrayView key) { return QByteArrayView(entry.first) < key; });
        if (it == p.headerSignatures.end() || QByteArrayView(it->first) != name)
            continue;
        QString source;
        QString value;
        for (int index : it->second) {
            const Signature &signature = *p.signatures[size_t(index)].signature;
            if (!signatureApplies(signature, response) || !signatureMatchesValue(signature, field.value))
                continue;
            if (source.isEmpty()) {
                source = u"header:"_s + QString::fromLatin1(field.name);
                value = QString::fromLatin1(field.value.left(200));
            }
            addSignatureMatch(index, source, value, p, ev, scores);
        }
    }
    if (!response.reason.isEmpty()) {
        for (int index : p.reasonSignatures) {
            const Signature &signature = *p.signatures[size_t(index)].signature;
            if (signatureApplies(signature, response) && containsCaseInsensitive(response.reason, signature.pattern))
                addSignatureMatch(index, p.sourceReason, QString::fromLatin1(response.reason), p, ev, scores);
        }
    }
    // The host the request went to: a platform's own domain ("….elb.amazonaws.com") says which hop
    // stands in front, not that it made this answer (no signature of this kind is "generated").
    const QByteArray host = exchange.request.url.host().toLower().toUtf8();
    if (!host.isEmpty()) {
        for (int index : p.hostSignatures) {
            const Signature &signature = *p.signatures[size_t(index)].signature;
            if (signatureApplies(signature, response) && host.contains(signature.pattern))
                addSignatureMatch(index, u"url"_s, QString::fromUtf8(host), p, ev, scores);
        }
    }
}

// The part of the body that is scanned.
QByteArrayView scannedBody(const ResponseData &response)
{
    return QByteArrayView(response.body)
        .first(std::min<qsizetype>(response.body.size(), EvidenceExtractor::BodyScanBytes));
}

// Body kind, against the request's Accept. Returns the body.kind.* fact.
int addBodyKindFacts(const Exchange &exchange, const CompiledCatalog &p, EvidenceSet &ev)
{
    const ResponseData &response = *exchange.response;
    const QByteArray contentType = response.contentType();
    int kind = -1;
    if (bodyIsEmpty(response)) {
        kind = p.fBodyEmpty;
    } else if (contentType.contains("json")) {
        kind = p.fBodyJson;
    } else if (contentType.contains("html")) {
        kind = p.fBodyHtml;
    } else if (contentType.contains("xml")) {
        kind = p.fBodyXml;
    } else {
        const QByteArrayView start = scannedBody(response).trimmed();
        if (ExchangeJson::looksBinary(response.body.left(512)))
            kind = p.fBodyBinary;
        else if (start.startsWith('{') || start.startsWith('['))
            kind = p.fBodyJson;
        else if (start.startsWith('<'))
            kind = containsCaseInsensitive(start.first(std::min<qsizetype>(start.size(), 512)), "<html")
                    || containsCaseInsensitive(start.first(std::min<qsizetype>(start.size(), 512)), "<!doctype html")
                ? p.fBodyHtml
                : p.fBodyXml;
        else
            kind = p.fBodyText;
    }
    const QString kindName = factName(kind);
    const QString value = contentType.isEmpty() ? kindName.mid(10) : QString::fromLatin1(contentType);
    addItem(ev, kind, kindName, response.body.isEmpty() ? u"header:Content-Length"_s : u"header:Content-Type"_s,
            EvidenceExtractor::tr("%1 body, %2 bytes").arg(value).arg(response.bodySize));
    if (kind != p.fBodyJson && kind != p.fBodyEmpty && ev.facts.contains(p.fAcceptJson)) {
        const QByteArray accept = headerValue(exchange.request.headers, "accept");
        addItem(
            ev, p.fAcceptMismatch, u"body.accept-mismatch"_s, p.sourceBody,
            EvidenceExtractor::tr("body is %1 but Accept was %2").arg(kindName.mid(10), QString::fromLatin1(accept)));
    }
    return kind;
}

// Signatures in the body: patterns anywhere in its first BodyScanBytes, or the whole body.
void addBodySignatureFacts(const ResponseData &response, const CompiledCatalog &p, EvidenceSet &ev,
                           SignatureScores &scores)
{
    const QByteArrayView body = scannedBody(response);
    if (body.isEmpty())
        return;
    std::vector<qsizetype> firstMatch(p.bodySignatureOf.size(), -1);
    QVarLengthArray<int, 32> found;
    p.automaton.scan(body, firstMatch, [&](int pattern) { found.append(pattern); });
    // A signature whose first match overlaps a stronger one's of the same product ("\nnginx/1." on
    // the line of the page footer "<hr><center>nginx/1.24.0") reads the same words again: it adds
    // no evidence, unless it establishes a fact the stronger one does not.
    auto readAgain = [&](int pattern) {
        const CompiledSignature &weaker = p.signatures[size_t(p.bodySignatureOf[size_t(pattern)])];
        const qsizetype from = firstMatch[size_t(pattern)];
        const qsizetype to = from + weaker.signature->pattern.size();
        return std::any_of(found.cbegin(), found.cend(), [&](int other) {
            if (other == pattern)
                return false;
            const CompiledSignature &stronger = p.signatures[size_t(p.bodySignatureOf[size_t(other)])];
            const qsizetype otherFrom = firstMatch[size_t(other)];
            const qsizetype otherTo = otherFrom + stronger.signature->pattern.size();
            const bool before = stronger.signature->strength > weaker.signature->strength
                || (stronger.signature->strength == weaker.signature->strength && other < pattern);
            return stronger.product == weaker.product && before && otherFrom < to && from < otherTo
                && (stronger.signature->generated || !weaker.signature->generated)
                && std::all_of(weaker.facts.cbegin(), weaker.facts.cend(),
                               [&](int fact) { return stronger.facts.contains(fact); })
                && signatureApplies(*stronger.signature, response);
        });
    };
    // A vendor's name as a single word ("ModSecurity", "Sophos") inside a host name or an address
    // ("https://www.modsecurity.org/") names a site, not the device that wrote the page.
    auto insideAddress = [&](int pattern) {
        const QByteArray &word = p.signatures[size_t(p.bodySignatureOf[size_t(pattern)])].signature->pattern;
        if (!std::all_of(word.cbegin(), word.cend(), [](char c) { return std::isalnum(uchar(c)) != 0; }))
            return false;
        const qsizetype from = firstMatch[size_t(pattern)];
        const qsizetype to = from + word.size();
        const bool addressBefore = from > 0 && QByteArrayView("./@").contains(body.at(from - 1));
        const bool domainAfter = to + 1 < body.size() && body.at(to) == '.' && std::isalpha(uchar(body.at(to + 1)));
        return addressBefore || domainAfter;
    };
    for (int pattern : found) {
        const int index = p.bodySignatureOf[size_t(pattern)];
        const Signature &signature = *p.signatures[size_t(index)].signature;
        if (!signatureApplies(signature, response) || readAgain(pattern) || insideAddress(pattern))
            continue;
        addSignatureMatch(index, p.sourceBody, snippetAt(body, firstMatch[size_t(pattern)], signature.pattern.size()),
                          p, ev, scores);
    }
    const QByteArrayView trimmed = body.trimmed();
    for (int index : p.bodyEqualsSignatures) {
        const Signature &signature = *p.signatures[size_t(index)].signature;
        if (signatureApplies(signature, response) && trimmed.compare(signature.pattern, Qt::CaseInsensitive) == 0)
            addSignatureMatch(index, p.sourceBody, QString::fromUtf8(trimmed), p, ev, scores);
    }
}

// Aggregate: any stack trace, any dependency failure, linked to the items of the specific ones.
void addAggregateFacts(const CompiledCatalog &p, EvidenceSet &ev)
{
    auto aggregate = [&ev](const std::vector<int> &specific, int any) {
        for (int id : specific) {
            if (!ev.facts.contains(id))
                continue;
            ev.facts.insert(any);
            // By index: push_back may reallocate, so no iterator or reference may outlive it.
            for (qsizetype i = 0, n = ev.links.size(); i < n; ++i)
                if (ev.links.at(i).first == id)
                    ev.links.push_back({ any, ev.links.at(i).second });
        }
    };
    aggregate(p.stackFacts, p.fStackAny);
    aggregate(p.dependencyFacts, p.fDependencyAny);
}

// The gateway product that made the response, as an index into CompiledCatalog::products.
struct GatewayMaker
{
    int index = -1;
    double score = 0;
    bool generated = false; // a signature says it made the response
};

// Who made it: gateway products, generated ones first. Sets ev's gateway figures.
GatewayMaker findProducer(const CompiledCatalog &p, const SignatureScores &scores, EvidenceSet &ev)
{
    GatewayMaker best;
    for (int i = 0; i < int(p.products.size()); ++i) {
        const CompiledProduct &product = p.products.at(i);
        if (!product.gateway)
            continue;
        const double score = 1.0 - scores.miss[size_t(i)];
        if (score <= 0)
            continue;
        const bool generated = scores.missGenerated[size_t(i)] < 1.0;
        bool better = false;
        if (best.index < 0)
            better = true;
        else if (generated != best.generated)
            better = generated;
        else if (product.builtOn.contains(p.products.at(best.index).id) && score >= 0.5 && score >= best.score * 0.9)
            better = true;
        else if (p.products.at(best.index).builtOn.contains(product.id) && best.score >= 0.5)
            better = false;
        else if (best.index == p.unknownProduct)
            better = true;
        else
            better = score > best.score && i != p.unknownProduct;
        if (better)
            best = { i, score, generated };
    }
    // A product built on the one that made the page, whose own signature was seen too, made it:
    // Envoy's words with Google's Via are Google's load balancer, Varnish's page with Fastly's
    // X-Served-By is Fastly, nginx's page with Kong's headers is Kong.
    if (best.index >= 0 && best.generated) {
        for (int i = 0; i < int(p.products.size()); ++i) {
            const double score = 1.0 - scores.miss[size_t(i)];
            // Only a product seen in headers alone; one with its own page competed above.
            if (i != best.index && p.products.at(i).gateway && score >= 0.5 && scores.missGenerated[size_t(i)] >= 1.0
                && p.products.at(i).builtOn.contains(p.products.at(best.index).id)) {
                best.score = std::max(score, best.score);
                best.index = i;
                break;
            }
        }
    }
    if (best.index >= 0) {
        ev.gatewayProduct = p.products.at(best.index).contractId;
        ev.gatewayConfidence = best.score;
        ev.gatewayGenerated = best.generated;
    }
    return best;
}

// Cloudflare's special cases: its branded page over an origin's error, and the origin's 503 it relays.
void addCloudflareFacts(const ResponseData &response, const GatewayMaker &producer, const SignatureScores &scores,
                        const CompiledCatalog &p, EvidenceSet &ev)
{
    if (producer.index < 0 || p.products.at(producer.index).id != u"cloudflare")
        return;
    // A Cloudflare-branded 502/504 page without cf-error-type wraps an error of the origin side.
    if (scores.cloudflareBranded && !scores.cfErrorType && (response.status == 502 || response.status == 504)) {
        addItem(ev, p.fHintOriginError, u"hint.origin-error"_s, p.sourceBody,
                EvidenceExtractor::tr("Cloudflare-branded %1 page without cf-error-type: the origin side answered %1")
                    .arg(response.status));
    }
    // Cloudflare replaces only 502 and 504 with its own page; an origin's 503 passes through with
    // nothing but Cloudflare's Server and CF-RAY on it, while Cloudflare's own 503s carry its page
    // or cf-error-type. A 503 whose only signature is Cloudflare's relay headers came from behind it.
    if (!producer.generated && response.status == 503) {
        addItem(ev, p.fOriginRelayed, u"origin.relayed"_s, p.sourceStatus,
                EvidenceExtractor::tr("503 through Cloudflare without its error page or cf-error-type: Cloudflare "
                                      "relayed the origin side's 503"));
    }
}

// How sure are we that the origin made it?
void addOriginConfidence(int bodyKind, const GatewayMaker &producer, const SignatureScores &scores,
                         const CompiledCatalog &p, EvidenceSet &ev)
{
    if (p.originProduct < 0)
        return;
    double originMiss = scores.miss[size_t(p.originProduct)];
    if (ev.facts.contains(p.fOriginRelayed))
        originMiss *= 0.4;
    if (bodyKind == p.fBodyJson && !producer.generated)
        originMiss *= 0.5;
    ev.originConfidence = 1.0 - originMiss;
    if (ev.facts.contains(p.fOriginRelayed) || (bodyKind == p.fBodyJson && !producer.generated))
        ev.facts.insert(p.fOriginSignal);
}

// The user's correction of a product's timeout of one phase that holds for the exchange's site (the
// later one when several do, as TimeoutAudit::corrected() applies them), or null.
const TimeoutCorrection *correctionFor(const TimeoutCorrections &corrections, const QString &site,
                                       const QString &product, const QString &phase)
{
    const TimeoutCorrection *found = nullptr;
    for (const TimeoutCorrection &correction : corrections) {
        if ((correction.site.isEmpty() || correction.site == site) && correction.product == product
            && correction.phase == phase && correction.seconds > 0)
            found = &correction;
    }
    return found;
}

// A timeout the user gave for a phase the product has no known default of.
QString userTimeoutName(const QString &phase)
{
    if (phase == u"connect")
        return EvidenceExtractor::tr("connect timeout");
    if (phase == u"read")
        return EvidenceExtractor::tr("first-byte timeout");
    return EvidenceExtractor::tr("total timeout");
}

// Wait against the well-known default timeouts, or the value the user gave instead of one: the
// producer's own first, then the other values the user gave, then the other defaults, each group
// in the order of the fingerprint data (read before connect where a product has both) with the
// values the user gave where no default is known after it.
void addTimeoutFacts(const Exchange &exchange, const GatewayMaker &producer, const CompiledCatalog &p,
                     const TimeoutCorrections &corrections, EvidenceSet &ev)
{
    const ResponseData &response = *exchange.response;
    const double wait = ev.waitMs;
    if (wait < 0)
        return;
    const QString site = corrections.isEmpty() ? QString() : TimeoutCorrection::siteOf(exchange.request.url);
    QList<EvidenceSet::TimeoutMatch> matches;
    qsizetype producerMatches = 0;
    qsizetype givenMatches = 0; // the user's values of other hops follow the producer's
    // The producer's own timer explains the answer only when that timer gives this status:
    // nginx answers its proxy_read_timeout with 504, so a 502 from nginx after 60 s is an
    // upstream that closed at about that time, not nginx's timeout.
    bool producerTimerGivesStatus = false;
    const auto add = [&](const EvidenceSet::TimeoutMatch &match, int status) {
        if (match.producer && (status == 0 || status == response.status))
            producerTimerGivesStatus = true;
        if (match.producer)
            matches.insert(producerMatches++, match);
        else if (match.givenByUser)
            matches.insert(producerMatches + givenMatches++, match);
        else
            matches.append(match);
        ev.facts.insert(match.phase == u"connect" ? p.fTimingConnect : p.fTimingRead);
    };
    const auto fits = [wait](double seconds, double upToSeconds) {
        const double low = seconds * 1000.0 * 0.98 - 150;
        const double high = std::max(upToSeconds, seconds) * 1000.0 * 1.03 + 500;
        return wait >= low && wait <= high;
    };
    QStringList givenPlaced; // "product phase": the user's value replaces the product's defaults of that phase once
    for (const CompiledTimeout &entry : p.timeouts) {
        const DefaultTimeout &timeout = *entry.timeout;
        const CompiledProduct &product = p.products.at(entry.product);
        const bool isProducer = producer.index >= 0 && (product.contractId == ev.gatewayProduct);
        if (const TimeoutCorrection *given = correctionFor(corrections, site, product.contractId, timeout.phase)) {
            const QString key = product.contractId + u' ' + timeout.phase;
            if (givenPlaced.contains(key))
                continue;
            givenPlaced.append(key);
            if (fits(given->seconds, 0))
                //: %1 product, %2 its setting ("proxy_read_timeout"), %3 the seconds the user gave
                add({ EvidenceExtractor::tr("%1 %2 (%3 s, as you gave it)")
                          .arg(product.name, timeout.name, QLocale().toString(given->seconds)),
                      timeout.phase, isProducer, true },
                    timeout.status);
            continue;
        }
        if (!fits(timeout.seconds, timeout.upToSeconds))
            continue;
        const QString range = timeout.upToSeconds > timeout.seconds
            ? EvidenceExtractor::tr("%1–%2 s").arg(timeout.seconds).arg(timeout.upToSeconds)
            : EvidenceExtractor::tr("%1 s").arg(timeout.seconds);
        add({ EvidenceExtractor::tr("%1 %2 (%3)").arg(product.name, timeout.name, range), timeout.phase, isProducer },
            timeout.status);
    }
    // A value the user gave for a phase the catalog knows no default of (the origin's own request
    // timeout, HAProxy's total): the later one when several hold.
    for (qsizetype i = 0; i < corrections.size(); ++i) {
        const TimeoutCorrection &correction = corrections.at(i);
        if (correction.phase != u"connect" && correction.phase != u"read" && correction.phase != u"total")
            continue;
        if (correctionFor(corrections, site, correction.product, correction.phase) != &correction)
            continue;
        const bool hasDefault = std::any_of(p.timeouts.cbegin(), p.timeouts.cend(), [&](const CompiledTimeout &t) {
            return p.products.at(t.product).contractId == correction.product && t.timeout->phase == correction.phase;
        });
        if (hasDefault || !fits(correction.seconds, 0))
            continue;
        QString name = correction.product == u"origin" ? EvidenceExtractor::tr("the origin application")
            : correction.product == u"unknown"         ? EvidenceExtractor::tr("an unidentified gateway")
                                                       : correction.product;
        for (const CompiledProduct &product : p.products) {
            if (name == correction.product && product.contractId == correction.product) {
                name = product.name;
                break;
            }
        }
        const bool isProducer = producer.index >= 0 && correction.product == ev.gatewayProduct;
        add({ EvidenceExtractor::tr("%1 %2 (%3 s, as you gave it)")
                  .arg(name, userTimeoutName(correction.phase), QLocale().toString(correction.seconds)),
              correction.phase, isProducer, true },
            0);
    }
    if (matches.isEmpty()) {
        ev.items.append(
            { u"timing.known"_s, p.sourceTimingWait, EvidenceExtractor::tr("wait %1 s").arg(secondsText(wait)) });
        ev.links.push_back({ p.fTimingKnown, ev.items.size() - 1 });
        return;
    }
    ev.timeoutMatches = matches;
    // Which phase the evidence points at: a signature or the transport names it.
    QString phase;
    if (ev.facts.contains(p.fHintConnectTimeout) || ev.facts.contains(p.phaseFacts.value(u"connect"_s, -1)))
        phase = u"connect"_s;
    else if (ev.facts.contains(p.fHintReadTimeout) || ev.facts.contains(p.phaseFacts.value(u"wait"_s, -1)))
        phase = u"read"_s;
    ev.timeoutMatch = ev.timeoutMatchFor(phase);
    // Defaults alone: "matches the default of …"; with a value the user gave, each default says so.
    const bool anyGiven = std::any_of(matches.cbegin(), matches.cend(),
                                      [](const EvidenceSet::TimeoutMatch &match) { return match.givenByUser; });
    QStringList texts;
    for (const EvidenceSet::TimeoutMatch &match : std::as_const(matches))
        texts.append(!anyGiven || match.givenByUser ? match.text
                                                    //: %1 a product's timeout, "nginx proxy_read_timeout (60 s)"
                                                    : EvidenceExtractor::tr("the default %1").arg(match.text));
    if (texts.size() > 3)
        texts = texts.mid(0, 3) << EvidenceExtractor::tr("…");
    addItem(ev, p.fTimingDefault, u"timing.matches-default"_s, p.sourceTimingWait,
            anyGiven ? EvidenceExtractor::tr("wait ≈ %1 s matches %2").arg(secondsText(wait), texts.join(u", "_s))
                     : EvidenceExtractor::tr("wait ≈ %1 s matches the default of %2")
                           .arg(secondsText(wait), texts.join(u", "_s)));
    if (ev.facts.contains(p.fTimingConnect))
        linkLast(ev, p.fTimingConnect);
    if (ev.facts.contains(p.fTimingRead))
        linkLast(ev, p.fTimingRead);
    if (producerTimerGivesStatus)
        linkLast(ev, p.fTimingProducer);
}

} // namespace

EvidenceSet EvidenceExtractor::analyse(const Exchange &exchange) const
{
    const CompiledCatalog &p = *d;
    EvidenceSet ev;
    ev.items.reserve(16);
    addTransportFacts(exchange, p, ev);
    addRequestFacts(exchange.request, p, ev);
    addTimingFacts(exchange, p, ev);
    if (!exchange.response) {
        ev.status = 0;
        return ev;
    }
    const ResponseData &response = *exchange.response;
    addStatusFacts(exchange, p, ev);
    SignatureScores scores(p.products.size());
    addSignatureFacts(exchange, p, ev, scores);
    const int bodyKind = addBodyKindFacts(exchange, p, ev);
    addBodySignatureFacts(response, p, ev, scores);
    addAggregateFacts(p, ev);
    const GatewayMaker producer = findProducer(p, scores, ev);
    addCloudflareFacts(response, producer, scores, p, ev);
    addOriginConfidence(bodyKind, producer, scores, p, ev);
    addTimeoutFacts(exchange, producer, p, m_timeoutCorrections, ev);
    return ev;
}

} // namespace Gatescope
