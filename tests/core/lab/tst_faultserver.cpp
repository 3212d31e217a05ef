// The lab's fault server, seen from a plain socket: each mode sends exactly the bytes (or the
// silence, the close, the reset) its table promises — independent of the probe engine.
#include "lab/FaultServer.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

// What a raw client saw: the bytes, how the connection ended, and when the first byte came.
struct RawReply
{
    QByteArray bytes;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    bool closed = false;
    qint64 firstByteMs = -1;
};

RawReply fetch(QTcpSocket &socket, const QByteArray &request, int waitMs = 5000)
{
    RawReply reply;
    QElapsedTimer clock;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
        if (reply.firstByteMs < 0)
            reply.firstByteMs = clock.elapsed();
        reply.bytes += socket.readAll();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { reply.closed = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket,
                     [&](QAbstractSocket::SocketError error) { reply.error = error; });
    if (socket.state() != QAbstractSocket::ConnectedState && !socket.waitForConnected(2000))
        return reply;
    clock.start();
    socket.write(request);
    (void)QTest::qWaitFor([&] { return reply.closed || socket.state() == QAbstractSocket::UnconnectedState; }, waitMs);
    return reply;
}

RawReply get(const FaultServer &server, const QString &pathAndQuery, int waitMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    return fetch(socket, "GET " + pathAndQuery.toLatin1() + " HTTP/1.1\r\nHost: lab\r\n\r\n", waitMs);
}

} // namespace

class FaultServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modeTableHasOneUniquePathPerMode();
    void servesEachModeAsItsTableSays_data();
    void servesEachModeAsItsTableSays();
    void sendsExactlyTheMalformedResponses_data();
    void sendsExactlyTheMalformedResponses();
    void closesWithoutAByteAfterReadingTheRequest();
    void resetsTheConnectionWithLingerZero();
    void delaysTheFirstByteByTheRequestedTime();
    void servesABigBodyOfExactlyTheRequestedSize();
    void answersUnknownPathsWith404ListingThePaths();
    void servesTlsWithTheTestCertificate();
    void keepsTheRequestHeadsItReceived();
    void givesARefusingPortAndASilentListener();
    void leavesAConnectToTheDroppingListenerHanging();

private:
    FaultServer m_server;
};

void FaultServerTest::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.port() != 0);
    QVERIFY(m_server.tlsPort() != 0);
    QCOMPARE(m_server.url(u"/json"_s), QUrl(u"http://127.0.0.1:%1/json"_s.arg(m_server.port())));
}

void FaultServerTest::modeTableHasOneUniquePathPerMode()
{
    const QList<FaultServer::ModeInfo> modes = FaultServer::modes();
    QSet<QString> paths;
    QSet<int> seen;
    for (const FaultServer::ModeInfo &info : modes) {
        QVERIFY2(info.path.startsWith(u'/'), qPrintable(info.path));
        QVERIFY2(!paths.contains(info.path), qPrintable(u"duplicate path "_s + info.path));
        paths.insert(info.path);
        seen.insert(int(info.mode));
        QCOMPARE(FaultServer::modeForPath(info.path), std::optional<FaultServer::Mode>(info.mode));
        QCOMPARE(FaultServer::pathForMode(info.mode), info.path);
        QVERIFY(!info.description.isEmpty());
    }
    QCOMPARE(seen.size(), int(FaultServer::Mode::KeepAlive) + 1); // every enum value has a row
    QVERIFY(!FaultServer::modeForPath(u"/nope"));
}

void FaultServerTest::servesEachModeAsItsTableSays_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("startsWith");
    QTest::addColumn<QByteArray>("contains");

    QTest::newRow("json") << u"/json"_s << "HTTP/1.1 200 OK\r\n"_ba
                          << "Content-Type: application/json"_ba;
    QTest::newRow("echo") << u"/echo"_s << "HTTP/1.1 200 OK\r\n"_ba
                          << "GET /echo HTTP/1.1\r\nHost: lab"_ba;
    QTest::newRow("close mid headers") << u"/close-mid-headers"_s << "HTTP/1.1 200 OK\r\n"_ba
                                       << "Content-Type: appli"_ba;
    QTest::newRow("close mid body") << u"/close-mid-body"_s << "HTTP/1.1 200 OK\r\n"_ba
                                    << "Content-Length: 1000"_ba;
    QTest::newRow("garbage") << u"/garbage"_s << "SSH-2.0-"_ba
                             << ""_ba;
    QTest::newRow("bad header") << u"/bad-header"_s << "HTTP/1.1 200 OK\r\n"_ba
                                << "\r\nthis line has no colon\r\n"_ba;
    QTest::newRow("bad chunking") << u"/bad-chunking"_s << "HTTP/1.1 200 OK\r\n"_ba
                                  << "\r\nzz\r\n"_ba;
    QTest::newRow("100 continue") << u"/100-continue"_s << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK"_ba
                                  << ""_ba;
    QTest::newRow("103 early hints") << u"/103-early-hints"_s << "HTTP/1.1 103 Early Hints\r\nLink: "_ba
                                     << "\r\n\r\nHTTP/1.1 200 OK\r\n"_ba;
    QTest::newRow("redirect chain") << u"/redirect?n=3"_s << "HTTP/1.1 302 Found\r\n"_ba
                                    << "Location: /redirect?n=2&code=302\r\n"_ba;
    QTest::newRow("redirect end") << u"/redirect?n=0"_s << "HTTP/1.1 200 OK\r\n"_ba
                                  << "\"ok\":true"_ba;
    QTest::newRow("gzip") << u"/gzip"_s << "HTTP/1.1 200 OK\r\n"_ba
                          << "Content-Encoding: gzip\r\n"_ba;
    QTest::newRow("deflate") << u"/deflate"_s << "HTTP/1.1 200 OK\r\n"_ba
                             << "Content-Encoding: deflate\r\n"_ba;
    QTest::newRow("chunked") << u"/chunked"_s << "HTTP/1.1 200 OK\r\n"_ba
                             << "Transfer-Encoding: chunked\r\n"_ba;
    QTest::newRow("close delimited") << u"/close-delimited"_s << "HTTP/1.1 200 OK\r\n"_ba
                                     << "Connection: close\r\n\r\n{"_ba;
    QTest::newRow("status 504") << u"/status?code=504&body=upstream%20slow&header=Server:%20nginx"_s
                                << "HTTP/1.1 504 Gateway Timeout\r\n"_ba
                                << "Server: nginx\r\nContent-Length: 13\r\nConnection: close\r\n\r\nupstream slow"_ba;
    QTest::newRow("stack trace") << u"/stacktrace-500"_s << "HTTP/1.1 500 Internal Server Error\r\n"_ba
                                 << "java.lang.NullPointerException"_ba;
    QTest::newRow("maintenance") << u"/maintenance?retry=300"_s << "HTTP/1.1 503 Service Unavailable\r\n"_ba
                                 << "Retry-After: 300\r\n"_ba;
    QTest::newRow("html login") << u"/html-login"_s << "HTTP/1.1 200 OK\r\nContent-Type: text/html"_ba
                                << "type=\"password\""_ba;
    QTest::newRow("delay") << u"/delay?ms=10&code=503"_s << "HTTP/1.1 503 Service Unavailable\r\n"_ba
                           << ""_ba;
    QTest::newRow("raw base64") << u"/raw?b64=SFRUUC8xLjEgNDE4IFRlYXBvdA0KDQo="_s << "HTTP/1.1 418 Teapot\r\n\r\n"_ba
                                << ""_ba;
    QTest::newRow("raw base64url") << u"/raw?b64=_-8="_s << "\xff\xef"_ba
                                   << ""_ba;
    QTest::newRow("raw not base64") << u"/raw?b64=!!"_s << "HTTP/1.1 400 Bad Request\r\n"_ba
                                    << "not base64"_ba;
    QTest::newRow("every n-th, first request") << u"/every?n=2&code=503&row=table"_s << "HTTP/1.1 200 OK\r\n"_ba
                                               << "\"ok\":true"_ba;
    QTest::newRow("every n-th, n-th request")
        << u"/every?n=2&code=503&row=table"_s << "HTTP/1.1 503 Service Unavailable\r\n"_ba
        << "request 2 of /every"_ba;
    QTest::newRow("keep-alive, closed when idle") << u"/keep-alive?idle=1000&header=1"_s << "HTTP/1.1 200 OK\r\n"_ba
                                                  << "Connection: keep-alive\r\nKeep-Alive: timeout=1\r\n"_ba;
}

void FaultServerTest::sendsExactlyTheMalformedResponses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("flaw"); // the bytes that make the response malformed

    using M = FaultServer::Mode;
    QTest::newRow("obsolete line folding")
        << u"/obs-fold"_s << FaultServer::malformedResponse(M::ObsFold) << "\r\n  second part\r\n"_ba;
    QTest::newRow("invalid header name") << u"/invalid-header-name"_s
                                         << FaultServer::malformedResponse(M::InvalidHeaderName)
                                         << "\r\nX-Bad@Name: 1\r\n"_ba;
    QTest::newRow("conflicting lengths") << u"/conflicting-content-length"_s
                                         << FaultServer::malformedResponse(M::ConflictingContentLength)
                                         << "Content-Length: 5\r\nContent-Length: 7\r\n"_ba;
    QTest::newRow("length and chunked") << u"/content-length-and-chunked"_s
                                        << FaultServer::malformedResponse(M::ContentLengthAndChunked)
                                        << "Content-Length: 100\r\nTransfer-Encoding: chunked\r\n"_ba;
    QTest::newRow("bytes after message") << u"/bytes-after-message"_s
                                         << FaultServer::malformedResponse(M::BytesAfterMessage)
                                         << "helloHTTP/1.1 200 OK"_ba;
    QTest::newRow("malformed status line")
        << u"/bad-status-line"_s << FaultServer::malformedResponse(M::BadStatusLine) << "HTTP/1.1 2OO OK\r\n"_ba;
    QTest::newRow("204 with a body") << u"/no-content-with-body"_s
                                     << FaultServer::malformedResponse(M::NoContentWithBody)
                                     << "HTTP/1.1 204 No Content\r\n"_ba;
    QTest::newRow("304 with a body") << u"/no-content-with-body?code=304"_s
                                     << FaultServer::malformedResponse(M::NoContentWithBody, 304)
                                     << "HTTP/1.1 304 Not Modified\r\n"_ba;
}

void FaultServerTest::sendsExactlyTheMalformedResponses()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, flaw);
    QVERIFY2(expected.contains(flaw), expected.constData());
    const RawReply reply = get(m_server, path);
    QCOMPARE(reply.bytes, expected);
    QVERIFY2(reply.closed, "the connection is closed after the bytes");
}

void FaultServerTest::servesEachModeAsItsTableSays()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, startsWith);
    QFETCH(QByteArray, contains);
    const RawReply reply = get(m_server, path);
    QVERIFY2(reply.bytes.startsWith(startsWith), reply.bytes.left(200).constData());
    QVERIFY2(reply.bytes.contains(contains), reply.bytes.left(400).constData());
    QVERIFY2(reply.closed, "every mode but /hang closes the connection");
}

void FaultServerTest::closesWithoutAByteAfterReadingTheRequest()
{
    const RawReply reply = get(m_server, u"/close-before-any-byte"_s);
    QVERIFY(reply.closed);
    QCOMPARE(reply.bytes.size(), 0);
    QCOMPARE(reply.error, QAbstractSocket::RemoteHostClosedError);
}

void FaultServerTest::resetsTheConnectionWithLingerZero()
{
    // Qt reports a reset like a close; writing after it fails, a FIN'd peer would accept it.
    // The probe tests tell the two apart by the kernel's TCP state; here the bytes are checked.
    const RawReply reply = get(m_server, u"/reset?bytes=9"_s);
    QVERIFY(reply.closed || reply.error != QAbstractSocket::UnknownSocketError);
    QCOMPARE(reply.bytes, "HTTP/1.1 "_ba);
}

void FaultServerTest::delaysTheFirstByteByTheRequestedTime()
{
    const RawReply reply = get(m_server, u"/slow-first-byte?ms=150"_s);
    QVERIFY2(reply.firstByteMs >= 149 && reply.firstByteMs < 400, qPrintable(QString::number(reply.firstByteMs)));
    QVERIFY(reply.bytes.startsWith("HTTP/1.1 200 OK"));

    const RawReply slowBody = get(m_server, u"/slow-body?ms=30&chunks=3"_s);
    QVERIFY(slowBody.bytes.endsWith(QByteArray(192, 'x')));
}

void FaultServerTest::servesABigBodyOfExactlyTheRequestedSize()
{
    const RawReply reply = get(m_server, u"/big?bytes=2000000"_s, 10000);
    const qsizetype headEnd = reply.bytes.indexOf("\r\n\r\n") + 4;
    QVERIFY(reply.bytes.contains("Content-Length: 2000000\r\n"));
    QCOMPARE(reply.bytes.size() - headEnd, 2000000);
}

void FaultServerTest::answersUnknownPathsWith404ListingThePaths()
{
    const RawReply reply = get(m_server, u"/no-such-mode"_s);
    QVERIFY(reply.bytes.startsWith("HTTP/1.1 404 Not Found\r\n"));
    QVERIFY(reply.bytes.contains("\"/slow-first-byte\""));
}

void FaultServerTest::servesTlsWithTheTestCertificate()
{
    const QSslCertificate certificate = FaultServer::testCertificate();
    QVERIFY2(!certificate.isNull(), "the certificate is compiled in");
    QVERIFY(!FaultServer::testKey().isNull());
    QVERIFY(certificate.subjectInfo(QSslCertificate::CommonName).contains(u"localhost"_s));
    QVERIFY(certificate.expiryDate() > QDateTime::currentDateTimeUtc().addYears(10));

    QSslSocket socket;
    QSslConfiguration configuration = socket.sslConfiguration();
    configuration.setCaCertificates({ certificate }); // trusted here: verification must pass
    socket.setSslConfiguration(configuration);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    socket.connectToHostEncrypted(u"localhost"_s, m_server.tlsPort());
    QTRY_VERIFY2_WITH_TIMEOUT(encrypted.size() == 1, qPrintable(socket.errorString()), 5000);
    QCOMPARE(socket.peerCertificate(), certificate);
    const RawReply reply = fetch(socket, "GET /json HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QVERIFY(reply.bytes.startsWith("HTTP/1.1 200 OK\r\n"));
}

void FaultServerTest::keepsTheRequestHeadsItReceived()
{
    QSignalSpy spy(&m_server, &FaultServer::requestReceived);
    get(m_server, u"/json?marker=heads"_s);
    QCOMPARE(spy.size(), 1);
    QVERIFY(m_server.receivedRequests().last().startsWith("GET /json?marker=heads HTTP/1.1\r\n"));

    // A POST body is read in full before the answer.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    const RawReply reply = fetch(socket, "POST /echo HTTP/1.1\r\nHost: lab\r\nContent-Length: 5\r\n\r\nhello");
    QVERIFY(reply.bytes.endsWith("\r\n\r\nhello"));
}

void FaultServerTest::givesARefusingPortAndASilentListener()
{
    const quint16 refusing = FaultServer::refusingPort();
    QVERIFY(refusing != 0);
    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, refusing);
    QVERIFY(!refused.waitForConnected(2000));
    QCOMPARE(refused.error(), QAbstractSocket::ConnectionRefusedError);

    SilentServer silent;
    QVERIFY(silent.start());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, silent.port());
    QVERIFY2(socket.waitForConnected(2000), "the kernel accepts the connection");
    socket.write("GET / HTTP/1.1\r\nHost: lab\r\n\r\n");
    QTest::qWait(300);
    QCOMPARE(socket.bytesAvailable(), 0);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

    const RawReply hang = [&] {
        QTcpSocket hanging;
        hanging.connectToHost(QHostAddress::LocalHost, m_server.port());
        hanging.waitForConnected(2000);
        hanging.write("GET /hang HTTP/1.1\r\nHost: lab\r\n\r\n");
        QTest::qWait(300); // the server's event loop runs meanwhile
        RawReply r;
        r.bytes = hanging.readAll();
        r.closed = hanging.state() != QAbstractSocket::ConnectedState;
        return r;
    }();
    QVERIFY(hang.bytes.isEmpty());
    QVERIFY2(!hang.closed, "/hang neither answers nor closes");
}

void FaultServerTest::leavesAConnectToTheDroppingListenerHanging()
{
    // 127.0.0.2 on the lab's own port: --resolve tests put a hanging and a working address side by side.
    DroppingListener dropping;
    QVERIFY2(dropping.start(QHostAddress(u"127.0.0.2"_s), m_server.port()), qPrintable(dropping.errorString()));
    QCOMPARE(dropping.port(), m_server.port());
    QTcpSocket socket;
    QElapsedTimer clock;
    clock.start();
    socket.connectToHost(QHostAddress(u"127.0.0.2"_s), dropping.port());
    QVERIFY2(!socket.waitForConnected(400), "the SYN is dropped: the connect neither succeeds ...");
    QVERIFY2(socket.error() == QAbstractSocket::SocketTimeoutError,
             qPrintable(socket.errorString())); // ... nor is refused
    QVERIFY(clock.elapsed() >= 390);
    socket.abort();

    QTcpSocket lab; // the lab on 127.0.0.1 and the same port still answers
    lab.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(lab.waitForConnected(2000));
}

QTEST_GUILESS_MAIN(FaultServerTest)
#include "tst_faultserver.moc"
