#pragma once

#include "capture/Capture.h"
#include "model/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Gatescope {

// Reads HTTP messages pasted as text, as a terminal, a browser's raw view or a tool's log shows
// them. A request becomes a RequestSpec; a response becomes recorded Exchanges, one per hop, the
// last being the final answer, with the request they answer when the text shows it (the request
// above, the curl command typed above, curl -v's "> " lines). The terminal's noise is taken off
// first (TerminalTranscript) and tool logs are turned back into messages (ToolLogs). Bodies and
// header values are kept byte for byte; odd header lines become wire anomalies with their byte
// offsets. Nothing is fetched. Text that holds no readable message is an error naming the input
// and the line.
class RawHttpImporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::RawHttpImporter)
public:
    static Result<Capture> importRequest(QByteArrayView text, const QString &name);
    static Result<Capture> importResponse(QByteArrayView text, const QString &name);

    // Cheap tests on the first meaningful line, used to detect the kind of an input.
    static bool looksLikeRequest(QByteArrayView text);
    static bool looksLikeResponse(QByteArrayView text);
    static bool looksLikeCurlVerbose(QByteArrayView text);
    static bool looksLikeCurlTrace(QByteArrayView text); // curl --trace / --trace-ascii output
    static bool looksLikeWgetOutput(QByteArrayView text); // wget's log, with -S or without
    // curl's report of a failure without a response: "* Empty reply from server" in -v output, or
    // "curl: (52) Empty reply from server" under the command; read as a recorded exchange with that
    // transport outcome (refused, timeout, reset, closed early, DNS, TLS, invalid response).
    static bool looksLikeCurlFailure(QByteArrayView text);

private:
    // `asSaved`: the text is the input as given, not a message rebuilt from a transcript (curl -v's
    // "< " lines, an indented quote): only then can it be the wire's own bytes.
    static Result<Capture> importResponseText(QByteArrayView text, const QString &name, bool asSaved);
    static Result<Capture> importCurlTrace(QByteArrayView text, const QString &name);
    static Result<Capture> importWgetOutput(QByteArrayView text, const QString &name);
    static Result<Capture> importCurlFailure(QByteArrayView text, const QString &name);
};

} // namespace Gatescope
