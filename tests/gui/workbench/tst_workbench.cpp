// The workbench window driven as a user would, on the offscreen platform: type a URL of the fault
// server, press Ctrl+Enter, watch the waterfall, the decision tree and the checklist; import a HAR;
// type a bad URL; paste a curl command.
#include "WorkbenchFixture.h"
#include "gui/MainWindow.h"
#include "gui/diagnosis/ChecklistModel.h"
#include "gui/diagnosis/ChecklistView.h"
#include "gui/diagnosis/DecisionTreeModel.h"
#include "gui/diagnosis/DecisionTreeView.h"
#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/diagnosis/HopRowView.h"
#include "gui/request/KeyValueTable.h"
#include "gui/request/RequestEditor.h"
#include "gui/request/UrlLineEdit.h"
#include "gui/response/ResponseView.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"
#include "gui/workbench/ExchangePresenter.h"
#include "gui/workspace/WorkspaceModel.h"
#include "lab/FaultServer.h"
#include "workspace/WorkspaceStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

class tst_Workbench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sendingToTheFaultServerShowsPhasesPathAndChecklist();
    void escapeCancelsAHangingRequest();
    void importingAHarShowsOneRowPerEntryAndMarksFailures();
    void aTimeoutCorrectedInTheWindowIsTheOneTheVerdictNames();
    void invalidUrlDisablesSendAndExplainsInline();
    void invalidUrlDisablesSendAndExplainsInline_data();
    void invalidHeaderDisablesSend();
    void pastingCurlIntoTheUrlFieldFillsTheRequest();
    void queryTableAndUrlStayInStep();
    void checklistTicksAreSavedInTheWorkspace();
    void ruleTreeIsBrowsableWithoutARequest();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    FaultServer m_server;
};

void tst_Workbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(QHostAddress::LocalHost, false), qPrintable(m_server.errorString()));
}

void tst_Workbench::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(m_dir->filePath(u"data"_s));
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The window reads the rule tree right after its first frame is on screen.
    QTRY_COMPARE(m_window->diagnosisPane()->treeModel()->rowCount(), 1);
}

void tst_Workbench::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void tst_Workbench::sendingToTheFaultServerShowsPhasesPathAndChecklist()
{
    // Given an empty request in the editor
    RequestEditor *editor = m_window->requestEditor();
    UrlLineEdit *url = editor->urlEdit();
    url->setFocus();
    url->selectAll();
    // When the user types a URL of the fault server and presses Ctrl+Enter
    QTest::keyClicks(url, m_server.url(u"/stacktrace-500"_s).toString());
    QVERIFY2(editor->canSend(), qPrintable(editor->problem()));
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(editor->isBusy() || finished.count() == 1, "Ctrl+Enter should start the request");
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);

    // Then the waterfall has the row with its phases
    WaterfallModel *model = m_window->waterfallModel();
    QCOMPARE(model->entryCount(), 1);
    const WaterfallBar bar = model->barAt(0);
    QVERIFY2(!bar.live, "the row should have stopped growing");
    const auto connectIndex = 2, sendIndex = 4, waitIndex = 5;
    QVERIFY2(bar.phaseMs[connectIndex] >= 0, "connect phase missing from the bar");
    QVERIFY2(bar.phaseMs[sendIndex] >= 0, "send phase missing from the bar");
    QVERIFY2(bar.phaseMs[waitIndex] >= 0, "wait phase missing from the bar");
    QCOMPARE(model->exchangeAt(0).response->status, 500);
    QVERIFY(model->isFailure(0));

    // … the tree shows the path, ending at a leaf
    DiagnosisPane *pane = m_window->diagnosisPane();
    QVERIFY(pane->hasDiagnosis());
    DecisionTreeModel *tree = pane->treeModel();
    QVERIFY2(tree->hasPath(), "no path highlighted in the decision tree");
    QVERIFY2(!pane->treeView()->isColumnHidden(1), "the evidence column is shown with a diagnosis");
    QVERIFY2(pane->treeView()->columnWidth(1) >= pane->treeView()->viewport()->width() / 3,
             qPrintable(u"evidence column %1 px of %2"_s.arg(pane->treeView()->columnWidth(1))
                            .arg(pane->treeView()->viewport()->width())));
    const QString leaf = tree->pathNodeIds().constLast();
    const QModelIndex leafIndex = tree->indexForNode(leaf);
    QVERIFY(leafIndex.data(DecisionTreeModel::IsLeafRole).toBool());
    QVERIFY(leafIndex.data(DecisionTreeModel::OnPathRole).toBool());
    QVERIFY2(pane->treeView()->isExpanded(leafIndex.parent()), "the path should be expanded");
    QCOMPARE(pane->treeView()->currentIndex().data(DecisionTreeModel::NodeIdRole).toString(), leaf);
    QCOMPARE(pane->diagnosis().cause, u"origin.exception"_s);

    // … and the leaf's checklist is shown
    ChecklistView *checklist = pane->checklistView();
    QVERIFY2(checklist->model()->rowCount() > 0, "the verdict's checklist should be listed");
    QVERIFY(checklist->isVisible());
    QVERIFY(checklist->copyButton()->isEnabled());

    // … the response pane shows the status, and the run is in the history
    QVERIFY2(m_window->responseView()->statusLabel()->text().contains(u"500"_s),
             qPrintable(m_window->responseView()->statusLabel()->text()));
    QCOMPARE(m_window->workspace()->workspace().history.size(), 1);
    QCOMPARE(m_window->workspace()->workspace().history.constFirst().status, 500);
}

void tst_Workbench::escapeCancelsAHangingRequest()
{
    RequestEditor *editor = m_window->requestEditor();
    editor->urlEdit()->setText(m_server.url(u"/hang"_s).toString());
    QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
    m_window->sendAction()->trigger();
    QTRY_VERIFY(editor->isBusy());
    QVERIFY(m_window->cancelAction()->isEnabled());
    QCOMPARE(editor->sendButton()->isEnabled(), true); // it is the Cancel button now
    QTest::qWait(200);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(!editor->isBusy());
    QVERIFY2(m_window->waterfallModel()->exchangeAt(0).transport.outcome != Outcome::Ok,
             "a cancelled request has no OK outcome");
}

void tst_Workbench::importingAHarShowsOneRowPerEntryAndMarksFailures()
{
    const QString path = m_dir->filePath(u"capture.har"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(makeHar(30, u"https://api.example.test"_s, 3));
    file.close();

    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    m_window->importFiles({ path });
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 10000);
    QVERIFY2(imported.constFirst().at(1).toBool(), "the HAR should import");

    // One waterfall row per entry
    WaterfallModel *model = m_window->waterfallModel();
    QCOMPARE(model->entryCount(), 30);
    QCOMPARE(m_window->shown(), MainWindow::Shown::Capture);
    int failures = 0;
    for (int i = 0; i < model->entryCount(); ++i)
        failures += model->isFailure(i) ? 1 : 0;
    QCOMPARE(failures, 10);

    // The sidebar lists the entries, 5xx marked
    WorkspaceModel *workspace = m_window->workspace();
    QCOMPARE(workspace->workspace().captures.size(), 1);
    const QModelIndex capture = workspace->indexForCapture(workspace->workspace().captures.constFirst().id);
    QCOMPARE(workspace->rowCount(capture), 30);
    QVERIFY(workspace->index(2, 0, capture).data(WorkspaceModel::IsFailureRole).toBool());
    QVERIFY(!workspace->index(0, 0, capture).data(WorkspaceModel::IsFailureRole).toBool());
    QVERIFY(workspace->index(2, 0, capture).data(Qt::ForegroundRole).isValid());

    // Selecting a failed entry in the sidebar selects it in the waterfall and diagnoses it
    m_window->sidebar()->setCurrentIndex(workspace->index(2, 0, capture));
    QCOMPARE(m_window->waterfallPanel()->view()->currentEntry(), 2);
    QVERIFY(m_window->diagnosisPane()->hasDiagnosis());
    QCOMPARE(m_window->diagnosisPane()->diagnosis().status, 502);

    // The capture's content is in a file of its own
    QVERIFY(QFile::exists(WorkspaceStore::captureFilePath(m_window->store()->directory(),
                                                          workspace->workspace().captures.constFirst().id)));
}

void tst_Workbench::aTimeoutCorrectedInTheWindowIsTheOneTheVerdictNames()
{
    // Given a capture whose third entry is nginx's 504 after a 30 s wait, shown in the window
    QByteArray har = makeHar(3, u"https://api.example.test"_s, 3);
    har.replace("502 Bad Gateway", "504 Gateway Time-out")
        .replace("\"status\":502", "\"status\":504")
        .replace("Bad Gateway", "Gateway Time-out")
        .replace("\"wait\":60000", "\"wait\":30000");
    const QString path = m_dir->filePath(u"nginx-504.har"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(har);
    file.close();
    QSignalSpy imported(m_window.get(), &MainWindow::importFinished);
    m_window->importFiles({ path });
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 10000);
    QVERIFY(m_window->exchanges()->select(2));
    QLabel *verdict = m_window->diagnosisPane()->verdictLabel();
    QVERIFY2(verdict->text().contains(u"504"_s), qPrintable(verdict->text()));
    QVERIFY2(!verdict->text().contains(u"as you gave it"_s), qPrintable(verdict->text()));
    HopRowView *hops = m_window->diagnosisPane()->hopRow();
    QVERIFY2(hops->boxToolTip(0).contains(u"proxy_read_timeout 60.0 s (default)"_s), qPrintable(hops->boxToolTip(0)));

    // When the user corrects nginx's first-byte timeout for the site to their 30 s (the timeout table)
    m_window->workspace()->setTimeoutCorrection({ u"api.example.test"_s, u"nginx"_s, u"read"_s, 30 });

    // Then the verdict's sentence names their value as the timeout the wait ended at, and the hop
    // row says which of nginx's values is theirs and which are defaults
    QTRY_VERIFY2(verdict->text().contains(u"nginx proxy_read_timeout (30 s, as you gave it)"_s),
                 qPrintable(verdict->text()));
    QVERIFY2(hops->boxToolTip(0).contains(u"proxy_read_timeout 30.0 s (as you gave it)"_s),
             qPrintable(hops->boxToolTip(0)));
    QVERIFY2(hops->boxToolTip(0).contains(u"proxy_connect_timeout 60.0 s (default)"_s),
             qPrintable(hops->boxToolTip(0)));

    // and back to the default, the sentence no longer names it
    m_window->workspace()->setTimeoutCorrection({ u"api.example.test"_s, u"nginx"_s, u"read"_s, 0 });
    QTRY_VERIFY2(!verdict->text().contains(u"as you gave it"_s), qPrintable(verdict->text()));
}

void tst_Workbench::invalidUrlDisablesSendAndExplainsInline_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("no scheme") << u"example.test/path"_s << u"http://"_s;
    QTest::newRow("ftp scheme") << u"ftp://example.test/"_s << u"ftp://"_s;
    QTest::newRow("space in host") << u"http://exa mple.test/"_s
                                   << u"space at character 11; write it as %20: http://exa%20mple.test/"_s;
    QTest::newRow("no host") << u"http:///path"_s << u"host"_s;
}

void tst_Workbench::invalidUrlDisablesSendAndExplainsInline()
{
    QFETCH(QString, url);
    QFETCH(QString, expectedWords);
    RequestEditor *editor = m_window->requestEditor();
    editor->urlEdit()->clear();
    QTest::keyClicks(editor->urlEdit(), url);
    QVERIFY2(!editor->sendButton()->isEnabled(), "Send must be disabled for a bad URL");
    QVERIFY(!editor->canSend());
    QVERIFY2(editor->messageLabel()->isVisible(), "the problem must be shown inline");
    QVERIFY2(editor->messageLabel()->text().contains(expectedWords, Qt::CaseInsensitive),
             qPrintable(editor->messageLabel()->text()));
    // Fixing it enables Send again
    editor->urlEdit()->clear();
    QTest::keyClicks(editor->urlEdit(), m_server.url(u"/json"_s).toString());
    QVERIFY(editor->sendButton()->isEnabled());
    QVERIFY(!editor->messageLabel()->isVisible());
}

void tst_Workbench::invalidHeaderDisablesSend()
{
    RequestEditor *editor = m_window->requestEditor();
    editor->urlEdit()->setText(m_server.url(u"/json"_s).toString());
    QVERIFY(editor->canSend());
    KeyValueTable *headers = editor->headersTable();
    headers->item(headers->rowCount() - 1, 0)->setText(u"Bad Header"_s);
    QVERIFY(!editor->sendButton()->isEnabled());
    QVERIFY2(editor->messageLabel()->text().contains(u"Bad Header"_s), qPrintable(editor->messageLabel()->text()));
    headers->item(0, 0)->setText(u"X-Good"_s);
    QVERIFY(editor->sendButton()->isEnabled());
    QCOMPARE(editor->request().headers.constFirst().name, QByteArray("X-Good"));
}

void tst_Workbench::pastingCurlIntoTheUrlFieldFillsTheRequest()
{
    RequestEditor *editor = m_window->requestEditor();
    QApplication::clipboard()->setText(u"curl -X POST 'https://api.example.test/v1/items?limit=5' \\\n"
                                       "  -H 'Content-Type: application/json' -H 'X-Trace: 1' \\\n"
                                       "  --data '{\"a\":1}'"_s);
    editor->urlEdit()->setFocus();
    QTest::keySequence(editor->urlEdit(), QKeySequence::Paste);
    const RequestSpec spec = editor->request();
    QCOMPARE(spec.method, QByteArray("POST"));
    QCOMPARE(spec.url.toString(), u"https://api.example.test/v1/items?limit=5"_s);
    QCOMPARE(headerValue(spec.headers, "X-Trace"), QByteArray("1"));
    QCOMPARE(spec.body, QByteArray("{\"a\":1}"));
    QCOMPARE(editor->queryTable()->rows().size(), 1);
    // … and the workspace has it
    QCOMPARE(m_window->workspace()->findRequest(m_window->workspace()->currentRequestId())->spec.method,
             QByteArray("POST"));
}

void tst_Workbench::queryTableAndUrlStayInStep()
{
    RequestEditor *editor = m_window->requestEditor();
    editor->urlEdit()->clear();
    QTest::keyClicks(editor->urlEdit(), u"https://example.test/search?q=a%20b&page=2"_s);
    const QList<KeyValueTable::Row> rows = editor->queryTable()->rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).name, u"q"_s);
    QCOMPARE(rows.at(0).value, u"a b"_s);
    // Editing the table rewrites the URL
    editor->queryTable()->item(1, 1)->setText(u"3"_s);
    QCOMPARE(editor->urlEdit()->text(), u"https://example.test/search?q=a%20b&page=3"_s);
    // Switching a parameter off takes it out of the URL but keeps the row
    editor->queryTable()->item(0, 0)->setCheckState(Qt::Unchecked);
    QCOMPARE(editor->urlEdit()->text(), u"https://example.test/search?page=3"_s);
    QCOMPARE(editor->queryTable()->rows().size(), 2);
}

void tst_Workbench::checklistTicksAreSavedInTheWorkspace()
{
    DiagnosisPane *pane = m_window->diagnosisPane();
    DecisionTreeModel *tree = pane->treeModel();
    const RuleNode *leafWithChecklist = nullptr;
    for (const RuleNode *node : tree->ruleTree().leaves()) {
        if (!node->checklist.isEmpty() && tree->ruleTree().checklists().contains(node->checklist)) {
            leafWithChecklist = node;
            break;
        }
    }
    QVERIFY2(leafWithChecklist, "the built-in rules should have a leaf with a checklist");
    pane->treeView()->setCurrentIndex(tree->indexForNode(leafWithChecklist->id));
    ChecklistModel *checklist = pane->checklistView()->model();
    QVERIFY(checklist->rowCount() > 0);
    QVERIFY(checklist->setData(checklist->index(0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_window->workspace()->checkedItems(leafWithChecklist->checklist), QSet<int> { 0 });
    QVERIFY(checklist->toMarkdown().contains(u"- [x] "_s));
    QVERIFY(m_window->store()->saveNow());
    QFile file(m_window->store()->workspaceFilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.readAll().contains(leafWithChecklist->checklist.toUtf8()),
             "checklist state missing from workspace.json");
}

void tst_Workbench::ruleTreeIsBrowsableWithoutARequest()
{
    DiagnosisPane *pane = m_window->diagnosisPane();
    QVERIFY(!pane->hasDiagnosis());
    DecisionTreeModel *tree = pane->treeModel();
    QVERIFY(!tree->hasPath());
    QVERIFY2(pane->treeView()->isColumnHidden(1),
             "with no diagnosis the empty evidence column gives its room to the rules");
    QCOMPARE(tree->rowCount(), 1);
    QVERIFY2(tree->rowCount(tree->index(0, 0)) >= 3, "the root should branch");
    QVERIFY(pane->treeView()->isExpanded(tree->index(0, 0)));
    // Nothing is dimmed when there is no path
    QVERIFY(!tree->index(0, 0, tree->index(0, 0)).data(Qt::ForegroundRole).isValid());
}

QTEST_MAIN(tst_Workbench)
#include "tst_workbench.moc"
