#include "capture/CurlImporter.h"

#include "capture/CurlOptions.h"
#include "capture/SourcePosition.h"

#include <QRegularExpression>

#include <algorithm>
#include <cctype>

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

// Where curl's own words start in a command that runs curl in a container: "docker run --rm
// curlimages/curl:8.4.0 -v URL" (the image's entry point is curl: the words after the image are
// curl's), "docker exec -it web curl -v URL", "kubectl exec pod -- curl URL". 0 when the command
// is no such run; the word at the index is then read as "curl".
qsizetype containerCurlStart(const QByteArrayList &words)
{
    if (words.size() < 3)
        return 0;
    const QByteArray tool = ShellWords::programName(words.first());
    if (tool != "docker" && tool != "podman" && tool != "nerdctl" && tool != "kubectl")
        return 0;
    for (qsizetype k = 1; k < words.size(); ++k) {
        if (ShellWords::programName(words.at(k)) == "curl")
            return k;
        // An image whose entry point is curl ("curlimages/curl", "curlimages/curl:8.4.0").
        QByteArray image = words.at(k);
        if (const qsizetype colon = image.lastIndexOf(':'); colon > image.lastIndexOf('/'))
            image.truncate(colon);
        if (tool != "kubectl" && !image.startsWith('-') && image.contains('/')
            && ShellWords::programName(image) == "curl")
            return -k; // the words after the image
    }
    return 0;
}

// Text a shell prompt ends with, before the command typed after it.
bool isPrompt(QByteArrayView before)
{
    const QByteArrayView prompt = before.trimmed();
    // cmd's prompt, written straight before the command: "C:\\Users\\ann>curl …", "c:>curl …",
    // also under an activated conda or virtualenv environment ("(base) C:\\Users\\ann>curl …").
    static const QRegularExpression driveprompt(u"^(?:\\([\\w.-]+\\) )?[A-Za-z]:[^\\s>]*>$"_s);
    const bool drive = driveprompt.match(QString::fromUtf8(prompt)).hasMatch();
    if (prompt.isEmpty() || (!before.endsWith(' ') && !drive) || prompt.contains('\'') || prompt.contains('"')
        || prompt.contains('|'))
        return false;
    return prompt.endsWith('$') || prompt.endsWith('#') || prompt.endsWith('%') || prompt.endsWith('>')
        || prompt.endsWith("\xE2\x9D\xAF") /* ❯ */ || prompt.startsWith("\xE2\x9E\x9C") /* ➜ */
        || prompt.startsWith("\xE2\x9E\x94") /* ➔ */ || prompt.endsWith("\xCE\xBB") /* λ */
        || prompt.endsWith("\xC2\xBB") /* » */ || prompt.endsWith("\xE1\x90\x85") /* ᐅ */;
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
    // An item of a Markdown numbered list: "2. curl …"
    static const QRegularExpression listItem(u"^\\d{1,2}\\. +(?=curl)"_s);
    if (const QRegularExpressionMatch m
        = listItem.match(QString::fromLatin1(trimmed.first(std::min<qsizetype>(trimmed.size(), 12))));
        m.hasMatch())
        trimmed = trimmed.sliced(m.capturedLength());
    // A longer prompt before the command: "ann@box:~/src$ curl …", "[ann@box src]$ curl …",
    // "box% curl …", "root@box:/# curl …", oh-my-zsh's "➜  src git:(main) ✗ curl …", "❯ curl …".
    const qsizetype newline = trimmed.indexOf('\n');
    const QByteArrayView firstLine = newline < 0 ? trimmed : trimmed.first(newline);
    const qsizetype curl = firstLine.indexOf("curl");
    if (curl > 0 && curl <= 120 && isPrompt(firstLine.first(curl)))
        trimmed = trimmed.sliced(curl);
    return trimmed;
}

// A command as people paste it, made plain for the shell reader without moving a byte: the
// Markdown code span or fence around it, a root prompt ("# curl …", which a shell would read as a
// comment) and the "> " continuation prompt a terminal shows under a line ending in "\\" become
// blanks.
// Shell variables set on the lines above the command ("url=https://…", "export TOKEN='…'") put
// into it where it names them ($url, ${url}, "$url"), as the shell would; the assignment lines
// become blank. Only names set in the paste are replaced.
QByteArray withPastedVariables(QByteArray plain)
{
    static const QRegularExpression assignment(
        u"^[ \\t]*(?:export[ \\t]+|set[ \\t]+)?([A-Za-z_][A-Za-z0-9_]*)=(\\S+)[ \\t]*\\r?$"_s);
    QList<std::pair<QByteArray, QByteArray>> variables;
    qsizetype start = 0;
    while (start < plain.size()) {
        qsizetype end = plain.indexOf('\n', start);
        if (end < 0)
            end = plain.size();
        const QByteArrayView line = QByteArrayView(plain).sliced(start, end - start);
        const QRegularExpressionMatch m = assignment.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            break;
        QByteArray value = m.captured(2).toUtf8();
        if (value.size() >= 2 && (value.front() == '\'' || value.front() == '"') && value.back() == value.front())
            value = value.sliced(1, value.size() - 2);
        variables.append({ m.captured(1).toUtf8(), value });
        for (qsizetype k = start; k < end; ++k)
            plain[k] = ' ';
        start = end + 1;
    }
    for (const auto &[name, value] : std::as_const(variables)) {
        plain.replace(QByteArray("${" + name + "}"), value);
        const QByteArray reference = "$" + name;
        static const QRegularExpression wordEnd(u"^[A-Za-z0-9_]"_s);
        for (qsizetype at = plain.indexOf(reference); at >= 0; at = plain.indexOf(reference, at)) {
            const qsizetype after = at + 1 + name.size();
            if (after < plain.size()
                && wordEnd.match(QString::fromLatin1(QByteArrayView(plain).sliced(after, 1))).hasMatch()) {
                at = after;
                continue;
            }
            plain.replace(at, 1 + name.size(), value);
            at += value.size();
        }
    }
    return plain;
}

// The length of cmd's prompt written straight before curl at the start of `line` ("C:\\Users\\ann>
// curl …", "c:>curl …", "(base) C:\\src>curl …" under a conda environment), 0 when there is none.
qsizetype gluedDrivePrompt(QByteArrayView line)
{
    static const QRegularExpression drivePrompt(u"^\\s*(?:\\([\\w.-]+\\) )?[A-Za-z]:[^\\s>]*>(?=curl(?:\\.exe)?\\s)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m
        = drivePrompt.match(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 300))));
    return m.hasMatch() ? m.captured(0).toUtf8().size() : 0;
}

QByteArray pastedCommand(QByteArrayView text)
{
    QByteArray plain = withPastedVariables(text.toByteArray());
    // A command whose quotes a page turned into HTML entities (a thread moved between trackers):
    // "-H &quot;Content-Type: application/json&quot;".
    if (plain.contains("&quot;") && !plain.contains('"'))
        plain.replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
    qsizetype first = 0;
    while (first < plain.size() && (isBlank(plain.at(first)) || plain.at(first) == '\n' || plain.at(first) == '\r'))
        ++first;
    if (first < plain.size() && plain.at(first) == '`' && !QByteArrayView(plain).sliced(first).startsWith("```")) {
        qsizetype last = plain.size() - 1;
        while (last > first && (isBlank(plain.at(last)) || plain.at(last) == '\n' || plain.at(last) == '\r'))
            --last;
        if (last > first && plain.at(last) == '`') {
            plain[first] = ' ';
            plain[last] = ' ';
        }
    }
    // A command in Markdown bold: "**curl -v …**"
    if (QByteArrayView(plain).sliced(first).startsWith("**")) {
        qsizetype last = plain.size() - 1;
        while (last > first && (isBlank(plain.at(last)) || plain.at(last) == '\n' || plain.at(last) == '\r'))
            --last;
        if (last > first + 3 && plain.at(last) == '*' && plain.at(last - 1) == '*') {
            plain[first] = plain[first + 1] = ' ';
            plain[last] = plain[last - 1] = ' ';
        }
    }
    bool continued = false;
    bool seenCommand = false;
    for (qsizetype start = 0; start < plain.size();) {
        qsizetype end = plain.indexOf('\n', start);
        if (end < 0)
            end = plain.size();
        qsizetype i = start;
        while (i < end && isBlank(plain.at(i)))
            ++i;
        const QByteArrayView line = QByteArrayView(plain).sliced(i, end - i);
        if (line.trimmed().startsWith("```") && !line.trimmed().sliced(3).contains(' ')) {
            for (qsizetype k = i; k < end; ++k)
                plain[k] = ' '; // a Markdown fence ("```bash", "```")
        } else if (line.startsWith("# curl") && !continued && !seenCommand) {
            plain[i] = ' '; // only as the first command: later "# curl …" lines are a script's comments
        } else if (continued && line.startsWith("> ")) {
            plain[i] = ' ';
        }
        // cmd's prompt glued to the command: cmd's word reader would take its ">" for a redirection.
        if (const qsizetype length = gluedDrivePrompt(line); length > 0) {
            for (qsizetype k = i; k < i + length; ++k)
                plain[k] = ' ';
        }
        // A curl line with no address that a page wrapped before it ("curl -si -XPOST⏎http://host/…"):
        // the next line, opening with the address, goes on the same command.
        if (end < plain.size() && line.startsWith("curl ") && !line.contains("://") && !line.trimmed().endsWith('\\')) {
            const QByteArrayView next = QByteArrayView(plain).sliced(end + 1).trimmed();
            if (next.startsWith("http://") || next.startsWith("https://"))
                plain[end] = ' ';
        }
        // A curl line a mail or page wrapped inside its address ("… http://localhost:70⏎71/api/convert"):
        // the address ends the line without a path, and the next line is one word that goes on with
        // the port or the path.
        if (end < plain.size() && line.startsWith("curl ") && !line.trimmed().endsWith('\\')) {
            static const QRegularExpression bareAddress(u"\\s(?:https?://)?[\\w.-]+(?::\\d*)?\\r?$"_s);
            static const QRegularExpression goesOn(u"^(?:\\d+(?:[/?#]\\S*)?|[\\w.-]*[/?#]\\S*)\\r?$"_s);
            qsizetype nextEnd = plain.indexOf('\n', end + 1);
            if (nextEnd < 0)
                nextEnd = plain.size();
            const QByteArrayView next = QByteArrayView(plain).sliced(end + 1, nextEnd - end - 1);
            const QString lineText = QString::fromUtf8(line);
            if (bareAddress.match(lineText).hasMatch() && lineText.contains(u"://"_s)
                && goesOn.match(QString::fromUtf8(next)).hasMatch()) {
                // The word moves up behind the address and the line end after it: no other byte moves.
                qsizetype cut = end;
                if (cut > start && plain.at(cut - 1) == '\r')
                    --cut;
                QByteArray word = next.toByteArray();
                if (word.endsWith('\r'))
                    word.chop(1);
                const QByteArray lineEnd = plain.sliced(cut, end + 1 - cut);
                const qsizetype length = nextEnd - cut - (next.endsWith('\r') ? 1 : 0);
                plain.replace(cut, length, QByteArray(word + lineEnd));
                continue; // the joined line is looked at again
            }
        }
        seenCommand = seenCommand || !QByteArrayView(plain).sliced(i, end - i).trimmed().isEmpty();
        QByteArrayView whole = QByteArrayView(plain).sliced(start, end - start);
        if (whole.endsWith('\r'))
            whole.chop(1);
        continued = whole.trimmed().endsWith('\\');
        start = end + 1;
    }
    return plain;
}

// Every option's value quoted with '…' and none with "…" or ^"…^" ("-H 'accept: */*' ^").
bool quotesOptionsTheBashWay(QByteArrayView text)
{
    static const QRegularExpression quotedValue(u"(?:^|\\s)(?:-[A-Za-z]|--[a-z][\\w-]*)\\s+(\\^?['\"])"_s,
                                                QRegularExpression::MultilineOption);
    int single = 0;
    for (const QRegularExpressionMatch &match : quotedValue.globalMatch(QString::fromUtf8(text))) {
        if (match.captured(1) != u"'")
            return false;
        ++single;
    }
    return single > 0;
}

} // namespace

bool CurlImporter::looksLikeCurl(QByteArrayView text)
{
    const QByteArray plain = pastedCommand(text.first(std::min<qsizetype>(text.size(), 64 * 1024)));
    QByteArrayView start = withoutPrompt(plain);
    if (start.startsWith("sudo "))
        start = start.sliced(5);
    // curl run in a container ("docker run --rm curlimages/curl -v …", "docker exec web curl …").
    static const QRegularExpression container(
        u"^(?:docker|podman|nerdctl|kubectl) [^\\n]*?(?:run|exec)\\b[^\\n]*?[ /]curl(?::[\\w.-]+)? +\\S"_s);
    if (container.match(QString::fromUtf8(start.first(std::min<qsizetype>(start.size(), 1000)))).hasMatch())
        return true;
    // A curl named by its path ("./curl -v …", "/usr/local/bin/curl …").
    const qsizetype space = start.indexOf(' ');
    if (space > 0 && start.first(space).contains('/')
        && ShellWords::programName(start.first(space).toByteArray()) == "curl")
        return true;
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
        if (j < head.size() && head.at(j) == '\n') {
            // A line of prose ending in a Markdown code span ("… an error message of `{…}`") has
            // words before its backticks, which come in pairs; PowerShell's continuation is one
            // backtick at the end.
            const qsizetype lineStart = head.lastIndexOf('\n', at) + 1;
            const QByteArrayView line = head.sliced(lineStart, at + 1 - lineStart);
            const QByteArrayView beforeSpan = line.first(line.indexOf('`'));
            if (line.count('`') % 2 == 0
                && std::any_of(beforeSpan.cbegin(), beforeSpan.cend(), [](char c) { return std::isalpha(uchar(c)); }))
                continue;
            return Dialect::PowerShell;
        }
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
    return ShellWords::split(text, dialect, name);
}

Result<Capture> CurlImporter::importText(QByteArrayView pasted, const QString &name)
{
    const QByteArray text = pastedCommand(pasted);
    // A cmd prompt in front says the line was typed in cmd (its quoting), also when nothing else does.
    // So does cmder's two-line prompt: the folder ("D:\\Programs\\bin") on a line of its own, then
    // "λ curl …".
    bool typedInCmd = false;
    bool afterDrivePath = false;
    static const QRegularExpression drivePath(u"^[A-Za-z]:\\\\[^<>|\"*?]*$"_s);
    for (qsizetype start = 0, lines = 0; start < pasted.size() && lines < 20 && !typedInCmd; ++lines) {
        qsizetype end = pasted.indexOf('\n', start);
        if (end < 0)
            end = pasted.size();
        const QByteArrayView line = pasted.sliced(start, end - start);
        typedInCmd = gluedDrivePrompt(line) > 0 || (afterDrivePath && line.trimmed().startsWith("\xCE\xBB curl"));
        afterDrivePath = drivePath.match(QString::fromUtf8(line.trimmed())).hasMatch();
        start = end + 1;
    }
    Dialect dialect = typedInCmd ? Dialect::WindowsCmd : detectDialect(text);
    QByteArray bashText;
    if (dialect == Dialect::WindowsCmd && !typedInCmd && quotesOptionsTheBashWay(text)) {
        // cmd's line ends (" ^") around arguments quoted the bash way, never with cmd's quote (the
        // HTTP tool Reqable writes them so): cmd would keep the single quotes, so they are bash's.
        bashText = text;
        bashText.replace(" ^\r\n", " \\\r\n").replace(" ^\n", " \\\n");
        if (bashText.endsWith(" ^"))
            bashText.chop(2);
        dialect = Dialect::Bash;
    }
    auto commands = splitCommands(bashText.isNull() ? QByteArrayView(text) : QByteArrayView(bashText), dialect, name);
    if (!commands)
        return commands.failure();

    Capture capture;
    capture.kind = Capture::kindName(Capture::Kind::Curl);
    capture.name = name;
    for (const Command &command : std::as_const(commands.value())) {
        const QString where = tr("%1: %2").arg(name, place(text, command.offset));
        QByteArrayList words = command.words;
        while (!words.isEmpty()
               && (words.first() == "$" || words.first() == "sudo" || words.first() == "%" || words.first() == "&"
                   || words.first() == ">"))
            words.removeFirst();
        if (!words.isEmpty() && ShellWords::programName(words.first()) != "curl") {
            // The words of a longer prompt ("ann@box:~$", "➜  src git:(main) ✗") before curl.
            QByteArray before;
            for (qsizetype k = 0; k < std::min<qsizetype>(words.size(), 6); ++k) {
                if (ShellWords::programName(words.at(k)) == "curl") {
                    if (isPrompt(before))
                        words.remove(0, k);
                    break;
                }
                before += words.at(k) + ' ';
            }
        }
        if (const qsizetype start = containerCurlStart(words); start > 0) {
            words.remove(0, start);
        } else if (start < 0) {
            words.remove(0, -start);
            words.first() = "curl";
        }
        if (words.isEmpty())
            continue;
        if (dialect == Dialect::WindowsCmd
            && (words.first().compare("rem", Qt::CaseInsensitive) == 0 || words.first().startsWith("::")))
            continue; // a cmd comment line ("REM …", "::…")
        for (const QString &note : command.notes)
            capture.warnings.append(tr("%1: %2").arg(where, note));
        if (command.feedsNextCommand)
            continue; // echo/printf piped into curl: its text is curl's input
        if (ShellWords::programName(words.first()) != "curl") {
            capture.warnings.append(
                tr("%1: '%2' is not a curl command; ignored").arg(where, QString::fromUtf8(words.first())));
            continue;
        }
        const CurlOptions::Requests described = CurlOptions::read(words.mid(1), command.standardInput, where);
        capture.warnings += described.warnings;
        capture.requests += described.requests;
    }
    if (capture.requests.isEmpty()) {
        const qsizetype at = commands->isEmpty() ? 0 : commands->first().offset;
        QString reason = tr("%1: %2: no curl command with a URL was found").arg(name, place(text, at));
        if (!capture.warnings.isEmpty())
            reason += u" ("_s + capture.warnings.first() + u')';
        return Error { reason, Error::Code::Malformed };
    }
    return capture;
}

} // namespace Gatescope
