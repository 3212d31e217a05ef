#include "capture/CaptureImporter.h"
#include "capture/HttpFileExporter.h"
#include "capture/HttpFileImporter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
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

    // JetBrains scripts around a request (syntax as in the JetBrains HTTP Client help and
    // https://juejin.cn/post/7448927119838986252): they are not run, and they are not the request.
    void skipsJetBrainsScripts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("headerCount");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("warning");
        QTest::newRow("pre-request script on one line")
            << QByteArray("### set a parameter\n< {% request.variables.set(\"firstname\", \"John\") %}\n\nGET "
                          "http://example.org/{{firstname}}\n")
            << QByteArray("GET") << u"http://example.org/%7B%7Bfirstname%7D%7D"_s << 0 << QByteArray()
            << u"pre-request scripts"_s;
        QTest::newRow("pre-request script over several lines")
            << QByteArray("### sign\n< {%\n    const signature = crypto.hmac.sha256()\n        "
                          ".withTextSecret(request.environment.get(\"secret\"))\n"
                          "        .updateWithText(request.body.tryGetSubstituted())\n        .digest().toHex();\n"
                          "    request.variables.set(\"signature\", signature)\n%}\nPOST "
                          "https://api.example.com/v1/pay\nContent-Type: application/json\n"
                          "X-Signature: {{signature}}\n\n{\"amount\": 5}\n")
            << QByteArray("POST") << u"https://api.example.com/v1/pay"_s << 2 << QByteArray("{\"amount\": 5}")
            << u"pre-request scripts"_s;
        QTest::newRow("response handler right under the headers")
            << QByteArray("GET https://api.example.com/v1/orders?limit=5\nAccept: application/json\n> {%\n"
                          "    client.global.set(\"first\", response.body[0].id);\n%}\n")
            << QByteArray("GET") << u"https://api.example.com/v1/orders?limit=5"_s << 1 << QByteArray()
            << u"response handlers"_s;
        QTest::newRow("handler file under the headers")
            << QByteArray("GET https://api.example.com/health\nAccept: */*\n> ./check-health.js\n") << QByteArray("GET")
            << u"https://api.example.com/health"_s << 1 << QByteArray() << u"response handlers"_s;
    }

    void skipsJetBrainsScripts()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(int, headerCount);
        QFETCH(QByteArray, body);
        QFETCH(QString, warning);
        const auto capture = HttpFileImporter::importText(text, u"api.http"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->requests.size(), 1);
        const RequestSpec &request = capture->requests.first();
        QCOMPARE(request.method, method);
        QCOMPARE(request.url.toString(QUrl::FullyEncoded), url);
        QCOMPARE(request.headers.size(), headerCount);
        QCOMPARE(request.body, body);
        QVERIFY2(capture->warnings.join(u'\n').contains(warning), qPrintable(capture->warnings.join(u'\n')));
    }

    // Given a JetBrains environment file beside the .http file, when the file is imported, then its
    // {{variables}} come from the "dev" environment, public values over private ones and over the
    // file's own "@name = value", and a warning names the environments not used.
    void usesTheEnvironmentFileBeside()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        auto write = [&](const QString &name, const QByteArray &content) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        write(u"api.http"_s,
              "@user = nobody\n### Log in\nPOST {{host}}/auth/login\nContent-Type: application/json\n\n"
              "{\"user\": \"{{user}}\", \"password\": \"{{password}}\"}\n");
        write(u"http-client.env.json"_s,
              "{\n  \"dev\": { \"host\": \"https://dev.api.example.com\", \"user\": \"ann\" },\n"
              "  \"prod\": { \"host\": \"https://api.example.com\", \"user\": \"ann\" }\n}\n");
        write(u"http-client.private.env.json"_s,
              "{ \"dev\": { \"password\": \"s3cret\", \"host\": \"https://private.example\" } }\n");
        const auto capture = CaptureImporter::importFile(folder.filePath(u"api.http"_s));
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->requests.size(), 1);
        const RequestSpec &request = capture->requests.first();
        QCOMPARE(request.url.toString(), u"https://dev.api.example.com/auth/login"_s);
        QCOMPARE(request.body, QByteArray("{\"user\": \"ann\", \"password\": \"s3cret\"}"));
        const QString warnings = capture->warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"\"dev\"") && warnings.contains(u"prod") && !warnings.contains(u"not defined"),
                 qPrintable(warnings));
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
        const auto capture
            = HttpFileImporter::importText("@a = 1\n\n### one\nthis is not a request line\n", u"bad.http"_s);
        QVERIFY(!capture.ok());
        QVERIFY2(capture.error().startsWith(u"bad.http: line 4"), qPrintable(capture.error()));
    }

    void boundsVariableExpansion_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<qsizetype>("maxUrlSize");

        QTest::newRow("plain chain") << QByteArray(
            "@host = example.com\n@base = https://{{host}}/v1\nGET {{base}}/orders\n")
                                     << u"https://example.com/v1/orders"_s << QString() << qsizetype(100);
        QTest::newRow("redefinition uses the earlier value")
            << QByteArray("@base = https://example.com\n@base = {{base}}/v2\nGET {{base}}/x\n")
            << u"https://example.com/v2/x"_s << QString() << qsizetype(100);
        // b is defined after a was stored with {{b}} in it, and b uses a: a cycle, kept as written.
        QTest::newRow("mutual reference") << QByteArray("@a = {{b}}\n@b = x{{a}}\nGET https://example.com/{{a}}\n")
                                          << QString() << u"refers back to itself"_s << qsizetype(200);
        QTest::newRow("exponential fan-out (fuzzer find)")
            << QByteArray("@a = {{b}}{{b}}{{b}}{{b}}\n@b = {{a}}{{a}}{{a}}{{a}}\nGET https://example.com/{{a}}\n")
            << QString() << u"refers back to itself"_s << qsizetype(1000);
        QByteArray doubling = "@v0 = abcdefgh\n";
        for (int i = 1; i <= 40; ++i)
            doubling += "@v" + QByteArray::number(i) + " = {{v" + QByteArray::number(i - 1) + "}}{{v"
                + QByteArray::number(i - 1) + "}}\n";
        doubling += "GET https://example.com/{{v40}}\n";
        QTest::newRow("doubling 40 times (8 TB if unbounded)")
            << doubling << QString() << u"grows past the size limit"_s << qsizetype(1024 * 1024 + 100);
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
