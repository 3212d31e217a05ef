// Benchmark: ProbeEngine's phase timings against curl's for the same requests on loopback.
//
//   cmake --build build --target bench_probe_vs_curl && build/tests/benchmarks/probe/bench_probe_vs_curl [RUNS]
//
// Starts the lab's fault server on its own thread, then for each case (first byte delayed 0, 50
// and 500 ms; a 10 MB body; https with -k) runs RUNS requests (default 15) with
//   curl -s -o /dev/null -w '%{time_namelookup} %{time_connect} %{time_appconnect} %{time_pretransfer}
//   %{time_starttransfer} %{time_total}'
// and RUNS with ProbeEngine, alternating, and prints per cumulative mark (curl's boundaries) the
// medians, our median minus curl's, and our total / curl's total. Targets: |difference| ≤ 1 ms
// per mark, total ratio ≤ 1.2. Needs curl on PATH.
#include "lab/FaultServer.h"
#include "probe/ProbeEngine.h"

#include <QCoreApplication>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstdio>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

// Cumulative marks in ms, in curl's -w order.
using Marks = std::array<double, 6>;
const char *const MarkNames[] = { "namelookup", "connect", "appconnect", "pretransfer", "starttransfer", "total" };

std::optional<Marks> curlMarks(const QUrl &url, bool insecure)
{
    QProcess curl;
    QStringList arguments {
        u"-s"_s,
        u"-o"_s,
        u"/dev/null"_s,
        u"--noproxy"_s,
        u"*"_s,
        u"-w"_s,
        u"%{time_namelookup} %{time_connect} %{time_appconnect} %{time_pretransfer} %{time_starttransfer} %{time_total}"_s
    };
    if (insecure)
        arguments.append(u"-k"_s);
    arguments.append(url.toString(QUrl::FullyEncoded));
    curl.start(u"curl"_s, arguments);
    if (!curl.waitForFinished(60000) || curl.exitCode() != 0)
        return std::nullopt;
    const QList<QByteArray> fields = curl.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 6)
        return std::nullopt;
    Marks marks {};
    for (int i = 0; i < 6; ++i)
        marks[std::size_t(i)] = fields.at(i).toDouble() * 1000.0;
    if (marks[2] == 0) // curl reports 0 appconnect for plain http
        marks[2] = marks[1];
    return marks;
}

std::optional<Marks> probeMarks(const QUrl &url, bool insecure)
{
    RequestSpec request;
    request.url = url;
    request.options.useEnvironmentProxy = false;
    request.options.verifyTls = !insecure;
    request.options.bodyCaptureCap = 64 * 1024;
    const QList<Exchange> exchanges = ProbeEngine::run(request);
    if (exchanges.size() != 1 || exchanges.constFirst().transport.outcome != Outcome::Ok)
        return std::nullopt;
    const Timings &t = exchanges.constFirst().timings;
    Marks marks {};
    marks[0] = t.dns;
    marks[1] = marks[0] + t.connect;
    marks[2] = marks[1] + std::max(0.0, t.tls);
    marks[3] = marks[2];
    marks[4] = marks[3] + t.send + t.wait;
    marks[5] = t.total;
    return marks;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 15;

    QThread serverThread;
    auto *server = new FaultServer;
    server->moveToThread(&serverThread);
    serverThread.start();
    bool started = false;
    QMetaObject::invokeMethod(
        server, [&] { started = server->start(); }, Qt::BlockingQueuedConnection);
    if (!started) {
        std::fprintf(stderr, "cannot start the fault server: %s\n", qPrintable(server->errorString()));
        return 1;
    }
    QUrl plainBase;
    QUrl tlsBase;
    QMetaObject::invokeMethod(
        server,
        [&] {
            plainBase = server->url({});
            tlsBase = server->tlsUrl({});
        },
        Qt::BlockingQueuedConnection);

    struct Case
    {
        const char *name;
        QUrl url;
        bool tls;
    };
    const Case cases[] = {
        { "first byte +0 ms", plainBase.resolved(QUrl(u"/slow-first-byte?ms=0"_s)), false },
        { "first byte +50 ms", plainBase.resolved(QUrl(u"/slow-first-byte?ms=50"_s)), false },
        { "first byte +500 ms", plainBase.resolved(QUrl(u"/slow-first-byte?ms=500"_s)), false },
        { "10 MB body", plainBase.resolved(QUrl(u"/big?bytes=10485760"_s)), false },
        { "https json (-k)", tlsBase.resolved(QUrl(u"/json"_s)), true },
    };

    std::printf("%d runs per case; medians in ms; diff = gatescope - curl\n\n", runs);
    for (const Case &c : cases) {
        std::array<std::vector<double>, 6> ours;
        std::array<std::vector<double>, 6> theirs;
        for (int i = 0; i < runs; ++i) {
            const std::optional<Marks> a = curlMarks(c.url, c.tls);
            const std::optional<Marks> b = probeMarks(c.url, c.tls);
            if (!a || !b) {
                std::fprintf(stderr, "%s: a run failed (curl %s, gatescope %s)\n", c.name, a ? "ok" : "failed",
                             b ? "ok" : "failed");
                return 1;
            }
            for (std::size_t m = 0; m < 6; ++m) {
                theirs[m].push_back((*a)[m]);
                ours[m].push_back((*b)[m]);
            }
        }
        std::printf("%s  (%s)\n", c.name, qPrintable(c.url.toString()));
        std::printf("  %-14s %10s %10s %10s\n", "mark", "curl", "gatescope", "diff");
        for (std::size_t m = 0; m < 6; ++m) {
            if (!c.tls && m == 2)
                continue;
            const double theirMedian = median(theirs[m]);
            const double ourMedian = median(ours[m]);
            std::printf("  %-14s %10.3f %10.3f %+10.3f\n", MarkNames[m], theirMedian, ourMedian,
                        ourMedian - theirMedian);
        }
        std::printf("  total ratio gatescope/curl: %.3f\n\n", median(ours[5]) / median(theirs[5]));
    }

    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
