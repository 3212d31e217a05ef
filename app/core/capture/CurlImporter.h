#pragma once

#include "capture/Capture.h"
#include "capture/ShellWords.h"

#include <QCoreApplication>

namespace Gatescope {

// Reads pasted curl command lines into the requests they send. A paste may hold shell prompts,
// several commands, continuation lines and echo/printf or here-documents feeding curl; it may be
// written for bash, Windows cmd or PowerShell (detectDialect()). Each curl command gives one
// RequestSpec per URL, as curl would send it. Nothing is fetched or read from disk. What was
// forgiven or left out is a warning that names the input and the place; a paste without any curl
// command naming a URL, or with an unbalanced quote, is an error naming the input and the line.
class CurlImporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::CurlImporter)
public:
    using Dialect = ShellWords::Dialect;
    using Command = ShellWords::Command;

    static Result<Capture> importText(QByteArrayView text, const QString &name);

    // True when the first command word of the text is curl (after an optional shell prompt).
    static bool looksLikeCurl(QByteArrayView text);
    static Dialect detectDialect(QByteArrayView text);

    // Splits a paste into commands and words, undoing the shell's quoting (ShellWords::split).
    static Result<QList<Command>> splitCommands(QByteArrayView text, Dialect dialect, const QString &name);
};

} // namespace Gatescope
