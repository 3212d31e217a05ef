#include "gui/diagnosis/DecisionTreeView.h"

#include "gui/diagnosis/DecisionTreeModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyledItemDelegate>

#include <algorithm>

namespace Gatescope::Gui {

namespace {

// Rule titles wrapped to the rule column's width less the indentation of the row's depth, each row
// as high as its title (QTreeView's own row heights do not wrap). The evidence column stays one
// line, cut at its end; its whole text is in the tooltip.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        if (index.column() != 0)
            opt.features &= ~QStyleOptionViewItem::WrapText;
        QStyledItemDelegate::paint(painter, opt, index);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QSize plain = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != 0)
            return { plain.width(), opt.fontMetrics.height() + 2 };
        int width = m_view->columnWidth(0);
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            ++depth;
        width -= depth * m_view->indentation();
        const QStyle *style = m_view->style();
        // The item's text margins, as QCommonStyle lays out an item view's text.
        width -= 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view) + 1);
        if (width <= opt.fontMetrics.averageCharWidth() * 4 || opt.text.isEmpty())
            return plain;
        const QRect text
            = opt.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap | Qt::AlignLeft, opt.text);
        return { plain.width(),
                 std::max(plain.height(),
                          text.height() + 2 * (style->pixelMetric(QStyle::PM_FocusFrameVMargin, &opt, m_view) + 1)) };
    }

private:
    QTreeView *m_view; // not owned
};

} // namespace

DecisionTreeView::DecisionTreeView(QWidget *parent)
    : QTreeView(parent)
{
    // Rule titles are sentences and the pane is a third of the window: they wrap instead of being
    // cut (each row as high as its longest text), at 1280×720 and in German too.
    setUniformRowHeights(false);
    setAlternatingRowColors(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAllColumnsShowFocus(true);
    setWordWrap(true);
    setItemDelegate(new WrappingDelegate(this));
    header()->setStretchLastSection(true);
    // Wrapped rows change height with their column.
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
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
