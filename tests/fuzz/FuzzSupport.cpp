#include "FuzzTarget.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace Gatescope::Fuzz {

void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz property violated: %s\n", what);
    std::abort();
}

namespace {

// The code under test logs its findings through Qt's logging categories (every malformed input
// is a warning somewhere); millions of lines of that would only slow the fuzzer down. Fatal
// messages still abort, so the fuzzer sees them as crashes.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

const bool installed = [] {
    qInstallMessageHandler(quietMessageHandler);
    return true;
}();

} // namespace
} // namespace Gatescope::Fuzz
