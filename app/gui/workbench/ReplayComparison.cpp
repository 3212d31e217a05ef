#include "gui/workbench/ReplayComparison.h"

#include "diagnosis/Fingerprints.h"
#include "diagnosis/RuleTree.h"
#include "gui/workspace/WorkspaceModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

QString statusText(const Exchange &exchange)
{
    if (exchange.response)
        return QString::number(exchange.response->status);
    if (exchange.transport.outcome == Outcome::Cancelled)
        return ReplayComparison::tr("cancelled by you");
    //: %1 = transport outcome id ("refused", "timeout", …)
    return ReplayComparison::tr("no response (%1)").arg(outcomeId(exchange.transport.outcome));
}

QString producerText(const Diagnosis &diagnosis)
{
    if (diagnosis.producer.product.isEmpty() || diagnosis.producer.product == u"none")
        return ReplayComparison::tr("no server");
    return FingerprintCatalog::builtIn().displayName(diagnosis.producer.product);
}

QString verdictText(const Diagnosis &diagnosis)
{
    if (const RuleNode *leaf = RuleTree::builtIn().node(diagnosis.leaf))
        return leaf->displayTitle();
    return diagnosis.summary;
}

} // namespace

ReplayComparison::ReplayComparison(QWidget *parent)
    : QWidget(parent)
{
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"replayHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"replayTable"_s);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_table, 1);
    retranslate();
    clear();
}

QString ReplayComparison::oneLine(const Exchange &exchange, const Diagnosis &diagnosis)
{
    const QString time = WorkspaceModel::durationText(exchange.timings.total);
    const QString producer = producerText(diagnosis);
    // Who answered matters for a failure; a healthy answer is just its status and time.
    if (exchange.response && diagnosis.cause != u"none" && diagnosis.producer.product != u"none"
        && !diagnosis.producer.product.isEmpty())
        //: %1 = status, %2 = who answered ("nginx"), %3 = time ("60.0 s")
        return tr("%1 from %2 in %3").arg(statusText(exchange), producer, time);
    //: %1 = status or "no response (refused)", %2 = time
    return tr("%1 in %2").arg(statusText(exchange), time);
}

void ReplayComparison::showRunning(const Exchange &captured)
{
    clear();
    //: %1 = method and URL
    m_headline->setText(
        tr("Replaying %1…")
            .arg(QString::fromLatin1(captured.request.method) + u' ' + captured.request.url.toDisplayString())
            .toHtmlEscaped());
}

void ReplayComparison::showComparison(const Exchange &captured, const Diagnosis &capturedDiagnosis,
                                      const Exchange &replayed, const Diagnosis &replayedDiagnosis)
{
    //: The replay in one line: %1 = the captured exchange, %2 = the replayed one ("captured 502 from nginx in 60.0 s →
    //: now 200 in 80 ms")
    m_headline->setText(u"<b>"_s
                        + tr("captured %1 → now %2")
                              .arg(oneLine(captured, capturedDiagnosis), oneLine(replayed, replayedDiagnosis))
                              .toHtmlEscaped()
                        + u"</b>"_s);
    m_headline->setToolTip(QString::fromLatin1(captured.request.method) + u' '
                           + captured.request.url.toDisplayString());

    struct Row
    {
        QString what;
        QString captured;
        QString replayed;
        bool compareAsText = true;
    };
    const auto ms = [](double value) { return value < 0 ? tr("did not happen") : WorkspaceModel::durationText(value); };
    const Timings &a = captured.timings;
    const Timings &b = replayed.timings;
    const QList<Row> rows {
        { tr("Status"), statusText(captured), statusText(replayed) },
        { tr("Answered by"), producerText(capturedDiagnosis), producerText(replayedDiagnosis) },
        { tr("Verdict"), verdictText(capturedDiagnosis), verdictText(replayedDiagnosis) },
        { tr("Total time"), ms(a.total), ms(b.total) },
        { tr("DNS"), ms(a.dns), ms(b.dns) },
        { tr("Connect"), ms(a.connect), ms(b.connect) },
        { tr("TLS"), ms(a.tls), ms(b.tls) },
        { tr("Send"), ms(a.send), ms(b.send) },
        { tr("Wait (time to first byte)"), ms(a.wait), ms(b.wait) },
        { tr("Download"), ms(a.download), ms(b.download) },
    };
    // What changed: the words differ, or a time changed by more than half (and by 50 ms at least).
    const QList<std::pair<double, double>> times { { -2, -2 },         { -2, -2 },
                                                   { -2, -2 },         { a.total, b.total },
                                                   { a.dns, b.dns },   { a.connect, b.connect },
                                                   { a.tls, b.tls },   { a.send, b.send },
                                                   { a.wait, b.wait }, { a.download, b.download } };
    m_table->setRowCount(int(rows.size()));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor changed = dark ? QColor(0x6e, 0x56, 0x00) : QColor(0xff, 0xf1, 0xb8);
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const auto [before, after] = times.at(i);
        bool differs = row.captured != row.replayed;
        if (before > -2 && before >= 0 && after >= 0)
            differs = std::abs(after - before) >= 50 && std::abs(after - before) > 0.5 * std::max(before, after);
        const QStringList cells { row.what, row.captured, row.replayed };
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (differs) {
                item->setBackground(changed);
                item->setData(Qt::UserRole, true);
                QFont font = item->font();
                font.setBold(column > 0);
                item->setFont(font);
            }
            m_table->setItem(i, column, item);
        }
    }
    m_table->resizeRowsToContents();
}

QStringList ReplayComparison::changedRows() const
{
    QStringList names;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0) && m_table->item(row, 0)->data(Qt::UserRole).toBool())
            names.append(m_table->item(row, 0)->text());
    }
    return names;
}

void ReplayComparison::clear()
{
    m_table->setRowCount(0);
    m_headline->setText(
        tr("Replay an exchange (right-click it, or Request → Replay) to see it here beside what was captured."));
    m_headline->setToolTip(QString());
}

void ReplayComparison::retranslate()
{
    m_table->setHorizontalHeaderLabels({ tr("What"), tr("Captured"), tr("Replayed now") });
}

void ReplayComparison::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gatescope::Gui
