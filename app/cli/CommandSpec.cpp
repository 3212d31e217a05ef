#include "cli/CommandSpec.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

// Every text of the tables is marked QT_TRANSLATE_NOOP with this context (lupdate needs the literal).
constexpr const char *Context = "Gatescope::Cli::Commands";

OptionSpec langOption()
{
    return { .names = { u"lang"_s },
             .description = QT_TRANSLATE_NOOP(
                 "Gatescope::Cli::Commands",
                 "Language of the window and of the messages: de, zh_CN or en (default: the system's)."),
             .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "locale") };
}

QList<OptionSpec> redactionOptions()
{
    return {
        { .names = { u"no-redact"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                              "Include credentials as captured: turn redaction off (it is on by default).") },
        { .names = { u"redact-hash"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                              "Replace secrets by a short hash instead of [redacted], so equal values still match "
                              "within this output. The hash is keyed with a random key chosen anew on every run: "
                              "it cannot confirm a guessed value, nor match values across two outputs.") },
        { .names = { u"redact-pattern"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                              "Also redact matches of REGEX, counted as NAME (NAME=REGEX; repeatable). With a "
                              "capture group named \"value\" (or else a first group) only that group is hidden."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "name=regex"),
          .repeatable = true },
    };
}

OptionSpec redactIpsOption()
{
    return { .names = { u"redact-ips"_s },
             .description = QT_TRANSLATE_NOOP(
                 "Gatescope::Cli::Commands",
                 "Replace the IP addresses in log lines by a short keyed hash (equal addresses stay equal within "
                 "this output).") };
}

// curl's names; probe, and replay/diagnose when they send.
QList<OptionSpec> httpVersionOptions()
{
    return {
        { .names = { u"http1.1"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Speak HTTP/1.1 only (the default for a URL; a capture recorded over h2 "
                                           "replays over h2 unless this is given).") },
        { .names = { u"http2"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Offer HTTP/2 and use it when the server agrees: by ALPN over TLS, by an "
                                           "h2c Upgrade over plain http (as curl). The JSON then carries every frame "
                                           "('frames').") },
        { .names = { u"http2-prior-knowledge"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Speak HTTP/2 at once, without asking: h2c over plain http, only h2 "
                                           "offered over TLS.") },
    };
}

// diagnose, replay and compare: the hops' timeouts as the user's configuration has them, the same
// corrections the window's "Timeouts…" table stores (hops/TimeoutAudit::correctionFromText).
OptionSpec timeoutOption()
{
    return { .names = { u"timeout"_s },
             .description = QT_TRANSLATE_NOOP(
                 "Gatescope::Cli::Commands",
                 "Correct a hop's timeout in the timeout audit, as the window's Timeouts table does (repeatable): "
                 "HOP is the product id (nginx, haproxy, aws-alb, origin for the application behind the last hop, "
                 "unknown…), KIND one of keep-alive, upstream-keep-alive, connect, read (first byte) or total, and "
                 "SECONDS a number (30, 2.5, 500ms). It holds for every exchange of the input; the report marks the "
                 "value as yours. Example: --timeout origin:keep-alive=5 --timeout aws-alb:upstream-keep-alive=60"),
             .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "hop:kind=seconds"),
             .repeatable = true };
}

// diagnose and replay read and write alike.
QList<OptionSpec> diagnoseOptions()
{
    QList<OptionSpec> options {
        { .names = { u"entry"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "Only entry N of the input (HAR entry index, 0-based)."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "n") },
        { .names = { u"all"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "Diagnose every entry, not only the failing ones.") },
        { .names = { u"rules"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Apply a user rule pack (JSON) on top of the built-in rules; repeatable."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "file"),
          .takesFile = true,
          .repeatable = true },
        { .names = { u"f"_s, u"format"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "Output format: text, json, md, html or pdf (default text)."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "format"),
          .allowedValues = { u"text"_s, u"json"_s, u"md"_s, u"html"_s, u"pdf"_s },
          .defaultValue = u"text"_s },
        { .names = { u"o"_s, u"output"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Write the report to FILE (atomically) instead of standard output."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "file"),
          .takesFile = true },
    };
    options.append(
        { .names = { u"log"_s },
          .description = QT_TRANSLATE_NOOP(
              "Gatescope::Cli::Commands",
              "A gateway log (nginx, HAProxy, Apache, Envoy, Caddy, Traefik, Varnish, Squid, ALB, CloudFront, API "
              "Gateway, Heroku, GCP, Cloudflare, Kong; plain or gzip) whose lines are joined to the exchanges and "
              "used as evidence; repeatable. The JSON gains 'logEvidence' on each exchange."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "file"),
          .takesFile = true,
          .repeatable = true });
    options.append(timeoutOption());
    options += redactionOptions();
    options.append(redactIpsOption());
    options += httpVersionOptions();
    options.append(
        { .names = { u"page-size"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "PDF page size: a4 or letter (default a4)."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "size"),
          .allowedValues = { u"a4"_s, u"letter"_s },
          .defaultValue = u"a4"_s });
    options.append(langOption());
    // What reportFormatFromId() and PdfReportWriter::pageSizeFromId() accept besides the canonical ids.
    for (OptionSpec &option : options) {
        if (option.longName() == u"format")
            option.aliases = { u"markdown"_s, u"htm"_s, u"txt"_s };
        else if (option.longName() == u"page-size")
            option.aliases = { u"us-letter"_s };
    }
    return options;
}

const ArgumentSpec diagnoseInput
    = { .syntax = "INPUT",
        .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                         "A raw HTTP response (as curl -i prints it), a HAR file, a curl command line, "
                                         "a raw request or .http file, or a URL; '-' reads standard input."),
        .minimum = 1,
        .maximum = 1,
        .takesFile = true };

QList<OptionSpec> probeOptions()
{
    QList<OptionSpec> options {
        { .names = { u"X"_s, u"request"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "request method (default GET, POST with -d)"),
          .valueName = "METHOD" },
        { .names = { u"H"_s, u"header"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "add a request header 'Name: value' (repeatable)"),
          .valueName = "HEADER",
          .repeatable = true },
        { .names = { u"d"_s, u"data"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "request body; @FILE reads it from a file (repeatable, joined with &)"),
          .valueName = "DATA",
          .repeatable = true },
        { .names = { u"resolve"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "connect to ADDR[,ADDR…] for HOST:PORT (Host header and SNI unchanged)"),
          .valueName = "HOST:PORT:ADDR",
          .repeatable = true },
        { .names = { u"connect-to"_s },
          .description = QT_TRANSLATE_NOOP(
              "Gatescope::Cli::Commands", "connect to HOST2:PORT2 instead of HOST1:PORT1 (empty fields mean any/same)"),
          .valueName = "HOST1:PORT1:HOST2:PORT2",
          .repeatable = true },
        { .names = { u"x"_s, u"proxy"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                              "proxy: http://host:port, socks5://host:port, socks5h://host:port, or 'none'"),
          .valueName = "PROXY" },
        { .names = { u"k"_s, u"insecure"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "do not verify the server's TLS certificate (recorded in the result)") },
        { .names = { u"connect-timeout"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "seconds allowed for name lookup + connect, and for the TLS handshake"),
          .valueName = "S" },
        { .names = { u"m"_s, u"max-time"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "seconds allowed for the whole probe, redirects included"),
          .valueName = "S" },
        { .names = { u"first-byte-timeout"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "seconds to wait for the first response byte (default 60)"),
          .valueName = "S" },
        { .names = { u"L"_s, u"location"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "follow redirects, one result per hop") },
        { .names = { u"max-redirs"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "most redirects to follow with -L (default 10)"),
          .valueName = "N" },
        { .names = { u"format"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                              "output: text (a waterfall) or json (the 'exchanges' of gatescope.diagnosis/1)"),
          .valueName = "text|json",
          .allowedValues = { u"text"_s, u"json"_s },
          .defaultValue = u"text"_s },
        langOption(),
    };
    options += httpVersionOptions();
    return options;
}

QList<OptionSpec> convertOptions()
{
    QList<OptionSpec> options {
        { .names = { u"t"_s, u"to"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "What to write: har, curl or http; or a load test for a distributed engine: "
                                           "locust (a locustfile) or k6 (a k6 script). Load tests read credentials "
                                           "from environment variables, never inline."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "format"),
          .allowedValues = { u"har"_s, u"curl"_s, u"http"_s, u"locust"_s, u"k6"_s },
          .required = true },
        { .names = { u"shell"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "With --to curl: the shell the commands are written for — bash (default), "
                                           "cmd (curl quoted for the Windows command prompt, as the browser's \"Copy "
                                           "as cURL (cmd)\") or powershell (Invoke-WebRequest, as \"Copy as "
                                           "PowerShell\")."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "shell"),
          .allowedValues = { u"bash"_s, u"cmd"_s, u"powershell"_s } },
        { .names = { u"ramp"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "With --to locust or k6: raise the users from FROM to TO in steps of STEP, "
                                           "each held HOLD seconds (a Locust LoadTestShape, k6 ramping-vus stages)."),
          .valueName = "FROM:TO:STEP:HOLD" },
        { .names = { u"max-requests"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "With --ramp or --every: the request budget the script states and stops "
                                           "at (default: as gatescope ramp, 200 a step; with --every, the count)."),
          .valueName = "N" },
        { .names = { u"every"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "With --to locust or k6: a watch — one user sending the requests every S "
                                           "seconds (at least 0.1), --count times (Locust's constant_pacing)."),
          .valueName = "S" },
        { .names = { u"count"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "With --every: how many rounds (default 60, at most 10000)."),
          .valueName = "N" },
        { .names = { u"o"_s, u"output"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Write to FILE (replaced atomically) instead of standard output."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "file"),
          .takesFile = true },
    };
    options += redactionOptions();
    options.append(langOption());
    return options;
}

QList<OptionSpec> logsOptions()
{
    QList<OptionSpec> options {
        { .names = { u"since"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Only lines at or after T: an ISO date-time (2024-05-01T12:00Z) or an age "
                                           "such as 30m, 2h or 1d before the newest line."),
          .valueName = "T" },
        { .names = { u"status"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Which statuses count: 5xx (default), 4xx, or codes such as 502,504."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "status"),
          .defaultValue = u"5xx"_s },
        { .names = { u"f"_s, u"format"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "Output format: text, json or md (default text)."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "format"),
          .allowedValues = { u"text"_s, u"json"_s, u"md"_s },
          .defaultValue = u"text"_s },
        { .names = { u"o"_s, u"output"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Write the summary to FILE (atomically) instead of standard output."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "file"),
          .takesFile = true },
    };
    options += redactionOptions();
    options.append(redactIpsOption());
    options.append(langOption());
    for (OptionSpec &option : options) {
        if (option.longName() == u"format")
            option.aliases = { u"markdown"_s, u"txt"_s };
    }
    return options;
}

QList<OptionSpec> labOptions()
{
    return {
        { .names = { u"check"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                              "Replay and diagnose every scenario; exit 1 if any diagnosis differs from the expected "
                              "one.") },
        { .names = { u"scenario"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "Only this scenario (repeatable)."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "id"),
          .repeatable = true },
        { .names = { u"list"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "Print the scenarios and exit.") },
        langOption(),
    };
}

QList<OptionSpec> watchOptions()
{
    return {
        { .names = { u"every"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Seconds from one request's start to the next one's (default 1; at least "
                                           "0.1, at most 3600)."),
          .valueName = "S",
          .defaultValue = u"1"_s },
        { .names = { u"count"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "How many requests to send (default 60; at most 10000)."),
          .valueName = "N",
          .defaultValue = u"60"_s },
        { .names = { u"for"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Stop after this long even if requests are left: seconds, or a number with "
                                           "s, m or h (30s, 10m, 2h; at most 24h). Without --count, the count is "
                                           "what fits into D."),
          .valueName = "D" },
        { .names = { u"reuse-connections"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Send each request on the previous connection while the server keeps it "
                                           "open (HTTP keep-alive), as a gateway with a connection pool does.") },
        { .names = { u"new-connections"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "Open a new connection for every request (the default).") },
        { .names = { u"entry"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "Watch entry N of a capture (0-based; default the first)."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "n") },
        { .names = { u"k"_s, u"insecure"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "do not verify the server's TLS certificate (recorded in the result)") },
        { .names = { u"f"_s, u"format"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Output format: text (a line per request, then the summary) or json (the "
                                           "gatescope.watch/1 document)."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "format"),
          .allowedValues = { u"text"_s, u"json"_s },
          .defaultValue = u"text"_s },
        { .names = { u"o"_s, u"output"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Write the summary to FILE (atomically) instead of standard output."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "file"),
          .takesFile = true },
        langOption(),
    };
}

QList<OptionSpec> keepAliveOptions()
{
    return {
        { .names = { u"max-idle"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Seconds to watch the idle connection at most (default 120; at most 600)."),
          .valueName = "S",
          .defaultValue = u"120"_s },
        { .names = { u"front"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "The gateway in front of this server (nginx, envoy, squid, aws-alb, "
                                           "aws-elb-classic have known defaults; any product with --front-timeout)."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "product") },
        { .names = { u"front-timeout"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Seconds the gateway in front keeps idle connections to this server (its "
                                           "configured value; overrides the known default)."),
          .valueName = "S" },
        { .names = { u"k"_s, u"insecure"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "do not verify the server's TLS certificate (recorded in the result)") },
        { .names = { u"f"_s, u"format"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Output format: text or json (the gatescope.keepalive/1 document)."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "format"),
          .allowedValues = { u"text"_s, u"json"_s },
          .defaultValue = u"text"_s },
        langOption(),
    };
}

QList<OptionSpec> rampOptions()
{
    return {
        { .names = { u"from"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Concurrency of the first step: requests in flight at once, each on its "
                                           "own connection (default 1)."),
          .valueName = "C1",
          .defaultValue = u"1"_s },
        { .names = { u"to"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Concurrency of the last step (default 10; above 50 only with --i-know)."),
          .valueName = "C2",
          .defaultValue = u"10"_s },
        { .names = { u"step"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "How much each step adds to the concurrency (default 1)."),
          .valueName = "K",
          .defaultValue = u"1"_s },
        { .names = { u"hold"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Whole seconds each step is held (default 5); the same FROM:TO:STEP:HOLD "
                                           "values as convert --ramp."),
          .valueName = "S",
          .defaultValue = u"5"_s },
        { .names = { u"max-requests"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "The request budget of the whole ramp, shared equally by the steps "
                                           "(default 200 a step; above 5000 only with --i-know)."),
          .valueName = "N" },
        { .names = { u"open-loop"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Open loop: --from/--to/--step are arrival rates, requests started a "
                                           "second at fixed times whatever the answers (no coordinated omission); "
                                           "latency is measured from each request's intended start.") },
        { .names = { u"max-in-flight"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "With --open-loop: at most N requests in flight; one due while all are "
                                           "busy waits for a free one, its wait counted (default 50; above 50 only "
                                           "with --i-know)."),
          .valueName = "N" },
        { .names = { u"i-know"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Allow a ramp above the gentle caps (concurrency 50, 5000 requests, 10 "
                                           "minutes); never above 1000, 1000000 requests, 24 hours.") },
        { .names = { u"entry"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "Ramp entry N of a capture (0-based; default the first)."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "n") },
        { .names = { u"k"_s, u"insecure"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "do not verify the server's TLS certificate (recorded in the result)") },
        { .names = { u"f"_s, u"format"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Output format: text (a line per step, then the knee) or json (the "
                                           "gatescope.ramp/1 document)."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "format"),
          .allowedValues = { u"text"_s, u"json"_s },
          .defaultValue = u"text"_s },
        { .names = { u"o"_s, u"output"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Write the result to FILE (atomically) instead of standard output."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "file"),
          .takesFile = true },
        langOption(),
    };
}

QList<OptionSpec> windowOptions()
{
    return {
        { .names = { u"v"_s, u"version"_s },
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "Print the version of Gatescope and of Qt, and exit.") },
        langOption(),
        { .names = { u"color-scheme"_s },
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "light, dark or system (default)."),
          .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "scheme"),
          .allowedValues = { u"light"_s, u"dark"_s, u"system"_s },
          .defaultValue = u"system"_s },
    };
}

QList<CommandSpec> buildCommandSpecs()
{
    return {
        { .id = CommandId::Probe,
          .name = u"probe"_s,
          .summary = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                       "send a request and show where the time went and how it ended"),
          .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                           "Send one HTTP request (like curl) and show where the time went and how the "
                                           "conversation ended.\nCtrl+C stops the request: it is reported as cancelled "
                                           "by you, and the exit code is 130."),
          .options = probeOptions(),
          .arguments
          = { .syntax = "URL",
              .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "http:// or https:// URL to request"),
              .minimum = 1,
              .maximum = 1 } },
        { .id = CommandId::Diagnose,
          .name = u"diagnose"_s,
          .summary = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                       "diagnose a 5xx from a raw response, a HAR file, a curl line or a URL"),
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                              "Diagnose a 5xx or a failed request: which hop produced it, why, and what to do.\n"
                              "Without --all, the failing entries of the input are diagnosed (or the last one if "
                              "none fails)."),
          .options = diagnoseOptions(),
          .arguments = diagnoseInput },
        { .id = CommandId::Replay,
          .name = u"replay"_s,
          .summary = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                       "send captured request(s) again and diagnose what comes back"),
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                              "Send the captured request(s) of INPUT again and diagnose what comes back.\n"
                              "Every request is replayed (or only --entry N); --all also reports the replies that "
                              "did not fail.\nCtrl+C stops the request under way (reported as cancelled by you) "
                              "and sends no more; the exit code is then 130."),
          .options = diagnoseOptions(),
          .arguments = diagnoseInput },
        { .id = CommandId::Convert,
          .name = u"convert"_s,
          .summary
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "convert between HAR, curl, raw HTTP and .http files"),
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                              "Convert a capture (HAR, curl command lines, raw HTTP, .http file) into HAR 1.2, "
                              "curl commands (bash, cmd) or PowerShell Invoke-WebRequest, or an .http file. "
                              "Credentials are redacted unless --no-redact is "
                              "given; the output says what was hidden."),
          .options = convertOptions(),
          .arguments = { .syntax = "INPUT",
                         .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                                          "The capture file to read, or - for standard input."),
                         .minimum = 1,
                         .maximum = 1,
                         .takesFile = true } },
        { .id = CommandId::Logs,
          .name = u"logs"_s,
          .summary = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                       "summarise gateway logs: 5xx by cause over time, top upstreams, one diagnosis "
                                       "per failure"),
          .description = QT_TRANSLATE_NOOP(
              "Gatescope::Cli::Commands",
              "Read gateway logs (the format is detected; gzip files open directly) and summarise their failures: "
              "the count by cause over time, the upstreams that failed most, and one diagnosis for each distinct "
              "failure, decided by what the lines say. Malformed lines are counted with their line numbers."),
          .options = logsOptions(),
          .arguments = { .syntax = "FILE…",
                         .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "One or more log files."),
                         .minimum = 1,
                         .maximum = -1,
                         .takesFile = true } },
        { .id = CommandId::Compare,
          .name = u"compare"_s,
          .summary = QT_TRANSLATE_NOOP(
              "Gatescope::Cli::Commands",
              "send a request as addressed and straight to the origin (or over HTTP/1.1 and HTTP/2), side by side"),
          .description = QT_TRANSLATE_NOOP(
              "Gatescope::Cli::Commands",
              "Send the request of INPUT (--entry N of a capture, else its first) as addressed and again straight "
              "to each --origin HOST:PORT with the same Host header and TLS server name (curl --connect-to), then "
              "show the results side by side and which hop failed. With --hop, the same request also goes straight "
              "to each hop of the chain you give (the load balancer, then the pod…), and the conclusion says where "
              "along it the request starts to fail. Redirects are never followed and nothing is sent to an address "
              "you did not type.\nWith --protocols instead, the request goes as addressed once over HTTP/1.1 and "
              "once over HTTP/2 (curl --http1.1 and --http2), and the conclusion calls out a fault that appears "
              "over one protocol only."),
          .options
          = { { .names = { u"origin"_s },
                .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                                 "An address to send the same request straight to (repeatable): "
                                                 "HOST:PORT or [IPv6]:PORT."),
                .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "host:port"),
                .repeatable = true },
              { .names = { u"hop"_s },
                .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                                 "A hop of the chain to send the same request straight to "
                                                 "(repeatable, client side first): HOST:PORT or [IPv6]:PORT."),
                .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "host:port"),
                .repeatable = true },
              { .names = { u"protocols"_s },
                .description = QT_TRANSLATE_NOOP(
                    "Gatescope::Cli::Commands",
                    "Send the request over HTTP/1.1 and over HTTP/2 (ALPN over TLS, an h2c Upgrade over plain http) "
                    "instead of to origins, and compare the verdicts; given without --origin and --hop.") },
              { .names = { u"k"_s, u"insecure"_s },
                .description
                = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                    "do not verify the server's TLS certificate (recorded in the result)") },
              { .names = { u"entry"_s },
                .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                                 "Which request of the input (HAR entry index, 0-based; default 0)."),
                .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "n") },
              { .names = { u"f"_s, u"format"_s },
                .description
                = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "Output format: text or json (default text)."),
                .valueName = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "format"),
                .allowedValues = { u"text"_s, u"json"_s },
                .defaultValue = u"text"_s },
              timeoutOption(),
              langOption() },
          .arguments = diagnoseInput },
        { .id = CommandId::Lab,
          .name = u"lab"_s,
          .summary = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "run the built-in 5xx lab on loopback"),
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                              "Runs the built-in 5xx Lab on loopback: a fault origin and a small gateway with one "
                              "live scenario per textbook case."),
          .options = labOptions() },
        { .id = CommandId::Watch,
          .name = u"watch"_s,
          .summary
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                              "repeat a request over time: failure rate, failures by verdict, what they go with"),
          .description = QT_TRANSLATE_NOOP(
              "Gatescope::Cli::Commands",
              "Send the same request again and again (one at a time, every S seconds) to catch a 5xx that comes and "
              "goes. Prints a line per request, then the failure rate with its 95 % interval (Wilson), the failures "
              "grouped by verdict, and whether they go with connection reuse, the idle time before the request, the "
              "wait or the time.\nBounded: at most 10000 requests, at most one every 0.1 s, at most 24 hours; the "
              "default is one a second for 60 requests. Redirects are not followed.\nCtrl+C stops at once: the "
              "summary of what was sent is printed, and the exit code is 130."),
          .options = watchOptions(),
          .arguments = { .syntax = "INPUT",
                         .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                                          "A URL, or a capture (HAR, curl command line, raw request, "
                                                          ".http file) holding the request; '-' reads standard "
                                                          "input."),
                         .minimum = 1,
                         .maximum = 1,
                         .takesFile = true } },
        { .id = CommandId::KeepAlive,
          .name = u"keepalive"_s,
          .summary = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                       "measure how long a server keeps an idle connection, against the gateway in "
                                       "front"),
          .description = QT_TRANSLATE_NOOP(
              "Gatescope::Cli::Commands",
              "Measure the server's idle keep-alive timeout: send one request on a new connection, keep the connection "
              "idle and record when the server closes it (FIN or reset). Compares it with the gateway in front: a "
              "server that closes idle connections before the gateway stops reusing them causes intermittent 502s; "
              "the fix for that gateway is printed.\nOne request; watching is bounded by --max-idle. Ctrl+C stops "
              "(exit code 130)."),
          .options = keepAliveOptions(),
          .arguments
          = { .syntax = "URL",
              .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "http:// or https:// URL to request"),
              .minimum = 1,
              .maximum = 1 } },
        { .id = CommandId::Ramp,
          .name = u"ramp"_s,
          .summary = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                       "raise concurrency step by step and find the knee: where latency or errors "
                                       "turn, and the verdict there"),
          .description = QT_TRANSLATE_NOOP(
              "Gatescope::Cli::Commands",
              "A capacity probe: send the request with C1 requests in flight at once (each on its own connection; "
              "when one ends the next starts), hold it S seconds, then add K, up to C2. Prints per step the "
              "answers per second, the latency percentiles (p50, p90, p99) and the failures (5xx, 429, no answer) "
              "by verdict, then the knee: the first step whose failure share is 2 points above every step before, "
              "or whose p90 is more than 1.5 times the lowest before (and 10 ms more), with the verdict that "
              "appears there.\nBounded: the request budget and the longest time are printed before the first "
              "request; above the gentle caps (concurrency 50, 5000 requests, 10 minutes) it refuses without "
              "--i-know. Redirects are not followed. Send it only to servers you run or may test.\nCtrl+C stops "
              "within a second: what was measured is printed, and the exit code is 130."),
          .options = rampOptions(),
          .arguments = { .syntax = "INPUT",
                         .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                                          "A URL, or a capture (HAR, curl command line, raw request, "
                                                          ".http file) holding the request; '-' reads standard "
                                                          "input."),
                         .minimum = 1,
                         .maximum = 1,
                         .takesFile = true } },
        { .id = CommandId::Help,
          .name = u"help"_s,
          .summary = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "show this overview, or the options of COMMAND"),
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "Show the overview of Gatescope, or the options of COMMAND."),
          .arguments = { .syntax = "[COMMAND]",
                         .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "The command to explain."),
                         .minimum = 0,
                         .maximum = 1 } },
        { .id = CommandId::Window,
          .name = QString(),
          .summary = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands", "start the window"),
          .description
          = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                              "Gatescope tells which hop produced an HTTP 5xx, why, and what to do about it.\n"
                              "Without a command it opens the workbench window, importing the FILEs given."),
          .options = windowOptions(),
          .arguments = { .syntax = "[FILE…]",
                         .description = QT_TRANSLATE_NOOP("Gatescope::Cli::Commands",
                                                          "Captures to import (HAR, .http, curl, raw HTTP)."),
                         .minimum = 0,
                         .maximum = -1,
                         .takesFile = true } },
    };
}

qsizetype editDistance(QStringView a, QStringView b)
{
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

const OptionSpec *CommandSpec::option(QStringView longName) const
{
    for (const OptionSpec &spec : options) {
        if (spec.longName() == longName)
            return &spec;
    }
    return nullptr;
}

QString CommandSpec::translated(const char *source)
{
    return source ? QCoreApplication::translate(Context, source) : QString();
}

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs = buildCommandSpecs();
    return specs;
}

const CommandSpec *commandSpec(QStringView name)
{
    if (name.isEmpty())
        return nullptr;
    for (const CommandSpec &spec : commandSpecs()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const CommandSpec &windowSpec()
{
    return commandSpecs().constLast();
}

QString closestCommandName(QStringView word)
{
    QString closest;
    qsizetype best = std::numeric_limits<qsizetype>::max();
    for (const CommandSpec &spec : commandSpecs()) {
        if (spec.name.isEmpty())
            continue;
        const qsizetype distance = editDistance(word, spec.name);
        if (distance < best) {
            best = distance;
            closest = spec.name;
        }
    }
    return closest;
}

} // namespace Gatescope::Cli
