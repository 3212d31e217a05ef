#include "gui/response/HexModel.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

HexModel::HexModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HexModel::setBytes(const QByteArray &bytes, const QList<Mark> &marks)
{
    beginResetModel();
    m_bytes = bytes;
    m_marks = marks;
    std::sort(m_marks.begin(), m_marks.end(), [](const Mark &a, const Mark &b) { return a.offset < b.offset; });
    endResetModel();
}

int HexModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int((m_bytes.size() + BytesPerRow - 1) / BytesPerRow);
}

int HexModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HexModel::hexText(QByteArrayView row)
{
    QString text;
    text.reserve(row.size() * 3);
    static constexpr char16_t digits[] = u"0123456789abcdef";
    for (qsizetype i = 0; i < row.size(); ++i) {
        const auto byte = uchar(row.at(i));
        if (i > 0)
            text += i == 8 ? u"  "_s : u" "_s;
        text += QChar(digits[byte >> 4]);
        text += QChar(digits[byte & 0xf]);
    }
    return text;
}

QString HexModel::printableText(QByteArrayView row)
{
    QString text;
    text.reserve(row.size());
    for (char c : row)
        text += (c >= 0x20 && c < 0x7f) ? QChar(QLatin1Char(c)) : QChar(u'.');
    return text;
}

QList<int> HexModel::markedPositions(int row) const
{
    QList<int> positions;
    const qint64 start = qint64(row) * BytesPerRow;
    const qint64 end = start + BytesPerRow;
    for (const Mark &mark : m_marks) {
        if (mark.offset >= end)
            break;
        const qint64 from = std::max(mark.offset, start);
        const qint64 to = std::min(mark.offset + std::max<qint64>(mark.length, 1), end);
        for (qint64 p = from; p < to; ++p)
            positions.append(int(p - start));
    }
    return positions;
}

QStringList HexModel::markLabels(int row) const
{
    QStringList labels;
    const qint64 start = qint64(row) * BytesPerRow;
    const qint64 end = start + BytesPerRow;
    for (const Mark &mark : m_marks) {
        if (mark.offset >= end)
            break;
        if (mark.offset + std::max<qint64>(mark.length, 1) > start)
            labels.append(tr("Offset %1: %2").arg(mark.offset).arg(mark.label));
    }
    return labels;
}

QVariant HexModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const qint64 start = qint64(index.row()) * BytesPerRow;
    const QByteArrayView row
        = QByteArrayView(m_bytes).sliced(start, std::min<qint64>(BytesPerRow, m_bytes.size() - start));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OffsetColumn:
            return u"%1"_s.arg(start, 8, 16, QChar(u'0'));
        case HexColumn:
            return hexText(row);
        default:
            return printableText(row);
        }
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case Qt::ToolTipRole: {
        const QStringList labels = markLabels(index.row());
        return labels.isEmpty() ? QVariant() : QVariant(labels.join(u'\n'));
    }
    case RowBytesRole:
        return row.toByteArray();
    case MarkedBytesRole:
        return QVariant::fromValue(markedPositions(index.row()));
    default:
        return {};
    }
}

QVariant HexModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OffsetColumn:
        return tr("Offset");
    case HexColumn:
        return tr("Bytes (hex)");
    default:
        return tr("Text");
    }
}

} // namespace Gatescope::Gui
