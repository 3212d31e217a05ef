#pragma once

#include "hops/HopChain.h"
#include "model/Exchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatescope {

// One timing a hop reported about itself in a response header.
// kind: "total" (from the request reaching the hop to its answer, everything behind it included),
// "behind" (how long the hop waited for what is behind it), "own" (time spent in the hop itself).
struct WaitReport
{
    QString product; // the reporting hop's product ("kong", "aws-cloudfront", "origin")
    QString kind;
    QString metric; // Server-Timing metric name, or empty for a header of its own
    double ms = 0;
    QString source; // the header as it came: "X-Kong-Upstream-Latency: 26"
    friend bool operator==(const WaitReport &, const WaitReport &) = default;
};

// One part of the wait bar: where a span of the wait went. part: "network" (between the client,
// or the hop before, and this hop, and anything unseen there), "hop" (inside the hop itself),
// "through" (the network, the hops in front and the hop itself, when the hop reported only what
// it waited for), "behind" (behind the innermost hop that reported, unattributed). The parts add up to the wait.
struct WaitSegment
{
    QString part;
    int hop = -1; // index into the chain, -1 = none
    QString product;
    double ms = 0;
    QString source; // the header(s) the span is read from
    friend bool operator==(const WaitSegment &, const WaitSegment &) = default;
};

// Where the wait (request written → first response byte) went, by what the hops report:
// Server-Timing (every metric with dur), X-Kong-Proxy-Latency / X-Kong-Upstream-Latency,
// x-envoy-upstream-service-time, X-Response-Time / X-Runtime, Fastly's X-Timer, CloudFront's
// Server-Timing cdn-upstream-*, Cloudflare's cfRequestDuration / cfOrigin / cfEdge. Reports are
// nested (a hop's total includes everything behind it); a report larger than the span it should
// fit in is kept in `reports` but left out of the segments (`inconsistent`).
struct WaitSplit
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::WaitSplit)
public:
    double waitMs = -1;
    QList<WaitReport> reports;
    QList<WaitSegment> segments; // client side first; empty when no hop reported a time
    bool inconsistent = false;

    static WaitSplit build(const Exchange &exchange, const HopChain &chain);
    // Every timing report in the headers, whatever the chain.
    static QList<WaitReport> reportsOf(const HeaderList &headers);
    // "network to nginx", "inside Kong", "behind Kong": the words for a segment.
    static QString segmentLabel(const WaitSegment &segment, const HopChain &chain);
    friend bool operator==(const WaitSplit &, const WaitSplit &) = default;
};

} // namespace Gatescope
