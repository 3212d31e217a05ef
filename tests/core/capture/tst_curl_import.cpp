#include "capture/CaptureImporter.h"
#include "capture/CurlExporter.h"
#include "capture/CurlImporter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

// curl command lines as the browsers copy them and as people type them.
class CurlImportTest : public QObject
{
    Q_OBJECT

    static QByteArray readData(const QString &name)
    {
        QFile file(QFINDTESTDATA(u"data/"_s + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("test data %s is missing", qPrintable(name));
        return file.readAll();
    }

    static RequestSpec single(const QByteArray &text, QStringList *warnings = nullptr)
    {
        const auto capture = CurlImporter::importText(text, u"paste"_s);
        if (!capture.ok()) {
            qWarning("%s", qPrintable(capture.error()));
            return {};
        }
        if (warnings)
            *warnings = capture->warnings;
        return capture->requests.value(0);
    }

    // Compares the request with what the row expects; `header` is "Name: value" or empty.
    static bool hasRequest(const RequestSpec &request, const QByteArray &method, const QString &url,
                           const QByteArray &body, const QByteArray &header)
    {
        [&] {
            QCOMPARE(request.method, method);
            QCOMPARE(request.url.toString(QUrl::FullyEncoded), url);
            QCOMPARE(request.body, body);
            if (!header.isEmpty()) {
                const qsizetype colon = header.indexOf(':');
                QCOMPARE(headerValue(request.headers, header.first(colon)), header.sliced(colon + 2));
            }
        }();
        return !QTest::currentTestFailed();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsBrowserCopiesExactly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("headerCount");
        QTest::newRow("Chrome, Copy as cURL (bash)") << u"chrome-bash.curl"_s << 15;
        QTest::newRow("Chrome, Copy as cURL (cmd)") << u"chrome-cmd.curl"_s << 15;
        QTest::newRow("Firefox, Copy as cURL (POSIX)") << u"firefox-bash.curl"_s << 15;
    }

    void importsBrowserCopiesExactly()
    {
        QFETCH(QString, file);
        QFETCH(int, headerCount);
        QStringList warnings;
        const RequestSpec request = single(readData(file), &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url.toString(QUrl::FullyEncoded), u"https://api.example.com/v1/orders?limit=20"_s);
        QCOMPARE(request.body, QByteArray("{\"items\":[{\"sku\":\"A-1\",\"qty\":2}],\"note\":\"it's 100% a gift\"}"));
        QCOMPARE(headerValue(request.headers, "authorization"),
                 QByteArray("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"));
        QCOMPARE(headerValue(request.headers, "cookie"), QByteArray("sid=s%3Aabc123; theme=dark"));
        QCOMPARE(headerValue(request.headers, "content-type"), QByteArray("application/json"));
        QVERIFY2(headerValue(request.headers, "sec-ch-ua").contains("\"Chromium\";v=\"124\"")
                     || file.startsWith(u"firefox"),
                 headerValue(request.headers, "sec-ch-ua").constData());
        QCOMPARE(request.headers.size(), headerCount);
    }

    void appliesOptionsAsCurlDoes_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header"); // "Name: value" expected among the headers, or empty
        QTest::newRow("data implies POST and a form type")
            << QByteArray("curl -d a=1 -d b=2 http://h/x") << QByteArray("POST") << u"http://h/x"_s
            << QByteArray("a=1&b=2") << QByteArray("Content-Type: application/x-www-form-urlencoded");
        QTest::newRow("-G moves data into the query")
            << QByteArray("curl -G -d q=gate -d n=2 http://h/s") << QByteArray("GET") << u"http://h/s?q=gate&n=2"_s
            << QByteArray() << QByteArray();
        QTest::newRow("-I sends HEAD") << QByteArray("curl -sI https://h/") << QByteArray("HEAD") << u"https://h/"_s
                                       << QByteArray() << QByteArray();
        // "Copy as cURL" escapes curl's globbing characters; curl sends the characters themselves.
        QTest::newRow("globbing escapes \\[ \\] \\{ \\} lose their backslash")
            << QByteArray("curl 'https://h/list?f\\[0\\]=a&q=\\{x\\}'") << QByteArray("GET")
            << u"https://h/list?f[0]=a&q=%7Bx%7D"_s << QByteArray() << QByteArray();
        QTest::newRow("-g: no glob escapes, the backslash stays")
            << QByteArray("curl -g 'https://h/a\\[0\\]'") << QByteArray("GET") << u"https://h/a%5C[0%5C]"_s
            << QByteArray() << QByteArray();
        QTest::newRow("-X with the value attached")
            << QByteArray("curl -XDELETE http://h/item/1") << QByteArray("DELETE") << u"http://h/item/1"_s
            << QByteArray() << QByteArray();
        QTest::newRow("--data-urlencode encodes the value")
            << QByteArray("curl --data-urlencode 'q=a b&c' http://h/") << QByteArray("POST") << u"http://h/"_s
            << QByteArray("q=a+b%26c") << QByteArray(); // curl 7.88 writes a space as '+' (tst_curl_wire)
        QTest::newRow("-u becomes Basic authorization")
            << QByteArray("curl -u ann:s3cret http://h/") << QByteArray("GET") << u"http://h/"_s << QByteArray()
            << QByteArray("Authorization: Basic YW5uOnMzY3JldA==");
        QTest::newRow("-A and -e set agent and referer")
            << QByteArray("curl -A 'probe/1' -e http://r/ http://h/") << QByteArray("GET") << u"http://h/"_s
            << QByteArray() << QByteArray("Referer: http://r/");
        QTest::newRow("--json sets JSON types")
            << QByteArray("curl --json '{\"a\":1}' http://h/") << QByteArray("POST") << u"http://h/"_s
            << QByteArray("{\"a\":1}") << QByteArray("Accept: application/json");
        QTest::newRow("a header removed with 'Name:'")
            << QByteArray("curl -H 'Content-Type:' -d x http://h/") << QByteArray("POST") << u"http://h/"_s
            << QByteArray("x") << QByteArray();
        QTest::newRow("URL without a scheme is http") << QByteArray("curl example.com/path") << QByteArray("GET")
                                                      << u"http://example.com/path"_s << QByteArray() << QByteArray();
        QTest::newRow("$'…' ANSI-C quoting")
            << QByteArray("curl --data-binary $'line1\\nline2\\t\\x41\\'q' http://h/") << QByteArray("POST")
            << u"http://h/"_s << QByteArray("line1\nline2\tA'q") << QByteArray();
        QTest::newRow("double quotes with escapes")
            << QByteArray("curl -H \"X-Q: say \\\"hi\\\" \\$HOME\" http://h/") << QByteArray("GET") << u"http://h/"_s
            << QByteArray() << QByteArray("X-Q: say \"hi\" $HOME");
        QTest::newRow("backslash-newline continuation")
            << QByteArray("curl \\\n  -X PUT \\\n  http://h/c") << QByteArray("PUT") << u"http://h/c"_s << QByteArray()
            << QByteArray();
        QTest::newRow("--compressed asks for gzip")
            << QByteArray("curl --compressed http://h/") << QByteArray("GET") << u"http://h/"_s << QByteArray()
            << QByteArray("Accept-Encoding: deflate, gzip");
        QTest::newRow("cookie from -b joined") << QByteArray("curl -b 'a=1' -b 'b=2' http://h/") << QByteArray("GET")
                                               << u"http://h/"_s << QByteArray() << QByteArray("Cookie: a=1;b=2");
        QTest::newRow("output options are harmless")
            << QByteArray("$ curl -sS -v -i -o /dev/null -w '%{http_code}' http://h/") << QByteArray("GET")
            << u"http://h/"_s << QByteArray() << QByteArray();
    }

    void appliesOptionsAsCurlDoes()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        QStringList warnings;
        const RequestSpec request = single(line, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        if (!hasRequest(request, method, url, body, header))
            return;
        if (line.contains("'Content-Type:'"))
            QVERIFY2(!hasHeader(request.headers, "content-type"), "an emptied header is not sent");
    }

    // Lines as browsers and tools really write them, each read as the tool meant it.
    void readsRealWorldCopiesAsMeant_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("warning"); // a part of the one warning expected, or empty for none
        // Chrome's cmd escaping doubles every backslash; the C runtime would keep both where no quote
        // follows, the browser meant one (the JSON below holds C:\\tmp, an escaped backslash).
        QTest::newRow("Chrome cmd: a doubled backslash is one")
            << readData(u"h1-chrome-cmd-backslash.curl"_s) << QByteArray("POST")
            << u"https://api.example.com/v1/x?a=1&b=A"_s
            << QByteArray("{\"path\":\"C:\\\\tmp\\\\x\",\"note\":\"100% \\\"sure\\\"\",\"q\":\"a&b|c<d>\"}")
            << QByteArray("sec-ch-ua: \"Chromium\";v=\"124\", \"Google Chrome\";v=\"124\", \"Not-A.Brand\";v=\"99\"")
            << QString();
        // Commands as people paste them (realworld-curl set 2, session 9): in a Markdown code span,
        // after a root prompt (a shell would read "# curl" as a comment), and with the "> " prompts
        // a terminal shows under a line that ends in a backslash.
        QTest::newRow("a command in a Markdown code span")
            << QByteArray("`curl -I https://www.example.com/`\n") << QByteArray("HEAD") << u"https://www.example.com/"_s
            << QByteArray() << QByteArray() << QString();
        QTest::newRow("a root prompt '# ' before the command")
            << QByteArray("# curl -IL 'https://example.social/photo/a-1.png'\n") << QByteArray("HEAD")
            << u"https://example.social/photo/a-1.png"_s << QByteArray() << QByteArray() << QString();
        QTest::newRow("'> ' continuation prompts under a line ending in a backslash")
            << QByteArray("ubuntu@ip-10-0-0-128:~$ curl -XPOST \\\n>   -H \"Content-Type: application/grpc\" \\\n>   "
                          "-d x http://10.0.11.76:8499/grpc.health.v1.Health/Check\n")
            << QByteArray("POST") << u"http://10.0.11.76:8499/grpc.health.v1.Health/Check"_s << QByteArray("x")
            << QByteArray("Content-Type: application/grpc") << QString();
        // Realworld-curl set 3 (session 10): a command in Markdown bold, and one whose URL a shell
        // variable set on the line above holds.
        QTest::newRow("a command in Markdown bold")
            << QByteArray("**curl -v -X POST 'http://127.0.0.1:3000/upload/' -H 'Content-Type: text/plain' -d x**")
            << QByteArray("POST") << u"http://127.0.0.1:3000/upload/"_s << QByteArray("x")
            << QByteArray("Content-Type: text/plain") << QString();
        QTest::newRow("a URL in a shell variable set on the line above ($url, \"${url}\")")
            << QByteArray("url=https://foo.com/bar\ncurl -X POST -d '{\"a\":1}' $url\n") << QByteArray("POST")
            << u"https://foo.com/bar"_s << QByteArray("{\"a\":1}") << QByteArray() << QString();
        QTest::newRow("a variable set with export and quotes, used in braces inside double quotes")
            << QByteArray("export HOST='api.example.com'\ncurl \"https://${HOST}/v1/items\"\n") << QByteArray("GET")
            << u"https://api.example.com/v1/items"_s << QByteArray() << QByteArray() << QString();
        // Realworld-curl set 4 (session 11): cmd's prompt under a conda environment, glued to the
        // command, says the line was typed in cmd: its single quotes are not quotes, the JSON ends at
        // the first blank (curl then reported "bad range in URL" for the rest, as the poster showed).
        QTest::newRow("'(base) C:\\dir>curl' is cmd: single quotes are characters")
            << QByteArray("(base) C:\\Users\\ann\\Desktop>curl -X POST http://127.0.0.1:8000/v1/completions -H "
                          "\"Content-Type: application/json\" -d '{\"prompt\": \"Tell me\"}'\n")
            << QByteArray("POST") << u"http://127.0.0.1:8000/v1/completions"_s << QByteArray("'{prompt:")
            << QByteArray("Content-Type: application/json") << u"'Tell me}'' is not a URL; skipped"_s;
        // Realworld-curl set 5 (session 12): Reqable ends lines with cmd's " ^" but quotes every value
        // the bash way, and leaves a " ^" after the last one.
        QTest::newRow("cmd line ends around bash quoting (Reqable)")
            << QByteArray("curl -X POST 'https://api.example.com/WeChat/Call' ^\n-H 'content-type: "
                          "application/x-www-form-urlencoded' ^\n-H 'user-agent: Mozilla/5.0 (Windows NT 10.0)' ^\n"
                          "--data-raw 'a=1&b={\"c\": 2}' ^\n")
            << QByteArray("POST") << u"https://api.example.com/WeChat/Call"_s << QByteArray("a=1&b={\"c\": 2}")
            << QByteArray("content-type: application/x-www-form-urlencoded") << QString();
        QTest::newRow("a command a page wrapped before its URL goes on with the URL's line")
            << QByteArray("curl -si -HX-User:admin -XPOST\nhttp://localhost:8082/structr/rest/files -d 'x=1'\n")
            << QByteArray("POST") << u"http://localhost:8082/structr/rest/files"_s << QByteArray("x=1")
            << QByteArray("X-User: admin") << QString();
        // Chrome 107 put values in plain "…" and still escaped inside them (curl/curl#9881:
        // https://github.com/curl/curl/issues/9881); cmd keeps those ^ inside quotes.
        QTest::newRow("Chrome 107 cmd: ^ escapes inside plain quotes")
            << readData(u"h1-chrome107-cmd.curl"_s) << QByteArray("GET")
            << u"https://curl.se/windows/dl-7.86.0_1/curl-7.86.0_1-win64-mingw.zip"_s << QByteArray()
            << QByteArray("sec-ch-ua: \"Google Chrome\";v=\"107\", \"Chromium\";v=\"107\", \"Not=A?Brand\";v=\"24\"")
            << QString();
        // Firefox's "Copy as cURL" on Windows in 2018 (Kong/insomnia#802:
        // https://github.com/Kong/insomnia/issues/802): "" for a quote, no ^ anywhere.
        QTest::newRow("Firefox 58 Windows: \"\" inside quotes")
            << QByteArray("curl \"https://api.example.com/report\" -H \"Content-Type: application/json;charset=utf-8\" "
                          "--data \"{\"\"numberReportDays\"\":1,\"\"includePoolName\"\":true}\"\r\n")
            << QByteArray("POST") << u"https://api.example.com/report"_s
            << QByteArray("{\"numberReportDays\":1,\"includePoolName\":true}")
            << QByteArray("Content-Type: application/json;charset=utf-8") << QString();
        // -T FILE to a path ending in '/': curl 7.88 sends PUT /up/a%20b%26c.txt (checked with
        // /usr/bin/curl against a capture server; the file itself is not read here).
        QTest::newRow("-T FILE adds the file's name to a URL ending in '/'")
            << QByteArray("curl -T 'dir/a b&c.txt' 'http://h/up/?q=1'") << QByteArray("PUT")
            << u"http://h/up/a%20b%26c.txt?q=1"_s << QByteArray() << QByteArray() << u"file contents are not read"_s;
        // curl has no --name=value (7.88 stops: "option --request=PATCH: is unknown"); read as
        // meant, with a warning.
        QTest::newRow("--name=value is read as meant, with a warning")
            << QByteArray("curl --request=PATCH -H 'X-A: 1' --data-raw '{}' http://h/p") << QByteArray("PATCH")
            << u"http://h/p"_s << QByteArray("{}") << QByteArray("X-A: 1") << u"curl does not accept"_s;
        // Waterfox (Firefox 140 ESR) wrote cmd escapes into its bash copy (BrowserWorks/waterfox#3918:
        // https://github.com/BrowserWorks/waterfox/issues/3918): curl 7.88 sends the carets as written.
        QTest::newRow("Waterfox bash copy with ^&") << QByteArray(
            "curl 'https://example.com/appsuite/api/login' \\\n  -X POST \\\n  -H 'Content-Type: "
            "application/x-www-form-urlencoded' \\\n"
            "  --data-raw "
            "'action=login^&staySignedIn=true^&name=aaabbbccc%40test-test-test.com^&client=open-xchange-appsuite'")
                                                    << QByteArray("POST") << u"https://example.com/appsuite/api/login"_s
                                                    << QByteArray("action=login^&staySignedIn=true^&name=aaabbbccc%"
                                                                  "40test-test-test.com^&client=open-xchange-appsuite")
                                                    << QByteArray("Content-Type: application/x-www-form-urlencoded")
                                                    << u"'^&'"_s;
        // A mail or page wrapped the command inside the address's port (realworld-curl
        // hand-typed-wrapped-url-1): the next line's one word goes on with the address.
        QTest::newRow("an address wrapped inside its port")
            << QByteArray("curl -i -H \"Content-Type: application/octet-stream\" --data \"@test.dmp\" -v "
                          "http://localhost:70\n71/api/convert\n")
            << QByteArray("POST") << u"http://localhost:7071/api/convert"_s << QByteArray()
            << QByteArray("Content-Type: application/octet-stream") << u"test.dmp"_s;
        // curlconverter/curlconverter#143: in cmd (and bash) a caret inside double quotes is literal.
        QTest::newRow("cmd: carets inside double quotes are sent")
            << QByteArray("curl -v --data \"a=b^&c=d^&e=f^&h=i^&j=k^&l=m\" http://localhost:3005/page")
            << QByteArray("POST") << u"http://localhost:3005/page"_s << QByteArray("a=b^&c=d^&e=f^&h=i^&j=k^&l=m")
            << QByteArray("Content-Type: application/x-www-form-urlencoded") << u"'^&'"_s;
        // curl/curl#12172: curl run from its container image, whose entry point is curl.
        QTest::newRow("docker run of the curl image: the words after the image are curl's")
            << QByteArray("docker run --rm curlimages/curl:8.4.0 -v https://demo.mapserver.org/cgi-bin/wfs")
            << QByteArray("GET") << u"https://demo.mapserver.org/cgi-bin/wfs"_s << QByteArray() << QByteArray()
            << QString();
        // Several --json pieces are concatenated as they are (https://everything.curl.dev/http/post/json).
        QTest::newRow("--json pieces are concatenated without '&'")
            << QByteArray("curl --json '{\"tool\": \"curl\"' --json ', \"end\": \"true\"}' https://example.com/")
            << QByteArray("POST") << u"https://example.com/"_s << QByteArray("{\"tool\": \"curl\", \"end\": \"true\"}")
            << QByteArray("Content-Type: application/json") << QString();
        QTest::newRow("a user@host:dir$ prompt before curl")
            << QByteArray("ann@build-01:~/src$ curl -sSLk -XPOST --oauth2-bearer tok123 https://api.example.com/x -o "
                          "/dev/null -w '%{http_code}\\n'")
            << QByteArray("POST") << u"https://api.example.com/x"_s << QByteArray()
            << QByteArray("Authorization: Bearer tok123") << QString();
        QTest::newRow("an oh-my-zsh prompt before curl")
            << QByteArray("\xE2\x9E\x9C  gatescope git:(main) \xE2\x9C\x97 curl -i https://api.example.com/health")
            << QByteArray("GET") << u"https://api.example.com/health"_s << QByteArray() << QByteArray() << QString();
        // Copied from a web page, a line may keep blanks after its continuation character.
        QTest::newRow("blanks after a bash continuation")
            << QByteArray("curl https://api.example.com/x \\  \n  -H \"a: b\" \\\t\n  -d x=1\n") << QByteArray("POST")
            << u"https://api.example.com/x"_s << QByteArray("x=1") << QByteArray("a: b") << u"line continuation"_s;
        QTest::newRow("blanks after a cmd continuation (Postman, Windows)")
            << QByteArray("curl --location --request POST \"https://api.example.com/v1/items\" ^  \r\n--header "
                          "\"Content-Type: application/json\" ^ \r\n"
                          "--data-raw \"{\\\"name\\\": \\\"x\\\"}\"\r\n")
            << QByteArray("POST") << u"https://api.example.com/v1/items"_s << QByteArray("{\"name\": \"x\"}")
            << QByteArray("Content-Type: application/json") << QString();
        QTest::newRow("-H @file: the headers in the file are not sent")
            << QByteArray("curl -H @headers.txt https://api.example.com/x") << QByteArray("GET")
            << u"https://api.example.com/x"_s << QByteArray() << QByteArray() << u"the headers in it are not sent"_s;
    }

    void readsRealWorldCopiesAsMeant()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        QFETCH(QString, warning);
        const auto capture = CurlImporter::importText(text, u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->requests.size(), 1);
        const RequestSpec &request = capture->requests.first();
        if (warning.isEmpty()) {
            QVERIFY2(capture->warnings.isEmpty(), qPrintable(capture->warnings.join(u'\n')));
        } else {
            QCOMPARE(capture->warnings.size(), 1);
            QVERIFY2(capture->warnings.first().contains(warning), qPrintable(capture->warnings.first()));
        }
        if (!hasRequest(request, method, url, body, header))
            return;
    }

    // Realworld-curl set 3 (hand-typed-cmder-user-prompt-1): cmder's prompt is the folder on a line of
    // its own, then "λ "; cmd keeps single quotes and the C runtime drops the double quotes (GitHub
    // answered "Problems parsing JSON").
    void cmdersPromptSaysTheLineIsCmd()
    {
        const auto capture = CurlImporter::importText("D:\\Programs\\curl-7.72.0-win64-mingw\\bin\n"
                                                      "λ curl.exe -u joseluisbz https://api.github.com/user/repos -d "
                                                      "'{\"name\":\"BasicOperations\"}'\n",
                                                      u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->requests.size(), 1);
        QVERIFY(hasRequest(capture->requests.first(), "POST", u"https://api.github.com/user/repos"_s,
                           "'{name:BasicOperations}'", {}));
    }

    // Each -T pairs with one URL, in order: curl 7.88 sends the upload to the first URL and a GET
    // to the next (checked on a loopback capture server); -X still applies to every URL.
    void eachUploadPairsWithOneUrl_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QString>("firstUrl");
        QTest::addColumn<QByteArray>("second");
        QTest::newRow("the upload goes to the first URL only")
            << QByteArray("curl -T up.txt http://h/a/ http://h/b") << QByteArray("PUT") << u"http://h/a/up.txt"_s
            << QByteArray("GET");
        QTest::newRow("-X applies to both") << QByteArray("curl -X POST -T up.txt http://h/c http://h/d")
                                            << QByteArray("POST") << u"http://h/c"_s << QByteArray("POST");
    }

    void eachUploadPairsWithOneUrl()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, first);
        QFETCH(QString, firstUrl);
        QFETCH(QByteArray, second);
        const auto capture = CurlImporter::importText(line, u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->requests.size(), 2);
        QCOMPARE(capture->requests.at(0).method, first);
        QCOMPARE(capture->requests.at(0).url.toString(QUrl::FullyEncoded), firstUrl);
        QCOMPARE(capture->requests.at(1).method, second);
        QCOMPARE(capture->requests.at(1).url.path(), u"/"_s + QLatin1Char(line.back()));
    }

    // A curl command the text only quotes (in a sentence's code span, after a console's own prompt)
    // is still the request of the answer pasted with it.
    void theCommandQuotedInATranscriptIsItsRequest_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status"); // -1: no response (curl reported a failure)
        QTest::newRow("in a code span, quoted, inside a sentence")
            << u"hand-typed-prose-code-span-single-quoted-whole-command-1.curl"_s << QByteArray("GET")
            << u"http://localhost:8080"_s << 503;
        QTest::newRow("in a code span with curl's failure below")
            << u"hand-typed-lowercase-x-proxy-method-typo-1.curl"_s << QByteArray("GET") << u"http://localhost:4000"_s
            << -1;
        // Set 7 (session 14): an item of a numbered list, a shell's -c argument, and prose below the
        // command whose Markdown code spans end its lines in a backtick (no PowerShell continuation).
        QTest::newRow("an item of a numbered list: '1. curl …'")
            << u"hand-typed-numbered-list-put-form-json-part-type-1.curl"_s << QByteArray("PUT")
            << u"http://localhost:8888/hs/resources/idmtx/base/dev/0.0.1/"_s << 0;
        QTest::newRow("run by 'bash -c' in a fence")
            << u"hand-typed-bash-c-soap-data-file-limit-rate-1.curl"_s << QByteArray("POST")
            << u"http://192.168.30.5/SIP/Interface/Interface.asmx"_s << 0;
        QTest::newRow("bash continuations; prose below ends its lines in code spans")
            << u"hand-typed-verbose-post-json-api-key-redacted-continuations-500-1.curl"_s << QByteArray("POST")
            << u"https://my-kutt-instance.com/api/v2/links"_s << 0;
        QTest::newRow("after Metasploit's module prompt")
            << u"tool-prefix-msf-console-curl-proxy-1.curl"_s << QByteArray("GET") << u"http://example.com/"_s << 400;
        // EricssonResearch/scott-eu#59: after a "ᐅ " prompt; its "–X" (an en dash) is read as the option
        // meant (ShellWords), so the method is -X's.
        QTest::newRow("after a ᐅ prompt, with curl's progress meter and failure lines")
            << u"hand-typed-en-dash-option-upload-file-progress-1.curl"_s << QByteArray("POST")
            << u"http://127.0.0.1:8080/estimator"_s << 500;
    }

    void theCommandQuotedInATranscriptIsItsRequest()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(int, status);
        const auto capture = CaptureImporter::importText(readData(u"realworld-curl/"_s + file), file);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QVERIFY(!capture->exchanges.isEmpty());
        const Exchange &exchange = capture->exchanges.first();
        QCOMPARE(exchange.request.method, method);
        QCOMPARE(exchange.request.url.toString(QUrl::FullyEncoded), url);
        QCOMPARE(exchange.response ? exchange.response->status : -1, status);
    }

    void appliesConnectionOptions()
    {
        const RequestSpec request = single(
            "curl -sSLk -m 30 --connect-timeout 2.5 --max-redirs 3 -x proxy.local:3128 "
            "--resolve api.example:443:127.0.0.1 --connect-to ::backend.local:8443 --http1.1 https://api.example/");
        QVERIFY(request.options.followRedirects);
        QVERIFY(!request.options.verifyTls);
        QCOMPARE(request.options.totalTimeoutMs, 30000);
        QCOMPARE(request.options.connectTimeoutMs, 2500);
        QCOMPARE(request.options.maxRedirects, 3);
        QCOMPARE(request.options.proxy, u"http://proxy.local:3128"_s);
        QCOMPARE(request.options.addressOverrides.size(), 2);
        const AddressOverride resolve = request.options.addressOverrides.at(0);
        QCOMPARE(resolve.kind, AddressOverride::Kind::Resolve);
        QCOMPARE(resolve.host, u"api.example"_s);
        QCOMPARE(resolve.port, 443);
        QCOMPARE(resolve.targetHost, u"127.0.0.1"_s);
        const AddressOverride connectTo = request.options.addressOverrides.at(1);
        QCOMPARE(connectTo.kind, AddressOverride::Kind::ConnectTo);
        QCOMPARE(connectTo.host, QString());
        QCOMPARE(connectTo.port, 0);
        QCOMPARE(connectTo.targetHost, u"backend.local"_s);
        QCOMPARE(connectTo.targetPort, 8443);
    }

    void buildsMultipartFormsAndWarnsAboutFiles()
    {
        QStringList warnings;
        const RequestSpec request
            = single("curl -F name=ann -F 'photo=@/tmp/me.jpg;type=image/jpeg' http://h/up", &warnings);
        QCOMPARE(request.method, QByteArray("POST"));
        const QByteArray type = headerValue(request.headers, "content-type");
        QVERIFY2(type.startsWith("multipart/form-data; boundary="), type.constData());
        const QByteArray boundary = type.mid(type.indexOf('=') + 1);
        QVERIFY(request.body.startsWith(
            QByteArray("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nann\r\n")));
        QVERIFY(request.body.contains("filename=\"me.jpg\"\r\nContent-Type: image/jpeg"));
        QVERIFY(request.body.endsWith(QByteArray("--" + boundary + "--\r\n")));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"/tmp/me.jpg") && warnings.first().contains(u"not read"),
                 qPrintable(warnings.first()));
    }

    void warnsAboutBodyFilesItDoesNotRead()
    {
        QStringList warnings;
        const RequestSpec request
            = single("curl --data-binary @payload.json -H 'Content-Type: application/json' http://h/", &warnings);
        QCOMPARE(request.method, QByteArray("POST"));
        QVERIFY(request.body.isEmpty());
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"payload.json"), qPrintable(warnings.first()));
    }

    void namesUnknownOptionsInAWarning()
    {
        QStringList warnings;
        const RequestSpec request = single("curl --frobnicate -Q http://h/", &warnings);
        QCOMPARE(request.url.toString(), u"http://h/"_s);
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings.at(0).contains(u"--frobnicate"), qPrintable(warnings.at(0)));
        QVERIFY2(warnings.at(1).contains(u"-Q"), qPrintable(warnings.at(1)));
    }

    void readsSeveralCommandsInOnePaste()
    {
        const QByteArray paste = "curl http://h/one\n\ncurl -X POST http://h/two; curl http://h/three && curl "
                                 "'http://h/four' | jq .\n# a comment\n"
                                 "echo done\n";
        const auto capture = CurlImporter::importText(paste, u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->requests.size(), 4);
        QCOMPARE(capture->requests.at(1).method, QByteArray("POST"));
        QCOMPARE(capture->requests.at(3).url.toString(), u"http://h/four"_s);
        QCOMPARE(capture->warnings.size(), 1);
        QVERIFY2(capture->warnings.first().contains(u"echo"), qPrintable(capture->warnings.first()));
    }

    void reportsUnbalancedQuotesWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("place");
        QTest::newRow("single quote") << QByteArray("curl -H 'X: 1 http://h/") << u"line 1, column 9"_s;
        QTest::newRow("double quote") << QByteArray("curl \\\n  -d \"abc http://h/") << u"line 2, column 6"_s;
        QTest::newRow("ANSI-C quote") << QByteArray("curl http://h/\ncurl --data $'x") << u"line 2, column 13"_s;
        QTest::newRow("no URL at all") << QByteArray("curl -s -v") << u"line 1, column 1"_s;
    }

    void reportsUnbalancedQuotesWithLineAndColumn()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, place);
        const auto capture = CurlImporter::importText(line, u"paste"_s);
        QVERIFY(!capture.ok());
        QCOMPARE(capture.errorCode(), Error::Code::Malformed);
        QVERIFY2(capture.error().contains(place) && capture.error().startsWith(u"paste: "),
                 qPrintable(capture.error()));
    }

    void roundTripsRequestsThroughCurl_data()
    {
        QTest::addColumn<RequestSpec>("request");
        RequestSpec browser = single(readData(u"chrome-bash.curl"_s));
        QTest::newRow("Chrome copy") << browser;
        RequestSpec awkward;
        awkward.method = "PUT";
        awkward.url = QUrl(u"https://h.example:8443/p/a%20th?q=1&r=%C3%A9"_s);
        awkward.headers
            = { { "X-Quote", "it's \"quoted\" $HOME `cmd` \\ back" }, { "X-Empty", "" }, { "X-Tab", "a\tb" } };
        awkward.body = "line 1\nline 2\r\n'single' \"double\" \x01 end";
        awkward.options.verifyTls = false;
        awkward.options.followRedirects = true;
        awkward.options.maxRedirects = 4;
        awkward.options.totalTimeoutMs = 1500;
        awkward.options.connectTimeoutMs = 250;
        awkward.options.addressOverrides
            = { { AddressOverride::Kind::Resolve, u"h.example"_s, 8443, u"::1"_s, 0 },
                { AddressOverride::Kind::ConnectTo, u"h.example"_s, 8443, u"10.0.0.2"_s, 9443 } };
        QTest::newRow("quotes, control characters, options") << awkward;
        RequestSpec formFeeds; // fuzz finding: corpus/curl/regression-user-agent-leading-form-feeds.curl
        formFeeds.method = "GET";
        formFeeds.url = QUrl(u"http://h/"_s);
        formFeeds.headers = { { "User-Agent", "\f\f1" }, { "X-Inner-Space", "a  b" } };
        QTest::newRow("a value that starts with form feeds keeps them") << formFeeds;
        RequestSpec head;
        head.method = "HEAD";
        head.url = QUrl(u"http://h/"_s);
        QTest::newRow("HEAD") << head;
        RequestSpec getWithBody;
        getWithBody.method = "GET";
        getWithBody.url = QUrl(u"http://h/search"_s);
        getWithBody.body = "{\"query\":{}}";
        QTest::newRow("GET with a body and no content type") << getWithBody;
    }

    void roundTripsRequestsThroughCurl()
    {
        QFETCH(RequestSpec, request);
        // request → curl → request gives the same request, and curl → request → curl the same text.
        const QByteArray curl = CurlExporter::toCurl(request);
        QStringList warnings;
        const RequestSpec back = single(curl, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QCOMPARE(back.method, request.method);
        QCOMPARE(back.url, request.url);
        QCOMPARE(back.headers, request.headers);
        QCOMPARE(back.body, request.body);
        QCOMPARE(back.options, request.options);
        QCOMPARE(CurlExporter::toCurl(back), curl);
    }

    void neverCrashesOnTruncatedOrRandomInput()
    {
        for (const QString &file : { u"chrome-bash.curl"_s, u"chrome-cmd.curl"_s, u"firefox-bash.curl"_s }) {
            const QByteArray text = readData(file);
            for (qsizetype cut = 0; cut < text.size(); cut += 5) {
                const auto capture = CurlImporter::importText(QByteArrayView(text).first(cut), u"cut"_s);
                if (!capture.ok())
                    QVERIFY2(capture.error().contains(u"line "), qPrintable(capture.error()));
            }
        }
        QRandomGenerator random(7);
        for (int round = 0; round < 300; ++round) {
            QByteArray noise = "curl ";
            constexpr QByteArrayView alphabet("'\"$\\^ -Hdx:/@;&|\n\t{}");
            for (int i = random.bounded(200); i > 0; --i)
                noise += alphabet.at(random.bounded(alphabet.size()));
            const auto capture = CurlImporter::importText(noise, u"noise"_s);
            if (!capture.ok())
                QVERIFY2(capture.error().startsWith(u"noise: "), qPrintable(capture.error()));
        }
    }
};

QTEST_GUILESS_MAIN(CurlImportTest)
#include "tst_curl_import.moc"
