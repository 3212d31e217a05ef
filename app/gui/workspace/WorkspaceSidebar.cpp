#include "gui/workspace/WorkspaceSidebar.h"

#include "gui/workspace/HistoryRowDelegate.h"
#include "gui/workspace/WorkspaceModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

const QStringList &filterIds()
{
    static const QStringList ids { QString(), u"failures"_s, u"2xx"_s,  u"3xx"_s,
                                   u"4xx"_s,  u"5xx"_s,      u"none"_s, u"cancelled"_s };
    return ids;
}

} // namespace

WorkspaceSidebar::WorkspaceSidebar(WorkspaceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"workspaceSidebar"_s);
    m_tree->setModel(model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new HistoryRowDelegate(m_tree));
    m_tree->setTextElideMode(Qt::ElideMiddle);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(u"historyFilter"_s);
    for (qsizetype i = 0; i < filterIds().size(); ++i)
        m_filter->addItem(QString(), filterIds().at(i));

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(this);
    label->setObjectName(u"historyFilterLabel"_s);
    label->setBuddy(m_filter);
    filterRow->addWidget(label);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tree, 1);
    layout->addLayout(filterRow);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &WorkspaceSidebar::applyFilter);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &inserted) {
        if (inserted == m_model->groupIndex(WorkspaceModel::HistoryGroup))
            applyFilter();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &WorkspaceSidebar::applyFilter);
    retranslate();
}

QString WorkspaceSidebar::historyFilterId() const
{
    return m_filter->currentData().toString();
}

void WorkspaceSidebar::setHistoryFilterId(const QString &id)
{
    const int index = m_filter->findData(id);
    m_filter->setCurrentIndex(std::max(0, index));
}

void WorkspaceSidebar::applyFilter()
{
    const QString id = historyFilterId();
    const QModelIndex history = m_model->groupIndex(WorkspaceModel::HistoryGroup);
    for (int row = 0; row < m_model->rowCount(history); ++row) {
        const QModelIndex run = m_model->index(row, 0, history);
        bool shown = true;
        if (id == u"failures")
            shown = run.data(WorkspaceModel::IsFailureRole).toBool();
        else if (!id.isEmpty())
            shown = run.data(WorkspaceModel::StatusClassRole).toString() == id;
        m_tree->setRowHidden(row, history, !shown);
    }
}

void WorkspaceSidebar::retranslate()
{
    if (auto *label = findChild<QLabel *>(u"historyFilterLabel"_s))
        //: Label of the History filter under the sidebar
        label->setText(tr("&History:"));
    const QStringList texts {
        tr("all runs"),         tr("failures only"),    tr("2xx success"), tr("3xx redirect"),
        tr("4xx client error"), tr("5xx server error"), tr("no response"), tr("cancelled by you")
    };
    for (int i = 0; i < texts.size(); ++i)
        m_filter->setItemText(i, texts.at(i));
    m_filter->setToolTip(tr("Show only the History runs of one status class"));
}

void WorkspaceSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gatescope::Gui
