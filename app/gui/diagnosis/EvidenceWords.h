#pragma once

#include <QString>
#include <QStringList>

namespace Gatescope::Gui {

// The evidence of a path step in words for the decision tree. Most steps are decided by what the
// exchange showed ("Server: nginx/1.22.1") and are kept as they are; a step that held only because
// something was absent carries the rule's raw condition ("holds: !response.present | …"), and a
// fact without a description its id ("transport.refused"). Those become words ("no response
// arrived"); the raw text stays for the tooltip.
namespace EvidenceWords {

// `rawCondition` is the step's rule condition (RuleNode::when); `responseArrived` tells which
// branch of a condition about the response held.
QStringList inWords(const QStringList &decidedBy, const QString &rawCondition, bool responseArrived);

// One fact id ("response.present", "!status.5xx", "transport.timeout") in words; "" when unknown.
QString factInWords(const QString &fact);

} // namespace EvidenceWords

} // namespace Gatescope::Gui
