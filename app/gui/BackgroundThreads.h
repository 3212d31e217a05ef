#pragma once

namespace Gatescope::Gui {

// Called first in a worker thread: it and the threads it starts (they inherit it) run `niceness`
// Linux nice steps below the window's thread (capped at 19; QThread priorities elsewhere), so
// that on a machine with few busy cores the window's thread and the display server paint and
// answer between the worker's time slices instead of queueing behind them.
void runBelowTheWindow(int niceness);

} // namespace Gatescope::Gui
