#include "capture/CurlExporter.h"

#include "capture/CurlImporter.h"

#include <algorithm>

namespace Gatescope {

namespace {

bool isPlainWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("-_./:=@%+,").contains(c);
}

bool needsAnsiC(QByteArrayView word)
{
    for (char c : word) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

QByteArray CurlExporter::commentLines(const QString &comment, Shell shell)
{
    QByteArray out;
    if (comment.isEmpty())
        return out;
    for (const QString &line : comment.split(u'\n'))
        out += (shell == Shell::Cmd ? "REM " : "# ") + line.trimmed().toUtf8() + '\n';
    return out;
}

// Chrome DevTools' escapeStringWin (front_end/panels/network/NetworkLogView.ts), byte by byte over
// UTF-8: a character beyond ASCII gets one ^ before its whole sequence, as the browser puts one
// before each character.
QByteArray CurlExporter::quoteForCmd(const QByteArray &word)
{
    const auto safe = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView(" \t\v\f_-:=+~'/.,?;()*`").contains(c);
    };
    const auto variableStart
        = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; };
    QByteArray out = "^\"";
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char c = word.at(i);
        const auto u = static_cast<unsigned char>(c);
        if (c == '\r') {
            continue; // cmd drops it whatever is written (see toCurl's REM line)
        } else if (c == '\n') {
            out += "^\n\n"; // ^ continues the line; the second newline is the character
        } else if (c == '\\') {
            out += "^\\^\\";
        } else if (c == '"') {
            out += "^\\^\"";
        } else if (c == '%' && i + 1 < word.size() && variableStart(word.at(i + 1))) {
            out += "^%^"; // cmd reads ^X as X, so %NAME% never forms
        } else if (safe(c)) {
            out += c;
        } else if (u >= 0xc0) {
            out += '^';
            out += c;
            while (i + 1 < word.size() && (static_cast<unsigned char>(word.at(i + 1)) & 0xc0) == 0x80)
                out += word.at(++i);
        } else {
            out += '^';
            out += c;
        }
    }
    return out + "^\"";
}

QByteArray CurlExporter::quote(const QByteArray &word)
{
    return quoteWord(word, false);
}

// spellMarks: write ^ " ` as \xHH inside $'…', so that the command holds none of the marks by
// which CurlImporter::detectDialect recognises a cmd or PowerShell paste (a body with ^" in it).
QByteArray CurlExporter::quoteWord(const QByteArray &word, bool spellMarks)
{
    const bool marked = spellMarks && (word.contains('^') || word.contains('"') || word.contains('`'));
    if (word.isEmpty())
        return "''";
    bool plain = true;
    for (char c : word) {
        if (!isPlainWordChar(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return word;
    if (needsAnsiC(word) || marked) {
        QByteArray out = "$'";
        for (char c : word) {
            const auto u = static_cast<unsigned char>(c);
            switch (c) {
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\'':
                out += "\\'";
                break;
            default:
                if (u < 0x20 || u == 0x7f || (marked && (c == '^' || c == '"' || c == '`')))
                    out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
                else
                    out += c;
            }
        }
        return out + '\'';
    }
    QByteArray out = "'";
    for (char c : word) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + '\'';
}

QByteArray CurlExporter::toCurl(const RequestSpec &request, const Options &options)
{
    const QByteArray command = toCurl(request, options, false);
    if (options.shell == Shell::Cmd)
        return command;
    // A bash command that reads like a cmd one ('…^"…' in a body) would be split the cmd way.
    if (CurlImporter::detectDialect(command) == CurlImporter::Dialect::Bash)
        return command;
    return toCurl(request, options, true);
}

QByteArray CurlExporter::toCurl(const RequestSpec &request, const Options &options, bool spellMarks)
{
    const bool cmd = options.shell == Shell::Cmd;
    const auto quote
        = [spellMarks, cmd](const QByteArray &word) { return cmd ? quoteForCmd(word) : quoteWord(word, spellMarks); };
    QByteArrayList parts;
    parts.append("curl");
    const QByteArray method = request.method.isEmpty() ? QByteArray("GET") : request.method;
    const bool hasBody = !request.body.isEmpty();
    if (method == "HEAD" && !hasBody)
        parts.append("-I");
    else if ((hasBody && method != "POST") || (!hasBody && method != "GET"))
        parts.append("-X " + quote(method));
    parts.append(quote(request.url.toString(QUrl::FullyEncoded).toUtf8()));

    bool hasContentType = false;
    for (const HeaderField &field : request.headers) {
        if (!field.enabled) {
            // A switched-off field keeps the probe's own of that name away; curl's "Name:" does.
            if (!hasHeader(request.headers, field.name))
                parts.append("-H " + quote(field.name + ':'));
            continue;
        }
        // curl computes Content-Length from the data it sends; a copied one would not match an
        // edited or redacted body and the server would wait for bytes that never come.
        if (field.name.trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            continue;
        if (field.name.compare("content-type", Qt::CaseInsensitive) == 0)
            hasContentType = true;
        // curl reads "Name;" as a header with an empty value and "Name:" as a removal.
        parts.append("-H "
                     + quote(field.value.isEmpty() ? QByteArray(field.name + ';')
                                                   : QByteArray(field.name + ": " + field.value)));
    }
    if (hasBody) {
        if (!hasContentType)
            parts.append("-H " + quote("Content-Type:"));
        parts.append("--data-raw " + quote(request.body));
    }
    const ProbeOptions &o = request.options;
    const ProbeOptions defaults;
    if (!o.verifyTls)
        parts.append("-k");
    if (o.httpVersion != defaults.httpVersion)
        parts.append("--" + httpVersionId(o.httpVersion).toLatin1());
    if (o.followRedirects) {
        parts.append("-L");
        if (o.maxRedirects != defaults.maxRedirects)
            parts.append("--max-redirs " + QByteArray::number(o.maxRedirects));
    }
    if (o.proxy == u"none" || !o.useEnvironmentProxy)
        parts.append("--noproxy " + quote("*"));
    else if (!o.proxy.isEmpty())
        parts.append("-x " + quote(o.proxy.toUtf8()));
    for (const AddressOverride &entry : o.addressOverrides)
        parts.append(AddressOverride::curlOptionName(entry.kind).toUtf8() + ' '
                     + quote(entry.toCurlArgument().toUtf8()));
    auto seconds = [](int ms) { return QByteArray::number(ms / 1000.0, 'g', 10); };
    if (o.connectTimeoutMs != defaults.connectTimeoutMs)
        parts.append("--connect-timeout " + seconds(o.connectTimeoutMs));
    if (o.totalTimeoutMs != defaults.totalTimeoutMs)
        parts.append("-m " + seconds(o.totalTimeoutMs));
    QString comment = options.comment;
    const bool carriageReturns = std::any_of(request.headers.cbegin(), request.headers.cend(),
                                             [](const HeaderField &field) { return field.value.contains('\r'); })
        || request.body.contains('\r');
    if (cmd && carriageReturns) {
        if (!comment.isEmpty())
            comment += u'\n';
        comment += tr("cmd cannot pass a carriage return: the request's CR characters are left out");
    }
    if (cmd) {
        // As Chrome lays it out: the URL on curl's own line (CurlImporter knows such a copy by it).
        const qsizetype url = parts.size() > 2 && parts.at(1).startsWith("-") ? 2 : 1;
        parts[0] += ' ' + parts.takeAt(url);
    }
    const QByteArray continuation = cmd ? QByteArray(" ^\n  ") : QByteArray(" \\\n  ");
    return commentLines(comment, options.shell) + parts.join(options.multiLine ? continuation : QByteArray(" ")) + '\n';
}

QByteArray CurlExporter::toCurl(const QList<RequestSpec> &requests, const Options &options)
{
    Options each = options;
    each.comment.clear();
    QByteArrayList commands;
    for (const RequestSpec &request : requests)
        commands.append(toCurl(request, each));
    return commentLines(options.comment, options.shell) + commands.join('\n');
}

} // namespace Gatescope
