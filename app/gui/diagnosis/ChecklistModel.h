#pragma once

#include "diagnosis/Diagnosis.h"

#include <QAbstractListModel>
#include <QSet>

namespace Gatescope::Gui {

// The items of one resolution checklist, each checkable. The checked state belongs to the
// workspace (saved by id), so the model only reports changes through checkedItemsChanged().
class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ChecklistModel(QObject *parent = nullptr);

    void setChecklist(const Checklist &checklist, const QSet<int> &checked);
    const Checklist &checklist() const { return m_checklist; }
    QSet<int> checkedItems() const { return m_checked; }
    QString toMarkdown() const; // "### Title" and "- [x] item" lines

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedItemsChanged(const QString &checklistId, const QSet<int> &checked);

private:
    Checklist m_checklist;
    QSet<int> m_checked;
};

} // namespace Gatescope::Gui
