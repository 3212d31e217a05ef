#pragma once

#include "diagnosis/Diagnosis.h"
#include "diagnosis/RuleTree.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace Gatescope::Gui {

// The whole 5xx rule tree as an item model: every node of the RuleTree, with the question an inner
// node asks or the verdict a leaf gives, the status a leaf typically shows, and — once a diagnosis
// is set — which nodes lie on its path and the evidence that decided each step. Nodes off the path
// are reported as dimmed (foreground from the palette's disabled group) but stay browsable, so with
// no diagnosis at all the model is a guide to the rules.
class DecisionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NodeColumn, EvidenceColumn, ColumnCount };
    enum Role {
        NodeIdRole = Qt::UserRole + 1, // QString
        IsLeafRole, // bool
        OnPathRole, // bool
        IsPathEndRole, // bool: the leaf the diagnosis reached
        EvidenceRole, // QStringList: what decided this step
        CauseRole, // QString cause id (leaves)
    };
    Q_ENUM(Role)

    explicit DecisionTreeModel(QObject *parent = nullptr);

    void setRuleTree(const RuleTree &tree);
    const RuleTree &ruleTree() const { return m_tree; }
    void setPath(const QList<PathStep> &path); // empty = no diagnosis
    void clearPath() { setPath({}); }
    // Whether the diagnosed exchange had a response: picks the words of "held because absent" steps.
    void setResponseArrived(bool arrived) { m_responseArrived = arrived; }
    bool hasPath() const { return !m_pathNodes.isEmpty(); }
    QStringList pathNodeIds() const { return m_pathOrder; }

    const RuleNode *nodeAt(const QModelIndex &index) const;
    QModelIndex indexForNode(const QString &nodeId, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        const RuleNode *node = nullptr;
        int parent = -1; // entry index, -1 for the root
        int row = 0;
        QList<int> children; // entry indexes
    };
    void build();
    QString nodeText(const RuleNode &node) const;

    RuleTree m_tree;
    QList<Entry> m_entries; // m_entries[0] is the root when the tree is not empty
    QHash<QString, int> m_byId;
    QHash<QString, QStringList> m_pathNodes; // node id → evidence that decided it
    QStringList m_pathOrder;
    bool m_responseArrived = true;
};

} // namespace Gatescope::Gui
