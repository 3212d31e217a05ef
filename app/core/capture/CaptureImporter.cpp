#include "CaptureImporter.h"

namespace Gatescope::CaptureImporter {

// PLACEHOLDER — replaced by the captures work (HAR, curl, raw HTTP, .http).
Result<Capture> importFile(const QString &path)
{
    return Error{QStringLiteral("%1: capture import is not built yet").arg(path)};
}

Result<Capture> importText(const QByteArray &, const QString &name)
{
    return Error{QStringLiteral("%1: capture import is not built yet").arg(name)};
}

} // namespace Gatescope::CaptureImporter
