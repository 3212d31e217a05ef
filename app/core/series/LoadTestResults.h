#pragma once

#include "capture/Capture.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Gatescope {

// The failures of a distributed load run, read back so that Gatescope diagnoses them:
// - Locust's --csv PREFIX_failures.csv ("Method,Name,Error,Occurrences"): one exchange per row —
//   "HTTPError('502 Server Error: …')" becomes a response with that status, the requests library's
//   connection errors (refused, reset, aborted, timed out) become the transport outcome they name;
//   the occurrences are kept in the exchange's comment;
// - k6's --out json results (one JSON object per line): every "http_reqs" point with a status of
//   500 or more, or 0 (no response), becomes an exchange with its method, URL and status;
// - k6's end-of-test summary (--summary-export=FILE, or handleSummary's data as JSON): each 5xx
//   submetric of http_reqs ("http_reqs{status:502}") becomes an exchange with that status and its
//   count; without one, the failure count is a warning;
// - Locust's PREFIX_exceptions.csv: the locustfile's own errors, as warnings (no exchange).
// kind is "locust-failures", "k6-json", "k6-summary" or "locust-exceptions"; nullopt when the
// bytes are none of them.
namespace LoadTestResults {

// Whether bytes starting with `head` (at least their first HeadBytes) are one of these results:
// read() returns nullopt for anything else, so a caller can leave a big file unread.
constexpr qsizetype HeadBytes = 256;
bool recognises(const QByteArray &head);

std::optional<Capture> read(const QByteArray &bytes, const QString &name);

} // namespace LoadTestResults

} // namespace Gatescope
