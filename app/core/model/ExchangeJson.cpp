#include "model/ExchangeJson.h"

#include <QJsonArray>
#include <QStringDecoder>

namespace Gatescope::ExchangeJson {

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// How bytes are written: as text for the contract (invalid UTF-8 becomes U+FFFD), or losslessly for
// the workspace — text when the bytes are valid UTF-8, {"base64": …} when they are not, so a header
// with a Latin-1 or broken byte in it comes back from disk exactly as it came off the wire.
enum class Bytes { AsText, Lossless };

QJsonValue bytesToJson(const QByteArray &bytes, Bytes mode)
{
    if (mode == Bytes::AsText)
        return text(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    if (!decoder.hasError())
        return decoded;
    return QJsonObject { { QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64()) } };
}

QByteArray bytesFromJson(const QJsonValue &value)
{
    if (value.isObject())
        return QByteArray::fromBase64(value.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    return value.toString().toUtf8();
}

QJsonArray headersToJson(const HeaderList &headers, bool withDisabled, Bytes mode = Bytes::AsText)
{
    QJsonArray array;
    for (const HeaderField &field : headers) {
        if (!field.enabled && !withDisabled)
            continue;
        QJsonArray pair { bytesToJson(field.name, mode), bytesToJson(field.value, mode) };
        if (withDisabled && !field.enabled)
            pair.append(false);
        array.append(pair);
    }
    return array;
}

Result<HeaderList> headersFromJson(const QJsonValue &value, const QString &where)
{
    HeaderList headers;
    if (value.isUndefined() || value.isNull())
        return headers;
    if (!value.isArray())
        return Error { QStringLiteral("%1: expected an array of [name, value] pairs").arg(where) };
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonArray pair = array.at(i).toArray();
        auto isBytes = [](const QJsonValue &v) { return v.isString() || v.isObject(); };
        if (pair.size() < 2 || !isBytes(pair.at(0)) || !isBytes(pair.at(1)))
            return Error { QStringLiteral("%1[%2]: expected [name, value]").arg(where).arg(i) };
        headers.append(
            { bytesFromJson(pair.at(0)), bytesFromJson(pair.at(1)), pair.size() < 3 || pair.at(2).toBool(true) });
    }
    return headers;
}

QJsonValue number(double ms)
{
    // Milliseconds with microsecond resolution; -1 stays -1.
    if (ms < 0)
        return -1;
    return std::round(ms * 1000.0) / 1000.0;
}

QJsonObject optionsToJson(const ProbeOptions &options)
{
    QJsonArray overrides;
    for (const AddressOverride &entry : options.addressOverrides) {
        overrides.append(QJsonObject {
            { QStringLiteral("kind"),
              entry.kind == AddressOverride::Kind::Resolve ? QStringLiteral("resolve") : QStringLiteral("connect-to") },
            { QStringLiteral("host"), entry.host },
            { QStringLiteral("port"), entry.port },
            { QStringLiteral("targetHost"), entry.targetHost },
            { QStringLiteral("targetPort"), entry.targetPort },
        });
    }
    QJsonObject object {
        { QStringLiteral("connectTimeoutMs"), options.connectTimeoutMs },
        { QStringLiteral("tlsTimeoutMs"), options.tlsTimeoutMs },
        { QStringLiteral("firstByteTimeoutMs"), options.firstByteTimeoutMs },
        { QStringLiteral("totalTimeoutMs"), options.totalTimeoutMs },
        { QStringLiteral("followRedirects"), options.followRedirects },
        { QStringLiteral("maxRedirects"), options.maxRedirects },
        { QStringLiteral("verifyTls"), options.verifyTls },
        { QStringLiteral("bodyCaptureCap"), double(options.bodyCaptureCap) },
        { QStringLiteral("decodeContent"), options.decodeContent },
        { QStringLiteral("addressOverrides"), overrides },
        { QStringLiteral("proxy"), options.proxy },
        { QStringLiteral("useEnvironmentProxy"), options.useEnvironmentProxy },
    };
    if (options.httpVersion != ProbeOptions::HttpVersion::Http11) // older files stay as they were
        object.insert(QStringLiteral("httpVersion"), httpVersionId(options.httpVersion));
    return object;
}

ProbeOptions optionsFromJson(const QJsonObject &object)
{
    ProbeOptions options;
    options.connectTimeoutMs = object.value(QStringLiteral("connectTimeoutMs")).toInt(options.connectTimeoutMs);
    options.tlsTimeoutMs = object.value(QStringLiteral("tlsTimeoutMs")).toInt(options.tlsTimeoutMs);
    options.firstByteTimeoutMs = object.value(QStringLiteral("firstByteTimeoutMs")).toInt(options.firstByteTimeoutMs);
    options.totalTimeoutMs = object.value(QStringLiteral("totalTimeoutMs")).toInt(options.totalTimeoutMs);
    options.followRedirects = object.value(QStringLiteral("followRedirects")).toBool(options.followRedirects);
    options.maxRedirects = object.value(QStringLiteral("maxRedirects")).toInt(options.maxRedirects);
    options.verifyTls = object.value(QStringLiteral("verifyTls")).toBool(options.verifyTls);
    options.httpVersion = httpVersionFromId(object.value(QStringLiteral("httpVersion")).toString())
                              .value_or(ProbeOptions::HttpVersion::Http11);
    options.bodyCaptureCap
        = qint64(object.value(QStringLiteral("bodyCaptureCap")).toDouble(double(options.bodyCaptureCap)));
    options.decodeContent = object.value(QStringLiteral("decodeContent")).toBool(options.decodeContent);
    options.proxy = object.value(QStringLiteral("proxy")).toString();
    options.useEnvironmentProxy
        = object.value(QStringLiteral("useEnvironmentProxy")).toBool(options.useEnvironmentProxy);
    const QJsonArray overrides = object.value(QStringLiteral("addressOverrides")).toArray();
    for (const QJsonValue &value : overrides) {
        const QJsonObject entry = value.toObject();
        AddressOverride item;
        item.kind = entry.value(QStringLiteral("kind")).toString() == u"connect-to" ? AddressOverride::Kind::ConnectTo
                                                                                    : AddressOverride::Kind::Resolve;
        item.host = entry.value(QStringLiteral("host")).toString();
        item.port = entry.value(QStringLiteral("port")).toInt();
        item.targetHost = entry.value(QStringLiteral("targetHost")).toString();
        item.targetPort = entry.value(QStringLiteral("targetPort")).toInt();
        options.addressOverrides.append(item);
    }
    return options;
}

Timings timingsFromJson(const QJsonObject &object)
{
    Timings t;
    t.blocked = object.value(QStringLiteral("blocked")).toDouble(-1);
    t.dns = object.value(QStringLiteral("dns")).toDouble(-1);
    t.connect = object.value(QStringLiteral("connect")).toDouble(-1);
    t.tls = object.value(QStringLiteral("tls")).toDouble(-1);
    t.send = object.value(QStringLiteral("send")).toDouble(-1);
    t.wait = object.value(QStringLiteral("wait")).toDouble(-1);
    t.download = object.value(QStringLiteral("download")).toDouble(-1);
    t.total = object.value(QStringLiteral("total")).toDouble(-1);
    return t;
}

QJsonObject transportToJson(const Transport &transport, const Http2Ending &http2)
{
    QJsonObject object {
        { QStringLiteral("outcome"), outcomeId(transport.outcome) },
        { QStringLiteral("phase"),
          transport.phase == Phase::None ? QJsonValue(QJsonValue::Null) : QJsonValue(phaseId(transport.phase)) },
        { QStringLiteral("detail"), transport.detail },
        { QStringLiteral("bytesReceived"), double(transport.bytesReceived) },
    };
    if (!http2.failure.isEmpty()) {
        object.insert(QStringLiteral("http2Failure"), http2.failure);
        object.insert(QStringLiteral("http2ErrorCode"), http2.errorCode);
    }
    return object;
}

QJsonArray framesToJson(const QList<Http2Frame> &frames)
{
    QJsonArray array;
    for (const Http2Frame &frame : frames) {
        QJsonObject item { { QStringLiteral("atMs"), number(frame.atMs) },
                           { QStringLiteral("direction"),
                             frame.received ? QStringLiteral("in") : QStringLiteral("out") },
                           { QStringLiteral("type"), frame.type },
                           { QStringLiteral("streamId"), frame.streamId },
                           { QStringLiteral("flags"), frame.flags },
                           { QStringLiteral("length"), double(frame.length) } };
        if (!frame.errorCode.isEmpty())
            item.insert(QStringLiteral("errorCode"), frame.errorCode);
        if (frame.lastStreamId >= 0)
            item.insert(QStringLiteral("lastStreamId"), frame.lastStreamId);
        if (frame.windowIncrement >= 0)
            item.insert(QStringLiteral("windowIncrement"), double(frame.windowIncrement));
        if (!frame.detail.isEmpty())
            item.insert(QStringLiteral("detail"), frame.detail);
        array.append(item);
    }
    return array;
}

QList<Http2Frame> framesFromJson(const QJsonArray &array)
{
    QList<Http2Frame> frames;
    for (const QJsonValue &value : array) {
        const QJsonObject item = value.toObject();
        Http2Frame frame;
        frame.atMs = item.value(QStringLiteral("atMs")).toDouble(-1);
        frame.received = item.value(QStringLiteral("direction")).toString() != u"out";
        frame.type = item.value(QStringLiteral("type")).toString();
        frame.streamId = item.value(QStringLiteral("streamId")).toInt();
        frame.flags = item.value(QStringLiteral("flags")).toInt();
        frame.length = qint64(item.value(QStringLiteral("length")).toDouble());
        frame.errorCode = item.value(QStringLiteral("errorCode")).toString();
        frame.lastStreamId = item.value(QStringLiteral("lastStreamId")).toInt(-1);
        frame.windowIncrement = qint64(item.value(QStringLiteral("windowIncrement")).toDouble(-1));
        frame.detail = item.value(QStringLiteral("detail")).toString();
        frames.append(frame);
        if (frames.size() >= Exchange::MaxHttp2Frames)
            break;
    }
    return frames;
}

QJsonArray anomaliesToJson(const QList<WireAnomaly> &anomalies)
{
    QJsonArray array;
    for (const WireAnomaly &anomaly : anomalies) {
        array.append(QJsonObject { { QStringLiteral("kind"), anomaly.kind },
                                   { QStringLiteral("offset"), double(anomaly.offset) },
                                   { QStringLiteral("detail"), anomaly.detail } });
    }
    return array;
}

QJsonObject tlsToJson(const TlsInfo &tls)
{
    return QJsonObject {
        { QStringLiteral("used"), tls.used },
        { QStringLiteral("verificationSkipped"), tls.verificationSkipped },
        { QStringLiteral("protocol"), tls.protocol },
        { QStringLiteral("cipher"), tls.cipher },
        { QStringLiteral("sniHost"), tls.sniHost },
        { QStringLiteral("error"), tls.errorText },
        { QStringLiteral("verificationErrors"), QJsonArray::fromStringList(tls.verificationErrors) },
        { QStringLiteral("peerCertificate"), tls.peerCertificate },
    };
}

QJsonObject connectionToJson(const Exchange &exchange)
{
    QJsonArray attempts;
    for (const ConnectAttempt &attempt : exchange.attempts) {
        attempts.append(QJsonObject { { QStringLiteral("address"), attempt.address },
                                      { QStringLiteral("port"), attempt.port },
                                      { QStringLiteral("succeeded"), attempt.succeeded },
                                      { QStringLiteral("error"), attempt.error },
                                      { QStringLiteral("durationMs"), number(attempt.durationMs) } });
    }
    return QJsonObject {
        { QStringLiteral("resolvedAddresses"), QJsonArray::fromStringList(exchange.resolvedAddresses) },
        { QStringLiteral("attempts"), attempts },
        { QStringLiteral("remoteAddress"), exchange.remoteAddress },
        { QStringLiteral("remotePort"), exchange.remotePort },
        { QStringLiteral("proxy"), exchange.proxy },
        { QStringLiteral("redirectHop"), exchange.redirectHop },
    };
}

} // namespace

bool looksBinary(const QByteArray &body)
{
    const qsizetype sample = std::min<qsizetype>(body.size(), 4096);
    if (sample == 0)
        return false;
    qsizetype control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = static_cast<unsigned char>(body.at(i));
        if (c == 0)
            return true;
        if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b))
            ++control;
    }
    if (control * 10 > sample)
        return true;
    // Mostly invalid UTF-8 is binary too (a JPEG without NULs in its first bytes, say).
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(QByteArrayView(body.constData(), sample));
    const qsizetype replacements = decoded.count(QChar(QChar::ReplacementCharacter));
    return replacements * 10 > decoded.size() && replacements > 4;
}

QString bodySnippet(const QByteArray &body, qsizetype maxBytes)
{
    if (looksBinary(body))
        return {};
    QByteArray head = body.left(maxBytes);
    // Do not cut a UTF-8 sequence in half.
    if (head.size() < body.size()) {
        qsizetype cut = head.size();
        while (cut > 0 && cut > head.size() - 4 && (static_cast<unsigned char>(head.at(cut - 1)) & 0xC0) == 0x80)
            --cut;
        if (cut > 0 && static_cast<unsigned char>(head.at(cut - 1)) >= 0xC0)
            head.truncate(cut - 1);
    }
    return QString::fromUtf8(head);
}

QJsonObject requestToJson(const RequestSpec &request)
{
    QJsonObject object {
        { QStringLiteral("method"), text(request.method) },
        { QStringLiteral("url"), request.url.toString(QUrl::FullyEncoded) },
        { QStringLiteral("headers"), headersToJson(request.headers, false) },
    };
    if (!request.body.isEmpty()) {
        object.insert(QStringLiteral("bodySize"), double(request.body.size()));
        object.insert(QStringLiteral("bodySnippet"), bodySnippet(request.body));
    }
    return object;
}

QJsonObject timingsToJson(const Timings &t)
{
    return QJsonObject {
        { QStringLiteral("blocked"), number(t.blocked) },   { QStringLiteral("dns"), number(t.dns) },
        { QStringLiteral("connect"), number(t.connect) },   { QStringLiteral("tls"), number(t.tls) },
        { QStringLiteral("send"), number(t.send) },         { QStringLiteral("wait"), number(t.wait) },
        { QStringLiteral("download"), number(t.download) }, { QStringLiteral("total"), number(t.total) },
    };
}

QJsonObject toJson(const Exchange &exchange)
{
    QJsonObject object {
        { QStringLiteral("index"), exchange.index },
        { QStringLiteral("source"),
          exchange.source == Exchange::Source::Recorded ? QStringLiteral("recorded") : QStringLiteral("replayed") },
        { QStringLiteral("request"), requestToJson(exchange.request) },
        { QStringLiteral("transport"), transportToJson(exchange.transport, exchange.http2) },
        { QStringLiteral("anomalies"), anomaliesToJson(exchange.anomalies) },
        { QStringLiteral("timings"), timingsToJson(exchange.timings) },
    };
    if (exchange.startedAt.isValid())
        object.insert(QStringLiteral("startedAt"), exchange.startedAt.toUTC().toString(Qt::ISODateWithMs));
    if (exchange.response) {
        const ResponseData &r = *exchange.response;
        QJsonArray interim;
        for (const InterimResponse &i : r.interim)
            interim.append(QJsonObject { { QStringLiteral("status"), i.status },
                                         { QStringLiteral("reason"), text(i.reason) },
                                         { QStringLiteral("headers"), headersToJson(i.headers, false) } });
        object.insert(QStringLiteral("response"),
                      QJsonObject {
                          { QStringLiteral("status"), r.status },
                          { QStringLiteral("reason"), text(r.reason) },
                          { QStringLiteral("httpVersion"), text(r.httpVersion) },
                          { QStringLiteral("headers"), headersToJson(r.headers, false) },
                          { QStringLiteral("contentType"), text(r.contentType()) },
                          { QStringLiteral("bodySize"), double(r.bodySize) },
                          { QStringLiteral("bodyWireSize"), double(r.bodyWireSize) },
                          { QStringLiteral("bodyTruncated"), r.bodyTruncated },
                          { QStringLiteral("bodySnippet"), bodySnippet(r.body) },
                          { QStringLiteral("interim"), interim },
                      });
    } else {
        object.insert(QStringLiteral("response"), QJsonValue::Null);
    }
    object.insert(QStringLiteral("connection"), connectionToJson(exchange));
    if (exchange.tls.used)
        object.insert(QStringLiteral("tls"), tlsToJson(exchange.tls));
    // Only what the probe spoke: a recorded exchange says its version in response.httpVersion.
    if (!exchange.protocol.isEmpty())
        object.insert(QStringLiteral("protocol"), exchange.protocol);
    if (!exchange.frames.isEmpty()) {
        object.insert(QStringLiteral("frames"), framesToJson(exchange.frames));
        object.insert(QStringLiteral("framesDropped"), exchange.framesDropped);
    }
    return object;
}

QJsonObject requestToWorkspaceJson(const RequestSpec &request)
{
    QJsonObject object {
        { QStringLiteral("name"), request.name },
        { QStringLiteral("method"), bytesToJson(request.method, Bytes::Lossless) },
        { QStringLiteral("url"), request.url.toString(QUrl::FullyEncoded) },
        { QStringLiteral("headers"), headersToJson(request.headers, true, Bytes::Lossless) },
        { QStringLiteral("body"), QString::fromLatin1(request.body.toBase64()) },
        { QStringLiteral("options"), optionsToJson(request.options) },
    };
    if (!request.typedUrl.isEmpty())
        object.insert(QStringLiteral("typedUrl"), request.typedUrl);
    return object;
}

Result<RequestSpec> requestFromWorkspaceJson(const QJsonObject &object)
{
    RequestSpec request;
    request.name = object.value(QStringLiteral("name")).toString();
    request.method = object.contains(QStringLiteral("method")) ? bytesFromJson(object.value(QStringLiteral("method")))
                                                               : QByteArray("GET");
    request.url = QUrl(object.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    request.typedUrl = object.value(QStringLiteral("typedUrl")).toString();
    auto headers = headersFromJson(object.value(QStringLiteral("headers")), QStringLiteral("request.headers"));
    if (!headers)
        return Error { headers.error() };
    request.headers = headers.value();
    request.body = QByteArray::fromBase64(object.value(QStringLiteral("body")).toString().toLatin1());
    request.options = optionsFromJson(object.value(QStringLiteral("options")).toObject());
    return request;
}

QJsonObject toWorkspaceJson(const Exchange &exchange)
{
    QJsonObject object = toJson(exchange);
    object.insert(QStringLiteral("request"), requestToWorkspaceJson(exchange.request));
    if (exchange.response) {
        QJsonObject response = object.value(QStringLiteral("response")).toObject();
        const ResponseData &r = *exchange.response;
        response.remove(QStringLiteral("bodySnippet"));
        QJsonArray interim;
        for (const InterimResponse &i : r.interim)
            interim.append(
                QJsonObject { { QStringLiteral("status"), i.status },
                              { QStringLiteral("reason"), bytesToJson(i.reason, Bytes::Lossless) },
                              { QStringLiteral("headers"), headersToJson(i.headers, false, Bytes::Lossless) } });
        response.insert(QStringLiteral("interim"), interim);
        response.insert(QStringLiteral("reason"), bytesToJson(r.reason, Bytes::Lossless));
        response.insert(QStringLiteral("httpVersion"), bytesToJson(r.httpVersion, Bytes::Lossless));
        response.insert(QStringLiteral("headers"), headersToJson(r.headers, false, Bytes::Lossless));
        response.insert(QStringLiteral("body"), QString::fromLatin1(r.body.toBase64()));
        response.insert(QStringLiteral("headerSize"), double(r.headerSize));
        response.insert(QStringLiteral("contentEncoding"), r.contentEncoding);
        object.insert(QStringLiteral("response"), response);
    }
    object.insert(QStringLiteral("tls"), tlsToJson(exchange.tls));
    object.insert(QStringLiteral("raw"), QString::fromLatin1(exchange.rawResponse.toBase64()));
    object.insert(QStringLiteral("pageRef"), exchange.pageRef);
    object.insert(QStringLiteral("comment"), exchange.comment);
    if (exchange.handTrimmed)
        object.insert(QStringLiteral("handTrimmed"), true);
    if (!exchange.quotedLogLines.isEmpty()) {
        QJsonArray quoted;
        for (const QuotedLogLine &line : exchange.quotedLogLines)
            quoted.append(QJsonObject { { QStringLiteral("source"), line.source },
                                        { QStringLiteral("line"), double(line.line) },
                                        { QStringLiteral("text"), line.text } });
        object.insert(QStringLiteral("quotedLogLines"), quoted);
    }
    if (!exchange.quotedLinesProduct.isEmpty())
        object.insert(QStringLiteral("quotedLinesProduct"), exchange.quotedLinesProduct);
    return object;
}

Result<Exchange> fromWorkspaceJson(const QJsonObject &object)
{
    Exchange exchange;
    exchange.index = object.value(QStringLiteral("index")).toInt();
    exchange.source = object.value(QStringLiteral("source")).toString() == u"recorded" ? Exchange::Source::Recorded
                                                                                       : Exchange::Source::Replayed;
    auto request = requestFromWorkspaceJson(object.value(QStringLiteral("request")).toObject());
    if (!request)
        return Error { request.error() };
    exchange.request = request.value();

    const QJsonObject transport = object.value(QStringLiteral("transport")).toObject();
    const auto outcome = outcomeFromId(transport.value(QStringLiteral("outcome")).toString());
    if (!outcome)
        return Error { QStringLiteral("transport.outcome: unknown outcome '%1'")
                           .arg(transport.value(QStringLiteral("outcome")).toString()) };
    exchange.transport.outcome = *outcome;
    exchange.transport.phase = phaseFromId(transport.value(QStringLiteral("phase")).toString());
    exchange.transport.detail = transport.value(QStringLiteral("detail")).toString();
    exchange.transport.bytesReceived = qint64(transport.value(QStringLiteral("bytesReceived")).toDouble());
    exchange.http2.failure = transport.value(QStringLiteral("http2Failure")).toString();
    exchange.http2.errorCode = transport.value(QStringLiteral("http2ErrorCode")).toString();
    exchange.protocol = object.value(QStringLiteral("protocol")).toString();
    exchange.frames = framesFromJson(object.value(QStringLiteral("frames")).toArray());
    exchange.framesDropped = object.value(QStringLiteral("framesDropped")).toInt();

    for (const QJsonValue &value : object.value(QStringLiteral("anomalies")).toArray()) {
        const QJsonObject a = value.toObject();
        exchange.anomalies.append({ a.value(QStringLiteral("kind")).toString(),
                                    qint64(a.value(QStringLiteral("offset")).toDouble(-1)),
                                    a.value(QStringLiteral("detail")).toString() });
    }
    exchange.timings = timingsFromJson(object.value(QStringLiteral("timings")).toObject());
    exchange.startedAt = QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);

    const QJsonValue responseValue = object.value(QStringLiteral("response"));
    if (responseValue.isObject()) {
        const QJsonObject o = responseValue.toObject();
        ResponseData r;
        r.status = o.value(QStringLiteral("status")).toInt();
        r.reason = bytesFromJson(o.value(QStringLiteral("reason")));
        r.httpVersion = bytesFromJson(o.value(QStringLiteral("httpVersion")));
        auto headers = headersFromJson(o.value(QStringLiteral("headers")), QStringLiteral("response.headers"));
        if (!headers)
            return Error { headers.error() };
        r.headers = headers.value();
        for (const QJsonValue &value : o.value(QStringLiteral("interim")).toArray()) {
            const QJsonObject i = value.toObject();
            auto interimHeaders
                = headersFromJson(i.value(QStringLiteral("headers")), QStringLiteral("response.interim.headers"));
            r.interim.append({ i.value(QStringLiteral("status")).toInt(),
                               bytesFromJson(i.value(QStringLiteral("reason"))),
                               interimHeaders ? interimHeaders.value() : HeaderList {} });
        }
        r.body = QByteArray::fromBase64(o.value(QStringLiteral("body")).toString().toLatin1());
        r.bodySize = qint64(o.value(QStringLiteral("bodySize")).toDouble());
        r.bodyWireSize = qint64(o.value(QStringLiteral("bodyWireSize")).toDouble());
        r.headerSize = qint64(o.value(QStringLiteral("headerSize")).toDouble());
        r.bodyTruncated = o.value(QStringLiteral("bodyTruncated")).toBool();
        r.contentEncoding = o.value(QStringLiteral("contentEncoding")).toString();
        exchange.response = r;
    }

    const QJsonObject connection = object.value(QStringLiteral("connection")).toObject();
    exchange.resolvedAddresses = connection.value(QStringLiteral("resolvedAddresses")).toVariant().toStringList();
    for (const QJsonValue &value : connection.value(QStringLiteral("attempts")).toArray()) {
        const QJsonObject a = value.toObject();
        exchange.attempts.append(
            { a.value(QStringLiteral("address")).toString(), a.value(QStringLiteral("port")).toInt(),
              a.value(QStringLiteral("succeeded")).toBool(), a.value(QStringLiteral("error")).toString(),
              a.value(QStringLiteral("durationMs")).toDouble(-1) });
    }
    exchange.remoteAddress = connection.value(QStringLiteral("remoteAddress")).toString();
    exchange.remotePort = connection.value(QStringLiteral("remotePort")).toInt();
    exchange.proxy = connection.value(QStringLiteral("proxy")).toString();
    exchange.redirectHop = connection.value(QStringLiteral("redirectHop")).toInt();

    const QJsonObject tls = object.value(QStringLiteral("tls")).toObject();
    exchange.tls.used = tls.value(QStringLiteral("used")).toBool();
    exchange.tls.verificationSkipped = tls.value(QStringLiteral("verificationSkipped")).toBool();
    exchange.tls.protocol = tls.value(QStringLiteral("protocol")).toString();
    exchange.tls.cipher = tls.value(QStringLiteral("cipher")).toString();
    exchange.tls.sniHost = tls.value(QStringLiteral("sniHost")).toString();
    exchange.tls.errorText = tls.value(QStringLiteral("error")).toString();
    exchange.tls.verificationErrors = tls.value(QStringLiteral("verificationErrors")).toVariant().toStringList();
    exchange.tls.peerCertificate = tls.value(QStringLiteral("peerCertificate")).toString();

    exchange.rawResponse = QByteArray::fromBase64(object.value(QStringLiteral("raw")).toString().toLatin1());
    exchange.pageRef = object.value(QStringLiteral("pageRef")).toString();
    exchange.comment = object.value(QStringLiteral("comment")).toString();
    exchange.handTrimmed = object.value(QStringLiteral("handTrimmed")).toBool();
    for (const QJsonValue &value : object.value(QStringLiteral("quotedLogLines")).toArray()) {
        const QJsonObject line = value.toObject();
        exchange.quotedLogLines.append({ line.value(QStringLiteral("source")).toString(),
                                         qint64(line.value(QStringLiteral("line")).toDouble()),
                                         line.value(QStringLiteral("text")).toString() });
    }
    exchange.quotedLinesProduct = object.value(QStringLiteral("quotedLinesProduct")).toString();
    return exchange;
}

// --- written straight as text: the same members as toJson(), in key order -------------------

namespace {

using Writer = IndentedJsonWriter;
using namespace Qt::StringLiterals;

void writeMs(Writer &w, double ms)
{
    // As number(): milliseconds with microsecond resolution; -1 stays -1.
    if (ms < 0)
        w.value(-1);
    else
        w.value(std::round(ms * 1000.0) / 1000.0);
}

void writeHeaders(Writer &w, const HeaderList &headers)
{
    w.beginArray();
    for (const HeaderField &field : headers) {
        if (!field.enabled)
            continue;
        w.beginArray();
        w.utf8Value(field.name);
        w.utf8Value(field.value);
        w.endArray();
    }
    w.endArray();
}

void writeRequest(Writer &w, const RequestSpec &request)
{
    w.beginObject();
    if (!request.body.isEmpty()) {
        w.member("bodySize"_L1, double(request.body.size()));
        w.member("bodySnippet"_L1, bodySnippet(request.body));
    }
    w.key("headers"_L1);
    writeHeaders(w, request.headers);
    w.utf8Member("method"_L1, request.method);
    w.member("url"_L1, request.url.toString(QUrl::FullyEncoded));
    w.endObject();
}

void writeTransport(Writer &w, const Transport &transport, const Http2Ending &http2)
{
    w.beginObject();
    w.member("bytesReceived"_L1, double(transport.bytesReceived));
    w.member("detail"_L1, transport.detail);
    if (!http2.failure.isEmpty()) {
        w.member("http2ErrorCode"_L1, http2.errorCode);
        w.member("http2Failure"_L1, http2.failure);
    }
    w.member("outcome"_L1, outcomeId(transport.outcome));
    w.key("phase"_L1);
    if (transport.phase == Phase::None)
        w.null();
    else
        w.value(phaseId(transport.phase));
    w.endObject();
}

void writeAnomalies(Writer &w, const QList<WireAnomaly> &anomalies)
{
    w.beginArray();
    for (const WireAnomaly &anomaly : anomalies) {
        w.beginObject();
        w.member("detail"_L1, anomaly.detail);
        w.member("kind"_L1, anomaly.kind);
        w.member("offset"_L1, double(anomaly.offset));
        w.endObject();
    }
    w.endArray();
}

void writeTimings(Writer &w, const Timings &t)
{
    w.beginObject();
    const std::pair<QLatin1StringView, double> phases[] = {
        { "blocked"_L1, t.blocked },   { "connect"_L1, t.connect }, { "dns"_L1, t.dns },
        { "download"_L1, t.download }, { "send"_L1, t.send },       { "tls"_L1, t.tls },
        { "total"_L1, t.total },       { "wait"_L1, t.wait },
    };
    for (const auto &[name, ms] : phases) {
        w.key(name);
        writeMs(w, ms);
    }
    w.endObject();
}

void writeResponse(Writer &w, const std::optional<ResponseData> &response)
{
    if (!response) {
        w.null();
        return;
    }
    const ResponseData &r = *response;
    w.beginObject();
    w.member("bodySize"_L1, double(r.bodySize));
    w.member("bodySnippet"_L1, bodySnippet(r.body));
    w.member("bodyTruncated"_L1, r.bodyTruncated);
    w.member("bodyWireSize"_L1, double(r.bodyWireSize));
    w.utf8Member("contentType"_L1, r.contentType());
    w.key("headers"_L1);
    writeHeaders(w, r.headers);
    w.utf8Member("httpVersion"_L1, r.httpVersion);
    w.key("interim"_L1);
    w.beginArray();
    for (const InterimResponse &i : r.interim) {
        w.beginObject();
        w.key("headers"_L1);
        writeHeaders(w, i.headers);
        w.utf8Member("reason"_L1, i.reason);
        w.member("status"_L1, i.status);
        w.endObject();
    }
    w.endArray();
    w.utf8Member("reason"_L1, r.reason);
    w.member("status"_L1, r.status);
    w.endObject();
}

void writeConnection(Writer &w, const Exchange &exchange)
{
    w.beginObject();
    w.key("attempts"_L1);
    w.beginArray();
    for (const ConnectAttempt &attempt : exchange.attempts) {
        w.beginObject();
        w.member("address"_L1, attempt.address);
        w.key("durationMs"_L1);
        writeMs(w, attempt.durationMs);
        w.member("error"_L1, attempt.error);
        w.member("port"_L1, attempt.port);
        w.member("succeeded"_L1, attempt.succeeded);
        w.endObject();
    }
    w.endArray();
    w.member("proxy"_L1, exchange.proxy);
    w.member("redirectHop"_L1, exchange.redirectHop);
    w.member("remoteAddress"_L1, exchange.remoteAddress);
    w.member("remotePort"_L1, exchange.remotePort);
    w.member("resolvedAddresses"_L1, exchange.resolvedAddresses);
    w.endObject();
}

void writeTls(Writer &w, const TlsInfo &tls)
{
    w.beginObject();
    w.member("cipher"_L1, tls.cipher);
    w.member("error"_L1, tls.errorText);
    w.member("peerCertificate"_L1, tls.peerCertificate);
    w.member("protocol"_L1, tls.protocol);
    w.member("sniHost"_L1, tls.sniHost);
    w.member("used"_L1, tls.used);
    w.member("verificationErrors"_L1, tls.verificationErrors);
    w.member("verificationSkipped"_L1, tls.verificationSkipped);
    w.endObject();
}

void writeFrames(Writer &w, const QList<Http2Frame> &frames)
{
    w.beginArray();
    for (const Http2Frame &frame : frames) {
        w.beginObject();
        w.key("atMs"_L1);
        writeMs(w, frame.atMs);
        if (!frame.detail.isEmpty())
            w.member("detail"_L1, frame.detail);
        w.member("direction"_L1, frame.received ? u"in"_s : u"out"_s);
        if (!frame.errorCode.isEmpty())
            w.member("errorCode"_L1, frame.errorCode);
        w.member("flags"_L1, frame.flags);
        if (frame.lastStreamId >= 0)
            w.member("lastStreamId"_L1, frame.lastStreamId);
        w.member("length"_L1, double(frame.length));
        w.member("streamId"_L1, frame.streamId);
        w.member("type"_L1, frame.type);
        if (frame.windowIncrement >= 0)
            w.member("windowIncrement"_L1, double(frame.windowIncrement));
        w.endObject();
    }
    w.endArray();
}

} // namespace

QList<IndentedJsonWriter::Member> jsonMembers(const Exchange &exchange)
{
    const Exchange *e = &exchange;
    QList<IndentedJsonWriter::Member> members {
        { "index"_L1, [e](Writer &w) { w.value(e->index); } },
        { "source"_L1,
          [e](Writer &w) {
              w.value(e->source == Exchange::Source::Recorded ? QStringLiteral("recorded")
                                                              : QStringLiteral("replayed"));
          } },
        { "request"_L1, [e](Writer &w) { writeRequest(w, e->request); } },
        { "transport"_L1, [e](Writer &w) { writeTransport(w, e->transport, e->http2); } },
        { "anomalies"_L1, [e](Writer &w) { writeAnomalies(w, e->anomalies); } },
        { "timings"_L1, [e](Writer &w) { writeTimings(w, e->timings); } },
        { "response"_L1, [e](Writer &w) { writeResponse(w, e->response); } },
        { "connection"_L1, [e](Writer &w) { writeConnection(w, *e); } },
    };
    if (exchange.startedAt.isValid())
        members.append(
            { "startedAt"_L1, [e](Writer &w) { w.value(e->startedAt.toUTC().toString(Qt::ISODateWithMs)); } });
    if (exchange.tls.used)
        members.append({ "tls"_L1, [e](Writer &w) { writeTls(w, e->tls); } });
    if (!exchange.protocol.isEmpty())
        members.append({ "protocol"_L1, [e](Writer &w) { w.value(e->protocol); } });
    if (!exchange.frames.isEmpty()) {
        members.append({ "frames"_L1, [e](Writer &w) { writeFrames(w, e->frames); } });
        members.append({ "framesDropped"_L1, [e](Writer &w) { w.value(e->framesDropped); } });
    }
    return members;
}

} // namespace Gatescope::ExchangeJson
