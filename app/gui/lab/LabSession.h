#pragma once

#include "lab/Lab.h"
#include "lab/LabScenarioRunner.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Gatescope {
class ProbeEngine;
}

namespace Gatescope::Gui {

class LabScenarioModel;

// The 5xx Lab as the window runs it: starts the Lab (its servers on loopback, free ports), keeps
// the scenario model, and runs scenarios one after another through a LabScenarioRunner — a click
// while another runs is queued, "Run all" queues every scenario. It reports each step as a signal
// so the window can show it: the lab's requests once started (the "5xx Lab" collection), every
// engine of a burst as it leaves (live waterfall rows), every finished exchange, and the verdict.
class LabSession : public QObject
{
    Q_OBJECT
public:
    explicit LabSession(QObject *parent = nullptr);
    ~LabSession() override;

    bool start(); // true when running (also when it already was)
    bool isStarted() const;
    QString errorString() const;

    const QList<LabScenario> &scenarios() const;
    const LabScenario *scenario(QStringView id) const;
    QList<RequestSpec> labRequests() const; // one ready request per scenario, in list order
    LabScenarioModel *model() const { return m_model; }

    void runScenario(const QString &scenarioId); // queued when another scenario is running
    void runAll();
    void cancelQueued(); // the running scenario still finishes
    bool isBusy() const;
    QString runningScenarioId() const { return m_running; }
    QStringList queuedScenarioIds() const { return m_queue; }
    // Scenarios finished since the session was last idle (0 while the first of a batch runs).
    int ranInBatch() const { return m_batchRan; }

Q_SIGNALS:
    void labStarted(const QList<Gatescope::LabScenario> &scenarios);
    void startFailed(const QString &message);
    void busyChanged(bool busy);
    void scenarioStarted(const Gatescope::LabScenario &scenario);
    // One request of the scenario's burst leaves now; the engine lives until the next run.
    void engineStarted(const Gatescope::LabScenario &scenario, int burstIndex, Gatescope::ProbeEngine *engine);
    void exchangeFinished(const Gatescope::Exchange &exchange); // Exchange::index = burst index
    void scenarioFinished(const Gatescope::LabRunResult &result);
    // The queue ran dry after "Run all" (or after single runs): how many matched of those run.
    void runsFinished(int matched, int ran);

private:
    void runNext();
    void onFinished(const LabRunResult &result);

    std::unique_ptr<Lab> m_lab;
    LabScenarioRunner *m_runner = nullptr; // child
    LabScenarioModel *m_model = nullptr; // child
    QStringList m_queue;
    QString m_running;
    int m_batchRan = 0;
    int m_batchMatched = 0;
};

} // namespace Gatescope::Gui
