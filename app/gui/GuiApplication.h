#pragma once

class QApplication;

namespace Gatescope::Gui {

// Sets up translations (system locale or --lang), palette and the main window, then runs the
// event loop. Returns the exit code.
int runApplication(QApplication &app);

} // namespace Gatescope::Gui
