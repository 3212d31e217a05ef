#pragma once

#include "diagnosis/Diagnosis.h"
#include "diagnosis/RuleTree.h"
#include "hops/HopChain.h"
#include "hops/TimeoutAudit.h"

#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace Gatescope::Gui {

class ChecklistModel;
class ChecklistView;
class DecisionTreeModel;
class DecisionTreeView;
class HopRowView;
class WorkspaceModel;

// The diagnosis of the selected exchange: the verdict in a few lines (status, producer, cause,
// summary, retry advice), the whole rule tree with the path taken highlighted and the evidence of
// each step, and for the selected leaf its explanation and checklist (ticks saved in the workspace).
// With no exchange it is a browsable guide to the 5xx rules.
class DiagnosisPane : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosisPane(WorkspaceModel *workspace, QWidget *parent = nullptr); // workspace not owned

    void setRuleTree(const RuleTree &tree);
    void showDiagnosis(const Diagnosis &diagnosis);
    void clearDiagnosis();
    // The hop chain of the exchange shown, as a row of boxes above the verdict (hidden when empty),
    // and under it the timeout audit's findings (hidden when there are none).
    void showHops(const HopChain &chain, const QList<TimeoutFinding> &audit = {});
    // The same for an exchange: its chain with the workspace's corrected timeouts, audited again
    // whenever a correction changes; "Timeouts…" then opens the table where they are corrected.
    void showHopsOf(const Exchange &exchange, const Diagnosis &diagnosis);
    // The hop chain of the exchange shown (showHopsOf), if any.
    std::optional<HopChain> hopChain() const;
    QPushButton *timeoutsButton() const { return m_editTimeouts; }
    void openTimeoutTable(); // the TimeoutTableDialog of the exchange shown (nothing without one)
    QLabel *timeoutAuditLabel() const { return m_audit; }
    HopRowView *hopRow() const { return m_hops; }
    bool hasDiagnosis() const { return m_hasDiagnosis; }
    const Diagnosis &diagnosis() const { return m_diagnosis; }

    DecisionTreeView *treeView() const { return m_tree; }
    DecisionTreeModel *treeModel() const { return m_model; }
    ChecklistView *checklistView() const { return m_checklist; }
    QLabel *verdictLabel() const { return m_verdict; }
    QSplitter *splitter() const { return m_splitter; }
    QString selectedNodeId() const { return m_selectedNode; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupWidgets();
    void retranslate();
    void showNode(const QString &nodeId);
    void updateVerdict();
    QString retryText() const;

    WorkspaceModel *m_workspace; // not owned
    QLabel *m_verdict = nullptr;
    HopRowView *m_hops = nullptr;
    QLabel *m_audit = nullptr;
    QPushButton *m_editTimeouts = nullptr;
    std::optional<std::pair<Exchange, Diagnosis>> m_hopsOf; // the exchange showHopsOf() shows
    QSplitter *m_splitter = nullptr;
    DecisionTreeModel *m_model = nullptr;
    DecisionTreeView *m_tree = nullptr;
    QLabel *m_nodeTitle = nullptr;
    QTextBrowser *m_explanation = nullptr;
    ChecklistModel *m_checklistModel = nullptr;
    ChecklistView *m_checklist = nullptr;
    Diagnosis m_diagnosis;
    bool m_hasDiagnosis = false;
    QString m_selectedNode;
};

} // namespace Gatescope::Gui
