#include "model/IndentedJsonWriter.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Gatescope {

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// A character below 0x80 as QJsonDocument writes it inside a string.
void appendEscapedAscii(QByteArray &out, char16_t c)
{
    switch (c) {
    case u'"':
        out += "\\\"";
        return;
    case u'\\':
        out += "\\\\";
        return;
    case 0x08:
        out += "\\b";
        return;
    case 0x0c:
        out += "\\f";
        return;
    case 0x0a:
        out += "\\n";
        return;
    case 0x0d:
        out += "\\r";
        return;
    case 0x09:
        out += "\\t";
        return;
    default:
        if (c < 0x20) {
            const char escaped[] = { '\\', 'u', '0', '0', hexDigit(c >> 4), hexDigit(c & 0xf) };
            out.append(escaped, sizeof escaped);
        } else {
            out += char(c);
        }
    }
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\';
}

} // namespace

IndentedJsonWriter::IndentedJsonWriter(QByteArray &out, int depth)
    : m_out(out)
    , m_baseDepth(depth)
{ }

void IndentedJsonWriter::indent(qsizetype level)
{
    m_out.append(4 * (m_baseDepth + level), ' ');
}

void IndentedJsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        m_out += ",\n";
    level.empty = false;
    indent(m_levels.size());
}

void IndentedJsonWriter::key(QLatin1StringView name)
{
    Level &level = m_levels.last();
    if (!level.empty) {
        m_out += ",\n";
        if (!(level.lastKey < name))
            m_inOrder = false;
    }
    level.empty = false;
    level.lastKey = name;
    indent(m_levels.size());
    m_out += '"';
    m_out += QByteArrayView(name.data(), name.size());
    m_out += "\": ";
    m_afterKey = true;
}

void IndentedJsonWriter::begin(bool object, char open)
{
    beforeValue();
    m_out += open;
    m_out += '\n';
    m_levels.append(Level { object, true, {} });
}

void IndentedJsonWriter::end(char close)
{
    const bool empty = m_levels.last().empty;
    m_levels.removeLast();
    if (!empty)
        m_out += '\n';
    indent(m_levels.size());
    m_out += close;
}

void IndentedJsonWriter::beginObject()
{
    begin(true, '{');
}

void IndentedJsonWriter::endObject()
{
    end('}');
}

void IndentedJsonWriter::beginArray()
{
    begin(false, '[');
}

void IndentedJsonWriter::endArray()
{
    end(']');
}

void IndentedJsonWriter::object(QList<Member> members)
{
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.key < b.key; });
    beginObject();
    for (const Member &member : std::as_const(members)) {
        key(member.key);
        member.write(*this);
    }
    endObject();
}

void IndentedJsonWriter::escapedUtf16(QStringView text)
{
    m_out += '"';
    const char16_t *it = text.utf16();
    const char16_t *const end = it + text.size();
    while (it != end) {
        const char16_t c = *it++;
        if (c < 0x80) {
            if (needsEscape(c))
                appendEscapedAscii(m_out, c);
            else
                m_out += char(c);
        } else if (c < 0x800) {
            const char bytes[] = { char(0xc0 | (c >> 6)), char(0x80 | (c & 0x3f)) };
            m_out.append(bytes, 2);
        } else if (!QChar::isSurrogate(c)) {
            const char bytes[] = { char(0xe0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f)) };
            m_out.append(bytes, 3);
        } else if (QChar::isHighSurrogate(c) && it != end && QChar::isLowSurrogate(*it)) {
            const char32_t code = QChar::surrogateToUcs4(c, *it++);
            const char bytes[] = { char(0xf0 | (code >> 18)), char(0x80 | ((code >> 12) & 0x3f)),
                                   char(0x80 | ((code >> 6) & 0x3f)), char(0x80 | (code & 0x3f)) };
            m_out.append(bytes, 4);
        } else {
            // A lone surrogate: Qt writes it as an escape.
            const char escaped[] = { '\\',
                                     'u',
                                     hexDigit((c >> 12) & 0xf),
                                     hexDigit((c >> 8) & 0xf),
                                     hexDigit((c >> 4) & 0xf),
                                     hexDigit(c & 0xf) };
            m_out.append(escaped, sizeof escaped);
        }
    }
    m_out += '"';
}

void IndentedJsonWriter::value(QStringView text)
{
    beforeValue();
    escapedUtf16(text);
}

void IndentedJsonWriter::utf8Value(QByteArrayView bytes)
{
    beforeValue();
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            // Not ASCII: decoded as the QString the tree held (replacements, BOM) and written from it.
            escapedUtf16(QString::fromUtf8(bytes));
            return;
        }
    }
    m_out += '"';
    const char *run = bytes.data();
    const char *const end = run + bytes.size();
    for (const char *it = run; it != end; ++it) {
        if (!needsEscape(char16_t(*it)))
            continue;
        m_out.append(run, it - run);
        appendEscapedAscii(m_out, char16_t(*it));
        run = it + 1;
    }
    m_out.append(run, end - run);
    m_out += '"';
}

void IndentedJsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void IndentedJsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void IndentedJsonWriter::integerValue(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void IndentedJsonWriter::value(double number)
{
    // QJsonValue keeps a double that is a whole number within a double's exact integer range
    // (-2^53-1 … 2^53) as an integer, and writes other finite ones shortest-round-trip; NaN and
    // infinities become null.
    constexpr double maxExact = 9007199254740992.0; // 2^53
    if (std::isfinite(number) && number == std::trunc(number) && number <= maxExact && number >= -maxExact - 1) {
        integerValue(qint64(number));
        return;
    }
    beforeValue();
    if (std::isfinite(number))
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    else
        m_out += "null";
}

void IndentedJsonWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    endArray();
}

} // namespace Gatescope
