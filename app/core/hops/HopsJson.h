#pragma once

#include "hops/HopChain.h"
#include "hops/TimeoutAudit.h"
#include "hops/WaitSplit.h"
#include "model/IndentedJsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Gatescope {

// The hop chain, the wait split and the timeout audit of one exchange as they stand in the
// diagnosis document ("hops", "waitSplit", "timeoutAudit"; docs/diagnosis-contract.md).
struct HopAnalysis
{
    HopChain chain;
    WaitSplit waitSplit;
    QList<TimeoutFinding> timeoutAudit;

    // With the user's corrected timeouts (saved with the workspace) applied before the audit.
    static HopAnalysis of(const Exchange &exchange, const Diagnosis &diagnosis,
                          const TimeoutCorrections &corrections = {});
};

namespace HopsJson {
QJsonArray hopsToJson(const HopChain &chain);
QJsonValue waitSplitToJson(const WaitSplit &split, const HopChain &chain); // null when no hop reported a time
QJsonArray timeoutAuditToJson(const QList<TimeoutFinding> &findings);
// Adds the three members to an exchange object of the document.
void insertInto(QJsonObject &exchangeObject, const HopAnalysis &analysis);
// The same members written straight as text (IndentedJsonWriter), appended to an exchange's;
// `analysis` must outlive the writing.
void appendMembers(QList<IndentedJsonWriter::Member> &members, const HopAnalysis &analysis);
} // namespace HopsJson

} // namespace Gatescope
