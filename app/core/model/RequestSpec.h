#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Gatescope {

// One header field as it stands on the wire: name and value as bytes, order and duplicates kept.
struct HeaderField
{
    QByteArray name;
    QByteArray value;
    bool enabled = true; // a request-builder row can be switched off without being deleted

    friend bool operator==(const HeaderField &, const HeaderField &) = default;
};
using HeaderList = QList<HeaderField>;

// Case-insensitive look-ups over a HeaderList (HTTP field names are case-insensitive).
QByteArray headerValue(const HeaderList &headers, QByteArrayView name); // first match, or empty
QList<QByteArray> headerValues(const HeaderList &headers, QByteArrayView name);
bool hasHeader(const HeaderList &headers, QByteArrayView name);

// Like curl's --resolve HOST:PORT:ADDR — connect to ADDR when the URL names HOST:PORT.
// Like curl's --connect-to HOST:PORT:CONNECT_HOST:CONNECT_PORT — connect elsewhere; empty
// host/port in either half mean "any" / "the same". Host header and TLS SNI stay the URL's.
struct AddressOverride
{
    enum class Kind { Resolve, ConnectTo };
    Kind kind = Kind::Resolve;
    QString host; // empty = any host (connect-to only)
    int port = 0; // 0 = any port (connect-to only)
    QString targetHost; // an address for Resolve, a host name or address for ConnectTo
    int targetPort = 0; // 0 = the URL's port (connect-to only)

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

    friend bool operator==(const ProbeOptions &, const ProbeOptions &) = default;
};

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
