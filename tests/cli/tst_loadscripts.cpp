// `gatescope convert --to locust|k6` as a user runs it (the built binary, GATESCOPE_BINARY), and
// the scripts run: the locustfile by Debian's python3-locust, headless, against the lab's fault
// origin on loopback — once standalone and once as a master with two workers — its CSV statistics
// read back (every 3rd request to /every is a 502, so the failure count is a third of the requests,
// and the origin saw exactly that many); the k6 script (k6 is not packaged for Debian) checked by
// Node's parser and for its structure. The credential of the capture is read from an environment
// variable and never appears in either script.
#include "lab/FaultServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

constexpr char Token[] = "Bearer gs-load-test-0f3a9c";

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         { "http_proxy", "https_proxy", "all_proxy", "HTTPS_PROXY", "ALL_PROXY", "no_proxy", "NO_PROXY" })
        environment.remove(QString::fromLatin1(name));
    return environment;
}

// The rows of a Locust CSV file by their first two columns ("GET,/every").
QHash<QString, QStringList> csvRows(const QString &path)
{
    QHash<QString, QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QStringList cells = QString::fromUtf8(line).split(u',');
        if (cells.size() >= 3)
            rows.insert(cells.at(0) + u',' + cells.at(1), cells);
    }
    return rows;
}

} // namespace

class LoadScriptsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("GATESCOPE_BINARY");
        QVERIFY2(QFileInfo::exists(m_binary), "GATESCOPE_BINARY must name the built gatescope binary");
        QVERIFY2(m_server.start(QHostAddress::LocalHost, false), qPrintable(m_server.errorString()));
        QVERIFY(m_dir.isValid());
    }

    // The k6 script, ramped or paced as a watch; each carries its request budget: stated, an
    // abort when the rounds are spent (one instance) and an aborting threshold on http_reqs.
    void writesAK6ScriptNodeCanParse_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("parts");
        const QStringList common {
            u"import http from 'k6/http';"_s,      u"executor: 'ramping-vus'"_s,
            u"server_errors: ['rate<0.01']"_s,     u"secret(\"GATESCOPE_AUTHORIZATION\")"_s,
            u"response.status >= 500"_s,           u"'http_reqs{status:502}': ['count>=0']"_s,
            u"import exec from 'k6/execution';"_s, u"if (exec.scenario.iterationInTest >= ROUND_BUDGET) {"_s
        };
        QTest::newRow("ramp 1:3:1:10, the default budget of 200 a step") << QStringList { u"--ramp"_s, u"1:3:1:10"_s }
                                                                         << common
                + QStringList { u"target: 3"_s, u"duration: '10s'"_s, u"const REQUEST_BUDGET = 600;"_s,
                                u"const ROUND_BUDGET = 600;"_s,
                                u"http_reqs: [{ threshold: 'count<=600', abortOnFail: true }]"_s };
        QTest::newRow("ramp with --max-requests 50")
            << QStringList { u"--ramp"_s, u"1:3:1:10"_s, u"--max-requests"_s, u"50"_s }
            << common
                + QStringList { u"const REQUEST_BUDGET = 50;"_s,
                                u"http_reqs: [{ threshold: 'count<=50', abortOnFail: true }]"_s };
        QTest::newRow("a watch every 0.5 s, 6 times") << QStringList { u"--every"_s, u"0.5"_s, u"--count"_s, u"6"_s }
                                                      << common
                + QStringList { u"sleep(Math.max(0, 0.5 - (Date.now() - started) / 1000));"_s,
                                u"const REQUEST_BUDGET = 6;"_s, u"duration: '3s', target: 1"_s };
    }
    void writesAK6ScriptNodeCanParse()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, parts);
        const QString script = convert(u"k6"_s, u"/every?n=3&code=502&k6=1"_s, options);
        QVERIFY(!script.isEmpty());
        QVERIFY2(!script.contains(QString::fromLatin1(Token).section(u' ', 1)), "the token is written inline");
        for (const QString &part : parts)
            QVERIFY2(script.contains(part), qPrintable(part + u"\n"_s + script));
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(!node.isEmpty(), "node (Debian package nodejs) is needed to check the k6 script's syntax");
        const QString path = m_dir.filePath(u"script.mjs"_s); // an ES module, as k6 reads it
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script.toUtf8());
        file.close();
        QProcess check;
        check.start(node, { u"--check"_s, path });
        QVERIFY(check.waitForFinished(30000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
    }

    // The k6 script's always-met thresholds keep each 5xx in k6's end-of-test summary; the summary
    // (--summary-export's format: k6's own sample, tests/core/series/data/k6-summary-export.json,
    // with the submetric the threshold keeps) comes back for diagnosis with its count, and one
    // without it says how many failed and how to get their statuses.
    void diagnosesAK6Summary_data()
    {
        QTest::addColumn<bool>("with502");
        QTest::newRow("with http_reqs{status:502}: one 502 to diagnose") << true;
        QTest::newRow("counts only: said, nothing to diagnose") << false;
    }
    void diagnosesAK6Summary()
    {
        QFETCH(bool, with502);
        QFile sample(QFINDTESTDATA(u"../core/series/data/k6-summary-export.json"_s));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QJsonObject summary = QJsonDocument::fromJson(sample.readAll()).object();
        if (with502) {
            QJsonObject metrics = summary.value(u"metrics"_s).toObject();
            metrics.insert(u"http_reqs{status:502}"_s,
                           QJsonObject { { u"count"_s, 2 },
                                         { u"rate"_s, 2 },
                                         { u"thresholds"_s, QJsonObject { { u"count>=0"_s, false } } } });
            summary.insert(u"metrics"_s, metrics);
        }
        const QString path = m_dir.filePath(u"summary.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(summary).toJson());
        file.close();
        QProcess diagnose;
        diagnose.start(m_binary, { u"diagnose"_s, path, u"--format"_s, u"json"_s });
        QVERIFY(diagnose.waitForFinished(30000));
        const QByteArray report = diagnose.readAllStandardOutput();
        const QByteArray err = diagnose.readAllStandardError();
        if (with502) {
            QCOMPARE(diagnose.exitCode(), 0);
            QVERIFY2(report.contains("\"kind\": \"k6-summary\"") && report.contains("\"status\": 502"),
                     report.constData());
        } else {
            QCOMPARE(diagnose.exitCode(), 1);
            QVERIFY2(err.contains("k6's summary counts 3 requests, 0 of them failed")
                         && err.contains("http_reqs{status:502}"),
                     err.constData());
        }
    }

    void locustCountsTheIntermittent502_data()
    {
        QTest::addColumn<int>("workers");
        QTest::newRow("standalone") << 0;
        QTest::newRow("master and two workers") << 2;
    }
    void locustCountsTheIntermittent502()
    {
        QFETCH(int, workers);
        const QString query = u"/every?n=3&code=502&locust=%1"_s.arg(workers);
        // Two users for 2 s, then three for 2 s: each sends a request about every second.
        const QString script = convert(u"locust"_s, query, { u"--ramp"_s, u"2:3:1:2"_s });
        QVERIFY(!script.isEmpty());
        QVERIFY2(!script.contains(QString::fromLatin1(Token).section(u' ', 1)), "the token is written inline");
        QVERIFY2(script.contains(u"class GatescopeRamp(LoadTestShape):"_s) && script.contains(u"HttpUser"_s),
                 qPrintable(script));
        const QString folder = m_dir.filePath(u"locust-%1"_s.arg(workers));
        const LocustRun run = runLocust(script, folder, workers);
        QVERIFY2(run.ended, qPrintable(run.log));
        QVERIFY2(run.requests >= 0, qPrintable(run.log));
        const int requests = run.requests;
        const int failures = run.failures;
        // What the origin saw is what Locust counted, with the token from the environment. In
        // distributed mode a worker's request still in flight when the master stops the run reaches
        // the origin but not the master's stats: at most one per worker goes uncounted.
        const QList<QByteArray> &heads = run.heads;
        const int uncounted = int(heads.size()) - requests;
        QVERIFY2(uncounted >= 0 && uncounted <= workers,
                 qPrintable(u"origin saw %1, Locust counted %2"_s.arg(heads.size()).arg(requests)));
        QVERIFY(requests >= 4);
        for (const QByteArray &head : heads)
            QVERIFY2(head.contains(QByteArray("Authorization: "_ba + Token)), head.constData());
        // Every third request the origin answers 502; the uncounted ones may have been among them.
        const int originFailures = int(heads.size()) / 3;
        QVERIFY2(failures <= originFailures && failures >= originFailures - uncounted,
                 qPrintable(u"%1 failures counted, the origin sent %2 of 502"_s.arg(failures).arg(originFailures)));
        const QHash<QString, QStringList> failed = csvRows(folder + u"/run_failures.csv"_s);
        const QStringList failure = failed.value(u"GET,/every"_s);
        QVERIFY2(failure.size() >= 4 && failure.at(2).contains(u"502"_s), qPrintable(failure.join(u',')));
        QCOMPARE(failure.constLast().toInt(), failures);
        // The failures come back for diagnosis: gatescope diagnose reads Locust's failures CSV.
        QProcess diagnose;
        diagnose.start(m_binary, { u"diagnose"_s, folder + u"/run_failures.csv"_s, u"--format"_s, u"json"_s });
        QVERIFY(diagnose.waitForFinished(30000));
        QCOMPARE(diagnose.exitCode(), 0);
        const QByteArray report = diagnose.readAllStandardOutput();
        QVERIFY2(report.contains("\"kind\": \"locust-failures\"") && report.contains("\"status\": 502"),
                 report.constData());
        qInfo("locust %s: %d requests, %d failures (502)", workers ? "master + 2 workers" : "standalone", requests,
              failures);
    }

    // A watch handed to Locust (`convert --every S --count N`, the Watch window's Export as…): one
    // user sending the request every 0.5 s, 6 times — run headless against the lab's origin, whose
    // every third answer is a 502. Locust's CSV reads back 6 requests and 2 failures, the origin saw
    // the same 6, and the rounds were paced (the last one 2.5 s after the first).
    // Distributed (a master and two workers), the one user sits on one worker and still sends all 6:
    // the master leases the budget to whichever worker asks for it.
    void locustRunsTheWatchPaced_data()
    {
        QTest::addColumn<int>("workers");
        QTest::newRow("standalone") << 0;
        QTest::newRow("master and two workers") << 2;
    }
    void locustRunsTheWatchPaced()
    {
        QFETCH(int, workers);
        const QString script = convert(u"locust"_s, u"/every?n=3&code=502&watch=%1"_s.arg(workers + 1),
                                       { u"--every"_s, u"0.5"_s, u"--count"_s, u"6"_s });
        QVERIFY(!script.isEmpty());
        for (const QString &part : { u"wait_time = constant_pacing(0.5)"_s, u"REQUEST_BUDGET = 6\n"_s,
                                     u"levels = [1]"_s, u"hold_seconds = 3\n"_s })
            QVERIFY2(script.contains(part), qPrintable(part + u"\n"_s + script));
        const LocustRun run = runLocust(script, m_dir.filePath(u"locust-watch-%1"_s.arg(workers)), workers);
        QVERIFY2(run.ended, qPrintable(run.log));
        QVERIFY2(run.requests == 6, qPrintable(u"%1 requests\n"_s.arg(run.requests) + run.log));
        QCOMPARE(run.failures, 2);
        QCOMPARE(int(run.heads.size()), 6);
        // Paced: a round every 0.5 s (constant_pacing), not one a second nor all at once.
        QCOMPARE(int(run.arrivalsMs.size()), 6);
        QStringList gaps;
        for (qsizetype i = 1; i < run.arrivalsMs.size(); ++i)
            gaps.append(QString::number(run.arrivalsMs.at(i) - run.arrivalsMs.at(i - 1)));
        for (const QString &gap : std::as_const(gaps))
            QVERIFY2(gap.toInt() >= 380 && gap.toInt() <= 700, qPrintable(gaps.join(u", ") + u" ms apart"_s));
        qInfo("locust %s, the watch paced 0.5 s x 6: %d requests, %d failures (502), %s ms apart",
              workers ? "master + 2 workers" : "standalone", run.requests, run.failures, qPrintable(gaps.join(u", ")));
    }

    // A ramp handed to Locust carries its request budget: the ramp 2 → 3 users for 2 s each would
    // send about 10 requests; with --max-requests 5 the script states 5 and Locust stops at 5 — its
    // CSV counts 5 and the origin saw 5. Distributed (a master and two workers on loopback), the
    // master holds the budget and leases it to the workers as they ask, so together they stop at 5
    // too: before, each worker alone went on to 5 of its own (the origin saw 9).
    void locustStopsAtTheRequestBudget_data()
    {
        QTest::addColumn<int>("workers");
        QTest::newRow("standalone") << 0;
        QTest::newRow("master and two workers") << 2;
    }
    void locustStopsAtTheRequestBudget()
    {
        QFETCH(int, workers);
        const int budget = 5;
        const QString script = convert(u"locust"_s, u"/every?n=3&code=502&budget=%1"_s.arg(workers),
                                       { u"--ramp"_s, u"2:3:1:2"_s, u"--max-requests"_s, QString::number(budget) });
        QVERIFY(!script.isEmpty());
        for (const QString &part : { u"REQUEST_BUDGET = 5\n"_s, u"at most 5 requests in all, and at most 4 s"_s,
                                     u"        within_budget()\n        self.client.request("_s,
                                     u"if self.runner.stats.total.num_requests >= REQUEST_BUDGET:"_s })
            QVERIFY2(script.contains(part), qPrintable(part + u"\n"_s + script));
        const LocustRun run = runLocust(script, m_dir.filePath(u"locust-budget-%1"_s.arg(workers)), workers);
        QVERIFY2(run.ended, qPrintable(run.log));
        // The origin saw exactly the budget: never more, and both workers spent their share.
        QVERIFY2(run.heads.size() == budget,
                 qPrintable(u"the origin saw %1 requests, the budget is %2\n"_s.arg(run.heads.size()).arg(budget)
                            + run.log));
        // A worker's request in flight when the master stops the run may go uncounted (one per worker).
        QVERIFY2(run.requests <= budget && run.requests >= budget - workers,
                 qPrintable(u"%1 requests\n"_s.arg(run.requests) + run.log));
        QVERIFY2(run.failures <= 1 && run.failures >= 1 - workers, qPrintable(QString::number(run.failures)));
        qInfo("locust %s, ramp 2:3:1:2 with a budget of %d: the origin saw %d requests, Locust counted %d in %lld ms",
              workers ? "master + 2 workers" : "standalone", budget, int(run.heads.size()), run.requests,
              run.elapsedMs);
    }

private:
    struct LocustRun
    {
        bool ended = false;
        QString log;
        int requests = -1; // Locust's CSV: GET /every
        int failures = -1;
        QList<QByteArray> heads; // what the origin received during the run
        QList<qint64> arrivalsMs; // when each of them arrived, from the start of the run
        qint64 elapsedMs = 0;
    };

    // Runs the locustfile headless in `folder` (standalone, or as a master with `workers` workers
    // on loopback) with the token in the environment, and reads its CSV statistics back.
    LocustRun runLocust(const QString &script, const QString &folder, int workers)
    {
        LocustRun run;
        const QString locust = QStandardPaths::findExecutable(u"locust"_s);
        if (locust.isEmpty()) {
            run.log = u"locust (Debian package python3-locust) is needed to run the locustfile"_s;
            return run;
        }
        QDir().mkpath(folder);
        const QString locustfile = folder + u"/locustfile.py"_s;
        QFile file(locustfile);
        if (!file.open(QIODevice::WriteOnly))
            return run;
        file.write(script.toUtf8());
        file.close();

        // Debian 12's python3-locust reports an empty version (its locust/_version.py holds ''), and
        // a Locust master turns away every worker whose version is empty ("An old (pre 2.0) worker
        // tried to connect"). For the distributed run, master and workers start through Locust's
        // own Python with one version string set on both sides; nothing else changes.
        QString program = locust;
        QStringList prefix;
        if (workers > 0) {
            QFile launcher(locust);
            if (!launcher.open(QIODevice::ReadOnly))
                return run;
            const QByteArray shebang = launcher.readLine().trimmed();
            if (!shebang.startsWith("#!"))
                return run;
            program = QString::fromLocal8Bit(shebang.mid(2));
            prefix = { u"-c"_s,
                       u"import sys, locust.runners; locust.runners.__version__ = 'gatescope-test'; "
                       "from locust.main import main; sys.argv = ['locust'] + sys.argv[1:]; sys.exit(main())"_s };
        }
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(u"GATESCOPE_AUTHORIZATION"_s, QString::fromLatin1(Token));
        const int before = int(m_server.receivedRequests().size());
        QProcess master;
        master.setProcessEnvironment(environment);
        master.setWorkingDirectory(folder);
        master.setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments { u"-f"_s,    locustfile,         u"--headless"_s,
                                u"--csv"_s, folder + u"/run"_s, u"--only-summary"_s };
        QList<QProcess *> workerProcesses;
        if (workers > 0) {
            const QString port = QString::number(FaultServer::refusingPort()); // a free port for the master
            arguments += { u"--master"_s, u"--master-bind-host"_s, u"127.0.0.1"_s,          u"--master-bind-port"_s,
                           port,          u"--expect-workers"_s,   QString::number(workers) };
            for (int i = 0; i < workers; ++i) {
                auto *worker = new QProcess(this);
                worker->setProcessEnvironment(environment);
                worker->setWorkingDirectory(folder);
                worker->setProcessChannelMode(QProcess::MergedChannels);
                worker->start(program,
                              prefix
                                  + QStringList { u"-f"_s, locustfile, u"--worker"_s, u"--master-host"_s,
                                                  u"127.0.0.1"_s, u"--master-port"_s, port });
                workerProcesses.append(worker);
            }
        }
        QSignalSpy finished(&master, &QProcess::finished);
        QElapsedTimer clock;
        clock.start();
        master.start(program, prefix + arguments);
        if (!master.waitForStarted(10000))
            return run;
        // The origin runs in this thread: each new request is noted as it arrives (within ~10 ms).
        run.ended = QTest::qWaitFor(
            [&] {
                while (before + run.arrivalsMs.size() < m_server.receivedRequests().size())
                    run.arrivalsMs.append(clock.elapsed());
                return finished.size() > 0;
            },
            90000);
        run.elapsedMs = clock.elapsed();
        run.log = QString::fromUtf8(master.readAll());
        for (QProcess *worker : workerProcesses) {
            if (!worker->waitForFinished(10000))
                worker->kill();
            worker->waitForFinished(2000);
        }
        qDeleteAll(workerProcesses);
        if (!run.ended) {
            master.kill();
            master.waitForFinished(2000);
            return run;
        }
        const QStringList row = csvRows(folder + u"/run_stats.csv"_s).value(u"GET,/every"_s);
        if (row.size() > 3) {
            run.requests = row.at(2).toInt();
            run.failures = row.at(3).toInt();
        }
        run.heads = m_server.receivedRequests().mid(before);
        return run;
    }

    // `gatescope convert` of a curl command line to `query` on the fault server, with a token.
    QString convert(const QString &to, const QString &query, const QStringList &options)
    {
        const QString capture = m_dir.filePath(u"request-%1.curl"_s.arg(++m_captures));
        QFile file(capture);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("curl -H 'Authorization: " + QByteArray(Token) + "' -H 'Accept: application/json' '"
                   + m_server.url(query).toEncoded() + "'\n");
        file.close();
        QProcess process;
        process.setProcessEnvironment(cleanEnvironment());
        process.start(m_binary, QStringList { u"convert"_s, capture, u"--to"_s, to } + options);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning("convert failed: %s", process.readAllStandardError().constData());
            return {};
        }
        const QString err = QString::fromUtf8(process.readAllStandardError());
        if (!err.contains(u"GATESCOPE_AUTHORIZATION"_s))
            qWarning("convert did not name the environment variable: %s", qPrintable(err));
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString m_binary;
    FaultServer m_server;
    QTemporaryDir m_dir;
    int m_captures = 0;
};

QTEST_MAIN(LoadScriptsTest)
#include "tst_loadscripts.moc"
