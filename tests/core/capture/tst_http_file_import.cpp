#include "HttpFileExporter.h"
#include "HttpFileImporter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

// .http files of the VS Code REST Client and the JetBrains HTTP Client.
class HttpFileImportTest : public QObject
{
    Q_OBJECT

    static QByteArray apiFile()
    {
        QFile file(QFINDTESTDATA("data/api.http"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsRequestsVariablesAndComments()
    {
        const auto capture = HttpFileImporter::importText(apiFile(), u"api.http"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->kind, u"http-file"_s);
        QCOMPARE(capture->requests.size(), 4);

        const RequestSpec &list = capture->requests.at(0);
        QCOMPARE(list.name, u"List orders"_s);
        QCOMPARE(list.method, QByteArray("GET"));
        QCOMPARE(list.url.toString(), u"https://api.example.com/v1/orders?limit=20&sort=desc"_s);
        QCOMPARE(headerValue(list.headers, "authorization"), QByteArray("Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"));
        QVERIFY(list.body.isEmpty());

        const RequestSpec &create = capture->requests.at(1);
        QCOMPARE(create.name, u"create"_s);
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(create.body, QByteArray("{\n  \"sku\": \"A-1\",\n  \"qty\": 2\n}"));

        const RequestSpec &upload = capture->requests.at(2);
        QCOMPARE(upload.method, QByteArray("PUT"));
        QVERIFY(upload.body.isEmpty());

        const RequestSpec &health = capture->requests.at(3);
        QCOMPARE(health.url.toString(), u"https://api.example.com:443/health"_s);
        QCOMPARE(headerValue(health.headers, "x-trace"), QByteArray("{{$guid}}"));
        QVERIFY(health.body.isEmpty());

        // The file reference, the handler script, the dynamic and the undefined variable are warnings.
        const QString warnings = capture->warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"order-7.bin"), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"response handlers"), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"{{$guid}}"), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"{{undefinedVariable}}"), qPrintable(warnings));
    }

    void roundTripsRequestsThroughAnHttpFile()
    {
        const auto first = HttpFileImporter::importText(apiFile(), u"api.http"_s);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QByteArray exported = HttpFileExporter::toHttpFile(first->requests);
        const auto second = HttpFileImporter::importText(exported, u"exported.http"_s);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->requests.size(), first->requests.size());
        for (qsizetype i = 0; i < first->requests.size(); ++i) {
            QCOMPARE(second->requests.at(i).method, first->requests.at(i).method);
            QCOMPARE(second->requests.at(i).url, first->requests.at(i).url);
            QCOMPARE(second->requests.at(i).headers, first->requests.at(i).headers);
            QCOMPARE(second->requests.at(i).body, first->requests.at(i).body);
        }
    }

    void namesTheLineOfABadRequestLine()
    {
        const auto capture = HttpFileImporter::importText("@a = 1\n\n### one\nthis is not a request line\n", u"bad.http"_s);
        QVERIFY(!capture.ok());
        QVERIFY2(capture.error().startsWith(u"bad.http: line 4"), qPrintable(capture.error()));
    }

    void boundsVariableExpansion_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<qsizetype>("maxUrlSize");

        QTest::newRow("plain chain") << QByteArray("@host = example.com\n@base = https://{{host}}/v1\nGET {{base}}/orders\n")
                                     << u"https://example.com/v1/orders"_s << QString() << qsizetype(100);
        QTest::newRow("redefinition uses the earlier value")
            << QByteArray("@base = https://example.com\n@base = {{base}}/v2\nGET {{base}}/x\n") << u"https://example.com/v2/x"_s << QString()
            << qsizetype(100);
        // b is defined after a was stored with {{b}} in it, and b uses a: a cycle, kept as written.
        QTest::newRow("mutual reference") << QByteArray("@a = {{b}}\n@b = x{{a}}\nGET https://example.com/{{a}}\n") << QString()
                                          << u"refers back to itself"_s << qsizetype(200);
        QTest::newRow("exponential fan-out (fuzzer find)")
            << QByteArray("@a = {{b}}{{b}}{{b}}{{b}}\n@b = {{a}}{{a}}{{a}}{{a}}\nGET https://example.com/{{a}}\n") << QString()
            << u"refers back to itself"_s << qsizetype(1000);
        QByteArray doubling = "@v0 = abcdefgh\n";
        for (int i = 1; i <= 40; ++i)
            doubling += "@v" + QByteArray::number(i) + " = {{v" + QByteArray::number(i - 1) + "}}{{v" + QByteArray::number(i - 1) + "}}\n";
        doubling += "GET https://example.com/{{v40}}\n";
        QTest::newRow("doubling 40 times (8 TB if unbounded)") << doubling << QString() << u"grows past the size limit"_s << qsizetype(1024 * 1024 + 100);
    }

    void boundsVariableExpansion()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, url);
        QFETCH(QString, warning);
        QFETCH(qsizetype, maxUrlSize);
        const auto capture = HttpFileImporter::importText(text, u"vars.http"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->requests.size(), 1);
        const QString got = capture->requests.first().url.toString();
        if (!url.isEmpty())
            QCOMPARE(got, url);
        QVERIFY2(got.size() <= maxUrlSize, qPrintable(QString::number(got.size())));
        const QString warnings = capture->warnings.join(u'\n');
        if (warning.isEmpty())
            QVERIFY2(capture->warnings.isEmpty(), qPrintable(warnings));
        else
            QVERIFY2(warnings.contains(warning) && warnings.startsWith(u"vars.http: "), qPrintable(warnings));
    }

    void neverCrashesOnTruncatedOrRandomInput()
    {
        const QByteArray text = apiFile();
        for (qsizetype cut = 0; cut < text.size(); cut += 3) {
            const auto capture = HttpFileImporter::importText(QByteArrayView(text).first(cut), u"cut.http"_s);
            if (!capture.ok())
                QVERIFY2(capture.error().startsWith(u"cut.http: "), qPrintable(capture.error()));
        }
        QRandomGenerator random(3);
        for (int round = 0; round < 300; ++round) {
            QByteArray noise = "### x\n";
            constexpr QByteArrayView alphabet("GET {}@=#/:\n ?&<>%$ab");
            for (int i = random.bounded(300); i > 0; --i)
                noise += alphabet.at(random.bounded(alphabet.size()));
            const auto capture = HttpFileImporter::importText(noise, u"noise.http"_s);
            if (!capture.ok())
                QVERIFY2(capture.error().startsWith(u"noise.http: "), qPrintable(capture.error()));
        }
    }
};

QTEST_GUILESS_MAIN(HttpFileImportTest)
#include "tst_http_file_import.moc"
