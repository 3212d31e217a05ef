#include "logs/LogScan.h"

#include "logs/LogLineReader.h"
#include "logs/LogParser.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

Result<LogFileSummary> scan(LogLineReader &reader, const QString &path, const LogScanOptions &options,
                            const LogScanner::Progress &progress)
{
    LogFileSummary summary;
    summary.path = path;
    summary.name = reader.name();
    summary.compressed = reader.compressed();
    summary.bytes = reader.size();

    // The first lines decide the format; they are parsed like the rest afterwards.
    struct Held
    {
        QByteArray text;
        qint64 number;
        bool cut;
    };
    QList<Held> held;
    QList<QByteArray> sample;
    QByteArrayView line;
    while (sample.size() < LogFormats::DetectLines && reader.next(&line)) {
        held.append({ line.toByteArray(), reader.lineNumber(), reader.lastLineCut() });
        if (!line.trimmed().isEmpty())
            sample.append(line.toByteArray());
    }
    if (!reader.error().isEmpty())
        return Error { reader.error(), Error::Code::Io };
    QString format = options.format;
    if (format.isEmpty()) {
        const Result<QString> detected = LogFormats::detect(sample, summary.name);
        if (!detected)
            return detected.failure();
        format = detected.value();
    }
    summary.format = format;
    if (const LogFormatInfo *info = LogFormats::find(format))
        summary.product = info->product;

    LogParser parser(format, summary.name);
    LogRecord record;
    auto take = [&](LogParser::Line result, qint64 number, bool cut) {
        ++summary.lines;
        if (cut) {
            ++summary.cutLines;
            if (summary.cutLineNumbers.size() < LogFileSummary::MaxListedLines)
                summary.cutLineNumbers.append(number);
        }
        switch (result) {
        case LogParser::Line::Malformed:
            ++summary.malformed;
            if (summary.malformedLines.size() < LogFileSummary::MaxListedLines)
                summary.malformedLines.append(number);
            return;
        case LogParser::Line::Skipped:
            return;
        case LogParser::Line::Healthy:
            ++summary.records;
            return;
        case LogParser::Line::Record:
            break;
        }
        ++summary.records;
        if (record.isFailure())
            ++summary.failures;
        if (options.failuresOnly && !record.isFailure())
            return;
        if (options.since.isValid() && record.time.isValid() && record.time < options.since)
            return;
        if (summary.kept.size() >= options.maxRecords) {
            ++summary.dropped;
            return;
        }
        if (summary.product.isEmpty() && !record.product.isEmpty())
            summary.product = record.product;
        summary.kept.append(std::move(record));
        record = LogRecord();
    };
    for (const Held &h : std::as_const(held))
        take(parser.feed(h.text, h.number, &record, options.failuresOnly), h.number, h.cut);
    qint64 sinceProgress = 0;
    while (reader.next(&line)) {
        take(parser.feed(line, reader.lineNumber(), &record, options.failuresOnly), reader.lineNumber(),
             reader.lastLineCut());
        if (progress && ++sinceProgress >= 65536) {
            sinceProgress = 0;
            if (!progress(reader.position(), reader.size()))
                return Error { LogScanner::tr("%1: reading cancelled").arg(summary.name), Error::Code::Cancelled };
        }
    }
    if (!reader.error().isEmpty())
        return Error { reader.error(), Error::Code::Io };
    if (parser.finish(&record)) {
        --summary.lines; // the pending transaction is not a line of its own
        take(LogParser::Line::Record, record.line, false);
    }
    if (progress)
        progress(reader.size(), reader.size());
    return summary;
}

} // namespace

bool LogScanner::isLogFile(const QString &path)
{
    Result<std::shared_ptr<LogLineReader>> opened = LogLineReader::open(path);
    if (!opened)
        return false;
    LogLineReader &reader = *opened.value();
    int lines = 0;
    int logLines = 0;
    QByteArrayView line;
    while (lines < LogFormats::DetectLines && reader.next(&line)) {
        if (line.trimmed().isEmpty())
            continue;
        ++lines;
        if (!LogFormats::detectLine(line).isEmpty())
            ++logLines;
    }
    return lines >= 2 && logLines * 4 >= lines * 3;
}

Result<LogFileSummary> LogScanner::scanFile(const QString &path, const LogScanOptions &options,
                                            const Progress &progress)
{
    Result<std::shared_ptr<LogLineReader>> reader = LogLineReader::open(path);
    if (!reader)
        return reader.failure();
    return scan(*reader.value(), path, options, progress);
}

Result<LogFileSummary> LogScanner::scanText(const QByteArray &text, const QString &name, const LogScanOptions &options)
{
    const std::shared_ptr<LogLineReader> reader = LogLineReader::fromBytes(text, name);
    return scan(*reader, name, options, {});
}

} // namespace Gatescope
