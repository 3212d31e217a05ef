#pragma once

#include "diagnosis/Diagnoser.h"
#include "diagnosis/DiagnosisJson.h"
#include "diagnosis/Evidence.h"
#include "logs/LogRecord.h"
#include "model/Exchange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatescope {

// A log record joined to an exchange, and how sure the join is.
struct LogMatch
{
    // "request-id": the same X-Request-Id / X-Amzn-Trace-Id / CF-Ray / X-Amz-Cf-Id / unique-id;
    // "method-path-time": same method and path within the exchange's time window;
    // "time": within the window, the line names no request (Apache error_log, Squid cache.log);
    // "method-path": same method and path, the exchange has no time to compare.
    QString quality;
    LogRecord record;
};

// Joins log lines to exchanges and turns them into evidence the rule tree decides with.
class LogJoin
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::LogJoin)
public:
    // Seconds around the exchange (start − slack … end + slack) in which a line may belong to it:
    // logs write whole seconds, and clocks of two machines differ a little.
    static constexpr int SlackSeconds = 2;
    static constexpr int MaxMatches = 8;

    // The records that belong to the exchange, best quality only (all of that quality, up to
    // MaxMatches, error lines first).
    static QList<LogMatch> match(const Exchange &exchange, const QList<LogRecord> &records);

    // Adds what the matched lines say: the product that wrote them, that it made the response,
    // and the hint their failure establishes — each as an item whose value is the log line
    // ("error.log:12: connect() failed (111: Connection refused) while connecting to upstream"),
    // so the decision path shows the line that decided a node.
    static void addEvidence(EvidenceSet &evidence, const QList<LogMatch> &matches);

    // An exchange made from a log line alone (a log is a valid input on its own): the request
    // and status it names, nothing else.
    static Exchange exchangeFor(const LogRecord &record);

    // "error.log:12"
    static QString place(const LogRecord &record);

    // The exchange diagnosed with the log lines that belong to it (logEvidence set, maybe empty).
    static DiagnosedExchange diagnose(const Diagnoser &diagnoser, const Exchange &exchange,
                                      const QList<LogRecord> &records);
    // A log line on its own (`gatescope logs`, unmatched lines in the window), diagnosed.
    static DiagnosedExchange diagnoseAlone(const Diagnoser &diagnoser, const LogRecord &record);
    static LogLineEvidence evidenceRow(const LogMatch &match);
};

} // namespace Gatescope
