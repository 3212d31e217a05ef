#include "series/RampReport.h"

#include "diagnosis/CauseTitles.h"
#include "model/Durations.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::RampReport)
};

QJsonValue number(double value)
{
    return value < 0 || std::isnan(value) ? QJsonValue() : QJsonValue(std::round(value * 1000) / 1000);
}

QString percent(double share)
{
    return QString::number(share * 100, 'f', 1) + u" %"_s;
}

QString endId(RampStep::End end)
{
    switch (end) {
    case RampStep::End::Hold:
        return u"hold"_s;
    case RampStep::End::Budget:
        return u"budget"_s;
    case RampStep::End::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString statusList(const QList<int> &statuses)
{
    QStringList parts;
    for (int status : statuses)
        parts.append(status > 0 ? QString::number(status) : Tr::tr("no response"));
    return parts.join(u", ");
}

} // namespace

RampKnee RampKnee::of(const QList<RampStep> &steps)
{
    RampKnee knee;
    double highestShare = 0;
    double lowestP90 = -1;
    int previous = 0;
    for (const RampStep &step : steps) {
        if (step.completed < MinCompleted) {
            previous = step.concurrency;
            continue;
        }
        const double share = step.failureShare();
        const bool errors = step.failed > 0 && share >= highestShare + ErrorShareRise - 1e-9;
        const bool latency
            = lowestP90 >= 0 && step.p90 > LatencyFactor * lowestP90 && step.p90 - lowestP90 >= MinLatencyRiseMs;
        if (errors || latency) {
            knee.step = step.index;
            knee.concurrency = step.concurrency;
            knee.openLoop = step.openLoop;
            knee.previousConcurrency = previous;
            knee.byErrors = errors;
            knee.byLatency = latency;
            knee.shareBefore = highestShare;
            knee.shareAt = share;
            knee.p90Before = lowestP90;
            knee.p90At = step.p90;
            if (!step.verdicts.isEmpty())
                knee.cause = step.verdicts.constFirst().cause;
            break;
        }
        highestShare = std::max(highestShare, share);
        lowestP90 = lowestP90 < 0 ? step.p90 : std::min(lowestP90, step.p90);
        previous = step.concurrency;
    }
    if (knee.found()) {
        for (const RampStep &step : steps) {
            if (step.index >= knee.step && step.failed > 0 && !step.verdicts.isEmpty()) {
                knee.firstFailureStep = step.index;
                knee.firstFailureCause = step.verdicts.constFirst().cause;
                break;
            }
        }
    }
    return knee;
}

namespace RampReport {

QJsonObject json(const RequestSpec &request, const RampOptions &options, const QList<RampStep> &steps,
                 const RampKnee &knee, bool cancelled)
{
    QUrl url = request.url;
    url.setUserInfo(QString());
    QJsonArray levels;
    for (int level : options.levels)
        levels.append(level);
    QJsonArray rows;
    for (const RampStep &step : steps) {
        QJsonArray verdicts;
        for (const VerdictGroup &group : step.verdicts) {
            QJsonArray statuses;
            for (int status : group.statuses)
                statuses.append(status);
            verdicts.append(QJsonObject { { u"cause"_s, group.cause },
                                          { u"summary"_s, group.summary },
                                          { u"count"_s, group.count },
                                          { u"statuses"_s, statuses } });
        }
        rows.append(QJsonObject {
            { u"index"_s, step.index },
            { u"concurrency"_s, step.concurrency },
            { u"startedOffsetMs"_s, number(step.startedOffsetMs) },
            { u"elapsedMs"_s, number(step.elapsedMs) },
            { u"end"_s, endId(step.end) },
            { u"sent"_s, step.sent },
            { u"delayed"_s, step.delayed },
            { u"unsent"_s, step.unsent },
            { u"completed"_s, step.completed },
            { u"cancelled"_s, step.cancelled },
            { u"failed"_s, step.failed },
            { u"failureShare"_s, number(step.failureShare()) },
            { u"throughput"_s, number(step.throughput()) },
            { u"okThroughput"_s, number(step.okThroughput()) },
            { u"latencyMs"_s,
              QJsonObject {
                  { u"p50"_s, number(step.p50) }, { u"p90"_s, number(step.p90) }, { u"p99"_s, number(step.p99) } } },
            { u"verdicts"_s, verdicts },
        });
    }
    QJsonValue kneeValue;
    if (knee.found()) {
        QJsonArray reasons;
        if (knee.byErrors)
            reasons.append(u"errors"_s);
        if (knee.byLatency)
            reasons.append(u"latency"_s);
        kneeValue = QJsonObject {
            { u"step"_s, knee.step },
            { u"concurrency"_s, knee.concurrency },
            { u"previousConcurrency"_s,
              knee.previousConcurrency > 0 ? QJsonValue(knee.previousConcurrency) : QJsonValue() },
            { u"reasons"_s, reasons },
            { u"failureShareBefore"_s, number(knee.shareBefore) },
            { u"failureShare"_s, number(knee.shareAt) },
            { u"p90BeforeMs"_s, number(knee.p90Before) },
            { u"p90Ms"_s, number(knee.p90At) },
            { u"cause"_s, knee.cause.isEmpty() ? QJsonValue() : QJsonValue(knee.cause) },
            { u"firstFailure"_s,
              knee.firstFailureStep < 0
                  ? QJsonValue()
                  : QJsonValue(QJsonObject { { u"step"_s, knee.firstFailureStep },
                                             { u"concurrency"_s, steps.at(knee.firstFailureStep).concurrency },
                                             { u"cause"_s, knee.firstFailureCause } }) },
        };
    }
    return QJsonObject {
        { u"schema"_s, u"gatescope.ramp/1"_s },
        { u"request"_s,
          QJsonObject { { u"method"_s, QString::fromLatin1(request.method.isEmpty() ? "GET" : request.method) },
                        { u"url"_s, url.toString() } } },
        { u"bounds"_s,
          QJsonObject { { u"loop"_s, options.openLoop() ? u"open"_s : u"closed"_s },
                        { u"levels"_s, levels },
                        { u"maxInFlight"_s, options.highestInFlight() },
                        { u"holdMs"_s, options.holdMs },
                        { u"maxRequests"_s, options.totalRequests() },
                        { u"requestsPerStep"_s, options.requestsPerStep() },
                        { u"drainMs"_s, RampOptions::DrainMs },
                        { u"maxDurationMs"_s, double(options.maxDurationMs()) } } },
        { u"rule"_s,
          QJsonObject { { u"errorShareRise"_s, RampKnee::ErrorShareRise },
                        { u"latencyFactor"_s, RampKnee::LatencyFactor },
                        { u"minLatencyRiseMs"_s, RampKnee::MinLatencyRiseMs },
                        { u"minCompleted"_s, RampKnee::MinCompleted } } },
        { u"cancelled"_s, cancelled },
        { u"steps"_s, rows },
        { u"knee"_s, kneeValue },
    };
}

QString plan(const RequestSpec &request, const RampOptions &options)
{
    QStringList levels;
    for (int level : options.levels)
        levels.append(QString::number(level));
    if (levels.size() > 12)
        levels = levels.mid(0, 5) + QStringList { u"…"_s } + levels.mid(levels.size() - 3);
    const QString target = QString::fromLatin1(request.method.isEmpty() ? "GET" : request.method) + u' '
        + request.url.toString(QUrl::RemoveUserInfo);
    if (options.openLoop())
        return Tr::tr("ramp of %1, open loop: %2 requests a second (%n step(s)), each held %3 s, each request "
                      "started at its time whatever the answers, latency from that time; at most %8 in flight; at "
                      "most %4 requests (%5 per step) and at most %6 s (each step: the hold and up to %7 s for the "
                      "requests still in flight)",
                      nullptr, int(options.levels.size()))
            .arg(target, levels.join(u" → "))
            .arg(options.holdMs / 1000.0)
            .arg(options.totalRequests())
            .arg(options.requestsPerStep())
            .arg(double(options.maxDurationMs()) / 1000.0)
            .arg(RampOptions::DrainMs / 1000)
            .arg(options.maxInFlight);
    return Tr::tr("ramp of %1: concurrency %2 (%n step(s)), each held %3 s; at most %4 requests (%5 per step) "
                  "and at most %6 s (each step: the hold and up to %7 s for the requests still in flight); one "
                  "connection per request in flight, kept open while the server allows",
                  nullptr, int(options.levels.size()))
        .arg(target, levels.join(u" → "))
        .arg(options.holdMs / 1000.0)
        .arg(options.totalRequests())
        .arg(options.requestsPerStep())
        .arg(double(options.maxDurationMs()) / 1000.0)
        .arg(RampOptions::DrainMs / 1000);
}

QString stepHeader(RampOptions::Loop loop)
{
    if (loop == RampOptions::Loop::Open)
        return Tr::tr("   rate / s   answered   per s (ok)      p50       p90       p99   failed   verdicts");
    return Tr::tr("concurrency   answered   per s (ok)      p50       p90       p99   failed   verdicts");
}

QString stepLine(const RampStep &step)
{
    QStringList verdicts;
    for (const VerdictGroup &group : step.verdicts)
        verdicts.append(Tr::tr("%1 ×%2 (%3)").arg(group.cause).arg(group.count).arg(statusList(group.statuses)));
    QString line = QString::number(step.concurrency).rightJustified(11)
        + QString::number(step.completed).rightJustified(11)
        + QString(QString::number(step.throughput(), 'f', 1) + u" ("_s + QString::number(step.okThroughput(), 'f', 1)
                  + u')')
              .rightJustified(15)
        + formatDuration(step.p50).rightJustified(10) + formatDuration(step.p90).rightJustified(10)
        + formatDuration(step.p99).rightJustified(10) + percent(step.failureShare()).rightJustified(9) + u"   "_s
        + verdicts.join(u", ");
    if (step.delayed > 0 || step.unsent > 0)
        line += u"  "_s
            + Tr::tr("(%1 waited for a free slot, %2 not sent: the in-flight cap)").arg(step.delayed).arg(step.unsent);
    if (step.end == RampStep::End::Budget)
        line += u"  "_s + Tr::tr("(step's request budget spent)");
    else if (step.end == RampStep::End::Cancelled)
        line += u"  "_s + Tr::tr("(stopped by you)");
    return line.trimmed().prepend(u"  "_s);
}

QString kneeText(const RampKnee &knee, const QList<RampStep> &steps)
{
    const QString rule = Tr::tr("Rule: errors turn when a step's failure share is %1 percentage points above every "
                                "step before it; latency turns when its p90 is more than %2× the lowest p90 before "
                                "it and at least %3 ms above it.")
                             .arg(RampKnee::ErrorShareRise * 100)
                             .arg(RampKnee::LatencyFactor)
                             .arg(RampKnee::MinLatencyRiseMs);
    if (!knee.found()) {
        if (steps.isEmpty())
            return Tr::tr("No step finished: no knee.") + u'\n';
        const RampStep &last = steps.constLast();
        if (last.openLoop)
            return Tr::tr("No knee up to %1 requests a second: %2 answers per second, p90 %3, %4 failed.")
                       .arg(last.concurrency)
                       .arg(last.okThroughput(), 0, 'f', 1)
                       .arg(formatDuration(last.p90), percent(last.failureShare()))
                + u'\n' + rule + u'\n';
        return Tr::tr("No knee up to concurrency %1: %2 answers per second, p90 %3, %4 failed.")
                   .arg(last.concurrency)
                   .arg(last.okThroughput(), 0, 'f', 1)
                   .arg(formatDuration(last.p90), percent(last.failureShare()))
            + u'\n' + rule + u'\n';
    }
    QStringList why;
    if (knee.byErrors)
        why.append(Tr::tr("failures rose from %1 to %2").arg(percent(knee.shareBefore), percent(knee.shareAt)));
    if (knee.byLatency)
        why.append(Tr::tr("p90 rose from %1 to %2").arg(formatDuration(knee.p90Before), formatDuration(knee.p90At)));
    QString text = knee.openLoop && knee.previousConcurrency > 0
        ? Tr::tr("Knee at %1 requests a second (the step after %2): %3.")
              .arg(knee.concurrency)
              .arg(knee.previousConcurrency)
              .arg(why.join(Tr::tr(" and ")))
        : knee.openLoop ? Tr::tr("Knee at the first step, %1 requests a second: %2.")
                              .arg(knee.concurrency)
                              .arg(why.join(Tr::tr(" and ")))
        : knee.previousConcurrency > 0
        ? Tr::tr("Knee at concurrency %1 (the step after %2): %3.")
              .arg(knee.concurrency)
              .arg(knee.previousConcurrency)
              .arg(why.join(Tr::tr(" and ")))
        : Tr::tr("Knee at the first step, concurrency %1: %2.").arg(knee.concurrency).arg(why.join(Tr::tr(" and ")));
    text += u'\n';
    if (!knee.cause.isEmpty()) {
        text += Tr::tr("Verdict there: %1 — %2").arg(knee.cause, CauseTitles::cause(knee.cause)) + u'\n';
    } else if (knee.firstFailureStep >= 0 && knee.openLoop) {
        text += Tr::tr("No failures at the knee yet; the first come at %1 requests a second: %2 — %3")
                    .arg(steps.at(knee.firstFailureStep).concurrency)
                    .arg(knee.firstFailureCause, CauseTitles::cause(knee.firstFailureCause))
            + u'\n';
    } else if (knee.firstFailureStep >= 0) {
        text += Tr::tr("No failures at the knee yet; the first come at concurrency %1: %2 — %3")
                    .arg(steps.at(knee.firstFailureStep).concurrency)
                    .arg(knee.firstFailureCause, CauseTitles::cause(knee.firstFailureCause))
            + u'\n';
    } else {
        text += Tr::tr("No failures within the ramp: the server queues rather than refuses (or this machine is the "
                       "limit; watch its CPU).")
            + u'\n';
    }
    return text + rule + u'\n';
}

} // namespace RampReport

} // namespace Gatescope
