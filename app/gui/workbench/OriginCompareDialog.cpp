#include "gui/workbench/OriginCompareDialog.h"

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

const QStringList rowIds = { u"status"_s, u"outcome"_s, u"producer"_s, u"cause"_s,    u"dns"_s,  u"connect"_s,
                             u"tls"_s,    u"send"_s,    u"wait"_s,     u"download"_s, u"total"_s };

QString cellText(const ComparedPath &path, const QString &row)
{
    const Exchange &e = path.exchange;
    if (row == u"status")
        return e.response ? QString::number(e.response->status) : u"—"_s;
    if (row == u"outcome")
        return OriginComparison::resultWords(path);
    if (row == u"producer")
        return path.diagnosis.producer.layer + u" · "_s + path.diagnosis.producer.product;
    if (row == u"cause")
        return path.diagnosis.cause;
    const Timings &t = e.timings;
    const double ms = row == u"dns" ? t.dns
        : row == u"connect"         ? t.connect
        : row == u"tls"             ? t.tls
        : row == u"send"            ? t.send
        : row == u"wait"            ? t.wait
        : row == u"download"        ? t.download
                                    : t.total;
    return ms < 0 ? u"—"_s : formatDuration(ms);
}

} // namespace

OriginCompareDialog::OriginCompareDialog(const RequestSpec &request, const QStringList &origins, QWidget *parent,
                                         const QStringList &hops)
    : QDialog(parent)
    , m_engine(std::make_unique<ProbeEngine>())
{
    setObjectName(u"originCompareDialog"_s);
    setWindowTitle(tr("Compare with origin — %1").arg(request.url.toDisplayString()));
    m_paths.append({ QString(), 0, OriginComparison::asAddressed(request), {}, {} });
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const Result<RequestSpec> straight = OriginComparison::straightTo(request, hops.at(i));
        if (straight)
            m_paths.append({ hops.at(i).trimmed(), int(i + 1), straight.value(), {}, {} });
    }
    for (const QString &origin : origins) {
        const Result<RequestSpec> straight = OriginComparison::straightTo(request, origin);
        if (straight)
            m_paths.append({ origin.trimmed(), 0, straight.value(), {}, {} });
    }
    m_table = new QTableWidget(int(rowIds.size()), int(m_paths.size()), this);
    QStringList columns { tr("as addressed") };
    for (qsizetype i = 1; i < m_paths.size(); ++i)
        columns.append(m_paths.at(i).hop > 0 ? OriginComparison::pathName(m_paths.at(i))
                                             : tr("straight to %1").arg(m_paths.at(i).target));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setVerticalHeaderLabels({ tr("Status"), tr("Result"), tr("Answered by"), tr("Cause"),
                                       phaseName(Phase::Dns), phaseName(Phase::Connect), phaseName(Phase::Tls),
                                       phaseName(Phase::Send), phaseName(Phase::Wait), phaseName(Phase::Download),
                                       tr("Total") });
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
    // Every row visible: each row about two lines high, plus the header, the conclusion and the buttons.
    resize(fontMetrics().averageCharWidth() * (40 + 30 * int(m_paths.size())),
           fontMetrics().height() * (2 * int(rowIds.size() + 1) + 8));

    connect(m_engine.get(), &ProbeEngine::finished, this, [this](const QList<Exchange> &exchanges) {
        ComparedPath &path = m_paths[m_next];
        if (!exchanges.isEmpty())
            path.exchange = exchanges.first();
        path.diagnosis = m_diagnoser.diagnose(path.exchange);
        ++m_next;
        showResults();
        sendNext();
    });
    sendNext();
}

OriginCompareDialog::~OriginCompareDialog()
{
    if (m_engine->isRunning())
        m_engine->cancel();
}

void OriginCompareDialog::sendNext()
{
    if (m_next >= m_paths.size()) {
        m_conclusion->setText(conclusionText());
        Q_EMIT finished();
        return;
    }
    m_engine->start(m_paths.at(m_next).request);
}

QString OriginCompareDialog::conclusionText() const
{
    return m_next >= m_paths.size() ? OriginComparison::conclusion(m_paths) : QString();
}

void OriginCompareDialog::showResults()
{
    QFont bold = font();
    bold.setBold(true);
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlphaF(0.18f);
    for (int column = 0; column < m_next; ++column) {
        const QStringList differs = OriginComparison::differences(m_paths.first(), m_paths.at(column));
        for (int row = 0; row < rowIds.size(); ++row) {
            auto *item = new QTableWidgetItem(cellText(m_paths.at(column), rowIds.at(row)));
            if (differs.contains(rowIds.at(row))) {
                item->setFont(bold);
                item->setBackground(tint);
                item->setToolTip(tr("Differs from the addressed path"));
            }
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace Gatescope::Gui
