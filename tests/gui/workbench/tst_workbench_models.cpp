// The workbench's models and parsers on their own: the workspace tree and its autosave, the rule
// tree model, the hex model, address overrides. The store itself is tested in tests/core/workspace.
#include "diagnosis/Diagnoser.h"
#include "gui/diagnosis/DecisionTreeModel.h"
#include "gui/request/ProbeOptionsEditor.h"
#include "gui/response/HexModel.h"
#include "gui/workspace/WorkspaceModel.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

class tst_WorkbenchModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void workspaceModelPassesTheModelTesterThroughEdits();
    void autosaveWritesTheModelShortlyAfterAnEdit();
    void captureEntriesAreFetchedOnlyWhenAsked();
    void decisionTreeModelHoldsTheWholeTreeAndMarksThePath();
    void hexModelRowsAndMarks();
    void addressOverrides_data();
    void addressOverrides();
    void everyOptionFieldHasAVisibleLabel();
};

static RequestSpec request(const QString &url, const QByteArray &method = "GET")
{
    RequestSpec spec;
    spec.method = method;
    spec.url = QUrl(url);
    return spec;
}

void tst_WorkbenchModels::workspaceModelPassesTheModelTesterThroughEdits()
{
    WorkspaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString collection = model.addCollection(u"API"_s, { request(u"https://a.test/1"_s) });
    const QString second = model.addRequest(collection, request(u"https://a.test/2"_s, "POST"));
    model.updateRequest(second, request(u"https://a.test/2b"_s, "PUT"));
    QCOMPARE(model.index(1, 0, model.indexForCollection(collection)).data().toString(), u"PUT a.test/2b"_s);
    Capture capture;
    Exchange failed;
    failed.request = request(u"https://a.test/x"_s);
    failed.transport.outcome = Outcome::Timeout;
    capture.exchanges = { failed };
    model.addCapture({ u"c1"_s, u"x.har"_s, u"har"_s, {}, 1, 1, QDateTime::currentDateTimeUtc() },
                     std::make_shared<const Capture>(capture));
    QVERIFY(model.index(0, 0, model.indexForCapture(u"c1"_s)).data(WorkspaceModel::IsFailureRole).toBool());
    for (int i = 0; i < WorkspaceModel::MaxHistoryRuns + 3; ++i)
        model.addRun({ u"run%1"_s.arg(i), QDateTime::currentDateTimeUtc(), "GET", QUrl(u"https://a.test"_s), 504,
                       u"ok"_s, u"upstream.timeout"_s });
    QCOMPARE(model.rowCount(model.groupIndex(WorkspaceModel::HistoryGroup)), WorkspaceModel::MaxHistoryRuns);
    QCOMPARE(model.workspace().history.constFirst().id, u"run%1"_s.arg(WorkspaceModel::MaxHistoryRuns + 2));
    model.removeRequest(second);
    model.removeCapture(u"c1"_s);
    model.removeCollection(collection);
    QCOMPARE(model.rowCount(model.groupIndex(WorkspaceModel::CollectionsGroup)), 0);
}

void tst_WorkbenchModels::autosaveWritesTheModelShortlyAfterAnEdit()
{
    QTemporaryDir dir;
    WorkspaceModel model;
    WorkspaceStore store(dir.path());
    autosave(&model, &store);
    QSignalSpy saved(&store, &WorkspaceStore::saved);
    model.addCollection(u"A"_s);
    model.addCollection(u"B"_s, { request(u"https://a.test/"_s) });
    QCOMPARE(saved.count(), 0); // debounced, not written on every keystroke
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 3000);
    const Result<Workspace> loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->collections.size(), 2);
    QCOMPARE(loaded->collections.constLast().requests.constFirst().spec.url, QUrl(u"https://a.test/"_s));

    // A run removed from the model takes its file with it
    QVERIFY(store.writeRun(u"r1"_s, request(u"https://a.test/"_s), {}).ok());
    model.addRun({ u"r1"_s, QDateTime::currentDateTimeUtc(), "GET", QUrl(u"https://a.test/"_s), 200, u"ok"_s, {} });
    QVERIFY(store.loadRun(u"r1"_s).ok());
    model.removeRun(u"r1"_s);
    QVERIFY(!QFileInfo::exists(WorkspaceStore::runFilePath(dir.path(), u"r1"_s)));
}

void tst_WorkbenchModels::captureEntriesAreFetchedOnlyWhenAsked()
{
    // No model tester here: it would fetch the entries itself while walking the tree.
    WorkspaceModel model;
    Workspace data;
    data.captures.append({ u"big"_s, u"big.har"_s, u"har"_s, {}, 3, 0, QDateTime::currentDateTimeUtc() });
    model.setWorkspace(data);
    const QModelIndex capture = model.indexForCapture(u"big"_s);
    QVERIFY(model.hasChildren(capture));
    QCOMPARE(model.rowCount(capture), 0);
    QSignalSpy needed(&model, &WorkspaceModel::captureContentNeeded);
    QVERIFY(model.canFetchMore(capture));
    model.fetchMore(capture);
    QCOMPARE(needed.count(), 1);
    Capture content;
    content.exchanges.resize(3);
    model.setCaptureContent(u"big"_s, std::make_shared<const Capture>(content));
    QCOMPARE(model.rowCount(capture), 3);
    QVERIFY(!model.canFetchMore(capture));
}

void tst_WorkbenchModels::decisionTreeModelHoldsTheWholeTreeAndMarksThePath()
{
    DecisionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Diagnoser diagnoser;
    model.setRuleTree(diagnoser.ruleTree());
    int rows = 0;
    std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            ++rows;
            count(model.index(r, 0, parent));
        }
    };
    count({});
    QCOMPARE(rows, int(diagnoser.ruleTree().nodes().size()));

    Exchange exchange;
    exchange.request = request(u"http://127.0.0.1:1/"_s);
    exchange.transport.outcome = Outcome::Refused;
    exchange.transport.phase = Phase::Connect;
    const Diagnosis diagnosis = diagnoser.diagnose(exchange);
    QVERIFY(!diagnosis.path.isEmpty());
    model.setPath(diagnosis.path);
    const QModelIndex end = model.indexForNode(diagnosis.path.constLast().node);
    QVERIFY(end.data(DecisionTreeModel::IsPathEndRole).toBool());
    QVERIFY(end.data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.indexForNode(diagnosis.path.constLast().node, DecisionTreeModel::EvidenceColumn).data().toString(),
             diagnosis.path.constLast().decidedBy.join(u"; "_s));
    // A node off the path is dimmed
    bool dimmedFound = false;
    for (const RuleNode *node : diagnoser.ruleTree().nodes()) {
        const QModelIndex index = model.indexForNode(node->id);
        if (!index.data(DecisionTreeModel::OnPathRole).toBool()) {
            dimmedFound = index.data(Qt::ForegroundRole).isValid();
            break;
        }
    }
    QVERIFY2(dimmedFound, "untaken branches should be dimmed");
}

void tst_WorkbenchModels::hexModelRowsAndMarks()
{
    HexModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QByteArray bytes(50 * 1024 * 1024, 'x');
    bytes.replace(0, 12, "HTTP/1.1 200");
    model.setBytes(bytes, { { 20, 2, u"bad-header-line"_s } });
    QCOMPARE(model.rowCount(), 50 * 1024 * 1024 / 16);
    QCOMPARE(model.index(0, HexModel::HexColumn).data().toString(),
             u"48 54 54 50 2f 31 2e 31  20 32 30 30 78 78 78 78"_s);
    QCOMPARE(model.index(0, HexModel::TextColumn).data().toString(), u"HTTP/1.1 200xxxx"_s);
    QCOMPARE(model.index(1, HexModel::OffsetColumn).data().toString(), u"00000010"_s);
    QCOMPARE(model.index(1, 0).data(HexModel::MarkedBytesRole).value<QList<int>>(), (QList<int> { 4, 5 }));
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"bad-header-line"_s));
    QVERIFY(!model.index(2, 0).data(Qt::ToolTipRole).isValid());
}

void tst_WorkbenchModels::addressOverrides_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("resolve") << u"--resolve example.test:443:127.0.0.1"_s << true
                             << u"--resolve example.test:443:127.0.0.1"_s;
    // curl accepts an unbracketed IPv6 address after the port, so the window does too (it used to
    // refuse this line); it is written back in brackets.
    QTest::newRow("resolve without dashes, bare IPv6")
        << u"resolve a.test:80:::1"_s << true << u"--resolve a.test:80:[::1]"_s;
    QTest::newRow("resolve ipv6 bracketed") << u"--resolve a.test:80:[::1]"_s << true << u"--resolve a.test:80:[::1]"_s;
    // Several addresses, tried in order, as curl does (the window used to demand exactly one).
    QTest::newRow("resolve two addresses")
        << u"--resolve=a.test:80:10.0.0.1,10.0.0.2"_s << true << u"--resolve a.test:80:10.0.0.1,10.0.0.2"_s;
    QTest::newRow("resolve to a name") << u"--resolve a.test:80:backend"_s << false << QString();
    QTest::newRow("connect-to any port") << u"--connect-to a.test::b.test:8443"_s << true
                                         << u"--connect-to a.test::b.test:8443"_s;
    QTest::newRow("connect-to bad port") << u"--connect-to a.test:99999:b.test:1"_s << false << QString();
    QTest::newRow("unknown option") << u"--proxy x"_s << false << QString();
}

void tst_WorkbenchModels::addressOverrides()
{
    QFETCH(QString, line);
    QFETCH(bool, valid);
    QFETCH(QString, formatted);
    const Result<AddressOverride> parsed = ProbeOptionsEditor::parseOverride(line);
    QCOMPARE(parsed.ok(), valid);
    if (valid)
        QCOMPARE(ProbeOptionsEditor::formatOverride(parsed.value()), formatted);
    else
        // The message names what was typed after the option name (or the whole line when the
        // option itself is unknown).
        QVERIFY2(parsed.error().contains(line.trimmed().section(u' ', -1)), qPrintable(parsed.error()));
}

void tst_WorkbenchModels::everyOptionFieldHasAVisibleLabel()
{
    ProbeOptionsEditor editor;
    auto *form = editor.findChild<QFormLayout *>();
    QVERIFY(form);
    int labelled = 0;
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
        if (!field || !field->widget() || qobject_cast<QCheckBox *>(field->widget())
            || qobject_cast<QLabel *>(field->widget()))
            continue; // a check box carries its own text; the status line is a label
        auto *label = qobject_cast<QLabel *>(form->labelForField(field->widget()));
        QVERIFY2(label,
                 qPrintable(u"the field '%1' in row %2 has no label"_s
                                .arg(QLatin1StringView(field->widget()->metaObject()->className()))
                                .arg(row)));
        QVERIFY2(!label->text().isEmpty(), qPrintable(u"the label of row %1 is empty"_s.arg(row)));
        QCOMPARE(label->buddy(), field->widget());
        ++labelled;
    }
    QVERIFY2(labelled >= 5, qPrintable(QString::number(labelled))); // four timeouts and the address overrides
}

QTEST_MAIN(tst_WorkbenchModels)
#include "tst_workbench_models.moc"
