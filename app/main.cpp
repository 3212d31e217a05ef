// gatescope: no arguments (or only GUI options) → the window; a subcommand → headless CLI.
#include "cli/CommandLine.h"
#include "gui/GuiApplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

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
        if (!Gatescope::Cli::needsGuiToolkit(arguments)) {
            QCoreApplication app(argc, argv);
            return Gatescope::Cli::run(arguments);
        }
        // PDF rendering lays out text with fonts: a QGuiApplication, headless unless a display exists.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return Gatescope::Cli::run(arguments);
    }

    QApplication app(argc, argv);
    return Gatescope::Gui::runApplication(app);
}
