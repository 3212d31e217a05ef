#pragma once

#include "model/Result.h"

#include <QByteArrayList>
#include <QStringList>

#include <optional>

namespace Gatescope::ShellWords {

// The shells whose quoting a pasted command line is written in.
enum class Dialect { Bash, WindowsCmd, PowerShell };

// One command of a paste, as the shell would hand it to the program: its words with the quoting
// undone, where it started, and what was piped or redirected into it.
struct Command
{
    QByteArrayList words;
    qsizetype offset = 0; // byte offset of the first word
    std::optional<QByteArray> standardInput; // a here-document or piped echo text, when given
    bool feedsNextCommand = false; // echo/printf whose output is piped into the next command
    QStringList notes; // what the splitter forgave (typographic quotes, …)
};

// Splits a paste into commands and words the way `dialect` would before running them. Bash and
// cmd quoting are undone exactly, PowerShell's on a best-effort basis; variables are not expanded.
// Fails only on bash text whose quote is never closed: the error names `name`, the line and the
// column.
Result<QList<Command>> split(QByteArrayView text, Dialect dialect, const QString &name);

// The program a command's first word runs, as a lower-case name without its folder or ".exe"
// ("/usr/bin/curl", "C:\\tools\\curl.EXE" and "curl" are all "curl").
QByteArray programName(const QByteArray &word);

} // namespace Gatescope::ShellWords
