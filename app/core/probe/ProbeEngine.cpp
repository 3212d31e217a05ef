#include "ProbeEngine.h"
// PLACEHOLDER — being written (probe engine owner replaces this file).
namespace Gatescope {
class ProbeEngine::Private {};
ProbeEngine::ProbeEngine(QObject *parent) : QObject(parent) {}
ProbeEngine::~ProbeEngine() = default;
void ProbeEngine::start(const RequestSpec &) {}
void ProbeEngine::cancel() {}
bool ProbeEngine::isRunning() const { return false; }
QList<Exchange> ProbeEngine::exchanges() const { return {}; }
QList<Exchange> ProbeEngine::run(const RequestSpec &) { return {}; }
} // namespace Gatescope
