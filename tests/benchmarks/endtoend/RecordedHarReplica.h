#pragma once

// Writes a HAR of a chosen size made of copies of genuinely recorded browser entries (the seed,
// data/chromium156-playwright-recorded.har: a page, an image, JSON API calls, a 502, a 504, a POST,
// a gzip response and a refused connection, each with the headers, timings and bodies Chromium
// recorded, pretty-printed with two spaces as DevTools writes it). The copies are the seed's own
// text, byte for byte, except each request URL, which gains "r=<copy>" in its query so that no
// two entries are equal.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace Gatescope::Bench {

// The text of each element of the top-level array that starts at `open` ('['), strings respected.
inline QList<QByteArrayView> arrayElements(QByteArrayView text, qsizetype open)
{
    QList<QByteArrayView> elements;
    int depth = 0;
    bool inString = false;
    qsizetype start = -1;
    for (qsizetype i = open; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth == 2 && c == '{')
                start = i;
        } else if (c == '}' || c == ']') {
            if (--depth == 1 && c == '}' && start >= 0) {
                elements.append(text.sliced(start, i + 1 - start));
                start = -1;
            } else if (depth == 0) {
                return elements;
            }
        }
    }
    return {};
}

struct ReplicaStats
{
    qint64 bytes = -1; // < 0: the seed could not be read or the file not written
    int entries = 0;
    int failed = 0; // status >= 500 or no response at all
};

// Writes at least `targetBytes` (and one copy of every seed entry) to `path`.
inline ReplicaStats writeRecordedHarReplica(const QString &seedPath, const QString &path, qint64 targetBytes)
{
    ReplicaStats stats;
    QFile seedFile(seedPath);
    if (!seedFile.open(QIODevice::ReadOnly))
        return stats;
    const QByteArray seed = seedFile.readAll();
    const qsizetype entriesKey = seed.indexOf("\"entries\":");
    const qsizetype open = entriesKey < 0 ? -1 : seed.indexOf('[', entriesKey);
    const QList<QByteArrayView> entries = open < 0 ? QList<QByteArrayView>() : arrayElements(seed, open);
    QFile out(path);
    if (entries.isEmpty() || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return stats;
    // The separator between entries and the indentation as the seed has them.
    const qsizetype firstStart = entries.first().data() - seed.constData();
    const QByteArray indent = seed.mid(open + 1, firstStart - open - 1); // "\n      "
    QList<bool> failed;
    for (QByteArrayView entry : entries) {
        const qsizetype status = entry.indexOf("\"status\": ");
        qsizetype end = status + 10;
        while (end < entry.size() && (entry.at(end) == '-' || (entry.at(end) >= '0' && entry.at(end) <= '9')))
            ++end;
        const int code = status < 0 ? 0 : entry.sliced(status + 10, end - status - 10).toInt();
        failed.append(code >= 500 || code <= 0);
    }

    out.write(seed.left(open + 1));
    qint64 written = open + 1;
    for (int copy = 0; written < targetBytes || copy == 0; ++copy) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QByteArrayView entry = entries.at(i);
            // The request's URL is the entry's first "url" value.
            const qsizetype urlKey = entry.indexOf("\"url\": \"");
            const qsizetype urlEnd = urlKey < 0 ? -1 : entry.indexOf('"', urlKey + 8);
            QByteArray text = (stats.entries ? "," : "") + indent;
            if (urlEnd < 0) {
                text += entry;
            } else {
                const QByteArrayView url = entry.sliced(urlKey + 8, urlEnd - urlKey - 8);
                text += entry.first(urlEnd);
                text += (url.contains('?') ? "&r=" : "?r=") + QByteArray::number(copy);
                text += entry.sliced(urlEnd);
            }
            if (out.write(text) != text.size())
                return stats;
            written += text.size();
            ++stats.entries;
            stats.failed += failed.at(i);
        }
    }
    // What follows the seed's last entry ("\n    ]\n  }\n}\n").
    out.write(seed.mid(entries.last().data() + entries.last().size() - seed.constData()));
    out.close();
    stats.bytes = out.size();
    return stats;
}

} // namespace Gatescope::Bench
