// ProbeEngine against the lab's fault server over real loopback sockets: every transport
// outcome, the phases and their signals, TLS, redirects, content decoding, address overrides
// and proxies (small real HTTP and SOCKS5 proxies from ProxyFixtures.h). A connect that hangs is
// made on loopback with the lab's DroppingListener: its accept queue is full, so Linux drops the
// SYN and the connect neither succeeds nor is refused.
#include "ProxyFixtures.h"
#include "lab/FaultServer.h"
#include "probe/ProbeEngine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatescope::Outcome)
Q_DECLARE_METATYPE(Gatescope::Phase)

namespace {

RequestSpec requestFor(const QUrl &url)
{
    RequestSpec request;
    request.url = url;
    request.options.connectTimeoutMs = 3000;
    request.options.tlsTimeoutMs = 3000;
    request.options.firstByteTimeoutMs = 5000;
    request.options.totalTimeoutMs = 15000;
    request.options.useEnvironmentProxy = false;
    return request;
}

Exchange probeOnce(const RequestSpec &request)
{
    const QList<Exchange> exchanges = ProbeEngine::run(request);
    if (exchanges.size() != 1)
        qWarning("expected one exchange, got %d", int(exchanges.size()));
    return exchanges.value(0);
}

// A /raw path that makes the fault server send exactly `bytes` and close.
QString rawPath(const QByteArray &bytes)
{
    return u"/raw?b64="_s + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

QString describeAttempts(const Exchange &exchange)
{
    QStringList parts;
    for (const ConnectAttempt &attempt : exchange.attempts)
        parts.append(u"%1 %2 %3 ms '%4'"_s.arg(attempt.address, attempt.succeeded ? u"ok"_s : u"failed"_s)
                         .arg(attempt.durationMs, 0, 'f', 0)
                         .arg(attempt.error));
    return parts.join(u"; "_s);
}

QString describe(const Exchange &exchange)
{
    return u"outcome %1, phase %2, detail '%3', status %4"_s
        .arg(outcomeId(exchange.transport.outcome), phaseId(exchange.transport.phase), exchange.transport.detail)
        .arg(exchange.response ? exchange.response->status : -1);
}

// The request head the fault server received that contains `marker`.
QByteArray receivedHead(const FaultServer &server, QByteArrayView marker)
{
    const QList<QByteArray> heads = server.receivedRequests();
    for (auto it = heads.crbegin(); it != heads.crend(); ++it) {
        if (it->contains(marker))
            return *it;
    }
    return {};
}

} // namespace

class ProbeEngineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void endsEachConversationWithTheRightOutcome_data();
    void endsEachConversationWithTheRightOutcome();
    void recordsReaderAnomaliesWithTheirOffset_data();
    void recordsReaderAnomaliesWithTheirOffset();
    void reportsARefusedPortAsRefused();
    void reportsAnUnresolvableNameAsDnsFailure();
    void timesOutWaitingForTheFirstByte();
    void timesOutInTheTlsHandshakeWhenTheServerNeverAnswers();
    void timesOutInTheDownloadWhenTheTotalLimitStrikes();
    void measuresAnInjectedFirstByteDelayAsWait();
    void phaseDurationsAddUpToTheTotal();
    void rejectsAnUntrustedCertificateAsTlsFailure();
    void acceptsAnUntrustedCertificateWhenVerificationIsSkipped();
    void followsRedirectsWithOneExchangePerHop();
    void stopsFollowingAtTheRedirectLimit();
    void leavesRedirectsAloneUnlessAsked();
    void decodesGzipAndDeflateBodiesKeepingWireSizes_data();
    void decodesGzipAndDeflateBodiesKeepingWireSizes();
    void capsTheCapturedBodyButCountsAllOfIt();
    void sendsHostUserAgentAcceptAndKeepsHeaderOrder();
    void letsTheCallerReplaceDefaultHeadersAndSendsABody();
    void resolveOverrideKeepsTheHostHeader();
    void connectToOverrideKeepsHostAndSni();
    void fallsBackToTheNextAddressAndRecordsEachAttempt();
    void givesAHangingAddressItsShareOfTheConnectTime_data();
    void givesAHangingAddressItsShareOfTheConnectTime();
    void recordsSniOnlyForAHostName_data();
    void recordsSniOnlyForAHostName();
    void sendsAbsoluteFormThroughAnHttpProxy();
    void tunnelsHttpsThroughAnHttpProxyWithConnect();
    void recordsTheProxysAnswerWhenItRefusesTheTunnel();
    void connectsThroughSocks5ResolvingLocally();
    void connectsThroughSocks5hLettingTheProxyResolve();
    void endsConnectAtTcpAndCountsTheProxyHandshakeLater_data();
    void endsConnectAtTcpAndCountsTheProxyHandshakeLater();
    void namesTheProxyWhenTheProxyRefusesTheConnection_data();
    void namesTheProxyWhenTheProxyRefusesTheConnection();
    void emitsPhaseSignalsInOrderWhileTheRequestRuns();
    void cancelEndsTheRunningExchange();

private:
    FaultServer m_server;
};

void ProbeEngineTest::initTestCase()
{
    // The suite clears proxies with no_proxy=*; these tests decide proxies themselves.
    for (const char *name :
         { "no_proxy", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy", "ALL_PROXY", "HTTPS_PROXY" })
        qunsetenv(name);
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.tlsPort() != 0);
}

void ProbeEngineTest::endsEachConversationWithTheRightOutcome_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<int>("status"); // -1 = no response

    QTest::newRow("json answers ok") << u"/json"_s << Outcome::Ok << Phase::None << 200;
    QTest::newRow("chunked body ok") << u"/chunked"_s << Outcome::Ok << Phase::None << 200;
    QTest::newRow("close-delimited body ok") << u"/close-delimited"_s << Outcome::Ok << Phase::None << 200;
    QTest::newRow("502 from the origin is ok") << u"/status?code=502&body=x"_s << Outcome::Ok << Phase::None << 502;
    QTest::newRow("100 continue then 200") << u"/100-continue"_s << Outcome::Ok << Phase::None << 200;
    QTest::newRow("103 early hints then 200") << u"/103-early-hints"_s << Outcome::Ok << Phase::None << 200;
    QTest::newRow("peer closes after 0 bytes")
        << u"/close-before-any-byte"_s << Outcome::ClosedEarly << Phase::Wait << -1;
    QTest::newRow("peer closes mid headers")
        << u"/close-mid-headers"_s << Outcome::ClosedEarly << Phase::Download << -1;
    QTest::newRow("peer closes mid body") << u"/close-mid-body"_s << Outcome::ClosedEarly << Phase::Download << 200;
    QTest::newRow("peer resets before any byte") << u"/reset"_s << Outcome::Reset << Phase::Wait << -1;
    QTest::newRow("peer resets mid headers") << u"/reset?bytes=20"_s << Outcome::Reset << Phase::Download << -1;
    QTest::newRow("garbage instead of HTTP") << u"/garbage"_s << Outcome::InvalidResponse << Phase::Download << -1;
    QTest::newRow("header line without colon") << u"/bad-header"_s << Outcome::InvalidResponse << Phase::Download << -1;
    QTest::newRow("invalid chunk size") << u"/bad-chunking"_s << Outcome::InvalidResponse << Phase::Download << 200;
    QTest::newRow("header block over the cap")
        << u"/huge-headers"_s << Outcome::InvalidResponse << Phase::Download << -1;
}

void ProbeEngineTest::endsEachConversationWithTheRightOutcome()
{
    QFETCH(QString, path);
    QFETCH(Outcome, outcome);
    QFETCH(Phase, phase);
    QFETCH(int, status);

    const Exchange exchange = probeOnce(requestFor(m_server.url(path)));
    QVERIFY2(exchange.transport.outcome == outcome, qPrintable(describe(exchange)));
    if (outcome != Outcome::Ok)
        QVERIFY2(exchange.transport.phase == phase, qPrintable(describe(exchange)));
    QVERIFY2(!exchange.transport.detail.isEmpty() || outcome == Outcome::Ok, "a failure says what happened");
    QCOMPARE(exchange.response.has_value(), status != -1);
    if (exchange.response)
        QCOMPARE(exchange.response->status, status);
    QCOMPARE(exchange.remoteAddress, u"127.0.0.1"_s);
    QVERIFY(exchange.timings.total > 0);
}

void ProbeEngineTest::recordsReaderAnomaliesWithTheirOffset_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("offset"); // -1 = any

    QTest::newRow("header line without colon")
        << u"/bad-header"_s << QString::fromUtf16(AnomalyKind::BadHeaderLine) << FaultServer::badHeaderOffset();
    QTest::newRow("invalid chunk size") << u"/bad-chunking"_s << QString::fromUtf16(AnomalyKind::InvalidChunkSize)
                                        << qint64(-1);
    QTest::newRow("100 continue") << u"/100-continue"_s << QString::fromUtf16(AnomalyKind::InterimResponse)
                                  << qint64(0);
    QTest::newRow("103 early hints") << u"/103-early-hints"_s << QString::fromUtf16(AnomalyKind::InterimResponse)
                                     << qint64(0);
    QTest::newRow("huge headers") << u"/huge-headers"_s << QString::fromUtf16(AnomalyKind::HeaderBlockTooLarge)
                                  << qint64(-1);
    QTest::newRow("body ends at close") << u"/close-delimited"_s << QString::fromUtf16(AnomalyKind::CloseDelimitedBody)
                                        << qint64(-1);

    // Every anomaly the reader knows, over a real socket through the engine, at its exact offset.
    auto kind = [](const char16_t *id) { return QString::fromUtf16(id); };
    auto row = [&](const char *name, const QString &path, const char16_t *id, qint64 offset) {
        QTest::newRow(name) << path << kind(id) << offset;
    };
    auto raw = [&](const char *name, const QByteArray &bytes, const char16_t *id, qint64 offset) {
        QVERIFY2(offset >= 0, name);
        row(name, rawPath(bytes), id, offset);
    };
    using M = FaultServer::Mode;
    const QByteArray obsFold = FaultServer::malformedResponse(M::ObsFold);
    const QByteArray badName = FaultServer::malformedResponse(M::InvalidHeaderName);
    const QByteArray twoLengths = FaultServer::malformedResponse(M::ConflictingContentLength);
    const QByteArray lengthAndChunked = FaultServer::malformedResponse(M::ContentLengthAndChunked);
    const QByteArray after = FaultServer::malformedResponse(M::BytesAfterMessage);
    const QByteArray badStatus = FaultServer::malformedResponse(M::BadStatusLine);
    const QByteArray noContent = FaultServer::malformedResponse(M::NoContentWithBody, 204);
    const QByteArray notModified = FaultServer::malformedResponse(M::NoContentWithBody, 304);

    row("non-HTTP bytes", u"/garbage"_s, AnomalyKind::NonHttpPreamble, 0);
    row("malformed status line", u"/bad-status-line"_s, AnomalyKind::BadStatusLine, badStatus.indexOf("2OO"));
    row("obsolete line folding", u"/obs-fold"_s, AnomalyKind::ObsoleteLineFolding, obsFold.indexOf("  second part"));
    row("invalid character in a header name", u"/invalid-header-name"_s, AnomalyKind::InvalidHeaderName,
        badName.indexOf('@'));
    row("conflicting duplicate Content-Length", u"/conflicting-content-length"_s, AnomalyKind::ConflictingContentLength,
        twoLengths.indexOf("Content-Length: 7"));
    row("Content-Length and Transfer-Encoding", u"/content-length-and-chunked"_s,
        AnomalyKind::ContentLengthWithTransferEncoding, lengthAndChunked.indexOf("Content-Length"));
    row("bytes after the end of the message", u"/bytes-after-message"_s, AnomalyKind::BytesAfterMessage,
        after.indexOf("helloHTTP") + 5);
    row("204 with a body", u"/no-content-with-body"_s, AnomalyKind::BytesAfterMessage,
        noContent.indexOf("\r\n\r\n") + 4);
    row("304 with a body", u"/no-content-with-body?code=304"_s, AnomalyKind::BytesAfterMessage,
        notModified.indexOf("\r\n\r\n") + 4);
    row("header block over the engine's 256 KiB cap", u"/huge-headers"_s, AnomalyKind::HeaderBlockTooLarge, 256 * 1024);
    row("chunk size that is not hex", u"/bad-chunking"_s, AnomalyKind::InvalidChunkSize,
        QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: "
                   "close\r\n\r\n5\r\nhello\r\n")
            .size());

    const QByteArray control = "HTTP/1.1 200 OK\r\nX-Ctl: a\x01"
                               "b\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"_ba;
    raw("control character in a header value", control, AnomalyKind::InvalidHeaderValue, control.indexOf('\x01'));
    const QByteArray badLength = "HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\nConnection: close\r\n\r\nok"_ba;
    raw("Content-Length that is not a number", badLength, AnomalyKind::InvalidContentLength,
        badLength.indexOf("Content-Length"));
    const QByteArray gzipCoding = "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\nsomething"_ba;
    raw("transfer coding other than chunked", gzipCoding, AnomalyKind::UnsupportedTransferEncoding,
        gzipCoding.indexOf("Transfer-Encoding"));
    const QByteArray noCrlf
        = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhelloXX\r\n0\r\n\r\n"_ba;
    raw("chunk data without its CRLF", noCrlf, AnomalyKind::BadChunkTerminator, noCrlf.indexOf("helloXX") + 5);
    const QByteArray shortBody = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\nabc"_ba;
    raw("body shorter than Content-Length", shortBody, AnomalyKind::BodyShorterThanContentLength, shortBody.size());
    const QByteArray cutChunks
        = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhel"_ba;
    raw("chunked body cut by the close", cutChunks, AnomalyKind::TruncatedChunkedBody, cutChunks.size());
    const QByteArray closeDelimited = "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the close"_ba;
    raw("close-delimited body", closeDelimited, AnomalyKind::CloseDelimitedBody, closeDelimited.indexOf("until"));
    const QByteArray bareLf = "HTTP/1.1 200 OK\nContent-Length: 2\r\nConnection: close\r\n\r\nok"_ba;
    raw("bare LF line ending", bareLf, AnomalyKind::BareLineFeed, bareLf.indexOf('\n'));
    const QByteArray interim = "HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\nHTTP/1.1 100 Continue\r\n\r\n"
                               "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"_ba;
    raw("second interim response", interim, AnomalyKind::InterimResponse, interim.indexOf("HTTP/1.1 100"));
    const QByteArray notGzip
        = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 15\r\nConnection: close\r\n\r\nthis is no gzip"_ba;
    // zlib reads the two-byte gzip magic before it rejects it: the failure is reported right after.
    raw("gzip body that is not gzip", notGzip, AnomalyKind::ContentDecodingFailed,
        notGzip.indexOf("this is no gzip") + 2);
}

void ProbeEngineTest::recordsReaderAnomaliesWithTheirOffset()
{
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QFETCH(qint64, offset);

    const Exchange exchange = probeOnce(requestFor(m_server.url(path)));
    QStringList seen;
    bool found = false;
    for (const WireAnomaly &anomaly : exchange.anomalies) {
        seen.append(u"%1@%2"_s.arg(anomaly.kind).arg(anomaly.offset));
        if (anomaly.kind == kind && (offset < 0 || anomaly.offset == offset))
            found = true;
    }
    QVERIFY2(found, qPrintable(u"expected %1 at %2, got: %3"_s.arg(kind).arg(offset).arg(seen.join(u", "_s))));
    QVERIFY(!exchange.rawResponse.isEmpty());
}

void ProbeEngineTest::reportsARefusedPortAsRefused()
{
    const quint16 port = FaultServer::refusingPort();
    QVERIFY(port != 0);
    const Exchange exchange = probeOnce(requestFor(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
    QVERIFY2(exchange.transport.outcome == Outcome::Refused, qPrintable(describe(exchange)));
    QCOMPARE(exchange.transport.phase, Phase::Connect);
    QCOMPARE(exchange.attempts.size(), 1);
    QVERIFY(!exchange.attempts.constFirst().succeeded);
    QVERIFY2(exchange.attempts.constFirst().error.contains(u"refused"_s, Qt::CaseInsensitive),
             qPrintable(exchange.attempts.constFirst().error));
    QVERIFY(exchange.timings.dns >= 0);
    QVERIFY(exchange.timings.connect >= 0);
    QCOMPARE(exchange.timings.send, -1.0);
    QVERIFY(!exchange.response);
}

void ProbeEngineTest::reportsAnUnresolvableNameAsDnsFailure()
{
    // .invalid never resolves (RFC 6761); no network is needed to find that out.
    const Exchange exchange = probeOnce(requestFor(QUrl(u"http://gatescope-probe.invalid/"_s)));
    QVERIFY2(exchange.transport.outcome == Outcome::DnsFailure, qPrintable(describe(exchange)));
    QCOMPARE(exchange.transport.phase, Phase::Dns);
    QVERIFY(exchange.transport.detail.contains(u"gatescope-probe.invalid"_s));
    QVERIFY(exchange.attempts.isEmpty());
    QCOMPARE(exchange.timings.connect, -1.0);
}

void ProbeEngineTest::timesOutWaitingForTheFirstByte()
{
    RequestSpec request = requestFor(m_server.url(u"/hang"_s));
    request.options.firstByteTimeoutMs = 300;
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Timeout, qPrintable(describe(exchange)));
    QCOMPARE(exchange.transport.phase, Phase::Wait);
    QVERIFY2(exchange.timings.wait >= 290 && exchange.timings.wait < 1000,
             qPrintable(QString::number(exchange.timings.wait)));
    QCOMPARE(exchange.timings.download, -1.0);
}

void ProbeEngineTest::timesOutInTheTlsHandshakeWhenTheServerNeverAnswers()
{
    SilentServer silent;
    QVERIFY(silent.start());
    RequestSpec request = requestFor(QUrl(u"https://127.0.0.1:%1/"_s.arg(silent.port())));
    request.options.tlsTimeoutMs = 300;
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Timeout, qPrintable(describe(exchange)));
    QCOMPARE(exchange.transport.phase, Phase::Tls);
    QVERIFY(exchange.timings.tls >= 290);
    QVERIFY(exchange.tls.used);
}

void ProbeEngineTest::timesOutInTheDownloadWhenTheTotalLimitStrikes()
{
    RequestSpec request = requestFor(m_server.url(u"/slow-body?ms=150&chunks=10"_s));
    request.options.totalTimeoutMs = 400;
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Timeout, qPrintable(describe(exchange)));
    QCOMPARE(exchange.transport.phase, Phase::Download);
    QVERIFY(exchange.response); // the headers were in
    QCOMPARE(exchange.response->status, 200);
    QVERIFY(exchange.timings.total >= 390 && exchange.timings.total < 1500);
}

void ProbeEngineTest::measuresAnInjectedFirstByteDelayAsWait()
{
    const Exchange exchange = probeOnce(requestFor(m_server.url(u"/slow-first-byte?ms=200"_s)));
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QVERIFY2(exchange.timings.wait >= 199 && exchange.timings.wait < 300,
             qPrintable(QString::number(exchange.timings.wait)));
    QVERIFY(exchange.timings.connect < 100);
}

void ProbeEngineTest::phaseDurationsAddUpToTheTotal()
{
    RequestSpec request = requestFor(m_server.tlsUrl(u"/slow-body?ms=20&chunks=3"_s));
    request.options.verifyTls = false;
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    const Timings &t = exchange.timings;
    for (double value : { t.dns, t.connect, t.tls, t.send, t.wait, t.download })
        QVERIFY2(value >= 0, "every phase of an https exchange happened");
    QCOMPARE(t.blocked, -1.0);
    const double sum = t.dns + t.connect + t.tls + t.send + t.wait + t.download;
    QVERIFY2(std::abs(sum - t.total) < 0.01, qPrintable(u"sum %1 vs total %2"_s.arg(sum).arg(t.total)));
    QVERIFY(t.download >= 35);
}

void ProbeEngineTest::rejectsAnUntrustedCertificateAsTlsFailure()
{
    const Exchange exchange = probeOnce(requestFor(m_server.tlsUrl(u"/json"_s)));
    QVERIFY2(exchange.transport.outcome == Outcome::TlsFailure, qPrintable(describe(exchange)));
    QCOMPARE(exchange.transport.phase, Phase::Tls);
    QVERIFY(exchange.tls.used);
    QVERIFY(!exchange.tls.verificationSkipped);
    QVERIFY(!exchange.tls.errorText.isEmpty());
    QVERIFY2(!exchange.tls.verificationErrors.isEmpty(), "the certificate problems are listed");
    QVERIFY2(exchange.tls.peerCertificate.contains(u"localhost"_s), qPrintable(exchange.tls.peerCertificate));
    QVERIFY2(exchange.tls.sniHost.isEmpty(), "no SNI is sent for an IP address");
    QVERIFY(!exchange.response);
}

void ProbeEngineTest::acceptsAnUntrustedCertificateWhenVerificationIsSkipped()
{
    RequestSpec request = requestFor(m_server.tlsUrl(u"/json"_s));
    request.options.verifyTls = false;
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QVERIFY(exchange.tls.verificationSkipped);
    QVERIFY2(!exchange.tls.verificationErrors.isEmpty(), "skipped problems are still recorded");
    QVERIFY2(exchange.tls.protocol.startsWith(u"TLSv1."_s), qPrintable(exchange.tls.protocol));
    QVERIFY(!exchange.tls.cipher.isEmpty());
    QVERIFY(exchange.timings.tls > 0);
    QCOMPARE(exchange.response->status, 200);
}

void ProbeEngineTest::followsRedirectsWithOneExchangePerHop()
{
    RequestSpec request = requestFor(m_server.url(u"/redirect?n=3"_s));
    request.options.followRedirects = true;
    const QList<Exchange> exchanges = ProbeEngine::run(request);
    QCOMPARE(exchanges.size(), 4);
    for (int hop = 0; hop < 4; ++hop) {
        QCOMPARE(exchanges.at(hop).redirectHop, hop);
        QCOMPARE(exchanges.at(hop).index, hop);
        QCOMPARE(exchanges.at(hop).response->status, hop < 3 ? 302 : 200);
    }
    QCOMPARE(exchanges.at(1).request.url.query(), u"n=2&code=302"_s);
    QCOMPARE(exchanges.last().request.url.path(), u"/redirect"_s);
}

void ProbeEngineTest::stopsFollowingAtTheRedirectLimit()
{
    RequestSpec request = requestFor(m_server.url(u"/redirect?n=5&code=307"_s));
    request.options.followRedirects = true;
    request.options.maxRedirects = 2;
    const QList<Exchange> exchanges = ProbeEngine::run(request);
    QCOMPARE(exchanges.size(), 3);
    QCOMPARE(exchanges.last().response->status, 307);
    QVERIFY2(!exchanges.last().comment.isEmpty(), "the limit is noted");
}

void ProbeEngineTest::leavesRedirectsAloneUnlessAsked()
{
    const QList<Exchange> exchanges = ProbeEngine::run(requestFor(m_server.url(u"/redirect?n=2"_s)));
    QCOMPARE(exchanges.size(), 1);
    QCOMPARE(exchanges.constFirst().response->status, 302);
}

void ProbeEngineTest::decodesGzipAndDeflateBodiesKeepingWireSizes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("gzip") << u"/gzip"_s << u"gzip"_s;
    QTest::newRow("deflate") << u"/deflate"_s << u"deflate"_s;
}

void ProbeEngineTest::decodesGzipAndDeflateBodiesKeepingWireSizes()
{
    QFETCH(QString, path);
    QFETCH(QString, encoding);
    const Exchange plain = probeOnce(requestFor(m_server.url(u"/json"_s)));
    const Exchange exchange = probeOnce(requestFor(m_server.url(path)));
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QCOMPARE(exchange.response->contentEncoding, encoding);
    QCOMPARE(exchange.response->body, plain.response->body);
    QCOMPARE(exchange.response->bodySize, plain.response->body.size());
    QCOMPARE(exchange.response->bodyWireSize, headerValue(exchange.response->headers, "content-length").toLongLong());
    QVERIFY(exchange.response->bodyWireSize != exchange.response->bodySize);
}

void ProbeEngineTest::capsTheCapturedBodyButCountsAllOfIt()
{
    RequestSpec request = requestFor(m_server.url(u"/big?bytes=3000000"_s));
    request.options.bodyCaptureCap = 1000;
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QCOMPARE(exchange.response->body.size(), 1000);
    QCOMPARE(exchange.response->bodySize, 3000000);
    QCOMPARE(exchange.response->bodyWireSize, 3000000);
    QVERIFY(exchange.response->bodyTruncated);
}

void ProbeEngineTest::sendsHostUserAgentAcceptAndKeepsHeaderOrder()
{
    RequestSpec request = requestFor(m_server.url(u"/echo?case=order"_s));
    request.headers = { { "X-First", "1" }, { "X-Dup", "a" }, { "X-Off", "not sent", false }, { "X-Dup", "b" } };
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    const QByteArray expected
        = "GET /echo?case=order HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_server.port())
        + "\r\nUser-Agent: gatescope/" GATESCOPE_VERSION
          "\r\nAccept: */*\r\nX-First: 1\r\nX-Dup: a\r\nX-Dup: b\r\n\r\n";
    QCOMPARE(receivedHead(m_server, "case=order"), expected);
    QCOMPARE(exchange.request.headers.size(), 6); // as sent, defaults included
    QCOMPARE(exchange.request.headers.constFirst().name, QByteArray("Host"));
}

void ProbeEngineTest::letsTheCallerReplaceDefaultHeadersAndSendsABody()
{
    RequestSpec request = requestFor(m_server.url(u"/echo?case=post"_s));
    request.method = "POST";
    request.body = "a=1&b=2";
    request.headers = { { "Accept", "application/json" }, { "User-Agent", "curl/7.88.1" } };
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    const QByteArray head = receivedHead(m_server, "case=post");
    QVERIFY2(head.contains("Accept: application/json\r\n") && !head.contains("Accept: */*"), head.constData());
    QVERIFY2(head.contains("User-Agent: curl/7.88.1\r\n") && !head.contains("gatescope/"), head.constData());
    QVERIFY2(head.contains("Content-Length: 7\r\n"), head.constData());
    QVERIFY2(exchange.response->body.endsWith("a=1&b=2"), exchange.response->body.constData());
}

void ProbeEngineTest::resolveOverrideKeepsTheHostHeader()
{
    RequestSpec request = requestFor(QUrl(u"http://api.gatescope.test:%1/echo?case=resolve"_s.arg(m_server.port())));
    request.options.addressOverrides
        = { { AddressOverride::Kind::Resolve, u"api.gatescope.test"_s, m_server.port(), u"127.0.0.1"_s, 0 } };
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QCOMPARE(exchange.resolvedAddresses, QStringList { u"127.0.0.1"_s });
    QVERIFY2(receivedHead(m_server, "case=resolve")
                 .contains(QByteArray("\r\nHost: api.gatescope.test:" + QByteArray::number(m_server.port()) + "\r\n")),
             receivedHead(m_server, "case=resolve").constData());
}

void ProbeEngineTest::connectToOverrideKeepsHostAndSni()
{
    // Plain: the URL names port 80 of a name that does not exist; --connect-to sends it to the lab.
    RequestSpec request = requestFor(QUrl(u"http://cdn.gatescope.test/echo?case=connect-to"_s));
    request.options.addressOverrides
        = { { AddressOverride::Kind::ConnectTo, u"cdn.gatescope.test"_s, 80, u"127.0.0.1"_s, m_server.port() } };
    Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QCOMPARE(exchange.remotePort, int(m_server.port()));
    QVERIFY(receivedHead(m_server, "case=connect-to").contains("\r\nHost: cdn.gatescope.test\r\n"));

    // TLS: SNI and the name checked against the certificate stay the URL's.
    request = requestFor(QUrl(u"https://cdn.gatescope.test/echo?case=connect-to-tls"_s));
    request.options.addressOverrides
        = { { AddressOverride::Kind::ConnectTo, {}, 0, u"127.0.0.1"_s, m_server.tlsPort() } };
    request.options.verifyTls = false;
    exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QCOMPARE(exchange.tls.sniHost, u"cdn.gatescope.test"_s);
    QVERIFY2(exchange.tls.verificationErrors.join(u' ').contains(u"cdn.gatescope.test"_s)
                 || exchange.tls.verificationErrors.join(u' ').contains(u"host name"_s, Qt::CaseInsensitive),
             qPrintable(exchange.tls.verificationErrors.join(u"; "_s)));
    QVERIFY(receivedHead(m_server, "case=connect-to-tls").contains("\r\nHost: cdn.gatescope.test\r\n"));
}

void ProbeEngineTest::fallsBackToTheNextAddressAndRecordsEachAttempt()
{
    // The first address has nothing listening on the lab's port (IPv6 loopback, or a refusal
    // where IPv6 is off); the second is the lab.
    RequestSpec request = requestFor(QUrl(u"http://multi.gatescope.test:%1/json"_s.arg(m_server.port())));
    request.options.addressOverrides
        = { { AddressOverride::Kind::Resolve, u"multi.gatescope.test"_s, m_server.port(), u"[::1],127.0.0.1"_s, 0 } };
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QCOMPARE(exchange.resolvedAddresses, (QStringList { u"::1"_s, u"127.0.0.1"_s }));
    QCOMPARE(exchange.attempts.size(), 2);
    QCOMPARE(exchange.attempts.at(0).address, u"::1"_s);
    QVERIFY(!exchange.attempts.at(0).succeeded);
    QVERIFY(!exchange.attempts.at(0).error.isEmpty());
    QCOMPARE(exchange.attempts.at(1).address, u"127.0.0.1"_s);
    QVERIFY(exchange.attempts.at(1).succeeded);
    QCOMPARE(exchange.remoteAddress, u"127.0.0.1"_s);
}

void ProbeEngineTest::givesAHangingAddressItsShareOfTheConnectTime_data()
{
    QTest::addColumn<QString>("addresses"); // --resolve list; 127.0.0.2 and .3 hang, 127.0.0.1 is the lab
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QStringList>("attempts"); // "address timed-out" or "address ok", in order

    QTest::newRow("only a hanging address: timeout in connect")
        << u"127.0.0.2"_s << Outcome::Timeout << QStringList { u"127.0.0.2 timed-out"_s };
    QTest::newRow("hanging address, then the lab: falls back")
        << u"127.0.0.2,127.0.0.1"_s << Outcome::Ok << QStringList { u"127.0.0.2 timed-out"_s, u"127.0.0.1 ok"_s };
    QTest::newRow("two hanging addresses: both tried, then timeout")
        << u"127.0.0.2,127.0.0.3"_s << Outcome::Timeout
        << QStringList { u"127.0.0.2 timed-out"_s, u"127.0.0.3 timed-out"_s };
}

void ProbeEngineTest::givesAHangingAddressItsShareOfTheConnectTime()
{
    QFETCH(QString, addresses);
    QFETCH(Outcome, outcome);
    QFETCH(QStringList, attempts);

    // Same port as the lab, other loopback addresses: only --resolve decides where a connect goes.
    DroppingListener hanging2;
    DroppingListener hanging3;
    QVERIFY2(hanging2.start(QHostAddress(u"127.0.0.2"_s), m_server.port()), qPrintable(hanging2.errorString()));
    QVERIFY2(hanging3.start(QHostAddress(u"127.0.0.3"_s), m_server.port()), qPrintable(hanging3.errorString()));

    constexpr int ConnectTimeoutMs = 900;
    RequestSpec request = requestFor(QUrl(u"http://hang.gatescope.test:%1/json"_s.arg(m_server.port())));
    request.options.connectTimeoutMs = ConnectTimeoutMs;
    request.options.addressOverrides
        = { { AddressOverride::Kind::Resolve, u"hang.gatescope.test"_s, m_server.port(), addresses, 0 } };
    QElapsedTimer clock;
    clock.start();
    const Exchange exchange = probeOnce(request);
    const qint64 elapsed = clock.elapsed();

    QVERIFY2(exchange.transport.outcome == outcome,
             qPrintable(describe(exchange) + u" / "_s + describeAttempts(exchange)));
    QCOMPARE(exchange.resolvedAddresses, addresses.split(u','));
    QCOMPARE(exchange.attempts.size(), attempts.size());
    const qsizetype total = exchange.attempts.size();
    for (qsizetype i = 0; i < total; ++i) {
        const ConnectAttempt &attempt = exchange.attempts.at(i);
        const QStringList expected = attempts.at(i).split(u' ');
        QCOMPARE(attempt.address, expected.at(0));
        QCOMPARE(attempt.port, int(m_server.port()));
        const bool ok = expected.at(1) == u"ok";
        QVERIFY2(attempt.succeeded == ok, qPrintable(describeAttempts(exchange)));
        if (ok)
            continue;
        QVERIFY2(attempt.error.contains(u"timed out"_s), qPrintable(attempt.error));
        if (i + 1 < exchange.resolvedAddresses.size()) {
            // Not the last address: its share is about the connect time ÷ the addresses left.
            const double share = double(ConnectTimeoutMs) / double(exchange.resolvedAddresses.size() - i);
            QVERIFY2(attempt.durationMs >= share - 60 && attempt.durationMs < share + 150,
                     qPrintable(describeAttempts(exchange)));
        }
    }
    if (outcome == Outcome::Timeout) {
        QCOMPARE(exchange.transport.phase, Phase::Connect);
        QVERIFY2(exchange.transport.detail.contains(u"connect timeout"_s), qPrintable(exchange.transport.detail));
        QVERIFY2(exchange.timings.connect >= ConnectTimeoutMs - 50 && elapsed < ConnectTimeoutMs + 500,
                 qPrintable(u"connect %1 ms, probe %2 ms"_s.arg(exchange.timings.connect).arg(elapsed)));
        QCOMPARE(exchange.timings.send, -1.0);
        QVERIFY(exchange.remoteAddress.isEmpty());
        QVERIFY(!exchange.response);
    } else {
        QCOMPARE(exchange.remoteAddress, u"127.0.0.1"_s);
        QCOMPARE(exchange.response->status, 200);
        QVERIFY2(elapsed < ConnectTimeoutMs, qPrintable(u"%1 ms"_s.arg(elapsed)));
    }
}

void ProbeEngineTest::recordsSniOnlyForAHostName_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("sni");

    QTest::newRow("IPv4 address: no SNI") << u"127.0.0.1"_s << QString();
    QTest::newRow("host name: SNI is the name") << u"sni.gatescope.test"_s << u"sni.gatescope.test"_s;
}

void ProbeEngineTest::recordsSniOnlyForAHostName()
{
    QFETCH(QString, host);
    QFETCH(QString, sni);
    RequestSpec request = requestFor(QUrl(u"https://%1:%2/json"_s.arg(host).arg(m_server.tlsPort())));
    request.options.addressOverrides
        = { { AddressOverride::Kind::Resolve, u"sni.gatescope.test"_s, 0, u"127.0.0.1"_s, 0 } };
    request.options.verifyTls = false;
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QVERIFY(exchange.tls.used);
    QCOMPARE(exchange.tls.sniHost, sni);
}

void ProbeEngineTest::sendsAbsoluteFormThroughAnHttpProxy()
{
    Test::HttpProxyFixture proxy;
    QVERIFY(proxy.start());
    RequestSpec request = requestFor(m_server.url(u"/json?via=proxy"_s));
    request.options.proxy = proxy.url();
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QCOMPARE(exchange.proxy, proxy.url());
    QCOMPARE(exchange.remotePort, int(proxy.port()));
    QCOMPARE(proxy.requestLines.size(), 1);
    QCOMPARE(proxy.requestLines.constFirst(),
             "GET http://127.0.0.1:" + QByteArray::number(m_server.port()) + "/json?via=proxy HTTP/1.1");
}

void ProbeEngineTest::tunnelsHttpsThroughAnHttpProxyWithConnect()
{
    Test::HttpProxyFixture proxy;
    QVERIFY(proxy.start());
    RequestSpec request = requestFor(m_server.tlsUrl(u"/json?via=tunnel"_s));
    request.options.proxy = proxy.url();
    request.options.verifyTls = false;
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QCOMPARE(proxy.requestLines.constFirst(),
             "CONNECT 127.0.0.1:" + QByteArray::number(m_server.tlsPort()) + " HTTP/1.1");
    QVERIFY(receivedHead(m_server, "via=tunnel").startsWith("GET /json?via=tunnel HTTP/1.1\r\n"));
    QVERIFY(exchange.tls.used && exchange.timings.tls > 0);
    QVERIFY2(exchange.tls.sniHost.isEmpty(), "no SNI for an IP address");
}

void ProbeEngineTest::recordsTheProxysAnswerWhenItRefusesTheTunnel()
{
    Test::HttpProxyFixture proxy;
    proxy.refuseTunnels = true;
    QVERIFY(proxy.start());
    RequestSpec request = requestFor(m_server.tlsUrl(u"/json"_s));
    request.options.proxy = proxy.url();
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.response && exchange.response->status == 403, qPrintable(describe(exchange)));
    QVERIFY(!exchange.comment.isEmpty());
    // connect ended at TCP; the CONNECT round trip ran in tls (time_appconnect), no TLS followed.
    QVERIFY(exchange.timings.connect >= 0);
    QVERIFY(exchange.timings.tls >= 0);
    QVERIFY(!exchange.tls.used);
}

void ProbeEngineTest::connectsThroughSocks5ResolvingLocally()
{
    Test::Socks5ProxyFixture proxy;
    QVERIFY(proxy.start());
    // The destination's name resolves (here by --resolve) to two addresses: both are recorded,
    // the proxy is asked for the first; the connection itself goes to the proxy.
    RequestSpec request
        = requestFor(QUrl(u"http://socks-dest.gatescope.test:%1/json?via=socks5"_s.arg(m_server.port())));
    request.options.addressOverrides
        = { { AddressOverride::Kind::Resolve, u"socks-dest.gatescope.test"_s, 0, u"127.0.0.1,127.0.0.5"_s, 0 } };
    request.options.proxy = u"socks5://127.0.0.1:%1"_s.arg(proxy.port());
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QCOMPARE(proxy.targets, QStringList { u"127.0.0.1:%1"_s.arg(m_server.port()) });
    QCOMPARE(proxy.addressTypes, QList<int> { 1 });
    QCOMPARE(exchange.proxy, request.options.proxy);
    QCOMPARE(exchange.resolvedAddresses, (QStringList { u"127.0.0.1"_s, u"127.0.0.5"_s }));
    QCOMPARE(exchange.attempts.size(), 1);
    QCOMPARE(exchange.attempts.constFirst().port, int(proxy.port()));
    QCOMPARE(exchange.remotePort, int(proxy.port()));
    QVERIFY(receivedHead(m_server, "via=socks5").contains("\r\nHost: socks-dest.gatescope.test:"));
}

void ProbeEngineTest::connectsThroughSocks5hLettingTheProxyResolve()
{
    Test::Socks5ProxyFixture proxy;
    QVERIFY(proxy.start());
    RequestSpec request = requestFor(QUrl(u"https://localhost:%1/json?via=socks5h"_s.arg(m_server.tlsPort())));
    request.options.proxy = u"socks5h://127.0.0.1:%1"_s.arg(proxy.port());
    request.options.verifyTls = false;
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QCOMPARE(proxy.targets, QStringList { u"localhost:%1"_s.arg(m_server.tlsPort()) });
    QCOMPARE(proxy.addressTypes, QList<int> { 3 });
    QCOMPARE(exchange.tls.sniHost, u"localhost"_s);

    // The proxy's refusal is the exchange's: refused in the connect phase.
    request.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(FaultServer::refusingPort()));
    const Exchange refused = probeOnce(request);
    QVERIFY2(refused.transport.outcome == Outcome::Refused, qPrintable(describe(refused)));
    QCOMPARE(refused.transport.phase, Phase::Connect);
}

void ProbeEngineTest::endsConnectAtTcpAndCountsTheProxyHandshakeLater_data()
{
    QTest::addColumn<QString>("proxyScheme"); // http, socks5
    QTest::addColumn<bool>("https");
    QTest::addColumn<Phase>("handshakePhase");

    QTest::newRow("https through an HTTP proxy: CONNECT counts into tls") << u"http"_s << true << Phase::Tls;
    QTest::newRow("https through SOCKS5: the handshake counts into tls") << u"socks5"_s << true << Phase::Tls;
    QTest::newRow("http through SOCKS5: the handshake counts into send") << u"socks5"_s << false << Phase::Send;
}

void ProbeEngineTest::endsConnectAtTcpAndCountsTheProxyHandshakeLater()
{
    QFETCH(QString, proxyScheme);
    QFETCH(bool, https);
    QFETCH(Phase, handshakePhase);

    // The proxy holds back the answer that completes its handshake: that time must not be in connect.
    constexpr int DelayMs = 200;
    Test::HttpProxyFixture httpProxy;
    Test::Socks5ProxyFixture socksProxy;
    httpProxy.handshakeDelayMs = DelayMs;
    socksProxy.handshakeDelayMs = DelayMs;
    const bool socks = proxyScheme == u"socks5";
    QVERIFY(socks ? socksProxy.start() : httpProxy.start());
    const quint16 proxyPort = socks ? socksProxy.port() : httpProxy.port();

    RequestSpec request
        = requestFor(https ? m_server.tlsUrl(u"/json?via=slow-proxy"_s) : m_server.url(u"/json?via=slow-proxy"_s));
    request.options.proxy = u"%1://127.0.0.1:%2"_s.arg(proxyScheme).arg(proxyPort);
    request.options.verifyTls = false;

    ProbeEngine engine;
    QStringList events;
    connect(&engine, &ProbeEngine::phaseStarted, this,
            [&](int, Phase phase, double) { events.append(u"start "_s + phaseId(phase)); });
    QSignalSpy finishedSpy(&engine, &ProbeEngine::finished);
    engine.start(request);
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.size(), 1, 5000);
    const Exchange exchange = engine.exchanges().value(0);
    QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
    QCOMPARE(exchange.remotePort, int(proxyPort));

    const Timings &t = exchange.timings;
    const QString figures = u"connect %1, tls %2, send %3, wait %4"_s.arg(t.connect).arg(t.tls).arg(t.send).arg(t.wait);
    QVERIFY2(t.connect >= 0 && t.connect < DelayMs / 2, qPrintable(figures));
    const double handshake = handshakePhase == Phase::Tls ? t.tls : t.send;
    QVERIFY2(handshake >= DelayMs - 5, qPrintable(figures));
    QVERIFY2(t.wait >= 0 && t.wait < DelayMs, qPrintable(figures));
    if (https)
        QVERIFY(exchange.tls.used);
    else
        QCOMPARE(t.tls, -1.0);
    const QStringList expected = https
        ? QStringList { u"start dns"_s,  u"start connect"_s, u"start tls"_s,
                        u"start send"_s, u"start wait"_s,    u"start download"_s }
        : QStringList { u"start dns"_s, u"start connect"_s, u"start send"_s, u"start wait"_s, u"start download"_s };
    QCOMPARE(events, expected);
}

void ProbeEngineTest::namesTheProxyWhenTheProxyRefusesTheConnection_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("HTTP proxy") << u"http"_s;
    QTest::newRow("SOCKS5 proxy") << u"socks5"_s;
}

void ProbeEngineTest::namesTheProxyWhenTheProxyRefusesTheConnection()
{
    QFETCH(QString, scheme);
    const quint16 port = FaultServer::refusingPort();
    QVERIFY(port != 0);
    RequestSpec request = requestFor(m_server.url(u"/json"_s));
    request.options.proxy = u"%1://127.0.0.1:%2"_s.arg(scheme).arg(port);
    const Exchange exchange = probeOnce(request);
    QVERIFY2(exchange.transport.outcome == Outcome::Refused, qPrintable(describe(exchange)));
    QCOMPARE(exchange.transport.phase, Phase::Connect);
    QCOMPARE(exchange.transport.detail, u"proxy 127.0.0.1:%1 refused the connection"_s.arg(port));
    QCOMPARE(exchange.attempts.size(), 1);
    QVERIFY(exchange.attempts.constFirst().error.contains(u"refused"_s, Qt::CaseInsensitive));
}

void ProbeEngineTest::emitsPhaseSignalsInOrderWhileTheRequestRuns()
{
    ProbeEngine engine;
    QElapsedTimer clock;
    QStringList events;
    QList<qint64> progress;
    qint64 downloadStartedAt = -1;
    connect(&engine, &ProbeEngine::phaseStarted, this, [&](int hop, Phase phase, double) {
        events.append(u"start %1 %2"_s.arg(hop).arg(phaseId(phase)));
        if (phase == Phase::Download)
            downloadStartedAt = clock.elapsed();
    });
    connect(&engine, &ProbeEngine::phaseFinished, this,
            [&](int hop, Phase phase, double) { events.append(u"end %1 %2"_s.arg(hop).arg(phaseId(phase))); });
    connect(&engine, &ProbeEngine::bodyProgress, this, [&](int, qint64 received, qint64 expected, double) {
        progress.append(received);
        QCOMPARE(expected, 256);
    });
    QSignalSpy hopSpy(&engine, &ProbeEngine::hopFinished);
    QSignalSpy finishedSpy(&engine, &ProbeEngine::finished);

    RequestSpec request = requestFor(m_server.url(u"/slow-body?ms=60&chunks=4"_s));
    clock.start();
    engine.start(request);
    QVERIFY(engine.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(events.contains(u"start 0 download"_s), 3000);
    QVERIFY2(finishedSpy.isEmpty(), "the download phase is reported while the body still arrives");
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.size(), 1, 5000);
    const qint64 finishedAt = clock.elapsed();

    const QStringList expected { u"start 0 dns"_s,      u"end 0 dns"_s,     u"start 0 connect"_s, u"end 0 connect"_s,
                                 u"start 0 send"_s,     u"end 0 send"_s,    u"start 0 wait"_s,    u"end 0 wait"_s,
                                 u"start 0 download"_s, u"end 0 download"_s };
    QCOMPARE(events, expected);
    QVERIFY2(finishedAt - downloadStartedAt >= 150,
             qPrintable(u"download started %1 ms before the end"_s.arg(finishedAt - downloadStartedAt)));
    QVERIFY2(progress.size() >= 3, qPrintable(u"%1 progress reports"_s.arg(progress.size())));
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(progress.last(), 256);
    QCOMPARE(hopSpy.size(), 1);
    QVERIFY(!engine.isRunning());
    QCOMPARE(engine.exchanges().size(), 1);
}

void ProbeEngineTest::cancelEndsTheRunningExchange()
{
    ProbeEngine engine;
    QSignalSpy finishedSpy(&engine, &ProbeEngine::finished);
    engine.start(requestFor(m_server.url(u"/hang"_s)));
    QTest::qWait(100);
    QVERIFY(engine.isRunning());
    engine.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.size(), 1, 2000);
    const Exchange exchange = engine.exchanges().value(0);
    QCOMPARE(exchange.transport.phase, Phase::Wait);
    QVERIFY(!exchange.comment.isEmpty());
    QVERIFY(!engine.isRunning());
}

QTEST_GUILESS_MAIN(ProbeEngineTest)
#include "tst_probeengine.moc"
