#pragma once

#include "capture/Capture.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Gatescope::LooseText {

// The last reader: text that is no HAR, curl command, raw HTTP message or .http file, read as the
// best-effort exchange it describes. Shapes (each named where it is recognised):
// - a transport failure a tool reported: curl's "curl: (N) …" anywhere (after prompts, meters,
//   blockquotes), wget's "Connection refused"/"Read error", Python's ConnectionError /
//   RemoteDisconnected / BadStatusLine, Node's ECONNREFUSED / ECONNRESET / ETIMEDOUT / ENOTFOUND;
// - a raw response embedded in other text (a log line, a blockquote, an indented paste);
// - an error page or body without a status line: HTML source, a page's rendered text, a JSON or
//   plain body, a tool's or library's message that states the status ("503 Server Error",
//   "status code 502", "ERROR 502: Bad Gateway.", "Status: 502", Cloudflare "Error 1016").
// The result always carries a warning that says what was read and what was missing. nullopt
// only when the text names neither a status nor a failure nor holds a body worth reading.
std::optional<Capture> read(QByteArrayView text, const QString &name);

// The text without the lines of a curl command typed at a prompt (with its continuation lines),
// so what is left is what the command printed.
QByteArray withoutCommandLines(QByteArrayView text);

// True when the text marks output a person cut out: "[ ... ]", a line of "...", "<snip>",
// "[truncated]", "(truncated)".
bool looksHandTrimmed(QByteArrayView text);

} // namespace Gatescope::LooseText
