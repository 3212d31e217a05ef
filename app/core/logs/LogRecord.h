#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Gatescope {

// One request (or one failure message) as a gateway wrote it into its log. Access lines fill the
// request and response fields; error lines (nginx error.log, Apache error_log, Caddy
// http.log.error, Varnish FetchError, …) fill `message` and whatever request they name. Fields the
// format does not carry stay empty, 0 or -1.
struct LogRecord
{
    enum class Kind { Access, Error };

    QString file; // display name of the log file ("error.log")
    qint64 line = 0; // 1-based line number in that file (first line of a multi-line record)
    QString raw; // the line as written (cut to LogLineReader::MaxLineBytes)
    QString format; // LogFormat id ("nginx-error", "haproxy-http", …)
    QString product; // contract product id ("nginx", "haproxy", "aws-alb", …)
    Kind kind = Kind::Access;

    QDateTime time; // UTC; invalid when the line has none
    QString client; // client address as logged
    QString method; // "GET"
    QString target; // path and query, or the absolute URL when that is what the log holds
    QString host; // Host / authority when logged
    int status = 0; // status sent to the client; 0 = none logged
    QString upstreamStatus; // as logged: "502", "-", "502, 200" (nginx tries), "-1"
    QString upstreamAddress; // "127.0.0.1:8080", "backend/srv1", "HIER_DIRECT/10.0.0.2"
    QString requestId; // X-Request-Id, trace id, CF-Ray, HAProxy unique-id, …
    // The record of the same log this one belongs with, by that record's `flags`: varnishlog's
    // client request names the backend transaction that fetched for it ("BeReq 32771").
    QString linkedId;
    double requestMs = -1; // whole request as the gateway measured it
    double connectMs = -1; // gateway → upstream connect
    double upstreamHeaderMs = -1; // until the upstream's response header (HAProxy Tr, nginx urt)
    double queueMs = -1; // HAProxy Tw
    int retries = -1;
    QString flags; // HAProxy termination state, Envoy response flags, ALB error_reason, Heroku code…
    QString message; // error lines: the message text

    // What the line says went wrong, as a contract cause id ("upstream.refused"), and the part of
    // the line that says so ("connect() failed (111: Connection refused)"). Empty cause = the line
    // names no failure (a 200, or a 502 the gateway only relayed).
    QString cause;
    QString causeText;
    // The rule-tree hint the line establishes ("refused", "read-timeout", …), empty when none.
    QString hint;
    // The gateway itself made the response this line is about (not the origin).
    bool gatewayGenerated = false;
    // The line states the upstream's own answer apart from the gateway's (an AWS load balancer's
    // target_status_code), and the upstream answered the failing status itself.
    bool upstreamAnswered = false;

    bool isFailure() const { return status >= 500 || !cause.isEmpty(); }
};

} // namespace Gatescope

// Every member is relocatable: a growing list of records moves them with memcpy.
Q_DECLARE_TYPEINFO(Gatescope::LogRecord, Q_RELOCATABLE_TYPE);
