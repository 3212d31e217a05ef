// Gateway log lines quoted inside pasted text (QuotedLogLines): each row is a paste from a public
// thread, kept in tests/core/diagnosis/data/real-pending with its source in manifest.json. The
// paste is imported as the user's input would be, the quoted lines are found, and the verdict made
// with them names the cause the line states.
#include "capture/CaptureImporter.h"
#include "diagnosis/Diagnoser.h"
#include "logs/QuotedLogLines.h"
#include "model/ExchangeJson.h"

#include <QFile>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Gatescope;

namespace {

QString pendingDir()
{
    return qEnvironmentVariable("GATESCOPE_SOURCE_DIR") + u"/tests/core/diagnosis/data/real-pending"_s;
}

} // namespace

class TestQuotedLogLines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aQuotedLogLineDecidesTheVerdict_data();
    void aQuotedLogLineDecidesTheVerdict();
    void decorationsAroundALineAreRemoved_data();
    void decorationsAroundALineAreRemoved();
    void quotedLinesTravelWithTheExchange();
    void aLineThePasteWrappedIsReadWhole();
    void nginxLinesOfAPasteAboutApisixAreNotNginxs();
    void aGatewayLineWrappedOverThreeLinesIsNotTheClientsFailure();
    void linesThatNameDifferentCausesAreNotSure();
    void proseWithoutLogLinesQuotesNone();
    void theProducerNamedNextToTheStatus_data();
    void theProducerNamedNextToTheStatus();
    void aProducerOnlyTheWordsNameIsNotSure();

private:
    Diagnoser m_diagnoser;
};

void TestQuotedLogLines::aQuotedLogLineDecidesTheVerdict_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("cause");
    QTest::newRow("nginx error.log line in backticks under prose: php-fpm socket missing")
        << u"nginx-502-prose-plus-fpm-socket-enoent-log.txt"_s << u"nginx-error"_s << 502 << u"nginx"_s
        << u"upstream.refused"_s;
    QTest::newRow("Classic ELB access line in a fence: backend '-' and -1 times (504)")
        << u"aws-elb-classic-504-access-line-backend-dash-minus-one-times.txt"_s << u"aws-elb-classic"_s << 504
        << u"aws-elb-classic"_s << u"upstream.timeout"_s;
    QTest::newRow("Classic ELB line behind grep's S3 object name: the instance's own 503")
        << u"aws-clb-503-backend-503-access-log-line-filename-prefix.txt"_s << u"aws-elb-classic"_s << 503
        << u"origin"_s << u"origin.error"_s;
    QTest::newRow("Ocelot's error code with .NET's refused connect under it (10061)")
        << u"ocelot-connection-to-downstream-refused-10061-log-lines.txt"_s << u"ocelot"_s << 502 << u"unknown"_s
        << u"upstream.refused"_s;
    QTest::newRow("Ocelot's error code, Chinese Windows' refusal")
        << u"ocelot-connection-to-downstream-refused-chinese-consul-log.txt"_s << u"ocelot"_s << 502 << u"unknown"_s
        << u"upstream.refused"_s;
    QTest::newRow("Ocelot's error code, the response ended prematurely")
        << u"ocelot-502-response-ended-prematurely-downstream-401-log.txt"_s << u"ocelot"_s << 502 << u"unknown"_s
        << u"upstream.closed-early"_s;
    QTest::newRow("KrakenD: Gin's 500 line and 'Error #01: context deadline exceeded' is no client timeout")
        << u"krakend-500-context-deadline-exceeded-translated-spaces-1m0s.txt"_s << u"gin"_s << 500 << u"unknown"_s
        << u"upstream.timeout"_s;
    QTest::newRow("KrakenD: the same in an inline code span")
        << u"krakend-500-context-deadline-exceeded-3s-inline-code-circuit-breaker.txt"_s << u"gin"_s << 500
        << u"unknown"_s << u"upstream.timeout"_s;
    QTest::newRow("varnishlog: 'http first read error: EOF' is usually a first byte timeout")
        << u"varnishlog-fetcherror-http-first-read-error-eof-vendor-doc.txt"_s << u"varnishlog"_s << 503 << u"varnish"_s
        << u"upstream.timeout"_s;
    QTest::newRow("nginx error.log in a code block: php-fpm refused")
        << u"nginx-502-fpm-111-refused-log-plus-service-status.txt"_s << u"nginx-error"_s << 502 << u"nginx"_s
        << u"upstream.refused"_s;
    QTest::newRow("Heroku router line without its prefix, in backticks (H13)")
        << u"heroku-503-h13-router-log-in-backticks.txt"_s << u"heroku-router"_s << 503 << u"heroku"_s
        << u"upstream.closed-early"_s;
    QTest::newRow("Heroku router line with empty values (H82)")
        << u"heroku-503-h82-free-quota-exhausted-router-log.txt"_s << u"heroku-router"_s << 503 << u"heroku"_s
        << u"capacity.no-healthy-upstream"_s;
    QTest::newRow("ingress-nginx: error.log and access lines after '> '")
        << u"ingress-nginx-504-connect-timeout-error-and-access-log.txt"_s << u"nginx-error"_s << 504
        << u"ingress-nginx"_s << u"upstream.timeout"_s;
    QTest::newRow("nginx's upstream TLS message without its log prefix")
        << u"nginx-502-ssl-wrong-version-number-to-upstream-log.txt"_s << u"nginx-error"_s << 502 << u"nginx"_s
        << u"upstream.tls-failure"_s;
    QTest::newRow("http-proxy-middleware's ECONNREFUSED line, blockquoted: its 504 is a refused connect")
        << u"webpack-dev-server-hpm-econnrefused-blockquoted-log.txt"_s << u"http-proxy-middleware"_s << 504
        << u"unknown"_s << u"upstream.refused"_s;
    QTest::newRow("Caddy 1 error line '[ERROR 502 /] dial tcp …: connection refused'")
        << u"caddy1-502-browser-plus-error-log-line.txt"_s << u"caddy1-error"_s << 502 << u"caddy"_s
        << u"upstream.refused"_s;
    QTest::newRow("Traefik debug line ''504 Gateway Timeout' caused by: dial tcp …: i/o timeout', indented")
        << u"traefik-504-debug-log-dial-io-timeout-indented.txt"_s << u"traefik-text"_s << 504 << u"traefik"_s
        << u"upstream.timeout"_s;
    QTest::newRow("nginx error line without its date, in backticks: no live upstreams")
        << u"nginx-proxy-502-no-live-upstreams-inline-error-line.txt"_s << u"nginx-error"_s << 502 << u"nginx"_s
        << u"capacity.no-healthy-upstream"_s;
    QTest::newRow("nginx lines behind a log viewer's time and service prefix")
        << u"nginx-502-no-live-upstreams-rancher-ui-log-prefix.txt"_s << u"nginx-error"_s << 502 << u"nginx"_s
        << u"capacity.no-healthy-upstream"_s;
    QTest::newRow("Kong's JSON body with nginx's error line: the line is Kong's")
        << u"kong-504-upstream-timing-out-json-plus-backtick-log.txt"_s << u"nginx-error"_s << 504 << u"kong"_s
        << u"upstream.timeout"_s;
    QTest::newRow("NGINX Inc ingress in Markdown bold: refused to its 127.0.0.1:8181 stand-in = no endpoints")
        << u"nginx-ingress-502-refused-127-0-0-1-8181-bold-log-plus-prompt.txt"_s << u"nginx-error"_s << 502
        << u"nginx"_s << u"capacity.no-healthy-upstream"_s;
    QTest::newRow("ingress-nginx's old access format next to its error line")
        << u"ingress-nginx-502-refused-error-and-access-log-backticks.txt"_s << u"nginx-error"_s << 502
        << u"ingress-nginx"_s << u"upstream.refused"_s;
    QTest::newRow("HAProxy httplog lines with their start cut off: SC-- after three retries is a refused connect")
        << u"haproxy-503-sc-termination-forked-haproxy-log-lines.txt"_s << u"haproxy-http"_s << 503 << u"haproxy"_s
        << u"upstream.refused"_s;
    QTest::newRow("Caddy's console encoder line: a DNS lookup that timed out is a DNS failure")
        << u"caddy-502-dns-lookup-io-timeout-console-encoder-log.txt"_s << u"caddy-json"_s << 502 << u"caddy"_s
        << u"upstream.dns-failure"_s;
    QTest::newRow("Caddy's JSON line behind a time stamp in a code block: EOF is a close before the answer")
        << u"caddy-502-eof-json-log-docker-compose-prefix.txt"_s << u"caddy-json"_s << 502 << u"caddy"_s
        << u"upstream.closed-early"_s;
    QTest::newRow("Go ReverseProxy's 'http: proxy error: EOF' inside a JSON log line")
        << u"unknown-502-go-reverseproxy-eof-json-log-anubis.txt"_s << u"go-reverseproxy"_s << 502 << u"unknown"_s
        << u"upstream.closed-early"_s;
    QTest::newRow("nginx's line behind the ingress-nginx controller pod's name is ingress-nginx's")
        << u"ingress-nginx-502-ssl-unrecognized-name-controller-log-in-backticks.txt"_s << u"nginx-error"_s << 502
        << u"ingress-nginx"_s << u"upstream.tls-failure"_s;
    QTest::newRow("HAProxy tcplog line: <NOSRV> and SC with 213 bytes sent is its own 503, no server")
        << u"haproxy-503-nosrv-sc-213-bytes-tcplog-rancher-lb.txt"_s << u"haproxy-tcp"_s << 503 << u"haproxy"_s
        << u"capacity.no-healthy-upstream"_s;
    QTest::newRow("HAProxy httplog behind a router's time and host prefix: <NOSRV> is no server, not refused")
        << u"haproxy-openshift-router-503-nosrv-sc-between-proxy-started-lines.txt"_s << u"haproxy-http"_s << 503
        << u"haproxy"_s << u"capacity.no-healthy-upstream"_s;
    QTest::newRow("HAProxy httplog wrapped, '<NOSRV>' eaten by a page's HTML ('v2/'): no server")
        << u"haproxy-503-sc-nosrv-stripped-by-html-wrapped-syslog-qa-page.txt"_s << u"haproxy-http"_s << 503
        << u"haproxy"_s << u"capacity.no-healthy-upstream"_s;
    QTest::newRow("IIS W3C fields quoted as names over values: 502.3 with WinHTTP's 12002 is a timeout")
        << u"iis-arr-502-3-log-fields-sc-win32-12002-docs.txt"_s << u"iis-w3c"_s << 502 << u"unknown"_s
        << u"upstream.timeout"_s;
    QTest::newRow("IIS W3C line in IIS's default fields, in backticks: 502.3 from the forwarder")
        << u"iis-ancm-502-3-w3c-line-win32-64-after-kestrel-200.txt"_s << u"iis-w3c"_s << 502 << u"unknown"_s
        << u"upstream.error"_s;
    QTest::newRow("caddy-l4's JSON line: its own dial's failed lookup, not the client's")
        << u"caddy-l4-dns-lookup-no-such-host-tcp-proxy-json-error.txt"_s << u"caddy-json"_s << 502 << u"caddy"_s
        << u"upstream.dns-failure"_s;
    QTest::newRow("Kong's balancer line wrapped over lines: 'DNS resolution failed' is Kong's own 503")
        << u"kong-503-dns-resolution-failed-name-error-rewrapped-tried-list.txt"_s << u"nginx-error"_s << 503
        << u"kong"_s << u"upstream.dns-failure"_s;
    QTest::newRow("Kong's line with its connection number behind a Markdown escape ('\\*1259407')")
        << u"kong-503-dns-empty-record-timeouts-escaped-wrapped.txt"_s << u"nginx-error"_s << 503 << u"kong"_s
        << u"upstream.dns-failure"_s;
    QTest::newRow("nginx's words without a date but with 'server: kong' are Kong's")
        << u"kong-connect-111-refused-server-kong-short-line-prose.txt"_s << u"nginx-error"_s << 502 << u"kong"_s
        << u"upstream.refused"_s;
    QTest::newRow("Apache's AJP lines quoted without their time: 'read zero bytes' is a close before the answer")
        << u"apache-ajp-read-zero-bytes-ilink-receive-failed-error-log.txt"_s << u"apache-error"_s << 502 << u"apache"_s
        << u"upstream.closed-early"_s;
    QTest::newRow("Apache's error_log behind zgrep's file name prefix: (70007) is a timeout")
        << u"apache-proxy-70007-timeout-100-continue-zgrep-prefixed-foreman.txt"_s << u"apache-error"_s << 502
        << u"apache"_s << u"upstream.timeout"_s;
    QTest::newRow("An Apache code quoted alone in lower case ('ah01097: pass request body failed')")
        << u"apache-502-ah01097-pass-request-body-failed-lowercase-prose.txt"_s << u"apache-error"_s << 502
        << u"apache"_s << u"upstream.closed-early"_s;
    QTest::newRow("Traefik 3's console line from httputil/proxy.go states the status and the dial's error")
        << u"traefik-502-dbg-no-route-to-host-plus-newt-dns-error.txt"_s << u"traefik-console"_s << 502 << u"traefik"_s
        << u"upstream.refused"_s;
    QTest::newRow("Fly's proxy: 'instance refused connection' is its 502 for a port nothing listens on")
        << u"fly-proxy-instance-refused-connection-hint-line.txt"_s << u"fly-proxy"_s << 502 << u"unknown"_s
        << u"upstream.refused"_s;
    QTest::newRow("Fly's proxy: 'could not find a good candidate' is no machine to take the request")
        << u"fly-proxy-no-good-candidate-90-attempts-bullet-list.txt"_s << u"fly-proxy"_s << 503 << u"unknown"_s
        << u"capacity.no-healthy-upstream"_s;
    QTest::newRow("Traefik's 'no available server' body on a line of its own is its 503")
        << u"traefik3-503-no-available-server-issue-template.txt"_s << u"traefik-body"_s << 503 << u"traefik"_s
        << u"capacity.no-healthy-upstream"_s;
    QTest::newRow("nginx's 'peer closed connection in SSL handshake' to its upstream is a TLS failure")
        << u"nginx-upstream-ssl-handshake-peer-closed-engintron-8443.txt"_s << u"nginx-error"_s << 502 << u"nginx"_s
        << u"upstream.tls-failure"_s;
    QTest::newRow("authentik's outpost JSON line: 'Error proxying to upstream server' with EOF")
        << u"unknown-502-authentik-outpost-eof-json-log-backtick.txt"_s << u"authentik-outpost"_s << 502 << u"unknown"_s
        << u"upstream.closed-early"_s;
    QTest::newRow("Apache's AH00898 'Error during SSL Handshake with remote server' is a TLS failure, not a close")
        << u"apache-ah00898-ssl-handshake-remote-error-log-pr-comment.txt"_s << u"apache-error"_s << 502 << u"apache"_s
        << u"upstream.tls-failure"_s;
    QTest::newRow("Envoy's UF with {connection_timeout} after upstream_reset_before_response_started is a timeout")
        << u"envoy-503-uf-connection-timeout-access-log-loki-prefix.txt"_s << u"envoy-access"_s << 503 << u"envoy"_s
        << u"upstream.timeout"_s;
    QTest::newRow("HAProxy line with bc_err=ERESET: the backend's reset, more precise than SH--")
        << u"haproxy-502-sh-bc-err-ereset-term-events-log.txt"_s << u"haproxy-http"_s << 502 << u"haproxy"_s
        << u"upstream.reset"_s;
    QTest::newRow("nginx's upstream TLS message quoted on a line of its own, split from 'while SSL handshaking'")
        << u"nginx-502-upstream-ssl-verify-error-20-fragment-in-pr.txt"_s << u"nginx-error"_s << 502 << u"nginx"_s
        << u"upstream.tls-failure"_s;
    QTest::newRow("nginx's connect() to a unix socket refused by its permissions (13) is as good as refused")
        << u"nginx-502-php-fpm-sock-permission-denied-crit-line.txt"_s << u"nginx-error"_s << 502 << u"nginx"_s
        << u"upstream.refused"_s;
    QTest::newRow("nginx's connect() to a unix socket with a full backlog (11: EAGAIN) is an overloaded upstream")
        << u"nginx-502-gunicorn-sock-eagain-resource-temporarily-unavailable.txt"_s << u"nginx-error"_s << 502
        << u"nginx"_s << u"capacity.overloaded"_s;
    QTest::newRow("Caddy's console line with spaces for tabs and no fields: EAGAIN on PHP-FPM's socket")
        << u"caddy2-502-php-fastcgi-sock-eagain-console-log.txt"_s << u"caddy-console"_s << 502 << u"caddy"_s
        << u"capacity.overloaded"_s;
    QTest::newRow("Caddy's JSON record wrapped over two lines behind a journald prefix")
        << u"caddy2-502-dial-refused-journal-json-mercure.txt"_s << u"caddy-json"_s << 502 << u"caddy"_s
        << u"upstream.refused"_s;
    QTest::newRow("nginx for Windows: 10061 'actively refused it' is a refused connect")
        << u"nginx-502-windows-fastcgi-10061-actively-refused-error-and-access.txt"_s << u"nginx-error"_s << 502
        << u"nginx"_s << u"upstream.refused"_s;
    QTest::newRow("nginx's TCP connect denied by the system (13: Permission denied, SELinux) is as good as refused")
        << u"nginx-502-chinese-webterminal-crit-permission-denied-0000-8000.txt"_s << u"nginx-error"_s << 502
        << u"nginx"_s << u"upstream.refused"_s;
    QTest::newRow("Caddy 2 beta's console line: lower-case level, epoch time, reset by peer")
        << u"caddy-502-v2-beta-console-read-reset-by-peer-bitwarden.txt"_s << u"caddy-json"_s << 502 << u"caddy"_s
        << u"upstream.reset"_s;
    QTest::newRow("Traefik's \"'502 Bad Gateway' caused by:\" in prose, Windows' forcibly closed connection")
        << u"traefik-502-wsarecv-forcibly-closed-iis-prose.txt"_s << u"traefik-text"_s << 502 << u"traefik"_s
        << u"upstream.reset"_s;
    QTest::newRow("Traefik 3's console line from its ForwardAuth middleware: a DNS failure answered 500")
        << u"traefik-500-forwardauth-dns-no-such-host-debug-line.txt"_s << u"traefik-console"_s << 500 << u"traefik"_s
        << u"upstream.dns-failure"_s;
    QTest::newRow("Vite's proxy error and Node's ECONNREFUSED on the next line: one record, the proxy's 500 for a "
                  "refused connect")
        << u"vite-proxy-econnrefused-ipv4-8100-log-lines-with-banner.txt"_s << u"vite-proxy"_s << 500 << u"unknown"_s
        << u"upstream.refused"_s;
    QTest::newRow("nginx's error line under prose that names Kong ('We use Kong … the kong logs') is Kong's")
        << u"kong-504-upstream-timed-out-error-log-prose.txt"_s << u"nginx-error"_s << 504 << u"kong"_s
        << u"upstream.timeout"_s;
    QTest::newRow("nginx's message retold capitalised ('Upstream prematurely closed …') in prose about Kong")
        << u"kong-502-prematurely-closed-capitalised-inline-prose.txt"_s << u"nginx-error"_s << 502 << u"kong"_s
        << u"upstream.closed-early"_s;
    QTest::newRow("Heroku's code with its name in prose (H18 \"Server Request Interrupted\"): the router's 503")
        << u"heroku-503-h18-pr-prose-stats-sock-backend-bytes-567.txt"_s << u"heroku-router"_s << 503 << u"heroku"_s
        << u"upstream.closed-early"_s;
    QTest::newRow("the ingress-nginx controller's 'Error obtaining Endpoints for Service': no endpoint, its 503")
        << u"ingress-nginx-503-rancher-quickstart-no-endpoints-log-line.txt"_s << u"ingress-nginx-controller"_s << 503
        << u"ingress-nginx"_s << u"capacity.no-healthy-upstream"_s;
    QTest::newRow("a dev proxy's 'http proxy error:Error: socket hang up' on one line: the upstream closed")
        << u"node-http-proxy-socket-hang-up-socketonend-nuxt-console.txt"_s << u"vite-proxy"_s << 500 << u"unknown"_s
        << u"upstream.closed-early"_s;
    QTest::newRow("Node's ENOTFOUND behind a proxy process's name ('examples/api-client-proxy dev:'): the proxy's")
        << u"node-undici-proxy-fetch-failed-enotfound-pnpm-prefixed-log.txt"_s << u"node-proxy"_s << 502 << u"unknown"_s
        << u"upstream.dns-failure"_s;
    QTest::newRow("Linkerd's proxy 'Failed to proxy request: HTTP Logical service in fail-fast': no endpoint, 503")
        << u"linkerd-503-http-logical-service-fail-fast-warn-lines.txt"_s << u"linkerd-proxy"_s << 503 << u"unknown"_s
        << u"capacity.no-healthy-upstream"_s;
    QTest::newRow("nginx's resolver line without its process number ('[error] *426 … could not be resolved')")
        << u"nginx-502-host-not-found-tld-dns-outage-error-line.txt"_s << u"nginx-error"_s << 502 << u"nginx"_s
        << u"upstream.dns-failure"_s;
    QTest::newRow("nginx's resolver message quoted in Chinese prose ('9#9: *3 … could not be resolved (110: …)')")
        << u"openresty-502-api-gateway-zh-could-not-be-resolved-110-timeout.txt"_s << u"nginx-error"_s << 502
        << u"nginx"_s << u"upstream.dns-failure"_s;
    QTest::newRow("Envoy's flags retold in prose ('impacted by `503 UF,URX`'): Envoy's own 503")
        << u"envoy-503-uf-urx-flags-in-issue-template-prose.txt"_s << u"envoy-prose"_s << 503 << u"envoy"_s
        << u"upstream.error"_s;
    QTest::newRow("Envoy's detail 'no_healthy_upstream' and 'UH response flags' in prose")
        << u"envoy-503-no-healthy-upstream-uh-flag-regression-prose.txt"_s << u"envoy-prose"_s << 503 << u"envoy"_s
        << u"capacity.no-healthy-upstream"_s;
}

void TestQuotedLogLines::aQuotedLogLineDecidesTheVerdict()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, status);
    QFETCH(QString, product);
    QFETCH(QString, cause);
    QFile in(pendingDir() + u'/' + file);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
    const QByteArray text = in.readAll();

    const QList<LogRecord> quoted = QuotedLogLines::failures(text, file);
    QVERIFY2(!quoted.isEmpty(), "no quoted log line found");
    QCOMPARE(quoted.first().format, format);
    QVERIFY2(quoted.first().line > 0, "the line number in the paste is kept");

    // The paste as the user's input, read as `diagnose` reads it: what it states, with the lines it
    // quotes kept (and the words around them) — or the request the lines are about.
    const Result<Capture> capture = CaptureImporter::importText(text, file);
    QList<Exchange> exchanges = capture ? capture->exchanges : QList<Exchange>();
    QuotedLogLines::quoteInto(exchanges, text, file);
    QVERIFY(!exchanges.isEmpty());
    const DiagnosedExchange d = QuotedLogLines::diagnose(m_diagnoser, exchanges.first(), quoted);
    const QString got = u"%1 %2 %3"_s.arg(d.diagnosis.status).arg(d.diagnosis.producer.product, d.diagnosis.cause);
    QCOMPARE(got, u"%1 %2 %3"_s.arg(status).arg(product, cause));
    QVERIFY2(d.logEvidence && !d.logEvidence->isEmpty(), "the quoted lines are the exchange's log evidence");
}

void TestQuotedLogLines::decorationsAroundALineAreRemoved_data()
{
    QTest::addColumn<QByteArray>("line");
    const QByteArray nginx = "2024/05/01 10:00:00 [error] 12#12: *7 connect() failed (111: Connection refused) while "
                             "connecting to upstream, client: 10.0.0.1, server: _, request: \"GET / HTTP/1.1\", "
                             "upstream: \"http://127.0.0.1:8080/\", host: \"example.test\"";
    QTest::newRow("as written") << nginx;
    QTest::newRow("Markdown quote") << QByteArray("> " + nginx);
    QTest::newRow("inline code span") << QByteArray("`" + nginx + "`");
    QTest::newRow("after a root prompt") << QByteArray("root@web-1:~# " + nginx);
    QTest::newRow("journald prefix") << QByteArray("May 01 10:00:00 web-1 nginx[12]: " + nginx);
    QTest::newRow("docker compose prefix") << QByteArray("proxy_1    | " + nginx);
    QTest::newRow("docker logs -t time stamp") << QByteArray("2024-10-04T15:42:56.602626800Z " + nginx);
    QTest::newRow("Docker Desktop time") << QByteArray("2024-10-04 15:42:56 " + nginx);
    QTest::newRow("kubectl logs --prefix") << QByteArray("[pod/web-7d9c6b5f4-x2x7q/nginx] " + nginx);
    QTest::newRow("compose prefix, then a time stamp")
        << QByteArray("proxy_1  | 2017-09-18T18:01:12.068949026Z " + nginx);
}

void TestQuotedLogLines::decorationsAroundALineAreRemoved()
{
    QFETCH(QByteArray, line);
    const QByteArray paste = QByteArray("The page says 502.\n") + line + '\n';
    const QList<LogRecord> quoted = QuotedLogLines::failures(paste, u"paste"_s);
    QCOMPARE(quoted.size(), 1);
    QCOMPARE(quoted.first().cause, u"upstream.refused"_s);
    QCOMPARE(quoted.first().line, 2);
}

// ingress-nginx's access line as a terminal wrapped it inside its upstream lists (realworld set H,
// kubernetes/ingress-nginx#7673): the two parts are one record of ingress-nginx's format, and the
// record quoted with the exchange reads the same again.
void TestQuotedLogLines::aLineThePasteWrappedIsReadWhole()
{
    const QByteArray paste
        = "10.244.5.1 - - [20/Sep/2021:15:25:23 +0000] \"GET /check HTTP/1.1\" 504 160 \"-\" \"curl/7.58.0\" 93 15.004 "
          "[cloudservices-aks-check-80] [] 10.244.6.15:8080, 10.244.6.15:8080, 10.244.6.15:8080 0, \n"
          "0, 0 5.000, 5.005, 5.004 504, 504, 504 5a401812d3491489148c16a589f9e84c\n"
          "next: the page said 504\n";
    const QList<LogRecord> quoted = QuotedLogLines::failures(paste, u"paste"_s);
    QCOMPARE(quoted.size(), 1);
    QCOMPARE(quoted.first().format, u"ingress-nginx"_s);
    QCOMPARE(quoted.first().product, u"ingress-nginx"_s);
    QCOMPARE(quoted.first().line, 1);
    QCOMPARE(quoted.first().upstreamStatus, u"504, 504, 504"_s);
    QList<Exchange> exchanges;
    QCOMPARE(QuotedLogLines::quoteInto(exchanges, paste, u"paste"_s), 1);
    const QList<LogRecord> again = QuotedLogLines::recordsOf(exchanges.first());
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().format, u"ingress-nginx"_s);
}

// Apache APISIX runs on OpenResty and writes nginx's error.log: in a paste that names APISIX, the
// lines are APISIX's (no contract id: unknown), as in realworld set I's APISIX thread.
void TestQuotedLogLines::nginxLinesOfAPasteAboutApisixAreNotNginxs()
{
    const QByteArray line = "2024/05/22 08:41:59 [error] 58#58: *2066935 upstream timed out (110: Connection timed "
                            "out) while connecting to upstream, client: 10.10.7.15, server: _, request: \"GET /demo "
                            "HTTP/1.1\", upstream: \"http://172.16.254.208:9010/demo\", host: \"example.test\"\n";
    for (const auto &[intro, product] :
         { std::pair { QByteArray("APISIX answers 504 Gateway Time-out, its log says:\n"), u"unknown"_s },
           std::pair { QByteArray("The site answers 504 Gateway Time-out, the log says:\n"), u"nginx"_s } }) {
        const QByteArray paste = intro + line;
        const QList<LogRecord> quoted = QuotedLogLines::failures(paste, u"paste"_s);
        QCOMPARE(quoted.size(), 1);
        const Result<Capture> capture = CaptureImporter::importText(paste, u"paste"_s);
        QVERIFY(capture && !capture->exchanges.isEmpty());
        QList<Exchange> exchanges = capture->exchanges;
        QuotedLogLines::quoteInto(exchanges, paste, u"paste"_s);
        const DiagnosedExchange d = QuotedLogLines::diagnose(m_diagnoser, exchanges.first(), quoted);
        QCOMPARE(d.diagnosis.cause, u"upstream.timeout"_s);
        QCOMPARE(d.diagnosis.producer.product, product);
    }
}

// nginx's TLS failure toward its upstream, wrapped over three lines in a code block (realworld set
// L): OpenSSL's "wrong version number" on the middle line is nginx's, not the client's own failure.
void TestQuotedLogLines::aGatewayLineWrappedOverThreeLinesIsNotTheClientsFailure()
{
    const QByteArray paste
        = "Hi, I'm getting the following errors\n\n```\nnginx | 2017/10/05 21:39:23 [error] 10#10: *12 "
          "SSL_do_handshake() failed \n(SSL: error:1408F10B:SSL routines:ssl3_get_record:wrong "
          "version number) \nwhile SSL handshaking to upstream, client: 204.9.220.42\"\n```\n";
    const Result<Capture> capture = CaptureImporter::importText(paste, u"paste"_s);
    QVERIFY(capture && !capture->exchanges.isEmpty());
    QCOMPARE(capture->exchanges.first().transport.outcome, Outcome::Ok); // no client failure
    QList<Exchange> exchanges = capture->exchanges;
    QVERIFY(QuotedLogLines::quoteInto(exchanges, paste, u"paste"_s) > 0);
    const DiagnosedExchange d = QuotedLogLines::diagnoseWithLogs(m_diagnoser, exchanges.first(), {});
    QCOMPARE(d.diagnosis.producer.product, u"nginx"_s);
    QCOMPARE(d.diagnosis.cause, u"upstream.tls-failure"_s);
}

void TestQuotedLogLines::quotedLinesTravelWithTheExchange()
{
    // A paste as the window stores it: the exchange keeps the lines as pasted, in the workspace
    // file too, and is diagnosed with them as the command line diagnoses the same text.
    const QByteArray paste = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                             "</center><hr><center>nginx</center></body></html>\n\nproxy_1  | 2024/05/01 10:00:00 "
                             "[error] 12#12: *7 connect() failed (111: Connection refused) while connecting to "
                             "upstream, client: 10.0.0.1, server: _, request: \"GET / HTTP/1.1\", upstream: "
                             "\"http://127.0.0.1:8080/\", host: \"example.test\"\n";
    Result<Capture> capture = CaptureImporter::importText(paste, u"pasted text"_s);
    QVERIFY2(capture && !capture->exchanges.isEmpty(), "the page is read");
    QCOMPARE(QuotedLogLines::quoteInto(capture->exchanges, paste, u"pasted text"_s), 1);
    const Exchange &pasted = capture->exchanges.first();
    QCOMPARE(pasted.quotedLogLines.size(), 1);
    QCOMPARE(pasted.quotedLogLines.first().line, 3);
    QVERIFY2(pasted.quotedLogLines.first().text.startsWith(u"proxy_1  | "), "kept as pasted, prefix and all");

    const Result<Exchange> stored = ExchangeJson::fromWorkspaceJson(ExchangeJson::toWorkspaceJson(pasted));
    QVERIFY2(stored, "read back from the workspace's form");
    QCOMPARE(stored->quotedLogLines, pasted.quotedLogLines);

    const DiagnosedExchange direct
        = QuotedLogLines::diagnose(m_diagnoser, pasted, QuotedLogLines::failures(paste, u"pasted text"_s));
    const DiagnosedExchange again = QuotedLogLines::diagnoseWithLogs(m_diagnoser, stored.value(), {});
    QCOMPARE(again.diagnosis.cause, u"upstream.refused"_s);
    QCOMPARE(again.diagnosis.cause, direct.diagnosis.cause);
    QCOMPARE(again.diagnosis.producer.product, direct.diagnosis.producer.product);
    QCOMPARE(again.diagnosis.producer.confidence, direct.diagnosis.producer.confidence);
    QVERIFY(again.logEvidence && again.logEvidence->size() == 1);
    QCOMPARE(again.logEvidence->first().line, 3);

    // Without quoted lines, the given gateway logs (the Logs pane) decide, and without those the
    // exchange alone.
    Exchange plain = pasted;
    plain.quotedLogLines.clear();
    QCOMPARE(QuotedLogLines::diagnoseWithLogs(m_diagnoser, plain, {}).diagnosis.cause, u"upstream.error"_s);
}

void TestQuotedLogLines::linesThatNameDifferentCausesAreNotSure()
{
    // Apache 2.2: a refused connect, then "disabled connection" for the requests that followed —
    // which one the user's request met is not said.
    QFile in(pendingDir() + u"/apache22-503-proxy-disabling-worker-after-refused.txt"_s);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray text = in.readAll();
    const QList<LogRecord> quoted = QuotedLogLines::failures(text, u"paste"_s);
    QSet<QString> causes;
    for (const LogRecord &record : quoted)
        causes.insert(record.cause);
    QVERIFY2(causes.size() > 1, "the lines name more than one cause");
    const DiagnosedExchange d = QuotedLogLines::diagnose(m_diagnoser, QuotedLogLines::requestOf(quoted), quoted);
    QCOMPARE(d.diagnosis.producer.product, u"apache"_s);
    QVERIFY2(d.diagnosis.producer.confidence <= QuotedLogLines::DisagreeingLinesConfidence,
             qPrintable(QString::number(d.diagnosis.producer.confidence)));
}

void TestQuotedLogLines::proseWithoutLogLinesQuotesNone()
{
    const QByteArray prose = "We get 502 Bad Gateway from nginx every few minutes since the deploy.\n"
                             "The upstream is a gunicorn app on port 8000; it looks healthy.\n";
    QVERIFY(QuotedLogLines::failures(prose, u"paste"_s).isEmpty());
}

void TestQuotedLogLines::theProducerNamedNextToTheStatus_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("product");
    QTest::newRow("Russian prose (set U)")
        << QByteArray("Через 21 секунду nginx стал возвращать 502 Bad Gateway\n") << u"nginx"_s;
    QTest::newRow("Japanese prose naming the ALB (set U)")
        << QByteArray("直接アクセスすると 200 ですが、ALB経由では 502 になります。\n") << u"aws-alb"_s;
    QTest::newRow("the ingress controller, not plain nginx")
        << QByteArray("the nginx ingress controller gives 504 after 60s\n") << u"ingress-nginx"_s;
    QTest::newRow("a name said not to be the producer")
        << QByteArray("Grafana itself is returning 502 (not nginx)\n") << QString();
    QTest::newRow("two products next to statuses")
        << QByteArray("HAProxy returns 503 while nginx behind it answers 200\n") << QString();
    QTest::newRow("Apache Kafka is no web server")
        << QByteArray("the consumer of Apache Kafka gets 502 from the API\n") << QString();
    QTest::newRow("a page's own footer is the page's evidence, not words")
        << QByteArray("<html><head><title>502 Bad Gateway</title></head>\n<center>nginx 502</center>\n") << QString();
    QTest::newRow("the name on another line than the status")
        << QByteArray("We run nginx.\n\nIt returns 502.\n") << QString();
}

void TestQuotedLogLines::theProducerNamedNextToTheStatus()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, product);
    QCOMPARE(QuotedLogLines::producerNamedNearTheStatus(text), product);
}

void TestQuotedLogLines::aProducerOnlyTheWordsNameIsNotSure()
{
    // Set U: the prose names nginx next to the 502; no page or header does.
    const QString file = u"nginx-502-russian-realplexor-after-21s-quiet-syslog.txt"_s;
    QFile in(pendingDir() + u'/' + file);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
    const QByteArray text = in.readAll();
    const Result<Capture> capture = CaptureImporter::importText(text, file);
    QVERIFY2(capture, capture ? "" : qPrintable(capture.error()));
    QList<Exchange> exchanges = capture->exchanges;
    QCOMPARE(QuotedLogLines::quoteInto(exchanges, text, file), 0);
    QVERIFY(!exchanges.isEmpty());
    QCOMPARE(exchanges.first().quotedLinesProduct, u"nginx"_s);
    const DiagnosedExchange d = QuotedLogLines::diagnoseWithLogs(m_diagnoser, exchanges.first(), {});
    QCOMPARE(d.diagnosis.producer.product, u"nginx"_s);
    QVERIFY2(d.diagnosis.producer.confidence <= QuotedLogLines::ProseNamedProducerConfidence,
             qPrintable(QString::number(d.diagnosis.producer.confidence)));
    // Without the words, nothing names it.
    QCOMPARE(m_diagnoser.diagnose(exchanges.first()).producer.product, u"unknown"_s);
}

QTEST_GUILESS_MAIN(TestQuotedLogLines)
#include "tst_quotedloglines.moc"
