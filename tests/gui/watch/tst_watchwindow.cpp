// The Watch window against the lab's fault origin on loopback (offscreen): the bounds and the host
// are stated before Start and nothing is sent until then; the chart gets one column per request;
// a click on a failed column shows that request's diagnosis, a click on a healthy one does not;
// Stop ends a series whose request hangs within a second.
#include "diagnosis/Diagnoser.h"
#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/watch/WatchChart.h"
#include "gui/watch/WatchWindow.h"
#include "gui/workspace/WorkspaceModel.h"
#include "lab/FaultServer.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

namespace {

RequestSpec requestFor(const QUrl &url)
{
    RequestSpec request;
    request.url = url;
    request.options.firstByteTimeoutMs = 5000;
    request.options.useEnvironmentProxy = false;
    return request;
}

} // namespace

class TestWatchWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(QHostAddress::LocalHost, false), qPrintable(m_server.errorString()));
    }

    void chartsTheSeriesAndOpensAFailuresDiagnosis()
    {
        WorkspaceModel workspace;
        const Diagnoser diagnoser;
        WatchWindow window(requestFor(m_server.url(u"/every?n=3&code=502&gui=1"_s)), diagnoser, &workspace);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDoubleSpinBox *>(u"watchEvery"_s)->setValue(0.1);
        window.findChild<QSpinBox *>(u"watchCount"_s)->setValue(6);
        // The host and the budget are stated, and nothing has been sent yet.
        const QString budget = window.findChild<QLabel *>(u"watchBudget"_s)->text();
        QVERIFY2(budget.contains(u"6 request(s) to 127.0.0.1:%1"_s.arg(m_server.port())), qPrintable(budget));
        const int before = m_server.connectionCount();
        QTest::qWait(200);
        QCOMPARE(m_server.connectionCount(), before);

        QSignalSpy done(window.runner(), &SeriesRunner::finished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"watchStart"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        WatchChart *chart = window.chart();
        QCOMPARE(chart->sampleCount(), 6);
        QVERIFY2(window.summaryLabel()->text().contains(u"2 of 6 requests failed"_s),
                 qPrintable(window.summaryLabel()->text()));

        // A healthy column: no diagnosis. The 3rd request's column (a 502): its diagnosis.
        QVERIFY(!window.diagnosisPane()->hasDiagnosis());
        QSignalSpy clicked(chart, &WatchChart::failureClicked);
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->columnRect(0).center());
        QCOMPARE(clicked.size(), 0);
        QVERIFY(!window.diagnosisPane()->hasDiagnosis());
        QCOMPARE(chart->sampleAt(chart->columnRect(2).center()), 2);
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->columnRect(2).center());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 2);
        QVERIFY(window.diagnosisPane()->hasDiagnosis());
        QCOMPARE(window.diagnosisPane()->diagnosis().status, 502);
        QCOMPARE(window.diagnosisPane()->diagnosis().cause,
                 diagnoser.diagnose(window.runner()->samples().at(2).exchange).cause);
    }

    void stopEndsAHangingSeriesWithinASecond()
    {
        WorkspaceModel workspace;
        WatchWindow window(requestFor(m_server.url(u"/hang"_s)), Diagnoser(), &workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy done(window.runner(), &SeriesRunner::finished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"watchStart"_s), Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(window.runner()->isRunning());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(window.findChild<QPushButton *>(u"watchStop"_s), Qt::LeftButton);
        QVERIFY(done.size() == 1 || done.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(window.runner()->wasCancelled());
        QVERIFY(window.findChild<QPushButton *>(u"watchStart"_s)->isEnabled());
        QVERIFY2(window.summaryLabel()->text().contains(u"stopped by you"_s),
                 qPrintable(window.summaryLabel()->text()));
    }

private:
    FaultServer m_server;
};

QTEST_MAIN(TestWatchWindow)
#include "tst_watchwindow.moc"
