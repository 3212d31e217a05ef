#include "hops/ProtocolComparison.h"

#include "diagnosis/CauseTitles.h"
#include "diagnosis/Fingerprints.h"

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

constexpr char16_t Http11Target[] = u"HTTP/1.1";
constexpr char16_t Http2Target[] = u"HTTP/2";

QString causeWords(const ComparedPath &path)
{
    return CauseTitles::cause(path.diagnosis.cause);
}

// What the failing side's HTTP/2 ending says about the h2 layer, as the start of a fix.
QString http2Hint(const ComparedPath &path)
{
    const Http2Ending &ending = path.exchange.http2;
    if (ending.failure == Http2Failure::HeaderRefused)
        return ProtocolComparison::tr("its HTTP/2 limit on the header list (cookies, long tokens) is lower than "
                                      "what HTTP/1.1 accepts — raise it or send fewer header bytes");
    if (ending.failure == Http2Failure::StreamReset && ending.errorCode == u"REFUSED_STREAM")
        return ProtocolComparison::tr("it refuses streams past its limit of concurrent streams — raise the limit or "
                                      "send fewer requests at once");
    if (ending.failure == Http2Failure::StreamReset && ending.errorCode == u"HTTP_1_1_REQUIRED")
        return ProtocolComparison::tr("it asks for HTTP/1.1 on this resource — let the client fall back");
    if (ending.failure == Http2Failure::StreamReset)
        return ProtocolComparison::tr("it resets the stream — its HTTP/2 settings or a 1.1-only upstream behind an "
                                      "h2 edge are the usual suspects");
    if (ending.failure == Http2Failure::GoAway)
        return ProtocolComparison::tr("it ends HTTP/2 connections with GOAWAY before answering — a reload, a "
                                      "connection limit or a protocol error it saw");
    if (ending.failure == Http2Failure::FlowStall)
        return ProtocolComparison::tr("it never opened the HTTP/2 flow-control window for the request body");
    return ProtocolComparison::tr("the fault lies in its HTTP/2 handling (or in what it forwards differently over "
                                  "HTTP/2)");
}

// Who speaks HTTP/2 to the client: the product the answer names, else the address connected to
// (a reset or GOAWAY comes from there, whoever is behind it).
QString http2Speaker(const ComparedPath &http2, const ComparedPath &http11)
{
    for (const ComparedPath *path : { &http2, &http11 }) {
        const Producer &producer = path->diagnosis.producer;
        if (producer.layer == u"gateway" && !producer.product.isEmpty() && producer.product != u"unknown")
            return FingerprintCatalog::builtIn().displayName(producer.product);
    }
    const QString server = QString::fromLatin1(
        headerValue(http11.exchange.response ? http11.exchange.response->headers : HeaderList {}, "server"));
    if (!server.isEmpty())
        return ProtocolComparison::tr("the server (%1)").arg(server);
    const QUrl &url = http2.request.url;
    return ProtocolComparison::tr("the server at %1")
        .arg(url.host() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80)));
}

} // namespace

RequestSpec ProtocolComparison::over(const RequestSpec &request, ProbeOptions::HttpVersion version)
{
    RequestSpec sent = OriginComparison::asAddressed(request);
    sent.options.httpVersion = version;
    return sent;
}

QList<ComparedPath> ProtocolComparison::paths(const RequestSpec &request)
{
    return { { QString::fromUtf16(Http11Target), 0, over(request, ProbeOptions::HttpVersion::Http11), {}, {} },
             { QString::fromUtf16(Http2Target), 0, over(request, ProbeOptions::HttpVersion::Http2), {}, {} } };
}

QList<ComparedPath> ProtocolComparison::run(const RequestSpec &request, const OriginComparison::Send &send,
                                            const Diagnoser &diagnoser)
{
    QList<ComparedPath> attempts = paths(request);
    for (ComparedPath &path : attempts) {
        const QList<Exchange> exchanges = send(path.request);
        if (!exchanges.isEmpty())
            path.exchange = exchanges.first();
        path.diagnosis = diagnoser.diagnose(path.exchange);
    }
    return attempts;
}

ProtocolComparison::Finding ProtocolComparison::finding(const QList<ComparedPath> &paths)
{
    if (paths.size() < 2)
        return Finding::BothAnswer;
    const ComparedPath &http11 = paths.at(0);
    const ComparedPath &http2 = paths.at(1);
    if (http2.exchange.protocol == u"http/1.1")
        return Finding::NoHttp2;
    const bool failed11 = isFailure(http11.exchange);
    const bool failed2 = isFailure(http2.exchange);
    if (!failed11 && !failed2)
        return Finding::BothAnswer;
    if (failed2 && !failed11)
        return Finding::OnlyHttp2Fails;
    if (failed11 && !failed2)
        return Finding::OnlyHttp11Fails;
    const int status11 = http11.exchange.response ? http11.exchange.response->status : 0;
    const int status2 = http2.exchange.response ? http2.exchange.response->status : 0;
    return status11 == status2 && http11.diagnosis.cause == http2.diagnosis.cause ? Finding::BothFailAlike
                                                                                  : Finding::BothFailDifferently;
}

QString ProtocolComparison::findingId(Finding finding)
{
    switch (finding) {
    case Finding::BothAnswer:
        return u"both-answer"_s;
    case Finding::OnlyHttp2Fails:
        return u"only-http2-fails"_s;
    case Finding::OnlyHttp11Fails:
        return u"only-http1.1-fails"_s;
    case Finding::BothFailAlike:
        return u"both-fail-alike"_s;
    case Finding::BothFailDifferently:
        return u"both-fail-differently"_s;
    case Finding::NoHttp2:
        return u"no-http2"_s;
    }
    return {};
}

QString ProtocolComparison::columnTitle(const ComparedPath &path)
{
    return path.target;
}

QString ProtocolComparison::spokenWords(const ComparedPath &path)
{
    const Exchange &e = path.exchange;
    const bool asked2 = path.request.options.httpVersion != ProbeOptions::HttpVersion::Http11;
    if (e.protocol == u"h2") {
        if (e.tls.used)
            return tr("HTTP/2 (TLS, ALPN h2)");
        return path.request.options.httpVersion == ProbeOptions::HttpVersion::Http2PriorKnowledge
            ? tr("HTTP/2 (h2c, prior knowledge)")
            : tr("HTTP/2 (h2c Upgrade)");
    }
    if (e.protocol == u"http/1.1" && asked2)
        return e.tls.used ? tr("HTTP/1.1 (the server chose it by ALPN)")
                          : tr("HTTP/1.1 (the server did not take the h2c Upgrade)");
    if (e.protocol == u"http/1.1")
        return tr("HTTP/1.1");
    return tr("— (no connection)");
}

QString ProtocolComparison::conclusion(const QList<ComparedPath> &paths)
{
    if (paths.size() < 2)
        return {};
    const ComparedPath &http11 = paths.at(0);
    const ComparedPath &http2 = paths.at(1);
    const QString words11 = OriginComparison::resultWords(http11);
    const QString words2 = OriginComparison::resultWords(http2);
    switch (finding(paths)) {
    case Finding::NoHttp2:
        return http2.exchange.tls.used
            ? tr("The server did not agree to HTTP/2: it chose HTTP/1.1 in the TLS handshake (ALPN), so both "
                 "requests went over HTTP/1.1 (%1; %2). There is no HTTP/2 path here to compare.")
                  .arg(words11, words2)
            : tr("The server did not take the h2c Upgrade and answered over HTTP/1.1, so both requests went over "
                 "HTTP/1.1 (%1; %2). Over plain http most servers speak HTTP/2 only with prior knowledge, or "
                 "behind TLS.")
                  .arg(words11, words2);
    case Finding::BothAnswer: {
        const int status11 = http11.exchange.response ? http11.exchange.response->status : 0;
        const int status2 = http2.exchange.response ? http2.exchange.response->status : 0;
        if (status11 != status2)
            return tr("Both answer, but not alike: HTTP/1.1 %1, HTTP/2 %2 — the server (or a hop in front of it) "
                      "routes or treats the two protocols differently.")
                .arg(words11, words2);
        return tr("Both answer alike (HTTP/1.1 %1; HTTP/2 %2): the protocol makes no difference here.")
            .arg(words11, words2);
    }
    case Finding::OnlyHttp2Fails: {
        //: %1 what HTTP/2 got, %2 the cause's title, %3 what HTTP/1.1 got, %4 who speaks HTTP/2, %5 a hint
        const QString sentence
            = tr("Only over HTTP/2: %1 — %2; over HTTP/1.1 the same request gets %3. The fault "
                 "appears only over HTTP/2: %4 — %5.")
                  .arg(words2, causeWords(http2), words11, http2Speaker(http2, http11), http2Hint(http2));
        const bool through = http11.exchange.response && http11.exchange.response->status < 400;
        return sentence + u' '
            + (through ? tr("Clients that fall back to HTTP/1.1 (or curl --http1.1) get through.")
                       : tr("Over HTTP/1.1 it is refused too, but with an answer that says so."));
    }
    case Finding::OnlyHttp11Fails:
        return tr("Only over HTTP/1.1: %1 — %2; over HTTP/2 the same request gets %3. The fault appears only over "
                  "HTTP/1.1: a hop that speaks 1.1 on this path (a 1.1-only upstream, connection reuse, message "
                  "framing) — HTTP/2 clients such as browsers do not see it.")
            .arg(words11, causeWords(http11), words2);
    case Finding::BothFailAlike:
        return tr("Fails the same way over both protocols (%1 — %2): the protocol is not the cause.")
            .arg(words11, causeWords(http11));
    case Finding::BothFailDifferently:
        return tr("Fails over both protocols, differently: HTTP/1.1 %1 — %2; HTTP/2 %3 — %4.")
            .arg(words11, causeWords(http11), words2, causeWords(http2));
    }
    return {};
}

} // namespace Gatescope
