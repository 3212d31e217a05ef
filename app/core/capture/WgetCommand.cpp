#include "capture/WgetCommand.h"

#include "capture/ShellWords.h"
#include "capture/TextLines.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Gatescope::WgetCommand {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::WgetCommand)
};

// What an option does to the first request.
enum class Effect {
    Skip, // changes only what wget does with the answer, or later requests
    Method,
    PostData,
    PostFile,
    BodyData,
    BodyFile,
    Header,
    UserAgent,
    Referer,
    Spider,
    NoCheckCertificate,
    Timeout,
};

struct Option
{
    const char *longName; // without "--"
    char shortName; // 0 = none
    bool takesValue;
    Effect effect;
};

// GNU wget 1.21's options (wget --help) that take a value or change the request; every other
// "--word" or single-letter flag is taken as one that takes none.
const Option options[] = {
    { "method", 0, true, Effect::Method },
    { "post-data", 0, true, Effect::PostData },
    { "post-file", 0, true, Effect::PostFile },
    { "body-data", 0, true, Effect::BodyData },
    { "body-file", 0, true, Effect::BodyFile },
    { "header", 0, true, Effect::Header },
    { "user-agent", 'U', true, Effect::UserAgent },
    { "referer", 0, true, Effect::Referer },
    { "spider", 0, false, Effect::Spider },
    { "no-check-certificate", 0, false, Effect::NoCheckCertificate },
    { "timeout", 'T', true, Effect::Timeout },
    { "output-document", 'O', true, Effect::Skip },
    { "output-file", 'o', true, Effect::Skip },
    { "append-output", 'a', true, Effect::Skip },
    { "directory-prefix", 'P', true, Effect::Skip },
    { "tries", 't', true, Effect::Skip },
    { "wait", 'w', true, Effect::Skip },
    { "input-file", 'i', true, Effect::Skip },
    { "execute", 'e', true, Effect::Skip },
    { "level", 'l', true, Effect::Skip },
    { "accept", 'A', true, Effect::Skip },
    { "reject", 'R', true, Effect::Skip },
    { "domains", 'D', true, Effect::Skip },
    { "include-directories", 'I', true, Effect::Skip },
    { "exclude-directories", 'X', true, Effect::Skip },
    { "quota", 'Q', true, Effect::Skip },
    { "base", 'B', true, Effect::Skip },
    { "config", 0, true, Effect::Skip },
    { "user", 0, true, Effect::Skip },
    { "password", 0, true, Effect::Skip },
    { "http-user", 0, true, Effect::Skip },
    { "http-password", 0, true, Effect::Skip },
    { "load-cookies", 0, true, Effect::Skip },
    { "save-cookies", 0, true, Effect::Skip },
    { "ca-certificate", 0, true, Effect::Skip },
    { "certificate", 0, true, Effect::Skip },
    { "private-key", 0, true, Effect::Skip },
    { "dns-timeout", 0, true, Effect::Skip },
    { "connect-timeout", 0, true, Effect::Skip },
    { "read-timeout", 0, true, Effect::Skip },
    { "limit-rate", 0, true, Effect::Skip },
    { "bind-address", 0, true, Effect::Skip },
    { "waitretry", 0, true, Effect::Skip },
    { "secure-protocol", 0, true, Effect::Skip },
    { "max-redirect", 0, true, Effect::Skip },
    { "local-encoding", 0, true, Effect::Skip },
    { "remote-encoding", 0, true, Effect::Skip },
    { "progress", 0, true, Effect::Skip },
};

const Option *longOption(QByteArrayView name)
{
    for (const Option &option : options) {
        if (name == option.longName)
            return &option;
    }
    return nullptr;
}

const Option *shortOption(char name)
{
    for (const Option &option : options) {
        if (option.shortName == name)
            return &option;
    }
    return nullptr;
}

} // namespace

std::optional<RequestSpec> requestOf(const QByteArrayList &words, const QString &where, QStringList *warnings)
{
    RequestSpec request;
    QByteArray method;
    std::optional<QByteArray> body;
    bool spider = false;
    QByteArray address;
    auto apply = [&](const Option &option, const QByteArray &value) {
        switch (option.effect) {
        case Effect::Method:
            method = value.toUpper();
            break;
        case Effect::PostData:
        case Effect::BodyData:
            body = value;
            if (option.effect == Effect::PostData)
                method = "POST";
            break;
        case Effect::PostFile:
        case Effect::BodyFile:
            body = QByteArray();
            if (option.effect == Effect::PostFile)
                method = "POST";
            warnings->append(Tr::tr("%1: the body comes from the file '%2'; file contents are not read, so the body "
                                    "is empty")
                                 .arg(where, QString::fromUtf8(value)));
            break;
        case Effect::Header: {
            const qsizetype colon = value.indexOf(':');
            if (colon <= 0) {
                warnings->append(
                    Tr::tr("%1: the header '%2' has no colon; not sent").arg(where, QString::fromUtf8(value)));
                break;
            }
            request.headers.append(
                { value.first(colon).trimmed(), withoutOptionalWhiteSpace(value.sliced(colon + 1)) });
            break;
        }
        case Effect::UserAgent:
            request.headers.append(HeaderField { "User-Agent", value });
            break;
        case Effect::Referer:
            request.headers.append(HeaderField { "Referer", value });
            break;
        case Effect::Spider:
            spider = true;
            break;
        case Effect::NoCheckCertificate:
            request.options.verifyTls = false;
            break;
        case Effect::Timeout: {
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (ok && seconds > 0)
                request.options.connectTimeoutMs = int(seconds * 1000);
            break;
        }
        case Effect::Skip:
            break;
        }
    };
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QByteArray &word = words.at(i);
        if (word.startsWith("--") && word.size() > 2) {
            const qsizetype equals = word.indexOf('=');
            const QByteArrayView name = QByteArrayView(word).sliced(2, (equals < 0 ? word.size() : equals) - 2);
            const Option *option = longOption(name);
            if (!option)
                continue; // a flag that changes nothing of the first request
            if (!option->takesValue) {
                apply(*option, {});
            } else if (equals >= 0) {
                apply(*option, word.sliced(equals + 1));
            } else if (i + 1 < words.size()) {
                apply(*option, words.at(++i));
            }
        } else if (word.startsWith('-') && word.size() > 1) {
            // Single letters, bundled ("-qO-") until one that takes a value: the rest of the word,
            // or the next word, is its value.
            for (qsizetype k = 1; k < word.size(); ++k) {
                const Option *option = shortOption(word.at(k));
                if (!option || !option->takesValue) {
                    if (option)
                        apply(*option, {});
                    continue;
                }
                if (k + 1 < word.size())
                    apply(*option, word.sliced(k + 1));
                else if (i + 1 < words.size())
                    apply(*option, words.at(++i));
                break;
            }
        } else if (address.isEmpty()) {
            address = word;
        }
    }
    if (address.isEmpty())
        return std::nullopt;
    // wget takes an address without a scheme as http://.
    if (!address.contains("://"))
        address.prepend("http://");
    request.url = QUrl::fromEncoded(address, QUrl::TolerantMode);
    if (!request.url.isValid() || request.url.host().isEmpty())
        return std::nullopt;
    request.method = spider ? QByteArray("HEAD") : (method.isEmpty() ? QByteArray("GET") : method);
    if (body) {
        request.body = *body;
        // wget labels a body it sends as a form unless a Content-Type header is given.
        if (!hasHeader(request.headers, "content-type"))
            request.headers.append(HeaderField { "Content-Type", "application/x-www-form-urlencoded" });
    }
    return request;
}

std::optional<RequestSpec> requestIn(QByteArrayView text, const QString &name)
{
    static const QRegularExpression runsWget(
        u"(?:^\\s*|[$#%>\u276F\u00BB\u03BB]\\s+|`|^\\s*!)(?:(?:time|sudo|nohup)\\s+)?wget\\s"_s);
    QList<QByteArrayView> lines;
    for (qsizetype pos = 0; pos < text.size() && lines.size() < 10000;) {
        const TextLines::Line line = TextLines::lineAt(text, pos);
        lines.append(TextLines::lineText(text, line));
        pos = line.next;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m
            = runsWget.match(QString::fromUtf8(lines.at(i).first(std::min<qsizetype>(lines.at(i).size(), 200))));
        if (!m.hasMatch())
            continue;
        const qsizetype at = lines.at(i).indexOf("wget");
        QByteArray command = lines.at(i).sliced(at).toByteArray();
        for (qsizetype next = i; command.trimmed().endsWith('\\') && next + 1 < lines.size();) {
            command = command.trimmed();
            command.chop(1);
            command += ' ' + lines.at(++next).toByteArray();
        }
        // A command in a code span ("`wget -O - http://host/`", "`# wget …`") ends where the span does.
        if (lines.at(i).first(at).count('`') % 2 == 1 && command.indexOf('`') > 0)
            command.truncate(command.indexOf('`'));
        const Result<QList<ShellWords::Command>> commands = ShellWords::split(command, ShellWords::Dialect::Bash, name);
        if (!commands || commands->isEmpty() || commands->first().words.isEmpty()
            || ShellWords::programName(commands->first().words.first()) != "wget")
            continue;
        QStringList warnings;
        if (std::optional<RequestSpec> request = requestOf(commands->first().words, name, &warnings))
            return request;
    }
    return std::nullopt;
}

} // namespace Gatescope::WgetCommand
