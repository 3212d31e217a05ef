#include "capture/ShellWords.h"

#include "capture/SourcePosition.h"

#include <QCoreApplication>

namespace Gatescope::ShellWords {

namespace {

using namespace Qt::StringLiterals;

// The messages keep the translation context they had when this was part of CurlImporter.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::CurlImporter)
};

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

    Result<QList<Command>> run()
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
                    note(Tr::tr("a backslash followed by blanks at the end of a line was read as a line continuation"));
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
                note(Tr::tr("no-break spaces were read as spaces"));
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
            note(Tr::tr("a typographic dash (– or —) before an option was read as \"--\"; a chat app or word "
                        "processor probably replaced it"));
            return i + 3;
        }
        // “…” (or ”…”) and ‘…’: find the closing mark; without one the mark is text.
        const QByteArrayView closers = mark == '\x98' ? QByteArrayView("\x99\x98") : QByteArrayView("\x9D\x9C");
        for (qsizetype j = i + 3; j + 2 < m_text.size(); ++j) {
            if (m_text.at(j) == '\xE2' && m_text.at(j + 1) == '\x80' && closers.contains(m_text.at(j + 2))) {
                begin(i);
                m_word += m_text.sliced(i + 3, j - (i + 3));
                note(Tr::tr("typographic quotes (“…” or ‘…’) were read as plain quotes; a chat app or word "
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
                Tr::tr(
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
            joined = withEscapesUndone(joined);
        if (newline)
            joined += '\n';
        *text = joined;
        return PipeSource::Echo;
    }

    // The backslash escapes of printf's format and echo -e: \\ \a \b \f \n \r \t \v, octal
    // (\NNN, and \0NNN for echo) and \xHH; any other backslash stays as it is.
    static QByteArray withEscapesUndone(const QByteArray &text)
    {
        QByteArray out;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text.at(i);
            if (c != '\\' || i + 1 >= text.size()) {
                out += c;
                continue;
            }
            const char next = text.at(i + 1);
            const char *simple = "\\\\a\ab\bf\fn\nr\rt\tv\v";
            bool done = false;
            for (const char *pair = simple; *pair; pair += 2) {
                if (next == pair[0]) {
                    out += pair[1];
                    ++i;
                    done = true;
                    break;
                }
            }
            if (done)
                continue;
            if (next >= '0' && next <= '7') {
                qsizetype j = i + 1;
                if (next == '0')
                    ++j; // echo -e's \0NNN
                int value = 0;
                int digits = 0;
                while (j < text.size() && digits < 3 && text.at(j) >= '0' && text.at(j) <= '7') {
                    value = value * 8 + (text.at(j) - '0');
                    ++j;
                    ++digits;
                }
                out += char(value & 0xff);
                i = j - 1;
                continue;
            }
            if (next == 'x' && i + 2 < text.size() && hexValue(text.at(i + 2)) >= 0) {
                int value = hexValue(text.at(i + 2));
                qsizetype j = i + 3;
                if (j < text.size() && hexValue(text.at(j)) >= 0)
                    value = value * 16 + hexValue(text.at(j++));
                out += char(value);
                i = j - 1;
                continue;
            }
            out += c;
        }
        return out;
    }

    Error unclosed(qsizetype offset, const QString &quote)
    {
        return Error {
            Tr::tr("%1: %2: the quote %3 opened here is never closed").arg(m_name, place(m_text, offset), quote),
            Error::Code::Malformed
        };
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
    QList<Command> m_commands;
    Command m_current;
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
QList<Command> splitCmd(QByteArrayView text)
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

    QList<Command> commands;
    for (const Line &line : std::as_const(lines)) {
        Command command;
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
QList<Command> splitPowerShell(QByteArrayView text)
{
    QList<Command> commands;
    Command current;
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
            current.notes.append(Tr::tr("PowerShell: \\\" inside arguments was read as a plain quote, as "
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

} // namespace

Result<QList<Command>> split(QByteArrayView text, Dialect dialect, const QString &name)
{
    if (dialect == Dialect::WindowsCmd)
        return splitCmd(text);
    if (dialect == Dialect::PowerShell)
        return splitPowerShell(text);
    return BashSplitter(text, name).run();
}

QByteArray programName(const QByteArray &word)
{
    QByteArray name = word;
    const qsizetype slash = std::max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    if (slash >= 0)
        name = name.mid(slash + 1);
    if (name.endsWith(".exe") || name.endsWith(".EXE"))
        name.chop(4);
    return name.toLower();
}

} // namespace Gatescope::ShellWords
