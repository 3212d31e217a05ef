// The HTTP/2 client conversation (libnghttp2 behind Http2Conversation) fed a server's bytes the way
// the probe and fuzz_h2 feed them: whole, one byte at a time and at every two-piece split (a
// stride of them for long streams); then the probe itself over a loopback socket, the server
// writing the same bytes in one write or in two writes 60 ms apart. Each row's stream must end with the row's outcome,
// HTTP/2 failure, received frames and bytes read, however the bytes were split across reads — frames that come in the
// same read as the end of the conversation included (the fuzz findings that are now
// tests/fuzz/corpus/h2/regression-*.bin).
#include "probe/Http2Conversation.h"
#include "probe/ProbeEngine.h"

#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Gatescope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatescope::Outcome)

namespace {

// RFC 9113 §4.1: length (24 bits), type, flags, stream id (31 bits), payload.
QByteArray frame(quint8 type, quint8 flags, quint32 streamId, const QByteArray &payload)
{
    QByteArray out;
    const qsizetype length = payload.size();
    out += char(length >> 16 & 0xff);
    out += char(length >> 8 & 0xff);
    out += char(length & 0xff);
    out += char(type);
    out += char(flags);
    out += char(streamId >> 24 & 0x7f);
    out += char(streamId >> 16 & 0xff);
    out += char(streamId >> 8 & 0xff);
    out += char(streamId & 0xff);
    return out + payload;
}

QByteArray be32(quint32 value)
{
    QByteArray out;
    for (int shift = 24; shift >= 0; shift -= 8)
        out += char(value >> shift & 0xff);
    return out;
}

constexpr quint8 Data = 0, Headers = 1, Settings = 4, Ping = 6, GoAway = 7, WindowUpdate = 8;
constexpr quint8 EndStream = 0x1, EndHeaders = 0x4;

const QByteArray emptySettings = frame(Settings, 0, 0, {});
// HPACK static table index 8 (RFC 7541 Appendix A): ":status: 200".
const QByteArray ok200 = frame(Headers, EndHeaders, 1, QByteArray(1, char(0x88)));

struct Ending
{
    Outcome outcome = Outcome::Ok;
    Http2Ending http2;
    QStringList received; // "TYPE/stream"
    qint64 bytesRead = 0;
    QStringList sent; // the frames as they went out on the wire: "TYPE/stream"
};

// The frame types and streams in what the client wrote, after its 24-byte preface (RFC 9113 §3.4).
QStringList framesWritten(const QByteArray &written)
{
    static const QStringList names { u"DATA"_s,          u"HEADERS"_s,      u"PRIORITY"_s, u"RST_STREAM"_s,
                                     u"SETTINGS"_s,      u"PUSH_PROMISE"_s, u"PING"_s,     u"GOAWAY"_s,
                                     u"WINDOW_UPDATE"_s, u"CONTINUATION"_s };
    QStringList out;
    for (qsizetype at = 24; at + 9 <= written.size();) {
        const qsizetype length = qsizetype(quint8(written[at])) << 16 | qsizetype(quint8(written[at + 1])) << 8
            | qsizetype(quint8(written[at + 2]));
        const quint32 stream = quint32(quint8(written[at + 5]) & 0x7f) << 24 | quint32(quint8(written[at + 6])) << 16
            | quint32(quint8(written[at + 7])) << 8 | quint32(quint8(written[at + 8]));
        out.append(names.value(quint8(written[at + 3]), u"?"_s) + u'/' + QString::number(stream));
        at += 9 + length;
    }
    return out;
}

// The fuzz target's and the probe's way: start, send, then each read followed by the answer,
// until the conversation is finished; the server closes after its last byte.
Ending converse(const RequestSpec &request, const QByteArray &stream, const QList<qsizetype> &cuts)
{
    Http2Conversation conversation(request, false, [] { return 0.0; });
    conversation.start();
    QByteArray written = conversation.takeOutgoing();
    qsizetype at = 0;
    QList<qsizetype> ends = cuts;
    ends.append(stream.size());
    for (const qsizetype end : std::as_const(ends)) {
        if (conversation.finished())
            break;
        conversation.feed(QByteArrayView(stream).sliced(at, end - at));
        written += conversation.takeOutgoing();
        at = end;
    }
    Ending ending;
    ending.outcome = conversation.verdict(true, false, &ending.http2).outcome;
    for (const Http2Frame &frame : conversation.frames()) {
        if (frame.received)
            ending.received.append(frame.type + u'/' + QString::number(frame.streamId));
    }
    ending.sent = framesWritten(written);
    ending.bytesRead = conversation.bytesFed();
    return ending;
}

QString describe(const Ending &ending)
{
    return u"outcome %1, failure '%2' %3, received [%4], sent [%5], %6 bytes read"_s.arg(
        outcomeId(ending.outcome), ending.http2.failure, ending.http2.errorCode, ending.received.join(u", "_s),
        ending.sent.join(u", "_s), QString::number(ending.bytesRead));
}

// An h2c server on 127.0.0.1 that answers the first bytes of each connection with `parts`, one
// write each, `gapMs` apart, then closes (FIN).
class PartsServer : public QObject
{
public:
    QList<QByteArray> parts;
    int gapMs = 60;

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    socket->readAll();
                    if (socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    writePart(socket, 0);
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void writePart(QTcpSocket *socket, qsizetype index)
    {
        if (index >= parts.size()) {
            socket->disconnectFromHost();
            return;
        }
        socket->write(parts.at(index));
        socket->flush();
        const QPointer<QTcpSocket> alive(socket);
        QTimer::singleShot(gapMs, this, [this, alive, index] {
            if (alive)
                writePart(alive, index + 1);
        });
    }

    QTcpServer m_server;
};

} // namespace

class TestHttp2Conversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSecondRequestGoesOnTheSameConnection_data()
    {
        QTest::addColumn<QByteArray>("after"); // what the server sent right behind the first answer
        QTest::addColumn<Outcome>("outcome"); // of the second request
        QTest::addColumn<int>("status"); // of its answer, 0 = none
        // HPACK static index 13 (RFC 7541 Appendix A): ":status: 404".
        QTest::newRow("answered on stream 3") << QByteArray() << Outcome::Ok << 404;
        // The GOAWAY came in the same read as the first answer's END_STREAM: it was left unread,
        // and read once fed again it refuses stream 3 (last stream 1).
        QTest::newRow("a GOAWAY behind the first answer refuses stream 3")
            << frame(GoAway, 0, 0, be32(1) + be32(0)) << Outcome::ClosedEarly << 0;
    }

    void aSecondRequestGoesOnTheSameConnection()
    {
        QFETCH(QByteArray, after);
        QFETCH(Outcome, outcome);
        QFETCH(int, status);
        // Given a conversation whose stream 1 was answered 200 (END_STREAM on the HEADERS)
        RequestSpec request;
        request.url = QUrl(u"http://127.0.0.1/json"_s);
        Http2Conversation conversation(request, false, [] { return 0.0; });
        QVERIFY(conversation.start());
        conversation.takeOutgoing();
        const QByteArray first = emptySettings + frame(Headers, EndHeaders | EndStream, 1, QByteArray(1, char(0x88)));
        const QByteArray read = first + after;
        QVERIFY(conversation.feed(read));
        QVERIFY(conversation.finished());
        QCOMPARE(conversation.verdict(false, false).outcome, Outcome::Ok);
        QCOMPARE(conversation.bytesFed(), first.size());
        // When the next request starts on it, and what the read held beyond the answer is fed again
        RequestSpec next = request;
        next.url = QUrl(u"http://127.0.0.1/second"_s);
        QVERIFY(conversation.startNext(next));
        QVERIFY(!conversation.finished());
        const QByteArray written = conversation.takeOutgoing();
        QVERIFY(!written.startsWith("PRI * HTTP/2.0")); // no second preface
        QVERIFY2(framesWritten(QByteArray(24, '\0') + written).contains(u"HEADERS/3"_s),
                 qPrintable(framesWritten(QByteArray(24, '\0') + written).join(u", "_s)));
        conversation.feed(QByteArrayView(read).sliced(conversation.bytesFed()));
        if (status > 0)
            conversation.feed(frame(Headers, EndHeaders | EndStream, 3, QByteArray(1, char(0x8d))));
        // Then the verdict is about stream 3
        Http2Ending ending;
        const Transport transport = conversation.verdict(true, false, &ending);
        QVERIFY2(transport.outcome == outcome, qPrintable(outcomeId(transport.outcome) + u": "_s + transport.detail));
        QCOMPARE(conversation.response() ? conversation.response()->status : 0, status);
        if (status == 0) {
            QCOMPARE(ending.failure, u"goaway"_s);
            QVERIFY2(transport.detail.contains(u"stream 3"_s), qPrintable(transport.detail));
        }
    }

    void noSecondRequestUnlessTheFirstWasAnswered_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::newRow("stream 1 still open (no END_STREAM yet)") << emptySettings + ok200;
        QTest::newRow("GOAWAY before the answer") << emptySettings + frame(GoAway, 0, 0, be32(0) + be32(0));
        QTest::newRow("stream 1 reset") << emptySettings + frame(3, 0, 1, be32(2)); // RST_STREAM INTERNAL_ERROR
    }

    void noSecondRequestUnlessTheFirstWasAnswered()
    {
        QFETCH(QByteArray, server);
        RequestSpec request;
        request.url = QUrl(u"http://127.0.0.1/json"_s);
        Http2Conversation conversation(request, false, [] { return 0.0; });
        QVERIFY(conversation.start());
        conversation.takeOutgoing();
        conversation.feed(server);
        conversation.takeOutgoing();
        QVERIFY(!conversation.startNext(request));
        QVERIFY(!framesWritten(QByteArray(24, '\0') + conversation.takeOutgoing()).contains(u"HEADERS/3"_s));
    }

    void endsAlikeWhateverTheSplit_data()
    {
        QTest::addColumn<bool>("post"); // a 70,000-byte body: more than the initial 65,535-byte window
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("received");
        QTest::addColumn<qint64>("bytesRead");
        QTest::addColumn<QString>("sentLast"); // the last frame we sent ("" = any)

        // The fuzz findings, as the fuzzer wrote them (byte 0: POST when odd; bytes 1–2: the
        // split seed; the rest: the server's bytes).
        const auto finding = [](const QString &name) {
            QFile file(QFINDTESTDATA(u"../../fuzz/corpus/h2/"_s + name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray afterGoAway = finding(u"regression-frame-after-goaway-in-the-same-read.bin"_s);
        QTest::newRow("fuzz: SETTINGS after a GOAWAY that refused our stream, in the same read")
            << (afterGoAway.size() > 3 && (afterGoAway[0] & 1)) << afterGoAway.mid(3) << Outcome::ClosedEarly
            << u"goaway"_s << u"NO_ERROR"_s << QStringList { u"SETTINGS/0"_s, u"GOAWAY/0"_s } << qint64(9 + 20)
            << QString();
        const QByteArray secondGoAway = finding(u"regression-second-goaway-in-the-same-read.bin"_s);
        QTest::newRow("fuzz: a second GOAWAY (raising the last stream id) after the one that refused our stream")
            << (secondGoAway.size() > 3 && (secondGoAway[0] & 1)) << secondGoAway.mid(3) << Outcome::ClosedEarly
            << u"goaway"_s << u"0x82040000"_s << QStringList { u"SETTINGS/0"_s, u"GOAWAY/0"_s } << qint64(9 + 20)
            << QString();

        QTest::newRow("a PING after the response's END_STREAM is not read")
            << false
            << emptySettings + frame(Headers, EndHeaders | EndStream, 1, QByteArray(1, char(0x88)))
                + frame(Ping, 0, 0, QByteArray(8, 'p'))
            << Outcome::Ok << QString() << QString() << QStringList { u"SETTINGS/0"_s, u"HEADERS/1"_s }
            << qint64(9 + 10) << QString();
        QTest::newRow("GOAWAY after the response's END_STREAM does not spoil it")
            << false
            << emptySettings + ok200 + frame(Data, EndStream, 1, "hello") + frame(GoAway, 0, 0, be32(1) + be32(2))
            << Outcome::Ok << QString() << QString() << QStringList { u"SETTINGS/0"_s, u"HEADERS/1"_s, u"DATA/1"_s }
            << qint64(9 + 10 + 14) << QString();
        // The window opens by 4,465 bytes (connection and stream): the rest of the body goes out
        // with END_STREAM as soon as the WINDOW_UPDATEs are read, so the response that follows
        // closes the stream and the PING after it is not read.
        const QByteArray window = be32(70000 - 65535);
        QTest::newRow("the last of the body goes out after WINDOW_UPDATE, before the response is read")
            << true
            << emptySettings + frame(WindowUpdate, 0, 0, window) + frame(WindowUpdate, 0, 1, window)
                + frame(Headers, EndHeaders | EndStream, 1, QByteArray(1, char(0x88)))
                + frame(Ping, 0, 0, QByteArray(8, 'p'))
            << Outcome::Ok << QString() << QString()
            << QStringList { u"SETTINGS/0"_s, u"WINDOW_UPDATE/0"_s, u"WINDOW_UPDATE/1"_s, u"HEADERS/1"_s }
            << qint64(9 + 13 + 13 + 10) << QString();
        QTest::newRow("RST_STREAM after the response's END_STREAM does not reset it")
            << false << emptySettings + ok200 + frame(Data, EndStream, 1, "hello") + frame(3, 0, 1, be32(2))
            << Outcome::Ok << QString() << QString() << QStringList { u"SETTINGS/0"_s, u"HEADERS/1"_s, u"DATA/1"_s }
            << qint64(9 + 10 + 14) << QString();
        // A frame header past SETTINGS_MAX_FRAME_SIZE (16,384 until changed): nghttp2 ends the
        // connection with GOAWAY FRAME_SIZE_ERROR at once, not when 6.5 MB more have come.
        QTest::newRow("a frame header announcing 6.5 MB ends the connection at its header")
            << false << emptySettings + QByteArray("\x64\x00\x79\x65\x00\x00\x0d\x0e\x00", 9) + QByteArray(40, 'x')
            << Outcome::InvalidResponse << QString() << QString() << QStringList { u"SETTINGS/0"_s } << qint64(9 + 9)
            << u"GOAWAY/0"_s;
        QByteArray flood = emptySettings;
        const QByteArray oneEntry = frame(Settings, 0, 0, QByteArray("\x00\x03\x00\x00\x00\x64", 6));
        for (int i = 0; i < Http2Conversation::MaxAnsweredFrames; ++i)
            flood += oneEntry;
        QStringList floodFrames;
        for (int i = 0; i <= Http2Conversation::MaxAnsweredFrames; ++i)
            floodFrames.append(u"SETTINGS/0"_s);
        // The frames share one bounded list: after our SETTINGS, WINDOW_UPDATE and HEADERS, each
        // SETTINGS read is followed by its ACK.
        floodFrames = floodFrames.first((Exchange::MaxHttp2Frames - 3 + 1) / 2);
        QTest::newRow("a flood of SETTINGS frames ends at MaxAnsweredFrames, however many each read held")
            << false << flood + oneEntry + oneEntry << Outcome::InvalidResponse << QString() << QString() << floodFrames
            << qint64(flood.size()) << u"GOAWAY/0"_s; // the empty SETTINGS counts too
    }

    void endsAlikeWhateverTheSplit()
    {
        QFETCH(bool, post);
        QFETCH(QByteArray, stream);
        QFETCH(Outcome, outcome);
        QFETCH(QString, failure);
        QFETCH(QString, code);
        QFETCH(QStringList, received);
        QFETCH(qint64, bytesRead);
        QFETCH(QString, sentLast);
        QVERIFY(!stream.isEmpty());

        RequestSpec request;
        request.url = QUrl(u"http://h2.test/"_s);
        request.headers.append(HeaderField { "Host", "h2.test" });
        if (post) {
            request.method = "POST";
            request.body = QByteArray(70000, 'b');
        }
        QList<QList<qsizetype>> feedings { {} };
        QList<qsizetype> bytes;
        for (qsizetype at = 1; at < stream.size(); ++at)
            bytes.append(at);
        feedings.append(bytes);
        const qsizetype stride = stream.size() <= 512 ? 1 : 37;
        for (qsizetype at = 1; at < stream.size(); at += stride)
            feedings.append(QList<qsizetype> { at });

        for (const QList<qsizetype> &cuts : std::as_const(feedings)) {
            const Ending ending = converse(request, stream, cuts);
            const QString what = (cuts.isEmpty()        ? u"whole"_s
                                      : cuts.size() > 1 ? u"a byte at a time"_s
                                                        : u"split at %1"_s.arg(cuts.first()))
                + u": "_s + describe(ending);
            QVERIFY2(ending.outcome == outcome, qPrintable(what));
            QVERIFY2(ending.http2.failure == failure, qPrintable(what));
            QVERIFY2(ending.http2.errorCode == code, qPrintable(what));
            QVERIFY2(ending.received == received, qPrintable(what));
            QVERIFY2(ending.bytesRead == bytesRead, qPrintable(what));
            if (!sentLast.isEmpty())
                QVERIFY2(!ending.sent.isEmpty() && ending.sent.last() == sentLast, qPrintable(what));
        }
    }

    // The probe over a real socket: the server's bytes in one write, or cut in two writes 60 ms
    // apart (so they arrive in two reads) right after the frame that ends the conversation and in
    // the middle of the next frame. Each way the verdict and the frames received are the row's.
    void overLoopbackTheProbeEndsAlike_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<qsizetype>>("cuts"); // where the second write starts
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QStringList>("received");

        const QByteArray refusedThenSettings = emptySettings + frame(GoAway, 0, 0, be32(0) + be32(0))
            + frame(Settings, 0, 0, QByteArray("\x00\x03\x00\x00\x00\x64", 6));
        const QStringList goAwayFrames { u"SETTINGS/0"_s, u"GOAWAY/0"_s };
        QTest::newRow("SETTINGS after a GOAWAY that refused our stream: one write")
            << refusedThenSettings << QList<qsizetype>() << Outcome::ClosedEarly << u"goaway"_s << goAwayFrames;
        QTest::newRow("SETTINGS after a GOAWAY that refused our stream: two writes, at the frame")
            << refusedThenSettings << QList<qsizetype> { 9 + 17 } << Outcome::ClosedEarly << u"goaway"_s
            << goAwayFrames;
        QTest::newRow("SETTINGS after a GOAWAY that refused our stream: two writes, inside the GOAWAY")
            << refusedThenSettings << QList<qsizetype> { 9 + 5 } << Outcome::ClosedEarly << u"goaway"_s << goAwayFrames;

        const QByteArray resetAfterEnd = emptySettings + ok200 + frame(Data, EndStream, 1, "hello")
            + frame(3, 0, 1, be32(2)) + frame(Ping, 0, 0, QByteArray(8, 'p'));
        const QStringList okFrames { u"SETTINGS/0"_s, u"HEADERS/1"_s, u"DATA/1"_s };
        QTest::newRow("RST_STREAM after END_STREAM: one write")
            << resetAfterEnd << QList<qsizetype>() << Outcome::Ok << QString() << okFrames;
        QTest::newRow("RST_STREAM after END_STREAM: two writes, after the DATA")
            << resetAfterEnd << QList<qsizetype> { 9 + 10 + 14 } << Outcome::Ok << QString() << okFrames;
        QTest::newRow("RST_STREAM after END_STREAM: two writes, inside the DATA")
            << resetAfterEnd << QList<qsizetype> { 9 + 10 + 11 } << Outcome::Ok << QString() << okFrames;
    }

    void overLoopbackTheProbeEndsAlike()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<qsizetype>, cuts);
        QFETCH(Outcome, outcome);
        QFETCH(QString, failure);
        QFETCH(QStringList, received);

        PartsServer server;
        qsizetype at = 0;
        for (const qsizetype cut : std::as_const(cuts)) {
            server.parts.append(stream.mid(at, cut - at));
            at = cut;
        }
        server.parts.append(stream.mid(at));
        QVERIFY(server.listen());
        RequestSpec request;
        request.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(server.port()));
        request.options.useEnvironmentProxy = false;
        request.options.httpVersion = ProbeOptions::HttpVersion::Http2PriorKnowledge;
        request.options.totalTimeoutMs = 5000;
        const Exchange exchange = ProbeEngine::run(request).value(0);
        QStringList got;
        for (const Http2Frame &f : exchange.frames) {
            if (f.received)
                got.append(f.type + u'/' + QString::number(f.streamId));
        }
        const QString what = u"%1 '%2' %3: %4; received [%5]"_s.arg(outcomeId(exchange.transport.outcome),
                                                                    exchange.http2.failure, exchange.http2.errorCode,
                                                                    exchange.transport.detail, got.join(u", "_s));
        QCOMPARE(exchange.protocol, u"h2"_s);
        QVERIFY2(exchange.transport.outcome == outcome, qPrintable(what));
        QVERIFY2(exchange.http2.failure == failure, qPrintable(what));
        QVERIFY2(got == received, qPrintable(what));
    }
};

QTEST_GUILESS_MAIN(TestHttp2Conversation)
#include "tst_http2conversation.moc"
