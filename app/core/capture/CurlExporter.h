#pragma once

#include "model/RequestSpec.h"

#include <QCoreApplication>
#include <QList>

namespace Gatescope {

// Writes a RequestSpec as one curl command that sends the same request: every header as -H
// except Content-Length, which curl computes from the body it sends (a header curl would add on
// its own but the request lacks is suppressed with "-H 'Name:'"), the
// body as --data-raw, the method with -X only when curl would not infer it (-I for HEAD), and the
// options (-k, -L/--max-redirs, -x/--noproxy, --resolve, --connect-to, --connect-timeout, -m).
// Quoting is bash's ('…' with '\'' for quotes, $'…' when the text has control characters) or
// Windows cmd's as Chrome DevTools writes it for "Copy as cURL (cmd)": every argument in ^"…^",
// each backslash and quote behind a backslash for the C runtime, every character outside a safe
// set behind a ^, a % before a letter or digit as ^%^ (so cmd expands no variable), a newline as
// ^ + two newlines, options on lines continued with " ^". CurlImporter reads either back into an
// equal RequestSpec — except that cmd cannot pass a carriage return, which it drops (said in a
// REM line above the command).
class CurlExporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::CurlExporter)
public:
    enum class Shell { Bash, Cmd };
    struct Options
    {
        bool multiLine = true; // one option per line, joined with " \" (cmd: " ^") continuations
        // Written first, each line as a comment "# …" (cmd: "REM …"; CurlImporter skips both),
        // e.g. what was redacted. Several requests get it once, above the first command.
        QString comment;
        Shell shell = Shell::Bash;
    };

    static QByteArray toCurl(const RequestSpec &request, const Options &options);
    static QByteArray toCurl(const RequestSpec &request) { return toCurl(request, Options {}); }
    // Several requests, one command each, separated by blank lines.
    static QByteArray toCurl(const QList<RequestSpec> &requests, const Options &options);
    static QByteArray toCurl(const QList<RequestSpec> &requests) { return toCurl(requests, Options {}); }

    // One shell word for bash, quoted only when it needs to be.
    static QByteArray quote(const QByteArray &word);
    // One argument for Windows cmd and the C runtime behind it, as Chrome quotes it.
    static QByteArray quoteForCmd(const QByteArray &word);
    // `comment` as "# …" lines (cmd: "REM …"; "" when it is empty).
    static QByteArray commentLines(const QString &comment, Shell shell = Shell::Bash);

private:
    static QByteArray toCurl(const RequestSpec &request, const Options &options, bool spellMarks);
    static QByteArray quoteWord(const QByteArray &word, bool spellMarks);
};

} // namespace Gatescope
