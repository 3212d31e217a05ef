#pragma once

#include "diagnosis/Diagnoser.h"
#include "diagnosis/DiagnosisJson.h"
#include "logs/LogRecord.h"
#include "model/Exchange.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Gatescope {

// Gateway log lines quoted inside a pasted text: people paste "the browser says 502" with the
// nginx error.log line below it, a journald line of Caddy's JSON log, an Istio access-log line in
// a code block. Each line is read with the format it has on its own (after a prompt, a quote
// mark, backticks, a journald or docker-compose prefix), and its failure joins the diagnosis of
// the same paste: the paste and the line are about the same request.
namespace QuotedLogLines {

// The failure lines (5xx, or a line that names a failure) of any known log format in `text`, in
// order. Reads at most MaxLines lines.
QList<LogRecord> failures(QByteArrayView text, const QString &name);
inline constexpr qsizetype MaxLines = 5000;

// The request the quoted lines are about when the paste holds nothing else: the one of the first
// line that names a status of 500 or more (an access line), else of the first line.
Exchange requestOf(const QList<LogRecord> &quoted);

// The exchange read from the paste, diagnosed with the quoted lines as its own log evidence; when
// the paste states no status of its own (status 0, no transport failure), the first quoted line
// that names a status stands for the request instead.
DiagnosedExchange diagnose(const Diagnoser &diagnoser, const Exchange &exchange, const QList<LogRecord> &quoted);

} // namespace QuotedLogLines

} // namespace Gatescope
