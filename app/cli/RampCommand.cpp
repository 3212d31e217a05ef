#include "cli/RampCommand.h"

#include "cli/CommandLine.h"
#include "cli/DiagnoseCommand.h"
#include "cli/InterruptibleSend.h"
#include "cli/TerminalOutput.h"
#include "report/ReportFile.h"
#include "series/LoadScriptExporter.h"
#include "series/RampReport.h"
#include "series/RampRunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

struct RampText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Cli::RampCommand)
};

int usageError(const QString &message)
{
    return usageFailure(u"ramp"_s, message);
}

} // namespace

int runRampCommand(const Invocation &invocation)
{
    const OptionValues &options = invocation.options;
    // The same values as convert --ramp FROM:TO:STEP:HOLD, read by the same parser.
    const QString ramp = QStringList { options.value(u"from"_s), options.value(u"to"_s), options.value(u"step"_s),
                                       options.value(u"hold"_s) }
                             .join(u':');
    const Result<LoadRamp> levels = LoadRamp::parse(ramp);
    if (!levels)
        return usageError(RampText::tr("--from/--to/--step/--hold: %1").arg(levels.error()));
    int maxRequests = 0;
    if (options.isSet(u"max-requests"_s)) {
        bool ok = false;
        maxRequests = options.value(u"max-requests"_s).toInt(&ok);
        if (!ok || maxRequests < 1)
            return usageError(
                RampText::tr("--max-requests: '%1' is not a positive number").arg(options.value(u"max-requests"_s)));
    }
    RampOptions bounds = RampOptions::of(levels.value(), maxRequests);
    if (options.isSet(u"open-loop"_s))
        bounds.loop = RampOptions::Loop::Open;
    if (options.isSet(u"max-in-flight"_s)) {
        bool ok = false;
        bounds.maxInFlight = options.value(u"max-in-flight"_s).toInt(&ok);
        if (!ok || bounds.maxInFlight < 1)
            return usageError(
                RampText::tr("--max-in-flight: '%1' is not a positive number").arg(options.value(u"max-in-flight"_s)));
        if (!bounds.openLoop())
            return usageError(RampText::tr("--max-in-flight is for --open-loop (in the closed loop --to is the most "
                                           "in flight)"));
    }
    if (const QString invalid = bounds.invalid(); !invalid.isEmpty())
        return usageError(invalid);
    if (const QStringList above = bounds.aboveGentleCaps(); !above.isEmpty() && !options.isSet(u"i-know"_s))
        return usageError(RampText::tr("this ramp goes above the gentle caps: %1. Add --i-know if the server is "
                                       "yours to load.")
                              .arg(above.join(u"; ")));

    int entry = -1;
    if (options.isSet(u"entry"_s)) {
        bool ok = false;
        entry = options.value(u"entry"_s).toInt(&ok);
        if (!ok || entry < 0)
            return usageError(RampText::tr("--entry: '%1' is not an entry number").arg(options.value(u"entry"_s)));
    }
    Result<RequestSpec> request = requestFromInput(invocation.arguments.constFirst(), entry);
    if (!request) {
        writeErr(u"gatescope: "_s + QString(request.error()).replace(u'\n', u' ') + u'\n');
        return 1;
    }
    if (options.isSet(u"insecure"_s))
        request->options.verifyTls = false;

    const bool json = options.value(u"format"_s) == u"json";
    const QString output = options.value(u"output"_s);
    const bool toFile = !output.isEmpty() && output != u"-";
    // The target and the bounds before the first request.
    writeErr(u"gatescope: "_s + RampReport::plan(request.value(), bounds) + u'\n');

    RampRunner runner;
    QEventLoop loop;
    QObject::connect(&runner, &RampRunner::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    bool headerWritten = false;
    QObject::connect(&runner, &RampRunner::stepFinished, &runner,
                     [json, toFile, &headerWritten, loop = bounds.loop](const RampStep &step) {
                         QString line;
                         if (!headerWritten)
                             line = RampReport::stepHeader(loop) + u'\n';
                         headerWritten = true;
                         line += RampReport::stepLine(step) + u'\n';
                         // The lines go to the terminal as steps end; with JSON or a file they are progress.
                         if (json || toFile)
                             writeErr(line);
                         else
                             writeOut(line);
                     });
    runner.start(request.value(), bounds);
    if (runner.isRunning())
        execInterruptibly(loop, [&runner] { runner.cancel(); });

    const RampKnee knee = RampKnee::of(runner.steps());
    QByteArray bytes;
    if (json) {
        bytes = QJsonDocument(RampReport::json(request.value(), bounds, runner.steps(), knee, runner.wasCancelled()))
                    .toJson();
    } else {
        QString text;
        if (runner.wasCancelled())
            text += RampText::tr("Stopped by you after %n step(s).", nullptr, int(runner.steps().size())) + u'\n';
        if (toFile) {
            text += RampReport::stepHeader(bounds.loop) + u'\n';
            for (const RampStep &step : runner.steps())
                text += RampReport::stepLine(step) + u'\n';
        }
        text += RampReport::kneeText(knee, runner.steps());
        bytes = text.toUtf8();
    }
    if (!toFile) {
        writeOut(bytes);
    } else if (const Result<qint64> saved = ReportFile::save(output, bytes); !saved) {
        writeErr(u"gatescope: "_s + saved.error() + u'\n');
        return 1;
    }
    return runner.wasCancelled() ? InterruptedExitCode : 0;
}

} // namespace Gatescope::Cli
