#include "CurlImporter.h"
#include "HarImporter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

// `gatescope convert INPUT --to har|curl|http [-o FILE] [--no-redact]`, run as a user runs it.
class ConvertCommandTest : public QObject
{
    Q_OBJECT

    QString m_binary;
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run convert(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(m_binary, QStringList{u"convert"_s} + arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    static QByteArray readData(const char *name)
    {
        QFile file(QFINDTESTDATA(QString::fromLatin1("data/") + QLatin1StringView(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_binary = qEnvironmentVariable("GATESCOPE_BINARY");
        if (m_binary.isEmpty())
            QSKIP("GATESCOPE_BINARY is not set: run through ctest");
        QVERIFY(m_dir.isValid());
    }

    void convertsHarToCurlThatImportsBackToTheSameRequests()
    {
        const QString har = writeFile(u"shop.har"_s, readData("chrome-shop.har"));
        const Run run = convert({har, u"--to"_s, u"curl"_s, u"--no-redact"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("redaction is off"), run.err.constData());
        const auto curl = CurlImporter::importText(run.out, u"converted"_s);
        QVERIFY2(curl.ok(), qPrintable(curl.error()));
        const auto original = HarImporter().importData(readData("chrome-shop.har"), u"shop.har"_s);
        QCOMPARE(curl->requests.size(), original->requests.size());
        for (qsizetype i = 0; i < curl->requests.size(); ++i) {
            QCOMPARE(curl->requests.at(i).url, original->requests.at(i).url);
            QCOMPARE(curl->requests.at(i).body, original->requests.at(i).body);
        }
    }

    void redactsCredentialsUnlessAskedNotTo()
    {
        const QString input = writeFile(u"secret.curl"_s, readData("chrome-bash.curl"));
        const Run redacted = convert({input, u"--to"_s, u"http"_s});
        QVERIFY2(redacted.exitCode == 0, redacted.err.constData());
        QVERIFY2(!redacted.out.contains("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"), redacted.out.constData());
        QVERIFY2(!redacted.out.contains("abc123"), redacted.out.constData());
        QVERIFY2(redacted.err.contains("redacted"), redacted.err.constData());
        const Run kept = convert({input, u"--to"_s, u"http"_s, u"--no-redact"_s});
        QVERIFY(kept.out.contains("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"));
    }

    void writesTheOutputFileAtomicallyAndReadsStandardInput()
    {
        const QString output = m_dir.filePath(u"out.har"_s);
        const Run run = convert({u"-"_s, u"--to"_s, u"har"_s, u"-o"_s, output}, "HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\n\r\nbad");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.isEmpty());
        const auto back = HarImporter().importFile(output);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->exchanges.first().response->status, 502);
    }

    void exitsWithOneForBadInputAndTwoForBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no --to")              << QStringList{u"-"_s} << QByteArray("curl http://h/") << 2 << QByteArray("--to");
        QTest::newRow("unknown format")       << QStringList{u"-"_s, u"--to"_s, u"pdf"_s} << QByteArray("curl http://h/") << 2 << QByteArray("pdf");
        QTest::newRow("truncated HAR")        << QStringList{u"-"_s, u"--to"_s, u"curl"_s} << QByteArray("{\"log\":{\"entries\":[{\"re") << 1 << QByteArray("line 1");
        QTest::newRow("response alone to curl") << QStringList{u"-"_s, u"--to"_s, u"curl"_s} << QByteArray("HTTP/1.1 500 X\r\n\r\n") << 1 << QByteArray("no request");
    }

    void exitsWithOneForBadInputAndTwoForBadUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run run = convert(arguments, input);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(ConvertCommandTest)
#include "tst_convert_command.moc"
