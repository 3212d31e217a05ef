#pragma once

#include "diagnosis/Diagnosis.h"
#include "diagnosis/Fingerprints.h"
#include "model/Exchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatescope {

// One header field a hop added to the response (or the HAR's connection detail it stands for):
// the evidence that the hop is there.
struct HopEvidence
{
    QString header; // as on the wire: "Via", "X-Cache", "serverIPAddress"
    QString value;
    friend bool operator==(const HopEvidence &, const HopEvidence &) = default;
};

// One hop of the chain: the product (an id of the fingerprint catalog, "unknown" when the hop
// left a trace but no recognisable signature), what it added, and its default timeouts from the
// catalog. `order` says how its place in the chain is known: "via" (its Via entry), "position"
// (the catalog's usual position of the product: edge, balancer, proxy), "diagnosis" (the
// diagnosis named it as the producer; nothing else in the headers does), "connection" (the
// address the client connected to; nothing else known), "user" (the application behind the last
// hop, there because the user gave a timeout for it; hops/TimeoutAudit).
struct Hop
{
    QString product;
    QString displayName;
    QString layer; // "gateway" | "origin"
    QString order;
    bool producer = false; // the hop that made the 5xx (the diagnosis's producer)
    QList<HopEvidence> added;
    QList<DefaultTimeout> timeouts;
    friend bool operator==(const Hop &, const Hop &) = default;
};

// The ordered chain of hops one response went through, client side first, origin last, built
// from what the exchange carries. A hop that added nothing cannot be seen and is not listed;
// nothing is invented: a Via entry no product signs is listed as "unknown". The order among
// hops not named in Via follows the catalog's usual positions (edge, then balancer, then proxy)
// and is marked so.
struct HopChain
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::HopChain)
public:
    QList<Hop> hops;
    // Fields that show some hop was there but not which one (Age, X-Cache-Lookup, a Server-Timing
    // of no known product, …): shown beside the chain, never turned into a hop.
    QList<HopEvidence> unattributed;

    static HopChain build(const Exchange &exchange, const Diagnosis &diagnosis,
                          const FingerprintCatalog &catalog = FingerprintCatalog::builtIn());
    int producerIndex() const; // -1 when no hop made the answer (a transport failure, a healthy answer)
    friend bool operator==(const HopChain &, const HopChain &) = default;
};

} // namespace Gatescope
