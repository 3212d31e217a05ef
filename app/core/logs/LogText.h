#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

// Small scanners over a log line held as a view: no allocation until a field is kept.
namespace Gatescope::LogText {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A whole non-negative decimal number, or -1.
inline int toInt(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 9)
        return -1;
    int value = 0;
    for (char c : text) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// A signed integer ("-1" in HAProxy and ALB timers), or `fallback`.
inline qint64 toSigned(QByteArrayView text, qint64 fallback)
{
    // The common case by hand ("-1", "2001", "+3"): Qt's conversion goes through the locale code
    // and costs more than the rest of an HAProxy line.
    const qsizetype sign = !text.isEmpty() && (text.front() == '-' || text.front() == '+') ? 1 : 0;
    if (text.size() > sign && text.size() - sign <= 18) {
        qint64 value = 0;
        qsizetype i = sign;
        while (i < text.size() && isDigit(text.at(i)))
            value = value * 10 + (text.at(i++) - '0');
        if (i == text.size())
            return text.front() == '-' ? -value : value;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? value : fallback;
}

inline double toDouble(QByteArrayView text, double fallback = -1)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? value : fallback;
}

// A QString for a field that takes few values in a log (HAProxy's termination state, a backend's
// name, a method): the same text gives the same shared string instead of a new allocation per
// record. Up to 64 values per thread are remembered; others are converted each time.
inline QString internedField(QByteArrayView text)
{
    struct Entry
    {
        QByteArray bytes;
        QString text;
    };
    thread_local QList<Entry> entries;
    for (const Entry &e : std::as_const(entries)) {
        if (e.bytes == text)
            return e.text;
    }
    QString converted = QString::fromUtf8(text);
    if (entries.size() < 64 && text.size() <= 64)
        entries.append({ text.toByteArray(), converted });
    return converted;
}

// QByteArrayView has no split() in Qt 6.4.
inline QList<QByteArrayView> splitView(QByteArrayView text, char separator)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    while (true) {
        const qsizetype at = text.indexOf(separator, start);
        if (at < 0) {
            parts.append(text.sliced(start));
            return parts;
        }
        parts.append(text.sliced(start, at - start));
        start = at + 1;
    }
}

inline void skipSpaces(QByteArrayView &rest)
{
    qsizetype i = 0;
    while (i < rest.size() && (rest.at(i) == ' ' || rest.at(i) == '\t'))
        ++i;
    rest = rest.sliced(i);
}

// The next field: "quoted" (backslash escapes kept), [bracketed], or up to the next space/tab.
// Returns false when nothing is left; *quoted says whether the field was quoted.
inline bool nextField(QByteArrayView &rest, QByteArrayView *field, bool *quoted = nullptr)
{
    skipSpaces(rest);
    if (rest.isEmpty())
        return false;
    const char open = rest.front();
    if (open == '"' || open == '[') {
        const char close = open == '"' ? '"' : ']';
        qsizetype i = 1;
        while (i < rest.size() && rest.at(i) != close) {
            if (rest.at(i) == '\\' && open == '"')
                ++i;
            ++i;
        }
        *field = rest.sliced(1, std::min(i, rest.size()) - 1);
        rest = rest.sliced(std::min(i + 1, rest.size()));
        if (quoted)
            *quoted = true;
        return true;
    }
    qsizetype i = 0;
    while (i < rest.size() && rest.at(i) != ' ' && rest.at(i) != '\t')
        ++i;
    *field = rest.first(i);
    rest = rest.sliced(i);
    if (quoted)
        *quoted = false;
    return true;
}

// Every field of a line, as nextField reads them one after another.
inline QList<QByteArrayView> fieldsOf(QByteArrayView line)
{
    QList<QByteArrayView> fields;
    QByteArrayView field;
    while (nextField(line, &field))
        fields.append(field);
    return fields;
}

inline int monthIndex(QByteArrayView name)
{
    static constexpr const char *Months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    for (int i = 0; i < 12; ++i) {
        if (name == QByteArrayView(Months[i]))
            return i + 1;
    }
    return 0;
}

// A wall-clock time of this machine's zone (nginx error.log, Apache, Squid and HAProxy write
// local time without a zone) as UTC. The zone's offset is looked up once per hour of the log, not
// per line: asking the C library for each line costs a stat() of /etc/localtime every time.
inline QDateTime localToUtc(const QDate &date, const QTime &time)
{
    struct Cached
    {
        QDate date;
        int hour = -1;
        int offset = 0;
    };
    thread_local Cached cached;
    if (cached.date != date || cached.hour != time.hour()) {
        cached.date = date;
        cached.hour = time.hour();
        cached.offset = QDateTime(date, QTime(time.hour(), 30), Qt::LocalTime).offsetFromUtc();
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-cached.offset);
}

// "10/Oct/2000:13:55:36 -0700" (CLF, also with ".123" milliseconds as HAProxy writes it).
inline QDateTime parseClfTime(QByteArrayView text)
{
    if (text.size() < 20 || text.at(2) != '/' || text.at(6) != '/' || text.at(11) != ':')
        return {};
    const int day = toInt(text.sliced(0, 2));
    const int month = monthIndex(text.sliced(3, 3));
    const int year = toInt(text.sliced(7, 4));
    const int hour = toInt(text.sliced(12, 2));
    const int minute = toInt(text.sliced(15, 2));
    const int second = toInt(text.sliced(18, 2));
    if (day < 0 || month == 0 || year < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    qsizetype at = 20;
    int millis = 0;
    if (at < text.size() && text.at(at) == '.') {
        qsizetype end = at + 1;
        while (end < text.size() && isDigit(text.at(end)))
            ++end;
        millis = toInt(text.sliced(at + 1, std::min<qsizetype>(3, end - at - 1)));
        at = end;
    }
    int offsetSeconds = 0;
    bool zoned = false;
    if (at + 5 < text.size() + 1 && at < text.size() && text.at(at) == ' ' && at + 5 < text.size()) {
        const QByteArrayView zone = text.sliced(at + 1, 5);
        const int hhmm = toInt(zone.sliced(1));
        if ((zone.at(0) == '+' || zone.at(0) == '-') && hhmm >= 0) {
            offsetSeconds = ((hhmm / 100) * 3600 + (hhmm % 100) * 60) * (zone.at(0) == '-' ? -1 : 1);
            zoned = true;
        }
    }
    const QDate date(year, month, day);
    const QTime clock(hour, minute, second, std::max(0, millis));
    if (!zoned)
        return localToUtc(date, clock);
    return QDateTime(date, clock, Qt::UTC).addSecs(-offsetSeconds);
}

// ISO 8601 ("2018-07-02T22:23:00.186641Z", with an offset or without a zone = UTC).
inline QDateTime parseIsoTime(QByteArrayView text)
{
    QString value = QString::fromLatin1(text);
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid()) {
        // More than millisecond precision: keep three fraction digits.
        const qsizetype dot = value.indexOf(u'.');
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < value.size() && value.at(end).isDigit())
                ++end;
            if (end - dot > 4)
                value.remove(dot + 4, end - dot - 4);
            time = QDateTime::fromString(value, Qt::ISODateWithMs);
        }
    }
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

} // namespace Gatescope::LogText
