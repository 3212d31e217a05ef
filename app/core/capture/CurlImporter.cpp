#include "capture/CurlImporter.h"

#include "capture/SourcePosition.h"

#include <QCryptographicHash>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace Gatescope {

namespace {

using namespace Qt::StringLiterals;

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QString place(QByteArrayView text, qsizetype offset)
{
    return SourcePosition::at(text, offset).describe();
}

// ---- bash -------------------------------------------------------------------------------------

// Splits bash text into commands and words the way bash would before running curl.
class BashSplitter
{
public:
    BashSplitter(QByteArrayView text, const QString &name)
        : m_text(text)
        , m_name(name)
    { }

    Result<QList<CurlImporter::Command>> run()
    {
        const qsizetype size = m_text.size();
        qsizetype i = 0;
        while (i < size) {
            const char c = m_text.at(i);
            const char next = i + 1 < size ? m_text.at(i + 1) : '\0';
            if (isBlank(c)) {
                endWord();
                ++i;
            } else if (c == '\n' || (c == '\r' && next == '\n')) {
                endWord();
                i += c == '\r' ? 2 : 1;
                if (m_heredocDelimiter)
                    i = readHereDocument(i);
                endCommand();
            } else if (c == '\r') {
                ++i;
            } else if (c == '\\') {
                qsizetype blanks = i + 1;
                while (blanks < size && isBlank(m_text.at(blanks)))
                    ++blanks;
                if (next == '\n') {
                    i += 2;
                } else if (next == '\r' && i + 2 < size && m_text.at(i + 2) == '\n') {
                    i += 3;
                } else if (blanks > i + 1 && !m_active
                           && (blanks == size || m_text.at(blanks) == '\n' || m_text.at(blanks) == '\r')) {
                    // "\ " at the end of a line, as copied from a web page with trailing blanks: bash
                    // would pass a lone space and end the command there; the writer meant a continuation.
                    note(CurlImporter::tr(
                        "a backslash followed by blanks at the end of a line was read as a line continuation"));
                    i = blanks;
                    if (i < size && m_text.at(i) == '\r')
                        ++i;
                    if (i < size && m_text.at(i) == '\n')
                        ++i;
                } else {
                    begin(i);
                    if (i + 1 < size)
                        m_word += next;
                    i += 2;
                }
            } else if (c == '\'') {
                begin(i);
                const qsizetype close = m_text.indexOf('\'', i + 1);
                if (close < 0)
                    return unclosed(i, u"'"_s);
                m_word += m_text.sliced(i + 1, close - i - 1);
                i = close + 1;
            } else if (c == '$' && next == '\'') {
                begin(i);
                auto end = readAnsiC(i + 2);
                if (end < 0)
                    return unclosed(i, u"$'"_s);
                i = end;
            } else if (c == '"') {
                begin(i);
                auto end = readDoubleQuoted(i + 1);
                if (end < 0)
                    return unclosed(i, u"\""_s);
                i = end;
            } else if (c == ';' || c == '&' || c == '|') {
                endWord();
                const bool pipe = c == '|' && next != '|';
                QByteArray piped;
                const PipeSource source = pipe ? pipeSource(m_current.words, &piped) : PipeSource::Other;
                if (source == PipeSource::Echo)
                    m_current.feedsNextCommand = true;
                endCommand();
                if (source == PipeSource::Curl)
                    m_skipUntilCommandEnd = true; // curl's output is piped elsewhere: nothing to read there
                else if (source == PipeSource::Echo)
                    m_current.standardInput = piped;
                i += (next == c) ? 2 : 1;
            } else if (c == '#' && !m_active) {
                const qsizetype newline = m_text.indexOf('\n', i);
                i = newline < 0 ? size : newline;
            } else if (c == '>' || c == '<') {
                if (m_active && isAllDigits(m_word)) { // "2>file": the digits name a descriptor
                    m_word.clear();
                    m_active = false;
                } else {
                    endWord();
                }
                if (c == '<' && next == '<') {
                    if (i + 2 < size && m_text.at(i + 2) == '<') {
                        m_hereStringNext = true; // <<<'text'
                        i += 3;
                    } else {
                        i += 2;
                        m_heredocStripTabs = i < size && m_text.at(i) == '-';
                        if (m_heredocStripTabs)
                            ++i;
                        m_heredocDelimiterNext = true;
                    }
                    continue;
                }
                // Any other redirection: skip it and its target word.
                ++i;
                while (i < size && (m_text.at(i) == '>' || m_text.at(i) == '&'))
                    ++i;
                m_dropNextWord = true;
            } else if (c == '\xC2' && next == '\xA0') {
                // A no-break space, as web pages and chat apps paste it.
                endWord();
                note(CurlImporter::tr("no-break spaces were read as spaces"));
                i += 2;
            } else if (c == '\xE2' && next == '\x80' && i + 2 < size && isTypographicMark(m_text.at(i + 2))) {
                i = readTypographic(i);
            } else {
                begin(i);
                m_word += c;
                ++i;
            }
        }
        endWord();
        endCommand();
        return m_commands;
    }

private:
    static bool isAllDigits(const QByteArray &word)
    {
        if (word.isEmpty())
            return false;
        for (char c : word) {
            if (c < '0' || c > '9')
                return false;
        }
        return true;
    }

    void begin(qsizetype offset)
    {
        if (!m_active) {
            m_active = true;
            m_wordStart = offset;
        }
    }

    void endWord()
    {
        if (!m_active)
            return;
        if (m_heredocDelimiterNext) {
            m_heredocDelimiterNext = false;
            m_heredocDelimiter = m_word;
        } else if (m_hereStringNext) {
            m_hereStringNext = false;
            m_current.standardInput = m_word + '\n';
        } else if (m_dropNextWord) {
            m_dropNextWord = false;
        } else if (!m_skipUntilCommandEnd) {
            if (m_current.words.isEmpty())
                m_current.offset = m_wordStart;
            m_current.words.append(m_word);
        }
        m_word.clear();
        m_active = false;
    }

    void endCommand()
    {
        if (!m_current.words.isEmpty())
            m_commands.append(m_current);
        m_current = {};
        m_skipUntilCommandEnd = false;
        m_dropNextWord = false;
        m_heredocDelimiterNext = false;
        m_hereStringNext = false;
    }

    void note(const QString &text)
    {
        if (!m_current.notes.contains(text))
            m_current.notes.append(text);
    }

    // The third byte of E2 80 xx: “ ” ‘ (quotes that open) and – — (dashes).
    static bool isTypographicMark(char third)
    {
        return third == '\x9C' || third == '\x9D' || third == '\x98' || third == '\x93' || third == '\x94';
    }

    // At E2 80 xx outside quotes: a typographic quote read as a quote, or a dash that a chat app
    // made of "--" (or "-") before an option name. Returns where to go on.
    qsizetype readTypographic(qsizetype i)
    {
        const char mark = m_text.at(i + 2);
        if (mark == '\x93' || mark == '\x94') {
            if (m_active) { // inside a word it is text
                m_word += m_text.sliced(i, 3);
                return i + 3;
            }
            begin(i);
            qsizetype end = i + 3;
            while (end < m_text.size() && !isBlank(m_text.at(end)) && m_text.at(end) != '\n' && m_text.at(end) != '\r')
                ++end;
            m_word += end - (i + 3) == 1 ? QByteArrayView("-") : QByteArrayView("--");
            note(CurlImporter::tr("a typographic dash (– or —) before an option was read as \"--\"; a chat app or word "
                                  "processor probably replaced it"));
            return i + 3;
        }
        // “…” (or ”…”) and ‘…’: find the closing mark; without one the mark is text.
        const QByteArrayView closers = mark == '\x98' ? QByteArrayView("\x99\x98") : QByteArrayView("\x9D\x9C");
        for (qsizetype j = i + 3; j + 2 < m_text.size(); ++j) {
            if (m_text.at(j) == '\xE2' && m_text.at(j + 1) == '\x80' && closers.contains(m_text.at(j + 2))) {
                begin(i);
                m_word += m_text.sliced(i + 3, j - (i + 3));
                note(CurlImporter::tr("typographic quotes (“…” or ‘…’) were read as plain quotes; a chat app or word "
                                      "processor probably replaced them"));
                return j + 3;
            }
        }
        begin(i);
        m_word += m_text.sliced(i, 3);
        return i + 3;
    }

    // After the line that holds "<<EOF": the lines up to the delimiter are the command's input.
    qsizetype readHereDocument(qsizetype i)
    {
        const QByteArray delimiter = *m_heredocDelimiter;
        m_heredocDelimiter.reset();
        QByteArray body;
        bool closed = false;
        const qsizetype size = m_text.size();
        while (i < size) {
            const qsizetype newline = m_text.indexOf('\n', i);
            const qsizetype end = newline < 0 ? size : newline;
            QByteArrayView line = m_text.sliced(i, end - i);
            if (line.endsWith('\r'))
                line.chop(1);
            if (m_heredocStripTabs) {
                while (line.startsWith('\t'))
                    line = line.sliced(1);
            }
            i = newline < 0 ? size : newline + 1;
            if (line.trimmed() == delimiter) {
                closed = true;
                break;
            }
            body += line;
            body += '\n';
        }
        if (!closed)
            note(
                CurlImporter::tr(
                    "the here-document is never closed by a line \"%1\"; the rest of the text was taken as its content")
                    .arg(QString::fromUtf8(delimiter)));
        m_current.standardInput = body;
        return i;
    }

    enum class PipeSource { Curl, Echo, Other };

    // What a command piped into the next one is: curl (its output goes elsewhere), echo/printf
    // (their text is the next command's input, put in *text), or anything else.
    static PipeSource pipeSource(const QByteArrayList &words, QByteArray *text)
    {
        qsizetype first = 0;
        while (first < words.size() && (words.at(first) == "$" || words.at(first) == "sudo"))
            ++first;
        if (first >= words.size())
            return PipeSource::Other;
        const QByteArray program = words.at(first);
        if (program == "curl" || program.endsWith("/curl") || program == "curl.exe")
            return PipeSource::Curl;
        if (program != "echo" && program != "printf")
            return PipeSource::Other;
        QByteArrayList args = words.mid(first + 1);
        bool newline = program == "echo";
        bool escapes = program == "printf";
        while (program == "echo" && !args.isEmpty()
               && (args.first() == "-n" || args.first() == "-e" || args.first() == "-E" || args.first() == "-ne"
                   || args.first() == "-en")) {
            if (args.first().contains('n'))
                newline = false;
            if (args.first().contains('e'))
                escapes = true;
            args.removeFirst();
        }
        QByteArray joined = program == "printf" ? args.value(0) : args.join(' ');
        if (escapes)
            joined.replace("\\n", "\n").replace("\\t", "\t");
        if (newline)
            joined += '\n';
        *text = joined;
        return PipeSource::Echo;
    }

    Error unclosed(qsizetype offset, const QString &quote)
    {
        return Error { CurlImporter::tr("%1: %2: the quote %3 opened here is never closed")
                           .arg(m_name, place(m_text, offset), quote) };
    }

    qsizetype readDoubleQuoted(qsizetype i)
    {
        const qsizetype size = m_text.size();
        while (i < size) {
            const char c = m_text.at(i);
            if (c == '"')
                return i + 1;
            if (c == '\\' && i + 1 < size) {
                const char next = m_text.at(i + 1);
                if (next == '$' || next == '`' || next == '"' || next == '\\') {
                    m_word += next;
                    i += 2;
                    continue;
                }
                if (next == '\n') {
                    i += 2;
                    continue;
                }
            }
            m_word += c;
            ++i;
        }
        return -1;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // $'…': backslash escapes as bash's ANSI-C quoting defines them.
    qsizetype readAnsiC(qsizetype i)
    {
        const qsizetype size = m_text.size();
        while (i < size) {
            const char c = m_text.at(i);
            if (c == '\'')
                return i + 1;
            if (c != '\\' || i + 1 >= size) {
                m_word += c;
                ++i;
                continue;
            }
            const char e = m_text.at(i + 1);
            i += 2;
            switch (e) {
            case 'n':
                m_word += '\n';
                break;
            case 't':
                m_word += '\t';
                break;
            case 'r':
                m_word += '\r';
                break;
            case 'a':
                m_word += '\a';
                break;
            case 'b':
                m_word += '\b';
                break;
            case 'f':
                m_word += '\f';
                break;
            case 'v':
                m_word += '\v';
                break;
            case 'e':
            case 'E':
                m_word += '\x1b';
                break;
            case '\\':
                m_word += '\\';
                break;
            case '\'':
                m_word += '\'';
                break;
            case '"':
                m_word += '"';
                break;
            case '?':
                m_word += '?';
                break;
            case 'x': {
                int value = 0;
                int digits = 0;
                while (digits < 2 && i < size && hexValue(m_text.at(i)) >= 0) {
                    value = value * 16 + hexValue(m_text.at(i));
                    ++i;
                    ++digits;
                }
                if (digits == 0)
                    m_word += "\\x";
                else
                    m_word += char(value);
                break;
            }
            case 'u':
            case 'U': {
                const int maxDigits = e == 'u' ? 4 : 8;
                uint value = 0;
                int digits = 0;
                while (digits < maxDigits && i < size && hexValue(m_text.at(i)) >= 0) {
                    value = value * 16 + uint(hexValue(m_text.at(i)));
                    ++i;
                    ++digits;
                }
                if (digits == 0) {
                    m_word += '\\';
                    m_word += e;
                } else {
                    // Chrome writes characters outside the BMP as two UTF-16 escapes
                    // ("\ud83d\ude00"); join such a pair into one character.
                    if (value >= 0xD800 && value <= 0xDBFF && i + 5 < size && m_text.at(i) == '\\'
                        && m_text.at(i + 1) == 'u') {
                        uint low = 0;
                        int lowDigits = 0;
                        while (lowDigits < 4 && hexValue(m_text.at(i + 2 + lowDigits)) >= 0) {
                            low = low * 16 + uint(hexValue(m_text.at(i + 2 + lowDigits)));
                            ++lowDigits;
                        }
                        if (lowDigits == 4 && low >= 0xDC00 && low <= 0xDFFF) {
                            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00);
                            i += 6;
                        }
                    }
                    if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
                        value = 0xFFFD; // a lone surrogate or no character at all
                    const char32_t codePoint = char32_t(value);
                    m_word += QString::fromUcs4(&codePoint, 1).toUtf8();
                }
                break;
            }
            default:
                if (e >= '0' && e <= '7') {
                    int value = e - '0';
                    int digits = 1;
                    while (digits < 3 && i < size && m_text.at(i) >= '0' && m_text.at(i) <= '7') {
                        value = value * 8 + (m_text.at(i) - '0');
                        ++i;
                        ++digits;
                    }
                    m_word += char(value & 0xff);
                } else {
                    m_word += '\\';
                    m_word += e;
                }
            }
        }
        return -1;
    }

    QByteArrayView m_text;
    QString m_name;
    QList<CurlImporter::Command> m_commands;
    CurlImporter::Command m_current;
    QByteArray m_word;
    bool m_active = false;
    qsizetype m_wordStart = 0;
    bool m_skipUntilCommandEnd = false;
    bool m_dropNextWord = false;
    bool m_heredocDelimiterNext = false; // the next word names a here-document's end
    bool m_heredocStripTabs = false; // <<- strips leading tabs
    std::optional<QByteArray> m_heredocDelimiter; // a here-document starts after this line
    bool m_hereStringNext = false; // the next word is a <<< here-string
};

// ---- Windows cmd ------------------------------------------------------------------------------

// cmd.exe's pass (^ escapes, "…" quoting, ^ line continuations, & and | separators), then the
// C runtime's splitting of each command line into arguments (quotes, \" and doubled backslashes).
//
// Chrome and Edge ("Copy as cURL (cmd)") escape every value the same way: each backslash doubled,
// each quote as \", then every character outside a safe set behind a ^. That is undone as written,
// which is what the browser meant, where cmd and the C runtime would differ: before version 109 or
// so the browsers put such a value in plain "…", inside which cmd keeps the ^ (the header
// sec-ch-ua: "Chromium";v="124" came out as ^\^"Chromium^\^";…), and the C runtime keeps a doubled
// backslash that no quote follows (C:\tmp would reach curl.exe as C:\\tmp).
QList<CurlImporter::Command> splitCmd(QByteArrayView text)
{
    const bool chrome = text.contains("^\\^\"") || text.contains("curl ^\"");
    struct Line
    {
        QByteArray text;
        qsizetype offset = -1;
    };
    QList<Line> lines;
    Line current;
    bool inQuote = false;
    bool piped = false;
    const qsizetype size = text.size();
    auto endLine = [&] {
        if (!current.text.trimmed().isEmpty())
            lines.append(current);
        current = {};
        piped = false;
    };
    auto add = [&](char c, qsizetype offset) {
        if (piped)
            return;
        if (current.offset < 0 && !isBlank(c))
            current.offset = offset;
        current.text += c;
    };
    for (qsizetype i = 0; i < size;) {
        const char c = text.at(i);
        if (c == '^' && (!inQuote || chrome)) {
            qsizetype j = i + 1;
            // "^ " with blanks after it at the end of a line is meant as a continuation too.
            qsizetype blanks = j;
            while (blanks < size && isBlank(text.at(blanks)))
                ++blanks;
            if (blanks > j && (blanks == size || text.at(blanks) == '\r' || text.at(blanks) == '\n'))
                j = blanks;
            if (j < size && text.at(j) == '\r')
                ++j;
            if (j < size && text.at(j) == '\n') {
                // Continuation; "^" + newline + newline is a literal newline.
                i = j + 1;
                qsizetype k = i;
                if (k < size && text.at(k) == '\r')
                    ++k;
                if (k < size && text.at(k) == '\n') {
                    add('\n', i);
                    i = k + 1;
                }
                continue;
            }
            if (i + 1 < size)
                add(text.at(i + 1), i);
            i += 2;
            continue;
        }
        if (c == '"') {
            inQuote = !inQuote;
            add(c, i);
            ++i;
            continue;
        }
        if (!inQuote && (c == '\n' || c == '&')) {
            endLine();
            i += (c == '&' && i + 1 < size && text.at(i + 1) == '&') ? 2 : 1;
            continue;
        }
        if (!inQuote && c == '|') {
            piped = true;
            ++i;
            continue;
        }
        if (c == '\r') {
            ++i;
            continue;
        }
        add(c, i);
        ++i;
    }
    endLine();

    QList<CurlImporter::Command> commands;
    for (const Line &line : std::as_const(lines)) {
        CurlImporter::Command command;
        command.offset = line.offset;
        QByteArray word;
        bool active = false;
        bool quoted = false;
        const QByteArray &s = line.text;
        for (qsizetype i = 0; i < s.size();) {
            const char c = s.at(i);
            if ((isBlank(c) || c == '\n') && !quoted) {
                if (active)
                    command.words.append(word);
                word.clear();
                active = false;
                ++i;
            } else if (c == '\\' && chrome) {
                active = true;
                if (i + 1 < s.size() && (s.at(i + 1) == '\\' || s.at(i + 1) == '"')) {
                    word += s.at(i + 1);
                    i += 2;
                } else {
                    word += c;
                    ++i;
                }
            } else if (c == '\\') {
                qsizetype n = 0;
                while (i + n < s.size() && s.at(i + n) == '\\')
                    ++n;
                active = true;
                if (i + n < s.size() && s.at(i + n) == '"') {
                    word += QByteArray(n / 2, '\\');
                    if (n % 2 == 1) {
                        word += '"';
                        i += n + 1;
                    } else {
                        i += n;
                    }
                } else {
                    word += QByteArray(n, '\\');
                    i += n;
                }
            } else if (c == '"') {
                active = true;
                if (quoted && i + 1 < s.size() && s.at(i + 1) == '"') {
                    word += '"';
                    i += 2;
                } else {
                    quoted = !quoted;
                    ++i;
                }
            } else {
                active = true;
                word += c;
                ++i;
            }
        }
        if (active)
            command.words.append(word);
        if (!command.words.isEmpty())
            commands.append(command);
    }
    return commands;
}

// ---- PowerShell -------------------------------------------------------------------------------

// curl.exe lines written for PowerShell: backtick line continuations, '…' (with '' for a quote)
// and "…" (backtick escapes, "" for a quote), ';' and newlines between commands. Windows
// PowerShell 5.1 hands "\"" inside an argument to curl.exe as a plain quote, which is how such
// lines are usually written ('{\"a\":1}'); that is undone too. Variables are not expanded.
QList<CurlImporter::Command> splitPowerShell(QByteArrayView text)
{
    QList<CurlImporter::Command> commands;
    CurlImporter::Command current;
    QByteArray word;
    bool active = false;
    bool sawEscapedQuote = false;
    const qsizetype size = text.size();
    auto endWord = [&] {
        if (!active)
            return;
        if (word.contains("\\\"")) {
            word.replace("\\\"", "\"");
            sawEscapedQuote = true;
        }
        current.words.append(word);
        word.clear();
        active = false;
    };
    auto endCommand = [&] {
        endWord();
        if (sawEscapedQuote)
            current.notes.append(CurlImporter::tr("PowerShell: \\\" inside arguments was read as a plain quote, as "
                                                  "Windows PowerShell 5.1 passes it to curl.exe"));
        if (!current.words.isEmpty())
            commands.append(current);
        current = {};
        sawEscapedQuote = false;
    };
    auto begin = [&](qsizetype offset) {
        if (!active) {
            active = true;
            if (current.words.isEmpty())
                current.offset = offset;
        }
    };
    auto backtickEscape = [](char c) -> char {
        switch (c) {
        case 'n':
            return '\n';
        case 't':
            return '\t';
        case 'r':
            return '\r';
        case '0':
            return '\0';
        default:
            return c;
        }
    };
    for (qsizetype i = 0; i < size;) {
        const char c = text.at(i);
        if (c == '`') {
            // A continuation: backtick, optional trailing blanks, end of line.
            qsizetype j = i + 1;
            while (j < size && isBlank(text.at(j)))
                ++j;
            if (j < size && text.at(j) == '\r')
                ++j;
            if (j >= size || text.at(j) == '\n') {
                endWord();
                i = j + 1;
                continue;
            }
            begin(i);
            word += backtickEscape(text.at(i + 1));
            i += 2;
        } else if (isBlank(c) || c == '\r') {
            endWord();
            ++i;
        } else if (c == '\n' || c == ';') {
            endCommand();
            ++i;
        } else if (c == '#' && !active) {
            const qsizetype newline = text.indexOf('\n', i);
            i = newline < 0 ? size : newline;
        } else if (c == '\'') {
            begin(i);
            ++i;
            while (i < size) {
                if (text.at(i) == '\'') {
                    if (i + 1 < size && text.at(i + 1) == '\'') {
                        word += '\'';
                        i += 2;
                        continue;
                    }
                    break;
                }
                word += text.at(i++);
            }
            ++i;
        } else if (c == '"') {
            begin(i);
            ++i;
            while (i < size) {
                const char d = text.at(i);
                if (d == '`' && i + 1 < size) {
                    word += backtickEscape(text.at(i + 1));
                    i += 2;
                } else if (d == '"') {
                    if (i + 1 < size && text.at(i + 1) == '"') {
                        word += '"';
                        i += 2;
                        continue;
                    }
                    break;
                } else {
                    word += d;
                    ++i;
                }
            }
            ++i;
        } else if (c == '|') {
            endCommand();
            // What curl.exe's output is piped into is not a request.
            const qsizetype newline = text.indexOf('\n', i);
            i = newline < 0 ? size : newline;
        } else {
            begin(i);
            word += c;
            ++i;
        }
    }
    endCommand();
    return commands;
}

// ---- options ----------------------------------------------------------------------------------

enum class Action {
    Method,
    Header,
    Data,
    DataRaw,
    DataBinary,
    DataUrlEncode,
    Json,
    Form,
    FormString,
    User,
    Cookie,
    UserAgent,
    Referer,
    Insecure,
    Compressed,
    Location,
    MaxRedirs,
    Proxy,
    NoProxy,
    Resolve,
    ConnectTo,
    MaxTime,
    ConnectTimeout,
    Head,
    Get,
    Http10,
    Http11,
    Http2,
    Http3,
    Url,
    UploadFile,
    Bearer,
    UrlQuery,
    ProxyUser,
    Config,
    UnixSocket,
    IgnoredValue,
    IgnoredFlag,
    WarnedValue,
    WarnedFlag,
};

struct Option
{
    const char *longName;
    char shortName;
    bool takesValue;
    Action action;
};

// The options of curl(1) that people paste. Anything else is a warning.
constexpr Option options[] = {
    { "request", 'X', true, Action::Method },
    { "header", 'H', true, Action::Header },
    { "data", 'd', true, Action::Data },
    { "data-ascii", 0, true, Action::Data },
    { "data-raw", 0, true, Action::DataRaw },
    { "data-binary", 0, true, Action::DataBinary },
    { "data-urlencode", 0, true, Action::DataUrlEncode },
    { "json", 0, true, Action::Json },
    { "form", 'F', true, Action::Form },
    { "form-string", 0, true, Action::FormString },
    { "user", 'u', true, Action::User },
    { "cookie", 'b', true, Action::Cookie },
    { "user-agent", 'A', true, Action::UserAgent },
    { "referer", 'e', true, Action::Referer },
    { "insecure", 'k', false, Action::Insecure },
    { "compressed", 0, false, Action::Compressed },
    { "location", 'L', false, Action::Location },
    { "location-trusted", 0, false, Action::Location },
    { "max-redirs", 0, true, Action::MaxRedirs },
    { "proxy", 'x', true, Action::Proxy },
    { "noproxy", 0, true, Action::NoProxy },
    { "resolve", 0, true, Action::Resolve },
    { "connect-to", 0, true, Action::ConnectTo },
    { "max-time", 'm', true, Action::MaxTime },
    { "connect-timeout", 0, true, Action::ConnectTimeout },
    { "head", 'I', false, Action::Head },
    { "get", 'G', false, Action::Get },
    { "http1.0", '0', false, Action::Http10 },
    { "http1.1", 0, false, Action::Http11 },
    { "http2", 0, false, Action::Http2 },
    { "http2-prior-knowledge", 0, false, Action::Http2 },
    { "http3", 0, false, Action::Http3 },
    { "http3-only", 0, false, Action::Http3 },
    { "url", 0, true, Action::Url },
    { "upload-file", 'T', true, Action::UploadFile },
    { "oauth2-bearer", 0, true, Action::Bearer },
    { "url-query", 0, true, Action::UrlQuery },
    { "proxy-user", 'U', true, Action::ProxyUser },
    { "config", 'K', true, Action::Config },
    { "unix-socket", 0, true, Action::UnixSocket },
    { "abstract-unix-socket", 0, true, Action::UnixSocket },
    // Output, progress and local-file options: they do not change what is sent.
    { "include", 'i', false, Action::IgnoredFlag },
    { "silent", 's', false, Action::IgnoredFlag },
    { "show-error", 'S', false, Action::IgnoredFlag },
    { "verbose", 'v', false, Action::IgnoredFlag },
    { "fail", 'f', false, Action::IgnoredFlag },
    { "fail-with-body", 0, false, Action::IgnoredFlag },
    { "no-buffer", 'N', false, Action::IgnoredFlag },
    { "progress-bar", '#', false, Action::IgnoredFlag },
    { "no-progress-meter", 0, false, Action::IgnoredFlag },
    { "ipv4", '4', false, Action::IgnoredFlag },
    { "ipv6", '6', false, Action::IgnoredFlag },
    { "globoff", 'g', false, Action::IgnoredFlag },
    { "disable", 'q', false, Action::IgnoredFlag },
    { "path-as-is", 0, false, Action::IgnoredFlag },
    { "remote-name", 'O', false, Action::IgnoredFlag },
    { "remote-name-all", 0, false, Action::IgnoredFlag },
    { "remote-header-name", 'J', false, Action::IgnoredFlag },
    { "remote-time", 'R', false, Action::IgnoredFlag },
    { "create-dirs", 0, false, Action::IgnoredFlag },
    { "styled-output", 0, false, Action::IgnoredFlag },
    { "no-styled-output", 0, false, Action::IgnoredFlag },
    { "tcp-nodelay", 0, false, Action::IgnoredFlag },
    { "no-keepalive", 0, false, Action::IgnoredFlag },
    { "raw", 0, false, Action::IgnoredFlag },
    { "no-sessionid", 0, false, Action::IgnoredFlag },
    { "no-alpn", 0, false, Action::IgnoredFlag },
    { "no-npn", 0, false, Action::IgnoredFlag },
    { "basic", 0, false, Action::IgnoredFlag },
    { "proxytunnel", 'p', false, Action::IgnoredFlag },
    { "show-headers", 0, false, Action::IgnoredFlag },
    { "output", 'o', true, Action::IgnoredValue },
    { "output-dir", 0, true, Action::IgnoredValue },
    { "write-out", 'w', true, Action::IgnoredValue },
    { "dump-header", 'D', true, Action::IgnoredValue },
    { "cookie-jar", 'c', true, Action::IgnoredValue },
    { "stderr", 0, true, Action::IgnoredValue },
    { "trace", 0, true, Action::IgnoredValue },
    { "trace-ascii", 0, true, Action::IgnoredValue },
    { "retry", 0, true, Action::IgnoredValue },
    { "retry-delay", 0, true, Action::IgnoredValue },
    { "retry-max-time", 0, true, Action::IgnoredValue },
    { "limit-rate", 0, true, Action::IgnoredValue },
    { "speed-limit", 'Y', true, Action::IgnoredValue },
    { "speed-time", 'y', true, Action::IgnoredValue },
    { "max-filesize", 0, true, Action::IgnoredValue },
    { "keepalive-time", 0, true, Action::IgnoredValue },
    { "expect100-timeout", 0, true, Action::IgnoredValue },
    { "happy-eyeballs-timeout-ms", 0, true, Action::IgnoredValue },
    { "cacert", 0, true, Action::IgnoredValue },
    { "capath", 0, true, Action::IgnoredValue },
    { "ciphers", 0, true, Action::IgnoredValue },
    { "tls-max", 0, true, Action::IgnoredValue },
    { "tlsv1.2", 0, false, Action::IgnoredFlag },
    { "tlsv1.3", 0, false, Action::IgnoredFlag },
    { "tlsv1", '1', false, Action::IgnoredFlag },
    { "tlsv1.0", 0, false, Action::IgnoredFlag },
    { "tlsv1.1", 0, false, Action::IgnoredFlag },
    { "tls13-ciphers", 0, true, Action::IgnoredValue },
    { "ssl-no-revoke", 0, false, Action::IgnoredFlag }, // Windows builds (schannel)
    { "ssl-revoke-best-effort", 0, false, Action::IgnoredFlag },
    { "ssl-reqd", 0, false, Action::IgnoredFlag },
    { "ssl", 0, false, Action::IgnoredFlag },
    { "cert-status", 0, false, Action::IgnoredFlag },
    { "pinnedpubkey", 0, true, Action::IgnoredValue },
    { "proto", 0, true, Action::IgnoredValue },
    { "proto-redir", 0, true, Action::IgnoredValue },
    { "proto-default", 0, true, Action::IgnoredValue },
    { "post301", 0, false, Action::IgnoredFlag },
    { "post302", 0, false, Action::IgnoredFlag },
    { "post303", 0, false, Action::IgnoredFlag },
    { "junk-session-cookies", 'j', false, Action::IgnoredFlag },
    { "fail-early", 0, false, Action::IgnoredFlag },
    { "trace-time", 0, false, Action::IgnoredFlag },
    { "trace-config", 0, true, Action::IgnoredValue },
    { "ignore-content-length", 0, false, Action::IgnoredFlag },
    { "http0.9", 0, false, Action::IgnoredFlag },
    { "alt-svc", 0, true, Action::IgnoredValue },
    { "hsts", 0, true, Action::IgnoredValue },
    { "etag-save", 0, true, Action::IgnoredValue },
    { "etag-compare", 0, true, Action::IgnoredValue },
    { "no-clobber", 0, false, Action::IgnoredFlag },
    { "skip-existing", 0, false, Action::IgnoredFlag },
    { "xattr", 0, false, Action::IgnoredFlag },
    { "retry-all-errors", 0, false, Action::IgnoredFlag },
    { "retry-connrefused", 0, false, Action::IgnoredFlag },
    { "parallel-max", 0, true, Action::IgnoredValue },
    { "parallel-immediate", 0, false, Action::IgnoredFlag },
    { "rate", 0, true, Action::IgnoredValue },
    { "out-null", 0, false, Action::IgnoredFlag },
    { "no-progress-bar", 0, false, Action::IgnoredFlag },
    { "suppress-connect-headers", 0, false, Action::IgnoredFlag },
    { "manual", 'M', false, Action::IgnoredFlag },
    { "version", 'V', false, Action::IgnoredFlag },
    { "libcurl", 0, true, Action::IgnoredValue },
    { "proxy-insecure", 0, false, Action::IgnoredFlag },
    { "proxy-cacert", 0, true, Action::IgnoredValue },
    { "socks5", 0, true, Action::WarnedValue },
    { "socks5-hostname", 0, true, Action::WarnedValue },
    { "socks4", 0, true, Action::WarnedValue },
    { "socks4a", 0, true, Action::WarnedValue },
    { "preproxy", 0, true, Action::WarnedValue },
    { "doh-url", 0, true, Action::WarnedValue },
    { "cert-type", 0, true, Action::WarnedValue },
    { "key-type", 0, true, Action::WarnedValue },
    { "pass", 0, true, Action::WarnedValue },
    { "crlf", 0, false, Action::WarnedFlag },
    { "variable", 0, true, Action::WarnedValue },
    { "interface", 0, true, Action::WarnedValue },
    { "local-port", 0, true, Action::WarnedValue },
    { "dns-servers", 0, true, Action::WarnedValue },
    { "cert", 'E', true, Action::WarnedValue },
    { "key", 0, true, Action::WarnedValue },
    { "range", 'r', true, Action::WarnedValue },
    { "continue-at", 'C', true, Action::WarnedValue },
    { "time-cond", 'z', true, Action::WarnedValue },
    { "proxy-header", 0, true, Action::WarnedValue },
    { "request-target", 0, true, Action::WarnedValue },
    { "aws-sigv4", 0, true, Action::WarnedValue },
    { "digest", 0, false, Action::WarnedFlag },
    { "ntlm", 0, false, Action::WarnedFlag },
    { "negotiate", 0, false, Action::WarnedFlag },
    { "anyauth", 0, false, Action::WarnedFlag },
    { "netrc", 'n', false, Action::WarnedFlag },
    { "next", ':', false, Action::WarnedFlag },
    { "parallel", 'Z', false, Action::IgnoredFlag },
};

const Option *findLong(QByteArrayView name)
{
    for (const Option &option : options) {
        if (name == option.longName)
            return &option;
    }
    return nullptr;
}

const Option *findShort(char c)
{
    for (const Option &option : options) {
        if (option.shortName == c)
            return &option;
    }
    return nullptr;
}

// The request one curl command describes, collected option by option.
class CurlRequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::CurlImporter)
public:
    explicit CurlRequestBuilder(QString where)
        : m_where(std::move(where))
    { }

    QStringList warnings;

    void apply(const Option &option, const QByteArray &value, const QByteArray &spelled)
    {
        switch (option.action) {
        case Action::Method:
            m_method = value;
            break;
        case Action::Header:
            addHeader(value);
            break;
        case Action::Data:
            if (value == "@-" && m_stdin) {
                // -d @file drops carriage returns and newlines; --data-binary keeps them.
                QByteArray text = *m_stdin;
                text.replace('\r', QByteArray()).replace('\n', QByteArray());
                m_data.append(text);
            } else if (value.startsWith('@')) {
                fileNotRead(spelled, value.mid(1));
            } else {
                m_data.append(value);
            }
            break;
        case Action::DataRaw:
            m_data.append(value);
            break;
        case Action::DataBinary:
        case Action::Json:
            if (value == "@-" && m_stdin)
                m_data.append(*m_stdin);
            else if (value.startsWith('@'))
                fileNotRead(spelled, value.mid(1));
            else
                m_data.append(value);
            if (option.action == Action::Json) {
                // Several --json pieces are concatenated as they are, without the '&' of -d.
                if (m_json && m_data.size() >= 2 && m_jsonPieces == m_data.size() - 1) {
                    const QByteArray piece = m_data.takeLast();
                    m_data.last() += piece;
                }
                m_json = true;
                m_jsonPieces = m_data.size();
            }
            break;
        case Action::DataUrlEncode:
            dataUrlEncode(value, spelled);
            break;
        case Action::Form:
            form(value, false, spelled);
            break;
        case Action::FormString:
            form(value, true, spelled);
            break;
        case Action::User: {
            if (!value.contains(':'))
                warnings.append(tr("%1: %2 %3 has no password; curl would ask for one, an empty one is used")
                                    .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            m_headers.append({ "Authorization", "Basic " + (value.contains(':') ? value : value + ':').toBase64() });
            break;
        }
        case Action::Cookie:
            if (value.contains('=')) {
                m_cookies.append(value);
            } else {
                warnings.append(tr("%1: %2 %3 names a cookie file; it is not read")
                                    .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            }
            break;
        case Action::UserAgent:
            m_headers.append({ "User-Agent", value });
            break;
        case Action::Referer: {
            QByteArray referer = value;
            if (referer.endsWith(";auto"))
                referer.chop(5);
            else if (referer == ";auto")
                referer.clear();
            if (!referer.isEmpty())
                m_headers.append({ "Referer", referer });
            break;
        }
        case Action::Insecure:
            m_options.verifyTls = false;
            break;
        case Action::Compressed:
            m_compressed = true;
            break;
        case Action::Location:
            m_options.followRedirects = true;
            break;
        case Action::MaxRedirs:
            m_options.maxRedirects = value.toInt();
            break;
        case Action::Proxy:
            m_options.proxy = QString::fromUtf8(value.contains("://") || value.isEmpty() ? value : "http://" + value);
            if (value.isEmpty())
                m_options.proxy = u"none"_s;
            break;
        case Action::NoProxy:
            if (value.trimmed() == "*") {
                m_options.proxy = u"none"_s;
                m_options.useEnvironmentProxy = false;
            } else {
                warnings.append(tr("%1: %2 %3: only '*' (no proxy at all) is supported; the list was ignored")
                                    .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            }
            break;
        case Action::Resolve:
            resolve(value, spelled);
            break;
        case Action::ConnectTo:
            connectTo(value, spelled);
            break;
        case Action::MaxTime:
            m_options.totalTimeoutMs = seconds(value, spelled);
            break;
        case Action::ConnectTimeout:
            m_options.connectTimeoutMs = seconds(value, spelled);
            break;
        case Action::Head:
            m_head = true;
            break;
        case Action::Get:
            m_get = true;
            break;
        case Action::Http10:
            warnings.append(tr("%1: %2: Gatescope sends HTTP/1.1").arg(m_where, QString::fromUtf8(spelled)));
            break;
        case Action::Http11:
            break;
        case Action::Http2:
        case Action::Http3:
            warnings.append(tr("%1: %2: Gatescope sends HTTP/1.1; the request is the same, the protocol is not")
                                .arg(m_where, QString::fromUtf8(spelled)));
            break;
        case Action::Url:
            m_urls.append(value);
            break;
        case Action::UploadFile: {
            m_upload = true;
            if (value == "-" && m_stdin) {
                m_uploadBody = *m_stdin;
                break;
            }
            const bool hadDataFile = m_dataFromFile;
            fileNotRead(spelled, value);
            m_dataFromFile = hadDataFile; // an upload is a PUT of the file, not -d data
        } break;
        case Action::Bearer:
            m_headers.append({ "Authorization", "Bearer " + value });
            break;
        case Action::UrlQuery:
            m_urlQuery.append(value);
            break;
        case Action::ProxyUser:
            warnings.append(tr("%1: %2: proxy credentials are not supported; the proxy is used without them")
                                .arg(m_where, QString::fromUtf8(spelled)));
            break;
        case Action::Config:
            warnings.append(tr("%1: %2 %3: config files are not read")
                                .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            break;
        case Action::UnixSocket:
            warnings.append(tr("%1: %2: Unix sockets are not supported; the URL's host is used")
                                .arg(m_where, QString::fromUtf8(spelled)));
            break;
        case Action::IgnoredValue:
        case Action::IgnoredFlag:
            break;
        case Action::WarnedValue:
        case Action::WarnedFlag:
            warnings.append(
                tr("%1: option '%2' is not supported and was ignored").arg(m_where, QString::fromUtf8(spelled)));
            break;
        }
    }

    void negate(const Option &option)
    {
        switch (option.action) {
        case Action::Insecure:
            m_options.verifyTls = true;
            break;
        case Action::Compressed:
            m_compressed = false;
            break;
        case Action::Location:
            m_options.followRedirects = false;
            break;
        case Action::Head:
            m_head = false;
            break;
        case Action::Get:
            m_get = false;
            break;
        default:
            break;
        }
    }

    void addUrl(const QByteArray &url) { m_urls.append(url); }
    // What curl would read from standard input ("-d @-", "-T -"): a here-document or echoed text.
    void setStandardInput(const std::optional<QByteArray> &text) { m_stdin = text; }
    bool hasUrl() const { return !m_urls.isEmpty(); }

    QList<RequestSpec> build()
    {
        QList<RequestSpec> requests;
        QByteArray body = m_data.join('&');
        if (body.contains("^&") && body.count('&') == body.count("^&")) {
            // Waterfox on Firefox 140 ESR (2025) wrote the cmd escape "^&" into the bash form of
            // "Copy as cURL": 'a=1^&b=2'. The browser sent a=1&b=2.
            body.replace("^&", "&");
            warnings.append(
                tr("%1: every '&' in the data is written '^&', a cmd escape in a bash command (a browser's copy "
                   "bug); it was read as '&'")
                    .arg(m_where));
        }
        if (!m_formParts.isEmpty() && !m_data.isEmpty())
            warnings.append(tr("%1: both -d and -F were given; curl refuses that, the form is used").arg(m_where));
        HeaderList headers = m_headers;
        if (!m_cookies.isEmpty())
            headers.append({ "Cookie", m_cookies.join("; ") });
        const bool hasData = (!m_data.isEmpty() || m_dataFromFile) && m_formParts.isEmpty();
        if (!m_formParts.isEmpty()) {
            const QByteArray boundary = multipartBoundary();
            body.clear();
            for (const QByteArray &part : std::as_const(m_formParts))
                body += "--" + boundary + "\r\n" + part + "\r\n";
            body += "--" + boundary + "--\r\n";
            // A Content-Type of the user's own (Postman and Insomnia write "multipart/form-data")
            // gets the boundary appended, as curl does.
            bool typed = false;
            for (HeaderField &field : headers) {
                if (field.name.compare("content-type", Qt::CaseInsensitive) != 0)
                    continue;
                typed = true;
                if (field.value.trimmed().toLower().startsWith("multipart/")
                    && !field.value.toLower().contains("boundary="))
                    field.value = field.value.trimmed() + "; boundary=" + boundary;
            }
            if (!typed)
                addUnlessRemoved(headers, "Content-Type", "multipart/form-data; boundary=" + boundary);
        } else if (hasData && !m_get) {
            if (m_json) {
                addUnlessRemoved(headers, "Content-Type", "application/json");
                addUnlessRemoved(headers, "Accept", "application/json");
            } else {
                addUnlessRemoved(headers, "Content-Type", "application/x-www-form-urlencoded");
            }
        }
        if (m_compressed && !hasHeader(headers, "accept-encoding") && !m_removed.contains("accept-encoding"))
            headers.append(HeaderField { "Accept-Encoding", "deflate, gzip" });

        QByteArray method = m_method;
        if (method.isEmpty()) {
            if (m_head)
                method = "HEAD";
            else if (m_get)
                method = "GET";
            else if (hasData || !m_formParts.isEmpty())
                method = "POST";
            else if (m_upload)
                method = "PUT";
            else
                method = "GET";
        }
        for (const QByteArray &rawUrl : std::as_const(m_urls)) {
            RequestSpec request;
            request.method = method;
            QByteArray text = rawUrl.trimmed();
            if (!text.contains("://"))
                text.prepend("http://");
            request.url = QUrl::fromEncoded(text, QUrl::TolerantMode);
            if (!request.url.isValid() || request.url.host().isEmpty()) {
                warnings.append(tr("%1: '%2' is not a URL; skipped").arg(m_where, QString::fromUtf8(rawUrl)));
                continue;
            }
            QByteArrayList queryParts;
            for (const QByteArray &query : std::as_const(m_urlQuery))
                queryParts.append(query);
            if (m_get && hasData)
                queryParts.append(body);
            if (!queryParts.isEmpty()) {
                QByteArray query = request.url.query(QUrl::FullyEncoded).toLatin1();
                for (const QByteArray &part : std::as_const(queryParts)) {
                    if (!query.isEmpty())
                        query += '&';
                    query += part;
                }
                request.url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);
            }
            request.headers = headers;
            if (!(m_get && hasData))
                request.body = body;
            if (m_upload && m_uploadBody && request.body.isEmpty())
                request.body = *m_uploadBody;
            request.options = m_options;
            requests.append(request);
        }
        return requests;
    }

private:
    void addHeader(const QByteArray &value)
    {
        if (value.startsWith('@')) {
            fileNotRead("-H", value.mid(1));
            return;
        }
        const qsizetype colon = value.indexOf(':');
        const qsizetype semicolon = value.indexOf(';');
        if (colon < 0 && semicolon > 0 && value.trimmed().endsWith(';')) {
            // "Name;" sends the header with an empty value.
            m_headers.append({ value.first(semicolon).trimmed(), {} });
            return;
        }
        if (colon <= 0) {
            warnings.append(tr("%1: header \"%2\" has no ':'; ignored").arg(m_where, QString::fromUtf8(value)));
            return;
        }
        const QByteArray name = value.first(colon).trimmed();
        const QByteArray headerValueText = value.sliced(colon + 1).trimmed();
        if (headerValueText.isEmpty()) {
            // "Name:" removes a header curl would add itself.
            m_removed.append(name.toLower());
            for (qsizetype i = m_headers.size() - 1; i >= 0; --i) {
                if (m_headers.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
                    m_headers.removeAt(i);
            }
            return;
        }
        m_headers.append({ name, headerValueText });
    }

    void addUnlessRemoved(HeaderList &headers, const QByteArray &name, const QByteArray &value) const
    {
        if (!hasHeader(headers, name) && !m_removed.contains(name.toLower()))
            headers.append({ name, value });
    }

    void fileNotRead(QByteArrayView option, const QByteArray &file)
    {
        if (option == "-H" || option == "--header") {
            warnings.append(
                tr("%1: %2 names the file '%3'; file contents are not read, so the headers in it are not sent")
                    .arg(m_where, QString::fromUtf8(option), QString::fromUtf8(file)));
            return;
        }
        m_dataFromFile = true;
        warnings.append(tr("%1: %2 names the file '%3'; file contents are not read, so that part of the body is empty")
                            .arg(m_where, QString::fromUtf8(option), QString::fromUtf8(file)));
    }

    void dataUrlEncode(const QByteArray &value, const QByteArray &spelled)
    {
        const qsizetype equals = value.indexOf('=');
        const qsizetype at = value.indexOf('@');
        if (at >= 0 && (equals < 0 || at < equals) && value.mid(at + 1) == "-" && m_stdin) {
            const QByteArray encoded = QUrl::toPercentEncoding(QString::fromUtf8(*m_stdin));
            m_data.append(at > 0 ? value.first(at) + '=' + encoded : encoded);
            return;
        }
        if (at >= 0 && (equals < 0 || at < equals)) {
            fileNotRead(spelled, value.mid(at + 1));
            if (at > 0)
                m_data.append(value.first(at) + '=');
            return;
        }
        if (equals < 0) {
            m_data.append(QUrl::toPercentEncoding(QString::fromUtf8(value)));
        } else if (equals == 0) {
            m_data.append(QUrl::toPercentEncoding(QString::fromUtf8(value.mid(1))));
        } else {
            m_data.append(value.first(equals) + '='
                          + QUrl::toPercentEncoding(QString::fromUtf8(value.mid(equals + 1))));
        }
    }

    // -F name=value | name=@file | name=<file, with ;type=, ;filename= and ;headers= attributes;
    // a file name may be double-quoted (Postman writes name=@"/path/to/file").
    void form(const QByteArray &value, bool literal, const QByteArray &spelled)
    {
        const qsizetype equals = value.indexOf('=');
        if (equals <= 0) {
            warnings.append(tr("%1: %2 \"%3\" is not name=value; ignored")
                                .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            return;
        }
        const QByteArray name = value.first(equals);
        QByteArray content = value.mid(equals + 1);
        QByteArray type;
        QByteArray fileName;
        QByteArrayList extraHeaders;
        const bool fromFile = !literal && (content.startsWith('@') || content.startsWith('<'));
        if (!literal) {
            // Split "main;key=value;key=value", honouring double quotes in each piece.
            QByteArrayList pieces;
            QByteArray piece;
            bool quoted = false;
            for (qsizetype i = 0; i < content.size(); ++i) {
                const char c = content.at(i);
                if (c == '"') {
                    quoted = !quoted;
                    piece += c;
                } else if (c == '\\' && quoted && i + 1 < content.size()) {
                    piece += content.at(++i);
                } else if (c == ';' && !quoted) {
                    pieces.append(piece);
                    piece.clear();
                } else {
                    piece += c;
                }
            }
            pieces.append(piece);
            auto unquote = [](QByteArray text) {
                text = text.trimmed();
                if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
                    text = text.mid(1, text.size() - 2);
                return text;
            };
            QByteArray main = pieces.takeFirst();
            QByteArrayList unparsed;
            for (const QByteArray &attribute : std::as_const(pieces)) {
                const QByteArray lower = attribute.trimmed().toLower();
                if (lower.startsWith("type="))
                    type = unquote(attribute.trimmed().mid(5));
                else if (lower.startsWith("filename=") && fromFile)
                    fileName = unquote(attribute.trimmed().mid(9));
                else if (lower.startsWith("headers="))
                    extraHeaders.append(unquote(attribute.trimmed().mid(8)));
                else if (lower.startsWith("encoder="))
                    continue;
                else
                    unparsed.append(attribute);
            }
            if (fromFile) {
                content = content.left(1) + unquote(main.mid(1));
            } else {
                // A plain value keeps any ';' that is not a known attribute.
                content = main;
                for (const QByteArray &attribute : std::as_const(unparsed))
                    content += ';' + attribute;
                if (content.size() >= 2 && content.startsWith('"') && content.endsWith('"'))
                    content = unquote(content);
            }
        }
        QByteArray part = "Content-Disposition: form-data; name=\"" + name + '"';
        if (fromFile) {
            const QByteArray file = content.mid(1);
            const bool isStdin = file == "-" && m_stdin;
            if (!isStdin)
                fileNotRead(spelled, file);
            if (content.startsWith('@')) {
                const qsizetype slash = std::max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
                if (fileName.isEmpty() && !isStdin)
                    fileName = file.mid(slash + 1);
                if (!fileName.isEmpty())
                    part += "; filename=\"" + fileName + '"';
                if (type.isEmpty())
                    type = "application/octet-stream";
            }
            content = isStdin ? *m_stdin : QByteArray();
        }
        if (!type.isEmpty())
            part += "\r\nContent-Type: " + type;
        for (const QByteArray &header : std::as_const(extraHeaders))
            part += "\r\n" + header;
        part += "\r\n\r\n" + content;
        m_formParts.append(part);
    }

    QByteArray multipartBoundary() const
    {
        // Stable for the same form (so a re-import gives the same request), unlikely in the data.
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const QByteArray &part : m_formParts)
            hash.addData(part);
        return "------------------------" + hash.result().toHex().left(16);
    }

    int seconds(const QByteArray &value, const QByteArray &spelled)
    {
        bool ok = false;
        const double parsed = value.trimmed().toDouble(&ok);
        if (!ok || parsed < 0 || !std::isfinite(parsed)) {
            warnings.append(tr("%1: %2 %3 is not a number of seconds; ignored")
                                .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            return 0;
        }
        return int(std::min(parsed * 1000.0, 2.0e9));
    }

    static bool splitHostPort(QByteArray *rest, QByteArray *host, QByteArray *port)
    {
        // "[::1]:443:…" or "example.com:443:…"
        if (rest->startsWith('[')) {
            const qsizetype close = rest->indexOf(']');
            if (close < 0)
                return false;
            *host = rest->mid(1, close - 1);
            *rest = rest->mid(close + 1);
        } else {
            const qsizetype colon = rest->indexOf(':');
            if (colon < 0)
                return false;
            *host = rest->left(colon);
            *rest = rest->mid(colon);
        }
        if (!rest->startsWith(':'))
            return false;
        *rest = rest->mid(1);
        const qsizetype colon = rest->indexOf(':');
        *port = colon < 0 ? *rest : rest->left(colon);
        *rest = colon < 0 ? QByteArray() : rest->mid(colon + 1);
        return true;
    }

    void resolve(QByteArray value, const QByteArray &spelled)
    {
        if (value.startsWith('+') || value.startsWith('-'))
            value = value.mid(1);
        QByteArray host;
        QByteArray port;
        if (!splitHostPort(&value, &host, &port) || value.isEmpty()) {
            warnings.append(tr("%1: %2 %3 is not HOST:PORT:ADDRESS; ignored")
                                .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            return;
        }
        QByteArray address = value.split(',').first();
        if (address.startsWith('[') && address.endsWith(']'))
            address = address.mid(1, address.size() - 2);
        AddressOverride entry;
        entry.kind = AddressOverride::Kind::Resolve;
        entry.host = QString::fromUtf8(host);
        entry.port = port.toInt();
        entry.targetHost = QString::fromUtf8(address);
        m_options.addressOverrides.append(entry);
    }

    void connectTo(QByteArray value, const QByteArray &spelled)
    {
        QByteArray host;
        QByteArray port;
        QByteArray targetHost;
        QByteArray targetPort;
        QByteArray rest = value;
        if (!splitHostPort(&rest, &host, &port) || !splitHostPort(&(rest.append(':')), &targetHost, &targetPort)) {
            warnings.append(tr("%1: %2 %3 is not HOST:PORT:CONNECT-TO-HOST:CONNECT-TO-PORT; ignored")
                                .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            return;
        }
        AddressOverride entry;
        entry.kind = AddressOverride::Kind::ConnectTo;
        entry.host = QString::fromUtf8(host);
        entry.port = port.toInt();
        entry.targetHost = QString::fromUtf8(targetHost);
        entry.targetPort = targetPort.toInt();
        m_options.addressOverrides.append(entry);
    }

    QString m_where;
    QByteArray m_method;
    HeaderList m_headers;
    QByteArrayList m_removed;
    QByteArrayList m_data;
    QByteArrayList m_formParts;
    QByteArrayList m_cookies;
    QByteArrayList m_urls;
    QByteArrayList m_urlQuery;
    ProbeOptions m_options;
    bool m_json = false;
    qsizetype m_jsonPieces = -1; // how many data pieces there were after the last --json
    bool m_compressed = false;
    bool m_head = false;
    bool m_get = false;
    bool m_upload = false;
    bool m_dataFromFile = false; // -d @file and friends: data curl would send, not read here
    std::optional<QByteArray> m_stdin;
    std::optional<QByteArray> m_uploadBody; // -T - with standard input given
};

QByteArray commandName(const QByteArray &word)
{
    QByteArray name = word;
    const qsizetype slash = std::max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    if (slash >= 0)
        name = name.mid(slash + 1);
    if (name.endsWith(".exe") || name.endsWith(".EXE"))
        name.chop(4);
    return name.toLower();
}

// Text a shell prompt ends with, before the command typed after it.
bool isPrompt(QByteArrayView before)
{
    const QByteArrayView prompt = before.trimmed();
    if (prompt.isEmpty() || !before.endsWith(' ') || prompt.contains('\'') || prompt.contains('"')
        || prompt.contains('|'))
        return false;
    return prompt.endsWith('$') || prompt.endsWith('#') || prompt.endsWith('%') || prompt.endsWith('>')
        || prompt.endsWith("\xE2\x9D\xAF") /* ❯ */ || prompt.startsWith("\xE2\x9E\x9C") /* ➜ */;
}

QByteArrayView withoutPrompt(QByteArrayView text)
{
    QByteArrayView trimmed = text;
    while (!trimmed.isEmpty() && (isBlank(trimmed.front()) || trimmed.front() == '\n' || trimmed.front() == '\r'))
        trimmed = trimmed.sliced(1);
    if (trimmed.startsWith("$ ") || trimmed.startsWith("> ") || trimmed.startsWith("% "))
        trimmed = trimmed.sliced(2);
    if (trimmed.startsWith("PS ")) {
        // A PowerShell prompt: "PS C:\Users\ann> curl.exe …"
        const qsizetype close = trimmed.indexOf("> ");
        const qsizetype newline = trimmed.indexOf('\n');
        if (close > 0 && (newline < 0 || close < newline))
            trimmed = trimmed.sliced(close + 2);
    }
    if (trimmed.startsWith("& "))
        trimmed = trimmed.sliced(2);
    // A longer prompt before the command: "ann@box:~/src$ curl …", "[ann@box src]$ curl …",
    // "box% curl …", "root@box:/# curl …", oh-my-zsh's "➜  src git:(main) ✗ curl …", "❯ curl …".
    const qsizetype newline = trimmed.indexOf('\n');
    const QByteArrayView firstLine = newline < 0 ? trimmed : trimmed.first(newline);
    const qsizetype curl = firstLine.indexOf("curl");
    if (curl > 0 && curl <= 120 && isPrompt(firstLine.first(curl)))
        trimmed = trimmed.sliced(curl);
    return trimmed;
}

} // namespace

bool CurlImporter::looksLikeCurl(QByteArrayView text)
{
    QByteArrayView start = withoutPrompt(text);
    if (start.startsWith("sudo "))
        start = start.sliced(5);
    for (QByteArrayView candidate :
         { QByteArrayView("curl "), QByteArrayView("curl\t"), QByteArrayView("curl.exe "), QByteArrayView("curl \\"),
           QByteArrayView("curl ^"), QByteArrayView("curl\r"), QByteArrayView("curl\n") }) {
        if (start.startsWith(candidate))
            return true;
    }
    return false;
}

CurlImporter::Dialect CurlImporter::detectDialect(QByteArrayView text)
{
    // Chrome/Edge/Firefox "Copy as cURL (cmd)" quote with ^" and continue lines with " ^".
    const QByteArrayView head = text.first(std::min<qsizetype>(text.size(), 1 << 20));
    if (head.contains("^\"") || head.contains(" ^\n") || head.contains(" ^\r\n"))
        return Dialect::WindowsCmd;
    for (qsizetype at = head.indexOf(" ^ "); at >= 0; at = head.indexOf(" ^ ", at + 2)) {
        qsizetype j = at + 2;
        while (j < head.size() && isBlank(head.at(j)))
            ++j;
        if (j < head.size() && (head.at(j) == '\n' || head.at(j) == '\r'))
            return Dialect::WindowsCmd; // a continuation with blanks after it
    }
    // PowerShell: a backtick ends a line to continue it, or curl.exe is named (in PowerShell
    // "curl" is an alias of Invoke-WebRequest, so people who mean curl write curl.exe).
    for (qsizetype at = head.indexOf('`'); at >= 0; at = head.indexOf('`', at + 1)) {
        qsizetype j = at + 1;
        while (j < head.size() && (isBlank(head.at(j)) || head.at(j) == '\r'))
            ++j;
        if (j < head.size() && head.at(j) == '\n')
            return Dialect::PowerShell;
    }
    // Firefox's "Copy as cURL (Windows)" of 2018 and similar writers quote with "…" and write a
    // quote inside as "" ({""a"":1}), with no ^ at all. In bash "" would be an empty string glued
    // between two words, which nobody writes in the middle of JSON.
    for (qsizetype at = head.indexOf("\"\""); at > 0 && at + 2 < head.size(); at = head.indexOf("\"\"", at + 2)) {
        const char before = head.at(at - 1);
        const char after = head.at(at + 2);
        if (!isBlank(before) && before != '=' && before != '\n' && before != '"' && !isBlank(after) && after != '\r'
            && after != '\n' && after != '"' && !head.contains("\\\n"))
            return Dialect::WindowsCmd;
    }
    const QByteArrayView start = withoutPrompt(head);
    if ((start.startsWith("curl.exe ") || start.startsWith("& curl.exe ")) && !head.contains('^')
        && !head.contains("\\\n"))
        return Dialect::PowerShell;
    return Dialect::Bash;
}

Result<QList<CurlImporter::Command>> CurlImporter::splitCommands(QByteArrayView text, Dialect dialect,
                                                                 const QString &name)
{
    if (dialect == Dialect::WindowsCmd)
        return splitCmd(text);
    if (dialect == Dialect::PowerShell)
        return splitPowerShell(text);
    return BashSplitter(text, name).run();
}

Result<Capture> CurlImporter::importText(QByteArrayView text, const QString &name)
{
    const Dialect dialect = detectDialect(text);
    auto commands = splitCommands(text, dialect, name);
    if (!commands)
        return Error { commands.error() };

    Capture capture;
    capture.kind = u"curl"_s;
    capture.name = name;
    for (const Command &command : std::as_const(commands.value())) {
        const QString where = tr("%1: %2").arg(name, place(text, command.offset));
        QByteArrayList words = command.words;
        while (!words.isEmpty()
               && (words.first() == "$" || words.first() == "sudo" || words.first() == "%" || words.first() == "&"
                   || words.first() == ">"))
            words.removeFirst();
        if (!words.isEmpty() && commandName(words.first()) != "curl") {
            // The words of a longer prompt ("ann@box:~$", "➜  src git:(main) ✗") before curl.
            QByteArray before;
            for (qsizetype k = 0; k < std::min<qsizetype>(words.size(), 6); ++k) {
                if (commandName(words.at(k)) == "curl") {
                    if (isPrompt(before))
                        words.remove(0, k);
                    break;
                }
                before += words.at(k) + ' ';
            }
        }
        if (words.isEmpty())
            continue;
        for (const QString &note : command.notes)
            capture.warnings.append(tr("%1: %2").arg(where, note));
        if (command.feedsNextCommand)
            continue; // echo/printf piped into curl: its text is curl's input
        if (commandName(words.first()) != "curl") {
            capture.warnings.append(
                tr("%1: '%2' is not a curl command; ignored").arg(where, QString::fromUtf8(words.first())));
            continue;
        }
        CurlRequestBuilder builder(where);
        builder.setStandardInput(command.standardInput);
        bool optionsEnded = false;
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QByteArray &word = words.at(i);
            if (optionsEnded || !word.startsWith('-') || word == "-") {
                builder.addUrl(word);
                continue;
            }
            if (word == "--") {
                optionsEnded = true;
                continue;
            }
            if (word.startsWith("--")) {
                QByteArray optionName = word.mid(2);
                std::optional<QByteArray> inlineValue;
                const qsizetype equals = optionName.indexOf('=');
                if (equals > 0) {
                    inlineValue = optionName.mid(equals + 1);
                    optionName.truncate(equals);
                }
                const Option *option = findLong(optionName);
                if (!option && optionName.startsWith("no-")) {
                    // --no-location, --no-insecure, --no-compressed… switch a boolean option off.
                    const Option *negated = findLong(optionName.mid(3));
                    if (negated && !negated->takesValue) {
                        builder.negate(*negated);
                        continue;
                    }
                }
                if (!option) {
                    capture.warnings.append(tr("%1: unknown option '%2' ignored").arg(where, QString::fromUtf8(word)));
                    continue;
                }
                QByteArray value;
                if (option->takesValue) {
                    if (inlineValue) {
                        value = *inlineValue;
                    } else if (i + 1 < words.size()) {
                        value = words.at(++i);
                    } else {
                        capture.warnings.append(tr("%1: option '%2' needs a value and has none; ignored")
                                                    .arg(where, QString::fromUtf8(word)));
                        continue;
                    }
                }
                builder.apply(*option, value, "--" + optionName);
                continue;
            }
            // Short options, possibly combined (-sSL) or with the value attached (-XPOST).
            for (qsizetype k = 1; k < word.size(); ++k) {
                const char c = word.at(k);
                const Option *option = findShort(c);
                if (!option) {
                    capture.warnings.append(tr("%1: unknown option '-%2' ignored").arg(where, QChar::fromLatin1(c)));
                    continue;
                }
                if (!option->takesValue) {
                    builder.apply(*option, {}, QByteArray("-") + c);
                    continue;
                }
                QByteArray value;
                if (k + 1 < word.size()) {
                    value = word.mid(k + 1);
                } else if (i + 1 < words.size()) {
                    value = words.at(++i);
                } else {
                    capture.warnings.append(
                        tr("%1: option '-%2' needs a value and has none; ignored").arg(where, QChar::fromLatin1(c)));
                    break;
                }
                builder.apply(*option, value, QByteArray("-") + c);
                break;
            }
        }
        if (!builder.hasUrl()) {
            capture.warnings.append(tr("%1: the curl command names no URL; skipped").arg(where));
            capture.warnings += builder.warnings;
            continue;
        }
        const QList<RequestSpec> requests = builder.build();
        capture.warnings += builder.warnings;
        capture.requests += requests;
    }
    if (capture.requests.isEmpty()) {
        const qsizetype at = commands->isEmpty() ? 0 : commands->first().offset;
        QString reason = tr("%1: %2: no curl command with a URL was found").arg(name, place(text, at));
        if (!capture.warnings.isEmpty())
            reason += u" ("_s + capture.warnings.first() + u')';
        return Error { reason };
    }
    return capture;
}

} // namespace Gatescope
