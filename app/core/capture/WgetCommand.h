#pragma once

#include "model/RequestSpec.h"

#include <QByteArrayList>
#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace Gatescope::WgetCommand {

// The first request a wget command line sends, from its words as the shell hands them over
// (`words.first()` is the program): GNU wget's options that change that request — --method,
// --post-data / --post-file, --body-data / --body-file, --header, -U / --user-agent, --referer,
// --spider (HEAD, as wget asks in spider mode), --no-check-certificate, -T / --timeout — read the
// way wget reads them (`--opt=value`, `--opt value`, `-Ovalue`, `-O value`); options that only
// change what wget does with the answer (-O, -q, -S, -r, --quota, …) are skipped. The request has
// only the headers the command names; files are not read (a warning names them). nullopt when the
// words hold no address; `warnings` gets what was not understood, prefixed by `where`.
std::optional<RequestSpec> requestOf(const QByteArrayList &words, const QString &where, QStringList *warnings);

// The request of the first wget command in a paste: a line that runs wget at its start, after a
// shell prompt, a notebook's "!" or inside a Markdown code span, with the lines its "\\"
// continues. nullopt when no line runs wget with an address.
std::optional<RequestSpec> requestIn(QByteArrayView text, const QString &name);

} // namespace Gatescope::WgetCommand
