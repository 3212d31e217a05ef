#pragma once

#include <QByteArrayView>

namespace Gatescope::TextLines {

// The lines of pasted text and the start lines of HTTP messages in it, shared by the readers of
// raw HTTP, terminal transcripts and tool logs. A line ends at LF; a CR before it is not content.
struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive, without the line ending
    qsizetype next = 0; // start of the following line
};

inline Line lineAt(QByteArrayView text, qsizetype pos)
{
    Line line;
    line.start = pos;
    const qsizetype newline = text.indexOf('\n', pos);
    line.end = newline < 0 ? text.size() : newline;
    line.next = newline < 0 ? text.size() : newline + 1;
    if (line.end > line.start && text.at(line.end - 1) == '\r')
        --line.end;
    return line;
}

inline QByteArrayView lineText(QByteArrayView text, const Line &line)
{
    return text.sliced(line.start, line.end - line.start);
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The first line at or after `pos` with more than blanks on it, or the end of the text.
qsizetype skipBlankLines(QByteArrayView text, qsizetype pos);

// "HTTP/1.1 502 Bad Gateway", "HTTP/2 502"
bool isStatusLine(QByteArrayView line);
bool isStatusLineAt(QByteArrayView text, qsizetype pos);
// "GET /x HTTP/1.1", "GET http://h/x", "OPTIONS * HTTP/1.1"
bool isRequestLine(QByteArrayView line);

} // namespace Gatescope::TextLines
