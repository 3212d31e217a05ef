#include "capture/InvokeWebRequestImporter.h"

#include "capture/SourcePosition.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Gatescope::InvokeWebRequestImporter {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::InvokeWebRequestImporter)
};

// One argument of the call as PowerShell reads it.
struct Argument
{
    enum class Kind {
        Word, // a bare word: a parameter name, a value, a $variable
        Text, // a quoted string
        Table, // @{ name = value; … }
        Expression, // ( … ): its source
    };
    Kind kind = Kind::Word;
    bool json = false; // a hash table piped into ConvertTo-Json where it was assigned
    QByteArray text; // the word or string with its quoting undone; an expression's source
    QList<std::pair<QByteArray, QByteArray>> table; // the entries of a hash table, as listed
    qsizetype at = 0;
};

char backtickEscape(char c)
{
    switch (c) {
    case '0':
        return '\0';
    case 'a':
        return '\a';
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 'v':
        return '\v';
    default:
        return c;
    }
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// PowerShell's quotes (about_Quoting_Rules): ' and the curly single quotes ‘ ’ ‚ ‛ open and close
// a verbatim string, " and the curly double quotes “ ” „ an expandable one; a quote of either
// kind closes what any quote of that kind opened.
enum class Quote { None, Single, Double };
struct QuoteMark
{
    Quote kind = Quote::None;
    qsizetype size = 0; // bytes of UTF-8
};

QuoteMark quoteAt(QByteArrayView text, qsizetype i)
{
    if (i < 0 || i >= text.size())
        return {};
    const char c = text.at(i);
    if (c == '\'')
        return { Quote::Single, 1 };
    if (c == '"')
        return { Quote::Double, 1 };
    if (c != '\xE2' || i + 2 >= text.size() || text.at(i + 1) != '\x80')
        return {};
    switch (text.at(i + 2)) {
    case '\x98': // ‘
    case '\x99': // ’
    case '\x9A': // ‚
    case '\x9B': // ‛
        return { Quote::Single, 3 };
    case '\x9C': // “
    case '\x9D': // ”
    case '\x9E': // „
        return { Quote::Double, 3 };
    default:
        return {};
    }
}

bool opensString(QByteArrayView text, qsizetype i)
{
    return quoteAt(text, i).kind != Quote::None;
}

// The string quoted at text[i] ('…' with a doubled quote for one; "…" with backtick escapes and a
// doubled quote for one); `i` moves past its closing quote (to the end when it never closes).
QByteArray readQuoted(QByteArrayView text, qsizetype &i)
{
    const QuoteMark opening = quoteAt(text, i);
    i += opening.size;
    QByteArray out;
    while (i < text.size()) {
        if (const QuoteMark mark = quoteAt(text, i); mark.kind == opening.kind) {
            if (const QuoteMark next = quoteAt(text, i + mark.size); next.kind == opening.kind) {
                out += text.sliced(i + mark.size, next.size); // a doubled quote stands for the second
                i += mark.size + next.size;
                continue;
            }
            i += mark.size;
            return out;
        }
        const char c = text.at(i);
        if (opening.kind == Quote::Double && c == '`' && i + 1 < text.size()) {
            if (const QuoteMark escaped = quoteAt(text, i + 1); escaped.kind != Quote::None) {
                out += text.sliced(i + 1, escaped.size);
                i += 1 + escaped.size;
            } else {
                out += backtickEscape(text.at(i + 1));
                i += 2;
            }
            continue;
        }
        // A control character written as a subexpression: "$([char]0x1B)".
        if (opening.kind == Quote::Double && c == '$' && text.sliced(i).startsWith("$([char]0x")) {
            const qsizetype close = text.indexOf(')', i + 10);
            bool ok = false;
            const int value = close < 0 ? -1 : text.sliced(i + 10, close - i - 10).toInt(&ok, 16);
            if (ok && value >= 0 && value < 256) {
                out += char(value);
                i = close + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

// A backtick that ends its line: the command goes on on the next one.
bool isContinuation(QByteArrayView text, qsizetype i)
{
    if (text.at(i) != '`')
        return false;
    qsizetype j = i + 1;
    while (j < text.size() && isBlank(text.at(j)))
        ++j;
    return j >= text.size() || text.at(j) == '\n';
}

// Skips blanks and line continuations; inside a hash table also line ends, ';' and comments.
void skipBlanks(QByteArrayView text, qsizetype &i, bool inTable)
{
    while (i < text.size()) {
        const char c = text.at(i);
        if (isBlank(c) || (inTable && (c == '\n' || c == ';'))) {
            ++i;
        } else if (isContinuation(text, i)) {
            const qsizetype newline = text.indexOf('\n', i);
            i = newline < 0 ? text.size() : newline + 1;
        } else if (inTable && c == '#') {
            const qsizetype newline = text.indexOf('\n', i);
            i = newline < 0 ? text.size() : newline;
        } else {
            return;
        }
    }
}

// Where the bracket opened at text[i] closes (quoted text skipped), or -1.
qsizetype closingBracket(QByteArrayView text, qsizetype i)
{
    int depth = 0;
    while (i < text.size()) {
        const char c = text.at(i);
        if (opensString(text, i)) {
            readQuoted(text, i);
            continue;
        }
        if (c == '`') {
            i += 2;
            continue;
        }
        if (c == '(' || c == '{') {
            ++depth;
        } else if ((c == ')' || c == '}') && --depth == 0) {
            return i;
        }
        ++i;
    }
    return -1;
}

// A bare word up to a blank, a line end or one of `stops`; backtick escapes undone, quoted parts
// joined in (-Method:"POST").
QByteArray readBare(QByteArrayView text, qsizetype &i, QByteArrayView stops)
{
    QByteArray out;
    while (i < text.size()) {
        const char c = text.at(i);
        if (isBlank(c) || c == '\n' || stops.contains(c) || isContinuation(text, i))
            break;
        if (c == '`' && i + 1 < text.size()) {
            out += backtickEscape(text.at(i + 1));
            i += 2;
        } else if (opensString(text, i)) {
            out += readQuoted(text, i);
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

Argument readArgument(QByteArrayView text, qsizetype &i);

// @{ name = value; "other" = 'value' } at text[i] (the '@'); `i` moves past its closing brace.
Argument readTable(QByteArrayView text, qsizetype &i)
{
    Argument table;
    table.kind = Argument::Kind::Table;
    table.at = i;
    const qsizetype close = closingBracket(text, i + 1);
    const qsizetype end = close < 0 ? text.size() : close;
    i += 2;
    while (true) {
        skipBlanks(text, i, true);
        if (i >= end)
            break;
        QByteArray key;
        if (opensString(text, i))
            key = readQuoted(text, i);
        else
            key = readBare(text, i, "=;}");
        skipBlanks(text, i, false);
        if (i >= end || text.at(i) != '=')
            break; // not an entry: what is left of the table is not read
        ++i;
        skipBlanks(text, i, false);
        const Argument value = readArgument(text, i);
        table.table.append({ key, value.text });
    }
    i = close < 0 ? text.size() : close + 1;
    return table;
}

// The argument at text[i]; `i` moves past it.
Argument readArgument(QByteArrayView text, qsizetype &i)
{
    Argument argument;
    argument.at = i;
    const char c = text.at(i);
    if (c == '@' && i + 1 < text.size() && text.at(i + 1) == '{')
        return readTable(text, i);
    if (c == '(') {
        const qsizetype close = closingBracket(text, i);
        const qsizetype end = close < 0 ? text.size() : close;
        argument.kind = Argument::Kind::Expression;
        argument.text = text.sliced(i + 1, end - i - 1).toByteArray();
        i = close < 0 ? text.size() : close + 1;
        return argument;
    }
    if (opensString(text, i)) {
        argument.kind = Argument::Kind::Text;
        argument.text = readQuoted(text, i);
        return argument;
    }
    argument.text = readBare(text, i, "|;)}");
    return argument;
}

// The parameters of Invoke-WebRequest and Invoke-RestMethod (PowerShell 7.4 and Windows
// PowerShell 5.1). A name may be shortened as long as it stays unambiguous.
struct Parameter
{
    const char *name;
    bool takesValue;
};
constexpr Parameter Parameters[] = {
    { "Uri", true },
    { "Method", true },
    { "CustomMethod", true },
    { "Headers", true },
    { "Body", true },
    { "ContentType", true },
    { "UserAgent", true },
    { "WebSession", true },
    { "SessionVariable", true },
    { "Proxy", true },
    { "ProxyCredential", true },
    { "TimeoutSec", true },
    { "ConnectionTimeoutSeconds", true },
    { "OperationTimeoutSeconds", true },
    { "MaximumRedirection", true },
    { "MaximumRetryCount", true },
    { "RetryIntervalSec", true },
    { "HttpVersion", true },
    { "Credential", true },
    { "Authentication", true },
    { "Token", true },
    { "Certificate", true },
    { "CertificateThumbprint", true },
    { "SslProtocol", true },
    { "TransferEncoding", true },
    { "InFile", true },
    { "OutFile", true },
    { "Form", true },
    { "StatusCodeVariable", true },
    { "ResponseHeadersVariable", true },
    { "ErrorAction", true },
    { "ErrorVariable", true },
    { "OutVariable", true },
    { "UseBasicParsing", false },
    { "UseDefaultCredentials", false },
    { "DisableKeepAlive", false },
    { "SkipCertificateCheck", false },
    { "SkipHeaderValidation", false },
    { "SkipHttpErrorCheck", false },
    { "NoProxy", false },
    { "PassThru", false },
    { "Resume", false },
    { "AllowUnencryptedAuthentication", false },
    { "AllowInsecureRedirect", false },
    { "PreserveAuthorizationOnRedirect", false },
    { "PreserveHttpMethodOnRedirect", false },
    { "Verbose", false },
    { "Debug", false },
};

// The parameter `written` names ("-Uri", "-uri", "-Head"), or nullptr.
const Parameter *parameterNamed(QByteArrayView written)
{
    const Parameter *found = nullptr;
    for (const Parameter &parameter : Parameters) {
        const QByteArrayView name(parameter.name);
        if (name.compare(written, Qt::CaseInsensitive) == 0)
            return &parameter;
        if (written.size() >= 2 && name.size() > written.size()
            && name.first(written.size()).compare(written, Qt::CaseInsensitive) == 0)
            found = found ? nullptr : &parameter; // a second prefix match: ambiguous
    }
    return found;
}

// Where the first call of either cmdlet starts: after a prompt ("PS C:\> "), an assignment
// ("$r = "), an opening bracket ("(Invoke-WebRequest …).Content"); the offset after its name.
std::optional<qsizetype> callIn(QByteArrayView text)
{
    static const QRegularExpression call(
        u"^[ \\t>]*(?:PS [^>\\n]{0,80}>\\s*|[$#>❯]\\s+)?(?:\\$[\\w:]+\\s*=\\s*)?\\(?\\s*"
        u"(?:Invoke-WebRequest|Invoke-RestMethod|iwr|irm)(?=[ \\t`]|$)"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QString decoded = QString::fromUtf8(text);
    const QRegularExpressionMatch match = call.match(decoded);
    if (!match.hasMatch())
        return std::nullopt;
    return decoded.first(match.capturedEnd()).toUtf8().size();
}

// The value assigned to $name above the call ("$uri = 'https://…'", "$headers = @{…}"), if any.
std::optional<Argument> assigned(QByteArrayView text, QByteArrayView variable, qsizetype before)
{
    const QRegularExpression assignment(
        u"^[ \\t]*\\$"_s + QRegularExpression::escape(QString::fromUtf8(variable)) + u"[ \\t]*=[ \\t]*"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const QString decoded = QString::fromUtf8(text.first(before));
    std::optional<Argument> value;
    for (const QRegularExpressionMatch &match : assignment.globalMatch(decoded)) {
        qsizetype i = decoded.first(match.capturedEnd()).toUtf8().size();
        if (i < text.size() && text.at(i) != '\n') {
            value = readArgument(text, i);
            // "$body = @{ … } | ConvertTo-Json": the body is the table as JSON.
            static const QRegularExpression toJson(u"^[ \\t]*\\|[ \\t]*ConvertTo-Json\\b"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
            const qsizetype lineEnd = text.indexOf('\n', i);
            value->json = value->kind == Argument::Kind::Table
                && toJson.match(QString::fromUtf8(text.sliced(i, (lineEnd < 0 ? text.size() : lineEnd) - i)))
                       .hasMatch();
        }
    }
    return value;
}

// The bytes a -Body expression gives: [System.Text.Encoding]::UTF8.GetBytes("…"), [byte[]](0x41, 66).
std::optional<QByteArray> bytesOfExpression(QByteArrayView expression)
{
    const qsizetype getBytes = expression.indexOf("GetBytes(");
    if (getBytes >= 0) {
        qsizetype i = getBytes + 9;
        while (i < expression.size() && isBlank(expression.at(i)))
            ++i;
        if (opensString(expression, i))
            return readQuoted(expression, i);
        return std::nullopt;
    }
    static const QRegularExpression byteList(u"^\\s*\\[byte\\[\\]\\]\\s*\\(([^()]*)\\)\\s*$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = byteList.match(QString::fromUtf8(expression));
    if (!match.hasMatch())
        return std::nullopt;
    QByteArray bytes;
    for (const QString &item : match.captured(1).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const QString number = item.trimmed();
        const int value
            = number.startsWith(u"0x"_s, Qt::CaseInsensitive) ? number.sliced(2).toInt(&ok, 16) : number.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return std::nullopt;
        bytes += char(value);
    }
    return bytes;
}

QByteArray formOf(const QList<std::pair<QByteArray, QByteArray>> &table)
{
    QByteArrayList pairs;
    for (const auto &[key, value] : table)
        pairs.append(QUrl::toPercentEncoding(QString::fromUtf8(key)) + '='
                     + QUrl::toPercentEncoding(QString::fromUtf8(value)));
    return pairs.join('&');
}

} // namespace

bool containsCall(QByteArrayView text)
{
    return callIn(text).has_value();
}

std::optional<Result<Capture>> importText(QByteArrayView text, const QString &name)
{
    const std::optional<qsizetype> start = callIn(text);
    if (!start)
        return std::nullopt;
    const qsizetype callAt = text.lastIndexOf('\n', *start) + 1;

    // The arguments, to the end of the command (a line end, a pipe, ';', a closing bracket).
    QList<Argument> arguments;
    qsizetype i = *start;
    while (true) {
        skipBlanks(text, i, false);
        if (i >= text.size() || QByteArrayView("\n|;)#").contains(text.at(i)))
            break;
        arguments.append(readArgument(text, i));
    }

    QStringList unexpanded;
    // A $variable's value as assigned above the call; a variable assigned nowhere stays as written.
    auto resolved = [&](const Argument &argument) {
        if (argument.kind != Argument::Kind::Word || !argument.text.startsWith('$'))
            return argument;
        const QByteArray variable = argument.text.sliced(1);
        if (std::optional<Argument> value = assigned(text, variable, callAt))
            return *value;
        if (!unexpanded.contains(QString::fromUtf8(argument.text)))
            unexpanded.append(QString::fromUtf8(argument.text));
        return argument;
    };

    std::optional<Argument> uri;
    QHash<QByteArray, Argument> values;
    QSet<QByteArray> switches;
    QByteArray sessionVariable; // "$session" of -WebSession $session
    for (qsizetype a = 0; a < arguments.size(); ++a) {
        const Argument &argument = arguments.at(a);
        const Parameter *parameter = nullptr;
        QByteArray inlineValue;
        bool hasInlineValue = false;
        if (argument.kind == Argument::Kind::Word && argument.text.startsWith('-') && argument.text.size() > 1) {
            QByteArrayView written = QByteArrayView(argument.text).sliced(1);
            if (const qsizetype colon = written.indexOf(':'); colon > 0) {
                inlineValue = written.sliced(colon + 1).toByteArray();
                hasInlineValue = true;
                written = written.first(colon);
            }
            parameter = parameterNamed(written);
        }
        if (!parameter) {
            if (!uri && !(argument.kind == Argument::Kind::Word && argument.text.startsWith('-')))
                uri = resolved(argument); // the first positional argument is -Uri
            continue;
        }
        if (!parameter->takesValue) {
            if (!hasInlineValue || inlineValue.compare("$false", Qt::CaseInsensitive) != 0)
                switches.insert(parameter->name);
            continue;
        }
        Argument value;
        if (hasInlineValue) {
            value.text = inlineValue;
            value.at = argument.at;
        } else if (a + 1 < arguments.size()) {
            value = arguments.at(++a);
        } else {
            continue;
        }
        if (QByteArrayView(parameter->name) == "WebSession")
            sessionVariable = value.text;
        if (QByteArrayView(parameter->name) == "Uri")
            uri = resolved(value);
        else
            values.insert(parameter->name, resolved(value));
    }

    if (!uri || uri->text.trimmed().isEmpty() || uri->text.startsWith('$'))
        return Result<Capture>(Error { Tr::tr("%1: %2: this Invoke-WebRequest call names no address Gatescope can "
                                              "read (-Uri with the URL written out)")
                                           .arg(name, SourcePosition::at(text, callAt).describe()),
                                       Error::Code::Malformed });

    RequestSpec request;
    QString address = QString::fromUtf8(uri->text.trimmed());
    if (!address.contains(u"://"_s))
        address.prepend(u"http://"_s); // as Invoke-WebRequest completes an address without a scheme
    request.url = QUrl(address);
    if (!request.url.isValid() || request.url.host().isEmpty())
        request.typedUrl = address;

    if (values.contains("CustomMethod"))
        request.method = values.value("CustomMethod").text.trimmed();
    else if (values.contains("Method"))
        request.method = values.value("Method").text.trimmed().toUpper();

    // The session's User-Agent and cookies, when the call uses a session set up above it.
    QByteArray userAgent;
    QByteArrayList cookies;
    if (sessionVariable.startsWith('$')) {
        const QByteArray session = sessionVariable.sliced(1);
        {
            const QString escaped = QRegularExpression::escape(QString::fromUtf8(session));
            const QRegularExpression agent(u"^[ \\t]*\\$"_s + escaped + u"\\.UserAgent[ \\t]*=[ \\t]*"_s,
                                           QRegularExpression::MultilineOption
                                               | QRegularExpression::CaseInsensitiveOption);
            const QRegularExpression cookie(
                u"\\$"_s + escaped + u"\\.Cookies\\.Add\\(\\s*\\(?\\s*New-Object\\s+System\\.Net\\.Cookie\\s*\\(\\s*"_s,
                QRegularExpression::CaseInsensitiveOption);
            const QString head = QString::fromUtf8(text.first(callAt));
            for (const QRegularExpressionMatch &match : agent.globalMatch(head)) {
                qsizetype at = head.first(match.capturedEnd()).toUtf8().size();
                if (opensString(text, at))
                    userAgent = readQuoted(text, at);
            }
            for (const QRegularExpressionMatch &match : cookie.globalMatch(head)) {
                qsizetype at = head.first(match.capturedEnd()).toUtf8().size();
                if (!opensString(text, at))
                    continue;
                const QByteArray cookieName = readQuoted(text, at);
                while (at < text.size() && (isBlank(text.at(at)) || text.at(at) == ','))
                    ++at;
                if (opensString(text, at))
                    cookies.append(cookieName + '=' + readQuoted(text, at));
            }
        }
    }
    if (values.contains("UserAgent"))
        userAgent = values.value("UserAgent").text;
    if (!userAgent.isEmpty())
        request.headers.append({ "User-Agent", userAgent, true });
    const Argument headers = values.value("Headers");
    for (const auto &[key, value] : headers.table)
        request.headers.append({ key, value, true });
    if (!cookies.isEmpty() && !hasHeader(request.headers, "Cookie"))
        request.headers.append({ "Cookie", cookies.join("; "), true });
    if (values.contains("ContentType"))
        request.headers.append({ "Content-Type", values.value("ContentType").text, true });

    QStringList warnings;
    if (values.contains("Body")) {
        const Argument body = values.value("Body");
        if (body.kind == Argument::Kind::Table && body.json) {
            QJsonObject object;
            for (const auto &[key, value] : body.table)
                object.insert(QString::fromUtf8(key), QString::fromUtf8(value));
            request.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
            warnings.append(Tr::tr("%1: the body is a hash table through ConvertTo-Json, rebuilt as compact JSON; "
                                   "PowerShell writes it indented and in its own key order")
                                .arg(name));
        } else if (body.kind == Argument::Kind::Table) {
            if (request.method == "GET") {
                QUrlQuery query(request.url);
                for (const auto &[key, value] : body.table)
                    query.addQueryItem(QString::fromUtf8(key), QString::fromUtf8(value));
                request.url.setQuery(query);
            } else {
                request.body = formOf(body.table);
                if (!hasHeader(request.headers, "Content-Type"))
                    request.headers.append({ "Content-Type", "application/x-www-form-urlencoded", true });
            }
        } else if (body.kind == Argument::Kind::Expression) {
            if (const std::optional<QByteArray> bytes = bytesOfExpression(body.text))
                request.body = *bytes;
            else
                warnings.append(Tr::tr("%1: %2: the -Body expression was not read; the request has no body")
                                    .arg(name, SourcePosition::at(text, body.at).describe()));
        } else {
            request.body = body.text;
        }
    }
    if (values.contains("InFile"))
        warnings.append(Tr::tr("%1: the body comes from the file %2 (-InFile), which is not read")
                            .arg(name, QString::fromUtf8(values.value("InFile").text)));

    ProbeOptions &options = request.options;
    if (switches.contains("SkipCertificateCheck"))
        options.verifyTls = false;
    // Invoke-WebRequest follows up to five redirects unless told otherwise.
    const int redirects = values.contains("MaximumRedirection") ? values.value("MaximumRedirection").text.toInt() : 5;
    options.followRedirects = redirects > 0;
    if (redirects > 0)
        options.maxRedirects = redirects; // none followed: the count does not matter (as curl without -L)
    if (values.value("HttpVersion").text.startsWith('2'))
        options.httpVersion = ProbeOptions::HttpVersion::Http2;
    if (switches.contains("NoProxy")) { // as curl's --noproxy '*'
        options.proxy = u"none"_s;
        options.useEnvironmentProxy = false;
    } else if (values.contains("Proxy"))
        options.proxy = QString::fromUtf8(values.value("Proxy").text);
    if (const int seconds = values.value("TimeoutSec").text.toInt(); seconds > 0)
        options.totalTimeoutMs = seconds * 1000;

    Capture capture;
    capture.kind = Capture::kindName(Capture::Kind::Curl);
    capture.name = name;
    capture.requests.append(request);
    capture.warnings.append(
        Tr::tr("%1: read a PowerShell Invoke-WebRequest call (\"Copy as PowerShell\") as the request it describes; "
               "PowerShell adds what the call does not set (its own User-Agent when none is given, Content-Length)")
            .arg(name));
    if (!unexpanded.isEmpty())
        capture.warnings.append(Tr::tr("%1: PowerShell variables that are not assigned in the text were left as "
                                       "written: %2")
                                    .arg(name, unexpanded.join(u", "_s)));
    capture.warnings.append(warnings);
    return Result<Capture>(std::move(capture));
}

} // namespace Gatescope::InvokeWebRequestImporter
