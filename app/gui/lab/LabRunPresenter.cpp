#include "gui/lab/LabRunPresenter.h"

#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/lab/LabSession.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallView.h"
#include "probe/ProbeEngine.h"

namespace Gatescope::Gui {

LabRunPresenter::LabRunPresenter(LabSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &LabSession::scenarioStarted, this, &LabRunPresenter::onScenarioStarted);
    connect(session, &LabSession::engineStarted, this, &LabRunPresenter::onEngineStarted);
    connect(session, &LabSession::exchangeFinished, this, &LabRunPresenter::onExchangeFinished);
    connect(session, &LabSession::scenarioFinished, this, &LabRunPresenter::onScenarioFinished);
}

WaterfallMarker LabRunPresenter::labTimeoutMarker()
{
    //: Waterfall marker of the 5xx Lab's gateway; the scale appends the time ("… 2 s")
    return { tr("gatescope-lab read timeout"), double(Lab::gatewayReadTimeoutMs()),
             WaterfallMarker::Kind::GatewayTimeout };
}

void LabRunPresenter::setWaterfall(WaterfallModel *model, WaterfallView *view)
{
    disconnect(m_liveConnection);
    disconnect(m_resetConnection);
    releaseWaterfall();
    m_model = model;
    m_view = view;
    if (model) {
        // Someone else's live request (the request builder) takes the waterfall over: drop our marker.
        m_liveConnection = connect(model, &WaterfallModel::liveStateChanged, this, [this](bool live) {
            if (live && !m_startingLive)
                releaseWaterfall();
        });
        m_resetConnection = connect(model, &QAbstractItemModel::modelReset, this, [this] {
            if (!m_clearing)
                releaseWaterfall();
        });
    }
}

void LabRunPresenter::setDiagnosisPane(DiagnosisPane *pane)
{
    m_pane = pane;
}

void LabRunPresenter::showLabMarker()
{
    if (!m_view)
        return;
    m_view->setRunMarkers({ labTimeoutMarker() });
    m_showingLab = true;
}

void LabRunPresenter::hideLabMarker()
{
    if (!m_showingLab)
        return;
    m_showingLab = false;
    if (!m_view)
        return;
    m_view->setRunMarkers({});
}

void LabRunPresenter::releaseWaterfall()
{
    m_feeding = false;
    hideLabMarker();
}

void LabRunPresenter::onScenarioStarted(const LabScenario &scenario)
{
    m_entries.clear();
    m_liveBurstIndex = -1;
    // A batch (Run all, or runs queued while one ran) keeps every run's rows, one after the other;
    // a new batch, or a run after something else took the waterfall over, starts a new timeline.
    const bool keepRows = m_feeding && m_session->ranInBatch() > 0;
    m_feeding = true;
    if (m_model && !keepRows) {
        m_clearing = true;
        m_model->clear(); // one run, one timeline: the markers measure from the burst's start
        m_clearing = false;
    }
    if (m_view) {
        showLabMarker();
        m_view->setRequestTimeout(scenario.request.options);
        m_view->resetZoom();
    }
    if (m_pane)
        m_pane->clearDiagnosis();
}

void LabRunPresenter::onEngineStarted(const LabScenario &scenario, int burstIndex, ProbeEngine *engine)
{
    // The waterfall follows one live request at a time: the burst's first one grows live, the
    // others join as they finish (at their measured start, so their bars line up with it).
    if (!m_model || !m_feeding || m_liveBurstIndex >= 0)
        return;
    m_startingLive = true;
    m_entries.insert(burstIndex, m_model->trackProbe(engine, scenario.request));
    m_startingLive = false;
    m_liveBurstIndex = burstIndex;
}

void LabRunPresenter::onExchangeFinished(const Exchange &exchange)
{
    if (!m_model || !m_feeding || exchange.index == m_liveBurstIndex)
        return;
    m_model->appendExchange(exchange);
    if (exchange.redirectHop == 0)
        m_entries.insert(exchange.index, m_model->entryCount() - 1);
}

void LabRunPresenter::onScenarioFinished(const LabRunResult &result)
{
    if (!m_feeding)
        return; // the waterfall was taken over (a request sent, a capture opened) while it ran
    if (m_view && result.shownIndex >= 0) {
        const int entry = m_entries.value(result.exchanges.at(result.shownIndex).index, -1);
        if (entry >= 0)
            m_view->selectEntry(entry);
    }
    if (m_pane && result.shownIndex >= 0)
        m_pane->showDiagnosis(result.diagnosis);
    Q_EMIT runShown(result);
}

} // namespace Gatescope::Gui
