// The Ramp window against the lab gateway's concurrency limit on loopback (offscreen): the host
// and the request budget are stated before Start, Start asks for confirmation naming them and
// sends nothing on No; on Yes the chart gets one slot per step and marks the knee at the first
// step above the limit (limit 2 → concurrency 3, capacity.overloaded), its marker drawn through
// that step's slot; the slot arithmetic maps every slot centre back to its step; Cancel ends a
// ramp whose requests hang within a second.
#include "diagnosis/Diagnoser.h"
#include "gui/MainWindow.h"
#include "gui/ramp/RampChart.h"
#include "gui/ramp/RampWindow.h"
#include "gui/request/RequestEditor.h"
#include "lab/FaultServer.h"
#include "lab/LabGateway.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

namespace {

RequestSpec requestFor(const QString &url)
{
    RequestSpec request;
    request.url = QUrl(url);
    request.options.firstByteTimeoutMs = 5000;
    request.options.useEnvironmentProxy = false;
    return request;
}

void setRamp(RampWindow &window, int from, int to, int hold, int budget)
{
    window.findChild<QSpinBox *>(u"rampFrom"_s)->setValue(from);
    window.findChild<QSpinBox *>(u"rampTo"_s)->setValue(to);
    window.findChild<QSpinBox *>(u"rampStep"_s)->setValue(1);
    window.findChild<QSpinBox *>(u"rampHold"_s)->setValue(hold);
    window.findChild<QSpinBox *>(u"rampMaxRequests"_s)->setValue(budget);
}

// Answers the confirmation Start opens (its text into `asked`) with `button`.
void answerConfirmation(QMessageBox::StandardButton button, QString *asked)
{
    QTimer::singleShot(0, [button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = box->text();
        box->button(button)->click();
    });
}

} // namespace

class TestRampWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_origin.start(QHostAddress::LocalHost, false), qPrintable(m_origin.errorString()));
        LabGateway::Config config;
        config.upstreams = { { u"127.0.0.1"_s, m_origin.port() } };
        config.maxConcurrent = 2;
        m_gateway = std::make_unique<LabGateway>(config);
        QVERIFY(m_gateway->listen());
    }

    // Request → Ramp…, beside Watch…, opens the window for the builder's request.
    void openedFromTheRequestMenu()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.filePath(u"settings"_s));
        MainWindow main(folder.filePath(u"data"_s));
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        main.requestEditor()->setRequest(requestFor(m_gateway->baseUrl() + u"/slow-first-byte?ms=200"_s));
        const QList<QAction *> actions = main.watchAction()->associatedObjects().isEmpty()
            ? QList<QAction *> {}
            : qobject_cast<QMenu *>(main.watchAction()->associatedObjects().constFirst())->actions();
        const qsizetype watch = actions.indexOf(main.watchAction());
        QVERIFY(watch >= 0);
        QCOMPARE(actions.value(watch + 1), main.rampAction());
        main.rampAction()->trigger();
        auto *window = main.findChild<RampWindow *>();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QVERIFY2(
            window->findChild<QLabel *>(u"rampTarget"_s)->text().contains(u"127.0.0.1:%1"_s.arg(m_gateway->port())),
            qPrintable(window->findChild<QLabel *>(u"rampTarget"_s)->text()));
        QVERIFY(!window->runner()->isRunning()); // nothing is sent before Start and its confirmation
        window->close();
    }

    void confirmsBeforeSending_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("No: nothing is sent") << false;
        QTest::newRow("Yes: the ramp runs and the knee is marked at 3") << true;
    }
    void confirmsBeforeSending()
    {
        QFETCH(bool, confirm);
        const Diagnoser diagnoser;
        RampWindow window(requestFor(m_gateway->baseUrl() + u"/slow-first-byte?ms=200"_s), diagnoser);
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        setRamp(window, 1, 4, 1, 400);
        const QString host = u"127.0.0.1:%1"_s.arg(m_gateway->port());
        // The host and the budget are stated before Start.
        const QString budget = window.findChild<QLabel *>(u"rampBudget"_s)->text();
        QVERIFY2(budget.contains(u"At most 400 requests (100 per step) to "_s + host + u", at most 24 s"_s),
                 qPrintable(budget));
        QVERIFY2(window.findChild<QLabel *>(u"rampTarget"_s)->text().contains(u"target host "_s + host),
                 qPrintable(window.findChild<QLabel *>(u"rampTarget"_s)->text()));

        const int before = m_origin.connectionCount();
        QSignalSpy done(window.runner(), &RampRunner::finished);
        QString asked;
        answerConfirmation(confirm ? QMessageBox::Yes : QMessageBox::No, &asked);
        QTest::mouseClick(window.findChild<QPushButton *>(u"rampStart"_s), Qt::LeftButton);
        QVERIFY2(asked.contains(u"Send up to 400 requests to "_s + host + u", up to 4 at once, over at most 24 s?"_s),
                 qPrintable(asked));
        if (!confirm) {
            QTest::qWait(300);
            QVERIFY(!window.runner()->isRunning());
            QCOMPARE(m_origin.connectionCount(), before);
            QCOMPARE(window.chart()->stepCount(), 0);
            return;
        }
        QVERIFY(window.runner()->isRunning());
        QVERIFY(done.wait(30000));
        RampChart *chart = window.chart();
        QCOMPARE(chart->slotCount(), 4);
        QCOMPARE(chart->stepCount(), 4);
        QVERIFY(chart->knee().found());
        QCOMPARE(chart->knee().concurrency, 3);
        QCOMPARE(chart->knee().cause, u"capacity.overloaded"_s);
        QCOMPARE(chart->kneeLabel(), u"knee at 3: capacity.overloaded"_s);
        // The marker goes through the third slot (index 2), and the slot under it is that step.
        const QRect marker = chart->kneeMarkerRect();
        QVERIFY(!marker.isEmpty());
        QVERIFY(marker.left() <= chart->stepX(2) && chart->stepX(2) <= marker.right());
        QCOMPARE(chart->stepAt(QPoint(chart->stepX(2), marker.bottom() - 5)), 2);
        QVERIFY(!marker.contains(QPoint(chart->stepX(1), marker.bottom() - 5)));
        QVERIFY(!marker.contains(QPoint(chart->stepX(3), marker.bottom() - 5)));
        const QString summary = window.summary()->toPlainText();
        QVERIFY2(summary.contains(u"Knee at concurrency 3 (the step after 2)"_s), qPrintable(summary));
    }

    // Open loop: the From/To/Step are requests a second. The confirmation says so (and the cap on
    // requests in flight); 4, then 16 a second against 2 in flight to 200 ms answers (10 a second)
    // give the knee at 16 a second, named so on the chart and in the summary.
    void openLoopStatesTheRateAndMarksTheKnee()
    {
        const Diagnoser diagnoser;
        RampWindow window(requestFor(m_gateway->baseUrl() + u"/slow-first-byte?ms=200"_s), diagnoser);
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        setRamp(window, 4, 16, 2, 400);
        window.findChild<QSpinBox *>(u"rampStep"_s)->setValue(12);
        auto *openLoop = window.findChild<QCheckBox *>(u"rampOpenLoop"_s);
        QVERIFY(openLoop);
        QVERIFY(!openLoop->isChecked()); // the closed loop stays the default
        openLoop->setChecked(true);
        QVERIFY(window.chosenOptions().openLoop());
        QCOMPARE(window.chosenOptions().levels, (QList<int> { 4, 16 }));
        const QString budget = window.findChild<QLabel *>(u"rampBudget"_s)->text();
        QVERIFY2(
            budget.contains(u"Open loop: each request starts on time whatever the answers, at most 50 in flight."_s),
            qPrintable(budget));
        QVERIFY2(window.findChild<QSpinBox *>(u"rampTo"_s)->toolTip().contains(u"a second"_s),
                 qPrintable(window.findChild<QSpinBox *>(u"rampTo"_s)->toolTip()));
        const QString host = u"127.0.0.1:%1"_s.arg(m_gateway->port());
        QSignalSpy done(window.runner(), &RampRunner::finished);
        QString asked;
        answerConfirmation(QMessageBox::Yes, &asked);
        QTest::mouseClick(window.findChild<QPushButton *>(u"rampStart"_s), Qt::LeftButton);
        QVERIFY2(
            asked.contains(u"Send up to 400 requests to "_s + host
                           + u", up to 16 a second whatever the answers (at most 50 at once), over at most 14 s?"_s),
            qPrintable(asked));
        QVERIFY(window.runner()->isRunning());
        QVERIFY(!openLoop->isEnabled()); // not changed while it runs
        QVERIFY(done.wait(30000));
        QVERIFY(openLoop->isEnabled());
        RampChart *chart = window.chart();
        QCOMPARE(chart->stepCount(), 2);
        QVERIFY(chart->knee().found());
        QCOMPARE(chart->knee().concurrency, 16);
        QCOMPARE(chart->kneeLabel(), u"knee at 16 a second: capacity.overloaded"_s);
        const QString summary = window.summary()->toPlainText();
        QVERIFY2(summary.contains(u"rate / s"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Knee at 16 requests a second (the step after 4)"_s), qPrintable(summary));
    }

    void slotArithmetic_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("width");
        QTest::newRow("4 steps, 800 px") << 4 << 800;
        QTest::newRow("10 steps, 1200 px") << 10 << 1200;
        QTest::newRow("50 steps, 600 px") << 50 << 600;
    }
    void slotArithmetic()
    {
        QFETCH(int, steps);
        QFETCH(int, width);
        RampChart chart;
        chart.resize(width, 400);
        QList<int> levels;
        for (int i = 1; i <= steps; ++i)
            levels.append(i);
        chart.clear(levels);
        const int y = 200;
        int previous = -1;
        for (int i = 0; i < steps; ++i) {
            const int x = chart.stepX(i);
            QVERIFY(x > previous);
            QCOMPARE(chart.stepAt(QPoint(x, y)), i);
            previous = x;
        }
        QCOMPARE(chart.stepAt(QPoint(0, y)), -1); // the left axis
        QCOMPARE(chart.stepAt(QPoint(width - 1, y)), -1); // the right axis
        // Slots are equally wide: the centres are evenly spaced to within a pixel.
        if (steps > 2) {
            const int first = chart.stepX(1) - chart.stepX(0);
            const int last = chart.stepX(steps - 1) - chart.stepX(steps - 2);
            QVERIFY(std::abs(first - last) <= 1);
        }
    }

    void cancelStopsWithinASecond()
    {
        const Diagnoser diagnoser;
        RampWindow window(requestFor(m_origin.url(u"/hang"_s).toString()), diagnoser);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        setRamp(window, 2, 4, 10, 0);
        QSignalSpy done(window.runner(), &RampRunner::finished);
        QString asked;
        answerConfirmation(QMessageBox::Yes, &asked);
        window.start();
        QTRY_COMPARE(window.runner()->inFlight(), 2);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(window.findChild<QPushButton *>(u"rampCancel"_s), Qt::LeftButton);
        QVERIFY(done.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(window.runner()->wasCancelled());
        QVERIFY(window.findChild<QPushButton *>(u"rampStart"_s)->isEnabled());
    }

private:
    FaultServer m_origin;
    std::unique_ptr<LabGateway> m_gateway;
};

QTEST_MAIN(TestRampWindow)
#include "tst_rampwindow.moc"
