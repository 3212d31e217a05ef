#include "gui/lab/LabSession.h"

#include "gui/lab/LabScenarioModel.h"
#include "probe/ProbeEngine.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLabGui, "gatescope.gui.lab", QtInfoMsg)

namespace Gatescope::Gui {

LabSession::LabSession(QObject *parent)
    : QObject(parent)
    , m_runner(new LabScenarioRunner(this))
    , m_model(new LabScenarioModel(this))
{
    connect(m_runner, &LabScenarioRunner::engineStarted, this, [this](int burstIndex, ProbeEngine *engine) {
        if (const LabScenario *current = scenario(m_running))
            Q_EMIT engineStarted(*current, burstIndex, engine);
    });
    connect(m_runner, &LabScenarioRunner::exchangeFinished, this, &LabSession::exchangeFinished);
    connect(m_runner, &LabScenarioRunner::finished, this, &LabSession::onFinished);
}

LabSession::~LabSession() = default;

bool LabSession::start()
{
    if (m_lab && m_lab->isRunning())
        return true;
    m_lab = std::make_unique<Lab>();
    if (!m_lab->start()) {
        const QString message = m_lab->errorString();
        m_lab.reset();
        qCWarning(lcLabGui) << "the lab did not start:" << message;
        Q_EMIT startFailed(message);
        return false;
    }
    m_model->setScenarios(m_lab->scenarios());
    qCDebug(lcLabGui) << "lab started with" << m_lab->scenarios().size() << "scenarios";
    Q_EMIT labStarted(m_lab->scenarios());
    return true;
}

bool LabSession::isStarted() const
{
    return m_lab && m_lab->isRunning();
}

QString LabSession::errorString() const
{
    return m_lab ? m_lab->errorString() : QString();
}

const QList<LabScenario> &LabSession::scenarios() const
{
    static const QList<LabScenario> none;
    return m_lab ? m_lab->scenarios() : none;
}

const LabScenario *LabSession::scenario(QStringView id) const
{
    return m_lab ? m_lab->scenario(id) : nullptr;
}

QList<RequestSpec> LabSession::labRequests() const
{
    QList<RequestSpec> requests;
    for (const LabScenario &entry : scenarios())
        requests.append(entry.request);
    return requests;
}

bool LabSession::isBusy() const
{
    return !m_running.isEmpty() || !m_queue.isEmpty();
}

void LabSession::runScenario(const QString &scenarioId)
{
    if (!scenario(scenarioId) || m_running == scenarioId || m_queue.contains(scenarioId))
        return;
    const bool wasBusy = isBusy();
    m_queue.append(scenarioId);
    m_model->setRunState(scenarioId, LabScenarioModel::RunState::Queued);
    if (!wasBusy) {
        m_batchRan = 0;
        m_batchMatched = 0;
        Q_EMIT busyChanged(true);
        // Leave the click's event handler first: the run emits into views that may be repainting.
        QTimer::singleShot(0, this, &LabSession::runNext);
    }
}

void LabSession::runAll()
{
    for (const LabScenario &entry : scenarios())
        runScenario(entry.id);
}

void LabSession::cancelQueued()
{
    const QStringList dropped = std::exchange(m_queue, {});
    for (const QString &id : dropped)
        m_model->setRunState(id, LabScenarioModel::RunState::NotRun);
}

void LabSession::runNext()
{
    if (!m_running.isEmpty())
        return;
    if (m_queue.isEmpty()) {
        Q_EMIT runsFinished(m_batchMatched, m_batchRan);
        Q_EMIT busyChanged(false);
        return;
    }
    m_running = m_queue.takeFirst();
    const LabScenario *current = scenario(m_running);
    m_model->setRunState(m_running, LabScenarioModel::RunState::Running);
    qCDebug(lcLabGui) << "running" << m_running;
    Q_EMIT scenarioStarted(*current);
    m_runner->run(*current);
}

void LabSession::onFinished(const LabRunResult &result)
{
    ++m_batchRan;
    if (result.matched)
        ++m_batchMatched;
    else
        qCInfo(lcLabGui) << "scenario" << result.scenarioId << "gave" << result.diagnosis.status
                         << result.diagnosis.cause << result.diagnosis.producer.product << "— not the expected verdict";
    m_model->setResult(result);
    m_running.clear();
    Q_EMIT scenarioFinished(result);
    // The runner deletes this run's engines when it starts the next one: not from inside their signal.
    QTimer::singleShot(0, this, &LabSession::runNext);
}

} // namespace Gatescope::Gui
