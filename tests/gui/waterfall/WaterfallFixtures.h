#pragma once

// Small builders of Exchanges for the waterfall tests, the screenshot demo and the benchmark.

#include "model/Exchange.h"

#include <QDateTime>
#include <QUrl>

namespace Gatescope::Gui::Fixtures {

inline const QDateTime &origin()
{
    static const QDateTime time = QDateTime(QDate(2026, 3, 2), QTime(9, 30, 0), Qt::UTC);
    return time;
}

// An exchange that started startMs after origin(), with the given phases; total = their sum
// unless given. status 0 = no response (outcome says why).
inline Exchange makeExchange(const QByteArray &method, const QString &url, int status, double startMs, Timings timings,
                             Outcome outcome = Outcome::Ok, int redirectHop = 0)
{
    Exchange exchange;
    exchange.source = Exchange::Source::Recorded;
    exchange.request.method = method;
    exchange.request.url = QUrl(url);
    exchange.startedAt = origin().addMSecs(qint64(startMs));
    exchange.redirectHop = redirectHop;
    if (status > 0) {
        ResponseData response;
        response.status = status;
        response.reason = status == 504 ? QByteArray("Gateway Timeout")
            : status == 502             ? QByteArray("Bad Gateway")
            : status == 301             ? QByteArray("Moved Permanently")
                                        : QByteArray("OK");
        exchange.response = response;
    }
    exchange.transport.outcome = outcome;
    if (timings.total < 0) {
        double sum = 0;
        for (double phase : { timings.blocked, timings.dns, timings.connect, timings.tls, timings.send, timings.wait,
                              timings.download })
            sum += phase > 0 ? phase : 0;
        timings.total = sum;
    }
    exchange.timings = timings;
    return exchange;
}

inline Timings timings(double blocked, double dns, double connect, double tls, double send, double wait,
                       double download, double total = -1)
{
    Timings t;
    t.blocked = blocked;
    t.dns = dns;
    t.connect = connect;
    t.tls = tls;
    t.send = send;
    t.wait = wait;
    t.download = download;
    t.total = total;
    return t;
}

// A HAR-like capture of count entries over a handful of hosts, every 97th a 502 and every 211th a
// timeout without a response, starting 7 ms apart.
inline QList<Exchange> largeCapture(int count)
{
    static const QString hosts[] = { QStringLiteral("api.example.com"), QStringLiteral("cdn.example.net"),
                                     QStringLiteral("auth.example.org"), QStringLiteral("img.example.com") };
    QList<Exchange> exchanges;
    exchanges.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString url = QStringLiteral("https://%1/v1/items/%2?page=%3").arg(hosts[i % 4]).arg(i).arg(i % 13);
        const double wait = 20 + (i * 37) % 400;
        if (i % 211 == 210)
            exchanges.append(
                makeExchange("GET", url, 0, i * 7.0, timings(0.5, 3, 12, 25, 0.3, 30000, -1), Outcome::Timeout));
        else
            exchanges.append(
                makeExchange(i % 3 ? "GET" : "POST", url, i % 97 == 96 ? 502 : 200, i * 7.0,
                             timings(0.5, i % 5 ? -1 : 3, i % 5 ? -1 : 12, i % 5 ? -1 : 25, 0.3, wait, 4 + i % 50)));
        exchanges.last().index = i;
    }
    return exchanges;
}

} // namespace Gatescope::Gui::Fixtures
