#include "gui/logs/LogsPane.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <ctime>

using namespace Gatescope;
using namespace Qt::StringLiterals;

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

    void showsWhyAPastedTextIsNotALog()
    {
        Gui::LogsPane pane;
        QSignalSpy changed(&pane, &Gui::LogsPane::logsChanged);
        QVERIFY(!pane.addText("dear diary\ntoday the gateway was fine\n", u"pasted log"_s));
        QCOMPARE(changed.count(), 0);
        QVERIFY2(pane.message().contains(u"dear diary"_s) && pane.message().contains(u"pasted log"_s),
                 qPrintable(pane.message()));
    }
};

QTEST_MAIN(LogsPaneTest)
#include "tst_logspane.moc"
