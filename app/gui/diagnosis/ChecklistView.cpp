#include "ChecklistView.h"

#include "ChecklistModel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gatescope::Gui {

ChecklistView::ChecklistView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list = new QListView(this);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    m_copy = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, &ChecklistView::copyAsMarkdown);
    retranslate();
}

void ChecklistView::setModel(ChecklistModel *model)
{
    m_model = model;
    m_list->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &ChecklistView::refresh);
    refresh();
}

void ChecklistView::refresh()
{
    const bool has = m_model && m_model->rowCount() > 0;
    m_title->setText(has ? tr("Checklist: %1").arg(m_model->checklist().title) : tr("No checklist for this rule."));
    m_copy->setEnabled(has);
}

void ChecklistView::copyAsMarkdown()
{
    if (m_model)
        QGuiApplication::clipboard()->setText(m_model->toMarkdown());
}

void ChecklistView::retranslate()
{
    m_copy->setText(tr("Copy as &Markdown"));
    m_copy->setAccessibleName(tr("Copy the checklist as Markdown"));
    m_list->setAccessibleName(tr("Checklist"));
    refresh();
}

void ChecklistView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gatescope::Gui
