#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace Gatescope::Gui {

class ChecklistModel;

// Shows one resolution checklist: its title, the items as check boxes (Space toggles) and a
// "Copy as Markdown" button that puts the list, with its ticks, on the clipboard.
class ChecklistView : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistView(QWidget *parent = nullptr);

    void setModel(ChecklistModel *model); // not owned
    ChecklistModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QPushButton *copyButton() const { return m_copy; }

public Q_SLOTS:
    void copyAsMarkdown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    ChecklistModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Gatescope::Gui
