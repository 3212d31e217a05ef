#pragma once

#include "capture/Capture.h"
#include "model/Result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Gatescope {

// A browser's "Copy as fetch" / "Copy as Node.js fetch" (Chrome, Edge, Firefox): a JavaScript call
// fetch("URL", { "method": …, "headers": {…}, "body": …, "referrer": … }) whose options the
// browsers write as a JSON object (Chromium leaves a comma before a closing brace). Read as the one
// request it describes: method, URL, every header it lists, the body, and the referrer as Referer.
// Nothing is sent. The browser adds what the call does not list (cookies with "credentials":
// "include", its own User-Agent), which a warning says.
namespace FetchCallImporter {

// The call in `text` (after a Markdown fence, a comment line or "await "), or nullopt when the text
// holds no fetch() call with a string URL; an error names the place when the options cannot be read.
std::optional<Result<Capture>> importText(QByteArrayView text, const QString &name);

} // namespace FetchCallImporter

} // namespace Gatescope
