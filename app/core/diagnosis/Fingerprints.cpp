#include "diagnosis/Fingerprints.h"

#include "diagnosis/DiagnosisLogging.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDiagnosis, "gatescope.diagnosis", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Gatescope {

struct FingerprintCatalog::Data
{
    QList<GatewayFingerprint> products;
    QHash<QString, qsizetype> index;
};

namespace {

Result<Signature> parseSignature(const QJsonObject &object, const QString &where)
{
    Signature signature;
    signature.id = object.value(u"id"_s).toString();
    if (signature.id.isEmpty())
        return Error { u"%1: signature without \"id\""_s.arg(where) };
    const QString at = u"%1: signature '%2'"_s.arg(where, signature.id);
    if (object.contains(u"header"_s)) {
        signature.where = Signature::Where::Header;
        signature.header = object.value(u"header"_s).toString().toLower().toLatin1();
        const QString match = object.value(u"match"_s).toString(u"contains"_s);
        if (match == u"present")
            signature.match = Signature::Match::Present;
        else if (match == u"equals")
            signature.match = Signature::Match::Equals;
        else if (match == u"prefix")
            signature.match = Signature::Match::Prefix;
        else if (match == u"contains")
            signature.match = Signature::Match::Contains;
        else
            return Error { u"%1: unknown match '%2' (present, equals, prefix, contains)"_s.arg(at, match) };
        signature.pattern = object.value(u"value"_s).toString().toUtf8();
        if (signature.match != Signature::Match::Present && signature.pattern.isEmpty())
            return Error { u"%1: \"value\" is required for match '%2'"_s.arg(at, match) };
    } else if (object.contains(u"body"_s)) {
        signature.where = Signature::Where::Body;
        signature.match = Signature::Match::Contains;
        signature.pattern = object.value(u"body"_s).toString().toUtf8();
    } else if (object.contains(u"bodyEquals"_s)) {
        signature.where = Signature::Where::Body;
        signature.match = Signature::Match::Equals;
        signature.pattern = object.value(u"bodyEquals"_s).toString().toUtf8();
    } else if (object.contains(u"reason"_s)) {
        signature.where = Signature::Where::Reason;
        signature.match = Signature::Match::Contains;
        signature.pattern = object.value(u"reason"_s).toString().toUtf8();
    } else if (object.contains(u"host"_s)) {
        // The address the request went to names the platform that serves it ("….elb.amazonaws.com").
        signature.where = Signature::Where::Host;
        signature.match = Signature::Match::Contains;
        signature.pattern = object.value(u"host"_s).toString().toLower().toUtf8();
    } else {
        return Error { u"%1: needs one of \"header\", \"body\", \"bodyEquals\", \"reason\" or \"host\""_s.arg(at) };
    }
    if (signature.where != Signature::Where::Header && signature.pattern.isEmpty())
        return Error { u"%1: empty pattern"_s.arg(at) };
    signature.strength = object.value(u"strength"_s).toDouble(0.5);
    if (signature.strength <= 0 || signature.strength > 1)
        return Error { u"%1: strength must be in (0, 1]"_s.arg(at) };
    signature.generated = object.value(u"generated"_s).toBool(false);
    signature.emptyBody = object.value(u"emptyBody"_s).toBool(false);
    for (const QJsonValue &status : object.value(u"statuses"_s).toArray())
        signature.statuses.append(status.toInt());
    for (const QJsonValue &fact : object.value(u"facts"_s).toArray())
        signature.facts.append(fact.toString());
    signature.label = object.value(u"label"_s).toString();
    signature.source = object.value(u"source"_s).toString();
    if (signature.source.isEmpty())
        return Error { u"%1: every signature needs a \"source\" citation"_s.arg(at) };
    return signature;
}

Result<QList<GatewayFingerprint>> parseFile(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { u"%1: offset %2: %3"_s.arg(fileName).arg(parseError.offset).arg(parseError.errorString()) };
    const QJsonObject root = document.object();
    if (root.value(u"schema"_s).toString() != u"gatescope.fingerprints/1")
        return Error { u"%1: expected \"schema\": \"gatescope.fingerprints/1\""_s.arg(fileName) };
    QList<GatewayFingerprint> products;
    const QJsonArray array = root.value(u"products"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        GatewayFingerprint fingerprint;
        fingerprint.product = object.value(u"product"_s).toString();
        const QString where = u"%1: product '%2'"_s.arg(
            fileName, fingerprint.product.isEmpty() ? QString::number(i) : fingerprint.product);
        if (fingerprint.product.isEmpty())
            return Error { u"%1: missing \"product\""_s.arg(where) };
        fingerprint.displayName = object.value(u"name"_s).toString(fingerprint.product);
        fingerprint.layer = object.value(u"layer"_s).toString(u"gateway"_s);
        if (fingerprint.layer != u"gateway" && fingerprint.layer != u"origin" && fingerprint.layer != u"client")
            return Error { u"%1: layer must be gateway, origin or client"_s.arg(where) };
        fingerprint.position = object.value(u"position"_s).toString();
        if (!fingerprint.position.isEmpty() && fingerprint.position != u"edge" && fingerprint.position != u"balancer"
            && fingerprint.position != u"proxy")
            return Error { u"%1: position must be edge, balancer or proxy"_s.arg(where) };
        for (const QJsonValue &value : object.value(u"builtOn"_s).toArray())
            fingerprint.builtOn.append(value.toString());
        for (const QJsonValue &value : object.value(u"signatures"_s).toArray()) {
            Result<Signature> signature = parseSignature(value.toObject(), where);
            if (!signature)
                return Error { signature.error() };
            fingerprint.signatures.append(std::move(signature).value());
        }
        for (const QJsonValue &value : object.value(u"timeouts"_s).toArray()) {
            const QJsonObject t = value.toObject();
            DefaultTimeout timeout;
            timeout.name = t.value(u"name"_s).toString();
            timeout.seconds = t.value(u"seconds"_s).toDouble(-1);
            timeout.upToSeconds = t.value(u"upToSeconds"_s).toDouble(0);
            timeout.phase = t.value(u"phase"_s).toString();
            timeout.status = t.value(u"status"_s).toInt();
            timeout.source = t.value(u"source"_s).toString();
            if (timeout.name.isEmpty() || timeout.seconds < 0 || timeout.source.isEmpty()
                || (timeout.phase != u"connect" && timeout.phase != u"read" && timeout.phase != u"total"))
                return Error { u"%1: timeout '%2' needs name, seconds >= 0, phase connect|read|total and source"_s.arg(
                    where, timeout.name) };
            fingerprint.timeouts.append(timeout);
        }
        if (object.contains(u"upstreamKeepAlive"_s)) {
            const QJsonObject k = object.value(u"upstreamKeepAlive"_s).toObject();
            UpstreamKeepAlive keepAlive;
            if (k.contains(u"timeout"_s)) {
                const QString name = k.value(u"timeout"_s).toString();
                const auto same = std::find_if(fingerprint.timeouts.cbegin(), fingerprint.timeouts.cend(),
                                               [&name](const DefaultTimeout &t) { return t.name == name; });
                if (same == fingerprint.timeouts.cend())
                    return Error {
                        u"%1: upstreamKeepAlive names the timeout '%2', which the product does not have"_s.arg(where,
                                                                                                               name)
                    };
                keepAlive = { same->name, same->seconds, same->source };
            } else {
                keepAlive = { k.value(u"setting"_s).toString(), k.value(u"seconds"_s).toDouble(-1),
                              k.value(u"source"_s).toString() };
            }
            if (keepAlive.setting.isEmpty() || keepAlive.seconds <= 0 || keepAlive.source.isEmpty())
                return Error { u"%1: upstreamKeepAlive needs setting, seconds > 0 and source (or a timeout name)"_s.arg(
                    where) };
            fingerprint.upstreamKeepAlive = keepAlive;
        }
        for (const QJsonValue &value : object.value(u"keepAlive"_s).toArray()) {
            const QJsonObject k = value.toObject();
            const KeepAliveDefault keepAlive { k.value(u"when"_s).toString(), k.value(u"setting"_s).toString(),
                                               k.value(u"seconds"_s).toDouble(-1), k.value(u"source"_s).toString() };
            if (keepAlive.setting.isEmpty() || keepAlive.seconds <= 0 || keepAlive.source.isEmpty())
                return Error { u"%1: keepAlive '%2' needs setting, seconds > 0 and source"_s.arg(where,
                                                                                                 keepAlive.setting) };
            fingerprint.keepAlive.append(keepAlive);
        }
        for (const QJsonValue &value : object.value(u"surprises"_s).toArray())
            fingerprint.surprises.append(value.toString());
        products.append(std::move(fingerprint));
    }
    return products;
}

} // namespace

FingerprintCatalog::FingerprintCatalog()
    : d(std::make_shared<Data>())
{ }

Result<FingerprintCatalog> FingerprintCatalog::loadFiles(const QStringList &paths)
{
    auto data = std::make_shared<Data>();
    QHash<QString, QString> signatureOwners;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { u"%1: %2"_s.arg(path, file.errorString()) };
        Result<QList<GatewayFingerprint>> products = parseFile(file.readAll(), path);
        if (!products)
            return Error { products.error() };
        for (GatewayFingerprint &fingerprint : products.value()) {
            for (const Signature &signature : std::as_const(fingerprint.signatures)) {
                if (signatureOwners.contains(signature.id))
                    return Error { u"%1: product '%2': signature id '%3' is used twice"_s.arg(path, fingerprint.product,
                                                                                              signature.id) };
                signatureOwners.insert(signature.id, fingerprint.product);
            }
            if (data->index.contains(fingerprint.product))
                return Error { u"%1: product '%2' is defined twice"_s.arg(path, fingerprint.product) };
            data->index.insert(fingerprint.product, data->products.size());
            data->products.append(std::move(fingerprint));
        }
    }
    FingerprintCatalog catalog;
    catalog.d = std::move(data);
    return catalog;
}

const FingerprintCatalog &FingerprintCatalog::builtIn()
{
    static const FingerprintCatalog catalog = [] {
        QStringList paths;
        const QDir dir(u":/fingerprints"_s);
        for (const QString &name : dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name))
            paths.append(dir.filePath(name));
        Result<FingerprintCatalog> loaded = loadFiles(paths);
        if (!loaded) {
            qCCritical(lcDiagnosis) << "built-in fingerprints are broken:" << loaded.error();
            return FingerprintCatalog();
        }
        return std::move(loaded).value();
    }();
    return catalog;
}

const QList<GatewayFingerprint> &FingerprintCatalog::products() const
{
    return d->products;
}

const GatewayFingerprint *FingerprintCatalog::product(QStringView productId) const
{
    const auto it = d->index.constFind(productId.toString());
    return it == d->index.cend() ? nullptr : &d->products.at(*it);
}

QString GatewayFingerprint::translatedName() const
{
    return QCoreApplication::translate(TranslationContext, displayName.toUtf8().constData());
}

QString FingerprintCatalog::displayName(QStringView productId) const
{
    const GatewayFingerprint *fingerprint = product(productId);
    return fingerprint ? fingerprint->translatedName() : productId.toString();
}

QList<TimeoutMarker> FingerprintCatalog::timeoutMarkers() const
{
    QList<TimeoutMarker> markers;
    for (const GatewayFingerprint &fingerprint : d->products) {
        for (const DefaultTimeout &timeout : fingerprint.timeouts) {
            if (timeout.seconds > 0)
                markers.append({ fingerprint.product, fingerprint.translatedName(), timeout });
        }
    }
    std::stable_sort(markers.begin(), markers.end(), [](const TimeoutMarker &a, const TimeoutMarker &b) {
        return a.timeout.seconds < b.timeout.seconds;
    });
    return markers;
}

QStringList FingerprintCatalog::contractProductIds()
{
    return { u"origin"_s,
             u"nginx"_s,
             u"ingress-nginx"_s,
             u"haproxy"_s,
             u"apache"_s,
             u"varnish"_s,
             u"squid"_s,
             u"caddy"_s,
             u"envoy"_s,
             u"traefik"_s,
             u"kong"_s,
             u"cloudflare"_s,
             u"aws-alb"_s,
             u"aws-elb-classic"_s,
             u"aws-cloudfront"_s,
             u"aws-api-gateway"_s,
             u"gcp-lb"_s,
             u"azure-app-gateway"_s,
             u"azure-front-door"_s,
             u"akamai"_s,
             u"fastly"_s,
             u"heroku"_s,
             u"gatescope-lab"_s,
             u"unknown"_s,
             u"none"_s };
}

} // namespace Gatescope
