// The HAR import reads each entry with a JsonTape (capture/JsonTape.h) instead of building a
// QJsonDocument per entry. The capture must be the same either way: every HAR under tests/ (real
// browser and proxy exports, the fuzz corpus's broken ones) and entries written to reach each of
// the tape's edges are imported both ways and compared field by field, errors included.
#include "capture/HarImporter.h"
#include "capture/JsonTape.h"

#include <QDirIterator>
#include <QFile>
#include <QtTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

// Declared before the test data: moc reads the raw string literals below wrongly.
class TestHarTape : public QObject
{
    Q_OBJECT

private slots:
    void sameCaptureEitherWay_data();
    void sameCaptureEitherWay();
    // The values the tape gives, next to QJsonDocument's, for the same text.
    void tapeValuesAreQJsonValues();
};

namespace {

Result<Capture> importWith(HarImporter::EntryReading reading, const QByteArray &text)
{
    HarImporter importer;
    importer.setEntryReading(reading);
    return importer.importData(text, u"test.har"_s);
}

// A HAR around one entry's text, as Chromium writes the log around its entries.
QByteArray harWith(const QByteArray &entry)
{
    return R"({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [)"
        + entry + "]}}";
}

// A Chromium-like entry whose response body text is `body` (JSON text, quotes included) and whose
// response headers hold `header` (a JSON object text).
QByteArray entryWith(const QByteArray &body, const QByteArray &header = R"({"name": "X-Test", "value": "1"})")
{
    return R"({"startedDateTime": "2024-05-01T10:00:00.123Z", "time": 120.5,
  "request": {"method": "POST", "url": "https://api.example.test/v1/items?q=1", "httpVersion": "HTTP/1.1",
    "headers": [{"name": "Content-Type", "value": "application/json"}, {"name": ":authority", "value": "x"}],
    "cookies": [{"name": "sid", "value": "abc"}], "queryString": [], "postData": {"mimeType": "application/json",
    "text": "{\"a\":1}"}, "headersSize": -1, "bodySize": 7},
  "response": {"status": 502, "statusText": "Bad Gateway", "httpVersion": "HTTP/1.1", "headers": [)"
        + header + R"(], "cookies": [], "content": {"size": 11, "mimeType": "text/html", "text": )" + body
        + R"(}, "redirectURL": "", "headersSize": -1, "bodySize": -1, "_transferSize": 300},
  "cache": {}, "timings": {"blocked": 1.2, "dns": -1, "ssl": 20, "connect": 30, "send": 0.1, "wait": 60,
    "receive": 9.2}, "serverIPAddress": "[2001:db8::1]", "connection": "443"})";
}

} // namespace

void TestHarTape::sameCaptureEitherWay_data()
{
    QTest::addColumn<QByteArray>("har");
    QTest::addColumn<bool>("tapeReadsItAll"); // the whole text is one the tape reads itself

    const QString root = qEnvironmentVariable("GATESCOPE_SOURCE_DIR");
    QVERIFY2(!root.isEmpty(), "GATESCOPE_SOURCE_DIR names the source tree (set by CTest)");
    int files = 0;
    QDirIterator it(root + u"/tests"_s, { u"*.har"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray text = file.readAll();
        // Every valid HAR here is one the tape reads itself (the fuzz corpus holds broken ones on purpose).
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        QTest::newRow(qPrintable(path.mid(root.size() + 1))) << text << (error.error == QJsonParseError::NoError);
        ++files;
    }
    QVERIFY2(files >= 20, "the real HARs under tests/ are found");

    QTest::newRow("escapes in a body") << harWith(entryWith(R"("<p>\"x\"\n\t\\ \/ \b\f\r \u0041\u007f</p>")")) << true;
    QTest::newRow("escaped characters beyond ASCII")
        << harWith(entryWith(R"("caf\u00e9 \u20ac \ud83d\ude00 \uFEFF")")) << true;
    QTest::newRow("UTF-8 body") << harWith(entryWith("\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"")) << true;
    QTest::newRow("byte order mark at a body's start") << harWith(entryWith("\"\xef\xbb\xbfok\"")) << true;
    QTest::newRow("byte order mark at a header value's start")
        << harWith(entryWith(R"("ok")", "{\"name\": \"X-Bom\", \"value\": \"\xef\xbb\xbfv\"}")) << true;
    QTest::newRow("control character unescaped") << harWith(entryWith("\"a\x01z\"")) << true;
    QTest::newRow("NUL escaped") << harWith(entryWith(R"("a\u0000z")")) << true;
    QTest::newRow("lone high surrogate") << harWith(entryWith(R"("a\ud800z")")) << false;
    QTest::newRow("lone low surrogate") << harWith(entryWith(R"("a\udc00z")")) << false;
    QTest::newRow("escape JSON does not have") << harWith(entryWith(R"("a\qz")")) << false;
    QTest::newRow("invalid UTF-8") << harWith(entryWith("\"a\xc3z\"")) << false;
    QTest::newRow("surrogate encoded in UTF-8") << harWith(entryWith("\"a\xed\xa0\x80z\"")) << false;
    QTest::newRow("duplicate key: the last counts") << harWith(entryWith(R"("first", "text": "second")")) << true;
    QTest::newRow("header name and value as number, bool and null")
        << harWith(entryWith(R"("x")", R"({"name": "X-N", "value": 12.5}, {"name": "X-B", "value": true},
                                              {"name": "X-Null", "value": null}, {"name": 7, "value": "v"})"))
        << true;
    QTest::newRow("key with an escape") << harWith(entryWith(R"("x")", R"({"na\u006de": "X-K", "value": "v"})"))
                                        << false;
    QTest::newRow("non-ASCII key") << harWith(entryWith(R"("x")", "{\"n\xc3\xa4me\": \"X\", \"value\": \"v\"}"))
                                   << false;
    QTest::newRow("base64 body with escaped slashes")
        << harWith(entryWith(R"("PGh0bWw+PC9odG1sPg\/\/", "encoding": "base64")")) << true;
    for (const char *number :
         { "-0", "0", "4.9e-324", "1e-400", "1e400", "12345678901234567890", "9223372036854775807",
           "-9223372036854775808", "123456789012345678", "1.5E+2", "\"42\"", ".5", "01", "-", "1.", "2e" }) {
        QByteArray entry = entryWith(R"("x")");
        entry.replace(R"("status": 502)", QByteArray(QByteArray("\"status\": ") + number));
        entry.replace(R"("wait": 60)", QByteArray(QByteArray("\"wait\": ") + number));
        const QByteArray text(number);
        const bool json = !(text == ".5" || text == "01" || text == "-" || text == "1." || text == "2e");
        // Out of range, or subnormal (QJsonDocument reads it; the tape leaves it to QJsonDocument).
        const bool inRange = text != "1e-400" && text != "1e400" && text != "4.9e-324";
        QTest::newRow(qPrintable(u"number "_s + QString::fromLatin1(number))) << harWith(entry) << (json && inRange);
    }
    QTest::newRow("truncated entry") << harWith(entryWith(R"("x")").chopped(30)) << false;
    QTest::newRow("trailing comma") << harWith(entryWith(R"("x", )")) << false;
    QTest::newRow("entry that is not an object") << harWith(R"([1, 2])") << true;
    QByteArray deep = entryWith(R"("x")");
    deep.replace(R"("cache": {})", QByteArray(R"("cache": )" + QByteArray(600, '[') + QByteArray(600, ']')));
    QTest::newRow("nesting deeper than the tape reads") << harWith(deep) << false;
    QTest::newRow("several entries") << harWith(entryWith(R"("one")") + ", " + entryWith(R"("two\n")")) << true;
}

void TestHarTape::sameCaptureEitherWay()
{
    QFETCH(QByteArray, har);
    QFETCH(bool, tapeReadsItAll);

    JsonTape tape;
    QCOMPARE(tape.parse(har), tapeReadsItAll);

    const Result<Capture> document = importWith(HarImporter::EntryReading::Document, har);
    const Result<Capture> fromTape = importWith(HarImporter::EntryReading::Tape, har);
    QCOMPARE(bool(fromTape), bool(document));
    if (!document) {
        QCOMPARE(fromTape.error(), document.error());
        return;
    }
    QCOMPARE(fromTape->warnings, document->warnings);
    QCOMPARE(fromTape->requests.size(), document->requests.size());
    for (qsizetype i = 0; i < document->requests.size(); ++i)
        QVERIFY2(fromTape->requests.at(i) == document->requests.at(i), qPrintable(u"request %1"_s.arg(i)));
    QCOMPARE(fromTape->exchanges.size(), document->exchanges.size());
    for (qsizetype i = 0; i < document->exchanges.size(); ++i) {
        const Exchange &a = fromTape->exchanges.at(i);
        const Exchange &b = document->exchanges.at(i);
        // Field by field first, so that a failure names the field.
        QCOMPARE(a.request.headers, b.request.headers);
        QCOMPARE(a.request.body, b.request.body);
        QCOMPARE(a.response.has_value(), b.response.has_value());
        if (a.response) {
            QCOMPARE(a.response->status, b.response->status);
            QCOMPARE(a.response->headers, b.response->headers);
            QCOMPARE(a.response->body, b.response->body);
        }
        QCOMPARE(a.transport.detail, b.transport.detail);
        QVERIFY2(a.timings == b.timings, qPrintable(u"exchange %1: timings"_s.arg(i)));
        QVERIFY2(a == b, qPrintable(u"exchange %1"_s.arg(i)));
    }
}

void TestHarTape::tapeValuesAreQJsonValues()
{
    const QByteArray text = R"({"s": "a\"b\u00e9", "n": -0, "d": 2.5, "t": true, "f": false, "z": null,
            "o": {"k": [1, "two", {"three": 3}]}, "s": "last", "empty": {}, "none": []})";
    JsonTape tape;
    QVERIFY(tape.parse(text));
    const JsonTape::Object object = tape.root().toObject();
    const QJsonObject reference = QJsonDocument::fromJson(text).object();
    for (QLatin1StringView key : { "s"_L1, "n"_L1, "d"_L1, "t"_L1, "f"_L1, "z"_L1, "missing"_L1, "empty"_L1 }) {
        const JsonTape::Value value = object.value(key);
        const QJsonValue expected = reference.value(key);
        QCOMPARE(value.isUndefined(), expected.isUndefined());
        QCOMPARE(value.isNull(), expected.isNull());
        QCOMPARE(value.isBool(), expected.isBool());
        QCOMPARE(value.isDouble(), expected.isDouble());
        QCOMPARE(value.isString(), expected.isString());
        QCOMPARE(value.isObject(), expected.isObject());
        QCOMPARE(value.toString(), expected.toString());
        QCOMPARE(value.toUtf8(), expected.toString().toUtf8());
        QCOMPARE(value.toDouble(), expected.toDouble());
        QCOMPARE(std::signbit(value.toDouble()), std::signbit(expected.toDouble()));
        QCOMPARE(value.toBool(), expected.toBool());
        QCOMPARE(object.contains(key), reference.contains(key));
    }
    const JsonTape::Array array = object.value("o"_L1).toObject().value("k"_L1).toArray();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.first().toDouble(), 1.0);
    QStringList items;
    for (const JsonTape::Value &item : array)
        items.append(item.isString() ? item.toString() : item.isObject() ? u"{}"_s : u"n"_s);
    QCOMPARE(items, QStringList({ u"n"_s, u"two"_s, u"{}"_s }));
    QVERIFY(object.value("empty"_L1).toObject().isEmpty());
    QVERIFY(object.value("none"_L1).toArray().isEmpty());
    QVERIFY(object.value("s"_L1).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestHarTape)
#include "tst_har_tape.moc"
