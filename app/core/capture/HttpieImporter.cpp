#include "capture/HttpieImporter.h"

#include "capture/CurlImporter.h"
#include "capture/LooseText.h"
#include "capture/ShellWords.h"
#include "capture/SourcePosition.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace Gatescope::HttpieImporter {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::HttpieImporter)
};

// Where an HTTPie command starts in a paste, and the text of its line(s).
struct CommandText
{
    QByteArray text; // the command from its program name on (or from a piped echo), continuations joined
    qsizetype offset = 0; // where `text` starts in the paste
};

// A line that runs HTTPie, after a shell prompt of any style ("$ ", "# ", "% ", "> ", "❯ ",
// "user@host:~$ ", "PS C:\> ", "(venv) …", zsh's "~   ", "$ (master) ") or none, in a Markdown code span or not; or an
// echo piped into it. Captured: where the command (or the echo) starts.
const QRegularExpression &commandLine()
{
    static const QRegularExpression line(
        u"^[ \\t]*`?(?:\\([^)]{1,40}\\)[ \\t]*)?(?:[^\\s`]{0,60}(?:[$#%>❯➜➔λ»ᐅ]|PS [^>\\n]{0,80}>)[ \\t]*|~[ \\t]+)?"
        // a prompt's git branch after it ("$ (master) echo … | http …")
        u"(?:\\([^)\\s]{1,40}\\)[ \\t]+)?`?"
        u"((?:https?|httpie)[ \\t]+\\S|(?:echo|printf|cat)[ \\t][^\\n|]*\\|[ \\t]*(?:https?|httpie)[ \\t]+\\S)"_s);
    return line;
}

bool continues(QByteArrayView line)
{
    const QByteArrayView trimmed = line.trimmed();
    return trimmed.endsWith('\\') || trimmed.endsWith('^') || trimmed.endsWith('`');
}

QList<CommandText> commandTexts(QByteArrayView text)
{
    QList<CommandText> found;
    const bool httpFile = text.startsWith("###") || text.contains("\n###");
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QString line = QString::fromUtf8(text.sliced(start, end - start));
        const QRegularExpressionMatch match = commandLine().match(line);
        // In an .http file (requests between "###" lines) "# http …" is a comment, not a root prompt.
        const bool httpFileComment = match.hasMatch() && httpFile && line.trimmed().startsWith(u'#');
        if (!match.hasMatch() || httpFileComment) {
            start = end + 1;
            continue;
        }
        const qsizetype from = start + QStringView(line).first(match.capturedStart(1)).toUtf8().size();
        QByteArray command = text.sliced(from, end - from).toByteArray();
        while (continues(command) && end < text.size()) {
            const qsizetype next = end + 1;
            qsizetype nextEnd = text.indexOf('\n', next);
            if (nextEnd < 0)
                nextEnd = text.size();
            command += '\n' + text.sliced(next, nextEnd - next).toByteArray();
            end = nextEnd;
        }
        // A command in a Markdown code span ("`http :8080/x`"): the closing backtick is not HTTPie's.
        if (command.trimmed().endsWith('`') && command.count('`') == 1)
            command.truncate(command.lastIndexOf('`'));
        found.append({ command, from });
        start = end + 1;
    }
    return found;
}

// The kinds of request item, by separator.
enum class ItemKind { Header, EmptyHeader, Query, QueryFile, Data, DataFile, Json, JsonFile, File };

struct Item
{
    ItemKind kind;
    QByteArray key;
    QByteArray value;
};

// HTTPie's separators, the longer of two at one place first.
struct Separator
{
    QByteArrayView text;
    ItemKind kind;
};
constexpr Separator Separators[] = {
    { ":=@", ItemKind::JsonFile }, { "==@", ItemKind::QueryFile }, { ":=", ItemKind::Json },
    { "==", ItemKind::Query },     { "=@", ItemKind::DataFile },   { "=", ItemKind::Data },
    { ":", ItemKind::Header },     { "@", ItemKind::File },        { ";", ItemKind::EmptyHeader },
};

// A request item split at its first separator, as HTTPie splits it: a backslash before a
// separator character makes it part of the key or value. nullopt when the word has no separator.
std::optional<Item> parseItem(const QByteArray &word)
{
    // The word's characters, each marked when a backslash escaped it.
    QByteArray plain;
    QList<bool> escaped;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (word.at(i) == '\\' && i + 1 < word.size() && QByteArrayView(":=@;\\").contains(word.at(i + 1))) {
            plain += word.at(++i);
            escaped.append(true);
        } else {
            plain += word.at(i);
            escaped.append(false);
        }
    }
    for (qsizetype at = 0; at < plain.size(); ++at) {
        for (const Separator &separator : Separators) {
            const qsizetype length = separator.text.size();
            if (at + length > plain.size() || QByteArrayView(plain).sliced(at, length) != separator.text)
                continue;
            bool free = true;
            for (qsizetype k = at; k < at + length; ++k)
                free = free && !escaped.at(k);
            if (!free)
                continue;
            return Item { separator.kind, plain.first(at), plain.sliced(at + length) };
        }
    }
    return std::nullopt;
}

// A string as Python's json.dumps writes it (ensure_ascii: every non-ASCII character as \uXXXX).
QByteArray pythonJsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20 || u > 0x7e)
                out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
            else
                out += char(u);
        }
    }
    return out + '"';
}

// JSON text rewritten as Python's json.dumps writes what json.loads read from it: the same
// members in the same order, ", " and ": " between them, strings with ASCII escapes. nullopt
// when the text is not JSON.
class PythonJson
{
public:
    explicit PythonJson(QByteArrayView text)
        : m_text(text)
    { }

    std::optional<QByteArray> rewrite()
    {
        QByteArray out;
        if (!value(out))
            return std::nullopt;
        blanks();
        if (m_at != m_text.size())
            return std::nullopt;
        return out;
    }

private:
    void blanks()
    {
        while (m_at < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text.at(m_at)))
            ++m_at;
    }

    bool string(QByteArray &out)
    {
        QString decoded;
        ++m_at; // the opening quote
        QByteArray run;
        while (m_at < m_text.size() && m_text.at(m_at) != '"') {
            const char c = m_text.at(m_at);
            if (c != '\\') {
                run += c;
                ++m_at;
                continue;
            }
            decoded += QString::fromUtf8(run);
            run.clear();
            if (m_at + 1 >= m_text.size())
                return false;
            const char e = m_text.at(m_at + 1);
            m_at += 2;
            switch (e) {
            case 'n':
                decoded += u'\n';
                break;
            case 't':
                decoded += u'\t';
                break;
            case 'r':
                decoded += u'\r';
                break;
            case 'b':
                decoded += u'\b';
                break;
            case 'f':
                decoded += u'\f';
                break;
            case 'u': {
                if (m_at + 4 > m_text.size())
                    return false;
                bool ok = false;
                const ushort code = m_text.sliced(m_at, 4).toByteArray().toUShort(&ok, 16);
                if (!ok)
                    return false;
                decoded += QChar(code);
                m_at += 4;
                break;
            }
            default:
                decoded += QLatin1Char(e);
            }
        }
        if (m_at >= m_text.size())
            return false;
        ++m_at; // the closing quote
        decoded += QString::fromUtf8(run);
        out += pythonJsonString(decoded);
        return true;
    }

    bool value(QByteArray &out)
    {
        blanks();
        if (m_at >= m_text.size())
            return false;
        const char c = m_text.at(m_at);
        if (c == '"')
            return string(out);
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            out += c;
            ++m_at;
            blanks();
            if (m_at < m_text.size() && m_text.at(m_at) == close) {
                out += close;
                ++m_at;
                return true;
            }
            for (;;) {
                if (c == '{') {
                    blanks();
                    if (m_at >= m_text.size() || m_text.at(m_at) != '"' || !string(out))
                        return false;
                    blanks();
                    if (m_at >= m_text.size() || m_text.at(m_at) != ':')
                        return false;
                    ++m_at;
                    out += ": ";
                }
                if (!value(out))
                    return false;
                blanks();
                if (m_at >= m_text.size())
                    return false;
                if (m_text.at(m_at) == close) {
                    out += close;
                    ++m_at;
                    return true;
                }
                if (m_text.at(m_at) != ',')
                    return false;
                out += ", ";
                ++m_at;
            }
        }
        static const QRegularExpression scalar(
            u"^(?:true|false|null|-?(?:0|[1-9]\\d*)(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)"_s);
        const QRegularExpressionMatch m
            = scalar.match(QString::fromLatin1(m_text.sliced(m_at, std::min<qsizetype>(m_text.size() - m_at, 400))));
        if (!m.hasMatch())
            return false;
        out += m.captured(0).toLatin1();
        m_at += m.capturedLength();
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
};

// application/x-www-form-urlencoded as Python's urlencode writes it (quote_plus: a space is "+").
QByteArray quotePlus(const QByteArray &text)
{
    return text.toPercentEncoding(" ", "").replace(' ', '+');
}

// The options that take a value (their value is the next word, or after "=", or glued to a
// short option).
bool takesValue(QByteArrayView option)
{
    static const QByteArrayView withValue[] = {
        "--auth",
        "-a",
        "--auth-type",
        "-A",
        "--print",
        "-p",
        "--history-print",
        "-P",
        "--output",
        "-o",
        "--style",
        "-s",
        "--pretty",
        "--format-options",
        "--response-charset",
        "--response-mime",
        "--session",
        "--session-read-only",
        "--max-redirects",
        "--max-headers",
        "--timeout",
        "--proxy",
        "--verify",
        "--ssl",
        "--ciphers",
        "--cert",
        "--cert-key",
        "--cert-key-pass",
        "--default-scheme",
        "--boundary",
        "--raw",
    };
    for (QByteArrayView known : withValue) {
        if (option == known)
            return true;
    }
    return false;
}

// Flags that change nothing HTTPie sends (what it prints, how it streams, where it writes).
bool isQuietFlag(QByteArrayView option)
{
    static const QByteArrayView flags[] = {
        "--verbose",  "--headers",      "--body",    "--meta",         "--quiet",        "--stream",   "--download",
        "--continue", "--ignore-stdin", "--offline", "--check-status", "--ignore-netrc", "--all",      "--traceback",
        "--debug",    "--unsorted",     "--sorted",  "--path-as-is",   "--chunked",      "--compress",
    };
    for (QByteArrayView known : flags) {
        if (option == known)
            return true;
    }
    return false;
}

// The long name of a short flag that takes no value, or empty.
QByteArrayView longFlag(char c)
{
    switch (c) {
    case 'j':
        return "--json";
    case 'f':
        return "--form";
    case 'F':
        return "--follow";
    case 'v':
        return "--verbose";
    case 'h':
        return "--headers";
    case 'b':
        return "--body";
    case 'm':
        return "--meta";
    case 'q':
        return "--quiet";
    case 'S':
        return "--stream";
    case 'd':
        return "--download";
    case 'c':
        return "--continue";
    case 'I':
        return "--ignore-stdin";
    case 'x':
        return "--compress";
    default:
        return {};
    }
}

// The request one HTTPie command line sends.
class Command
{
public:
    Command(const QByteArray &program, const QString &where)
        : m_where(where)
    {
        m_scheme = ShellWords::programName(program) == "https" ? "https" : "http";
    }

    // False when a word is neither an option nor a request item nor the method and the URL:
    // then this is no HTTPie command (a sentence that starts with "http").
    bool read(const QByteArrayList &arguments)
    {
        QByteArrayList positionals;
        bool optionsEnded = false;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QByteArray &word = arguments.at(i);
            if (optionsEnded || !word.startsWith('-') || word == "-") {
                positionals.append(word);
                continue;
            }
            if (word == "--") {
                optionsEnded = true;
                continue;
            }
            QByteArray option = word;
            std::optional<QByteArray> value;
            if (word.startsWith("--")) {
                const qsizetype equals = word.indexOf('=');
                if (equals > 0) {
                    option = word.first(equals);
                    value = word.sliced(equals + 1);
                }
            } else {
                // A cluster of short flags ("-vF"), the last of which may take a value ("-vpHBhb").
                qsizetype k = 1;
                for (; k < word.size(); ++k) {
                    const QByteArray single = "-" + word.sliced(k, 1);
                    if (takesValue(single)) {
                        option = single;
                        if (k + 1 < word.size())
                            value = word.sliced(k + 1);
                        break;
                    }
                    const QByteArrayView flag = longFlag(word.at(k));
                    if (flag.isEmpty()) {
                        warn(Tr::tr("%1: the HTTPie option '%2' is not known; ignored")
                                 .arg(m_where, QString::fromUtf8(word)));
                        break;
                    }
                    flagSet(flag);
                }
                if (k >= word.size() || !takesValue(option))
                    continue;
            }
            if (takesValue(option)) {
                if (!value) {
                    if (i + 1 >= arguments.size()) {
                        warn(Tr::tr("%1: the HTTPie option %2 has no value; ignored")
                                 .arg(m_where, QString::fromUtf8(option)));
                        continue;
                    }
                    value = arguments.at(++i);
                }
                optionSet(option, *value);
                continue;
            }
            if (option == "--json" || option == "--form" || option == "--multipart" || option == "--follow"
                || isQuietFlag(option)) {
                flagSet(option);
                continue;
            }
            warn(Tr::tr("%1: the HTTPie option '%2' is not known; ignored").arg(m_where, QString::fromUtf8(word)));
        }
        if (positionals.isEmpty())
            return false;
        // HTTPie's guess: a first word of letters only, with a URL after it, is the method.
        static const QRegularExpression letters(u"^[A-Za-z]+$"_s);
        qsizetype urlAt = 0;
        if (positionals.size() >= 2 && letters.match(QString::fromLatin1(positionals.first())).hasMatch()) {
            m_method = positionals.first().toUpper();
            urlAt = 1;
        }
        if (!looksLikeUrl(positionals.at(urlAt)))
            return false;
        m_url = positionals.at(urlAt);
        for (qsizetype k = urlAt + 1; k < positionals.size(); ++k) {
            std::optional<Item> item = parseItem(positionals.at(k));
            if (!item)
                return false;
            m_items.append(*item);
        }
        return true;
    }

    void setStandardInput(const std::optional<QByteArray> &input, const QByteArray &redirectedFile)
    {
        if (input) {
            m_stdin = input;
        } else if (!redirectedFile.isEmpty()) {
            m_stdin = QByteArray();
            warn(Tr::tr("%1: the body comes from the file '%2' (\"< %2\"); file contents are not read, so the body is "
                        "empty")
                     .arg(m_where, QString::fromUtf8(redirectedFile)));
        }
    }

    RequestSpec request()
    {
        RequestSpec request;
        request.url = url();
        request.options.followRedirects = m_follow;
        if (m_maxRedirects > 0)
            request.options.maxRedirects = m_maxRedirects;
        request.options.verifyTls = m_verify;
        if (!m_proxy.isEmpty())
            request.options.proxy = m_proxy;

        HeaderList headers;
        for (const Item &item : std::as_const(m_items)) {
            if (item.kind == ItemKind::Header) {
                if (item.value.isEmpty())
                    setHeader(headers, { item.key, {}, false }); // "Header:" is not sent
                else
                    setHeader(headers, { item.key, withoutOptionalWhiteSpace(item.value), true });
            } else if (item.kind == ItemKind::EmptyHeader) {
                setHeader(headers, { item.key, {}, true });
            }
        }
        auto userSet = [&headers](QByteArrayView name) { return hasHeader(headers, name); };

        const bool hasData = std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &item) {
            return item.kind == ItemKind::Data || item.kind == ItemKind::DataFile || item.kind == ItemKind::Json
                || item.kind == ItemKind::JsonFile || item.kind == ItemKind::File;
        });
        const bool hasFile = std::any_of(m_items.cbegin(), m_items.cend(),
                                         [](const Item &item) { return item.kind == ItemKind::File; });
        const bool multipart = m_multipart || (m_form && hasFile);
        if (hasFile && !m_form && !m_multipart)
            warn(Tr::tr("%1: a file item (name@file) needs --form or --multipart; HTTPie stops with an error here, "
                        "it is read as a multipart form")
                     .arg(m_where));
        request.method = m_method.isEmpty() ? QByteArray(hasData || m_raw || m_stdin ? "POST" : "GET") : m_method;

        HeaderList own;
        if (multipart || hasFile) {
            const QByteArray boundary = m_boundary.isEmpty() ? boundaryFor() : m_boundary;
            request.body = multipartBody(boundary);
            own.append({ "Content-Type", "multipart/form-data; boundary=" + boundary, true });
        } else if (m_form) {
            request.body = formBody();
            own.append({ "Content-Type", "application/x-www-form-urlencoded; charset=utf-8", true });
        } else {
            if (m_raw)
                request.body = *m_raw;
            else if (hasData)
                request.body = jsonBody();
            else if (m_stdin)
                request.body = *m_stdin;
            if (m_json || hasData || m_raw || m_stdin) {
                own.append({ "Accept", "application/json, */*;q=0.5", true });
                own.append({ "Content-Type", "application/json", true });
            }
        }
        if (m_raw && hasData)
            warn(
                Tr::tr("%1: --raw and data items together are refused by HTTPie; the --raw body is read").arg(m_where));
        if (!m_authorization.isEmpty())
            own.append({ "Authorization", m_authorization, true });
        else if (!m_userInfo.isEmpty())
            own.append({ "Authorization", "Basic " + m_userInfo.toBase64(), true });
        for (const HeaderField &field : std::as_const(own)) {
            if (!userSet(field.name))
                request.headers.append(field);
        }
        request.headers += headers;
        return request;
    }

    QStringList warnings() const { return m_warnings; }

private:
    void warn(const QString &text) { m_warnings.append(text); }

    static bool looksLikeUrl(const QByteArray &word)
    {
        static const QRegularExpression url(
            u"^(?:[A-Za-z][A-Za-z0-9+.-]*://\\S.*|:\\d*(?:/.*)?|localhost(?::\\d+)?(?:[/?#].*)?"
            u"|[\\w-]+(?:\\.[\\w-]+)+(?::\\d+)?(?:[/?#].*)?|[\\w-]+:\\d+(?:[/?#].*)?|\\[[0-9A-Fa-f:.]+\\](?::\\d+)?(?:[/?#].*)?)$"_s);
        return url.match(QString::fromUtf8(word)).hasMatch();
    }

    static void setHeader(HeaderList &headers, const HeaderField &field)
    {
        // A later item of the same name replaces the earlier one (HTTPie keeps the last).
        for (HeaderField &existing : headers) {
            if (existing.name.compare(field.name, Qt::CaseInsensitive) == 0) {
                existing = field;
                return;
            }
        }
        headers.append(field);
    }

    void flagSet(QByteArrayView flag)
    {
        if (flag == "--json")
            m_json = true;
        else if (flag == "--form")
            m_form = true;
        else if (flag == "--multipart")
            m_multipart = true;
        else if (flag == "--follow")
            m_follow = true;
    }

    void optionSet(QByteArrayView option, const QByteArray &value)
    {
        if (option == "--auth" || option == "-a") {
            m_auth = value;
        } else if (option == "--auth-type" || option == "-A") {
            m_authType = value.toLower();
        } else if (option == "--raw") {
            m_raw = value;
        } else if (option == "--boundary") {
            m_boundary = value;
        } else if (option == "--default-scheme") {
            m_scheme = value;
        } else if (option == "--verify") {
            m_verify = !(value.toLower() == "no" || value.toLower() == "false");
        } else if (option == "--max-redirects") {
            m_maxRedirects = value.toInt();
        } else if (option == "--proxy") {
            // "http:http://proxy:3128": the proxy for one scheme.
            const qsizetype colon = value.indexOf(':');
            m_proxy = QString::fromUtf8(colon > 0 && !value.sliced(colon).startsWith("://") ? value.sliced(colon + 1)
                                                                                            : value);
        } else if (option == "--session" || option == "--session-read-only") {
            warn(Tr::tr("%1: the HTTPie session '%2' is not read; headers and cookies saved in it are not sent")
                     .arg(m_where, QString::fromUtf8(value)));
        } else if (option == "--cert" || option == "--cert-key") {
            warn(Tr::tr("%1: the client certificate '%2' is not read").arg(m_where, QString::fromUtf8(value)));
        }
        // --print, --output, --pretty, --style, --timeout…: what HTTPie prints or how long it waits.
    }

    QUrl url()
    {
        QByteArray text = m_url;
        // HTTPie's localhost shorthand: ":3000/x", ":/x", ":".
        static const QRegularExpression shorthand(u"^:(\\d*)(.*)$"_s);
        if (const QRegularExpressionMatch m = shorthand.match(QString::fromUtf8(text)); m.hasMatch())
            text = "localhost" + (m.captured(1).isEmpty() ? QByteArray() : ":" + m.captured(1).toUtf8())
                + m.captured(2).toUtf8();
        static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
        if (!scheme.match(QString::fromUtf8(text)).hasMatch())
            text = m_scheme + "://" + text;
        QUrl url(QString::fromUtf8(text), QUrl::TolerantMode);
        if (!url.userInfo().isEmpty()) {
            // Credentials in the URL are sent as Basic authorization, as written (not decoded).
            m_userInfo = url.userName(QUrl::FullyEncoded).toUtf8() + ":" + url.password(QUrl::FullyEncoded).toUtf8();
            url.setUserInfo({});
        }
        QByteArray query;
        for (const Item &item : std::as_const(m_items)) {
            if (item.kind == ItemKind::QueryFile)
                warn(Tr::tr("%1: the query parameter '%2' comes from the file '%3'; file contents are not read")
                         .arg(m_where, QString::fromUtf8(item.key), QString::fromUtf8(item.value)));
            if (item.kind != ItemKind::Query && item.kind != ItemKind::QueryFile)
                continue;
            if (!query.isEmpty())
                query += '&';
            query += quotePlus(item.key) + '=' + (item.kind == ItemKind::Query ? quotePlus(item.value) : QByteArray());
        }
        if (!query.isEmpty()) {
            const QByteArray existing = url.query(QUrl::FullyEncoded).toUtf8();
            url.setQuery(QString::fromUtf8(existing.isEmpty() ? query : existing + '&' + query), QUrl::TolerantMode);
        }
        if (!m_auth.isEmpty()) {
            if (m_authType == "bearer") {
                m_authorization = "Bearer " + m_auth;
            } else if (m_authType.isEmpty() || m_authType == "basic") {
                if (!m_auth.contains(':'))
                    warn(Tr::tr("%1: -a gives no password; HTTPie would ask for it, so the password is read as empty")
                             .arg(m_where));
                m_authorization = "Basic " + (m_auth.contains(':') ? m_auth : m_auth + ':').toBase64();
            } else {
                warn(Tr::tr("%1: the HTTPie auth type '%2' is not supported; no Authorization header is sent")
                         .arg(m_where, QString::fromUtf8(m_authType)));
            }
        }
        return url;
    }

    QByteArray jsonBody()
    {
        QList<std::pair<QByteArray, QByteArray>> members; // key, JSON text; a later key replaces an earlier one
        auto set = [&members](const QByteArray &key, const QByteArray &value) {
            for (auto &[name, text] : members) {
                if (name == key) {
                    text = value;
                    return;
                }
            }
            members.append({ key, value });
        };
        for (const Item &item : std::as_const(m_items)) {
            if (item.key.contains('[') && (item.kind == ItemKind::Data || item.kind == ItemKind::Json))
                warn(Tr::tr("%1: the nested JSON path '%2' is not expanded; it is sent as one key")
                         .arg(m_where, QString::fromUtf8(item.key)));
            switch (item.kind) {
            case ItemKind::Data:
                set(item.key, pythonJsonString(QString::fromUtf8(item.value)));
                break;
            case ItemKind::Json:
                if (std::optional<QByteArray> json = PythonJson(item.value).rewrite()) {
                    set(item.key, *json);
                } else {
                    warn(Tr::tr("%1: '%2' is not JSON; HTTPie refuses it, it is sent as written")
                             .arg(m_where, QString::fromUtf8(item.value)));
                    set(item.key, item.value);
                }
                break;
            case ItemKind::DataFile:
            case ItemKind::JsonFile:
                warn(Tr::tr("%1: the field '%2' comes from the file '%3'; file contents are not read, so it is empty")
                         .arg(m_where, QString::fromUtf8(item.key), QString::fromUtf8(item.value)));
                set(item.key, item.kind == ItemKind::DataFile ? QByteArray("\"\"") : QByteArray("null"));
                break;
            default:
                break;
            }
        }
        QByteArray body = "{";
        for (const auto &[key, value] : std::as_const(members)) {
            if (body.size() > 1)
                body += ", ";
            body += pythonJsonString(QString::fromUtf8(key)) + ": " + value;
        }
        return body + '}';
    }

    QByteArray formBody()
    {
        QByteArray body;
        for (const Item &item : std::as_const(m_items)) {
            if (item.kind != ItemKind::Data && item.kind != ItemKind::DataFile)
                continue;
            if (item.kind == ItemKind::DataFile)
                warn(Tr::tr("%1: the field '%2' comes from the file '%3'; file contents are not read, so it is empty")
                         .arg(m_where, QString::fromUtf8(item.key), QString::fromUtf8(item.value)));
            if (!body.isEmpty())
                body += '&';
            body += quotePlus(item.key) + '=' + (item.kind == ItemKind::Data ? quotePlus(item.value) : QByteArray());
        }
        return body;
    }

    // A boundary of the shape HTTPie's (32 hex digits), the same for the same items.
    QByteArray boundaryFor() const
    {
        QCryptographicHash hash(QCryptographicHash::Md5);
        for (const Item &item : m_items)
            hash.addData(QByteArray(item.key + '\0' + item.value + '\0'));
        return hash.result().toHex();
    }

    QByteArray multipartBody(const QByteArray &boundary)
    {
        QByteArray body;
        for (const Item &item : std::as_const(m_items)) {
            if (item.kind != ItemKind::Data && item.kind != ItemKind::DataFile && item.kind != ItemKind::File)
                continue;
            body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + item.key + '"';
            if (item.kind == ItemKind::File) {
                // "name@path;type=mime" gives the part's type.
                QByteArray path = item.value;
                QByteArray type;
                if (const qsizetype at = path.lastIndexOf(";type="); at >= 0) {
                    type = path.sliced(at + 6);
                    path.truncate(at);
                }
                const QString fileName = QFileInfo(QString::fromUtf8(path)).fileName();
                if (type.isEmpty()) {
                    const QMimeType mime = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
                    if (!mime.isDefault())
                        type = mime.name().toUtf8();
                }
                body += "; filename=\"" + fileName.toUtf8() + '"';
                if (!type.isEmpty())
                    body += "\r\nContent-Type: " + type;
                warn(Tr::tr("%1: the form part '%2' names the file '%3'; file contents are not read, so that part of "
                            "the body is empty")
                         .arg(m_where, QString::fromUtf8(item.key), QString::fromUtf8(path)));
            } else if (item.kind == ItemKind::DataFile) {
                warn(Tr::tr("%1: the field '%2' comes from the file '%3'; file contents are not read, so it is empty")
                         .arg(m_where, QString::fromUtf8(item.key), QString::fromUtf8(item.value)));
            }
            body += "\r\n\r\n" + (item.kind == ItemKind::Data ? item.value : QByteArray()) + "\r\n";
        }
        return body + "--" + boundary + "--\r\n";
    }

    QString m_where;
    QByteArray m_scheme;
    QByteArray m_method;
    QByteArray m_url;
    QList<Item> m_items;
    QStringList m_warnings;
    bool m_json = false;
    bool m_form = false;
    bool m_multipart = false;
    bool m_follow = false;
    bool m_verify = true;
    int m_maxRedirects = 0;
    QString m_proxy;
    QByteArray m_auth;
    QByteArray m_authType;
    QByteArray m_authorization;
    QByteArray m_userInfo;
    QByteArray m_boundary;
    std::optional<QByteArray> m_raw;
    std::optional<QByteArray> m_stdin;
};

// The file a command's standard input is redirected from ("http POST url < body.json"), or empty.
QByteArray redirectedFile(QByteArrayView command)
{
    static const QRegularExpression redirect(u"(?:^|[ \\t])<[ \\t]*([^<>|&;\\s'\"]+)"_s);
    const QRegularExpressionMatch m = redirect.match(QString::fromUtf8(command));
    return m.hasMatch() ? m.captured(1).toUtf8() : QByteArray();
}

// HTTPie itself failed on the command (its Python traceback, its usage error): nothing was sent.
// "http: error: ConnectionError: … BadStatusLine(…)" and the like are no such failure: HTTPie
// reports what the network or the server did, which is the answer.
bool httpieFailed(QByteArrayView output)
{
    static const QRegularExpression failure(
        u"(?:File \"[^\"]*(?:/httpie/|[/\\\\]https?\")|^https?: error: |^http: LogLevel\\.ERROR: |^usage:\\s*\\n\\s+https? \\[)"_s,
        QRegularExpression::MultilineOption);
    static const QRegularExpression network(
        u"Connection|Timeout|SSLError|ProxyError|TooManyRedirects|ChunkedEncoding|ContentDecoding|RemoteDisconnected|"
        u"BadStatusLine|IncompleteRead|Max retries"_s);
    const QString text = QString::fromUtf8(output);
    return failure.match(text).hasMatch() && !network.match(text).hasMatch();
}

bool onlyUnknownStatusBody(const Capture &capture)
{
    return capture.exchanges.size() == 1 && capture.exchanges.first().response
        && capture.exchanges.first().response->status == 0;
}

} // namespace

std::optional<Result<Capture>> importText(QByteArrayView text, const QString &name)
{
    for (const CommandText &found : commandTexts(text)) {
        // HTTPie is typed in a POSIX shell unless the line continues cmd's or PowerShell's way: its
        // raw JSON items ('[""]') are no cmd quoting.
        ShellWords::Dialect dialect = CurlImporter::detectDialect(found.text);
        if (dialect == ShellWords::Dialect::WindowsCmd && !found.text.contains('^'))
            dialect = ShellWords::Dialect::Bash;
        const Result<QList<ShellWords::Command>> commands = ShellWords::split(found.text, dialect, name);
        if (!commands)
            continue;
        for (const ShellWords::Command &shell : commands.value()) {
            if (shell.words.isEmpty() || shell.feedsNextCommand)
                continue;
            const QByteArray program = ShellWords::programName(shell.words.first());
            if (program != "http" && program != "https" && program != "httpie")
                continue;
            const QString where
                = Tr::tr("%1: %2").arg(name, SourcePosition::at(text, found.offset + shell.offset).describe());
            Command command(shell.words.first(), where);
            if (!command.read(shell.words.mid(1)))
                continue;
            command.setStandardInput(shell.standardInput, redirectedFile(found.text));
            Capture capture;
            capture.kind = Capture::kindName(Capture::Kind::Curl);
            capture.name = name;
            capture.requests.append(command.request());
            capture.warnings = command.warnings();
            for (const QString &note : shell.notes)
                capture.warnings.append(Tr::tr("%1: %2").arg(where, note));

            // What HTTPie printed below the command is the answer; the command is only the request.
            const QByteArray output = LooseText::withoutCommandLines(text);
            if (output.trimmed().isEmpty())
                return Result<Capture>(std::move(capture));
            if (httpieFailed(output)) {
                capture.warnings.append(Tr::tr("%1: HTTPie stopped with an error of its own below the command; the "
                                               "request was not sent, so there is no response")
                                            .arg(name));
                return Result<Capture>(std::move(capture));
            }
            std::optional<Capture> loose = LooseText::read(text, name);
            if (!loose || loose->exchanges.isEmpty() || onlyUnknownStatusBody(*loose))
                return Result<Capture>(std::move(capture));
            for (Exchange &exchange : loose->exchanges) {
                if (!exchange.request.url.isValid() || exchange.request.url.isRelative()
                    || exchange.request.method.isEmpty())
                    exchange.request = capture.requests.first();
            }
            if (loose->requests.isEmpty())
                loose->requests = capture.requests;
            loose->warnings = capture.warnings + loose->warnings;
            return Result<Capture>(std::move(*loose));
        }
    }
    return std::nullopt;
}

} // namespace Gatescope::HttpieImporter
