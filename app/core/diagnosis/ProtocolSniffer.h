#pragma once

#include "model/Exchange.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gatescope {

// What answered when the bytes are not HTTP: a server of another protocol on the port the client
// or gateway called ("pointed at the wrong port"). Recognises the first bytes such a server sends
// to an HTTP request — Redis' error reply, a TLS alert, an HTTP/2 SETTINGS frame, an SSH, SMTP,
// FTP, POP3 or IMAP banner, a PostgreSQL error packet, a MySQL/MariaDB greeting, an AMQP protocol
// header, MongoDB's and Elasticsearch's "not an HTTP port" notes, memcached's ERROR — either as
// the raw answer (no status line) or wrapped by a gateway as the body of an HTTP/0.9 relay
// (Apache and Squid answer 200 around it; Squid adds X-Transformed-From: HTTP/0.9).
class ProtocolSniffer
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::ProtocolSniffer)
public:
    // Where the bytes came from: the raw answer itself, or the body of an HTTP response (where only
    // signatures no HTTP body would start with count).
    enum class Context { Raw, HttpBody };

    struct Match
    {
        QString id; // "redis", "tls", "http2", … (the evidence fact is protocol.<id>)
        QString name; // "Redis", "TLS", "HTTP/2 (cleartext)", …
        QString excerpt; // the recognised bytes, printable: "-ERR wrong number of arguments…"
    };

    // The protocol whose answer the bytes start with, if any.
    static std::optional<Match> sniff(QByteArrayView bytes, Context context);

    // The exchange's answer: its raw bytes when no HTTP response could be read, else the body of
    // a response that is not HTML, JSON or XML. `source` receives "transport" or "body".
    static std::optional<Match> sniff(const Exchange &exchange, QString *source = nullptr);

    // Every protocol id sniff() can return, for the evidence fact registry.
    static QStringList protocolIds();

    // The evidence sentence: "the peer answered like Redis: -ERR …".
    static QString describe(const Match &match);
};

} // namespace Gatescope
