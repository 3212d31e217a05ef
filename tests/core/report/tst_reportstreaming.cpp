// The report writers stream exchange by exchange, diagnosis and redaction run on every core, and
// none of it changes a byte: the JSON equals what the binary wrote before streaming (the files in
// data/json-before, written by commit 44eca42's `gatescope diagnose FILE --all --format json`),
// the parallel diagnosis equals one thread's, the parallel redaction one Redactor's. The human
// formats put failing exchanges first and summarise the healthy ones left out in one row.
#include "capture/CaptureImporter.h"
#include "diagnosis/Diagnoser.h"
#include "diagnosis/DiagnosisJson.h"
#include "hops/HopsJson.h"
#include "model/IndentedJsonWriter.h"
#include "redaction/Redactor.h"
#include "report/ReportWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <limits>

Q_DECLARE_METATYPE(Gatescope::DiagnosedExchange)

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("GATESCOPE_SOURCE_DIR", QStringLiteral(GATESCOPE_TEST_SOURCE_DIR));
}

// The fixture a golden file was made from: its name without ".json" (and ".no-redact").
QString fixtureFor(const QString &name)
{
    for (const QString &folder : { u"tests/core/capture/data"_s, u"tests/core/diagnosis/data/real"_s,
                                   u"tests/fuzz/corpus/har"_s, u"tests/benchmarks/endtoend/data"_s }) {
        const QString path = sourceDir() + u'/' + folder + u'/' + name;
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

// The exchanges of a capture repeated until there are at least `count` (indexes renumbered), so
// that the work is big enough to run on every core.
QList<Exchange> repeated(const QList<Exchange> &exchanges, int count)
{
    QList<Exchange> out;
    while (out.size() < count) {
        for (Exchange exchange : exchanges) {
            exchange.index = int(out.size());
            out.append(exchange);
        }
    }
    return out;
}

QList<Exchange> recordedChromium()
{
    const Result<Capture> capture = CaptureImporter::importFile(
        sourceDir() + u"/tests/benchmarks/endtoend/data/chromium156-playwright-recorded.har"_s);
    return capture ? capture->exchanges : QList<Exchange>();
}

ReportDocument documentOf(const QList<Exchange> &exchanges)
{
    ReportDocument document;
    document.inputKind = u"har"_s;
    document.inputName = u"recorded.har"_s;
    document.createdAt = QDateTime(QDate(2026, 12, 6), QTime(14, 0), Qt::UTC);
    const Diagnoser diagnoser;
    for (const Exchange &exchange : exchanges)
        document.entries.append({ exchange, diagnoser.diagnose(exchange) });
    return document;
}

// An exchange with every optional member of the JSON set, and text that needs escaping:
// control characters, quotes, non-ASCII, invalid UTF-8 and a BOM in bytes, a lone surrogate.
DiagnosedExchange everyMember()
{
    DiagnosedExchange entry;
    Exchange &e = entry.exchange;
    e.index = 41;
    e.source = Exchange::Source::Replayed;
    e.request.method = "POST";
    e.request.url = QUrl(u"https://api.example.test/v1/orders?q=caf%C3%A9"_s);
    e.request.headers = { { "Content-Type", "application/json" },
                          { "X-Note", "tab\there \"quoted\" back\\slash \x01 caf\xc3\xa9" },
                          { "X-Broken",
                            "\xef\xbb\xbf"
                            "bom then \xff\xfe bad \xed\xa0\x80 surrogate" },
                          { "X-Off", "disabled", false } };
    e.request.body = "{\"sku\": \"\xe2\x82\xac 12\", \"n\": 1}";
    e.transport.outcome = Outcome::Ok;
    e.transport.phase = Phase::Wait;
    e.transport.detail = u"stream reset \u00e9 "_s + QChar(0xD800) + u" lone"_s;
    e.transport.bytesReceived = 9007199254740993LL;
    e.http2.failure = u"stream-reset"_s;
    e.http2.errorCode = u"INTERNAL_ERROR"_s;
    e.anomalies = { { u"bad-header-line"_s, 1234567, u"line \"x\"\n"_s } };
    e.timings = { 0.0004, 1.5, 12.3456789, 40.25, 0.1, 1000000, 3.0, 1e17 };
    e.startedAt = QDateTime(QDate(2026, 12, 7), QTime(1, 2, 3, 456), Qt::UTC);
    ResponseData r;
    r.httpVersion = "HTTP/2";
    r.status = 502;
    r.reason = "Bad Gateway \xe2\x80\x94 upstream";
    r.headers = { { "Server", "nginx/1.25.3" }, { "Via", "1.1 varnish, 1.1 abc.cloudfront.net (CloudFront)" } };
    r.interim = { { 103, "Early Hints", { { "Link", "</a.css>; rel=preload" } } } };
    r.body = "<html>\x1b[0m upstream \xe2\x9c\x93</html>";
    r.bodySize = r.body.size();
    r.bodyWireSize = 1000000;
    r.bodyTruncated = true;
    e.response = r;
    e.resolvedAddresses = { u"192.0.2.1"_s, u"2001:db8::1"_s };
    e.attempts = { { u"2001:db8::1"_s, 443, false, u"refused"_s, 0.125 }, { u"192.0.2.1"_s, 443, true, {}, 12.5 } };
    e.remoteAddress = u"192.0.2.1"_s;
    e.remotePort = 443;
    e.proxy = u"http://proxy.test:3128"_s;
    e.redirectHop = 1;
    e.tls = { true,
              true,
              u"TLSv1.3"_s,
              u"TLS_AES_128_GCM_SHA256"_s,
              u"api.example.test"_s,
              u"expired"_s,
              { u"The certificate has expired"_s },
              u"CN=api.example.test"_s };
    e.protocol = u"h2"_s;
    e.frames = { { 0.5, false, u"SETTINGS"_s, 0, 0, 18, {}, -1, -1, u"MAX_CONCURRENT_STREAMS=100"_s },
                 { 12.25, true, u"GOAWAY"_s, 0, 0, 8, u"PROTOCOL_ERROR"_s, 3, -1, u"debug"_s },
                 { 13, true, u"WINDOW_UPDATE"_s, 1, 0, 4, {}, -1, 65535, {} } };
    e.framesDropped = 2;
    entry.diagnosis = Diagnoser().diagnose(e);
    entry.diagnosis.retry.afterSeconds = 30;
    entry.logEvidence = QList<LogLineEvidence> {
        { u"error.log"_s, 17, u"nginx-error"_s, u"nginx"_s, u"time"_s, u"upstream.timeout"_s, u"upstream timed out"_s },
        { u"access.log"_s, 18, u"nginx-access"_s, {}, u"log-only"_s, {}, u"\"GET / HTTP/1.1\" 502"_s },
    };
    return entry;
}

// The hop members of a hand-made analysis with every branch: evidence, unattributed traces, a
// wait split with reports and segments, a timeout finding with and one without an inner hop.
HopAnalysis everyHopMember()
{
    HopAnalysis analysis;
    Hop edge;
    edge.product = u"aws-cloudfront"_s;
    edge.displayName = u"Amazon CloudFront"_s;
    edge.layer = u"edge"_s;
    edge.order = u"via"_s;
    edge.added = { { u"Via"_s, u"1.1 abc.cloudfront.net (CloudFront)"_s } };
    edge.timeouts = { { u"origin response timeout"_s, 30, 0, u"read"_s, 504, u"SRC docs"_s } };
    Hop origin;
    origin.product = u"nginx"_s;
    origin.displayName = u"nginx"_s;
    origin.layer = u"origin"_s;
    origin.order = u"diagnosis"_s;
    origin.producer = true;
    analysis.chain.hops = { edge, origin };
    analysis.chain.unattributed = { { u"X-Cache"_s, u"Error from cloudfront"_s } };
    analysis.waitSplit.waitMs = 30012.5;
    analysis.waitSplit.inconsistent = true;
    analysis.waitSplit.reports
        = { { u"origin"_s, u"server-timing"_s, u"app"_s, 12.75, u"Server-Timing: app;dur=12.75"_s },
            { u"kong"_s, u"latency"_s, {}, 26, u"X-Kong-Upstream-Latency: 26"_s } };
    analysis.waitSplit.segments = { { u"network"_s, -1, {}, 1.5, {} }, { u"hop"_s, 1, u"nginx"_s, 26, u"X-Kong"_s } };
    TimeoutFinding inverted;
    inverted.kind = u"inverted"_s;
    inverted.outerHop = 0;
    inverted.innerHop = 1;
    inverted.outer = edge.timeouts.first();
    inverted.inner = { u"proxy_read_timeout"_s, 60, 0, u"read"_s, 504, u"SRC nginx"_s };
    inverted.text = u"The outer hop gives up first."_s;
    TimeoutFinding atDefault;
    atDefault.kind = u"wait-at-timeout"_s;
    atDefault.outerHop = 0;
    atDefault.outer = edge.timeouts.first();
    atDefault.text = u"The wait ended at 30 s."_s;
    analysis.timeoutAudit = { inverted, atDefault };
    return analysis;
}

} // namespace

class ReportStreamingTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // as --lang en
    }

    void jsonIsByteIdenticalToBeforeStreaming_data()
    {
        QTest::addColumn<QString>("golden");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("redact");
        const QDir folder(sourceDir() + u"/tests/core/report/data/json-before"_s);
        const QStringList goldens = folder.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
        QVERIFY2(goldens.size() >= 50, "the golden files of data/json-before are missing");
        for (const QString &golden : goldens) {
            const bool noRedact = golden.endsWith(u".no-redact.json");
            const QString input = golden.chopped(noRedact ? 15 : 5);
            QTest::newRow(qPrintable(golden)) << folder.filePath(golden) << fixtureFor(input) << !noRedact;
        }
    }

    void jsonIsByteIdenticalToBeforeStreaming()
    {
        QFETCH(QString, golden);
        QFETCH(QString, input);
        QFETCH(bool, redact);
        QVERIFY2(!input.isEmpty(), "the fixture of this golden file is missing");
        const Result<Capture> capture = CaptureImporter::importFile(input);
        QVERIFY2(capture, qPrintable(capture ? QString() : capture.error()));
        // As `gatescope diagnose FILE --all --format json` builds it.
        ReportDocument document;
        document.inputKind = capture->kind;
        document.inputName = QFileInfo(input).fileName();
        const QList<Diagnosis> diagnoses = Diagnoser().diagnoseAll(capture->exchanges);
        for (qsizetype i = 0; i < capture->exchanges.size(); ++i)
            document.entries.append({ capture->exchanges.at(i), diagnoses.at(i) });
        RedactionOptions options;
        options.enabled = redact;
        const PreparedReport report = PreparedReport::prepare(std::move(document), options);

        QFile expected(golden);
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QBuffer streamed;
        streamed.open(QIODevice::WriteOnly);
        QVERIFY(ReportWriter::write(&streamed, report, ReportFormat::Json));
        QCOMPARE(streamed.data(), expected.readAll());
    }

    void jsonOfManyExchangesMatchesTheWholeDocument()
    {
        // Big enough for several batches on several threads: the streamed text parses to the
        // document QJsonDocument would write, and writing it again gives the same bytes.
        const QList<Exchange> exchanges = repeated(recordedChromium(), 700);
        QVERIFY(exchanges.size() >= 700);
        const PreparedReport report = PreparedReport::prepare(documentOf(exchanges), {});
        const QByteArray streamed = ReportWriter::json(report);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(streamed, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.object().value(u"exchanges"_s).toArray().size(), exchanges.size());
        QCOMPARE(parsed.toJson(QJsonDocument::Indented), streamed);
    }

    void writtenJsonEqualsTheTree_data()
    {
        QTest::addColumn<DiagnosedExchange>("entry");
        const QList<Exchange> recorded = recordedChromium();
        QVERIFY(!recorded.isEmpty());
        const Diagnoser diagnoser;
        for (const Exchange &exchange : recorded)
            QTest::addRow("recorded entry %d", exchange.index)
                << DiagnosedExchange { exchange, diagnoser.diagnose(exchange) };
        QTest::newRow("every optional member, escapes and edge numbers") << everyMember();
        DiagnosedExchange unanswered = everyMember();
        unanswered.exchange.response.reset();
        unanswered.exchange.tls = {};
        unanswered.exchange.frames.clear();
        unanswered.exchange.protocol.clear();
        unanswered.exchange.startedAt = {};
        unanswered.exchange.request.body.clear();
        unanswered.exchange.http2 = {};
        unanswered.exchange.transport.phase = Phase::None;
        unanswered.diagnosis.retry.afterSeconds.reset();
        unanswered.logEvidence = QList<LogLineEvidence> {};
        QTest::newRow("no response and no optional member, empty log evidence") << unanswered;
    }

    void writtenJsonEqualsTheTree()
    {
        // The report's JSON is written straight as text; it must be the bytes QJsonDocument
        // writes for the QJsonObject tree of the same exchange.
        QFETCH(DiagnosedExchange, entry);
        QCOMPARE(ReportWriter::jsonExchange(entry), ReportWriter::jsonExchangeFromTree(entry));
        // With a hand-made hop analysis that takes every branch of the hop members.
        const HopAnalysis hops = everyHopMember();
        QJsonObject tree = DiagnosisJson::exchangeToJson(entry);
        HopsJson::insertInto(tree, hops);
        QList<IndentedJsonWriter::Member> members = DiagnosisJson::exchangeMembers(entry);
        HopsJson::appendMembers(members, hops);
        QByteArray written;
        IndentedJsonWriter writer(written);
        writer.object(members);
        written += '\n';
        QVERIFY(writer.membersInOrder());
        QCOMPARE(written, QJsonDocument(tree).toJson(QJsonDocument::Indented));
    }

    void writerNumbersAndStringsAsQJsonDocument_data()
    {
        QTest::addColumn<QJsonValue>("value");
        const double numbers[] = { 0.0,
                                   -0.0,
                                   1.0,
                                   -1.0,
                                   0.5,
                                   1e-7,
                                   4.1,
                                   1000000.0,
                                   123456789012.0,
                                   9007199254740992.0,
                                   -9007199254740993.0,
                                   9007199254740994.0,
                                   1e17,
                                   1e21,
                                   -1.5e-5,
                                   1e300,
                                   std::numeric_limits<double>::quiet_NaN(),
                                   std::numeric_limits<double>::infinity() };
        for (double number : numbers)
            QTest::addRow("double %s", QByteArray::number(number, 'g', 17).constData()) << QJsonValue(number);
        QTest::newRow("int max") << QJsonValue(std::numeric_limits<int>::max());
        QTest::newRow("qint64 min") << QJsonValue(std::numeric_limits<qint64>::min());
        QTest::newRow("controls, quotes, DEL") << QJsonValue(u"\b\f\n\r\t\x01\x1f \" \\ / \x7f"_s);
        QTest::newRow("two, three and four UTF-8 bytes") << QJsonValue(u"é € 😀"_s);
        QTest::newRow("lone surrogates") << QJsonValue(QString(QChar(0xDC00)) + u"a"_s + QChar(0xD83D));
    }

    void writerNumbersAndStringsAsQJsonDocument()
    {
        QFETCH(QJsonValue, value);
        QByteArray written;
        IndentedJsonWriter writer(written);
        writer.beginArray();
        if (value.isString())
            writer.value(value.toString());
        else if (value.toVariant().typeId() == QMetaType::LongLong)
            writer.value(value.toInteger());
        else
            writer.value(value.toDouble());
        writer.endArray();
        written += '\n';
        QCOMPARE(written, QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Indented));
        // Bytes are read as QString::fromUtf8 reads them.
        const QByteArray utf8 = value.toString().toUtf8();
        QByteArray fromBytes;
        IndentedJsonWriter bytesWriter(fromBytes, 1);
        bytesWriter.utf8Value(utf8);
        QByteArray fromText;
        IndentedJsonWriter textWriter(fromText, 1);
        textWriter.value(QString::fromUtf8(utf8));
        QCOMPARE(fromBytes, fromText);
    }

    void parallelDiagnosisEqualsOneThread()
    {
        const QList<Exchange> exchanges = repeated(recordedChromium(), 5000);
        const Diagnoser diagnoser;
        const QList<Diagnosis> parallel = diagnoser.diagnoseAll(exchanges);
        QCOMPARE(parallel.size(), exchanges.size());
        for (qsizetype i = 0; i < exchanges.size(); ++i) {
            if (!(parallel.at(i) == diagnoser.diagnose(exchanges.at(i))))
                QFAIL(qPrintable(u"exchange %1 is diagnosed differently on several threads"_s.arg(i)));
        }
    }

    void parallelRedactionEqualsOneRedactor_data()
    {
        QTest::addColumn<bool>("hashValues");
        QTest::newRow("placeholders") << false;
        QTest::newRow("keyed hashes") << true;
    }

    void parallelRedactionEqualsOneRedactor()
    {
        QFETCH(bool, hashValues);
        const ReportDocument document = documentOf(repeated(recordedChromium(), 2000));
        RedactionOptions options;
        options.hashValues = hashValues;
        options.hashKey = hashValues ? QByteArray("a fixed key for this comparison") : QByteArray();
        const PreparedReport prepared = PreparedReport::prepare(document, options);

        Redactor one(options);
        one.redactText(document.inputName);
        for (qsizetype i = 0; i < document.entries.size(); ++i) {
            const Exchange exchange = one.redact(document.entries.at(i).exchange);
            const Diagnosis diagnosis = one.redact(document.entries.at(i).diagnosis);
            if (!(exchange == prepared.document.entries.at(i).exchange)
                || !(diagnosis == prepared.document.entries.at(i).diagnosis))
                QFAIL(qPrintable(u"entry %1 is redacted differently on several threads"_s.arg(i)));
        }
        QVERIFY(!one.summary().isEmpty());
        QCOMPARE(prepared.redaction, one.summary());
    }

    void humanFormatsPutFailingExchangesFirst()
    {
        // The recording's order: page 200, image 200, API 200, 502, 504, POST 201, gzip 200, refused.
        const PreparedReport report = PreparedReport::prepare(documentOf(recordedChromium()), {});
        const QList<qsizetype> order = ReportWriter::readingOrder(report);
        QCOMPARE(order, (QList<qsizetype> { 3, 4, 7, 0, 1, 2, 5, 6 }));
        const QString md = ReportWriter::markdown(report);
        const QString text = ReportWriter::text(report);
        const QString html = ReportWriter::html(report);
        for (const QString &rendered : { md, text, html }) {
            const qsizetype badGateway = rendered.indexOf(u"Exchange 4:"_s);
            const qsizetype page = rendered.indexOf(u"Exchange 1:"_s);
            QVERIFY(badGateway >= 0 && page >= 0);
            QVERIFY2(badGateway < page, "a failing exchange comes after a healthy one");
        }
        // JSON is the contract's document: input order.
        const QJsonArray exchanges
            = QJsonDocument::fromJson(ReportWriter::json(report)).object().value(u"exchanges"_s).toArray();
        QCOMPARE(exchanges.first().toObject().value(u"index"_s).toInt(), 0);
    }

    void healthyExchangesLeftOutAreOneRow()
    {
        QList<Exchange> failing;
        for (const Exchange &exchange : recordedChromium()) {
            if (isFailure(exchange))
                failing.append(exchange);
        }
        QCOMPARE(failing.size(), 3);
        ReportDocument document = documentOf(failing);
        document.omittedHealthy = 5;
        const PreparedReport report = PreparedReport::prepare(document, {});
        const QString row = u"5 healthy exchange(s) not shown (not failing)"_s;
        QVERIFY(ReportWriter::markdown(report).contains(u"| … | "_s + row));
        QVERIFY(ReportWriter::html(report).contains(row));
        QVERIFY(ReportWriter::text(report).contains(row));
        QVERIFY(!QString::fromUtf8(ReportWriter::json(report)).contains(u"healthy"_s));
    }

    void humanFormatsStreamedAsMadeWhole_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("exchanges");
        QTest::newRow("Markdown, a few exchanges") << int(ReportFormat::Markdown) << 8;
        QTest::newRow("HTML, a few exchanges") << int(ReportFormat::Html) << 8;
        // Summaries of hundreds of kilobytes: the head is written in parts as it grows.
        QTest::newRow("Markdown, summary written in parts") << int(ReportFormat::Markdown) << 2600;
        QTest::newRow("HTML, summary and its waterfall written in parts") << int(ReportFormat::Html) << 2600;
    }

    void humanFormatsStreamedAsMadeWhole()
    {
        QFETCH(int, format);
        QFETCH(int, exchanges);
        // Failing and healthy exchanges, a secret to redact, a text UTF-8 cannot hold.
        QList<Exchange> input = repeated(recordedChromium(), exchanges);
        input.append(everyMember().exchange);
        input.last().index = int(input.size() - 1);
        input.last().request.headers.append(HeaderField { "Authorization", "Bearer abcdef0123456789abcdef" });
        const PreparedReport report = PreparedReport::prepare(documentOf(input), {});
        QVERIFY(report.redaction.total() > 0);

        QBuffer streamed;
        streamed.open(QIODevice::WriteOnly);
        QVERIFY(ReportWriter::write(&streamed, report, ReportFormat(format)));
        const QString whole = ReportFormat(format) == ReportFormat::Markdown ? ReportWriter::markdown(report)
                                                                             : ReportWriter::html(report);
        const QByteArray expected = whole.toUtf8();
        QCOMPARE(streamed.data().size(), expected.size());
        QVERIFY2(streamed.data() == expected, "the streamed report differs from the one made whole");
        if (exchanges > 1000) {
            // The summary alone is past the part size (256 K characters), so it was written in parts.
            const qsizetype firstEntry = whole.indexOf(u"Exchange 1:"_s);
            QVERIFY(firstEntry > 256 * 1024);
        }
    }

    void aFailingWriteIsReported()
    {
        const PreparedReport report = PreparedReport::prepare(documentOf(recordedChromium()), {});
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        for (ReportFormat format :
             { ReportFormat::Json, ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Text })
            QVERIFY(!ReportWriter::write(&readOnly, report, format));
    }
};

QTEST_GUILESS_MAIN(ReportStreamingTest)
#include "tst_reportstreaming.moc"
