#include "cli/DiagnoseCommand.h"

#include "capture/CaptureImporter.h"
#include "cli/ReportOutput.h"
#include "cli/TerminalOutput.h"
#include "diagnosis/Diagnoser.h"
#include "diagnosis/RuleTree.h"
#include "probe/ProbeEngine.h"
#include "report/ReportDocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

// The diagnose and replay commands' user-visible texts.
struct DiagnoseText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Cli::DiagnoseCommand)
};

constexpr qint64 MaxStdinBytes = 64 * 1024 * 1024;

int usageError(const QString &command, const QString &message)
{
    writeErr(u"gatescope %1: %2\n"_s.arg(command, message));
    return 2;
}

int inputError(const QString &message)
{
    // One line naming the input and the place; the importer's message already does.
    writeErr(u"gatescope: "_s + QString(message).replace(u'\n', u' ') + u'\n');
    return 1;
}

bool looksLikeUrl(const QString &input)
{
    return (input.startsWith(u"http://", Qt::CaseInsensitive) || input.startsWith(u"https://", Qt::CaseInsensitive))
        && !QFileInfo::exists(input);
}

// Reads INPUT: "-" (standard input), a file, or nothing for a URL (handled by the caller).
Result<Capture> importInput(const QString &input)
{
    if (input == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error { DiagnoseText::tr("standard input: cannot read") };
        const QByteArray bytes = in.read(MaxStdinBytes + 1);
        if (bytes.size() > MaxStdinBytes)
            return Error { DiagnoseText::tr("standard input: more than %1 MB").arg(MaxStdinBytes / (1024 * 1024)) };
        return CaptureImporter::importText(bytes, DiagnoseText::tr("standard input"));
    }
    return CaptureImporter::importFile(input);
}

RequestSpec requestForUrl(const QString &input)
{
    RequestSpec request;
    request.method = "GET";
    request.url = QUrl::fromUserInput(input);
    request.headers.append(HeaderField { "Accept", "*/*" });
    request.headers.append(HeaderField { "User-Agent", "gatescope/" GATESCOPE_VERSION });
    return request;
}

// Sends each request again; every hop (redirects included) is one exchange, numbered by request.
QList<Exchange> sendAll(const QList<RequestSpec> &requests, const QList<int> &indexes)
{
    QList<Exchange> exchanges;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QList<Exchange> hops = ProbeEngine::run(requests.at(i));
        for (Exchange exchange : hops) {
            exchange.index = indexes.value(i, int(i));
            exchange.source = Exchange::Source::Replayed;
            exchanges.append(exchange);
        }
    }
    return exchanges;
}

struct Selection
{
    bool all = false;
    int entry = -1; // -1 = not given
};

// --entry N picks one; --all keeps all; otherwise the failing ones, or the last one if none fails.
Result<QList<Exchange>> select(const QList<Exchange> &exchanges, const Selection &selection, const QString &inputName)
{
    if (exchanges.isEmpty())
        return Error { DiagnoseText::tr("%1: holds no exchange to diagnose").arg(inputName) };
    if (selection.entry >= 0) {
        QList<Exchange> picked;
        for (const Exchange &exchange : exchanges) {
            if (exchange.index == selection.entry)
                picked.append(exchange);
        }
        if (picked.isEmpty())
            return Error { DiagnoseText::tr("--entry %1: %2 has entries 0 to %3")
                               .arg(selection.entry)
                               .arg(inputName)
                               .arg(exchanges.last().index) };
        return picked;
    }
    if (selection.all)
        return exchanges;
    QList<Exchange> failing;
    for (const Exchange &exchange : exchanges) {
        if (isFailure(exchange))
            failing.append(exchange);
    }
    if (failing.isEmpty())
        failing.append(exchanges.last());
    return failing;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"input"_s,
        DiagnoseText::tr("A raw HTTP response (as curl -i prints it), a HAR file, a curl command line, "
                         "a raw request or .http file, or a URL; '-' reads standard input."));
    parser.addOption({ u"entry"_s, DiagnoseText::tr("Only entry N of the input (HAR entry index, 0-based)."),
                       DiagnoseText::tr("n") });
    parser.addOption({ u"all"_s, DiagnoseText::tr("Diagnose every entry, not only the failing ones.") });
    parser.addOption({ u"rules"_s,
                       DiagnoseText::tr("Apply a user rule pack (JSON) on top of the built-in rules; repeatable."),
                       DiagnoseText::tr("file") });
    addReportOptions(parser);
}

struct Parsed
{
    QString input;
    Selection selection;
    ReportOutputOptions output;
    QStringList rulePacks;
};

// Parses the common options; returns the exit code to leave with, or nothing to go on.
std::optional<int> parse(const QString &command, QCommandLineParser &parser, const QStringList &arguments,
                         Parsed *parsed)
{
    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        writeOut(parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(command, DiagnoseText::tr("expected exactly one INPUT (see --help)"));
    parsed->input = positional.first();
    if (parser.isSet(u"entry"_s)) {
        bool ok = false;
        parsed->selection.entry = parser.value(u"entry"_s).toInt(&ok);
        if (!ok || parsed->selection.entry < 0)
            return usageError(command,
                              DiagnoseText::tr("--entry: '%1' is not an entry number").arg(parser.value(u"entry"_s)));
    }
    parsed->selection.all = parser.isSet(u"all"_s);
    const Result<ReportOutputOptions> output = reportOptionsFromParser(parser);
    if (!output)
        return usageError(command, output.error());
    parsed->output = output.value();
    parsed->rulePacks = RuleTree::discoverUserPacks() + parser.values(u"rules"_s);
    return std::nullopt;
}

Diagnoser diagnoserFor(const QStringList &packs)
{
    if (packs.isEmpty())
        return Diagnoser();
    QList<RuleLoadIssue> issues;
    const RuleTree tree = RuleTree::withUserPacks(packs, &issues);
    for (const RuleLoadIssue &issue : std::as_const(issues))
        writeErr(DiagnoseText::tr("gatescope: rule pack skipped, built-in rules kept: %1").arg(issue.toString())
                 + u'\n');
    return Diagnoser(tree);
}

int writeDiagnoses(const QString &kind, const QString &name, const QList<Exchange> &exchanges,
                   const Diagnoser &diagnoser, const ReportOutputOptions &output)
{
    ReportDocument document;
    document.inputKind = kind;
    document.inputName = name;
    document.createdAt = QDateTime::currentDateTimeUtc();
    for (const Exchange &exchange : exchanges)
        document.entries.append({ exchange, diagnoser.diagnose(exchange) });
    return writeReport(document, output);
}

} // namespace

int runDiagnoseCommand(const QStringList &arguments)
{
    const QString command = u"diagnose"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(DiagnoseText::tr(
        "Diagnose a 5xx or a failed request: which hop produced it, why, and what to do.\n"
        "Without --all, the failing entries of the input are diagnosed (or the last one if none fails)."));
    addCommonOptions(parser);
    Parsed parsed;
    if (const std::optional<int> exit = parse(command, parser, arguments, &parsed))
        return *exit;

    QString kind;
    QString name;
    QList<Exchange> exchanges;
    if (looksLikeUrl(parsed.input)) {
        const RequestSpec request = requestForUrl(parsed.input);
        if (!request.url.isValid() || request.url.host().isEmpty())
            return usageError(command, DiagnoseText::tr("'%1' is not a usable URL").arg(parsed.input));
        kind = u"url"_s;
        name = parsed.input;
        exchanges = sendAll({ request }, { 0 });
    } else {
        const Result<Capture> capture = importInput(parsed.input);
        if (!capture)
            return inputError(capture.error());
        kind = capture->kind;
        name = parsed.input == u"-" ? capture->name : QFileInfo(parsed.input).fileName();
        for (const QString &warning : capture->warnings)
            writeErr(u"gatescope: "_s + warning + u'\n');
        exchanges = capture->exchanges;
        if (exchanges.isEmpty() && !capture->requests.isEmpty()) {
            // A request without a recorded answer (curl line, raw request, .http file): send it now.
            QList<int> indexes;
            for (qsizetype i = 0; i < capture->requests.size(); ++i)
                indexes.append(int(i));
            exchanges = sendAll(capture->requests, indexes);
        }
    }
    const Result<QList<Exchange>> selected = select(exchanges, parsed.selection, name);
    if (!selected)
        return parsed.selection.entry >= 0 ? usageError(command, selected.error()) : inputError(selected.error());
    return writeDiagnoses(kind, name, selected.value(), diagnoserFor(parsed.rulePacks), parsed.output);
}

int runReplayCommand(const QStringList &arguments)
{
    const QString command = u"replay"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(DiagnoseText::tr(
        "Send the captured request(s) of INPUT again and diagnose what comes back.\n"
        "Every request is replayed (or only --entry N); --all also reports the replies that did not fail."));
    addCommonOptions(parser);
    Parsed parsed;
    if (const std::optional<int> exit = parse(command, parser, arguments, &parsed))
        return *exit;

    QString kind;
    QString name;
    QList<RequestSpec> requests;
    QList<int> indexes;
    if (looksLikeUrl(parsed.input)) {
        kind = u"url"_s;
        name = parsed.input;
        requests.append(requestForUrl(parsed.input));
        indexes.append(0);
    } else {
        const Result<Capture> capture = importInput(parsed.input);
        if (!capture)
            return inputError(capture.error());
        kind = capture->kind;
        name = parsed.input == u"-" ? capture->name : QFileInfo(parsed.input).fileName();
        for (const QString &warning : capture->warnings)
            writeErr(u"gatescope: "_s + warning + u'\n');
        for (qsizetype i = 0; i < capture->requests.size(); ++i) {
            if (parsed.selection.entry >= 0 && i != parsed.selection.entry)
                continue;
            requests.append(capture->requests.at(i));
            indexes.append(int(i));
        }
        if (capture->requests.isEmpty())
            return inputError(DiagnoseText::tr("%1: holds no request that could be sent again").arg(name));
        if (requests.isEmpty())
            return usageError(command,
                              DiagnoseText::tr("--entry %1: %2 has entries 0 to %3")
                                  .arg(parsed.selection.entry)
                                  .arg(name)
                                  .arg(capture->requests.size() - 1));
    }
    const QList<Exchange> replies = sendAll(requests, indexes);
    Selection selection = parsed.selection;
    selection.entry = -1; // already applied to the requests
    if (!selection.all && parsed.selection.entry >= 0)
        selection.all = true;
    const Result<QList<Exchange>> selected = select(replies, selection, name);
    if (!selected)
        return inputError(selected.error());
    return writeDiagnoses(kind, name, selected.value(), diagnoserFor(parsed.rulePacks), parsed.output);
}

} // namespace Gatescope::Cli
