#pragma once

#include "model/RequestSpec.h"

#include <QCoreApplication>

namespace Gatescope {

// Writes a RequestSpec as a PowerShell Invoke-WebRequest command that sends the same request (what
// "Copy as PowerShell" in Chrome DevTools writes), for PowerShell 7 and Windows PowerShell 5.1:
//   Invoke-WebRequest -UseBasicParsing -Uri 'https://…' `
//     -Method 'PUT' `
//     -UserAgent '…' `
//     -Headers @{
//       'Accept' = 'application/json'
//     } `
//     -ContentType 'application/json' `
//     -Body '{"a":1}'
// Strings are single-quoted (verbatim: nothing expands), a quote inside doubled, the curly single
// quotes too, which PowerShell reads as quotes (about_Quoting_Rules). A string with control
// characters is double-quoted with backtick escapes (`n, `r, `t, `0, $([char]0x1B)), and ` $ "
// and the curly double quotes behind a backtick. A body beyond ASCII is sent as its UTF-8 bytes
// ([System.Text.Encoding]::UTF8.GetBytes(…)), bytes that are not UTF-8 as a [byte[]] list:
// Windows PowerShell 5.1 encodes a string body as ISO-8859-1 and PowerShell 7.4 as UTF-8, bytes
// arrive the same from both. Content-Type and User-Agent go through their own parameters and
// Content-Length is computed; a hash table cannot hold a name twice (names are case-insensitive),
// so repeated fields are joined with ", " (Cookie with "; "). A method outside -Method's list
// goes through -CustomMethod. What Invoke-WebRequest cannot say (--resolve, --connect-to, a
// switched-off header, HTTP/2 with prior knowledge) is named in "# " comment lines above it.
class InvokeWebRequestExporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::InvokeWebRequestExporter)
public:
    static QByteArray toPowerShell(const RequestSpec &request);
    // One PowerShell string literal holding the UTF-8 text exactly.
    static QByteArray quote(const QByteArray &text);
};

} // namespace Gatescope
