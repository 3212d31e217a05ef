#include "lab/LabScenarioRunner.h"

#include "diagnosis/Diagnoser.h"
#include "probe/ProbeEngine.h"

#include <QEventLoop>
#include <QTimer>

namespace Gatescope {

class LabScenarioRunner::Private
{
public:
    LabScenario scenario;
    QList<ProbeEngine *> engines; // children of the runner while running
    QList<Exchange> exchanges;
    int pending = 0;
};

LabScenarioRunner::LabScenarioRunner(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<Gatescope::LabRunResult>();
}

LabScenarioRunner::~LabScenarioRunner() = default;

bool LabScenarioRunner::isRunning() const
{
    return d->pending > 0;
}

void LabScenarioRunner::run(const LabScenario &scenario)
{
    if (isRunning())
        return;
    d->scenario = scenario;
    d->exchanges.clear();
    qDeleteAll(d->engines);
    d->engines.clear();
    const int burst = std::max(1, scenario.burst);
    d->pending = burst;
    for (int i = 0; i < burst; ++i) {
        auto *engine = new ProbeEngine(this);
        d->engines.append(engine);
        connect(engine, &ProbeEngine::finished, this, [this, i](const QList<Exchange> &hops) {
            for (Exchange exchange : hops) {
                exchange.index = i;
                d->exchanges.append(exchange);
                Q_EMIT exchangeFinished(exchange);
            }
            if (--d->pending > 0)
                return;
            std::sort(d->exchanges.begin(), d->exchanges.end(),
                      [](const Exchange &a, const Exchange &b) { return a.index < b.index; });
            LabRunResult result;
            result.scenarioId = d->scenario.id;
            result.exchanges = d->exchanges;
            for (qsizetype k = result.exchanges.size() - 1; k >= 0 && result.shownIndex < 0; --k) {
                if (isFailure(result.exchanges.at(k)))
                    result.shownIndex = int(k);
            }
            if (result.shownIndex < 0)
                result.shownIndex = int(result.exchanges.size()) - 1;
            if (result.shownIndex >= 0) {
                static const Diagnoser diagnoser;
                result.diagnosis = diagnoser.diagnose(result.exchanges.at(result.shownIndex));
                result.matched = d->scenario.matches(result.diagnosis.status, result.diagnosis.cause,
                                                     result.diagnosis.producer.product)
                    && result.diagnosis.predicted == d->scenario.expectedPredicted;
            }
            Q_EMIT finished(result);
        });
    }
    // All requests of a burst leave together, as a traffic spike does.
    for (qsizetype i = 0; i < d->engines.size(); ++i) {
        Q_EMIT engineStarted(int(i), d->engines.at(i));
        d->engines.at(i)->start(scenario.request);
    }
}

LabRunResult LabScenarioRunner::runBlocking(const LabScenario &scenario)
{
    LabScenarioRunner runner;
    LabRunResult result;
    QEventLoop loop;
    connect(&runner, &LabScenarioRunner::finished, &loop, [&](const LabRunResult &r) {
        result = r;
        loop.quit();
    });
    runner.run(scenario);
    if (runner.isRunning())
        loop.exec();
    return result;
}

} // namespace Gatescope
