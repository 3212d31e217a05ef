// PowerShell's Invoke-WebRequest / Invoke-RestMethod read as the request they send: what our own
// exporter writes reads back into the same request, Chrome's "Copy as PowerShell" with its
// WebRequestSession, and the calls people type with variables assigned above them. Nothing is sent.
#include "RequestRows.h"
#include "capture/CaptureImporter.h"
#include "capture/InvokeWebRequestExporter.h"
#include "capture/InvokeWebRequestImporter.h"

#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatescope::RequestSpec)

namespace {

using TestRows::requestOf;

RequestSpec readBack(const QByteArray &text)
{
    const std::optional<Result<Capture>> read = InvokeWebRequestImporter::importText(text, u"pasted text"_s);
    if (!read || !*read || (*read)->requests.isEmpty())
        return {};
    return (*read)->requests.first();
}

QStringList headerLines(const HeaderList &headers)
{
    QStringList lines;
    for (const HeaderField &field : headers)
        lines << QString::fromUtf8(field.name + ": " + field.value);
    return lines;
}

} // namespace

class InvokeWebRequestImportTest : public QObject
{
    Q_OBJECT

private slots:
    void whatTheExporterWritesReadsBackTheSame_data()
    {
        QTest::addColumn<RequestSpec>("request");
        QTest::newRow("a plain GET") << requestOf("GET", u"https://api.example.test/v1/items?page=2"_s, {}, {});
        QTest::newRow("PUT with JSON, a quote in it and its own User-Agent")
            << requestOf("PUT", u"https://api.example.test/items/7"_s,
                         { { "User-Agent", "probe/1.0", true },
                           { "Accept", "application/json", true },
                           { "Content-Type", "application/json", true } },
                         "{\"name\":\"it's 7\"}");
        QTest::newRow("a body with a line break and a tab (double-quoted, backtick escapes)")
            << requestOf("POST", u"http://127.0.0.1:8080/form"_s, { { "Content-Type", "text/plain", true } },
                         "line one\nline\ttwo $HOME `tick`");
        QTest::newRow("an escape character (written as $([char]0x1b))")
            << requestOf("POST", u"http://127.0.0.1:8080/raw"_s, {}, QByteArray("a\x1b[0mb"));
        QTest::newRow("a body beyond ASCII (UTF8.GetBytes)") << requestOf(
            "POST", u"https://api.example.test/notes"_s, { { "Content-Type", "text/plain", true } }, "Grüße, 世界");
        QTest::newRow("bytes that are not UTF-8 ([byte[]] list)")
            << requestOf("POST", u"https://api.example.test/blob"_s, {}, QByteArray("\xff\xfe\x00\x41", 4));
        QTest::newRow("a method outside -Method's list (-CustomMethod)")
            << requestOf("PROPFIND", u"https://dav.example.test/files/"_s, { { "Depth", "1", true } }, {});
        QTest::newRow("a cookie and an authorization")
            << requestOf("DELETE", u"https://api.example.test/items/7"_s,
                         { { "Authorization", "Bearer abc.def", true }, { "Cookie", "a=1; b=2", true } }, {});
    }

    void whatTheExporterWritesReadsBackTheSame()
    {
        QFETCH(RequestSpec, request);
        const QByteArray command = InvokeWebRequestExporter::toPowerShell(request);
        const RequestSpec read = readBack(command);
        QCOMPARE(read.method, request.method);
        QCOMPARE(read.url, request.url);
        QCOMPARE(headerLines(read.headers), headerLines(request.headers));
        QCOMPARE(read.body, request.body);
        // The exporter says -MaximumRedirection 0 (curl's default): no redirect followed.
        QCOMPARE(read.options.followRedirects, false);
    }

    void chromeCopyAsPowerShellWithItsSession()
    {
        // The shape Chrome's and Edge's "Copy as PowerShell" write: a WebRequestSession with the
        // browser's User-Agent and cookies, then the call with backtick continuations.
        const QByteArray text
            = "$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n"
              "$session.UserAgent = \"Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36\"\n"
              "$session.Cookies.Add((New-Object System.Net.Cookie(\"sid\", \"a1b2\", \"/\", \"shop.example.test\")))\n"
              "$session.Cookies.Add((New-Object System.Net.Cookie(\"theme\", \"dark\", \"/\", \".example.test\")))\n"
              "Invoke-WebRequest -UseBasicParsing -Uri \"https://shop.example.test/api/cart\" `\n"
              "-Method \"POST\" `\n"
              "-WebSession $session `\n"
              "-Headers @{\n"
              "\"accept\"=\"application/json\"\n"
              "  \"sec-ch-ua\"=\"`\"Chromium`\";v=`\"131`\"\"\n"
              "} `\n"
              "-ContentType \"application/json\" `\n"
              "-Body ([System.Text.Encoding]::UTF8.GetBytes(\"{`\"sku`\":`\"A-1`\",`\"qty`\":2}\"))\n";
        const RequestSpec read = readBack(text);
        QCOMPARE(read.method, QByteArray("POST"));
        QCOMPARE(read.url, QUrl(u"https://shop.example.test/api/cart"_s));
        QCOMPARE(headerLines(read.headers),
                 QStringList({ u"User-Agent: Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36"_s,
                               u"accept: application/json"_s, u"sec-ch-ua: \"Chromium\";v=\"131\""_s,
                               u"Cookie: sid=a1b2; theme=dark"_s, u"Content-Type: application/json"_s }));
        QCOMPARE(read.body, QByteArray("{\"sku\":\"A-1\",\"qty\":2}"));
        // Invoke-WebRequest's own default: up to five redirects.
        QVERIFY(read.options.followRedirects);
        QCOMPARE(read.options.maxRedirects, 5);
    }

    void typedCallsWithVariablesAssignedAbove_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("Invoke-RestMethod with $uri, $headers and a ConvertTo-Json body")
            << QByteArray("$uri = 'https://api.example.test/v2/tokens'\n"
                          "$headers = @{ 'X-Api-Key' = 'k-123'; Accept = 'application/json' }\n"
                          "$body = @{ user = 'ana' } | ConvertTo-Json\n"
                          "Invoke-RestMethod -Uri $uri -Method Post -Headers $headers -Body $body "
                          "-ContentType 'application/json'\n")
            << QByteArray("POST") << u"https://api.example.test/v2/tokens"_s
            << QStringList { u"X-Api-Key: k-123"_s, u"Accept: application/json"_s, u"Content-Type: application/json"_s }
            << QByteArray("{\"user\":\"ana\"}");
        QTest::newRow("iwr at a PowerShell prompt, positional address, shortened parameter, -Method:Put")
            << QByteArray("PS C:\\Users\\ana> iwr http://127.0.0.1:5000/items/3 -Method:Put -Head @{ \"If-Match\" = "
                          "'\"v1\"' } -Body 'qty=4'\n")
            << QByteArray("PUT") << u"http://127.0.0.1:5000/items/3"_s << QStringList { u"If-Match: \"v1\""_s }
            << QByteArray("qty=4");
        QTest::newRow("a form body as a hash table, the call assigned and its .Content read")
            << QByteArray("```powershell\n$r = (Invoke-WebRequest -Uri https://login.example.test/token -Method POST "
                          "-Body @{ grant_type = 'client_credentials'; scope = 'read write' }).Content\n```\n")
            << QByteArray("POST") << u"https://login.example.test/token"_s
            << QStringList { u"Content-Type: application/x-www-form-urlencoded"_s }
            << QByteArray("grant_type=client_credentials&scope=read%20write");
        QTest::newRow("a GET with a hash table body goes into the query")
            << QByteArray("Invoke-RestMethod 'https://api.example.test/search' -Body @{ q = 'gateway timeout' }\n")
            << QByteArray("GET") << u"https://api.example.test/search?q=gateway%20timeout"_s << QStringList {}
            << QByteArray();
    }

    void typedCallsWithVariablesAssignedAbove()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QStringList, headers);
        QFETCH(QByteArray, body);
        const RequestSpec read = readBack(text);
        QCOMPARE(read.method, method);
        QCOMPARE(read.url.toString(QUrl::FullyEncoded), url);
        QCOMPARE(headerLines(read.headers), headers);
        QCOMPARE(read.body, body);
    }

    void aCallWithoutAnAddressIsAnErrorNamingTheLine()
    {
        const std::optional<Result<Capture>> read = InvokeWebRequestImporter::importText(
            "# token\n\nInvoke-RestMethod -Method Post -Uri $endpoint\n", u"call.ps1"_s);
        QVERIFY(read.has_value());
        QVERIFY(!*read);
        QVERIFY2(read->error().contains(u"call.ps1"_s) && read->error().contains(u"line 3"_s),
                 qPrintable(read->error()));
    }

    void aCommentedPowerShellFileIsNoHttpFile()
    {
        // "# " heading lines read like an .http file's comments; the call below them is the request.
        const QByteArray text = "# Steps to reproduce\n\n```powershell\nInvoke-WebRequest -Uri "
                                "\"http://httpbin.org/headers\" -ContentType 'application/json'\n```\n";
        const Result<Capture> capture = CaptureImporter::importText(text, u"issue.md"_s);
        QVERIFY2(capture, capture ? "" : qPrintable(capture.error()));
        QCOMPARE(capture->requests.size(), 1);
        QCOMPARE(capture->requests.first().url, QUrl(u"http://httpbin.org/headers"_s));
        QCOMPARE(headerLines(capture->requests.first().headers), QStringList { u"Content-Type: application/json"_s });
    }

    void textWithoutTheCmdletIsNotRead()
    {
        QVERIFY(!InvokeWebRequestImporter::importText("curl https://example.test/\n", u"x"_s));
        QVERIFY(!InvokeWebRequestImporter::importText("The docs of Invoke-WebRequest say so.\n", u"x"_s));
    }
};

QTEST_GUILESS_MAIN(InvokeWebRequestImportTest)
#include "tst_invokewebrequest_import.moc"
