// WaterfallModel and WaterfallFilterProxy: structure (under QAbstractItemModelTester), redirect
// grouping, start offsets, live updates from ProbeEngine signals, filters, and a 100,000-entry append.
#include "WaterfallFixtures.h"
#include "gui/waterfall/WaterfallFilterProxy.h"
#include "gui/waterfall/WaterfallModel.h"
#include "probe/ProbeEngine.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Gatescope::Gui::Fixtures;
using namespace Qt::StringLiterals;

namespace {

// The tree as one short string: "GET /a 301 [GET /b 200]; POST /c 502".
QString dump(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QString text
            = index.data().toString() + u' ' + model.index(row, WaterfallModel::StatusColumn, parent).data().toString();
        if (model.rowCount(index) > 0)
            text += u" ["_s + dump(model, index) + u']';
        rows.append(text);
    }
    return rows.join(u"; "_s);
}

QList<Exchange> mixedCapture()
{
    QList<Exchange> list;
    list << makeExchange("GET", u"https://shop.example.com/"_s, 301, 0, timings(0.2, 10, 20, 30, 0.5, 40, 1));
    list << makeExchange("GET", u"https://www.example.com/"_s, 200, 102, timings(0.1, 5, 10, 20, 0.4, 50, 15),
                         Outcome::Ok, 1);
    list << makeExchange("POST", u"https://api.example.com/orders"_s, 504, 300, timings(0.3, -1, -1, -1, 1, 60000, 2));
    list << makeExchange("GET", u"https://api.example.com/health"_s, 0, 350, timings(0, 2, -1, -1, -1, -1, -1, 3),
                         Outcome::Refused);
    list << makeExchange("GET", u"https://cdn.example.net/app.js"_s, 200, 400, timings(0.1, -1, -1, -1, 0.2, 30, 80));
    return list;
}

} // namespace

class tst_WaterfallModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void modelPassesTheItemModelTesterThroughEveryChange();
    void waitBarIsSplitByTheHopsTimingHeaders();
    void proxyPassesTheItemModelTesterThroughEveryFilter();
    void redirectHopsAreGroupedUnderTheirRequest();
    void leadingHopsOfABatchContinueTheLastRequest();
    void rowsThatCannotGainHopsSayTheyNeverHaveChildren_data();
    void rowsThatCannotGainHopsSayTheyNeverHaveChildren();
    void startOffsetsAreMeasuredFromTheEarliestExchange();
    void rolesDescribeTheExchange();
    void tooltipListsEveryPhaseInMilliseconds();
    void liveSignalsUpdateTheRowInPlace();
    void liveRedirectHopAppearsUnderItsRequest();
    void trackProbeFollowsTheEngineUntilFinished();
    void liveRowsEndWhenTheEngineGoesAway();
    void filterKeepsMatchingRows_data();
    void filterKeepsMatchingRows();
    void largeCaptureAppendsInOneInsertion();
};

void tst_WaterfallModel::modelPassesTheItemModelTesterThroughEveryChange()
{
    WaterfallModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendExchanges(mixedCapture());
    model.appendExchange(
        makeExchange("GET", u"https://x.example/"_s, 200, 500, timings(1, 1, 1, 1, 1, 1, 1), Outcome::Ok, 1));
    model.appendExchanges(mixedCapture());
    // Live: a request that redirects once.
    model.beginLiveExchange(mixedCapture().first().request);
    model.livePhaseStarted(0, Phase::Dns, 0);
    model.livePhaseFinished(0, Phase::Dns, 3);
    model.livePhaseStarted(1, Phase::Connect, 0);
    model.liveBodyProgress(1, 100, 1000, 9);
    model.liveFinished({});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.appendExchanges(mixedCapture());
    QCOMPARE(model.rowCount(), 4);
}

void tst_WaterfallModel::proxyPassesTheItemModelTesterThroughEveryFilter()
{
    WaterfallModel model;
    WaterfallFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendExchanges(mixedCapture());
    proxy.setFailuresOnly(true);
    model.appendExchanges(mixedCapture());
    proxy.setHost(u"api.example.com"_s);
    proxy.setText(u"orders"_s);
    proxy.setHost({});
    proxy.setText(u"www"_s);
    model.beginLiveExchange(mixedCapture().first().request);
    model.livePhaseStarted(0, Phase::Wait, 0);
    model.liveFinished({ makeExchange("GET", u"https://shop.example.com/"_s, 503, 0, timings(0, 0, 0, 0, 0, 5, 0)) });
    proxy.setFailuresOnly(false);
    proxy.setText({});
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void tst_WaterfallModel::redirectHopsAreGroupedUnderTheirRequest()
{
    WaterfallModel model;
    model.appendExchanges(mixedCapture());
    QCOMPARE(dump(model), u"GET / 301 [GET / 200]; POST /orders 504; GET /health refused; GET /app.js 200"_s);
    QCOMPARE(model.entryCount(), 5);
    // Entries are stable positions in input order, whatever the tree.
    QCOMPARE(model.entryForIndex(model.index(0, 0, model.index(0, 0))), 1);
    QCOMPARE(model.indexForEntry(1), model.index(0, 0, model.index(0, 0)));
    QCOMPARE(model.indexForEntry(3, WaterfallModel::HostColumn), model.index(2, WaterfallModel::HostColumn));
    QVERIFY(!model.indexForEntry(5).isValid());
    QVERIFY(!model.indexForEntry(-1).isValid());
}

void tst_WaterfallModel::leadingHopsOfABatchContinueTheLastRequest()
{
    WaterfallModel model;
    QList<Exchange> capture = mixedCapture();
    model.appendExchanges(capture.mid(0, 1));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendExchanges(capture.mid(1, 2));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), model.index(0, 0)); // the hop, under the request
    QCOMPARE(inserted.at(1).at(0).value<QModelIndex>(), QModelIndex()); // the next request, top level
    QCOMPARE(dump(model), u"GET / 301 [GET / 200]; POST /orders 504"_s);
}

void tst_WaterfallModel::rowsThatCannotGainHopsSayTheyNeverHaveChildren_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("hopRow"); // -1: the request's own row
    QTest::addColumn<bool>("neverHasChildren");
    // mixedCapture(): "GET / 301 [GET / 200]; POST /orders 504; GET /health refused; GET /app.js 200"
    QTest::newRow("a request with a redirect hop") << 0 << -1 << false;
    QTest::newRow("a redirect hop") << 0 << 0 << true;
    QTest::newRow("a request without hops before the last") << 1 << -1 << true;
    QTest::newRow("another request without hops before the last") << 2 << -1 << true;
    QTest::newRow("the last request: the next slice may continue it") << 3 << -1 << false;
}

void tst_WaterfallModel::rowsThatCannotGainHopsSayTheyNeverHaveChildren()
{
    // Qt::ItemNeverHasChildren lets a tree view lay out 100,000 rows without asking each one for
    // its children and expansion state.
    QFETCH(int, row);
    QFETCH(int, hopRow);
    QFETCH(bool, neverHasChildren);
    WaterfallModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendExchanges(mixedCapture());
    const QModelIndex request = model.index(row, 0);
    const QModelIndex index = hopRow < 0 ? request : model.index(hopRow, 0, request);
    QVERIFY(index.isValid());
    QCOMPARE(bool(model.flags(index) & Qt::ItemNeverHasChildren), neverHasChildren);
    QVERIFY(model.flags(index) & Qt::ItemIsSelectable);
    QVERIFY(model.flags(index) & Qt::ItemIsEnabled);
    // … and a request that can still gain hops gets them
    if (!neverHasChildren && hopRow < 0 && row == model.rowCount() - 1) {
        model.appendExchange(makeExchange("GET", u"https://cdn.example.net/app.v2.js"_s, 200, 500,
                                          timings(0.1, -1, -1, -1, 0.2, 30, 80), Outcome::Ok, 1));
        QCOMPARE(model.rowCount(model.index(row, 0)), 1);
        QVERIFY(!(model.flags(model.index(row, 0)) & Qt::ItemNeverHasChildren));
    }
}

void tst_WaterfallModel::startOffsetsAreMeasuredFromTheEarliestExchange()
{
    WaterfallModel model;
    model.appendExchange(makeExchange("GET", u"https://a.example/"_s, 200, 1000, timings(0, 0, 0, 0, 0, 100, 0)));
    QCOMPARE(model.index(0, 0).data(WaterfallModel::StartOffsetRole).toDouble(), 0.);
    QCOMPARE(model.timeExtentMs(), 100.);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.appendExchange(makeExchange("GET", u"https://b.example/"_s, 200, 250, timings(0, 0, 0, 0, 0, 10, 0)));
    QVERIFY2(!changed.isEmpty(), "an earlier exchange moves every offset: the rows must be re-queried");
    QCOMPARE(model.index(0, 0).data(WaterfallModel::StartOffsetRole).toDouble(), 750.);
    QCOMPARE(model.index(1, 0).data(WaterfallModel::StartOffsetRole).toDouble(), 0.);
    QCOMPARE(model.timeExtentMs(), 850.);

    Exchange noClock = makeExchange("GET", u"https://c.example/"_s, 200, 0, timings(0, 0, 0, 0, 0, 1, 0));
    noClock.startedAt = {};
    model.appendExchange(noClock);
    QCOMPARE(model.index(2, 0).data(WaterfallModel::StartOffsetRole).toDouble(), 0.);
}

void tst_WaterfallModel::rolesDescribeTheExchange()
{
    WaterfallModel model;
    model.appendExchanges(mixedCapture());
    const QModelIndex gatewayTimeout = model.index(1, WaterfallModel::TimelineColumn);
    QCOMPARE(gatewayTimeout.data(WaterfallModel::MethodRole).toString(), u"POST"_s);
    QCOMPARE(gatewayTimeout.data(WaterfallModel::UrlRole).toUrl(), QUrl(u"https://api.example.com/orders"_s));
    QCOMPARE(gatewayTimeout.data(WaterfallModel::HostRole).toString(), u"api.example.com"_s);
    QCOMPARE(gatewayTimeout.data(WaterfallModel::StatusRole).toInt(), 504);
    QCOMPARE(gatewayTimeout.data(WaterfallModel::OutcomeRole).toString(), u"ok"_s);
    QCOMPARE(gatewayTimeout.data(WaterfallModel::IsFailureRole).toBool(), true);
    QCOMPARE(gatewayTimeout.data(WaterfallModel::StartOffsetRole).toDouble(), 300.);
    QCOMPARE(gatewayTimeout.data(WaterfallModel::DurationRole).toDouble(), 60003.3);
    QCOMPARE(gatewayTimeout.data(WaterfallModel::IsLiveRole).toBool(), false);
    const QVariantMap phases = gatewayTimeout.data(WaterfallModel::TimingsRole).toMap();
    QCOMPARE(phases.value(u"wait"_s).toDouble(), 60000.);
    QCOMPARE(phases.value(u"dns"_s).toDouble(), -1.);
    const WaterfallBar bar = gatewayTimeout.data(WaterfallModel::BarRole).value<WaterfallBar>();
    QCOMPARE(bar.startMs, 300.);
    QCOMPARE(bar.phaseMs[5], 60000.);
    QVERIFY(bar.failed);
    QCOMPARE(model.index(2, WaterfallModel::StatusColumn).data().toString(), u"refused"_s);
    QCOMPARE(model.index(2, 0).data(WaterfallModel::IsFailureRole).toBool(), true);
    QCOMPARE(model.index(3, 0).data(WaterfallModel::IsFailureRole).toBool(), false);
    QCOMPARE(model.index(1, WaterfallModel::DurationColumn).data().toString(), u"60.0 s"_s);
    QVERIFY(model.roleNames().contains(WaterfallModel::BarRole));
    QCOMPARE(model.hosts(),
             (QStringList { u"api.example.com"_s, u"cdn.example.net"_s, u"shop.example.com"_s, u"www.example.com"_s }));
    QVERIFY(gatewayTimeout.data(Qt::AccessibleTextRole).toString().contains(u"Wait 60.0 s"_s));
}

void tst_WaterfallModel::tooltipListsEveryPhaseInMilliseconds()
{
    WaterfallModel model;
    model.appendExchanges(mixedCapture());
    const QString tip = model.index(0, WaterfallModel::RequestColumn).data(Qt::ToolTipRole).toString();
    for (const QString &expected :
         { u"Blocked</td><td align=\"right\">0.2 ms"_s, u"DNS</td><td align=\"right\">10.0 ms"_s,
           u"Connect</td><td align=\"right\">20.0 ms"_s, u"TLS</td><td align=\"right\">30.0 ms"_s,
           u"Send</td><td align=\"right\">0.5 ms"_s, u"Wait</td><td align=\"right\">40.0 ms"_s,
           u"Download</td><td align=\"right\">1.0 ms"_s, u"101.7 ms"_s, u"Status 301"_s })
        QVERIFY2(tip.contains(expected), qPrintable(u"tooltip lacks \"%1\": %2"_s.arg(expected, tip)));
    const QString gatewayTip = model.index(1, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(gatewayTip.contains(u"DNS</td><td align=\"right\">not used"_s), qPrintable(gatewayTip));
    QVERIFY2(gatewayTip.contains(u"60,000.0 ms"_s), qPrintable(gatewayTip));
}

void tst_WaterfallModel::liveSignalsUpdateTheRowInPlace()
{
    WaterfallModel model;
    model.appendExchanges(mixedCapture());
    QSignalSpy live(&model, &WaterfallModel::liveStateChanged);
    const int entry = model.beginLiveExchange(mixedCapture().at(2).request);
    QCOMPARE(live.size(), 1);
    QVERIFY(model.hasLiveExchange());
    QCOMPARE(model.liveEntries(), QList<int> { entry });
    const QModelIndex row = model.indexForEntry(entry);
    QCOMPARE(row.data(WaterfallModel::IsLiveRole).toBool(), true);
    QCOMPARE(model.index(row.row(), WaterfallModel::StatusColumn).data().toString(), u"pending"_s);
    QCOMPARE(row.data(WaterfallModel::IsFailureRole).toBool(), false);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.livePhaseStarted(0, Phase::Dns, 0);
    model.livePhaseFinished(0, Phase::Dns, 4.5);
    model.livePhaseStarted(0, Phase::Connect, 4.5);
    model.livePhaseFinished(0, Phase::Connect, 6);
    model.livePhaseStarted(0, Phase::Wait, 6);
    QCOMPARE(changed.size(), 5);
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).value<QModelIndex>(), model.index(row.row(), 0));
        QCOMPARE(signal.at(1).value<QModelIndex>(), model.index(row.row(), WaterfallModel::ColumnCount - 1));
    }
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(row.data(WaterfallModel::LivePhaseRole).toString(), u"wait"_s);
    const QVariantMap phases = row.data(WaterfallModel::TimingsRole).toMap();
    QCOMPARE(phases.value(u"dns"_s).toDouble(), 4.5);
    QCOMPARE(phases.value(u"connect"_s).toDouble(), 1.5);

    // The bar grows with the clock, without any model signal.
    changed.clear();
    const WaterfallBar early = row.data(WaterfallModel::BarRole).value<WaterfallBar>();
    QTest::qWait(60);
    const WaterfallBar later = row.data(WaterfallModel::BarRole).value<WaterfallBar>();
    QVERIFY(later.live);
    QCOMPARE(later.livePhase, Phase::Wait);
    QVERIFY2(later.liveNowMs >= early.liveNowMs + 50,
             qPrintable(u"live bar did not grow: %1 → %2 ms"_s.arg(early.liveNowMs).arg(later.liveNowMs)));
    QVERIFY(model.timeExtentMs() >= later.startMs + later.liveNowMs - 1);
    QCOMPARE(changed.size(), 0);

    Exchange final
        = makeExchange("POST", u"https://api.example.com/orders"_s, 504, 0, timings(-1, 4.5, 1.5, -1, 0.2, 80, 1));
    model.liveFinished({ final });
    QCOMPARE(live.size(), 2);
    QCOMPARE(live.last().at(0).toBool(), false);
    QVERIFY(!model.hasLiveExchange());
    QCOMPARE(row.data(WaterfallModel::StatusRole).toInt(), 504);
    QCOMPARE(row.data(WaterfallModel::IsLiveRole).toBool(), false);
    QCOMPARE(row.data(WaterfallModel::IsFailureRole).toBool(), true);
}

void tst_WaterfallModel::liveRedirectHopAppearsUnderItsRequest()
{
    WaterfallModel model;
    RequestSpec request;
    request.url = QUrl(u"http://old.example/start"_s);
    const int entry = model.beginLiveExchange(request);
    model.livePhaseStarted(0, Phase::Wait, 0);
    Exchange hop0 = makeExchange("GET", u"http://old.example/start"_s, 301, 0, timings(-1, 1, 1, -1, 0.1, 5, 0.2));
    hop0.response->headers.append(HeaderField { "Location", "/moved/here", true });
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.liveHopFinished(hop0);
    QTest::qWait(20);
    model.livePhaseStarted(1, Phase::Connect, 0);
    QCOMPARE(inserted.size(), 1);
    const QModelIndex parent = model.indexForEntry(entry);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), parent);
    QCOMPARE(model.rowCount(parent), 1);
    const QModelIndex hop = model.index(0, 0, parent);
    QCOMPARE(hop.data(WaterfallModel::UrlRole).toUrl(), QUrl(u"http://old.example/moved/here"_s));
    QCOMPARE(hop.data(WaterfallModel::IsLiveRole).toBool(), true);
    QCOMPARE(parent.data(WaterfallModel::IsLiveRole).toBool(), false);
    QVERIFY2(hop.data(WaterfallModel::StartOffsetRole).toDouble() >= 15,
             "the hop starts on the shared timeline after its request");
    QCOMPARE(model.liveEntries(), QList<int> { model.entryForIndex(hop) });
    model.liveFinished({ hop0,
                         makeExchange("GET", u"http://old.example/moved/here"_s, 200, 0,
                                      timings(-1, -1, 1, -1, 0.1, 3, 1), Outcome::Ok, 1) });
    QCOMPARE(dump(model), u"GET /start 301 [GET /moved/here 200]"_s);
}

void tst_WaterfallModel::trackProbeFollowsTheEngineUntilFinished()
{
    WaterfallModel model;
    ProbeEngine engine;
    RequestSpec request;
    request.url = QUrl(u"http://127.0.0.1:9/slow"_s);
    const int entry = model.trackProbe(&engine, request);
    QVERIFY(model.isLive(entry));
    Q_EMIT engine.phaseStarted(0, Phase::Connect, 0);
    Q_EMIT engine.phaseFinished(0, Phase::Connect, 2);
    Q_EMIT engine.phaseStarted(0, Phase::Wait, 2.5);
    QCOMPARE(model.indexForEntry(entry).data(WaterfallModel::LivePhaseRole).toString(), u"wait"_s);
    Q_EMIT engine.bodyProgress(0, 10, 20, 40);
    Exchange final = makeExchange("GET", u"http://127.0.0.1:9/slow"_s, 200, 0, timings(-1, -1, 2, -1, 0.5, 37, 3));
    Q_EMIT engine.hopFinished(final);
    QVERIFY(!model.isLive(entry));
    QVERIFY2(model.hasLiveExchange(), "the session lasts until finished()");
    Q_EMIT engine.finished({ final });
    QVERIFY(!model.hasLiveExchange());
    // Disconnected: later signals from the same engine do not touch the finished row.
    Q_EMIT engine.phaseStarted(0, Phase::Dns, 0);
    QCOMPARE(model.indexForEntry(entry).data(WaterfallModel::LivePhaseRole).toString(), QString());
    QCOMPARE(model.entryCount(), 1);
}

void tst_WaterfallModel::liveRowsEndWhenTheEngineGoesAway()
{
    WaterfallModel model;
    auto *engine = new ProbeEngine;
    const int entry = model.trackProbe(engine, mixedCapture().first().request);
    Q_EMIT engine->phaseStarted(0, Phase::Wait, 0);
    QTest::qWait(30);
    delete engine;
    QVERIFY(!model.hasLiveExchange());
    QVERIFY(!model.isLive(entry));
    QVERIFY2(model.indexForEntry(entry).data(WaterfallModel::DurationRole).toDouble() >= 25,
             "what was measured before the engine went away is kept");
}

void tst_WaterfallModel::filterKeepsMatchingRows_data()
{
    QTest::addColumn<bool>("failuresOnly");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rows");
    //                                                failures  host                     text        rows
    QTest::newRow("no filter") << false << QString() << QString()
                               << u"GET / 301 [GET / 200]; POST /orders 504; GET /health refused; GET /app.js 200"_s;
    QTest::newRow("5xx and failed only") << true << QString() << QString()
                                         << u"POST /orders 504; GET /health refused"_s;
    QTest::newRow("one host") << false << u"API.example.com"_s << QString()
                              << u"POST /orders 504; GET /health refused"_s;
    QTest::newRow("text in the path") << false << QString() << u"app.js"_s << u"GET /app.js 200"_s;
    QTest::newRow("text by status") << false << QString() << u"504"_s << u"POST /orders 504"_s;
    QTest::newRow("text by method, any case") << false << QString() << u"post"_s << u"POST /orders 504"_s;
    QTest::newRow("a matching hop keeps its request") << false << QString() << u"www."_s << u"GET / 301 [GET / 200]"_s;
    QTest::newRow("a matching request keeps its hops") << false << QString() << u"shop"_s << u"GET / 301 [GET / 200]"_s;
    QTest::newRow("filters combine") << true << u"cdn.example.net"_s << QString() << QString();
    QTest::newRow("nothing matches") << false << QString() << u"no-such-thing"_s << QString();
}

void tst_WaterfallModel::filterKeepsMatchingRows()
{
    QFETCH(bool, failuresOnly);
    QFETCH(QString, host);
    QFETCH(QString, text);
    QFETCH(QString, rows);
    WaterfallModel model;
    model.appendExchanges(mixedCapture());
    WaterfallFilterProxy proxy;
    proxy.setSourceModel(&model);
    QSignalSpy changed(&proxy, &WaterfallFilterProxy::filterChanged);
    proxy.setFailuresOnly(failuresOnly);
    proxy.setHost(host);
    proxy.setText(text);
    QCOMPARE(changed.size(), int(failuresOnly) + int(!host.isEmpty()) + int(!text.isEmpty()));
    QCOMPARE(dump(proxy), rows);
    QCOMPARE(proxy.isFiltering(), failuresOnly || !host.isEmpty() || !text.isEmpty());
    // Live rows stay visible whatever the filter.
    model.beginLiveExchange(mixedCapture().first().request);
    QVERIFY(proxy.indexForEntry(model.liveEntries().first()).isValid());
}

void tst_WaterfallModel::largeCaptureAppendsInOneInsertion()
{
    WaterfallModel model;
    const QList<Exchange> capture = largeCapture(100000);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QElapsedTimer timer;
    timer.start();
    model.appendExchanges(capture);
    const qint64 appendMs = timer.elapsed();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.hosts().size(), 4);
    double expectedEnd = 0;
    for (const Exchange &exchange : capture)
        expectedEnd = std::max(expectedEnd, double(origin().msecsTo(exchange.startedAt)) + exchange.timings.total);
    QVERIFY2(qAbs(model.timeExtentMs() - expectedEnd) < 0.01,
             qPrintable(u"extent %1 ms, expected %2 ms"_s.arg(model.timeExtentMs()).arg(expectedEnd)));
    // Generous bound against accidental quadratic work; the benchmark reports the real figure.
    QVERIFY2(appendMs < 5000, qPrintable(u"appending 100,000 exchanges took %1 ms"_s.arg(appendMs)));
    qInfo("appending 100,000 exchanges took %lld ms", appendMs);

    WaterfallFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFailuresOnly(true);
    QCOMPARE(proxy.rowCount(), 100000 / 97 + 100000 / 211 - 100000 / (97 * 211));
}

void tst_WaterfallModel::waitBarIsSplitByTheHopsTimingHeaders()
{
    // Given Kong's answer of Kong/kong#7059 (X-Kong-Proxy-Latency 1, X-Kong-Upstream-Latency 574)
    // after a 600 ms wait
    Exchange kong = makeExchange("GET", u"http://localhost:8000/"_s, 502, 0, timings(-1, 1, 1, -1, 1, 600, 1));
    kong.response->headers = { { "Server", "openresty" },
                               { "X-Kong-Upstream-Latency", "574" },
                               { "X-Kong-Proxy-Latency", "1" },
                               { "Via", "kong/2.4.1" } };
    Exchange plain = makeExchange("GET", u"http://localhost:8000/plain"_s, 200, 700, timings(-1, 1, 1, -1, 1, 30, 1));
    WaterfallModel model;
    model.appendExchanges({ kong, plain });
    // Then the bar carries the parts of the wait, client side first, and the tooltip names their headers
    const WaterfallBar bar = model.data(model.indexForEntry(0, WaterfallModel::TimelineColumn), WaterfallModel::BarRole)
                                 .value<WaterfallBar>();
    QCOMPARE(bar.waitSplitMs, (QList<double> { 25, 1, 574 }));
    const QString tip = model.data(model.indexForEntry(0), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"X-Kong-Upstream-Latency: 574"_s), qPrintable(tip));
    // and an answer without timing headers has no split
    QVERIFY(model.barAt(1).waitSplitMs.isEmpty());
}

QTEST_GUILESS_MAIN(tst_WaterfallModel)
#include "tst_waterfallmodel.moc"
