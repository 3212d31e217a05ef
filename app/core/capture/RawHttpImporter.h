#pragma once

#include "CaptureImporter.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Gatescope {

// Reads HTTP messages pasted as text. A request ("GET /path HTTP/1.1", headers, blank line, body;
// origin-form with a Host header, absolute-form, or HTTP/2 pseudo-headers) becomes a RequestSpec;
// when a response follows it, both make one recorded Exchange. A response as `curl -i` prints it
// (CRLF or LF, with or without a body, "HTTP/2 502" status lines, several responses from
// `curl -i -L`, a proxy's "200 Connection established" before the real one, 1xx interim
// responses) becomes recorded Exchange(s): one per hop, the last one being the final answer.
// `curl -v` output (lines prefixed "> " and "< ") is read the same way. Odd header lines become
// wire anomalies with their byte offsets; unusable text is an error naming the line.
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
};

} // namespace Gatescope
