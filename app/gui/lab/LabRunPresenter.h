#pragma once

#include "gui/waterfall/WaterfallScale.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Gatescope {
class ProbeEngine;
struct Exchange;
struct LabRunResult;
struct LabScenario;
} // namespace Gatescope

namespace Gatescope::Gui {

class DiagnosisPane;
class LabSession;
class WaterfallModel;
class WaterfallView;

// Shows the lab's runs in the workbench. When a batch of scenarios starts (one, or Run all) it clears
// the waterfall (one batch, one timeline; each run's rows follow the previous run's), adds the lab gateway's read
// timeout as a labelled marker, follows the first request of the burst live through its engine's
// phase signals and adds the others as they finish; when the run ends it selects the exchange the
// verdict is about and hands the verdict to the diagnosis pane. When something else takes the
// waterfall over (a request sent, a capture opened) it stops feeding it and the lab marker leaves.
class LabRunPresenter : public QObject
{
    Q_OBJECT
public:
    explicit LabRunPresenter(LabSession *session, QObject *parent = nullptr); // session not owned

    void setWaterfall(WaterfallModel *model, WaterfallView *view); // neither owned; either may be null
    void setDiagnosisPane(DiagnosisPane *pane); // not owned; may be null

    // "gatescope-lab read timeout" at Lab::gatewayReadTimeoutMs(): the line the burst runs into.
    static WaterfallMarker labTimeoutMarker();
    bool isShowingLab() const { return m_showingLab; }
    int entryForBurstIndex(int burstIndex) const { return m_entries.value(burstIndex, -1); }

Q_SIGNALS:
    // The verdict of a run is on screen (waterfall row selected, diagnosis pane filled).
    void runShown(const Gatescope::LabRunResult &result);

private:
    void onScenarioStarted(const LabScenario &scenario);
    void onEngineStarted(const LabScenario &scenario, int burstIndex, ProbeEngine *engine);
    void onExchangeFinished(const Exchange &exchange);
    void onScenarioFinished(const LabRunResult &result);
    void showLabMarker();
    void hideLabMarker();
    void releaseWaterfall(); // something else took the waterfall over: stop feeding it

    LabSession *m_session; // not owned
    QPointer<WaterfallModel> m_model;
    QPointer<WaterfallView> m_view;
    QPointer<DiagnosisPane> m_pane;
    QMetaObject::Connection m_liveConnection;
    QMetaObject::Connection m_resetConnection;
    QHash<int, int> m_entries; // burst index → waterfall entry
    int m_liveBurstIndex = -1;
    bool m_startingLive = false;
    bool m_clearing = false;
    bool m_feeding = false; // a lab run owns the waterfall
    bool m_showingLab = false;
};

} // namespace Gatescope::Gui
