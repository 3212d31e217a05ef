// The PDF report (QPdfWriter + QTextDocument) read back with poppler: pdfinfo sees the page size,
// pdftotext finds the verdict and the checklist, pdftoppm turns the pages into images (kept in
// test-artifacts/).
#include "SecretsCorpus.h"
#include "capture/CaptureImporter.h"
#include "diagnosis/Diagnoser.h"
#include "model/Phases.h"
#include "render/PdfReportWriter.h"
#include "report/ReportFile.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

class tst_PdfReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdf_holdsTheVerdictAndTheChecklist_data();
    void pdf_holdsTheVerdictAndTheChecklist();
    void pdf_pagesBecomeImagesWithTheWaterfall();
    void pdf_oneFailingExchangeUsesThePageWidthOnTwoPages_data();
    void pdf_oneFailingExchangeUsesThePageWidthOnTwoPages();
    void pdf_summaryBreaksUrlsOnlyAfterSeparatorsAndCausesNever();
    void pdf_listsTheHttp2FramesWithTheDebugDataRedacted();

private:
    QByteArray run(const QString &program, const QStringList &arguments);
    QTemporaryDir m_dir;
};

void tst_PdfReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    for (const char *tool : { "pdftotext", "pdftoppm", "pdfinfo" })
        QVERIFY2(
            !QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
            qPrintable(u"%1 is missing: install the Debian package poppler-utils"_s.arg(QString::fromLatin1(tool))));
}

QByteArray tst_PdfReport::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return "FAILED: " + process.readAllStandardError();
    return process.readAllStandardOutput();
}

void tst_PdfReport::pdf_holdsTheVerdictAndTheChecklist_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::newRow("A4") << int(QPageSize::A4) << u"pts (A4)"_s;
    QTest::newRow("US Letter") << int(QPageSize::Letter) << u"pts (letter)"_s;
}

void tst_PdfReport::pdf_holdsTheVerdictAndTheChecklist()
{
    QFETCH(int, pageSize);
    QFETCH(QString, pdfinfoSize);
    const PreparedReport report = PreparedReport::prepare(TestCorpus::secretsCorpusDocument(), {});
    const QByteArray pdf = Gui::PdfReportWriter::render(report, QPageSize::PageSizeId(pageSize));
    QVERIFY2(pdf.startsWith("%PDF-"), pdf.left(20).constData());
    const QString path = QStringLiteral(GATESCOPE_ARTIFACT_DIR)
        + u"/report-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QVERIFY(ReportFile::save(path, pdf));

    const QString info = QString::fromUtf8(run(u"pdfinfo"_s, { path }));
    QVERIFY2(info.contains(pdfinfoSize), qPrintable(info));

    const QString text = QString::fromUtf8(run(u"pdftotext"_s, { u"-layout"_s, path, u"-"_s }));
    // NFKC folds the typographic ligatures the PDF uses ("ﬁ") back to letters.
    const QString flat = text.normalized(QString::NormalizationForm_KC).simplified();
    for (const QString &expected :
         { u"Verdict"_s, u"upstream.refused"_s, u"nginx could not connect to its upstream"_s,
           u"Checklist: Upstream refused the connection"_s,
           u"Check that the upstream service is running and listening on the configured port."_s, u"Decision path"_s,
           u"Redaction was on"_s, u"transport.reset"_s, u"maintenance"_s, u"curl "_s, u"502 Bad Gateway"_s }) {
        QVERIFY2(flat.contains(expected),
                 qPrintable(u"'%1' not in the PDF text:\n%2"_s.arg(expected, text.left(3000))));
    }
    QVERIFY2(flat.indexOf(u"Verdict"_s) < flat.indexOf(u"Checklist"_s), "verdict should come before the checklist");
}

void tst_PdfReport::pdf_pagesBecomeImagesWithTheWaterfall()
{
    const PreparedReport report = PreparedReport::prepare(TestCorpus::secretsCorpusDocument(), {});
    const QString path = m_dir.filePath(u"pages.pdf"_s);
    QVERIFY(ReportFile::save(path, Gui::PdfReportWriter::render(report, QPageSize::A4)));
    const QString artifacts = QStringLiteral(GATESCOPE_ARTIFACT_DIR) + u"/pdf-report"_s;
    QDir(artifacts).removeRecursively();
    QVERIFY(QDir().mkpath(artifacts));
    const QByteArray out = run(u"pdftoppm"_s, { u"-png"_s, u"-r"_s, u"60"_s, path, artifacts + u"/page"_s });
    QVERIFY2(!out.startsWith("FAILED"), out.constData());
    const QStringList pages = QDir(artifacts).entryList({ u"page*.png"_s }, QDir::Files, QDir::Name);
    QVERIFY2(pages.size() >= 2, qPrintable(pages.join(u',')));
    // The first page carries the summary waterfall: its "wait" green is painted.
    const QImage first(artifacts + u'/' + pages.first());
    QVERIFY(!first.isNull());
    const QColor wait = QColor::fromRgb(QRgb(phaseBaseColor(Phase::Wait)));
    int close = 0;
    for (int y = 0; y < first.height(); ++y) {
        for (int x = 0; x < first.width(); ++x) {
            const QColor c = first.pixelColor(x, y);
            if (qAbs(c.red() - wait.red()) < 12 && qAbs(c.green() - wait.green()) < 12
                && qAbs(c.blue() - wait.blue()) < 12)
                ++close;
        }
    }
    QVERIFY2(close > 30, qPrintable(u"no waterfall on page 1 (%1 pixels); see %2"_s.arg(close).arg(artifacts)));
}

void tst_PdfReport::pdf_oneFailingExchangeUsesThePageWidthOnTwoPages_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("US Letter") << int(QPageSize::Letter);
}

void tst_PdfReport::pdf_oneFailingExchangeUsesThePageWidthOnTwoPages()
{
    // The secrets corpus's first exchange: a failing one with a checklist, evidence and headers.
    QFETCH(int, pageSize);
    ReportDocument document = TestCorpus::secretsCorpusDocument();
    document.entries = { document.entries.first() };
    const PreparedReport report = PreparedReport::prepare(document, {});
    const QString path = m_dir.filePath(u"one-%1.pdf"_s.arg(pageSize));
    QVERIFY(ReportFile::save(path, Gui::PdfReportWriter::render(report, QPageSize::PageSizeId(pageSize))));

    const QString info = QString::fromUtf8(run(u"pdfinfo"_s, { path }));
    const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    const QRegularExpression size(u"Page size:\\s+([\\d.]+) x"_s);
    QVERIFY2(pages.match(info).hasMatch() && size.match(info).hasMatch(), qPrintable(info));
    const int pageCount = pages.match(info).captured(1).toInt();
    QVERIFY2(pageCount >= 1 && pageCount <= 2, qPrintable(u"%1 pages for one exchange"_s.arg(pageCount)));

    // The words reach across the page: the rightmost word ends past 75 % of the page's width
    // (15 mm margins leave about 85 %), not at half of it.
    const double pageWidth = size.match(info).captured(1).toDouble();
    const QString boxes = QString::fromUtf8(run(u"pdftotext"_s, { u"-bbox"_s, path, u"-"_s }));
    const QRegularExpression word(u"<word xMin=\"[\\d.]+\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\""_s);
    double rightmost = 0;
    for (auto it = word.globalMatch(boxes); it.hasNext();)
        rightmost = std::max(rightmost, it.next().captured(1).toDouble());
    QVERIFY2(rightmost > 0.75 * pageWidth, qPrintable(u"text ends at %1 of %2 points"_s.arg(rightmost).arg(pageWidth)));

    // No token is split across lines: every evidence value and the checklist's words come out whole.
    const QString text = QString::fromUtf8(run(u"pdftotext"_s, { path, u"-"_s }));
    const ReportEntry &entry = report.document.entries.first();
    QStringList tokens { entry.diagnosis.cause };
    for (const EvidenceItem &item : entry.diagnosis.evidence)
        tokens.append(item.fact);
    for (const QString &token : std::as_const(tokens))
        QVERIFY2(text.contains(token), qPrintable(u"'%1' is split or missing in the PDF's text"_s.arg(token)));
}

void tst_PdfReport::pdf_summaryBreaksUrlsOnlyAfterSeparatorsAndCausesNever()
{
    // The summary table's words as pdftotext -bbox places them: each line of the Request column
    // that continues in the next line ends after / ? & . (or ':' of "http://"), and each line of
    // the Cause column is a whole cause id.
    // The exchanges Chromium recorded (tests/benchmarks/endtoend/data), with their long URLs.
    const Result<Capture> capture
        = CaptureImporter::importFile(qEnvironmentVariable("GATESCOPE_SOURCE_DIR")
                                      + u"/tests/benchmarks/endtoend/data/chromium156-playwright-recorded.har"_s);
    QVERIFY(capture);
    ReportDocument document;
    document.inputKind = u"har"_s;
    document.inputName = u"recorded.har"_s;
    const Diagnoser diagnoser;
    for (const Exchange &exchange : capture->exchanges)
        document.entries.append({ exchange, diagnoser.diagnose(exchange) });
    const PreparedReport report = PreparedReport::prepare(document, {});
    const QString path = m_dir.filePath(u"summary.pdf"_s);
    QVERIFY(ReportFile::save(path, Gui::PdfReportWriter::render(report, QPageSize::A4)));
    const QString boxes
        = QString::fromUtf8(run(u"pdftotext"_s, { u"-bbox"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, path, u"-"_s }));
    struct Word
    {
        double x, y;
        QString text;
    };
    QList<Word> words;
    const QRegularExpression word(
        u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"[\\d.]+\">([^<]*)</word>"_s);
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        words.append({ m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).remove(QChar(0x200B)) });
    }
    // Every line of a cell starts at its column's left edge: the Request column's is where the
    // first "GET" stands, the Cause column's where the first cause id (or a piece of it) stands.
    QStringList causes;
    for (const ReportEntry &entry : report.document.entries)
        causes.append(entry.diagnosis.cause);
    double requestX = -1, causeX = -1;
    for (const Word &w : std::as_const(words)) {
        if (requestX < 0 && w.text == u"GET")
            requestX = w.x;
        for (const QString &c : std::as_const(causes)) {
            if (causeX < 0 && !w.text.isEmpty() && c.startsWith(w.text) && w.text.size() >= 4 && w.x > requestX + 50)
                causeX = w.x;
        }
    }
    QVERIFY2(requestX >= 0 && causeX >= 0, "the summary table was not found on page 1");
    const auto lineStarts = [&](double x) {
        QStringList lines;
        for (const Word &w : std::as_const(words)) {
            if (qAbs(w.x - x) < 1.5)
                lines.append(w.text);
        }
        return lines;
    };
    const QStringList requestLines = lineStarts(requestX);
    QVERIFY(requestLines.size() >= 2);
    for (qsizetype i = 0; i + 1 < requestLines.size(); ++i) {
        if (requestLines.at(i + 1) == u"GET" || requestLines.at(i + 1) == u"POST" || requestLines.at(i) == u"GET"
            || requestLines.at(i) == u"POST")
            continue; // a new cell, or the method (its URL follows on the same line)
        QVERIFY2(
            QStringView(u"/?&.:").contains(requestLines.at(i).back()),
            qPrintable(u"a URL breaks inside a part: '%1' | '%2'"_s.arg(requestLines.at(i), requestLines.at(i + 1))));
    }
    const QStringList causeLines = lineStarts(causeX);
    QVERIFY(!causeLines.isEmpty());
    for (const QString &line : causeLines) {
        if (line != u"Cause")
            QVERIFY2(causes.contains(line), qPrintable(u"'%1' is not a whole cause id"_s.arg(line)));
    }
}

void tst_PdfReport::pdf_listsTheHttp2FramesWithTheDebugDataRedacted()
{
    // An exchange over h2 that a GOAWAY ended, as the probe records it (tst_http2probe): the PDF
    // lists its frames as the other formats do, and the GOAWAY's debug data goes through the
    // text rules (a JWT in it is hidden; tst_reportframes covers the other formats).
    const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZWJ1ZyJ9.ZGVidWdKd3RTaWduYXR1cmU"_s;
    Exchange exchange;
    exchange.request.url = QUrl(u"https://h2.example.test/reload"_s);
    exchange.protocol = u"h2"_s;
    exchange.transport.outcome = Outcome::ClosedEarly;
    exchange.transport.phase = Phase::Wait;
    exchange.http2 = Http2Ending { u"goaway"_s, u"NO_ERROR"_s };
    const auto frame = [](double atMs, bool received, const char *type, int stream, const QString &detail) {
        Http2Frame f;
        f.atMs = atMs;
        f.received = received;
        f.type = QString::fromLatin1(type);
        f.streamId = stream;
        f.detail = detail;
        return f;
    };
    exchange.frames
        = { frame(0.1, false, "SETTINGS", 0, u"ENABLE_PUSH=0, MAX_CONCURRENT_STREAMS=100"_s),
            frame(0.2, false, "HEADERS", 1, {}), frame(0.9, true, "SETTINGS", 0, u"MAX_CONCURRENT_STREAMS=128"_s),
            frame(1.4, true, "GOAWAY", 0, u"draining for reload; caller "_s + jwt) };
    exchange.frames.last().errorCode = u"NO_ERROR"_s;
    exchange.frames.last().lastStreamId = 0;
    ReportDocument document;
    document.inputKind = u"url"_s;
    document.inputName = exchange.request.url.toString();
    document.entries.append({ exchange, Diagnoser().diagnose(exchange) });
    const PreparedReport report = PreparedReport::prepare(document, {});
    const QString path = m_dir.filePath(u"h2-frames.pdf"_s);
    QVERIFY(ReportFile::save(path, Gui::PdfReportWriter::render(report, QPageSize::A4)));
    const QString text = QString::fromUtf8(run(u"pdftotext"_s, { path, u"-"_s }))
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    for (const QString &expected : { u"HTTP/2 frames"_s, u"GOAWAY"_s, u"last stream 0"_s, u"draining for reload"_s,
                                     u"MAX_CONCURRENT_STREAMS=128"_s, u"transport.h2-goaway"_s })
        QVERIFY2(text.contains(expected),
                 qPrintable(u"'%1' not in the PDF text:\n%2"_s.arg(expected, text.left(3000))));
    QVERIFY2(!text.contains(jwt.left(20)), qPrintable(text.left(3000)));
}

QTEST_MAIN(tst_PdfReport)
#include "tst_pdfreport.moc"
