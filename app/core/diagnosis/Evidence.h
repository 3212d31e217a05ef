#pragma once

#include "diagnosis/Diagnosis.h"
#include "diagnosis/Fingerprints.h"
#include "model/Exchange.h"
#include "model/TimeoutCorrection.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <bitset>
#include <optional>
#include <utility>

namespace Gatescope {

// The names of everything the rule tree can ask about. A fact is a kebab/dot id; facts are
// interned to small integers once so that a condition is a few bit tests.
//   status.NNN, status.5xx/4xx/3xx/2xx/1xx           what the response says
//   response.present, response.complete             an HTTP response arrived / arrived whole
//   transport.<outcome>, transport.phase.<phase>     how the conversation ended (Exchange.h ids)
//   h2.<failure>                                      how an HTTP/2 stream failed (Http2Failure ids in Exchange.h)
//   anomaly.<kind>, anomaly.any                       wire anomalies (AnomalyKind ids)
//   product.<id>                                      a signature of that product was seen
//   generated.<id>, gateway.generated                 that product (some gateway) made the response
//   gateway.seen                                      some gateway's signature was seen
//   page.<id>                                         the body is that product's own error page
//   hint.<cause-ish>                                  a signature that names the failure
//   origin.signal, origin.relayed                     the origin made it / a gateway says it relayed it
//   body.kind.<html|json|xml|text|empty|binary>, accept.json, accept.html, body.accept-mismatch
//   stack-trace.<java|python|node|dotnet|php|ruby|go>, stack-trace.any, framework-error-page
//   dependency.<database|pool|cache|upstream-api>, dependency.any
//   text.maintenance, text.rate-limit, text.overload, retry-after.present
//   timing.known, timing.fast (< 250 ms), timing.long (>= 1 s), timing.matches-default, timing.matches-connect-default,
//   timing.matches-read-default, timing.matches-producer-default
//   request.idempotent, request.expects-json
//   protocol.<id>, protocol.any                      the answer is another protocol's (ProtocolSniffer ids)
namespace Facts {
inline constexpr int Capacity = 1024;
int id(QStringView name); // -1 when the name is not a known fact
QString name(int id);
QStringList all(); // every known fact name
bool isKnown(QStringView name);
} // namespace Facts

// A set of fact ids: what the evidence of one exchange established.
class FactSet
{
public:
    void insert(int id)
    {
        if (id >= 0)
            m_bits.set(static_cast<size_t>(id));
    }
    bool contains(int id) const { return id >= 0 && m_bits.test(static_cast<size_t>(id)); }
    bool contains(QStringView name) const { return contains(Facts::id(name)); }
    QStringList names() const;

private:
    std::bitset<Facts::Capacity> m_bits;
};

// Everything the extractor learned from one Exchange: the evidence items (with sources, for
// people and the JSON document) and the fact set (for the rule tree), plus the figures the
// verdict needs.
struct EvidenceSet
{
    QList<EvidenceItem> items;
    FactSet facts;
    int status = 0; // 0 = no response
    std::optional<int> retryAfterSeconds;
    double waitMs = -1;
    QString gatewayProduct; // best gateway product (generated ones first), or empty
    double gatewayConfidence = 0;
    bool gatewayGenerated = false; // a signature says that gateway made the response
    // The most a verdict naming `doubtedProduct` may be sure of who answered: nginx named only by
    // log lines quoted in a paste (ingress-nginx, Kong and OpenResty write the same lines).
    QString doubtedProduct;
    double doubtedProductCeiling = 1.0;
    // The most any verdict from this evidence may claim (log lines quoted together that name
    // different causes).
    double ceiling = 1.0;
    QString originHint; // e.g. "gunicorn", "Express" (app server seen)
    double originConfidence = 0; // how sure the origin made it
    QString protocolName; // "Redis" when the answer is another protocol's (ProtocolSniffer), else empty
    QString timeoutMatch; // "nginx proxy_read_timeout (60 s)" when the wait matches
    // Every timeout the wait matches (the user's value where they corrected one, else the default):
    // the producer's own first, then in the order of the
    // fingerprint data. `phase` is the timeout's ("connect", "read", "total").
    struct TimeoutMatch
    {
        QString text;
        QString phase;
        bool producer = false;
        bool givenByUser = false; // the user's value (a TimeoutCorrection), not the product's default
    };
    QList<TimeoutMatch> timeoutMatches;
    QList<std::pair<int, qsizetype>> links; // (fact id, index into items): which item established a fact

    // The items that established a fact, formatted for a path step: "Server: nginx/1.22.1".
    QStringList describe(int factId) const;
    // The matched timeout to name for a phase ("connect" or "read"): the producer's own of that
    // phase, else anyone's of that phase, else the first match; empty when none matched.
    QString timeoutMatchFor(QStringView phase) const;
};

// GET, HEAD, OPTIONS, TRACE, PUT and DELETE (RFC 9110 §9.2.2).
bool isIdempotentMethod(QByteArrayView method);

// Turns an Exchange into evidence: status and reason; producer signatures in headers and body
// (fingerprints); the wait against well-known default timeouts; the body's kind against the
// request's Accept; Retry-After; stack-trace and dependency-failure patterns; the transport
// outcome and wire anomalies. Stateless after construction and cheap per call (one pass over
// the headers, one automaton pass over the first 64 KiB of the body). With the user's timeout
// corrections (`--timeout`, the window's timeout table) the wait is matched against the value the
// user gave where there is one, not the product's default, and the match says so.
class EvidenceExtractor
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::EvidenceExtractor)
public:
    explicit EvidenceExtractor(const FingerprintCatalog &catalog = FingerprintCatalog::builtIn());
    ~EvidenceExtractor();
    EvidenceExtractor(const EvidenceExtractor &other);
    EvidenceExtractor &operator=(const EvidenceExtractor &other);

    QList<EvidenceItem> extract(const Exchange &exchange) const; // the items only
    EvidenceSet analyse(const Exchange &exchange) const;

    const FingerprintCatalog &catalog() const;

    // The hops' timeouts as the user corrected them (TimeoutCorrection: per site, or every site).
    void setTimeoutCorrections(const TimeoutCorrections &corrections);
    const TimeoutCorrections &timeoutCorrections() const;

    static constexpr qsizetype BodyScanBytes = 64 * 1024;

private:
    struct Private;
    std::shared_ptr<const Private> d;
    TimeoutCorrections m_timeoutCorrections;
};

} // namespace Gatescope
