#pragma once

#include "model/RequestSpec.h"

#include <QCoreApplication>
#include <QList>

namespace Gatescope {

// Writes a RequestSpec as one bash curl command that sends the same request: every header as -H
// except Content-Length, which curl computes from the body it sends (a header curl would add on
// its own but the request lacks is suppressed with "-H 'Name:'"), the
// body as --data-raw, the method with -X only when curl would not infer it (-I for HEAD), and the
// options (-k, -L/--max-redirs, -x/--noproxy, --resolve, --connect-to, --connect-timeout, -m).
// Quoting is bash's: '…' with '\'' for quotes, $'…' when the text has control characters.
// CurlImporter reads the result back into an equal RequestSpec.
class CurlExporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::CurlExporter)
public:
    struct Options
    {
        bool multiLine = true; // one option per line, joined with " \" line continuations
        // Written first, each line as a bash comment "# …" (which CurlImporter skips), e.g. what
        // was redacted. Several requests get it once, above the first command.
        QString comment;
    };

    static QByteArray toCurl(const RequestSpec &request, const Options &options);
    static QByteArray toCurl(const RequestSpec &request) { return toCurl(request, Options {}); }
    // Several requests, one command each, separated by blank lines.
    static QByteArray toCurl(const QList<RequestSpec> &requests, const Options &options);
    static QByteArray toCurl(const QList<RequestSpec> &requests) { return toCurl(requests, Options {}); }

    // One shell word for bash, quoted only when it needs to be.
    static QByteArray quote(const QByteArray &word);
    // `comment` as "# …" lines ("" when it is empty).
    static QByteArray commentLines(const QString &comment);

private:
    static QByteArray toCurl(const RequestSpec &request, const Options &options, bool spellMarks);
    static QByteArray quoteWord(const QByteArray &word, bool spellMarks);
};

} // namespace Gatescope
