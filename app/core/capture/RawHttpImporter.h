#pragma once

#include "capture/CaptureImporter.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Gatescope {

// Reads HTTP messages pasted as text. A request ("GET /path HTTP/1.1", headers, blank line, body;
// origin-form with a Host header, absolute-form, HTTP/2 pseudo-headers, or Chrome's raw view of an
// HTTP/2 request that starts with them) becomes a RequestSpec; when a response follows it, both
// make one recorded Exchange. A response as `curl -i` prints it (CRLF or LF, with or without a
// body, "HTTP/2 502" status lines, several responses from `curl -i -L`, a proxy's "200 Connection
// established" before the real one, 1xx interim responses) becomes recorded Exchange(s): one per
// hop, the last one being the final answer. `curl -v` output (lines prefixed "> " and "< ") is read
// the same way, and so are the dumps of `curl --trace` / `--trace-ascii` and wget's log (the heads
// `wget -S` prints indented, or the bare status line wget prints without -S). A "$ curl -i …"
// command pasted above a response names the request that was answered. What the terminal adds is
// taken off: curl's progress meter, its "curl: (18) …" error (which ends the exchange early), the
// "%" zsh shows after output without a final newline, curl -v notes glued to a body. Odd header
// lines become wire anomalies with their byte offsets; unusable text is an error naming the line.
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
    static Result<Capture> importCurlTrace(QByteArrayView text, const QString &name);
    static Result<Capture> importWgetOutput(QByteArrayView text, const QString &name);
    static Result<Capture> importCurlFailure(QByteArrayView text, const QString &name);
};

} // namespace Gatescope
