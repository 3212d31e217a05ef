#pragma once

#include <QStringList>

class QApplication;
class QPalette;

namespace Gatescope::Gui {

enum class ColorScheme { System, Light, Dark };

// Sets up the palette (the system's, or the --color-scheme main() read) and the main window,
// imports `files`, then runs the event loop. Returns the exit code. The command line is read,
// and the translators installed, by main() before the QApplication exists.
int runApplication(QApplication &app, const QStringList &files, ColorScheme colorScheme);

// Switches the running application's colours (View → Theme): Light and Dark use Fusion with a
// light or dark palette, System goes back to the style and palette the application started with.
void applyColorScheme(ColorScheme scheme);

// True for a dark palette (Qt 6.4 has no QStyleHints::colorScheme(): the window colour decides).
bool isDarkPalette(const QPalette &palette);

} // namespace Gatescope::Gui
