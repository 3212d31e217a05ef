// Non-HTTP answers name the protocol: the first bytes a server of another protocol sends to an
// HTTP request (real banners and error replies, as captured from the servers' default builds) are
// recognised, ordinary HTTP bodies are not, and the diagnosis names the protocol in its evidence.
#include "diagnosis/Diagnoser.h"
#include "diagnosis/Evidence.h"
#include "diagnosis/ProtocolSniffer.h"

#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(const char *data, qsizetype size)
{
    return QByteArray(data, size);
}

// A PostgreSQL ErrorResponse: 'E', int32 length (itself included), then the fields.
QByteArray postgresError(const QByteArray &fields)
{
    QByteArray packet("E");
    const quint32 length = quint32(fields.size() + 4);
    packet.append(char(length >> 24)).append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    return packet + fields;
}

// A MySQL packet: 3-byte little-endian length, sequence 0, payload.
QByteArray mysqlPacket(const QByteArray &payload)
{
    QByteArray packet;
    packet.append(char(payload.size() & 0xff)).append(char((payload.size() >> 8) & 0xff)).append('\0').append('\0');
    return packet + payload;
}

Exchange rawAnswer(const QByteArray &raw)
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url = QUrl(u"http://127.0.0.1:6379/"_s);
    exchange.transport.outcome = Outcome::InvalidResponse;
    exchange.transport.phase = Phase::Wait;
    exchange.rawResponse = raw;
    return exchange;
}

} // namespace

class tst_ProtocolSniffer : public QObject
{
    Q_OBJECT

private slots:
    void shouldNameTheProtocolOfTheFirstBytes_data();
    void shouldNameTheProtocolOfTheFirstBytes();
    void shouldDiagnoseADirectAnswerAsTransportInvalidResponse();
    void shouldDiagnoseARelayedAnswerAsTheUpstreamsInvalidResponse();
    void shouldLeaveHtmlAndJsonBodiesAlone();
};

void tst_ProtocolSniffer::shouldNameTheProtocolOfTheFirstBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("raw"); // true: the answer itself; false: the body of an HTTP response
    QTest::addColumn<QString>("protocol"); // empty: not recognised

    using Z = QByteArray;
    // clang-format off
    QTest::newRow("redis -ERR to 'GET / HTTP/1.1'")  << Z("-ERR wrong number of arguments for 'get' command\r\n")           << true  << u"redis"_s;
    QTest::newRow("redis protected mode")            << Z("-DENIED Redis is running in protected mode because protected mode is enabled\r\n") << true << u"redis"_s;
    QTest::newRow("redis NOAUTH")                    << Z("-NOAUTH Authentication required.\r\n")                          << true  << u"redis"_s;
    QTest::newRow("redis RESP array")                << Z("*3\r\n$3\r\nfoo\r\n")                                             << true  << u"redis"_s;
    QTest::newRow("redis -ERR in a Squid 0.9 body")  << Z("-ERR unknown command 'Host:'\r\n")                               << false << u"redis"_s;
    QTest::newRow("TLS alert (plain HTTP to TLS)")   << bytes("\x15\x03\x01\x00\x02\x02\x50", 7)                             << true  << u"tls"_s;
    QTest::newRow("TLS ServerHello record")          << bytes("\x16\x03\x03\x00\x5d\x02\x00\x00\x59\x03\x03", 11)            << true  << u"tls"_s;
    QTest::newRow("h2c SETTINGS (Go preface)")       << bytes("\x00\x00\x06\x04\x00\x00\x00\x00\x00\x00\x05\x00\x00\x40\x00", 15) << true << u"http2"_s;
    QTest::newRow("h2c empty SETTINGS")              << bytes("\x00\x00\x00\x04\x00\x00\x00\x00\x00", 9)                    << true  << u"http2"_s;
    QTest::newRow("h2c GOAWAY")                      << bytes("\x00\x00\x08\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01", 17) << true << u"http2"_s;
    QTest::newRow("OpenSSH banner")                  << Z("SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6\r\nProtocol mismatch.\n") << true  << u"ssh"_s;
    QTest::newRow("PostgreSQL startup error")        << postgresError(Z("SFATAL\0VFATAL\0C08P01\0Minvalid length of startup packet\0Fpostmaster.c\0L2046\0RProcessStartupPacket\0\0", 89)) << true << u"postgresql"_s;
    QTest::newRow("MySQL 8 greeting")                << mysqlPacket(Z("\x0a" "8.0.35\0\x08\0\0\0abcdefgh\0\xff\xff\xff\x02\0\xff\xdf\x15", 30)) << true << u"mysql"_s;
    QTest::newRow("MariaDB greeting")                << mysqlPacket(Z("\x0a" "5.5.5-10.11.6-MariaDB-0+deb12u1\0\x03\0\0\0", 37)) << true << u"mysql"_s;
    QTest::newRow("MySQL host not allowed")          << mysqlPacket(Z("\xff\x6a\x04Host '172.17.0.1' is not allowed to connect to this MySQL server")) << true << u"mysql"_s;
    QTest::newRow("Postfix SMTP banner")             << Z("220 mail.example.org ESMTP Postfix (Debian/GNU)\r\n")           << true  << u"smtp"_s;
    QTest::newRow("vsftpd banner")                   << Z("220 (vsFTPd 3.0.3)\r\n")                                         << true  << u"ftp"_s;
    QTest::newRow("Dovecot POP3 banner")             << Z("+OK Dovecot (Debian) ready.\r\n")                                << true  << u"pop3"_s;
    QTest::newRow("Dovecot IMAP banner")             << Z("* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot (Debian) ready.\r\n") << true << u"imap"_s;
    QTest::newRow("AMQP 0-9-1 protocol header")      << bytes("AMQP\x00\x00\x09\x01", 8)                                     << true  << u"amqp"_s;
    QTest::newRow("MongoDB native port note")        << Z("It looks like you are trying to access MongoDB over HTTP on the native driver port.\r\n") << false << u"mongodb"_s;
    QTest::newRow("Elasticsearch transport port")    << Z("This is not an HTTP port")                                       << true  << u"elasticsearch"_s;
    QTest::newRow("memcached ERROR")                 << Z("ERROR\r\n")                                                      << true  << u"memcached"_s;
    QTest::newRow("an HTTP status line")             << Z("HTTP/1.1 502 Bad Gateway\r\n")                                   << true  << QString();
    QTest::newRow("HTML body")                       << Z("<html><body>502 Bad Gateway</body></html>")                     << false << QString();
    QTest::newRow("JSON body")                       << Z("{\"message\": \"Internal server error\"}")                      << false << QString();
    QTest::newRow("plain ERROR body")                << Z("ERROR\r\n")                                                      << false << QString();
    QTest::newRow("body starting with 220")          << Z("220 items updated\r\n")                                          << false << QString();
    QTest::newRow("plain Bad Gateway body")          << Z("Bad Gateway")                                                    << false << QString();
    QTest::newRow("empty")                           << Z()                                                                 << true  << QString();
    // clang-format on
}

void tst_ProtocolSniffer::shouldNameTheProtocolOfTheFirstBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, raw);
    QFETCH(QString, protocol);

    const auto match
        = ProtocolSniffer::sniff(input, raw ? ProtocolSniffer::Context::Raw : ProtocolSniffer::Context::HttpBody);

    QCOMPARE(match ? match->id : QString(), protocol);
    if (match) {
        QVERIFY2(ProtocolSniffer::protocolIds().contains(match->id), qPrintable(match->id));
        QVERIFY2(!match->name.isEmpty() && !match->excerpt.isEmpty(), qPrintable(ProtocolSniffer::describe(*match)));
        QVERIFY(Facts::isKnown(QString(u"protocol."_s + match->id)));
    }
}

void tst_ProtocolSniffer::shouldDiagnoseADirectAnswerAsTransportInvalidResponse()
{
    // Given: plain HTTP sent straight to Redis' port
    const Exchange exchange = rawAnswer("-ERR wrong number of arguments for 'get' command\r\n");

    // When
    const Diagnosis d = Diagnoser().diagnose(exchange);

    // Then: the client got no HTTP; the evidence names Redis and the checklist says which port
    QCOMPARE(d.cause, u"transport.invalid-response"_s);
    QCOMPARE(d.producer.layer, u"client"_s);
    QCOMPARE(d.leaf, u"transport.wrong-protocol"_s);
    QCOMPARE(d.checklist.id, u"wrong-protocol"_s);
    QVERIFY2(d.summary.contains(u"Redis"_s), qPrintable(d.summary));
    const bool named = std::any_of(d.evidence.cbegin(), d.evidence.cend(), [](const EvidenceItem &item) {
        return item.fact == u"protocol.redis" && item.value.contains(u"-ERR wrong number"_s);
    });
    QVERIFY2(named, "expected a protocol.redis evidence item quoting the reply");
}

void tst_ProtocolSniffer::shouldDiagnoseARelayedAnswerAsTheUpstreamsInvalidResponse()
{
    // Given: Squid relayed a TLS alert from its peer as an HTTP/0.9 body wrapped in 200
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url = QUrl(u"http://proxy.example.test/"_s);
    ResponseData response;
    response.status = 200;
    response.reason = "OK";
    response.headers = { { "Server", "squid/5.7" }, { "X-Transformed-From", "HTTP/0.9" } };
    response.body = bytes("\x15\x03\x01\x00\x02\x02\x50", 7);
    response.bodySize = response.body.size();
    exchange.response = response;

    // When
    const Diagnosis d = Diagnoser().diagnose(exchange);

    // Then
    QCOMPARE(d.cause, u"upstream.invalid-response"_s);
    QCOMPARE(d.producer.layer, u"gateway"_s);
    QCOMPARE(d.producer.product, u"squid"_s);
    QVERIFY2(d.summary.contains(u"TLS"_s), qPrintable(d.summary));
}

void tst_ProtocolSniffer::shouldLeaveHtmlAndJsonBodiesAlone()
{
    // Given: a JSON body that happens to start like a Redis error
    Exchange exchange;
    ResponseData response;
    response.status = 500;
    response.headers = { { "Content-Type", "application/json" } };
    response.body = "-ERR";
    response.bodySize = 4;
    exchange.response = response;

    // Then: a body declared JSON, HTML or XML is never sniffed
    QVERIFY(!ProtocolSniffer::sniff(exchange));
}

QTEST_GUILESS_MAIN(tst_ProtocolSniffer)
#include "tst_protocolsniffer.moc"
