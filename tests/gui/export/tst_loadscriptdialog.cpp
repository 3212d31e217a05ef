// "Export as Locust or k6…" following a user: File → Export as Locust or k6… with a request in the
// builder (its Authorization header becomes an environment variable, the token never reaches the
// script); a collection picked in the sidebar exports all its requests; the Ramp window's Export
// as… carries its steps into the script's LoadTestShape / ramping-vus stages; the Watch window's
// one user for the watch's duration, one request every interval. Saving writes exactly the script shown, atomically,
// and the saved files parse: the locustfile with python3's ast, the k6 script with `node --check` when Node is
// installed (k6 itself is not packaged for Debian).
#include "gui/MainWindow.h"
#include "gui/export/LoadScriptDialog.h"
#include "gui/ramp/RampWindow.h"
#include "gui/request/RequestEditor.h"
#include "gui/watch/WatchWindow.h"
#include "gui/workspace/WorkspaceModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatescope::LoadScriptExporter::Engine)

namespace {

constexpr auto Token = "Bearer s3cr3t-t0ken-for-the-test";

RequestSpec requestFor(const QString &url)
{
    RequestSpec request;
    request.url = QUrl(url);
    request.headers.append(HeaderField { "Accept", "application/json" });
    request.headers.append(HeaderField { "Authorization", Token });
    request.options.useEnvironmentProxy = false;
    return request;
}

// Python's own parser on the saved locustfile; Node's on the k6 script (skipped without Node).
QString parseProblem(const QString &path, LoadScriptExporter::Engine engine)
{
    QProcess process;
    if (engine == LoadScriptExporter::Engine::Locust) {
        process.start(u"python3"_s, { u"-c"_s, u"import ast,sys; ast.parse(open(sys.argv[1]).read())"_s, path });
    } else {
        if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
            return {};
        // node --check wants a module for import/export: a copy named .mjs.
        const QString module = path + u".mjs"_s;
        QFile::remove(module);
        QFile::copy(path, module);
        process.start(u"node"_s, { u"--check"_s, module });
    }
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError());
    return {};
}

} // namespace

class TestLoadScriptDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_folder.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_folder.filePath(u"settings"_s));
    }

    // File → Export as Locust or k6… with the builder's request: the dialog opens on Locust,
    // the token is not in the script, its variable is named; k6 is one choice away; Save writes
    // the shown script, and it parses.
    void exportsTheBuilderRequest_data()
    {
        QTest::addColumn<LoadScriptExporter::Engine>("engine");
        QTest::addColumn<QString>("marker");
        QTest::newRow("Locust locustfile") << LoadScriptExporter::Engine::Locust << u"class GatescopeUser(HttpUser)"_s;
        QTest::newRow("k6 script") << LoadScriptExporter::Engine::K6 << u"executor: 'ramping-vus'"_s;
    }
    void exportsTheBuilderRequest()
    {
        QFETCH(LoadScriptExporter::Engine, engine);
        QFETCH(QString, marker);
        MainWindow main(m_folder.filePath(u"data-builder"_s));
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        main.sidebar()->setCurrentIndex({});
        main.requestEditor()->setRequest(requestFor(u"http://127.0.0.1:9/orders?id=7"_s));
        // The action sits in the File menu, after Export report….
        QVERIFY(!main.loadScriptAction()->associatedObjects().isEmpty());
        main.loadScriptAction()->trigger();
        auto *dialog = main.findChild<LoadScriptDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->engine(), LoadScriptExporter::Engine::Locust);
        QVERIFY(!dialog->ramp()); // a single request: the engine's own command line sets the users
        auto *engines = dialog->findChild<QComboBox *>(u"loadScriptEngine"_s);
        engines->setCurrentIndex(engines->findData(int(engine)));
        const QString shown = dialog->findChild<QPlainTextEdit *>(u"loadScriptPreview"_s)->toPlainText();
        QVERIFY2(shown.contains(marker), qPrintable(shown));
        QVERIFY2(shown.contains(u"http://127.0.0.1:9/orders?id=7"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1StringView(Token)) && !shown.contains(u"s3cr3t"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"secret(\"GATESCOPE_AUTHORIZATION\")"_s), qPrintable(shown));
        const QString variables = dialog->findChild<QLabel *>(u"loadScriptVariables"_s)->text();
        QVERIFY2(variables.contains(u"GATESCOPE_AUTHORIZATION"_s), qPrintable(variables));

        const QString path
            = m_folder.filePath(engine == LoadScriptExporter::Engine::Locust ? u"builder.py"_s : u"builder.js"_s);
        QVERIFY(dialog->saveTo(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), shown);
        QVERIFY2(dialog->findChild<QLabel *>(u"loadScriptStatus"_s)->text().contains(QFileInfo(path).fileName()),
                 qPrintable(dialog->findChild<QLabel *>(u"loadScriptStatus"_s)->text()));
        const QString problem = parseProblem(path, engine);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        dialog->close();
    }

    // A collection picked in the sidebar: its context menu offers the export, and every request
    // of it is in the script, in order.
    void exportsACollection()
    {
        MainWindow main(m_folder.filePath(u"data-collection"_s));
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        const QString id = main.workspace()->addCollection(
            u"Checkout"_s, { requestFor(u"http://127.0.0.1:9/cart"_s), requestFor(u"http://127.0.0.1:9/pay"_s) });
        main.sidebar()->setCurrentIndex(main.workspace()->indexForCollection(id));
        main.loadScriptAction()->trigger();
        auto *dialog = main.findChild<LoadScriptDialog *>();
        QVERIFY(dialog);
        const QString what = dialog->findChild<QLabel *>(u"loadScriptWhat"_s)->text();
        QVERIFY2(what.contains(u"Requests from Checkout: 2,"_s), qPrintable(what));
        const QString shown = QString::fromUtf8(dialog->script());
        const qsizetype cart = shown.indexOf(u"\"http://127.0.0.1:9/cart\""_s);
        const qsizetype pay = shown.indexOf(u"\"http://127.0.0.1:9/pay\""_s);
        QVERIFY2(cart > 0 && pay > cart, qPrintable(shown));
        QVERIFY(!shown.contains(u"s3cr3t"_s));
        dialog->close();
    }

    // The Ramp window's Export as…: its from/to/step/hold become the script's ramp.
    void rampWindowExportsItsSteps_data()
    {
        QTest::addColumn<LoadScriptExporter::Engine>("engine");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Locust: LoadTestShape levels")
            << LoadScriptExporter::Engine::Locust
            << QStringList { u"levels = [2, 5, 8, 9]"_s, u"hold_seconds = 4"_s, u"class GatescopeRamp(LoadTestShape)"_s,
                             u"REQUEST_BUDGET = 120\n"_s };
        QTest::newRow("k6: ramping-vus stages")
            << LoadScriptExporter::Engine::K6
            << QStringList { u"startVUs: 2"_s, u"{ duration: '4s', target: 9 }"_s, u"server_errors: ['rate<0.01']"_s,
                             u"const REQUEST_BUDGET = 120;"_s };
    }
    void rampWindowExportsItsSteps()
    {
        QFETCH(LoadScriptExporter::Engine, engine);
        QFETCH(QStringList, expected);
        const Diagnoser diagnoser;
        RampWindow window(requestFor(u"http://127.0.0.1:9/slow"_s), diagnoser);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QSpinBox *>(u"rampFrom"_s)->setValue(2);
        window.findChild<QSpinBox *>(u"rampTo"_s)->setValue(9);
        window.findChild<QSpinBox *>(u"rampStep"_s)->setValue(3);
        window.findChild<QSpinBox *>(u"rampHold"_s)->setValue(4);
        window.findChild<QSpinBox *>(u"rampMaxRequests"_s)->setValue(120); // the budget goes with the steps
        QTest::mouseClick(window.findChild<QPushButton *>(u"rampExport"_s), Qt::LeftButton);
        auto *dialog = window.findChild<LoadScriptDialog *>();
        QVERIFY(dialog);
        QVERIFY(!window.runner()->isRunning()); // exporting sends nothing
        QVERIFY(dialog->ramp());
        QCOMPARE(dialog->ramp()->levels(), (QList<int> { 2, 5, 8, 9 }));
        dialog->setEngine(engine);
        const QString shown = dialog->findChild<QPlainTextEdit *>(u"loadScriptPreview"_s)->toPlainText();
        for (const QString &line : expected)
            QVERIFY2(shown.contains(line), qPrintable(line + u"\n---\n"_s + shown));
        const QString path
            = m_folder.filePath(engine == LoadScriptExporter::Engine::Locust ? u"ramp.py"_s : u"ramp.js"_s);
        QVERIFY(dialog->saveTo(path));
        const QString problem = parseProblem(path, engine);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Turning the ramp off in the dialog leaves the users to the engine's command line.
        dialog->findChild<QCheckBox *>(u"loadScriptUseRamp"_s)->setChecked(false);
        QVERIFY(!dialog->ramp());
        QVERIFY(!dialog->findChild<QSpinBox *>(u"loadScriptTo"_s)->isEnabled());
        QVERIFY(!QString::fromUtf8(dialog->script()).contains(u"target: 9"_s));
    }

    // The Watch window's Export as…: one user for as long as the watch lasts (every × count).
    void watchWindowExportsOneUserForItsDuration_data()
    {
        QTest::addColumn<double>("every");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("holdSeconds");
        QTest::newRow("1 s × 60") << 1.0 << 60 << 60;
        QTest::newRow("0.5 s × 9 rounds up to 5 s") << 0.5 << 9 << 5;
    }
    void watchWindowExportsOneUserForItsDuration()
    {
        QFETCH(double, every);
        QFETCH(int, count);
        QFETCH(int, holdSeconds);
        const Diagnoser diagnoser;
        WatchWindow window(requestFor(u"http://127.0.0.1:9/every"_s), diagnoser, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDoubleSpinBox *>(u"watchEvery"_s)->setValue(every);
        window.findChild<QSpinBox *>(u"watchCount"_s)->setValue(count);
        QTest::mouseClick(window.findChild<QPushButton *>(u"watchExport"_s), Qt::LeftButton);
        auto *dialog = window.findChild<LoadScriptDialog *>();
        QVERIFY(dialog);
        QVERIFY(!window.runner()->isRunning());
        QVERIFY(dialog->ramp());
        QCOMPARE(dialog->ramp()->levels(), QList<int> { 1 });
        QCOMPARE(dialog->ramp()->holdSeconds, holdSeconds);
        // … and one request every interval, as watched: Locust's constant_pacing, a sleep in k6.
        dialog->setEngine(LoadScriptExporter::Engine::K6);
        const QString k6 = QString::fromUtf8(dialog->script());
        QVERIFY2(k6.contains(u"{ duration: '%1s', target: 1 }"_s.arg(holdSeconds)), qPrintable(k6));
        QVERIFY2(k6.contains(u"sleep(Math.max(0, %1 - (Date.now() - started) / 1000));"_s.arg(every)), qPrintable(k6));
        dialog->setEngine(LoadScriptExporter::Engine::Locust);
        const QString locust = QString::fromUtf8(dialog->script());
        QVERIFY2(locust.contains(u"wait_time = constant_pacing(%1)"_s.arg(every)), qPrintable(locust));
        // No more requests than were watched.
        QVERIFY2(locust.contains(u"REQUEST_BUDGET = %1\n"_s.arg(count)), qPrintable(locust));
        for (const auto &[engine, name] : { std::pair { LoadScriptExporter::Engine::Locust, u"watch.py"_s },
                                            std::pair { LoadScriptExporter::Engine::K6, u"watch.js"_s } }) {
            dialog->setEngine(engine);
            const QString path = m_folder.filePath(name);
            QVERIFY(dialog->saveTo(path));
            const QString problem = parseProblem(path, engine);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    // A ramp of more than 1000 steps (the CLI's --ramp bound) is refused here too.
    void tooManyStepsCannotBeSaved()
    {
        LoadScriptDialog dialog({ requestFor(u"http://127.0.0.1:9/"_s) }, LoadRamp { 1, 5000, 1, 1 }, u"x"_s);
        QVERIFY(!dialog.findChild<QPushButton *>(u"loadScriptSave"_s)->isEnabled());
        QVERIFY2(dialog.findChild<QLabel *>(u"loadScriptStatus"_s)->text().contains(u"5000 steps"_s),
                 qPrintable(dialog.findChild<QLabel *>(u"loadScriptStatus"_s)->text()));
        dialog.findChild<QSpinBox *>(u"loadScriptStep"_s)->setValue(100);
        QVERIFY(dialog.findChild<QPushButton *>(u"loadScriptSave"_s)->isEnabled());
    }

private:
    QTemporaryDir m_folder;
};

QTEST_MAIN(TestLoadScriptDialog)
#include "tst_loadscriptdialog.moc"
