#pragma once

#include <QStyledItemDelegate>

namespace Gatescope::Gui {

// Paints the text columns of a waterfall row (request, status, host, time) like the style does,
// but marks 5xx and failed exchanges: their status in the palette-aware failure colour and bold,
// the rest of the row's text in the failure colour too, unless the row is selected (then the
// palette's highlighted text keeps it readable).
class WaterfallTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Gatescope::Gui
