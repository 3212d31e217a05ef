#include "gui/response/HexView.h"

#include "gui/response/HexModel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

// Paints hex and text cells character by character so marked bytes can stand out.
class HexDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QList<int> marked = index.data(HexModel::MarkedBytesRole).value<QList<int>>();
        if (index.column() == HexModel::OffsetColumn || marked.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        painter->save();
        painter->setFont(opt.font);
        const QFontMetrics metrics(opt.font);
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        const int charWidth = metrics.horizontalAdvance(u'0');
        const QColor markBackground = opt.palette.color(QPalette::Active, QPalette::Highlight);
        const QColor markText = opt.palette.color(QPalette::Active, QPalette::HighlightedText);
        const QColor normalText
            = opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
        const auto columnOf = [&](int byte) {
            if (index.column() == HexModel::TextColumn)
                return byte;
            return byte * 3 + (byte >= 8 ? 1 : 0);
        };
        const int width = index.column() == HexModel::TextColumn ? 1 : 2;
        for (int byte : marked) {
            const QRect mark(textRect.left() + columnOf(byte) * charWidth, textRect.top(), width * charWidth,
                             textRect.height());
            painter->fillRect(mark, markBackground);
        }
        for (int i = 0; i < text.size(); ++i) {
            int byte = -1;
            if (index.column() == HexModel::TextColumn) {
                byte = i;
            } else {
                const int pos = i >= 24 ? i - 1 : i; // the double space after byte 8
                if (pos % 3 != 2 && !(i == 24))
                    byte = pos / 3;
            }
            const bool isMarked = byte >= 0 && marked.contains(byte);
            painter->setPen(isMarked ? markText : normalText);
            painter->drawText(QRect(textRect.left() + i * charWidth, textRect.top(), charWidth, textRect.height()),
                              Qt::AlignVCenter | Qt::AlignLeft, QString(text.at(i)));
        }
        painter->restore();
    }
};

} // namespace

HexView::HexView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new HexDelegate(this));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    horizontalHeader()->setStretchLastSection(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setShowGrid(false);
    setCornerButtonEnabled(false);
}

void HexView::setHexModel(HexModel *model)
{
    m_model = model;
    if (isVisible() || !model)
        attachModel();
}

void HexView::showEvent(QShowEvent *event)
{
    attachModel();
    QTableView::showEvent(event);
}

void HexView::attachModel()
{
    if (model() == m_model)
        return;
    setModel(m_model);
    if (!m_model)
        return;
    const int charWidth = fontMetrics().horizontalAdvance(u'0');
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->resizeSection(HexModel::OffsetColumn, charWidth * 10);
    horizontalHeader()->resizeSection(HexModel::HexColumn, charWidth * 51);
    horizontalHeader()->setStretchLastSection(true);
}

void HexView::showOffset(qint64 offset)
{
    if (!m_model)
        return;
    attachModel();
    const QModelIndex index = m_model->index(m_model->rowForOffset(offset), HexModel::HexColumn);
    setCurrentIndex(index);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
}

} // namespace Gatescope::Gui
