#include "cli/TerminalOutput.h"

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeOut(const QString &text)
{
    writeOut(text.toUtf8());
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int usageFailure(const QString &command, const QString &message)
{
    writeErr(u"gatescope "_s + command + u": "_s + message + u'\n');
    return 2;
}

bool stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1 && qEnvironmentVariableIsEmpty("NO_COLOR");
}

} // namespace Gatescope::Cli
