<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Gatescope::AddressOverride</name>
    <message>
        <source>%1: removing an entry (-HOST:PORT) is not supported</source>
        <translation>%1: Einträge entfernen (-HOST:PORT) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: an address in brackets needs its &quot;]&quot; followed by &quot;:&quot;</source>
        <translation>%1: Auf eine Adresse in Klammern muss &quot;]&quot; und dann &quot;:&quot; folgen</translation>
    </message>
    <message>
        <source>%1: the address is missing; the form is HOST:PORT:ADDRESS[,ADDRESS…]</source>
        <extracomment>%1 = the option and its argument; HOST, PORT and ADDRESS stay as they are (curl&apos;s syntax)</extracomment>
        <translation>%1: Die Adresse fehlt; die Form ist HOST:PORT:ADDRESS[,ADDRESS…]</translation>
    </message>
    <message>
        <source>%1: the host is empty</source>
        <translation>%1: Der Host ist leer</translation>
    </message>
    <message>
        <source>%1: the port &quot;%2&quot; is not a number from 1 to 65535</source>
        <extracomment>%1 = the option and its argument, %2 = the port as written</extracomment>
        <translation>%1: Der Port &quot;%2&quot; ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>%1: address %2, &quot;%3&quot;, is not an IP address</source>
        <extracomment>%1 = the option and its argument, %2 = which address (1, 2, …), %3 = the address as written</extracomment>
        <translation>%1: Adresse %2, &quot;%3&quot;, ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>%1: a part is missing; the form is HOST1:PORT1:HOST2:PORT2 (parts may be empty)</source>
        <extracomment>%1 = the option and its argument; HOST1, PORT1, HOST2 and PORT2 stay as they are (curl&apos;s syntax)</extracomment>
        <translation>%1: Ein Teil fehlt; die Form ist HOST1:PORT1:HOST2:PORT2 (Teile dürfen leer sein)</translation>
    </message>
    <message>
        <source>%1: the port &quot;%2&quot; is not empty or a number from 1 to 65535</source>
        <translation>%1: Der Port &quot;%2&quot; ist weder leer noch eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>%1: the target port &quot;%2&quot; is not empty or a number from 1 to 65535</source>
        <translation>%1: Der Zielport &quot;%2&quot; ist weder leer noch eine Zahl von 1 bis 65535</translation>
    </message>
</context>
<context>
    <name>Gatescope::CaptureImporter</name>
    <message>
        <source>%1: not a capture Gatescope can read: expected a HAR file, a curl command, a raw HTTP request or response, or an .http file (%2 begins with &quot;%3&quot;)</source>
        <translation>%1: kein Mitschnitt, den Gatescope lesen kann: erwartet wird eine HAR-Datei, ein curl-Befehl, eine rohe HTTP-Anfrage oder -Antwort oder eine .http-Datei (%2 beginnt mit &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: the input is empty</source>
        <translation>%1: die Eingabe ist leer</translation>
    </message>
    <message>
        <source>%1: %2: binary data (byte 0x%3) where text was expected; this is not a capture</source>
        <translation>%1: %2: Binärdaten (Byte 0x%3), wo Text erwartet wurde; das ist kein Mitschnitt</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: is a folder, not a capture file</source>
        <translation>%1: ist ein Ordner, keine Mitschnittdatei</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: %2 MB of UTF-16 text is too large (at most %3 MB); save it as UTF-8</source>
        <translation>%1: %2 MB UTF-16-Text ist zu groß (höchstens %3 MB); als UTF-8 speichern</translation>
    </message>
    <message>
        <source>%1: %2 MB is too large for a curl command, raw HTTP text or .http file (at most %3 MB); only HAR files may be this large</source>
        <translation>%1: %2 MB ist zu groß für einen curl-Befehl, rohen HTTP-Text oder eine .http-Datei (höchstens %3 MB); nur HAR-Dateien dürfen so groß sein</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2: binary data (byte 0x%3) where text was expected</source>
        <translation>%1: %2: Binärdaten (Byte 0x%3), wo Text erwartet wurde</translation>
    </message>
    <message>
        <source>%1: import cancelled</source>
        <translation>%1: Import abgebrochen</translation>
    </message>
    <message>
        <source>%1: line 1: this is an HTTPie command (%2), not a curl command; run it with --offline to print the request it would send, or with --print=HBhb to print the request and the response, and read that output instead</source>
        <translation>%1: Zeile 1: Das ist ein HTTPie-Befehl (%2), kein curl-Befehl; führen Sie ihn mit --offline aus, um die Anfrage auszugeben, die er senden würde, oder mit --print=HBhb, um Anfrage und Antwort auszugeben, und lesen Sie stattdessen diese Ausgabe ein</translation>
    </message>
    <message>
        <source>%1: line 1: this is a wget command, not its output; run it with -S (--server-response) and read what it prints instead</source>
        <translation>%1: Zeile 1: Das ist ein wget-Befehl, nicht seine Ausgabe; führen Sie ihn mit -S (--server-response) aus und lesen Sie stattdessen ein, was er ausgibt</translation>
    </message>
    <message>
        <source>%1: there is no status line and no header, only a page; its title names %2, which is read as the status (paste the output of curl -i to keep the headers, which often name the hop)</source>
        <translation>%1: Es gibt keine Statuszeile und keine Header, nur eine Seite; ihr Titel nennt %2, das als Status gelesen wird (fügen Sie die Ausgabe von curl -i ein, um die Header zu behalten, die oft den Hop nennen)</translation>
    </message>
    <message>
        <source>%1: part of the output was cut out by hand (&quot;[ ... ]&quot;, &quot;...&quot;, &quot;&lt;snip&gt;&quot; or &quot;[truncated]&quot;); what is missing cannot be diagnosed and the verdict is less certain</source>
        <translation>%1: ein Teil der Ausgabe wurde von Hand herausgeschnitten (&quot;[ ... ]&quot;, &quot;...&quot;, &quot;&lt;snip&gt;&quot; oder &quot;[truncated]&quot;); was fehlt, kann nicht diagnostiziert werden, und das Urteil ist weniger sicher</translation>
    </message>
    <message>
        <source>%1: %2: Invoke-WebRequest is named here, but not as a command at the start of a line; put the call on a line of its own, or copy the request with &quot;Copy as cURL&quot; instead</source>
        <translation>%1: %2: Invoke-WebRequest wird hier genannt, aber nicht als Befehl am Zeilenanfang; setzen Sie den Aufruf in eine eigene Zeile oder kopieren Sie die Anfrage stattdessen mit „Als cURL kopieren“</translation>
    </message>
    <message>
        <source>%1: the text holds more than one answer; the failing one is read (a healthy answer above it was skipped)</source>
        <translation>%1: Der Text enthält mehr als eine Antwort; die fehlgeschlagene wird gelesen (eine gesunde Antwort darüber wurde übersprungen)</translation>
    </message>
</context>
<context>
    <name>Gatescope::CauseTitles</name>
    <message>
        <source>The application hit an unhandled error</source>
        <translation>Die Anwendung stieß auf einen unbehandelten Fehler</translation>
    </message>
    <message>
        <source>A service the application depends on failed</source>
        <translation>Ein Dienst, von dem die Anwendung abhängt, ist ausgefallen</translation>
    </message>
    <message>
        <source>The application answered with an error</source>
        <translation>Die Anwendung antwortete mit einem Fehler</translation>
    </message>
    <message>
        <source>The application answered in an unexpected form</source>
        <translation>Die Anwendung antwortete in unerwarteter Form</translation>
    </message>
    <message>
        <source>The gateway could not connect to the upstream</source>
        <translation>Das Gateway konnte keine Verbindung zum Upstream herstellen</translation>
    </message>
    <message>
        <source>The gateway gave up waiting for the upstream</source>
        <translation>Das Gateway gab das Warten auf den Upstream auf</translation>
    </message>
    <message>
        <source>The upstream closed the connection early</source>
        <translation>Der Upstream schloss die Verbindung zu früh</translation>
    </message>
    <message>
        <source>The upstream reset the connection</source>
        <translation>Der Upstream setzte die Verbindung zurück</translation>
    </message>
    <message>
        <source>The upstream&apos;s answer was not usable HTTP</source>
        <translation>Die Antwort des Upstreams war kein brauchbares HTTP</translation>
    </message>
    <message>
        <source>TLS between gateway and upstream failed</source>
        <translation>TLS zwischen Gateway und Upstream schlug fehl</translation>
    </message>
    <message>
        <source>The gateway could not resolve the upstream&apos;s name</source>
        <translation>Das Gateway konnte den Namen des Upstreams nicht auflösen</translation>
    </message>
    <message>
        <source>The gateway reported an upstream failure</source>
        <translation>Das Gateway meldete einen Upstream-Fehler</translation>
    </message>
    <message>
        <source>No healthy upstream to send to</source>
        <translation>Kein gesunder Upstream verfügbar</translation>
    </message>
    <message>
        <source>A rate or connection limit rejected the request</source>
        <translation>Ein Raten- oder Verbindungslimit wies die Anfrage ab</translation>
    </message>
    <message>
        <source>The server is at capacity</source>
        <translation>Der Server ist ausgelastet</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>Geplante Wartung</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Closed before a complete response</source>
        <translation>Vor einer vollständigen Antwort geschlossen</translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation>Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>Not a usable HTTP response</source>
        <translation>Keine brauchbare HTTP-Antwort</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>Host name did not resolve</source>
        <translation>Hostname nicht auflösbar</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Von Ihnen abgebrochen</translation>
    </message>
    <message>
        <source>Cause not decided</source>
        <translation>Ursache nicht entschieden</translation>
    </message>
    <message>
        <source>No server error</source>
        <translation>Kein Serverfehler</translation>
    </message>
    <message>
        <source>Retry with backoff</source>
        <translation>Mit Backoff erneut versuchen</translation>
    </message>
    <message>
        <source>Retry after the time the server asked for</source>
        <translation>Nach der vom Server verlangten Zeit erneut versuchen</translation>
    </message>
    <message>
        <source>Do not retry as it is</source>
        <translation>Nicht unverändert wiederholen</translation>
    </message>
    <message>
        <source>Fix the cause first; retrying will not help</source>
        <translation>Erst die Ursache beheben; Wiederholen hilft nicht</translation>
    </message>
    <message>
        <source>HTTP/2 stream reset by the server</source>
        <translation>HTTP/2-Stream vom Server zurückgesetzt</translation>
    </message>
    <message>
        <source>HTTP/2 connection closed with GOAWAY</source>
        <translation>HTTP/2-Verbindung mit GOAWAY geschlossen</translation>
    </message>
    <message>
        <source>HTTP/2 flow-control stall</source>
        <translation>HTTP/2-Flusskontrolle blockiert</translation>
    </message>
    <message>
        <source>Request headers refused over HTTP/2</source>
        <translation>Anfrage-Header über HTTP/2 abgelehnt</translation>
    </message>
</context>
<context>
    <name>Gatescope::Checklists</name>
    <message>
        <source>Nothing accepts the connection</source>
        <translation>Nichts nimmt die Verbindung an</translation>
    </message>
    <message>
        <source>Check that the server process runs and listens on the address and port you called: ss -ltnp | grep :PORT on the host (or kubectl get pods / systemctl status SERVICE).</source>
        <translation>Prüfen Sie, ob der Serverprozess läuft und auf der aufgerufenen Adresse und dem Port lauscht: ss -ltnp | grep :PORT auf dem Host (oder kubectl get pods / systemctl status SERVICE).</translation>
    </message>
    <message>
        <source>Check that it listens on the right interface: a server bound to 127.0.0.1 refuses connections from other hosts; bind 0.0.0.0 or the service address.</source>
        <translation>Prüfen Sie, ob er auf der richtigen Schnittstelle lauscht: ein an 127.0.0.1 gebundener Server lehnt Verbindungen anderer Hosts ab; binden Sie 0.0.0.0 oder die Dienstadresse.</translation>
    </message>
    <message>
        <source>Look for a firewall that rejects (REJECT rule, security group, NetworkPolicy): an active reset looks exactly like &apos;connection refused&apos;.</source>
        <translation>Suchen Sie nach einer ablehnenden Firewall (REJECT-Regel, Security Group, NetworkPolicy): ein aktiver Reset sieht genauso aus wie &apos;connection refused&apos;.</translation>
    </message>
    <message>
        <source>If a container or deployment restarted, read its last log lines and exit code (kubectl logs --previous, journalctl -u SERVICE): a crash loop refuses between restarts.</source>
        <translation>Wenn ein Container oder Deployment neu gestartet ist, lesen Sie seine letzten Protokollzeilen und den Exit-Code (kubectl logs --previous, journalctl -u SERVICE): eine Crash-Schleife lehnt zwischen den Neustarts ab.</translation>
    </message>
    <message>
        <source>Behind a gateway this becomes 502 on nginx (&apos;connect() failed (111: Connection refused) while connecting to upstream&apos;), 503 on HAProxy (termination state SC--) and Apache (AH00957 … AH01114), 521 on Cloudflare.</source>
        <translation>Hinter einem Gateway wird das zu 502 bei nginx (&apos;connect() failed (111: Connection refused) while connecting to upstream&apos;), 503 bei HAProxy (Endzustand SC--) und Apache (AH00957 … AH01114), 521 bei Cloudflare.</translation>
    </message>
    <message>
        <source>Retrying is safe even for POST: the request never reached the application.</source>
        <translation>Wiederholen ist sogar für POST sicher: die Anfrage hat die Anwendung nie erreicht.</translation>
    </message>
    <message>
        <source>The host name does not resolve</source>
        <translation>Der Hostname lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>Resolve the name the way the client does: dig +short HOST A; dig +short HOST AAAA; getent hosts HOST (uses /etc/hosts and nsswitch like applications do).</source>
        <translation>Lösen Sie den Namen so auf, wie der Client es tut: dig +short HOST A; dig +short HOST AAAA; getent hosts HOST (nutzt /etc/hosts und nsswitch wie Anwendungen).</translation>
    </message>
    <message>
        <source>Check for a typo, a missing record, an expired domain or a record that exists only in a private zone your client cannot see (split-horizon DNS, VPN).</source>
        <translation>Prüfen Sie auf einen Tippfehler, einen fehlenden Eintrag, eine abgelaufene Domain oder einen Eintrag, der nur in einer privaten Zone existiert, die Ihr Client nicht sieht (Split-Horizon-DNS, VPN).</translation>
    </message>
    <message>
        <source>If the name resolves elsewhere, check the client&apos;s resolver configuration (/etc/resolv.conf, the container&apos;s DNS, a corporate proxy that resolves for you).</source>
        <translation>Wenn der Name anderswo aufgelöst wird, prüfen Sie die Resolver-Konfiguration des Clients (/etc/resolv.conf, das DNS des Containers, ein Firmen-Proxy, der für Sie auflöst).</translation>
    </message>
    <message>
        <source>For a gateway in front, the same failure is 502 on nginx (&apos;HOST could not be resolved (3: Host not found)&apos;), 500 &apos;DNS lookup failure for:&apos; on Apache, 503 ERR_DNS_FAIL on Squid, 530 with error 1016 on Cloudflare.</source>
        <translation>Für ein vorgelagertes Gateway ist derselbe Fehler 502 bei nginx (&apos;HOST could not be resolved (3: Host not found)&apos;), 500 &apos;DNS lookup failure for:&apos; bei Apache, 503 ERR_DNS_FAIL bei Squid, 530 mit Fehler 1016 bei Cloudflare.</translation>
    </message>
    <message>
        <source>Pin an address to test the server without DNS: curl --resolve HOST:443:ADDRESS https://HOST/PATH.</source>
        <translation>Legen Sie eine Adresse fest, um den Server ohne DNS zu testen: curl --resolve HOST:443:ADRESSE https://HOST/PFAD.</translation>
    </message>
    <message>
        <source>TLS handshake fails</source>
        <translation>Der TLS-Handshake scheitert</translation>
    </message>
    <message>
        <source>See what the server presents: openssl s_client -connect HOST:443 -servername HOST -showcerts &lt;/dev/null — check the subject/SAN names, the dates and that intermediate certificates are sent.</source>
        <translation>Sehen Sie, was der Server vorlegt: openssl s_client -connect HOST:443 -servername HOST -showcerts &lt;/dev/null — prüfen Sie Subject-/SAN-Namen, die Daten und ob Zwischenzertifikate gesendet werden.</translation>
    </message>
    <message>
        <source>If the certificate is fine, compare protocol versions and ciphers: openssl s_client -tls1_2 / -tls1_3; old servers or strict clients may share none.</source>
        <translation>Wenn das Zertifikat in Ordnung ist, vergleichen Sie Protokollversionen und Ciphers: openssl s_client -tls1_2 / -tls1_3; alte Server oder strenge Clients haben vielleicht keine gemeinsame.</translation>
    </message>
    <message>
        <source>Check the client&apos;s trust store for a private CA (corporate proxies re-sign traffic): curl --cacert CA.pem, or update ca-certificates.</source>
        <translation>Prüfen Sie den Trust Store des Clients auf eine private CA (Firmen-Proxys signieren den Verkehr neu): curl --cacert CA.pem oder ca-certificates aktualisieren.</translation>
    </message>
    <message>
        <source>Do not &apos;fix&apos; it with -k / verify=false in production; it only hides the problem and allows interception.</source>
        <translation>&apos;Beheben&apos; Sie es in der Produktion nicht mit -k / verify=false; das verdeckt das Problem nur und ermöglicht Abfangen.</translation>
    </message>
    <message>
        <source>Behind a gateway: nginx logs &apos;SSL_do_handshake() failed … while SSL handshaking to upstream&apos; (502), HAProxy &apos;SSL handshake failure&apos; (503), Apache &apos;Error during SSL Handshake with remote server&apos; (500), Cloudflare 525/526.</source>
        <translation>Hinter einem Gateway: nginx protokolliert &apos;SSL_do_handshake() failed … while SSL handshaking to upstream&apos; (502), HAProxy &apos;SSL handshake failure&apos; (503), Apache &apos;Error during SSL Handshake with remote server&apos; (500), Cloudflare 525/526.</translation>
    </message>
    <message>
        <source>The connection is never established</source>
        <translation>Die Verbindung kommt nie zustande</translation>
    </message>
    <message>
        <source>Test the path: nc -vz -w 5 HOST PORT and traceroute -T -p PORT HOST; a silent drop points at a firewall, a security group or a network ACL.</source>
        <translation>Testen Sie den Pfad: nc -vz -w 5 HOST PORT und traceroute -T -p PORT HOST; ein stilles Verwerfen weist auf eine Firewall, eine Security Group oder eine Netzwerk-ACL hin.</translation>
    </message>
    <message>
        <source>Check that the address is current (an old DNS record or a released elastic IP) and that the host is up.</source>
        <translation>Prüfen Sie, ob die Adresse aktuell ist (ein alter DNS-Eintrag oder eine freigegebene Elastic IP) und ob der Host läuft.</translation>
    </message>
    <message>
        <source>If the server is up but overloaded, its accept queue may be full: check ss -lnt (Recv-Q at the backlog limit) and the application&apos;s worker count.</source>
        <translation>Wenn der Server läuft, aber überlastet ist, ist vielleicht seine Accept-Warteschlange voll: prüfen Sie ss -lnt (Recv-Q an der Backlog-Grenze) und die Worker-Anzahl der Anwendung.</translation>
    </message>
    <message>
        <source>A gateway in front reports this as 504 on nginx (&apos;upstream timed out (110: Connection timed out) while connecting to upstream&apos;), 503 sC-- on HAProxy, 504 after the 3 s dial timeout on Caddy, 522 on Cloudflare, 504 after 10 s on ALB.</source>
        <translation>Ein vorgelagertes Gateway meldet das als 504 bei nginx (&apos;upstream timed out (110: Connection timed out) while connecting to upstream&apos;), 503 sC-- bei HAProxy, 504 nach dem 3-s-Dial-Timeout bei Caddy, 522 bei Cloudflare, 504 nach 10 s bei ALB.</translation>
    </message>
    <message>
        <source>The request never reached the application: retrying is safe.</source>
        <translation>Die Anfrage hat die Anwendung nie erreicht: Wiederholen ist sicher.</translation>
    </message>
    <message>
        <source>The server does not answer in time</source>
        <translation>Der Server antwortet nicht rechtzeitig</translation>
    </message>
    <message>
        <source>Measure where the time goes: curl -w &apos;connect %{time_connect} ttfb %{time_starttransfer} total %{time_total}\n&apos; -o /dev/null -s URL; a long time to first byte is the application&apos;s processing time.</source>
        <translation>Messen Sie, wohin die Zeit geht: curl -w &apos;connect %{time_connect} ttfb %{time_starttransfer} total %{time_total}\n&apos; -o /dev/null -s URL; eine lange Zeit bis zum ersten Byte ist die Verarbeitungszeit der Anwendung.</translation>
    </message>
    <message>
        <source>Find the request in the application&apos;s logs and traces: a slow database query, a lock, an external API call without a timeout, or a request queued behind busy workers.</source>
        <translation>Finden Sie die Anfrage in Protokollen und Traces der Anwendung: eine langsame Datenbankabfrage, eine Sperre, ein externer API-Aufruf ohne Timeout oder eine Anfrage, die hinter beschäftigten Workern wartet.</translation>
    </message>
    <message>
        <source>Compare with the timeouts of every hop in production: nginx proxy_read_timeout 60 s, ALB idle timeout 60 s, Cloudflare 100 s, API Gateway 29 s, CloudFront 30 s, Envoy route timeout 15 s. The shortest one will turn this into a 504 (Apache: 502, Varnish: 503, Cloudflare: 524).</source>
        <translation>Vergleichen Sie mit den Timeouts jedes Hops in der Produktion: nginx proxy_read_timeout 60 s, ALB-Leerlauf-Timeout 60 s, Cloudflare 100 s, API Gateway 29 s, CloudFront 30 s, Envoy-Routen-Timeout 15 s. Das kürzeste macht daraus ein 504 (Apache: 502, Varnish: 503, Cloudflare: 524).</translation>
    </message>
    <message>
        <source>Move long work out of the request (a job queue and a status endpoint) instead of raising every timeout.</source>
        <translation>Lagern Sie lange Arbeit aus der Anfrage aus (eine Job-Warteschlange und ein Status-Endpunkt), statt jedes Timeout zu erhöhen.</translation>
    </message>
    <message>
        <source>Do not retry non-idempotent requests automatically: the server may still complete the first one.</source>
        <translation>Nicht-idempotente Anfragen nicht automatisch wiederholen: der Server könnte die erste noch abschließen.</translation>
    </message>
    <message>
        <source>The connection is reset</source>
        <translation>Die Verbindung wird zurückgesetzt</translation>
    </message>
    <message>
        <source>Check whether the server process crashed or was restarted at that moment (application logs, OOM killer: dmesg | grep -i kill, container restarts).</source>
        <translation>Prüfen Sie, ob der Serverprozess in diesem Moment abgestürzt ist oder neu gestartet wurde (Anwendungsprotokolle, OOM-Killer: dmesg | grep -i kill, Container-Neustarts).</translation>
    </message>
    <message>
        <source>Look for a keep-alive race: the server closes idle connections sooner than the client reuses them (Node.js keepAliveTimeout 5 s by default). Make the server&apos;s idle timeout longer than every client&apos;s and proxy&apos;s.</source>
        <translation>Suchen Sie nach einem Keep-Alive-Wettlauf: der Server schließt untätige Verbindungen früher, als der Client sie wiederverwendet (Node.js keepAliveTimeout standardmäßig 5 s). Machen Sie das Leerlauf-Timeout des Servers länger als das jedes Clients und Proxys.</translation>
    </message>
    <message>
        <source>Check middleboxes that drop idle connection state (NAT gateways, firewalls with short idle timers): they answer the next packet with a reset.</source>
        <translation>Prüfen Sie Middleboxen, die den Zustand untätiger Verbindungen verwerfen (NAT-Gateways, Firewalls mit kurzen Leerlauf-Timern): sie beantworten das nächste Paket mit einem Reset.</translation>
    </message>
    <message>
        <source>Capture it if it repeats: tcpdump -i any host HOST and port PORT shows who sends the RST.</source>
        <translation>Schneiden Sie mit, falls es sich wiederholt: tcpdump -i any host HOST and port PORT zeigt, wer das RST sendet.</translation>
    </message>
    <message>
        <source>Behind a gateway: nginx &apos;recv() failed (104: Connection reset by peer) while reading response header from upstream&apos; (502), Envoy &apos;reset reason: remote reset&apos; (503 UR), Squid ERR_READ_ERROR (502).</source>
        <translation>Hinter einem Gateway: nginx &apos;recv() failed (104: Connection reset by peer) while reading response header from upstream&apos; (502), Envoy &apos;reset reason: remote reset&apos; (503 UR), Squid ERR_READ_ERROR (502).</translation>
    </message>
    <message>
        <source>The server&apos;s bytes are not valid HTTP</source>
        <translation>Die Bytes des Servers sind kein gültiges HTTP</translation>
    </message>
    <message>
        <source>Look at the raw bytes (the anomalies give the byte offset): curl -sv --raw URL or printf &apos;GET / HTTP/1.1\r\nHost: HOST\r\n\r\n&apos; | nc HOST PORT | head -c 500 | xxd.</source>
        <translation>Sehen Sie sich die rohen Bytes an (die Anomalien nennen den Byte-Offset): curl -sv --raw URL oder printf &apos;GET / HTTP/1.1\r\nHost: HOST\r\n\r\n&apos; | nc HOST PORT | head -c 500 | xxd.</translation>
    </message>
    <message>
        <source>Check that the port speaks HTTP: TLS on a plain-HTTP port (or the reverse), a database, SSH or gRPC port gives exactly this.</source>
        <translation>Prüfen Sie, ob der Port HTTP spricht: TLS auf einem reinen HTTP-Port (oder umgekehrt), ein Datenbank-, SSH- oder gRPC-Port ergibt genau das.</translation>
    </message>
    <message>
        <source>Look for code that writes to the socket before the headers (debug prints, BOMs, PHP notices) or builds headers by hand (a missing colon, a bare LF, a header with a newline inside).</source>
        <translation>Suchen Sie nach Code, der vor den Headern auf den Socket schreibt (Debug-Ausgaben, BOMs, PHP-Notices) oder Header von Hand baut (ein fehlender Doppelpunkt, ein nacktes LF, ein Header mit Zeilenumbruch).</translation>
    </message>
    <message>
        <source>Check Content-Length against the body actually sent, and chunked encoding produced by hand.</source>
        <translation>Prüfen Sie Content-Length gegen den tatsächlich gesendeten Body und von Hand erzeugtes Chunked-Encoding.</translation>
    </message>
    <message>
        <source>Behind a gateway: nginx &apos;upstream sent invalid header&apos; / &apos;upstream sent no valid HTTP/1.0 header&apos; (502), HAProxy PH-- (502), Envoy &apos;protocol error&apos; (502 UPE), Apache &apos;Corrupt status line returned by remote server&apos; (502).</source>
        <translation>Hinter einem Gateway: nginx &apos;upstream sent invalid header&apos; / &apos;upstream sent no valid HTTP/1.0 header&apos; (502), HAProxy PH-- (502), Envoy &apos;protocol error&apos; (502 UPE), Apache &apos;Corrupt status line returned by remote server&apos; (502).</translation>
    </message>
    <message>
        <source>The body was cut short</source>
        <translation>Der Body wurde abgeschnitten</translation>
    </message>
    <message>
        <source>Compare the declared length (Content-Length) with the bytes received; the anomalies name the offset where it ended.</source>
        <translation>Vergleichen Sie die angekündigte Länge (Content-Length) mit den empfangenen Bytes; die Anomalien nennen den Offset, an dem es endete.</translation>
    </message>
    <message>
        <source>Check the server for a crash or a write timeout while streaming (application logs; nginx &apos;upstream prematurely closed connection while reading upstream&apos; or &apos;upstream timed out … while reading upstream&apos;).</source>
        <translation>Prüfen Sie den Server auf einen Absturz oder ein Schreib-Timeout beim Streamen (Anwendungsprotokolle; nginx &apos;upstream prematurely closed connection while reading upstream&apos; oder &apos;upstream timed out … while reading upstream&apos;).</translation>
    </message>
    <message>
        <source>Check every hop&apos;s timeouts that apply between reads (nginx proxy_read_timeout, Varnish between_bytes_timeout, ALB idle timeout 60 s) for long downloads or streams.</source>
        <translation>Prüfen Sie bei langen Downloads oder Streams die Timeouts jedes Hops, die zwischen zwei Lesevorgängen gelten (nginx proxy_read_timeout, Varnish between_bytes_timeout, ALB-Leerlauf-Timeout 60 s).</translation>
    </message>
    <message>
        <source>For large bodies, check proxy buffering and temp-file limits (nginx proxy_max_temp_file_size) and disk space on the proxy.</source>
        <translation>Prüfen Sie bei großen Bodys das Proxy-Buffering und die Grenzen für temporäre Dateien (nginx proxy_max_temp_file_size) sowie den Plattenplatz auf dem Proxy.</translation>
    </message>
    <message>
        <source>The server closes the connection without answering</source>
        <translation>Der Server schließt die Verbindung, ohne zu antworten</translation>
    </message>
    <message>
        <source>Check whether the process died while handling this request (application logs, segfaults, OOM kills, a worker timeout such as gunicorn &apos;[CRITICAL] WORKER TIMEOUT&apos;).</source>
        <translation>Prüfen Sie, ob der Prozess bei der Bearbeitung dieser Anfrage gestorben ist (Anwendungsprotokolle, Segfaults, OOM-Kills, ein Worker-Timeout wie gunicorn &apos;[CRITICAL] WORKER TIMEOUT&apos;).</translation>
    </message>
    <message>
        <source>If it happens on reused connections only, it is a keep-alive race: make the server&apos;s keep-alive timeout longer than the client&apos;s/proxy&apos;s idle timeout (e.g. Node server.keepAliveTimeout &gt; 60 s behind an ALB).</source>
        <translation>Wenn es nur bei wiederverwendeten Verbindungen auftritt, ist es ein Keep-Alive-Wettlauf: machen Sie das Keep-Alive-Timeout des Servers länger als das Leerlauf-Timeout von Client/Proxy (z. B. Node server.keepAliveTimeout &gt; 60 s hinter einem ALB).</translation>
    </message>
    <message>
        <source>Check request size limits that make a server hang up (body too large, too many headers).</source>
        <translation>Prüfen Sie Größengrenzen für Anfragen, die einen Server auflegen lassen (Body zu groß, zu viele Header).</translation>
    </message>
    <message>
        <source>Behind a gateway: nginx &apos;upstream prematurely closed connection while reading response header from upstream&apos; (502), HAProxy SH-- (502), Envoy &apos;connection termination&apos; (503 UC), Squid ERR_ZERO_SIZE_OBJECT (502), Cloudflare 520.</source>
        <translation>Hinter einem Gateway: nginx &apos;upstream prematurely closed connection while reading response header from upstream&apos; (502), HAProxy SH-- (502), Envoy &apos;connection termination&apos; (503 UC), Squid ERR_ZERO_SIZE_OBJECT (502), Cloudflare 520.</translation>
    </message>
    <message>
        <source>Retry idempotent requests only: the server may have processed the request before closing.</source>
        <translation>Nur idempotente Anfragen wiederholen: der Server hat die Anfrage vielleicht vor dem Schließen verarbeitet.</translation>
    </message>
    <message>
        <source>Find out what happened</source>
        <translation>Herausfinden, was passiert ist</translation>
    </message>
    <message>
        <source>Read the transport detail and the anomalies below: they record what the client saw.</source>
        <translation>Lesen Sie das Transportdetail und die Anomalien unten: sie halten fest, was der Client gesehen hat.</translation>
    </message>
    <message>
        <source>Repeat the request with curl -v and compare.</source>
        <translation>Wiederholen Sie die Anfrage mit curl -v und vergleichen Sie.</translation>
    </message>
    <message>
        <source>Check the logs of every hop at the time of the request.</source>
        <translation>Prüfen Sie die Protokolle jedes Hops zum Zeitpunkt der Anfrage.</translation>
    </message>
    <message>
        <source>Cloudflare 520: unusable answer from the origin</source>
        <translation>Cloudflare 520: unbrauchbare Antwort vom Origin</translation>
    </message>
    <message>
        <source>Look at the origin&apos;s web server error log at the time of the request for crashes, resets or worker restarts.</source>
        <translation>Suchen Sie im Fehlerprotokoll des Webservers des Origin zum Zeitpunkt der Anfrage nach Abstürzen, Resets oder Worker-Neustarts.</translation>
    </message>
    <message>
        <source>Check the size of the response headers (large cookies or tokens): Cloudflare rejects headers over 128 KB.</source>
        <translation>Prüfen Sie die Größe der Antwort-Header (große Cookies oder Tokens): Cloudflare lehnt Header über 128 KB ab.</translation>
    </message>
    <message>
        <source>Compare keep-alive settings: the origin must not close idle connections sooner than Cloudflare reuses them (keep the origin&apos;s keep-alive well above 30 s).</source>
        <translation>Vergleichen Sie die Keep-Alive-Einstellungen: der Origin darf untätige Verbindungen nicht früher schließen, als Cloudflare sie wiederverwendet (Keep-Alive des Origin deutlich über 30 s halten).</translation>
    </message>
    <message>
        <source>Prove which hop fails: send the same request straight to the origin, bypassing the gateway, with the same Host and TLS name: curl -sv --resolve HOST:443:ORIGIN_IP https://HOST/PATH -o /dev/null -w &apos;connect %{time_connect}s ttfb %{time_starttransfer}s total %{time_total}s\n&apos;.</source>
        <translation>Beweisen Sie, welcher Hop scheitert: senden Sie dieselbe Anfrage direkt an den Origin, am Gateway vorbei, mit demselben Host und TLS-Namen: curl -sv --resolve HOST:443:ORIGIN_IP https://HOST/PATH -o /dev/null -w &apos;connect %{time_connect}s ttfb %{time_starttransfer}s total %{time_total}s\n&apos;.</translation>
    </message>
    <message>
        <source>Send Cloudflare support two HARs, one proxied and one with the proxy paused, plus the CF-RAY value of the failing response.</source>
        <translation>Senden Sie dem Cloudflare-Support zwei HARs, eine über den Proxy und eine mit pausiertem Proxy, dazu den CF-RAY-Wert der fehlschlagenden Antwort.</translation>
    </message>
    <message>
        <source>Cloudflare 521: origin refused the connection</source>
        <translation>Cloudflare 521: der Origin hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Check that the web server runs and listens on the port the SSL mode uses: 80 for Flexible, 443 for Full and Full (strict).</source>
        <translation>Prüfen Sie, ob der Webserver läuft und auf dem Port lauscht, den der SSL-Modus verwendet: 80 für Flexible, 443 für Full und Full (strict).</translation>
    </message>
    <message>
        <source>Allow Cloudflare&apos;s IP ranges (https://www.cloudflare.com/ips/) in the origin&apos;s firewall, security group, fail2ban or .htaccess rules.</source>
        <translation>Erlauben Sie Cloudflares IP-Bereiche (https://www.cloudflare.com/ips/) in Firewall, Security Group, fail2ban- oder .htaccess-Regeln des Origin.</translation>
    </message>
    <message>
        <source>Retrying is safe: the request never reached the origin.</source>
        <translation>Wiederholen ist sicher: die Anfrage hat den Origin nie erreicht.</translation>
    </message>
    <message>
        <source>Cloudflare 522: TCP connection to the origin timed out</source>
        <translation>Cloudflare 522: TCP-Verbindung zum Origin im Timeout</translation>
    </message>
    <message>
        <source>Check that the DNS record in Cloudflare points at the current origin IP.</source>
        <translation>Prüfen Sie, ob der DNS-Eintrag in Cloudflare auf die aktuelle Origin-IP zeigt.</translation>
    </message>
    <message>
        <source>Check the origin firewall: a rule that silently drops Cloudflare&apos;s IP ranges gives 522 (a rejecting rule gives 521).</source>
        <translation>Prüfen Sie die Firewall des Origin: eine Regel, die Cloudflares IP-Bereiche stillschweigend verwirft, ergibt 522 (eine ablehnende Regel ergibt 521).</translation>
    </message>
    <message>
        <source>Check origin load: a full accept queue (ss -lnt, Recv-Q) makes new connections time out.</source>
        <translation>Prüfen Sie die Last des Origin: eine volle Accept-Warteschlange (ss -lnt, Recv-Q) lässt neue Verbindungen ins Timeout laufen.</translation>
    </message>
    <message>
        <source>Run MTR/traceroute from a network near the Cloudflare POP in the CF-RAY suffix to the origin to find packet loss.</source>
        <translation>Führen Sie MTR/traceroute von einem Netz nahe dem Cloudflare-POP aus dem CF-RAY-Suffix zum Origin aus, um Paketverlust zu finden.</translation>
    </message>
    <message>
        <source>Cloudflare 523: origin unreachable</source>
        <translation>Cloudflare 523: Origin nicht erreichbar</translation>
    </message>
    <message>
        <source>Check the origin IP in the Cloudflare DNS record: not a private address, not a released IP.</source>
        <translation>Prüfen Sie die Origin-IP im Cloudflare-DNS-Eintrag: keine private Adresse, keine freigegebene IP.</translation>
    </message>
    <message>
        <source>Ask the hosting provider about routing problems to that address; run MTR to the origin from several networks.</source>
        <translation>Fragen Sie den Hoster nach Routing-Problemen zu dieser Adresse; führen Sie MTR zum Origin aus mehreren Netzen aus.</translation>
    </message>
    <message>
        <source>If the origin is in a VPC, check routes that capture Cloudflare&apos;s address ranges (e.g. 172.64.0.0/13).</source>
        <translation>Wenn der Origin in einer VPC liegt, prüfen Sie Routen, die Cloudflares Adressbereiche abfangen (z. B. 172.64.0.0/13).</translation>
    </message>
    <message>
        <source>Cloudflare 524: the origin did not answer within 100–120 s</source>
        <translation>Cloudflare 524: der Origin hat nicht innerhalb von 100–120 s geantwortet</translation>
    </message>
    <message>
        <source>Find the request in the origin&apos;s access and application logs and measure its duration; Cloudflare&apos;s Proxy Read Timeout is 100 s (documented as 120 s on the 524 page).</source>
        <translation>Finden Sie die Anfrage in Zugriffs- und Anwendungsprotokollen des Origin und messen Sie ihre Dauer; Cloudflares Proxy Read Timeout beträgt 100 s (auf der 524-Seite als 120 s dokumentiert).</translation>
    </message>
    <message>
        <source>Make slow endpoints asynchronous (start a job, return 202, poll a status URL) or stream progress so the first byte arrives early.</source>
        <translation>Machen Sie langsame Endpunkte asynchron (Job starten, 202 zurückgeben, eine Status-URL abfragen) oder streamen Sie den Fortschritt, damit das erste Byte früh ankommt.</translation>
    </message>
    <message>
        <source>Enterprise zones can raise proxy_read_timeout (up to 6000 s); other plans cannot — a DNS-only (grey-cloud) host name bypasses Cloudflare for long-running calls.</source>
        <translation>Enterprise-Zonen können proxy_read_timeout erhöhen (bis 6000 s); andere Tarife nicht — ein reiner DNS-Hostname (graue Wolke) umgeht Cloudflare für lang laufende Aufrufe.</translation>
    </message>
    <message>
        <source>Cloudflare 525/526: TLS between Cloudflare and the origin</source>
        <translation>Cloudflare 525/526: TLS zwischen Cloudflare und dem Origin</translation>
    </message>
    <message>
        <source>Check the origin certificate from outside: openssl s_client -connect ORIGIN_IP:443 -servername HOST -showcerts &lt;/dev/null.</source>
        <translation>Prüfen Sie das Origin-Zertifikat von außen: openssl s_client -connect ORIGIN_IP:443 -servername HOST -showcerts &lt;/dev/null.</translation>
    </message>
    <message>
        <source>526 (Full strict): the certificate must be valid, unexpired, trusted (a public CA or a Cloudflare Origin CA certificate) and cover HOST; fix it or (temporarily) use Full mode.</source>
        <translation>526 (Full strict): das Zertifikat muss gültig, nicht abgelaufen, vertrauenswürdig (öffentliche CA oder Cloudflare-Origin-CA-Zertifikat) sein und HOST abdecken; beheben Sie das oder verwenden Sie (vorübergehend) den Modus Full.</translation>
    </message>
    <message>
        <source>525: make sure the origin serves TLS on 443 with SNI, and supports TLS 1.2+ with a cipher Cloudflare offers.</source>
        <translation>525: Stellen Sie sicher, dass der Origin TLS auf 443 mit SNI anbietet und TLS 1.2+ mit einer Cipher unterstützt, die Cloudflare anbietet.</translation>
    </message>
    <message>
        <source>Check the web server&apos;s error log for handshake errors at the time of the request.</source>
        <translation>Suchen Sie im Fehlerprotokoll des Webservers nach Handshake-Fehlern zum Zeitpunkt der Anfrage.</translation>
    </message>
    <message>
        <source>Cloudflare 527: Railgun error</source>
        <translation>Cloudflare 527: Railgun-Fehler</translation>
    </message>
    <message>
        <source>Railgun is retired: remove the Railgun configuration or the listener on the origin.</source>
        <translation>Railgun ist eingestellt: entfernen Sie die Railgun-Konfiguration oder den Listener auf dem Origin.</translation>
    </message>
    <message>
        <source>If a listener is still used, check its logs and that its port is reachable from Cloudflare.</source>
        <translation>Wenn ein Listener noch verwendet wird, prüfen Sie seine Protokolle und ob sein Port von Cloudflare erreichbar ist.</translation>
    </message>
    <message>
        <source>Cloudflare 530: origin DNS error</source>
        <translation>Cloudflare 530: DNS-Fehler des Origin</translation>
    </message>
    <message>
        <source>Read the 1xxx error code in the page: 1016 means the origin host name does not resolve.</source>
        <translation>Lesen Sie den 1xxx-Fehlercode auf der Seite: 1016 bedeutet, dass der Hostname des Origin nicht aufgelöst wird.</translation>
    </message>
    <message>
        <source>Check the CNAME target or the tunnel the record points to (cloudflared tunnel list); a deleted tunnel or load balancer gives 1016.</source>
        <translation>Prüfen Sie das CNAME-Ziel oder den Tunnel, auf den der Eintrag zeigt (cloudflared tunnel list); ein gelöschter Tunnel oder Load Balancer ergibt 1016.</translation>
    </message>
    <message>
        <source>Resolve the origin name from a public resolver: dig +short ORIGIN_NAME @1.1.1.1.</source>
        <translation>Lösen Sie den Origin-Namen über einen öffentlichen Resolver auf: dig +short ORIGIN_NAME @1.1.1.1.</translation>
    </message>
    <message>
        <source>The error comes from behind Cloudflare</source>
        <translation>Der Fehler kommt von hinter Cloudflare</translation>
    </message>
    <message>
        <source>Cloudflare only wrapped the origin side&apos;s 502/504 in its branded page; look at the origin&apos;s reverse proxy (nginx, a load balancer) and its error log at that time.</source>
        <translation>Cloudflare hat nur das 502/504 der Origin-Seite in seine gebrandete Seite verpackt; sehen Sie sich den Reverse Proxy des Origin (nginx, einen Load Balancer) und dessen Fehlerprotokoll zu diesem Zeitpunkt an.</translation>
    </message>
    <message>
        <source>Match the CF-RAY value with the origin&apos;s access log (CF-Ray request header) to find the request.</source>
        <translation>Gleichen Sie den CF-RAY-Wert mit dem Zugriffsprotokoll des Origin ab (Anfrage-Header CF-Ray), um die Anfrage zu finden.</translation>
    </message>
    <message>
        <source>nginx 499: the client gave up</source>
        <translation>nginx 499: der Client hat aufgegeben</translation>
    </message>
    <message>
        <source>Find which hop in front of nginx closed the connection: a load balancer idle timeout (ALB 60 s), a CDN (Cloudflare 100 s), or the calling client&apos;s own timeout.</source>
        <translation>Finden Sie heraus, welcher Hop vor nginx die Verbindung geschlossen hat: ein Leerlauf-Timeout eines Load Balancers (ALB 60 s), ein CDN (Cloudflare 100 s) oder das eigene Timeout des aufrufenden Clients.</translation>
    </message>
    <message>
        <source>Compare that timeout with the upstream&apos;s response time in nginx&apos;s access log ($request_time, $upstream_response_time).</source>
        <translation>Vergleichen Sie dieses Timeout mit der Antwortzeit des Upstreams im nginx-Zugriffsprotokoll ($request_time, $upstream_response_time).</translation>
    </message>
    <message>
        <source>Speed up or move the slow endpoint to background work; raise the front timeout only if the long wait is intended.</source>
        <translation>Beschleunigen Sie den langsamen Endpunkt oder verlagern Sie ihn in Hintergrundarbeit; erhöhen Sie das vordere Timeout nur, wenn die lange Wartezeit gewollt ist.</translation>
    </message>
    <message>
        <source>If health checks or impatient clients cause the 499s, they are harmless noise in the log.</source>
        <translation>Wenn Health-Checks oder ungeduldige Clients die 499er verursachen, sind sie harmloses Rauschen im Protokoll.</translation>
    </message>
    <message>
        <source>ALB 460: the client closed the connection</source>
        <translation>ALB 460: der Client hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Find the client&apos;s timeout (SDK or HTTP client, browser, mobile app) and compare it with target_processing_time in the ALB access log.</source>
        <translation>Finden Sie das Timeout des Clients (SDK oder HTTP-Client, Browser, mobile App) und vergleichen Sie es mit target_processing_time im ALB-Zugriffsprotokoll.</translation>
    </message>
    <message>
        <source>Speed up the endpoint or raise the client timeout if the long wait is expected.</source>
        <translation>Beschleunigen Sie den Endpunkt oder erhöhen Sie das Client-Timeout, wenn die lange Wartezeit zu erwarten ist.</translation>
    </message>
    <message>
        <source>ALB 463: X-Forwarded-For too long</source>
        <translation>ALB 463: X-Forwarded-For zu lang</translation>
    </message>
    <message>
        <source>Look at the X-Forwarded-For header the ALB received: more than 30 addresses usually means a proxy forwarding loop.</source>
        <translation>Sehen Sie sich den X-Forwarded-For-Header an, den der ALB erhalten hat: mehr als 30 Adressen bedeuten meist eine Weiterleitungsschleife zwischen Proxys.</translation>
    </message>
    <message>
        <source>Check proxies in front of the ALB for a configuration that sends requests back through the load balancer.</source>
        <translation>Prüfen Sie Proxys vor dem ALB auf eine Konfiguration, die Anfragen zurück durch den Load Balancer schickt.</translation>
    </message>
    <message>
        <source>Strip or overwrite client-supplied X-Forwarded-For at the first trusted proxy.</source>
        <translation>Entfernen oder überschreiben Sie vom Client gelieferte X-Forwarded-For-Header am ersten vertrauenswürdigen Proxy.</translation>
    </message>
    <message>
        <source>ALB 464: protocol mismatch</source>
        <translation>ALB 464: Protokoll passt nicht</translation>
    </message>
    <message>
        <source>Compare the listener protocol with the target group protocol version (HTTP1, HTTP2, gRPC).</source>
        <translation>Vergleichen Sie das Listener-Protokoll mit der Protokollversion der Zielgruppe (HTTP1, HTTP2, gRPC).</translation>
    </message>
    <message>
        <source>For gRPC targets, clients must use HTTP/2 (grpc) and the listener must be HTTPS.</source>
        <translation>Für gRPC-Ziele müssen Clients HTTP/2 (grpc) verwenden und der Listener muss HTTPS sein.</translation>
    </message>
    <message>
        <source>ALB 561: identity provider error</source>
        <translation>ALB 561: Fehler des Identitätsanbieters</translation>
    </message>
    <message>
        <source>Read error_reason in the ALB access log for the request.</source>
        <translation>Lesen Sie error_reason im ALB-Zugriffsprotokoll für die Anfrage.</translation>
    </message>
    <message>
        <source>Check the IdP&apos;s token and user-info endpoints, client id/secret and the callback URL configured in the authenticate action.</source>
        <translation>Prüfen Sie die Token- und User-Info-Endpunkte des IdP, Client-ID/-Secret und die in der Authenticate-Aktion konfigurierte Callback-URL.</translation>
    </message>
    <message>
        <source>A dependency of the application fails</source>
        <translation>Eine Abhängigkeit der Anwendung versagt</translation>
    </message>
    <message>
        <source>Find the dependency named in the error (database, pool, cache, another API) and check its health and its own logs at that time.</source>
        <translation>Finden Sie die im Fehler genannte Abhängigkeit (Datenbank, Pool, Cache, eine andere API) und prüfen Sie ihren Zustand und ihre eigenen Protokolle zu diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Database: connections in use vs. max_connections (PostgreSQL: SELECT count(*) FROM pg_stat_activity; MySQL: SHOW STATUS LIKE &apos;Threads_connected&apos;), slow queries, locks and deadlocks, failover events.</source>
        <translation>Datenbank: belegte Verbindungen gegenüber max_connections (PostgreSQL: SELECT count(*) FROM pg_stat_activity; MySQL: SHOW STATUS LIKE &apos;Threads_connected&apos;), langsame Abfragen, Sperren und Deadlocks, Failover-Ereignisse.</translation>
    </message>
    <message>
        <source>Connection pool: pool size vs. concurrent requests (HikariCP &apos;Connection is not available, request timed out&apos;, SQLAlchemy &apos;QueuePool limit&apos;); a leak shows as a pool that never drains.</source>
        <translation>Verbindungspool: Poolgröße gegenüber parallelen Anfragen (HikariCP &apos;Connection is not available, request timed out&apos;, SQLAlchemy &apos;QueuePool limit&apos;); ein Leck zeigt sich als Pool, der sich nie leert.</translation>
    </message>
    <message>
        <source>Downstream API: give every outbound call a timeout shorter than the caller&apos;s own, retries with backoff for idempotent calls, and a circuit breaker.</source>
        <translation>Nachgelagerte API: jedem ausgehenden Aufruf ein Timeout geben, das kürzer ist als das des Aufrufers, Wiederholungen mit Backoff für idempotente Aufrufe und einen Circuit Breaker.</translation>
    </message>
    <message>
        <source>Check credentials and network paths after a deploy or a rotation (access denied, unknown host).</source>
        <translation>Prüfen Sie Zugangsdaten und Netzwege nach einem Deployment oder einer Rotation (Zugriff verweigert, unbekannter Host).</translation>
    </message>
    <message>
        <source>Answer with 503 and Retry-After while a dependency is down, so clients and gateways back off instead of hammering it.</source>
        <translation>Antworten Sie mit 503 und Retry-After, solange eine Abhängigkeit ausgefallen ist, damit Clients und Gateways zurückweichen, statt sie zu überlasten.</translation>
    </message>
    <message>
        <source>Unhandled exception in the application</source>
        <translation>Unbehandelte Ausnahme in der Anwendung</translation>
    </message>
    <message>
        <source>Read the stack trace in the body (or find it in the application log / error tracker by time and request id): the top frame in your own code is where to start.</source>
        <translation>Lesen Sie den Stacktrace im Body (oder finden Sie ihn im Anwendungsprotokoll / Error-Tracker nach Zeit und Request-ID): der oberste Frame in Ihrem eigenen Code ist der Ausgangspunkt.</translation>
    </message>
    <message>
        <source>Reproduce with the same request against a local or staging instance: gatescope replay, or the curl command of this exchange.</source>
        <translation>Reproduzieren Sie mit derselben Anfrage gegen eine lokale oder Staging-Instanz: gatescope replay oder der curl-Befehl dieses Austauschs.</translation>
    </message>
    <message>
        <source>Add handling for this error path and answer with a precise 4xx/5xx instead of an unhandled 500.</source>
        <translation>Behandeln Sie diesen Fehlerpfad und antworten Sie mit einem genauen 4xx/5xx statt mit einem unbehandelten 500.</translation>
    </message>
    <message>
        <source>Turn off debug pages in production (Django DEBUG=False, Flask/Werkzeug debugger, ASP.NET developer exception page, PHP display_errors): the stack trace you can read, an attacker can read too.</source>
        <translation>Schalten Sie Debug-Seiten in der Produktion ab (Django DEBUG=False, Flask/Werkzeug-Debugger, ASP.NET-Entwickler-Ausnahmeseite, PHP display_errors): den Stacktrace, den Sie lesen können, kann auch ein Angreifer lesen.</translation>
    </message>
    <message>
        <source>Check whether a recent deploy introduced it (compare the release time with the first occurrence).</source>
        <translation>Prüfen Sie, ob ein jüngstes Deployment es eingeführt hat (Release-Zeitpunkt mit dem ersten Auftreten vergleichen).</translation>
    </message>
    <message>
        <source>The application reports an error without details</source>
        <translation>Die Anwendung meldet einen Fehler ohne Details</translation>
    </message>
    <message>
        <source>Find the request in the application&apos;s logs by time, path and any request id header (X-Request-ID, traceparent).</source>
        <translation>Finden Sie die Anfrage in den Protokollen der Anwendung nach Zeit, Pfad und einem Request-ID-Header (X-Request-ID, traceparent).</translation>
    </message>
    <message>
        <source>Make the application log the exception and answer with a problem document (RFC 9457) that carries a correlation id.</source>
        <translation>Lassen Sie die Anwendung die Ausnahme protokollieren und mit einem Problem-Dokument (RFC 9457) antworten, das eine Korrelations-ID trägt.</translation>
    </message>
    <message>
        <source>Check resource limits at that time: memory, file descriptors, disk.</source>
        <translation>Prüfen Sie die Ressourcengrenzen zu diesem Zeitpunkt: Speicher, Dateideskriptoren, Festplatte.</translation>
    </message>
    <message>
        <source>The application reports itself unavailable</source>
        <translation>Die Anwendung meldet sich selbst als nicht verfügbar</translation>
    </message>
    <message>
        <source>Find which part of the application returns 503 (a readiness check, a maintenance flag, an overload guard) from its logs.</source>
        <translation>Finden Sie anhand der Protokolle heraus, welcher Teil der Anwendung 503 liefert (ein Readiness-Check, ein Wartungsschalter, ein Überlastschutz).</translation>
    </message>
    <message>
        <source>Check whether instances are starting up or draining during a deploy.</source>
        <translation>Prüfen Sie, ob Instanzen während eines Deployments gerade starten oder geleert werden.</translation>
    </message>
    <message>
        <source>Send Retry-After with deliberate 503s so clients back off.</source>
        <translation>Senden Sie Retry-After mit absichtlichen 503ern, damit Clients zurückweichen.</translation>
    </message>
    <message>
        <source>A gateway failed on its own</source>
        <translation>Ein Gateway ist selbst gescheitert</translation>
    </message>
    <message>
        <source>Read the gateway&apos;s error log at the time of the request (Kong error.log, API Gateway execution logs, CloudWatch).</source>
        <translation>Lesen Sie das Fehlerprotokoll des Gateways zum Zeitpunkt der Anfrage (Kong error.log, API-Gateway-Ausführungsprotokolle, CloudWatch).</translation>
    </message>
    <message>
        <source>Check recent configuration changes: plugins, authorizers, routes, certificates.</source>
        <translation>Prüfen Sie jüngste Konfigurationsänderungen: Plugins, Authorizer, Routen, Zertifikate.</translation>
    </message>
    <message>
        <source>Compare with a request that bypasses the gateway to confirm the origin is healthy: Prove which hop fails: send the same request straight to the origin, bypassing the gateway, with the same Host and TLS name: curl -sv --resolve HOST:443:ORIGIN_IP https://HOST/PATH -o /dev/null -w &apos;connect %{time_connect}s ttfb %{time_starttransfer}s total %{time_total}s\n&apos;.</source>
        <translation>Vergleichen Sie mit einer Anfrage, die das Gateway umgeht, um zu bestätigen, dass der Origin gesund ist: Beweisen Sie, welcher Hop scheitert: senden Sie dieselbe Anfrage direkt an den Origin, am Gateway vorbei, mit demselben Host und TLS-Namen: curl -sv --resolve HOST:443:ORIGIN_IP https://HOST/PATH -o /dev/null -w &apos;connect %{time_connect}s ttfb %{time_starttransfer}s total %{time_total}s\n&apos;.</translation>
    </message>
    <message>
        <source>Find who answered 503</source>
        <translation>Herausfinden, wer mit 503 geantwortet hat</translation>
    </message>
    <message>
        <source>Send the request with curl -sv and look at Server, Via and vendor headers to find the hop.</source>
        <translation>Senden Sie die Anfrage mit curl -sv und sehen Sie sich Server, Via und herstellerspezifische Header an, um den Hop zu finden.</translation>
    </message>
    <message>
        <source>Check each hop&apos;s logs for the request: load balancer, reverse proxy, application.</source>
        <translation>Prüfen Sie die Protokolle jedes Hops zu der Anfrage: Load Balancer, Reverse Proxy, Anwendung.</translation>
    </message>
    <message>
        <source>Look for capacity (CPU, connections, queue lengths), crashed instances and maintenance switches.</source>
        <translation>Suchen Sie nach Kapazität (CPU, Verbindungen, Warteschlangenlängen), abgestürzten Instanzen und Wartungsschaltern.</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>Geplante Wartung</translation>
    </message>
    <message>
        <source>Confirm the maintenance window with the team or status page; wait for the time given by Retry-After if present.</source>
        <translation>Bestätigen Sie das Wartungsfenster beim Team oder auf der Statusseite; warten Sie die in Retry-After genannte Zeit ab, falls vorhanden.</translation>
    </message>
    <message>
        <source>If maintenance should be over, check the switch that enables it (a maintenance file, a feature flag, a load balancer rule, Heroku maintenance mode).</source>
        <translation>Wenn die Wartung vorbei sein sollte, prüfen Sie den Schalter, der sie aktiviert (eine Wartungsdatei, ein Feature-Flag, eine Load-Balancer-Regel, den Heroku-Wartungsmodus).</translation>
    </message>
    <message>
        <source>Serve maintenance responses as 503 with Retry-After and Cache-Control: no-store so CDNs do not keep them.</source>
        <translation>Liefern Sie Wartungsantworten als 503 mit Retry-After und Cache-Control: no-store aus, damit CDNs sie nicht behalten.</translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>Ratenbegrenzung erreicht</translation>
    </message>
    <message>
        <source>Read Retry-After and the RateLimit-* / X-RateLimit-* headers to see the limit and the reset time.</source>
        <translation>Lesen Sie Retry-After und die Header RateLimit-* / X-RateLimit-*, um Grenze und Rücksetzzeit zu sehen.</translation>
    </message>
    <message>
        <source>Slow the client down: honour Retry-After, add exponential backoff with jitter, and batch requests.</source>
        <translation>Bremsen Sie den Client: Retry-After beachten, exponentielles Backoff mit Jitter hinzufügen und Anfragen bündeln.</translation>
    </message>
    <message>
        <source>If the limit is yours: nginx limit_req (log &apos;limiting requests, excess: … by zone &quot;…&quot;&apos;) or limit_conn (&apos;limiting connections by zone&apos;), Kong rate-limiting, Traefik RateLimit — check the zone size, burst and key (a shared NAT address can make many users one client).</source>
        <translation>Wenn die Grenze Ihre ist: nginx limit_req (Protokoll &apos;limiting requests, excess: … by zone &quot;…&quot;&apos;) oder limit_conn (&apos;limiting connections by zone&apos;), Kong rate-limiting, Traefik RateLimit — prüfen Sie Zonengröße, Burst und Schlüssel (eine gemeinsame NAT-Adresse kann viele Benutzer zu einem Client machen).</translation>
    </message>
    <message>
        <source>Answer rate limits with 429 and Retry-After rather than 503 so clients can tell them from outages (nginx: limit_req_status 429).</source>
        <translation>Beantworten Sie Ratenbegrenzungen mit 429 und Retry-After statt mit 503, damit Clients sie von Ausfällen unterscheiden können (nginx: limit_req_status 429).</translation>
    </message>
    <message>
        <source>The server is at capacity</source>
        <translation>Der Server ist ausgelastet</translation>
    </message>
    <message>
        <source>Scale out the application (more instances or workers) and check autoscaling limits.</source>
        <translation>Skalieren Sie die Anwendung (mehr Instanzen oder Worker) und prüfen Sie die Autoscaling-Grenzen.</translation>
    </message>
    <message>
        <source>Find the bottleneck: CPU, memory, worker/thread pool exhaustion, database connections, a slow dependency making requests pile up.</source>
        <translation>Finden Sie den Engpass: CPU, Speicher, erschöpfter Worker-/Thread-Pool, Datenbankverbindungen, eine langsame Abhängigkeit, hinter der sich Anfragen stauen.</translation>
    </message>
    <message>
        <source>Check queue and circuit-breaker settings at the gateway (Envoy max_pending_requests / max_requests, AWS CLB surge queue and SpilloverCount).</source>
        <translation>Prüfen Sie die Warteschlangen- und Circuit-Breaker-Einstellungen am Gateway (Envoy max_pending_requests / max_requests, AWS CLB Surge Queue und SpilloverCount).</translation>
    </message>
    <message>
        <source>Shed load on purpose: return 503 with Retry-After early instead of queuing until timeouts.</source>
        <translation>Werfen Sie Last gezielt ab: geben Sie früh 503 mit Retry-After zurück, statt bis zu den Timeouts zu stauen.</translation>
    </message>
    <message>
        <source>No healthy upstream</source>
        <translation>Kein gesunder Upstream</translation>
    </message>
    <message>
        <source>List the backends and their health as the gateway sees them (Envoy /clusters admin endpoint, Traefik dashboard, Kong /upstreams/NAME/health, ALB target group health, kubectl get endpoints SERVICE).</source>
        <translation>Listen Sie die Backends und ihren Zustand so auf, wie das Gateway sie sieht (Envoy-Admin-Endpunkt /clusters, Traefik-Dashboard, Kong /upstreams/NAME/health, Zustand der ALB-Zielgruppe, kubectl get endpoints SERVICE).</translation>
    </message>
    <message>
        <source>Check why instances are unhealthy: crashed (restart loop), failing health checks (wrong path, port or timeout), or not registered/ready.</source>
        <translation>Prüfen Sie, warum Instanzen ungesund sind: abgestürzt (Neustartschleife), fehlschlagende Health-Checks (falscher Pfad, Port oder Timeout) oder nicht registriert/bereit.</translation>
    </message>
    <message>
        <source>Check the health-check configuration itself: a path that needs a database makes every instance &apos;down&apos; when only the database is.</source>
        <translation>Prüfen Sie die Health-Check-Konfiguration selbst: ein Pfad, der eine Datenbank braucht, macht jede Instanz &apos;down&apos;, wenn nur die Datenbank es ist.</translation>
    </message>
    <message>
        <source>Check recent deploys: a rollout that takes all instances out at once empties the pool.</source>
        <translation>Prüfen Sie jüngste Deployments: ein Rollout, das alle Instanzen gleichzeitig herausnimmt, leert den Pool.</translation>
    </message>
    <message>
        <source>Scale or restart the service, then confirm the gateway marks instances healthy again.</source>
        <translation>Skalieren oder starten Sie den Dienst neu und bestätigen Sie dann, dass das Gateway die Instanzen wieder als gesund markiert.</translation>
    </message>
    <message>
        <source>No server took the connection (HAProxy / Apache)</source>
        <translation>Kein Server hat die Verbindung angenommen (HAProxy / Apache)</translation>
    </message>
    <message>
        <source>HAProxy: read the log line&apos;s termination state and server field: &apos;SC--&apos; = connection refused/error (e.g. &apos;backend/srv 0/0/-1/-1/3003 503 … SC--&apos; after three connect retries), &apos;sC--&apos; = timeout connect, &apos;&lt;NOSRV&gt;&apos; = no server up (&apos;backend/&lt;NOSRV&gt; 0/-1/-1/-1/0 503 … SC--&apos;); the messages &apos;Server backend/srv is DOWN, reason: Layer4 connection problem&apos; and &apos;backend NAME has no server available!&apos; confirm all are down.</source>
        <translation>HAProxy: lesen Sie Endzustand und Serverfeld der Protokollzeile: &apos;SC--&apos; = Verbindung abgelehnt/Fehler (z. B. &apos;backend/srv 0/0/-1/-1/3003 503 … SC--&apos; nach drei Verbindungsversuchen), &apos;sC--&apos; = timeout connect, &apos;&lt;NOSRV&gt;&apos; = kein Server verfügbar (&apos;backend/&lt;NOSRV&gt; 0/-1/-1/-1/0 503 … SC--&apos;); die Meldungen &apos;Server backend/srv is DOWN, reason: Layer4 connection problem&apos; und &apos;backend NAME has no server available!&apos; bestätigen, dass alle ausgefallen sind.</translation>
    </message>
    <message>
        <source>Apache: look for &apos;AH00957: HTTP: attempt to connect to HOST:PORT failed&apos;, &apos;AH01114: HTTP: failed to make connection to backend&apos; and &apos;AH00959: ap_proxy_connect_backend disabling worker for (HOST:PORT) for 60s&apos;; after that, &apos;AH00940: HTTP: disabled connection&apos; for every request during retry= (60 s by default).</source>
        <translation>Apache: suchen Sie nach &apos;AH00957: HTTP: attempt to connect to HOST:PORT failed&apos;, &apos;AH01114: HTTP: failed to make connection to backend&apos; und &apos;AH00959: ap_proxy_connect_backend disabling worker for (HOST:PORT) for 60s&apos;; danach &apos;AH00940: HTTP: disabled connection&apos; für jede Anfrage während retry= (standardmäßig 60 s).</translation>
    </message>
    <message>
        <source>Check that the backend listens on the configured address and port: ss -ltnp on the backend host, or curl -sv http://BACKEND:PORT/ from the proxy host.</source>
        <translation>Prüfen Sie, ob das Backend auf der konfigurierten Adresse und dem Port lauscht: ss -ltnp auf dem Backend-Host oder curl -sv http://BACKEND:PORT/ vom Proxy-Host.</translation>
    </message>
    <message>
        <source>Check health checks (HAProxy &apos;check&apos; / &apos;option httpchk&apos;): a failing check marks servers DOWN.</source>
        <translation>Prüfen Sie die Health-Checks (HAProxy &apos;check&apos; / &apos;option httpchk&apos;): ein fehlschlagender Check markiert Server als DOWN.</translation>
    </message>
    <message>
        <source>On Apache, lower the worker&apos;s retry= so a restarted backend is used again sooner.</source>
        <translation>Senken Sie bei Apache retry= des Workers, damit ein neu gestartetes Backend früher wieder genutzt wird.</translation>
    </message>
    <message>
        <source>Retrying is safe: the request never reached a backend.</source>
        <translation>Wiederholen ist sicher: die Anfrage hat nie ein Backend erreicht.</translation>
    </message>
    <message>
        <source>nginx answered 503 itself</source>
        <translation>nginx hat selbst 503 geantwortet</translation>
    </message>
    <message>
        <source>Search nginx&apos;s error.log for &apos;limiting requests, excess: … by zone&apos; or &apos;limiting connections by zone&apos; at that time: limit_req / limit_conn rejected the request.</source>
        <translation>Suchen Sie im error.log von nginx zu diesem Zeitpunkt nach &apos;limiting requests, excess: … by zone&apos; oder &apos;limiting connections by zone&apos;: limit_req / limit_conn hat die Anfrage abgewiesen.</translation>
    </message>
    <message>
        <source>Check the zone&apos;s rate, burst and key; clients behind one NAT share an address.</source>
        <translation>Prüfen Sie Rate, Burst und Schlüssel der Zone; Clients hinter einem NAT teilen sich eine Adresse.</translation>
    </message>
    <message>
        <source>Set limit_req_status 429 so clients can tell a rate limit from an outage.</source>
        <translation>Setzen Sie limit_req_status 429, damit Clients eine Ratenbegrenzung von einem Ausfall unterscheiden können.</translation>
    </message>
    <message>
        <source>On ingress-nginx, check that the Service has ready endpoints: kubectl get endpoints SERVICE (controller log: &apos;Service &quot;ns/name&quot; does not have any active Endpoint&apos;).</source>
        <translation>Prüfen Sie bei ingress-nginx, ob der Service bereite Endpunkte hat: kubectl get endpoints SERVICE (Controller-Protokoll: &apos;Service &quot;ns/name&quot; does not have any active Endpoint&apos;).</translation>
    </message>
    <message>
        <source>Search the configuration for an explicit &apos;return 503&apos; (maintenance switches).</source>
        <translation>Suchen Sie in der Konfiguration nach einem ausdrücklichen &apos;return 503&apos; (Wartungsschalter).</translation>
    </message>
    <message>
        <source>HTML where JSON was expected</source>
        <translation>HTML, wo JSON erwartet wurde</translation>
    </message>
    <message>
        <source>Open the body: a login page means the session or token expired or was not sent; a portal or WAF page means something between client and API answered.</source>
        <translation>Öffnen Sie den Body: eine Anmeldeseite bedeutet, dass Sitzung oder Token abgelaufen sind oder nicht gesendet wurden; eine Portal- oder WAF-Seite bedeutet, dass etwas zwischen Client und API geantwortet hat.</translation>
    </message>
    <message>
        <source>Check that the request reaches the API route and not a catch-all (an SPA index.html served for unknown paths, a wrong base path or trailing slash).</source>
        <translation>Prüfen Sie, ob die Anfrage die API-Route erreicht und nicht einen Auffangpfad (eine für unbekannte Pfade ausgelieferte SPA-index.html, ein falscher Basispfad oder Schrägstrich am Ende).</translation>
    </message>
    <message>
        <source>For API Gateway + Lambda proxy integrations, return {&quot;statusCode&quot;: 200, &quot;headers&quot;: {...}, &quot;body&quot;: &quot;&lt;string&gt;&quot;, &quot;isBase64Encoded&quot;: false}; the execution log says &apos;Malformed Lambda proxy response&apos; otherwise.</source>
        <translation>Geben Sie bei API-Gateway-+-Lambda-Proxy-Integrationen {&quot;statusCode&quot;: 200, &quot;headers&quot;: {...}, &quot;body&quot;: &quot;&lt;string&gt;&quot;, &quot;isBase64Encoded&quot;: false} zurück; sonst meldet das Ausführungsprotokoll &apos;Malformed Lambda proxy response&apos;.</translation>
    </message>
    <message>
        <source>Make the API answer errors as JSON (application/problem+json) and make the client check Content-Type before parsing.</source>
        <translation>Lassen Sie die API Fehler als JSON beantworten (application/problem+json) und den Client Content-Type vor dem Parsen prüfen.</translation>
    </message>
    <message>
        <source>Do not retry: the same request will get the same page until the cause is fixed.</source>
        <translation>Nicht wiederholen: dieselbe Anfrage bekommt dieselbe Seite, bis die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>A firewall or proxy answered in the origin&apos;s place</source>
        <translation>Eine Firewall oder ein Proxy hat an Stelle des Origin geantwortet</translation>
    </message>
    <message>
        <source>Identify the device from the page (F5, FortiGate, Zscaler, ModSecurity, a capture proxy) and ask its owners for the block reason and the request id shown on the page.</source>
        <translation>Bestimmen Sie das Gerät anhand der Seite (F5, FortiGate, Zscaler, ModSecurity, ein Mitschnitt-Proxy) und fragen Sie dessen Betreiber nach dem Sperrgrund und der auf der Seite gezeigten Request-ID.</translation>
    </message>
    <message>
        <source>Check the WAF/firewall log for the rule that matched (request size, a signature in a parameter, a blocked country or IP).</source>
        <translation>Prüfen Sie im WAF-/Firewall-Protokoll, welche Regel gegriffen hat (Anfragegröße, eine Signatur in einem Parameter, ein gesperrtes Land oder eine IP).</translation>
    </message>
    <message>
        <source>If the gateway should not pass through this device, fix the route between gateway and origin.</source>
        <translation>Wenn das Gateway nicht über dieses Gerät laufen soll, korrigieren Sie die Route zwischen Gateway und Origin.</translation>
    </message>
    <message>
        <source>The gateway cannot connect to its upstream</source>
        <translation>Das Gateway kann sich nicht mit seinem Upstream verbinden</translation>
    </message>
    <message>
        <source>Check that the upstream listens where the gateway connects: from the gateway host run curl -sv http://UPSTREAM:PORT/ (or ss -ltnp on the upstream host).</source>
        <translation>Prüfen Sie, ob der Upstream dort lauscht, wohin das Gateway verbindet: führen Sie vom Gateway-Host curl -sv http://UPSTREAM:PORT/ aus (oder ss -ltnp auf dem Upstream-Host).</translation>
    </message>
    <message>
        <source>nginx error.log: &apos;connect() failed (111: Connection refused) while connecting to upstream&apos; (or &apos;connect() to unix:/run/php-fpm.sock failed (2: No such file or directory)&apos; for a socket); Caddy: &apos;dial tcp …: connect: connection refused&apos;; Envoy: &apos;reset reason: remote connection failure&apos; with flag UF.</source>
        <translation>nginx error.log: &apos;connect() failed (111: Connection refused) while connecting to upstream&apos; (oder &apos;connect() to unix:/run/php-fpm.sock failed (2: No such file or directory)&apos; für einen Socket); Caddy: &apos;dial tcp …: connect: connection refused&apos;; Envoy: &apos;reset reason: remote connection failure&apos; mit Flag UF.</translation>
    </message>
    <message>
        <source>Check the upstream address in the gateway config (proxy_pass, server lines, service discovery) against the running service; a container that restarted may have a new address.</source>
        <translation>Vergleichen Sie die Upstream-Adresse in der Gateway-Konfiguration (proxy_pass, server-Zeilen, Service Discovery) mit dem laufenden Dienst; ein neu gestarteter Container kann eine neue Adresse haben.</translation>
    </message>
    <message>
        <source>Check security groups, NetworkPolicies and host firewalls between gateway and origin: a REJECT looks like a refused connection; traceroute -T -p PORT UPSTREAM finds routing problems.</source>
        <translation>Prüfen Sie Security Groups, NetworkPolicies und Host-Firewalls zwischen Gateway und Origin: ein REJECT sieht aus wie eine abgelehnte Verbindung; traceroute -T -p PORT UPSTREAM findet Routing-Probleme.</translation>
    </message>
    <message>
        <source>Retrying is safe: the request never reached the application.</source>
        <translation>Wiederholen ist sicher: die Anfrage hat die Anwendung nie erreicht.</translation>
    </message>
    <message>
        <source>The gateway cannot resolve its upstream</source>
        <translation>Das Gateway kann seinen Upstream nicht auflösen</translation>
    </message>
    <message>
        <source>Resolve the upstream name from the gateway host or container: getent hosts NAME; dig NAME @RESOLVER.</source>
        <translation>Lösen Sie den Upstream-Namen vom Gateway-Host oder -Container aus auf: getent hosts NAME; dig NAME @RESOLVER.</translation>
    </message>
    <message>
        <source>nginx: with a variable in proxy_pass, a &apos;resolver&apos; directive is required (&apos;no resolver defined to resolve NAME&apos;); errors read &apos;NAME could not be resolved (3: Host not found)&apos;.</source>
        <translation>nginx: mit einer Variablen in proxy_pass ist eine &apos;resolver&apos;-Direktive nötig (&apos;no resolver defined to resolve NAME&apos;); Fehler lauten &apos;NAME could not be resolved (3: Host not found)&apos;.</translation>
    </message>
    <message>
        <source>Apache answers this with 500 &apos;DNS lookup failure for: NAME&apos;; Kong with 503 &apos;name resolution failed&apos;; Squid with 503 ERR_DNS_FAIL; HAProxy puts the server in maintenance (&apos;is going DOWN for maintenance (DNS NX status)&apos;).</source>
        <translation>Apache beantwortet das mit 500 &apos;DNS lookup failure for: NAME&apos;; Kong mit 503 &apos;name resolution failed&apos;; Squid mit 503 ERR_DNS_FAIL; HAProxy setzt den Server in Wartung (&apos;is going DOWN for maintenance (DNS NX status)&apos;).</translation>
    </message>
    <message>
        <source>Check for a renamed or deleted service, a Kubernetes namespace missing from the name, or a resolver that cannot see a private zone.</source>
        <translation>Prüfen Sie auf einen umbenannten oder gelöschten Dienst, einen im Namen fehlenden Kubernetes-Namespace oder einen Resolver, der eine private Zone nicht sieht.</translation>
    </message>
    <message>
        <source>TLS between the gateway and its upstream fails</source>
        <translation>TLS zwischen dem Gateway und seinem Upstream scheitert</translation>
    </message>
    <message>
        <source>From the gateway host: openssl s_client -connect UPSTREAM:443 -servername UPSTREAM_NAME -showcerts &lt;/dev/null — check names, dates, chain and protocol.</source>
        <translation>Vom Gateway-Host aus: openssl s_client -connect UPSTREAM:443 -servername UPSTREAM_NAME -showcerts &lt;/dev/null — prüfen Sie Namen, Daten, Kette und Protokoll.</translation>
    </message>
    <message>
        <source>nginx: &apos;SSL_do_handshake() failed … while SSL handshaking to upstream&apos;, &apos;upstream SSL certificate verify error&apos;, &apos;upstream SSL certificate does not match&apos;. Set proxy_ssl_server_name on and proxy_ssl_name when the upstream needs SNI; give proxy_ssl_trusted_certificate for a private CA.</source>
        <translation>nginx: &apos;SSL_do_handshake() failed … while SSL handshaking to upstream&apos;, &apos;upstream SSL certificate verify error&apos;, &apos;upstream SSL certificate does not match&apos;. Setzen Sie proxy_ssl_server_name on und proxy_ssl_name, wenn der Upstream SNI braucht; geben Sie proxy_ssl_trusted_certificate für eine private CA an.</translation>
    </message>
    <message>
        <source>Apache: &apos;Error during SSL Handshake with remote server&apos; (500): check SSLProxyEngine on, SSLProxyCACertificateFile, SSLProxyCheckPeerName.</source>
        <translation>Apache: &apos;Error during SSL Handshake with remote server&apos; (500): prüfen Sie SSLProxyEngine on, SSLProxyCACertificateFile, SSLProxyCheckPeerName.</translation>
    </message>
    <message>
        <source>HAProxy: &apos;SSL handshake failure&apos; in %[bc_err_str] (503); check &apos;ssl verify required ca-file …&apos; and &apos;sni&apos;.</source>
        <translation>HAProxy: &apos;SSL handshake failure&apos; in %[bc_err_str] (503); prüfen Sie &apos;ssl verify required ca-file …&apos; und &apos;sni&apos;.</translation>
    </message>
    <message>
        <source>Never leave verification off as the fix; trust the right CA instead.</source>
        <translation>Lassen Sie die Prüfung nie als &apos;Lösung&apos; ausgeschaltet; vertrauen Sie stattdessen der richtigen CA.</translation>
    </message>
    <message>
        <source>A gateway reports its timeout as 502</source>
        <translation>Ein Gateway meldet sein Timeout als 502</translation>
    </message>
    <message>
        <source>Apache: look for &apos;AH01102: error reading status line from remote server HOST:PORT&apos; with &apos;(70007)The timeout specified has expired&apos; and &apos;AH00898: Error reading from remote server returned by /PATH&apos;. Raise ProxyTimeout (or the worker&apos;s timeout=) only if the slow response is expected; the default equals Timeout, 60 s.</source>
        <translation>Apache: suchen Sie nach &apos;AH01102: error reading status line from remote server HOST:PORT&apos; mit &apos;(70007)The timeout specified has expired&apos; und &apos;AH00898: Error reading from remote server returned by /PATH&apos;. Erhöhen Sie ProxyTimeout (oder timeout= des Workers) nur, wenn die langsame Antwort zu erwarten ist; der Standard entspricht Timeout, 60 s.</translation>
    </message>
    <message>
        <source>Google Cloud classic load balancer: backend service timeout (default 30 s) → 502; raise timeoutSec or speed up the backend.</source>
        <translation>Klassischer Google-Cloud-Load-Balancer: Backend-Service-Timeout (standardmäßig 30 s) → 502; timeoutSec erhöhen oder das Backend beschleunigen.</translation>
    </message>
    <message>
        <source>Azure Application Gateway v1: request timeout (default 20 s) in the backend HTTP settings.</source>
        <translation>Azure Application Gateway v1: Anfrage-Timeout (standardmäßig 20 s) in den Backend-HTTP-Einstellungen.</translation>
    </message>
    <message>
        <source>Find out why the origin is slow: its logs for the request, slow queries, saturated workers.</source>
        <translation>Finden Sie heraus, warum der Origin langsam ist: seine Protokolle zur Anfrage, langsame Abfragen, ausgelastete Worker.</translation>
    </message>
    <message>
        <source>The upstream closes the connection before answering</source>
        <translation>Der Upstream schließt die Verbindung, bevor er antwortet</translation>
    </message>
    <message>
        <source>Gateway logs: nginx &apos;upstream prematurely closed connection while reading response header from upstream&apos;; HAProxy termination state SH--; Envoy &apos;reset reason: connection termination&apos; (UC); Squid ERR_ZERO_SIZE_OBJECT; Apache AH01102 &apos;error reading status line from remote server&apos;.</source>
        <translation>Gateway-Protokolle: nginx &apos;upstream prematurely closed connection while reading response header from upstream&apos;; HAProxy-Endzustand SH--; Envoy &apos;reset reason: connection termination&apos; (UC); Squid ERR_ZERO_SIZE_OBJECT; Apache AH01102 &apos;error reading status line from remote server&apos;.</translation>
    </message>
    <message>
        <source>Check the upstream for crashes or worker recycling at that time (OOM kills, gunicorn &apos;[CRITICAL] WORKER TIMEOUT&apos;, PHP-FPM &apos;child exited&apos;).</source>
        <translation>Prüfen Sie den Upstream zu diesem Zeitpunkt auf Abstürze oder Worker-Recycling (OOM-Kills, gunicorn &apos;[CRITICAL] WORKER TIMEOUT&apos;, PHP-FPM &apos;child exited&apos;).</translation>
    </message>
    <message>
        <source>If it is intermittent under low traffic: a keep-alive race. Make the upstream&apos;s idle timeout longer than the gateway&apos;s (Node: server.keepAliveTimeout and headersTimeout above 60 s behind an ALB; nginx upstream keepalive_timeout; Envoy/Istio DestinationRule idleTimeout shorter than the app&apos;s).</source>
        <translation>Wenn es bei wenig Verkehr sporadisch auftritt: ein Keep-Alive-Wettlauf. Machen Sie das Leerlauf-Timeout des Upstreams länger als das des Gateways (Node: server.keepAliveTimeout und headersTimeout über 60 s hinter einem ALB; nginx upstream keepalive_timeout; Envoy/Istio DestinationRule idleTimeout kürzer als das der Anwendung).</translation>
    </message>
    <message>
        <source>Check body and header size limits at the upstream that make it hang up.</source>
        <translation>Prüfen Sie Body- und Header-Größengrenzen am Upstream, die ihn auflegen lassen.</translation>
    </message>
    <message>
        <source>Retry only idempotent requests: the upstream may already have processed it.</source>
        <translation>Nur idempotente Anfragen wiederholen: der Upstream hat sie vielleicht schon verarbeitet.</translation>
    </message>
    <message>
        <source>The upstream resets the connection</source>
        <translation>Der Upstream setzt die Verbindung zurück</translation>
    </message>
    <message>
        <source>Gateway logs: nginx &apos;recv() failed (104: Connection reset by peer) while reading response header from upstream&apos;; Envoy &apos;remote reset&apos; (UR); Squid ERR_READ_ERROR; Fastly &apos;backend read error&apos;.</source>
        <translation>Gateway-Protokolle: nginx &apos;recv() failed (104: Connection reset by peer) while reading response header from upstream&apos;; Envoy &apos;remote reset&apos; (UR); Squid ERR_READ_ERROR; Fastly &apos;backend read error&apos;.</translation>
    </message>
    <message>
        <source>Check for the upstream process being killed (OOM, a liveness probe, a deploy) at that moment.</source>
        <translation>Prüfen Sie, ob der Upstream-Prozess in diesem Moment beendet wurde (OOM, eine Liveness-Probe, ein Deployment).</translation>
    </message>
    <message>
        <source>Check firewalls/NAT between gateway and upstream that drop idle connection state, and keep-alive timeouts (the upstream&apos;s must be longer than the gateway&apos;s).</source>
        <translation>Prüfen Sie Firewalls/NAT zwischen Gateway und Upstream, die den Zustand untätiger Verbindungen verwerfen, und die Keep-Alive-Timeouts (der des Upstreams muss länger sein als der des Gateways).</translation>
    </message>
    <message>
        <source>Capture on the gateway host if it repeats: tcpdump -i any host UPSTREAM and port PORT.</source>
        <translation>Schneiden Sie auf dem Gateway-Host mit, falls es sich wiederholt: tcpdump -i any host UPSTREAM and port PORT.</translation>
    </message>
    <message>
        <source>The upstream&apos;s response is not valid HTTP</source>
        <translation>Die Antwort des Upstreams ist kein gültiges HTTP</translation>
    </message>
    <message>
        <source>Gateway logs: nginx &apos;upstream sent invalid header: …&apos;, &apos;upstream sent no valid HTTP/1.0 header&apos;, &apos;upstream sent too big header while reading response header from upstream&apos;; HAProxy PH--; Envoy &apos;protocol error&apos; (UPE); Squid ERR_INVALID_RESP (&apos;Headers did not parse at all&apos;); Apache &apos;Corrupt status line returned by remote server&apos;.</source>
        <translation>Gateway-Protokolle: nginx &apos;upstream sent invalid header: …&apos;, &apos;upstream sent no valid HTTP/1.0 header&apos;, &apos;upstream sent too big header while reading response header from upstream&apos;; HAProxy PH--; Envoy &apos;protocol error&apos; (UPE); Squid ERR_INVALID_RESP (&apos;Headers did not parse at all&apos;); Apache &apos;Corrupt status line returned by remote server&apos;.</translation>
    </message>
    <message>
        <source>Fetch from the upstream directly and read the raw bytes: curl -sv --raw http://UPSTREAM:PORT/PATH (or gatescope probe) and look for the anomaly at the given offset.</source>
        <translation>Holen Sie direkt vom Upstream und lesen Sie die rohen Bytes: curl -sv --raw http://UPSTREAM:PORT/PATH (oder gatescope probe) und suchen Sie die Anomalie beim angegebenen Offset.</translation>
    </message>
    <message>
        <source>Too big header: raise nginx proxy_buffer_size / proxy_buffers (large cookies or tokens), or shrink the headers; ALB rejects headers over 32 KB, Cloudflare over 128 KB.</source>
        <translation>Zu großer Header: erhöhen Sie nginx proxy_buffer_size / proxy_buffers (große Cookies oder Tokens) oder verkleinern Sie die Header; ALB lehnt Header über 32 KB ab, Cloudflare über 128 KB.</translation>
    </message>
    <message>
        <source>Check that the upstream port speaks plain HTTP/1.1 (not TLS, not HTTP/2 prior-knowledge, not another protocol).</source>
        <translation>Prüfen Sie, ob der Upstream-Port einfaches HTTP/1.1 spricht (nicht TLS, nicht HTTP/2 mit Vorwissen, kein anderes Protokoll).</translation>
    </message>
    <message>
        <source>Fix the application code that writes headers by hand or prints before the headers.</source>
        <translation>Korrigieren Sie den Anwendungscode, der Header von Hand schreibt oder vor den Headern etwas ausgibt.</translation>
    </message>
    <message>
        <source>The gateway says the upstream failed, but not how</source>
        <translation>Das Gateway sagt, der Upstream habe versagt, aber nicht wie</translation>
    </message>
    <message>
        <source>Read the gateway&apos;s own log line for this request; it names the failure. nginx error.log: one of &apos;connect() failed (111: Connection refused) while connecting to upstream&apos;, &apos;upstream prematurely closed connection while reading response header from upstream&apos;, &apos;recv() failed (104: Connection reset by peer)&apos;, &apos;upstream sent invalid header&apos;, &apos;no live upstreams while connecting to upstream&apos;.</source>
        <translation>Lesen Sie die eigene Protokollzeile des Gateways zu dieser Anfrage; sie nennt den Fehler. nginx error.log: eine von &apos;connect() failed (111: Connection refused) while connecting to upstream&apos;, &apos;upstream prematurely closed connection while reading response header from upstream&apos;, &apos;recv() failed (104: Connection reset by peer)&apos;, &apos;upstream sent invalid header&apos;, &apos;no live upstreams while connecting to upstream&apos;.</translation>
    </message>
    <message>
        <source>HAProxy log: the termination state — &apos;SH--&apos; closed or reset before the headers, &apos;PH--&apos; invalid response. Apache error log: &apos;AH01102: error reading status line from remote server&apos; preceded by &apos;(104)Connection reset by peer&apos; (reset) or &apos;(20014)Internal error&apos; (closed); &apos;AH01106: bad HTTP/1.1 header returned by /PATH&apos; (bad header).</source>
        <translation>HAProxy-Protokoll: der Endzustand — &apos;SH--&apos; vor den Headern geschlossen oder zurückgesetzt, &apos;PH--&apos; ungültige Antwort. Apache-Fehlerprotokoll: &apos;AH01102: error reading status line from remote server&apos; nach &apos;(104)Connection reset by peer&apos; (Reset) oder &apos;(20014)Internal error&apos; (geschlossen); &apos;AH01106: bad HTTP/1.1 header returned by /PATH&apos; (fehlerhafter Header).</translation>
    </message>
    <message>
        <source>Caddy error log (logger http.log.error): &apos;dial tcp …: connect: connection refused&apos;, &apos;EOF&apos; (closed), &apos;read: connection reset by peer&apos;, &apos;malformed HTTP status code&apos; / &apos;malformed MIME header&apos; (garbage or bad header). Varnish: varnishlog FetchError (&apos;HTC eof&apos;, &apos;http format error&apos;, &apos;fail errno 111&apos;). Squid: X-Squid-Error and cache.log (&apos;Invalid Response: No object data received&apos;, &apos;Bad header encountered&apos;).</source>
        <translation>Caddy-Fehlerprotokoll (Logger http.log.error): &apos;dial tcp …: connect: connection refused&apos;, &apos;EOF&apos; (geschlossen), &apos;read: connection reset by peer&apos;, &apos;malformed HTTP status code&apos; / &apos;malformed MIME header&apos; (Müll oder fehlerhafter Header). Varnish: varnishlog FetchError (&apos;HTC eof&apos;, &apos;http format error&apos;, &apos;fail errno 111&apos;). Squid: X-Squid-Error und cache.log (&apos;Invalid Response: No object data received&apos;, &apos;Bad header encountered&apos;).</translation>
    </message>
    <message>
        <source>ALB: access log target_status_code &apos;-&apos; and error_reason; CloudWatch HTTPCode_ELB_502_Count vs HTTPCode_Target_5XX_Count. Kong: its error.log (nginx lines).</source>
        <translation>ALB: Zugriffsprotokoll target_status_code &apos;-&apos; und error_reason; CloudWatch HTTPCode_ELB_502_Count gegenüber HTTPCode_Target_5XX_Count. Kong: sein error.log (nginx-Zeilen).</translation>
    </message>
    <message>
        <source>If the 502 is intermittent, compare keep-alive timeouts of every adjacent pair (the upstream&apos;s must exceed the gateway&apos;s).</source>
        <translation>Wenn das 502 sporadisch auftritt, vergleichen Sie die Keep-Alive-Timeouts jedes benachbarten Paares (das des Upstreams muss das des Gateways übersteigen).</translation>
    </message>
    <message>
        <source>Check whether the upstream restarted or was deployed at that time.</source>
        <translation>Prüfen Sie, ob der Upstream zu diesem Zeitpunkt neu gestartet oder deployt wurde.</translation>
    </message>
    <message>
        <source>The gateway cannot connect to its upstream in time</source>
        <translation>Das Gateway kann sich nicht rechtzeitig mit seinem Upstream verbinden</translation>
    </message>
    <message>
        <source>Gateway logs: Squid ERR_CONNECT_FAIL 110; Envoy &apos;reset reason: connection timeout&apos; (UF); HAProxy sC--; Varnish FetchError &apos;fail errno 110 (Connection timed out)&apos;.</source>
        <translation>Gateway-Protokolle: Squid ERR_CONNECT_FAIL 110; Envoy &apos;reset reason: connection timeout&apos; (UF); HAProxy sC--; Varnish FetchError &apos;fail errno 110 (Connection timed out)&apos;.</translation>
    </message>
    <message>
        <source>From the gateway host: nc -vz -w 5 UPSTREAM PORT; a silent drop points at a security group, NetworkPolicy or firewall.</source>
        <translation>Vom Gateway-Host aus: nc -vz -w 5 UPSTREAM PORT; ein stilles Verwerfen weist auf eine Security Group, NetworkPolicy oder Firewall hin.</translation>
    </message>
    <message>
        <source>Check the upstream&apos;s accept queue and worker count (it may be too busy to accept).</source>
        <translation>Prüfen Sie die Accept-Warteschlange und die Worker-Anzahl des Upstreams (er ist vielleicht zu beschäftigt zum Annehmen).</translation>
    </message>
    <message>
        <source>Connect timeouts are short on purpose (Varnish connect_timeout 3.5 s, Envoy cluster connect_timeout 5 s); raise them only for a known slow network.</source>
        <translation>Verbindungs-Timeouts sind absichtlich kurz (Varnish connect_timeout 3,5 s, Envoy-Cluster connect_timeout 5 s); erhöhen Sie sie nur für ein bekanntermaßen langsames Netz.</translation>
    </message>
    <message>
        <source>The gateway gave up waiting for the upstream&apos;s response (503)</source>
        <translation>Das Gateway hat das Warten auf die Antwort des Upstreams aufgegeben (503)</translation>
    </message>
    <message>
        <source>Varnish: FetchError &apos;first byte timeout&apos; in varnishlog; raise first_byte_timeout (default 60 s) per backend only if the slowness is expected.</source>
        <translation>Varnish: FetchError &apos;first byte timeout&apos; in varnishlog; erhöhen Sie first_byte_timeout (standardmäßig 60 s) pro Backend nur, wenn die Langsamkeit zu erwarten ist.</translation>
    </message>
    <message>
        <source>Fastly: first_byte_timeout 15 s by default (max 600 s); Heroku H12 after 30 s cannot be raised — move the work to a background job.</source>
        <translation>Fastly: first_byte_timeout standardmäßig 15 s (höchstens 600 s); Heroku H12 nach 30 s lässt sich nicht erhöhen — verlagern Sie die Arbeit in einen Hintergrundjob.</translation>
    </message>
    <message>
        <source>API Gateway HTTP API: integration timeout 30 s maximum.</source>
        <translation>API Gateway HTTP API: Integrations-Timeout höchstens 30 s.</translation>
    </message>
    <message>
        <source>Find why the origin is slow (logs, traces, slow queries, saturated workers).</source>
        <translation>Finden Sie heraus, warum der Origin langsam ist (Protokolle, Traces, langsame Abfragen, ausgelastete Worker).</translation>
    </message>
    <message>
        <source>Varnish: backend fetch failed</source>
        <translation>Varnish: Abruf vom Backend fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run varnishlog -g request -q &apos;RespStatus == 503&apos; and read the FetchError line: &apos;backend NAME: fail errno 111 (Connection refused)&apos;, &apos;first byte timeout&apos;, &apos;HTC eof (-1)&apos; (closed, reset or garbage), &apos;http format error&apos; (bad header), &apos;backend NAME: unhealthy&apos; / &apos;backend dead: unhealthy&apos;, &apos;backend NAME: busy&apos;.</source>
        <translation>Führen Sie varnishlog -g request -q &apos;RespStatus == 503&apos; aus und lesen Sie die FetchError-Zeile: &apos;backend NAME: fail errno 111 (Connection refused)&apos;, &apos;first byte timeout&apos;, &apos;HTC eof (-1)&apos; (geschlossen, zurückgesetzt oder Müll), &apos;http format error&apos; (fehlerhafter Header), &apos;backend NAME: unhealthy&apos; / &apos;backend dead: unhealthy&apos;, &apos;backend NAME: busy&apos;.</translation>
    </message>
    <message>
        <source>Check backend health with varnishadm backend.list.</source>
        <translation>Prüfen Sie den Zustand der Backends mit varnishadm backend.list.</translation>
    </message>
    <message>
        <source>For timeouts, compare first_byte_timeout (60 s) and connect_timeout (3.5 s) with the backend&apos;s response time.</source>
        <translation>Vergleichen Sie bei Timeouts first_byte_timeout (60 s) und connect_timeout (3,5 s) mit der Antwortzeit des Backends.</translation>
    </message>
    <message>
        <source>The built-in error page carries Retry-After: 5; it does not mean the backend will be back in 5 s.</source>
        <translation>Die eingebaute Fehlerseite trägt Retry-After: 5; das bedeutet nicht, dass das Backend in 5 s zurück ist.</translation>
    </message>
    <message>
        <source>The gateway cannot reach the origin (connect timeout)</source>
        <translation>Das Gateway erreicht den Origin nicht (Verbindungs-Timeout)</translation>
    </message>
    <message>
        <source>Gateway logs: nginx &apos;upstream timed out (110: Connection timed out) while connecting to upstream&apos;; Caddy &apos;dial tcp …: i/o timeout&apos; (dial_timeout 3 s); ALB target connection not established within 10 s; CloudFront OriginCommError.</source>
        <translation>Gateway-Protokolle: nginx &apos;upstream timed out (110: Connection timed out) while connecting to upstream&apos;; Caddy &apos;dial tcp …: i/o timeout&apos; (dial_timeout 3 s); ALB-Zielverbindung nicht innerhalb von 10 s aufgebaut; CloudFront OriginCommError.</translation>
    </message>
    <message>
        <source>From the gateway host: nc -vz -w 5 ORIGIN PORT and traceroute -T -p PORT ORIGIN; check security groups, NACLs (ephemeral return ports), NetworkPolicies and routes.</source>
        <translation>Vom Gateway-Host aus: nc -vz -w 5 ORIGIN PORT und traceroute -T -p PORT ORIGIN; prüfen Sie Security Groups, NACLs (kurzlebige Rückports), NetworkPolicies und Routen.</translation>
    </message>
    <message>
        <source>Check that the origin address in the config is current (DNS TTLs, rotated instances).</source>
        <translation>Prüfen Sie, ob die Origin-Adresse in der Konfiguration aktuell ist (DNS-TTLs, ausgetauschte Instanzen).</translation>
    </message>
    <message>
        <source>Check whether the origin is so overloaded that it no longer accepts connections.</source>
        <translation>Prüfen Sie, ob der Origin so überlastet ist, dass er keine Verbindungen mehr annimmt.</translation>
    </message>
    <message>
        <source>The origin is slower than the gateway&apos;s timeout</source>
        <translation>Der Origin ist langsamer als das Timeout des Gateways</translation>
    </message>
    <message>
        <source>Find the request in the origin&apos;s logs and measure how long it really took; look for slow queries, locks, external calls and saturated worker pools (too many concurrent requests queue up).</source>
        <translation>Finden Sie die Anfrage in den Protokollen des Origin und messen Sie, wie lange sie wirklich gedauert hat; suchen Sie nach langsamen Abfragen, Sperren, externen Aufrufen und ausgelasteten Worker-Pools (zu viele parallele Anfragen stauen sich).</translation>
    </message>
    <message>
        <source>Scale the origin (more workers/instances) or limit concurrency at the gateway so requests fail fast instead of queueing.</source>
        <translation>Skalieren Sie den Origin (mehr Worker/Instanzen) oder begrenzen Sie die Parallelität am Gateway, damit Anfragen schnell scheitern statt sich zu stauen.</translation>
    </message>
    <message>
        <source>Only if the long response is expected, raise the timeout on the hop that fired: nginx proxy_read_timeout (60 s), HAProxy timeout server, Apache ProxyTimeout, Varnish first_byte_timeout, Squid read_timeout, Caddy transport response_header_timeout, Envoy route timeout (15 s), Kong service read_timeout, ALB idle timeout (60 s), Cloudflare (100 s, Enterprise only), CloudFront origin response timeout (30 s), API Gateway integration timeout (29 s) — and every hop in front of it, or the next one fires instead.</source>
        <translation>Nur wenn die lange Antwort zu erwarten ist, erhöhen Sie das Timeout am ausgelösten Hop: nginx proxy_read_timeout (60 s), HAProxy timeout server, Apache ProxyTimeout, Varnish first_byte_timeout, Squid read_timeout, Caddy transport response_header_timeout, Envoy-Routen-Timeout (15 s), Kong-Service read_timeout, ALB-Leerlauf-Timeout (60 s), Cloudflare (100 s, nur Enterprise), CloudFront-Origin-Antwort-Timeout (30 s), API-Gateway-Integrations-Timeout (29 s) — und an jedem Hop davor, sonst löst der nächste aus.</translation>
    </message>
    <message>
        <source>nginx error.log: &apos;upstream timed out (110: Connection timed out) while reading response header from upstream&apos;; HAProxy sH--; Envoy UT &apos;upstream request timeout&apos;.</source>
        <translation>nginx error.log: &apos;upstream timed out (110: Connection timed out) while reading response header from upstream&apos;; HAProxy sH--; Envoy UT &apos;upstream request timeout&apos;.</translation>
    </message>
    <message>
        <source>Better: make slow work asynchronous (202 Accepted + a status URL) or stream the response.</source>
        <translation>Besser: langsame Arbeit asynchron machen (202 Accepted + eine Status-URL) oder die Antwort streamen.</translation>
    </message>
    <message>
        <source>The origin accepted the request and never answered</source>
        <translation>Der Origin hat die Anfrage angenommen und nie geantwortet</translation>
    </message>
    <message>
        <source>Find the request in the origin&apos;s logs: no log line at all suggests it never finished (a stuck thread, a deadlock, a swallowed exception that never wrote a response).</source>
        <translation>Finden Sie die Anfrage in den Protokollen des Origin: gar keine Protokollzeile deutet darauf hin, dass sie nie fertig wurde (ein hängender Thread, ein Deadlock, eine verschluckte Ausnahme, die nie eine Antwort schrieb).</translation>
    </message>
    <message>
        <source>Take a thread dump / stack dump of the origin while a request hangs (jstack, py-spy dump, dotnet-stack, kill -QUIT for Go) to see where it waits.</source>
        <translation>Erstellen Sie einen Thread-/Stack-Dump des Origin, während eine Anfrage hängt (jstack, py-spy dump, dotnet-stack, kill -QUIT bei Go), um zu sehen, worauf er wartet.</translation>
    </message>
    <message>
        <source>Give every outbound call of the origin a timeout shorter than the gateway&apos;s, so it can answer with an error instead of nothing.</source>
        <translation>Geben Sie jedem ausgehenden Aufruf des Origin ein Timeout, das kürzer ist als das des Gateways, damit er mit einem Fehler statt mit nichts antworten kann.</translation>
    </message>
    <message>
        <source>Check the gateway&apos;s log for the timeout line (nginx &apos;upstream timed out … while reading response header from upstream&apos;, HAProxy sH--, Kong &apos;The upstream server is timing out&apos;, API Gateway &apos;Endpoint request timed out&apos;).</source>
        <translation>Suchen Sie im Protokoll des Gateways die Timeout-Zeile (nginx &apos;upstream timed out … while reading response header from upstream&apos;, HAProxy sH--, Kong &apos;The upstream server is timing out&apos;, API Gateway &apos;Endpoint request timed out&apos;).</translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation>Nichts zu beheben</translation>
    </message>
    <message>
        <source>The response is not a server error. If the client still failed, check how it handled this response (parsing, redirects, caching).</source>
        <translation>Die Antwort ist kein Serverfehler. Wenn der Client trotzdem gescheitert ist, prüfen Sie, wie er diese Antwort behandelt hat (Parsen, Weiterleitungen, Caching).</translation>
    </message>
    <message>
        <source>Read the stack trace of the failing dependency call — in the body if debug output is on, else in the application log or error tracker by time and request id: the innermost frames in the driver or client library name the operation (the SQL statement, the pool checkout, the outbound HTTP call), and the chain below it (&apos;Caused by:&apos; in Java, &apos;The above exception was the direct cause of the following exception&apos; in Python) holds the real error: timeout, connection refused, authentication failed, too many connections.</source>
        <translation>Den Stacktrace des fehlgeschlagenen Abhängigkeitsaufrufs lesen — im Body, wenn Debug-Ausgabe an ist, sonst im Anwendungslog oder Fehler-Tracker nach Zeit und Request-ID: die innersten Frames im Treiber oder in der Client-Bibliothek nennen die Operation (die SQL-Anweisung, das Holen aus dem Pool, den ausgehenden HTTP-Aufruf), und die Kette darunter (&apos;Caused by:&apos; in Java, &apos;The above exception was the direct cause of the following exception&apos; in Python) enthält den echten Fehler: Timeout, Verbindung abgelehnt, Authentifizierung fehlgeschlagen, zu viele Verbindungen.</translation>
    </message>
    <message>
        <source>Reload / retry once to tell a passing block from a standing rule: if the same request goes through now, look for a rate or reputation rule that caught a burst (WAF rate-based rule, FortiGate DoS policy, fail2ban jail) and slow the client down; if it fails every time, a content rule matches (request size, a signature in a parameter or header) and retrying in a loop only repeats the block — some devices then ban the client&apos;s address.</source>
        <translation>Einmal neu laden / wiederholen, um eine vorübergehende Sperre von einer festen Regel zu unterscheiden: geht dieselbe Anfrage jetzt durch, nach einer Raten- oder Reputationsregel suchen, die einen Schwall erwischt hat (ratenbasierte WAF-Regel, FortiGate-DoS-Richtlinie, fail2ban-Jail), und den Client bremsen; schlägt sie jedes Mal fehl, greift eine Inhaltsregel (Anfragegröße, eine Signatur in einem Parameter oder Header), und Wiederholen in einer Schleife wiederholt nur die Sperre — manche Geräte sperren dann die Adresse des Clients.</translation>
    </message>
    <message>
        <source>Once the name resolves again, reload the gateway, then retry: nginx looks up a host name written literally in proxy_pass or an upstream block only at start and on reload (nginx -s reload), so it keeps an old or missing address until then — with a &apos;resolver&apos; directive and a variable in proxy_pass it looks again after the record&apos;s TTL (or resolver … valid=30s); HAProxy with a &apos;resolvers&apos; section re-checks by itself (hold valid 10 s by default); Apache mod_proxy keeps the address per worker until apachectl graceful. The retry is safe even for POST: the request never reached the origin.</source>
        <translation>Sobald der Name wieder auflöst, das Gateway neu laden und dann erneut versuchen: nginx schlägt einen wörtlich in proxy_pass oder einem upstream-Block stehenden Hostnamen nur beim Start und beim Neuladen (nginx -s reload) nach und behält bis dahin eine alte oder fehlende Adresse — mit einer &apos;resolver&apos;-Direktive und einer Variable in proxy_pass sucht es nach Ablauf der TTL erneut (oder resolver … valid=30s); HAProxy mit einem &apos;resolvers&apos;-Abschnitt prüft selbst nach (standardmäßig hold valid 10 s); Apache mod_proxy behält die Adresse pro Worker bis apachectl graceful. Der erneute Versuch ist sogar für POST sicher: die Anfrage hat den Ursprung nie erreicht.</translation>
    </message>
    <message>
        <source>Reload / retry once to tell a one-off from a bug: a worker killed in the middle of a response (OOM killer, a deploy, a crash) garbles one answer; a handler that writes a bad header or body does it every time, and further retries only add load. nginx already passes idempotent requests to the next server on &apos;error timeout&apos; (proxy_next_upstream); add &apos;invalid_header&apos; there only when a single server of the pool is broken, and fix that server.</source>
        <translation>Einmal neu laden / wiederholen, um einen Einzelfall von einem Fehler zu unterscheiden: ein mitten in der Antwort beendeter Worker (OOM-Killer, ein Deploy, ein Absturz) verstümmelt eine Antwort; ein Handler, der einen falschen Header oder Body schreibt, tut es jedes Mal, und weitere Versuche erhöhen nur die Last. nginx reicht idempotente Anfragen bei &apos;error timeout&apos; schon an den nächsten Server weiter (proxy_next_upstream); &apos;invalid_header&apos; dort nur ergänzen, wenn ein einzelner Server des Pools kaputt ist, und diesen Server reparieren.</translation>
    </message>
    <message>
        <source>Raise the timeout only for a path that is slow to connect but works (a distant region, a busy NAT or proxy in between): nginx proxy_connect_timeout (60 s; it usually cannot exceed 75 s), HAProxy timeout connect, Varnish backend .connect_timeout (3.5 s), Caddy reverse_proxy transport http { dial_timeout } (3 s), Envoy cluster connect_timeout (5 s), Traefik serversTransport forwardingTimeouts.dialTimeout (30 s). When nothing answers at all (a firewall silently dropping SYNs), a longer timeout only makes the 504 slower.</source>
        <translation>Den Timeout nur für einen Weg erhöhen, der langsam verbindet, aber funktioniert (eine ferne Region, ein ausgelastetes NAT oder ein Proxy dazwischen): nginx proxy_connect_timeout (60 s; meist nicht über 75 s), HAProxy timeout connect, Varnish backend .connect_timeout (3,5 s), Caddy reverse_proxy transport http { dial_timeout } (3 s), Envoy cluster connect_timeout (5 s), Traefik serversTransport forwardingTimeouts.dialTimeout (30 s). Antwortet gar nichts (eine Firewall verwirft SYNs still), macht ein längerer Timeout den 504 nur langsamer.</translation>
    </message>
    <message>
        <source>Raise the timeout only if the origin does answer, just late (its log shows the request finishing after the gateway gave up) — a request that hangs forever hangs past any limit: nginx proxy_read_timeout (60 s, counted between two reads), HAProxy timeout server, Apache ProxyTimeout (falls back to Timeout, 60 s), Varnish first_byte_timeout (60 s), Squid read_timeout (15 min), Caddy reverse_proxy transport http { response_header_timeout } (unset: no limit), Kong service read_timeout (60000 ms). Keep every hop&apos;s limit longer than the one behind it, or the outer one answers first.</source>
        <translation>Den Timeout nur erhöhen, wenn der Ursprung tatsächlich antwortet, nur zu spät (sein Log zeigt die Anfrage erst nach dem Aufgeben des Gateways fertig) — eine Anfrage, die ewig hängt, hängt über jede Grenze hinaus: nginx proxy_read_timeout (60 s, gezählt zwischen zwei Lesevorgängen), HAProxy timeout server, Apache ProxyTimeout (fällt auf Timeout zurück, 60 s), Varnish first_byte_timeout (60 s), Squid read_timeout (15 min), Caddy reverse_proxy transport http { response_header_timeout } (nicht gesetzt: keine Grenze), Kong service read_timeout (60000 ms). Die Grenze jedes Hops länger halten als die des dahinterliegenden, sonst antwortet der äußere zuerst.</translation>
    </message>
    <message>
        <source>Scale the origin when requests wait for a free worker: a saturated pool leaves them unanswered (PHP-FPM logs &apos;server reached pm.max_children setting&apos;, gunicorn &apos;[CRITICAL] WORKER TIMEOUT&apos;, Tomcat all maxThreads busy in the thread dump); add workers or instances, or cap concurrency at the gateway (nginx &apos;server … max_conns=N&apos;, HAProxy &apos;maxconn&apos; on the server line with &apos;timeout queue&apos;) so the excess waits in a queue with its own limit instead of hanging.</source>
        <translation>Den Ursprung skalieren, wenn Anfragen auf einen freien Worker warten: ein ausgelasteter Pool lässt sie unbeantwortet (PHP-FPM loggt &apos;server reached pm.max_children setting&apos;, gunicorn &apos;[CRITICAL] WORKER TIMEOUT&apos;, Tomcat zeigt im Thread-Dump alle maxThreads belegt); Worker oder Instanzen hinzufügen oder die Parallelität am Gateway begrenzen (nginx &apos;server … max_conns=N&apos;, HAProxy &apos;maxconn&apos; in der server-Zeile mit &apos;timeout queue&apos;), damit der Überschuss in einer Warteschlange mit eigener Grenze wartet, statt zu hängen.</translation>
    </message>
    <message>
        <source>The client stopped the request before any answer</source>
        <translation>Der Client hat die Anfrage vor jeder Antwort beendet</translation>
    </message>
    <message>
        <source>Read the entry&apos;s error name: ERR_ABORTED / NS_BINDING_ABORTED is a request the page or a navigation cancelled, ERR_BLOCKED_BY_CLIENT an extension or ad blocker, ERR_BLOCKED_BY_RESPONSE or a CORS message a browser policy.</source>
        <translation>Lesen Sie den Fehlernamen des Eintrags: ERR_ABORTED / NS_BINDING_ABORTED ist eine Anfrage, die die Seite oder eine Navigation abgebrochen hat, ERR_BLOCKED_BY_CLIENT eine Erweiterung oder ein Werbeblocker, ERR_BLOCKED_BY_RESPONSE oder eine CORS-Meldung eine Browser-Richtlinie.</translation>
    </message>
    <message>
        <source>Send the same request on its own (Gatescope&apos;s Send, or the exported curl command): if it succeeds, the server is fine and the cancel came from the page or the browser.</source>
        <translation>Senden Sie dieselbe Anfrage einzeln (Gatescopes Senden oder der exportierte curl-Befehl): Gelingt sie, ist der Server in Ordnung und der Abbruch kam von der Seite oder vom Browser.</translation>
    </message>
    <message>
        <source>If the page cancels on purpose (a new search replaces an old one, a component unmounts), nothing is wrong; if it should not, look for an AbortController or a timeout in the page&apos;s code.</source>
        <translation>Bricht die Seite absichtlich ab (eine neue Suche ersetzt eine alte, eine Komponente wird entfernt), ist nichts falsch; wenn nicht, suchen Sie im Code der Seite nach einem AbortController oder einem Timeout.</translation>
    </message>
    <message>
        <source>For a request that was still pending when the HAR was saved, record again and wait for it to finish before exporting.</source>
        <translation>Bei einer Anfrage, die beim Speichern der HAR-Datei noch ausstand, zeichnen Sie erneut auf und warten Sie vor dem Export, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>Retrying is safe for idempotent requests; a cancelled POST may or may not have reached the server — check its logs before sending it again.</source>
        <translation>Wiederholen ist für idempotente Anfragen sicher; ein abgebrochener POST hat den Server vielleicht erreicht — prüfen Sie dessen Logs, bevor Sie ihn erneut senden.</translation>
    </message>
    <message>
        <source>Cloudflare Tunnel not connected (1033)</source>
        <translation>Cloudflare Tunnel nicht verbunden (1033)</translation>
    </message>
    <message>
        <source>Check that cloudflared runs for this tunnel: cloudflared tunnel list / cloudflared tunnel info NAME shows its connections; the Zero Trust dashboard shows the tunnel as HEALTHY or DOWN.</source>
        <translation>Prüfen Sie, ob cloudflared für diesen Tunnel läuft: cloudflared tunnel list / cloudflared tunnel info NAME zeigt seine Verbindungen; das Zero-Trust-Dashboard zeigt den Tunnel als HEALTHY oder DOWN.</translation>
    </message>
    <message>
        <source>Read cloudflared&apos;s log: &apos;Registered tunnel connection&apos; lines mean it is connected; &apos;Unable to reach the origin service&apos; or authentication errors name the problem.</source>
        <translation>Lesen Sie das Protokoll von cloudflared: Zeilen &apos;Registered tunnel connection&apos; bedeuten, dass er verbunden ist; &apos;Unable to reach the origin service&apos; oder Authentifizierungsfehler nennen das Problem.</translation>
    </message>
    <message>
        <source>Check that the DNS record (CNAME to &lt;UUID&gt;.cfargotunnel.com) and the public hostname in the tunnel configuration point at the tunnel whose connector runs.</source>
        <translation>Prüfen Sie, ob der DNS-Eintrag (CNAME auf &lt;UUID&gt;.cfargotunnel.com) und der öffentliche Hostname in der Tunnel-Konfiguration auf den Tunnel zeigen, dessen Connector läuft.</translation>
    </message>
    <message>
        <source>Quick tunnels (trycloudflare.com) end with the cloudflared process: start it again and use the new address.</source>
        <translation>Quick Tunnels (trycloudflare.com) enden mit dem cloudflared-Prozess: starten Sie ihn erneut und verwenden Sie die neue Adresse.</translation>
    </message>
    <message>
        <source>Another protocol answered: wrong port or scheme</source>
        <translation>Ein anderes Protokoll hat geantwortet: falscher Port oder falsches Schema</translation>
    </message>
    <message>
        <source>Read the protocol named in the evidence: it tells which service listens on the port that was called (Redis, PostgreSQL, MySQL, SSH, a mail server, a TLS-only or HTTP/2-only server).</source>
        <translation>Lesen Sie das in den Belegen genannte Protokoll: es sagt, welcher Dienst auf dem aufgerufenen Port lauscht (Redis, PostgreSQL, MySQL, SSH, ein Mailserver, ein reiner TLS- oder HTTP/2-Server).</translation>
    </message>
    <message>
        <source>Find the HTTP port of the service you meant: docker ps / docker compose port, kubectl get svc (port vs targetPort), ss -ltnp on the host.</source>
        <translation>Finden Sie den HTTP-Port des gemeinten Dienstes: docker ps / docker compose port, kubectl get svc (port gegenüber targetPort), ss -ltnp auf dem Host.</translation>
    </message>
    <message>
        <source>Fix the address the gateway uses: nginx proxy_pass / upstream server, HAProxy server line, Apache ProxyPass, Squid cache_peer, Traefik/Envoy/Kong service URL, or the client&apos;s URL.</source>
        <translation>Korrigieren Sie die Adresse, die das Gateway verwendet: nginx proxy_pass / upstream server, HAProxy-server-Zeile, Apache ProxyPass, Squid cache_peer, Service-URL von Traefik/Envoy/Kong, oder die URL des Clients.</translation>
    </message>
    <message>
        <source>A TLS record means the upstream speaks TLS: use https:// in the upstream URL (proxy_pass https://, &apos;ssl&apos; on the HAProxy server line, SSLProxyEngine on for Apache).</source>
        <translation>Ein TLS-Record bedeutet, dass der Upstream TLS spricht: verwenden Sie https:// in der Upstream-URL (proxy_pass https://, &apos;ssl&apos; auf der HAProxy-server-Zeile, SSLProxyEngine on bei Apache).</translation>
    </message>
    <message>
        <source>An HTTP/2 frame means the upstream speaks only HTTP/2 cleartext (h2c, gRPC): use grpc_pass or an h2c-capable upstream setting (Envoy http2_protocol_options, Traefik h2c://, HAProxy &apos;proto h2&apos;).</source>
        <translation>Ein HTTP/2-Frame bedeutet, dass der Upstream nur HTTP/2 im Klartext spricht (h2c, gRPC): verwenden Sie grpc_pass oder eine h2c-fähige Upstream-Einstellung (Envoy http2_protocol_options, Traefik h2c://, HAProxy &apos;proto h2&apos;).</translation>
    </message>
    <message>
        <source>After the fix the gateway should log a normal upstream status; until then the request never reached the application.</source>
        <translation>Nach der Korrektur sollte das Gateway einen normalen Upstream-Status protokollieren; bis dahin hat die Anfrage die Anwendung nie erreicht.</translation>
    </message>
    <message>
        <source>You stopped the request before it ended</source>
        <translation>Sie haben die Anfrage gestoppt, bevor sie endete</translation>
    </message>
    <message>
        <source>Send the request again and let it run to the end (or to the probe&apos;s timeout) to get a verdict on the server.</source>
        <translation>Senden Sie die Anfrage erneut und lassen Sie sie bis zum Ende (oder bis zum Timeout der Probe) laufen, um ein Urteil über den Server zu erhalten.</translation>
    </message>
    <message>
        <source>If it was taking too long, note how long: a wait that ends near 30 s, 60 s or 100 s is often a gateway&apos;s read timeout, and the waterfall&apos;s markers show which.</source>
        <translation>Wenn es zu lange dauerte, notieren Sie, wie lange: eine Wartezeit, die bei etwa 30 s, 60 s oder 100 s endet, ist oft das Lese-Timeout eines Gateways, und die Markierungen im Wasserfall zeigen, welches.</translation>
    </message>
    <message>
        <source>A cancelled POST or PUT may or may not have reached the server: check its logs before sending it again.</source>
        <translation>Ein abgebrochenes POST oder PUT hat den Server vielleicht erreicht, vielleicht nicht: prüfen Sie seine Protokolle, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <source>The server refuses the request&apos;s header block over HTTP/2</source>
        <translation>Der Server lehnt den Header-Block der Anfrage über HTTP/2 ab</translation>
    </message>
    <message>
        <source>Compare the size of the request&apos;s headers with the limit the server announced (SETTINGS MAX_HEADER_LIST_SIZE in the frames); cookies are usually what grew. Remove stale cookies or move large values into the body.</source>
        <translation>Vergleichen Sie die Größe der Anfrage-Header mit der Grenze, die der Server angekündigt hat (SETTINGS MAX_HEADER_LIST_SIZE in den Frames); meist sind die Cookies gewachsen. Entfernen Sie veraltete Cookies oder verlegen Sie große Werte in den Body.</translation>
    </message>
    <message>
        <source>Send the same request with --http1.1: a server that resets the HTTP/2 stream often answers 400 or 431 over HTTP/1.1, naming the limit.</source>
        <translation>Senden Sie dieselbe Anfrage mit --http1.1: Ein Server, der den HTTP/2-Stream zurücksetzt, antwortet über HTTP/1.1 oft mit 400 oder 431 und nennt die Grenze.</translation>
    </message>
    <message>
        <source>On nginx the per-field and total limits are large_client_header_buffers (default 4 8k); on older nginx (before 1.19.7) http2_max_field_size and http2_max_header_size. Raise them on every hop, CDN and load balancer included, or shrink the headers.</source>
        <translation>Bei nginx gelten large_client_header_buffers (Standard 4 8k) für das einzelne Feld und die Summe; bei älterem nginx (vor 1.19.7) http2_max_field_size und http2_max_header_size. Erhöhen Sie sie auf jedem Hop, CDN und Load Balancer eingeschlossen, oder verkleinern Sie die Header.</translation>
    </message>
    <message>
        <source>Check header names and values for what HTTP/2 forbids: upper-case or non-token names, connection-specific fields (Connection, Keep-Alive, Transfer-Encoding, Upgrade), line breaks, NUL, or white space at either end of a value.</source>
        <translation>Prüfen Sie Header-Namen und -Werte auf das, was HTTP/2 verbietet: Großbuchstaben oder Zeichen außerhalb eines Tokens im Namen, verbindungsbezogene Felder (Connection, Keep-Alive, Transfer-Encoding, Upgrade), Zeilenumbrüche, NUL oder Leerraum an einem Ende eines Werts.</translation>
    </message>
    <message>
        <source>The server resets the HTTP/2 stream</source>
        <translation>Der Server setzt den HTTP/2-Stream zurück</translation>
    </message>
    <message>
        <source>Read the RST_STREAM code in the frames. REFUSED_STREAM: the request was not processed and can be retried; look at the server&apos;s concurrent-stream limit (SETTINGS MAX_CONCURRENT_STREAMS) and at workers shutting down.</source>
        <translation>Lesen Sie den RST_STREAM-Code in den Frames. REFUSED_STREAM: Die Anfrage wurde nicht verarbeitet und kann wiederholt werden; prüfen Sie die Grenze gleichzeitiger Streams des Servers (SETTINGS MAX_CONCURRENT_STREAMS) und Worker, die gerade beendet werden.</translation>
    </message>
    <message>
        <source>INTERNAL_ERROR or CANCEL: look in the server&apos;s or gateway&apos;s log at the same moment for the upstream that failed or timed out while the response was being produced.</source>
        <translation>INTERNAL_ERROR oder CANCEL: Suchen Sie im Log des Servers oder Gateways zum selben Zeitpunkt nach dem Upstream, der beim Erzeugen der Antwort fehlschlug oder in ein Timeout lief.</translation>
    </message>
    <message>
        <source>ENHANCE_YOUR_CALM: a rate, stream or abuse limit hit the client; slow down or raise the limit.</source>
        <translation>ENHANCE_YOUR_CALM: Eine Raten-, Stream- oder Missbrauchsgrenze hat den Client getroffen; senden Sie langsamer oder erhöhen Sie die Grenze.</translation>
    </message>
    <message>
        <source>HTTP_1_1_REQUIRED: send the request over HTTP/1.1 (--http1.1); the server will not serve it over HTTP/2 (for example client-certificate renegotiation).</source>
        <translation>HTTP_1_1_REQUIRED: Senden Sie die Anfrage über HTTP/1.1 (--http1.1); der Server bedient sie nicht über HTTP/2 (zum Beispiel bei Neuverhandlung eines Client-Zertifikats).</translation>
    </message>
    <message>
        <source>Repeat with --http1.1 to see whether the failure belongs to the HTTP/2 layer or to the application behind it.</source>
        <translation>Wiederholen Sie mit --http1.1, um zu sehen, ob der Fehler zur HTTP/2-Schicht oder zur Anwendung dahinter gehört.</translation>
    </message>
    <message>
        <source>The server closes the HTTP/2 connection with GOAWAY</source>
        <translation>Der Server schließt die HTTP/2-Verbindung mit GOAWAY</translation>
    </message>
    <message>
        <source>GOAWAY NO_ERROR at the moment of a deploy or reload is a graceful shutdown: make clients retry requests on a stream above the GOAWAY&apos;s last stream id, and give the server a drain period before it closes.</source>
        <translation>GOAWAY NO_ERROR im Moment eines Deployments oder Reloads ist ein geordnetes Herunterfahren: Lassen Sie Clients Anfragen auf Streams oberhalb der letzten Stream-ID des GOAWAY wiederholen und geben Sie dem Server eine Auslaufzeit, bevor er schließt.</translation>
    </message>
    <message>
        <source>Check per-connection limits that end connections on purpose: a maximum number of requests or a maximum lifetime per connection (nginx keepalive_requests and keepalive_time).</source>
        <translation>Prüfen Sie Grenzen pro Verbindung, die Verbindungen absichtlich beenden: eine Höchstzahl an Anfragen oder eine Höchstdauer pro Verbindung (nginx keepalive_requests und keepalive_time).</translation>
    </message>
    <message>
        <source>Any other error code means the server found fault with the connection: look for a protocol error, a flood or limit in the server&apos;s log, and read the GOAWAY debug data in the frames.</source>
        <translation>Jeder andere Fehlercode bedeutet, dass der Server die Verbindung beanstandet hat: Suchen Sie im Log des Servers nach einem Protokollfehler, einer Flut oder einer Grenze, und lesen Sie die Debug-Daten des GOAWAY in den Frames.</translation>
    </message>
    <message>
        <source>A response cut after GOAWAY on a stream at or below the last stream id was lost in the close: look for a server or proxy that exits without finishing the streams it promised to finish.</source>
        <translation>Eine nach GOAWAY abgeschnittene Antwort auf einem Stream bis zur letzten Stream-ID ging beim Schließen verloren: Suchen Sie nach einem Server oder Proxy, der sich beendet, ohne die zugesagten Streams abzuschließen.</translation>
    </message>
    <message>
        <source>The upload stalls on HTTP/2 flow control</source>
        <translation>Der Upload hängt an der HTTP/2-Flusskontrolle</translation>
    </message>
    <message>
        <source>Look at the frames: the server&apos;s INITIAL_WINDOW_SIZE in its SETTINGS, the WINDOW_UPDATE frames it sent and when they stopped.</source>
        <translation>Sehen Sie sich die Frames an: INITIAL_WINDOW_SIZE in den SETTINGS des Servers, die WINDOW_UPDATE-Frames, die er sandte, und wann sie aufhörten.</translation>
    </message>
    <message>
        <source>Check whether the application behind the server reads the request body at all (a handler that answers or blocks before reading keeps the window shut).</source>
        <translation>Prüfen Sie, ob die Anwendung hinter dem Server den Anfrage-Body überhaupt liest (ein Handler, der vor dem Lesen antwortet oder blockiert, hält das Fenster geschlossen).</translation>
    </message>
    <message>
        <source>Check body size limits and request buffering on every proxy on the path (disk space for buffered bodies, a client_max_body_size-style limit enforced by not reading).</source>
        <translation>Prüfen Sie Body-Größengrenzen und das Puffern von Anfragen auf jedem Proxy im Pfad (Plattenplatz für gepufferte Bodys, eine Grenze wie client_max_body_size, die durch Nichtlesen durchgesetzt wird).</translation>
    </message>
    <message>
        <source>Send the same request with --http1.1 and compare: a TCP-level stall and an HTTP/2 window stall look alike to the user, but only the second shows in the frames.</source>
        <translation>Senden Sie dieselbe Anfrage mit --http1.1 und vergleichen Sie: Ein Stillstand auf TCP-Ebene und einer im HTTP/2-Fenster sehen für den Nutzer gleich aus, aber nur der zweite zeigt sich in den Frames.</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--%1 is required: %2</source>
        <translation>--%1 ist erforderlich: %2</translation>
    </message>
    <message>
        <source>--%1: unknown value &apos;%2&apos; (expected %3)</source>
        <translation>--%1: unbekannter Wert &apos;%2&apos; (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1 is required (see --help)</source>
        <translation>%1 ist erforderlich (siehe --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>--entry: &apos;%1&apos; is not an entry number</source>
        <translation>--entry: &apos;%1&apos; ist keine Eintragsnummer</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message>
        <source>gatescope: unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?); see &apos;gatescope --help&apos;</source>
        <translation>gatescope: unbekannter Befehl &apos;%1&apos; (meinten Sie &apos;%2&apos;?); siehe &apos;gatescope --help&apos;</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Run &apos;gatescope COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Mit &apos;gatescope BEFEHL --help&apos; werden die Optionen eines Befehls angezeigt.</translation>
    </message>
    <message>
        <source>gatescope: options go after the command: gatescope %1 [options] …</source>
        <translation>gatescope: Optionen stehen nach dem Befehl: gatescope %1 [options] …</translation>
    </message>
    <message>
        <source>--ramp goes with --to locust or --to k6</source>
        <translation>--ramp gehört zu --to locust oder --to k6</translation>
    </message>
    <message>
        <source>--shell goes with --to curl</source>
        <translation>--shell gehört zu --to curl</translation>
    </message>
    <message>
        <source>--timeout &apos;%1&apos;: %2</source>
        <translation>--timeout &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::Commands</name>
    <message>
        <source>Language of the window and of the messages: de, zh_CN or en (default: the system&apos;s).</source>
        <translation>Sprache des Fensters und der Meldungen: de, zh_CN oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Include credentials as captured: turn redaction off (it is on by default).</source>
        <translation>Zugangsdaten wie mitgeschnitten einschließen: Schwärzung ausschalten (standardmäßig an).</translation>
    </message>
    <message>
        <source>Replace secrets by a short hash instead of [redacted], so equal values still match within this output. The hash is keyed with a random key chosen anew on every run: it cannot confirm a guessed value, nor match values across two outputs.</source>
        <translation>Geheimnisse durch einen kurzen Hash statt [redacted] ersetzen, damit gleiche Werte innerhalb dieser Ausgabe zusammenpassen. Der Hash nutzt einen bei jedem Lauf neu gewählten Zufallsschlüssel: er kann keinen geratenen Wert bestätigen und keine Werte zwischen zwei Ausgaben zuordnen.</translation>
    </message>
    <message>
        <source>Also redact matches of REGEX, counted as NAME (NAME=REGEX; repeatable). With a capture group named &quot;value&quot; (or else a first group) only that group is hidden.</source>
        <translation>Zusätzlich Treffer von REGEX schwärzen, gezählt als NAME (NAME=REGEX; wiederholbar). Mit einer Gruppe namens &quot;value&quot; (sonst der ersten Gruppe) wird nur diese verborgen.</translation>
    </message>
    <message>
        <source>name=regex</source>
        <translation>name=regex</translation>
    </message>
    <message>
        <source>Only entry N of the input (HAR entry index, 0-based).</source>
        <translation>Nur Eintrag N der Eingabe (HAR-Eintragsindex, ab 0).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Diagnose every entry, not only the failing ones.</source>
        <translation>Jeden Eintrag diagnostizieren, nicht nur die fehlschlagenden.</translation>
    </message>
    <message>
        <source>Apply a user rule pack (JSON) on top of the built-in rules; repeatable.</source>
        <translation>Ein Regelpaket des Benutzers (JSON) über die eingebauten Regeln legen; wiederholbar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Output format: text, json, md, html or pdf (default text).</source>
        <translation>Ausgabeformat: text, json, md, html oder pdf (Standard: text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write the report to FILE (atomically) instead of standard output.</source>
        <translation>Den Bericht (atomar) in DATEI schreiben statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>PDF page size: a4 or letter (default a4).</source>
        <translation>PDF-Seitengröße: a4 oder letter (Standard: a4).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>A raw HTTP response (as curl -i prints it), a HAR file, a curl command line, a raw request or .http file, or a URL; &apos;-&apos; reads standard input.</source>
        <translation>Eine rohe HTTP-Antwort (wie curl -i sie ausgibt), eine HAR-Datei, eine curl-Befehlszeile, eine rohe Anfrage oder .http-Datei oder eine URL; &apos;-&apos; liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>request method (default GET, POST with -d)</source>
        <translation>Anfragemethode (Standard GET, POST mit -d)</translation>
    </message>
    <message>
        <source>add a request header &apos;Name: value&apos; (repeatable)</source>
        <translation>einen Anfrage-Header &apos;Name: Wert&apos; hinzufügen (wiederholbar)</translation>
    </message>
    <message>
        <source>request body; @FILE reads it from a file (repeatable, joined with &amp;)</source>
        <translation>Anfrage-Body; @DATEI liest ihn aus einer Datei (wiederholbar, mit &amp; verbunden)</translation>
    </message>
    <message>
        <source>connect to ADDR[,ADDR…] for HOST:PORT (Host header and SNI unchanged)</source>
        <translation>für HOST:PORT mit ADR[,ADR…] verbinden (Host-Header und SNI unverändert)</translation>
    </message>
    <message>
        <source>connect to HOST2:PORT2 instead of HOST1:PORT1 (empty fields mean any/same)</source>
        <translation>mit HOST2:PORT2 statt HOST1:PORT1 verbinden (leere Felder bedeuten beliebig/gleich)</translation>
    </message>
    <message>
        <source>proxy: http://host:port, socks5://host:port, socks5h://host:port, or &apos;none&apos;</source>
        <translation>Proxy: http://host:port, socks5://host:port, socks5h://host:port oder &apos;none&apos;</translation>
    </message>
    <message>
        <source>do not verify the server&apos;s TLS certificate (recorded in the result)</source>
        <translation>das TLS-Zertifikat des Servers nicht prüfen (im Ergebnis vermerkt)</translation>
    </message>
    <message>
        <source>seconds allowed for name lookup + connect, and for the TLS handshake</source>
        <translation>Sekunden für Namensauflösung + Verbindungsaufbau und für den TLS-Handshake</translation>
    </message>
    <message>
        <source>seconds allowed for the whole probe, redirects included</source>
        <translation>Sekunden für die ganze Prüfung, Weiterleitungen eingeschlossen</translation>
    </message>
    <message>
        <source>seconds to wait for the first response byte (default 60)</source>
        <translation>Sekunden bis zum ersten Antwort-Byte (Standard 60)</translation>
    </message>
    <message>
        <source>follow redirects, one result per hop</source>
        <translation>Weiterleitungen folgen, ein Ergebnis pro Hop</translation>
    </message>
    <message>
        <source>most redirects to follow with -L (default 10)</source>
        <translation>höchstens so viele Weiterleitungen mit -L folgen (Standard 10)</translation>
    </message>
    <message>
        <source>output: text (a waterfall) or json (the &apos;exchanges&apos; of gatescope.diagnosis/1)</source>
        <translation>Ausgabe: text (ein Wasserfall) oder json (die &apos;exchanges&apos; von gatescope.diagnosis/1)</translation>
    </message>
    <message>
        <source>Write to FILE (replaced atomically) instead of standard output.</source>
        <translation>In DATEI schreiben (atomar ersetzt) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Replay and diagnose every scenario; exit 1 if any diagnosis differs from the expected one.</source>
        <translation>Jedes Szenario abspielen und diagnostizieren; mit 1 beenden, wenn eine Diagnose von der erwarteten abweicht.</translation>
    </message>
    <message>
        <source>Only this scenario (repeatable).</source>
        <translation>Nur dieses Szenario (wiederholbar).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print the scenarios and exit.</source>
        <translation>Die Szenarien ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print the version of Gatescope and of Qt, and exit.</source>
        <translation>Die Version von Gatescope und von Qt ausgeben und beenden.</translation>
    </message>
    <message>
        <source>light, dark or system (default).</source>
        <translation>light, dark oder system (Standard).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>send a request and show where the time went and how it ended</source>
        <translation>eine Anfrage senden und zeigen, wohin die Zeit ging und wie sie endete</translation>
    </message>
    <message>
        <source>http:// or https:// URL to request</source>
        <translation>anzufragende http://- oder https://-URL</translation>
    </message>
    <message>
        <source>diagnose a 5xx from a raw response, a HAR file, a curl line or a URL</source>
        <translation>ein 5xx aus einer rohen Antwort, einer HAR-Datei, einer curl-Zeile oder einer URL diagnostizieren</translation>
    </message>
    <message>
        <source>Diagnose a 5xx or a failed request: which hop produced it, why, and what to do.
Without --all, the failing entries of the input are diagnosed (or the last one if none fails).</source>
        <translation>Ein 5xx oder eine fehlgeschlagene Anfrage diagnostizieren: welcher Hop es erzeugt hat, warum, und was zu tun ist.
Ohne --all werden die fehlschlagenden Einträge der Eingabe diagnostiziert (oder der letzte, wenn keiner fehlschlägt).</translation>
    </message>
    <message>
        <source>send captured request(s) again and diagnose what comes back</source>
        <translation>mitgeschnittene Anfrage(n) erneut senden und diagnostizieren, was zurückkommt</translation>
    </message>
    <message>
        <source>convert between HAR, curl, raw HTTP and .http files</source>
        <translation>zwischen HAR, curl, rohem HTTP und .http-Dateien umwandeln</translation>
    </message>
    <message>
        <source>The capture file to read, or - for standard input.</source>
        <translation>Die zu lesende Mitschnittdatei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>run the built-in 5xx lab on loopback</source>
        <translation>das eingebaute 5xx-Labor auf Loopback ausführen</translation>
    </message>
    <message>
        <source>Runs the built-in 5xx Lab on loopback: a fault origin and a small gateway with one live scenario per textbook case.</source>
        <translation>Startet das eingebaute 5xx-Labor auf Loopback: einen Fehler-Origin und ein kleines Gateway mit einem Live-Szenario pro Lehrbuchfall.</translation>
    </message>
    <message>
        <source>show this overview, or the options of COMMAND</source>
        <translation>diese Übersicht anzeigen, oder die Optionen von BEFEHL</translation>
    </message>
    <message>
        <source>Show the overview of Gatescope, or the options of COMMAND.</source>
        <translation>Die Übersicht über Gatescope anzeigen, oder die Optionen von BEFEHL.</translation>
    </message>
    <message>
        <source>The command to explain.</source>
        <translation>Der zu erklärende Befehl.</translation>
    </message>
    <message>
        <source>start the window</source>
        <translation>das Fenster starten</translation>
    </message>
    <message>
        <source>Gatescope tells which hop produced an HTTP 5xx, why, and what to do about it.
Without a command it opens the workbench window, importing the FILEs given.</source>
        <translation>Gatescope sagt, welcher Hop ein HTTP-5xx erzeugt hat, warum, und was dagegen zu tun ist.
Ohne Befehl öffnet es das Arbeitsfenster und importiert die angegebenen DATEIen.</translation>
    </message>
    <message>
        <source>Captures to import (HAR, .http, curl, raw HTTP).</source>
        <translation>Zu importierende Mitschnitte (HAR, .http, curl, rohes HTTP).</translation>
    </message>
    <message>
        <source>Replace the IP addresses in log lines by a short keyed hash (equal addresses stay equal within this output).</source>
        <translation>IP-Adressen in Protokollzeilen durch einen kurzen verschlüsselten Hash ersetzen (gleiche Adressen bleiben in dieser Ausgabe gleich).</translation>
    </message>
    <message>
        <source>A gateway log (nginx, HAProxy, Apache, Envoy, Caddy, Traefik, Varnish, Squid, ALB, CloudFront, API Gateway, Heroku, GCP, Cloudflare, Kong; plain or gzip) whose lines are joined to the exchanges and used as evidence; repeatable. The JSON gains &apos;logEvidence&apos; on each exchange.</source>
        <translation>Ein Gateway-Protokoll (nginx, HAProxy, Apache, Envoy, Caddy, Traefik, Varnish, Squid, ALB, CloudFront, API Gateway, Heroku, GCP, Cloudflare, Kong; unkomprimiert oder gzip), dessen Zeilen den Austauschen zugeordnet und als Beleg verwendet werden; wiederholbar. Das JSON erhält &apos;logEvidence&apos; bei jedem Austausch.</translation>
    </message>
    <message>
        <source>Only lines at or after T: an ISO date-time (2024-05-01T12:00Z) or an age such as 30m, 2h or 1d before the newest line.</source>
        <translation>Nur Zeilen ab T: ein ISO-Datum mit Uhrzeit (2024-05-01T12:00Z) oder ein Alter wie 30m, 2h oder 1d vor der neuesten Zeile.</translation>
    </message>
    <message>
        <source>Which statuses count: 5xx (default), 4xx, or codes such as 502,504.</source>
        <translation>Welche Status zählen: 5xx (Standard), 4xx oder Codes wie 502,504.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Output format: text, json or md (default text).</source>
        <translation>Ausgabeformat: text, json oder md (Standard: text).</translation>
    </message>
    <message>
        <source>Write the summary to FILE (atomically) instead of standard output.</source>
        <translation>Die Zusammenfassung (atomar) in DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>summarise gateway logs: 5xx by cause over time, top upstreams, one diagnosis per failure</source>
        <translation>Gateway-Protokolle zusammenfassen: 5xx nach Ursache über die Zeit, häufigste Upstreams, eine Diagnose je Fehler</translation>
    </message>
    <message>
        <source>Read gateway logs (the format is detected; gzip files open directly) and summarise their failures: the count by cause over time, the upstreams that failed most, and one diagnosis for each distinct failure, decided by what the lines say. Malformed lines are counted with their line numbers.</source>
        <translation>Gateway-Protokolle lesen (das Format wird erkannt; gzip-Dateien werden direkt geöffnet) und ihre Fehler zusammenfassen: die Anzahl nach Ursache über die Zeit, die Upstreams mit den meisten Fehlern und eine Diagnose für jeden unterschiedlichen Fehler, entschieden nach dem, was die Zeilen sagen. Fehlerhafte Zeilen werden mit ihren Zeilennummern gezählt.</translation>
    </message>
    <message>
        <source>One or more log files.</source>
        <translation>Eine oder mehrere Protokolldateien.</translation>
    </message>
    <message>
        <source>Send one HTTP request (like curl) and show where the time went and how the conversation ended.
Ctrl+C stops the request: it is reported as cancelled by you, and the exit code is 130.</source>
        <translation>Eine HTTP-Anfrage senden (wie curl) und zeigen, wohin die Zeit ging und wie das Gespräch endete.
Strg+C stoppt die Anfrage: sie wird als von Ihnen abgebrochen gemeldet, und der Exit-Code ist 130.</translation>
    </message>
    <message>
        <source>Send the captured request(s) of INPUT again and diagnose what comes back.
Every request is replayed (or only --entry N); --all also reports the replies that did not fail.
Ctrl+C stops the request under way (reported as cancelled by you) and sends no more; the exit code is then 130.</source>
        <translation>Die aufgezeichnete(n) Anfrage(n) von INPUT erneut senden und diagnostizieren, was zurückkommt.
Jede Anfrage wird wiederholt (oder nur --entry N); --all meldet auch die Antworten, die nicht fehlschlugen.
Strg+C stoppt die laufende Anfrage (als von Ihnen abgebrochen gemeldet) und sendet keine weitere; der Exit-Code ist dann 130.</translation>
    </message>
    <message>
        <source>An address to send the same request straight to (repeatable): HOST:PORT or [IPv6]:PORT.</source>
        <translation>Eine Adresse, an die dieselbe Anfrage direkt geht (wiederholbar): HOST:PORT oder [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>Which request of the input (HAR entry index, 0-based; default 0).</source>
        <translation>Welche Anfrage der Eingabe (HAR-Eintrag, ab 0; Vorgabe 0).</translation>
    </message>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation>Ausgabeformat: text oder json (Vorgabe text).</translation>
    </message>
    <message>
        <source>Speak HTTP/1.1 only (the default for a URL; a capture recorded over h2 replays over h2 unless this is given).</source>
        <translation>Nur HTTP/1.1 sprechen (Standard für eine URL; ein über h2 aufgezeichneter Mitschnitt wird über h2 wiederholt, außer dies ist angegeben).</translation>
    </message>
    <message>
        <source>Speak HTTP/2 at once, without asking: h2c over plain http, only h2 offered over TLS.</source>
        <translation>Sofort HTTP/2 sprechen, ohne zu fragen: h2c über einfaches http, über TLS wird nur h2 angeboten.</translation>
    </message>
    <message>
        <source>What to write: har, curl or http; or a load test for a distributed engine: locust (a locustfile) or k6 (a k6 script). Load tests read credentials from environment variables, never inline.</source>
        <translation>Was geschrieben werden soll: har, curl oder http; oder ein Lasttest für eine verteilte Engine: locust (eine Locustfile) oder k6 (ein k6-Skript). Lasttests lesen Zugangsdaten aus Umgebungsvariablen, nie aus dem Skript.</translation>
    </message>
    <message>
        <source>With --to locust or k6: raise the users from FROM to TO in steps of STEP, each held HOLD seconds (a Locust LoadTestShape, k6 ramping-vus stages).</source>
        <translation>Mit --to locust oder k6: die Nutzerzahl von FROM bis TO in Schritten von STEP erhöhen, jede Stufe HOLD Sekunden lang (eine Locust-LoadTestShape, k6-Stufen mit ramping-vus).</translation>
    </message>
    <message>
        <source>Seconds from one request&apos;s start to the next one&apos;s (default 1; at least 0.1, at most 3600).</source>
        <translation>Sekunden vom Start einer Anfrage bis zum Start der nächsten (Standard 1; mindestens 0,1, höchstens 3600).</translation>
    </message>
    <message>
        <source>How many requests to send (default 60; at most 10000).</source>
        <translation>Wie viele Anfragen gesendet werden (Standard 60; höchstens 10000).</translation>
    </message>
    <message>
        <source>Stop after this long even if requests are left: seconds, or a number with s, m or h (30s, 10m, 2h; at most 24h). Without --count, the count is what fits into D.</source>
        <translation>Nach dieser Zeit aufhören, auch wenn noch Anfragen übrig sind: Sekunden oder eine Zahl mit s, m oder h (30s, 10m, 2h; höchstens 24h). Ohne --count ist die Anzahl, was in D passt.</translation>
    </message>
    <message>
        <source>Send each request on the previous connection while the server keeps it open (HTTP keep-alive), as a gateway with a connection pool does.</source>
        <translation>Jede Anfrage über die vorige Verbindung senden, solange der Server sie offen hält (HTTP Keep-Alive), wie es ein Gateway mit Verbindungspool tut.</translation>
    </message>
    <message>
        <source>Open a new connection for every request (the default).</source>
        <translation>Für jede Anfrage eine neue Verbindung öffnen (der Standard).</translation>
    </message>
    <message>
        <source>Watch entry N of a capture (0-based; default the first).</source>
        <translation>Eintrag N einer Aufzeichnung beobachten (ab 0 gezählt; Standard der erste).</translation>
    </message>
    <message>
        <source>Output format: text (a line per request, then the summary) or json (the gatescope.watch/1 document).</source>
        <translation>Ausgabeformat: text (eine Zeile pro Anfrage, dann die Zusammenfassung) oder json (das Dokument gatescope.watch/1).</translation>
    </message>
    <message>
        <source>Seconds to watch the idle connection at most (default 120; at most 600).</source>
        <translation>Höchstens so viele Sekunden die ruhende Verbindung beobachten (Standard 120; höchstens 600).</translation>
    </message>
    <message>
        <source>The gateway in front of this server (nginx, envoy, squid, aws-alb, aws-elb-classic have known defaults; any product with --front-timeout).</source>
        <translation>Das Gateway vor diesem Server (nginx, envoy, squid, aws-alb, aws-elb-classic haben bekannte Standardwerte; jedes Produkt mit --front-timeout).</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Seconds the gateway in front keeps idle connections to this server (its configured value; overrides the known default).</source>
        <translation>Sekunden, die das Gateway davor ruhende Verbindungen zu diesem Server hält (sein eingestellter Wert; ersetzt den bekannten Standardwert).</translation>
    </message>
    <message>
        <source>Output format: text or json (the gatescope.keepalive/1 document).</source>
        <translation>Ausgabeformat: text oder json (das Dokument gatescope.keepalive/1).</translation>
    </message>
    <message>
        <source>repeat a request over time: failure rate, failures by verdict, what they go with</source>
        <translation>eine Anfrage über die Zeit wiederholen: Fehlerrate, Fehler nach Befund, womit sie zusammenhängen</translation>
    </message>
    <message>
        <source>Send the same request again and again (one at a time, every S seconds) to catch a 5xx that comes and goes. Prints a line per request, then the failure rate with its 95 % interval (Wilson), the failures grouped by verdict, and whether they go with connection reuse, the idle time before the request, the wait or the time.
Bounded: at most 10000 requests, at most one every 0.1 s, at most 24 hours; the default is one a second for 60 requests. Redirects are not followed.
Ctrl+C stops at once: the summary of what was sent is printed, and the exit code is 130.</source>
        <translation>Dieselbe Anfrage immer wieder senden (eine nach der anderen, alle S Sekunden), um einen 5xx zu fangen, der kommt und geht. Gibt eine Zeile pro Anfrage aus, dann die Fehlerrate mit ihrem 95-%-Intervall (Wilson), die Fehler nach Befund gruppiert und ob sie mit Verbindungswiederverwendung, der Ruhezeit vor der Anfrage, der Wartezeit oder der Uhrzeit zusammenhängen.
Begrenzt: höchstens 10000 Anfragen, höchstens eine alle 0,1 s, höchstens 24 Stunden; Standard ist eine pro Sekunde für 60 Anfragen. Weiterleitungen werden nicht verfolgt.
Strg+C hält sofort an: die Zusammenfassung des Gesendeten wird ausgegeben, der Exit-Code ist 130.</translation>
    </message>
    <message>
        <source>A URL, or a capture (HAR, curl command line, raw request, .http file) holding the request; &apos;-&apos; reads standard input.</source>
        <translation>Eine URL oder eine Aufzeichnung (HAR, curl-Befehlszeile, rohe Anfrage, .http-Datei) mit der Anfrage; &apos;-&apos; liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>measure how long a server keeps an idle connection, against the gateway in front</source>
        <translation>messen, wie lange ein Server eine ruhende Verbindung hält, verglichen mit dem Gateway davor</translation>
    </message>
    <message>
        <source>Measure the server&apos;s idle keep-alive timeout: send one request on a new connection, keep the connection idle and record when the server closes it (FIN or reset). Compares it with the gateway in front: a server that closes idle connections before the gateway stops reusing them causes intermittent 502s; the fix for that gateway is printed.
One request; watching is bounded by --max-idle. Ctrl+C stops (exit code 130).</source>
        <translation>Das Keep-Alive-Timeout des Servers messen: eine Anfrage über eine neue Verbindung senden, die Verbindung ruhen lassen und festhalten, wann der Server sie schließt (FIN oder Reset). Vergleicht es mit dem Gateway davor: ein Server, der ruhende Verbindungen schließt, bevor das Gateway sie nicht mehr wiederverwendet, verursacht sporadische 502; die Abhilfe für dieses Gateway wird ausgegeben.
Eine Anfrage; das Beobachten ist durch --max-idle begrenzt. Strg+C hält an (Exit-Code 130).</translation>
    </message>
    <message>
        <source>Concurrency of the first step: requests in flight at once, each on its own connection (default 1).</source>
        <translation>Parallelität der ersten Stufe: gleichzeitig laufende Anfragen, jede auf eigener Verbindung (Standard 1).</translation>
    </message>
    <message>
        <source>Concurrency of the last step (default 10; above 50 only with --i-know).</source>
        <translation>Parallelität der letzten Stufe (Standard 10; über 50 nur mit --i-know).</translation>
    </message>
    <message>
        <source>How much each step adds to the concurrency (default 1).</source>
        <translation>Um wie viel jede Stufe die Parallelität erhöht (Standard 1).</translation>
    </message>
    <message>
        <source>Whole seconds each step is held (default 5); the same FROM:TO:STEP:HOLD values as convert --ramp.</source>
        <translation>Ganze Sekunden, die jede Stufe gehalten wird (Standard 5); dieselben FROM:TO:STEP:HOLD-Werte wie bei convert --ramp.</translation>
    </message>
    <message>
        <source>The request budget of the whole ramp, shared equally by the steps (default 200 a step; above 5000 only with --i-know).</source>
        <translation>Das Anfragebudget der ganzen Rampe, gleichmäßig auf die Stufen verteilt (Standard 200 je Stufe; über 5000 nur mit --i-know).</translation>
    </message>
    <message>
        <source>Allow a ramp above the gentle caps (concurrency 50, 5000 requests, 10 minutes); never above 1000, 1000000 requests, 24 hours.</source>
        <translation>Eine Rampe über den schonenden Grenzen erlauben (Parallelität 50, 5000 Anfragen, 10 Minuten); niemals über 1000, 1000000 Anfragen, 24 Stunden.</translation>
    </message>
    <message>
        <source>Ramp entry N of a capture (0-based; default the first).</source>
        <translation>Eintrag N eines Mitschnitts als Rampe senden (ab 0; Standard der erste).</translation>
    </message>
    <message>
        <source>Output format: text (a line per step, then the knee) or json (the gatescope.ramp/1 document).</source>
        <translation>Ausgabeformat: text (eine Zeile je Stufe, dann das Knie) oder json (das Dokument gatescope.ramp/1).</translation>
    </message>
    <message>
        <source>Write the result to FILE (atomically) instead of standard output.</source>
        <translation>Das Ergebnis (atomar) in DATEI schreiben statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>raise concurrency step by step and find the knee: where latency or errors turn, and the verdict there</source>
        <translation>die Parallelität stufenweise erhöhen und das Knie finden: wo Latenz oder Fehler umschlagen, und das Urteil dort</translation>
    </message>
    <message>
        <source>A capacity probe: send the request with C1 requests in flight at once (each on its own connection; when one ends the next starts), hold it S seconds, then add K, up to C2. Prints per step the answers per second, the latency percentiles (p50, p90, p99) and the failures (5xx, 429, no answer) by verdict, then the knee: the first step whose failure share is 2 points above every step before, or whose p90 is more than 1.5 times the lowest before (and 10 ms more), with the verdict that appears there.
Bounded: the request budget and the longest time are printed before the first request; above the gentle caps (concurrency 50, 5000 requests, 10 minutes) it refuses without --i-know. Redirects are not followed. Send it only to servers you run or may test.
Ctrl+C stops within a second: what was measured is printed, and the exit code is 130.</source>
        <translation>Eine Kapazitätsprobe: die Anfrage mit C1 gleichzeitig laufenden Anfragen senden (jede auf eigener Verbindung; endet eine, startet die nächste), S Sekunden halten, dann K hinzufügen, bis C2. Gibt je Stufe die Antworten pro Sekunde, die Latenz-Perzentile (p50, p90, p99) und die Fehler (5xx, 429, keine Antwort) nach Urteil aus, dann das Knie: die erste Stufe, deren Fehleranteil 2 Punkte über jeder Stufe davor liegt oder deren p90 mehr als das 1,5-Fache des niedrigsten davor beträgt (und 10 ms mehr), mit dem Urteil, das dort auftritt.
Begrenzt: Anfragebudget und längste Dauer werden vor der ersten Anfrage ausgegeben; über den schonenden Grenzen (Parallelität 50, 5000 Anfragen, 10 Minuten) verweigert es ohne --i-know. Weiterleitungen werden nicht verfolgt. Nur an Server senden, die Sie betreiben oder testen dürfen.
Strg+C stoppt innerhalb einer Sekunde: das Gemessene wird ausgegeben, der Exit-Code ist 130.</translation>
    </message>
    <message>
        <source>With --to curl: the shell the commands are written for — bash (default), cmd (curl quoted for the Windows command prompt, as the browser&apos;s &quot;Copy as cURL (cmd)&quot;) or powershell (Invoke-WebRequest, as &quot;Copy as PowerShell&quot;).</source>
        <translation>Mit --to curl: die Shell, für die die Befehle geschrieben werden — bash (Standard), cmd (curl mit der Quotierung der Windows-Eingabeaufforderung, wie &quot;Copy as cURL (cmd)&quot; des Browsers) oder powershell (Invoke-WebRequest, wie &quot;Copy as PowerShell&quot;).</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>A hop of the chain to send the same request straight to (repeatable, client side first): HOST:PORT or [IPv6]:PORT.</source>
        <translation>Ein Hop der Kette, an den dieselbe Anfrage direkt gesendet wird (wiederholbar, clientseitig zuerst): HOST:PORT oder [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>Convert a capture (HAR, curl command lines, raw HTTP, .http file) into HAR 1.2, curl commands (bash, cmd) or PowerShell Invoke-WebRequest, or an .http file. Credentials are redacted unless --no-redact is given; the output says what was hidden.</source>
        <translation>Wandelt eine Aufzeichnung (HAR, curl-Befehlszeilen, rohes HTTP, .http-Datei) in HAR 1.2, curl-Befehle (bash, cmd) oder PowerShell-Invoke-WebRequest oder eine .http-Datei um. Zugangsdaten werden geschwärzt, sofern nicht --no-redact angegeben ist; die Ausgabe nennt, was verborgen wurde.</translation>
    </message>
    <message>
        <source>Offer HTTP/2 and use it when the server agrees: by ALPN over TLS, by an h2c Upgrade over plain http (as curl). The JSON then carries every frame (&apos;frames&apos;).</source>
        <translation>HTTP/2 anbieten und nutzen, wenn der Server zustimmt: per ALPN über TLS, per h2c-Upgrade über einfaches http (wie curl). Das JSON enthält dann jeden Frame (&apos;frames&apos;).</translation>
    </message>
    <message>
        <source>send a request as addressed and straight to the origin (or over HTTP/1.1 and HTTP/2), side by side</source>
        <translation>eine Anfrage wie adressiert und direkt an den Ursprung (oder über HTTP/1.1 und HTTP/2) senden, nebeneinander</translation>
    </message>
    <message>
        <source>Send the request of INPUT (--entry N of a capture, else its first) as addressed and again straight to each --origin HOST:PORT with the same Host header and TLS server name (curl --connect-to), then show the results side by side and which hop failed. With --hop, the same request also goes straight to each hop of the chain you give (the load balancer, then the pod…), and the conclusion says where along it the request starts to fail. Redirects are never followed and nothing is sent to an address you did not type.
With --protocols instead, the request goes as addressed once over HTTP/1.1 and once over HTTP/2 (curl --http1.1 and --http2), and the conclusion calls out a fault that appears over one protocol only.</source>
        <translation>Sendet die Anfrage aus INPUT (--entry N einer Aufzeichnung, sonst deren erste) wie adressiert und noch einmal direkt an jede --origin HOST:PORT mit demselben Host-Header und TLS-Servernamen (curl --connect-to) und zeigt die Ergebnisse nebeneinander und welcher Hop versagt hat. Mit --hop geht dieselbe Anfrage auch direkt an jeden Hop der angegebenen Kette (der Load Balancer, dann der Pod…), und das Fazit sagt, wo entlang der Kette die Anfrage zu scheitern beginnt. Weiterleitungen werden nie verfolgt, und an keine Adresse wird gesendet, die Sie nicht eingegeben haben.
Mit --protocols stattdessen geht die Anfrage wie adressiert einmal über HTTP/1.1 und einmal über HTTP/2 (curl --http1.1 und --http2), und das Fazit benennt einen Fehler, der nur über eines der Protokolle auftritt.</translation>
    </message>
    <message>
        <source>Send the request over HTTP/1.1 and over HTTP/2 (ALPN over TLS, an h2c Upgrade over plain http) instead of to origins, and compare the verdicts; given without --origin and --hop.</source>
        <translation>Die Anfrage statt an Ursprünge über HTTP/1.1 und über HTTP/2 senden (ALPN über TLS, ein h2c-Upgrade über einfaches http) und die Befunde vergleichen; ohne --origin und --hop anzugeben.</translation>
    </message>
    <message>
        <source>Correct a hop&apos;s timeout in the timeout audit, as the window&apos;s Timeouts table does (repeatable): HOP is the product id (nginx, haproxy, aws-alb, origin for the application behind the last hop, unknown…), KIND one of keep-alive, upstream-keep-alive, connect, read (first byte) or total, and SECONDS a number (30, 2.5, 500ms). It holds for every exchange of the input; the report marks the value as yours. Example: --timeout origin:keep-alive=5 --timeout aws-alb:upstream-keep-alive=60</source>
        <translation>Korrigiert ein Zeitlimit eines Hops in der Zeitlimit-Prüfung, wie es die Timeout-Tabelle des Fensters tut (wiederholbar): HOP ist die Produkt-ID (nginx, haproxy, aws-alb, origin für die Anwendung hinter dem letzten Hop, unknown…), KIND eines von keep-alive, upstream-keep-alive, connect, read (erstes Byte) oder total, und SECONDS eine Zahl (30, 2.5, 500ms). Es gilt für jeden Austausch der Eingabe; der Bericht kennzeichnet den Wert als Ihren. Beispiel: --timeout origin:keep-alive=5 --timeout aws-alb:upstream-keep-alive=60</translation>
    </message>
    <message>
        <source>hop:kind=seconds</source>
        <translation>hop:kind=sekunden</translation>
    </message>
    <message>
        <source>With --ramp or --every: the request budget the script states and stops at (default: as gatescope ramp, 200 a step; with --every, the count).</source>
        <translation>Mit --ramp oder --every: das Anfragebudget, das das Skript nennt und bei dem es anhält (Standard: wie gatescope ramp, 200 pro Stufe; mit --every die Anzahl).</translation>
    </message>
    <message>
        <source>With --to locust or k6: a watch — one user sending the requests every S seconds (at least 0.1), --count times (Locust&apos;s constant_pacing).</source>
        <translation>Mit --to locust oder k6: eine Beobachtung — ein Benutzer sendet die Anfragen alle S Sekunden (mindestens 0,1), --count Mal (Locusts constant_pacing).</translation>
    </message>
    <message>
        <source>With --every: how many rounds (default 60, at most 10000).</source>
        <translation>Mit --every: wie viele Durchgänge (Standard 60, höchstens 10000).</translation>
    </message>
    <message>
        <source>Open loop: --from/--to/--step are arrival rates, requests started a second at fixed times whatever the answers (no coordinated omission); latency is measured from each request&apos;s intended start.</source>
        <translation>Offene Schleife: --from/--to/--step sind Ankunftsraten, Anfragen pro Sekunde zu festen Zeiten gestartet, gleich welche Antworten kommen (keine koordinierte Auslassung); die Latenz wird ab dem vorgesehenen Start jeder Anfrage gemessen.</translation>
    </message>
    <message>
        <source>With --open-loop: at most N requests in flight; one due while all are busy waits for a free one, its wait counted (default 50; above 50 only with --i-know).</source>
        <translation>Mit --open-loop: höchstens N gleichzeitige Anfragen; eine fällige, während alle belegt sind, wartet auf einen freien Platz, die Wartezeit wird gezählt (Standard 50; über 50 nur mit --i-know).</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::CompareText</name>
    <message>
        <source>&apos;%1&apos; is not a usable URL</source>
        <translation>&apos;%1&apos; ist keine brauchbare URL</translation>
    </message>
    <message>
        <source>standard input: cannot read</source>
        <translation>Standardeingabe: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: holds no request that could be sent</source>
        <translation>%1: enthält keine Anfrage, die gesendet werden könnte</translation>
    </message>
    <message>
        <source>--entry %1: %2 has entries 0 to %3</source>
        <translation>--entry %1: %2 hat die Einträge 0 bis %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>--entry: &apos;%1&apos; is not an entry number</source>
        <translation>--entry: &apos;%1&apos; ist keine Eintragsnummer</translation>
    </message>
    <message>
        <source>as addressed</source>
        <translation>wie adressiert</translation>
    </message>
    <message>
        <source>straight to %1</source>
        <translation>direkt an %1</translation>
    </message>
    <message>
        <source>Compare: %1 %2</source>
        <translation>Vergleich: %1 %2</translation>
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation>Schluss: %1</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Gesprochen</translation>
    </message>
    <message>
        <source>Compare over HTTP/1.1 and HTTP/2: %1 %2</source>
        <translation>Vergleich über HTTP/1.1 und HTTP/2: %1 %2</translation>
    </message>
    <message>
        <source>--protocols compares the request as addressed over HTTP/1.1 and HTTP/2; give it without --origin and --hop</source>
        <translation>--protocols vergleicht die Anfrage wie adressiert über HTTP/1.1 und HTTP/2; ohne --origin und --hop angeben</translation>
    </message>
    <message>
        <source>--origin HOST:PORT is required (or --protocols to compare HTTP/1.1 with HTTP/2)</source>
        <translation>--origin HOST:PORT ist erforderlich (oder --protocols, um HTTP/1.1 mit HTTP/2 zu vergleichen)</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::ConvertCommand</name>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>gatescope convert: warning: %1</source>
        <translation>gatescope convert: Warnung: %1</translation>
    </message>
    <message>
        <source>%1: holds no request (a response alone); there is nothing to write as %2</source>
        <translation>%1: enthält keine Anfrage (nur eine Antwort); es gibt nichts, was als %2 geschrieben werden könnte</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>gatescope convert: redaction is off: the output may hold live credentials</source>
        <translation>gatescope convert: Schwärzung ist aus: die Ausgabe kann gültige Zugangsdaten enthalten</translation>
    </message>
    <message>
        <source>gatescope convert: redacted: %1 (use --no-redact to keep them)</source>
        <translation>gatescope convert: geschwärzt: %1 (mit --no-redact bleiben sie erhalten)</translation>
    </message>
    <message>
        <source>Gatescope redaction was OFF (--no-redact): this file may hold live credentials.</source>
        <translation>Gatescope-Schwärzung war AUS (--no-redact): diese Datei kann gültige Zugangsdaten enthalten.</translation>
    </message>
    <message>
        <source>Redacted by Gatescope: no credentials were found to hide.</source>
        <translation>Von Gatescope geschwärzt: keine Zugangsdaten zum Verbergen gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Redacted by Gatescope: %n value(s) hidden — %1. Convert with --no-redact to keep them.</source>
        <extracomment>%1 = number of values, %2 = the list by kind (&quot;1 × authorization value&quot;)</extracomment>
        <translation>
            <numerusform>Von Gatescope geschwärzt: %n Wert verborgen — %1. Mit --no-redact umwandeln, um ihn zu behalten.</numerusform>
            <numerusform>Von Gatescope geschwärzt: %n Werte verborgen — %1. Mit --no-redact umwandeln, um sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output: cannot write: %1</source>
        <translation>Standardausgabe: Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>gatescope convert: credentials are read from the environment: %1</source>
        <translation>gatescope convert: Zugangsdaten werden aus der Umgebung gelesen: %1</translation>
    </message>
    <message>
        <source>--every and --ramp: give one of them</source>
        <translation>--every und --ramp: geben Sie nur eines davon an</translation>
    </message>
    <message>
        <source>--every: &apos;%1&apos; is not a number of seconds from %2 to %3</source>
        <translation>--every: &apos;%1&apos; ist keine Sekundenzahl von %2 bis %3</translation>
    </message>
    <message>
        <source>--count: &apos;%1&apos; is not a whole number from 1 to %2</source>
        <translation>--count: &apos;%1&apos; ist keine ganze Zahl von 1 bis %2</translation>
    </message>
    <message>
        <source>--every %1 --count %2 lasts more than %3 hours</source>
        <translation>--every %1 --count %2 dauert länger als %3 Stunden</translation>
    </message>
    <message>
        <source>--count is for --every</source>
        <translation>--count gilt für --every</translation>
    </message>
    <message>
        <source>--max-requests is for --ramp or --every</source>
        <translation>--max-requests gilt für --ramp oder --every</translation>
    </message>
    <message>
        <source>--max-requests: &apos;%1&apos; is not a whole number from 1 to %2</source>
        <translation>--max-requests: &apos;%1&apos; ist keine ganze Zahl von 1 bis %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::DiagnoseCommand</name>
    <message>
        <source>standard input: cannot read</source>
        <translation>Standardeingabe: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>standard input: more than %1 MB</source>
        <translation>Standardeingabe: mehr als %1 MB</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: holds no exchange to diagnose</source>
        <translation>%1: enthält keinen Austausch zum Diagnostizieren</translation>
    </message>
    <message>
        <source>--entry %1: %2 has entries 0 to %3</source>
        <translation>--entry %1: %2 hat die Einträge 0 bis %3</translation>
    </message>
    <message>
        <source>gatescope: rule pack skipped, built-in rules kept: %1</source>
        <translation>gatescope: Regelpaket übersprungen, eingebaute Regeln beibehalten: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable URL</source>
        <translation>&apos;%1&apos; ist keine brauchbare URL</translation>
    </message>
    <message>
        <source>%1: holds no request that could be sent again</source>
        <translation>%1: enthält keine Anfrage, die erneut gesendet werden könnte</translation>
    </message>
    <message>
        <source>gatescope: sent a GET request to %1 to diagnose its answer (a file or standard input is only read, never sent)</source>
        <translation>gatescope: hat eine GET-Anfrage an %1 gesendet, um ihre Antwort zu diagnostizieren (eine Datei oder die Standardeingabe wird nur gelesen, nie gesendet)</translation>
    </message>
    <message numerus="yes">
        <source>%1: holds %n request(s) and no response, so there is nothing to diagnose; to send them and diagnose the answers run: gatescope replay %2</source>
        <translation>
            <numerusform>%1: enthält %n Anfrage und keine Antwort, es gibt also nichts zu diagnostizieren; um sie zu senden und die Antwort zu diagnostizieren, führen Sie aus: gatescope replay %2</numerusform>
            <numerusform>%1: enthält %n Anfragen und keine Antwort, es gibt also nichts zu diagnostizieren; um sie zu senden und die Antworten zu diagnostizieren, führen Sie aus: gatescope replay %2</numerusform>
        </translation>
    </message>
    <message>
        <source>gatescope: entry %1 was recorded over HTTP/3; it is replayed over HTTP/2 (Gatescope does not speak QUIC)</source>
        <translation>gatescope: Eintrag %1 wurde über HTTP/3 aufgezeichnet; er wird über HTTP/2 wiederholt (Gatescope spricht kein QUIC)</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::LabCommand</name>
    <message>
        <source>, predicted</source>
        <translation>, vorhergesagt</translation>
    </message>
    <message numerus="yes">
        <source>Gatescope 5xx Lab — %n scenario(s) on loopback

</source>
        <translation>
            <numerusform>Gatescope 5xx-Labor — %n Szenario auf Loopback

</numerusform>
            <numerusform>Gatescope 5xx-Labor — %n Szenarien auf Loopback

</numerusform>
        </translation>
    </message>
    <message>
        <source>  send %1 requests at once
</source>
        <translation>  %1 Anfragen gleichzeitig senden
</translation>
    </message>
    <message>
        <source>  expected diagnosis: %1

</source>
        <translation>  erwartete Diagnose: %1

</translation>
    </message>
    <message>
        <source>ok    %1: %2
</source>
        <translation>ok    %1: %2
</translation>
    </message>
    <message>
        <source>FAIL  %1: expected %2, got %3
</source>
        <translation>FEHLER  %1: erwartet %2, erhalten %3
</translation>
    </message>
    <message>
        <source>      transport: %1 %2
</source>
        <translation>      Transport: %1 %2
</translation>
    </message>
    <message>
        <source>gatescope lab: no scenario matches %1
</source>
        <translation>gatescope lab: kein Szenario passt zu %1
</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed
</source>
        <translation>%1 bestanden, %2 fehlgeschlagen
</translation>
    </message>
    <message>
        <source>The lab is running. Press Ctrl+C to stop it.
</source>
        <translation>Das Labor läuft. Drücken Sie Strg+C, um es zu stoppen.
</translation>
    </message>
    <message>
        <source>Lab stopped.
</source>
        <translation>Labor gestoppt.
</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::LogsCommand</name>
    <message numerus="yes">
        <source>%1: %2, %n line(s)</source>
        <translation>
            <numerusform>%1: %2, %n Zeile</numerusform>
            <numerusform>%1: %2, %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failure(s)</source>
        <translation>
            <numerusform>, %n Fehler</numerusform>
            <numerusform>, %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n malformed line(s) (%1)</source>
        <translation>
            <numerusform>, %n fehlerhafte Zeile (%1)</numerusform>
            <numerusform>, %n fehlerhafte Zeilen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) longer than 1 MiB cut (%1)</source>
        <translation>
            <numerusform>, %n Zeile über 1 MiB gekürzt (%1)</numerusform>
            <numerusform>, %n Zeilen über 1 MiB gekürzt (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failure(s) past the first 100,000 counted only</source>
        <translation>
            <numerusform>, %n Fehler nach den ersten 100.000 nur gezählt</numerusform>
            <numerusform>, %n Fehler nach den ersten 100.000 nur gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) by cause:</source>
        <translation>
            <numerusform>%n Fehler nach Ursache:</numerusform>
            <numerusform>%n Fehler nach Ursache:</numerusform>
        </translation>
    </message>
    <message>
        <source>Over time (per %1, UTC):</source>
        <translation>Über die Zeit (je %1, UTC):</translation>
    </message>
    <message>
        <source>Upstreams with the most failures:</source>
        <translation>Upstreams mit den meisten Fehlern:</translation>
    </message>
    <message>
        <source>Distinct failures, one diagnosis each:</source>
        <translation>Unterschiedliche Fehler, je eine Diagnose:</translation>
    </message>
    <message>
        <source>%1 × %2 %3 (%4), first at %5</source>
        <translation>%1 × %2 %3 (%4), zuerst bei %5</translation>
    </message>
    <message>
        <source>product not named by the log</source>
        <translation>Produkt im Protokoll nicht genannt</translation>
    </message>
    <message>
        <source>First check: %1</source>
        <translation>Zuerst prüfen: %1</translation>
    </message>
    <message>
        <source>Gateway log summary</source>
        <translation>Zusammenfassung der Gateway-Protokolle</translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation>Fehler nach Ursache</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Over time (per %1, UTC)</source>
        <translation>Über die Zeit (je %1, UTC)</translation>
    </message>
    <message>
        <source>Upstreams with the most failures</source>
        <translation>Upstreams mit den meisten Fehlern</translation>
    </message>
    <message>
        <source>Distinct failures</source>
        <translation>Unterschiedliche Fehler</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>gatescope logs: --status: &apos;%1&apos; is not 5xx, 4xx or a list of codes such as 502,504</source>
        <translation>gatescope logs: --status: &apos;%1&apos; ist weder 5xx noch 4xx noch eine Liste von Codes wie 502,504</translation>
    </message>
    <message>
        <source>gatescope logs: --since: &apos;%1&apos; is neither an ISO date-time nor an age such as 30m</source>
        <translation>gatescope logs: --since: &apos;%1&apos; ist weder ein ISO-Datum mit Uhrzeit noch ein Alter wie 30m</translation>
    </message>
    <message>
        <source>redacted: %1</source>
        <translation>geschwärzt: %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::ProbeCommand</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>ok: a complete HTTP response</source>
        <translation>ok: eine vollständige HTTP-Antwort</translation>
    </message>
    <message>
        <source>refused: nothing accepted the connection — %1</source>
        <translation>abgelehnt: nichts hat die Verbindung angenommen — %1</translation>
    </message>
    <message>
        <source>timeout in the %1 phase — %2</source>
        <translation>Timeout in der Phase %1 — %2</translation>
    </message>
    <message>
        <source>closed early: the peer closed the connection before a complete response — %1</source>
        <translation>vorzeitig geschlossen: die Gegenstelle hat die Verbindung vor einer vollständigen Antwort geschlossen — %1</translation>
    </message>
    <message>
        <source>reset: the connection was reset (in the %1 phase) — %2</source>
        <translation>zurückgesetzt: die Verbindung wurde zurückgesetzt (in der Phase %1) — %2</translation>
    </message>
    <message>
        <source>invalid response: the bytes received are not a usable HTTP response — %1</source>
        <translation>ungültige Antwort: die empfangenen Bytes sind keine brauchbare HTTP-Antwort — %1</translation>
    </message>
    <message>
        <source>TLS failure — %1</source>
        <translation>TLS-Fehler — %1</translation>
    </message>
    <message>
        <source>DNS failure — %1</source>
        <translation>DNS-Fehler — %1</translation>
    </message>
    <message>
        <source>Redirect %1: </source>
        <translation>Weiterleitung %1: </translation>
    </message>
    <message>
        <source>via proxy %1</source>
        <translation>über Proxy %1</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 verbunden</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>TLS with SNI %1</source>
        <translation>TLS mit SNI %1</translation>
    </message>
    <message>
        <source>%1 %2, SNI %3</source>
        <translation>%1 %2, SNI %3</translation>
    </message>
    <message>
        <source>certificate verification skipped (-k)</source>
        <translation>Zertifikatsprüfung übersprungen (-k)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>%1 %2 (interim)</source>
        <translation>%1 %2 (vorläufig)</translation>
    </message>
    <message numerus="yes">
        <source>%n body byte(s)</source>
        <translation>
            <numerusform>%n Body-Byte</numerusform>
            <numerusform>%n Body-Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s) on the wire</source>
        <translation>
            <numerusform>%1, %n Byte auf der Leitung</numerusform>
            <numerusform>%1, %n Bytes auf der Leitung</numerusform>
        </translation>
    </message>
    <message>
        <source>capture truncated</source>
        <translation>Mitschnitt abgeschnitten</translation>
    </message>
    <message>
        <source>%1 at byte %2: %3</source>
        <translation>%1 bei Byte %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine brauchbare http://- oder https://-URL</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is not &apos;Name: value&apos;</source>
        <translation>Header &apos;%1&apos; ist nicht &apos;Name: Wert&apos;</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; contains a line break</source>
        <translation>Header &apos;%1&apos; enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>%1: cannot read the request body: %2</source>
        <translation>%1: der Anfrage-Body kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a request method</source>
        <translation>&apos;%1&apos; ist keine Anfragemethode</translation>
    </message>
    <message>
        <source>--connect-timeout needs a number of seconds, not &apos;%1&apos;</source>
        <translation>--connect-timeout braucht eine Anzahl Sekunden, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-time needs a number of seconds, not &apos;%1&apos;</source>
        <translation>--max-time braucht eine Anzahl Sekunden, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--first-byte-timeout needs a number of seconds, not &apos;%1&apos;</source>
        <translation>--first-byte-timeout braucht eine Anzahl Sekunden, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-redirs needs a whole number, not &apos;%1&apos;</source>
        <translation>--max-redirs braucht eine ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cancelled by you after %1 s — %2</source>
        <translation>von Ihnen nach %1 s abgebrochen — %2</translation>
    </message>
    <message>
        <source>%1 at %2 on stream %3: %4</source>
        <translation>%1 bei %2 auf Stream %3: %4</translation>
    </message>
    <message>
        <source>last stream %1</source>
        <translation>letzter Stream %1</translation>
    </message>
    <message>
        <source>HTTP/2: %1 frame(s) received, %2 sent</source>
        <translation>HTTP/2: %1 Frame(s) empfangen, %2 gesendet</translation>
    </message>
    <message>
        <source>(%1 more not kept)</source>
        <translation>(%1 weitere nicht behalten)</translation>
    </message>
    <message>
        <source>%1 cannot be used together: choose one</source>
        <translation>%1 können nicht zusammen verwendet werden: Wählen Sie eines</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::RampCommand</name>
    <message>
        <source>--from/--to/--step/--hold: %1</source>
        <translation>--from/--to/--step/--hold: %1</translation>
    </message>
    <message>
        <source>--max-requests: &apos;%1&apos; is not a positive number</source>
        <translation>--max-requests: „%1“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>this ramp goes above the gentle caps: %1. Add --i-know if the server is yours to load.</source>
        <translation>diese Rampe geht über die schonenden Grenzen: %1. Fügen Sie --i-know hinzu, wenn Sie den Server belasten dürfen.</translation>
    </message>
    <message>
        <source>--entry: &apos;%1&apos; is not an entry number</source>
        <translation>--entry: „%1“ ist keine Eintragsnummer</translation>
    </message>
    <message numerus="yes">
        <source>Stopped by you after %n step(s).</source>
        <translation>
            <numerusform>Von Ihnen nach %n Stufe gestoppt.</numerusform>
            <numerusform>Von Ihnen nach %n Stufen gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-in-flight: &apos;%1&apos; is not a positive number</source>
        <translation>--max-in-flight: &apos;%1&apos; ist keine positive Zahl</translation>
    </message>
    <message>
        <source>--max-in-flight is for --open-loop (in the closed loop --to is the most in flight)</source>
        <translation>--max-in-flight gilt für --open-loop (in der geschlossenen Schleife ist --to die Höchstzahl gleichzeitiger Anfragen)</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::ReportOutput</name>
    <message>
        <source>--redact-pattern: &apos;%1&apos; is not NAME=REGEX</source>
        <translation>--redact-pattern: &apos;%1&apos; ist nicht NAME=REGEX</translation>
    </message>
    <message>
        <source>--redact-pattern: &apos;%1&apos;: %2 at offset %3</source>
        <translation>--redact-pattern: &apos;%1&apos;: %2 bei Offset %3</translation>
    </message>
    <message>
        <source>Use --no-redact to include them.</source>
        <translation>Mit --no-redact werden sie eingeschlossen.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <extracomment>%1 file path (or &quot;standard output&quot;), %2 the system&apos;s reason</extracomment>
        <translation>%1: der Bericht kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::WatchCommand</name>
    <message>
        <source>--reuse-connections and --new-connections exclude each other</source>
        <translation>--reuse-connections und --new-connections schließen einander aus</translation>
    </message>
    <message>
        <source>--every: &apos;%1&apos; is not a number of seconds</source>
        <translation>--every: &apos;%1&apos; ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--count: &apos;%1&apos; is not a number</source>
        <translation>--count: &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>--for: &apos;%1&apos; is not a duration (such as 90, 30s, 10m or 2h)</source>
        <translation>--for: &apos;%1&apos; ist keine Dauer (wie 90, 30s, 10m oder 2h)</translation>
    </message>
    <message>
        <source>--entry: &apos;%1&apos; is not an entry number</source>
        <translation>--entry: &apos;%1&apos; ist keine Eintragsnummer</translation>
    </message>
    <message>
        <source>reusing connections</source>
        <translation>Verbindungen werden wiederverwendet</translation>
    </message>
    <message>
        <source>a new connection each time</source>
        <translation>jedes Mal eine neue Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>watching %1: up to %n request(s), one every %2 s, stopping after %3 s, %4</source>
        <translation>
            <numerusform>beobachte %1: bis zu %n Anfrage, eine alle %2 s, Ende nach %3 s, %4</numerusform>
            <numerusform>beobachte %1: bis zu %n Anfragen, eine alle %2 s, Ende nach %3 s, %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>watching %1: %n request(s), one every %2 s, %3</source>
        <translation>
            <numerusform>beobachte %1: %n Anfrage, eine alle %2 s, %3</numerusform>
            <numerusform>beobachte %1: %n Anfragen, eine alle %2 s, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-idle: &apos;%1&apos; is not a number of seconds up to %2</source>
        <translation>--max-idle: &apos;%1&apos; ist keine Anzahl Sekunden bis %2</translation>
    </message>
    <message>
        <source>--front-timeout: &apos;%1&apos; is not a number of seconds</source>
        <translation>--front-timeout: &apos;%1&apos; ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>one request to %1, then watching the idle connection for at most %2 s</source>
        <translation>eine Anfrage an %1, dann höchstens %2 s die ruhende Verbindung beobachten</translation>
    </message>
</context>
<context>
    <name>Gatescope::ContentDecoder</name>
    <message>
        <source>zlib could not be initialised</source>
        <translation>zlib konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>the stream needs a preset dictionary</source>
        <translation>der Strom braucht ein voreingestelltes Wörterbuch</translation>
    </message>
    <message>
        <source>corrupt data</source>
        <translation>beschädigte Daten</translation>
    </message>
    <message>
        <source>the %1 stream ends before its end marker (truncated)</source>
        <translation>der %1-Strom endet vor seiner Endmarke (abgeschnitten)</translation>
    </message>
    <message>
        <source>%1 body: cannot decode at byte %2: %3</source>
        <translation>%1-Body: kann bei Byte %2 nicht dekodiert werden: %3</translation>
    </message>
</context>
<context>
    <name>Gatescope::CurlExporter</name>
    <message>
        <source>cmd cannot pass a carriage return: the request&apos;s CR characters are left out</source>
        <translation>cmd kann kein Wagenrücklaufzeichen übergeben: die CR-Zeichen der Anfrage sind weggelassen</translation>
    </message>
</context>
<context>
    <name>Gatescope::CurlImporter</name>
    <message>
        <source>no-break spaces were read as spaces</source>
        <translation>geschützte Leerzeichen wurden als Leerzeichen gelesen</translation>
    </message>
    <message>
        <source>a typographic dash (– or —) before an option was read as &quot;--&quot;; a chat app or word processor probably replaced it</source>
        <translation>ein typografischer Gedankenstrich (– oder —) vor einer Option wurde als &quot;--&quot; gelesen; eine Chat-App oder Textverarbeitung hat ihn wahrscheinlich ersetzt</translation>
    </message>
    <message>
        <source>typographic quotes (“…” or ‘…’) were read as plain quotes; a chat app or word processor probably replaced them</source>
        <translation>typografische Anführungszeichen („…“ oder ‚…‘) wurden als einfache Anführungszeichen gelesen; eine Chat-App oder Textverarbeitung hat sie wahrscheinlich ersetzt</translation>
    </message>
    <message>
        <source>the here-document is never closed by a line &quot;%1&quot;; the rest of the text was taken as its content</source>
        <translation>das Here-Dokument wird nie durch eine Zeile &quot;%1&quot; geschlossen; der Rest des Textes wurde als sein Inhalt genommen</translation>
    </message>
    <message>
        <source>%1: %2: the quote %3 opened here is never closed</source>
        <translation>%1: %2: das hier geöffnete Anführungszeichen %3 wird nie geschlossen</translation>
    </message>
    <message>
        <source>PowerShell: \&quot; inside arguments was read as a plain quote, as Windows PowerShell 5.1 passes it to curl.exe</source>
        <translation>PowerShell: \&quot; innerhalb von Argumenten wurde als einfaches Anführungszeichen gelesen, so wie Windows PowerShell 5.1 es an curl.exe übergibt</translation>
    </message>
    <message>
        <source>%1: %2 %3 has no password; curl would ask for one, an empty one is used</source>
        <translation>%1: %2 %3 hat kein Passwort; curl würde danach fragen, es wird ein leeres verwendet</translation>
    </message>
    <message>
        <source>%1: %2 %3 names a cookie file; it is not read</source>
        <translation>%1: %2 %3 nennt eine Cookie-Datei; sie wird nicht gelesen</translation>
    </message>
    <message>
        <source>%1: %2 %3: only &apos;*&apos; (no proxy at all) is supported; the list was ignored</source>
        <translation>%1: %2 %3: nur &apos;*&apos; (gar kein Proxy) wird unterstützt; die Liste wurde ignoriert</translation>
    </message>
    <message>
        <source>%1: %2: Gatescope sends HTTP/1.1</source>
        <translation>%1: %2: Gatescope sendet HTTP/1.1</translation>
    </message>
    <message>
        <source>%1: %2: proxy credentials are not supported; the proxy is used without them</source>
        <translation>%1: %2: Proxy-Zugangsdaten werden nicht unterstützt; der Proxy wird ohne sie verwendet</translation>
    </message>
    <message>
        <source>%1: %2 %3: config files are not read</source>
        <translation>%1: %2 %3: Konfigurationsdateien werden nicht gelesen</translation>
    </message>
    <message>
        <source>%1: %2: Unix sockets are not supported; the URL&apos;s host is used</source>
        <translation>%1: %2: Unix-Sockets werden nicht unterstützt; der Host der URL wird verwendet</translation>
    </message>
    <message>
        <source>%1: option &apos;%2&apos; is not supported and was ignored</source>
        <translation>%1: die Option &apos;%2&apos; wird nicht unterstützt und wurde ignoriert</translation>
    </message>
    <message>
        <source>%1: both -d and -F were given; curl refuses that, the form is used</source>
        <translation>%1: sowohl -d als auch -F wurden angegeben; curl verweigert das, das Formular wird verwendet</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a URL; skipped</source>
        <translation>%1: &apos;%2&apos; ist keine URL; übersprungen</translation>
    </message>
    <message>
        <source>%1: header &quot;%2&quot; has no &apos;:&apos;; ignored</source>
        <translation>%1: Header &quot;%2&quot; hat kein &apos;:&apos;; ignoriert</translation>
    </message>
    <message>
        <source>%1: %2 names the file &apos;%3&apos;; file contents are not read, so that part of the body is empty</source>
        <translation>%1: %2 nennt die Datei &apos;%3&apos;; Dateiinhalte werden nicht gelesen, daher ist dieser Teil des Bodys leer</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not name=value; ignored</source>
        <translation>%1: %2 &quot;%3&quot; ist nicht Name=Wert; ignoriert</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not a number of seconds; ignored</source>
        <translation>%1: %2 %3 ist keine Anzahl Sekunden; ignoriert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a curl command; ignored</source>
        <translation>%1: &apos;%2&apos; ist kein curl-Befehl; ignoriert</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos; ignored</source>
        <translation>%1: unbekannte Option &apos;%2&apos; ignoriert</translation>
    </message>
    <message>
        <source>%1: option &apos;%2&apos; needs a value and has none; ignored</source>
        <translation>%1: die Option &apos;%2&apos; braucht einen Wert und hat keinen; ignoriert</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;-%2&apos; ignored</source>
        <translation>%1: unbekannte Option &apos;-%2&apos; ignoriert</translation>
    </message>
    <message>
        <source>%1: option &apos;-%2&apos; needs a value and has none; ignored</source>
        <translation>%1: die Option &apos;-%2&apos; braucht einen Wert und hat keinen; ignoriert</translation>
    </message>
    <message>
        <source>%1: the curl command names no URL; skipped</source>
        <translation>%1: der curl-Befehl nennt keine URL; übersprungen</translation>
    </message>
    <message>
        <source>%1: %2: no curl command with a URL was found</source>
        <translation>%1: %2: kein curl-Befehl mit einer URL gefunden</translation>
    </message>
    <message>
        <source>a backslash followed by blanks at the end of a line was read as a line continuation</source>
        <translation>ein Backslash mit folgenden Leerzeichen am Zeilenende wurde als Zeilenfortsetzung gelesen</translation>
    </message>
    <message>
        <source>%1: %2 names the file &apos;%3&apos;; file contents are not read, so the headers in it are not sent</source>
        <translation>%1: %2 nennt die Datei &apos;%3&apos;; Dateiinhalte werden nicht gelesen, die Header darin werden also nicht gesendet</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot;: curl skips the unknown part &quot;%4&quot;</source>
        <translation>%1: %2 &quot;%3&quot;: curl überspringt den unbekannten Teil &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1: %2; ignored</source>
        <translation>%1: %2; ignoriert</translation>
    </message>
    <message>
        <source>%1: curl does not accept &apos;%2&apos; (it stops: the option is unknown); read as &apos;--%3 %4&apos;</source>
        <translation>%1: curl akzeptiert &apos;%2&apos; nicht (es bricht ab: die Option ist unbekannt); gelesen als &apos;--%3 %4&apos;</translation>
    </message>
    <message>
        <source>%1: %2: Gatescope sends HTTP/2 instead (it does not speak QUIC); the request is the same, the protocol is not</source>
        <translation>%1: %2: Gatescope sendet stattdessen HTTP/2 (es spricht kein QUIC); die Anfrage ist dieselbe, das Protokoll nicht</translation>
    </message>
    <message>
        <source>%1: every &apos;&amp;&apos; in the data is written &apos;^&amp;&apos;, a cmd escape where no cmd reads it (a browser&apos;s copy bug); curl sends the carets as written, so the server gets &apos;^&amp;&apos;</source>
        <translation>%1: jedes &apos;&amp;&apos; in den Daten ist als &apos;^&amp;&apos; geschrieben, ein cmd-Escape, wo kein cmd es liest (ein Kopierfehler des Browsers); curl sendet die Zirkumflexe wie geschrieben, der Server erhält also &apos;^&amp;&apos;</translation>
    </message>
</context>
<context>
    <name>Gatescope::Diagnoser</name>
    <message>
        <source>the origin application</source>
        <translation>die Origin-Anwendung</translation>
    </message>
    <message>
        <source>an unidentified gateway</source>
        <translation>ein nicht identifiziertes Gateway</translation>
    </message>
    <message>
        <source>no server (client side)</source>
        <translation>kein Server (Client-Seite)</translation>
    </message>
    <message>
        <source>no more specific evidence</source>
        <translation>keine genaueren Belege</translation>
    </message>
    <message>
        <source>holds: %1</source>
        <translation>gilt: %1</translation>
    </message>
    <message>
        <source>The rules could not decide the cause of this response.</source>
        <translation>Die Regeln konnten die Ursache dieser Antwort nicht bestimmen.</translation>
    </message>
    <message>
        <source>a gateway</source>
        <translation>ein Gateway</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>an unmeasured time</source>
        <translation>eine nicht gemessene Zeit</translation>
    </message>
    <message>
        <source>its configured timeout</source>
        <translation>sein konfiguriertes Timeout</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>another protocol</source>
        <translation>einem anderen Protokoll</translation>
    </message>
</context>
<context>
    <name>Gatescope::DiagnosisText</name>
    <message numerus="yes">
        <source>retry after %n second(s) (Retry-After)</source>
        <translation>
            <numerusform>nach %n Sekunde erneut versuchen (Retry-After)</numerusform>
            <numerusform>nach %n Sekunden erneut versuchen (Retry-After)</numerusform>
        </translation>
    </message>
    <message>
        <source>retry with backoff</source>
        <translation>mit Backoff erneut versuchen</translation>
    </message>
    <message>
        <source>do not retry blindly</source>
        <translation>nicht blind wiederholen</translation>
    </message>
    <message>
        <source>fix the cause first; a retry will fail the same way</source>
        <translation>zuerst die Ursache beheben; ein erneuter Versuch scheitert genauso</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>client side</source>
        <translation>Client-Seite</translation>
    </message>
    <message>
        <source>#%1  %2 %3</source>
        <translation>#%1  %2 %3</translation>
    </message>
    <message>
        <source>(no request recorded)</source>
        <translation>(keine Anfrage aufgezeichnet)</translation>
    </message>
    <message>
        <source>    response: %1 %2</source>
        <translation>    Antwort: %1 %2</translation>
    </message>
    <message>
        <source>    no HTTP response: %1%2</source>
        <translation>    keine HTTP-Antwort: %1%2</translation>
    </message>
    <message>
        <source>%1 (predicted: what a gateway in front would answer)</source>
        <translation>%1 (vorhergesagt: was ein vorgelagertes Gateway antworten würde)</translation>
    </message>
    <message>
        <source>  Verdict:   %1</source>
        <translation>  Urteil:    %1</translation>
    </message>
    <message>
        <source>  Cause:     %1</source>
        <translation>  Ursache:   %1</translation>
    </message>
    <message>
        <source>  Status:    %1</source>
        <translation>  Status:    %1</translation>
    </message>
    <message>
        <source>  Producer:  %1 — %2 (confidence %3)</source>
        <translation>  Erzeuger: %1 — %2 (Konfidenz %3)</translation>
    </message>
    <message>
        <source>  Retry:     %1</source>
        <translation>  Wiederholen: %1</translation>
    </message>
    <message>
        <source>  Path through the rules:</source>
        <translation>  Pfad durch die Regeln:</translation>
    </message>
    <message>
        <source>because %1</source>
        <translation>weil %1</translation>
    </message>
    <message>
        <source>  Why:</source>
        <translation>  Warum:</translation>
    </message>
    <message>
        <source>  Evidence:</source>
        <translation>  Belege:</translation>
    </message>
    <message>
        <source>  Checklist: %1</source>
        <translation>  Checkliste: %1</translation>
    </message>
    <message numerus="yes">
        <source>gatescope diagnosis of %1 (%2): %n exchange(s)</source>
        <translation>
            <numerusform>gatescope-Diagnose von %1 (%2): %n Austausch</numerusform>
            <numerusform>gatescope-Diagnose von %1 (%2): %n Austausche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatescope::Durations</name>
    <message>
        <source>%1 µs</source>
        <extracomment>A duration in microseconds; %1 is the localised number</extracomment>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds; %1 is the localised number</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds; %1 is the localised number</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>A duration that could not be measured</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>A phase that did not happen</extracomment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Gatescope::EvidenceExtractor</name>
    <message>
        <source>body: &apos;%1&apos;</source>
        <translation>Body: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>%1 body, %2 bytes</source>
        <translation>%1-Body, %2 Bytes</translation>
    </message>
    <message>
        <source>body is %1 but Accept was %2</source>
        <translation>Body ist %1, aber Accept war %2</translation>
    </message>
    <message>
        <source>Cloudflare-branded %1 page without cf-error-type: the origin side answered %1</source>
        <translation>Gebrandete Cloudflare-Seite %1 ohne cf-error-type: die Origin-Seite hat %1 geantwortet</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>wait ≈ %1 s matches the default of %2</source>
        <translation>Wartezeit ≈ %1 s entspricht dem Standardwert von %2</translation>
    </message>
    <message>
        <source>wait %1 s</source>
        <translation>Wartezeit %1 s</translation>
    </message>
    <message>
        <source>503 through Cloudflare without its error page or cf-error-type: Cloudflare relayed the origin side&apos;s 503</source>
        <translation>503 über Cloudflare ohne dessen Fehlerseite oder cf-error-type: Cloudflare hat die 503 der Ursprungsseite weitergereicht</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>Verbindungs-Zeitlimit</translation>
    </message>
    <message>
        <source>first-byte timeout</source>
        <translation>Zeitlimit für das erste Byte</translation>
    </message>
    <message>
        <source>total timeout</source>
        <translation>Gesamt-Zeitlimit</translation>
    </message>
    <message>
        <source>%1 %2 (%3 s, as you gave it)</source>
        <extracomment>%1 product, %2 its setting (&quot;proxy_read_timeout&quot;), %3 the seconds the user gave</extracomment>
        <translation>%1 %2 (%3 s, wie von Ihnen angegeben)</translation>
    </message>
    <message>
        <source>the origin application</source>
        <translation>die Ursprungsanwendung</translation>
    </message>
    <message>
        <source>an unidentified gateway</source>
        <translation>ein nicht erkanntes Gateway</translation>
    </message>
    <message>
        <source>the default %1</source>
        <translation>der Standardwert %1</translation>
    </message>
    <message>
        <source>wait ≈ %1 s matches %2</source>
        <translation>Wartezeit ≈ %1 s entspricht %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::FaultServer</name>
    <message>
        <source>200 application/json with Content-Length</source>
        <translation>200 application/json mit Content-Length</translation>
    </message>
    <message>
        <source>200 text/plain: the request head and body as received</source>
        <translation>200 text/plain: Anfragekopf und -body wie empfangen</translation>
    </message>
    <message>
        <source>waits ms before the first byte, then answers as /json</source>
        <translation>wartet ms vor dem ersten Byte, antwortet dann wie /json</translation>
    </message>
    <message>
        <source>headers at once, then the body in pieces ms apart</source>
        <translation>Header sofort, dann der Body in Stücken im Abstand von ms</translation>
    </message>
    <message>
        <source>reads the request and never answers or closes</source>
        <translation>liest die Anfrage und antwortet oder schließt nie</translation>
    </message>
    <message>
        <source>reads the request and closes without sending a byte</source>
        <translation>liest die Anfrage und schließt, ohne ein Byte zu senden</translation>
    </message>
    <message>
        <source>sends half a header block and closes</source>
        <translation>sendet einen halben Header-Block und schließt</translation>
    </message>
    <message>
        <source>promises 1000 body bytes, sends 100 and closes</source>
        <translation>verspricht 1000 Body-Bytes, sendet 100 und schließt</translation>
    </message>
    <message>
        <source>sends the first bytes of a response, then resets the connection (SO_LINGER 0)</source>
        <translation>sendet die ersten Bytes einer Antwort und setzt dann die Verbindung zurück (SO_LINGER 0)</translation>
    </message>
    <message>
        <source>answers with bytes that are not HTTP and closes</source>
        <translation>antwortet mit Bytes, die kein HTTP sind, und schließt</translation>
    </message>
    <message>
        <source>a header line without &apos;:&apos;</source>
        <translation>eine Header-Zeile ohne &apos;:&apos;</translation>
    </message>
    <message>
        <source>a chunked body with an invalid chunk size</source>
        <translation>ein Chunked-Body mit einer ungültigen Chunk-Größe</translation>
    </message>
    <message>
        <source>a header block of about the given size</source>
        <translation>ein Header-Block etwa der angegebenen Größe</translation>
    </message>
    <message>
        <source>100 Continue, then 200 JSON</source>
        <translation>100 Continue, dann 200 JSON</translation>
    </message>
    <message>
        <source>103 Early Hints, then 200 JSON</source>
        <translation>103 Early Hints, dann 200 JSON</translation>
    </message>
    <message>
        <source>a chain of n redirects ending in /json</source>
        <translation>eine Kette von n Weiterleitungen, die in /json endet</translation>
    </message>
    <message>
        <source>200 JSON compressed with gzip</source>
        <translation>200 JSON, mit gzip komprimiert</translation>
    </message>
    <message>
        <source>200 JSON compressed with deflate (zlib)</source>
        <translation>200 JSON, mit deflate (zlib) komprimiert</translation>
    </message>
    <message>
        <source>200 JSON in chunked transfer encoding</source>
        <translation>200 JSON in Chunked-Transfer-Encoding</translation>
    </message>
    <message>
        <source>200 without Content-Length; the body ends when the connection closes</source>
        <translation>200 ohne Content-Length; der Body endet, wenn die Verbindung geschlossen wird</translation>
    </message>
    <message>
        <source>any status with the given body and headers</source>
        <translation>beliebiger Status mit dem angegebenen Body und den Headern</translation>
    </message>
    <message>
        <source>500 with a Java stack trace in an HTML error page</source>
        <translation>500 mit einem Java-Stacktrace in einer HTML-Fehlerseite</translation>
    </message>
    <message>
        <source>503 maintenance page with Retry-After</source>
        <translation>503-Wartungsseite mit Retry-After</translation>
    </message>
    <message>
        <source>200 HTML login page, whatever the caller accepts</source>
        <translation>200-HTML-Anmeldeseite, egal was der Aufrufer akzeptiert</translation>
    </message>
    <message>
        <source>200 with a body of the given size</source>
        <translation>200 mit einem Body der angegebenen Größe</translation>
    </message>
    <message>
        <source>lab origin: cannot listen on %1: %2</source>
        <translation>Labor-Origin: kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>lab origin: the TLS test certificate is missing from the resources (:/lab/test-cert.pem)</source>
        <translation>Labor-Origin: das TLS-Testzertifikat fehlt in den Ressourcen (:/lab/test-cert.pem)</translation>
    </message>
    <message>
        <source>lab origin: cannot listen for TLS on %1: %2</source>
        <translation>Labor-Origin: kann auf %1 nicht für TLS lauschen: %2</translation>
    </message>
    <message>
        <source>a header value continued on a line starting with a space (obsolete line folding)</source>
        <translation>ein Header-Wert, der auf einer mit Leerzeichen beginnenden Zeile fortgesetzt wird (veraltete Zeilenfaltung)</translation>
    </message>
    <message>
        <source>a header whose field name contains &apos;@&apos;</source>
        <translation>ein Header, dessen Feldname &apos;@&apos; enthält</translation>
    </message>
    <message>
        <source>two Content-Length headers with different values</source>
        <translation>zwei Content-Length-Header mit verschiedenen Werten</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding: chunked</source>
        <translation>sowohl Content-Length als auch Transfer-Encoding: chunked</translation>
    </message>
    <message>
        <source>a complete response followed by more bytes</source>
        <translation>eine vollständige Antwort, gefolgt von weiteren Bytes</translation>
    </message>
    <message>
        <source>a status line with letters where the status code should be</source>
        <translation>eine Statuszeile mit Buchstaben statt des Statuscodes</translation>
    </message>
    <message>
        <source>204 or 304 followed by a body it must not have</source>
        <translation>204 oder 304, gefolgt von einem Body, den sie nicht haben dürfen</translation>
    </message>
    <message>
        <source>sends the given bytes (base64 or base64url) and closes</source>
        <translation>sendet die angegebenen Bytes (base64 oder base64url) und schließt</translation>
    </message>
    <message>
        <source>dropping listener: cannot listen on %1 port %2: %3</source>
        <translation>verwerfender Listener: kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
    <message>
        <source>dropping listener: the first connection to %1 port %2 did not complete</source>
        <translation>verwerfender Listener: die erste Verbindung zu %1 Port %2 kam nicht zustande</translation>
    </message>
    <message>
        <source>dropping listener: the kernel accepted %1 connections on %2 port %3 despite a backlog of 0</source>
        <translation>verwerfender Listener: der Kernel nahm trotz Backlog 0 %1 Verbindungen auf %2 Port %3 an</translation>
    </message>
    <message>
        <source>every n-th request (counted per query) answers with code, the others as /json</source>
        <translation>jede n-te Anfrage (pro Query gezählt) antwortet mit code, die anderen wie /json</translation>
    </message>
    <message>
        <source>200 JSON on a kept-alive connection, closed (fin or reset) after idle ms without a request</source>
        <translation>200 JSON über eine Keep-Alive-Verbindung, nach idle ms ohne Anfrage geschlossen (fin oder reset)</translation>
    </message>
    <message>
        <source>waits ms, then answers as /status; with timing=NAME it says how long it took in Server-Timing</source>
        <translation>wartet ms und antwortet dann wie /status; mit timing=NAME nennt es in Server-Timing, wie lange es gebraucht hat</translation>
    </message>
</context>
<context>
    <name>Gatescope::FetchCallImporter</name>
    <message>
        <source>%1: %2: the options of this fetch() call are not the JSON object a browser writes (%3)</source>
        <translation>%1: %2: die Optionen dieses fetch()-Aufrufs sind nicht das JSON-Objekt, das ein Browser schreibt (%3)</translation>
    </message>
    <message>
        <source>it does not end</source>
        <translation>es endet nicht</translation>
    </message>
    <message>
        <source>%1: read a JavaScript fetch() call (&quot;Copy as fetch&quot;) as the request it describes; the browser also sends what the call does not list (its cookies, its User-Agent), so &quot;Copy as cURL&quot; or a HAR gives the request exactly</source>
        <translation>%1: ein JavaScript-fetch()-Aufruf („Als fetch kopieren“) wurde als die Anfrage gelesen, die er beschreibt; der Browser sendet auch, was der Aufruf nicht aufführt (seine Cookies, seinen User-Agent), daher gibt „Als cURL kopieren“ oder ein HAR die Anfrage genau wieder</translation>
    </message>
</context>
<context>
    <name>Gatescope::Fingerprints</name>
    <message>
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <source>Kubernetes ingress-nginx</source>
        <translation>Kubernetes ingress-nginx</translation>
    </message>
    <message>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <source>Apache httpd (mod_proxy)</source>
        <translation>Apache httpd (mod_proxy)</translation>
    </message>
    <message>
        <source>Varnish Cache</source>
        <translation>Varnish Cache</translation>
    </message>
    <message>
        <source>Squid</source>
        <translation>Squid</translation>
    </message>
    <message>
        <source>Caddy</source>
        <translation>Caddy</translation>
    </message>
    <message>
        <source>Envoy / Istio</source>
        <translation>Envoy / Istio</translation>
    </message>
    <message>
        <source>Traefik</source>
        <translation>Traefik</translation>
    </message>
    <message>
        <source>Kong Gateway</source>
        <translation>Kong Gateway</translation>
    </message>
    <message>
        <source>Cloudflare</source>
        <translation>Cloudflare</translation>
    </message>
    <message>
        <source>AWS Application Load Balancer</source>
        <translation>AWS Application Load Balancer</translation>
    </message>
    <message>
        <source>AWS Classic Load Balancer</source>
        <translation>AWS Classic Load Balancer</translation>
    </message>
    <message>
        <source>Amazon CloudFront</source>
        <translation>Amazon CloudFront</translation>
    </message>
    <message>
        <source>Amazon API Gateway</source>
        <translation>Amazon API Gateway</translation>
    </message>
    <message>
        <source>Google Cloud Load Balancer</source>
        <translation>Google Cloud Load Balancer</translation>
    </message>
    <message>
        <source>Azure Application Gateway</source>
        <translation>Azure Application Gateway</translation>
    </message>
    <message>
        <source>Azure Front Door</source>
        <translation>Azure Front Door</translation>
    </message>
    <message>
        <source>Akamai</source>
        <translation>Akamai</translation>
    </message>
    <message>
        <source>Fastly</source>
        <translation>Fastly</translation>
    </message>
    <message>
        <source>Heroku router</source>
        <translation>Heroku-Router</translation>
    </message>
    <message>
        <source>Gatescope Lab gateway</source>
        <translation>Gatescope-Labor-Gateway</translation>
    </message>
    <message>
        <source>Unknown gateway</source>
        <translation>Unbekanntes Gateway</translation>
    </message>
    <message>
        <source>No producer (client side)</source>
        <translation>Kein Erzeuger (Client-Seite)</translation>
    </message>
    <message>
        <source>Firewall or security middlebox</source>
        <translation>Firewall oder Sicherheits-Middlebox</translation>
    </message>
    <message>
        <source>Origin application</source>
        <translation>Origin-Anwendung</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::AuthEditor</name>
    <message>
        <source>No authentication helper</source>
        <translation>Kein Authentifizierungshelfer</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>Authentifizierungsverfahren</translation>
    </message>
    <message>
        <source>Choose Basic or Bearer to have the Authorization header written for you. An Authorization header typed in the Headers tab is sent as it is.</source>
        <translation>Wählen Sie Basic oder Bearer, damit der Authorization-Header für Sie geschrieben wird. Ein im Reiter Header getippter Authorization-Header wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::BodyEditor</name>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form (URL-encoded)</source>
        <translation>Formular (URL-kodiert)</translation>
    </message>
    <message>
        <source>Multipart form with files</source>
        <translation>Multipart-Formular mit Dateien</translation>
    </message>
    <message>
        <source>Body type</source>
        <translation>Body-Art</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>Diese Anfrage hat keinen Body.</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Roher Body</translation>
    </message>
    <message>
        <source>Body bytes as text; set Content-Type in the headers</source>
        <translation>Body-Bytes als Text; Content-Type in den Headern setzen</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>JSON-Body</translation>
    </message>
    <message>
        <source>{ &quot;key&quot;: &quot;value&quot; }</source>
        <translation>{ &quot;schluessel&quot;: &quot;wert&quot; }</translation>
    </message>
    <message>
        <source>&amp;Format JSON</source>
        <translation>JSON &amp;formatieren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <source>Value or file</source>
        <translation>Wert oder Datei</translation>
    </message>
    <message>
        <source>Multipart parts</source>
        <translation>Multipart-Teile</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>&amp;Feld hinzufügen</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve part</source>
        <translation>Teil &amp;entfernen</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <extracomment>JSON body check: %1 line, %2 column, %3 the parser&apos;s message</extracomment>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>File %1 (%2, %3)</source>
        <extracomment>A file attached to a multipart body: file name, size, content type</extracomment>
        <translation>Datei %1 (%2, %3)</translation>
    </message>
    <message>
        <source>field%1</source>
        <translation>feld%1</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2</source>
        <translation>%1: die Datei ist größer als %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Add files to the body</source>
        <translation>Dateien zum Body hinzufügen</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::BuilderEdits</name>
    <message>
        <source>Open in builder</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>The builder holds your edits to %1.</source>
        <extracomment>%1 = method and URL of the request in the builder</extracomment>
        <translation>Der Editor enthält Ihre Änderungen an %1.</translation>
    </message>
    <message>
        <source>They are saved as a new request in “%1”. Keep it there and open the exchange&apos;s request, or discard the edited request?</source>
        <extracomment>%1 = collection name</extracomment>
        <translation>Sie sind als neue Anfrage in „%1“ gespeichert. Dort behalten und die Anfrage des Austauschs öffnen, oder die geänderte Anfrage verwerfen?</translation>
    </message>
    <message>
        <source>They are saved in “%1”. Keep them and open the exchange&apos;s request, or put the request back as it was when you opened it?</source>
        <translation>Sie sind in „%1“ gespeichert. Behalten und die Anfrage des Austauschs öffnen, oder die Anfrage auf den Stand beim Öffnen zurücksetzen?</translation>
    </message>
    <message>
        <source>&amp;Keep my edits</source>
        <translation>Änderungen &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Discard my edits</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ChecklistModel</name>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Offen: %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ChecklistView</name>
    <message>
        <source>Checklist: %1</source>
        <translation>Checkliste: %1</translation>
    </message>
    <message>
        <source>No checklist for this rule.</source>
        <translation>Keine Checkliste für diese Regel.</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy the checklist as Markdown</source>
        <translation>Die Checkliste als Markdown kopieren</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::DecisionTreeModel</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Decision tree leaf: typical status code, then the verdict&apos;s title</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Entschieden durch: %1</translation>
    </message>
    <message>
        <source>Not taken for this request</source>
        <translation>Für diese Anfrage nicht genommen</translation>
    </message>
    <message>
        <source>On the diagnosis path: %1</source>
        <translation>Auf dem Diagnosepfad: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Evidence that decided it</source>
        <translation>Beleg, der es entschied</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Evidence as recorded: %1</source>
        <translation>Belege wie erfasst: %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::DiagnosisPane</name>
    <message>
        <source>Decision tree of the 5xx rules</source>
        <translation>Entscheidungsbaum der 5xx-Regeln</translation>
    </message>
    <message>
        <source>Explanation of the selected rule</source>
        <translation>Erklärung der gewählten Regel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Retry with backoff.</source>
        <translation>Mit Backoff erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Retry after %Ln s.</source>
        <translation>
            <numerusform>Nach %Ln s erneut versuchen.</numerusform>
            <numerusform>Nach %Ln s erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry later, as the server asked.</source>
        <translation>Später erneut versuchen, wie vom Server erbeten.</translation>
    </message>
    <message>
        <source>Do not retry as it is.</source>
        <translation>Nicht unverändert wiederholen.</translation>
    </message>
    <message>
        <source>Fix the cause first; retrying will not help.</source>
        <translation>Zuerst die Ursache beheben; Wiederholen hilft nicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No request diagnosed yet.&lt;/b&gt; Send a request or select an entry of a capture. Meanwhile, browse the rules below: select a verdict to read what it means and what to check.</source>
        <translation>&lt;b&gt;Noch keine Anfrage diagnostiziert.&lt;/b&gt; Senden Sie eine Anfrage oder wählen Sie einen Eintrag eines Mitschnitts. Bis dahin können Sie unten die Regeln durchsehen: Wählen Sie ein Urteil, um zu lesen, was es bedeutet und was zu prüfen ist.</translation>
    </message>
    <message>
        <source>%1 — no server error</source>
        <translation>%1 — kein Serverfehler</translation>
    </message>
    <message>
        <source>No HTTP response — a gateway in front would answer %1 (%2)</source>
        <extracomment>%1 = the status a gateway in front would answer, %2 = the verdict&apos;s title</extracomment>
        <translation>Keine HTTP-Antwort — ein vorgelagertes Gateway würde %1 antworten (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 = status, %2 = the verdict&apos;s title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Made by %1 (%2, %3% sure)</source>
        <extracomment>Who made the answer: product name, layer (origin/gateway/client), confidence in percent</extracomment>
        <translation>Erzeugt von %1 (%2, %3 % sicher)</translation>
    </message>
    <message>
        <source>Select a rule to read about it.</source>
        <translation>Wählen Sie eine Regel, um darüber zu lesen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This rule asks a question of the evidence. Its branches, tried in order:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Select a verdict (a leaf) to see its explanation and checklist.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Regel stellt eine Frage an die Belege. Ihre Zweige, der Reihe nach geprüft:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Wählen Sie ein Urteil (ein Blatt), um seine Erklärung und Checkliste zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cause id: %1</source>
        <translation>Ursachen-ID: %1</translation>
    </message>
    <message>
        <source>No server answered: the failure was seen by the client (%1% sure)</source>
        <extracomment>No hop produced an HTTP answer (the client saw a transport failure); %1 = confidence in percent</extracomment>
        <translation>Kein Server hat geantwortet: der Fehler trat beim Client auf (%1 % sicher)</translation>
    </message>
    <message>
        <source>gateway</source>
        <extracomment>Producer layer shown after the product name</extracomment>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>origin</source>
        <extracomment>Producer layer shown after the product name</extracomment>
        <translation>Origin</translation>
    </message>
    <message>
        <source>client</source>
        <extracomment>Producer layer shown after the product name</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Cause not decided</source>
        <translation>Ursache nicht entschieden</translation>
    </message>
    <message>
        <source>Timeouts…</source>
        <translation>Timeouts…</translation>
    </message>
    <message>
        <source>The hops&apos; timeouts side by side; correct them to your configuration</source>
        <translation>Die Timeouts der Hops nebeneinander; korrigieren Sie sie auf Ihre Konfiguration</translation>
    </message>
    <message>
        <source>Timeout audit: the hops&apos; timeouts side by side, the defaults and the values you gave</source>
        <translation>Zeitlimit-Prüfung: die Zeitlimits der Hops nebeneinander, Standardwerte und Ihre Angaben</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::EvidenceWords</name>
    <message>
        <source>a response arrived</source>
        <translation>eine Antwort kam an</translation>
    </message>
    <message>
        <source>no response arrived</source>
        <translation>keine Antwort kam an</translation>
    </message>
    <message>
        <source>the response was complete</source>
        <translation>die Antwort war vollständig</translation>
    </message>
    <message>
        <source>the response was not complete</source>
        <translation>die Antwort war nicht vollständig</translation>
    </message>
    <message>
        <source>the status is a 5xx</source>
        <translation>der Status ist ein 5xx</translation>
    </message>
    <message>
        <source>the status is not a 5xx</source>
        <translation>der Status ist kein 5xx</translation>
    </message>
    <message>
        <source>a gateway made the answer</source>
        <translation>ein Gateway hat die Antwort erzeugt</translation>
    </message>
    <message>
        <source>no sign that a gateway made the answer</source>
        <translation>kein Hinweis, dass ein Gateway die Antwort erzeugt hat</translation>
    </message>
    <message>
        <source>a gateway is on the way</source>
        <translation>ein Gateway liegt auf dem Weg</translation>
    </message>
    <message>
        <source>no gateway seen on the way</source>
        <translation>kein Gateway auf dem Weg gesehen</translation>
    </message>
    <message>
        <source>the wait matches a gateway&apos;s read timeout</source>
        <translation>die Wartezeit passt zum Lese-Timeout eines Gateways</translation>
    </message>
    <message>
        <source>the wait matches no gateway&apos;s read timeout</source>
        <translation>die Wartezeit passt zu keinem Lese-Timeout eines Gateways</translation>
    </message>
    <message>
        <source>Apache&apos;s own error page</source>
        <translation>Apaches eigene Fehlerseite</translation>
    </message>
    <message>
        <source>not Apache&apos;s own error page</source>
        <translation>nicht Apaches eigene Fehlerseite</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>a timeout struck</source>
        <translation>ein Timeout griff</translation>
    </message>
    <message>
        <source>the connection closed before a complete response</source>
        <translation>die Verbindung schloss vor einer vollständigen Antwort</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>die Verbindung wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>the bytes were not a usable HTTP response</source>
        <translation>die Bytes waren keine brauchbare HTTP-Antwort</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake schlug fehl</translation>
    </message>
    <message>
        <source>the host name did not resolve</source>
        <translation>der Hostname ließ sich nicht auflösen</translation>
    </message>
    <message>
        <source>you cancelled the request</source>
        <translation>Sie haben die Anfrage abgebrochen</translation>
    </message>
    <message>
        <source>the client ended the request itself</source>
        <translation>der Client beendete die Anfrage selbst</translation>
    </message>
    <message>
        <source>the server reset the HTTP/2 stream</source>
        <translation>der Server hat den HTTP/2-Stream zurückgesetzt</translation>
    </message>
    <message>
        <source>the server sent GOAWAY</source>
        <translation>der Server hat GOAWAY gesendet</translation>
    </message>
    <message>
        <source>the request body waited on a closed HTTP/2 window</source>
        <translation>der Anfrage-Body wartete auf ein geschlossenes HTTP/2-Fenster</translation>
    </message>
    <message>
        <source>the server refused the request&apos;s header block</source>
        <translation>der Server hat den Header-Block der Anfrage abgelehnt</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ExchangeActions</name>
    <message>
        <source>HAR entry</source>
        <translation>HAR-Eintrag</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Send this exchange&apos;s request again and show the answer beside the captured one</source>
        <translation>Die Anfrage dieses Austauschs erneut senden und die Antwort neben der mitgeschnittenen zeigen</translation>
    </message>
    <message>
        <source>Replay &amp;through…</source>
        <translation>Wiederholen &amp;über…</translation>
    </message>
    <message>
        <source>Replay through a proxy, or to another address (--connect-to, --resolve)</source>
        <translation>Über einen Proxy oder an eine andere Adresse wiederholen (--connect-to, --resolve)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL (bash)</source>
        <translation>Als c&amp;URL kopieren (bash)</translation>
    </message>
    <message>
        <source>Copy as &amp;HAR entry</source>
        <translation>Als &amp;HAR-Eintrag kopieren</translation>
    </message>
    <message>
        <source>Copy U&amp;RL</source>
        <translation>U&amp;RL kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in builder</source>
        <translation>Im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>E&amp;xport report of this exchange…</source>
        <translation>Bericht über diesen Austausch e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Replay through…</source>
        <translation>Wiederholen über…</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Proxy (-x):</source>
        <translation>&amp;Proxy (-x):</translation>
    </message>
    <message>
        <source>&amp;Connect to (--connect-to):</source>
        <translation>&amp;Verbinden mit (--connect-to):</translation>
    </message>
    <message>
        <source>&amp;Resolve (--resolve):</source>
        <translation>&amp;Auflösen (--resolve):</translation>
    </message>
    <message>
        <source>Send %1 again another way; fields left empty keep the request&apos;s own route.</source>
        <translation>%1 auf anderem Weg erneut senden; leere Felder behalten den Weg der Anfrage bei.</translation>
    </message>
    <message>
        <source>Compare with &amp;origin…</source>
        <translation>Mit &amp;Ursprung vergleichen…</translation>
    </message>
    <message>
        <source>Send this request as addressed and straight to the origin (same Host and TLS name), side by side</source>
        <translation>Diese Anfrage wie adressiert und direkt an den Ursprung senden (gleicher Host und TLS-Name), nebeneinander</translation>
    </message>
    <message>
        <source>Compare with origin…</source>
        <translation>Mit Ursprung vergleichen…</translation>
    </message>
    <message>
        <source>Send %1 as addressed and again straight to each address below (HOST:PORT, several separated by spaces), with the same Host header and TLS name. Nothing else is contacted and no redirect is followed.</source>
        <translation>%1 wie adressiert senden und noch einmal direkt an jede Adresse unten (HOST:PORT, mehrere durch Leerzeichen getrennt), mit demselben Host-Header und TLS-Namen. Sonst wird nichts kontaktiert und keiner Weiterleitung gefolgt.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Origins:</source>
        <translation>&amp;Ursprünge:</translation>
    </message>
    <message>
        <source>Type at least one HOST:PORT.</source>
        <translation>Geben Sie mindestens einen HOST:PORT ein.</translation>
    </message>
    <message>
        <source>curl command (bash)</source>
        <translation>curl-Befehl (bash)</translation>
    </message>
    <message>
        <source>curl command (cmd)</source>
        <translation>curl-Befehl (cmd)</translation>
    </message>
    <message>
        <source>PowerShell command</source>
        <translation>PowerShell-Befehl</translation>
    </message>
    <message>
        <source>Copy as cURL (c&amp;md)</source>
        <translation>Als cURL kopieren (c&amp;md)</translation>
    </message>
    <message>
        <source>A curl command for the Windows command prompt, quoted as Chrome DevTools does</source>
        <translation>Ein curl-Befehl für die Windows-Eingabeaufforderung, maskiert wie in den Chrome DevTools</translation>
    </message>
    <message>
        <source>Copy as &amp;PowerShell</source>
        <translation>Als &amp;PowerShell kopieren</translation>
    </message>
    <message>
        <source>An Invoke-WebRequest command for PowerShell</source>
        <translation>Ein Invoke-WebRequest-Befehl für PowerShell</translation>
    </message>
    <message>
        <source>Optional: the addresses of the hops in between, client side first (the load balancer, then the pod&apos;s ingress…); the request goes straight to each too, and the conclusion says where along the chain it starts to fail.</source>
        <translation>Optional: die Adressen der Hops dazwischen, clientseitig zuerst (der Load Balancer, dann der Ingress des Pods…); die Anfrage geht auch direkt an jeden, und das Fazit sagt, wo entlang der Kette sie zu scheitern beginnt.</translation>
    </message>
    <message>
        <source>&amp;Through hops:</source>
        <translation>Ü&amp;ber Hops:</translation>
    </message>
    <message>
        <source>Try over HTTP/&amp;1.1 / HTTP/2</source>
        <translation>Über HTTP/&amp;1.1 / HTTP/2 versuchen</translation>
    </message>
    <message>
        <source>Send this request over HTTP/1.1 and over HTTP/2 and compare the verdicts: a fault that appears over one protocol only is called out</source>
        <translation>Diese Anfrage über HTTP/1.1 und über HTTP/2 senden und die Befunde vergleichen: ein Fehler, der nur über eines der Protokolle auftritt, wird benannt</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>HTML (self-contained page)</source>
        <translation>HTML (eigenständige Seite)</translation>
    </message>
    <message>
        <source>Markdown (tickets, chat)</source>
        <translation>Markdown (Tickets, Chat)</translation>
    </message>
    <message>
        <source>JSON (diagnosis document)</source>
        <translation>JSON (Diagnosedokument)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Show a short hash instead of [redacted], so equal secrets can still be matched</source>
        <translation>Einen kurzen Hash statt [redacted] zeigen, damit gleiche Geheimnisse noch zugeordnet werden können</translation>
    </message>
    <message>
        <source>Include secrets (turn redaction off)</source>
        <translation>Geheimnisse einschließen (Schwärzung aus)</translation>
    </message>
    <message>
        <source>⚠ Redaction is off: this report will contain passwords, tokens, cookies and keys exactly as captured. Share it only with people allowed to use them.</source>
        <translation>⚠ Schwärzung ist aus: dieser Bericht enthält Passwörter, Tokens, Cookies und Schlüssel genau wie mitgeschnitten. Teilen Sie ihn nur mit Personen, die sie verwenden dürfen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What redaction removes</source>
        <translation>Was die Schwärzung entfernt</translation>
    </message>
    <message>
        <source>As captured</source>
        <translation>Wie mitgeschnitten</translation>
    </message>
    <message>
        <source>As exported with redaction</source>
        <translation>Wie mit Schwärzung exportiert</translation>
    </message>
    <message>
        <source>&amp;Copy Markdown</source>
        <translation>Markdown &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>As exported with redaction — %1</source>
        <translation>Wie mit Schwärzung exportiert — %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <extracomment>%1 file name</extracomment>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save report</source>
        <extracomment>file dialog filter; %1 = extension such as &quot;html&quot;</extracomment>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Report (*.%1)</source>
        <translation>Bericht (*.%1)</translation>
    </message>
    <message>
        <source>Markdown copied to the clipboard</source>
        <translation>Markdown in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Include healthy exchanges</source>
        <translation>Fehlerfreie Austausche einbeziehen</translation>
    </message>
    <message>
        <source>Selected exchange only</source>
        <translation>Nur den ausgewählten Austausch</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::HexModel</name>
    <message>
        <source>Offset %1: %2</source>
        <translation>Offset %1: %2</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Bytes (hex)</source>
        <translation>Bytes (hex)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::HopRowView</name>
    <message>
        <source>Hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>%1 (made the answer)</source>
        <translation>%1 (hat geantwortet)</translation>
    </message>
    <message>
        <source>made the answer</source>
        <translation>hat geantwortet</translation>
    </message>
    <message>
        <source>no header of its own</source>
        <translation>kein eigener Header</translation>
    </message>
    <message>
        <source>What it added:</source>
        <translation>Was er hinzugefügt hat:</translation>
    </message>
    <message>
        <source>Its place comes from its Via entry.</source>
        <translation>Sein Platz ergibt sich aus seinem Via-Eintrag.</translation>
    </message>
    <message>
        <source>Only the diagnosis names it: no header of its own shows where it stands.</source>
        <translation>Nur die Diagnose nennt ihn: kein eigener Header zeigt, wo er steht.</translation>
    </message>
    <message>
        <source>The address the client connected to; no header names a product.</source>
        <translation>Die Adresse, mit der sich der Client verbunden hat; kein Header nennt ein Produkt.</translation>
    </message>
    <message>
        <source>Its place is the product&apos;s usual position (edge, load balancer, proxy), not proven by a header.</source>
        <translation>Sein Platz ist die übliche Position des Produkts (Edge, Load Balancer, Proxy), nicht durch einen Header belegt.</translation>
    </message>
    <message>
        <source>No header shows it: it stands behind the last hop because you gave its timeouts.</source>
        <translation>Kein Header zeigt ihn: Er steht hinter dem letzten Hop, weil Sie seine Timeouts angegeben haben.</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>Zeitlimits:</translation>
    </message>
    <message>
        <source>%1 %2 (as you gave it)</source>
        <translation>%1 %2 (wie von Ihnen angegeben)</translation>
    </message>
    <message>
        <source>%1 %2 (default)</source>
        <translation>%1 %2 (Standard)</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::KeepAliveWindow</name>
    <message>
        <source>Idle for %1 s</source>
        <translation>Seit %1 s im Leerlauf</translation>
    </message>
    <message>
        <source>Answered; watching the idle connection…</source>
        <translation>Beantwortet; die Verbindung im Leerlauf wird beobachtet…</translation>
    </message>
    <message>
        <source>the hop in front</source>
        <translation>der vorgelagerte Hop</translation>
    </message>
    <message>
        <source>Sending one request to %1…</source>
        <translation>Eine Anfrage an %1 wird gesendet…</translation>
    </message>
    <message>
        <source>Stopped by you.</source>
        <translation>Von Ihnen angehalten.</translation>
    </message>
    <message>
        <source>No response from %1.</source>
        <translation>Keine Antwort von %1.</translation>
    </message>
    <message>
        <source>%1 closes the connection with its answer: nothing to race.</source>
        <translation>%1 schließt die Verbindung mit seiner Antwort: nichts, das kollidieren kann.</translation>
    </message>
    <message>
        <source>%1 kept the idle connection open for all %2 s watched.</source>
        <translation>%1 hielt die Verbindung im Leerlauf während der ganzen %2 s Beobachtung offen.</translation>
    </message>
    <message>
        <source>%1 closes idle connections after %2 s — before %3 stops reusing them (%4 s): an intermittent 502.</source>
        <translation>%1 schließt Verbindungen im Leerlauf nach %2 s – bevor %3 sie nicht mehr wiederverwendet (%4 s): ein sporadischer 502.</translation>
    </message>
    <message>
        <source>%1 closes idle connections after %2 s, less than a second after %3 stops reusing them.</source>
        <translation>%1 schließt Verbindungen im Leerlauf nach %2 s, weniger als eine Sekunde nachdem %3 sie nicht mehr wiederverwendet.</translation>
    </message>
    <message>
        <source>%1 closes idle connections after %2 s, after %3 stops reusing them: safe.</source>
        <translation>%1 schließt Verbindungen im Leerlauf nach %2 s, nachdem %3 sie nicht mehr wiederverwendet: sicher.</translation>
    </message>
    <message>
        <source>%1 closes idle connections after %2 s.</source>
        <translation>%1 schließt Verbindungen im Leerlauf nach %2 s.</translation>
    </message>
    <message>
        <source>Closed after %1 s idle</source>
        <translation>Nach %1 s Leerlauf geschlossen</translation>
    </message>
    <message>
        <source>give seconds</source>
        <translation>Sekunden angeben</translation>
    </message>
    <message>
        <source>its default</source>
        <translation>seine Voreinstellung</translation>
    </message>
    <message>
        <source>Keep-alive timeout of %1</source>
        <translation>Keep-Alive-Timeout von %1</translation>
    </message>
    <message>
        <source>Measures how long %1 keeps an idle connection open: one request (GET %2) on a new connection, then the connection is left idle until the server closes it. Nothing else is sent.</source>
        <translation>Misst, wie lange %1 eine Verbindung im Leerlauf offen hält: eine Anfrage (GET %2) auf einer neuen Verbindung, dann bleibt die Verbindung im Leerlauf, bis der Server sie schließt. Sonst wird nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Hop in front:</source>
        <translation>&amp;Vorgelagerter Hop:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (%2 s by default)</source>
        <translation>%1 (%2 s voreingestellt)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anderer</translation>
    </message>
    <message>
        <source>&amp;Watch at most (s):</source>
        <translation>Höchstens &amp;beobachten (s):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>keeps &amp;idle connections (s):</source>
        <translation>hält Verbindungen im &amp;Leerlauf (s):</translation>
    </message>
    <message>
        <source>Hop in front taken from the hop chain of the exchange shown: %1.</source>
        <translation>Hop davor aus der Hop-Kette des angezeigten Austauschs übernommen: %1.</translation>
    </message>
    <message>
        <source>The hop chain of the exchange shown has %1 in front, whose idle timeout is not known: choose &quot;other&quot; and give it in seconds.</source>
        <translation>Die Hop-Kette des angezeigten Austauschs zeigt %1 davor, dessen Leerlauf-Timeout nicht bekannt ist: wählen Sie „anderer“ und geben Sie ihn in Sekunden an.</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::KeyValueTable</name>
    <message>
        <source>Row %1: %2</source>
        <extracomment>%1 = row number, %2 = what is wrong with it</extracomment>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LabPage</name>
    <message>
        <source>The lab did not start: %1</source>
        <translation>Das Labor ist nicht gestartet: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n scenarios gave the expected diagnosis.</source>
        <translation>
            <numerusform>Das einzige Szenario ergab die erwartete Diagnose.</numerusform>
            <numerusform>Alle %n Szenarien ergaben die erwartete Diagnose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scenarios gave the expected diagnosis; the crossed ones say what differed.</source>
        <translation>
            <numerusform>%1 von %n Szenario ergab die erwartete Diagnose; die durchgestrichenen zeigen, was abwich.</numerusform>
            <numerusform>%1 von %n Szenarien ergaben die erwartete Diagnose; die durchgestrichenen zeigen, was abwich.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the live diagnosis matches the expected one.</source>
        <translation>%1: die Live-Diagnose entspricht der erwarteten.</translation>
    </message>
    <message>
        <source>%1: the live diagnosis differs — %2</source>
        <translation>%1: die Live-Diagnose weicht ab — %2</translation>
    </message>
    <message numerus="yes">
        <source>sent %n times at once</source>
        <translation>
            <numerusform>%n-mal gleichzeitig gesendet</numerusform>
            <numerusform>%n-mal gleichzeitig gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Expected diagnosis: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <extracomment>Lab detail: %1 = the expected diagnosis (&quot;504 · upstream.timeout · by gatescope-lab&quot;), %2 = the textbook case</extracomment>
        <translation>&lt;p&gt;Erwartete Diagnose: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>✓ Live diagnosis: &lt;b&gt;%1&lt;/b&gt; — as expected.</source>
        <translation>✓ Live-Diagnose: &lt;b&gt;%1&lt;/b&gt; — wie erwartet.</translation>
    </message>
    <message>
        <source>✗ Live diagnosis: &lt;b&gt;%1&lt;/b&gt; — %2.</source>
        <translation>✗ Live-Diagnose: &lt;b&gt;%1&lt;/b&gt; — %2.</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <source>Run every scenario, one after the other</source>
        <translation>Jedes Szenario nacheinander ausführen</translation>
    </message>
    <message>
        <source>Start the 5xx Lab</source>
        <translation>Das 5xx-Labor starten</translation>
    </message>
    <message>
        <source>5xx Lab — running on 127.0.0.1 only</source>
        <translation>5xx-Labor — läuft nur auf 127.0.0.1</translation>
    </message>
    <message>
        <source>Welcome to the 5xx Lab</source>
        <translation>Willkommen im 5xx-Labor</translation>
    </message>
    <message numerus="yes">
        <source>Running “%1”: %n requests at once…</source>
        <translation>
            <numerusform>„%1“ läuft: %n Anfrage auf einmal…</numerusform>
            <numerusform>„%1“ läuft: %n Anfragen auf einmal…</numerusform>
        </translation>
    </message>
    <message>
        <source>Running “%1”…</source>
        <translation>„%1“ läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n more queued.</source>
        <translation>
            <numerusform>%n weiteres in der Warteschlange.</numerusform>
            <numerusform>%n weitere in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scenarios matched so far.</source>
        <translation>
            <numerusform>%1 von %n Szenario stimmt bisher überein.</numerusform>
            <numerusform>%1 von %n Szenarien stimmen bisher überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios ready. Press Run on one (or Run all): its requests appear in the waterfall, the verdict in the diagnosis pane.</source>
        <translation>
            <numerusform>%n Szenario bereit. Drücken Sie bei einem auf Ausführen (oder Alle ausführen): seine Anfragen erscheinen im Wasserfall, das Urteil im Diagnosebereich.</numerusform>
            <numerusform>%n Szenarien bereit. Drücken Sie bei einem auf Ausführen (oder Alle ausführen): seine Anfragen erscheinen im Wasserfall, das Urteil im Diagnosebereich.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No broken server at hand? The lab starts one of every kind &lt;b&gt;inside Gatescope, on this machine&apos;s loopback address (127.0.0.1) only&lt;/b&gt;: a misbehaving origin and a small gateway in front of it, with one ready request per textbook case of 500, 502, 503 and 504 and per way a connection can fail. Nothing goes to the network; the lab stops when you quit.&lt;/p&gt;&lt;p&gt;Run a scenario: its requests appear in the waterfall, the diagnosis pane says which hop produced the error and why, and a check mark shows that the live diagnosis is the one the textbook expects.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein kaputter Server zur Hand? Das Labor startet einen von jeder Sorte &lt;b&gt;innerhalb von Gatescope, nur auf der Loopback-Adresse dieses Rechners (127.0.0.1)&lt;/b&gt;: einen fehlerhaften Origin und davor ein kleines Gateway, mit einer fertigen Anfrage für jeden Lehrbuchfall von 500, 502, 503 und 504 und für jede Art, auf die eine Verbindung scheitern kann. Nichts geht ins Netz; das Labor stoppt, wenn Sie das Programm beenden.&lt;/p&gt;&lt;p&gt;Führen Sie ein Szenario aus: seine Anfragen erscheinen im Wasserfall, der Diagnosebereich sagt, welcher Hop den Fehler erzeugt hat und warum, und ein Häkchen zeigt, dass die Live-Diagnose die ist, die das Lehrbuch erwartet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LabRunPresenter</name>
    <message>
        <source>gatescope-lab read timeout</source>
        <extracomment>Waterfall marker of the 5xx Lab&apos;s gateway; the scale appends the time (&quot;… 2 s&quot;)</extracomment>
        <translation>gatescope-lab-Lese-Timeout</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LabScenarioDelegate</name>
    <message>
        <source>Live: %1</source>
        <extracomment>Lab: the diagnosis the last run actually gave</extracomment>
        <translation>Live: %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LabScenarioModel</name>
    <message>
        <source> · by %1</source>
        <extracomment>Lab: who produced the answer, e.g. &quot;504 · upstream.timeout · by gatescope-lab&quot;</extracomment>
        <translation> · von %1</translation>
    </message>
    <message>
        <source> · predicted</source>
        <extracomment>Lab: the status is what a gateway in front would have answered, not a status received</extracomment>
        <translation> · vorhergesagt</translation>
    </message>
    <message>
        <source>status %1 instead of %2</source>
        <extracomment>Lab: %1 = status diagnosed, %2 = status expected</extracomment>
        <translation>Status %1 statt %2</translation>
    </message>
    <message>
        <source>cause %1 instead of %2</source>
        <translation>Ursache %1 statt %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>produced by %1 instead of %2</source>
        <translation>erzeugt von %1 statt von %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>a received status where a predicted one was expected</source>
        <translation>ein empfangener Status, wo ein vorhergesagter erwartet wurde</translation>
    </message>
    <message>
        <source>a predicted status where a received one was expected</source>
        <translation>ein vorhergesagter Status, wo ein empfangener erwartet wurde</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Stimmt überein</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Weicht ab</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>Lab: the button that sends one scenario&apos;s request(s)</extracomment>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Diagnosed %1 — %2</source>
        <translation>Diagnostiziert %1 — %2</translation>
    </message>
    <message>
        <source>Diagnosed %1, as expected. %2</source>
        <translation>Diagnostiziert %1, wie erwartet. %2</translation>
    </message>
    <message numerus="yes">
        <source>Send %n requests at once</source>
        <translation>
            <numerusform>%n Anfrage auf einmal senden</numerusform>
            <numerusform>%n Anfragen auf einmal senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Die Anfrage senden</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Weicht ab: %1</translation>
    </message>
    <message>
        <source>Expected diagnosis %1. %2</source>
        <translation>Erwartete Diagnose %1. %2</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>State: a check mark when the live diagnosis matches the expected one</source>
        <extracomment>Lab table header (a narrow column of check marks): did the live diagnosis match the expected one</extracomment>
        <translation>Zustand: ein Häkchen, wenn die Live-Diagnose der erwarteten entspricht</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Expected diagnosis</source>
        <translation>Erwartete Diagnose</translation>
    </message>
    <message>
        <source>no exchange</source>
        <translation>kein Austausch</translation>
    </message>
    <message>
        <source>the scenario produced no exchange to diagnose</source>
        <translation>das Szenario hat keinen Austausch zum Diagnostizieren erzeugt</translation>
    </message>
    <message>
        <source>the verdict differs from the expected one</source>
        <translation>das Urteil weicht vom erwarteten ab</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LabScenarioView</name>
    <message>
        <source>5xx Lab scenarios</source>
        <translation>Szenarien des 5xx-Labors</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LoadScriptDialog</name>
    <message>
        <source>Saved %1</source>
        <extracomment>%1 file name</extracomment>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Locust locustfile (*.py)</source>
        <translation>Locust-Locustfile (*.py)</translation>
    </message>
    <message>
        <source>k6 script (*.js)</source>
        <translation>k6-Skript (*.js)</translation>
    </message>
    <message>
        <source>Save load script</source>
        <translation>Lastskript speichern</translation>
    </message>
    <message>
        <source>The ramp makes %1 steps; at most %2.</source>
        <translation>Die Rampe hat %1 Stufen; höchstens %2.</translation>
    </message>
    <message>
        <source>No credentials found: the script holds the requests as they are.</source>
        <translation>Keine Zugangsdaten gefunden: Das Skript enthält die Anfragen unverändert.</translation>
    </message>
    <message>
        <source>Credentials are not written into the script; set these environment variables before running it:</source>
        <translation>Zugangsdaten werden nicht in das Skript geschrieben; setzen Sie vor dem Ausführen diese Umgebungsvariablen:</translation>
    </message>
    <message>
        <source>Export as Locust or k6</source>
        <translation>Als Locust oder k6 exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Requests from %1: %Ln, written as a load script for a distributed engine, which runs the load beyond one workstation.</source>
        <extracomment>%1 where the requests come from (a collection&apos;s name, &quot;Watch of …&quot;)</extracomment>
        <translation>
            <numerusform>Anfragen aus %1: %Ln, als Lastskript für eine verteilte Engine geschrieben, die die Last über einen Arbeitsplatzrechner hinaus erzeugt.</numerusform>
            <numerusform>Anfragen aus %1: %Ln, als Lastskript für eine verteilte Engine geschrieben, die die Last über einen Arbeitsplatzrechner hinaus erzeugt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>Locust locustfile (Python; standalone or master + workers)</source>
        <translation>Locust-Locustfile (Python; allein oder Master + Worker)</translation>
    </message>
    <message>
        <source>k6 script (JavaScript; ramping-vus)</source>
        <translation>k6-Skript (JavaScript; ramping-vus)</translation>
    </message>
    <message>
        <source>&amp;Ramp users:</source>
        <translation>Benutzer &amp;rampen:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Ste&amp;p:</source>
        <translation>SchrSc&amp;hritt:amp;itt:</translation>
    </message>
    <message>
        <source>&amp;Hold (s):</source>
        <translation>&amp;Halten (s):</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LogsPane</name>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Open log…</source>
        <translation>Protokoll öffnen…</translation>
    </message>
    <message>
        <source>Paste log</source>
        <translation>Protokoll einfügen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Log line</source>
        <translation>Protokollzeile</translation>
    </message>
    <message>
        <source>Open, drop or paste a gateway log (nginx, HAProxy, Apache, Envoy, Caddy, Traefik, Varnish, Squid, ALB, CloudFront, API Gateway, Heroku, GCP, Cloudflare, Kong; plain or gzip): the line that belongs to the selected exchange then decides its diagnosis.</source>
        <translation>Öffnen, ziehen oder fügen Sie ein Gateway-Protokoll ein (nginx, HAProxy, Apache, Envoy, Caddy, Traefik, Varnish, Squid, ALB, CloudFront, API Gateway, Heroku, GCP, Cloudflare, Kong; unkomprimiert oder gzip): die Zeile, die zum ausgewählten Austausch gehört, entscheidet dann seine Diagnose.</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>abgelegter Text</translation>
    </message>
    <message>
        <source>Open gateway log</source>
        <translation>Gateway-Protokoll öffnen</translation>
    </message>
    <message>
        <source>pasted log</source>
        <translation>eingefügtes Protokoll</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n line(s)</source>
        <translation>
            <numerusform>%1: %2, %n Zeile</numerusform>
            <numerusform>%1: %2, %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failure(s)</source>
        <translation>
            <numerusform>, %n Fehler</numerusform>
            <numerusform>, %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n malformed line(s) (%1)</source>
        <translation>
            <numerusform>, %n fehlerhafte Zeile (%1)</numerusform>
            <numerusform>, %n fehlerhafte Zeilen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failure(s)</source>
        <translation>
            <numerusform>%1: %n Fehler</numerusform>
            <numerusform>%1: %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Only lines no exchange explains</source>
        <translation>Nur Zeilen, die kein Austausch erklärt</translation>
    </message>
    <message>
        <source>Hide the lines that belong to an exchange of the waterfall</source>
        <translation>Zeilen ausblenden, die zu einem Austausch im Wasserfall gehören</translation>
    </message>
    <message>
        <source>Diagnose them on their own</source>
        <translation>Einzeln diagnostizieren</translation>
    </message>
    <message>
        <source>Show each failure line no exchange explains as an exchange of its own, diagnosed from what the line says</source>
        <translation>Jede Fehlerzeile, die kein Austausch erklärt, als eigenen Austausch zeigen, diagnostiziert aus dem, was die Zeile sagt</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>joined by its request id</source>
        <translation>über die Request-ID zugeordnet</translation>
    </message>
    <message>
        <source>joined by method, path and time</source>
        <translation>über Methode, Pfad und Zeit zugeordnet</translation>
    </message>
    <message>
        <source>joined by time only (the line names no request)</source>
        <translation>nur über die Zeit zugeordnet (die Zeile nennt keine Anfrage)</translation>
    </message>
    <message>
        <source>joined by method and path (the exchange has no time)</source>
        <translation>über Methode und Pfad zugeordnet (der Austausch hat keine Zeit)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>No exchange of the waterfall explains this line</source>
        <translation>Kein Austausch im Wasserfall erklärt diese Zeile</translation>
    </message>
    <message>
        <source>Joined by</source>
        <translation>Zugeordnet über</translation>
    </message>
    <message>
        <source>How the line was matched to its exchange: by a request id both carry, or by method, path and time (less sure)</source>
        <translation>Wie die Zeile ihrem Austausch zugeordnet wurde: über eine Request-ID, die beide tragen, oder über Methode, Pfad und Zeit (weniger sicher)</translation>
    </message>
    <message>
        <source>request id</source>
        <translation>Request-ID</translation>
    </message>
    <message>
        <source>method, path, time</source>
        <translation>Methode, Pfad, Zeit</translation>
    </message>
    <message>
        <source>time only</source>
        <translation>nur Zeit</translation>
    </message>
    <message>
        <source>method, path (no time)</source>
        <translation>Methode, Pfad (ohne Zeit)</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::MainWindow</name>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Import captures</source>
        <translation>Mitschnitte importieren</translation>
    </message>
    <message>
        <source>Captures (*.har *.http *.rest *.txt *.curl *.sh);;All files (*)</source>
        <translation>Mitschnitte (*.har *.http *.rest *.txt *.curl *.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Gatescope</source>
        <translation>Über Gatescope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gatescope %1&lt;/h3&gt;&lt;p&gt;Tells which hop produced an HTTP 500, 502, 503 or 504, why, and what to do about it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatescope %1&lt;/h3&gt;&lt;p&gt;Zeigt, welcher Hop ein HTTP 500, 502, 503 oder 504 erzeugt hat, warum, und was zu tun ist.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>pasted curl command</source>
        <translation>eingefügter curl-Befehl</translation>
    </message>
    <message>
        <source>The pasted command holds no request.</source>
        <translation>Der eingefügte Befehl enthält keine Anfrage.</translation>
    </message>
    <message>
        <source>Request taken from the pasted curl command.</source>
        <translation>Anfrage aus dem eingefügten curl-Befehl übernommen.</translation>
    </message>
    <message>
        <source>5xx Lab</source>
        <translation>5xx-Labor</translation>
    </message>
    <message>
        <source>Gatescope</source>
        <translation>Gatescope</translation>
    </message>
    <message>
        <source>Workspace: collections, captures and history</source>
        <translation>Arbeitsbereich: Sammlungen, Mitschnitte und Verlauf</translation>
    </message>
    <message>
        <source>Timing waterfall</source>
        <translation>Zeit-Wasserfall</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Neue Anfrage</translation>
    </message>
    <message>
        <source>New &amp;collection</source>
        <translation>Neue &amp;Sammlung</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a HAR file, a .http file, a curl command or a raw HTTP exchange</source>
        <translation>Eine HAR-Datei, eine .http-Datei, einen curl-Befehl oder einen rohen HTTP-Austausch importieren</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Paste as request</source>
        <translation>Als Anfrage &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Workspace sidebar</source>
        <translation>&amp;Arbeitsbereich-Seitenleiste</translation>
    </message>
    <message>
        <source>&amp;Diagnosis pane</source>
        <translation>&amp;Diagnosebereich</translation>
    </message>
    <message>
        <source>Go to &amp;URL</source>
        <translation>Zur &amp;URL</translation>
    </message>
    <message>
        <source>Go to w&amp;orkspace</source>
        <translation>Zum &amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>Go to &amp;waterfall</source>
        <translation>Zum &amp;Wasserfall</translation>
    </message>
    <message>
        <source>Go to dia&amp;gnosis</source>
        <translation>Zur Dia&amp;gnose</translation>
    </message>
    <message>
        <source>Gateway &amp;timeout markers…</source>
        <translation>Gateway-&amp;Timeout-Markierungen…</translation>
    </message>
    <message>
        <source>&amp;5xx Lab</source>
        <translation>&amp;5xx-Labor</translation>
    </message>
    <message>
        <source>&amp;About Gatescope</source>
        <translation>Ü&amp;ber Gatescope</translation>
    </message>
    <message>
        <source>The workspace could not be read (%1); starting with an empty one. The old file is kept as workspace.json.broken.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden (%1); es wird mit einem leeren begonnen. Die alte Datei bleibt als workspace.json.broken erhalten.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Gateway timeout markers</source>
        <translation>Gateway-Timeout-Markierungen</translation>
    </message>
    <message>
        <source>One marker per line: a name, &quot;=&quot;, and the timeout in seconds. Leave empty for the defaults.</source>
        <translation>Eine Markierung pro Zeile: ein Name, &quot;=&quot; und das Timeout in Sekunden. Leer lassen für die Standardwerte.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>%1 %2 wird gesendet…</translation>
    </message>
    <message>
        <source>Opening the capture…</source>
        <translation>Mitschnitt wird geöffnet…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <extracomment>%1 = file name or &quot;pasted text&quot;</extracomment>
        <translation>%1 wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 — entries: %Ln.</source>
        <extracomment>%1 = capture name, %n = entries</extracomment>
        <translation>
            <numerusform>%1 importiert — Einträge: %Ln.</numerusform>
            <numerusform>%1 importiert — Einträge: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>New request from %1.</source>
        <translation>Neue Anfrage aus %1.</translation>
    </message>
    <message numerus="yes">
        <source>Requests imported into a new collection: %Ln.</source>
        <translation>
            <numerusform>In eine neue Sammlung importierte Anfragen: %Ln.</numerusform>
            <numerusform>In eine neue Sammlung importierte Anfragen: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no request or exchange.</source>
        <translation>%1 enthält keine Anfrage und keinen Austausch.</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>The clipboard holds no text to turn into a request.</source>
        <translation>Die Zwischenablage enthält keinen Text, aus dem eine Anfrage werden könnte.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>The dropped text is larger than %1; save it to a file and import that.</source>
        <translation>Der abgelegte Text ist größer als %1; speichern Sie ihn in einer Datei und importieren Sie diese.</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>abgelegter Text</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Nothing to export yet: send a request or open a capture first.</source>
        <translation>Noch nichts zu exportieren: senden Sie zuerst eine Anfrage oder öffnen Sie einen Mitschnitt.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Stop the running import; the workspace stays as it was</source>
        <translation>Laufenden Import anhalten; der Arbeitsbereich bleibt wie er war</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; the workspace is unchanged.</source>
        <translation>Import von %1 abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>Import wird abgebrochen …</translation>
    </message>
    <message>
        <source>Importing %1: %2% done</source>
        <extracomment>%1 = file names, %2 = percent done</extracomment>
        <translation>Importiere %1: %2 % erledigt</translation>
    </message>
    <message>
        <source>5xx Lab: running %1…</source>
        <extracomment>%1 = scenario title</extracomment>
        <translation>5xx-Labor: %1 läuft…</translation>
    </message>
    <message>
        <source>A request is running; the capture opens when it ends or is cancelled.</source>
        <translation>Eine Anfrage läuft; der Mitschnitt öffnet sich, wenn sie endet oder abgebrochen wird.</translation>
    </message>
    <message numerus="yes">
        <source>%1: entries: %Ln, none failed.</source>
        <translation>
            <numerusform>%1: %Ln Eintrag, keiner fehlgeschlagen.</numerusform>
            <numerusform>%1: %Ln Einträge, keiner fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A request is running; the run opens when it ends or is cancelled.</source>
        <translation>Eine Anfrage läuft; der Lauf öffnet sich, wenn sie endet oder abgebrochen wird.</translation>
    </message>
    <message>
        <source>%1: cancelled by you after %2 s</source>
        <extracomment>%1 = method and URL, %2 = seconds</extracomment>
        <translation>%1: von Ihnen nach %2 s abgebrochen</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <extracomment>%1 = method and URL, %2 = status or &quot;no response&quot;, %3 = one-sentence verdict</extracomment>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>%1 is already imported: showing it. To import it anew, delete it in the sidebar first.</source>
        <extracomment>%1 = file name</extracomment>
        <translation>%1 ist bereits importiert und wird angezeigt. Um die Datei neu zu importieren, löschen Sie sie zuerst in der Seitenleiste.</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <extracomment>%1 = method and URL</extracomment>
        <translation>%1 wird wiederholt…</translation>
    </message>
    <message>
        <source>Replayed: captured %1 → now %2</source>
        <extracomment>%1 = what was captured, %2 = what came back now</extracomment>
        <translation>Wiederholt: mitgeschnitten %1 → jetzt %2</translation>
    </message>
    <message>
        <source>Request taken from the pasted curl command. Not taken: %1</source>
        <translation>Anfrage aus dem eingefügten curl-Befehl übernommen. Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>&amp;Watch…</source>
        <translation>&amp;Beobachten…</translation>
    </message>
    <message>
        <source>Send this request again and again to catch a 5xx that comes and goes</source>
        <translation>Diese Anfrage immer wieder senden, um einen 5xx zu fangen, der kommt und geht</translation>
    </message>
    <message>
        <source>Watch needs an http:// or https:// URL in the request builder.</source>
        <translation>Beobachten braucht eine http://- oder https://-URL im Anfrage-Editor.</translation>
    </message>
    <message>
        <source>Ra&amp;mp…</source>
        <translation>Ra&amp;mpe…</translation>
    </message>
    <message>
        <source>Raise the number of these requests in flight step by step and find where latency or errors turn</source>
        <translation>Die Zahl gleichzeitig laufender Anfragen dieser Art stufenweise erhöhen und finden, wo Latenz oder Fehler umschlagen</translation>
    </message>
    <message>
        <source>Ramp needs an http:// or https:// URL in the request builder.</source>
        <translation>Die Rampe braucht eine http://- oder https://-URL im Anfrage-Editor.</translation>
    </message>
    <message>
        <source>Gateway logs</source>
        <translation>Gateway-Protokolle</translation>
    </message>
    <message>
        <source>Gateway &amp;logs</source>
        <translation>Gateway-&amp;Protokolle</translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <extracomment>%1 = the waterfall row&apos;s number, %2 = method, %3 = path</extracomment>
        <translation>#%1 %2 %3</translation>
    </message>
    <message>
        <source>log lines</source>
        <translation>Logzeilen</translation>
    </message>
    <message>
        <source>The waterfall is busy with the request under way; try again when it ends.</source>
        <translation>Der Wasserfall zeigt gerade die laufende Anfrage; versuchen Sie es erneut, wenn sie endet.</translation>
    </message>
    <message numerus="yes">
        <source>%n log line(s) no exchange explains, each diagnosed from what it says.</source>
        <translation>
            <numerusform>%n Logzeile, die kein Austausch erklärt, diagnostiziert aus dem, was sie sagt.</numerusform>
            <numerusform>%n Logzeilen, die kein Austausch erklärt, jede diagnostiziert aus dem, was sie sagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as &amp;Locust or k6…</source>
        <translation>Als &amp;Locust oder k6 exportieren…</translation>
    </message>
    <message>
        <source>Write the selected collection, or the request being edited, as a Locust or k6 load script</source>
        <translation>Die ausgewählte Sammlung oder die bearbeitete Anfrage als Locust- oder k6-Lastskript schreiben</translation>
    </message>
    <message>
        <source>A load script needs an http:// or https:// URL in the request builder, or a collection selected in the sidebar.</source>
        <translation>Ein Lastskript braucht eine http://- oder https://-URL im Anfrage-Editor oder eine in der Seitenleiste ausgewählte Sammlung.</translation>
    </message>
    <message>
        <source>&amp;Keep-alive timeout…</source>
        <translation>&amp;Keep-Alive-Timeout…</translation>
    </message>
    <message>
        <source>Measure how long this host keeps an idle connection open and compare it with the hop in front: the keep-alive race behind intermittent 502s</source>
        <translation>Messen, wie lange dieser Host eine Verbindung im Leerlauf offen hält, und mit dem vorgelagerten Hop vergleichen: das Keep-Alive-Rennen hinter sporadischen 502</translation>
    </message>
    <message>
        <source>The keep-alive measurement needs an http:// or https:// URL in the request builder.</source>
        <translation>Die Keep-Alive-Messung braucht eine http://- oder https://-URL im Anfrage-Editor.</translation>
    </message>
    <message>
        <source>Open lo&amp;g…</source>
        <translation>Lo&amp;g öffnen…</translation>
    </message>
    <message>
        <source>Open a gateway&apos;s log: its lines join the exchanges and decide their diagnosis</source>
        <translation>Das Log eines Gateways öffnen: Seine Zeilen werden den Austauschen zugeordnet und entscheiden deren Diagnose</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::OriginCompareDialog</name>
    <message>
        <source>Compare with origin — %1</source>
        <translation>Mit Ursprung vergleichen — %1</translation>
    </message>
    <message>
        <source>as addressed</source>
        <translation>wie adressiert</translation>
    </message>
    <message>
        <source>straight to %1</source>
        <translation>direkt an %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::PdfReportWriter</name>
    <message>
        <source>Gatescope report — %1</source>
        <translation>Gatescope-Bericht — %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ProbeOptionsEditor</name>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of a time field, with its leading space</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>no limit</source>
        <extracomment>Shown in a timeout field set to 0</extracomment>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source>TLS &amp;handshake timeout:</source>
        <translation>TLS-&amp;Handshake-Timeout:</translation>
    </message>
    <message>
        <source>&amp;First-byte timeout:</source>
        <translation>&amp;Erstes-Byte-Timeout:</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>&amp;Gesamt-Timeout:</translation>
    </message>
    <message>
        <source>Name lookup and TCP connect (curl --connect-timeout)</source>
        <translation>Namensauflösung und TCP-Verbindung (curl --connect-timeout)</translation>
    </message>
    <message>
        <source>From the request being written to the first byte of the answer</source>
        <translation>Vom Schreiben der Anfrage bis zum ersten Byte der Antwort</translation>
    </message>
    <message>
        <source>The whole exchange (curl -m); 0 = no limit</source>
        <translation>Der ganze Austausch (curl -m); 0 = keine Grenze</translation>
    </message>
    <message>
        <source>Follow &amp;redirects, at most</source>
        <translation>Weiterleitungen &amp;folgen, höchstens</translation>
    </message>
    <message>
        <source>Maximum number of redirects</source>
        <translation>Höchstzahl der Weiterleitungen</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>Weiterleitungen folgen</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates (off = curl -k)</source>
        <translation>TLS-Zertifikate &amp;prüfen (aus = curl -k)</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS-Zertifikate prüfen</translation>
    </message>
    <message>
        <source>Proxy from the environment</source>
        <translation>Proxy aus der Umgebung</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 or socks5h://127.0.0.1:1080</source>
        <translation>http://proxy.example:3128 oder socks5h://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>&amp;Address overrides:</source>
        <translation>&amp;Adressüberschreibungen:</translation>
    </message>
    <message>
        <source>One per line, as curl takes them:
--resolve example.test:443:127.0.0.1
--connect-to example.test:443:backend.internal:8443</source>
        <translation>Eine pro Zeile, wie curl sie nimmt:
--resolve example.test:443:127.0.0.1
--connect-to example.test:443:backend.internal:8443</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: start with --resolve or --connect-to</source>
        <translation>&quot;%1&quot;: mit --resolve oder --connect-to beginnen</translation>
    </message>
    <message>
        <source>Proxy: &quot;%1&quot; is not a proxy URL (http://, https://, socks5:// or socks5h://host:port)</source>
        <translation>Proxy: &quot;%1&quot; ist keine Proxy-URL (http://, https://, socks5:// oder socks5h://host:port)</translation>
    </message>
    <message>
        <source>Address overrides, line %1: %2</source>
        <extracomment>%1 = line number in the address overrides field, %2 = what is wrong</extracomment>
        <translation>Adressüberschreibungen, Zeile %1: %2</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Pro&amp;tokoll:</translation>
    </message>
    <message>
        <source>HTTP/1.1 (curl --http1.1)</source>
        <translation>HTTP/1.1 (curl --http1.1)</translation>
    </message>
    <message>
        <source>HTTP/2 without asking (curl --http2-prior-knowledge)</source>
        <translation>HTTP/2 ohne Nachfrage (curl --http2-prior-knowledge)</translation>
    </message>
    <message>
        <source>HTTP/2 when the server agrees: ALPN over TLS, Upgrade over http (curl --http2)</source>
        <translation>HTTP/2, wenn der Server zustimmt: ALPN über TLS, Upgrade über http (curl --http2)</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ProtocolCompareDialog</name>
    <message>
        <source>HTTP/1.1 and HTTP/2 — %1</source>
        <translation>HTTP/1.1 und HTTP/2 — %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::RampChart</name>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>knee at %1: %2</source>
        <translation>Knie bei %1: %2</translation>
    </message>
    <message>
        <source>answers per second without failure (left)</source>
        <translation>Antworten pro Sekunde ohne Fehler (links)</translation>
    </message>
    <message>
        <source>p90 (right)</source>
        <translation>p90 (rechts)</translation>
    </message>
    <message>
        <source>failure share (slot height = 100 %)</source>
        <translation>Fehleranteil (Spaltenhöhe = 100 %)</translation>
    </message>
    <message>
        <source>concurrency (requests in flight)</source>
        <translation>Parallelität (gleichzeitig laufende Anfragen)</translation>
    </message>
    <message>
        <source>knee at %1 a second: %2</source>
        <translation>Knick bei %1 pro Sekunde: %2</translation>
    </message>
    <message>
        <source>arrival rate (requests started a second, whatever the answers)</source>
        <translation>Ankunftsrate (pro Sekunde gestartete Anfragen, gleich welche Antworten kommen)</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::RampWindow</name>
    <message>
        <source>Send up to %1 requests to %2, up to %3 at once, over at most %4 s?</source>
        <translation>Bis zu %1 Anfragen an %2 senden, bis zu %3 gleichzeitig, über höchstens %4 s?</translation>
    </message>
    <message>
        <source>This goes above the gentle caps: %1.</source>
        <translation>Das geht über die schonenden Grenzen: %1.</translation>
    </message>
    <message>
        <source>Load only servers you run or may test.</source>
        <translation>Belasten Sie nur Server, die Sie betreiben oder testen dürfen.</translation>
    </message>
    <message>
        <source>Start the ramp?</source>
        <translation>Rampe starten?</translation>
    </message>
    <message>
        <source>&amp;Start the ramp</source>
        <translation>Rampe &amp;starten</translation>
    </message>
    <message>
        <source>Ramping…</source>
        <translation>Rampe läuft…</translation>
    </message>
    <message>
        <source>Cannot run: %1.</source>
        <translation>Kann nicht laufen: %1.</translation>
    </message>
    <message>
        <source>At most %1 requests (%2 per step) to %3, at most %4 s. Nothing is sent before you confirm.</source>
        <translation>Höchstens %1 Anfragen (%2 je Stufe) an %3, höchstens %4 s. Nichts wird gesendet, bevor Sie bestätigen.</translation>
    </message>
    <message>
        <source>(The default budget: %1 requests a step.)</source>
        <translation>(Das Standardbudget: %1 Anfragen je Stufe.)</translation>
    </message>
    <message>
        <source>Ramp %1</source>
        <translation>Rampe %1</translation>
    </message>
    <message>
        <source>Capacity probe of %1 %2 — target host %3</source>
        <translation>Kapazitätsprobe von %1 %2 — Zielhost %3</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Ste&amp;p:</source>
        <translation>Sch&amp;ritt:</translation>
    </message>
    <message>
        <source>&amp;Hold (s):</source>
        <translation>&amp;Halten (s):</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Starten…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Requests in flight at once, each on its own connection</source>
        <translation>Gleichzeitig laufende Anfragen, jede auf eigener Verbindung</translation>
    </message>
    <message>
        <source>&amp;Export as…</source>
        <translation>&amp;Exportieren als…</translation>
    </message>
    <message>
        <source>Write this ramp as a Locust or k6 load script, to run it on more machines</source>
        <translation>Diese Rampe als Locust- oder k6-Lastskript schreiben, um sie auf mehreren Rechnern auszuführen</translation>
    </message>
    <message>
        <source>Send up to %1 requests to %2, up to %3 a second whatever the answers (at most %4 at once), over at most %5 s?</source>
        <translation>Bis zu %1 Anfragen an %2 senden, bis zu %3 pro Sekunde gleich welche Antworten kommen (höchstens %4 gleichzeitig), über höchstens %5 s?</translation>
    </message>
    <message>
        <source>Open loop: each request starts on time whatever the answers, at most %1 in flight.</source>
        <translation>Offene Schleife: jede Anfrage startet pünktlich, gleich welche Antworten kommen, höchstens %1 gleichzeitig.</translation>
    </message>
    <message>
        <source>&amp;Open loop (a second)</source>
        <translation>&amp;Offene Schleife (pro Sekunde)</translation>
    </message>
    <message>
        <source>Start From…To requests a second at fixed times whatever the answers (no coordinated omission), at most %1 in flight; latency is measured from each request&apos;s intended start</source>
        <translation>Von…Bis Anfragen pro Sekunde zu festen Zeiten starten, gleich welche Antworten kommen (keine koordinierte Auslassung), höchstens %1 gleichzeitig; die Latenz wird ab dem vorgesehenen Start jeder Anfrage gemessen</translation>
    </message>
    <message>
        <source>Requests started a second, whatever the answers</source>
        <translation>Pro Sekunde gestartete Anfragen, gleich welche Antworten kommen</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ReplayComparison</name>
    <message>
        <source>cancelled by you</source>
        <translation>von Ihnen abgebrochen</translation>
    </message>
    <message>
        <source>no response (%1)</source>
        <extracomment>%1 = transport outcome id (&quot;refused&quot;, &quot;timeout&quot;, …)</extracomment>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>kein Server</translation>
    </message>
    <message>
        <source>%1 from %2 in %3</source>
        <extracomment>%1 = status, %2 = who answered (&quot;nginx&quot;), %3 = time (&quot;60.0 s&quot;)</extracomment>
        <translation>%1 von %2 in %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 = status or &quot;no response (refused)&quot;, %2 = time</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <extracomment>%1 = method and URL</extracomment>
        <translation>%1 wird wiederholt…</translation>
    </message>
    <message>
        <source>captured %1 → now %2</source>
        <extracomment>The replay in one line: %1 = the captured exchange, %2 = the replayed one (&quot;captured 502 from nginx in 60.0 s → now 200 in 80 ms&quot;)</extracomment>
        <translation>mitgeschnitten %1 → jetzt %2</translation>
    </message>
    <message>
        <source>did not happen</source>
        <translation>fand nicht statt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Wait (time to first byte)</source>
        <translation>Warten (Zeit bis zum ersten Byte)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Replay an exchange (right-click it, or Request → Replay) to see it here beside what was captured.</source>
        <translation>Wiederholen Sie einen Austausch (Rechtsklick darauf oder Anfrage → Wiederholen), um ihn hier neben dem Mitschnitt zu sehen.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Mitgeschnitten</translation>
    </message>
    <message>
        <source>Replayed now</source>
        <translation>Jetzt wiederholt</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::RequestEditor</name>
    <message>
        <source>the header has a value but no name</source>
        <translation>der Header hat einen Wert, aber keinen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only, no spaces)</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name (nur Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~, keine Leerzeichen)</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; contains a line break or a NUL character</source>
        <translation>der Wert von &quot;%1&quot; enthält einen Zeilenumbruch oder ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>Type or paste a URL (or a curl command) to send a request.</source>
        <translation>Tippen oder fügen Sie eine URL (oder einen curl-Befehl) ein, um eine Anfrage zu senden.</translation>
    </message>
    <message>
        <source>The URL needs a scheme: start it with http:// or https://</source>
        <translation>Die URL braucht ein Schema: beginnen Sie sie mit http:// oder https://</translation>
    </message>
    <message>
        <source>Only http:// and https:// URLs can be sent, not %1://</source>
        <translation>Nur http://- und https://-URLs können gesendet werden, nicht %1://</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>Die URL hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Any HTTP method: pick one or type your own</source>
        <translation>Jede HTTP-Methode: wählen Sie eine aus oder tippen Sie Ihre eigene</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://example.test/path?query — or paste a curl command</source>
        <translation>https://example.test/pfad?abfrage — oder einen curl-Befehl einfügen</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>&amp;Params</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>A&amp;uth</source>
        <translation>A&amp;uthentifizierung</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>URL check</source>
        <translation>URL-Prüfung</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel (%1 s)</source>
        <extracomment>Send button while a request runs: elapsed seconds</extracomment>
        <translation>Abbrechen (%1 s)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Stop the running request (Esc)</source>
        <translation>Die laufende Anfrage stoppen (Esc)</translation>
    </message>
    <message>
        <source>Type an HTTP method (GET, POST, or any token).</source>
        <translation>Geben Sie eine HTTP-Methode ein (GET, POST oder ein beliebiges Token).</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>The URL is not valid (%1).</source>
        <extracomment>%1 = Qt&apos;s own description of the problem (English)</extracomment>
        <translation>Die URL ist ungültig (%1).</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ResponseView</name>
    <message>
        <source>Hea&amp;ders</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Bod&amp;y</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>&amp;Raw bytes</source>
        <translation>&amp;Rohe Bytes</translation>
    </message>
    <message>
        <source>Co&amp;nnection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Pretty JSON</source>
        <translation>Formatiertes JSON</translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation>HTML-Quelltext</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Body format</source>
        <translation>Body-Format</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Response body in hex</source>
        <translation>Antwort-Body als Hex</translation>
    </message>
    <message>
        <source>Raw response bytes</source>
        <translation>Rohe Antwort-Bytes</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Wire anomalies</source>
        <translation>Anomalien auf der Leitung</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindungsdetails</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>No response selected.</source>
        <translation>Keine Antwort ausgewählt.</translation>
    </message>
    <message>
        <source>body %1</source>
        <extracomment>Response size in the status line</extracomment>
        <translation>Body %1</translation>
    </message>
    <message>
        <source>then %1: %2</source>
        <translation>dann %1: %2</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <extracomment>No HTTP response: %1 = outcome id (timeout, refused, …), %2 = phase, %3 = detail</extracomment>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>No response: %1 during %2</source>
        <translation>Keine Antwort: %1 während %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>A recorded exchange has no wire bytes; replay it to see them.</source>
        <translation>Ein aufgezeichneter Austausch hat keine Leitungs-Bytes; spielen Sie ihn erneut ab, um sie zu sehen.</translation>
    </message>
    <message>
        <source>No bytes came back.</source>
        <translation>Es kamen keine Bytes zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%1 as received; anomalies marked: %Ln.</source>
        <extracomment>%1 = size of the raw response, %n = number of anomalies</extracomment>
        <translation>
            <numerusform>%1 wie empfangen; markierte Anomalien: %Ln.</numerusform>
            <numerusform>%1 wie empfangen; markierte Anomalien: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>keiner (direkt)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Certificate problems</source>
        <translation>Zertifikatsprobleme</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Redirect hop</source>
        <translation>Weiterleitungs-Hop</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 were kept (the capture limit).</source>
        <translation>Nur die ersten %1 von %2 wurden behalten (die Mitschnittgrenze).</translation>
    </message>
    <message>
        <source>Not valid JSON; shown as text.</source>
        <translation>Kein gültiges JSON; als Text angezeigt.</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>Die Antwort hat keinen Body.</translation>
    </message>
    <message>
        <source>Too large to parse whole: indented token by token from its start.</source>
        <translation>Zu groß, um es ganz zu parsen: vom Anfang an Token für Token eingerückt.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln line(s) of %1; the Hex view has all of it.</source>
        <extracomment>%1 = how many lines are shown, %2 = size of the whole body</extracomment>
        <translation>
            <numerusform>Die erste %Ln Zeile von %1 wird gezeigt; die Hex-Ansicht enthält alles.</numerusform>
            <numerusform>Die ersten %Ln Zeilen von %1 werden gezeigt; die Hex-Ansicht enthält alles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are broken for display.</source>
        <translation>Zeilen über %1 Zeichen werden für die Anzeige umbrochen.</translation>
    </message>
    <message>
        <source>&amp;Frames</source>
        <translation>&amp;Frames</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>HTTP/2 frames</source>
        <translation>HTTP/2-Frames</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>last stream %1</source>
        <extracomment>GOAWAY&apos;s last stream id</extracomment>
        <translation>letzter Stream %1</translation>
    </message>
    <message>
        <source>window +%1</source>
        <extracomment>WINDOW_UPDATE&apos;s increment in bytes</extracomment>
        <translation>Fenster +%1</translation>
    </message>
    <message>
        <source>in</source>
        <extracomment>Frame direction: received from the server / sent by Gatescope</extracomment>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>%n more frame(s) not kept</source>
        <translation>
            <numerusform>%n weiterer Frame nicht behalten</numerusform>
            <numerusform>%n weitere Frames nicht behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::SideBySideDialog</name>
    <message>
        <source>Spoken</source>
        <translation>Gesprochen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Differs from the first column</source>
        <translation>Weicht von der ersten Spalte ab</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::TimeoutTableDialog</name>
    <message>
        <source>Hop timeouts</source>
        <translation>Timeouts der Hops</translation>
    </message>
    <message>
        <source>The timeouts of each hop: the product&apos;s default, or yours. Type seconds into a cell to correct it for %1 (saved with the workspace); empty the cell to go back to the default. The audit below follows at once.</source>
        <translation>Die Timeouts jedes Hops: die Voreinstellung des Produkts oder Ihr Wert. Geben Sie Sekunden in eine Zelle ein, um sie für %1 zu korrigieren (im Arbeitsbereich gespeichert); leeren Sie die Zelle, um zur Voreinstellung zurückzukehren. Die Prüfung darunter folgt sofort.</translation>
    </message>
    <message>
        <source>this site</source>
        <translation>diese Website</translation>
    </message>
    <message>
        <source>%1 (s)</source>
        <extracomment>Column title of the hop timeout table: %1 = the phase (&quot;First byte&quot;), in seconds</extracomment>
        <translation>%1 (s)</translation>
    </message>
    <message>
        <source>Yours (%1). Default: %2 s, %3 — %4</source>
        <translation>Ihr Wert (%1). Voreinstellung: %2 s, %3 — %4</translation>
    </message>
    <message>
        <source>Yours; no default is known.</source>
        <translation>Ihr Wert; keine Voreinstellung bekannt.</translation>
    </message>
    <message>
        <source>Default: %1 — %2</source>
        <translation>Voreinstellung: %1 — %2</translation>
    </message>
    <message>
        <source>Not known: type the value of your configuration in seconds.</source>
        <translation>Nicht bekannt: Geben Sie den Wert Ihrer Konfiguration in Sekunden ein.</translation>
    </message>
    <message>
        <source>No inversion between these timeouts.</source>
        <translation>Keine Umkehrung zwischen diesen Timeouts.</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds; the cell keeps its value.</source>
        <translation>„%1“ ist keine Anzahl Sekunden; die Zelle behält ihren Wert.</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WatchChart</name>
    <message>
        <source>Click to see its diagnosis.</source>
        <translation>Klicken für die Diagnose.</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WatchWindow</name>
    <message>
        <source>Watching…</source>
        <translation>Beobachte…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to %1, one every %2 s: about %3 s. Nothing is sent before Start.</source>
        <translation>
            <numerusform>%n Anfrage an %1, eine alle %2 s: etwa %3 s. Vor „Start“ wird nichts gesendet.</numerusform>
            <numerusform>%n Anfragen an %1, eine alle %2 s: etwa %3 s. Vor „Start“ wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a failed request in the chart to see its diagnosis.</source>
        <translation>Auf eine fehlgeschlagene Anfrage im Diagramm klicken, um ihre Diagnose zu sehen.</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>%1 beobachten</translation>
    </message>
    <message>
        <source>Watching %1 %2</source>
        <translation>Beobachte %1 %2</translation>
    </message>
    <message>
        <source>&amp;Every (s):</source>
        <translation>&amp;Alle (s):</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>&amp;Anfragen:</translation>
    </message>
    <message>
        <source>New connection each time</source>
        <translation>Jedes Mal eine neue Verbindung</translation>
    </message>
    <message>
        <source>Reuse connections (keep-alive)</source>
        <translation>Verbindungen wiederverwenden (Keep-Alive)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Export as…</source>
        <translation>&amp;Exportieren als…</translation>
    </message>
    <message>
        <source>Write this watch as a Locust or k6 load script: one user sending the request for as long as the watch lasts</source>
        <translation>Diese Beobachtung als Locust- oder k6-Lastskript schreiben: ein Benutzer, der die Anfrage so lange sendet, wie die Beobachtung dauert</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WaterfallAxisHeader</name>
    <message>
        <source>Columns and time axis</source>
        <translation>Spalten und Zeitachse</translation>
    </message>
    <message>
        <source>Time: +%1</source>
        <extracomment>Tooltip on the time axis: the time under the mouse pointer</extracomment>
        <translation>Zeit: +%1</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms, Shift+wheel pans, Ctrl+0 shows everything</source>
        <translation>Strg+Mausrad zoomt, Umschalt+Mausrad verschiebt, Strg+0 zeigt alles</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WaterfallFrameLane</name>
    <message>
        <source>HTTP/2 frames: %1</source>
        <extracomment>Tooltip heading of a mark in the HTTP/2 frame lane that stands for several frames
----------
Screen-reader summary of the HTTP/2 frame lane</extracomment>
        <translation>HTTP/2-Frames: %1</translation>
    </message>
    <message>
        <source>%1 received on stream %2</source>
        <extracomment>Frame lane tooltip: %1 = type (RST_STREAM), %2 = stream id</extracomment>
        <translation>%1 empfangen auf Stream %2</translation>
    </message>
    <message>
        <source>%1 sent on stream %2</source>
        <translation>%1 gesendet auf Stream %2</translation>
    </message>
    <message>
        <source>flags 0x%1</source>
        <extracomment>Frame lane tooltip: the frame&apos;s flags byte in hex</extracomment>
        <translation>Flags 0x%1</translation>
    </message>
    <message>
        <source>length %1</source>
        <extracomment>Frame lane tooltip: the frame&apos;s payload length in bytes</extracomment>
        <translation>Länge %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <extracomment>Frame lane tooltip: RST_STREAM&apos;s or GOAWAY&apos;s error code (REFUSED_STREAM)</extracomment>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>last stream %1</source>
        <extracomment>Frame lane tooltip: GOAWAY&apos;s last stream id</extracomment>
        <translation>letzter Stream %1</translation>
    </message>
    <message>
        <source>window +%1</source>
        <extracomment>Frame lane tooltip: WINDOW_UPDATE&apos;s increment in bytes</extracomment>
        <translation>Fenster +%1</translation>
    </message>
    <message>
        <source>debug data “%1”</source>
        <translation>Debug-Daten „%1“</translation>
    </message>
    <message>
        <source>at +%1</source>
        <extracomment>Frame lane tooltip: when the frame went, from the start of the request</extracomment>
        <translation>bei +%1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <extracomment>Frame lane tooltip: how many frames of a merged mark are not listed</extracomment>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>%1 %2 at +%3</source>
        <extracomment>Screen-reader text of a failure frame: %1 = type, %2 = error code, %3 = time</extracomment>
        <translation>%1 %2 bei +%3</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WaterfallLegend</name>
    <message>
        <source>Waterfall colour legend</source>
        <translation>Farblegende des Wasserfalls</translation>
    </message>
    <message>
        <source>Phases: %1. Solid line: the request&apos;s own timeout. Dashed line: a gateway&apos;s default timeout.</source>
        <extracomment>Legend entries for the marker lines</extracomment>
        <translation>Phasen: %1. Durchgezogene Linie: das eigene Timeout der Anfrage. Gestrichelte Linie: das Standard-Timeout eines Gateways.</translation>
    </message>
    <message>
        <source>your timeout</source>
        <translation>Ihr Timeout</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>Gateway-Timeout</translation>
    </message>
    <message>
        <source>Under an HTTP/2 row, its frames at their times: HEADERS and GOAWAY the lane&apos;s full height, DATA two thirds, other frames a short tick; a reset or a GOAWAY with an error in the failure colour across the row. Point at a mark for its frames.</source>
        <translation>Unter einer HTTP/2-Zeile ihre Frames zu ihren Zeitpunkten: HEADERS und GOAWAY in voller Spurhöhe, DATA zwei Drittel, andere Frames ein kurzer Strich; ein Reset oder ein GOAWAY mit Fehler in der Fehlerfarbe über die ganze Zeile. Zeigen Sie auf eine Markierung, um ihre Frames zu sehen.</translation>
    </message>
    <message>
        <source>HTTP/2 frames</source>
        <translation>HTTP/2-Frames</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WaterfallModel</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>closed early</source>
        <translation>vorzeitig geschlossen</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>invalid response</source>
        <translation>ungültige Antwort</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>DNS failure</source>
        <translation>DNS-Fehler</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>Status column of a request still under way</extracomment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Request column: %1 = method, %2 = path and query</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>Status %1 %2</source>
        <translation>Status %1 %2</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Started at +%1</source>
        <extracomment>Tooltip: when the request started, relative to the first one</extracomment>
        <translation>Gestartet bei +%1</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <extracomment>Tooltip: a phase under way; %1 = milliseconds so far</extracomment>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <source>not used</source>
        <extracomment>Tooltip: a timing phase that did not happen (reused connection, plain HTTP)</extracomment>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Body: %1 of %2</source>
        <translation>Body: %1 von %2</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source>starts at %1, takes %2: %3</source>
        <extracomment>Screen-reader summary of a waterfall bar: %1 = start offset, %2 = total, %3 = phases</extracomment>
        <translation>beginnt bei %1, dauert %2: %3</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>von Ihnen abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>Tooltip line of the wait split: %1 = where (&quot;inside Kong&quot;), %2 = duration, %3 = the header it comes from</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Where the wait went</source>
        <translation>Wohin die Wartezeit ging</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <extracomment>Tooltip: the protocol the exchange went over (h2, http/1.1); %2 = how many HTTP/2 frames</extracomment>
        <translation>Protokoll %1</translation>
    </message>
    <message numerus="yes">
        <source>Protocol %1, %n frame(s)</source>
        <translation>
            <numerusform>Protokoll %1, %n Frame</numerusform>
            <numerusform>Protokoll %1, %n Frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WaterfallPanel</name>
    <message>
        <source>Filter by URL, method or status</source>
        <translation>Nach URL, Methode oder Status filtern</translation>
    </message>
    <message>
        <source>Filter requests by text</source>
        <translation>Anfragen nach Text filtern</translation>
    </message>
    <message>
        <source>Filter requests by host</source>
        <translation>Anfragen nach Host filtern</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>5xx and failed only</source>
        <extracomment>Check box: show only responses with status 500–599 and requests that got no response</extracomment>
        <translation>Nur 5xx und fehlgeschlagene</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole timeline (Ctrl+0)</source>
        <translation>Die ganze Zeitleiste zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Einpassen</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WaterfallScale</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Marker line label: %1 = gateway names (&quot;nginx, ALB&quot;), %2 = the timeout (&quot;60 s&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 +%2 %3</source>
        <translation>%1 +%2 %3</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WaterfallView</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Timing waterfall</source>
        <translation>Zeit-Wasserfall</translation>
    </message>
    <message>
        <source>One row per request with its timing phases. Ctrl+plus and Ctrl+minus zoom the time axis, Ctrl+left and Ctrl+right pan it, Ctrl+0 shows everything.</source>
        <translation>Eine Zeile pro Anfrage mit ihren Zeitphasen. Strg+Plus und Strg+Minus zoomen die Zeitachse, Strg+Links und Strg+Rechts verschieben sie, Strg+0 zeigt alles.</translation>
    </message>
    <message>
        <source>your total timeout</source>
        <extracomment>Marker line: the total timeout set on the request being shown</extracomment>
        <translation>Ihr Gesamt-Timeout</translation>
    </message>
    <message>
        <source>your first-byte timeout</source>
        <extracomment>Marker line: the first-byte timeout set on the request being shown</extracomment>
        <translation>Ihr Erstes-Byte-Timeout</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WorkspaceModel</name>
    <message>
        <source>(no URL yet)</source>
        <translation>(noch keine URL)</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Imported captures</source>
        <translation>Importierte Mitschnitte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>Collection %1, requests: %Ln</source>
        <translation>
            <numerusform>Sammlung %1, Anfragen: %Ln</numerusform>
            <numerusform>Sammlung %1, Anfragen: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 entries, %3 failed)</source>
        <extracomment>Sidebar: a capture&apos;s name, its number of entries and how many failed (5xx or no response)</extracomment>
        <translation>%1 (%2 Einträge, %3 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1 (%2 entries)</source>
        <translation>%1 (%2 Einträge)</translation>
    </message>
    <message>
        <source>Capture %1, %2 entries, %3 failed</source>
        <translation>Mitschnitt %1, %2 Einträge, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — imported %2 from %3</source>
        <translation>%1 — importiert %2 aus %3</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Failed entry: %1, %2</source>
        <translation>Fehlgeschlagener Eintrag: %1, %2</translation>
    </message>
    <message>
        <source>Run at %1: %2 %3, result %4</source>
        <translation>Lauf um %1: %2 %3, Ergebnis %4</translation>
    </message>
    <message>
        <source>%1 %2
%3
Result: %4
Cause: %5</source>
        <translation>%1 %2
%3
Ergebnis: %4
Ursache: %5</translation>
    </message>
    <message>
        <source>not diagnosed</source>
        <translation>nicht diagnostiziert</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>History row when the user cancelled the request</extracomment>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WorkspaceSidebar</name>
    <message>
        <source>&amp;History:</source>
        <extracomment>Label of the History filter under the sidebar</extracomment>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>alle Läufe</translation>
    </message>
    <message>
        <source>failures only</source>
        <translation>nur Fehlschläge</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation>3xx Umleitung</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>von Ihnen abgebrochen</translation>
    </message>
    <message>
        <source>Show only the History runs of one status class</source>
        <translation>Nur die Läufe im Verlauf mit einer Statusklasse zeigen</translation>
    </message>
</context>
<context>
    <name>Gatescope::HarExporter</name>
    <message>
        <source>the request was not captured</source>
        <translation>die Anfrage wurde nicht mitgeschnitten</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>converted from %1</source>
        <translation>umgewandelt aus %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::HarImporter</name>
    <message>
        <source>the text ends where %1 was expected (truncated file?)</source>
        <translation>der Text endet, wo %1 erwartet wurde (abgeschnittene Datei?)</translation>
    </message>
    <message>
        <source>found %1 where %2 was expected</source>
        <translation>%1 gefunden, wo %2 erwartet wurde</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a string starts here and never ends (truncated file?)</source>
        <translation>hier beginnt eine Zeichenkette, die nie endet (abgeschnittene Datei?)</translation>
    </message>
    <message numerus="yes">
        <source>the text ends inside %n unclosed object(s) or array(s) (truncated file?)</source>
        <translation>
            <numerusform>der Text endet innerhalb von %n nicht geschlossenem Objekt oder Array (abgeschnittene Datei?)</numerusform>
            <numerusform>der Text endet innerhalb von %n nicht geschlossenen Objekten oder Arrays (abgeschnittene Datei?)</numerusform>
        </translation>
    </message>
    <message>
        <source>found &apos;%1&apos; where &apos;%2&apos; was expected</source>
        <translation>&apos;%1&apos; gefunden, wo &apos;%2&apos; erwartet wurde</translation>
    </message>
    <message>
        <source>a JSON value</source>
        <translation>ein JSON-Wert</translation>
    </message>
    <message>
        <source>%1: the browser cancelled or blocked the request itself; the server did not end it</source>
        <translation>%1: der Browser hat die Anfrage selbst abgebrochen oder blockiert; der Server hat sie nicht beendet</translation>
    </message>
    <message>
        <source>%1 (an error name Gatescope does not know; read as a connection that ended early)</source>
        <translation>%1 (ein Fehlername, den Gatescope nicht kennt; als vorzeitig beendete Verbindung gelesen)</translation>
    </message>
    <message>
        <source>entry %1: the body was given only as parameters; it was rebuilt as a form-urlencoded body</source>
        <translation>Eintrag %1: der Body war nur als Parameter angegeben; er wurde als form-urlencoded-Body neu aufgebaut</translation>
    </message>
    <message>
        <source>Charles: %1</source>
        <translation>Charles: %1</translation>
    </message>
    <message>
        <source>Charles status: %1</source>
        <translation>Charles-Status: %1</translation>
    </message>
    <message>
        <source>entry %1 (%2): Charles marks the exchange %3; the response may be incomplete</source>
        <translation>Eintrag %1 (%2): Charles markiert den Austausch als %3; die Antwort ist vielleicht unvollständig</translation>
    </message>
    <message>
        <source>entry %1 (%2): the %3 response was written by Fiddler, not by the server: %4</source>
        <translation>Eintrag %1 (%2): die %3-Antwort wurde von Fiddler geschrieben, nicht vom Server: %4</translation>
    </message>
    <message>
        <source>the capture holds no response and names no error (status %1)</source>
        <translation>der Mitschnitt enthält keine Antwort und nennt keinen Fehler (Status %1)</translation>
    </message>
    <message>
        <source>entry %1 (%2): no response was recorded and no error is named</source>
        <translation>Eintrag %1 (%2): es wurde keine Antwort aufgezeichnet und kein Fehler genannt</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>no JSON text</source>
        <translation>kein JSON-Text</translation>
    </message>
    <message>
        <source>not a HAR file: it does not start with a JSON object (&apos;{&apos;)</source>
        <translation>keine HAR-Datei: sie beginnt nicht mit einem JSON-Objekt (&apos;{&apos;)</translation>
    </message>
    <message>
        <source>&apos;:&apos; after an object key</source>
        <translation>&apos;:&apos; nach einem Objektschlüssel</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;[&apos; (log.entries is an array)</source>
        <translation>&apos;[&apos; (log.entries ist ein Array)</translation>
    </message>
    <message numerus="yes">
        <source>%1: import cancelled after %n entries</source>
        <translation>
            <numerusform>%1: Import nach %n Eintrag abgebrochen</numerusform>
            <numerusform>%1: Import nach %n Einträgen abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>entry %1 is not an object</source>
        <translation>Eintrag %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after an entry</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach einem Eintrag</translation>
    </message>
    <message>
        <source>&apos;{&apos; (log is an object)</source>
        <translation>&apos;{&apos; (log ist ein Objekt)</translation>
    </message>
    <message>
        <source>HAR version %1 (expected 1.2); read as 1.2</source>
        <translation>HAR-Version %1 (erwartet 1.2); als 1.2 gelesen</translation>
    </message>
    <message>
        <source>unexpected text after the end of the HAR object</source>
        <translation>unerwarteter Text nach dem Ende des HAR-Objekts</translation>
    </message>
    <message>
        <source>not a HAR file: the JSON object has no &quot;log&quot;</source>
        <translation>keine HAR-Datei: das JSON-Objekt hat kein &quot;log&quot;</translation>
    </message>
    <message>
        <source>not a HAR file: &quot;log&quot; has no &quot;entries&quot;</source>
        <translation>keine HAR-Datei: &quot;log&quot; hat keine &quot;entries&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(ies) hold a request without a response (as API clients such as Insomnia and Postman export them); they are requests to send, not failed exchanges</source>
        <translation>
            <numerusform>%1: %n Eintrag enthält eine Anfrage ohne Antwort (wie API-Clients wie Insomnia und Postman sie exportieren); das sind zu sendende Anfragen, keine fehlgeschlagenen Austausche</numerusform>
            <numerusform>%1: %n Einträge enthalten eine Anfrage ohne Antwort (wie API-Clients wie Insomnia und Postman sie exportieren); das sind zu sendende Anfragen, keine fehlgeschlagenen Austausche</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1: the status %2 is not an HTTP status code (0-999); it was read as 0</source>
        <translation>Eintrag %1: der Status %2 ist kein HTTP-Statuscode (0–999); er wurde als 0 gelesen</translation>
    </message>
    <message>
        <source>the body ended after %1 of the %2 bytes its Content-Length announced</source>
        <translation>der Body endete nach %1 der %2 Bytes, die seine Content-Length ankündigte</translation>
    </message>
    <message>
        <source>entry %1 (%2): the body is shorter than its Content-Length (%3 of %4 bytes)</source>
        <translation>Eintrag %1 (%2): der Body ist kürzer als seine Content-Length (%3 von %4 Bytes)</translation>
    </message>
    <message>
        <source>%1: Chrome&apos;s generic failure, also given when CORS blocks a response the server did send; read as a connection that ended early</source>
        <translation>%1: Chromes allgemeiner Fehler, auch gemeldet, wenn CORS eine Antwort blockiert, die der Server gesendet hat; gelesen als vorzeitig beendete Verbindung</translation>
    </message>
    <message>
        <source>entry %1 (%2): the browser reports %3 after the %4 response arrived; the response is kept as the server&apos;s answer</source>
        <translation>Eintrag %1 (%2): Der Browser meldet %3, nachdem die Antwort %4 eingetroffen war; die Antwort bleibt die Antwort des Servers</translation>
    </message>
    <message>
        <source>no response, and the browser marks the connection&apos;s security as broken (a failed TLS handshake or certificate check)</source>
        <translation>keine Antwort, und der Browser kennzeichnet die Sicherheit der Verbindung als defekt (fehlgeschlagener TLS-Handshake oder Zertifikatsprüfung)</translation>
    </message>
    <message>
        <source>no response after %1 s: the request was still waiting when the HAR was saved</source>
        <translation>keine Antwort nach %1 s: die Anfrage wartete noch, als die HAR-Datei gespeichert wurde</translation>
    </message>
    <message>
        <source>no response after %1 s: the browser stopped waiting (%2)</source>
        <translation>keine Antwort nach %1 s: der Browser hat aufgehört zu warten (%2)</translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4; names %5</source>
        <translation>Inhaber %1; Aussteller %2; gültig %3 bis %4; Namen %5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1; likely cause: %2</source>
        <extracomment>%1 = the browser&apos;s error name (net::ERR_HTTP2_PROTOCOL_ERROR), %2 = what is wrong with the request&apos;s headers</extracomment>
        <translation>%1; wahrscheinliche Ursache: %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::HopChain</name>
    <message>
        <source>unknown hop</source>
        <translation>unbekannter Hop</translation>
    </message>
</context>
<context>
    <name>Gatescope::HopProbe</name>
    <message>
        <source>general SOCKS server failure</source>
        <translation>allgemeiner Fehler des SOCKS-Servers</translation>
    </message>
    <message>
        <source>connection not allowed by ruleset</source>
        <translation>Verbindung durch Regelsatz nicht erlaubt</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netz nicht erreichbar</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL abgelaufen</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>Befehl nicht unterstützt</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>Adresstyp nicht unterstützt</translation>
    </message>
    <message>
        <source>unknown reply code %1</source>
        <translation>unbekannter Antwortcode %1</translation>
    </message>
    <message>
        <source>no connection within the connect timeout of %1 ms</source>
        <translation>keine Verbindung innerhalb des Verbindungs-Timeouts von %1 ms</translation>
    </message>
    <message>
        <source>TLS handshake not done within %1 ms</source>
        <translation>TLS-Handshake nicht innerhalb von %1 ms abgeschlossen</translation>
    </message>
    <message>
        <source>no response byte within the first-byte timeout of %1 ms</source>
        <translation>kein Antwort-Byte innerhalb des Erstes-Byte-Timeouts von %1 ms</translation>
    </message>
    <message>
        <source>the total time limit was reached</source>
        <translation>das Gesamtzeitlimit wurde erreicht</translation>
    </message>
    <message>
        <source>not sent: &apos;%1&apos; is not an http:// or https:// URL with a host</source>
        <translation>nicht gesendet: &apos;%1&apos; ist keine http://- oder https://-URL mit einem Host</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>the address override for %1:%2 names no usable address (&apos;%3&apos;)</source>
        <translation>die Adressüberschreibung für %1:%2 nennt keine brauchbare Adresse (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>no addresses</source>
        <translation>keine Adressen</translation>
    </message>
    <message>
        <source>could not resolve &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>%1 port %2: %3</source>
        <translation>%1 Port %2: %3</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>connection reset by peer during the TLS handshake</source>
        <translation>Verbindung während des TLS-Handshakes von der Gegenstelle zurückgesetzt</translation>
    </message>
    <message>
        <source>the peer closed the connection during the TLS handshake (%1)</source>
        <translation>die Gegenstelle hat die Verbindung während des TLS-Handshakes geschlossen (%1)</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy answered with version %1</source>
        <translation>der SOCKS5-Proxy hat mit Version %1 geantwortet</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy accepts none of the offered authentication methods</source>
        <translation>der SOCKS5-Proxy akzeptiert keine der angebotenen Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy rejected the user name and password</source>
        <translation>der SOCKS5-Proxy hat Benutzername und Passwort abgelehnt</translation>
    </message>
    <message>
        <source>SOCKS5 proxy %1 could not connect to %2:%3: %4</source>
        <translation>SOCKS5-Proxy %1 konnte sich nicht mit %2:%3 verbinden: %4</translation>
    </message>
    <message>
        <source>the proxy&apos;s answer to CONNECT has no end of headers in %1 bytes</source>
        <translation>die Antwort des Proxys auf CONNECT hat in %1 Bytes kein Header-Ende</translation>
    </message>
    <message>
        <source>the proxy&apos;s answer to CONNECT is not HTTP: &apos;%1&apos;</source>
        <translation>die Antwort des Proxys auf CONNECT ist kein HTTP: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the proxy refused the CONNECT tunnel to %1</source>
        <translation>der Proxy hat den CONNECT-Tunnel zu %1 abgelehnt</translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4; names %5</source>
        <translation>Inhaber %1; Aussteller %2; gültig %3 bis %4; Namen %5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>connection reset by peer after %n byte(s) of the response</source>
        <translation>
            <numerusform>Verbindung nach %n Byte der Antwort von der Gegenstelle zurückgesetzt</numerusform>
            <numerusform>Verbindung nach %n Bytes der Antwort von der Gegenstelle zurückgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peer closed the connection after %n byte(s)</source>
        <translation>
            <numerusform>die Gegenstelle hat die Verbindung nach %n Byte geschlossen</numerusform>
            <numerusform>die Gegenstelle hat die Verbindung nach %n Bytes geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>%1 (during %2, after %3 ms)</source>
        <translation>%1 (während %2, nach %3 ms)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>stopped by the user before the exchange was complete</source>
        <translation>vom Benutzer gestoppt, bevor der Austausch vollständig war</translation>
    </message>
    <message>
        <source>no connection to the proxy %1 within the connect timeout of %2 ms</source>
        <translation>keine Verbindung zum Proxy %1 innerhalb des Verbindungs-Timeouts von %2 ms</translation>
    </message>
    <message>
        <source>the proxy %1 did not finish its handshake within the connect timeout of %2 ms</source>
        <translation>der Proxy %1 hat seinen Handshake nicht innerhalb des Verbindungs-Timeouts von %2 ms beendet</translation>
    </message>
    <message>
        <source>timed out after %1 ms (its share of the connect timeout)</source>
        <translation>Zeitüberschreitung nach %1 ms (sein Anteil am Verbindungs-Timeout)</translation>
    </message>
    <message>
        <source>proxy %1 refused the connection</source>
        <translation>der Proxy %1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>could not connect to the proxy %1: %2</source>
        <translation>keine Verbindung zum Proxy %1: %2</translation>
    </message>
    <message>
        <source>the proxy %1 reset the connection during its handshake</source>
        <translation>der Proxy %1 hat die Verbindung während seines Handshakes zurückgesetzt</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection during its handshake (%2)</source>
        <translation>der Proxy %1 hat die Verbindung während seines Handshakes geschlossen (%2)</translation>
    </message>
    <message>
        <source>%1; earlier attempts: %2</source>
        <translation>%1; frühere Versuche: %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::Http2Conversation</name>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server sent an invalid %1 frame on stream %2: %3</source>
        <translation>der Server sandte einen ungültigen %1-Frame auf Stream %2: %3</translation>
    </message>
    <message>
        <source>the response header blocks exceed %1 bytes</source>
        <translation>die Header-Blöcke der Antwort überschreiten %1 Bytes</translation>
    </message>
    <message>
        <source>HTTP/2 session not created: %1</source>
        <translation>HTTP/2-Sitzung nicht erstellt: %1</translation>
    </message>
    <message>
        <source>HTTP/2 request not queued: %1</source>
        <translation>HTTP/2-Anfrage nicht eingereiht: %1</translation>
    </message>
    <message>
        <source>HTTP/2 protocol error from the server: %1</source>
        <translation>HTTP/2-Protokollfehler vom Server: %1</translation>
    </message>
    <message>
        <source>HTTP/2 session failed: %1</source>
        <translation>HTTP/2-Sitzung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the request header name &apos;%1&apos; has characters HTTP/2 forbids</source>
        <translation>der Anfrage-Header-Name &apos;%1&apos; enthält Zeichen, die HTTP/2 verbietet</translation>
    </message>
    <message>
        <source>the value of the request header &apos;%1&apos; has characters HTTP/2 forbids</source>
        <translation>der Wert des Anfrage-Headers &apos;%1&apos; enthält Zeichen, die HTTP/2 verbietet</translation>
    </message>
    <message>
        <source>the request header &apos;%1&apos; is large (%2 bytes)</source>
        <translation>der Anfrage-Header &apos;%1&apos; ist groß (%2 Bytes)</translation>
    </message>
    <message>
        <source>the request&apos;s header list (%1 bytes) is larger than the server&apos;s MAX_HEADER_LIST_SIZE of %2</source>
        <translation>die Header-Liste der Anfrage (%1 Bytes) ist größer als MAX_HEADER_LIST_SIZE des Servers von %2</translation>
    </message>
    <message>
        <source>the request&apos;s header list is large (%1 bytes)</source>
        <translation>die Header-Liste der Anfrage ist groß (%1 Bytes)</translation>
    </message>
    <message>
        <source>the server reset the stream with %1 before answering: %2</source>
        <translation>der Server setzte den Stream mit %1 zurück, bevor er antwortete: %2</translation>
    </message>
    <message>
        <source>the server reset the stream with %1 during the response</source>
        <translation>der Server setzte den Stream während der Antwort mit %1 zurück</translation>
    </message>
    <message>
        <source>the server reset the stream with %1 before answering</source>
        <translation>der Server setzte den Stream mit %1 zurück, bevor er antwortete</translation>
    </message>
    <message>
        <source> (debug data &apos;%1&apos;)</source>
        <translation> (Debug-Daten &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the server ended the connection with GOAWAY %1 before answering%2: %3</source>
        <translation>der Server beendete die Verbindung mit GOAWAY %1, bevor er antwortete%2: %3</translation>
    </message>
    <message>
        <source>the server sent GOAWAY %1 (last stream %2) and the response on stream %3 was not completed%4</source>
        <translation>der Server sandte GOAWAY %1 (letzter Stream %2) und die Antwort auf Stream %3 wurde nicht abgeschlossen%4</translation>
    </message>
    <message>
        <source>the server sent GOAWAY %1 (last stream %2) before answering stream %3%4</source>
        <translation>der Server sandte GOAWAY %1 (letzter Stream %2), bevor er Stream %3 beantwortete%4</translation>
    </message>
    <message>
        <source>the stream was closed with %1 without a complete response</source>
        <translation>der Stream wurde mit %1 ohne vollständige Antwort geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>connection reset by peer with the HTTP/2 stream open after %n byte(s)</source>
        <translation>
            <numerusform>Verbindung von der Gegenseite zurückgesetzt, HTTP/2-Stream noch offen, nach %n Byte</numerusform>
            <numerusform>Verbindung von der Gegenseite zurückgesetzt, HTTP/2-Stream noch offen, nach %n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peer closed the connection with the HTTP/2 stream open after %n byte(s)</source>
        <translation>
            <numerusform>Gegenseite schloss die Verbindung, HTTP/2-Stream noch offen, nach %n Byte</numerusform>
            <numerusform>Gegenseite schloss die Verbindung, HTTP/2-Stream noch offen, nach %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>the request body waited on a flow-control window the server never opened (%1 of %2 bytes sent)</source>
        <translation>der Anfrage-Body wartete auf ein Flusskontrollfenster, das der Server nie öffnete (%1 von %2 Bytes gesendet)</translation>
    </message>
    <message>
        <source>the server broke the HTTP/2 protocol; Gatescope ended the connection with GOAWAY %1</source>
        <translation>der Server hat das HTTP/2-Protokoll verletzt; Gatescope beendete die Verbindung mit GOAWAY %1</translation>
    </message>
    <message>
        <source>the server sent more than %1 SETTINGS and PING frames, each asking for an acknowledgement (a flood); Gatescope ended the connection with GOAWAY ENHANCE_YOUR_CALM</source>
        <translation>der Server sandte mehr als %1 SETTINGS- und PING-Frames, die jeweils eine Bestätigung verlangen (eine Flut); Gatescope beendete die Verbindung mit GOAWAY ENHANCE_YOUR_CALM</translation>
    </message>
    <message>
        <source>HTTP/2 Upgrade not taken up: %1</source>
        <translation>HTTP/2-Upgrade nicht aufgenommen: %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Http2FaultServer</name>
    <message>
        <source>lab h2 origin: cannot listen on %1: %2</source>
        <translation>Labor-h2-Origin: kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>lab h2 origin: cannot listen for TLS on %1: %2</source>
        <translation>Labor-h2-Origin: kann nicht für TLS auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::HttpFileExporter</name>
    <message>
        <source>request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>note: the body holds &quot;{{&quot; or a &quot;###&quot; line, which .http tools read as variables or separators</source>
        <translation>Hinweis: der Body enthält &quot;{{&quot; oder eine &quot;###&quot;-Zeile, die .http-Werkzeuge als Variablen oder Trenner lesen</translation>
    </message>
</context>
<context>
    <name>Gatescope::HttpFileImporter</name>
    <message>
        <source>%1: line %2</source>
        <translation>%1: Zeile %2</translation>
    </message>
    <message>
        <source>%1: expected a request line such as &quot;GET https://example.com/ HTTP/1.1&quot;, found &quot;%2&quot;</source>
        <translation>%1: Anfragezeile wie &quot;GET https://example.com/ HTTP/1.1&quot; erwartet, gefunden &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a header line (no &apos;:&apos;); ignored</source>
        <translation>%1: &quot;%2&quot; ist keine Header-Zeile (kein &apos;:&apos;); ignoriert</translation>
    </message>
    <message>
        <source>%1: response handlers and output redirections are not run; ignored</source>
        <translation>%1: Antwort-Handler und Ausgabeumleitungen werden nicht ausgeführt; ignoriert</translation>
    </message>
    <message>
        <source>%1: the body is read from the file &apos;%2&apos;; file contents are not read, so the body is empty</source>
        <translation>%1: der Body wird aus der Datei &apos;%2&apos; gelesen; Dateiinhalte werden nicht gelesen, daher ist der Body leer</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a usable URL; request skipped</source>
        <translation>%1: &quot;%2&quot; ist keine brauchbare URL; Anfrage übersprungen</translation>
    </message>
    <message>
        <source>%1: the variable {{%2}} is not defined in the file; it was left as written</source>
        <translation>%1: die Variable {{%2}} ist in der Datei nicht definiert; sie blieb wie geschrieben</translation>
    </message>
    <message>
        <source>%1: the dynamic variable {{%2}} is not evaluated; it was left as written</source>
        <translation>%1: die dynamische Variable {{%2}} wird nicht ausgewertet; sie blieb wie geschrieben</translation>
    </message>
    <message>
        <source>%1: no request was found in the .http file</source>
        <translation>%1: in der .http-Datei wurde keine Anfrage gefunden</translation>
    </message>
    <message>
        <source>%1: the variable {{%2}} refers back to itself through other variables; the inner use was left as written</source>
        <translation>%1: die Variable {{%2}} verweist über andere Variablen auf sich selbst; die innere Verwendung blieb wie geschrieben</translation>
    </message>
    <message>
        <source>%1: expanding {{%2}} grows past the size limit (%3 characters per use, and a total for the whole file); the text was cut there</source>
        <translation>%1: das Einsetzen von {{%2}} überschreitet die Größengrenze (%3 Zeichen pro Verwendung und eine Summe für die ganze Datei); der Text wurde dort abgeschnitten</translation>
    </message>
    <message>
        <source>%1: variables of the environment &quot;%2&quot; in %3 were used</source>
        <translation>%1: Variablen der Umgebung „%2“ aus %3 wurden verwendet</translation>
    </message>
    <message>
        <source>%1: variables of the environment &quot;%2&quot; in %3 were used; it also defines %4</source>
        <translation>%1: Variablen der Umgebung „%2“ aus %3 wurden verwendet; die Datei definiert außerdem %4</translation>
    </message>
    <message>
        <source>%1: pre-request scripts are not run; ignored</source>
        <translation>%1: Skripte vor der Anfrage werden nicht ausgeführt; ignoriert</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a header name; line ignored</source>
        <translation>%1: &quot;%2&quot; ist kein Header-Name; Zeile ignoriert</translation>
    </message>
</context>
<context>
    <name>Gatescope::HttpResponseReader</name>
    <message>
        <source>line ends with a bare LF (no CR) at byte %1; accepted</source>
        <translation>Zeile endet bei Byte %1 mit einem nackten LF (kein CR); akzeptiert</translation>
    </message>
    <message>
        <source>TLS record bytes where an HTTP status line should be at byte %1: the server speaks TLS on this port (try https://)</source>
        <translation>TLS-Record-Bytes, wo bei Byte %1 eine HTTP-Statuszeile stehen sollte: der Server spricht auf diesem Port TLS (versuchen Sie https://)</translation>
    </message>
    <message>
        <source>an HTTP/2 SETTINGS frame where an HTTP/1.1 status line should be at byte %1: the server speaks only HTTP/2 on this port (h2c prior knowledge)</source>
        <translation>ein HTTP/2-SETTINGS-Frame, wo bei Byte %1 eine HTTP/1.1-Statuszeile stehen sollte: der Server spricht auf diesem Port nur HTTP/2 (h2c mit Vorwissen)</translation>
    </message>
    <message>
        <source>an SSH banner %1 where an HTTP status line should be at byte %2: this port runs SSH, not HTTP</source>
        <translation>ein SSH-Banner %1, wo bei Byte %2 eine HTTP-Statuszeile stehen sollte: auf diesem Port läuft SSH, nicht HTTP</translation>
    </message>
    <message>
        <source>HTML or XML without a status line at byte %1 (an HTTP/0.9-style reply): %2</source>
        <translation>HTML oder XML ohne Statuszeile bei Byte %1 (eine Antwort im Stil von HTTP/0.9): %2</translation>
    </message>
    <message>
        <source>JSON without a status line at byte %1: %2</source>
        <translation>JSON ohne Statuszeile bei Byte %1: %2</translation>
    </message>
    <message>
        <source>non-HTTP bytes where a status line should be at byte %1: %2</source>
        <translation>Nicht-HTTP-Bytes, wo bei Byte %1 eine Statuszeile stehen sollte: %2</translation>
    </message>
    <message>
        <source>status line and headers exceed the limit of %1 bytes at byte %2 without the end of the header block</source>
        <translation>Statuszeile und Header überschreiten bei Byte %2 die Grenze von %1 Bytes ohne das Ende des Header-Blocks</translation>
    </message>
    <message>
        <source>empty line before the status line at byte %1; skipped</source>
        <translation>leere Zeile vor der Statuszeile bei Byte %1; übersprungen</translation>
    </message>
    <message>
        <source>protocol name in the status line is not upper-case at byte %1: %2 (must be “HTTP”); accepted</source>
        <translation>Protokollname in der Statuszeile bei Byte %1 ist nicht großgeschrieben: %2 (muss „HTTP“ sein); akzeptiert</translation>
    </message>
    <message>
        <source>status line does not start with “HTTP/” at byte %1: %2</source>
        <translation>Statuszeile beginnt bei Byte %1 nicht mit „HTTP/“: %2</translation>
    </message>
    <message>
        <source>unexpected protocol version %1 in the status line at byte %2 (HTTP/1.1 or HTTP/1.0 expected)</source>
        <translation>unerwartete Protokollversion %1 in der Statuszeile bei Byte %2 (HTTP/1.1 oder HTTP/1.0 erwartet)</translation>
    </message>
    <message>
        <source>status line has no status code at byte %1: %2</source>
        <translation>Statuszeile hat bei Byte %1 keinen Statuscode: %2</translation>
    </message>
    <message>
        <source>more than one space before the status code at byte %1; accepted</source>
        <translation>mehr als ein Leerzeichen vor dem Statuscode bei Byte %1; akzeptiert</translation>
    </message>
    <message>
        <source>status line has no three-digit status code at byte %1: %2</source>
        <translation>Statuszeile hat bei Byte %1 keinen dreistelligen Statuscode: %2</translation>
    </message>
    <message>
        <source>status code %1 is not three digits at byte %2</source>
        <translation>Statuscode %1 bei Byte %2 hat nicht drei Ziffern</translation>
    </message>
    <message>
        <source>status code %1 at byte %2 is below 100</source>
        <translation>Statuscode %1 bei Byte %2 ist kleiner als 100</translation>
    </message>
    <message>
        <source>status code %1 at byte %2 is outside 100–599</source>
        <translation>Statuscode %1 bei Byte %2 liegt außerhalb von 100–599</translation>
    </message>
    <message>
        <source>status line ends after the code at byte %1 without the space RFC 9112 requires before the (empty) reason; accepted</source>
        <translation>Statuszeile endet bei Byte %1 nach dem Code ohne das Leerzeichen, das RFC 9112 vor dem (leeren) Grund verlangt; akzeptiert</translation>
    </message>
    <message>
        <source>no space between the status code and the reason at byte %1; accepted</source>
        <translation>kein Leerzeichen zwischen Statuscode und Grund bei Byte %1; akzeptiert</translation>
    </message>
    <message>
        <source>line starting with whitespace right after the status line at byte %1; ignored</source>
        <translation>Zeile, die direkt nach der Statuszeile mit Leerraum beginnt, bei Byte %1; ignoriert</translation>
    </message>
    <message>
        <source>obsolete line folding at byte %1: a line starting with whitespace continues “%2”; joined with a space</source>
        <translation>veraltete Zeilenfaltung bei Byte %1: eine mit Leerraum beginnende Zeile setzt „%2“ fort; mit einem Leerzeichen verbunden</translation>
    </message>
    <message>
        <source>header line without &apos;:&apos; at byte %1: %2</source>
        <translation>Header-Zeile ohne &apos;:&apos; bei Byte %1: %2</translation>
    </message>
    <message>
        <source>header line with an empty field name at byte %1: %2</source>
        <translation>Header-Zeile mit leerem Feldnamen bei Byte %1: %2</translation>
    </message>
    <message>
        <source>whitespace between the field name “%1” and &apos;:&apos; at byte %2; removed as a proxy must</source>
        <translation>Leerraum zwischen dem Feldnamen „%1“ und &apos;:&apos; bei Byte %2; entfernt, wie ein Proxy es muss</translation>
    </message>
    <message>
        <source>invalid character %1 in the field name %2 at byte %3</source>
        <translation>ungültiges Zeichen %1 im Feldnamen %2 bei Byte %3</translation>
    </message>
    <message>
        <source>control character %1 in the value of %2 at byte %3</source>
        <translation>Steuerzeichen %1 im Wert von %2 bei Byte %3</translation>
    </message>
    <message>
        <source>more than %1 interim (1xx) responses; the one at byte %2 is one too many</source>
        <translation>mehr als %1 vorläufige (1xx-)Antworten; die bei Byte %2 ist eine zu viel</translation>
    </message>
    <message>
        <source>interim response %1 %2 at byte %3; recorded and skipped</source>
        <translation>vorläufige Antwort %1 %2 bei Byte %3; aufgezeichnet und übersprungen</translation>
    </message>
    <message>
        <source>both Content-Length (%1) and Transfer-Encoding (%2) at byte %3; Transfer-Encoding wins (RFC 9112 §6.3)</source>
        <translation>sowohl Content-Length (%1) als auch Transfer-Encoding (%2) bei Byte %3; Transfer-Encoding gewinnt (RFC 9112 §6.3)</translation>
    </message>
    <message>
        <source>transfer codings %1 at byte %2: only chunked is undone; the body is kept as de-chunked</source>
        <translation>Transfer-Codings %1 bei Byte %2: nur chunked wird rückgängig gemacht; der Body bleibt ent-chunked erhalten</translation>
    </message>
    <message>
        <source>Transfer-Encoding %1 at byte %2 does not end in chunked: the body is read until the peer closes</source>
        <translation>Transfer-Encoding %1 bei Byte %2 endet nicht auf chunked: der Body wird gelesen, bis die Gegenstelle schließt</translation>
    </message>
    <message>
        <source>invalid Content-Length %1 at byte %2</source>
        <translation>ungültige Content-Length %1 bei Byte %2</translation>
    </message>
    <message>
        <source>conflicting Content-Length values %1 and %2 at byte %3: the body&apos;s end cannot be known</source>
        <translation>widersprüchliche Content-Length-Werte %1 und %2 bei Byte %3: das Ende des Bodys ist nicht bestimmbar</translation>
    </message>
    <message>
        <source>Content-Length %1 repeated at byte %2 with the same value; accepted (some gateways reject duplicates)</source>
        <translation>Content-Length %1 bei Byte %2 mit demselben Wert wiederholt; akzeptiert (manche Gateways lehnen Duplikate ab)</translation>
    </message>
    <message>
        <source>no Content-Length and no chunked encoding: the body starting at byte %1 ends when the peer closes the connection</source>
        <translation>weder Content-Length noch Chunked-Encoding: der Body ab Byte %1 endet, wenn die Gegenstelle die Verbindung schließt</translation>
    </message>
    <message>
        <source>the %1 body cannot be decoded at byte %2 (%3); the body is kept as received</source>
        <translation>der %1-Body kann bei Byte %2 nicht dekodiert werden (%3); der Body bleibt wie empfangen</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the %2 stream were ignored (message ends at byte %3)</source>
        <translation>%1 Bytes nach dem Ende des %2-Stroms wurden ignoriert (die Nachricht endet bei Byte %3)</translation>
    </message>
    <message>
        <source>chunk size line at byte %1 is longer than %2 bytes</source>
        <translation>Chunk-Größenzeile bei Byte %1 ist länger als %2 Bytes</translation>
    </message>
    <message>
        <source>chunk data ends with a bare LF (no CR) at byte %1; accepted</source>
        <translation>Chunk-Daten enden bei Byte %1 mit einem nackten LF (kein CR); akzeptiert</translation>
    </message>
    <message>
        <source>chunk data not followed by CRLF at byte %1: found %2 after a chunk of %3 bytes</source>
        <translation>auf Chunk-Daten folgt bei Byte %1 kein CRLF: %2 nach einem Chunk von %3 Bytes gefunden</translation>
    </message>
    <message>
        <source>chunk data followed by CR without LF at byte %1</source>
        <translation>auf Chunk-Daten folgt bei Byte %1 CR ohne LF</translation>
    </message>
    <message>
        <source>trailer section exceeds the limit of %1 bytes at byte %2</source>
        <translation>der Trailer-Abschnitt überschreitet bei Byte %2 die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>trailer line without a field name and &apos;:&apos; at byte %1: %2; ignored</source>
        <translation>Trailer-Zeile ohne Feldnamen und &apos;:&apos; bei Byte %1: %2; ignoriert</translation>
    </message>
    <message>
        <source>invalid chunk size %1 at byte %2 (hexadecimal digits expected)</source>
        <translation>ungültige Chunk-Größe %1 bei Byte %2 (Hexadezimalziffern erwartet)</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the message at byte %2: %3</source>
        <translation>%1 Bytes nach dem Ende der Nachricht bei Byte %2: %3</translation>
    </message>
    <message>
        <source> (a second response: the server answered twice, or the first one&apos;s framing is wrong)</source>
        <translation> (eine zweite Antwort: der Server hat zweimal geantwortet, oder die Rahmung der ersten ist falsch)</translation>
    </message>
    <message>
        <source>peer closed after %1 bytes</source>
        <translation>Gegenstelle hat nach %1 Bytes geschlossen</translation>
    </message>
    <message>
        <source>incomplete after %1 bytes</source>
        <translation>unvollständig nach %1 Bytes</translation>
    </message>
    <message>
        <source>peer closed after 0 bytes (empty reply)</source>
        <translation>Gegenstelle hat nach 0 Bytes geschlossen (leere Antwort)</translation>
    </message>
    <message>
        <source>no bytes received yet</source>
        <translation>noch keine Bytes empfangen</translation>
    </message>
    <message>
        <source>%1, before the final status line (after %2 interim responses)</source>
        <translation>%1, vor der endgültigen Statuszeile (nach %2 vorläufigen Antworten)</translation>
    </message>
    <message>
        <source>peer closed after %1 bytes of the status line</source>
        <translation>Gegenstelle hat nach %1 Bytes der Statuszeile geschlossen</translation>
    </message>
    <message>
        <source>incomplete after %1 bytes of the status line</source>
        <translation>unvollständig nach %1 Bytes der Statuszeile</translation>
    </message>
    <message>
        <source>%1, %2 bytes into the status line</source>
        <translation>%1, %2 Bytes in der Statuszeile</translation>
    </message>
    <message>
        <source>%1, inside the header block</source>
        <translation>%1, innerhalb des Header-Blocks</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>received %1 of %2 body bytes</source>
        <translation>%1 von %2 Body-Bytes empfangen</translation>
    </message>
    <message>
        <source>chunked body cut inside a chunk (%1 of %2 bytes of it), %3 bytes into the chunked body</source>
        <translation>Chunked-Body innerhalb eines Chunks abgeschnitten (%1 von %2 Bytes davon), %3 Bytes in den Chunked-Body hinein</translation>
    </message>
    <message>
        <source>chunked body cut in the trailer section, %1 bytes into the chunked body</source>
        <translation>Chunked-Body im Trailer-Abschnitt abgeschnitten, %1 Bytes in den Chunked-Body hinein</translation>
    </message>
    <message>
        <source>chunked body cut before the last chunk, %1 bytes into the chunked body</source>
        <translation>Chunked-Body vor dem letzten Chunk abgeschnitten, %1 Bytes in den Chunked-Body hinein</translation>
    </message>
    <message>
        <source>received %1 body bytes</source>
        <translation>%1 Body-Bytes empfangen</translation>
    </message>
    <message>
        <source>the peer closed at byte %1: received %2 of %3 body bytes</source>
        <translation>die Gegenstelle hat bei Byte %1 geschlossen: %2 von %3 Body-Bytes empfangen</translation>
    </message>
    <message>
        <source>the peer closed at byte %1: %2</source>
        <translation>die Gegenstelle hat bei Byte %1 geschlossen: %2</translation>
    </message>
    <message>
        <source>bare CR (not followed by LF) at byte %1 before the status line; skipped</source>
        <translation>nacktes CR (ohne folgendes LF) bei Byte %1 vor der Statuszeile; übersprungen</translation>
    </message>
    <message>
        <source>; a peer that ends lines at a bare CR reads %1 as a field of its own and frames the body by it</source>
        <translation>; eine Gegenstelle, die Zeilen an einem nackten CR beendet, liest %1 als eigenes Feld und rahmt den Body danach</translation>
    </message>
    <message>
        <source>; a peer that ends lines at a bare CR reads %1 as a field of its own</source>
        <translation>; eine Gegenstelle, die Zeilen an einem nackten CR beendet, liest %1 als eigenes Feld</translation>
    </message>
    <message>
        <source>tab instead of a space after the protocol version at byte %1; accepted</source>
        <translation>Tabulator statt Leerzeichen nach der Protokollversion bei Byte %1; akzeptiert</translation>
    </message>
    <message>
        <source>bare CR (not followed by LF) at byte %1 inside the chunk size line %2: readers disagree where the chunk data starts</source>
        <translation>nacktes CR (ohne folgendes LF) bei Byte %1 in der Chunk-Größenzeile %2: Leser sind uneins, wo die Chunk-Daten beginnen</translation>
    </message>
    <message>
        <source>sign %1 before the chunk size %2 at byte %3: a chunk size is bare hexadecimal digits</source>
        <translation>Vorzeichen %1 vor der Chunk-Größe %2 bei Byte %3: eine Chunk-Größe besteht nur aus Hexadezimalziffern</translation>
    </message>
    <message>
        <source>chunk size %1 at byte %2 is too large: it overflows 63 bits at byte %3</source>
        <translation>Chunk-Größe %1 bei Byte %2 ist zu groß: sie überschreitet bei Byte %3 63 Bit</translation>
    </message>
    <message>
        <source>whitespace after the chunk size %1 at byte %2 with no extension after it; accepted</source>
        <translation>Leerraum nach der Chunk-Größe %1 bei Byte %2 ohne folgende Erweiterung; akzeptiert</translation>
    </message>
    <message>
        <source>invalid character %1 in the chunk extensions of %2 at byte %3; ignored</source>
        <translation>ungültiges Zeichen %1 in den Chunk-Erweiterungen von %2 bei Byte %3; ignoriert</translation>
    </message>
    <message>
        <source>empty chunk extension at byte %1 in %2: a name must follow “;”; ignored</source>
        <translation>leere Chunk-Erweiterung bei Byte %1 in %2: auf „;“ muss ein Name folgen; ignoriert</translation>
    </message>
    <message>
        <source>the quoted chunk extension value opened at byte %1 is not closed before the end of the line %2; ignored</source>
        <translation>der bei Byte %1 geöffnete Chunk-Erweiterungswert in Anführungszeichen wird vor dem Ende der Zeile %2 nicht geschlossen; ignoriert</translation>
    </message>
    <message>
        <source>chunk extension without a value after “=” at byte %1 in %2; ignored</source>
        <translation>Chunk-Erweiterung ohne Wert nach „=“ bei Byte %1 in %2; ignoriert</translation>
    </message>
    <message>
        <source>bare CR (not followed by LF) at byte %1 inside the status line; replaced with a space as RFC 9112 §2.2 allows</source>
        <translation>nacktes CR (ohne folgendes LF) bei Byte %1 in der Statuszeile; durch ein Leerzeichen ersetzt, wie RFC 9112 §2.2 es erlaubt</translation>
    </message>
    <message>
        <source>bare CR (not followed by LF) at byte %1 inside a header line; replaced with a space as RFC 9112 §2.2 allows</source>
        <translation>nacktes CR (ohne folgendes LF) bei Byte %1 in einer Header-Zeile; durch ein Leerzeichen ersetzt, wie RFC 9112 §2.2 es erlaubt</translation>
    </message>
    <message>
        <source>bare CR (not followed by LF) at byte %1 inside a trailer line; replaced with a space as RFC 9112 §2.2 allows</source>
        <translation>nacktes CR (ohne folgendes LF) bei Byte %1 in einer Trailer-Zeile; durch ein Leerzeichen ersetzt, wie RFC 9112 §2.2 es erlaubt</translation>
    </message>
    <message>
        <source>“0x” prefix on the chunk size %1 at byte %2: a chunk size is bare hexadecimal digits; some readers take this for 0 (the last chunk), others skip the prefix</source>
        <translation>Präfix „0x“ vor der Chunk-Größe %1 bei Byte %2: eine Chunk-Größe besteht nur aus Hexadezimalziffern; manche Leser halten dies für 0 (den letzten Chunk), andere überspringen das Präfix</translation>
    </message>
</context>
<context>
    <name>Gatescope::HttpieImporter</name>
    <message>
        <source>%1: the HTTPie option &apos;%2&apos; is not known; ignored</source>
        <translation>%1: die HTTPie-Option &apos;%2&apos; ist unbekannt; ignoriert</translation>
    </message>
    <message>
        <source>%1: the HTTPie option %2 has no value; ignored</source>
        <translation>%1: die HTTPie-Option %2 hat keinen Wert; ignoriert</translation>
    </message>
    <message>
        <source>%1: the body comes from the file &apos;%2&apos; (&quot;&lt; %2&quot;); file contents are not read, so the body is empty</source>
        <translation>%1: der Body kommt aus der Datei &apos;%2&apos; (&quot;&lt; %2&quot;); Dateiinhalte werden nicht gelesen, der Body ist daher leer</translation>
    </message>
    <message>
        <source>%1: a file item (name@file) needs --form or --multipart; HTTPie stops with an error here, it is read as a multipart form</source>
        <translation>%1: ein Datei-Element (name@datei) braucht --form oder --multipart; HTTPie bricht hier mit einem Fehler ab, gelesen wird es als Multipart-Formular</translation>
    </message>
    <message>
        <source>%1: --raw and data items together are refused by HTTPie; the --raw body is read</source>
        <translation>%1: --raw zusammen mit Daten-Elementen lehnt HTTPie ab; gelesen wird der --raw-Body</translation>
    </message>
    <message>
        <source>%1: the HTTPie session &apos;%2&apos; is not read; headers and cookies saved in it are not sent</source>
        <translation>%1: die HTTPie-Sitzung &apos;%2&apos; wird nicht gelesen; darin gespeicherte Header und Cookies werden nicht gesendet</translation>
    </message>
    <message>
        <source>%1: the client certificate &apos;%2&apos; is not read</source>
        <translation>%1: das Client-Zertifikat &apos;%2&apos; wird nicht gelesen</translation>
    </message>
    <message>
        <source>%1: the query parameter &apos;%2&apos; comes from the file &apos;%3&apos;; file contents are not read</source>
        <translation>%1: der Query-Parameter &apos;%2&apos; kommt aus der Datei &apos;%3&apos;; Dateiinhalte werden nicht gelesen</translation>
    </message>
    <message>
        <source>%1: -a gives no password; HTTPie would ask for it, so the password is read as empty</source>
        <translation>%1: -a nennt kein Passwort; HTTPie würde danach fragen, das Passwort wird daher als leer gelesen</translation>
    </message>
    <message>
        <source>%1: the HTTPie auth type &apos;%2&apos; is not supported; no Authorization header is sent</source>
        <translation>%1: der HTTPie-Authentifizierungstyp &apos;%2&apos; wird nicht unterstützt; es wird kein Authorization-Header gesendet</translation>
    </message>
    <message>
        <source>%1: the nested JSON path &apos;%2&apos; is not expanded; it is sent as one key</source>
        <translation>%1: der verschachtelte JSON-Pfad &apos;%2&apos; wird nicht aufgelöst; er wird als ein Schlüssel gesendet</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not JSON; HTTPie refuses it, it is sent as written</source>
        <translation>%1: &apos;%2&apos; ist kein JSON; HTTPie lehnt es ab, es wird so gesendet, wie es dasteht</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; comes from the file &apos;%3&apos;; file contents are not read, so it is empty</source>
        <translation>%1: das Feld &apos;%2&apos; kommt aus der Datei &apos;%3&apos;; Dateiinhalte werden nicht gelesen, es ist daher leer</translation>
    </message>
    <message>
        <source>%1: the form part &apos;%2&apos; names the file &apos;%3&apos;; file contents are not read, so that part of the body is empty</source>
        <translation>%1: der Formularteil &apos;%2&apos; nennt die Datei &apos;%3&apos;; Dateiinhalte werden nicht gelesen, dieser Teil des Bodys ist daher leer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HTTPie stopped with an error of its own below the command; the request was not sent, so there is no response</source>
        <translation>%1: HTTPie ist unter dem Befehl mit einem eigenen Fehler abgebrochen; die Anfrage wurde nicht gesendet, es gibt daher keine Antwort</translation>
    </message>
</context>
<context>
    <name>Gatescope::InvokeWebRequestExporter</name>
    <message>
        <source>the header %1 is switched off; Invoke-WebRequest may send its own</source>
        <extracomment>%1 = header name</extracomment>
        <translation>der Header %1 ist ausgeschaltet; Invoke-WebRequest sendet womöglich einen eigenen</translation>
    </message>
    <message>
        <source>HTTP/2 with prior knowledge has no Invoke-WebRequest parameter</source>
        <translation>HTTP/2 mit Vorwissen (prior knowledge) hat keinen Invoke-WebRequest-Parameter</translation>
    </message>
    <message>
        <source>%1 has no Invoke-WebRequest parameter; the request goes where DNS says</source>
        <extracomment>%1 = curl option and its argument, e.g. &quot;--resolve a.test:443:10.0.0.1&quot;</extracomment>
        <translation>%1 hat keinen Invoke-WebRequest-Parameter; die Anfrage geht dorthin, wohin DNS zeigt</translation>
    </message>
</context>
<context>
    <name>Gatescope::InvokeWebRequestImporter</name>
    <message>
        <source>%1: %2: this Invoke-WebRequest call names no address Gatescope can read (-Uri with the URL written out)</source>
        <translation>%1: %2: Dieser Invoke-WebRequest-Aufruf nennt keine Adresse, die Gatescope lesen kann (-Uri mit ausgeschriebener URL)</translation>
    </message>
    <message>
        <source>%1: the body is a hash table through ConvertTo-Json, rebuilt as compact JSON; PowerShell writes it indented and in its own key order</source>
        <translation>%1: Der Body ist eine Hashtabelle über ConvertTo-Json, als kompaktes JSON nachgebaut; PowerShell schreibt sie eingerückt und in eigener Schlüsselreihenfolge</translation>
    </message>
    <message>
        <source>%1: %2: the -Body expression was not read; the request has no body</source>
        <translation>%1: %2: Der -Body-Ausdruck wurde nicht gelesen; die Anfrage hat keinen Body</translation>
    </message>
    <message>
        <source>%1: the body comes from the file %2 (-InFile), which is not read</source>
        <translation>%1: Der Body kommt aus der Datei %2 (-InFile), die nicht gelesen wird</translation>
    </message>
    <message>
        <source>%1: read a PowerShell Invoke-WebRequest call (&quot;Copy as PowerShell&quot;) as the request it describes; PowerShell adds what the call does not set (its own User-Agent when none is given, Content-Length)</source>
        <translation>%1: Ein PowerShell-Aufruf von Invoke-WebRequest („Als PowerShell kopieren“) wurde als die Anfrage gelesen, die er beschreibt; PowerShell ergänzt, was der Aufruf nicht setzt (einen eigenen User-Agent, wenn keiner angegeben ist, Content-Length)</translation>
    </message>
    <message>
        <source>%1: PowerShell variables that are not assigned in the text were left as written: %2</source>
        <translation>%1: PowerShell-Variablen, die im Text nicht zugewiesen werden, blieben wie geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::KeepAliveReport</name>
    <message>
        <source>no known idle timeout for &apos;%1&apos; (known: %2); give it in seconds</source>
        <translation>kein bekanntes Ruhe-Timeout für &apos;%1&apos; (bekannt: %2); in Sekunden angeben</translation>
    </message>
    <message>
        <source>Stopped by you.</source>
        <translation>Von dir angehalten.</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>The server answered %1 without a Keep-Alive field.</source>
        <translation>Der Server antwortete %1 ohne Keep-Alive-Feld.</translation>
    </message>
    <message>
        <source>The server answered %1 with Keep-Alive: %2 (advertised timeout %3 s).</source>
        <translation>Der Server antwortete %1 mit Keep-Alive: %2 (angekündigtes Timeout %3 s).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>It closed the connection with its answer (Connection: close, HTTP/1.0 or a failure): nothing is reused, so there is no keep-alive race with this server.</source>
        <translation>Er schloss die Verbindung mit seiner Antwort (Connection: close, HTTP/1.0 oder ein Fehler): nichts wird wiederverwendet, also gibt es mit diesem Server keinen Keep-Alive-Wettlauf.</translation>
    </message>
    <message>
        <source>The idle connection was still open after %1 s (the bound of this measurement): the server keeps idle connections at least that long.</source>
        <translation>Die ruhende Verbindung war nach %1 s noch offen (die Grenze dieser Messung): der Server hält ruhende Verbindungen mindestens so lange.</translation>
    </message>
    <message>
        <source>The server closed the idle connection after %1 s, with a %2.</source>
        <translation>Der Server schloss die ruhende Verbindung nach %1 s, mit einem %2.</translation>
    </message>
    <message>
        <source>reset (RST)</source>
        <translation>Reset (RST)</translation>
    </message>
    <message>
        <source>FIN (an orderly close)</source>
        <translation>FIN (geordnetes Schließen)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In front: %1 keeps idle connections %2 s (as you gave it).</source>
        <translation>Davor: %1 hält ruhende Verbindungen %2 s (wie von dir angegeben).</translation>
    </message>
    <message>
        <source>In front: %1 keeps idle connections %2 s by default (%3).</source>
        <translation>Davor: %1 hält ruhende Verbindungen standardmäßig %2 s (%3).</translation>
    </message>
    <message>
        <source>its idle timeout for upstream connections</source>
        <translation>sein Ruhe-Timeout für Upstream-Verbindungen</translation>
    </message>
    <message>
        <source>TOO SHORT: this server closes idle connections after %1 s, but %2 reuses them for up to %3 s. A request %2 sends on a connection idle for %1 s or more meets the close: an intermittent 502 (on some products 504).</source>
        <translation>ZU KURZ: dieser Server schließt ruhende Verbindungen nach %1 s, aber %2 verwendet sie bis zu %3 s wieder. Eine Anfrage, die %2 über eine seit %1 s oder länger ruhende Verbindung sendet, trifft auf das Schließen: ein sporadischer 502 (bei manchen Produkten 504).</translation>
    </message>
    <message>
        <source>Fix: on %1 set %2 below %3 s (say %4 s), or raise this server&apos;s keep-alive timeout above %5 s.</source>
        <translation>Abhilfe: bei %1 %2 unter %3 s setzen (etwa %4 s) oder das Keep-Alive-Timeout dieses Servers über %5 s anheben.</translation>
    </message>
    <message>
        <source>TIGHT: this server keeps idle connections only %1 s longer than %2 reuses them; a slow network or a busy %2 can still meet the close. Fix: on %2 set %3 at least a second below %4 s.</source>
        <translation>KNAPP: dieser Server hält ruhende Verbindungen nur %1 s länger, als %2 sie wiederverwendet; ein langsames Netz oder ein ausgelastetes %2 kann das Schließen dennoch treffen. Abhilfe: bei %2 %3 mindestens eine Sekunde unter %4 s setzen.</translation>
    </message>
    <message>
        <source>Safe: this server keeps idle connections longer than %1 reuses them.</source>
        <translation>Sicher: dieser Server hält ruhende Verbindungen länger, als %1 sie wiederverwendet.</translation>
    </message>
    <message>
        <source>A gateway in front must stop reusing idle connections before this: its upstream idle timeout must be shorter than %1 s (give it with --front or --front-timeout).</source>
        <translation>Ein Gateway davor muss ruhende Verbindungen vorher aufgeben: sein Ruhe-Timeout zum Upstream muss kürzer als %1 s sein (mit --front oder --front-timeout angeben).</translation>
    </message>
    <message numerus="yes">
        <source>The server never closed the idle connection by itself, but met a request sent after about %1 s of idleness with a close (bisection over %n trial(s)).</source>
        <translation>
            <numerusform>Der Server schloss die ruhende Verbindung nie von sich aus, beantwortete aber eine Anfrage nach etwa %1 s Ruhe mit dem Schließen (Bisektion über %n Versuch).</numerusform>
            <numerusform>Der Server schloss die ruhende Verbindung nie von sich aus, beantwortete aber eine Anfrage nach etwa %1 s Ruhe mit dem Schließen (Bisektion über %n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: on %1 set %2 below %3 s (say %4 s), or raise this server&apos;s %5 above %6 s.</source>
        <translation>Abhilfe: bei %1 %2 unter %3 s setzen (etwa %4 s) oder %5 dieses Servers über %6 s anheben.</translation>
    </message>
</context>
<context>
    <name>Gatescope::Lab</name>
    <message>
        <source>The lab&apos;s fault origin could not listen on 127.0.0.1: %1</source>
        <translation>Der Fehler-Origin des Labors konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <source>The lab&apos;s origins could not listen on 127.0.0.1.</source>
        <translation>Die Origins des Labors konnten nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>The lab gateway for &apos;%1&apos; could not listen on 127.0.0.1.</source>
        <translation>Das Labor-Gateway für &apos;%1&apos; konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>500 — an unhandled exception in the application</source>
        <translation>500 — eine unbehandelte Ausnahme in der Anwendung</translation>
    </message>
    <message>
        <source>The order service throws a NullPointerException while rendering the response. Its framework turns it into a 500 error page with the stack trace, and the lab gateway passes it through unchanged.</source>
        <translation>Der Bestelldienst wirft beim Rendern der Antwort eine NullPointerException. Sein Framework macht daraus eine 500-Fehlerseite mit Stacktrace, und das Labor-Gateway reicht sie unverändert durch.</translation>
    </message>
    <message>
        <source>500: unhandled exception at the application layer</source>
        <translation>500: unbehandelte Ausnahme in der Anwendungsschicht</translation>
    </message>
    <message>
        <source>500 — the database gave an answer the application could not use</source>
        <translation>500 — die Datenbank gab eine Antwort, mit der die Anwendung nichts anfangen konnte</translation>
    </message>
    <message>
        <source>The application asked its database for a row and got back a protocol error instead of a result set. It cannot finish the request and reports a 500 naming the database.</source>
        <translation>Die Anwendung hat ihre Datenbank nach einer Zeile gefragt und statt einer Ergebnismenge einen Protokollfehler erhalten. Sie kann die Anfrage nicht abschließen und meldet ein 500, das die Datenbank nennt.</translation>
    </message>
    <message>
        <source>500: invalid response from the database</source>
        <translation>500: ungültige Antwort der Datenbank</translation>
    </message>
    <message>
        <source>502 — HTML came back where JSON was expected</source>
        <translation>502 — HTML kam zurück, wo JSON erwartet wurde</translation>
    </message>
    <message>
        <source>The API call asks for JSON, but the origin redirects to its login page and answers with HTML. The lab gateway validates the content type for JSON callers and answers 502 instead of passing HTML on.</source>
        <translation>Der API-Aufruf verlangt JSON, aber der Origin leitet auf seine Anmeldeseite weiter und antwortet mit HTML. Das Labor-Gateway prüft für JSON-Aufrufer den Inhaltstyp und antwortet mit 502, statt HTML weiterzureichen.</translation>
    </message>
    <message>
        <source>502: unexpected response form (HTML where JSON was expected)</source>
        <translation>502: unerwartete Antwortform (HTML, wo JSON erwartet wurde)</translation>
    </message>
    <message>
        <source>502 — a firewall answered in the origin&apos;s place</source>
        <translation>502 — eine Firewall hat an Stelle des Origin geantwortet</translation>
    </message>
    <message>
        <source>A firewall between the gateway and the origin intercepts the connection and answers with bytes that are not HTTP. The gateway cannot read them and reports 502.</source>
        <translation>Eine Firewall zwischen Gateway und Origin fängt die Verbindung ab und antwortet mit Bytes, die kein HTTP sind. Das Gateway kann sie nicht lesen und meldet 502.</translation>
    </message>
    <message>
        <source>502: a firewall between gateway and origin answers in its place</source>
        <translation>502: eine Firewall zwischen Gateway und Origin antwortet an dessen Stelle</translation>
    </message>
    <message>
        <source>502 — the upstream&apos;s name does not resolve</source>
        <translation>502 — der Name des Upstreams lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>The gateway is configured with an upstream host name that DNS does not know (a typo, a deleted record, a private zone the gateway cannot see). It never reaches the origin and answers 502.</source>
        <translation>Das Gateway ist mit einem Upstream-Hostnamen konfiguriert, den DNS nicht kennt (ein Tippfehler, ein gelöschter Eintrag, eine private Zone, die das Gateway nicht sieht). Es erreicht den Origin nie und antwortet mit 502.</translation>
    </message>
    <message>
        <source>502: network, routing or DNS failure between gateway and origin</source>
        <translation>502: Netzwerk-, Routing- oder DNS-Fehler zwischen Gateway und Origin</translation>
    </message>
    <message>
        <source>502 — the origin sent a broken body</source>
        <translation>502 — der Origin hat einen kaputten Body gesendet</translation>
    </message>
    <message>
        <source>The origin starts a chunked response and then writes a chunk size that is not hexadecimal. The gateway cannot frame the body and answers 502.</source>
        <translation>Der Origin beginnt eine Chunked-Antwort und schreibt dann eine Chunk-Größe, die nicht hexadezimal ist. Das Gateway kann den Body nicht rahmen und antwortet mit 502.</translation>
    </message>
    <message>
        <source>502: the origin returned an invalid body</source>
        <translation>502: der Origin hat einen ungültigen Body geliefert</translation>
    </message>
    <message>
        <source>503 — the service is at capacity</source>
        <translation>503 — der Dienst ist ausgelastet</translation>
    </message>
    <message>
        <source>The gateway allows two requests in flight to a slow origin. The scenario sends four at once: two are served, the others are turned away with 503 because there is no room.</source>
        <translation>Das Gateway erlaubt zwei laufende Anfragen an einen langsamen Origin. Das Szenario sendet vier auf einmal: zwei werden bedient, die anderen mit 503 abgewiesen, weil kein Platz ist.</translation>
    </message>
    <message>
        <source>503: the server is at capacity and refuses more work</source>
        <translation>503: der Server ist ausgelastet und lehnt weitere Arbeit ab</translation>
    </message>
    <message>
        <source>503 — every upstream has crashed</source>
        <translation>503 — jeder Upstream ist abgestürzt</translation>
    </message>
    <message>
        <source>Both application servers behind the gateway have crashed: nothing listens on their ports, so every health check fails and the gateway has no healthy upstream to send to.</source>
        <translation>Beide Anwendungsserver hinter dem Gateway sind abgestürzt: auf ihren Ports lauscht nichts, daher scheitert jede Health-Check-Prüfung und das Gateway hat keinen gesunden Upstream mehr.</translation>
    </message>
    <message>
        <source>503: the server has crashed and cannot accept connections</source>
        <translation>503: der Server ist abgestürzt und kann keine Verbindungen annehmen</translation>
    </message>
    <message>
        <source>503 — planned maintenance</source>
        <translation>503 — geplante Wartung</translation>
    </message>
    <message>
        <source>The operators switched the gateway into maintenance mode for a database migration. It answers 503 with Retry-After: 600 to every request.</source>
        <translation>Der Betrieb hat das Gateway für eine Datenbankmigration in den Wartungsmodus geschaltet. Es beantwortet jede Anfrage mit 503 und Retry-After: 600.</translation>
    </message>
    <message>
        <source>503: the server is in maintenance mode</source>
        <translation>503: der Server ist im Wartungsmodus</translation>
    </message>
    <message>
        <source>504 — too many concurrent requests</source>
        <translation>504 — zu viele gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>The origin has one worker that needs 0.7 s per request. The scenario sends a burst of six: the first two are answered in time, the rest wait in the origin&apos;s queue past the gateway&apos;s 2 s read timeout and get 504.</source>
        <translation>Der Origin hat einen Worker, der 0,7 s pro Anfrage braucht. Das Szenario sendet einen Schwall von sechs: die ersten beiden werden rechtzeitig beantwortet, der Rest wartet in der Warteschlange des Origin über das 2-s-Lese-Timeout des Gateways hinaus und bekommt 504.</translation>
    </message>
    <message>
        <source>504: too many concurrent requests on the origin</source>
        <translation>504: zu viele gleichzeitige Anfragen am Origin</translation>
    </message>
    <message>
        <source>504 — the origin hit an error and answered nothing</source>
        <translation>504 — der Origin ist auf einen Fehler gestoßen und hat nichts geantwortet</translation>
    </message>
    <message>
        <source>The origin&apos;s handler deadlocks after reading the request: it never writes a byte and never closes. The gateway waits for its 2 s read timeout and answers 504.</source>
        <translation>Der Handler des Origin gerät nach dem Lesen der Anfrage in einen Deadlock: er schreibt nie ein Byte und schließt nie. Das Gateway wartet sein 2-s-Lese-Timeout ab und antwortet 504.</translation>
    </message>
    <message>
        <source>504: the origin hit an error and sent nothing back</source>
        <translation>504: der Origin ist auf einen Fehler gestoßen und hat nichts zurückgeschickt</translation>
    </message>
    <message>
        <source>504 — the network between gateway and origin drops packets</source>
        <translation>504 — das Netzwerk zwischen Gateway und Origin verliert Pakete</translation>
    </message>
    <message>
        <source>The path to the origin loses everything after the handshake: the connection opens, but the request never arrives and no answer comes back. The gateway times out with 504 although the origin itself is healthy.</source>
        <translation>Der Weg zum Origin verliert nach dem Handshake alles: die Verbindung öffnet sich, aber die Anfrage kommt nie an und keine Antwort kommt zurück. Das Gateway läuft mit 504 ins Timeout, obwohl der Origin selbst gesund ist.</translation>
    </message>
    <message>
        <source>504: network failure between gateway and origin</source>
        <translation>504: Netzwerkfehler zwischen Gateway und Origin</translation>
    </message>
    <message>
        <source>Straight to the origin — connection refused</source>
        <translation>Direkt zum Origin — Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Nothing listens on the origin&apos;s port (the process is down). With no gateway in between, the client gets no HTTP answer at all; a gateway in front would have answered 502.</source>
        <translation>Auf dem Port des Origin lauscht nichts (der Prozess läuft nicht). Ohne Gateway dazwischen bekommt der Client überhaupt keine HTTP-Antwort; ein vorgelagertes Gateway hätte 502 geantwortet.</translation>
    </message>
    <message>
        <source>Transport failure without a gateway: refused</source>
        <translation>Transportfehler ohne Gateway: abgelehnt</translation>
    </message>
    <message>
        <source>Straight to the origin — connection reset</source>
        <translation>Direkt zum Origin — Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>The origin accepts the request and then aborts the connection with a TCP reset, as a crashing worker or a killed process does.</source>
        <translation>Der Origin nimmt die Anfrage an und bricht die Verbindung dann mit einem TCP-Reset ab, wie es ein abstürzender Worker oder ein beendeter Prozess tut.</translation>
    </message>
    <message>
        <source>Transport failure without a gateway: reset</source>
        <translation>Transportfehler ohne Gateway: zurückgesetzt</translation>
    </message>
    <message>
        <source>Straight to the origin — empty reply</source>
        <translation>Direkt zum Origin — leere Antwort</translation>
    </message>
    <message>
        <source>The origin reads the request and closes the connection without sending a single byte (curl calls it &apos;Empty reply from server&apos;).</source>
        <translation>Der Origin liest die Anfrage und schließt die Verbindung, ohne ein einziges Byte zu senden (curl nennt das &apos;Empty reply from server&apos;).</translation>
    </message>
    <message>
        <source>Transport failure without a gateway: closed early</source>
        <translation>Transportfehler ohne Gateway: vorzeitig geschlossen</translation>
    </message>
    <message>
        <source>Straight to the origin — bytes that are not HTTP</source>
        <translation>Direkt zum Origin — Bytes, die kein HTTP sind</translation>
    </message>
    <message>
        <source>Something other than an HTTP server answers on the port: an SSH banner and binary noise.</source>
        <translation>Auf dem Port antwortet etwas anderes als ein HTTP-Server: ein SSH-Banner und binäres Rauschen.</translation>
    </message>
    <message>
        <source>Transport failure without a gateway: invalid response</source>
        <translation>Transportfehler ohne Gateway: ungültige Antwort</translation>
    </message>
    <message>
        <source>Straight to the origin — TLS with an untrusted certificate</source>
        <translation>Direkt zum Origin — TLS mit einem nicht vertrauenswürdigen Zertifikat</translation>
    </message>
    <message>
        <source>The origin presents a self-signed certificate that no trusted authority signed. Verification fails before any HTTP is spoken.</source>
        <translation>Der Origin legt ein selbstsigniertes Zertifikat vor, das keine vertrauenswürdige Stelle signiert hat. Die Prüfung scheitert, bevor HTTP gesprochen wird.</translation>
    </message>
    <message>
        <source>Transport failure without a gateway: TLS failure</source>
        <translation>Transportfehler ohne Gateway: TLS-Fehler</translation>
    </message>
</context>
<context>
    <name>Gatescope::LoadScriptExporter</name>
    <message>
        <source>--ramp: &apos;%1&apos; is not FROM:TO:STEP:HOLD (such as 1:20:5:30)</source>
        <translation>--ramp: &apos;%1&apos; ist nicht FROM:TO:STEP:HOLD (wie 1:20:5:30)</translation>
    </message>
    <message>
        <source>--ramp: &apos;%1&apos; in &apos;%2&apos; is not a positive whole number</source>
        <translation>--ramp: &apos;%1&apos; in &apos;%2&apos; ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>--ramp: &apos;%1&apos; makes more than 1000 steps</source>
        <translation>--ramp: &apos;%1&apos; ergibt mehr als 1000 Stufen</translation>
    </message>
    <message>
        <source>%1 — the URL of request %2 (it holds a credential)</source>
        <translation>%1 — die URL von Anfrage %2 (sie enthält Zugangsdaten)</translation>
    </message>
    <message>
        <source>%1 — the %2 header</source>
        <translation>%1 — der Header %2</translation>
    </message>
    <message>
        <source>%1 — the body of request %2 (it holds a credential)</source>
        <translation>%1 — der Body von Anfrage %2 (er enthält Zugangsdaten)</translation>
    </message>
</context>
<context>
    <name>Gatescope::LoadTestResults</name>
    <message>
        <source>%1: line %2 is not Method,Name,Error,Occurrences</source>
        <translation>%1: Zeile %2 ist nicht Method,Name,Error,Occurrences</translation>
    </message>
    <message numerus="yes">
        <source>Locust: %n occurrence(s)</source>
        <translation>
            <numerusform>Locust: %n Vorkommen</numerusform>
            <numerusform>Locust: %n Vorkommen</numerusform>
        </translation>
    </message>
    <message>
        <source>k6 summary: count %1</source>
        <translation>k6-Zusammenfassung: Anzahl %1</translation>
    </message>
    <message>
        <source>%1: k6&apos;s summary counts %2 requests, %3 of them failed (http_req_failed)%4, but not their statuses; run k6 with --out json=FILE, or with a threshold on http_reqs{status:502} (and the other 5xx), to diagnose them</source>
        <translation>%1: Die Zusammenfassung von k6 zählt %2 Anfragen, davon %3 fehlgeschlagen (http_req_failed)%4, aber nicht ihre Statuscodes; führen Sie k6 mit --out json=DATEI oder mit einem Schwellwert auf http_reqs{status:502} (und die anderen 5xx) aus, um sie zu diagnostizieren</translation>
    </message>
    <message>
        <source>, %1 with a 5xx</source>
        <translation>, %1 mit einem 5xx</translation>
    </message>
    <message>
        <source>%1: the locustfile raised “%2” (count %3): an error of the script, not an answer of the server</source>
        <translation>%1: Die Locustfile hat „%2“ ausgelöst (Anzahl %3): ein Fehler des Skripts, keine Antwort des Servers</translation>
    </message>
    <message>
        <source>%1: Locust recorded no exception</source>
        <translation>%1: Locust hat keine Ausnahme aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>Gatescope::LogCauses</name>
    <message>
        <source>upstream 127.0.0.1:8181 is the NGINX Ingress Controller&apos;s stand-in for a Service without ready endpoints</source>
        <translation>Upstream 127.0.0.1:8181 ist der Platzhalter des NGINX Ingress Controllers für einen Service ohne bereite Endpunkte</translation>
    </message>
</context>
<context>
    <name>Gatescope::LogFormats</name>
    <message>
        <source>nginx error.log (also Kong)</source>
        <translation>nginx error.log (auch Kong)</translation>
    </message>
    <message>
        <source>nginx access log with upstream fields (key=value)</source>
        <translation>nginx-Zugriffsprotokoll mit Upstream-Feldern (key=value)</translation>
    </message>
    <message>
        <source>ingress-nginx default access log</source>
        <translation>Standard-Zugriffsprotokoll von ingress-nginx</translation>
    </message>
    <message>
        <source>Combined/Common Log Format (nginx, Apache, varnishncsa)</source>
        <translation>Combined/Common Log Format (nginx, Apache, varnishncsa)</translation>
    </message>
    <message>
        <source>Apache access log with %D</source>
        <translation>Apache-Zugriffsprotokoll mit %D</translation>
    </message>
    <message>
        <source>Apache error log</source>
        <translation>Apache-Fehlerprotokoll</translation>
    </message>
    <message>
        <source>HAProxy HTTP log (option httplog)</source>
        <translation>HAProxy-HTTP-Protokoll (option httplog)</translation>
    </message>
    <message>
        <source>Envoy default access log</source>
        <translation>Envoy-Standard-Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Envoy JSON access log</source>
        <translation>Envoy-JSON-Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Caddy JSON log</source>
        <translation>Caddy-JSON-Protokoll</translation>
    </message>
    <message>
        <source>Traefik JSON access log</source>
        <translation>Traefik-JSON-Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Traefik CLF access log</source>
        <translation>Traefik-CLF-Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>varnishlog transactions</source>
        <translation>varnishlog-Transaktionen</translation>
    </message>
    <message>
        <source>Squid native access.log</source>
        <translation>Squid-access.log im nativen Format</translation>
    </message>
    <message>
        <source>Squid cache.log</source>
        <translation>Squid-cache.log</translation>
    </message>
    <message>
        <source>AWS Application Load Balancer access log</source>
        <translation>Zugriffsprotokoll des AWS Application Load Balancer</translation>
    </message>
    <message>
        <source>Amazon CloudFront standard log</source>
        <translation>Amazon-CloudFront-Standardprotokoll</translation>
    </message>
    <message>
        <source>Amazon API Gateway execution log</source>
        <translation>Amazon-API-Gateway-Ausführungsprotokoll</translation>
    </message>
    <message>
        <source>Heroku router log</source>
        <translation>Heroku-Router-Protokoll</translation>
    </message>
    <message>
        <source>Google Cloud HTTP(S) load balancer log (JSON)</source>
        <translation>Protokoll des Google-Cloud-HTTP(S)-Load-Balancers (JSON)</translation>
    </message>
    <message>
        <source>Cloudflare Logpush HTTP requests (JSON)</source>
        <translation>Cloudflare-Logpush-HTTP-Anfragen (JSON)</translation>
    </message>
    <message>
        <source>Traefik text log (debug lines that name a 5xx and its cause)</source>
        <translation>Traefik-Textlog (Debug-Zeilen, die einen 5xx und seine Ursache nennen)</translation>
    </message>
    <message>
        <source>Caddy 1 error log line ([ERROR 502 /path] …)</source>
        <translation>Caddy-1-Fehlerlogzeile ([ERROR 502 /pfad] …)</translation>
    </message>
    <message>
        <source>http-proxy-middleware error line (webpack-dev-server, Vite, Create React App proxies)</source>
        <translation>http-proxy-middleware-Fehlerzeile (Proxys von webpack-dev-server, Vite, Create React App)</translation>
    </message>
    <message>
        <source>HAProxy TCP log (option tcplog)</source>
        <translation>HAProxy-TCP-Log (option tcplog)</translation>
    </message>
    <message>
        <source>IIS W3C extended log (sc-status, sc-substatus, sc-win32-status)</source>
        <translation>IIS-W3C-Erweitertes Log (sc-status, sc-substatus, sc-win32-status)</translation>
    </message>
    <message>
        <source>AWS Classic Load Balancer access log</source>
        <translation>Zugriffsprotokoll des AWS Classic Load Balancer</translation>
    </message>
</context>
<context>
    <name>Gatescope::LogLineReader</name>
    <message>
        <source>%1: is a folder, not a log file</source>
        <translation>%1: ist ein Ordner, keine Protokolldatei</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: gzip file cannot be opened</source>
        <translation>%1: gzip-Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: Lesefehler: %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::LogParser</name>
    <message>
        <source>%1: holds no log lines</source>
        <translation>%1: enthält keine Protokollzeilen</translation>
    </message>
    <message>
        <source>%1: the log format is not one Gatescope reads; its first lines are:
%2</source>
        <translation>%1: Dieses Protokollformat liest Gatescope nicht; die ersten Zeilen sind:
%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::LogScanner</name>
    <message>
        <source>%1: reading cancelled</source>
        <translation>%1: Lesen abgebrochen</translation>
    </message>
</context>
<context>
    <name>Gatescope::LooseText</name>
    <message>
        <source>%1: read as a transport failure a client reported (&quot;%2&quot;); there is no response, no status line and no header</source>
        <translation>%1: als Transportfehler gelesen, den ein Client gemeldet hat (&quot;%2&quot;); es gibt keine Antwort, keine Statuszeile und keinen Header</translation>
    </message>
    <message>
        <source>%1: read the response found inside other text (a log, a quote or a transcript); the text around it was skipped</source>
        <translation>%1: die Antwort gelesen, die in anderem Text steht (ein Log, ein Zitat oder ein Terminalprotokoll); der Text darum herum wurde übersprungen</translation>
    </message>
    <message>
        <source>%1: read as the body of a response whose status the text does not state; there is no status line and no header, so the verdict rests on the body alone</source>
        <translation>%1: als Rumpf einer Antwort gelesen, deren Status der Text nicht nennt; es gibt keine Statuszeile und keinen Header, das Urteil stützt sich also nur auf den Rumpf</translation>
    </message>
    <message>
        <source>%1: read as a %2 response from what the text states (&quot;%3&quot;); there is no status line, only %4 header line(s) and the body, so the verdict rests on less than a full response</source>
        <translation>%1: als %2-Antwort gelesen, nach dem, was der Text angibt (&quot;%3&quot;); es gibt keine Statuszeile, nur %4 Header-Zeile(n) und den Rumpf, das Urteil stützt sich also auf weniger als eine vollständige Antwort</translation>
    </message>
    <message>
        <source>%1: read as a %2 response from what the text states (&quot;%3&quot;); there is no status line and no header, only the body or page text, so the verdict rests on less than a full response</source>
        <translation>%1: als %2-Antwort gelesen, nach dem, was der Text angibt (&quot;%3&quot;); es gibt keine Statuszeile und keinen Header, nur den Rumpf oder Seitentext, das Urteil stützt sich also auf weniger als eine vollständige Antwort</translation>
    </message>
    <message>
        <source>%1: read as an application&apos;s own log of an exception; the text states no status, and a web framework answers an unhandled exception with 500, so the verdict rests on that reading</source>
        <translation>%1: als eigenes Protokoll einer Anwendung über eine Ausnahme gelesen; der Text nennt keinen Status, und ein Web-Framework beantwortet eine unbehandelte Ausnahme mit 500, das Urteil stützt sich also auf diese Lesart</translation>
    </message>
</context>
<context>
    <name>Gatescope::Main</name>
    <message>
        <source>gatescope: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); run &apos;gatescope --help&apos; for the commands that need none</source>
        <translation>gatescope: keine Anzeige, auf der sich das Fenster öffnen ließe (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); &apos;gatescope --help&apos; nennt die Befehle, die keine brauchen</translation>
    </message>
</context>
<context>
    <name>Gatescope::OriginComparison</name>
    <message>
        <source>the gateway</source>
        <translation>das Gateway</translation>
    </message>
    <message>
        <source>the addressed path</source>
        <translation>der adressierte Weg</translation>
    </message>
    <message>
        <source>--origin %1: expected [IPv6]:PORT</source>
        <translation>--origin %1: erwartet [IPv6]:PORT</translation>
    </message>
    <message>
        <source>--origin %1: expected HOST:PORT</source>
        <translation>--origin %1: erwartet HOST:PORT</translation>
    </message>
    <message>
        <source>--origin %1: expected HOST:PORT with a port from 1 to 65535</source>
        <translation>--origin %1: erwartet HOST:PORT mit einem Port von 1 bis 65535</translation>
    </message>
    <message>
        <source>--origin %1: the request has no URL with a host to keep</source>
        <translation>--origin %1: die Anfrage hat keine URL mit einem Host, der erhalten bleiben könnte</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der Zeit</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>an answer that is not HTTP</source>
        <translation>eine Antwort, die kein HTTP ist</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>the name did not resolve</source>
        <translation>der Name wurde nicht aufgelöst</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>von Ihnen abgebrochen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>through %1: %2</source>
        <translation>über %1: %2</translation>
    </message>
    <message>
        <source>as addressed: %1</source>
        <translation>wie adressiert: %1</translation>
    </message>
    <message>
        <source>the origin does not answer in time; %1 gave up waiting for it</source>
        <translation>der Ursprung antwortet nicht rechtzeitig; %1 hat aufgehört, auf ihn zu warten</translation>
    </message>
    <message>
        <source>the origin is down, %1 only reported it</source>
        <translation>der Ursprung ist nicht erreichbar, %1 hat das nur gemeldet</translation>
    </message>
    <message>
        <source>the origin fails too; %1 stands in front of a failing application</source>
        <translation>auch der Ursprung versagt; %1 steht vor einer fehlerhaften Anwendung</translation>
    </message>
    <message>
        <source>the origin answers; the fault lies in %1 or between it and the origin (its route, the address it uses, its timeouts)</source>
        <translation>der Ursprung antwortet; der Fehler liegt in %1 oder zwischen ihm und dem Ursprung (seine Route, die Adresse, die er nutzt, seine Zeitlimits)</translation>
    </message>
    <message>
        <source>the origin fails the same way: the fault is the application&apos;s</source>
        <translation>der Ursprung versagt genauso: der Fehler liegt bei der Anwendung</translation>
    </message>
    <message>
        <source>straight to the origin it works: a hop in between changes the request or reaches another instance</source>
        <translation>direkt an den Ursprung klappt es: ein Hop dazwischen verändert die Anfrage oder erreicht eine andere Instanz</translation>
    </message>
    <message>
        <source>both fail: start with the origin</source>
        <translation>beide versagen: mit dem Ursprung beginnen</translation>
    </message>
    <message>
        <source>the origin answers; what stands in front of it fails</source>
        <translation>der Ursprung antwortet; was davor steht, versagt</translation>
    </message>
    <message>
        <source>the addressed path works, this address does not: it may not be the origin the gateway uses</source>
        <translation>der adressierte Weg funktioniert, diese Adresse nicht: vielleicht ist sie nicht der Ursprung, den das Gateway nutzt</translation>
    </message>
    <message>
        <source>both answer: nothing to bypass</source>
        <translation>beide antworten: nichts zu umgehen</translation>
    </message>
    <message>
        <source>%1; straight to %2: %3 → %4</source>
        <translation>%1; direkt an %2: %3 → %4</translation>
    </message>
    <message>
        <source>the origin is slow: it answers, but after %1, and %2 gave up after %3 — give %2 a longer timeout or make the origin faster</source>
        <extracomment>%1 how long the origin took to answer, %2 the gateway, %3 how long it waited</extracomment>
        <translation>der Ursprung ist langsam: Er antwortet, aber erst nach %1, und %2 hat nach %3 aufgegeben — geben Sie %2 einen längeren Timeout oder machen Sie den Ursprung schneller</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>every point of the chain answers: nothing to bypass</source>
        <translation>jeder Punkt der Kette antwortet: nichts zu umgehen</translation>
    </message>
    <message>
        <source>it fails down to %1: the fault is there or behind it</source>
        <translation>sie scheitert bis hinunter zu %1: der Fehler liegt dort oder dahinter</translation>
    </message>
    <message>
        <source>it fails at %1 and is answered from %2 inwards: the fault lies in %1 or on its way to %2</source>
        <extracomment>%1 the innermost point where the request fails, %2 the next one inwards, where it is answered</extracomment>
        <translation>sie scheitert bei %1 und wird ab %2 nach innen beantwortet: der Fehler liegt in %1 oder auf seinem Weg zu %2</translation>
    </message>
    <message>
        <source>along the chain: %1 → %2</source>
        <translation>entlang der Kette: %1 → %2</translation>
    </message>
    <message>
        <source>as addressed</source>
        <translation>wie adressiert</translation>
    </message>
    <message>
        <source>hop %1 (%2)</source>
        <translation>Hop %1 (%2)</translation>
    </message>
    <message>
        <source>the origin (%1)</source>
        <translation>der Ursprung (%1)</translation>
    </message>
    <message>
        <source>stream reset (%1)</source>
        <translation>Stream zurückgesetzt (%1)</translation>
    </message>
    <message>
        <source>GOAWAY (%1) during the answer</source>
        <translation>GOAWAY (%1) während der Antwort</translation>
    </message>
    <message>
        <source>GOAWAY (%1) before the answer</source>
        <translation>GOAWAY (%1) vor der Antwort</translation>
    </message>
    <message>
        <source>request body stalled by HTTP/2 flow control</source>
        <translation>Anfragerumpf von der HTTP/2-Flusskontrolle aufgehalten</translation>
    </message>
</context>
<context>
    <name>Gatescope::Phases</name>
    <message>
        <source>Blocked</source>
        <extracomment>Timing phase: waiting for a free connection</extracomment>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>DNS</source>
        <extracomment>Timing phase: host name lookup</extracomment>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Timing phase: TCP connect</extracomment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>TLS</source>
        <extracomment>Timing phase: TLS handshake</extracomment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Timing phase: writing the request</extracomment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Wait (time to first byte)</source>
        <translation>Warten (Zeit bis zum ersten Byte)</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Timing phase: first → last response byte</extracomment>
        <translation>Download</translation>
    </message>
</context>
<context>
    <name>Gatescope::ProbeEngine</name>
    <message numerus="yes">
        <source>redirect limit of %n reached</source>
        <translation>
            <numerusform>Weiterleitungsgrenze von %n erreicht</numerusform>
            <numerusform>Weiterleitungsgrenze von %n erreicht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatescope::ProtocolComparison</name>
    <message>
        <source>its HTTP/2 limit on the header list (cookies, long tokens) is lower than what HTTP/1.1 accepts — raise it or send fewer header bytes</source>
        <translation>seine HTTP/2-Grenze für die Header-Liste (Cookies, lange Tokens) liegt unter dem, was HTTP/1.1 annimmt — heben Sie sie an oder senden Sie weniger Header-Bytes</translation>
    </message>
    <message>
        <source>it refuses streams past its limit of concurrent streams — raise the limit or send fewer requests at once</source>
        <translation>es weist Streams jenseits seiner Grenze gleichzeitiger Streams ab — heben Sie die Grenze an oder senden Sie weniger Anfragen auf einmal</translation>
    </message>
    <message>
        <source>it asks for HTTP/1.1 on this resource — let the client fall back</source>
        <translation>es verlangt für diese Ressource HTTP/1.1 — lassen Sie den Client zurückfallen</translation>
    </message>
    <message>
        <source>it resets the stream — its HTTP/2 settings or a 1.1-only upstream behind an h2 edge are the usual suspects</source>
        <translation>es setzt den Stream zurück — seine HTTP/2-Einstellungen oder ein reiner 1.1-Upstream hinter einem h2-Edge sind die üblichen Verdächtigen</translation>
    </message>
    <message>
        <source>it ends HTTP/2 connections with GOAWAY before answering — a reload, a connection limit or a protocol error it saw</source>
        <translation>es beendet HTTP/2-Verbindungen vor der Antwort mit GOAWAY — ein Neuladen, eine Verbindungsgrenze oder ein Protokollfehler, den es sah</translation>
    </message>
    <message>
        <source>it never opened the HTTP/2 flow-control window for the request body</source>
        <translation>es hat das HTTP/2-Flusskontrollfenster für den Anfragerumpf nie geöffnet</translation>
    </message>
    <message>
        <source>the fault lies in its HTTP/2 handling (or in what it forwards differently over HTTP/2)</source>
        <translation>der Fehler liegt in seiner HTTP/2-Verarbeitung (oder in dem, was es über HTTP/2 anders weiterleitet)</translation>
    </message>
    <message>
        <source>the server (%1)</source>
        <translation>der Server (%1)</translation>
    </message>
    <message>
        <source>the server at %1</source>
        <translation>der Server unter %1</translation>
    </message>
    <message>
        <source>HTTP/2 (TLS, ALPN h2)</source>
        <translation>HTTP/2 (TLS, ALPN h2)</translation>
    </message>
    <message>
        <source>HTTP/2 (h2c, prior knowledge)</source>
        <translation>HTTP/2 (h2c, Vorwissen)</translation>
    </message>
    <message>
        <source>HTTP/2 (h2c Upgrade)</source>
        <translation>HTTP/2 (h2c-Upgrade)</translation>
    </message>
    <message>
        <source>HTTP/1.1 (the server chose it by ALPN)</source>
        <translation>HTTP/1.1 (vom Server per ALPN gewählt)</translation>
    </message>
    <message>
        <source>HTTP/1.1 (the server did not take the h2c Upgrade)</source>
        <translation>HTTP/1.1 (der Server nahm das h2c-Upgrade nicht an)</translation>
    </message>
    <message>
        <source>HTTP/1.1</source>
        <translation>HTTP/1.1</translation>
    </message>
    <message>
        <source>— (no connection)</source>
        <translation>— (keine Verbindung)</translation>
    </message>
    <message>
        <source>The server did not agree to HTTP/2: it chose HTTP/1.1 in the TLS handshake (ALPN), so both requests went over HTTP/1.1 (%1; %2). There is no HTTP/2 path here to compare.</source>
        <translation>Der Server stimmte HTTP/2 nicht zu: er wählte im TLS-Handshake HTTP/1.1 (ALPN), also gingen beide Anfragen über HTTP/1.1 (%1; %2). Hier gibt es keinen HTTP/2-Weg zum Vergleichen.</translation>
    </message>
    <message>
        <source>The server did not take the h2c Upgrade and answered over HTTP/1.1, so both requests went over HTTP/1.1 (%1; %2). Over plain http most servers speak HTTP/2 only with prior knowledge, or behind TLS.</source>
        <translation>Der Server nahm das h2c-Upgrade nicht an und antwortete über HTTP/1.1, also gingen beide Anfragen über HTTP/1.1 (%1; %2). Über einfaches http sprechen die meisten Server HTTP/2 nur mit Vorwissen oder hinter TLS.</translation>
    </message>
    <message>
        <source>Both answer, but not alike: HTTP/1.1 %1, HTTP/2 %2 — the server (or a hop in front of it) routes or treats the two protocols differently.</source>
        <translation>Beide antworten, aber nicht gleich: HTTP/1.1 %1, HTTP/2 %2 — der Server (oder ein Hop davor) leitet oder behandelt die beiden Protokolle unterschiedlich.</translation>
    </message>
    <message>
        <source>Both answer alike (HTTP/1.1 %1; HTTP/2 %2): the protocol makes no difference here.</source>
        <translation>Beide antworten gleich (HTTP/1.1 %1; HTTP/2 %2): das Protokoll macht hier keinen Unterschied.</translation>
    </message>
    <message>
        <source>Only over HTTP/2: %1 — %2; over HTTP/1.1 the same request gets %3. The fault appears only over HTTP/2: %4 — %5.</source>
        <extracomment>%1 what HTTP/2 got, %2 the cause&apos;s title, %3 what HTTP/1.1 got, %4 who speaks HTTP/2, %5 a hint</extracomment>
        <translation>Nur über HTTP/2: %1 — %2; über HTTP/1.1 erhält dieselbe Anfrage %3. Der Fehler tritt nur über HTTP/2 auf: %4 — %5.</translation>
    </message>
    <message>
        <source>Clients that fall back to HTTP/1.1 (or curl --http1.1) get through.</source>
        <translation>Clients, die auf HTTP/1.1 zurückfallen (oder curl --http1.1), kommen durch.</translation>
    </message>
    <message>
        <source>Over HTTP/1.1 it is refused too, but with an answer that says so.</source>
        <translation>Über HTTP/1.1 wird sie ebenfalls abgewiesen, aber mit einer Antwort, die das sagt.</translation>
    </message>
    <message>
        <source>Only over HTTP/1.1: %1 — %2; over HTTP/2 the same request gets %3. The fault appears only over HTTP/1.1: a hop that speaks 1.1 on this path (a 1.1-only upstream, connection reuse, message framing) — HTTP/2 clients such as browsers do not see it.</source>
        <translation>Nur über HTTP/1.1: %1 — %2; über HTTP/2 erhält dieselbe Anfrage %3. Der Fehler tritt nur über HTTP/1.1 auf: ein Hop, der auf diesem Weg 1.1 spricht (ein reiner 1.1-Upstream, Wiederverwendung von Verbindungen, Nachrichtenrahmung) — HTTP/2-Clients wie Browser sehen ihn nicht.</translation>
    </message>
    <message>
        <source>Fails the same way over both protocols (%1 — %2): the protocol is not the cause.</source>
        <translation>Scheitert über beide Protokolle gleich (%1 — %2): das Protokoll ist nicht die Ursache.</translation>
    </message>
    <message>
        <source>Fails over both protocols, differently: HTTP/1.1 %1 — %2; HTTP/2 %3 — %4.</source>
        <translation>Scheitert über beide Protokolle, unterschiedlich: HTTP/1.1 %1 — %2; HTTP/2 %3 — %4.</translation>
    </message>
</context>
<context>
    <name>Gatescope::ProtocolSniffer</name>
    <message>
        <source>TLS (%1 record)</source>
        <translation>TLS (%1-Record)</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>HTTP/2 (cleartext, h2c)</source>
        <translation>HTTP/2 (Klartext, h2c)</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>AMQP (RabbitMQ, ActiveMQ, Qpid)</source>
        <translation>AMQP (RabbitMQ, ActiveMQ, Qpid)</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MariaDB</source>
        <translation>MariaDB</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>MySQL/MariaDB (error packet)</source>
        <translation>MySQL/MariaDB (Fehlerpaket)</translation>
    </message>
    <message>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>Elasticsearch (transport port)</source>
        <translation>Elasticsearch (Transport-Port)</translation>
    </message>
    <message>
        <source>memcached</source>
        <translation>memcached</translation>
    </message>
    <message>
        <source>the peer answered like %1, not HTTP: %2</source>
        <translation>die Gegenseite antwortete wie %1, nicht HTTP: %2</translation>
    </message>
    <message>
        <source>a TLS (HTTPS) port that expected a TLS handshake (Go&apos;s answer to plain HTTP)</source>
        <translation>ein TLS-(HTTPS-)Port, der einen TLS-Handshake erwartete (Gos Antwort auf Klartext-HTTP)</translation>
    </message>
</context>
<context>
    <name>Gatescope::ProxyResolver</name>
    <message>
        <source>proxy from %1 is empty</source>
        <translation>der Proxy aus %1 ist leer</translation>
    </message>
    <message>
        <source>proxy &apos;%1&apos; from %2 is not a valid proxy URL</source>
        <translation>Proxy &apos;%1&apos; aus %2 ist keine gültige Proxy-URL</translation>
    </message>
    <message>
        <source>proxy &apos;%1&apos; from %2: scheme &apos;%3&apos; is not supported (use http://, socks5:// or socks5h://)</source>
        <translation>Proxy &apos;%1&apos; aus %2: das Schema &apos;%3&apos; wird nicht unterstützt (verwenden Sie http://, socks5:// oder socks5h://)</translation>
    </message>
    <message>
        <source>proxy &apos;%1&apos; from %2: a proxy URL has no path</source>
        <translation>Proxy &apos;%1&apos; aus %2: eine Proxy-URL hat keinen Pfad</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
</context>
<context>
    <name>Gatescope::RampReport</name>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>ramp of %1: concurrency %2 (%n step(s)), each held %3 s; at most %4 requests (%5 per step) and at most %6 s (each step: the hold and up to %7 s for the requests still in flight); one connection per request in flight, kept open while the server allows</source>
        <translation>
            <numerusform>Rampe von %1: Parallelität %2 (%n Stufe), jede %3 s gehalten; höchstens %4 Anfragen (%5 je Stufe) und höchstens %6 s (je Stufe: die Haltezeit und bis zu %7 s für noch laufende Anfragen); eine Verbindung je laufender Anfrage, offen gehalten, solange der Server es erlaubt</numerusform>
            <numerusform>Rampe von %1: Parallelität %2 (%n Stufen), jede %3 s gehalten; höchstens %4 Anfragen (%5 je Stufe) und höchstens %6 s (je Stufe: die Haltezeit und bis zu %7 s für noch laufende Anfragen); eine Verbindung je laufender Anfrage, offen gehalten, solange der Server es erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>concurrency   answered   per s (ok)      p50       p90       p99   failed   verdicts</source>
        <translation>Parallel.  beantwortet  pro s (ok)      p50       p90       p99   Fehler   Urteile</translation>
    </message>
    <message>
        <source>%1 ×%2 (%3)</source>
        <translation>%1 ×%2 (%3)</translation>
    </message>
    <message>
        <source>(step&apos;s request budget spent)</source>
        <translation>(Anfragebudget der Stufe aufgebraucht)</translation>
    </message>
    <message>
        <source>(stopped by you)</source>
        <translation>(von Ihnen gestoppt)</translation>
    </message>
    <message>
        <source>Rule: errors turn when a step&apos;s failure share is %1 percentage points above every step before it; latency turns when its p90 is more than %2× the lowest p90 before it and at least %3 ms above it.</source>
        <translation>Regel: Fehler schlagen um, wenn der Fehleranteil einer Stufe %1 Prozentpunkte über jeder Stufe davor liegt; die Latenz schlägt um, wenn ihr p90 mehr als das %2-Fache des niedrigsten p90 davor und mindestens %3 ms darüber liegt.</translation>
    </message>
    <message>
        <source>No step finished: no knee.</source>
        <translation>Keine Stufe beendet: kein Knie.</translation>
    </message>
    <message>
        <source>No knee up to concurrency %1: %2 answers per second, p90 %3, %4 failed.</source>
        <translation>Kein Knie bis Parallelität %1: %2 Antworten pro Sekunde, p90 %3, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>failures rose from %1 to %2</source>
        <translation>Fehler stiegen von %1 auf %2</translation>
    </message>
    <message>
        <source>p90 rose from %1 to %2</source>
        <translation>p90 stieg von %1 auf %2</translation>
    </message>
    <message>
        <source>Knee at concurrency %1 (the step after %2): %3.</source>
        <translation>Knie bei Parallelität %1 (die Stufe nach %2): %3.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Knee at the first step, concurrency %1: %2.</source>
        <translation>Knie bei der ersten Stufe, Parallelität %1: %2.</translation>
    </message>
    <message>
        <source>Verdict there: %1 — %2</source>
        <translation>Urteil dort: %1 — %2</translation>
    </message>
    <message>
        <source>No failures at the knee yet; the first come at concurrency %1: %2 — %3</source>
        <translation>Am Knie noch keine Fehler; die ersten kommen bei Parallelität %1: %2 — %3</translation>
    </message>
    <message>
        <source>No failures within the ramp: the server queues rather than refuses (or this machine is the limit; watch its CPU).</source>
        <translation>Keine Fehler in der Rampe: der Server reiht ein, statt abzuweisen (oder dieser Rechner ist die Grenze; beobachten Sie seine CPU).</translation>
    </message>
    <message numerus="yes">
        <source>ramp of %1, open loop: %2 requests a second (%n step(s)), each held %3 s, each request started at its time whatever the answers, latency from that time; at most %8 in flight; at most %4 requests (%5 per step) and at most %6 s (each step: the hold and up to %7 s for the requests still in flight)</source>
        <translation>
            <numerusform>Rampe von %1, offene Schleife: %2 Anfragen pro Sekunde (%n Stufe), jede %3 s gehalten, jede Anfrage zu ihrer Zeit gestartet, gleich welche Antworten kommen, Latenz ab dieser Zeit; höchstens %8 gleichzeitig; höchstens %4 Anfragen (%5 pro Stufe) und höchstens %6 s (je Stufe: das Halten und bis zu %7 s für noch laufende Anfragen)</numerusform>
            <numerusform>Rampe von %1, offene Schleife: %2 Anfragen pro Sekunde (%n Stufen), jede %3 s gehalten, jede Anfrage zu ihrer Zeit gestartet, gleich welche Antworten kommen, Latenz ab dieser Zeit; höchstens %8 gleichzeitig; höchstens %4 Anfragen (%5 pro Stufe) und höchstens %6 s (je Stufe: das Halten und bis zu %7 s für noch laufende Anfragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>   rate / s   answered   per s (ok)      p50       p90       p99   failed   verdicts</source>
        <translation>  Rate / s  beantwortet  pro s (ok)     p50       p90       p99   Fehler   Befunde</translation>
    </message>
    <message>
        <source>(%1 waited for a free slot, %2 not sent: the in-flight cap)</source>
        <translation>(%1 warteten auf einen freien Platz, %2 nicht gesendet: die Obergrenze gleichzeitiger Anfragen)</translation>
    </message>
    <message>
        <source>No knee up to %1 requests a second: %2 answers per second, p90 %3, %4 failed.</source>
        <translation>Kein Knick bis %1 Anfragen pro Sekunde: %2 Antworten pro Sekunde, p90 %3, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Knee at %1 requests a second (the step after %2): %3.</source>
        <translation>Knick bei %1 Anfragen pro Sekunde (die Stufe nach %2): %3.</translation>
    </message>
    <message>
        <source>Knee at the first step, %1 requests a second: %2.</source>
        <translation>Knick auf der ersten Stufe, %1 Anfragen pro Sekunde: %2.</translation>
    </message>
    <message>
        <source>No failures at the knee yet; the first come at %1 requests a second: %2 — %3</source>
        <translation>Am Knick noch keine Fehler; die ersten kommen bei %1 Anfragen pro Sekunde: %2 — %3</translation>
    </message>
</context>
<context>
    <name>Gatescope::RampRunner</name>
    <message>
        <source>the ramp has no steps</source>
        <translation>die Rampe hat keine Stufen</translation>
    </message>
    <message>
        <source>every step needs a concurrency of at least 1</source>
        <translation>jede Stufe braucht eine Parallelität von mindestens 1</translation>
    </message>
    <message>
        <source>a concurrency above %1 is not possible</source>
        <translation>eine Parallelität über %1 ist nicht möglich</translation>
    </message>
    <message>
        <source>each step must be held at least %1 s</source>
        <translation>jede Stufe muss mindestens %1 s gehalten werden</translation>
    </message>
    <message>
        <source>more than %1 requests are not possible</source>
        <translation>mehr als %1 Anfragen sind nicht möglich</translation>
    </message>
    <message>
        <source>a ramp longer than %1 hours is not possible</source>
        <translation>eine Rampe länger als %1 Stunden ist nicht möglich</translation>
    </message>
    <message>
        <source>a budget of %1 requests gives each of the %2 steps %3, fewer than the highest concurrency (%4); raise --max-requests or use fewer steps</source>
        <translation>ein Budget von %1 Anfragen gibt jeder der %2 Stufen %3, weniger als die höchste Parallelität (%4); erhöhen Sie --max-requests oder verwenden Sie weniger Stufen</translation>
    </message>
    <message>
        <source>a concurrency of %1 (more than %2)</source>
        <translation>eine Parallelität von %1 (mehr als %2)</translation>
    </message>
    <message>
        <source>%1 requests (more than %2)</source>
        <translation>%1 Anfragen (mehr als %2)</translation>
    </message>
    <message>
        <source>up to %1 s (more than %2 s)</source>
        <translation>bis zu %1 s (mehr als %2 s)</translation>
    </message>
    <message>
        <source>a rate above %1 requests a second is not possible</source>
        <translation>eine Rate über %1 Anfragen pro Sekunde ist nicht möglich</translation>
    </message>
    <message>
        <source>at least 1 request must be allowed in flight</source>
        <translation>mindestens 1 gleichzeitige Anfrage muss erlaubt sein</translation>
    </message>
    <message>
        <source>a budget of %1 requests gives each of the %2 steps %3, less than one second at the highest rate (%4 a second); raise --max-requests or use fewer steps</source>
        <translation>ein Budget von %1 Anfragen gibt jeder der %2 Stufen %3, weniger als eine Sekunde bei der höchsten Rate (%4 pro Sekunde); erhöhen Sie --max-requests oder nehmen Sie weniger Stufen</translation>
    </message>
    <message>
        <source>a rate of %1 requests a second (more than %2)</source>
        <translation>eine Rate von %1 Anfragen pro Sekunde (mehr als %2)</translation>
    </message>
    <message>
        <source>up to %1 requests in flight (more than %2)</source>
        <translation>bis zu %1 gleichzeitige Anfragen (mehr als %2)</translation>
    </message>
</context>
<context>
    <name>Gatescope::RawHttpImporter</name>
    <message>
        <source>header value continued on the next line (obsolete line folding)</source>
        <translation>Header-Wert in der nächsten Zeile fortgesetzt (veraltete Zeilenfaltung)</translation>
    </message>
    <message>
        <source>header line without &apos;:&apos;: &quot;%1&quot;</source>
        <translation>Header-Zeile ohne &apos;:&apos;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>white space between the field name and &apos;:&apos;</source>
        <translation>Leerraum zwischen Feldname und &apos;:&apos;</translation>
    </message>
    <message>
        <source>the %1 body could not be decoded: %2</source>
        <translation>der %1-Body konnte nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>%1: %2: expected a status line such as &quot;HTTP/1.1 502 Bad Gateway&quot;, found &quot;%3&quot;</source>
        <translation>%1: %2: Statuszeile wie &quot;HTTP/1.1 502 Bad Gateway&quot; erwartet, gefunden &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: %2: the text ends after an interim %3 response; the final response is missing</source>
        <translation>%1: %2: der Text endet nach einer vorläufigen %3-Antwort; die endgültige Antwort fehlt</translation>
    </message>
    <message>
        <source>through a proxy tunnel (&quot;%1&quot;)</source>
        <translation>über einen Proxy-Tunnel (&quot;%1&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) after the %1 bytes that Content-Length announced</source>
        <translation>
            <numerusform>%n Byte nach den %1 Bytes, die Content-Length ankündigte</numerusform>
            <numerusform>%n Bytes nach den %1 Bytes, die Content-Length ankündigte</numerusform>
        </translation>
    </message>
    <message>
        <source>the body has %1 of the %2 bytes that Content-Length announced</source>
        <translation>der Body hat %1 der %2 Bytes, die Content-Length angekündigt hat</translation>
    </message>
    <message>
        <source>interim %1 %2 response before the final one</source>
        <translation>vorläufige Antwort %1 %2 vor der endgültigen</translation>
    </message>
    <message>
        <source>%1: %2: expected a request line such as &quot;GET /path HTTP/1.1&quot;, found &quot;%3&quot;</source>
        <translation>%1: %2: Anfragezeile wie &quot;GET /pfad HTTP/1.1&quot; erwartet, gefunden &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: %2: %3 (ignored)</source>
        <translation>%1: %2: %3 (ignoriert)</translation>
    </message>
    <message>
        <source>%1: %2: the request has no Host header, so where it goes is unknown (give an absolute URL or a Host header)</source>
        <translation>%1: %2: die Anfrage hat keinen Host-Header, daher ist das Ziel unbekannt (eine absolute URL oder einen Host-Header angeben)</translation>
    </message>
    <message>
        <source>%1: the request does not say http or https; %2:// was assumed</source>
        <translation>%1: die Anfrage sagt weder http noch https; %2:// wurde angenommen</translation>
    </message>
    <message>
        <source>%1: %2: &quot;%3&quot; with Host &quot;%4&quot; is not a usable URL</source>
        <translation>%1: %2: &quot;%3&quot; mit Host &quot;%4&quot; ist keine brauchbare URL</translation>
    </message>
    <message>
        <source>%1: %2: text after the request was ignored</source>
        <translation>%1: %2: Text nach der Anfrage wurde ignoriert</translation>
    </message>
    <message>
        <source>%1: the body has %2 of the %3 bytes that Content-Length announces; the request is read without that Content-Length</source>
        <translation>%1: Der Body hat %2 der %3 Bytes, die Content-Length ankündigt; die Anfrage wird ohne diese Content-Length gelesen</translation>
    </message>
    <message>
        <source>%1: %2: no response and no failure curl reports was found</source>
        <translation>%1: %2: weder eine Antwort noch ein von curl gemeldeter Fehler wurde gefunden</translation>
    </message>
    <message>
        <source>%1: curl -v does not show the %2 bytes of body it sent; the request is read without a body</source>
        <translation>%1: curl -v zeigt die %2 gesendeten Body-Bytes nicht; die Anfrage wird ohne Body gelesen</translation>
    </message>
    <message>
        <source>%1: curl reported after the response: curl: (%2) %3</source>
        <translation>%1: curl meldete nach der Antwort: curl: (%2) %3</translation>
    </message>
    <message>
        <source>%1: %2: a curl trace whose received headers do not start with a status line such as &quot;HTTP/1.1 502 Bad Gateway&quot;</source>
        <translation>%1: %2: ein curl-Trace, dessen empfangene Header nicht mit einer Statuszeile wie „HTTP/1.1 502 Bad Gateway“ beginnen</translation>
    </message>
    <message>
        <source>%1: --trace-ascii shows line breaks and other bytes outside printable ASCII in a body as &apos;.&apos;; the bodies are shown as traced (--trace keeps every byte)</source>
        <translation>%1: --trace-ascii zeigt Zeilenumbrüche und andere nicht druckbare Bytes in einem Body als &apos;.&apos;; die Bodies werden wie protokolliert gezeigt (--trace behält jedes Byte)</translation>
    </message>
    <message>
        <source>%1: %2: wget output without a server response in it; run wget with -S (--server-response) to show the response headers</source>
        <translation>%1: %2: wget-Ausgabe ohne Serverantwort; führen Sie wget mit -S (--server-response) aus, um die Antwort-Header zu zeigen</translation>
    </message>
    <message>
        <source>%1: %2: the server response wget printed cannot be read: %3</source>
        <translation>%1: %2: die von wget ausgegebene Serverantwort ist nicht lesbar: %3</translation>
    </message>
    <message>
        <source>the JSON body was reformatted by the client that printed it (%1 bytes shown, Content-Length %2): read as shown</source>
        <translation>der JSON-Body wurde vom ausgebenden Client umformatiert (%1 Bytes gezeigt, Content-Length %2): so gelesen, wie gezeigt</translation>
    </message>
    <message>
        <source>no blank line between the header block and the body; the body was read from &quot;%1&quot; on</source>
        <translation>keine Leerzeile zwischen Kopfzeilen und Body; der Body wurde ab &quot;%1&quot; gelesen</translation>
    </message>
    <message>
        <source>%1: only the proxy&apos;s answer to CONNECT came back (200 Connection established); the request through the tunnel failed: %2</source>
        <translation>%1: Nur die Antwort des Proxys auf CONNECT kam zurück (200 Connection established); die Anfrage durch den Tunnel schlug fehl: %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::RedactionSummary</name>
    <message>
        <source>authorization value</source>
        <translation>Authorization-Wert</translation>
    </message>
    <message>
        <source>cookie value</source>
        <translation>Cookie-Wert</translation>
    </message>
    <message>
        <source>Set-Cookie value</source>
        <translation>Set-Cookie-Wert</translation>
    </message>
    <message>
        <source>API-key or token header</source>
        <translation>API-Schlüssel- oder Token-Header</translation>
    </message>
    <message>
        <source>query parameter</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>JSON field</source>
        <translation>JSON-Feld</translation>
    </message>
    <message>
        <source>form field</source>
        <translation>Formularfeld</translation>
    </message>
    <message>
        <source>multipart field</source>
        <translation>Multipart-Feld</translation>
    </message>
    <message>
        <source>named secret in text</source>
        <translation>benanntes Geheimnis im Text</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>AWS secret key</source>
        <translation>Geheimer AWS-Schlüssel</translation>
    </message>
    <message>
        <source>password in a URL</source>
        <translation>Passwort in einer URL</translation>
    </message>
    <message>
        <source>compressed raw body</source>
        <translation>komprimierter roher Body</translation>
    </message>
    <message>
        <source>custom pattern “%1”</source>
        <extracomment>%1 is the name the user gave to their own redaction pattern</extracomment>
        <translation>eigenes Muster „%1“</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>%1 = a count, %2 = what was counted (&quot;cookie value&quot;, &quot;JWT&quot;), e.g. &quot;3 × cookie value&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>IP address in a log line</source>
        <translation>IP-Adresse in einer Protokollzeile</translation>
    </message>
    <message>
        <source>raw HTTP/2 frames</source>
        <translation>rohe HTTP/2-Frames</translation>
    </message>
</context>
<context>
    <name>Gatescope::Redactor</name>
    <message numerus="yes">
        <source>[redacted: %n compressed body byte(s)]</source>
        <translation>
            <numerusform>[geschwärzt: %n komprimiertes Body-Byte]</numerusform>
            <numerusform>[geschwärzt: %n komprimierte Body-Bytes]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatescope::ReportFile</name>
    <message>
        <source>%1: cannot write the report: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>%1: der Bericht kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::ReportWriter</name>
    <message>
        <source>no response (%1)</source>
        <extracomment>the exchange ended without an HTTP response; %1 = outcome id such as &quot;refused&quot;</extracomment>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (predicted)</source>
        <extracomment>a status no server sent, but that a gateway in front would return</extracomment>
        <translation>%1 (vorhergesagt)</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 % confident)</source>
        <extracomment>%1 layer (origin/gateway/client), %2 product name (nginx, AWS Application Load Balancer…), %3 confidence in percent</extracomment>
        <translation>%1 · %2 (%3 % sicher)</translation>
    </message>
    <message>
        <source>%1 (after %2 s)</source>
        <extracomment>%1 retry advice, %2 seconds</extracomment>
        <translation>%1 (nach %2 s)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Generated by Gatescope %1 on %2 · input: %3 %4</source>
        <extracomment>%1 version, %2 date and time (UTC), %3 input kind (har, curl, …), %4 input name</extracomment>
        <translation>Erstellt von Gatescope %1 am %2 · Eingabe: %3 %4</translation>
    </message>
    <message>
        <source>Redaction was turned OFF for this report: it contains the captured credentials as they were.</source>
        <translation>Die Schwärzung war für diesen Bericht AUS: er enthält die mitgeschnittenen Zugangsdaten unverändert.</translation>
    </message>
    <message>
        <source>Redaction was on: no credentials were found to hide.</source>
        <translation>Schwärzung war an: es wurden keine Zugangsdaten zum Verbergen gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Redaction was on: %n value(s) hidden and shown as [redacted] — %1.</source>
        <extracomment>%1 = number of values, %2 = the list by kind</extracomment>
        <translation>
            <numerusform>Schwärzung war an: %n Wert verborgen und als [redacted] gezeigt — %1.</numerusform>
            <numerusform>Schwärzung war an: %n Werte verborgen und als [redacted] gezeigt — %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>request body: %n byte(s) of binary data, not shown</source>
        <extracomment>%n = body size in bytes</extracomment>
        <translation>
            <numerusform>Anfrage-Body: %n Byte Binärdaten, nicht angezeigt</numerusform>
            <numerusform>Anfrage-Body: %n Bytes Binärdaten, nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>request body cut to its first %1 bytes of %2</source>
        <translation>Anfrage-Body auf seine ersten %1 von %2 Bytes gekürzt</translation>
    </message>
    <message>
        <source>Gatescope report</source>
        <translation>Gatescope-Bericht</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Schwärzung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Erzeuger</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation>Austausch %1</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>Erzeuger</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Decision path</source>
        <translation>Entscheidungspfad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Wire anomalies</source>
        <translation>Anomalien auf der Leitung</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>bei Byte %1</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of binary data, not shown.</source>
        <translation>
            <numerusform>%n Byte Binärdaten, nicht angezeigt.</numerusform>
            <numerusform>%n Bytes Binärdaten, nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>first %1 of %2 bytes</source>
        <translation>erste %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <source>none joined to this exchange</source>
        <translation>keine diesem Austausch zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy exchange(s) not shown (not failing); --all or “Include healthy exchanges” includes them</source>
        <extracomment>%n healthy exchanges that a report leaves out unless asked to include them</extracomment>
        <translation>
            <numerusform>%n gesunder Austausch nicht gezeigt (nicht fehlgeschlagen); --all oder „Gesunde Austausche einbeziehen“ nimmt ihn auf</numerusform>
            <numerusform>%n gesunde Austausche nicht gezeigt (nicht fehlgeschlagen); --all oder „Gesunde Austausche einbeziehen“ nimmt sie auf</numerusform>
        </translation>
    </message>
    <message>
        <source>place from Via</source>
        <translation>Platz aus Via</translation>
    </message>
    <message>
        <source>named by the diagnosis only</source>
        <translation>nur von der Diagnose genannt</translation>
    </message>
    <message>
        <source>the address connected to</source>
        <translation>die verbundene Adresse</translation>
    </message>
    <message>
        <source>place from the product&apos;s usual position</source>
        <translation>Platz aus der üblichen Position des Produkts</translation>
    </message>
    <message>
        <source>%1 (made the answer)</source>
        <extracomment>a hop of the chain that made the 5xx; %1 = its name</extracomment>
        <translation>%1 (hat geantwortet)</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <source>What it added</source>
        <translation>Was er hinzugefügt hat</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>made the answer</source>
        <translation>hat geantwortet</translation>
    </message>
    <message>
        <source>Seen, but not which hop added it:</source>
        <translation>Gesehen, aber nicht, welcher Hop es hinzugefügt hat:</translation>
    </message>
    <message>
        <source>Where the wait went</source>
        <translation>Wohin die Wartezeit ging</translation>
    </message>
    <message>
        <source>Timeout audit</source>
        <translation>Zeitlimit-Prüfung</translation>
    </message>
    <message>
        <source>last stream %1</source>
        <translation>letzter Stream %1</translation>
    </message>
    <message>
        <source>window +%1</source>
        <translation>Fenster +%1</translation>
    </message>
    <message>
        <source>%1 ms %2 %3 stream %4 %5</source>
        <extracomment>One HTTP/2 frame: %1 = time in ms, %2 = in/out, %3 = type, %4 = stream id, %5 = details</extracomment>
        <translation>%1 ms %2 %3 Stream %4 %5</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>%n more frame(s) not listed</source>
        <translation>
            <numerusform>%n weiterer Frame nicht aufgeführt</numerusform>
            <numerusform>%n weitere Frames nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP/2 frames</source>
        <translation>HTTP/2-Frames</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Decision path step: typical status code, then the verdict&apos;s title</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>behind the last hop, as you gave its timeouts</source>
        <translation>hinter dem letzten Hop, da Sie seine Timeouts angegeben haben</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Zeitlimits</translation>
    </message>
</context>
<context>
    <name>Gatescope::RequestSpec</name>
    <message>
        <source>The URL contains a space at character %1; write it as %20: %2</source>
        <extracomment>%1 = 1-based character position in the URL, %2 = the URL with %20 for each space</extracomment>
        <translation>Die URL enthält ein Leerzeichen an Zeichen %1; schreiben Sie es als %20: %2</translation>
    </message>
</context>
<context>
    <name>Gatescope::RuleTree</name>
    <message>
        <source>rule pack larger than 16 MiB</source>
        <translation>Regelpaket größer als 16 MiB</translation>
    </message>
</context>
<context>
    <name>Gatescope::Rules</name>
    <message>
        <source>Did a complete HTTP response reach the client?</source>
        <translation>Hat eine vollständige HTTP-Antwort den Client erreicht?</translation>
    </message>
    <message>
        <source>No usable HTTP response reached the client: how did the conversation end?</source>
        <translation>Keine brauchbare HTTP-Antwort hat den Client erreicht: wie endete das Gespräch?</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Nothing accepted the TCP connection; with a gateway in front the user would see {predicted} from nginx, Caddy or Traefik, 503 from HAProxy, Apache, Squid or Envoy.</source>
        <translation>Nichts hat die TCP-Verbindung angenommen; mit einem vorgelagerten Gateway sähe der Benutzer {predicted} von nginx, Caddy oder Traefik, 503 von HAProxy, Apache, Squid oder Envoy.</translation>
    </message>
    <message>
        <source>The client&apos;s SYN was answered with a reset: no process listens on that address and port, or a firewall rejects the connection actively. The request never reached any application. A gateway in front of this server would turn the same failure into its own error: 502 on nginx, Caddy, Traefik, Kong and AWS ALB; 503 on HAProxy, Apache mod_proxy, Squid, Envoy and Varnish; 521 on Cloudflare.</source>
        <translation>Das SYN des Clients wurde mit einem Reset beantwortet: auf dieser Adresse und diesem Port lauscht kein Prozess, oder eine Firewall lehnt die Verbindung aktiv ab. Die Anfrage hat keine Anwendung erreicht. Ein Gateway vor diesem Server würde denselben Fehler in einen eigenen verwandeln: 502 bei nginx, Caddy, Traefik, Kong und AWS ALB; 503 bei HAProxy, Apache mod_proxy, Squid, Envoy und Varnish; 521 bei Cloudflare.</translation>
    </message>
    <message>
        <source>Host name did not resolve</source>
        <translation>Hostname nicht aufgelöst</translation>
    </message>
    <message>
        <source>The host name did not resolve, so no connection was attempted; a gateway in front would answer {predicted} (nginx), 503 (HAProxy, Squid, Kong) or 530 (Cloudflare).</source>
        <translation>Der Hostname wurde nicht aufgelöst, daher wurde keine Verbindung versucht; ein vorgelagertes Gateway würde {predicted} (nginx), 503 (HAProxy, Squid, Kong) oder 530 (Cloudflare) antworten.</translation>
    </message>
    <message>
        <source>The resolver returned no address for the host (NXDOMAIN, no A/AAAA record, or no answer in time). Nothing was sent. Behind a gateway the same failure becomes 502 on nginx, Caddy and Traefik, 500 on Apache, 503 on HAProxy, Squid and Kong, 530 (error 1016) on Cloudflare and 502 on CloudFront.</source>
        <translation>Der Resolver hat für den Host keine Adresse geliefert (NXDOMAIN, kein A/AAAA-Eintrag oder keine rechtzeitige Antwort). Es wurde nichts gesendet. Hinter einem Gateway wird derselbe Fehler zu 502 bei nginx, Caddy und Traefik, 500 bei Apache, 503 bei HAProxy, Squid und Kong, 530 (Fehler 1016) bei Cloudflare und 502 bei CloudFront.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>The TLS handshake failed before any HTTP was exchanged; a gateway in front would answer {predicted} (nginx, ALB, CloudFront), 503 (HAProxy, Envoy, Squid), 500 (Apache, Traefik) or 525/526 (Cloudflare).</source>
        <translation>Der TLS-Handshake ist gescheitert, bevor HTTP ausgetauscht wurde; ein vorgelagertes Gateway würde {predicted} (nginx, ALB, CloudFront), 503 (HAProxy, Envoy, Squid), 500 (Apache, Traefik) oder 525/526 (Cloudflare) antworten.</translation>
    </message>
    <message>
        <source>The client and the server could not agree on a secure connection, or the certificate was not accepted (expired, wrong name, unknown issuer, incomplete chain). No HTTP request was sent.</source>
        <translation>Client und Server konnten sich nicht auf eine sichere Verbindung einigen, oder das Zertifikat wurde nicht akzeptiert (abgelaufen, falscher Name, unbekannter Aussteller, unvollständige Kette). Es wurde keine HTTP-Anfrage gesendet.</translation>
    </message>
    <message>
        <source>Connecting timed out</source>
        <translation>Verbindungsaufbau im Timeout</translation>
    </message>
    <message>
        <source>The connection could not be set up in time (no answer to the SYN); a gateway in front would answer {predicted} (nginx, Caddy, ALB) or 503 (HAProxy, Envoy, Squid, Varnish) or 522 (Cloudflare).</source>
        <translation>Die Verbindung konnte nicht rechtzeitig aufgebaut werden (keine Antwort auf das SYN); ein vorgelagertes Gateway würde {predicted} (nginx, Caddy, ALB), 503 (HAProxy, Envoy, Squid, Varnish) oder 522 (Cloudflare) antworten.</translation>
    </message>
    <message>
        <source>Packets to the server were silently dropped: a firewall or security group that drops instead of rejecting, a wrong route, or a host that is down. The request never left the client.</source>
        <translation>Pakete an den Server wurden stillschweigend verworfen: eine Firewall oder Security Group, die verwirft statt abzulehnen, eine falsche Route oder ein ausgefallener Host. Die Anfrage hat den Client nie verlassen.</translation>
    </message>
    <message>
        <source>Waiting for the response timed out</source>
        <translation>Warten auf die Antwort im Timeout</translation>
    </message>
    <message>
        <source>The server accepted the request but sent no complete response in time; a gateway in front would answer {predicted} (nginx, HAProxy, Envoy), 502 (Apache), 503 (Varnish, Heroku) or 524 (Cloudflare).</source>
        <translation>Der Server hat die Anfrage angenommen, aber keine vollständige Antwort rechtzeitig gesendet; ein vorgelagertes Gateway würde {predicted} (nginx, HAProxy, Envoy), 502 (Apache), 503 (Varnish, Heroku) oder 524 (Cloudflare) antworten.</translation>
    </message>
    <message>
        <source>The connection was up and the request was written, then the server stayed silent (or stopped sending) longer than the client&apos;s timeout. The application is slow, stuck, overloaded, or hit an error and never answered.</source>
        <translation>Die Verbindung stand und die Anfrage wurde geschrieben, dann blieb der Server länger still (oder hörte auf zu senden), als das Timeout des Clients erlaubt. Die Anwendung ist langsam, hängt, ist überlastet oder ist auf einen Fehler gestoßen und hat nie geantwortet.</translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation>Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>The server reset the connection instead of answering; a gateway in front would answer {predicted} (nginx, HAProxy, Caddy), 503 (Envoy &apos;remote reset&apos;, Varnish) or 520 (Cloudflare).</source>
        <translation>Der Server hat die Verbindung zurückgesetzt, statt zu antworten; ein vorgelagertes Gateway würde {predicted} (nginx, HAProxy, Caddy), 503 (Envoy &apos;remote reset&apos;, Varnish) oder 520 (Cloudflare) antworten.</translation>
    </message>
    <message>
        <source>A TCP reset arrived after the connection was set up: the process crashed or was killed mid-request, a load balancer or firewall dropped the connection from its table, or the server closed a keep-alive connection the client was reusing.</source>
        <translation>Ein TCP-Reset kam nach dem Verbindungsaufbau: der Prozess ist mitten in der Anfrage abgestürzt oder wurde beendet, ein Load Balancer oder eine Firewall hat die Verbindung aus ihrer Tabelle entfernt, oder der Server hat eine Keep-Alive-Verbindung geschlossen, die der Client wiederverwendete.</translation>
    </message>
    <message>
        <source>Bytes arrived, but not a usable HTTP response</source>
        <translation>Bytes kamen an, aber keine brauchbare HTTP-Antwort</translation>
    </message>
    <message>
        <source>The server sent bytes that are not a valid HTTP response; a gateway in front would answer {predicted} (nginx &apos;upstream sent invalid header&apos;, HAProxy PH, Envoy UPE) or 503 (Varnish).</source>
        <translation>Der Server hat Bytes gesendet, die keine gültige HTTP-Antwort sind; ein vorgelagertes Gateway würde {predicted} (nginx &apos;upstream sent invalid header&apos;, HAProxy PH, Envoy UPE) oder 503 (Varnish) antworten.</translation>
    </message>
    <message>
        <source>What came back could not be read as HTTP/1.1: no status line, a header line without a colon, conflicting lengths or broken chunking. Often the port speaks another protocol (TLS, SSH, a database) or the application writes raw text before its headers. The anomalies list the byte offset.</source>
        <translation>Was zurückkam, ließ sich nicht als HTTP/1.1 lesen: keine Statuszeile, eine Header-Zeile ohne Doppelpunkt, widersprüchliche Längen oder kaputtes Chunking. Oft spricht der Port ein anderes Protokoll (TLS, SSH, eine Datenbank) oder die Anwendung schreibt rohen Text vor ihre Header. Die Anomalien nennen den Byte-Offset.</translation>
    </message>
    <message>
        <source>The response began but its body was cut short</source>
        <translation>Die Antwort hat begonnen, aber ihr Body wurde abgeschnitten</translation>
    </message>
    <message>
        <source>The response headers arrived but the connection closed before the whole body did.</source>
        <translation>Die Antwort-Header kamen an, aber die Verbindung wurde geschlossen, bevor der ganze Body da war.</translation>
    </message>
    <message>
        <source>The status line and headers were complete, then the peer closed the connection before the promised Content-Length or the final chunk. A gateway would already have passed on the status, so the user sees a truncated page or a failed download rather than a 5xx.</source>
        <translation>Statuszeile und Header waren vollständig, dann hat die Gegenstelle die Verbindung vor der versprochenen Content-Length oder dem letzten Chunk geschlossen. Ein Gateway hätte den Status bereits weitergegeben, daher sieht der Benutzer eine abgeschnittene Seite oder einen fehlgeschlagenen Download statt eines 5xx.</translation>
    </message>
    <message>
        <source>Closed before a response</source>
        <translation>Vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <source>The server closed the connection before sending a complete response; a gateway in front would answer {predicted} (nginx &apos;upstream prematurely closed connection&apos;, HAProxy SH), 503 (Envoy UC, Varnish) or 520 (Cloudflare).</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor er eine vollständige Antwort gesendet hat; ein vorgelagertes Gateway würde {predicted} (nginx &apos;upstream prematurely closed connection&apos;, HAProxy SH), 503 (Envoy UC, Varnish) oder 520 (Cloudflare) antworten.</translation>
    </message>
    <message>
        <source>The connection closed cleanly (FIN) before the response was complete, often after 0 bytes (&apos;empty reply from server&apos;): the application crashed or exited while handling the request, a worker was recycled, or a keep-alive connection was closed by the server just as the client reused it.</source>
        <translation>Die Verbindung wurde sauber (FIN) geschlossen, bevor die Antwort vollständig war, oft nach 0 Bytes (&apos;empty reply from server&apos;): die Anwendung ist bei der Bearbeitung abgestürzt oder beendet worden, ein Worker wurde recycelt, oder eine Keep-Alive-Verbindung wurde vom Server genau in dem Moment geschlossen, als der Client sie wiederverwendete.</translation>
    </message>
    <message>
        <source>No response, for a reason the rules do not know</source>
        <translation>Keine Antwort, aus einem Grund, den die Regeln nicht kennen</translation>
    </message>
    <message>
        <source>No usable response arrived and the transport outcome does not say why.</source>
        <translation>Es kam keine brauchbare Antwort, und das Transportergebnis sagt nicht, warum.</translation>
    </message>
    <message>
        <source>The exchange has no HTTP response but the outcome is not one of the known failures. The transport detail and anomalies below are all there is.</source>
        <translation>Der Austausch hat keine HTTP-Antwort, aber das Ergebnis ist keiner der bekannten Fehler. Das Transportdetail und die Anomalien unten sind alles, was es gibt.</translation>
    </message>
    <message>
        <source>Is it a vendor-specific status code?</source>
        <translation>Ist es ein herstellerspezifischer Statuscode?</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s own 52x code: which hop failed?</source>
        <translation>Cloudflares eigener 52x-Code: welcher Hop ist gescheitert?</translation>
    </message>
    <message>
        <source>520: the origin sent an empty or unreadable response</source>
        <translation>520: der Origin hat eine leere oder unlesbare Antwort gesendet</translation>
    </message>
    <message>
        <source>Cloudflare reached the origin but got an empty, malformed or oversized response back (520).</source>
        <translation>Cloudflare hat den Origin erreicht, aber eine leere, fehlerhafte oder übergroße Antwort zurückbekommen (520).</translation>
    </message>
    <message>
        <source>520 is Cloudflare&apos;s catch-all for a response it cannot use: the origin closed or reset the connection without answering, sent response headers larger than 128 KB, malformed HTTP, or a broken HTTP/2 reply. It also appears when the origin&apos;s keep-alive closes connections Cloudflare is reusing.</source>
        <translation>520 ist Cloudflares Sammelcode für eine Antwort, mit der es nichts anfangen kann: der Origin hat die Verbindung ohne Antwort geschlossen oder zurückgesetzt, Antwort-Header über 128 KB gesendet, fehlerhaftes HTTP oder eine kaputte HTTP/2-Antwort. Er tritt auch auf, wenn das Keep-Alive des Origin Verbindungen schließt, die Cloudflare wiederverwendet.</translation>
    </message>
    <message>
        <source>521: the origin refused the connection</source>
        <translation>521: der Origin hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Cloudflare could not connect to the origin: the connection was refused (521).</source>
        <translation>Cloudflare konnte sich nicht mit dem Origin verbinden: die Verbindung wurde abgelehnt (521).</translation>
    </message>
    <message>
        <source>The origin&apos;s port answered Cloudflare with a reset: the web server is down, listens on another port than the SSL mode uses (80 for Flexible, 443 for Full), or a firewall blocks Cloudflare&apos;s IP ranges.</source>
        <translation>Der Port des Origin hat Cloudflare mit einem Reset geantwortet: der Webserver läuft nicht, lauscht auf einem anderen Port als der SSL-Modus verwendet (80 für Flexible, 443 für Full), oder eine Firewall blockiert Cloudflares IP-Bereiche.</translation>
    </message>
    <message>
        <source>522: connecting to the origin timed out</source>
        <translation>522: die Verbindung zum Origin ist in ein Timeout gelaufen</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s TCP connection to the origin was never established: no SYN-ACK within about 19 s (522).</source>
        <translation>Cloudflares TCP-Verbindung zum Origin kam nie zustande: kein SYN-ACK innerhalb von etwa 19 s (522).</translation>
    </message>
    <message>
        <source>Cloudflare sent SYNs and got no answer, or the request was not acknowledged within 90 s. The origin is overloaded to the point of not accepting connections, or a firewall silently drops Cloudflare&apos;s addresses, or the DNS record points at the wrong IP.</source>
        <translation>Cloudflare hat SYNs gesendet und keine Antwort bekommen, oder die Anfrage wurde nicht innerhalb von 90 s bestätigt. Der Origin ist so überlastet, dass er keine Verbindungen annimmt, eine Firewall verwirft Cloudflares Adressen stillschweigend, oder der DNS-Eintrag zeigt auf die falsche IP.</translation>
    </message>
    <message>
        <source>523: the origin is unreachable</source>
        <translation>523: der Origin ist nicht erreichbar</translation>
    </message>
    <message>
        <source>524: the origin did not answer in time</source>
        <translation>524: der Origin hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Cloudflare connected to the origin but got no HTTP response before its read timeout (100–120 s by default) (524).</source>
        <translation>Cloudflare hat sich mit dem Origin verbunden, aber vor seinem Lese-Timeout (standardmäßig 100–120 s) keine HTTP-Antwort erhalten (524).</translation>
    </message>
    <message>
        <source>The origin accepted the connection and the request, then took longer than Cloudflare&apos;s Proxy Read Timeout to send the response headers. The application is doing slow work inside the request (a report, an export, a long query) or is stuck waiting on something.</source>
        <translation>Der Origin hat Verbindung und Anfrage angenommen und dann länger als Cloudflares Proxy Read Timeout gebraucht, um die Antwort-Header zu senden. Die Anwendung erledigt langsame Arbeit innerhalb der Anfrage (einen Bericht, einen Export, eine lange Abfrage) oder wartet festgefahren auf etwas.</translation>
    </message>
    <message>
        <source>525: TLS handshake with the origin failed</source>
        <translation>525: TLS-Handshake mit dem Origin fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cloudflare could not complete a TLS handshake with the origin (525).</source>
        <translation>Cloudflare konnte keinen TLS-Handshake mit dem Origin abschließen (525).</translation>
    </message>
    <message>
        <source>With SSL mode Full or Full (strict) Cloudflare speaks TLS to the origin; the handshake failed: no certificate on port 443, no SNI support, no shared cipher or protocol version.</source>
        <translation>Im SSL-Modus Full oder Full (strict) spricht Cloudflare TLS mit dem Origin; der Handshake ist gescheitert: kein Zertifikat auf Port 443, keine SNI-Unterstützung, keine gemeinsame Cipher oder Protokollversion.</translation>
    </message>
    <message>
        <source>526: the origin certificate is not valid</source>
        <translation>526: das Zertifikat des Origin ist ungültig</translation>
    </message>
    <message>
        <source>Cloudflare rejected the origin&apos;s certificate (526, Full strict).</source>
        <translation>Cloudflare hat das Zertifikat des Origin abgelehnt (526, Full strict).</translation>
    </message>
    <message>
        <source>In Full (strict) mode the origin certificate must be valid, unexpired, issued by a trusted CA (or a Cloudflare Origin CA certificate) and cover the host name. One of these checks failed.</source>
        <translation>Im Modus Full (strict) muss das Origin-Zertifikat gültig, nicht abgelaufen, von einer vertrauenswürdigen CA ausgestellt (oder ein Cloudflare-Origin-CA-Zertifikat) sein und den Hostnamen abdecken. Eine dieser Prüfungen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>527: Railgun connection error</source>
        <translation>527: Railgun-Verbindungsfehler</translation>
    </message>
    <message>
        <source>Cloudflare reported a Railgun listener error between its edge and the origin (527).</source>
        <translation>Cloudflare hat einen Fehler des Railgun-Listeners zwischen seinem Edge und dem Origin gemeldet (527).</translation>
    </message>
    <message>
        <source>527 belonged to Railgun, a retired Cloudflare product that ran a listener next to the origin; the connection between Cloudflare and that listener failed. Current Cloudflare documentation no longer lists it.</source>
        <translation>527 gehörte zu Railgun, einem eingestellten Cloudflare-Produkt mit einem Listener neben dem Origin; die Verbindung zwischen Cloudflare und diesem Listener ist fehlgeschlagen. Die aktuelle Cloudflare-Dokumentation führt ihn nicht mehr.</translation>
    </message>
    <message>
        <source>530: the origin host name does not resolve</source>
        <translation>530: der Hostname des Origin lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>Cloudflare could not resolve the origin&apos;s host name (530, usually with error 1016).</source>
        <translation>Cloudflare konnte den Hostnamen des Origin nicht auflösen (530, meist mit Fehler 1016).</translation>
    </message>
    <message>
        <source>530 comes with a 1xxx error in the body; 1016 means the origin DNS name (a CNAME target or a tunnel) does not resolve. The record is missing, points at a deleted tunnel or load balancer, or the name was misspelled.</source>
        <translation>530 kommt mit einem 1xxx-Fehler im Body; 1016 bedeutet, dass der DNS-Name des Origin (ein CNAME-Ziel oder ein Tunnel) nicht aufgelöst wird. Der Eintrag fehlt, zeigt auf einen gelöschten Tunnel oder Load Balancer, oder der Name ist falsch geschrieben.</translation>
    </message>
    <message>
        <source>499: the client closed the request (nginx)</source>
        <translation>499: der Client hat die Anfrage geschlossen (nginx)</translation>
    </message>
    <message>
        <source>The client gave up before nginx had an answer (499, nginx&apos;s log-only code).</source>
        <translation>Der Client hat aufgegeben, bevor nginx eine Antwort hatte (499, nginx&apos; reiner Protokoll-Code).</translation>
    </message>
    <message>
        <source>nginx writes 499 when the client closes the connection while nginx is still waiting for the upstream. It is never sent on the wire: seeing it means a client, or a hop in front of nginx, stopped waiting — usually because its own timeout is shorter than the time the upstream needs.</source>
        <translation>nginx schreibt 499, wenn der Client die Verbindung schließt, während nginx noch auf den Upstream wartet. Es wird nie über die Leitung gesendet: wer es sieht, weiß, dass ein Client oder ein Hop vor nginx aufgehört hat zu warten — meist, weil sein eigenes Timeout kürzer ist als die Zeit, die der Upstream braucht.</translation>
    </message>
    <message>
        <source>AWS Application Load Balancer&apos;s own 4xx/5xx code</source>
        <translation>Eigener 4xx/5xx-Code des AWS Application Load Balancer</translation>
    </message>
    <message>
        <source>460: the client closed the connection (ALB)</source>
        <translation>460: der Client hat die Verbindung geschlossen (ALB)</translation>
    </message>
    <message>
        <source>The client closed its connection before the ALB&apos;s idle timeout elapsed (460).</source>
        <translation>Der Client hat seine Verbindung geschlossen, bevor das Leerlauf-Timeout des ALB abgelaufen war (460).</translation>
    </message>
    <message>
        <source>460 appears in ALB access logs when the client went away first: its timeout is shorter than the time the target needs. Nothing is wrong at the ALB; find which client timeout fired.</source>
        <translation>460 erscheint in ALB-Zugriffsprotokollen, wenn der Client zuerst gegangen ist: sein Timeout ist kürzer als die Zeit, die das Ziel braucht. Am ALB ist nichts falsch; finden Sie heraus, welches Client-Timeout ausgelöst hat.</translation>
    </message>
    <message>
        <source>463: X-Forwarded-For with more than 30 addresses (ALB)</source>
        <translation>463: X-Forwarded-For mit mehr als 30 Adressen (ALB)</translation>
    </message>
    <message>
        <source>The ALB rejected the request because its X-Forwarded-For header lists more than 30 addresses (463).</source>
        <translation>Der ALB hat die Anfrage abgewiesen, weil ihr X-Forwarded-For-Header mehr als 30 Adressen aufführt (463).</translation>
    </message>
    <message>
        <source>Every proxy appends the client address to X-Forwarded-For; more than 30 entries almost always means a forwarding loop between proxies, or a client that sends a forged, huge header. The contract has no cause id for a rejected request, hence &apos;unknown&apos;.</source>
        <translation>Jeder Proxy hängt die Client-Adresse an X-Forwarded-For an; mehr als 30 Einträge bedeuten fast immer eine Weiterleitungsschleife zwischen Proxys oder einen Client, der einen gefälschten, riesigen Header sendet. Der Vertrag hat keine Ursachen-ID für eine abgewiesene Anfrage, daher &apos;unknown&apos;.</translation>
    </message>
    <message>
        <source>464: protocol incompatible with the target group (ALB)</source>
        <translation>464: Protokoll passt nicht zur Zielgruppe (ALB)</translation>
    </message>
    <message>
        <source>The request&apos;s protocol does not match the target group&apos;s protocol version (464).</source>
        <translation>Das Protokoll der Anfrage passt nicht zur Protokollversion der Zielgruppe (464).</translation>
    </message>
    <message>
        <source>The listener received HTTP/1.1 for a gRPC or HTTP/2 target group, or the other way round. It is a configuration mismatch at the ALB; the contract has no cause id for it, hence &apos;unknown&apos;.</source>
        <translation>Der Listener hat HTTP/1.1 für eine gRPC- oder HTTP/2-Zielgruppe erhalten oder umgekehrt. Das ist eine Fehlkonfiguration am ALB; der Vertrag hat keine Ursachen-ID dafür, daher &apos;unknown&apos;.</translation>
    </message>
    <message>
        <source>561: the identity provider returned an error (ALB)</source>
        <translation>561: der Identitätsanbieter hat einen Fehler gemeldet (ALB)</translation>
    </message>
    <message>
        <source>The ALB&apos;s authenticate action got an error from the identity provider (561).</source>
        <translation>Die Authenticate-Aktion des ALB hat vom Identitätsanbieter einen Fehler erhalten (561).</translation>
    </message>
    <message>
        <source>With an authenticate-oidc or authenticate-cognito rule, the ALB calls the IdP&apos;s token and user-info endpoints. The IdP answered with an error; the access log&apos;s error_reason field names it.</source>
        <translation>Mit einer authenticate-oidc- oder authenticate-cognito-Regel ruft der ALB die Token- und User-Info-Endpunkte des IdP auf. Der IdP hat mit einem Fehler geantwortet; das Feld error_reason des Zugriffsprotokolls nennt ihn.</translation>
    </message>
    <message>
        <source>Who answered 500, and what does the body show?</source>
        <translation>Wer hat 500 geantwortet, und was zeigt der Body?</translation>
    </message>
    <message>
        <source>The gateway could not resolve its upstream (500)</source>
        <translation>Das Gateway konnte seinen Upstream nicht auflösen (500)</translation>
    </message>
    <message>
        <source>{product} could not resolve the upstream host name and answered 500.</source>
        <translation>{product} konnte den Hostnamen des Upstreams nicht auflösen und hat 500 geantwortet.</translation>
    </message>
    <message>
        <source>Apache mod_proxy answers a DNS failure towards the backend with &apos;500 Proxy Error&apos; and &apos;DNS lookup failure for:&apos; — not the 502 the textbook would expect. The backend name in ProxyPass does not resolve from the proxy host.</source>
        <translation>Apache mod_proxy beantwortet einen DNS-Fehler zum Backend mit &apos;500 Proxy Error&apos; und &apos;DNS lookup failure for:&apos; — nicht mit dem 502, das das Lehrbuch erwarten würde. Der Backend-Name in ProxyPass lässt sich vom Proxy-Host aus nicht auflösen.</translation>
    </message>
    <message>
        <source>TLS to the upstream failed (500)</source>
        <translation>TLS zum Upstream fehlgeschlagen (500)</translation>
    </message>
    <message>
        <source>{product} could not complete TLS with the upstream and answered 500.</source>
        <translation>{product} konnte TLS mit dem Upstream nicht abschließen und hat 500 geantwortet.</translation>
    </message>
    <message>
        <source>Apache (&apos;Error during SSL Handshake with remote server&apos;) and Traefik answer a TLS failure towards the backend with 500, not 502. The backend&apos;s certificate is not trusted, does not match, or the two sides share no protocol.</source>
        <translation>Apache (&apos;Error during SSL Handshake with remote server&apos;) und Traefik beantworten einen TLS-Fehler zum Backend mit 500, nicht 502. Dem Zertifikat des Backends wird nicht vertraut, es passt nicht, oder beide Seiten haben kein gemeinsames Protokoll.</translation>
    </message>
    <message>
        <source>The application reports a failing dependency (database, pool, cache, API)</source>
        <translation>Die Anwendung meldet eine versagende Abhängigkeit (Datenbank, Pool, Cache, API)</translation>
    </message>
    <message>
        <source>The application answered 500 because one of its dependencies failed (database, connection pool, cache or another API).</source>
        <translation>Die Anwendung hat 500 geantwortet, weil eine ihrer Abhängigkeiten versagt hat (Datenbank, Verbindungspool, Cache oder eine andere API).</translation>
    </message>
    <message>
        <source>The body names a dependency error: a database that refused or dropped the connection, returned something the driver could not use, a connection pool that ran dry, or a downstream API that failed. The application itself is reachable; the thing behind it is not healthy. This is the textbook&apos;s &apos;invalid response from the database&apos;.</source>
        <translation>Der Body nennt einen Abhängigkeitsfehler: eine Datenbank, die die Verbindung abgelehnt oder abgebrochen hat, etwas lieferte, das der Treiber nicht verwenden konnte, ein leergelaufener Verbindungspool oder eine nachgelagerte API, die versagt hat. Die Anwendung selbst ist erreichbar; was dahinter liegt, ist nicht gesund. Das ist die &apos;ungültige Antwort der Datenbank&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>Unhandled exception in the application (stack trace or framework error page)</source>
        <translation>Unbehandelte Ausnahme in der Anwendung (Stacktrace oder Framework-Fehlerseite)</translation>
    </message>
    <message>
        <source>The application hit an unhandled error and answered 500 itself; the body carries a stack trace or the framework&apos;s error page.</source>
        <translation>Die Anwendung ist auf einen unbehandelten Fehler gestoßen und hat selbst 500 geantwortet; der Body enthält einen Stacktrace oder die Fehlerseite des Frameworks.</translation>
    </message>
    <message>
        <source>A 500 with a stack trace (Java, Python, Node, .NET, PHP, Ruby or Go) or a framework&apos;s default error page means the code threw and nothing caught it. The gateway only relayed the answer. This is the textbook&apos;s &apos;unhandled exception&apos;.</source>
        <translation>Ein 500 mit einem Stacktrace (Java, Python, Node, .NET, PHP, Ruby oder Go) oder der Standard-Fehlerseite eines Frameworks bedeutet, dass der Code eine Ausnahme geworfen hat und niemand sie gefangen hat. Das Gateway hat die Antwort nur weitergereicht. Das ist die &apos;unbehandelte Ausnahme&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>A gateway made the 500 itself</source>
        <translation>Ein Gateway hat das 500 selbst erzeugt</translation>
    </message>
    <message>
        <source>{product} generated the 500 itself, without relaying it from the origin.</source>
        <translation>{product} hat das 500 selbst erzeugt, ohne es vom Origin weiterzureichen.</translation>
    </message>
    <message>
        <source>The response carries a gateway&apos;s own error signature (for example Kong&apos;s &apos;An unexpected error occurred&apos;, an API Gateway error type, or a Cloudflare page). The gateway failed internally or on its configuration, not the application.</source>
        <translation>Die Antwort trägt die eigene Fehlersignatur eines Gateways (zum Beispiel Kongs &apos;An unexpected error occurred&apos;, einen API-Gateway-Fehlertyp oder eine Cloudflare-Seite). Das Gateway ist intern oder an seiner Konfiguration gescheitert, nicht die Anwendung.</translation>
    </message>
    <message>
        <source>The application answered 500 without a clue</source>
        <translation>Die Anwendung hat 500 ohne Hinweis geantwortet</translation>
    </message>
    <message>
        <source>The application answered 500 and the response does not say why.</source>
        <translation>Die Anwendung hat 500 geantwortet, und die Antwort sagt nicht, warum.</translation>
    </message>
    <message>
        <source>Who answered 502, and what does it say about the upstream?</source>
        <translation>Wer hat 502 geantwortet, und was sagt er über den Upstream?</translation>
    </message>
    <message>
        <source>The upstream answered, but not in the form the gateway expects</source>
        <translation>Der Upstream hat geantwortet, aber nicht in der Form, die das Gateway erwartet</translation>
    </message>
    <message>
        <source>{product} got a response from the origin that was not in the expected form (for example HTML or the wrong JSON shape) and answered 502.</source>
        <translation>{product} hat vom Origin eine Antwort in unerwarteter Form bekommen (zum Beispiel HTML oder falsch geformtes JSON) und 502 geantwortet.</translation>
    </message>
    <message>
        <source>The origin did answer, but the gateway could not use the answer: API Gateway needs a Lambda proxy result with statusCode and a string body; an API gateway expecting JSON got an HTML page (a login or error page). This is the textbook&apos;s &apos;unexpected response form&apos;.</source>
        <translation>Der Origin hat geantwortet, aber das Gateway konnte die Antwort nicht verwenden: API Gateway braucht ein Lambda-Proxy-Ergebnis mit statusCode und einem String-Body; ein API-Gateway, das JSON erwartet, bekam eine HTML-Seite (eine Anmelde- oder Fehlerseite). Das ist die &apos;unerwartete Antwortform&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>A firewall or proxy between gateway and origin answered in the origin&apos;s place</source>
        <translation>Eine Firewall oder ein Proxy zwischen Gateway und Origin hat an Stelle des Origin geantwortet</translation>
    </message>
    <message>
        <source>A firewall, WAF or intercepting proxy answered instead of the origin; the response is its block or error page.</source>
        <translation>Eine Firewall, eine WAF oder ein abfangender Proxy hat statt des Origin geantwortet; die Antwort ist deren Sperr- oder Fehlerseite.</translation>
    </message>
    <message>
        <source>The body or headers carry the signature of a security device or intercepting proxy, not of the application. The device between the gateway and the origin blocked or mangled the request, and the gateway passed on (or choked on) its answer. This is the textbook&apos;s &apos;firewall answering in the origin&apos;s place&apos;.</source>
        <translation>Body oder Header tragen die Signatur eines Sicherheitsgeräts oder abfangenden Proxys, nicht die der Anwendung. Das Gerät zwischen Gateway und Origin hat die Anfrage blockiert oder verstümmelt, und das Gateway hat dessen Antwort weitergereicht (oder sich daran verschluckt). Das ist die &apos;Firewall, die an Stelle des Origin antwortet&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>TLS between gateway and upstream failed</source>
        <translation>TLS zwischen Gateway und Upstream ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>{product} could not complete a TLS handshake with the upstream.</source>
        <translation>{product} konnte keinen TLS-Handshake mit dem Upstream abschließen.</translation>
    </message>
    <message>
        <source>The gateway talks HTTPS to the origin and the handshake failed: untrusted or expired certificate, a name mismatch (SNI), or no shared protocol or cipher.</source>
        <translation>Das Gateway spricht HTTPS mit dem Origin, und der Handshake ist gescheitert: nicht vertrauenswürdiges oder abgelaufenes Zertifikat, ein Namenskonflikt (SNI) oder kein gemeinsames Protokoll bzw. keine gemeinsame Cipher.</translation>
    </message>
    <message>
        <source>The gateway could not connect to its upstream</source>
        <translation>Das Gateway konnte sich nicht mit seinem Upstream verbinden</translation>
    </message>
    <message>
        <source>{product} could not connect to its upstream: nothing accepted the connection, or there was no route to it.</source>
        <translation>{product} konnte sich nicht mit seinem Upstream verbinden: nichts hat die Verbindung angenommen, oder es gab keine Route dorthin.</translation>
    </message>
    <message>
        <source>The gateway&apos;s connection attempt to the origin was refused or could not be routed. The application is down or listens elsewhere, or a network path problem (security group, route, DNS pointing at a dead address) stands between them. This is the textbook&apos;s &apos;network or routing failure&apos;.</source>
        <translation>Der Verbindungsversuch des Gateways zum Origin wurde abgelehnt oder konnte nicht geroutet werden. Die Anwendung läuft nicht oder lauscht anderswo, oder ein Netzwegproblem (Security Group, Route, DNS mit toter Adresse) steht dazwischen. Das ist der &apos;Netzwerk- oder Routingfehler&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>The gateway could not resolve its upstream</source>
        <translation>Das Gateway konnte seinen Upstream nicht auflösen</translation>
    </message>
    <message>
        <source>{product} could not resolve the upstream&apos;s host name.</source>
        <translation>{product} konnte den Hostnamen des Upstreams nicht auflösen.</translation>
    </message>
    <message>
        <source>The gateway looked up the origin&apos;s name and got no address. This is the textbook&apos;s &apos;DNS error&apos; case of 502; the gateway&apos;s log names the host it could not resolve.</source>
        <translation>Das Gateway hat den Namen des Origin nachgeschlagen und keine Adresse erhalten. Das ist der Fall &apos;DNS-Fehler&apos; von 502 im Lehrbuch; das Protokoll des Gateways nennt den Host, den es nicht auflösen konnte.</translation>
    </message>
    <message>
        <source>A timeout reported as 502 (the real gateway contradicts the textbook)</source>
        <translation>Ein Timeout, gemeldet als 502 (das echte Gateway widerspricht dem Lehrbuch)</translation>
    </message>
    <message>
        <source>{product} gave up waiting for the upstream and answered 502 instead of 504 (wait {wait}; matches {timeout}).</source>
        <translation>{product} hat das Warten auf den Upstream aufgegeben und 502 statt 504 geantwortet (Wartezeit {wait}; entspricht {timeout}).</translation>
    </message>
    <message>
        <source>Some real gateways answer a timeout with 502: Apache mod_proxy (&apos;Error reading from remote server&apos; after ProxyTimeout), Google&apos;s classic load balancer and Azure Application Gateway v1. The wait matches the gateway&apos;s own timer.</source>
        <translation>Manche echten Gateways beantworten ein Timeout mit 502: Apache mod_proxy (&apos;Error reading from remote server&apos; nach ProxyTimeout), Googles klassischer Load Balancer und Azure Application Gateway v1. Die Wartezeit entspricht dem eigenen Timer des Gateways.</translation>
    </message>
    <message>
        <source>Apache could not read from the backend after a long wait (likely ProxyTimeout)</source>
        <translation>Apache konnte nach langem Warten nicht vom Backend lesen (wahrscheinlich ProxyTimeout)</translation>
    </message>
    <message>
        <source>Apache gave up reading from its backend after {wait} and answered 502 &apos;Proxy Error&apos; — Apache never answers a backend timeout with 504.</source>
        <translation>Apache hat das Lesen vom Backend nach {wait} aufgegeben und mit 502 &apos;Proxy Error&apos; geantwortet — Apache beantwortet ein Backend-Timeout nie mit 504.</translation>
    </message>
    <message>
        <source>&apos;Error reading from remote server&apos; covers a backend that closed, reset or stayed silent past ProxyTimeout. A long wait before the error means the timer fired (ProxyTimeout defaults to Timeout, 60 s).</source>
        <translation>&apos;Error reading from remote server&apos; deckt ein Backend ab, das geschlossen, zurückgesetzt oder über ProxyTimeout hinaus geschwiegen hat. Eine lange Wartezeit vor dem Fehler bedeutet, dass der Timer ausgelöst hat (ProxyTimeout ist standardmäßig Timeout, 60 s).</translation>
    </message>
    <message>
        <source>The upstream closed the connection before answering</source>
        <translation>Der Upstream hat die Verbindung geschlossen, bevor er antwortete</translation>
    </message>
    <message>
        <source>{product} reports that the upstream closed the connection before a complete response.</source>
        <translation>{product} meldet, dass der Upstream die Verbindung vor einer vollständigen Antwort geschlossen hat.</translation>
    </message>
    <message>
        <source>The origin accepted the request and then closed the connection without a (complete) response: it crashed, a worker was recycled, or it closed an idle keep-alive connection just as the gateway reused it (the classic intermittent 502 when the app&apos;s keep-alive timeout is shorter than the gateway&apos;s).</source>
        <translation>Der Origin hat die Anfrage angenommen und dann die Verbindung ohne (vollständige) Antwort geschlossen: er ist abgestürzt, ein Worker wurde recycelt, oder er hat eine untätige Keep-Alive-Verbindung genau dann geschlossen, als das Gateway sie wiederverwendete (das klassische sporadische 502, wenn das Keep-Alive-Timeout der Anwendung kürzer ist als das des Gateways).</translation>
    </message>
    <message>
        <source>The upstream reset the connection</source>
        <translation>Der Upstream hat die Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>{product} reports that the upstream reset the connection.</source>
        <translation>{product} meldet, dass der Upstream die Verbindung zurückgesetzt hat.</translation>
    </message>
    <message>
        <source>A TCP reset came from the origin side while the gateway waited for the response: the process was killed or crashed, a firewall or NAT dropped the connection state, or a keep-alive race.</source>
        <translation>Ein TCP-Reset kam von der Origin-Seite, während das Gateway auf die Antwort wartete: der Prozess wurde beendet oder ist abgestürzt, eine Firewall oder NAT hat den Verbindungszustand verworfen, oder ein Keep-Alive-Wettlauf.</translation>
    </message>
    <message>
        <source>The upstream sent a response the gateway could not parse</source>
        <translation>Der Upstream hat eine Antwort gesendet, die das Gateway nicht parsen konnte</translation>
    </message>
    <message>
        <source>{product} could not parse the upstream&apos;s response (bad status line, bad header or bad body framing).</source>
        <translation>{product} konnte die Antwort des Upstreams nicht parsen (fehlerhafte Statuszeile, fehlerhafter Header oder fehlerhafte Body-Rahmung).</translation>
    </message>
    <message>
        <source>The origin answered, but not with valid HTTP: a corrupt status line, a header without a colon, a header block too large for the gateway&apos;s buffers, conflicting lengths or broken chunking. This is the textbook&apos;s &apos;origin sent an invalid body&apos;.</source>
        <translation>Der Origin hat geantwortet, aber nicht mit gültigem HTTP: eine beschädigte Statuszeile, ein Header ohne Doppelpunkt, ein Header-Block zu groß für die Puffer des Gateways, widersprüchliche Längen oder kaputtes Chunking. Das ist der Fall &apos;Origin hat einen ungültigen Body gesendet&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>The 502 comes from behind the gateway: what does the origin side say?</source>
        <translation>Das 502 kommt von hinter dem Gateway: was sagt die Origin-Seite?</translation>
    </message>
    <message>
        <source>The application reports a failing dependency (502)</source>
        <translation>Die Anwendung meldet eine versagende Abhängigkeit (502)</translation>
    </message>
    <message>
        <source>The application answered 502 itself because something it calls failed; {gateway} only relayed it.</source>
        <translation>Die Anwendung hat selbst 502 geantwortet, weil etwas, das sie aufruft, versagt hat; {gateway} hat es nur weitergereicht.</translation>
    </message>
    <message>
        <source>The body is the application&apos;s own error and names a dependency (an API, a database, a cache). The application is acting as a gateway to that dependency.</source>
        <translation>Der Body ist der eigene Fehler der Anwendung und nennt eine Abhängigkeit (eine API, eine Datenbank, einen Cache). Die Anwendung handelt als Gateway zu dieser Abhängigkeit.</translation>
    </message>
    <message>
        <source>The application failed with an exception (502)</source>
        <translation>Die Anwendung ist mit einer Ausnahme gescheitert (502)</translation>
    </message>
    <message>
        <source>The application answered 502 with a stack trace or framework error page; {gateway} only relayed it.</source>
        <translation>Die Anwendung hat 502 mit einem Stacktrace oder einer Framework-Fehlerseite geantwortet; {gateway} hat es nur weitergereicht.</translation>
    </message>
    <message>
        <source>A stack trace or framework error page under a 502 means the application produced the status itself while handling an error.</source>
        <translation>Ein Stacktrace oder eine Framework-Fehlerseite unter einem 502 bedeutet, dass die Anwendung den Status selbst beim Behandeln eines Fehlers erzeugt hat.</translation>
    </message>
    <message>
        <source>Cloudflare shows a 502 from the origin side</source>
        <translation>Cloudflare zeigt ein 502 von der Origin-Seite</translation>
    </message>
    <message>
        <source>The origin side (your server or a proxy of its own) answered 502; Cloudflare only wrapped it in its branded page.</source>
        <translation>Die Origin-Seite (Ihr Server oder ein eigener Proxy davor) hat 502 geantwortet; Cloudflare hat es nur in seine gebrandete Seite verpackt.</translation>
    </message>
    <message>
        <source>Cloudflare shows origin 502/504 responses on its branded error page, while its own failures use 52x codes or an unbranded page. The failing hop is the origin&apos;s web server or reverse proxy.</source>
        <translation>Cloudflare zeigt 502/504-Antworten des Origin auf seiner gebrandeten Fehlerseite, während eigene Fehler 52x-Codes oder eine Seite ohne Branding verwenden. Der fehlerhafte Hop ist der Webserver oder Reverse Proxy des Origin.</translation>
    </message>
    <message>
        <source>The application answered 502 without a clue</source>
        <translation>Die Anwendung hat 502 ohne Hinweis geantwortet</translation>
    </message>
    <message>
        <source>The application answered 502 itself; {gateway} only relayed it.</source>
        <translation>Die Anwendung hat selbst 502 geantwortet; {gateway} hat es nur weitergereicht.</translation>
    </message>
    <message>
        <source>The body carries the application&apos;s own format (for example JSON) and no gateway claims the error. Read the application&apos;s logs for the request.</source>
        <translation>Der Body hat das eigene Format der Anwendung (zum Beispiel JSON), und kein Gateway beansprucht den Fehler. Lesen Sie die Protokolle der Anwendung zu der Anfrage.</translation>
    </message>
    <message>
        <source>A gateway reports an upstream failure without saying which</source>
        <translation>Ein Gateway meldet einen Upstream-Fehler, ohne zu sagen, welchen</translation>
    </message>
    <message>
        <source>{product} could not get a usable response from its upstream; the page does not say whether the connection was refused, closed, reset or answered with garbage.</source>
        <translation>{product} konnte keine brauchbare Antwort von seinem Upstream bekommen; die Seite sagt nicht, ob die Verbindung abgelehnt, geschlossen, zurückgesetzt oder mit Müll beantwortet wurde.</translation>
    </message>
    <message>
        <source>Several gateways use one page for every upstream failure (nginx, AWS ALB, Traefik, Kong, HAProxy&apos;s &apos;invalid or incomplete response&apos;). The gateway&apos;s own log says which: for nginx the error.log line, for HAProxy the termination state, for ALB the access log&apos;s target fields.</source>
        <translation>Mehrere Gateways verwenden eine Seite für jeden Upstream-Fehler (nginx, AWS ALB, Traefik, Kong, HAProxys &apos;invalid or incomplete response&apos;). Das eigene Protokoll des Gateways sagt, welcher: bei nginx die error.log-Zeile, bei HAProxy der Endzustand, bei ALB die Zielfelder des Zugriffsprotokolls.</translation>
    </message>
    <message>
        <source>A 502 without any signature</source>
        <translation>Ein 502 ohne jede Signatur</translation>
    </message>
    <message>
        <source>A gateway that left no signature reported that its upstream failed (502).</source>
        <translation>Ein Gateway ohne Signatur hat gemeldet, dass sein Upstream versagt hat (502).</translation>
    </message>
    <message>
        <source>Nothing in the headers or body names the hop that produced the 502. By definition a 502 comes from a gateway or proxy; find which one sits in front of the application and read its log.</source>
        <translation>Nichts in Headern oder Body nennt den Hop, der das 502 erzeugt hat. Per Definition stammt ein 502 von einem Gateway oder Proxy; finden Sie heraus, welches vor der Anwendung sitzt, und lesen Sie dessen Protokoll.</translation>
    </message>
    <message>
        <source>Who answered 503, and why is the service unavailable?</source>
        <translation>Wer hat 503 geantwortet, und warum ist der Dienst nicht verfügbar?</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>Geplante Wartung</translation>
    </message>
    <message>
        <source>The service is in maintenance mode ({product}); Retry-After: {retryAfter} s.</source>
        <translation>Der Dienst ist im Wartungsmodus ({product}); Retry-After: {retryAfter} s.</translation>
    </message>
    <message>
        <source>The response says the service is down on purpose: a maintenance page, a maintenance flag at the gateway, or a server shutting down. This is the textbook&apos;s &apos;maintenance mode&apos;.</source>
        <translation>Die Antwort sagt, dass der Dienst absichtlich nicht verfügbar ist: eine Wartungsseite, ein Wartungsschalter am Gateway oder ein herunterfahrender Server. Das ist der &apos;Wartungsmodus&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>No healthy upstream to send to</source>
        <translation>Kein gesunder Upstream zum Weiterleiten</translation>
    </message>
    <message>
        <source>{product} had no healthy upstream server to send the request to.</source>
        <translation>{product} hatte keinen gesunden Upstream-Server, an den es die Anfrage senden konnte.</translation>
    </message>
    <message>
        <source>Every server behind the gateway is down, failing its health checks, or not registered (Envoy &apos;no healthy upstream&apos;, Traefik &apos;no available server&apos;, Kong ring-balancer, Caddy &apos;no upstreams available&apos;, ALB with no registered targets). This is the textbook&apos;s &apos;server crashed and cannot accept connections&apos;.</source>
        <translation>Jeder Server hinter dem Gateway ist ausgefallen, besteht seine Health-Checks nicht oder ist nicht registriert (Envoy &apos;no healthy upstream&apos;, Traefik &apos;no available server&apos;, Kong Ring-Balancer, Caddy &apos;no upstreams available&apos;, ALB ohne registrierte Ziele). Das ist der &apos;abgestürzte Server, der keine Verbindungen annehmen kann&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>A rate or connection limit rejected the request</source>
        <translation>Eine Raten- oder Verbindungsgrenze hat die Anfrage abgewiesen</translation>
    </message>
    <message>
        <source>A rate or connection limit rejected the request ({product}).</source>
        <translation>Eine Raten- oder Verbindungsgrenze hat die Anfrage abgewiesen ({product}).</translation>
    </message>
    <message>
        <source>The answer (text or rate-limit headers) shows a limiter at work: too many requests from this client or key, or too many concurrent connections.</source>
        <translation>Die Antwort (Text oder Ratenbegrenzungs-Header) zeigt einen Begrenzer bei der Arbeit: zu viele Anfragen von diesem Client oder Schlüssel oder zu viele gleichzeitige Verbindungen.</translation>
    </message>
    <message>
        <source>The server is at capacity</source>
        <translation>Der Server ist ausgelastet</translation>
    </message>
    <message>
        <source>The server says it is at capacity and cannot take more requests ({product}).</source>
        <translation>Der Server sagt, er sei ausgelastet und könne keine weiteren Anfragen annehmen ({product}).</translation>
    </message>
    <message>
        <source>A queue is full, a circuit breaker is open, or the server explicitly reports being over capacity (for example AWS CLB &apos;Back-end server is at capacity&apos;, Envoy x-envoy-overloaded). This is the textbook&apos;s &apos;server at capacity&apos;.</source>
        <translation>Eine Warteschlange ist voll, ein Circuit Breaker ist offen, oder der Server meldet ausdrücklich Überlastung (zum Beispiel AWS CLB &apos;Back-end server is at capacity&apos;, Envoy x-envoy-overloaded). Das ist der &apos;ausgelastete Server&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>TLS to the upstream failed (503)</source>
        <translation>TLS zum Upstream fehlgeschlagen (503)</translation>
    </message>
    <message>
        <source>{product} could not complete TLS with the upstream and answered 503.</source>
        <translation>{product} konnte TLS mit dem Upstream nicht abschließen und hat 503 geantwortet.</translation>
    </message>
    <message>
        <source>HAProxy, Envoy and Squid answer a failed TLS handshake towards the backend with 503.</source>
        <translation>HAProxy, Envoy und Squid beantworten einen fehlgeschlagenen TLS-Handshake zum Backend mit 503.</translation>
    </message>
    <message>
        <source>A refused connection reported as 503 (the real gateway contradicts the textbook)</source>
        <translation>Eine abgelehnte Verbindung, gemeldet als 503 (das echte Gateway widerspricht dem Lehrbuch)</translation>
    </message>
    <message>
        <source>{product} could not connect to its upstream (connection refused) and answered 503.</source>
        <translation>{product} konnte sich nicht mit seinem Upstream verbinden (Verbindung abgelehnt) und hat 503 geantwortet.</translation>
    </message>
    <message>
        <source>HAProxy, Apache, Squid, Envoy and Varnish answer a refused upstream connection with 503, not the 502 the textbook describes. Nothing listens on the upstream address.</source>
        <translation>HAProxy, Apache, Squid, Envoy und Varnish beantworten eine abgelehnte Upstream-Verbindung mit 503, nicht mit dem 502, das das Lehrbuch beschreibt. Auf der Upstream-Adresse lauscht nichts.</translation>
    </message>
    <message>
        <source>Connecting to the upstream timed out (503)</source>
        <translation>Verbindungsaufbau zum Upstream im Timeout (503)</translation>
    </message>
    <message>
        <source>Squid (ERR_CONNECT_FAIL 110), Envoy (connection timeout), HAProxy (timeout connect) and Varnish (connect_timeout 3.5 s) answer a connect timeout with 503. Packets to the origin are dropped or the origin&apos;s accept queue is full.</source>
        <translation>Squid (ERR_CONNECT_FAIL 110), Envoy (connection timeout), HAProxy (timeout connect) und Varnish (connect_timeout 3,5 s) beantworten ein Verbindungs-Timeout mit 503. Pakete zum Origin werden verworfen oder die Accept-Warteschlange des Origin ist voll.</translation>
    </message>
    <message>
        <source>The upstream did not answer in time (503)</source>
        <translation>Der Upstream hat nicht rechtzeitig geantwortet (503)</translation>
    </message>
    <message>
        <source>{product} gave up waiting for the upstream&apos;s response and answered 503 (wait {wait}; matches {timeout}).</source>
        <translation>{product} hat das Warten auf die Antwort des Upstreams aufgegeben und 503 geantwortet (Wartezeit {wait}; entspricht {timeout}).</translation>
    </message>
    <message>
        <source>Varnish (first_byte_timeout 60 s), Fastly (15 s), Heroku (H12, 30 s) and API Gateway HTTP APIs (30 s) answer a slow origin with 503 rather than 504.</source>
        <translation>Varnish (first_byte_timeout 60 s), Fastly (15 s), Heroku (H12, 30 s) und HTTP-APIs von API Gateway (30 s) beantworten einen langsamen Origin mit 503 statt 504.</translation>
    </message>
    <message>
        <source>The upstream closed the connection (503)</source>
        <translation>Der Upstream hat die Verbindung geschlossen (503)</translation>
    </message>
    <message>
        <source>{product} reports that the upstream closed the connection before responding, and answered 503.</source>
        <translation>{product} meldet, dass der Upstream die Verbindung vor der Antwort geschlossen hat, und hat 503 geantwortet.</translation>
    </message>
    <message>
        <source>Envoy (&apos;connection termination&apos;, flag UC) answers an upstream close with 503. The usual cause is a keep-alive race: the application closes idle connections sooner than the proxy stops reusing them.</source>
        <translation>Envoy (&apos;connection termination&apos;, Flag UC) beantwortet ein Schließen durch den Upstream mit 503. Die übliche Ursache ist ein Keep-Alive-Wettlauf: die Anwendung schließt untätige Verbindungen früher, als der Proxy aufhört, sie wiederzuverwenden.</translation>
    </message>
    <message>
        <source>The upstream reset the connection (503)</source>
        <translation>Der Upstream hat die Verbindung zurückgesetzt (503)</translation>
    </message>
    <message>
        <source>{product} reports that the upstream reset the connection, and answered 503.</source>
        <translation>{product} meldet, dass der Upstream die Verbindung zurückgesetzt hat, und hat 503 geantwortet.</translation>
    </message>
    <message>
        <source>Envoy (&apos;remote reset&apos;, flag UR) and Fastly (&apos;backend read error&apos;) answer an upstream reset with 503.</source>
        <translation>Envoy (&apos;remote reset&apos;, Flag UR) und Fastly (&apos;backend read error&apos;) beantworten einen Upstream-Reset mit 503.</translation>
    </message>
    <message>
        <source>The upstream name did not resolve (503)</source>
        <translation>Der Upstream-Name wurde nicht aufgelöst (503)</translation>
    </message>
    <message>
        <source>{product} could not resolve the upstream host name and answered 503.</source>
        <translation>{product} konnte den Hostnamen des Upstreams nicht auflösen und hat 503 geantwortet.</translation>
    </message>
    <message>
        <source>Kong (&apos;name resolution failed&apos;), Squid (ERR_DNS_FAIL) and HAProxy (server put in maintenance by its resolvers) answer a DNS failure with 503.</source>
        <translation>Kong (&apos;name resolution failed&apos;), Squid (ERR_DNS_FAIL) und HAProxy (Server von seinen Resolvern in Wartung gesetzt) beantworten einen DNS-Fehler mit 503.</translation>
    </message>
    <message>
        <source>The upstream&apos;s response could not be parsed (503)</source>
        <translation>Die Antwort des Upstreams konnte nicht geparst werden (503)</translation>
    </message>
    <message>
        <source>{product} could not parse the upstream&apos;s response and answered 503.</source>
        <translation>{product} konnte die Antwort des Upstreams nicht parsen und hat 503 geantwortet.</translation>
    </message>
    <message>
        <source>The gateway read something from the origin that was not valid HTTP.</source>
        <translation>Das Gateway hat vom Origin etwas gelesen, das kein gültiges HTTP war.</translation>
    </message>
    <message>
        <source>HAProxy retried a refused connection, then gave up</source>
        <translation>HAProxy hat eine abgelehnte Verbindung wiederholt und dann aufgegeben</translation>
    </message>
    <message>
        <source>{product} could not connect to any server (it retried for {wait}) and answered 503 &apos;No server is available&apos;.</source>
        <translation>{product} konnte sich mit keinem Server verbinden (es hat {wait} lang wiederholt) und hat 503 &apos;No server is available&apos; geantwortet.</translation>
    </message>
    <message>
        <source>HAProxy answers a refused connection with the same 503 page as a backend without any server up, but only after its connection retries (retries 3, one per &apos;timeout connect&apos; or 1 s): a 503 after a second or more is a refused or timed-out connect, an immediate one is &lt;NOSRV&gt;. The textbook&apos;s 502 does not hold here.</source>
        <translation>HAProxy beantwortet eine abgelehnte Verbindung mit derselben 503-Seite wie ein Backend ohne laufenden Server, aber erst nach seinen Verbindungswiederholungen (retries 3, je eine pro &apos;timeout connect&apos; oder 1 s): ein 503 nach einer Sekunde oder mehr ist ein abgelehnter oder abgelaufener Verbindungsaufbau, ein sofortiges ist &lt;NOSRV&gt;. Das 502 des Lehrbuchs gilt hier nicht.</translation>
    </message>
    <message>
        <source>HAProxy or Apache had no server that would take the connection</source>
        <translation>HAProxy oder Apache hatte keinen Server, der die Verbindung angenommen hätte</translation>
    </message>
    <message>
        <source>{product} found no upstream server that would take the request (refused, timed out, or marked down) and answered 503.</source>
        <translation>{product} hat keinen Upstream-Server gefunden, der die Anfrage annehmen würde (abgelehnt, Timeout oder als ausgefallen markiert), und hat 503 geantwortet.</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &apos;No server is available to handle this request&apos; covers a refused connection (SC), a connect timeout (sC) and a backend with no server up (&lt;NOSRV&gt;). Apache mod_proxy answers a refused connection with 503 and then keeps the worker disabled for &apos;retry&apos; (60 s), so every request in that minute gets 503 too. Either way no server accepted the connection: the textbook&apos;s &apos;crashed, cannot accept connections&apos;.</source>
        <translation>HAProxys &apos;No server is available to handle this request&apos; umfasst eine abgelehnte Verbindung (SC), ein Verbindungs-Timeout (sC) und ein Backend ohne laufenden Server (&lt;NOSRV&gt;). Apache mod_proxy beantwortet eine abgelehnte Verbindung mit 503 und hält den Worker dann für &apos;retry&apos; (60 s) deaktiviert, sodass auch jede Anfrage in dieser Minute 503 erhält. So oder so hat kein Server die Verbindung angenommen: der &apos;abgestürzte Server, der keine Verbindungen annehmen kann&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>Varnish (or Fastly) could not fetch from the backend</source>
        <translation>Varnish (oder Fastly) konnte nicht vom Backend holen</translation>
    </message>
    <message>
        <source>{product} could not fetch the response from its backend (&apos;Backend fetch failed&apos;); it answers every backend failure with 503.</source>
        <translation>{product} konnte die Antwort nicht von seinem Backend holen (&apos;Backend fetch failed&apos;); es beantwortet jeden Backend-Fehler mit 503.</translation>
    </message>
    <message>
        <source>Varnish turns every backend failure into 503 &apos;Backend fetch failed&apos;: refused, timeout, closed, junk or unhealthy. Only varnishlog&apos;s FetchError line says which.</source>
        <translation>Varnish macht aus jedem Backend-Fehler 503 &apos;Backend fetch failed&apos;: abgelehnt, Timeout, geschlossen, Müll oder ungesund. Nur die FetchError-Zeile von varnishlog sagt, welcher.</translation>
    </message>
    <message>
        <source>The 503 comes from the application: does it say why?</source>
        <translation>Das 503 kommt von der Anwendung: sagt sie, warum?</translation>
    </message>
    <message>
        <source>The application reports a failing dependency (503)</source>
        <translation>Die Anwendung meldet eine versagende Abhängigkeit (503)</translation>
    </message>
    <message>
        <source>The application answered 503 because a dependency is unavailable; {gateway} only relayed it.</source>
        <translation>Die Anwendung hat 503 geantwortet, weil eine Abhängigkeit nicht verfügbar ist; {gateway} hat es nur weitergereicht.</translation>
    </message>
    <message>
        <source>The application is up but something it needs (database, pool, cache, another API) is not; it reports itself unavailable.</source>
        <translation>Die Anwendung läuft, aber etwas, das sie braucht (Datenbank, Pool, Cache, eine andere API), nicht; sie meldet sich selbst als nicht verfügbar.</translation>
    </message>
    <message>
        <source>The application reports itself unavailable</source>
        <translation>Die Anwendung meldet sich selbst als nicht verfügbar</translation>
    </message>
    <message>
        <source>The application answered 503 itself without saying why.</source>
        <translation>Die Anwendung hat selbst 503 geantwortet, ohne zu sagen, warum.</translation>
    </message>
    <message>
        <source>The application&apos;s own response, not a gateway&apos;s page. Common reasons are a readiness check failing, a feature flag, or an overload guard inside the application; its logs say which.</source>
        <translation>Die eigene Antwort der Anwendung, keine Gateway-Seite. Häufige Gründe sind ein fehlschlagender Readiness-Check, ein Feature-Flag oder ein Überlastschutz in der Anwendung; ihre Protokolle sagen, welcher.</translation>
    </message>
    <message>
        <source>nginx never answers 503 for an unreachable upstream (that is 502 or 504). Its own 503 page comes from limit_req or limit_conn, whose default status is 503, from an explicit &apos;return 503&apos;, or on ingress-nginx from a Service without ready endpoints.</source>
        <translation>nginx antwortet für einen unerreichbaren Upstream nie mit 503 (das ist 502 oder 504). Seine eigene 503-Seite kommt von limit_req oder limit_conn, deren Standardstatus 503 ist, von einem ausdrücklichen &apos;return 503&apos; oder bei ingress-nginx von einem Service ohne bereite Endpunkte.</translation>
    </message>
    <message>
        <source>A gateway says the service is unavailable, without a reason</source>
        <translation>Ein Gateway meldet den Dienst als nicht verfügbar, ohne Grund</translation>
    </message>
    <message>
        <source>{product} answered 503 without saying why.</source>
        <translation>{product} hat 503 geantwortet, ohne zu sagen, warum.</translation>
    </message>
    <message>
        <source>A gateway signature is present but nothing tells the reason. Read that gateway&apos;s log for the request.</source>
        <translation>Eine Gateway-Signatur ist vorhanden, aber nichts nennt den Grund. Lesen Sie das Protokoll dieses Gateways zu der Anfrage.</translation>
    </message>
    <message>
        <source>A 503 without any signature</source>
        <translation>Ein 503 ohne jede Signatur</translation>
    </message>
    <message>
        <source>A 503 with nothing that tells who made it or why.</source>
        <translation>Ein 503 ohne Hinweis darauf, wer ihn erzeugt hat oder warum.</translation>
    </message>
    <message>
        <source>Who answered 504, and which timer fired?</source>
        <translation>Wer hat 504 geantwortet, und welcher Timer hat ausgelöst?</translation>
    </message>
    <message>
        <source>Cloudflare shows a 504 from the origin side</source>
        <translation>Cloudflare zeigt ein 504 von der Origin-Seite</translation>
    </message>
    <message>
        <source>A gateway on the origin side timed out (504); Cloudflare only wrapped it in its branded page.</source>
        <translation>Ein Gateway auf der Origin-Seite ist in ein Timeout gelaufen (504); Cloudflare hat es nur in seine gebrandete Seite verpackt.</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s own read timeout is 524; a 504 on its branded page was produced behind it, by the origin&apos;s own reverse proxy or load balancer.</source>
        <translation>Cloudflares eigenes Lese-Timeout ist 524; ein 504 auf seiner gebrandeten Seite wurde dahinter erzeugt, vom eigenen Reverse Proxy oder Load Balancer des Origin.</translation>
    </message>
    <message>
        <source>The application reports that something it calls timed out</source>
        <translation>Die Anwendung meldet, dass etwas, das sie aufruft, ins Timeout lief</translation>
    </message>
    <message>
        <source>The application answered 504 itself: a call it makes timed out; {gateway} only relayed it.</source>
        <translation>Die Anwendung hat selbst 504 geantwortet: ein Aufruf, den sie macht, lief ins Timeout; {gateway} hat es nur weitergereicht.</translation>
    </message>
    <message>
        <source>The body is the application&apos;s own and reports a timeout of a dependency (another API, the database).</source>
        <translation>Der Body stammt von der Anwendung selbst und meldet ein Timeout einer Abhängigkeit (einer anderen API, der Datenbank).</translation>
    </message>
    <message>
        <source>The gateway could not even connect to the origin</source>
        <translation>Das Gateway konnte sich nicht einmal mit dem Origin verbinden</translation>
    </message>
    <message>
        <source>{product} could not establish a connection to the origin in time (wait {wait}) — a network failure between gateway and origin.</source>
        <translation>{product} konnte nicht rechtzeitig eine Verbindung zum Origin aufbauen (Wartezeit {wait}) — ein Netzwerkfehler zwischen Gateway und Origin.</translation>
    </message>
    <message>
        <source>The gateway&apos;s connect timer fired: SYNs to the origin went unanswered. A firewall or security group that drops packets, a wrong route or address, or an origin so overloaded it does not accept connections. Caddy answers exactly this (its 3 s dial timeout) with 504, and never times out a slow response by default. This is the textbook&apos;s &apos;network failure between gateway and origin&apos;.</source>
        <translation>Der Verbindungs-Timer des Gateways hat ausgelöst: SYNs zum Origin blieben unbeantwortet. Eine Firewall oder Security Group, die Pakete verwirft, eine falsche Route oder Adresse oder ein Origin, der so überlastet ist, dass er keine Verbindungen annimmt. Caddy beantwortet genau das (sein 3-s-Dial-Timeout) mit 504 und lässt eine langsame Antwort standardmäßig nie ins Timeout laufen. Das ist der &apos;Netzwerkfehler zwischen Gateway und Origin&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>The origin took longer than the gateway&apos;s default timeout</source>
        <translation>Der Origin brauchte länger als das Standard-Timeout des Gateways</translation>
    </message>
    <message>
        <source>{product} stopped waiting after {wait}, which matches {timeout}: the origin was too slow to answer.</source>
        <translation>{product} hat nach {wait} aufgehört zu warten, was {timeout} entspricht: der Origin war zu langsam mit der Antwort.</translation>
    </message>
    <message>
        <source>The wait equals a well-known default read timeout, so the gateway&apos;s timer fired before the origin sent its response headers. The usual reason is load: too many concurrent requests queue up in the application (or its database), and the slowest exceed the limit. This is the textbook&apos;s &apos;too many concurrent requests&apos;.</source>
        <translation>Die Wartezeit entspricht einem bekannten Standard-Lese-Timeout, also hat der Timer des Gateways ausgelöst, bevor der Origin seine Antwort-Header gesendet hat. Der übliche Grund ist Last: zu viele gleichzeitige Anfragen stauen sich in der Anwendung (oder ihrer Datenbank), und die langsamsten überschreiten die Grenze. Das ist der Fall &apos;zu viele gleichzeitige Anfragen&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>The origin accepted the request and never answered</source>
        <translation>Der Origin hat die Anfrage angenommen und nie geantwortet</translation>
    </message>
    <message>
        <source>{product} waited {wait} for the origin&apos;s response and got none (504).</source>
        <translation>{product} hat {wait} auf die Antwort des Origin gewartet und keine bekommen (504).</translation>
    </message>
    <message>
        <source>The gateway connected and sent the request, then nothing came back before its (configured) timeout. Either the application is stuck on this request, or it hit an error and never wrote a response (a crashed worker thread, a swallowed exception, a deadlock). This is the textbook&apos;s &apos;origin hit an error and sent nothing&apos;.</source>
        <translation>Das Gateway hat sich verbunden und die Anfrage gesendet, dann kam vor seinem (konfigurierten) Timeout nichts zurück. Entweder hängt die Anwendung an dieser Anfrage, oder sie ist auf einen Fehler gestoßen und hat nie eine Antwort geschrieben (ein abgestürzter Worker-Thread, eine verschluckte Ausnahme, ein Deadlock). Das ist der Fall &apos;Origin ist auf einen Fehler gestoßen und hat nichts gesendet&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>A 504 without any signature</source>
        <translation>Ein 504 ohne jede Signatur</translation>
    </message>
    <message>
        <source>A gateway that left no signature timed out waiting for its upstream (504).</source>
        <translation>Ein Gateway ohne Signatur ist beim Warten auf seinen Upstream in ein Timeout gelaufen (504).</translation>
    </message>
    <message>
        <source>Nothing names the hop. By definition a 504 is a gateway&apos;s timer firing; compare the wait with the well-known defaults and check each hop.</source>
        <translation>Nichts nennt den Hop. Per Definition ist ein 504 der ausgelöste Timer eines Gateways; vergleichen Sie die Wartezeit mit den bekannten Standardwerten und prüfen Sie jeden Hop.</translation>
    </message>
    <message>
        <source>Another 5xx: who made it?</source>
        <translation>Ein anderer 5xx: wer hat ihn erzeugt?</translation>
    </message>
    <message>
        <source>A gateway answered with another 5xx</source>
        <translation>Ein Gateway hat mit einem anderen 5xx geantwortet</translation>
    </message>
    <message>
        <source>{product} answered {status} itself.</source>
        <translation>{product} hat selbst {status} geantwortet.</translation>
    </message>
    <message>
        <source>A gateway produced this rarer 5xx (for example ALB 501 for an unsupported Transfer-Encoding, 505 for an HTTP version it does not accept).</source>
        <translation>Ein Gateway hat diesen selteneren 5xx erzeugt (zum Beispiel ALB 501 für ein nicht unterstütztes Transfer-Encoding, 505 für eine HTTP-Version, die es nicht akzeptiert).</translation>
    </message>
    <message>
        <source>The application answered with another 5xx</source>
        <translation>Die Anwendung hat mit einem anderen 5xx geantwortet</translation>
    </message>
    <message>
        <source>The application answered {status}.</source>
        <translation>Die Anwendung hat {status} geantwortet.</translation>
    </message>
    <message>
        <source>501, 505, 507, 508 and 511 come from the application or the web server in front of it; they describe a feature or resource problem rather than an outage.</source>
        <translation>501, 505, 507, 508 und 511 kommen von der Anwendung oder dem Webserver davor; sie beschreiben ein Funktions- oder Ressourcenproblem, keinen Ausfall.</translation>
    </message>
    <message>
        <source>No server error: is the answer what the caller expected?</source>
        <translation>Kein Serverfehler: ist die Antwort, was der Aufrufer erwartet hat?</translation>
    </message>
    <message>
        <source>HTML where JSON was expected</source>
        <translation>HTML, wo JSON erwartet wurde</translation>
    </message>
    <message>
        <source>The call asked for JSON and got an HTML page with status {status}; a gateway that validates content (or the calling code) would fail here.</source>
        <translation>Der Aufruf verlangte JSON und bekam eine HTML-Seite mit Status {status}; ein Gateway, das Inhalte prüft (oder der aufrufende Code), würde hier scheitern.</translation>
    </message>
    <message>
        <source>The request&apos;s Accept header asks for JSON, the answer is HTML. Typical reasons: an expired session redirected to a login page, a captive portal, a catch-all SPA route answering an API path, a maintenance or WAF page served with 200. This is the textbook&apos;s &apos;HTML where JSON was expected&apos;.</source>
        <translation>Der Accept-Header der Anfrage verlangt JSON, die Antwort ist HTML. Typische Gründe: eine abgelaufene Sitzung, die auf eine Anmeldeseite umleitet, ein Captive Portal, eine SPA-Auffangroute, die einen API-Pfad beantwortet, eine Wartungs- oder WAF-Seite mit Status 200. Das ist das &apos;HTML, wo JSON erwartet wurde&apos; des Lehrbuchs.</translation>
    </message>
    <message>
        <source>429 Too Many Requests</source>
        <translation>429 Too Many Requests</translation>
    </message>
    <message>
        <source>A rate limit rejected the request (429, {product}).</source>
        <translation>Eine Ratenbegrenzung hat die Anfrage abgewiesen (429, {product}).</translation>
    </message>
    <message>
        <source>429 is the standard answer of a rate limiter; Retry-After, when present, says when to come back.</source>
        <translation>429 ist die Standardantwort eines Ratenbegrenzers; Retry-After sagt, falls vorhanden, wann man wiederkommen soll.</translation>
    </message>
    <message>
        <source>No server error</source>
        <translation>Kein Serverfehler</translation>
    </message>
    <message>
        <source>No server error: the response is {status}.</source>
        <translation>Kein Serverfehler: die Antwort ist {status}.</translation>
    </message>
    <message>
        <source>The exchange completed with a status below 500 and nothing that needs a diagnosis.</source>
        <translation>Der Austausch endete mit einem Status unter 500 und nichts, was eine Diagnose braucht.</translation>
    </message>
    <message>
        <source>{product} could not connect to its upstream in time and answered 503 (wait {wait}; matches {timeout}).</source>
        <translation>{product} konnte sich nicht rechtzeitig mit seinem Upstream verbinden und antwortete mit 503 (Wartezeit {wait}; passt zu {timeout}).</translation>
    </message>
    <message>
        <source>The client ended the request itself (nothing says the server did)</source>
        <translation>Der Client hat die Anfrage selbst beendet (nichts deutet auf den Server)</translation>
    </message>
    <message>
        <source>No response was recorded and the capture names no failure of the server: the browser or client cancelled or blocked the request itself, or it was still pending when the capture was saved.</source>
        <translation>Es wurde keine Antwort aufgezeichnet, und der Mitschnitt nennt keinen Fehler des Servers: Der Browser oder Client hat die Anfrage selbst abgebrochen oder blockiert, oder sie stand beim Speichern des Mitschnitts noch aus.</translation>
    </message>
    <message>
        <source>Browsers record requests they stop themselves as failed entries: a navigation that left the page, a fetch aborted by the page&apos;s own code, an ad blocker or extension (ERR_BLOCKED_BY_CLIENT), a CORS or mixed-content block, or a request still waiting when the HAR was exported. No hop answered with an error here, so there is nothing to fix on a server unless the same request also fails when sent alone.</source>
        <translation>Browser zeichnen Anfragen, die sie selbst stoppen, als fehlgeschlagene Einträge auf: eine Navigation, die die Seite verlassen hat, ein vom Code der Seite abgebrochener fetch, ein Werbeblocker oder eine Erweiterung (ERR_BLOCKED_BY_CLIENT), eine CORS- oder Mixed-Content-Sperre oder eine Anfrage, die beim Export der HAR-Datei noch wartete. Kein Hop hat hier mit einem Fehler geantwortet; auf einem Server ist also nichts zu beheben, es sei denn, dieselbe Anfrage schlägt auch einzeln gesendet fehl.</translation>
    </message>
    <message>
        <source>Another protocol answered</source>
        <translation>Ein anderes Protokoll hat geantwortet</translation>
    </message>
    <message>
        <source>The server on this port is not an HTTP server: it answered like {protocol}. A gateway in front would answer {predicted}.</source>
        <translation>Der Server auf diesem Port ist kein HTTP-Server: er antwortete wie {protocol}. Ein vorgelagertes Gateway würde {predicted} antworten.</translation>
    </message>
    <message>
        <source>The first bytes that came back are another protocol&apos;s greeting or error — a Redis error reply, a TLS alert, an HTTP/2 SETTINGS frame, an SSH, SMTP or database banner. The request went to the right host but the wrong port or scheme: plain HTTP to a TLS port, HTTP/1.1 to an h2c-only server, or the port of a database, cache or mail server.</source>
        <translation>Die ersten zurückgekommenen Bytes sind die Begrüßung oder der Fehler eines anderen Protokolls — eine Redis-Fehlerantwort, ein TLS-Alert, ein HTTP/2-SETTINGS-Frame, ein SSH-, SMTP- oder Datenbank-Banner. Die Anfrage ging an den richtigen Host, aber an den falschen Port oder mit dem falschen Schema: Klartext-HTTP an einen TLS-Port, HTTP/1.1 an einen reinen h2c-Server oder an den Port einer Datenbank, eines Caches oder Mailservers.</translation>
    </message>
    <message>
        <source>530 with error 1033: no Cloudflare Tunnel is connected</source>
        <translation>530 mit Fehler 1033: kein Cloudflare Tunnel verbunden</translation>
    </message>
    <message>
        <source>Cloudflare has no connected tunnel (cloudflared) for this host name (530, error 1033).</source>
        <translation>Cloudflare hat für diesen Hostnamen keinen verbundenen Tunnel (cloudflared) (530, Fehler 1033).</translation>
    </message>
    <message>
        <source>Error 1033 means the host name routes to a Cloudflare Tunnel and no cloudflared connector of that tunnel is connected to Cloudflare&apos;s edge: the connector is stopped, crashed, or runs with another tunnel&apos;s credentials. Cloudflare never reached the origin.</source>
        <translation>Fehler 1033 bedeutet, dass der Hostname zu einem Cloudflare Tunnel führt und kein cloudflared-Connector dieses Tunnels mit Cloudflares Edge verbunden ist: der Connector ist gestoppt, abgestürzt oder läuft mit den Zugangsdaten eines anderen Tunnels. Cloudflare hat den Origin nie erreicht.</translation>
    </message>
    <message>
        <source>nginx&apos;s own 503: a limit_req / limit_conn rejection, or an ingress-nginx Service without endpoints</source>
        <translation>nginx&apos; eigener 503: eine Ablehnung durch limit_req / limit_conn oder ein ingress-nginx-Service ohne Endpunkte</translation>
    </message>
    <message>
        <source>{product} itself answered 503: either a limit_req / limit_conn rejection (nginx&apos;s default status for both) or, on ingress-nginx, a Service without ready endpoints — the page is the same for both.</source>
        <translation>{product} hat selbst 503 geantwortet: entweder eine Ablehnung durch limit_req / limit_conn (für beide der Standardstatus von nginx) oder, bei ingress-nginx, ein Service ohne bereite Endpunkte — die Seite ist in beiden Fällen dieselbe.</translation>
    </message>
    <message>
        <source>A gateway that accepts HTTP/0.9 (Apache, Squid — which adds X-Transformed-From: HTTP/0.9) wraps whatever the upstream sent in a 200 response. The bytes are another protocol&apos;s greeting or error, so the gateway&apos;s upstream address points at the wrong port or scheme.</source>
        <translation>Ein Gateway, das HTTP/0.9 akzeptiert (Apache, Squid — das X-Transformed-From: HTTP/0.9 hinzufügt), verpackt alles, was der Upstream gesendet hat, in eine 200-Antwort. Die Bytes sind die Begrüßung oder der Fehler eines anderen Protokolls, also zeigt die Upstream-Adresse des Gateways auf den falschen Port oder das falsche Schema.</translation>
    </message>
    <message>
        <source>Another protocol answered inside an HTTP response</source>
        <translation>Ein anderes Protokoll hat innerhalb einer HTTP-Antwort geantwortet</translation>
    </message>
    <message>
        <source>The answer is {protocol}&apos;s, not an HTTP service&apos;s: the request went to the wrong port.</source>
        <translation>Die Antwort stammt von {protocol}, nicht von einem HTTP-Dienst: die Anfrage ging an den falschen Port.</translation>
    </message>
    <message>
        <source>Some servers answer an HTTP request on their native port with a short note (MongoDB&apos;s &apos;It looks like you are trying to access MongoDB over HTTP on the native driver port&apos;), or a proxy passed the bytes of a non-HTTP server through. Either way the port called belongs to another service.</source>
        <translation>Manche Server beantworten eine HTTP-Anfrage auf ihrem eigenen Port mit einem kurzen Hinweis (MongoDBs &apos;It looks like you are trying to access MongoDB over HTTP on the native driver port&apos;), oder ein Proxy hat die Bytes eines Nicht-HTTP-Servers durchgereicht. So oder so gehört der aufgerufene Port einem anderen Dienst.</translation>
    </message>
    <message>
        <source>A gateway relayed another protocol&apos;s answer, and cut it short</source>
        <translation>Ein Gateway hat die Antwort eines anderen Protokolls weitergereicht und vorzeitig beendet</translation>
    </message>
    <message>
        <source>{gateway} relayed its upstream&apos;s non-HTTP answer ({protocol}) and the relay ended before it was whole: the gateway&apos;s upstream address points at the wrong port or scheme.</source>
        <translation>{gateway} hat die Nicht-HTTP-Antwort seines Upstreams ({protocol}) weitergereicht, und die Weitergabe endete, bevor sie vollständig war: die Upstream-Adresse des Gateways zeigt auf den falschen Port oder das falsche Schema.</translation>
    </message>
    <message>
        <source>Apache answered its own 503 at once: the backend connection failed</source>
        <translation>Apache hat sofort seinen eigenen 503 geantwortet: die Verbindung zum Backend schlug fehl</translation>
    </message>
    <message>
        <source>Apache answered its own 503 page after {wait}: mod_proxy&apos;s connection to the backend failed at once (nothing listens there, or the worker is still in its retry penalty after such a failure).</source>
        <translation>Apache hat nach {wait} mit seiner eigenen 503-Seite geantwortet: die Verbindung von mod_proxy zum Backend schlug sofort fehl (dort lauscht nichts, oder der Worker ist nach einem solchen Fehler noch in seiner Wiederholungssperre).</translation>
    </message>
    <message>
        <source>Apache uses one canned 503 page (&apos;temporarily unable to service your request due to maintenance downtime or capacity problems&apos;) for every reason. When it comes back at once, the usual reason is a refused backend connect: mod_proxy then also puts the worker into its retry penalty (60 s by default) and answers 503 without trying again.</source>
        <translation>Apache verwendet für jeden Grund dieselbe vorgefertigte 503-Seite (&apos;temporarily unable to service your request due to maintenance downtime or capacity problems&apos;). Kommt sie sofort, ist der übliche Grund eine abgelehnte Verbindung zum Backend: mod_proxy setzt den Worker dann zusätzlich in seine Wiederholungssperre (standardmäßig 60 s) und antwortet 503, ohne es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Apache&apos;s own 503 page: most often a backend that refused the connection</source>
        <translation>Apaches eigene 503-Seite: meist ein Backend, das die Verbindung abgelehnt hat</translation>
    </message>
    <message>
        <source>Apache answered with its own 503 page, which does not say why: most often mod_proxy could not connect to the backend (refused, or the worker is still in its retry penalty after such a failure); a module refusing service (maintenance, limits) shows the same page.</source>
        <translation>Apache hat mit seiner eigenen 503-Seite geantwortet, die keinen Grund nennt: meist konnte mod_proxy keine Verbindung zum Backend herstellen (abgelehnt, oder der Worker ist nach einem solchen Fehler noch in seiner Wiederholungssperre); ein Modul, das den Dienst verweigert (Wartung, Limits), zeigt dieselbe Seite.</translation>
    </message>
    <message>
        <source>The canned text speaks of &apos;maintenance downtime or capacity problems&apos; whatever happened. Apache&apos;s error log names the reason: &apos;AH00957: … attempt to connect to … failed&apos; and &apos;AH01114: … failed to make connection to backend&apos; for a refused backend, &apos;AH00940 … disabled connection for (…)&apos; for the retry penalty.</source>
        <translation>Der vorgefertigte Text spricht immer von &apos;maintenance downtime or capacity problems&apos;, was auch geschah. Apaches Fehlerprotokoll nennt den Grund: &apos;AH00957: … attempt to connect to … failed&apos; und &apos;AH01114: … failed to make connection to backend&apos; für ein ablehnendes Backend, &apos;AH00940 … disabled connection for (…)&apos; für die Wiederholungssperre.</translation>
    </message>
    <message>
        <source>nginx&apos;s own 503 without a version (ingress-nginx&apos;s default): usually a Service without ready endpoints</source>
        <translation>nginx&apos; eigener 503 ohne Version (Standard von ingress-nginx): meist ein Service ohne bereite Endpunkte</translation>
    </message>
    <message>
        <source>{product} answered 503 itself with the page ingress-nginx uses: most often the Service behind the Ingress has no ready endpoints (no pod, pods not ready, a selector that matches nothing); a limit_req / limit_conn rejection (ingress-nginx&apos;s limit annotations) answers with the same page.</source>
        <translation>{product} hat selbst 503 mit der Seite geantwortet, die ingress-nginx verwendet: meist hat der Service hinter dem Ingress keine bereiten Endpunkte (kein Pod, Pods nicht bereit, ein Selektor, der nichts trifft); eine Ablehnung durch limit_req / limit_conn (die Limit-Annotationen von ingress-nginx) antwortet mit derselben Seite.</translation>
    </message>
    <message>
        <source>ingress-nginx&apos;s balancer answers 503 when the backend Service has no endpoints, and its rate-limit annotations reject with 503 too; the page is the same nginx page. &apos;kubectl get endpoints&apos; (or endpointslices) for the Service tells the first from the second.</source>
        <translation>Der Balancer von ingress-nginx antwortet 503, wenn der Backend-Service keine Endpunkte hat, und seine Rate-Limit-Annotationen lehnen ebenfalls mit 503 ab; die Seite ist dieselbe nginx-Seite. &apos;kubectl get endpoints&apos; (oder endpointslices) für den Service unterscheidet das eine vom anderen.</translation>
    </message>
    <message>
        <source>A gateway relayed the answer of a server that does not speak plain HTTP</source>
        <translation>Ein Gateway hat die Antwort eines Servers weitergereicht, der kein einfaches HTTP spricht</translation>
    </message>
    <message>
        <source>{gateway} relayed its upstream&apos;s answer with status {status}, and that answer is {protocol}&apos;s, not an HTTP service&apos;s: the gateway&apos;s upstream address points at the wrong port or scheme.</source>
        <translation>{gateway} hat die Antwort seines Upstreams mit Status {status} weitergereicht, und diese Antwort stammt von {protocol}, nicht von einem HTTP-Dienst: die Upstream-Adresse des Gateways zeigt auf den falschen Port oder das falsche Schema.</translation>
    </message>
    <message>
        <source>A gateway that accepts HTTP/0.9 (Apache, Squid — which adds X-Transformed-From: HTTP/0.9) wraps whatever the upstream sent in a 200 response; a Go TLS server answers plain HTTP with its own 400 (&apos;Client sent an HTTP request to an HTTPS server.&apos;), which the gateway relays. Either way the gateway talks to the wrong port, or plain HTTP to a TLS port.</source>
        <translation>Ein Gateway, das HTTP/0.9 akzeptiert (Apache, Squid — das X-Transformed-From: HTTP/0.9 hinzufügt), verpackt alles, was der Upstream gesendet hat, in eine 200-Antwort; ein Go-TLS-Server beantwortet Klartext-HTTP mit seinem eigenen 400 (&apos;Client sent an HTTP request to an HTTPS server.&apos;), den das Gateway weiterreicht. So oder so spricht das Gateway mit dem falschen Port oder Klartext-HTTP mit einem TLS-Port.</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Von Ihnen abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled by you after {elapsed}; the server had not finished answering, so there is no verdict on it.</source>
        <translation>Von Ihnen nach {elapsed} abgebrochen; der Server hatte noch nicht fertig geantwortet, daher gibt es kein Urteil über ihn.</translation>
    </message>
    <message>
        <source>You stopped this request (Esc or Cancel in the window, Ctrl+C on the command line) before a complete response arrived. That says nothing about the server: it may have been slow, stuck, or about to answer. Send it again and let it run to get a verdict; the probe&apos;s timeouts (Options) decide how long it may take.</source>
        <translation>Sie haben diese Anfrage gestoppt (Esc oder Abbrechen im Fenster, Strg+C auf der Kommandozeile), bevor eine vollständige Antwort ankam. Das sagt nichts über den Server: er war vielleicht langsam, hing oder war kurz vor der Antwort. Senden Sie sie erneut und lassen Sie sie laufen, um ein Urteil zu erhalten; die Timeouts der Probe (Optionen) bestimmen, wie lange sie dauern darf.</translation>
    </message>
    <message>
        <source>The server refused the request&apos;s headers (HTTP/2)</source>
        <translation>Der Server hat die Header der Anfrage abgelehnt (HTTP/2)</translation>
    </message>
    <message>
        <source>The server ended the HTTP/2 stream before answering, and the request&apos;s header block is the likely reason: it is larger than the server accepts or holds characters HTTP/2 forbids. Chrome reports this as ERR_HTTP2_PROTOCOL_ERROR.</source>
        <translation>Der Server hat den HTTP/2-Stream beendet, bevor er antwortete, und der Header-Block der Anfrage ist der wahrscheinliche Grund: Er ist größer, als der Server annimmt, oder enthält Zeichen, die HTTP/2 verbietet. Chrome meldet das als ERR_HTTP2_PROTOCOL_ERROR.</translation>
    </message>
    <message>
        <source>Over HTTP/2 a server that cannot take a request&apos;s header block does not always answer 431 or 400: it may reset the stream (RST_STREAM PROTOCOL_ERROR, COMPRESSION_ERROR or ENHANCE_YOUR_CALM) or close the whole connection with GOAWAY. The request here either exceeds the header list size the server announced in its SETTINGS (or 16 KiB when it announced none) or carries a field HTTP/2 does not allow: upper-case or non-token names, a line break or NUL in a value, white space at either end of a value. Cookies that grew over time are the usual cause. The same request over HTTP/1.1 often gets a readable 400 or 431 instead.</source>
        <translation>Über HTTP/2 antwortet ein Server, der den Header-Block einer Anfrage nicht annehmen kann, nicht immer mit 431 oder 400: Er kann den Stream zurücksetzen (RST_STREAM PROTOCOL_ERROR, COMPRESSION_ERROR oder ENHANCE_YOUR_CALM) oder die ganze Verbindung mit GOAWAY schließen. Die Anfrage hier überschreitet entweder die Größe der Header-Liste, die der Server in seinen SETTINGS angekündigt hat (oder 16 KiB, wenn er keine angekündigt hat), oder enthält ein Feld, das HTTP/2 nicht erlaubt: Namen mit Großbuchstaben oder Zeichen außerhalb eines Tokens, einen Zeilenumbruch oder NUL in einem Wert, Leerraum an einem Ende eines Werts. Meist sind mit der Zeit gewachsene Cookies die Ursache. Dieselbe Anfrage über HTTP/1.1 bekommt oft stattdessen ein lesbares 400 oder 431.</translation>
    </message>
    <message>
        <source>The server reset the HTTP/2 stream</source>
        <translation>Der Server hat den HTTP/2-Stream zurückgesetzt</translation>
    </message>
    <message>
        <source>The server cancelled this request&apos;s HTTP/2 stream with RST_STREAM instead of completing the response; the connection itself stayed up. A gateway in front would answer {predicted}.</source>
        <translation>Der Server hat den HTTP/2-Stream dieser Anfrage mit RST_STREAM abgebrochen, statt die Antwort abzuschließen; die Verbindung selbst blieb bestehen. Ein Gateway davor würde {predicted} antworten.</translation>
    </message>
    <message>
        <source>RST_STREAM ends one stream and names a reason code. REFUSED_STREAM means the server did not process the request at all (too many concurrent streams, a worker shutting down) and it is safe to send again; CANCEL means it gave up on the answer; INTERNAL_ERROR usually comes from the application or a proxy&apos;s upstream failing mid-request; ENHANCE_YOUR_CALM is a rate or abuse limit; HTTP_1_1_REQUIRED asks for the request over HTTP/1.1. The code is shown with the transport detail and in the frames.</source>
        <translation>RST_STREAM beendet einen Stream und nennt einen Grundcode. REFUSED_STREAM bedeutet, dass der Server die Anfrage gar nicht verarbeitet hat (zu viele gleichzeitige Streams, ein Worker wird beendet) und sie gefahrlos erneut gesendet werden kann; CANCEL bedeutet, dass er die Antwort aufgegeben hat; INTERNAL_ERROR kommt meist von der Anwendung oder dem Upstream eines Proxys, der mitten in der Anfrage ausfällt; ENHANCE_YOUR_CALM ist eine Raten- oder Missbrauchsgrenze; HTTP_1_1_REQUIRED verlangt die Anfrage über HTTP/1.1. Der Code steht beim Transportdetail und in den Frames.</translation>
    </message>
    <message>
        <source>The server sent GOAWAY before the response was complete</source>
        <translation>Der Server hat GOAWAY gesendet, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>The server announced with GOAWAY that it was closing the HTTP/2 connection, and this request&apos;s response did not complete on it. A gateway in front would answer {predicted}.</source>
        <translation>Der Server hat mit GOAWAY angekündigt, dass er die HTTP/2-Verbindung schließt, und die Antwort auf diese Anfrage wurde darauf nicht abgeschlossen. Ein Gateway davor würde {predicted} antworten.</translation>
    </message>
    <message>
        <source>GOAWAY names the last stream the server will still finish. A stream above that number was never processed and can be sent again on a new connection; a stream at or below it that still ended early was cut by the close. GOAWAY with NO_ERROR is a graceful shutdown: a reload or deploy, an idle or per-connection request limit reached. Any other code (PROTOCOL_ERROR, ENHANCE_YOUR_CALM, INTERNAL_ERROR) means the server found fault with the connection. The debug data, when the server sent some, is in the frames.</source>
        <translation>GOAWAY nennt den letzten Stream, den der Server noch abschließt. Ein Stream oberhalb dieser Nummer wurde nie verarbeitet und kann auf einer neuen Verbindung erneut gesendet werden; ein Stream bis zu ihr, der dennoch zu früh endete, wurde vom Schließen abgeschnitten. GOAWAY mit NO_ERROR ist ein geordnetes Herunterfahren: ein Reload oder Deployment, eine erreichte Leerlauf- oder Anfragegrenze pro Verbindung. Jeder andere Code (PROTOCOL_ERROR, ENHANCE_YOUR_CALM, INTERNAL_ERROR) bedeutet, dass der Server die Verbindung beanstandet hat. Die Debug-Daten stehen, wenn der Server welche sandte, in den Frames.</translation>
    </message>
    <message>
        <source>The request body waited on an HTTP/2 flow-control window</source>
        <translation>Der Anfrage-Body wartete auf ein HTTP/2-Flusskontrollfenster</translation>
    </message>
    <message>
        <source>The request body could not be sent: the server&apos;s HTTP/2 flow-control window was used up and it never opened it again with WINDOW_UPDATE, so the request timed out while sending. A gateway in front would answer {predicted}.</source>
        <translation>Der Anfrage-Body konnte nicht gesendet werden: Das HTTP/2-Flusskontrollfenster des Servers war aufgebraucht und er öffnete es nie wieder mit WINDOW_UPDATE, sodass die Anfrage beim Senden in ein Timeout lief. Ein Gateway davor würde {predicted} antworten.</translation>
    </message>
    <message>
        <source>In HTTP/2 a sender may only send as much body as the receiver&apos;s window allows; the receiver opens it again with WINDOW_UPDATE as it reads. A server that stops reading (a busy or stuck application, a proxy buffering to a full disk, a body limit it enforces by not reading) leaves the window at zero and the upload hangs without any error. The frames show the last WINDOW_UPDATE and how much of the body went out.</source>
        <translation>In HTTP/2 darf ein Sender nur so viel Body senden, wie das Fenster des Empfängers erlaubt; der Empfänger öffnet es beim Lesen mit WINDOW_UPDATE wieder. Ein Server, der aufhört zu lesen (eine ausgelastete oder hängende Anwendung, ein Proxy, der auf eine volle Platte puffert, eine Body-Grenze, die er durch Nichtlesen durchsetzt), lässt das Fenster auf null, und der Upload hängt ohne jeden Fehler. Die Frames zeigen das letzte WINDOW_UPDATE und wie viel vom Body hinausging.</translation>
    </message>
    <message>
        <source>Cloudflare could not connect to the origin: no route to its address (523).</source>
        <translation>Cloudflare konnte keine Verbindung zum Ursprung aufbauen: keine Route zu seiner Adresse (523).</translation>
    </message>
    <message>
        <source>The origin address is not reachable from Cloudflare&apos;s network: a wrong DNS record (private or retired IP), a routing problem at the hosting provider, or an IP range captured by a VPC route. Like a refused connection it is a connect failure between gateway and origin, of the unreachable kind (no route to the host rather than nothing listening).</source>
        <translation>Die Adresse des Ursprungs ist aus dem Netz von Cloudflare nicht erreichbar: ein falscher DNS-Eintrag (private oder ausgemusterte IP), ein Routing-Problem beim Hoster oder ein IP-Bereich, den eine VPC-Route abfängt. Wie eine abgewiesene Verbindung ist es ein Verbindungsfehler zwischen Gateway und Ursprung, von der unerreichbaren Art (keine Route zum Host statt niemand lauscht).</translation>
    </message>
    <message>
        <source>A proxy answered 504 for a connection the origin refused</source>
        <translation>Ein Proxy antwortete 504 auf eine Verbindung, die der Ursprung abwies</translation>
    </message>
    <message>
        <source>{product} could not connect to the origin: the connection was refused, and this proxy reports that as 504.</source>
        <translation>{product} konnte keine Verbindung zum Ursprung aufbauen: die Verbindung wurde abgewiesen, und dieser Proxy meldet das als 504.</translation>
    </message>
    <message>
        <source>A proxy answered 504 for an origin name that did not resolve</source>
        <translation>Ein Proxy antwortete 504 auf einen Ursprungsnamen, der sich nicht auflösen ließ</translation>
    </message>
    <message>
        <source>{product} could not resolve the origin&apos;s name, and this proxy reports that as 504.</source>
        <translation>{product} konnte den Namen des Ursprungs nicht auflösen, und dieser Proxy meldet das als 504.</translation>
    </message>
    <message>
        <source>Not a timeout of the origin: the proxy never found an address to connect to. http-proxy-middleware answers ENOTFOUND with 504, and nginx&apos;s resolver writes &apos;could not be resolved (110: Operation timed out)&apos; when its DNS server does not answer. Check the target&apos;s host name and the resolver the proxy uses.</source>
        <translation>Keine Zeitüberschreitung des Ursprungs: der Proxy fand nie eine Adresse, zu der er sich verbinden konnte. http-proxy-middleware beantwortet ENOTFOUND mit 504, und der Resolver von nginx schreibt &apos;could not be resolved (110: Operation timed out)&apos;, wenn sein DNS-Server nicht antwortet. Prüfen Sie den Hostnamen des Ziels und den Resolver, den der Proxy benutzt.</translation>
    </message>
    <message>
        <source>A proxy answered 500 for a connection the origin refused</source>
        <translation>Ein Proxy antwortete mit 500 auf eine vom Ursprung abgelehnte Verbindung</translation>
    </message>
    <message>
        <source>{product} could not connect to the origin (the connection was refused) and reports that as 500.</source>
        <translation>{product} konnte keine Verbindung zum Ursprung herstellen (die Verbindung wurde abgelehnt) und meldet das als 500.</translation>
    </message>
    <message>
        <source>The textbook gives a failed connection to the origin 502, but some proxies answer it with a plain 500: Vite&apos;s dev-server proxy writes an empty 500 and logs &apos;http proxy error&apos; with the connect error (ECONNREFUSED). The proxy&apos;s own log line is the evidence: nothing accepted the connection on the origin&apos;s address, so the origin is not running yet or the proxy points at the wrong host or port.</source>
        <translation>Das Lehrbuch gibt einer gescheiterten Verbindung zum Ursprung 502, doch manche Proxys antworten darauf mit einem schlichten 500: Der Proxy des Vite-Entwicklungsservers schreibt ein leeres 500 und protokolliert &apos;http proxy error&apos; mit dem Verbindungsfehler (ECONNREFUSED). Die eigene Logzeile des Proxys ist der Beleg: An der Adresse des Ursprungs nahm niemand die Verbindung an, der Ursprung läuft also noch nicht oder der Proxy zeigt auf den falschen Host oder Port.</translation>
    </message>
    <message>
        <source>The upstream&apos;s listen queue was full</source>
        <translation>Die Warteschlange des Upstreams war voll</translation>
    </message>
    <message>
        <source>{product} reached its upstream&apos;s socket, but the upstream&apos;s queue of waiting connections was full.</source>
        <translation>{product} erreichte den Socket seines Upstreams, doch dessen Warteschlange wartender Verbindungen war voll.</translation>
    </message>
    <message>
        <source>nginx logs &apos;(11: Resource temporarily unavailable) while connecting to upstream&apos; when the upstream listens on a Unix socket whose backlog is full: every worker of the application server (gunicorn, uWSGI, PHP-FPM) is busy and the kernel refuses more waiting connections at once. The application is up but at capacity; the textbook would call this 503, nginx answers 502. Add workers, raise the socket&apos;s backlog (and net.core.somaxconn), or find what keeps the workers busy.</source>
        <translation>nginx protokolliert &apos;(11: Resource temporarily unavailable) while connecting to upstream&apos;, wenn der Upstream an einem Unix-Socket lauscht, dessen Backlog voll ist: Jeder Worker des Anwendungsservers (gunicorn, uWSGI, PHP-FPM) ist beschäftigt, und der Kernel lehnt weitere wartende Verbindungen sofort ab. Die Anwendung läuft, ist aber ausgelastet; das Lehrbuch nennt das 503, nginx antwortet 502. Mehr Worker einsetzen, den Backlog des Sockets (und net.core.somaxconn) erhöhen oder herausfinden, was die Worker beschäftigt hält.</translation>
    </message>
    <message>
        <source>The textbook gives 504 to timeouts only, but some proxies answer every failure to reach the origin with 504: http-proxy-middleware (the proxy of webpack-dev-server and Create React App) writes 504 for ECONNREFUSED, ECONNRESET, ENOTFOUND and ETIMEDOUT alike, and an RFC 9209 proxy may send 504 with Proxy-Status error=connection_refused. Its own log line or Proxy-Status names the real failure: here nothing listened on the origin&apos;s address, so the origin is not running or the proxy points at the wrong port.</source>
        <translation>Das Lehrbuch gibt 504 nur Zeitüberschreitungen, doch manche Proxys beantworten jedes Scheitern, den Ursprung zu erreichen, mit 504: http-proxy-middleware (der Proxy von webpack-dev-server und Create React App) schreibt 504 für ECONNREFUSED, ECONNRESET, ENOTFOUND und ETIMEDOUT gleichermaßen, und ein Proxy nach RFC 9209 kann 504 mit Proxy-Status error=connection_refused senden. Seine eigene Logzeile oder Proxy-Status nennt den wirklichen Fehler: Hier lauschte niemand an der Adresse des Ursprungs, der Ursprung läuft also nicht oder der Proxy zeigt auf den falschen Port.</translation>
    </message>
    <message>
        <source>The proxy names a forwarding failure that is not a timeout (504)</source>
        <translation>Der Proxy nennt einen Weiterleitungsfehler, der keine Zeitüberschreitung ist (504)</translation>
    </message>
    <message>
        <source>{product} could not forward the request to the origin and answered 504, but its own error says the failure was not a timeout.</source>
        <translation>{product} konnte die Anfrage nicht an den Ursprung weiterleiten und antwortete 504, doch sein eigener Fehler sagt, dass es keine Zeitüberschreitung war.</translation>
    </message>
    <message>
        <source>Squid answers ERR_CANNOT_FORWARD with 504 Gateway Time-out: it found no way to reach the origin or any parent cache (every path it tried failed), and the number after the error name is the system error it got. The status suggests a timeout; the proxy&apos;s error name says otherwise. The proxy&apos;s cache log for that request names the path that failed.</source>
        <translation>Squid beantwortet ERR_CANNOT_FORWARD mit 504 Gateway Time-out: Es fand keinen Weg zum Ursprung oder zu einem übergeordneten Cache (jeder versuchte Weg scheiterte), und die Zahl nach dem Fehlernamen ist der Systemfehler, den es erhielt. Der Status deutet auf eine Zeitüberschreitung hin; der Fehlername des Proxys sagt etwas anderes. Das cache.log des Proxys nennt für diese Anfrage den Weg, der scheiterte.</translation>
    </message>
    <message>
        <source>A host module answered 500 because the application never started</source>
        <translation>Ein Host-Modul antwortete mit 500, weil die Anwendung nie gestartet ist</translation>
    </message>
    <message>
        <source>{product} has no running application to hand the request to and answers 500 itself.</source>
        <translation>{product} hat keine laufende Anwendung, an die es die Anfrage weitergeben kann, und antwortet selbst mit 500.</translation>
    </message>
    <message>
        <source>The server module in front of the application found nothing to pass the request to: the application process failed during startup or never started. IIS with the ASP.NET Core Module reports this as 500.30 to 500.38 (startup exception, missing runtime or DLL, startup time limit) where the textbook would expect 502 or 503. The application&apos;s own startup log (stdout log, the system event log) names the reason; the web server in front of it is healthy.</source>
        <translation>Das Servermodul vor der Anwendung fand nichts, an das es die Anfrage weitergeben konnte: Der Anwendungsprozess ist beim Start fehlgeschlagen oder nie gestartet. IIS mit dem ASP.NET Core Module meldet dies als 500.30 bis 500.38 (Ausnahme beim Start, fehlende Laufzeit oder DLL, Startzeitlimit), wo das Lehrbuch 502 oder 503 erwarten würde. Das eigene Startprotokoll der Anwendung (stdout-Log, Ereignisprotokoll des Systems) nennt den Grund; der Webserver davor ist gesund.</translation>
    </message>
    <message>
        <source>A front end answered 500 because the application did not answer in time</source>
        <translation>Ein Frontend antwortete mit 500, weil die Anwendung nicht rechtzeitig antwortete</translation>
    </message>
    <message>
        <source>{product} waited for the application, gave up and answered 500 itself (wait {wait}).</source>
        <translation>{product} wartete auf die Anwendung, gab auf und antwortete selbst mit 500 (Wartezeit {wait}).</translation>
    </message>
    <message>
        <source>The textbook gives a timeout 504, but some front ends answer it with 500: IIS in front of an Azure App Service writes &apos;500 - The request timed out&apos; when the application has not answered within its request limit (230 s). The application is alive but slow on this request; the front end only reported it. Make the request finish sooner (move long work to a background job) or raise the limit where the platform allows it.</source>
        <translation>Das Lehrbuch gibt einem Timeout die 504, doch manche Frontends antworten mit 500: IIS vor einem Azure App Service schreibt „500 - The request timed out“, wenn die Anwendung nicht innerhalb ihres Anfragelimits (230 s) geantwortet hat. Die Anwendung lebt, ist bei dieser Anfrage aber langsam; das Frontend hat es nur gemeldet. Lassen Sie die Anfrage schneller fertig werden (lange Arbeit in einen Hintergrundjob verlagern) oder erhöhen Sie das Limit, wo die Plattform es erlaubt.</translation>
    </message>
    <message>
        <source>The platform answered 500 because the application&apos;s process ended mid-request</source>
        <translation>Die Plattform antwortete mit 500, weil der Prozess der Anwendung mitten in der Anfrage endete</translation>
    </message>
    <message>
        <source>{product} lost the application&apos;s process while it served the request and answered 500 itself.</source>
        <translation>{product} verlor den Prozess der Anwendung, während er die Anfrage bediente, und antwortete selbst mit 500.</translation>
    </message>
    <message>
        <source>The textbook would call a connection that ends before the answer a 502, but a serving platform in front of the application may report it as 500: App Engine writes &apos;The process handling this request unexpectedly died&apos; (error code 203) when the instance&apos;s process exits during a request, most often because it ran out of memory or crashed. Look at the instance&apos;s memory and its crash logs at that time; the next request gets a new process.</source>
        <translation>Das Lehrbuch nennt eine Verbindung, die vor der Antwort endet, eine 502, doch eine Plattform vor der Anwendung kann sie als 500 melden: App Engine schreibt „The process handling this request unexpectedly died“ (Fehlercode 203), wenn der Prozess der Instanz während einer Anfrage endet, meist weil der Speicher ausging oder er abstürzte. Sehen Sie sich den Speicher der Instanz und ihre Absturzprotokolle zu dieser Zeit an; die nächste Anfrage bekommt einen neuen Prozess.</translation>
    </message>
    <message>
        <source>The service says it is overloaded, with a status of its own</source>
        <translation>Der Dienst meldet Überlastung, mit einem eigenen Status</translation>
    </message>
    <message>
        <source>The service answered {status} and says it is over capacity.</source>
        <translation>Der Dienst antwortete mit {status} und meldet, dass er über seiner Kapazität ist.</translation>
    </message>
    <message>
        <source>Some APIs use an unofficial 5xx for &apos;too busy right now&apos; (Anthropic&apos;s API answers 529 &apos;overloaded_error&apos;); the body says so. Nothing is broken on your side: retry with backoff and a cap, spread the load, or fall back to another region or model.</source>
        <translation>Manche APIs verwenden einen inoffiziellen 5xx-Status für „gerade zu beschäftigt“ (Anthropics API antwortet 529 „overloaded_error“); der Body sagt es. Auf Ihrer Seite ist nichts kaputt: mit Backoff und Obergrenze erneut versuchen, die Last verteilen oder auf eine andere Region oder ein anderes Modell ausweichen.</translation>
    </message>
    <message>
        <source>No gateway signature claims this 500, and the body carries no stack trace or dependency error: the application reported an internal error in its own words, in none, or with its framework&apos;s generic page that looks the same for every failure (Flask&apos;s &apos;The server encountered an internal error&apos;, Rails&apos; &apos;We&apos;re sorry, but something went wrong&apos;). The explanation is in the application&apos;s logs at the time of the request.</source>
        <translation>Keine Gateway-Signatur beansprucht diese 500, und der Body enthält weder Stacktrace noch Abhängigkeitsfehler: Die Anwendung hat einen internen Fehler in eigenen Worten gemeldet, ohne Worte oder mit der generischen Seite ihres Frameworks, die bei jedem Fehler gleich aussieht (Flasks „The server encountered an internal error“, Rails&apos; „We&apos;re sorry, but something went wrong“). Die Erklärung steht in den Logs der Anwendung zum Zeitpunkt der Anfrage.</translation>
    </message>
    <message>
        <source>No gateway or application signature and no reason text. An application&apos;s own 503 nearly always carries its framework&apos;s headers or body, so a bare one is most likely a proxy&apos;s, load balancer&apos;s or platform&apos;s; which one, and whether for capacity, a crashed server or maintenance, the logs of each hop must decide.</source>
        <translation>Keine Signatur eines Gateways oder einer Anwendung und kein Grundtext. Ein 503 der Anwendung selbst trägt fast immer die Header oder den Body ihres Frameworks; ein nacktes 503 stammt daher am ehesten von einem Proxy, Load Balancer oder einer Plattform. Von welchem, und ob wegen Kapazität, eines abgestürzten Servers oder Wartung, müssen die Logs jedes Hops entscheiden.</translation>
    </message>
</context>
<context>
    <name>Gatescope::SeriesRunner</name>
    <message>
        <source>the interval must be between %1 s and %2 s</source>
        <translation>das Intervall muss zwischen %1 s und %2 s liegen</translation>
    </message>
    <message>
        <source>the count must be between 1 and %1</source>
        <translation>die Anzahl muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>the duration must be at most %1 hours</source>
        <translation>die Dauer darf höchstens %1 Stunden betragen</translation>
    </message>
</context>
<context>
    <name>Gatescope::SeriesSummary</name>
    <message>
        <source>connection reuse</source>
        <translation>Verbindungswiederverwendung</translation>
    </message>
    <message>
        <source>idle time of the reused connection</source>
        <translation>Ruhezeit der wiederverwendeten Verbindung</translation>
    </message>
    <message>
        <source>wait (time to first byte)</source>
        <translation>Wartezeit (bis zum ersten Byte)</translation>
    </message>
    <message>
        <source>reused after %1 ms idle</source>
        <translation>wiederverwendet nach %1 ms Ruhe</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>neue Verbindung</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4 ms  wait %5 ms  %6</source>
        <translation>#%1  %2  %3  %4 ms  Warten %5 ms  %6</translation>
    </message>
    <message>
        <source>%1 of %2 requests failed: %3 (95 % interval %4 to %5)</source>
        <translation>%1 von %2 Anfragen fehlgeschlagen: %3 (95-%-Intervall %4 bis %5)</translation>
    </message>
    <message numerus="yes">
        <source>The series was stopped by you after %n request(s).</source>
        <translation>
            <numerusform>Die Reihe wurde von dir nach %n Anfrage angehalten.</numerusform>
            <numerusform>Die Reihe wurde von dir nach %n Anfragen angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by verdict:</source>
        <translation>Fehler nach Befund:</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>  %1 × %2 (%3) [%4]: %5</source>
        <translation>  %1 × %2 (%3) [%4]: %5</translation>
    </message>
    <message>
        <source>On reused connections %1 of %2 failed (%3); on new connections %4 of %5 (%6).</source>
        <translation>Bei wiederverwendeten Verbindungen %1 von %2 fehlgeschlagen (%3); bei neuen Verbindungen %4 von %5 (%6).</translation>
    </message>
    <message>
        <source>; median %1 ms when failing, %2 ms otherwise</source>
        <translation>; Median %1 ms bei Fehlern, sonst %2 ms</translation>
    </message>
    <message>
        <source>Failures go with %1: r = %2%3</source>
        <translation>Die Fehler hängen zusammen mit: %1: r = %2%3</translation>
    </message>
    <message>
        <source>No clear link with %1: r = %2%3</source>
        <translation>Kein klarer Zusammenhang mit %1: r = %2%3</translation>
    </message>
    <message>
        <source>the time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>; failing around %1, succeeding around %2 (local time)</source>
        <translation>; Fehlschläge um %1, Erfolge um %2 (Ortszeit)</translation>
    </message>
</context>
<context>
    <name>Gatescope::SourcePosition</name>
    <message>
        <source>line %1, column %2 (byte %3)</source>
        <translation>Zeile %1, Spalte %2 (Byte %3)</translation>
    </message>
</context>
<context>
    <name>Gatescope::TimeoutAudit</name>
    <message>
        <source>%1 gives up after %2 (%3), but %4 behind it waits up to %5 (%6): %1 answers %7 while %4 is still working.</source>
        <translation>%1 gibt nach %2 auf (%3), aber %4 dahinter wartet bis zu %5 (%6): %1 antwortet %7, während %4 noch arbeitet.</translation>
    </message>
    <message>
        <source>The wait ended after %1, at %2&apos;s default %3 of %4.</source>
        <translation>Die Wartezeit endete nach %1, bei %2s Standardwert %3 von %4.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>First byte</source>
        <translation>Erstes Byte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>as you gave it</source>
        <translation>wie von Ihnen angegeben</translation>
    </message>
    <message>
        <source>%1 closes idle connections after %2 (%3), but %4 in front of it reuses them for up to %5 (%6): a request %4 sends on a connection %1 is closing fails — an intermittent 502 on reused connections (504 on some products). Set %4&apos;s idle timeout below %2, or %1&apos;s above %5.</source>
        <extracomment>%1 inner hop, %2 its keep-alive time, %3 its setting (or &quot;as you gave it&quot;), %4 outer hop, %5 its reuse time, %6 its setting</extracomment>
        <translation>%1 schließt ruhende Verbindungen nach %2 (%3), aber %4 davor verwendet sie bis zu %5 weiter (%6): Eine Anfrage, die %4 auf einer Verbindung sendet, die %1 gerade schließt, scheitert — ein sporadischer 502 auf wiederverwendeten Verbindungen (bei manchen Produkten 504). Setzen Sie den Leerlauf-Timeout von %4 unter %2 oder den von %1 über %5.</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Keep-Alive</translation>
    </message>
    <message>
        <source>Upstream keep-alive</source>
        <translation>Upstream-Keep-Alive</translation>
    </message>
    <message>
        <source>How long the hop keeps an idle connection from the hop in front (or the client) open for the next request</source>
        <translation>Wie lange der Hop eine ruhende Verbindung vom Hop davor (oder vom Client) für die nächste Anfrage offen hält</translation>
    </message>
    <message>
        <source>How long the hop keeps an idle connection to the hop behind it for reuse</source>
        <translation>Wie lange der Hop eine ruhende Verbindung zum Hop dahinter zur Wiederverwendung behält</translation>
    </message>
    <message>
        <source>How long the hop waits for its connection to the hop behind it</source>
        <translation>Wie lange der Hop auf seine Verbindung zum Hop dahinter wartet</translation>
    </message>
    <message>
        <source>How long the hop waits for the first byte of the answer from behind it</source>
        <translation>Wie lange der Hop auf das erste Byte der Antwort von dahinter wartet</translation>
    </message>
    <message>
        <source>How long the whole exchange behind the hop may take</source>
        <translation>Wie lange der ganze Austausch hinter dem Hop dauern darf</translation>
    </message>
    <message>
        <source>expected HOP:KIND=SECONDS, e.g. nginx:read=30</source>
        <translation>erwartet wird HOP:KIND=SECONDS, z. B. nginx:read=30</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hop&apos;s product id (expected one of %2)</source>
        <translation>&apos;%1&apos; ist keine Produkt-ID eines Hops (erwartet wird eine von %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of timeout (expected one of %2)</source>
        <translation>&apos;%1&apos; ist keine Art von Zeitlimit (erwartet wird eine von %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds above 0 (e.g. 30, 2.5, 500ms)</source>
        <translation>&apos;%1&apos; ist keine Sekundenzahl über 0 (z. B. 30, 2.5, 500ms)</translation>
    </message>
    <message>
        <source>The wait ended after %1, at %2&apos;s %3 of %4 (as you gave it).</source>
        <translation>Das Warten endete nach %1, bei %3 von %2 mit %4 (wie von Ihnen angegeben).</translation>
    </message>
</context>
<context>
    <name>Gatescope::WaitSplit</name>
    <message>
        <source>the origin</source>
        <translation>der Ursprung</translation>
    </message>
    <message>
        <source>network and hops in front of %1</source>
        <translation>Netz und Hops vor %1</translation>
    </message>
    <message>
        <source>network, hops in front of %1 and %1 itself</source>
        <translation>Netz, Hops vor %1 und %1 selbst</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>behind %1</source>
        <translation>hinter %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::WaterfallLayout</name>
    <message>
        <source>Timing waterfall</source>
        <translation>Zeit-Wasserfall</translation>
    </message>
</context>
<context>
    <name>Gatescope::WgetCommand</name>
    <message>
        <source>%1: the body comes from the file &apos;%2&apos;; file contents are not read, so the body is empty</source>
        <translation>%1: Der Body stammt aus der Datei „%2“; Dateiinhalte werden nicht gelesen, der Body ist daher leer</translation>
    </message>
    <message>
        <source>%1: the header &apos;%2&apos; has no colon; not sent</source>
        <translation>%1: Der Header „%2“ hat keinen Doppelpunkt; nicht gesendet</translation>
    </message>
</context>
<context>
    <name>Gatescope::WorkspaceStore</name>
    <message>
        <source>%1: cannot make the file private: %2</source>
        <translation>%1: die Datei kann nicht privat gemacht werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1: Offset %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: storing the capture cancelled</source>
        <translation>%1: Speichern der Aufzeichnung abgebrochen</translation>
    </message>
    <message>
        <source>%1: line %2: the file ends early (truncated?)</source>
        <translation>%1: Zeile %2: die Datei endet zu früh (abgeschnitten?)</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>%1: line %2: expected a JSON object</source>
        <translation>%1: Zeile %2: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: not a stored Gatescope capture (schema &quot;%2&quot;)</source>
        <translation>%1: keine gespeicherte Gatescope-Aufzeichnung (Schema &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: line 1: the header has no exchangeCount/requestCount</source>
        <translation>%1: Zeile 1: dem Kopf fehlen exchangeCount/requestCount</translation>
    </message>
    <message>
        <source>%1: line %2: exchange %3: %4</source>
        <translation>%1: Zeile %2: Austausch %3: %4</translation>
    </message>
    <message>
        <source>%1: line %2: request %3 refers to exchange %4, which is not there</source>
        <translation>%1: Zeile %2: Anfrage %3 verweist auf Austausch %4, den es nicht gibt</translation>
    </message>
    <message>
        <source>%1: line %2: request %3: %4</source>
        <translation>%1: Zeile %2: Anfrage %3: %4</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>%1: cannot make the folder private</source>
        <translation>%1: der Ordner kann nicht privat gemacht werden</translation>
    </message>
</context>
</TS>
