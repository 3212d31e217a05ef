// Diagnoses 100,000 exchanges (a mix of real gateway error pages, relayed application errors with
// stack traces, healthy JSON answers and transport failures) on one thread and prints the rate.
// Target: >= 50,000 exchanges per second, so a 10,000-entry HAR is diagnosed in a fraction of a second.
//
//   cmake --build build --target bench_diagnosis
//   build/tests/benchmarks/diagnosis/bench_diagnosis            # 100000 exchanges
//   build/tests/benchmarks/diagnosis/bench_diagnosis 1000000    # any count
//
// The rate is taken from the thread's CPU time (the work one core did), so a machine busy with
// other jobs does not hide what the Diagnoser costs; the wall-clock time is printed next to it.
#include "diagnosis/Diagnoser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

// CPU time used by this thread so far, in nanoseconds (POSIX).
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

Exchange response(int status, const QByteArray &reason, const HeaderList &headers, const QByteArray &body,
                  double waitMs, const QByteArray &method = "GET")
{
    Exchange exchange;
    exchange.source = Exchange::Source::Recorded;
    exchange.request.method = method;
    exchange.request.url = QUrl(u"https://api.example.test/v1/items"_s);
    exchange.request.headers = { { "Accept", "application/json" }, { "User-Agent", "Mozilla/5.0" } };
    ResponseData data;
    data.status = status;
    data.reason = reason;
    data.headers = headers;
    data.body = body;
    data.bodySize = body.size();
    exchange.response = data;
    exchange.timings = { -1, 0.5, 1.0, 2.0, 0.1, waitMs, 0.4, waitMs + 4 };
    return exchange;
}

QList<Exchange> corpus()
{
    QByteArray trace = "java.lang.IllegalStateException: order has no lines\n";
    for (int i = 0; i < 60; ++i)
        trace += "\tat com.example.orders.OrderService.step" + QByteArray::number(i)
            + "(OrderService.java:" + QByteArray::number(100 + i) + ")\n";
    const QByteArray nginx502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
                                "Bad Gateway</h1></center>\r\n"
                                "<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
    const QByteArray varnish = "<!DOCTYPE html>\n<html><head><title>503 Backend fetch "
                               "failed</title></head><body><h1>Error 503 Backend fetch failed</h1>"
                               "<p>Backend fetch failed</p><h3>Guru Meditation:</h3><p>XID: 32770</p><hr><p>Varnish "
                               "cache server</p></body></html>\n";
    QByteArray json = "{\"items\":[";
    for (int i = 0; i < 40; ++i)
        json
            += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"item " + QByteArray::number(i) + "\",\"price\":12.5},";
    json += "{}]}";
    const HeaderList common = { { "Date", "Sat, 28 Nov 2026 10:00:00 GMT" },
                                { "Connection", "keep-alive" },
                                { "Cache-Control", "no-store" },
                                { "X-Request-Id", "4d1f0e7c1a2b" },
                                { "Strict-Transport-Security", "max-age=31536000" } };
    auto with = [&](HeaderList extra) { return common + extra; };
    QList<Exchange> list;
    list << response(502, "Bad Gateway", with({ { "Server", "nginx/1.22.1" }, { "Content-Type", "text/html" } }),
                     nginx502, 0.4)
         << response(504, "Gateway Time-out", with({ { "Server", "nginx/1.22.1" }, { "Content-Type", "text/html" } }),
                     nginx502, 60001)
         << response(503, "Service Unavailable",
                     with({ { "content-type", "text/html" }, { "cache-control", "no-cache" } }),
                     "<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this "
                     "request.\n</body></html>\n",
                     0.2)
         << response(503, "Backend fetch failed",
                     with({ { "Server", "Varnish" },
                            { "Retry-After", "5" },
                            { "X-Varnish", "32770" },
                            { "Via", "1.1 varnish (Varnish/7.1)" } }),
                     varnish, 2001)
         << response(502, "Bad Gateway",
                     with({ { "Server", "squid/5.7" },
                            { "X-Squid-Error", "ERR_ZERO_SIZE_OBJECT 0" },
                            { "Via", "1.1 proxy (squid/5.7)" } }),
                     "<title>ERROR: The requested URL could not be retrieved</title>", 1)
         << response(500, "Internal Server Error",
                     with({ { "Server", "nginx/1.22.1" }, { "Content-Type", "text/html" } }),
                     "<html><body><pre>" + trace + "</pre></body></html>", 35)
         << response(200, "OK", with({ { "Content-Type", "application/json" }, { "Server", "nginx/1.22.1" } }), json,
                     25)
         << response(200, "OK", with({ { "Content-Type", "application/json" }, { "Server", "nginx/1.22.1" } }), json,
                     18)
         << response(524, "",
                     with({ { "Server", "cloudflare" },
                            { "CF-RAY", "8a1b2c3d4e5f6a7b-FRA" },
                            { "cf-error-type", "origin" } }),
                     "<div id=\"cf-error-details\">A timeout occurred</div><span>Cloudflare Ray ID: "
                     "<strong>8a1b2c3d4e5f6a7b</strong></span>",
                     100100)
         << response(503, "Service Unavailable", with({ { "server", "envoy" }, { "content-type", "text/plain" } }),
                     "upstream connect error or disconnect/reset before headers. reset reason: connection termination",
                     3, "POST");
    Exchange refused;
    refused.request.method = "GET";
    refused.request.url = QUrl(u"http://127.0.0.1:9/"_s);
    refused.transport = { Outcome::Refused, Phase::Connect, u"connection refused"_s, 0 };
    list << refused;
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const QList<Exchange> samples = corpus();
    QList<Exchange> exchanges;
    exchanges.reserve(count);
    for (int i = 0; i < count; ++i)
        exchanges.append(samples.at(i % samples.size()));

    const Diagnoser diagnoser; // built-in rules and fingerprints, loaded before the clock starts
    QHash<QString, int> causes;
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNs();
    for (const Exchange &exchange : std::as_const(exchanges))
        ++causes[diagnoser.diagnose(exchange).cause];
    const qint64 cpuNs = threadCpuNs() - cpuStart;
    const qint64 ns = timer.nsecsElapsed();

    const double seconds = double(cpuNs) / 1e9;
    const double wallSeconds = double(ns) / 1e9;
    const double perSecond = double(count) / seconds;
    std::printf("bench_diagnosis: %d exchanges diagnosed in %.3f s of one core's CPU time (%.3f s wall clock): "
                "%.0f exchanges/s (%.2f us each); target >= 50000/s: %s\n",
                count, seconds, wallSeconds, perSecond, 1e6 * seconds / count, perSecond >= 50000 ? "met" : "MISSED");
    QTextStream out(stdout);
    for (auto it = causes.cbegin(); it != causes.cend(); ++it)
        out << "  " << it.key() << ": " << it.value() << '\n';
    return perSecond >= 50000 ? 0 : 1;
}
