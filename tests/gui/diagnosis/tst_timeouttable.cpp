// The user's flow for corrected timeouts: an exchange through nginx shows its hop row; "Timeouts…"
// opens the hops' timeouts side by side; typing the origin's keep-alive timeout of the user's own
// configuration into its cell makes the audit flag the keep-alive race at once, in the dialog and
// under the hop row; the value is saved with the workspace (its file, through the store the window
// uses) and after a restart — a new store, model and pane reading the same folder — the audit of
// the same exchange flags it again without any typing. Emptying the cell goes back to the default.

#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/diagnosis/HopRowView.h"
#include "gui/diagnosis/TimeoutTableDialog.h"
#include "gui/workspace/WorkspaceModel.h"
#include "workspace/WorkspaceStore.h"

#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatescope;
using namespace Gatescope::Gui;

namespace {

// A 200 through nginx (Server: nginx), as the real-gateway test's pooled location answers.
Exchange throughNginx()
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url = QUrl(u"http://127.0.0.1:18080/pooled"_s);
    ResponseData response;
    response.status = 200;
    response.headers.append(HeaderField { "Server", "nginx/1.22.1" });
    exchange.response = response;
    exchange.timings.wait = 3.2;
    exchange.timings.total = 4.0;
    return exchange;
}

TimeoutTableDialog *openTable(DiagnosisPane &pane)
{
    QPushButton *button = pane.timeoutsButton();
    if (!button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return pane.findChild<TimeoutTableDialog *>();
}

int rowOf(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->verticalHeaderItem(row)->text() == name)
            return row;
    }
    return -1;
}

// Types into a cell as the user does: the editor opened on it, the text, Return.
bool typeInto(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    QLineEdit *editor = nullptr;
    for (QLineEdit *candidate : table->viewport()->findChildren<QLineEdit *>()) {
        if (candidate->isVisible())
            editor = candidate; // an editor closed before is still there until deleted later
    }
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits the editor's text queued
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

} // namespace

class TestTimeoutTable : public QObject
{
    Q_OBJECT
private slots:
    void aCorrectedTimeoutIsAuditedSavedAndUsedAfterARestart_data();
    void aCorrectedTimeoutIsAuditedSavedAndUsedAfterARestart();
};

void TestTimeoutTable::aCorrectedTimeoutIsAuditedSavedAndUsedAfterARestart_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<double>("seconds");
    // The lab origin of tst_keepalive_gateways gives idle connections up after 300 ms; nginx's
    // upstream keepalive_timeout is 60 s by default (nginx.org ngx_http_upstream_module).
    QTest::newRow("0.3 s, the lab origin's") << u"0.3"_s << 0.3;
    QTest::newRow("with a unit: 5 s (Node.js's default)") << u"5 s"_s << 5.0;
}

void TestTimeoutTable::aCorrectedTimeoutIsAuditedSavedAndUsedAfterARestart()
{
    QFETCH(QString, typed);
    QFETCH(double, seconds);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const Exchange exchange = throughNginx();

    {
        // Given the window's workspace (autosaved by its store) and the exchange shown
        WorkspaceStore store(folder.path());
        WorkspaceModel workspace;
        autosave(&workspace, &store);
        DiagnosisPane pane(&workspace);
        pane.resize(1280, 600);
        pane.show();
        pane.showHopsOf(exchange, Diagnosis {});
        QVERIFY(pane.hopRow()->isVisible());
        QVERIFY(!pane.timeoutAuditLabel()->isVisible()); // nothing known to compare yet

        // When the user opens the timeouts and types the origin's keep-alive
        TimeoutTableDialog *dialog = openTable(pane);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTableWidget *table = dialog->table();
        const int nginx = rowOf(table, u"nginx"_s);
        const int origin = rowOf(table, u"Origin application"_s);
        QVERIFY(nginx >= 0 && origin == nginx + 1);
        const int reuse = dialog->columnOf(u"upstream-keep-alive"_s);
        const int keep = dialog->columnOf(u"keep-alive"_s);
        QCOMPARE(table->item(nginx, reuse)->text(), u"60"_s);
        QVERIFY(table->item(nginx, reuse)->toolTip().contains(u"keepalive_timeout (upstream block)"_s));
        QCOMPARE(table->item(origin, keep)->text(), QString());
        QVERIFY(dialog->auditLabel()->text().indexOf(u"502"_s) < 0);

        // A value that is no number is refused and changes nothing
        QVERIFY(typeInto(table, origin, keep, u"soon"_s));
        QVERIFY(dialog->findChild<QLabel *>(u"timeoutTableProblem"_s)->isVisible());
        QVERIFY(workspace.timeoutCorrections().isEmpty());

        QVERIFY(typeInto(table, origin, keep, typed));

        // Then the audit flags the race at once, in the dialog and under the hop row
        QCOMPARE(workspace.timeoutCorrections().size(), 1);
        QCOMPARE(workspace.timeoutCorrections().first().seconds, seconds);
        QVERIFY(table->item(origin, keep)->font().bold());
        QVERIFY2(dialog->auditLabel()->text().contains(u"intermittent 502"_s),
                 qPrintable(dialog->auditLabel()->text()));
        QVERIFY(pane.timeoutAuditLabel()->isVisible());
        QVERIFY(pane.timeoutAuditLabel()->text().contains(u"Origin application closes idle connections"_s));
        QVERIFY(pane.timeoutAuditLabel()->text().contains(u"as you gave it"_s));

        // Screenshots for docs/screenshots (GATESCOPE_SHOT_DIR set, under xvfb-run): the pane at
        // 1280x720 with the finding and the button, and the table as it opens.
        if (const QByteArray shots = qgetenv("GATESCOPE_SHOT_DIR");
            !shots.isEmpty() && QTest::currentDataTag() == QByteArray("0.3 s, the lab origin's")) {
            const QString shotFolder = QString::fromLocal8Bit(shots);
            pane.resize(1280, 720);
            QCoreApplication::processEvents(); // the layouts catch up with the new texts
            QVERIFY(pane.grab().save(shotFolder + u"/8-hop-timeouts-pane-1280x720-en-light.png"_s));
            QVERIFY(dialog->grab().save(shotFolder + u"/8-hop-timeouts-table-en-light.png"_s));
        }
        dialog->close();
    } // the window closes: the store writes what is pending

    // The workspace file holds it
    QFile file(folder.filePath(u"workspace.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    const QJsonArray corrections = QJsonDocument::fromJson(saved).object().value(u"timeoutCorrections").toArray();
    QCOMPARE(corrections.size(), 1);
    QCOMPARE(corrections.at(0)[u"site"].toString(), u"127.0.0.1:18080"_s);
    QCOMPARE(corrections.at(0)[u"product"].toString(), u"origin"_s);
    QCOMPARE(corrections.at(0)[u"phase"].toString(), u"keep-alive"_s);
    QCOMPARE(corrections.at(0)[u"seconds"].toDouble(), seconds);

    // After a restart the same exchange is audited with it, nothing typed
    WorkspaceStore store(folder.path());
    Result<Workspace> loaded = store.load();
    QVERIFY(loaded);
    WorkspaceModel workspace;
    workspace.setWorkspace(std::move(loaded).value());
    autosave(&workspace, &store);
    DiagnosisPane pane(&workspace);
    pane.resize(1280, 600);
    pane.show();
    pane.showHopsOf(exchange, Diagnosis {});
    QVERIFY(pane.timeoutAuditLabel()->isVisible());
    QVERIFY2(pane.timeoutAuditLabel()->text().contains(u"intermittent 502"_s),
             qPrintable(pane.timeoutAuditLabel()->text()));

    // Emptying the cell goes back to the default: nothing to compare, no finding
    TimeoutTableDialog *dialog = openTable(pane);
    QVERIFY(dialog);
    const int origin = rowOf(dialog->table(), u"Origin application"_s);
    QVERIFY(typeInto(dialog->table(), origin, dialog->columnOf(u"keep-alive"_s), QString()));
    QVERIFY(workspace.timeoutCorrections().isEmpty());
    QVERIFY(!pane.timeoutAuditLabel()->isVisible());
}

QTEST_MAIN(TestTimeoutTable)
#include "tst_timeouttable.moc"
