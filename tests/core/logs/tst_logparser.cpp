#include "logs/LogLineReader.h"
#include "logs/LogParser.h"
#include "logs/LogScan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <zlib.h>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/tests/core/logs/data"_s;
}

struct Case
{
    QString name, file;
    qint64 line = 0;
    QString format, product;
    int status = 0;
    QString cause, hint, requestId, source;
};

QList<Case> cases()
{
    QFile file(dataDir() + u"/cases.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<Case> list;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (header || line.isEmpty()) {
            header = false;
            continue;
        }
        const QStringList f = line.split(u'\t');
        if (f.size() != 10)
            qFatal("cases.tsv: row '%s' has %d columns, not 10", qPrintable(line.left(60)), int(f.size()));
        list.append({ f[0], f[1], f[2].toLongLong(), f[3], f[4], f[5].toInt(), f[6], f[7], f[8], f[9] });
    }
    return list;
}

void writeGzip(const QString &path, const QByteArray &bytes)
{
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(gz);
    QCOMPARE(gzwrite(gz, bytes.constData(), unsigned(bytes.size())), int(bytes.size()));
    gzclose(gz);
}

QByteArray readData(const QString &name)
{
    QFile file(dataDir() + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

Q_DECLARE_METATYPE(Case)

// Every format on the real lines of data/cases.tsv; the streaming reader (plain, gzip by its
// magic bytes, cut long lines, line numbers of malformed lines); unknown formats reported.
class LogParserTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // nginx, Apache and Squid write local time without a zone: read it as UTC here.
        qputenv("TZ", "UTC");
        tzset();
        QVERIFY2(QFile::exists(dataDir() + u"/cases.tsv"_s), "GATESCOPE_SOURCE_DIR must point at the source tree");
    }

    void readsEachFormatFromRealLines_data()
    {
        QTest::addColumn<Case>("c");
        for (const Case &c : cases())
            QTest::newRow(qPrintable(c.name)) << c;
    }

    void readsEachFormatFromRealLines()
    {
        QFETCH(Case, c);
        LogScanOptions options;
        options.failuresOnly = false;
        const Result<LogFileSummary> summary = LogScanner::scanFile(dataDir() + u'/' + c.file, options);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->format, c.format);
        if (c.line == 0)
            return;
        const LogRecord *found = nullptr;
        for (const LogRecord &record : summary->kept) {
            if (record.line == c.line)
                found = &record;
        }
        QVERIFY2(found, qPrintable(u"no record starts at %1:%2 (source: %3)"_s.arg(c.file).arg(c.line).arg(c.source)));
        QCOMPARE(found->product, c.product);
        QCOMPARE(found->status, c.status);
        QCOMPARE(found->cause, c.cause);
        QCOMPARE(found->hint, c.hint);
        if (!c.requestId.isEmpty())
            QCOMPARE(found->requestId, c.requestId);
        QVERIFY2(!found->raw.isEmpty(), "the record keeps its line");
        QVERIFY2(c.cause.isEmpty() || !found->causeText.isEmpty(), "a cause comes with the words that say it");
    }

    void readsRequestFieldsAndTimings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("upstream");
        QTest::addColumn<double>("requestMs");
        QTest::addColumn<QString>("timeUtc");
        // clang-format off
        QTest::newRow("nginx error.log names the request")   << u"nginx-error.log"_s   << qint64(7)  << u"GET"_s  << u"/refused/a"_s << u"127.0.0.1:18199"_s          << -1.0    << u"2026-12-06T14:30:56Z"_s;
        QTest::newRow("nginx access rt= in ms")               << u"nginx-access.log"_s  << qint64(4)  << u"GET"_s  << u"/slow/d"_s    << u"127.0.0.1:18103"_s          << 2003.0  << u"2026-12-06T14:30:58Z"_s;
        QTest::newRow("haproxy Ta and server")                << u"haproxy.log"_s       << qint64(3)  << u"GET"_s  << u"/slow/d"_s    << u"slow/s1"_s                  << 2001.0  << u"2026-12-06T14:31:07Z"_s;
        QTest::newRow("apache merged lines keep the path")    << u"apache-error.log"_s  << qint64(8)  << QString() << u"/slow/d"_s    << QString()                     << -1.0    << u"2026-12-06T14:31:25Z"_s;
        QTest::newRow("apache %D microseconds")               << u"apache-access.log"_s << qint64(4)  << u"GET"_s  << u"/slow/d"_s    << QString()                     << 2002.943 << u"2026-12-06T14:31:23Z"_s;
        QTest::newRow("squid elapsed ms and peer")            << u"squid-access.log"_s  << qint64(4)  << u"GET"_s  << u"/d"_s         << u"HIER_DIRECT/127.0.0.1"_s    << 2893.0  << QString();
        QTest::newRow("alb absolute URL to path")             << u"alb.log"_s           << qint64(1)  << u"GET"_s  << u"/"_s          << u"10.0.0.1:80"_s              << -1.0    << u"2022-04-15T16:52:50Z"_s;
        QTest::newRow("heroku router fields")                 << u"heroku.log"_s        << qint64(4)  << u"GET"_s  << u"/"_s          << u"web.1"_s                    << -1.0    << u"2010-10-07T04:51:37Z"_s;
        // clang-format on
    }

    void readsRequestFieldsAndTimings()
    {
        QFETCH(QString, file);
        QFETCH(qint64, line);
        QFETCH(QString, method);
        QFETCH(QString, target);
        QFETCH(QString, upstream);
        QFETCH(double, requestMs);
        QFETCH(QString, timeUtc);
        LogScanOptions options;
        options.failuresOnly = false;
        const Result<LogFileSummary> summary = LogScanner::scanFile(dataDir() + u'/' + file, options);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const auto it = std::find_if(summary->kept.cbegin(), summary->kept.cend(),
                                     [line](const LogRecord &r) { return r.line == line; });
        QVERIFY(it != summary->kept.cend());
        QCOMPARE(it->method, method);
        QCOMPARE(it->target, target);
        if (!upstream.isEmpty())
            QCOMPARE(it->upstreamAddress, upstream);
        if (requestMs >= 0)
            QVERIFY2(qAbs(it->requestMs - requestMs) < 0.01,
                     qPrintable(u"requestMs %1, expected %2"_s.arg(it->requestMs).arg(requestMs)));
        if (!timeUtc.isEmpty())
            QCOMPARE(it->time.toString(Qt::ISODate), timeUtc);
    }

    void keepsOnlyFailuresWhenAsked()
    {
        const Result<LogFileSummary> summary = LogScanner::scanFile(dataDir() + u"/nginx-access.log"_s);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->records, 12);
        QCOMPARE(summary->failures, 9); // seven 502/504 lines, the 500 and the 503 of the limit
        QCOMPARE(summary->kept.size(), 9);
        QCOMPARE(summary->malformed, 0);
    }

    void reportsAnUnknownFormatWithItsFirstLines()
    {
        const Result<LogFileSummary> summary
            = LogScanner::scanText("hello world\nthis is not a gateway log\n", u"notes.txt"_s);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.errorCode(), Error::Code::Unsupported);
        QVERIFY2(summary.error().contains(u"notes.txt"_s), qPrintable(summary.error()));
        QVERIFY2(summary.error().contains(u"this is not a gateway log"_s), qPrintable(summary.error()));
    }

    void readsGzipByItsMagicBytesWhateverTheName()
    {
        QTemporaryDir dir;
        const QByteArray plain = readData(u"nginx-error.log"_s);
        QVERIFY(!plain.isEmpty());
        const QString path = dir.filePath(u"error.log.1"_s); // rotated, no .gz suffix
        writeGzip(path, plain);
        const Result<LogFileSummary> summary = LogScanner::scanFile(path);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QVERIFY(summary->compressed);
        QCOMPARE(summary->format, u"nginx-error"_s);
        QCOMPARE(summary->lines, 35);
        QCOMPARE(summary->kept.size(), 9);
        QCOMPARE(summary->kept.first().line, 7);
    }

    void cutsALongLineAndCountsIt()
    {
        QTemporaryDir dir;
        const QByteArray access = readData(u"nginx-access.log"_s);
        const QList<QByteArray> lines = access.split('\n');
        QByteArray text = lines.at(0) + '\n' + lines.at(1) + '\n';
        text += lines.at(2) + ' ' + QByteArray(3 * 1024 * 1024, 'x') + '\n'; // a 3 MiB line
        text += lines.at(3) + '\n' + "not a log line at all\n" + lines.at(4) + '\n';
        QFile file(dir.filePath(u"access.log"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const Result<LogFileSummary> summary = LogScanner::scanFile(file.fileName());
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->lines, 6);
        QCOMPARE(summary->cutLines, 1);
        QCOMPARE(summary->cutLineNumbers, QList<qint64>({ 3 }));
        QCOMPARE(summary->malformed, 1);
        QCOMPARE(summary->malformedLines, QList<qint64>({ 5 }));
        // The cut line still parses (its fields come first); the line after it keeps its number.
        QCOMPARE(summary->kept.size(), 5);
        QCOMPARE(summary->kept.at(3).line, 4);
        QCOMPARE(summary->kept.at(4).line, 6);
        QVERIFY(summary->kept.at(2).raw.size() <= LogLineReader::MaxLineBytes);
    }

    void readerSplitsLinesAcrossBufferBoundaries_data()
    {
        QTest::addColumn<int>("lineLength");
        QTest::newRow("short lines") << 100;
        QTest::newRow("lines longer than the read buffer") << int(LogLineReader::ChunkBytes / 2 + 17);
        QTest::newRow("a line just over the limit") << int(LogLineReader::MaxLineBytes + 1);
    }

    void readerSplitsLinesAcrossBufferBoundaries()
    {
        QFETCH(int, lineLength);
        QByteArray text;
        for (char c : { 'a', 'b', 'c', 'd' })
            text += QByteArray(lineLength, c) + "\r\n";
        text += "last line without an end";
        const auto reader = LogLineReader::fromBytes(text, u"lines"_s);
        QByteArrayView line;
        int count = 0;
        while (reader->next(&line)) {
            ++count;
            if (count <= 4) {
                QCOMPARE(line.size(), std::min<qsizetype>(lineLength, LogLineReader::MaxLineBytes));
                QVERIFY(!line.endsWith('\r'));
                QCOMPARE(line.front(), "abcd"[count - 1]);
            } else {
                QCOMPARE(line, QByteArrayView("last line without an end"));
            }
            QCOMPARE(reader->lineNumber(), qint64(count));
        }
        QCOMPARE(count, 5);
        QCOMPARE(reader->cutLines(), lineLength > LogLineReader::MaxLineBytes ? 4 : 0);
    }

    void namesAMissingFile()
    {
        const Result<LogFileSummary> summary = LogScanner::scanFile(u"/nonexistent/error.log"_s);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.errorCode(), Error::Code::Io);
        QVERIFY2(summary.error().contains(u"/nonexistent/error.log"_s), qPrintable(summary.error()));
    }
};

QTEST_GUILESS_MAIN(LogParserTest)
#include "tst_logparser.moc"
