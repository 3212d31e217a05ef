#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>

namespace Gatescope::Gui {

// A byte array as hex rows of 16 bytes (offset, hex, text), produced row by row on demand, so a
// 50 MB body is shown without ever building one big string. Byte ranges can be marked (the wire
// anomalies); a marked row says so in its tooltip and the delegate highlights the marked bytes.
class HexModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int BytesPerRow = 16;
    enum Column { OffsetColumn, HexColumn, TextColumn, ColumnCount };
    enum Role {
        RowBytesRole = Qt::UserRole + 1, // QByteArray: the row's bytes
        MarkedBytesRole, // QList<int>: positions in the row that are marked
    };

    struct Mark
    {
        qint64 offset = 0;
        qint64 length = 1;
        QString label;
    };

    explicit HexModel(QObject *parent = nullptr);

    void setBytes(const QByteArray &bytes, const QList<Mark> &marks = {});
    const QByteArray &bytes() const { return m_bytes; }
    const QList<Mark> &marks() const { return m_marks; }
    int rowForOffset(qint64 offset) const { return int(offset / BytesPerRow); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString hexText(QByteArrayView row);
    static QString printableText(QByteArrayView row);

private:
    QList<int> markedPositions(int row) const;
    QStringList markLabels(int row) const;

    QByteArray m_bytes;
    QList<Mark> m_marks; // sorted by offset
};

} // namespace Gatescope::Gui
