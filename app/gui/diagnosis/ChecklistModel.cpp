#include "gui/diagnosis/ChecklistModel.h"

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ChecklistModel::setChecklist(const Checklist &checklist, const QSet<int> &checked)
{
    beginResetModel();
    m_checklist = checklist;
    m_checked = checked;
    endResetModel();
}

QString ChecklistModel::toMarkdown() const
{
    QString markdown;
    if (!m_checklist.title.isEmpty())
        markdown += u"### "_s + m_checklist.title + u"\n\n"_s;
    for (int i = 0; i < m_checklist.items.size(); ++i)
        markdown += (m_checked.contains(i) ? u"- [x] "_s : u"- [ ] "_s) + m_checklist.items.at(i) + u'\n';
    return markdown;
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checklist.items.size());
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_checklist.items.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_checklist.items.at(index.row());
    case Qt::CheckStateRole:
        return m_checked.contains(index.row()) ? Qt::Checked : Qt::Unchecked;
    case Qt::AccessibleTextRole:
        return (m_checked.contains(index.row()) ? tr("Done: %1") : tr("To do: %1"))
            .arg(m_checklist.items.at(index.row()));
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(index.row()))
        return true;
    if (checked)
        m_checked.insert(index.row());
    else
        m_checked.remove(index.row());
    Q_EMIT dataChanged(index, index, { Qt::CheckStateRole, Qt::AccessibleTextRole });
    Q_EMIT checkedItemsChanged(m_checklist.id, m_checked);
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace Gatescope::Gui
