// "Compare with origin…": the dialog sends the request as addressed and straight to the typed
// origin over real loopback sockets (the fault server answering a 502 signed by nginx, and a port
// nothing listens on), without blocking, and shows both side by side with the conclusion.

#include "gui/workbench/OriginCompareDialog.h"
#include "lab/FaultServer.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatescope;
using namespace Gatescope::Gui;

class TestOriginCompare : public QObject
{
    Q_OBJECT
private slots:
    void dialogShowsBothPathsSideBySideAndConcludesTheOriginIsDown();
    void throughTheUsersChainEachHopHasItsColumnAndTheConclusionWalksIt();
};

void TestOriginCompare::dialogShowsBothPathsSideBySideAndConcludesTheOriginIsDown()
{
    // Given the fault server answering nginx's 502 page and a loopback port that refuses
    FaultServer server;
    QVERIFY(server.start(QHostAddress::LocalHost, false));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString origin = u"127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();
    RequestSpec request;
    request.url = server.url(u"/status?code=502&type=text/html&header=Server: nginx/1.22.1&body=<hr><center>"
                             "nginx/1.22.1</center>"_s);
    request.options.useEnvironmentProxy = false;
    request.options.proxy = u"none"_s;

    // When the dialog compares them
    OriginCompareDialog dialog(request, { origin });
    QSignalSpy finished(&dialog, &OriginCompareDialog::finished);
    QVERIFY(finished.wait(15000));

    // Then both columns are filled, the differing outcome row is marked, and the conclusion names nginx
    QTableWidget *table = dialog.table();
    QCOMPARE(table->columnCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), u"straight to "_s + origin);
    QCOMPARE(table->item(0, 0)->text(), u"502"_s);
    QCOMPARE(table->item(1, 1)->text(), u"connection refused"_s);
    QVERIFY(table->item(1, 1)->font().bold());
    QVERIFY(!table->item(0, 0)->font().bold());
    QVERIFY2(dialog.conclusionText().endsWith(u"connection refused → the origin is down, nginx only reported it"_s),
             qPrintable(dialog.conclusionText()));
    QCOMPARE(dialog.findChild<QLabel *>(u"compareConclusion"_s)->text(), dialog.conclusionText());
}

void TestOriginCompare::throughTheUsersChainEachHopHasItsColumnAndTheConclusionWalksIt()
{
    // Given nginx's 502 as addressed, the same server typed as the one hop in between, and a
    // refusing origin
    FaultServer server;
    QVERIFY(server.start(QHostAddress::LocalHost, false));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString origin = u"127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();
    const QString hop = u"127.0.0.1:%1"_s.arg(server.url(u"/"_s).port());
    RequestSpec request;
    request.url = server.url(u"/status?code=502&type=text/html&header=Server: nginx/1.22.1&body=<hr><center>"
                             "nginx/1.22.1</center>"_s);
    request.options.useEnvironmentProxy = false;
    request.options.proxy = u"none"_s;

    // When the dialog compares through that chain
    OriginCompareDialog dialog(request, { origin }, nullptr, { hop });
    QSignalSpy finished(&dialog, &OriginCompareDialog::finished);
    QVERIFY(finished.wait(15000));

    // Then the hop has its column between the two, and the conclusion walks the chain
    QTableWidget *table = dialog.table();
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), u"hop 1 (%1)"_s.arg(hop));
    QCOMPARE(table->horizontalHeaderItem(2)->text(), u"straight to "_s + origin);
    QCOMPARE(table->item(0, 1)->text(), u"502"_s);
    QVERIFY2(dialog.conclusionText().endsWith(
                 u"→ it fails down to the origin (%1): the fault is there or behind it"_s.arg(origin)),
             qPrintable(dialog.conclusionText()));

    // A screenshot for docs/screenshots (GATESCOPE_SHOT_DIR set, under xvfb-run), at 1280x720.
    if (const QByteArray shots = qgetenv("GATESCOPE_SHOT_DIR"); !shots.isEmpty()) {
        dialog.resize(1280, 720);
        dialog.show();
        QCoreApplication::processEvents();
        QVERIFY(
            dialog.grab().save(QString::fromLocal8Bit(shots) + u"/9-compare-through-chain-1280x720-en-light.png"_s));
    }
}

QTEST_MAIN(TestOriginCompare)
#include "tst_origincompare.moc"
