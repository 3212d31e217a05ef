#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <vector>

namespace Gatescope {

// One JSON text (a HAR entry) read into a flat list of nodes that point into the text: no string
// is decoded and no container is allocated until a reader asks for that value. It reads a strict
// subset of what QJsonDocument reads and gives the same values for it (a duplicate key's last
// value, numbers as QJsonValue::toDouble() gives them, strings as QJsonValue::toString()): parse()
// refuses whatever it is not sure to read alike — JSON errors, escapes other than JSON's own, keys
// with escapes or bytes beyond ASCII, invalid UTF-8, numbers out of range, nesting deeper than
// 512 — and the caller then reads that text with QJsonDocument, which also names the error.
// Value, Object and Array offer the part of QJsonValue's, QJsonObject's and QJsonArray's interface
// the HAR importer uses, so one reader serves both. The text must outlive the tape.
class JsonTape
{
public:
    class Object;
    class Array;

    class Value
    {
    public:
        Value() = default;
        bool isUndefined() const { return !m_tape; }
        bool isNull() const;
        bool isBool() const;
        bool isDouble() const;
        bool isString() const;
        bool isObject() const;
        bool isArray() const;
        double toDouble(double fallback = 0) const;
        bool toBool(bool fallback = false) const;
        QString toString() const; // QString() for anything but a string
        QByteArray toUtf8() const; // toString().toUtf8(), without the detour through UTF-16 for ASCII text
        QByteArray toLatin1() const; // toString().toLatin1(), the same way
        Object toObject() const;
        Array toArray() const;

    private:
        friend class JsonTape;
        Value(const JsonTape *tape, quint32 index)
            : m_tape(tape)
            , m_index(index)
        { }
        const JsonTape *m_tape = nullptr;
        quint32 m_index = 0;
    };

    class Object
    {
    public:
        Object() = default;
        Value value(QLatin1StringView key) const;
        bool contains(QLatin1StringView key) const { return !value(key).isUndefined(); }
        bool isEmpty() const { return !m_tape || m_tape->m_nodes[m_index].end == m_index + 1; }

    private:
        friend class JsonTape;
        Object(const JsonTape *tape, quint32 index)
            : m_tape(tape)
            , m_index(index)
        { }
        const JsonTape *m_tape = nullptr;
        quint32 m_index = 0;
    };

    class Array
    {
    public:
        class const_iterator
        {
        public:
            Value operator*() const { return Value(m_tape, m_index); }
            const_iterator &operator++()
            {
                m_index = m_tape->m_nodes[m_index].end;
                return *this;
            }
            bool operator!=(const const_iterator &other) const { return m_index != other.m_index; }

        private:
            friend class Array;
            const_iterator(const JsonTape *tape, quint32 index)
                : m_tape(tape)
                , m_index(index)
            { }
            const JsonTape *m_tape;
            quint32 m_index;
        };

        Array() = default;
        const_iterator begin() const { return const_iterator(m_tape, m_tape ? m_index + 1 : 0); }
        const_iterator end() const { return const_iterator(m_tape, m_tape ? m_tape->m_nodes[m_index].end : 0); }
        qsizetype size() const;
        bool isEmpty() const { return !m_tape || m_tape->m_nodes[m_index].end == m_index + 1; }
        Value first() const { return isEmpty() ? Value() : Value(m_tape, m_index + 1); }

    private:
        friend class JsonTape;
        Array(const JsonTape *tape, quint32 index)
            : m_tape(tape)
            , m_index(index)
        { }
        const JsonTape *m_tape = nullptr;
        quint32 m_index = 0;
    };

    // Reads `text` (one JSON value, nothing around it but whitespace), replacing what was read
    // before; false when the text is not one this tape reads alike with QJsonDocument (see above).
    bool parse(QByteArrayView text);
    Value root() const { return m_nodes.empty() ? Value() : Value(this, 0); }

private:
    enum class Type : quint8 { Null, False, True, Number, String, Object, Array };
    enum class Text : quint8 { Plain, Escaped, Unicode }; // a string: ASCII as is; ASCII escapes; beyond ASCII
    struct Node
    {
        const char *key = nullptr; // an object member's key (ASCII, no escapes)
        const char *text = nullptr; // a string's bytes between the quotes
        double number = 0;
        quint32 keyLength = 0;
        quint32 length = 0;
        quint32 end = 0; // the index after this node and everything inside it
        Type type = Type::Null;
        Text textKind = Text::Plain;
    };

    bool parseValue(const char *&p, const char *end, int depth);
    bool parseString(const char *&p, const char *end, Node &node);
    bool parseNumber(const char *&p, const char *end, Node &node);
    QString decoded(const Node &node) const;

    std::vector<Node> m_nodes;
};

} // namespace Gatescope
