// The Markdown report read by real CommonMark renderers: `cmark` (the CommonMark reference
// implementation, Debian package cmark) and `cmark-gfm` with GitHub's table, task-list and
// strikethrough extensions (Debian package cmark-gfm). Captured text placed in a paragraph, a
// quote, a table cell and a task-list item must come out as the same text, with no markup made
// from it, and text that needs no escaping in that place is written as it is.
#include "report/ReportWriter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

// Runs `program args` with `markdown` on stdin; the HTML it prints.
QString render(const QString &program, const QStringList &args, const QString &markdown)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return {};
    process.write(markdown.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text as a renderer writes it into HTML: &, <, > and " escaped; nothing else.
QString asHtmlText(const QString &text)
{
    QString out = text;
    return out.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s).replace(u'"', u"&quot;"_s);
}

ReportEntry entryWith(const QString &text, int index)
{
    ReportEntry entry;
    entry.exchange.index = index;
    entry.exchange.request.method = "GET";
    entry.exchange.request.url = QUrl(u"https://api.example.com/v1/items"_s);
    entry.exchange.transport.outcome = Outcome::Ok;
    entry.exchange.comment = text;
    entry.diagnosis.summary = text;
    entry.diagnosis.explanation = text;
    entry.diagnosis.cause = u"upstream.timeout"_s;
    entry.diagnosis.checklist.items = { text };
    return entry;
}

QString firstCapture(const QString &html, const QString &pattern)
{
    const QRegularExpressionMatch match
        = QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption).match(html);
    return match.hasMatch() ? match.captured(1) : u"<no match for %1>"_s.arg(pattern);
}

} // namespace

class MarkdownCommonMarkTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"cmark"_s).isEmpty())
            QFAIL("cmark is not installed (Debian package cmark; dev.sh installs it)");
        if (QStandardPaths::findExecutable(u"cmark-gfm"_s).isEmpty())
            QFAIL("cmark-gfm is not installed (Debian package cmark-gfm; dev.sh installs it)");
    }

    void textComesOutAsItWent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("writtenAsIs"); // nothing in it needs a backslash in a paragraph
        QTest::newRow("file name with dash and dot") << u"varnish-hang.har"_s << true;
        QTest::newRow("version") << u"gatescope 0.1.0"_s << true;
        QTest::newRow("parentheses") << u"retry (after 30 s)"_s << true;
        QTest::newRow("plus, hash, braces, bang inside") << u"a+b #3 {x} wow!"_s << true;
        QTest::newRow("intraword underscores") << u"upstream_connect_timeout"_s << true;
        QTest::newRow("spaced asterisk and tilde") << u"2 * 3 ~ 6"_s << true;
        QTest::newRow("less-than before a digit") << u"latency < 5 ms"_s << true;
        QTest::newRow("ampersand that is no entity") << u"AT&T & co"_s << true;
        QTest::newRow("emphasis with asterisks") << u"*not emphasis* and **not strong**"_s << false;
        QTest::newRow("emphasis with underscores") << u"_not emphasis_ __x__"_s << false;
        QTest::newRow("code span") << u"a `b` c"_s << false;
        QTest::newRow("link") << u"[click](https://evil.example/)"_s << false;
        QTest::newRow("image") << u"![x](https://evil.example/p.png)"_s << false;
        QTest::newRow("html tag") << u"<script>alert(1)</script> <b>x</b>"_s << false;
        QTest::newRow("autolink") << u"<https://evil.example/>"_s << false;
        QTest::newRow("entity") << u"&amp; &#35; &copy;"_s << false;
        QTest::newRow("backslash before punctuation") << u"C:\\*path\\_x \\\\server"_s << false;
        QTest::newRow("strikethrough") << u"~~gone~~ ~x~"_s << false;
        QTest::newRow("heading at the start") << u"# not a heading"_s << false;
        QTest::newRow("list at the start") << u"- not a list"_s << false;
        QTest::newRow("ordered list at the start") << u"1. not a list"_s << false;
        QTest::newRow("quote at the start") << u"> not a quote"_s << false;
        QTest::newRow("pipe") << u"a | b"_s << true;
        QTest::newRow("non-ASCII") << u"Zeitüberschreitung — 超时"_s << true;
    }

    void textComesOutAsItWent()
    {
        QFETCH(QString, text);
        QFETCH(bool, writtenAsIs);
        ReportDocument document;
        document.inputKind = u"har"_s;
        document.inputName = u"varnish-hang.har"_s;
        document.entries = { entryWith(text, 0), entryWith(text, 1) };
        RedactionOptions off;
        off.enabled = false;
        const QString md = ReportWriter::markdown(PreparedReport::prepare(document, off));
        const QString expected = asHtmlText(text);

        // CommonMark: the explanation is a paragraph of its own, the summary a quote, the note inline.
        const QString html = render(u"cmark"_s, {}, md);
        QVERIFY2(!html.isEmpty(), "cmark did not render the report");
        QCOMPARE(firstCapture(html, u"</blockquote>\\n<p>(.*?)</p>"_s), expected);
        QCOMPARE(firstCapture(html, u"<blockquote>\\n<p>(?!<strong>)(.*?)</p>"_s), expected);
        QCOMPARE(firstCapture(html, u"<strong>Note:</strong> (.*?)</p>"_s), expected);
        QVERIFY(html.contains(u"<h1>Gatescope report — varnish-hang.har</h1>"_s));

        // GitHub-flavoured: the summary table's Verdict cell and a checklist task.
        const QString gfm
            = render(u"cmark-gfm"_s, { u"-e"_s, u"table"_s, u"-e"_s, u"tasklist"_s, u"-e"_s, u"strikethrough"_s }, md);
        QVERIFY2(!gfm.isEmpty(), "cmark-gfm did not render the report");
        QCOMPARE(firstCapture(gfm, u"\\(<code>upstream.timeout</code>\\)</td>\\n<td>(.*?)</td>"_s), expected);
        QCOMPARE(firstCapture(gfm, u"<li><input type=\"checkbox\" disabled=\"\" /> (.*?)</li>"_s), expected);

        if (writtenAsIs)
            QVERIFY2(md.contains(u"> "_s + text + u'\n'), qPrintable(u"escaped needlessly in:\n"_s + md.left(1500)));
    }
};

QTEST_GUILESS_MAIN(MarkdownCommonMarkTest)
#include "tst_markdown_commonmark.moc"
