#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Gatescope {

// One well-known default timeout of a product: the timer that turns a slow or silent origin into
// a gateway error. `seconds` is the default; `upToSeconds` > seconds marks a documented range
// (Cloudflare's read timeout is 100 s in one document and 120 s in another).
struct DefaultTimeout
{
    QString name; // the setting as the product spells it: "proxy_read_timeout"
    double seconds = 0;
    double upToSeconds = 0; // 0 = no range
    QString phase; // "connect" | "read" (no response header yet) | "total"
    int status = 0; // what the product answers when it fires (504, 503, 502, 524, …)
    QString source; // citation, e.g. "SRC nginx proxy_module.c:3728"
    bool givenByUser = false; // a value the user corrected or entered (hops/TimeoutAudit), not a default
    friend bool operator==(const DefaultTimeout &, const DefaultTimeout &) = default;
};

// How long the product keeps an idle connection from the client (or the hop in front) open for the
// next request: the inner half of the keep-alive race. `when` (origins only) is a word that must
// appear in the hop's Server or X-Powered-By field ("Express": Node.js's http server), empty for a
// product that is one server.
struct KeepAliveDefault
{
    QString when;
    QString setting; // "keepalive_timeout", "server.keepAliveTimeout"
    double seconds = 0;
    QString source;
    friend bool operator==(const KeepAliveDefault &, const KeepAliveDefault &) = default;
};

// How long a gateway keeps an idle connection to its upstream for reuse (its pool's idle timeout):
// the other half of the keep-alive race. An upstream that closes idle connections sooner than this
// lets the gateway send a request on a connection the upstream is closing — an intermittent 502.
// In the data either its own setting, seconds and source, or "timeout": the name of one of the
// product's timeouts that is the same timer (the ALB's idle timeout), whose facts it takes.
struct UpstreamKeepAlive
{
    QString setting; // "keepalive_timeout (upstream block)"
    double seconds = 0;
    QString source;
    friend bool operator==(const UpstreamKeepAlive &, const UpstreamKeepAlive &) = default;
};

// One recognisable trait of a product's response: a header, a body substring or the reason phrase.
// `generated` means the trait shows the product *made* this response (its own error page or an
// error-only header), not merely that the response passed through it. `facts` are the extra
// evidence facts it stands for ("hint.upstream-refused", "page.nginx", …; see Evidence.h).
struct Signature
{
    enum class Where { Header, Body, Reason, Host }; // Host: the request URL's host name the hop serves
    enum class Match { Present, Equals, Prefix, Contains };

    QString id; // unique in the catalog, e.g. "nginx.body.footer"
    Where where = Where::Header;
    QByteArray header; // lower-case header name (Where::Header)
    Match match = Match::Contains; // Body: Contains ("body") or Equals, the whole trimmed body ("bodyEquals")
    QByteArray pattern; // compared case-insensitively
    double strength = 0.5; // 0..1, how sure a match makes the product
    bool generated = false;
    bool emptyBody = false; // only counts when the response body is empty (Caddy's own errors)
    QList<int> statuses; // only counts for these statuses; empty = any
    QStringList facts;
    QString label; // short human words for the evidence: "nginx error page footer"
    QString source; // grade and citation; the grades and source keys: resources/fingerprints/README.md
    friend bool operator==(const Signature &, const Signature &) = default;
};

// What Gatescope knows about one producer (contract product id): how to recognise it, its default
// timeouts and where it contradicts the textbook. Data from resources/fingerprints/*.json.
struct GatewayFingerprint
{
    QString product; // contract product id: "nginx", "aws-alb", "origin", …
    QString displayName; // "nginx", "AWS Application Load Balancer", as the data spells it (English)
    QString layer; // "gateway" | "origin"
    // Where in a chain of hops the product usually stands, client side first: "edge" (a CDN the
    // client reaches first), "balancer" (a cloud load balancer or router), "proxy" (a proxy or
    // gateway run next to the application); empty for origins. Orders the hop chain (hops/).
    QString position;
    QStringList builtOn; // products whose signatures it may also show ("nginx" for kong)
    QList<Signature> signatures;
    QList<DefaultTimeout> timeouts;
    std::optional<UpstreamKeepAlive> upstreamKeepAlive; // unknown for most products
    QList<KeepAliveDefault> keepAlive; // its own idle keep-alive timeout toward the client side
    QStringList surprises; // what real instances do that the textbook does not say
    // displayName in the user's language: translated with the context TranslationContext, under
    // which lupdate finds every name of the data (app/core/diagnosis/RuleTexts.cpp, generated
    // from resources/fingerprints by tst_ruletree). What the window and the reports show.
    QString translatedName() const;
    static constexpr const char *TranslationContext = "Gatescope::Fingerprints";
    friend bool operator==(const GatewayFingerprint &, const GatewayFingerprint &) = default;
};

// Whether a header value matches a header signature (case-insensitive, by its match kind).
bool signatureMatchesValue(const Signature &signature, QByteArrayView value);

// A default timeout with the product it belongs to: what the waterfall draws as a marker line.
struct TimeoutMarker
{
    QString product;
    QString displayName;
    DefaultTimeout timeout;
};

// The catalog of fingerprints: the built-in one compiled in from resources/fingerprints/ (cheap to
// copy, shared), or one loaded from a file for tests and user packs. Loading validates every entry
// and names the file and entry of any error.
class FingerprintCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::FingerprintCatalog)
public:
    FingerprintCatalog(); // empty
    static const FingerprintCatalog &builtIn();
    static Result<FingerprintCatalog> loadFiles(const QStringList &paths);

    const QList<GatewayFingerprint> &products() const;
    const GatewayFingerprint *product(QStringView productId) const; // nullptr when unknown
    QString displayName(QStringView productId) const; // translatedName(); falls back to the id
    // Every default timeout of every product, sorted by seconds (the waterfall's marker lines).
    QList<TimeoutMarker> timeoutMarkers() const;

    // The product ids of the contract (docs/diagnosis-contract.md), in its order.
    static QStringList contractProductIds();

private:
    struct Data;
    std::shared_ptr<const Data> d;
    friend class EvidenceExtractor;
};

} // namespace Gatescope
