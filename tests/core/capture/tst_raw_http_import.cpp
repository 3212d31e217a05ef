#include "capture/RawHttpImporter.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

// Raw HTTP pasted as text: responses as `curl -i` / `curl -v` print them, requests, exchanges.
class RawHttpImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readsResponsesAsCurlPrintsThem_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("hops");
        const QByteArray nginx502 = "<html>\r\n<head><title>502 Bad "
                                    "Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                    "<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
        QTest::newRow("CRLF with a body")
            << QByteArray(
                   "HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\nContent-Length: "
                   + QByteArray::number(nginx502.size()) + "\r\nConnection: keep-alive\r\n\r\n" + nginx502)
            << 502 << QByteArray("HTTP/1.1") << QByteArray("nginx/1.22.1") << nginx502 << 1;
        QTest::newRow("LF as pasted from a terminal")
            << QByteArray("HTTP/1.1 503 Service Unavailable\nServer: Apache\nRetry-After: 30\n\nbusy\n") << 503
            << QByteArray("HTTP/1.1") << QByteArray("Apache") << QByteArray("busy\n") << 1;
        QTest::newRow("HTTP/2 status line curl prints")
            << QByteArray("HTTP/2 504 \r\nserver: cloudflare\r\ncontent-length: 0\r\n\r\n") << 504
            << QByteArray("HTTP/2") << QByteArray("cloudflare") << QByteArray() << 1;
        QTest::newRow("headers only, no blank line")
            << QByteArray("HTTP/1.0 500 Internal Server Error\nServer: gunicorn") << 500 << QByteArray("HTTP/1.0")
            << QByteArray("gunicorn") << QByteArray() << 1;
        QTest::newRow("curl -i -L: redirect then the answer")
            << QByteArray(
                   "HTTP/1.1 301 Moved Permanently\r\nLocation: https://b.example/new\r\nContent-Length: 0\r\n\r\n"
                   "HTTP/2 502 \r\nserver: awselb/2.0\r\ncontent-length: 5\r\n\r\nerror")
            << 502 << QByteArray("HTTP/2") << QByteArray("awselb/2.0") << QByteArray("error") << 2;
        QTest::newRow("through a proxy tunnel")
            << QByteArray("HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 503 Service Unavailable\r\nServer: "
                          "squid/5.7\r\n\r\nsorry")
            << 503 << QByteArray("HTTP/1.1") << QByteArray("squid/5.7") << QByteArray("sorry") << 1;
        QTest::newRow("chunked as on the wire")
            << QByteArray("HTTP/1.1 500 Oops\r\nServer: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n "
                          "world\r\n0\r\n\r\n")
            << 500 << QByteArray("HTTP/1.1") << QByteArray("x") << QByteArray("hello world") << 1;
        QTest::newRow("chunked already decoded by curl")
            << QByteArray("HTTP/1.1 500 Oops\r\nServer: x\r\nTransfer-Encoding: chunked\r\n\r\nhello world") << 500
            << QByteArray("HTTP/1.1") << QByteArray("x") << QByteArray("hello world") << 1;
        QTest::newRow("curl -v output") << QByteArray(
            "*   Trying 127.0.0.1:8080...\n* Connected to localhost (127.0.0.1) port 8080\n> GET /api HTTP/1.1\n"
            "> Host: localhost:8080\n> User-Agent: curl/7.88.1\n> Accept: */*\n> \n< HTTP/1.1 502 Bad Gateway\n"
            "< Server: nginx/1.22.1\n< Content-Length: 3\n< \n{ [3 bytes data]\nbad\n* Connection #0 to host localhost "
            "left intact\n") << 502 << QByteArray("HTTP/1.1")
                                        << QByteArray("nginx/1.22.1") << QByteArray("bad") << 1;
    }

    void readsResponsesAsCurlPrintsThem()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, status);
        QFETCH(QByteArray, version);
        QFETCH(QByteArray, server);
        QFETCH(QByteArray, body);
        QFETCH(int, hops);
        const auto capture = RawHttpImporter::importResponse(text, u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->exchanges.size(), hops);
        const Exchange &last = capture->exchanges.last();
        QCOMPARE(last.source, Exchange::Source::Recorded);
        QCOMPARE(last.transport.outcome, Outcome::Ok);
        QVERIFY(last.response.has_value());
        QCOMPARE(last.response->status, status);
        QCOMPARE(last.response->httpVersion, version);
        QCOMPARE(headerValue(last.response->headers, "server"), server);
        QCOMPARE(last.response->body, body);
        QCOMPARE(last.redirectHop, hops - 1);
    }

    static QByteArray readData(const QString &name)
    {
        QFile file(QFINDTESTDATA(u"data/"_s + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("test data %s is missing", qPrintable(name));
        return file.readAll();
    }

    // What curl, wget and the terminal really print, read as the tool meant it. The h1-curl-* and
    // h1-wget-* files are the unedited output of curl 7.88.1 and GNU Wget 1.21.3 (Debian 12) run
    // against a local test server that answers /old with a 301 to /new and anything else with a 502.
    void readsToolOutputAsMeant_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url"); // of the last hop
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("hops");
        const QByteArray json502 = "{\"error\":\"upstream timed out\",\"code\":502}";
        // A body without a final newline runs into curl's next note on the terminal; the TLS notes
        // tell that the request went over https.
        QTest::newRow("curl -v: body glued to '* Connection #0 …'")
            << QByteArray("*   Trying 203.0.113.10:443...\n* Connected to api.example.com (203.0.113.10) port 443\n* "
                          "ALPN: curl offers h2,http/1.1\n"
                          "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n* using HTTP/2\n> GET /v1/orders "
                          "HTTP/2\n> Host: api.example.com\n"
                          "> User-Agent: curl/8.5.0\n> Accept: */*\n> \n< HTTP/2 502 \n< server: awselb/2.0\n< "
                          "content-type: application/json\n"
                          "< content-length: 31\n< \n{\"message\":\"Bad Gateway\",\"x\":1}* Connection #0 to host "
                          "api.example.com left intact\n")
            << QByteArray("GET") << u"https://api.example.com/v1/orders"_s << 502
            << QByteArray("{\"message\":\"Bad Gateway\",\"x\":1}") << 1;
        // Only the "> " and "< " lines copied (fifth curl set): a request line in HTTP/2 went over TLS.
        QTest::newRow("curl -v without its notes, HTTP/2: https")
            << QByteArray("> GET /vk_auth.php?top= HTTP/2\n> Host: hayqbhgr.example\n> Accept: */*\n> \n< HTTP/2 "
                          "502 \n< content-type: text/plain\n< content-length: 11\n< \nBad Gateway")
            << QByteArray("GET") << u"https://hayqbhgr.example/vk_auth.php?top="_s << 502 << QByteArray("Bad Gateway")
            << 1;
        QTest::newRow("curl -v -L: the redirect is a hop") << readData(u"h1-curl-v-L.txt"_s) << QByteArray("GET")
                                                           << u"http://127.0.0.1:18931/new"_s << 502 << json502 << 2;
        // curl -v shows "} [7 bytes data]" instead of the body it sent.
        QTest::newRow("curl -v -d: the unseen request body")
            << readData(u"h1-curl-v-post.txt"_s) << QByteArray("POST") << u"http://127.0.0.1:18931/api/post"_s << 502
            << json502 << 1;
        QTest::newRow("curl --trace-ascii -") << readData(u"h1-curl-trace-ascii.txt"_s) << QByteArray("GET")
                                              << u"http://127.0.0.1:18931/api/items"_s << 502 << json502 << 1;
        QTest::newRow("curl --trace - of a POST") << readData(u"h1-curl-trace-post.txt"_s) << QByteArray("POST")
                                                  << u"http://127.0.0.1:18931/api/post"_s << 502 << json502 << 1;
        QTest::newRow("curl --trace-ascii --trace-time -L")
            << readData(u"h1-curl-trace-ascii-time-L.txt"_s) << QByteArray("GET") << u"http://127.0.0.1:18931/new"_s
            << 502 << json502 << 2;
        QTest::newRow("wget -S: redirect then 502") << readData(u"h1-wget-S-redirect.txt"_s) << QByteArray("GET")
                                                    << u"http://127.0.0.1:18931/new"_s << 502 << QByteArray() << 2;
        QTest::newRow("wget without -S: the status only")
            << readData(u"h1-wget-no-S.txt"_s) << QByteArray("GET") << u"http://127.0.0.1:18931/api"_s << 502
            << QByteArray() << 1;
        QTest::newRow("indented as a Markdown code block")
            << QByteArray("    HTTP/1.1 502 Bad Gateway\n    Server: nginx/1.24.0\n    Content-Type: text/html\n    "
                          "Content-Length: 11\n  \n    bad gateway\n")
            << QByteArray() << QString() << 502 << QByteArray("bad gateway") << 1;
        QTest::newRow("only the '< ' lines of curl -v")
            << QByteArray("< HTTP/2 503 \n< server: envoy\n< content-length: 19\n< \nno healthy upstream")
            << QByteArray() << QString() << 503 << QByteArray("no healthy upstream") << 1;
        // Not a terminal (curl -i URL > file 2>&1): the progress meter comes along.
        QTest::newRow("curl -i with its progress meter")
            << readData(u"h1-curl-i-progress-meter.txt"_s) << QByteArray() << QString() << 502 << json502 << 1;
        // zsh shows a "%" where output ends without a newline; a copy of the terminal keeps it.
        // Envoy's 503 body has no final newline.
        QTest::newRow("zsh '%' after a body with Content-Length")
            << QByteArray(
                   "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 91\r\ncontent-type: text/plain\r\nserver: "
                   "envoy\r\n\r\n"
                   "upstream connect error or disconnect/reset before headers. reset reason: connection failure%\n")
            << QByteArray() << QString() << 503
            << QByteArray("upstream connect error or disconnect/reset before headers. reset reason: connection failure")
            << 1;
        QTest::newRow("zsh '%' after JSON without a length")
            << QByteArray("HTTP/2 502 \r\ncontent-type: application/json\r\n\r\n{\"error\":\"bad gateway\"}%\n")
            << QByteArray() << QString() << 502 << QByteArray("{\"error\":\"bad gateway\"}") << 1;
        QTest::newRow("$ curl -I: a HEAD answer with a length and no body") << QByteArray(
            "$ curl -I https://shop.example.com/\nHTTP/2 504 \r\nserver: cloudflare\r\ncontent-type: text/html\r\n"
            "content-length: 4567\r\ncf-ray: 7d1f2c3b4a5e6f70-FRA\r\n\r\n") << QByteArray("HEAD")
                                                                            << u"https://shop.example.com/"_s << 504
                                                                            << QByteArray() << 1;
        QTest::newRow("a command continued over lines above the response")
            << QByteArray("ann@box:~$ curl -si -X POST \\\n  -H 'Content-Type: application/json' \\\n  "
                          "https://api.example.com/v1/pay\n"
                          "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 2\r\n\r\n{}")
            << QByteArray("POST") << u"https://api.example.com/v1/pay"_s << 500 << QByteArray("{}") << 1;
        // starship / pure end their prompt with "❯", oh-my-zsh starts it with "➜": the paste is the
        // command and what it printed, not a command to send.
        QTest::newRow("starship prompt '❯ curl … -ki' above the response")
            << QByteArray("\xE2\x9D\xAF curl https://api.example.com/x -ki\nHTTP/2 502 \nserver: "
                          "envoy\ncontent-length: 19\n\nno healthy upstream")
            << QByteArray("GET") << u"https://api.example.com/x"_s << 502 << QByteArray("no healthy upstream") << 1;
        QTest::newRow("oh-my-zsh prompt '➜  ~ curl -ki' above the response")
            << QByteArray("\xE2\x9E\x9C  ~ curl -ki https://api.example.com/x\nHTTP/1.1 503 Service "
                          "Unavailable\nServer: nginx\nContent-Length: 0\n\n")
            << QByteArray("GET") << u"https://api.example.com/x"_s << 503 << QByteArray() << 1;
    }

    void readsToolOutputAsMeant()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, hops);
        QVERIFY2(RawHttpImporter::looksLikeResponse(text) || RawHttpImporter::looksLikeCurlVerbose(text)
                     || RawHttpImporter::looksLikeCurlTrace(text) || RawHttpImporter::looksLikeWgetOutput(text),
                 "the text is recognised as a response");
        const auto capture = RawHttpImporter::importResponse(text, u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        for (const QString &warning : capture->warnings)
            QVERIFY2(!warning.contains(u"http or https"), qPrintable(warning));
        QCOMPARE(capture->exchanges.size(), hops);
        const Exchange &last = capture->exchanges.last();
        QCOMPARE(last.request.method, method);
        QCOMPARE(last.request.url.toString(), url);
        QCOMPARE(last.response->status, status);
        QCOMPARE(last.response->body, body);
        QCOMPARE(last.redirectHop, hops - 1);
        if (hasHeader(last.request.headers, "content-length"))
            QCOMPARE(headerValue(last.request.headers, "content-length").toLongLong(), last.request.body.size());
        QStringList kinds;
        for (const WireAnomaly &anomaly : last.anomalies)
            kinds.append(anomaly.kind);
        QVERIFY2(kinds.isEmpty(), qPrintable(kinds.join(u", ")));
    }

    // curl -sv -p -x through a proxy: the answer to CONNECT is not the request's answer, but the
    // exchange keeps the note that it went through a tunnel, as the same text from curl -i does.
    void keepsTheProxyTunnelOfCurlVerbose()
    {
        const auto capture = RawHttpImporter::importResponse(readData(u"h1-curl-v-proxy-tunnel.txt"_s), u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->exchanges.size(), 1);
        const Exchange &exchange = capture->exchanges.first();
        QCOMPARE(exchange.request.method, QByteArray("GET"));
        QCOMPARE(exchange.request.url.toString(), u"http://127.0.0.1:18931/api/x"_s);
        QCOMPARE(exchange.response->status, 502);
        QVERIFY2(exchange.comment.contains(u"tunnel"), qPrintable(exchange.comment));
    }

    // curl's own report of a failure without any response (curl -sv, or "curl: (52) …" under the
    // command) is a recorded exchange that ended that way, not text to refuse or a command to send.
    void readsCurlFailuresAsTransportOutcomes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("phase");
        QTest::newRow("refused") << readData(u"h1-curl-v-refused.txt"_s) << QString() << u"refused"_s << u"connect"_s;
        QTest::newRow("empty reply") << readData(u"h1-curl-v-empty-reply.txt"_s) << u"http://127.0.0.1:18941/api"_s
                                     << u"closed-early"_s << u"wait"_s;
        QTest::newRow("reset") << readData(u"h1-curl-v-reset.txt"_s) << u"http://127.0.0.1:18942/api"_s << u"reset"_s
                               << u"wait"_s;
        QTest::newRow("timeout (-m 1)") << readData(u"h1-curl-v-timeout.txt"_s) << u"http://127.0.0.1:18943/api"_s
                                        << u"timeout"_s << u"wait"_s;
        QTest::newRow("host not found") << readData(u"h1-curl-v-dns.txt"_s) << QString() << u"dns-failure"_s
                                        << u"dns"_s;
        QTest::newRow("curl -sS: the error line under the command")
            << QByteArray("$ curl -sS http://127.0.0.1:18941/api\ncurl: (52) Empty reply from server\n")
            << u"http://127.0.0.1:18941/api"_s << u"closed-early"_s << u"wait"_s;
    }

    void readsCurlFailuresAsTransportOutcomes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, url);
        QFETCH(QString, outcome);
        QFETCH(QString, phase);
        QVERIFY2(RawHttpImporter::looksLikeCurlFailure(text), "the text is recognised as curl's failure report");
        const auto capture = RawHttpImporter::importResponse(text, u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->exchanges.size(), 1);
        const Exchange &exchange = capture->exchanges.first();
        QCOMPARE(exchange.source, Exchange::Source::Recorded);
        QVERIFY(!exchange.response.has_value());
        QCOMPARE(outcomeId(exchange.transport.outcome), outcome);
        QCOMPARE(phaseId(exchange.transport.phase), phase);
        QCOMPARE(exchange.request.url.toString(), url);
        QVERIFY(!exchange.transport.detail.isEmpty());
    }

    // curl's error after a response began ("curl: (18) transfer closed …"): the exchange ended
    // early, and the error line is not part of the body.
    void readsCurlErrorsAfterAResponse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("on the terminal, glued to the body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartialcurl: (18) transfer closed with 93 "
                          "bytes remaining to read\n")
            << u"closed-early"_s << QByteArray("partial");
        QTest::newRow("in a file, before the response")
            << readData(u"h1-curl-i-transfer-closed.txt"_s) << u"closed-early"_s << QByteArray("partial");
        QTest::newRow("HTTP/2 stream reset")
            << QByteArray("HTTP/2 200 \r\ncontent-type: text/plain\r\n\r\nhalfcurl: (92) HTTP/2 stream 1 was not "
                          "closed cleanly: INTERNAL_ERROR (err 2)\n")
            << u"reset"_s << QByteArray("half");
    }

    void readsCurlErrorsAfterAResponse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, outcome);
        QFETCH(QByteArray, body);
        QVERIFY(RawHttpImporter::looksLikeResponse(text));
        const auto capture = RawHttpImporter::importResponse(text, u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->exchanges.size(), 1);
        const Exchange &exchange = capture->exchanges.first();
        QCOMPARE(exchange.response->status, 200);
        QCOMPARE(exchange.response->body, body);
        QCOMPARE(outcomeId(exchange.transport.outcome), outcome);
        QCOMPARE(phaseId(exchange.transport.phase), u"download"_s);
        QVERIFY2(exchange.transport.detail.contains(u"closed"), qPrintable(exchange.transport.detail));
    }

    void neverCrashesOnTruncatedToolOutput_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file :
             { u"h1-curl-v-L.txt"_s, u"h1-curl-trace-ascii.txt"_s, u"h1-curl-trace-post.txt"_s,
               u"h1-curl-trace-ascii-time-L.txt"_s, u"h1-wget-S-redirect.txt"_s, u"h1-wget-no-S.txt"_s,
               u"h1-curl-v-proxy-tunnel.txt"_s, u"h1-curl-v-post.txt"_s, u"h1-curl-v-empty-reply.txt"_s,
               u"h1-curl-v-timeout.txt"_s, u"h1-curl-i-progress-meter.txt"_s, u"h1-curl-i-transfer-closed.txt"_s })
            QTest::newRow(qPrintable(file)) << file;
    }

    void neverCrashesOnTruncatedToolOutput()
    {
        QFETCH(QString, file);
        const QByteArray text = readData(file);
        for (qsizetype cut = 0; cut <= text.size(); ++cut) {
            const auto capture = RawHttpImporter::importResponse(QByteArrayView(text).first(cut), u"cut"_s);
            if (!capture.ok())
                QVERIFY2(capture.error().contains(u"line "), qPrintable(capture.error()));
        }
    }

    void followsRedirectLocationsAcrossHops()
    {
        const auto capture = RawHttpImporter::importRequest(
            "GET /old HTTP/1.1\r\nHost: a.example\r\n\r\n"
            "HTTP/1.1 302 Found\r\nLocation: /new\r\n\r\nHTTP/1.1 500 Internal Server Error\r\n\r\n",
            u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->exchanges.size(), 2);
        QCOMPARE(capture->exchanges.at(1).request.url.toString(), u"http://a.example/new"_s);
    }

    void joinsFoldedRequestHeadersWithoutLeadingSpace()
    {
        // Fuzz finding corpus/rawhttp/regression-folded-header-value-leading-space.http: a value
        // whose first line is empty starts at the fold; a form feed is part of a value.
        const auto capture = RawHttpImporter::importRequest(
            "GET / HTTP/1.1\nHost: h\nAccept: \n */*\nX-Two: a\n\tb\nX-Feed: \f1\n\n", u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QVERIFY(!capture->requests.isEmpty());
        const HeaderList headers = capture->requests.first().headers;
        QCOMPARE(headerValue(headers, "accept"), QByteArray("*/*"));
        QCOMPARE(headerValue(headers, "x-two"), QByteArray("a b"));
        QCOMPARE(headerValue(headers, "x-feed"), QByteArray("\f1"));
    }

    void keepsInterimResponsesAndMarksOddHeaderLines()
    {
        const auto capture = RawHttpImporter::importResponse(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 502 Bad Gateway\r\nServer: x\r\nthis is not a header\r\n"
            "X-Folded: a\r\n  b\r\nContent-Length: 2\r\n\r\nokEXTRA",
            u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        const Exchange &exchange = capture->exchanges.first();
        QCOMPARE(exchange.response->interim.size(), 1);
        QCOMPARE(exchange.response->interim.first().status, 100);
        QStringList kinds;
        for (const WireAnomaly &anomaly : exchange.anomalies)
            kinds.append(anomaly.kind);
        QVERIFY2(kinds.contains(u"bad-header-line"_s) && kinds.contains(u"obsolete-line-folding"_s)
                     && kinds.contains(u"bytes-after-message"_s) && kinds.contains(u"interim-response"_s),
                 qPrintable(kinds.join(u", ")));
        QCOMPARE(headerValue(exchange.response->headers, "x-folded"), QByteArray("a b"));
        QCOMPARE(exchange.response->body, QByteArray("ok"));
    }

    void readsRequestsIntoUrls_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("origin form with Host")
            << QByteArray("POST /api/items?x=1 HTTP/1.1\r\nHost: shop.example:443\r\nContent-Type: "
                          "application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}")
            << QByteArray("POST") << u"https://shop.example:443/api/items?x=1"_s << QByteArray("{\"a\":1}");
        QTest::newRow("absolute form") << QByteArray("GET http://proxy.example/x HTTP/1.1\nHost: ignored.example\n\n")
                                       << QByteArray("GET") << u"http://proxy.example/x"_s << QByteArray();
        QTest::newRow("HTTP/2 pseudo-headers") << QByteArray(
            "GET / HTTP/2\n:method: DELETE\n:scheme: https\n:authority: api.example\n:path: /v1/x\naccept: */*\n\n")
                                               << QByteArray("DELETE") << u"https://api.example/v1/x"_s << QByteArray();
        QTest::newRow("body without length") << QByteArray("PUT /f HTTP/1.1\nHost: h\n\nline1\nline2\n")
                                             << QByteArray("PUT") << u"http://h/f"_s << QByteArray("line1\nline2");
        // Chrome DevTools, Request Headers with "Raw" on, for an HTTP/2 request: no request line.
        QTest::newRow("Chrome's raw HTTP/2 request headers") << QByteArray(
            ":authority: api.example.com\n:method: POST\n:path: /v1/orders?limit=20\n:scheme: https\naccept: "
            "application/json, text/plain, */*\n"
            "content-length: 7\ncontent-type: application/json\norigin: https://app.example.com\npriority: u=1, i\n")
                                                             << QByteArray("POST")
                                                             << u"https://api.example.com/v1/orders?limit=20"_s
                                                             << QByteArray();
        QTest::newRow("indented alike") << QByteArray("\tGET /v1/x HTTP/1.1\n\tHost: api.example\n\n")
                                        << QByteArray("GET") << u"http://api.example/v1/x"_s << QByteArray();
        QTest::newRow("a Content-Length the body has not got")
            << QByteArray("POST /api HTTP/1.1\r\nHost: h\r\nContent-Length: 120\r\n\r\n{\"a\":") << QByteArray("POST")
            << u"http://h/api"_s << QByteArray("{\"a\":");
    }

    void readsRequestsIntoUrls()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, body);
        const auto capture = RawHttpImporter::importRequest(text, u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        const RequestSpec &request = capture->requests.first();
        QCOMPARE(request.method, method);
        QCOMPARE(request.url.toString(), url);
        QCOMPARE(request.body, body);
        QVERIFY2(!hasHeader(request.headers, ":authority"), "pseudo-headers are not kept as header fields");
        // Sent again, a Content-Length that the body does not match would leave the server waiting.
        if (hasHeader(request.headers, "content-length"))
            QCOMPARE(headerValue(request.headers, "content-length").toLongLong(), request.body.size());
    }

    void pairsARequestWithTheResponseThatFollows()
    {
        const auto capture = RawHttpImporter::importRequest(
            "GET /health HTTP/1.1\r\nHost: svc.local\r\n\r\nHTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\n\r\n",
            u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->exchanges.size(), 1);
        QCOMPARE(capture->exchanges.first().request.url.toString(), u"http://svc.local/health"_s);
        QCOMPARE(capture->exchanges.first().response->status, 503);
    }

    void namesTheLineOfWhatCannotBeRead_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("request");
        QTest::addColumn<QString>("place");
        QTest::newRow("request without Host")
            << QByteArray("\nGET /x HTTP/1.1\nAccept: */*\n\n") << true << u"line 2"_s;
        QTest::newRow("not a status line") << QByteArray("HTTP/1.1 OK\r\n\r\n") << false << u"line 1"_s;
        QTest::newRow("interim without a final one")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\n") << false << u"line 1"_s;
    }

    void namesTheLineOfWhatCannotBeRead()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, request);
        QFETCH(QString, place);
        const auto capture = request ? RawHttpImporter::importRequest(text, u"paste"_s)
                                     : RawHttpImporter::importResponse(text, u"paste"_s);
        QVERIFY(!capture.ok());
        QCOMPARE(capture.errorCode(), Error::Code::Malformed);
        QVERIFY2(capture.error().startsWith(u"paste: ") && capture.error().contains(place),
                 qPrintable(capture.error()));
    }

    void neverCrashesOnTruncatedOrRandomInput()
    {
        const QByteArray exchange = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nbodyHTTP/1.1 100 "
                                    "Continue\r\n\r\nHTTP/1.1 502 Bad Gateway\r\n"
                                    "Transfer-Encoding: chunked\r\n\r\n4\r\nbad!\r\n0\r\n\r\n";
        for (qsizetype cut = 0; cut <= exchange.size(); ++cut) {
            const QByteArrayView part = QByteArrayView(exchange).first(cut);
            for (bool asRequest : { true, false }) {
                const auto capture = asRequest ? RawHttpImporter::importRequest(part, u"cut"_s)
                                               : RawHttpImporter::importResponse(part, u"cut"_s);
                if (!capture.ok())
                    QVERIFY2(capture.error().contains(u"line "), qPrintable(capture.error()));
            }
        }
        QRandomGenerator random(99);
        for (int round = 0; round < 500; ++round) {
            QByteArray noise = round % 2 ? "HTTP/1.1 5" : "GET / HTTP/1.1\n";
            for (int i = random.bounded(300); i > 0; --i)
                noise += char(random.bounded(256));
            const auto response = RawHttpImporter::importResponse(noise, u"noise"_s);
            const auto request = RawHttpImporter::importRequest(noise, u"noise"_s);
            if (!response.ok())
                QVERIFY2(response.error().contains(u"line "), qPrintable(response.error()));
            if (!request.ok())
                QVERIFY2(request.error().contains(u"line "), qPrintable(request.error()));
        }
    }
};

QTEST_GUILESS_MAIN(RawHttpImportTest)
#include "tst_raw_http_import.moc"
