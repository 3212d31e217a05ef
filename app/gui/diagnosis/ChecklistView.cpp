#include "gui/diagnosis/ChecklistView.h"

#include "gui/diagnosis/ChecklistModel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Gatescope::Gui {

namespace {

// Fusion draws a check box's frame in the window colour, darkened; on a dark palette that is
// almost black on a dark base and the boxes vanish. For the items of the checklist, whose boxes
// are the point, the frame is drawn from a mid grey instead, and the items get some air.
class ChecklistItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (option->palette.color(QPalette::Base).lightness() < 128)
            option->palette.setColor(QPalette::Window, QColor(0xa8, 0xab, 0xb0));
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return { size.width(), size.height() + option.fontMetrics.height() / 3 };
    }
};

} // namespace

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
    m_list->setItemDelegate(new ChecklistItemDelegate(m_list));
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
