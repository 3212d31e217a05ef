#pragma once

#include "capture/CaptureImporter.h"

#include <QByteArrayList>
#include <QCoreApplication>

#include <optional>

namespace Gatescope {

// Reads curl command lines as people paste them — "Copy as cURL" from Chrome, Edge and Firefox
// in their bash and Windows cmd forms, hand-written lines, several commands in one paste — into
// RequestSpecs. Bash quoting ('…', "…", $'…', backslash-newline) and cmd quoting (^ escapes,
// ^\^" sequences, ^ line continuations) are undone exactly; curl.exe lines written for PowerShell
// (backtick continuations, '…' and "…" with backtick escapes) are read on a best-effort basis, while
// PowerShell's Invoke-WebRequest form is not a curl command line and is not read. Text pasted
// through chat apps is forgiven with a warning: typographic quotes (“…”, ‘…’) count as quotes, an
// em dash before an option name as "--", a no-break space as a space. Data curl would read from
// standard input (-d @-) is taken from a here-document (<<EOF) or an echo/printf piped into curl. The options that
// change the request (-X, -H, -d and its variants, -F, -u, -b, -A, -e, -k, --compressed, -L, -x, --resolve,
// --connect-to, -m,
// --connect-timeout, -I, -G, --url, …) are applied as curl applies them; output-only options
// (-s, -v, -i, -o, -w…) are ignored quietly; an unknown option is a warning naming it. Files
// named with @file are not read: a warning says so. Unbalanced quotes are an error naming the
// line and column.
class CurlImporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::CurlImporter)
public:
    enum class Dialect { Bash, WindowsCmd, PowerShell };

    static Result<Capture> importText(QByteArrayView text, const QString &name);

    // True when the first command word of the text is curl (after an optional "$ " prompt).
    static bool looksLikeCurl(QByteArrayView text);
    static Dialect detectDialect(QByteArrayView text);

    struct Command
    {
        QByteArrayList words;
        qsizetype offset = 0; // byte offset of the first word
        std::optional<QByteArray> standardInput; // a here-document or piped echo text, when given
        bool feedsNextCommand = false; // echo/printf whose output is piped into the next command
        QStringList notes; // what the splitter forgave (typographic quotes, …)
    };
    // Splits a paste into commands and words, undoing the shell's quoting.
    static Result<QList<Command>> splitCommands(QByteArrayView text, Dialect dialect, const QString &name);
};

} // namespace Gatescope
