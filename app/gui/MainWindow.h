#pragma once

#include "diagnosis/Diagnoser.h"
#include "gui/workbench/ExchangePresenter.h"
#include "model/Exchange.h"
#include "workspace/Workspace.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QThread;
class QTreeView;

namespace Gatescope {
class ProbeEngine;
class WorkspaceStore;
} // namespace Gatescope

namespace Gatescope::Gui {

class BuilderEdits;
class CaptureImports;
class ExchangeActions;
class ReplayComparison;
class DiagnosisPane;
class LogsPane;
class LabPage;
class LabRunPresenter;
class LabSession;
class RequestEditor;
class ResponseView;
class WaterfallModel;
class WaterfallPanel;
class WorkspaceModel;
class WorkspaceSidebar;

// The workbench window. Left: the workspace sidebar (collections, imported captures, history).
// Middle: the request builder, the live waterfall and, under it, the response (and the 5xx Lab).
// Right: the diagnosis — the rule tree with the path taken and the checklist. It wires the pieces:
// Send runs the ProbeEngine with the waterfall following live; each finished run is diagnosed and
// added to the history; selecting an exchange anywhere shows it everywhere; imports run in a worker
// thread; every edit reaches the workspace, which autosaves. Layout comes back from QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // dataDirectory empty = QStandardPaths::AppDataLocation
    explicit MainWindow(const QString &dataDirectory = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceModel *workspace() const { return m_workspace; }
    WorkspaceStore *store() const { return m_store; }
    RequestEditor *requestEditor() const { return m_editor; }
    WaterfallModel *waterfallModel() const { return m_waterfallModel; }
    WaterfallPanel *waterfallPanel() const { return m_waterfall; }
    ResponseView *responseView() const { return m_response; }
    DiagnosisPane *diagnosisPane() const { return m_diagnosis; }
    QTreeView *sidebar() const { return m_sidebar; }
    WorkspaceSidebar *sidebarPanel() const { return m_sidebarPanel; }
    ProbeEngine *probeEngine() const { return m_engine; }
    QAction *sendAction() const { return m_send; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *watchAction() const { return m_watch; }
    QAction *rampAction() const { return m_ramp; }
    QAction *loadScriptAction() const { return m_exportLoadScript; }
    QAction *keepAliveAction() const { return m_keepAlive; }
    bool isFirstStart() const { return m_firstStart; }
    bool isImporting() const;
    QProgressBar *importProgressBar() const { return m_importProgress; } // 0–1000 while importing
    QPushButton *importCancelButton() const { return m_importCancel; }
    QLabel *statusText() const { return m_statusText; }

    // The waterfall's "document" (what its rows are) and the exchange being looked at.
    using Shown = ExchangePresenter::Source;
    ExchangePresenter *exchanges() const { return m_exchanges; }
    CaptureImports *imports() const { return m_imports; }
    ExchangeActions *exchangeActions() const { return m_exchangeActions; }
    ReplayComparison *replayComparison() const { return m_comparison; }
    Shown shown() const { return m_exchanges->source(); }
    QString shownId() const { return m_exchanges->sourceId(); }
    LabPage *labPage() const { return m_labPage; }
    // View → Theme: 0 system, 1 light, 2 dark (GuiApplication's ColorScheme), kept in the settings.
    static int savedColorScheme();
    QMenu *themeMenu() const { return m_themeMenu; }

public Q_SLOTS:
    void newRequest();
    void sendRequest();
    void cancelRequest();
    void importFiles(const QStringList &paths);
    void importText(const QByteArray &text, const QString &name);
    void cancelImports(); // every running import stops; none of them changes the workspace
    void pasteAsRequest();
    void openLab();
    void openWatch(); // "Watch…": the builder's request repeated over time, in its own window
    void openRamp(); // "Ramp…": the capacity probe of the builder's request, in its own window
    // "Export as Locust or k6…": the selected collection's requests, else the builder's request
    void exportLoadScript();
    void openKeepAlive(); // "Keep-alive timeout…": the builder's host's idle timeout, in its own window
    void showExport(bool currentOnly = false); // currentOnly: the exchange being looked at
    void replay(const Exchange &captured, const RequestSpec &request); // shown beside it when back
    void openInBuilder(); // the current exchange's request in the builder, focused
    void showLabScenario(const QString &scenarioId); // its last result, in every pane
    void showRun(const QString &runId, int entry = -1);

Q_SIGNALS:
    void runFinished(const QString &runId);
    void importFinished(const QString &name, bool ok);
    void replayFinished(); // the comparison is on screen

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupWidgets();
    void setupActions();
    void setupMenus();
    void setupConnections();
    void setupLab();
    void balanceLabAndWaterfall(); // the lab list's spare rows to the waterfall, after the lab starts
    void finishStartup(); // the lab, the rule tree and the gateway markers: after the first frame
    void retranslate();
    void restoreLayout();
    void saveLayout();
    void loadWorkspace();
    void applyGatewayMarkers();
    void editGatewayMarkers();

    void openRequest(const QString &requestId);
    void onEditorEdited();
    void onSidebarCurrentChanged(const QModelIndex &current);
    void onExchangeShown(const Exchange &exchange, const Diagnosis &diagnosis);
    QString shownKey() const; // which exchange is shown: source, its id, the entry
    QString exchangeLine(const Exchange &exchange, const Diagnosis &diagnosis) const;
    void showRequestInBuilder(const RequestSpec &spec);
    void onReplayFinished(const QList<Exchange> &exchanges);
    void onCaptureLoaded(const QString &captureId, const Result<Capture> &result);
    void onRunFinished(const RequestSpec &request, const QList<Exchange> &exchanges);
    // Adds a run to the history (and its exchanges to the run's file); returns the run's id.
    QString recordRun(const RequestSpec &request, const QList<Exchange> &exchanges, const Exchange &shown,
                      const Diagnosis &diagnosis);
    void showCapture(const QString &captureId, int entry);
    void addCaptureResult(quint64 importId, const QString &path, const Result<Capture> &capture,
                          const CaptureSummary &summary);
    // A HAR's entries as its import reads them: the waterfall shows them as an Import document.
    void showImportedEntries(quint64 importId, const QList<Exchange> &exchanges);
    static QString importDocumentId(quint64 importId);
    bool showsImport(quint64 importId) const; // the waterfall holds the rows this import has read
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void deleteSelected();
    void startImport(const QString &path, const QByteArray &text, const QString &name);
    void updateImportProgress();
    void showStatus(const QString &message, bool error = false);
    // Which waterfall exchange each line of the Logs pane belongs to (LogJoin), shown in the pane.
    void joinLogLines();
    // The Logs pane's lines (indexes into its records) as a document of their own, each diagnosed
    // from what it says.
    void showLogLinesOnTheirOwn(const QList<int> &records);

    QString m_dataDirectory;
    bool m_firstStart = false;
    bool m_startupFinished = false;
    bool m_watchingFirstExpose = false;
    WorkspaceModel *m_workspace = nullptr;
    WorkspaceStore *m_store = nullptr;
    // Built in a worker after the first frame (compiling the rules and fingerprints takes tens of
    // milliseconds of CPU the window would not answer in); a caller before it is ready waits for it.
    const Diagnoser &diagnoser();
    void buildDiagnoserInWorker();
    void takeBuiltDiagnoser(); // and shows its rule tree
    // The diagnosis of one exchange with the log lines quoted in its paste or those of the Logs pane.
    Diagnosis diagnosisWithLogs(const Exchange &exchange);
    std::unique_ptr<Diagnoser> m_diagnoser;
    QThread *m_diagnoserBuild = nullptr; // running while the worker builds m_diagnoserBuilt
    std::shared_ptr<std::unique_ptr<Diagnoser>> m_diagnoserBuilt;
    bool m_rulesShown = false;
    bool m_gatewayMarkersApplied = false; // once the fingerprint data is loaded (by the diagnoser's build)

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centerSplitter = nullptr;
    WorkspaceSidebar *m_sidebarPanel = nullptr;
    QTreeView *m_sidebar = nullptr; // m_sidebarPanel's tree
    RequestEditor *m_editor = nullptr;
    WaterfallModel *m_waterfallModel = nullptr;
    WaterfallPanel *m_waterfall = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    ResponseView *m_response = nullptr;
    DiagnosisPane *m_diagnosis = nullptr;
    LogsPane *m_logs = nullptr; // the gateway's log lines; every diagnosis is made with them
    QList<int> m_logDocument; // Shown::Log: the Logs pane's record of each waterfall entry
    Shown m_joinedSource = Shown::Nothing; // the document the Logs pane's joins were made for
    QString m_joinedId;
    LabSession *m_labSession = nullptr;
    LabPage *m_labPage = nullptr;
    LabRunPresenter *m_labPresenter = nullptr;
    QString m_labCollectionId;
    QLabel *m_statusText = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QPushButton *m_importCancel = nullptr;
    CaptureImports *m_imports = nullptr;
    ExchangeActions *m_exchangeActions = nullptr;
    BuilderEdits *m_builderEdits = nullptr; // asks before "Open in builder" replaces edits
    ReplayComparison *m_comparison = nullptr;
    ProbeEngine *m_replayEngine = nullptr;
    Exchange m_replayCaptured; // what the running replay is compared with
    RequestSpec m_replayRequest;
    QString m_replayOf; // shownKey() of the exchange the Replay tab compares
    ExchangePresenter *m_exchanges = nullptr;
    QHash<QString, int> m_pendingCaptureEntry; // capture being read back → entry to show then
    QSet<quint64> m_importsWithEntries; // running imports that have sent entries (CaptureImports::entriesRead)
    QHash<QString, QString> m_labRuns; // scenario id → its last run in the History
    QHash<QString, int> m_labEntries; // scenario id → its shown exchange in the lab's waterfall
    ProbeEngine *m_engine = nullptr;
    RequestSpec m_runningRequest;
    QString m_currentRequestId;
    bool m_syncingSelection = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_requestMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QList<QAction *> m_themeActions; // system, light, dark
    QAction *m_newRequest = nullptr;
    QAction *m_newCollection = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_send = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_showSidebar = nullptr;
    QAction *m_showDiagnosis = nullptr;
    QAction *m_showLogs = nullptr; // the Gateway logs tab
    QAction *m_markers = nullptr;
    QAction *m_focusUrl = nullptr;
    QAction *m_focusSidebar = nullptr;
    QAction *m_focusWaterfall = nullptr;
    QAction *m_focusDiagnosis = nullptr;
    QAction *m_lab = nullptr;
    QAction *m_watch = nullptr;
    QAction *m_ramp = nullptr;
    QAction *m_exportLoadScript = nullptr;
    QAction *m_keepAlive = nullptr;
    QAction *m_about = nullptr;
    QAction *m_openLog = nullptr; // File → Open log…: into the Gateway logs tab
};

} // namespace Gatescope::Gui
