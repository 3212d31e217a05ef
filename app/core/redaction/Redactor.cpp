#include "redaction/Redactor.h"

#include "model/ExchangeJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

#include <array>
#include <functional>
#include <string_view>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRedaction, "gatescope.redaction", QtInfoMsg)

namespace Gatescope {

namespace {

// Words that make a field name a credential's name, matched anywhere in the name.
constexpr std::array sensitiveWords { u"key",   u"token",      u"secret", u"session",    u"sess",      u"auth",
                                      u"passw", u"passphrase", u"pwd",    u"credential", u"signature", u"csrf",
                                      u"xsrf",  u"jwt",        u"cookie", u"private" };
// Short names that are credentials only when they are the whole name.
constexpr std::array sensitiveExactNames { u"pass", u"pw", u"sid", u"sig", u"otp" };
// Names that contain a sensitive word but carry no secret (and are needed for diagnosis).
constexpr std::array harmlessNames {
    u"www-authenticate", u"proxy-authenticate", u"authentication-info", u"author", u"authors",
    u"authority",        u":authority",         u"keep-alive",          u"vary",   u"sec-websocket-extensions"
};

// The sensitive-name alternatives as a regular-expression fragment.
QString sensitiveNamePattern()
{
    QStringList words;
    for (const char16_t *word : sensitiveWords)
        words.append(QString::fromUtf16(word));
    QStringList exact;
    for (const char16_t *word : sensitiveExactNames)
        exact.append(QString::fromUtf16(word));
    return u"(?:[A-Za-z0-9_.\\-]*(?:%1)[A-Za-z0-9_.\\-]*|(?:%2))"_s.arg(words.join(u'|'), exact.join(u'|'));
}

const QString notRedacted = u"(?!\\[redacted|%5Bredacted)"_s;

// Text rules, compiled once.
struct TextRules
{
    QRegularExpression authorization { u"(?<![\\w-])((?:proxy-)?authorization)(\"?[ \\t]*:[ \\t]*\"?)"_s + notRedacted
                                           + u"([^\\r\\n'\"<>]+)"_s,
                                       QRegularExpression::CaseInsensitiveOption };
    QRegularExpression cookie { u"(?<![\\w-])(set-cookie|cookie)(\"?[ \\t]*:[ \\t]*\"?)([^\\r\\n'\"<>]+)"_s,
                                QRegularExpression::CaseInsensitiveOption };
    QRegularExpression bearer { u"\\b(bearer)(\\s+)"_s + notRedacted
                                    + u"([A-Za-z0-9\\-._~+/]{6,}=*)(?![A-Za-z0-9\\-._~+/=\"])"_s,
                                QRegularExpression::CaseInsensitiveOption };
    QRegularExpression jwt { u"\\beyJ[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]*"_s };
    QRegularExpression awsAccessKey { u"\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"_s };
    QRegularExpression awsSecret { u"((?:aws_?)?secret_?access_?key|aws_?secret_?key)(['\"]?[ \\t]*[:=][ \\t]*['\"]?)"_s
                                       + notRedacted + u"([A-Za-z0-9/+=]{16,})"_s,
                                   QRegularExpression::CaseInsensitiveOption };
    QRegularExpression urlPassword { u"\\b([a-z][a-z0-9+.\\-]*://[^\\s/:@'\"<>]*):"_s + notRedacted
                                         + u"([^\\s/@'\"<>]+)@"_s,
                                     QRegularExpression::CaseInsensitiveOption };
    // "name": "value" / 'name': 123 (JSON, JS, Python reprs)
    QRegularExpression quotedNamedValue {
        u"([\"'])("_s + sensitiveNamePattern() + u")\\1(\\s*:\\s*)"_s + notRedacted
            + u"(?:\"((?:[^\"\\\\\\r\\n]|\\\\.)*)\"|'((?:[^'\\\\\\r\\n]|\\\\.)*)'|(-?\\d[\\w.+\\-]*))"_s,
        QRegularExpression::CaseInsensitiveOption
    };
    // name=value, name: value (query strings, form bodies, headers in text, env files, logs)
    QRegularExpression plainNamedValue { u"(?<![A-Za-z0-9_.\\-])("_s + sensitiveNamePattern()
                                             + u")([ \\t]*[:=][ \\t]*)"_s + notRedacted
                                             + u"([^\\s\"'&;,<>()\\[\\]{}]+)"_s,
                                         QRegularExpression::CaseInsensitiveOption };
};

const TextRules &rules()
{
    static const TextRules instance;
    return instance;
}

// What a text holds that one of the text rules could match, found in one pass over it: a rule
// whose trigger is absent cannot match, so it is not run. Every rule's match contains its
// trigger (compared ASCII case-insensitively, as the rules are); a character that Unicode case
// folding maps onto an ASCII letter (U+017F long s, U+212A Kelvin sign) turns every rule on.
enum Trigger : unsigned {
    AuthorizationWord = 1u << 0, // "authorization"
    CookieWord = 1u << 1, // "cookie"
    BearerWord = 1u << 2, // "bearer"
    JwtStart = 1u << 3, // "eyJ"
    AwsKeyStart = 1u << 4, // "AKIA", "ASIA"
    SecretWord = 1u << 5, // "secret"
    SchemeSeparator = 1u << 6, // "://"
    SensitiveWord = 1u << 7, // a sensitive-name word or exact name, anywhere
    Quote = 1u << 8,
    Assignment = 1u << 9, // ':' or '='
    AllTriggers = (1u << 10) - 1,
};

char16_t codeUnit(QChar c)
{
    return c.unicode();
}

char16_t codeUnit(char c) // a Latin-1 byte
{
    return static_cast<unsigned char>(c);
}

template<typename Char> unsigned char lowerAscii(Char c)
{
    const char16_t u = codeUnit(c);
    if (u >= u'A' && u <= u'Z')
        return static_cast<unsigned char>(u + 32);
    return u < 128 ? static_cast<unsigned char>(u) : 0;
}

// Whether `word` (lower-case ASCII) is at text[at…], ASCII case-insensitively.
template<typename Char> bool wordAt(const Char *text, qsizetype size, qsizetype at, std::string_view word)
{
    if (at + qsizetype(word.size()) > size)
        return false;
    for (size_t k = 0; k < word.size(); ++k) {
        if (lowerAscii(text[at + qsizetype(k)]) != static_cast<unsigned char>(word[k]))
            return false;
    }
    return true;
}

template<typename Char> unsigned triggersIn(const Char *text, qsizetype size)
{
    unsigned found = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t raw = codeUnit(text[i]);
        if (raw == 0x17F || raw == 0x212A)
            return AllTriggers;
        switch (lowerAscii(text[i])) {
        case '"':
        case '\'':
            found |= Quote;
            break;
        case '=':
            found |= Assignment;
            break;
        case ':':
            found |= Assignment;
            if (wordAt(text, size, i, "://"))
                found |= SchemeSeparator;
            break;
        case 'a':
            if (wordAt(text, size, i, "auth")) {
                found |= SensitiveWord;
                if (wordAt(text, size, i, "authorization"))
                    found |= AuthorizationWord;
            }
            if (raw == u'A' && i + 3 < size && (codeUnit(text[i + 1]) == u'K' || codeUnit(text[i + 1]) == u'S')
                && codeUnit(text[i + 2]) == u'I' && codeUnit(text[i + 3]) == u'A')
                found |= AwsKeyStart;
            break;
        case 'b':
            if (wordAt(text, size, i, "bearer"))
                found |= BearerWord;
            break;
        case 'c':
            if (wordAt(text, size, i, "cookie"))
                found |= CookieWord | SensitiveWord;
            else if (wordAt(text, size, i, "credential") || wordAt(text, size, i, "csrf"))
                found |= SensitiveWord;
            break;
        case 'e':
            if (raw == u'e' && i + 2 < size && codeUnit(text[i + 1]) == u'y' && codeUnit(text[i + 2]) == u'J')
                found |= JwtStart;
            break;
        case 'j':
            if (wordAt(text, size, i, "jwt"))
                found |= SensitiveWord;
            break;
        case 'k':
            if (wordAt(text, size, i, "key"))
                found |= SensitiveWord;
            break;
        case 'o':
            if (wordAt(text, size, i, "otp"))
                found |= SensitiveWord;
            break;
        case 'p':
            if (wordAt(text, size, i, "pass") || wordAt(text, size, i, "pw") || wordAt(text, size, i, "private"))
                found |= SensitiveWord;
            break;
        case 's':
            if (wordAt(text, size, i, "secret"))
                found |= SecretWord | SensitiveWord;
            else if (wordAt(text, size, i, "sess") || wordAt(text, size, i, "sig") || wordAt(text, size, i, "sid"))
                found |= SensitiveWord;
            break;
        case 't':
            if (wordAt(text, size, i, "token"))
                found |= SensitiveWord;
            break;
        case 'x':
            if (wordAt(text, size, i, "xsrf"))
                found |= SensitiveWord;
            break;
        default:
            break;
        }
    }
    return found;
}

// Replaces every match of `expression` in `text` by what `replacement` returns for it.
QString substitute(const QString &text, const QRegularExpression &expression,
                   const std::function<QString(const QRegularExpressionMatch &)> &replacement)
{
    QRegularExpressionMatchIterator it = expression.globalMatch(text);
    if (!it.hasNext())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += replacement(match);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

bool isHandledHeaderName(QStringView lowerName)
{
    return lowerName == u"authorization" || lowerName == u"proxy-authorization" || lowerName == u"cookie"
        || lowerName == u"set-cookie";
}

QByteArray contentTypeParameter(QByteArrayView contentType, QByteArrayView parameter)
{
    const QList<QByteArray> parts = contentType.toByteArray().split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i).trimmed();
        const qsizetype equals = part.indexOf('=');
        if (equals < 0 || part.left(equals).trimmed().compare(parameter, Qt::CaseInsensitive) != 0)
            continue;
        QByteArray value = part.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

// "[redacted]" / "[redacted:3f2a9c]" percent-encoded for a URL ("%5Bredacted%5D"): brackets are
// not allowed in a URI's path, query or fragment, and HAR validators reject them.
QString encodedPlaceholders(const QString &text)
{
    static const QRegularExpression placeholder(u"\\[(redacted(?::[0-9a-f]+)?)\\]"_s);
    if (!text.contains(u"[redacted"))
        return text;
    QString out = text;
    return out.replace(placeholder, u"%5B\\1%5D"_s);
}

// What was counted between `before` and `after` (a Redactor's summary only grows).
RedactionSummary countedSince(const RedactionSummary &before, const RedactionSummary &after)
{
    RedactionSummary delta;
    for (auto it = after.counts.cbegin(); it != after.counts.cend(); ++it) {
        const int added = it.value() - before.counts.value(it.key());
        if (added > 0)
            delta.counts.insert(it.key(), added);
    }
    return delta;
}

// A Content-Length that described the body before redaction describes it after; one that did not
// (a truncated or mismatched message, itself evidence) is left as it was.
void fitContentLength(HeaderList &headers, qsizetype before, qsizetype after)
{
    if (before == after)
        return;
    const QByteArray old = QByteArray::number(before);
    for (HeaderField &field : headers) {
        if (field.name.trimmed().compare("content-length", Qt::CaseInsensitive) == 0 && field.value.trimmed() == old)
            field.value = QByteArray::number(after);
    }
}

// A JSON string's content (between its quotes) decoded; false on a bad escape.
bool decodeJsonString(QByteArrayView content, QString *out)
{
    if (!content.contains('\\')) {
        *out = QString::fromUtf8(content);
        return true;
    }
    QString text;
    QByteArray run;
    auto flush = [&] {
        text += QString::fromUtf8(run);
        run.clear();
    };
    auto hex4 = [&](qsizetype at, char16_t *unit) {
        if (at + 4 > content.size())
            return false;
        bool ok = false;
        *unit = char16_t(content.sliced(at, 4).toUShort(&ok, 16));
        return ok;
    };
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content.at(i);
        if (c != '\\') {
            run += c;
            continue;
        }
        if (++i >= content.size())
            return false;
        switch (content.at(i)) {
        case '"':
            run += '"';
            break;
        case '\\':
            run += '\\';
            break;
        case '/':
            run += '/';
            break;
        case 'b':
            run += '\b';
            break;
        case 'f':
            run += '\f';
            break;
        case 'n':
            run += '\n';
            break;
        case 'r':
            run += '\r';
            break;
        case 't':
            run += '\t';
            break;
        case 'u': {
            char16_t unit = 0;
            if (!hex4(i + 1, &unit))
                return false;
            flush();
            text += QChar(unit);
            i += 4;
            break;
        }
        default:
            return false;
        }
    }
    flush();
    return true;
}

// A string as JSON text, quotes included, escaping only what JSON requires.
QByteArray encodeJsonString(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20) {
            out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

// Reads JSON text (already known to parse) and notes which scalar values to replace, so that the
// output is the input with only those values' bytes changed: key order, number spellings
// (2.0, 12345678901234567890), spacing and escapes elsewhere stay exactly as they were. A value
// under a credential's name is hidden whole (every scalar inside an object or array under such a
// name too); any other string goes through the text rules.
class JsonValueRedactor
{
public:
    JsonValueRedactor(QByteArrayView text, Redactor &redactor)
        : m_text(text)
        , m_redactor(redactor)
        , m_kind(QString::fromUtf16(RedactionKind::JsonField))
    { }

    // False when the text is not JSON as expected; then nothing was counted worth keeping.
    bool run()
    {
        skipSpace();
        if (!value(false, 0))
            return false;
        skipSpace();
        return m_position == m_text.size();
    }

    bool changed() const { return !m_replacements.isEmpty(); }

    QByteArray result() const
    {
        QByteArray out;
        out.reserve(m_text.size());
        qsizetype last = 0;
        for (const Replacement &replacement : m_replacements) {
            out += m_text.sliced(last, replacement.start - last);
            out += replacement.bytes;
            last = replacement.end;
        }
        out += m_text.sliced(last);
        return out;
    }

private:
    struct Replacement
    {
        qsizetype start;
        qsizetype end;
        QByteArray bytes;
    };

    static constexpr int MaxDepth = 2048;

    void skipSpace()
    {
        while (m_position < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text.at(m_position)))
            ++m_position;
    }

    bool at(char c) const { return m_position < m_text.size() && m_text.at(m_position) == c; }

    // m_position on the opening quote; afterwards just past the closing one.
    bool string(QByteArrayView *content)
    {
        const qsizetype start = ++m_position;
        while (m_position < m_text.size()) {
            const char c = m_text.at(m_position);
            if (c == '\\') {
                m_position += 2;
                continue;
            }
            if (c == '"') {
                *content = m_text.sliced(start, m_position - start);
                ++m_position;
                return true;
            }
            ++m_position;
        }
        return false;
    }

    bool value(bool hideAll, int depth)
    {
        if (depth > MaxDepth || m_position >= m_text.size())
            return false;
        const char c = m_text.at(m_position);
        if (c == '{')
            return object(hideAll, depth);
        if (c == '[')
            return array(hideAll, depth);
        const qsizetype start = m_position;
        if (c == '"') {
            QByteArrayView content;
            QString decoded;
            if (!string(&content) || !decodeJsonString(content, &decoded))
                return false;
            if (hideAll) {
                if (!decoded.startsWith(u"[redacted"))
                    m_replacements.append({ start, m_position, encodeJsonString(m_redactor.hide(decoded, m_kind)) });
            } else {
                const QString redacted = m_redactor.redactText(decoded);
                if (redacted != decoded)
                    m_replacements.append({ start, m_position, encodeJsonString(redacted) });
            }
            return true;
        }
        // A number, true, false or null.
        while (m_position < m_text.size() && !QByteArrayView(" \t\r\n,]}").contains(m_text.at(m_position)))
            ++m_position;
        const QByteArrayView token = m_text.sliced(start, m_position - start);
        if (token.isEmpty())
            return false;
        if (hideAll && token != "null")
            m_replacements.append(
                { start, m_position, encodeJsonString(m_redactor.hide(QString::fromLatin1(token), m_kind)) });
        return true;
    }

    // "{…}" or "[…]": elements separated by commas up to `close`; element() reads one.
    template<typename Element> bool sequence(char close, Element element)
    {
        ++m_position; // { or [
        skipSpace();
        if (at(close)) {
            ++m_position;
            return true;
        }
        while (true) {
            skipSpace();
            if (!element())
                return false;
            skipSpace();
            if (at(',')) {
                ++m_position;
                continue;
            }
            if (at(close)) {
                ++m_position;
                return true;
            }
            return false;
        }
    }

    bool object(bool hideAll, int depth)
    {
        return sequence('}', [&] {
            QByteArrayView keyContent;
            QString key;
            if (!at('"') || !string(&keyContent) || !decodeJsonString(keyContent, &key))
                return false;
            skipSpace();
            if (!at(':'))
                return false;
            ++m_position;
            skipSpace();
            return value(hideAll || Redactor::isSensitiveName(key), depth + 1);
        });
    }

    bool array(bool hideAll, int depth)
    {
        return sequence(']', [&] { return value(hideAll, depth + 1); });
    }

    QByteArrayView m_text;
    Redactor &m_redactor;
    QString m_kind;
    qsizetype m_position = 0;
    QList<Replacement> m_replacements;
};

} // namespace

void RedactionSummary::merge(const RedactionSummary &other)
{
    for (auto it = other.counts.cbegin(); it != other.counts.cend(); ++it)
        counts[it.key()] += it.value();
}

int RedactionSummary::total() const
{
    int sum = 0;
    for (int count : counts)
        sum += count;
    return sum;
}

QString RedactionSummary::kindName(const QString &kind)
{
    if (kind == RedactionKind::Authorization)
        return tr("authorization value");
    if (kind == RedactionKind::IpAddress)
        return tr("IP address in a log line");
    if (kind == RedactionKind::Cookie)
        return tr("cookie value");
    if (kind == RedactionKind::SetCookie)
        return tr("Set-Cookie value");
    if (kind == RedactionKind::SecretHeader)
        return tr("API-key or token header");
    if (kind == RedactionKind::QueryParameter)
        return tr("query parameter");
    if (kind == RedactionKind::JsonField)
        return tr("JSON field");
    if (kind == RedactionKind::FormField)
        return tr("form field");
    if (kind == RedactionKind::MultipartField)
        return tr("multipart field");
    if (kind == RedactionKind::NamedValue)
        return tr("named secret in text");
    if (kind == RedactionKind::BearerToken)
        return tr("bearer token");
    if (kind == RedactionKind::Jwt)
        return tr("JWT");
    if (kind == RedactionKind::AwsAccessKey)
        return tr("AWS access key");
    if (kind == RedactionKind::AwsSecretKey)
        return tr("AWS secret key");
    if (kind == RedactionKind::UrlPassword)
        return tr("password in a URL");
    if (kind == RedactionKind::CompressedBody)
        return tr("compressed raw body");
    if (kind == RedactionKind::Http2Frames)
        return tr("raw HTTP/2 frames");
    if (kind.startsWith(RedactionKind::CustomPrefix))
        //: %1 is the name the user gave to their own redaction pattern
        return tr("custom pattern “%1”").arg(kind.mid(QStringView(RedactionKind::CustomPrefix).size()));
    return kind;
}

QString RedactionSummary::describe() const
{
    if (counts.isEmpty())
        return tr("nothing");
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        //: %1 = a count, %2 = what was counted ("cookie value", "JWT"), e.g. "3 × cookie value"
        parts.append(tr("%1 × %2").arg(QLocale().toString(it.value()), kindName(it.key())));
    return QLocale().createSeparatedList(parts);
}

Redactor::Redactor(RedactionOptions options)
    : m_options(std::move(options))
{
    if ((m_options.hashValues || m_options.hashIpAddresses) && m_options.hashKey.isEmpty()) {
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
        m_options.hashKey = key;
    }
}

bool Redactor::isSensitiveName(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower.isEmpty())
        return false;
    for (const char16_t *harmless : harmlessNames) {
        if (lower == QStringView(harmless))
            return false;
    }
    if (lower.startsWith(u"access-control-"))
        return false;
    for (const char16_t *exact : sensitiveExactNames) {
        if (lower == QStringView(exact))
            return true;
    }
    for (const char16_t *word : sensitiveWords) {
        if (lower.contains(QStringView(word)))
            return true;
    }
    return false;
}

QString Redactor::hide(QStringView value, const QString &kind)
{
    m_summary.add(kind);
    if (!m_options.hashValues)
        return u"[redacted]"_s;
    const QByteArray mac
        = QMessageAuthenticationCode::hash(value.toUtf8(), m_options.hashKey, QCryptographicHash::Sha256);
    return u"[redacted:%1]"_s.arg(QString::fromLatin1(mac.toHex().left(6)));
}

QString Redactor::redactText(const QString &input)
{
    if (!m_options.enabled || input.isEmpty())
        return input;
    const unsigned found = triggersIn(input.constData(), input.size());
    if (m_options.customPatterns.isEmpty() && !(found & ~(Quote | Assignment)))
        return input;
    const TextRules &r = rules();
    QString text = input;

    for (const RedactionPattern &custom : std::as_const(m_options.customPatterns)) {
        if (!custom.pattern.isValid() || custom.pattern.pattern().isEmpty())
            continue;
        const QString kind = QString::fromUtf16(RedactionKind::CustomPrefix) + custom.name;
        const int group = custom.pattern.namedCaptureGroups().contains(u"value"_s)
            ? int(custom.pattern.namedCaptureGroups().indexOf(u"value"_s))
            : (custom.pattern.captureCount() >= 1 ? 1 : 0);
        text = substitute(text, custom.pattern, [&](const QRegularExpressionMatch &m) -> QString {
            if (m.capturedLength(group) == 0 || m.captured(group).startsWith(u"[redacted"))
                return m.captured(0);
            const qsizetype offset = m.capturedStart(group) - m.capturedStart(0);
            QString whole = m.captured(0);
            return whole.replace(offset, m.capturedLength(group), hide(m.capturedView(group), kind));
        });
    }

    if (found & AuthorizationWord)
        text = substitute(text, r.authorization, [&](const QRegularExpressionMatch &m) -> QString {
            return m.captured(1) + m.captured(2) + redactAuthorization(m.captured(3));
        });
    if (found & CookieWord)
        text = substitute(text, r.cookie, [&](const QRegularExpressionMatch &m) -> QString {
            const bool setCookie = m.captured(1).compare(u"set-cookie", Qt::CaseInsensitive) == 0;
            return m.captured(1) + m.captured(2)
                + (setCookie ? redactSetCookie(m.captured(3)) : redactCookieList(m.captured(3)));
        });
    if (found & JwtStart)
        text = substitute(text, r.jwt, [&](const QRegularExpressionMatch &m) -> QString {
            return hide(m.capturedView(0), QString::fromUtf16(RedactionKind::Jwt));
        });
    if (found & BearerWord)
        text = substitute(text, r.bearer, [&](const QRegularExpressionMatch &m) -> QString {
            return m.captured(1) + m.captured(2)
                + hide(m.capturedView(3), QString::fromUtf16(RedactionKind::BearerToken));
        });
    if (found & AwsKeyStart)
        text = substitute(text, r.awsAccessKey, [&](const QRegularExpressionMatch &m) -> QString {
            return hide(m.capturedView(0), QString::fromUtf16(RedactionKind::AwsAccessKey));
        });
    if (found & SecretWord)
        text = substitute(text, r.awsSecret, [&](const QRegularExpressionMatch &m) -> QString {
            return m.captured(1) + m.captured(2)
                + hide(m.capturedView(3), QString::fromUtf16(RedactionKind::AwsSecretKey));
        });
    if (found & SchemeSeparator)
        text = substitute(text, r.urlPassword, [&](const QRegularExpressionMatch &m) -> QString {
            return m.captured(1) + u':' + hide(m.capturedView(2), QString::fromUtf16(RedactionKind::UrlPassword))
                + u'@';
        });
    if ((found & SensitiveWord) && (found & Quote) && (found & Assignment))
        text = substitute(text, r.quotedNamedValue, [&](const QRegularExpressionMatch &m) -> QString {
            const QString name = m.captured(2);
            if (!isSensitiveName(name) || isHandledHeaderName(name.toLower()))
                return m.captured(0);
            const QString kind = QString::fromUtf16(RedactionKind::NamedValue);
            const QString head = m.captured(1) + name + m.captured(1) + m.captured(3);
            if (m.capturedStart(4) >= 0)
                return head + u'"' + hide(m.capturedView(4), kind) + u'"';
            if (m.capturedStart(5) >= 0)
                return head + u'\'' + hide(m.capturedView(5), kind) + u'\'';
            return head + u'"' + hide(m.capturedView(6), kind) + u'"';
        });
    if ((found & SensitiveWord) && (found & Assignment))
        text = substitute(text, r.plainNamedValue, [&](const QRegularExpressionMatch &m) -> QString {
            const QString name = m.captured(1);
            if (!isSensitiveName(name) || isHandledHeaderName(name.toLower()))
                return m.captured(0);
            return name + m.captured(2) + hide(m.capturedView(3), QString::fromUtf16(RedactionKind::NamedValue));
        });
    return text;
}

QByteArray Redactor::redactBytes(const QByteArray &bytes)
{
    if (!m_options.enabled || bytes.isEmpty())
        return bytes;
    // Latin-1 maps every byte to one code unit and back: bytes outside the hidden values survive
    // exactly, whatever their encoding; every pattern is ASCII. Bytes with nothing any rule could
    // match come back as they were, without a copy.
    const unsigned found = triggersIn(bytes.constData(), bytes.size());
    if (m_options.customPatterns.isEmpty() && !(found & ~(Quote | Assignment)))
        return bytes;
    const QString text = QString::fromLatin1(bytes);
    const QString redacted = redactText(text);
    if (redacted.constData() == text.constData())
        return bytes;
    return redacted.toLatin1();
}

QString Redactor::redactAuthorization(const QString &value)
{
    // Keep the scheme ("Bearer", "Basic", "AWS4-HMAC-SHA256 Credential=…") so the reader knows
    // which kind of credential was sent; hide everything after it.
    const QString trimmed = value.trimmed();
    if (trimmed.startsWith(u"[redacted"))
        return value;
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~\\-]*)(\\s+)(\\S.*)$"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = scheme.match(trimmed);
    const QString kind = QString::fromUtf16(RedactionKind::Authorization);
    if (m.hasMatch()) {
        if (m.captured(3).startsWith(u"[redacted"))
            return value;
        return m.captured(1) + u' ' + hide(m.capturedView(3), kind);
    }
    return hide(trimmed, kind);
}

QString Redactor::redactCookieList(const QString &value)
{
    QStringList pairs = value.split(u';');
    const QString kind = QString::fromUtf16(RedactionKind::Cookie);
    for (QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals < 0) {
            if (!pair.trimmed().isEmpty() && !pair.trimmed().startsWith(u"[redacted"))
                pair = (pair.startsWith(u' ') ? u" "_s : QString()) + hide(pair.trimmed(), kind);
            continue;
        }
        const QString cookieValue = pair.mid(equals + 1);
        if (cookieValue.trimmed().isEmpty() || cookieValue.trimmed().startsWith(u"[redacted"))
            continue;
        pair = pair.left(equals + 1) + hide(cookieValue.trimmed(), kind);
    }
    return pairs.join(u';');
}

QString Redactor::redactSetCookie(const QString &value)
{
    // name=value; Path=/; HttpOnly — only the first pair is the cookie; attributes stay readable.
    const qsizetype semicolon = value.indexOf(u';');
    const QString first = semicolon < 0 ? value : value.left(semicolon);
    const QString rest = semicolon < 0 ? QString() : value.mid(semicolon);
    const qsizetype equals = first.indexOf(u'=');
    const QString cookieValue = equals < 0 ? first : first.mid(equals + 1);
    if (cookieValue.trimmed().isEmpty() || cookieValue.trimmed().startsWith(u"[redacted"))
        return value;
    const QString kind = QString::fromUtf16(RedactionKind::SetCookie);
    return (equals < 0 ? QString() : first.left(equals + 1)) + hide(cookieValue.trimmed(), kind) + redactText(rest);
}

QString Redactor::redactHeaderValue(QStringView name, const QString &value)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower == u"authorization" || lower == u"proxy-authorization")
        return redactAuthorization(value);
    if (lower == u"cookie")
        return redactCookieList(value);
    if (lower == u"set-cookie")
        return redactSetCookie(value);
    if (isSensitiveName(lower)) {
        if (value.trimmed().isEmpty() || value.trimmed().startsWith(u"[redacted"))
            return value;
        return hide(value.trimmed(), QString::fromUtf16(RedactionKind::SecretHeader));
    }
    return redactText(value);
}

HeaderList Redactor::redactHeaders(const HeaderList &headers)
{
    if (!m_options.enabled)
        return headers;
    // The list is copied only when a value changes: most exchanges have nothing to hide, and their
    // redacted copy shares the original's list.
    HeaderList out = headers;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const HeaderField &field = headers.at(i);
        // A header whose name needs no rule of its own (most of them) gets the text rules over
        // its bytes, which come back without a copy when nothing could match; the name's
        // verdict is remembered, so a name is lowered and judged once per Redactor.
        auto known = m_textOnlyHeaderNames.constFind(field.name);
        if (known == m_textOnlyHeaderNames.cend()) {
            const QString lower = QString::fromLatin1(field.name).trimmed().toLower();
            known = m_textOnlyHeaderNames.insert(field.name, !isHandledHeaderName(lower) && !isSensitiveName(lower));
        }
        QByteArray value = *known
            ? redactBytes(field.value)
            : redactHeaderValue(QString::fromLatin1(field.name), QString::fromLatin1(field.value)).toLatin1();
        if (value.constData() != field.value.constData() || value.size() != field.value.size())
            out[i].value = std::move(value);
    }
    return out;
}

QString Redactor::redactQueryString(const QString &query, const QString &kind, bool inUrl)
{
    // Works on the encoded form: names are decoded to be judged, values replaced whole. In a URL the
    // placeholders are percent-encoded ("%5Bredacted%5D"): brackets are not allowed there.
    QStringList items = query.split(u'&');
    for (QString &item : items) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0)
            continue;
        const QString name = QUrl::fromPercentEncoding(item.left(equals).replace(u'+', u' ').toLatin1());
        const QString encodedValue = item.mid(equals + 1);
        if (encodedValue.isEmpty() || encodedValue.startsWith(u"[redacted") || encodedValue.startsWith(u"%5Bredacted"))
            continue;
        if (isSensitiveName(name)) {
            const QString placeholder = hide(QUrl::fromPercentEncoding(encodedValue.toLatin1()), kind);
            item = item.left(equals + 1) + (inUrl ? encodedPlaceholders(placeholder) : placeholder);
            continue;
        }
        const QString decoded = QUrl::fromPercentEncoding(QString(encodedValue).replace(u'+', u' ').toLatin1());
        const QString redacted = redactText(decoded);
        if (redacted != decoded)
            item = item.left(equals + 1) + QString::fromLatin1(QUrl::toPercentEncoding(redacted, inUrl ? ":" : "[]:"));
    }
    return items.join(u'&');
}

QUrl Redactor::redactUrl(const QUrl &url)
{
    if (!m_options.enabled || url.isEmpty())
        return url;
    QUrl out = url;
    // QUrl percent-encodes the brackets of a placeholder in the user info itself.
    if (!out.password().isEmpty() && !out.password().startsWith(u"[redacted"))
        out.setPassword(hide(out.password(), QString::fromUtf16(RedactionKind::UrlPassword)));
    const QString queryKind = QString::fromUtf16(RedactionKind::QueryParameter);
    if (out.hasQuery()) {
        const QString query = out.query(QUrl::FullyEncoded);
        const QString redacted = redactQueryString(query, queryKind, true);
        if (redacted != query)
            out.setQuery(redacted, QUrl::TolerantMode);
    }
    if (out.hasFragment()) {
        const QString fragment = out.fragment(QUrl::FullyEncoded);
        // OAuth's implicit flow returns tokens in the fragment: #access_token=…&state=…
        const QString redacted = fragment.contains(u'=') ? redactQueryString(fragment, queryKind, true)
                                                         : encodedPlaceholders(redactText(fragment));
        if (redacted != fragment)
            out.setFragment(redacted, QUrl::TolerantMode);
    }
    // The path is searched in its encoded form, so that the bytes around a hidden value stay.
    const QString path = out.path(QUrl::FullyEncoded);
    const QString redactedPath = encodedPlaceholders(redactText(path));
    if (redactedPath != path)
        out.setPath(redactedPath, QUrl::TolerantMode);
    return out;
}

QByteArray Redactor::redactJson(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && !document.isNull();
    if (!*ok)
        return {};
    // Only the hidden values' bytes change; a body with nothing to hide comes back untouched.
    const RedactionSummary before = m_summary;
    JsonValueRedactor scanner(body, *this);
    if (!scanner.run()) {
        m_summary = before;
        *ok = false;
        return {};
    }
    return scanner.changed() ? scanner.result() : body;
}

QByteArray Redactor::redactForm(const QByteArray &body)
{
    return redactQueryString(QString::fromLatin1(body), QString::fromUtf16(RedactionKind::FormField), false).toLatin1();
}

QByteArray Redactor::redactMultipart(const QByteArray &body, const QByteArray &boundary, bool *ok)
{
    *ok = false;
    const QByteArray delimiter = "--" + boundary;
    if (boundary.isEmpty() || !body.contains(delimiter))
        return {};
    QList<QByteArray> sections;
    qsizetype position = 0;
    while (true) {
        const qsizetype next = body.indexOf(delimiter, position);
        if (next < 0) {
            sections.append(body.mid(position));
            break;
        }
        sections.append(body.mid(position, next - position));
        position = next + delimiter.size();
    }
    // sections[0] is the preamble; every other one starts right after a delimiter.
    static const QRegularExpression nameParameter(u"name\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    const QString kind = QString::fromUtf16(RedactionKind::MultipartField);
    QByteArray out = redactBytes(sections.first());
    for (qsizetype i = 1; i < sections.size(); ++i) {
        const QByteArray &section = sections.at(i);
        out += delimiter;
        qsizetype headerEnd = section.indexOf("\r\n\r\n");
        qsizetype separatorSize = 4;
        if (headerEnd < 0) {
            headerEnd = section.indexOf("\n\n");
            separatorSize = 2;
        }
        if (section.startsWith("--") || headerEnd < 0) {
            out += redactBytes(section); // closing delimiter and epilogue, or a malformed part
            continue;
        }
        const QByteArray headers = section.left(headerEnd);
        QByteArray content = section.mid(headerEnd + separatorSize);
        QByteArray lineEnd;
        if (content.endsWith("\r\n"))
            lineEnd = "\r\n";
        else if (content.endsWith('\n'))
            lineEnd = "\n";
        content.chop(lineEnd.size());

        QString fieldName;
        for (const QByteArray &line : headers.split('\n')) {
            if (line.trimmed().toLower().startsWith("content-disposition:")) {
                const QRegularExpressionMatch m = nameParameter.match(QString::fromLatin1(line));
                if (m.hasMatch())
                    fieldName = m.capturedStart(1) >= 0 ? m.captured(1) : m.captured(2);
            }
        }
        out += redactRawMessage(headers + QByteArrayView("\r\n\r\n").first(separatorSize)).chopped(separatorSize);
        out += QByteArrayView("\r\n\r\n").first(separatorSize);
        if (isSensitiveName(fieldName) && !content.isEmpty() && !content.startsWith("[redacted"))
            out += hide(QString::fromLatin1(content), kind).toLatin1();
        else
            out += redactBytes(content);
        out += lineEnd;
    }
    *ok = true;
    return out;
}

QByteArray Redactor::redactBody(const QByteArray &body, QByteArrayView contentType)
{
    if (!m_options.enabled || body.isEmpty())
        return body;
    const QByteArray type = contentType.toByteArray().split(';').first().trimmed().toLower();
    if (type == "multipart/form-data" || type.startsWith("multipart/")) {
        bool ok = false;
        const QByteArray redacted = redactMultipart(body, contentTypeParameter(contentType, "boundary"), &ok);
        if (ok)
            return redacted;
    }
    if (type == "application/x-www-form-urlencoded")
        return redactForm(body);
    const QByteArray trimmed = body.trimmed();
    const bool looksJson = type.contains("json")
        || ((type.isEmpty() || type.startsWith("text/")) && (trimmed.startsWith('{') || trimmed.startsWith('[')));
    if (looksJson) {
        bool ok = false;
        const QByteArray redacted = redactJson(body, &ok);
        if (ok)
            return redacted;
    }
    return redactBytes(body);
}

QByteArray Redactor::redactRawMessage(const QByteArray &raw)
{
    if (!m_options.enabled || raw.isEmpty())
        return raw;
    qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    qsizetype separatorSize = 4;
    const qsizetype lfEnd = raw.indexOf("\n\n");
    if (headerEnd < 0 || (lfEnd >= 0 && lfEnd < headerEnd)) {
        headerEnd = lfEnd;
        separatorSize = 2;
    }
    const QByteArray head = headerEnd < 0 ? raw : raw.left(headerEnd);
    const QByteArray body = headerEnd < 0 ? QByteArray() : raw.mid(headerEnd + separatorSize);

    QList<QByteArray> lines = head.split('\n');
    QByteArray contentType;
    bool compressed = false;
    for (QByteArray &line : lines) {
        const bool cr = line.endsWith('\r');
        if (cr)
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        const bool headerLine
            = colon > 0 && !line.startsWith(' ') && !line.startsWith('\t') && !line.left(colon).contains(' ');
        if (headerLine) {
            const QByteArray name = line.left(colon);
            QByteArray value = line.mid(colon + 1);
            qsizetype leading = 0;
            while (leading < value.size() && (value.at(leading) == ' ' || value.at(leading) == '\t'))
                ++leading;
            const QByteArray spaces = value.left(leading);
            const QByteArray lowerName = name.trimmed().toLower();
            if (lowerName == "content-type")
                contentType = value.trimmed();
            if (lowerName == "content-encoding" && !value.trimmed().isEmpty()
                && value.trimmed().compare("identity", Qt::CaseInsensitive) != 0)
                compressed = true;
            line = name + ':' + spaces
                + redactHeaderValue(QString::fromLatin1(name), QString::fromLatin1(value.mid(spaces.size())))
                      .toLatin1();
        } else {
            line = redactBytes(line); // the status or request line (a URL with a token), folded lines
        }
        if (cr)
            line.append('\r');
    }
    QByteArray out = lines.join('\n');
    if (headerEnd < 0)
        return out;
    out += raw.mid(headerEnd, separatorSize);
    if (compressed && !body.isEmpty()) {
        // Compressed wire bytes cannot be searched for secrets: hide them, say how many there were.
        m_summary.add(QString::fromUtf16(RedactionKind::CompressedBody));
        out += tr("[redacted: %n compressed body byte(s)]", nullptr, int(std::min<qsizetype>(body.size(), INT_MAX)))
                   .toUtf8();
        return out;
    }
    out += redactBody(body, contentType);
    return out;
}

RequestSpec Redactor::redactRequest(const RequestSpec &request)
{
    if (!m_options.enabled)
        return request;
    RequestSpec out = request;
    out.name = redactText(request.name);
    out.url = redactUrl(request.url);
    out.headers = redactHeaders(request.headers);
    out.body = redactBody(request.body, headerValue(request.headers, "content-type"));
    fitContentLength(out.headers, request.body.size(), out.body.size());
    if (!out.options.proxy.isEmpty())
        out.options.proxy = redactText(out.options.proxy);
    return out;
}

Exchange Redactor::redact(const Exchange &exchange)
{
    if (!m_options.enabled)
        return exchange;
    Exchange out = exchange;
    out.request = redactRequest(exchange.request);
    const RedactionSummary beforeResponse = m_summary;
    if (out.response) {
        ResponseData &response = *out.response;
        response.reason = redactBytes(response.reason);
        response.headers = redactHeaders(response.headers);
        for (InterimResponse &interim : response.interim)
            interim.headers = redactHeaders(interim.headers);
        const qsizetype before = response.body.size();
        response.body = redactBody(response.body, headerValue(response.headers, "content-type"));
        // Sizes that described the whole body keep describing it (a HAR's content.size, bodySize).
        if (response.body.size() != before && !response.bodyTruncated) {
            fitContentLength(response.headers, before, response.body.size());
            if (response.bodySize == before)
                response.bodySize = response.body.size();
            if (response.bodyWireSize == before)
                response.bodyWireSize = response.body.size();
        }
    }
    // The raw response is a second copy of the same response: a secret in both is counted once
    // (per kind, what the raw bytes hold beyond the parsed response is counted on top).
    const RedactionSummary parsedResponse = countedSince(beforeResponse, m_summary);
    const auto countBeyond = [this](const RedactionSummary &copy, const RedactionSummary &first) {
        for (auto it = copy.counts.cbegin(); it != copy.counts.cend(); ++it) {
            const int beyond = it.value() - first.counts.value(it.key());
            if (beyond > 0)
                m_summary.add(it.key(), beyond);
        }
    };
    if (!exchange.frames.isEmpty() && !exchange.rawResponse.isEmpty()) {
        // Raw HTTP/2 frames: header blocks are HPACK-compressed (Huffman-coded values), the body is
        // cut into DATA frames and a GOAWAY carries free debug data; none of it can be searched
        // or changed in place, so the frames go whole. The parsed response and the frame list
        // (redacted below) say what they said.
        out.rawResponse.clear();
        m_summary.add(QString::fromUtf16(RedactionKind::Http2Frames));
    } else {
        const RedactionSummary beforeRaw = m_summary;
        out.rawResponse = redactRawMessage(exchange.rawResponse);
        const RedactionSummary rawResponse = countedSince(beforeRaw, m_summary);
        m_summary = beforeRaw;
        countBeyond(rawResponse, parsedResponse);
    }
    const RedactionSummary beforeDetail = m_summary;
    out.transport.detail = redactText(exchange.transport.detail);
    // GOAWAY debug data is whatever the server chose to write (RFC 9113 §6.8): the text rules go
    // over it as over any text. The transport detail quotes its start, so a secret in both is
    // counted once.
    const RedactionSummary detail = countedSince(beforeDetail, m_summary);
    const RedactionSummary beforeFrames = m_summary;
    for (Http2Frame &frame : out.frames) {
        if (frame.type == u"GOAWAY")
            frame.detail = redactText(frame.detail);
    }
    const RedactionSummary frames = countedSince(beforeFrames, m_summary);
    m_summary = beforeFrames;
    countBeyond(frames, detail);
    for (WireAnomaly &anomaly : out.anomalies)
        anomaly.detail = redactText(anomaly.detail);
    out.proxy = redactText(exchange.proxy);
    out.comment = redactText(exchange.comment);
    out.tls.errorText = redactText(exchange.tls.errorText);
    qCDebug(lcRedaction) << "redacted exchange" << exchange.index << "so far:" << m_summary.total();
    return out;
}

QString Redactor::redactLogText(const QString &text)
{
    QString out = redactText(text);
    if (!m_options.hashIpAddresses)
        return out;
    // IPv4, and IPv6 of at least three groups (so "12:30:45" times stay).
    static const QRegularExpression address(
        uR"((?<![\w.:])(?:(?:\d{1,3}\.){3}\d{1,3}|(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4})(?![\w.]))"_s);
    return substitute(out, address, [this](const QRegularExpressionMatch &m) -> QString {
        const QString value = m.captured(0);
        if (!value.contains(u'.') && value.count(u':') < 3 && !value.contains(u"::"))
            return value; // a clock time, not an address
        m_summary.add(QString::fromUtf16(RedactionKind::IpAddress));
        const QByteArray mac
            = QMessageAuthenticationCode::hash(value.toUtf8(), m_options.hashKey, QCryptographicHash::Sha256);
        return u"ip-%1"_s.arg(QString::fromLatin1(mac.toHex().left(6)));
    });
}

Diagnosis Redactor::redact(const Diagnosis &diagnosis)
{
    if (!m_options.enabled && !m_options.hashIpAddresses)
        return diagnosis;
    Diagnosis out = diagnosis;
    out.summary = redactText(diagnosis.summary);
    out.explanation = redactText(diagnosis.explanation);
    // The lists are copied only where a text changes (most diagnoses hold nothing to hide).
    const auto changed = [](const QString &before, const QString &after) {
        return after.constData() != before.constData() || after.size() != before.size();
    };
    for (qsizetype s = 0; s < diagnosis.path.size(); ++s) {
        const QStringList &reasons = diagnosis.path.at(s).decidedBy;
        for (qsizetype r = 0; r < reasons.size(); ++r) {
            QString reason = redactLogText(reasons.at(r));
            if (changed(reasons.at(r), reason))
                out.path[s].decidedBy[r] = std::move(reason);
        }
    }
    for (qsizetype i = 0; i < diagnosis.evidence.size(); ++i) {
        const EvidenceItem &item = diagnosis.evidence.at(i);
        QString value;
        // "header:Authorization" evidence is judged by the header's own rules.
        if (item.source.startsWith(u"header:"))
            value = m_options.enabled ? redactHeaderValue(QStringView(item.source).mid(7), item.value) : item.value;
        else if (item.source.startsWith(u"log:"))
            value = redactLogText(item.value);
        else
            value = redactText(item.value);
        if (changed(item.value, value))
            out.evidence[i].value = std::move(value);
    }
    return out;
}

} // namespace Gatescope
