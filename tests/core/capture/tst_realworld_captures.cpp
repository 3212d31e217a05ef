#include "capture/CaptureImporter.h"
#include "capture/CurlImporter.h"
#include "capture/HarImporter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Gatescope;
using namespace Qt::StringLiterals;

// Captures in the shapes real tools write them, each row small but faithful to its source:
// "Copy as cURL" from the browsers, API clients' code generators (Postman, Insomnia/httpsnippet),
// curl lines pasted through terminals, Windows and chat apps, and HAR files written by Firefox,
// Safari, Charles, Fiddler, Insomnia/Postman and Chrome. Each row names where its shape comes from.
class RealWorldCapturesTest : public QObject
{
    Q_OBJECT

private:
    static Capture importOrFail(const QByteArray &text)
    {
        auto capture = CaptureImporter::importText(text, u"pasted"_s);
        if (!capture)
            qWarning("import failed: %s", qPrintable(capture.error()));
        return capture ? capture.value() : Capture {};
    }

    static QByteArray harWith(const QByteArray &entries,
                              const QByteArray &creator = "\"creator\":{\"name\":\"test\",\"version\":\"1\"},")
    {
        return "{\"log\":{\"version\":\"1.2\"," + creator + "\"entries\":[" + entries + "]}}";
    }

    static QByteArray readData(const char *name)
    {
        QFile file(QFINDTESTDATA(QString::fromLatin1("data/") + QLatin1StringView(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("test data %s is missing", name);
        return file.readAll();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsEachHarWritersTimingsAndFailures_data()
    {
        QTest::addColumn<QByteArray>("har");
        QTest::addColumn<int>("index"); // the exchange to check
        QTest::addColumn<int>("status"); // 0 = no response
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<double>("connect"); // ours: TCP only
        QTest::addColumn<double>("tls");
        QTest::addColumn<double>("total");
        QTest::addColumn<int>("port");

        const QByteArray firefox = readData("h3-firefox128-failed.har");
        // Firefox takes connect from the TCP connect alone (NetworkTimings.sys.mjs): not reduced by ssl.
        QTest::newRow("Firefox 128: connect is TCP only, ssl apart")
            << firefox << 0 << 502 << u"ok"_s << 52.0 << 41.0 << 169.0 << 443;
        // Firefox writes no error on a failed entry; one blocked before it was sent has no timings at all.
        QTest::newRow("Firefox 128: blocked request is a failed exchange, not a request to send")
            << firefox << 1 << 0 << u"closed-early"_s << -1.0 << -1.0 << 0.0 << 443;
        QTest::newRow("Firefox 128: status 0 with _securityState broken is a TLS failure")
            << firefox << 2 << 0 << u"tls-failure"_s << 10.0 << -1.0 << 13.0 << 443;
        const QByteArray mitmproxy = readData("h3-mitmproxy10-savehar.har");
        QTest::newRow("mitmproxy 10 savehar: connect ends at the TCP setup")
            << mitmproxy << 0 << 504 << u"ok"_s << 48.20413055419922 << 31.80576515197754 << 302.093941116333 << 443;
        QTest::newRow("mitmproxy 10 savehar: _error text of a refused flow")
            << mitmproxy << 1 << 0 << u"refused"_s << -1.0 << -1.0 << 3.1 << 443;
        // Playwright's harTracer: connect = connectEnd - connectStart (TLS included), ssl apart,
        // time = dns + connect + ssl + wait + receive; the port in _serverPort.
        QTest::newRow("Playwright 1.44: time counts ssl twice, port from _serverPort") << harWith(
            "{\"startedDateTime\":\"2024-05-20T12:00:00.000Z\",\"time\":141,"
            "\"request\":{\"method\":\"GET\",\"url\":\"https://api.example.com/health\",\"headers\":[]},"
            "\"response\":{\"status\":503,\"statusText\":\"Service "
            "Unavailable\",\"httpVersion\":\"HTTP/1.1\",\"headers\":[{\"name\":\"server\",\"value\":\"envoy\"}],"
            "\"content\":{\"size\":19,\"mimeType\":\"text/plain\",\"text\":\"no healthy "
            "upstream\"},\"headersSize\":110,\"bodySize\":19,\"_transferSize\":129},"
            "\"cache\":{},\"timings\":{\"dns\":3,\"connect\":40,\"ssl\":30,\"send\":0,\"wait\":66,\"receive\":2},"
            "\"serverIPAddress\":\"203.0.113.9\",\"_serverPort\":8443,\"_securityDetails\":{\"protocol\":\"TLS "
            "1.3\",\"subjectName\":\"api.example.com\"}}",
            "\"creator\":{\"name\":\"Playwright\",\"version\":\"1.44.0\"},") << 0 << 503
                                                                                       << u"ok"_s << 10.0 << 30.0
                                                                                       << 111.0 << 8443;
        // HTTP Toolkit (httptoolkit-ui src/model/http/har.ts) writes an aborted exchange as status 0,
        // no error, time -1, blocked/dns/connect/ssl -1 and send/wait/receive 0.
        QTest::newRow("HTTP Toolkit: aborted exchange is a failed exchange, not a request to send") << harWith(
            "{\"pageref\":\"Chrome (Linux)\",\"startedDateTime\":\"2024-02-01T09:00:00.000Z\",\"time\":-1,"
            "\"request\":{\"method\":\"GET\",\"url\":\"https://api.example.com/slow\",\"httpVersion\":\"HTTP/"
            "1.1\",\"cookies\":[],\"headers\":[{\"name\":\"host\",\"value\":\"api.example.com\"}],"
            "\"queryString\":[],\"headersSize\":-1,\"bodySize\":0},"
            "\"response\":{\"status\":0,\"statusText\":\"\",\"httpVersion\":\"\",\"headers\":[],\"cookies\":[],"
            "\"content\":{\"size\":0,\"mimeType\":\"application/x-unknown\"},"
            "\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":-1},\"cache\":{},"
            "\"timings\":{\"blocked\":-1,\"dns\":-1,\"connect\":-1,\"ssl\":-1,\"send\":0,\"wait\":0,\"receive\":0}}",
            "\"creator\":{\"name\":\"HTTP Toolkit\",\"version\":\"1.14.0\"},") << 0 << 0 << u"closed-early"_s
                                                                                                    << -1.0 << -1.0
                                                                                                    << 0.0 << 443;
        // Any writer: a connect shorter than its ssl cannot hold it.
        QTest::newRow("unknown writer: connect shorter than ssl is TCP only")
            << harWith("{\"startedDateTime\":\"2024-05-20T12:00:00Z\",\"time\":60,\"request\":{\"method\":\"GET\","
                       "\"url\":\"https://a.example/\",\"headers\":[]},"
                       "\"response\":{\"status\":200,\"headers\":[],\"content\":{\"size\":0}},\"timings\":{\"dns\":5,"
                       "\"connect\":8,\"ssl\":20,\"send\":1,\"wait\":25,\"receive\":1}}")
            << 0 << 200 << u"ok"_s << 8.0 << 20.0 << 60.0 << 443;
        // Chrome DevTools (models/har/Log.ts) writes response._error from the failure text also
        // when the response had arrived: a page that navigated away or aborted its fetch.
        const QByteArray chromeCreator = "\"creator\":{\"name\":\"WebInspector\",\"version\":\"537.36\"},";
        QTest::newRow("Chrome 125: net::ERR_ABORTED after a 200 keeps the answer") << harWith(
            "{\"startedDateTime\":\"2024-06-01T10:00:00.123Z\",\"time\":50.5,\"_resourceType\":\"fetch\","
            "\"connection\":\"23\","
            "\"request\":{\"method\":\"GET\",\"url\":\"https://app.example.com/api/"
            "a\",\"httpVersion\":\"h3\",\"headers\":[{\"name\":\":authority\",\"value\":\"app.example.com\"}]},"
            "\"response\":{\"status\":200,\"statusText\":\"\",\"httpVersion\":\"h3\",\"headers\":[{\"name\":\"content-"
            "type\",\"value\":\"text/html\"},{\"name\":\"content-length\",\"value\":\"20\"}],"
            "\"content\":{\"size\":0,\"mimeType\":\"text/"
            "html\"},\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":-1,\"_transferSize\":0,\"_error\":\"net::ERR_"
            "ABORTED\"},"
            "\"serverIPAddress\":\"[2606:4700:3033::6815:1234]\",\"timings\":{\"blocked\":1.2,\"dns\":-1,\"ssl\":-1,"
            "\"connect\":-1,\"send\":0.3,\"wait\":40,\"receive\":9,\"_blocked_queueing\":0.8}}",
            chromeCreator) << 0 << 200 << u"ok"_s << -1.0 << -1.0 << 50.5 << 443;
        QTest::newRow("Chrome: net::ERR_HTTP_RESPONSE_CODE_FAILURE on a 500 is the 500") << harWith(
            "{\"startedDateTime\":\"2024-06-01T10:00:00Z\",\"time\":12,\"request\":{\"method\":\"GET\",\"url\":\"https:"
            "//app.example.com/\",\"headers\":[]},"
            "\"response\":{\"status\":500,\"statusText\":\"\",\"httpVersion\":\"http/"
            "2.0\",\"headers\":[],\"content\":{\"size\":0,\"mimeType\":\"x-unknown\"},"
            "\"_error\":\"net::ERR_HTTP_RESPONSE_CODE_FAILURE\"},\"timings\":{\"send\":1,\"wait\":10,\"receive\":1}}",
            chromeCreator) << 0 << 500 << u"ok"_s << -1.0 << -1.0 << 12.0 << 443;
        // Safari (WebInspectorUI HARBuilder.js): _fetchType names cache loads; content.size of a
        // cached script can be below the Content-Length the cached headers announce.
        QTest::newRow("Safari 17: Memory Cache entry is not a body cut short")
            << harWith("{\"pageref\":\"page_0\",\"startedDateTime\":\"2024-04-02T08:00:00.100Z\",\"time\":0,"
                       "\"request\":{\"method\":\"GET\",\"url\":\"https://www.example.org/"
                       "app.js\",\"httpVersion\":\"HTTP/2\",\"headers\":[]},"
                       "\"response\":{\"status\":200,\"statusText\":\"\",\"httpVersion\":\"HTTP/"
                       "2\",\"headers\":[{\"name\":\"Content-Type\",\"value\":\"text/"
                       "javascript\"},{\"name\":\"Content-Length\",\"value\":\"12000\"}],"
                       "\"content\":{\"size\":4000,\"compression\":4000,\"mimeType\":\"text/"
                       "javascript\"},\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":-1},"
                       "\"cache\":{},\"timings\":{\"blocked\":-1,\"dns\":-1,\"connect\":-1,\"ssl\":-1,\"send\":0,"
                       "\"wait\":0,\"receive\":0},\"_fetchType\":\"Memory Cache\"}",
                       "\"creator\":{\"name\":\"WebKit Web Inspector\",\"version\":\"19618.1.15\"},")
            << 0 << 200 << u"ok"_s << -1.0 << -1.0 << 0.0 << 443;
    }

    void readsEachHarWritersTimingsAndFailures()
    {
        QFETCH(QByteArray, har);
        QFETCH(int, index);
        QFETCH(int, status);
        QFETCH(QString, outcome);
        QFETCH(double, connect);
        QFETCH(double, tls);
        QFETCH(double, total);
        QFETCH(int, port);
        const Capture capture = importOrFail(har);
        QVERIFY(index < capture.exchanges.size());
        const Exchange &exchange = capture.exchanges.at(index);
        QCOMPARE(exchange.response.has_value(), status != 0);
        if (status != 0)
            QCOMPARE(exchange.response->status, status);
        QCOMPARE(outcomeId(exchange.transport.outcome), outcome);
        auto near = [](double a, double b) { return std::fabs(a - b) < 1e-6; };
        QVERIFY2(near(exchange.timings.connect, connect), qPrintable(QString::number(exchange.timings.connect)));
        QVERIFY2(near(exchange.timings.tls, tls), qPrintable(QString::number(exchange.timings.tls)));
        QVERIFY2(near(exchange.timings.total, total), qPrintable(QString::number(exchange.timings.total)));
        QCOMPARE(exchange.remotePort, port);
        for (const QString &warning : capture.warnings)
            QVERIFY2(!warning.contains(u"requests to send"_s), qPrintable(warning));
    }

    void importsCurlLinesAsToolsWriteThem_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("header"); // "Name: value" that must be sent, or empty
        QTest::addColumn<QByteArray>("bodyPart"); // bytes the body must contain (whole body when exact)
        QTest::addColumn<bool>("exactBody");
        QTest::addColumn<QString>("warning"); // text one warning must contain, or empty for none at all

        // Chrome/Edge DevTools "Copy as cURL (bash)": lower-case headers, -b for cookies,
        // sec-ch-ua with inner quotes, $'…' with \uXXXX escapes written per UTF-16 code unit
        // (an emoji is a surrogate pair: \ud83d\ude00).
        QTest::newRow("Chrome bash: $'…' with a UTF-16 surrogate pair")
            << QByteArray("curl 'https://api.example.com/v1/notes' \\\n"
                          "  -H 'accept: application/json, text/plain, */*' \\\n"
                          "  -H 'content-type: application/json' \\\n"
                          "  -b 'sid=abc123; theme=dark' \\\n"
                          "  -H 'sec-ch-ua: \"Chromium\";v=\"124\", \"Google Chrome\";v=\"124\", "
                          "\"Not-A.Brand\";v=\"99\"' \\\n"
                          "  --data-raw $'{\"text\":\"caf\\u00e9 \\ud83d\\ude00 it\\'s\"}'")
            << QByteArray("POST") << u"https://api.example.com/v1/notes"_s
            << QByteArray("Cookie: sid=abc123; theme=dark")
            << QByteArray("{\"text\":\"caf\xC3\xA9 \xF0\x9F\x98\x80 it's\"}") << true << QString();
        // Chrome "Copy as cURL (cmd)": every argument wrapped in ^"…^", quotes as ^\^", & as ^&,
        // a % before a letter or digit as ^%^ so cmd does not expand variables.
        QTest::newRow("Chrome cmd: ^%^, ^& and ^\\^\" escapes")
            << QByteArray("curl ^\"https://api.example.com/search?q=50^%^25^&lang=en^\" ^\r\n"
                          "  -H ^\"sec-ch-ua: ^\\^\"Chromium^\\^\";v=^\\^\"124^\\^\"^\" ^\r\n"
                          "  --data-raw ^\"^{^\\^\"q^\\^\":^\\^\"a b^\\^\"^}^\" ^\r\n"
                          "  --compressed")
            << QByteArray("POST") << u"https://api.example.com/search?q=50%25&lang=en"_s
            << QByteArray("sec-ch-ua: \"Chromium\";v=\"124\"") << QByteArray("{\"q\":\"a b\"}") << true << QString();
        // Safari "Copy as cURL": no indentation, the method always given and quoted (-X 'GET').
        QTest::newRow("Safari: -X 'GET' on unindented lines")
            << QByteArray(
                   "curl 'https://h.example/page' \\\n-X 'GET' \\\n-H 'Accept: text/html' \\\n"
                   "-H 'User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Version/17.4 Safari/605.1.15'")
            << QByteArray("GET") << u"https://h.example/page"_s << QByteArray("Accept: text/html") << QByteArray()
            << true << QString();
        // Postman's code generator (postman-code-generators, codegens/curl/lib/index.js):
        // --location, form values in double quotes, files as @"path".
        QTest::newRow("Postman: --form 'k=\"v\"' and --form 'file=@\"path\"'")
            << QByteArray("curl --location 'https://api.example.com/upload' \\\n"
                          "--header 'Authorization: Bearer abc.def' \\\n"
                          "--form 'title=\"Quarterly report\"' \\\n"
                          "--form 'file=@\"/Users/ann/report.pdf\"'")
            << QByteArray("POST") << u"https://api.example.com/upload"_s << QByteArray("Authorization: Bearer abc.def")
            << QByteArray("name=\"title\"\r\n\r\nQuarterly report\r\n") << false << u"/Users/ann/report.pdf"_s;
        // Insomnia's generator (Kong/httpsnippet, src/targets/shell/curl/fixtures/heredoc-json-encoded-data.sh):
        // the JSON body in a here-document read by --data @- (curl drops its newlines).
        QTest::newRow("Insomnia/httpsnippet: --data @- <<EOF here-document")
            << QByteArray("curl --request POST \\\n  --url https://httpbin.org/anything \\\n  --header 'content-type: "
                          "application/json' \\\n"
                          "  --data @- <<EOF\n{\n  \"number\": 1,\n  \"string\": \"f'oo\"\n}\nEOF\n")
            << QByteArray("POST") << u"https://httpbin.org/anything"_s << QByteArray("content-type: application/json")
            << QByteArray("{  \"number\": 1,  \"string\": \"f'oo\"}") << true << QString();
        // Kong/httpsnippet src/targets/shell/curl/fixtures/multipart-data.sh: a Content-Type of
        // its own without a boundary; curl appends the boundary.
        QTest::newRow("httpsnippet: multipart Content-Type without boundary")
            << QByteArray("curl --request POST \\\n  --url https://httpbin.org/anything \\\n"
                          "  --header 'content-type: multipart/form-data' \\\n"
                          "  --form foo='@src/fixtures/files/hello.txt' \\\n  --form 'bar=Bonjour le monde'")
            << QByteArray("POST") << u"https://httpbin.org/anything"_s
            << QByteArray("content-type: multipart/form-data; boundary=")
            << QByteArray("name=\"bar\"\r\n\r\nBonjour le monde\r\n") << false << u"hello.txt"_s;
        // Docs for Windows: curl.exe in PowerShell, backtick continuations, \" inside '…'.
        QTest::newRow("PowerShell: curl.exe with backtick continuations")
            << QByteArray("curl.exe -X POST \"https://api.example.com/items\" `\r\n"
                          "  -H \"Content-Type: application/json\" `\r\n"
                          "  -d '{\\\"name\\\":\\\"gate\\\"}'\r\n")
            << QByteArray("POST") << u"https://api.example.com/items"_s << QByteArray("Content-Type: application/json")
            << QByteArray("{\"name\":\"gate\"}") << true << u"PowerShell"_s;
        // Pasted through Slack/Teams/Word: “smart” quotes and an em dash for "--".
        QTest::newRow("chat app: typographic quotes and dashes")
            << QByteArray("curl \xE2\x80\x94request POST \xE2\x80\x9Chttps://api.example.com/x\xE2\x80\x9D "
                          "-H \xE2\x80\x98X-Trace: 1\xE2\x80\x99 \xE2\x80\x94"
                          "data \xE2\x80\x98"
                          "a=1\xE2\x80\x99")
            << QByteArray("POST") << u"https://api.example.com/x"_s << QByteArray("X-Trace: 1") << QByteArray("a=1")
            << true << u"typographic quotes"_s;
        // Copied from a Windows terminal: CRLF line ends, a prompt, a trailing comment.
        QTest::newRow("Windows paste: CRLF, prompt, trailing comment")
            << QByteArray("$ curl -sS -X PUT \\\r\n  'https://h.example/a' \\\r\n  -H 'X-A: 1'   # update the item\r\n")
            << QByteArray("PUT") << u"https://h.example/a"_s << QByteArray("X-A: 1") << QByteArray() << true
            << QString();
        // README style: the body echoed into curl.
        QTest::newRow("docs: echo piped into curl -d @-")
            << QByteArray("echo '{\"a\":1}' | curl -H 'Content-Type: application/json' -d @- https://h.example/p")
            << QByteArray("POST") << u"https://h.example/p"_s << QByteArray("Content-Type: application/json")
            << QByteArray("{\"a\":1}") << true << QString();
        // Runbook style: output and transport flags that do not change the request.
        QTest::newRow("docs: -sS --fail-with-body -g -k -m -w -o --ssl-no-revoke")
            << QByteArray(
                   "curl -sS --fail-with-body --globoff --insecure --max-time 5 --ssl-no-revoke -w '%{http_code}\\n' "
                   "-o /dev/null --user 'ann:pw' 'https://h.example/items?ids=[1,2]'")
            << QByteArray("GET") << u"https://h.example/items?ids=[1,2]"_s
            << QByteArray("Authorization: Basic YW5uOnB3") << QByteArray() << true << QString();
    }

    void importsCurlLinesAsToolsWriteThem()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, bodyPart);
        QFETCH(bool, exactBody);
        QFETCH(QString, warning);

        const auto capture = CaptureImporter::importText(text, u"pasted"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->kind, u"curl"_s);
        QCOMPARE(capture->requests.size(), 1);
        const RequestSpec &request = capture->requests.first();
        QCOMPARE(request.method, method);
        QCOMPARE(QString::fromUtf8(request.url.toEncoded()), url);
        if (!header.isEmpty()) {
            const qsizetype colon = header.indexOf(':');
            const QByteArray name = header.first(colon);
            const QByteArray value = header.mid(colon + 1).trimmed();
            const QByteArray sent = headerValue(request.headers, name);
            QVERIFY2(sent.startsWith(value),
                     qPrintable(u"%1: got '%2'"_s.arg(QString::fromUtf8(name), QString::fromUtf8(sent))));
        }
        if (exactBody)
            QCOMPARE(request.body, bodyPart);
        else
            QVERIFY2(request.body.contains(bodyPart), request.body.constData());
        if (warning.isEmpty()) {
            QVERIFY2(capture->warnings.isEmpty(), qPrintable(capture->warnings.join(u'\n')));
        } else {
            bool found = false;
            for (const QString &line : capture->warnings)
                found = found || line.contains(warning);
            QVERIFY2(found, qPrintable(capture->warnings.join(u'\n')));
        }
        for (const QString &line : capture->warnings)
            QVERIFY2(!line.contains(u"unknown option"), qPrintable(line));
    }

    void readsPowerShellInvokeWebRequestAsTheRequest()
    {
        // Chrome's "Copy as PowerShell" (CRLF line ends, as saved on Windows) is the request it sends.
        const QByteArray text
            = "$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\r\n"
              "$session.UserAgent = \"Mozilla/5.0 Chrome/139.0.0.0\"\r\n"
              "Invoke-WebRequest -UseBasicParsing -Uri \"https://h.example/\" -WebSession $session\r\n";
        const auto capture = CaptureImporter::importText(text, u"pasted"_s);
        QVERIFY2(capture.ok(), capture.ok() ? "" : qPrintable(capture.error()));
        QCOMPARE(capture->requests.size(), 1);
        QCOMPARE(capture->requests.first().url, QUrl(u"https://h.example/"_s));
        QCOMPARE(headerValue(capture->requests.first().headers, "User-Agent"),
                 QByteArray("Mozilla/5.0 Chrome/139.0.0.0"));
        QVERIFY(capture->exchanges.isEmpty()); // nothing was sent
    }

    void readsFirefoxTimeZonesAndPlainHttpTimings()
    {
        // Firefox 95+ (seen in public HAR fixtures): local time zone offsets, "_securityState",
        // "connection" as the port, "ssl": 0 on a plain-HTTP request, HTTP/2 spelled "HTTP/2".
        const QByteArray har = harWith(
            "{\"pageref\":\"page_2\",\"startedDateTime\":\"2021-12-29T22:37:23.548+01:00\","
            "\"request\":{\"bodySize\":0,\"method\":\"GET\",\"url\":\"http://example.com/\",\"httpVersion\":\"HTTP/"
            "1.1\",\"headers\":[],\"cookies\":[],\"queryString\":[],\"headersSize\":300},"
            "\"response\":{\"status\":200,\"statusText\":\"OK\",\"httpVersion\":\"HTTP/"
            "2\",\"headers\":[{\"name\":\"content-type\",\"value\":\"text/html\"}],\"cookies\":[],"
            "\"content\":{\"mimeType\":\"text/"
            "html\",\"size\":5,\"text\":\"hello\"},\"redirectURL\":\"\",\"headersSize\":374,\"bodySize\":5},"
            "\"cache\":{},\"timings\":{\"blocked\":0,\"dns\":0,\"connect\":95,\"ssl\":0,\"send\":0,\"wait\":99,"
            "\"receive\":0},"
            "\"time\":194,\"_securityState\":\"insecure\",\"serverIPAddress\":\"93.184.216.34\",\"connection\":\"80\"}",
            "\"creator\":{\"name\":\"Firefox\",\"version\":\"95.0\"},\"browser\":{\"name\":\"Firefox\",\"version\":"
            "\"95.0\"},");
        const Capture capture = importOrFail(har);
        QCOMPARE(capture.exchanges.size(), 1);
        const Exchange &exchange = capture.exchanges.first();
        QCOMPARE(exchange.startedAt, QDateTime(QDate(2021, 12, 29), QTime(21, 37, 23, 548), Qt::UTC));
        QCOMPARE(exchange.timings.tls, -1.0);
        QCOMPARE(exchange.timings.connect, 95.0);
        QCOMPARE(exchange.response->httpVersion, QByteArray("HTTP/2"));
        QCOMPARE(exchange.transport.outcome, Outcome::Ok);
    }

    void readsCharlesStatusNullReasonsAndParamsOnlyBodies()
    {
        // Charles Proxy 4 exports (seen in public repositories): "_charlesStatus", "statusText":
        // null, "HTTP/2.0", the ":status" pseudo-header among the headers, and a JSON body sent
        // as x-www-form-urlencoded given only as one param whose name is the whole body.
        const QByteArray har
            = harWith("{\"startedDateTime\":\"2019-01-17T11:08:28.263+08:00\",\"time\":57,"
                      "\"request\":{\"method\":\"POST\",\"url\":\"https://game.example/"
                      "api?sessionId=6a6d\",\"httpVersion\":\"HTTP/2.0\",\"cookies\":[],"
                      "\"headers\":[{\"name\":\":method\",\"value\":\"POST\"},{\"name\":\"content-type\",\"value\":"
                      "\"application/x-www-form-urlencoded\"}],"
                      "\"queryString\":[{\"name\":\"sessionId\",\"value\":\"6a6d\"}],"
                      "\"postData\":{\"mimeType\":\"application/"
                      "x-www-form-urlencoded\",\"params\":[{\"name\":\"{\\\"className\\\":\\\"ReqWeal\\\","
                      "\\\"opType\\\":7}\",\"value\":\"\"}]},"
                      "\"headersSize\":11,\"bodySize\":34},"
                      "\"response\":{\"_charlesStatus\":\"COMPLETE\",\"status\":200,\"statusText\":null,"
                      "\"httpVersion\":\"HTTP/2.0\",\"cookies\":[],"
                      "\"headers\":[{\"name\":\":status\",\"value\":\"200\"},{\"name\":\"server\",\"value\":\"Apache-"
                      "Coyote/1.1\"}],"
                      "\"content\":{\"size\":2,\"mimeType\":\"application/"
                      "json\",\"text\":\"{}\"},\"redirectURL\":null,\"headersSize\":100,\"bodySize\":2},"
                      "\"serverIPAddress\":\"203.0.113.7\",\"cache\":{},\"timings\":{\"dns\":-1,\"connect\":-1,\"ssl\":"
                      "-1,\"send\":1,\"wait\":50,\"receive\":6}}",
                      "\"creator\":{\"name\":\"Charles Proxy\",\"version\":\"4.2.7\"},");
        const Capture capture = importOrFail(har);
        QCOMPARE(capture.exchanges.size(), 1);
        const Exchange &exchange = capture.exchanges.first();
        QCOMPARE(exchange.request.body, QByteArray("{\"className\":\"ReqWeal\",\"opType\":7}"));
        QCOMPARE(exchange.response->status, 200);
        QVERIFY(exchange.response->reason.isEmpty());
        QCOMPARE(exchange.response->httpVersion, QByteArray("HTTP/2"));
        QVERIFY(!hasHeader(exchange.response->headers, ":status"));
        QCOMPARE(exchange.transport.outcome, Outcome::Ok);
    }

    void readsFailuresThatProxiesWriteAsSentences_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("detailPart");

        const QByteArray request = "\"request\":{\"method\":\"GET\",\"url\":\"https://api.example/x\",\"headers\":[]},";
        // Fiddler answers a failed connection with its own 502 whose body starts "[Fiddler] ";
        // its timestamps have seven fractional digits.
        QTest::newRow("Fiddler 502: connection refused") << QByteArray(
            "{\"startedDateTime\":\"2023-03-01T10:11:12.1234567+01:00\",\"time\":2," + request
            + "\"response\":{\"status\":502,\"statusText\":\"Fiddler - Connection "
              "Failed\",\"httpVersion\":\"HTTP/1.1\",\"headers\":[],"
              "\"content\":{\"size\":180,\"mimeType\":\"text/html\",\"text\":\"[Fiddler] The connection to "
              "'api.example' failed. <br />Error: "
              "ConnectionRefused (0x274d). <br />System.Net.Sockets.SocketException No connection could be made "
              "because the target "
              "machine actively refused it 127.0.0.1:443\"}},\"timings\":{\"send\":0,\"wait\":2,\"receive\":0}}")
                                                         << int(Outcome::Refused) << u"ConnectionRefused"_s;
        QTest::newRow("Fiddler 502: DNS lookup failed") << QByteArray(
            "{\"startedDateTime\":\"2023-03-01T10:11:12.1234567+01:00\",\"time\":2," + request
            + "\"response\":{\"status\":502,\"statusText\":\"Fiddler - DNS Lookup Failed\",\"headers\":[],"
              "\"content\":{\"size\":60,\"mimeType\":\"text/html\",\"text\":\"[Fiddler] DNS Lookup for "
              "\\\"api.example\\\" failed. "
              "System.Net.Sockets.SocketException No such host is "
              "known\"}},\"timings\":{\"send\":0,\"wait\":2,\"receive\":0}}")
                                                        << int(Outcome::DnsFailure) << u"DNS Lookup"_s;
        // Charles marks failed exchanges with "_charlesStatus" other than COMPLETE and no status.
        QTest::newRow("Charles FAILED with a Java exception comment")
            << QByteArray(
                   "{\"startedDateTime\":\"2019-01-17T11:08:28.263+08:00\",\"time\":3," + request
                   + "\"response\":{\"_charlesStatus\":\"FAILED\",\"status\":0,\"statusText\":null,\"headers\":[],"
                     "\"comment\":\"java.net.UnknownHostException: api.example\"},\"timings\":{\"dns\":3}}")
            << int(Outcome::DnsFailure) << u"UnknownHostException"_s;
        // Chrome: an error name on a status-0 response; Postman/Node's texts in _error.
        QTest::newRow("Node-style ECONNRESET text") << QByteArray(
            "{\"startedDateTime\":\"2024-05-01T10:00:00Z\",\"time\":40," + request
            + "\"response\":{\"status\":0,\"headers\":[],\"_error\":\"read ECONNRESET\"},\"timings\":{\"wait\":40}}")
                                                    << int(Outcome::Reset) << u"ECONNRESET"_s;
    }

    void readsFailuresThatProxiesWriteAsSentences()
    {
        QFETCH(QByteArray, entry);
        QFETCH(int, outcome);
        QFETCH(QString, detailPart);
        const Capture capture = importOrFail(harWith(entry));
        QCOMPARE(capture.exchanges.size(), 1);
        const Exchange &exchange = capture.exchanges.first();
        QVERIFY2(!exchange.response, "a response the server never sent must not be kept as the server's");
        QCOMPARE(outcomeId(exchange.transport.outcome), outcomeId(Outcome(outcome)));
        QVERIFY2(exchange.transport.detail.contains(detailPart), qPrintable(exchange.transport.detail));
        QVERIFY(exchange.startedAt.isValid());
    }

    void keepsApiClientExportsAsRequestsToSend()
    {
        // Insomnia's "Export HAR" and Postman collection → HAR converters write requests with an
        // empty response (status 0, no headers, -1 sizes and timings): nothing was sent yet.
        const QByteArray har = harWith(
            "{\"startedDateTime\":\"2024-02-01T09:00:00.000Z\",\"time\":0,"
            "\"request\":{\"method\":\"POST\",\"url\":\"https://api.example/v1/login\",\"httpVersion\":\"HTTP/"
            "1.1\",\"cookies\":[],"
            "\"headers\":[{\"name\":\"Content-Type\",\"value\":\"application/json\"}],\"queryString\":[],"
            "\"postData\":{\"mimeType\":\"application/"
            "json\",\"text\":\"{\\\"user\\\":\\\"ann\\\"}\",\"params\":[]},\"headersSize\":-1,\"bodySize\":-1,"
            "\"settingEncodeUrl\":true},"
            "\"response\":{\"status\":0,\"statusText\":\"\",\"httpVersion\":\"HTTP/1.1\",\"cookies\":[],\"headers\":[],"
            "\"content\":{\"size\":0,\"mimeType\":\"\"},\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":-1},"
            "\"cache\":{},\"timings\":{\"blocked\":-1,\"dns\":-1,\"connect\":-1,\"send\":0,\"wait\":0,\"receive\":0,"
            "\"ssl\":-1},"
            "\"comment\":\"Login\",\"_id\":\"req_6c8d\"},"
            "{\"startedDateTime\":\"2024-02-01T09:00:01.000Z\",\"time\":0,\"request\":{\"method\":\"GET\",\"url\":"
            "\"https://api.example/v1/me\",\"headers\":[]},"
            "\"response\":{},\"cache\":{},\"timings\":{}}",
            "\"creator\":{\"name\":\"Insomnia REST Client\",\"version\":\"insomnia.desktop.app:v8.6.1\"},");
        const auto capture = CaptureImporter::importText(har, u"insomnia.har"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->requests.size(), 2);
        QCOMPARE(capture->requests.first().body, QByteArray("{\"user\":\"ann\"}"));
        QCOMPARE(capture->requests.first().name, QString());
        QVERIFY2(capture->exchanges.isEmpty(), "requests that were never sent are not failed exchanges");
        QVERIFY2(capture->warnings.join(u'\n').contains(u"without a response"),
                 qPrintable(capture->warnings.join(u'\n')));
    }

    void readsChromeSafariAndWebSocketOddities()
    {
        // Chrome 120+: "_error": null on success, nested "_initiator", a numeric header value from
        // other writers, bodySize -1 with "_transferSize". Safari (WebKit Web Inspector):
        // "h2", an empty statusText, a base64 body, "serverIPAddress" in brackets. A Chrome
        // WebSocket entry: 101 with "_webSocketMessages".
        const QByteArray har = harWith(
            "{\"startedDateTime\":\"2024-03-05T10:11:12.345Z\",\"time\":30,\"_initiator\":{\"type\":\"script\","
            "\"stack\":{\"callFrames\":[],\"parent\":{\"description\":\"await\",\"callFrames\":[]}}},"
            "\"request\":{\"method\":\"GET\",\"url\":\"https://shop.example/api/cart\",\"headers\":[]},"
            "\"response\":{\"status\":200,\"statusText\":\"\",\"httpVersion\":\"http/"
            "2.0\",\"headers\":[{\"name\":\"content-length\",\"value\":2}],"
            "\"content\":{\"size\":2,\"mimeType\":\"application/"
            "json\"},\"headersSize\":-1,\"bodySize\":-1,\"_transferSize\":120,\"_error\":null},"
            "\"cache\":{},\"timings\":{\"blocked\":1.5,\"dns\":-1,\"ssl\":-1,\"connect\":-1,\"send\":0.1,\"wait\":27,"
            "\"receive\":1.4,\"_blocked_queueing\":1.2}},"
            "{\"startedDateTime\":\"2024-03-05 10:11:13\",\"time\":12,\"_fetchType\":\"Network "
            "Load\",\"serverIPAddress\":\"[2606:4700::1]\","
            "\"request\":{\"method\":\"GET\",\"url\":\"https://shop.example/"
            "logo.png\",\"headers\":[],\"httpVersion\":\"\"},"
            "\"response\":{\"status\":200,\"statusText\":\"\",\"httpVersion\":\"h2\",\"headers\":[],"
            "\"content\":{\"size\":3,\"mimeType\":\"image/"
            "png\",\"text\":\"iVBO\",\"encoding\":\"base64\"},\"headersSize\":-1,\"bodySize\":3},"
            "\"timings\":{\"blocked\":0,\"dns\":-1,\"connect\":-1,\"ssl\":-1,\"send\":0,\"wait\":10,\"receive\":2}},"
            "{\"startedDateTime\":\"2024-03-05T10:11:14+0100\",\"time\":5000,\"_resourceType\":\"websocket\","
            "\"request\":{\"method\":\"GET\",\"url\":\"wss://shop.example/live\",\"headers\":[]},"
            "\"response\":{\"status\":101,\"statusText\":\"Switching "
            "Protocols\",\"httpVersion\":\"HTTP/1.1\",\"headers\":[]},"
            "\"_webSocketMessages\":[{\"type\":\"send\",\"time\":1709633474.1,\"opcode\":1,\"data\":\"hi\"}],"
            "\"timings\":{\"wait\":20}}");
        const Capture capture = importOrFail(har);
        QCOMPARE(capture.exchanges.size(), 3);
        const Exchange &chrome = capture.exchanges.at(0);
        QCOMPARE(chrome.transport.outcome, Outcome::Ok);
        QCOMPARE(chrome.response->httpVersion, QByteArray("HTTP/2"));
        QCOMPARE(headerValue(chrome.response->headers, "content-length"), QByteArray("2"));
        QVERIFY(chrome.comment.isEmpty());
        const Exchange &safari = capture.exchanges.at(1);
        QCOMPARE(safari.response->body, QByteArray("\x89PN", 3));
        QCOMPARE(safari.remoteAddress, u"2606:4700::1"_s);
        QCOMPARE(safari.startedAt, QDateTime(QDate(2024, 3, 5), QTime(10, 11, 13), Qt::UTC));
        const Exchange &socket = capture.exchanges.at(2);
        QCOMPARE(socket.response->status, 101);
        QCOMPARE(socket.startedAt, QDateTime(QDate(2024, 3, 5), QTime(9, 11, 14), Qt::UTC));
    }

    void readsMultipartParamsWithTheRequestsBoundary()
    {
        // Postman/Firefox HARs give a multipart body as params (name, value, fileName,
        // contentType) with the boundary only in the Content-Type header.
        const QByteArray har = harWith("{\"startedDateTime\":\"2024-02-01T09:00:00.000Z\",\"time\":10,"
                                       "\"request\":{\"method\":\"POST\",\"url\":\"https://api.example/"
                                       "upload\",\"headers\":[{\"name\":\"Content-Type\",\"value\":\"multipart/"
                                       "form-data; boundary=----WebKitFormBoundaryx1\"}],"
                                       "\"postData\":{\"mimeType\":\"multipart/"
                                       "form-data\",\"params\":[{\"name\":\"title\",\"value\":\"Q1\"},{\"name\":"
                                       "\"doc\",\"fileName\":\"a.txt\",\"contentType\":\"text/plain\"}]}},"
                                       "\"response\":{\"status\":201,\"headers\":[]},\"timings\":{\"wait\":10}}");
        const Capture capture = importOrFail(har);
        QCOMPARE(capture.requests.size(), 1);
        QCOMPARE(capture.requests.first().body,
                 QByteArray("------WebKitFormBoundaryx1\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nQ1\r\n"
                            "------WebKitFormBoundaryx1\r\nContent-Disposition: form-data; name=\"doc\"; "
                            "filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n\r\n"
                            "------WebKitFormBoundaryx1--\r\n"));
    }

    void readsHarSavedAsUtf16()
    {
        // Windows PowerShell 5.1's Out-File (and Notepad's "Unicode") save UTF-16 LE with a BOM.
        const QString json = QString::fromUtf8(
            harWith("{\"startedDateTime\":\"2024-02-01T09:00:00Z\",\"time\":5,"
                    "\"request\":{\"method\":\"GET\",\"url\":\"https://api.example/caf\xC3\xA9\",\"headers\":[]},"
                    "\"response\":{\"status\":503,\"headers\":[]},\"timings\":{\"wait\":5}}"));
        QByteArray utf16("\xFF\xFE", 2);
        for (QChar c : json) {
            utf16 += char(c.unicode() & 0xff);
            utf16 += char(c.unicode() >> 8);
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"utf16.har"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(utf16);
        file.close();
        const auto capture = CaptureImporter::importFile(file.fileName());
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->kind, u"har"_s);
        QCOMPARE(capture->exchanges.size(), 1);
        QCOMPARE(capture->exchanges.first().response->status, 503);
    }

    void decodesAGzipBodyPrintedByCurlInclude()
    {
        // `curl -i` without --compressed writes the gzip body as it came off the wire.
        QProcess gzip;
        gzip.start(u"gzip"_s, { u"-c"_s, u"-n"_s });
        QVERIFY2(gzip.waitForStarted(), "gzip(1) is needed to make the wire bytes");
        const QByteArray plain = "{\"error\":\"upstream timed out\"}";
        gzip.write(plain);
        gzip.closeWriteChannel();
        QVERIFY(gzip.waitForFinished());
        const QByteArray wire = gzip.readAllStandardOutput();
        QVERIFY(wire.startsWith("\x1f\x8b"));
        const QByteArray head = "HTTP/1.1 504 Gateway Time-out\r\nContent-Type: application/json\r\nContent-Encoding: "
                                "gzip\r\nContent-Length: "
            + QByteArray::number(wire.size()) + "\r\n\r\n";

        QTemporaryDir dir;
        QFile file(dir.filePath(u"response.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(head + wire);
        file.close();
        const auto capture = CaptureImporter::importFile(file.fileName());
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        const ResponseData &response = *capture->exchanges.first().response;
        QCOMPARE(response.status, 504);
        QCOMPARE(response.body, plain);
        QCOMPARE(response.bodySize, plain.size());
        QCOMPARE(response.bodyWireSize, wire.size());
        QVERIFY(capture->exchanges.first().anomalies.isEmpty());

        // With --compressed curl prints the decoded body under the same header: left as it is.
        const auto decoded
            = CaptureImporter::importText(head.first(head.indexOf("Content-Length")) + "\r\n" + plain, u"pasted"_s);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->exchanges.first().response->body, plain);
        QVERIFY(decoded->exchanges.first().anomalies.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RealWorldCapturesTest)
#include "tst_realworld_captures.moc"
