#pragma once

namespace Gatescope::Gui {

class MainWindow;

// Hooks for tests and benchmarks that start the real binary, switched on by environment variables
// (nothing happens without them):
//   GATESCOPE_REPORT_STARTUP=1   print "gatescope-startup: shown" when the window is first exposed
//   GATESCOPE_TEST_TYPE_URL=TEXT type TEXT into the URL field as key presses, print
//                                "gatescope-test: typed", then "gatescope-test: saved" after autosave
//   GATESCOPE_TEST_PRINT_REQUEST=1  print "gatescope-test: request METHOD URL" of the restored request
//                                (URL as typed when it is not a valid URL yet)
// Lines go to stdout, flushed at once.
void installTestHooks(MainWindow *window);

} // namespace Gatescope::Gui
