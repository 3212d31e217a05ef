#pragma once

#include "hops/OriginComparison.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatescope {

// "Try over HTTP/1.1 / HTTP/2": the same request sent once as curl --http1.1 and once as curl
// --http2 (HTTP/2 offered by ALPN over TLS, by an h2c Upgrade over plain http), both diagnosed,
// side by side, with one conclusion: a fault that appears over one protocol only is called out
// (a header block an h2 edge refuses, streams past its concurrency limit, a 1.1-only path…),
// and a server that did not agree to HTTP/2 is said to be so rather than compared with itself.
// The attempts are ComparedPaths (target "HTTP/1.1" and "HTTP/2"), so OriginComparison's
// differences() and the side-by-side tables serve both comparisons.
class ProtocolComparison
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::ProtocolComparison)
public:
    // What the two attempts show, for tests and the JSON ("finding").
    enum class Finding {
        BothAnswer, // neither failed
        OnlyHttp2Fails,
        OnlyHttp11Fails,
        BothFailAlike, // same status and cause
        BothFailDifferently,
        NoHttp2, // the server did not agree to HTTP/2: both went over HTTP/1.1
    };

    // The request as curl --http1.1 or curl --http2 would send it, redirects not followed.
    static RequestSpec over(const RequestSpec &request, ProbeOptions::HttpVersion version);

    // Sends the request over HTTP/1.1, then over HTTP/2, and diagnoses both. The first path is
    // HTTP/1.1 (target "HTTP/1.1"), the second HTTP/2 (target "HTTP/2").
    static QList<ComparedPath> run(const RequestSpec &request, const OriginComparison::Send &send,
                                   const Diagnoser &diagnoser);
    // The two paths run() would send, before sending (for a window that sends them itself).
    static QList<ComparedPath> paths(const RequestSpec &request);

    static Finding finding(const QList<ComparedPath> &paths);
    static QString findingId(Finding finding); // "both-answer", "only-http2-fails", … (JSON)
    // One or two sentences: what each protocol got and what that says, the one-protocol fault named.
    static QString conclusion(const QList<ComparedPath> &paths);
    // "HTTP/1.1" or "HTTP/2" (the column title), from the path's target.
    static QString columnTitle(const ComparedPath &path);
    // What went over the wire: "HTTP/1.1", "HTTP/2 (TLS, ALPN h2)", "HTTP/2 (h2c Upgrade)",
    // "HTTP/1.1 (the server chose it by ALPN)"…
    static QString spokenWords(const ComparedPath &path);
};

} // namespace Gatescope
