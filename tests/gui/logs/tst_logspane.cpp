#include "capture/CaptureImporter.h"
#include "diagnosis/Diagnoser.h"
#include "gui/MainWindow.h"
#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/logs/LogsPane.h"
#include "gui/workspace/WorkspaceModel.h"
#include "logs/LogJoin.h"
#include "logs/QuotedLogLines.h"

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <ctime>

using namespace Gatescope;
using namespace Qt::StringLiterals;

// A HAR of nginx 502 pages, one entry per (startedDateTime, path) on the gateway of
// tests/core/logs/data/nginx-error.log.
static QByteArray nginxHar(const QList<std::pair<QString, QString>> &requests)
{
    const QString page = u"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
                         "Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n"_s;
    QJsonArray entries;
    for (const auto &[startedAt, path] : requests) {
        entries.append(QJsonObject {
            { u"startedDateTime"_s, startedAt },
            { u"time"_s, 3 },
            { u"request"_s,
              QJsonObject { { u"method"_s, u"GET"_s },
                            { u"url"_s, QString(u"http://127.0.0.1:18200"_s + path) },
                            { u"httpVersion"_s, u"HTTP/1.1"_s },
                            { u"headers"_s, QJsonArray {} },
                            { u"queryString"_s, QJsonArray {} },
                            { u"cookies"_s, QJsonArray {} },
                            { u"headersSize"_s, -1 },
                            { u"bodySize"_s, 0 } } },
            { u"response"_s,
              QJsonObject {
                  { u"status"_s, 502 },
                  { u"statusText"_s, u"Bad Gateway"_s },
                  { u"httpVersion"_s, u"HTTP/1.1"_s },
                  { u"headers"_s,
                    QJsonArray { QJsonObject { { u"name"_s, u"Server"_s }, { u"value"_s, u"nginx/1.22.1"_s } } } },
                  { u"cookies"_s, QJsonArray {} },
                  { u"content"_s,
                    QJsonObject {
                        { u"size"_s, int(page.size()) }, { u"mimeType"_s, u"text/html"_s }, { u"text"_s, page } } },
                  { u"redirectURL"_s, u""_s },
                  { u"headersSize"_s, -1 },
                  { u"bodySize"_s, int(page.size()) } } },
            { u"cache"_s, QJsonObject {} },
            { u"timings"_s, QJsonObject { { u"send"_s, 1 }, { u"wait"_s, 1 }, { u"receive"_s, 1 } } },
        });
    }
    const QJsonObject har { { u"log"_s,
                              QJsonObject {
                                  { u"version"_s, u"1.2"_s },
                                  { u"creator"_s, QJsonObject { { u"name"_s, u"test"_s }, { u"version"_s, u"1"_s } } },
                                  { u"entries"_s, entries } } } };
    return QJsonDocument(har).toJson();
}

// The Logs pane reads what nginx wrote (tests/core/logs/data), lists the failure lines, and says
// in the pane what it read or why it could not.
class LogsPaneTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        tzset();
        QStandardPaths::setTestModeEnabled(true);
    }

    void opensALogAndListsItsFailureLines()
    {
        Gui::LogsPane pane;
        QSignalSpy changed(&pane, &Gui::LogsPane::logsChanged);
        const QString path = qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/tests/core/logs/data/nginx-error.log"_s;
        QVERIFY(pane.openFiles({ path }));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(pane.records().size(), 9);
        QCOMPARE(pane.records().first().cause, u"upstream.refused"_s);
        auto *table = pane.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 9);
        QCOMPARE(table->item(0, 0)->text(), u"nginx-error.log:7"_s);
        QVERIFY2(pane.message().contains(u"nginx-error.log"_s), qPrintable(pane.message()));

        pane.clearLogs();
        QCOMPARE(changed.count(), 2);
        QVERIFY(pane.records().isEmpty());
        QCOMPARE(table->rowCount(), 0);
    }

    // A log too big to read in a blink shows a progress dialog whose Cancel stops the reading: the
    // pane says so and keeps nothing of that file.
    void cancellingABigLogKeepsNothingOfIt()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(u"big-access.log"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        const QByteArray line = "127.0.0.1 - - [06/Dec/2026:14:30:56 +0000] \"GET /refused/a HTTP/1.1\" 502 157 \"-\" "
                                "\"curl/7.88.1\"\n";
        for (int i = 0; i < 200000; ++i) // more lines than one progress step (65,536)
            big.write(line);
        big.close();
        Gui::LogsPane pane;
        pane.show();
        QTimer::singleShot(0, &pane, [&pane] {
            if (auto *progress = pane.findChild<QProgressDialog *>())
                progress->cancel();
        });
        QVERIFY(!pane.openFiles({ big.fileName() }));
        QVERIFY2(pane.message().contains(u"cancelled"_s), qPrintable(pane.message()));
        QVERIFY(pane.records().isEmpty());
    }

    // File → Open log… asks for a log, reads it into the Gateway logs tab and shows that tab.
    void fileOpenLogReadsTheLogIntoTheGatewayLogsTab()
    {
        QTemporaryDir dir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
        QSettings().clear();
        Gui::MainWindow window(dir.filePath(u"data"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *openLog = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->text() == u"&File"_s) {
                for (QAction *action : menu->menu()->actions())
                    if (action->text() == u"Open lo&g…"_s)
                        openLog = action;
            }
        }
        QVERIFY2(openLog, "File has no Open log… entry");
        // Qt's own dialog, which the test can answer (a platform's native one is another process).
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        const QString path = qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/tests/core/logs/data/nginx-error.log"_s;
        bool answered = false;
        auto *answer = new QTimer(&window);
        connect(answer, &QTimer::timeout, &window, [&] {
            // The dialog the action opened (offscreen, a modal window is not always the active one).
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QFileDialog *>(widget);
                if (!dialog || !dialog->isVisible())
                    continue;
                // Typed as a user types it: the file name box takes a whole path, whether or not
                // the dialog's folder view has loaded yet.
                auto *fileName = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
                QVERIFY(fileName);
                fileName->setText(path);
                static_cast<QDialog *>(dialog)->accept(); // QDialog::accept is public
                if (dialog->isVisible())
                    return; // not taken yet: again at the next tick
                answer->stop();
                answered = true;
                break;
            }
        });
        answer->start(20);
        openLog->trigger();
        QVERIFY(answered);
        auto *logs = window.findChild<Gui::LogsPane *>();
        QCOMPARE(logs->records().size(), 9);
        QTabWidget *tabs = nullptr;
        for (QTabWidget *t : window.findChildren<QTabWidget *>())
            if (t->indexOf(logs) >= 0)
                tabs = t;
        QVERIFY(tabs);
        QCOMPARE(tabs->currentWidget(), logs);
    }

    void showsWhyAPastedTextIsNotALog()
    {
        Gui::LogsPane pane;
        QSignalSpy changed(&pane, &Gui::LogsPane::logsChanged);
        QVERIFY(!pane.addText("dear diary\ntoday the gateway was fine\n", u"pasted log"_s));
        QCOMPARE(changed.count(), 0);
        QVERIFY2(pane.message().contains(u"dear diary"_s) && pane.message().contains(u"pasted log"_s),
                 qPrintable(pane.message()));
    }

    // The window: the failing entry of a capture is diagnosed with the log line nginx wrote for it,
    // and that line is in the decision path — whether the log comes before or after the selection.
    void theWindowDiagnosesTheSelectedExchangeWithItsLogLine()
    {
        QTemporaryDir dir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
        QSettings().clear();
        Gui::MainWindow window(dir.filePath(u"data"_s));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QFile file(dir.filePath(u"capture.har"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(nginxHar({ { u"2026-12-06T14:30:56.200Z"_s, u"/refused/a"_s } }));
        file.close();
        QSignalSpy finished(&window, &Gui::MainWindow::importFinished);
        window.importFiles({ file.fileName() });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

        Gui::WorkspaceModel *workspace = window.workspace();
        const QModelIndex capture = workspace->indexForCapture(workspace->workspace().captures.constFirst().id);
        window.sidebar()->setCurrentIndex(workspace->index(0, 0, capture));
        QCOMPARE(window.diagnosisPane()->diagnosis().cause, u"upstream.error"_s); // nginx's page alone

        auto *logs = window.findChild<Gui::LogsPane *>();
        QVERIFY(logs);
        QVERIFY(logs->openFiles(
            { qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/tests/core/logs/data/nginx-error.log"_s }));
        const Diagnosis &d = window.diagnosisPane()->diagnosis();
        QCOMPARE(d.cause, u"upstream.refused"_s);
        QVERIFY2(d.path.last().decidedBy.contains(
                     u"nginx-error.log:7: connect() failed (111: Connection refused) while connecting to upstream"_s),
                 qPrintable(d.path.last().decidedBy.join(u" | "_s)));
    }

    // A user drops a gateway's log and a saved response on the window together: the log opens in
    // the Gateway logs tab (not as a capture of no exchange), the response becomes the capture, and
    // its diagnosis reads the log's line.
    void aLogDroppedOnTheWindowOpensAsALog()
    {
        QTemporaryDir dir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
        QSettings().clear();
        Gui::MainWindow window(dir.filePath(u"data"_s));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QFile response(dir.filePath(u"answer.http"_s));
        QVERIFY(response.open(QIODevice::WriteOnly));
        response.write("HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.22.1\r\nContent-Length: 0\r\n\r\n");
        response.close();
        const QString log = qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/tests/core/logs/data/nginx-error.log"_s;

        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(log), QUrl::fromLocalFile(response.fileName()) });
        QSignalSpy finished(&window, &Gui::MainWindow::importFinished);
        QDragEnterEvent enter(QPoint(600, 400), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY2(enter.isAccepted(), "the window takes dropped files");
        QDropEvent drop(QPointF(600, 400), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);

        auto *logs = window.findChild<Gui::LogsPane *>();
        QVERIFY(logs);
        QVERIFY2(!logs->records().isEmpty(), "the dropped log's failure lines are listed");
        const QList<CaptureSummary> &captures = window.workspace()->workspace().captures;
        QCOMPARE(captures.size(), 1);
        QCOMPARE(captures.constFirst().name, u"answer.http"_s);
        QCOMPARE(captures.constFirst().entryCount, 1);
        bool logsShown = false;
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>())
            logsShown = logsShown || tabs->currentWidget() == logs;
        QVERIFY2(logsShown, "the Gateway logs tab is brought to the front");
    }

    // A pasted page with the gateway's own log line below it: the window reads the line as the
    // paste's log evidence, as `gatescope diagnose` does, and still does after a restart (the
    // line is stored with the capture).
    void aPastedPageWithItsGatewayLineIsDiagnosedWithThatLine()
    {
        QTemporaryDir dir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
        QSettings().clear();
        const QByteArray paste
            = "The site shows this since the deploy:\n\n<html><head><title>502 Bad Gateway</title></head><body>"
              "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.22.1</center></body></html>\n\nand "
              "error.log says:\n\n`2026/12/06 14:30:56 [error] 12#12: *7 connect() failed (111: Connection refused) "
              "while connecting to upstream, client: 10.0.0.1, server: _, request: \"GET / HTTP/1.1\", upstream: "
              "\"http://127.0.0.1:8080/\", host: \"example.test\"`\n";
        const Diagnosis expected
            = QuotedLogLines::diagnose(Diagnoser(), CaptureImporter::importText(paste, u"p"_s)->exchanges.first(),
                                       QuotedLogLines::failures(paste, u"p"_s))
                  .diagnosis;
        QCOMPARE(expected.cause, u"upstream.refused"_s);
        {
            Gui::MainWindow window(dir.filePath(u"data"_s));
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy finished(&window, &Gui::MainWindow::importFinished);
            window.importText(paste, u"pasted text"_s);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
            Gui::WorkspaceModel *workspace = window.workspace();
            const QModelIndex capture = workspace->indexForCapture(workspace->workspace().captures.constFirst().id);
            window.sidebar()->setCurrentIndex(workspace->index(0, 0, capture));
            const Diagnosis &d = window.diagnosisPane()->diagnosis();
            QCOMPARE(d.cause, expected.cause);
            QCOMPARE(d.producer.product, expected.producer.product);
            QCOMPARE(d.producer.confidence, expected.producer.confidence);
            QVERIFY2(d.path.last().decidedBy.join(u' ').contains(u"connect() failed (111: Connection refused)"_s),
                     qPrintable(d.path.last().decidedBy.join(u" | "_s)));
        }
        Gui::MainWindow again(dir.filePath(u"data"_s));
        again.resize(1200, 800);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        Gui::WorkspaceModel *workspace = again.workspace();
        QCOMPARE(workspace->workspace().captures.size(), 1);
        const QModelIndex capture = workspace->indexForCapture(workspace->workspace().captures.constFirst().id);
        workspace->fetchMore(capture); // entries are read from the stored capture when it is opened
        QTRY_VERIFY_WITH_TIMEOUT(workspace->rowCount(capture) > 0, 10000);
        again.sidebar()->setCurrentIndex(workspace->index(0, 0, capture));
        QTRY_COMPARE_WITH_TIMEOUT(again.diagnosisPane()->diagnosis().cause, expected.cause, 10000);
    }
    // A user has a capture of two failing requests and opens the gateway's error log: each listed
    // line says which exchange it belongs to, the pane selects the lines of the exchange chosen in
    // the sidebar, a line's double-click brings its exchange back, and the failure lines no
    // exchange explains are listed apart and diagnosed each from what it says.
    void theLogLinesFollowTheSelectionAndTheUnexplainedOnesStandAlone()
    {
        QTemporaryDir dir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(u"settings"_s));
        QSettings().clear();
        Gui::MainWindow window(dir.filePath(u"data"_s));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QFile file(dir.filePath(u"two.har"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(nginxHar(
            { { u"2026-12-06T14:30:56.200Z"_s, u"/refused/a"_s }, { u"2026-12-06T14:30:56.400Z"_s, u"/closed/b"_s } }));
        file.close();
        QSignalSpy finished(&window, &Gui::MainWindow::importFinished);
        window.importFiles({ file.fileName() });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        Gui::WorkspaceModel *workspace = window.workspace();
        const QModelIndex capture = workspace->indexForCapture(workspace->workspace().captures.constFirst().id);
        window.sidebar()->setCurrentIndex(workspace->index(0, 0, capture));

        auto *logs = window.findChild<Gui::LogsPane *>();
        QVERIFY(logs->openFiles(
            { qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/tests/core/logs/data/nginx-error.log"_s }));
        auto *table = logs->findChild<QTableWidget *>();
        QCOMPARE(table->rowCount(), 9);
        QCOMPARE(table->item(0, 3)->text(), u"#1 GET /refused/a"_s); // error.log:7
        QCOMPARE(table->item(1, 3)->text(), u"#2 GET /closed/b"_s); // error.log:9
        QCOMPARE(table->item(0, 3)->toolTip(), u"joined by method, path and time"_s);
        // The match quality is shown in a column of its own, not only on hover.
        QCOMPARE(table->horizontalHeaderItem(4)->text(), u"Joined by"_s);
        QCOMPARE(table->item(0, 4)->text(), u"method, path, time"_s);
        QCOMPARE(table->item(1, 4)->text(), u"method, path, time"_s);
        for (int row = 2; row < 9; ++row) {
            QCOMPARE(table->item(row, 3)->text(), u"none"_s);
            QCOMPARE(table->item(row, 4)->text(), QString());
        }

        // The pane follows the sidebar.
        auto selectedRows = [table] {
            QList<int> rows;
            for (const QModelIndex &index : table->selectionModel()->selectedRows())
                rows.append(index.row());
            std::sort(rows.begin(), rows.end());
            return rows;
        };
        QCOMPARE(selectedRows(), QList<int> { 0 });
        window.sidebar()->setCurrentIndex(workspace->index(1, 0, capture));
        QCOMPARE(window.diagnosisPane()->diagnosis().cause, u"upstream.closed-early"_s);
        QCOMPARE(selectedRows(), QList<int> { 1 });

        // Only the lines no exchange explains.
        logs->setUnjoinedOnly(true);
        QVERIFY(table->isRowHidden(0) && table->isRowHidden(1) && !table->isRowHidden(2));
        QCOMPARE(logs->unjoinedFailures().size(), 7);

        // Diagnosed on their own: the waterfall holds them, each with the verdict its line gives.
        QPushButton *diagnoseButton = nullptr;
        for (QPushButton *button : logs->findChildren<QPushButton *>())
            if (button->text() == u"Diagnose them on their own"_s)
                diagnoseButton = button;
        QVERIFY(diagnoseButton && diagnoseButton->isEnabled());
        QTest::mouseClick(diagnoseButton, Qt::LeftButton);
        QCOMPARE(window.shown(), Gui::MainWindow::Shown::Log);
        QCOMPARE(window.exchanges()->currentEntry(), 0);
        const LogRecord &reset = logs->records().at(2); // recv() failed (104) for /reset/c
        QCOMPARE(reset.cause, u"upstream.reset"_s);
        QCOMPARE(window.diagnosisPane()->diagnosis().cause, LogJoin::diagnoseAlone(Diagnoser(), reset).diagnosis.cause);
        QCOMPARE(window.diagnosisPane()->diagnosis().cause, u"upstream.reset"_s);
        QCOMPARE(selectedRows(), QList<int> { 2 });
        QCOMPARE(table->item(0, 3)->text(), u"#1 GET /refused/a"_s); // the joins stay

        // A screenshot for docs/screenshots (GATESCOPE_SHOT_DIR set, under xvfb-run), at 1600x1000.
        if (const QByteArray shots = qgetenv("GATESCOPE_SHOT_DIR"); !shots.isEmpty()) {
            window.resize(1600, 1000);
            logs->setUnjoinedOnly(false);
            for (QTabWidget *tabs : window.findChildren<QTabWidget *>())
                if (tabs->indexOf(logs) >= 0)
                    tabs->setCurrentWidget(logs);
            QTest::qWait(200);
            QVERIFY(window.grab().save(QString::fromLocal8Bit(shots)
                                       + u"/10-log-lines-on-their-own-1600x1000-en-light.png"_s));
            logs->setUnjoinedOnly(true);
        }

        // A joined line brings its exchange back.
        logs->setUnjoinedOnly(false);
        Q_EMIT table->cellActivated(0, 4);
        QTRY_COMPARE_WITH_TIMEOUT(window.shown(), Gui::MainWindow::Shown::Capture, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.exchanges()->currentEntry(), 0, 10000);
        QCOMPARE(window.diagnosisPane()->diagnosis().cause, u"upstream.refused"_s);
        QCOMPARE(selectedRows(), QList<int> { 0 });
    }
};

QTEST_MAIN(LogsPaneTest)
#include "tst_logspane.moc"
