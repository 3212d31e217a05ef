// The lab's scenario table without the window: every scenario of a started Lab as a row with its
// story and expected diagnosis, verdicts turned into check marks or crosses with what differed,
// the model under QAbstractItemModelTester, and the delegate's marks checked in painted pixels.
#include "diagnosis/CauseTitles.h"
#include "gui/lab/LabScenarioDelegate.h"
#include "gui/lab/LabScenarioModel.h"
#include "gui/lab/LabScenarioView.h"
#include "lab/Lab.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHostAddress>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;
using RunState = LabScenarioModel::RunState;

namespace {

LabScenario gatewayTimeoutScenario()
{
    LabScenario scenario;
    scenario.id = u"504-origin-silent"_s;
    scenario.title = u"504 — the origin answered nothing"_s;
    scenario.story = u"The origin never writes a byte."_s;
    scenario.textbookCase = u"504: the origin hit an error and sent nothing back"_s;
    scenario.request.url = QUrl(u"http://127.0.0.1:1/hang"_s);
    scenario.expectedStatus = 504;
    scenario.expectedCause = u"upstream.timeout"_s;
    scenario.expectedProduct = u"gatescope-lab"_s;
    return scenario;
}

LabRunResult resultWith(const LabScenario &scenario, int status, const QString &cause, const QString &product,
                        bool predicted)
{
    LabRunResult result;
    result.scenarioId = scenario.id;
    result.exchanges = { Exchange {} };
    result.shownIndex = 0;
    result.diagnosis.status = status;
    result.diagnosis.cause = cause;
    result.diagnosis.producer.product = product;
    result.diagnosis.predicted = predicted;
    result.diagnosis.summary = u"The gateway gave up waiting."_s;
    result.matched = scenario.matches(status, cause, product) && predicted == scenario.expectedPredicted;
    return result;
}

// Share of the pixels in rect whose colour is within a small distance of color.
double shareOfColor(const QImage &image, const QRect &rect, const QColor &color)
{
    int hits = 0;
    int total = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QColor pixel = image.pixelColor(x, y);
            ++total;
            if (std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green())
                    + std::abs(pixel.blue() - color.blue())
                < 40)
                ++hits;
        }
    }
    return total ? double(hits) / total : 0;
}

} // namespace

class LabScenarioModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyScenarioOfAStartedLabIsARowWithItsStoryAndExpectedDiagnosis()
    {
        // Given a started lab
        Lab lab;
        QVERIFY2(lab.start(), qPrintable(lab.errorString()));
        LabScenarioModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // When its scenarios are shown
        model.setScenarios(lab.scenarios());

        // Then every row reads like the scenario: title, story, textbook case, the expectation
        QCOMPARE(model.rowCount(), int(lab.scenarios().size()));
        QVERIFY2(model.rowCount() >= 17, "the lab has one scenario per textbook case and transport failure");
        for (int row = 0; row < model.rowCount(); ++row) {
            const LabScenario &scenario = lab.scenarios().at(row);
            const QModelIndex index = model.index(row, LabScenarioModel::ScenarioColumn);
            QCOMPARE(index.data(LabScenarioModel::ScenarioIdRole).toString(), scenario.id);
            QCOMPARE(index.data(Qt::DisplayRole).toString(), scenario.title);
            QVERIFY2(index.data(LabScenarioModel::StoryRole).toString().size() > 40, qPrintable(scenario.id));
            QVERIFY2(!index.data(LabScenarioModel::TextbookCaseRole).toString().isEmpty(), qPrintable(scenario.id));
            const QString expected = model.index(row, LabScenarioModel::ExpectedColumn).data().toString();
            QVERIFY2(expected.startsWith(QString::number(scenario.expectedStatus))
                         && expected.contains(CauseTitles::cause(scenario.expectedCause)),
                     qPrintable(u"%1 shows the expectation as '%2'"_s.arg(scenario.id, expected)));
            QCOMPARE(index.data(LabScenarioModel::ExpectedDiagnosisRole).toString(), expected);
            const QHostAddress host(index.data(LabScenarioModel::UrlRole).toUrl().host());
            QVERIFY2(host.isLoopback(), qPrintable(u"%1 leaves loopback"_s.arg(scenario.id)));
            QCOMPARE(LabScenarioModel::RunState(index.data(LabScenarioModel::RunStateRole).toInt()), RunState::NotRun);
            QCOMPARE(model.index(row, LabScenarioModel::StateColumn).data().toString(), u"Not run"_s);
        }
        const int burstRow = model.rowForId(u"504-too-many-concurrent");
        QVERIFY2(burstRow >= 0, "the 504 burst scenario is listed");
        QVERIFY(model.index(burstRow, 0).data(LabScenarioModel::BurstRole).toInt() > 2);
    }

    void aVerdictBecomesACheckMarkOrACrossSayingWhatDiffered_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("product");
        QTest::addColumn<bool>("predicted");
        QTest::addColumn<bool>("matched");
        QTest::addColumn<QString>("difference");

        QTest::newRow("the expected verdict")
            << 504 << u"upstream.timeout"_s << u"gatescope-lab"_s << false << true << QString();
        QTest::newRow("another status") << 502 << u"upstream.timeout"_s << u"gatescope-lab"_s << false << false
                                        << u"status 502 instead of 504"_s;
        QTest::newRow("another cause")
            << 504 << u"upstream.invalid-response"_s << u"gatescope-lab"_s << false << false
            << u"cause The upstream's answer was not usable HTTP instead of The gateway gave up waiting for the upstream"_s;
        QTest::newRow("another producer") << 504 << u"upstream.timeout"_s << u"nginx"_s << false << false
                                          << u"produced by nginx instead of gatescope-lab"_s;
        QTest::newRow("a predicted status") << 504 << u"upstream.timeout"_s << u"gatescope-lab"_s << true << false
                                            << u"a predicted status where a received one was expected"_s;
        QTest::newRow("status and cause both off")
            << 500 << u"origin.exception"_s << u"gatescope-lab"_s << false << false
            << u"status 500 instead of 504; cause The application hit an unhandled error instead of The gateway gave up waiting for the upstream"_s;
    }

    void aVerdictBecomesACheckMarkOrACrossSayingWhatDiffered()
    {
        QFETCH(int, status);
        QFETCH(QString, cause);
        QFETCH(QString, product);
        QFETCH(bool, predicted);
        QFETCH(bool, matched);
        QFETCH(QString, difference);

        const LabScenario scenario = gatewayTimeoutScenario();
        LabScenarioModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScenarios({ scenario });
        model.setRunState(scenario.id, RunState::Running);
        QCOMPARE(model.runState(0), RunState::Running);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setResult(resultWith(scenario, status, cause, product, predicted));

        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(0, LabScenarioModel::ColumnCount - 1));
        const QModelIndex state = model.index(0, LabScenarioModel::StateColumn);
        QCOMPARE(state.data(LabScenarioModel::MatchedRole).toBool(), matched);
        QCOMPARE(model.runState(0), matched ? RunState::Matched : RunState::Differed);
        QCOMPARE(state.data().toString(), matched ? u"Matches"_s : u"Differs"_s);
        QCOMPARE(state.data(LabScenarioModel::DifferenceRole).toString(), difference);
        QCOMPARE(state.data(LabScenarioModel::VerdictRole).toString(),
                 LabScenarioModel::diagnosisLine(status, cause, product, predicted));
        QCOMPARE(model.matchedCount(), matched ? 1 : 0);
        if (!matched)
            QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(difference), "the tooltip says what differed");
    }

    void theDelegatePaintsAGreenCheckForAMatchAndARedCrossForADifference()
    {
        const LabScenario scenario = gatewayTimeoutScenario();
        LabScenario other = scenario;
        other.id = u"504-network-drops"_s;
        LabScenarioModel model;
        model.setScenarios({ scenario, other });
        model.setResult(resultWith(scenario, 504, u"upstream.timeout"_s, u"gatescope-lab"_s, false));
        model.setResult(resultWith(other, 502, u"upstream.refused"_s, u"gatescope-lab"_s, false));

        LabScenarioView view;
        view.setScenarioModel(&model);
        view.resize(1100, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.clearSelection();
        view.setCurrentIndex({});
        QTRY_VERIFY(view.rowHeight(0) >= 2 * view.fontMetrics().height()); // a title and a story line

        const QImage image = view.viewport()->grab().toImage();
        const QPalette palette = view.palette();
        for (int row = 0; row < 2; ++row) {
            const QRect cell = view.visualRect(model.index(row, LabScenarioModel::StateColumn));
            const int lineHeight = view.fontMetrics().height();
            const QRect mark(cell.left(), cell.top(), 3 * lineHeight, 2 * lineHeight);
            const QColor expected = LabScenarioDelegate::verdictColor(palette, row == 0);
            const QColor unexpected = LabScenarioDelegate::verdictColor(palette, row != 0);
            QVERIFY2(shareOfColor(image, mark, expected) > 0.1,
                     qPrintable(u"row %1: the state mark is painted in %2"_s.arg(row).arg(expected.name())));
            QVERIFY2(shareOfColor(image, mark, unexpected) < 0.01,
                     qPrintable(u"row %1: no mark of the other colour"_s.arg(row)));
        }
        // The verdict's words are painted in the Expected column in the same colours.
        const QRect expectedCell = view.visualRect(model.index(1, LabScenarioModel::ExpectedColumn));
        QVERIFY(shareOfColor(image, expectedCell, LabScenarioDelegate::verdictColor(palette, false)) > 0.002);

        // And the Run button is where the view says, inside its cell.
        const QRect button = view.runButtonRect(0);
        QVERIFY(view.visualRect(model.index(0, LabScenarioModel::RunColumn)).contains(button));
        QVERIFY(button.height() >= view.fontMetrics().height());
    }

    void clickingRunAsksToRunThatScenarioButNotWhileItRuns()
    {
        const LabScenario scenario = gatewayTimeoutScenario();
        LabScenarioModel model;
        model.setScenarios({ scenario });
        LabScenarioView view;
        view.setScenarioModel(&model);
        view.resize(1000, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy run(&view, &LabScenarioView::runRequested);

        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.runButtonRect(0).center());
        QCOMPARE(run.size(), 1);
        QCOMPARE(run.at(0).at(0).toString(), scenario.id);

        model.setRunState(scenario.id, RunState::Running);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.runButtonRect(0).center());
        QCOMPARE(run.size(), 1);

        model.setResult(resultWith(scenario, 504, u"upstream.timeout"_s, u"gatescope-lab"_s, false));
        view.setFocus();
        view.setCurrentIndex(model.index(0, LabScenarioModel::ScenarioColumn));
        QTest::keyClick(&view, Qt::Key_Space);
        QCOMPARE(run.size(), 2);
    }
};

QTEST_MAIN(LabScenarioModelTest)
#include "tst_labscenariomodel.moc"
