#include "series/RampRunner.h"

#include "probe/HopProbe.h"
#include "series/LoadScriptExporter.h"

#include <QAbstractSocket>

#include <algorithm>
#include <cmath>

namespace Gatescope {

RampOptions RampOptions::of(const LoadRamp &ramp, int maxRequests)
{
    RampOptions options;
    options.levels = ramp.levels();
    options.holdMs = int(std::min<qint64>(qint64(ramp.holdSeconds) * 1000, INT_MAX));
    options.maxRequests = maxRequests;
    return options;
}

int RampOptions::totalRequests() const
{
    if (maxRequests > 0)
        return maxRequests;
    return int(std::min<qint64>(qint64(levels.size()) * DefaultRequestsPerStep, INT_MAX));
}

int RampOptions::requestsPerStep() const
{
    return levels.isEmpty() ? 0 : int(totalRequests() / levels.size());
}

qint64 RampOptions::maxDurationMs() const
{
    return qint64(levels.size()) * (qint64(holdMs) + DrainMs);
}

int RampOptions::highestConcurrency() const
{
    return levels.isEmpty() ? 0 : *std::max_element(levels.cbegin(), levels.cend());
}

int RampOptions::highestInFlight() const
{
    return openLoop() ? maxInFlight : highestConcurrency();
}

QString RampOptions::invalid() const
{
    if (levels.isEmpty())
        return RampRunner::tr("the ramp has no steps");
    if (*std::min_element(levels.cbegin(), levels.cend()) < 1)
        return RampRunner::tr("every step needs a concurrency of at least 1");
    if (openLoop() && highestConcurrency() > HardMaxConcurrency)
        return RampRunner::tr("a rate above %1 requests a second is not possible").arg(HardMaxConcurrency);
    if (highestInFlight() > HardMaxConcurrency)
        return RampRunner::tr("a concurrency above %1 is not possible").arg(HardMaxConcurrency);
    if (highestInFlight() < 1)
        return RampRunner::tr("at least 1 request must be allowed in flight");
    if (holdMs < MinHoldMs)
        return RampRunner::tr("each step must be held at least %1 s").arg(MinHoldMs / 1000.0);
    if (totalRequests() > HardMaxRequests)
        return RampRunner::tr("more than %1 requests are not possible").arg(HardMaxRequests);
    if (maxDurationMs() > HardMaxDurationMs)
        return RampRunner::tr("a ramp longer than %1 hours is not possible").arg(HardMaxDurationMs / 3600000);
    if (openLoop() && requestsPerStep() < highestConcurrency())
        return RampRunner::tr("a budget of %1 requests gives each of the %2 steps %3, less than one second at the "
                              "highest rate (%4 a second); raise --max-requests or use fewer steps")
            .arg(totalRequests())
            .arg(levels.size())
            .arg(requestsPerStep())
            .arg(highestConcurrency());
    if (requestsPerStep() < highestConcurrency())
        return RampRunner::tr("a budget of %1 requests gives each of the %2 steps %3, fewer than the highest "
                              "concurrency (%4); raise --max-requests or use fewer steps")
            .arg(totalRequests())
            .arg(levels.size())
            .arg(requestsPerStep())
            .arg(highestConcurrency());
    return {};
}

QStringList RampOptions::aboveGentleCaps() const
{
    QStringList out;
    if (openLoop() && highestConcurrency() > GentleMaxConcurrency)
        out.append(RampRunner::tr("a rate of %1 requests a second (more than %2)")
                       .arg(highestConcurrency())
                       .arg(GentleMaxConcurrency));
    if (openLoop() && maxInFlight > GentleMaxConcurrency)
        out.append(
            RampRunner::tr("up to %1 requests in flight (more than %2)").arg(maxInFlight).arg(GentleMaxConcurrency));
    if (!openLoop() && highestConcurrency() > GentleMaxConcurrency)
        out.append(
            RampRunner::tr("a concurrency of %1 (more than %2)").arg(highestConcurrency()).arg(GentleMaxConcurrency));
    if (totalRequests() > GentleMaxRequests)
        out.append(RampRunner::tr("%1 requests (more than %2)").arg(totalRequests()).arg(GentleMaxRequests));
    if (maxDurationMs() > GentleMaxDurationMs)
        out.append(RampRunner::tr("up to %1 s (more than %2 s)")
                       .arg(double(maxDurationMs()) / 1000.0)
                       .arg(GentleMaxDurationMs / 1000));
    return out;
}

double RampStep::throughput() const
{
    return elapsedMs > 0 ? completed * 1000.0 / elapsedMs : 0.0;
}

double RampStep::okThroughput() const
{
    return elapsedMs > 0 ? (completed - failed) * 1000.0 / elapsedMs : 0.0;
}

double RampStep::failureShare() const
{
    return completed > 0 ? double(failed) / completed : 0.0;
}

bool isRampFailure(const Exchange &exchange)
{
    if (exchange.transport.outcome == Outcome::Cancelled)
        return false;
    return isFailure(exchange) || (exchange.response && exchange.response->status == 429);
}

double nearestRankPercentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p % of the values at or below it.
    const qsizetype rank
        = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(values.size()))), 1, values.size());
    return values.at(rank - 1);
}

RampRunner::RampRunner(const Diagnoser &diagnoser, QObject *parent)
    : QObject(parent)
    , m_diagnoser(diagnoser)
{
    qRegisterMetaType<Gatescope::RampStep>();
    for (QTimer *timer : { &m_holdTimer, &m_drainTimer }) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    m_arrivalTimer.setTimerType(Qt::PreciseTimer);
    m_arrivalTimer.setSingleShot(true);
    connect(&m_arrivalTimer, &QTimer::timeout, this, &RampRunner::arrive);
    connect(&m_holdTimer, &QTimer::timeout, this, &RampRunner::endHold);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] {
        // What is still in flight after the drain is not waited for: cancelled, not counted.
        const QSet<HopProbe *> late = m_probes;
        for (HopProbe *probe : late)
            probe->cancel();
    });
}

RampRunner::~RampRunner()
{
    for (HopProbe *probe : std::as_const(m_probes))
        probe->disconnect(this);
    qDeleteAll(m_probes);
}

void RampRunner::start(const RequestSpec &request, const RampOptions &options)
{
    if (m_running)
        cancel();
    m_request = request;
    m_request.options.bodyCaptureCap = std::min(m_request.options.bodyCaptureCap, RampOptions::BodyCaptureBytes);
    m_request.options.followRedirects = false;
    m_options = options;
    m_steps.clear();
    m_stepIndex = -1;
    m_stepOpen = false;
    m_cancelled = false;
    if (!options.invalid().isEmpty()) {
        m_running = true;
        end();
        return;
    }
    // No request may outlive its step: hold + drain is every request's time limit at most.
    const int stepLimitMs = int(std::min<qint64>(qint64(m_options.holdMs) + RampOptions::DrainMs, INT_MAX));
    if (m_request.options.totalTimeoutMs <= 0 || m_request.options.totalTimeoutMs > stepLimitMs)
        m_request.options.totalTimeoutMs = stepLimitMs;
    m_running = true;
    m_clock.start();
    startStep();
}

void RampRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_holding = false;
    m_holdTimer.stop();
    m_drainTimer.stop();
    m_arrivalTimer.stop();
    if (m_probes.isEmpty()) {
        finishStep();
        return;
    }
    const QSet<HopProbe *> running = m_probes;
    for (HopProbe *probe : running)
        probe->cancel(); // each finishes at once; the last one finishes the step and the ramp
}

void RampRunner::startStep()
{
    ++m_stepIndex;
    if (m_cancelled || m_stepIndex >= m_options.levels.size()) {
        end();
        return;
    }
    m_stepLatencies.clear();
    m_stepFailures.clear();
    m_stepCancelled = 0;
    m_stepSent = 0;
    m_stepScheduled = 0;
    m_stepDelayed = 0;
    m_due.clear();
    m_intended.clear();
    m_budgetSpent = false;
    m_lastAnswerMs = 0;
    m_holding = true;
    m_stepOpen = true;
    m_stepStartedMs = double(m_clock.nsecsElapsed()) / 1e6;
    m_stepClock.start();
    const int concurrency = m_options.levels.at(m_stepIndex);
    Q_EMIT stepStarted(m_stepIndex, concurrency);
    m_holdTimer.start(m_options.holdMs);
    if (m_options.openLoop()) {
        arrive();
        return;
    }
    for (int i = 0; i < concurrency; ++i)
        launch();
}

void RampRunner::arrive()
{
    if (!m_holding)
        return;
    const double rate = m_options.levels.at(m_stepIndex);
    const double nowMs = double(m_stepClock.nsecsElapsed()) / 1e6;
    const int budget = m_options.requestsPerStep();
    while (m_stepScheduled < budget) {
        const double intendedMs = m_stepScheduled * 1000.0 / rate;
        if (intendedMs > nowMs || intendedMs >= m_options.holdMs)
            break;
        m_due.append(intendedMs);
        ++m_stepScheduled;
    }
    if (m_stepScheduled >= budget) {
        m_budgetSpent = true;
    } else {
        // Wake at the next request's time; each wake schedules every request whose time has
        // come, so a late wake does not lower the rate (and its lateness counts in the latency).
        const double nextMs = m_stepScheduled * 1000.0 / rate;
        if (nextMs < m_options.holdMs)
            m_arrivalTimer.start(int(std::max(0.0, std::ceil(nextMs - nowMs))));
    }
    sendDue(false);
}

void RampRunner::sendDue(bool freedSlot)
{
    while (m_holding && !m_due.isEmpty() && m_probes.size() < m_options.maxInFlight) {
        // Sent as a slot frees: it waited for one (with maxInFlight in flight when it was due).
        if (freedSlot)
            ++m_stepDelayed;
        launch(false, m_due.takeFirst());
    }
}

void RampRunner::launch(bool newConnection, double intendedMs)
{
    if (!m_holding)
        return;
    if (!m_options.openLoop() && m_stepSent >= m_options.requestsPerStep()) {
        m_budgetSpent = true;
        return;
    }
    ++m_stepSent;
    auto *probe = new HopProbe(m_request, 0, m_request.options.totalTimeoutMs, this);
    probe->keepConnection(true);
    while (!newConnection && !m_idle.isEmpty()) {
        QAbstractSocket *idle = m_idle.takeLast();
        if (idle->state() == QAbstractSocket::ConnectedState) {
            probe->adoptConnection(idle);
            break;
        }
        idle->abort(); // closed by the server while idle
        idle->deleteLater();
    }
    m_probes.insert(probe);
    if (m_options.openLoop()) // how late it is sent: its latency runs from the intended start
        m_intended.insert(probe, { intendedMs, std::max(0.0, double(m_stepClock.nsecsElapsed()) / 1e6 - intendedMs) });
    connect(
        probe, &HopProbe::finished, this, [this, probe] { onProbeDone(probe); }, Qt::QueuedConnection);
    probe->start();
}

void RampRunner::onProbeDone(HopProbe *probe)
{
    if (!m_probes.remove(probe))
        return;
    const Intended intended = m_intended.take(probe);
    Exchange exchange = probe->exchange();
    const bool reused = probe->sentOnReusedConnection();
    if (QAbstractSocket *kept = probe->takeConnection()) {
        kept->setParent(this);
        m_idle.append(kept);
    }
    probe->deleteLater();
    const Outcome outcome = exchange.transport.outcome;
    if (reused && !exchange.response && (outcome == Outcome::ClosedEarly || outcome == Outcome::Reset)) {
        // The server had closed the kept connection: send again on a new one, not counted.
        --m_stepSent;
        if (m_holding) {
            launch(true, intended.startMs); // the same intended start: the retry's time counts
            return;
        }
        if (m_probes.isEmpty()) {
            m_holdTimer.stop();
            m_drainTimer.stop();
            finishStep();
        }
        return;
    }
    // Memory stays bounded by the failures: of the others only the latency is kept.
    const bool failed = isRampFailure(exchange);
    if (outcome == Outcome::Cancelled) {
        ++m_stepCancelled;
    } else {
        m_lastAnswerMs = double(m_stepClock.nsecsElapsed()) / 1e6;
        // Open loop: from the intended start, so a late send or a wait for a slot is counted.
        m_stepLatencies.append(std::max(0.0, exchange.timings.total) + (m_options.openLoop() ? intended.lateMs : 0.0));
        if (failed) {
            exchange.index = int(m_stepLatencies.size() - 1);
            m_stepFailures.append(exchange);
        }
    }
    Q_EMIT requestFinished(m_stepIndex, failed);
    if (m_options.openLoop())
        sendDue(true); // a request waiting for a slot goes now
    else
        launch(); // closed loop: the freed slot sends the next request at once while the step holds
    if (m_probes.isEmpty() && (!m_holding || (m_budgetSpent && m_due.isEmpty()))) {
        m_holdTimer.stop();
        m_drainTimer.stop();
        finishStep();
    }
}

void RampRunner::endHold()
{
    m_arrivalTimer.stop();
    m_holding = false;
    if (m_probes.isEmpty())
        finishStep();
    else
        m_drainTimer.start(RampOptions::DrainMs);
}

void RampRunner::finishStep()
{
    if (!m_stepOpen) { // cancelled between two steps
        end();
        return;
    }
    m_stepOpen = false;
    m_holding = false;
    RampStep step;
    step.index = m_stepIndex;
    step.concurrency = m_options.levels.at(m_stepIndex);
    step.startedOffsetMs = m_stepStartedMs;
    step.elapsedMs = m_lastAnswerMs;
    step.end = m_cancelled ? RampStep::End::Cancelled : m_budgetSpent ? RampStep::End::Budget : RampStep::End::Hold;
    step.sent = m_stepSent;
    step.openLoop = m_options.openLoop();
    step.delayed = std::exchange(m_stepDelayed, 0);
    step.unsent = int(m_due.size()); // due, never sent: the slots stayed busy to the end
    m_due.clear();
    m_intended.clear();
    const QList<double> latencies = std::exchange(m_stepLatencies, {});
    const QList<Exchange> failures = std::exchange(m_stepFailures, {});
    step.cancelled = std::exchange(m_stepCancelled, 0);
    step.completed = int(latencies.size());
    step.failed = int(failures.size());
    step.p50 = nearestRankPercentile(latencies, 50);
    step.p90 = nearestRankPercentile(latencies, 90);
    step.p99 = nearestRankPercentile(latencies, 99);
    const QList<Diagnosis> diagnoses = m_diagnoser.diagnoseAll(failures);
    for (qsizetype i = 0; i < failures.size(); ++i) {
        const Diagnosis &diagnosis = diagnoses.at(i);
        auto group = std::find_if(step.verdicts.begin(), step.verdicts.end(),
                                  [&diagnosis](const VerdictGroup &g) { return g.cause == diagnosis.cause; });
        if (group == step.verdicts.end()) {
            step.verdicts.append(VerdictGroup { diagnosis.cause, diagnosis.summary, 0, {}, {} });
            group = step.verdicts.end() - 1;
        }
        ++group->count;
        group->samples.append(failures.at(i).index);
        const int status = failures.at(i).response ? failures.at(i).response->status : 0;
        if (!group->statuses.contains(status))
            group->statuses.append(status);
    }
    std::stable_sort(step.verdicts.begin(), step.verdicts.end(),
                     [](const VerdictGroup &a, const VerdictGroup &b) { return a.count > b.count; });
    m_steps.append(step);
    Q_EMIT stepFinished(m_steps.constLast());
    if (m_cancelled)
        end();
    else
        QTimer::singleShot(0, this, &RampRunner::startStep);
}

void RampRunner::dropIdleConnections()
{
    for (QAbstractSocket *idle : std::as_const(m_idle)) {
        idle->abort();
        idle->deleteLater();
    }
    m_idle.clear();
}

void RampRunner::end()
{
    dropIdleConnections();
    if (!m_running)
        return;
    m_running = false;
    m_holding = false;
    m_holdTimer.stop();
    m_drainTimer.stop();
    m_arrivalTimer.stop();
    Q_EMIT finished();
}

} // namespace Gatescope
