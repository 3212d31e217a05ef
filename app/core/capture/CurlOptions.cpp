#include "capture/CurlOptions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>
#include <QUrlQuery>

#include <cctype>
#include <cmath>

namespace Gatescope::CurlOptions {

namespace {

using namespace Qt::StringLiterals;

// The messages keep the translation context they had when this was part of CurlImporter.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::CurlImporter)
};

// ---- options ----------------------------------------------------------------------------------

enum class Action {
    Method,
    Header,
    Data,
    DataRaw,
    DataBinary,
    DataUrlEncode,
    Json,
    Form,
    FormString,
    User,
    Cookie,
    UserAgent,
    Referer,
    Insecure,
    Compressed,
    GlobOff,
    Location,
    MaxRedirs,
    Proxy,
    NoProxy,
    Resolve,
    ConnectTo,
    MaxTime,
    ConnectTimeout,
    Head,
    Get,
    Http10,
    Http11,
    Http2,
    Http3,
    Http2PriorKnowledge,
    Url,
    UploadFile,
    Bearer,
    UrlQuery,
    ProxyUser,
    Config,
    UnixSocket,
    IgnoredValue,
    IgnoredFlag,
    WarnedValue,
    WarnedFlag,
};

struct Option
{
    const char *longName;
    char shortName;
    bool takesValue;
    Action action;
};

// The options of curl(1) that people paste. Anything else is a warning.
constexpr Option options[] = {
    { "request", 'X', true, Action::Method },
    { "header", 'H', true, Action::Header },
    { "data", 'd', true, Action::Data },
    { "data-ascii", 0, true, Action::Data },
    { "data-raw", 0, true, Action::DataRaw },
    { "data-binary", 0, true, Action::DataBinary },
    { "data-urlencode", 0, true, Action::DataUrlEncode },
    { "json", 0, true, Action::Json },
    { "form", 'F', true, Action::Form },
    { "form-string", 0, true, Action::FormString },
    { "user", 'u', true, Action::User },
    { "cookie", 'b', true, Action::Cookie },
    { "user-agent", 'A', true, Action::UserAgent },
    { "referer", 'e', true, Action::Referer },
    { "insecure", 'k', false, Action::Insecure },
    { "compressed", 0, false, Action::Compressed },
    { "location", 'L', false, Action::Location },
    { "location-trusted", 0, false, Action::Location },
    { "max-redirs", 0, true, Action::MaxRedirs },
    { "proxy", 'x', true, Action::Proxy },
    { "noproxy", 0, true, Action::NoProxy },
    { "resolve", 0, true, Action::Resolve },
    { "connect-to", 0, true, Action::ConnectTo },
    { "max-time", 'm', true, Action::MaxTime },
    { "connect-timeout", 0, true, Action::ConnectTimeout },
    { "head", 'I', false, Action::Head },
    { "get", 'G', false, Action::Get },
    { "http1.0", '0', false, Action::Http10 },
    { "http1.1", 0, false, Action::Http11 },
    { "http2", 0, false, Action::Http2 },
    { "http2-prior-knowledge", 0, false, Action::Http2PriorKnowledge },
    { "http3", 0, false, Action::Http3 },
    { "http3-only", 0, false, Action::Http3 },
    { "url", 0, true, Action::Url },
    { "upload-file", 'T', true, Action::UploadFile },
    { "oauth2-bearer", 0, true, Action::Bearer },
    { "url-query", 0, true, Action::UrlQuery },
    { "proxy-user", 'U', true, Action::ProxyUser },
    { "config", 'K', true, Action::Config },
    { "unix-socket", 0, true, Action::UnixSocket },
    { "abstract-unix-socket", 0, true, Action::UnixSocket },
    // Output, progress and local-file options: they do not change what is sent.
    { "include", 'i', false, Action::IgnoredFlag },
    { "silent", 's', false, Action::IgnoredFlag },
    { "show-error", 'S', false, Action::IgnoredFlag },
    { "verbose", 'v', false, Action::IgnoredFlag },
    { "fail", 'f', false, Action::IgnoredFlag },
    { "fail-with-body", 0, false, Action::IgnoredFlag },
    { "no-buffer", 'N', false, Action::IgnoredFlag },
    { "progress-bar", '#', false, Action::IgnoredFlag },
    { "no-progress-meter", 0, false, Action::IgnoredFlag },
    { "ipv4", '4', false, Action::IgnoredFlag },
    { "ipv6", '6', false, Action::IgnoredFlag },
    { "globoff", 'g', false, Action::GlobOff },
    { "disable", 'q', false, Action::IgnoredFlag },
    { "path-as-is", 0, false, Action::IgnoredFlag },
    { "remote-name", 'O', false, Action::IgnoredFlag },
    { "remote-name-all", 0, false, Action::IgnoredFlag },
    { "remote-header-name", 'J', false, Action::IgnoredFlag },
    { "remote-time", 'R', false, Action::IgnoredFlag },
    { "create-dirs", 0, false, Action::IgnoredFlag },
    { "styled-output", 0, false, Action::IgnoredFlag },
    { "no-styled-output", 0, false, Action::IgnoredFlag },
    { "tcp-nodelay", 0, false, Action::IgnoredFlag },
    { "no-keepalive", 0, false, Action::IgnoredFlag },
    { "raw", 0, false, Action::IgnoredFlag },
    { "no-sessionid", 0, false, Action::IgnoredFlag },
    { "no-alpn", 0, false, Action::IgnoredFlag },
    { "no-npn", 0, false, Action::IgnoredFlag },
    { "basic", 0, false, Action::IgnoredFlag },
    { "proxytunnel", 'p', false, Action::IgnoredFlag },
    { "show-headers", 0, false, Action::IgnoredFlag },
    { "output", 'o', true, Action::IgnoredValue },
    { "output-dir", 0, true, Action::IgnoredValue },
    { "write-out", 'w', true, Action::IgnoredValue },
    { "dump-header", 'D', true, Action::IgnoredValue },
    { "cookie-jar", 'c', true, Action::IgnoredValue },
    { "stderr", 0, true, Action::IgnoredValue },
    { "trace", 0, true, Action::IgnoredValue },
    { "trace-ascii", 0, true, Action::IgnoredValue },
    { "retry", 0, true, Action::IgnoredValue },
    { "retry-delay", 0, true, Action::IgnoredValue },
    { "retry-max-time", 0, true, Action::IgnoredValue },
    { "limit-rate", 0, true, Action::IgnoredValue },
    { "speed-limit", 'Y', true, Action::IgnoredValue },
    { "speed-time", 'y', true, Action::IgnoredValue },
    { "max-filesize", 0, true, Action::IgnoredValue },
    { "keepalive-time", 0, true, Action::IgnoredValue },
    { "expect100-timeout", 0, true, Action::IgnoredValue },
    { "happy-eyeballs-timeout-ms", 0, true, Action::IgnoredValue },
    { "cacert", 0, true, Action::IgnoredValue },
    { "capath", 0, true, Action::IgnoredValue },
    { "ciphers", 0, true, Action::IgnoredValue },
    { "tls-max", 0, true, Action::IgnoredValue },
    { "tlsv1.2", 0, false, Action::IgnoredFlag },
    { "tlsv1.3", 0, false, Action::IgnoredFlag },
    { "tlsv1", '1', false, Action::IgnoredFlag },
    { "tlsv1.0", 0, false, Action::IgnoredFlag },
    { "tlsv1.1", 0, false, Action::IgnoredFlag },
    { "tls13-ciphers", 0, true, Action::IgnoredValue },
    { "ssl-no-revoke", 0, false, Action::IgnoredFlag }, // Windows builds (schannel)
    { "ssl-revoke-best-effort", 0, false, Action::IgnoredFlag },
    { "ssl-reqd", 0, false, Action::IgnoredFlag },
    { "ssl", 0, false, Action::IgnoredFlag },
    { "cert-status", 0, false, Action::IgnoredFlag },
    { "pinnedpubkey", 0, true, Action::IgnoredValue },
    { "proto", 0, true, Action::IgnoredValue },
    { "proto-redir", 0, true, Action::IgnoredValue },
    { "proto-default", 0, true, Action::IgnoredValue },
    { "post301", 0, false, Action::IgnoredFlag },
    { "post302", 0, false, Action::IgnoredFlag },
    { "post303", 0, false, Action::IgnoredFlag },
    { "junk-session-cookies", 'j', false, Action::IgnoredFlag },
    { "fail-early", 0, false, Action::IgnoredFlag },
    { "trace-time", 0, false, Action::IgnoredFlag },
    { "trace-config", 0, true, Action::IgnoredValue },
    { "ignore-content-length", 0, false, Action::IgnoredFlag },
    { "http0.9", 0, false, Action::IgnoredFlag },
    { "alt-svc", 0, true, Action::IgnoredValue },
    { "hsts", 0, true, Action::IgnoredValue },
    { "etag-save", 0, true, Action::IgnoredValue },
    { "etag-compare", 0, true, Action::IgnoredValue },
    { "no-clobber", 0, false, Action::IgnoredFlag },
    { "skip-existing", 0, false, Action::IgnoredFlag },
    { "xattr", 0, false, Action::IgnoredFlag },
    { "retry-all-errors", 0, false, Action::IgnoredFlag },
    { "retry-connrefused", 0, false, Action::IgnoredFlag },
    { "parallel-max", 0, true, Action::IgnoredValue },
    { "parallel-immediate", 0, false, Action::IgnoredFlag },
    { "rate", 0, true, Action::IgnoredValue },
    { "out-null", 0, false, Action::IgnoredFlag },
    { "no-progress-bar", 0, false, Action::IgnoredFlag },
    { "suppress-connect-headers", 0, false, Action::IgnoredFlag },
    { "manual", 'M', false, Action::IgnoredFlag },
    { "version", 'V', false, Action::IgnoredFlag },
    { "libcurl", 0, true, Action::IgnoredValue },
    { "proxy-insecure", 0, false, Action::IgnoredFlag },
    { "proxy-cacert", 0, true, Action::IgnoredValue },
    { "socks5", 0, true, Action::WarnedValue },
    { "socks5-hostname", 0, true, Action::WarnedValue },
    { "socks4", 0, true, Action::WarnedValue },
    { "socks4a", 0, true, Action::WarnedValue },
    { "preproxy", 0, true, Action::WarnedValue },
    { "doh-url", 0, true, Action::WarnedValue },
    { "cert-type", 0, true, Action::WarnedValue },
    { "key-type", 0, true, Action::WarnedValue },
    { "pass", 0, true, Action::WarnedValue },
    { "crlf", 0, false, Action::WarnedFlag },
    { "variable", 0, true, Action::WarnedValue },
    { "interface", 0, true, Action::WarnedValue },
    { "local-port", 0, true, Action::WarnedValue },
    { "dns-servers", 0, true, Action::WarnedValue },
    { "cert", 'E', true, Action::WarnedValue },
    { "key", 0, true, Action::WarnedValue },
    { "range", 'r', true, Action::WarnedValue },
    { "continue-at", 'C', true, Action::WarnedValue },
    { "time-cond", 'z', true, Action::WarnedValue },
    { "proxy-header", 0, true, Action::WarnedValue },
    { "request-target", 0, true, Action::WarnedValue },
    { "aws-sigv4", 0, true, Action::WarnedValue },
    { "digest", 0, false, Action::WarnedFlag },
    { "ntlm", 0, false, Action::WarnedFlag },
    { "negotiate", 0, false, Action::WarnedFlag },
    { "anyauth", 0, false, Action::WarnedFlag },
    { "netrc", 'n', false, Action::WarnedFlag },
    { "next", ':', false, Action::WarnedFlag },
    { "parallel", 'Z', false, Action::IgnoredFlag },
};

const Option *findLong(QByteArrayView name)
{
    for (const Option &option : options) {
        if (name == option.longName)
            return &option;
    }
    return nullptr;
}

const Option *findShort(char c)
{
    for (const Option &option : options) {
        if (option.shortName == c)
            return &option;
    }
    return nullptr;
}

// The request one curl command describes, collected option by option.
class CurlRequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::CurlImporter)
public:
    explicit CurlRequestBuilder(QString where)
        : m_where(std::move(where))
    { }

    QStringList warnings;

    void apply(const Option &option, const QByteArray &value, const QByteArray &spelled)
    {
        switch (option.action) {
        case Action::Method:
            m_method = value;
            break;
        case Action::Header:
            addHeader(value);
            break;
        case Action::Data:
            if (value == "@-" && m_stdin) {
                // -d @file drops carriage returns and newlines; --data-binary keeps them.
                QByteArray text = *m_stdin;
                text.replace('\r', QByteArray()).replace('\n', QByteArray());
                m_data.append(text);
            } else if (value.startsWith('@')) {
                fileNotRead(spelled, value.mid(1));
            } else {
                m_data.append(value);
            }
            break;
        case Action::DataRaw:
            m_data.append(value);
            break;
        case Action::DataBinary:
        case Action::Json:
            if (value == "@-" && m_stdin)
                m_data.append(*m_stdin);
            else if (value.startsWith('@'))
                fileNotRead(spelled, value.mid(1));
            else
                m_data.append(value);
            if (option.action == Action::Json) {
                // Several --json pieces are concatenated as they are, without the '&' of -d.
                if (m_json && m_data.size() >= 2 && m_jsonPieces == m_data.size() - 1) {
                    const QByteArray piece = m_data.takeLast();
                    m_data.last() += piece;
                }
                m_json = true;
                m_jsonPieces = m_data.size();
            }
            break;
        case Action::DataUrlEncode:
            if (const auto piece = urlEncodedPiece(value, spelled))
                m_data.append(*piece);
            break;
        case Action::Form:
            form(value, false, spelled);
            break;
        case Action::FormString:
            form(value, true, spelled);
            break;
        case Action::User: {
            if (!value.contains(':'))
                warnings.append(tr("%1: %2 %3 has no password; curl would ask for one, an empty one is used")
                                    .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            m_authorization = "Basic " + (value.contains(':') ? value : value + ':').toBase64();
            break;
        }
        case Action::Cookie:
            if (value.contains('=')) {
                m_cookies.append(value);
            } else {
                warnings.append(tr("%1: %2 %3 names a cookie file; it is not read")
                                    .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            }
            break;
        case Action::UserAgent:
            m_userAgent = value;
            break;
        case Action::Referer: {
            QByteArray referer = value;
            if (referer.endsWith(";auto"))
                referer.chop(5);
            else if (referer == ";auto")
                referer.clear();
            m_referer = referer;
            break;
        }
        case Action::Insecure:
            m_options.verifyTls = false;
            break;
        case Action::Compressed:
            m_compressed = true;
            break;
        case Action::GlobOff:
            m_globOff = true;
            break;
        case Action::Location:
            m_options.followRedirects = true;
            break;
        case Action::MaxRedirs:
            m_options.maxRedirects = value.toInt();
            break;
        case Action::Proxy:
            m_options.proxy = QString::fromUtf8(value.contains("://") || value.isEmpty() ? value : "http://" + value);
            if (value.isEmpty())
                m_options.proxy = u"none"_s;
            break;
        case Action::NoProxy:
            if (value.trimmed() == "*") {
                m_options.proxy = u"none"_s;
                m_options.useEnvironmentProxy = false;
            } else {
                warnings.append(tr("%1: %2 %3: only '*' (no proxy at all) is supported; the list was ignored")
                                    .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            }
            break;
        case Action::Resolve:
            addOverride(AddressOverride::Kind::Resolve, value);
            break;
        case Action::ConnectTo:
            addOverride(AddressOverride::Kind::ConnectTo, value);
            break;
        case Action::MaxTime:
            m_options.totalTimeoutMs = seconds(value, spelled);
            break;
        case Action::ConnectTimeout:
            m_options.connectTimeoutMs = seconds(value, spelled);
            break;
        case Action::Head:
            m_head = true;
            break;
        case Action::Get:
            m_get = true;
            break;
        case Action::Http10:
            warnings.append(tr("%1: %2: Gatescope sends HTTP/1.1").arg(m_where, QString::fromUtf8(spelled)));
            break;
        case Action::Http11:
            m_options.httpVersion = ProbeOptions::HttpVersion::Http11;
            break;
        case Action::Http2:
            m_options.httpVersion = ProbeOptions::HttpVersion::Http2;
            break;
        case Action::Http2PriorKnowledge:
            m_options.httpVersion = ProbeOptions::HttpVersion::Http2PriorKnowledge;
            break;
        case Action::Http3:
            // No QUIC here: the nearest is HTTP/2 by ALPN, and the user is told.
            m_options.httpVersion = ProbeOptions::HttpVersion::Http2;
            warnings.append(tr("%1: %2: Gatescope sends HTTP/2 instead (it does not speak QUIC); the request is the "
                               "same, the protocol is not")
                                .arg(m_where, QString::fromUtf8(spelled)));
            break;
        case Action::Url:
            m_urls.append(value);
            break;
        case Action::UploadFile: {
            m_upload = true;
            ++m_uploads;
            if (value == "-" && m_stdin) {
                m_uploadBody = *m_stdin;
                break;
            }
            const bool hadDataFile = m_dataFromFile;
            fileNotRead(spelled, value);
            m_dataFromFile = hadDataFile; // an upload is a PUT of the file, not -d data
            if (value != "-" && value != ".")
                m_uploadFileName = value.mid(std::max(value.lastIndexOf('/'), value.lastIndexOf('\\')) + 1);
        } break;
        case Action::Bearer:
            m_authorization = "Bearer " + value;
            break;
        case Action::UrlQuery:
            // As --data-urlencode, except that a leading '+' adds the rest as it is.
            if (value.startsWith('+')) {
                m_urlQuery.append(value.mid(1));
            } else {
                const bool dataFromFile = m_dataFromFile; // a query file is no request body
                if (const auto piece = urlEncodedPiece(value, spelled))
                    m_urlQuery.append(*piece);
                m_dataFromFile = dataFromFile;
            }
            break;
        case Action::ProxyUser:
            m_proxyUser = value;
            break;
        case Action::Config:
            warnings.append(tr("%1: %2 %3: config files are not read")
                                .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            break;
        case Action::UnixSocket:
            warnings.append(tr("%1: %2: Unix sockets are not supported; the URL's host is used")
                                .arg(m_where, QString::fromUtf8(spelled)));
            break;
        case Action::IgnoredValue:
        case Action::IgnoredFlag:
            break;
        case Action::WarnedValue:
        case Action::WarnedFlag:
            warnings.append(
                tr("%1: option '%2' is not supported and was ignored").arg(m_where, QString::fromUtf8(spelled)));
            break;
        }
    }

    void negate(const Option &option)
    {
        switch (option.action) {
        case Action::Insecure:
            m_options.verifyTls = true;
            break;
        case Action::Compressed:
            m_compressed = false;
            break;
        case Action::GlobOff:
            m_globOff = false;
            break;
        case Action::Location:
            m_options.followRedirects = false;
            break;
        case Action::Head:
            m_head = false;
            break;
        case Action::Get:
            m_get = false;
            break;
        default:
            break;
        }
    }

    void addUrl(const QByteArray &url) { m_urls.append(url); }
    // What curl would read from standard input ("-d @-", "-T -"): a here-document or echoed text.
    void setStandardInput(const std::optional<QByteArray> &text) { m_stdin = text; }
    bool hasUrl() const { return !m_urls.isEmpty(); }

    QList<RequestSpec> build()
    {
        QList<RequestSpec> requests;
        if (m_proxyUser) {
            // -U user:password: the credentials of the -x proxy (Proxy-Authorization: Basic).
            QUrl proxy(m_options.proxy);
            if (m_options.proxy.isEmpty() || m_options.proxy == u"none"_s || !proxy.isValid()) {
                warnings.append(tr("%1: %2: proxy credentials are not supported; the proxy is used without them")
                                    .arg(m_where, u"-U"_s));
            } else {
                const qsizetype colon = m_proxyUser->indexOf(':');
                proxy.setUserName(QString::fromUtf8(colon < 0 ? *m_proxyUser : m_proxyUser->first(colon)),
                                  QUrl::DecodedMode);
                proxy.setPassword(QString::fromUtf8(colon < 0 ? QByteArray() : m_proxyUser->sliced(colon + 1)),
                                  QUrl::DecodedMode);
                m_options.proxy = proxy.toString();
            }
        }
        QByteArray body = m_data.join('&');
        if (body.contains("^&") && body.count('&') == body.count("^&")) {
            // Waterfox on Firefox 140 ESR (2025) wrote the cmd escape "^&" into the bash form of
            // "Copy as cURL": 'a=1^&b=2'. Only cmd undoes a caret, and only outside quotes (the
            // shell reader did that); curl sends these carets as written, and so is it read.
            warnings.append(
                tr("%1: every '&' in the data is written '^&', a cmd escape where no cmd reads it (a browser's "
                   "copy bug); curl sends the carets as written, so the server gets '^&'")
                    .arg(m_where));
        }
        if (!m_formParts.isEmpty() && !m_data.isEmpty())
            warnings.append(tr("%1: both -d and -F were given; curl refuses that, the form is used").arg(m_where));
        const bool hasData = (!m_data.isEmpty() || m_dataFromFile) && m_formParts.isEmpty();
        const bool isForm = !m_formParts.isEmpty();
        if (isForm)
            body = formBody();

        QByteArray method = m_method;
        if (method.isEmpty()) {
            if (m_head)
                method = "HEAD";
            else if (m_get)
                method = "GET";
            else if (hasData || isForm)
                method = "POST";
            else if (m_upload)
                method = "PUT";
            else
                method = "GET";
        }
        for (qsizetype index = 0; index < m_urls.size(); ++index) {
            const QByteArray &rawUrl = m_urls.at(index);
            // Each -T pairs with one URL, in order; the URLs after them are sent without an upload.
            const bool uploads = m_upload && index < m_uploads;
            RequestSpec request;
            request.method = m_upload && !uploads && method == "PUT" && m_method.isEmpty() ? QByteArray("GET") : method;
            QByteArray text = rawUrl.trimmed();
            // curl's URL globbing: "\[", "\]", "\{", "\}" (as "Copy as cURL" writes them) are the
            // characters themselves; other backslashes stay. With -g nothing is a glob escape.
            if (!m_globOff) {
                for (const char c : { '[', ']', '{', '}' }) {
                    QByteArray escaped(1, '\\');
                    escaped += c;
                    text.replace(escaped, QByteArray(1, c));
                }
            }
            text = withSchemeSlashes(text);
            request.url = QUrl::fromEncoded(text, QUrl::TolerantMode);
            if (!request.url.isValid() || request.url.host().isEmpty()) {
                warnings.append(tr("%1: '%2' is not a URL; skipped").arg(m_where, QString::fromUtf8(rawUrl)));
                continue;
            }
            // -T FILE to a URL whose path ends in '/' (or has none) goes to that path plus the
            // file's name, percent-encoded, as curl sends it.
            if (uploads && m_uploadFileName && !m_uploadFileName->isEmpty()) {
                const QString path = request.url.path(QUrl::FullyEncoded);
                if (path.isEmpty() || path.endsWith(u'/'))
                    request.url.setPath(
                        (path.isEmpty() ? u"/"_s : path)
                            + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(*m_uploadFileName))),
                        QUrl::TolerantMode);
            }
            // Credentials in the URL are sent as curl sends them: an Authorization header (-u
            // wins over them); the URL itself goes out without them.
            std::optional<QByteArray> urlCredentials;
            if (!request.url.userInfo().isEmpty()) {
                const QByteArray user
                    = QByteArray::fromPercentEncoding(request.url.userName(QUrl::FullyEncoded).toLatin1());
                const QByteArray password
                    = QByteArray::fromPercentEncoding(request.url.password(QUrl::FullyEncoded).toLatin1());
                if (!user.isEmpty() || !password.isEmpty())
                    urlCredentials = "Basic " + QByteArray(user + ':' + password).toBase64();
                request.url.setUserInfo(QString());
            }
            QByteArrayList queryParts;
            for (const QByteArray &query : std::as_const(m_urlQuery))
                queryParts.append(query);
            if (m_get && hasData)
                queryParts.append(body);
            if (!queryParts.isEmpty()) {
                QByteArray query = request.url.query(QUrl::FullyEncoded).toLatin1();
                for (const QByteArray &part : std::as_const(queryParts)) {
                    if (!query.isEmpty())
                        query += '&';
                    query += part;
                }
                request.url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);
            }
            request.headers = headers(m_authorization ? m_authorization : urlCredentials, hasData, isForm);
            if (!(m_get && hasData))
                request.body = body;
            if (uploads && m_uploadBody && request.body.isEmpty())
                request.body = *m_uploadBody;
            request.options = m_options;
            requests.append(request);
        }
        return requests;
    }

private:
    // The header fields in the order curl 7.88 writes them (lib/http.c): Host, Authorization,
    // User-Agent, Accept, Accept-Encoding, Referer, Cookie, then the -H headers as given, then
    // the body's Content-Type. A -H header of a name curl writes itself replaces curl's own (in
    // the -H header's place); "Name:" removes curl's own and sends nothing. Of several -H Host
    // headers only the first is sent. Host, User-Agent and Accept are left to the probe unless
    // set or removed: a removed one is a switched-off field, which keeps the probe from adding
    // its own (HopProbe::composeRequest).
    HeaderList headers(const std::optional<QByteArray> &authorization, bool hasData, bool isForm) const
    {
        HeaderList out;
        auto custom = [this](QByteArrayView name) { return hasHeader(m_headers, name); };
        auto removed = [this](QByteArrayView name) { return m_removed.contains(name.toByteArray().toLower()); };
        auto own = [&](QByteArrayView name, const std::optional<QByteArray> &value) {
            if (custom(name))
                return;
            if (removed(name))
                out.append(HeaderField { name.toByteArray(), {}, false });
            else if (value) // the spaces and tabs around a value are not part of it on the wire
                out.append(HeaderField { name.toByteArray(), withoutOptionalWhiteSpace(*value) });
        };
        if (custom("host"))
            out.append(HeaderField { headerName(m_headers, "host"), headerValue(m_headers, "host") });
        own("Host", std::nullopt);
        own("Authorization", authorization);
        own("User-Agent", m_userAgent);
        own("Accept", std::nullopt);
        own("Accept-Encoding", m_compressed ? std::optional<QByteArray>("deflate, gzip") : std::nullopt);
        own("Referer", m_referer && !m_referer->isEmpty() ? m_referer : std::nullopt);
        own("Cookie", m_cookies.isEmpty() ? std::nullopt : std::optional(m_cookies.join(';')));
        for (const HeaderField &field : m_headers) {
            if (field.name.compare("host", Qt::CaseInsensitive) == 0)
                continue;
            if (isForm && field.name.compare("content-type", Qt::CaseInsensitive) == 0)
                continue; // written after the others, with the boundary
            out.append(field);
        }
        if (isForm) {
            const QByteArray type
                = custom("content-type") ? headerValue(m_headers, "content-type").trimmed() : "multipart/form-data";
            if (!removed("content-type") || custom("content-type"))
                out.append(
                    HeaderField { custom("content-type") ? headerName(m_headers, "content-type") : "Content-Type",
                                  type + "; boundary=" + multipartBoundary() });
        } else if (hasData && !m_get) {
            if (m_json) {
                if (!custom("content-type") && !removed("content-type"))
                    out.append(HeaderField { "Content-Type", "application/json" });
                if (!custom("accept") && !removed("accept"))
                    out.append(HeaderField { "Accept", "application/json" });
            } else if (!custom("content-type") && !removed("content-type")) {
                out.append(HeaderField { "Content-Type", "application/x-www-form-urlencoded" });
            }
        }
        return out;
    }

    static QByteArray headerName(const HeaderList &headers, QByteArrayView name)
    {
        for (const HeaderField &field : headers) {
            if (field.name.compare(name, Qt::CaseInsensitive) == 0)
                return field.name;
        }
        return name.toByteArray();
    }

    // curl reads a URL without "://" after its scheme ("http:/host/path", "http:///host/path")
    // as the scheme and the host, and one without a scheme as http.
    static QByteArray withSchemeSlashes(const QByteArray &text)
    {
        qsizetype colon = text.indexOf(':');
        bool scheme = colon > 0 && std::isalpha(static_cast<unsigned char>(text.front()));
        for (qsizetype i = 0; scheme && i < colon; ++i) {
            const char c = text.at(i);
            scheme = std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
        }
        if (!scheme || colon + 1 >= text.size() || text.at(colon + 1) != '/') {
            if (text.contains("://"))
                return text;
            return "http://" + text;
        }
        qsizetype slashes = 0;
        while (colon + 1 + slashes < text.size() && text.at(colon + 1 + slashes) == '/')
            ++slashes;
        if (slashes == 2 || slashes > 3)
            return text;
        return text.first(colon + 1) + "//" + text.sliced(colon + 1 + slashes);
    }

    // A form's body: its parts, each after the boundary. Their Content-Disposition is form-data
    // for a multipart/form-data body and attachment for any other Content-Type set with -H, as
    // curl writes them.
    QByteArray formBody() const
    {
        const QByteArray boundary = multipartBoundary();
        const QByteArray type = headerValue(m_headers, "content-type").trimmed().toLower();
        const bool formData = type.isEmpty() || type == "multipart/form-data" || type.startsWith("multipart/form-data;")
            || type.startsWith("multipart/form-data ");
        QByteArray body;
        for (const QByteArray &part : m_formParts) {
            body += "--" + boundary + "\r\n";
            body += formData
                ? part
                : "Content-Disposition: attachment" + part.sliced(qstrlen("Content-Disposition: form-data"));
            body += "\r\n";
        }
        body += "--" + boundary + "--\r\n";
        return body;
    }

    void addHeader(const QByteArray &value)
    {
        if (value.startsWith('@')) {
            fileNotRead("-H", value.mid(1));
            return;
        }
        const qsizetype colon = value.indexOf(':');
        const qsizetype semicolon = value.indexOf(';');
        if (colon < 0 && semicolon > 0 && value.trimmed().endsWith(';')) {
            // "Name;" sends the header with an empty value.
            m_headers.append({ value.first(semicolon).trimmed(), {} });
            return;
        }
        if (colon <= 0) {
            warnings.append(tr("%1: header \"%2\" has no ':'; ignored").arg(m_where, QString::fromUtf8(value)));
            return;
        }
        const QByteArray name = value.first(colon).trimmed();
        // curl sends the text after the colon as given; only spaces and tabs there are not the value.
        const QByteArray headerValueText = withoutOptionalWhiteSpace(value.sliced(colon + 1));
        if (headerValueText.isEmpty()) {
            // "Name:" removes a header curl would add itself; other -H headers of that name stay.
            m_removed.append(name.toLower());
            return;
        }
        m_headers.append({ name, headerValueText });
    }

    void fileNotRead(QByteArrayView option, const QByteArray &file)
    {
        if (option == "-H" || option == "--header") {
            warnings.append(
                tr("%1: %2 names the file '%3'; file contents are not read, so the headers in it are not sent")
                    .arg(m_where, QString::fromUtf8(option), QString::fromUtf8(file)));
            return;
        }
        m_dataFromFile = true;
        warnings.append(tr("%1: %2 names the file '%3'; file contents are not read, so that part of the body is empty")
                            .arg(m_where, QString::fromUtf8(option), QString::fromUtf8(file)));
    }

    // curl 7.88 percent-encodes all but letters, digits and -._~, and writes a space as '+'.
    static QByteArray urlEncoded(const QByteArray &text)
    {
        return QUrl::toPercentEncoding(QString::fromUtf8(text)).replace("%20", "+");
    }

    // --data-urlencode and --url-query: "content", "=content", "name=content", "@file",
    // "name@file" (a file other than standard input is not read). The piece to join with '&', or
    // nothing when a file leaves it empty.
    std::optional<QByteArray> urlEncodedPiece(const QByteArray &value, const QByteArray &spelled)
    {
        const qsizetype equals = value.indexOf('=');
        const qsizetype at = value.indexOf('@');
        if (at >= 0 && (equals < 0 || at < equals) && value.mid(at + 1) == "-" && m_stdin) {
            const QByteArray encoded = urlEncoded(*m_stdin);
            return at > 0 ? value.first(at) + '=' + encoded : encoded;
        }
        if (at >= 0 && (equals < 0 || at < equals)) {
            fileNotRead(spelled, value.mid(at + 1));
            if (at > 0)
                return value.first(at) + '=';
            return std::nullopt;
        }
        if (equals < 0)
            return urlEncoded(value);
        if (equals == 0)
            return urlEncoded(value.mid(1));
        return value.first(equals) + '=' + urlEncoded(value.mid(equals + 1));
    }

    // -F name=value | name=@file | name=<file, with ;type=, ;filename= and ;headers= attributes;
    // a file name may be double-quoted (Postman writes name=@"/path/to/file").
    void form(const QByteArray &value, bool literal, const QByteArray &spelled)
    {
        const qsizetype equals = value.indexOf('=');
        if (equals <= 0) {
            warnings.append(tr("%1: %2 \"%3\" is not name=value; ignored")
                                .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            return;
        }
        const QByteArray name = value.first(equals);
        QByteArray content = value.mid(equals + 1);
        QByteArray type;
        QByteArray fileName;
        QByteArrayList extraHeaders;
        const bool fromFile = !literal && (content.startsWith('@') || content.startsWith('<'));
        if (!literal) {
            // Split "main;key=value;key=value", honouring double quotes in each piece.
            QByteArrayList pieces;
            QByteArray piece;
            bool quoted = false;
            for (qsizetype i = 0; i < content.size(); ++i) {
                const char c = content.at(i);
                if (c == '"') {
                    quoted = !quoted;
                    piece += c;
                } else if (c == '\\' && quoted && i + 1 < content.size()) {
                    piece += content.at(++i);
                } else if (c == ';' && !quoted) {
                    pieces.append(piece);
                    piece.clear();
                } else {
                    piece += c;
                }
            }
            pieces.append(piece);
            auto unquote = [](QByteArray text) {
                text = text.trimmed();
                if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
                    text = text.mid(1, text.size() - 2);
                return text;
            };
            QByteArray main = pieces.takeFirst();
            QByteArrayList unparsed;
            for (const QByteArray &attribute : std::as_const(pieces)) {
                const QByteArray lower = attribute.trimmed().toLower();
                if (lower.startsWith("type="))
                    type = unquote(attribute.trimmed().mid(5));
                else if (lower.startsWith("filename=") && fromFile)
                    fileName = unquote(attribute.trimmed().mid(9));
                else if (lower.startsWith("headers="))
                    extraHeaders.append(unquote(attribute.trimmed().mid(8)));
                else if (lower.startsWith("encoder="))
                    continue;
                else
                    unparsed.append(attribute);
            }
            // curl 7.88 skips an attribute it does not know ("a=x;y" sends "x") and says so.
            for (const QByteArray &attribute : std::as_const(unparsed))
                warnings.append(tr("%1: %2 \"%3\": curl skips the unknown part \"%4\"")
                                    .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value),
                                         QString::fromUtf8(attribute)));
            if (fromFile) {
                content = content.left(1) + unquote(main.mid(1));
            } else {
                content = main;
                if (content.size() >= 2 && content.startsWith('"') && content.endsWith('"'))
                    content = unquote(content);
            }
        }
        QByteArray part = "Content-Disposition: form-data; name=\"" + name + '"';
        if (fromFile) {
            const QByteArray file = content.mid(1);
            const bool isStdin = file == "-" && m_stdin;
            if (!isStdin)
                fileNotRead(spelled, file);
            if (content.startsWith('@')) {
                // curl names standard input "-"; it types a part by its file name's extension,
                // a file it reads as application/octet-stream otherwise (lib/mime.c).
                const qsizetype slash = std::max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
                if (fileName.isEmpty())
                    fileName = file.mid(slash + 1);
                part += "; filename=\"" + fileName + '"';
                if (type.isEmpty())
                    type = typeForFileName(fileName);
                if (type.isEmpty() && !isStdin)
                    type = "application/octet-stream";
            }
            content = isStdin ? *m_stdin : QByteArray();
        }
        if (!type.isEmpty())
            part += "\r\nContent-Type: " + type;
        for (const QByteArray &header : std::as_const(extraHeaders))
            part += "\r\n" + header;
        part += "\r\n\r\n" + content;
        m_formParts.append(part);
    }

    // The types curl 7.88 gives a form part by its file name (checked against /usr/bin/curl).
    static QByteArray typeForFileName(const QByteArray &fileName)
    {
        static constexpr std::pair<const char *, const char *> types[] = {
            { ".gif", "image/gif" },       { ".jpg", "image/jpeg" },    { ".jpeg", "image/jpeg" },
            { ".png", "image/png" },       { ".svg", "image/svg+xml" }, { ".txt", "text/plain" },
            { ".htm", "text/html" },       { ".html", "text/html" },    { ".pdf", "application/pdf" },
            { ".xml", "application/xml" },
        };
        const QByteArray lower = fileName.toLower();
        for (const auto &[extension, type] : types) {
            if (lower.endsWith(extension))
                return type;
        }
        return {};
    }

    QByteArray multipartBoundary() const
    {
        // Stable for the same form (so a re-import gives the same request), unlikely in the data.
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const QByteArray &part : m_formParts)
            hash.addData(part);
        return "------------------------" + hash.result().toHex().left(16);
    }

    int seconds(const QByteArray &value, const QByteArray &spelled)
    {
        bool ok = false;
        const double parsed = value.trimmed().toDouble(&ok);
        if (!ok || parsed < 0 || !std::isfinite(parsed)) {
            warnings.append(tr("%1: %2 %3 is not a number of seconds; ignored")
                                .arg(m_where, QString::fromUtf8(spelled), QString::fromUtf8(value)));
            return 0;
        }
        return int(std::min(parsed * 1000.0, 2.0e9));
    }

    // --resolve and --connect-to as curl reads them (every address kept; one parser for the CLI,
    // the window and this importer: AddressOverride::parse).
    void addOverride(AddressOverride::Kind kind, const QByteArray &value)
    {
        const Result<AddressOverride> entry = AddressOverride::parse(kind, QString::fromUtf8(value));
        if (!entry) {
            warnings.append(tr("%1: %2; ignored").arg(m_where, entry.error()));
            return;
        }
        m_options.addressOverrides.append(entry.value());
    }

    QString m_where;
    QByteArray m_method;
    HeaderList m_headers; // the -H headers, in order
    std::optional<QByteArray> m_authorization; // -u or --oauth2-bearer, the last one given
    std::optional<QByteArray> m_userAgent; // -A
    std::optional<QByteArray> m_referer; // -e
    std::optional<QByteArray> m_proxyUser; // -U
    std::optional<QByteArray> m_uploadFileName; // -T FILE: the name curl adds to a URL ending in '/'
    QByteArrayList m_removed;
    QByteArrayList m_data;
    QByteArrayList m_formParts;
    QByteArrayList m_cookies;
    QByteArrayList m_urls;
    QByteArrayList m_urlQuery;
    ProbeOptions m_options;
    bool m_json = false;
    qsizetype m_jsonPieces = -1; // how many data pieces there were after the last --json
    bool m_compressed = false;
    bool m_globOff = false; // -g: "[]{}" in URLs are literal, and so is a backslash before them
    bool m_head = false;
    bool m_get = false;
    bool m_upload = false;
    qsizetype m_uploads = 0; // -T options, each paired with one URL in order
    bool m_dataFromFile = false; // -d @file and friends: data curl would send, not read here
    std::optional<QByteArray> m_stdin;
    std::optional<QByteArray> m_uploadBody; // -T - with standard input given
};

} // namespace

Requests read(const QByteArrayList &arguments, const std::optional<QByteArray> &standardInput, const QString &where)
{
    Requests result;
    CurlRequestBuilder builder(where);
    builder.setStandardInput(standardInput);
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QByteArray &word = arguments.at(i);
        if (optionsEnded || !word.startsWith('-') || word == "-") {
            builder.addUrl(word);
            continue;
        }
        if (word == "--") {
            optionsEnded = true;
            continue;
        }
        if (word.startsWith("--")) {
            QByteArray optionName = word.mid(2);
            std::optional<QByteArray> inlineValue;
            const qsizetype equals = optionName.indexOf('=');
            if (equals > 0) {
                inlineValue = optionName.mid(equals + 1);
                optionName.truncate(equals);
            }
            const Option *option = findLong(optionName);
            if (!option && optionName.startsWith("no-")) {
                // --no-location, --no-insecure, --no-compressed… switch a boolean option off.
                const Option *negated = findLong(optionName.mid(3));
                if (negated && !negated->takesValue) {
                    builder.negate(*negated);
                    continue;
                }
            }
            if (!option) {
                result.warnings.append(Tr::tr("%1: unknown option '%2' ignored").arg(where, QString::fromUtf8(word)));
                continue;
            }
            QByteArray value;
            if (option->takesValue) {
                if (inlineValue) {
                    // curl itself has no "--name=value": 7.88 stops with "option --name=value: is
                    // unknown". People write it by analogy with other tools; it is read as meant.
                    result.warnings.append(
                        Tr::tr("%1: curl does not accept '%2' (it stops: the option is unknown); read as '--%3 %4'")
                            .arg(where, QString::fromUtf8(word), QString::fromUtf8(optionName),
                                 QString::fromUtf8(*inlineValue)));
                    value = *inlineValue;
                } else if (i + 1 < arguments.size()) {
                    value = arguments.at(++i);
                } else {
                    result.warnings.append(Tr::tr("%1: option '%2' needs a value and has none; ignored")
                                               .arg(where, QString::fromUtf8(word)));
                    continue;
                }
            }
            builder.apply(*option, value, "--" + optionName);
            continue;
        }
        // Short options, possibly combined (-sSL) or with the value attached (-XPOST).
        for (qsizetype k = 1; k < word.size(); ++k) {
            const char c = word.at(k);
            const Option *option = findShort(c);
            if (!option) {
                result.warnings.append(Tr::tr("%1: unknown option '-%2' ignored").arg(where, QChar::fromLatin1(c)));
                continue;
            }
            if (!option->takesValue) {
                builder.apply(*option, {}, QByteArray("-") + c);
                continue;
            }
            QByteArray value;
            if (k + 1 < word.size()) {
                value = word.mid(k + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                result.warnings.append(
                    Tr::tr("%1: option '-%2' needs a value and has none; ignored").arg(where, QChar::fromLatin1(c)));
                break;
            }
            builder.apply(*option, value, QByteArray("-") + c);
            break;
        }
    }
    if (!builder.hasUrl()) {
        result.warnings.append(Tr::tr("%1: the curl command names no URL; skipped").arg(where));
        result.warnings += builder.warnings;
        return result;
    }
    result.requests = builder.build();
    result.warnings += builder.warnings;
    return result;
}

} // namespace Gatescope::CurlOptions
