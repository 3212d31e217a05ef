#pragma once

#include "model/Exchange.h"

#include <QRegularExpression>
#include <QStringView>

#include <optional>

// How connection failures are written in text people paste: the error names of Node's network
// calls and the name of a proxy process in front of its log line. The pasted-text importer reads
// them as the client's own failure; the quoted log lines read them as a proxy's failure to reach its
// upstream.
namespace Gatescope::NetworkErrorText {

// Node's (libuv's) error name for a failed call, and the request library's "socket hang up":
// ECONNREFUSED and EHOSTUNREACH → Refused, ECONNRESET → Reset, ENOTFOUND and EAI_AGAIN →
// DnsFailure, ETIMEDOUT and ESOCKETTIMEDOUT → Timeout, "socket hang up" → ClosedEarly.
std::optional<Outcome> outcomeOfNodeError(QStringView name);

// A line written behind the name of a proxy process, as a process manager prefixes it: pnpm's
// "examples/api-client-proxy dev: …", docker compose's "api-proxy_1  | …". Matches the prefix.
const QRegularExpression &proxyProcessPrefix();

} // namespace Gatescope::NetworkErrorText
