#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Gatescope {

// One header field as it stands on the wire: name and value as bytes, order and duplicates kept.
struct HeaderField
{
    QByteArray name;
    QByteArray value;
    // A request-builder row can be switched off without being deleted. A switched-off field is
    // not sent, and the probe then adds no Host, User-Agent or Accept of its own under that name
    // either (how curl's -H 'Accept:' is kept).
    bool enabled = true;

    friend bool operator==(const HeaderField &, const HeaderField &) = default;
};
using HeaderList = QList<HeaderField>;

// Case-insensitive look-ups over a HeaderList (HTTP field names are case-insensitive).
QByteArray headerValue(const HeaderList &headers, QByteArrayView name); // first match, or empty
QList<QByteArray> headerValues(const HeaderList &headers, QByteArrayView name);
bool hasHeader(const HeaderList &headers, QByteArrayView name);
// A field value without the optional white space around it (RFC 9110 §5.5: spaces and tabs only;
// a form feed or a bare CR is part of the value and is kept, as curl and the wire keep it).
QByteArray withoutOptionalWhiteSpace(QByteArrayView value);

// Where to connect instead of what DNS says, with curl's two options and curl's syntax:
//   --resolve [+]HOST:PORT:ADDR[,ADDR…]   connect to these addresses (tried in order, as curl
//                                         does) when the URL names HOST:PORT; HOST "*" = any host
//   --connect-to HOST1:PORT1:HOST2:PORT2  connect to HOST2:PORT2 instead; an empty HOST1/PORT1
//                                         means any, an empty HOST2/PORT2 the URL's own
// IPv6 addresses may stand in brackets ("[::1]"). The Host header and TLS SNI stay the URL's.
// curl's "+" prefix (how long its DNS cache keeps the entry) is accepted and dropped: one probe
// resolves once. curl's "-HOST:PORT" (remove an entry) means nothing here and is an error.
// This type is the one parser and the one formatter for both options: the command line, the
// window's options field, curl import and curl export all go through parse()/toCurlArgument().
struct AddressOverride
{
    enum class Kind { Resolve, ConnectTo };
    Kind kind = Kind::Resolve;
    QString host; // empty = any host (connect-to); "*" = any host (resolve); IPv6 without brackets
    int port = 0; // 0 = any port (connect-to only)
    // Resolve: the addresses in the order to try, comma-separated ("10.0.0.1,::1"; older
    // workspaces may hold them in brackets). ConnectTo: a host name or address without brackets;
    // empty = the URL's host.
    QString targetHost;
    int targetPort = 0; // 0 = the URL's port (connect-to only)

    // Parses the option's argument (the text after --resolve / --connect-to). The error names
    // the option, the argument and the part that is wrong.
    static Result<AddressOverride> parse(Kind kind, QStringView text);
    static QString curlOptionName(Kind kind); // "--resolve", "--connect-to"
    // The option's argument in curl's syntax, IPv6 in brackets: "a.test:443:10.0.0.1,[::1]".
    QString toCurlArgument() const;
    // Resolve: the addresses to try, in order, without brackets. Empty for ConnectTo.
    QStringList addresses() const;

    friend bool operator==(const AddressOverride &, const AddressOverride &) = default;
};

// How a request is sent. Times in milliseconds; 0 means "no limit".
struct ProbeOptions
{
    int connectTimeoutMs = 10000; // DNS + TCP connect (curl --connect-timeout)
    int tlsTimeoutMs = 10000; // TLS handshake
    int firstByteTimeoutMs = 60000; // request written -> first response byte
    int totalTimeoutMs = 0; // whole exchange (curl -m); 0 = none
    bool followRedirects = false; // curl -L
    int maxRedirects = 10;
    bool verifyTls = true; // false = curl -k; recorded in the Exchange
    qint64 bodyCaptureCap = 16 * 1024 * 1024; // bytes of body kept; the rest is counted, not kept
    bool decodeContent = true; // gzip/deflate decoded for viewing; wire sizes are kept
    QList<AddressOverride> addressOverrides;
    // Proxy URL: http://host:port, socks5://host:port, socks5h://host:port. Empty = read
    // http_proxy / https_proxy / all_proxy / no_proxy from the environment the way curl does;
    // "none" (or noProxy) = never use a proxy.
    QString proxy;
    bool useEnvironmentProxy = true;
    // Which HTTP version to speak, as curl's --http1.1 / --http2 / --http2-prior-knowledge:
    // Http2 offers h2 and http/1.1 by ALPN over TLS, and h2c by an Upgrade over plain http (as curl);
    // Http2PriorKnowledge speaks h2 at once over plain TCP (h2c) and offers only h2 over TLS.
    // A capture recorded over h2 (or h3) sets Http2, so that its replay follows the capture.
    enum class HttpVersion { Http11, Http2, Http2PriorKnowledge };
    HttpVersion httpVersion = HttpVersion::Http11;

    friend bool operator==(const ProbeOptions &, const ProbeOptions &) = default;
};
// "http1.1", "http2", "http2-prior-knowledge": the option names of curl without their dashes.
QString httpVersionId(ProbeOptions::HttpVersion version);
std::optional<ProbeOptions::HttpVersion> httpVersionFromId(QStringView id);

// What to send: a method (any token), an absolute URL, ordered headers, a body and options.
struct RequestSpec
{
    QString name; // shown in collections; free text
    QByteArray method = "GET";
    QUrl url;
    QString typedUrl; // the text typed into the URL field while it is not a valid URL,
                      // kept so that nothing typed is lost; empty when url is valid
    HeaderList headers;
    QByteArray body;
    ProbeOptions options;

    friend bool operator==(const RequestSpec &, const RequestSpec &) = default;
};

} // namespace Gatescope
