#pragma once

#include "CaptureImporter.h"

#include <QCoreApplication>

namespace Gatescope {

// Reads .http / .rest files as the VS Code REST Client and the JetBrains HTTP Client write them:
// requests separated by "###" lines (the rest of the line names the request, as does a
// "# @name x" comment), "@name = value" variables used as {{name}} (variables may use earlier
// ones), "#" and "//" comment lines, a request line with an optional HTTP version (or a bare URL,
// meaning GET), query continuation lines starting with ? or &, headers, a blank line and a body.
// Bodies read from files ("< ./file") and JetBrains response handlers ("> {% … %}") are not run
// or read: a warning says so. Dynamic variables ({{$guid}}) and undefined ones stay as written,
// with a warning.
class HttpFileImporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::HttpFileImporter)
public:
    static Result<Capture> importText(QByteArrayView text, const QString &name);

    // True when the text has the marks of an .http file (### separators, @variables, {{…}},
    // comment lines before a request line, or a bare "GET https://…" line without a version).
    static bool looksLikeHttpFile(QByteArrayView text);
};

} // namespace Gatescope
