#include "logs/QuotedLogLines.h"

#include "logs/LogJoin.h"
#include "logs/LogParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatescope::QuotedLogLines {

namespace {

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
            u"[\\d./:T-]+ [\\d:.]+[\\w.-]+\\s+\\|\\s+)"_s);
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

} // namespace

QList<LogRecord> failures(QByteArrayView text, const QString &name)
{
    QList<LogRecord> found;
    qsizetype start = 0;
    qint64 number = 0;
    while (start < text.size() && number < MaxLines) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        ++number;
        if (line.size() < 20 || line.size() > 64 * 1024)
            continue;
        for (QByteArrayView candidate : undecorated(line)) {
            const QString format = LogFormats::detectLine(candidate);
            // A bare access line in the common log format names a status, not a gateway or a cause.
            if (format.isEmpty() || format == u"combined")
                continue;
            LogParser parser(format, name);
            LogRecord record;
            LogParser::Line read = parser.feed(candidate, number, &record, true);
            if (read != LogParser::Line::Record && parser.finish(&record))
                read = LogParser::Line::Record;
            if (read == LogParser::Line::Record && record.isFailure()) {
                found.append(record);
                break;
            }
        }
        if (!found.isEmpty() && found.last().line == number)
            continue;
        // nginx's error message quoted without its log prefix ("connect() failed (111: Connection
        // refused) while connecting to upstream", "… while SSL handshaking to upstream").
        static const QRegularExpression nginxUpstream(
            u"while (?:connecting to|reading response header from|reading upstream|sending request to|SSL "
            u"handshaking to|reading upstream response from) upstream"_s);
        const QString lineText = QString::fromUtf8(line);
        if (nginxUpstream.match(lineText).hasMatch()) {
            const LogCause cause = classifyLogMessage(line);
            if (cause.cause.isEmpty())
                continue;
            LogRecord record;
            record.file = name;
            record.line = number;
            record.raw = lineText.trimmed();
            record.format = u"nginx-error"_s;
            record.product = u"nginx"_s;
            record.kind = LogRecord::Kind::Error;
            record.message = record.raw;
            record.cause = cause.cause;
            record.causeText = cause.text;
            record.hint = cause.hint;
            record.gatewayGenerated = true;
            // nginx answers 504 for a timeout, 503 for a limit, 502 for every other upstream failure.
            record.status = cause.cause == u"upstream.timeout" ? 504
                : cause.cause == u"capacity.rate-limited"      ? 503
                                                               : 502;
            found.append(record);
            continue;
        }
        // Caddy 1's error log: "[ERROR 502 /api] dial tcp 172.20.0.6:5000: connect: connection refused".
        static const QRegularExpression caddy1(u"\\[ERROR (5\\d\\d) (/\\S*)\\] (.+)$"_s);
        if (const QRegularExpressionMatch m = caddy1.match(lineText); m.hasMatch()) {
            const LogCause cause = classifyLogMessage(m.captured(3).toUtf8());
            LogRecord record;
            record.file = name;
            record.line = number;
            record.raw = lineText.trimmed();
            record.format = u"caddy1-error"_s;
            record.product = u"caddy"_s;
            record.kind = LogRecord::Kind::Error;
            record.status = m.captured(1).toInt();
            record.target = m.captured(2);
            record.message = m.captured(3);
            record.cause = cause.cause;
            record.causeText = cause.text;
            record.hint = cause.hint;
            record.gatewayGenerated = true;
            found.append(record);
            continue;
        }
        // http-proxy-middleware (webpack-dev-server, Vite, create-react-app's proxy): "[HPM] Error
        // occurred while proxying request localhost:4200/api to http://localhost:9000/ [ECONNREFUSED]
        // (…)". Its default error handler answers 504 for ECONNREFUSED, ECONNRESET, ENOTFOUND and
        // ETIMEDOUT, 500 for any other code.
        static const QRegularExpression hpm(
            u"\\[HPM\\] Error occurred while (?:trying to )?proxy(?:ing)? request (\\S+) to (\\S+) \\[(\\w+)\\]"_s);
        if (const QRegularExpressionMatch m = hpm.match(lineText); m.hasMatch()) {
            const QString code = m.captured(3);
            static const QHash<QString, QString> causes {
                { u"ECONNREFUSED"_s, u"upstream.refused"_s },  { u"ECONNRESET"_s, u"upstream.reset"_s },
                { u"ENOTFOUND"_s, u"upstream.dns-failure"_s }, { u"EAI_AGAIN"_s, u"upstream.dns-failure"_s },
                { u"ETIMEDOUT"_s, u"upstream.timeout"_s },     { u"ESOCKETTIMEDOUT"_s, u"upstream.timeout"_s },
                { u"EHOSTUNREACH"_s, u"upstream.refused"_s },
            };
            LogRecord record;
            record.file = name;
            record.line = number;
            record.raw = lineText.trimmed();
            record.format = u"http-proxy-middleware"_s;
            record.kind = LogRecord::Kind::Error;
            record.message = m.captured(0);
            const QString asked = m.captured(1); // "localhost:4200/api/login"
            const qsizetype slash = asked.indexOf(u'/');
            record.host = slash < 0 ? asked : asked.first(slash);
            record.target = slash < 0 ? u"/"_s : asked.sliced(slash);
            record.upstreamAddress = m.captured(2);
            record.cause = causes.value(code);
            record.causeText = code;
            record.hint = hintForCause(record.cause);
            record.status
                = QStringList { u"ECONNREFUSED"_s, u"ECONNRESET"_s, u"ENOTFOUND"_s, u"ETIMEDOUT"_s }.contains(code)
                ? 504
                : 500;
            record.gatewayGenerated = true;
            found.append(record);
        }
    }
    return found;
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

DiagnosedExchange diagnose(const Diagnoser &diagnoser, const Exchange &exchange, const QList<LogRecord> &quoted)
{
    const bool statedNothing
        = exchange.transport.outcome == Outcome::Ok && (!exchange.response || exchange.response->status == 0);
    if (statedNothing && !quoted.isEmpty()) {
        const Exchange stand = requestOf(quoted);
        if (stand.response && stand.response->status > 0)
            return diagnose(diagnoser, stand, quoted);
    }
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
    QList<LogMatch> matches;
    for (const LogRecord &record : quoted) {
        if (matches.size() == LogJoin::MaxMatches)
            break;
        matches.append({ u"quoted"_s, record });
        if (!nginxInside.isEmpty() && record.product == u"nginx")
            matches.last().record.product = nginxInside;
    }
    LogJoin::addEvidence(evidence, matches);
    DiagnosedExchange result { exchange, diagnoser.diagnose(exchange, evidence), QList<LogLineEvidence>() };
    for (const LogMatch &match : std::as_const(matches))
        result.logEvidence->append(LogJoin::evidenceRow(match));
    return result;
}

} // namespace Gatescope::QuotedLogLines
