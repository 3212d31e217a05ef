// `gatescope convert --to locust|k6` as a user runs it (the built binary, GATESCOPE_BINARY), and
// the scripts run: the locustfile by Debian's python3-locust, headless, against the lab's fault
// origin on loopback — once standalone and once as a master with two workers — its CSV statistics
// read back (every 3rd request to /every is a 502, so the failure count is a third of the requests,
// and the origin saw exactly that many); the k6 script (k6 is not packaged for Debian) checked by
// Node's parser and for its structure. The credential of the capture is read from an environment
// variable and never appears in either script.
#include "lab/FaultServer.h"

#include <QDir>
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

    void writesAK6ScriptNodeCanParse()
    {
        const QString script = convert(u"k6"_s, u"/every?n=3&code=502&k6=1"_s, u"1:3:1:10"_s);
        QVERIFY(!script.isEmpty());
        QVERIFY2(!script.contains(QString::fromLatin1(Token).section(u' ', 1)), "the token is written inline");
        for (const QString &part :
             { u"import http from 'k6/http';"_s, u"executor: 'ramping-vus'"_s, u"server_errors: ['rate<0.01']"_s,
               u"secret(\"GATESCOPE_AUTHORIZATION\")"_s, u"response.status >= 500"_s, u"target: 3"_s,
               u"duration: '10s'"_s, u"'http_reqs{status:502}': ['count>=0']"_s })
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
        const QString locust = QStandardPaths::findExecutable(u"locust"_s);
        QVERIFY2(!locust.isEmpty(), "locust (Debian package python3-locust) is needed to run the locustfile");
        const QString query = u"/every?n=3&code=502&locust=%1"_s.arg(workers);
        // Two users for 2 s, then three for 2 s: each sends a request about every second.
        const QString script = convert(u"locust"_s, query, u"2:3:1:2"_s);
        QVERIFY(!script.isEmpty());
        QVERIFY2(!script.contains(QString::fromLatin1(Token).section(u' ', 1)), "the token is written inline");
        QVERIFY2(script.contains(u"class GatescopeRamp(LoadTestShape):"_s) && script.contains(u"HttpUser"_s),
                 qPrintable(script));
        const QString folder = m_dir.filePath(u"locust-%1"_s.arg(workers));
        QVERIFY(QDir().mkpath(folder));
        const QString locustfile = folder + u"/locustfile.py"_s;
        QFile file(locustfile);
        QVERIFY(file.open(QIODevice::WriteOnly));
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
            QVERIFY(launcher.open(QIODevice::ReadOnly));
            const QByteArray shebang = launcher.readLine().trimmed();
            QVERIFY2(shebang.startsWith("#!"), shebang.constData());
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
        master.start(program, prefix + arguments);
        QVERIFY(master.waitForStarted(10000));
        const bool ended = QTest::qWaitFor([&] { return finished.size() > 0; }, 90000);
        const QString log = QString::fromUtf8(master.readAll());
        for (QProcess *worker : workerProcesses) {
            if (!worker->waitForFinished(10000))
                worker->kill();
            worker->waitForFinished(2000);
        }
        qDeleteAll(workerProcesses);
        if (!ended)
            master.kill();
        QVERIFY2(ended, qPrintable(log));

        const QHash<QString, QStringList> stats = csvRows(folder + u"/run_stats.csv"_s);
        const QStringList row = stats.value(u"GET,/every"_s);
        QVERIFY2(row.size() > 3, qPrintable(log));
        const int requests = row.at(2).toInt();
        const int failures = row.at(3).toInt();
        // What the origin saw is what Locust counted, with the token from the environment. In
        // distributed mode a worker's request still in flight when the master stops the run reaches
        // the origin but not the master's stats: at most one per worker goes uncounted.
        QList<QByteArray> heads = m_server.receivedRequests().mid(before);
        const int uncounted = int(heads.size()) - requests;
        QVERIFY2(uncounted >= 0 && uncounted <= workers,
                 qPrintable(u"origin saw %1, Locust counted %2"_s.arg(heads.size()).arg(requests)));
        QVERIFY(requests >= 4);
        for (const QByteArray &head : std::as_const(heads))
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

private:
    // `gatescope convert` of a curl command line to `query` on the fault server, with a token.
    QString convert(const QString &to, const QString &query, const QString &ramp)
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
        process.start(m_binary, { u"convert"_s, capture, u"--to"_s, to, u"--ramp"_s, ramp });
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
