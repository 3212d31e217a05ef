#pragma once

class QApplication;
class QPalette;

namespace Gatescope::Gui {

// Sets up translations (system locale or --lang), the palette (the system's, or --color-scheme)
// and the main window, imports files named on the command line, then runs the event loop.
// Returns the exit code.
int runApplication(QApplication &app);

// True for a dark palette (Qt 6.4 has no QStyleHints::colorScheme(): the window colour decides).
bool isDarkPalette(const QPalette &palette);

} // namespace Gatescope::Gui
