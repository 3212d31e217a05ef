// History rows in the workspace sidebar (issue 15): status (coloured by class), method, host + path
// elided in the middle, duration and time; the filter by status class hides the other runs and a
// cancelled run is not a failure.
#include "gui/workspace/HistoryRowDelegate.h"
#include "gui/workspace/WorkspaceModel.h"
#include "gui/workspace/WorkspaceSidebar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTest>
#include <QTreeView>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

class tst_HistoryRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aRowSaysStatusMethodWhereDurationAndTime();
    void theFilterShowsOneStatusClass_data();
    void theFilterShowsOneStatusClass();
    void aLongPathIsElidedInTheMiddle();
    void statusClassesHaveTheirOwnColours();

private:
    QStringList visibleRuns() const;
    std::unique_ptr<WorkspaceModel> m_model;
    std::unique_ptr<WorkspaceSidebar> m_sidebar;
};

namespace {

HistoryRun run(const QString &id, int status, const QString &outcome, double ms, const QString &url)
{
    HistoryRun r;
    r.id = id;
    r.when = QDateTime(QDate(2026, 12, 6), QTime(9, 32, 48));
    r.method = "GET";
    r.url = QUrl(url);
    r.status = status;
    r.outcome = outcome;
    r.durationMs = ms;
    return r;
}

} // namespace

void tst_HistoryRows::init()
{
    m_model = std::make_unique<WorkspaceModel>();
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    m_sidebar = std::make_unique<WorkspaceSidebar>(m_model.get());
    // addRun puts the newest first: the History reads cancelled, refused, 404, 502, 200 from the top
    m_model->addRun(run(u"ok"_s, 200, u"ok"_s, 80, u"http://127.0.0.1:8080/json"_s));
    m_model->addRun(run(u"bad-gateway"_s, 502, u"ok"_s, 60000, u"https://shop.example.test/api/cart"_s));
    m_model->addRun(run(u"not-found"_s, 404, u"ok"_s, 12, u"https://shop.example.test/missing"_s));
    m_model->addRun(run(u"refused"_s, 0, u"refused"_s, 1.5, u"http://127.0.0.1:1/"_s));
    m_model->addRun(run(u"cancelled"_s, 0, u"cancelled"_s, 900, u"http://127.0.0.1:8080/hang"_s));
    m_sidebar->tree()->expandAll();
}

QStringList tst_HistoryRows::visibleRuns() const
{
    QStringList ids;
    const QModelIndex history = m_model->groupIndex(WorkspaceModel::HistoryGroup);
    for (int row = 0; row < m_model->rowCount(history); ++row) {
        if (!m_sidebar->tree()->isRowHidden(row, history))
            ids.append(m_model->index(row, 0, history).data(WorkspaceModel::IdRole).toString());
    }
    return ids;
}

void tst_HistoryRows::aRowSaysStatusMethodWhereDurationAndTime()
{
    const QModelIndex index = m_model->indexForRun(u"bad-gateway"_s);
    const QString text = index.data(Qt::DisplayRole).toString();
    QVERIFY2(text.startsWith(u"502 GET shop.example.test/api/cart"_s), qPrintable(text));
    QVERIFY2(text.contains(u"60.0 s"_s), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(QTime(9, 32, 48), QLocale::ShortFormat)), qPrintable(text));
    QCOMPARE(index.data(WorkspaceModel::StatusClassRole).toString(), u"5xx"_s);
    QCOMPARE(m_model->indexForRun(u"ok"_s).data(Qt::DisplayRole).toString().contains(u"80 ms"_s), true);
    // a cancelled run says so, and is not a failure; a refused one is
    const QModelIndex cancelled = m_model->indexForRun(u"cancelled"_s);
    QCOMPARE(cancelled.data(WorkspaceModel::StatusClassRole).toString(), u"cancelled"_s);
    QCOMPARE(cancelled.data(WorkspaceModel::IsFailureRole).toBool(), false);
    QVERIFY(cancelled.data(Qt::DisplayRole).toString().startsWith(u"cancelled GET"_s));
    QCOMPARE(m_model->indexForRun(u"refused"_s).data(WorkspaceModel::IsFailureRole).toBool(), true);
}

void tst_HistoryRows::theFilterShowsOneStatusClass_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("visible");
    const QStringList all { u"cancelled"_s, u"refused"_s, u"not-found"_s, u"bad-gateway"_s, u"ok"_s };
    QTest::newRow("all runs") << QString() << all;
    QTest::newRow("failures: the 502 and the refused one, not the cancelled one")
        << u"failures"_s << QStringList { u"refused"_s, u"bad-gateway"_s };
    QTest::newRow("2xx") << u"2xx"_s << QStringList { u"ok"_s };
    QTest::newRow("4xx") << u"4xx"_s << QStringList { u"not-found"_s };
    QTest::newRow("5xx") << u"5xx"_s << QStringList { u"bad-gateway"_s };
    QTest::newRow("no response") << u"none"_s << QStringList { u"refused"_s };
    QTest::newRow("cancelled by you") << u"cancelled"_s << QStringList { u"cancelled"_s };
}

void tst_HistoryRows::theFilterShowsOneStatusClass()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, visible);
    m_sidebar->historyFilter()->setCurrentIndex(m_sidebar->historyFilter()->findData(filter));
    QCOMPARE(m_sidebar->historyFilterId(), filter);
    QCOMPARE(visibleRuns(), visible);
    // a new run of another class arrives hidden while the filter holds
    m_model->addRun(run(u"new-301"_s, 301, u"ok"_s, 5, u"http://example.test/old"_s));
    QCOMPARE(visibleRuns().contains(u"new-301"_s), filter.isEmpty());
}

void tst_HistoryRows::aLongPathIsElidedInTheMiddle()
{
    const QString where = u"shop.example.test/api/v2/customers/8d1f0c2e/orders/2026/12/invoice.pdf"_s;
    const QFontMetrics metrics(QApplication::font());
    const QString elided = HistoryRowDelegate::elidedWhere(where, metrics, metrics.horizontalAdvance(where) / 2);
    QVERIFY2(elided.contains(u'…'), qPrintable(elided));
    QVERIFY2(elided.startsWith(u"shop."_s), qPrintable(elided));
    QVERIFY2(elided.endsWith(u".pdf"_s), qPrintable(elided));
    QCOMPARE(HistoryRowDelegate::elidedWhere(where, metrics, metrics.horizontalAdvance(where) + 2), where);
}

void tst_HistoryRows::statusClassesHaveTheirOwnColours()
{
    for (const QPalette &palette : { QPalette(Qt::white), QPalette(QColor(0x20, 0x20, 0x20)) }) {
        QSet<QRgb> colours;
        for (const QString &statusClass : { u"2xx"_s, u"3xx"_s, u"4xx"_s, u"5xx"_s, u"cancelled"_s })
            colours.insert(HistoryRowDelegate::statusColour(statusClass, palette).rgb());
        QCOMPARE(colours.size(), 5);
    }
}

QTEST_MAIN(tst_HistoryRows)
#include "tst_history_rows.moc"
