#include "diagnosis/Diagnoser.h"
#include "logs/LogJoin.h"
#include "logs/LogScan.h"

#include <QFile>
#include <QTest>

#include <ctime>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/tests/core/logs/data"_s;
}

QList<LogRecord> failures(const QString &file)
{
    const Result<LogFileSummary> summary = LogScanner::scanFile(dataDir() + u'/' + file);
    if (!summary)
        qFatal("%s", qPrintable(summary.error()));
    return summary->kept;
}

LogRecord at(const QList<LogRecord> &records, qint64 line)
{
    for (const LogRecord &r : records) {
        if (r.line == line)
            return r;
    }
    qFatal("no record at line %lld", line);
}

// What the client saw of nginx's own error page (nginx 1.22.1, as the gateway tests record it).
Exchange nginxAnswer(int status, const QString &path, const QString &startedAtUtc, double totalMs)
{
    Exchange e;
    e.source = Exchange::Source::Replayed;
    e.request.method = "GET";
    e.request.url = QUrl(u"http://127.0.0.1:18200"_s + path);
    e.startedAt = QDateTime::fromString(startedAtUtc, Qt::ISODate);
    e.timings.total = totalMs;
    e.timings.wait = totalMs;
    ResponseData r;
    r.status = status;
    r.reason = status == 504 ? "Gateway Time-out" : "Bad Gateway";
    r.headers = { HeaderField { "Server", "nginx/1.22.1" }, HeaderField { "Content-Type", "text/html" } };
    r.body = "<html>\r\n<head><title>" + QByteArray::number(status) + ' ' + r.reason
        + "</title></head>\r\n<body>\r\n<center><h1>" + QByteArray::number(status) + ' ' + r.reason
        + "</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
    r.bodySize = r.body.size();
    e.response = r;
    return e;
}

} // namespace

// Joining log lines to exchanges (request id, method + path + time) and the verdict they sharpen:
// the line that decided a node is in the decision path.
class LogJoinTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        tzset();
    }

    // Each id header the issue names, against the id its product logged (real lines of
    // tests/core/logs/data): the answer is of another day and path, so only the id can join.
    void joinsByRequestIdFirst_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("nginx X-Request-Id ($request_id)") << u"nginx-access.log"_s << 1 << QByteArray("X-Request-Id")
                                                          << QByteArray("1b2d432562f65d07dd0e17a886c005f1");
        QTest::newRow("Envoy x-request-id") << u"envoy-json.log"_s << 1 << QByteArray("x-request-id")
                                            << QByteArray("bdc55196-1c65-4054-bc5c-f7450a781b26");
        QTest::newRow("ALB X-Amzn-Trace-Id with its Parent") << u"alb.log"_s << 1 << QByteArray("X-Amzn-Trace-Id")
                                                             << QByteArray("Root=1-58337262-36d228ad5d99923122bbe354;"
                                                                           "Parent=3a4b5c6d7e8f9a0b;Sampled=1");
        QTest::newRow("CloudFront X-Amz-Cf-Id")
            << u"cloudfront-docs.log"_s << 6 << QByteArray("X-Amz-Cf-Id")
            << QByteArray("1pkpNfBQ39sYMnjjUQjmH2w1wdJnbHYTbag21o_3OfcQgPzdL2RSSQ==");
        QTest::newRow("HAProxy unique-id (captured, sent as X-Unique-ID)")
            << u"haproxy-unique-id.log"_s << 1 << QByteArray("X-Unique-ID")
            << QByteArray("7F000001:8A92_7F000001:47EB_6B17245F_0000:508B");
        QTest::newRow("Cloudflare CF-Ray with its colo suffix")
            << u"cloudflare-logpull-public.log"_s << 2 << QByteArray("CF-Ray") << QByteArray("49336fc9397ab080-SJC");
    }

    void joinsByRequestIdFirst()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        const QList<LogRecord> records = failures(file);
        Exchange e = nginxAnswer(502, u"/somewhere/else"_s, u"2020-01-01T00:00:00Z"_s, 1);
        e.response->headers.append(HeaderField { header, value });
        const QList<LogMatch> matches = LogJoin::match(e, records);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().quality, u"request-id"_s);
        QCOMPARE(matches.first().record.line, line);
    }

    void joinsByMethodPathAndTimeWithoutAnId()
    {
        const QList<LogRecord> errors = failures(u"nginx-error.log"_s);
        const Exchange e = nginxAnswer(502, u"/nohealthy/h"_s, u"2026-12-06T14:30:58.100Z"_s, 1);
        const QList<LogMatch> matches = LogJoin::match(e, errors);
        QCOMPARE(matches.size(), 2); // both refused upstream servers
        for (const LogMatch &m : matches) {
            QCOMPARE(m.quality, u"method-path-time"_s);
            QCOMPARE(m.record.target, u"/nohealthy/h"_s);
        }
    }

    void doesNotJoinOutsideTheTimeWindow()
    {
        const QList<LogRecord> errors = failures(u"nginx-error.log"_s);
        const Exchange e = nginxAnswer(502, u"/refused/a"_s, u"2026-12-06T15:30:56Z"_s, 1);
        QVERIFY(LogJoin::match(e, errors).isEmpty());
    }

    void theLogLineSharpensTheVerdict_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("startedAt");
        QTest::addColumn<QString>("withoutLog");
        QTest::addColumn<QString>("withLog");
        QTest::addColumn<QString>("decidingLine");
        // clang-format off
        QTest::newRow("nginx refused")          << u"nginx-error.log"_s << 502 << u"/refused/a"_s     << u"2026-12-06T14:30:56.100Z"_s << u"upstream.error"_s   << u"upstream.refused"_s             << u"nginx-error.log:7: connect() failed (111: Connection refused) while connecting to upstream"_s;
        QTest::newRow("nginx closed early")     << u"nginx-error.log"_s << 502 << u"/closed/b"_s      << u"2026-12-06T14:30:56.200Z"_s << u"upstream.error"_s   << u"upstream.closed-early"_s        << u"nginx-error.log:9: upstream prematurely closed connection while reading response header from upstream"_s;
        QTest::newRow("nginx reset")            << u"nginx-error.log"_s << 502 << u"/reset/c"_s       << u"2026-12-06T14:30:56.300Z"_s << u"upstream.error"_s   << u"upstream.reset"_s               << u"nginx-error.log:11: recv() failed (104: Connection reset by peer) while reading response header from upstream"_s;
        QTest::newRow("nginx invalid header")   << u"nginx-error.log"_s << 502 << u"/junk/e"_s        << u"2026-12-06T14:30:58.100Z"_s << u"upstream.error"_s   << u"upstream.invalid-response"_s    << u"nginx-error.log:15: upstream sent invalid header: \"Bad\\x20...\" while reading response header from upstream"_s;
        QTest::newRow("nginx no live upstreams")<< u"nginx-error.log"_s << 502 << u"/nohealthy/i"_s   << u"2026-12-06T14:30:58.200Z"_s << u"upstream.error"_s   << u"capacity.no-healthy-upstream"_s << u"nginx-error.log:24: no live upstreams while connecting to upstream"_s;
        // clang-format on
    }

    void theLogLineSharpensTheVerdict()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QString, path);
        QFETCH(QString, startedAt);
        QFETCH(QString, withoutLog);
        QFETCH(QString, withLog);
        QFETCH(QString, decidingLine);
        const Diagnoser diagnoser;
        const Exchange e = nginxAnswer(status, path, startedAt, 1.5);
        QCOMPARE(diagnoser.diagnose(e).cause, withoutLog);

        const QList<LogMatch> matches = LogJoin::match(e, failures(file));
        QVERIFY(!matches.isEmpty());
        EvidenceSet evidence = diagnoser.extractor().analyse(e);
        LogJoin::addEvidence(evidence, matches);
        const Diagnosis d = diagnoser.diagnose(e, evidence);
        QCOMPARE(d.cause, withLog);
        QVERIFY2(d.path.last().decidedBy.contains(decidingLine),
                 qPrintable(u"decided by: "_s + d.path.last().decidedBy.join(u" | "_s)));
        QCOMPARE(d.producer.product, u"nginx"_s);
    }

    // A log alone is a valid input: each failure line is diagnosed from what it says.
    void eachFailureLineAloneIsDiagnosed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("cause");
        QFile cases(dataDir() + u"/cases.tsv"_s);
        QVERIFY(cases.open(QIODevice::ReadOnly));
        cases.readLine();
        while (!cases.atEnd()) {
            const QStringList f = QString::fromUtf8(cases.readLine()).chopped(1).split(u'\t');
            if (f.size() < 10 || f[6].isEmpty() || f[5].toInt() < 500)
                continue;
            QTest::newRow(qPrintable(f[0])) << f[1] << f[2].toLongLong() << f[6];
        }
    }

    void eachFailureLineAloneIsDiagnosed()
    {
        QFETCH(QString, file);
        QFETCH(qint64, line);
        QFETCH(QString, cause);
        const LogRecord record = at(failures(file), line);
        const Exchange e = LogJoin::exchangeFor(record);
        const Diagnoser diagnoser;
        EvidenceSet evidence = diagnoser.extractor().analyse(e);
        LogJoin::addEvidence(evidence, { { u"log-only"_s, record } });
        const Diagnosis d = diagnoser.diagnose(e, evidence);
        QCOMPARE(d.cause, cause);
        QCOMPARE(d.status, record.status);
        const QString place = LogJoin::place(record);
        const bool shown = std::any_of(d.path.cbegin(), d.path.cend(), [&](const PathStep &step) {
            return std::any_of(step.decidedBy.cbegin(), step.decidedBy.cend(),
                               [&](const QString &by) { return by.startsWith(place + u':'); });
        });
        QVERIFY2(shown, "the log line is shown in the decision path");
    }
};

QTEST_GUILESS_MAIN(LogJoinTest)
#include "tst_logjoin.moc"
