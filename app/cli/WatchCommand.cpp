#include "cli/WatchCommand.h"

#include "cli/CommandLine.h"
#include "cli/DiagnoseCommand.h"
#include "cli/InterruptibleSend.h"
#include "cli/TerminalOutput.h"
#include "diagnosis/Diagnoser.h"
#include "diagnosis/Fingerprints.h"
#include "report/ReportFile.h"
#include "series/KeepAliveReport.h"
#include "series/SeriesRunner.h"
#include "series/SeriesSummary.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

struct WatchText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Cli::WatchCommand)
};

int usageError(const QString &message)
{
    return usageFailure(u"watch"_s, message);
}

} // namespace

std::optional<qint64> durationMs(const QString &text)
{
    QString number = text.trimmed().toLower();
    double unitMs = 1000;
    if (number.endsWith(u'h')) {
        unitMs = 3600 * 1000;
        number.chop(1);
    } else if (number.endsWith(u'm')) {
        unitMs = 60 * 1000;
        number.chop(1);
    } else if (number.endsWith(u's')) {
        number.chop(1);
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0 || value * unitMs > 1e12)
        return std::nullopt;
    return qint64(std::llround(value * unitMs));
}

int runWatchCommand(const Invocation &invocation)
{
    const OptionValues &options = invocation.options;
    if (options.isSet(u"reuse-connections"_s) && options.isSet(u"new-connections"_s))
        return usageError(WatchText::tr("--reuse-connections and --new-connections exclude each other"));

    SeriesOptions series;
    const std::optional<qint64> every = durationMs(options.value(u"every"_s));
    if (!every)
        return usageError(WatchText::tr("--every: '%1' is not a number of seconds").arg(options.value(u"every"_s)));
    series.intervalMs = int(std::min<qint64>(*every, INT_MAX));
    bool ok = false;
    series.count = options.value(u"count"_s).toInt(&ok);
    if (!ok)
        return usageError(WatchText::tr("--count: '%1' is not a number").arg(options.value(u"count"_s)));
    if (options.isSet(u"for"_s)) {
        const std::optional<qint64> duration = durationMs(options.value(u"for"_s));
        if (!duration)
            return usageError(WatchText::tr("--for: '%1' is not a duration (such as 90, 30s, 10m or 2h)")
                                  .arg(options.value(u"for"_s)));
        series.durationMs = *duration;
        // --for without --count: as many requests as fit into the duration.
        if (!options.isSet(u"count"_s))
            series.count
                = int(std::min<qint64>(SeriesOptions::MaxCount + 1LL, *duration / std::max(1, series.intervalMs)));
    }
    series.connections = options.isSet(u"reuse-connections"_s) ? ConnectionPolicy::Reuse : ConnectionPolicy::New;
    QString problem;
    SeriesOptions::bounded(series, &problem);
    if (!problem.isEmpty())
        return usageError(problem);

    int entry = -1;
    if (options.isSet(u"entry"_s)) {
        entry = options.value(u"entry"_s).toInt(&ok);
        if (!ok || entry < 0)
            return usageError(WatchText::tr("--entry: '%1' is not an entry number").arg(options.value(u"entry"_s)));
    }
    QString name;
    Result<RequestSpec> request = requestFromInput(invocation.arguments.constFirst(), entry, &name);
    if (!request) {
        writeErr(u"gatescope: "_s + QString(request.error()).replace(u'\n', u' ') + u'\n');
        return 1;
    }
    if (options.isSet(u"insecure"_s))
        request->options.verifyTls = false;

    const bool json = options.value(u"format"_s) == u"json";
    const QString output = options.value(u"output"_s);
    const bool toFile = !output.isEmpty() && output != u"-";
    // The bounds and the target before anything is sent: nothing runs against an address unseen.
    const QString connections = series.connections == ConnectionPolicy::Reuse
        ? WatchText::tr("reusing connections")
        : WatchText::tr("a new connection each time");
    const QString target = QString::fromLatin1(request->method) + u' ' + request->url.toString(QUrl::RemoveUserInfo);
    writeErr(u"gatescope: "_s
             + (series.durationMs > 0
                    ? WatchText::tr("watching %1: up to %n request(s), one every %2 s, stopping after %3 s, %4",
                                    nullptr, series.count)
                          .arg(target)
                          .arg(series.intervalMs / 1000.0)
                          .arg(double(series.durationMs) / 1000.0)
                          .arg(connections)
                    : WatchText::tr("watching %1: %n request(s), one every %2 s, %3", nullptr, series.count)
                          .arg(target)
                          .arg(series.intervalMs / 1000.0)
                          .arg(connections))
             + u'\n');

    SeriesRunner runner;
    QEventLoop loop;
    QObject::connect(&runner, &SeriesRunner::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QObject::connect(&runner, &SeriesRunner::sampleFinished, &runner, [json, toFile](const SeriesSample &sample) {
        const QString line = SeriesReport::sampleLine(sample) + u'\n';
        // The lines go to the terminal as they come; with JSON or a file they are progress on stderr.
        if (json || toFile)
            writeErr(line);
        else
            writeOut(line);
    });
    runner.start(request.value(), series);
    if (runner.isRunning())
        execInterruptibly(loop, [&runner] { runner.cancel(); });

    const SeriesSummary summary = SeriesSummary::of(runner.samples(), Diagnoser(), runner.wasCancelled());
    const QByteArray bytes = json
        ? QJsonDocument(SeriesReport::json(request.value(), runner.options(), runner.samples(), summary)).toJson()
        : SeriesReport::text(summary).toUtf8();
    if (!toFile) {
        writeOut(bytes);
    } else if (const Result<qint64> saved = ReportFile::save(output, bytes); !saved) {
        writeErr(u"gatescope: "_s + saved.error() + u'\n');
        return 1;
    }
    return runner.wasCancelled() ? InterruptedExitCode : 0;
}

int runKeepAliveCommand(const Invocation &invocation)
{
    const OptionValues &options = invocation.options;
    auto fail = [](const QString &message) {
        writeErr(u"gatescope keepalive: "_s + message + u'\n');
        return 2;
    };
    const std::optional<qint64> maxIdle = durationMs(options.value(u"max-idle"_s));
    if (!maxIdle || *maxIdle > KeepAliveProbe::MaxIdleMs)
        return fail(WatchText::tr("--max-idle: '%1' is not a number of seconds up to %2")
                        .arg(options.value(u"max-idle"_s))
                        .arg(KeepAliveProbe::MaxIdleMs / 1000));
    double frontSeconds = 0;
    if (options.isSet(u"front-timeout"_s)) {
        const std::optional<qint64> ms = durationMs(options.value(u"front-timeout"_s));
        if (!ms)
            return fail(WatchText::tr("--front-timeout: '%1' is not a number of seconds")
                            .arg(options.value(u"front-timeout"_s)));
        frontSeconds = double(*ms) / 1000.0;
    }
    std::optional<FrontHop> front;
    if (options.isSet(u"front"_s) || frontSeconds > 0) {
        QString problem;
        front = FrontHop::of(FingerprintCatalog::builtIn(), options.value(u"front"_s), frontSeconds, &problem);
        if (!front)
            return fail(u"--front: "_s + problem);
    }
    const QString input = invocation.arguments.constFirst();
    RequestSpec request;
    request.url = QUrl::fromUserInput(input);
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return fail(WatchText::tr("'%1' is not an http:// or https:// URL").arg(input));
    request.headers.append(HeaderField { "Accept", "*/*" });
    if (options.isSet(u"insecure"_s))
        request.options.verifyTls = false;

    writeErr(u"gatescope: "_s
             + WatchText::tr("one request to %1, then watching the idle connection for at most %2 s")
                   .arg(request.url.toString(QUrl::RemoveUserInfo))
                   .arg(double(*maxIdle) / 1000.0)
             + u'\n');
    KeepAliveProbe probe;
    QEventLoop loop;
    QObject::connect(&probe, &KeepAliveProbe::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    probe.start(request, int(*maxIdle));
    if (probe.isRunning())
        execInterruptibly(loop, [&probe] { probe.cancel(); });
    const KeepAliveVerdict verdict = KeepAliveVerdict::of(probe.result(), front);
    if (options.value(u"format"_s) == u"json")
        writeOut(QJsonDocument(KeepAliveReport::json(request.url, probe.result(), verdict)).toJson());
    else
        writeOut(KeepAliveReport::text(probe.result(), verdict));
    return probe.result().cancelled ? InterruptedExitCode : 0;
}

} // namespace Gatescope::Cli
