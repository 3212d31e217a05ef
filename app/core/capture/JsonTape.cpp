#include "capture/JsonTape.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cfloat>
#include <cmath>
#include <cstring>

namespace Gatescope {

namespace {

constexpr int MaxDepth = 512;

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

void skipWhitespace(const char *&p, const char *end)
{
    while (p < end && isWhitespace(*p))
        ++p;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits of a \u escape at p (after "\u"); -1 when they are not four hex digits.
int hexQuad(const char *p, const char *end)
{
    if (end - p < 4)
        return -1;
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexDigit(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

} // namespace

bool JsonTape::parse(QByteArrayView text)
{
    m_nodes.clear();
    const char *p = text.data();
    const char *end = p + text.size();
    skipWhitespace(p, end);
    if (!parseValue(p, end, 0)) {
        m_nodes.clear();
        return false;
    }
    skipWhitespace(p, end);
    if (p != end) {
        m_nodes.clear();
        return false;
    }
    return true;
}

bool JsonTape::parseValue(const char *&p, const char *end, int depth)
{
    if (p >= end)
        return false;
    const quint32 index = quint32(m_nodes.size());
    m_nodes.emplace_back();
    switch (*p) {
    case '{': {
        if (depth >= MaxDepth)
            return false;
        m_nodes[index].type = Type::Object;
        ++p;
        skipWhitespace(p, end);
        if (p < end && *p == '}') {
            ++p;
            break;
        }
        while (true) {
            skipWhitespace(p, end);
            if (p >= end || *p != '"')
                return false;
            // A key: ASCII without escapes (the importer's keys are), else QJsonDocument reads it.
            const char *key = ++p;
            while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) < 0x80)
                ++p;
            if (p >= end || *p != '"')
                return false;
            const quint32 keyLength = quint32(p - key);
            ++p;
            skipWhitespace(p, end);
            if (p >= end || *p != ':')
                return false;
            ++p;
            skipWhitespace(p, end);
            const quint32 member = quint32(m_nodes.size());
            if (!parseValue(p, end, depth + 1))
                return false;
            m_nodes[member].key = key;
            m_nodes[member].keyLength = keyLength;
            skipWhitespace(p, end);
            if (p < end && *p == ',') {
                ++p;
                continue;
            }
            if (p < end && *p == '}') {
                ++p;
                break;
            }
            return false;
        }
        break;
    }
    case '[': {
        if (depth >= MaxDepth)
            return false;
        m_nodes[index].type = Type::Array;
        ++p;
        skipWhitespace(p, end);
        if (p < end && *p == ']') {
            ++p;
            break;
        }
        while (true) {
            skipWhitespace(p, end);
            if (!parseValue(p, end, depth + 1))
                return false;
            skipWhitespace(p, end);
            if (p < end && *p == ',') {
                ++p;
                continue;
            }
            if (p < end && *p == ']') {
                ++p;
                break;
            }
            return false;
        }
        break;
    }
    case '"':
        m_nodes[index].type = Type::String;
        if (!parseString(p, end, m_nodes[index]))
            return false;
        break;
    case 't':
    case 'f':
    case 'n': {
        static constexpr struct
        {
            const char *word;
            size_t length;
            Type type;
        } literals[] = { { "true", 4, Type::True }, { "false", 5, Type::False }, { "null", 4, Type::Null } };
        bool matched = false;
        for (const auto &literal : literals) {
            if (size_t(end - p) >= literal.length && std::memcmp(p, literal.word, literal.length) == 0) {
                m_nodes[index].type = literal.type;
                p += literal.length;
                matched = true;
                break;
            }
        }
        if (!matched)
            return false;
        break;
    }
    default:
        m_nodes[index].type = Type::Number;
        if (!parseNumber(p, end, m_nodes[index]))
            return false;
        break;
    }
    m_nodes[index].end = quint32(m_nodes.size());
    return true;
}

bool JsonTape::parseString(const char *&p, const char *end, Node &node)
{
    const char *start = ++p;
    bool escaped = false;
    bool beyondAscii = false; // bytes beyond ASCII, or an escape of a character beyond it
    bool rawBeyondAscii = false;
    while (true) {
        // The plain run up to the next quote, backslash or byte beyond ASCII.
        while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) < 0x80)
            ++p;
        if (p >= end)
            return false;
        if (*p == '"')
            break;
        if (*p != '\\') {
            rawBeyondAscii = beyondAscii = true;
            ++p;
            continue;
        }
        escaped = true;
        if (end - p < 2)
            return false;
        switch (p[1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            p += 2;
            continue;
        case 'u':
            break;
        default:
            return false; // QJsonDocument reads other escapes its own way
        }
        const int unit = hexQuad(p + 2, end);
        if (unit < 0)
            return false;
        p += 6;
        if (unit >= 0x80)
            beyondAscii = true;
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return false; // a low surrogate alone
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            // A high surrogate is read only with its low one right after it.
            if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
                return false;
            const int low = hexQuad(p + 2, end);
            if (low < 0xDC00 || low > 0xDFFF)
                return false;
            p += 6;
        }
    }
    node.text = start;
    node.length = quint32(p - start);
    ++p; // the closing quote
    if (rawBeyondAscii && !QByteArrayView(node.text, node.length).isValidUtf8())
        return false;
    node.textKind = beyondAscii ? Text::Unicode : escaped ? Text::Escaped : Text::Plain;
    return true;
}

bool JsonTape::parseNumber(const char *&p, const char *end, Node &node)
{
    // JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const char *start = p;
    const bool negative = p < end && *p == '-';
    if (negative)
        ++p;
    if (p >= end || *p < '0' || *p > '9')
        return false;
    bool integer = true;
    bool mantissaNonZero = false;
    if (*p == '0') {
        ++p;
    } else {
        while (p < end && *p >= '0' && *p <= '9')
            mantissaNonZero = true, ++p;
    }
    if (p < end && *p == '.') {
        integer = false;
        ++p;
        if (p >= end || *p < '0' || *p > '9')
            return false;
        while (p < end && *p >= '0' && *p <= '9')
            mantissaNonZero = mantissaNonZero || *p != '0', ++p;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        integer = false;
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= end || *p < '0' || *p > '9')
            return false;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
    }
    const QByteArrayView token(start, p - start);
    if (integer && token.size() <= 18) {
        // Within qint64 for sure: QJsonDocument keeps it as an integer ("-0" is 0).
        qint64 value = 0;
        for (char c : token.sliced(negative ? 1 : 0))
            value = value * 10 + (c - '0');
        node.number = double(negative ? -value : value);
        return true;
    }
    bool ok = false;
    const double value = token.toDouble(&ok);
    // Out of range (QJsonDocument refuses it) or near it: left to QJsonDocument.
    if (!ok || !std::isfinite(value) || (value == 0 && mantissaNonZero) || (value != 0 && std::fabs(value) < DBL_MIN))
        return false;
    // A longer integer: QJsonDocument keeps it as a qint64 when it fits, else as a double; either way
    // toDouble() gives the nearest double to it, as this does.
    node.number = value;
    return true;
}

QString JsonTape::decoded(const Node &node) const
{
    switch (node.textKind) {
    case Text::Plain:
        return QString::fromLatin1(node.text, node.length);
    case Text::Escaped:
        return QString::fromLatin1(Value(this, quint32(&node - m_nodes.data())).toUtf8());
    case Text::Unicode:
        break;
    }
    // Beyond ASCII: read by QJsonDocument itself, so that every character comes out as it reads it.
    QByteArray wrapped;
    wrapped.reserve(qsizetype(node.length) + 4);
    wrapped.append("[\"").append(node.text, node.length).append("\"]");
    return QJsonDocument::fromJson(wrapped).array().first().toString();
}

bool JsonTape::Value::isNull() const
{
    return m_tape && m_tape->m_nodes[m_index].type == Type::Null;
}

bool JsonTape::Value::isBool() const
{
    return m_tape && (m_tape->m_nodes[m_index].type == Type::True || m_tape->m_nodes[m_index].type == Type::False);
}

bool JsonTape::Value::isDouble() const
{
    return m_tape && m_tape->m_nodes[m_index].type == Type::Number;
}

bool JsonTape::Value::isString() const
{
    return m_tape && m_tape->m_nodes[m_index].type == Type::String;
}

bool JsonTape::Value::isObject() const
{
    return m_tape && m_tape->m_nodes[m_index].type == Type::Object;
}

bool JsonTape::Value::isArray() const
{
    return m_tape && m_tape->m_nodes[m_index].type == Type::Array;
}

double JsonTape::Value::toDouble(double fallback) const
{
    return isDouble() ? m_tape->m_nodes[m_index].number : fallback;
}

bool JsonTape::Value::toBool(bool fallback) const
{
    return isBool() ? m_tape->m_nodes[m_index].type == Type::True : fallback;
}

QString JsonTape::Value::toString() const
{
    return isString() ? m_tape->decoded(m_tape->m_nodes[m_index]) : QString();
}

QByteArray JsonTape::Value::toUtf8() const
{
    if (!isString())
        return {};
    const Node &node = m_tape->m_nodes[m_index];
    if (node.textKind == Text::Plain)
        return QByteArray(node.text, node.length);
    if (node.textKind == Text::Unicode)
        return m_tape->decoded(node).toUtf8();
    QByteArray bytes(node.length, Qt::Uninitialized);
    char *out = bytes.data();
    const char *p = node.text;
    const char *end = p + node.length;
    while (p < end) {
        const char *backslash = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p)));
        const char *runEnd = backslash ? backslash : end;
        std::memcpy(out, p, size_t(runEnd - p));
        out += runEnd - p;
        p = runEnd;
        if (!backslash)
            break;
        switch (p[1]) {
        case 'b':
            *out++ = '\b';
            break;
        case 'f':
            *out++ = '\f';
            break;
        case 'n':
            *out++ = '\n';
            break;
        case 'r':
            *out++ = '\r';
            break;
        case 't':
            *out++ = '\t';
            break;
        case 'u':
            *out++ = char(hexQuad(p + 2, end)); // below 0x80 (else the text is Unicode)
            p += 4;
            break;
        default: // '"', '\\', '/'
            *out++ = p[1];
            break;
        }
        p += 2;
    }
    bytes.truncate(out - bytes.data());
    return bytes;
}

QByteArray JsonTape::Value::toLatin1() const
{
    if (isString() && m_tape->m_nodes[m_index].textKind == Text::Unicode)
        return toString().toLatin1();
    return toUtf8(); // ASCII: the same bytes
}

JsonTape::Object JsonTape::Value::toObject() const
{
    return isObject() ? Object(m_tape, m_index) : Object();
}

JsonTape::Array JsonTape::Value::toArray() const
{
    return isArray() ? Array(m_tape, m_index) : Array();
}

JsonTape::Value JsonTape::Object::value(QLatin1StringView key) const
{
    if (!m_tape)
        return {};
    const std::vector<Node> &nodes = m_tape->m_nodes;
    quint32 found = 0;
    bool any = false;
    // Every member is looked at: the last of duplicate keys counts, as in QJsonDocument.
    for (quint32 i = m_index + 1; i < nodes[m_index].end; i = nodes[i].end) {
        if (nodes[i].keyLength == quint32(key.size())
            && std::memcmp(nodes[i].key, key.data(), size_t(key.size())) == 0) {
            found = i;
            any = true;
        }
    }
    return any ? Value(m_tape, found) : Value();
}

qsizetype JsonTape::Array::size() const
{
    qsizetype count = 0;
    for (auto it = begin(); it != end(); ++it)
        ++count;
    return count;
}

} // namespace Gatescope
