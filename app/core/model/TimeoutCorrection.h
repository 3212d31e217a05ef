#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Gatescope {

// A timeout of one hop as the user knows it from their own configuration, replacing the product's
// default (or filling in one no default is known for) in the timeout audit (hops/TimeoutAudit). It
// holds for the hops of that product on that site: `site` is the request's host[:port] as
// siteOf() spells it (empty: every site, as the command line's --timeout gives it), `product` a
// contract product id ("nginx", "origin", "unknown"), `phase` one of "keep-alive" (how long the
// hop keeps an idle connection from the hop in front), "upstream-keep-alive" (how long it reuses
// an idle connection to the hop behind), "connect", "read" (first byte) and "total". The window's
// corrections are saved with the workspace.
struct TimeoutCorrection
{
    QString site;
    QString product;
    QString phase;
    double seconds = 0;
    friend bool operator==(const TimeoutCorrection &, const TimeoutCorrection &) = default;

    // "api.example.com", "127.0.0.1:8080": lower-case host, with the port when the URL names one.
    static QString siteOf(const QUrl &url)
    {
        const QString host = url.host().toLower();
        return url.port() > 0 ? host + u':' + QString::number(url.port()) : host;
    }
};

using TimeoutCorrections = QList<TimeoutCorrection>;

} // namespace Gatescope
