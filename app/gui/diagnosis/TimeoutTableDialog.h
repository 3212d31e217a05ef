#pragma once

#include "diagnosis/Diagnosis.h"
#include "hops/HopChain.h"
#include "model/Exchange.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace Gatescope::Gui {

class WorkspaceModel;

// The timeouts of the hops of one exchange side by side — a row per hop, a column per phase
// (keep-alive, upstream keep-alive, connect, first byte, total) — each the
// product's default (its setting and source in the tooltip) or the value the user typed in its
// place. Typing seconds into a cell corrects it for the hops of that product on the exchange's site
// and emptying it goes back to the default; corrections are stored in the workspace (saved with it)
// and the audit under the table, like the one in the diagnosis pane, follows at once.
class TimeoutTableDialog : public QDialog
{
    Q_OBJECT
public:
    // workspace not owned, must outlive the dialog
    TimeoutTableDialog(WorkspaceModel *workspace, const Exchange &exchange, const Diagnosis &diagnosis,
                       QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *auditLabel() const { return m_audit; }
    int columnOf(const QString &phase) const; // -1 for a phase not shown

private:
    void refresh();
    void cellEdited(QTableWidgetItem *item);
    void fitToContents(); // columns and dialog wide enough for every title and value

    WorkspaceModel *m_workspace;
    Exchange m_exchange;
    HopChain m_defaults; // the chain as the headers and the catalog give it
    QTableWidget *m_table = nullptr;
    QLabel *m_audit = nullptr;
    QLabel *m_problem = nullptr;
    bool m_refreshing = false;
};

} // namespace Gatescope::Gui
