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
// How sure a verdict can be that nginx answered when only quoted log lines name it (below
// "confidently", 0.8: ingress-nginx, Kong and OpenResty write the same lines).
inline constexpr double QuotedNginxLineConfidence = 0.75;
// How sure a verdict can be when the quoted lines name different causes.
inline constexpr double DisagreeingLinesConfidence = 0.7;
// A text (a paste, a saved file) is searched for quoted lines when it is at most this large.
inline constexpr qint64 MaxTextBytes = 4 * 1024 * 1024;

// Keeps the failure lines quoted in `text` with every exchange read from it (Exchange::
// quotedLogLines, so a stored capture is diagnosed with them again); when nothing else was read
// from the text, the request the lines are about (requestOf) becomes its one exchange. Returns the
// number of lines kept. Without quoted lines, the producer the words name next to the status
// (producerNamedNearTheStatus) is kept as Exchange::quotedLinesProduct.
qsizetype quoteInto(QList<Exchange> &exchanges, QByteArrayView text, const QString &name);

// The product built on nginx that `text` names in words around nginx's log lines ("kong",
// "ingress-nginx", "unknown" for APISIX); empty when it names none or more than one of them.
QString nginxProductNamed(QByteArrayView text);

// The one gateway product the words of `text` name on a line that also states a 5xx ("nginx стал
// возвращать 502", "ALB経由では 502", "HAProxy returns 503"), as a contract product id; empty when
// such lines name none or more than one product.
QString producerNamedNearTheStatus(QByteArrayView text);
// How sure a verdict can be of a producer only the words around the status name.
inline constexpr double ProseNamedProducerConfidence = 0.6;
// Only the first this many bytes of a text are read for a producer named in words: a paste, not a log.
inline constexpr qsizetype ProseNamedProducerTextBytes = 1024 * 1024;

// The quoted lines kept with an exchange, read again.
QList<LogRecord> recordsOf(const Exchange &exchange);

// The request the quoted lines are about when the paste holds nothing else: the one of the first
// line that names a status of 500 or more (an access line), else of the first line.
Exchange requestOf(const QList<LogRecord> &quoted);

// The exchange read from the paste, diagnosed with the quoted lines as its own log evidence; when
// the paste states no status of its own (status 0, no transport failure), the first quoted line
// that names a status stands for the request instead.
DiagnosedExchange diagnose(const Diagnoser &diagnoser, const Exchange &exchange, const QList<LogRecord> &quoted);

// The diagnosis every view and command makes of one exchange: with the log lines quoted in its own
// paste when it has some, else joined with the lines of the gateway logs given (LogJoin), else on
// its own.
DiagnosedExchange diagnoseWithLogs(const Diagnoser &diagnoser, const Exchange &exchange, const QList<LogRecord> &logs);

} // namespace QuotedLogLines

} // namespace Gatescope
