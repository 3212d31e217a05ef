#include "cli/ConvertCommand.h"

#include "capture/CaptureImporter.h"
#include "capture/CurlExporter.h"
#include "capture/HarExporter.h"
#include "capture/HttpFileExporter.h"
#include "capture/InvokeWebRequestExporter.h"
#include "cli/CommandLine.h"
#include "cli/ReportOutput.h"
#include "cli/TerminalOutput.h"
#include "redaction/Redactor.h"
#include "series/LoadScriptExporter.h"
#include "series/RampRunner.h"
#include "series/SeriesRunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

struct ConvertText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Cli::ConvertCommand)
};

int inputError(const QString &message)
{
    writeErr(u"gatescope convert: "_s + message + u'\n');
    return 1;
}

QList<RequestSpec> requestsOf(const Capture &capture)
{
    if (!capture.requests.isEmpty())
        return capture.requests;
    QList<RequestSpec> requests;
    for (const Exchange &exchange : capture.exchanges) {
        if (exchange.request.url.isValid() && !exchange.request.url.host().isEmpty())
            requests.append(exchange.request);
    }
    return requests;
}

// What the output says about redaction, as its own comment (HAR log.comment, "# …" line).
QString redactionNote(const RedactionOptions &options, const RedactionSummary &summary)
{
    if (!options.enabled)
        return ConvertText::tr("Gatescope redaction was OFF (--no-redact): this file may hold live credentials.");
    if (summary.isEmpty())
        return ConvertText::tr("Redacted by Gatescope: no credentials were found to hide.");
    //: %1 = number of values, %2 = the list by kind ("1 × authorization value")
    return ConvertText::tr("Redacted by Gatescope: %n value(s) hidden — %1. Convert with --no-redact to keep them.",
                           nullptr, summary.total())
        .arg(summary.describe());
}

} // namespace

int runConvertCommand(const Invocation &invocation)
{
    const QString format = invocation.options.value(u"to"_s); // for messages: "curl", "http"
    const RedactionOptions &redaction = invocation.redaction;

    const QString input = invocation.arguments.constFirst();
    Result<Capture> imported = Error {};
    if (input == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return inputError(ConvertText::tr("cannot read standard input"));
        imported = CaptureImporter::importText(in.readAll(), ConvertText::tr("standard input"));
    } else {
        imported = CaptureImporter::importFile(input);
    }
    if (!imported)
        return inputError(imported.error());
    Capture capture = std::move(imported).value();
    for (const QString &warning : std::as_const(capture.warnings))
        writeErr(ConvertText::tr("gatescope convert: warning: %1").arg(warning) + u'\n');

    // Redact exactly what the chosen output writes, so each secret is counted once: a HAR holds
    // the exchanges (or, without any, the requests); curl and .http the requests.
    RedactionSummary summary;
    const QString outputPath = invocation.options.value(u"output"_s);
    const bool toStandardOutput = outputPath.isEmpty() || outputPath == u"-";
    QByteArray output;
    if (invocation.convertTo == CaptureFormat::Har) {
        // On every core, counted as one Redactor would.
        if (!capture.exchanges.isEmpty())
            summary = redactInParallel(capture.exchanges, redaction,
                                       [](Redactor &r, Exchange &exchange) { exchange = r.redact(exchange); });
        else
            summary = redactInParallel(capture.requests, redaction,
                                       [](Redactor &r, RequestSpec &request) { request = r.redactRequest(request); });
        // Written entry by entry: a HAR of hundreds of megabytes needs no second copy in memory.
        const QString note = redactionNote(redaction, summary);
        OutputDestination out(outputPath);
        if (!out.open() || !HarExporter::writeHar(out.device(), capture, note) || !out.finish()) {
            if (toStandardOutput)
                return inputError(ConvertText::tr("standard output: cannot write: %1").arg(out.errorString()));
            return inputError(ConvertText::tr("%1: cannot write: %2").arg(outputPath, out.errorString()));
        }
    } else if (invocation.convertTo == CaptureFormat::Locust || invocation.convertTo == CaptureFormat::K6) {
        const QList<RequestSpec> requests = requestsOf(capture);
        if (requests.isEmpty())
            return inputError(
                ConvertText::tr("%1: holds no request (a response alone); there is nothing to write as %2")
                    .arg(capture.name, format));
        const OptionValues &given = invocation.options;
        const auto usage = [](const QString &message) {
            writeErr(u"gatescope convert: "_s + message + u'\n');
            return 2;
        };
        std::optional<LoadRamp> ramp;
        if (given.isSet(u"ramp"_s)) {
            Result<LoadRamp> parsed = LoadRamp::parse(given.value(u"ramp"_s));
            if (!parsed)
                return usage(parsed.error());
            ramp = parsed.value();
        }
        // A watch as a load script: one user, a round every S seconds, N rounds.
        double every = 0;
        int rounds = 0;
        if (given.isSet(u"every"_s)) {
            if (ramp)
                return usage(ConvertText::tr("--every and --ramp: give one of them"));
            bool ok = false;
            every = given.value(u"every"_s).toDouble(&ok);
            if (!ok || every * 1000 < SeriesOptions::MinIntervalMs || every * 1000 > SeriesOptions::MaxIntervalMs)
                return usage(ConvertText::tr("--every: '%1' is not a number of seconds from %2 to %3")
                                 .arg(given.value(u"every"_s))
                                 .arg(SeriesOptions::MinIntervalMs / 1000.0)
                                 .arg(SeriesOptions::MaxIntervalMs / 1000));
            rounds = SeriesOptions::DefaultCount;
            if (given.isSet(u"count"_s)) {
                rounds = given.value(u"count"_s).toInt(&ok);
                if (!ok || rounds < 1 || rounds > SeriesOptions::MaxCount)
                    return usage(ConvertText::tr("--count: '%1' is not a whole number from 1 to %2")
                                     .arg(given.value(u"count"_s))
                                     .arg(SeriesOptions::MaxCount));
            }
            const qint64 seconds = qint64(std::ceil(every * rounds));
            if (seconds * 1000 > SeriesOptions::MaxDurationMs)
                return usage(ConvertText::tr("--every %1 --count %2 lasts more than %3 hours")
                                 .arg(every)
                                 .arg(rounds)
                                 .arg(SeriesOptions::MaxDurationMs / 3600000));
            ramp = LoadRamp { 1, 1, 1, int(std::max<qint64>(1, seconds)) };
        } else if (given.isSet(u"count"_s)) {
            return usage(ConvertText::tr("--count is for --every"));
        }
        int budget = rounds * int(requests.size());
        if (given.isSet(u"max-requests"_s)) {
            if (!ramp)
                return usage(ConvertText::tr("--max-requests is for --ramp or --every"));
            bool ok = false;
            budget = given.value(u"max-requests"_s).toInt(&ok);
            if (!ok || budget < 1 || budget > RampOptions::HardMaxRequests)
                return usage(ConvertText::tr("--max-requests: '%1' is not a whole number from 1 to %2")
                                 .arg(given.value(u"max-requests"_s))
                                 .arg(RampOptions::HardMaxRequests));
        }
        LoadScriptExporter exporter(requests, ramp, capture.name);
        exporter.setRequestBudget(budget);
        if (every > 0)
            exporter.setPacing(every);
        output = exporter.script(invocation.convertTo == CaptureFormat::Locust ? LoadScriptExporter::Engine::Locust
                                                                               : LoadScriptExporter::Engine::K6);
        const QStringList variables = exporter.secretVariables();
        if (!variables.isEmpty())
            writeErr(ConvertText::tr("gatescope convert: credentials are read from the environment: %1")
                         .arg(variables.join(u"; "_s))
                     + u'\n');
    } else {
        QList<RequestSpec> requests = requestsOf(capture);
        if (requests.isEmpty())
            return inputError(
                ConvertText::tr("%1: holds no request (a response alone); there is nothing to write as %2")
                    .arg(capture.name, format));
        summary = redactInParallel(requests, redaction,
                                   [](Redactor &r, RequestSpec &request) { request = r.redactRequest(request); });
        const QString note = redactionNote(redaction, summary);
        const QString shell = invocation.options.value(u"shell"_s);
        if (invocation.convertTo == CaptureFormat::Curl && shell == u"powershell") {
            // PowerShell's comments start with '#' as bash's do.
            output = CurlExporter::commentLines(note);
            for (qsizetype i = 0; i < requests.size(); ++i)
                output += (i ? "\n" : "") + InvokeWebRequestExporter::toPowerShell(requests.at(i));
        } else if (invocation.convertTo == CaptureFormat::Curl) {
            CurlExporter::Options options;
            options.comment = note;
            options.shell = shell == u"cmd" ? CurlExporter::Shell::Cmd : CurlExporter::Shell::Bash;
            output = CurlExporter::toCurl(requests, options);
        } else {
            output = HttpFileExporter::toHttpFile(requests, note);
        }
    }

    if (invocation.convertTo == CaptureFormat::Har) {
        // written above
    } else if (toStandardOutput) {
        writeOut(output);
    } else {
        // A device such as /dev/null is written directly, never replaced by a saved file.
        OutputDestination file(outputPath);
        if (!file.open() || file.device()->write(output) != output.size() || !file.finish())
            return inputError(ConvertText::tr("%1: cannot write: %2").arg(outputPath, file.errorString()));
    }
    if (invocation.convertTo == CaptureFormat::Locust || invocation.convertTo == CaptureFormat::K6)
        return 0; // no credential is written: they come from the environment
    if (!redaction.enabled)
        writeErr(ConvertText::tr("gatescope convert: redaction is off: the output may hold live credentials") + u'\n');
    else
        writeErr(
            ConvertText::tr("gatescope convert: redacted: %1 (use --no-redact to keep them)").arg(summary.describe())
            + u'\n');
    return 0;
}

} // namespace Gatescope::Cli
