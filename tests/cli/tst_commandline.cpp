// The command line as a whole: the tables Cli::parse reads, and the built binary ($GATESCOPE_BINARY)
// run in a QProcess for what the parse decides — report format spellings, the application kind,
// the language of --help, usage lines, --version, unknown commands and the window without display.
#include "cli/CommandLine.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatescope;
using namespace Gatescope::Cli;
using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString m_binary;
    QTemporaryDir m_dir;
    QString m_response; // a raw 502 response, diagnosable offline

    // Runs gatescope in the C locale unless `locale` is given; `removed` variables are unset.
    Run gatescope(const QStringList &arguments, const QString &locale = u"C.UTF-8"_s, const QStringList &removed = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *variable : { "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
            env.remove(QString::fromLatin1(variable));
        env.insert(u"LANG"_s, locale);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        for (const QString &variable : removed)
            env.remove(variable);
        process.setProcessEnvironment(env);
        process.start(m_binary, arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            process.kill();
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("GATESCOPE_BINARY");
        QVERIFY2(QFile::exists(m_binary), "GATESCOPE_BINARY must name the built gatescope binary");
        QVERIFY(m_dir.isValid());
        m_response = m_dir.filePath(u"502.txt"_s);
        QFile file(m_response);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.24.0\r\nContent-Type: text/html\r\n"
                   "Content-Length: 22\r\n\r\n<h1>502 Bad Gateway</h1>");
    }

    void everyCommandIsDataWithTexts()
    {
        QSet<QString> names;
        for (const CommandSpec &spec : commandSpecs()) {
            QVERIFY2(spec.summary && spec.description, qPrintable(spec.name));
            QVERIFY2(!names.contains(spec.name), qPrintable(spec.name));
            names.insert(spec.name);
            for (const OptionSpec &option : spec.options) {
                QVERIFY2(option.description, qPrintable(spec.name + u" --"_s + option.longName()));
                if (!option.allowedValues.isEmpty())
                    QVERIFY2(option.takesValue(), qPrintable(option.longName()));
            }
        }
        QCOMPARE(windowSpec().id, CommandId::Window);
        QVERIFY(windowSpec().name.isEmpty());
        QVERIFY(commandSpec(u"diagnose"));
        QVERIFY(!commandSpec(u"diagnoes"));
        QCOMPARE(closestCommandName(u"diagnoes"), u"diagnose"_s);
        QCOMPARE(closestCommandName(u"conevrt"), u"convert"_s);
    }

    void parseTypesTheOptionsAndNamesTheApplication_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("application");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("pageSize");
        const int core = int(ApplicationKind::Core), offscreen = int(ApplicationKind::OffscreenGui);
        QTest::newRow("text by default") << QStringList { u"diagnose"_s, u"x"_s } << core << int(ReportFormat::Text)
                                         << int(QPageSize::A4);
        QTest::newRow("json") << QStringList { u"diagnose"_s, u"x"_s, u"-f"_s, u"json"_s } << core
                              << int(ReportFormat::Json) << int(QPageSize::A4);
        QTest::newRow("--format PDF") << QStringList { u"diagnose"_s, u"x"_s, u"--format"_s, u"PDF"_s } << offscreen
                                      << int(ReportFormat::Pdf) << int(QPageSize::A4);
        QTest::newRow("-fpdf") << QStringList { u"replay"_s, u"x"_s, u"-fpdf"_s } << offscreen << int(ReportFormat::Pdf)
                               << int(QPageSize::A4);
        QTest::newRow("--format=Pdf letter")
            << QStringList { u"diagnose"_s, u"--format=Pdf"_s, u"--page-size"_s, u"Letter"_s, u"x"_s } << offscreen
            << int(ReportFormat::Pdf) << int(QPageSize::Letter);
        QTest::newRow("markdown alias") << QStringList { u"diagnose"_s, u"x"_s, u"--format"_s, u"markdown"_s } << core
                                        << int(ReportFormat::Markdown) << int(QPageSize::A4);
    }

    void parseTypesTheOptionsAndNamesTheApplication()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, application);
        QFETCH(int, format);
        QFETCH(int, pageSize);
        const Result<Invocation> invocation = parse(QStringList { u"gatescope"_s } + arguments);
        QVERIFY2(invocation, qPrintable(invocation.error()));
        QCOMPARE(int(invocation->application), application);
        QCOMPARE(int(invocation->report.format), format);
        QCOMPARE(int(invocation->report.pageSize), pageSize);
        QCOMPARE(invocation->arguments, QStringList { u"x"_s });
    }

    void parseRejectsWhatTheTablesDoNotAllow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format") << QStringList { u"diagnose"_s, u"x"_s, u"-f"_s, u"yaml"_s }
                                        << u"gatescope diagnose: --format: unknown value 'yaml'"_s;
        QTest::newRow("unknown page size") << QStringList { u"diagnose"_s, u"x"_s, u"--page-size"_s, u"a3"_s }
                                           << u"gatescope diagnose: --page-size: unknown value 'a3'"_s;
        QTest::newRow("convert without --to")
            << QStringList { u"convert"_s, u"x"_s } << u"gatescope convert: --to is required: har, curl, http"_s;
        QTest::newRow("lab with an argument")
            << QStringList { u"lab"_s, u"now"_s } << u"gatescope lab: unexpected argument 'now'"_s;
        QTest::newRow("probe without URL") << QStringList { u"probe"_s } << u"gatescope probe: URL is required"_s;
        QTest::newRow("unknown command") << QStringList { u"diagnoes"_s, u"x.har"_s }
                                         << u"gatescope: unknown command 'diagnoes' (did you mean 'diagnose'?)"_s;
        QTest::newRow("help for an unknown command")
            << QStringList { u"help"_s, u"prbe"_s }
            << u"gatescope help: unknown command 'prbe' (did you mean 'probe'?)"_s;
        QTest::newRow("bad color scheme")
            << QStringList { u"--color-scheme"_s, u"blue"_s } << u"gatescope: --color-scheme: unknown value 'blue'"_s;
    }

    void parseRejectsWhatTheTablesDoNotAllow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Result<Invocation> invocation = parse(QStringList { u"gatescope"_s } + arguments);
        QVERIFY(!invocation);
        QVERIFY2(invocation.error().startsWith(message), qPrintable(invocation.error()));
    }

    void pdfIsWrittenWhateverTheSpelling_data()
    {
        QTest::addColumn<QStringList>("format");
        QTest::newRow("--format PDF") << QStringList { u"--format"_s, u"PDF"_s };
        QTest::newRow("-fpdf") << QStringList { u"-fpdf"_s };
        QTest::newRow("--format=Pdf") << QStringList { u"--format=Pdf"_s };
        QTest::newRow("-f pdf") << QStringList { u"-f"_s, u"pdf"_s };
    }

    void pdfIsWrittenWhateverTheSpelling()
    {
        QFETCH(QStringList, format);
        const QString output = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).remove(u' ') + u".pdf"_s);
        const Run run = gatescope(QStringList { u"diagnose"_s, m_response, u"-o"_s, output } + format);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile pdf(output);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void helpIsInTheUsersLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANG=de diagnose --help")
            << QStringList { u"diagnose"_s, u"--help"_s } << u"de_DE.UTF-8"_s << u"Ausgabeformat"_s;
        QTest::newRow("--lang de diagnose --help")
            << QStringList { u"diagnose"_s, u"--lang"_s, u"de"_s, u"--help"_s } << u"C.UTF-8"_s << u"Ausgabeformat"_s;
        QTest::newRow("LANG=de convert --help")
            << QStringList { u"convert"_s, u"--help"_s } << u"de_DE.UTF-8"_s << u"Optionen:"_s;
        QTest::newRow("LANG=zh_CN --help") << QStringList { u"--help"_s } << u"zh_CN.UTF-8"_s << u"用法"_s;
        QTest::newRow("LANG=de unknown command")
            << QStringList { u"diagnoes"_s, u"x.har"_s } << u"de_DE.UTF-8"_s << u"unbekannter Befehl"_s;
        QTest::newRow("C stays English") << QStringList { u"diagnose"_s, u"--help"_s } << u"C.UTF-8"_s
                                         << u"Output format"_s;
    }

    void helpIsInTheUsersLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const Run run = gatescope(arguments, locale);
        const QString all = run.out + run.err;
        QVERIFY2(all.contains(expected), qPrintable(all));
    }

    void usageLineNamesTheCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        for (const CommandSpec &spec : commandSpecs()) {
            if (spec.name.isEmpty())
                continue;
            const QString usage = u"Usage: gatescope "_s + spec.name + u" [options]"_s;
            QTest::addRow("%s --help", qPrintable(spec.name)) << QStringList { spec.name, u"--help"_s } << usage;
            QTest::addRow("help %s", qPrintable(spec.name)) << QStringList { u"help"_s, spec.name } << usage;
        }
        QTest::newRow("--help") << QStringList { u"--help"_s } << u"Usage: gatescope [options] [FILE…]"_s;
    }

    void usageLineNamesTheCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        const Run run = gatescope(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(usage), qPrintable(run.out));
        QVERIFY2(!run.out.contains(m_binary), qPrintable(run.out));
    }

    void overviewListsCommandsAndTheWindowsOptions()
    {
        const Run run = gatescope({ u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        for (const CommandSpec &spec : commandSpecs())
            QVERIFY2(run.out.contains(u"  "_s + spec.name), qPrintable(spec.name));
        for (const QString &option : { u"--lang <locale>"_s, u"--color-scheme <scheme>"_s, u"--version"_s })
            QVERIFY2(run.out.contains(option), qPrintable(option + u'\n' + run.out));
    }

    void versionNamesGatescopeAndQt()
    {
        for (const QString &option : { u"--version"_s, u"-v"_s }) {
            const Run run = gatescope({ option });
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(
                run.out,
                u"gatescope %1 (Qt %2)\n"_s.arg(QStringLiteral(GATESCOPE_VERSION), QString::fromLatin1(qVersion())));
        }
    }

    void unknownCommandNamesTheClosestOne()
    {
        const Run run = gatescope({ u"diagnoes"_s, u"x.har"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"unknown command 'diagnoes'"_s) && run.err.contains(u"did you mean 'diagnose'?"_s),
                 qPrintable(run.err));
    }

    void windowWithoutDisplayIsOneLineExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no argument") << QStringList {};
        QTest::newRow("an existing file opens the window") << QStringList { m_response };
        QTest::newRow("window options") << QStringList { u"--color-scheme"_s, u"dark"_s };
    }

    void windowWithoutDisplayIsOneLineExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run
            = gatescope(arguments, u"C.UTF-8"_s, { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(u"gatescope: no display"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
