// The real binary, killed with SIGKILL right after autosave and started again, gives back the
// request that was typed. Runs gatescope ($GATESCOPE_BINARY) offscreen with HOME and the XDG
// folders in a temporary directory; the typing goes through the URL field as key events.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_WorkspaceRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedRequestSurvivesSigkill_data();
    void typedRequestSurvivesSigkill();

private:
    QProcessEnvironment environment(const QTemporaryDir &dir) const;
    static bool waitForLine(QProcess &process, const QByteArray &prefix, QByteArray *line, int timeoutMs);
};

QProcessEnvironment tst_WorkspaceRestart::environment(const QTemporaryDir &dir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, dir.path());
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, dir.path());
    return env;
}

bool tst_WorkspaceRestart::waitForLine(QProcess &process, const QByteArray &prefix, QByteArray *line, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        while (process.canReadLine()) {
            const QByteArray next = process.readLine().trimmed();
            if (next.startsWith(prefix)) {
                *line = next;
                return true;
            }
        }
        if (process.state() != QProcess::Running)
            return false;
        process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return false;
}

void tst_WorkspaceRestart::typedRequestSurvivesSigkill_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("a complete URL") << u"http://127.0.0.1:8080/orders?id=42&sort=desc"_s;
    // Not a valid URL yet (a space in the host): still nothing typed may be lost.
    QTest::newRow("a half-typed, invalid URL") << u"https://api.exa mple/orders"_s;
}

void tst_WorkspaceRestart::typedRequestSurvivesSigkill()
{
    QFETCH(QString, typed);
    const QString binary = qEnvironmentVariable("GATESCOPE_BINARY");
    QVERIFY2(QFile::exists(binary), "GATESCOPE_BINARY must name the built gatescope");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // Given a first run where the user types a URL
    QProcess first;
    QProcessEnvironment env = environment(dir);
    env.insert(u"GATESCOPE_TEST_TYPE_URL"_s, typed);
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::SeparateChannels);
    first.start(binary, {});
    QVERIFY2(first.waitForStarted(), qPrintable(first.errorString()));
    QByteArray line;
    QVERIFY2(waitForLine(first, "gatescope-test: typed", &line, 30000), first.readAllStandardError().constData());
    // When autosave has written it and the process is killed without any chance to clean up
    QVERIFY2(waitForLine(first, "gatescope-test: saved", &line, 10000), "autosave did not happen after typing");
    first.kill(); // SIGKILL
    QVERIFY(first.waitForFinished(5000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    // Then a second run comes back with the request as typed
    QProcess second;
    QProcessEnvironment env2 = environment(dir);
    env2.insert(u"GATESCOPE_TEST_PRINT_REQUEST"_s, u"1"_s);
    second.setProcessEnvironment(env2);
    second.start(binary, {});
    QVERIFY2(second.waitForStarted(), qPrintable(second.errorString()));
    QVERIFY2(waitForLine(second, "gatescope-test: request", &line, 30000), second.readAllStandardError().constData());
    second.kill();
    second.waitForFinished(5000);
    QCOMPARE(QString::fromUtf8(line), u"gatescope-test: request GET "_s + typed);
}

QTEST_GUILESS_MAIN(tst_WorkspaceRestart)
#include "tst_workspace_restart.moc"
