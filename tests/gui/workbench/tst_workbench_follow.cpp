// The workbench follows the user (issue 15, "one current exchange"): whatever the user picks that
// stands for an exchange — a capture entry in the sidebar, a waterfall row, a History row, a lab
// scenario with a result — is shown in every pane: the waterfall row selected, the response, the
// verdict in the decision tree and its checklist, its request in the builder (nothing typed there
// is lost), and the status bar. Driven on the offscreen platform against the fault server and the lab.
#include "../lab/LabTestWindow.h"
#include "WorkbenchFixture.h"
#include "gui/MainWindow.h"
#include "gui/diagnosis/ChecklistModel.h"
#include "gui/diagnosis/ChecklistView.h"
#include "gui/diagnosis/DecisionTreeModel.h"
#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/request/RequestEditor.h"
#include "gui/request/UrlLineEdit.h"
#include "gui/response/ResponseView.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"
#include "gui/workspace/WorkspaceModel.h"
#include "lab/FaultServer.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
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

private:
    QString importHar(int count);
    void send(const QString &path);
    // Every pane shows `exchange` of the waterfall's entry `entry`.
    void verifyEveryPaneShows(int entry, int status);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LabTestWindow> m_lab;
    MainWindow *m_window = nullptr;
    FaultServer m_server;
};

void tst_WorkbenchFollow::initTestCase()
{
    LabTestWindow::isolateFromUserFiles(m_settings);
    QVERIFY2(m_server.start(QHostAddress::LocalHost, false), qPrintable(m_server.errorString()));
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
    const QString path = m_dir->filePath(u"capture.har"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(makeHar(count, u"https://api.example.test"_s, 3));
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
    // Given two runs: a 500 and then a 200
    send(u"/stacktrace-500"_s);
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

QTEST_MAIN(tst_WorkbenchFollow)
#include "tst_workbench_follow.moc"
