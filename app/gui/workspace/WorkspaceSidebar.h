#pragma once

#include <QWidget>

class QComboBox;
class QTreeView;

namespace Gatescope::Gui {

class WorkspaceModel;

// The workspace sidebar: the tree of collections, captures and History (History rows painted by
// HistoryRowDelegate) and, under it, a filter of the History by status class (all, failures,
// 2xx … 5xx, no response, cancelled). Filtering hides rows; the model and its indexes stay as
// they are, so everything that selects a run in the tree keeps working.
class WorkspaceSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceSidebar(WorkspaceModel *model, QWidget *parent = nullptr); // model not owned

    QTreeView *tree() const { return m_tree; }
    QComboBox *historyFilter() const { return m_filter; }
    // "" (all), "failures", "2xx" … "5xx", "none", "cancelled"
    QString historyFilterId() const;
    void setHistoryFilterId(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();

    WorkspaceModel *m_model;
    QTreeView *m_tree = nullptr;
    QComboBox *m_filter = nullptr;
};

} // namespace Gatescope::Gui
