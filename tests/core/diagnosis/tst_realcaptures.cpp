// The Diagnoser on real gateways' answers quoted in public issues (data/real/, sources in
// data/real/manifest.json): each file goes through the same importer `gatescope diagnose FILE`
// uses, the first failing exchange is diagnosed, and status, producer and cause must be what the
// bytes allow. The same bytes with CRLF line ends must give the same verdict.
#include "capture/CaptureImporter.h"
#include "diagnosis/Diagnoser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/tests/core/diagnosis/data/real"_s;
}

QJsonArray captures()
{
    QFile file(dataDir() + u"/manifest.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"captures"_s).toArray();
}

// What `gatescope diagnose` picks without --all: the first failing exchange, else the last one.
const Exchange *picked(const Capture &capture)
{
    for (const Exchange &exchange : capture.exchanges) {
        if (isFailure(exchange))
            return &exchange;
    }
    return capture.exchanges.isEmpty() ? nullptr : &capture.exchanges.last();
}

QString verdictText(const Diagnosis &d)
{
    return u"%1 %2/%3 %4 (leaf %5)"_s.arg(d.status).arg(d.producer.layer, d.producer.product, d.cause, d.leaf);
}

} // namespace

class TestRealCaptures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void realCaptureGetsTheVerdictItsBytesAllow_data();
    void realCaptureGetsTheVerdictItsBytesAllow();
    void crlfLineEndsGiveTheSameVerdict_data();
    void crlfLineEndsGiveTheSameVerdict();
    void elidedPasteIsNeverConfident_data();
    void elidedPasteIsNeverConfident();
    void everyCaptureNamesItsSource();

private:
    Diagnoser m_diagnoser;
};

void TestRealCaptures::initTestCase()
{
    QVERIFY2(!captures().isEmpty(), qPrintable(u"no captures in "_s + dataDir() + u"/manifest.json"_s));
}

void TestRealCaptures::realCaptureGetsTheVerdictItsBytesAllow_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("expect");
    for (const QJsonValue &value : captures()) {
        const QJsonObject entry = value.toObject();
        const QString file = entry.value(u"file"_s).toString();
        QTest::newRow(qPrintable(file)) << file << entry.value(u"expect"_s).toObject();
    }
}

void TestRealCaptures::realCaptureGetsTheVerdictItsBytesAllow()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, expect);
    const Result<Capture> capture = CaptureImporter::importFile(dataDir() + u'/' + file);
    QVERIFY2(capture, qPrintable(capture ? QString() : capture.error()));
    const Exchange *exchange = picked(capture.value());
    QVERIFY2(exchange, "the capture holds no exchange");
    const Diagnosis d = m_diagnoser.diagnose(*exchange);
    const QString expected = u"%1 %2/%3 %4"_s.arg(expect.value(u"status"_s).toInt())
                                 .arg(expect.value(u"layer"_s).toString(), expect.value(u"product"_s).toString(),
                                      expect.value(u"cause"_s).toString());
    const QString got = verdictText(d);
    QVERIFY2(got.startsWith(expected + u" ("_s), qPrintable(u"expected "_s + expected + u", got "_s + got));
    QVERIFY2(!d.predicted, "a recorded response is never a prediction");
    QVERIFY2(!d.checklist.items.isEmpty(), qPrintable(u"leaf "_s + d.leaf + u" has no checklist"_s));
    QVERIFY2(d.producer.confidence > 0 && d.producer.confidence <= 1, qPrintable(verdictText(d)));
}

void TestRealCaptures::crlfLineEndsGiveTheSameVerdict_data()
{
    realCaptureGetsTheVerdictItsBytesAllow_data();
}

void TestRealCaptures::crlfLineEndsGiveTheSameVerdict()
{
    QFETCH(QString, file);
    QFile in(dataDir() + u'/' + file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray lf = in.readAll();
    QByteArray crlf = lf;
    crlf.replace("\r\n", "\n");
    crlf.replace("\n", "\r\n");
    const Result<Capture> a = CaptureImporter::importText(lf, file);
    const Result<Capture> b = CaptureImporter::importText(crlf, file);
    QVERIFY2(a && b, qPrintable(!a ? a.error() : (!b ? b.error() : QString())));
    const Exchange *x = picked(a.value());
    const Exchange *y = picked(b.value());
    QVERIFY(x && y);
    const Diagnosis dx = m_diagnoser.diagnose(*x);
    const Diagnosis dy = m_diagnoser.diagnose(*y);
    QCOMPARE(verdictText(dy), verdictText(dx));
}

void TestRealCaptures::elidedPasteIsNeverConfident_data()
{
    realCaptureGetsTheVerdictItsBytesAllow_data();
}

// The same paste with a line cut out by hand ("[ ... ]" at its end, as people shorten long
// output): the importer says so and the verdict stays below "confident" (0.8).
void TestRealCaptures::elidedPasteIsNeverConfident()
{
    QFETCH(QString, file);
    QFile in(dataDir() + u'/' + file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    if (!text.endsWith('\n'))
        text += '\n';
    text += "[ ... ]\n";
    const Result<Capture> capture = CaptureImporter::importText(text, file);
    QVERIFY2(capture, qPrintable(capture ? QString() : capture.error()));
    const Exchange *exchange = picked(capture.value());
    QVERIFY(exchange);
    QVERIFY2(exchange->handTrimmed, "the elision is recorded on the exchange");
    const Diagnosis d = m_diagnoser.diagnose(*exchange);
    QVERIFY2(d.producer.confidence <= 0.7,
             qPrintable(verdictText(d) + u" at "_s + QString::number(d.producer.confidence)));
}

void TestRealCaptures::everyCaptureNamesItsSource()
{
    const QDir dir(dataDir());
    QStringList listed;
    for (const QJsonValue &value : captures()) {
        const QJsonObject entry = value.toObject();
        const QString file = entry.value(u"file"_s).toString();
        listed.append(file);
        QVERIFY2(entry.value(u"source"_s).toString().startsWith(u"https://"_s),
                 qPrintable(file + u": no source URL"_s));
        QVERIFY2(!entry.value(u"quote"_s).toString().isEmpty(), qPrintable(file + u": no quote"_s));
        QVERIFY2(dir.exists(file), qPrintable(file + u" is listed but missing"_s));
    }
    const QStringList present = dir.entryList({ u"*.txt"_s, u"*.har"_s, u"*.sh"_s }, QDir::Files);
    for (const QString &file : present)
        QVERIFY2(listed.contains(file), qPrintable(file + u" is not in manifest.json"_s));
}

QTEST_GUILESS_MAIN(TestRealCaptures)
#include "tst_realcaptures.moc"
