#include "gui/waterfall/WaterfallFilterProxy.h"

#include "gui/waterfall/WaterfallModel.h"

#include <QUrl>

namespace Gatescope::Gui {

WaterfallFilterProxy::WaterfallFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

void WaterfallFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_model = qobject_cast<WaterfallModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_model, "WaterfallFilterProxy::setSourceModel", "source must be a WaterfallModel");
    QSortFilterProxyModel::setSourceModel(m_model);
}

void WaterfallFilterProxy::setFailuresOnly(bool failuresOnly)
{
    if (m_failuresOnly == failuresOnly)
        return;
    m_failuresOnly = failuresOnly;
    refilter();
}

void WaterfallFilterProxy::setHost(const QString &host)
{
    const QString normalized = host.trimmed().toLower();
    if (m_host == normalized)
        return;
    m_host = normalized;
    refilter();
}

void WaterfallFilterProxy::setText(const QString &text)
{
    const QString normalized = text.trimmed();
    if (m_text == normalized)
        return;
    m_text = normalized;
    refilter();
}

void WaterfallFilterProxy::refilter()
{
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

int WaterfallFilterProxy::entryForIndex(const QModelIndex &proxyIndex) const
{
    return m_model ? m_model->entryForIndex(mapToSource(proxyIndex)) : -1;
}

QModelIndex WaterfallFilterProxy::indexForEntry(int entry, int column) const
{
    return m_model ? mapFromSource(m_model->indexForEntry(entry, column)) : QModelIndex();
}

bool WaterfallFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model)
        return false;
    const int entry = m_model->entryForIndex(m_model->index(sourceRow, 0, sourceParent));
    if (entry < 0)
        return false;
    if (m_model->isLive(entry))
        return true;
    if (m_failuresOnly && !m_model->isFailure(entry))
        return false;
    if (!m_host.isEmpty() && m_model->hostAt(entry) != m_host)
        return false;
    if (m_text.isEmpty())
        return true;
    return m_model->searchTextAt(entry).contains(m_text, Qt::CaseInsensitive);
}

} // namespace Gatescope::Gui
