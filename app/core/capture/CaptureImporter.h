#pragma once

#include "Exchange.h"
#include "Result.h"

#include <QList>
#include <QString>

namespace Gatescope {

// What one input (file or pasted text) held: requests to send and/or exchanges already recorded.
struct Capture
{
    // "har" | "curl" | "raw-request" | "raw-response" | "http-file" — the contract's input.kind
    QString kind;
    QString name;                 // file name or "pasted text"
    QList<RequestSpec> requests;  // what can be (re)sent; for a HAR, one per entry
    QList<Exchange> exchanges;    // recorded exchanges (HAR entries, a raw response); Source::Recorded
    QStringList warnings;         // e.g. "curl: unknown option '--foo' ignored"
};

// Detects the kind of input (HAR JSON, curl command line(s), raw HTTP request or response,
// .http file) and imports it. Errors name the input and the line/column or byte offset.
namespace CaptureImporter {
Result<Capture> importFile(const QString &path);
Result<Capture> importText(const QByteArray &text, const QString &name);
} // namespace CaptureImporter

} // namespace Gatescope
