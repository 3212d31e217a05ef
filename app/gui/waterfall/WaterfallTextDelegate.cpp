#include "gui/waterfall/WaterfallTextDelegate.h"

#include "gui/waterfall/WaterfallColors.h"
#include "gui/waterfall/WaterfallModel.h"

namespace Gatescope::Gui {

void WaterfallTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(WaterfallModel::IsFailureRole).toBool())
        return;
    QPalette::ColorGroup group = QPalette::Active;
    if (!(option->state & QStyle::State_Enabled))
        group = QPalette::Disabled;
    else if (!(option->state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QColor failure = WaterfallColors(option->palette, group).failure();
    option->palette.setColor(QPalette::Text, failure);
    if (index.column() == WaterfallModel::StatusColumn)
        option->font.setBold(true);
}

} // namespace Gatescope::Gui
