#include "DecisionTreeView.h"

#include "DecisionTreeModel.h"

#include <QHeaderView>

namespace Gatescope::Gui {

DecisionTreeView::DecisionTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setUniformRowHeights(true);
    setAlternatingRowColors(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAllColumnsShowFocus(true);
    setWordWrap(false);
    header()->setStretchLastSection(true);
}

void DecisionTreeView::setDecisionTreeModel(DecisionTreeModel *model)
{
    m_model = model;
    setModel(model);
    // The rule texts get the room; the evidence column keeps a third and shows the rest in tooltips.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Interactive);
    header()->resizeSection(1, fontMetrics().averageCharWidth() * 24);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        Q_EMIT nodeSelected(current.data(DecisionTreeModel::NodeIdRole).toString());
    });
    connect(model, &QAbstractItemModel::modelReset, this, &DecisionTreeView::showOverview);
    showOverview();
}

void DecisionTreeView::showOverview()
{
    if (!m_model)
        return;
    collapseAll();
    const QModelIndex root = m_model->index(0, 0);
    if (root.isValid())
        expand(root);
}

void DecisionTreeView::showPath()
{
    if (!m_model)
        return;
    const QStringList path = m_model->pathNodeIds();
    if (path.isEmpty()) {
        showOverview();
        return;
    }
    collapseAll();
    QModelIndex last;
    for (const QString &id : path) {
        const QModelIndex index = m_model->indexForNode(id);
        if (!index.isValid())
            continue;
        // Open every ancestor too, in case the path skips a level.
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            expand(up);
        expand(index);
        last = index;
    }
    if (last.isValid()) {
        setCurrentIndex(last);
        scrollTo(last, QAbstractItemView::PositionAtCenter);
    }
}

} // namespace Gatescope::Gui
