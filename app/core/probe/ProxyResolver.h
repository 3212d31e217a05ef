#pragma once

#include "model/RequestSpec.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace Gatescope {

// A proxy to send one request through, as ProxyResolver chose it.
struct ProxyChoice
{
    enum class Kind {
        Direct, // no proxy
        Http, // absolute-form requests for http://, a CONNECT tunnel for https://
        Socks5, // SOCKS5, destination name resolved here (curl's socks5://)
        Socks5Host, // SOCKS5, destination name resolved by the proxy (curl's socks5h://)
    };
    Kind kind = Kind::Direct;
    QString host;
    int port = 0;
    QString user; // credentials from the proxy URL's user info, if any
    QString password;
    QString url; // the proxy as recorded in Exchange::proxy (no credentials); empty = direct
    QString origin; // where the choice came from: "request", "http_proxy", … (for logs)

    bool isDirect() const { return kind == Kind::Direct; }
};

// Decides whether and through which proxy a request goes, the way curl does: an explicit proxy
// in the request wins; otherwise the environment is read — for http:// only the lower-case
// `http_proxy` (curl ignores HTTP_PROXY, see "httpoxy"), for https:// `https_proxy` then
// `HTTPS_PROXY`, then `all_proxy` / `ALL_PROXY` for either. `no_proxy` / `NO_PROXY` (lower case
// first) lists hosts that go direct — "*" for all, domain suffixes with or without a leading dot,
// addresses and CIDR ranges — and applies to an explicit proxy too, as in curl.
// Proxy URLs without a scheme are http://; a missing port is 1080, curl's default.
class ProxyResolver
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::ProxyResolver)
public:
    explicit ProxyResolver(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    // The proxy for `url` under `options`; an Error when the configured proxy URL is unusable
    // (the message names the proxy and its origin).
    Result<ProxyChoice> proxyFor(const QUrl &url, const ProbeOptions &options) const;

    // Parses "http://user:pw@host:port", "socks5h://host", "host:3128", … `origin` names where it
    // came from for the error message ("-x", "https_proxy").
    static Result<ProxyChoice> parseProxyUrl(const QString &text, const QString &origin);

    // True when `host` matches the no_proxy list `noProxy`.
    static bool matchesNoProxy(const QString &host, const QString &noProxy);

private:
    QString variable(const char *name) const;

    QProcessEnvironment m_environment;
};

} // namespace Gatescope
