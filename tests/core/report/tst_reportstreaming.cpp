// The report writers stream exchange by exchange, diagnosis and redaction run on every core, and
// none of it changes a byte: the JSON equals what the binary wrote before streaming (the files in
// data/json-before, written by commit 44eca42's `gatescope diagnose FILE --all --format json`),
// the parallel diagnosis equals one thread's, the parallel redaction one Redactor's. The human
// formats put failing exchanges first and summarise the healthy ones left out in one row.
#include "capture/CaptureImporter.h"
#include "diagnosis/Diagnoser.h"
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
