#pragma once

#include "capture/Capture.h"
#include "model/Result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Gatescope {

// HTTPie's `http`, `https` and `httpie` command lines, read as the one request HTTPie 3 sends:
// `http [flags] [METHOD] URL [REQUEST_ITEM …]` with the method guessed as HTTPie guesses it (POST
// when there is data, else GET), its URL shorthands (":3000/x" is http://localhost:3000/x, no
// scheme is http://, or https:// for the `https` command) and its request items, split at the
// first separator as HTTPie splits them (a backslash escapes one): `Header:value`, `Header:` (the
// header is not sent), `Header;` (sent empty), `name==query`, `name=value` (a JSON string, or a
// form field with --form), `name:=raw-json`, `name@file` (a multipart file part), `name=@file`,
// `name:=@file`. The JSON body is written as Python's json.dumps writes it. Flags that change the
// request are applied (--form, --multipart, --json, --raw, --auth/-a, --auth-type bearer,
// --follow, --verify, --default-scheme); files are not read (a warning names them). The command
// may stand after a shell prompt, in a Markdown fence or code span, with line continuations.
// What HTTPie printed below the command (the response, a --verbose transcript) is the answer:
// the command then only supplies the request. HTTPie's own crash or usage error below it leaves
// the request alone. Nothing is sent.
namespace HttpieImporter {

// The first HTTPie command of `text` with what it printed, or nullopt when no line of the text
// runs HTTPie with an address and request items HTTPie would accept.
std::optional<Result<Capture>> importText(QByteArrayView text, const QString &name);

} // namespace HttpieImporter

} // namespace Gatescope
