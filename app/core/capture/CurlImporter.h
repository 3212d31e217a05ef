#pragma once

#include "CaptureImporter.h"

#include <QByteArrayList>
#include <QCoreApplication>

namespace Gatescope {

// Reads curl command lines as people paste them — "Copy as cURL" from Chrome, Edge and Firefox
// in their bash and Windows cmd forms, hand-written lines, several commands in one paste — into
// RequestSpecs. Bash quoting ('…', "…", $'…', backslash-newline) and cmd quoting (^ escapes,
// ^\^" sequences, ^ line continuations) are undone exactly; PowerShell's Invoke-WebRequest form
// is not a curl command line and is not read. The options that change the request (-X, -H, -d
// and its variants, -F, -u, -b, -A, -e, -k, --compressed, -L, -x, --resolve, --connect-to, -m,
// --connect-timeout, -I, -G, --url, …) are applied as curl applies them; output-only options
// (-s, -v, -i, -o, -w…) are ignored quietly; an unknown option is a warning naming it. Files
// named with @file are not read: a warning says so. Unbalanced quotes are an error naming the
// line and column.
class CurlImporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::CurlImporter)
public:
    enum class Dialect { Bash, WindowsCmd };

    static Result<Capture> importText(QByteArrayView text, const QString &name);

    // True when the first command word of the text is curl (after an optional "$ " prompt).
    static bool looksLikeCurl(QByteArrayView text);
    static Dialect detectDialect(QByteArrayView text);

    struct Command
    {
        QByteArrayList words;
        qsizetype offset = 0;   // byte offset of the first word
    };
    // Splits a paste into commands and words, undoing the shell's quoting.
    static Result<QList<Command>> splitCommands(QByteArrayView text, Dialect dialect, const QString &name);
};

} // namespace Gatescope
