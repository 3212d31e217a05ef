#pragma once

#include "capture/Capture.h"
#include "model/Result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Gatescope {

// PowerShell's Invoke-WebRequest and Invoke-RestMethod (also as iwr and irm): what "Copy as
// PowerShell" in Chrome and Edge writes, what InvokeWebRequestExporter writes, and what people type.
// Read as the one request the call sends: -Uri (or the first positional argument), -Method or
// -CustomMethod, the -Headers hash table as it is listed, -ContentType, -UserAgent, -Body (a string,
// [System.Text.Encoding]::UTF8.GetBytes("…"), a [byte[]] list or a hash table sent as a form), the
// User-Agent and cookies of a WebRequestSession set up above the call ($session.UserAgent = …,
// $session.Cookies.Add((New-Object System.Net.Cookie(…)))), and -SkipCertificateCheck,
// -MaximumRedirection, -HttpVersion, -Proxy, -NoProxy, -TimeoutSec. PowerShell's quoting is undone:
// '…' with '' for a quote, "…" with backtick escapes and "" for a quote, backtick line continuations.
// Variables are not expanded (a warning names the ones that were not). Nothing is sent.
namespace InvokeWebRequestImporter {

// The first call in `text` (after a prompt such as "PS C:\> ", in a Markdown fence, below comment
// lines), or nullopt when the text calls neither cmdlet; an error names the place when the call
// has no address.
std::optional<Result<Capture>> importText(QByteArrayView text, const QString &name);

// True when a line of `text` calls Invoke-WebRequest or Invoke-RestMethod (what importText reads).
bool containsCall(QByteArrayView text);

} // namespace InvokeWebRequestImporter

} // namespace Gatescope
