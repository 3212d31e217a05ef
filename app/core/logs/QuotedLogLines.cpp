#include "logs/QuotedLogLines.h"

#include "logs/LogJoin.h"
#include "logs/LogParser.h"
#include "model/NetworkErrorText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringTokenizer>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Gatescope::QuotedLogLines {

namespace {

// A Node proxy's error for its own call to the upstream ("connect ECONNREFUSED", "socket hang up")
// as the upstream cause it names: "upstream.refused", "upstream.reset", …
std::optional<QString> upstreamCauseOfNodeError(QStringView name)
{
    const std::optional<Outcome> outcome = NetworkErrorText::outcomeOfNodeError(name);
    if (!outcome)
        return std::nullopt;
    return u"upstream."_s + outcomeId(*outcome);
}

// The ways a pasted log line is decorated before its own first byte: a Markdown quote or list
// mark, backticks, a shell prompt, a journald prefix ("Apr 03 23:40:56 host sh[22948]: "), a
// docker-compose service prefix ("caddy      | ").
QList<QByteArrayView> undecorated(QByteArrayView line)
{
    QList<QByteArrayView> candidates;
    QByteArrayView rest = line.trimmed();
    for (int round = 0; round < 4 && !rest.isEmpty(); ++round) {
        candidates.append(rest);
        static const QRegularExpression decoration(
            u"^(?:>\\s*|`+\\s*|\\*\\*\\s*|[-*]\\s+|[$#%❯➜λ»]\\s+|[\\w.@~:/-]+[$#]\\s+|"
            u"\\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\S+ [^:\\s]+: |[\\w.-]+\\s+\\|\\s+|"
            // a log viewer's time glued to the service name ("20.1.2017 09:52:13nginx.1     | ")
            u"[\\d./:T-]+ [\\d:.]+[\\w.-]+\\s+\\|\\s+|"
            // the file name grep and zgrep write in front of each line ("httpd/error_log-20201208.gz:",
            // an S3 log object's "…_elasticloadbalancing_…txt:")
            u"[\\w./-]+\\.(?:log|gz|txt)[\\w.-]*:(?=\\[|\\d{4}-\\d\\d-\\d\\dT)|"
            // a time stamp in front (`docker logs -t`, Docker Desktop, kubectl --timestamps)
            u"\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?\\s+|"
            // a Kubernetes pod and container name in front (kubectl logs --prefix, stern)
            u"\\[?(?:pod/)?[a-z0-9][a-z0-9.-]*-[a-z0-9]{5,10}-[a-z0-9]{5}(?:/| )[a-z0-9-]+\\]? )"_s);
        const QString text = QString::fromUtf8(rest.first(std::min<qsizetype>(rest.size(), 200)));
        const QRegularExpressionMatch m = decoration.match(text);
        if (!m.hasMatch() || m.capturedLength() == 0)
            break;
        rest = rest.sliced(m.captured(0).toUtf8().size()).trimmed();
    }
    // A line ending in a closing backtick (an inline code span) or Markdown bold reads without it.
    for (qsizetype i = 0, n = candidates.size(); i < n; ++i) {
        QByteArrayView c = candidates.at(i);
        while (c.endsWith('`') || c.endsWith('*'))
            c.chop(1);
        if (c.size() != candidates.at(i).size())
            candidates.append(c);
    }
    return candidates;
}

// An error line read by a pattern of its own (no log format's parser): the fields every such
// line has, the cause from its message.
LogRecord errorLine(const QString &name, qint64 number, const QString &lineText, const QString &format,
                    const QString &product, const QString &message, const LogCause &cause)
{
    LogRecord record;
    record.file = name;
    record.line = number;
    record.raw = lineText.trimmed();
    record.format = format;
    record.product = product;
    record.kind = LogRecord::Kind::Error;
    record.message = message;
    record.cause = cause.cause;
    record.causeText = cause.text;
    record.hint = cause.hint;
    record.gatewayGenerated = true;
    return record;
}

std::optional<LogRecord> failureOfLineAsWritten(QByteArrayView line, qint64 number, const QString &name);

// How many of a JSON text's braces are still open at its end (braces inside strings not counted).
int unclosedBraces(QByteArrayView json)
{
    int open = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{') {
            ++open;
        } else if (c == '}') {
            --open;
        }
    }
    return open;
}

// The failure one pasted line states, if it is a gateway's log line that states one. nginx's lines
// behind a Kubernetes prefix that names the ingress-nginx controller's pod are that product's.
std::optional<LogRecord> failureOfLine(QByteArrayView line, qint64 number, const QString &name)
{
    std::optional<LogRecord> record = failureOfLineAsWritten(line, number, name);
    if (record && record->product == u"nginx") {
        static const QRegularExpression controllerPod(u"^\\W*(?:pod/)?\\S*(?:ingress-nginx|nginx-ingress)\\S*[ /]"_s);
        if (controllerPod.match(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 200)))).hasMatch())
            record->product = u"ingress-nginx"_s;
    }
    return record;
}

// A W3C extended log's field list as people quote it: IIS's "#Fields: date time s-ip …" line, or
// only the names of the fields they kept ("sc-status sc-substatus sc-win32-status time-taken").
// Returns the names, empty when the line is no such list.
QByteArray w3cFieldList(QByteArrayView line)
{
    QByteArrayView rest = line.trimmed();
    if (rest.startsWith("#Fields:"))
        rest = rest.sliced(8).trimmed();
    if (rest.size() > 1024 || !rest.contains("sc-status"))
        return {};
    static const QRegularExpression names(
        QString::fromLatin1(R"(^(?:(?:date|time|time-taken|[csrx]{1,2}-[\w-]+|cs\([\w-]+\)|sc\([\w-]+\))\s+){2,})"
                            R"((?:date|time|time-taken|[csrx]{1,2}-[\w-]+|cs\([\w-]+\)|sc\([\w-]+\))$)"));
    if (!names.match(QString::fromUtf8(rest)).hasMatch())
        return {};
    return rest.toByteArray().simplified();
}

std::optional<LogRecord> failureOfLineAsWritten(QByteArrayView line, qint64 number, const QString &name)
{
    if (line.size() < 16 || line.size() > 64 * 1024)
        return std::nullopt;
    // A W3C line read with the field list quoted above it ("#Fields: …\n<values>").
    if (const qsizetype newline = line.indexOf('\n'); newline > 0 && line.startsWith("#Fields: ")) {
        LogParser parser(u"iis-w3c"_s, name);
        LogRecord record;
        parser.feed(line.first(newline), number, &record, true);
        if (parser.feed(line.sliced(newline + 1).trimmed(), number, &record, true) == LogParser::Line::Record
            && record.isFailure()) {
            record.raw = QString::fromUtf8(line);
            return record;
        }
        return std::nullopt;
    }
    for (QByteArrayView candidate : undecorated(line)) {
        // Apache's error_log line quoted without its time ("[proxy_ajp:error] [pid 25957] … AH00877:
        // read zero bytes"): read with an empty one.
        if (candidate.startsWith("[proxy") && candidate.indexOf("] ") > 0
            && candidate.first(candidate.indexOf("] ")).contains(':')) {
            LogParser parser(u"apache-error"_s, name);
            LogRecord record;
            const QByteArray timed = "[-] " + candidate.toByteArray();
            if ((parser.feed(timed, number, &record, true) == LogParser::Line::Record || parser.finish(&record))
                && record.isFailure()) {
                record.raw = QString::fromUtf8(line).trimmed();
                return record;
            }
        }
        const QString format = LogFormats::detectLine(candidate);
        // A bare access line in the common log format names a status, not a gateway or a cause.
        if (format.isEmpty() || format == u"combined")
            continue;
        LogParser parser(format, name);
        LogRecord record;
        LogParser::Line read = parser.feed(candidate, number, &record, true);
        if (read != LogParser::Line::Record && parser.finish(&record))
            read = LogParser::Line::Record;
        if (read == LogParser::Line::Record && record.isFailure())
            return record;
    }
    // nginx's error message quoted without its log prefix ("connect() failed (111: Connection
    // refused) while connecting to upstream", "… while SSL handshaking to upstream").
    // Also nginx's own words for an upstream failure on a line of their own, as people quote a
    // message split over lines ("upstream SSL certificate verify error: (20:…)").
    static const QRegularExpression nginxUpstream(
        u"while (?:connecting to|reading response header from|reading upstream|sending request to|SSL "
        u"handshaking to|reading upstream response from) upstream|^\\W*(?:upstream SSL certificate (?:verify "
        u"error|does not match)|upstream prematurely closed connection|upstream timed out \\(110|no live "
        u"upstreams while|upstream sent (?:invalid|too big))"
        // also inside a title or heading ("502 Bad Gateway upstream prematurely closed connection
        // while reading response header")
        u"|(?i:upstream) prematurely closed connection while reading"
        // nginx's resolver: "%V could not be resolved (%i: %s)", also without the log line's
        // process and connection numbers ("[error] *426 www.x.es could not be resolved (3: Host not found)")
        u"|[\\w-]+(?:\\.[\\w-]+)+ could not be resolved \\(\\d+: [A-Z]"_s);
    const QString lineText = QString::fromUtf8(line);
    if (nginxUpstream.match(lineText).hasMatch()) {
        // People capitalise the message when they retell it ("with log `Upstream prematurely …`").
        QByteArray message = line.toByteArray();
        message.replace("Upstream prematurely", "upstream prematurely");
        LogCause cause = classifyLogMessage(message);
        cause.text = lineText;
        if (cause.cause.isEmpty())
            return std::nullopt;
        LogRecord record
            = errorLine(name, number, lineText, u"nginx-error"_s,
                        lineText.contains(u", server: kong"_s) ? u"kong"_s : u"nginx"_s, lineText.trimmed(), cause);
        // nginx answers 504 for a timeout, 503 for a limit, 502 for every other upstream failure.
        record.status = cause.cause == u"upstream.timeout" ? 504 : cause.cause == u"capacity.rate-limited" ? 503 : 502;
        return record;
    }
    // An Apache error code quoted with its message and nothing else, in any case ("ah01097: pass
    // request body failed to"): mod_proxy's words for what went wrong with the backend.
    static const QRegularExpression apacheCode(u"(?:^|[\\s`>(\\]])[Aa][Hh](\\d{5}): ([^`\\n]{8,})"_s);
    if (const QRegularExpressionMatch m = apacheCode.match(lineText); m.hasMatch()) {
        const QByteArray message = "AH" + m.captured(1).toLatin1() + ": " + m.captured(2).toUtf8();
        LogCause cause = classifyLogMessage(message);
        cause.text = lineText;
        if (!cause.cause.isEmpty()) {
            LogRecord record
                = errorLine(name, number, lineText, u"apache-error"_s, u"apache"_s, QString::fromUtf8(message), cause);
            // mod_proxy: 503 when it cannot connect, 500 for a DNS failure, 502 after the connect.
            record.status = cause.cause == u"upstream.refused" ? 503
                : cause.cause == u"upstream.dns-failure"       ? 500
                                                               : 502;
            return record;
        }
    }
    // Caddy's console encoder (`caddy run` in a terminal): "2025/02/11 04:27:47.487\tERROR\t
    // http.log.error\tdial tcp: lookup app: i/o timeout\t{"request": {…}, "status": 502}" — the
    // same fields as its JSON log, with level, logger and message written in front.
    static const QRegularExpression caddyConsole(
        u"\\t(ERROR|WARN|INFO|DEBUG|error|warn|info|debug)\\t(http\\.log\\.error\\S*|http\\.handlers\\.reverse_proxy)\\t([^\\t]+)\\t(\\{.*\\})\\s*`*$"_s);
    if (const QRegularExpressionMatch m = caddyConsole.match(lineText); m.hasMatch()) {
        QJsonObject fields = QJsonDocument::fromJson(m.captured(4).toUtf8()).object();
        if (!fields.isEmpty()) {
            fields.insert(u"level"_s, m.captured(1).toLower());
            fields.insert(u"logger"_s, m.captured(2));
            fields.insert(u"msg"_s, m.captured(3));
            if (std::optional<LogRecord> record
                = failureOfLine(QJsonDocument(fields).toJson(QJsonDocument::Compact), number, name)) {
                record->raw = lineText.trimmed();
                return record;
            }
        }
    }
    // The same console line with its tabs turned into spaces and its fields left out, as people
    // quote it ("ERROR http.log.error.log0 dialing backend: dial unix /run/php/php-fpm.sock: connect:
    // resource temporarily unavailable"): Caddy's reverse proxy answers 504 for a timeout, 502 for
    // any other failure to get an answer.
    static const QRegularExpression caddyConsoleShort(
        u"(?:^|[\\s`>])ERROR\\s+(?:http\\.log\\.error\\S*|http\\.handlers\\.reverse_proxy)\\s+([^{\\t]+?)\\s*`*$"_s);
    if (const QRegularExpressionMatch m = caddyConsoleShort.match(lineText); m.hasMatch()) {
        const LogCause cause = classifyLogMessage(m.captured(1).toUtf8());
        if (!cause.cause.isEmpty()) {
            LogRecord record
                = errorLine(name, number, lineText, u"caddy-console"_s, u"caddy"_s, m.captured(1).trimmed(), cause);
            record.status = cause.cause == u"upstream.timeout" ? 504 : 502;
            return record;
        }
    }
    // Traefik's debug line quoted in prose: "'502 Bad Gateway' caused by: read tcp …: wsarecv: …".
    static const QRegularExpression traefikCause(u"'(5\\d\\d) [A-Za-z ]+' caused by: (.+?)\\s*`*$"_s);
    if (const QRegularExpressionMatch m = traefikCause.match(lineText); m.hasMatch()) {
        const LogCause cause = classifyLogMessage(m.captured(2).toUtf8());
        if (!cause.cause.isEmpty()) {
            LogRecord record = errorLine(name, number, lineText, u"traefik-text"_s, u"traefik"_s, m.captured(0), cause);
            record.status = m.captured(1).toInt();
            return record;
        }
    }
    // Traefik 3's console line (zerolog: time, level, source file, '>', message): "… DBG
    // github.com/traefik/traefik/v3/pkg/middlewares/auth/forward.go:196 > Error calling …: dial tcp:
    // lookup auth on 127.0.0.11:53: no such host". Its ForwardAuth middleware answers such a failure
    // with 500; the proxy itself with 504 for a timeout and 502 for the rest.
    static const QRegularExpression traefikConsole(
        u"\\b(?:DBG|INF|WRN|ERR) (?:github\\.com/traefik/traefik/\\S*?(/middlewares/auth/forward\\.go)?|"
        // Traefik 3.1+ writes its proxy's error with the file's short path and the status it answered:
        // "DBG httputil/proxy.go:121 > 502 Bad Gateway | error=dial tcp …: connect: no route to host"
        u"httputil/proxy\\.go):\\d+ > (?:(5\\d\\d) [A-Za-z ]+ \\| error=)?(.+?)`*$"_s);
    if (const QRegularExpressionMatch m = traefikConsole.match(lineText); m.hasMatch()) {
        const LogCause cause = classifyLogMessage(m.captured(3).toUtf8());
        if (!cause.cause.isEmpty()) {
            LogRecord record
                = errorLine(name, number, lineText, u"traefik-console"_s, u"traefik"_s, m.captured(3).trimmed(), cause);
            record.status = m.capturedLength(2) > 0  ? m.captured(2).toInt()
                : m.capturedLength(1) > 0            ? 500
                : cause.cause == u"upstream.timeout" ? 504
                                                     : 502;
            return record;
        }
    }
    // authentik's proxy outpost (Go) logs its reverse proxy's error as JSON, then the 502 it answered:
    // {"error":"EOF","event":"Error proxying to upstream server",…}.
    static const QRegularExpression outpost(
        u"\"error\":\"([^\"]+)\",\"event\":\"Error proxying to upstream server\""_s);
    if (const QRegularExpressionMatch m = outpost.match(lineText); m.hasMatch()) {
        const LogCause cause = classifyLogMessage(m.captured(1).toUtf8());
        if (!cause.cause.isEmpty()) {
            LogRecord record
                = errorLine(name, number, lineText, u"authentik-outpost"_s, QString(), m.captured(0), cause);
            record.status = cause.cause == u"upstream.timeout" ? 504 : 502;
            return record;
        }
    }
    // Ocelot (the .NET API gateway) logs the error it answered with its code and the HTTP client's
    // exception ("Error Code: ConnectionToDownstreamServiceError Message: Error connecting to
    // downstream service, exception: … ---> System.Net.Sockets.SocketException (10061): …"). Its
    // ErrorsToHttpStatusCodeMapper answers 502 for a failed connection, 503 for its QoS timeout and
    // 500 when it could not complete the request.
    static const QRegularExpression ocelot(
        u"Error Code: (ConnectionToDownstreamServiceError|RequestTimedOutError|UnableToCompleteRequestError) "
        u"Message: ([^\\n]+(?:\\n[^\\n]*)*)"_s);
    if (const QRegularExpressionMatch m = ocelot.match(lineText); m.hasMatch()) {
        const QString code = m.captured(1);
        LogCause cause = code == u"RequestTimedOutError"
            ? LogCause { u"upstream.timeout"_s, u"read-timeout"_s, QString() }
            : classifyLogMessage(m.captured(2).toUtf8());
        if (cause.cause.isEmpty())
            cause = { u"upstream.error"_s, u"upstream-error"_s, QString() };
        cause.text = m.captured(0).trimmed();
        LogRecord record
            = errorLine(name, number, lineText, u"ocelot"_s, QString(), m.captured(0).section(u'\n', 0, 0), cause);
        record.status = code == u"ConnectionToDownstreamServiceError" ? 502
            : code == u"RequestTimedOutError"                         ? 503
                                                                      : 500;
        return record;
    }
    // Gin's access line with a 5xx and the error the handler attached under it ("[GIN] 2021/11/10 -
    // 11:00:18 | 500 | 30.0s | ::1 | GET "/test"" then "Error #01: context deadline exceeded"): the
    // way KrakenD (on Gin) logs a backend it could not get an answer from.
    static const QRegularExpression gin(
        u"\\[GIN\\][^|\\n]*\\|\\s*(5\\d\\d)\\s*\\|[^\\n]*\\n[^\\n]*?Error #\\s?\\d+: ([^`\\n]+)"_s);
    if (const QRegularExpressionMatch m = gin.match(lineText); m.hasMatch()) {
        LogCause cause = classifyLogMessage(m.captured(2).trimmed().toUtf8());
        if (!cause.cause.isEmpty()) {
            cause.text = m.captured(2).trimmed();
            LogRecord record = errorLine(name, number, lineText, u"gin"_s, QString(), m.captured(2).trimmed(), cause);
            record.status = m.captured(1).toInt();
            return record;
        }
    }
    // Go's httputil.ReverseProxy (the default error handler of Go proxies without a log format of
    // their own) logs "http: proxy error: <the transport's error>" and answers 502.
    static const QRegularExpression goProxy(u"http: proxy error: ([^\"\\n]+)"_s);
    if (const QRegularExpressionMatch m = goProxy.match(lineText); m.hasMatch()) {
        LogRecord record = errorLine(name, number, lineText, u"go-reverseproxy"_s, QString(), m.captured(0),
                                     classifyLogMessage(m.captured(1).trimmed().toUtf8()));
        record.status = 502;
        return record;
    }
    // HAProxy's HTTP log line with its start cut off (the syslog prefix, client, date, frontend and
    // server gone): "26848/   0/-1/-1/26849 503 212 - - SC-- 197/197/1/1/+3 0/0 {…} "GET / HTTP/1.1"" —
    // the timers Tq/Tw/Tc/Tr/Tt, status, bytes, two cookies, the termination state, the connection
    // counts with the retries.
    static const QRegularExpression haproxyTail(
        u"(?:(?:^|\\s)\\S+/(<NOSRV>|\\S*)(?=\\s))?(?:^|\\s+)(-?\\d+)/\\s*(-?\\d+)/\\s*(-?\\d+)/\\s*(-?\\d+)/"
        u"\\s*\\+?(-?\\d+) ([1-5]\\d\\d) \\+?\\d+ \\S+ \\S+ "
        u"([A-Za-z-]{4}) \\d+/\\d+/\\d+/\\d+/\\+?(\\d+)(?:.*\"(\\S+) (\\S+)(?: HTTP/[\\d.]+)?\")?"_s);
    if (const QRegularExpressionMatch m = haproxyTail.match(lineText); m.hasMatch()) {
        LogRecord record;
        record.file = name;
        record.line = number;
        record.raw = lineText.trimmed();
        record.format = u"haproxy-http"_s;
        record.product = u"haproxy"_s;
        record.kind = LogRecord::Kind::Access;
        const auto timer = [&m](int group) { return m.captured(group + 1).toDouble(); };
        record.queueMs = timer(2);
        record.connectMs = timer(3);
        record.upstreamHeaderMs = timer(4);
        record.requestMs = timer(5);
        record.status = m.captured(7).toInt();
        record.flags = m.captured(8);
        record.retries = m.captured(9).toInt();
        record.method = m.captured(10);
        record.target = m.captured(11);
        // "backend/<NOSRV>", or "backend/" with nothing after it where a page's HTML ate the
        // "<NOSRV>": no server could be picked.
        const bool noServer = m.capturedStart(1) >= 0 && (m.captured(1).isEmpty() || m.captured(1) == u"<NOSRV>");
        if (noServer)
            record.upstreamAddress = m.captured(0).section(u' ', 0, 0, QString::SectionSkipEmpty);
        setHaproxyTerminationCause(&record, m.captured(8).toLatin1(), noServer, line);
        record.gatewayGenerated = !record.cause.isEmpty() && record.status >= 500;
        return record;
    }
    // Fly.io's proxy in the app's logs: "instance refused connection. is your app listening on
    // 0.0.0.0:8080?" (nothing listens on the service's internal port; it answers 502) and "could not
    // find a good candidate within 90 attempts at load balancing" (no machine could take it).
    static const QRegularExpression flyProxy(
        u"\\b(instance refused connection|could not find a good candidate within \\d+ attempts at load balancing)"_s);
    if (const QRegularExpressionMatch m = flyProxy.match(lineText); m.hasMatch()) {
        const bool refused = m.captured(1).startsWith(u"instance");
        LogCause cause;
        cause.cause = refused ? u"upstream.refused"_s : u"capacity.no-healthy-upstream"_s;
        cause.hint = hintForCause(cause.cause, refused);
        cause.text = m.captured(1);
        LogRecord record = errorLine(name, number, lineText, u"fly-proxy"_s, QString(), m.captured(1), cause);
        record.status = refused ? 502 : 503;
        return record;
    }
    // A Heroku router error told by its code and its name as Heroku's "Error Codes" page gives them
    // (H18 "Server Request Interrupted", "H12 - Request timeout"): the router answered 503.
    static const QRegularExpression herokuCode(u"\\b(H\\d\\d)\\b[\\s\"“'*:(\\-–]{0,4}(?=\\w)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpressionMatch &m : herokuCode.globalMatch(lineText)) {
        const HerokuRouterCode *known = herokuRouterCode(m.captured(1).toUpper().toLatin1());
        if (!known || known->status == 0)
            continue;
        const QStringView after = QStringView(lineText).sliced(m.capturedEnd());
        const auto named = std::find_if(known->names.cbegin(), known->names.cend(), [after](const QString &written) {
            return after.startsWith(written, Qt::CaseInsensitive)
                && (after.size() == written.size() || !after.at(written.size()).isLetterOrNumber());
        });
        if (named == known->names.cend())
            continue;
        const QString said = lineText.sliced(m.capturedStart(), m.capturedLength() + named->size());
        LogCause cause;
        cause.cause = known->cause;
        cause.hint = hintForCause(cause.cause, known->connectPhase);
        cause.text = said;
        LogRecord record = errorLine(name, number, lineText, u"heroku-router"_s, u"heroku"_s, said, cause);
        record.flags = m.captured(1).toUpper();
        record.status = known->status;
        return record;
    }
    // A Node proxy's own log, each line behind the name of the process that writes it (pnpm's
    // "examples/api-client-proxy dev: ", docker compose's "api-proxy_1  | "): Node's error for its
    // call to the upstream ("cause: Error: getaddrinfo ENOTFOUND api") is the proxy's failure; it
    // answers 502.
    if (const QRegularExpressionMatch behind = NetworkErrorText::proxyProcessPrefix().match(lineText);
        behind.hasMatch()) {
        static const QRegularExpression nodeError(u"\\b(?:connect |getaddrinfo |read |write )?(E[A-Z_]+)\\b"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        for (const QRegularExpressionMatch &m : nodeError.globalMatch(lineText, behind.capturedEnd())) {
            const std::optional<QString> upstream = upstreamCauseOfNodeError(m.captured(1).toUpper());
            if (!upstream)
                continue;
            const QString said = lineText.first(m.capturedEnd()).trimmed();
            LogCause cause;
            cause.cause = *upstream;
            cause.text = said;
            cause.hint = hintForCause(cause.cause, cause.cause == u"upstream.refused");
            LogRecord record = errorLine(name, number, lineText, u"node-proxy"_s, QString(), said, cause);
            record.status = 502;
            return record;
        }
    }
    // Envoy's response flags or response code details retold in prose ("impacted by `503 UF,URX`",
    // "503 errors with `no_healthy_upstream` responses and UH response flags"): the flags next to a
    // 5xx, or a detail only Envoy writes, name Envoy's own failure.
    static const QRegularExpression envoyFlags(
        u"\\b(5\\d\\d)\\b[ \\t]*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?[ "
        u"\\t]*)?[(`'\"]?((?:UF|UH|URX|UT|UC|UO|UMSDR|UPE|UR|LR|DC|NR|RL)"
        u"(?:,(?:UF|UH|URX|UT|UC|UO|UMSDR|UPE|UR|LR|DC|NR|RL))*)\\b(?![-/.:])"_s);
    static const QRegularExpression envoyDetails(
        u"\\b(no_healthy_upstream|upstream_reset_before_response_started(?:\\{[^}\\s]*\\})?|upstream_response_timeout|"
        u"upstream_per_try_timeout|upstream_max_stream_duration_reached)\\b"_s);
    static const QRegularExpression distinctiveFlag(u"\\b(?:UF|UH|URX|UT|UC|UO|UMSDR|UPE)\\b"_s);
    const QRegularExpressionMatch flagged = envoyFlags.match(lineText);
    const bool flagsNamed = flagged.hasMatch()
        && (flagged.captured(2).contains(u',') || distinctiveFlag.match(flagged.captured(2)).hasMatch());
    const QRegularExpressionMatch detailed = envoyDetails.match(lineText);
    if (flagsNamed || detailed.hasMatch()) {
        static const QRegularExpression statusWord(u"\\b(5\\d\\d)\\b"_s);
        const QRegularExpressionMatch stated = flagsNamed ? flagged : statusWord.match(lineText);
        LogRecord record = errorLine(name, number, lineText, u"envoy-prose"_s, u"envoy"_s,
                                     flagsNamed ? flagged.captured(0) : detailed.captured(0), LogCause {});
        // Flags not in a flag list of their own ("UH response flags") still name the cause.
        QString flags = flagsNamed ? flagged.captured(2) : QString();
        if (flags.isEmpty()) {
            static const QRegularExpression flagWord(u"\\b(UF|UH|URX|UT|UC|UO|UMSDR)\\b(?= (?:response )?flags?\\b)"_s);
            flags = flagWord.match(lineText).captured(1);
        }
        setEnvoyCause(&record, flags, detailed.captured(0));
        if (record.cause.isEmpty())
            return std::nullopt;
        record.gatewayGenerated = true;
        record.message = record.causeText;
        record.status = stated.hasMatch()         ? stated.captured(1).toInt()
            : record.cause == u"upstream.timeout" ? 504
                                                  : 503;
        return record;
    }
    // Linkerd's proxy logs the request it failed ("linkerd_app_core::errors: Failed to proxy request:
    // HTTP Logical service in fail-fast", "…::respond: HTTP/1.1 request failed error=…: service in
    // fail-fast"): fail-fast (no endpoint ready to take it) is its 503, a timeout its 504, else 502.
    static const QRegularExpression linkerd(
        u"linkerd_app_core::errors(?:::respond)?: (?:Failed to proxy request: |HTTP/[\\d.]+ request failed error=)(.+)$"_s);
    if (const QRegularExpressionMatch m = linkerd.match(lineText); m.hasMatch()) {
        const QString message = m.captured(1);
        LogCause cause;
        int status = 502;
        if (message.contains(u"fail-fast"_s)) {
            cause.cause = u"capacity.no-healthy-upstream"_s;
            status = 503;
        } else if (message.contains(u"timed out"_s) || message.contains(u"timeout"_s)) {
            cause.cause = u"upstream.timeout"_s;
            status = 504;
        } else if (message.contains(u"onnection refused"_s)) {
            cause.cause = u"upstream.refused"_s;
        } else {
            cause.cause = u"upstream.error"_s;
        }
        cause.hint = hintForCause(cause.cause, cause.cause == u"upstream.refused");
        cause.text = message.left(200);
        LogRecord record = errorLine(name, number, lineText, u"linkerd-proxy"_s, QString(), message, cause);
        record.status = status;
        return record;
    }
    // The ingress-nginx controller's own log when a Service has nothing to route to ("controller.go:
    // 753] Error obtaining Endpoints for Service …", "Service \"ns/x\" does not have any active
    // Endpoint"): its nginx answers 503.
    static const QRegularExpression ingressEndpoints(
        u"\\.go:\\d+\\] (?:Error obtaining Endpoints for Service|Service \"[^\"]+\" does not have any active Endpoint)"_s);
    if (ingressEndpoints.match(lineText).hasMatch()) {
        LogCause cause { u"capacity.no-healthy-upstream"_s, u"no-healthy-upstream"_s, lineText.trimmed() };
        LogRecord record = errorLine(name, number, lineText, u"ingress-nginx-controller"_s, u"ingress-nginx"_s,
                                     lineText.trimmed(), cause);
        record.status = 503;
        return record;
    }
    // Traefik's body when a router's service has no server left ("no available server", its 503),
    // quoted on a line of its own.
    static const QRegularExpression traefikNoServer(u"^[\\s`>]*no available server[\\s`.]*$"_s);
    if (traefikNoServer.match(lineText).hasMatch()) {
        LogCause cause { u"capacity.no-healthy-upstream"_s, u"no-healthy-upstream"_s, lineText.trimmed() };
        LogRecord record
            = errorLine(name, number, lineText, u"traefik-body"_s, u"traefik"_s, lineText.trimmed(), cause);
        record.status = 503;
        return record;
    }
    // Caddy 1's error log: "[ERROR 502 /api] dial tcp 172.20.0.6:5000: connect: connection refused".
    static const QRegularExpression caddy1(u"\\[ERROR (5\\d\\d) (/\\S*)\\] (.+)$"_s);
    if (const QRegularExpressionMatch m = caddy1.match(lineText); m.hasMatch()) {
        LogRecord record = errorLine(name, number, lineText, u"caddy1-error"_s, u"caddy"_s, m.captured(3),
                                     classifyLogMessage(m.captured(3).toUtf8()));
        record.status = m.captured(1).toInt();
        record.target = m.captured(2);
        return record;
    }
    // Vite's dev-server proxy logs "[vite] http proxy error at /api:" and Node's error on the next
    // line ("Error: connect ECONNREFUSED 127.0.0.1:8100"), read here as one record of two lines;
    // it answers the browser 500. Nuxt's and other node-http-proxy users write "http proxy
    // error:Error: socket hang up" on one line (the upstream closed without answering).
    static const QRegularExpression vite(
        u"(?:\\[vite\\] |^\\W*)http proxy error(?: at (\\S+?))?:?[ \\t]*(?:\\r?\\n\\s*)?Error: (?:connect |getaddrinfo |read |write )?(E[A-Z_]+|socket hang up)(?: (\\S+))?"_s);
    if (const QRegularExpressionMatch m = vite.match(lineText); m.hasMatch()) {
        LogCause cause;
        cause.cause = upstreamCauseOfNodeError(m.captured(2)).value_or(QString());
        cause.text = m.captured(2);
        cause.hint = hintForCause(cause.cause);
        LogRecord record = errorLine(name, number, lineText, u"vite-proxy"_s, QString(), m.captured(0), cause);
        record.target = m.captured(1);
        record.upstreamAddress = m.captured(3);
        record.status = 500;
        return record;
    }
    // http-proxy-middleware (webpack-dev-server, Vite, create-react-app's proxy): "[HPM] Error
    // occurred while proxying request localhost:4200/api to http://localhost:9000/ [ECONNREFUSED]
    // (…)". Its default error handler answers 504 for ECONNREFUSED, ECONNRESET, ENOTFOUND and
    // ETIMEDOUT, 500 for any other code.
    static const QRegularExpression hpm(
        u"\\[HPM\\] Error occurred while (?:trying to )?proxy(?:ing)? request (\\S+) to (\\S+) \\[(\\w+)\\]"_s);
    if (const QRegularExpressionMatch m = hpm.match(lineText); m.hasMatch()) {
        const QString code = m.captured(3);
        LogCause cause;
        cause.cause = upstreamCauseOfNodeError(code).value_or(QString());
        cause.text = code;
        cause.hint = hintForCause(cause.cause);
        LogRecord record
            = errorLine(name, number, lineText, u"http-proxy-middleware"_s, QString(), m.captured(0), cause);
        const QString asked = m.captured(1); // "localhost:4200/api/login"
        const qsizetype slash = asked.indexOf(u'/');
        record.host = slash < 0 ? asked : asked.first(slash);
        record.target = slash < 0 ? u"/"_s : asked.sliced(slash);
        record.upstreamAddress = m.captured(2);
        record.status
            = QStringList { u"ECONNREFUSED"_s, u"ECONNRESET"_s, u"ENOTFOUND"_s, u"ETIMEDOUT"_s }.contains(code) ? 504
                                                                                                                : 500;
        return record;
    }
    return std::nullopt;
}

} // namespace

QList<LogRecord> failures(QByteArrayView text, const QString &name)
{
    QList<LogRecord> found;
    qsizetype start = 0;
    qint64 number = 0;
    QByteArray w3cFields; // the field list of a W3C log quoted above, once seen
    while (start < text.size() && number < MaxLines) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        ++number;
        const qint64 first = number;
        QByteArray joined;
        if (line.contains("http proxy error") && start < text.size()) {
            // Vite's proxy writes its error over two lines: read them as one.
            qsizetype next = text.indexOf('\n', start);
            if (next < 0)
                next = text.size();
            joined = line.toByteArray() + '\n' + text.sliced(start, next - start);
            line = joined;
        } else if ((line.contains("[GIN] ") || line.contains("Error Code: ")) && start < text.size()) {
            // Gin's access line and the error under it; Ocelot's error line and the exceptions
            // .NET writes under it ("   ---> System.Net.Sockets.SocketException …"): read them as one.
            joined = line.toByteArray();
            const bool isGin = line.contains("[GIN] ");
            for (int more = 0; more < 3 && start < text.size(); ++more) {
                qsizetype next = text.indexOf('\n', start);
                if (next < 0)
                    next = text.size();
                const QByteArrayView following = text.sliced(start, next - start);
                if (isGin ? !following.contains("Error #") : !following.trimmed().startsWith("--->"))
                    break;
                joined += '\n' + following.toByteArray();
                start = next + 1;
                ++number;
                if (isGin)
                    break;
            }
            if (joined.size() != line.size())
                line = joined;
            else
                joined.clear();
        } else if (const qsizetype brace = line.indexOf("{\"level\""); brace >= 0) {
            // A JSON log record (Caddy, Traefik) that the paste wrapped over a few lines: read up to
            // four more lines until its braces close (JSON allows the line break between tokens).
            joined = line.toByteArray();
            for (int more = 0;
                 more < 4 && unclosedBraces(QByteArrayView(joined).sliced(brace)) > 0 && start < text.size(); ++more) {
                qsizetype next = text.indexOf('\n', start);
                if (next < 0)
                    next = text.size();
                joined += '\n' + text.sliced(start, next - start);
                start = next + 1;
                ++number;
            }
            if (joined.size() != line.size())
                line = joined;
        }
        std::optional<LogRecord> record = failureOfLine(line, first, name);
        // The field list of a W3C log (IIS) names the fields of the lines below it.
        if (const QByteArray fields = w3cFieldList(line); !fields.isEmpty()) {
            w3cFields = fields;
            continue;
        }
        if (!record && !w3cFields.isEmpty() && !line.trimmed().isEmpty()) {
            record
                = failureOfLine(QByteArray("#Fields: " + w3cFields + '\n' + line.trimmed().toByteArray()), first, name);
            if (record)
                record->line = first;
        }
        // A long line the terminal or the paste wrapped (ingress-nginx's access line cut inside its
        // upstream lists): the next line, when it is no record of its own and does not open like
        // one, continues it — read the two as one when that gives a record, or a record of another
        // format than the cut line alone.
        if (joined.isEmpty() && start < text.size()) {
            qsizetype next = text.indexOf('\n', start);
            if (next < 0)
                next = text.size();
            const QByteArrayView following = text.sliced(start, next - start);
            static const QRegularExpression recordStart(
                u"^\\s*(?:\\d{1,4}[./-]\\d|\\d{1,3}(?:\\.\\d{1,3}){3}\\b|\\[|\\{|[A-Z][a-z]{2} [ \\d]\\d )"_s);
            if (!following.trimmed().isEmpty() && following.size() < 4096
                && !recordStart.match(QString::fromUtf8(following)).hasMatch()
                && !failureOfLine(following, number + 1, name)) {
                const QByteArray whole = line.toByteArray() + following.toByteArray();
                std::optional<LogRecord> wholeRecord = failureOfLine(whole, first, name);
                if (wholeRecord && (!record || wholeRecord->format != record->format)) {
                    record = std::move(wholeRecord);
                    start = next + 1;
                    ++number;
                }
            }
        }
        if (record)
            found.append(std::move(*record));
    }
    return found;
}

qsizetype quoteInto(QList<Exchange> &exchanges, QByteArrayView text, const QString &name)
{
    const QList<LogRecord> quoted = failures(text, name);
    if (quoted.isEmpty()) {
        const QString named = producerNamedNearTheStatus(text);
        for (Exchange &exchange : exchanges)
            exchange.quotedLinesProduct = named;
        return 0;
    }
    // Each line is kept as it was pasted (with its prompt, pod or time prefix), so that reading it
    // again gives the same record.
    QList<QuotedLogLine> lines;
    lines.reserve(quoted.size());
    qsizetype start = 0;
    qint64 number = 0;
    for (const LogRecord &record : quoted) {
        while (start < text.size() && number < record.line - 1) {
            const qsizetype end = text.indexOf('\n', start);
            start = end < 0 ? text.size() : end + 1;
            ++number;
        }
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        // A record read from two lines (Vite's proxy error, a line the paste wrapped) keeps both.
        const QString written = QString::fromUtf8(text.sliced(start, end - start));
        lines.append({ name, record.line,
                       record.raw.contains(u'\n') || record.raw.size() > written.size() ? record.raw : written });
    }
    if (exchanges.isEmpty())
        exchanges.append(requestOf(quoted));
    const QString product = nginxProductNamed(text);
    for (Exchange &exchange : exchanges) {
        exchange.quotedLogLines = lines;
        exchange.quotedLinesProduct = product;
    }
    return quoted.size();
}

QList<LogRecord> recordsOf(const Exchange &exchange)
{
    QList<LogRecord> records;
    for (const QuotedLogLine &line : exchange.quotedLogLines) {
        if (std::optional<LogRecord> record = failureOfLine(line.text.toUtf8(), line.line, line.source))
            records.append(std::move(*record));
    }
    return records;
}

Exchange requestOf(const QList<LogRecord> &quoted)
{
    // An access line says what the client got; an error line's status is the gateway's guess.
    for (const LogRecord::Kind kind : { LogRecord::Kind::Access, LogRecord::Kind::Error }) {
        for (const LogRecord &record : quoted) {
            if (record.kind == kind && record.status >= 500)
                return LogJoin::exchangeFor(record);
        }
    }
    if (quoted.isEmpty())
        return Exchange();
    return LogJoin::exchangeFor(quoted.first());
}

namespace {

DiagnosedExchange diagnoseQuoted(const Diagnoser &diagnoser, const Exchange &exchange, const QList<LogRecord> &quoted,
                                 const QString &namedInText);

} // namespace

// "We use Kong … the kong logs", "behind an nginx ingress controller", ingress-nginx's Lua balancer
// ("upstream_balancer"). Apache APISIX (OpenResty) writes nginx's error.log too; a paste that names
// it is about APISIX, which the contract has no id for (unknown).
QString nginxProductNamed(QByteArrayView text)
{
    const QString lower = QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), 1 << 20))).toLower();
    static const QRegularExpression kong(u"(?<!hong )\\bkong\\b"_s);
    // NGINX Inc's own controller (nginxinc/kubernetes-ingress, its "nginx-ingress" chart) runs plain
    // nginx: not the community's ingress-nginx.
    static const QRegularExpression ingress(
        u"ingress-nginx|nginx ingress|ingress controller|ingress-controller|upstream_balancer"_s);
    QString named;
    int count = 0;
    if (lower.contains(u"apisix"_s)) {
        named = u"unknown"_s;
        ++count;
    }
    if (kong.match(lower).hasMatch()) {
        named = u"kong"_s;
        ++count;
    }
    if (ingress.match(lower).hasMatch() && !lower.contains(u"kubernetes-ingress"_s) && !lower.contains(u"nginxinc"_s)) {
        named = u"ingress-nginx"_s;
        ++count;
    }
    return count == 1 ? named : QString();
}

QString producerNamedNearTheStatus(QByteArrayView text)
{
    // A gateway's name in words, and the contract id it stands for. Case matters where a common word
    // would match otherwise ("ALB", "API Gateway").
    struct Name
    {
        const char16_t *pattern;
        const char16_t *product;
        bool caseSensitive = false;
    };
    static const Name names[] = {
        { u"\\bingress-nginx\\b|\\bnginx[ -]ingress\\b", u"ingress-nginx" },
        { u"(?<![-/.])\\bnginx\\b(?![ -]ingress|[-/.]\\w)", u"nginx" },
        { u"\\bhaproxy\\b", u"haproxy" },
        { u"\\bapache(?: httpd| web server| server)?\\b(?! "
          u"(?:tomcat|kafka|spark|airflow|apisix|camel|superset|druid|solr|nifi|"
          u"cassandra|flink|pulsar|dubbo|shenyu|zookeeper|hadoop|hive|beam|arrow))|\\bhttpd\\b|\\bmod_proxy\\b",
          u"apache" },
        { u"\\btraefik\\b", u"traefik" },
        { u"\\benvoy\\b|\\bistio\\b", u"envoy" },
        { u"(?<!hong )\\bkong\\b", u"kong" },
        { u"\\bvarnish\\b", u"varnish" },
        { u"\\bsquid\\b", u"squid" },
        { u"\\bcaddy\\b", u"caddy" },
        { u"\\bcloudflare\\b", u"cloudflare" },
        { u"\\bfastly\\b", u"fastly" },
        { u"\\bakamai\\b", u"akamai" },
        { u"\\bheroku\\b", u"heroku" },
        { u"\\bcloudfront\\b", u"aws-cloudfront" },
        { u"\\bALBs?\\b|\\b[Aa]pplication [Ll]oad [Bb]alancer", u"aws-alb", true },
        { u"\\bAPI Gateway\\b|\\bAPIGateway\\b", u"aws-api-gateway", true },
        { u"\\bfront door\\b", u"azure-front-door" },
        { u"\\bapplication gateway\\b", u"azure-app-gateway" },
    };
    struct Compiled
    {
        QRegularExpression expression;
        QString product;
    };
    static const std::vector<Compiled> compiled = [] {
        std::vector<Compiled> list;
        for (const Name &name : names)
            list.push_back({ QRegularExpression(QString::fromUtf16(name.pattern),
                                                name.caseSensitive ? QRegularExpression::NoPatternOption
                                                                   : QRegularExpression::CaseInsensitiveOption),
                             QString::fromUtf16(name.product) });
        return list;
    }();
    static const QRegularExpression status(
        u"(?<![\\w.:/-])5\\d\\d(?![\\w.:/-])|Bad Gateway|Gateway Time-?out|Service (?:Temporarily )?Unavailable"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A page or a header block says who wrote it in its own bytes; only the words around count.
    static const QRegularExpression markup(u"<[a-zA-Z/!][^>]*>|^\\s*[\\w-]+: \\S"_s);
    QSet<QString> named;
    const QString decoded
        = QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), ProseNamedProducerTextBytes)));
    for (QStringView line : QStringTokenizer(decoded, u'\n')) {
        if (line.size() > 2000 || !status.match(line).hasMatch() || markup.match(line).hasMatch())
            continue;
        // "Grafana itself is returning 502 (not nginx)": a name said not to be the producer.
        static const QRegularExpression denied(
            u"\\b(?:not|no|isn't|wasn't|without|instead of)\\W{1,3}(?:the |an? )?$"_s,
            QRegularExpression::CaseInsensitiveOption);
        for (const Compiled &name : compiled) {
            const QRegularExpressionMatch match = name.expression.match(line);
            if (match.hasMatch() && !denied.match(line.first(match.capturedStart()).right(24)).hasMatch()) {
                named.insert(name.product);
                if (name.product == u"ingress-nginx")
                    break; // "nginx ingress" names ingress-nginx, not nginx besides
            }
        }
    }
    return named.size() == 1 ? *named.cbegin() : QString();
}

DiagnosedExchange diagnose(const Diagnoser &diagnoser, const Exchange &exchange, const QList<LogRecord> &quoted)
{
    const bool statedNothing
        = exchange.transport.outcome == Outcome::Ok && (!exchange.response || exchange.response->status == 0);
    if (statedNothing && !quoted.isEmpty()) {
        const Exchange stand = requestOf(quoted);
        if (stand.response && stand.response->status > 0)
            return diagnoseQuoted(diagnoser, stand, quoted, exchange.quotedLinesProduct);
    }
    return diagnoseQuoted(diagnoser, exchange, quoted, exchange.quotedLinesProduct);
}

namespace {

DiagnosedExchange diagnoseQuoted(const Diagnoser &diagnoser, const Exchange &exchange, const QList<LogRecord> &quoted,
                                 const QString &namedInText)
{
    // ingress-nginx and Kong run nginx: next to a line in ingress-nginx's access format, or a
    // response whose own page or headers name Kong or ingress-nginx, nginx's error.log lines of the
    // same paste are that product's.
    EvidenceSet evidence = diagnoser.extractor().analyse(exchange);
    QString nginxInside;
    if (evidence.gatewayProduct == u"kong" || evidence.gatewayProduct == u"ingress-nginx")
        nginxInside = evidence.gatewayProduct;
    if (std::any_of(quoted.cbegin(), quoted.cend(),
                    [](const LogRecord &record) { return record.product == u"ingress-nginx"; }))
        nginxInside = u"ingress-nginx"_s;
    const bool onlyProseNamesIt = nginxInside.isEmpty() && !namedInText.isEmpty() && namedInText != u"unknown";
    if (nginxInside.isEmpty())
        nginxInside = namedInText;
    QList<LogMatch> matches;
    for (const LogRecord &record : quoted) {
        if (matches.size() == LogJoin::MaxMatches)
            break;
        matches.append({ u"quoted"_s, record });
        if (!nginxInside.isEmpty() && record.product == u"nginx")
            matches.last().record.product = nginxInside;
    }
    const QString namedByTheAnswer = evidence.gatewayProduct;
    LogJoin::addEvidence(evidence, matches);
    // nginx's log lines are written alike by the products built on it (ingress-nginx, Kong,
    // OpenResty-based gateways): quoted without a page or header that names nginx, they make it
    // likely, not sure.
    if (evidence.gatewayProduct == u"nginx" && namedByTheAnswer != u"nginx") {
        evidence.doubtedProduct = u"nginx"_s;
        evidence.doubtedProductCeiling = QuotedNginxLineConfidence;
    }
    // A product the surrounding words name, not the answer itself, is as likely as nginx's own lines.
    if (onlyProseNamesIt && evidence.gatewayProduct == nginxInside) {
        evidence.doubtedProduct = nginxInside;
        evidence.doubtedProductCeiling = QuotedNginxLineConfidence;
    }
    // Lines that name different causes (a refused connect, then "disabled connection" for the
    // next requests) leave open which one the user's request met.
    QSet<QString> causes;
    for (const LogMatch &match : std::as_const(matches)) {
        if (!match.record.cause.isEmpty())
            causes.insert(match.record.cause);
    }
    if (causes.size() > 1)
        evidence.ceiling = DisagreeingLinesConfidence;
    DiagnosedExchange result { exchange, diagnoser.diagnose(exchange, evidence), QList<LogLineEvidence>() };
    for (const LogMatch &match : std::as_const(matches))
        result.logEvidence->append(LogJoin::evidenceRow(match));
    return result;
}

} // namespace

DiagnosedExchange diagnoseWithLogs(const Diagnoser &diagnoser, const Exchange &exchange, const QList<LogRecord> &logs)
{
    if (!exchange.quotedLogLines.isEmpty()) {
        const QList<LogRecord> quoted = recordsOf(exchange);
        if (!quoted.isEmpty())
            return diagnose(diagnoser, exchange, quoted);
    }
    if (!logs.isEmpty())
        return LogJoin::diagnose(diagnoser, exchange, logs);
    // Nothing in the answer names the gateway, but the words around its status do ("nginx
    // returns 502"): that product, and no more sure than the words.
    const int status = exchange.response ? exchange.response->status : 0;
    if (!exchange.quotedLinesProduct.isEmpty() && exchange.quotedLogLines.isEmpty() && status >= 502 && status <= 504) {
        EvidenceSet evidence = diagnoser.extractor().analyse(exchange);
        if (evidence.gatewayProduct.isEmpty()) {
            evidence.gatewayProduct = exchange.quotedLinesProduct;
            evidence.gatewayConfidence = ProseNamedProducerConfidence;
            evidence.doubtedProduct = exchange.quotedLinesProduct;
            evidence.doubtedProductCeiling = ProseNamedProducerConfidence;
            return { exchange, diagnoser.diagnose(exchange, evidence), std::nullopt };
        }
    }
    return { exchange, diagnoser.diagnose(exchange), std::nullopt };
}

} // namespace Gatescope::QuotedLogLines
