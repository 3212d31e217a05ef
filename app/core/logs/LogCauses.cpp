#include "logs/LogParser.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

struct MessageRule
{
    const char *needle; // matched case-sensitively, as the products write it
    const char *cause;
    const char *hint;
};

// First match wins, so the more specific words come first: a reset beats "error reading status
// line", a connect timeout beats "connect() failed", a TLS or DNS failure beats everything after.
// Sources: nginx ngx_event_connect.c / ngx_http_upstream.c messages, Apache mod_proxy AH codes,
// Go net/http errors (Caddy, Traefik), Varnish FetchError texts, Squid ERR_* pages, API Gateway
// execution log texts (see tests/core/logs/data/README.md and cases.tsv).
constexpr std::array Rules {
    MessageRule { "no live upstreams", "capacity.no-healthy-upstream", "no-healthy-upstream" },
    MessageRule { "no upstreams available", "capacity.no-healthy-upstream", "no-healthy-upstream" },
    MessageRule { "disabled connection for", "capacity.no-healthy-upstream", "no-healthy-upstream" },
    MessageRule { "all backends are down", "capacity.no-healthy-upstream", "no-healthy-upstream" },
    MessageRule { "Detected DEAD Parent", "capacity.no-healthy-upstream", "no-healthy-upstream" },
    MessageRule { "backend unhealthy", "capacity.no-healthy-upstream", "no-healthy-upstream" },
    // Varnish's FetchError when the backend's probe marked it sick: "backend NAME: unhealthy".
    MessageRule { ": unhealthy", "capacity.no-healthy-upstream", "no-healthy-upstream" },
    MessageRule { "limiting requests", "capacity.rate-limited", "rate-limited" },
    MessageRule { "limiting connections", "capacity.rate-limited", "rate-limited" },
    MessageRule { "could not be resolved", "upstream.dns-failure", "dns-failure" },
    MessageRule { "host not found in upstream", "upstream.dns-failure", "dns-failure" },
    MessageRule { "no such host", "upstream.dns-failure", "dns-failure" },
    MessageRule { "DNS lookup failure", "upstream.dns-failure", "dns-failure" },
    // Kong's balancer ("[lua] balancer.lua:931: execute(): DNS resolution failed: dns server error:
    // 3 name error"); it answers 503 "name resolution failed".
    MessageRule { "DNS resolution failed", "upstream.dns-failure", "dns-failure" },
    MessageRule { "name resolution failed", "upstream.dns-failure", "dns-failure" },
    MessageRule { "ERR_DNS_FAIL", "upstream.dns-failure", "dns-failure" },
    MessageRule { "Name or service not known", "upstream.dns-failure", "dns-failure" },
    MessageRule { "UnknownHostException", "upstream.dns-failure", "dns-failure" },
    // Go's resolver: "dial tcp: lookup api on 127.0.0.11:53: no such host", "dial tcp: lookup
    // windmill_server: i/o timeout" — a lookup that timed out is a DNS failure, not the upstream's.
    MessageRule { "dial tcp: lookup ", "upstream.dns-failure", "dns-failure" },
    MessageRule { "Temporary failure in name resolution", "upstream.dns-failure", "dns-failure" },
    MessageRule { "server misbehaving", "upstream.dns-failure", "dns-failure" },
    MessageRule { "SSL_do_handshake() failed", "upstream.tls-failure", "tls-failure" },
    MessageRule { "upstream SSL certificate", "upstream.tls-failure", "tls-failure" },
    // nginx: the upstream closed during the TLS handshake (it speaks plain HTTP there, or refused
    // the protocol or the name): "peer closed connection in SSL handshake while SSL handshaking to upstream"
    MessageRule { "peer closed connection in SSL handshake", "upstream.tls-failure", "tls-failure" },
    // Apache mod_proxy: "AH00898: Error during SSL Handshake with remote server returned by /…"
    MessageRule { "Error during SSL Handshake with remote server", "upstream.tls-failure", "tls-failure" },
    MessageRule { "SSL Proxy connect failed", "upstream.tls-failure", "tls-failure" },
    MessageRule { "ERR_SECURE_CONNECT_FAIL", "upstream.tls-failure", "tls-failure" },
    MessageRule { "TLS_error", "upstream.tls-failure", "tls-failure" },
    MessageRule { "tls: ", "upstream.tls-failure", "tls-failure" },
    MessageRule { "x509: ", "upstream.tls-failure", "tls-failure" },
    MessageRule { "SSLEngine problem", "upstream.tls-failure", "tls-failure" },
    MessageRule { "SSLHandshakeException", "upstream.tls-failure", "tls-failure" },
    // Go's dial to a Unix socket whose listen backlog is full (EAGAIN): the server behind it is up
    // but every worker is busy (Caddy's php_fastcgi to PHP-FPM, Traefik to a socket).
    MessageRule { "connect: resource temporarily unavailable", "capacity.overloaded", "overloaded" },
    MessageRule { "while connecting to upstream", "", "" }, // refined below (timeout vs refused)
    MessageRule { "upstream timed out", "upstream.timeout", "read-timeout" },
    MessageRule { "first byte timeout", "upstream.timeout", "read-timeout" },
    MessageRule { "between bytes timeout", "upstream.timeout", "read-timeout" },
    // Varnish's "http first read error: EOF": Varnish 4 wrote it for a first_byte_timeout too (its
    // read() timing out), and Varnish's own tips page calls a first byte timeout the usual cause,
    // the backend closing the connection before answering the rarer one.
    MessageRule { "http first read error", "upstream.timeout", "read-timeout" },
    MessageRule { "timeout awaiting response headers", "upstream.timeout", "read-timeout" },
    MessageRule { "ERR_READ_TIMEOUT", "upstream.timeout", "read-timeout" },
    MessageRule { "Execution failed due to a timeout", "upstream.timeout", "read-timeout" },
    MessageRule { "Endpoint request timed out", "upstream.timeout", "read-timeout" },
    MessageRule { "context deadline exceeded", "upstream.timeout", "read-timeout" },
    MessageRule { "(110: Connection timed out)", "upstream.timeout", "connect-timeout" },
    MessageRule { "(70007)The timeout specified has expired", "upstream.timeout", "read-timeout" },
    MessageRule { "i/o timeout", "upstream.timeout", "connect-timeout" },
    MessageRule { "Connection timed out", "upstream.timeout", "connect-timeout" },
    MessageRule { "Connection reset by peer", "upstream.reset", "reset" },
    // Windows' WSAECONNRESET as Go writes it ("wsarecv: An existing connection was forcibly closed
    // by the remote host"), in Traefik or Caddy on Windows.
    MessageRule { "forcibly closed by the remote host", "upstream.reset", "reset" },
    MessageRule { "connection reset by peer", "upstream.reset", "reset" },
    MessageRule { "ERR_READ_ERROR", "upstream.reset", "reset" },
    MessageRule { "Connection refused", "upstream.refused", "refused" },
    // Windows' WSAECONNREFUSED as .NET words it ("No connection could be made because the target
    // machine actively refused it", "SocketException (10061)", in a Chinese Windows "积极拒绝").
    MessageRule { "actively refused", "upstream.refused", "refused" },
    MessageRule { "SocketException (10061)", "upstream.refused", "refused" },
    MessageRule { "积极拒绝", "upstream.refused", "refused" },
    MessageRule { "connection refused", "upstream.refused", "refused" },
    MessageRule { "errno 111", "upstream.refused", "refused" },
    MessageRule { "ERR_CONNECT_FAIL", "upstream.refused", "refused" },
    MessageRule { "No route to host", "upstream.refused", "unreachable" },
    MessageRule { "no route to host", "upstream.refused", "unreachable" },
    MessageRule { "Host is unreachable", "upstream.refused", "unreachable" },
    MessageRule { "network is unreachable", "upstream.refused", "unreachable" },
    MessageRule { "Network is unreachable", "upstream.refused", "unreachable" },
    MessageRule { "AH01114", "upstream.refused", "refused" },
    MessageRule { "AH00957", "upstream.refused", "refused" },
    MessageRule { "failed to make connection to backend", "upstream.refused", "refused" },
    // Varnish's "no backend connection" follows any failure to get one: refused, a connect timeout,
    // a sick backend or max_connections reached (its own line before, if any, says which).
    MessageRule { "no backend connection", "upstream.error", "upstream-error" },
    MessageRule { "upstream sent", "upstream.invalid-response", "invalid-response" },
    MessageRule { "AH01106", "upstream.invalid-response", "invalid-response" },
    MessageRule { "bad HTTP/1.1 header returned by", "upstream.invalid-response", "invalid-response" },
    MessageRule { "malformed HTTP", "upstream.invalid-response", "invalid-response" },
    MessageRule { "malformed MIME header", "upstream.invalid-response", "invalid-response" },
    MessageRule { "Invalid Response", "upstream.invalid-response", "invalid-response" },
    MessageRule { "Received junk", "upstream.invalid-response", "invalid-response" },
    MessageRule { "ERR_INVALID_RESP", "upstream.invalid-response", "invalid-response" },
    MessageRule { "http format error", "upstream.invalid-response", "invalid-response" },
    MessageRule { "Malformed Lambda proxy response", "upstream.invalid-response", "invalid-response" },
    MessageRule { "upstream prematurely closed connection", "upstream.closed-early", "closed-early" },
    MessageRule { "error reading status line from remote server", "upstream.closed-early", "closed-early" },
    MessageRule { "Error reading from remote server", "upstream.closed-early", "closed-early" },
    MessageRule { "HTC eof", "upstream.closed-early", "closed-early" },
    MessageRule { "unexpected EOF", "upstream.closed-early", "closed-early" },
    // .NET's HttpClient: the upstream closed the connection before its answer was whole.
    MessageRule { "The response ended prematurely", "upstream.closed-early", "closed-early" },
    MessageRule { "ERR_ZERO_SIZE_OBJECT", "upstream.closed-early", "closed-early" },
    MessageRule { "server closed", "upstream.closed-early", "closed-early" },
    MessageRule { "AH01102", "upstream.closed-early", "closed-early" },
    MessageRule { "AH00898", "upstream.closed-early", "closed-early" },
    // mod_proxy_ajp: the backend's connection gave nothing ("AH00877: read zero bytes, expecting …",
    // after "AH00992: ajp_read_header: ajp_ilink_receive failed").
    MessageRule { "read zero bytes", "upstream.closed-early", "closed-early" },
    MessageRule { "AH00877", "upstream.closed-early", "closed-early" },
    // mod_proxy_http could not pass the request body on: the backend closed the connection first.
    MessageRule { "AH01097", "upstream.closed-early", "closed-early" },
    MessageRule { "pass request body failed", "upstream.closed-early", "closed-early" },
    MessageRule { "ERR_GATEWAY_FAILURE", "upstream.error", "upstream-error" },
    MessageRule { "Lambda execution failed", "origin.error", "origin-error" },
    MessageRule { "Execution failed due to configuration error", "upstream.error", "upstream-error" },
};

// Go's error for a connection that ended with nothing: the whole message is "EOF".
bool isBareEof(QByteArrayView message)
{
    return message == "EOF" || message.endsWith(": EOF");
}

} // namespace

QString hintForCause(QStringView cause, bool connectPhase)
{
    if (cause == u"upstream.refused")
        return u"refused"_s;
    if (cause == u"upstream.timeout")
        return connectPhase ? u"connect-timeout"_s : u"read-timeout"_s;
    if (cause == u"upstream.closed-early")
        return u"closed-early"_s;
    if (cause == u"upstream.reset")
        return u"reset"_s;
    if (cause == u"upstream.invalid-response")
        return u"invalid-response"_s;
    if (cause == u"upstream.tls-failure")
        return u"tls-failure"_s;
    if (cause == u"upstream.dns-failure")
        return u"dns-failure"_s;
    if (cause == u"capacity.no-healthy-upstream")
        return u"no-healthy-upstream"_s;
    if (cause == u"capacity.rate-limited")
        return u"rate-limited"_s;
    if (cause == u"capacity.overloaded")
        return u"overloaded"_s;
    if (cause == u"maintenance")
        return u"maintenance"_s;
    if (cause == u"upstream.error")
        return u"upstream-error"_s;
    if (cause.startsWith(u"origin."))
        return u"origin-error"_s;
    if (cause.startsWith(u"transport."))
        return u"client-closed"_s;
    return {};
}

const HerokuRouterCode *herokuRouterCode(QByteArrayView code)
{
    // Heroku Dev Center, "Heroku Error Codes".
    static const QHash<QByteArray, HerokuRouterCode> codes {
        { "H10", { { u"App crashed"_s }, u"capacity.no-healthy-upstream"_s } },
        { "H11", { { u"Backlog too deep"_s }, u"capacity.overloaded"_s } },
        { "H12", { { u"Request timeout"_s }, u"upstream.timeout"_s } },
        { "H13", { { u"Connection closed without response"_s }, u"upstream.closed-early"_s } },
        { "H14", { { u"No web dynos running"_s, u"No web processes running"_s }, u"capacity.no-healthy-upstream"_s } },
        { "H15", { { u"Idle connection"_s }, u"upstream.timeout"_s } },
        { "H18", { { u"Server Request Interrupted"_s }, u"upstream.closed-early"_s } },
        { "H19", { { u"Backend connection timeout"_s }, u"upstream.timeout"_s, true } },
        { "H20", { { u"App boot timeout"_s }, u"capacity.no-healthy-upstream"_s } },
        { "H21", { { u"Backend connection refused"_s }, u"upstream.refused"_s, true } },
        { "H22", { { u"Connection limit reached"_s }, u"capacity.overloaded"_s } },
        { "H25", { { u"HTTP Restriction"_s }, u"upstream.invalid-response"_s, false, 0 } },
        { "H27", { { u"Client Request Interrupted"_s }, u"transport.closed-early"_s, false, 0 } },
        { "H28", { { u"Client Connection Idle"_s }, u"transport.timeout"_s, false, 0 } },
        { "H80", { { u"Maintenance mode"_s }, u"maintenance"_s } },
        // Blank app: no code deployed; free dyno hours used up: no dyno runs.
        { "H81", { { u"Blank app"_s }, u"capacity.no-healthy-upstream"_s } },
        { "H82", { { u"Free dyno quota exhausted"_s }, u"capacity.no-healthy-upstream"_s } },
        { "H99", { { u"Platform error"_s }, u"upstream.error"_s } },
    };
    const auto found = codes.constFind(code.toByteArray());
    return found == codes.cend() ? nullptr : &*found;
}

LogCause classifyLogMessage(QByteArrayView message)
{
    for (const MessageRule &rule : Rules) {
        const qsizetype at = message.indexOf(QByteArrayView(rule.needle));
        if (at < 0)
            continue;
        if (rule.cause[0] == '\0') {
            // nginx: "... while connecting to upstream" — the words before say what happened.
            if (message.contains("timed out"))
                return { u"upstream.timeout"_s, u"connect-timeout"_s, QString::fromUtf8(message) };
            if (message.contains("(113:") || message.contains("No route to host"))
                return { u"upstream.refused"_s, u"unreachable"_s, QString::fromUtf8(message) };
            if (message.contains("(111:") || message.contains("Connection refused"))
                return { u"upstream.refused"_s, u"refused"_s, QString::fromUtf8(message) };
            // nginx for Windows writes the Winsock codes: 10061 WSAECONNREFUSED ("actively refused
            // it"), 10060 WSAETIMEDOUT, 10065 WSAEHOSTUNREACH.
            if (message.contains("(10061:"))
                return { u"upstream.refused"_s, u"refused"_s, QString::fromUtf8(message) };
            if (message.contains("(10060:"))
                return { u"upstream.timeout"_s, u"connect-timeout"_s, QString::fromUtf8(message) };
            if (message.contains("(10065:"))
                return { u"upstream.refused"_s, u"unreachable"_s, QString::fromUtf8(message) };
            // "connect() to unix:/run/php-fpm.sock failed (2: No such file or directory)": nothing
            // listens on that socket (the FastCGI or app server is not running).
            if (message.contains("connect() to unix:") && message.contains("(2:"))
                return { u"upstream.refused"_s, u"refused"_s, QString::fromUtf8(message) };
            // "… failed (13: Permission denied)": nginx's worker may not open that socket or, under
            // SELinux, connect to that port — as good as nothing listening, for the requests it serves.
            if (message.contains("(13: Permission denied)"))
                return { u"upstream.refused"_s, u"refused"_s, QString::fromUtf8(message) };
            // "connect() to unix:/run/gunicorn.sock failed (11: Resource temporarily unavailable)": the
            // socket's listen backlog is full — the application server is up but every worker is busy.
            if (message.contains("(11: Resource temporarily unavailable)"))
                return { u"capacity.overloaded"_s, u"overloaded"_s, QString::fromUtf8(message) };
            continue;
        }
        // Apache: a timeout while connecting (AH00957) is a connect timeout, not a read timeout.
        if (QByteArrayView(rule.needle) == "(70007)The timeout specified has expired"
            && (message.contains("AH00957") || message.contains("attempt to connect")))
            return { u"upstream.timeout"_s, u"connect-timeout"_s, QString::fromUtf8(message) };
        return { QString::fromLatin1(rule.cause), QString::fromLatin1(rule.hint), QString::fromUtf8(message) };
    }
    if (isBareEof(message))
        return { u"upstream.closed-early"_s, u"closed-early"_s, QString::fromUtf8(message) };
    return {};
}

} // namespace Gatescope
