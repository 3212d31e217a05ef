#include "hops/OriginComparison.h"

#include "diagnosis/Fingerprints.h"
#include "model/Durations.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

bool answered(const Exchange &exchange)
{
    return exchange.transport.outcome == Outcome::Ok && exchange.response.has_value();
}

// The gateway's failure is its own timeout waiting for the origin (504, 524, upstream.timeout).
bool gaveUpWaiting(const ComparedPath &path)
{
    return path.diagnosis.cause == u"upstream.timeout"
        || (path.exchange.response && (path.exchange.response->status == 504 || path.exchange.response->status == 524));
}

QString hopName(const Diagnosis &diagnosis)
{
    if (diagnosis.producer.layer == u"gateway" && diagnosis.producer.product != u"unknown")
        return FingerprintCatalog::builtIn().displayName(diagnosis.producer.product);
    if (diagnosis.producer.layer == u"gateway")
        return OriginComparison::tr("the gateway");
    return OriginComparison::tr("the addressed path");
}

} // namespace

RequestSpec OriginComparison::asAddressed(const RequestSpec &request)
{
    RequestSpec addressed = request;
    addressed.options.followRedirects = false;
    return addressed;
}

Result<RequestSpec> OriginComparison::straightTo(const RequestSpec &request, const QString &origin)
{
    QString host;
    QString portText;
    const QString text = origin.trimmed();
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u"]:"_s);
        if (close < 0)
            return Error { tr("--origin %1: expected [IPv6]:PORT").arg(origin) };
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon <= 0 || text.count(u':') != 1)
            return Error { tr("--origin %1: expected HOST:PORT").arg(origin) };
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    bool ok = false;
    const int port = portText.toInt(&ok);
    if (!ok || port < 1 || port > 65535 || host.isEmpty())
        return Error { tr("--origin %1: expected HOST:PORT with a port from 1 to 65535").arg(origin) };
    if (!request.url.isValid() || request.url.host().isEmpty())
        return Error { tr("--origin %1: the request has no URL with a host to keep").arg(origin) };

    RequestSpec straight = asAddressed(request);
    AddressOverride connectTo;
    connectTo.kind = AddressOverride::Kind::ConnectTo;
    connectTo.host = request.url.host();
    connectTo.port = request.url.port(request.url.scheme() == u"https" ? 443 : 80);
    connectTo.targetHost = host;
    connectTo.targetPort = port;
    straight.options.addressOverrides = { connectTo };
    // Straight means straight: no proxy of the environment in between.
    straight.options.proxy = u"none"_s;
    straight.options.useEnvironmentProxy = false;
    return straight;
}

Result<QList<ComparedPath>> OriginComparison::run(const RequestSpec &request, const QStringList &origins,
                                                  const Send &send, const Diagnoser &diagnoser, const QStringList &hops)
{
    QList<ComparedPath> paths;
    paths.append({ QString(), 0, asAddressed(request), {}, {} });
    for (qsizetype i = 0; i < hops.size(); ++i) {
        Result<RequestSpec> straight = straightTo(request, hops.at(i));
        if (!straight)
            return Error { straight.error() };
        paths.append({ hops.at(i).trimmed(), int(i + 1), straight.value(), {}, {} });
    }
    for (const QString &origin : origins) {
        Result<RequestSpec> straight = straightTo(request, origin);
        if (!straight)
            return Error { straight.error() };
        paths.append({ origin.trimmed(), 0, straight.value(), {}, {} });
    }
    for (ComparedPath &path : paths) {
        const QList<Exchange> exchanges = send(path.request);
        if (!exchanges.isEmpty())
            path.exchange = exchanges.first();
        path.diagnosis = diagnoser.diagnose(path.exchange);
    }
    return paths;
}

QString OriginComparison::resultWords(const ComparedPath &path)
{
    const Exchange &e = path.exchange;
    const double total = e.timings.total >= 0 ? e.timings.total : e.timings.wait;
    if (answered(e))
        return total >= 0 ? tr("%1 after %2").arg(e.response->status).arg(formatDuration(total))
                          : QString::number(e.response->status);
    // HTTP/2 says more than the transport: which frame ended it, with its code.
    if (e.http2.failure == Http2Failure::StreamReset || e.http2.failure == Http2Failure::HeaderRefused) {
        if (e.transport.outcome == Outcome::Reset)
            return tr("stream reset (%1)").arg(e.http2.errorCode);
    }
    if (e.http2.failure == Http2Failure::GoAway
        || (e.http2.failure == Http2Failure::HeaderRefused && e.transport.outcome == Outcome::ClosedEarly))
        return e.response ? tr("GOAWAY (%1) during the answer").arg(e.http2.errorCode)
                          : tr("GOAWAY (%1) before the answer").arg(e.http2.errorCode);
    if (e.http2.failure == Http2Failure::FlowStall)
        return tr("request body stalled by HTTP/2 flow control");
    switch (e.transport.outcome) {
    case Outcome::Refused:
        return tr("connection refused");
    case Outcome::Timeout:
        return total >= 0 ? tr("no answer within %1").arg(formatDuration(total)) : tr("no answer in time");
    case Outcome::Reset:
        return tr("connection reset");
    case Outcome::ClosedEarly:
        return tr("closed without an answer");
    case Outcome::InvalidResponse:
        return tr("an answer that is not HTTP");
    case Outcome::TlsFailure:
        return tr("TLS failed");
    case Outcome::DnsFailure:
        return tr("the name did not resolve");
    case Outcome::Cancelled:
        return tr("cancelled by you");
    case Outcome::Ok:
        break;
    }
    return tr("no answer");
}

QString OriginComparison::conclusion(const QList<ComparedPath> &paths)
{
    if (paths.size() < 2)
        return {};
    const ComparedPath &addressed = paths.first();
    const bool addressedFailed = isFailure(addressed.exchange);
    const QString hop = hopName(addressed.diagnosis);
    const QString through = addressed.diagnosis.producer.layer == u"gateway"
        ? tr("through %1: %2").arg(hop, resultWords(addressed))
        : tr("as addressed: %1").arg(resultWords(addressed));
    QStringList sentences;
    for (qsizetype i = 1; i < paths.size(); ++i) {
        const ComparedPath &origin = paths.at(i);
        if (origin.hop > 0)
            continue; // the chain's hops are walked below
        const Exchange &e = origin.exchange;
        const bool originAnswered = answered(e);
        const bool originFailed = isFailure(e);
        QString verdict;
        if (addressedFailed && addressed.diagnosis.producer.layer == u"gateway") {
            if (!originAnswered && e.transport.outcome == Outcome::Timeout)
                verdict = tr("the origin does not answer in time; %1 gave up waiting for it").arg(hop);
            else if (!originAnswered)
                verdict = tr("the origin is down, %1 only reported it").arg(hop);
            else if (originFailed)
                verdict = tr("the origin fails too; %1 stands in front of a failing application").arg(hop);
            else if (gaveUpWaiting(addressed) && e.timings.wait > addressed.exchange.timings.wait)
                //: %1 how long the origin took to answer, %2 the gateway, %3 how long it waited
                verdict
                    = tr("the origin is slow: it answers, but after %1, and %2 gave up after %3 — give %2 a "
                         "longer timeout or make the origin faster")
                          .arg(formatDuration(e.timings.wait), hop, formatDuration(addressed.exchange.timings.wait));
            else
                verdict = tr("the origin answers; the fault lies in %1 or between it and the origin (its route, the "
                             "address it uses, its timeouts)")
                              .arg(hop);
        } else if (addressedFailed && addressed.diagnosis.producer.layer == u"origin") {
            verdict = originFailed
                ? tr("the origin fails the same way: the fault is the application's")
                : tr("straight to the origin it works: a hop in between changes the request or reaches another "
                     "instance");
        } else if (addressedFailed) {
            verdict = originFailed ? tr("both fail: start with the origin")
                                   : tr("the origin answers; what stands in front of it fails");
        } else {
            verdict = originFailed ? tr("the addressed path works, this address does not: it may not be the "
                                        "origin the gateway uses")
                                   : tr("both answer: nothing to bypass");
        }
        sentences.append(tr("%1; straight to %2: %3 → %4").arg(through, origin.target, resultWords(origin), verdict));
    }
    // The chain, client side first: as addressed, each hop, then the first origin.
    QList<const ComparedPath *> chain { &addressed };
    for (const ComparedPath &path : paths) {
        if (path.hop > 0)
            chain.append(&path);
    }
    if (chain.size() > 1) {
        for (const ComparedPath &path : paths) {
            if (!path.target.isEmpty() && path.hop == 0) {
                chain.append(&path);
                break;
            }
        }
        QStringList walked;
        qsizetype innermostFailure = -1;
        for (qsizetype i = 0; i < chain.size(); ++i) {
            walked.append(tr("%1: %2").arg(pathName(*chain.at(i)), resultWords(*chain.at(i))));
            if (isFailure(chain.at(i)->exchange))
                innermostFailure = i;
        }
        QString verdict;
        if (innermostFailure < 0)
            verdict = tr("every point of the chain answers: nothing to bypass");
        else if (innermostFailure == chain.size() - 1)
            verdict = tr("it fails down to %1: the fault is there or behind it").arg(pathName(*chain.last()));
        else
            //: %1 the innermost point where the request fails, %2 the next one inwards, where it is answered
            verdict = tr("it fails at %1 and is answered from %2 inwards: the fault lies in %1 or on its way to %2")
                          .arg(pathName(*chain.at(innermostFailure)), pathName(*chain.at(innermostFailure + 1)));
        sentences.append(tr("along the chain: %1 → %2").arg(walked.join(u"; "_s), verdict));
    }
    return sentences.join(u"\n"_s);
}

QString OriginComparison::pathName(const ComparedPath &path)
{
    if (path.target.isEmpty())
        return tr("as addressed");
    if (path.hop > 0)
        return tr("hop %1 (%2)").arg(path.hop).arg(path.target);
    return tr("the origin (%1)").arg(path.target);
}

QStringList OriginComparison::differences(const ComparedPath &a, const ComparedPath &b)
{
    QStringList rows;
    const int statusA = a.exchange.response ? a.exchange.response->status : 0;
    const int statusB = b.exchange.response ? b.exchange.response->status : 0;
    if (statusA != statusB)
        rows.append(u"status"_s);
    if (a.exchange.transport.outcome != b.exchange.transport.outcome)
        rows.append(u"outcome"_s);
    if (a.diagnosis.producer.product != b.diagnosis.producer.product
        || a.diagnosis.producer.layer != b.diagnosis.producer.layer)
        rows.append(u"producer"_s);
    if (a.diagnosis.cause != b.diagnosis.cause)
        rows.append(u"cause"_s);
    const Timings &ta = a.exchange.timings, &tb = b.exchange.timings;
    const std::pair<const char16_t *, std::pair<double, double>> phases[] = {
        { u"dns", { ta.dns, tb.dns } },       { u"connect", { ta.connect, tb.connect } },
        { u"tls", { ta.tls, tb.tls } },       { u"send", { ta.send, tb.send } },
        { u"wait", { ta.wait, tb.wait } },    { u"download", { ta.download, tb.download } },
        { u"total", { ta.total, tb.total } },
    };
    for (const auto &[name, values] : phases) {
        const auto [x, y] = values;
        if ((x < 0) != (y < 0) || (x >= 0 && std::abs(x - y) > 5 && std::abs(x - y) > 0.2 * std::max(x, y)))
            rows.append(QString::fromUtf16(name));
    }
    return rows;
}

} // namespace Gatescope
