// Benchmark: the probe over HTTP/2 against `curl --http2` on the same URLs of the lab's h2 origin
// (libnghttp2 on both sides of the loopback), over TLS with ALPN.
//
//   cmake --build build --target bench_h2_vs_curl && build/tests/benchmarks/probe/bench_h2_vs_curl [RUNS]
//
// For each case (a small JSON answer; a 10 MB body) runs RUNS requests (default 15) with
//   curl -sk --http2 -o /dev/null -w '%{time_namelookup} %{time_connect} %{time_appconnect} %{time_starttransfer}
//   %{time_total}'
// and RUNS with ProbeEngine (--http2), alternating, and prints per cumulative mark the medians,
// our median minus curl's, and the ratio of the total medians (target ≤ 1.1). The server runs on
// its own thread so that both clients meet the same server. Needs curl on PATH.
//
// Then 1,000 small requests one after the other on one connection (the JSON answer; RUNS / 3
// rounds, at least 1): curl --http2 with the URL 1,000 times on its command line, which reuses
// its connection (the test: num_connects adds up to 1), timed as the sum of its transfers'
// time_total; ours: Http2Conversation over our own QSslSocket (ALPN h2), each request started
// with startNext() when the previous one is answered, from the connect to the last answer.
#include "lab/Http2FaultServer.h"
#include "probe/Http2Conversation.h"
#include "probe/ProbeEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cstdio>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

using Marks = std::array<double, 5>;
const char *const MarkNames[] = { "namelookup", "connect", "appconnect", "starttransfer", "total" };

std::optional<Marks> curlMarks(const QUrl &url)
{
    QProcess curl;
    curl.start(u"curl"_s,
               { u"-sk"_s, u"--http2"_s, u"--noproxy"_s, u"*"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s,
                 u"%{http_version} %{time_namelookup} %{time_connect} %{time_appconnect} "
                 u"%{time_starttransfer} %{time_total}"_s,
                 url.toString(QUrl::FullyEncoded) });
    if (!curl.waitForFinished(60000) || curl.exitCode() != 0)
        return std::nullopt;
    const QList<QByteArray> fields = curl.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 6 || fields.at(0) != "2")
        return std::nullopt;
    Marks marks {};
    for (std::size_t i = 0; i < 5; ++i)
        marks[i] = fields.at(qsizetype(i) + 1).toDouble() * 1000.0;
    return marks;
}

std::optional<Marks> probeMarks(const QUrl &url)
{
    RequestSpec request;
    request.url = url;
    request.options.useEnvironmentProxy = false;
    request.options.verifyTls = false;
    request.options.bodyCaptureCap = 64 * 1024;
    request.options.httpVersion = ProbeOptions::HttpVersion::Http2;
    const QList<Exchange> exchanges = ProbeEngine::run(request);
    if (exchanges.size() != 1 || exchanges.constFirst().transport.outcome != Outcome::Ok
        || exchanges.constFirst().protocol != u"h2")
        return std::nullopt;
    const Timings &t = exchanges.constFirst().timings;
    return Marks { t.dns, t.dns + t.connect, t.dns + t.connect + t.tls, t.dns + t.connect + t.tls + t.send + t.wait,
                   t.total };
}

// curl's total over `count` transfers of `url` on one connection; nullopt when a transfer failed
// or curl opened more than one connection.
std::optional<double> curlSequence(const QUrl &url, int count)
{
    QStringList arguments { u"-sk"_s, u"--http2"_s, u"--noproxy"_s,
                            u"*"_s,   u"-w"_s,      u"%{http_version} %{time_total} %{num_connects}\n"_s };
    for (int i = 0; i < count; ++i)
        arguments << u"-o"_s << u"/dev/null"_s << url.toString(QUrl::FullyEncoded);
    QProcess curl;
    curl.start(u"curl"_s, arguments);
    if (!curl.waitForFinished(120000) || curl.exitCode() != 0)
        return std::nullopt;
    double total = 0;
    int connects = 0;
    int transfers = 0;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() != 3)
            continue;
        if (fields.at(0) != "2")
            return std::nullopt;
        total += fields.at(1).toDouble() * 1000.0;
        connects += fields.at(2).toInt();
        ++transfers;
    }
    if (transfers != count || connects != 1)
        return std::nullopt;
    return total;
}

// Ours over one connection: connect, TLS with ALPN h2, then `count` requests one after the other.
std::optional<double> probeSequence(const QUrl &url, int count)
{
    RequestSpec request;
    request.url = url;
    request.options.bodyCaptureCap = 64 * 1024;
    QElapsedTimer timer;
    timer.start();
    Http2Conversation conversation(request, true, [&timer] { return double(timer.nsecsElapsed()) / 1e6; });
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // the lab's self-signed certificate
    config.setAllowedNextProtocols({ QByteArrayLiteral("h2") });
    socket.setSslConfiguration(config);
    QEventLoop loop;
    int answered = 0;
    bool failed = false;
    const auto fail = [&] {
        failed = true;
        loop.quit();
    };
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&] {
        if (socket.sslConfiguration().nextNegotiatedProtocol() != "h2" || !conversation.start())
            return fail();
        socket.write(conversation.takeOutgoing());
    });
    QObject::connect(&socket, &QSslSocket::readyRead, &loop, [&] {
        QByteArray bytes = socket.readAll();
        for (;;) {
            const qint64 before = conversation.bytesFed();
            if (!conversation.feed(bytes))
                return fail();
            bytes.remove(0, qsizetype(conversation.bytesFed() - before));
            if (!conversation.finished())
                break;
            if (conversation.verdict(false, false).outcome != Outcome::Ok)
                return fail();
            if (++answered == count) {
                loop.quit();
                return;
            }
            if (!conversation.startNext(request))
                return fail();
            if (bytes.isEmpty())
                break;
        }
        socket.write(conversation.takeOutgoing());
    });
    QObject::connect(&socket, &QSslSocket::disconnected, &loop, fail);
    QObject::connect(&socket, &QSslSocket::errorOccurred, &loop, fail);
    QTimer::singleShot(120000, &loop, fail);
    socket.connectToHostEncrypted(url.host(), quint16(url.port()));
    loop.exec();
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (failed)
        return std::nullopt;
    return elapsed;
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
    auto *server = new Http2FaultServer;
    server->moveToThread(&serverThread);
    serverThread.start();
    bool started = false;
    QUrl base;
    QMetaObject::invokeMethod(
        server,
        [&] {
            started = server->start();
            base = server->tlsUrl({});
        },
        Qt::BlockingQueuedConnection);
    if (!started) {
        std::fprintf(stderr, "cannot start the h2 origin: %s\n", qPrintable(server->errorString()));
        return 1;
    }

    const struct
    {
        const char *name;
        QUrl url;
    } cases[] = {
        { "h2 json", base.resolved(QUrl(u"/json"_s)) },
        { "h2 10 MB body", base.resolved(QUrl(u"/big?bytes=10485760"_s)) },
    };
    std::printf("%d runs per case; medians in ms; diff = gatescope - curl\n\n", runs);
    int status = 0;
    for (const auto &c : cases) {
        std::array<std::vector<double>, 5> ours;
        std::array<std::vector<double>, 5> theirs;
        for (int i = 0; i < runs; ++i) {
            const std::optional<Marks> a = curlMarks(c.url);
            const std::optional<Marks> b = probeMarks(c.url);
            if (!a || !b) {
                std::fprintf(stderr, "%s: a run failed (curl %s, gatescope %s)\n", c.name, a ? "ok" : "failed",
                             b ? "ok" : "failed");
                status = 1;
                break;
            }
            for (std::size_t m = 0; m < 5; ++m) {
                theirs[m].push_back((*a)[m]);
                ours[m].push_back((*b)[m]);
            }
        }
        std::printf("%s  (%s)\n  %-14s %10s %10s %10s\n", c.name, qPrintable(c.url.toString()), "mark", "curl",
                    "gatescope", "diff");
        for (std::size_t m = 0; m < 5; ++m)
            std::printf("  %-14s %10.3f %10.3f %+10.3f\n", MarkNames[m], median(theirs[m]), median(ours[m]),
                        median(ours[m]) - median(theirs[m]));
        std::printf("  total ratio gatescope/curl: %.3f\n\n", median(ours[4]) / median(theirs[4]));
    }

    {
        constexpr int count = 1000;
        const QUrl url = base.resolved(QUrl(u"/json"_s));
        const int rounds = std::max(1, runs / 3);
        std::vector<double> ours;
        std::vector<double> theirs;
        for (int i = 0; i < rounds; ++i) {
            const auto streams = [server] {
                int n = 0;
                QMetaObject::invokeMethod(
                    server, [server, &n] { n = server->streamCount(); }, Qt::BlockingQueuedConnection);
                return n;
            };
            const std::optional<double> a = curlSequence(url, count);
            const int before = streams();
            std::optional<double> b = probeSequence(url, count);
            if (b && streams() - before != count) { // every request reached the server as a stream of its own
                std::fprintf(stderr, "the server saw %d streams, not %d\n", streams() - before, count);
                b.reset();
            }
            if (!a || !b) {
                std::fprintf(stderr, "%d requests on one connection: a round failed (curl %s, gatescope %s)\n", count,
                             a ? "ok" : "failed or more than one connection", b ? "ok" : "failed");
                status = 1;
                break;
            }
            theirs.push_back(*a);
            ours.push_back(*b);
        }
        std::printf("h2 %d requests on one connection  (%s), %d round(s)\n  %-14s %10s %10s %10s\n", count,
                    qPrintable(url.toString()), rounds, "", "curl", "gatescope", "diff");
        std::printf("  %-14s %10.3f %10.3f %+10.3f\n", "total", median(theirs), median(ours),
                    median(ours) - median(theirs));
        std::printf("  total ratio gatescope/curl: %.3f\n\n", median(theirs) > 0 ? median(ours) / median(theirs) : 0.0);
    }

    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return status;
}
