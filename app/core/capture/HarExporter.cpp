#include "capture/HarExporter.h"

#include "model/ExchangeJson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

namespace Gatescope {

namespace {

using namespace Qt::StringLiterals;

QJsonValue milliseconds(double value)
{
    if (value < 0)
        return -1;
    return std::round(value * 1000.0) / 1000.0;
}

QJsonArray headersToHar(const HeaderList &headers)
{
    QJsonArray array;
    for (const HeaderField &field : headers) {
        if (!field.enabled)
            continue;
        array.append(QJsonObject { { u"name"_s, QString::fromUtf8(field.name) },
                                   { u"value"_s, QString::fromUtf8(field.value) } });
    }
    return array;
}

QJsonArray requestCookies(const HeaderList &headers)
{
    QJsonArray cookies;
    for (const QByteArray &value : headerValues(headers, "cookie")) {
        for (const QByteArray &pair : value.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype equals = trimmed.indexOf('=');
            if (equals <= 0)
                continue;
            cookies.append(QJsonObject { { u"name"_s, QString::fromUtf8(trimmed.first(equals)) },
                                         { u"value"_s, QString::fromUtf8(trimmed.sliced(equals + 1)) } });
        }
    }
    return cookies;
}

QJsonArray responseCookies(const HeaderList &headers)
{
    QJsonArray cookies;
    for (const QByteArray &value : headerValues(headers, "set-cookie")) {
        const QByteArray first = value.split(';').first().trimmed();
        const qsizetype equals = first.indexOf('=');
        if (equals <= 0)
            continue;
        cookies.append(QJsonObject { { u"name"_s, QString::fromUtf8(first.first(equals)) },
                                     { u"value"_s, QString::fromUtf8(first.sliced(equals + 1)) } });
    }
    return cookies;
}

bool isUtf8Text(const QByteArray &bytes)
{
    if (ExchangeJson::looksBinary(bytes))
        return false;
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

// Text when the bytes are UTF-8 text, else base64 with "encoding": "base64".
void putBody(QJsonObject &object, const QByteArray &body)
{
    if (isUtf8Text(body)) {
        object.insert(u"text"_s, QString::fromUtf8(body));
    } else {
        object.insert(u"text"_s, QString::fromLatin1(body.toBase64()));
        object.insert(u"encoding"_s, u"base64"_s);
    }
}

QJsonObject requestToHar(const RequestSpec &request)
{
    QJsonArray queryString;
    const QUrlQuery query(request.url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        queryString.append(QJsonObject { { u"name"_s, item.first }, { u"value"_s, item.second } });
    QJsonObject object {
        { u"method"_s, QString::fromUtf8(request.method.isEmpty() ? QByteArray("GET") : request.method) },
        // A response pasted alone has no request URL; HAR requires a URI.
        { u"url"_s, request.url.isEmpty() ? u"about:blank"_s : request.url.toString(QUrl::FullyEncoded) },
        { u"httpVersion"_s, u"HTTP/1.1"_s },
        { u"cookies"_s, requestCookies(request.headers) },
        { u"headers"_s, headersToHar(request.headers) },
        { u"queryString"_s, queryString },
        { u"headersSize"_s, -1 },
        { u"bodySize"_s, double(request.body.size()) },
    };
    if (!request.body.isEmpty()) {
        QJsonObject postData { { u"mimeType"_s, QString::fromUtf8(headerValue(request.headers, "content-type")) } };
        putBody(postData, request.body);
        object.insert(u"postData"_s, postData);
    }
    if (!request.name.isEmpty())
        object.insert(u"comment"_s, request.name);
    else if (request.url.isEmpty())
        object.insert(u"comment"_s, HarExporter::tr("the request was not captured"));
    return object;
}

QJsonObject emptyResponse()
{
    return QJsonObject {
        { u"status"_s, 0 },
        { u"statusText"_s, QString() },
        { u"httpVersion"_s, QString() },
        { u"cookies"_s, QJsonArray() },
        { u"headers"_s, QJsonArray() },
        { u"content"_s, QJsonObject { { u"size"_s, 0 }, { u"mimeType"_s, u"x-unknown"_s } } },
        { u"redirectURL"_s, QString() },
        { u"headersSize"_s, -1 },
        { u"bodySize"_s, -1 },
    };
}

QString isoTime(const QDateTime &time)
{
    return (time.isValid() ? time : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)).toUTC().toString(Qt::ISODateWithMs);
}

bool looksLikeBrowserErrorName(const QString &text)
{
    return text.startsWith(u"net::ERR_") || text.startsWith(u"NS_") || text.startsWith(u"SEC_ERROR_")
        || text.startsWith(u"SSL_ERROR_");
}

} // namespace

QString HarExporter::chromeErrorName(const Transport &transport, const Http2Ending &http2)
{
    // Chromium's net/spdy/spdy_stream.cc and net_error_list.h: RST_STREAM REFUSED_STREAM,
    // HTTP_1_1_REQUIRED and NO_ERROR have names of their own, any other code (and a header block
    // the server refused) is ERR_HTTP2_PROTOCOL_ERROR.
    if (transport.outcome != Outcome::Ok
        && (http2.failure == Http2Failure::StreamReset || http2.failure == Http2Failure::HeaderRefused)) {
        if (http2.errorCode == http2ErrorName(7))
            return u"net::ERR_HTTP2_SERVER_REFUSED_STREAM"_s;
        if (http2.errorCode == http2ErrorName(13))
            return u"net::ERR_HTTP_1_1_REQUIRED"_s;
        if (http2.errorCode == http2ErrorName(0) && http2.failure == Http2Failure::StreamReset)
            return u"net::ERR_HTTP2_RST_STREAM_NO_ERROR_RECEIVED"_s;
        return u"net::ERR_HTTP2_PROTOCOL_ERROR"_s;
    }
    switch (transport.outcome) {
    case Outcome::Ok:
        return {};
    case Outcome::Refused:
        return u"net::ERR_CONNECTION_REFUSED"_s;
    case Outcome::Timeout:
        return transport.phase == Phase::Connect ? u"net::ERR_CONNECTION_TIMED_OUT"_s : u"net::ERR_TIMED_OUT"_s;
    case Outcome::ClosedEarly:
        return transport.phase == Phase::Download ? u"net::ERR_CONTENT_LENGTH_MISMATCH"_s
                                                  : u"net::ERR_EMPTY_RESPONSE"_s;
    case Outcome::Reset:
        return u"net::ERR_CONNECTION_RESET"_s;
    case Outcome::InvalidResponse:
        return u"net::ERR_INVALID_HTTP_RESPONSE"_s;
    case Outcome::TlsFailure:
        return u"net::ERR_SSL_PROTOCOL_ERROR"_s;
    case Outcome::DnsFailure:
        return u"net::ERR_NAME_NOT_RESOLVED"_s;
    case Outcome::Cancelled:
        return u"net::ERR_ABORTED"_s; // Chrome's name for a request the client stopped
    }
    return {};
}

QJsonObject HarExporter::entryForExchange(const Exchange &exchange)
{
    const Timings &t = exchange.timings;
    double total = t.total;
    if (total < 0) {
        total = 0;
        for (double value : { t.blocked, t.dns, t.connect, t.tls, t.send, t.wait, t.download })
            total += std::max(0.0, value);
    }
    double harConnect = -1;
    if (t.connect >= 0)
        harConnect = t.connect + std::max(0.0, t.tls);
    else if (t.tls >= 0)
        harConnect = t.tls;
    QJsonObject timings {
        { u"blocked"_s, milliseconds(t.blocked) },  { u"dns"_s, milliseconds(t.dns) },
        { u"connect"_s, milliseconds(harConnect) }, { u"ssl"_s, milliseconds(t.tls) },
        { u"send"_s, milliseconds(t.send) },        { u"wait"_s, milliseconds(t.wait) },
        { u"receive"_s, milliseconds(t.download) },
    };

    QJsonObject response;
    QString error;
    if (exchange.response) {
        const ResponseData &r = *exchange.response;
        QJsonObject content {
            { u"size"_s, double(r.bodySize) },
            { u"mimeType"_s, QString::fromUtf8(headerValue(r.headers, "content-type")) },
        };
        if (!r.body.isEmpty() || r.bodySize == 0)
            putBody(content, r.body);
        if (r.bodyWireSize >= 0 && r.bodySize >= r.bodyWireSize)
            content.insert(u"compression"_s, double(r.bodySize - r.bodyWireSize));
        response = QJsonObject {
            { u"status"_s, r.status },
            { u"statusText"_s, QString::fromUtf8(r.reason) },
            { u"httpVersion"_s, QString::fromUtf8(r.httpVersion) },
            { u"cookies"_s, responseCookies(r.headers) },
            { u"headers"_s, headersToHar(r.headers) },
            { u"content"_s, content },
            { u"redirectURL"_s, QString::fromUtf8(headerValue(r.headers, "location")) },
            { u"headersSize"_s, r.headerSize > 0 ? double(r.headerSize) : -1.0 },
            { u"bodySize"_s, double(r.bodyWireSize) },
        };
        if (exchange.transport.outcome != Outcome::Ok)
            error = looksLikeBrowserErrorName(exchange.comment) ? exchange.comment
                                                                : chromeErrorName(exchange.transport, exchange.http2);
    } else {
        response = emptyResponse();
        error = looksLikeBrowserErrorName(exchange.comment) ? exchange.comment
                                                            : chromeErrorName(exchange.transport, exchange.http2);
    }
    if (!error.isEmpty())
        response.insert(u"_error"_s, error);

    QJsonObject entry {
        { u"startedDateTime"_s, isoTime(exchange.startedAt) },
        { u"time"_s, milliseconds(total) },
        { u"request"_s, requestToHar(exchange.request) },
        { u"response"_s, response },
        { u"cache"_s, QJsonObject() },
        { u"timings"_s, timings },
        { u"_gatescopeSource"_s, exchange.source == Exchange::Source::Recorded ? u"recorded"_s : u"replayed"_s },
        { u"_gatescopeOutcome"_s, outcomeId(exchange.transport.outcome) },
    };
    if (exchange.transport.outcome != Outcome::Ok)
        entry.insert(u"_gatescopePhase"_s, phaseId(exchange.transport.phase));
    if (!exchange.transport.detail.isEmpty())
        entry.insert(u"_gatescopeDetail"_s, exchange.transport.detail);
    if (exchange.redirectHop > 0)
        entry.insert(u"_gatescopeRedirectHop"_s, exchange.redirectHop);
    if (!exchange.pageRef.isEmpty())
        entry.insert(u"pageref"_s, exchange.pageRef);
    if (!exchange.remoteAddress.isEmpty())
        entry.insert(u"serverIPAddress"_s, exchange.remoteAddress);
    if (!exchange.comment.isEmpty() && !looksLikeBrowserErrorName(exchange.comment))
        entry.insert(u"comment"_s, exchange.comment);
    return entry;
}

QJsonObject HarExporter::entryForUnsentRequest(const RequestSpec &request, const QDateTime &startedAt)
{
    return QJsonObject {
        { u"startedDateTime"_s, isoTime(startedAt) },
        { u"time"_s, 0 },
        { u"request"_s, requestToHar(request) },
        { u"response"_s, emptyResponse() },
        { u"cache"_s, QJsonObject() },
        { u"timings"_s, QJsonObject { { u"send"_s, -1 }, { u"wait"_s, -1 }, { u"receive"_s, -1 } } },
        { u"comment"_s, tr("not sent yet") },
        { u"_gatescopeSource"_s, u"request"_s },
    };
}

namespace {

// The entries of a HAR in order, each built only when asked for, and the pages they name.
class HarEntries
{
public:
    explicit HarEntries(const Capture &capture)
        : m_capture(capture)
    { }

    qsizetype size() const
    {
        return m_capture.exchanges.isEmpty() ? m_capture.requests.size() : m_capture.exchanges.size();
    }

    QJsonObject entry(qsizetype i)
    {
        if (m_capture.exchanges.isEmpty())
            return HarExporter::entryForUnsentRequest(m_capture.requests.at(i), m_now);
        const Exchange &exchange = m_capture.exchanges.at(i);
        if (!exchange.pageRef.isEmpty() && !m_pageIds.contains(exchange.pageRef)) {
            m_pageIds.insert(exchange.pageRef);
            m_pages.append(
                QJsonObject { { u"startedDateTime"_s, isoTime(exchange.startedAt) },
                              { u"id"_s, exchange.pageRef },
                              { u"title"_s, exchange.pageRef },
                              { u"pageTimings"_s, QJsonObject { { u"onContentLoad"_s, -1 }, { u"onLoad"_s, -1 } } } });
        }
        return HarExporter::entryForExchange(exchange);
    }

    const QJsonArray &pages() const { return m_pages; } // complete once every entry was built

private:
    const Capture &m_capture;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();
    QJsonArray m_pages;
    QSet<QString> m_pageIds;
};

QJsonObject creator()
{
    return QJsonObject { { u"name"_s, u"Gatescope"_s }, { u"version"_s, QStringLiteral(GATESCOPE_VERSION) } };
}

QString logCommentFor(const Capture &capture, const QString &logComment)
{
    QStringList comments;
    if (!capture.name.isEmpty())
        comments.append(HarExporter::tr("converted from %1").arg(capture.name));
    if (!logComment.isEmpty())
        comments.append(logComment);
    return comments.join(u'\n');
}

// A JSON value as its Indented text, every line after the first moved right by `indent` spaces
// (Indented JSON never breaks a line inside a string, so every newline is between tokens).
QByteArray indentedJson(const QJsonValue &value, int indent)
{
    QByteArray text = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                       : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    text.chop(1); // the trailing newline
    const QByteArray newline = QByteArray("\n").append(QByteArray(indent, ' '));
    return text.replace("\n", newline);
}

QByteArray jsonString(const QString &text)
{
    // A one-element array's Compact form is ["…"]: the string, escaped as JSON wants it.
    const QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QJsonObject HarExporter::toHarObject(const Capture &capture, const QString &logComment)
{
    HarEntries source(capture);
    QJsonArray entries;
    for (qsizetype i = 0; i < source.size(); ++i)
        entries.append(source.entry(i));
    QJsonObject log {
        { u"version"_s, u"1.2"_s },
        { u"creator"_s, creator() },
        { u"pages"_s, source.pages() },
        { u"entries"_s, entries },
    };
    if (const QString comment = logCommentFor(capture, logComment); !comment.isEmpty())
        log.insert(u"comment"_s, comment);
    return QJsonObject { { u"log"_s, log } };
}

bool HarExporter::writeHar(QIODevice *device, const Capture &capture, const QString &logComment)
{
    // log.entries is written as each entry is built, so no copy of the whole document is held;
    // pages (known once every entry was seen) and the comment follow it — member order is free in JSON.
    bool ok = device->write("{\n    \"log\": {\n        \"version\": \"1.2\",\n        \"creator\": ") >= 0
        && device->write(indentedJson(creator(), 8)) >= 0 && device->write(",\n        \"entries\": [") >= 0;
    HarEntries source(capture);
    for (qsizetype i = 0; ok && i < source.size(); ++i) {
        ok = device->write(i ? ",\n            " : "\n            ") >= 0
            && device->write(indentedJson(source.entry(i), 12)) >= 0;
    }
    if (!ok)
        return false;
    ok = device->write(source.size() ? "\n        ],\n        \"pages\": " : "],\n        \"pages\": ") >= 0
        && device->write(source.pages().isEmpty() ? QByteArray("[]") : indentedJson(source.pages(), 8)) >= 0;
    if (const QString comment = logCommentFor(capture, logComment); ok && !comment.isEmpty())
        ok = device->write(",\n        \"comment\": " + jsonString(comment)) >= 0;
    return ok && device->write("\n    }\n}\n") >= 0;
}

QByteArray HarExporter::toHar(const Capture &capture, const QString &logComment)
{
    QByteArray har;
    QBuffer buffer(&har);
    buffer.open(QIODevice::WriteOnly);
    writeHar(&buffer, capture, logComment);
    return har;
}

} // namespace Gatescope
