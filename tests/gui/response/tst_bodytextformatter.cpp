#include "gui/response/BodyTextFormatter.h"

#include <QTest>

using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

// Large captured bodies shown as text: JSON too big to parse is indented from its first bytes,
// other text is cut at a size, a line count, and long lines are split; nothing is invented.
class tst_BodyTextFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indentsJsonTokenByToken_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("object") << QByteArray("{\"a\":1,\"b\":[true,null]}")
                                << u"{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}"_s;
        QTest::newRow("structural characters inside strings")
            << QByteArray("{\"k\":\"a,{b}:[c]\"}") << u"{\n  \"k\": \"a,{b}:[c]\"\n}"_s;
        QTest::newRow("escaped quote in a string") << QByteArray("[\"x\\\"],y\"]") << u"[\n  \"x\\\"],y\"\n]"_s;
        QTest::newRow("whitespace outside strings dropped") << QByteArray("{ \"a\" :\n 1 }") << u"{\n  \"a\": 1\n}"_s;
        QTest::newRow("cut inside a string") << QByteArray("{\"a\":\"unterminated") << u"{\n  \"a\": \"unterminated"_s;
    }

    void indentsJsonTokenByToken()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const BodyTextFormatter::Text text = BodyTextFormatter::indentJsonPrefix(json, 1 << 20);
        QCOMPARE(text.text, expected);
        QVERIFY(!text.cut);
    }

    void limitsWhatATextViewMustLayOut_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qsizetype>("maxBytes");
        QTest::addColumn<bool>("cut");
        QTest::addColumn<bool>("split");
        QTest::addColumn<qsizetype>("lines");
        const qsizetype maxLine = BodyTextFormatter::MaxLineLength;
        QTest::newRow("short text unchanged")
            << QByteArray("a\nb\nc") << qsizetype(100) << false << false << qsizetype(3);
        QTest::newRow("cut at the byte limit")
            << QByteArray(1000, 'x') << qsizetype(100) << true << false << qsizetype(1);
        QTest::newRow("one long line split")
            << QByteArray(maxLine * 3, 'x') << qsizetype(1 << 20) << false << true << qsizetype(3);
        QTest::newRow("too many lines") << QByteArray("a\n").repeated(BodyTextFormatter::MaxLines + 10)
                                        << qsizetype(1 << 20) << true << false << BodyTextFormatter::MaxLines;
    }

    void limitsWhatATextViewMustLayOut()
    {
        QFETCH(QByteArray, body);
        QFETCH(qsizetype, maxBytes);
        QFETCH(bool, cut);
        QFETCH(bool, split);
        QFETCH(qsizetype, lines);
        const BodyTextFormatter::Text text = BodyTextFormatter::textPrefix(body, maxBytes);
        QCOMPARE(text.cut, cut);
        QCOMPARE(text.linesSplit, split);
        QCOMPARE(text.text.count(u'\n') + 1, lines);
        QVERIFY(text.text.size() <= maxBytes + lines);
        for (const QStringView line : QStringView(text.text).split(u'\n'))
            QVERIFY(line.size() <= BodyTextFormatter::MaxLineLength);
    }

    void neverCutsAUtf8SequenceInTwo()
    {
        // "é" is two bytes; a limit that falls between them keeps the whole character out.
        const QByteArray body = "ab" + QByteArray("\xc3\xa9").repeated(10);
        const BodyTextFormatter::Text text = BodyTextFormatter::textPrefix(body, 5);
        QCOMPARE(text.text, u"ab\u00e9"_s);
        QVERIFY(text.cut);
    }
};

QTEST_GUILESS_MAIN(tst_BodyTextFormatter)
#include "tst_bodytextformatter.moc"
