#include "capture/LooseText.h"

#include "capture/CurlImporter.h"
#include "capture/RawHttpImporter.h"
#include "capture/TerminalTranscript.h"
#include "capture/ToolLogs.h"
#include "capture/WgetCommand.h"
#include "model/NetworkErrorText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace Gatescope::LooseText {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::LooseText)
};

QList<QByteArrayView> splitLines(QByteArrayView text)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = end + 1;
    }
    return lines;
}

// Shape: a paste quoted in Markdown or e-mail ("> " before every line), as issue threads show
// replies. Only when no line is curl -v's "< " answer, so curl -v's "> " request lines stay.
QByteArray withoutBlockquote(QByteArrayView text)
{
    const QList<QByteArrayView> lines = splitLines(text);
    int quoted = 0;
    int nonBlank = 0;
    for (QByteArrayView line : lines) {
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        ++nonBlank;
        if (trimmed.startsWith('<') && trimmed.size() > 1 && trimmed.at(1) == ' ')
            return text.toByteArray();
        if (trimmed.startsWith('>'))
            ++quoted;
    }
    if (nonBlank == 0 || quoted * 10 < nonBlank * 6)
        return text.toByteArray();
    QByteArray out;
    for (QByteArrayView line : lines) {
        QByteArrayView rest = line;
        qsizetype i = 0;
        while (i < rest.size() && (rest.at(i) == ' ' || rest.at(i) == '\t'))
            ++i;
        if (i < rest.size() && rest.at(i) == '>') {
            rest = rest.sliced(i + 1);
            if (rest.startsWith(' '))
                rest = rest.sliced(1);
        }
        out += rest;
        out += '\n';
    }
    return out;
}

// Shape: a CI console's lines, each behind the time it was printed: GitHub Actions'
// "2024-05-01T12:00:00.1234567Z " or Jenkins' and Azure Pipelines' "14:57:24    | ". The prefix is
// dropped from the lines that carry it, when at least two do, so headers and status lines read.
QByteArray withoutConsoleTimes(QByteArrayView text)
{
    static const QRegularExpression prefix(
        u"^(?:\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3,9}Z |\\[?\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d{1,6})?\\]?[ \\t]+\\|[ \\t]?)"_s);
    const QList<QByteArrayView> lines = splitLines(text);
    int prefixed = 0;
    for (QByteArrayView line : lines) {
        if (prefix.match(QString::fromLatin1(line.first(std::min<qsizetype>(line.size(), 48)))).hasMatch())
            ++prefixed;
    }
    if (prefixed < 2)
        return text.toByteArray();
    QByteArray out;
    for (QByteArrayView line : lines) {
        const QRegularExpressionMatch match
            = prefix.match(QString::fromLatin1(line.first(std::min<qsizetype>(line.size(), 48))));
        out += match.hasMatch() ? line.sliced(match.capturedLength()) : line;
        out += '\n';
    }
    return out;
}

// A line that is a command typed at a shell prompt of any style ("$ ", "# ", "% ", "> ", "❯ ",
// "➜  dir ", "λ ", "» ", "ᐅ ", "user@host:~$ ", "PS C:\> ", "(venv) …"), or the command alone.
bool isCommandLine(QByteArrayView line)
{
    static const QRegularExpression command(
        u"^\\s*(?:\\([^)]{1,40}\\)\\s*)?"
        // an item of a Markdown list ("1. curl …", "1) curl …", "- curl …"), a command in emphasis
        // ("_curl -X POST …_")
        u"(?:(?:\\d{1,2}[.)]|[-*+])\\s+)?[_*]?"
        u"(?:[^\\s]{0,60}(?:[$#%>❯➜➔λ»ᐅ]|PS [^>]{0,80}>)\\s*(?:[^\\s]{1,40}\\s+)?"
        // a console's prompt naming its module ("msf5 auxiliary(server/http_proxy) > curl …")
        u"|[\\w.-]{1,20} \\w+\\([^)\\s]{1,60}\\) > )?"
        u"(?:(?:curl(?:\\.exe)?|wget|ab|Invoke-WebRequest|iwr|Invoke-RestMethod)\\s+\\S"
        // HTTPie ("http", "https", "xh") only before an option, a method or an address: "http proxy
        // error: …" is a dev proxy's log line, not a command
        u"|(?:http|https|xh)\\s+(?:-|[A-Z]{3,7}\\s|:|[\\w.-]+[.:/]|localhost\\b|\\S+://))"
        // or a command piped into curl ("echo '{…}' | curl -d @- …")
        u"|\\|\\s*curl(?:\\.exe)?\\s+\\S"_s);
    return command.match(QString::fromUtf8(line)).hasMatch();
}

bool continues(QByteArrayView line)
{
    const QByteArrayView trimmed = line.trimmed();
    return trimmed.endsWith('\\') || trimmed.endsWith('^') || trimmed.endsWith('`');
}

struct Found
{
    int status = 0;
    QByteArray reason;
    int strength = 0; // how plainly the text states it: 3 a status phrase, 2 a code, 1 a reason only
    qsizetype at = -1;
    bool serverLog = false; // stated by a server's access-log line: the text around it is the server's log
};

QByteArray reasonFor(int status)
{
    switch (status) {
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return {};
    }
}

// Every place where the text states an HTTP status, strongest kind first.
QList<Found> statusesIn(const QString &text)
{
    struct Pattern
    {
        QRegularExpression expression;
        int strength;
        int fixedStatus; // 0 = the first capture group
        bool serverLog = false;
    };
    static const QList<Pattern> patterns = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption;
        const QString reasons
            = u"(Bad[\\s_]+Gateway|Service[\\s_]+(?:Temporarily[\\s_]+)?Unavailable|Gateway[\\s_]+Time-?out|"
              u"Internal[\\s_]+Server[\\s_]+Error|Proxy\\s+Time-?out|Not\\s+Implemented|HTTP\\s+Version\\s+Not\\s+"
              u"Supported|"
              u"Origin\\s+\\w+|Connection\\s+timed\\s+out|Web\\s+server\\s+is\\s+down|"
              // Cloudflare's 520, 525 and 526 titles
              u"Web\\s+server\\s+is\\s+returning\\s+an\\s+unknown\\s+error|SSL\\s+handshake\\s+failed|"
              u"Invalid\\s+SSL\\s+certificate|"
              u"A\\s+timeout\\s+occurred|Proxy\\s+Error|Server\\s+Error|Bad\\s+Request|Not\\s+Found|Forbidden|"
              u"Unauthorized|Too\\s+Many\\s+Requests|Request\\s+Time-?out|The\\s+plain\\s+HTTP|"
              u"ERROR|Error)"_s; // captured: the reason phrase as stated ("502 Proxy Error" is Apache's)
        return QList<Pattern> {
            // python-requests' HTTPError: "503 Server Error: Backend is unhealthy for url: …" — the
            // server's reason phrase after the class words.
            { QRegularExpression(
                  u"(?<![\\w.:/-])([45]\\d\\d) (?:Client|Server) Error: ([^\\r\\n]{1,120}?)(?: for url:|\\s*$)"_s,
                  QRegularExpression::MultilineOption),
              3, 0 },
            // "502 Bad Gateway", "503 Service Unavailable", wget's "ERROR 502: Bad Gateway.", localized
            // wget ("错误 502：Bad Gateway。"), python-requests' "503 Server Error: …", CloudFront's "502 ERROR".
            { QRegularExpression(u"(?<![\\w.:/-])([1-5]\\d\\d)\\s*[:：-]?\\s*"_s + reasons + u"\\b"_s, ci), 3, 0 },
            // A server's access-log line: the request in quotes, then the status ("POST / HTTP/1.1"
            // 500 -) as Werkzeug, gunicorn, Cloud Foundry's router and the combined format write it;
            // a line that logged a success says nothing about the failure the paste is about.
            { QRegularExpression(u"\"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \\S+ HTTP/[\\d.]+\" ([45]\\d\\d)\\b"_s),
              3, 0, true },
            // A status line inside other text ("CURL < HTTP/1.1 502 Fiddler - DNS Lookup Failed" from a
            // libcurl debug callback): the reason phrase as the server wrote it.
            { QRegularExpression(u"\\bHTTP/[\\d.]+ ([1-5]\\d\\d) ([^\\r\\n]{1,80}?)\\s*$"_s,
                                 QRegularExpression::MultilineOption),
              3, 0 },
            // "HTTP 502", "HTTP Error 503", "HTTP status 504", "HTTP/1.1 502", "HTTP code 502"
            { QRegularExpression(
                  u"\\bHTTP(?:/[\\d.]+)?[\\s:]+(?:(?:error|status|code|response)[\\s:=]+){0,2}([1-5]\\d\\d)\\b"_s, ci),
              3, 0 },
            // "status code 502", "Status: 502", "\"statusCode\": 503", "status=504", "StatusCode: 502",
            // "Response code: 500"
            { QRegularExpression(
                  u"\\b(?:status|statusCode|status_code|http_status|httpStatus|response_code|responseCode|Response code)(?:_[a-z])?[\"']?(?:\\s+code)?\\s*[:=|]?\\s*[\"']?([1-5]\\d\\d)\\b"_s,
                  ci),
              3, 0 },
            // A status in a sentence about what came back ("keeps returning 502", "Response was not
            // statusCode 2XX, but was 502", "we get a 504"): the weakest statement, never a count.
            { QRegularExpression(
                  u"\\b(?:return(?:s|ed|ing)?|respond(?:s|ed|ing)? with|answer(?:s|ed|ing)? "
                  u"with|giv(?:e|es|ing)|gave|(?:get|got|gets|getting|"
                  u"receiv(?:e|es|ed|ing)|throw(?:s|ing)?|fail(?:s|ed|ing)? with)(?: an?| the)?|but "
                  u"was)\\s+(?:HTTP\\s+)?"
                  u"(5[0-2]\\d)\\b(?!\\s*(?:ms|s\\b|sec|seconds|minutes|requests|rows|users|times|MB|KB|bytes|%|px))"_s,
                  ci),
              1, 0 },
            // A status set in bold in a Markdown post ("returns **503**", "返回 **502**").
            { QRegularExpression(u"\\*\\*([45]\\d\\d)\\*\\*"_s, ci), 2, 0 },
            // Cloudflare's page as rendered text, also inside Markdown ("Error code 524",
            // "* **Error reference number: 520**").
            { QRegularExpression(u"\\bError\\s+(?:code|reference\\s+number)\\s*:?\\s*\\**\\s*(5\\d\\d)\\b"_s, ci), 3,
              0 },
            // wget "ERROR 502" without a reason, Go "Error 503", Cloudflare's "Error 522" (also glued:
            // "error521"), git's and curl's "The requested URL returned error: 502"
            // Not a count: git's "error: 491 bytes of body are still expected".
            { QRegularExpression(u"(?:\\b(?:ERROR|Fehler|Erreur)|错误|エラー|오류)\\s*:?\\s*([45]\\d\\d)\\b"
                                 u"(?!\\s+(?:bytes?|ms|seconds?|times|requests|items|files|objects|lines)\\b)"_s,
                                 ci),
              2, 0 },
            // The code before the word in Chinese, Japanese and Korean prose ("返回524错误", "502エラー",
            // "522 오류").
            { QRegularExpression(u"(?<![\\w.:/-])(5\\d\\d)\\s*(?:错误|錯誤|エラー|오류)"_s), 2, 0 },
            // Cloudflare's own 1xxx errors ("error code: 1016", "Error 1033"): served as 530.
            { QRegularExpression(u"\\berror(?:\\s+code)?\\s*:?\\s*(1\\d\\d\\d)\\b"_s, ci), 2, 530 },
            // A page's title or heading that starts with a status ("<title>400 The plain HTTP request …").
            { QRegularExpression(u"<(?:title|h1|h2)[^>]*>\\s*([1-5]\\d\\d)\\b"_s, ci), 3, 0 },
            // aiohttp's ClientResponseError: "503, message='backend read error'" (the reason phrase).
            { QRegularExpression(u"\\b([45]\\d\\d), message=(?:'([^'\\r\\n]{1,120})')?"_s, ci), 3, 0 },
            // Python's urllib HTTPError as repr() writes it in a list of failures ("<HTTPError 503:
            // 'Backend is unhealthy'>"): the status and the server's reason phrase.
            { QRegularExpression(u"<HTTPError ([1-5]\\d\\d): '([^'\\r\\n]{1,120})'>"_s), 3, 0 },
            // apt's report of a failed download: the status and reason phrase, then the address it
            // talked to ("Err:3 http://… InRelease\n  500  Software caused connection abort [IP:
            // 91.189.95.83 80]", "W: Failed to fetch http://…  502  Bad Gateway [IP: 127.0.0.1 7890]").
            { QRegularExpression(u"(?:^\\s+|Failed to fetch \\S+\\s+)([1-5]\\d\\d)\\s+([^\\[\\r\\n]{2,120}?)\\s+\\[IP: "
                                 u"[\\d.:a-fA-F]+ \\d+\\]"_s,
                                 QRegularExpression::MultilineOption),
              3, 0 },
            // .NET's HttpStatusCode names where a message gives the status by name ("HTTP status
            // code GatewayTimeout", "StatusCode: ServiceUnavailable").
            { QRegularExpression(u"\\bstatus\\s*code\\s*[:=]?\\s*GatewayTimeout\\b"_s, ci), 2, 504 },
            { QRegularExpression(u"\\bstatus\\s*code\\s*[:=]?\\s*BadGateway\\b"_s, ci), 2, 502 },
            { QRegularExpression(u"\\bstatus\\s*code\\s*[:=]?\\s*ServiceUnavailable\\b"_s, ci), 2, 503 },
            { QRegularExpression(u"\\bstatus\\s*code\\s*[:=]?\\s*InternalServerError\\b"_s, ci), 2, 500 },
            // The Node "ws" library's handshake answered with an error status: "Error: unexpected
            // server response (503)".
            { QRegularExpression(u"\\bunexpected server response \\(([1-5]\\d\\d)\\)"_s), 3, 0 },
            // A client's log line with the status and then the page it got ("… while requesting
            // https://…/fetch. 503 - <html>").
            { QRegularExpression(u"(?<![\\w.:/-])([45]\\d\\d) - <(?:html|!DOCTYPE)"_s, ci), 3, 0 },
            // A browser console's "GET https://… 503 (Service Unavailable: Back-end server is at capacity)".
            { QRegularExpression(u"(?<![\\w.:/-])([45]\\d\\d)\\s+\\(([A-Za-z][^()\\r\\n]{2,120})\\)"_s, ci), 3, 0 },
            // A status alone on a line, or opening it ("502. That’s an error." as Google's page renders).
            { QRegularExpression(u"^\\s*#*\\s*(5\\d\\d)\\s*(?:[.!]\\s.*)?\\.?\\s*$"_s, ci), 2, 0 },
            // IIS's stock pages as rendered text: "502 - Web server received an invalid response …".
            // Localized too ("500 - 內部伺服器錯誤。").
            // Also in inline code ("Got a `503 - The backend is unhealthy` error", Fastly's words), and
            // before a gateway's lower-case message ("504 - upstream connect error …" in a title).
            { QRegularExpression(u"(?:^\\s*|`)(5\\d\\d)(?:\\.\\d+)? - [\\p{L}]"_s, QRegularExpression::MultilineOption),
              2, 0 },
            // Reason phrases alone, also as the enum names APIs write ("BAD_GATEWAY", "GATEWAY_TIMEOUT").
            { QRegularExpression(u"(?<![A-Za-z])Bad[\\s_]+Gateway(?![A-Za-z])"_s, ci), 1, 502 },
            { QRegularExpression(u"(?<![A-Za-z])Service[\\s_]+(?:Temporarily[\\s_]+)?Unavailable(?![A-Za-z])"_s, ci), 1,
              503 },
            { QRegularExpression(u"(?<![A-Za-z])Gateway[\\s_]+Time-?out(?![A-Za-z])"_s, ci), 1, 504 },
            { QRegularExpression(u"(?<![A-Za-z])Internal[\\s_]+Server[\\s_]+Error(?![A-Za-z])"_s, ci), 1, 500 },
            // Vercel's error codes, with the status its documentation gives each (vercel.com/docs/errors).
            { QRegularExpression(
                  u"\\b(?:EDGE_|INTERNAL_)?FUNCTION_INVOCATION_TIMEOUT\\b|\\bMIDDLEWARE_INVOCATION_TIMEOUT\\b"_s),
              2, 504 },
            { QRegularExpression(
                  u"\\bNO_(?:RESPONSE|STATUS_CODE)_FROM_FUNCTION\\b|\\bDNS_HOSTNAME_(?:NOT_FOUND|RESOLVE_FAILED)\\b"_s),
              2, 502 },
            { QRegularExpression(u"\\b(?:EDGE_|MIDDLEWARE_)?FUNCTION_INVOCATION_FAILED\\b"_s), 2, 500 },
            { QRegularExpression(u"\\bFUNCTION_THROTTLED\\b"_s), 2, 503 },
            // AWS Lambda's timeout message: API Gateway's Lambda proxy and Netlify answer it with 502.
            { QRegularExpression(u"Task timed out after \\d+(?:\\.\\d+)? seconds"_s), 1, 502 },
            // CloudFront's pages link the documentation page of their own status
            // (".../DeveloperGuide/http-502-bad-gateway.html").
            { QRegularExpression(u"AmazonCloudFront/latest/DeveloperGuide/http-(5\\d\\d)-"_s), 1, 0 },
            // CloudFront's page sentence of its 502 (its 504 says it "attempted to establish" one).
            { QRegularExpression(u"CloudFront wasn(?:'|’)t able to connect to the origin"_s), 1, 502 },
            // Django's technical 500 page (DEBUG = True) as rendered text: "Exception Type: …".
            { QRegularExpression(u"^\\s*Exception Type:\\s+\\w"_s, QRegularExpression::MultilineOption), 1, 500 },
            // Platforms' and frameworks' own error texts, with the status their documentation gives:
            // Rails' public/500.html; Google's front end for an App Engine or Cloud Run error; Cloud
            // Run's "malformed response or connection error" (503, its troubleshooting page);
            // Railway's "Application failed to respond" (502); GitHub's load balancer (503);
            // Akamai's error page with its "Reference #" (503).
            { QRegularExpression(u"We(?:'|’)re sorry, but something went wrong"_s), 1, 500 },
            { QRegularExpression(u"The server encountered an error and could not complete your request"_s), 1, 500 },
            { QRegularExpression(
                  u"either the HTTP response was malformed or connection to the instance had an error"_s),
              1, 503 },
            { QRegularExpression(u"\\bApplication failed to respond\\b"_s), 1, 502 },
            // The OpenShift router's 503 page ("Application is not available"), rendered; Netlify's
            // page for a function that threw (502); Go's httputil.ReverseProxy, which logs "http:
            // proxy error: dial tcp …: connect: connection refused" and answers 502, as do the
            // routers built on it (LiteFS, Flynn's "retriable dial error"); Fly's proxy log line.
            { QRegularExpression(u"The application is currently not serving requests at this endpoint"_s), 1, 503 },
            { QRegularExpression(u"An unhandled error in the function code triggered the following message"_s), 1,
              502 },
            { QRegularExpression(
                  u"(?:proxy error|retriable dial error)[^\\r\\n]{0,400}?(?:connect|getsockopt): connection refused"_s,
                  ci),
              1, 502 },
            { QRegularExpression(u"\\bproxy\\[\\w+\\][^\\r\\n]{0,40}\\binstance refused connection\\b"_s), 1, 502 },
            // Azure Resource Manager's GatewayTimeout error object (its 504).
            { QRegularExpression(
                  u"The gateway did not receive a response from [^\\r\\n]{1,120}? within the specified time"_s),
              1, 504 },
            // Cloudflare's 522 page as rendered text ("What happened?").
            { QRegularExpression(
                  u"initial connection between Cloudflare(?:'|’)s network and the origin web server timed out"_s),
              1, 522 },
            // Cloudflare's 525 and 526 pages as rendered text: the TLS handshake with the origin
            // failed; the origin's certificate did not validate (Full (strict)).
            { QRegularExpression(u"Cloudflare is unable to establish an SSL connection to the origin server"_s), 1,
              525 },
            { QRegularExpression(u"The origin web server does not have a valid SSL certificate"_s), 1, 526 },
            // cloudflared (Cloudflare Tunnel) could not reach the origin: Cloudflare answers 502.
            { QRegularExpression(u"Unable to reach the origin service"_s), 1, 502 },
            // Django's production page ("Server Error (500)").
            { QRegularExpression(u"\\bServer Error \\((5\\d\\d)\\)"_s), 2, 0 },
            // Werkzeug's (Flask's) InternalServerError text, alone.
            { QRegularExpression(u"The server encountered an internal error and was unable to complete your request"_s),
              1, 500 },
            { QRegularExpression(u"No server is currently available to service your request"_s), 1, 503 },
            { QRegularExpression(
                  u"An error occurred while processing your request\\.?\\s*(?:<p>)?[\\s>]*Reference&?#?\\s*#?\\d+\\."_s),
              1, 503 },
            // Envoy's status, response flags and details as its access log writes them, quoted
            // alone ("503 UF,URX upstream_reset_before_response_started{connection_failure}"), also
            // inside Markdown emphasis ("**_503 UF,URX …_**").
            { QRegularExpression(
                  u"(?<![0-9A-Za-z.:/-])(5\\d\\d) (?:[A-Z]{2,5},)*[A-Z]{2,5} (?:upstream_|via_upstream|no_healthy_upstream|route_not_found)"_s),
              3, 0 },
            // Envoy's route-timeout body; Azure Front Door's default error page.
            { QRegularExpression(u"\\bupstream request timeout\\b"_s, ci), 1, 504 },
            { QRegularExpression(u"Our services aren(?:'|’|&#39;)t available right now"_s, ci), 1, 503 },
            // Azure Front Door's log field ErrorInfo naming an origin timeout: its 504 (Microsoft's
            // troubleshooting article: "504 … ErrorInfo: OriginTimeout").
            { QRegularExpression(u"\\bErrorInfo(?:_s)?\\W{1,6}OriginTimeout\\b"_s), 1, 504 },
            // Google's front end (GCP load balancers) as rendered text: "Error: Server Error / The
            // server encountered a temporary error …" is its 502.
            { QRegularExpression(u"The server encountered a temporary error and could not complete your request"_s), 1,
              502 },
            // http-proxy-middleware's error line (webpack-dev-server, Vite): its handler answers 504.
            { QRegularExpression(u"\\[HPM\\] Error occurred while (?:trying to )?proxy(?:ing)? request"_s), 2, 504 },
            // Gateways' own wordings, as their documentation gives them.
            { QRegularExpression(u"Endpoint request timed out"_s, ci), 1, 504 }, // API Gateway
            { QRegularExpression(u"no healthy upstream|upstream connect error"_s, ci), 1, 503 }, // Envoy
            { QRegularExpression(u"Guru Medi(?:t)?ation|Backend fetch failed|first byte timeout|No healthy backends"_s,
                                 ci),
              1, 503 }, // Varnish/Fastly
            // Heroku's page (title "Application Error", rendered "Application error"); ASP.NET's "An
            // application error occurred on the server" is its 500, not this.
            { QRegularExpression(
                  u"\\bApplication [Ee]rror\\b|An error occurred in the application and your page could not be served"_s),
              1, 503 }, // Heroku
            // A PHP WebDAV server's exception (Nextcloud, ownCloud): sabre/dav maps each to its status.
            { QRegularExpression(u"\\bSabre\\\\DAV\\\\Exception\\\\ServiceUnavailable\\b"_s), 1, 503 },
            // ASP.NET's "yellow screen" (also as "Runtime Error" with custom errors on) is its 500.
            { QRegularExpression(u"Server Error in '[^'\\r\\n]{0,200}' Application"_s), 1, 500 },
            // Apache mod_proxy's page heading and its text.
            { QRegularExpression(u"^\\s*Proxy Error\\s*$|proxy server received an invalid\\s+response"_s, ci), 1, 502 },
            // Apache's own 503 text ("The server is temporarily unable to service your request due to
            // maintenance downtime or capacity problems."), rendered without its title.
            { QRegularExpression(u"The server is temporarily unable to service your\\s+request"_s, ci), 1, 503 },
            // ASP.NET's page with custom errors on ("Runtime Error" title, its rendered first line).
            { QRegularExpression(u"<title>Runtime Error</title>|An application error occurred on the server\\. The "
                                 u"current custom error settings"_s),
              1, 500 },
            // kubectl's report of the API server's status ("Error from server (ServiceUnavailable): the
            // server is currently unable to handle the request (get nodes.metrics.k8s.io)"): its reasons
            // are Kubernetes' StatusReason names of 503, 500 and 504.
            { QRegularExpression(u"\\bError from server \\(ServiceUnavailable\\)"_s), 2, 503 },
            { QRegularExpression(u"\\bError from server \\(InternalError\\)"_s), 2, 500 },
            { QRegularExpression(u"\\bError from server \\(Timeout\\)"_s), 2, 504 },
            // Kong's documented messages.
            { QRegularExpression(u"upstream server is timing out"_s, ci), 1, 504 },
            { QRegularExpression(u"invalid response was received from the upstream server"_s, ci), 1, 502 },
            { QRegularExpression(u"failure to get a peer from the ring-balancer|name resolution failed"_s, ci), 1,
              503 },
        };
    }();
    // A message quoted as a JSON string ("…deployment\\n\\nFUNCTION_INVOCATION_TIMEOUT\\n…") is read
    // with its escapes as the characters they stand for; each escape keeps its two places, so a
    // match's offset is the same in the text as given.
    QString unescaped = text;
    if (text.count(u"\\n"_s) >= 2) {
        unescaped.replace(u"\\n"_s, u" \n"_s);
        unescaped.replace(u"\\\""_s, u" \""_s);
        unescaped.replace(u"\\t"_s, u" \t"_s);
    }
    QList<Found> found;
    for (const Pattern &pattern : patterns) {
        QRegularExpressionMatchIterator it = pattern.expression.globalMatch(unescaped);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            Found f;
            f.status = pattern.fixedStatus ? pattern.fixedStatus : match.captured(1).toInt();
            f.strength = pattern.strength;
            f.at = match.capturedStart();
            f.serverLog = pattern.serverLog;
            if (match.lastCapturedIndex() >= 2) {
                // A stated reason phrase, unless it is only a class word ("502 ERROR", requests' "502
                // Server Error" before its colon) or an API's enum name ("504: GATEWAY_TIMEOUT" on
                // Vercel's page is not ELB's status line).
                const QString reason = match.captured(2).simplified();
                if (reason.compare(u"error"_s, Qt::CaseInsensitive) != 0
                    && reason.compare(u"server error"_s, Qt::CaseInsensitive) != 0 && !reason.contains(u'_'))
                    f.reason = reason.toUtf8();
            }
            if (f.status < 100)
                continue;
            found.append(f);
        }
    }
    return found;
}

// The status the text states: a 5xx before a 4xx before any other, then the plainest statement.
std::optional<Found> statedStatus(const QString &text)
{
    const QList<Found> all = statusesIn(text);
    std::optional<Found> best;
    auto rank = [](const Found &f) {
        const int cls = f.status >= 500 ? 3 : (f.status >= 400 ? 2 : 1);
        // 599 is no server's status: Tornado and pycurl report "no response" with it ("HTTP 599:
        // Received HTTP code 502 from proxy after CONNECT"); any other status stated wins.
        return cls * 10 + (f.status == 599 ? 0 : f.strength);
    };
    for (const Found &f : all) {
        if (!best || rank(f) > rank(*best) || (rank(f) == rank(*best) && f.at < best->at))
            best = f;
    }
    // The same status stated elsewhere with its reason phrase ("HTTP error 503 while getting …",
    // then "503 Server Error: Backend is unhealthy"): the reason the server gave is kept.
    if (best && best->reason.isEmpty()) {
        for (const Found &f : all) {
            if (f.status == best->status && !f.reason.isEmpty()) {
                best->reason = f.reason;
                break;
            }
        }
    }
    return best;
}

// Shape: a failure another client reported (wget, python requests/urllib3/http.client/aiohttp,
// HTTPie, Node, Go) in its own words.
std::optional<ToolLogs::CurlFailure> clientFailureIn(QByteArrayView text)
{
    struct Phrase
    {
        const char *text;
        Outcome outcome;
        Phase phase;
    };
    static const Phrase phrases[] = {
        // Go's net/http (Client.Timeout, Transport.ResponseHeaderTimeout, a context deadline) and
        // libcurl's error 28 as PHP/Guzzle and other bindings quote it: no answer in time.
        { "Client.Timeout exceeded while awaiting headers", Outcome::Timeout, Phase::Wait },
        { "timeout awaiting response headers", Outcome::Timeout, Phase::Wait },
        { "context deadline exceeded", Outcome::Timeout, Phase::Wait },
        { "with 0 bytes received", Outcome::Timeout, Phase::Wait },
        { "Operation timed out after", Outcome::Timeout, Phase::Download },
        { "BadStatusLine", Outcome::InvalidResponse, Phase::Wait },
        { "Received HTTP/0.9 when not allowed", Outcome::InvalidResponse, Phase::Wait },
        { "HPE_INVALID", Outcome::InvalidResponse, Phase::Wait },
        { "malformed HTTP response", Outcome::InvalidResponse, Phase::Wait },
        { "RemoteDisconnected", Outcome::ClosedEarly, Phase::Wait },
        // Node's fetch (undici): "TypeError: fetch failed … cause: SocketError: other side closed".
        { "SocketError: other side closed", Outcome::ClosedEarly, Phase::Wait },
        // Chromium's console line for a request that got no usable answer ("POST http://… net::
        // ERR_EMPTY_RESPONSE"); with a status on the line the status is what was stated instead.
        { "net::ERR_EMPTY_RESPONSE", Outcome::ClosedEarly, Phase::Wait },
        { "net::ERR_CONNECTION_CLOSED", Outcome::ClosedEarly, Phase::Wait },
        { "net::ERR_CONNECTION_RESET", Outcome::Reset, Phase::Wait },
        { "net::ERR_CONNECTION_REFUSED", Outcome::Refused, Phase::Connect },
        { "net::ERR_CONNECTION_TIMED_OUT", Outcome::Timeout, Phase::Connect },
        { "net::ERR_NAME_NOT_RESOLVED", Outcome::DnsFailure, Phase::Dns },
        // libcurl's error 92 as git quotes it: "curl 92 HTTP/2 stream 0 was not closed cleanly:
        // CANCEL (err 8)" — the stream was reset before the body was complete.
        { "was not closed cleanly", Outcome::Reset, Phase::Download },
        // Java's HTTP clients (Apache HttpClient, Gradle, Maven): "Connect to host:443 […] failed:
        // connect timed out".
        { "failed: connect timed out", Outcome::Timeout, Phase::Connect },
        // Go's url.Error for a connection that ended before any answer: Post "http://…": EOF.
        { "\": EOF", Outcome::ClosedEarly, Phase::Wait },
        { "No data received", Outcome::ClosedEarly, Phase::Wait },
        { "Empty reply from server", Outcome::ClosedEarly, Phase::Wait },
        { "socket hang up", Outcome::ClosedEarly, Phase::Wait },
        { "Server disconnected", Outcome::ClosedEarly, Phase::Wait },
        { "ECONNRESET", Outcome::Reset, Phase::Wait },
        { "ConnectionResetError", Outcome::Reset, Phase::Wait },
        { "Connection reset by peer", Outcome::Reset, Phase::Wait },
        // Go's net errors ("Post \"http://…\": read tcp a->b: read: connection reset by peer").
        { "read: connection reset by peer", Outcome::Reset, Phase::Wait },
        { "ECONNREFUSED", Outcome::Refused, Phase::Connect },
        { "ConnectionRefusedError", Outcome::Refused, Phase::Connect },
        { "Connection refused", Outcome::Refused, Phase::Connect },
        // Go's net errors ("dial tcp 10.0.0.5:8080: connect: connection refused").
        { "connect: connection refused", Outcome::Refused, Phase::Connect },
        { "getsockopt: connection refused", Outcome::Refused, Phase::Connect },
        { "ENOTFOUND", Outcome::DnsFailure, Phase::Dns },
        { "EAI_AGAIN", Outcome::DnsFailure, Phase::Dns },
        { "Name or service not known", Outcome::DnsFailure, Phase::Dns },
        { "NameResolutionError", Outcome::DnsFailure, Phase::Dns },
        { "unable to resolve host address", Outcome::DnsFailure, Phase::Dns },
        { "no such host", Outcome::DnsFailure, Phase::Dns },
        { "CERTIFICATE_VERIFY_FAILED", Outcome::TlsFailure, Phase::Tls },
        { "SSLError", Outcome::TlsFailure, Phase::Tls },
        { "wrong version number", Outcome::TlsFailure, Phase::Tls },
        { "ETIMEDOUT", Outcome::Timeout, Phase::Connect },
        // Go's net/http when the server took the connection but not the handshake in time.
        { "TLS handshake timeout", Outcome::Timeout, Phase::Tls },
        // ETIMEDOUT in BSD's and macOS's words ("<urlopen error [Errno 60] Operation timed out>").
        { "] Operation timed out", Outcome::Timeout, Phase::Connect },
        // libcurl's error 6 as PHP/Guzzle and other bindings quote it ("cURL error 6: Could not
        // resolve host: …").
        { "Could not resolve host", Outcome::DnsFailure, Phase::Dns },
        { "ReadTimeout", Outcome::Timeout, Phase::Wait },
        { "ConnectTimeout", Outcome::Timeout, Phase::Connect },
        { "Connection timed out", Outcome::Timeout, Phase::Connect },
        { "Read timed out", Outcome::Timeout, Phase::Wait },
    };
    // A code alone as a JSON value ({"code":"ECONNREFUSED","syscall":"connect"}) is an error object a
    // server serialized into its answer ("An error has occurred: {…}") as often as a client's log; a
    // client's own object names where it tried to go ("hostname", "address", "port"). Without those,
    // the code is not read as the client's outcome.
    const bool namesWhereItWent
        = text.contains("\"hostname\"") || text.contains("\"address\"") || text.contains("\"port\"");
    const auto quotedAlone = [&](qsizetype at, qsizetype length) {
        return !namesWhereItWent && at > 0 && at + length < text.size() && text.at(at - 1) == '"'
            && text.at(at + length) == '"';
    };
    for (const Phrase &phrase : phrases) {
        const qsizetype length = qsizetype(qstrlen(phrase.text));
        qsizetype at = text.indexOf(phrase.text);
        while (at >= 0 && quotedAlone(at, length))
            at = text.indexOf(phrase.text, at + length);
        if (at < 0)
            continue;
        qsizetype start = text.lastIndexOf('\n', at) + 1;
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        // A gateway's log line about its upstream ("… while SSL handshaking to upstream", "…
        // while reading response header from upstream", Apache's "[proxy:error] (111)Connection
        // refused: AH00957: …") is the gateway's failure, not the client's.
        // The line with its neighbours: a gateway's log line the paste wrapped ("… SSL_do_handshake()
        // failed\n(SSL: … wrong version number)\nwhile SSL handshaking to upstream") says so on
        // the line before or after the phrase.
        const qsizetype before = start >= 2 ? text.lastIndexOf('\n', start - 2) + 1 : 0;
        qsizetype after = end < text.size() ? text.indexOf('\n', end + 1) : end;
        if (after < 0)
            after = text.size();
        const QByteArrayView line = text.sliced(before, after - before);
        static const QRegularExpression gatewayLogLine(
            u"upstream|\\[(?:proxy\\w*:)?error\\]|\\[crit\\]|\\bAH\\d{5}\\b|proxy error|retriable dial error|origin "
            u"service|"
            // Caddy's JSON log (its HTTP proxy, caddy-l4's TCP proxy): the proxy's own dial
            u"\"logger\":\"(?:layer4|http\\.log\\.error|http\\.handlers\\.reverse_proxy)|"
            // lighttpd's error log names its source file and line ("(gw_backend.c.274) establishing
            // connection failed: socket: unix:…: Connection refused")
            u"\\(\\w+\\.c\\.\\d+\\) |"
            // Gin's access line and the error a handler attached under it ("Error #01: context
            // deadline exceeded"): a server's (KrakenD's) call to its backend, not the client's
            u"\\[GIN\\] |\\bError #\\s?\\d+: "_s,
            QRegularExpression::CaseInsensitiveOption);
        if (gatewayLogLine.match(QString::fromUtf8(line)).hasMatch())
            continue;
        // A development server's proxy log ("[vite] http proxy error at /api:" above Node's
        // "Error: connect ECONNREFUSED …"): the proxy's failure to reach its target.
        if (text.contains("http proxy error") || text.contains("[HPM] Error occurred while"))
            continue;
        // A line behind the name of a proxy process ("examples/api-client-proxy dev: …"): the proxy's
        // own call to its upstream failed.
        if (NetworkErrorText::proxyProcessPrefix().match(QString::fromUtf8(text.sliced(start, end - start))).hasMatch())
            continue;
        return ToolLogs::CurlFailure { phrase.outcome, phrase.phase,
                                       QString::fromUtf8(text.sliced(start, end - start).trimmed()) };
    }
    return std::nullopt;
}

// A web application's own log of an exception: a traceback through the framework's frames
// (Django, Flask, Starlette), Laravel's "production.ERROR" with its [stacktrace], a Spring or Rails
// stack. Its "Connection refused" is the application's call to a database or service, not the
// client's; the request it served failed inside the application.
bool isApplicationLog(QByteArrayView text)
{
    // Also a database driver's error as the application shows it (PDO's "SQLSTATE[HY000] [2002]
    // Connection refused", psycopg2, SQLAlchemy, JDBC): the application's call failed, not the client's.
    static const QRegularExpression frames(
        u"(?:site|dist)-packages/(?:django|flask|werkzeug|starlette|fastapi|gunicorn|tornado|uvicorn|sanic|bottle|"
        u"pyramid|falcon)/|/cherrypy/_cp\\w+\\.py|aiohttp/web_protocol\\.py|Illuminate\\\\|\\bproduction\\.ERROR\\b|"
        u"^\\[stacktrace\\]|\\bat "
        u"org\\.springframework\\.|\\bActionController::|/gems/(?:actionpack|activerecord|rack)-|"
        u"\\bSQLSTATE\\[|\\bPDOException\\b|\\bpsycopg2?\\.OperationalError\\b|\\bsqlalchemy\\.exc\\.|"
        u"\\bdjango\\.db\\.utils\\.|\\bCommunications link failure\\b|\\bPSQLException\\b"_s,
        QRegularExpression::MultilineOption);
    return frames.match(QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), 256 * 1024)))).hasMatch();
}

// curl's own "curl: (N) …" line anywhere in the text (after a prompt, a meter, in a quote).
std::optional<ToolLogs::CurlFailure> curlLineIn(QByteArrayView text)
{
    QByteArray lines;
    for (QByteArrayView line : splitLines(text)) {
        const qsizetype at = line.indexOf("curl: (");
        if (at >= 0) {
            lines += line.sliced(at);
            lines += '\n';
        }
    }
    return lines.isEmpty() ? std::nullopt : ToolLogs::curlFailureIn(lines);
}

// A curl command in a Markdown code span inside a sentence ("When I run `curl -v host` I get …",
// also quoted inside the span: "`'curl localhost:8080 -v'`"): the command, or empty.
QByteArray commandInCodeSpan(QByteArrayView line)
{
    static const QRegularExpression span(u"`(['\"]?)(curl(?:\\.exe)? [^`\\n]+?)\\1`"_s);
    const QRegularExpressionMatch m = span.match(QString::fromUtf8(line));
    return m.hasMatch() ? m.captured(2).toUtf8() : QByteArray();
}

std::optional<RequestSpec> requestOfCommand(QByteArrayView text, const QString &name)
{
    const QList<QByteArrayView> lines = splitLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // A command a shell runs from its -c argument ("bash -c 'curl … http://host/x'"): the
        // argument is the command line.
        static const QRegularExpression shellRuns(u"^\\s*(?:\\S*/)?(?:ba|z|da)?sh -c (['\"])(curl .+)\\1\\s*$"_s);
        if (const QRegularExpressionMatch m = shellRuns.match(QString::fromUtf8(lines.at(i))); m.hasMatch()) {
            const Result<Capture> read = CurlImporter::importText(m.captured(2).toUtf8(), name);
            if (read && !read->requests.isEmpty())
                return read->requests.first();
        }
        if (lines.at(i).contains("wget") && !lines.at(i).contains("curl")) {
            // A wget command on this line (and the lines its "\\" continues).
            QByteArray command;
            for (qsizetype k = i; k < lines.size() && (k == i || continues(lines.at(k - 1))); ++k)
                command += lines.at(k).toByteArray() + '\n';
            if (std::optional<RequestSpec> wget = WgetCommand::requestIn(command, name))
                return wget;
        }
        if (!isCommandLine(lines.at(i))) {
            const QByteArray spanned = commandInCodeSpan(lines.at(i));
            if (spanned.isEmpty())
                continue;
            const Result<Capture> read = CurlImporter::importText(spanned, name);
            if (read && !read->requests.isEmpty())
                return read->requests.first();
            continue;
        }
        if (!lines.at(i).contains("curl"))
            continue;
        QByteArray command = lines.at(i).toByteArray();
        while (continues(lines.at(i)) && i + 1 < lines.size())
            command += '\n' + lines.at(++i).toByteArray();
        // From the command on; a cmd prompt glued to it ("C:\\src>curl …") stays, as it says which
        // shell's quoting the line was typed in.
        const qsizetype at = command.indexOf("curl");
        const qsizetype from = at > 0 && command.at(at - 1) == '>' ? 0 : at;
        // The command set in Markdown emphasis ("_curl … http://host/login_") ends before the mark.
        if (at > 0 && (command.at(at - 1) == '_' || command.at(at - 1) == '*')) {
            while (command.endsWith(' ') || command.endsWith('\r'))
                command.chop(1);
            if (command.endsWith(command.at(at - 1)))
                command.chop(1);
        }
        const Result<Capture> read = CurlImporter::importText(QByteArrayView(command).sliced(from), name);
        if (read && !read->requests.isEmpty())
            return read->requests.first();
    }
    return std::nullopt;
}

Capture failureCapture(const ToolLogs::CurlFailure &failure, const std::optional<RequestSpec> &asked,
                       const QString &name)
{
    Capture capture;
    capture.kind = Capture::kindName(Capture::Kind::RawResponse);
    capture.name = name;
    Exchange exchange;
    exchange.source = Exchange::Source::Recorded;
    if (asked) {
        exchange.request = *asked;
        exchange.remotePort = asked->url.port(asked->url.scheme() == u"https" ? 443 : 80);
        exchange.tls.used = asked->url.scheme() == u"https";
    } else {
        exchange.request.method = {};
    }
    exchange.transport.outcome = failure.outcome;
    exchange.transport.phase = failure.phase;
    exchange.transport.detail = failure.detail;
    capture.exchanges.append(exchange);
    capture.warnings.append(Tr::tr("%1: read as a transport failure a client reported (\"%2\"); there is no "
                                   "response, no status line and no header")
                                .arg(name, failure.detail.left(120)));
    return capture;
}

// Header lines given as "Name: value" (DevTools and Postman copies, a log listing them).
bool isHeaderLine(QByteArrayView line)
{
    static const QRegularExpression header(
        // A name opens with a letter: "2018-01-23T10:50:51 …" is a log line's time, not a header.
        u"^\\s*([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|Server|Date|Via|Connection|Age|Vary|Expires|Location|Allow|"
        u"Pragma|Expect|Upgrade|Warning|ETag|Host)\\s*:\\s*\\S.*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return header.match(QString::fromUtf8(line)).hasMatch();
}

// The body of a page or message: the HTML document when there is one, else the text itself.
QByteArray bodyOf(QByteArrayView text)
{
    const QByteArray lower = text.toByteArray().toLower();
    qsizetype start = lower.indexOf("<!doctype");
    if (start < 0)
        start = lower.indexOf("<html");
    if (start >= 0) {
        qsizetype end = lower.lastIndexOf("</html>");
        end = end < 0 ? text.size() : end + 7;
        return text.sliced(start, end - start).toByteArray();
    }
    const qsizetype brace = text.indexOf('{');
    const qsizetype close = text.lastIndexOf('}');
    if (brace >= 0 && close > brace && text.first(brace).trimmed().isEmpty())
        return text.sliced(brace, close + 1 - brace).toByteArray();
    return text.trimmed().toByteArray();
}

// A page or message body (HTML, XML, JSON) rather than a tool's log.
bool looksLikeBody(QByteArrayView text)
{
    const QByteArrayView trimmed = text.trimmed();
    // Node's util.inspect of an Error ("{ Error: socket hang up\n    at …"): a client's log.
    if (trimmed.startsWith("{ Error:") || trimmed.startsWith("{ [Error:") || trimmed.startsWith("[Error:"))
        return false;
    if (trimmed.startsWith('[')) {
        // A JSON array, not a log whose lines open with "[2021-04-03 01:53:58]" and end in "[]".
        if (!trimmed.endsWith("]"))
            return false;
        QJsonParseError error;
        QJsonDocument::fromJson(trimmed.first(std::min<qsizetype>(trimmed.size(), 4 * 1024 * 1024)).toByteArray(),
                                &error);
        return error.error == QJsonParseError::NoError || trimmed.size() > 4 * 1024 * 1024;
    }
    if (trimmed.startsWith('<') || trimmed.startsWith('{'))
        return true;
    const QByteArray lower = text.toByteArray().toLower();
    return lower.contains("<html") || lower.contains("<!doctype") || lower.contains("<body");
}

// Shape: a raw response inside other text (after a log prefix, in a log, indented).
std::optional<Capture> embeddedResponse(QByteArrayView text, const QString &name)
{
    static const QRegularExpression statusLine(u"^[ \\t|>]*(HTTP/[0-9.]+ [1-5]\\d\\d\\b)"_s,
                                               QRegularExpression::MultilineOption);
    // Latin-1 maps each byte to one character, so a match position is a byte offset of the input
    // and the response is read from the bytes as they were (offsets of anomalies stay in the text).
    const QString decoded = QString::fromLatin1(text);
    QRegularExpressionMatchIterator it = statusLine.globalMatch(decoded);
    std::optional<Capture> last;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QByteArray from = text.sliced(match.capturedStart(1)).toByteArray();
        // An indented block (a Markdown code block by four spaces): the status line's indentation is
        // every line's.
        QByteArray dedented = TerminalTranscript::withoutCommonIndent(text.sliced(match.capturedStart(0)));
        if (dedented.isNull())
            dedented = TerminalTranscript::withoutCommonIndent(from);
        Result<Capture> read = RawHttpImporter::importResponse(dedented.isNull() ? from : dedented, name);
        if (!read || read->exchanges.isEmpty() || !read->exchanges.last().response)
            continue;
        const int status = read->exchanges.last().response->status;
        // A proxy's answer to CONNECT ("HTTP/1.1 200 Connection established") opens a tunnel; what
        // came through it, or the failure after it (curl's "(35) … SSL_ERROR_SYSCALL"), is the answer.
        static const QRegularExpression tunnelOpened(u"^(?:Connection|Tunnel) established"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
        if (status == 200
            && tunnelOpened.match(QString::fromLatin1(read->exchanges.last().response->reason)).hasMatch())
            continue;
        // The first 5xx/4xx answer in the text decides; a later one only when none came before.
        if (!last || (status >= 400 && last->exchanges.last().response->status < 400))
            last = std::move(read).value();
        if (last->exchanges.last().response->status >= 500)
            break;
    }
    return last;
}

} // namespace

QByteArray withoutCommandLines(QByteArrayView text)
{
    static const QRegularExpression hereDocument(u"<<-?\\s*['\"]?(\\w+)['\"]?"_s);
    const QList<QByteArrayView> lines = splitLines(text);
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isCommandLine(lines.at(i))) {
            QString command = QString::fromUtf8(lines.at(i));
            while (continues(lines.at(i)) && i + 1 < lines.size())
                command += QString::fromUtf8(lines.at(++i));
            // A here-document fed to the command (curl --data @- <<EOF … EOF) is part of it.
            const QRegularExpressionMatch here = hereDocument.match(command);
            if (here.hasMatch()) {
                const QByteArray end = here.captured(1).toUtf8();
                while (i + 1 < lines.size() && lines.at(i + 1).trimmed() != end)
                    ++i;
                if (i + 1 < lines.size())
                    ++i;
            }
            continue;
        }
        out += lines.at(i);
        out += '\n';
    }
    return out;
}

bool looksHandTrimmed(QByteArrayView text)
{
    static const QRegularExpression elision(
        u"^\\s*(?:\\[\\s*(?:\\.\\.\\.|…)\\s*\\]|\\.\\.\\.+|…|<snip>|\\[snip\\]|\\[truncated\\]|\\(truncated\\)|"
        u"\\[\\.\\.\\.\\s*\\w[^\\]]*\\])\\s*$"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return elision.match(QString::fromUtf8(text)).hasMatch() || text.contains("<snip>") || text.contains("[truncated]");
}

std::optional<Capture> read(QByteArrayView input, const QString &name)
{
    QByteArray text = withoutBlockquote(withoutConsoleTimes(input));
    if (TerminalTranscript::hasProgressMeter(text))
        text = TerminalTranscript::withoutProgressMeter(text);
    const std::optional<RequestSpec> asked = requestOfCommand(text, name);
    const QByteArray output = withoutCommandLines(text);
    if (output.trimmed().isEmpty())
        return std::nullopt;
    auto withRequest = [&](Capture capture) {
        if (asked) {
            for (Exchange &exchange : capture.exchanges) {
                if (exchange.request.url.isEmpty())
                    exchange.request = *asked;
            }
            if (capture.requests.isEmpty())
                capture.requests.append(*asked);
        }
        capture.kind = Capture::kindName(Capture::Kind::RawResponse);
        return capture;
    };

    // A raw response somewhere in the text is the best reading.
    if (std::optional<Capture> embedded = embeddedResponse(output, name)) {
        embedded->warnings.prepend(Tr::tr("%1: read the response found inside other text (a log, a quote or a "
                                          "transcript); the text around it was skipped")
                                       .arg(name));
        return withRequest(std::move(*embedded));
    }
    const QString decoded = QString::fromUtf8(output);
    const std::optional<Found> stated = statedStatus(decoded);
    // curl's own failure line, unless the text states an error status (a proxy's 5xx after CONNECT).
    if (const std::optional<ToolLogs::CurlFailure> curl = curlLineIn(output);
        curl && !(stated && stated->status >= 400 && stated->strength >= 2))
        return withRequest(failureCapture(*curl, asked, name));
    // A client's own failure words count only outside a page or body: "Connection refused" in a
    // Squid page or an exception body is what the server said about its upstream.
    const bool applicationLog = isApplicationLog(output);
    if ((!stated || stated->status < 400) && !looksLikeBody(output) && !applicationLog) {
        if (const std::optional<ToolLogs::CurlFailure> failure = clientFailureIn(output))
            return withRequest(failureCapture(*failure, asked, name));
    }
    if (!stated && applicationLog) {
        // Shape: an application's log of an exception while serving a request, no status said: the
        // framework answers an unhandled exception with 500.
        const QByteArray response = "HTTP/1.1 500 Internal Server Error\r\n\r\n" + bodyOf(output);
        Result<Capture> capture = RawHttpImporter::importResponse(response, name);
        if (capture) {
            capture->warnings.prepend(Tr::tr("%1: read as an application's own log of an exception; the text states "
                                             "no status, and a web framework answers an unhandled exception with "
                                             "500, so the verdict rests on that reading")
                                          .arg(name));
            return withRequest(std::move(capture).value());
        }
    }
    if (!stated) {
        // Shape: a body or message that states no status at all ({"message": "…"}, a page's
        // rendered text without its number): read as a response of unknown status, so the body's
        // own signatures can still speak; the verdict says the status is unknown.
        Capture capture;
        capture.kind = Capture::kindName(Capture::Kind::RawResponse);
        capture.name = name;
        Exchange exchange;
        exchange.source = Exchange::Source::Recorded;
        exchange.request.method = {};
        ResponseData response;
        response.status = 0;
        response.body = bodyOf(output);
        response.bodySize = response.body.size();
        response.bodyWireSize = response.body.size();
        exchange.response = response;
        capture.exchanges.append(exchange);
        capture.warnings.append(Tr::tr("%1: read as the body of a response whose status the text does not state; "
                                       "there is no status line and no header, so the verdict rests on the body "
                                       "alone")
                                    .arg(name));
        return withRequest(std::move(capture));
    }

    // Shape: a client that reported the status and then crashed on it (a Go panic, a Python
    // traceback after "500 Internal Server Error"): the trace is the client's, not the body.
    QByteArray reported = output;
    if (!looksLikeBody(output) && !stated->serverLog && !applicationLog) {
        static const QRegularExpression clientTrace(
            u"^(?:Traceback \\(most recent call last\\)|panic: |goroutine \\d+ \\[|\\s+File \".+\", line \\d+)"_s,
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch trace = clientTrace.match(decoded, stated->at);
        if (trace.hasMatch())
            reported = decoded.first(trace.capturedStart()).toUtf8();
    }
    // A Python traceback that ends in the client library's exception naming the status (requests'
    // "HTTPError: 502 Server Error: Bad Gateway for url: …", urllib's "HTTPError: HTTP Error 503:
    // …", google-cloud's "BadGateway: 502 <!DOCTYPE html>…"): the frames above it are the client's,
    // not the server's body; a page after the status on that line is the server's.
    if (!stated->serverLog && !applicationLog) {
        static const QRegularExpression pythonFrame(
            u"^\\W*(?:Traceback \\(most recent call last\\)|\\s*File \".+\", line \\d+)"_s,
            QRegularExpression::MultilineOption);
        static const QRegularExpression exceptionLine(u"^[A-Za-z_][\\w.]*: "_s);
        const qsizetype lineStart = decoded.lastIndexOf(u'\n', stated->at) + 1;
        if (lineStart > 0 && decoded.lastIndexOf(pythonFrame, lineStart - 1) >= 0
            && exceptionLine.match(QStringView(decoded).sliced(lineStart)).hasMatch()) {
            const qsizetype lineEnd = decoded.indexOf(u'\n', stated->at);
            const qsizetype page = decoded.indexOf(u'<', stated->at);
            reported = page >= 0 && (lineEnd < 0 || page < lineEnd) ? decoded.sliced(page).toUtf8() : QByteArray();
        }
    }
    QByteArray headers;
    QByteArray rest;
    int headerCount = 0;
    for (QByteArrayView line : splitLines(reported)) {
        if (isHeaderLine(line) && !line.trimmed().startsWith('<')) {
            headers += line.trimmed().toByteArray() + "\r\n";
            ++headerCount;
        } else {
            rest += line.toByteArray() + '\n';
        }
    }
    const QByteArray reason = stated->reason.isEmpty() ? reasonFor(stated->status) : stated->reason;
    QByteArray response = "HTTP/1.1 " + QByteArray::number(stated->status)
        + (reason.isEmpty() ? QByteArray() : " " + reason) + "\r\n" + headers + "\r\n" + bodyOf(rest);
    Result<Capture> capture = RawHttpImporter::importResponse(response, name);
    if (!capture) {
        response = "HTTP/1.1 " + QByteArray::number(stated->status) + "\r\n\r\n" + bodyOf(rest);
        capture = RawHttpImporter::importResponse(response, name);
        headerCount = 0;
        if (!capture)
            return std::nullopt;
    }
    capture->warnings.prepend(
        headerCount > 0
            ? Tr::tr("%1: read as a %2 response from what the text states (\"%3\"); there is no status line, only %4 "
                     "header line(s) and the body, so the verdict rests on less than a full response")
                  .arg(name)
                  .arg(stated->status)
                  .arg(decoded.mid(stated->at, 60).simplified())
                  .arg(headerCount)
            : Tr::tr("%1: read as a %2 response from what the text states (\"%3\"); there is no status line and no "
                     "header, only the body or page text, so the verdict rests on less than a full response")
                  .arg(name)
                  .arg(stated->status)
                  .arg(decoded.mid(stated->at, 60).simplified()));
    return withRequest(std::move(capture).value());
}

} // namespace Gatescope::LooseText
