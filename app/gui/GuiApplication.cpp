#include "gui/GuiApplication.h"

#include "gui/MainWindow.h"
#include "gui/TestHooks.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

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

struct StartingLook
{
    QString style;
    QPalette palette;
};

StartingLook &startingLook()
{
    static StartingLook look { QApplication::style()->name(), QApplication::palette() };
    return look;
}

} // namespace

void applyColorScheme(ColorScheme scheme)
{
    const StartingLook &start = startingLook(); // taken the first time, before any change
    if (scheme == ColorScheme::System) {
        QApplication::setStyle(QStyleFactory::create(start.style));
        QApplication::setPalette(start.palette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(scheme == ColorScheme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

bool isDarkPalette(const QPalette &palette)
{
    // Qt 6.4 has no QStyleHints::colorScheme(); the window colour says it.
    return palette.color(QPalette::Window).lightness() < 128;
}

int runApplication(QApplication &app, const QStringList &files, ColorScheme colorScheme)
{
    QGuiApplication::setDesktopFileName(u"gatescope"_s);
    startingLook();
    // --color-scheme wins; without it, the theme chosen in View → Theme last time.
    if (colorScheme == ColorScheme::System)
        colorScheme = ColorScheme(std::clamp(MainWindow::savedColorScheme(), 0, 2));
    if (colorScheme != ColorScheme::System)
        applyColorScheme(colorScheme);

    MainWindow window;
    window.show();
    // The SVG icon engine loads a plugin: after the first frame, not before it.
    QTimer::singleShot(0, &app, [] { QApplication::setWindowIcon(QIcon(u":/icons/gatescope.svg"_s)); });
    if (!files.isEmpty())
        window.importFiles(files);
    installTestHooks(&window);
    return app.exec();
}

} // namespace Gatescope::Gui
