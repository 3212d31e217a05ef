#include "capture/HttpFileImporter.h"

#include "capture/SourcePosition.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Gatescope {

namespace {

using namespace Qt::StringLiterals;

struct TextLine
{
    QByteArray text; // without the line ending
    QByteArray ending; // "\r\n", "\n", or empty for a last line without one
    qsizetype offset = 0;
    int number = 0; // 1-based
};

QList<TextLine> splitLines(QByteArrayView text)
{
    QList<TextLine> lines;
    qsizetype pos = 0;
    int number = 1;
    while (pos < text.size()) {
        const qsizetype newline = text.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? text.size() : newline;
        QByteArrayView line = text.sliced(pos, end - pos);
        QByteArray ending = newline < 0 ? QByteArray() : QByteArray("\n");
        if (newline >= 0 && line.endsWith('\r')) {
            line.chop(1);
            ending.prepend('\r');
        } else if (newline < 0 && line.endsWith('\r')) {
            line.chop(1); // a last line's CR alone is its ending too
        }
        lines.append({ line.toByteArray(), ending, pos, number++ });
        pos = newline < 0 ? text.size() : newline + 1;
    }
    return lines;
}

bool isComment(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed.startsWith('#') || trimmed.startsWith("//");
}

bool isSeparator(const QByteArray &line)
{
    return line.trimmed().startsWith("###");
}

// JetBrains response handlers ("> {% … %}", "> ./check.js") and output redirections
// (">> ./out.json", ">>! ./out.json"), and a reference to an earlier response ("<> ./x.json").
bool isHandlerLine(const QByteArray &trimmed)
{
    return trimmed.startsWith("> {%") || trimmed.startsWith(">> ") || trimmed.startsWith(">>! ")
        || trimmed.startsWith("> ./") || trimmed.startsWith("> ../") || trimmed.startsWith("<> ")
        || (trimmed.startsWith("> ") && trimmed.endsWith(".js"));
}

const QRegularExpression &variableDefinition()
{
    static const QRegularExpression pattern(u"^\\s*@([A-Za-z_][\\w.-]*)\\s*=\\s*(.*?)\\s*$"_s);
    return pattern;
}

const QRegularExpression &requestLinePattern()
{
    static const QRegularExpression pattern(
        u"^(?:(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|CONNECT|PROPFIND|PROPPATCH|MKCOL|COPY|MOVE|LOCK|UNLOCK|PURGE|[A-Z]+)\\s+)?(\\S+)(?:\\s+(HTTP/\\d(?:\\.\\d)?))?\\s*$"_s);
    return pattern;
}

// Substitutes {{name}} from `variables`; names it cannot resolve are kept and reported once.
// A variable that refers back to itself (directly or through others) is left as written and
// reported as a cycle, and no expansion grows past maxExpandedSize: a 60-byte file must not be able
// to build gigabytes out of variables that use each other several times over.
class VariableExpander
{
public:
    static constexpr qsizetype maxExpandedSize = 1024 * 1024;

    // Characters all expansions of one file may produce together; set from the file's size.
    qsizetype budget = 0;

    QHash<QString, QString> variables;
    QStringList unresolved;
    QStringList dynamic;
    QStringList cycles;
    QStringList oversized;

    QString expand(const QString &text)
    {
        QStringList active;
        QString result;
        const qsizetype limit = std::min(maxExpandedSize, std::max<qsizetype>(budget, text.size()));
        expandInto(text, active, result, limit);
        budget = std::max<qsizetype>(0, budget - result.size());
        return result;
    }

private:
    // Appends the expansion of `text` to `result`; returns false once the size limit was hit.
    bool expandInto(const QString &text, QStringList &active, QString &result, qsizetype limit)
    {
        static const QRegularExpression use(u"\\{\\{\\s*([^{}]+?)\\s*\\}\\}"_s);
        auto append = [&](QStringView piece) {
            if (result.size() + piece.size() > limit) {
                result += piece.first(limit - result.size());
                return false;
            }
            result += piece;
            return true;
        };
        if (!text.contains(u"{{"))
            return append(text);
        qsizetype last = 0;
        auto it = use.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (!append(QStringView(text).sliced(last, match.capturedStart() - last)))
                return false;
            last = match.capturedEnd();
            const QString variable = match.captured(1);
            const auto value = variables.constFind(variable);
            if (value != variables.cend() && !active.contains(variable)) {
                active.append(variable);
                const bool fits = expandInto(*value, active, result, limit);
                active.removeLast();
                if (!fits) {
                    if (!oversized.contains(variable))
                        oversized.append(variable);
                    return false;
                }
                continue;
            }
            if (value != variables.cend()) {
                if (!cycles.contains(variable))
                    cycles.append(variable);
            } else if (variable.startsWith(u'$')) {
                if (!dynamic.contains(variable))
                    dynamic.append(variable);
            } else if (!unresolved.contains(variable)) {
                unresolved.append(variable);
            }
            if (!append(match.capturedView(0)))
                return false;
        }
        return append(QStringView(text).sliced(last));
    }
};

} // namespace

bool HttpFileImporter::looksLikeHttpFile(QByteArrayView text)
{
    const QList<TextLine> lines = splitLines(text.first(std::min<qsizetype>(text.size(), 256 * 1024)));
    bool sawComment = false;
    for (const TextLine &line : lines) {
        const QByteArray trimmed = line.text.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (isSeparator(trimmed) || variableDefinition().match(QString::fromUtf8(trimmed)).hasMatch())
            return true;
        if (isComment(trimmed)) {
            sawComment = true;
            continue;
        }
        const QRegularExpressionMatch match = requestLinePattern().match(QString::fromUtf8(trimmed));
        if (!match.hasMatch())
            return false;
        const QString target = match.captured(2);
        const bool absolute
            = target.startsWith(u"http://") || target.startsWith(u"https://") || target.startsWith(u"{{");
        // "GET https://…" without a version, a comment first, or {{variables}}: the .http dialect.
        return sawComment || text.contains("{{") || (absolute && match.captured(3).isEmpty());
    }
    return false;
}

HttpFileImporter::Environment HttpFileImporter::environmentBeside(const QString &httpFilePath)
{
    Environment environment;
    const QDir folder = QFileInfo(httpFilePath).absoluteDir();
    QHash<QString, QHash<QString, QString>> byName;
    QStringList names;
    // JetBrains: "public variables take precedence over private ones", so the public file is read
    // last (https://www.jetbrains.com/help/rider/HTTP-Client-variables.html).
    for (const QString &fileName : { u"http-client.private.env.json"_s, u"http-client.env.json"_s }) {
        QFile file(folder.filePath(fileName));
        if (file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        if (!document.isObject())
            continue;
        environment.file = fileName;
        const QJsonObject environments = document.object();
        for (auto it = environments.begin(); it != environments.end(); ++it) {
            if (!it.value().isObject())
                continue;
            if (!names.contains(it.key()))
                names.append(it.key());
            const QJsonObject values = it.value().toObject();
            for (auto value = values.begin(); value != values.end(); ++value) {
                if (value.value().isString() || value.value().isDouble() || value.value().isBool())
                    byName[it.key()].insert(value.key(), value.value().toVariant().toString());
            }
        }
    }
    if (names.isEmpty())
        return environment;
    environment.name = names.first();
    for (const QString &preferred : { u"dev"_s, u"development"_s, u"local"_s }) {
        if (names.contains(preferred)) {
            environment.name = preferred;
            break;
        }
    }
    names.removeOne(environment.name);
    environment.others = names;
    environment.variables = byName.value(environment.name);
    return environment;
}

Result<Capture> HttpFileImporter::importText(QByteArrayView text, const QString &name)
{
    return importText(text, name, Environment {});
}

Result<Capture> HttpFileImporter::importText(QByteArrayView text, const QString &name, const Environment &environment)
{
    Capture capture;
    capture.kind = Capture::kindName(Capture::Kind::HttpFile);
    capture.name = name;
    const QList<TextLine> lines = splitLines(text);
    VariableExpander expander;
    expander.variables = environment.variables;
    if (!environment.name.isEmpty() && text.contains("{{")) {
        if (environment.others.isEmpty())
            capture.warnings.append(tr("%1: variables of the environment \"%2\" in %3 were used")
                                        .arg(name, environment.name, environment.file));
        else
            capture.warnings.append(
                tr("%1: variables of the environment \"%2\" in %3 were used; it also defines %4")
                    .arg(name, environment.name, environment.file, environment.others.join(u", "_s)));
    }
    // All expansions of the file together may add at most 16 characters per byte of the file (and
    // 1024 for tiny files): generous for a base URL or a JSON body used by every request, but a
    // 400-byte file of variables that use each other cannot build megabytes.
    expander.budget = 16 * text.size() + 1024;

    auto where = [&](const TextLine &line) { return tr("%1: line %2").arg(name).arg(line.number); };

    qsizetype i = 0;
    while (i < lines.size()) {
        // One block: up to the next ### separator.
        QString requestName;
        if (isSeparator(lines.at(i).text)) {
            requestName = QString::fromUtf8(lines.at(i).text.trimmed().mid(3)).trimmed();
            ++i;
        }
        qsizetype blockEnd = i;
        while (blockEnd < lines.size() && !isSeparator(lines.at(blockEnd).text))
            ++blockEnd;

        // Variables, comments and blank lines before the request line.
        qsizetype k = i;
        for (; k < blockEnd; ++k) {
            const QByteArray trimmed = lines.at(k).text.trimmed();
            if (trimmed.isEmpty())
                continue;
            const QRegularExpressionMatch definition = variableDefinition().match(QString::fromUtf8(trimmed));
            if (definition.hasMatch()) {
                // In the JetBrains client an environment variable wins over an in-place one.
                if (!environment.variables.contains(definition.captured(1)))
                    expander.variables.insert(definition.captured(1), expander.expand(definition.captured(2)));
                continue;
            }
            if (trimmed.startsWith("< {%") || (trimmed.startsWith("< ") && trimmed.endsWith(".js"))) {
                // JetBrains pre-request script, inline ("< {% … %}", maybe over several lines) or
                // from a file ("< ./before.js"), written before the request line.
                capture.warnings.append(tr("%1: pre-request scripts are not run; ignored").arg(where(lines.at(k))));
                if (trimmed.startsWith("< {%") && !trimmed.sliced(4).contains("%}")) {
                    while (k + 1 < blockEnd && !lines.at(k + 1).text.contains("%}"))
                        ++k;
                    ++k;
                }
                continue;
            }
            if (isComment(trimmed)) {
                static const QRegularExpression nameTag(u"^(?:#|//)\\s*@name\\s+(\\S+)"_s);
                const QRegularExpressionMatch tag = nameTag.match(QString::fromUtf8(trimmed));
                if (tag.hasMatch())
                    requestName = tag.captured(1);
                continue;
            }
            break;
        }
        if (k >= blockEnd) {
            i = blockEnd;
            continue; // a block of variables or comments only
        }

        const TextLine &requestLine = lines.at(k);
        const QString expandedLine = expander.expand(QString::fromUtf8(requestLine.text.trimmed()));
        const QRegularExpressionMatch match = requestLinePattern().match(expandedLine);
        if (!match.hasMatch())
            return Error { tr("%1: expected a request line such as \"GET https://example.com/ HTTP/1.1\", found \"%2\"")
                               .arg(where(requestLine), expandedLine.left(80)),
                           Error::Code::Malformed };
        RequestSpec request;
        request.name = requestName;
        request.method = match.captured(1).isEmpty() ? QByteArray("GET") : match.captured(1).toLatin1();
        QString target = match.captured(2);
        ++k;
        // Query continuation lines.
        while (k < blockEnd) {
            const QByteArray trimmed = lines.at(k).text.trimmed();
            if (!trimmed.startsWith('?') && !trimmed.startsWith('&'))
                break;
            target += expander.expand(QString::fromUtf8(trimmed));
            ++k;
        }
        // Headers.
        for (; k < blockEnd; ++k) {
            const TextLine &line = lines.at(k);
            const QByteArray trimmed = line.text.trimmed();
            if (trimmed.isEmpty()) {
                ++k;
                break;
            }
            if (isComment(trimmed))
                continue;
            if (isHandlerLine(trimmed))
                break; // a response handler right under the headers, without a blank line
            const qsizetype colon = trimmed.indexOf(':');
            if (colon <= 0) {
                capture.warnings.append(tr("%1: \"%2\" is not a header line (no ':'); ignored")
                                            .arg(where(line), QString::fromUtf8(trimmed.left(60))));
                continue;
            }
            const QByteArray headerName = expander.expand(QString::fromUtf8(trimmed.first(colon).trimmed())).toUtf8();
            if (headerName.contains(':') || headerName.contains(' ') || headerName.contains('\t')
                || headerName.startsWith('?') || headerName.startsWith('&')) {
                // A variable expanded into the name (`{{host}}/x-Type: …`), or a name that a .http file would
                // read as a query continuation line (`&a: b`): no header can be written back so.
                capture.warnings.append(tr("%1: \"%2\" is not a header name; line ignored")
                                            .arg(where(line), QString::fromUtf8(headerName.left(60))));
                continue;
            }
            request.headers.append(
                { headerName, expander.expand(QString::fromUtf8(trimmed.sliced(colon + 1).trimmed())).toUtf8() });
        }
        // Body: the rest of the block, without JetBrains handler scripts and trailing blank lines.
        QList<TextLine> bodyLines;
        for (; k < blockEnd; ++k) {
            const TextLine &line = lines.at(k);
            const QByteArray trimmed = line.text.trimmed();
            if (isHandlerLine(trimmed)) {
                capture.warnings.append(
                    tr("%1: response handlers and output redirections are not run; ignored").arg(where(line)));
                if (trimmed.startsWith("> {%") && !trimmed.sliced(4).contains("%}")) {
                    while (k + 1 < blockEnd && !lines.at(k + 1).text.contains("%}"))
                        ++k;
                    ++k;
                }
                continue;
            }
            if ((trimmed.startsWith("< ") || trimmed.startsWith("<@ ")) && bodyLines.isEmpty()) {
                capture.warnings.append(
                    tr("%1: the body is read from the file '%2'; file contents are not read, so the body is empty")
                        .arg(where(line), QString::fromUtf8(trimmed.mid(trimmed.indexOf(' ') + 1).trimmed())));
                continue;
            }
            bodyLines.append(line);
        }
        while (!bodyLines.isEmpty() && bodyLines.last().text.trimmed().isEmpty())
            bodyLines.removeLast();
        if (!bodyLines.isEmpty()) {
            // The body's bytes as the file holds them: each line with its own ending (a CR
            // before a line's LF is part of the ending, any CR before that is the body's), the
            // last line without one.
            QByteArray body;
            for (qsizetype b = 0; b < bodyLines.size(); ++b)
                body += bodyLines.at(b).text + (b + 1 < bodyLines.size() ? bodyLines.at(b).ending : QByteArray());
            request.body = expander.expand(QString::fromUtf8(body)).toUtf8();
        }

        // URL (already expanded, with its continuation lines): absolute, or a path with a Host header.
        if (!target.contains(u"://")) {
            const QByteArray host = headerValue(request.headers, "host");
            if (target.startsWith(u'/') && !host.isEmpty())
                target = (host.endsWith(":443") ? u"https://"_s : u"http://"_s) + QString::fromUtf8(host) + target;
            else if (!target.startsWith(u'/') && !target.startsWith(u"{{"))
                target = u"http://"_s + target;
        }
        request.url = QUrl(target, QUrl::TolerantMode);
        if (!request.url.isValid() || request.url.host().isEmpty()) {
            capture.warnings.append(
                tr("%1: \"%2\" is not a usable URL; request skipped").arg(where(requestLine), target));
        } else {
            capture.requests.append(request);
        }
        i = blockEnd;
    }
    for (const QString &variable : std::as_const(expander.unresolved))
        capture.warnings.append(
            tr("%1: the variable {{%2}} is not defined in the file; it was left as written").arg(name, variable));
    for (const QString &variable : std::as_const(expander.dynamic))
        capture.warnings.append(
            tr("%1: the dynamic variable {{%2}} is not evaluated; it was left as written").arg(name, variable));
    for (const QString &variable : std::as_const(expander.cycles))
        capture.warnings.append(tr("%1: the variable {{%2}} refers back to itself through other variables; the inner "
                                   "use was left as written")
                                    .arg(name, variable));
    for (const QString &variable : std::as_const(expander.oversized))
        capture.warnings.append(tr("%1: expanding {{%2}} grows past the size limit (%3 characters per use, and a total "
                                   "for the whole file); the text was cut there")
                                    .arg(name, variable)
                                    .arg(VariableExpander::maxExpandedSize));
    if (capture.requests.isEmpty())
        return Error { tr("%1: no request was found in the .http file").arg(name), Error::Code::Malformed };
    return capture;
}

} // namespace Gatescope
