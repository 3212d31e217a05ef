#include "gui/BackgroundThreads.h"

#include <QThread>

#include <algorithm>
#include <cerrno>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Gatescope::Gui {

void runBelowTheWindow(int niceness)
{
    QThread::currentThread()->setPriority(niceness >= 10 ? QThread::LowestPriority : QThread::LowPriority);
#if defined(Q_OS_LINUX)
    // Linux's default scheduler ignores thread priorities; it weighs threads by their nice value,
    // which each thread has of its own.
    const auto thread = static_cast<id_t>(gettid());
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        setpriority(PRIO_PROCESS, thread, std::min(nice + niceness, 19));
#endif
}

} // namespace Gatescope::Gui
