#pragma once

#include "model/RequestSpec.h"

#include <QCoreApplication>
#include <QList>

namespace Gatescope {

// Writes requests as an .http file for the VS Code REST Client and the JetBrains HTTP Client:
// "### name" separators, "METHOD URL HTTP/1.1", headers, a blank line and the body. HttpFileImporter
// reads it back. The format has no escapes: a body line starting with "###" or holding "{{" would
// be read differently, so such bodies get a "# note:" comment above the request.
class HttpFileExporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::HttpFileExporter)
public:
    // `comment` (e.g. what was redacted) goes first as "# …" lines, which the .http tools and
    // HttpFileImporter read as comments.
    static QByteArray toHttpFile(const QList<RequestSpec> &requests, const QString &comment = {});
};

} // namespace Gatescope
