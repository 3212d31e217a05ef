#pragma once

#include "model/Exchange.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Gatescope {

// What one input (file or pasted text) held: requests to send and/or exchanges already recorded.
struct Capture
{
    // The kinds of input Gatescope reads.
    enum class Kind { Har, Curl, RawRequest, RawResponse, HttpFile };
    // The contract's input.kind: "har" | "curl" | "raw-request" | "raw-response" | "http-file".
    static QString kindName(Kind kind);

    QString kind; // kindName() of the input's Kind: saved in workspaces and written in reports
    QString name; // file name or "pasted text"
    QList<RequestSpec> requests; // what can be (re)sent; for a HAR, one per entry
    QList<Exchange> exchanges; // recorded exchanges (HAR entries, a raw response); Source::Recorded
    QStringList warnings; // e.g. "curl: unknown option '--foo' ignored"
};

} // namespace Gatescope
