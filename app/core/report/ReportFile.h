#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Gatescope {

// Writes a finished report to disk atomically (QSaveFile): the file either holds the whole
// report or is left as it was. The error names the file and what went wrong.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::ReportFile)
public:
    static Result<qint64> save(const QString &path, const QByteArray &bytes);
};

} // namespace Gatescope
