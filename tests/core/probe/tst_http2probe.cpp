// The probe over HTTP/2 against the lab's h2 fault origin (libnghttp2's server side) over real
// loopback sockets: ALPN over TLS, h2c with prior knowledge and by Upgrade, the frames recorded, and each way
// an h2 stream can fail (RST_STREAM with its code, GOAWAY before or during the response, a
// flow-control stall, a header list the server refuses) with the outcome and failure id it gets.
#include "diagnosis/Diagnoser.h"
#include "lab/FaultServer.h"
#include "lab/Http2FaultServer.h"
#include "probe/ProbeEngine.h"

#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatescope::Outcome)
Q_DECLARE_METATYPE(Gatescope::Phase)
Q_DECLARE_METATYPE(Gatescope::ProbeOptions::HttpVersion)

namespace {

RequestSpec requestFor(const QUrl &url, ProbeOptions::HttpVersion version)
{
    RequestSpec request;
    request.url = url;
    request.options.connectTimeoutMs = 3000;
    request.options.tlsTimeoutMs = 3000;
    request.options.firstByteTimeoutMs = 5000;
    request.options.totalTimeoutMs = 15000;
    request.options.useEnvironmentProxy = false;
    request.options.verifyTls = false; // the lab's self-signed certificate
    request.options.httpVersion = version;
    return request;
}

Exchange probeOnce(const RequestSpec &request)
{
    const QList<Exchange> exchanges = ProbeEngine::run(request);
    return exchanges.value(0);
}

QString describe(const Exchange &exchange)
{
    return u"outcome %1, phase %2, h2 failure '%3' %4, detail '%5', protocol %6"_s.arg(
        outcomeId(exchange.transport.outcome), phaseId(exchange.transport.phase), exchange.http2.failure,
        exchange.http2.errorCode, exchange.transport.detail, exchange.protocol);
}

const Http2Frame *findFrame(const Exchange &exchange, const QString &type, bool received)
{
    for (const Http2Frame &frame : exchange.frames) {
        if (frame.type == type && frame.received == received)
            return &frame;
    }
    return nullptr;
}

} // namespace

class TestHttp2Probe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_h2.start(), qPrintable(m_h2.errorString()));
        QVERIFY2(m_h1.start(), qPrintable(m_h1.errorString()));
    }

    void negotiation_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<ProbeOptions::HttpVersion>("version");
        QTest::addColumn<bool>("h2Server");
        QTest::addColumn<QString>("protocol");

        QTest::newRow("--http2 over TLS: ALPN picks h2") << true << ProbeOptions::HttpVersion::Http2 << true << u"h2"_s;
        QTest::newRow("--http2-prior-knowledge over plain TCP: h2c")
            << false << ProbeOptions::HttpVersion::Http2PriorKnowledge << true << u"h2"_s;
        QTest::newRow("--http2-prior-knowledge over TLS offers only h2")
            << true << ProbeOptions::HttpVersion::Http2PriorKnowledge << true << u"h2"_s;
        QTest::newRow("--http2 to an HTTP/1.1-only TLS server falls back by ALPN")
            << true << ProbeOptions::HttpVersion::Http2 << false << u"http/1.1"_s;
        QTest::newRow("--http2 over plain http to a server without h2c: the Upgrade is not taken, HTTP/1.1")
            << false << ProbeOptions::HttpVersion::Http2 << false << u"http/1.1"_s;
        QTest::newRow("--http2 over plain http: the h2c Upgrade is taken (as curl)")
            << false << ProbeOptions::HttpVersion::Http2 << true << u"h2"_s;
        QTest::newRow("--http1.1 over TLS") << true << ProbeOptions::HttpVersion::Http11 << false << u"http/1.1"_s;
        QTest::newRow("--http1.1 over TLS to a server that offers h2 too: ALPN http/1.1")
            << true << ProbeOptions::HttpVersion::Http11 << true << u"http/1.1"_s;
    }

    void negotiation()
    {
        QFETCH(bool, tls);
        QFETCH(ProbeOptions::HttpVersion, version);
        QFETCH(bool, h2Server);
        QFETCH(QString, protocol);
        const QUrl url = h2Server ? (tls ? m_h2.tlsUrl(u"/json"_s) : m_h2.url(u"/json"_s))
                                  : (tls ? m_h1.tlsUrl(u"/json"_s) : m_h1.url(u"/json"_s));
        const Exchange exchange = probeOnce(requestFor(url, version));
        QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
        QCOMPARE(exchange.protocol, protocol);
        QVERIFY(exchange.response.has_value());
        QCOMPARE(exchange.response->status, 200);
        if (protocol == u"h2") {
            QCOMPARE(exchange.response->httpVersion, QByteArray("HTTP/2"));
            QCOMPARE(exchange.response->body, QByteArray(R"({"ok":true,"via":"h2"})"));
            QCOMPARE(headerValue(exchange.response->headers, "server"), QByteArray("gatescope-lab-h2"));
            // By Upgrade the server's 101 is kept as an interim response, and our request is stream 1
            // without a HEADERS frame of ours: it went as HTTP/1.1.
            const bool upgraded = !tls && version == ProbeOptions::HttpVersion::Http2;
            // The connection's frames, both ways: our SETTINGS and HEADERS, the server's SETTINGS,
            // HEADERS and DATA.
            QVERIFY(findFrame(exchange, u"SETTINGS"_s, false));
            QCOMPARE(findFrame(exchange, u"HEADERS"_s, false) != nullptr, !upgraded);
            const Http2Frame *settings = findFrame(exchange, u"SETTINGS"_s, true);
            QVERIFY(settings);
            QVERIFY2(settings->detail.contains(u"MAX_HEADER_LIST_SIZE=8192"_s), qPrintable(settings->detail));
            QVERIFY(findFrame(exchange, u"HEADERS"_s, true));
            const Http2Frame *data = findFrame(exchange, u"DATA"_s, true);
            QVERIFY(data);
            QCOMPARE(data->streamId, 1);
            QVERIFY(data->flags & 0x1); // END_STREAM
            // curl's phase boundaries hold: every phase up to download happened, in order.
            QVERIFY(exchange.timings.send >= 0);
            QVERIFY(exchange.timings.wait >= 0);
            QVERIFY(exchange.timings.download >= 0);
            QCOMPARE(tls, exchange.timings.tls >= 0);
            QCOMPARE(exchange.response->interim.size(), upgraded ? 1 : 0);
            if (upgraded) {
                QCOMPARE(exchange.response->interim.constFirst().status, 101);
                QCOMPARE(headerValue(exchange.response->interim.constFirst().headers, "upgrade"), QByteArray("h2c"));
                // The offer is the connection's: the request kept on the exchange does not carry it.
                QVERIFY(!hasHeader(exchange.request.headers, "http2-settings"));
                QVERIFY(!hasHeader(exchange.request.headers, "upgrade"));
            }
        } else {
            QVERIFY(exchange.frames.isEmpty());
            if (h2Server) // the h2 origin answers over HTTP/1.1 too, saying so
                QCOMPARE(exchange.response->body, QByteArray(R"({"ok":true,"via":"http/1.1"})"));
        }
    }

    void anUpgradeTheServerDeclinesStaysHttp11()
    {
        // The h2 origin asked not to upgrade (?upgrade=no) answers the offer over HTTP/1.1.
        const Exchange exchange
            = probeOnce(requestFor(m_h2.url(u"/json?upgrade=no"_s), ProbeOptions::HttpVersion::Http2));
        QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
        QCOMPARE(exchange.protocol, u"http/1.1"_s);
        QCOMPARE(exchange.response->status, 200);
        QVERIFY(exchange.response->interim.isEmpty());
        QCOMPARE(exchange.response->body, QByteArray(R"({"ok":true,"via":"http/1.1"})"));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qsizetype>("bodyBytes");
        QTest::addColumn<qsizetype>("extraHeaderBytes");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("hasResponse");
        QTest::addColumn<QString>("frame"); // the frame that tells, received
        QTest::addColumn<QString>("cause"); // the diagnosis's cause id (docs/diagnosis-contract.md)

        const struct
        {
            const char *name;
            int code;
            const char *codeName;
        } resets[] = {
            { "RST_STREAM PROTOCOL_ERROR before the response", 1, "PROTOCOL_ERROR" },
            { "RST_STREAM INTERNAL_ERROR before the response", 2, "INTERNAL_ERROR" },
            { "RST_STREAM REFUSED_STREAM before the response", 7, "REFUSED_STREAM" },
            { "RST_STREAM CANCEL before the response", 8, "CANCEL" },
            { "RST_STREAM ENHANCE_YOUR_CALM before the response", 11, "ENHANCE_YOUR_CALM" },
            { "RST_STREAM HTTP_1_1_REQUIRED before the response", 13, "HTTP_1_1_REQUIRED" },
        };
        for (const auto &reset : resets)
            QTest::newRow(reset.name) << u"/rst?code=%1"_s.arg(reset.code) << qsizetype(0) << qsizetype(0)
                                      << Outcome::Reset << Phase::Wait << u"stream-reset"_s
                                      << QString::fromLatin1(reset.codeName) << false << u"RST_STREAM"_s
                                      << u"transport.h2-stream-reset"_s;
        QTest::newRow("RST_STREAM INTERNAL_ERROR in the middle of the body")
            << u"/rst-mid-body?code=2"_s << qsizetype(0) << qsizetype(0) << Outcome::Reset << Phase::Download
            << u"stream-reset"_s << u"INTERNAL_ERROR"_s << true << u"RST_STREAM"_s << u"transport.h2-stream-reset"_s;
        QTest::newRow("GOAWAY NO_ERROR before the response (a graceful reload)")
            << u"/goaway?code=0"_s << qsizetype(0) << qsizetype(0) << Outcome::ClosedEarly << Phase::Wait << u"goaway"_s
            << u"NO_ERROR"_s << false << u"GOAWAY"_s << u"transport.h2-goaway"_s;
        QTest::newRow("GOAWAY ENHANCE_YOUR_CALM before the response")
            << u"/goaway?code=11"_s << qsizetype(0) << qsizetype(0) << Outcome::ClosedEarly << Phase::Wait
            << u"goaway"_s << u"ENHANCE_YOUR_CALM"_s << false << u"GOAWAY"_s << u"transport.h2-goaway"_s;
        QTest::newRow("GOAWAY in the middle of the body, then close")
            << u"/goaway-mid-body"_s << qsizetype(0) << qsizetype(0) << Outcome::ClosedEarly << Phase::Download
            << u"goaway"_s << u"NO_ERROR"_s << true << u"GOAWAY"_s << u"transport.h2-goaway"_s;
        QTest::newRow("a header list over the server's MAX_HEADER_LIST_SIZE is refused")
            << u"/json"_s << qsizetype(0) << qsizetype(20000) << Outcome::Reset << Phase::Wait << u"header-refused"_s
            << u"PROTOCOL_ERROR"_s << false << u"RST_STREAM"_s << u"transport.h2-header-refused"_s;
        QTest::newRow("a request body held by a window the server never opens")
            << u"/stall"_s << qsizetype(200000) << qsizetype(0) << Outcome::Timeout << Phase::Send << u"flow-stall"_s
            << QString() << false << u"SETTINGS"_s << u"transport.h2-flow-stall"_s;
    }

    void failures()
    {
        QFETCH(QString, path);
        QFETCH(qsizetype, bodyBytes);
        QFETCH(qsizetype, extraHeaderBytes);
        QFETCH(Outcome, outcome);
        QFETCH(Phase, phase);
        QFETCH(QString, failure);
        QFETCH(QString, code);
        QFETCH(bool, hasResponse);
        QFETCH(QString, frame);
        QFETCH(QString, cause);

        // Over TLS (ALPN), h2c with prior knowledge, and h2c by Upgrade — the last only for a
        // request without a body or a large header: by Upgrade those go as HTTP/1.1.
        enum class Way { Tls, PriorKnowledge, Upgrade };
        QList<Way> ways { Way::Tls, Way::PriorKnowledge };
        if (bodyBytes == 0 && extraHeaderBytes == 0)
            ways.append(Way::Upgrade);
        for (const Way way : ways) {
            const bool tls = way == Way::Tls;
            RequestSpec request = requestFor(tls ? m_h2.tlsUrl(path) : m_h2.url(path),
                                             way == Way::PriorKnowledge ? ProbeOptions::HttpVersion::Http2PriorKnowledge
                                                                        : ProbeOptions::HttpVersion::Http2);
            if (bodyBytes > 0) {
                request.method = "POST";
                request.body = QByteArray(bodyBytes, 'b');
                request.options.firstByteTimeoutMs = 600;
            }
            if (extraHeaderBytes > 0)
                request.headers.append(HeaderField { "X-Large", QByteArray(extraHeaderBytes, 'h') });
            const Exchange exchange = probeOnce(request);
            const QString what = (tls                       ? u"h2: "_s
                                      : way == Way::Upgrade ? u"h2c Upgrade: "_s
                                                            : u"h2c: "_s)
                + describe(exchange);
            QCOMPARE(exchange.protocol, u"h2"_s);
            QVERIFY2(exchange.transport.outcome == outcome, qPrintable(what));
            // By Upgrade the 101 is the first byte of the answer: a failure before the response
            // comes in the download phase there.
            const Phase expectedPhase = way == Way::Upgrade && phase == Phase::Wait ? Phase::Download : phase;
            QVERIFY2(exchange.transport.phase == expectedPhase, qPrintable(what));
            QCOMPARE(exchange.http2.failure, failure);
            QCOMPARE(exchange.http2.errorCode, code);
            QCOMPARE(exchange.response.has_value(), hasResponse);
            const Http2Frame *told = findFrame(exchange, frame, true);
            QVERIFY2(told, qPrintable(what));
            if (frame == u"RST_STREAM") {
                QCOMPARE(told->errorCode, code);
                QCOMPARE(told->streamId, 1);
            } else if (frame == u"GOAWAY") {
                QCOMPARE(told->errorCode, code);
                QCOMPARE(told->lastStreamId, hasResponse ? 1 : 0);
                QVERIFY2(told->detail.startsWith(u"lab goaway"_s), qPrintable(told->detail));
            }
            const Diagnosis diagnosis = Diagnoser().diagnose(exchange);
            QCOMPARE(diagnosis.cause, cause);
            QVERIFY(!diagnosis.checklist.items.isEmpty());
        }
    }

    void aBadHpackBlockEndsTheConnection()
    {
        // nghttp2 cannot decode the block: it ends the connection with GOAWAY COMPRESSION_ERROR
        // (RFC 9113 §4.3), which the frames show as sent by us.
        const Exchange exchange
            = probeOnce(requestFor(m_h2.url(u"/bad-hpack"_s), ProbeOptions::HttpVersion::Http2PriorKnowledge));
        QVERIFY2(exchange.transport.outcome == Outcome::InvalidResponse, qPrintable(describe(exchange)));
        const Http2Frame *goAway = findFrame(exchange, u"GOAWAY"_s, false);
        QVERIFY(goAway);
        QCOMPARE(goAway->errorCode, u"COMPRESSION_ERROR"_s);
        QVERIFY(!exchange.response.has_value());
        QCOMPARE(Diagnoser().diagnose(exchange).cause, u"transport.invalid-response"_s);
    }

    void framesAreBounded()
    {
        // A body of many DATA frames: the list stops at MaxHttp2Frames and counts the rest.
        RequestSpec request = requestFor(m_h2.url(u"/json"_s), ProbeOptions::HttpVersion::Http2PriorKnowledge);
        request.method = "POST";
        request.body = QByteArray(10 * 1024 * 1024, 'b'); // 640 DATA frames of 16 KiB out
        const Exchange exchange = probeOnce(request);
        QVERIFY2(exchange.transport.outcome == Outcome::Ok, qPrintable(describe(exchange)));
        QCOMPARE(exchange.frames.size(), Exchange::MaxHttp2Frames);
        QVERIFY(exchange.framesDropped > 640 - Exchange::MaxHttp2Frames);
    }

private:
    Http2FaultServer m_h2;
    FaultServer m_h1;
};

QTEST_GUILESS_MAIN(TestHttp2Probe)
#include "tst_http2probe.moc"
