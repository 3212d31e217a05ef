#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Gatescope {

// A place in an imported text as people count it: 1-based line and column (columns in bytes),
// plus the 0-based byte offset. Importers compute it only when they report an error, so it costs
// nothing on the good path.
struct SourcePosition
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::SourcePosition)
public:
    qsizetype line = 1;
    qsizetype column = 1;
    qsizetype offset = 0;

    static SourcePosition at(QByteArrayView text, qsizetype offset);
    // "line 12, column 4 (byte 317)"
    QString describe() const;
};

} // namespace Gatescope
