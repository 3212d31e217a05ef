#include "capture/CaptureImporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

// CaptureImporter: telling the kinds of input apart, and what files it refuses.
class CaptureImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void detectsTheKindOfInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("kind");
        QTest::newRow("HAR") << QByteArray("  {\"log\":{\"entries\":[]}}") << u"har"_s;
        QTest::newRow("curl line") << QByteArray("curl -sS https://h/x") << u"curl"_s;
        QTest::newRow("curl after a prompt") << QByteArray("$ curl https://h/x") << u"curl"_s;
        QTest::newRow("curl for cmd") << QByteArray("curl ^\"https://h/x^\" ^\r\n  -H ^\"a: b^\"") << u"curl"_s;
        QTest::newRow("raw response") << QByteArray("\r\nHTTP/1.1 502 Bad Gateway\r\n\r\n") << u"raw-response"_s;
        QTest::newRow("curl -v output") << QByteArray(
            "* Trying 1.2.3.4\n> GET / HTTP/1.1\n> Host: h\n>\n< HTTP/1.1 504 Gateway Timeout\n<\n")
                                        << u"raw-response"_s;
        QTest::newRow("raw request") << QByteArray("GET /x HTTP/1.1\r\nHost: h\r\n\r\n") << u"raw-request"_s;
        QTest::newRow(".http with separators") << QByteArray("### a\nGET https://h/x\n") << u"http-file"_s;
        QTest::newRow(".http with a variable") << QByteArray("@h = x\nGET https://{{h}}/\n") << u"http-file"_s;
        QTest::newRow(".http bare request") << QByteArray("GET https://h/x\nAccept: */*\n") << u"http-file"_s;
        QTest::newRow("curl --trace-ascii dump") << QByteArray(
            "== Info:   Trying 127.0.0.1:8080...\n=> Send header, 41 bytes (0x29)\n0000: GET / HTTP/1.1\n"
            "0010: Host: 127.0.0.1:8080\n0027: \n<= Recv header, 26 bytes (0x1a)\n0000: HTTP/1.1 502 Bad Gateway\n"
            "<= Recv header, 2 bytes (0x2)\n0000: \n")
                                                 << u"raw-response"_s;
        QTest::newRow("wget -S log") << QByteArray(
            "--2026-11-29 02:55:05--  http://127.0.0.1:18931/api\nConnecting to 127.0.0.1:18931... connected.\n"
            "HTTP request sent, awaiting response... \n  HTTP/1.1 502 Bad Gateway\n  Server: envoy\n"
            "2026-11-29 02:55:05 ERROR 502: Bad Gateway.\n")
                                     << u"raw-response"_s;
        QTest::newRow("Chrome raw HTTP/2 request")
            << QByteArray(":authority: h\n:method: GET\n:path: /x\n:scheme: https\naccept: */*\n") << u"raw-request"_s;
        QTest::newRow("curl's error under it")
            << QByteArray("$ curl -sS http://h/api\ncurl: (52) Empty reply from server\n") << u"raw-response"_s;
        QTest::newRow("curl after user@host$") << QByteArray("ann@box:~/src$ curl -sS https://h/x") << u"curl"_s;
        QTest::newRow("Firefox 58 Windows copy")
            << QByteArray("curl \"https://h/x\" --data \"{\"\"a\"\":1}\"") << u"curl"_s;
        // A Markdown heading reads like an .http file's comment (fifth curl set, PagerDuty's docs).
        QTest::newRow("curl in a fence under a Markdown heading")
            << QByteArray("## `curl` command\n```\ncurl --request PUT \\\n  --url https://h/x \\\n  --data '{\n  "
                          "\"a\": 1\n}'\n```\n")
            << u"curl"_s;
        QTest::newRow("curl -v behind a bracketed prompt below prose, no answer yet")
            << QByteArray("From my box:\n[rave@mother ~]$ curl -d 'a=b' https://h/release\n") << u"curl"_s;
    }

    void detectsTheKindOfInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, kind);
        const auto capture = CaptureImporter::importText(text, u"pasted text"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->kind, kind);
        QCOMPARE(capture->name, u"pasted text"_s);
    }

    void refusesWhatIsNotACapture_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("mentions"); // what the message must name besides the input
        QTest::newRow("empty") << QByteArray(" \n ") << Error::Code::Empty << QString();
        QTest::newRow("binary") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\x01\x02\x00", 28) << Error::Code::Binary
                                << u"line 3"_s;
        // HTTPie's own commands are read (tst_httpie_import); xh, its Rust sibling, is not.
        QTest::newRow("xh command") << QByteArray(
            "xh POST https://api.example.com/v1/items name=x Authorization:'Bearer t'")
                                    << Error::Code::Unsupported << u"HTTPie"_s;
    }

    // Every text that is not empty or binary is read as the exchange it describes (issue 13 §2):
    // each row is one general shape of real pastes; the status is where the text states it, and a
    // warning says what was missing.
    void readsEveryTextAsTheExchangeItDescribes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("status"); // -1: no response (a transport failure)
        QTest::addColumn<QString>("outcome"); // outcomeId of the transport
        QTest::addColumn<QString>("header"); // a header that must be read, or empty
        QTest::newRow("rendered page text: status and product on their own lines")
            << QByteArray("502 Bad Gateway\n\nnginx\n") << 502 << u"ok"_s << QString();
        QTest::newRow("rendered page text: reason phrase only (HAProxy)")
            << QByteArray("Service Unavailable\nNo server is available to handle this request.\n") << 503 << u"ok"_s
            << QString();
        QTest::newRow("a 404 page without a status line")
            << QByteArray("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>")
            << 404 << u"ok"_s << QString();
        QTest::newRow("JSON body only, gateway wording (API Gateway)")
            << QByteArray("{\"message\": \"Endpoint request timed out\"}") << 504 << u"ok"_s << QString();
        QTest::newRow("Cloudflare plain body: error code 1016 is the 530 family")
            << QByteArray("error code: 1016") << 530 << u"ok"_s << QString();
        QTest::newRow("python-requests HTTPError")
            << QByteArray("requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: "
                          "https://api.example.com/v1/items\n")
            << 503 << u"ok"_s << QString();
        QTest::newRow("git over HTTP: 'RPC failed; result=22, HTTP code = 502' (realworld set H)")
            << QByteArray("Writing objects: 100% (903/903), 1.33 MiB | 225 KiB/s, done.\n"
                          "error: RPC failed; result=22, HTTP code = 502\nfatal: The remote end hung up unexpectedly\n")
            << 502 << u"ok"_s << QString();
        QTest::newRow("git's 'The requested URL returned error: 502' (realworld set H)")
            << QByteArray("fatal: unable to access 'http://server/Test.git/': The requested URL returned error: 502\n")
            << 502 << u"ok"_s << QString();
        QTest::newRow("Tornado's 599 only reports the proxy's 502 after CONNECT (realworld set H)")
            << QByteArray("error:CurlError('HTTP 599: Received HTTP code 502 from proxy after CONNECT',)\n") << 502
            << u"ok"_s << QString();
        QTest::newRow("Cloudflare's code glued to Chinese prose: '524错误' (realworld set I)")
            << QByteArray("gpt-4慢一点，访问经常返回524错误，是cloudflare的超时，\n") << 524 << u"ok"_s << QString();
        QTest::newRow("Cloudflare's code glued to the word: 'error521 Web server is down' (realworld set I)")
            << QByteArray("测试了一下，会提示error521 Web server is down\n") << 521 << u"ok"_s << QString();
        QTest::newRow("CI console: every line behind the time it was printed (set V)")
            << QByteArray("[15.011s] HttpTestSite warning : StatusCode: 503, ReasonPhrase: 'Service Unavailable', "
                          "Version: 1.1, Headers:\n14:57:24    |   {\n14:57:24    |     Server: Microsoft-HTTPAPI/2.0\n"
                          "14:57:24    |     Connection: close\n14:57:24    |   }\n")
            << 503 << u"ok"_s << u"Server"_s;
        QTest::newRow("GitHub Actions log: ISO times before a raw response")
            << QByteArray("2024-05-01T12:00:00.1234567Z HTTP/1.1 502 Bad Gateway\n"
                          "2024-05-01T12:00:00.1234568Z Server: awselb/2.0\n"
                          "2024-05-01T12:00:00.1234569Z Content-Length: 0\n")
            << 502 << u"ok"_s << u"Server"_s;
        QTest::newRow("Go: 'net/http: TLS handshake timeout' (set W)")
            << QByteArray("https fetch failed: Get https://honnef.co/x?go-get=1: net/http: TLS handshake timeout\n")
            << -1 << u"timeout"_s << QString();
        QTest::newRow("Python on macOS: '[Errno 60] Operation timed out' (set W)")
            << QByteArray("[CRITICAL] error: <urlopen error [Errno 60] Operation timed out>\n") << -1 << u"timeout"_s
            << QString();
        QTest::newRow("PHP/Guzzle: 'cURL error 6: Could not resolve host' (set W)")
            << QByteArray("Error Message :cURL error 6: Could not resolve host: www.googleapis.com\nError Code : 0\n")
            << -1 << u"dns-failure"_s << QString();
        QTest::newRow("git: 'N bytes of body are still expected' is no status (set W)")
            << QByteArray("error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)\n"
                          "error: 491 bytes of body are still expected\nfatal: early EOF\n")
            << -1 << u"reset"_s << QString();
        QTest::newRow("curl -I through a proxy: only the CONNECT answer, then curl (35) (set W)")
            << QByteArray("curl -I https://www.google.com\nHTTP/1.1 200 Connection established\n"
                          "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to www.google.com:443\n")
            << -1 << u"tls-failure"_s << QString();
        QTest::newRow("Postman console: the request line, then its connect error (set W)")
            << QByteArray("GET http://reqres.in/api/users/1\nError: connect ECONNREFUSED 127.0.0.1:8083\n"
                          "Request Headers\nUser-Agent: PostmanRuntime/7.29.0\nAccept: */*\n")
            << -1 << u"refused"_s << QString();
        QTest::newRow("Node fetch (undici): 'SocketError: other side closed' (set X)")
            << QByteArray("Fetch error: TypeError: fetch failed\n    at node:internal/deps/undici/undici:12345:11 {\n"
                          "  cause: SocketError: other side closed\n")
            << -1 << u"closed-early"_s << QString();
        QTest::newRow("a server's error object as JSON is no client outcome (set W)")
            << QByteArray("An error has occurred: {\"code\":\"ECONNREFUSED\",\"errno\":\"ECONNREFUSED\","
                          "\"syscall\":\"connect\"}")
            << 0 << u"ok"_s << QString();
        QTest::newRow("lighttpd's own log line about its backend is no client outcome (set V)")
            << QByteArray("finally it gives 503 responses: `(gw_backend.c.274) establishing connection failed: "
                          "socket: unix:/tmp/php-fastcgi.socket-0: Connection refused`\n")
            << 503 << u"ok"_s << QString();
        QTest::newRow("kubectl: 'Error from server (ServiceUnavailable)' is the API server's 503 (set X)")
            << QByteArray(" kubectl top nodes\nError from server (ServiceUnavailable): the server is currently unable "
                          "to handle the request (get nodes.metrics.k8s.io)\n")
            << 503 << u"ok"_s << QString();
        QTest::newRow(".NET's status name: 'HTTP status code GatewayTimeout' (set Y)")
            << QByteArray("There was an error sending this message to your bot: HTTP status code GatewayTimeout\n")
            << 504 << u"ok"_s << QString();
        QTest::newRow("apt's failed fetch: status, reason and the address (set Y)")
            << QByteArray("Err:5 http://ppa.example/ubuntu focal InRelease\n  502  Bad Gateway [IP: 127.0.0.1 7890]\n")
            << 502 << u"ok"_s << QString();
        QTest::newRow("Apache's 503 sentence without its page (set X)")
            << QByteArray("The server is temporarily unable to service your request due to maintenance downtime or "
                          "capacity problems. Please try again later.\n")
            << 503 << u"ok"_s << QString();
        QTest::newRow("OpenShift router's 503 page rendered, blockquoted (realworld set I)")
            << QByteArray("> Application is not available\n> The application is currently not serving requests at "
                          "this endpoint. It may not have been started or is still starting.\n")
            << 503 << u"ok"_s << QString();
        QTest::newRow("Go reverse proxy's page: 'Proxy error: dial tcp …: connect: connection refused' (LiteFS)")
            << QByteArray("Proxy error: dial tcp 127.0.0.1:8081: connect: connection refused\n") << 502 << u"ok"_s
            << QString();
        QTest::newRow("Go client: 'dial tcp …: connect: connection refused' is the client's refused connect")
            << QByteArray("Get \"http://127.0.0.1:8081/\": dial tcp 127.0.0.1:8081: connect: connection refused\n")
            << -1 << u"refused"_s << QString();
        QTest::newRow("PHP log lines that open with '[' and end with '[]' are no JSON body: cURL error 28")
            << QByteArray("[2021-04-03 01:53:58] BH.WARNING: (Curl) => RETRY: 1 ERROR: cURL error 28: Operation timed "
                          "out after 30000 milliseconds with 0 bytes received ERRNO: 0 [] []\n")
            << -1 << u"timeout"_s << QString();
        QTest::newRow("Korean prose: '522 오류' (realworld set K)")
            << QByteArray("가끔 522 오류가 납니다\n") << 522 << u"ok"_s << QString();
        QTest::newRow("Japanese prose: 'エラー502が表示されます' (realworld set K)")
            << QByteArray("サイトを開くとエラー502が表示されます。\n") << 502 << u"ok"_s << QString();
        QTest::newRow("IIS's stock 500 page localized: '500 - 內部伺服器錯誤。' (realworld set K)")
            << QByteArray("登入後就會出現\n500 - 內部伺服器錯誤。\n您要找的資源有問題，無法顯示。\n") << 500 << u"ok"_s
            << QString();
        QTest::newRow("cloudflared's 'Unable to reach the origin service' is no client's refused connect")
            << QByteArray(
                   "ERR Request failed error=\"Unable to reach the origin service. The service may be down or it "
                   "may not be responding to traffic from cloudflared: dial tcp 127.0.0.1:5244: connect: "
                   "connection refused\" connIndex=1 type=http\n")
            << 502 << u"ok"_s << QString();
        QTest::newRow("an issue template: URLs under Markdown headings and the error in a fence (realworld set K)")
            << QByteArray("#### 部署地址\n\nhttps://example.vercel.app/\n\n#### 实际发生了什么\n\n提示\n```\n504: "
                          "GATEWAY_TIMEOUT\nCode: FUNCTION_INVOCATION_TIMEOUT\n```\n\n#### 部署相关信息\n\n一键部署\n")
            << 504 << u"ok"_s << QString();
        QTest::newRow("Django's production page named in prose: 'Server Error (500)' (realworld set L)")
            << QByteArray("With DEBUG = False all I get is `Server Error (500)` on every page.\n") << 500 << u"ok"_s
            << QString();
        QTest::newRow("Go/Java/Node client: status code N")
            << QByteArray("Error: Request failed with status code 502\n    at createError (node_modules/x.js:16:15)\n")
            << 502 << u"ok"_s << QString();
        QTest::newRow("wget without -S: ERROR 502") << QByteArray(
            "--2024-01-02 10:00:00--  https://h/x\nResolving h... 1.2.3.4\nConnecting to h|1.2.3.4|:443... "
            "connected.\nHTTP request sent, awaiting response... 502 Bad Gateway\n2024-01-02 10:00:01 "
            "ERROR 502: Bad Gateway.\n") << 502 << u"ok"_s
                                                    << QString();
        QTest::newRow("localized wget (zh_CN)") << QByteArray(
            "已发出 HTTP 请求，正在等待回应... 502 Bad Gateway\n2014-05-17 11:26:30 错误 502：Bad Gateway。\n")
                                                << 502 << u"ok"_s << QString();
        QTest::newRow("DevTools copy: Status line and Name: value headers")
            << QByteArray("Request URL: https://h/x\nRequest Method: GET\nStatus Code: 504 Gateway Timeout\n"
                          "Server: awselb/2.0\nContent-Type: text/html\n")
            << 504 << u"ok"_s << u"Server"_s;
        QTest::newRow("blockquoted raw response in an issue reply")
            << QByteArray("> HTTP/1.1 503 Service Unavailable\n> Server: envoy\n> content-length: 19\n>\n> no "
                          "healthy upstream\n")
            << 503 << u"ok"_s << u"Server"_s;
        QTest::newRow("raw response inside an application log")
            << QByteArray("2024-05-01T10:00:00Z ERROR upstream answered:\nHTTP/1.1 502 Bad Gateway\nServer: "
                          "cloudflare\n\nerror code: 502\n")
            << 502 << u"ok"_s << u"Server"_s;
        QTest::newRow("curl (7) after a user@host prompt and a progress meter")
            << QByteArray("user@box:~$ curl http://localhost:3000/\n  % Total    % Received % Xferd  Average Speed   "
                          "Time    Time     Time  Current\n                                 Dload  Upload   Total   "
                          "Spent    Left  Speed\n  0     0    0     0    0     0      0      0 --:--:-- --:--:-- "
                          "--:--:--     0\ncurl: (7) Failed to connect to localhost port 3000: Connection refused\n")
            << -1 << u"refused"_s << QString();
        QTest::newRow("curl (56) reset, blockquoted")
            << QByteArray("> $ curl https://h/x\n> curl: (56) Recv failure: Connection reset by peer\n") << -1
            << u"reset"_s << QString();
        QTest::newRow("curl -v: IPv6 refused, then IPv4 empty reply: the final failure decides")
            << QByteArray("*   Trying [::1]:8892...\n* connect to ::1 port 8892 failed: Connection refused\n*   "
                          "Trying 127.0.0.1:8892...\n* Connected to localhost (127.0.0.1) port 8892\n> GET / "
                          "HTTP/1.1\n> Host: localhost:8892\n>\n* Empty reply from server\n")
            << -1 << u"closed-early"_s << QString();
        QTest::newRow("Node ECONNREFUSED")
            << QByteArray("Error: connect ECONNREFUSED 127.0.0.1:8080\n    at TCPConnectWrap.afterConnect\n") << -1
            << u"refused"_s << QString();
        QTest::newRow("python RemoteDisconnected")
            << QByteArray("http.client.RemoteDisconnected: Remote end closed connection without response\n") << -1
            << u"closed-early"_s << QString();
        QTest::newRow("wget read error") << QByteArray(
            "HTTP request sent, awaiting response... Read error (Connection reset by peer) in headers.\n")
                                         << -1 << u"reset"_s << QString();
        QTest::newRow("a page that says Connection refused is the server's answer, not a client failure")
            << QByteArray("<html><head><title>ERROR: The requested URL could not be retrieved</title></head><body>"
                          "<p>The system returned: (111) Connection refused</p></body></html>")
            << 0 << u"ok"_s << QString();
        QTest::newRow("client crash after the status it reported: the trace is not the body")
            << QByteArray("$ ./client http://localhost:8081/\n500 Internal Server Error\n\npanic: runtime error: index "
                          "out of range\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:41 +0x3a6\n")
            << 500 << u"ok"_s << QString();
        QTest::newRow("curl -v through a CONNECT tunnel that then failed: the tunnel's 200 is not the answer")
            << QByteArray("*   Trying 127.0.0.1:3130...\n> CONNECT h:443 HTTP/1.1\n> Host: h:443\n>\n< HTTP/1.0 200 "
                          "Connection established\n<\n* CONNECT phase completed\n* Recv failure: Connection reset by "
                          "peer\ncurl: (35) Recv failure: Connection reset by peer\n")
            << -1 << u"reset"_s << QString();
        QTest::newRow("a Python traceback ending in requests' HTTPError: the frames are the client's, not the body")
            << QByteArray("Traceback (most recent call last):\n  File \"/app/fetch.py\", line 65, in fetch\n    "
                          "response.raise_for_status()\nrequests.exceptions.HTTPError: 502 Server Error: Bad Gateway "
                          "for url: https://api.example.test/items\n")
            << 502 << u"ok"_s << QString();
        QTest::newRow("a server's access line names the status; its traceback below stays the server's")
            << QByteArray("10.0.0.9 - - [30/Jan/2016 17:51:03] \"POST / HTTP/1.1\" 500 -\nTraceback (most recent call "
                          "last):\n  File \"/srv/main.py\", line 55, in sms\n    txt.append(line.split(None, 1)[0])\n"
                          "IndexError: list index out of range\n")
            << 500 << u"ok"_s << QString();
        QTest::newRow("log lines opening with a time stamp are not header lines")
            << QByteArray("2018-01-23T10:50:51.11-0500 [RTR/0] OUT app.example - [2018-01-23T15:50:50.787+0000] \"GET "
                          "/reddit HTTP/1.1\" 500 0 318 \"-\"\n2018-01-23T10:50:51.09-0500 [APP/PROC/WEB/0] OUT "
                          "java.lang.NullPointerException: null\n")
            << 500 << u"ok"_s << QString();
        QTest::newRow("Chromium's console line: net::ERR_EMPTY_RESPONSE is an answer that never came (set P)")
            << QByteArray("POST http://192.168.137.1:8000/api/product/details net::ERR_EMPTY_RESPONSE\n") << -1
            << u"closed-early"_s << QString();
        QTest::newRow("git's 'curl 92 … was not closed cleanly: CANCEL' is a stream reset mid-body (set P)")
            << QByteArray("error: RPC failed; curl 92 HTTP/2 stream 0 was not closed cleanly: CANCEL (err 8)\n"
                          "error: 8069 bytes of body are still expected\n")
            << -1 << u"reset"_s << QString();
        QTest::newRow("Java's client: 'failed: connect timed out' is its own connect timeout (set P)")
            << QByteArray("    Connect to files.pythonhosted.org:443 [files.pythonhosted.org/151.101.145.55] failed: "
                          "connect timed out\n")
            << -1 << u"timeout"_s << QString();
        QTest::newRow("curl's error 92 with INTERNAL_ERROR: the server reset the stream (set Q)")
            << QByteArray("curl https://www.homes.com/\ncurl: (92) HTTP/2 stream 1 was not closed cleanly: "
                          "INTERNAL_ERROR (err 2)\n")
            << -1 << u"reset"_s << QString();
        QTest::newRow("Go's 'read: connection reset by peer' with the addresses masked (set Q)")
            << QByteArray("Post \"http://xx:9000/mq/order/create\": read tcp xx:37158->xx:9000: read: connection "
                          "reset by peer\n")
            << -1 << u"reset"_s << QString();
        QTest::newRow("Cloudflare's 522 page sentence alone states its status (set Q)")
            << QByteArray("The initial connection between Cloudflare's network and the origin web server timed out. "
                          "As a result, the web page can not be displayed.\n")
            << 522 << u"ok"_s << QString();
        QTest::newRow("Cloudflare's 525 page sentence alone states its status (set S)")
            << QByteArray("Cloudflare is unable to establish an SSL connection to the origin server.\nAt GMT 01:40.\n")
            << 525 << u"ok"_s << QString();
        QTest::newRow("Cloudflare's 526 page sentence alone states its status (set S)")
            << QByteArray("I currently faced SSL Cetricate Error :\nThe origin web server does not have a valid SSL "
                          "certificate.\n")
            << 526 << u"ok"_s << QString();
        QTest::newRow("'Response code: 500' above the API's JSON error (set S)")
            << QByteArray("We also encountered the same problem, get bellow error:\nResponse code: 500\n\n{\n  "
                          "\"errors\": [ { \"message\": \"We encountered an internal error.\" } ]\n}\n")
            << 500 << u"ok"_s << QString();
        QTest::newRow("a client's log line with the status and then the page it got (set T)")
            << QByteArray("2020-10-23 06:11:34 DEBUG (MainThread) [tahoma.coordinator] Unknown error while "
                          "requesting https://tahomalink.example/fetch. 503 - <html>\n<head><title>Overkiz</title>"
                          "</head><body>down for maintenance</body></html>\n")
            << 503 << u"ok"_s << QString();
        QTest::newRow("a direct curl -v answering 200, then the 502 through the balancer (set U)")
            << QByteArray("Curl with http returns:\n```\ncurl -kv 10.1.1.1:6670\n*   Trying 10.1.1.1:6670...\n"
                          "> GET / HTTP/1.1\n> Host: 10.1.1.1:6670\n> \n< HTTP/1.1 200 OK\n< Content-Length: 2\n"
                          "< \n```\nWhen curling the domain through the load balancer I get:\n```\nHTTP/2 502 \n"
                          "content-type: text/html; charset=utf-8\n\n<title>Bad Gateway</title>\n```\n")
            << 502 << u"ok"_s << QString();
        QTest::newRow("the ws library's 'unexpected server response (503)' (set S)")
            << QByteArray("remote tip.f.360.cn:80 error: Error: unexpected server response (503)\n") << 503 << u"ok"_s
            << QString();
        QTest::newRow("a status with its words in inline code ('`503 - The backend is unhealthy`', set Q)")
            << QByteArray("The screen crashed today. Got a `503 - The backend is unhealthy` error.\n") << 503 << u"ok"_s
            << QString();
        QTest::newRow("Go's client error for a connection that ended before an answer (EOF)")
            << QByteArray("call xxx failed: Post \"http://localhost:8080\": EOF\n") << -1 << u"closed-early"_s
            << QString();
        QTest::newRow("Cloudflare's 520 title inside a JSON-escaped page in a log line")
            << QByteArray("node_1  | Error : Invalid response : 520 - \"<!DOCTYPE html>\\n<html>\\n<head>\\n<title>"
                          "c.example | 520: Web server is returning an unknown error</title>\\n\n")
            << 520 << u"ok"_s << QString();
        QTest::newRow("Apache's proxy error lines are the gateway's failure, not the client's refused connect")
            << QByteArray(
                   "[Sat Jul 08 17:40:54.742169 2017] [proxy:error] [pid 1081] (111)Connection refused: AH00957: "
                   "HTTP: attempt to connect to 127.0.0.1:8000 (127.0.0.1) failed\n[Sat Jul 08 17:40:54.742228 "
                   "2017] [proxy_http:error] [pid 1081] [client 10.0.2.2:53768] AH01114: HTTP: failed to make "
                   "connection to backend: 127.0.0.1\n")
            << 0 << u"ok"_s << QString();
        QTest::newRow("a web framework's traceback of a refused database: the application's 500, not the client's")
            << QByteArray("Traceback (most recent call last):\n  File \"/venv/lib/python3.10/site-packages/django/db/"
                          "backends/base/base.py\", line 282, in ensure_connection\n    self.connect()\npsycopg2."
                          "OperationalError: could not connect to server: Connection refused\n")
            << 500 << u"ok"_s << QString();
        QTest::newRow("Laravel's production.ERROR of a refused database connection") << QByteArray(
            "[2025-04-22 19:30:51] production.ERROR: SQLSTATE[HY000] [2002] Connection refused (Connection: "
            "mysql, SQL: select 1)\n[stacktrace]\n#0 /app/vendor/laravel/framework/src/Illuminate/"
            "Database/Connection.php(983): Illuminate\\Database\\Connection->runQueryCallback()\n")
                                                                                     << 500 << u"ok"_s << QString();
        QTest::newRow("CloudFront's page text names its status by the documentation page it links") << QByteArray(
            "CloudFront attempted to establish a connection with the origin, but either the attempt failed "
            "or the origin closed the connection.\nFor more information, please refer to the CloudFront "
            "documentation (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/"
            "http-502-bad-gateway.html).\n") << 502 << u"ok"_s << QString();
        QTest::newRow("Django's technical 500 page as rendered text")
            << QByteArray("ProgrammingError at /\nrelation \"config\" does not exist\nRequest Method:\tGET\nDjango "
                          "Version:\t1.11.8\nException Type:\tProgrammingError\n")
            << 500 << u"ok"_s << QString();
        QTest::newRow("Vercel's code inside a JSON-escaped message")
            << QByteArray("API Error ({\"error\":{\"message\":\"An error occurred with your deployment\\n\\n"
                          "FUNCTION_INVOCATION_TIMEOUT\\n\\nfra1::46n92\\n\"}}) · Retrying\n")
            << 504 << u"ok"_s << QString();
        QTest::newRow("Envoy's status, flags and details quoted in prose") << QByteArray(
            "running into error - **_503 UF,URX upstream_reset_before_response_started{connection_failure}_**\n")
                                                                           << 503 << u"ok"_s << QString();
        QTest::newRow("Cloud Run's text for a malformed response or a broken connection is its 503")
            << QByteArray("The request failed because either the HTTP response was malformed or connection to the "
                          "instance had an error.\n")
            << 503 << u"ok"_s << QString();
        QTest::newRow("a log-analytics field table: httpStatus_d | 504")
            << QByteArray("httpStatus_d | 504\n  | httpVersion_s | HTTP/1.1\n  | timeTaken_d | 30.211\n") << 504
            << u"ok"_s << QString();
        QTest::newRow("Vite's proxy error over two lines is the proxy's, not the client's refused connect")
            << QByteArray("18:07:22 [vite] http proxy error at /config_schema:\nError: connect ECONNREFUSED "
                          "127.0.0.1:8100\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1494:16)\n")
            << 0 << u"ok"_s << QString();
        QTest::newRow("a database driver's error is the application's 500, not the client's refused connect")
            << QByteArray("SQLSTATE[HY000] [2002] Connection refused (SQL: select * from `ips` where `ips`.`id` = "
                          "127.0.0.1 limit 1)\nPrevious exceptions\nSQLSTATE[HY000] [2002] Connection refused (2002)\n")
            << 500 << u"ok"_s << QString();
        QTest::newRow("a status in a sentence about what came back")
            << QByteArray("we run the server on Fargate behind an ALB\nand once in a few hours we get an error "
                          "Repository error: Response was not statusCode 2XX, but was 502.\n")
            << 502 << u"ok"_s << QString();
        QTest::newRow("a count is not a status: 'returned 500 rows'")
            << QByteArray("the query returned 500 rows and then the page said Service Unavailable\n") << 503 << u"ok"_s
            << QString();
        QTest::newRow("Heroku's page as rendered: 'Application error'")
            << QByteArray("Application error\nAn error occurred in the application and your page could not be "
                          "served. If you are the application owner, check your logs for details.\n")
            << 503 << u"ok"_s << QString();
        QTest::newRow("ASP.NET's 'An application error occurred' is its 500, not Heroku's 503")
            << QByteArray("Server Error in '/' Application.\n\nRuntime Error\n\nDescription: An application error "
                          "occurred on the server.\n")
            << 500 << u"ok"_s << QString();
        QTest::newRow("a curl transcript indented as a Markdown code block")
            << QByteArray("    $ curl -IL https://cdn.example/volume.c\n    HTTP/2 503 \n    content-type: text/html\n"
                          "    server: CloudFront\n    x-cache: LambdaExecutionError from cloudfront\n")
            << 503 << u"ok"_s << u"x-cache"_s;
        QTest::newRow("a server framework's traceback under its 500 page is the server's (CherryPy)")
            << QByteArray("500 Internal Server Error\n\nThe server encountered an unexpected condition which prevented "
                          "it from fulfilling the request.\n\nTraceback (most recent call last):\n  File "
                          "\"/home/u/.headphones/cherrypy/_cprequest.py\", line 645, in respond\n    response.body = "
                          "self.handler()\nIndexError: list index out of range\n")
            << 500 << u"ok"_s << QString();
        QTest::newRow("a WebDAV server's ServiceUnavailable exception is its 503 (sabre/dav)")
            << QByteArray("Sabre\\DAV\\Exception\\ServiceUnavailable: System in maintenance mode.\n1.\t[internal "
                          "function] OCA\\DAV\\Connector\\Sabre\\MaintenancePlugin->checkMaintenanceMode()\n")
            << 503 << u"ok"_s << QString();
        QTest::newRow("CloudFront's 502 sentence quoted in prose")
            << QByteArray("I sometimes get a \"CloudFront wasn't able to connect to the origin.\" error.\n") << 502
            << u"ok"_s << QString();
        QTest::newRow("prose: a body of unknown status")
            << QByteArray("hello, the site is down") << 0 << u"ok"_s << QString();
        QTest::newRow("the page's address on the line above its rendered text")
            << QByteArray("http://demo.example/@@overview-controlpanel\n\nProxy Error\n\nThe proxy server received an "
                          "invalid response from an upstream server.\n\nReason: Error reading from remote server\n")
            << 502 << u"ok"_s << QString();
    }

    void readsEveryTextAsTheExchangeItDescribes()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, status);
        QFETCH(QString, outcome);
        QFETCH(QString, header);
        const auto capture = CaptureImporter::importText(text, u"pasted text"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QVERIFY(!capture->exchanges.isEmpty());
        const Exchange &exchange = capture->exchanges.last();
        QCOMPARE(exchange.source, Exchange::Source::Recorded);
        QCOMPARE(outcomeId(exchange.transport.outcome), outcome);
        if (status < 0) {
            QVERIFY(!exchange.response);
        } else {
            QVERIFY(exchange.response);
            QCOMPARE(exchange.response->status, status);
            QVERIFY2(!exchange.response->body.contains("goroutine"), "a client's own trace is not the body");
            QVERIFY2(!exchange.response->body.contains("raise_for_status"), "a client's own trace is not the body");
            if (text.contains("IndexError") || text.contains("NullPointerException"))
                QVERIFY2(exchange.response->body.contains("Error") || exchange.response->body.contains("Exception"),
                         "a server's log around its access line is read as what it answered");
        }
        if (!header.isEmpty()) {
            bool found = false;
            for (const HeaderField &field : exchange.response->headers)
                found = found || QString::fromLatin1(field.name).compare(header, Qt::CaseInsensitive) == 0;
            QVERIFY2(found, qPrintable(header));
        }
        // A text no dedicated reader takes says how it was read (tool logs read as such need not).
        if (status == 0 || !capture->exchanges.last().request.url.isValid())
            QVERIFY2(!capture->warnings.isEmpty(), "what was odd is said");

        // The same text saved to a file reads the same (the file path sniffs its head first).
        QTemporaryDir dir;
        QFile file(dir.filePath(u"paste.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const auto fromFile = CaptureImporter::importFile(file.fileName());
        QVERIFY2(fromFile.ok(), qPrintable(fromFile.error()));
        QVERIFY2(!fromFile->exchanges.isEmpty(), "a file holding the text is read as the same exchange");
        QCOMPARE(outcomeId(fromFile->exchanges.last().transport.outcome), outcome);
        QCOMPARE(fromFile->exchanges.last().response.has_value(), exchange.response.has_value());
        if (exchange.response)
            QCOMPARE(fromFile->exchanges.last().response->status, exchange.response->status);
    }

    // The reason phrase the text states travels with the status: it names products ("Proxy Error"
    // is Apache's, "Backend is unhealthy" Fastly's); class words and API enum names are no reason.
    void keepsTheReasonPhraseTheTextStates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("curl -v's 'returned error: 502 Proxy Error' (Apache, realworld set H)")
            << QByteArray("* The requested URL returned error: 502 Proxy Error\n* Closing connection 0\n") << 502
            << QByteArray("Proxy Error");
        QTest::newRow("requests' HTTPError keeps the server's reason after its class words (Fastly)")
            << QByteArray("  HTTP error 503 while getting https://files.example/x.whl\nTraceback (most recent call "
                          "last):\n  File \"x.py\", line 1, in main\nHTTPError: 503 Server Error: Backend is "
                          "unhealthy\n")
            << 503 << QByteArray("Backend is unhealthy");
        QTest::newRow("urllib's HTTPError as repr() writes it in a list (Fastly, set Y)")
            << QByteArray("urllib.error.URLError: <urlopen error Failed to download from every mirror: "
                          "{'http://data.example/x': <HTTPError 503: 'Backend is unhealthy'>}>\n")
            << 503 << QByteArray("Backend is unhealthy");
        QTest::newRow("libcurl's debug callback: a status line behind 'CURL < ' (Fiddler, set W)")
            << QByteArray("    CURL > CONNECT abcdef123456:443 HTTP/1.1\n    Host: abcdef123456:443\n\n"
                          "    CURL < HTTP/1.1 502 Fiddler - DNS Lookup Failed\n")
            << 502 << QByteArray("Fiddler - DNS Lookup Failed");
        QTest::newRow("CloudFront's '502 ERROR' title: a class word, the standard reason")
            << QByteArray("502 ERROR\nThe request could not be satisfied.\n") << 502 << QByteArray("Bad Gateway");
        QTest::newRow("Vercel's '504: GATEWAY_TIMEOUT': an enum name, the standard reason")
            << QByteArray("504: GATEWAY_TIMEOUT\nCode: FUNCTION_INVOCATION_TIMEOUT\n") << 504
            << QByteArray("Gateway Timeout");
    }

    void keepsTheReasonPhraseTheTextStates()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        const auto capture = CaptureImporter::importText(text, u"pasted text"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QVERIFY(!capture->exchanges.isEmpty() && capture->exchanges.last().response);
        QCOMPARE(capture->exchanges.last().response->status, status);
        QCOMPARE(capture->exchanges.last().response->reason, reason);
    }

    // A curl named by its path is curl (realworld-curl set 2: "$ ./curl -v --http2 -g …"), and a
    // URL without a scheme is http, as curl reads it.
    void aCurlNamedByItsPathIsCurl()
    {
        const auto capture
            = CaptureImporter::importText("$ ./curl -v --http2 -g \"121.37.5.232:10000/hello/\"\n", u"pasted text"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->kind, Capture::kindName(Capture::Kind::Curl));
        QCOMPARE(capture->requests.size(), 1);
        QCOMPARE(capture->requests.first().url, QUrl(u"http://121.37.5.232:10000/hello/"_s));
    }

    // A browser's "Copy as fetch" (realworld-curl set 3): Chromium's with a comma after the last
    // header, Firefox's "await fetch" in a Markdown fence. The request it describes, with a warning
    // that the browser adds what the call does not list; nothing is sent.
    void readsABrowsersFetchCallAsItsRequest_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("Chromium: a comma before the closing brace, the referrer as Referer")
            << QByteArray("fetch(\"https://h.example/api\", {\n  \"headers\": {\n    \"accept\": \"*/*\",\n  },\n  "
                          "\"referrer\": \"https://h.example/page\",\n  \"body\": \"{\\\"a\\\":1}\",\n  \"method\": "
                          "\"POST\",\n  \"mode\": \"cors\"\n});\n")
            << QByteArray("POST") << u"https://h.example/api"_s << QByteArray("Referer: https://h.example/page")
            << QByteArray("{\"a\":1}");
        QTest::newRow("Firefox: await fetch in a Markdown fence")
            << QByteArray("```js\nawait fetch(\"https://h.example/doc\", {\n    \"credentials\": \"include\",\n    "
                          "\"headers\": {\n        \"Accept-Language\": \"en-US,en;q=0.5\"\n    },\n    \"method\": "
                          "\"GET\",\n    \"mode\": \"cors\"\n});\n```\n")
            << QByteArray("GET") << u"https://h.example/doc"_s << QByteArray("Accept-Language: en-US,en;q=0.5")
            << QByteArray();
    }

    void readsABrowsersFetchCallAsItsRequest()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        const auto capture = CaptureImporter::importText(text, u"pasted text"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QVERIFY(capture->exchanges.isEmpty());
        QCOMPARE(capture->requests.size(), 1);
        const RequestSpec &request = capture->requests.first();
        QCOMPARE(request.method, method);
        QCOMPARE(request.url, QUrl(url));
        const qsizetype colon = header.indexOf(": ");
        QCOMPARE(headerValue(request.headers, header.first(colon)), header.sliced(colon + 2));
        QCOMPARE(request.body, body);
        QVERIFY2(capture->warnings.join(u'\n').contains(u"fetch()"_s), qPrintable(capture->warnings.join(u'\n')));
    }

    void warnsWhenOutputWasCutOutByHand()
    {
        const auto capture = CaptureImporter::importText(
            "$ curl -i https://h/x\nHTTP/1.1 502 Bad Gateway\nServer: nginx\n[ ... ]\n", u"pasted text"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QVERIFY(!capture->exchanges.isEmpty());
        QCOMPARE(capture->exchanges.last().response->status, 502);
        bool said = false;
        for (const QString &warning : capture->warnings)
            said = said || warning.contains(u"cut out by hand"_s);
        QVERIFY2(said, qPrintable(capture->warnings.join(u'\n')));
    }

    void aPasteThatLostTheBlankLineBeforeTheBodyKeepsItsBody_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("body"); // what the body holds, or empty for none
        QTest::addColumn<int>("headers");
        QTest::newRow("a sentence after the headers is the body")
            << QByteArray("HTTP/2 503 \ncontent-length: 95\ncontent-type: text/plain\nserver: envoy\nupstream connect "
                          "error or disconnect/reset before headers. reset reason: connection termination\n")
            << QByteArray("upstream connect error") << 3;
        QTest::newRow("an elision mark is no body")
            << QByteArray("HTTP/1.1 502 Bad Gateway\nServer: nginx\n[ ... ]\n") << QByteArray() << 1;
        QTest::newRow("a bad line with fields after it stays in the head")
            << QByteArray("HTTP/1.1 502 Bad Gateway\nServer: nginx\nthis is not a header\nVia: 1.1 edge\n\nbody\n")
            << QByteArray("body") << 2;
    }

    void aPasteThatLostTheBlankLineBeforeTheBodyKeepsItsBody()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, body);
        QFETCH(int, headers);
        const auto capture = CaptureImporter::importText(text, u"pasted text"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QVERIFY(!capture->exchanges.isEmpty() && capture->exchanges.last().response);
        const ResponseData &response = *capture->exchanges.last().response;
        QCOMPARE(response.headers.size(), headers);
        if (body.isEmpty())
            QVERIFY2(response.body.trimmed().isEmpty(), response.body.constData());
        else
            QVERIFY2(response.body.contains(body), response.body.constData());
    }

    void readsAnErrorPageWithoutItsStatusLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        // What `curl URL` prints (no -i), or a page copied out of the browser.
        QTest::newRow("nginx 502 page") << QByteArray(
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0 (Ubuntu)</center>\r\n"
            "</body>\r\n</html>\r\n") << 502
                                        << QByteArray("Bad Gateway");
        QTest::newRow("Varnish Guru Meditation") << QByteArray(
            "<!DOCTYPE html>\n<html>\n  <head>\n    <title>Error 503 Backend fetch failed</title>\n"
            "  </head>\n  <body>\n    <h1>Error 503 Backend fetch failed</h1>\n"
            "    <h3>Guru Meditation:</h3>\n    <p>XID: 45</p>\n    <hr>\n    <p>Varnish cache server</p>\n"
            "  </body>\n</html>\n") << 503 << QByteArray("Backend fetch failed");
        QTest::newRow("only an h1") << QByteArray("<h1>504 Gateway Time-out</h1>\nThe server didn't respond in time.\n")
                                    << 504 << QByteArray("Gateway Time-out");
    }

    void readsAnErrorPageWithoutItsStatusLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        const auto capture = CaptureImporter::importText(text, u"page.txt"_s);
        QVERIFY2(capture.ok(), qPrintable(capture.error()));
        QCOMPARE(capture->exchanges.size(), 1);
        QCOMPARE(capture->exchanges.first().response->status, status);
        QCOMPARE(capture->exchanges.first().response->reason, reason);
        QCOMPARE(capture->exchanges.first().response->body, text.trimmed());
        QVERIFY2(!capture->warnings.isEmpty() && capture->warnings.first().contains(u"no status line"),
                 "the guess is said");
    }

    void refusesWhatIsNotACapture()
    {
        QFETCH(QByteArray, text);
        QFETCH(Error::Code, code);
        QFETCH(QString, mentions);
        const auto capture = CaptureImporter::importText(text, u"pasted text"_s);
        QVERIFY(!capture.ok());
        QCOMPARE(capture.errorCode(), code);
        QVERIFY2(capture.error().startsWith(u"pasted text: ") && capture.error().contains(mentions),
                 qPrintable(capture.error()));
    }

    void refusesLargeBinaryFilesWithoutReadingThem()
    {
        // A 2 GB file (sparse: it costs no disk) that is not text is refused at once.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"disk.img"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(2LL * 1024 * 1024 * 1024));
        file.close();
        QElapsedTimer timer;
        timer.start();
        const auto capture = CaptureImporter::importFile(path);
        QVERIFY(!capture.ok());
        QCOMPARE(capture.errorCode(), Error::Code::Binary);
        QVERIFY2(capture.error().contains(path), qPrintable(capture.error()));
        QVERIFY2(timer.elapsed() < 2000, "the file was read whole");

        // A huge text file that is not a HAR is refused by size, also without reading it whole.
        const QString text = dir.filePath(u"huge.txt"_s);
        QFile big(text);
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("curl http://h/ \\\n");
        big.close();
        QVERIFY(big.open(QIODevice::ReadWrite));
        QVERIFY(big.resize(1LL * 1024 * 1024 * 1024));
        big.close();
        const auto huge = CaptureImporter::importFile(text);
        QVERIFY(!huge.ok());
        QVERIFY2(huge.errorCode() == Error::Code::TooLarge || huge.errorCode() == Error::Code::Binary,
                 qPrintable(huge.error()));
        QVERIFY2(huge.error().contains(text), qPrintable(huge.error()));
    }

    void namesTheFileItCannotOpen()
    {
        QTemporaryDir dir;
        const auto capture = CaptureImporter::importFile(dir.filePath(u"nope.har"_s));
        QVERIFY(!capture.ok());
        QCOMPARE(capture.errorCode(), Error::Code::Io);
        QVERIFY2(capture.error().contains(u"nope.har"), qPrintable(capture.error()));
        const auto folder = CaptureImporter::importFile(dir.path());
        QVERIFY(!folder.ok());
        QCOMPARE(folder.errorCode(), Error::Code::Io);
    }

    void neverCrashesOnRandomBytes()
    {
        QRandomGenerator random(1234);
        const QByteArrayList starts = { "{", "curl ", "HTTP/1.1 ", "GET / HTTP/1.1\n", "### ", "@a=1\n", "" };
        for (int round = 0; round < 700; ++round) {
            QByteArray bytes = starts.at(round % starts.size());
            for (int i = random.bounded(400); i > 0; --i)
                bytes += char(round % 3 ? random.bounded(32, 127) : random.bounded(256));
            const auto capture = CaptureImporter::importText(bytes, u"noise"_s);
            if (!capture.ok())
                QVERIFY2(capture.error().startsWith(u"noise: "), qPrintable(capture.error()));
        }
    }
};

QTEST_GUILESS_MAIN(CaptureImportTest)
#include "tst_capture_import.moc"
