#include "capture/SourcePosition.h"

#include <cstring>

namespace Gatescope {

SourcePosition SourcePosition::at(QByteArrayView text, qsizetype offset)
{
    SourcePosition position;
    position.offset = std::clamp<qsizetype>(offset, 0, text.size());
    const char *begin = text.data();
    const char *end = begin + position.offset;
    const char *lineStart = begin;
    for (const char *p = begin; p < end;) {
        const void *found = std::memchr(p, '\n', size_t(end - p));
        if (!found)
            break;
        p = static_cast<const char *>(found) + 1;
        lineStart = p;
        ++position.line;
    }
    position.column = (end - lineStart) + 1;
    return position;
}

QString SourcePosition::describe() const
{
    return tr("line %1, column %2 (byte %3)").arg(line).arg(column).arg(offset);
}

} // namespace Gatescope
