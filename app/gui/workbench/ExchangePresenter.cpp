#include "gui/workbench/ExchangePresenter.h"

#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/response/ResponseView.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallView.h"

#include <QElapsedTimer>

namespace Gatescope::Gui {

namespace {

// A big document fills in a batch at a time: its first rows at once, the next batch on the next
// turn of the event loop, then one every FillIntervalMs: the rows queued meanwhile, as many as take
// about TurnBudgetMs to insert at the rate the last batches went in, in one insertion. Each
// insertion has the view lay out all of its rows again and repaint, and each repaint waits for the
// display server (X11: Qt syncs before painting over what it sent): 20 of them a second, each a
// short turn, keep the window answering on a busy machine; a slice on every turn did not.
constexpr int FillIntervalMs = 50;
constexpr double TurnBudgetMs = 3;
constexpr qsizetype FirstRows = 128; // a screenful and more: shown at once
constexpr qsizetype MinBatchRows = 128;
constexpr qsizetype MaxBatchRows = 16384;

} // namespace

ExchangePresenter::ExchangePresenter(WaterfallModel *model, WaterfallView *view, ResponseView *response,
                                     DiagnosisPane *diagnosis, Diagnose diagnose, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_view(view)
    , m_response(response)
    , m_diagnosisPane(diagnosis)
    , m_diagnose(std::move(diagnose))
{
    connect(view, &WaterfallView::entrySelected, this, &ExchangePresenter::onEntrySelected);
    // Rows gone (the lab's next run, a request sent): nothing of them is current any more, and
    // the rest of their document is not inserted after the new rows.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_entry = -1;
        dropQueued();
    });
    m_insertTimer.setSingleShot(true);
    m_insertTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_insertTimer, &QTimer::timeout, this, &ExchangePresenter::insertQueued);
}

bool ExchangePresenter::showDocument(Source source, const QString &id, const QList<Exchange> &exchanges, int select)
{
    if (m_model->hasLiveExchange())
        return false; // the live request keeps the waterfall until it ends
    dropQueued();
    m_model->clear();
    m_view->clearRequestTimeout();
    // A big document shows its first slice at once and fills in over the next turns.
    const qsizetype now = std::min(exchanges.size(), FirstRows);
    m_model->appendExchanges(exchanges.first(now));
    if (now < exchanges.size()) {
        m_queued.append(exchanges);
        m_queuedNext = now;
        m_queuedRows = exchanges.size() - now;
        m_insertTimer.start(0); // the next batch on the next turn, the ones after it on the interval
    }
    m_view->resetZoom();
    m_source = source;
    m_sourceId = id;
    m_entry = -1;
    clearPanes();
    Q_EMIT documentChanged(source, id);
    if (select >= 0)
        this->select(select);
    return true;
}

void ExchangePresenter::adoptDocument(Source source, const QString &id)
{
    if (m_source == source && m_sourceId == id)
        return;
    m_source = source;
    m_sourceId = id;
    Q_EMIT documentChanged(source, id);
}

bool ExchangePresenter::appendToDocument(Source source, const QString &id, const QList<Exchange> &exchanges)
{
    if (m_source != source || m_sourceId != id)
        return showDocument(source, id, exchanges, -1); // the first rows at once
    if (exchanges.isEmpty())
        return true;
    m_queued.append(exchanges);
    m_queuedRows += exchanges.size();
    if (!m_insertTimer.isActive())
        m_insertTimer.start(FillIntervalMs);
    return true;
}

int ExchangePresenter::documentSize() const
{
    return m_model->entryCount() + int(m_queuedRows);
}

void ExchangePresenter::insertQueued()
{
    QElapsedTimer spent;
    spent.start();
    const qsizetype count
        = std::min(m_queuedRows, std::clamp(qsizetype(m_rowsPerMs * TurnBudgetMs), MinBatchRows, MaxBatchRows));
    QList<Exchange> rows;
    rows.reserve(count);
    while (rows.size() < count) {
        QList<Exchange> &batch = m_queued.first();
        const qsizetype end = std::min(batch.size(), m_queuedNext + count - rows.size());
        const bool own = batch.isDetached(); // else shared with a capture: copied
        for (qsizetype i = m_queuedNext; i < end; ++i)
            rows.append(own ? std::move(batch[i]) : batch.at(i));
        m_queuedRows -= end - m_queuedNext;
        m_queuedNext = end;
        if (m_queuedNext == batch.size()) {
            m_queued.removeFirst();
            m_queuedNext = 0;
        }
    }
    m_model->appendExchanges(std::move(rows));
    // The next batch's size from this one's rate (the view lays the rows out and paints on top).
    const double ms = std::max(0.05, double(spent.nsecsElapsed()) / 1e6);
    m_rowsPerMs = 0.5 * m_rowsPerMs + 0.5 * (double(count) / ms);
    if (m_selectWhenInserted >= 0 && m_selectWhenInserted < m_model->entryCount()) {
        const int entry = std::exchange(m_selectWhenInserted, -1);
        select(entry);
    }
    if (isFilling()) {
        m_insertTimer.start(FillIntervalMs);
        return;
    }
    Q_EMIT filled();
}

void ExchangePresenter::dropQueued()
{
    m_selectWhenInserted = -1;
    m_insertTimer.stop();
    const bool wasFilling = isFilling();
    m_queued.clear();
    m_queuedNext = 0;
    m_queuedRows = 0;
    if (wasFilling)
        Q_EMIT filled();
}

void ExchangePresenter::beginLive()
{
    dropQueued();
    m_model->clear();
    m_source = Source::Live;
    m_sourceId.clear();
    m_entry = -1;
    clearPanes();
    Q_EMIT documentChanged(m_source, m_sourceId);
}

bool ExchangePresenter::select(int entry, const Diagnosis *diagnosis)
{
    if (!diagnosis && entry >= m_model->entryCount() && entry < documentSize()) {
        m_selectWhenInserted = entry;
        return true;
    }
    if (entry < 0 || entry >= m_model->entryCount() || m_model->isLive(entry))
        return false;
    m_selectWhenInserted = -1;
    m_entry = entry;
    m_selecting = true;
    m_view->selectEntry(entry); // selected and scrolled to
    m_selecting = false;
    const Exchange &exchange = m_model->exchangeAt(entry);
    m_diagnosis = diagnosis ? *diagnosis : m_diagnose(exchange);
    m_response->showExchange(exchange);
    m_diagnosisPane->showDiagnosis(m_diagnosis);
    m_diagnosisPane->showHopsOf(exchange, m_diagnosis);
    Q_EMIT exchangeShown(exchange, m_diagnosis);
    return true;
}

bool ExchangePresenter::hasCurrent() const
{
    return m_entry >= 0 && m_entry < m_model->entryCount();
}

const Exchange &ExchangePresenter::currentExchange() const
{
    return m_model->exchangeAt(m_entry);
}

void ExchangePresenter::onEntrySelected(int entry)
{
    if (m_selecting || entry == m_entry)
        return;
    select(entry);
}

void ExchangePresenter::clearPanes()
{
    m_response->clear();
    m_diagnosisPane->clearDiagnosis();
}

} // namespace Gatescope::Gui
