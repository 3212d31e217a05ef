#include "gui/GuiApplication.h"

#include "gui/MainWindow.h"
#include "gui/TestHooks.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "gatescope.gui", QtInfoMsg)

namespace Gatescope::Gui {

namespace {

// Strings of the command line, translated once a translator is installed.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Gui::GuiApplication)
};

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x54, 0x9c, 0xff));
    palette.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x44));
    palette.setColor(QPalette::Midlight, QColor(0x34, 0x37, 0x3b));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, QColor(0x6f, 0x72, 0x77));
    return palette;
}

void installTranslators(QApplication &app, const QString &localeName)
{
    const QLocale locale(localeName);
    QLocale::setDefault(locale);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, u"gatescope"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
    else
        qCDebug(lcApp) << "no Gatescope translation for" << localeName;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    // Qt 6.4 has no QStyleHints::colorScheme(); the window colour says it.
    return palette.color(QPalette::Window).lightness() < 128;
}

int runApplication(QApplication &app)
{
    QGuiApplication::setDesktopFileName(u"gatescope"_s);

    // The language must be known before any translated text, so --lang is read first.
    QString localeName = QLocale::system().name();
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            localeName = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(u"--lang="))
            localeName = arguments.at(i).mid(7);
    }
    installTranslators(app, localeName);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Gatescope tells which hop produced an HTTP 5xx, why, and what to do about it.\n"
               "Without arguments it opens the workbench; run \"gatescope help\" for the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(u"lang"_s, Tr::tr("Language of the window: de, zh_CN or en (default: the system's)."),
                                  Tr::tr("locale"));
    const QCommandLineOption colorScheme(u"color-scheme"_s, Tr::tr("light, dark or system (default)."),
                                         Tr::tr("scheme"), u"system"_s);
    parser.addOption(lang);
    parser.addOption(colorScheme);
    parser.addPositionalArgument(u"files"_s, Tr::tr("Captures to import (HAR, .http, curl, raw HTTP)."),
                                 Tr::tr("[files…]"));
    parser.process(app);

    const QString scheme = parser.value(colorScheme);
    if (scheme == u"dark" || scheme == u"light") {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(scheme == u"dark" ? darkPalette() : QApplication::style()->standardPalette());
    }

    MainWindow window;
    window.show();
    // The SVG icon engine loads a plugin: after the first frame, not before it.
    QTimer::singleShot(0, &app, [] { QApplication::setWindowIcon(QIcon(u":/icons/gatescope.svg"_s)); });
    if (!parser.positionalArguments().isEmpty())
        window.importFiles(parser.positionalArguments());
    installTestHooks(&window);
    return app.exec();
}

} // namespace Gatescope::Gui
