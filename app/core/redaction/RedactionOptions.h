#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Gatescope {

// A user's own redaction rule: every match of `pattern` is redacted and counted under `name`.
// When the pattern has a capture group named "value" (or else a first capture group), only that
// group is replaced, so `api_id=(?<value>\w+)` keeps "api_id=" and hides the id.
struct RedactionPattern
{
    QString name;
    QRegularExpression pattern;
};

// How a report or export hides credentials. Redaction is on by default; switching it off is
// explicit (enabled = false, `--no-redact`, the Export dialog's "include secrets" toggle).
struct RedactionOptions
{
    bool enabled = true;
    // false: values become "[redacted]". true: "[redacted:3f2a9c]", a short keyed hash of the
    // value, so equal values still match each other inside one output without revealing them.
    bool hashValues = false;
    // Key of that hash. Empty = a random key per Redactor (hashes match within one output only);
    // set it to compare hashes across outputs.
    QByteArray hashKey;
    QList<RedactionPattern> customPatterns;
    // Log lines: IPv4 and IPv6 addresses become "ip-3f2a9c", a keyed short hash (equal addresses
    // stay equal within one output), also when redaction is otherwise off (`--redact-ips`).
    bool hashIpAddresses = false;
};

} // namespace Gatescope
