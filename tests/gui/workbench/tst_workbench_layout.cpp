// Layout at 1280×720 and in German (issue 15 §6): nothing that matters is cut. On a fresh start at
// each size and in each language, the welcome text stands whole above its button; after a lab run
// the scenario list shows five rows or more, each scenario's title whole or elided in the middle
// with the whole title in its tooltip; every rule title on the diagnosis path is shown whole
// (wrapped, not cut); and the sidebar's names that do not fit carry their whole text in a tooltip.
// The screenshots in docs/screenshots/ show the same states (workbench_screenshots).
#include "../lab/LabTestWindow.h"
#include "gui/MainWindow.h"
#include "gui/diagnosis/DecisionTreeModel.h"
#include "gui/diagnosis/DecisionTreeView.h"
#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"
#include "gui/workspace/WorkspaceModel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

namespace {

// A first start at a size and in a language (the compiled translation the executable embeds, from
// the build's translations folder; removed again after the window has gone), fresh settings and
// data, the window shown: the set-up of every layout check. runScenario() then starts the lab from
// its page and runs one scenario to its end, as a user would.
class FreshWindow
{
public:
    FreshWindow() = default;
    FreshWindow(const FreshWindow &) = delete;
    FreshWindow &operator=(const FreshWindow &) = delete;
    ~FreshWindow()
    {
        m_lab.reset();
        QCoreApplication::removeTranslator(&m_translator);
    }

    // False with problem() saying why.
    bool open(QSize size, const QString &language)
    {
        if (language != u"en") {
            const QString qm = QStringLiteral(GATESCOPE_TRANSLATIONS_DIR) + u"/gatescope_"_s + language + u".qm"_s;
            if (!m_translator.load(qm))
                return fail(u"cannot load "_s + qm);
            QCoreApplication::installTranslator(&m_translator);
        }
        QSettings().clear();
        m_lab = std::make_unique<LabTestWindow>(m_data.filePath(u"data"_s));
        m_lab->window->resize(size);
        if (!m_lab->show())
            return fail(u"the window or its lab page did not show"_s);
        if (m_lab->window->size() != size)
            return fail(u"the window is %1x%2"_s.arg(m_lab->window->width()).arg(m_lab->window->height()));
        return true;
    }

    // Starts the lab from its page, runs the scenario and waits until it has finished.
    bool runScenario(const QString &scenario)
    {
        if (!m_lab->startLab())
            return fail(u"the lab did not start"_s);
        QSignalSpy done(m_lab->session(), &LabSession::runsFinished);
        if (!m_lab->clickRun(scenario))
            return fail(u"cannot run "_s + scenario);
        if (!QTest::qWaitFor([&done] { return done.count() == 1; }, 30000))
            return fail(scenario + u" did not finish in 30 s"_s);
        return true;
    }

    // The scenario rows the list shows whole.
    int scenarioRowsInView() const
    {
        QAbstractItemView *list = m_lab->view();
        int whole = 0;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->viewport()->rect().contains(list->visualRect(list->model()->index(row, 0))))
                ++whole;
        }
        return whole;
    }

    LabTestWindow &lab() { return *m_lab; }
    MainWindow *window() { return m_lab->window.get(); }
    QString problem() const { return m_problem; }

private:
    bool fail(const QString &problem)
    {
        m_problem = problem;
        return false;
    }

    QTranslator m_translator;
    QTemporaryDir m_data;
    std::unique_ptr<LabTestWindow> m_lab;
    QString m_problem;
};

} // namespace

class tst_WorkbenchLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LabTestWindow::isolateFromUserFiles(m_settings); }
    void nothingThatMattersIsCut_data();
    void nothingThatMattersIsCut();
    void waterfallShowsTheLabsBurstWholeBesideTheList_data();
    void waterfallShowsTheLabsBurstWholeBesideTheList();

private:
    QTemporaryDir m_settings;
};

void tst_WorkbenchLayout::nothingThatMattersIsCut_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    for (const QSize size : { QSize(1280, 720), QSize(1600, 1000) }) {
        for (const QString &language : { u"en"_s, u"de"_s })
            QTest::addRow("%dx%d, %s", size.width(), size.height(), qPrintable(language)) << size << language;
    }
}

void tst_WorkbenchLayout::nothingThatMattersIsCut()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    FreshWindow fresh;
    QVERIFY2(fresh.open(size, language), qPrintable(fresh.problem()));
    LabTestWindow &lab = fresh.lab();

    // First start: the welcome text stands whole above the button that starts the lab
    QLabel *intro = lab.page->introLabel();
    QTRY_VERIFY(intro->isVisible() && intro->height() > 0);
    QVERIFY2(
        intro->height() >= intro->heightForWidth(intro->width()),
        qPrintable(
            u"the welcome text needs %1 px, has %2"_s.arg(intro->heightForWidth(intro->width())).arg(intro->height())));
    const QRect button = lab.page->startButton()->geometry();
    QVERIFY2(intro->geometry().bottom() < button.top(), "the welcome text must not run under its button");

    // A lab run: its scenario list, its diagnosis
    QVERIFY2(fresh.runScenario(u"503-upstream-crashed"_s), qPrintable(fresh.problem()));

    // … five scenario rows or more are in view
    QAbstractItemView *list = lab.view();
    const int whole = fresh.scenarioRowsInView();
    QVERIFY2(whole >= 5, qPrintable(u"%1 scenario rows in view"_s.arg(whole)));
    // … a title that does not fit is elided in the middle, and whole in the tooltip
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, LabScenarioModel::ScenarioColumn);
        QVERIFY2(index.data(Qt::ToolTipRole).toString().startsWith(index.data().toString()),
                 qPrintable(index.data().toString()));
    }

    // … every rule title on the diagnosis path is shown whole, wrapped to its column
    DiagnosisPane *pane = lab.window->diagnosisPane();
    QTRY_VERIFY(pane->hasDiagnosis());
    DecisionTreeModel *tree = pane->treeModel();
    QTreeView *view = pane->findChild<DecisionTreeView *>();
    QVERIFY(view);
    const QStringList path = tree->pathNodeIds();
    QVERIFY(!path.isEmpty());
    for (const QString &id : path) {
        const QModelIndex index = tree->indexForNode(id, DecisionTreeModel::NodeColumn);
        view->scrollTo(index);
        const QRect rect = view->visualRect(index);
        QFont font = view->font();
        if (const QVariant role = index.data(Qt::FontRole); role.isValid())
            font = role.value<QFont>();
        const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        const QRect needed = QFontMetrics(font).boundingRect(QRect(0, 0, rect.width() - margin, 1 << 20),
                                                             Qt::TextWordWrap, index.data().toString());
        QVERIFY2(needed.height() <= rect.height(),
                 qPrintable(u"%1: needs %2 px, has %3 × %4"_s.arg(index.data().toString())
                                .arg(needed.height())
                                .arg(rect.width())
                                .arg(rect.height())));
    }

    // The sidebar elides in the middle; every name it shows is whole in its tooltip
    QTreeView *sidebar = lab.window->sidebar();
    QCOMPARE(sidebar->textElideMode(), Qt::ElideMiddle);
    WorkspaceModel *workspace = lab.window->workspace();
    const QModelIndex collections = workspace->index(0, 0); // "Collections", the lab's among them
    QVERIFY(workspace->rowCount(collections) >= 2);
    for (int collection = 0; collection < workspace->rowCount(collections); ++collection) {
        const QModelIndex folder = workspace->index(collection, 0, collections);
        for (int row = 0; row < workspace->rowCount(folder); ++row) {
            const QModelIndex request = workspace->index(row, 0, folder);
            QVERIFY2(request.data(Qt::ToolTipRole).toString().contains(request.data().toString()),
                     qPrintable(request.data().toString()));
        }
    }
}

void tst_WorkbenchLayout::waterfallShowsTheLabsBurstWholeBesideTheList_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::newRow("1280x720, en") << QSize(1280, 720) << u"en"_s;
    QTest::newRow("1280x720, de") << QSize(1280, 720) << u"de"_s;
    QTest::newRow("1600x1000, de") << QSize(1600, 1000) << u"de"_s;
}

void tst_WorkbenchLayout::waterfallShowsTheLabsBurstWholeBesideTheList()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    // Given a first start at this size
    FreshWindow fresh;
    QVERIFY2(fresh.open(size, language), qPrintable(fresh.problem()));

    // When the lab is started from its page and the scenario that sends six requests at once runs
    QVERIFY2(fresh.runScenario(u"504-too-many-concurrent"_s), qPrintable(fresh.problem()));

    // Then the waterfall shows every one of its requests whole, without scrolling
    QTreeView *waterfall = fresh.window()->waterfallPanel()->view();
    QTRY_VERIFY(waterfall->model()->rowCount() > 0);
    int rows = 0;
    int whole = 0;
    for (QModelIndex index = waterfall->model()->index(0, 0); index.isValid(); index = waterfall->indexBelow(index)) {
        ++rows;
        if (waterfall->viewport()->rect().contains(waterfall->visualRect(index)))
            ++whole;
    }
    QVERIFY2(rows >= 6, qPrintable(u"%1 waterfall rows"_s.arg(rows)));
    QVERIFY2(whole == rows,
             qPrintable(u"%1 of %2 waterfall rows in view (%3 px for rows of %4 px)"_s.arg(whole)
                            .arg(rows)
                            .arg(waterfall->viewport()->height())
                            .arg(waterfall->visualRect(waterfall->model()->index(0, 0)).height())));
    // … and the scenario list keeps five rows or more
    const int listed = fresh.scenarioRowsInView();
    QVERIFY2(listed >= 5, qPrintable(u"%1 scenario rows in view"_s.arg(listed)));
}

QTEST_MAIN(tst_WorkbenchLayout)
#include "tst_workbench_layout.moc"
