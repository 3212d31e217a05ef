#include "gui/workbench/SideBySideDialog.h"

#include "hops/ProtocolComparison.h"
#include "model/Durations.h"
#include "model/Phases.h"
#include "probe/ProbeEngine.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

QString cellText(const ComparedPath &path, const QString &row)
{
    const Exchange &e = path.exchange;
    if (row == u"protocol")
        return ProtocolComparison::spokenWords(path);
    if (row == u"status")
        return e.response ? QString::number(e.response->status) : u"—"_s;
    if (row == u"outcome")
        return OriginComparison::resultWords(path);
    if (row == u"producer")
        return path.diagnosis.producer.layer + u" · "_s + path.diagnosis.producer.product;
    if (row == u"cause")
        return path.diagnosis.cause;
    const double ms = row == u"total" ? e.timings.total : phaseValue(e.timings, phaseFromId(row));
    return ms < 0 ? u"—"_s : formatDuration(ms);
}

QString rowTitle(const QString &row)
{
    if (row == u"protocol")
        return SideBySideDialog::tr("Spoken");
    if (row == u"status")
        return SideBySideDialog::tr("Status");
    if (row == u"outcome")
        return SideBySideDialog::tr("Result");
    if (row == u"producer")
        return SideBySideDialog::tr("Answered by");
    if (row == u"cause")
        return SideBySideDialog::tr("Cause");
    if (row == u"total")
        return SideBySideDialog::tr("Total");
    return phaseName(phaseFromId(row));
}

} // namespace

SideBySideDialog::SideBySideDialog(QList<ComparedPath> paths, const QStringList &columns, const QStringList &rowIds,
                                   QWidget *parent)
    : QDialog(parent)
    , m_paths(std::move(paths))
    , m_rowIds(rowIds)
    , m_engine(std::make_unique<ProbeEngine>())
{
    m_table = new QTableWidget(int(m_rowIds.size()), int(m_paths.size()), this);
    m_table->setHorizontalHeaderLabels(columns);
    QStringList titles;
    for (const QString &row : m_rowIds)
        titles.append(rowTitle(row));
    m_table->setVerticalHeaderLabels(titles);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_conclusion = new QLabel(tr("Sending…"), this);
    m_conclusion->setObjectName(u"compareConclusion"_s);
    m_conclusion->setWordWrap(true);
    m_conclusion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_conclusion);
    layout->addWidget(buttons);
    // Every row visible: each row about two lines high, plus the header, a conclusion of up to five
    // lines and the buttons.
    resize(fontMetrics().averageCharWidth() * (40 + 34 * int(m_paths.size())),
           fontMetrics().height() * (2 * int(m_rowIds.size() + 1) + 12));

    connect(m_engine.get(), &ProbeEngine::finished, this, [this](const QList<Exchange> &exchanges) {
        ComparedPath &path = m_paths[m_next];
        if (!exchanges.isEmpty())
            path.exchange = exchanges.first();
        path.diagnosis = m_diagnoser.diagnose(path.exchange);
        ++m_next;
        showResults();
        sendNext();
    });
}

SideBySideDialog::~SideBySideDialog()
{
    if (m_engine->isRunning())
        m_engine->cancel();
}

void SideBySideDialog::start()
{
    sendNext();
}

void SideBySideDialog::sendNext()
{
    if (m_next >= m_paths.size()) {
        m_conclusion->setText(conclusionText());
        Q_EMIT finished();
        return;
    }
    m_engine->start(m_paths.at(m_next).request);
}

QString SideBySideDialog::conclusionText() const
{
    return m_next >= m_paths.size() ? conclude(m_paths) : QString();
}

void SideBySideDialog::showResults()
{
    QFont bold = font();
    bold.setBold(true);
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlphaF(0.18f);
    for (int column = 0; column < m_next; ++column) {
        const QStringList differs = OriginComparison::differences(m_paths.first(), m_paths.at(column));
        for (int row = 0; row < m_rowIds.size(); ++row) {
            auto *item = new QTableWidgetItem(cellText(m_paths.at(column), m_rowIds.at(row)));
            if (differs.contains(m_rowIds.at(row))) {
                item->setFont(bold);
                item->setBackground(tint);
                item->setToolTip(tr("Differs from the first column"));
            }
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace Gatescope::Gui
