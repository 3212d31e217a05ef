#pragma once

// Round-trip properties for the importer fuzz targets: what an importer read, written out by the
// matching exporter and read again, must come back the same. "The same" is field by field over
// what the format can carry; firstDifference() names the first field that differs, so a finding
// says what was lost. What a format cannot carry is left out, each with its reason:
//
//  - a request through curl or .http: the method, URL, headers (enabled ones — a disabled
//    builder row is not sent, so no exporter writes it — and through curl not Content-Length,
//    which curl computes from the body it sends), the body; curl also carries the
//    options it has flags for (-k, -L/--max-redirs, -x/--noproxy, --resolve/--connect-to,
//    --connect-timeout, -m, --http1.1/--http2/--http2-prior-knowledge). Not the name (curl has none), nor typedUrl
//    (only a URL that did not parse has one, and no exporter writes an unparsable URL).
//  - a request through HAR: method, URL, headers and body. Not the options: HAR records what was
//    sent, not how to send it.
//  - an exchange through HAR: the request as above; the response's status, reason, HTTP version,
//    headers, body and its sizes; the transport outcome (as Chrome's _error name), the timings,
//    the start time (HAR's ISO dates keep milliseconds), the remote address, page and comment.
//    Two values change on the way, as the format demands: an unknown total time comes back as a
//    known one (HAR's entry "time" is required and never negative: the exporter writes the sum of
//    the phases); a response pasted alone has no request, and HAR's required request.method and
//    url come back as GET and about:blank, an unknown start time as the epoch (startedDateTime
//    is required too); an exchange that failed without a comment comes back
//    with Chrome's error name (net::ERR_…) as its comment, which is where HarImporter puts the
//    "_error" of a HAR.
//    HAR is JSON, so header names and values, the reason and the version are compared as UTF-8
//    text (bytes that are not UTF-8 come back as U+FFFD), and a URL's fragment by its decoded
//    text (the .http exporter may percent-encode a '#' inside it).
//    Not the wire anomalies, interim responses, connect attempts, TLS details, resolved
//    addresses, raw bytes or redirect hop: HAR 1.2 has no place for them, and the exporter's
//    "_"-prefixed extensions are read back only where listed above.
#include "FuzzTarget.h"
#include "capture/CaptureImporter.h"
#include "capture/HarExporter.h"

#include <QDebug>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Gatescope::Fuzz {

enum class Carried { CurlOptions, NoOptions };

inline QString differs(const char *field)
{
    return QString::fromLatin1(field);
}

template<typename T> QString differs(const char *field, const T &before, const T &after)
{
    QString text;
    QDebug(&text).nospace() << field << ": " << before << " became " << after;
    return text;
}

inline QList<QByteArray> headerLines(const HeaderList &headers)
{
    QList<QByteArray> lines;
    for (const HeaderField &header : headers)
        lines.append(header.name + ": " + header.value);
    return lines;
}

// The URL as it is sent, and its fragment as text: an exporter may percent-encode a fragment
// character the importer had left as it was ("##" comes back as "#%23"); both mean the same.
inline bool sameUrl(const QUrl &a, const QUrl &b)
{
    return a.adjusted(QUrl::RemoveFragment).toEncoded() == b.adjusted(QUrl::RemoveFragment).toEncoded()
        && a.fragment(QUrl::FullyDecoded) == b.fragment(QUrl::FullyDecoded) && a.hasFragment() == b.hasFragment();
}

// HAR is JSON: header names and values, the reason and the version are text, so bytes that are
// not UTF-8 come back as U+FFFD.
inline QByteArray asText(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8();
}

inline HeaderList asText(HeaderList headers)
{
    for (HeaderField &header : headers) {
        header.name = asText(header.name);
        header.value = asText(header.value);
    }
    return headers;
}

inline QList<double> timingList(const Timings &t)
{
    return { t.blocked, t.dns, t.connect, t.tls, t.send, t.wait, t.download, t.total };
}

inline HeaderList enabledHeaders(const HeaderList &headers, bool withContentLength = true)
{
    HeaderList out;
    for (const HeaderField &header : headers) {
        if (header.enabled && (withContentLength || header.name.compare("content-length", Qt::CaseInsensitive) != 0))
            out.append(header);
    }
    return out;
}

inline QString firstDifference(const RequestSpec &a, const RequestSpec &b, Carried carried)
{
    // A response pasted alone comes with no request method; formats that need one write GET.
    if (a.method != b.method && !(a.method.isEmpty() && b.method == "GET"))
        return differs("request.method", a.method, b.method);
    if (!sameUrl(a.url, b.url) && !(a.url.isEmpty() && b.url == QUrl(QStringLiteral("about:blank"))))
        return differs("request.url", a.url, b.url);
    const bool curl = carried == Carried::CurlOptions;
    if (enabledHeaders(a.headers, !curl) != enabledHeaders(b.headers, !curl))
        return differs("request.headers", headerLines(enabledHeaders(a.headers, !curl)),
                       headerLines(enabledHeaders(b.headers, !curl)));
    if (a.body != b.body)
        return differs("request.body", a.body, b.body);
    if (carried == Carried::CurlOptions) {
        const ProbeOptions &x = a.options;
        const ProbeOptions &y = b.options;
        if (x.verifyTls != y.verifyTls)
            return differs("request.options.verifyTls");
        if (x.followRedirects != y.followRedirects || (x.followRedirects && x.maxRedirects != y.maxRedirects))
            return differs("request.options.followRedirects/maxRedirects");
        if (x.proxy != y.proxy || x.useEnvironmentProxy != y.useEnvironmentProxy)
            return differs("request.options.proxy");
        if (x.addressOverrides != y.addressOverrides)
            return differs("request.options.addressOverrides");
        if (x.connectTimeoutMs != y.connectTimeoutMs)
            return differs("request.options.connectTimeoutMs");
        if (x.totalTimeoutMs != y.totalTimeoutMs)
            return differs("request.options.totalTimeoutMs");
        if (x.httpVersion != y.httpVersion)
            return differs("request.options.httpVersion");
    }
    return {};
}

// Timings through HAR's JSON numbers: equal, or both "did not happen".
inline bool sameTime(double x, double y)
{
    return x == y || (x < 0 && y < 0) || std::abs(x - y) <= 1e-9 * std::max(std::abs(x), std::abs(y));
}

inline QString firstDifference(const Exchange &a, const Exchange &b)
{
    RequestSpec requestAsText = a.request;
    requestAsText.method = asText(requestAsText.method);
    requestAsText.headers = asText(requestAsText.headers);
    if (const QString request = firstDifference(requestAsText, b.request, Carried::NoOptions); !request.isEmpty())
        return request;
    if (a.response.has_value() != b.response.has_value())
        return differs("response (present or not)");
    if (a.response) {
        const ResponseData &x = *a.response;
        const ResponseData &y = *b.response;
        if (x.status != y.status)
            return differs("response.status", x.status, y.status);
        if (asText(x.reason) != y.reason)
            return differs("response.reason", x.reason, y.reason);
        if (asText(x.httpVersion) != y.httpVersion)
            return differs("response.httpVersion", x.httpVersion, y.httpVersion);
        if (asText(x.headers) != y.headers)
            return differs("response.headers", headerLines(x.headers), headerLines(y.headers));
        if (x.body != y.body)
            return differs("response.body");
        if (x.bodySize != y.bodySize || x.bodyTruncated != y.bodyTruncated)
            return differs("response.bodySize/bodyTruncated", QList<qint64> { x.bodySize, x.bodyTruncated },
                           QList<qint64> { y.bodySize, y.bodyTruncated });
        if (x.contentEncoding != y.contentEncoding)
            return differs("response.contentEncoding", x.contentEncoding, y.contentEncoding);
    }
    if (a.transport.outcome != b.transport.outcome)
        return differs("transport.outcome", outcomeId(a.transport.outcome), outcomeId(b.transport.outcome));
    const Timings &s = a.timings;
    const Timings &t = b.timings;
    if (!sameTime(s.blocked, t.blocked) || !sameTime(s.dns, t.dns) || !sameTime(s.connect, t.connect)
        || !sameTime(s.tls, t.tls) || !sameTime(s.send, t.send) || !sameTime(s.wait, t.wait)
        || !sameTime(s.download, t.download) || !(s.total < 0 ? t.total >= 0 : sameTime(s.total, t.total)))
        return differs("timings", timingList(s), timingList(t));
    if (a.startedAt != b.startedAt && !(!a.startedAt.isValid() && b.startedAt.toMSecsSinceEpoch() == 0))
        return differs("startedAt", a.startedAt, b.startedAt);
    if (a.remoteAddress != b.remoteAddress)
        return differs("remoteAddress", a.remoteAddress, b.remoteAddress);
    if (a.pageRef != b.pageRef)
        return differs("pageRef", a.pageRef, b.pageRef);
    if (a.comment != b.comment
        && !(a.comment.isEmpty() && b.comment == HarExporter::chromeErrorName(b.transport, b.http2)))
        return differs("comment", a.comment, b.comment);
    return {};
}

// Aborts (a libFuzzer finding) with the field and the position when the two lists differ.
// A round-trip property: aborts (a libFuzzer finding) unless GATESCOPE_FUZZ_ROUNDTRIP=0, which a
// run may set by hand while a finding waits in tests/fuzz/pending/ (`dev.sh test`, the exploring
// run and the CTest corpus replay enforce it). Returns whether the property held.
inline bool roundTripHolds(bool condition, const char *what)
{
    if (condition)
        return true;
    static const bool enforced = qgetenv("GATESCOPE_FUZZ_ROUNDTRIP") != "0";
    if (enforced)
        require(false, what);
    return false;
}

inline void requireSameRequests(const QList<RequestSpec> &before, const QList<RequestSpec> &after, Carried carried,
                                const char *format)
{
    if (before.size() != after.size()) {
        std::fprintf(stderr, "%s round trip: %lld requests became %lld\n", format, qlonglong(before.size()),
                     qlonglong(after.size()));
        roundTripHolds(false, "a round trip changed the number of requests");
        return;
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QString field = firstDifference(before[i], after[i], carried);
        if (!field.isEmpty()) {
            std::fprintf(stderr, "%s round trip: request %lld differs in %s\n", format, qlonglong(i),
                         qPrintable(field));
            roundTripHolds(false, "a round trip changed a request");
            return;
        }
    }
}

// What a HAR can say of these exchanges (format limits, not bugs): a response whose status is not
// known (0, a body read without a status line) is written as an entry without a response, which
// reads back as a request only; a TLS time without a TCP connect is written as connect = ssl (HAR's
// connect holds ssl), which reads back as a connect of 0.
inline QList<Exchange> asHarCarriesThem(QList<Exchange> exchanges)
{
    exchanges.removeIf([](const Exchange &exchange) { return exchange.response && exchange.response->status == 0; });
    // HTTP/2 pseudo-headers (":authority", ":status") are not header fields: the HAR importer
    // leaves them out of the lists, as Chrome's HAR lists them only beside the real ones.
    const auto isPseudo = [](const HeaderField &field) { return field.name.startsWith(':'); };
    for (Exchange &exchange : exchanges) {
        if (exchange.timings.connect < 0 && exchange.timings.tls >= 0)
            exchange.timings.connect = 0;
        exchange.request.headers.removeIf(isPseudo);
        if (exchange.response) {
            exchange.response->headers.removeIf(isPseudo);
            for (InterimResponse &interim : exchange.response->interim)
                interim.headers.removeIf(isPseudo);
        }
    }
    return exchanges;
}

inline void requireSameExchanges(const QList<Exchange> &before, const QList<Exchange> &after, const char *format)
{
    if (before.size() != after.size()) {
        std::fprintf(stderr, "%s round trip: %lld exchanges became %lld\n", format, qlonglong(before.size()),
                     qlonglong(after.size()));
        roundTripHolds(false, "a round trip changed the number of exchanges");
        return;
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QString field = firstDifference(before[i], after[i]);
        if (!field.isEmpty()) {
            std::fprintf(stderr, "%s round trip: exchange %lld differs in %s\n", format, qlonglong(i),
                         qPrintable(field));
            roundTripHolds(false, "a round trip changed an exchange");
            return;
        }
    }
}

} // namespace Gatescope::Fuzz
