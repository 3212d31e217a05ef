// The response view's Frames tab: shown for an exchange that went over HTTP/2 (one probed here
// against the lab's h2 fault origin over loopback), with one row per frame and the frame that
// ended the stream named with its error code; hidden for HTTP/1.1.
#include "gui/response/ResponseView.h"
#include "gui/waterfall/WaterfallModel.h"
#include "lab/FaultServer.h"
#include "lab/Http2FaultServer.h"
#include "probe/ProbeEngine.h"

#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

class TestResponseFrames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_h2.start());
        QVERIFY(m_h1.start(QHostAddress::LocalHost, false));
    }

    void framesTab_data()
    {
        QTest::addColumn<bool>("http2");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("telling"); // a frame row that must be there: type and detail

        QTest::newRow("h2 answered: frames shown") << true << u"/json"_s << u"DATA"_s;
        QTest::newRow("h2 stream reset: the RST_STREAM row names the code")
            << true << u"/rst?code=7"_s << u"RST_STREAM REFUSED_STREAM"_s;
        QTest::newRow("HTTP/1.1: no Frames tab") << false << u"/json"_s << QString();
    }

    void framesTab()
    {
        QFETCH(bool, http2);
        QFETCH(QString, path);
        QFETCH(QString, telling);
        RequestSpec request;
        request.url = http2 ? m_h2.url(path) : m_h1.url(path);
        request.options.useEnvironmentProxy = false;
        request.options.httpVersion = ProbeOptions::HttpVersion::Http2PriorKnowledge;
        if (!http2)
            request.options.httpVersion = ProbeOptions::HttpVersion::Http11;
        const Exchange exchange = ProbeEngine::run(request).value(0);

        ResponseView view;
        view.showExchange(exchange);
        QCOMPARE(view.tabs()->isTabVisible(ResponseView::FramesTab), http2);
        QCOMPARE(view.frameList()->topLevelItemCount(), int(exchange.frames.size()));
        if (!telling.isEmpty()) {
            const QStringList words = telling.split(u' ');
            bool found = false;
            for (int i = 0; i < view.frameList()->topLevelItemCount(); ++i) {
                const QTreeWidgetItem *item = view.frameList()->topLevelItem(i);
                if (item->text(2) == words.first() && item->text(1) == u"in"_s
                    && (words.size() < 2 || item->text(6).contains(words.at(1))))
                    found = true;
            }
            QVERIFY2(found, qPrintable(telling));
        }

        // The waterfall tells the protocol per exchange.
        WaterfallModel model;
        model.appendExchange(exchange);
        QCOMPARE(model.index(0, 0).data(WaterfallModel::ProtocolRole).toString(), http2 ? u"h2"_s : u"http/1.1"_s);
        QCOMPARE(model.index(0, WaterfallModel::StatusColumn).data().toString().endsWith(u"· h2"_s), http2);

        view.clear();
        QVERIFY(!view.tabs()->isTabVisible(ResponseView::FramesTab));
    }

private:
    Http2FaultServer m_h2;
    FaultServer m_h1;
};

QTEST_MAIN(TestResponseFrames)
#include "tst_responseframes.moc"
