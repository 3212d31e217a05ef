// "Run all" on the lab page of the workbench ends with a check mark on every scenario: each live
// diagnosis is the one the scenario expects, and the page says so. The slow one of the lab's GUI
// tests (every scenario one after the other, ≈ 20 s on an idle machine; the wait allows for a
// loaded one). A failure names each scenario that differed and what differed.
#include "LabTestWindow.h"
#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallPanel.h"
#include "gui/waterfall/WaterfallView.h"

#include <QLabel>
#include <QSignalSpy>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

class LabRunAllTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        LabTestWindow::isolateFromUserFiles(m_settings);
    }

    void runAllEndsWithACheckMarkOnEveryScenario()
    {
        // Given the window with the lab started
        QTemporaryDir data;
        LabTestWindow lab(data.path());
        QVERIFY(lab.show());
        QVERIFY2(lab.startLab(), qPrintable(lab.session()->errorString()));
        QTRY_VERIFY(lab.page->runAllButton()->isVisible());
        QSignalSpy finished(lab.session(), &LabSession::scenarioFinished);
        QSignalSpy done(lab.session(), &LabSession::runsFinished);
        const int total = lab.model()->rowCount();

        // When the user presses Run all
        QTest::mouseClick(lab.page->runAllButton(), Qt::LeftButton);
        QVERIFY2(lab.session()->isBusy(), "Run all queues every scenario");
        QVERIFY2(!lab.page->runAllButton()->isEnabled(), "Run all cannot be pressed twice");

        // Then every scenario runs, one after the other, and every one gets its check mark
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 240000);
        QCOMPARE(finished.size(), total);
        QStringList differed;
        for (int row = 0; row < total; ++row) {
            const QModelIndex state = lab.model()->index(row, LabScenarioModel::StateColumn);
            if (!state.data(LabScenarioModel::MatchedRole).toBool())
                differed << u"%1: %2 (%3)"_s.arg(state.data(LabScenarioModel::ScenarioIdRole).toString(),
                                                 state.data(LabScenarioModel::DifferenceRole).toString(),
                                                 state.data(LabScenarioModel::VerdictRole).toString());
            QVERIFY2(state.data(LabScenarioModel::ExchangeCountRole).toInt() >= 1, "each run produced an exchange");
        }
        QVERIFY2(differed.isEmpty(), qPrintable(u"scenarios without a check mark:\n"_s + differed.join(u'\n')));
        QCOMPARE(lab.model()->matchedCount(), total);
        QCOMPARE(done.first().at(0).toInt(), total);
        QCOMPARE(done.first().at(1).toInt(), total);
        QVERIFY2(lab.page->statusLabel()->text().contains(u"All %1 scenarios"_s.arg(total)),
                 qPrintable(lab.page->statusLabel()->text()));
        QVERIFY(lab.page->runAllButton()->isEnabled());

        // Every run stays in the waterfall, one after the other (issue 15); the window shows the
        // last run's verdict, its exchange selected.
        int exchanges = 0;
        for (const QList<QVariant> &arguments : std::as_const(finished))
            exchanges += int(arguments.first().value<LabRunResult>().exchanges.size());
        const LabRunResult last = finished.last().first().value<LabRunResult>();
        QCOMPARE(lab.window->waterfallModel()->entryCount(), exchanges);
        QCOMPARE(lab.window->diagnosisPane()->diagnosis(), last.diagnosis);
        const int selected = lab.window->waterfallPanel()->view()->currentEntry();
        QVERIFY(selected >= exchanges - int(last.exchanges.size()));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(LabRunAllTest)
#include "tst_labrunall.moc"
