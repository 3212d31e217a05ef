#pragma once

#include "hops/HopChain.h"
#include "model/Exchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatescope {

// One finding of the timeout audit. kind: "outer-shorter" (an outer hop gives up waiting before
// an inner one does: the outer answers 504 while the inner still works), "wait-at-timeout" (the
// wait ended at a hop's known default timeout).
struct TimeoutFinding
{
    QString kind;
    int outerHop = -1;
    int innerHop = -1; // -1 for wait-at-timeout
    DefaultTimeout outer;
    DefaultTimeout inner;
    QString text; // one sentence
    friend bool operator==(const TimeoutFinding &, const TimeoutFinding &) = default;
};

// Lays the chain's timeouts side by side and flags the inversions that make classic failures.
struct TimeoutAudit
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::TimeoutAudit)
public:
    static QList<TimeoutFinding> audit(const HopChain &chain, const Exchange &exchange);
    // Within this much of a default, a wait "ends at" it: 3 % or 250 ms, whichever is more.
    static bool endsAt(double waitMs, double seconds);
};

} // namespace Gatescope
