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
#include <QScopeGuard>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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
    void everyTitleNameAndValueIsWholeAt1280x720_data();
    void everyTitleNameAndValueIsWholeAt1280x720();
    void hopNamesGoThroughTheTranslation();
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

void TestTimeoutTable::everyTitleNameAndValueIsWholeAt1280x720_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Chinese") << u"zh_CN"_s;
}

void TestTimeoutTable::everyTitleNameAndValueIsWholeAt1280x720()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != u"en") {
        // The compiled translation the executable embeds, from the build's translations folder.
        const QString qm = QStringLiteral(GATESCOPE_TRANSLATIONS_DIR) + u"/gatescope_"_s + language + u".qm"_s;
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(&translator);
    }
    const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    // Given a window of 1280×720 and an exchange through several hops (a CDN, a cache, a proxy and,
    // behind them, the application's row), one of them with a value the user gave
    QWidget window;
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Exchange exchange = throughNginx();
    exchange.response->headers = { { "Server", "nginx/1.22.1" },
                                   { "Via", "1.1 varnish (Varnish/7.1), 1.1 b2f1.cloudfront.net (CloudFront)" },
                                   { "X-Cache", "Miss from cloudfront" },
                                   { "X-Amz-Cf-Pop", "FRA56-P7" } };
    WorkspaceModel workspace;
    workspace.setTimeoutCorrection({ TimeoutCorrection::siteOf(exchange.request.url), u"origin"_s, u"read"_s, 12.5 });
    // When the hop timeouts open from it
    TimeoutTableDialog dialog(&workspace, exchange, Diagnosis {}, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *table = dialog.table();
    QVERIFY2(table->rowCount() >= 4, qPrintable(u"%1 hops"_s.arg(table->rowCount())));
    // Then the dialog fits the screen of that size …
    QVERIFY2(dialog.width() <= 1280 && dialog.height() <= 720,
             qPrintable(u"%1 × %2"_s.arg(dialog.width()).arg(dialog.height())));
    // … every column title is whole (not elided) and in view, without scrolling
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < table->columnCount(); ++column) {
        const QString title = table->horizontalHeaderItem(column)->text();
        const int needed = QFontMetrics(header->font()).horizontalAdvance(title);
        QVERIFY2(header->sectionSize(column) > needed,
                 qPrintable(u"“%1” needs %2 px, has %3"_s.arg(title).arg(needed).arg(header->sectionSize(column))));
        QVERIFY2(header->sectionViewportPosition(column) >= 0
                     && header->sectionViewportPosition(column) + header->sectionSize(column)
                         <= header->viewport()->width(),
                 qPrintable(u"“%1” is out of view"_s.arg(title)));
    }
    // … every hop's name is whole
    QHeaderView *names = table->verticalHeader();
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString name = table->verticalHeaderItem(row)->text();
        const int needed = QFontMetrics(names->font()).horizontalAdvance(name);
        QVERIFY2(names->width() > needed,
                 qPrintable(u"“%1” needs %2 px, has %3"_s.arg(name).arg(needed).arg(names->width())));
    }
    // … and every value is whole in its cell
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem *item = table->item(row, column);
            if (!item || item->text().isEmpty())
                continue;
            const int needed = QFontMetrics(item->font()).horizontalAdvance(item->text());
            QVERIFY2(table->columnWidth(column) > needed
                         && table->rowHeight(row) >= QFontMetrics(item->font()).height(),
                     qPrintable(
                         u"“%1” needs %2 px, has %3"_s.arg(item->text()).arg(needed).arg(table->columnWidth(column))));
        }
    }
    QVERIFY(table->horizontalScrollBar()->maximum() == 0);
    if (const QByteArray shots = qgetenv("GATESCOPE_SHOT_DIR"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shots) + u"/8-hop-timeouts-table-1280x720-"_s + language
                                   + u"-light.png"_s));
}

void TestTimeoutTable::hopNamesGoThroughTheTranslation()
{
    // Given a translator of the products' names only ("«name»" for the context the window
    // translates them with), as --lang de installs the German one
    class ProductNameTranslator : public QTranslator
    {
    public:
        QString translate(const char *context, const char *sourceText, const char *, int) const override
        {
            return qstrcmp(context, GatewayFingerprint::TranslationContext) == 0
                ? u"«"_s + QString::fromUtf8(sourceText) + u"»"_s
                : QString();
        }
        bool isEmpty() const override { return false; }
    } translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    // When the hop row and the timeouts of an exchange through nginx are shown
    WorkspaceModel workspace;
    DiagnosisPane pane(&workspace);
    pane.resize(1280, 600);
    pane.show();
    pane.showHopsOf(throughNginx(), Diagnosis {});
    TimeoutTableDialog *dialog = openTable(pane);
    QVERIFY(dialog);
    // Then every hop's name is the translated one, the application's behind nginx too
    QVERIFY(rowOf(dialog->table(), u"«nginx»"_s) >= 0);
    QVERIFY(rowOf(dialog->table(), u"«Origin application»"_s) >= 0);
    QVERIFY2(pane.hopRow()->boxToolTip(0).contains(u"«nginx»"_s), qPrintable(pane.hopRow()->boxToolTip(0)));
    dialog->close();
}

QTEST_MAIN(TestTimeoutTable)
#include "tst_timeouttable.moc"
