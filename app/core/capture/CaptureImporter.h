#pragma once

#include "capture/Capture.h"
#include "model/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Gatescope {

// Detects the kind of input (HAR JSON, curl command line(s), raw HTTP request or response,
// .http file) and imports it. Errors name the input and the line/column or byte offset.
// `progress` (optional) is told how many bytes of the input have been read, from (0, total) to
// (total, total); a HAR reports as it scans (about 200 times), the small text kinds at the start
// and the end. `cancel` (optional, not owned) is polled between HAR entries and between the
// steps of the other kinds: once it holds true the import stops and returns an error that says so,
// with the code Error::Code::Cancelled. Other errors carry a code too (Io, Empty, TooLarge, Binary,
// Malformed, Unsupported), so a caller tells a cancelled import from a bad input without reading
// the message.
// `entries` (optional) is told the exchanges of a HAR batch by batch as they are read
// (HarImporter::setEntriesFunction); the other kinds are small and only come whole, in the result.
namespace CaptureImporter {
using ProgressFunction = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;
using EntriesFunction = std::function<void(const QList<Exchange> &exchanges)>;

Result<Capture> importFile(const QString &path, const ProgressFunction &progress = {},
                           const std::atomic_bool *cancel = nullptr, const EntriesFunction &entries = {});
Result<Capture> importText(const QByteArray &text, const QString &name, const ProgressFunction &progress = {},
                           const std::atomic_bool *cancel = nullptr, const EntriesFunction &entries = {});
} // namespace CaptureImporter

} // namespace Gatescope
