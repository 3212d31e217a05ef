#include "gui/lab/LabScenarioView.h"

#include "gui/lab/LabScenarioDelegate.h"
#include "gui/lab/LabScenarioModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace Gatescope::Gui {

LabScenarioView::LabScenarioView(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new LabScenarioDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Whole rows: at 1280×720 the list has room for five scenarios, and none is shown half.
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(true);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setMouseTracking(true); // hover on the painted Run buttons
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    setAccessibleName(tr("5xx Lab scenarios"));

    m_rowResize.setSingleShot(true);
    m_rowResize.setInterval(0);
    connect(&m_rowResize, &QTimer::timeout, this, [this] { resizeRowsToContents(); });
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] { scheduleRowResize(); });
    connect(m_delegate, &LabScenarioDelegate::runClicked, this,
            [this](const QModelIndex &index) { requestRun(index); });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { requestRun(index); });
}

void LabScenarioView::setScenarioModel(LabScenarioModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    setModel(model);
    if (!model)
        return;
    m_modelConnections = {
        connect(model, &QAbstractItemModel::modelReset, this,
                [this] {
                    setupColumns();
                    scheduleRowResize();
                }),
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                        resizeRowToContents(row);
                }),
    };
    setupColumns();
    scheduleRowResize();
}

void LabScenarioView::setupColumns()
{
    QHeaderView *header = horizontalHeader();
    if (header->count() < LabScenarioModel::ColumnCount)
        return;
    const int em = fontMetrics().averageCharWidth();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LabScenarioModel::StateColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(LabScenarioModel::ScenarioColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LabScenarioModel::ExpectedColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(LabScenarioModel::RunColumn, QHeaderView::Fixed);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QModelIndex first = m_model && m_model->rowCount() > 0 ? m_model->index(0, 0) : QModelIndex();
    const int stateWidth = first.isValid() ? m_delegate->sizeHint(option, first).width() : 14 * em;
    const int runWidth = first.isValid()
        ? m_delegate->sizeHint(option, first.siblingAtColumn(LabScenarioModel::RunColumn)).width()
        : 9 * em;
    header->resizeSection(LabScenarioModel::StateColumn, stateWidth);
    header->resizeSection(LabScenarioModel::RunColumn, runWidth);
    header->resizeSection(LabScenarioModel::ExpectedColumn, 22 * em); // the scenario's name gets the rest
}

void LabScenarioView::scheduleRowResize()
{
    m_rowResize.start();
}

QRect LabScenarioView::runButtonRect(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(m_model->index(row, LabScenarioModel::RunColumn));
    return LabScenarioDelegate::runButtonRect(option);
}

void LabScenarioView::requestRun(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto state = LabScenarioModel::RunState(index.data(LabScenarioModel::RunStateRole).toInt());
    if (state == LabScenarioModel::RunState::Running || state == LabScenarioModel::RunState::Queued)
        return;
    Q_EMIT runRequested(index.data(LabScenarioModel::ScenarioIdRole).toString());
}

void LabScenarioView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
        requestRun(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Gatescope::Gui
