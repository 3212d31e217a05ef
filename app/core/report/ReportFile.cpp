#include "report/ReportFile.h"

#include <QSaveFile>

namespace Gatescope {

Result<qint64> ReportFile::save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        //: %1 file path, %2 the system's reason
        return Error { tr("%1: cannot write the report: %2").arg(path, file.errorString()) };
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error { tr("%1: cannot write the report: %2").arg(path, file.errorString()) };
    return qint64(bytes.size());
}

} // namespace Gatescope
