#include "hops/WaitSplit.h"

#include "model/RequestSpec.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

// The timing headers a product writes about itself, and what each measures. Sources:
// Kong: https://docs.konghq.com/gateway/latest/reference/configuration/#headers (X-Kong-Proxy-Latency,
//   X-Kong-Upstream-Latency, milliseconds); Envoy: router filter docs, x-envoy-upstream-service-time
//   (ms the upstream took, as Envoy saw it); Fastly:
//   https://fastly.com/documentation/reference/http/http-headers/X-Timer (S{start},VS0,VE{ms}); Rails X-Runtime
//   (seconds); X-Response-Time (expressjs/response-time, "12.345ms").
struct TimingHeader
{
    QByteArrayView name;
    const char16_t *product;
    const char16_t *kind;
};
constexpr TimingHeader timingHeaders[] = {
    { "x-kong-proxy-latency", u"kong", u"own" },
    { "x-kong-upstream-latency", u"kong", u"behind" },
    { "x-envoy-upstream-service-time", u"envoy", u"behind" },
    { "x-response-time", u"origin", u"total" },
    { "x-runtime", u"origin", u"total" },
};

// Server-Timing metrics products write (the rest are the application's own):
// CloudFront:
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/understanding-response-headers-policies.html#server-timing-header
//   (cdn-upstream-fbl: first-byte latency from the origin; cdn-upstream-connect, cdn-upstream-dns);
// Cloudflare:
// https://developers.cloudflare.com/ruleset-engine/rules-language/fields/reference/cf.timings.origin_ttfb_msec/
//   (cfOrigin = origin TTFB seen from the edge, cfEdge = time in the edge) and cfRequestDuration
//   (the whole request at the edge, code-inflation/cfspeedtest#288).
struct TimingMetric
{
    QStringView metric;
    const char16_t *product;
    const char16_t *kind;
};
constexpr TimingMetric timingMetrics[] = {
    { u"cdn-upstream-fbl", u"aws-cloudfront", u"behind" },
    { u"cdn-upstream-connect", u"aws-cloudfront", u"part" },
    { u"cdn-upstream-dns", u"aws-cloudfront", u"part" },
    { u"cdn-downstream-fbl", u"aws-cloudfront", u"part" },
    { u"cforigin", u"cloudflare", u"behind" },
    { u"cfedge", u"cloudflare", u"own" },
    { u"cfrequestduration", u"cloudflare", u"total" },
};

// "12.3ms", "12.3 ms", "12", "0.012s": milliseconds, or -1.
double millisecondsOf(QString text, bool secondsByDefault)
{
    text = text.trimmed();
    double factor = secondsByDefault ? 1000.0 : 1.0;
    if (text.endsWith(u"ms", Qt::CaseInsensitive)) {
        text.chop(2);
        factor = 1.0;
    } else if (text.endsWith(u's', Qt::CaseInsensitive)) {
        text.chop(1);
        factor = 1000.0;
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && value >= 0 ? value * factor : -1;
}

// Server-Timing (https://www.w3.org/TR/server-timing/): metric *( ";" param ), comma-separated;
// values may be quoted strings (which may hold commas and semicolons).
QList<std::pair<QString, double>> serverTimingMetrics(const QString &value)
{
    QList<std::pair<QString, double>> metrics;
    QStringList members;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'"' && (i == 0 || value.at(i - 1) != u'\\'))
            quoted = !quoted;
        if (c == u',' && !quoted) {
            members.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    members.append(current);
    for (const QString &member : std::as_const(members)) {
        const QStringList params = member.split(u';');
        const QString name = params.value(0).trimmed();
        if (name.isEmpty())
            continue;
        for (qsizetype i = 1; i < params.size(); ++i) {
            const QString param = params.at(i).trimmed();
            if (!param.startsWith(u"dur", Qt::CaseInsensitive))
                continue;
            const qsizetype eq = param.indexOf(u'=');
            if (eq < 0 || param.left(eq).trimmed().compare(u"dur", Qt::CaseInsensitive) != 0)
                continue;
            QString number = param.mid(eq + 1).trimmed();
            if (number.startsWith(u'"') && number.endsWith(u'"') && number.size() >= 2)
                number = number.mid(1, number.size() - 2);
            bool ok = false;
            const double ms = number.toDouble(&ok);
            if (ok && ms >= 0)
                metrics.append({ name, ms });
        }
    }
    return metrics;
}

} // namespace

QList<WaitReport> WaitSplit::reportsOf(const HeaderList &headers)
{
    QList<WaitReport> reports;
    for (const HeaderField &field : headers) {
        const QString source = QString::fromUtf8(field.name) + u": "_s + QString::fromUtf8(field.value);
        const QString value = QString::fromUtf8(field.value);
        for (const TimingHeader &known : timingHeaders) {
            if (field.name.compare(known.name, Qt::CaseInsensitive) != 0)
                continue;
            const double ms = millisecondsOf(value, known.name == "x-runtime");
            if (ms >= 0)
                reports.append({ QString::fromUtf16(known.product), QString::fromUtf16(known.kind), {}, ms, source });
        }
        if (field.name.compare("x-timer", Qt::CaseInsensitive) == 0) {
            static const QRegularExpression ve(u"(?:^|,)VE(\\d+)(?:,|$)"_s);
            const QRegularExpressionMatch match = ve.match(value.trimmed());
            if (match.hasMatch())
                reports.append({ u"fastly"_s, u"total"_s, {}, match.captured(1).toDouble(), source });
        }
        if (field.name.compare("server-timing", Qt::CaseInsensitive) == 0) {
            for (const auto &[metric, ms] : serverTimingMetrics(value)) {
                WaitReport report { u"origin"_s, u"own"_s, metric, ms, source };
                for (const TimingMetric &known : timingMetrics) {
                    if (metric.compare(known.metric, Qt::CaseInsensitive) == 0) {
                        report.product = QString::fromUtf16(known.product);
                        report.kind = QString::fromUtf16(known.kind);
                    }
                }
                reports.append(report);
            }
        }
    }
    return reports;
}

WaitSplit WaitSplit::build(const Exchange &exchange, const HopChain &chain)
{
    WaitSplit split;
    split.waitMs = exchange.timings.wait;
    if (!exchange.response)
        return split;
    split.reports = reportsOf(exchange.response->headers);
    if (split.reports.isEmpty() || split.waitMs <= 0)
        return split;

    // Each hop's reports, in chain order. A hop not in the chain that reported (an origin whose
    // only trace is its Server-Timing) joins at the end.
    struct HopTimes
    {
        int hop = -1;
        QString product;
        double total = -1, own = -1, behind = -1;
        QStringList totalSource, ownSource, behindSource;
    };
    QList<HopTimes> times;
    auto timesOf = [&](const QString &product) -> HopTimes & {
        for (HopTimes &t : times) {
            if (t.product == product)
                return t;
        }
        HopTimes t;
        t.product = product;
        for (qsizetype i = 0; i < chain.hops.size(); ++i) {
            if (chain.hops.at(i).product == product)
                t.hop = int(i);
        }
        times.append(t);
        return times.last();
    };
    for (const WaitReport &report : std::as_const(split.reports)) {
        HopTimes &t = timesOf(report.product);
        // Several application metrics (db, app, total) overlap: the largest stands for the
        // origin's time; the others are parts of it.
        if (report.kind == u"total" || (report.product == u"origin" && report.kind == u"own")) {
            if (report.ms > t.total) {
                t.total = report.ms;
                t.totalSource = { report.source };
            }
        } else if (report.kind == u"own") {
            t.own = report.ms;
            t.ownSource = { report.source };
        } else if (report.kind == u"behind") {
            t.behind = report.ms;
            t.behindSource = { report.source };
        }
    }
    for (HopTimes &t : times) {
        if (t.total < 0 && t.own >= 0 && t.behind >= 0) {
            t.total = t.own + t.behind;
            t.totalSource = t.ownSource + t.behindSource;
        }
    }
    std::stable_sort(times.begin(), times.end(), [&](const HopTimes &a, const HopTimes &b) {
        const int aHop = a.hop < 0 ? int(chain.hops.size()) : a.hop;
        const int bHop = b.hop < 0 ? int(chain.hops.size()) : b.hop;
        return aHop < bHop;
    });

    // Outside in: the span left shrinks to each hop's total, then to what it waited behind.
    double left = split.waitMs;
    QString leftSource = u"timings.wait"_s;
    int lastHop = -1;
    QString lastProduct;
    for (const HopTimes &t : std::as_const(times)) {
        if (t.total >= 0) {
            if (t.total > left + 0.5) {
                split.inconsistent = true;
                continue;
            }
            split.segments.append({ u"network"_s, t.hop, t.product, std::max(0.0, left - t.total), leftSource });
            left = std::min(left, t.total);
            leftSource = t.totalSource.join(u"; "_s);
        }
        if (t.behind >= 0) {
            if (t.behind > left + 0.5) {
                split.inconsistent = true;
                continue;
            }
            // Without the hop's total, the span holds the network in front of it too.
            split.segments.append({ t.total >= 0 ? u"hop"_s : u"through"_s, t.hop, t.product,
                                    std::max(0.0, left - t.behind),
                                    (t.ownSource.isEmpty() ? QStringList { leftSource } : t.ownSource).join(u"; "_s) });
            left = std::min(left, t.behind);
            leftSource = t.behindSource.join(u"; "_s);
            lastHop = t.hop;
            lastProduct = t.product;
            continue;
        }
        if (t.total >= 0) {
            split.segments.append({ u"hop"_s, t.hop, t.product, left, leftSource });
            left = 0;
            break;
        }
    }
    if (left > 0 && !split.segments.isEmpty())
        split.segments.append({ u"behind"_s, lastHop, lastProduct, left, leftSource });
    return split;
}

QString WaitSplit::segmentLabel(const WaitSegment &segment, const HopChain &chain)
{
    const QString name = segment.hop >= 0 && segment.hop < chain.hops.size() ? chain.hops.at(segment.hop).displayName
        : segment.product == u"origin"                                       ? tr("the origin")
                                                                             : segment.product;
    if (segment.part == u"network")
        return tr("network and hops in front of %1").arg(name);
    if (segment.part == u"through")
        return tr("network, hops in front of %1 and %1 itself").arg(name);
    if (segment.part == u"hop")
        return tr("inside %1").arg(name);
    return tr("behind %1").arg(name);
}

} // namespace Gatescope
