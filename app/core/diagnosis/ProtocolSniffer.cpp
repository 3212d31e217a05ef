#include "diagnosis/ProtocolSniffer.h"

#include "model/RequestSpec.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

uchar byteAt(QByteArrayView bytes, qsizetype i)
{
    return i < bytes.size() ? uchar(bytes.at(i)) : 0;
}

bool startsWithAny(QByteArrayView bytes, std::initializer_list<const char *> prefixes)
{
    for (const char *prefix : prefixes) {
        if (bytes.startsWith(QByteArrayView(prefix)))
            return true;
    }
    return false;
}

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

// The first line (up to `limit` bytes), with anything unprintable as \xNN.
QString printable(QByteArrayView bytes, qsizetype limit = 72)
{
    QString text;
    const qsizetype end = std::min(bytes.size(), limit);
    for (qsizetype i = 0; i < end; ++i) {
        const uchar c = uchar(bytes.at(i));
        if (c == '\r' || c == '\n') {
            if (i > 0 && c == '\n')
                break;
            if (c == '\r' && i + 1 < end && bytes.at(i + 1) == '\n' && i > 0)
                break;
            text += c == '\r' ? u"\\r"_s : u"\\n"_s;
        } else if (c >= 0x20 && c < 0x7f) {
            text += QLatin1Char(char(c));
        } else {
            text += u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0');
        }
    }
    if (bytes.size() > end)
        text += u"…"_s;
    return text;
}

// A RESP integer/length line: '*' or '$' or ':', digits (or -1), CRLF.
bool isRespLengthLine(QByteArrayView bytes)
{
    if (bytes.size() < 4 || (bytes.at(0) != '*' && bytes.at(0) != '$' && bytes.at(0) != ':'))
        return false;
    qsizetype i = 1;
    if (byteAt(bytes, i) == '-')
        ++i;
    const qsizetype digits = i;
    while (i < bytes.size() && isDigit(uchar(bytes.at(i))) && i < 12)
        ++i;
    return i > digits && byteAt(bytes, i) == '\r' && byteAt(bytes, i + 1) == '\n';
}

// The first line contains one of the words, case-insensitively.
bool firstLineMentions(QByteArrayView bytes, std::initializer_list<const char *> words)
{
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = std::min<qsizetype>(bytes.size(), 200);
    const QByteArray line = bytes.first(end).toByteArray().toUpper();
    for (const char *word : words) {
        if (line.contains(QByteArray(word).toUpper()))
            return true;
    }
    return false;
}

} // namespace

QStringList ProtocolSniffer::protocolIds()
{
    return { u"redis"_s, u"tls"_s,  u"http2"_s, u"ssh"_s,  u"postgresql"_s, u"mysql"_s,         u"smtp"_s,
             u"ftp"_s,   u"pop3"_s, u"imap"_s,  u"amqp"_s, u"mongodb"_s,    u"elasticsearch"_s, u"memcached"_s };
}

std::optional<ProtocolSniffer::Match> ProtocolSniffer::sniff(QByteArrayView bytes, Context context)
{
    if (bytes.isEmpty())
        return std::nullopt;
    const bool raw = context == Context::Raw;
    auto found = [&](const char16_t *id, const QString &name) {
        return std::optional<Match>(Match { QString::fromUtf16(id), name, printable(bytes) });
    };

    // TLS record: content type alert (21) or handshake (22), version 3.x (SSL 3.0 … TLS 1.3).
    if ((byteAt(bytes, 0) == 0x15 || byteAt(bytes, 0) == 0x16) && byteAt(bytes, 1) == 0x03 && byteAt(bytes, 2) <= 0x04
        && bytes.size() >= 5)
        return found(u"tls", tr("TLS (%1 record)").arg(byteAt(bytes, 0) == 0x15 ? tr("alert") : tr("handshake")));
    // HTTP/2 frame on stream 0: SETTINGS (type 4, length a multiple of 6) or GOAWAY (type 7).
    if (bytes.size() >= 9 && byteAt(bytes, 5) == 0 && byteAt(bytes, 6) == 0 && byteAt(bytes, 7) == 0
        && byteAt(bytes, 8) == 0) {
        const int length = (byteAt(bytes, 0) << 16) | (byteAt(bytes, 1) << 8) | byteAt(bytes, 2);
        const uchar type = byteAt(bytes, 3);
        if ((type == 0x04 && length % 6 == 0 && (byteAt(bytes, 4) & ~0x01) == 0 && length <= 16384)
            || (type == 0x07 && length >= 8 && length <= 16384 && byteAt(bytes, 4) == 0))
            return found(u"http2", tr("HTTP/2 (cleartext, h2c)"));
    }
    if (startsWithAny(bytes, { "SSH-2.0-", "SSH-1.99-", "SSH-1.5-" }))
        return found(u"ssh", tr("SSH"));
    if (startsWithAny(bytes,
                      { "-ERR", "-NOAUTH", "-WRONGPASS", "-DENIED", "-MISCONF", "-LOADING", "-NOPERM", "-WRONGTYPE",
                        "+PONG\r\n", "+OK\r\n" })
        || (raw && isRespLengthLine(bytes)))
        return found(u"redis", tr("Redis"));
    if (bytes.startsWith("AMQP") && bytes.size() >= 8 && byteAt(bytes, 4) <= 0x03)
        return found(u"amqp", tr("AMQP (RabbitMQ, ActiveMQ, Qpid)"));
    // PostgreSQL ErrorResponse ('E', int32 length, fields 'S'/'V' severity …) or the v2 "EFATAL:".
    if (byteAt(bytes, 0) == 'E') {
        const quint32 length = (quint32(byteAt(bytes, 1)) << 24) | (quint32(byteAt(bytes, 2)) << 16)
            | (quint32(byteAt(bytes, 3)) << 8) | quint32(byteAt(bytes, 4));
        const QByteArrayView fields = bytes.sliced(std::min<qsizetype>(5, bytes.size()));
        if ((length >= 8 && length < 65536
             && startsWithAny(fields, { "SFATAL", "SERROR", "SPANIC", "VFATAL", "VERROR" }))
            || bytes.startsWith("EFATAL:"))
            return found(u"postgresql", tr("PostgreSQL"));
    }
    // MySQL/MariaDB: 3-byte length, sequence 0, then protocol 10 and a version string, or an error
    // packet (0xff) before the greeting ("Host '…' is not allowed to connect").
    if (bytes.size() >= 8 && byteAt(bytes, 3) == 0) {
        const int length = byteAt(bytes, 0) | (byteAt(bytes, 1) << 8) | (byteAt(bytes, 2) << 16);
        if (length >= 8 && length < 4096) {
            if (byteAt(bytes, 4) == 0x0a && isDigit(byteAt(bytes, 5)) && byteAt(bytes, 6) == '.') {
                const bool maria = bytes.first(std::min<qsizetype>(bytes.size(), 64)).toByteArray().contains("MariaDB");
                return found(u"mysql", maria ? tr("MariaDB") : tr("MySQL"));
            }
            if (byteAt(bytes, 4) == 0xff && bytes.size() >= 10)
                return found(u"mysql", tr("MySQL/MariaDB (error packet)"));
        }
    }
    if (startsWithAny(bytes, { "220 ", "220-", "421 ", "554 " })) {
        if (firstLineMentions(bytes, { "FTP" }))
            return found(u"ftp", tr("FTP"));
        if (firstLineMentions(bytes, { "SMTP", "ESMTP", "Postfix", "Exim", "Sendmail", "mail" }) || raw)
            return found(u"smtp", tr("SMTP"));
    }
    if (bytes.startsWith("+OK ") || (raw && bytes.startsWith("+OK")))
        return found(u"pop3", tr("POP3"));
    if (startsWithAny(bytes, { "* OK ", "* PREAUTH ", "* BYE " }))
        return found(u"imap", tr("IMAP"));
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 512)).toByteArray();
    // Go's net/http TLS server answers a plain-HTTP request with "400 Bad Request" and this body:
    // the caller spoke HTTP to a TLS (HTTPS) port.
    if (head.startsWith("Client sent an HTTP request to an HTTPS server."))
        return found(u"tls", tr("a TLS (HTTPS) port that expected a TLS handshake (Go's answer to plain HTTP)"));
    if (head.contains("access MongoDB over HTTP on the native driver port"))
        return found(u"mongodb", tr("MongoDB"));
    if (head.startsWith("This is not an HTTP port"))
        return found(u"elasticsearch", tr("Elasticsearch (transport port)"));
    if (raw && startsWithAny(bytes, { "ERROR\r\n", "CLIENT_ERROR ", "SERVER_ERROR " }))
        return found(u"memcached", tr("memcached"));
    return std::nullopt;
}

std::optional<ProtocolSniffer::Match> ProtocolSniffer::sniff(const Exchange &exchange, QString *source)
{
    if (!exchange.response && exchange.protocol == u"h2")
        return std::nullopt; // the raw bytes are HTTP/2 frames, read by the probe itself
    if (!exchange.response || exchange.response->httpVersion.startsWith("HTTP/0.9")) {
        const QByteArrayView bytes = exchange.response && exchange.rawResponse.isEmpty()
            ? QByteArrayView(exchange.response->body)
            : QByteArrayView(exchange.rawResponse);
        if (source)
            *source = u"transport"_s;
        return sniff(bytes, Context::Raw);
    }
    const ResponseData &response = *exchange.response;
    const QByteArray type = response.contentType();
    if (type.contains("html") || type.contains("json") || type.contains("xml"))
        return std::nullopt;
    if (source)
        *source = u"body"_s;
    return sniff(response.body, hasHeader(response.headers, "x-transformed-from") ? Context::Raw : Context::HttpBody);
}

QString ProtocolSniffer::describe(const Match &match)
{
    return tr("the peer answered like %1, not HTTP: %2").arg(match.name, match.excerpt);
}

} // namespace Gatescope
