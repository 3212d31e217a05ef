#include "capture/HarImporter.h"

#include "capture/JsonTape.h"
#include "capture/SourcePosition.h"
#include "http/Http2RequestHeaders.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThread>
#include <QThreadPool>
#include <QUrlQuery>

#include <cmath>
#include <cstring>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

Q_LOGGING_CATEGORY(lcHarImport, "gatescope.capture.har", QtInfoMsg)

namespace Gatescope {

namespace {

using namespace Qt::StringLiterals;

// A forward-only scanner over the bytes of a JSON text. It finds where values start and end
// (checking brackets and string ends) without building them; the caller parses the slices it
// needs with QJsonDocument. On failure it records the byte offset and what was expected.
class JsonScanner
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::HarImporter)
public:
    explicit JsonScanner(QByteArrayView data)
        : m_data(data)
    { }

    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek() const { return atEnd() ? '\0' : m_data.at(m_pos); }
    qsizetype errorOffset() const { return m_errorOffset; }
    const QString &errorText() const { return m_errorText; }

    void skipByteOrderMark()
    {
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    void skipWhitespace()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }

    bool fail(qsizetype offset, const QString &text)
    {
        m_errorOffset = offset;
        m_errorText = text;
        return false;
    }

    bool failUnexpected(const QString &expected)
    {
        if (atEnd())
            return fail(m_pos, tr("the text ends where %1 was expected (truncated file?)").arg(expected));
        return fail(m_pos, tr("found %1 where %2 was expected").arg(describeByte(peek()), expected));
    }

    static QString describeByte(char c)
    {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            return u"'%1'"_s.arg(QLatin1Char(c));
        return u"byte 0x%1"_s.arg(u, 2, 16, QLatin1Char('0'));
    }

    bool expect(char c, const QString &what)
    {
        skipWhitespace();
        if (peek() != c)
            return failUnexpected(what);
        ++m_pos;
        return true;
    }

    // At a '"': moves past the closing quote; *raw gets the bytes between the quotes.
    bool readString(QByteArrayView *raw)
    {
        if (peek() != '"')
            return failUnexpected(tr("a string"));
        const qsizetype start = m_pos;
        const char *begin = m_data.data();
        const char *end = begin + m_data.size();
        const char *p = begin + m_pos + 1;
        while (p < end) {
            const void *found = std::memchr(p, '"', size_t(end - p));
            if (!found)
                break;
            const char *quote = static_cast<const char *>(found);
            qsizetype backslashes = 0;
            for (const char *b = quote - 1; b > begin + start && *b == '\\'; --b)
                ++backslashes;
            if (backslashes % 2 == 0) {
                if (raw)
                    *raw = QByteArrayView(begin + start + 1, quote - (begin + start + 1));
                m_pos = (quote - begin) + 1;
                return true;
            }
            p = quote + 1;
        }
        return fail(start, tr("a string starts here and never ends (truncated file?)"));
    }

    // Skips one JSON value (object, array, string, number, literal), checking that brackets match.
    bool skipValue()
    {
        skipWhitespace();
        const char c = peek();
        if (c == '"')
            return readString(nullptr);
        if (c == '{' || c == '[') {
            std::vector<char> open;
            while (true) {
                if (atEnd())
                    return fail(m_pos,
                                tr("the text ends inside %n unclosed object(s) or array(s) (truncated file?)", nullptr,
                                   int(open.size())));
                const char ch = m_data.at(m_pos);
                switch (ch) {
                case '"':
                    if (!readString(nullptr))
                        return false;
                    continue;
                case '{':
                case '[':
                    open.push_back(ch == '{' ? '}' : ']');
                    break;
                case '}':
                case ']':
                    if (open.empty() || open.back() != ch)
                        return fail(
                            m_pos,
                            tr("found '%1' where '%2' was expected")
                                .arg(QString(QLatin1Char(ch)), QString(QLatin1Char(open.empty() ? ch : open.back()))));
                    open.pop_back();
                    if (open.empty()) {
                        ++m_pos;
                        return true;
                    }
                    break;
                default:
                    break;
                }
                ++m_pos;
            }
        }
        const qsizetype start = m_pos;
        while (m_pos < m_data.size()) {
            const char ch = m_data.at(m_pos);
            if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || ch == '-' || ch == '+' || ch == '.'
                || ch == 'E')
                ++m_pos;
            else
                break;
        }
        if (m_pos == start)
            return failUnexpected(tr("a JSON value"));
        return true;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qsizetype m_errorOffset = -1;
    QString m_errorText;
};

// A number field (some writers quote numbers). Anything that is not a finite number within
// ±2^53 — beyond any real size in bytes or time in milliseconds, and where a double stops holding
// whole numbers exactly — counts as absent, so every later conversion to an integer is defined.
template<typename JsonObject> double number(const JsonObject &object, QLatin1StringView key, double fallback = -1)
{
    constexpr double largest = 9007199254740992.0; // 2^53
    const auto value = object.value(key);
    double parsed = fallback;
    if (value.isDouble()) {
        parsed = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        parsed = value.toString().toDouble(&ok);
        if (!ok)
            return fallback;
    } else {
        return fallback;
    }
    return std::isfinite(parsed) && std::fabs(parsed) <= largest ? parsed : fallback;
}

// A text field; some writers put numbers (a Content-Length header's value) or null there.
template<typename JsonObject> QString string(const JsonObject &object, QLatin1StringView key)
{
    const auto value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

// A string value's UTF-8 bytes (toString().toUtf8()), and its Latin-1 bytes (toString().toLatin1());
// the tape gives ASCII text without the detour through UTF-16.
QByteArray textUtf8(const QJsonValue &value)
{
    return value.toString().toUtf8();
}

QByteArray textUtf8(const JsonTape::Value &value)
{
    return value.toUtf8();
}

QByteArray textLatin1(const QJsonValue &value)
{
    return value.toString().toLatin1();
}

QByteArray textLatin1(const JsonTape::Value &value)
{
    return value.toLatin1();
}

// string(object, key).toUtf8().
template<typename JsonObject> QByteArray stringUtf8(const JsonObject &object, QLatin1StringView key)
{
    const auto value = object.value(key);
    return value.isString() ? textUtf8(value) : string(object, key).toUtf8();
}

template<typename JsonValue> HeaderList headersFrom(const JsonValue &value)
{
    HeaderList headers;
    const auto array = value.toArray();
    headers.reserve(array.size());
    for (const auto &item : array) {
        const auto header = item.toObject();
        QByteArray name = stringUtf8(header, "name"_L1);
        if (name.isEmpty() || name.startsWith(':')) // HTTP/2 pseudo-headers are not header fields
            continue;
        headers.append({ std::move(name), stringUtf8(header, "value"_L1) });
    }
    return headers;
}

QByteArray normalisedHttpVersion(const QString &version)
{
    const QString lower = version.trimmed().toLower();
    if (lower.isEmpty())
        return {};
    if (lower == u"h2" || lower == u"http/2" || lower == u"http/2.0")
        return "HTTP/2";
    // Chrome before the QUIC RFC wrote "http/2+quic/46" or "quic/1+spdy/3" for HTTP over QUIC.
    if (lower == u"h3" || lower.startsWith(u"h3-") || lower == u"http/3" || lower == u"http/3.0"
        || lower.contains(u"quic"))
        return "HTTP/3";
    if (lower == u"unknown" || lower == u"data" || lower == u"blob")
        return {}; // Chrome's word for an entry that no protocol carried (data:, blob:, cache)
    if (lower.startsWith(u"http/"))
        return version.trimmed().toUpper().toLatin1();
    return version.trimmed().toLatin1();
}

// The first error name a HAR writer left on a failed entry.
template<typename JsonObject> QString browserError(const JsonObject &entry, const JsonObject &response)
{
    for (QLatin1StringView key : { "_error"_L1, "_failureText"_L1, "_errorText"_L1, "_errorMessage"_L1 }) {
        const QString text = response.value(key).toString();
        if (!text.isEmpty())
            return text;
        const QString onEntry = entry.value(key).toString();
        if (!onEntry.isEmpty())
            return onEntry;
    }
    return {};
}

// A body given only as postData.params, rebuilt. Writers differ in what they put there: decoded
// names and values (Chrome, Firefox), the names as they stood on the wire, or — Charles, for a
// JSON body sent as x-www-form-urlencoded — the whole body as one name with an empty value. When
// the request's bodySize is known, the spelling that gives that many bytes is the one sent.
template<typename JsonArray> QByteArray formEncoded(const JsonArray &params, qint64 wireSize)
{
    QByteArray encoded;
    QByteArray raw;
    for (const auto &item : params) {
        const auto param = item.toObject();
        if (!encoded.isEmpty()) {
            encoded += '&';
            raw += '&';
        }
        const QString name = string(param, "name"_L1);
        const QString value = string(param, "value"_L1);
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        raw += name.toUtf8() + '=' + value.toUtf8();
    }
    if (wireSize <= 0 || encoded.size() == wireSize)
        return encoded;
    if (raw.size() == wireSize)
        return raw;
    if (params.size() == 1 && string(params.first().toObject(), "value"_L1).isEmpty()) {
        const QByteArray whole = stringUtf8(params.first().toObject(), "name"_L1);
        if (whole.size() == wireSize)
            return whole;
    }
    return encoded;
}

QDateTime parseDateTime(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        // Some writers give microseconds ("…:05.123456Z"); keep milliseconds.
        static const QRegularExpression longFraction(u"(\\.\\d{3})\\d+"_s);
        QString shortened = text;
        shortened.replace(longFraction, u"\\1"_s);
        parsed = QDateTime::fromString(shortened, Qt::ISODateWithMs);
    }
    if (!parsed.isValid()) {
        // A space for the 'T', "+0100" for "+01:00", no zone at all (read as UTC).
        static const QRegularExpression loose(
            u"^\\s*(\\d{4}-\\d\\d-\\d\\d)[ T](\\d\\d:\\d\\d(?::\\d\\d)?)(\\.\\d+)?\\s*(Z|[+-]\\d\\d:?\\d\\d)?\\s*$"_s);
        const QRegularExpressionMatch match = loose.match(text);
        if (match.hasMatch()) {
            QString zone = match.captured(4);
            if (zone.isEmpty())
                zone = u"Z"_s;
            else if (zone.size() == 5)
                zone.insert(3, u':');
            const QString fraction = match.captured(3).left(4);
            parsed = QDateTime::fromString(match.captured(1) + u'T' + match.captured(2) + fraction + zone,
                                           Qt::ISODateWithMs);
        }
    }
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

// Error names and texts for a request the client itself stopped or refused to make (a page that
// navigated away, an ad blocker, a redirect loop, a proxy's user killing the flow): the server
// did not end the conversation.
bool stoppedByClient(const QString &error)
{
    QString name = error.trimmed();
    if (name.startsWith(u"net::"))
        name = name.mid(5);
    const QString upper = name.toUpper();
    for (const char16_t *candidate :
         { u"ERR_ABORTED", u"NS_BINDING_ABORTED", u"NS_ERROR_ABORT", u"ERR_TOO_MANY_REDIRECTS", u"ERR_UNSAFE_REDIRECT",
           u"ERR_CACHE_MISS", u"ERR_UNKNOWN_URL_SCHEME", u"ERR_DISALLOWED_URL_SCHEME", u"ERR_NETWORK_ACCESS_DENIED",
           u"ERR_ACCESS_DENIED", u"NS_ERROR_REDIRECT_LOOP", u"CANCELLED" }) {
        if (upper == QStringView(candidate))
            return true;
    }
    if (upper.startsWith(u"ERR_BLOCKED_BY_") || upper.startsWith(u"NS_ERROR_BLOCKED")
        || upper.startsWith(u"NS_ERROR_TRACKING_URI") || upper.startsWith(u"NS_ERROR_MALWARE_URI")
        || upper.startsWith(u"NS_ERROR_PHISHING_URI"))
        return true;
    // Safari's content blockers; mitmproxy's flows killed by its user or dropped by the client.
    for (const char16_t *text : { u"blocked by content blocker", u"Connection killed", u"Client disconnected" }) {
        if (error.contains(QStringView(text), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

Http2Ending HarImporter::http2EndingForBrowserError(const QString &error, const HeaderList &requestHeaders,
                                                    bool responseBegan, QString *why)
{
    QString name = error.trimmed();
    if (name.startsWith(u"net::"))
        name = name.mid(5);
    const QString upper = name.toUpper();
    // Chromium's net/base/net_error_list.h and net/spdy/spdy_stream.cc: a RST_STREAM with
    // REFUSED_STREAM (or a GOAWAY whose last stream is below ours) is HTTP2_SERVER_REFUSED_STREAM,
    // one with HTTP_1_1_REQUIRED is HTTP_1_1_REQUIRED, one with NO_ERROR is
    // HTTP2_RST_STREAM_NO_ERROR_RECEIVED (HTTP2_PROTOCOL_ERROR before the response's headers),
    // and any other code HTTP2_PROTOCOL_ERROR; older builds spell HTTP2 as SPDY.
    const auto ending = [](const char16_t *failure, quint32 code) {
        return Http2Ending { QString::fromUtf16(failure), http2ErrorName(code) };
    };
    if (upper == u"ERR_HTTP2_SERVER_REFUSED_STREAM" || upper == u"ERR_SPDY_SERVER_REFUSED_STREAM")
        return ending(Http2Failure::StreamReset, 7); // REFUSED_STREAM
    if (upper == u"ERR_HTTP_1_1_REQUIRED")
        return ending(Http2Failure::StreamReset, 13); // HTTP_1_1_REQUIRED
    if (upper == u"ERR_HTTP2_RST_STREAM_NO_ERROR_RECEIVED")
        return ending(Http2Failure::StreamReset, 0); // NO_ERROR
    if (upper == u"ERR_HTTP2_GOAWAY_FRAME")
        return Http2Ending { QString::fromUtf16(Http2Failure::GoAway), QString() };
    if (upper == u"ERR_HTTP2_PROTOCOL_ERROR" || upper == u"ERR_SPDY_PROTOCOL_ERROR") {
        // The usual cause before an answer: a header block the edge will not take.
        const QString trouble = responseBegan ? QString() : http2HeaderTrouble(requestHeaders);
        if (why)
            *why = trouble;
        return ending(trouble.isEmpty() ? Http2Failure::StreamReset : Http2Failure::HeaderRefused, 1); // PROTOCOL_ERROR
    }
    return {};
}

Transport HarImporter::transportForBrowserError(const QString &error)
{
    Transport transport;
    transport.detail = error;
    QString name = error.trimmed();
    if (name.startsWith(u"net::"))
        name = name.mid(5);
    const QString upper = name.toUpper();
    auto is = [&](std::initializer_list<const char16_t *> names) {
        for (const char16_t *candidate : names) {
            if (upper == QStringView(candidate))
                return true;
        }
        return false;
    };
    auto set = [&](Outcome outcome, Phase phase) {
        transport.outcome = outcome;
        transport.phase = phase;
        return transport;
    };

    if (is({ u"ERR_CONNECTION_REFUSED", u"NS_ERROR_CONNECTION_REFUSED", u"ERR_ADDRESS_UNREACHABLE",
             u"ERR_PROXY_CONNECTION_FAILED", u"NS_ERROR_PROXY_CONNECTION_REFUSED", u"ERR_CONNECTION_FAILED",
             u"ERR_INTERNET_DISCONNECTED", u"NS_ERROR_OFFLINE", u"ERR_SOCKS_CONNECTION_FAILED" })
        || error.contains(u"Could not connect to the server", Qt::CaseInsensitive))
        return set(Outcome::Refused, Phase::Connect);
    if (is({ u"ERR_NAME_NOT_RESOLVED", u"ERR_NAME_RESOLUTION_FAILED", u"NS_ERROR_UNKNOWN_HOST",
             u"NS_ERROR_UNKNOWN_PROXY_HOST", u"ERR_PROXY_CERTIFICATE_INVALID_NAME", u"ERR_ICANN_NAME_COLLISION" })
        || error.contains(u"specified hostname could not be found", Qt::CaseInsensitive))
        return set(Outcome::DnsFailure, Phase::Dns);
    if (is({ u"ERR_CONNECTION_TIMED_OUT", u"ERR_SOCKS_CONNECTION_HOST_UNREACHABLE" }))
        return set(Outcome::Timeout, Phase::Connect);
    if (is({ u"ERR_TIMED_OUT", u"NS_ERROR_NET_TIMEOUT", u"NS_ERROR_NET_TIMEOUT_EXTERNAL" })
        || error.contains(u"request timed out", Qt::CaseInsensitive))
        return set(Outcome::Timeout, Phase::Wait);
    // Chrome's HTTP/2 names for a stream the server reset (http2EndingForBrowserError says how).
    if (!http2EndingForBrowserError(error, {}, false).failure.isEmpty())
        return set(error.contains(u"GOAWAY", Qt::CaseInsensitive) ? Outcome::ClosedEarly : Outcome::Reset, Phase::Wait);
    if (is({ u"ERR_CONNECTION_RESET", u"NS_ERROR_NET_RESET", u"ERR_HTTP2_PING_FAILED", u"ERR_SPDY_PING_FAILED",
             u"ERR_NETWORK_CHANGED", u"ERR_CONNECTION_ABORTED", u"ERR_SOCKET_NOT_CONNECTED" })
        || error.contains(u"network connection was lost", Qt::CaseInsensitive))
        return set(Outcome::Reset, Phase::Wait);
    if (is({ u"ERR_EMPTY_RESPONSE", u"ERR_CONNECTION_CLOSED", u"NS_ERROR_NET_INTERRUPT", u"NS_ERROR_NET_EMPTY_RESPONSE",
             u"ERR_RESPONSE_HEADERS_TRUNCATED", u"NS_ERROR_NET_HTTP2_SENT_GOAWAY" }))
        return set(Outcome::ClosedEarly, Phase::Wait);
    if (is({ u"ERR_CONTENT_LENGTH_MISMATCH", u"ERR_INCOMPLETE_CHUNKED_ENCODING", u"NS_ERROR_NET_PARTIAL_TRANSFER" }))
        return set(Outcome::ClosedEarly, Phase::Download);
    if (upper.startsWith(u"ERR_CERT_") || upper.startsWith(u"ERR_SSL_") || upper.startsWith(u"SEC_ERROR_")
        || upper.startsWith(u"SSL_ERROR_") || upper.startsWith(u"MOZILLA_PKIX_ERROR_")
        || is({ u"ERR_BAD_SSL_CLIENT_AUTH_CERT", u"NS_ERROR_NET_INADEQUATE_SECURITY",
                u"ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY", u"ERR_QUIC_HANDSHAKE_FAILED",
                u"ERR_ECH_FALLBACK_CERTIFICATE_INVALID" })
        || error.contains(u"secure connection", Qt::CaseInsensitive))
        return set(Outcome::TlsFailure, Phase::Tls);
    if (is({ u"ERR_INVALID_HTTP_RESPONSE", u"ERR_RESPONSE_HEADERS_TOO_BIG", u"ERR_INVALID_CHUNKED_ENCODING",
             u"ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH", u"ERR_RESPONSE_HEADERS_MULTIPLE_LOCATION",
             u"ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION", u"ERR_QUIC_PROTOCOL_ERROR",
             u"ERR_TUNNEL_CONNECTION_FAILED", u"ERR_UNEXPECTED_PROXY_AUTH", u"ERR_CONTENT_DECODING_FAILED",
             u"NS_ERROR_CORRUPTED_CONTENT", u"NS_ERROR_INVALID_CONTENT_ENCODING", u"ERR_INVALID_RESPONSE",
             u"NS_ERROR_NET_HTTP3_PROTOCOL_ERROR" })
        // Older Chrome spells HTTP/2's errors ERR_SPDY_…; every other HTTP/2 and QUIC error is a
        // protocol violation on the stream or the connection.
        || upper.startsWith(u"ERR_SPDY_") || upper.startsWith(u"ERR_HTTP2_") || upper.startsWith(u"ERR_QUIC_")
        || error.contains(u"bad server response", Qt::CaseInsensitive))
        return set(Outcome::InvalidResponse, Phase::Wait);
    if (stoppedByClient(error)) {
        transport.detail
            = tr("%1: the browser cancelled or blocked the request itself; the server did not end it").arg(error);
        return set(Outcome::ClosedEarly, Phase::None);
    }
    // Proxies and API clients write sentences rather than names: Fiddler's "[Fiddler] The
    // connection to 'x' failed. Error: ConnectionRefused (0x274d)", Charles' Java exceptions
    // ("java.net.UnknownHostException: x"), Insomnia's and Postman's curl/Node error texts.
    auto mentions = [&](std::initializer_list<const char16_t *> words) {
        for (const char16_t *word : words) {
            if (error.contains(QStringView(word), Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    if (mentions({ u"DNS Lookup", u"UnknownHost", u"Unknown host", u"could not be resolved", u"Could not resolve",
                   u"Name or service not known", u"nodename nor servname", u"HostNotFound", u"No such host",
                   u"ENOTFOUND", u"EAI_AGAIN", u"getaddrinfo" }))
        return set(Outcome::DnsFailure, Phase::Dns);
    if (mentions({ u"ConnectionRefused", u"Connection refused", u"ConnectException", u"actively refused",
                   u"ECONNREFUSED", u"Couldn't connect", u"Failed to connect" }))
        return set(Outcome::Refused, Phase::Connect);
    if (mentions({ u"SSLHandshake", u"SSLException", u"SSLPeerUnverified", u"certificate", u"HTTPS handshake",
                   u"TLS handshake", u"SSL handshake", u"SSL routines", u"CERT_", u"SSL connect error" }))
        return set(Outcome::TlsFailure, Phase::Tls);
    if (mentions({ u"timed out", u"TimedOut", u"Timeout", u"ETIMEDOUT", u"ESOCKETTIMEDOUT" }))
        return set(Outcome::Timeout, mentions({ u"connect" }) ? Phase::Connect : Phase::Wait);
    if (mentions(
            { u"ConnectionReset", u"Connection reset", u"forcibly closed", u"ECONNRESET", u"Broken pipe", u"EPIPE" }))
        return set(Outcome::Reset, Phase::Wait);
    if (mentions({ u"returned 0 bytes", u"did not return a complete response", u"Unexpected end of stream",
                   u"EOFException", u"Empty reply", u"socket hang up", u"closed the connection", u"Connection closed",
                   u"premature", u"Server disconnected", u"peer closed connection" }))
        return set(Outcome::ClosedEarly, Phase::Wait);
    if (mentions({ u"Bad response", u"malformed", u"invalid HTTP", u"Invalid response", u"HPE_", u"Parse Error",
                   u"protocol error" }))
        return set(Outcome::InvalidResponse, Phase::Wait);
    if (is({ u"ERR_FAILED" })) {
        // Chrome's catch-all, which it also gives a response that CORS kept from the page (an
        // error page from a gateway seldom carries Access-Control-Allow-Origin).
        transport.detail = tr("%1: Chrome's generic failure, also given when CORS blocks a response the server did "
                              "send; read as a connection that ended early")
                               .arg(error);
        return set(Outcome::ClosedEarly, Phase::Wait);
    }
    transport.detail
        = tr("%1 (an error name Gatescope does not know; read as a connection that ended early)").arg(error);
    return set(Outcome::ClosedEarly, Phase::Wait);
}

HarImporter::Writer HarImporter::writerFromCreator(const QString &creatorName)
{
    Writer writer;
    const QString name = creatorName.trimmed().toLower();
    if (name.isEmpty())
        return writer;
    auto named = [&](std::initializer_list<const char16_t *> words) {
        for (const char16_t *word : words) {
            if (name.contains(QStringView(word)))
                return true;
        }
        return false;
    };
    // Firefox's HAR builder takes connect from the TCP connect alone and ssl from the TLS
    // handshake (devtools/shared/network-observer/NetworkTimings); mitmproxy's savehar measures
    // connect to the end of the TCP setup and ssl from there to the end of the TLS setup.
    const bool firefox = named({ u"firefox", u"waterfox", u"floorp", u"librewolf", u"seamonkey" });
    writer.connectExcludesSsl = firefox || named({ u"mitmproxy" });
    writer.connectionIsPort = firefox;
    // Playwright's HAR recorder sums dns, connect, ssl, wait and receive into time, with a
    // connect that runs to the end of the TLS handshake.
    writer.timeCountsSslTwice = named({ u"playwright" });
    writer.recordsTraffic = firefox || writer.connectExcludesSsl
        || named({ u"webinspector", u"web inspector", u"chrome", u"chromium", u"safari", u"webkit", u"playwright",
                   u"puppeteer", u"charles", u"fiddler", u"proxyman", u"http toolkit", u"httptoolkit", u"browsermob",
                   u"browserup", u"sitespeed", u"webpagetest" });
    return writer;
}

Exchange HarImporter::exchangeFromEntry(const QJsonObject &entry, int index, QStringList *warnings, bool *requestOnly,
                                        const Writer &writer)
{
    return readEntry(entry, index, warnings, requestOnly, writer);
}

template<typename JsonObject>
Exchange HarImporter::readEntry(const JsonObject &entry, int index, QStringList *warnings, bool *requestOnly,
                                const Writer &writer)
{
    if (requestOnly)
        *requestOnly = false;
    Exchange exchange;
    exchange.index = index;
    exchange.source = Exchange::Source::Recorded;
    exchange.pageRef = string(entry, "pageref"_L1);
    exchange.comment = string(entry, "comment"_L1);
    exchange.startedAt = parseDateTime(string(entry, "startedDateTime"_L1));

    // Request.
    const auto request = entry.value("request"_L1).toObject();
    RequestSpec &spec = exchange.request;
    const QString method = string(request, "method"_L1);
    spec.method = method.isEmpty() ? QByteArray("GET") : method.toUtf8();
    spec.url = QUrl(string(request, "url"_L1), QUrl::TolerantMode);
    spec.name = string(request, "comment"_L1);
    spec.headers = headersFrom(request.value("headers"_L1));
    if (!hasHeader(spec.headers, "cookie")) {
        QByteArray cookie;
        for (const auto &item : request.value("cookies"_L1).toArray()) {
            const auto c = item.toObject();
            if (!cookie.isEmpty())
                cookie += "; ";
            cookie += stringUtf8(c, "name"_L1) + '=' + stringUtf8(c, "value"_L1);
        }
        if (!cookie.isEmpty())
            spec.headers.append({ "Cookie", cookie });
    }
    const auto postData = request.value("postData"_L1).toObject();
    if (!postData.isEmpty()) {
        const auto text = postData.value("text"_L1);
        if (text.isString()) {
            spec.body = postData.value("encoding"_L1).toString().compare(u"base64", Qt::CaseInsensitive) == 0
                ? QByteArray::fromBase64(textLatin1(text))
                : textUtf8(text);
        } else {
            const auto params = postData.value("params"_L1).toArray();
            const QByteArray contentType = headerValue(spec.headers, "content-type");
            const qsizetype boundaryAt = contentType.toLower().indexOf("boundary=");
            if (!params.isEmpty() && string(postData, "mimeType"_L1).startsWith(u"multipart/form-data")
                && boundaryAt >= 0) {
                // Multipart parameters (name, value or fileName, contentType): rebuilt with the
                // boundary the request's Content-Type names. File contents are not in a HAR.
                QByteArray boundary = contentType.mid(boundaryAt + 9).trimmed();
                if (const qsizetype semicolon = boundary.indexOf(';'); semicolon >= 0)
                    boundary.truncate(semicolon);
                if (boundary.size() >= 2 && boundary.startsWith('"') && boundary.endsWith('"'))
                    boundary = boundary.mid(1, boundary.size() - 2);
                for (const auto &item : params) {
                    const auto param = item.toObject();
                    spec.body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                        + stringUtf8(param, "name"_L1) + '"';
                    if (param.contains("fileName"_L1))
                        spec.body += "; filename=\"" + stringUtf8(param, "fileName"_L1) + '"';
                    if (!string(param, "contentType"_L1).isEmpty())
                        spec.body += "\r\nContent-Type: " + stringUtf8(param, "contentType"_L1);
                    spec.body += "\r\n\r\n" + stringUtf8(param, "value"_L1) + "\r\n";
                }
                spec.body += "--" + boundary + "--\r\n";
            } else if (!params.isEmpty()) {
                spec.body = formEncoded(params, qint64(number(request, "bodySize"_L1)));
                if (warnings && !string(postData, "mimeType"_L1).startsWith(u"application/x-www-form-urlencoded"))
                    warnings->append(
                        tr("entry %1: the body was given only as parameters; it was rebuilt as a form-urlencoded body")
                            .arg(index));
            }
        }
        if (!hasHeader(spec.headers, "content-type") && !string(postData, "mimeType"_L1).isEmpty()
            && !spec.body.isEmpty())
            spec.headers.append({ "Content-Type", stringUtf8(postData, "mimeType"_L1) });
    }
    exchange.tls.used = spec.url.scheme() == u"https" || spec.url.scheme() == u"wss";
    exchange.remotePort = defaultPort(spec.url);
    // The protocol the entry went over (HAR's httpVersion: "h2", "http/2.0", "h3"…; WebPageTest's and
    // Chrome's "_protocol"): an entry recorded over h2 replays over h2, one over h3 too (no QUIC here).
    const auto recordedResponse = entry.value("response"_L1).toObject();
    for (const QString &version : { string(entry, "_protocol"_L1), string(recordedResponse, "_protocol"_L1),
                                    string(recordedResponse, "httpVersion"_L1), string(request, "httpVersion"_L1) }) {
        const QByteArray normal = normalisedHttpVersion(version);
        if (normal == "HTTP/2" || normal == "HTTP/3") {
            spec.options.httpVersion = ProbeOptions::HttpVersion::Http2;
            break;
        }
    }
    // Playwright names the port it connected to; Firefox writes it as "connection".
    const double serverPort = writer.connectionIsPort && !entry.contains("_serverPort"_L1)
        ? number(entry, "connection"_L1)
        : number(entry, "_serverPort"_L1);
    if (serverPort >= 1 && serverPort <= 65535 && serverPort == std::floor(serverPort))
        exchange.remotePort = int(serverPort);
    // Chromium's and Playwright's _securityDetails (DevTools protocol Network.SecurityDetails):
    // what the client's TLS peer — the first hop — presented.
    const auto securityDetails = entry.value("_securityDetails"_L1).toObject();
    if (!securityDetails.isEmpty()) {
        exchange.tls.protocol = string(securityDetails, "protocol"_L1);
        exchange.tls.cipher = string(securityDetails, "cipher"_L1);
        const QString subject = string(securityDetails, "subjectName"_L1);
        const QString issuer = string(securityDetails, "issuer"_L1);
        if (!subject.isEmpty() || !issuer.isEmpty()) {
            auto date = [&](QLatin1StringView key) {
                const double seconds = number(securityDetails, key);
                return seconds > 0 ? QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC).toString(Qt::ISODate)
                                   : u"?"_s;
            };
            QStringList names;
            for (const auto &name : securityDetails.value("sanList"_L1).toArray())
                names.append(name.toString());
            exchange.tls.peerCertificate = tr("subject %1; issuer %2; valid %3 to %4; names %5")
                                               .arg(subject, issuer, date("validFrom"_L1), date("validTo"_L1),
                                                    names.isEmpty() ? tr("(none)") : names.join(u", "_s));
        }
    }
    QString address = string(entry, "serverIPAddress"_L1).trimmed();
    // Chrome keeps IPv6 brackets ("[2606:4700::1]"); some writers leave the port on the address.
    static const QRegularExpression withPort(u"^(?:\\[([0-9A-Fa-f:.]+)\\]|(\\d{1,3}(?:\\.\\d{1,3}){3})):(\\d{1,5})$"_s);
    if (const QRegularExpressionMatch match = withPort.match(address); match.hasMatch()) {
        address = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        if (!entry.contains("_serverPort"_L1) && match.captured(3).toInt() >= 1 && match.captured(3).toInt() <= 65535)
            exchange.remotePort = match.captured(3).toInt();
    }
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    exchange.remoteAddress = address;
    if (!address.isEmpty())
        exchange.resolvedAddresses = { address };

    // Response.
    const auto response = entry.value("response"_L1).toObject();
    // A failed entry has status 0 (some writers: -1 or nothing); anything else outside 0-999 is
    // not a status code and is read as 0 with a warning.
    const auto statusValue = response.value("status"_L1);
    const double statusNumber = number(response, "status"_L1, -1);
    const bool statusUsable = statusNumber >= 0 && statusNumber <= 999 && statusNumber == std::floor(statusNumber);
    int status = statusUsable ? int(statusNumber) : 0;
    const bool statusAbsent
        = statusValue.isUndefined() || statusValue.isNull() || (statusValue.isDouble() && statusValue.toDouble() == -1);
    if (!statusUsable && !statusAbsent && warnings)
        warnings->append(tr("entry %1: the status %2 is not an HTTP status code (0-999); it was read as 0")
                             .arg(index)
                             .arg(string(response, "status"_L1).left(40)));
    QString error = browserError(entry, response);
    const auto content = response.value("content"_L1).toObject();
    auto contentBytes = [&content]() -> QByteArray {
        const auto text = content.value("text"_L1);
        if (!text.isString())
            return {};
        return content.value("encoding"_L1).toString().compare(u"base64", Qt::CaseInsensitive) == 0
            ? QByteArray::fromBase64(textLatin1(text))
            : textUtf8(text);
    };

    // Charles marks each exchange "_charlesStatus": COMPLETE, or FAILED/EXCEPTION/… when the
    // conversation went wrong; the reason, when given, is in a comment.
    const QString charlesStatus = string(response, "_charlesStatus"_L1);
    if (error.isEmpty() && !charlesStatus.isEmpty() && charlesStatus.compare(u"COMPLETE", Qt::CaseInsensitive) != 0) {
        const QString reason
            = !string(response, "comment"_L1).isEmpty() ? string(response, "comment"_L1) : string(entry, "comment"_L1);
        if (status <= 0) {
            error = reason.isEmpty() ? tr("Charles: %1").arg(charlesStatus) : reason;
        } else {
            exchange.comment
                = tr("Charles status: %1").arg(charlesStatus) + (reason.isEmpty() ? QString() : u": "_s + reason);
            if (warnings)
                warnings->append(tr("entry %1 (%2): Charles marks the exchange %3; the response may be incomplete")
                                     .arg(index)
                                     .arg(spec.url.toDisplayString(), charlesStatus));
        }
    }
    // Fiddler answers a failed connection itself with a 502 (or 504) whose body starts with
    // "[Fiddler] …": that response never came from the server.
    if (error.isEmpty() && (status == 502 || status == 504)) {
        const QString text = QString::fromUtf8(contentBytes().left(2048)).trimmed();
        if (text.startsWith(u"[Fiddler] ")) {
            QString reason = text;
            static const QRegularExpression markup(u"<[^>]*>"_s);
            reason.remove(markup);
            error = reason.simplified().left(400);
            if (warnings)
                warnings->append(tr("entry %1 (%2): the %3 response was written by Fiddler, not by the server: %4")
                                     .arg(index)
                                     .arg(spec.url.toDisplayString())
                                     .arg(status)
                                     .arg(error));
            status = 0;
        }
    }
    if (status <= 0 && error.isEmpty() && requestOnly && !writer.recordsTraffic) {
        // API clients (Insomnia, Postman, our own export of unsent requests) write entries that
        // hold a request and an empty response: nothing was sent, so nothing failed.
        bool attempted = number(entry, "time"_L1) > 0 || !response.value("headers"_L1).toArray().isEmpty();
        const auto timingsObject = entry.value("timings"_L1).toObject();
        for (QLatin1StringView key : { "dns"_L1, "connect"_L1, "ssl"_L1, "send"_L1, "wait"_L1, "receive"_L1 }) {
            if (number(timingsObject, key) > 0)
                attempted = true;
        }
        if (string(entry, "_gatescopeSource"_L1) == u"request")
            attempted = false;
        *requestOnly = !attempted;
        if (*requestOnly)
            return exchange;
    }
    if (status > 0) {
        ResponseData data;
        data.status = status;
        data.reason = stringUtf8(response, "statusText"_L1);
        data.httpVersion = normalisedHttpVersion(string(response, "httpVersion"_L1));
        if (data.httpVersion.isEmpty())
            data.httpVersion = "HTTP/1.1";
        data.headers = headersFrom(response.value("headers"_L1));
        data.body = contentBytes();
        const double size = number(content, "size"_L1);
        data.bodySize = size >= 0 ? qint64(size) : data.body.size();
        data.bodyTruncated = data.body.size() < data.bodySize;
        const double bodySize = number(response, "bodySize"_L1);
        const double headersSize = number(response, "headersSize"_L1);
        const double transferSize = number(response, "_transferSize"_L1);
        if (bodySize >= 0)
            data.bodyWireSize = qint64(bodySize);
        else if (transferSize >= 0 && headersSize >= 0 && transferSize >= headersSize)
            data.bodyWireSize = qint64(transferSize - headersSize);
        else
            data.bodyWireSize = data.bodySize;
        data.headerSize = headersSize >= 0 ? qint64(headersSize) : 0;
        data.contentEncoding = QString::fromLatin1(headerValue(data.headers, "content-encoding")).trimmed().toLower();
        exchange.transport.bytesReceived = data.headerSize + data.bodyWireSize;
        // A body shorter than its Content-Length that the browser did not call an error (Chromium
        // shows a page cut short without complaint): the connection ended before the body was whole.
        bool lengthOk = false;
        const qint64 announced = headerValue(data.headers, "content-length").trimmed().toLongLong(&lengthOk);
        // Left out: answers without a body, redirects (browsers record them with content.size 0 while
        // the header still announces the redirect page), answers from the browser's cache, and
        // 0-byte sizes (some writers give 0 when they did not measure).
        const bool bodyless = spec.method == "HEAD" || data.status == 204 || (data.status >= 100 && data.status < 200)
            || (data.status >= 300 && data.status < 400) || entry.contains("_fromCache"_L1)
            || response.contains("_fromCache"_L1)
            || string(entry, "_fetchType"_L1).contains(u"cache", Qt::CaseInsensitive);
        const bool identity = data.contentEncoding.isEmpty() || data.contentEncoding == u"identity";
        const qint64 received = size >= 0 ? qint64(size) : -1;
        if (error.isEmpty() && lengthOk && !bodyless && identity && received > 0 && received < announced) {
            data.bodyTruncated = true;
            exchange.transport.outcome = Outcome::ClosedEarly;
            exchange.transport.phase = Phase::Download;
            exchange.transport.detail = tr("the body ended after %1 of the %2 bytes its Content-Length announced")
                                            .arg(received)
                                            .arg(announced);
            if (warnings)
                warnings->append(tr("entry %1 (%2): the body is shorter than its Content-Length (%3 of %4 bytes)")
                                     .arg(index)
                                     .arg(spec.url.toDisplayString())
                                     .arg(received)
                                     .arg(announced));
        }
        exchange.response = std::move(data);
        if (!error.isEmpty()
            && (stoppedByClient(error) || error.contains(u"ERR_HTTP_RESPONSE_CODE_FAILURE", Qt::CaseInsensitive))) {
            // The answer came, then the page stopped reading it (navigated away, aborted the
            // fetch, a blocker or a redirect limit stepped in), or Chrome only noted that the
            // status is an error one: the server's answer stands and nothing broke on the wire.
            if (warnings)
                warnings->append(tr("entry %1 (%2): the browser reports %3 after the %4 response arrived; the response "
                                    "is kept as the server's answer")
                                     .arg(index)
                                     .arg(spec.url.toDisplayString(), error)
                                     .arg(status));
        } else if (!error.isEmpty()) {
            // A response began but the browser reports an error: it ended before the body was whole.
            exchange.transport = transportForBrowserError(error);
            exchange.http2 = http2EndingForBrowserError(error, spec.headers, true);
            if (exchange.transport.phase == Phase::Wait || exchange.transport.phase == Phase::None)
                exchange.transport.phase = Phase::Download;
        }
    } else {
        if (!error.isEmpty()) {
            exchange.transport = transportForBrowserError(error);
            QString why;
            exchange.http2 = http2EndingForBrowserError(error, spec.headers, false, &why);
            if (!why.isEmpty())
                //: %1 = the browser's error name (net::ERR_HTTP2_PROTOCOL_ERROR), %2 = what is wrong with the request's
                //: headers
                exchange.transport.detail = tr("%1; likely cause: %2").arg(error, why);
        } else if (exchange.tls.used
                   && string(entry, "_securityState"_L1).compare(u"broken", Qt::CaseInsensitive) == 0) {
            // Firefox names no error on a failed entry, but marks one whose TLS handshake or
            // certificate check failed with the security state "broken".
            exchange.transport.outcome = Outcome::TlsFailure;
            exchange.transport.phase = Phase::Tls;
            exchange.transport.detail = tr("no response, and the browser marks the connection's security as broken (a "
                                           "failed TLS handshake or certificate check)");
        } else {
            exchange.transport.outcome = Outcome::ClosedEarly;
            exchange.transport.phase = Phase::None;
            exchange.transport.detail = tr("the capture holds no response and names no error (status %1)").arg(status);
            if (warnings)
                warnings->append(tr("entry %1 (%2): no response was recorded and no error is named")
                                     .arg(index)
                                     .arg(spec.url.toDisplayString()));
        }
    }
    if (!error.isEmpty() && exchange.comment.isEmpty())
        exchange.comment = error;
    // Our own export names the outcome, its phase and its detail as they were, where `_error`
    // can only carry the nearest browser error name.
    if (const std::optional<Outcome> own = outcomeFromId(string(entry, "_gatescopeOutcome"_L1))) {
        exchange.transport.outcome = *own;
        if (entry.contains("_gatescopePhase"_L1))
            exchange.transport.phase = phaseFromId(string(entry, "_gatescopePhase"_L1));
        else if (*own == Outcome::Ok)
            exchange.transport.phase = Phase::None;
        if (entry.contains("_gatescopeDetail"_L1))
            exchange.transport.detail = string(entry, "_gatescopeDetail"_L1);
        else if (*own == Outcome::Ok)
            exchange.transport.detail.clear();
    }

    // Timings. HAR's connect includes ssl; ours is TCP only.
    const auto timings = entry.value("timings"_L1).toObject();
    Timings &t = exchange.timings;
    auto phase = [&](QLatin1StringView key) {
        const double value = number(timings, key);
        return value >= 0 ? value : -1.0;
    };
    t.blocked = phase("blocked"_L1);
    t.dns = phase("dns"_L1);
    t.tls = phase("ssl"_L1);
    const double connect = phase("connect"_L1);
    const double time = number(entry, "time"_L1);
    // HAR 1.2 counts ssl into connect, but some writers keep them apart: the ones known for it,
    // and any entry whose connect is shorter than its ssl (it cannot hold it). The entry's time
    // tells nothing here: Playwright adds ssl to it although its connect holds ssl.
    const bool plainText = spec.url.scheme() == u"http" || spec.url.scheme() == u"ws";
    if (plainText)
        t.tls = -1; // no TLS on plain HTTP, whatever a writer put there (Firefox: 0)
    const bool connectHoldsSsl = !writer.connectExcludesSsl && !(connect >= 0 && t.tls > 0 && connect < t.tls);
    t.connect = connect < 0 ? -1.0 : connectHoldsSsl ? std::max(0.0, connect - std::max(0.0, t.tls)) : connect;
    t.send = phase("send"_L1);
    t.wait = phase("wait"_L1);
    t.download = phase("receive"_L1);
    if (time >= 0) {
        t.total = writer.timeCountsSslTwice && connectHoldsSsl && t.tls > 0 && time >= t.tls ? time - t.tls : time;
    } else {
        double sum = 0;
        bool any = false;
        for (double value : { t.blocked, t.dns, t.connect, t.tls, t.send, t.wait, t.download }) {
            if (value >= 0) {
                sum += value;
                any = true;
            }
        }
        t.total = any ? sum : -1;
    }
    // No answer, and the browser stopped the request itself (the page aborted it, or the HAR was
    // saved while it was pending) after waiting a while: the client gave up waiting for the
    // response — a timeout in the wait phase, not a server that closed the connection.
    const bool ownOutcome = entry.contains("_gatescopeOutcome"_L1);
    if (!ownOutcome && !exchange.response && exchange.transport.outcome == Outcome::ClosedEarly
        && exchange.transport.phase == Phase::None && t.total >= ClientGaveUpAfterMs) {
        const QString waited = QString::number(t.total / 1000.0, 'f', 1);
        exchange.transport.outcome = Outcome::Timeout;
        exchange.transport.phase = Phase::Wait;
        exchange.transport.detail = error.isEmpty()
            ? tr("no response after %1 s: the request was still waiting when the HAR was saved").arg(waited)
            : tr("no response after %1 s: the browser stopped waiting (%2)").arg(waited, error);
        if (t.wait < 0)
            t.wait = std::max(0.0,
                              t.total - std::max(0.0, t.blocked) - std::max(0.0, t.dns) - std::max(0.0, t.connect)
                                  - std::max(0.0, t.tls) - std::max(0.0, t.send));
    }
    return exchange;
}

Result<Capture> HarImporter::importFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("%1: cannot open: %2").arg(path, file.errorString()), Error::Code::Io };
    const qint64 size = file.size();
    if (size == 0)
        return Error { tr("%1: the file is empty").arg(path), Error::Code::Empty };
    // Mapped, not read: the pages are shared with the page cache and dropped as the scan moves on.
    uchar *mapped = file.map(0, size);
    if (mapped)
        return importBytes(QByteArrayView(reinterpret_cast<const char *>(mapped), size), QFileInfo(path).fileName(),
                           true);
    const QByteArray all = file.readAll();
    return importData(all, QFileInfo(path).fileName());
}

Result<Capture> HarImporter::importData(QByteArrayView data, const QString &name) const
{
    return importBytes(data, name, false);
}

Result<Capture> HarImporter::importBytes(QByteArrayView data, const QString &name, bool releaseScannedPages) const
{
    Capture capture;
    capture.kind = Capture::kindName(Capture::Kind::Har);
    capture.name = name;

    JsonScanner scanner(data);
    auto failure = [&](qsizetype offset, const QString &text) {
        return Error { tr("%1: %2: %3").arg(name, SourcePosition::at(data, offset).describe(), text),
                       Error::Code::Malformed };
    };
    auto scanFailure = [&]() { return failure(scanner.errorOffset(), scanner.errorText()); };
    auto cancelled = [&]() { return m_cancel && m_cancel->load(std::memory_order_relaxed); };

    // The scanned part of a mapped file is given back to the page cache as the scan moves on, so
    // the file does not count against the process's memory twice (once mapped, once as the model).
    const qsizetype pageSize = qsizetype(sysconf(_SC_PAGESIZE));
    qsizetype releasedUpTo = 0;
    auto releaseScanned = [&](qsizetype upTo) {
        if (!releaseScannedPages || pageSize <= 0)
            return;
        const qsizetype end = (upTo / pageSize) * pageSize;
        if (end - releasedUpTo < 8 * 1024 * 1024)
            return;
        madvise(const_cast<char *>(data.data()) + releasedUpTo, size_t(end - releasedUpTo), MADV_DONTNEED);
        releasedUpTo = end;
    };

    const qint64 total = data.size();
    qint64 reportedAt = 0;
    const qint64 reportStep = std::max<qint64>(total / 200, 64 * 1024);
    if (m_progress)
        m_progress(0, total);

    scanner.skipByteOrderMark();
    scanner.skipWhitespace();
    if (scanner.peek() != '{')
        return failure(scanner.position(),
                       scanner.atEnd() ? tr("no JSON text")
                                       : tr("not a HAR file: it does not start with a JSON object ('{')"));
    scanner.expect('{', {});
    bool sawLog = false;
    bool sawEntries = false;
    auto forEachMember = [&](auto &&handle) -> bool {
        scanner.skipWhitespace();
        if (scanner.peek() == '}') {
            scanner.expect('}', {});
            return true;
        }
        while (true) {
            scanner.skipWhitespace();
            QByteArrayView key;
            if (!scanner.readString(&key))
                return false;
            if (!scanner.expect(':', tr("':' after an object key")))
                return false;
            scanner.skipWhitespace();
            if (!handle(key))
                return false;
            scanner.skipWhitespace();
            if (scanner.peek() == ',') {
                scanner.expect(',', {});
                continue;
            }
            return scanner.expect('}', tr("',' or '}'"));
        }
    };

    std::optional<Error> entryError;
    int unsentEntries = 0;
    Writer writer; // from log.creator, which the writers put before the entries; read-only while a batch is parsed
    // Entries are found by the scanner on this thread and parsed in batches on every core: each
    // entry is a JSON document of its own, so the batch's entries are independent. Results are
    // taken in file order, so warnings, indexes and the first error are the same as one by one.
    struct Parsed
    {
        qsizetype start = 0;
        qsizetype length = 0;
        Exchange exchange;
        QStringList warnings;
        std::optional<Error> error;
        bool requestOnly = false;
    };
    std::vector<Parsed> batch;
    constexpr qsizetype batchBytes = 1024 * 1024;
    constexpr size_t batchEntries = 512;
    // Small files (most pasted or test captures) stay on this thread: starting threads would cost more.
    const int helperThreads
        = data.size() < 4 * batchBytes ? 0 : std::max(0, std::min(QThread::idealThreadCount(), 8) - 1);
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, helperThreads));
    int index = 0;
    auto parseOne = [&](Parsed &item, int entryIndex) {
        if (m_entryReading == EntryReading::Tape) {
            thread_local JsonTape tape; // its node storage is kept from entry to entry
            if (tape.parse(QByteArrayView(data.data() + item.start, item.length)) && tape.root().isObject()) {
                item.exchange
                    = readEntry(tape.root().toObject(), entryIndex, &item.warnings, &item.requestOnly, writer);
                return;
            }
        }
        const QByteArray slice = QByteArray::fromRawData(data.data() + item.start, item.length);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(slice, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            item.error = failure(item.start + parseError.offset,
                                 tr("entry %1: %2").arg(entryIndex).arg(parseError.errorString()));
            return;
        }
        if (!document.isObject()) {
            item.error = failure(item.start, tr("entry %1 is not an object").arg(entryIndex));
            return;
        }
        item.exchange = exchangeFromEntry(document.object(), entryIndex, &item.warnings, &item.requestOnly, writer);
    };
    auto flushBatch = [&]() -> bool {
        if (batch.empty())
            return true;
        std::atomic<size_t> next { 0 };
        const int firstIndex = index;
        auto work = [&]() {
            for (size_t i = next.fetch_add(1, std::memory_order_relaxed); i < batch.size();
                 i = next.fetch_add(1, std::memory_order_relaxed))
                parseOne(batch[i], firstIndex + int(i));
        };
        if (helperThreads > 0 && batch.size() > 1) {
            for (int t = 0; t < helperThreads; ++t)
                pool.start(work);
        }
        work();
        pool.waitForDone();
        const qsizetype firstNew = capture.exchanges.size();
        for (Parsed &item : batch) {
            if (item.error) {
                entryError = std::move(item.error);
                return false;
            }
            capture.warnings += item.warnings;
            capture.requests.append(item.exchange.request);
            if (item.requestOnly)
                ++unsentEntries;
            else
                capture.exchanges.append(std::move(item.exchange));
            ++index;
        }
        if (m_entries && capture.exchanges.size() > firstNew)
            m_entries(capture.exchanges.sliced(firstNew));
        const qsizetype end = batch.back().start + batch.back().length;
        batch.clear();
        releaseScanned(end);
        if (m_progress && end - reportedAt >= reportStep) {
            reportedAt = end;
            m_progress(reportedAt, total);
        }
        return true;
    };
    auto readEntries = [&]() -> bool {
        if (!scanner.expect('[', tr("'[' (log.entries is an array)")))
            return false;
        scanner.skipWhitespace();
        if (scanner.peek() == ']')
            return scanner.expect(']', {});
        qsizetype pending = 0;
        while (true) {
            if (cancelled()) {
                entryError = Error { tr("%1: import cancelled after %n entries", nullptr, index).arg(name),
                                     Error::Code::Cancelled };
                return false;
            }
            scanner.skipWhitespace();
            const qsizetype start = scanner.position();
            if (!scanner.skipValue()) {
                // Entries before the broken one are parsed first: an error inside one of them
                // comes earlier in the file and is the one to report.
                const qsizetype scanError = scanner.errorOffset();
                if (!flushBatch())
                    return false;
                scanner.fail(scanError, scanner.errorText());
                return false;
            }
            batch.push_back(Parsed { start, scanner.position() - start, {}, {}, {}, false });
            pending += scanner.position() - start;
            if (pending >= batchBytes || batch.size() >= batchEntries) {
                pending = 0;
                if (!flushBatch())
                    return false;
            }
            scanner.skipWhitespace();
            if (scanner.peek() == ',') {
                scanner.expect(',', {});
                continue;
            }
            if (!flushBatch())
                return false;
            return scanner.expect(']', tr("',' or ']' after an entry"));
        }
    };

    auto readLog = [&]() -> bool {
        if (scanner.peek() != '{')
            return scanner.failUnexpected(tr("'{' (log is an object)"));
        scanner.expect('{', {});
        sawLog = true;
        return forEachMember([&](QByteArrayView key) -> bool {
            if (key == "entries") {
                sawEntries = true;
                return readEntries();
            }
            if (key == "creator") {
                const qsizetype start = scanner.position();
                if (!scanner.skipValue())
                    return false;
                const QJsonDocument creator
                    = QJsonDocument::fromJson(QByteArray::fromRawData(data.data() + start, scanner.position() - start));
                writer = writerFromCreator(string(creator.object(), "name"_L1));
                return true;
            }
            if (key == "version") {
                QByteArrayView version;
                if (scanner.peek() == '"' && scanner.readString(&version)) {
                    if (version != "1.2" && version != "1.1")
                        capture.warnings.append(
                            tr("HAR version %1 (expected 1.2); read as 1.2").arg(QString::fromUtf8(version)));
                    return true;
                }
                return scanner.skipValue();
            }
            return scanner.skipValue();
        });
    };

    const bool parsed = forEachMember([&](QByteArrayView key) -> bool {
        if (key == "log")
            return readLog();
        return scanner.skipValue();
    });
    if (!parsed)
        return entryError ? *entryError : scanFailure();
    scanner.skipWhitespace();
    if (!scanner.atEnd())
        return failure(scanner.position(), tr("unexpected text after the end of the HAR object"));
    if (!sawLog)
        return failure(0, tr("not a HAR file: the JSON object has no \"log\""));
    if (!sawEntries)
        return failure(0, tr("not a HAR file: \"log\" has no \"entries\""));
    if (unsentEntries > 0)
        capture.warnings.append(tr("%1: %n entry(ies) hold a request without a response (as API clients such as "
                                   "Insomnia and Postman export them); "
                                   "they are requests to send, not failed exchanges",
                                   nullptr, unsentEntries)
                                    .arg(name));
    if (m_progress)
        m_progress(total, total);
    qCDebug(lcHarImport) << name << "entries:" << capture.exchanges.size();
    return capture;
}

} // namespace Gatescope
