// The window's import path with a HAR of a few megabytes, driven as a user would (offscreen):
// the status bar's bar shows the import going forward in per mille, with a Cancel button; Cancel
// stops the worker and leaves the workspace (summaries and stored capture files) as it was; what
// is stored reads back equal, line by line, and a damaged stored file is an error naming the line.
// A HAR's rows reach the waterfall in batches while it is read, the event loop turning between them,
// and the import's threads run at the lowest priority below the window's. A big capture stays
// closed in the sidebar until the user opens it; a small one opens to follow the entry shown.
#include "WorkbenchFixture.h"
#include "capture/CaptureImporter.h"
#include "gui/MainWindow.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"
#include "gui/workspace/WorkspaceModel.h"
#include "workspace/WorkspaceStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

class tst_WorkbenchImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importingABigHarShowsRisingProgressWithCancel();
    void cancellingAnImportLeavesTheWorkspaceUnchanged();
    void storedCaptureReadsBackEqual();
    void damagedStoredCaptureNamesTheLine();
    void harRowsArriveInBatchesWhileTheWindowKeepsAnswering_data();
    void harRowsArriveInBatchesWhileTheWindowKeepsAnswering();
    void bigImportFillsTheWaterfallInTimedBatches_data();
    void bigImportFillsTheWaterfallInTimedBatches();
    void importThreadsRunBelowTheWindow();
    void sidebarOpensOnlyASmallCaptureToFollowTheEntry_data();
    void sidebarOpensOnlyASmallCaptureToFollowTheEntry();

private:
    QString writeHar(int entries);
    QStringList storedCaptureFiles() const;
    QString statusText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_WorkbenchImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_WorkbenchImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(m_dir->filePath(u"data"_s));
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_WorkbenchImport::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString tst_WorkbenchImport::writeHar(int entries)
{
    const QString path = m_dir->filePath(u"big-%1.har"_s.arg(entries));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(makeHar(entries, u"https://api.example.test"_s, 4));
    return path;
}

QStringList tst_WorkbenchImport::storedCaptureFiles() const
{
    return QDir(m_window->store()->directory() + u"/captures"_s).entryList(QDir::Files);
}

QString tst_WorkbenchImport::statusText() const
{
    QString text;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        text += label->text();
    return text;
}

void tst_WorkbenchImport::importingABigHarShowsRisingProgressWithCancel()
{
    // Given a HAR of a few megabytes
    const QString path = writeHar(6000);
    QVERIFY2(QFileInfo(path).size() > 3 * 1024 * 1024,
             qPrintable(u"the HAR is only %1 bytes"_s.arg(QFileInfo(path).size())));
    QProgressBar *bar = m_window->importProgressBar();
    QList<int> values;
    bool cancelShownWithProgress = true;
    connect(bar, &QProgressBar::valueChanged, this, [&](int value) {
        if (m_window->importCancelButton()->isHidden())
            return; // the bar reset after the import
        values.append(value);
        cancelShownWithProgress = cancelShownWithProgress && bar->isVisible() && bar->maximum() == 1000;
    });
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);

    // When the window imports it
    m_window->importFiles({ path });
    QVERIFY2(m_window->isImporting(), "the import should run in a worker");
    QVERIFY2(!m_window->importCancelButton()->isHidden(), "a Cancel button should be shown while importing");
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(statusText()));

    // Then the bar showed determinate progress that only went forward, from near 0 to the end
    QVERIFY2(values.size() >= 10, qPrintable(u"only %1 progress values"_s.arg(values.size())));
    for (qsizetype i = 1; i < values.size(); ++i)
        QVERIFY2(values.at(i) > values.at(i - 1),
                 qPrintable(u"progress went from %1 to %2"_s.arg(values.at(i - 1)).arg(values.at(i))));
    QVERIFY2(values.constFirst() < 100, qPrintable(u"first value %1"_s.arg(values.constFirst())));
    QCOMPARE(values.constLast(), 1000);
    // … in whole percents (each new value repaints the window at once: not a thousand times)
    for (int value : std::as_const(values))
        QVERIFY2(value % 10 == 0, qPrintable(u"progress %1 per mille is no whole percent"_s.arg(value)));
    QVERIFY2(cancelShownWithProgress, "the bar should be visible, 0–1000, while the Cancel button is shown");
    // … and both are gone afterwards, the capture in the workspace with its stored file
    QVERIFY(!m_window->isImporting());
    QVERIFY(m_window->importCancelButton()->isHidden());
    QVERIFY(m_window->importProgressBar()->isHidden());
    QCOMPARE(m_window->workspace()->workspace().captures.size(), 1);
    QCOMPARE(m_window->workspace()->workspace().captures.constFirst().entryCount, 6000);
    QCOMPARE(storedCaptureFiles().size(), 1);
}

void tst_WorkbenchImport::cancellingAnImportLeavesTheWorkspaceUnchanged()
{
    // Given a workspace holding one imported capture
    const QString small = writeHar(20);
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importFiles({ small });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(finished.takeFirst().at(1).toBool());
    m_window->store()->saveNow();
    const QList<CaptureSummary> capturesBefore = m_window->workspace()->workspace().captures;
    const int collectionsBefore = int(m_window->workspace()->workspace().collections.size());
    const QStringList filesBefore = storedCaptureFiles();
    QFile workspaceFile(m_window->store()->workspaceFilePath());
    QVERIFY(workspaceFile.open(QIODevice::ReadOnly));
    const QByteArray workspaceBefore = workspaceFile.readAll();
    workspaceFile.close();

    // When a big HAR is imported and the user presses Cancel as soon as progress shows
    const QString path = writeHar(12000);
    int highest = -1;
    bool clicked = false;
    connect(m_window->importProgressBar(), &QProgressBar::valueChanged, this, [&](int value) {
        if (m_window->importCancelButton()->isHidden())
            return;
        highest = std::max(highest, value);
        if (!clicked) {
            clicked = true;
            QTest::mouseClick(m_window->importCancelButton(), Qt::LeftButton);
        }
    });
    QElapsedTimer timer;
    timer.start();
    m_window->importFiles({ path });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);

    // Then the import ends as failed, with a clear message, and its worker is gone
    QVERIFY(clicked);
    QCOMPARE(finished.constFirst().at(0).toString(), QFileInfo(path).fileName());
    QVERIFY2(!finished.constFirst().at(1).toBool(), "a cancelled import must not count as imported");
    QVERIFY2(statusText().contains(u"cancelled"_s), qPrintable(statusText()));
    QVERIFY2(highest < 1000, qPrintable(u"the import ran to the end (%1 per mille) despite Cancel"_s.arg(highest)));
    QVERIFY(!m_window->isImporting());
    QVERIFY(m_window->importCancelButton()->isHidden());
    // … and the workspace is as it was: same captures, collections, stored files and workspace file
    const QList<CaptureSummary> capturesAfter = m_window->workspace()->workspace().captures;
    QCOMPARE(capturesAfter.size(), capturesBefore.size());
    QCOMPARE(capturesAfter.constFirst().id, capturesBefore.constFirst().id);
    QCOMPARE(int(m_window->workspace()->workspace().collections.size()), collectionsBefore);
    QCOMPARE(storedCaptureFiles(), filesBefore);
    QVERIFY2(!m_window->store()->hasPendingChanges(), "nothing should be waiting to be saved");
    QVERIFY(workspaceFile.open(QIODevice::ReadOnly));
    QCOMPARE(workspaceFile.readAll(), workspaceBefore);

    // … and a later import of the same file works
    finished.clear();
    m_window->importFiles({ path });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(statusText()));
    QCOMPARE(m_window->workspace()->workspace().captures.size(), capturesBefore.size() + 1);
}

void tst_WorkbenchImport::storedCaptureReadsBackEqual()
{
    const QString path = writeHar(300);
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importFiles({ path });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(finished.constFirst().at(1).toBool());
    const QString id = m_window->workspace()->workspace().captures.constFirst().id;
    const std::shared_ptr<const Capture> shown = m_window->workspace()->captureContent(id);
    QVERIFY(shown);

    const Result<Capture> stored
        = WorkspaceStore::readCaptureFile(WorkspaceStore::captureFilePath(m_window->store()->directory(), id));
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error()));
    QCOMPARE(stored->kind, shown->kind);
    QCOMPARE(stored->name, shown->name);
    QCOMPARE(stored->warnings, shown->warnings);
    QCOMPARE(stored->exchanges.size(), 300);
    QVERIFY2(stored->exchanges == shown->exchanges, "the stored exchanges should read back equal");
    QVERIFY2(stored->requests == shown->requests, "the stored requests should read back equal");
}

void tst_WorkbenchImport::damagedStoredCaptureNamesTheLine()
{
    const QString path = writeHar(10);
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importFiles({ path });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const QString id = m_window->workspace()->workspace().captures.constFirst().id;
    const QString stored = WorkspaceStore::captureFilePath(m_window->store()->directory(), id);
    QFile file(stored);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    QVERIFY(lines.size() > 5);

    // A line cut in the middle, and a file that ends early
    QByteArray cut = lines.at(0) + '\n' + lines.at(1) + '\n' + lines.at(2).left(lines.at(2).size() / 2) + '\n';
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(cut);
    file.close();
    Result<Capture> read = WorkspaceStore::readCaptureFile(stored);
    QVERIFY2(!read.ok() && read.error().contains(u"line 3"_s), qPrintable(read.ok() ? u"read"_s : read.error()));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.at(0) + '\n' + lines.at(1) + '\n');
    file.close();
    read = WorkspaceStore::readCaptureFile(stored);
    QVERIFY2(!read.ok() && read.error().contains(u"line 3"_s) && read.error().contains(stored),
             qPrintable(read.ok() ? u"read"_s : read.error()));
}

namespace {

// One waterfall row as a short string: what a user reads in it.
QString rowText(const Exchange &exchange)
{
    return u"%1 %2 %3 %4 %5"_s.arg(QString::fromLatin1(exchange.request.method), exchange.request.url.toString(),
                                   exchange.response ? QString::number(exchange.response->status) : u"-"_s,
                                   outcomeId(exchange.transport.outcome),
                                   exchange.startedAt.toString(Qt::ISODateWithMs));
}

} // namespace

void tst_WorkbenchImport::harRowsArriveInBatchesWhileTheWindowKeepsAnswering_data()
{
    QTest::addColumn<bool>("pasted");
    QTest::newRow("HAR file opened") << false;
    QTest::newRow("HAR text pasted") << true;
}

void tst_WorkbenchImport::harRowsArriveInBatchesWhileTheWindowKeepsAnswering()
{
    QFETCH(bool, pasted);
    // Given a HAR of a few thousand entries, and a timer that counts the event loop's turns
    const QString path = writeHar(6000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    int ticks = 0;
    QTimer tick;
    tick.setInterval(1);
    connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
    tick.start();
    struct Insertion
    {
        int ticks;
        bool importing;
        int rows;
    };
    QList<Insertion> insertions;
    WaterfallModel *model = m_window->waterfallModel();
    connect(model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent) {
        if (!parent.isValid())
            insertions.append({ ticks, m_window->isImporting(), model->entryCount() });
    });
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);

    // When the window imports it
    if (pasted)
        m_window->importText(text, u"pasted HAR"_s);
    else
        m_window->importFiles({ path });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(statusText()));

    // Then the rows arrived in more than one batch, the first while the file was still being read,
    // and the event loop turned between the first batch and the last
    QVERIFY2(insertions.size() > 1, qPrintable(u"the rows arrived in %1 insertion(s)"_s.arg(insertions.size())));
    QVERIFY2(insertions.constFirst().importing,
             qPrintable(u"the first %1 rows came only after the import ended"_s.arg(insertions.constFirst().rows)));
    QVERIFY2(insertions.constLast().ticks > insertions.constFirst().ticks,
             qPrintable(u"the timer did not fire between the first and the last batch (%1 ticks)"_s.arg(ticks)));
    // … and the waterfall's rows are the exchanges `gatescope convert` reads from the same text
    const Result<Capture> expected = CaptureImporter::importText(text, u"expected"_s);
    QVERIFY2(expected.ok(), qPrintable(expected.ok() ? QString() : expected.error()));
    QCOMPARE(model->entryCount(), int(expected->exchanges.size()));
    for (int entry = 0; entry < model->entryCount(); ++entry)
        QCOMPARE(rowText(model->exchangeAt(entry)), rowText(expected->exchanges.at(entry)));
    // … and the capture shown is the one stored in the workspace
    QCOMPARE(m_window->shown(), MainWindow::Shown::Capture);
    QCOMPARE(m_window->shownId(), m_window->workspace()->workspace().captures.constLast().id);
}

void tst_WorkbenchImport::bigImportFillsTheWaterfallInTimedBatches_data()
{
    QTest::addColumn<bool>("pasted");
    QTest::newRow("HAR file opened") << false; // a paste fills in the same way (one path, ExchangePresenter)
}

void tst_WorkbenchImport::bigImportFillsTheWaterfallInTimedBatches()
{
    QFETCH(bool, pasted);
    // Given a HAR of a few thousand entries, and a clock for each insertion of rows into the waterfall
    const QString path = writeHar(3000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QElapsedTimer clock;
    clock.start();
    QList<qint64> insertedAtMs;
    WaterfallModel *model = m_window->waterfallModel();
    connect(model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent) {
        if (!parent.isValid())
            insertedAtMs.append(clock.elapsed());
    });
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);

    // When the window imports it
    if (pasted)
        m_window->importText(text, u"pasted HAR"_s);
    else
        m_window->importFiles({ path });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(statusText()));
    QCOMPARE(model->entryCount(), 3000);

    // Then after the first rows (at once, and the next ones a turn later) the rows went in a batch
    // at a time, no more often than every 50 ms: the view lays out all of its rows and repaints after
    // each insertion, which must not happen on every turn of the event loop while a big file fills in
    QVERIFY2(insertedAtMs.size() >= 2, qPrintable(u"%1 insertion(s)"_s.arg(insertedAtMs.size())));
    QStringList gaps;
    for (qsizetype i = 2; i < insertedAtMs.size(); ++i)
        gaps.append(QString::number(insertedAtMs.at(i) - insertedAtMs.at(i - 1)));
    for (qsizetype i = 2; i < insertedAtMs.size(); ++i)
        QVERIFY2(insertedAtMs.at(i) - insertedAtMs.at(i - 1) >= 45,
                 qPrintable(u"%1 insertions, ms between them from the third on: %2"_s.arg(insertedAtMs.size())
                                .arg(gaps.join(u", "))));
}

namespace {

// The nice value of each thread of this process (Linux: /proc/self/task/TID/stat, field 19).
QHash<QString, int> threadNiceValues()
{
    QHash<QString, int> nice;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(task + u"/stat"_s));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // ended meanwhile
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 16)
            nice.insert(task, fields.at(16).toInt());
    }
    return nice;
}

} // namespace

void tst_WorkbenchImport::importThreadsRunBelowTheWindow()
{
#if !defined(Q_OS_LINUX)
    QSKIP("thread nice values are read from Linux's /proc");
#else
    // Given a HAR of a few thousand entries
    const QString path = writeHar(6000);
    const QString windowThread = QString::number(QCoreApplication::applicationPid()); // the main thread
    QList<QHash<QString, int>> seen; // the threads' nice values each time rows arrived during the import
    connect(m_window->waterfallModel(), &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent) {
        if (!parent.isValid() && m_window->isImporting())
            seen.append(threadNiceValues());
    });
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);

    // When the window imports it
    m_window->importFiles({ path });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(statusText()));

    // Then, while it was read, a thread of the import ran 10 nice steps below the window's thread
    // (at most 19): on a busy machine the window gets the core whenever it has work
    QVERIFY2(!seen.isEmpty(), "no rows arrived while the file was read");
    int nicest = -20;
    for (const QHash<QString, int> &nice : std::as_const(seen)) {
        QVERIFY2(nice.contains(windowThread), qPrintable(u"the window's thread %1 is not listed"_s.arg(windowThread)));
        if (nice.value(windowThread) >= 19)
            QSKIP("the test runs at nice 19 already: nothing can run below the window");
        for (auto thread = nice.cbegin(); thread != nice.cend(); ++thread)
            nicest = std::max(nicest, thread.value());
    }
    QVERIFY2(nicest == std::min(19, seen.constFirst().value(windowThread) + 10),
             qPrintable(u"the nicest thread during the import ran at nice %1, the window's at %2"_s.arg(nicest).arg(
                 seen.constFirst().value(windowThread))));
#endif
}

void tst_WorkbenchImport::sidebarOpensOnlyASmallCaptureToFollowTheEntry_data()
{
    QTest::addColumn<int>("entries");
    QTest::addColumn<bool>("opened");
    QTest::newRow("small capture: opened on its first failure") << 30 << true;
    QTest::newRow("capture of 6,000 entries: stays closed") << 6000 << false;
}

void tst_WorkbenchImport::sidebarOpensOnlyASmallCaptureToFollowTheEntry()
{
    QFETCH(int, entries);
    QFETCH(bool, opened);
    // Given a HAR file
    const QString path = writeHar(entries);
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);

    // When the window imports it
    m_window->importFiles({ path });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(statusText()));
    WorkspaceModel *workspace = m_window->workspace();
    const QString captureId = workspace->workspace().captures.constLast().id;
    const QModelIndex capture = workspace->indexForCapture(captureId);
    QTRY_VERIFY(m_window->sidebar()->currentIndex().isValid());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->waterfallModel()->entryCount(), entries, 30000);

    // Then the waterfall shows the first failure; the sidebar shows its entry in the opened capture
    // when the capture is small, and the capture itself, closed, when it is big (laying out all its
    // entries at once would hold the window)
    const int shown = m_window->waterfallPanel()->view()->currentEntry();
    QVERIFY2(shown >= 0, "no entry is shown");
    QCOMPARE(m_window->sidebar()->isExpanded(capture), opened);
    QCOMPARE(m_window->sidebar()->currentIndex(), opened ? workspace->indexForCaptureEntry(captureId, shown) : capture);

    // … and once the user opens it, the sidebar follows the entry shown there too
    m_window->sidebar()->expand(capture);
    const int next = shown + 4;
    m_window->waterfallPanel()->view()->selectEntry(next);
    QTRY_COMPARE(m_window->sidebar()->currentIndex(), workspace->indexForCaptureEntry(captureId, next));
}

QTEST_MAIN(tst_WorkbenchImport)

#include "tst_workbench_import.moc"
