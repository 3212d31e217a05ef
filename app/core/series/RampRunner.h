#pragma once

#include "diagnosis/Diagnoser.h"
#include "model/Exchange.h"
#include "model/RequestSpec.h"
#include "series/SeriesSummary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

class QAbstractSocket;

namespace Gatescope {

class HopProbe;
struct LoadRamp;

// The bounds of a capacity probe (a ramp): the concurrency of each step, how long each step is
// held, and the request budget. Every ramp ends by the first of its steps, its budget and its
// time; all three are known before it starts (maxDurationMs, maxRequests) and stated to the user.
// The gentle caps need the user's explicit consent (--i-know, the window's confirmation); the hard
// caps are never exceeded.
struct RampOptions
{
    // Closed: each step keeps `level` requests in flight, the next sent when one ends. Open: each
    // step starts `level` requests a second at fixed times whatever the answers (an arrival rate,
    // no coordinated omission), latency measured from each request's intended start.
    enum class Loop { Closed, Open };
    static constexpr int GentleMaxConcurrency = 50;
    static constexpr int GentleMaxRequests = 5000;
    static constexpr qint64 GentleMaxDurationMs = 10 * 60 * 1000;
    static constexpr int HardMaxConcurrency = 1000; // one socket each
    static constexpr int HardMaxRequests = 1000000;
    static constexpr qint64 HardMaxDurationMs = 24LL * 3600 * 1000;
    static constexpr int MinHoldMs = 100;
    static constexpr int DefaultRequestsPerStep = 200; // the default budget: this many per step
    // Requests still in flight when a step's hold ends get this long to finish; then they are
    // cancelled (and not counted), so a step never outlasts hold + drain.
    static constexpr int DrainMs = 5000;
    static constexpr qint64 BodyCaptureBytes = 16 * 1024; // per request: enough for the verdict

    QList<int> levels; // concurrency (closed loop) or requests a second (open loop) of each step, in order
    int holdMs = 10000;
    int maxRequests = 0; // the whole ramp; 0: DefaultRequestsPerStep per step
    Loop loop = Loop::Closed;
    // Open loop: at most this many in flight (sockets); a request due while they are all busy waits
    // for the next free one, its wait counted in its latency. Above the gentle cap only with consent.
    int maxInFlight = GentleMaxConcurrency;

    static RampOptions of(const LoadRamp &ramp, int maxRequests = 0);
    int totalRequests() const; // the budget: maxRequests or the default
    int requestsPerStep() const; // the budget shared equally by the steps
    qint64 maxDurationMs() const; // steps × (hold + drain)
    int highestConcurrency() const; // the highest level: concurrency, or rate in the open loop
    int highestInFlight() const; // the most requests in flight at once: the level, or maxInFlight
    bool openLoop() const { return loop == Loop::Open; }
    // Why the ramp cannot run at all (hard caps, a budget smaller than a step's concurrency);
    // empty when it can.
    QString invalid() const;
    // What exceeds the gentle caps, one phrase each; empty when nothing does.
    QStringList aboveGentleCaps() const;
};

// One step of a ramp and what it measured.
struct RampStep
{
    enum class End { Hold, Budget, Cancelled };
    int index = 0;
    int concurrency = 0;
    double startedOffsetMs = 0; // from the ramp's start
    double elapsedMs = 0; // from the step's start to its last answer
    End end = End::Hold;
    int sent = 0;
    int completed = 0; // answered or failed on the wire; cancelled ones are not counted
    int cancelled = 0; // still in flight when the drain ended, or stopped by the user
    int failed = 0; // isRampFailure
    bool openLoop = false; // concurrency is then the arrival rate: requests a second
    int delayed = 0; // open loop: sent later than due because maxInFlight were in flight
    int unsent = 0; // open loop: due within the hold but never sent (all slots busy until it ended)
    double p50 = -1, p90 = -1, p99 = -1; // ms, nearest rank over the completed requests; -1: none
    // (in the open loop from each request's intended start, so waits for a slot count)
    QList<VerdictGroup> verdicts; // the failures by the Diagnoser's cause, most frequent first

    double throughput() const; // completed per second
    double okThroughput() const; // completed without failure per second
    double failureShare() const; // failed ÷ completed
};

// A failure for a ramp: what isFailure() counts (5xx, transport failures) and 429, the answer of a
// rate limit — a ramp looks for the load at which the server starts turning requests away.
bool isRampFailure(const Exchange &exchange);

// The nearest-rank percentile (p in 0…100) of the values; -1 for none.
double nearestRankPercentile(QList<double> values, double p);

// Raises concurrency step by step: in each step, `concurrency` requests are in flight at once,
// each on its own connection (HopProbe, all in this thread's event loop); when one ends the next
// is sent at once (a closed loop), until the step's hold ends or its share of the budget is sent.
// A connection the server keeps open (HTTP/1.1 keep-alive) is used again by the next request, as
// a client with a connection pool does: N in flight are N connections, not N per request. When
// the server had closed a reused connection (closed or reset before a byte of the answer), the
// request is sent again on a new connection, as browsers do, and not counted: that close is the
// keep-alive race, not the server's answer to load. Requests in flight at the end of the hold get DrainMs to finish.
// In the open loop (RampOptions::Loop::Open) a precise timer starts the step's requests at
// intended times i ÷ rate whatever the answers; a request's latency runs from its intended time, so
// a late timer or a wait for a free slot (maxInFlight) counts against the server, not hidden.
// cancel() ends every request in flight at once (recorded as cancelled) and sends no more: finished() follows within
// the event loop's next turn. Redirects are not followed.
class RampRunner : public QObject
{
    Q_OBJECT
public:
    explicit RampRunner(const Diagnoser &diagnoser = Diagnoser(), QObject *parent = nullptr);
    ~RampRunner() override;

    void start(const RequestSpec &request, const RampOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int inFlight() const { return int(m_probes.size()); }
    const QList<RampStep> &steps() const { return m_steps; } // the finished steps
    const RampOptions &options() const { return m_options; }
    const RequestSpec &request() const { return m_request; }

Q_SIGNALS:
    void stepStarted(int index, int concurrency);
    void requestFinished(int step, bool failed); // failed: isRampFailure of the request that ended
    void stepFinished(const Gatescope::RampStep &step);
    void finished();

private:
    void startStep();
    void launch(bool newConnection = false, double intendedMs = -1);
    void arrive(); // open loop: schedule the requests due by now and send what a free slot allows
    void sendDue(bool freedSlot);
    void dropIdleConnections();
    void onProbeDone(HopProbe *probe);
    void endHold();
    void finishStep();
    void end();

    Diagnoser m_diagnoser;
    RequestSpec m_request;
    RampOptions m_options;
    QList<RampStep> m_steps;
    QSet<HopProbe *> m_probes; // owned (children): the requests in flight
    QList<QAbstractSocket *> m_idle; // owned (children): kept-alive connections waiting for a request
    struct Intended
    {
        double startMs = 0; // step clock
        double lateMs = 0; // sent this much after it
    };
    QHash<HopProbe *, Intended> m_intended; // open loop: the requests in flight
    QList<double> m_due; // open loop: intended starts of requests due but waiting for a slot
    int m_stepScheduled = 0;
    int m_stepDelayed = 0;
    QList<double> m_stepLatencies; // the current step's answered requests: total ms
    QList<Exchange> m_stepFailures; // … and those of them that failed
    int m_stepCancelled = 0;
    int m_stepIndex = -1;
    int m_stepSent = 0;
    bool m_holding = false;
    bool m_stepOpen = false;
    bool m_budgetSpent = false;
    double m_lastAnswerMs = 0; // step clock
    QElapsedTimer m_clock; // since the ramp started
    QElapsedTimer m_stepClock;
    double m_stepStartedMs = 0;
    QTimer m_holdTimer;
    QTimer m_drainTimer;
    QTimer m_arrivalTimer;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Gatescope

Q_DECLARE_METATYPE(Gatescope::RampStep)
