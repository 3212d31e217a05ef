// The shared-mime-info package resources/mime/gatescope.xml, compiled with update-mime-database
// into a temporary data folder that QMimeDatabase reads before the system's: .har files and HAR
// content are application/x-har, .http files text/x-http.
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_MimeTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fileNamesAreRecognisedByGlob_data();
    void fileNamesAreRecognisedByGlob();
    void harContentIsRecognisedByMagic_data();
    void harContentIsRecognisedByMagic();
    void otherJsonIsNotHar();

private:
    QTemporaryDir m_dataHome;
};

void tst_MimeTypes::initTestCase()
{
    QVERIFY(m_dataHome.isValid());
    const QString packages = m_dataHome.filePath(u"mime/packages"_s);
    QVERIFY(QDir().mkpath(packages));
    const QString source = qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/resources/mime/gatescope.xml"_s;
    QVERIFY2(QFile::copy(source, packages + u"/gatescope.xml"_s), qPrintable(source));

    QProcess update;
    update.start(u"update-mime-database"_s, { m_dataHome.filePath(u"mime"_s) });
    QVERIFY2(update.waitForFinished(60000), "update-mime-database (Debian shared-mime-info) did not run");
    QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());

    // Read before the first QMimeDatabase is made: ours first, then the system's.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
}

void tst_MimeTypes::fileNamesAreRecognisedByGlob_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mimeType");
    QTest::newRow("har") << u"shop.har"_s << u"application/x-har"_s;
    QTest::newRow("har capitals") << u"SHOP.HAR"_s << u"application/x-har"_s;
    QTest::newRow("http") << u"requests.http"_s << u"text/x-http"_s;
}

void tst_MimeTypes::fileNamesAreRecognisedByGlob()
{
    QFETCH(QString, fileName);
    QFETCH(QString, mimeType);
    const QMimeType type = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), mimeType);
}

void tst_MimeTypes::harContentIsRecognisedByMagic_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("compact") << QByteArray(R"({"log":{"version":"1.2","entries":[]}})");
    QTest::newRow("pretty-printed") << QByteArray("{\n  \"log\": {\n    \"version\": \"1.2\"");
    QTest::newRow("space before :") << QByteArray("{ \"log\" : {}}");
}

void tst_MimeTypes::harContentIsRecognisedByMagic()
{
    QFETCH(QByteArray, content);
    const QMimeType type = QMimeDatabase().mimeTypeForData(content);
    QCOMPARE(type.name(), u"application/x-har"_s);
    QVERIFY(type.inherits(u"application/json"_s));
}

void tst_MimeTypes::otherJsonIsNotHar()
{
    const QMimeType type = QMimeDatabase().mimeTypeForData(QByteArray(R"({"name": "log", "logs": []})"));
    QVERIFY2(type.name() != u"application/x-har"_s, "a JSON object without a \"log\" member was taken for a HAR");
}

QTEST_GUILESS_MAIN(tst_MimeTypes)
#include "tst_mimetypes.moc"
