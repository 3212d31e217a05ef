#include "capture/TerminalTranscript.h"

#include "capture/TextLines.h"

#include <QList>

namespace Gatescope::TerminalTranscript {

using namespace TextLines;

namespace {

// A row of the meter: 12 fields, starting with a number, three of them times ("0:00:01").
bool isProgressRow(QByteArrayView segment)
{
    const QList<QByteArray> fields = segment.toByteArray().simplified().split(' ');
    if (fields.size() != 12 || fields.first().isEmpty() || !isDigit(fields.first().front()))
        return false;
    return fields.at(8).contains(':') && fields.at(9).contains(':') && fields.at(10).contains(':');
}

bool isProgressMeterLine(QByteArrayView line)
{
    if (line.contains("% Total    % Received % Xferd") || line.trimmed().startsWith("Dload  Upload"))
        return true;
    bool any = false;
    for (QByteArrayView segment : QByteArray(line.toByteArray()).split('\r')) {
        if (segment.trimmed().isEmpty())
            continue;
        if (!isProgressRow(segment))
            return false;
        any = true;
    }
    return any;
}

} // namespace

bool hasProgressMeter(QByteArrayView text)
{
    return text.contains("% Total    % Received % Xferd");
}

QByteArrayView withoutZshMark(QByteArrayView body, qsizetype declared)
{
    QByteArrayView trimmed = body;
    while (!trimmed.isEmpty() && QByteArrayView(" \t\r\n").contains(trimmed.back()))
        trimmed.chop(1);
    if (!trimmed.endsWith('%') || trimmed.size() < 2)
        return body;
    const QByteArrayView before = trimmed.first(trimmed.size() - 1);
    if (declared >= 0 ? before.size() == declared : QByteArrayView("}]>").contains(before.back()))
        return before;
    return body;
}

CommandAbove commandAbove(QByteArrayView text)
{
    CommandAbove found;
    const qsizetype pos = skipBlankLines(text, 0);
    found.responseStart = pos;
    Line line = lineAt(text, pos);
    const QByteArrayView content = lineText(text, line);
    const qsizetype curl = content.indexOf("curl ");
    if (curl < 0 || curl > 80)
        return found;
    // Only a prompt may stand before "curl": "$ ", "% ", "# ", "> ", "user@host:~$ ", "PS C:\> ",
    // starship's and pure's "❯ ", oh-my-zsh's "➜  ~ ".
    const QByteArrayView prompt = content.first(curl).trimmed();
    if (!prompt.isEmpty() && !prompt.endsWith('$') && !prompt.endsWith('%') && !prompt.endsWith('#')
        && !prompt.endsWith('>') && !prompt.endsWith("\xE2\x9D\xAF") && !prompt.startsWith("\xE2\x9E\x9C"))
        return found;
    qsizetype commandEnd = line.end;
    // Continuation lines: bash "\", cmd "^", PowerShell "`".
    while (line.next < text.size()) {
        const QByteArrayView current = lineText(text, line).trimmed();
        if (!current.endsWith('\\') && !current.endsWith('^') && !current.endsWith('`'))
            break;
        line = lineAt(text, line.next);
        commandEnd = line.end;
    }
    const qsizetype next = skipBlankLines(text, line.next);
    if (!isStatusLineAt(text, next))
        return found;
    found.responseStart = next;
    found.command = text.sliced(pos + curl, commandEnd - (pos + curl));
    return found;
}

QByteArray withoutProgressMeter(QByteArrayView text)
{
    QByteArray kept;
    kept.reserve(text.size());
    for (qsizetype pos = 0; pos < text.size();) {
        const qsizetype newline = text.indexOf('\n', pos);
        const qsizetype next = newline < 0 ? text.size() : newline + 1;
        const QByteArrayView line = text.sliced(pos, next - pos);
        if (!isProgressMeterLine(line.trimmed()))
            kept += line;
        pos = next;
    }
    return kept;
}

CurlError trailingCurlError(QByteArrayView text)
{
    CurlError found;
    QByteArrayView trimmed = text;
    while (!trimmed.isEmpty() && QByteArrayView(" \t\r\n").contains(trimmed.back()))
        trimmed.chop(1);
    const qsizetype lineStart = trimmed.lastIndexOf('\n') + 1;
    const qsizetype at = trimmed.indexOf("curl: (", lineStart);
    if (at < 0)
        return found;
    const qsizetype close = trimmed.indexOf(") ", at);
    bool ok = false;
    const int code = close > at + 7 ? trimmed.sliced(at + 7, close - at - 7).toInt(&ok) : 0;
    if (!ok)
        return found;
    found.at = at;
    found.code = code;
    found.message = QString::fromUtf8(trimmed.sliced(close + 2));
    return found;
}

QByteArray withoutCommonIndent(QByteArrayView text)
{
    const qsizetype firstPos = skipBlankLines(text, 0);
    const QByteArrayView first = lineText(text, lineAt(text, firstPos));
    qsizetype indent = 0;
    while (indent < first.size() && (first.at(indent) == ' ' || first.at(indent) == '\t'))
        ++indent;
    if (indent == 0 || (!isStatusLine(first.sliced(indent)) && !isRequestLine(first.sliced(indent).trimmed())))
        return {};
    const QByteArrayView prefix = first.first(indent);
    for (qsizetype pos = firstPos; pos < text.size();) {
        const Line line = lineAt(text, pos);
        pos = line.next;
        const QByteArrayView content = lineText(text, line);
        if (!content.trimmed().isEmpty() && !content.startsWith(prefix))
            return {};
    }
    QByteArray flush;
    flush.reserve(text.size());
    for (qsizetype pos = firstPos; pos < text.size();) {
        const Line line = lineAt(text, pos);
        pos = line.next;
        const QByteArrayView whole = text.sliced(line.start, line.next - line.start);
        if (lineText(text, line).trimmed().isEmpty())
            flush += text.sliced(line.end, line.next - line.end); // a blank line: its line break only
        else
            flush += whole.sliced(prefix.size());
    }
    return flush;
}

} // namespace Gatescope::TerminalTranscript
