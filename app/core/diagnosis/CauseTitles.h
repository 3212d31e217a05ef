#pragma once

#include <QString>

namespace Gatescope {

// The words people read for the contract's ids (docs/diagnosis-contract.md): a short translated
// title per cause id ("upstream.timeout" → "The gateway gave up waiting for the upstream") and per
// retry advice ("retry-with-backoff" → "Retry with backoff"). Ids stay in JSON; windows and
// texts for people show these. An id this build does not know is returned as it is.
namespace CauseTitles {

QString cause(const QString &causeId);
QString retry(const QString &advice);

} // namespace CauseTitles

} // namespace Gatescope
