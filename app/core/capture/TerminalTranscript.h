#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Gatescope::TerminalTranscript {

// What a terminal adds around an HTTP message copied from it, found and taken off before the
// message is read: curl's progress meter, its "curl: (N) …" error line, the command typed above
// the output, the "%" zsh prints after output without a final newline, and an indent shared by
// every line. Each function leaves the text alone when the noise it removes is not there.

// True when curl's progress meter ("% Total    % Received % Xferd" …) is in the text.
bool hasProgressMeter(QByteArrayView text);
// The text without the meter's heading, its "Dload  Upload" line and its rows of numbers and
// times ("\r"-separated updates), wherever they fell between the lines of the response.
QByteArray withoutProgressMeter(QByteArrayView text);

// The body without the "%" (shown inverted) that zsh prints before its next prompt when output
// lacks a final newline ("…</html>%"). It is dropped when the body is one byte longer than its
// Content-Length (`declared`, -1 when none) says, or, without a length, when it follows the end of
// JSON or markup.
QByteArrayView withoutZshMark(QByteArrayView body, qsizetype declared);

// "curl: (18) transfer closed with 93 bytes remaining to read" that curl printed after the
// response: at the start of the last line, or right after a body without a final newline.
struct CurlError
{
    qsizetype at = -1; // where "curl: (" starts; -1 when there is none
    int code = 0;
    QString message;
};
CurlError trailingCurlError(QByteArrayView text);

// "$ curl -i https://…" (a shell prompt and the command, maybe continued over several lines with
// "\", "^" or "`") pasted above the response it printed.
struct CommandAbove
{
    qsizetype responseStart = 0; // the status line after the command, or where the text starts
    QByteArrayView command; // from "curl" to the end of its last line; empty without one
};
CommandAbove commandAbove(QByteArrayView text);

// A message pasted with every line indented alike (a Markdown code block, a quoted e-mail, a log
// viewer): the text without that indent, or a null array when the lines share none. Only when
// the first line is a start line underneath ("    HTTP/1.1 502 Bad Gateway").
QByteArray withoutCommonIndent(QByteArrayView text);

} // namespace Gatescope::TerminalTranscript
