#include "gui/diagnosis/DecisionTreeView.h"

#include "gui/diagnosis/DecisionTreeModel.h"

#include <QHeaderView>

#include <algorithm>

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
    setIndentation(fontMetrics().averageCharWidth() * 2); // four levels deep: the titles need the room
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Interactive);
    connect(header(), &QHeaderView::sectionResized, this, [this](int logicalIndex) {
        if (logicalIndex == 1 && !m_fitting && !isColumnHidden(1))
            m_evidenceWidthChosen = true;
    });
    fitColumns();
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        Q_EMIT nodeSelected(current.data(DecisionTreeModel::NodeIdRole).toString());
    });
    connect(model, &QAbstractItemModel::modelReset, this, &DecisionTreeView::showOverview);
    showOverview();
}

void DecisionTreeView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

void DecisionTreeView::fitColumns()
{
    if (!m_model)
        return;
    m_fitting = true;
    setColumnHidden(1, !m_model->hasPath());
    if (!m_evidenceWidthChosen)
        header()->resizeSection(1, std::max(fontMetrics().averageCharWidth() * 16, viewport()->width() / 3));
    m_fitting = false;
}

void DecisionTreeView::showOverview()
{
    if (!m_model)
        return;
    fitColumns();
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
    fitColumns();
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
