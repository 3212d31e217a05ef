#pragma once

#include "logs/LogRecord.h"
#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace Gatescope {

struct LogScanOptions
{
    bool failuresOnly = true; // keep records of failures only (5xx, or a line that names a failure)
    QDateTime since; // drop records before this time (records without a time are kept)
    int maxRecords = 100000; // kept records; later ones are counted, not kept
    QString format; // force a format id instead of detecting it
};

// What reading one log file found: its format, the line counts, the lines that did not fit the
// format (their numbers), and the records kept.
struct LogFileSummary
{
    QString path;
    QString name;
    QString format;
    QString product;
    bool compressed = false;
    qint64 bytes = 0;
    qint64 lines = 0;
    qint64 records = 0; // lines (or transactions) that parsed as requests or messages
    qint64 failures = 0; // of those, failures (kept or not)
    qint64 malformed = 0;
    QList<qint64> malformedLines; // the first MaxListedLines of them
    qint64 cutLines = 0; // longer than LogLineReader::MaxLineBytes
    QList<qint64> cutLineNumbers;
    QList<LogRecord> kept;
    qint64 dropped = 0; // records past maxRecords

    static constexpr int MaxListedLines = 100;
};

// Reads a whole log once, streaming: detects its format from the first lines (an unknown format
// is an error that shows them), parses every line and keeps the records asked for. `progress` is
// called now and then with (bytes done, bytes total); returning false cancels (Error::Cancelled).
class LogScanner
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::LogScanner)
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static Result<LogFileSummary> scanFile(const QString &path, const LogScanOptions &options = {},
                                           const Progress &progress = {});
    static Result<LogFileSummary> scanText(const QByteArray &text, const QString &name,
                                           const LogScanOptions &options = {});
    // Whether a file is a gateway's log rather than a capture: at least three in four of its first
    // non-empty lines (two or more) are lines of a known log format. Unreadable files are not.
    static bool isLogFile(const QString &path);
};

} // namespace Gatescope
