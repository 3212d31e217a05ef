#include "gui/MainWindow.h"

#include "capture/CaptureImporter.h"
#include "diagnosis/Fingerprints.h"
#include "gui/BackgroundThreads.h"
#include "gui/GuiApplication.h"
#include "gui/diagnosis/DecisionTreeView.h"
#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/export/ExportDialog.h"
#include "gui/export/LoadScriptDialog.h"
#include "gui/keepalive/KeepAliveWindow.h"
#include "gui/lab/LabPage.h"
#include "gui/lab/LabRunPresenter.h"
#include "gui/lab/LabScenarioModel.h"
#include "gui/lab/LabScenarioView.h"
#include "gui/lab/LabSession.h"
#include "gui/logs/LogsPane.h"
#include "gui/ramp/RampWindow.h"
#include "gui/request/RequestEditor.h"
#include "gui/request/UrlLineEdit.h"
#include "gui/response/ResponseView.h"
#include "gui/watch/WatchWindow.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"
#include "gui/workbench/BuilderEdits.h"
#include "gui/workbench/CaptureImports.h"
#include "gui/workbench/ExchangeActions.h"
#include "gui/workbench/ExchangePresenter.h"
#include "gui/workbench/ReplayComparison.h"
#include "gui/workspace/WorkspaceModel.h"
#include "gui/workspace/WorkspaceSidebar.h"
#include "logs/LogJoin.h"
#include "logs/LogScan.h"
#include "logs/QuotedLogLines.h"
#include "probe/ProbeEngine.h"
#include "workspace/WorkspaceStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWindow>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWindow, "gatescope.gui.window", QtInfoMsg)

namespace Gatescope::Gui {

namespace {

constexpr int MaxRecentFiles = 10;
// Up to this many entries the sidebar opens a capture to follow the entry shown; a bigger one is
// opened by the user (laying out 60,000 rows at once holds the window for tens of milliseconds).
constexpr int SidebarFollowsEntriesUpTo = 5000;
// The diagnoser's build runs this many nice steps below the window's thread: the window and the
// display server go first, an import's threads (nicer still) after it.
constexpr int DiagnoserNiceness = 10;
constexpr qint64 MaxDroppedTextBytes = 64 * 1024 * 1024;

QString settingsKey(QStringView key)
{
    return u"window/"_s + key;
}

} // namespace

MainWindow::MainWindow(const QString &dataDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_dataDirectory(dataDirectory)
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    m_workspace = new WorkspaceModel(this);
    m_store = new WorkspaceStore(dataDirectory, this);
    autosave(m_workspace, m_store);
    m_dataDirectory = m_store->directory();
    m_engine = new ProbeEngine(this);
    m_imports = new CaptureImports(m_store, this);
    // The rules and fingerprints are compiled in a worker while the window is built, so that they
    // are ready before the first frame and neither the window's thread nor the display server waits
    // for them afterwards; the panes get them after the first frame (takeBuiltDiagnoser).
    buildDiagnoserInWorker();
    setupWidgets();
    setupActions();
    setupMenus();
    setupConnections();
    retranslate();
    loadWorkspace();
    restoreLayout();
    // The lab's tab is built now when it is the one to show (a first start lands on it, or the user
    // left it open), so that the first frame does not switch tabs; otherwise after the first frame.
    if (m_firstStart || QSettings().value(settingsKey(u"bottomTab"), 0).toInt() == 1) {
        setupLab();
        if (m_firstStart)
            m_bottomTabs->setCurrentWidget(m_labPage);
    }
    // The rule tree pane, the gateway markers and the lab are set up once the first frame is on
    // screen (see showEvent), so that starting feels instant: nothing needs them before. A window that is
    // not shown gets them on the first event loop turn, one never exposed (started minimised) soon after.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            finishStartup();
    });
    QTimer::singleShot(1000, this, &MainWindow::finishStartup);
}

void MainWindow::finishStartup()
{
    if (m_startupFinished)
        return;
    m_startupFinished = true;
    setupLab();
    // A lab collection from an earlier session points at the ports of a lab that has stopped:
    // start the lab again (loopback only, a fraction of a second) so its requests work as saved.
    const QString savedLab = QSettings().value(settingsKey(u"labCollection")).toString();
    for (const Collection &collection : m_workspace->workspace().collections) {
        if (!savedLab.isEmpty() && collection.id == savedLab) {
            m_labCollectionId = savedLab;
            if (!m_labSession->isStarted())
                m_labSession->start();
            break;
        }
    }
    // The waterfall's default gateway markers come from the fingerprint data, which the
    // diagnoser's build loads in its worker: they are applied when it is done, so the window's
    // thread neither loads the data itself nor waits for the worker to finish loading it.
    buildDiagnoserInWorker();
}

void MainWindow::buildDiagnoserInWorker()
{
    if (m_diagnoser) { // needed before the first frame: built then
        takeBuiltDiagnoser();
        return;
    }
    if (m_diagnoserBuild)
        return;
    m_diagnoserBuilt = std::make_shared<std::unique_ptr<Diagnoser>>();
    m_diagnoserBuild = QThread::create([built = m_diagnoserBuilt] {
        runBelowTheWindow(DiagnoserNiceness);
        *built = std::make_unique<Diagnoser>();
    });
    m_diagnoserBuild->setObjectName(u"diagnoser-build"_s);
    connect(m_diagnoserBuild, &QThread::finished, this, &MainWindow::takeBuiltDiagnoser);
    m_diagnoserBuild->start();
}

void MainWindow::takeBuiltDiagnoser()
{
    if (m_diagnoserBuild) {
        m_diagnoserBuild->wait();
        m_diagnoserBuild->deleteLater();
        m_diagnoserBuild = nullptr;
        if (!m_diagnoser) {
            m_diagnoser = std::move(*m_diagnoserBuilt);
            m_diagnoser->setTimeoutCorrections(m_workspace->timeoutCorrections());
        }
        m_diagnoserBuilt.reset();
    }
    if (!m_startupFinished || !m_diagnoser)
        return; // the panes take it after the first frame (finishStartup)
    if (!m_gatewayMarkersApplied) {
        m_gatewayMarkersApplied = true;
        applyGatewayMarkers();
    }
    if (m_rulesShown)
        return;
    m_rulesShown = true;
    m_diagnosis->setRuleTree(m_diagnoser->ruleTree());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_startupFinished && !m_watchingFirstExpose && windowHandle()) {
        m_watchingFirstExpose = true;
        windowHandle()->installEventFilter(this);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The first expose paints the first frame right after this filter; the rest of the start-up
    // work is queued behind it.
    if (event->type() == QEvent::Expose && watched == windowHandle() && windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::finishStartup);
    }
    return QMainWindow::eventFilter(watched, event);
}

const Diagnoser &MainWindow::diagnoser()
{
    if (!m_diagnoser && m_diagnoserBuild)
        takeBuiltDiagnoser(); // waits for the worker
    if (!m_diagnoser) {
        m_diagnoser = std::make_unique<Diagnoser>();
        m_diagnoser->setTimeoutCorrections(m_workspace->timeoutCorrections());
    }
    return *m_diagnoser;
}

MainWindow::~MainWindow()
{
    delete m_imports; // stops and awaits running imports: they report to this window
    m_imports = nullptr;
    if (m_diagnoserBuild) {
        m_diagnoserBuild->wait();
        delete m_diagnoserBuild;
    }
    if (m_store->hasPendingChanges())
        m_store->saveNow();
}

void MainWindow::setupWidgets()
{
    m_sidebarPanel = new WorkspaceSidebar(m_workspace, this);
    m_sidebar = m_sidebarPanel->tree();
    m_sidebar->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_sidebar->expand(m_workspace->groupIndex(WorkspaceModel::CollectionsGroup));

    m_editor = new RequestEditor(this);
    // The URL row, the tab bar and a table row: the builder may shrink to that (its tables scroll),
    // so the lab list and the response get the room at 1280×720.
    m_editor->setMinimumHeight(fontMetrics().height() * 9);
    m_waterfallModel = new WaterfallModel(this);
    m_waterfall = new WaterfallPanel(this, WaterfallView::InitialGatewayTimeouts::SetLater); // finishStartup()
    m_waterfall->setWaterfallModel(m_waterfallModel);
    m_response = new ResponseView(this);
    m_diagnosis = new DiagnosisPane(m_workspace, this);
    m_exchanges = new ExchangePresenter(
        m_waterfallModel, m_waterfall->view(), m_response, m_diagnosis,
        [this](const Exchange &exchange) { return diagnosisWithLogs(exchange); }, this);

    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_response, QString());
    m_comparison = new ReplayComparison(this);
    m_bottomTabs->addTab(m_comparison, QString());
    // The Logs pane: a tab beside the response (a dock of its own took the height the lab list and
    // the waterfall need at 1280×720); its lines join every diagnosis shown.
    m_logs = new LogsPane(this);
    m_bottomTabs->addTab(m_logs, QString());
    m_replayEngine = new ProbeEngine(this);

    m_centerSplitter = new QSplitter(Qt::Vertical, this);
    m_centerSplitter->setObjectName(u"centerSplitter"_s);
    m_centerSplitter->addWidget(m_editor);
    m_centerSplitter->addWidget(m_waterfall);
    m_centerSplitter->addWidget(m_bottomTabs);
    m_centerSplitter->setStretchFactor(0, 2);
    m_centerSplitter->setStretchFactor(1, 3);
    m_centerSplitter->setStretchFactor(2, 3);
    m_centerSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_sidebarPanel);
    m_mainSplitter->addWidget(m_centerSplitter);
    m_mainSplitter->addWidget(m_diagnosis);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 2);
    const int em = fontMetrics().averageCharWidth();
    m_mainSplitter->setSizes({ em * 36, em * 110, em * 70 });
    setCentralWidget(m_mainSplitter);

    m_statusText = new QLabel(this);
    m_importProgress = new QProgressBar(this);
    m_importProgress->setObjectName(u"importProgress"_s);
    m_importProgress->setRange(0, 0);
    m_importProgress->setMaximumWidth(em * 20);
    m_importProgress->hide();
    m_importCancel = new QPushButton(this);
    m_importCancel->setObjectName(u"importCancel"_s);
    m_importCancel->hide();
    connect(m_importCancel, &QPushButton::clicked, this, &MainWindow::cancelImports);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_importCancel);
}

void MainWindow::setupActions()
{
    const auto make = [this](auto slot, const QList<QKeySequence> &keys = {}) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        if constexpr (!std::is_same_v<decltype(slot), std::nullptr_t>)
            connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newRequest = make(&MainWindow::newRequest, { QKeySequence::New });
    m_newCollection = make([this] {
        const QString id = m_workspace->addCollection(tr("New collection"));
        const QModelIndex index = m_workspace->indexForCollection(id);
        m_sidebar->setCurrentIndex(index);
        m_sidebar->edit(index);
    });
    m_import = make(
        [this] {
            const QStringList paths
                = QFileDialog::getOpenFileNames(this, tr("Import captures"), QString(),
                                                tr("Captures (*.har *.http *.rest *.txt *.curl *.sh);;All files (*)"));
            importFiles(paths);
        },
        { QKeySequence::Open });
    m_export = make([this] { showExport(false); }, { QKeySequence(Qt::CTRL | Qt::Key_E) });
    m_quit = make(&QWidget::close, { QKeySequence::Quit });
    m_paste = make(&MainWindow::pasteAsRequest, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V) });
    m_delete = make(&MainWindow::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_sidebar->addAction(m_delete);
    m_send = make(&MainWindow::sendRequest,
                  { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_cancel = make(&MainWindow::cancelRequest, { QKeySequence(Qt::Key_Escape) });
    m_cancel->setEnabled(false);
    m_watch = make(&MainWindow::openWatch, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W) });
    m_ramp = make(&MainWindow::openRamp);
    m_exportLoadScript = make(&MainWindow::exportLoadScript);
    m_keepAlive = make(&MainWindow::openKeepAlive);
    m_showSidebar = make(nullptr, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B) });
    m_showSidebar->setCheckable(true);
    m_showSidebar->setChecked(true);
    connect(m_showSidebar, &QAction::toggled, m_sidebarPanel, &QWidget::setVisible);
    m_showDiagnosis = make(nullptr, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D) });
    m_showDiagnosis->setCheckable(true);
    m_showDiagnosis->setChecked(true);
    connect(m_showDiagnosis, &QAction::toggled, m_diagnosis, &QWidget::setVisible);
    m_showLogs = make(
        [this] {
            m_bottomTabs->setCurrentWidget(m_logs);
            m_logs->setFocus(Qt::ShortcutFocusReason);
        },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L) });
    m_openLog = make([this] {
        m_bottomTabs->setCurrentWidget(m_logs);
        m_logs->chooseFiles();
    });
    m_openLog->setObjectName(u"openLogAction"_s);
    m_markers = make(&MainWindow::editGatewayMarkers);
    m_focusUrl = make(
        [this] {
            m_editor->urlEdit()->setFocus(Qt::ShortcutFocusReason);
            m_editor->urlEdit()->selectAll();
        },
        { QKeySequence(Qt::CTRL | Qt::Key_L) });
    m_focusSidebar = make(
        [this] {
            m_showSidebar->setChecked(true);
            m_sidebar->setFocus(Qt::ShortcutFocusReason);
        },
        { QKeySequence(Qt::ALT | Qt::Key_1) });
    m_focusWaterfall = make([this] { m_waterfall->view()->setFocus(Qt::ShortcutFocusReason); },
                            { QKeySequence(Qt::ALT | Qt::Key_2) });
    m_focusDiagnosis = make(
        [this] {
            m_showDiagnosis->setChecked(true);
            m_diagnosis->treeView()->setFocus(Qt::ShortcutFocusReason);
        },
        { QKeySequence(Qt::ALT | Qt::Key_3) });
    m_lab = make(&MainWindow::openLab);
    m_exchangeActions = new ExchangeActions(m_exchanges, this);
    addAction(m_exchangeActions->replayAction());
    m_about = make([this] {
        QMessageBox::about(this, tr("About Gatescope"),
                           tr("<h3>Gatescope %1</h3><p>Tells which hop produced an HTTP 500, 502, 503 or 504, "
                              "why, and what to do about it.</p><p>Built with Qt %2.</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    for (QAction *action :
         { m_send, m_cancel, m_paste, m_focusUrl, m_focusSidebar, m_focusWaterfall, m_focusDiagnosis })
        addAction(action);

    // Ctrl+V where nothing else takes it (the sidebar, the waterfall, the tree): a curl command
    // or a raw request on the clipboard becomes a request. Text fields keep their own paste.
    auto *paste = new QShortcut(QKeySequence::Paste, this);
    connect(paste, &QShortcut::activated, this, &MainWindow::pasteAsRequest);
}

void MainWindow::setupMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newRequest);
    m_fileMenu->addAction(m_newCollection);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_openLog);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_export);
    m_fileMenu->addAction(m_exportLoadScript);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_paste);
    m_editMenu->addAction(m_delete);

    m_requestMenu = menuBar()->addMenu(QString());
    m_requestMenu->addAction(m_send);
    m_requestMenu->addAction(m_cancel);
    m_requestMenu->addAction(m_watch);
    m_requestMenu->addAction(m_ramp);
    m_requestMenu->addAction(m_keepAlive);
    m_requestMenu->addSeparator();
    m_exchangeActions->addTo(m_requestMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showSidebar);
    m_viewMenu->addAction(m_showDiagnosis);
    m_viewMenu->addAction(m_showLogs);
    connect(m_logs, &LogsPane::logsChanged, this, [this] {
        if (m_exchanges->source() == Shown::Log) { // its lines may be gone: nothing of it is shown any more
            m_logDocument.clear();
            m_exchanges->showDocument(Shown::Nothing, QString(), {}, -1);
        }
        joinLogLines();
        if (m_exchanges->hasCurrent())
            m_exchanges->select(m_exchanges->currentEntry());
    });
    connect(m_logs, &LogsPane::joinedEntryActivated, this, [this](int entry) {
        // The joins are of the document they were made for; log lines shown on their own since
        // then: go back to it.
        if (m_exchanges->source() == m_joinedSource && m_exchanges->sourceId() == m_joinedId)
            m_exchanges->select(entry);
        else if (m_joinedSource == Shown::Capture)
            showCapture(m_joinedId, entry);
        else if (m_joinedSource == Shown::Run)
            m_sidebar->setCurrentIndex(m_workspace->indexForRun(m_joinedId));
    });
    connect(m_logs, &LogsPane::linesOnTheirOwnRequested, this, &MainWindow::showLogLinesOnTheirOwn);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_focusUrl);
    m_viewMenu->addAction(m_focusSidebar);
    m_viewMenu->addAction(m_focusWaterfall);
    m_viewMenu->addAction(m_focusDiagnosis);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_markers);
    m_themeMenu = m_viewMenu->addMenu(QString());
    auto *themes = new QActionGroup(this);
    for (int scheme = 0; scheme < 3; ++scheme) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(scheme == savedColorScheme());
        themes->addAction(action);
        m_themeActions.append(action);
        connect(action, &QAction::triggered, this, [scheme] {
            QSettings().setValue(settingsKey(u"colorScheme"), scheme);
            applyColorScheme(ColorScheme(scheme));
        });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_lab);
    m_helpMenu->addAction(m_about);
    rebuildRecentMenu();
}

void MainWindow::setupConnections()
{
    m_builderEdits = new BuilderEdits(m_editor, m_workspace, this);
    connect(m_editor, &RequestEditor::edited, this, &MainWindow::onEditorEdited);
    connect(m_editor, &RequestEditor::sendRequested, this, &MainWindow::sendRequest);
    connect(m_editor, &RequestEditor::cancelRequested, this, &MainWindow::cancelRequest);
    connect(m_editor, &RequestEditor::curlPasted, this, [this](const QString &command) {
        // Pasted into the URL field: the command replaces the request being edited.
        Result<Capture> capture = CaptureImporter::importText(command.toUtf8(), tr("pasted curl command"));
        if (!capture || capture->requests.isEmpty()) {
            showStatus(capture ? tr("The pasted command holds no request.") : capture.error(), true);
            return;
        }
        RequestSpec spec = capture->requests.constFirst();
        if (const StoredRequest *current = m_workspace->findRequest(m_currentRequestId))
            spec.name = current->spec.name;
        m_editor->setRequest(spec);
        onEditorEdited();
        // What the command held but the request could not take (a header without ':', …) is said,
        // not dropped silently.
        if (!capture->warnings.isEmpty())
            showStatus(
                tr("Request taken from the pasted curl command. Not taken: %1").arg(capture->warnings.join(u"; "_s)),
                true);
        else
            showStatus(tr("Request taken from the pasted curl command."));
    });
    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSidebarCurrentChanged);
    connect(m_sidebar, &QTreeView::activated, this, [this](const QModelIndex &index) {
        // Enter / double-click on a capture entry or run: its request in the builder.
        const auto kind = WorkspaceModel::NodeKind(index.data(WorkspaceModel::NodeKindRole).toInt());
        if (kind == WorkspaceModel::NodeKind::CaptureEntry || kind == WorkspaceModel::NodeKind::Run)
            openInBuilder();
    });
    connect(m_workspace, &WorkspaceModel::captureContentNeeded, this,
            [this](const QString &id) { showCapture(id, -2); });
    // A timeout the user corrects (the timeout table, a workspace opened) changes what the wait
    // matches: the shown exchange is diagnosed again, its summary naming the value they gave.
    connect(m_workspace, &WorkspaceModel::timeoutCorrectionsChanged, this, [this] {
        if (!m_diagnoser)
            return;
        m_diagnoser->setTimeoutCorrections(m_workspace->timeoutCorrections());
        if (m_exchanges->hasCurrent())
            m_exchanges->select(m_exchanges->currentEntry());
    });
    connect(m_store, &WorkspaceStore::saveFailed, this, [this](const QString &message) { showStatus(message, true); });

    connect(m_exchanges, &ExchangePresenter::exchangeShown, this, &MainWindow::onExchangeShown);
    connect(m_exchanges, &ExchangePresenter::documentChanged, this, &MainWindow::joinLogLines);
    connect(m_exchanges, &ExchangePresenter::filled, this, &MainWindow::joinLogLines); // a big document's last rows
    connect(m_exchangeActions, &ExchangeActions::replayRequested, this, &MainWindow::replay);
    connect(m_exchangeActions, &ExchangeActions::openInBuilderRequested, this, &MainWindow::openInBuilder);
    connect(m_exchangeActions, &ExchangeActions::exportRequested, this, [this] { showExport(true); });
    connect(m_exchangeActions, &ExchangeActions::copied, this,
            [this](const QString &what) { showStatus(tr("Copied the %1 to the clipboard.").arg(what)); });
    connect(m_replayEngine, &ProbeEngine::finished, this, &MainWindow::onReplayFinished);
    // Right-click on a waterfall row, a capture entry or a History row: that exchange's actions.
    m_waterfall->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_waterfall->view(), &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        WaterfallView *view = m_waterfall->view();
        const QModelIndex index = view->indexAt(position);
        if (!index.isValid())
            return;
        view->setCurrentIndex(index); // the presenter makes it current
        QMenu menu(this);
        m_exchangeActions->addTo(&menu);
        menu.exec(view->viewport()->mapToGlobal(position));
    });
    m_sidebar->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sidebar, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_sidebar->indexAt(position);
        if (!index.isValid())
            return;
        m_sidebar->setCurrentIndex(index);
        QMenu menu(this);
        const auto kind = WorkspaceModel::NodeKind(index.data(WorkspaceModel::NodeKindRole).toInt());
        if (kind == WorkspaceModel::NodeKind::CaptureEntry || kind == WorkspaceModel::NodeKind::Run) {
            m_exchangeActions->addTo(&menu);
            menu.addSeparator();
        }
        if (kind == WorkspaceModel::NodeKind::Collection || kind == WorkspaceModel::NodeKind::Request)
            menu.addAction(m_exportLoadScript);
        menu.addAction(m_delete);
        menu.exec(m_sidebar->viewport()->mapToGlobal(position));
    });
    connect(m_imports, &CaptureImports::progressChanged, this, &MainWindow::updateImportProgress);
    connect(m_imports, &CaptureImports::loaded, this, &MainWindow::onCaptureLoaded);
    connect(m_imports, &CaptureImports::entriesRead, this, &MainWindow::showImportedEntries);
    connect(m_imports, &CaptureImports::imported, this,
            [this](quint64 importId, const QString &path, const QString &, const Result<Capture> &result,
                   const CaptureSummary &summary) { addCaptureResult(importId, path, result, summary); });
    connect(m_imports, &CaptureImports::cancelled, this, [this](quint64 importId, const QString &name) {
        m_importsWithEntries.remove(importId);
        if (showsImport(importId)) // the rows read before Cancel go with the import
            m_exchanges->showDocument(Shown::Nothing, QString(), {}, -1);
        showStatus(tr("Import of %1 cancelled; the workspace is unchanged.").arg(name));
        Q_EMIT importFinished(name, false);
    });
    connect(m_engine, &ProbeEngine::finished, this,
            [this](const QList<Exchange> &exchanges) { onRunFinished(m_runningRequest, exchanges); });
}

void MainWindow::setupLab()
{
    if (m_labPage)
        return;
    m_labSession = new LabSession(this);
    m_labPage = new LabPage(m_labSession, this);
    m_bottomTabs->insertTab(1, m_labPage, tr("5xx Lab")); // index 1 as saved in the settings
    const int savedTab = QSettings().value(settingsKey(u"bottomTab"), 0).toInt();
    if (!m_firstStart && savedTab == 1)
        m_bottomTabs->setCurrentIndex(1);
    m_labPresenter = new LabRunPresenter(m_labSession, this);
    m_labPresenter->setWaterfall(m_waterfallModel, m_waterfall->view());
    m_labPresenter->setDiagnosisPane(m_diagnosis);
    connect(m_labSession, &LabSession::labStarted, this, [this] {
        // One ready request per scenario; the ports are new on every start, so the collection is too.
        // The collection is known by its id (kept in the settings), never by its name: a user's
        // own collection called "5xx Lab" is left alone.
        if (!m_labCollectionId.isEmpty())
            m_workspace->removeCollection(m_labCollectionId);
        m_labCollectionId = m_workspace->addCollection(tr("5xx Lab"), m_labSession->labRequests());
        QSettings().setValue(settingsKey(u"labCollection"), m_labCollectionId);
        m_sidebar->expand(m_workspace->indexForCollection(m_labCollectionId));
        // Room for the scenario list: the lab page is what the user looks at now.
        const QList<int> sizes = m_centerSplitter->sizes();
        const int total = sizes.value(0) + sizes.value(1) + sizes.value(2);
        // The builder keeps what it needs to show its request; the list gets five rows or more at 1280×720.
        if (sizes.size() == 3 && sizes.value(2) < total / 2) {
            const int editor
                = std::min(m_editor->sizeHint().height(), std::max(m_editor->minimumHeight(), total * 20 / 100));
            const int waterfall = std::max(total * 24 / 100, m_waterfall->minimumSizeHint().height());
            m_centerSplitter->setSizes({ editor, waterfall, total - editor - waterfall });
        }
        m_bottomTabs->setTabToolTip(m_bottomTabs->indexOf(m_labPage), m_labPage->heading());
        // Measured once the page shows its list (the layout runs first).
        QTimer::singleShot(0, this, &MainWindow::balanceLabAndWaterfall);
    });
    connect(m_labSession, &LabSession::scenarioStarted, this, [this](const LabScenario &scenario) {
        if (m_labSession->ranInBatch() == 0)
            m_labEntries.clear(); // the lab presenter starts a new waterfall for a new batch
        m_exchanges->adoptDocument(Shown::Lab, QString());
        //: %1 = scenario title
        showStatus(tr("5xx Lab: running %1…").arg(scenario.title));
    });
    // Picking a scenario (mouse or keys) shows its last result.
    connect(m_labPage->scenarioView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showLabScenario(current.data(LabScenarioModel::ScenarioIdRole).toString());
            });
    connect(m_labPage->scenarioView(), &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        showLabScenario(index.data(LabScenarioModel::ScenarioIdRole).toString());
    });
    connect(m_labSession, &LabSession::startFailed, this,
            [this](const QString &message) { showStatus(message, true); });
    // Lab runs go into the history like any other run, so they can be opened and exported later.
    connect(m_labSession, &LabSession::scenarioFinished, this, [this](const LabRunResult &result) {
        if (result.exchanges.isEmpty())
            return;
        const qsizetype shown = result.shownIndex >= 0 && result.shownIndex < result.exchanges.size()
            ? result.shownIndex
            : result.exchanges.size() - 1;
        const Exchange &exchange = result.exchanges.at(shown);
        m_labRuns.insert(result.scenarioId, recordRun(exchange.request, result.exchanges, exchange, result.diagnosis));
        if (m_exchanges->source() == Shown::Lab && m_exchanges->hasCurrent())
            m_labEntries.insert(result.scenarioId, m_exchanges->currentEntry());
    });
}

bool MainWindow::isImporting() const
{
    return m_imports->isBusy();
}

void MainWindow::openInBuilder()
{
    if (m_exchanges->hasCurrent()) {
        int entry = m_exchanges->currentEntry();
        while (entry > 0 && m_waterfallModel->exchangeAt(entry).redirectHop > 0)
            --entry; // a redirect hop's request is the one the user sent first
        const RequestSpec spec = m_waterfallModel->exchangeAt(entry).request;
        // Edits in the builder are saved as typed, but the user is asked before they are replaced.
        if (m_builderEdits->hasEdits() && m_builderEdits->ask(m_currentRequestId) == BuilderEdits::Choice::Cancel)
            return;
        m_currentRequestId.clear(); // force: the user asked for it
        m_editor->setRequest(spec);
        m_builderEdits->loaded(QString(), spec);
    }
    m_editor->urlEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showLabScenario(const QString &scenarioId)
{
    // A scenario with a result shows that result: in the lab's waterfall while it holds it (Run
    // all keeps every run there), otherwise its run from the History.
    if (m_labSession && m_labSession->runningScenarioId() == scenarioId)
        return;
    const int entry = m_labEntries.value(scenarioId, -1);
    if (m_exchanges->source() == Shown::Lab && entry >= 0 && entry < m_waterfallModel->entryCount()) {
        m_exchanges->select(entry);
        return;
    }
    const QString runId = m_labRuns.value(scenarioId);
    if (!runId.isEmpty() && m_workspace->findRun(runId))
        showRun(runId);
}

void MainWindow::balanceLabAndWaterfall()
{
    // The lab list keeps five scenario rows and a part of the sixth (it scrolls); the waterfall
    // takes from the rest what it needs to show a scenario's burst whole — eight rows — so at
    // 1280×720 a run's requests are not three rows behind a scroll bar. Only room the list does not
    // need moves, and only toward the waterfall.
    constexpr int ListRowsTimesTen = 53;
    constexpr int WaterfallRows = 8;
    LabScenarioView *list = m_labPage ? m_labPage->scenarioView() : nullptr;
    const QList<int> sizes = m_centerSplitter->sizes();
    if (!list || !list->isVisible() || list->model()->rowCount() == 0 || sizes.size() != 3)
        return;
    const int listRow = list->visualRect(list->model()->index(0, 0)).height();
    WaterfallView *waterfall = m_waterfall->view();
    const QModelIndex first = waterfall->model() ? waterfall->model()->index(0, 0) : QModelIndex();
    const int waterfallRow
        = first.isValid() ? waterfall->visualRect(first).height() : waterfall->fontMetrics().height();
    if (listRow <= 0 || waterfallRow <= 0)
        return;
    const int spare = list->viewport()->height() - listRow * ListRowsTimesTen / 10;
    const int wanted = WaterfallRows * waterfallRow - waterfall->viewport()->height();
    const int moved = std::min(spare, wanted);
    if (moved <= 0)
        return;
    m_centerSplitter->setSizes({ sizes.at(0), sizes.at(1) + moved, sizes.at(2) - moved });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Gatescope"));
    m_sidebar->setAccessibleName(tr("Workspace: collections, captures and history"));
    m_waterfall->setAccessibleName(tr("Timing waterfall"));
    m_bottomTabs->setTabText(m_bottomTabs->indexOf(m_response), tr("Response"));
    m_bottomTabs->setTabText(m_bottomTabs->indexOf(m_comparison), tr("Replay"));
    m_bottomTabs->setTabText(m_bottomTabs->indexOf(m_logs), tr("Gateway logs"));
    if (m_labPage) {
        m_bottomTabs->setTabText(m_bottomTabs->indexOf(m_labPage), tr("5xx Lab"));
        m_bottomTabs->setTabToolTip(m_bottomTabs->indexOf(m_labPage), m_labPage->heading());
    }
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("&Recent files"));
    m_editMenu->setTitle(tr("&Edit"));
    m_requestMenu->setTitle(tr("&Request"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newRequest->setText(tr("&New request"));
    m_newCollection->setText(tr("New &collection"));
    m_importCancel->setText(tr("Cancel import"));
    m_importCancel->setToolTip(tr("Stop the running import; the workspace stays as it was"));
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Import a HAR file, a .http file, a curl command or a raw HTTP exchange"));
    m_openLog->setText(tr("Open lo&g…"));
    m_openLog->setToolTip(tr("Open a gateway's log: its lines join the exchanges and decide their diagnosis"));
    m_export->setText(tr("&Export report…"));
    m_quit->setText(tr("&Quit"));
    m_paste->setText(tr("&Paste as request"));
    m_delete->setText(tr("&Delete"));
    m_send->setText(tr("&Send"));
    m_cancel->setText(tr("&Cancel"));
    m_watch->setText(tr("&Watch…"));
    m_watch->setToolTip(tr("Send this request again and again to catch a 5xx that comes and goes"));
    m_exportLoadScript->setText(tr("Export as &Locust or k6…"));
    m_exportLoadScript->setToolTip(
        tr("Write the selected collection, or the request being edited, as a Locust or k6 load script"));
    m_keepAlive->setText(tr("&Keep-alive timeout…"));
    m_keepAlive->setToolTip(tr("Measure how long this host keeps an idle connection open and compare it with the "
                               "hop in front: the keep-alive race behind intermittent 502s"));
    m_ramp->setText(tr("Ra&mp…"));
    m_ramp->setToolTip(tr("Raise the number of these requests in flight step by step and find where latency or "
                          "errors turn"));
    m_showSidebar->setText(tr("&Workspace sidebar"));
    m_showDiagnosis->setText(tr("&Diagnosis pane"));
    m_showLogs->setText(tr("Gateway &logs"));
    m_focusUrl->setText(tr("Go to &URL"));
    m_focusSidebar->setText(tr("Go to w&orkspace"));
    m_focusWaterfall->setText(tr("Go to &waterfall"));
    m_focusDiagnosis->setText(tr("Go to dia&gnosis"));
    m_markers->setText(tr("Gateway &timeout markers…"));
    m_themeMenu->setTitle(tr("T&heme"));
    const QStringList themeNames { tr("&System"), tr("&Light"), tr("&Dark") };
    for (int i = 0; i < m_themeActions.size(); ++i)
        m_themeActions.at(i)->setText(themeNames.at(i));
    m_lab->setText(tr("&5xx Lab"));
    m_about->setText(tr("&About Gatescope"));
    rebuildRecentMenu();
}

int MainWindow::savedColorScheme()
{
    return QSettings().value(settingsKey(u"colorScheme"), 0).toInt();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::loadWorkspace()
{
    m_firstStart = !QFileInfo::exists(m_store->workspaceFilePath());
    const Result<Workspace> loaded = m_store->load();
    if (loaded)
        m_workspace->setWorkspace(loaded.value());
    if (!loaded)
        showStatus(tr("The workspace could not be read (%1); starting with an empty one. The old file is kept as "
                      "workspace.json.broken.")
                       .arg(loaded.error()),
                   true);
    if (!loaded)
        QFile::rename(m_store->workspaceFilePath(), m_store->workspaceFilePath() + u".broken"_s);
    if (m_workspace->workspace().collections.isEmpty())
        m_workspace->addCollection(tr("Requests"), { RequestSpec {} });
    m_sidebar->expand(m_workspace->groupIndex(WorkspaceModel::CollectionsGroup));
    m_sidebar->expand(m_workspace->groupIndex(WorkspaceModel::CapturesGroup));
    m_sidebar->expand(m_workspace->groupIndex(WorkspaceModel::HistoryGroup));
    for (const Collection &collection : m_workspace->workspace().collections)
        m_sidebar->expand(m_workspace->indexForCollection(collection.id));
    QString current = m_workspace->currentRequestId();
    if (!m_workspace->findRequest(current)) {
        const Collection &first = m_workspace->workspace().collections.constFirst();
        current = first.requests.isEmpty() ? m_workspace->addRequest(first.id, {}) : first.requests.constFirst().id;
    }
    openRequest(current);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settingsKey(u"geometry")).toByteArray())) {
        // First start: most of the screen, centred; all of a small screen (1280×720 would leave
        // 1152×648, where the panes no longer fit).
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const bool small = available.width() < 1440 || available.height() < 900;
        resize(small ? available.size() : available.size() * 0.9);
        move(available.center() - rect().center());
        const int width = int(available.width() * (small ? 1.0 : 0.9));
        m_mainSplitter->setSizes({ width * 15 / 100, width * 52 / 100, width * 33 / 100 });
        const int height = int(available.height() * (small ? 1.0 : 0.9));
        m_centerSplitter->setSizes({ height * 24 / 100, height * 36 / 100, height * 40 / 100 });
    }
    restoreState(settings.value(settingsKey(u"state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(settingsKey(u"mainSplitter")).toByteArray());
    m_centerSplitter->restoreState(settings.value(settingsKey(u"centerSplitter")).toByteArray());
    m_diagnosis->splitter()->restoreState(settings.value(settingsKey(u"diagnosisSplitter")).toByteArray());
    m_showSidebar->setChecked(settings.value(settingsKey(u"sidebarVisible"), true).toBool());
    m_showDiagnosis->setChecked(settings.value(settingsKey(u"diagnosisVisible"), true).toBool());
    if (!m_firstStart)
        if (const int tab = settings.value(settingsKey(u"bottomTab"), 0).toInt(); tab == 2 || tab == 3)
            m_bottomTabs->setCurrentWidget(tab == 2 ? static_cast<QWidget *>(m_comparison)
                                                    : m_logs); // 1 (the lab) is restored when the lab is built
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(settingsKey(u"geometry"), saveGeometry());
    settings.setValue(settingsKey(u"state"), saveState());
    settings.setValue(settingsKey(u"mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(settingsKey(u"centerSplitter"), m_centerSplitter->saveState());
    settings.setValue(settingsKey(u"diagnosisSplitter"), m_diagnosis->splitter()->saveState());
    settings.setValue(settingsKey(u"sidebarVisible"), m_showSidebar->isChecked());
    settings.setValue(settingsKey(u"diagnosisVisible"), m_showDiagnosis->isChecked());
    // 0 the response, 1 the lab, 2 the replay comparison, 3 the gateway logs
    const QWidget *tab = m_bottomTabs->currentWidget();
    settings.setValue(settingsKey(u"bottomTab"),
                      tab == m_labPage          ? 1
                          : tab == m_comparison ? 2
                          : tab == m_logs       ? 3
                                                : 0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_store->saveNow();
    QMainWindow::closeEvent(event);
}

void MainWindow::applyGatewayMarkers()
{
    QSettings settings;
    QList<WaterfallMarker> markers;
    const QStringList configured = settings.value(u"waterfall/gatewayTimeouts"_s).toStringList();
    if (settings.contains(u"waterfall/gatewayTimeouts"_s)) {
        for (const QString &line : configured) {
            const qsizetype eq = line.lastIndexOf(u'=');
            bool ok = false;
            const double seconds = eq > 0 ? line.mid(eq + 1).trimmed().toDouble(&ok) : 0;
            if (ok && seconds > 0)
                markers.append({ line.left(eq).trimmed(), seconds * 1000.0, WaterfallMarker::Kind::GatewayTimeout });
        }
    } else {
        // Defaults from the fingerprint data: each gateway's read timeout (the one that makes a 504).
        QSet<QString> seen;
        for (const TimeoutMarker &marker : FingerprintCatalog::builtIn().timeoutMarkers()) {
            if (marker.timeout.phase != u"read" || seen.contains(marker.product) || marker.timeout.seconds <= 0)
                continue;
            seen.insert(marker.product);
            markers.append(
                { marker.displayName, marker.timeout.seconds * 1000.0, WaterfallMarker::Kind::GatewayTimeout });
        }
    }
    // The lab's marker is the view's run marker, apart from these: a run that began before they
    // were applied (the diagnoser's worker, which loads their data, finishing late) keeps it.
    m_waterfall->view()->setGatewayTimeouts(markers);
}

void MainWindow::editGatewayMarkers()
{
    QStringList lines;
    for (const WaterfallMarker &marker : m_waterfall->view()->gatewayTimeouts())
        lines.append(u"%1 = %2"_s.arg(marker.name).arg(marker.timeMs / 1000.0));
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Gateway timeout markers"),
        tr("One marker per line: a name, \"=\", and the timeout in seconds. Leave empty for the defaults."),
        lines.join(u'\n'), &ok);
    if (!ok)
        return;
    QSettings settings;
    const QStringList entries = text.split(u'\n', Qt::SkipEmptyParts);
    if (entries.isEmpty())
        settings.remove(u"waterfall/gatewayTimeouts"_s);
    else
        settings.setValue(u"waterfall/gatewayTimeouts"_s, entries);
    applyGatewayMarkers();
}

void MainWindow::openRequest(const QString &requestId)
{
    const StoredRequest *request = m_workspace->findRequest(requestId);
    if (!request)
        return;
    m_currentRequestId = requestId;
    m_workspace->setCurrentRequestId(requestId);
    m_editor->setRequest(request->spec);
    m_builderEdits->loaded(requestId, request->spec);
    const QModelIndex index = m_workspace->indexForRequest(requestId);
    if (m_sidebar->currentIndex() != index) {
        m_syncingSelection = true;
        m_sidebar->setCurrentIndex(index);
        m_syncingSelection = false;
    }
}

void MainWindow::onEditorEdited()
{
    if (!m_workspace->findRequest(m_currentRequestId))
        m_currentRequestId = m_workspace->addRequest(m_workspace->firstCollectionId(), {});
    m_workspace->updateRequest(m_currentRequestId, m_editor->request());
    m_builderEdits->edited();
}

void MainWindow::newRequest()
{
    QString collection = m_workspace->collectionOfRequest(m_currentRequestId);
    const QModelIndex current = m_sidebar->currentIndex();
    if (WorkspaceModel::NodeKind(current.data(WorkspaceModel::NodeKindRole).toInt())
        == WorkspaceModel::NodeKind::Collection)
        collection = current.data(WorkspaceModel::IdRole).toString();
    if (collection.isEmpty())
        collection = m_workspace->firstCollectionId();
    openRequest(m_workspace->addRequest(collection, {}));
    m_editor->urlEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::deleteSelected()
{
    const QModelIndex index = m_sidebar->currentIndex();
    const QString id = index.data(WorkspaceModel::IdRole).toString();
    switch (WorkspaceModel::NodeKind(index.data(WorkspaceModel::NodeKindRole).toInt())) {
    case WorkspaceModel::NodeKind::Request:
        m_workspace->removeRequest(id);
        if (id == m_currentRequestId)
            m_currentRequestId.clear();
        break;
    case WorkspaceModel::NodeKind::Collection:
        m_workspace->removeCollection(id);
        break;
    case WorkspaceModel::NodeKind::Capture:
        m_workspace->removeCapture(id);
        break;
    case WorkspaceModel::NodeKind::Run:
        m_workspace->removeRun(id);
        break;
    default:
        return;
    }
    if (!m_workspace->findRequest(m_currentRequestId)) {
        const QString collection = m_workspace->firstCollectionId();
        const Collection *first = m_workspace->workspace().collections.isEmpty()
            ? nullptr
            : &m_workspace->workspace().collections.constFirst();
        openRequest(first && !first->requests.isEmpty() ? first->requests.constFirst().id
                                                        : m_workspace->addRequest(collection, {}));
    }
}

void MainWindow::sendRequest()
{
    if (m_engine->isRunning() || !m_editor->canSend()) {
        if (!m_editor->canSend())
            showStatus(m_editor->problem(), true);
        return;
    }
    m_runningRequest = m_editor->request();
    m_exchanges->beginLive();
    m_waterfall->view()->setRequestTimeout(m_runningRequest.options);
    m_bottomTabs->setCurrentWidget(m_response);
    m_waterfallModel->trackProbe(m_engine, m_runningRequest);
    m_editor->setBusy(true);
    m_cancel->setEnabled(true);
    showStatus(
        tr("Sending %1 %2…").arg(QString::fromLatin1(m_runningRequest.method), m_runningRequest.url.toDisplayString()));
    m_engine->start(m_runningRequest);
}

void MainWindow::cancelRequest()
{
    if (m_engine->isRunning())
        m_engine->cancel();
}

void MainWindow::onRunFinished(const RequestSpec &request, const QList<Exchange> &exchanges)
{
    m_editor->setBusy(false);
    m_cancel->setEnabled(false);
    if (exchanges.isEmpty())
        return;
    const Exchange &last = exchanges.constLast();
    const Diagnosis diagnosis = diagnoser().diagnose(last);
    const QString runId = recordRun(request, exchanges, last, diagnosis);
    m_exchanges->adoptDocument(Shown::Run, runId);
    m_exchanges->select(m_waterfallModel->entryCount() - 1, &diagnosis);
    Q_EMIT runFinished(runId);
}

QString MainWindow::recordRun(const RequestSpec &request, const QList<Exchange> &exchanges, const Exchange &shown,
                              const Diagnosis &diagnosis)
{
    HistoryRun run;
    run.id = newWorkspaceId();
    run.when = shown.startedAt.isValid() ? shown.startedAt : QDateTime::currentDateTimeUtc();
    run.method = request.method;
    run.url = request.url;
    run.status = shown.response ? shown.response->status : 0;
    run.outcome = outcomeId(shown.transport.outcome);
    run.cause = diagnosis.cause;
    run.durationMs = shown.timings.total;
    const Result<bool> written = m_store->writeRun(run.id, request, exchanges);
    if (!written)
        showStatus(written.error(), true);
    m_workspace->addRun(run);
    return run.id;
}

void MainWindow::onSidebarCurrentChanged(const QModelIndex &current)
{
    if (m_syncingSelection || !current.isValid())
        return;
    const QString id = current.data(WorkspaceModel::IdRole).toString();
    switch (WorkspaceModel::NodeKind(current.data(WorkspaceModel::NodeKindRole).toInt())) {
    case WorkspaceModel::NodeKind::Request:
        openRequest(id);
        break;
    case WorkspaceModel::NodeKind::Capture:
        showCapture(id, -1);
        break;
    case WorkspaceModel::NodeKind::CaptureEntry:
        showCapture(id, current.data(WorkspaceModel::EntryRole).toInt());
        break;
    case WorkspaceModel::NodeKind::Run:
        showRun(id);
        break;
    default:
        break;
    }
}

void MainWindow::showCapture(const QString &captureId, int entry)
{
    // entry: -1 = the capture itself, -2 = only make sure the content is loaded (sidebar expanded)
    const auto content = m_workspace->captureContent(captureId);
    if (!content) {
        m_pendingCaptureEntry.insert(captureId, std::max(entry, m_pendingCaptureEntry.value(captureId, -2)));
        if (m_pendingCaptureEntry.size() == 1 || !m_imports->isBusy())
            showStatus(tr("Opening the capture…"));
        m_imports->load(captureId);
        return;
    }
    if (entry == -2)
        return;
    if (content->exchanges.isEmpty()) {
        // A capture of requests only: the request goes to the builder, nothing to show in the waterfall.
        if (entry >= 0 && entry < content->requests.size())
            showRequestInBuilder(content->requests.at(entry));
        return;
    }
    if (entry < 0) {
        // Opening a capture shows its first failure, the likely reason it was imported.
        const auto failure = std::find_if(content->exchanges.cbegin(), content->exchanges.cend(),
                                          [](const Exchange &exchange) { return Gatescope::isFailure(exchange); });
        entry = failure != content->exchanges.cend() ? int(failure - content->exchanges.cbegin()) : -1;
    }
    if (m_exchanges->source() == Shown::Capture && m_exchanges->sourceId() == captureId) {
        if (entry >= 0)
            m_exchanges->select(entry);
        return;
    }
    if (!m_exchanges->showDocument(Shown::Capture, captureId, content->exchanges, entry))
        showStatus(tr("A request is running; the capture opens when it ends or is cancelled."), true);
    else if (entry < 0)
        showStatus(
            tr("%1: entries: %Ln, none failed.", nullptr, int(content->exchanges.size()))
                .arg(m_workspace->findCapture(captureId) ? m_workspace->findCapture(captureId)->name : QString()));
}

void MainWindow::onCaptureLoaded(const QString &captureId, const Result<Capture> &result)
{
    const int entry = m_pendingCaptureEntry.take(captureId);
    if (!result.ok()) {
        showStatus(result.error(), true);
        return;
    }
    if (!m_workspace->findCapture(captureId))
        return; // deleted while it was read
    m_workspace->setCaptureContent(captureId, std::make_shared<const Capture>(result.value()));
    if (entry != -2)
        showCapture(captureId, entry);
    else if (!m_imports->isBusy())
        showStatus(QString());
}

void MainWindow::showRun(const QString &runId, int entry)
{
    if (m_exchanges->source() == Shown::Run && m_exchanges->sourceId() == runId && entry < 0
        && m_exchanges->hasCurrent())
        return;
    const Result<QList<Exchange>> exchanges = m_store->loadRun(runId);
    if (!exchanges) {
        showStatus(exchanges.error(), true);
        return;
    }
    // A run opens as it was: its exchanges, the final one (the verdict's) current.
    const int select = entry >= 0 ? entry : int(exchanges->size()) - 1;
    if (!m_exchanges->showDocument(Shown::Run, runId, exchanges.value(), select))
        showStatus(tr("A request is running; the run opens when it ends or is cancelled."), true);
}

QString MainWindow::shownKey() const
{
    return u"%1/%2/%3"_s.arg(int(m_exchanges->source())).arg(m_exchanges->sourceId()).arg(m_exchanges->currentEntry());
}

void MainWindow::onExchangeShown(const Exchange &exchange, const Diagnosis &diagnosis)
{
    // The Replay tab compares one exchange; another one shown brings the response to the front.
    if (m_bottomTabs->currentWidget() == m_comparison && shownKey() != m_replayOf)
        m_bottomTabs->setCurrentWidget(m_response);
    // The sidebar follows: the capture entry or the History row of what is shown.
    QModelIndex index;
    if (m_exchanges->source() == Shown::Capture) {
        index = m_workspace->indexForCaptureEntry(m_exchanges->sourceId(), m_exchanges->currentEntry());
        // A big capture the user has not opened in the sidebar stays closed: the capture is current.
        const QModelIndex capture = index.parent();
        if (index.isValid() && !m_sidebar->isExpanded(capture)
            && m_workspace->rowCount(capture) > SidebarFollowsEntriesUpTo)
            index = capture;
    } else if (m_exchanges->source() == Shown::Run) {
        index = m_workspace->indexForRun(m_exchanges->sourceId());
    }
    if (m_exchanges->source() == Shown::Log && m_sidebar->currentIndex().isValid()) {
        m_syncingSelection = true; // log lines on their own are no sidebar item: none is shown selected
        m_sidebar->setCurrentIndex(QModelIndex());
        m_syncingSelection = false;
    }
    if (index.isValid() && m_sidebar->currentIndex() != index) {
        m_syncingSelection = true;
        m_sidebar->setCurrentIndex(index);
        m_sidebar->scrollTo(index);
        m_syncingSelection = false;
    }
    if (m_exchanges->source() != Shown::Live) {
        int entry = m_exchanges->currentEntry();
        while (entry > 0 && m_waterfallModel->exchangeAt(entry).redirectHop > 0)
            --entry; // a redirect hop's request is the one the user sent first
        showRequestInBuilder(m_waterfallModel->exchangeAt(entry).request);
    }
    // The Logs pane selects the lines of this exchange.
    const int entry = m_exchanges->currentEntry();
    if (m_exchanges->source() == Shown::Log)
        m_logs->followRecord(entry >= 0 && entry < m_logDocument.size() ? m_logDocument.at(entry) : -1);
    else
        m_logs->followEntry(entry);
    showStatus(exchangeLine(exchange, diagnosis));
}

QString MainWindow::exchangeLine(const Exchange &exchange, const Diagnosis &diagnosis) const
{
    const QString where = QString::fromLatin1(exchange.request.method) + u' ' + exchange.request.url.toDisplayString();
    if (diagnosis.cause == u"transport.cancelled")
        //: %1 = method and URL, %2 = seconds
        return tr("%1: cancelled by you after %2 s")
            .arg(where, QLocale().toString(std::max(0.0, exchange.timings.total) / 1000.0, 'f', 1));
    const QString result = exchange.response ? QString::number(exchange.response->status) : tr("no response");
    //: %1 = method and URL, %2 = status or "no response", %3 = one-sentence verdict
    return tr("%1 → %2: %3").arg(where, result, diagnosis.summary);
}

void MainWindow::showRequestInBuilder(const RequestSpec &spec)
{
    // Nothing typed is lost: the builder's request is saved in the workspace as it is edited, so the
    // exchange's request opens as a new, unsaved one (stored only once it is edited or sent).
    const RequestSpec shown = m_editor->request();
    // Headers are not compared: the probe adds its own (Host, User-Agent) to what it sent.
    if (shown.method == spec.method && shown.url == spec.url && shown.body == spec.body)
        return;
    if (m_engine->isRunning())
        return;
    m_currentRequestId.clear();
    RequestSpec copy = spec;
    copy.name.clear();
    m_editor->setRequest(copy);
    m_builderEdits->loaded(QString(), copy);
    if (WorkspaceModel::NodeKind(m_sidebar->currentIndex().data(WorkspaceModel::NodeKindRole).toInt())
        == WorkspaceModel::NodeKind::Request) {
        m_syncingSelection = true;
        m_sidebar->setCurrentIndex({});
        m_syncingSelection = false;
    }
}

void MainWindow::importFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        addRecentFile(path);
        // The same file again, unchanged since: the capture imported from it is reused, not stored twice.
        const QFileInfo file(path);
        const auto &captures = m_workspace->workspace().captures;
        const auto same = std::find_if(captures.cbegin(), captures.cend(), [&file](const CaptureSummary &capture) {
            return !capture.sourcePath.isEmpty()
                && QFileInfo(capture.sourcePath).absoluteFilePath() == file.absoluteFilePath()
                && (!capture.importedAt.isValid() || file.lastModified() <= capture.importedAt);
        });
        if (same != captures.cend()) {
            const QString id = same->id;
            const QString name = same->name;
            m_sidebar->setCurrentIndex(m_workspace->indexForCapture(id));
            //: %1 = file name
            showStatus(
                tr("%1 is already imported: showing it. To import it anew, delete it in the sidebar first.").arg(name));
            Q_EMIT importFinished(name, true);
            continue;
        }
        startImport(path, QByteArray(), QFileInfo(path).fileName());
    }
}

void MainWindow::importText(const QByteArray &text, const QString &name)
{
    startImport(QString(), text, name);
}

void MainWindow::startImport(const QString &path, const QByteArray &text, const QString &name)
{
    //: %1 = file name or "pasted text"
    showStatus(tr("Importing %1…").arg(name));
    m_imports->start(path, text, name);
}

void MainWindow::cancelImports()
{
    if (!m_imports->isImporting())
        return;
    m_imports->cancelAll();
    m_importCancel->setEnabled(false);
    showStatus(tr("Cancelling the import…"));
}

void MainWindow::updateImportProgress()
{
    const bool importing = m_imports->isImporting();
    m_importProgress->setVisible(m_imports->isBusy());
    m_importCancel->setVisible(importing);
    if (!importing) {
        m_importCancel->setEnabled(true);
        m_importProgress->setRange(0, 0); // busy: a stored capture is being opened
        m_importProgress->setToolTip(QString());
        return;
    }
    const int value = m_imports->perMille();
    m_importProgress->setRange(0, CaptureImports::DonePerMille);
    // In whole percents, painted with the window's next frame: a progress bar repaints itself at once
    // on a new value (QProgressBar::setValue), and each such paint waits for the display server to
    // answer (Qt's X11 backing store syncs before painting over what it sent), up to a hundred
    // times per import, between the frames of the rows filling in.
    m_importProgress->setUpdatesEnabled(false);
    m_importProgress->setValue(value / 10 * 10);
    m_importProgress->setUpdatesEnabled(true); // schedules the repaint
    //: %1 = file names, %2 = percent done
    m_importProgress->setToolTip(
        tr("Importing %1: %2% done").arg(m_imports->runningNames().join(u", "_s)).arg(value / 10));
}

QString MainWindow::importDocumentId(quint64 importId)
{
    return u"import/%1"_s.arg(importId);
}

bool MainWindow::showsImport(quint64 importId) const
{
    return m_exchanges->source() == Shown::Import && m_exchanges->sourceId() == importDocumentId(importId);
}

void MainWindow::showImportedEntries(quint64 importId, const QList<Exchange> &exchanges)
{
    // An import takes the waterfall with its first entries, unless another one is filling it; a
    // document opened meanwhile (or a request sent) keeps it, and the capture opens when stored.
    const bool first = !m_importsWithEntries.contains(importId);
    m_importsWithEntries.insert(importId);
    if (!showsImport(importId) && (!first || m_exchanges->source() == Shown::Import))
        return;
    m_exchanges->appendToDocument(Shown::Import, importDocumentId(importId), exchanges);
}

void MainWindow::addCaptureResult(quint64 importId, const QString &path, const Result<Capture> &result,
                                  const CaptureSummary &summary)
{
    const QString name = path.isEmpty() ? summary.name : QFileInfo(path).fileName();
    m_importsWithEntries.remove(importId);
    const bool streamed = showsImport(importId);
    if (!result || result.value().exchanges.isEmpty()) {
        if (streamed) // rows read before the failure: not a capture
            m_exchanges->showDocument(Shown::Nothing, QString(), {}, -1);
    }
    if (!result) {
        showStatus(result.error(), true);
        Q_EMIT importFinished(name, false);
        return;
    }
    const Capture &capture = result.value();
    if (!capture.exchanges.isEmpty()) {
        // The rows shown while the file was read are the capture's: the waterfall keeps them, and
        // those still queued go on filling in.
        if (streamed && m_exchanges->documentSize() == capture.exchanges.size())
            m_exchanges->adoptDocument(Shown::Capture, summary.id);
        m_workspace->addCapture(summary, std::make_shared<const Capture>(capture));
        const QModelIndex index = m_workspace->indexForCapture(summary.id);
        m_sidebar->expand(index.parent());
        m_sidebar->setCurrentIndex(index);
        //: %1 = capture name, %n = entries
        showStatus(tr("Imported %1 — entries: %Ln.", nullptr, int(capture.exchanges.size())).arg(summary.name));
    } else if (capture.requests.size() == 1) {
        const QString collection = m_workspace->collectionOfRequest(m_currentRequestId);
        openRequest(m_workspace->addRequest(collection.isEmpty() ? m_workspace->firstCollectionId() : collection,
                                            capture.requests.constFirst()));
        showStatus(tr("New request from %1.").arg(capture.name.isEmpty() ? name : capture.name));
    } else if (!capture.requests.isEmpty()) {
        const QString id = m_workspace->addCollection(capture.name.isEmpty() ? name : capture.name, capture.requests);
        m_sidebar->expand(m_workspace->indexForCollection(id));
        const Collection *added = nullptr;
        for (const Collection &collection : m_workspace->workspace().collections)
            added = collection.id == id ? &collection : added;
        if (added && !added->requests.isEmpty())
            openRequest(added->requests.constFirst().id);
        showStatus(tr("Requests imported into a new collection: %Ln.", nullptr, int(capture.requests.size())));
    } else {
        showStatus(tr("%1 holds no request or exchange.").arg(name), true);
        Q_EMIT importFinished(name, false);
        return;
    }
    if (!capture.warnings.isEmpty())
        showStatus(m_statusText->text() + u' ' + tr("Warnings: %1").arg(capture.warnings.join(u"; "_s)));
    // Finished once every row is in the waterfall.
    if (m_exchanges->isFilling())
        connect(
            m_exchanges, &ExchangePresenter::filled, this, [this, name] { Q_EMIT importFinished(name, true); },
            Qt::SingleShotConnection);
    else
        Q_EMIT importFinished(name, true);
}

void MainWindow::pasteAsRequest()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        showStatus(tr("The clipboard holds no text to turn into a request."), true);
        return;
    }
    importText(text.toUtf8(), tr("pasted text"));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    // A gateway's log dropped on the window goes to the Gateway logs tab, where every diagnosis
    // reads it; everything else is a capture.
    QStringList logs;
    for (const QString &path : std::as_const(paths)) {
        if (LogScanner::isLogFile(path))
            logs.append(path);
    }
    for (const QString &path : std::as_const(logs))
        paths.removeOne(path);
    if (!logs.isEmpty() && m_logs->openFiles(logs))
        m_bottomTabs->setCurrentWidget(m_logs);
    if (!paths.isEmpty()) {
        importFiles(paths);
    } else if (!logs.isEmpty()) {
        // the logs were opened above
    } else if (mime->hasText()) {
        const QByteArray text = mime->text().toUtf8();
        if (text.size() > MaxDroppedTextBytes)
            showStatus(tr("The dropped text is larger than %1; save it to a file and import that.")
                           .arg(QLocale().formattedDataSize(MaxDroppedTextBytes)),
                       true);
        else
            importText(text, tr("dropped text"));
    }
    event->acceptProposedAction();
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentFiles"_s).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(u"recentFiles"_s, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentFiles"_s).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(u"&%1 %2"_s.arg((i + 1) % 10).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { importFiles({ path }); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::showStatus(const QString &message, bool error)
{
    m_statusText->setText(message);
    m_statusText->setToolTip(message);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_statusText->setStyleSheet(error ? (dark ? u"color: #ff7b72"_s : u"color: #c01c28"_s) : QString());
    if (error)
        qCInfo(lcWindow) << message;
}

void MainWindow::openLab()
{
    if (!m_labPage)
        setupLab();
    m_bottomTabs->setCurrentWidget(m_labPage);
    m_labPage->setFocus(Qt::OtherFocusReason);
}

void MainWindow::replay(const Exchange &captured, const RequestSpec &request)
{
    if (m_replayEngine->isRunning())
        return;
    m_replayCaptured = captured;
    m_replayRequest = request;
    m_replayOf = shownKey();
    m_exchangeActions->setReplayBusy(true);
    m_comparison->showRunning(captured);
    m_bottomTabs->setCurrentWidget(m_comparison);
    //: %1 = method and URL
    showStatus(tr("Replaying %1…").arg(QString::fromLatin1(request.method) + u' ' + request.url.toDisplayString()));
    m_replayEngine->start(request);
}

void MainWindow::onReplayFinished(const QList<Exchange> &exchanges)
{
    m_exchangeActions->setReplayBusy(false);
    if (exchanges.isEmpty())
        return;
    Exchange replayed = exchanges.constLast();
    replayed.source = Exchange::Source::Replayed;
    const Diagnosis capturedDiagnosis = diagnosisWithLogs(m_replayCaptured);
    const Diagnosis replayedDiagnosis = diagnoser().diagnose(replayed);
    recordRun(m_replayRequest, exchanges, replayed, replayedDiagnosis);
    m_comparison->showComparison(m_replayCaptured, capturedDiagnosis, replayed, replayedDiagnosis);
    m_bottomTabs->setCurrentWidget(m_comparison);
    //: %1 = what was captured, %2 = what came back now
    showStatus(tr("Replayed: captured %1 → now %2")
                   .arg(ReplayComparison::oneLine(m_replayCaptured, capturedDiagnosis),
                        ReplayComparison::oneLine(replayed, replayedDiagnosis)));
    Q_EMIT replayFinished();
}

Diagnosis MainWindow::diagnosisWithLogs(const Exchange &exchange)
{
    // A log line shown on its own is diagnosed from what it says (as `gatescope logs` does).
    if (m_exchanges && m_exchanges->source() == Shown::Log) {
        const QList<LogRecord> &records = m_logs->records();
        for (int record : std::as_const(m_logDocument)) {
            const LogRecord &line = records.at(record);
            if (line.line == exchange.index && line.time == exchange.startedAt)
                return LogJoin::diagnoseAlone(diagnoser(), line).diagnosis;
        }
    }
    // Every diagnosis shown is made with the log lines quoted in the exchange's own paste, else
    // with the gateway's log lines of the Logs pane.
    return QuotedLogLines::diagnoseWithLogs(diagnoser(), exchange, m_logs ? m_logs->records() : QList<LogRecord>())
        .diagnosis;
}

void MainWindow::joinLogLines()
{
    const QList<LogRecord> &records = m_logs->records();
    QList<LogLineJoin> joins(records.size());
    const Shown source = m_exchanges->source();
    if (source == Shown::Log)
        return; // the lines shown on their own keep the joins of the document before
    m_joinedSource = source;
    m_joinedId = m_exchanges->sourceId();
    if (!records.isEmpty() && source != Shown::Live && source != Shown::Nothing) {
        QHash<std::pair<QString, qint64>, int> recordAt; // (file, line) → index in records
        for (int i = 0; i < records.size(); ++i)
            recordAt.insert({ records.at(i).file, records.at(i).line }, i);
        for (int entry = 0; entry < m_waterfallModel->entryCount(); ++entry) {
            const Exchange &exchange = m_waterfallModel->exchangeAt(entry);
            const QList<LogMatch> matches = LogJoin::match(exchange, records);
            if (matches.isEmpty())
                continue;
            //: %1 = the waterfall row's number, %2 = method, %3 = path
            const QString label
                = tr("#%1 %2 %3")
                      .arg(entry + 1)
                      .arg(QString::fromLatin1(exchange.request.method), exchange.request.url.path(QUrl::FullyDecoded));
            for (const LogMatch &match : matches) {
                const int i = recordAt.value({ match.record.file, match.record.line }, -1);
                if (i >= 0 && joins.at(i).entry < 0)
                    joins[i] = { entry, label, match.quality };
            }
        }
    }
    m_logs->showJoins(joins);
    m_logs->followEntry(m_exchanges->currentEntry());
}

void MainWindow::showLogLinesOnTheirOwn(const QList<int> &records)
{
    QList<Exchange> exchanges;
    QList<int> shown;
    for (int record : records) {
        if (record < 0 || record >= m_logs->records().size())
            continue;
        exchanges.append(LogJoin::exchangeFor(m_logs->records().at(record)));
        shown.append(record);
    }
    if (exchanges.isEmpty())
        return;
    const QList<int> before = m_logDocument;
    m_logDocument = shown;
    if (!m_exchanges->showDocument(Shown::Log, tr("log lines"), exchanges, 0)) {
        m_logDocument = before;
        showStatus(tr("The waterfall is busy with the request under way; try again when it ends."), true);
        return;
    }
    showStatus(tr("%n log line(s) no exchange explains, each diagnosed from what it says.", "", int(shown.size())));
}

void MainWindow::showExport(bool currentOnly)
{
    QList<Exchange> exchanges;
    QList<Diagnosis> diagnoses;
    int selected = -1; // the current exchange's place in the exported list
    if (currentOnly && m_exchanges->hasCurrent()) {
        exchanges.append(m_exchanges->currentExchange());
        diagnoses.append(m_exchanges->currentDiagnosis());
    }
    for (int entry = 0; !currentOnly && entry < m_waterfallModel->entryCount(); ++entry) {
        if (m_waterfallModel->isLive(entry))
            continue;
        if (m_exchanges->hasCurrent() && entry == m_exchanges->currentEntry())
            selected = int(exchanges.size());
        exchanges.append(m_waterfallModel->exchangeAt(entry));
        diagnoses.append(diagnosisWithLogs(exchanges.constLast()));
    }
    if (exchanges.isEmpty()) {
        showStatus(tr("Nothing to export yet: send a request or open a capture first."), true);
        return;
    }
    QString kind = u"url"_s;
    QString name = exchanges.constFirst().request.url.toDisplayString();
    if (m_exchanges->source() == Shown::Capture) {
        if (const CaptureSummary *capture = m_workspace->findCapture(m_exchanges->sourceId())) {
            kind = capture->kind;
            name = capture->name;
        }
    }
    ExportDialog dialog(exchanges, diagnoses, kind, name, this, m_workspace->timeoutCorrections());
    // "Selected exchange only" offers the exchange being looked at.
    dialog.setSelectedExchange(selected);
    dialog.exec();
}

void MainWindow::openWatch()
{
    const RequestSpec request = m_editor->request();
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        showStatus(tr("Watch needs an http:// or https:// URL in the request builder."), true);
        return;
    }
    auto *window = new WatchWindow(request, diagnoser(), m_workspace, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(size() * 0.8);
    window->show();
}

void MainWindow::openRamp()
{
    const RequestSpec request = m_editor->request();
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        showStatus(tr("Ramp needs an http:// or https:// URL in the request builder."), true);
        return;
    }
    auto *window = new RampWindow(request, diagnoser(), this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(size() * 0.8);
    window->show();
}

void MainWindow::exportLoadScript()
{
    QList<RequestSpec> requests;
    QString source;
    const QModelIndex current = m_sidebar->currentIndex();
    if (current.isValid()
        && WorkspaceModel::NodeKind(current.data(WorkspaceModel::NodeKindRole).toInt())
            == WorkspaceModel::NodeKind::Collection) {
        const QString id = current.data(WorkspaceModel::IdRole).toString();
        for (const Collection &collection : m_workspace->workspace().collections) {
            if (collection.id != id)
                continue;
            for (const StoredRequest &stored : collection.requests)
                requests.append(stored.spec);
            source = collection.name;
        }
    }
    if (requests.isEmpty()) {
        const RequestSpec request = m_editor->request();
        const QString scheme = request.url.scheme().toLower();
        if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
            showStatus(tr("A load script needs an http:// or https:// URL in the request builder, or a collection "
                          "selected in the sidebar."),
                       true);
            return;
        }
        requests.append(request);
        source = request.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    }
    auto *dialog = new LoadScriptDialog(requests, std::nullopt, source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(size() * 0.8);
    dialog->show();
}

void MainWindow::openKeepAlive()
{
    const RequestSpec request = m_editor->request();
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        showStatus(tr("The keep-alive measurement needs an http:// or https:// URL in the request builder."), true);
        return;
    }
    // One GET, as `gatescope keepalive`: the URL's host is measured, not the builder's method or body.
    RequestSpec probe;
    probe.url = request.url;
    probe.options = request.options;
    probe.headers.append(HeaderField { "Accept", "*/*" });
    auto *window = new KeepAliveWindow(probe, this);
    if (const std::optional<HopChain> chain = m_diagnosis->hopChain())
        window->takeFrontFromChain(*chain);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(size() * 0.7);
    window->show();
}

} // namespace Gatescope::Gui
