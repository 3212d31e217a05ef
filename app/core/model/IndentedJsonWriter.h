#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <functional>
#include <type_traits>

namespace Gatescope {

// Writes JSON text straight into a QByteArray, byte for byte as QJsonDocument::toJson(Indented)
// writes the same values — four spaces per level, "key": value, strings escaped as Qt escapes
// them, numbers as a QJsonValue holds them — without building a QJsonObject first (the diagnosis
// report of a big capture spent most of its time building and freeing those trees).
// QJsonObject orders its members by key; a writer's caller writes them in that order, and the
// writer checks it: membersInOrder() is false once a key did not sort after the one before it.
class IndentedJsonWriter
{
public:
    // A member written by a function, for objects whose members come from several places
    // (an exchange, its diagnosis, its hops): object() sorts them by key as QJsonObject does.
    struct Member
    {
        QLatin1StringView key;
        std::function<void(IndentedJsonWriter &)> write; // writes the value
    };

    // `depth`: the indentation level the first value starts at (0 for a whole document; an item
    // of a top-level object's array is at 2). Nothing is written before the value itself.
    explicit IndentedJsonWriter(QByteArray &out, int depth = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // An object of these members, in key order.
    void object(QList<Member> members);
    // The next member's key (inside an object): separator, indentation, "key": .
    void key(QLatin1StringView name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    // Bytes as QString::fromUtf8 reads them (invalid sequences replaced, a leading BOM dropped).
    void utf8Value(QByteArrayView bytes);
    void value(bool flag);
    void null();
    void value(double number); // as QJsonValue(double): integral values up to 2^53 as integers
    template<typename Integer>
    requires(std::is_integral_v<Integer> && !std::is_same_v<Integer, bool>) void value(Integer number)
    {
        integerValue(qint64(number));
    }
    void value(const QStringList &texts); // an array of strings (QJsonArray::fromStringList)

    // key(name) then value(v): the common case.
    template<typename Value> void member(QLatin1StringView name, const Value &v)
    {
        key(name);
        value(v);
    }
    void utf8Member(QLatin1StringView name, QByteArrayView bytes)
    {
        key(name);
        utf8Value(bytes);
    }

    bool membersInOrder() const { return m_inOrder; }

private:
    struct Level
    {
        bool object = false;
        bool empty = true;
        QLatin1StringView lastKey;
    };
    void beforeValue(); // an array item's separator and indentation
    void begin(bool object, char open);
    void end(char close);
    void indent(qsizetype level);
    void integerValue(qint64 number);
    void escapedUtf16(QStringView text);

    QByteArray &m_out;
    int m_baseDepth;
    QVarLengthArray<Level, 12> m_levels;
    bool m_afterKey = false;
    bool m_inOrder = true;
};

} // namespace Gatescope
