#include "cli/CommandLine.h"

#include "cli/ConvertCommand.h"
#include "cli/DiagnoseCommand.h"
#include "cli/LabCommand.h"
#include "cli/ProbeCommand.h"
#include "cli/TerminalOutput.h"

#include <QCoreApplication>

namespace Gatescope::Cli {

namespace {

struct Subcommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

const Subcommand subcommands[] = {
    { "probe", QT_TRANSLATE_NOOP("Gatescope::Cli", "send a request and show where the time went and how it ended"),
      &runProbeCommand },
    { "diagnose",
      QT_TRANSLATE_NOOP("Gatescope::Cli", "diagnose a 5xx from a raw response, a HAR file, a curl line or a URL"),
      &runDiagnoseCommand },
    { "replay", QT_TRANSLATE_NOOP("Gatescope::Cli", "send captured request(s) again and diagnose what comes back"),
      &runReplayCommand },
    { "convert", QT_TRANSLATE_NOOP("Gatescope::Cli", "convert between HAR, curl, raw HTTP and .http files"),
      &runConvertCommand },
    { "lab", QT_TRANSLATE_NOOP("Gatescope::Cli", "run the built-in 5xx lab on loopback"), &runLabCommand },
};

QString usage()
{
    QString text
        = QCoreApplication::translate("Gatescope::Cli",
                                      "Usage: gatescope [--lang LOCALE]           start the window\n"
                                      "       gatescope COMMAND [OPTIONS]         run headless\n\nCommands:\n");
    for (const Subcommand &command : subcommands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                         QCoreApplication::translate("Gatescope::Cli", command.summary));
    }
    text
        += QCoreApplication::translate("Gatescope::Cli", "\nRun 'gatescope COMMAND --help' for a command's options.\n");
    return text;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first == u"--help" || first == u"-h" || first == u"--version" || first == u"-v" || first == u"help")
        return true;
    for (const Subcommand &command : subcommands) {
        if (first == QLatin1StringView(command.name))
            return true;
    }
    return false;
}

bool needsGuiToolkit(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--format=pdf" || argument == u"--to=pdf")
            return true;
        if ((argument == u"--format" || argument == u"--to" || argument == u"-f") && arguments.value(i + 1) == u"pdf")
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == u"--version" || first == u"-v") {
        writeOut(QStringLiteral("gatescope %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        writeOut(usage());
        return 0;
    }
    for (const Subcommand &command : subcommands) {
        if (first == QLatin1StringView(command.name))
            return command.run(arguments.mid(1));
    }
    writeErr(QCoreApplication::translate("Gatescope::Cli", "gatescope: unknown command '%1'\n").arg(first) + usage());
    return 2;
}

} // namespace Gatescope::Cli
