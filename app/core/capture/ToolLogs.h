#pragma once

#include "model/Exchange.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Gatescope::ToolLogs {

// The logs HTTP tools print about a transfer, turned back into the messages they show: curl -v,
// curl --trace / --trace-ascii (with or without --trace-time), wget with or without -S, and
// curl's own report of a failure. The messages come out as text for the raw HTTP reader.

// curl -v output back into a request text and a response text: the last request shown (or the
// first of a curl -L redirect chain) and the response(s) that followed it. "* " notes and
// "{ "/"} " data notes are dropped, and so is the plain copy of each header line that curl -v -i
// prints next to the "< " one; a note glued to a body without a final newline is cut off.
void splitCurlVerbose(QByteArrayView text, QByteArray *request, QByteArray *response);

// The scheme curl's notes ("* " in -v, "== Info: " in a trace) tell: "https" when TLS was used or
// it connected to port 443, "http" for another port; without notes "https" for a request line in
// HTTP/2 or HTTP/3 (curl speaks them in clear text only when told to), else empty.
QByteArray schemeFromCurlNotes(QByteArrayView text);

// The bytes a curl --trace or --trace-ascii dump shows going each way.
struct TraceStreams
{
    QList<QByteArray> requests; // each "Send header" block starts one
    QByteArray received;
    bool asciiBody = false; // a received body dumped by --trace-ascii, not --trace
};
TraceStreams readCurlTrace(QByteArrayView text);

// One response wget logged: the head -S prints indented after "HTTP request sent, awaiting
// response... ", or only the status line wget prints there without -S.
struct WgetResponse
{
    QByteArray url; // from the "--<date>--  URL" line before it (a retry's: "--<date>--  (try: 2)  URL")
    QByteArray head; // status line and header lines, CRLF-separated, ending in a blank line
    qsizetype offset = 0; // where its "awaiting response" line starts
};
QList<WgetResponse> readWgetOutput(QByteArrayView text);

// How curl said a transfer failed without a response, in a "* note" of -v or its
// "curl: (52) Empty reply from server" line; nullopt when the text says no such thing.
struct CurlFailure
{
    Outcome outcome = Outcome::ClosedEarly;
    Phase phase = Phase::None;
    QString detail;
};
std::optional<CurlFailure> curlFailureIn(QByteArrayView text);

} // namespace Gatescope::ToolLogs
