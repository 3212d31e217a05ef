#pragma once

#include "capture/Capture.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Gatescope {

// Reads .http / .rest files as the VS Code REST Client and the JetBrains HTTP Client write them:
// requests separated by "###" lines (the rest of the line names the request, as does a
// "# @name x" comment), "@name = value" variables used as {{name}} (variables may use earlier
// ones), "#" and "//" comment lines, a request line with an optional HTTP version (or a bare URL,
// meaning GET), query continuation lines starting with ? or &, headers, a blank line and a body.
// Bodies read from files ("< ./file"), JetBrains pre-request scripts ("< {% … %}" above the request
// line) and response handlers ("> {% … %}") are not run or read: a warning says so. Variables of a
// JetBrains environment file beside the .http file are used when the caller reads it. Dynamic variables ({{$guid}}) and
// undefined ones stay as written, with a warning.
class HttpFileImporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::HttpFileImporter)
public:
    static Result<Capture> importText(QByteArrayView text, const QString &name);

    // Variables from a JetBrains environment file next to the .http file.
    struct Environment
    {
        QString name; // "dev"; empty when no environment was found
        QString file; // "http-client.env.json"
        QStringList others; // the other environments the file defines
        QHash<QString, QString> variables;
    };
    // Reads http-client.env.json and http-client.private.env.json beside `httpFilePath` (the
    // public file wins where both define a name, as in the JetBrains client). With several
    // environments the one named dev, development or local is taken, else the first by name; the
    // others are listed so that a warning can name them.
    static Environment environmentBeside(const QString &httpFilePath);
    // As above, with the environment's variables, which win over the file's own "@name = value".
    static Result<Capture> importText(QByteArrayView text, const QString &name, const Environment &environment);

    // True when the text has the marks of an .http file (### separators, @variables, {{…}},
    // comment lines before a request line, or a bare "GET https://…" line without a version).
    static bool looksLikeHttpFile(QByteArrayView text);
};

} // namespace Gatescope
