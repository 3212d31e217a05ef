#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Gatescope {

// Reads a log line by line without holding the file: a plain file through QFile, a gzip file
// (rotated logs, ALB and CloudFront deliveries) through zlib — recognised by its magic bytes
// 1f 8b, whatever its name. A line longer than MaxLineBytes is cut there and the rest of it
// skipped unread into memory; such lines are counted. "\r\n" and "\n" both end a line.
// Memory stays at one read buffer (ChunkBytes) plus the longest line kept.
class LogLineReader
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::LogLineReader)
public:
    static constexpr qsizetype MaxLineBytes = 1024 * 1024;
    static constexpr qsizetype ChunkBytes = 1024 * 1024;

    // Opens a file; the error names it.
    static Result<std::shared_ptr<LogLineReader>> open(const QString &path);
    // Reads text already in memory (pasted into the window); `name` is what messages call it.
    static std::shared_ptr<LogLineReader> fromBytes(const QByteArray &bytes, const QString &name);

    ~LogLineReader();
    LogLineReader(const LogLineReader &) = delete;
    LogLineReader &operator=(const LogLineReader &) = delete;

    // The next line (without its line end), valid until the next call; false at the end or on a
    // read error (then error() says so).
    bool next(QByteArrayView *line);
    qint64 lineNumber() const { return m_lineNumber; } // of the line next() returned last
    bool lastLineCut() const { return m_lastCut; }
    qint64 cutLines() const { return m_cutLines; }
    bool compressed() const;
    QString name() const { return m_name; }
    QString error() const { return m_error; }
    // Progress: bytes of the file consumed so far (compressed bytes for gzip) and its size.
    qint64 position() const;
    qint64 size() const { return m_size; }

private:
    LogLineReader() = default;
    bool refill();

    struct Source;
    std::unique_ptr<Source> m_source;
    QString m_name;
    QString m_error;
    QByteArray m_buffer;
    qsizetype m_start = 0; // first unread byte of m_buffer
    qsizetype m_end = 0; // end of valid bytes in m_buffer
    bool m_eof = false;
    QByteArray m_long; // a line that spans buffer refills
    qint64 m_lineNumber = 0;
    qint64 m_cutLines = 0;
    qint64 m_size = 0;
    bool m_lastCut = false;
};

} // namespace Gatescope
