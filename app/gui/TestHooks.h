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
//   GATESCOPE_REPORT_IMPORT=1    how a capture opened from the command line fills the waterfall:
//                                "gatescope-import: first-rows N stall-ms S" at the first paint of the
//                                waterfall with rows, "gatescope-import: all-rows N stall-ms S" at its
//                                first paint after the import finished, and 1 s later
//                                "gatescope-import: settled stall-ms S"; S is the longest time the event
//                                loop did not turn since the window was first exposed (a 5 ms timer's gap),
//                                each line ends "since-first-rows-ms R", the longest after the first rows;
//                                =2 also prints each stall over 50 ms with its end (steady clock, ms);
//                                =3 also names what each turn of the event loop over 40 ms spent its
//                                time on ("gatescope-trace: ..."; the events delivered, the thread's
//                                CPU time and its wait for a CPU)
// Lines go to stdout, flushed at once.
void installTestHooks(MainWindow *window);

} // namespace Gatescope::Gui
