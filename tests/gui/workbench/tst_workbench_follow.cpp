// The workbench follows the user (issue 15, "one current exchange"): whatever the user picks that
// stands for an exchange — a capture entry in the sidebar, a waterfall row, a History row, a lab
// scenario with a result — is shown in every pane: the waterfall row selected, the response, the
// verdict in the decision tree and its checklist, its request in the builder (nothing typed there
// is lost), and the status bar. Driven on the offscreen platform against the fault server and the lab.
#include "../lab/LabTestWindow.h"
#include "WorkbenchFixture.h"
#include "capture/CurlImporter.h"
#include "gui/MainWindow.h"
#include "gui/diagnosis/ChecklistModel.h"
#include "gui/diagnosis/ChecklistView.h"
#include "gui/diagnosis/DecisionTreeModel.h"
#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/export/ExportDialog.h"
#include "gui/request/ProbeOptionsEditor.h"
#include "gui/request/RequestEditor.h"
#include "gui/request/UrlLineEdit.h"
#include "gui/response/ResponseView.h"
#include "gui/waterfall/WaterfallBarDelegate.h"
#include "gui/waterfall/WaterfallColors.h"
#include "gui/waterfall/WaterfallFilterProxy.h"
#include "gui/waterfall/WaterfallFrameLane.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"
#include "gui/workbench/ExchangeActions.h"
#include "gui/workbench/OriginCompareDialog.h"
#include "gui/workbench/ReplayComparison.h"
#include "gui/workspace/WorkspaceModel.h"
#include "lab/FaultServer.h"
#include "lab/Http2FaultServer.h"
#include "model/ExchangeJson.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

class tst_WorkbenchFollow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void selectingAnExchangeShowsItInEveryPane_data();
    void selectingAnExchangeShowsItInEveryPane();
    void aHistoryRowOpensItsRunAsItWas();
    void aLabBatchKeepsEveryRunAndAScenarioShowsItsResult();
    void cancellingIsTheUsersStopNotAServerFailure_data();
    void cancellingIsTheUsersStopNotAServerFailure();
    void theContextMenuActsOnTheRowClicked_data();
    void theContextMenuActsOnTheRowClicked();
    void aReplayIsShownBesideTheCapturedExchange();
    void replayThroughSendsTheCaptureWhereTheUserSays();
    void openInBuilderAsksBeforeReplacingEdits_data();
    void openInBuilderAsksBeforeReplacingEdits();
    void replayThroughChecksTheRouteLikeCurl_data();
    void replayThroughChecksTheRouteLikeCurl();
    void theTreeAndTheVerdictSpeakInWords_data();
    void theTreeAndTheVerdictSpeakInWords();
    void aPastedCurlHeaderWithoutAColonIsReported();
    void theExportDialogOffersTheExchangeBeingLookedAt_data();
    void theExportDialogOffersTheExchangeBeingLookedAt();
    void theViewMenuSwitchesTheTheme();
    void theSameFileImportedTwiceIsReused();
    void compareWithOriginGoesThroughTheChainTheUserTypes();
    void tryingBothProtocolsCallsOutAFaultOnlyOverHttp2();
    void anHttp2ResetShowsInTheFrameLaneUnderItsBar();

private:
    QString importHar(int count);
    // Writes `har` to `fileName` in the test's folder and imports it: the capture's id, or empty.
    QString importHarFile(const QByteArray &har, const QString &fileName);
    void send(const QString &path);
    // Every pane shows `exchange` of the waterfall's entry `entry`.
    void verifyEveryPaneShows(int entry, int status);
    // The clipboard holds what `action` copies of the exchange at expectedUrl.
    void verifyCopied(const QString &action, const QUrl &expectedUrl);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabTestWindow> m_lab;
    MainWindow *m_window = nullptr;
    FaultServer m_server;
    Http2FaultServer m_h2;
};

void tst_WorkbenchFollow::initTestCase()
{
    LabTestWindow::isolateFromUserFiles(m_settings);
    QVERIFY2(m_server.start(QHostAddress::LocalHost, false), qPrintable(m_server.errorString()));
    QVERIFY2(m_h2.start(), qPrintable(m_h2.errorString()));
}

void tst_WorkbenchFollow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_lab = std::make_unique<LabTestWindow>(m_dir->filePath(u"data"_s));
    m_window = m_lab->window.get();
    QVERIFY(m_lab->show());
    QTRY_COMPARE(m_window->diagnosisPane()->treeModel()->rowCount(), 1);
}

void tst_WorkbenchFollow::cleanup()
{
    m_lab.reset();
    m_window = nullptr;
    m_dir.reset();
}

QString tst_WorkbenchFollow::importHar(int count)
{
    return importHarFile(makeHar(count, u"https://api.example.test"_s, 3), u"capture.har"_s);
}

QString tst_WorkbenchFollow::importHarFile(const QByteArray &har, const QString &fileName)
{
    const QString path = m_dir->filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(har);
    file.close();
    QSignalSpy imported(m_window, &MainWindow::importFinished);
    m_window->importFiles({ path });
    if (!QTest::qWaitFor([&] { return imported.count() == 1; }, 10000))
        return {};
    return m_window->workspace()->workspace().captures.constFirst().id;
}

void tst_WorkbenchFollow::send(const QString &path)
{
    QSignalSpy finished(m_window, &MainWindow::runFinished);
    m_window->requestEditor()->urlEdit()->setText(m_server.url(path).toString());
    m_window->sendAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
}

void tst_WorkbenchFollow::verifyEveryPaneShows(int entry, int status)
{
    const Exchange &exchange = m_window->waterfallModel()->exchangeAt(entry);
    // the waterfall: that row is current, and in view
    WaterfallView *view = m_window->waterfallPanel()->view();
    QCOMPARE(view->currentEntry(), entry);
    QVERIFY2(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())),
             "the selected row should be scrolled into view");
    // the response
    QVERIFY2(m_window->responseView()->statusLabel()->text().contains(QString::number(status)),
             qPrintable(m_window->responseView()->statusLabel()->text()));
    // the decision tree and the checklist
    DiagnosisPane *pane = m_window->diagnosisPane();
    QVERIFY(pane->hasDiagnosis());
    QCOMPARE(pane->diagnosis().status, status);
    QVERIFY(pane->treeModel()->hasPath());
    if (status >= 500)
        QVERIFY2(pane->checklistView()->model()->rowCount() > 0, "a failure's checklist should be listed");
    // the builder
    QCOMPARE(m_window->requestEditor()->request().url, exchange.request.url);
    // the status bar names it
    QVERIFY2(m_window->statusText()->text().contains(exchange.request.url.toDisplayString()),
             qPrintable(m_window->statusText()->text()));
}

void tst_WorkbenchFollow::selectingAnExchangeShowsItInEveryPane_data()
{
    QTest::addColumn<bool>("fromSidebar");
    QTest::addColumn<int>("entry");
    QTest::addColumn<int>("status");
    QTest::newRow("a failed capture entry picked in the sidebar") << true << 26 << 502;
    QTest::newRow("a healthy capture entry picked in the sidebar") << true << 3 << 200;
    QTest::newRow("a failed waterfall row clicked") << false << 29 << 502;
    QTest::newRow("a healthy waterfall row clicked") << false << 0 << 200;
}

void tst_WorkbenchFollow::selectingAnExchangeShowsItInEveryPane()
{
    QFETCH(bool, fromSidebar);
    QFETCH(int, entry);
    QFETCH(int, status);
    // Given a request being typed in the builder (saved in the workspace as it is typed)
    const QString typedId = m_window->workspace()->currentRequestId();
    QTest::keyClicks(m_window->requestEditor()->urlEdit(), u"http://typed.example.test/mine"_s);
    QTRY_COMPARE(m_window->workspace()->findRequest(typedId)->spec.url, QUrl(u"http://typed.example.test/mine"_s));
    // … and an imported capture of 30 entries
    const QString captureId = importHar(30);
    QVERIFY(!captureId.isEmpty());
    QCOMPARE(m_window->waterfallModel()->entryCount(), 30);

    // When the user picks an entry
    if (fromSidebar) {
        const QModelIndex index = m_window->workspace()->indexForCaptureEntry(captureId, entry);
        m_window->sidebar()->scrollTo(index);
        QTest::mouseClick(m_window->sidebar()->viewport(), Qt::LeftButton, {},
                          m_window->sidebar()->visualRect(index).center());
    } else {
        WaterfallView *view = m_window->waterfallPanel()->view();
        const QModelIndex index = view->model()->index(entry, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    // Then every pane shows that exchange
    verifyEveryPaneShows(entry, status);
    // … the sidebar follows the waterfall
    QCOMPARE(m_window->sidebar()->currentIndex(), m_window->workspace()->indexForCaptureEntry(captureId, entry));
    // … and what was typed in the builder is still there
    QCOMPARE(m_window->workspace()->findRequest(typedId)->spec.url, QUrl(u"http://typed.example.test/mine"_s));
}

void tst_WorkbenchFollow::aHistoryRowOpensItsRunAsItWas()
{
    // Given two runs: a 500 (with a header and a body of the user's) and then a 200
    m_window->requestEditor()->setRequest([this] {
        RequestSpec request;
        request.method = "POST";
        request.url = m_server.url(u"/stacktrace-500"_s);
        request.headers = { { "X-Trace", "run-1", true }, { "Content-Type", "text/plain", true } };
        request.body = "the user's body";
        return request;
    }());
    QSignalSpy finished(m_window, &MainWindow::runFinished);
    m_window->sendAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const Exchange sent = m_window->waterfallModel()->exchangeAt(0);
    const Diagnosis sentDiagnosis = m_window->diagnosisPane()->diagnosis();
    m_window->requestEditor()->setRequest(RequestSpec {});
    send(u"/json"_s);
    WorkspaceModel *workspace = m_window->workspace();
    QCOMPARE(workspace->workspace().history.size(), 2);
    QCOMPARE(m_window->waterfallModel()->exchangeAt(0).response->status, 200);

    // When the user clicks the older History row
    const QString olderId = workspace->workspace().history.at(1).id;
    const QModelIndex older = workspace->indexForRun(olderId);
    m_window->sidebar()->scrollTo(older);
    QTest::mouseClick(m_window->sidebar()->viewport(), Qt::LeftButton, {},
                      m_window->sidebar()->visualRect(older).center());

    // Then the run opens as it was: its exchange in the waterfall, its verdict, its request
    QCOMPARE(m_window->shown(), MainWindow::Shown::Run);
    QCOMPARE(m_window->shownId(), olderId);
    QCOMPARE(m_window->waterfallModel()->entryCount(), 1);
    verifyEveryPaneShows(0, 500);
    QCOMPARE(m_window->diagnosisPane()->diagnosis().cause, u"origin.exception"_s);
    QCOMPARE(m_window->requestEditor()->request().url.path(), u"/stacktrace-500"_s);
    // … exactly as it was: the same exchange (every field the workspace keeps, times to the
    // microsecond it keeps them at: timings, attempts, headers, body, raw bytes), the same verdict,
    // and the request as it was sent (method, headers, body) in the builder
    QCOMPARE(ExchangeJson::toWorkspaceJson(m_window->waterfallModel()->exchangeAt(0)),
             ExchangeJson::toWorkspaceJson(sent));
    QCOMPARE(m_window->diagnosisPane()->diagnosis(), sentDiagnosis);
    const RequestSpec shown = m_window->requestEditor()->request();
    QCOMPARE(shown.method, sent.request.method);
    QCOMPARE(shown.headers, sent.request.headers);
    QCOMPARE(shown.body, sent.request.body);
}

void tst_WorkbenchFollow::aLabBatchKeepsEveryRunAndAScenarioShowsItsResult()
{
    QVERIFY(m_lab->startLab());
    QSignalSpy done(m_lab->session(), &LabSession::runsFinished);
    QSignalSpy finished(m_lab->session(), &LabSession::scenarioFinished);
    // Two scenarios, one queued behind the other: a batch, as Run all makes
    QVERIFY(m_lab->clickRun(u"500-unhandled-exception"_s));
    QVERIFY(m_lab->clickRun(u"direct-refused"_s));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
    QCOMPARE(finished.count(), 2);

    // Every run of the batch stays in the waterfall, in the order they ran
    WaterfallModel *model = m_window->waterfallModel();
    QCOMPARE(model->entryCount(), 2);
    QCOMPARE(model->exchangeAt(0).response ? model->exchangeAt(0).response->status : 0, 500);
    QVERIFY(!model->exchangeAt(1).response);
    QCOMPARE(m_window->shown(), MainWindow::Shown::Lab);

    // Clicking the first scenario's row shows its result in every pane
    const int row = m_lab->model()->rowForId(u"500-unhandled-exception"_s);
    const QModelIndex index = m_lab->model()->index(row, 0);
    m_lab->view()->scrollTo(index);
    QTest::mouseClick(m_lab->view()->viewport(), Qt::LeftButton, {}, m_lab->view()->visualRect(index).center());
    verifyEveryPaneShows(0, 500);
    QCOMPARE(m_window->diagnosisPane()->diagnosis().cause, u"origin.exception"_s);

    // … and after the waterfall moved on (a capture opened), from its run in the History
    QVERIFY(!importHar(3).isEmpty());
    const int refusedRow = m_lab->model()->rowForId(u"direct-refused"_s);
    const QModelIndex refused = m_lab->model()->index(refusedRow, 0);
    m_lab->view()->scrollTo(refused);
    QTest::mouseClick(m_lab->view()->viewport(), Qt::LeftButton, {}, m_lab->view()->visualRect(refused).center());
    QCOMPARE(m_window->shown(), MainWindow::Shown::Run);
    QCOMPARE(m_window->waterfallModel()->entryCount(), 1);
    QCOMPARE(m_window->diagnosisPane()->diagnosis().cause, u"transport.refused"_s);
}

void tst_WorkbenchFollow::cancellingIsTheUsersStopNotAServerFailure_data()
{
    QTest::addColumn<bool>("withEscape");
    QTest::newRow("Esc pressed") << true;
    QTest::newRow("Cancel clicked (the Send button while busy)") << false;
}

void tst_WorkbenchFollow::cancellingIsTheUsersStopNotAServerFailure()
{
    QFETCH(bool, withEscape);
    // Given a request to a server that never answers, running for 0.9 s
    RequestEditor *editor = m_window->requestEditor();
    editor->urlEdit()->setText(m_server.url(u"/hang"_s).toString());
    QSignalSpy finished(m_window, &MainWindow::runFinished);
    m_window->sendAction()->trigger();
    QTRY_VERIFY(editor->isBusy());
    QTest::qWait(900);
    // When the user cancels it
    if (withEscape)
        QTest::keyClick(m_window, Qt::Key_Escape);
    else
        QTest::mouseClick(editor->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);

    // Then it is "cancelled by you", with no verdict on the server and no predicted status
    const Exchange &exchange = m_window->waterfallModel()->exchangeAt(0);
    QCOMPARE(exchange.transport.outcome, Outcome::Cancelled);
    QVERIFY2(exchange.timings.total >= 850, qPrintable(QString::number(exchange.timings.total)));
    const Diagnosis &diagnosis = m_window->diagnosisPane()->diagnosis();
    QCOMPARE(diagnosis.cause, u"transport.cancelled"_s);
    QCOMPARE(diagnosis.predicted, false);
    QCOMPARE(diagnosis.status, 0);
    const QString verdict = m_window->diagnosisPane()->verdictLabel()->text();
    QVERIFY2(verdict.contains(u"Cancelled by you after 0.9 s"_s) || verdict.contains(u"Cancelled by you after 1.0 s"_s),
             qPrintable(verdict));
    QVERIFY2(!verdict.contains(u"gateway in front"_s) && !verdict.contains(u"Retry"_s), qPrintable(verdict));
    QVERIFY2(m_window->statusText()->text().contains(u"cancelled by you after"_s),
             qPrintable(m_window->statusText()->text()));
    // … not a failure in the waterfall or in the History
    QVERIFY(!m_window->waterfallModel()->isFailure(0));
    WorkspaceModel *workspace = m_window->workspace();
    QCOMPARE(workspace->workspace().history.constFirst().outcome, u"cancelled"_s);
    const QModelIndex run = workspace->indexForRun(workspace->workspace().history.constFirst().id);
    QCOMPARE(run.data(WorkspaceModel::IsFailureRole).toBool(), false);
}

void tst_WorkbenchFollow::theContextMenuActsOnTheRowClicked_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("action");
    for (const QString &where : { u"waterfall row"_s, u"capture entry"_s, u"History row"_s, u"Request menu"_s }) {
        for (const QString &action :
             { u"copyUrl"_s, u"copyCurl"_s, u"copyCurlCmd"_s, u"copyPowerShell"_s, u"copyHar"_s })
            QTest::addRow("%s: %s", qPrintable(where), qPrintable(action)) << where << action;
    }
}

void tst_WorkbenchFollow::theContextMenuActsOnTheRowClicked()
{
    QFETCH(QString, where);
    QFETCH(QString, action);
    const QString captureId = importHar(12);
    QVERIFY(!captureId.isEmpty());
    int entry = 7;
    QAbstractItemView *view = nullptr;
    QModelIndex index;
    QUrl expectedUrl = m_window->waterfallModel()->exchangeAt(entry).request.url;
    if (where == u"waterfall row" || where == u"Request menu") {
        view = m_window->waterfallPanel()->view();
        index = view->model()->index(entry, 0);
    } else if (where == u"capture entry") {
        view = m_window->sidebar();
        index = m_window->workspace()->indexForCaptureEntry(captureId, entry);
    } else {
        send(u"/stacktrace-500"_s);
        expectedUrl = m_server.url(u"/stacktrace-500"_s);
        QVERIFY(!importHar(3).isEmpty()); // the waterfall shows something else now
        view = m_window->sidebar();
        index = m_window->workspace()->indexForRun(m_window->workspace()->workspace().history.constFirst().id);
    }
    view->scrollTo(index);
    QApplication::clipboard()->clear();
    if (where == u"Request menu") {
        // The row clicked, then the Request menu of the menu bar
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QMenu *requestMenu = nullptr;
        for (QAction *top : m_window->menuBar()->actions()) {
            if (top->menu() && top->text() == u"&Request")
                requestMenu = top->menu();
        }
        QVERIFY(requestMenu);
        QAction *chosen = nullptr;
        for (QAction *item : requestMenu->actions()) {
            if (item->objectName() == action)
                chosen = item;
        }
        QVERIFY2(chosen && chosen->isEnabled(), qPrintable(action));
        chosen->trigger();
        verifyCopied(action, expectedUrl);
        return;
    }
    QStringList offered;
    QTimer::singleShot(200, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *chosen = nullptr;
        for (QAction *item : menu->actions()) {
            if (!item->objectName().isEmpty() && item->isEnabled())
                offered.append(item->objectName());
            if (item->objectName() == action)
                chosen = item;
        }
        menu->close();
        if (chosen)
            chosen->trigger();
    });
    // Right-click: the row becomes current, its actions are offered
    QContextMenuEvent event(QContextMenuEvent::Mouse, view->visualRect(index).center(),
                            view->viewport()->mapToGlobal(view->visualRect(index).center()));
    QApplication::sendEvent(view->viewport(), &event); // returns when the menu closed
    QTRY_VERIFY(!offered.isEmpty());
    for (const char *name : { "replay", "replayThrough", "copyCurl", "copyCurlCmd", "copyPowerShell", "copyHar",
                              "copyUrl", "openInBuilder", "exportExchangeReport" })
        QVERIFY2(offered.contains(QString::fromLatin1(name)), qPrintable(offered.join(u", "_s)));
    QCOMPARE(m_window->requestEditor()->request().url, expectedUrl);
    verifyCopied(action, expectedUrl);
}

void tst_WorkbenchFollow::verifyCopied(const QString &action, const QUrl &expectedUrl)
{
    const QString copied = QApplication::clipboard()->text();
    if (action == u"copyUrl") {
        QCOMPARE(QUrl(copied), expectedUrl);
    } else if (action == u"copyCurl" || action == u"copyCurlCmd") {
        // bash or cmd, as the action says; our own importer reads it back to the same request
        const bool cmd = action == u"copyCurlCmd";
        QVERIFY2(copied.startsWith(cmd ? u"curl ^\""_s : u"curl "_s), qPrintable(copied));
        QCOMPARE(CurlImporter::detectDialect(copied.toUtf8()),
                 cmd ? CurlImporter::Dialect::WindowsCmd : CurlImporter::Dialect::Bash);
        const Result<Capture> back = CurlImporter::importText(copied.toUtf8(), u"clipboard"_s);
        QVERIFY2(back.ok(), qPrintable(copied));
        QCOMPARE(back->requests.constFirst().url, expectedUrl);
        QCOMPARE(back->requests.constFirst().method, m_window->exchanges()->currentExchange().request.method);
    } else if (action == u"copyPowerShell") {
        QVERIFY2(copied.startsWith(u"Invoke-WebRequest -UseBasicParsing -Uri '"_s
                                   + expectedUrl.toString(QUrl::FullyEncoded) + u'\''),
                 qPrintable(copied));
    } else {
        const QJsonObject entryJson = QJsonDocument::fromJson(copied.toUtf8()).object();
        QCOMPARE(QUrl(entryJson.value(u"request"_s).toObject().value(u"url"_s).toString()), expectedUrl);
        QVERIFY(entryJson.contains(u"timings"_s));
    }
    QVERIFY2(m_window->statusText()->text().contains(u"Copied the"_s), qPrintable(m_window->statusText()->text()));
}

void tst_WorkbenchFollow::aReplayIsShownBesideTheCapturedExchange()
{
    // Given a capture of the fault server's /json, recorded as a 502 from nginx after 60 s
    QByteArray har = makeHar(3, m_server.url(QString()).toString(QUrl::StripTrailingSlash), 3);
    har.replace("/items/2", "/json");
    QVERIFY(!importHarFile(har, u"replay.har"_s).isEmpty());
    QCOMPARE(m_window->exchanges()->currentEntry(), 2); // the capture opens on its failure
    const int historyBefore = int(m_window->workspace()->workspace().history.size());

    // When the user replays it (Request → Replay)
    QSignalSpy replayed(m_window, &MainWindow::replayFinished);
    QVERIFY(m_window->exchangeActions()->replayAction()->isEnabled());
    m_window->exchangeActions()->replayAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(replayed.count(), 1, 15000);

    // Then the answer is shown beside the captured one, what changed highlighted
    ReplayComparison *comparison = m_window->replayComparison();
    QVERIFY(comparison->isVisible());
    const QString headline = comparison->headline()->text();
    QVERIFY2(headline.contains(u"captured 502 from nginx in 60.0 s → now 200 in"_s), qPrintable(headline));
    QTableWidget *table = comparison->table();
    QCOMPARE(table->item(0, 1)->text(), u"502"_s);
    QCOMPARE(table->item(0, 2)->text(), u"200"_s);
    const QStringList changed = comparison->changedRows();
    for (const QString &row : { u"Status"_s, u"Verdict"_s, u"Total time"_s, u"Wait (time to first byte)"_s })
        QVERIFY2(changed.contains(row), qPrintable(changed.join(u", "_s)));
    QVERIFY2(!changed.contains(u"TLS"_s), "neither used TLS: not a change");
    // … the capture stays in the waterfall, and the replay is in the History
    QCOMPARE(m_window->shown(), MainWindow::Shown::Capture);
    QCOMPARE(int(m_window->workspace()->workspace().history.size()), historyBefore + 1);
    QCOMPARE(m_window->workspace()->workspace().history.constFirst().status, 200);
    // … and another exchange picked brings its response to the front, not the old comparison
    WaterfallView *view = m_window->waterfallPanel()->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
    QCOMPARE(view->currentEntry(), 0);
    QVERIFY(!comparison->isVisible());
    QVERIFY(m_window->responseView()->isVisible());
}

void tst_WorkbenchFollow::replayThroughSendsTheCaptureWhereTheUserSays()
{
    // Given a capture recorded against a host that does not resolve here (replay.example.test),
    // its entry 2 a 502 from nginx after 60 s
    QByteArray har = makeHar(3, u"http://replay.example.test"_s, 3);
    har.replace("/items/2", "/json");
    QVERIFY(!importHarFile(har, u"elsewhere.har"_s).isEmpty());
    QCOMPARE(m_window->exchanges()->currentEntry(), 2);

    // When the user picks Replay through… and connects replay.example.test:80 to the fault server
    const QString connectTo = u"replay.example.test:80:127.0.0.1:%1"_s.arg(m_server.url(u"/"_s).port());
    bool typed = false;
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        const QList<QLineEdit *> fields = dialog ? dialog->findChildren<QLineEdit *>() : QList<QLineEdit *>();
        auto *buttons = dialog ? dialog->findChild<QDialogButtonBox *>() : nullptr;
        if (fields.size() != 3 || !buttons)
            return;
        QTest::keyClicks(fields.at(1), connectTo); // proxy, connect-to, resolve
        typed = true;
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    QSignalSpy replayed(m_window, &MainWindow::replayFinished);
    QAction *replayThrough = m_window->exchangeActions()->replayThroughAction();
    QVERIFY(replayThrough->isEnabled());
    replayThrough->trigger();
    QVERIFY(typed);
    QTRY_COMPARE_WITH_TIMEOUT(replayed.count(), 1, 15000);

    // Then the request reached the fault server under its own host name, and its answer stands
    // beside the captured one
    const QString headline = m_window->replayComparison()->headline()->text();
    QVERIFY2(headline.contains(u"captured 502 from nginx in 60.0 s → now 200 in"_s), qPrintable(headline));
    const HistoryRun &run = m_window->workspace()->workspace().history.constFirst();
    QCOMPARE(run.status, 200);
    QCOMPARE(run.url.host(), u"replay.example.test"_s);
}

void tst_WorkbenchFollow::openInBuilderAsksBeforeReplacingEdits_data()
{
    QTest::addColumn<QString>("edited"); // what the builder holds edits to
    QTest::addColumn<QString>("answer"); // the button clicked; "" = no question expected
    const QString exchange = u"the exchange's own request"_s;
    const QString collection = u"a collection's request"_s;
    QTest::newRow("nothing edited: no question") << QString() << QString();
    QTest::newRow("an exchange's request edited, kept") << exchange << u"keepEdits"_s;
    QTest::newRow("an exchange's request edited, discarded") << exchange << u"discardEdits"_s;
    QTest::newRow("an exchange's request edited, cancelled") << exchange << u"cancel"_s;
    QTest::newRow("a collection's request edited, kept") << collection << u"keepEdits"_s;
    QTest::newRow("a collection's request edited, discarded") << collection << u"discardEdits"_s;
    QTest::newRow("a collection's request edited, cancelled") << collection << u"cancel"_s;
}

void tst_WorkbenchFollow::openInBuilderAsksBeforeReplacingEdits()
{
    QFETCH(QString, edited);
    QFETCH(QString, answer);
    WorkspaceModel *workspace = m_window->workspace();
    RequestEditor *editor = m_window->requestEditor();
    // Given a request of the user's own in a collection …
    const QString typedId = workspace->currentRequestId();
    const QUrl typedUrl(u"http://typed.example.test/mine"_s);
    QTest::keyClicks(editor->urlEdit(), typedUrl.toString());
    QTRY_COMPARE(workspace->findRequest(typedId)->spec.url, typedUrl);
    // … and a capture's entry picked: the builder shows its request
    QVERIFY(!importHar(12).isEmpty());
    WaterfallView *view = m_window->waterfallPanel()->view();
    const QModelIndex row = view->model()->index(7, 0);
    view->scrollTo(row);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    const QUrl exchangeUrl = m_window->waterfallModel()->exchangeAt(7).request.url;
    QCOMPARE(editor->request().url, exchangeUrl);

    // When the user edits what the builder holds
    QString savedAs;
    if (edited == u"a collection's request") {
        m_window->sidebar()->setCurrentIndex(workspace->indexForRequest(typedId));
        QCOMPARE(editor->request().url, typedUrl);
        savedAs = typedId;
    }
    if (!edited.isEmpty()) {
        editor->urlEdit()->setFocus();
        editor->urlEdit()->end(false);
        QTest::keyClicks(editor->urlEdit(), u"/edited"_s);
    }
    const QUrl editedUrl = editor->request().url;
    if (edited == u"the exchange's own request") {
        for (const Collection &collection : workspace->workspace().collections) {
            for (const StoredRequest &request : collection.requests) {
                if (request.spec.url == editedUrl)
                    savedAs = request.id;
            }
        }
        QVERIFY2(!savedAs.isEmpty(), "the edits are saved as they are typed");
    }

    // … and then asks for the exchange's request: Open in builder
    QString question;
    QTimer answering;
    connect(&answering, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"builderEditsQuestion")
            return;
        question = box->text() + u' ' + box->informativeText();
        if (auto *button = box->findChild<QPushButton *>(answer))
            button->click();
        else
            box->reject();
    });
    answering.start(50);
    m_window->exchangeActions()->openInBuilderAction()->trigger();
    answering.stop();

    // Then the user was asked only when there were edits, and what they chose happened
    if (answer.isEmpty()) {
        QVERIFY2(question.isEmpty(), qPrintable(question));
        QCOMPARE(editor->request().url, exchangeUrl);
        return;
    }
    QVERIFY2(question.contains(editedUrl.toDisplayString()), qPrintable(question));
    if (answer == u"cancel") {
        QCOMPARE(editor->request().url, editedUrl); // nothing replaced
        QCOMPARE(workspace->findRequest(savedAs)->spec.url, editedUrl);
        return;
    }
    QCOMPARE(editor->request().url, exchangeUrl);
    if (answer == u"keepEdits") {
        QVERIFY(workspace->findRequest(savedAs));
        QCOMPARE(workspace->findRequest(savedAs)->spec.url, editedUrl);
    } else if (edited == u"a collection's request") {
        QCOMPARE(workspace->findRequest(typedId)->spec.url, typedUrl); // back as it was opened
    } else {
        QVERIFY2(!workspace->findRequest(savedAs), "the edited copy is deleted");
        QCOMPARE(workspace->findRequest(typedId)->spec.url, typedUrl); // the user's own untouched
    }
    // … and the builder's edits start anew: asking again asks nothing
    question.clear();
    answering.start(50);
    m_window->exchangeActions()->openInBuilderAction()->trigger();
    answering.stop();
    QVERIFY2(question.isEmpty(), qPrintable(question));
}

void tst_WorkbenchFollow::replayThroughChecksTheRouteLikeCurl_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("connectTo");
    QTest::addColumn<QString>("resolve");
    QTest::addColumn<bool>("valid");
    QTest::newRow("nothing: the request's own route") << QString() << QString() << QString() << true;
    QTest::newRow("a proxy") << u"http://127.0.0.1:3128"_s << QString() << QString() << true;
    QTest::newRow("connect-to another port")
        << QString() << u"api.example.test:443:127.0.0.1:8443"_s << QString() << true;
    QTest::newRow("resolve to loopback") << QString() << QString() << u"api.example.test:443:127.0.0.1"_s << true;
    QTest::newRow("connect-to missing its port")
        << QString() << u"api.example.test:443:127.0.0.1"_s << QString() << false;
    QTest::newRow("resolve without an address") << QString() << QString() << u"api.example.test:443"_s << false;
    QTest::newRow("a proxy of an unknown scheme") << u"gopher://proxy:70"_s << QString() << QString() << false;
}

void tst_WorkbenchFollow::replayThroughChecksTheRouteLikeCurl()
{
    QFETCH(QString, proxy);
    QFETCH(QString, connectTo);
    QFETCH(QString, resolve);
    QFETCH(bool, valid);
    RequestSpec request;
    request.url = QUrl(u"https://api.example.test/v1"_s);
    const Result<RequestSpec> routed = ExchangeActions::routed(request, { proxy, connectTo, resolve });
    QCOMPARE(routed.ok(), valid);
    if (!valid) {
        QVERIFY(!routed.error().isEmpty());
        return;
    }
    QCOMPARE(routed->options.proxy, proxy);
    QCOMPARE(routed->options.addressOverrides.size(), qsizetype(!connectTo.isEmpty()) + qsizetype(!resolve.isEmpty()));
}

void tst_WorkbenchFollow::theTreeAndTheVerdictSpeakInWords_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("title");
    QTest::newRow("nothing answers: no response")
        << u"/close-before-any-byte"_s << u"transport"_s << u"no response arrived"_s << u"Closed before a response"_s;
    QTest::newRow("a 500 with a stack trace") << u"/stacktrace-500"_s << QString() << QString() << QString();
}

void tst_WorkbenchFollow::theTreeAndTheVerdictSpeakInWords()
{
    QFETCH(QString, path);
    QFETCH(QString, node);
    QFETCH(QString, words);
    QFETCH(QString, title);
    send(path);
    DiagnosisPane *pane = m_window->diagnosisPane();
    DecisionTreeModel *tree = pane->treeModel();
    const Diagnosis &diagnosis = pane->diagnosis();
    // No raw rule expression and no id in what the tree and the verdict show
    for (const QString &id : tree->pathNodeIds()) {
        const QString shown = tree->indexForNode(id, DecisionTreeModel::EvidenceColumn).data().toString();
        QVERIFY2(!shown.contains(u"holds:"_s) && !shown.contains(u'!') && !shown.contains(u" | "_s),
                 qPrintable(id + u": "_s + shown));
    }
    const QString verdict = pane->verdictLabel()->text();
    QVERIFY2(!verdict.contains(diagnosis.cause), qPrintable(verdict));
    QVERIFY2(pane->verdictLabel()->toolTip().contains(diagnosis.cause), "the id stays in the tooltip");
    if (node.isEmpty())
        return;
    const QModelIndex evidence = tree->indexForNode(node, DecisionTreeModel::EvidenceColumn);
    QCOMPARE(evidence.data().toString(), words);
    QVERIFY2(evidence.data(Qt::ToolTipRole).toString().contains(u"!response.present"_s),
             "the raw rule stays in the tooltip");
    QVERIFY2(verdict.contains(title), qPrintable(verdict));
}

void tst_WorkbenchFollow::aPastedCurlHeaderWithoutAColonIsReported()
{
    RequestEditor *editor = m_window->requestEditor();
    QApplication::clipboard()->setText(u"curl -H 'X-Trace: 1' -H 'NoColonHere' https://api.example.test/v1"_s);
    editor->urlEdit()->setFocus();
    QTest::keySequence(editor->urlEdit(), QKeySequence::Paste);
    QCOMPARE(editor->request().url, QUrl(u"https://api.example.test/v1"_s));
    const QString status = m_window->statusText()->text();
    QVERIFY2(status.contains(u"NoColonHere"_s) && status.contains(u"no ':'"_s), qPrintable(status));
}

void tst_WorkbenchFollow::theExportDialogOffersTheExchangeBeingLookedAt_data()
{
    QTest::addColumn<bool>("labBatch");
    QTest::addColumn<QString>("how"); // "File menu" (Ctrl+E, then "Selected exchange only") or "context menu"
    QTest::newRow("a capture's entry 7, File → Export report…") << false << u"File menu"_s;
    QTest::newRow("a capture's entry 7, Export report of this exchange") << false << u"context menu"_s;
    // Each lab run numbers its exchanges from 0: the second run's only exchange is entry 1 of the
    // waterfall but has the index 0, as the first run's has.
    QTest::newRow("the second run of a lab batch, File → Export report…") << true << u"File menu"_s;
    QTest::newRow("the second run of a lab batch, Export report of this exchange") << true << u"context menu"_s;
}

void tst_WorkbenchFollow::theExportDialogOffersTheExchangeBeingLookedAt()
{
    QFETCH(bool, labBatch);
    QFETCH(QString, how);
    // Given an exchange looked at: entry 7 of a capture, or the second run of a lab batch
    int entry = 7;
    if (labBatch) {
        QVERIFY(m_lab->startLab());
        QSignalSpy done(m_lab->session(), &LabSession::runsFinished);
        QVERIFY(m_lab->clickRun(u"500-unhandled-exception"_s));
        QVERIFY(m_lab->clickRun(u"direct-refused"_s));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(m_window->waterfallModel()->entryCount(), 2);
        entry = 1;
    } else {
        QVERIFY(!importHar(12).isEmpty());
    }
    WaterfallView *view = m_window->waterfallPanel()->view();
    const QModelIndex row = view->model()->index(entry, 0);
    view->scrollTo(row);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    QCOMPARE(view->currentEntry(), entry);
    const QUrl looked = m_window->waterfallModel()->exchangeAt(entry).request.url;
    // When the user opens File → Export report… and ticks "Selected exchange only", or picks
    // Export report of this exchange
    QAction *exportAction = m_window->exchangeActions()->exportReportAction();
    if (how == u"File menu") {
        exportAction = nullptr;
        for (QAction *top : m_window->menuBar()->actions()) {
            for (QAction *item : top->menu() ? top->menu()->actions() : QList<QAction *>()) {
                if (item->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                    exportAction = item;
            }
        }
    }
    QVERIFY(exportAction && exportAction->isEnabled());
    bool offered = how != u"File menu";
    QList<QUrl> exported;
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *selectedOnly = dialog->findChild<QCheckBox *>(u"selectedOnly"_s);
        if (how == u"File menu") {
            offered = selectedOnly && selectedOnly->isEnabled();
            if (offered)
                selectedOnly->click();
        }
        for (const ReportEntry &reported : dialog->preparedReport().document.entries)
            exported.append(reported.exchange.request.url);
        dialog->reject();
    });
    exportAction->trigger();
    // Then the report holds that exchange alone
    QVERIFY2(offered, "Selected exchange only is offered for the exchange being looked at");
    QCOMPARE(exported, QList<QUrl> { looked });
}

void tst_WorkbenchFollow::theViewMenuSwitchesTheTheme()
{
    QMenu *themes = m_window->themeMenu();
    QCOMPARE(themes->actions().size(), 3); // System, Light, Dark
    const auto lightness = [] { return QApplication::palette().color(QPalette::Window).lightness(); };
    themes->actions().at(2)->trigger();
    QVERIFY2(lightness() < 100, qPrintable(QString::number(lightness())));
    QCOMPARE(QSettings().value(u"window/colorScheme"_s).toInt(), 2);
    QVERIFY(themes->actions().at(2)->isChecked());
    themes->actions().at(1)->trigger();
    QVERIFY2(lightness() > 150, qPrintable(QString::number(lightness())));
    QCOMPARE(QSettings().value(u"window/colorScheme"_s).toInt(), 1);
    themes->actions().at(0)->trigger();
    QCOMPARE(QSettings().value(u"window/colorScheme"_s).toInt(), 0);
}

void tst_WorkbenchFollow::theSameFileImportedTwiceIsReused()
{
    const QString first = importHar(6);
    QVERIFY(!first.isEmpty());
    QSignalSpy imported(m_window, &MainWindow::importFinished);
    m_window->importFiles({ m_dir->filePath(u"capture.har"_s) });
    QTRY_COMPARE(imported.count(), 1);
    QCOMPARE(m_window->workspace()->workspace().captures.size(), 1);
    QCOMPARE(m_window->shown(), MainWindow::Shown::Capture); // the imported one, shown again
    QCOMPARE(m_window->shownId(), first);
    QVERIFY2(m_window->statusText()->text().contains(u"already imported"_s),
             qPrintable(m_window->statusText()->text()));
}

QTEST_MAIN(tst_WorkbenchFollow)
void tst_WorkbenchFollow::compareWithOriginGoesThroughTheChainTheUserTypes()
{
    // Given nginx's 502 sent from the builder: its hop row offers the timeouts
    send(u"/status?code=502&header=Server:nginx/1.22.1"_s);
    QVERIFY(m_window->diagnosisPane()->timeoutsButton()->isVisible());
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString origin = u"127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();
    const QString hop = u"127.0.0.1:%1"_s.arg(m_server.url(u"/"_s).port());
    // When the user asks to compare with the origin, typing the origin and the one hop in between
    bool typed = false;
    QTimer::singleShot(200, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        auto *origins = dialog ? dialog->findChild<QLineEdit *>(u"origins"_s) : nullptr;
        auto *chain = dialog ? dialog->findChild<QLineEdit *>(u"chainHops"_s) : nullptr;
        auto *buttons = dialog ? dialog->findChild<QDialogButtonBox *>() : nullptr;
        if (!origins || !chain || !buttons)
            return;
        QTest::keyClicks(origins, origin);
        QTest::keyClicks(chain, hop);
        typed = true;
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    m_window->exchangeActions()->compareWithOriginAction()->trigger();
    QVERIFY(typed);
    // Then the comparison has the hop's column and walks the chain down to the refusing origin
    auto *compare = m_window->findChild<OriginCompareDialog *>();
    QVERIFY(compare);
    QSignalSpy finished(compare, &OriginCompareDialog::finished);
    QVERIFY(finished.count() > 0 || finished.wait(15000));
    QCOMPARE(compare->table()->horizontalHeaderItem(1)->text(), u"hop 1 (%1)"_s.arg(hop));
    QVERIFY2(compare->conclusionText().endsWith(
                 u"→ it fails down to the origin (%1): the fault is there or behind it"_s.arg(origin)),
             qPrintable(compare->conclusionText()));
    compare->close();
}

void tst_WorkbenchFollow::tryingBothProtocolsCallsOutAFaultOnlyOverHttp2()
{
    // Given a request to an HTTPS origin that refuses HTTP/2 streams (RST_STREAM REFUSED_STREAM)
    // and answers HTTP/1.1, sent from the builder over HTTP/1.1 with certificate checks off
    QCheckBox *verify = nullptr;
    for (QCheckBox *box : m_window->requestEditor()->optionsEditor()->findChildren<QCheckBox *>()) {
        if (box->accessibleName() == u"Verify TLS certificates")
            verify = box;
    }
    QVERIFY(verify);
    if (verify->isChecked())
        verify->click();
    QSignalSpy ran(m_window, &MainWindow::runFinished);
    m_window->requestEditor()->urlEdit()->setText(m_h2.tlsUrl(u"/rst?code=7"_s).toString());
    m_window->sendAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(ran.count(), 1, 15000);
    QCOMPARE(m_window->diagnosisPane()->diagnosis().status, 200);
    // When the user picks Request → Try over HTTP/1.1 / HTTP/2
    QAction *tryBoth = m_window->exchangeActions()->compareProtocolsAction();
    QVERIFY(tryBoth->isEnabled());
    bool inRequestMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(tryBoth))
            inRequestMenu = true;
    }
    QVERIFY2(inRequestMenu, "the action should be in a menu of the menu bar");
    tryBoth->trigger();
    // Then a side-by-side window sends it both ways: HTTP/1.1 answers, HTTP/2 is reset, and the
    // conclusion calls out the fault that appears only over HTTP/2
    auto *compare = m_window->findChild<ProtocolCompareDialog *>();
    QVERIFY(compare);
    QVERIFY(compare->isVisible());
    QSignalSpy finished(compare, &ProtocolCompareDialog::finished);
    QVERIFY(finished.count() > 0 || finished.wait(15000));
    QTableWidget *table = compare->table();
    QCOMPARE(table->horizontalHeaderItem(0)->text(), u"HTTP/1.1"_s);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), u"HTTP/2"_s);
    QCOMPARE(table->verticalHeaderItem(0)->text(), u"Spoken"_s);
    QCOMPARE(table->item(0, 1)->text(), u"HTTP/2 (TLS, ALPN h2)"_s);
    QCOMPARE(table->item(1, 0)->text(), u"200"_s); // status
    QCOMPARE(table->item(2, 1)->text(), u"stream reset (REFUSED_STREAM)"_s);
    QVERIFY2(table->item(2, 1)->font().bold(), "a row that differs from the first column is bold");
    QVERIFY2(compare->conclusionText().startsWith(u"Only over HTTP/2: stream reset (REFUSED_STREAM)"_s),
             qPrintable(compare->conclusionText()));
    auto *conclusion = compare->findChild<QLabel *>(u"compareConclusion"_s);
    QVERIFY(conclusion);
    QCOMPARE(conclusion->text(), compare->conclusionText());
    compare->close();
}

void tst_WorkbenchFollow::anHttp2ResetShowsInTheFrameLaneUnderItsBar()
{
    // Given the builder set to HTTP/2 (ALPN, as curl --http2), certificate checks off, and an
    // HTTPS origin that refuses the stream (RST_STREAM REFUSED_STREAM)
    ProbeOptionsEditor *options = m_window->requestEditor()->optionsEditor();
    QComboBox *protocol = nullptr;
    for (QComboBox *box : options->findChildren<QComboBox *>()) {
        if (box->accessibleName() == u"Protocol")
            protocol = box;
    }
    QVERIFY(protocol);
    protocol->setCurrentIndex(int(ProbeOptions::HttpVersion::Http2));
    for (QCheckBox *box : options->findChildren<QCheckBox *>()) {
        if (box->accessibleName() == u"Verify TLS certificates" && box->isChecked())
            box->click();
    }
    WaterfallView *view = m_window->waterfallPanel()->view();
    QVERIFY(!m_window->waterfallModel()->hasFrameLanes());
    // When the user sends it
    QSignalSpy ran(m_window, &MainWindow::runFinished);
    m_window->requestEditor()->urlEdit()->setText(m_h2.tlsUrl(u"/rst?code=7"_s).toString());
    m_window->sendAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(ran.count(), 1, 15000);
    // Then its row, spoken over h2, grows a frame lane under the bar
    WaterfallModel *model = m_window->waterfallModel();
    const int entry = model->entryCount() - 1;
    QCOMPARE(model->exchangeAt(entry).protocol, u"h2"_s);
    QVERIFY(model->hasFrameLanes());
    const QModelIndex cell = view->filterProxy()->indexForEntry(entry, WaterfallModel::TimelineColumn);
    view->scrollTo(cell);
    const QRect rect = view->visualRect(cell);
    QVERIFY(view->viewport()->rect().contains(rect.center()));
    const QRect lane = WaterfallBarDelegate::frameLaneRect(rect, view->fontMetrics());
    QVERIFY2(lane.top() > rect.top() + rect.height() / 3, "the lane sits under the bar");
    QVERIFY2(rect.height() >= view->fontMetrics().height() + lane.height(), "the row makes room for the lane");
    // with the RST_STREAM as a failure mark where the time axis puts it
    const WaterfallBar bar = model->barAt(entry);
    const QList<WaterfallFrameMark> marks = WaterfallFrameLane::marks(
        view->scale(), bar.startMs, bar.frames, WaterfallBarDelegate::frameMergeDistance(view->fontMetrics()));
    const auto failure = std::find_if(marks.begin(), marks.end(), [](const WaterfallFrameMark &mark) {
        return mark.kind == WaterfallFrameMark::Kind::Failure;
    });
    QVERIFY2(failure != marks.end(), "the reset should have a failure mark");
    const int markX = view->timelineRect().left() + int(std::lround(failure->x));
    const QImage image = view->viewport()->grab().toImage();
    const QColor red = WaterfallColors(view->palette()).failure();
    bool painted = false;
    for (int x = markX - 1; x <= markX + 3; ++x) {
        const QPoint at = QPoint(x, lane.center().y()) * image.devicePixelRatio();
        painted |= image.pixelColor(at).rgb() == red.rgb();
    }
    QVERIFY2(painted, "the failure mark should be painted in the failure colour");
    // When the user hovers the mark, then the tooltip names the frame and its error code
    const QPoint hover(markX + 1, lane.center().y());
    QHelpEvent help(QEvent::ToolTip, hover, view->viewport()->mapToGlobal(hover));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(u"RST_STREAM received on stream 1"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"error REFUSED_STREAM"_s), qPrintable(tip));
    QToolTip::hideText();
    // and over the bar itself the row's own tooltip is still shown
    const QPoint overBar(markX + 1, rect.top() + 2);
    QHelpEvent barHelp(QEvent::ToolTip, overBar, view->viewport()->mapToGlobal(overBar));
    QApplication::sendEvent(view->viewport(), &barHelp);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"Protocol h2"_s), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

#include "tst_workbench_follow.moc"
