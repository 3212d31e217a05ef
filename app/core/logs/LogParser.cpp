#include "logs/LogParser.h"

#include "logs/LogText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace Gatescope {

using namespace LogText;

// --- the formats ---------------------------------------------------------------------------------

const QList<LogFormatInfo> &LogFormats::all()
{
    static const QList<LogFormatInfo> formats {
        { u"nginx-error"_s, u"nginx"_s, QT_TRANSLATE_NOOP("Gatescope::LogFormats", "nginx error.log (also Kong)") },
        { u"nginx-access"_s, u"nginx"_s,
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "nginx access log with upstream fields (key=value)") },
        { u"ingress-nginx"_s, u"ingress-nginx"_s,
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "ingress-nginx default access log") },
        { u"combined"_s, QString(),
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Combined/Common Log Format (nginx, Apache, varnishncsa)") },
        { u"apache-access"_s, u"apache"_s, QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Apache access log with %D") },
        { u"apache-error"_s, u"apache"_s, QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Apache error log") },
        { u"haproxy-http"_s, u"haproxy"_s,
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "HAProxy HTTP log (option httplog)") },
        { u"haproxy-tcp"_s, u"haproxy"_s,
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "HAProxy TCP log (option tcplog)") },
        { u"iis-w3c"_s, QString(),
          QT_TRANSLATE_NOOP("Gatescope::LogFormats",
                            "IIS W3C extended log (sc-status, sc-substatus, sc-win32-status)") },
        { u"envoy-access"_s, u"envoy"_s, QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Envoy default access log") },
        { u"envoy-json"_s, u"envoy"_s, QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Envoy JSON access log") },
        { u"caddy-json"_s, u"caddy"_s, QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Caddy JSON log") },
        { u"traefik-json"_s, u"traefik"_s, QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Traefik JSON access log") },
        { u"traefik-clf"_s, u"traefik"_s, QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Traefik CLF access log") },
        { u"traefik-text"_s, u"traefik"_s,
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Traefik text log (debug lines that name a 5xx and its cause)") },
        { u"varnishlog"_s, u"varnish"_s, QT_TRANSLATE_NOOP("Gatescope::LogFormats", "varnishlog transactions") },
        { u"squid-access"_s, u"squid"_s, QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Squid native access.log") },
        { u"squid-cache"_s, u"squid"_s, QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Squid cache.log") },
        { u"aws-alb"_s, u"aws-alb"_s,
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "AWS Application Load Balancer access log") },
        { u"aws-elb-classic"_s, u"aws-elb-classic"_s,
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "AWS Classic Load Balancer access log") },
        { u"cloudfront"_s, u"aws-cloudfront"_s,
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Amazon CloudFront standard log") },
        { u"apigateway-execution"_s, u"aws-api-gateway"_s,
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Amazon API Gateway execution log") },
        { u"heroku-router"_s, u"heroku"_s, QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Heroku router log") },
        { u"gcp-lb"_s, u"gcp-lb"_s,
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Google Cloud HTTP(S) load balancer log (JSON)") },
        { u"caddy1-error"_s, u"caddy"_s,
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Caddy 1 error log line ([ERROR 502 /path] …)") },
        { u"http-proxy-middleware"_s, QString(),
          QT_TRANSLATE_NOOP("Gatescope::LogFormats",
                            "http-proxy-middleware error line (webpack-dev-server, Vite, Create React App proxies)") },
        { u"cloudflare-logpush"_s, u"cloudflare"_s,
          QT_TRANSLATE_NOOP("Gatescope::LogFormats", "Cloudflare Logpush HTTP requests (JSON)") },
    };
    return formats;
}

QString LogFormatInfo::displayTitle() const
{
    return QCoreApplication::translate("Gatescope::LogFormats", title);
}

const LogFormatInfo *LogFormats::find(QStringView id)
{
    for (const LogFormatInfo &info : all()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

namespace {

const QRegularExpression &re(const char *pattern)
{
    // Detection patterns, compiled once each (a handful of lines per file go through them).
    static QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QString::fromLatin1(pattern)));
    return *it;
}

// The JSON object of a line: the whole line, or what follows a collector's prefix such as
// journald's "Apr 03 23:40:56 host sh[22948]: caddy      | {…}".
QByteArrayView jsonPart(QByteArrayView line)
{
    if (line.startsWith('{'))
        return line;
    const qsizetype brace = line.indexOf("| {");
    if (brace >= 0 && brace < 200)
        return line.sliced(brace + 2);
    const qsizetype colon = line.indexOf(": {");
    if (colon >= 0 && colon < 200)
        return line.sliced(colon + 2);
    return {};
}

// The JSON object a line holds. A value redacted by hand with asterisks ("ZoneID":******, as
// vendors' documentation and users' pastes show a record) is read as null.
std::optional<QJsonObject> jsonObject(QByteArrayView text)
{
    QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray());
    if (!doc.isObject() && text.contains(":*")) {
        static const QRegularExpression redacted(u":\\s*\\*+(?=\\s*[,}])"_s);
        doc = QJsonDocument::fromJson(QString::fromUtf8(text).replace(redacted, u":null"_s).toUtf8());
    }
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString jsonFormat(const QJsonObject &o)
{
    const QString logger = o.value(u"logger"_s).toString();
    // Caddy logs through zap: "level", "ts" (Unix seconds) and, for most lines, "logger".
    if (logger.startsWith(u"http.log") || (o.value(u"ts"_s).isDouble() && o.contains(u"level"_s)))
        return u"caddy-json"_s;
    if (o.contains(u"DownstreamStatus"_s) || o.contains(u"OriginStatus"_s))
        return u"traefik-json"_s;
    if (o.contains(u"EdgeResponseStatus"_s) || o.contains(u"RayID"_s))
        return u"cloudflare-logpush"_s;
    if (o.contains(u"httpRequest"_s))
        return u"gcp-lb"_s;
    for (const char16_t *key :
         { u"response_flags", u"responseFlags", u"response_code_details", u"responseCodeDetails" }) {
        if (o.contains(QString::fromUtf16(key)))
            return u"envoy-json"_s;
    }
    return {};
}

// The sub-format of a Common/Combined Log Format line, from what follows the user agent.
QString clfFormat(QByteArrayView line)
{
    QByteArrayView rest = line;
    QByteArrayView field;
    QList<QByteArrayView> fields;
    QList<bool> quotedFlags;
    bool quoted = false;
    while (nextField(rest, &field, &quoted)) {
        fields.append(field);
        quotedFlags.append(quoted);
    }
    // client ident user [time] "request" status bytes ["referer" "agent"] tail…
    if (fields.size() < 7)
        return {};
    qsizetype tailAt = 7;
    if (fields.size() >= 9 && quotedFlags.at(7) && quotedFlags.at(8))
        tailAt = 9;
    const QList<QByteArrayView> tail = fields.mid(tailAt);
    if (tail.isEmpty())
        return u"combined"_s;
    for (const QByteArrayView &t : tail) {
        if (t.startsWith("rt=") || t.startsWith("urt=") || t.startsWith("us=") || t.startsWith("upstream_")
            || t.startsWith("request_time=") || t.startsWith("uct=") || t.startsWith("uht="))
            return u"nginx-access"_s;
    }
    // ingress-nginx: request_length request_time [upstream name] [alternative] addr len time status id
    if (tail.size() >= 9 && toInt(tail.at(0)) >= 0 && line.contains("] ["))
        return u"ingress-nginx"_s;
    // Traefik CLF: count "router" "url" Nms
    if (tail.size() >= 4 && tail.last().endsWith("ms") && quotedFlags.at(tailAt + 1))
        return u"traefik-clf"_s;
    if (tail.size() == 1 && toInt(tail.at(0)) >= 0)
        return u"apache-access"_s;
    return u"combined"_s;
}

QString detectLine(QByteArrayView line)
{
    const QString text = QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 4096)));
    if (text.startsWith(u"#Software: Microsoft Internet Information Services")
        || (text.startsWith(u"#Fields:") && !text.contains(u"x-edge") && text.contains(u" sc-status")))
        return u"iis-w3c"_s;
    if (text.startsWith(u"#Version:") || text.startsWith(u"#Fields: date"))
        return u"cloudfront"_s;
    // A standard log line without the file's header lines: date, time and edge location, tab-separated.
    if (re(R"(^\d{4}-\d\d-\d\d\t\d\d:\d\d:\d\d\t[A-Z]{3}\d+(-[A-Z0-9]+)?\t\d+\t)").match(text).hasMatch())
        return u"cloudfront"_s;
    // An IIS line in IIS's default field order: date time s-ip cs-method cs-uri-stem cs-uri-query
    // s-port cs-username c-ip cs(User-Agent) [cs(Referer)] sc-status sc-substatus sc-win32-status time-taken
    if (re(R"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \S+ [A-Z]+ \S+ \S+ \d+ \S+ \S+ \S+ (\S+ )?[1-5]\d\d \d+ \d+ \d+\s*$)")
            .match(text)
            .hasMatch())
        return u"iis-w3c"_s;
    if (const QByteArrayView json = jsonPart(line); !json.isEmpty()) {
        if (const std::optional<QJsonObject> object = jsonObject(json))
            return jsonFormat(*object);
    }
    if (text.startsWith(u"*   << ")
        || re(R"(^-+\s+(Begin|ReqMethod|BereqMethod|Timestamp|FetchError|VCL_call)\s)").match(text).hasMatch())
        return u"varnishlog"_s;
    if (text.contains(u"heroku[router]:") || re(R"(\bat=(error|info) code=H\d+ .*\bstatus=\d)").match(text).hasMatch())
        return u"heroku-router"_s;
    // CloudWatch's "(request id) message", behind the time the console shows (a space or a tab),
    // and the console's test-invoke log ("Wed Nov 02 10:19:35 UTC 2022 : message").
    if (re(R"(^(\S+\s)?\([0-9a-fA-F-]{36}\) )").match(text).hasMatch()
        || re(R"(^\w{3} \w{3} \d\d \d\d:\d\d:\d\d UTC \d{4} : \S)").match(text).hasMatch())
        return u"apigateway-execution"_s;
    if (re(R"(^(http|https|h2|grpcs|ws|wss) \d{4}-\d\d-\d\dT\S+ app/)").match(text).hasMatch())
        return u"aws-alb"_s;
    // The Classic Load Balancer's line: time elb client:port backend:port (or "-") three processing
    // times, elb and backend status (or "-"), bytes in and out, then the quoted request.
    if (re(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z? \S+ \S+:\d+ (\S+:\d+|-) -?[\d.]+ -?[\d.]+ -?[\d.]+ (\d{3}|-) (\d{1,3}|-) \d+ \d+ ")")
            .match(text)
            .hasMatch())
        return u"aws-elb-classic"_s;
    if (re(R"(^(\d{4}/\d\d/\d\d \d\d:\d\d:\d\d )?\[(emerg|alert|crit|error|warn|notice|info|debug)\] \d+#\d+:)")
            .match(text)
            .hasMatch())
        return u"nginx-error"_s;
    if (re(R"(\blevel=\w+ msg="'\d{3} [^']*' caused by: )").match(text).hasMatch())
        return u"traefik-text"_s;
    if (re(R"(^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(\.\d+)?( kid\d+)?\|)").match(text).hasMatch())
        return u"squid-cache"_s;
    if (re(R"(^\[\w{3} \w{3} +\d+ \d\d:\d\d:\d\d(\.\d+)? \d{4}\] \[)").match(text).hasMatch())
        return u"apache-error"_s;
    if (re(R"((^|\s)\S+:\d+ \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d\.\d+\] \S+ \S+/\S+ -?\d+/-?\d+/-?\d+/-?\d+(/-?\d+)? )")
            .match(text)
            .hasMatch())
        return u"haproxy-http"_s;
    // option tcplog: client [accept] frontend backend/server Tw/Tc/Tt bytes state conns queues
    if (re(R"((^|\s)\S+:\d+ \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d\.\d+\] \S+ \S+/\S+ -?\d+/-?\d+/\+?-?\d+ \+?\d+ [A-Za-z-]{2} \d+/\d+/\d+/\d+/\+?\d+ \d+/\d+)")
            .match(text)
            .hasMatch())
        return u"haproxy-tcp"_s;
    // Envoy's own line, also behind a collector's prefix ("envoy-1  | 2024-07-20T07:05:58Z " of
    // `docker compose logs -t`, a pod's name); "- - -" is a TCP proxy's.
    if (re(R"((^|\s)\[\d{4}-\d\d-\d\dT[^\]]+\] "([A-Z]+ |- - -" \d))").match(text).hasMatch()
        // quoted without its time: "GET /p HTTP/1.1" 503 UC upstream_reset_before_response_started{…}
        || re(R"(^"[A-Z]+ \S+ HTTP/[\d.]+" \d{3} [A-Z]{2}(,[A-Z]{2})* )").match(text).hasMatch())
        return u"envoy-access"_s;
    if (re(R"(^\d{9,}\.\d{3}\s+-?\d+ \S+ [A-Z_]+/\d{3} )").match(text).hasMatch())
        return u"squid-access"_s;
    // ingress-nginx before 0.22: "$remote_addr - [$the_real_ip] - $remote_user [$time_local] …"
    if (re(R"(^\S+ - \[[^\]]*\] - \S+ \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] ".*" \d{3} \d+ ".*" ".*" \d+ [\d.]+ \[)")
            .match(text)
            .hasMatch())
        return u"ingress-nginx"_s;
    if (re(R"(^\S+ \S+ \S+ \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] ")").match(text).hasMatch())
        return clfFormat(line);
    return {};
}

} // namespace

QString LogFormats::detectLine(QByteArrayView line)
{
    return Gatescope::detectLine(line);
}

Result<QString> LogFormats::detect(const QList<QByteArray> &firstLines, const QString &fileName)
{
    QString found;
    QString clf; // the most specific CLF sub-format seen
    int nonEmpty = 0;
    for (const QByteArray &line : firstLines) {
        if (line.trimmed().isEmpty())
            continue;
        ++nonEmpty;
        const QString format = detectLine(line);
        if (format.isEmpty())
            continue;
        if (format == u"combined" || format == u"apache-access") {
            if (clf.isEmpty() || clf == u"combined")
                clf = format;
            continue;
        }
        found = format;
        break;
    }
    if (found.isEmpty())
        found = clf;
    if (!found.isEmpty())
        return found;
    if (nonEmpty == 0)
        return Error { LogParser::tr("%1: holds no log lines").arg(fileName), Error::Code::Empty };
    QStringList shown;
    for (const QByteArray &line : firstLines) {
        if (line.trimmed().isEmpty())
            continue;
        QString text = QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 160)));
        if (line.size() > 160)
            text += u'…';
        shown.append(u"  "_s + text);
        if (shown.size() == 3)
            break;
    }
    return Error { LogParser::tr("%1: the log format is not one Gatescope reads; its first lines are:\n%2")
                       .arg(fileName, shown.join(u'\n')),
                   Error::Code::Unsupported };
}

// --- the parser ------------------------------------------------------------------------------------

struct LogParser::Private
{
    QString format;
    enum class Hot { None, Clf, HaproxyHttp, NginxError } hot = Hot::None; // formats read without the name chain
    QString file;
    QString product;
    QList<QByteArray> cloudFrontFields; // CloudFront and IIS: from "#Fields:", else the documented default order
    // varnishlog: the transaction being read
    bool varnishOpen = false;
    bool varnishSession = false; // a Session group: no request of its own
    LogRecord varnish;
    // apache-error: the record of the thread's lines read so far
    bool apacheOpen = false;
    LogRecord apache;
    // apigateway-execution: a request's record waiting for its other line, and the request the
    // console's test-invoke log is about
    bool apiGatewayOpen = false;
    LogRecord apiGateway;
    QString apiGatewayConsoleId;
};

LogParser::LogParser(const QString &formatId, const QString &fileName)
    : d(std::make_unique<Private>())
{
    d->format = formatId;
    d->file = fileName;
    if (const LogFormatInfo *info = LogFormats::find(formatId))
        d->product = info->product;
    if (formatId == u"nginx-access" || formatId == u"combined" || formatId == u"apache-access"
        || formatId == u"traefik-clf")
        d->hot = Private::Hot::Clf;
    else if (formatId == u"haproxy-http")
        d->hot = Private::Hot::HaproxyHttp;
    else if (formatId == u"nginx-error")
        d->hot = Private::Hot::NginxError;
}

LogParser::~LogParser() = default;

QString LogParser::formatId() const
{
    return d->format;
}

namespace {

using Line = LogParser::Line;

void begin(LogRecord *r, const QString &file, qint64 number, QByteArrayView raw, const QString &format,
           const QString &product)
{
    *r = LogRecord();
    r->file = file;
    r->line = number;
    r->raw = QString::fromUtf8(raw);
    r->format = format;
    r->product = product;
}

void applyCause(LogRecord *r, const LogCause &cause)
{
    if (cause.cause.isEmpty())
        return;
    r->cause = cause.cause;
    r->hint = cause.hint;
    r->causeText = cause.text;
}

void setCause(LogRecord *r, const QString &cause, const QString &text, bool connectPhase = false)
{
    r->cause = cause;
    r->hint = hintForCause(cause, connectPhase);
    r->causeText = text;
}

// "GET /path HTTP/1.1" → method and target.
void splitRequestLine(QByteArrayView request, LogRecord *r)
{
    const qsizetype space = request.indexOf(' ');
    if (space < 0) {
        r->target = QString::fromUtf8(request);
        return;
    }
    r->method = internedField(request.first(space));
    QByteArrayView rest = request.sliced(space + 1);
    const qsizetype end = rest.lastIndexOf(' ');
    if (end > 0 && rest.sliced(end + 1).startsWith("HTTP/"))
        rest = rest.first(end);
    r->target = QString::fromUtf8(rest);
}

QString dashless(QByteArrayView text)
{
    return text == "-" ? QString() : QString::fromUtf8(text);
}

double secondsToMs(QByteArrayView text)
{
    // nginx lists one value per tried upstream ("0.001, 0.002"); the last is the one that answered.
    const qsizetype comma = text.lastIndexOf(',');
    const QByteArrayView last = comma >= 0 ? text.sliced(comma + 1).trimmed() : text;
    const double seconds = toDouble(last);
    return seconds < 0 ? -1 : seconds * 1000.0;
}

// --- Common/Combined Log Format family -----------------------------------------------------------

Line parseClfFamily(const QString &format, const QString &file, const QString &product, QByteArrayView line,
                    qint64 number, LogRecord *r, bool failuresOnly)
{
    QByteArrayView rest = line;
    QByteArrayView f[7];
    bool quoted = false;
    for (int i = 0; i < 7; ++i) {
        if (!nextField(rest, &f[i], &quoted))
            return Line::Malformed;
        if (i == 4 && !quoted)
            return Line::Malformed;
    }
    const int status = toInt(f[5]);
    if (status < 0 || !line.sliced(f[3].data() - line.data() - 1).startsWith('['))
        return Line::Malformed;
    if (failuresOnly && status < 500)
        return Line::Healthy;

    begin(r, file, number, line, format, product);
    r->client = QString::fromUtf8(f[0]);
    r->time = parseClfTime(f[3]);
    splitRequestLine(f[4], r);
    r->status = status;

    // Referer and agent, then the format's own tail.
    QList<QByteArrayView> tail;
    QList<bool> tailQuoted;
    QByteArrayView field;
    while (nextField(rest, &field, &quoted)) {
        tail.append(field);
        tailQuoted.append(quoted);
    }
    if (tail.size() >= 2 && tailQuoted.at(0) && tailQuoted.at(1)) {
        tail = tail.mid(2);
        tailQuoted = tailQuoted.mid(2);
    }
    if (format == u"nginx-access") {
        // key=value and key="value, value" (one value per upstream tried)
        QList<std::pair<QByteArrayView, QByteArrayView>> pairs;
        QByteArrayView text = line.sliced(f[6].data() + f[6].size() - line.data());
        while (!text.isEmpty()) {
            skipSpaces(text);
            const qsizetype eq = text.indexOf('=');
            const qsizetype space = text.indexOf(' ');
            if (eq <= 0 || (space >= 0 && space < eq)) {
                QByteArrayView skipped;
                if (!nextField(text, &skipped))
                    break;
                continue;
            }
            const QByteArrayView key = text.first(eq);
            text = text.sliced(eq + 1);
            QByteArrayView value;
            if (!nextField(text, &value))
                value = {};
            pairs.append({ key, value });
        }
        for (const auto &[key, value] : std::as_const(pairs)) {
            if (key == "rt" || key == "request_time")
                r->requestMs = secondsToMs(value);
            else if (key == "uct" || key == "upstream_connect_time")
                r->connectMs = secondsToMs(value);
            else if (key == "uht" || key == "upstream_header_time")
                r->upstreamHeaderMs = secondsToMs(value);
            else if (key == "urt" || key == "upstream_response_time") {
                if (r->upstreamHeaderMs < 0)
                    r->upstreamHeaderMs = secondsToMs(value);
            } else if (key == "us" || key == "upstream_status")
                r->upstreamStatus = QString::fromUtf8(value);
            else if (key == "ua" || key == "upstream_addr" || key == "upstream")
                r->upstreamAddress = dashless(value.trimmed());
            else if (key == "rid" || key == "request_id" || key == "req_id")
                r->requestId = dashless(value);
        }
        // nginx writes a status of its own (502, 504) as the upstream status when no upstream
        // answered; "-" for the header time says no response header came.
        const bool noHeader = line.contains("uht=-") || line.contains("uht=\"-\"");
        r->gatewayGenerated = status >= 500 && (noHeader || r->upstreamStatus == u"-");
    } else if (format == u"ingress-nginx" && tail.size() >= 7) {
        // request_length request_time [name] [alternative] addr response_length response_time status id;
        // one value per upstream tried, comma-separated ("10.0.0.1:80, 10.0.0.2:80"), and before 0.22
        // no [alternative]. Rejoin each list, then drop a missing [alternative]'s place.
        QList<QByteArrayView> merged;
        for (const QByteArrayView &t : std::as_const(tail)) {
            if (!merged.isEmpty() && merged.last().endsWith(','))
                merged.last() = QByteArrayView(merged.last().data(), t.data() + t.size());
            else
                merged.append(t);
        }
        tail = merged;
        const char *nameEnd = tail.at(2).data() + tail.at(2).size();
        const QByteArrayView afterName = line.sliced(nameEnd - line.data());
        const bool alternative = afterName.startsWith("] [") || afterName.startsWith(" [");
        if (!alternative)
            tail.insert(3, QByteArrayView());
    }
    if (format == u"ingress-nginx" && tail.size() >= 8) {
        r->requestMs = secondsToMs(tail.at(1));
        r->upstreamAddress = dashless(tail.at(4));
        r->upstreamHeaderMs = secondsToMs(tail.at(6));
        r->upstreamStatus = QString::fromUtf8(tail.at(7));
        if (tail.size() >= 9)
            r->requestId = dashless(tail.at(8));
        r->host = QString::fromUtf8(tail.at(2));
        r->gatewayGenerated = status >= 500 && (r->upstreamStatus == u"-" || r->upstreamAddress.isEmpty());
    } else if (format == u"traefik-clf" && tail.size() >= 4) {
        r->upstreamAddress = dashless(tail.at(2));
        r->requestMs = toDouble(tail.last().chopped(2));
        r->host = QString::fromUtf8(tail.at(1));
    } else if (format == u"apache-access" && tail.size() == 1) {
        const double micros = toDouble(tail.at(0));
        r->requestMs = micros < 0 ? -1 : micros / 1000.0;
    }
    return Line::Record;
}

// --- nginx (and Kong) error.log ---------------------------------------------------------------------

Line parseNginxError(const QString &file, QByteArrayView line, qint64 number, LogRecord *r, bool failuresOnly)
{
    // 2024/01/02 03:04:05 [error] 1234#1234: *5 message, client: …, server: …, request: "…", upstream: "…"
    // Quoted in a thread, the line often starts at "[error]": it then has no time.
    const bool dated = !line.startsWith('[');
    if (dated && (line.size() < 22 || line.at(4) != '/' || line.at(20) != '['))
        return Line::Malformed;
    const qsizetype levelEnd = line.indexOf(']', dated ? 21 : 1);
    const qsizetype colon = levelEnd > 0 ? line.indexOf(": ", levelEnd) : -1;
    if (colon < 0)
        return Line::Malformed;
    QByteArrayView message = line.sliced(colon + 2);
    if (message.startsWith("\\*")) // the connection number behind a Markdown escape ("\\*1259407")
        message = message.sliced(1);
    if (message.startsWith('*')) {
        const qsizetype space = message.indexOf(' ');
        message = space > 0 ? message.sliced(space + 1) : QByteArrayView();
    }
    const qsizetype clientAt = message.indexOf(", client: ");
    const QByteArrayView text = clientAt >= 0 ? message.first(clientAt) : message;
    const LogCause cause = classifyLogMessage(text);
    if (failuresOnly && cause.cause.isEmpty())
        return Line::Healthy;

    // Kong runs nginx: its lines name "server: kong", or come from its Lua balancer.
    const bool kong = line.contains("server: kong") || line.contains("[kong]") || line.contains("[lua] balancer.lua")
        || (line.contains("[lua] ") && line.contains("execute(): DNS resolution failed"));
    begin(r, file, number, line, u"nginx-error"_s, kong ? u"kong"_s : u"nginx"_s);
    r->kind = LogRecord::Kind::Error;
    if (dated) {
        const QDate date(toInt(line.sliced(0, 4)), toInt(line.sliced(5, 2)), toInt(line.sliced(8, 2)));
        const QTime time(toInt(line.sliced(11, 2)), toInt(line.sliced(14, 2)), toInt(line.sliced(17, 2)));
        r->time = localToUtc(date, time); // nginx writes the server's local time
    }
    r->message = QString::fromUtf8(text);
    applyCause(r, cause);
    r->gatewayGenerated = !cause.cause.isEmpty();
    if (clientAt >= 0) {
        // ", key: value" pairs; values of request/upstream/host are quoted.
        QByteArrayView pairs = message.sliced(clientAt + 2);
        while (!pairs.isEmpty()) {
            const qsizetype sep = pairs.indexOf(": ");
            if (sep < 0)
                break;
            const QByteArrayView key = pairs.first(sep);
            QByteArrayView rest = pairs.sliced(sep + 2);
            QByteArrayView value;
            if (rest.startsWith('"')) {
                const qsizetype end = rest.indexOf('"', 1);
                value = rest.sliced(1, (end < 0 ? rest.size() : end) - 1);
                rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
            } else {
                const qsizetype end = rest.indexOf(',');
                value = end < 0 ? rest : rest.first(end);
                rest = end < 0 ? QByteArrayView() : rest.sliced(end);
            }
            if (key == "client")
                r->client = QString::fromUtf8(value);
            else if (key == "request")
                splitRequestLine(value, r);
            else if (key == "upstream") {
                // "http://127.0.0.1:8080/path" → "127.0.0.1:8080"; an upstream{} name stays
                const QUrl url(QString::fromUtf8(value));
                r->upstreamAddress = url.isValid() && !url.host().isEmpty() && url.port() > 0
                    ? u"%1:%2"_s.arg(url.host()).arg(url.port())
                    : (url.host().isEmpty() ? QString::fromUtf8(value) : url.host());
            } else if (key == "host")
                r->host = QString::fromUtf8(value);
            else if (key == "server" && value == "kong")
                r->product = u"kong"_s;
            const qsizetype next = rest.indexOf(", ");
            if (next < 0)
                break;
            pairs = rest.sliced(next + 2);
        }
    }
    // NGINX Inc's Ingress Controller (nginx/kubernetes-ingress) writes "server 127.0.0.1:8181" as
    // the upstream of a Service without ready endpoints: a refused connect to it means no endpoint.
    if (r->cause == u"upstream.refused" && r->upstreamAddress == u"127.0.0.1:8181") {
        r->cause = u"capacity.no-healthy-upstream"_s;
        r->hint = u"no-healthy-upstream"_s;
        r->causeText = QCoreApplication::translate(
            "Gatescope::LogCauses",
            "upstream 127.0.0.1:8181 is the NGINX Ingress Controller's stand-in for a Service "
            "without ready endpoints");
    }
    // nginx answers 504 for a timeout, 502 for every other upstream failure, 503 for a limit;
    // Kong's balancer 503 for a name it could not resolve.
    if (r->product == u"kong" && r->cause == u"upstream.dns-failure")
        r->status = 503;
    else if (r->cause == u"upstream.timeout")
        r->status = 504;
    else if (r->cause == u"capacity.rate-limited")
        r->status = 503;
    else if (!r->cause.isEmpty())
        r->status = 502;
    return Line::Record;
}

// --- Traefik text log (v1/v2 logrus) ---------------------------------------------------------------

Line parseTraefikText(const QString &file, QByteArrayView line, qint64 number, LogRecord *r, bool failuresOnly)
{
    // time="2018-12-16T15:00:25Z" level=debug msg="'504 Gateway Timeout' caused by: dial tcp 172.24.0.2:80: i/o
    // timeout" (Traefik's proxy error handler writes the status it answers and the Go error behind it.)
    static const QRegularExpression shape(
        u"(?:\\btime=\"([^\"]+)\"\\s+)?.*\\blevel=\\w+ msg=\"'(\\d{3}) [^']*' caused by: ((?:[^\"\\\\]|\\\\.)*)"_s);
    const QRegularExpressionMatch m = shape.match(QString::fromUtf8(line));
    if (!m.hasMatch())
        return failuresOnly ? Line::Healthy : Line::Malformed;
    const QByteArray message = m.captured(3).toUtf8();
    const int status = m.captured(2).toInt();
    LogCause cause = classifyLogMessage(message);
    if (cause.cause.isEmpty() && (message == "EOF" || message.endsWith(": EOF")))
        cause = { u"upstream.closed-early"_s, u"closed-early"_s, QString::fromUtf8(message) };
    if (failuresOnly && status < 500 && cause.cause.isEmpty())
        return Line::Healthy;
    begin(r, file, number, line, u"traefik-text"_s, u"traefik"_s);
    r->kind = LogRecord::Kind::Error;
    r->time = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
    r->status = status;
    r->message = QString::fromUtf8(message);
    applyCause(r, cause);
    r->gatewayGenerated = true;
    return Line::Record;
}

// --- Apache error_log -------------------------------------------------------------------------------

QDateTime parseApacheTime(QByteArrayView text)
{
    // "Wed Oct 11 14:32:52.123456 2000" or without the fraction
    QByteArrayView rest = text;
    QByteArrayView parts[5];
    for (auto &part : parts) {
        if (!nextField(rest, &part))
            return {};
    }
    const int month = monthIndex(parts[1]);
    const int day = toInt(parts[2]);
    const int year = toInt(parts[4]);
    QByteArrayView clock = parts[3];
    int millis = 0;
    if (const qsizetype dot = clock.indexOf('.'); dot > 0) {
        millis = toInt(clock.sliced(dot + 1, std::min<qsizetype>(3, clock.size() - dot - 1)));
        clock = clock.first(dot);
    }
    if (clock.size() != 8 || month == 0 || day < 0 || year < 0)
        return {};
    const QTime time(toInt(clock.sliced(0, 2)), toInt(clock.sliced(3, 2)), toInt(clock.sliced(6, 2)),
                     std::max(0, millis));
    return localToUtc(QDate(year, month, day), time);
}

Line parseApacheError(const QString &file, QByteArrayView line, qint64 number, LogRecord *r, bool failuresOnly)
{
    // [time] [module:level] [pid N:tid M] (errno)text: [client addr] AHnnnnn: message
    if (!line.startsWith('['))
        return Line::Malformed;
    const qsizetype timeEnd = line.indexOf(']');
    if (timeEnd < 0)
        return Line::Malformed;
    QByteArrayView rest = line.sliced(timeEnd + 1);
    QByteArrayView module;
    skipSpaces(rest);
    QByteArrayView client;
    // Bracketed fields: module:level, pid, client.
    while (rest.startsWith('[')) {
        const qsizetype end = rest.indexOf(']');
        if (end < 0)
            return Line::Malformed;
        const QByteArrayView inner = rest.sliced(1, end - 1);
        if (module.isEmpty())
            module = inner;
        else if (inner.startsWith("client "))
            client = inner.sliced(7);
        rest = rest.sliced(end + 1);
        skipSpaces(rest);
    }
    // "[client …]" may also follow the errno text.
    QByteArrayView message = rest;
    const LogCause cause = classifyLogMessage(message);
    if (failuresOnly && cause.cause.isEmpty())
        return Line::Healthy;
    begin(r, file, number, line, u"apache-error"_s, u"apache"_s);
    r->kind = LogRecord::Kind::Error;
    r->time = parseApacheTime(line.sliced(1, timeEnd - 1));
    if (const qsizetype at = message.indexOf("[client "); at >= 0) {
        const qsizetype end = message.indexOf(']', at);
        if (end > at) {
            client = message.sliced(at + 8, end - at - 8);
            QByteArray cleaned = message.first(at).toByteArray();
            cleaned.append(message.sliced(std::min(end + 2, message.size())));
            r->message = QString::fromUtf8(cleaned);
        }
    }
    if (r->message.isEmpty())
        r->message = QString::fromUtf8(message);
    r->client = QString::fromUtf8(client);
    applyCause(r, cause);
    r->gatewayGenerated = !cause.cause.isEmpty();
    // "… returned by /path", "attempt to connect to 127.0.0.1:8080 (…) failed"
    if (const qsizetype at = line.indexOf("returned by "); at >= 0)
        r->target = QString::fromUtf8(line.sliced(at + 12)).section(u' ', 0, 0);
    static const QRegularExpression connectTo(u"connect(?:ion)? to (?:backend: )?(\\S+)"_s);
    if (const auto m = connectTo.match(r->message); m.hasMatch())
        r->upstreamAddress = m.captured(1);
    // mod_proxy answers 503 when it cannot connect (or no worker is usable), 500 for a DNS
    // failure, 502 for everything after the connect (a read timeout too).
    if (r->cause == u"upstream.refused" || r->cause == u"capacity.no-healthy-upstream")
        r->status = 503;
    else if (r->cause == u"upstream.dns-failure")
        r->status = 500;
    else if (!r->cause.isEmpty())
        r->status = 502;
    if (const qsizetype at = line.indexOf(":tid "); at > 0)
        r->flags = QString::fromLatin1(line.sliced(at + 5)).section(u']', 0, 0); // the thread: one request
    return Line::Record;
}

// Apache writes one failure as two or three lines from the same thread (AH00957 + AH01114,
// AH01102 + AH00898): they become one record, with the most specific cause and the path.
void mergeApache(LogRecord &into, const LogRecord &next)
{
    into.raw += u'\n' + next.raw;
    into.message += u" / "_s + next.message;
    if (into.target.isEmpty())
        into.target = next.target;
    if (into.client.isEmpty())
        into.client = next.client;
    if (into.upstreamAddress.isEmpty())
        into.upstreamAddress = next.upstreamAddress;
    const bool generic = into.cause.isEmpty() || into.causeText.contains(u"AH00898")
        || (into.cause == u"upstream.refused" && into.hint == u"refused" && !into.causeText.startsWith(u'('));
    if (generic && !next.cause.isEmpty() && next.causeText.startsWith(u'(')) {
        into.cause = next.cause;
        into.hint = next.hint;
        into.causeText = next.causeText;
        into.status = next.status;
    } else if (into.cause.isEmpty()) {
        into.cause = next.cause;
        into.hint = next.hint;
        into.causeText = next.causeText;
        into.status = next.status;
    }
    into.gatewayGenerated = into.gatewayGenerated || next.gatewayGenerated;
}

// --- HAProxy HTTP log ------------------------------------------------------------------------------

// A line of HAProxy's own starts with the client address and port, then the accept date in
// brackets; anything in front is a collector's prefix ending in "haproxy[pid]: " (syslog, a
// router's "2019-06-20T06:45:44+00:00 10.128.6.1 haproxy[19]: ").
void skipCollectorPrefix(QByteArrayView &rest)
{
    // HAProxy's own start: "[", ":", or "address:port [" (checked by hand: this runs for every line).
    if (rest.startsWith('[') || rest.startsWith(':'))
        return;
    const QByteArrayView head = rest.first(std::min<qsizetype>(rest.size(), 64));
    const qsizetype space = head.indexOf(' ');
    if (space > 0 && space + 1 < head.size() && head.at(space + 1) == '[') {
        qsizetype digits = space;
        while (digits > 0 && isDigit(head.at(digits - 1)))
            --digits;
        if (digits < space && digits > 0 && head.at(digits - 1) == ':' && !head.first(space).contains('\t'))
            return;
    }
    const qsizetype at = rest.first(std::min<qsizetype>(rest.size(), 160)).indexOf("]: ");
    if (at >= 0)
        rest = rest.sliced(at + 3);
}

void haproxyCause(LogRecord *r, QByteArrayView flags, bool noServer)
{
    if (flags.size() < 2)
        return;
    const char who = flags.at(0);
    const char when = flags.at(1);
    const QString text = internedField(QByteArray("termination state " + flags.toByteArray()));
    switch (who) {
    case 'S':
        if (when == 'C')
            setCause(r, noServer ? u"capacity.no-healthy-upstream"_s : u"upstream.refused"_s, text, true);
        else if (when == 'H')
            setCause(r, u"upstream.closed-early"_s, text);
        else if (when == 'D')
            setCause(r, u"upstream.closed-early"_s, text);
        else if (when == 'Q')
            setCause(r, u"capacity.overloaded"_s, text);
        if (noServer && when == 'C')
            r->hint = u"no-server"_s;
        break;
    case 's':
        if (when == 'C')
            setCause(r, u"upstream.timeout"_s, text, true);
        else if (when == 'H' || when == 'D')
            setCause(r, u"upstream.timeout"_s, text);
        else if (when == 'Q')
            setCause(r, u"capacity.overloaded"_s, text);
        break;
    case 'P':
        if (when == 'H')
            setCause(r, u"upstream.invalid-response"_s, text);
        else if (when == 'C')
            setCause(r, u"capacity.overloaded"_s, text);
        break;
    case 'R':
        setCause(r, u"capacity.overloaded"_s, text);
        break;
    case 'I':
        setCause(r, u"upstream.error"_s, text);
        break;
    case 'C':
        if (when != '-')
            setCause(r, u"transport.closed-early"_s, text);
        break;
    case 'c':
        if (when != '-')
            setCause(r, u"transport.timeout"_s, text);
        break;
    default:
        break;
    }
}

Line parseHaproxy(const QString &file, QByteArrayView line, qint64 number, LogRecord *r, bool failuresOnly)
{
    // Optional syslog prefix "Mon DD HH:MM:SS host haproxy[pid]: ".
    QByteArrayView rest = line;
    // "<134>": the syslog priority of `log stderr format short`.
    if (rest.startsWith('<')) {
        const qsizetype close = rest.indexOf('>');
        if (close > 0 && close < 6)
            rest = rest.sliced(close + 1);
    }
    skipCollectorPrefix(rest);
    QByteArrayView client, accept, frontend, backend, timers, statusText, bytes, reqCookie, respCookie, flags, conns,
        queues;
    QByteArrayView *order[] = { &client, &accept,    &frontend,   &backend, &timers, &statusText,
                                &bytes,  &reqCookie, &respCookie, &flags,   &conns,  &queues };
    for (QByteArrayView *field : order) {
        if (!nextField(rest, field))
            return Line::Malformed;
    }
    const int status = static_cast<int>(toSigned(statusText, -2));
    if (status == -2 || timers.count('/') < 3 || !backend.contains('/'))
        return Line::Malformed;
    const bool noServer = backend.endsWith("<NOSRV>");
    const bool serverSide = flags.size() >= 2 && (flags.at(0) == 'S' || flags.at(0) == 's' || flags.at(0) == 'P');
    if (failuresOnly && status < 500 && !serverSide)
        return Line::Healthy;

    begin(r, file, number, line, u"haproxy-http"_s, u"haproxy"_s);
    const qsizetype port = client.lastIndexOf(':');
    r->client = QString::fromUtf8(port > 0 ? client.first(port) : client);
    r->time = parseClfTime(accept);
    r->status = std::max(status, 0);
    r->upstreamAddress = internedField(backend);
    r->flags = internedField(flags);
    // Tq/Tw/Tc/Tr/Ta (Tt before 1.5): -1 = that phase did not happen.
    double t[5] = { -1, -1, -1, -1, -1 };
    int timerCount = 0;
    for (qsizetype start = 0; start <= timers.size() && timerCount < 5;) {
        qsizetype end = timers.indexOf('/', start);
        if (end < 0)
            end = timers.size();
        t[timerCount++] = double(toSigned(timers.sliced(start, end - start), -1));
        start = end + 1;
    }
    r->queueMs = t[1];
    r->connectMs = t[2];
    r->upstreamHeaderMs = t[3];
    r->requestMs = t[timerCount - 1];
    // actconn/feconn/beconn/srv_conn/retries ("+" = redispatched)
    if (const qsizetype slash = conns.lastIndexOf('/'); slash > 0 && conns.count('/') == 4) {
        QByteArrayView retries = conns.sliced(slash + 1);
        if (retries.startsWith('+'))
            retries = retries.sliced(1);
        r->retries = static_cast<int>(toSigned(retries, -1));
    }
    // Captured headers {…} and the request line.
    QByteArrayView field;
    bool quoted = false;
    while (nextField(rest, &field, &quoted)) {
        if (quoted) {
            splitRequestLine(field, r);
            break;
        }
        if (field.startsWith('{') && r->requestId.isEmpty()) {
            // A captured request header that looks like an id (unique-id, X-Request-Id).
            QByteArrayView inner = field.sliced(1);
            if (inner.endsWith('}'))
                inner.chop(1);
            for (const QByteArrayView &value : splitView(inner, '|')) {
                if (value.size() >= 8 && value.size() <= 128 && !value.contains(' ')
                    && (value.contains('-') || value.contains(':')) && !value.contains('/')) {
                    r->requestId = QString::fromUtf8(value);
                    break;
                }
            }
        }
    }
    if (r->upstreamStatus.isEmpty())
        r->upstreamStatus = r->upstreamHeaderMs < 0 ? u"-"_s : QString::number(r->status);
    setHaproxyTerminationCause(r, flags, noServer, line);
    r->gatewayGenerated = (r->upstreamHeaderMs < 0 && r->status >= 500) || noServer;
    return Line::Record;
}

// option tcplog: "10.42.0.1:12558 [03/Nov/2016:22:22:19.363] 900 900/<NOSRV> -1/-1/4 213 SC 0/0/0/0/0 0/0".
// No status is logged. A frontend in TCP mode answers nothing of its own (bytes 0 on a failed
// connect); one in HTTP mode logged with tcplog sends its error page, which the state tells: a
// connect that failed (C) is its 503, a server that gave no header (H) its 502, a server timeout
// there its 504.
Line parseHaproxyTcp(const QString &file, QByteArrayView line, qint64 number, LogRecord *r, bool failuresOnly)
{
    QByteArrayView rest = line;
    if (rest.startsWith('<')) {
        const qsizetype close = rest.indexOf('>');
        if (close > 0 && close < 6)
            rest = rest.sliced(close + 1);
    }
    skipCollectorPrefix(rest);
    QByteArrayView client, accept, frontend, backend, timers, bytes, flags, conns, queues;
    QByteArrayView *order[] = { &client, &accept, &frontend, &backend, &timers, &bytes, &flags, &conns, &queues };
    for (QByteArrayView *field : order) {
        if (!nextField(rest, field))
            return Line::Malformed;
    }
    if (timers.count('/') != 2 || !backend.contains('/') || flags.size() != 2)
        return Line::Malformed;
    const bool noServer = backend.endsWith("<NOSRV>");
    const char who = flags.at(0);
    const char when = flags.at(1);
    const bool serverSide = who == 'S' || who == 's' || who == 'P' || who == 'R' || who == 'I';
    if (failuresOnly && !serverSide)
        return Line::Healthy;

    begin(r, file, number, line, u"haproxy-tcp"_s, u"haproxy"_s);
    const qsizetype port = client.lastIndexOf(':');
    r->client = QString::fromUtf8(port > 0 ? client.first(port) : client);
    r->time = parseClfTime(accept);
    r->upstreamAddress = QString::fromUtf8(backend);
    r->flags = QString::fromUtf8(flags);
    const QList<QByteArrayView> t = splitView(timers, '/');
    r->queueMs = double(toSigned(t.value(0), -1));
    r->connectMs = double(toSigned(t.value(1), -1));
    QByteArrayView total = t.value(2);
    if (total.startsWith('+'))
        total = total.sliced(1);
    r->requestMs = double(toSigned(total, -1));
    if (const qsizetype slash = conns.lastIndexOf('/'); slash > 0 && conns.count('/') == 4) {
        QByteArrayView retries = conns.sliced(slash + 1);
        if (retries.startsWith('+'))
            retries = retries.sliced(1);
        r->retries = static_cast<int>(toSigned(retries, -1));
    }
    const qint64 sent = toSigned(bytes.startsWith('+') ? bytes.sliced(1) : bytes, 0);
    if (who == 'S' || who == 's' || who == 'P') {
        if (when == 'H')
            r->status = who == 's' ? 504 : 502;
        else if (when == 'C' && sent > 0)
            r->status = 503;
    }
    setHaproxyTerminationCause(r, flags, noServer, line);
    r->gatewayGenerated = r->status >= 500 || noServer;
    return Line::Record;
}

// --- IIS W3C extended log ------------------------------------------------------------------------------

const QList<QByteArray> &iisDefaultFields()
{
    // IIS's default field selection, in the order it writes them (IIS configuration reference,
    // <logFile logExtFileFlags>; the "#Fields:" line of a default site).
    static const QList<QByteArray> fields = QByteArray("date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
                                                       "cs-username c-ip cs(User-Agent) cs(Referer) sc-status "
                                                       "sc-substatus sc-win32-status time-taken")
                                                .split(' ');
    return fields;
}

// What an IIS line's status, sub-status and Win32 status say went wrong. 502.3 is the answer of
// IIS's forwarders (Application Request Routing, the ASP.NET Core Module out of process) when the
// connection to the server behind them failed, the Win32 status being WinHTTP's error; 500.30 to
// 500.38 are the ASP.NET Core Module's "the application did not start".
void iisCause(LogRecord *r, int status, int subStatus, qint64 win32)
{
    const QString text = u"sc-status %1.%2, sc-win32-status %3"_s.arg(status).arg(subStatus).arg(win32);
    if (status == 502 && subStatus == 3) {
        r->gatewayGenerated = true;
        static const QHash<qint64, std::pair<const char16_t *, bool>> winHttp {
            { 12002, { u"upstream.timeout", false } }, // ERROR_WINHTTP_TIMEOUT
            { 12007, { u"upstream.dns-failure", true } }, // ERROR_WINHTTP_NAME_NOT_RESOLVED
            { 12029, { u"upstream.refused", true } }, // ERROR_WINHTTP_CANNOT_CONNECT
            { 12030, { u"upstream.closed-early", false } }, // ERROR_WINHTTP_CONNECTION_ERROR
            { 12031, { u"upstream.reset", false } }, // ERROR_WINHTTP_CONNECTION_RESET
            { 12152, { u"upstream.invalid-response", false } }, // ERROR_WINHTTP_INVALID_SERVER_RESPONSE
            { 12175, { u"upstream.tls-failure", true } }, // ERROR_WINHTTP_SECURE_FAILURE
        };
        const auto it = winHttp.constFind(win32);
        if (it != winHttp.cend())
            setCause(r, QString::fromUtf16(it->first), text, it->second);
        else
            setCause(r, u"upstream.error"_s, text);
    } else if (status == 500 && subStatus >= 30 && subStatus <= 38) {
        r->gatewayGenerated = true;
        setCause(r, u"capacity.no-healthy-upstream"_s, text);
    } else if (status == 503 && subStatus == 2) {
        r->gatewayGenerated = true;
        setCause(r, u"capacity.overloaded"_s, text); // concurrent request limit
    }
}

Line parseIisW3c(QList<QByteArray> &fields, const QString &file, QByteArrayView line, qint64 number, LogRecord *r,
                 bool failuresOnly)
{
    if (line.startsWith("#Fields:")) {
        fields = line.sliced(8).trimmed().toByteArray().simplified().split(' ');
        return Line::Skipped;
    }
    if (line.startsWith('#'))
        return Line::Skipped;
    QList<QByteArrayView> values;
    for (const QByteArrayView &value : splitView(line.trimmed(), ' ')) {
        if (!value.isEmpty())
            values.append(value);
    }
    QList<QByteArray> names = fields.isEmpty() ? iisDefaultFields() : fields;
    // Without a "#Fields:" line, a line one field short of the default set lacks cs(Referer).
    if (fields.isEmpty() && values.size() == names.size() - 1)
        names.removeOne("cs(Referer)");
    if (values.size() != names.size())
        return Line::Malformed;
    auto value = [&](const char *name) -> QByteArrayView {
        const qsizetype i = names.indexOf(QByteArray(name));
        return i >= 0 ? values.at(i) : QByteArrayView();
    };
    const int status = toInt(value("sc-status"));
    if (status < 100 || status > 599)
        return Line::Malformed;
    if (failuresOnly && status < 500)
        return Line::Healthy;
    begin(r, file, number, line, u"iis-w3c"_s, QString());
    r->status = status;
    if (!value("date").isEmpty())
        r->time = parseIsoTime(value("date").toByteArray().append('T').append(value("time")).append('Z'));
    r->client = QString::fromUtf8(value("c-ip"));
    r->method = QString::fromUtf8(value("cs-method"));
    r->target = QString::fromUtf8(value("cs-uri-stem"));
    if (const QByteArrayView query = value("cs-uri-query"); !query.isEmpty() && query != "-")
        r->target += u'?' + QString::fromUtf8(query);
    if (const QByteArrayView host = value("cs-host"); !host.isEmpty() && host != "-")
        r->host = QString::fromUtf8(host);
    if (const QByteArrayView taken = value("time-taken"); !taken.isEmpty())
        r->requestMs = toDouble(taken, -1);
    const int subStatus = std::max(toInt(value("sc-substatus")), 0);
    const qint64 win32 = toSigned(value("sc-win32-status"), 0);
    r->flags = u"%1.%2 %3"_s.arg(status).arg(subStatus).arg(win32);
    iisCause(r, status, subStatus, win32);
    return Line::Record;
}

// --- Envoy ---------------------------------------------------------------------------------------------

void envoyCause(LogRecord *r, const QString &flags, const QString &details, const QString &failureReason)
{
    const QString text = QStringList { flags, details, failureReason }.filter(QRegularExpression(u"\\S"_s)).join(u' ');
    const QStringList list = flags.split(u',', Qt::SkipEmptyParts);
    auto has = [&list](const char16_t *flag) { return list.contains(QString::fromUtf16(flag)); };
    if (failureReason.contains(u"TLS"_s, Qt::CaseInsensitive) || failureReason.contains(u"CERTIFICATE"_s)
        || details.contains(u"TLS_error"_s))
        setCause(r, u"upstream.tls-failure"_s, text);
    else if (has(u"UH") || details.contains(u"no_healthy_upstream"))
        setCause(r, u"capacity.no-healthy-upstream"_s, text);
    else if (has(u"UT") || has(u"UMSDR") || details.contains(u"upstream_response_timeout")
             || details.contains(u"upstream_per_try_timeout"))
        setCause(r, u"upstream.timeout"_s, text);
    else if (details.contains(u"remote reset") || details.contains(u"remote_reset") || has(u"UR"))
        setCause(r, u"upstream.reset"_s, text);
    else if (has(u"UC") || details.contains(u"connection_termination"))
        setCause(r, u"upstream.closed-early"_s, text);
    else if (has(u"UF") || details.contains(u"connection_failure")) {
        // The connection was not established; the failure reason (when logged) says why, else it
        // stays open: refused, timed out and unreachable all give UF.
        const LogCause reason = classifyLogMessage(failureReason.toUtf8());
        // The failure reason when the format logs it, else the detail Envoy writes in braces after
        // upstream_reset_before_response_started ({connection_timeout}, {connection_failure,
        // delayed_connect_error:_111}).
        if (failureReason.contains(u"timeout", Qt::CaseInsensitive) || details.contains(u"{connection_timeout"))
            setCause(r, u"upstream.timeout"_s, text, true);
        else if (reason.cause == u"upstream.refused" || failureReason.contains(u"delayed connect error: 111")
                 || failureReason.contains(u"connect_error:_111") || failureReason.contains(u"Connection_refused")
                 || details.contains(u"connect_error:_111") || details.contains(u"Connection_refused"))
            setCause(r, u"upstream.refused"_s, text, true);
        else
            setCause(r, u"upstream.error"_s, text, true);
    } else if (has(u"UO") || details.contains(u"overflow"))
        setCause(r, u"capacity.overloaded"_s, text);
    else if (has(u"RL") || has(u"RLSE"))
        setCause(r, u"capacity.rate-limited"_s, text);
    else if (has(u"UPE") || details.contains(u"protocol_error"))
        setCause(r, u"upstream.invalid-response"_s, text);
    else if (has(u"DC"))
        setCause(r, u"transport.closed-early"_s, text);
    else if (has(u"NC") || details == u"cluster_not_found")
        // No cluster for the route: Envoy had nowhere to send the request.
        setCause(r, u"capacity.no-healthy-upstream"_s, text);
    else if (details.startsWith(u"via_upstream")) {
        // The upstream's own response, relayed (URX: the last retry's answer): no failure of Envoy's.
    } else if (has(u"LR") || has(u"URX"))
        setCause(r, u"upstream.error"_s, text);
    r->flags = flags == u"-" ? QString() : flags;
}

// Where Envoy's own part of a line starts ("[2024-07-20T07:05:54.173Z] \"GET …"), after a collector's
// prefix of up to 256 bytes; -1 when the line has none.
qsizetype envoyLineStart(QByteArrayView line)
{
    const QByteArrayView head = line.first(std::min<qsizetype>(line.size(), 256));
    for (qsizetype at = head.indexOf(" ["); at >= 0; at = head.indexOf(" [", at + 1)) {
        const QByteArrayView rest = line.sliced(at + 1);
        const qsizetype close = rest.indexOf("] \"");
        if (rest.size() > 12 && isDigit(rest.at(1)) && rest.at(5) == '-' && rest.at(11) == 'T' && close > 0
            && close < 40)
            return at + 1;
    }
    return -1;
}

Line parseEnvoyText(const QString &file, QByteArrayView line, qint64 number, LogRecord *r, bool failuresOnly)
{
    QByteArrayView rest = line;
    QList<QByteArrayView> fields;
    QList<bool> quotedFlags;
    QByteArrayView field;
    bool quoted = false;
    while (nextField(rest, &field, &quoted)) {
        fields.append(field);
        quotedFlags.append(quoted);
    }
    if (fields.size() < 5 || !quotedFlags.at(1))
        return Line::Malformed;
    const int status = toInt(fields.at(2));
    if (status < 0)
        return Line::Malformed;
    const QString flags = QString::fromLatin1(fields.at(3));
    if (failuresOnly && status < 500 && (flags == u"-" || flags.isEmpty()))
        return Line::Healthy;
    begin(r, file, number, line, u"envoy-access"_s, u"envoy"_s);
    r->time = parseIsoTime(fields.at(0));
    if (fields.at(1) != "- - -") // a TCP proxy's line names no request
        splitRequestLine(fields.at(1), r);
    r->status = status;
    // Istio's format puts %RESPONSE_CODE_DETAILS% %CONNECTION_TERMINATION_DETAILS%
    // "%UPSTREAM_TRANSPORT_FAILURE_REASON%" after the flags; the default goes on with the bytes.
    qsizetype at = 4;
    QString details;
    QString failure;
    // A format that adds only %RESPONSE_CODE_DETAILS% goes on with the bytes at once.
    if (at < fields.size() && toInt(fields.at(at)) < 0 && !quotedFlags.at(at)) {
        details = dashless(fields.at(at));
        ++at;
        if (at < fields.size() && !quotedFlags.at(at) && toInt(fields.at(at)) < 0)
            ++at; // connection termination details
        if (at < fields.size() && quotedFlags.at(at))
            failure = dashless(fields.at(at++));
    }
    // bytes received, bytes sent, duration, upstream service time, then the quoted ones.
    if (at + 2 < fields.size())
        r->requestMs = toDouble(fields.at(at + 2));
    if (at + 3 < fields.size())
        r->upstreamHeaderMs = toDouble(fields.at(at + 3));
    QList<QByteArrayView> quotedTail;
    for (qsizetype i = at; i < fields.size(); ++i) {
        if (quotedFlags.at(i))
            quotedTail.append(fields.at(i));
    }
    // "x-forwarded-for" "user-agent" "x-request-id" "authority" "upstream host"
    if (quotedTail.size() >= 3)
        r->requestId = dashless(quotedTail.at(2));
    if (quotedTail.size() >= 4)
        r->host = dashless(quotedTail.at(3));
    if (quotedTail.size() >= 5)
        r->upstreamAddress = dashless(quotedTail.at(4));
    if (quotedTail.size() >= 1)
        r->client = dashless(quotedTail.at(0));
    envoyCause(r, flags, details, failure);
    r->gatewayGenerated = !r->cause.isEmpty() && !r->cause.startsWith(u"transport.");
    return Line::Record;
}

// --- JSON formats ----------------------------------------------------------------------------------

QString jsonString(const QJsonObject &o, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QJsonValue v = o.value(QString::fromUtf16(key));
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 15);
    }
    return {};
}

double jsonNumber(const QJsonObject &o, std::initializer_list<const char16_t *> keys, double fallback = -1)
{
    for (const char16_t *key : keys) {
        const QJsonValue v = o.value(QString::fromUtf16(key));
        if (v.isDouble())
            return v.toDouble();
        if (v.isString()) {
            bool ok = false;
            const double d = v.toString().toDouble(&ok);
            if (ok)
                return d;
        }
    }
    return fallback;
}

QString headerFrom(const QJsonObject &headers, const char16_t *name)
{
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(QString::fromUtf16(name), Qt::CaseInsensitive) == 0) {
            const QJsonValue v = it.value();
            return v.isArray() ? v.toArray().first().toString() : v.toString();
        }
    }
    return {};
}

void splitUrl(const QString &url, LogRecord *r)
{
    if (url.startsWith(u"http://") || url.startsWith(u"https://")) {
        const QUrl parsed(url);
        r->host = parsed.host();
        r->target = parsed.path(QUrl::FullyEncoded)
            + (parsed.hasQuery() ? u"?"_s + parsed.query(QUrl::FullyEncoded) : QString());
        if (r->target.isEmpty())
            r->target = u"/"_s;
    } else {
        r->target = url;
    }
}

Line parseJson(const QString &format, const QString &file, QByteArrayView line, qint64 number, LogRecord *r,
               bool failuresOnly)
{
    const std::optional<QJsonObject> object = jsonObject(jsonPart(line));
    if (!object)
        return Line::Malformed;
    const QJsonObject &o = *object;
    const LogFormatInfo *info = LogFormats::find(format);
    begin(r, file, number, line, format, info ? info->product : QString());

    if (format == u"caddy-json") {
        const QString logger = o.value(u"logger"_s).toString();
        // caddy-l4's TCP proxy: "logger":"layer4", "msg":"handling connection", and the error of
        // its dial to the upstream. It logs no HTTP status (it closes the client's connection); the
        // record carries the one Caddy's HTTP proxy gives the same failure.
        if (logger.startsWith(u"layer4") && o.value(u"error"_s).toString().contains(u"dial "_s)) {
            r->kind = LogRecord::Kind::Error;
            r->time = QDateTime::fromMSecsSinceEpoch(qint64(jsonNumber(o, { u"ts" }, 0) * 1000.0), Qt::UTC);
            r->client = o.value(u"remote"_s).toString();
            r->message = o.value(u"error"_s).toString();
            applyCause(r, classifyLogMessage(r->message.toUtf8()));
            if (r->cause.isEmpty())
                setCause(r, u"upstream.error"_s, r->message, true);
            r->gatewayGenerated = true;
            // What Caddy's HTTP proxy answers for the same failure, as nginx's lines are read.
            r->status = r->cause == u"upstream.timeout" ? 504 : 502;
            return Line::Record;
        }
        if (!logger.startsWith(u"http.log"))
            return failuresOnly ? Line::Healthy : Line::Skipped;
        const QJsonObject request = o.value(u"request"_s).toObject();
        r->time = QDateTime::fromMSecsSinceEpoch(qint64(jsonNumber(o, { u"ts" }, 0) * 1000.0), Qt::UTC);
        r->method = request.value(u"method"_s).toString();
        r->target = request.value(u"uri"_s).toString();
        r->host = request.value(u"host"_s).toString();
        r->client = jsonString(request, { u"client_ip", u"remote_ip", u"remote_addr" });
        r->status = int(jsonNumber(o, { u"status" }, 0));
        r->requestMs = jsonNumber(o, { u"duration" }, -1) * 1000.0;
        r->requestId = headerFrom(request.value(u"headers"_s).toObject(), u"X-Request-Id");
        if (logger.startsWith(u"http.log.error")) {
            r->kind = LogRecord::Kind::Error;
            r->message = o.value(u"msg"_s).toString();
            applyCause(r, classifyLogMessage(r->message.toUtf8()));
            r->gatewayGenerated = !r->cause.isEmpty();
            if (r->cause.isEmpty() && r->status >= 500)
                setCause(r, u"upstream.error"_s, r->message);
        } else if (r->requestId.isEmpty()) {
            r->requestId = headerFrom(o.value(u"resp_headers"_s).toObject(), u"X-Request-Id");
        }
    } else if (format == u"traefik-json") {
        r->status = int(jsonNumber(o, { u"DownstreamStatus" }, 0));
        const int origin = int(jsonNumber(o, { u"OriginStatus" }, 0));
        r->upstreamStatus = origin > 0 ? QString::number(origin) : u"-"_s;
        r->method = o.value(u"RequestMethod"_s).toString();
        r->target = o.value(u"RequestPath"_s).toString();
        r->host = o.value(u"RequestHost"_s).toString();
        r->client = o.value(u"ClientHost"_s).toString();
        r->upstreamAddress = jsonString(o, { u"ServiceAddr", u"ServiceURL" });
        r->requestMs = jsonNumber(o, { u"Duration" }, -1) / 1e6;
        const double originNs = jsonNumber(o, { u"OriginDuration" }, -1);
        r->upstreamHeaderMs = originNs < 0 ? -1 : originNs / 1e6;
        r->retries = int(jsonNumber(o, { u"RetryAttempts" }, -1));
        r->time = parseIsoTime(jsonString(o, { u"StartUTC", u"time" }).toUtf8());
        r->requestId = jsonString(o, { u"request_X-Request-Id", u"request_X-Request-ID" });
        // OriginStatus 0 with a 5xx: Traefik answered itself (no server, or a middleware).
        r->gatewayGenerated = r->status >= 500 && origin == 0;
        if (r->gatewayGenerated && r->status == 503)
            setCause(r, u"capacity.no-healthy-upstream"_s, u"DownstreamStatus %1, OriginStatus 0"_s.arg(r->status));
    } else if (format == u"cloudflare-logpush") {
        r->status = int(jsonNumber(o, { u"EdgeResponseStatus" }, 0));
        const int origin = int(jsonNumber(o, { u"OriginResponseStatus" }, 0));
        r->upstreamStatus = QString::number(origin);
        r->method = o.value(u"ClientRequestMethod"_s).toString();
        r->target = o.value(u"ClientRequestURI"_s).toString();
        r->host = o.value(u"ClientRequestHost"_s).toString();
        r->client = o.value(u"ClientIP"_s).toString();
        r->requestId = o.value(u"RayID"_s).toString();
        r->upstreamAddress = o.value(u"OriginIP"_s).toString();
        r->upstreamHeaderMs = jsonNumber(o, { u"OriginResponseDurationMs" }, -1);
        if (r->upstreamHeaderMs < 0 && origin > 0) // the older field, in nanoseconds
            r->upstreamHeaderMs = jsonNumber(o, { u"OriginResponseTime" }, -1e6) / 1e6;
        const QJsonValue start = o.value(u"EdgeStartTimestamp"_s);
        r->time = start.isString() ? parseIsoTime(start.toString().toUtf8())
                                   : QDateTime::fromMSecsSinceEpoch(qint64(start.toDouble() / 1e6), Qt::UTC);
        const QString text = u"EdgeResponseStatus %1, OriginResponseStatus %2"_s.arg(r->status).arg(origin);
        switch (r->status) {
        case 520:
            setCause(r, u"upstream.invalid-response"_s, text);
            break;
        case 521:
            setCause(r, u"upstream.refused"_s, text);
            break;
        case 522:
            setCause(r, u"upstream.timeout"_s, text, true);
            break;
        case 523:
            setCause(r, u"upstream.refused"_s, text);
            r->hint = u"unreachable"_s;
            break;
        case 524:
            setCause(r, u"upstream.timeout"_s, text);
            break;
        case 525:
        case 526:
            setCause(r, u"upstream.tls-failure"_s, text);
            break;
        case 530:
            setCause(r, u"upstream.dns-failure"_s, text);
            break;
        default:
            break;
        }
        r->gatewayGenerated = r->status >= 500 && origin != r->status;
        if (r->status >= 500 && origin == r->status)
            setCause(r, u"origin.error"_s, text);
        // Cloudflare's rate limiting answered (429 by default): "EdgeRateLimitAction":"ban",
        // "EdgePathingStatus":"rateLimit".
        const QString rateLimitAction = o.value(u"EdgeRateLimitAction"_s).toString();
        if (!rateLimitAction.isEmpty() || o.value(u"EdgePathingStatus"_s).toString() == u"rateLimit") {
            setCause(r, u"capacity.rate-limited"_s,
                     u"EdgeResponseStatus %1, EdgeRateLimitAction %2, EdgeRateLimitID %3"_s.arg(r->status).arg(
                         rateLimitAction, jsonString(o, { u"EdgeRateLimitID" })));
            r->gatewayGenerated = true;
        }
    } else if (format == u"gcp-lb") {
        const QJsonObject http = o.value(u"httpRequest"_s).toObject();
        const QJsonObject payload = o.value(u"jsonPayload"_s).toObject();
        r->status = int(jsonNumber(http, { u"status" }, 0));
        r->method = http.value(u"requestMethod"_s).toString();
        splitUrl(http.value(u"requestUrl"_s).toString(), r);
        r->client = http.value(u"remoteIp"_s).toString();
        r->upstreamAddress = http.value(u"serverIp"_s).toString();
        const QString latency = http.value(u"latency"_s).toString();
        if (latency.endsWith(u's'))
            r->requestMs = latency.chopped(1).toDouble() * 1000.0;
        r->time = parseIsoTime(o.value(u"timestamp"_s).toString().toUtf8());
        r->requestId = o.value(u"trace"_s).toString().section(u'/', -1);
        const QString details = payload.value(u"statusDetails"_s).toString();
        r->flags = details;
        static const QList<std::pair<QString, QString>> map {
            { u"backend_connection_closed_before_data_sent_to_client"_s, u"upstream.closed-early"_s },
            { u"backend_connection_closed_after_partial_response_sent"_s, u"upstream.closed-early"_s },
            { u"failed_to_pick_backend"_s, u"capacity.no-healthy-upstream"_s },
            { u"failed_to_connect_to_backend"_s, u"upstream.refused"_s },
            { u"backend_timeout"_s, u"upstream.timeout"_s },
            { u"client_disconnected_before_any_response"_s, u"transport.closed-early"_s },
            { u"client_timed_out"_s, u"transport.timeout"_s },
        };
        for (const auto &[detail, cause] : map) {
            if (details == detail)
                setCause(r, cause, u"statusDetails "_s + details, cause == u"upstream.refused");
        }
        r->gatewayGenerated = !r->cause.isEmpty() && details != u"response_sent_by_backend";
    } else if (format == u"envoy-json") {
        r->status = int(jsonNumber(o, { u"response_code", u"responseCode" }, 0));
        const QString flags = jsonString(o, { u"response_flags", u"responseFlags" });
        if (failuresOnly && r->status < 500 && (flags.isEmpty() || flags == u"-"))
            return Line::Healthy;
        r->method = jsonString(o, { u"method", u"requestMethod" });
        r->target = jsonString(o, { u"path", u"requestPath" });
        r->requestId = jsonString(o, { u"x_request_id", u"request_id", u"requestId", u"id" });
        r->requestMs = jsonNumber(o, { u"duration" }, -1);
        r->time = parseIsoTime(jsonString(o, { u"start_time", u"startTime" }).toUtf8());
        r->client = jsonString(o, { u"remote_addr", u"downstream_remote_address" });
        const QJsonObject upstream = o.value(u"upstream"_s).toObject();
        r->upstreamAddress = upstream.isEmpty() ? jsonString(o, { u"upstream_host", u"upstreamHost" })
                                                : upstream.value(u"host"_s).toString();
        envoyCause(r, flags, jsonString(o, { u"response_code_details", u"responseCodeDetails" }),
                   jsonString(o, { u"upstream_transport_failure_reason", u"upstreamTransportFailureReason" }));
        r->gatewayGenerated = !r->cause.isEmpty() && !r->cause.startsWith(u"transport.");
    }
    if (failuresOnly && !r->isFailure())
        return Line::Healthy;
    return Line::Record;
}

// --- AWS ALB, CloudFront, API Gateway --------------------------------------------------------------

// The three processing times (seconds; -1 when the load balancer could not send the request on or
// the target closed first) of an Elastic Load Balancing access line.
struct ProcessingTimes
{
    double request = -1;
    double target = -1;
    double response = -1;
};

// The fields the ALB's and the Classic Load Balancer's lines share, in the same order from the
// client's address on (`client` is its index; the time stands two fields before it): client:port,
// target:port, three processing times, the load balancer's and the target's status, bytes in and
// out, then the quoted request.
ProcessingTimes readElasticLoadBalancingFields(const QList<QByteArrayView> &f, qsizetype client, LogRecord *r)
{
    r->time = parseIsoTime(f.at(client - 2));
    r->client = QString::fromUtf8(f.at(client)).section(u':', 0, -2);
    r->upstreamAddress = dashless(f.at(client + 1));
    r->upstreamStatus = QString::fromUtf8(f.at(client + 6));
    const ProcessingTimes times { toDouble(f.at(client + 2)), toDouble(f.at(client + 3)), toDouble(f.at(client + 4)) };
    r->upstreamHeaderMs = times.target < 0 ? -1 : times.target * 1000.0;
    if (times.request >= 0 && times.target >= 0 && times.response >= 0)
        r->requestMs = (times.request + times.target + times.response) * 1000.0;
    const QString request = QString::fromUtf8(f.at(client + 9));
    const qsizetype space = request.indexOf(u' ');
    r->method = request.left(space);
    splitUrl(request.mid(space + 1).section(u' ', 0, 0), r);
    return times;
}

Line parseAlb(const QString &file, QByteArrayView line, qint64 number, LogRecord *r, bool failuresOnly)
{
    const QList<QByteArrayView> f = fieldsOf(line);
    // type time elb client:port target:port rpt tpt rspt elb_status target_status rx tx "request" …
    if (f.size() < 14)
        return Line::Malformed;
    const int status = toInt(f.at(8));
    if (status < 0)
        return Line::Malformed;
    if (failuresOnly && status < 500 && status != 460)
        return Line::Healthy;
    begin(r, file, number, line, u"aws-alb"_s, u"aws-alb"_s);
    r->status = status;
    const ProcessingTimes times = readElasticLoadBalancingFields(f, 3, r);
    const double rpt = times.request;
    const double tpt = times.target;
    const double rspt = times.response;
    if (f.size() > 17)
        r->requestId = dashless(f.at(17)); // X-Amzn-Trace-Id "Root=1-…"
    QString reason;
    if (f.size() > 23)
        reason = dashless(f.at(23));
    r->flags = reason;
    const QString text = reason.isEmpty()
        ? u"elb_status_code %1, target_status_code %2, processing times %3 %4 %5"_s.arg(r->status).arg(
            r->upstreamStatus, QString::fromUtf8(f.at(5)), QString::fromUtf8(f.at(6)), QString::fromUtf8(f.at(7)))
        : u"error_reason "_s + reason;
    if (reason == u"TargetConnectionError")
        setCause(r, u"upstream.refused"_s, text, true);
    else if (reason == u"TargetTimeout")
        setCause(r, u"upstream.timeout"_s, text);
    else if (reason == u"TargetResponseError")
        setCause(r, u"upstream.error"_s, text);
    else if (status == 503 && r->upstreamAddress.isEmpty())
        setCause(r, u"capacity.no-healthy-upstream"_s, text);
    else if (status == 504 && tpt < 0)
        setCause(r, u"upstream.timeout"_s, text);
    else if (status == 502 && rpt < 0 && tpt < 0 && rspt < 0 && r->upstreamStatus == u"-")
        // -1 everywhere: the request was never dispatched — AWS: "the target closes the connection
        // before the idle timeout" (a keep-alive race) or the client sent a malformed request.
        setCause(r, u"upstream.closed-early"_s, text);
    else if (status == 502 && tpt < 0)
        setCause(r, u"upstream.error"_s, text);
    else if (status == 502 && r->upstreamStatus == u"-" && rspt < 0)
        setCause(r, u"upstream.closed-early"_s, text); // the target closed while the request was outstanding
    else if (status == 460)
        setCause(r, u"transport.timeout"_s, text);
    r->gatewayGenerated = status >= 500 && r->upstreamStatus == u"-";
    r->upstreamAnswered = status >= 500 && r->upstreamStatus == QString::number(status);
    return Line::Record;
}

// The Classic Load Balancer's access log (Elastic Load Balancing guide, "Access logs for your
// Classic Load Balancer"): the ALB's line without its leading type and its trailing fields.
Line parseElbClassic(const QString &file, QByteArrayView line, qint64 number, LogRecord *r, bool failuresOnly)
{
    const QList<QByteArrayView> f = fieldsOf(line);
    // time elb client:port backend:port rpt bpt rspt elb_status backend_status rx tx "request" …
    if (f.size() < 12)
        return Line::Malformed;
    // A TCP or SSL listener logs "-" for both statuses: no HTTP answer to speak of.
    const int status = f.at(7) == "-" ? 0 : toInt(f.at(7));
    if (status < 0)
        return Line::Malformed;
    if (failuresOnly && status < 500)
        return Line::Healthy;
    begin(r, file, number, line, u"aws-elb-classic"_s, u"aws-elb-classic"_s);
    r->status = status;
    readElasticLoadBalancingFields(f, 2, r);
    // backend_status_code "-" or 0: no registered instance answered (the times are -1 when the
    // request could not be sent to one, or the instance closed the connection before answering).
    const bool noAnswer = r->upstreamStatus == u"-" || r->upstreamStatus == u"0";
    const QString text = u"elb_status_code %1, backend_status_code %2, backend %3, processing times %4 %5 %6"_s.arg(
        QString::number(status), r->upstreamStatus, QString::fromUtf8(f.at(3)), QString::fromUtf8(f.at(4)),
        QString::fromUtf8(f.at(5)), QString::fromUtf8(f.at(6)));
    if (status >= 500 && noAnswer) {
        // AWS's troubleshooting guide: 503 = no registered or healthy instance, or the surge queue
        // is full; 504 = the instance did not answer within the idle timeout (or closed the
        // connection); 502 = the instance's answer was malformed or the connection failed.
        if (status == 503)
            setCause(r, u"capacity.no-healthy-upstream"_s, text);
        else if (status == 504)
            setCause(r, u"upstream.timeout"_s, text);
        else
            setCause(r, u"upstream.error"_s, text);
        r->gatewayGenerated = true;
    }
    r->upstreamAnswered = status >= 500 && r->upstreamStatus == QString::number(status);
    return Line::Record;
}

const QList<QByteArray> &cloudFrontDefaultFields()
{
    // The documented order of the standard log's fields (Amazon CloudFront developer guide,
    // "Standard log file fields").
    static const QList<QByteArray> fields = QByteArray("date time x-edge-location sc-bytes c-ip cs-method cs(Host) "
                                                       "cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query "
                                                       "cs(Cookie) x-edge-result-type x-edge-request-id x-host-header "
                                                       "cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol "
                                                       "ssl-cipher x-edge-response-result-type cs-protocol-version "
                                                       "fle-status fle-encrypted-fields c-port time-to-first-byte "
                                                       "x-edge-detailed-result-type sc-content-type sc-content-len "
                                                       "sc-range-start sc-range-end")
                                                .split(' ');
    return fields;
}

Line parseCloudFrontLine(QList<QByteArray> &fields, const QString &file, QByteArrayView line, qint64 number,
                         LogRecord *r, bool failuresOnly)
{
    if (line.startsWith("#Fields:")) {
        fields = line.sliced(8).trimmed().toByteArray().split(' ');
        return Line::Skipped;
    }
    if (line.startsWith('#'))
        return Line::Skipped;
    const QList<QByteArrayView> values = splitView(line, '\t');
    const QList<QByteArray> &names = fields.isEmpty() ? cloudFrontDefaultFields() : fields;
    if (values.size() < 15)
        return Line::Malformed;
    auto value = [&](const char *name) -> QByteArrayView {
        const qsizetype i = names.indexOf(QByteArray(name));
        return i >= 0 && i < values.size() ? values.at(i) : QByteArrayView();
    };
    const int status = toInt(value("sc-status"));
    if (status < 0)
        return Line::Malformed;
    const QByteArrayView detailed = value("x-edge-detailed-result-type");
    if (failuresOnly && status < 500 && !detailed.startsWith("Origin") && detailed != "AbortedOrigin")
        return Line::Healthy;
    begin(r, file, number, line, u"cloudfront"_s, u"aws-cloudfront"_s);
    r->status = status;
    r->time = parseIsoTime(value("date").toByteArray().append('T').append(value("time")).append('Z'));
    r->client = QString::fromUtf8(value("c-ip"));
    r->method = QString::fromUtf8(value("cs-method"));
    r->target = QString::fromUtf8(value("cs-uri-stem"));
    if (const QByteArrayView query = value("cs-uri-query"); !query.isEmpty() && query != "-")
        r->target += u'?' + QString::fromUtf8(query);
    r->host = QString::fromUtf8(value("x-host-header"));
    r->requestId = QString::fromUtf8(value("x-edge-request-id"));
    r->requestMs = toDouble(value("time-taken")) * 1000.0;
    r->flags = QString::fromUtf8(detailed);
    const QString text = u"x-edge-detailed-result-type "_s + r->flags;
    static const QList<std::pair<QByteArray, QString>> map {
        { "OriginConnectError", u"upstream.refused"_s },
        { "OriginReadTimeout", u"upstream.timeout"_s },
        { "OriginDnsError", u"upstream.dns-failure"_s },
        { "OriginCommError", u"upstream.closed-early"_s },
        { "OriginHeaderTooBigError", u"upstream.invalid-response"_s },
        { "OriginInvalidResponseError", u"upstream.invalid-response"_s },
        { "OriginSslProtocolError", u"upstream.tls-failure"_s },
        { "OriginSslCertificateError", u"upstream.tls-failure"_s },
        { "OriginError", u"upstream.error"_s },
        // The developer guide's other origin errors ("Standard log file fields").
        { "OriginReadError", u"upstream.error"_s },
        { "OriginWriteError", u"upstream.error"_s },
        { "AbortedOrigin", u"upstream.error"_s },
        { "OriginZeroSizeObjectError", u"upstream.closed-early"_s },
        { "OriginContentRangeLengthError", u"upstream.invalid-response"_s },
        { "LimitExceeded", u"capacity.rate-limited"_s },
        { "CapacityExceeded", u"capacity.overloaded"_s },
    };
    for (const auto &[name, cause] : map) {
        if (detailed == name)
            setCause(r, cause, text, name == "OriginConnectError");
    }
    r->gatewayGenerated = !r->cause.isEmpty();
    return Line::Record;
}

// CloudWatch's "(request id) message" (behind the time the console shows) and the console's
// test-invoke log "Wed Nov 02 10:19:35 UTC 2022 : message", whose lines name no request: the id
// of its "Starting execution for request: …" line is kept in `consoleId`. Records are the lines that
// name a failure and the "Method completed with status: N" lines; LogParser::feed joins the two
// of one request.
Line parseApiGateway(const QString &file, QByteArrayView line, qint64 number, LogRecord *r, QString *consoleId)
{
    static const QRegularExpression cloudWatch(u"^(?:(\\S+)\\s)?\\(([0-9a-fA-F-]{36})\\) (.*)$"_s);
    static const QRegularExpression console(
        u"^(\\w{3}) (\\w{3}) (\\d\\d) (\\d\\d:\\d\\d:\\d\\d) UTC (\\d{4}) : (.*)$"_s);
    const QString text = QString::fromUtf8(line);
    QString message;
    QString requestId;
    QDateTime time;
    if (const QRegularExpressionMatch m = cloudWatch.match(text); m.hasMatch()) {
        time = parseIsoTime(m.captured(1).toUtf8());
        requestId = m.captured(2);
        message = m.captured(3);
    } else if (const QRegularExpressionMatch c = console.match(text); c.hasMatch()) {
        time = QDateTime(QDate(c.captured(5).toInt(), monthIndex(c.captured(2).toLatin1()), c.captured(3).toInt()),
                         QTime::fromString(c.captured(4), u"HH:mm:ss"_s), Qt::UTC);
        message = c.captured(6);
        if (message.startsWith(u"Starting execution for request: "))
            *consoleId = message.section(u' ', 4, 4).trimmed();
        requestId = *consoleId;
    } else { // a message continued on the next line ("{}", header dumps)
        return text.contains(u'(') && text.contains(u')') && text.startsWith(u'2') ? Line::Malformed : Line::Skipped;
    }
    static const QRegularExpression completed(u"Method completed with status: (\\d+)"_s);
    const QRegularExpressionMatch status = completed.match(message);
    const LogCause cause = classifyLogMessage(message.toUtf8());
    if (cause.cause.isEmpty() && !status.hasMatch())
        return Line::Skipped;
    begin(r, file, number, line, u"apigateway-execution"_s, u"aws-api-gateway"_s);
    r->kind = cause.cause.isEmpty() ? LogRecord::Kind::Access : LogRecord::Kind::Error;
    r->time = time;
    r->requestId = requestId;
    r->message = message;
    r->status = status.hasMatch() ? status.captured(1).toInt() : 0;
    applyCause(r, cause);
    if (r->cause == u"upstream.timeout" && r->status == 0)
        r->status = 504;
    r->gatewayGenerated = !r->cause.isEmpty();
    return Line::Record;
}

// --- Heroku router ----------------------------------------------------------------------------------

Line parseHeroku(const QString &file, QByteArrayView line, qint64 number, LogRecord *r, bool failuresOnly)
{
    // The router's key=value part, after "heroku[router]: " (or the part alone, as people quote
    // it: "at=error code=H13 desc=… status=503").
    const qsizetype prefix = line.indexOf("heroku[router]: ");
    const qsizetype at = prefix >= 0 ? prefix : line.indexOf("at=");
    if (at < 0 || (prefix < 0 && !line.contains(" code=H")))
        return Line::Skipped; // the app's own lines in the same stream
    QByteArrayView rest = line.sliced(prefix >= 0 ? at + 16 : at);
    QHash<QByteArray, QByteArray> kv;
    while (!rest.isEmpty()) {
        skipSpaces(rest);
        const qsizetype eq = rest.indexOf('=');
        if (eq <= 0)
            break;
        const QByteArray key = rest.first(eq).toByteArray();
        rest = rest.sliced(eq + 1);
        QByteArrayView value;
        // "dyno= connect= service=": an empty value is followed by a space, not by the next key.
        if (!rest.isEmpty() && rest.front() != ' ')
            nextField(rest, &value);
        kv.insert(key, value.toByteArray());
    }
    if (!kv.contains("status") && !kv.contains("code"))
        return Line::Malformed;
    const int status = toInt(kv.value("status"));
    const QByteArray code = kv.value("code");
    if (failuresOnly && status < 500 && code.isEmpty())
        return Line::Healthy;
    begin(r, file, number, line, u"heroku-router"_s, u"heroku"_s);
    r->time = prefix >= 0 ? parseIsoTime(splitView(line.first(at).trimmed(), ' ').first()) : QDateTime();
    r->status = std::max(status, 0);
    r->method = QString::fromUtf8(kv.value("method"));
    r->target = QString::fromUtf8(kv.value("path"));
    r->host = QString::fromUtf8(kv.value("host"));
    r->client = QString::fromUtf8(kv.value("fwd"));
    r->requestId = QString::fromUtf8(kv.value("request_id"));
    r->upstreamAddress = QString::fromUtf8(kv.value("dyno"));
    r->connectMs
        = toDouble(QByteArrayView(kv.value("connect")).chopped(std::min<qsizetype>(2, kv.value("connect").size())));
    r->upstreamHeaderMs
        = toDouble(QByteArrayView(kv.value("service")).chopped(std::min<qsizetype>(2, kv.value("service").size())));
    r->flags = QString::fromUtf8(code);
    const QString text = u"code=%1 desc=\"%2\""_s.arg(QString::fromUtf8(code), QString::fromUtf8(kv.value("desc")));
    if (const HerokuRouterCode *known = herokuRouterCode(code))
        setCause(r, known->cause, text, known->connectPhase);
    r->gatewayGenerated = !r->cause.isEmpty();
    return Line::Record;
}

// --- Squid ---------------------------------------------------------------------------------------------

Line parseSquidAccess(const QString &file, QByteArrayView line, qint64 number, LogRecord *r, bool failuresOnly)
{
    // time elapsed client code/status bytes method URL user hierarchy/peer type [extra…]
    const QList<QByteArrayView> f = fieldsOf(line);
    if (f.size() < 7)
        return Line::Malformed;
    const qsizetype slash = f.at(3).indexOf('/');
    const int status = slash > 0 ? toInt(f.at(3).sliced(slash + 1)) : -1;
    if (status < 0)
        return Line::Malformed;
    QByteArrayView errorCode;
    for (const QByteArrayView &t : std::as_const(f)) {
        if (t.startsWith("ERR_"))
            errorCode = t;
    }
    if (failuresOnly && status < 500 && errorCode.isEmpty())
        return Line::Healthy;
    begin(r, file, number, line, u"squid-access"_s, u"squid"_s);
    r->time = QDateTime::fromMSecsSinceEpoch(qint64(toDouble(f.at(0), 0) * 1000.0), Qt::UTC);
    r->requestMs = toDouble(f.at(1));
    r->client = QString::fromUtf8(f.at(2));
    r->status = status;
    r->flags = QString::fromUtf8(f.at(3).first(slash));
    r->method = QString::fromUtf8(f.at(5));
    splitUrl(QString::fromUtf8(f.at(6)), r);
    if (f.size() > 8)
        r->upstreamAddress = QString::fromUtf8(f.at(8));
    if (!errorCode.isEmpty()) {
        // ERR_READ_ERROR with the hierarchy HIER_NONE: Squid forwarded to no server (a reverse
        // proxy whose cache_peer is refusing or marked dead), so nothing was read that a server
        // could have reset — the line says the upstream failed, not how.
        const bool noServer = f.size() > 8 && f.at(8).startsWith("HIER_NONE");
        if (noServer && errorCode.startsWith("ERR_READ_ERROR"))
            applyCause(r, { u"upstream.error"_s, u"upstream-error"_s, QString::fromUtf8(errorCode) });
        else
            applyCause(r, classifyLogMessage(errorCode));
        r->gatewayGenerated = true;
    }
    return Line::Record;
}

Line parseSquidCache(const QString &file, QByteArrayView line, qint64 number, LogRecord *r, bool failuresOnly)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return Line::Skipped; // the continuation of a message
    const qsizetype bar = line.indexOf('|');
    if (bar < 19 || line.at(4) != '/')
        return Line::Malformed;
    const QByteArrayView message = line.sliced(bar + 1).trimmed();
    const LogCause cause = classifyLogMessage(message);
    if (cause.cause.isEmpty())
        return failuresOnly ? Line::Healthy : Line::Skipped;
    begin(r, file, number, line, u"squid-cache"_s, u"squid"_s);
    r->kind = LogRecord::Kind::Error;
    const QDate date(toInt(line.sliced(0, 4)), toInt(line.sliced(5, 2)), toInt(line.sliced(8, 2)));
    const QTime time(toInt(line.sliced(11, 2)), toInt(line.sliced(14, 2)), toInt(line.sliced(17, 2)));
    r->time = localToUtc(date, time);
    r->message = QString::fromUtf8(message);
    applyCause(r, cause);
    r->gatewayGenerated = true;
    return Line::Record;
}

} // namespace

// --- varnishlog: one record per transaction --------------------------------------------------------

LogParser::Line LogParser::feed(QByteArrayView line, qint64 number, LogRecord *record, bool failuresOnly)
{
    const Private &p = *d;
    // The big logs' formats at once: comparing the format id with a dozen names costs more per
    // line than reading a healthy line of them.
    switch (p.hot) {
    case Private::Hot::Clf:
        return line.trimmed().isEmpty()
            ? Line::Skipped
            : parseClfFamily(p.format, p.file, p.product, line, number, record, failuresOnly);
    case Private::Hot::HaproxyHttp:
        return line.trimmed().isEmpty() ? Line::Skipped : parseHaproxy(p.file, line, number, record, failuresOnly);
    case Private::Hot::NginxError:
        return line.trimmed().isEmpty() ? Line::Skipped : parseNginxError(p.file, line, number, record, failuresOnly);
    case Private::Hot::None:
        break;
    }
    const QString &f = p.format;
    if (f != u"varnishlog" && line.trimmed().isEmpty())
        return Line::Skipped;
    if (f == u"nginx-error")
        return parseNginxError(p.file, line, number, record, failuresOnly);
    if (f == u"ingress-nginx" && line.size() > 4 && line.indexOf(" - [") >= 0
        && line.indexOf(" - [") < line.indexOf(" [")) {
        // The old format's "[$the_real_ip] - " between the client and the user: read without it.
        const qsizetype open = line.indexOf(" - [") + 3;
        const qsizetype close = line.indexOf("] - ", open);
        if (close > open && close - open < 64 && !line.sliced(open, close - open).contains(' ')) {
            const QByteArray plain = line.first(open).toByteArray() + line.sliced(close + 4).toByteArray();
            const Line read = parseClfFamily(f, p.file, p.product, plain, number, record, failuresOnly);
            if (read == Line::Record)
                record->raw = QString::fromUtf8(line);
            return read;
        }
    }
    if (f == u"nginx-access" || f == u"ingress-nginx" || f == u"combined" || f == u"apache-access"
        || f == u"traefik-clf")
        return parseClfFamily(f, p.file, p.product, line, number, record, failuresOnly);
    if (f == u"haproxy-http")
        return parseHaproxy(p.file, line, number, record, failuresOnly);
    if (f == u"haproxy-tcp")
        return parseHaproxyTcp(p.file, line, number, record, failuresOnly);
    if (f == u"iis-w3c")
        return parseIisW3c(d->cloudFrontFields, p.file, line, number, record, failuresOnly);
    if (f == u"apache-error") {
        LogRecord next;
        const Line result = parseApacheError(p.file, line, number, &next, false);
        if (result != Line::Record)
            return result;
        Private &w = *d;
        const bool sameRequest = w.apacheOpen && !next.flags.isEmpty() && next.flags == w.apache.flags
            && qAbs(next.time.msecsTo(w.apache.time)) < 1000 && (!next.cause.isEmpty() || w.apache.cause.isEmpty());
        if (sameRequest) {
            mergeApache(w.apache, next);
            return Line::Skipped;
        }
        const bool hadOpen = w.apacheOpen;
        LogRecord finished = std::move(w.apache);
        w.apache = std::move(next);
        w.apacheOpen = true;
        if (!hadOpen)
            return Line::Skipped;
        if (failuresOnly && !finished.isFailure())
            return Line::Healthy;
        *record = std::move(finished);
        return Line::Record;
    }
    if (f == u"envoy-access" && line.startsWith('"')) {
        // A line quoted without its leading time: read it with an empty one.
        const QByteArray timed = "[-] " + line.toByteArray();
        const Line read = parseEnvoyText(p.file, timed, number, record, failuresOnly);
        if (read == Line::Record)
            record->raw = QString::fromUtf8(line);
        return read;
    }
    if (f == u"envoy-access" && !line.startsWith('[')) {
        // Behind a collector's prefix ("envoy-1  | 2024-07-20T07:05:58.670998585Z ", a pod's name):
        // read from Envoy's own "[time] \"" on, keep the whole line.
        const qsizetype own = envoyLineStart(line);
        if (own <= 0)
            return Line::Malformed;
        const Line read = parseEnvoyText(p.file, line.sliced(own), number, record, failuresOnly);
        if (read == Line::Record)
            record->raw = QString::fromUtf8(line);
        return read;
    }
    if (f == u"envoy-access")
        return parseEnvoyText(p.file, line, number, record, failuresOnly);
    if (f == u"caddy-json" || f == u"traefik-json" || f == u"cloudflare-logpush" || f == u"gcp-lb"
        || f == u"envoy-json")
        return parseJson(f, p.file, line, number, record, failuresOnly);
    if (f == u"aws-alb")
        return parseAlb(p.file, line, number, record, failuresOnly);
    if (f == u"aws-elb-classic")
        return parseElbClassic(p.file, line, number, record, failuresOnly);
    if (f == u"cloudfront")
        return parseCloudFrontLine(d->cloudFrontFields, p.file, line, number, record, failuresOnly);
    if (f == u"apigateway-execution") {
        // A request's failure line and its "Method completed with status" line make one record.
        Private &w = *d;
        LogRecord next;
        const Line read = parseApiGateway(p.file, line, number, &next, &w.apiGatewayConsoleId);
        if (read != Line::Record)
            return read;
        const bool completes = next.kind == LogRecord::Kind::Access;
        if (w.apiGatewayOpen && w.apiGateway.requestId == next.requestId) {
            LogRecord &open = w.apiGateway;
            if (completes) {
                open.status = next.status;
                open.raw += u'\n' + next.raw;
            } else if (open.cause.isEmpty()) {
                const int status = open.status;
                open = std::move(next);
                open.status = std::max(open.status, status);
            } else {
                open.raw += u'\n' + next.raw; // a second message of the same request: the first one decided
            }
            if (!completes || open.cause.isEmpty())
                return Line::Skipped;
            w.apiGatewayOpen = false;
            if (failuresOnly && !open.isFailure())
                return Line::Healthy;
            *record = std::move(open);
            return Line::Record;
        }
        const bool hadOpen = w.apiGatewayOpen;
        LogRecord finished = std::move(w.apiGateway);
        w.apiGateway = std::move(next);
        w.apiGatewayOpen = true;
        if (!hadOpen)
            return Line::Skipped;
        if (failuresOnly && !finished.isFailure())
            return Line::Healthy;
        *record = std::move(finished);
        return Line::Record;
    }
    if (f == u"heroku-router")
        return parseHeroku(p.file, line, number, record, failuresOnly);
    if (f == u"traefik-text")
        return parseTraefikText(p.file, line, number, record, failuresOnly);
    if (f == u"squid-access")
        return parseSquidAccess(p.file, line, number, record, failuresOnly);
    if (f == u"squid-cache")
        return parseSquidCache(p.file, line, number, record, failuresOnly);
    if (f == u"varnishlog") {
        // "*   << Request  >> 32770" opens a transaction, "-   Tag   value" lines fill it, "-   End"
        // or a blank line closes it.
        Private &w = *d;
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.startsWith('*')) {
            // A new transaction; the one before ends here if no "End" line closed it.
            const bool hadOpen = w.varnishOpen && !w.varnishSession;
            LogRecord finished = w.varnish;
            begin(&w.varnish, p.file, number, line, f, u"varnish"_s);
            w.varnishOpen = true;
            w.varnishSession = trimmed.contains("<< Session");
            // "BeReq 32771" / "Request 32770": the kind of transaction and its vxid
            w.varnish.flags = trimmed.contains("BeReq") ? u"BeReq"_s : u"Request"_s;
            if (const qsizetype at = trimmed.lastIndexOf(">> "); at > 0)
                w.varnish.flags += u' ' + QString::fromLatin1(trimmed.sliced(at + 3).trimmed());
            if (hadOpen && (!failuresOnly || finished.isFailure())) {
                *record = finished;
                return Line::Record;
            }
            return hadOpen ? Line::Healthy : Line::Skipped;
        }
        if (trimmed.isEmpty())
            return Line::Skipped;
        if (!trimmed.startsWith('-'))
            return Line::Malformed;
        QByteArrayView rest = trimmed;
        QByteArrayView marker, tag;
        nextField(rest, &marker);
        nextField(rest, &tag);
        skipSpaces(rest);
        const QByteArrayView value = rest;
        if (!w.varnishOpen) {
            begin(&w.varnish, p.file, number, line, f, u"varnish"_s);
            w.varnishOpen = true;
            w.varnishSession = false;
        }
        if (w.varnishSession) {
            if (tag == "End")
                w.varnishOpen = false;
            return Line::Skipped;
        }
        if (tag == "End") {
            w.varnishOpen = false;
            if (failuresOnly && !w.varnish.isFailure())
                return Line::Healthy;
            *record = w.varnish;
            return Line::Record;
        }
        LogRecord &v = w.varnish;
        v.raw += u'\n' + QString::fromUtf8(line);
        if (tag == "ReqMethod" || tag == "BereqMethod")
            v.method = QString::fromUtf8(value);
        else if (tag == "ReqURL" || tag == "BereqURL") {
            if (v.target.isEmpty())
                v.target = QString::fromUtf8(value);
        } else if (tag == "RespStatus" || tag == "BerespStatus")
            v.status = toInt(value);
        else if (tag == "ReqStart")
            v.client = QString::fromUtf8(value).section(u' ', 0, 0);
        else if (tag == "BackendOpen")
            v.upstreamAddress = QString::fromUtf8(value).section(u' ', 1, 3);
        else if (tag == "Timestamp" && value.startsWith("Start:") && !v.time.isValid())
            v.time = QDateTime::fromMSecsSinceEpoch(
                qint64(toDouble(splitView(value.sliced(6).trimmed(), ' ').first(), 0) * 1000.0), Qt::UTC);
        else if (tag == "Link" && value.startsWith("bereq "))
            v.linkedId = u"BeReq "_s + QString::fromLatin1(splitView(value, ' ').value(1));
        else if ((tag == "ReqHeader" || tag == "BereqHeader") && value.startsWith("X-Request-Id:"))
            v.requestId = QString::fromUtf8(value.sliced(13).trimmed());
        else if (tag == "FetchError") {
            v.kind = LogRecord::Kind::Error;
            v.message = QString::fromUtf8(value);
            LogCause cause = classifyLogMessage(value);
            if (cause.cause.isEmpty())
                cause = { u"upstream.error"_s, u"upstream-error"_s, v.message };
            if (v.cause.isEmpty() || v.cause == u"upstream.error")
                applyCause(&v, cause);
            v.gatewayGenerated = true;
            if (v.status == 0)
                v.status = 503;
        }
        return Line::Skipped;
    }
    return Line::Malformed;
}

bool LogParser::finish(LogRecord *record)
{
    if (d->format == u"apigateway-execution" && d->apiGatewayOpen) {
        d->apiGatewayOpen = false;
        *record = d->apiGateway;
        return true;
    }
    if (d->format == u"apache-error" && d->apacheOpen) {
        d->apacheOpen = false;
        *record = d->apache;
        return true;
    }
    if (d->format != u"varnishlog" || !d->varnishOpen)
        return false;
    d->varnishOpen = false;
    *record = d->varnish;
    return true;
}

void setEnvoyCause(LogRecord *record, const QString &flags, const QString &details, const QString &failureReason)
{
    envoyCause(record, flags, details, failureReason);
}

void setHaproxyTerminationCause(LogRecord *record, QByteArrayView flags, bool noServer, QByteArrayView line)
{
    haproxyCause(record, flags, noServer);
    LogRecord *r = record;
    // HAProxy 2.5+'s backend connection error when the log format adds it ("bc_err=ERESET",
    // %[bc_err_name]): more precise than the termination state's "the server closed".
    static const QRegularExpression backendError(u"\\bbc_err(?:_name)?=(E[A-Z_]+)"_s);
    if (!line.contains("bc_err"))
        return;
    if (const QRegularExpressionMatch m = backendError.match(QString::fromUtf8(line)); m.hasMatch()) {
        const QString name = m.captured(1);
        const QString text = r->causeText + u", bc_err="_s + name;
        if (name.contains(u"RESET"))
            setCause(r, u"upstream.reset"_s, text);
        else if (name.contains(u"REFUSED"))
            setCause(r, u"upstream.refused"_s, text, true);
        else if (name.contains(u"TIMEOUT"))
            setCause(r, u"upstream.timeout"_s, text, flags.startsWith("sC"));
    }
}

} // namespace Gatescope
