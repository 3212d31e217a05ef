#pragma once

#include <QByteArrayView>
#include <QString>

namespace Gatescope::Gui {

// Turns the start of a large body into text a text view can lay out at once. A text view needs
// time in proportion to its longest line, and captured bodies are often one enormous line (minified
// JSON, a base64 blob): a 2 MiB line blocks the window for a second. So JSON too large to parse
// whole is indented token by token from its first bytes (strings kept intact, nothing validated),
// and any other line longer than a limit is split into pieces of that length. What is shown is a
// view of the first bytes only; the Hex view keeps every byte as it came.
class BodyTextFormatter
{
public:
    struct Text
    {
        QString text;
        bool cut = false; // the body goes on past what `text` shows
        bool linesSplit = false; // long lines were broken for display
    };

    // Each line costs a text view a block of its own (a few µs each): more than this many, and
    // selecting the exchange would stall the window.
    static constexpr qsizetype MaxLines = 20000;
    static constexpr qsizetype MaxLineLength = 4096;

    // Indents JSON from its first bytes, up to maxChars of output and MaxLines lines.
    static Text indentJsonPrefix(QByteArrayView body, qsizetype maxChars);
    // The first maxBytes of body as UTF-8 text, at most MaxLines lines, lines longer than
    // MaxLineLength split.
    static Text textPrefix(QByteArrayView body, qsizetype maxBytes);
};

} // namespace Gatescope::Gui
