#pragma once

#include "hops/HopChain.h"
#include "model/Exchange.h"
#include "model/Result.h"
#include "model/TimeoutCorrection.h"

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
    // The phases a hop's timeouts are laid out by, in the order of the window's table.
    static QStringList phases(); // keep-alive, upstream-keep-alive, connect, read, total
    static QString phaseTitle(const QString &phase); // "Keep-alive", "First byte", …
    static QString phaseExplanation(const QString &phase); // one sentence for a tooltip
    // The chain with the user's corrections for the exchange's site: a corrected phase keeps the
    // default's name and takes the user's seconds (givenByUser); a phase with no default gets one.
    // A correction for the origin when the headers show none adds userOrigin() behind the last hop.
    static HopChain corrected(HopChain chain, const Exchange &exchange, const TimeoutCorrections &corrections);
    // The application behind the gateways as the user speaks of it (order "user"): a row of the
    // timeout table when the headers show no origin.
    static Hop userOrigin(const FingerprintCatalog &catalog = FingerprintCatalog::builtIn());
    // Within this much of a default, a wait "ends at" it: 3 % or 250 ms, whichever is more.
    static bool endsAt(double waitMs, double seconds);
    // How a value the user gave is marked wherever a timeout is shown: "as you gave it".
    static QString givenByUserMark();
    // A correction as the command line spells it (`--timeout`): PRODUCT:PHASE=SECONDS, the keys the
    // window stores ("nginx:read=30", "origin:keep-alive=5s", "aws-alb:upstream-keep-alive=350ms";
    // "first-byte" is read, as the window's column title says). PRODUCT is a product id of the
    // catalog ("origin" is the application behind the last hop, "unknown" a hop with no signature);
    // the seconds a number above 0, "s" or "ms" after it allowed. It holds for every site (site
    // empty). The error names the part that is wrong and what is expected.
    static Result<TimeoutCorrection>
    correctionFromText(QStringView text, const FingerprintCatalog &catalog = FingerprintCatalog::builtIn());
    // The product ids correctionFromText() accepts, in the catalog's order.
    static QStringList correctableProducts(const FingerprintCatalog &catalog = FingerprintCatalog::builtIn());
};

} // namespace Gatescope
