#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace Gatescope::Gui {

// Paints the lab's scenario table from LabScenarioModel's roles: the run state as a check mark
// (matched), a cross (differed), or an open circle (not run, queued, running) with its word; the
// scenario as its bold title over its story; the expected diagnosis over the textbook case, or
// after a run over the live verdict (green) or what differed (red); and a Run button, pressed with
// the mouse (the view runs the current row on Space / Enter too). Two lines a row, elided to the
// column — the page's detail pane has the whole text. Sizes follow the font, colours the palette.
class LabScenarioDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LabScenarioDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the Run button of a cell is drawn, in the cell's coordinates system.
    static QRect runButtonRect(const QStyleOptionViewItem &option);
    // The colour of a verdict: green-ish for a match, red-ish for a difference, readable on base.
    static QColor verdictColor(const QPalette &palette, bool matched);

Q_SIGNALS:
    void runClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Block
    {
        QString text;
        QFont font;
        QColor color;
    };
    QList<Block> blocks(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static int margin(const QStyleOptionViewItem &option);
    void paintState(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintRunButton(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QPersistentModelIndex m_pressed;
};

} // namespace Gatescope::Gui
