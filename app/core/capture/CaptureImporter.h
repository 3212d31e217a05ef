#pragma once

#include "model/Exchange.h"
#include "model/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Gatescope {

// What one input (file or pasted text) held: requests to send and/or exchanges already recorded.
struct Capture
{
    // "har" | "curl" | "raw-request" | "raw-response" | "http-file" — the contract's input.kind
    QString kind;
    QString name; // file name or "pasted text"
    QList<RequestSpec> requests; // what can be (re)sent; for a HAR, one per entry
    QList<Exchange> exchanges; // recorded exchanges (HAR entries, a raw response); Source::Recorded
    QStringList warnings; // e.g. "curl: unknown option '--foo' ignored"
};

// Detects the kind of input (HAR JSON, curl command line(s), raw HTTP request or response,
// .http file) and imports it. Errors name the input and the line/column or byte offset.
// `progress` (optional) is told how many bytes of the input have been read, from (0, total) to
// (total, total); a HAR reports as it scans (about 200 times), the small text kinds at the start
// and the end. `cancel` (optional, not owned) is polled between HAR entries and between the
// steps of the other kinds: once it holds true the import stops and returns an error that says so
// (wasCancelled() tells it apart from a bad input).
namespace CaptureImporter {
using ProgressFunction = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

Result<Capture> importFile(const QString &path, const ProgressFunction &progress = {},
                           const std::atomic_bool *cancel = nullptr);
Result<Capture> importText(const QByteArray &text, const QString &name, const ProgressFunction &progress = {},
                           const std::atomic_bool *cancel = nullptr);
bool wasCancelled(const std::atomic_bool *cancel);
} // namespace CaptureImporter

} // namespace Gatescope
