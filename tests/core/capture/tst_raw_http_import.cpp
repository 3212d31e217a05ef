#include "RawHttpImporter.h"

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
        const QByteArray nginx502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                    "<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
        QTest::newRow("CRLF with a body") << QByteArray("HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\nContent-Length: "
                                                        + QByteArray::number(nginx502.size()) + "\r\nConnection: keep-alive\r\n\r\n" + nginx502)
                                          << 502 << QByteArray("HTTP/1.1") << QByteArray("nginx/1.22.1") << nginx502 << 1;
        QTest::newRow("LF as pasted from a terminal") << QByteArray("HTTP/1.1 503 Service Unavailable\nServer: Apache\nRetry-After: 30\n\nbusy\n")
                                                      << 503 << QByteArray("HTTP/1.1") << QByteArray("Apache") << QByteArray("busy\n") << 1;
        QTest::newRow("HTTP/2 status line curl prints") << QByteArray("HTTP/2 504 \r\nserver: cloudflare\r\ncontent-length: 0\r\n\r\n")
                                                        << 504 << QByteArray("HTTP/2") << QByteArray("cloudflare") << QByteArray() << 1;
        QTest::newRow("headers only, no blank line") << QByteArray("HTTP/1.0 500 Internal Server Error\nServer: gunicorn")
                                                     << 500 << QByteArray("HTTP/1.0") << QByteArray("gunicorn") << QByteArray() << 1;
        QTest::newRow("curl -i -L: redirect then the answer") << QByteArray("HTTP/1.1 301 Moved Permanently\r\nLocation: https://b.example/new\r\nContent-Length: 0\r\n\r\n"
                                                                              "HTTP/2 502 \r\nserver: awselb/2.0\r\ncontent-length: 5\r\n\r\nerror")
                                                              << 502 << QByteArray("HTTP/2") << QByteArray("awselb/2.0") << QByteArray("error") << 2;
        QTest::newRow("through a proxy tunnel") << QByteArray("HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 503 Service Unavailable\r\nServer: squid/5.7\r\n\r\nsorry")
                                                << 503 << QByteArray("HTTP/1.1") << QByteArray("squid/5.7") << QByteArray("sorry") << 1;
        QTest::newRow("chunked as on the wire") << QByteArray("HTTP/1.1 500 Oops\r\nServer: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
                                                << 500 << QByteArray("HTTP/1.1") << QByteArray("x") << QByteArray("hello world") << 1;
        QTest::newRow("chunked already decoded by curl") << QByteArray("HTTP/1.1 500 Oops\r\nServer: x\r\nTransfer-Encoding: chunked\r\n\r\nhello world")
                                                         << 500 << QByteArray("HTTP/1.1") << QByteArray("x") << QByteArray("hello world") << 1;
        QTest::newRow("curl -v output") << QByteArray("*   Trying 127.0.0.1:8080...\n* Connected to localhost (127.0.0.1) port 8080\n> GET /api HTTP/1.1\n"
                                                      "> Host: localhost:8080\n> User-Agent: curl/7.88.1\n> Accept: */*\n> \n< HTTP/1.1 502 Bad Gateway\n"
                                                      "< Server: nginx/1.22.1\n< Content-Length: 3\n< \n{ [3 bytes data]\nbad\n* Connection #0 to host localhost left intact\n")
                                        << 502 << QByteArray("HTTP/1.1") << QByteArray("nginx/1.22.1") << QByteArray("bad") << 1;
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

    void followsRedirectLocationsAcrossHops()
    {
        const auto capture = RawHttpImporter::importRequest("GET /old HTTP/1.1\r\nHost: a.example\r\n\r\n"
                                                            "HTTP/1.1 302 Found\r\nLocation: /new\r\n\r\nHTTP/1.1 500 Internal Server Error\r\n\r\n",
                                                            u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->exchanges.size(), 2);
        QCOMPARE(capture->exchanges.at(1).request.url.toString(), u"http://a.example/new"_s);
    }

    void keepsInterimResponsesAndMarksOddHeaderLines()
    {
        const auto capture = RawHttpImporter::importResponse("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 502 Bad Gateway\r\nServer: x\r\nthis is not a header\r\n"
                                                             "X-Folded: a\r\n  b\r\nContent-Length: 2\r\n\r\nokEXTRA", u"paste"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        const Exchange &exchange = capture->exchanges.first();
        QCOMPARE(exchange.response->interim.size(), 1);
        QCOMPARE(exchange.response->interim.first().status, 100);
        QStringList kinds;
        for (const WireAnomaly &anomaly : exchange.anomalies)
            kinds.append(anomaly.kind);
        QVERIFY2(kinds.contains(u"bad-header-line"_s) && kinds.contains(u"obsolete-line-folding"_s) && kinds.contains(u"bytes-after-message"_s)
                     && kinds.contains(u"interim-response"_s),
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
        QTest::newRow("origin form with Host") << QByteArray("POST /api/items?x=1 HTTP/1.1\r\nHost: shop.example:443\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}")
                                               << QByteArray("POST") << u"https://shop.example:443/api/items?x=1"_s << QByteArray("{\"a\":1}");
        QTest::newRow("absolute form")         << QByteArray("GET http://proxy.example/x HTTP/1.1\nHost: ignored.example\n\n")
                                               << QByteArray("GET") << u"http://proxy.example/x"_s << QByteArray();
        QTest::newRow("HTTP/2 pseudo-headers") << QByteArray("GET / HTTP/2\n:method: DELETE\n:scheme: https\n:authority: api.example\n:path: /v1/x\naccept: */*\n\n")
                                               << QByteArray("DELETE") << u"https://api.example/v1/x"_s << QByteArray();
        QTest::newRow("body without length")   << QByteArray("PUT /f HTTP/1.1\nHost: h\n\nline1\nline2\n")
                                               << QByteArray("PUT") << u"http://h/f"_s << QByteArray("line1\nline2");
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
    }

    void pairsARequestWithTheResponseThatFollows()
    {
        const auto capture = RawHttpImporter::importRequest("GET /health HTTP/1.1\r\nHost: svc.local\r\n\r\nHTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\n\r\n",
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
        QTest::newRow("request without Host")        << QByteArray("\nGET /x HTTP/1.1\nAccept: */*\n\n") << true << u"line 2"_s;
        QTest::newRow("not a status line")           << QByteArray("HTTP/1.1 OK\r\n\r\n") << false << u"line 1"_s;
        QTest::newRow("interim without a final one") << QByteArray("HTTP/1.1 100 Continue\r\n\r\n") << false << u"line 1"_s;
    }

    void namesTheLineOfWhatCannotBeRead()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, request);
        QFETCH(QString, place);
        const auto capture = request ? RawHttpImporter::importRequest(text, u"paste"_s) : RawHttpImporter::importResponse(text, u"paste"_s);
        QVERIFY(!capture.ok());
        QVERIFY2(capture.error().startsWith(u"paste: ") && capture.error().contains(place), qPrintable(capture.error()));
    }

    void neverCrashesOnTruncatedOrRandomInput()
    {
        const QByteArray exchange = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nbodyHTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 502 Bad Gateway\r\n"
                                    "Transfer-Encoding: chunked\r\n\r\n4\r\nbad!\r\n0\r\n\r\n";
        for (qsizetype cut = 0; cut <= exchange.size(); ++cut) {
            const QByteArrayView part = QByteArrayView(exchange).first(cut);
            for (bool asRequest : {true, false}) {
                const auto capture = asRequest ? RawHttpImporter::importRequest(part, u"cut"_s) : RawHttpImporter::importResponse(part, u"cut"_s);
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
