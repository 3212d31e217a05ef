// The HTML report in real headless Chromium (Debian package `chromium`): it renders (a screenshot
// is kept in test-artifacts/), and no script runs even when the capture is full of script payloads.
// A control page proves the detector sees a script that does run.
#include "SecretsCorpus.h"
#include "model/Phases.h"
#include "report/ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

// Every payload writes the same marker when it runs: the page title becomes PWNED and the root
// element gets a data-xss attribute naming the payload.
const QByteArray hostileBody
    = "<script>document.title='PWNED';document.documentElement.setAttribute('data-xss','script')</script>\n"
      "<img src=x onerror=\"document.title='PWNED';document.documentElement.setAttribute('data-xss','img')\">\n"
      "<a id=xsslink href=\"javascript:document.documentElement.setAttribute('data-xss','link')\">click me</a>\n"
      "</style><script>document.title='PWNED';document.documentElement.setAttribute('data-xss','style-breakout')</"
      "script>\n"
      "</pre></code></section><svg onload=\"document.documentElement.setAttribute('data-xss','svg')\"></svg>\n"
      "<iframe src=\"javascript:parent.document.documentElement.setAttribute('data-xss','iframe')\"></iframe>\n"
      "<meta http-equiv=\"refresh\" "
      "content=\"0;url=javascript:document.documentElement.setAttribute('data-xss','meta')\">\n"
      "<body onload=\"document.documentElement.setAttribute('data-xss','body')\">\n"
      "<style>body{background:red}</style>\n";

struct BrowserRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class tst_HtmlReportChromium : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detector_seesAScriptThatRuns();
    void hostileCapture_runsNoScriptInTheReport();
    void report_rendersWithItsWaterfall();

private:
    BrowserRun chromium(const QStringList &arguments, const QString &file);
    QString writeReport(const QString &name);

    QString m_chromium;
    QTemporaryDir m_dir;
    int m_profile = 0;
};

void tst_HtmlReportChromium::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_chromium = QStandardPaths::findExecutable(u"chromium"_s);
    QVERIFY2(!m_chromium.isEmpty(), "chromium is not installed: install the Debian package 'chromium'");
    QVERIFY(m_dir.isValid());
}

BrowserRun tst_HtmlReportChromium::chromium(const QStringList &arguments, const QString &file)
{
    QProcess process;
    QStringList all { u"--headless"_s,
                      u"--no-sandbox"_s,
                      u"--disable-gpu"_s,
                      u"--disable-background-networking"_s,
                      u"--disable-component-update"_s,
                      u"--disable-sync"_s,
                      u"--no-first-run"_s,
                      u"--disable-dev-shm-usage"_s,
                      u"--hide-scrollbars"_s,
                      u"--virtual-time-budget=3000"_s,
                      u"--user-data-dir=%1"_s.arg(m_dir.filePath(u"profile-%1"_s.arg(++m_profile))) };
    all += arguments;
    all += QUrl::fromLocalFile(file).toString();
    process.start(m_chromium, all);
    BrowserRun run;
    if (!process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished();
        run.err = "chromium did not finish within 90 s";
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString tst_HtmlReportChromium::writeReport(const QString &name)
{
    ReportDocument document = TestCorpus::secretsCorpusDocument();
    Exchange &exchange = document.entries[0].exchange;
    exchange.response->body = hostileBody;
    exchange.response->headers
        = { { "Content-Type", "text/html" }, { "X-Echo", hostileBody.left(120).replace('\n', ' ') } };
    exchange.request.url = QUrl(u"https://api.example.test/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"_s);
    document.entries[0].diagnosis.evidence.append({ u"body.html"_s, u"body"_s, QString::fromUtf8(hostileBody) });
    document.inputName = u"<script>document.title='PWNED'</script>.har"_s;
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(ReportWriter::html(PreparedReport::prepare(document, {})).toUtf8());
    return path;
}

void tst_HtmlReportChromium::detector_seesAScriptThatRuns()
{
    // Given a page that does run one of the payloads (no escaping, no CSP)
    const QString path = m_dir.filePath(u"control.html"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<!DOCTYPE html><html><head><title>control</title></head><body><pre>"
               + hostileBody.left(hostileBody.indexOf('\n')) + "</pre></body></html>");
    file.close();
    // When Chromium loads it, then the dumped DOM shows the marker: the check below can fail.
    const BrowserRun run = chromium({ u"--dump-dom"_s }, path);
    QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
    QVERIFY2(run.out.contains("data-xss=\"script\""), run.out.constData());
    QVERIFY2(run.out.contains("<title>PWNED</title>"), run.out.constData());
}

void tst_HtmlReportChromium::hostileCapture_runsNoScriptInTheReport()
{
    const QString path = writeReport(u"hostile-report.html"_s);
    QVERIFY(!path.isEmpty());
    const BrowserRun run = chromium({ u"--dump-dom"_s }, path);
    QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
    const QByteArray dom = run.out;
    QVERIFY2(dom.contains("<section class=\"exchange\""),
             QByteArray("the report did not load: " + dom.left(2000)).constData());
    QVERIFY2(!dom.contains("data-xss=\""), QByteArray("a payload ran: " + dom.left(400)).constData());
    QVERIFY2(!dom.contains("<title>PWNED"), "a payload changed the title");
    QVERIFY2(dom.contains("<title>Gatescope report — &lt;script&gt;"), dom.left(600).constData());
    // No element came out of the captured bytes: no script, img, iframe, link or svg with handlers.
    static const QRegularExpression element(
        u"<(script|img|iframe|a |meta http-equiv=\"refresh|svg onload|body onload)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = element.match(QString::fromUtf8(dom));
    QVERIFY2(!match.hasMatch(), qPrintable(u"captured markup became an element: "_s + match.captured(0)));
    // The payload is there, as text.
    QVERIFY(dom.contains("&lt;script&gt;document.title='PWNED'"));
}

void tst_HtmlReportChromium::report_rendersWithItsWaterfall()
{
    const QString path = writeReport(u"report.html"_s);
    const QString artifacts = QStringLiteral(GATESCOPE_ARTIFACT_DIR);
    QDir().mkpath(artifacts);
    const QString screenshot = artifacts + u"/html-report-chromium.png"_s;
    QFile::remove(screenshot);
    const BrowserRun run = chromium({ u"--screenshot=%1"_s.arg(screenshot), u"--window-size=1200,1600"_s }, path);
    QVERIFY2(run.exitCode == 0, run.err.right(2000).constData());
    QImage image(screenshot);
    QVERIFY2(!image.isNull(), qPrintable(u"no screenshot at "_s + screenshot));
    QCOMPARE(image.size(), QSize(1200, 1600));
    // The inline SVG waterfall was drawn (CSP allows inline SVG): its "wait" green is on the page.
    const QRgb wait = QRgb(phaseBaseColor(Phase::Wait));
    int waitPixels = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y) | 0xff000000;
            colours.insert(pixel);
            if (pixel == (wait | 0xff000000))
                ++waitPixels;
        }
    }
    QVERIFY2(waitPixels > 20,
             qPrintable(u"waterfall not visible (%1 wait pixels); screenshot %2"_s.arg(waitPixels).arg(screenshot)));
    QVERIFY2(colours.size() > 20, "the page looks blank");
    qInfo("screenshot: %s", qPrintable(screenshot));
}

QTEST_MAIN(tst_HtmlReportChromium)
#include "tst_htmlreport_chromium.moc"
