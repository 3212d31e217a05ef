// A watch (SeriesRunner) against the lab's fault origin on loopback: a deterministic intermittent
// 5xx (/every answers every n-th request with a 5xx) gives an exact failure rate and one verdict
// group; /keep-alive shows connection reuse and its end when the server closes an idle
// connection; /hang shows Cancel ending the series at once. The Wilson interval is checked
// against published values.
#include "diagnosis/Diagnoser.h"
#include "lab/FaultServer.h"
#include "series/SeriesRunner.h"
#include "series/SeriesSummary.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

RequestSpec requestFor(const QUrl &url)
{
    RequestSpec request;
    request.url = url;
    request.options.connectTimeoutMs = 3000;
    request.options.firstByteTimeoutMs = 5000;
    request.options.totalTimeoutMs = 10000;
    request.options.useEnvironmentProxy = false;
    return request;
}

QList<SeriesSample> runSeries(const RequestSpec &request, const SeriesOptions &options, int timeoutMs = 20000)
{
    SeriesRunner runner;
    QSignalSpy done(&runner, &SeriesRunner::finished);
    runner.start(request, options);
    if (!done.wait(timeoutMs))
        qWarning("the series did not finish within %d ms", timeoutMs);
    return runner.samples();
}

} // namespace

class TestSeriesRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(QHostAddress::LocalHost, false), qPrintable(m_server.errorString()));
    }

    void wilsonInterval_data()
    {
        QTest::addColumn<int>("hits");
        QTest::addColumn<int>("total");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        // Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
        // methods", Statistics in Medicine 17 (1998), Table II, method 3 (Wilson score, no correction).
        QTest::newRow("81 of 263") << 81 << 263 << 0.2553 << 0.3662;
        QTest::newRow("15 of 148") << 15 << 148 << 0.0624 << 0.1605;
        QTest::newRow("0 of 20") << 0 << 20 << 0.0 << 0.1611;
        QTest::newRow("1 of 29") << 1 << 29 << 0.0061 << 0.1718;
    }
    void wilsonInterval()
    {
        QFETCH(int, hits);
        QFETCH(int, total);
        QFETCH(double, low);
        QFETCH(double, high);
        const Proportion p { hits, total };
        QVERIFY2(std::abs(p.low() - low) < 0.00006, qPrintable(QString::number(p.low(), 'f', 5)));
        QVERIFY2(std::abs(p.high() - high) < 0.00006, qPrintable(QString::number(p.high(), 'f', 5)));
    }

    void boundsAreCapped_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<int>("boundedInterval");
        QTest::addColumn<int>("boundedCount");
        QTest::addColumn<bool>("problem");
        QTest::newRow("defaults") << 1000 << 60 << qint64(0) << 1000 << 60 << false;
        QTest::newRow("interval too short") << 10 << 60 << qint64(0) << SeriesOptions::MinIntervalMs << 60 << true;
        QTest::newRow("count too large") << 1000 << 1000000 << qint64(0) << 1000 << SeriesOptions::MaxCount << true;
        QTest::newRow("count zero") << 1000 << 0 << qint64(0) << 1000 << 1 << true;
        QTest::newRow("duration too long") << 1000 << 60 << SeriesOptions::MaxDurationMs + 1 << 1000 << 60 << true;
    }
    void boundsAreCapped()
    {
        QFETCH(int, intervalMs);
        QFETCH(int, count);
        QFETCH(qint64, durationMs);
        QFETCH(int, boundedInterval);
        QFETCH(int, boundedCount);
        QFETCH(bool, problem);
        QString text;
        const SeriesOptions bounded
            = SeriesOptions::bounded(SeriesOptions { intervalMs, count, durationMs, ConnectionPolicy::New }, &text);
        QCOMPARE(bounded.intervalMs, boundedInterval);
        QCOMPARE(bounded.count, boundedCount);
        QVERIFY(bounded.effectiveDurationMs() <= SeriesOptions::MaxDurationMs);
        QCOMPARE(!text.isEmpty(), problem);
    }

    void intermittentFailures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("failing");
        QTest::addColumn<int>("status");
        QTest::newRow("every 3rd request 502")
            << u"/every?n=3&code=502&series=a"_s << 9 << QList<int> { 2, 5, 8 } << 502;
        QTest::newRow("every 2nd request 503")
            << u"/every?n=2&code=503&series=b"_s << 6 << QList<int> { 1, 3, 5 } << 503;
        QTest::newRow("every 5th request 504") << u"/every?n=5&code=504&series=c"_s << 10 << QList<int> { 4, 9 } << 504;
        QTest::newRow("never fails") << u"/json"_s << 4 << QList<int> {} << 0;
    }
    void intermittentFailures()
    {
        QFETCH(QString, path);
        QFETCH(int, count);
        QFETCH(QList<int>, failing);
        QFETCH(int, status);
        const SeriesOptions options { SeriesOptions::MinIntervalMs, count, 0, ConnectionPolicy::New };
        const QList<SeriesSample> samples = runSeries(requestFor(m_server.url(path)), options);
        QCOMPARE(samples.size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(samples.at(i).index, i);
            QVERIFY(samples.at(i).exchange.response);
            QCOMPARE(samples.at(i).exchange.response->status, failing.contains(i) ? status : 200);
        }
        // At a fixed rate: request i starts i × interval after the series (never earlier).
        for (int i = 1; i < count; ++i)
            QVERIFY2(samples.at(i).offsetMs >= i * SeriesOptions::MinIntervalMs - 1,
                     qPrintable(QString::number(samples.at(i).offsetMs)));

        const Diagnoser diagnoser;
        const SeriesSummary summary = SeriesSummary::of(samples, diagnoser);
        QCOMPARE(summary.failures.total, count);
        QCOMPARE(summary.failures.hits, int(failing.size()));
        const Proportion expected { int(failing.size()), count };
        QCOMPARE(summary.failures.low(), expected.low());
        QCOMPARE(summary.failures.high(), expected.high());
        if (failing.isEmpty()) {
            QVERIFY(summary.groups.isEmpty());
            return;
        }
        // The same fault every time: one group, holding exactly the failing samples, with the
        // verdict the diagnoser gives each of them.
        QCOMPARE(summary.groups.size(), 1);
        const VerdictGroup &group = summary.groups.constFirst();
        QCOMPARE(group.count, int(failing.size()));
        QCOMPARE(group.samples, failing);
        QCOMPARE(group.statuses, QList<int> { status });
        QCOMPARE(group.cause, diagnoser.diagnose(samples.at(failing.constFirst()).exchange).cause);
        QVERIFY(!group.cause.isEmpty() && group.cause != u"none");

        const QJsonObject json = SeriesReport::json(requestFor(m_server.url(path)), options, samples, summary);
        QCOMPARE(json.value(u"schema"_s).toString(), u"gatescope.watch/1"_s);
        QCOMPARE(json.value(u"samples"_s).toArray().size(), count);
        const QJsonObject failures = json.value(u"summary"_s).toObject().value(u"failures"_s).toObject();
        QCOMPARE(failures.value(u"failed"_s).toInt(), int(failing.size()));
        QCOMPARE(failures.value(u"counted"_s).toInt(), count);
        const QString text = SeriesReport::text(summary);
        QVERIFY2(text.contains(u"%1 of %2"_s.arg(failing.size()).arg(count)), qPrintable(text));
        QVERIFY2(text.contains(group.cause), qPrintable(text));
    }

    void connectionReuse_data()
    {
        QTest::addColumn<ConnectionPolicy>("policy");
        QTest::addColumn<int>("serverIdleMs");
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("expectedConnections");
        QTest::addColumn<bool>("reused");
        QTest::newRow("reuse, kept open") << ConnectionPolicy::Reuse << 5000 << 150 << 1 << true;
        QTest::newRow("new connection each time") << ConnectionPolicy::New << 5000 << 150 << 4 << false;
        QTest::newRow("reuse, server closes first") << ConnectionPolicy::Reuse << 100 << 400 << 4 << false;
    }
    void connectionReuse()
    {
        QFETCH(ConnectionPolicy, policy);
        QFETCH(int, serverIdleMs);
        QFETCH(int, intervalMs);
        QFETCH(int, expectedConnections);
        QFETCH(bool, reused);
        const int before = m_server.connectionCount();
        const QUrl url = m_server.url(u"/keep-alive?idle=%1"_s.arg(serverIdleMs));
        const QList<SeriesSample> samples = runSeries(requestFor(url), SeriesOptions { intervalMs, 4, 0, policy });
        QCOMPARE(samples.size(), 4);
        QCOMPARE(samples.constFirst().reusedConnection, false);
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const SeriesSample &sample = samples.at(i);
            QCOMPARE(sample.exchange.transport.outcome, Outcome::Ok);
            QCOMPARE(sample.exchange.response->status, 200);
            if (i == 0)
                continue;
            QCOMPARE(sample.reusedConnection, reused);
            if (reused) {
                // No lookup or connect on a reused connection, and the idle time is about the gap.
                QCOMPARE(sample.exchange.timings.connect, -1.0);
                QVERIFY2(sample.idleMs > 0 && sample.idleMs <= intervalMs + 50,
                         qPrintable(QString::number(sample.idleMs)));
            } else {
                QVERIFY(sample.exchange.timings.connect >= 0);
                QCOMPARE(sample.idleMs, -1.0);
            }
        }
        QCOMPARE(m_server.connectionCount() - before, expectedConnections);
        const SeriesSummary summary = SeriesSummary::of(samples, Diagnoser());
        QCOMPARE(summary.failuresOnReused.total, reused ? 3 : 0);
        QCOMPARE(summary.failuresOnNew.total, reused ? 1 : 4);
    }

    void cancelStopsWithinASecond()
    {
        SeriesRunner runner;
        QSignalSpy done(&runner, &SeriesRunner::finished);
        QSignalSpy sampled(&runner, &SeriesRunner::sampleFinished);
        runner.start(requestFor(m_server.url(u"/hang"_s)), SeriesOptions { 1000, 5, 0, ConnectionPolicy::New });
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        QVERIFY(done.wait(1000) || done.size() == 1);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(runner.wasCancelled());
        QVERIFY(!runner.isRunning());
        QCOMPARE(runner.samples().size(), 1);
        QCOMPARE(runner.samples().constFirst().exchange.transport.outcome, Outcome::Cancelled);
        QTest::qWait(1200); // nothing more is sent
        QCOMPARE(sampled.size(), 1);
        // A cancelled request says nothing about the server.
        const SeriesSummary summary = SeriesSummary::of(runner.samples(), Diagnoser(), true);
        QCOMPARE(summary.failures.total, 0);
        QVERIFY(summary.cancelled);
    }

    void durationEndsTheSeries()
    {
        // --for 1 s at one request per 0.3 s: 4 requests (at 0, 0.3, 0.6, 0.9 s), not the 50 counted.
        QElapsedTimer clock;
        clock.start();
        const QList<SeriesSample> samples
            = runSeries(requestFor(m_server.url(u"/json"_s)), SeriesOptions { 300, 50, 1000, ConnectionPolicy::New });
        QCOMPARE(samples.size(), 4);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    // Failures that come at one time of day: the summary names the clock times (local) of the
    // failing and the succeeding requests beside r, and the document gives them in UTC. A watch of
    // ten requests a minute apart from 02:00 UTC, failing as the rows say (the answers are the
    // lab origin's, fetched once, so the verdicts are real).
    void timeOfDayOfTheFailures_data()
    {
        QTest::addColumn<QList<int>>("failing");
        QTest::addColumn<bool>("notable");
        QTest::addColumn<QString>("failedAtUtc");
        QTest::addColumn<QString>("succeededAtUtc");
        QTest::newRow("failing from 02:07 on") << QList<int> { 7, 8, 9 } << true << u"02:08:00"_s << u"02:03:00"_s;
        QTest::newRow("failing at 02:01, 02:05 and 02:09")
            << QList<int> { 1, 5, 9 } << false << u"02:05:00"_s << u"02:04:00"_s;
    }
    void timeOfDayOfTheFailures()
    {
        QFETCH(QList<int>, failing);
        QFETCH(bool, notable);
        QFETCH(QString, failedAtUtc);
        QFETCH(QString, succeededAtUtc);
        const QList<SeriesSample> healthy
            = runSeries(requestFor(m_server.url(u"/json"_s)),
                        SeriesOptions { SeriesOptions::MinIntervalMs, 1, 0, ConnectionPolicy::New });
        const QList<SeriesSample> failed
            = runSeries(requestFor(m_server.url(u"/every?n=1&code=502&series=clock"_s)),
                        SeriesOptions { SeriesOptions::MinIntervalMs, 1, 0, ConnectionPolicy::New });
        QCOMPARE(healthy.size(), 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().exchange.response->status, 502);
        const QDateTime start(QDate(2026, 12, 7), QTime(2, 0), Qt::UTC);
        QList<SeriesSample> samples;
        for (int i = 0; i < 10; ++i) {
            SeriesSample sample = failing.contains(i) ? failed.constFirst() : healthy.constFirst();
            sample.index = i;
            sample.offsetMs = i * 60000.0;
            sample.startedAt = start.addSecs(i * 60);
            samples.append(sample);
        }
        const SeriesSummary summary = SeriesSummary::of(samples, Diagnoser());
        QCOMPARE(summary.startedAt, start);
        const auto local = [&start](const QString &utc) {
            return QDateTime(start.date(), QTime::fromString(utc, u"HH:mm:ss"_s), Qt::UTC)
                .toLocalTime()
                .toString(u"HH:mm:ss"_s);
        };
        const QString text = SeriesReport::text(summary);
        const QString line
            = (notable ? u"Failures go with the time of day"_s : u"No clear link with the time of day"_s);
        QVERIFY2(text.contains(line), qPrintable(text));
        QVERIFY2(text.contains(u"failing around %1, succeeding around %2 (local time)"_s.arg(local(failedAtUtc),
                                                                                             local(succeededAtUtc))),
                 qPrintable(text));
        const QJsonObject json
            = SeriesReport::json(requestFor(m_server.url(u"/json"_s)),
                                 SeriesOptions { 60000, 10, 0, ConnectionPolicy::New }, samples, summary);
        const QJsonArray correlations = json.value(u"summary"_s).toObject().value(u"correlations"_s).toArray();
        const auto time = std::find_if(correlations.cbegin(), correlations.cend(), [](const QJsonValue &c) {
            return c.toObject().value(u"factor"_s).toString() == u"time";
        });
        QVERIFY(time != correlations.cend());
        QCOMPARE(time->toObject().value(u"medianFailedAt"_s).toString(), u"2026-12-07T%1.000Z"_s.arg(failedAtUtc));
        QCOMPARE(time->toObject().value(u"medianSucceededAt"_s).toString(),
                 u"2026-12-07T%1.000Z"_s.arg(succeededAtUtc));
        QCOMPARE(time->toObject().value(u"notable"_s).toBool(), notable);
    }

private:
    FaultServer m_server;
};

QTEST_GUILESS_MAIN(TestSeriesRunner)
#include "tst_seriesrunner.moc"
