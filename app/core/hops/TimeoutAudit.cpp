#include "hops/TimeoutAudit.h"

#include "model/Durations.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

const DefaultTimeout *firstOfPhase(const Hop &hop, QStringView phase)
{
    for (const DefaultTimeout &timeout : hop.timeouts) {
        if (timeout.phase == phase && timeout.seconds > 0)
            return &timeout;
    }
    return nullptr;
}

} // namespace

bool TimeoutAudit::endsAt(double waitMs, double seconds)
{
    if (waitMs < 0 || seconds <= 0)
        return false;
    const double target = seconds * 1000.0;
    return std::abs(waitMs - target) <= std::max(250.0, target * 0.03);
}

QList<TimeoutFinding> TimeoutAudit::audit(const HopChain &chain, const Exchange &exchange)
{
    QList<TimeoutFinding> findings;
    // An outer hop that waits less long for an answer than a hop behind it.
    for (qsizetype outer = 0; outer < chain.hops.size(); ++outer) {
        const DefaultTimeout *outerRead = firstOfPhase(chain.hops.at(outer), u"read");
        if (!outerRead)
            continue;
        for (qsizetype inner = outer + 1; inner < chain.hops.size(); ++inner) {
            const DefaultTimeout *innerRead = firstOfPhase(chain.hops.at(inner), u"read");
            if (!innerRead || innerRead->seconds <= outerRead->seconds)
                continue;
            TimeoutFinding finding;
            finding.kind = u"outer-shorter"_s;
            finding.outerHop = int(outer);
            finding.innerHop = int(inner);
            finding.outer = *outerRead;
            finding.inner = *innerRead;
            finding.text = tr("%1 gives up after %2 (%3), but %4 behind it waits up to %5 (%6): %1 answers "
                              "%7 while %4 is still working.")
                               .arg(chain.hops.at(outer).displayName, formatDuration(outerRead->seconds * 1000.0),
                                    outerRead->name, chain.hops.at(inner).displayName,
                                    formatDuration(innerRead->seconds * 1000.0), innerRead->name)
                               .arg(outerRead->status > 0 ? outerRead->status : 504);
            findings.append(finding);
        }
    }
    // A wait that ends at a known default.
    const double waited = exchange.timings.wait >= 0 ? exchange.timings.wait : exchange.timings.total;
    for (qsizetype i = 0; i < chain.hops.size(); ++i) {
        for (const DefaultTimeout &timeout : chain.hops.at(i).timeouts) {
            if (timeout.phase == u"connect" || !endsAt(waited, timeout.seconds))
                continue;
            TimeoutFinding finding;
            finding.kind = u"wait-at-timeout"_s;
            finding.outerHop = int(i);
            finding.outer = timeout;
            finding.text = tr("The wait ended after %1, at %2's default %3 of %4.")
                               .arg(formatDuration(waited), chain.hops.at(i).displayName, timeout.name,
                                    formatDuration(timeout.seconds * 1000.0));
            findings.append(finding);
        }
    }
    return findings;
}

} // namespace Gatescope
