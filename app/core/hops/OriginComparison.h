#pragma once

#include "diagnosis/Diagnoser.h"
#include "model/Exchange.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Gatescope {

// One way the same request went: as addressed (through whatever is in front), or straight to an
// address the user typed, with the same Host header and TLS server name (curl --connect-to).
struct ComparedPath
{
    QString target; // "" = as addressed; else "10.0.3.7:8080" as the user typed it
    int hop = 0; // 1, 2, …: a hop of the chain the user gave (client side first); 0: as addressed or an origin
    RequestSpec request; // as sent
    Exchange exchange; // the first answer (redirects are never followed)
    Diagnosis diagnosis;
};

// "Bypass the gateway": the same request sent as addressed and straight to each given origin,
// the results side by side and one conclusion sentence. Only the addresses the user typed are
// contacted, and no redirect is followed (so nothing goes to a host the user did not name).
class OriginComparison
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::OriginComparison)
public:
    using Send = std::function<QList<Exchange>(const RequestSpec &)>;

    // The request sent straight to `origin` ("HOST:PORT", "[v6]:PORT"): a --connect-to from the
    // URL's host and port to it, no proxy, no redirects. The error names the argument.
    static Result<RequestSpec> straightTo(const RequestSpec &request, const QString &origin);
    // The request as addressed, redirects not followed.
    static RequestSpec asAddressed(const RequestSpec &request);

    // Sends every path with `send` (ProbeEngine::run, or the CLI's interruptible sender) and
    // diagnoses each answer. Fails only on an origin that is no HOST:PORT.
    // `hops`: the addresses of the chain's hops as the user gave them, client side first (the load
    // balancer, then the pod's ingress…); the request is sent straight to each, between the
    // addressed path and the origins.
    static Result<QList<ComparedPath>> run(const RequestSpec &request, const QStringList &origins, const Send &send,
                                           const Diagnoser &diagnoser, const QStringList &hops = {});

    // "through nginx: 502 after 0.4 ms; straight to 10.0.3.7:8080: connection refused → the origin
    // is down, nginx only reported it" — one sentence per origin, joined.
    // With hops, a last sentence walks the chain: where the request fails innermost and from where
    // inwards it is answered.
    static QString conclusion(const QList<ComparedPath> &paths);
    // "hop 2 (10.0.1.9:80)", "the origin (10.0.3.7:8080)", "as addressed".
    static QString pathName(const ComparedPath &path);
    // What one path's result was, in words: "502 after 0.4 ms", "connection refused".
    static QString resultWords(const ComparedPath &path);
    // The rows that differ between two paths: "status", "outcome", "producer", "cause", and each
    // phase whose durations differ by more than 20 % and 5 ms.
    static QStringList differences(const ComparedPath &a, const ComparedPath &b);
};

} // namespace Gatescope
