// The capacity probe (RampRunner) against the 5xx Lab's limits on loopback: the lab gateway's
// concurrency limit and rate limit in front of the fault origin, and the lab's one-worker origin
// behind the gateway's read timeout. Each row names the configured limit and the concurrency at
// which the knee must be found, with the verdict there. The knee rule and the percentiles are
// checked on rows of numbers; the bounds on rows of options; Cancel on a hanging origin.
#include "lab/FaultServer.h"
#include "lab/Lab.h"
#include "lab/LabGateway.h"
#include "series/LoadScriptExporter.h"
#include "series/RampReport.h"
#include "series/RampRunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

RequestSpec requestFor(const QUrl &url)
{
    RequestSpec request;
    request.url = url;
    request.headers.append(HeaderField { "Accept", "application/json" });
    request.options.connectTimeoutMs = 3000;
    request.options.firstByteTimeoutMs = 10000;
    request.options.useEnvironmentProxy = false;
    return request;
}

RampOptions rampOf(int from, int to, int holdMs, int maxRequests = 0)
{
    RampOptions options = RampOptions::of(LoadRamp { from, to, 1, 1 }, maxRequests);
    options.holdMs = holdMs;
    return options;
}

// An open-loop ramp: FROM, FROM + STEP, … requests a second.
RampOptions openLoopOf(int from, int to, int step, int holdMs, int maxInFlight = RampOptions::GentleMaxConcurrency)
{
    RampOptions options = RampOptions::of(LoadRamp { from, to, step, 1 });
    options.holdMs = holdMs;
    options.loop = RampOptions::Loop::Open;
    options.maxInFlight = maxInFlight;
    return options;
}

QList<RampStep> runRamp(const RequestSpec &request, const RampOptions &options)
{
    RampRunner runner;
    QSignalSpy done(&runner, &RampRunner::finished);
    runner.start(request, options);
    const int limitMs = int(options.maxDurationMs()) + 5000;
    if (!done.wait(limitMs))
        qWarning("the ramp did not finish within %d ms", limitMs);
    return runner.steps();
}

RampStep stepOf(int index, int concurrency, int completed, int failed, double p90, const QString &cause = {})
{
    RampStep step;
    step.index = index;
    step.concurrency = concurrency;
    step.completed = completed;
    step.failed = failed;
    step.p90 = p90;
    step.elapsedMs = 1000;
    if (failed > 0)
        step.verdicts.append(VerdictGroup { cause, QString(), failed, {}, { 503 } });
    return step;
}

QString describe(const QList<RampStep> &steps)
{
    const bool open = !steps.isEmpty() && steps.constFirst().openLoop;
    QString text = u"\n"_s + RampReport::stepHeader(open ? RampOptions::Loop::Open : RampOptions::Loop::Closed);
    for (const RampStep &step : steps)
        text += u'\n' + RampReport::stepLine(step);
    return text;
}

} // namespace

class TestRampRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_origin.start(QHostAddress::LocalHost, false), qPrintable(m_origin.errorString()));
    }

    void percentile_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        // The nearest-rank examples of the method's usual statement (rank = ceil(p/100 × n)):
        // 15, 20, 35, 40, 50 → p30 = 20, p40 = 20, p50 = 35, p100 = 50.
        const QList<double> five { 50, 15, 40, 35, 20 };
        QTest::newRow("p30 of five") << five << 30.0 << 20.0;
        QTest::newRow("p40 of five") << five << 40.0 << 20.0;
        QTest::newRow("p50 of five") << five << 50.0 << 35.0;
        QTest::newRow("p100 of five") << five << 100.0 << 50.0;
        QList<double> hundred;
        for (int i = 100; i >= 1; --i)
            hundred.append(i);
        QTest::newRow("p90 of 1..100") << hundred << 90.0 << 90.0;
        QTest::newRow("p99 of 1..100") << hundred << 99.0 << 99.0;
        QTest::newRow("one value") << QList<double> { 7 } << 99.0 << 7.0;
        QTest::newRow("none") << QList<double> {} << 50.0 << -1.0;
    }
    void percentile()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p);
        QFETCH(double, expected);
        QCOMPARE(nearestRankPercentile(values, p), expected);
    }

    void kneeRule_data()
    {
        QTest::addColumn<QList<RampStep>>("steps");
        QTest::addColumn<int>("kneeConcurrency"); // 0: none
        QTest::addColumn<bool>("byErrors");
        QTest::addColumn<bool>("byLatency");
        QTest::addColumn<QString>("cause");
        QTest::newRow("flat: no knee") << QList<RampStep> { stepOf(0, 1, 50, 0, 100), stepOf(1, 2, 90, 0, 110),
                                                            stepOf(2, 3, 130, 0, 140) }
                                       << 0 << false << false << QString();
        QTest::newRow("errors appear at 5")
            << QList<RampStep> { stepOf(0, 4, 50, 0, 100), stepOf(1, 5, 90, 9, 100, u"capacity.overloaded"_s) } << 5
            << true << false << u"capacity.overloaded"_s;
        QTest::newRow("one failure in 100 is below the 2-point rise")
            << QList<RampStep> { stepOf(0, 1, 100, 0, 100), stepOf(1, 2, 100, 1, 100, u"upstream.timeout"_s) } << 0
            << false << false << QString();
        QTest::newRow("errors creep up 1.5 points a step: no turn")
            << QList<RampStep> { stepOf(0, 1, 200, 2, 100, u"upstream.error"_s),
                                 stepOf(1, 2, 200, 5, 100, u"upstream.error"_s),
                                 stepOf(2, 3, 200, 8, 100, u"upstream.error"_s) }
            << 0 << false << false << QString();
        QTest::newRow("errors rise from 1 % to 3 %: a turn")
            << QList<RampStep> { stepOf(0, 1, 100, 1, 100, u"upstream.error"_s),
                                 stepOf(1, 2, 100, 3, 100, u"upstream.error"_s) }
            << 2 << true << false << u"upstream.error"_s;
        QTest::newRow("p90 ×1.6 over the lowest before")
            << QList<RampStep> { stepOf(0, 1, 50, 0, 100), stepOf(1, 2, 50, 0, 90), stepOf(2, 3, 50, 0, 145) } << 3
            << false << true << QString();
        QTest::newRow("p90 ×1.4: not a turn") << QList<RampStep> { stepOf(0, 1, 50, 0, 100), stepOf(1, 2, 50, 0, 140) }
                                              << 0 << false << false << QString();
        QTest::newRow("p90 ×2 but only 1 ms more: noise")
            << QList<RampStep> { stepOf(0, 1, 50, 0, 1), stepOf(1, 2, 50, 0, 2) } << 0 << false << false << QString();
        QTest::newRow("failing from the first step")
            << QList<RampStep> { stepOf(0, 3, 50, 10, 100, u"capacity.rate-limited"_s) } << 3 << true << false
            << u"capacity.rate-limited"_s;
        QTest::newRow("a step with 2 answers is not judged")
            << QList<RampStep> { stepOf(0, 1, 50, 0, 100), stepOf(1, 2, 2, 2, 900, u"upstream.timeout"_s),
                                 stepOf(2, 3, 50, 0, 105) }
            << 0 << false << false << QString();
    }
    void kneeRule()
    {
        QFETCH(QList<RampStep>, steps);
        QFETCH(int, kneeConcurrency);
        QFETCH(bool, byErrors);
        QFETCH(bool, byLatency);
        QFETCH(QString, cause);
        const RampKnee knee = RampKnee::of(steps);
        QCOMPARE(knee.found() ? knee.concurrency : 0, kneeConcurrency);
        QCOMPARE(knee.byErrors, byErrors);
        QCOMPARE(knee.byLatency, byLatency);
        QCOMPARE(knee.cause, cause);
    }

    void bounds_data()
    {
        QTest::addColumn<QString>("ramp");
        QTest::addColumn<int>("maxRequests");
        QTest::addColumn<int>("totalRequests");
        QTest::addColumn<qint64>("maxDurationMs");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("aboveGentleCaps");
        // steps × (hold + 5 s drain); the default budget is 200 requests a step.
        QTest::newRow("1 to 10 by 1, 10 s") << u"1:10:1:10"_s << 0 << 2000 << qint64(150000) << true << 0;
        QTest::newRow("1 to 20 by 5, 30 s, 400 requests")
            << u"1:20:5:30"_s << 400 << 400 << qint64(175000) << true << 0;
        QTest::newRow("budget below the concurrency") << u"1:50:49:5"_s << 60 << 60 << qint64(20000) << false << 0;
        QTest::newRow("concurrency 100 needs consent") << u"10:100:10:5"_s << 0 << 2000 << qint64(100000) << true << 1;
        QTest::newRow("an hour per step needs consent") << u"1:2:1:3600"_s << 0 << 400 << qint64(7210000) << true << 1;
        QTest::newRow("20000 requests need consent") << u"1:4:1:5"_s << 20000 << 20000 << qint64(40000) << true << 1;
        QTest::newRow("concurrency 2000 is never possible")
            << u"1000:2000:1000:5"_s << 5000 << 5000 << qint64(20000) << false << 1;
    }
    void bounds()
    {
        QFETCH(QString, ramp);
        QFETCH(int, maxRequests);
        QFETCH(int, totalRequests);
        QFETCH(qint64, maxDurationMs);
        QFETCH(bool, valid);
        QFETCH(int, aboveGentleCaps);
        const Result<LoadRamp> parsed = LoadRamp::parse(ramp);
        QVERIFY(parsed);
        const RampOptions options = RampOptions::of(parsed.value(), maxRequests);
        QCOMPARE(options.totalRequests(), totalRequests);
        QCOMPARE(options.maxDurationMs(), maxDurationMs);
        QVERIFY2(options.invalid().isEmpty() == valid, qPrintable(options.invalid()));
        QCOMPARE(options.aboveGentleCaps().size(), aboveGentleCaps);
    }

    // The lab's three limits. The knee is the first step above the configured value: a limit of 4
    // in flight is found at concurrency 5 (the step after 4), where capacity.overloaded appears;
    // 25 requests a second against at most 20 a second per connection (50 ms answers) is passed
    // at concurrency 2 (~38/s), where capacity.rate-limited appears; the one-worker origin (700 ms a
    // request) is saturated by one connection, so at concurrency 2 every request waits for the one
    // before it (p90 doubles: a latency knee, no failure yet) and at 3 the wait passes the
    // gateway's 2 s read timeout (upstream.timeout).
    void kneeAtTheLabLimit_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("holdMs");
        QTest::addColumn<int>("kneeConcurrency");
        QTest::addColumn<bool>("byErrors");
        QTest::addColumn<QString>("cause"); // at the knee, or the first failure after it
        QTest::newRow("concurrency limit 4")
            << u"concurrency"_s << 4 << 2 << 6 << 1000 << 5 << true << u"capacity.overloaded"_s;
        QTest::newRow("concurrency limit 2")
            << u"concurrency"_s << 2 << 1 << 4 << 1000 << 3 << true << u"capacity.overloaded"_s;
        QTest::newRow("rate limit 25 per second")
            << u"rate"_s << 25 << 1 << 3 << 2000 << 2 << true << u"capacity.rate-limited"_s;
        QTest::newRow("one-worker origin")
            << u"one-worker"_s << 1 << 1 << 3 << 2500 << 2 << false << u"upstream.timeout"_s;
    }
    void kneeAtTheLabLimit()
    {
        QFETCH(QString, limit);
        QFETCH(int, value);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, holdMs);
        QFETCH(int, kneeConcurrency);
        QFETCH(bool, byErrors);
        QFETCH(QString, cause);

        std::unique_ptr<Lab> lab;
        std::unique_ptr<LabGateway> gateway;
        RequestSpec request;
        if (limit == u"one-worker") {
            lab = std::make_unique<Lab>();
            QVERIFY2(lab->start(), qPrintable(lab->errorString()));
            const LabScenario *scenario = lab->scenario(u"504-too-many-concurrent");
            QVERIFY(scenario);
            request = scenario->request;
            request.options.totalTimeoutMs = 0;
        } else {
            LabGateway::Config config;
            config.upstreams = { { u"127.0.0.1"_s, m_origin.port() } };
            config.readTimeoutMs = 5000;
            if (limit == u"concurrency")
                config.maxConcurrent = value;
            else
                config.rateLimitPerSecond = value;
            gateway = std::make_unique<LabGateway>(config);
            QVERIFY(gateway->listen());
            const int workMs = limit == u"concurrency" ? 200 : 50;
            request = requestFor(QUrl(gateway->baseUrl() + u"/slow-first-byte?ms="_s + QString::number(workMs)));
        }
        const RampOptions options = rampOf(from, to, holdMs);
        QVERIFY2(options.invalid().isEmpty(), qPrintable(options.invalid()));
        const QList<RampStep> steps = runRamp(request, options);
        QCOMPARE(steps.size(), options.levels.size());
        const RampKnee knee = RampKnee::of(steps);
        qInfo().noquote() << describe(steps) + u'\n' + RampReport::kneeText(knee, steps);
        QVERIFY2(knee.found(), qPrintable(describe(steps)));
        QVERIFY2(knee.concurrency == kneeConcurrency, qPrintable(describe(steps)));
        QCOMPARE(knee.byErrors, byErrors);
        QCOMPARE(knee.byErrors ? knee.cause : knee.firstFailureCause, cause);
        // Below the knee nothing failed and every step kept its concurrency.
        for (const RampStep &step : steps) {
            if (step.concurrency < kneeConcurrency)
                QVERIFY2(step.failed == 0, qPrintable(describe(steps)));
            QVERIFY(step.sent >= step.concurrency);
        }
        // The document says the same.
        const QJsonObject json = RampReport::json(request, options, steps, knee, false);
        QCOMPARE(json.value(u"schema"_s).toString(), u"gatescope.ramp/1"_s);
        QCOMPARE(json.value(u"knee"_s).toObject().value(u"concurrency"_s).toInt(), kneeConcurrency);
        QCOMPARE(json.value(u"steps"_s).toArray().size(), steps.size());
    }

    // Below every limit, throughput grows with concurrency: 200 ms answers, ~5 a second each.
    void throughputScalesBelowTheLimit()
    {
        const RequestSpec request = requestFor(m_origin.url(u"/slow-first-byte?ms=200"_s));
        const QList<RampStep> steps = runRamp(request, rampOf(1, 4, 1000));
        QCOMPARE(steps.size(), 4);
        for (const RampStep &step : steps) {
            const double expected = step.concurrency * 1000.0 / 200.0;
            QVERIFY2(step.okThroughput() > expected * 0.7 && step.okThroughput() < expected * 1.1,
                     qPrintable(describe(steps)));
            QVERIFY2(step.p50 >= 200 && step.p50 < 260, qPrintable(describe(steps)));
        }
        QVERIFY(!RampKnee::of(steps).found());
    }

    // The budget ends a step early: 8 requests a step at concurrency 2 on a fast origin.
    void budgetEndsTheStep()
    {
        const RequestSpec request = requestFor(m_origin.url(u"/json"_s));
        const QList<RampStep> steps = runRamp(request, rampOf(1, 2, 5000, 16));
        QCOMPARE(steps.size(), 2);
        for (const RampStep &step : steps) {
            QCOMPARE(step.sent, 8);
            QCOMPARE(step.end, RampStep::End::Budget);
            QVERIFY(step.elapsedMs < 2000);
        }
    }

    // N in flight are N connections: a server that keeps connections open sees one per slot, not
    // one per request. A server that closes a kept connection as the next request comes (the
    // keep-alive race, made certain by close=lazy&idle=0) costs no failure: the request is sent
    // again on a new connection, so every request then has its own.
    void connectionsPerSlot_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("kept");
        QTest::newRow("kept alive: 3 connections for 1 → 3") << u"/keep-alive?idle=5000"_s << true;
        QTest::newRow("closed as reused: sent again, none fails") << u"/keep-alive?idle=0&close=lazy"_s << false;
    }
    void connectionsPerSlot()
    {
        QFETCH(QString, path);
        QFETCH(bool, kept);
        const int before = m_origin.connectionCount();
        const QList<RampStep> steps = runRamp(requestFor(m_origin.url(path)), rampOf(1, 3, 300, 60));
        QCOMPARE(steps.size(), 3);
        int completed = 0;
        for (const RampStep &step : steps) {
            QVERIFY2(step.failed == 0, qPrintable(describe(steps)));
            completed += step.completed;
        }
        QVERIFY2(completed >= 20, qPrintable(describe(steps)));
        const int opened = m_origin.connectionCount() - before;
        if (kept)
            QCOMPARE(opened, 3);
        else
            QVERIFY2(opened >= completed, qPrintable(u"%1 connections for %2 requests"_s.arg(opened).arg(completed)));
    }

    // Cancel ends every request in flight at once, also on an origin that never answers.
    void cancelStopsWithinASecond()
    {
        RampRunner runner;
        QSignalSpy done(&runner, &RampRunner::finished);
        runner.start(requestFor(m_origin.url(u"/hang"_s)), rampOf(3, 5, 10000));
        QTRY_COMPARE(runner.inFlight(), 3);
        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        QVERIFY(done.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(runner.wasCancelled());
        QCOMPARE(runner.steps().size(), 1);
        QCOMPARE(runner.steps().constFirst().cancelled, 3);
        QCOMPARE(runner.steps().constFirst().end, RampStep::End::Cancelled);
    }

    void openLoopBounds_data()
    {
        QTest::addColumn<QString>("ramp");
        QTest::addColumn<int>("maxRequests");
        QTest::addColumn<int>("maxInFlight");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("aboveGentleCaps");
        QTest::newRow("10 to 30 a second, 50 in flight") << u"10:30:10:5"_s << 0 << 50 << true << 0;
        QTest::newRow("100 a second needs consent") << u"50:100:50:5"_s << 0 << 50 << true << 1;
        QTest::newRow("200 in flight needs consent") << u"10:20:10:5"_s << 0 << 200 << true << 1;
        QTest::newRow("2000 a second is never possible") << u"1000:2000:1000:5"_s << 20000 << 50 << false << 2;
        QTest::newRow("2000 in flight is never possible") << u"10:20:10:5"_s << 0 << 2000 << false << 1;
        QTest::newRow("budget below one second of the rate") << u"10:40:10:5"_s << 100 << 50 << false << 0;
    }
    void openLoopBounds()
    {
        QFETCH(QString, ramp);
        QFETCH(int, maxRequests);
        QFETCH(int, maxInFlight);
        QFETCH(bool, valid);
        QFETCH(int, aboveGentleCaps);
        const Result<LoadRamp> parsed = LoadRamp::parse(ramp);
        QVERIFY(parsed);
        RampOptions options = RampOptions::of(parsed.value(), maxRequests);
        options.loop = RampOptions::Loop::Open;
        options.maxInFlight = maxInFlight;
        QVERIFY2(options.invalid().isEmpty() == valid, qPrintable(options.invalid()));
        QCOMPARE(options.aboveGentleCaps().size(), aboveGentleCaps);
        QCOMPARE(options.highestInFlight(), maxInFlight);
    }

    // The open loop against the lab's limits: the knee is the first arrival rate above what the
    // limit lets through. The gateway's 25-a-second rate limit passes 6 and 18 a second and turns
    // requests away at 30 (capacity.rate-limited); its limit of 4 in flight with 200 ms answers
    // lets 20 a second through (Little's law: 4 ÷ 0.2 s), so 5 a second pass and 30 (6 in flight)
    // are refused (capacity.overloaded) — the steps lie well either side of the limit, as answers
    // take up to ~300 ms on a loaded machine (13 a second). Every step sends rate × hold requests
    // whatever the answers.
    void openLoopKneeAtTheLabLimit_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("workMs");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("kneeRate");
        QTest::addColumn<QString>("cause");
        QTest::newRow("rate limit 25 per second")
            << u"rate"_s << 25 << 20 << 6 << 30 << 12 << 30 << u"capacity.rate-limited"_s;
        QTest::newRow("concurrency limit 4, 200 ms answers")
            << u"concurrency"_s << 4 << 200 << 5 << 30 << 25 << 30 << u"capacity.overloaded"_s;
    }
    void openLoopKneeAtTheLabLimit()
    {
        QFETCH(QString, limit);
        QFETCH(int, value);
        QFETCH(int, workMs);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, step);
        QFETCH(int, kneeRate);
        QFETCH(QString, cause);

        LabGateway::Config config;
        config.upstreams = { { u"127.0.0.1"_s, m_origin.port() } };
        config.readTimeoutMs = 5000;
        if (limit == u"concurrency")
            config.maxConcurrent = value;
        else
            config.rateLimitPerSecond = value;
        LabGateway gateway(config);
        QVERIFY(gateway.listen());
        const RequestSpec request
            = requestFor(QUrl(gateway.baseUrl() + u"/slow-first-byte?ms="_s + QString::number(workMs)));
        const int holdMs = 2000;
        const RampOptions options = openLoopOf(from, to, step, holdMs);
        QVERIFY2(options.invalid().isEmpty(), qPrintable(options.invalid()));
        const QList<RampStep> steps = runRamp(request, options);
        QCOMPARE(steps.size(), options.levels.size());
        const RampKnee knee = RampKnee::of(steps);
        qInfo().noquote() << describe(steps) + u'\n' + RampReport::kneeText(knee, steps);
        QVERIFY2(knee.found(), qPrintable(describe(steps)));
        QVERIFY(knee.openLoop);
        QVERIFY2(knee.concurrency == kneeRate, qPrintable(describe(steps)));
        QVERIFY(knee.byErrors);
        QCOMPARE(knee.cause, cause);
        QVERIFY(RampReport::kneeText(knee, steps).contains(u"Knee at %1 requests a second"_s.arg(kneeRate)));
        for (const RampStep &s : steps) {
            QVERIFY(s.openLoop);
            // Sent at the rate whatever the answers: rate × hold, none waiting for a slot.
            QVERIFY2(s.sent == s.concurrency * holdMs / 1000, qPrintable(describe(steps)));
            QCOMPARE(s.delayed, 0);
            QCOMPARE(s.unsent, 0);
            if (s.concurrency < kneeRate)
                QVERIFY2(s.failed == 0, qPrintable(describe(steps)));
        }
        const QJsonObject json = RampReport::json(request, options, steps, knee, false);
        QCOMPARE(json.value(u"bounds"_s).toObject().value(u"loop"_s).toString(), u"open"_s);
        QCOMPARE(json.value(u"knee"_s).toObject().value(u"concurrency"_s).toInt(), kneeRate);
    }

    // Requests start at their times whatever the answers: an origin that never answers still gets
    // 10 a second in flight (a closed loop would stop at its concurrency), and Cancel ends them all
    // within a second.
    void openLoopSendsWhateverTheAnswers()
    {
        RampRunner runner;
        QSignalSpy done(&runner, &RampRunner::finished);
        QElapsedTimer clock;
        clock.start();
        runner.start(requestFor(m_origin.url(u"/hang"_s)), openLoopOf(10, 10, 1, 1000));
        QTRY_COMPARE_WITH_TIMEOUT(runner.inFlight(), 10, 2000);
        // Request i is due at i × 100 ms: the tenth at 900 ms, not before.
        QVERIFY2(clock.elapsed() >= 880, qPrintable(QString::number(clock.elapsed())));
        QTest::qWait(300);
        QCOMPARE(runner.inFlight(), 10); // the hold ended at 1 s: no more
        clock.restart();
        runner.cancel();
        QVERIFY(done.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(runner.steps().size(), 1);
        QCOMPARE(runner.steps().constFirst().sent, 10);
        QCOMPARE(runner.steps().constFirst().cancelled, 10);
        QCOMPARE(runner.steps().constFirst().end, RampStep::End::Cancelled);
    }

    // Latency runs from each request's intended start: 20 a second against 200 ms answers with
    // only 2 in flight allowed (10 a second get through) makes requests wait for a slot, and that
    // wait is in their latency — each answer alone took ~200 ms, but p90 is far above it. What the
    // cap kept from being sent is counted, not hidden.
    void openLoopLatencyRunsFromTheIntendedStart()
    {
        const RequestSpec request = requestFor(m_origin.url(u"/slow-first-byte?ms=200"_s));
        const QList<RampStep> steps = runRamp(request, openLoopOf(20, 20, 1, 1000, 2));
        QCOMPARE(steps.size(), 1);
        const RampStep &step = steps.constFirst();
        QVERIFY2(step.sent + step.unsent == 20, qPrintable(describe(steps)));
        QVERIFY2(step.sent >= 8 && step.sent <= 13, qPrintable(describe(steps)));
        QVERIFY2(step.delayed >= step.sent - 3, qPrintable(describe(steps)));
        QVERIFY2(step.unsent >= 7, qPrintable(describe(steps)));
        QVERIFY2(step.p50 >= 300, qPrintable(describe(steps)));
        QVERIFY2(step.p90 >= 500, qPrintable(describe(steps)));
        QVERIFY(RampReport::stepLine(step).contains(u"not sent: the in-flight cap"_s));
    }

private:
    FaultServer m_origin;
};

QTEST_GUILESS_MAIN(TestRampRunner)
#include "tst_ramprunner.moc"
