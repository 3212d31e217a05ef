#pragma once

#include "diagnosis/Diagnosis.h"
#include "lab/Lab.h"
#include "model/Exchange.h"

#include <QObject>

#include <memory>

namespace Gatescope {

class ProbeEngine;

// The outcome of one scenario run: every exchange the burst produced and the verdict on the one
// that shows the failure (the last failing exchange, or the last exchange when none failed).
struct LabRunResult
{
    QString scenarioId;
    QList<Exchange> exchanges;
    int shownIndex = -1; // which of exchanges the verdict is about
    Diagnosis diagnosis;
    bool matched = false; // the verdict is the one the scenario expects
};

// Sends a scenario's request (a burst of them at once when the scenario asks for it) with
// ProbeEngine, diagnoses what came back with the built-in rules, and says whether the verdict
// matches the expected one. Used by `gatescope lab --check` and the window's lab collection.
class LabScenarioRunner : public QObject
{
    Q_OBJECT
public:
    explicit LabScenarioRunner(QObject *parent = nullptr);
    ~LabScenarioRunner() override;

    void run(const LabScenario &scenario); // asynchronous; finished() follows
    bool isRunning() const;

    // Blocking convenience for the CLI: runs a local event loop.
    static LabRunResult runBlocking(const LabScenario &scenario);

Q_SIGNALS:
    // Emitted for each request of the burst just before it is sent, so a view can follow the
    // engine's phase signals live. The engine belongs to the runner and lives until the next run.
    void engineStarted(int burstIndex, Gatescope::ProbeEngine *engine);
    void exchangeFinished(const Gatescope::Exchange &exchange);
    void finished(const Gatescope::LabRunResult &result);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatescope
