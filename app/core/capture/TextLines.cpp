#include "capture/TextLines.h"

namespace Gatescope::TextLines {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c)
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

qsizetype skipBlankLines(QByteArrayView text, qsizetype pos)
{
    while (pos < text.size()) {
        const Line line = lineAt(text, pos);
        if (!lineText(text, line).trimmed().isEmpty())
            return pos;
        pos = line.next;
    }
    return pos;
}

bool isStatusLine(QByteArrayView line)
{
    if (!line.startsWith("HTTP/") || line.size() < 10 || !isDigit(line.at(5)))
        return false;
    qsizetype i = 6;
    if (i < line.size() && line.at(i) == '.') {
        ++i;
        if (i >= line.size() || !isDigit(line.at(i)))
            return false;
        ++i;
    }
    if (i >= line.size() || line.at(i) != ' ')
        return false;
    while (i < line.size() && line.at(i) == ' ')
        ++i;
    return i + 3 <= line.size() && isDigit(line.at(i)) && isDigit(line.at(i + 1)) && isDigit(line.at(i + 2))
        && (i + 3 == line.size() || line.at(i + 3) == ' ');
}

bool isStatusLineAt(QByteArrayView text, qsizetype pos)
{
    return pos < text.size() && isStatusLine(lineText(text, lineAt(text, pos)));
}

bool isRequestLine(QByteArrayView line)
{
    const qsizetype space = line.indexOf(' ');
    if (space <= 0)
        return false;
    for (qsizetype i = 0; i < space; ++i) {
        if (!isTokenChar(line.at(i)))
            return false;
    }
    // Methods are upper-case in practice; this keeps prose such as "Hello world" out.
    for (qsizetype i = 0; i < space; ++i) {
        if (line.at(i) >= 'a' && line.at(i) <= 'z')
            return false;
    }
    const QByteArrayView rest = line.sliced(space + 1).trimmed();
    if (rest.isEmpty())
        return false;
    const qsizetype second = rest.indexOf(' ');
    const QByteArrayView target = second < 0 ? rest : rest.first(second);
    const QByteArrayView version = second < 0 ? QByteArrayView() : rest.sliced(second + 1).trimmed();
    if (!version.isEmpty() && !version.startsWith("HTTP/"))
        return false;
    return target.startsWith('/') || target == "*" || target.startsWith("http://") || target.startsWith("https://")
        || (!version.isEmpty() && target.contains(':'));
}

} // namespace Gatescope::TextLines
