#include "gui/diagnosis/TimeoutTableDialog.h"

#include "gui/workspace/WorkspaceModel.h"
#include "hops/TimeoutAudit.h"
#include "model/Durations.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

const DefaultTimeout *timeoutOf(const Hop &hop, const QString &phase)
{
    for (const DefaultTimeout &timeout : hop.timeouts) {
        if (timeout.phase == phase && timeout.seconds > 0)
            return &timeout;
    }
    return nullptr;
}

QString secondsText(double seconds)
{
    return QLocale().toString(seconds, 'g', 6);
}

// Seconds as typed: in the window's language ("0,3" in German) or with a dot; nullopt when it
// is not a number. An empty cell is 0 (back to the default).
std::optional<double> typedSeconds(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.endsWith(u's'))
        trimmed = trimmed.chopped(1).trimmed();
    if (trimmed.isEmpty())
        return 0.0;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

TimeoutTableDialog::TimeoutTableDialog(WorkspaceModel *workspace, const Exchange &exchange, const Diagnosis &diagnosis,
                                       QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_exchange(exchange)
    , m_defaults(HopChain::build(exchange, diagnosis))
{
    setObjectName(u"timeoutTable"_s);
    // The application behind the last hop has a row even when the headers do not show it.
    if (!m_defaults.hops.isEmpty()
        && std::none_of(m_defaults.hops.cbegin(), m_defaults.hops.cend(),
                        [](const Hop &hop) { return hop.layer == u"origin"; }))
        m_defaults.hops.append(TimeoutAudit::userOrigin());
    setWindowTitle(tr("Hop timeouts"));
    const QString site = TimeoutCorrection::siteOf(exchange.request.url);
    auto *intro = new QLabel(
        tr("The timeouts of each hop: the product's default, or yours. Type seconds into a cell to correct "
           "it for %1 (saved with the workspace); empty the cell to go back to the default. The audit below "
           "follows at once.")
            .arg(site.isEmpty() ? tr("this site") : site),
        this);
    intro->setWordWrap(true);

    const QStringList phases = TimeoutAudit::phases();
    m_table = new QTableWidget(int(m_defaults.hops.size()), int(phases.size()), this);
    m_table->setObjectName(u"timeoutCells"_s);
    QStringList headers;
    for (const QString &phase : phases)
        //: Column title of the hop timeout table: %1 = the phase ("First byte"), in seconds
        headers.append(tr("%1 (s)").arg(TimeoutAudit::phaseTitle(phase)));
    m_table->setHorizontalHeaderLabels(headers);
    for (qsizetype column = 0; column < phases.size(); ++column)
        m_table->horizontalHeaderItem(int(column))->setToolTip(TimeoutAudit::phaseExplanation(phases.at(column)));
    QStringList rows;
    for (const Hop &hop : std::as_const(m_defaults.hops))
        rows.append(hop.displayName);
    m_table->setVerticalHeaderLabels(rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // As tall as its rows: the audit under it keeps its room.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_table->setAccessibleName(tr("Hop timeouts"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"timeoutTableProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_audit = new QLabel(this);
    m_audit->setObjectName(u"timeoutTableAudit"_s);
    m_audit->setWordWrap(true);
    m_audit->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_problem);
    layout->addWidget(m_audit);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &TimeoutTableDialog::cellEdited);
    if (m_workspace)
        connect(m_workspace, &WorkspaceModel::timeoutCorrectionsChanged, this, &TimeoutTableDialog::refresh);
    refresh();
    fitToContents();
}

void TimeoutTableDialog::fitToContents()
{
    // The columns share the width equally (Stretch), each at least as wide as the widest title or
    // value of any column: "Upstream-Keep-Alive (s)" in German is not cut to "Upstream-Kee…".
    QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemView *cells = m_table; // sizeHintForColumn() is public there
    int widest = 0;
    for (int column = 0; column < m_table->columnCount(); ++column)
        widest = std::max({ widest, header->sectionSizeHint(column), cells->sizeHintForColumn(column) });
    header->setMinimumSectionSize(widest);
    // The dialog as wide as the hop names and every column need, within the screen (or the window it
    // opens from, on a platform whose screen is smaller than that window).
    const QMargins margins = layout()->contentsMargins();
    const int needed = margins.left() + margins.right() + 2 * m_table->frameWidth()
        + m_table->verticalHeader()->sizeHint().width() + widest * m_table->columnCount()
        + m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_table);
    int room = screen() ? screen()->availableGeometry().width() : needed;
    if (parentWidget())
        room = std::max(room, parentWidget()->window()->width());
    const int width = std::min(std::max(needed, fontMetrics().averageCharWidth() * 100), room);
    // Tall enough for the wrapped introduction, the table and the audit at that width.
    const int height = std::max(layout()->totalHeightForWidth(width), sizeHint().height());
    resize(width, height);
}

int TimeoutTableDialog::columnOf(const QString &phase) const
{
    return int(TimeoutAudit::phases().indexOf(phase));
}

void TimeoutTableDialog::refresh()
{
    m_refreshing = true;
    const TimeoutCorrections corrections = m_workspace ? m_workspace->timeoutCorrections() : TimeoutCorrections {};
    const HopChain chain = TimeoutAudit::corrected(m_defaults, m_exchange, corrections);
    const QStringList phases = TimeoutAudit::phases();
    for (qsizetype row = 0; row < chain.hops.size(); ++row) {
        for (qsizetype column = 0; column < phases.size(); ++column) {
            const DefaultTimeout *shown = timeoutOf(chain.hops.at(row), phases.at(column));
            const DefaultTimeout *byDefault = timeoutOf(m_defaults.hops.at(row), phases.at(column));
            // Items are changed in place: this runs inside the table's own itemChanged too.
            QTableWidgetItem *item = m_table->item(int(row), int(column));
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignCenter);
                m_table->setItem(int(row), int(column), item);
            }
            item->setText(shown ? secondsText(shown->seconds) : QString());
            QFont font = item->font();
            font.setBold(shown && shown->givenByUser);
            item->setFont(font);
            QString tip;
            if (shown && shown->givenByUser)
                tip = byDefault
                    ? tr("Yours (%1). Default: %2 s, %3 — %4")
                          .arg(shown->name, secondsText(byDefault->seconds), byDefault->name, byDefault->source)
                    : tr("Yours; no default is known.");
            else if (shown)
                tip = tr("Default: %1 — %2").arg(shown->name, shown->source);
            else
                tip = tr("Not known: type the value of your configuration in seconds.");
            item->setToolTip(tip);
        }
    }
    QStringList lines;
    for (const TimeoutFinding &finding : TimeoutAudit::audit(chain, m_exchange))
        lines.append(u"⚠ "_s + finding.text);
    m_audit->setText(lines.isEmpty() ? tr("No inversion between these timeouts.") : lines.join(u'\n'));
    m_refreshing = false;
}

void TimeoutTableDialog::cellEdited(QTableWidgetItem *item)
{
    if (m_refreshing || !m_workspace || item->row() >= m_defaults.hops.size())
        return;
    const QString phase = TimeoutAudit::phases().value(item->column());
    const std::optional<double> seconds = typedSeconds(item->text());
    if (!seconds) {
        m_problem->setText(tr("“%1” is not a number of seconds; the cell keeps its value.").arg(item->text()));
        m_problem->show();
        refresh();
        return;
    }
    m_problem->hide();
    const Hop &hop = m_defaults.hops.at(item->row());
    m_workspace->setTimeoutCorrection(
        { TimeoutCorrection::siteOf(m_exchange.request.url), hop.product, phase, *seconds });
    refresh();
}

} // namespace Gatescope::Gui
