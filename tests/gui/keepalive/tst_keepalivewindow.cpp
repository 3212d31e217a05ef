// The Keep-alive window following a user, against the lab's fault origin on loopback
// (/keep-alive?idle=MS closes an idle kept-alive connection after MS with a FIN or a reset):
// Request → Keep-alive timeout… opens it for the builder's URL, naming the host, and sends nothing
// before Start; Start measures the idle timeout within 5 % and the headline compares it with the
// chosen hop in front (nginx's 60 s pool default: too short, an intermittent 502; a hop the user
// says keeps 0.1 s: safe) — a new choice re-judges the same measurement without a new request;
// Cancel ends a long watch within a second.
#include "gui/MainWindow.h"
#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/keepalive/KeepAliveWindow.h"
#include "gui/request/RequestEditor.h"
#include "gui/request/UrlLineEdit.h"
#include "lab/FaultServer.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cmath>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

namespace {

RequestSpec requestFor(const QUrl &url)
{
    RequestSpec request;
    request.url = url;
    request.options.useEnvironmentProxy = false;
    return request;
}

void chooseFront(KeepAliveWindow &window, const QString &product, double seconds)
{
    auto *front = window.findChild<QComboBox *>(u"keepAliveFront"_s);
    const int index = front->findData(product);
    QVERIFY2(index >= 0, qPrintable(product));
    front->setCurrentIndex(index);
    window.findChild<QDoubleSpinBox *>(u"keepAliveFrontSeconds"_s)->setValue(seconds);
}

} // namespace

class TestKeepAliveWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_origin.start(QHostAddress::LocalHost, false), qPrintable(m_origin.errorString()));
    }

    // Request → Keep-alive timeout…, after Ramp…, opens the window for the builder's URL.
    void openedFromTheRequestMenu()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.filePath(u"settings"_s));
        MainWindow main(folder.filePath(u"data"_s));
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        main.requestEditor()->setRequest(requestFor(m_origin.url(u"/keep-alive?idle=1500"_s)));
        auto *menu = qobject_cast<QMenu *>(main.keepAliveAction()->associatedObjects().value(0));
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.value(actions.indexOf(main.rampAction()) + 1), main.keepAliveAction());
        const int before = m_origin.connectionCount();
        main.keepAliveAction()->trigger();
        auto *window = main.findChild<KeepAliveWindow *>();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        const QString target = window->findChild<QLabel *>(u"keepAliveTarget"_s)->text();
        QVERIFY2(target.contains(u"127.0.0.1:%1"_s.arg(m_origin.port())), qPrintable(target));
        QTest::qWait(100);
        QCOMPARE(m_origin.connectionCount(), before); // nothing is sent before Start
        window->close();
    }

    // Opened after an exchange whose hop chain shows a gateway in front of the application, the
    // window takes that gateway as the hop in front (the one nearest the origin) and says so; a
    // gateway whose idle timeout is not known is named, and the user gives its seconds.
    void frontTakenFromTheHopChain_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("front"); // the hop in front chosen; empty: none
        QTest::addColumn<QString>("note");
        QTest::newRow("nginx (60 s by default)") << u"Server: nginx"_s << u"nginx"_s << u"hop chain"_s;
        QTest::newRow("Varnish in Via (60 s by default)") << u"Via: 1.1 varnish"_s << u"varnish"_s << u"hop chain"_s;
        QTest::newRow("Caddy: no known default") << u"Server: Caddy"_s << QString() << u"give it in seconds"_s;
    }
    void frontTakenFromTheHopChain()
    {
        QFETCH(QString, header);
        QFETCH(QString, front);
        QFETCH(QString, note);
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.filePath(u"settings"_s));
        MainWindow main(folder.filePath(u"data"_s));
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QUrl url = m_origin.url(u"/status"_s);
        QUrlQuery query;
        query.addQueryItem(u"code"_s, u"200"_s);
        query.addQueryItem(u"header"_s, header);
        url.setQuery(query);
        main.requestEditor()->urlEdit()->setText(url.toString(QUrl::FullyEncoded));
        QSignalSpy finished(&main, &MainWindow::runFinished);
        main.sendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY(main.diagnosisPane()->hopChain());
        main.keepAliveAction()->trigger();
        auto *window = main.findChild<KeepAliveWindow *>();
        QVERIFY(window);
        QCOMPARE(window->findChild<QComboBox *>(u"keepAliveFront"_s)->currentData().toString(), front);
        auto *source = window->findChild<QLabel *>(u"keepAliveFrontSource"_s);
        QVERIFY(source->isVisible());
        QVERIFY2(source->text().contains(note), qPrintable(source->text()));
        if (!front.isEmpty())
            QCOMPARE(window->chosenFront()->product, front);
        else
            QVERIFY2(source->text().contains(u"Caddy"_s), qPrintable(source->text()));
        window->close();
    }

    void measuresAndComparesWithTheFront_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<double>("idleMs");
        QTest::addColumn<QString>("closedWith");
        QTest::newRow("FIN after 1.5 s") << u"/keep-alive?idle=1500"_s << 1500.0 << u"FIN"_s;
        QTest::newRow("reset after 1.2 s") << u"/keep-alive?idle=1200&close=reset"_s << 1200.0 << u"reset"_s;
    }
    void measuresAndComparesWithTheFront()
    {
        QFETCH(QString, query);
        QFETCH(double, idleMs);
        QFETCH(QString, closedWith);
        KeepAliveWindow window(requestFor(m_origin.url(query)));
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        chooseFront(window, u"nginx"_s, 0); // nginx's pool default, 60 s
        window.findChild<QSpinBox *>(u"keepAliveMaxIdle"_s)->setValue(10);
        QSignalSpy done(window.probe(), &KeepAliveProbe::finished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"keepAliveStart"_s), Qt::LeftButton);
        QVERIFY(!window.findChild<QPushButton *>(u"keepAliveStart"_s)->isEnabled());
        QVERIFY(done.wait(15000));
        const KeepAliveResult &result = window.probe()->result();
        QVERIFY2(std::abs(result.idleMs - idleMs) <= idleMs * 0.05, qPrintable(QString::number(result.idleMs)));
        const QString headline = window.findChild<QLabel *>(u"keepAliveHeadline"_s)->text();
        QVERIFY2(headline.contains(u"closes idle connections after "_s) && headline.contains(u"before nginx"_s)
                     && headline.contains(u"intermittent 502"_s),
                 qPrintable(headline));
        QCOMPARE(window.verdict().finding, KeepAliveVerdict::Finding::TooShort);
        const QString text = window.findChild<QPlainTextEdit *>(u"keepAliveResult"_s)->toPlainText();
        QVERIFY2(text.contains(closedWith) && text.contains(u"Fix: on nginx"_s), qPrintable(text));
        QVERIFY2(window.findChild<QProgressBar *>(u"keepAliveIdle"_s)->format().startsWith(u"Closed after"_s),
                 qPrintable(window.findChild<QProgressBar *>(u"keepAliveIdle"_s)->format()));

        // Another front re-judges the same measurement; nothing more is sent.
        const int connections = m_origin.connectionCount();
        chooseFront(window,
                    window.findChild<QComboBox *>(u"keepAliveFront"_s)
                        ->itemData(window.findChild<QComboBox *>(u"keepAliveFront"_s)->count() - 1)
                        .toString(),
                    0.1); // "other", keeping idle connections 0.1 s: more than a second below
        QCOMPARE(window.verdict().finding, KeepAliveVerdict::Finding::Safe);
        QVERIFY2(window.findChild<QLabel *>(u"keepAliveHeadline"_s)->text().contains(u"safe"_s),
                 qPrintable(window.findChild<QLabel *>(u"keepAliveHeadline"_s)->text()));
        chooseFront(window, QString(), 0); // none
        QCOMPARE(window.verdict().finding, KeepAliveVerdict::Finding::NoFront);
        QTest::qWait(100);
        QCOMPARE(m_origin.connectionCount(), connections);
    }

    void cancelEndsTheWatchWithinASecond()
    {
        KeepAliveWindow window(requestFor(m_origin.url(u"/keep-alive?idle=30000"_s)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy responded(window.probe(), &KeepAliveProbe::responded);
        QSignalSpy done(window.probe(), &KeepAliveProbe::finished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"keepAliveStart"_s), Qt::LeftButton);
        QVERIFY(responded.wait(5000));
        QTest::qWait(300);
        QVERIFY(window.findChild<QProgressBar *>(u"keepAliveIdle"_s)->value() > 0); // the bar follows the idle time
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(window.findChild<QPushButton *>(u"keepAliveCancel"_s), Qt::LeftButton);
        QVERIFY(done.size() == 1 || done.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(window.probe()->result().cancelled);
        QCOMPARE(window.findChild<QLabel *>(u"keepAliveHeadline"_s)->text(), u"Stopped by you."_s);
        QVERIFY(window.findChild<QPushButton *>(u"keepAliveStart"_s)->isEnabled());
    }

private:
    FaultServer m_origin;
};

QTEST_MAIN(TestKeepAliveWindow)
#include "tst_keepalivewindow.moc"
