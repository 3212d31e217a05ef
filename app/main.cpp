// gatescope: no arguments (or only GUI options) → the window; a subcommand → headless CLI.
#include "CommandLine.h"
#include "GuiApplication.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("Gatescope"));
    QCoreApplication::setApplicationName(QStringLiteral("gatescope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATESCOPE_VERSION));

    if (Gatescope::Cli::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        return Gatescope::Cli::run(arguments);
    }

    QApplication app(argc, argv);
    return Gatescope::Gui::runApplication(app);
}
