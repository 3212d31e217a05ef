#pragma once

#include "diagnosis/Diagnosis.h"
#include "diagnosis/Evidence.h"
#include "diagnosis/Fingerprints.h"
#include "diagnosis/RuleTree.h"
#include "model/Exchange.h"

#include <QCoreApplication>

#include <memory>

namespace Gatescope {

// Walks the rule tree with the evidence of one Exchange and returns the verdict: the path taken
// (each node with the evidence that decided it), the producer (layer, product, confidence), the
// cause id, a one-sentence summary, retry advice and the leaf's checklist. Const and thread-safe
// after construction; cheap enough to call 100,000 times (texts are translated once, at
// construction — build a new Diagnoser after the UI language changes).
class Diagnoser
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Diagnoser)
public:
    Diagnoser(); // the built-in rules and fingerprints
    explicit Diagnoser(const RuleTree &tree, const FingerprintCatalog &catalog = FingerprintCatalog::builtIn());
    ~Diagnoser();
    Diagnoser(const Diagnoser &other);
    Diagnoser &operator=(const Diagnoser &other);

    Diagnosis diagnose(const Exchange &exchange) const;
    Diagnosis diagnose(const Exchange &exchange, const EvidenceSet &evidence) const;
    // Every exchange, on every core when there are many; result i is diagnose(exchanges[i]), in
    // input order, exactly as one by one on one thread.
    QList<Diagnosis> diagnoseAll(const QList<Exchange> &exchanges) const;

    const RuleTree &ruleTree() const;
    const EvidenceExtractor &extractor() const;
    // The hops' timeouts as the user corrected them (`--timeout`, the window's timeout table): the
    // summary names the value the user gave where the wait ends at it, never a default they replaced.
    void setTimeoutCorrections(const TimeoutCorrections &corrections);
    const TimeoutCorrections &timeoutCorrections() const;

    static bool isIdempotent(QByteArrayView method);

private:
    struct Private;
    std::shared_ptr<const Private> d;
    EvidenceExtractor m_extractor; // its own copy: the corrections belong to this Diagnoser
};

} // namespace Gatescope
