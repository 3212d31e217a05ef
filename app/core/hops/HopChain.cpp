#include "hops/HopChain.h"

#include "hops/WaitSplit.h"
#include "model/RequestSpec.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

// Products of the catalog that stand for no hop of their own.
bool isChainProduct(const GatewayFingerprint &product)
{
    return product.product != u"unknown" && product.product != u"none";
}

int positionRank(const QString &position)
{
    if (position == u"edge")
        return 0;
    if (position == u"balancer")
        return 1;
    return 2; // proxy, or not said
}

// The last part of a product id ("cloudfront" of "aws-cloudfront", "kong"), used to tell which of
// the hops already found a header names ("Miss from cloudfront", "x-kong-proxy-latency").
QString idTail(const QString &product)
{
    const qsizetype dash = product.lastIndexOf(u'-');
    return dash < 0 ? product : product.mid(dash + 1);
}

bool containsWord(const QString &text, const QString &word)
{
    if (word.size() < 3)
        return false;
    static const QRegularExpression separators(u"[^A-Za-z0-9]+"_s);
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(),
                       [&](const QString &w) { return w.compare(word, Qt::CaseInsensitive) == 0; });
}

struct Candidate
{
    const GatewayFingerprint *product = nullptr;
    qsizetype specificity = 0; // pattern length
    double strength = 0;
};

// The product a header value signs, by the catalog's header signatures for `header` (lower case):
// the most specific match (longest pattern, then strongest). Products in `preferred` win when the
// value names them ("Miss from cloudfront" is CloudFront's, not Squid's "MISS from host").
const GatewayFingerprint *productSigning(const FingerprintCatalog &catalog, QByteArrayView header, QByteArrayView value,
                                         const QStringList &preferred)
{
    QList<Candidate> candidates;
    for (const GatewayFingerprint &product : catalog.products()) {
        if (!isChainProduct(product))
            continue;
        for (const Signature &signature : product.signatures) {
            if (signature.where != Signature::Where::Header || signature.header != header
                || signature.header == "proxy-status" || !signatureMatchesValue(signature, value))
                continue;
            candidates.append({ &product, signature.pattern.size(), signature.strength });
        }
    }
    if (candidates.isEmpty())
        return nullptr;
    const QString text = QString::fromUtf8(value);
    for (const QString &id : preferred) {
        if (containsWord(text, idTail(id))) {
            if (const GatewayFingerprint *product = catalog.product(id))
                return product;
        }
    }
    return std::max_element(candidates.cbegin(), candidates.cend(),
                            [](const Candidate &a, const Candidate &b) {
                                return std::pair(a.specificity, a.strength) < std::pair(b.specificity, b.strength);
                            })
        ->product;
}

// The entries of a Via field (RFC 9110 §7.6.3): "1.1 varnish (Varnish/7.1)", split at commas
// outside comments.
QStringList viaEntries(const QString &value)
{
    QStringList entries;
    QString current;
    int depth = 0;
    for (const QChar c : value) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && depth > 0)
            --depth;
        if (c == u',' && depth == 0) {
            if (!current.trimmed().isEmpty())
                entries.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        entries.append(current.trimmed());
    return entries;
}

// The product a Via entry names: a Via signature on the entry, else a Server signature on its
// comment ("1.1 host (Apache/2.4.57)").
const GatewayFingerprint *productOfViaEntry(const FingerprintCatalog &catalog, const QString &entry)
{
    if (const GatewayFingerprint *product = productSigning(catalog, "via", entry.toUtf8(), {}))
        return product;
    const qsizetype open = entry.indexOf(u'(');
    if (open >= 0) {
        const QString comment = entry.mid(open + 1).chopped(entry.endsWith(u')') ? 1 : 0).trimmed();
        if (const GatewayFingerprint *product = productSigning(catalog, "server", comment.toUtf8(), {}))
            return product;
    }
    // The received-by pseudonym naming a product outright: "1.1 varnish".
    const QString receivedBy = entry.section(u' ', 1, 1, QString::SectionSkipEmpty);
    for (const GatewayFingerprint &product : catalog.products()) {
        if (isChainProduct(product) && product.layer != u"origin"
            && receivedBy.compare(product.product, Qt::CaseInsensitive) == 0)
            return &product;
    }
    return nullptr;
}

struct Building
{
    Hop hop;
    int rank = 2; // position rank
    int viaOrder = -1; // index from the client side among Via entries, -1 = not in Via
    int found = 0; // order of discovery
};

Hop hopOf(const GatewayFingerprint *product, const QString &order)
{
    Hop hop;
    if (product) {
        hop.product = product->product;
        hop.displayName = product->translatedName();
        hop.layer = product->layer == u"origin" ? u"origin"_s : u"gateway"_s;
        for (const DefaultTimeout &timeout : product->timeouts) {
            if (timeout.seconds > 0)
                hop.timeouts.append(timeout);
        }
        if (product->upstreamKeepAlive)
            hop.timeouts.append({ product->upstreamKeepAlive->setting, product->upstreamKeepAlive->seconds, 0,
                                  u"upstream-keep-alive"_s, 502, product->upstreamKeepAlive->source });
        for (const KeepAliveDefault &keepAlive : product->keepAlive) {
            if (keepAlive.when.isEmpty()) {
                hop.timeouts.append({ keepAlive.setting, keepAlive.seconds, 0, u"keep-alive"_s, 0, keepAlive.source });
                break;
            }
        }
    } else {
        hop.product = u"unknown"_s;
        hop.displayName = HopChain::tr("unknown hop");
        hop.layer = u"gateway"_s;
    }
    hop.order = order;
    return hop;
}

} // namespace

HopChain HopChain::build(const Exchange &exchange, const Diagnosis &diagnosis, const FingerprintCatalog &catalog)
{
    QList<Building> building;
    int found = 0;
    auto indexOf = [&](const QString &product) {
        for (qsizetype i = 0; i < building.size(); ++i) {
            if (building.at(i).hop.product == product)
                return int(i);
        }
        return -1;
    };
    auto add = [&](const GatewayFingerprint *product, const QString &order) {
        Building b;
        b.hop = hopOf(product, order);
        b.rank = product ? (product->layer == u"origin" ? 3 : positionRank(product->position)) : 2;
        b.found = found++;
        building.append(b);
        return int(building.size() - 1);
    };

    HopChain chain;
    const HeaderList headers = exchange.response ? exchange.response->headers : HeaderList {};

    // Via first: each entry is a hop, in the order the entries say (the innermost hop's first).
    QStringList via;
    for (const QByteArray &value : headerValues(headers, "via"))
        via += viaEntries(QString::fromUtf8(value));
    for (qsizetype i = via.size() - 1; i >= 0; --i) {
        const GatewayFingerprint *product = productOfViaEntry(catalog, via.at(i));
        const int index = add(product, u"via"_s);
        building[index].viaOrder = int(via.size() - 1 - i);
        building[index].hop.added.append({ u"Via"_s, via.at(i) });
    }

    // Then every other field a product signs, or one named after a hop already found.
    QList<const HeaderField *> rest;
    for (const HeaderField &field : headers) {
        if (field.name.compare("via", Qt::CaseInsensitive) != 0)
            rest.append(&field);
    }
    // Fields whose name alone signs a product go first, so that "Miss from cloudfront" finds the
    // CloudFront hop that X-Amz-Cf-Id already made.
    for (int pass = 0; pass < 2; ++pass) {
        for (const HeaderField *field : std::as_const(rest)) {
            const QByteArray name = field->name.toLower();
            QStringList foundIds;
            for (const Building &b : std::as_const(building))
                foundIds.append(b.hop.product);
            const GatewayFingerprint *product = productSigning(catalog, name, field->value, foundIds);
            bool nameOnly = false;
            if (product) {
                for (const Signature &s : product->signatures)
                    nameOnly = nameOnly || (s.header == name && s.match == Signature::Match::Present);
            }
            if ((pass == 0) != nameOnly)
                continue;
            HopEvidence evidence { QString::fromUtf8(field->name), QString::fromUtf8(field->value) };
            if (!product) {
                if (pass == 0)
                    continue;
                // "X-Kong-Proxy-Latency", "x-envoy-decorator-operation": named after a hop found.
                int owner = -1;
                for (qsizetype i = 0; i < building.size() && owner < 0; ++i) {
                    const QString prefix = u"x-"_s + idTail(building.at(i).hop.product) + u'-';
                    if (building.at(i).hop.product != u"unknown"
                        && QString::fromLatin1(name).startsWith(prefix, Qt::CaseInsensitive))
                        owner = int(i);
                }
                if (owner >= 0)
                    building[owner].hop.added.append(evidence);
                continue;
            }
            int index = indexOf(product->product);
            if (index < 0)
                index = add(product, u"position"_s);
            building[index].hop.added.append(evidence);
        }
    }

    // A product built on another (Kong on nginx/OpenResty, Fastly on Varnish) stands for it: one
    // hop, not two — unless both have a Via entry of their own.
    for (qsizetype i = 0; i < building.size(); ++i) {
        const GatewayFingerprint *product = catalog.product(building.at(i).hop.product);
        if (!product)
            continue;
        for (const QString &base : product->builtOn) {
            const int baseIndex = indexOf(base);
            if (baseIndex < 0 || baseIndex == i
                || (building.at(baseIndex).viaOrder >= 0 && building.at(i).viaOrder >= 0))
                continue;
            Building &kept = building[i];
            kept.hop.added = building.at(baseIndex).hop.added + kept.hop.added;
            if (kept.viaOrder < 0 && building.at(baseIndex).viaOrder >= 0) {
                kept.viaOrder = building.at(baseIndex).viaOrder;
                kept.hop.order = u"via"_s;
            }
            building.removeAt(baseIndex);
            if (baseIndex < i)
                --i;
        }
    }

    // The producer: the hop of the diagnosis's product. When the headers show no such hop, the
    // diagnosis's own evidence (an error page, a reason phrase) puts it in the chain.
    const Producer &producer = diagnosis.producer;
    if (producer.layer == u"gateway" || producer.layer == u"origin") {
        const QString id = producer.layer == u"origin" ? u"origin"_s : producer.product;
        int index = -1;
        // An unknown producer is not one of the unknown Via hops: which one, nothing says.
        for (qsizetype i = building.size() - 1; i >= 0 && index < 0 && id != u"unknown"; --i) {
            if (building.at(i).hop.product == id)
                index = int(i);
        }
        if (index < 0) {
            const GatewayFingerprint *product = catalog.product(id);
            index = add(product && isChainProduct(*product) ? product : nullptr, u"diagnosis"_s);
            for (const EvidenceItem &item : diagnosis.evidence) {
                if (item.fact == u"product."_s + id && !item.source.isEmpty())
                    building[index].hop.added.append({ item.source, item.value });
            }
        }
        building[index].hop.producer = true;
    }

    // Order: by position rank; Via hops keep their order (an unknown Via hop takes the rank of
    // the Via hop before it), then the others by discovery.
    int viaRank = 0;
    QList<Building *> viaHops;
    for (Building &b : building) {
        if (b.viaOrder >= 0)
            viaHops.append(&b);
    }
    std::sort(viaHops.begin(), viaHops.end(),
              [](const Building *a, const Building *b) { return a->viaOrder < b->viaOrder; });
    for (Building *b : viaHops) {
        if (b->hop.product != u"unknown")
            viaRank = std::max(viaRank, b->rank);
        b->rank = viaRank;
    }
    std::stable_sort(building.begin(), building.end(), [](const Building &a, const Building &b) {
        const int aVia = a.viaOrder < 0 ? 1 : 0;
        const int bVia = b.viaOrder < 0 ? 1 : 0;
        return std::tuple(a.rank, aVia, a.viaOrder, a.found) < std::tuple(b.rank, bVia, b.viaOrder, b.found);
    });
    for (const Building &b : std::as_const(building))
        chain.hops.append(b.hop);

    // The address and TLS the client saw belong to the first hop; with no hop in sight, they
    // are the one hop known to be there.
    QList<HopEvidence> connection;
    if (!exchange.remoteAddress.isEmpty())
        connection.append({ u"serverIPAddress"_s,
                            exchange.remotePort > 0
                                ? (exchange.remoteAddress.contains(u':')
                                       ? u"[%1]:%2"_s.arg(exchange.remoteAddress).arg(exchange.remotePort)
                                       : u"%1:%2"_s.arg(exchange.remoteAddress).arg(exchange.remotePort))
                                : exchange.remoteAddress });
    if (exchange.tls.used && !exchange.tls.protocol.isEmpty())
        connection.append({ u"tls"_s,
                            exchange.tls.cipher.isEmpty() ? exchange.tls.protocol
                                                          : exchange.tls.protocol + u' ' + exchange.tls.cipher });
    if (exchange.tls.used && !exchange.tls.peerCertificate.isEmpty())
        connection.append({ u"certificate"_s, exchange.tls.peerCertificate });
    for (const QByteArray &value : headerValues(headers, "alt-svc"))
        connection.append({ u"Alt-Svc"_s, QString::fromUtf8(value) });
    if (chain.hops.isEmpty() && !connection.isEmpty() && exchange.response)
        chain.hops.append(hopOf(nullptr, u"connection"_s));
    if (!chain.hops.isEmpty())
        chain.hops.first().added += connection;

    // Server-Timing belongs to the hop whose metrics it carries (the application's, when none
    // of a product's).
    for (const HeaderField &field : headers) {
        if (field.name.compare("server-timing", Qt::CaseInsensitive) != 0)
            continue;
        const QList<WaitReport> reports = WaitSplit::reportsOf({ field });
        for (Hop &hop : chain.hops) {
            if (!reports.isEmpty() && hop.product == reports.first().product) {
                hop.added.append({ QString::fromUtf8(field.name), QString::fromUtf8(field.value) });
                break;
            }
        }
    }

    // The keep-alive default of a server the hop's own fields name ("X-Powered-By: Express"), and
    // the Keep-Alive field: connection-specific (RFC 9110 §7.6.1), so the hop the client talked to sent it.
    for (Hop &hop : chain.hops) {
        const GatewayFingerprint *product = catalog.product(hop.product);
        if (!product || std::any_of(hop.timeouts.cbegin(), hop.timeouts.cend(), [](const DefaultTimeout &t) {
                return t.phase == u"keep-alive";
            }))
            continue;
        for (const KeepAliveDefault &keepAlive : product->keepAlive) {
            const bool named = std::any_of(hop.added.cbegin(), hop.added.cend(), [&](const HopEvidence &item) {
                return (item.header.compare(u"server"_s, Qt::CaseInsensitive) == 0
                        || item.header.compare(u"x-powered-by"_s, Qt::CaseInsensitive) == 0)
                    && containsWord(item.value, keepAlive.when);
            });
            if (!keepAlive.when.isEmpty() && named) {
                hop.timeouts.append({ keepAlive.setting, keepAlive.seconds, 0, u"keep-alive"_s, 0,
                                      keepAlive.source + u" — "_s + keepAlive.when });
                break;
            }
        }
    }
    if (!chain.hops.isEmpty()) {
        static const QRegularExpression timeoutParameter(u"(?:^|[,;\\s])timeout\\s*=\\s*\"?(\\d+(?:\\.\\d+)?)"_s,
                                                         QRegularExpression::CaseInsensitiveOption);
        for (const QByteArray &value : headerValues(headers, "keep-alive")) {
            const QRegularExpressionMatch match = timeoutParameter.match(QString::fromLatin1(value));
            if (!match.hasMatch() || match.captured(1).toDouble() <= 0)
                continue;
            QList<DefaultTimeout> &timeouts = chain.hops.first().timeouts;
            timeouts.removeIf([](const DefaultTimeout &t) { return t.phase == u"keep-alive"; });
            timeouts.append({ u"Keep-Alive: timeout"_s, match.captured(1).toDouble(), 0, u"keep-alive"_s, 0,
                              u"Keep-Alive: "_s + QString::fromLatin1(value) });
            break;
        }
    }

    // What shows a hop without saying which.
    for (const char *name : { "age", "x-cache-lookup", "x-served-by", "x-cache", "server-timing" }) {
        for (const HeaderField &field : headers) {
            if (field.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            const HopEvidence evidence { QString::fromUtf8(field.name), QString::fromUtf8(field.value) };
            const bool attributed = std::any_of(chain.hops.cbegin(), chain.hops.cend(),
                                                [&](const Hop &hop) { return hop.added.contains(evidence); });
            if (!attributed)
                chain.unattributed.append(evidence);
        }
    }
    return chain;
}

int HopChain::producerIndex() const
{
    for (qsizetype i = 0; i < hops.size(); ++i) {
        if (hops.at(i).producer)
            return int(i);
    }
    return -1;
}

} // namespace Gatescope
