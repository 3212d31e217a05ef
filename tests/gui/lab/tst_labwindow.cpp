// The 5xx Lab in the workbench, driven as a user would: a first start lands on the lab page;
// Help → 5xx Lab brings it back; starting the lab adds the "5xx Lab" collection; sending the 504
// burst shows six rows growing in the waterfall, the late ones ending at the lab gateway's 2 s read
// timeout — drawn as a labelled marker — and the expected diagnosis with its check mark.
#include "LabTestWindow.h"
#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/lab/LabRunPresenter.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"
#include "gui/workspace/WorkspaceModel.h"

#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

namespace {

QTabWidget *tabsHolding(QWidget *page)
{
    for (QWidget *parent = page->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(parent))
            return tabs;
    }
    return nullptr;
}

QAction *helpLabAction(MainWindow *window)
{
    const QList<QAction *> menus = window->menuBar()->actions();
    for (QAction *menu : menus) {
        if (!menu->menu())
            continue;
        const QList<QAction *> actions = menu->menu()->actions();
        for (QAction *action : actions) {
            if (action->text().remove(u'&') == u"5xx Lab")
                return action;
        }
    }
    return nullptr;
}

// Pixels of one column of an image, top to bottom, between two rows.
QList<QRgb> pixelColumn(const QImage &image, int x, int top, int bottom)
{
    QList<QRgb> column;
    for (int y = std::max(0, top); y < std::min(image.height(), bottom); ++y)
        column.append(image.pixel(x, y));
    return column;
}

} // namespace

class LabWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        LabTestWindow::isolateFromUserFiles(m_settings);
    }

    void aFirstStartLandsOnTheLabWelcomePage()
    {
        // Given no workspace yet
        QTemporaryDir data;
        LabTestWindow lab(data.path());

        // When the window opens
        QVERIFY2(lab.show(), "the window shows and has a 5xx Lab page");

        // Then the lab page is what the user sees, offering to start the lab
        QVERIFY2(lab.window->isFirstStart(), "a fresh data folder is a first start");
        QTRY_VERIFY2(lab.page->isVisible(), "the lab page is shown on first start");
        QVERIFY(lab.page->startButton()->isVisible());
        QVERIFY(lab.page->startButton()->isEnabled());
        QCOMPARE(lab.page->startButton()->text(), u"Start the 5xx Lab"_s);
        QVERIFY2(!lab.session()->isStarted(), "nothing listens until the user asks");
    }

    void helpMenuBringsTheLabPageBack()
    {
        QTemporaryDir data;
        LabTestWindow lab(data.path());
        QVERIFY(lab.show());
        QTabWidget *tabs = tabsHolding(lab.page);
        QVERIFY2(tabs, "the lab page lives in a tab");
        tabs->setCurrentIndex(tabs->indexOf(lab.page) == 0 ? 1 : 0);
        QTRY_VERIFY(!lab.page->isVisible());

        QAction *action = helpLabAction(lab.window.get());
        QVERIFY2(action, "Help has a 5xx Lab entry");
        action->trigger();

        QTRY_VERIFY2(lab.page->isVisible(), "Help → 5xx Lab shows the lab page");
    }

    void startingTheLabAddsACollectionWithOneReadyRequestPerScenario()
    {
        QTemporaryDir data;
        LabTestWindow lab(data.path());
        QVERIFY(lab.show());
        QSignalSpy started(lab.session(), &LabSession::labStarted);

        QVERIFY2(lab.startLab(), qPrintable(lab.session()->errorString()));

        QCOMPARE(started.size(), 1);
        const QList<LabScenario> scenarios = lab.session()->scenarios();
        QVERIFY(scenarios.size() >= 17);
        QTRY_VERIFY2(lab.view()->isVisible(), "the scenario list appears once the lab runs");
        QCOMPARE(lab.model()->rowCount(), int(scenarios.size()));
        QVERIFY2(!lab.page->startButton()->isEnabled(), "a running lab cannot be started twice");
        QVERIFY(lab.page->runAllButton()->isEnabled());

        const Collection *collection = nullptr;
        for (const Collection &candidate : lab.window->workspace()->workspace().collections) {
            if (candidate.name == u"5xx Lab")
                collection = &candidate;
        }
        QVERIFY2(collection, "a '5xx Lab' collection is in the sidebar");
        QCOMPARE(collection->requests.size(), scenarios.size());
        for (qsizetype i = 0; i < scenarios.size(); ++i) {
            QCOMPARE(collection->requests.at(i).spec.url, scenarios.at(i).request.url);
            QVERIFY(QHostAddress(collection->requests.at(i).spec.url.host()).isLoopback());
        }
    }

    void theBurstRunsIntoTheLabTimeoutMarkerAndGetsTheExpectedDiagnosis()
    {
        // Given the window with the lab started
        QTemporaryDir data;
        LabTestWindow lab(data.path());
        QVERIFY(lab.show());
        QVERIFY2(lab.startLab(), qPrintable(lab.session()->errorString()));
        QTRY_VERIFY(lab.view()->isVisible());
        WaterfallModel *waterfall = lab.window->waterfallModel();
        WaterfallView *waterfallView = lab.window->waterfallPanel()->view();
        QSignalSpy live(waterfall, &WaterfallModel::liveStateChanged);
        QSignalSpy finished(lab.session(), &LabSession::scenarioFinished);
        const QString id = u"504-too-many-concurrent"_s;
        const LabScenario *scenario = lab.session()->scenario(id);
        QVERIFY2(scenario, "the lab has the 504 burst scenario");
        QVERIFY(scenario->burst >= 4);

        // When the user presses its Run button
        QVERIFY2(lab.clickRun(id), "the Run button of the 504 burst starts it");

        // Then the first request grows live in the waterfall while the burst is under way …
        QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty(), 5000);
        QCOMPARE(live.first().first().toBool(), true);
        QCOMPARE(LabScenarioModel::RunState(
                     lab.model()->index(lab.model()->rowForId(id), 0).data(LabScenarioModel::RunStateRole).toInt()),
                 LabScenarioModel::RunState::Running);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);

        // … every request of the burst is a row; the late ones ended with 504 at the 2 s timeout
        QTRY_COMPARE(waterfall->entryCount(), scenario->burst);
        QVERIFY(!waterfall->hasLiveExchange());
        const double timeoutMs = Lab::gatewayReadTimeoutMs();
        int late = 0;
        int early = 0;
        QStringList rows;
        for (int entry = 0; entry < waterfall->entryCount(); ++entry) {
            const QModelIndex index = waterfall->indexForEntry(entry);
            const int status = index.data(WaterfallModel::StatusRole).toInt();
            const double end = index.data(WaterfallModel::StartOffsetRole).toDouble()
                + index.data(WaterfallModel::DurationRole).toDouble();
            rows << u"%1 after %2 ms"_s.arg(status).arg(end, 0, 'f', 0);
            if (status == 504) {
                ++late;
                // QTimer's default coarse timers may fire up to 5 % early.
                QVERIFY2(end >= timeoutMs * 0.94 && end <= timeoutMs + 1500,
                         qPrintable(u"a 504 of the burst ended at the lab gateway's 2 s read timeout: %1"_s.arg(
                             rows.join(u", "))));
            } else if (status == 200) {
                ++early; // answered before the gateway gave up on it
            }
        }
        QVERIFY2(late >= 3 && early >= 1,
                 qPrintable(u"the burst shows answered and timed-out requests: %1"_s.arg(rows.join(u", "))));

        // … the timeout is a labelled marker line on the waterfall, where the late bars end
        const WaterfallScale &scale = waterfallView->scale();
        QVERIFY2(scale.markers().contains(LabRunPresenter::labTimeoutMarker()), "the lab's read timeout is a marker");
        WaterfallMarkerGroup marker;
        bool found = false;
        for (const WaterfallMarkerGroup &group : scale.visibleMarkerGroups()) {
            if (group.label.contains(u"gatescope-lab read timeout")) {
                marker = group;
                found = true;
            }
        }
        QVERIFY2(found, "the marker is inside the visible time range");
        QCOMPARE(marker.label, u"gatescope-lab read timeout 2 s"_s);
        QVERIFY2(marker.x > 0 && marker.x <= scale.pixelWidth(), "the marker line is on the timeline");
        for (int entry = 0; entry < waterfall->entryCount(); ++entry) {
            const WaterfallBar bar = waterfall->barAt(entry);
            if (waterfall->indexForEntry(entry).data(WaterfallModel::StatusRole).toInt() == 504)
                QVERIFY2(std::abs(scale.xForTime(bar.endMs()) - marker.x) < scale.pixelWidth() / 8,
                         "a late bar ends at the marker line");
        }
        // The marker is painted: the axis (its label) and, when the line lies inside the timeline,
        // the rows under it change when the marker is taken away.
        const QRect timeline = waterfallView->timelineRect();
        const int x = timeline.left() + qRound(marker.x);
        const QImage withMarker = waterfallView->viewport()->grab().toImage();
        const QImage axisWithMarker = waterfallView->header()->grab().toImage();
        const QList<WaterfallMarker> markers = waterfallView->runMarkers();
        waterfallView->setRunMarkers({});
        const QImage withoutMarker = waterfallView->viewport()->grab().toImage();
        const QImage axisWithoutMarker = waterfallView->header()->grab().toImage();
        waterfallView->setRunMarkers(markers);
        QVERIFY2(axisWithMarker != axisWithoutMarker, "the marker's label is painted on the time axis");
        if (marker.x <= scale.pixelWidth() - 3) {
            const int px = qRound(x * withMarker.devicePixelRatio());
            bool painted = false;
            for (int dx = -2; dx <= 2 && !painted; ++dx)
                painted = pixelColumn(withMarker, px + dx, 0, withMarker.height())
                    != pixelColumn(withoutMarker, px + dx, 0, withoutMarker.height());
            QVERIFY2(painted, "the marker line is painted across the rows at the scale's x");
        }

        // … the verdict is on the timed-out request, in the diagnosis pane, with a check mark
        const LabRunResult result = finished.first().first().value<LabRunResult>();
        QVERIFY2(result.matched,
                 qPrintable(u"diagnosed %1 %2 by %3"_s.arg(result.diagnosis.status)
                                .arg(result.diagnosis.cause, result.diagnosis.producer.product)));
        DiagnosisPane *pane = lab.window->diagnosisPane();
        QVERIFY(pane->hasDiagnosis());
        QCOMPARE(pane->diagnosis().status, 504);
        QCOMPARE(pane->diagnosis().cause, u"upstream.timeout"_s);
        QCOMPARE(pane->diagnosis().producer.product, u"gatescope-lab"_s);
        const int selected = waterfallView->currentEntry();
        QVERIFY2(selected >= 0, "the diagnosed exchange is selected in the waterfall");
        QCOMPARE(waterfall->indexForEntry(selected).data(WaterfallModel::StatusRole).toInt(), 504);

        const QModelIndex state = lab.model()->index(lab.model()->rowForId(id), LabScenarioModel::StateColumn);
        QVERIFY2(state.data(LabScenarioModel::MatchedRole).toBool(),
                 qPrintable(state.data(LabScenarioModel::DifferenceRole).toString()));
        QCOMPARE(state.data().toString(), u"Matches"_s);
        QCOMPARE(state.data(LabScenarioModel::VerdictRole).toString(),
                 state.data(LabScenarioModel::ExpectedDiagnosisRole).toString());
        QVERIFY2(lab.page->statusLabel()->text().contains(u"matches the expected"),
                 qPrintable(lab.page->statusLabel()->text()));
    }

    void theLabMarkerLeavesWhenTheUserSendsTheirOwnRequest()
    {
        QTemporaryDir data;
        LabTestWindow lab(data.path());
        QVERIFY(lab.show());
        QVERIFY(lab.startLab());
        QSignalSpy finished(lab.session(), &LabSession::scenarioFinished);
        QVERIFY(lab.clickRun(u"direct-refused"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        WaterfallView *waterfallView = lab.window->waterfallPanel()->view();
        QVERIFY(waterfallView->runMarkers().contains(LabRunPresenter::labTimeoutMarker()));

        // The user's own request takes the waterfall over: the lab's line would only confuse it.
        lab.window->waterfallModel()->beginLiveExchange(lab.session()->scenarios().constFirst().request);

        QVERIFY2(!waterfallView->runMarkers().contains(LabRunPresenter::labTimeoutMarker()),
                 "the lab marker is gone once another request is live");
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(LabWindowTest)
#include "tst_labwindow.moc"
