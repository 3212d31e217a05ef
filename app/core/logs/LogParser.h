#pragma once

#include "logs/LogRecord.h"
#include "model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Gatescope {

// The log formats Gatescope reads: id (kebab), the product that writes it (contract product id,
// empty when the format alone does not say) and a display title.
struct LogFormatInfo
{
    QString id;
    QString product;
    const char *title = nullptr; // English; displayTitle() translates (context "Gatescope::LogFormats")
    QString displayTitle() const;
};

namespace LogFormats {
const QList<LogFormatInfo> &all();
const LogFormatInfo *find(QStringView id); // nullptr when unknown
// The format of a log from its first non-empty lines. Unknown → an error naming the file and
// showing the first lines (never a guess).
Result<QString> detect(const QList<QByteArray> &firstLines, const QString &fileName);
// The format one line has on its own ("nginx-error", "haproxy-http", …), empty when none.
QString detectLine(QByteArrayView line);
// How many non-empty lines detect() wants to see.
// (a gateway's own output starts with a few lines of its own before the first request)
inline constexpr int DetectLines = 24;
} // namespace LogFormats

// Turns the lines of one log, in order, into LogRecords. One parser per file (multi-line formats
// such as varnishlog keep the transaction being read). The fields of a line are cut out as views;
// a record (QStrings, the time) is only built for the lines the caller wants, so healthy lines of
// a big access log cost a scan for their status and nothing more.
class LogParser
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::LogParser)
public:
    enum class Line {
        Record, // *record holds the line's record
        Healthy, // a request line that is not a failure (and failuresOnly was asked)
        Skipped, // blank, a comment or header line, or a line of a record still being read
        Malformed, // the line does not fit the format
    };

    LogParser(const QString &formatId, const QString &fileName);
    ~LogParser();
    LogParser(const LogParser &) = delete;
    LogParser &operator=(const LogParser &) = delete;

    QString formatId() const;
    Line feed(QByteArrayView line, qint64 number, LogRecord *record, bool failuresOnly = false);
    // The record still being read at the end of the file (varnishlog), if any.
    bool finish(LogRecord *record);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// What a gateway's failure message says, as a contract cause id, the rule-tree hint it
// establishes and the words that say it. Shared by every format with free-text messages (nginx
// and Kong error.log, Apache error_log, Caddy, Traefik, Varnish FetchError, Squid, API Gateway).
struct LogCause
{
    QString cause;
    QString hint;
    QString text;
};
LogCause classifyLogMessage(QByteArrayView message);
// The cause HAProxy's termination state ("SC--", "sH--") names, set on `record` (cause, hint,
// text); `noServer`: the line names no server (<NOSRV>). A backend connection error the `line`
// carries (HAProxy 2.5+'s "bc_err=ERESET") is more precise and wins.
void setHaproxyTerminationCause(LogRecord *record, QByteArrayView flags, bool noServer, QByteArrayView line = {});
// The cause Envoy's response flags ("UF,URX"), its response code details ("no_healthy_upstream")
// and its upstream transport failure reason name, set on `record` (cause, hint, text, flags).
void setEnvoyCause(LogRecord *record, const QString &flags, const QString &details, const QString &failureReason = {});
// The hint for a cause id when the log names the cause by code (HAProxy flags, Heroku codes…).
QString hintForCause(QStringView cause, bool connectPhase = false);
// A Heroku router error code as Heroku's "Error Codes" page describes it: its names ("Request
// timeout"; H14's older "No web processes running" too), the cause it names, whether it struck
// while connecting, and the status the router answered (0: not a 5xx of the router's, e.g. H27).
struct HerokuRouterCode
{
    QStringList names;
    QString cause;
    bool connectPhase = false;
    int status = 503;
};
const HerokuRouterCode *herokuRouterCode(QByteArrayView code); // nullptr when unknown

} // namespace Gatescope
