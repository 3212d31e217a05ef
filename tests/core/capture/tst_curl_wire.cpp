#include "capture/CurlImporter.h"
#include "probe/ProbeEngine.h"

#include <QMutex>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QWaitCondition>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

// One HTTP/1.1 request as it arrived on the wire: the request line, the header lines in order
// (names and values as sent, the value without the blanks around it) and the body with any
// chunked framing removed.
struct WireRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray version;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool chunked = false;

    QByteArray value(QByteArrayView name) const
    {
        for (const auto &[n, v] : headers) {
            if (name.compare(n, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    bool has(QByteArrayView name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(),
                           [&](const auto &field) { return name.compare(field.first, Qt::CaseInsensitive) == 0; });
    }
};

// How far `bytes` hold one complete request: -1 = not yet; otherwise the request, parsed.
std::optional<WireRequest> completeRequest(const QByteArray &bytes)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    WireRequest request;
    const QList<QByteArray> lines = bytes.first(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    request.version = requestLine.value(2);
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.first(std::max<qsizetype>(colon, 0));
        const QByteArray value = line.sliced(colon + 1).trimmed();
        request.headers.append({ name, value });
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0 && value.toLower().contains("chunked"))
            request.chunked = true;
    }
    const QByteArray rest = bytes.sliced(headEnd + 4);
    if (!request.chunked) {
        if (rest.size() < length)
            return std::nullopt;
        request.body = rest.first(length);
        return request;
    }
    qsizetype at = 0;
    while (true) {
        const qsizetype lineEnd = rest.indexOf("\r\n", at);
        if (lineEnd < 0)
            return std::nullopt;
        bool ok = false;
        const qint64 size = rest.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok)
            return request; // malformed framing: what arrived is the body
        if (size == 0)
            return rest.indexOf("\r\n", lineEnd + 2) >= 0 ? std::optional(request) : std::nullopt;
        if (rest.size() < lineEnd + 2 + size + 2)
            return std::nullopt;
        request.body += rest.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
}

// A loopback server on its own thread (curl runs as a blocking QProcess, the probe in its own
// event loop) that records each request's bytes and answers a fixed 200. It answers
// "Expect: 100-continue" with 100 Continue, as an origin does, so that curl sends the body.
class CaptureServer : public QThread
{
public:
    ~CaptureServer() override
    {
        m_stop = true;
        wait();
    }

    quint16 startListening()
    {
        QMutexLocker lock(&m_mutex);
        start();
        m_ready.wait(&m_mutex);
        return m_port;
    }

    // The requests received since the last call.
    QList<QByteArray> take()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_requests, {});
    }

protected:
    void run() override
    {
        QTcpServer server;
        {
            QMutexLocker lock(&m_mutex);
            if (server.listen(QHostAddress::LocalHost, 0))
                m_port = server.serverPort();
            m_ready.wakeAll();
        }
        while (!m_stop) {
            if (!server.waitForNewConnection(50))
                continue;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            QByteArray bytes;
            bool continued = false;
            std::optional<WireRequest> request;
            while (!(request = completeRequest(bytes)) && socket->state() == QAbstractSocket::ConnectedState) {
                if (!continued && bytes.contains("\r\n\r\n") && bytes.toLower().contains("\r\nexpect: 100-continue")) {
                    socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                    socket->waitForBytesWritten(1000);
                    continued = true;
                }
                if (!socket->waitForReadyRead(5000))
                    break;
                bytes += socket->readAll();
            }
            {
                QMutexLocker lock(&m_mutex);
                m_requests.append(bytes);
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            socket->waitForBytesWritten(1000);
            socket->disconnectFromHost();
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->waitForDisconnected(1000);
        }
    }

private:
    QMutex m_mutex;
    QWaitCondition m_ready;
    quint16 m_port = 0;
    QList<QByteArray> m_requests;
    std::atomic_bool m_stop = false;
};

// Characters RFC 3986 does not allow raw in a URL. curl 7.88 sends them as typed ("/a{b}\c");
// the probe sends them percent-encoded, their only valid form (QUrl keeps no difference between
// "{" and "%7B"). Any server decodes both to the same path, so the comparison decodes them.
QByteArray comparableTarget(QByteArray target)
{
    for (const char c : { '{', '}', '\\', '^', '|', '`', '"', '<', '>' }) {
        const QByteArray encoded = '%' + QByteArray(1, c).toHex().toUpper();
        target.replace(encoded, QByteArray(1, c));
        target.replace(encoded.toLower(), QByteArray(1, c));
    }
    return target;
}

// The multipart boundary is random in curl and derived from the form in Gatescope: it is
// replaced by a fixed word in the Content-Type and the body on both sides.
void replaceBoundary(WireRequest &request)
{
    for (auto &[name, value] : request.headers) {
        if (name.compare("content-type", Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype at = value.lastIndexOf("boundary="); // curl appends its own after any other
        if (at < 0)
            return;
        const QByteArray boundary = value.sliced(at + 9);
        value = value.first(at + 9) + "BOUNDARY";
        request.body.replace(boundary, "BOUNDARY");
        return;
    }
}

// Header fields whose place in the head the probe decides itself (it writes Host, User-Agent
// and Accept first and Content-Length last, curl puts Authorization before User-Agent and
// Content-Length before a form's Content-Type). Their presence and value are compared, their
// place is not.
bool placedByProbe(QByteArrayView name)
{
    for (const char *own : { "host", "user-agent", "accept", "content-length" }) {
        if (name.compare(own, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray describe(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArrayList lines;
    for (const auto &[name, value] : headers)
        lines.append(name + ": " + value);
    return lines.join(" | ");
}

} // namespace

// Every option the curl importer reads, checked against what curl 7.88 (Debian 12's
// /usr/bin/curl) really sends: the same command line is run by curl and imported and sent by the
// probe, both to a capture server on 127.0.0.1, and the two requests are compared.
class CurlWireTest : public QObject
{
    Q_OBJECT

    CaptureServer m_server;
    quint16 m_port = 0;
    QString m_curl;

    // The row's command with what makes it run here: quiet, output discarded, a time limit, and
    // every host connected to the capture server (curl's --connect-to, which the importer reads).
    // PORT in a row is the capture server's port.
    QByteArray runnable(const QByteArray &line) const
    {
        QByteArray text = line;
        const qsizetype at = text.indexOf("curl ");
        QByteArray options = "curl -s -o /dev/null -m 10 ";
        // A row that names the port itself goes through a proxy there (curl would tunnel
        // through the proxy to a --connect-to target).
        if (text.contains("PORT"))
            text.replace("PORT", QByteArray::number(m_port));
        else
            options += "--connect-to ::127.0.0.1:" + QByteArray::number(m_port) + ' ';
        return text.replace(at, 5, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // CTest sets no_proxy=*; curl and the probe would both ignore -x then (as curl does).
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        m_curl = QStandardPaths::findExecutable(u"curl"_s);
        if (m_curl.isEmpty())
            QSKIP("curl is not installed (dev.sh installs it); the importer cannot be compared with it");
        QProcess version;
        version.start(m_curl, { u"--version"_s });
        version.waitForFinished(5000);
        const QByteArray banner = version.readAllStandardOutput();
        if (!banner.startsWith("curl 7.88."))
            qWarning("the rows were written against curl 7.88 (Debian 12); this is %s",
                     banner.split('\n').value(0).constData());
        m_port = m_server.startListening();
        QVERIFY(m_port != 0);
    }

    void composesRequestsAsCurlDoes_data()
    {
        // A bash command line as a user would paste it. Every row is run by curl and by Gatescope.
        QTest::addColumn<QByteArray>("line");
        // credentials in the URL
        QTest::newRow("user and password in the URL") << QByteArray("curl http://ann:s3cret@h.test/");
        QTest::newRow("password only in the URL") << QByteArray("curl http://:pw@h.test/");
        QTest::newRow("user only in the URL") << QByteArray("curl http://ann@h.test/p");
        QTest::newRow("percent-encoded user and password") << QByteArray("curl 'http://ann%40corp:p%3As%25s@h.test/'");
        QTest::newRow("-u wins over URL credentials") << QByteArray("curl -u a:b http://x:y@h.test/");
        QTest::newRow("-u user:password") << QByteArray("curl -u ann:s3cret http://h.test/");
        QTest::newRow("-u with an empty password") << QByteArray("curl -u ann: http://h.test/");
        QTest::newRow("an Authorization header wins over -u")
            << QByteArray("curl -u a:b -H 'Authorization: Bearer z' http://h.test/");
        QTest::newRow("--oauth2-bearer") << QByteArray("curl --oauth2-bearer tok http://h.test/");
        // Host
        QTest::newRow("repeated -H Host: only the first is sent")
            << QByteArray("curl -H 'Host: a.test' -H 'X: 1' -H 'host: b.test' -H 'Y: 2' http://h.test/");
        QTest::newRow("-H 'Host:' sends no Host") << QByteArray("curl -H 'Host:' http://h.test/");
        // forms
        QTest::newRow("-F with a text/plain Content-Type keeps the boundary")
            << QByteArray("curl -H 'X: 1' -H 'Content-Type: text/plain' -H 'Y: 2' -F a=1 http://h.test/");
        QTest::newRow("-F with multipart/mixed")
            << QByteArray("curl -H 'Content-Type: multipart/mixed' -F a=1 http://h.test/");
        QTest::newRow("-F with Postman's multipart/form-data and its own boundary")
            << QByteArray("curl -H 'Content-Type: multipart/form-data; boundary=XyZ' -F a=1 http://h.test/");
        QTest::newRow("-F fields with types")
            << QByteArray("curl -F 'a=1;type=text/plain' -F 'b=x;y' -F 'c=\"q;r\"' http://h.test/");
        QTest::newRow("-F from standard input with a file name")
            << QByteArray("printf 'in\\n' | curl -F 'c=@-;filename=z.txt' http://h.test/");
        QTest::newRow("-F from standard input without a file name")
            << QByteArray("printf 'in' | curl -F 'c=@-' http://h.test/");
        QTest::newRow("-F file names give curl's types")
            << QByteArray("printf 'x' | curl -F 'p=@-;filename=a.PNG' http://h.test/");
        QTest::newRow("-F value from standard input") << QByteArray("printf 'v' | curl -F 'c=<-' http://h.test/");
        QTest::newRow("-F with headers=") << QByteArray("curl -F 'a=1;headers=\"X-P: 2\"' http://h.test/");
        QTest::newRow("--form-string keeps ; and @") << QByteArray("curl --form-string 'a=@x;type=y' http://h.test/");
        // URLs
        QTest::newRow("\\{ \\} \\[ \\] lose their backslash, others stay")
            << QByteArray("curl 'http://h.test/a\\{b\\}\\c\\[0\\]?q=\\{x\\}'");
        QTest::newRow("--globoff keeps every backslash") << QByteArray("curl -g 'http://h.test/a\\[0\\]\\{\\}'");
        QTest::newRow("http:/host/path (one slash)") << QByteArray("curl http:/h.test/path");
        QTest::newRow("http:///host/path (three slashes)") << QByteArray("curl http:///h.test/path");
        QTest::newRow("no scheme is http") << QByteArray("curl h.test/plain?x=1");
        QTest::newRow("--url") << QByteArray("curl --url http://h.test/u");
        QTest::newRow("--url-query") << QByteArray(
            "curl --url-query 'a=b c' --url-query '+d=e%20f' 'http://h.test/p?z=1'");
        QTest::newRow("fragment is not sent") << QByteArray("curl 'http://h.test/p?q=1#frag'");
        // data
        QTest::newRow("-d twice") << QByteArray("curl -d a=1 -d b=2 http://h.test/");
        QTest::newRow("-d, --data-raw, --data-binary joined")
            << QByteArray("curl -d a --data-raw '@b' --data-binary c http://h.test/");
        QTest::newRow("--data-ascii") << QByteArray("curl --data-ascii 'k=v' http://h.test/");
        QTest::newRow("empty -d") << QByteArray("curl -d '' http://h.test/");
        QTest::newRow("-d @- drops newlines") << QByteArray("printf 'l1\\r\\nl2\\n' | curl -d @- http://h.test/");
        QTest::newRow("--data-binary @- keeps them")
            << QByteArray("printf 'l1\\r\\nl2\\n' | curl --data-binary @- http://h.test/");
        QTest::newRow("--data-urlencode forms") << QByteArray(
            "curl --data-urlencode 'a b=c d&e' --data-urlencode '=x y' --data-urlencode 'z w~*' http://h.test/");
        QTest::newRow("--data-urlencode from standard input")
            << QByteArray("printf 'a b\\n' | curl --data-urlencode 'n@-' http://h.test/");
        QTest::newRow("-G moves data into the query") << QByteArray("curl -G -d a=1 -d b=2 'http://h.test/p?q=1'");
        QTest::newRow("-G with --data-urlencode") << QByteArray("curl -G --data-urlencode 'q=a b' http://h.test/s");
        QTest::newRow("-X PUT with data") << QByteArray("curl -X PUT -d x http://h.test/");
        QTest::newRow("-XDELETE attached") << QByteArray("curl -XDELETE http://h.test/item/1");
        QTest::newRow("--request PATCH and --header")
            << QByteArray("curl --request PATCH --header 'X-A: 1' --data-raw '{}' http://h.test/p");
        QTest::newRow("-I sends HEAD") << QByteArray("curl -I http://h.test/");
        QTest::newRow("-I with -X GET") << QByteArray("curl -I -X GET http://h.test/");
        QTest::newRow("-d with the type removed") << QByteArray("curl -d x -H 'Content-Type:' http://h.test/");
        QTest::newRow("-d with a type of its own") << QByteArray("curl -d x -H 'content-type: text/x' http://h.test/");
        // JSON
        QTest::newRow("--json") << QByteArray("curl --json '{\"a\":1}' http://h.test/");
        QTest::newRow("--json twice is joined") << QByteArray("curl --json a --json b http://h.test/");
        QTest::newRow("--json after a header") << QByteArray("curl -H 'X: 1' --json a http://h.test/");
        QTest::newRow("--json before a header") << QByteArray("curl --json a -H 'X: 1' http://h.test/");
        QTest::newRow("--json with a type of its own")
            << QByteArray("curl --json a -H 'Content-Type: text/x' http://h.test/");
        // headers
        QTest::newRow("-A -e -b --compressed -u and a header together")
            << QByteArray("curl -H 'X-A: 1' -b c=1 -e ref --compressed -A ag -u a:b -d x=1 http://h.test/");
        QTest::newRow("-A against a User-Agent header") << QByteArray("curl -A ua -H 'User-Agent: hu' http://h.test/");
        QTest::newRow("-e against a Referer header") << QByteArray("curl -e r -H 'Referer: hr' http://h.test/");
        QTest::newRow("-e ;auto") << QByteArray("curl -e 'http://r.test/;auto' http://h.test/");
        QTest::newRow("-b twice against a Cookie header")
            << QByteArray("curl -b a=1 -b b=2 -H 'Cookie: d=2' http://h.test/");
        QTest::newRow("-b joined") << QByteArray("curl -b 'a=1' -b 'b=2; c=3' http://h.test/");
        QTest::newRow("--compressed against an Accept-Encoding header")
            << QByteArray("curl --compressed -H 'Accept-Encoding: br' http://h.test/");
        QTest::newRow("-H 'X:' removes only curl's own headers")
            << QByteArray("curl -H 'X: 1' -H 'X:' -H 'Y: 2' -H 'x: 3' http://h.test/");
        QTest::newRow("-H 'Accept:' and 'User-Agent:' remove the defaults")
            << QByteArray("curl -H 'Accept:' -H 'User-Agent:' http://h.test/");
        QTest::newRow("-H 'X;' sends an empty header")
            << QByteArray("curl -H 'X-E;' -H 'Cookie;' -b k=v http://h.test/");
        QTest::newRow("a header value with blanks around it") << QByteArray("curl -H 'X:   spaced  ' http://h.test/");
        QTest::newRow("Accept of its own") << QByteArray("curl -H 'Accept: text/html' http://h.test/");
        // uploads
        QTest::newRow("-T - from standard input") << QByteArray("printf 'hello\\n' | curl -T - http://h.test/up");
        QTest::newRow("-T - with -X POST") << QByteArray("printf 'x' | curl -T - -X POST http://h.test/up");
        // options that do not change the request
        QTest::newRow("-sSLkvi and -o/-w") << QByteArray("curl -sSLkvi -w '%{http_code}' http://h.test/q");
        QTest::newRow("--http1.1 and -4")
            << QByteArray("curl --http1.1 -4 --max-redirs 3 --connect-timeout 5 http://h.test/");
        QTest::newRow("--no-compressed") << QByteArray("curl --compressed --no-compressed http://h.test/");
        QTest::newRow("--noproxy '*'") << QByteArray("curl --noproxy '*' http://h.test/np");
        QTest::newRow("-L and --location-trusted") << QByteArray("curl -L --location-trusted http://h.test/l");
        QTest::newRow("--resolve") << QByteArray("curl --resolve h.test:80:127.0.0.1 http://h.test/r");
        // a proxy: the request goes to it in absolute form
        QTest::newRow("-x an HTTP proxy") << QByteArray("curl -x http://127.0.0.1:PORT http://h.test/via?x=1");
        QTest::newRow("-x without a scheme, -u")
            << QByteArray("curl -x 127.0.0.1:PORT -u a:b -H 'X: 1' http://h.test/via");
        QTest::newRow("-U proxy credentials")
            << QByteArray("curl -U 'pu:p@ss' -x http://127.0.0.1:PORT -u a:b http://h.test/pa");
    }

    void composesRequestsAsCurlDoes()
    {
        QFETCH(QByteArray, line);
        const QByteArray command = runnable(line);
        m_server.take();

        QProcess curl;
        curl.start(u"bash"_s, { u"-c"_s, QString::fromUtf8(command) });
        QVERIFY2(curl.waitForFinished(20000), command.constData());
        QVERIFY2(curl.exitCode() == 0,
                 qPrintable(u"curl exit code %1: %2"_s.arg(curl.exitCode()).arg(QString::fromUtf8(command))));
        const QList<QByteArray> byCurl = m_server.take();
        QCOMPARE(byCurl.size(), 1);

        const auto capture = CurlImporter::importText(command, u"row"_s);
        QVERIFY2(capture.ok(), capture ? "" : qPrintable(capture.error()));
        QCOMPARE(capture->requests.size(), 1);
        const QList<Exchange> exchanges = ProbeEngine::run(capture->requests.first());
        QVERIFY(!exchanges.isEmpty());
        const QList<QByteArray> byProbe = m_server.take();
        QCOMPARE(byProbe.size(), 1);

        std::optional<WireRequest> expected = completeRequest(byCurl.first());
        std::optional<WireRequest> actual = completeRequest(byProbe.first());
        QVERIFY2(expected, byCurl.first().constData());
        QVERIFY2(actual, byProbe.first().constData());
        replaceBoundary(*expected);
        replaceBoundary(*actual);

        QCOMPARE(actual->method, expected->method);
        QCOMPARE(actual->version, expected->version);
        QCOMPARE(comparableTarget(actual->target), comparableTarget(expected->target));
        QCOMPARE(actual->body, expected->body);

        // Each client names itself: curl/7.88.1 and gatescope/VERSION are the same default.
        if (expected->value("user-agent").startsWith("curl/") && actual->value("user-agent").startsWith("gatescope/")) {
            expected->headers.removeIf(
                [](const auto &f) { return f.first.compare("user-agent", Qt::CaseInsensitive) == 0; });
            actual->headers.removeIf(
                [](const auto &f) { return f.first.compare("user-agent", Qt::CaseInsensitive) == 0; });
        }
        // curl asks for 100-continue before an upload and sends standard input chunked; the
        // probe sends the body at once with its length. The body is compared above.
        expected->headers.removeIf([](const auto &f) { return f.first.compare("expect", Qt::CaseInsensitive) == 0; });
        // Through a proxy curl asks it to keep the connection open (Proxy-Connection: Keep-Alive,
        // a pre-standard field); the probe uses one connection per request and does not ask.
        expected->headers.removeIf(
            [](const auto &f) { return f.first.compare("proxy-connection", Qt::CaseInsensitive) == 0; });
        if (expected->chunked) {
            expected->headers.removeIf(
                [](const auto &f) { return f.first.compare("transfer-encoding", Qt::CaseInsensitive) == 0; });
            actual->headers.removeIf(
                [](const auto &f) { return f.first.compare("content-length", Qt::CaseInsensitive) == 0; });
        }
        // --compressed: each client asks for the codings it decodes (this curl build adds br and zstd).
        for (auto *request : { &*expected, &*actual }) {
            for (auto &[name, value] : request->headers) {
                if (name.compare("accept-encoding", Qt::CaseInsensitive) == 0 && value.startsWith("deflate, gzip"))
                    value = "deflate, gzip, …";
            }
        }

        const QByteArray both
            = "\n  curl:      " + describe(expected->headers) + "\n  gatescope: " + describe(actual->headers);
        for (const char *name : { "host", "user-agent", "accept", "content-length" }) {
            const QByteArray what = name + both;
            QVERIFY2(actual->has(name) == expected->has(name), what.constData());
            QVERIFY2(actual->value(name) == expected->value(name), what.constData());
        }
        auto ordered = [](const WireRequest &request) {
            QList<std::pair<QByteArray, QByteArray>> fields;
            for (const auto &field : request.headers) {
                if (!placedByProbe(field.first))
                    fields.append(field);
            }
            return fields;
        };
        QVERIFY2(ordered(*actual) == ordered(*expected), both.constData());
    }
};

QTEST_GUILESS_MAIN(CurlWireTest)
#include "tst_curl_wire.moc"
