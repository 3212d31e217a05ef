// The hostile-server suite: ProbeEngine against servers that misbehave on purpose, over real
// loopback sockets — headers one byte per second, an endless chunked body, a 10 GB Content-Length,
// a million tiny headers, a 100 MB header line, invalid UTF-8 everywhere, TLS handshakes that
// stall or get garbage, a server that accepts and never reads a big request body.
// For each: the probe ends within its configured time limit (short: 2 s in total), this
// process's resident memory stays under a stated bound while it runs (measured from
// /proc/self/status and printed), and the Exchange's transport, anomalies and diagnosis say what
// happened. The servers stream what they send on demand, so the memory measured is the client's.
#include "HostileServer.h"
#include "diagnosis/Diagnoser.h"
#include "model/ExchangeJson.h"
#include "probe/ProbeEngine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Gatescope;
using namespace Gatescope::Hostile;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatescope::Outcome)
Q_DECLARE_METATYPE(Gatescope::Phase)

namespace {

constexpr int TotalLimitMs = 2000;
constexpr int GraceMs = 500; // event-loop and teardown slack on a busy 2-core machine

#if defined(__SANITIZE_ADDRESS__)
constexpr bool MemoryBoundsApply = false; // ASan's shadow memory and quarantine change RSS
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool MemoryBoundsApply = false;
#else
constexpr bool MemoryBoundsApply = true;
#endif
#else
constexpr bool MemoryBoundsApply = true;
#endif

// One field of /proc/self/status in KiB ("VmRSS", "VmHWM"), -1 when unreadable.
qint64 statusKiB(QByteArrayView field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Measures the peak resident memory of this process while a probe runs: the kernel's high-water
// mark (VmHWM, reset through /proc/self/clear_refs where allowed) and, in any case, VmRSS sampled
// every 5 ms by a timer of the probe's own event loop.
class PeakMemory
{
public:
    PeakMemory()
    {
        QFile clearRefs(u"/proc/self/clear_refs"_s);
        m_hwmReset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
        clearRefs.close();
        m_baselineKiB = statusKiB("VmRSS");
        m_sampledPeakKiB = m_baselineKiB;
        m_sampler.setInterval(5);
        QObject::connect(&m_sampler, &QTimer::timeout, &m_sampler,
                         [this] { m_sampledPeakKiB = std::max(m_sampledPeakKiB, statusKiB("VmRSS")); });
        m_sampler.start();
    }
    void stop()
    {
        m_sampler.stop();
        m_sampledPeakKiB = std::max(m_sampledPeakKiB, statusKiB("VmRSS"));
        m_peakKiB = m_hwmReset ? std::max(m_sampledPeakKiB, statusKiB("VmHWM")) : m_sampledPeakKiB;
    }
    qint64 baselineKiB() const { return m_baselineKiB; }
    qint64 peakKiB() const { return m_peakKiB; }
    qint64 growthMiB() const { return (m_peakKiB - m_baselineKiB) / 1024; }
    bool usedHighWaterMark() const { return m_hwmReset; }

private:
    QTimer m_sampler;
    bool m_hwmReset = false;
    qint64 m_baselineKiB = 0;
    qint64 m_sampledPeakKiB = 0;
    qint64 m_peakKiB = 0;
};

// The request every case sends: short limits so the whole suite stays fast.
RequestSpec hostileRequest(const QString &scheme, quint16 port)
{
    RequestSpec request;
    // "h2c": HTTP/2 with prior knowledge over plain TCP, so the server's first bytes are frames.
    const bool h2c = scheme == u"h2c";
    request.url = QUrl(u"%1://127.0.0.1:%2/hostile"_s.arg(h2c ? u"http"_s : scheme).arg(port));
    if (h2c)
        request.options.httpVersion = ProbeOptions::HttpVersion::Http2PriorKnowledge;
    request.options.connectTimeoutMs = 1000;
    request.options.tlsTimeoutMs = 1000;
    request.options.firstByteTimeoutMs = 1500;
    request.options.totalTimeoutMs = TotalLimitMs;
    request.options.useEnvironmentProxy = false;
    request.options.verifyTls = false; // the TLS cases are about the handshake, not the certificate
    return request;
}

QString describe(const Exchange &exchange)
{
    QStringList anomalies;
    for (const WireAnomaly &anomaly : exchange.anomalies)
        anomalies.append(u"%1@%2"_s.arg(anomaly.kind).arg(anomaly.offset));
    return u"outcome %1, phase %2, detail '%3', status %4, anomalies [%5]"_s
        .arg(outcomeId(exchange.transport.outcome), phaseId(exchange.transport.phase), exchange.transport.detail)
        .arg(exchange.response ? exchange.response->status : -1)
        .arg(anomalies.join(u", "_s));
}

bool hasAnomaly(const Exchange &exchange, const QString &kind)
{
    return std::any_of(exchange.anomalies.cbegin(), exchange.anomalies.cend(),
                       [&kind](const WireAnomaly &anomaly) { return anomaly.kind == kind; });
}

// Repeats `unit` without end (or up to `limit` bytes), in pieces of about 64 KB.
HostileServer::Generator repeating(const QByteArray &head, const QByteArray &unit, qint64 limit = -1,
                                   const QByteArray &tail = {})
{
    QByteArray piece;
    while (piece.size() < 64 * 1024)
        piece += unit;
    return [head, piece, limit, tail](qint64 produced) -> QByteArray {
        if (produced == 0)
            return head;
        const qint64 body = produced - head.size();
        if (limit >= 0 && body >= limit)
            return body == limit ? tail : QByteArray();
        return limit >= 0 ? piece.first(qsizetype(std::min<qint64>(piece.size(), limit - body))) : piece;
    };
}

HostileServer::Generator once(const QByteArray &bytes)
{
    return [bytes](qint64 produced) { return produced == 0 ? bytes : QByteArray(); };
}

// Deterministic garbage that is neither TLS nor HTTP.
QByteArray garbage(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 0x2545f491u;
    for (char &byte : bytes) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        byte = char(state & 0xff);
    }
    bytes[0] = '\x01'; // not a TLS record type
    return bytes;
}

} // namespace

class HostileServersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endsWithinItsLimitInBoundedMemory_data();
    void endsWithinItsLimitInBoundedMemory();
    void readsInvalidUtf8EverywhereWithoutLosingBytes();
    void timesOutSendingABigBodyToAServerThatNeverReads();
    void cleanupTestCase();

private:
    QStringList m_figures;
};

void HostileServersTest::initTestCase()
{
    QVERIFY2(statusKiB("VmRSS") > 0, "this suite measures memory through /proc/self/status");
}

void HostileServersTest::endsWithinItsLimitInBoundedMemory_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("behaviour"); // HostileServer::Behaviour
    QTest::addColumn<int>("startWhen"); // HostileServer::StartWhen
    QTest::addColumn<QByteArray>("drip");
    QTest::addColumn<QByteArray>("kind"); // which generator (see below)
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Phase>("phase"); // None = whichever
    QTest::addColumn<QString>("anomaly"); // a kind that must be recorded, or empty
    QTest::addColumn<QString>("cause"); // the diagnosis cause id
    QTest::addColumn<int>("boundMiB"); // peak RSS growth allowed while the probe runs

    using B = HostileServer::Behaviour;
    using S = HostileServer::StartWhen;
    const QByteArray slowHeaders = "HTTP/1.1 200 OK\r\nServer: slowloris\r\nContent-Length: 2\r\n\r\nok";

    QTest::newRow("headers one byte per second")
        << u"http"_s << int(B::Drip) << int(S::RequestHead) << slowHeaders << QByteArray() << Outcome::Timeout
        << Phase::Download << QString() << u"transport.timeout"_s << 16;
    QTest::newRow("endless chunked body")
        << u"http"_s << int(B::Stream) << int(S::RequestHead) << QByteArray() << QByteArray("endless-chunked")
        << Outcome::Timeout << Phase::Download << QString() << u"transport.timeout"_s << 64;
    QTest::newRow("10 GB Content-Length")
        << u"http"_s << int(B::Stream) << int(S::RequestHead) << QByteArray() << QByteArray("ten-gigabytes")
        << Outcome::Timeout << Phase::Download << QString() << u"transport.timeout"_s << 64;
    QTest::newRow("a million tiny headers")
        << u"http"_s << int(B::Stream) << int(S::RequestHead) << QByteArray() << QByteArray("million-headers")
        << Outcome::InvalidResponse << Phase::Download << QStringView(AnomalyKind::HeaderBlockTooLarge).toString()
        << u"transport.invalid-response"_s << 32;
    QTest::newRow("a header line of 100 MB")
        << u"http"_s << int(B::Stream) << int(S::RequestHead) << QByteArray() << QByteArray("header-line-100mb")
        << Outcome::InvalidResponse << Phase::Download << QStringView(AnomalyKind::HeaderBlockTooLarge).toString()
        << u"transport.invalid-response"_s << 32;
    QTest::newRow("TLS handshake stalls after the ClientHello")
        << u"https"_s << int(B::Hold) << int(S::FirstBytes) << QByteArray() << QByteArray() << Outcome::Timeout
        << Phase::Tls << QString() << u"transport.timeout"_s << 16;
    QTest::newRow("TLS record header announcing 16 KB, then silence")
        << u"https"_s << int(B::Stream) << int(S::FirstBytes) << QByteArray() << QByteArray("tls-record-then-silence")
        << Outcome::Timeout << Phase::Tls << QString() << u"transport.timeout"_s << 16;
    QTest::newRow("TLS handshake answered with garbage")
        << u"https"_s << int(B::Stream) << int(S::FirstBytes) << QByteArray() << QByteArray("tls-garbage")
        << Outcome::TlsFailure << Phase::Tls << QString() << u"transport.tls-failure"_s << 16;
    // HTTP/2 (RFC 9113 §4.1 frame header: 24-bit length, type, flags, 31-bit stream id).
    QTest::newRow("h2: a HEADERS frame followed by endless CONTINUATION frames")
        << u"h2c"_s << int(B::Stream) << int(S::FirstBytes) << QByteArray() << QByteArray("h2-endless-continuation")
        << Outcome::InvalidResponse << Phase::None << QString() << u"transport.invalid-response"_s << 32;
    QTest::newRow("h2: a flood of SETTINGS frames, each asking for an ACK")
        << u"h2c"_s << int(B::Stream) << int(S::FirstBytes) << QByteArray() << QByteArray("h2-settings-flood")
        << Outcome::InvalidResponse << Phase::None << QString() << u"transport.invalid-response"_s << 64;
    QTest::newRow("h2: WINDOW_UPDATE of 2^31-1 overflowing the connection window")
        << u"h2c"_s << int(B::Stream) << int(S::FirstBytes) << QByteArray() << QByteArray("h2-window-overflow")
        << Outcome::InvalidResponse << Phase::None << QString() << u"transport.invalid-response"_s << 16;
    QTest::newRow("TLS handshake answered with plain HTTP")
        << u"https"_s << int(B::Stream) << int(S::FirstBytes) << QByteArray() << QByteArray("tls-plain-http")
        << Outcome::TlsFailure << Phase::Tls << QString() << u"transport.tls-failure"_s << 16;
}

void HostileServersTest::endsWithinItsLimitInBoundedMemory()
{
    QFETCH(QString, scheme);
    QFETCH(int, behaviour);
    QFETCH(int, startWhen);
    QFETCH(QByteArray, drip);
    QFETCH(QByteArray, kind);
    QFETCH(Outcome, outcome);
    QFETCH(Phase, phase);
    QFETCH(QString, anomaly);
    QFETCH(QString, cause);
    QFETCH(int, boundMiB);

    HostileServer server;
    server.behaviour = HostileServer::Behaviour(behaviour);
    server.startWhen = HostileServer::StartWhen(startWhen);
    server.drip = drip;
    server.dripIntervalMs = 1000;
    if (kind == "endless-chunked") {
        server.generator
            = repeating("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", "10\r\n0123456789abcdef\r\n");
    } else if (kind == "ten-gigabytes") {
        // All but the last byte, as fast as loopback goes, then silence: however fast the machine,
        // the probe reads gigabytes and must still end at its limit without keeping them.
        server.generator = repeating(
            "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 10737418240\r\n\r\n",
            QByteArray(4096, 'x'), qint64(10) * 1024 * 1024 * 1024 - 1);
    } else if (kind == "million-headers") {
        server.generator
            = repeating("HTTP/1.1 200 OK\r\n", "X-A: b\r\n", qint64(1000000) * 8, "Content-Length: 0\r\n\r\n");
    } else if (kind == "header-line-100mb") {
        server.generator
            = repeating("HTTP/1.1 200 OK\r\nX-Long: ", QByteArray(4096, 'a'), qint64(100) * 1024 * 1024, "\r\n\r\n");
    } else if (kind == "tls-record-then-silence") {
        server.generator = once(QByteArray("\x16\x03\x03\x40\x00", 5) + QByteArray("\x02\x00\x3f\xfc", 4));
    } else if (kind == "h2-endless-continuation") {
        // SETTINGS (empty), HEADERS on stream 1 with ":status: 200" and no END_HEADERS, then
        // CONTINUATION frames of literal "x-a: b" fields for ever.
        const QByteArray settings("\x00\x00\x00\x04\x00\x00\x00\x00\x00", 9);
        const QByteArray headers = QByteArray("\x00\x00\x01\x01\x00\x00\x00\x00\x01", 9) + '\x88';
        QByteArray fields;
        for (int i = 0; i < 1000; ++i)
            fields += QByteArray("\x00\x03x-a\x01"
                                 "b",
                                 7); // "\x01b" would be one hex escape
        const QByteArray continuation = QByteArray("\x00", 1) + char(fields.size() >> 8) + char(fields.size() & 0xff)
            + QByteArray("\x09\x00", 2) + QByteArray("\x00\x00\x00\x01", 4) + fields;
        server.generator = repeating(settings + headers, continuation);
    } else if (kind == "h2-settings-flood") {
        // SETTINGS frames of one entry (MAX_CONCURRENT_STREAMS = 100) without end.
        server.generator = repeating(QByteArray("\x00\x00\x00\x04\x00\x00\x00\x00\x00", 9),
                                     QByteArray("\x00\x00\x06\x04\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x64", 15));
    } else if (kind == "h2-window-overflow") {
        // SETTINGS, then WINDOW_UPDATE on the connection with the largest increment (2^31-1): the
        // window passes 2^31-1, a FLOW_CONTROL_ERROR (RFC 9113 §6.9.1); then silence.
        server.generator = once(QByteArray("\x00\x00\x00\x04\x00\x00\x00\x00\x00", 9)
                                + QByteArray("\x00\x00\x04\x08\x00\x00\x00\x00\x00\x7f\xff\xff\xff", 13));
    } else if (kind == "tls-garbage") {
        server.generator = once(garbage(4096));
    } else if (kind == "tls-plain-http") {
        server.generator = once("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 40\r\n\r\n"
                                "You're speaking plain HTTP to an SSL port");
    }
    QVERIFY2(server.listenOnLoopback(), qPrintable(server.errorString()));

    const RequestSpec request = hostileRequest(scheme, server.serverPort());
    PeakMemory memory;
    QElapsedTimer clock;
    clock.start();
    const QList<Exchange> exchanges = ProbeEngine::run(request);
    const qint64 elapsedMs = clock.elapsed();
    memory.stop();

    QCOMPARE(exchanges.size(), 1);
    const Exchange &exchange = exchanges.first();
    const QString what = describe(exchange);
    qInfo().noquote() << QTest::currentDataTag() << "->" << what;
    qInfo().noquote()
        << u"  ended after %1 ms (limit %2 ms); peak RSS %3 MiB (+%4 MiB over %5 MiB, bound +%6 MiB, %7); server wrote %8 bytes"_s
               .arg(elapsedMs)
               .arg(TotalLimitMs)
               .arg(memory.peakKiB() / 1024)
               .arg(memory.growthMiB())
               .arg(memory.baselineKiB() / 1024)
               .arg(boundMiB)
               .arg(memory.usedHighWaterMark() ? u"VmHWM"_s : u"sampled VmRSS"_s)
               .arg(server.bytesWritten());
    m_figures.append(u"%1: %2 ms, +%3 MiB (bound %4)"_s.arg(QString::fromLatin1(QTest::currentDataTag()))
                         .arg(elapsedMs)
                         .arg(memory.growthMiB())
                         .arg(boundMiB));

    QVERIFY2(
        elapsedMs <= TotalLimitMs + GraceMs,
        qPrintable(u"the probe took %1 ms, beyond its %2 ms limit: %3"_s.arg(elapsedMs).arg(TotalLimitMs).arg(what)));
    QVERIFY2(exchange.transport.outcome == outcome, qPrintable(u"expected %1, got %2"_s.arg(outcomeId(outcome), what)));
    if (phase != Phase::None)
        QVERIFY2(exchange.transport.phase == phase,
                 qPrintable(u"expected phase %1, got %2"_s.arg(phaseId(phase), what)));
    QVERIFY2(!exchange.transport.detail.isEmpty(), qPrintable(u"no plain description of the ending: %1"_s.arg(what)));
    if (!anomaly.isEmpty())
        QVERIFY2(hasAnomaly(exchange, anomaly), qPrintable(u"expected the anomaly %1: %2"_s.arg(anomaly, what)));
    if (MemoryBoundsApply) {
        QVERIFY2(
            memory.growthMiB() <= boundMiB,
            qPrintable(
                u"resident memory grew by %1 MiB, more than the %2 MiB bound"_s.arg(memory.growthMiB()).arg(boundMiB)));
    }
    if (exchange.response) {
        QVERIFY2(exchange.response->body.size() <= request.options.bodyCaptureCap,
                 "the kept body exceeds the capture cap");
        QVERIFY2(exchange.rawResponse.size() <= 1024 * 1024 + 64 * 1024, "the raw capture exceeds its cap");
    }

    const Diagnosis diagnosis = Diagnoser().diagnose(exchange);
    QVERIFY2(diagnosis.cause == cause,
             qPrintable(u"expected the diagnosis %1, got %2 (%3) for %4"_s.arg(cause, diagnosis.cause,
                                                                               diagnosis.summary, what)));
    QVERIFY2(!diagnosis.summary.isEmpty(), "the diagnosis has no summary");
}

void HostileServersTest::readsInvalidUtf8EverywhereWithoutLosingBytes()
{
    // Given a 502 whose reason, header names and values and body are all invalid UTF-8
    const QByteArray body = "<html><title>\xc0\xaf 502 \xed\xa0\x80</title>\xf8\x88\x80\x80\x80 \xff\xfe\xfd</html>";
    const QByteArray response = "HTTP/1.1 502 Bad \xff\xfe Gateway\r\n"
                                "Server: ng\xc3\x28inx\r\n"
                                "X-\xff\xfe: \xed\xa0\x80 lone surrogate\r\n"
                                "Content-Type: text/html; charset=utf-8\r\n"
                                "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    HostileServer server;
    server.generator = once(response);
    QVERIFY2(server.listenOnLoopback(), qPrintable(server.errorString()));
    RequestSpec request = hostileRequest(u"http"_s, server.serverPort());
    request.url.setPath(u"/caf\u00e9/\u00ff"_s);

    // When it is probed
    PeakMemory memory;
    QElapsedTimer clock;
    clock.start();
    const QList<Exchange> exchanges = ProbeEngine::run(request);
    const qint64 elapsedMs = clock.elapsed();
    memory.stop();
    QCOMPARE(exchanges.size(), 1);
    const Exchange &exchange = exchanges.first();
    const QString what = describe(exchange);
    qInfo().noquote() << "invalid UTF-8 everywhere ->" << what;
    qInfo().noquote() << u"  ended after %1 ms; peak RSS +%2 MiB (bound +16 MiB)"_s.arg(elapsedMs).arg(
        memory.growthMiB());
    m_figures.append(u"invalid UTF-8 everywhere: %1 ms, +%2 MiB (bound 16)"_s.arg(elapsedMs).arg(memory.growthMiB()));

    // Then the exchange keeps the bytes as they came, flags the invalid header name, and every
    // form the exchange takes (contract JSON, workspace JSON, diagnosis) stays valid
    QVERIFY2(elapsedMs <= TotalLimitMs + GraceMs, qPrintable(what));
    QVERIFY2(exchange.response.has_value(), qPrintable(what));
    QCOMPARE(exchange.response->status, 502);
    QCOMPARE(exchange.response->body, body);
    QCOMPARE(exchange.response->reason, QByteArray("Bad \xff\xfe Gateway"));
    QCOMPARE(headerValue(exchange.response->headers, "Server"), QByteArray("ng\xc3\x28inx"));
    QVERIFY2(hasAnomaly(exchange, QStringView(AnomalyKind::InvalidHeaderName).toString()), qPrintable(what));
    if (MemoryBoundsApply)
        QVERIFY2(memory.growthMiB() <= 16, qPrintable(u"resident memory grew by %1 MiB"_s.arg(memory.growthMiB())));

    const QByteArray contractJson = QJsonDocument(ExchangeJson::toJson(exchange)).toJson();
    QJsonParseError error;
    QJsonDocument::fromJson(contractJson, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const Result<Exchange> restored = ExchangeJson::fromWorkspaceJson(
        QJsonDocument::fromJson(QJsonDocument(ExchangeJson::toWorkspaceJson(exchange)).toJson()).object());
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY2(restored.value().response.has_value(), "the saved exchange lost its response");
    const ResponseData &reloaded = *restored.value().response;
    QCOMPARE(reloaded.body, exchange.response->body);
    QCOMPARE(restored.value().rawResponse, exchange.rawResponse);
    QVERIFY2(reloaded.reason == exchange.response->reason && reloaded.headers == exchange.response->headers,
             "saving and loading the exchange changed its reason or header bytes");

    const Diagnosis diagnosis = Diagnoser().diagnose(exchange);
    QCOMPARE(diagnosis.status, 502);
    QVERIFY2(!diagnosis.cause.isEmpty() && !diagnosis.summary.isEmpty(), "the diagnosis says nothing");
}

void HostileServersTest::timesOutSendingABigBodyToAServerThatNeverReads()
{
    // Given a server that accepts and never reads, and a 32 MB request body (more than loopback's
    // socket buffers hold)
    constexpr qsizetype BodyBytes = 32 * 1024 * 1024;
    constexpr int BoundMiB = 3 * 32 + 16; // the body, the request bytes composed from it, the socket's copy
    HostileServer server;
    server.behaviour = HostileServer::Behaviour::Hold;
    QVERIFY2(server.listenOnLoopback(), qPrintable(server.errorString()));
    RequestSpec request = hostileRequest(u"http"_s, server.serverPort());
    request.method = "POST";
    request.headers.append(HeaderField { "Content-Type", "application/octet-stream" });

    PeakMemory memory;
    request.body = QByteArray(BodyBytes, 'b');

    // When it is probed
    QElapsedTimer clock;
    clock.start();
    const QList<Exchange> exchanges = ProbeEngine::run(request);
    const qint64 elapsedMs = clock.elapsed();
    memory.stop();
    QCOMPARE(exchanges.size(), 1);
    const Exchange &exchange = exchanges.first();
    const QString what = describe(exchange);
    qInfo().noquote() << "a server that accepts and never reads ->" << what;
    qInfo().noquote() << u"  ended after %1 ms (limit %2 ms); peak RSS +%3 MiB (bound +%4 MiB, body included)"_s
                             .arg(elapsedMs)
                             .arg(TotalLimitMs)
                             .arg(memory.growthMiB())
                             .arg(BoundMiB);
    m_figures.append(u"accepts and never reads (32 MiB body): %1 ms, +%2 MiB (bound %3)"_s.arg(elapsedMs)
                         .arg(memory.growthMiB())
                         .arg(BoundMiB));

    // Then it times out while sending, within the limit, and the diagnosis says so
    QVERIFY2(elapsedMs <= TotalLimitMs + GraceMs, qPrintable(u"took %1 ms: %2"_s.arg(elapsedMs).arg(what)));
    QVERIFY2(exchange.transport.outcome == Outcome::Timeout, qPrintable(what));
    QVERIFY2(exchange.transport.phase == Phase::Send, qPrintable(u"expected the send phase: %1"_s.arg(what)));
    QVERIFY2(!exchange.response.has_value(), qPrintable(what));
    if (MemoryBoundsApply)
        QVERIFY2(memory.growthMiB() <= BoundMiB,
                 qPrintable(u"resident memory grew by %1 MiB"_s.arg(memory.growthMiB())));
    const Diagnosis diagnosis = Diagnoser().diagnose(exchange);
    QCOMPARE(diagnosis.cause, u"transport.timeout"_s);
}

void HostileServersTest::cleanupTestCase()
{
    qInfo().noquote() << "peak memory per hostile case:";
    for (const QString &line : std::as_const(m_figures))
        qInfo().noquote() << "  " << line;
}

QTEST_GUILESS_MAIN(HostileServersTest)
#include "tst_hostileservers.moc"
