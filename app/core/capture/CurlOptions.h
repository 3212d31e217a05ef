#pragma once

#include "model/RequestSpec.h"

#include <QByteArrayList>
#include <QList>
#include <QStringList>

#include <optional>

namespace Gatescope::CurlOptions {

// The request(s) one curl command line describes, and what could not be taken from it.
struct Requests
{
    QList<RequestSpec> requests; // one per URL; empty when the command names none
    QStringList warnings; // each starts with `where`
};

// Applies curl's options to build the requests one command sends, as curl(1) would: `arguments`
// are the words after "curl" with the shell's quoting already undone, `standardInput` what the
// shell feeds it (for -d @- and -T -). Options that change the request are applied; output-only
// ones are ignored quietly; anything else (an unknown option, a file that is not read, a feature
// Gatescope does not have) is a warning that starts with `where`. A command without a URL gives no
// request and a warning that says so.
Requests read(const QByteArrayList &arguments, const std::optional<QByteArray> &standardInput, const QString &where);

} // namespace Gatescope::CurlOptions
