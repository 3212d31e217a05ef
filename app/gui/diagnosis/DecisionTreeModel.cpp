#include "gui/diagnosis/DecisionTreeModel.h"

#include "gui/diagnosis/EvidenceWords.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <functional>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

DecisionTreeModel::DecisionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void DecisionTreeModel::setRuleTree(const RuleTree &tree)
{
    beginResetModel();
    m_tree = tree;
    build();
    endResetModel();
}

void DecisionTreeModel::build()
{
    m_entries.clear();
    m_byId.clear();
    const RuleNode *root = m_tree.root();
    if (!root)
        return;
    // Breadth by recursion over the tree's own child order.
    std::function<int(const RuleNode *, int, int)> add = [&](const RuleNode *node, int parent, int row) {
        const int self = int(m_entries.size());
        m_entries.append({ node, parent, row, {} });
        m_byId.insert(node->id, self);
        const QList<const RuleNode *> children = m_tree.children(*node);
        for (int i = 0; i < children.size(); ++i) {
            const int child = add(children.at(i), self, i);
            m_entries[self].children.append(child);
        }
        return self;
    };
    add(root, -1, 0);
}

void DecisionTreeModel::setPath(const QList<PathStep> &path)
{
    m_pathNodes.clear();
    m_pathOrder.clear();
    for (const PathStep &step : path) {
        m_pathNodes.insert(step.node, step.decidedBy);
        m_pathOrder.append(step.node);
    }
    // The root is always where the walk starts.
    if (!path.isEmpty() && m_tree.root() && !m_pathNodes.contains(m_tree.root()->id)) {
        m_pathNodes.insert(m_tree.root()->id, {});
        m_pathOrder.prepend(m_tree.root()->id);
    }
    if (!m_entries.isEmpty()) {
        // Every row may change colour; one signal per level keeps it cheap (the tree is small).
        for (int e = 0; e < m_entries.size(); ++e) {
            const Entry &entry = m_entries.at(e);
            if (entry.children.isEmpty())
                continue;
            const QModelIndex parentIndex = createIndex(entry.row, 0, quintptr(e));
            Q_EMIT dataChanged(index(0, 0, parentIndex),
                               index(int(entry.children.size()) - 1, ColumnCount - 1, parentIndex));
        }
        const QModelIndex rootIndex = index(0, 0);
        Q_EMIT dataChanged(rootIndex, index(0, ColumnCount - 1));
    }
}

const RuleNode *DecisionTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= quintptr(m_entries.size()))
        return nullptr;
    return m_entries.at(int(index.internalId())).node;
}

QModelIndex DecisionTreeModel::indexForNode(const QString &nodeId, int column) const
{
    const auto it = m_byId.constFind(nodeId);
    if (it == m_byId.constEnd())
        return {};
    return createIndex(m_entries.at(*it).row, column, quintptr(*it));
}

QModelIndex DecisionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || m_entries.isEmpty())
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const int p = int(parent.internalId());
    if (p >= m_entries.size() || row >= m_entries.at(p).children.size())
        return {};
    return createIndex(row, column, quintptr(m_entries.at(p).children.at(row)));
}

QModelIndex DecisionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int e = int(child.internalId());
    const int p = m_entries.at(e).parent;
    if (p < 0)
        return {};
    return createIndex(m_entries.at(p).row, 0, quintptr(p));
}

int DecisionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_entries.isEmpty())
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(m_entries.at(int(parent.internalId())).children.size());
}

int DecisionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString DecisionTreeModel::nodeText(const RuleNode &node) const
{
    if (node.isLeaf() && node.typicalStatus > 0)
        //: Decision tree leaf: typical status code, then the verdict's title
        return tr("%1 · %2").arg(node.typicalStatus).arg(node.displayTitle());
    return node.displayTitle();
}

QVariant DecisionTreeModel::data(const QModelIndex &index, int role) const
{
    const RuleNode *node = nodeAt(index);
    if (!node)
        return {};
    const bool onPath = m_pathNodes.contains(node->id);
    const QStringList evidence = m_pathNodes.value(node->id);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NodeColumn)
            return nodeText(*node);
        // In words; the raw rule and facts are in the tooltip.
        return EvidenceWords::inWords(evidence, node->when, m_responseArrived).join(u"; "_s);
    case Qt::ToolTipRole: {
        QString tip = nodeText(*node);
        if (!node->cause.isEmpty())
            tip += u'\n' + tr("Cause: %1").arg(node->cause);
        if (onPath && !evidence.isEmpty())
            tip += u'\n'
                + tr("Decided by: %1")
                      .arg(EvidenceWords::inWords(evidence, node->when, m_responseArrived).join(u", "_s))
                + u'\n' + tr("Rule: %1").arg(node->when.isEmpty() ? node->id : node->when) + u'\n'
                + tr("Evidence as recorded: %1").arg(evidence.join(u", "_s));
        else if (hasPath() && !onPath)
            tip += u'\n' + tr("Not taken for this request");
        return tip;
    }
    case Qt::AccessibleTextRole: {
        QString text = nodeText(*node);
        if (onPath)
            text = tr("On the diagnosis path: %1").arg(text);
        if (!evidence.isEmpty())
            text += u". "_s
                + tr("Decided by: %1")
                      .arg(EvidenceWords::inWords(evidence, node->when, m_responseArrived).join(u", "_s));
        return text;
    }
    case Qt::FontRole:
        if (onPath) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (hasPath() && !onPath)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::BackgroundRole:
        if (onPath) {
            QColor highlight = QApplication::palette().color(QPalette::Highlight);
            highlight.setAlpha(m_pathOrder.constLast() == node->id ? 90 : 45);
            return highlight;
        }
        return {};
    case NodeIdRole:
        return node->id;
    case IsLeafRole:
        return node->isLeaf();
    case OnPathRole:
        return onPath;
    case IsPathEndRole:
        return onPath && m_pathOrder.constLast() == node->id;
    case EvidenceRole:
        return evidence;
    case CauseRole:
        return node->cause;
    default:
        return {};
    }
}

QVariant DecisionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NodeColumn ? tr("Rule") : tr("Evidence that decided it");
}

} // namespace Gatescope::Gui
