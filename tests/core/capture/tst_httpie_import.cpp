// HTTPie command lines (`http`, `https`) read as the request HTTPie sends, and what HTTPie printed
// below them read as the answer. The lines are real ones: HTTPie's own documentation and READMEs,
// docs and issue threads that show an HTTPie call; each expectation is what HTTPie 3.2.1 prints
// for the line with --offline (the bytes it would send). Nothing is sent.
#include "capture/CaptureImporter.h"
#include "capture/HttpieImporter.h"

#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

class HttpieImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheRequestHttpieSends_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("header"); // "Name: value" expected among the headers, or empty

        // HTTPie's README
        QTest::newRow("method, header and JSON fields; a raw JSON number (:=)")
            << QByteArray("http PATCH api.example.com/person/1 X-API-Token:123 name=John email=john@example.org "
                          "age:=29")
            << QByteArray("PATCH") << u"http://api.example.com/person/1"_s
            << QByteArray(R"({"name": "John", "email": "john@example.org", "age": 29})")
            << QByteArray("X-API-Token: 123");
        QTest::newRow("raw JSON object, boolean and list, written as json.dumps writes them")
            << QByteArray(R"($ http PUT pie.dev/put 'object:={"a": "b", "c": "d"}' bool:=true list:='[1,2,3]')")
            << QByteArray("PUT") << u"http://pie.dev/put"_s
            << QByteArray(R"({"object": {"a": "b", "c": "d"}, "bool": true, "list": [1, 2, 3]})")
            << QByteArray("Content-Type: application/json");
        // realworld-curl set 6 (session 13): zsh's "~" prompt, a prompt with the git branch
        QTest::newRow("zsh's '~' prompt before a verbose PUT with -a")
            << QByteArray("~   http -v -a username:password PUT https://api.bitbucket.org/1.0/repositories/user/repo/ "
                          "description=test")
            << QByteArray("PUT") << u"https://api.bitbucket.org/1.0/repositories/user/repo/"_s
            << QByteArray(R"({"description": "test"})") << QByteArray("Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=");
        QTest::newRow("a prompt with its git branch, an echo piped into HTTPie (echo's newline is sent)")
            << QByteArray(R"($ (master) echo '{"name": "John"}' | http -v --json PATCH 127.0.0.1:8080/person/1 )"
                          "X-API-Token:123")
            << QByteArray("PATCH") << u"http://127.0.0.1:8080/person/1"_s << QByteArray("{\"name\": \"John\"}\n")
            << QByteArray("X-API-Token: 123");
        QTest::newRow("--form: an urlencoded body")
            << QByteArray("$ http -f POST pie.dev/post hello=World") << QByteArray("POST") << u"http://pie.dev/post"_s
            << QByteArray("hello=World")
            << QByteArray("Content-Type: application/x-www-form-urlencoded; "
                          "charset=utf-8");
        QTest::newRow("query items (==) are appended to the URL")
            << QByteArray("$ http https://api.github.com/search/repositories q==httpie per_page==1")
            << QByteArray("GET") << u"https://api.github.com/search/repositories?q=httpie&per_page=1"_s << QByteArray()
            << QByteArray();
        QTest::newRow("-a user:password is Basic authorization")
            << QByteArray("$ http -a username:password pie.dev/basic-auth/username/password") << QByteArray("GET")
            << u"http://pie.dev/basic-auth/username/password"_s << QByteArray()
            << QByteArray("Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=");
        QTest::newRow("-A bearer -a token is Bearer authorization")
            << QByteArray("$ http -A bearer -a token pie.dev/bearer") << QByteArray("GET") << u"http://pie.dev/bearer"_s
            << QByteArray() << QByteArray("Authorization: Bearer token");
        QTest::newRow("a cookie with '=' in it is a header (the first separator is ':')")
            << QByteArray("$ http pie.dev/headers User-Agent:Bacon/1.0 'Cookie:valued-visitor=yes;foo=bar' "
                          "X-Foo:Bar Referer:https://httpie.org/")
            << QByteArray("GET") << u"http://pie.dev/headers"_s << QByteArray()
            << QByteArray("Cookie: valued-visitor=yes;foo=bar");
        QTest::newRow("--raw sends the text as it is, as JSON")
            << QByteArray(R"($ http --raw='{"name": "John"}' pie.dev/post)") << QByteArray("POST")
            << u"http://pie.dev/post"_s << QByteArray(R"({"name": "John"})")
            << QByteArray("Content-Type: application/json");
        QTest::newRow("localhost shorthand ':3000/x'")
            << QByteArray("$ http :3000/api/users") << QByteArray("GET") << u"http://localhost:3000/api/users"_s
            << QByteArray() << QByteArray();
        QTest::newRow("the https command defaults to https")
            << QByteArray("$ https example.org/x") << QByteArray("GET") << u"https://example.org/x"_s << QByteArray()
            << QByteArray();
        // github.com/httpie/cli/issues/844 (and the real-world set)
        QTest::newRow("raw JSON list in a code fence, host without a scheme")
            << QByteArray("```\nhttp POST localhost/test_endpoint answer:='[\"Red\",\"Yellow\"]'\n```\n")
            << QByteArray("POST") << u"http://localhost/test_endpoint"_s
            << QByteArray(R"({"answer": ["Red", "Yellow"]})") << QByteArray();
        // A FastAPI example's README: a virtualenv prompt, a quoted URL with a space, --verbose last.
        QTest::newRow("virtualenv prompt, a space in the URL, the flag after the URL")
            << QByteArray("(hello-py3.10) $ http \"localhost:8080/hi/jason isaacs\" --verbose") << QByteArray("GET")
            << u"http://localhost:8080/hi/jason%20isaacs"_s << QByteArray() << QByteArray();
        // A billing servlet's README: the method on a continuation line.
        QTest::newRow("line continuation before the method")
            << QByteArray("http --verbose --check-status \\\n  GET "
                          "http://bgbilling-server.backpack.test:63081/billing/demo-servlet/hello-world-scala")
            << QByteArray("GET")
            << u"http://bgbilling-server.backpack.test:63081/billing/demo-servlet/hello-world-scala"_s << QByteArray()
            << QByteArray();
        // Kinto's docs: POST with no data sends no body and no JSON type.
        QTest::newRow("an explicit POST without data")
            << QByteArray("$ http POST \"http://localhost:8888/v1/__flush__\" --verbose") << QByteArray("POST")
            << u"http://localhost:8888/v1/__flush__"_s << QByteArray() << QByteArray();
        // A map portal's notes: the https command, brackets in form keys, a URL in a value.
        QTest::newRow("form keys with brackets and a URL value are percent-encoded as HTTPie does")
            << QByteArray("oskari@devbox:~$ https -v -f POST monitor.spatineo.com/api/public/availability-1.0 "
                          "'service[0][type]=WMS' "
                          "'service[0][url]=http://kartat.lounaispaikka.fi/ms6/maakuntakaavat/varsinais-suomi/"
                          "maakuntakaava_ms6' 'service[0][offering]=mk_tunnelit'")
            << QByteArray("POST") << u"https://monitor.spatineo.com/api/public/availability-1.0"_s
            << QByteArray("service%5B0%5D%5Btype%5D=WMS&service%5B0%5D%5Burl%5D=http%3A%2F%2Fkartat.lounaispaikka.fi"
                          "%2Fms6%2Fmaakuntakaavat%2Fvarsinais-suomi%2Fmaakuntakaava_ms6&service%5B0%5D%5Boffering%5D="
                          "mk_tunnelit")
            << QByteArray();
        QTest::newRow("an escaped separator (\\:) is part of the key; non-ASCII as \\u escapes")
            << QByteArray(R"(http example.org 'x\:y=1' name=Grüße)") << QByteArray("POST") << u"http://example.org"_s
            << QByteArray(R"({"x:y": "1", "name": "Gr\u00fc\u00dfe"})") << QByteArray();
    }

    void readsTheRequestHttpieSends()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, header);
        const std::optional<Result<Capture>> read = HttpieImporter::importText(line, u"paste"_s);
        QVERIFY2(read, "the line was not recognised as an HTTPie command");
        QVERIFY2(*read, qPrintable(read->error()));
        QVERIFY2((*read)->warnings.isEmpty(), qPrintable((*read)->warnings.join(u'\n')));
        QCOMPARE((*read)->requests.size(), 1);
        const RequestSpec &request = (*read)->requests.first();
        QCOMPARE(request.method, method);
        QCOMPARE(request.url.toString(QUrl::FullyEncoded), url);
        QCOMPARE(request.body, body);
        if (!header.isEmpty()) {
            const qsizetype colon = header.indexOf(':');
            QCOMPARE(headerValue(request.headers, header.first(colon)), header.sliced(colon + 2));
        }
    }

    void keepsAndRemovesHeadersAsHttpieDoes()
    {
        // "Header:" unsets a header HTTPie would send, "Header;" sends it empty.
        const auto read = HttpieImporter::importText("http example.org User-Agent: 'X-Empty;'", u"paste"_s);
        QVERIFY(read && *read);
        const HeaderList &headers = (*read)->requests.first().headers;
        const auto field = [&headers](QByteArrayView name) {
            return std::find_if(headers.cbegin(), headers.cend(), [name](const HeaderField &f) {
                return f.name.compare(name, Qt::CaseInsensitive) == 0;
            });
        };
        QVERIFY2(field("User-Agent") != headers.cend() && !field("User-Agent")->enabled, "User-Agent: is not sent");
        QVERIFY2(field("X-Empty") != headers.cend() && field("X-Empty")->enabled && field("X-Empty")->value.isEmpty(),
                 "X-Empty; is sent empty");
    }

    void warnsAboutFilesItDoesNotRead_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("contentType"); // how the Content-Type starts
        QTest::addColumn<QString>("named"); // the file the warning names
        // HTTPie's README: a file upload makes the form multipart.
        QTest::newRow("a file field makes a multipart form")
            << QByteArray("$ http -f POST pie.dev/post name='John Smith' cv@~/files/data.xml")
            << QByteArray("multipart/form-data; boundary=") << u"~/files/data.xml"_s;
        // github.com/prprprus/note/issues/33 (and the real-world set): the body from a redirected file.
        QTest::newRow("the body redirected from a file")
            << QByteArray("$ http GET http://127.0.0.1:23333/v1/recommendation_video < demo.json")
            << QByteArray("application/json") << u"demo.json"_s;
    }

    void warnsAboutFilesItDoesNotRead()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, named);
        const auto read = HttpieImporter::importText(line, u"paste"_s);
        QVERIFY(read && *read);
        QVERIFY2(headerValue((*read)->requests.first().headers, "Content-Type").startsWith(contentType),
                 headerValue((*read)->requests.first().headers, "Content-Type").constData());
        QCOMPARE((*read)->warnings.size(), 1);
        QVERIFY2((*read)->warnings.first().contains(named), qPrintable((*read)->warnings.first()));
    }

    // What HTTPie printed under the command is the capture's answer; the command is the request.
    void readsWhatHttpiePrintedAsTheAnswer_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("status"); // 0: no answer (only the request); -1: a transport failure
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        // A FastAPI example's README: --verbose prints the request, then the response.
        QTest::newRow("a --verbose transcript")
            << QByteArray("```bash\n(hello-py3.10) $ http \"localhost:8080/hi/jason isaacs\" --verbose\n"
                          "GET /hi/Jason%20Isaacs HTTP/1.1\nAccept: */*\nAccept-Encoding: gzip, deflate\n"
                          "Connection: keep-alive\nHost: localhost:8080\nUser-Agent: HTTPie/3.2.2\n\n\n\n"
                          "HTTP/1.1 200 OK\ncontent-length: 22\ncontent-type: application/json\n"
                          "date: Thu, 18 Jan 2024 16:04:29 GMT\nserver: uvicorn\n\n\"Hello, jason isaacs!\"\n\n```")
            << 200 << QByteArray("GET") << u"http://localhost:8080/hi/jason%20isaacs"_s;
        // github.com/prprprus/note/issues/33: the response HTTPie prints by default.
        QTest::newRow("the response printed under the command")
            << QByteArray("```bash\n$ http GET http://127.0.0.1:23333/v1/recommendation_video < demo.json\n"
                          "HTTP/1.1 200 OK\nConnection: keep-alive\nContent-Length: 290\n"
                          "Content-Type: application/json; charset=utf8\nDate: Fri, 03 Dec 2021 13:53:09 GMT\n"
                          "Server: nginx/1.13.12\n\n{\n    \"code\": 20000,\n    \"message\": \"success\"\n}\n```")
            << 200 << QByteArray("GET") << u"http://127.0.0.1:23333/v1/recommendation_video"_s;
        // github.com/httpie/cli/issues/844: HTTPie crashed on the item; nothing was sent.
        QTest::newRow("HTTPie's own traceback is no answer")
            << QByteArray("```\nhttp POST localhost/test_endpoint answer:='[\"Red\",\"Yellow\"]'\n"
                          "Traceback (most recent call last):\n  File \"/usr/bin/http\", line 11, in <module>\n"
                          "    load_entry_point('httpie==0.9.8', 'console_scripts', 'http')()\n"
                          "  File \"/usr/lib/python3/dist-packages/httpie/core.py\", line 210, in main\n"
                          "    parsed_args = parser.parse_args(args=args, env=env)\nAssertionError\n```")
            << 0 << QByteArray("POST") << u"http://localhost/test_endpoint"_s;
        // The real-world set (real-pending/httpie-badstatusline-…): HTTPie reports what the server sent.
        QTest::newRow("HTTPie's report of a broken answer is the answer")
            << QByteArray("$ http localhost:8901 method=foobar params:='[\"\"]'\n\nhttp: error: ConnectionError: "
                          "('Connection aborted.', BadStatusLine('Content-Length: 75\\r\\n')) while doing a POST "
                          "request to URL: http://localhost:8901/\n")
            << -1 << QByteArray("POST") << u"http://localhost:8901"_s;
    }

    void readsWhatHttpiePrintedAsTheAnswer()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        const Result<Capture> capture = CaptureImporter::importText(text, u"paste"_s);
        QVERIFY2(capture, qPrintable(capture.error()));
        const RequestSpec request = status == 0 ? capture->requests.value(0) : capture->exchanges.value(0).request;
        if (status == 0) {
            QVERIFY2(capture->exchanges.isEmpty(), "no answer is read from HTTPie's own error");
        } else if (status < 0) {
            QCOMPARE(capture->exchanges.size(), 1);
            QVERIFY2(!capture->exchanges.first().response, "a transport failure has no response");
            QCOMPARE(capture->exchanges.first().request.body, QByteArray(R"({"method": "foobar", "params": [""]})"));
        } else {
            QCOMPARE(capture->exchanges.size(), 1);
            QVERIFY(capture->exchanges.first().response);
            QCOMPARE(capture->exchanges.first().response->status, status);
        }
        QCOMPARE(request.method, method);
        QCOMPARE(request.url.toString(QUrl::FullyEncoded), url);
    }

    void leavesTextThatIsNoHttpieCommand_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("a dev proxy's log line") << QByteArray("http proxy error: connect ECONNREFUSED 127.0.0.1:3000");
        QTest::newRow("a sentence that starts with http") << QByteArray("http example.org is down since noon");
        QTest::newRow("a curl command") << QByteArray("curl -v http://example.org/");
        QTest::newRow("a comment in an .http file")
            << QByteArray("### the same as: http :8080/items\n# http :8080/items\nGET http://localhost:8080/items\n");
    }

    void leavesTextThatIsNoHttpieCommand()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!HttpieImporter::importText(text, u"paste"_s));
    }
};

QTEST_GUILESS_MAIN(HttpieImportTest)
#include "tst_httpie_import.moc"
