#pragma once

#include <QStringList>
#include <QTableWidget>

#include <functional>

namespace Gatescope::Gui {

// An editable two-column table of name/value pairs where each row can be switched off with its
// check box without being deleted. There is always one empty row at the end to type a new pair
// into; a row whose name and value are both cleared disappears. Optional: a completer for names
// (common header names) and a validator that marks bad cells and explains them. Emits edited() for
// user edits only, never for setRows().
class KeyValueTable : public QTableWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QString name;
        QString value;
        bool enabled = true;
        friend bool operator==(const Row &, const Row &) = default;
    };
    // Returns an error message for a bad name/value (empty = fine).
    using Validator = std::function<QString(const QString &name, const QString &value)>;

    explicit KeyValueTable(QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    QList<Row> rows() const; // without the trailing empty row
    void setNameCompletions(const QStringList &names);
    void setValidator(Validator validator);
    void setColumnTitles(const QString &name, const QString &value);
    QString firstError() const; // "row 2: …", empty when every row is valid
    void removeCurrentRow();

Q_SIGNALS:
    void edited();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onItemChanged(QTableWidgetItem *item);
    void ensureTrailingEmptyRow();
    void appendRow(const Row &row);
    void revalidate();
    bool rowIsEmpty(int row) const;

    QStringList m_completions;
    Validator m_validator;
    bool m_updating = false;
};

} // namespace Gatescope::Gui
