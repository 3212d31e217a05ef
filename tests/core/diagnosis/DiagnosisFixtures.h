#pragma once

#include "http/HttpResponseReader.h"
#include "model/Exchange.h"

#include <QByteArray>
#include <QString>

// Builds Exchanges from raw response bytes the way the probe would have seen them: the bytes go
// through the real HttpResponseReader, the wait is what a client measured.
namespace DiagnosisFixtures {

// Turns the LF line ends of a fixture into CRLF (HTTP's), leaving the body's as given when
// `bodyToo` is false.
inline QByteArray crlf(QByteArray text, bool bodyToo = true)
{
    if (bodyToo) {
        text.replace("\r\n", "\n");
        return text.replace("\n", "\r\n");
    }
    const qsizetype end = text.indexOf("\n\n");
    QByteArray head = end < 0 ? text : text.left(end + 2);
    const QByteArray body = end < 0 ? QByteArray() : text.mid(end + 2);
    head.replace("\r\n", "\n");
    return head.replace("\n", "\r\n") + body;
}

inline Gatescope::Exchange exchangeFromRaw(const QByteArray &raw, double waitMs = 2.0,
                                           const QByteArray &accept = "application/json",
                                           const QByteArray &method = "GET")
{
    using namespace Gatescope;
    Exchange exchange;
    exchange.source = Exchange::Source::Recorded;
    exchange.request.method = method;
    exchange.request.url = QUrl(QStringLiteral("https://api.example.test/v1/items"));
    exchange.request.headers.append(HeaderField { "Host", "api.example.test" });
    if (!accept.isEmpty())
        exchange.request.headers.append(HeaderField { "Accept", accept });
    HttpResponseReader reader(method);
    reader.feed(raw);
    reader.finish();
    exchange.transport = reader.verdict();
    exchange.anomalies = reader.anomalies();
    exchange.rawResponse = raw;
    if (reader.headersComplete())
        exchange.response = reader.response();
    exchange.timings.dns = 0.3;
    exchange.timings.connect = 0.2;
    exchange.timings.send = 0.1;
    exchange.timings.wait = waitMs;
    exchange.timings.download = 0.2;
    exchange.timings.total = waitMs + 0.8;
    return exchange;
}

inline Gatescope::Exchange transportFailure(Gatescope::Outcome outcome, Gatescope::Phase phase, const QString &detail,
                                            double waitMs = -1)
{
    using namespace Gatescope;
    Exchange exchange;
    exchange.source = Exchange::Source::Replayed;
    exchange.request.method = "GET";
    exchange.request.url = QUrl(QStringLiteral("http://127.0.0.1:9/v1/items"));
    exchange.request.headers.append(HeaderField { "Accept", "application/json" });
    exchange.transport = { outcome, phase, detail, 0 };
    exchange.timings.wait = waitMs;
    exchange.timings.total = waitMs;
    return exchange;
}

} // namespace DiagnosisFixtures
