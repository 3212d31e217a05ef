#include "cli/InterruptibleSend.h"

#include "probe/ProbeEngine.h"

#include <QEventLoop>
#include <QSocketNotifier>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Gatescope::Cli {

namespace {

int g_wakeFds[2] = { -1, -1 }; // the handler writes a byte to [1]; the event loop watches [0]
volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
    if (g_wakeFds[1] >= 0) {
        const char byte = 'c';
        [[maybe_unused]] const auto written = ::write(g_wakeFds[1], &byte, 1);
    }
}

bool openWakePipe()
{
    if (g_wakeFds[0] >= 0)
        return true;
    if (::pipe(g_wakeFds) != 0)
        return false;
    for (int fd : g_wakeFds) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    return true;
}

} // namespace

void execInterruptibly(QEventLoop &loop, const std::function<void()> &stop)
{
    if (!openWakePipe()) {
        loop.exec();
        return;
    }
    QSocketNotifier wake(g_wakeFds[0], QSocketNotifier::Read);
    QObject::connect(&wake, &QSocketNotifier::activated, &loop, [&stop] {
        char bytes[16];
        while (::read(g_wakeFds[0], bytes, sizeof bytes) > 0) { }
        stop();
    });
    struct sigaction action = {};
    struct sigaction previous = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &previous);
    loop.exec();
    ::sigaction(SIGINT, &previous, nullptr);
}

QList<Exchange> sendInterruptibly(const RequestSpec &request)
{
    ProbeEngine engine;
    QEventLoop loop;
    QObject::connect(&engine, &ProbeEngine::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    engine.start(request);
    if (engine.isRunning())
        execInterruptibly(loop, [&engine] { engine.cancel(); });
    return engine.exchanges();
}

bool wasInterrupted()
{
    return g_interrupted != 0;
}

} // namespace Gatescope::Cli
