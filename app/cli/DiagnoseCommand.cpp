#include "cli/DiagnoseCommand.h"

#include "capture/CaptureImporter.h"
#include "cli/CommandLine.h"
#include "cli/InterruptibleSend.h"
#include "cli/LogsCommand.h"
#include "cli/ProbeCommand.h"
#include "cli/ReportOutput.h"
#include "cli/TerminalOutput.h"
#include "diagnosis/Diagnoser.h"
#include "diagnosis/RuleTree.h"
#include "logs/LogJoin.h"
#include "logs/QuotedLogLines.h"
#include "probe/ProbeEngine.h"
#include "report/ReportDocument.h"
#include "series/LoadTestResults.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

// The diagnose and replay commands' user-visible texts.
struct DiagnoseText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Cli::DiagnoseCommand)
};

constexpr qint64 MaxStdinBytes = 64 * 1024 * 1024;

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
// `text` receives the input's bytes when it is a small text (standard input or a file of at
// most QuotedLogLines::MaxTextBytes), for the log lines quoted in it.
Result<Capture> importInput(const QString &input, QByteArray *text = nullptr)
{
    if (input == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error { DiagnoseText::tr("standard input: cannot read") };
        const QByteArray bytes = in.read(MaxStdinBytes + 1);
        if (bytes.size() > MaxStdinBytes)
            return Error { DiagnoseText::tr("standard input: more than %1 MB").arg(MaxStdinBytes / (1024 * 1024)) };
        if (text && bytes.size() <= QuotedLogLines::MaxTextBytes)
            *text = bytes;
        return CaptureImporter::importText(bytes, DiagnoseText::tr("standard input"));
    }
    if (text) {
        QFile file(input);
        if (file.size() <= QuotedLogLines::MaxTextBytes && file.open(QIODevice::ReadOnly))
            *text = file.readAll();
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
    for (qsizetype i = 0; i < requests.size() && !wasInterrupted(); ++i) {
        // Ctrl+C ends the request under way as cancelled by you; the ones after it are not sent.
        const QList<Exchange> hops = sendInterruptibly(requests.at(i));
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

struct Selected
{
    QList<Exchange> exchanges;
    int omittedHealthy = 0; // healthy exchanges left out (reports summarise them in one row)
};

// --entry N picks one; --all keeps all; otherwise the failing ones, or the last one if none fails.
Result<Selected> select(const QList<Exchange> &exchanges, const Selection &selection, const QString &inputName)
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
        return Selected { picked, 0 };
    }
    if (selection.all)
        return Selected { exchanges, 0 };
    QList<Exchange> failing;
    for (const Exchange &exchange : exchanges) {
        if (isFailure(exchange))
            failing.append(exchange);
    }
    if (failing.isEmpty())
        failing.append(exchanges.last());
    const int omitted = int(exchanges.size() - failing.size());
    return Selected { failing, omitted };
}

struct Parsed
{
    QString input;
    Selection selection;
    ReportOutputOptions output;
    QStringList rulePacks;
    QStringList logs; // --log FILE…
    TimeoutCorrections timeoutCorrections; // --timeout HOP:KIND=SECONDS…
    std::optional<ProbeOptions::HttpVersion> httpVersion; // --http1.1 / --http2 / …; nullopt = the capture's
    QString httpVersionError; // more than one of them
};

// diagnose and replay take the same options, checked by Cli::parse.
Parsed parsedFrom(const Invocation &invocation)
{
    Parsed parsed;
    parsed.input = invocation.arguments.constFirst();
    parsed.selection.entry = invocation.entry;
    parsed.selection.all = invocation.options.isSet(u"all"_s);
    parsed.output = invocation.report;
    parsed.rulePacks = RuleTree::discoverUserPacks() + invocation.options.values(u"rules"_s);
    parsed.logs = invocation.options.values(u"log"_s);
    parsed.timeoutCorrections = invocation.timeoutCorrections;
    const Result<std::optional<ProbeOptions::HttpVersion>> version = httpVersionOption(invocation.options);
    if (version)
        parsed.httpVersion = version.value();
    else
        parsed.httpVersionError = version.error();
    return parsed;
}

// The built-in rules with the user's packs, and the timeouts the user gave (--timeout).
Diagnoser diagnoserFor(const Parsed &parsed)
{
    Diagnoser diagnoser;
    if (!parsed.rulePacks.isEmpty()) {
        QList<RuleLoadIssue> issues;
        const RuleTree tree = RuleTree::withUserPacks(parsed.rulePacks, &issues);
        for (const RuleLoadIssue &issue : std::as_const(issues))
            writeErr(DiagnoseText::tr("gatescope: rule pack skipped, built-in rules kept: %1").arg(issue.toString())
                     + u'\n');
        diagnoser = Diagnoser(tree);
    }
    diagnoser.setTimeoutCorrections(parsed.timeoutCorrections);
    return diagnoser;
}

int writeDiagnoses(const QString &kind, const QString &name, Selected selected, const Diagnoser &diagnoser,
                   const Parsed &parsed)
{
    const ReportOutputOptions &output = parsed.output;
    const QStringList &logs = parsed.logs;
    ReportDocument document;
    document.timeoutCorrections = parsed.timeoutCorrections;
    document.inputKind = kind;
    document.inputName = name;
    document.createdAt = QDateTime::currentDateTimeUtc();
    document.omittedHealthy = selected.omittedHealthy;
    if (logs.isEmpty()
        && std::any_of(selected.exchanges.cbegin(), selected.exchanges.cend(), [](const Exchange &exchange) {
               return !exchange.quotedLogLines.isEmpty() || !exchange.quotedLinesProduct.isEmpty();
           })) {
        // The paste quotes the gateway's own log lines (they are about the request it shows), or its
        // words name the gateway next to the status.
        for (const Exchange &exchange : std::as_const(selected.exchanges))
            document.entries.append(QuotedLogLines::diagnoseWithLogs(diagnoser, exchange, {}));
        selected.exchanges.clear();
        return writeReport(std::move(document), output);
    }
    if (!logs.isEmpty()) {
        // The failure lines of every log (5xx, or a line that names a failure) are joined to each
        // exchange and decide with the rest of its evidence.
        const Result<QList<LogRecord>> records = readLogFiles(logs, LogScanOptions());
        if (!records)
            return inputError(records.error());
        for (const Exchange &exchange : std::as_const(selected.exchanges))
            document.entries.append(LogJoin::diagnose(diagnoser, exchange, records.value()));
        selected.exchanges.clear();
        return writeReport(std::move(document), output);
    }
    // Diagnosed on every core (in input order), then handed over to the report without a copy.
    const QList<Diagnosis> diagnoses = diagnoser.diagnoseAll(selected.exchanges);
    document.entries.reserve(selected.exchanges.size());
    for (qsizetype i = 0; i < selected.exchanges.size(); ++i)
        document.entries.append({ std::move(selected.exchanges[i]), diagnoses.at(i), std::nullopt });
    selected.exchanges.clear();
    return writeReport(std::move(document), output);
}

} // namespace

int runDiagnoseCommand(const Invocation &invocation)
{
    const QString command = u"diagnose"_s;
    const Parsed parsed = parsedFrom(invocation);
    if (!parsed.httpVersionError.isEmpty())
        return usageFailure(command, parsed.httpVersionError);

    QString kind;
    QString name;
    QList<Exchange> exchanges;
    if (looksLikeUrl(parsed.input)) {
        RequestSpec request = requestForUrl(parsed.input);
        request.options.httpVersion = parsed.httpVersion.value_or(ProbeOptions::HttpVersion::Http11);
        if (!request.url.isValid() || request.url.host().isEmpty())
            return usageFailure(command, DiagnoseText::tr("'%1' is not a usable URL").arg(parsed.input));
        kind = u"url"_s;
        name = parsed.input;
        // The one case where diagnose sends: the user named a URL, not a capture.
        writeErr(DiagnoseText::tr("gatescope: sent a GET request to %1 to diagnose its answer (a file or standard "
                                  "input is only read, never sent)")
                     .arg(request.url.toDisplayString())
                 + u'\n');
        exchanges = sendAll({ request }, { 0 });
    } else {
        QByteArray text;
        Result<Capture> capture = Error {};
        QFile results(parsed.input);
        std::optional<Capture> loadRun; // Locust's failures CSV or k6's JSON results
        // Read whole only when its start is one (a HAR of tens of megabytes is not read twice).
        if (parsed.input != u"-" && results.open(QIODevice::ReadOnly) && results.size() <= MaxStdinBytes
            && LoadTestResults::recognises(results.peek(LoadTestResults::HeadBytes)))
            loadRun = LoadTestResults::read(results.readAll(), QFileInfo(parsed.input).fileName());
        if (loadRun)
            capture = std::move(*loadRun);
        else
            capture = importInput(parsed.input, &text);
        const bool textInput = !capture || capture->kind != u"har";
        // Gateway log lines the text quotes are kept with what it holds (or stand for the request
        // when it holds nothing else); given log files (--log) take their place.
        const QString textName = parsed.input == u"-" ? u"-"_s : QFileInfo(parsed.input).fileName();
        const bool quoting = parsed.logs.isEmpty() && textInput && !text.isEmpty();
        if (!capture) {
            if (!quoting || QuotedLogLines::quoteInto(exchanges, text, textName) == 0)
                return inputError(capture.error());
            // Nothing but gateway log lines (and words around them): the request they are about.
            kind = u"log"_s;
            name = parsed.input == u"-" ? DiagnoseText::tr("standard input") : QFileInfo(parsed.input).fileName();
        } else {
            kind = capture->kind;
            name = parsed.input == u"-" ? capture->name : QFileInfo(parsed.input).fileName();
            for (const QString &warning : capture->warnings)
                writeErr(u"gatescope: "_s + warning + u'\n');
            exchanges = capture->exchanges;
            if (quoting)
                QuotedLogLines::quoteInto(exchanges, text, textName);
            if (exchanges.isEmpty() && !capture->requests.isEmpty()) {
                // Requests without a recorded answer (curl line, raw request, .http file): diagnose only
                // reads; sending them is replay's job, which the user asks for by name.
                const QString file = parsed.input == u"-" ? u"FILE"_s : parsed.input;
                return inputError(DiagnoseText::tr("%1: holds %n request(s) and no response, so there is nothing to "
                                                   "diagnose; to send them and diagnose the answers run: gatescope "
                                                   "replay %2",
                                                   "", int(capture->requests.size()))
                                      .arg(name, file));
            }
        }
    }
    Result<Selected> selected = select(exchanges, parsed.selection, name);
    exchanges.clear();
    if (!selected)
        return parsed.selection.entry >= 0 ? usageFailure(command, selected.error()) : inputError(selected.error());
    return writeDiagnoses(kind, name, std::move(selected).value(), diagnoserFor(parsed), parsed);
}

int runReplayCommand(const Invocation &invocation)
{
    const QString command = u"replay"_s;
    const Parsed parsed = parsedFrom(invocation);
    if (!parsed.httpVersionError.isEmpty())
        return usageFailure(command, parsed.httpVersionError);

    QString kind;
    QString name;
    QList<RequestSpec> requests;
    QList<int> indexes;
    if (looksLikeUrl(parsed.input)) {
        kind = u"url"_s;
        name = parsed.input;
        requests.append(requestForUrl(parsed.input));
        requests.last().options.httpVersion = parsed.httpVersion.value_or(ProbeOptions::HttpVersion::Http11);
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
            if (parsed.httpVersion) // else the capture's own: a HAR entry recorded over h2 replays over h2
                requests.last().options.httpVersion = *parsed.httpVersion;
            indexes.append(int(i));
            const bool overHttp3
                = std::any_of(capture->exchanges.cbegin(), capture->exchanges.cend(), [i](const Exchange &recorded) {
                      return recorded.index == i && recorded.response && recorded.response->httpVersion == "HTTP/3";
                  });
            if (overHttp3 && requests.last().options.httpVersion != ProbeOptions::HttpVersion::Http11)
                writeErr(DiagnoseText::tr("gatescope: entry %1 was recorded over HTTP/3; it is replayed over HTTP/2 "
                                          "(Gatescope does not speak QUIC)")
                             .arg(i)
                         + u'\n');
        }
        if (capture->requests.isEmpty())
            return inputError(DiagnoseText::tr("%1: holds no request that could be sent again").arg(name));
        if (requests.isEmpty())
            return usageFailure(command,
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
    Result<Selected> selected = select(replies, selection, name);
    if (!selected)
        return inputError(selected.error());
    const int written = writeDiagnoses(kind, name, std::move(selected).value(), diagnoserFor(parsed), parsed);
    return written == 0 && wasInterrupted() ? InterruptedExitCode : written;
}

Result<RequestSpec> requestFromInput(const QString &input, int entry, QString *name)
{
    if (looksLikeUrl(input)) {
        if (name)
            *name = input;
        return requestForUrl(input);
    }
    const Result<Capture> capture = importInput(input);
    if (!capture)
        return Error { capture.error() };
    const QString inputName = input == u"-" ? capture->name : QFileInfo(input).fileName();
    if (name)
        *name = inputName;
    if (capture->requests.isEmpty())
        return Error { DiagnoseText::tr("%1: holds no request that could be sent again").arg(inputName) };
    if (entry >= capture->requests.size())
        return Error { DiagnoseText::tr("--entry %1: %2 has entries 0 to %3")
                           .arg(entry)
                           .arg(inputName)
                           .arg(capture->requests.size() - 1) };
    return capture->requests.at(std::max(0, entry));
}

} // namespace Gatescope::Cli
