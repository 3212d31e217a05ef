// Generated from resources/rules and resources/checklists by tst_ruletree
// (GATESCOPE_UPDATE_RULE_TEXTS=1); kept in sync by that test. Do not edit by hand.
// It exists so that lupdate extracts the texts of the rule tree and the checklists, which
// are translated at display time with the contexts Gatescope::Rules and Gatescope::Checklists.
#include <QtGlobal>

namespace Gatescope {

[[maybe_unused]] static const char *const ruleTexts[] = {
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Did a complete HTTP response reach the client?"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "No usable HTTP response reached the client: how did the conversation end?"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Another protocol answered"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The server on this port is not an HTTP server: it answered like {protocol}. A gateway in front "
                      "would answer {predicted}."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The first bytes that came back are another protocol's greeting or error — a Redis error reply, "
                      "a TLS alert, an HTTP/2 SETTINGS frame, an SSH, SMTP or database banner. The request went to the "
                      "right host but the wrong port or scheme: plain HTTP to a TLS port, HTTP/1.1 to an h2c-only "
                      "server, or the port of a database, cache or mail server."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Connection refused"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Nothing accepted the TCP connection; with a gateway in front the user would see {predicted} "
                      "from nginx, Caddy or Traefik, 503 from HAProxy, Apache, Squid or Envoy."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The client's SYN was answered with a reset: no process listens on that address and port, or a firewall "
        "rejects the connection actively. The request never reached any application. A gateway in front of this server "
        "would turn the same failure into its own error: 502 on nginx, Caddy, Traefik, Kong and AWS ALB; 503 on "
        "HAProxy, Apache mod_proxy, Squid, Envoy and Varnish; 521 on Cloudflare."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Host name did not resolve"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The host name did not resolve, so no connection was attempted; a gateway in front would answer "
                      "{predicted} (nginx), 503 (HAProxy, Squid, Kong) or 530 (Cloudflare)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The resolver returned no address for the host (NXDOMAIN, no A/AAAA record, or no answer in time). Nothing was "
        "sent. Behind a gateway the same failure becomes 502 on nginx, Caddy and Traefik, 500 on Apache, 503 on "
        "HAProxy, Squid and Kong, 530 (error 1016) on Cloudflare and 502 on CloudFront."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "TLS handshake failed"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The TLS handshake failed before any HTTP was exchanged; a gateway in front would answer {predicted} (nginx, "
        "ALB, CloudFront), 503 (HAProxy, Envoy, Squid), 500 (Apache, Traefik) or 525/526 (Cloudflare)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The client and the server could not agree on a secure connection, or the certificate was not "
                      "accepted (expired, wrong name, unknown issuer, incomplete chain). No HTTP request was sent."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Connecting timed out"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The connection could not be set up in time (no answer to the SYN); a gateway in front would answer "
        "{predicted} (nginx, Caddy, ALB) or 503 (HAProxy, Envoy, Squid, Varnish) or 522 (Cloudflare)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Packets to the server were silently dropped: a firewall or security group that drops instead of "
                      "rejecting, a wrong route, or a host that is down. The request never left the client."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Waiting for the response timed out"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The server accepted the request but sent no complete response in time; a gateway in front would answer "
        "{predicted} (nginx, HAProxy, Envoy), 502 (Apache), 503 (Varnish, Heroku) or 524 (Cloudflare)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The connection was up and the request was written, then the server stayed silent (or stopped sending) longer "
        "than the client's timeout. The application is slow, stuck, overloaded, or hit an error and never answered."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Connection reset"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The server reset the connection instead of answering; a gateway in front would answer "
                      "{predicted} (nginx, HAProxy, Caddy), 503 (Envoy 'remote reset', Varnish) or 520 (Cloudflare)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "A TCP reset arrived after the connection was set up: the process crashed or was killed "
                      "mid-request, a load balancer or firewall dropped the connection from its table, or the server "
                      "closed a keep-alive connection the client was reusing."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Bytes arrived, but not a usable HTTP response"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The server sent bytes that are not a valid HTTP response; a gateway in front would answer "
                      "{predicted} (nginx 'upstream sent invalid header', HAProxy PH, Envoy UPE) or 503 (Varnish)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "What came back could not be read as HTTP/1.1: no status line, a header line without a colon, conflicting "
        "lengths or broken chunking. Often the port speaks another protocol (TLS, SSH, a database) or the application "
        "writes raw text before its headers. The anomalies list the byte offset."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The response began but its body was cut short"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The response headers arrived but the connection closed before the whole body did."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The status line and headers were complete, then the peer closed the connection before the "
                      "promised Content-Length or the final chunk. A gateway would already have passed on the status, "
                      "so the user sees a truncated page or a failed download rather than a 5xx."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The client ended the request itself (nothing says the server did)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "No response was recorded and the capture names no failure of the server: the browser or client "
                      "cancelled or blocked the request itself, or it was still pending when the capture was saved."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "Browsers record requests they stop themselves as failed entries: a navigation that left the page, a fetch "
        "aborted by the page's own code, an ad blocker or extension (ERR_BLOCKED_BY_CLIENT), a CORS or mixed-content "
        "block, or a request still waiting when the HAR was exported. No hop answered with an error here, so there is "
        "nothing to fix on a server unless the same request also fails when sent alone."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Closed before a response"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The server closed the connection before sending a complete response; a gateway in front would "
                      "answer {predicted} (nginx 'upstream prematurely closed connection', HAProxy SH), 503 (Envoy UC, "
                      "Varnish) or 520 (Cloudflare)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The connection closed cleanly (FIN) before the response was complete, often after 0 bytes ('empty reply from "
        "server'): the application crashed or exited while handling the request, a worker was recycled, or a "
        "keep-alive connection was closed by the server just as the client reused it."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "No response, for a reason the rules do not know"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "No usable response arrived and the transport outcome does not say why."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The exchange has no HTTP response but the outcome is not one of the known failures. The "
                      "transport detail and anomalies below are all there is."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Is it a vendor-specific status code?"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Cloudflare's own 52x code: which hop failed?"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "520: the origin sent an empty or unreadable response"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Cloudflare reached the origin but got an empty, malformed or oversized response back (520)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "520 is Cloudflare's catch-all for a response it cannot use: the origin closed or reset the connection without "
        "answering, sent response headers larger than 128 KB, malformed HTTP, or a broken HTTP/2 reply. It also "
        "appears when the origin's keep-alive closes connections Cloudflare is reusing."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "521: the origin refused the connection"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Cloudflare could not connect to the origin: the connection was refused (521)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The origin's port answered Cloudflare with a reset: the web server is down, listens on another port than the "
        "SSL mode uses (80 for Flexible, 443 for Full), or a firewall blocks Cloudflare's IP ranges."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "522: connecting to the origin timed out"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "Cloudflare's TCP connection to the origin was never established: no SYN-ACK within about 19 s (522)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Cloudflare sent SYNs and got no answer, or the request was not acknowledged within 90 s. The "
                      "origin is overloaded to the point of not accepting connections, or a firewall silently drops "
                      "Cloudflare's addresses, or the DNS record points at the wrong IP."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "523: the origin is unreachable"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Cloudflare found no route to the origin (523)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The origin address is not reachable from Cloudflare's network: a wrong DNS record (private or "
                      "retired IP), a routing problem at the hosting provider, or an IP range captured by a VPC route. "
                      "It is a network/routing failure between gateway and origin."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "524: the origin did not answer in time"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Cloudflare connected to the origin but got no HTTP response before its read timeout (100–120 s "
                      "by default) (524)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The origin accepted the connection and the request, then took longer than Cloudflare's Proxy "
                      "Read Timeout to send the response headers. The application is doing slow work inside the "
                      "request (a report, an export, a long query) or is stuck waiting on something."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "525: TLS handshake with the origin failed"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Cloudflare could not complete a TLS handshake with the origin (525)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "With SSL mode Full or Full (strict) Cloudflare speaks TLS to the origin; the handshake failed: "
                      "no certificate on port 443, no SNI support, no shared cipher or protocol version."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "526: the origin certificate is not valid"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Cloudflare rejected the origin's certificate (526, Full strict)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "In Full (strict) mode the origin certificate must be valid, unexpired, issued by a trusted CA "
                      "(or a Cloudflare Origin CA certificate) and cover the host name. One of these checks failed."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "527: Railgun connection error"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Cloudflare reported a Railgun listener error between its edge and the origin (527)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "527 belonged to Railgun, a retired Cloudflare product that ran a listener next to the origin; the connection "
        "between Cloudflare and that listener failed. Current Cloudflare documentation no longer lists it."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "530 with error 1033: no Cloudflare Tunnel is connected"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Cloudflare has no connected tunnel (cloudflared) for this host name (530, error 1033)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Error 1033 means the host name routes to a Cloudflare Tunnel and no cloudflared connector of "
                      "that tunnel is connected to Cloudflare's edge: the connector is stopped, crashed, or runs with "
                      "another tunnel's credentials. Cloudflare never reached the origin."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "530: the origin host name does not resolve"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Cloudflare could not resolve the origin's host name (530, usually with error 1016)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "530 comes with a 1xxx error in the body; 1016 means the origin DNS name (a CNAME target or a tunnel) does not "
        "resolve. The record is missing, points at a deleted tunnel or load balancer, or the name was misspelled."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "499: the client closed the request (nginx)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The client gave up before nginx had an answer (499, nginx's log-only code)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "nginx writes 499 when the client closes the connection while nginx is still waiting for the "
                      "upstream. It is never sent on the wire: seeing it means a client, or a hop in front of nginx, "
                      "stopped waiting — usually because its own timeout is shorter than the time the upstream needs."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "AWS Application Load Balancer's own 4xx/5xx code"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "460: the client closed the connection (ALB)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The client closed its connection before the ALB's idle timeout elapsed (460)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "460 appears in ALB access logs when the client went away first: its timeout is shorter than the "
                      "time the target needs. Nothing is wrong at the ALB; find which client timeout fired."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "463: X-Forwarded-For with more than 30 addresses (ALB)"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The ALB rejected the request because its X-Forwarded-For header lists more than 30 addresses (463)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Every proxy appends the client address to X-Forwarded-For; more than 30 entries almost always "
                      "means a forwarding loop between proxies, or a client that sends a forged, huge header. The "
                      "contract has no cause id for a rejected request, hence 'unknown'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "464: protocol incompatible with the target group (ALB)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The request's protocol does not match the target group's protocol version (464)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The listener received HTTP/1.1 for a gRPC or HTTP/2 target group, or the other way round. It is "
                      "a configuration mismatch at the ALB; the contract has no cause id for it, hence 'unknown'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "561: the identity provider returned an error (ALB)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The ALB's authenticate action got an error from the identity provider (561)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "With an authenticate-oidc or authenticate-cognito rule, the ALB calls the IdP's token and user-info "
        "endpoints. The IdP answered with an error; the access log's error_reason field names it."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Who answered 500, and what does the body show?"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The gateway could not resolve its upstream (500)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} could not resolve the upstream host name and answered 500."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Apache mod_proxy answers a DNS failure towards the backend with '500 Proxy Error' and 'DNS "
                      "lookup failure for:' — not the 502 the textbook would expect. The backend name in ProxyPass "
                      "does not resolve from the proxy host."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "TLS to the upstream failed (500)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} could not complete TLS with the upstream and answered 500."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Apache ('Error during SSL Handshake with remote server') and Traefik answer a TLS failure "
                      "towards the backend with 500, not 502. The backend's certificate is not trusted, does not "
                      "match, or the two sides share no protocol."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application reports a failing dependency (database, pool, cache, API)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The application answered 500 because one of its dependencies failed (database, connection pool, "
                      "cache or another API)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The body names a dependency error: a database that refused or dropped the connection, returned "
                      "something the driver could not use, a connection pool that ran dry, or a downstream API that "
                      "failed. The application itself is reachable; the thing behind it is not healthy. This is the "
                      "textbook's 'invalid response from the database'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Unhandled exception in the application (stack trace or framework error page)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The application hit an unhandled error and answered 500 itself; the body carries a stack trace "
                      "or the framework's error page."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "A 500 with a stack trace (Java, Python, Node, .NET, PHP, Ruby or Go) or a framework's default "
                      "error page means the code threw and nothing caught it. The gateway only relayed the answer. "
                      "This is the textbook's 'unhandled exception'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A gateway made the 500 itself"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} generated the 500 itself, without relaying it from the origin."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The response carries a gateway's own error signature (for example Kong's 'An unexpected error "
                      "occurred', an API Gateway error type, or a Cloudflare page). The gateway failed internally or "
                      "on its configuration, not the application."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application answered 500 without a clue"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application answered 500 and the response does not say why."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "No gateway signature claims this 500, and the body carries no stack trace or dependency error: "
                      "the application reported an internal error in its own words, or in none. The explanation is in "
                      "the application's logs at the time of the request."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Who answered 502, and what does it say about the upstream?"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The upstream answered, but not in the form the gateway expects"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "{product} got a response from the origin that was not in the expected form (for example HTML or "
                      "the wrong JSON shape) and answered 502."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The origin did answer, but the gateway could not use the answer: API Gateway needs a Lambda "
                      "proxy result with statusCode and a string body; an API gateway expecting JSON got an HTML page "
                      "(a login or error page). This is the textbook's 'unexpected response form'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "A firewall or proxy between gateway and origin answered in the origin's place"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "A firewall, WAF or intercepting proxy answered instead of the origin; the response is its block "
                      "or error page."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The body or headers carry the signature of a security device or intercepting proxy, not of the application. "
        "The device between the gateway and the origin blocked or mangled the request, and the gateway passed on (or "
        "choked on) its answer. This is the textbook's 'firewall answering in the origin's place'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "TLS between gateway and upstream failed"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} could not complete a TLS handshake with the upstream."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The gateway talks HTTPS to the origin and the handshake failed: untrusted or expired "
                      "certificate, a name mismatch (SNI), or no shared protocol or cipher."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The gateway could not connect to its upstream"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "{product} could not connect to its upstream: nothing accepted the connection, or there was no route to it."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The gateway's connection attempt to the origin was refused or could not be routed. The application is down or "
        "listens elsewhere, or a network path problem (security group, route, DNS pointing at a dead address) stands "
        "between them. This is the textbook's 'network or routing failure'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The gateway could not resolve its upstream"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} could not resolve the upstream's host name."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The gateway looked up the origin's name and got no address. This is the textbook's 'DNS error' "
                      "case of 502; the gateway's log names the host it could not resolve."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A timeout reported as 502 (the real gateway contradicts the textbook)"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "{product} gave up waiting for the upstream and answered 502 instead of 504 (wait {wait}; matches {timeout})."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Some real gateways answer a timeout with 502: Apache mod_proxy ('Error reading from remote "
                      "server' after ProxyTimeout), Google's classic load balancer and Azure Application Gateway v1. "
                      "The wait matches the gateway's own timer."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Apache could not read from the backend after a long wait (likely ProxyTimeout)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Apache gave up reading from its backend after {wait} and answered 502 'Proxy Error' — Apache "
                      "never answers a backend timeout with 504."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "'Error reading from remote server' covers a backend that closed, reset or stayed silent past ProxyTimeout. A "
        "long wait before the error means the timer fired (ProxyTimeout defaults to Timeout, 60 s)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The upstream closed the connection before answering"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "{product} reports that the upstream closed the connection before a complete response."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The origin accepted the request and then closed the connection without a (complete) response: it crashed, a "
        "worker was recycled, or it closed an idle keep-alive connection just as the gateway reused it (the classic "
        "intermittent 502 when the app's keep-alive timeout is shorter than the gateway's)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The upstream reset the connection"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} reports that the upstream reset the connection."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "A TCP reset came from the origin side while the gateway waited for the response: the process "
                      "was killed or crashed, a firewall or NAT dropped the connection state, or a keep-alive race."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The upstream sent a response the gateway could not parse"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "{product} could not parse the upstream's response (bad status line, bad header or bad body framing)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The origin answered, but not with valid HTTP: a corrupt status line, a header without a colon, "
                      "a header block too large for the gateway's buffers, conflicting lengths or broken chunking. "
                      "This is the textbook's 'origin sent an invalid body'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The 502 comes from behind the gateway: what does the origin side say?"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application reports a failing dependency (502)"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The application answered 502 itself because something it calls failed; {gateway} only relayed it."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The body is the application's own error and names a dependency (an API, a database, a cache). "
                      "The application is acting as a gateway to that dependency."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application failed with an exception (502)"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The application answered 502 with a stack trace or framework error page; {gateway} only relayed it."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "A stack trace or framework error page under a 502 means the application produced the status "
                      "itself while handling an error."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Cloudflare shows a 502 from the origin side"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The origin side (your server or a proxy of its own) answered 502; Cloudflare only wrapped it in "
                      "its branded page."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Cloudflare shows origin 502/504 responses on its branded error page, while its own failures use "
                      "52x codes or an unbranded page. The failing hop is the origin's web server or reverse proxy."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application answered 502 without a clue"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application answered 502 itself; {gateway} only relayed it."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The body carries the application's own format (for example JSON) and no gateway claims the "
                      "error. Read the application's logs for the request."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A gateway reports an upstream failure without saying which"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "{product} could not get a usable response from its upstream; the page does not say whether the "
                      "connection was refused, closed, reset or answered with garbage."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Several gateways use one page for every upstream failure (nginx, AWS ALB, Traefik, Kong, "
                      "HAProxy's 'invalid or incomplete response'). The gateway's own log says which: for nginx the "
                      "error.log line, for HAProxy the termination state, for ALB the access log's target fields."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A 502 without any signature"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A gateway that left no signature reported that its upstream failed (502)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Nothing in the headers or body names the hop that produced the 502. By definition a 502 comes "
                      "from a gateway or proxy; find which one sits in front of the application and read its log."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Who answered 503, and why is the service unavailable?"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Planned maintenance"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The service is in maintenance mode ({product}); Retry-After: {retryAfter} s."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The response says the service is down on purpose: a maintenance page, a maintenance flag at the "
                      "gateway, or a server shutting down. This is the textbook's 'maintenance mode'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "No healthy upstream to send to"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} had no healthy upstream server to send the request to."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "Every server behind the gateway is down, failing its health checks, or not registered (Envoy 'no healthy "
        "upstream', Traefik 'no available server', Kong ring-balancer, Caddy 'no upstreams available', ALB with no "
        "registered targets). This is the textbook's 'server crashed and cannot accept connections'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A rate or connection limit rejected the request"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A rate or connection limit rejected the request ({product})."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The answer (text or rate-limit headers) shows a limiter at work: too many requests from this "
                      "client or key, or too many concurrent connections."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The server is at capacity"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The server says it is at capacity and cannot take more requests ({product})."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "A queue is full, a circuit breaker is open, or the server explicitly reports being over "
                      "capacity (for example AWS CLB 'Back-end server is at capacity', Envoy x-envoy-overloaded). This "
                      "is the textbook's 'server at capacity'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "TLS to the upstream failed (503)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} could not complete TLS with the upstream and answered 503."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "HAProxy, Envoy and Squid answer a failed TLS handshake towards the backend with 503."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Connecting to the upstream timed out (503)"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "{product} could not connect to its upstream in time and answered 503 (wait {wait}; matches {timeout})."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Squid (ERR_CONNECT_FAIL 110), Envoy (connection timeout), HAProxy (timeout connect) and Varnish "
                      "(connect_timeout 3.5 s) answer a connect timeout with 503. Packets to the origin are dropped or "
                      "the origin's accept queue is full."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "A refused connection reported as 503 (the real gateway contradicts the textbook)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "{product} could not connect to its upstream (connection refused) and answered 503."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "HAProxy, Apache, Squid, Envoy and Varnish answer a refused upstream connection with 503, not "
                      "the 502 the textbook describes. Nothing listens on the upstream address."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The upstream did not answer in time (503)"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "{product} gave up waiting for the upstream's response and answered 503 (wait {wait}; matches {timeout})."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Varnish (first_byte_timeout 60 s), Fastly (15 s), Heroku (H12, 30 s) and API Gateway HTTP APIs "
                      "(30 s) answer a slow origin with 503 rather than 504."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The upstream closed the connection (503)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "{product} reports that the upstream closed the connection before responding, and answered 503."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "Envoy ('connection termination', flag UC) answers an upstream close with 503. The usual cause is a keep-alive "
        "race: the application closes idle connections sooner than the proxy stops reusing them."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The upstream reset the connection (503)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "{product} reports that the upstream reset the connection, and answered 503."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "Envoy ('remote reset', flag UR) and Fastly ('backend read error') answer an upstream reset with 503."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The upstream name did not resolve (503)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} could not resolve the upstream host name and answered 503."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Kong ('name resolution failed'), Squid (ERR_DNS_FAIL) and HAProxy (server put in maintenance by "
                      "its resolvers) answer a DNS failure with 503."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The upstream's response could not be parsed (503)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} could not parse the upstream's response and answered 503."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The gateway read something from the origin that was not valid HTTP."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "HAProxy retried a refused connection, then gave up"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "{product} could not connect to any server (it retried for {wait}) and answered 503 'No server is available'."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "HAProxy answers a refused connection with the same 503 page as a backend without any server up, but only "
        "after its connection retries (retries 3, one per 'timeout connect' or 1 s): a 503 after a second or more is a "
        "refused or timed-out connect, an immediate one is <NOSRV>. The textbook's 502 does not hold here."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "HAProxy or Apache had no server that would take the connection"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "{product} found no upstream server that would take the request (refused, timed out, or marked "
                      "down) and answered 503."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "HAProxy's 'No server is available to handle this request' covers a refused connection (SC), a connect timeout "
        "(sC) and a backend with no server up (<NOSRV>). Apache mod_proxy answers a refused connection with 503 and "
        "then keeps the worker disabled for 'retry' (60 s), so every request in that minute gets 503 too. Either way "
        "no server accepted the connection: the textbook's 'crashed, cannot accept connections'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Varnish (or Fastly) could not fetch from the backend"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "{product} could not fetch the response from its backend ('Backend fetch failed'); it answers "
                      "every backend failure with 503."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Varnish turns every backend failure into 503 'Backend fetch failed': refused, timeout, closed, "
                      "junk or unhealthy. Only varnishlog's FetchError line says which."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The 503 comes from the application: does it say why?"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application reports a failing dependency (503)"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The application answered 503 because a dependency is unavailable; {gateway} only relayed it."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The application is up but something it needs (database, pool, cache, another API) is not; it "
                      "reports itself unavailable."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application reports itself unavailable"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application answered 503 itself without saying why."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The application's own response, not a gateway's page. Common reasons are a readiness check "
                      "failing, a feature flag, or an overload guard inside the application; its logs say which."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "nginx's own 503: a limit_req / limit_conn rejection, or an ingress-nginx Service without endpoints"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "{product} itself answered 503: either a limit_req / limit_conn rejection (nginx's default status for both) "
        "or, on ingress-nginx, a Service without ready endpoints — the page is the same for both."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "nginx never answers 503 for an unreachable upstream (that is 502 or 504). Its own 503 page "
                      "comes from limit_req or limit_conn, whose default status is 503, from an explicit 'return 503', "
                      "or on ingress-nginx from a Service without ready endpoints."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A gateway says the service is unavailable, without a reason"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} answered 503 without saying why."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "A gateway signature is present but nothing tells the reason. Read that gateway's log for the request."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A 503 without any signature"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A 503 with nothing that tells who made it or why."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "No gateway or application signature and no reason text. The textbook's causes of 503 are "
                      "capacity, a crashed server and maintenance; the logs of each hop must decide."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Who answered 504, and which timer fired?"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Cloudflare shows a 504 from the origin side"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "A gateway on the origin side timed out (504); Cloudflare only wrapped it in its branded page."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Cloudflare's own read timeout is 524; a 504 on its branded page was produced behind it, by the "
                      "origin's own reverse proxy or load balancer."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application reports that something it calls timed out"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The application answered 504 itself: a call it makes timed out; {gateway} only relayed it."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The body is the application's own and reports a timeout of a dependency (another API, the database)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The gateway could not even connect to the origin"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "{product} could not establish a connection to the origin in time (wait {wait}) — a network "
                      "failure between gateway and origin."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The gateway's connect timer fired: SYNs to the origin went unanswered. A firewall or security group that "
        "drops packets, a wrong route or address, or an origin so overloaded it does not accept connections. Caddy "
        "answers exactly this (its 3 s dial timeout) with 504, and never times out a slow response by default. This is "
        "the textbook's 'network failure between gateway and origin'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The origin took longer than the gateway's default timeout"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "{product} stopped waiting after {wait}, which matches {timeout}: the origin was too slow to answer."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The wait equals a well-known default read timeout, so the gateway's timer fired before the origin sent its "
        "response headers. The usual reason is load: too many concurrent requests queue up in the application (or its "
        "database), and the slowest exceed the limit. This is the textbook's 'too many concurrent requests'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The origin accepted the request and never answered"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} waited {wait} for the origin's response and got none (504)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The gateway connected and sent the request, then nothing came back before its (configured) timeout. Either "
        "the application is stuck on this request, or it hit an error and never wrote a response (a crashed worker "
        "thread, a swallowed exception, a deadlock). This is the textbook's 'origin hit an error and sent nothing'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A 504 without any signature"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A gateway that left no signature timed out waiting for its upstream (504)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Nothing names the hop. By definition a 504 is a gateway's timer firing; compare the wait with "
                      "the well-known defaults and check each hop."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Another 5xx: who made it?"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A gateway answered with another 5xx"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "{product} answered {status} itself."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "A gateway produced this rarer 5xx (for example ALB 501 for an unsupported Transfer-Encoding, "
                      "505 for an HTTP version it does not accept)."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application answered with another 5xx"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "The application answered {status}."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "501, 505, 507, 508 and 511 come from the application or the web server in front of it; they "
                      "describe a feature or resource problem rather than an outage."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "No server error: is the answer what the caller expected?"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A gateway relayed another protocol's answer as HTTP/0.9"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "{gateway} relayed its upstream's non-HTTP answer ({protocol}) as an HTTP/0.9 body with status "
                      "{status}: its upstream address points at the wrong port or scheme."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "A gateway that accepts HTTP/0.9 (Apache, Squid — which adds X-Transformed-From: HTTP/0.9) wraps "
                      "whatever the upstream sent in a 200 response. The bytes are another protocol's greeting or "
                      "error, so the gateway's upstream address points at the wrong port or scheme."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "Another protocol answered inside an HTTP response"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The answer is {protocol}'s, not an HTTP service's: the request went to the wrong port."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "Some servers answer an HTTP request on their native port with a short note (MongoDB's 'It looks "
                      "like you are trying to access MongoDB over HTTP on the native driver port'), or a proxy passed "
                      "the bytes of a non-HTTP server through. Either way the port called belongs to another service."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "HTML where JSON was expected"),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The call asked for JSON and got an HTML page with status {status}; a gateway that validates "
                      "content (or the calling code) would fail here."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "The request's Accept header asks for JSON, the answer is HTML. Typical reasons: an expired session redirected "
        "to a login page, a captive portal, a catch-all SPA route answering an API path, a maintenance or WAF page "
        "served with 200. This is the textbook's 'HTML where JSON was expected'."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "429 Too Many Requests"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "A rate limit rejected the request (429, {product})."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Rules",
        "429 is the standard answer of a rate limiter; Retry-After, when present, says when to come back."),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "No server error"),
    QT_TRANSLATE_NOOP("Gatescope::Rules", "No server error: the response is {status}."),
    QT_TRANSLATE_NOOP("Gatescope::Rules",
                      "The exchange completed with a status below 500 and nothing that needs a diagnosis."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Nothing accepts the connection"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check that the server process runs and listens on the address and port you called: ss -ltnp | "
                      "grep :PORT on the host (or kubectl get pods / systemctl status SERVICE)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check that it listens on the right interface: a server bound to 127.0.0.1 refuses connections "
                      "from other hosts; bind 0.0.0.0 or the service address."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Look for a firewall that rejects (REJECT rule, security group, NetworkPolicy): an active reset "
                      "looks exactly like 'connection refused'."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "If a container or deployment restarted, read its last log lines and exit code (kubectl logs "
                      "--previous, journalctl -u SERVICE): a crash loop refuses between restarts."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Behind a gateway this becomes 502 on nginx ('connect() failed (111: Connection refused) while connecting to "
        "upstream'), 503 on HAProxy (termination state SC--) and Apache (AH00957 … AH01114), 521 on Cloudflare."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Retrying is safe even for POST: the request never reached the application."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The host name does not resolve"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Resolve the name the way the client does: dig +short HOST A; dig +short HOST AAAA; getent hosts "
                      "HOST (uses /etc/hosts and nsswitch like applications do)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check for a typo, a missing record, an expired domain or a record that exists only in a private "
                      "zone your client cannot see (split-horizon DNS, VPN)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "If the name resolves elsewhere, check the client's resolver configuration (/etc/resolv.conf, "
                      "the container's DNS, a corporate proxy that resolves for you)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "For a gateway in front, the same failure is 502 on nginx ('HOST could not be resolved (3: Host not found)'), "
        "500 'DNS lookup failure for:' on Apache, 503 ERR_DNS_FAIL on Squid, 530 with error 1016 on Cloudflare."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Pin an address to test the server without DNS: curl --resolve HOST:443:ADDRESS https://HOST/PATH."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "TLS handshake fails"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "See what the server presents: openssl s_client -connect HOST:443 -servername HOST -showcerts </dev/null — "
        "check the subject/SAN names, the dates and that intermediate certificates are sent."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "If the certificate is fine, compare protocol versions and ciphers: openssl s_client -tls1_2 / "
                      "-tls1_3; old servers or strict clients may share none."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the client's trust store for a private CA (corporate proxies re-sign traffic): curl "
                      "--cacert CA.pem, or update ca-certificates."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Do not 'fix' it with -k / verify=false in production; it only hides the problem and allows interception."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Behind a gateway: nginx logs 'SSL_do_handshake() failed … while SSL handshaking to upstream' "
                      "(502), HAProxy 'SSL handshake failure' (503), Apache 'Error during SSL Handshake with remote "
                      "server' (500), Cloudflare 525/526."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The connection is never established"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Test the path: nc -vz -w 5 HOST PORT and traceroute -T -p PORT HOST; a silent drop points at a "
                      "firewall, a security group or a network ACL."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Check that the address is current (an old DNS record or a released elastic IP) and that the host is up."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "If the server is up but overloaded, its accept queue may be full: check ss -lnt (Recv-Q at the "
                      "backlog limit) and the application's worker count."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "A gateway in front reports this as 504 on nginx ('upstream timed out (110: Connection timed "
                      "out) while connecting to upstream'), 503 sC-- on HAProxy, 504 after the 3 s dial timeout on "
                      "Caddy, 522 on Cloudflare, 504 after 10 s on ALB."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The request never reached the application: retrying is safe."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The server does not answer in time"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Measure where the time goes: curl -w 'connect %{time_connect} ttfb %{time_starttransfer} total "
        "%{time_total}\\n' -o /dev/null -s URL; a long time to first byte is the application's processing time."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Find the request in the application's logs and traces: a slow database query, a lock, an "
                      "external API call without a timeout, or a request queued behind busy workers."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Compare with the timeouts of every hop in production: nginx proxy_read_timeout 60 s, ALB idle "
                      "timeout 60 s, Cloudflare 100 s, API Gateway 29 s, CloudFront 30 s, Envoy route timeout 15 s. "
                      "The shortest one will turn this into a 504 (Apache: 502, Varnish: 503, Cloudflare: 524)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Move long work out of the request (a job queue and a status endpoint) instead of raising every timeout."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Do not retry non-idempotent requests automatically: the server may still complete the first one."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The connection is reset"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check whether the server process crashed or was restarted at that moment (application logs, OOM "
                      "killer: dmesg | grep -i kill, container restarts)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Look for a keep-alive race: the server closes idle connections sooner than the client reuses them (Node.js "
        "keepAliveTimeout 5 s by default). Make the server's idle timeout longer than every client's and proxy's."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check middleboxes that drop idle connection state (NAT gateways, firewalls with short idle "
                      "timers): they answer the next packet with a reset."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Capture it if it repeats: tcpdump -i any host HOST and port PORT shows who sends the RST."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Behind a gateway: nginx 'recv() failed (104: Connection reset by peer) while reading response header from "
        "upstream' (502), Envoy 'reset reason: remote reset' (503 UR), Squid ERR_READ_ERROR (502)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The server's bytes are not valid HTTP"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Look at the raw bytes (the anomalies give the byte offset): curl -sv --raw URL or printf 'GET / "
                      "HTTP/1.1\\r\\nHost: HOST\\r\\n\\r\\n' | nc HOST PORT | head -c 500 | xxd."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check that the port speaks HTTP: TLS on a plain-HTTP port (or the reverse), a database, SSH or "
                      "gRPC port gives exactly this."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Look for code that writes to the socket before the headers (debug prints, BOMs, PHP notices) or "
                      "builds headers by hand (a missing colon, a bare LF, a header with a newline inside)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check Content-Length against the body actually sent, and chunked encoding produced by hand."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Behind a gateway: nginx 'upstream sent invalid header' / 'upstream sent no valid HTTP/1.0 "
                      "header' (502), HAProxy PH-- (502), Envoy 'protocol error' (502 UPE), Apache 'Corrupt status "
                      "line returned by remote server' (502)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The body was cut short"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Compare the declared length (Content-Length) with the bytes received; the anomalies name the "
                      "offset where it ended."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Check the server for a crash or a write timeout while streaming (application logs; nginx 'upstream "
        "prematurely closed connection while reading upstream' or 'upstream timed out … while reading upstream')."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check every hop's timeouts that apply between reads (nginx proxy_read_timeout, Varnish "
                      "between_bytes_timeout, ALB idle timeout 60 s) for long downloads or streams."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "For large bodies, check proxy buffering and temp-file limits (nginx proxy_max_temp_file_size) "
                      "and disk space on the proxy."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The client stopped the request before any answer"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Read the entry's error name: ERR_ABORTED / NS_BINDING_ABORTED is a request the page or a "
                      "navigation cancelled, ERR_BLOCKED_BY_CLIENT an extension or ad blocker, ERR_BLOCKED_BY_RESPONSE "
                      "or a CORS message a browser policy."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Send the same request on its own (Gatescope's Send, or the exported curl command): if it "
                      "succeeds, the server is fine and the cancel came from the page or the browser."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "If the page cancels on purpose (a new search replaces an old one, a component unmounts), nothing is wrong; if "
        "it should not, look for an AbortController or a timeout in the page's code."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "For a request that was still pending when the HAR was saved, record again and wait for it to "
                      "finish before exporting."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Retrying is safe for idempotent requests; a cancelled POST may or may not have reached the "
                      "server — check its logs before sending it again."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The server closes the connection without answering"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check whether the process died while handling this request (application logs, segfaults, OOM "
                      "kills, a worker timeout such as gunicorn '[CRITICAL] WORKER TIMEOUT')."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "If it happens on reused connections only, it is a keep-alive race: make the server's keep-alive timeout "
        "longer than the client's/proxy's idle timeout (e.g. Node server.keepAliveTimeout > 60 s behind an ALB)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check request size limits that make a server hang up (body too large, too many headers)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Behind a gateway: nginx 'upstream prematurely closed connection while reading response header "
                      "from upstream' (502), HAProxy SH-- (502), Envoy 'connection termination' (503 UC), Squid "
                      "ERR_ZERO_SIZE_OBJECT (502), Cloudflare 520."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Retry idempotent requests only: the server may have processed the request before closing."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Find out what happened"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Read the transport detail and the anomalies below: they record what the client saw."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Repeat the request with curl -v and compare."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Check the logs of every hop at the time of the request."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Cloudflare 520: unusable answer from the origin"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Look at the origin's web server error log at the time of the request for crashes, resets or worker restarts."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Check the size of the response headers (large cookies or tokens): Cloudflare rejects headers over 128 KB."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Compare keep-alive settings: the origin must not close idle connections sooner than Cloudflare "
                      "reuses them (keep the origin's keep-alive well above 30 s)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Prove which hop fails: send the same request straight to the origin, bypassing the gateway, "
                      "with the same Host and TLS name: curl -sv --resolve HOST:443:ORIGIN_IP https://HOST/PATH -o "
                      "/dev/null -w 'connect %{time_connect}s ttfb %{time_starttransfer}s total %{time_total}s\\n'."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Send Cloudflare support two HARs, one proxied and one with the proxy paused, plus the CF-RAY "
                      "value of the failing response."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Cloudflare 521: origin refused the connection"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check that the web server runs and listens on the port the SSL mode uses: 80 for Flexible, 443 "
                      "for Full and Full (strict)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Allow Cloudflare's IP ranges (https://www.cloudflare.com/ips/) in the origin's firewall, "
                      "security group, fail2ban or .htaccess rules."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Retrying is safe: the request never reached the origin."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Cloudflare 522: TCP connection to the origin timed out"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check that the DNS record in Cloudflare points at the current origin IP."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the origin firewall: a rule that silently drops Cloudflare's IP ranges gives 522 (a "
                      "rejecting rule gives 521)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check origin load: a full accept queue (ss -lnt, Recv-Q) makes new connections time out."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Run MTR/traceroute from a network near the Cloudflare POP in the CF-RAY suffix to the origin to "
                      "find packet loss."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Cloudflare 523: origin unreachable"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the origin IP in the Cloudflare DNS record: not a private address, not a released IP."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Ask the hosting provider about routing problems to that address; run MTR to the origin from "
                      "several networks."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "If the origin is in a VPC, check routes that capture Cloudflare's address ranges (e.g. 172.64.0.0/13)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Cloudflare 524: the origin did not answer within 100–120 s"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Find the request in the origin's access and application logs and measure its duration; "
                      "Cloudflare's Proxy Read Timeout is 100 s (documented as 120 s on the 524 page)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Make slow endpoints asynchronous (start a job, return 202, poll a status URL) or stream "
                      "progress so the first byte arrives early."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Enterprise zones can raise proxy_read_timeout (up to 6000 s); other plans cannot — a DNS-only "
                      "(grey-cloud) host name bypasses Cloudflare for long-running calls."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Cloudflare 525/526: TLS between Cloudflare and the origin"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the origin certificate from outside: openssl s_client -connect ORIGIN_IP:443 -servername "
                      "HOST -showcerts </dev/null."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "526 (Full strict): the certificate must be valid, unexpired, trusted (a public CA or a "
                      "Cloudflare Origin CA certificate) and cover HOST; fix it or (temporarily) use Full mode."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "525: make sure the origin serves TLS on 443 with SNI, and supports TLS 1.2+ with a cipher Cloudflare offers."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the web server's error log for handshake errors at the time of the request."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Cloudflare 527: Railgun error"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Railgun is retired: remove the Railgun configuration or the listener on the origin."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "If a listener is still used, check its logs and that its port is reachable from Cloudflare."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Cloudflare 530: origin DNS error"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Read the 1xxx error code in the page: 1016 means the origin host name does not resolve."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the CNAME target or the tunnel the record points to (cloudflared tunnel list); a deleted "
                      "tunnel or load balancer gives 1016."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Resolve the origin name from a public resolver: dig +short ORIGIN_NAME @1.1.1.1."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The error comes from behind Cloudflare"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Cloudflare only wrapped the origin side's 502/504 in its branded page; look at the origin's "
                      "reverse proxy (nginx, a load balancer) and its error log at that time."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Match the CF-RAY value with the origin's access log (CF-Ray request header) to find the request."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "nginx 499: the client gave up"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Find which hop in front of nginx closed the connection: a load balancer idle timeout (ALB 60 "
                      "s), a CDN (Cloudflare 100 s), or the calling client's own timeout."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Compare that timeout with the upstream's response time in nginx's access log ($request_time, "
                      "$upstream_response_time)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Speed up or move the slow endpoint to background work; raise the front timeout only if the long "
                      "wait is intended."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "If health checks or impatient clients cause the 499s, they are harmless noise in the log."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "ALB 460: the client closed the connection"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Find the client's timeout (SDK or HTTP client, browser, mobile app) and compare it with "
                      "target_processing_time in the ALB access log."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Speed up the endpoint or raise the client timeout if the long wait is expected."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "ALB 463: X-Forwarded-For too long"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Look at the X-Forwarded-For header the ALB received: more than 30 addresses usually means a "
                      "proxy forwarding loop."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Check proxies in front of the ALB for a configuration that sends requests back through the load balancer."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Strip or overwrite client-supplied X-Forwarded-For at the first trusted proxy."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "ALB 464: protocol mismatch"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Compare the listener protocol with the target group protocol version (HTTP1, HTTP2, gRPC)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "For gRPC targets, clients must use HTTP/2 (grpc) and the listener must be HTTPS."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "ALB 561: identity provider error"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Read error_reason in the ALB access log for the request."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the IdP's token and user-info endpoints, client id/secret and the callback URL configured "
                      "in the authenticate action."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "A dependency of the application fails"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Find the dependency named in the error (database, pool, cache, another API) and check its "
                      "health and its own logs at that time."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Read the stack trace of the failing dependency call — in the body if debug output is on, else in the "
        "application log or error tracker by time and request id: the innermost frames in the driver or client library "
        "name the operation (the SQL statement, the pool checkout, the outbound HTTP call), and the chain below it "
        "('Caused by:' in Java, 'The above exception was the direct cause of the following exception' in Python) holds "
        "the real error: timeout, connection refused, authentication failed, too many connections."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Database: connections in use vs. max_connections (PostgreSQL: SELECT count(*) FROM pg_stat_activity; MySQL: "
        "SHOW STATUS LIKE 'Threads_connected'), slow queries, locks and deadlocks, failover events."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Connection pool: pool size vs. concurrent requests (HikariCP 'Connection is not available, "
                      "request timed out', SQLAlchemy 'QueuePool limit'); a leak shows as a pool that never drains."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Downstream API: give every outbound call a timeout shorter than the caller's own, retries with "
                      "backoff for idempotent calls, and a circuit breaker."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Check credentials and network paths after a deploy or a rotation (access denied, unknown host)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Answer with 503 and Retry-After while a dependency is down, so clients and gateways back off "
                      "instead of hammering it."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Unhandled exception in the application"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Read the stack trace in the body (or find it in the application log / error tracker by time and "
                      "request id): the top frame in your own code is where to start."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Reproduce with the same request against a local or staging instance: gatescope replay, or the "
                      "curl command of this exchange."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Add handling for this error path and answer with a precise 4xx/5xx instead of an unhandled 500."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Turn off debug pages in production (Django DEBUG=False, Flask/Werkzeug debugger, ASP.NET developer exception "
        "page, PHP display_errors): the stack trace you can read, an attacker can read too."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Check whether a recent deploy introduced it (compare the release time with the first occurrence)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The application reports an error without details"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Find the request in the application's logs by time, path and any request id header "
                      "(X-Request-ID, traceparent)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Make the application log the exception and answer with a problem document (RFC 9457) that "
                      "carries a correlation id."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Check resource limits at that time: memory, file descriptors, disk."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The application reports itself unavailable"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Find which part of the application returns 503 (a readiness check, a maintenance flag, an "
                      "overload guard) from its logs."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Check whether instances are starting up or draining during a deploy."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Send Retry-After with deliberate 503s so clients back off."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "A gateway failed on its own"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Read the gateway's error log at the time of the request (Kong error.log, API Gateway execution "
                      "logs, CloudWatch)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check recent configuration changes: plugins, authorizers, routes, certificates."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Compare with a request that bypasses the gateway to confirm the origin is healthy: Prove which "
                      "hop fails: send the same request straight to the origin, bypassing the gateway, with the same "
                      "Host and TLS name: curl -sv --resolve HOST:443:ORIGIN_IP https://HOST/PATH -o /dev/null -w "
                      "'connect %{time_connect}s ttfb %{time_starttransfer}s total %{time_total}s\\n'."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Find who answered 503"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Send the request with curl -sv and look at Server, Via and vendor headers to find the hop."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check each hop's logs for the request: load balancer, reverse proxy, application."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Look for capacity (CPU, connections, queue lengths), crashed instances and maintenance switches."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Planned maintenance"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Confirm the maintenance window with the team or status page; wait for the time given by "
                      "Retry-After if present."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "If maintenance should be over, check the switch that enables it (a maintenance file, a feature "
                      "flag, a load balancer rule, Heroku maintenance mode)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Serve maintenance responses as 503 with Retry-After and Cache-Control: no-store so CDNs do not keep them."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Rate limit reached"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Read Retry-After and the RateLimit-* / X-RateLimit-* headers to see the limit and the reset time."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Slow the client down: honour Retry-After, add exponential backoff with jitter, and batch requests."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "If the limit is yours: nginx limit_req (log 'limiting requests, excess: … by zone \"…\"') or "
                      "limit_conn ('limiting connections by zone'), Kong rate-limiting, Traefik RateLimit — check the "
                      "zone size, burst and key (a shared NAT address can make many users one client)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Answer rate limits with 429 and Retry-After rather than 503 so clients can tell them from "
                      "outages (nginx: limit_req_status 429)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The server is at capacity"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Scale out the application (more instances or workers) and check autoscaling limits."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Find the bottleneck: CPU, memory, worker/thread pool exhaustion, database connections, a slow "
                      "dependency making requests pile up."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check queue and circuit-breaker settings at the gateway (Envoy max_pending_requests / "
                      "max_requests, AWS CLB surge queue and SpilloverCount)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Shed load on purpose: return 503 with Retry-After early instead of queuing until timeouts."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "No healthy upstream"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "List the backends and their health as the gateway sees them (Envoy /clusters admin endpoint, Traefik "
        "dashboard, Kong /upstreams/NAME/health, ALB target group health, kubectl get endpoints SERVICE)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check why instances are unhealthy: crashed (restart loop), failing health checks (wrong path, "
                      "port or timeout), or not registered/ready."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the health-check configuration itself: a path that needs a database makes every instance "
                      "'down' when only the database is."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check recent deploys: a rollout that takes all instances out at once empties the pool."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Scale or restart the service, then confirm the gateway marks instances healthy again."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "No server took the connection (HAProxy / Apache)"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "HAProxy: read the log line's termination state and server field: 'SC--' = connection refused/error (e.g. "
        "'backend/srv 0/0/-1/-1/3003 503 … SC--' after three connect retries), 'sC--' = timeout connect, '<NOSRV>' = "
        "no server up ('backend/<NOSRV> 0/-1/-1/-1/0 503 … SC--'); the messages 'Server backend/srv is DOWN, reason: "
        "Layer4 connection problem' and 'backend NAME has no server available!' confirm all are down."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Apache: look for 'AH00957: HTTP: attempt to connect to HOST:PORT failed', 'AH01114: HTTP: failed to make "
        "connection to backend' and 'AH00959: ap_proxy_connect_backend disabling worker for (HOST:PORT) for 60s'; "
        "after that, 'AH00940: HTTP: disabled connection' for every request during retry= (60 s by default)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check that the backend listens on the configured address and port: ss -ltnp on the backend "
                      "host, or curl -sv http://BACKEND:PORT/ from the proxy host."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check health checks (HAProxy 'check' / 'option httpchk'): a failing check marks servers DOWN."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "On Apache, lower the worker's retry= so a restarted backend is used again sooner."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Retrying is safe: the request never reached a backend."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "nginx answered 503 itself"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Search nginx's error.log for 'limiting requests, excess: … by zone' or 'limiting connections by "
                      "zone' at that time: limit_req / limit_conn rejected the request."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the zone's rate, burst and key; clients behind one NAT share an address."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Set limit_req_status 429 so clients can tell a rate limit from an outage."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "On ingress-nginx, check that the Service has ready endpoints: kubectl get endpoints SERVICE "
                      "(controller log: 'Service \"ns/name\" does not have any active Endpoint')."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Search the configuration for an explicit 'return 503' (maintenance switches)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "HTML where JSON was expected"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Open the body: a login page means the session or token expired or was not sent; a portal or WAF "
                      "page means something between client and API answered."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check that the request reaches the API route and not a catch-all (an SPA index.html served for "
                      "unknown paths, a wrong base path or trailing slash)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "For API Gateway + Lambda proxy integrations, return {\"statusCode\": 200, \"headers\": {...}, "
                      "\"body\": \"<string>\", \"isBase64Encoded\": false}; the execution log says 'Malformed Lambda "
                      "proxy response' otherwise."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Make the API answer errors as JSON (application/problem+json) and make the client check "
                      "Content-Type before parsing."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Do not retry: the same request will get the same page until the cause is fixed."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "A firewall or proxy answered in the origin's place"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Identify the device from the page (F5, FortiGate, Zscaler, ModSecurity, a capture proxy) and "
                      "ask its owners for the block reason and the request id shown on the page."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the WAF/firewall log for the rule that matched (request size, a signature in a parameter, "
                      "a blocked country or IP)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "If the gateway should not pass through this device, fix the route between gateway and origin."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Reload / retry once to tell a passing block from a standing rule: if the same request goes "
                      "through now, look for a rate or reputation rule that caught a burst (WAF rate-based rule, "
                      "FortiGate DoS policy, fail2ban jail) and slow the client down; if it fails every time, a "
                      "content rule matches (request size, a signature in a parameter or header) and retrying in a "
                      "loop only repeats the block — some devices then ban the client's address."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The gateway cannot connect to its upstream"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check that the upstream listens where the gateway connects: from the gateway host run curl -sv "
                      "http://UPSTREAM:PORT/ (or ss -ltnp on the upstream host)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "nginx error.log: 'connect() failed (111: Connection refused) while connecting to upstream' (or 'connect() to "
        "unix:/run/php-fpm.sock failed (2: No such file or directory)' for a socket); Caddy: 'dial tcp …: connect: "
        "connection refused'; Envoy: 'reset reason: remote connection failure' with flag UF."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the upstream address in the gateway config (proxy_pass, server lines, service discovery) "
                      "against the running service; a container that restarted may have a new address."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check security groups, NetworkPolicies and host firewalls between gateway and origin: a REJECT "
                      "looks like a refused connection; traceroute -T -p PORT UPSTREAM finds routing problems."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Retrying is safe: the request never reached the application."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The gateway cannot resolve its upstream"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Resolve the upstream name from the gateway host or container: getent hosts NAME; dig NAME @RESOLVER."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "nginx: with a variable in proxy_pass, a 'resolver' directive is required ('no resolver defined "
                      "to resolve NAME'); errors read 'NAME could not be resolved (3: Host not found)'."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Apache answers this with 500 'DNS lookup failure for: NAME'; Kong with 503 'name resolution "
                      "failed'; Squid with 503 ERR_DNS_FAIL; HAProxy puts the server in maintenance ('is going DOWN "
                      "for maintenance (DNS NX status)')."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check for a renamed or deleted service, a Kubernetes namespace missing from the name, or a "
                      "resolver that cannot see a private zone."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Once the name resolves again, reload the gateway, then retry: nginx looks up a host name written literally in "
        "proxy_pass or an upstream block only at start and on reload (nginx -s reload), so it keeps an old or missing "
        "address until then — with a 'resolver' directive and a variable in proxy_pass it looks again after the "
        "record's TTL (or resolver … valid=30s); HAProxy with a 'resolvers' section re-checks by itself (hold valid 10 "
        "s by default); Apache mod_proxy keeps the address per worker until apachectl graceful. The retry is safe even "
        "for POST: the request never reached the origin."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "TLS between the gateway and its upstream fails"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "From the gateway host: openssl s_client -connect UPSTREAM:443 -servername UPSTREAM_NAME "
                      "-showcerts </dev/null — check names, dates, chain and protocol."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "nginx: 'SSL_do_handshake() failed … while SSL handshaking to upstream', 'upstream SSL certificate verify "
        "error', 'upstream SSL certificate does not match'. Set proxy_ssl_server_name on and proxy_ssl_name when the "
        "upstream needs SNI; give proxy_ssl_trusted_certificate for a private CA."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Apache: 'Error during SSL Handshake with remote server' (500): check SSLProxyEngine on, "
                      "SSLProxyCACertificateFile, SSLProxyCheckPeerName."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "HAProxy: 'SSL handshake failure' in %[bc_err_str] (503); check 'ssl verify required ca-file …' and 'sni'."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Never leave verification off as the fix; trust the right CA instead."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "A gateway reports its timeout as 502"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Apache: look for 'AH01102: error reading status line from remote server HOST:PORT' with '(70007)The timeout "
        "specified has expired' and 'AH00898: Error reading from remote server returned by /PATH'. Raise ProxyTimeout "
        "(or the worker's timeout=) only if the slow response is expected; the default equals Timeout, 60 s."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Google Cloud classic load balancer: backend service timeout (default 30 s) → 502; raise "
                      "timeoutSec or speed up the backend."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Azure Application Gateway v1: request timeout (default 20 s) in the backend HTTP settings."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Find out why the origin is slow: its logs for the request, slow queries, saturated workers."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The upstream closes the connection before answering"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Gateway logs: nginx 'upstream prematurely closed connection while reading response header from "
                      "upstream'; HAProxy termination state SH--; Envoy 'reset reason: connection termination' (UC); "
                      "Squid ERR_ZERO_SIZE_OBJECT; Apache AH01102 'error reading status line from remote server'."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the upstream for crashes or worker recycling at that time (OOM kills, gunicorn "
                      "'[CRITICAL] WORKER TIMEOUT', PHP-FPM 'child exited')."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "If it is intermittent under low traffic: a keep-alive race. Make the upstream's idle timeout longer than the "
        "gateway's (Node: server.keepAliveTimeout and headersTimeout above 60 s behind an ALB; nginx upstream "
        "keepalive_timeout; Envoy/Istio DestinationRule idleTimeout shorter than the app's)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check body and header size limits at the upstream that make it hang up."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Retry only idempotent requests: the upstream may already have processed it."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The upstream resets the connection"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Gateway logs: nginx 'recv() failed (104: Connection reset by peer) while reading response header from "
        "upstream'; Envoy 'remote reset' (UR); Squid ERR_READ_ERROR; Fastly 'backend read error'."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check for the upstream process being killed (OOM, a liveness probe, a deploy) at that moment."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check firewalls/NAT between gateway and upstream that drop idle connection state, and "
                      "keep-alive timeouts (the upstream's must be longer than the gateway's)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Capture on the gateway host if it repeats: tcpdump -i any host UPSTREAM and port PORT."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The upstream's response is not valid HTTP"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Gateway logs: nginx 'upstream sent invalid header: …', 'upstream sent no valid HTTP/1.0 "
                      "header', 'upstream sent too big header while reading response header from upstream'; HAProxy "
                      "PH--; Envoy 'protocol error' (UPE); Squid ERR_INVALID_RESP ('Headers did not parse at all'); "
                      "Apache 'Corrupt status line returned by remote server'."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Fetch from the upstream directly and read the raw bytes: curl -sv --raw "
                      "http://UPSTREAM:PORT/PATH (or gatescope probe) and look for the anomaly at the given offset."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Reload / retry once to tell a one-off from a bug: a worker killed in the middle of a response "
                      "(OOM killer, a deploy, a crash) garbles one answer; a handler that writes a bad header or body "
                      "does it every time, and further retries only add load. nginx already passes idempotent requests "
                      "to the next server on 'error timeout' (proxy_next_upstream); add 'invalid_header' there only "
                      "when a single server of the pool is broken, and fix that server."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Too big header: raise nginx proxy_buffer_size / proxy_buffers (large cookies or tokens), or "
                      "shrink the headers; ALB rejects headers over 32 KB, Cloudflare over 128 KB."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check that the upstream port speaks plain HTTP/1.1 (not TLS, not HTTP/2 prior-knowledge, not "
                      "another protocol)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Fix the application code that writes headers by hand or prints before the headers."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The gateway says the upstream failed, but not how"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Read the gateway's own log line for this request; it names the failure. nginx error.log: one of 'connect() "
        "failed (111: Connection refused) while connecting to upstream', 'upstream prematurely closed connection while "
        "reading response header from upstream', 'recv() failed (104: Connection reset by peer)', 'upstream sent "
        "invalid header', 'no live upstreams while connecting to upstream'."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "HAProxy log: the termination state — 'SH--' closed or reset before the headers, 'PH--' invalid "
                      "response. Apache error log: 'AH01102: error reading status line from remote server' preceded by "
                      "'(104)Connection reset by peer' (reset) or '(20014)Internal error' (closed); 'AH01106: bad "
                      "HTTP/1.1 header returned by /PATH' (bad header)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Caddy error log (logger http.log.error): 'dial tcp …: connect: connection refused', 'EOF' (closed), 'read: "
        "connection reset by peer', 'malformed HTTP status code' / 'malformed MIME header' (garbage or bad header). "
        "Varnish: varnishlog FetchError ('HTC eof', 'http format error', 'fail errno 111'). Squid: X-Squid-Error and "
        "cache.log ('Invalid Response: No object data received', 'Bad header encountered')."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "ALB: access log target_status_code '-' and error_reason; CloudWatch HTTPCode_ELB_502_Count vs "
                      "HTTPCode_Target_5XX_Count. Kong: its error.log (nginx lines)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "If the 502 is intermittent, compare keep-alive timeouts of every adjacent pair (the upstream's "
                      "must exceed the gateway's)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Check whether the upstream restarted or was deployed at that time."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The gateway cannot connect to its upstream in time"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Gateway logs: Squid ERR_CONNECT_FAIL 110; Envoy 'reset reason: connection timeout' (UF); "
                      "HAProxy sC--; Varnish FetchError 'fail errno 110 (Connection timed out)'."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "From the gateway host: nc -vz -w 5 UPSTREAM PORT; a silent drop points at a security group, "
                      "NetworkPolicy or firewall."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the upstream's accept queue and worker count (it may be too busy to accept)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Connect timeouts are short on purpose (Varnish connect_timeout 3.5 s, Envoy cluster "
                      "connect_timeout 5 s); raise them only for a known slow network."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The gateway gave up waiting for the upstream's response (503)"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Varnish: FetchError 'first byte timeout' in varnishlog; raise first_byte_timeout (default 60 s) "
                      "per backend only if the slowness is expected."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Fastly: first_byte_timeout 15 s by default (max 600 s); Heroku H12 after 30 s cannot be raised "
                      "— move the work to a background job."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "API Gateway HTTP API: integration timeout 30 s maximum."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Find why the origin is slow (logs, traces, slow queries, saturated workers)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Varnish: backend fetch failed"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Run varnishlog -g request -q 'RespStatus == 503' and read the FetchError line: 'backend NAME: fail errno 111 "
        "(Connection refused)', 'first byte timeout', 'HTC eof (-1)' (closed, reset or garbage), 'http format error' "
        "(bad header), 'backend NAME: unhealthy' / 'backend dead: unhealthy', 'backend NAME: busy'."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Check backend health with varnishadm backend.list."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "For timeouts, compare first_byte_timeout (60 s) and connect_timeout (3.5 s) with the backend's "
                      "response time."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "The built-in error page carries Retry-After: 5; it does not mean the backend will be back in 5 s."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The gateway cannot reach the origin (connect timeout)"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Gateway logs: nginx 'upstream timed out (110: Connection timed out) while connecting to "
                      "upstream'; Caddy 'dial tcp …: i/o timeout' (dial_timeout 3 s); ALB target connection not "
                      "established within 10 s; CloudFront OriginCommError."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "From the gateway host: nc -vz -w 5 ORIGIN PORT and traceroute -T -p PORT ORIGIN; check security "
                      "groups, NACLs (ephemeral return ports), NetworkPolicies and routes."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check that the origin address in the config is current (DNS TTLs, rotated instances)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Raise the timeout only for a path that is slow to connect but works (a distant region, a busy NAT or proxy in "
        "between): nginx proxy_connect_timeout (60 s; it usually cannot exceed 75 s), HAProxy timeout connect, Varnish "
        "backend .connect_timeout (3.5 s), Caddy reverse_proxy transport http { dial_timeout } (3 s), Envoy cluster "
        "connect_timeout (5 s), Traefik serversTransport forwardingTimeouts.dialTimeout (30 s). When nothing answers "
        "at all (a firewall silently dropping SYNs), a longer timeout only makes the 504 slower."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check whether the origin is so overloaded that it no longer accepts connections."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The origin is slower than the gateway's timeout"),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Find the request in the origin's logs and measure how long it really took; look for slow queries, locks, "
        "external calls and saturated worker pools (too many concurrent requests queue up)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Scale the origin (more workers/instances) or limit concurrency at the gateway so requests fail "
                      "fast instead of queueing."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Only if the long response is expected, raise the timeout on the hop that fired: nginx proxy_read_timeout (60 "
        "s), HAProxy timeout server, Apache ProxyTimeout, Varnish first_byte_timeout, Squid read_timeout, Caddy "
        "transport response_header_timeout, Envoy route timeout (15 s), Kong service read_timeout, ALB idle timeout "
        "(60 s), Cloudflare (100 s, Enterprise only), CloudFront origin response timeout (30 s), API Gateway "
        "integration timeout (29 s) — and every hop in front of it, or the next one fires instead."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "nginx error.log: 'upstream timed out (110: Connection timed out) while reading response header "
                      "from upstream'; HAProxy sH--; Envoy UT 'upstream request timeout'."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Better: make slow work asynchronous (202 Accepted + a status URL) or stream the response."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "The origin accepted the request and never answered"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Find the request in the origin's logs: no log line at all suggests it never finished (a stuck "
                      "thread, a deadlock, a swallowed exception that never wrote a response)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Take a thread dump / stack dump of the origin while a request hangs (jstack, py-spy dump, "
                      "dotnet-stack, kill -QUIT for Go) to see where it waits."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Raise the timeout only if the origin does answer, just late (its log shows the request finishing after the "
        "gateway gave up) — a request that hangs forever hangs past any limit: nginx proxy_read_timeout (60 s, counted "
        "between two reads), HAProxy timeout server, Apache ProxyTimeout (falls back to Timeout, 60 s), Varnish "
        "first_byte_timeout (60 s), Squid read_timeout (15 min), Caddy reverse_proxy transport http { "
        "response_header_timeout } (unset: no limit), Kong service read_timeout (60000 ms). Keep every hop's limit "
        "longer than the one behind it, or the outer one answers first."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Scale the origin when requests wait for a free worker: a saturated pool leaves them unanswered "
                      "(PHP-FPM logs 'server reached pm.max_children setting', gunicorn '[CRITICAL] WORKER TIMEOUT', "
                      "Tomcat all maxThreads busy in the thread dump); add workers or instances, or cap concurrency at "
                      "the gateway (nginx 'server … max_conns=N', HAProxy 'maxconn' on the server line with 'timeout "
                      "queue') so the excess waits in a queue with its own limit instead of hanging."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Give every outbound call of the origin a timeout shorter than the gateway's, so it can answer "
                      "with an error instead of nothing."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check the gateway's log for the timeout line (nginx 'upstream timed out … while reading "
                      "response header from upstream', HAProxy sH--, Kong 'The upstream server is timing out', API "
                      "Gateway 'Endpoint request timed out')."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Nothing to fix"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "The response is not a server error. If the client still failed, check how it handled this "
                      "response (parsing, redirects, caching)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Cloudflare Tunnel not connected (1033)"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check that cloudflared runs for this tunnel: cloudflared tunnel list / cloudflared tunnel info "
                      "NAME shows its connections; the Zero Trust dashboard shows the tunnel as HEALTHY or DOWN."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Read cloudflared's log: 'Registered tunnel connection' lines mean it is connected; 'Unable to "
                      "reach the origin service' or authentication errors name the problem."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Check that the DNS record (CNAME to <UUID>.cfargotunnel.com) and the public hostname in the "
                      "tunnel configuration point at the tunnel whose connector runs."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "Quick tunnels (trycloudflare.com) end with the cloudflared process: start it again and use the new address."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists", "Another protocol answered: wrong port or scheme"),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Read the protocol named in the evidence: it tells which service listens on the port that was "
                      "called (Redis, PostgreSQL, MySQL, SSH, a mail server, a TLS-only or HTTP/2-only server)."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Find the HTTP port of the service you meant: docker ps / docker compose port, kubectl get svc "
                      "(port vs targetPort), ss -ltnp on the host."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "Fix the address the gateway uses: nginx proxy_pass / upstream server, HAProxy server line, "
                      "Apache ProxyPass, Squid cache_peer, Traefik/Envoy/Kong service URL, or the client's URL."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "A TLS record means the upstream speaks TLS: use https:// in the upstream URL (proxy_pass "
                      "https://, 'ssl' on the HAProxy server line, SSLProxyEngine on for Apache)."),
    QT_TRANSLATE_NOOP(
        "Gatescope::Checklists",
        "An HTTP/2 frame means the upstream speaks only HTTP/2 cleartext (h2c, gRPC): use grpc_pass or an h2c-capable "
        "upstream setting (Envoy http2_protocol_options, Traefik h2c://, HAProxy 'proto h2')."),
    QT_TRANSLATE_NOOP("Gatescope::Checklists",
                      "After the fix the gateway should log a normal upstream status; until then the request never "
                      "reached the application."),
};

} // namespace Gatescope
