// gatescope: the command line is read first, before any application object exists (Cli::parse);
// then exactly the application the invocation needs is created — a QCoreApplication for the
// headless commands, an offscreen QGuiApplication for a PDF report, a QApplication for the
// window — with the translators installed for every one of them.
#include "Translations.h"
#include "cli/CommandLine.h"
#include "cli/TerminalOutput.h"
#include "gui/GuiApplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

using namespace Gatescope;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Main)
};

// Qt aborts when it cannot reach a display; say so in one line instead. Only where a display
// server is a variable of the environment (X11, Wayland); QT_QPA_PLATFORM chooses another platform.
bool windowCanOpen()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

Gui::ColorScheme colorSchemeOf(const Cli::Invocation &invocation)
{
    switch (invocation.colorScheme) {
    case Cli::ColorScheme::Light:
        return Gui::ColorScheme::Light;
    case Cli::ColorScheme::Dark:
        return Gui::ColorScheme::Dark;
    case Cli::ColorScheme::System:
        break;
    }
    return Gui::ColorScheme::System;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("Gatescope"));
    QCoreApplication::setApplicationName(QStringLiteral("gatescope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATESCOPE_VERSION));

    const Result<Cli::Invocation> invocation = Cli::parse(arguments);
    if (!invocation) {
        QCoreApplication app(argc, argv);
        installTranslators(QString());
        // The first message was worded before any translator existed; parsing is pure, so the
        // second parse words the same error in the user's language.
        Cli::writeErr(Cli::parse(arguments).error() + u'\n');
        return 2;
    }

    switch (invocation->application) {
    case Cli::ApplicationKind::Core: {
        QCoreApplication app(argc, argv);
        installTranslators(invocation->locale);
        return Cli::run(invocation.value());
    }
    case Cli::ApplicationKind::OffscreenGui: {
        // A PDF lays out text with fonts and paints the waterfall: QtGui, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslators(invocation->locale);
        return Cli::run(invocation.value());
    }
    case Cli::ApplicationKind::Window:
        break;
    }

    if (!windowCanOpen()) {
        QCoreApplication app(argc, argv);
        installTranslators(invocation->locale);
        Cli::writeErr(Tr::tr("gatescope: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not "
                             "set); run 'gatescope --help' for the commands that need none")
                      + u'\n');
        return 2;
    }
    QApplication app(argc, argv);
    installTranslators(invocation->locale);
    return Gui::runApplication(app, invocation->arguments, colorSchemeOf(invocation.value()));
}
