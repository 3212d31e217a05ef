#include "gui/request/KeyValueTable.h"

#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

// Edits the name column with a completer of well-known names.
class NameDelegate : public QStyledItemDelegate
{
public:
    NameDelegate(const QStringList *completions, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_completions(completions)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && index.column() == 0 && !m_completions->isEmpty()) {
            auto *completer = new QCompleter(*m_completions, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchStartsWith);
            line->setCompleter(completer);
        }
        return editor;
    }

private:
    const QStringList *m_completions; // not owned
};

} // namespace

KeyValueTable::KeyValueTable(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setItemDelegate(new NameDelegate(&m_completions, this));
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    horizontalHeader()->resizeSection(0, fontMetrics().horizontalAdvance(u"Content-Type-Options-X"_s));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    setWordWrap(false);
    connect(this, &QTableWidget::itemChanged, this, &KeyValueTable::onItemChanged);
    ensureTrailingEmptyRow();
}

void KeyValueTable::setColumnTitles(const QString &name, const QString &value)
{
    setHorizontalHeaderLabels({ name, value });
}

void KeyValueTable::setNameCompletions(const QStringList &names)
{
    m_completions = names;
}

void KeyValueTable::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    revalidate();
}

void KeyValueTable::appendRow(const Row &row)
{
    const int r = rowCount();
    insertRow(r);
    auto *name = new QTableWidgetItem(row.name);
    name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
    // The empty row for typing a new pair gets its check box once something is typed into it.
    if (!row.name.isEmpty() || !row.value.isEmpty())
        name->setCheckState(row.enabled ? Qt::Checked : Qt::Unchecked);
    setItem(r, 0, name);
    setItem(r, 1, new QTableWidgetItem(row.value));
}

void KeyValueTable::setRows(const QList<Row> &rows)
{
    if (rows == this->rows())
        return;
    m_updating = true;
    setRowCount(0);
    for (const Row &row : rows)
        appendRow(row);
    ensureTrailingEmptyRow();
    m_updating = false;
    revalidate();
}

QList<KeyValueTable::Row> KeyValueTable::rows() const
{
    QList<Row> result;
    for (int r = 0; r < rowCount(); ++r) {
        if (rowIsEmpty(r))
            continue;
        const QTableWidgetItem *name = item(r, 0);
        const QTableWidgetItem *value = item(r, 1);
        result.append({ name ? name->text() : QString(), value ? value->text() : QString(),
                        !name || name->checkState() != Qt::Unchecked || !name->data(Qt::CheckStateRole).isValid() });
    }
    return result;
}

bool KeyValueTable::rowIsEmpty(int row) const
{
    const QTableWidgetItem *name = item(row, 0);
    const QTableWidgetItem *value = item(row, 1);
    return (!name || name->text().isEmpty()) && (!value || value->text().isEmpty());
}

void KeyValueTable::ensureTrailingEmptyRow()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    // Drop empty rows in the middle (a pair the user cleared), keep exactly one at the end.
    for (int r = rowCount() - 2; r >= 0; --r) {
        if (rowIsEmpty(r) && currentRow() != r)
            removeRow(r);
    }
    if (rowCount() == 0 || !rowIsEmpty(rowCount() - 1))
        appendRow({});
    m_updating = wasUpdating;
}

void KeyValueTable::onItemChanged(QTableWidgetItem *)
{
    if (m_updating)
        return;
    m_updating = true;
    for (int r = 0; r < rowCount(); ++r) {
        QTableWidgetItem *name = item(r, 0);
        if (name && !rowIsEmpty(r) && !name->data(Qt::CheckStateRole).isValid())
            name->setCheckState(Qt::Checked);
    }
    m_updating = false;
    ensureTrailingEmptyRow();
    revalidate();
    Q_EMIT edited();
}

void KeyValueTable::removeCurrentRow()
{
    const int r = currentRow();
    if (r < 0 || rowIsEmpty(r))
        return;
    m_updating = true;
    removeRow(r);
    ensureTrailingEmptyRow();
    m_updating = false;
    revalidate();
    Q_EMIT edited();
}

void KeyValueTable::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete && state() != QAbstractItemView::EditingState) {
        removeCurrentRow();
        return;
    }
    if (event->key() == Qt::Key_Space && currentColumn() == 0 && state() != QAbstractItemView::EditingState) {
        if (QTableWidgetItem *name = item(currentRow(), 0); name && !rowIsEmpty(currentRow())) {
            name->setCheckState(name->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return;
        }
    }
    QTableWidget::keyPressEvent(event);
}

void KeyValueTable::revalidate()
{
    if (!m_validator)
        return;
    const bool wasUpdating = m_updating;
    m_updating = true;
    const QColor bad
        = palette().color(QPalette::Base).lightness() < 128 ? QColor(0x6e, 0x1f, 0x24) : QColor(0xfd, 0xd8, 0xdb);
    for (int r = 0; r < rowCount(); ++r) {
        const QString message = rowIsEmpty(r) ? QString() : m_validator(item(r, 0)->text(), item(r, 1)->text());
        for (int c = 0; c < 2; ++c) {
            QTableWidgetItem *cell = item(r, c);
            if (!cell)
                continue;
            cell->setBackground(message.isEmpty() ? QBrush() : QBrush(bad));
            cell->setToolTip(message);
        }
    }
    m_updating = wasUpdating;
}

QString KeyValueTable::firstError() const
{
    if (!m_validator)
        return {};
    for (int r = 0; r < rowCount(); ++r) {
        if (rowIsEmpty(r))
            continue;
        const QTableWidgetItem *name = item(r, 0);
        if (name->data(Qt::CheckStateRole).isValid() && name->checkState() == Qt::Unchecked)
            continue;
        const QString message = m_validator(name->text(), item(r, 1)->text());
        if (!message.isEmpty())
            //: %1 = row number, %2 = what is wrong with it
            return tr("Row %1: %2").arg(r + 1).arg(message);
    }
    return {};
}

} // namespace Gatescope::Gui
