#include "gui/response/BodyTextFormatter.h"

namespace Gatescope::Gui {

BodyTextFormatter::Text BodyTextFormatter::indentJsonPrefix(QByteArrayView body, qsizetype maxChars)
{
    QByteArray out;
    out.reserve(std::min<qsizetype>(maxChars, body.size() * 2) + 64);
    int depth = 0;
    qsizetype lines = 0;
    bool inString = false;
    bool escaped = false;
    auto newline = [&] {
        ++lines;
        out += '\n';
        out += QByteArray(std::max(0, std::min(depth, 64)) * 2, ' ');
    };
    qsizetype i = 0;
    for (; i < body.size() && out.size() < maxChars && lines <= MaxLines; ++i) {
        const char c = body[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[':
            out += c;
            ++depth;
            newline();
            break;
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        case ' ':
        case '\t':
        case '\r':
        case '\n':
            break;
        default:
            out += c;
        }
    }
    // A string may be one long line of its own (a base64 blob inside JSON).
    Text result = textPrefix(out, out.size());
    result.cut = result.cut || i < body.size();
    return result;
}

BodyTextFormatter::Text BodyTextFormatter::textPrefix(QByteArrayView body, qsizetype maxBytes)
{
    const qsizetype maxLine = MaxLineLength;
    Text result;
    QByteArrayView shown = body.first(std::min(body.size(), maxBytes));
    // Do not cut a UTF-8 sequence in two at the end.
    if (shown.size() < body.size()) {
        qsizetype end = shown.size();
        while (end > 0 && end > shown.size() - 4 && (uchar(body[end]) & 0xC0) == 0x80)
            --end;
        shown = shown.first(end);
        result.cut = true;
    }
    QByteArray lines;
    lines.reserve(shown.size() + shown.size() / std::max<qsizetype>(1, maxLine) + 16);
    qsizetype lineLength = 0;
    qsizetype lineCount = 1;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const char c = shown[i];
        if (c == '\n' || (lineLength >= maxLine && (uchar(c) & 0xC0) != 0x80)) {
            if (lineCount == MaxLines) {
                result.cut = true;
                break;
            }
            ++lineCount;
        }
        if (c == '\n') {
            lineLength = 0;
        } else if (lineLength >= maxLine && (uchar(c) & 0xC0) != 0x80) {
            lines += '\n';
            lineLength = 0;
            result.linesSplit = true;
        }
        lines += c;
        if (c != '\n')
            ++lineLength;
    }
    result.text = QString::fromUtf8(lines);
    return result;
}

} // namespace Gatescope::Gui
