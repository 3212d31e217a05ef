#include "probe/ProxyResolver.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Gatescope {

ProxyResolver::ProxyResolver(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{ }

QString ProxyResolver::variable(const char *name) const
{
    return m_environment.value(QString::fromLatin1(name)).trimmed();
}

Result<ProxyChoice> ProxyResolver::parseProxyUrl(const QString &text, const QString &origin)
{
    QString input = text.trimmed();
    if (input.isEmpty())
        return Error { tr("proxy from %1 is empty").arg(origin) };
    if (!input.contains(u"://"))
        input.prepend(u"http://"_s);
    const QUrl url(input, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error { tr("proxy '%1' from %2 is not a valid proxy URL").arg(text, origin) };

    ProxyChoice choice;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http")
        choice.kind = ProxyChoice::Kind::Http;
    else if (scheme == u"socks5")
        choice.kind = ProxyChoice::Kind::Socks5;
    else if (scheme == u"socks5h")
        choice.kind = ProxyChoice::Kind::Socks5Host;
    else
        return Error { tr("proxy '%1' from %2: scheme '%3' is not supported (use http://, socks5:// or socks5h://)")
                           .arg(text, origin, scheme) };
    if (!url.path().isEmpty() && url.path() != u"/")
        return Error { tr("proxy '%1' from %2: a proxy URL has no path").arg(text, origin) };

    choice.host = url.host();
    choice.port = url.port(1080);
    choice.user = url.userName();
    choice.password = url.password();
    choice.origin = origin;
    QUrl recorded = url;
    recorded.setUserInfo({});
    recorded.setPath({});
    recorded.setPort(choice.port);
    choice.url = recorded.toString();
    return choice;
}

bool ProxyResolver::matchesNoProxy(const QString &host, const QString &noProxy)
{
    const QString name = host.toLower();
    const QHostAddress address(name);
    const QStringList entries = noProxy.split(u',', Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == u"*")
            return true;
        if (!address.isNull()) {
            if (entry.startsWith(u'[') && entry.endsWith(u']'))
                entry = entry.mid(1, entry.size() - 2);
            if (entry.contains(u'/')) {
                const auto subnet = QHostAddress::parseSubnet(entry);
                if (!subnet.first.isNull() && address.isInSubnet(subnet))
                    return true;
            } else if (QHostAddress(entry) == address) {
                return true;
            }
            continue;
        }
        if (entry.startsWith(u'.'))
            entry.remove(0, 1);
        if (name == entry || name.endsWith(u'.' + entry))
            return true;
    }
    return false;
}

Result<ProxyChoice> ProxyResolver::proxyFor(const QUrl &url, const ProbeOptions &options) const
{
    const QString configured = options.proxy.trimmed();
    if (configured.compare(u"none", Qt::CaseInsensitive) == 0)
        return ProxyChoice {};

    Result<ProxyChoice> choice = ProxyChoice {};
    if (!configured.isEmpty()) {
        choice = parseProxyUrl(configured, tr("the request"));
    } else if (options.useEnvironmentProxy) {
        const bool https = url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
        QString value;
        QString origin;
        auto take = [&](const char *name) {
            if (value.isEmpty()) {
                value = variable(name);
                if (!value.isEmpty())
                    origin = QString::fromLatin1(name);
            }
        };
        if (https) {
            take("https_proxy");
            take("HTTPS_PROXY");
        } else {
            take("http_proxy"); // never HTTP_PROXY: a CGI request header could set it (httpoxy)
        }
        take("all_proxy");
        take("ALL_PROXY");
        if (value.isEmpty())
            return ProxyChoice {};
        choice = parseProxyUrl(value, origin);
    } else {
        return ProxyChoice {};
    }
    if (!choice)
        return choice;

    QString noProxy = variable("no_proxy");
    if (noProxy.isEmpty())
        noProxy = variable("NO_PROXY");
    if (!noProxy.isEmpty() && matchesNoProxy(url.host(), noProxy))
        return ProxyChoice {};
    return choice;
}

} // namespace Gatescope
