#include "gui/workbench/ExchangePresenter.h"

#include "gui/diagnosis/DiagnosisPane.h"
#include "gui/response/ResponseView.h"
#include "gui/waterfall/WaterfallModel.h"
#include "gui/waterfall/WaterfallView.h"

namespace Gatescope::Gui {

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
    // Rows gone (the lab's next run, a request sent): nothing of them is current any more.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_entry = -1; });
}

bool ExchangePresenter::showDocument(Source source, const QString &id, const QList<Exchange> &exchanges, int select)
{
    if (m_model->hasLiveExchange())
        return false; // the live request keeps the waterfall until it ends
    m_model->clear();
    m_view->clearRequestTimeout();
    m_model->appendExchanges(exchanges);
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

void ExchangePresenter::beginLive()
{
    m_model->clear();
    m_source = Source::Live;
    m_sourceId.clear();
    m_entry = -1;
    clearPanes();
    Q_EMIT documentChanged(m_source, m_sourceId);
}

bool ExchangePresenter::select(int entry, const Diagnosis *diagnosis)
{
    if (entry < 0 || entry >= m_model->entryCount() || m_model->isLive(entry))
        return false;
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
