<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Gatescope::AddressOverride</name>
    <message>
        <source>%1: removing an entry (-HOST:PORT) is not supported</source>
        <translation>%1：不支持删除条目（-HOST:PORT）</translation>
    </message>
    <message>
        <source>%1: an address in brackets needs its &quot;]&quot; followed by &quot;:&quot;</source>
        <translation>%1：方括号中的地址需要以 &quot;]&quot; 结束，其后紧跟 &quot;:&quot;</translation>
    </message>
    <message>
        <source>%1: the address is missing; the form is HOST:PORT:ADDRESS[,ADDRESS…]</source>
        <extracomment>%1 = the option and its argument; HOST, PORT and ADDRESS stay as they are (curl&apos;s syntax)</extracomment>
        <translation>%1：缺少地址；格式为 HOST:PORT:ADDRESS[,ADDRESS…]</translation>
    </message>
    <message>
        <source>%1: the host is empty</source>
        <translation>%1：主机为空</translation>
    </message>
    <message>
        <source>%1: the port &quot;%2&quot; is not a number from 1 to 65535</source>
        <extracomment>%1 = the option and its argument, %2 = the port as written</extracomment>
        <translation>%1：端口 &quot;%2&quot; 不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>%1: address %2, &quot;%3&quot;, is not an IP address</source>
        <extracomment>%1 = the option and its argument, %2 = which address (1, 2, …), %3 = the address as written</extracomment>
        <translation>%1：第 %2 个地址 &quot;%3&quot; 不是 IP 地址</translation>
    </message>
    <message>
        <source>%1: a part is missing; the form is HOST1:PORT1:HOST2:PORT2 (parts may be empty)</source>
        <extracomment>%1 = the option and its argument; HOST1, PORT1, HOST2 and PORT2 stay as they are (curl&apos;s syntax)</extracomment>
        <translation>%1：缺少一部分；格式为 HOST1:PORT1:HOST2:PORT2（各部分可以为空）</translation>
    </message>
    <message>
        <source>%1: the port &quot;%2&quot; is not empty or a number from 1 to 65535</source>
        <translation>%1：端口 &quot;%2&quot; 既不为空，也不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>%1: the target port &quot;%2&quot; is not empty or a number from 1 to 65535</source>
        <translation>%1：目标端口 &quot;%2&quot; 既不为空，也不是 1 到 65535 之间的数字</translation>
    </message>
</context>
<context>
    <name>Gatescope::CaptureImporter</name>
    <message>
        <source>%1: not a capture Gatescope can read: expected a HAR file, a curl command, a raw HTTP request or response, or an .http file (%2 begins with &quot;%3&quot;)</source>
        <translation>%1：不是 Gatescope 能读取的抓包：应为 HAR 文件、curl 命令、原始 HTTP 请求或响应，或 .http 文件（%2 以“%3”开头）</translation>
    </message>
    <message>
        <source>%1: the input is empty</source>
        <translation>%1：输入为空</translation>
    </message>
    <message>
        <source>%1: %2: binary data (byte 0x%3) where text was expected; this is not a capture</source>
        <translation>%1：%2：在应为文本的位置出现二进制数据（字节 0x%3）；这不是抓包文件</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: is a folder, not a capture file</source>
        <translation>%1：是文件夹，不是抓包文件</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: %2 MB of UTF-16 text is too large (at most %3 MB); save it as UTF-8</source>
        <translation>%1：%2 MB 的 UTF-16 文本太大（最多 %3 MB）；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>%1: %2 MB is too large for a curl command, raw HTTP text or .http file (at most %3 MB); only HAR files may be this large</source>
        <translation>%1：%2 MB 对于 curl 命令、原始 HTTP 文本或 .http 文件来说太大（最多 %3 MB）；只有 HAR 文件可以这么大</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2: binary data (byte 0x%3) where text was expected</source>
        <translation>%1：%2：在应为文本的位置出现二进制数据（字节 0x%3）</translation>
    </message>
    <message>
        <source>%1: import cancelled</source>
        <translation>%1：导入已取消</translation>
    </message>
    <message>
        <source>%1: line 1: this is an HTTPie command (%2), not a curl command; run it with --offline to print the request it would send, or with --print=HBhb to print the request and the response, and read that output instead</source>
        <translation>%1：第 1 行：这是 HTTPie 命令（%2），不是 curl 命令；请加 --offline 运行以打印它将发送的请求，或加 --print=HBhb 运行以打印请求和响应，然后导入该输出</translation>
    </message>
    <message>
        <source>%1: line 1: this is a wget command, not its output; run it with -S (--server-response) and read what it prints instead</source>
        <translation>%1：第 1 行：这是 wget 命令，而不是它的输出；请加 -S（--server-response）运行，然后导入它打印的内容</translation>
    </message>
    <message>
        <source>%1: there is no status line and no header, only a page; its title names %2, which is read as the status (paste the output of curl -i to keep the headers, which often name the hop)</source>
        <translation>%1：没有状态行和响应头，只有一个页面；其标题写明 %2，已将其作为状态码读取（请粘贴 curl -i 的输出以保留响应头，响应头往往能指明是哪一跳）</translation>
    </message>
    <message>
        <source>%1: part of the output was cut out by hand (&quot;[ ... ]&quot;, &quot;...&quot;, &quot;&lt;snip&gt;&quot; or &quot;[truncated]&quot;); what is missing cannot be diagnosed and the verdict is less certain</source>
        <translation>%1：部分输出被手工删去（&quot;[ ... ]&quot;、&quot;...&quot;、&quot;&lt;snip&gt;&quot; 或 &quot;[truncated]&quot;）；缺失的部分无法诊断，结论的把握也随之降低</translation>
    </message>
    <message>
        <source>%1: %2: Invoke-WebRequest is named here, but not as a command at the start of a line; put the call on a line of its own, or copy the request with &quot;Copy as cURL&quot; instead</source>
        <translation>%1：%2：此处提到了 Invoke-WebRequest，但不是位于行首的命令；请将调用单独放在一行，或改用“复制为 cURL”复制请求</translation>
    </message>
    <message>
        <source>%1: the text holds more than one answer; the failing one is read (a healthy answer above it was skipped)</source>
        <translation>%1：文本中有不止一个应答；读取的是失败的那个（跳过了其上方的正常应答）</translation>
    </message>
</context>
<context>
    <name>Gatescope::CauseTitles</name>
    <message>
        <source>The application hit an unhandled error</source>
        <translation>应用程序遇到未处理的错误</translation>
    </message>
    <message>
        <source>A service the application depends on failed</source>
        <translation>应用程序依赖的服务失败</translation>
    </message>
    <message>
        <source>The application answered with an error</source>
        <translation>应用程序以错误作答</translation>
    </message>
    <message>
        <source>The application answered in an unexpected form</source>
        <translation>应用程序以意外的形式作答</translation>
    </message>
    <message>
        <source>The gateway could not connect to the upstream</source>
        <translation>网关无法连接到上游</translation>
    </message>
    <message>
        <source>The gateway gave up waiting for the upstream</source>
        <translation>网关放弃了等待上游</translation>
    </message>
    <message>
        <source>The upstream closed the connection early</source>
        <translation>上游过早关闭了连接</translation>
    </message>
    <message>
        <source>The upstream reset the connection</source>
        <translation>上游重置了连接</translation>
    </message>
    <message>
        <source>The upstream&apos;s answer was not usable HTTP</source>
        <translation>上游的响应不是可用的 HTTP</translation>
    </message>
    <message>
        <source>TLS between gateway and upstream failed</source>
        <translation>网关与上游之间的 TLS 失败</translation>
    </message>
    <message>
        <source>The gateway could not resolve the upstream&apos;s name</source>
        <translation>网关无法解析上游的名称</translation>
    </message>
    <message>
        <source>The gateway reported an upstream failure</source>
        <translation>网关报告了上游故障</translation>
    </message>
    <message>
        <source>No healthy upstream to send to</source>
        <translation>没有可发送的健康上游</translation>
    </message>
    <message>
        <source>A rate or connection limit rejected the request</source>
        <translation>速率或连接限制拒绝了请求</translation>
    </message>
    <message>
        <source>The server is at capacity</source>
        <translation>服务器已满负荷</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>计划内维护</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Closed before a complete response</source>
        <translation>在完整响应之前关闭</translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>Not a usable HTTP response</source>
        <translation>不是可用的 HTTP 响应</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>Host name did not resolve</source>
        <translation>主机名无法解析</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>已由您取消</translation>
    </message>
    <message>
        <source>Cause not decided</source>
        <translation>未确定原因</translation>
    </message>
    <message>
        <source>No server error</source>
        <translation>没有服务器错误</translation>
    </message>
    <message>
        <source>Retry with backoff</source>
        <translation>退避后重试</translation>
    </message>
    <message>
        <source>Retry after the time the server asked for</source>
        <translation>在服务器要求的时间之后重试</translation>
    </message>
    <message>
        <source>Do not retry as it is</source>
        <translation>不要原样重试</translation>
    </message>
    <message>
        <source>Fix the cause first; retrying will not help</source>
        <translation>先修复原因；重试无济于事</translation>
    </message>
    <message>
        <source>HTTP/2 stream reset by the server</source>
        <translation>服务器重置了 HTTP/2 流</translation>
    </message>
    <message>
        <source>HTTP/2 connection closed with GOAWAY</source>
        <translation>HTTP/2 连接被 GOAWAY 关闭</translation>
    </message>
    <message>
        <source>HTTP/2 flow-control stall</source>
        <translation>HTTP/2 流量控制停滞</translation>
    </message>
    <message>
        <source>Request headers refused over HTTP/2</source>
        <translation>HTTP/2 下请求头被拒绝</translation>
    </message>
</context>
<context>
    <name>Gatescope::Checklists</name>
    <message>
        <source>Nothing accepts the connection</source>
        <translation>没有程序接受连接</translation>
    </message>
    <message>
        <source>Check that the server process runs and listens on the address and port you called: ss -ltnp | grep :PORT on the host (or kubectl get pods / systemctl status SERVICE).</source>
        <translation>检查服务器进程是否在运行，并监听你调用的地址和端口：在主机上运行 ss -ltnp | grep :PORT（或 kubectl get pods / systemctl status SERVICE）。</translation>
    </message>
    <message>
        <source>Check that it listens on the right interface: a server bound to 127.0.0.1 refuses connections from other hosts; bind 0.0.0.0 or the service address.</source>
        <translation>检查它是否监听在正确的网络接口上：绑定到 127.0.0.1 的服务器会拒绝来自其他主机的连接；请绑定 0.0.0.0 或服务地址。</translation>
    </message>
    <message>
        <source>Look for a firewall that rejects (REJECT rule, security group, NetworkPolicy): an active reset looks exactly like &apos;connection refused&apos;.</source>
        <translation>查找执行拒绝的防火墙（REJECT 规则、安全组、NetworkPolicy）：主动重置看起来与“connection refused”完全一样。</translation>
    </message>
    <message>
        <source>If a container or deployment restarted, read its last log lines and exit code (kubectl logs --previous, journalctl -u SERVICE): a crash loop refuses between restarts.</source>
        <translation>如果容器或部署重启过，查看其最后的日志和退出码（kubectl logs --previous，journalctl -u SERVICE）：崩溃循环在两次重启之间会拒绝连接。</translation>
    </message>
    <message>
        <source>Behind a gateway this becomes 502 on nginx (&apos;connect() failed (111: Connection refused) while connecting to upstream&apos;), 503 on HAProxy (termination state SC--) and Apache (AH00957 … AH01114), 521 on Cloudflare.</source>
        <translation>位于网关之后时，这会变成：nginx 502（“connect() failed (111: Connection refused) while connecting to upstream”），HAProxy 503（终止状态 SC--）和 Apache 503（AH00957 … AH01114），Cloudflare 521。</translation>
    </message>
    <message>
        <source>Retrying is safe even for POST: the request never reached the application.</source>
        <translation>即使是 POST 也可以安全重试：请求从未到达应用程序。</translation>
    </message>
    <message>
        <source>The host name does not resolve</source>
        <translation>主机名无法解析</translation>
    </message>
    <message>
        <source>Resolve the name the way the client does: dig +short HOST A; dig +short HOST AAAA; getent hosts HOST (uses /etc/hosts and nsswitch like applications do).</source>
        <translation>按客户端的方式解析名称：dig +short HOST A；dig +short HOST AAAA；getent hosts HOST（与应用程序一样使用 /etc/hosts 和 nsswitch）。</translation>
    </message>
    <message>
        <source>Check for a typo, a missing record, an expired domain or a record that exists only in a private zone your client cannot see (split-horizon DNS, VPN).</source>
        <translation>检查是否有拼写错误、记录缺失、域名过期，或记录只存在于客户端看不到的私有区域中（分离视图 DNS、VPN）。</translation>
    </message>
    <message>
        <source>If the name resolves elsewhere, check the client&apos;s resolver configuration (/etc/resolv.conf, the container&apos;s DNS, a corporate proxy that resolves for you).</source>
        <translation>如果该名称在别处可以解析，检查客户端的解析器配置（/etc/resolv.conf、容器的 DNS、替你解析的企业代理）。</translation>
    </message>
    <message>
        <source>For a gateway in front, the same failure is 502 on nginx (&apos;HOST could not be resolved (3: Host not found)&apos;), 500 &apos;DNS lookup failure for:&apos; on Apache, 503 ERR_DNS_FAIL on Squid, 530 with error 1016 on Cloudflare.</source>
        <translation>对于前置网关，同样的故障在 nginx 上是 502（“HOST could not be resolved (3: Host not found)”），在 Apache 上是 500“DNS lookup failure for:”，在 Squid 上是 503 ERR_DNS_FAIL，在 Cloudflare 上是带错误 1016 的 530。</translation>
    </message>
    <message>
        <source>Pin an address to test the server without DNS: curl --resolve HOST:443:ADDRESS https://HOST/PATH.</source>
        <translation>固定地址以便绕过 DNS 测试服务器：curl --resolve HOST:443:ADDRESS https://HOST/PATH。</translation>
    </message>
    <message>
        <source>TLS handshake fails</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>See what the server presents: openssl s_client -connect HOST:443 -servername HOST -showcerts &lt;/dev/null — check the subject/SAN names, the dates and that intermediate certificates are sent.</source>
        <translation>查看服务器提供的证书：openssl s_client -connect HOST:443 -servername HOST -showcerts &lt;/dev/null——检查 subject/SAN 名称、日期以及是否发送了中间证书。</translation>
    </message>
    <message>
        <source>If the certificate is fine, compare protocol versions and ciphers: openssl s_client -tls1_2 / -tls1_3; old servers or strict clients may share none.</source>
        <translation>如果证书没有问题，对比协议版本和加密套件：openssl s_client -tls1_2 / -tls1_3；旧服务器或严格的客户端可能没有共同支持的套件。</translation>
    </message>
    <message>
        <source>Check the client&apos;s trust store for a private CA (corporate proxies re-sign traffic): curl --cacert CA.pem, or update ca-certificates.</source>
        <translation>检查客户端信任库中是否需要私有 CA（企业代理会重新签名流量）：curl --cacert CA.pem，或更新 ca-certificates。</translation>
    </message>
    <message>
        <source>Do not &apos;fix&apos; it with -k / verify=false in production; it only hides the problem and allows interception.</source>
        <translation>不要在生产环境中用 -k / verify=false 来“修复”；这只会掩盖问题并让流量可被拦截。</translation>
    </message>
    <message>
        <source>Behind a gateway: nginx logs &apos;SSL_do_handshake() failed … while SSL handshaking to upstream&apos; (502), HAProxy &apos;SSL handshake failure&apos; (503), Apache &apos;Error during SSL Handshake with remote server&apos; (500), Cloudflare 525/526.</source>
        <translation>位于网关之后时：nginx 记录“SSL_do_handshake() failed … while SSL handshaking to upstream”（502），HAProxy“SSL handshake failure”（503），Apache“Error during SSL Handshake with remote server”（500），Cloudflare 525/526。</translation>
    </message>
    <message>
        <source>The connection is never established</source>
        <translation>连接始终无法建立</translation>
    </message>
    <message>
        <source>Test the path: nc -vz -w 5 HOST PORT and traceroute -T -p PORT HOST; a silent drop points at a firewall, a security group or a network ACL.</source>
        <translation>测试网络路径：nc -vz -w 5 HOST PORT 和 traceroute -T -p PORT HOST；静默丢弃说明问题在防火墙、安全组或网络 ACL。</translation>
    </message>
    <message>
        <source>Check that the address is current (an old DNS record or a released elastic IP) and that the host is up.</source>
        <translation>检查地址是否仍然有效（旧的 DNS 记录或已释放的弹性 IP）以及主机是否在运行。</translation>
    </message>
    <message>
        <source>If the server is up but overloaded, its accept queue may be full: check ss -lnt (Recv-Q at the backlog limit) and the application&apos;s worker count.</source>
        <translation>如果服务器在运行但过载，其 accept 队列可能已满：检查 ss -lnt（Recv-Q 达到 backlog 上限）以及应用的工作进程数。</translation>
    </message>
    <message>
        <source>A gateway in front reports this as 504 on nginx (&apos;upstream timed out (110: Connection timed out) while connecting to upstream&apos;), 503 sC-- on HAProxy, 504 after the 3 s dial timeout on Caddy, 522 on Cloudflare, 504 after 10 s on ALB.</source>
        <translation>前置网关会将其报告为：nginx 504（“upstream timed out (110: Connection timed out) while connecting to upstream”），HAProxy 503 sC--，Caddy 在 3 秒拨号超时后返回 504，Cloudflare 522，ALB 在 10 秒后返回 504。</translation>
    </message>
    <message>
        <source>The request never reached the application: retrying is safe.</source>
        <translation>请求从未到达应用程序：可以安全重试。</translation>
    </message>
    <message>
        <source>The server does not answer in time</source>
        <translation>服务器未能及时应答</translation>
    </message>
    <message>
        <source>Measure where the time goes: curl -w &apos;connect %{time_connect} ttfb %{time_starttransfer} total %{time_total}\n&apos; -o /dev/null -s URL; a long time to first byte is the application&apos;s processing time.</source>
        <translation>测量时间花在哪里：curl -w &apos;connect %{time_connect} ttfb %{time_starttransfer} total %{time_total}\n&apos; -o /dev/null -s URL；首字节时间长说明是应用的处理时间。</translation>
    </message>
    <message>
        <source>Find the request in the application&apos;s logs and traces: a slow database query, a lock, an external API call without a timeout, or a request queued behind busy workers.</source>
        <translation>在应用日志和追踪中找到该请求：慢数据库查询、锁、没有超时的外部 API 调用，或排在繁忙工作进程后面的请求。</translation>
    </message>
    <message>
        <source>Compare with the timeouts of every hop in production: nginx proxy_read_timeout 60 s, ALB idle timeout 60 s, Cloudflare 100 s, API Gateway 29 s, CloudFront 30 s, Envoy route timeout 15 s. The shortest one will turn this into a 504 (Apache: 502, Varnish: 503, Cloudflare: 524).</source>
        <translation>与生产环境中每一跳的超时对比：nginx proxy_read_timeout 60 秒、ALB 空闲超时 60 秒、Cloudflare 100 秒、API Gateway 29 秒、CloudFront 30 秒、Envoy 路由超时 15 秒。最短的那个会把它变成 504（Apache：502，Varnish：503，Cloudflare：524）。</translation>
    </message>
    <message>
        <source>Move long work out of the request (a job queue and a status endpoint) instead of raising every timeout.</source>
        <translation>把耗时工作移出请求（任务队列加状态端点），而不是调高每一个超时。</translation>
    </message>
    <message>
        <source>Do not retry non-idempotent requests automatically: the server may still complete the first one.</source>
        <translation>不要自动重试非幂等请求：服务器可能仍会完成第一次请求。</translation>
    </message>
    <message>
        <source>The connection is reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>Check whether the server process crashed or was restarted at that moment (application logs, OOM killer: dmesg | grep -i kill, container restarts).</source>
        <translation>检查服务器进程是否在那一刻崩溃或重启（应用日志，OOM killer：dmesg | grep -i kill，容器重启）。</translation>
    </message>
    <message>
        <source>Look for a keep-alive race: the server closes idle connections sooner than the client reuses them (Node.js keepAliveTimeout 5 s by default). Make the server&apos;s idle timeout longer than every client&apos;s and proxy&apos;s.</source>
        <translation>检查 keep-alive 竞争：服务器关闭空闲连接的时间早于客户端复用它们的时间（Node.js 的 keepAliveTimeout 默认 5 秒）。让服务器的空闲超时长于所有客户端和代理的。</translation>
    </message>
    <message>
        <source>Check middleboxes that drop idle connection state (NAT gateways, firewalls with short idle timers): they answer the next packet with a reset.</source>
        <translation>检查会丢弃空闲连接状态的中间设备（NAT 网关、空闲计时较短的防火墙）：它们会用重置回应下一个数据包。</translation>
    </message>
    <message>
        <source>Capture it if it repeats: tcpdump -i any host HOST and port PORT shows who sends the RST.</source>
        <translation>如果反复出现，请抓包：tcpdump -i any host HOST and port PORT 可以看出是谁发送了 RST。</translation>
    </message>
    <message>
        <source>Behind a gateway: nginx &apos;recv() failed (104: Connection reset by peer) while reading response header from upstream&apos; (502), Envoy &apos;reset reason: remote reset&apos; (503 UR), Squid ERR_READ_ERROR (502).</source>
        <translation>位于网关之后时：nginx“recv() failed (104: Connection reset by peer) while reading response header from upstream”（502），Envoy“reset reason: remote reset”（503 UR），Squid ERR_READ_ERROR（502）。</translation>
    </message>
    <message>
        <source>The server&apos;s bytes are not valid HTTP</source>
        <translation>服务器发送的字节不是有效的 HTTP</translation>
    </message>
    <message>
        <source>Look at the raw bytes (the anomalies give the byte offset): curl -sv --raw URL or printf &apos;GET / HTTP/1.1\r\nHost: HOST\r\n\r\n&apos; | nc HOST PORT | head -c 500 | xxd.</source>
        <translation>查看原始字节（异常信息给出了字节偏移）：curl -sv --raw URL 或 printf &apos;GET / HTTP/1.1\r\nHost: HOST\r\n\r\n&apos; | nc HOST PORT | head -c 500 | xxd。</translation>
    </message>
    <message>
        <source>Check that the port speaks HTTP: TLS on a plain-HTTP port (or the reverse), a database, SSH or gRPC port gives exactly this.</source>
        <translation>检查该端口是否使用 HTTP：在纯 HTTP 端口上用 TLS（或相反），或者是数据库、SSH、gRPC 端口，都会出现这种情况。</translation>
    </message>
    <message>
        <source>Look for code that writes to the socket before the headers (debug prints, BOMs, PHP notices) or builds headers by hand (a missing colon, a bare LF, a header with a newline inside).</source>
        <translation>查找在标头之前向套接字写入内容的代码（调试输出、BOM、PHP 提示），或手工拼接标头的代码（缺少冒号、单独的 LF、标头中含换行）。</translation>
    </message>
    <message>
        <source>Check Content-Length against the body actually sent, and chunked encoding produced by hand.</source>
        <translation>将 Content-Length 与实际发送的正文进行核对，并检查手工生成的分块编码。</translation>
    </message>
    <message>
        <source>Behind a gateway: nginx &apos;upstream sent invalid header&apos; / &apos;upstream sent no valid HTTP/1.0 header&apos; (502), HAProxy PH-- (502), Envoy &apos;protocol error&apos; (502 UPE), Apache &apos;Corrupt status line returned by remote server&apos; (502).</source>
        <translation>位于网关之后时：nginx“upstream sent invalid header”/“upstream sent no valid HTTP/1.0 header”（502），HAProxy PH--（502），Envoy“protocol error”（502 UPE），Apache“Corrupt status line returned by remote server”（502）。</translation>
    </message>
    <message>
        <source>The body was cut short</source>
        <translation>正文被截断</translation>
    </message>
    <message>
        <source>Compare the declared length (Content-Length) with the bytes received; the anomalies name the offset where it ended.</source>
        <translation>将声明的长度（Content-Length）与收到的字节数对比；异常信息中给出了结束位置的偏移。</translation>
    </message>
    <message>
        <source>Check the server for a crash or a write timeout while streaming (application logs; nginx &apos;upstream prematurely closed connection while reading upstream&apos; or &apos;upstream timed out … while reading upstream&apos;).</source>
        <translation>检查服务器在流式传输时是否崩溃或写超时（应用日志；nginx“upstream prematurely closed connection while reading upstream”或“upstream timed out … while reading upstream”）。</translation>
    </message>
    <message>
        <source>Check every hop&apos;s timeouts that apply between reads (nginx proxy_read_timeout, Varnish between_bytes_timeout, ALB idle timeout 60 s) for long downloads or streams.</source>
        <translation>对于长时间下载或流式传输，检查每一跳在两次读取之间生效的超时（nginx proxy_read_timeout、Varnish between_bytes_timeout、ALB 空闲超时 60 秒）。</translation>
    </message>
    <message>
        <source>For large bodies, check proxy buffering and temp-file limits (nginx proxy_max_temp_file_size) and disk space on the proxy.</source>
        <translation>对于大正文，检查代理缓冲和临时文件限制（nginx proxy_max_temp_file_size）以及代理上的磁盘空间。</translation>
    </message>
    <message>
        <source>The server closes the connection without answering</source>
        <translation>服务器未应答就关闭了连接</translation>
    </message>
    <message>
        <source>Check whether the process died while handling this request (application logs, segfaults, OOM kills, a worker timeout such as gunicorn &apos;[CRITICAL] WORKER TIMEOUT&apos;).</source>
        <translation>检查进程是否在处理该请求时死亡（应用日志、段错误、OOM 终止、工作进程超时，如 gunicorn“[CRITICAL] WORKER TIMEOUT”）。</translation>
    </message>
    <message>
        <source>If it happens on reused connections only, it is a keep-alive race: make the server&apos;s keep-alive timeout longer than the client&apos;s/proxy&apos;s idle timeout (e.g. Node server.keepAliveTimeout &gt; 60 s behind an ALB).</source>
        <translation>如果只发生在复用的连接上，那就是 keep-alive 竞争：让服务器的 keep-alive 超时长于客户端/代理的空闲超时（例如在 ALB 后面设置 Node server.keepAliveTimeout &gt; 60 秒）。</translation>
    </message>
    <message>
        <source>Check request size limits that make a server hang up (body too large, too many headers).</source>
        <translation>检查会让服务器断开连接的请求大小限制（正文过大、标头过多）。</translation>
    </message>
    <message>
        <source>Behind a gateway: nginx &apos;upstream prematurely closed connection while reading response header from upstream&apos; (502), HAProxy SH-- (502), Envoy &apos;connection termination&apos; (503 UC), Squid ERR_ZERO_SIZE_OBJECT (502), Cloudflare 520.</source>
        <translation>位于网关之后时：nginx“upstream prematurely closed connection while reading response header from upstream”（502），HAProxy SH--（502），Envoy“connection termination”（503 UC），Squid ERR_ZERO_SIZE_OBJECT（502），Cloudflare 520。</translation>
    </message>
    <message>
        <source>Retry idempotent requests only: the server may have processed the request before closing.</source>
        <translation>只重试幂等请求：服务器可能在关闭连接前已经处理了请求。</translation>
    </message>
    <message>
        <source>Find out what happened</source>
        <translation>查明发生了什么</translation>
    </message>
    <message>
        <source>Read the transport detail and the anomalies below: they record what the client saw.</source>
        <translation>查看下面的传输详情和异常：它们记录了客户端看到的情况。</translation>
    </message>
    <message>
        <source>Repeat the request with curl -v and compare.</source>
        <translation>用 curl -v 重复该请求并进行对比。</translation>
    </message>
    <message>
        <source>Check the logs of every hop at the time of the request.</source>
        <translation>检查每一跳在请求发生时的日志。</translation>
    </message>
    <message>
        <source>Cloudflare 520: unusable answer from the origin</source>
        <translation>Cloudflare 520：源站返回了无法使用的应答</translation>
    </message>
    <message>
        <source>Look at the origin&apos;s web server error log at the time of the request for crashes, resets or worker restarts.</source>
        <translation>在源站 Web 服务器的错误日志中查找请求发生时的崩溃、重置或工作进程重启。</translation>
    </message>
    <message>
        <source>Check the size of the response headers (large cookies or tokens): Cloudflare rejects headers over 128 KB.</source>
        <translation>检查响应标头的大小（大型 Cookie 或令牌）：Cloudflare 会拒绝超过 128 KB 的标头。</translation>
    </message>
    <message>
        <source>Compare keep-alive settings: the origin must not close idle connections sooner than Cloudflare reuses them (keep the origin&apos;s keep-alive well above 30 s).</source>
        <translation>对比 keep-alive 设置：源站关闭空闲连接的时间不能早于 Cloudflare 复用它们的时间（让源站的 keep-alive 明显高于 30 秒）。</translation>
    </message>
    <message>
        <source>Prove which hop fails: send the same request straight to the origin, bypassing the gateway, with the same Host and TLS name: curl -sv --resolve HOST:443:ORIGIN_IP https://HOST/PATH -o /dev/null -w &apos;connect %{time_connect}s ttfb %{time_starttransfer}s total %{time_total}s\n&apos;.</source>
        <translation>证明是哪一跳出错：绕过网关，用相同的 Host 和 TLS 名称直接向源站发送同样的请求：curl -sv --resolve HOST:443:ORIGIN_IP https://HOST/PATH -o /dev/null -w &apos;connect %{time_connect}s ttfb %{time_starttransfer}s total %{time_total}s\n&apos;。</translation>
    </message>
    <message>
        <source>Send Cloudflare support two HARs, one proxied and one with the proxy paused, plus the CF-RAY value of the failing response.</source>
        <translation>向 Cloudflare 支持发送两个 HAR 文件，一个经过代理、一个暂停代理，并附上失败响应的 CF-RAY 值。</translation>
    </message>
    <message>
        <source>Cloudflare 521: origin refused the connection</source>
        <translation>Cloudflare 521：源站拒绝了连接</translation>
    </message>
    <message>
        <source>Check that the web server runs and listens on the port the SSL mode uses: 80 for Flexible, 443 for Full and Full (strict).</source>
        <translation>检查 Web 服务器是否在运行，并监听 SSL 模式所用的端口：Flexible 用 80，Full 和 Full (strict) 用 443。</translation>
    </message>
    <message>
        <source>Allow Cloudflare&apos;s IP ranges (https://www.cloudflare.com/ips/) in the origin&apos;s firewall, security group, fail2ban or .htaccess rules.</source>
        <translation>在源站的防火墙、安全组、fail2ban 或 .htaccess 规则中放行 Cloudflare 的 IP 段（https://www.cloudflare.com/ips/）。</translation>
    </message>
    <message>
        <source>Retrying is safe: the request never reached the origin.</source>
        <translation>可以安全重试：请求从未到达源站。</translation>
    </message>
    <message>
        <source>Cloudflare 522: TCP connection to the origin timed out</source>
        <translation>Cloudflare 522：与源站的 TCP 连接超时</translation>
    </message>
    <message>
        <source>Check that the DNS record in Cloudflare points at the current origin IP.</source>
        <translation>检查 Cloudflare 中的 DNS 记录是否指向当前的源站 IP。</translation>
    </message>
    <message>
        <source>Check the origin firewall: a rule that silently drops Cloudflare&apos;s IP ranges gives 522 (a rejecting rule gives 521).</source>
        <translation>检查源站防火墙：静默丢弃 Cloudflare IP 段的规则会导致 522（拒绝型规则导致 521）。</translation>
    </message>
    <message>
        <source>Check origin load: a full accept queue (ss -lnt, Recv-Q) makes new connections time out.</source>
        <translation>检查源站负载：accept 队列已满（ss -lnt，Recv-Q）会使新连接超时。</translation>
    </message>
    <message>
        <source>Run MTR/traceroute from a network near the Cloudflare POP in the CF-RAY suffix to the origin to find packet loss.</source>
        <translation>从靠近 CF-RAY 后缀所示 Cloudflare POP 的网络向源站运行 MTR/traceroute，找出丢包位置。</translation>
    </message>
    <message>
        <source>Cloudflare 523: origin unreachable</source>
        <translation>Cloudflare 523：源站不可达</translation>
    </message>
    <message>
        <source>Check the origin IP in the Cloudflare DNS record: not a private address, not a released IP.</source>
        <translation>检查 Cloudflare DNS 记录中的源站 IP：不能是私有地址，也不能是已释放的 IP。</translation>
    </message>
    <message>
        <source>Ask the hosting provider about routing problems to that address; run MTR to the origin from several networks.</source>
        <translation>向托管服务商询问到该地址的路由问题；从多个网络对源站运行 MTR。</translation>
    </message>
    <message>
        <source>If the origin is in a VPC, check routes that capture Cloudflare&apos;s address ranges (e.g. 172.64.0.0/13).</source>
        <translation>如果源站位于 VPC 中，检查是否有路由截获了 Cloudflare 的地址段（例如 172.64.0.0/13）。</translation>
    </message>
    <message>
        <source>Cloudflare 524: the origin did not answer within 100–120 s</source>
        <translation>Cloudflare 524：源站未在 100–120 秒内应答</translation>
    </message>
    <message>
        <source>Find the request in the origin&apos;s access and application logs and measure its duration; Cloudflare&apos;s Proxy Read Timeout is 100 s (documented as 120 s on the 524 page).</source>
        <translation>在源站的访问日志和应用日志中找到该请求并测量其耗时；Cloudflare 的 Proxy Read Timeout 为 100 秒（524 页面上记为 120 秒）。</translation>
    </message>
    <message>
        <source>Make slow endpoints asynchronous (start a job, return 202, poll a status URL) or stream progress so the first byte arrives early.</source>
        <translation>把慢端点改为异步（启动任务、返回 202、轮询状态 URL），或以流式返回进度，让第一个字节尽早到达。</translation>
    </message>
    <message>
        <source>Enterprise zones can raise proxy_read_timeout (up to 6000 s); other plans cannot — a DNS-only (grey-cloud) host name bypasses Cloudflare for long-running calls.</source>
        <translation>Enterprise 区域可以提高 proxy_read_timeout（最高 6000 秒）；其他套餐不行——仅 DNS（灰色云朵）的主机名可以让长时间运行的调用绕过 Cloudflare。</translation>
    </message>
    <message>
        <source>Cloudflare 525/526: TLS between Cloudflare and the origin</source>
        <translation>Cloudflare 525/526：Cloudflare 与源站之间的 TLS</translation>
    </message>
    <message>
        <source>Check the origin certificate from outside: openssl s_client -connect ORIGIN_IP:443 -servername HOST -showcerts &lt;/dev/null.</source>
        <translation>从外部检查源站证书：openssl s_client -connect ORIGIN_IP:443 -servername HOST -showcerts &lt;/dev/null。</translation>
    </message>
    <message>
        <source>526 (Full strict): the certificate must be valid, unexpired, trusted (a public CA or a Cloudflare Origin CA certificate) and cover HOST; fix it or (temporarily) use Full mode.</source>
        <translation>526（Full strict）：证书必须有效、未过期、受信任（公共 CA 或 Cloudflare Origin CA 证书）并覆盖 HOST；请修复它，或（临时）使用 Full 模式。</translation>
    </message>
    <message>
        <source>525: make sure the origin serves TLS on 443 with SNI, and supports TLS 1.2+ with a cipher Cloudflare offers.</source>
        <translation>525：确认源站在 443 端口提供带 SNI 的 TLS，并支持 TLS 1.2+ 以及 Cloudflare 提供的加密套件。</translation>
    </message>
    <message>
        <source>Check the web server&apos;s error log for handshake errors at the time of the request.</source>
        <translation>在 Web 服务器错误日志中查找请求发生时的握手错误。</translation>
    </message>
    <message>
        <source>Cloudflare 527: Railgun error</source>
        <translation>Cloudflare 527：Railgun 错误</translation>
    </message>
    <message>
        <source>Railgun is retired: remove the Railgun configuration or the listener on the origin.</source>
        <translation>Railgun 已停用：请删除源站上的 Railgun 配置或监听程序。</translation>
    </message>
    <message>
        <source>If a listener is still used, check its logs and that its port is reachable from Cloudflare.</source>
        <translation>如果仍在使用监听程序，检查其日志以及 Cloudflare 能否访问其端口。</translation>
    </message>
    <message>
        <source>Cloudflare 530: origin DNS error</source>
        <translation>Cloudflare 530：源站 DNS 错误</translation>
    </message>
    <message>
        <source>Read the 1xxx error code in the page: 1016 means the origin host name does not resolve.</source>
        <translation>查看页面中的 1xxx 错误代码：1016 表示源站主机名无法解析。</translation>
    </message>
    <message>
        <source>Check the CNAME target or the tunnel the record points to (cloudflared tunnel list); a deleted tunnel or load balancer gives 1016.</source>
        <translation>检查记录指向的 CNAME 目标或隧道（cloudflared tunnel list）；已删除的隧道或负载均衡器会导致 1016。</translation>
    </message>
    <message>
        <source>Resolve the origin name from a public resolver: dig +short ORIGIN_NAME @1.1.1.1.</source>
        <translation>用公共解析器解析源站名称：dig +short ORIGIN_NAME @1.1.1.1。</translation>
    </message>
    <message>
        <source>The error comes from behind Cloudflare</source>
        <translation>错误来自 Cloudflare 之后</translation>
    </message>
    <message>
        <source>Cloudflare only wrapped the origin side&apos;s 502/504 in its branded page; look at the origin&apos;s reverse proxy (nginx, a load balancer) and its error log at that time.</source>
        <translation>Cloudflare 只是把源站一侧的 502/504 包装在自己的品牌页面中；请查看源站的反向代理（nginx、负载均衡器）及其当时的错误日志。</translation>
    </message>
    <message>
        <source>Match the CF-RAY value with the origin&apos;s access log (CF-Ray request header) to find the request.</source>
        <translation>将 CF-RAY 值与源站访问日志（CF-Ray 请求标头）对照，找到该请求。</translation>
    </message>
    <message>
        <source>nginx 499: the client gave up</source>
        <translation>nginx 499：客户端放弃了</translation>
    </message>
    <message>
        <source>Find which hop in front of nginx closed the connection: a load balancer idle timeout (ALB 60 s), a CDN (Cloudflare 100 s), or the calling client&apos;s own timeout.</source>
        <translation>找出 nginx 前面是哪一跳关闭了连接：负载均衡器的空闲超时（ALB 60 秒）、CDN（Cloudflare 100 秒），或调用方客户端自己的超时。</translation>
    </message>
    <message>
        <source>Compare that timeout with the upstream&apos;s response time in nginx&apos;s access log ($request_time, $upstream_response_time).</source>
        <translation>将该超时与 nginx 访问日志中上游的响应时间（$request_time、$upstream_response_time）进行对比。</translation>
    </message>
    <message>
        <source>Speed up or move the slow endpoint to background work; raise the front timeout only if the long wait is intended.</source>
        <translation>加快慢端点，或将其移到后台任务；只有在确实需要长时间等待时才调高前端超时。</translation>
    </message>
    <message>
        <source>If health checks or impatient clients cause the 499s, they are harmless noise in the log.</source>
        <translation>如果 499 是由健康检查或没耐心的客户端造成的，它们只是日志中无害的噪音。</translation>
    </message>
    <message>
        <source>ALB 460: the client closed the connection</source>
        <translation>ALB 460：客户端关闭了连接</translation>
    </message>
    <message>
        <source>Find the client&apos;s timeout (SDK or HTTP client, browser, mobile app) and compare it with target_processing_time in the ALB access log.</source>
        <translation>找出客户端的超时（SDK 或 HTTP 客户端、浏览器、移动应用），并与 ALB 访问日志中的 target_processing_time 对比。</translation>
    </message>
    <message>
        <source>Speed up the endpoint or raise the client timeout if the long wait is expected.</source>
        <translation>如果长时间等待属于预期，就加快端点或调高客户端超时。</translation>
    </message>
    <message>
        <source>ALB 463: X-Forwarded-For too long</source>
        <translation>ALB 463：X-Forwarded-For 过长</translation>
    </message>
    <message>
        <source>Look at the X-Forwarded-For header the ALB received: more than 30 addresses usually means a proxy forwarding loop.</source>
        <translation>查看 ALB 收到的 X-Forwarded-For 标头：超过 30 个地址通常意味着代理转发循环。</translation>
    </message>
    <message>
        <source>Check proxies in front of the ALB for a configuration that sends requests back through the load balancer.</source>
        <translation>检查 ALB 前面的代理，是否有配置把请求又送回负载均衡器。</translation>
    </message>
    <message>
        <source>Strip or overwrite client-supplied X-Forwarded-For at the first trusted proxy.</source>
        <translation>在第一个受信任的代理处去除或覆盖客户端提供的 X-Forwarded-For。</translation>
    </message>
    <message>
        <source>ALB 464: protocol mismatch</source>
        <translation>ALB 464：协议不匹配</translation>
    </message>
    <message>
        <source>Compare the listener protocol with the target group protocol version (HTTP1, HTTP2, gRPC).</source>
        <translation>将监听器协议与目标组的协议版本（HTTP1、HTTP2、gRPC）进行对比。</translation>
    </message>
    <message>
        <source>For gRPC targets, clients must use HTTP/2 (grpc) and the listener must be HTTPS.</source>
        <translation>对于 gRPC 目标，客户端必须使用 HTTP/2（grpc），且监听器必须是 HTTPS。</translation>
    </message>
    <message>
        <source>ALB 561: identity provider error</source>
        <translation>ALB 561：身份提供商错误</translation>
    </message>
    <message>
        <source>Read error_reason in the ALB access log for the request.</source>
        <translation>查看 ALB 访问日志中该请求的 error_reason。</translation>
    </message>
    <message>
        <source>Check the IdP&apos;s token and user-info endpoints, client id/secret and the callback URL configured in the authenticate action.</source>
        <translation>检查 IdP 的令牌和用户信息端点、客户端 ID/密钥，以及 authenticate 操作中配置的回调 URL。</translation>
    </message>
    <message>
        <source>A dependency of the application fails</source>
        <translation>应用程序的某个依赖出现故障</translation>
    </message>
    <message>
        <source>Find the dependency named in the error (database, pool, cache, another API) and check its health and its own logs at that time.</source>
        <translation>找到错误中提到的依赖（数据库、连接池、缓存、其他 API），检查其当时的健康状况和日志。</translation>
    </message>
    <message>
        <source>Database: connections in use vs. max_connections (PostgreSQL: SELECT count(*) FROM pg_stat_activity; MySQL: SHOW STATUS LIKE &apos;Threads_connected&apos;), slow queries, locks and deadlocks, failover events.</source>
        <translation>数据库：已用连接数与 max_connections 对比（PostgreSQL：SELECT count(*) FROM pg_stat_activity；MySQL：SHOW STATUS LIKE &apos;Threads_connected&apos;），慢查询、锁与死锁、故障切换事件。</translation>
    </message>
    <message>
        <source>Connection pool: pool size vs. concurrent requests (HikariCP &apos;Connection is not available, request timed out&apos;, SQLAlchemy &apos;QueuePool limit&apos;); a leak shows as a pool that never drains.</source>
        <translation>连接池：池大小与并发请求数对比（HikariCP“Connection is not available, request timed out”，SQLAlchemy“QueuePool limit”）；泄漏表现为连接池始终无法释放。</translation>
    </message>
    <message>
        <source>Downstream API: give every outbound call a timeout shorter than the caller&apos;s own, retries with backoff for idempotent calls, and a circuit breaker.</source>
        <translation>下游 API：为每个外发调用设置比调用方自身更短的超时，对幂等调用使用带退避的重试，并加上熔断器。</translation>
    </message>
    <message>
        <source>Check credentials and network paths after a deploy or a rotation (access denied, unknown host).</source>
        <translation>部署或凭据轮换后检查凭据和网络路径（访问被拒、未知主机）。</translation>
    </message>
    <message>
        <source>Answer with 503 and Retry-After while a dependency is down, so clients and gateways back off instead of hammering it.</source>
        <translation>在依赖故障期间返回 503 和 Retry-After，使客户端和网关退避，而不是持续冲击它。</translation>
    </message>
    <message>
        <source>Unhandled exception in the application</source>
        <translation>应用程序中有未处理的异常</translation>
    </message>
    <message>
        <source>Read the stack trace in the body (or find it in the application log / error tracker by time and request id): the top frame in your own code is where to start.</source>
        <translation>阅读正文中的堆栈跟踪（或按时间和请求 ID 在应用日志/错误追踪系统中找到）：从你自己代码中最顶层的栈帧开始排查。</translation>
    </message>
    <message>
        <source>Reproduce with the same request against a local or staging instance: gatescope replay, or the curl command of this exchange.</source>
        <translation>用同样的请求在本地或预发布实例上复现：gatescope replay，或此交换对应的 curl 命令。</translation>
    </message>
    <message>
        <source>Add handling for this error path and answer with a precise 4xx/5xx instead of an unhandled 500.</source>
        <translation>为这条错误路径添加处理，返回准确的 4xx/5xx，而不是未处理的 500。</translation>
    </message>
    <message>
        <source>Turn off debug pages in production (Django DEBUG=False, Flask/Werkzeug debugger, ASP.NET developer exception page, PHP display_errors): the stack trace you can read, an attacker can read too.</source>
        <translation>在生产环境中关闭调试页面（Django DEBUG=False、Flask/Werkzeug 调试器、ASP.NET 开发者异常页、PHP display_errors）：你能看到的堆栈跟踪，攻击者也能看到。</translation>
    </message>
    <message>
        <source>Check whether a recent deploy introduced it (compare the release time with the first occurrence).</source>
        <translation>检查是否由最近的部署引入（将发布时间与首次出现时间对比）。</translation>
    </message>
    <message>
        <source>The application reports an error without details</source>
        <translation>应用程序报告了错误，但没有细节</translation>
    </message>
    <message>
        <source>Find the request in the application&apos;s logs by time, path and any request id header (X-Request-ID, traceparent).</source>
        <translation>按时间、路径以及任何请求 ID 标头（X-Request-ID、traceparent）在应用日志中找到该请求。</translation>
    </message>
    <message>
        <source>Make the application log the exception and answer with a problem document (RFC 9457) that carries a correlation id.</source>
        <translation>让应用程序记录异常，并返回带有关联 ID 的问题文档（RFC 9457）。</translation>
    </message>
    <message>
        <source>Check resource limits at that time: memory, file descriptors, disk.</source>
        <translation>检查当时的资源限制：内存、文件描述符、磁盘。</translation>
    </message>
    <message>
        <source>The application reports itself unavailable</source>
        <translation>应用程序报告自己不可用</translation>
    </message>
    <message>
        <source>Find which part of the application returns 503 (a readiness check, a maintenance flag, an overload guard) from its logs.</source>
        <translation>根据日志找出是应用程序的哪个部分返回了 503（就绪检查、维护开关、过载保护）。</translation>
    </message>
    <message>
        <source>Check whether instances are starting up or draining during a deploy.</source>
        <translation>检查部署期间是否有实例正在启动或排空。</translation>
    </message>
    <message>
        <source>Send Retry-After with deliberate 503s so clients back off.</source>
        <translation>在有意返回的 503 中附带 Retry-After，让客户端退避。</translation>
    </message>
    <message>
        <source>A gateway failed on its own</source>
        <translation>网关自身出错</translation>
    </message>
    <message>
        <source>Read the gateway&apos;s error log at the time of the request (Kong error.log, API Gateway execution logs, CloudWatch).</source>
        <translation>查看请求发生时网关的错误日志（Kong error.log、API Gateway 执行日志、CloudWatch）。</translation>
    </message>
    <message>
        <source>Check recent configuration changes: plugins, authorizers, routes, certificates.</source>
        <translation>检查最近的配置变更：插件、授权器、路由、证书。</translation>
    </message>
    <message>
        <source>Compare with a request that bypasses the gateway to confirm the origin is healthy: Prove which hop fails: send the same request straight to the origin, bypassing the gateway, with the same Host and TLS name: curl -sv --resolve HOST:443:ORIGIN_IP https://HOST/PATH -o /dev/null -w &apos;connect %{time_connect}s ttfb %{time_starttransfer}s total %{time_total}s\n&apos;.</source>
        <translation>与绕过网关的请求进行对比，确认源站是否健康：证明是哪一跳出错——绕过网关，用相同的 Host 和 TLS 名称直接向源站发送同样的请求：curl -sv --resolve HOST:443:ORIGIN_IP https://HOST/PATH -o /dev/null -w &apos;connect %{time_connect}s ttfb %{time_starttransfer}s total %{time_total}s\n&apos;。</translation>
    </message>
    <message>
        <source>Find who answered 503</source>
        <translation>找出是谁返回了 503</translation>
    </message>
    <message>
        <source>Send the request with curl -sv and look at Server, Via and vendor headers to find the hop.</source>
        <translation>用 curl -sv 发送请求，查看 Server、Via 和厂商标头以找出是哪一跳。</translation>
    </message>
    <message>
        <source>Check each hop&apos;s logs for the request: load balancer, reverse proxy, application.</source>
        <translation>检查每一跳关于此请求的日志：负载均衡器、反向代理、应用程序。</translation>
    </message>
    <message>
        <source>Look for capacity (CPU, connections, queue lengths), crashed instances and maintenance switches.</source>
        <translation>检查容量（CPU、连接数、队列长度）、崩溃的实例和维护开关。</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>计划内维护</translation>
    </message>
    <message>
        <source>Confirm the maintenance window with the team or status page; wait for the time given by Retry-After if present.</source>
        <translation>向团队或状态页确认维护窗口；如有 Retry-After，请等待其中给出的时间。</translation>
    </message>
    <message>
        <source>If maintenance should be over, check the switch that enables it (a maintenance file, a feature flag, a load balancer rule, Heroku maintenance mode).</source>
        <translation>如果维护本应已经结束，检查启用它的开关（维护文件、功能开关、负载均衡器规则、Heroku 维护模式）。</translation>
    </message>
    <message>
        <source>Serve maintenance responses as 503 with Retry-After and Cache-Control: no-store so CDNs do not keep them.</source>
        <translation>以 503 加 Retry-After 和 Cache-Control: no-store 返回维护响应，避免 CDN 缓存它们。</translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>已达到速率限制</translation>
    </message>
    <message>
        <source>Read Retry-After and the RateLimit-* / X-RateLimit-* headers to see the limit and the reset time.</source>
        <translation>查看 Retry-After 以及 RateLimit-* / X-RateLimit-* 标头，了解限制值和重置时间。</translation>
    </message>
    <message>
        <source>Slow the client down: honour Retry-After, add exponential backoff with jitter, and batch requests.</source>
        <translation>让客户端放慢：遵守 Retry-After，加入带抖动的指数退避，并批量发送请求。</translation>
    </message>
    <message>
        <source>If the limit is yours: nginx limit_req (log &apos;limiting requests, excess: … by zone &quot;…&quot;&apos;) or limit_conn (&apos;limiting connections by zone&apos;), Kong rate-limiting, Traefik RateLimit — check the zone size, burst and key (a shared NAT address can make many users one client).</source>
        <translation>如果限制是你自己设置的：nginx limit_req（日志“limiting requests, excess: … by zone &quot;…&quot;”）或 limit_conn（“limiting connections by zone”）、Kong rate-limiting、Traefik RateLimit——检查区域大小、突发量和键（共享的 NAT 地址会让许多用户变成一个客户端）。</translation>
    </message>
    <message>
        <source>Answer rate limits with 429 and Retry-After rather than 503 so clients can tell them from outages (nginx: limit_req_status 429).</source>
        <translation>对限流返回 429 和 Retry-After 而不是 503，让客户端能把它与故障区分开（nginx：limit_req_status 429）。</translation>
    </message>
    <message>
        <source>The server is at capacity</source>
        <translation>服务器已满负荷</translation>
    </message>
    <message>
        <source>Scale out the application (more instances or workers) and check autoscaling limits.</source>
        <translation>扩展应用程序（更多实例或工作进程），并检查自动扩缩容上限。</translation>
    </message>
    <message>
        <source>Find the bottleneck: CPU, memory, worker/thread pool exhaustion, database connections, a slow dependency making requests pile up.</source>
        <translation>找出瓶颈：CPU、内存、工作进程/线程池耗尽、数据库连接，或某个慢依赖导致请求堆积。</translation>
    </message>
    <message>
        <source>Check queue and circuit-breaker settings at the gateway (Envoy max_pending_requests / max_requests, AWS CLB surge queue and SpilloverCount).</source>
        <translation>检查网关的队列和熔断设置（Envoy max_pending_requests / max_requests，AWS CLB 突增队列和 SpilloverCount）。</translation>
    </message>
    <message>
        <source>Shed load on purpose: return 503 with Retry-After early instead of queuing until timeouts.</source>
        <translation>主动削减负载：尽早返回带 Retry-After 的 503，而不是排队直到超时。</translation>
    </message>
    <message>
        <source>No healthy upstream</source>
        <translation>没有健康的上游</translation>
    </message>
    <message>
        <source>List the backends and their health as the gateway sees them (Envoy /clusters admin endpoint, Traefik dashboard, Kong /upstreams/NAME/health, ALB target group health, kubectl get endpoints SERVICE).</source>
        <translation>按网关的视角列出后端及其健康状况（Envoy 管理端点 /clusters、Traefik 仪表板、Kong /upstreams/NAME/health、ALB 目标组健康状况、kubectl get endpoints SERVICE）。</translation>
    </message>
    <message>
        <source>Check why instances are unhealthy: crashed (restart loop), failing health checks (wrong path, port or timeout), or not registered/ready.</source>
        <translation>检查实例为何不健康：崩溃（重启循环）、健康检查失败（路径、端口或超时错误），或未注册/未就绪。</translation>
    </message>
    <message>
        <source>Check the health-check configuration itself: a path that needs a database makes every instance &apos;down&apos; when only the database is.</source>
        <translation>检查健康检查配置本身：依赖数据库的检查路径会在只有数据库故障时把所有实例都判为“down”。</translation>
    </message>
    <message>
        <source>Check recent deploys: a rollout that takes all instances out at once empties the pool.</source>
        <translation>检查最近的部署：一次性下线所有实例的发布会清空服务池。</translation>
    </message>
    <message>
        <source>Scale or restart the service, then confirm the gateway marks instances healthy again.</source>
        <translation>扩容或重启服务，然后确认网关重新将实例标记为健康。</translation>
    </message>
    <message>
        <source>No server took the connection (HAProxy / Apache)</source>
        <translation>没有服务器接受连接（HAProxy / Apache）</translation>
    </message>
    <message>
        <source>HAProxy: read the log line&apos;s termination state and server field: &apos;SC--&apos; = connection refused/error (e.g. &apos;backend/srv 0/0/-1/-1/3003 503 … SC--&apos; after three connect retries), &apos;sC--&apos; = timeout connect, &apos;&lt;NOSRV&gt;&apos; = no server up (&apos;backend/&lt;NOSRV&gt; 0/-1/-1/-1/0 503 … SC--&apos;); the messages &apos;Server backend/srv is DOWN, reason: Layer4 connection problem&apos; and &apos;backend NAME has no server available!&apos; confirm all are down.</source>
        <translation>HAProxy：查看日志行中的终止状态和服务器字段：“SC--”= 连接被拒/出错（例如三次连接重试后的“backend/srv 0/0/-1/-1/3003 503 … SC--”），“sC--”= 连接超时，“&lt;NOSRV&gt;”= 没有可用服务器（“backend/&lt;NOSRV&gt; 0/-1/-1/-1/0 503 … SC--”）；消息“Server backend/srv is DOWN, reason: Layer4 connection problem”和“backend NAME has no server available!”可确认全部宕机。</translation>
    </message>
    <message>
        <source>Apache: look for &apos;AH00957: HTTP: attempt to connect to HOST:PORT failed&apos;, &apos;AH01114: HTTP: failed to make connection to backend&apos; and &apos;AH00959: ap_proxy_connect_backend disabling worker for (HOST:PORT) for 60s&apos;; after that, &apos;AH00940: HTTP: disabled connection&apos; for every request during retry= (60 s by default).</source>
        <translation>Apache：查找“AH00957: HTTP: attempt to connect to HOST:PORT failed”、“AH01114: HTTP: failed to make connection to backend”和“AH00959: ap_proxy_connect_backend disabling worker for (HOST:PORT) for 60s”；之后在 retry= 期间（默认 60 秒）每个请求都会出现“AH00940: HTTP: disabled connection”。</translation>
    </message>
    <message>
        <source>Check that the backend listens on the configured address and port: ss -ltnp on the backend host, or curl -sv http://BACKEND:PORT/ from the proxy host.</source>
        <translation>检查后端是否在配置的地址和端口上监听：在后端主机上运行 ss -ltnp，或在代理主机上运行 curl -sv http://BACKEND:PORT/。</translation>
    </message>
    <message>
        <source>Check health checks (HAProxy &apos;check&apos; / &apos;option httpchk&apos;): a failing check marks servers DOWN.</source>
        <translation>检查健康检查（HAProxy“check”/“option httpchk”）：检查失败会把服务器标记为 DOWN。</translation>
    </message>
    <message>
        <source>On Apache, lower the worker&apos;s retry= so a restarted backend is used again sooner.</source>
        <translation>在 Apache 上调低 worker 的 retry=，让重启后的后端更早重新投入使用。</translation>
    </message>
    <message>
        <source>Retrying is safe: the request never reached a backend.</source>
        <translation>可以安全重试：请求从未到达任何后端。</translation>
    </message>
    <message>
        <source>nginx answered 503 itself</source>
        <translation>nginx 自己返回了 503</translation>
    </message>
    <message>
        <source>Search nginx&apos;s error.log for &apos;limiting requests, excess: … by zone&apos; or &apos;limiting connections by zone&apos; at that time: limit_req / limit_conn rejected the request.</source>
        <translation>在 nginx 的 error.log 中查找当时的“limiting requests, excess: … by zone”或“limiting connections by zone”：是 limit_req / limit_conn 拒绝了请求。</translation>
    </message>
    <message>
        <source>Check the zone&apos;s rate, burst and key; clients behind one NAT share an address.</source>
        <translation>检查该区域的速率、突发量和键；同一 NAT 后面的客户端共享一个地址。</translation>
    </message>
    <message>
        <source>Set limit_req_status 429 so clients can tell a rate limit from an outage.</source>
        <translation>设置 limit_req_status 429，让客户端能区分限流和故障。</translation>
    </message>
    <message>
        <source>On ingress-nginx, check that the Service has ready endpoints: kubectl get endpoints SERVICE (controller log: &apos;Service &quot;ns/name&quot; does not have any active Endpoint&apos;).</source>
        <translation>在 ingress-nginx 上检查 Service 是否有就绪的端点：kubectl get endpoints SERVICE（控制器日志：“Service &quot;ns/name&quot; does not have any active Endpoint”）。</translation>
    </message>
    <message>
        <source>Search the configuration for an explicit &apos;return 503&apos; (maintenance switches).</source>
        <translation>在配置中查找显式的“return 503”（维护开关）。</translation>
    </message>
    <message>
        <source>HTML where JSON was expected</source>
        <translation>期望 JSON 却是 HTML</translation>
    </message>
    <message>
        <source>Open the body: a login page means the session or token expired or was not sent; a portal or WAF page means something between client and API answered.</source>
        <translation>打开正文查看：登录页意味着会话或令牌已过期或未发送；门户页或 WAF 页意味着客户端与 API 之间有别的东西作出了应答。</translation>
    </message>
    <message>
        <source>Check that the request reaches the API route and not a catch-all (an SPA index.html served for unknown paths, a wrong base path or trailing slash).</source>
        <translation>检查请求是否到达了 API 路由，而不是兜底路由（对未知路径返回 SPA 的 index.html、错误的基础路径或末尾斜杠）。</translation>
    </message>
    <message>
        <source>For API Gateway + Lambda proxy integrations, return {&quot;statusCode&quot;: 200, &quot;headers&quot;: {...}, &quot;body&quot;: &quot;&lt;string&gt;&quot;, &quot;isBase64Encoded&quot;: false}; the execution log says &apos;Malformed Lambda proxy response&apos; otherwise.</source>
        <translation>对于 API Gateway + Lambda 代理集成，应返回 {&quot;statusCode&quot;: 200, &quot;headers&quot;: {...}, &quot;body&quot;: &quot;&lt;string&gt;&quot;, &quot;isBase64Encoded&quot;: false}；否则执行日志会显示“Malformed Lambda proxy response”。</translation>
    </message>
    <message>
        <source>Make the API answer errors as JSON (application/problem+json) and make the client check Content-Type before parsing.</source>
        <translation>让 API 以 JSON（application/problem+json）返回错误，并让客户端在解析前检查 Content-Type。</translation>
    </message>
    <message>
        <source>Do not retry: the same request will get the same page until the cause is fixed.</source>
        <translation>不要重试：在原因修复前，同样的请求会得到同样的页面。</translation>
    </message>
    <message>
        <source>A firewall or proxy answered in the origin&apos;s place</source>
        <translation>防火墙或代理代替源站作出了应答</translation>
    </message>
    <message>
        <source>Identify the device from the page (F5, FortiGate, Zscaler, ModSecurity, a capture proxy) and ask its owners for the block reason and the request id shown on the page.</source>
        <translation>根据页面识别设备（F5、FortiGate、Zscaler、ModSecurity、抓包代理），并向其管理者询问拦截原因以及页面上显示的请求 ID。</translation>
    </message>
    <message>
        <source>Check the WAF/firewall log for the rule that matched (request size, a signature in a parameter, a blocked country or IP).</source>
        <translation>在 WAF/防火墙日志中查看匹配的规则（请求大小、参数中的特征、被封锁的国家或 IP）。</translation>
    </message>
    <message>
        <source>If the gateway should not pass through this device, fix the route between gateway and origin.</source>
        <translation>如果网关不应经过该设备，请修正网关与源站之间的路由。</translation>
    </message>
    <message>
        <source>The gateway cannot connect to its upstream</source>
        <translation>网关无法连接其上游</translation>
    </message>
    <message>
        <source>Check that the upstream listens where the gateway connects: from the gateway host run curl -sv http://UPSTREAM:PORT/ (or ss -ltnp on the upstream host).</source>
        <translation>检查上游是否在网关连接的位置监听：在网关主机上运行 curl -sv http://UPSTREAM:PORT/（或在上游主机上运行 ss -ltnp）。</translation>
    </message>
    <message>
        <source>nginx error.log: &apos;connect() failed (111: Connection refused) while connecting to upstream&apos; (or &apos;connect() to unix:/run/php-fpm.sock failed (2: No such file or directory)&apos; for a socket); Caddy: &apos;dial tcp …: connect: connection refused&apos;; Envoy: &apos;reset reason: remote connection failure&apos; with flag UF.</source>
        <translation>nginx error.log：“connect() failed (111: Connection refused) while connecting to upstream”（套接字则为“connect() to unix:/run/php-fpm.sock failed (2: No such file or directory)”）；Caddy：“dial tcp …: connect: connection refused”；Envoy：带 UF 标志的“reset reason: remote connection failure”。</translation>
    </message>
    <message>
        <source>Check the upstream address in the gateway config (proxy_pass, server lines, service discovery) against the running service; a container that restarted may have a new address.</source>
        <translation>将网关配置中的上游地址（proxy_pass、server 行、服务发现）与正在运行的服务核对；重启后的容器可能有新地址。</translation>
    </message>
    <message>
        <source>Check security groups, NetworkPolicies and host firewalls between gateway and origin: a REJECT looks like a refused connection; traceroute -T -p PORT UPSTREAM finds routing problems.</source>
        <translation>检查网关与源站之间的安全组、NetworkPolicy 和主机防火墙：REJECT 看起来就像连接被拒绝；traceroute -T -p PORT UPSTREAM 可以找出路由问题。</translation>
    </message>
    <message>
        <source>Retrying is safe: the request never reached the application.</source>
        <translation>可以安全重试：请求从未到达应用程序。</translation>
    </message>
    <message>
        <source>The gateway cannot resolve its upstream</source>
        <translation>网关无法解析其上游</translation>
    </message>
    <message>
        <source>Resolve the upstream name from the gateway host or container: getent hosts NAME; dig NAME @RESOLVER.</source>
        <translation>在网关主机或容器上解析上游名称：getent hosts NAME；dig NAME @RESOLVER。</translation>
    </message>
    <message>
        <source>nginx: with a variable in proxy_pass, a &apos;resolver&apos; directive is required (&apos;no resolver defined to resolve NAME&apos;); errors read &apos;NAME could not be resolved (3: Host not found)&apos;.</source>
        <translation>nginx：proxy_pass 中使用变量时需要“resolver”指令（“no resolver defined to resolve NAME”）；错误显示为“NAME could not be resolved (3: Host not found)”。</translation>
    </message>
    <message>
        <source>Apache answers this with 500 &apos;DNS lookup failure for: NAME&apos;; Kong with 503 &apos;name resolution failed&apos;; Squid with 503 ERR_DNS_FAIL; HAProxy puts the server in maintenance (&apos;is going DOWN for maintenance (DNS NX status)&apos;).</source>
        <translation>Apache 对此返回 500“DNS lookup failure for: NAME”；Kong 返回 503“name resolution failed”；Squid 返回 503 ERR_DNS_FAIL；HAProxy 则将该服务器置于维护状态（“is going DOWN for maintenance (DNS NX status)”）。</translation>
    </message>
    <message>
        <source>Check for a renamed or deleted service, a Kubernetes namespace missing from the name, or a resolver that cannot see a private zone.</source>
        <translation>检查服务是否被重命名或删除、名称中是否缺少 Kubernetes 命名空间，或解析器是否看不到私有区域。</translation>
    </message>
    <message>
        <source>TLS between the gateway and its upstream fails</source>
        <translation>网关与其上游之间的 TLS 失败</translation>
    </message>
    <message>
        <source>From the gateway host: openssl s_client -connect UPSTREAM:443 -servername UPSTREAM_NAME -showcerts &lt;/dev/null — check names, dates, chain and protocol.</source>
        <translation>在网关主机上：openssl s_client -connect UPSTREAM:443 -servername UPSTREAM_NAME -showcerts &lt;/dev/null——检查名称、日期、证书链和协议。</translation>
    </message>
    <message>
        <source>nginx: &apos;SSL_do_handshake() failed … while SSL handshaking to upstream&apos;, &apos;upstream SSL certificate verify error&apos;, &apos;upstream SSL certificate does not match&apos;. Set proxy_ssl_server_name on and proxy_ssl_name when the upstream needs SNI; give proxy_ssl_trusted_certificate for a private CA.</source>
        <translation>nginx：“SSL_do_handshake() failed … while SSL handshaking to upstream”、“upstream SSL certificate verify error”、“upstream SSL certificate does not match”。当上游需要 SNI 时设置 proxy_ssl_server_name on 和 proxy_ssl_name；对于私有 CA，配置 proxy_ssl_trusted_certificate。</translation>
    </message>
    <message>
        <source>Apache: &apos;Error during SSL Handshake with remote server&apos; (500): check SSLProxyEngine on, SSLProxyCACertificateFile, SSLProxyCheckPeerName.</source>
        <translation>Apache：“Error during SSL Handshake with remote server”（500）：检查 SSLProxyEngine on、SSLProxyCACertificateFile、SSLProxyCheckPeerName。</translation>
    </message>
    <message>
        <source>HAProxy: &apos;SSL handshake failure&apos; in %[bc_err_str] (503); check &apos;ssl verify required ca-file …&apos; and &apos;sni&apos;.</source>
        <translation>HAProxy：%[bc_err_str] 中的“SSL handshake failure”（503）；检查“ssl verify required ca-file …”和“sni”。</translation>
    </message>
    <message>
        <source>Never leave verification off as the fix; trust the right CA instead.</source>
        <translation>永远不要把关闭验证当作修复方法；应改为信任正确的 CA。</translation>
    </message>
    <message>
        <source>A gateway reports its timeout as 502</source>
        <translation>网关将其超时报告为 502</translation>
    </message>
    <message>
        <source>Apache: look for &apos;AH01102: error reading status line from remote server HOST:PORT&apos; with &apos;(70007)The timeout specified has expired&apos; and &apos;AH00898: Error reading from remote server returned by /PATH&apos;. Raise ProxyTimeout (or the worker&apos;s timeout=) only if the slow response is expected; the default equals Timeout, 60 s.</source>
        <translation>Apache：查找带有“(70007)The timeout specified has expired”的“AH01102: error reading status line from remote server HOST:PORT”以及“AH00898: Error reading from remote server returned by /PATH”。只有在慢响应属于预期时才提高 ProxyTimeout（或 worker 的 timeout=）；默认值等于 Timeout，即 60 秒。</translation>
    </message>
    <message>
        <source>Google Cloud classic load balancer: backend service timeout (default 30 s) → 502; raise timeoutSec or speed up the backend.</source>
        <translation>Google Cloud 经典负载均衡器：后端服务超时（默认 30 秒）→ 502；提高 timeoutSec 或加快后端。</translation>
    </message>
    <message>
        <source>Azure Application Gateway v1: request timeout (default 20 s) in the backend HTTP settings.</source>
        <translation>Azure Application Gateway v1：后端 HTTP 设置中的请求超时（默认 20 秒）。</translation>
    </message>
    <message>
        <source>Find out why the origin is slow: its logs for the request, slow queries, saturated workers.</source>
        <translation>查明源站为何缓慢：查看其关于此请求的日志、慢查询、饱和的工作进程。</translation>
    </message>
    <message>
        <source>The upstream closes the connection before answering</source>
        <translation>上游在应答之前关闭连接</translation>
    </message>
    <message>
        <source>Gateway logs: nginx &apos;upstream prematurely closed connection while reading response header from upstream&apos;; HAProxy termination state SH--; Envoy &apos;reset reason: connection termination&apos; (UC); Squid ERR_ZERO_SIZE_OBJECT; Apache AH01102 &apos;error reading status line from remote server&apos;.</source>
        <translation>网关日志：nginx“upstream prematurely closed connection while reading response header from upstream”；HAProxy 终止状态 SH--；Envoy“reset reason: connection termination”（UC）；Squid ERR_ZERO_SIZE_OBJECT；Apache AH01102“error reading status line from remote server”。</translation>
    </message>
    <message>
        <source>Check the upstream for crashes or worker recycling at that time (OOM kills, gunicorn &apos;[CRITICAL] WORKER TIMEOUT&apos;, PHP-FPM &apos;child exited&apos;).</source>
        <translation>检查上游当时是否崩溃或回收了工作进程（OOM 终止、gunicorn“[CRITICAL] WORKER TIMEOUT”、PHP-FPM“child exited”）。</translation>
    </message>
    <message>
        <source>If it is intermittent under low traffic: a keep-alive race. Make the upstream&apos;s idle timeout longer than the gateway&apos;s (Node: server.keepAliveTimeout and headersTimeout above 60 s behind an ALB; nginx upstream keepalive_timeout; Envoy/Istio DestinationRule idleTimeout shorter than the app&apos;s).</source>
        <translation>如果在低流量时间歇出现：这是 keep-alive 竞争。让上游的空闲超时长于网关的（Node：在 ALB 后面将 server.keepAliveTimeout 和 headersTimeout 设为 60 秒以上；nginx upstream keepalive_timeout；Envoy/Istio DestinationRule 的 idleTimeout 要短于应用的）。</translation>
    </message>
    <message>
        <source>Check body and header size limits at the upstream that make it hang up.</source>
        <translation>检查上游对正文和标头大小的限制，这些限制可能导致它断开连接。</translation>
    </message>
    <message>
        <source>Retry only idempotent requests: the upstream may already have processed it.</source>
        <translation>只重试幂等请求：上游可能已经处理过它。</translation>
    </message>
    <message>
        <source>The upstream resets the connection</source>
        <translation>上游重置连接</translation>
    </message>
    <message>
        <source>Gateway logs: nginx &apos;recv() failed (104: Connection reset by peer) while reading response header from upstream&apos;; Envoy &apos;remote reset&apos; (UR); Squid ERR_READ_ERROR; Fastly &apos;backend read error&apos;.</source>
        <translation>网关日志：nginx“recv() failed (104: Connection reset by peer) while reading response header from upstream”；Envoy“remote reset”（UR）；Squid ERR_READ_ERROR；Fastly“backend read error”。</translation>
    </message>
    <message>
        <source>Check for the upstream process being killed (OOM, a liveness probe, a deploy) at that moment.</source>
        <translation>检查上游进程是否在那一刻被终止（OOM、存活探针、部署）。</translation>
    </message>
    <message>
        <source>Check firewalls/NAT between gateway and upstream that drop idle connection state, and keep-alive timeouts (the upstream&apos;s must be longer than the gateway&apos;s).</source>
        <translation>检查网关与上游之间会丢弃空闲连接状态的防火墙/NAT，以及 keep-alive 超时（上游的必须比网关的长）。</translation>
    </message>
    <message>
        <source>Capture on the gateway host if it repeats: tcpdump -i any host UPSTREAM and port PORT.</source>
        <translation>如果反复出现，请在网关主机上抓包：tcpdump -i any host UPSTREAM and port PORT。</translation>
    </message>
    <message>
        <source>The upstream&apos;s response is not valid HTTP</source>
        <translation>上游的响应不是有效的 HTTP</translation>
    </message>
    <message>
        <source>Gateway logs: nginx &apos;upstream sent invalid header: …&apos;, &apos;upstream sent no valid HTTP/1.0 header&apos;, &apos;upstream sent too big header while reading response header from upstream&apos;; HAProxy PH--; Envoy &apos;protocol error&apos; (UPE); Squid ERR_INVALID_RESP (&apos;Headers did not parse at all&apos;); Apache &apos;Corrupt status line returned by remote server&apos;.</source>
        <translation>网关日志：nginx“upstream sent invalid header: …”、“upstream sent no valid HTTP/1.0 header”、“upstream sent too big header while reading response header from upstream”；HAProxy PH--；Envoy“protocol error”（UPE）；Squid ERR_INVALID_RESP（“Headers did not parse at all”）；Apache“Corrupt status line returned by remote server”。</translation>
    </message>
    <message>
        <source>Fetch from the upstream directly and read the raw bytes: curl -sv --raw http://UPSTREAM:PORT/PATH (or gatescope probe) and look for the anomaly at the given offset.</source>
        <translation>直接从上游获取并查看原始字节：curl -sv --raw http://UPSTREAM:PORT/PATH（或 gatescope probe），并在给出的偏移处查找异常。</translation>
    </message>
    <message>
        <source>Too big header: raise nginx proxy_buffer_size / proxy_buffers (large cookies or tokens), or shrink the headers; ALB rejects headers over 32 KB, Cloudflare over 128 KB.</source>
        <translation>标头过大：调高 nginx 的 proxy_buffer_size / proxy_buffers（大型 Cookie 或令牌），或缩小标头；ALB 拒绝超过 32 KB 的标头，Cloudflare 拒绝超过 128 KB 的。</translation>
    </message>
    <message>
        <source>Check that the upstream port speaks plain HTTP/1.1 (not TLS, not HTTP/2 prior-knowledge, not another protocol).</source>
        <translation>检查上游端口使用的是否是普通 HTTP/1.1（不是 TLS，不是预知的 HTTP/2，也不是其他协议）。</translation>
    </message>
    <message>
        <source>Fix the application code that writes headers by hand or prints before the headers.</source>
        <translation>修正手工写标头或在标头之前输出内容的应用代码。</translation>
    </message>
    <message>
        <source>The gateway says the upstream failed, but not how</source>
        <translation>网关说上游失败了，但没说怎么失败的</translation>
    </message>
    <message>
        <source>Read the gateway&apos;s own log line for this request; it names the failure. nginx error.log: one of &apos;connect() failed (111: Connection refused) while connecting to upstream&apos;, &apos;upstream prematurely closed connection while reading response header from upstream&apos;, &apos;recv() failed (104: Connection reset by peer)&apos;, &apos;upstream sent invalid header&apos;, &apos;no live upstreams while connecting to upstream&apos;.</source>
        <translation>查看网关关于此请求的日志行，它会指出故障。nginx error.log 中会出现以下之一：“connect() failed (111: Connection refused) while connecting to upstream”、“upstream prematurely closed connection while reading response header from upstream”、“recv() failed (104: Connection reset by peer)”、“upstream sent invalid header”、“no live upstreams while connecting to upstream”。</translation>
    </message>
    <message>
        <source>HAProxy log: the termination state — &apos;SH--&apos; closed or reset before the headers, &apos;PH--&apos; invalid response. Apache error log: &apos;AH01102: error reading status line from remote server&apos; preceded by &apos;(104)Connection reset by peer&apos; (reset) or &apos;(20014)Internal error&apos; (closed); &apos;AH01106: bad HTTP/1.1 header returned by /PATH&apos; (bad header).</source>
        <translation>HAProxy 日志：终止状态——“SH--”表示在标头之前关闭或重置，“PH--”表示响应无效。Apache 错误日志：“AH01102: error reading status line from remote server”，前面是“(104)Connection reset by peer”（重置）或“(20014)Internal error”（关闭）；“AH01106: bad HTTP/1.1 header returned by /PATH”（错误标头）。</translation>
    </message>
    <message>
        <source>Caddy error log (logger http.log.error): &apos;dial tcp …: connect: connection refused&apos;, &apos;EOF&apos; (closed), &apos;read: connection reset by peer&apos;, &apos;malformed HTTP status code&apos; / &apos;malformed MIME header&apos; (garbage or bad header). Varnish: varnishlog FetchError (&apos;HTC eof&apos;, &apos;http format error&apos;, &apos;fail errno 111&apos;). Squid: X-Squid-Error and cache.log (&apos;Invalid Response: No object data received&apos;, &apos;Bad header encountered&apos;).</source>
        <translation>Caddy 错误日志（logger http.log.error）：“dial tcp …: connect: connection refused”、“EOF”（已关闭）、“read: connection reset by peer”、“malformed HTTP status code”/“malformed MIME header”（垃圾数据或错误标头）。Varnish：varnishlog FetchError（“HTC eof”、“http format error”、“fail errno 111”）。Squid：X-Squid-Error 和 cache.log（“Invalid Response: No object data received”、“Bad header encountered”）。</translation>
    </message>
    <message>
        <source>ALB: access log target_status_code &apos;-&apos; and error_reason; CloudWatch HTTPCode_ELB_502_Count vs HTTPCode_Target_5XX_Count. Kong: its error.log (nginx lines).</source>
        <translation>ALB：访问日志中的 target_status_code“-”和 error_reason；对比 CloudWatch 的 HTTPCode_ELB_502_Count 与 HTTPCode_Target_5XX_Count。Kong：查看其 error.log（nginx 日志行）。</translation>
    </message>
    <message>
        <source>If the 502 is intermittent, compare keep-alive timeouts of every adjacent pair (the upstream&apos;s must exceed the gateway&apos;s).</source>
        <translation>如果 502 间歇出现，对比每一对相邻跳之间的 keep-alive 超时（上游的必须大于网关的）。</translation>
    </message>
    <message>
        <source>Check whether the upstream restarted or was deployed at that time.</source>
        <translation>检查上游当时是否重启或部署过。</translation>
    </message>
    <message>
        <source>The gateway cannot connect to its upstream in time</source>
        <translation>网关无法及时连接其上游</translation>
    </message>
    <message>
        <source>Gateway logs: Squid ERR_CONNECT_FAIL 110; Envoy &apos;reset reason: connection timeout&apos; (UF); HAProxy sC--; Varnish FetchError &apos;fail errno 110 (Connection timed out)&apos;.</source>
        <translation>网关日志：Squid ERR_CONNECT_FAIL 110；Envoy“reset reason: connection timeout”（UF）；HAProxy sC--；Varnish FetchError“fail errno 110 (Connection timed out)”。</translation>
    </message>
    <message>
        <source>From the gateway host: nc -vz -w 5 UPSTREAM PORT; a silent drop points at a security group, NetworkPolicy or firewall.</source>
        <translation>在网关主机上：nc -vz -w 5 UPSTREAM PORT；静默丢弃说明问题在安全组、NetworkPolicy 或防火墙。</translation>
    </message>
    <message>
        <source>Check the upstream&apos;s accept queue and worker count (it may be too busy to accept).</source>
        <translation>检查上游的 accept 队列和工作进程数（它可能忙得无法接受连接）。</translation>
    </message>
    <message>
        <source>Connect timeouts are short on purpose (Varnish connect_timeout 3.5 s, Envoy cluster connect_timeout 5 s); raise them only for a known slow network.</source>
        <translation>连接超时是故意设得较短的（Varnish connect_timeout 3.5 秒，Envoy 集群 connect_timeout 5 秒）；只有在网络确实较慢时才调高。</translation>
    </message>
    <message>
        <source>The gateway gave up waiting for the upstream&apos;s response (503)</source>
        <translation>网关放弃等待上游的响应（503）</translation>
    </message>
    <message>
        <source>Varnish: FetchError &apos;first byte timeout&apos; in varnishlog; raise first_byte_timeout (default 60 s) per backend only if the slowness is expected.</source>
        <translation>Varnish：varnishlog 中的 FetchError“first byte timeout”；只有在慢速属于预期时才为该后端调高 first_byte_timeout（默认 60 秒）。</translation>
    </message>
    <message>
        <source>Fastly: first_byte_timeout 15 s by default (max 600 s); Heroku H12 after 30 s cannot be raised — move the work to a background job.</source>
        <translation>Fastly：first_byte_timeout 默认 15 秒（最多 600 秒）；Heroku 的 H12 在 30 秒后触发且无法调高——请把工作移到后台任务中。</translation>
    </message>
    <message>
        <source>API Gateway HTTP API: integration timeout 30 s maximum.</source>
        <translation>API Gateway HTTP API：集成超时最长 30 秒。</translation>
    </message>
    <message>
        <source>Find why the origin is slow (logs, traces, slow queries, saturated workers).</source>
        <translation>查明源站为何缓慢（日志、追踪、慢查询、饱和的工作进程）。</translation>
    </message>
    <message>
        <source>Varnish: backend fetch failed</source>
        <translation>Varnish：后端获取失败</translation>
    </message>
    <message>
        <source>Run varnishlog -g request -q &apos;RespStatus == 503&apos; and read the FetchError line: &apos;backend NAME: fail errno 111 (Connection refused)&apos;, &apos;first byte timeout&apos;, &apos;HTC eof (-1)&apos; (closed, reset or garbage), &apos;http format error&apos; (bad header), &apos;backend NAME: unhealthy&apos; / &apos;backend dead: unhealthy&apos;, &apos;backend NAME: busy&apos;.</source>
        <translation>运行 varnishlog -g request -q &apos;RespStatus == 503&apos; 并查看 FetchError 行：“backend NAME: fail errno 111 (Connection refused)”、“first byte timeout”、“HTC eof (-1)”（关闭、重置或垃圾数据）、“http format error”（错误标头）、“backend NAME: unhealthy”/“backend dead: unhealthy”、“backend NAME: busy”。</translation>
    </message>
    <message>
        <source>Check backend health with varnishadm backend.list.</source>
        <translation>用 varnishadm backend.list 检查后端健康状况。</translation>
    </message>
    <message>
        <source>For timeouts, compare first_byte_timeout (60 s) and connect_timeout (3.5 s) with the backend&apos;s response time.</source>
        <translation>对于超时，将 first_byte_timeout（60 秒）和 connect_timeout（3.5 秒）与后端的响应时间对比。</translation>
    </message>
    <message>
        <source>The built-in error page carries Retry-After: 5; it does not mean the backend will be back in 5 s.</source>
        <translation>内置错误页带有 Retry-After: 5；这并不意味着后端会在 5 秒后恢复。</translation>
    </message>
    <message>
        <source>The gateway cannot reach the origin (connect timeout)</source>
        <translation>网关无法到达源站（连接超时）</translation>
    </message>
    <message>
        <source>Gateway logs: nginx &apos;upstream timed out (110: Connection timed out) while connecting to upstream&apos;; Caddy &apos;dial tcp …: i/o timeout&apos; (dial_timeout 3 s); ALB target connection not established within 10 s; CloudFront OriginCommError.</source>
        <translation>网关日志：nginx“upstream timed out (110: Connection timed out) while connecting to upstream”；Caddy“dial tcp …: i/o timeout”（dial_timeout 3 秒）；ALB 目标连接未在 10 秒内建立；CloudFront OriginCommError。</translation>
    </message>
    <message>
        <source>From the gateway host: nc -vz -w 5 ORIGIN PORT and traceroute -T -p PORT ORIGIN; check security groups, NACLs (ephemeral return ports), NetworkPolicies and routes.</source>
        <translation>在网关主机上：nc -vz -w 5 ORIGIN PORT 和 traceroute -T -p PORT ORIGIN；检查安全组、NACL（临时返回端口）、NetworkPolicy 和路由。</translation>
    </message>
    <message>
        <source>Check that the origin address in the config is current (DNS TTLs, rotated instances).</source>
        <translation>检查配置中的源站地址是否仍然有效（DNS TTL、已轮换的实例）。</translation>
    </message>
    <message>
        <source>Check whether the origin is so overloaded that it no longer accepts connections.</source>
        <translation>检查源站是否已过载到不再接受连接。</translation>
    </message>
    <message>
        <source>The origin is slower than the gateway&apos;s timeout</source>
        <translation>源站比网关的超时还慢</translation>
    </message>
    <message>
        <source>Find the request in the origin&apos;s logs and measure how long it really took; look for slow queries, locks, external calls and saturated worker pools (too many concurrent requests queue up).</source>
        <translation>在源站日志中找到该请求并测量其真实耗时；查找慢查询、锁、外部调用和饱和的工作进程池（过多并发请求会排队）。</translation>
    </message>
    <message>
        <source>Scale the origin (more workers/instances) or limit concurrency at the gateway so requests fail fast instead of queueing.</source>
        <translation>扩展源站（更多工作进程/实例），或在网关限制并发，让请求快速失败而不是排队。</translation>
    </message>
    <message>
        <source>Only if the long response is expected, raise the timeout on the hop that fired: nginx proxy_read_timeout (60 s), HAProxy timeout server, Apache ProxyTimeout, Varnish first_byte_timeout, Squid read_timeout, Caddy transport response_header_timeout, Envoy route timeout (15 s), Kong service read_timeout, ALB idle timeout (60 s), Cloudflare (100 s, Enterprise only), CloudFront origin response timeout (30 s), API Gateway integration timeout (29 s) — and every hop in front of it, or the next one fires instead.</source>
        <translation>只有在长时间响应属于预期时，才调高触发超时那一跳的超时：nginx proxy_read_timeout（60 秒）、HAProxy timeout server、Apache ProxyTimeout、Varnish first_byte_timeout、Squid read_timeout、Caddy transport response_header_timeout、Envoy 路由超时（15 秒）、Kong service read_timeout、ALB 空闲超时（60 秒）、Cloudflare（100 秒，仅 Enterprise）、CloudFront 源站响应超时（30 秒）、API Gateway 集成超时（29 秒）——以及它前面的每一跳，否则下一跳会触发超时。</translation>
    </message>
    <message>
        <source>nginx error.log: &apos;upstream timed out (110: Connection timed out) while reading response header from upstream&apos;; HAProxy sH--; Envoy UT &apos;upstream request timeout&apos;.</source>
        <translation>nginx error.log：“upstream timed out (110: Connection timed out) while reading response header from upstream”；HAProxy sH--；Envoy UT“upstream request timeout”。</translation>
    </message>
    <message>
        <source>Better: make slow work asynchronous (202 Accepted + a status URL) or stream the response.</source>
        <translation>更好的做法：把耗时工作改为异步（202 Accepted + 状态 URL），或以流方式返回响应。</translation>
    </message>
    <message>
        <source>The origin accepted the request and never answered</source>
        <translation>源站接受了请求，但从未应答</translation>
    </message>
    <message>
        <source>Find the request in the origin&apos;s logs: no log line at all suggests it never finished (a stuck thread, a deadlock, a swallowed exception that never wrote a response).</source>
        <translation>在源站日志中找到该请求：完全没有日志记录说明它从未完成（线程卡住、死锁，或被吞掉的异常导致从未写出响应）。</translation>
    </message>
    <message>
        <source>Take a thread dump / stack dump of the origin while a request hangs (jstack, py-spy dump, dotnet-stack, kill -QUIT for Go) to see where it waits.</source>
        <translation>在请求挂起时对源站做线程/堆栈转储（jstack、py-spy dump、dotnet-stack，Go 用 kill -QUIT），查看它在等待什么。</translation>
    </message>
    <message>
        <source>Give every outbound call of the origin a timeout shorter than the gateway&apos;s, so it can answer with an error instead of nothing.</source>
        <translation>为源站的每个外发调用设置比网关更短的超时，使其能返回错误而不是毫无应答。</translation>
    </message>
    <message>
        <source>Check the gateway&apos;s log for the timeout line (nginx &apos;upstream timed out … while reading response header from upstream&apos;, HAProxy sH--, Kong &apos;The upstream server is timing out&apos;, API Gateway &apos;Endpoint request timed out&apos;).</source>
        <translation>在网关日志中查找超时记录（nginx“upstream timed out … while reading response header from upstream”，HAProxy sH--，Kong“The upstream server is timing out”，API Gateway“Endpoint request timed out”）。</translation>
    </message>
    <message>
        <source>Nothing to fix</source>
        <translation>无需修复</translation>
    </message>
    <message>
        <source>The response is not a server error. If the client still failed, check how it handled this response (parsing, redirects, caching).</source>
        <translation>该响应不是服务器错误。如果客户端仍然失败，检查它如何处理这个响应（解析、重定向、缓存）。</translation>
    </message>
    <message>
        <source>Read the stack trace of the failing dependency call — in the body if debug output is on, else in the application log or error tracker by time and request id: the innermost frames in the driver or client library name the operation (the SQL statement, the pool checkout, the outbound HTTP call), and the chain below it (&apos;Caused by:&apos; in Java, &apos;The above exception was the direct cause of the following exception&apos; in Python) holds the real error: timeout, connection refused, authentication failed, too many connections.</source>
        <translation>阅读失败的依赖调用的堆栈跟踪——若开启了调试输出就在响应体中，否则按时间和请求 ID 在应用日志或错误跟踪系统中查找：驱动或客户端库中最内层的帧说明了操作（SQL 语句、从连接池取连接、对外 HTTP 调用），其下的异常链（Java 的 &apos;Caused by:&apos;，Python 的 &apos;The above exception was the direct cause of the following exception&apos;）包含真正的错误：超时、连接被拒绝、认证失败、连接过多。</translation>
    </message>
    <message>
        <source>Reload / retry once to tell a passing block from a standing rule: if the same request goes through now, look for a rate or reputation rule that caught a burst (WAF rate-based rule, FortiGate DoS policy, fail2ban jail) and slow the client down; if it fails every time, a content rule matches (request size, a signature in a parameter or header) and retrying in a loop only repeats the block — some devices then ban the client&apos;s address.</source>
        <translation>重新加载 / 重试一次，以区分临时拦截和固定规则：如果同一请求现在能通过，就去找捕获了突发流量的速率或信誉规则（WAF 基于速率的规则、FortiGate DoS 策略、fail2ban jail），并让客户端放慢速度；如果每次都失败，说明命中了内容规则（请求大小、参数或头部中的特征），循环重试只会重复拦截——有些设备随后会封禁客户端地址。</translation>
    </message>
    <message>
        <source>Once the name resolves again, reload the gateway, then retry: nginx looks up a host name written literally in proxy_pass or an upstream block only at start and on reload (nginx -s reload), so it keeps an old or missing address until then — with a &apos;resolver&apos; directive and a variable in proxy_pass it looks again after the record&apos;s TTL (or resolver … valid=30s); HAProxy with a &apos;resolvers&apos; section re-checks by itself (hold valid 10 s by default); Apache mod_proxy keeps the address per worker until apachectl graceful. The retry is safe even for POST: the request never reached the origin.</source>
        <translation>名称恢复解析后，重新加载网关再重试：nginx 对直接写在 proxy_pass 或 upstream 块中的主机名只在启动和重新加载（nginx -s reload）时解析，此前会一直使用旧地址或缺失的地址——配合 &apos;resolver&apos; 指令并在 proxy_pass 中使用变量，它会在记录 TTL 过期后重新解析（或 resolver … valid=30s）；带 &apos;resolvers&apos; 段的 HAProxy 会自行重新检查（默认 hold valid 10 s）；Apache mod_proxy 每个 worker 保留地址直到 apachectl graceful。即使是 POST，重试也安全：请求从未到达源站。</translation>
    </message>
    <message>
        <source>Reload / retry once to tell a one-off from a bug: a worker killed in the middle of a response (OOM killer, a deploy, a crash) garbles one answer; a handler that writes a bad header or body does it every time, and further retries only add load. nginx already passes idempotent requests to the next server on &apos;error timeout&apos; (proxy_next_upstream); add &apos;invalid_header&apos; there only when a single server of the pool is broken, and fix that server.</source>
        <translation>重新加载 / 重试一次，以区分偶发故障和缺陷：在响应中途被杀掉的 worker（OOM killer、部署、崩溃）只会弄坏一次应答；写出错误头部或消息体的处理程序每次都会这样，继续重试只会增加负载。nginx 在 &apos;error timeout&apos; 时已会把幂等请求交给下一台服务器（proxy_next_upstream）；只有当池中某一台服务器坏了时才在那里加上 &apos;invalid_header&apos;，并修复那台服务器。</translation>
    </message>
    <message>
        <source>Raise the timeout only for a path that is slow to connect but works (a distant region, a busy NAT or proxy in between): nginx proxy_connect_timeout (60 s; it usually cannot exceed 75 s), HAProxy timeout connect, Varnish backend .connect_timeout (3.5 s), Caddy reverse_proxy transport http { dial_timeout } (3 s), Envoy cluster connect_timeout (5 s), Traefik serversTransport forwardingTimeouts.dialTimeout (30 s). When nothing answers at all (a firewall silently dropping SYNs), a longer timeout only makes the 504 slower.</source>
        <translation>仅当路径连接慢但能连通时（远端区域、繁忙的 NAT 或中间代理）才提高超时：nginx proxy_connect_timeout（60 s；通常不能超过 75 s）、HAProxy timeout connect、Varnish backend .connect_timeout（3.5 s）、Caddy reverse_proxy transport http { dial_timeout }（3 s）、Envoy cluster connect_timeout（5 s）、Traefik serversTransport forwardingTimeouts.dialTimeout（30 s）。如果根本没有应答（防火墙静默丢弃 SYN），更长的超时只会让 504 来得更慢。</translation>
    </message>
    <message>
        <source>Raise the timeout only if the origin does answer, just late (its log shows the request finishing after the gateway gave up) — a request that hangs forever hangs past any limit: nginx proxy_read_timeout (60 s, counted between two reads), HAProxy timeout server, Apache ProxyTimeout (falls back to Timeout, 60 s), Varnish first_byte_timeout (60 s), Squid read_timeout (15 min), Caddy reverse_proxy transport http { response_header_timeout } (unset: no limit), Kong service read_timeout (60000 ms). Keep every hop&apos;s limit longer than the one behind it, or the outer one answers first.</source>
        <translation>只有当源站确实会应答、只是太晚时（其日志显示请求在网关放弃之后才完成）才提高超时——永远挂起的请求会超过任何限制：nginx proxy_read_timeout（60 s，按两次读取之间计算）、HAProxy timeout server、Apache ProxyTimeout（未设时用 Timeout，60 s）、Varnish first_byte_timeout（60 s）、Squid read_timeout（15 分钟）、Caddy reverse_proxy transport http { response_header_timeout }（未设置：无限制）、Kong service read_timeout（60000 ms）。让每一跳的限制都比其后一跳更长，否则外层会先应答。</translation>
    </message>
    <message>
        <source>Scale the origin when requests wait for a free worker: a saturated pool leaves them unanswered (PHP-FPM logs &apos;server reached pm.max_children setting&apos;, gunicorn &apos;[CRITICAL] WORKER TIMEOUT&apos;, Tomcat all maxThreads busy in the thread dump); add workers or instances, or cap concurrency at the gateway (nginx &apos;server … max_conns=N&apos;, HAProxy &apos;maxconn&apos; on the server line with &apos;timeout queue&apos;) so the excess waits in a queue with its own limit instead of hanging.</source>
        <translation>当请求在等待空闲 worker 时扩容源站：饱和的池会让请求得不到应答（PHP-FPM 日志 &apos;server reached pm.max_children setting&apos;、gunicorn &apos;[CRITICAL] WORKER TIMEOUT&apos;、Tomcat 线程转储中所有 maxThreads 都在忙）；增加 worker 或实例，或在网关限制并发（nginx &apos;server … max_conns=N&apos;、HAProxy server 行上的 &apos;maxconn&apos; 加 &apos;timeout queue&apos;），让多余的请求在有自身上限的队列里等待，而不是挂起。</translation>
    </message>
    <message>
        <source>The client stopped the request before any answer</source>
        <translation>客户端在收到任何回答之前停止了请求</translation>
    </message>
    <message>
        <source>Read the entry&apos;s error name: ERR_ABORTED / NS_BINDING_ABORTED is a request the page or a navigation cancelled, ERR_BLOCKED_BY_CLIENT an extension or ad blocker, ERR_BLOCKED_BY_RESPONSE or a CORS message a browser policy.</source>
        <translation>查看该条目的错误名称：ERR_ABORTED / NS_BINDING_ABORTED 表示页面或导航取消了请求，ERR_BLOCKED_BY_CLIENT 表示扩展或广告拦截器，ERR_BLOCKED_BY_RESPONSE 或 CORS 消息表示浏览器策略。</translation>
    </message>
    <message>
        <source>Send the same request on its own (Gatescope&apos;s Send, or the exported curl command): if it succeeds, the server is fine and the cancel came from the page or the browser.</source>
        <translation>单独发送同一请求（Gatescope 的“发送”或导出的 curl 命令）：如果成功，说明服务器正常，取消来自页面或浏览器。</translation>
    </message>
    <message>
        <source>If the page cancels on purpose (a new search replaces an old one, a component unmounts), nothing is wrong; if it should not, look for an AbortController or a timeout in the page&apos;s code.</source>
        <translation>如果页面是有意取消（新的搜索替换旧的、组件被卸载），则没有问题；如果不应取消，请在页面代码中查找 AbortController 或超时。</translation>
    </message>
    <message>
        <source>For a request that was still pending when the HAR was saved, record again and wait for it to finish before exporting.</source>
        <translation>对于保存 HAR 时仍在等待的请求，请重新录制，并在导出前等待其完成。</translation>
    </message>
    <message>
        <source>Retrying is safe for idempotent requests; a cancelled POST may or may not have reached the server — check its logs before sending it again.</source>
        <translation>幂等请求可以安全重试；被取消的 POST 可能已到达服务器，也可能没有——再次发送前请检查服务器日志。</translation>
    </message>
    <message>
        <source>Cloudflare Tunnel not connected (1033)</source>
        <translation>Cloudflare Tunnel 未连接（1033）</translation>
    </message>
    <message>
        <source>Check that cloudflared runs for this tunnel: cloudflared tunnel list / cloudflared tunnel info NAME shows its connections; the Zero Trust dashboard shows the tunnel as HEALTHY or DOWN.</source>
        <translation>检查该隧道的 cloudflared 是否在运行：cloudflared tunnel list / cloudflared tunnel info NAME 会显示其连接；Zero Trust 控制台会显示隧道为 HEALTHY 或 DOWN。</translation>
    </message>
    <message>
        <source>Read cloudflared&apos;s log: &apos;Registered tunnel connection&apos; lines mean it is connected; &apos;Unable to reach the origin service&apos; or authentication errors name the problem.</source>
        <translation>查看 cloudflared 的日志：&apos;Registered tunnel connection&apos; 行表示已连接；&apos;Unable to reach the origin service&apos; 或认证错误会指出问题。</translation>
    </message>
    <message>
        <source>Check that the DNS record (CNAME to &lt;UUID&gt;.cfargotunnel.com) and the public hostname in the tunnel configuration point at the tunnel whose connector runs.</source>
        <translation>检查 DNS 记录（指向 &lt;UUID&gt;.cfargotunnel.com 的 CNAME）和隧道配置中的公共主机名是否指向其连接器正在运行的那个隧道。</translation>
    </message>
    <message>
        <source>Quick tunnels (trycloudflare.com) end with the cloudflared process: start it again and use the new address.</source>
        <translation>快速隧道（trycloudflare.com）随 cloudflared 进程结束：重新启动它并使用新地址。</translation>
    </message>
    <message>
        <source>Another protocol answered: wrong port or scheme</source>
        <translation>另一种协议作出了应答：端口或协议方案错误</translation>
    </message>
    <message>
        <source>Read the protocol named in the evidence: it tells which service listens on the port that was called (Redis, PostgreSQL, MySQL, SSH, a mail server, a TLS-only or HTTP/2-only server).</source>
        <translation>查看证据中指出的协议：它说明在所调用端口上监听的是哪种服务（Redis、PostgreSQL、MySQL、SSH、邮件服务器、仅 TLS 或仅 HTTP/2 的服务器）。</translation>
    </message>
    <message>
        <source>Find the HTTP port of the service you meant: docker ps / docker compose port, kubectl get svc (port vs targetPort), ss -ltnp on the host.</source>
        <translation>找到目标服务的 HTTP 端口：docker ps / docker compose port、kubectl get svc（port 与 targetPort）、主机上的 ss -ltnp。</translation>
    </message>
    <message>
        <source>Fix the address the gateway uses: nginx proxy_pass / upstream server, HAProxy server line, Apache ProxyPass, Squid cache_peer, Traefik/Envoy/Kong service URL, or the client&apos;s URL.</source>
        <translation>修正网关使用的地址：nginx proxy_pass / upstream server、HAProxy 的 server 行、Apache ProxyPass、Squid cache_peer、Traefik/Envoy/Kong 的服务 URL，或客户端的 URL。</translation>
    </message>
    <message>
        <source>A TLS record means the upstream speaks TLS: use https:// in the upstream URL (proxy_pass https://, &apos;ssl&apos; on the HAProxy server line, SSLProxyEngine on for Apache).</source>
        <translation>TLS 记录表示上游使用 TLS：在上游 URL 中使用 https://（proxy_pass https://、HAProxy server 行上的 &apos;ssl&apos;、Apache 的 SSLProxyEngine on）。</translation>
    </message>
    <message>
        <source>An HTTP/2 frame means the upstream speaks only HTTP/2 cleartext (h2c, gRPC): use grpc_pass or an h2c-capable upstream setting (Envoy http2_protocol_options, Traefik h2c://, HAProxy &apos;proto h2&apos;).</source>
        <translation>HTTP/2 帧表示上游只使用明文 HTTP/2（h2c、gRPC）：使用 grpc_pass 或支持 h2c 的上游设置（Envoy http2_protocol_options、Traefik h2c://、HAProxy &apos;proto h2&apos;）。</translation>
    </message>
    <message>
        <source>After the fix the gateway should log a normal upstream status; until then the request never reached the application.</source>
        <translation>修正后网关应记录正常的上游状态；在此之前请求从未到达应用。</translation>
    </message>
    <message>
        <source>You stopped the request before it ended</source>
        <translation>您在请求结束前停止了它</translation>
    </message>
    <message>
        <source>Send the request again and let it run to the end (or to the probe&apos;s timeout) to get a verdict on the server.</source>
        <translation>再次发送请求并让它运行到结束（或到探测的超时），以获得对服务器的判断。</translation>
    </message>
    <message>
        <source>If it was taking too long, note how long: a wait that ends near 30 s, 60 s or 100 s is often a gateway&apos;s read timeout, and the waterfall&apos;s markers show which.</source>
        <translation>如果耗时太长，请记下时长：在 30 秒、60 秒或 100 秒左右结束的等待通常是某个网关的读取超时，瀑布图的标记会显示是哪一个。</translation>
    </message>
    <message>
        <source>A cancelled POST or PUT may or may not have reached the server: check its logs before sending it again.</source>
        <translation>被取消的 POST 或 PUT 可能已经到达服务器，也可能没有：再次发送前请检查服务器日志。</translation>
    </message>
    <message>
        <source>The server refuses the request&apos;s header block over HTTP/2</source>
        <translation>服务器在 HTTP/2 下拒绝请求的头部块</translation>
    </message>
    <message>
        <source>Compare the size of the request&apos;s headers with the limit the server announced (SETTINGS MAX_HEADER_LIST_SIZE in the frames); cookies are usually what grew. Remove stale cookies or move large values into the body.</source>
        <translation>将请求头的大小与服务器公布的上限(帧中的 SETTINGS MAX_HEADER_LIST_SIZE)进行比较;通常是 Cookie 变大了。删除过期的 Cookie,或把大的值移到请求体中。</translation>
    </message>
    <message>
        <source>Send the same request with --http1.1: a server that resets the HTTP/2 stream often answers 400 or 431 over HTTP/1.1, naming the limit.</source>
        <translation>用 --http1.1 发送同一请求:重置 HTTP/2 流的服务器在 HTTP/1.1 下常会回答 400 或 431,并指出上限。</translation>
    </message>
    <message>
        <source>On nginx the per-field and total limits are large_client_header_buffers (default 4 8k); on older nginx (before 1.19.7) http2_max_field_size and http2_max_header_size. Raise them on every hop, CDN and load balancer included, or shrink the headers.</source>
        <translation>在 nginx 上,单个字段和总量的上限由 large_client_header_buffers 决定(默认 4 8k);较旧的 nginx(1.19.7 之前)为 http2_max_field_size 和 http2_max_header_size。在每一跳(包括 CDN 和负载均衡器)上调高它们,或者缩小请求头。</translation>
    </message>
    <message>
        <source>Check header names and values for what HTTP/2 forbids: upper-case or non-token names, connection-specific fields (Connection, Keep-Alive, Transfer-Encoding, Upgrade), line breaks, NUL, or white space at either end of a value.</source>
        <translation>检查请求头名称和值中是否有 HTTP/2 禁止的内容:大写或非 token 字符的名称、连接专用字段(Connection、Keep-Alive、Transfer-Encoding、Upgrade)、换行、NUL,或值两端的空白。</translation>
    </message>
    <message>
        <source>The server resets the HTTP/2 stream</source>
        <translation>服务器重置 HTTP/2 流</translation>
    </message>
    <message>
        <source>Read the RST_STREAM code in the frames. REFUSED_STREAM: the request was not processed and can be retried; look at the server&apos;s concurrent-stream limit (SETTINGS MAX_CONCURRENT_STREAMS) and at workers shutting down.</source>
        <translation>查看帧中的 RST_STREAM 错误码。REFUSED_STREAM:请求未被处理,可以重试;检查服务器的并发流上限(SETTINGS MAX_CONCURRENT_STREAMS)以及正在关闭的 worker。</translation>
    </message>
    <message>
        <source>INTERNAL_ERROR or CANCEL: look in the server&apos;s or gateway&apos;s log at the same moment for the upstream that failed or timed out while the response was being produced.</source>
        <translation>INTERNAL_ERROR 或 CANCEL:在同一时刻的服务器或网关日志中查找在生成响应时失败或超时的上游。</translation>
    </message>
    <message>
        <source>ENHANCE_YOUR_CALM: a rate, stream or abuse limit hit the client; slow down or raise the limit.</source>
        <translation>ENHANCE_YOUR_CALM:客户端触发了速率、流或滥用限制;请放慢速度或提高限制。</translation>
    </message>
    <message>
        <source>HTTP_1_1_REQUIRED: send the request over HTTP/1.1 (--http1.1); the server will not serve it over HTTP/2 (for example client-certificate renegotiation).</source>
        <translation>HTTP_1_1_REQUIRED:通过 HTTP/1.1 发送请求(--http1.1);服务器不会在 HTTP/2 下处理它(例如客户端证书重新协商)。</translation>
    </message>
    <message>
        <source>Repeat with --http1.1 to see whether the failure belongs to the HTTP/2 layer or to the application behind it.</source>
        <translation>用 --http1.1 重试,以判断故障属于 HTTP/2 层还是其后的应用。</translation>
    </message>
    <message>
        <source>The server closes the HTTP/2 connection with GOAWAY</source>
        <translation>服务器用 GOAWAY 关闭 HTTP/2 连接</translation>
    </message>
    <message>
        <source>GOAWAY NO_ERROR at the moment of a deploy or reload is a graceful shutdown: make clients retry requests on a stream above the GOAWAY&apos;s last stream id, and give the server a drain period before it closes.</source>
        <translation>部署或重新加载时出现的 GOAWAY NO_ERROR 是优雅关闭:让客户端重试流 ID 大于 GOAWAY 中最后流 ID 的请求,并在服务器关闭前留出排空时间。</translation>
    </message>
    <message>
        <source>Check per-connection limits that end connections on purpose: a maximum number of requests or a maximum lifetime per connection (nginx keepalive_requests and keepalive_time).</source>
        <translation>检查有意结束连接的单连接限制:每个连接的最大请求数或最长存活时间(nginx 的 keepalive_requests 和 keepalive_time)。</translation>
    </message>
    <message>
        <source>Any other error code means the server found fault with the connection: look for a protocol error, a flood or limit in the server&apos;s log, and read the GOAWAY debug data in the frames.</source>
        <translation>其他任何错误码都表示服务器认为连接有问题:在服务器日志中查找协议错误、洪泛或限制,并查看帧中 GOAWAY 的调试数据。</translation>
    </message>
    <message>
        <source>A response cut after GOAWAY on a stream at or below the last stream id was lost in the close: look for a server or proxy that exits without finishing the streams it promised to finish.</source>
        <translation>GOAWAY 之后、流 ID 不大于最后流 ID 的响应被截断,说明它在关闭时丢失:查找那些没有完成承诺处理的流就退出的服务器或代理。</translation>
    </message>
    <message>
        <source>The upload stalls on HTTP/2 flow control</source>
        <translation>上传因 HTTP/2 流量控制而停滞</translation>
    </message>
    <message>
        <source>Look at the frames: the server&apos;s INITIAL_WINDOW_SIZE in its SETTINGS, the WINDOW_UPDATE frames it sent and when they stopped.</source>
        <translation>查看帧:服务器 SETTINGS 中的 INITIAL_WINDOW_SIZE、它发送的 WINDOW_UPDATE 帧以及它们何时停止。</translation>
    </message>
    <message>
        <source>Check whether the application behind the server reads the request body at all (a handler that answers or blocks before reading keeps the window shut).</source>
        <translation>检查服务器后面的应用是否真的读取了请求体(在读取前就应答或阻塞的处理程序会让窗口一直关闭)。</translation>
    </message>
    <message>
        <source>Check body size limits and request buffering on every proxy on the path (disk space for buffered bodies, a client_max_body_size-style limit enforced by not reading).</source>
        <translation>检查路径上每个代理的请求体大小限制和请求缓冲(缓冲请求体所需的磁盘空间、以不读取方式执行的类似 client_max_body_size 的限制)。</translation>
    </message>
    <message>
        <source>Send the same request with --http1.1 and compare: a TCP-level stall and an HTTP/2 window stall look alike to the user, but only the second shows in the frames.</source>
        <translation>用 --http1.1 发送同一请求并比较:TCP 层的停滞与 HTTP/2 窗口停滞在用户看来一样,但只有后者会在帧中显示。</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须提供 --%1</translation>
    </message>
    <message>
        <source>--%1 is required: %2</source>
        <translation>必须提供 --%1：%2</translation>
    </message>
    <message>
        <source>--%1: unknown value &apos;%2&apos; (expected %3)</source>
        <translation>--%1：未知值“%2”（应为 %3）</translation>
    </message>
    <message>
        <source>%1 is required (see --help)</source>
        <translation>必须提供 %1（参见 --help）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>意外的参数“%1”（参见 --help）</translation>
    </message>
    <message>
        <source>--entry: &apos;%1&apos; is not an entry number</source>
        <translation>--entry：“%1”不是条目编号</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>未知命令“%1”（您是指“%2”吗？）</translation>
    </message>
    <message>
        <source>gatescope: unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?); see &apos;gatescope --help&apos;</source>
        <translation>gatescope：未知命令“%1”（您是指“%2”吗？）；参见 &apos;gatescope --help&apos;</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Run &apos;gatescope COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>运行 &apos;gatescope 命令 --help&apos; 查看该命令的选项。</translation>
    </message>
    <message>
        <source>gatescope: options go after the command: gatescope %1 [options] …</source>
        <translation>gatescope：选项应写在命令之后：gatescope %1 [options] …</translation>
    </message>
    <message>
        <source>--ramp goes with --to locust or --to k6</source>
        <translation>--ramp 只能与 --to locust 或 --to k6 一起使用</translation>
    </message>
    <message>
        <source>--shell goes with --to curl</source>
        <translation>--shell 只能与 --to curl 一起使用</translation>
    </message>
    <message>
        <source>--timeout &apos;%1&apos;: %2</source>
        <translation>--timeout“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::Commands</name>
    <message>
        <source>Language of the window and of the messages: de, zh_CN or en (default: the system&apos;s).</source>
        <translation>窗口和消息的语言：de、zh_CN 或 en（默认：系统语言）。</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>区域设置</translation>
    </message>
    <message>
        <source>Include credentials as captured: turn redaction off (it is on by default).</source>
        <translation>按抓取原样包含凭据：关闭遮蔽（默认开启）。</translation>
    </message>
    <message>
        <source>Replace secrets by a short hash instead of [redacted], so equal values still match within this output. The hash is keyed with a random key chosen anew on every run: it cannot confirm a guessed value, nor match values across two outputs.</source>
        <translation>用短哈希代替 [redacted] 替换机密，使相同的值在本次输出中仍可对应。哈希使用每次运行重新生成的随机密钥：无法用来验证猜测的值，也无法在两份输出之间匹配。</translation>
    </message>
    <message>
        <source>Also redact matches of REGEX, counted as NAME (NAME=REGEX; repeatable). With a capture group named &quot;value&quot; (or else a first group) only that group is hidden.</source>
        <translation>同时脱敏匹配 REGEX 的内容，按 NAME 计数（NAME=REGEX；可重复）。若有名为 &quot;value&quot; 的捕获组（否则为第一个组），只隐藏该组。</translation>
    </message>
    <message>
        <source>name=regex</source>
        <translation>name=regex</translation>
    </message>
    <message>
        <source>Only entry N of the input (HAR entry index, 0-based).</source>
        <translation>仅输入中的第 N 个条目（HAR 条目索引，从 0 开始）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Diagnose every entry, not only the failing ones.</source>
        <translation>诊断所有条目，而不仅是失败的条目。</translation>
    </message>
    <message>
        <source>Apply a user rule pack (JSON) on top of the built-in rules; repeatable.</source>
        <translation>在内置规则之上应用用户规则包（JSON）；可重复。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Output format: text, json, md, html or pdf (default text).</source>
        <translation>输出格式：text、json、md、html 或 pdf（默认 text）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write the report to FILE (atomically) instead of standard output.</source>
        <translation>将报告（原子地）写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>PDF page size: a4 or letter (default a4).</source>
        <translation>PDF 页面大小：a4 或 letter（默认 a4）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>A raw HTTP response (as curl -i prints it), a HAR file, a curl command line, a raw request or .http file, or a URL; &apos;-&apos; reads standard input.</source>
        <translation>原始 HTTP 响应（如 curl -i 的输出）、HAR 文件、curl 命令行、原始请求或 .http 文件，或一个 URL；“-”表示从标准输入读取。</translation>
    </message>
    <message>
        <source>request method (default GET, POST with -d)</source>
        <translation>请求方法（默认 GET，使用 -d 时为 POST）</translation>
    </message>
    <message>
        <source>add a request header &apos;Name: value&apos; (repeatable)</source>
        <translation>添加请求标头“Name: value”（可重复）</translation>
    </message>
    <message>
        <source>request body; @FILE reads it from a file (repeatable, joined with &amp;)</source>
        <translation>请求正文；@FILE 表示从文件读取（可重复，用 &amp; 连接）</translation>
    </message>
    <message>
        <source>connect to ADDR[,ADDR…] for HOST:PORT (Host header and SNI unchanged)</source>
        <translation>对 HOST:PORT 连接到 ADDR[,ADDR…]（Host 标头和 SNI 不变）</translation>
    </message>
    <message>
        <source>connect to HOST2:PORT2 instead of HOST1:PORT1 (empty fields mean any/same)</source>
        <translation>连接到 HOST2:PORT2 而不是 HOST1:PORT1（空字段表示任意/相同）</translation>
    </message>
    <message>
        <source>proxy: http://host:port, socks5://host:port, socks5h://host:port, or &apos;none&apos;</source>
        <translation>代理：http://host:port、socks5://host:port、socks5h://host:port 或“none”</translation>
    </message>
    <message>
        <source>do not verify the server&apos;s TLS certificate (recorded in the result)</source>
        <translation>不验证服务器的 TLS 证书（会记录在结果中）</translation>
    </message>
    <message>
        <source>seconds allowed for name lookup + connect, and for the TLS handshake</source>
        <translation>名称解析 + 连接以及 TLS 握手各自允许的秒数</translation>
    </message>
    <message>
        <source>seconds allowed for the whole probe, redirects included</source>
        <translation>整个探测（包括重定向）允许的秒数</translation>
    </message>
    <message>
        <source>seconds to wait for the first response byte (default 60)</source>
        <translation>等待第一个响应字节的秒数（默认 60）</translation>
    </message>
    <message>
        <source>follow redirects, one result per hop</source>
        <translation>跟随重定向，每一跳一个结果</translation>
    </message>
    <message>
        <source>most redirects to follow with -L (default 10)</source>
        <translation>使用 -L 时最多跟随的重定向次数（默认 10）</translation>
    </message>
    <message>
        <source>output: text (a waterfall) or json (the &apos;exchanges&apos; of gatescope.diagnosis/1)</source>
        <translation>输出：text（瀑布图）或 json（gatescope.diagnosis/1 中的“exchanges”）</translation>
    </message>
    <message>
        <source>Write to FILE (replaced atomically) instead of standard output.</source>
        <translation>写入 FILE（原子替换），而不是标准输出。</translation>
    </message>
    <message>
        <source>Replay and diagnose every scenario; exit 1 if any diagnosis differs from the expected one.</source>
        <translation>重放并诊断每个场景；若任一诊断与预期不同，则以 1 退出。</translation>
    </message>
    <message>
        <source>Only this scenario (repeatable).</source>
        <translation>仅此场景（可重复）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print the scenarios and exit.</source>
        <translation>列出场景后退出。</translation>
    </message>
    <message>
        <source>Print the version of Gatescope and of Qt, and exit.</source>
        <translation>打印 Gatescope 和 Qt 的版本后退出。</translation>
    </message>
    <message>
        <source>light, dark or system (default).</source>
        <translation>light、dark 或 system（默认）。</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>send a request and show where the time went and how it ended</source>
        <translation>发送请求，显示时间花在哪里以及结果如何</translation>
    </message>
    <message>
        <source>http:// or https:// URL to request</source>
        <translation>要请求的 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>diagnose a 5xx from a raw response, a HAR file, a curl line or a URL</source>
        <translation>根据原始响应、HAR 文件、curl 命令行或 URL 诊断 5xx</translation>
    </message>
    <message>
        <source>Diagnose a 5xx or a failed request: which hop produced it, why, and what to do.
Without --all, the failing entries of the input are diagnosed (or the last one if none fails).</source>
        <translation>诊断 5xx 或失败的请求：是哪一跳产生的、原因是什么、该怎么办。
不带 --all 时，诊断输入中失败的条目（若都没有失败，则诊断最后一个）。</translation>
    </message>
    <message>
        <source>send captured request(s) again and diagnose what comes back</source>
        <translation>重新发送抓取的请求，并诊断返回的结果</translation>
    </message>
    <message>
        <source>convert between HAR, curl, raw HTTP and .http files</source>
        <translation>在 HAR、curl、原始 HTTP 和 .http 文件之间转换</translation>
    </message>
    <message>
        <source>The capture file to read, or - for standard input.</source>
        <translation>要读取的抓包文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>run the built-in 5xx lab on loopback</source>
        <translation>在回环地址上运行内置的 5xx 实验室</translation>
    </message>
    <message>
        <source>Runs the built-in 5xx Lab on loopback: a fault origin and a small gateway with one live scenario per textbook case.</source>
        <translation>在回环地址上运行内置的 5xx 实验室：一个故障源站和一个小型网关，每个教科书案例对应一个实时场景。</translation>
    </message>
    <message>
        <source>show this overview, or the options of COMMAND</source>
        <translation>显示此概览，或命令的选项</translation>
    </message>
    <message>
        <source>Show the overview of Gatescope, or the options of COMMAND.</source>
        <translation>显示 Gatescope 的概览，或某个命令的选项。</translation>
    </message>
    <message>
        <source>The command to explain.</source>
        <translation>要说明的命令。</translation>
    </message>
    <message>
        <source>start the window</source>
        <translation>启动窗口</translation>
    </message>
    <message>
        <source>Gatescope tells which hop produced an HTTP 5xx, why, and what to do about it.
Without a command it opens the workbench window, importing the FILEs given.</source>
        <translation>Gatescope 指出哪一跳产生了 HTTP 5xx、原因以及应对方法。
不带命令时打开工作台窗口，并导入给出的文件。</translation>
    </message>
    <message>
        <source>Captures to import (HAR, .http, curl, raw HTTP).</source>
        <translation>要导入的抓包（HAR、.http、curl、原始 HTTP）。</translation>
    </message>
    <message>
        <source>Replace the IP addresses in log lines by a short keyed hash (equal addresses stay equal within this output).</source>
        <translation>将日志行中的 IP 地址替换为简短的带密钥哈希（在本次输出中相同的地址保持相同）。</translation>
    </message>
    <message>
        <source>A gateway log (nginx, HAProxy, Apache, Envoy, Caddy, Traefik, Varnish, Squid, ALB, CloudFront, API Gateway, Heroku, GCP, Cloudflare, Kong; plain or gzip) whose lines are joined to the exchanges and used as evidence; repeatable. The JSON gains &apos;logEvidence&apos; on each exchange.</source>
        <translation>网关日志（nginx、HAProxy、Apache、Envoy、Caddy、Traefik、Varnish、Squid、ALB、CloudFront、API Gateway、Heroku、GCP、Cloudflare、Kong；纯文本或 gzip），其日志行会关联到各个交换并作为证据使用；可重复。JSON 中每个交换会增加 &apos;logEvidence&apos;。</translation>
    </message>
    <message>
        <source>Only lines at or after T: an ISO date-time (2024-05-01T12:00Z) or an age such as 30m, 2h or 1d before the newest line.</source>
        <translation>仅包含 T 及之后的日志行：ISO 日期时间（2024-05-01T12:00Z），或相对最新一行的时长，如 30m、2h 或 1d。</translation>
    </message>
    <message>
        <source>Which statuses count: 5xx (default), 4xx, or codes such as 502,504.</source>
        <translation>统计哪些状态：5xx（默认）、4xx，或 502,504 这样的状态码。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Output format: text, json or md (default text).</source>
        <translation>输出格式：text、json 或 md（默认 text）。</translation>
    </message>
    <message>
        <source>Write the summary to FILE (atomically) instead of standard output.</source>
        <translation>将摘要（原子地）写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>summarise gateway logs: 5xx by cause over time, top upstreams, one diagnosis per failure</source>
        <translation>汇总网关日志：按原因随时间统计的 5xx、最常失败的上游、每种故障一个诊断</translation>
    </message>
    <message>
        <source>Read gateway logs (the format is detected; gzip files open directly) and summarise their failures: the count by cause over time, the upstreams that failed most, and one diagnosis for each distinct failure, decided by what the lines say. Malformed lines are counted with their line numbers.</source>
        <translation>读取网关日志（自动识别格式；gzip 文件可直接打开）并汇总其中的故障：按原因随时间的数量、失败最多的上游，以及每种不同故障的一个诊断，由日志行所述内容决定。格式错误的行会连同行号一起计数。</translation>
    </message>
    <message>
        <source>One or more log files.</source>
        <translation>一个或多个日志文件。</translation>
    </message>
    <message>
        <source>Send one HTTP request (like curl) and show where the time went and how the conversation ended.
Ctrl+C stops the request: it is reported as cancelled by you, and the exit code is 130.</source>
        <translation>发送一个 HTTP 请求（类似 curl），显示时间花在哪里以及会话如何结束。
Ctrl+C 停止请求：报告为由您取消，退出码为 130。</translation>
    </message>
    <message>
        <source>Send the captured request(s) of INPUT again and diagnose what comes back.
Every request is replayed (or only --entry N); --all also reports the replies that did not fail.
Ctrl+C stops the request under way (reported as cancelled by you) and sends no more; the exit code is then 130.</source>
        <translation>再次发送 INPUT 中捕获的请求并诊断返回的内容。
每个请求都会重放（或仅 --entry N）；--all 也报告未失败的回复。
Ctrl+C 停止正在进行的请求（报告为由您取消）且不再发送；此时退出码为 130。</translation>
    </message>
    <message>
        <source>An address to send the same request straight to (repeatable): HOST:PORT or [IPv6]:PORT.</source>
        <translation>将同一请求直接发往的地址（可重复）：HOST:PORT 或 [IPv6]:PORT。</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>主机:端口</translation>
    </message>
    <message>
        <source>Which request of the input (HAR entry index, 0-based; default 0).</source>
        <translation>输入中的哪个请求（HAR 条目索引，从 0 开始；默认 0）。</translation>
    </message>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation>输出格式：text 或 json（默认 text）。</translation>
    </message>
    <message>
        <source>Speak HTTP/1.1 only (the default for a URL; a capture recorded over h2 replays over h2 unless this is given).</source>
        <translation>只使用 HTTP/1.1(URL 的默认值;通过 h2 录制的捕获会以 h2 重放,除非给出此选项)。</translation>
    </message>
    <message>
        <source>Speak HTTP/2 at once, without asking: h2c over plain http, only h2 offered over TLS.</source>
        <translation>直接使用 HTTP/2,不经协商:明文 http 上用 h2c,TLS 上只提供 h2。</translation>
    </message>
    <message>
        <source>What to write: har, curl or http; or a load test for a distributed engine: locust (a locustfile) or k6 (a k6 script). Load tests read credentials from environment variables, never inline.</source>
        <translation>要写出的格式：har、curl 或 http；或供分布式引擎使用的负载测试：locust（locustfile）或 k6（k6 脚本）。负载测试从环境变量读取凭据，绝不写入脚本。</translation>
    </message>
    <message>
        <source>With --to locust or k6: raise the users from FROM to TO in steps of STEP, each held HOLD seconds (a Locust LoadTestShape, k6 ramping-vus stages).</source>
        <translation>与 --to locust 或 k6 一起使用：用户数从 FROM 增加到 TO，每步增加 STEP，每级保持 HOLD 秒（Locust 的 LoadTestShape，k6 的 ramping-vus 阶段）。</translation>
    </message>
    <message>
        <source>Seconds from one request&apos;s start to the next one&apos;s (default 1; at least 0.1, at most 3600).</source>
        <translation>从一个请求开始到下一个请求开始的秒数（默认 1；至少 0.1，至多 3600）。</translation>
    </message>
    <message>
        <source>How many requests to send (default 60; at most 10000).</source>
        <translation>要发送的请求数（默认 60；至多 10000）。</translation>
    </message>
    <message>
        <source>Stop after this long even if requests are left: seconds, or a number with s, m or h (30s, 10m, 2h; at most 24h). Without --count, the count is what fits into D.</source>
        <translation>到达此时长后停止，即使还有请求未发：秒数，或带 s、m、h 的数字（30s、10m、2h；至多 24h）。未给 --count 时，请求数为 D 内能容纳的数量。</translation>
    </message>
    <message>
        <source>Send each request on the previous connection while the server keeps it open (HTTP keep-alive), as a gateway with a connection pool does.</source>
        <translation>只要服务器保持连接打开（HTTP keep-alive），就在上一个连接上发送每个请求，如同带连接池的网关。</translation>
    </message>
    <message>
        <source>Open a new connection for every request (the default).</source>
        <translation>每个请求都打开新连接（默认）。</translation>
    </message>
    <message>
        <source>Watch entry N of a capture (0-based; default the first).</source>
        <translation>观察抓包中的第 N 条（从 0 开始；默认第一条）。</translation>
    </message>
    <message>
        <source>Output format: text (a line per request, then the summary) or json (the gatescope.watch/1 document).</source>
        <translation>输出格式：text（每个请求一行，然后是摘要）或 json（gatescope.watch/1 文档）。</translation>
    </message>
    <message>
        <source>Seconds to watch the idle connection at most (default 120; at most 600).</source>
        <translation>最多观察空闲连接的秒数（默认 120；至多 600）。</translation>
    </message>
    <message>
        <source>The gateway in front of this server (nginx, envoy, squid, aws-alb, aws-elb-classic have known defaults; any product with --front-timeout).</source>
        <translation>此服务器前面的网关（nginx、envoy、squid、aws-alb、aws-elb-classic 有已知默认值；其他产品需配合 --front-timeout）。</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Seconds the gateway in front keeps idle connections to this server (its configured value; overrides the known default).</source>
        <translation>前面的网关保持到此服务器的空闲连接的秒数（其配置值；覆盖已知默认值）。</translation>
    </message>
    <message>
        <source>Output format: text or json (the gatescope.keepalive/1 document).</source>
        <translation>输出格式：text 或 json（gatescope.keepalive/1 文档）。</translation>
    </message>
    <message>
        <source>repeat a request over time: failure rate, failures by verdict, what they go with</source>
        <translation>随时间重复一个请求：失败率、按结论分组的失败、与之相关的因素</translation>
    </message>
    <message>
        <source>Send the same request again and again (one at a time, every S seconds) to catch a 5xx that comes and goes. Prints a line per request, then the failure rate with its 95 % interval (Wilson), the failures grouped by verdict, and whether they go with connection reuse, the idle time before the request, the wait or the time.
Bounded: at most 10000 requests, at most one every 0.1 s, at most 24 hours; the default is one a second for 60 requests. Redirects are not followed.
Ctrl+C stops at once: the summary of what was sent is printed, and the exit code is 130.</source>
        <translation>反复发送同一请求（逐个发送，每 S 秒一次），以捕获时有时无的 5xx。每个请求输出一行，然后输出失败率及其 95% 区间（Wilson）、按结论分组的失败，以及失败是否与连接复用、请求前的空闲时间、等待时间或时间相关。
有上限：至多 10000 个请求，至多每 0.1 秒一个，至多 24 小时；默认每秒一个，共 60 个请求。不跟随重定向。
Ctrl+C 立即停止：输出已发送部分的摘要，退出码为 130。</translation>
    </message>
    <message>
        <source>A URL, or a capture (HAR, curl command line, raw request, .http file) holding the request; &apos;-&apos; reads standard input.</source>
        <translation>一个 URL，或包含该请求的抓包（HAR、curl 命令行、原始请求、.http 文件）；&apos;-&apos; 读取标准输入。</translation>
    </message>
    <message>
        <source>measure how long a server keeps an idle connection, against the gateway in front</source>
        <translation>测量服务器保持空闲连接的时长，并与前面的网关比较</translation>
    </message>
    <message>
        <source>Measure the server&apos;s idle keep-alive timeout: send one request on a new connection, keep the connection idle and record when the server closes it (FIN or reset). Compares it with the gateway in front: a server that closes idle connections before the gateway stops reusing them causes intermittent 502s; the fix for that gateway is printed.
One request; watching is bounded by --max-idle. Ctrl+C stops (exit code 130).</source>
        <translation>测量服务器的空闲 keep-alive 超时：在新连接上发送一个请求，让连接保持空闲，记录服务器何时关闭它（FIN 或重置）。与前面的网关比较：若服务器在网关停止复用空闲连接之前就关闭它们，就会造成间歇性 502；会输出针对该网关的修复方法。
只发一个请求；观察时长受 --max-idle 限制。Ctrl+C 停止（退出码 130）。</translation>
    </message>
    <message>
        <source>Concurrency of the first step: requests in flight at once, each on its own connection (default 1).</source>
        <translation>第一级的并发数：同时进行的请求数，每个请求使用自己的连接（默认 1）。</translation>
    </message>
    <message>
        <source>Concurrency of the last step (default 10; above 50 only with --i-know).</source>
        <translation>最后一级的并发数（默认 10；超过 50 需要 --i-know）。</translation>
    </message>
    <message>
        <source>How much each step adds to the concurrency (default 1).</source>
        <translation>每一级增加的并发数（默认 1）。</translation>
    </message>
    <message>
        <source>Whole seconds each step is held (default 5); the same FROM:TO:STEP:HOLD values as convert --ramp.</source>
        <translation>每一级保持的整秒数（默认 5）；与 convert --ramp 的 FROM:TO:STEP:HOLD 取值相同。</translation>
    </message>
    <message>
        <source>The request budget of the whole ramp, shared equally by the steps (default 200 a step; above 5000 only with --i-know).</source>
        <translation>整个爬坡的请求预算，由各级平均分配（默认每级 200；超过 5000 需要 --i-know）。</translation>
    </message>
    <message>
        <source>Allow a ramp above the gentle caps (concurrency 50, 5000 requests, 10 minutes); never above 1000, 1000000 requests, 24 hours.</source>
        <translation>允许超过温和上限（并发 50、5000 个请求、10 分钟）的爬坡；但绝不超过 1000 并发、1000000 个请求、24 小时。</translation>
    </message>
    <message>
        <source>Ramp entry N of a capture (0-based; default the first).</source>
        <translation>对捕获中的第 N 个条目进行爬坡（从 0 开始；默认第一个）。</translation>
    </message>
    <message>
        <source>Output format: text (a line per step, then the knee) or json (the gatescope.ramp/1 document).</source>
        <translation>输出格式：text（每级一行，然后是拐点）或 json（gatescope.ramp/1 文档）。</translation>
    </message>
    <message>
        <source>Write the result to FILE (atomically) instead of standard output.</source>
        <translation>将结果（原子地）写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>raise concurrency step by step and find the knee: where latency or errors turn, and the verdict there</source>
        <translation>逐级提高并发并找出拐点：延迟或错误开始转折之处，以及该处的结论</translation>
    </message>
    <message>
        <source>A capacity probe: send the request with C1 requests in flight at once (each on its own connection; when one ends the next starts), hold it S seconds, then add K, up to C2. Prints per step the answers per second, the latency percentiles (p50, p90, p99) and the failures (5xx, 429, no answer) by verdict, then the knee: the first step whose failure share is 2 points above every step before, or whose p90 is more than 1.5 times the lowest before (and 10 ms more), with the verdict that appears there.
Bounded: the request budget and the longest time are printed before the first request; above the gentle caps (concurrency 50, 5000 requests, 10 minutes) it refuses without --i-know. Redirects are not followed. Send it only to servers you run or may test.
Ctrl+C stops within a second: what was measured is printed, and the exit code is 130.</source>
        <translation>容量探测：以同时进行的 C1 个请求发送该请求（每个请求使用自己的连接；一个结束即开始下一个），保持 S 秒，然后增加 K，直到 C2。按级输出每秒应答数、延迟百分位（p50、p90、p99）以及按结论分组的失败（5xx、429、无应答），然后给出拐点：失败比例比之前每一级高出 2 个百分点，或 p90 超过之前最低值 1.5 倍（且多出 10 毫秒）的第一级，以及该处出现的结论。
有界：请求预算和最长时间在第一个请求之前输出；超过温和上限（并发 50、5000 个请求、10 分钟）时，没有 --i-know 将拒绝运行。不跟随重定向。只向您运行或有权测试的服务器发送。
Ctrl+C 在一秒内停止：输出已测得的结果，退出码为 130。</translation>
    </message>
    <message>
        <source>With --to curl: the shell the commands are written for — bash (default), cmd (curl quoted for the Windows command prompt, as the browser&apos;s &quot;Copy as cURL (cmd)&quot;) or powershell (Invoke-WebRequest, as &quot;Copy as PowerShell&quot;).</source>
        <translation>与 --to curl 一起使用：命令面向的 shell —— bash（默认）、cmd（按 Windows 命令提示符规则加引号的 curl，同浏览器的“Copy as cURL (cmd)”）或 powershell（Invoke-WebRequest，同“Copy as PowerShell”）。</translation>
    </message>
    <message>
        <source>shell</source>
        <translation>shell</translation>
    </message>
    <message>
        <source>A hop of the chain to send the same request straight to (repeatable, client side first): HOST:PORT or [IPv6]:PORT.</source>
        <translation>链路中的一跳,同一请求将直接发送到该处(可重复,客户端一侧在前):HOST:PORT 或 [IPv6]:PORT。</translation>
    </message>
    <message>
        <source>Convert a capture (HAR, curl command lines, raw HTTP, .http file) into HAR 1.2, curl commands (bash, cmd) or PowerShell Invoke-WebRequest, or an .http file. Credentials are redacted unless --no-redact is given; the output says what was hidden.</source>
        <translation>将捕获（HAR、curl 命令行、原始 HTTP、.http 文件）转换为 HAR 1.2、curl 命令（bash、cmd）或 PowerShell Invoke-WebRequest，或 .http 文件。除非指定 --no-redact，否则凭据会被脱敏；输出会说明隐藏了什么。</translation>
    </message>
    <message>
        <source>Offer HTTP/2 and use it when the server agrees: by ALPN over TLS, by an h2c Upgrade over plain http (as curl). The JSON then carries every frame (&apos;frames&apos;).</source>
        <translation>提供 HTTP/2,服务器同意时即使用:TLS 上通过 ALPN,明文 http 上通过 h2c Upgrade(与 curl 相同)。JSON 随后包含每个帧(&apos;frames&apos;)。</translation>
    </message>
    <message>
        <source>send a request as addressed and straight to the origin (or over HTTP/1.1 and HTTP/2), side by side</source>
        <translation>按原地址发送请求并直接发往源站(或分别通过 HTTP/1.1 和 HTTP/2),并排比较</translation>
    </message>
    <message>
        <source>Send the request of INPUT (--entry N of a capture, else its first) as addressed and again straight to each --origin HOST:PORT with the same Host header and TLS server name (curl --connect-to), then show the results side by side and which hop failed. With --hop, the same request also goes straight to each hop of the chain you give (the load balancer, then the pod…), and the conclusion says where along it the request starts to fail. Redirects are never followed and nothing is sent to an address you did not type.
With --protocols instead, the request goes as addressed once over HTTP/1.1 and once over HTTP/2 (curl --http1.1 and --http2), and the conclusion calls out a fault that appears over one protocol only.</source>
        <translation>将 INPUT 中的请求(捕获的第 --entry N 个,否则为第一个)按原地址发送,并以相同的 Host 头和 TLS 服务器名直接再发送到每个 --origin HOST:PORT(curl --connect-to),然后并排显示结果以及哪一跳出错。使用 --hop 时,同一请求还会直接发送到您给出的链路中的每一跳(负载均衡器,然后是 Pod…),结论会指出请求沿链路从哪里开始失败。从不跟随重定向,也不会向您未输入的地址发送任何内容。
改用 --protocols 时,请求按原地址分别通过 HTTP/1.1 和 HTTP/2 各发送一次(curl --http1.1 和 --http2),结论会指出只在一种协议下出现的故障。</translation>
    </message>
    <message>
        <source>Send the request over HTTP/1.1 and over HTTP/2 (ALPN over TLS, an h2c Upgrade over plain http) instead of to origins, and compare the verdicts; given without --origin and --hop.</source>
        <translation>不发往源站,而是分别通过 HTTP/1.1 和 HTTP/2 发送请求(TLS 上用 ALPN,明文 http 上用 h2c Upgrade)并比较结论;不能与 --origin 和 --hop 同时使用。</translation>
    </message>
    <message>
        <source>Correct a hop&apos;s timeout in the timeout audit, as the window&apos;s Timeouts table does (repeatable): HOP is the product id (nginx, haproxy, aws-alb, origin for the application behind the last hop, unknown…), KIND one of keep-alive, upstream-keep-alive, connect, read (first byte) or total, and SECONDS a number (30, 2.5, 500ms). It holds for every exchange of the input; the report marks the value as yours. Example: --timeout origin:keep-alive=5 --timeout aws-alb:upstream-keep-alive=60</source>
        <translation>在超时审查中更正某一跳的超时，与窗口中的超时表相同（可重复）：HOP 是产品 ID（nginx、haproxy、aws-alb、origin 表示最后一跳之后的应用程序、unknown…），KIND 是 keep-alive、upstream-keep-alive、connect、read（首字节）或 total 之一，SECONDS 是一个数字（30、2.5、500ms）。它适用于输入中的每个交换；报告将该值标为您给出的值。示例：--timeout origin:keep-alive=5 --timeout aws-alb:upstream-keep-alive=60</translation>
    </message>
    <message>
        <source>hop:kind=seconds</source>
        <translation>hop:kind=秒数</translation>
    </message>
    <message>
        <source>With --ramp or --every: the request budget the script states and stops at (default: as gatescope ramp, 200 a step; with --every, the count).</source>
        <translation>配合 --ramp 或 --every：脚本声明并在达到时停止的请求预算（默认：同 gatescope ramp，每阶段 200；配合 --every 则为次数）。</translation>
    </message>
    <message>
        <source>With --to locust or k6: a watch — one user sending the requests every S seconds (at least 0.1), --count times (Locust&apos;s constant_pacing).</source>
        <translation>配合 --to locust 或 k6：一次观察——一个用户每 S 秒（至少 0.1）发送这些请求，共 --count 次（Locust 的 constant_pacing）。</translation>
    </message>
    <message>
        <source>With --every: how many rounds (default 60, at most 10000).</source>
        <translation>配合 --every：轮数（默认 60，最多 10000）。</translation>
    </message>
    <message>
        <source>Open loop: --from/--to/--step are arrival rates, requests started a second at fixed times whatever the answers (no coordinated omission); latency is measured from each request&apos;s intended start.</source>
        <translation>开环：--from/--to/--step 为到达速率，即每秒在固定时刻发出的请求数，不论应答如何（无协同遗漏）；延迟从每个请求的预定开始时刻测量。</translation>
    </message>
    <message>
        <source>With --open-loop: at most N requests in flight; one due while all are busy waits for a free one, its wait counted (default 50; above 50 only with --i-know).</source>
        <translation>配合 --open-loop：最多 N 个同时进行的请求；全部占用时到期的请求等待空闲名额，等待时间计入（默认 50；超过 50 须加 --i-know）。</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::CompareText</name>
    <message>
        <source>&apos;%1&apos; is not a usable URL</source>
        <translation>&apos;%1&apos; 不是可用的 URL</translation>
    </message>
    <message>
        <source>standard input: cannot read</source>
        <translation>标准输入：无法读取</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>%1: holds no request that could be sent</source>
        <translation>%1：不含可发送的请求</translation>
    </message>
    <message>
        <source>--entry %1: %2 has entries 0 to %3</source>
        <translation>--entry %1：%2 的条目为 0 到 %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>应答方</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>--entry: &apos;%1&apos; is not an entry number</source>
        <translation>--entry：&apos;%1&apos; 不是条目编号</translation>
    </message>
    <message>
        <source>as addressed</source>
        <translation>按原地址</translation>
    </message>
    <message>
        <source>straight to %1</source>
        <translation>直接发往 %1</translation>
    </message>
    <message>
        <source>Compare: %1 %2</source>
        <translation>比较：%1 %2</translation>
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>实际协议</translation>
    </message>
    <message>
        <source>Compare over HTTP/1.1 and HTTP/2: %1 %2</source>
        <translation>通过 HTTP/1.1 和 HTTP/2 比较:%1 %2</translation>
    </message>
    <message>
        <source>--protocols compares the request as addressed over HTTP/1.1 and HTTP/2; give it without --origin and --hop</source>
        <translation>--protocols 按原地址通过 HTTP/1.1 和 HTTP/2 比较请求;请勿与 --origin 和 --hop 同时使用</translation>
    </message>
    <message>
        <source>--origin HOST:PORT is required (or --protocols to compare HTTP/1.1 with HTTP/2)</source>
        <translation>需要 --origin HOST:PORT(或用 --protocols 比较 HTTP/1.1 与 HTTP/2)</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::ConvertCommand</name>
    <message>
        <source>cannot read standard input</source>
        <translation>无法读取标准输入</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>gatescope convert: warning: %1</source>
        <translation>gatescope convert：警告：%1</translation>
    </message>
    <message>
        <source>%1: holds no request (a response alone); there is nothing to write as %2</source>
        <translation>%1：不包含请求（只有响应）；没有可写为 %2 的内容</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>gatescope convert: redaction is off: the output may hold live credentials</source>
        <translation>gatescope convert：遮蔽已关闭：输出中可能包含有效的凭据</translation>
    </message>
    <message>
        <source>gatescope convert: redacted: %1 (use --no-redact to keep them)</source>
        <translation>gatescope convert：已遮蔽：%1（使用 --no-redact 可保留）</translation>
    </message>
    <message>
        <source>Gatescope redaction was OFF (--no-redact): this file may hold live credentials.</source>
        <translation>Gatescope 脱敏已关闭（--no-redact）：此文件可能包含有效凭据。</translation>
    </message>
    <message>
        <source>Redacted by Gatescope: no credentials were found to hide.</source>
        <translation>已由 Gatescope 脱敏：未发现需要隐藏的凭据。</translation>
    </message>
    <message numerus="yes">
        <source>Redacted by Gatescope: %n value(s) hidden — %1. Convert with --no-redact to keep them.</source>
        <extracomment>%1 = number of values, %2 = the list by kind (&quot;1 × authorization value&quot;)</extracomment>
        <translation>
            <numerusform>已由 Gatescope 脱敏：隐藏了 %n 个值 — %1。使用 --no-redact 转换可保留它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>standard output: cannot write: %1</source>
        <translation>标准输出：无法写入：%1</translation>
    </message>
    <message>
        <source>gatescope convert: credentials are read from the environment: %1</source>
        <translation>gatescope convert：凭据从环境变量读取：%1</translation>
    </message>
    <message>
        <source>--every and --ramp: give one of them</source>
        <translation>--every 与 --ramp：只能给出其一</translation>
    </message>
    <message>
        <source>--every: &apos;%1&apos; is not a number of seconds from %2 to %3</source>
        <translation>--every：&apos;%1&apos; 不是 %2 到 %3 之间的秒数</translation>
    </message>
    <message>
        <source>--count: &apos;%1&apos; is not a whole number from 1 to %2</source>
        <translation>--count：&apos;%1&apos; 不是 1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>--every %1 --count %2 lasts more than %3 hours</source>
        <translation>--every %1 --count %2 持续超过 %3 小时</translation>
    </message>
    <message>
        <source>--count is for --every</source>
        <translation>--count 仅用于 --every</translation>
    </message>
    <message>
        <source>--max-requests is for --ramp or --every</source>
        <translation>--max-requests 仅用于 --ramp 或 --every</translation>
    </message>
    <message>
        <source>--max-requests: &apos;%1&apos; is not a whole number from 1 to %2</source>
        <translation>--max-requests：&apos;%1&apos; 不是 1 到 %2 之间的整数</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::DiagnoseCommand</name>
    <message>
        <source>standard input: cannot read</source>
        <translation>标准输入：无法读取</translation>
    </message>
    <message>
        <source>standard input: more than %1 MB</source>
        <translation>标准输入：超过 %1 MB</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>%1: holds no exchange to diagnose</source>
        <translation>%1：不包含可诊断的交换</translation>
    </message>
    <message>
        <source>--entry %1: %2 has entries 0 to %3</source>
        <translation>--entry %1：%2 的条目编号为 0 到 %3</translation>
    </message>
    <message>
        <source>gatescope: rule pack skipped, built-in rules kept: %1</source>
        <translation>gatescope：已跳过规则包，保留内置规则：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable URL</source>
        <translation>“%1”不是可用的 URL</translation>
    </message>
    <message>
        <source>%1: holds no request that could be sent again</source>
        <translation>%1：不包含可以重新发送的请求</translation>
    </message>
    <message>
        <source>gatescope: sent a GET request to %1 to diagnose its answer (a file or standard input is only read, never sent)</source>
        <translation>gatescope：已向 %1 发送一个 GET 请求以诊断其应答（文件或标准输入只会被读取，绝不会被发送）</translation>
    </message>
    <message numerus="yes">
        <source>%1: holds %n request(s) and no response, so there is nothing to diagnose; to send them and diagnose the answers run: gatescope replay %2</source>
        <translation>
            <numerusform>%1：包含 %n 个请求但没有应答，因此没有可诊断的内容；要发送它们并诊断应答，请运行：gatescope replay %2</numerusform>
        </translation>
    </message>
    <message>
        <source>gatescope: entry %1 was recorded over HTTP/3; it is replayed over HTTP/2 (Gatescope does not speak QUIC)</source>
        <translation>gatescope:条目 %1 是通过 HTTP/3 录制的;将通过 HTTP/2 重放(Gatescope 不支持 QUIC)</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::LabCommand</name>
    <message>
        <source>, predicted</source>
        <translation>，预测</translation>
    </message>
    <message numerus="yes">
        <source>Gatescope 5xx Lab — %n scenario(s) on loopback

</source>
        <translation>
            <numerusform>Gatescope 5xx 实验室 — 回环地址上的 %n 个场景

</numerusform>
        </translation>
    </message>
    <message>
        <source>  send %1 requests at once
</source>
        <translation>  同时发送 %1 个请求
</translation>
    </message>
    <message>
        <source>  expected diagnosis: %1

</source>
        <translation>  预期诊断：%1

</translation>
    </message>
    <message>
        <source>ok    %1: %2
</source>
        <translation>通过  %1：%2
</translation>
    </message>
    <message>
        <source>FAIL  %1: expected %2, got %3
</source>
        <translation>失败  %1：预期 %2，实际 %3
</translation>
    </message>
    <message>
        <source>      transport: %1 %2
</source>
        <translation>      传输：%1 %2
</translation>
    </message>
    <message>
        <source>gatescope lab: no scenario matches %1
</source>
        <translation>gatescope lab：没有与 %1 匹配的场景
</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed
</source>
        <translation>%1 个通过，%2 个失败
</translation>
    </message>
    <message>
        <source>The lab is running. Press Ctrl+C to stop it.
</source>
        <translation>实验室正在运行。按 Ctrl+C 停止。
</translation>
    </message>
    <message>
        <source>Lab stopped.
</source>
        <translation>实验室已停止。
</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::LogsCommand</name>
    <message numerus="yes">
        <source>%1: %2, %n line(s)</source>
        <translation>
            <numerusform>%1：%2，%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failure(s)</source>
        <translation>
            <numerusform>，%n 个故障</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n malformed line(s) (%1)</source>
        <translation>
            <numerusform>，%n 行格式错误（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) longer than 1 MiB cut (%1)</source>
        <translation>
            <numerusform>，%n 行超过 1 MiB 被截断（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failure(s) past the first 100,000 counted only</source>
        <translation>
            <numerusform>，前 100,000 个之后的 %n 个故障仅计数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) by cause:</source>
        <translation>
            <numerusform>按原因统计的 %n 个故障：</numerusform>
        </translation>
    </message>
    <message>
        <source>Over time (per %1, UTC):</source>
        <translation>随时间（每 %1，UTC）：</translation>
    </message>
    <message>
        <source>Upstreams with the most failures:</source>
        <translation>故障最多的上游：</translation>
    </message>
    <message>
        <source>Distinct failures, one diagnosis each:</source>
        <translation>不同的故障，各一个诊断：</translation>
    </message>
    <message>
        <source>%1 × %2 %3 (%4), first at %5</source>
        <translation>%1 × %2 %3（%4），首次出现于 %5</translation>
    </message>
    <message>
        <source>product not named by the log</source>
        <translation>日志未指明产品</translation>
    </message>
    <message>
        <source>First check: %1</source>
        <translation>首先检查：%1</translation>
    </message>
    <message>
        <source>Gateway log summary</source>
        <translation>网关日志摘要</translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation>按原因统计的故障</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Over time (per %1, UTC)</source>
        <translation>随时间（每 %1，UTC）</translation>
    </message>
    <message>
        <source>Upstreams with the most failures</source>
        <translation>故障最多的上游</translation>
    </message>
    <message>
        <source>Distinct failures</source>
        <translation>不同的故障</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>行：%1</translation>
    </message>
    <message>
        <source>gatescope logs: --status: &apos;%1&apos; is not 5xx, 4xx or a list of codes such as 502,504</source>
        <translation>gatescope logs：--status：&apos;%1&apos; 不是 5xx、4xx，也不是 502,504 这样的状态码列表</translation>
    </message>
    <message>
        <source>gatescope logs: --since: &apos;%1&apos; is neither an ISO date-time nor an age such as 30m</source>
        <translation>gatescope logs：--since：&apos;%1&apos; 既不是 ISO 日期时间，也不是 30m 这样的时长</translation>
    </message>
    <message>
        <source>redacted: %1</source>
        <translation>已隐去：%1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::ProbeCommand</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>ok: a complete HTTP response</source>
        <translation>正常：完整的 HTTP 响应</translation>
    </message>
    <message>
        <source>refused: nothing accepted the connection — %1</source>
        <translation>被拒绝：没有程序接受连接 — %1</translation>
    </message>
    <message>
        <source>timeout in the %1 phase — %2</source>
        <translation>在 %1 阶段超时 — %2</translation>
    </message>
    <message>
        <source>closed early: the peer closed the connection before a complete response — %1</source>
        <translation>提前关闭：对端在完整响应之前关闭了连接 — %1</translation>
    </message>
    <message>
        <source>reset: the connection was reset (in the %1 phase) — %2</source>
        <translation>被重置：连接被重置（在 %1 阶段）— %2</translation>
    </message>
    <message>
        <source>invalid response: the bytes received are not a usable HTTP response — %1</source>
        <translation>无效响应：收到的字节不是可用的 HTTP 响应 — %1</translation>
    </message>
    <message>
        <source>TLS failure — %1</source>
        <translation>TLS 失败 — %1</translation>
    </message>
    <message>
        <source>DNS failure — %1</source>
        <translation>DNS 失败 — %1</translation>
    </message>
    <message>
        <source>Redirect %1: </source>
        <translation>重定向 %1：</translation>
    </message>
    <message>
        <source>via proxy %1</source>
        <translation>通过代理 %1</translation>
    </message>
    <message>
        <source>%1 connected</source>
        <translation>%1 已连接</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 失败（%2）</translation>
    </message>
    <message>
        <source>TLS with SNI %1</source>
        <translation>TLS，SNI 为 %1</translation>
    </message>
    <message>
        <source>%1 %2, SNI %3</source>
        <translation>%1 %2，SNI %3</translation>
    </message>
    <message>
        <source>certificate verification skipped (-k)</source>
        <translation>已跳过证书验证（-k）</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>%1 %2 (interim)</source>
        <translation>%1 %2（临时响应）</translation>
    </message>
    <message numerus="yes">
        <source>%n body byte(s)</source>
        <translation>
            <numerusform>%n 字节正文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s) on the wire</source>
        <translation>
            <numerusform>%1，线路上 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>capture truncated</source>
        <translation>抓包被截断</translation>
    </message>
    <message>
        <source>%1 at byte %2: %3</source>
        <translation>%1，位于第 %2 字节：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable http:// or https:// URL</source>
        <translation>“%1”不是可用的 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is not &apos;Name: value&apos;</source>
        <translation>标头“%1”不是“Name: value”形式</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; contains a line break</source>
        <translation>标头“%1”包含换行</translation>
    </message>
    <message>
        <source>%1: cannot read the request body: %2</source>
        <translation>%1：无法读取请求正文：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a request method</source>
        <translation>“%1”不是请求方法</translation>
    </message>
    <message>
        <source>--connect-timeout needs a number of seconds, not &apos;%1&apos;</source>
        <translation>--connect-timeout 需要秒数，而不是“%1”</translation>
    </message>
    <message>
        <source>--max-time needs a number of seconds, not &apos;%1&apos;</source>
        <translation>--max-time 需要秒数，而不是“%1”</translation>
    </message>
    <message>
        <source>--first-byte-timeout needs a number of seconds, not &apos;%1&apos;</source>
        <translation>--first-byte-timeout 需要秒数，而不是“%1”</translation>
    </message>
    <message>
        <source>--max-redirs needs a whole number, not &apos;%1&apos;</source>
        <translation>--max-redirs 需要整数，而不是“%1”</translation>
    </message>
    <message>
        <source>cancelled by you after %1 s — %2</source>
        <translation>您在 %1 秒后取消 — %2</translation>
    </message>
    <message>
        <source>%1 at %2 on stream %3: %4</source>
        <translation>%1 于 %2,流 %3:%4</translation>
    </message>
    <message>
        <source>last stream %1</source>
        <translation>最后流 %1</translation>
    </message>
    <message>
        <source>HTTP/2: %1 frame(s) received, %2 sent</source>
        <translation>HTTP/2:收到 %1 个帧,发送 %2 个</translation>
    </message>
    <message>
        <source>(%1 more not kept)</source>
        <translation>(另有 %1 个未保留)</translation>
    </message>
    <message>
        <source>%1 cannot be used together: choose one</source>
        <translation>%1 不能同时使用:请选择其一</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::RampCommand</name>
    <message>
        <source>--from/--to/--step/--hold: %1</source>
        <translation>--from/--to/--step/--hold：%1</translation>
    </message>
    <message>
        <source>--max-requests: &apos;%1&apos; is not a positive number</source>
        <translation>--max-requests：“%1”不是正数</translation>
    </message>
    <message>
        <source>this ramp goes above the gentle caps: %1. Add --i-know if the server is yours to load.</source>
        <translation>此爬坡超出温和上限：%1。如果您有权对该服务器施加负载，请添加 --i-know。</translation>
    </message>
    <message>
        <source>--entry: &apos;%1&apos; is not an entry number</source>
        <translation>--entry：“%1”不是条目编号</translation>
    </message>
    <message numerus="yes">
        <source>Stopped by you after %n step(s).</source>
        <translation>
            <numerusform>已由您在 %n 级后停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-in-flight: &apos;%1&apos; is not a positive number</source>
        <translation>--max-in-flight：&apos;%1&apos; 不是正数</translation>
    </message>
    <message>
        <source>--max-in-flight is for --open-loop (in the closed loop --to is the most in flight)</source>
        <translation>--max-in-flight 仅用于 --open-loop（闭环中 --to 即最大同时请求数）</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::ReportOutput</name>
    <message>
        <source>--redact-pattern: &apos;%1&apos; is not NAME=REGEX</source>
        <translation>--redact-pattern：“%1”不是 NAME=REGEX 形式</translation>
    </message>
    <message>
        <source>--redact-pattern: &apos;%1&apos;: %2 at offset %3</source>
        <translation>--redact-pattern：“%1”：偏移 %3 处 %2</translation>
    </message>
    <message>
        <source>Use --no-redact to include them.</source>
        <translation>使用 --no-redact 可包含它们。</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <extracomment>%1 file path (or &quot;standard output&quot;), %2 the system&apos;s reason</extracomment>
        <translation>%1：无法写入报告：%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::Cli::WatchCommand</name>
    <message>
        <source>--reuse-connections and --new-connections exclude each other</source>
        <translation>--reuse-connections 与 --new-connections 互斥</translation>
    </message>
    <message>
        <source>--every: &apos;%1&apos; is not a number of seconds</source>
        <translation>--every：&apos;%1&apos; 不是秒数</translation>
    </message>
    <message>
        <source>--count: &apos;%1&apos; is not a number</source>
        <translation>--count：&apos;%1&apos; 不是数字</translation>
    </message>
    <message>
        <source>--for: &apos;%1&apos; is not a duration (such as 90, 30s, 10m or 2h)</source>
        <translation>--for：&apos;%1&apos; 不是时长（例如 90、30s、10m 或 2h）</translation>
    </message>
    <message>
        <source>--entry: &apos;%1&apos; is not an entry number</source>
        <translation>--entry：&apos;%1&apos; 不是条目编号</translation>
    </message>
    <message>
        <source>reusing connections</source>
        <translation>复用连接</translation>
    </message>
    <message>
        <source>a new connection each time</source>
        <translation>每次新建连接</translation>
    </message>
    <message numerus="yes">
        <source>watching %1: up to %n request(s), one every %2 s, stopping after %3 s, %4</source>
        <translation>
            <numerusform>正在观察 %1：至多 %n 个请求，每 %2 秒一个，%3 秒后停止，%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>watching %1: %n request(s), one every %2 s, %3</source>
        <translation>
            <numerusform>正在观察 %1：%n 个请求，每 %2 秒一个，%3</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-idle: &apos;%1&apos; is not a number of seconds up to %2</source>
        <translation>--max-idle：&apos;%1&apos; 不是不超过 %2 的秒数</translation>
    </message>
    <message>
        <source>--front-timeout: &apos;%1&apos; is not a number of seconds</source>
        <translation>--front-timeout：&apos;%1&apos; 不是秒数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; 不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>one request to %1, then watching the idle connection for at most %2 s</source>
        <translation>向 %1 发送一个请求，然后观察空闲连接至多 %2 秒</translation>
    </message>
</context>
<context>
    <name>Gatescope::ContentDecoder</name>
    <message>
        <source>zlib could not be initialised</source>
        <translation>无法初始化 zlib</translation>
    </message>
    <message>
        <source>the stream needs a preset dictionary</source>
        <translation>该数据流需要预设字典</translation>
    </message>
    <message>
        <source>corrupt data</source>
        <translation>数据损坏</translation>
    </message>
    <message>
        <source>the %1 stream ends before its end marker (truncated)</source>
        <translation>%1 数据流在结束标记之前结束（被截断）</translation>
    </message>
    <message>
        <source>%1 body: cannot decode at byte %2: %3</source>
        <translation>%1 正文：无法在第 %2 字节处解码：%3</translation>
    </message>
</context>
<context>
    <name>Gatescope::CurlExporter</name>
    <message>
        <source>cmd cannot pass a carriage return: the request&apos;s CR characters are left out</source>
        <translation>cmd 无法传递回车符：请求中的 CR 字符已省略</translation>
    </message>
</context>
<context>
    <name>Gatescope::CurlImporter</name>
    <message>
        <source>no-break spaces were read as spaces</source>
        <translation>不间断空格已按普通空格读取</translation>
    </message>
    <message>
        <source>a typographic dash (– or —) before an option was read as &quot;--&quot;; a chat app or word processor probably replaced it</source>
        <translation>选项前的印刷体破折号（– 或 —）已按“--”读取；很可能是聊天软件或文字处理软件替换了它</translation>
    </message>
    <message>
        <source>typographic quotes (“…” or ‘…’) were read as plain quotes; a chat app or word processor probably replaced them</source>
        <translation>印刷体引号（“…”或‘…’）已按普通引号读取；很可能是聊天软件或文字处理软件替换了它们</translation>
    </message>
    <message>
        <source>the here-document is never closed by a line &quot;%1&quot;; the rest of the text was taken as its content</source>
        <translation>here-document 没有以“%1”行结束；其余文本都被当作其内容</translation>
    </message>
    <message>
        <source>%1: %2: the quote %3 opened here is never closed</source>
        <translation>%1：%2：此处开始的引号 %3 没有闭合</translation>
    </message>
    <message>
        <source>PowerShell: \&quot; inside arguments was read as a plain quote, as Windows PowerShell 5.1 passes it to curl.exe</source>
        <translation>PowerShell：参数中的 \&quot; 按普通引号读取，与 Windows PowerShell 5.1 传给 curl.exe 的方式相同</translation>
    </message>
    <message>
        <source>%1: %2 %3 has no password; curl would ask for one, an empty one is used</source>
        <translation>%1：%2 %3 没有密码；curl 会询问密码，这里使用空密码</translation>
    </message>
    <message>
        <source>%1: %2 %3 names a cookie file; it is not read</source>
        <translation>%1：%2 %3 指定了 Cookie 文件；不会读取该文件</translation>
    </message>
    <message>
        <source>%1: %2 %3: only &apos;*&apos; (no proxy at all) is supported; the list was ignored</source>
        <translation>%1：%2 %3：只支持“*”（完全不使用代理）；该列表已被忽略</translation>
    </message>
    <message>
        <source>%1: %2: Gatescope sends HTTP/1.1</source>
        <translation>%1：%2：Gatescope 发送 HTTP/1.1</translation>
    </message>
    <message>
        <source>%1: %2: proxy credentials are not supported; the proxy is used without them</source>
        <translation>%1：%2：不支持代理凭据；将不带凭据使用代理</translation>
    </message>
    <message>
        <source>%1: %2 %3: config files are not read</source>
        <translation>%1：%2 %3：不读取配置文件</translation>
    </message>
    <message>
        <source>%1: %2: Unix sockets are not supported; the URL&apos;s host is used</source>
        <translation>%1：%2：不支持 Unix 套接字；将使用 URL 中的主机</translation>
    </message>
    <message>
        <source>%1: option &apos;%2&apos; is not supported and was ignored</source>
        <translation>%1：不支持选项“%2”，已忽略</translation>
    </message>
    <message>
        <source>%1: both -d and -F were given; curl refuses that, the form is used</source>
        <translation>%1：同时给出了 -d 和 -F；curl 会拒绝，这里使用表单</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a URL; skipped</source>
        <translation>%1：“%2”不是 URL；已跳过</translation>
    </message>
    <message>
        <source>%1: header &quot;%2&quot; has no &apos;:&apos;; ignored</source>
        <translation>%1：标头“%2”没有“:”；已忽略</translation>
    </message>
    <message>
        <source>%1: %2 names the file &apos;%3&apos;; file contents are not read, so that part of the body is empty</source>
        <translation>%1：%2 指定了文件“%3”；不读取文件内容，因此该部分正文为空</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not name=value; ignored</source>
        <translation>%1：%2 “%3”不是 name=value 形式；已忽略</translation>
    </message>
    <message>
        <source>%1: %2 %3 is not a number of seconds; ignored</source>
        <translation>%1：%2 %3 不是秒数；已忽略</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a curl command; ignored</source>
        <translation>%1：“%2”不是 curl 命令；已忽略</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;%2&apos; ignored</source>
        <translation>%1：已忽略未知选项“%2”</translation>
    </message>
    <message>
        <source>%1: option &apos;%2&apos; needs a value and has none; ignored</source>
        <translation>%1：选项“%2”需要一个值但没有给出；已忽略</translation>
    </message>
    <message>
        <source>%1: unknown option &apos;-%2&apos; ignored</source>
        <translation>%1：已忽略未知选项“-%2”</translation>
    </message>
    <message>
        <source>%1: option &apos;-%2&apos; needs a value and has none; ignored</source>
        <translation>%1：选项“-%2”需要一个值但没有给出；已忽略</translation>
    </message>
    <message>
        <source>%1: the curl command names no URL; skipped</source>
        <translation>%1：curl 命令没有 URL；已跳过</translation>
    </message>
    <message>
        <source>%1: %2: no curl command with a URL was found</source>
        <translation>%1：%2：未找到带 URL 的 curl 命令</translation>
    </message>
    <message>
        <source>a backslash followed by blanks at the end of a line was read as a line continuation</source>
        <translation>行尾反斜杠后跟空白，已按续行处理</translation>
    </message>
    <message>
        <source>%1: %2 names the file &apos;%3&apos;; file contents are not read, so the headers in it are not sent</source>
        <translation>%1：%2 指定了文件 &apos;%3&apos;；不会读取文件内容，因此其中的请求头不会被发送</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot;: curl skips the unknown part &quot;%4&quot;</source>
        <translation>%1：%2 &quot;%3&quot;：curl 会跳过未知部分 &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1: %2; ignored</source>
        <translation>%1：%2；已忽略</translation>
    </message>
    <message>
        <source>%1: curl does not accept &apos;%2&apos; (it stops: the option is unknown); read as &apos;--%3 %4&apos;</source>
        <translation>%1：curl 不接受 &apos;%2&apos;（会因未知选项而中止）；按 &apos;--%3 %4&apos; 读取</translation>
    </message>
    <message>
        <source>%1: %2: Gatescope sends HTTP/2 instead (it does not speak QUIC); the request is the same, the protocol is not</source>
        <translation>%1:%2:Gatescope 改用 HTTP/2 发送(它不支持 QUIC);请求相同,协议不同</translation>
    </message>
    <message>
        <source>%1: every &apos;&amp;&apos; in the data is written &apos;^&amp;&apos;, a cmd escape where no cmd reads it (a browser&apos;s copy bug); curl sends the carets as written, so the server gets &apos;^&amp;&apos;</source>
        <translation>%1：数据中的每个“&amp;”都写成了“^&amp;”，这是 cmd 的转义，但此处没有 cmd 解析它（浏览器复制的缺陷）；curl 会原样发送 ^ 符号，服务器收到的是“^&amp;”</translation>
    </message>
</context>
<context>
    <name>Gatescope::Diagnoser</name>
    <message>
        <source>the origin application</source>
        <translation>源站应用程序</translation>
    </message>
    <message>
        <source>an unidentified gateway</source>
        <translation>一个未识别的网关</translation>
    </message>
    <message>
        <source>no server (client side)</source>
        <translation>无服务器（客户端一侧）</translation>
    </message>
    <message>
        <source>no more specific evidence</source>
        <translation>没有更具体的证据</translation>
    </message>
    <message>
        <source>holds: %1</source>
        <translation>成立：%1</translation>
    </message>
    <message>
        <source>The rules could not decide the cause of this response.</source>
        <translation>规则无法判定此响应的原因。</translation>
    </message>
    <message>
        <source>a gateway</source>
        <translation>某个网关</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>an unmeasured time</source>
        <translation>未测得的时间</translation>
    </message>
    <message>
        <source>its configured timeout</source>
        <translation>其配置的超时</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>another protocol</source>
        <translation>另一种协议</translation>
    </message>
</context>
<context>
    <name>Gatescope::DiagnosisText</name>
    <message numerus="yes">
        <source>retry after %n second(s) (Retry-After)</source>
        <translation>
            <numerusform>%n 秒后重试（Retry-After）</numerusform>
        </translation>
    </message>
    <message>
        <source>retry with backoff</source>
        <translation>使用退避策略重试</translation>
    </message>
    <message>
        <source>do not retry blindly</source>
        <translation>不要盲目重试</translation>
    </message>
    <message>
        <source>fix the cause first; a retry will fail the same way</source>
        <translation>先修复原因；重试会以同样的方式失败</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>源站</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>client side</source>
        <translation>客户端一侧</translation>
    </message>
    <message>
        <source>#%1  %2 %3</source>
        <translation>#%1  %2 %3</translation>
    </message>
    <message>
        <source>(no request recorded)</source>
        <translation>（未记录请求）</translation>
    </message>
    <message>
        <source>    response: %1 %2</source>
        <translation>    响应：%1 %2</translation>
    </message>
    <message>
        <source>    no HTTP response: %1%2</source>
        <translation>    无 HTTP 响应：%1%2</translation>
    </message>
    <message>
        <source>%1 (predicted: what a gateway in front would answer)</source>
        <translation>%1（预测：前置网关会返回的状态）</translation>
    </message>
    <message>
        <source>  Verdict:   %1</source>
        <translation>  结论：     %1</translation>
    </message>
    <message>
        <source>  Cause:     %1</source>
        <translation>  原因：     %1</translation>
    </message>
    <message>
        <source>  Status:    %1</source>
        <translation>  状态：     %1</translation>
    </message>
    <message>
        <source>  Producer:  %1 — %2 (confidence %3)</source>
        <translation>  产生者：   %1 — %2（置信度 %3）</translation>
    </message>
    <message>
        <source>  Retry:     %1</source>
        <translation>  重试：     %1</translation>
    </message>
    <message>
        <source>  Path through the rules:</source>
        <translation>  规则路径：</translation>
    </message>
    <message>
        <source>because %1</source>
        <translation>因为 %1</translation>
    </message>
    <message>
        <source>  Why:</source>
        <translation>  原因说明：</translation>
    </message>
    <message>
        <source>  Evidence:</source>
        <translation>  证据：</translation>
    </message>
    <message>
        <source>  Checklist: %1</source>
        <translation>  检查清单： %1</translation>
    </message>
    <message numerus="yes">
        <source>gatescope diagnosis of %1 (%2): %n exchange(s)</source>
        <translation>
            <numerusform>gatescope 对 %1（%2）的诊断：%n 个交换</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatescope::Durations</name>
    <message>
        <source>%1 µs</source>
        <extracomment>A duration in microseconds; %1 is the localised number</extracomment>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds; %1 is the localised number</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds; %1 is the localised number</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>A duration that could not be measured</extracomment>
        <translation>未知</translation>
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
        <translation>正文：“%1”</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1，位于第 %2 字节</translation>
    </message>
    <message>
        <source>%1 body, %2 bytes</source>
        <translation>%1 正文，%2 字节</translation>
    </message>
    <message>
        <source>body is %1 but Accept was %2</source>
        <translation>正文是 %1，但 Accept 为 %2</translation>
    </message>
    <message>
        <source>Cloudflare-branded %1 page without cf-error-type: the origin side answered %1</source>
        <translation>带 Cloudflare 品牌的 %1 页面，没有 cf-error-type：源站一侧返回了 %1</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>wait ≈ %1 s matches the default of %2</source>
        <translation>等待时间 ≈ %1 秒，与 %2 的默认值一致</translation>
    </message>
    <message>
        <source>wait %1 s</source>
        <translation>等待 %1 秒</translation>
    </message>
    <message>
        <source>503 through Cloudflare without its error page or cf-error-type: Cloudflare relayed the origin side&apos;s 503</source>
        <translation>经 Cloudflare 的 503 没有其错误页面或 cf-error-type：Cloudflare 转发了源站一侧的 503</translation>
    </message>
    <message>
        <source>connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>first-byte timeout</source>
        <translation>首字节超时</translation>
    </message>
    <message>
        <source>total timeout</source>
        <translation>总超时</translation>
    </message>
    <message>
        <source>%1 %2 (%3 s, as you gave it)</source>
        <extracomment>%1 product, %2 its setting (&quot;proxy_read_timeout&quot;), %3 the seconds the user gave</extracomment>
        <translation>%1 %2（%3 秒，按您给出的值）</translation>
    </message>
    <message>
        <source>the origin application</source>
        <translation>源应用</translation>
    </message>
    <message>
        <source>an unidentified gateway</source>
        <translation>一个未识别的网关</translation>
    </message>
    <message>
        <source>the default %1</source>
        <translation>默认值 %1</translation>
    </message>
    <message>
        <source>wait ≈ %1 s matches %2</source>
        <translation>等待 ≈ %1 秒，与 %2 一致</translation>
    </message>
</context>
<context>
    <name>Gatescope::FaultServer</name>
    <message>
        <source>200 application/json with Content-Length</source>
        <translation>200 application/json，带 Content-Length</translation>
    </message>
    <message>
        <source>200 text/plain: the request head and body as received</source>
        <translation>200 text/plain：按接收原样返回请求头和正文</translation>
    </message>
    <message>
        <source>waits ms before the first byte, then answers as /json</source>
        <translation>等待 ms 后才发送第一个字节，然后按 /json 应答</translation>
    </message>
    <message>
        <source>headers at once, then the body in pieces ms apart</source>
        <translation>立即发送标头，然后以 ms 间隔分段发送正文</translation>
    </message>
    <message>
        <source>reads the request and never answers or closes</source>
        <translation>读取请求后从不应答也不关闭</translation>
    </message>
    <message>
        <source>reads the request and closes without sending a byte</source>
        <translation>读取请求后不发送任何字节就关闭</translation>
    </message>
    <message>
        <source>sends half a header block and closes</source>
        <translation>发送一半标头块后关闭</translation>
    </message>
    <message>
        <source>promises 1000 body bytes, sends 100 and closes</source>
        <translation>承诺 1000 字节正文，只发送 100 字节就关闭</translation>
    </message>
    <message>
        <source>sends the first bytes of a response, then resets the connection (SO_LINGER 0)</source>
        <translation>发送响应的前几个字节后重置连接（SO_LINGER 0）</translation>
    </message>
    <message>
        <source>answers with bytes that are not HTTP and closes</source>
        <translation>以非 HTTP 字节应答后关闭</translation>
    </message>
    <message>
        <source>a header line without &apos;:&apos;</source>
        <translation>缺少“:”的标头行</translation>
    </message>
    <message>
        <source>a chunked body with an invalid chunk size</source>
        <translation>块大小无效的分块正文</translation>
    </message>
    <message>
        <source>a header block of about the given size</source>
        <translation>大约为指定大小的标头块</translation>
    </message>
    <message>
        <source>100 Continue, then 200 JSON</source>
        <translation>先 100 Continue，再 200 JSON</translation>
    </message>
    <message>
        <source>103 Early Hints, then 200 JSON</source>
        <translation>先 103 Early Hints，再 200 JSON</translation>
    </message>
    <message>
        <source>a chain of n redirects ending in /json</source>
        <translation>以 /json 结尾的 n 次重定向链</translation>
    </message>
    <message>
        <source>200 JSON compressed with gzip</source>
        <translation>200 JSON，用 gzip 压缩</translation>
    </message>
    <message>
        <source>200 JSON compressed with deflate (zlib)</source>
        <translation>200 JSON，用 deflate（zlib）压缩</translation>
    </message>
    <message>
        <source>200 JSON in chunked transfer encoding</source>
        <translation>200 JSON，使用分块传输编码</translation>
    </message>
    <message>
        <source>200 without Content-Length; the body ends when the connection closes</source>
        <translation>200，无 Content-Length；正文在连接关闭时结束</translation>
    </message>
    <message>
        <source>any status with the given body and headers</source>
        <translation>带指定正文和标头的任意状态</translation>
    </message>
    <message>
        <source>500 with a Java stack trace in an HTML error page</source>
        <translation>500，HTML 错误页面中带有 Java 堆栈跟踪</translation>
    </message>
    <message>
        <source>503 maintenance page with Retry-After</source>
        <translation>503 维护页面，带 Retry-After</translation>
    </message>
    <message>
        <source>200 HTML login page, whatever the caller accepts</source>
        <translation>200 HTML 登录页面，无论调用方接受什么</translation>
    </message>
    <message>
        <source>200 with a body of the given size</source>
        <translation>200，正文为指定大小</translation>
    </message>
    <message>
        <source>lab origin: cannot listen on %1: %2</source>
        <translation>实验室源站：无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>lab origin: the TLS test certificate is missing from the resources (:/lab/test-cert.pem)</source>
        <translation>实验室源站：资源中缺少 TLS 测试证书（:/lab/test-cert.pem）</translation>
    </message>
    <message>
        <source>lab origin: cannot listen for TLS on %1: %2</source>
        <translation>实验室源站：无法在 %1 上监听 TLS：%2</translation>
    </message>
    <message>
        <source>a header value continued on a line starting with a space (obsolete line folding)</source>
        <translation>头部值在以空格开头的下一行继续（已废弃的行折叠）</translation>
    </message>
    <message>
        <source>a header whose field name contains &apos;@&apos;</source>
        <translation>字段名包含 &apos;@&apos; 的头部</translation>
    </message>
    <message>
        <source>two Content-Length headers with different values</source>
        <translation>两个值不同的 Content-Length 头</translation>
    </message>
    <message>
        <source>both Content-Length and Transfer-Encoding: chunked</source>
        <translation>同时有 Content-Length 和 Transfer-Encoding: chunked</translation>
    </message>
    <message>
        <source>a complete response followed by more bytes</source>
        <translation>完整响应之后还有多余字节</translation>
    </message>
    <message>
        <source>a status line with letters where the status code should be</source>
        <translation>状态码位置是字母的状态行</translation>
    </message>
    <message>
        <source>204 or 304 followed by a body it must not have</source>
        <translation>204 或 304 后面跟着不应有的消息体</translation>
    </message>
    <message>
        <source>sends the given bytes (base64 or base64url) and closes</source>
        <translation>发送给定的字节（base64 或 base64url）后关闭</translation>
    </message>
    <message>
        <source>dropping listener: cannot listen on %1 port %2: %3</source>
        <translation>丢弃型监听器：无法监听 %1 端口 %2：%3</translation>
    </message>
    <message>
        <source>dropping listener: the first connection to %1 port %2 did not complete</source>
        <translation>丢弃型监听器：到 %1 端口 %2 的首个连接未完成</translation>
    </message>
    <message>
        <source>dropping listener: the kernel accepted %1 connections on %2 port %3 despite a backlog of 0</source>
        <translation>丢弃型监听器：尽管 backlog 为 0，内核仍在 %2 端口 %3 上接受了 %1 个连接</translation>
    </message>
    <message>
        <source>every n-th request (counted per query) answers with code, the others as /json</source>
        <translation>每第 n 个请求（按查询串计数）以 code 应答，其余同 /json</translation>
    </message>
    <message>
        <source>200 JSON on a kept-alive connection, closed (fin or reset) after idle ms without a request</source>
        <translation>在 keep-alive 连接上返回 200 JSON，空闲 idle 毫秒无请求后关闭（fin 或 reset）</translation>
    </message>
    <message>
        <source>waits ms, then answers as /status; with timing=NAME it says how long it took in Server-Timing</source>
        <translation>等待 ms 毫秒后按 /status 应答;带 timing=NAME 时在 Server-Timing 中给出实际耗时</translation>
    </message>
</context>
<context>
    <name>Gatescope::FetchCallImporter</name>
    <message>
        <source>%1: %2: the options of this fetch() call are not the JSON object a browser writes (%3)</source>
        <translation>%1：%2：这个 fetch() 调用的选项不是浏览器写出的 JSON 对象（%3）</translation>
    </message>
    <message>
        <source>it does not end</source>
        <translation>它没有结束</translation>
    </message>
    <message>
        <source>%1: read a JavaScript fetch() call (&quot;Copy as fetch&quot;) as the request it describes; the browser also sends what the call does not list (its cookies, its User-Agent), so &quot;Copy as cURL&quot; or a HAR gives the request exactly</source>
        <translation>%1：已将 JavaScript fetch() 调用（“复制为 fetch”）读作它所描述的请求；浏览器还会发送调用中未列出的内容（其 Cookie、其 User-Agent），因此“复制为 cURL”或 HAR 能准确给出该请求</translation>
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
        <translation>Heroku 路由器</translation>
    </message>
    <message>
        <source>Gatescope Lab gateway</source>
        <translation>Gatescope 实验室网关</translation>
    </message>
    <message>
        <source>Unknown gateway</source>
        <translation>未知网关</translation>
    </message>
    <message>
        <source>No producer (client side)</source>
        <translation>无产生者（客户端一侧）</translation>
    </message>
    <message>
        <source>Firewall or security middlebox</source>
        <translation>防火墙或安全中间设备</translation>
    </message>
    <message>
        <source>Origin application</source>
        <translation>源站应用程序</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::AuthEditor</name>
    <message>
        <source>No authentication helper</source>
        <translation>不使用认证助手</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic（用户名和密码）</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>Authentication scheme</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Choose Basic or Bearer to have the Authorization header written for you. An Authorization header typed in the Headers tab is sent as it is.</source>
        <translation>选择 Basic 或 Bearer，系统会为你生成 Authorization 标头。在“标头”选项卡中手动输入的 Authorization 标头会原样发送。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::BodyEditor</name>
    <message>
        <source>No body</source>
        <translation>无正文</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form (URL-encoded)</source>
        <translation>表单（URL 编码）</translation>
    </message>
    <message>
        <source>Multipart form with files</source>
        <translation>带文件的 multipart 表单</translation>
    </message>
    <message>
        <source>Body type</source>
        <translation>正文类型</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>此请求没有正文。</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>原始正文</translation>
    </message>
    <message>
        <source>Body bytes as text; set Content-Type in the headers</source>
        <translation>正文字节以文本表示；请在标头中设置 Content-Type</translation>
    </message>
    <message>
        <source>JSON body</source>
        <translation>JSON 正文</translation>
    </message>
    <message>
        <source>{ &quot;key&quot;: &quot;value&quot; }</source>
        <translation>{ &quot;key&quot;: &quot;value&quot; }</translation>
    </message>
    <message>
        <source>&amp;Format JSON</source>
        <translation>格式化 JSON(&amp;F)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>表单字段</translation>
    </message>
    <message>
        <source>Value or file</source>
        <translation>值或文件</translation>
    </message>
    <message>
        <source>Multipart parts</source>
        <translation>multipart 部分</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>添加字段(&amp;F)</translation>
    </message>
    <message>
        <source>Add f&amp;ile…</source>
        <translation>添加文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve part</source>
        <translation>删除部分(&amp;V)</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>有效的 JSON</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <extracomment>JSON body check: %1 line, %2 column, %3 the parser&apos;s message</extracomment>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>File %1 (%2, %3)</source>
        <extracomment>A file attached to a multipart body: file name, size, content type</extracomment>
        <translation>文件 %1（%2，%3）</translation>
    </message>
    <message>
        <source>field%1</source>
        <translation>字段%1</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2</source>
        <translation>%1：文件大于 %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>Add files to the body</source>
        <translation>向正文添加文件</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::BuilderEdits</name>
    <message>
        <source>Open in builder</source>
        <translation>在构建器中打开</translation>
    </message>
    <message>
        <source>The builder holds your edits to %1.</source>
        <extracomment>%1 = method and URL of the request in the builder</extracomment>
        <translation>构建器中有您对 %1 的修改。</translation>
    </message>
    <message>
        <source>They are saved as a new request in “%1”. Keep it there and open the exchange&apos;s request, or discard the edited request?</source>
        <extracomment>%1 = collection name</extracomment>
        <translation>这些修改已作为新请求保存在“%1”中。保留它并打开该交换的请求，还是丢弃修改过的请求？</translation>
    </message>
    <message>
        <source>They are saved in “%1”. Keep them and open the exchange&apos;s request, or put the request back as it was when you opened it?</source>
        <translation>这些修改已保存在“%1”中。保留修改并打开该交换的请求，还是将请求恢复为打开时的样子？</translation>
    </message>
    <message>
        <source>&amp;Keep my edits</source>
        <translation>保留我的修改(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard my edits</source>
        <translation>丢弃我的修改(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ChecklistModel</name>
    <message>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>待办：%1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ChecklistView</name>
    <message>
        <source>Checklist: %1</source>
        <translation>检查清单：%1</translation>
    </message>
    <message>
        <source>No checklist for this rule.</source>
        <translation>此规则没有检查清单。</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the checklist as Markdown</source>
        <translation>将检查清单复制为 Markdown</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
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
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>判定依据：%1</translation>
    </message>
    <message>
        <source>Not taken for this request</source>
        <translation>此请求未走这条分支</translation>
    </message>
    <message>
        <source>On the diagnosis path: %1</source>
        <translation>在诊断路径上：%1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Evidence that decided it</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message>
        <source>Evidence as recorded: %1</source>
        <translation>记录的证据：%1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::DiagnosisPane</name>
    <message>
        <source>Decision tree of the 5xx rules</source>
        <translation>5xx 规则决策树</translation>
    </message>
    <message>
        <source>Explanation of the selected rule</source>
        <translation>所选规则的解释</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Retry with backoff.</source>
        <translation>使用退避策略重试。</translation>
    </message>
    <message numerus="yes">
        <source>Retry after %Ln s.</source>
        <translation>
            <numerusform>%Ln 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry later, as the server asked.</source>
        <translation>按服务器的要求稍后重试。</translation>
    </message>
    <message>
        <source>Do not retry as it is.</source>
        <translation>不要原样重试。</translation>
    </message>
    <message>
        <source>Fix the cause first; retrying will not help.</source>
        <translation>先修复原因；重试没有帮助。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No request diagnosed yet.&lt;/b&gt; Send a request or select an entry of a capture. Meanwhile, browse the rules below: select a verdict to read what it means and what to check.</source>
        <translation>&lt;b&gt;尚未诊断任何请求。&lt;/b&gt;发送一个请求，或选择抓包中的一个条目。在此之前，可以浏览下面的规则：选择一个结论，查看其含义以及需要检查的内容。</translation>
    </message>
    <message>
        <source>%1 — no server error</source>
        <translation>%1 — 没有服务器错误</translation>
    </message>
    <message>
        <source>No HTTP response — a gateway in front would answer %1 (%2)</source>
        <extracomment>%1 = the status a gateway in front would answer, %2 = the verdict&apos;s title</extracomment>
        <translation>没有 HTTP 响应——前置网关会返回 %1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 = status, %2 = the verdict&apos;s title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Made by %1 (%2, %3% sure)</source>
        <extracomment>Who made the answer: product name, layer (origin/gateway/client), confidence in percent</extracomment>
        <translation>由 %1 产生（%2，置信度 %3%）</translation>
    </message>
    <message>
        <source>Select a rule to read about it.</source>
        <translation>选择一条规则查看说明。</translation>
    </message>
    <message>
        <source>&lt;p&gt;This rule asks a question of the evidence. Its branches, tried in order:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Select a verdict (a leaf) to see its explanation and checklist.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这条规则针对证据提出一个问题。它的分支按顺序尝试：&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;选择一个结论（叶节点）查看其解释和检查清单。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cause id: %1</source>
        <translation>原因 ID：%1</translation>
    </message>
    <message>
        <source>No server answered: the failure was seen by the client (%1% sure)</source>
        <extracomment>No hop produced an HTTP answer (the client saw a transport failure); %1 = confidence in percent</extracomment>
        <translation>没有服务器应答：故障由客户端观察到（%1% 把握）</translation>
    </message>
    <message>
        <source>gateway</source>
        <extracomment>Producer layer shown after the product name</extracomment>
        <translation>网关</translation>
    </message>
    <message>
        <source>origin</source>
        <extracomment>Producer layer shown after the product name</extracomment>
        <translation>源站</translation>
    </message>
    <message>
        <source>client</source>
        <extracomment>Producer layer shown after the product name</extracomment>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Cause not decided</source>
        <translation>未确定原因</translation>
    </message>
    <message>
        <source>Timeouts…</source>
        <translation>超时…</translation>
    </message>
    <message>
        <source>The hops&apos; timeouts side by side; correct them to your configuration</source>
        <translation>并排显示各跳的超时;可按您的配置更正</translation>
    </message>
    <message>
        <source>Timeout audit: the hops&apos; timeouts side by side, the defaults and the values you gave</source>
        <translation>超时审查：各跳的超时并列显示，包括默认值和您给出的值</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::EvidenceWords</name>
    <message>
        <source>a response arrived</source>
        <translation>收到了响应</translation>
    </message>
    <message>
        <source>no response arrived</source>
        <translation>没有收到响应</translation>
    </message>
    <message>
        <source>the response was complete</source>
        <translation>响应完整</translation>
    </message>
    <message>
        <source>the response was not complete</source>
        <translation>响应不完整</translation>
    </message>
    <message>
        <source>the status is a 5xx</source>
        <translation>状态码是 5xx</translation>
    </message>
    <message>
        <source>the status is not a 5xx</source>
        <translation>状态码不是 5xx</translation>
    </message>
    <message>
        <source>a gateway made the answer</source>
        <translation>响应由网关生成</translation>
    </message>
    <message>
        <source>no sign that a gateway made the answer</source>
        <translation>没有迹象表明响应由网关生成</translation>
    </message>
    <message>
        <source>a gateway is on the way</source>
        <translation>途中有网关</translation>
    </message>
    <message>
        <source>no gateway seen on the way</source>
        <translation>途中未见网关</translation>
    </message>
    <message>
        <source>the wait matches a gateway&apos;s read timeout</source>
        <translation>等待时间与某网关的读取超时相符</translation>
    </message>
    <message>
        <source>the wait matches no gateway&apos;s read timeout</source>
        <translation>等待时间与任何网关的读取超时都不相符</translation>
    </message>
    <message>
        <source>Apache&apos;s own error page</source>
        <translation>Apache 自己的错误页面</translation>
    </message>
    <message>
        <source>not Apache&apos;s own error page</source>
        <translation>不是 Apache 自己的错误页面</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>a timeout struck</source>
        <translation>发生了超时</translation>
    </message>
    <message>
        <source>the connection closed before a complete response</source>
        <translation>在完整响应之前连接已关闭</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>the bytes were not a usable HTTP response</source>
        <translation>这些字节不是可用的 HTTP 响应</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>the host name did not resolve</source>
        <translation>主机名无法解析</translation>
    </message>
    <message>
        <source>you cancelled the request</source>
        <translation>您取消了请求</translation>
    </message>
    <message>
        <source>the client ended the request itself</source>
        <translation>客户端自行结束了请求</translation>
    </message>
    <message>
        <source>the server reset the HTTP/2 stream</source>
        <translation>服务器重置了 HTTP/2 流</translation>
    </message>
    <message>
        <source>the server sent GOAWAY</source>
        <translation>服务器发送了 GOAWAY</translation>
    </message>
    <message>
        <source>the request body waited on a closed HTTP/2 window</source>
        <translation>请求体在等待已关闭的 HTTP/2 窗口</translation>
    </message>
    <message>
        <source>the server refused the request&apos;s header block</source>
        <translation>服务器拒绝了请求的头部块</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ExchangeActions</name>
    <message>
        <source>HAR entry</source>
        <translation>HAR 条目</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>重放(&amp;R)</translation>
    </message>
    <message>
        <source>Send this exchange&apos;s request again and show the answer beside the captured one</source>
        <translation>再次发送此交换的请求，并将响应显示在捕获的响应旁边</translation>
    </message>
    <message>
        <source>Replay &amp;through…</source>
        <translation>通过…重放(&amp;T)</translation>
    </message>
    <message>
        <source>Replay through a proxy, or to another address (--connect-to, --resolve)</source>
        <translation>通过代理或发往其他地址重放（--connect-to、--resolve）</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL (bash)</source>
        <translation>复制为 cURL (bash)(&amp;U)</translation>
    </message>
    <message>
        <source>Copy as &amp;HAR entry</source>
        <translation>复制为 HAR 条目(&amp;H)</translation>
    </message>
    <message>
        <source>Copy U&amp;RL</source>
        <translation>复制 URL(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open in builder</source>
        <translation>在构建器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xport report of this exchange…</source>
        <translation>导出此交换的报告(&amp;X)…</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Replay through…</source>
        <translation>通过…重放</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <source>&amp;Proxy (-x):</source>
        <translation>代理 (-x)(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Connect to (--connect-to):</source>
        <translation>连接到 (--connect-to)(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Resolve (--resolve):</source>
        <translation>解析 (--resolve)(&amp;R)：</translation>
    </message>
    <message>
        <source>Send %1 again another way; fields left empty keep the request&apos;s own route.</source>
        <translation>以其他方式再次发送 %1；留空的字段保持请求原有的路径。</translation>
    </message>
    <message>
        <source>Compare with &amp;origin…</source>
        <translation>与源站比较…(&amp;O)</translation>
    </message>
    <message>
        <source>Send this request as addressed and straight to the origin (same Host and TLS name), side by side</source>
        <translation>按原地址并直接向源站发送此请求（相同的 Host 和 TLS 名称），并排比较</translation>
    </message>
    <message>
        <source>Compare with origin…</source>
        <translation>与源站比较…</translation>
    </message>
    <message>
        <source>Send %1 as addressed and again straight to each address below (HOST:PORT, several separated by spaces), with the same Host header and TLS name. Nothing else is contacted and no redirect is followed.</source>
        <translation>按原地址发送 %1，并以相同的 Host 头和 TLS 名称再直接发往下面每个地址（HOST:PORT，多个用空格分隔）。不会联系其他地址，也不跟随重定向。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>&amp;Origins:</source>
        <translation>源站(&amp;O)：</translation>
    </message>
    <message>
        <source>Type at least one HOST:PORT.</source>
        <translation>请至少输入一个 HOST:PORT。</translation>
    </message>
    <message>
        <source>curl command (bash)</source>
        <translation>curl 命令 (bash)</translation>
    </message>
    <message>
        <source>curl command (cmd)</source>
        <translation>curl 命令 (cmd)</translation>
    </message>
    <message>
        <source>PowerShell command</source>
        <translation>PowerShell 命令</translation>
    </message>
    <message>
        <source>Copy as cURL (c&amp;md)</source>
        <translation>复制为 cURL (cmd)(&amp;M)</translation>
    </message>
    <message>
        <source>A curl command for the Windows command prompt, quoted as Chrome DevTools does</source>
        <translation>用于 Windows 命令提示符的 curl 命令，按 Chrome DevTools 的方式转义</translation>
    </message>
    <message>
        <source>Copy as &amp;PowerShell</source>
        <translation>复制为 PowerShell(&amp;P)</translation>
    </message>
    <message>
        <source>An Invoke-WebRequest command for PowerShell</source>
        <translation>用于 PowerShell 的 Invoke-WebRequest 命令</translation>
    </message>
    <message>
        <source>Optional: the addresses of the hops in between, client side first (the load balancer, then the pod&apos;s ingress…); the request goes straight to each too, and the conclusion says where along the chain it starts to fail.</source>
        <translation>可选:中间各跳的地址,客户端一侧在前(负载均衡器,然后是 Pod 的 Ingress…);请求也会直接发送到每一跳,结论会指出请求沿链路从哪里开始失败。</translation>
    </message>
    <message>
        <source>&amp;Through hops:</source>
        <translation>经由各跳(&amp;T):</translation>
    </message>
    <message>
        <source>Try over HTTP/&amp;1.1 / HTTP/2</source>
        <translation>通过 HTTP/1.1 / HTTP/2 尝试(&amp;1)</translation>
    </message>
    <message>
        <source>Send this request over HTTP/1.1 and over HTTP/2 and compare the verdicts: a fault that appears over one protocol only is called out</source>
        <translation>分别通过 HTTP/1.1 和 HTTP/2 发送此请求并比较结论:只在一种协议下出现的故障会被指出</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>HTML (self-contained page)</source>
        <translation>HTML（独立页面）</translation>
    </message>
    <message>
        <source>Markdown (tickets, chat)</source>
        <translation>Markdown（工单、聊天）</translation>
    </message>
    <message>
        <source>JSON (diagnosis document)</source>
        <translation>JSON（诊断文档）</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>页面大小(&amp;P)：</translation>
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
        <translation>显示短哈希而不是 [redacted]，使相同的机密仍可对应</translation>
    </message>
    <message>
        <source>Include secrets (turn redaction off)</source>
        <translation>包含机密（关闭遮蔽）</translation>
    </message>
    <message>
        <source>⚠ Redaction is off: this report will contain passwords, tokens, cookies and keys exactly as captured. Share it only with people allowed to use them.</source>
        <translation>⚠ 遮蔽已关闭：此报告将按抓取原样包含密码、令牌、Cookie 和密钥。只能与有权使用它们的人共享。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>What redaction removes</source>
        <translation>遮蔽会去除的内容</translation>
    </message>
    <message>
        <source>As captured</source>
        <translation>按抓取原样</translation>
    </message>
    <message>
        <source>As exported with redaction</source>
        <translation>按遮蔽后导出</translation>
    </message>
    <message>
        <source>&amp;Copy Markdown</source>
        <translation>复制 Markdown(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>As exported with redaction — %1</source>
        <translation>按遮蔽后导出 — %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <extracomment>%1 file name</extracomment>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <extracomment>file dialog filter; %1 = extension such as &quot;html&quot;</extracomment>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Report (*.%1)</source>
        <translation>报告 (*.%1)</translation>
    </message>
    <message>
        <source>Markdown copied to the clipboard</source>
        <translation>Markdown 已复制到剪贴板</translation>
    </message>
    <message>
        <source>Include healthy exchanges</source>
        <translation>包含正常的交换</translation>
    </message>
    <message>
        <source>Selected exchange only</source>
        <translation>仅所选的交换</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::HexModel</name>
    <message>
        <source>Offset %1: %2</source>
        <translation>偏移 %1：%2</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Bytes (hex)</source>
        <translation>字节（十六进制）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::HopRowView</name>
    <message>
        <source>Hops</source>
        <translation>跳</translation>
    </message>
    <message>
        <source>%1 (made the answer)</source>
        <translation>%1（生成了该应答）</translation>
    </message>
    <message>
        <source>made the answer</source>
        <translation>生成了该应答</translation>
    </message>
    <message>
        <source>no header of its own</source>
        <translation>没有自己的头部</translation>
    </message>
    <message>
        <source>What it added:</source>
        <translation>它添加的内容：</translation>
    </message>
    <message>
        <source>Its place comes from its Via entry.</source>
        <translation>其位置来自它的 Via 条目。</translation>
    </message>
    <message>
        <source>Only the diagnosis names it: no header of its own shows where it stands.</source>
        <translation>只有诊断提到它：没有它自己的头部表明它的位置。</translation>
    </message>
    <message>
        <source>The address the client connected to; no header names a product.</source>
        <translation>客户端所连接的地址；没有头部指明产品。</translation>
    </message>
    <message>
        <source>Its place is the product&apos;s usual position (edge, load balancer, proxy), not proven by a header.</source>
        <translation>其位置是该产品的常见位置（边缘、负载均衡器、代理），并未由头部证实。</translation>
    </message>
    <message>
        <source>No header shows it: it stands behind the last hop because you gave its timeouts.</source>
        <translation>没有任何头字段显示它:它位于最后一跳之后,因为您给出了它的超时。</translation>
    </message>
    <message>
        <source>Timeouts:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source>%1 %2 (as you gave it)</source>
        <translation>%1 %2（按您给出的值）</translation>
    </message>
    <message>
        <source>%1 %2 (default)</source>
        <translation>%1 %2（默认）</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::KeepAliveWindow</name>
    <message>
        <source>Idle for %1 s</source>
        <translation>已空闲 %1 秒</translation>
    </message>
    <message>
        <source>Answered; watching the idle connection…</source>
        <translation>已应答；正在观察空闲连接…</translation>
    </message>
    <message>
        <source>the hop in front</source>
        <translation>前置跳点</translation>
    </message>
    <message>
        <source>Sending one request to %1…</source>
        <translation>正在向 %1 发送一个请求…</translation>
    </message>
    <message>
        <source>Stopped by you.</source>
        <translation>已由您停止。</translation>
    </message>
    <message>
        <source>No response from %1.</source>
        <translation>%1 没有应答。</translation>
    </message>
    <message>
        <source>%1 closes the connection with its answer: nothing to race.</source>
        <translation>%1 在应答时即关闭连接：不存在竞争。</translation>
    </message>
    <message>
        <source>%1 kept the idle connection open for all %2 s watched.</source>
        <translation>在观察的全部 %2 秒内，%1 一直保持空闲连接打开。</translation>
    </message>
    <message>
        <source>%1 closes idle connections after %2 s — before %3 stops reusing them (%4 s): an intermittent 502.</source>
        <translation>%1 在空闲 %2 秒后关闭连接——早于 %3 停止复用它们（%4 秒）：会出现间歇性 502。</translation>
    </message>
    <message>
        <source>%1 closes idle connections after %2 s, less than a second after %3 stops reusing them.</source>
        <translation>%1 在空闲 %2 秒后关闭连接，仅比 %3 停止复用它们晚不到一秒。</translation>
    </message>
    <message>
        <source>%1 closes idle connections after %2 s, after %3 stops reusing them: safe.</source>
        <translation>%1 在空闲 %2 秒后关闭连接，晚于 %3 停止复用它们：安全。</translation>
    </message>
    <message>
        <source>%1 closes idle connections after %2 s.</source>
        <translation>%1 在空闲 %2 秒后关闭连接。</translation>
    </message>
    <message>
        <source>Closed after %1 s idle</source>
        <translation>空闲 %1 秒后关闭</translation>
    </message>
    <message>
        <source>give seconds</source>
        <translation>请输入秒数</translation>
    </message>
    <message>
        <source>its default</source>
        <translation>其默认值</translation>
    </message>
    <message>
        <source>Keep-alive timeout of %1</source>
        <translation>%1 的 Keep-Alive 超时</translation>
    </message>
    <message>
        <source>Measures how long %1 keeps an idle connection open: one request (GET %2) on a new connection, then the connection is left idle until the server closes it. Nothing else is sent.</source>
        <translation>测量 %1 将空闲连接保持打开多久：在新连接上发送一个请求（GET %2），然后让连接空闲，直到服务器关闭它。不会发送其他任何内容。</translation>
    </message>
    <message>
        <source>&amp;Hop in front:</source>
        <translation>前置跳点(&amp;H)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2 s by default)</source>
        <translation>%1（默认 %2 秒）</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>&amp;Watch at most (s):</source>
        <translation>最长观察秒数(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>keeps &amp;idle connections (s):</source>
        <translation>保持空闲连接秒数(&amp;I)：</translation>
    </message>
    <message>
        <source>Hop in front taken from the hop chain of the exchange shown: %1.</source>
        <translation>前方的跳点取自所显示交换的跳点链：%1。</translation>
    </message>
    <message>
        <source>The hop chain of the exchange shown has %1 in front, whose idle timeout is not known: choose &quot;other&quot; and give it in seconds.</source>
        <translation>所显示交换的跳点链中前方是 %1，其空闲超时未知：请选择“其他”并以秒为单位填写。</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::KeyValueTable</name>
    <message>
        <source>Row %1: %2</source>
        <extracomment>%1 = row number, %2 = what is wrong with it</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LabPage</name>
    <message>
        <source>The lab did not start: %1</source>
        <translation>实验室未能启动：%1</translation>
    </message>
    <message numerus="yes">
        <source>All %n scenarios gave the expected diagnosis.</source>
        <translation>
            <numerusform>全部 %n 个场景都得到了预期诊断。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scenarios gave the expected diagnosis; the crossed ones say what differed.</source>
        <translation>
            <numerusform>%n 个场景中有 %1 个得到了预期诊断；打叉的场景说明了差异所在。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the live diagnosis matches the expected one.</source>
        <translation>%1：实时诊断与预期一致。</translation>
    </message>
    <message>
        <source>%1: the live diagnosis differs — %2</source>
        <translation>%1：实时诊断不同 — %2</translation>
    </message>
    <message numerus="yes">
        <source>sent %n times at once</source>
        <translation>
            <numerusform>同时发送 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Expected diagnosis: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <extracomment>Lab detail: %1 = the expected diagnosis (&quot;504 · upstream.timeout · by gatescope-lab&quot;), %2 = the textbook case</extracomment>
        <translation>&lt;p&gt;预期诊断：&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>✓ Live diagnosis: &lt;b&gt;%1&lt;/b&gt; — as expected.</source>
        <translation>✓ 实时诊断：&lt;b&gt;%1&lt;/b&gt; — 符合预期。</translation>
    </message>
    <message>
        <source>✗ Live diagnosis: &lt;b&gt;%1&lt;/b&gt; — %2.</source>
        <translation>✗ 实时诊断：&lt;b&gt;%1&lt;/b&gt; — %2。</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>全部运行</translation>
    </message>
    <message>
        <source>Run every scenario, one after the other</source>
        <translation>依次运行每个场景</translation>
    </message>
    <message>
        <source>Start the 5xx Lab</source>
        <translation>启动 5xx 实验室</translation>
    </message>
    <message>
        <source>5xx Lab — running on 127.0.0.1 only</source>
        <translation>5xx 实验室 — 仅在 127.0.0.1 上运行</translation>
    </message>
    <message>
        <source>Welcome to the 5xx Lab</source>
        <translation>欢迎来到 5xx 实验室</translation>
    </message>
    <message numerus="yes">
        <source>Running “%1”: %n requests at once…</source>
        <translation>
            <numerusform>正在运行“%1”：同时发送 %n 个请求…</numerusform>
        </translation>
    </message>
    <message>
        <source>Running “%1”…</source>
        <translation>正在运行“%1”…</translation>
    </message>
    <message numerus="yes">
        <source>%n more queued.</source>
        <translation>
            <numerusform>另有 %n 个在排队。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scenarios matched so far.</source>
        <translation>
            <numerusform>到目前为止，%n 个场景中有 %1 个相符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenarios ready. Press Run on one (or Run all): its requests appear in the waterfall, the verdict in the diagnosis pane.</source>
        <translation>
            <numerusform>%n 个场景已就绪。点击某个场景的“运行”（或“全部运行”）：其请求显示在瀑布图中，结论显示在诊断面板中。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No broken server at hand? The lab starts one of every kind &lt;b&gt;inside Gatescope, on this machine&apos;s loopback address (127.0.0.1) only&lt;/b&gt;: a misbehaving origin and a small gateway in front of it, with one ready request per textbook case of 500, 502, 503 and 504 and per way a connection can fail. Nothing goes to the network; the lab stops when you quit.&lt;/p&gt;&lt;p&gt;Run a scenario: its requests appear in the waterfall, the diagnosis pane says which hop produced the error and why, and a check mark shows that the live diagnosis is the one the textbook expects.&lt;/p&gt;</source>
        <translation>&lt;p&gt;手头没有坏掉的服务器？实验室会为每种情况各启动一个，&lt;b&gt;全部在 Gatescope 内部运行，只使用本机的回环地址（127.0.0.1）&lt;/b&gt;：一个会出错的源站，以及位于其前面的小型网关；500、502、503 和 504 的每个教科书案例，以及连接可能失败的每种方式，都各有一个现成的请求。不会向网络发送任何内容；退出程序时实验室也会停止。&lt;/p&gt;&lt;p&gt;运行一个场景：其请求会出现在瀑布图中，诊断面板会说明是哪一跳产生了错误以及原因，对勾表示实时诊断与教科书的预期一致。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LabRunPresenter</name>
    <message>
        <source>gatescope-lab read timeout</source>
        <extracomment>Waterfall marker of the 5xx Lab&apos;s gateway; the scale appends the time (&quot;… 2 s&quot;)</extracomment>
        <translation>gatescope-lab 读取超时</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LabScenarioDelegate</name>
    <message>
        <source>Live: %1</source>
        <extracomment>Lab: the diagnosis the last run actually gave</extracomment>
        <translation>实时：%1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LabScenarioModel</name>
    <message>
        <source> · by %1</source>
        <extracomment>Lab: who produced the answer, e.g. &quot;504 · upstream.timeout · by gatescope-lab&quot;</extracomment>
        <translation> · 由 %1</translation>
    </message>
    <message>
        <source> · predicted</source>
        <extracomment>Lab: the status is what a gateway in front would have answered, not a status received</extracomment>
        <translation> · 预测</translation>
    </message>
    <message>
        <source>status %1 instead of %2</source>
        <extracomment>Lab: %1 = status diagnosed, %2 = status expected</extracomment>
        <translation>状态为 %1 而不是 %2</translation>
    </message>
    <message>
        <source>cause %1 instead of %2</source>
        <translation>原因为 %1 而不是 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>produced by %1 instead of %2</source>
        <translation>由 %1 而不是 %2 产生</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>a received status where a predicted one was expected</source>
        <translation>预期为预测状态，得到的却是实际收到的状态</translation>
    </message>
    <message>
        <source>a predicted status where a received one was expected</source>
        <translation>预期为实际收到的状态，得到的却是预测状态</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>相符</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>不同</translation>
    </message>
    <message>
        <source>Run</source>
        <extracomment>Lab: the button that sends one scenario&apos;s request(s)</extracomment>
        <translation>运行</translation>
    </message>
    <message>
        <source>Diagnosed %1 — %2</source>
        <translation>诊断为 %1 — %2</translation>
    </message>
    <message>
        <source>Diagnosed %1, as expected. %2</source>
        <translation>诊断为 %1，符合预期。%2</translation>
    </message>
    <message numerus="yes">
        <source>Send %n requests at once</source>
        <translation>
            <numerusform>同时发送 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>发送该请求</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>不同：%1</translation>
    </message>
    <message>
        <source>Expected diagnosis %1. %2</source>
        <translation>预期诊断 %1。%2</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>State: a check mark when the live diagnosis matches the expected one</source>
        <extracomment>Lab table header (a narrow column of check marks): did the live diagnosis match the expected one</extracomment>
        <translation>状态：实时诊断与预期一致时显示对勾</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Expected diagnosis</source>
        <translation>预期诊断</translation>
    </message>
    <message>
        <source>no exchange</source>
        <translation>没有交换</translation>
    </message>
    <message>
        <source>the scenario produced no exchange to diagnose</source>
        <translation>该场景没有产生可诊断的交换</translation>
    </message>
    <message>
        <source>the verdict differs from the expected one</source>
        <translation>结论与预期不同</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LabScenarioView</name>
    <message>
        <source>5xx Lab scenarios</source>
        <translation>5xx 实验室场景</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LoadScriptDialog</name>
    <message>
        <source>Saved %1</source>
        <extracomment>%1 file name</extracomment>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Locust locustfile (*.py)</source>
        <translation>Locust locustfile (*.py)</translation>
    </message>
    <message>
        <source>k6 script (*.js)</source>
        <translation>k6 脚本 (*.js)</translation>
    </message>
    <message>
        <source>Save load script</source>
        <translation>保存负载脚本</translation>
    </message>
    <message>
        <source>The ramp makes %1 steps; at most %2.</source>
        <translation>该爬坡有 %1 级；最多 %2 级。</translation>
    </message>
    <message>
        <source>No credentials found: the script holds the requests as they are.</source>
        <translation>未发现凭据：脚本按原样包含这些请求。</translation>
    </message>
    <message>
        <source>Credentials are not written into the script; set these environment variables before running it:</source>
        <translation>凭据不会写入脚本；运行前请设置以下环境变量：</translation>
    </message>
    <message>
        <source>Export as Locust or k6</source>
        <translation>导出为 Locust 或 k6</translation>
    </message>
    <message numerus="yes">
        <source>Requests from %1: %Ln, written as a load script for a distributed engine, which runs the load beyond one workstation.</source>
        <extracomment>%1 where the requests come from (a collection&apos;s name, &quot;Watch of …&quot;)</extracomment>
        <translation>
            <numerusform>来自 %1 的请求：%Ln 个，写成分布式引擎的负载脚本，由它产生超出单台工作站的负载。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>引擎(&amp;E)：</translation>
    </message>
    <message>
        <source>Locust locustfile (Python; standalone or master + workers)</source>
        <translation>Locust locustfile（Python；单机或 master + worker）</translation>
    </message>
    <message>
        <source>k6 script (JavaScript; ramping-vus)</source>
        <translation>k6 脚本（JavaScript；ramping-vus）</translation>
    </message>
    <message>
        <source>&amp;Ramp users:</source>
        <translation>用户爬坡(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Ste&amp;p:</source>
        <translation>步长(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Hold (s):</source>
        <translation>保持秒数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::LogsPane</name>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Open log…</source>
        <translation>打开日志…</translation>
    </message>
    <message>
        <source>Paste log</source>
        <translation>粘贴日志</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Log line</source>
        <translation>日志行</translation>
    </message>
    <message>
        <source>Open, drop or paste a gateway log (nginx, HAProxy, Apache, Envoy, Caddy, Traefik, Varnish, Squid, ALB, CloudFront, API Gateway, Heroku, GCP, Cloudflare, Kong; plain or gzip): the line that belongs to the selected exchange then decides its diagnosis.</source>
        <translation>打开、拖入或粘贴网关日志（nginx、HAProxy、Apache、Envoy、Caddy、Traefik、Varnish、Squid、ALB、CloudFront、API Gateway、Heroku、GCP、Cloudflare、Kong；纯文本或 gzip）：属于所选交换的日志行将决定其诊断。</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>拖入的文本</translation>
    </message>
    <message>
        <source>Open gateway log</source>
        <translation>打开网关日志</translation>
    </message>
    <message>
        <source>pasted log</source>
        <translation>粘贴的日志</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n line(s)</source>
        <translation>
            <numerusform>%1：%2，%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failure(s)</source>
        <translation>
            <numerusform>，%n 个故障</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n malformed line(s) (%1)</source>
        <translation>
            <numerusform>，%n 行格式错误（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failure(s)</source>
        <translation>
            <numerusform>%1：%n 个故障</numerusform>
        </translation>
    </message>
    <message>
        <source>Only lines no exchange explains</source>
        <translation>仅显示没有请求可解释的行</translation>
    </message>
    <message>
        <source>Hide the lines that belong to an exchange of the waterfall</source>
        <translation>隐藏属于瀑布图中某个请求的行</translation>
    </message>
    <message>
        <source>Diagnose them on their own</source>
        <translation>单独诊断这些行</translation>
    </message>
    <message>
        <source>Show each failure line no exchange explains as an exchange of its own, diagnosed from what the line says</source>
        <translation>将每条没有请求可解释的失败行显示为独立的请求，并根据该行内容进行诊断</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>joined by its request id</source>
        <translation>按请求 ID 关联</translation>
    </message>
    <message>
        <source>joined by method, path and time</source>
        <translation>按方法、路径和时间关联</translation>
    </message>
    <message>
        <source>joined by time only (the line names no request)</source>
        <translation>仅按时间关联（该行未指明请求）</translation>
    </message>
    <message>
        <source>joined by method and path (the exchange has no time)</source>
        <translation>按方法和路径关联（该请求没有时间）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No exchange of the waterfall explains this line</source>
        <translation>瀑布图中没有请求可解释此行</translation>
    </message>
    <message>
        <source>Joined by</source>
        <translation>关联依据</translation>
    </message>
    <message>
        <source>How the line was matched to its exchange: by a request id both carry, or by method, path and time (less sure)</source>
        <translation>该行如何与其交换关联：依据双方都带有的请求 ID，或依据方法、路径和时间（不太确定）</translation>
    </message>
    <message>
        <source>request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>method, path, time</source>
        <translation>方法、路径、时间</translation>
    </message>
    <message>
        <source>time only</source>
        <translation>仅时间</translation>
    </message>
    <message>
        <source>method, path (no time)</source>
        <translation>方法、路径（无时间）</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::MainWindow</name>
    <message>
        <source>New collection</source>
        <translation>新集合</translation>
    </message>
    <message>
        <source>Import captures</source>
        <translation>导入抓包</translation>
    </message>
    <message>
        <source>Captures (*.har *.http *.rest *.txt *.curl *.sh);;All files (*)</source>
        <translation>抓包文件 (*.har *.http *.rest *.txt *.curl *.sh);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Gatescope</source>
        <translation>关于 Gatescope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gatescope %1&lt;/h3&gt;&lt;p&gt;Tells which hop produced an HTTP 500, 502, 503 or 504, why, and what to do about it.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gatescope %1&lt;/h3&gt;&lt;p&gt;找出是哪一跳产生了 HTTP 500、502、503 或 504，原因是什么，以及该怎么办。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>pasted curl command</source>
        <translation>粘贴的 curl 命令</translation>
    </message>
    <message>
        <source>The pasted command holds no request.</source>
        <translation>粘贴的命令中没有请求。</translation>
    </message>
    <message>
        <source>Request taken from the pasted curl command.</source>
        <translation>已根据粘贴的 curl 命令生成请求。</translation>
    </message>
    <message>
        <source>5xx Lab</source>
        <translation>5xx 实验室</translation>
    </message>
    <message>
        <source>Gatescope</source>
        <translation>Gatescope</translation>
    </message>
    <message>
        <source>Workspace: collections, captures and history</source>
        <translation>工作区：集合、抓包和历史记录</translation>
    </message>
    <message>
        <source>Timing waterfall</source>
        <translation>计时瀑布图</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>请求(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>新建请求(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;collection</source>
        <translation>新建集合(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a HAR file, a .http file, a curl command or a raw HTTP exchange</source>
        <translation>导入 HAR 文件、.http 文件、curl 命令或原始 HTTP 交换</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Paste as request</source>
        <translation>粘贴为请求(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Workspace sidebar</source>
        <translation>工作区侧栏(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Diagnosis pane</source>
        <translation>诊断面板(&amp;D)</translation>
    </message>
    <message>
        <source>Go to &amp;URL</source>
        <translation>转到 URL(&amp;U)</translation>
    </message>
    <message>
        <source>Go to w&amp;orkspace</source>
        <translation>转到工作区(&amp;O)</translation>
    </message>
    <message>
        <source>Go to &amp;waterfall</source>
        <translation>转到瀑布图(&amp;W)</translation>
    </message>
    <message>
        <source>Go to dia&amp;gnosis</source>
        <translation>转到诊断(&amp;G)</translation>
    </message>
    <message>
        <source>Gateway &amp;timeout markers…</source>
        <translation>网关超时标记(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;5xx Lab</source>
        <translation>5xx 实验室(&amp;5)</translation>
    </message>
    <message>
        <source>&amp;About Gatescope</source>
        <translation>关于 Gatescope(&amp;A)</translation>
    </message>
    <message>
        <source>The workspace could not be read (%1); starting with an empty one. The old file is kept as workspace.json.broken.</source>
        <translation>无法读取工作区（%1）；将以空工作区启动。旧文件保留为 workspace.json.broken。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Gateway timeout markers</source>
        <translation>网关超时标记</translation>
    </message>
    <message>
        <source>One marker per line: a name, &quot;=&quot;, and the timeout in seconds. Leave empty for the defaults.</source>
        <translation>每行一个标记：名称、“=”以及以秒为单位的超时。留空则使用默认值。</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>正在发送 %1 %2…</translation>
    </message>
    <message>
        <source>Opening the capture…</source>
        <translation>正在打开抓包…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <extracomment>%1 = file name or &quot;pasted text&quot;</extracomment>
        <translation>正在导入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 — entries: %Ln.</source>
        <extracomment>%1 = capture name, %n = entries</extracomment>
        <translation>
            <numerusform>已导入 %1 — 条目数：%Ln。</numerusform>
        </translation>
    </message>
    <message>
        <source>New request from %1.</source>
        <translation>从 %1 新建了请求。</translation>
    </message>
    <message numerus="yes">
        <source>Requests imported into a new collection: %Ln.</source>
        <translation>
            <numerusform>已导入新集合的请求数：%Ln。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no request or exchange.</source>
        <translation>%1 不包含任何请求或交换。</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The clipboard holds no text to turn into a request.</source>
        <translation>剪贴板中没有可转换为请求的文本。</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>The dropped text is larger than %1; save it to a file and import that.</source>
        <translation>拖入的文本大于 %1；请保存为文件后再导入。</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>拖入的文本</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>Nothing to export yet: send a request or open a capture first.</source>
        <translation>还没有可导出的内容：请先发送请求或打开抓包。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Stop the running import; the workspace stays as it was</source>
        <translation>停止正在进行的导入；工作区保持原样</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; the workspace is unchanged.</source>
        <translation>%1 的导入已取消；工作区未改变。</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>正在取消导入…</translation>
    </message>
    <message>
        <source>Importing %1: %2% done</source>
        <extracomment>%1 = file names, %2 = percent done</extracomment>
        <translation>正在导入 %1：已完成 %2%</translation>
    </message>
    <message>
        <source>5xx Lab: running %1…</source>
        <extracomment>%1 = scenario title</extracomment>
        <translation>5xx 实验室：正在运行 %1…</translation>
    </message>
    <message>
        <source>A request is running; the capture opens when it ends or is cancelled.</source>
        <translation>有请求正在运行；它结束或被取消后将打开该捕获。</translation>
    </message>
    <message numerus="yes">
        <source>%1: entries: %Ln, none failed.</source>
        <translation>
            <numerusform>%1：%Ln 个条目，均未失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>A request is running; the run opens when it ends or is cancelled.</source>
        <translation>有请求正在运行；它结束或被取消后将打开该运行。</translation>
    </message>
    <message>
        <source>%1: cancelled by you after %2 s</source>
        <extracomment>%1 = method and URL, %2 = seconds</extracomment>
        <translation>%1：您在 %2 秒后取消</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <extracomment>%1 = method and URL, %2 = status or &quot;no response&quot;, %3 = one-sentence verdict</extracomment>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>Copied the %1 to the clipboard.</source>
        <translation>已将%1复制到剪贴板。</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>%1 is already imported: showing it. To import it anew, delete it in the sidebar first.</source>
        <extracomment>%1 = file name</extracomment>
        <translation>%1 已导入，正在显示。若要重新导入，请先在侧边栏中删除它。</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <extracomment>%1 = method and URL</extracomment>
        <translation>正在重放 %1…</translation>
    </message>
    <message>
        <source>Replayed: captured %1 → now %2</source>
        <extracomment>%1 = what was captured, %2 = what came back now</extracomment>
        <translation>已重放：捕获时 %1 → 现在 %2</translation>
    </message>
    <message>
        <source>Request taken from the pasted curl command. Not taken: %1</source>
        <translation>已从粘贴的 curl 命令获取请求。未采用：%1</translation>
    </message>
    <message>
        <source>&amp;Watch…</source>
        <translation>观察(&amp;W)…</translation>
    </message>
    <message>
        <source>Send this request again and again to catch a 5xx that comes and goes</source>
        <translation>反复发送此请求，以捕获时有时无的 5xx</translation>
    </message>
    <message>
        <source>Watch needs an http:// or https:// URL in the request builder.</source>
        <translation>观察需要在请求编辑器中填写 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Ra&amp;mp…</source>
        <translation>爬坡(&amp;M)…</translation>
    </message>
    <message>
        <source>Raise the number of these requests in flight step by step and find where latency or errors turn</source>
        <translation>逐级提高此请求的并发数，找出延迟或错误开始转折之处</translation>
    </message>
    <message>
        <source>Ramp needs an http:// or https:// URL in the request builder.</source>
        <translation>爬坡需要在请求编辑器中填写 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Gateway logs</source>
        <translation>网关日志</translation>
    </message>
    <message>
        <source>Gateway &amp;logs</source>
        <translation>网关日志(&amp;L)</translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <extracomment>%1 = the waterfall row&apos;s number, %2 = method, %3 = path</extracomment>
        <translation>#%1 %2 %3</translation>
    </message>
    <message>
        <source>log lines</source>
        <translation>日志行</translation>
    </message>
    <message>
        <source>The waterfall is busy with the request under way; try again when it ends.</source>
        <translation>瀑布图正在显示进行中的请求；请在其结束后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n log line(s) no exchange explains, each diagnosed from what it says.</source>
        <translation>
            <numerusform>%n 条没有请求可解释的日志行，均根据其内容进行诊断。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as &amp;Locust or k6…</source>
        <translation>导出为 &amp;Locust 或 k6…</translation>
    </message>
    <message>
        <source>Write the selected collection, or the request being edited, as a Locust or k6 load script</source>
        <translation>将所选集合或正在编辑的请求写成 Locust 或 k6 负载脚本</translation>
    </message>
    <message>
        <source>A load script needs an http:// or https:// URL in the request builder, or a collection selected in the sidebar.</source>
        <translation>负载脚本需要请求编辑器中的 http:// 或 https:// URL，或在侧栏中选中的集合。</translation>
    </message>
    <message>
        <source>&amp;Keep-alive timeout…</source>
        <translation>Keep-Alive 超时(&amp;K)…</translation>
    </message>
    <message>
        <source>Measure how long this host keeps an idle connection open and compare it with the hop in front: the keep-alive race behind intermittent 502s</source>
        <translation>测量此主机将空闲连接保持打开多久，并与前置跳点比较：间歇性 502 背后的 keep-alive 竞争</translation>
    </message>
    <message>
        <source>The keep-alive measurement needs an http:// or https:// URL in the request builder.</source>
        <translation>Keep-Alive 测量需要请求编辑器中的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Open lo&amp;g…</source>
        <translation>打开日志(&amp;G)…</translation>
    </message>
    <message>
        <source>Open a gateway&apos;s log: its lines join the exchanges and decide their diagnosis</source>
        <translation>打开网关日志：其日志行与各交换关联并决定其诊断</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::OriginCompareDialog</name>
    <message>
        <source>Compare with origin — %1</source>
        <translation>与源站比较 — %1</translation>
    </message>
    <message>
        <source>as addressed</source>
        <translation>按原地址</translation>
    </message>
    <message>
        <source>straight to %1</source>
        <translation>直接发往 %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::PdfReportWriter</name>
    <message>
        <source>Gatescope report — %1</source>
        <translation>Gatescope 报告 — %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ProbeOptionsEditor</name>
    <message>
        <source> ms</source>
        <extracomment>Unit suffix of a time field, with its leading space</extracomment>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>no limit</source>
        <extracomment>Shown in a timeout field set to 0</extracomment>
        <translation>不限制</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>连接超时(&amp;C)：</translation>
    </message>
    <message>
        <source>TLS &amp;handshake timeout:</source>
        <translation>TLS 握手超时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;First-byte timeout:</source>
        <translation>首字节超时(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>总超时(&amp;O)：</translation>
    </message>
    <message>
        <source>Name lookup and TCP connect (curl --connect-timeout)</source>
        <translation>名称解析和 TCP 连接（curl --connect-timeout）</translation>
    </message>
    <message>
        <source>From the request being written to the first byte of the answer</source>
        <translation>从请求写出到收到响应的第一个字节</translation>
    </message>
    <message>
        <source>The whole exchange (curl -m); 0 = no limit</source>
        <translation>整个交换（curl -m）；0 = 不限制</translation>
    </message>
    <message>
        <source>Follow &amp;redirects, at most</source>
        <translation>跟随重定向(&amp;R)，最多</translation>
    </message>
    <message>
        <source>Maximum number of redirects</source>
        <translation>最大重定向次数</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>跟随重定向</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates (off = curl -k)</source>
        <translation>验证 TLS 证书(&amp;V)（关闭 = curl -k）</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>验证 TLS 证书</translation>
    </message>
    <message>
        <source>Proxy from the environment</source>
        <translation>使用环境变量中的代理</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>使用此代理：</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>http://proxy.example:3128 or socks5h://127.0.0.1:1080</source>
        <translation>http://proxy.example:3128 或 socks5h://127.0.0.1:1080</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>代理 URL</translation>
    </message>
    <message>
        <source>&amp;Address overrides:</source>
        <translation>地址覆盖(&amp;A)：</translation>
    </message>
    <message>
        <source>One per line, as curl takes them:
--resolve example.test:443:127.0.0.1
--connect-to example.test:443:backend.internal:8443</source>
        <translation>每行一条，写法与 curl 相同：
--resolve example.test:443:127.0.0.1
--connect-to example.test:443:backend.internal:8443</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: start with --resolve or --connect-to</source>
        <translation>“%1”：请以 --resolve 或 --connect-to 开头</translation>
    </message>
    <message>
        <source>Proxy: &quot;%1&quot; is not a proxy URL (http://, https://, socks5:// or socks5h://host:port)</source>
        <translation>代理：“%1”不是代理 URL（http://、https://、socks5:// 或 socks5h://host:port）</translation>
    </message>
    <message>
        <source>Address overrides, line %1: %2</source>
        <extracomment>%1 = line number in the address overrides field, %2 = what is wrong</extracomment>
        <translation>地址覆盖，第 %1 行：%2</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>协议(&amp;T)：</translation>
    </message>
    <message>
        <source>HTTP/1.1 (curl --http1.1)</source>
        <translation>HTTP/1.1(curl --http1.1)</translation>
    </message>
    <message>
        <source>HTTP/2 without asking (curl --http2-prior-knowledge)</source>
        <translation>不经协商直接使用 HTTP/2(curl --http2-prior-knowledge)</translation>
    </message>
    <message>
        <source>HTTP/2 when the server agrees: ALPN over TLS, Upgrade over http (curl --http2)</source>
        <translation>服务器同意时使用 HTTP/2:TLS 上用 ALPN,http 上用 Upgrade(curl --http2)</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ProtocolCompareDialog</name>
    <message>
        <source>HTTP/1.1 and HTTP/2 — %1</source>
        <translation>HTTP/1.1 与 HTTP/2 — %1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::RampChart</name>
    <message>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>knee at %1: %2</source>
        <translation>拐点在 %1：%2</translation>
    </message>
    <message>
        <source>answers per second without failure (left)</source>
        <translation>每秒无失败应答数（左）</translation>
    </message>
    <message>
        <source>p90 (right)</source>
        <translation>p90（右）</translation>
    </message>
    <message>
        <source>failure share (slot height = 100 %)</source>
        <translation>失败比例（格高 = 100 %）</translation>
    </message>
    <message>
        <source>concurrency (requests in flight)</source>
        <translation>并发数（同时进行的请求）</translation>
    </message>
    <message>
        <source>knee at %1 a second: %2</source>
        <translation>拐点在每秒 %1：%2</translation>
    </message>
    <message>
        <source>arrival rate (requests started a second, whatever the answers)</source>
        <translation>到达速率（每秒发出的请求，不论应答如何）</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::RampWindow</name>
    <message>
        <source>Send up to %1 requests to %2, up to %3 at once, over at most %4 s?</source>
        <translation>向 %2 发送最多 %1 个请求，最多 %3 个同时进行，最长 %4 秒？</translation>
    </message>
    <message>
        <source>This goes above the gentle caps: %1.</source>
        <translation>这超出了温和上限：%1。</translation>
    </message>
    <message>
        <source>Load only servers you run or may test.</source>
        <translation>只对您运行或有权测试的服务器施加负载。</translation>
    </message>
    <message>
        <source>Start the ramp?</source>
        <translation>开始爬坡？</translation>
    </message>
    <message>
        <source>&amp;Start the ramp</source>
        <translation>开始爬坡(&amp;S)</translation>
    </message>
    <message>
        <source>Ramping…</source>
        <translation>正在爬坡…</translation>
    </message>
    <message>
        <source>Cannot run: %1.</source>
        <translation>无法运行：%1。</translation>
    </message>
    <message>
        <source>At most %1 requests (%2 per step) to %3, at most %4 s. Nothing is sent before you confirm.</source>
        <translation>最多 %1 个请求（每级 %2 个）发往 %3，最长 %4 秒。在您确认之前不会发送任何内容。</translation>
    </message>
    <message>
        <source>(The default budget: %1 requests a step.)</source>
        <translation>（默认预算：每级 %1 个请求。）</translation>
    </message>
    <message>
        <source>Ramp %1</source>
        <translation>爬坡 %1</translation>
    </message>
    <message>
        <source>Capacity probe of %1 %2 — target host %3</source>
        <translation>%1 %2 的容量探测 — 目标主机 %3</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>终止(&amp;T)：</translation>
    </message>
    <message>
        <source>Ste&amp;p:</source>
        <translation>步长(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Hold (s):</source>
        <translation>保持秒数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>开始(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Requests in flight at once, each on its own connection</source>
        <translation>同时进行的请求数，每个请求使用自己的连接</translation>
    </message>
    <message>
        <source>&amp;Export as…</source>
        <translation>导出为(&amp;E)…</translation>
    </message>
    <message>
        <source>Write this ramp as a Locust or k6 load script, to run it on more machines</source>
        <translation>将此爬坡写成 Locust 或 k6 负载脚本，以便在更多机器上运行</translation>
    </message>
    <message>
        <source>Send up to %1 requests to %2, up to %3 a second whatever the answers (at most %4 at once), over at most %5 s?</source>
        <translation>向 %2 发送最多 %1 个请求，每秒最多 %3 个、不论应答如何（同时最多 %4 个），最长 %5 秒？</translation>
    </message>
    <message>
        <source>Open loop: each request starts on time whatever the answers, at most %1 in flight.</source>
        <translation>开环：每个请求按时发出，不论应答如何，同时最多 %1 个。</translation>
    </message>
    <message>
        <source>&amp;Open loop (a second)</source>
        <translation>开环（每秒）(&amp;O)</translation>
    </message>
    <message>
        <source>Start From…To requests a second at fixed times whatever the answers (no coordinated omission), at most %1 in flight; latency is measured from each request&apos;s intended start</source>
        <translation>每秒在固定时刻发出“从…到”个请求，不论应答如何（无协同遗漏），同时最多 %1 个；延迟从每个请求的预定开始时刻测量</translation>
    </message>
    <message>
        <source>Requests started a second, whatever the answers</source>
        <translation>每秒发出的请求，不论应答如何</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ReplayComparison</name>
    <message>
        <source>cancelled by you</source>
        <translation>已由您取消</translation>
    </message>
    <message>
        <source>no response (%1)</source>
        <extracomment>%1 = transport outcome id (&quot;refused&quot;, &quot;timeout&quot;, …)</extracomment>
        <translation>无响应（%1）</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>无服务器</translation>
    </message>
    <message>
        <source>%1 from %2 in %3</source>
        <extracomment>%1 = status, %2 = who answered (&quot;nginx&quot;), %3 = time (&quot;60.0 s&quot;)</extracomment>
        <translation>%1，来自 %2，用时 %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 = status or &quot;no response (refused)&quot;, %2 = time</extracomment>
        <translation>%1，用时 %2</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <extracomment>%1 = method and URL</extracomment>
        <translation>正在重放 %1…</translation>
    </message>
    <message>
        <source>captured %1 → now %2</source>
        <extracomment>The replay in one line: %1 = the captured exchange, %2 = the replayed one (&quot;captured 502 from nginx in 60.0 s → now 200 in 80 ms&quot;)</extracomment>
        <translation>捕获时 %1 → 现在 %2</translation>
    </message>
    <message>
        <source>did not happen</source>
        <translation>未发生</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>应答方</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>总时间</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Wait (time to first byte)</source>
        <translation>等待（首字节时间）</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Replay an exchange (right-click it, or Request → Replay) to see it here beside what was captured.</source>
        <translation>重放一个交换（右键单击它，或选择 请求 → 重放），即可在此处与捕获内容并排查看。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>捕获时</translation>
    </message>
    <message>
        <source>Replayed now</source>
        <translation>现在重放</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::RequestEditor</name>
    <message>
        <source>the header has a value but no name</source>
        <translation>标头有值但没有名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only, no spaces)</source>
        <translation>“%1”不是有效的标头名称（只能包含字母、数字和 !#$%&amp;&apos;*+-.^_`|~，不能有空格）</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; contains a line break or a NUL character</source>
        <translation>“%1”的值包含换行或 NUL 字符</translation>
    </message>
    <message>
        <source>Type or paste a URL (or a curl command) to send a request.</source>
        <translation>输入或粘贴 URL（或 curl 命令）以发送请求。</translation>
    </message>
    <message>
        <source>The URL needs a scheme: start it with http:// or https://</source>
        <translation>URL 需要协议：请以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>Only http:// and https:// URLs can be sent, not %1://</source>
        <translation>只能发送 http:// 和 https:// URL，不能发送 %1://</translation>
    </message>
    <message>
        <source>The URL has no host name.</source>
        <translation>URL 中没有主机名。</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP 方法</translation>
    </message>
    <message>
        <source>Any HTTP method: pick one or type your own</source>
        <translation>任意 HTTP 方法：选择一个或自行输入</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>https://example.test/path?query — or paste a curl command</source>
        <translation>https://example.test/path?query — 或粘贴 curl 命令</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>请求进行中</translation>
    </message>
    <message>
        <source>&amp;Params</source>
        <translation>参数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>标头(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <source>A&amp;uth</source>
        <translation>认证(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>选项(&amp;O)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>查询参数</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>请求标头</translation>
    </message>
    <message>
        <source>URL check</source>
        <translation>URL 检查</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>发送请求（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel (%1 s)</source>
        <extracomment>Send button while a request runs: elapsed seconds</extracomment>
        <translation>取消（%1 秒）</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>取消请求</translation>
    </message>
    <message>
        <source>Stop the running request (Esc)</source>
        <translation>停止正在运行的请求（Esc）</translation>
    </message>
    <message>
        <source>Type an HTTP method (GET, POST, or any token).</source>
        <translation>请输入 HTTP 方法（GET、POST 或任意令牌）。</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>标头：%1</translation>
    </message>
    <message>
        <source>The URL is not valid (%1).</source>
        <extracomment>%1 = Qt&apos;s own description of the problem (English)</extracomment>
        <translation>URL 无效（%1）。</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::ResponseView</name>
    <message>
        <source>Hea&amp;ders</source>
        <translation>标头(&amp;D)</translation>
    </message>
    <message>
        <source>Bod&amp;y</source>
        <translation>正文(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Raw bytes</source>
        <translation>原始字节(&amp;R)</translation>
    </message>
    <message>
        <source>Co&amp;nnection</source>
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应标头</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Pretty JSON</source>
        <translation>格式化 JSON</translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation>HTML 源代码</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Body format</source>
        <translation>正文格式</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
    <message>
        <source>Response body in hex</source>
        <translation>响应正文（十六进制）</translation>
    </message>
    <message>
        <source>Raw response bytes</source>
        <translation>原始响应字节</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Wire anomalies</source>
        <translation>线路异常</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>连接详情</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>响应状态</translation>
    </message>
    <message>
        <source>No response selected.</source>
        <translation>未选择响应。</translation>
    </message>
    <message>
        <source>body %1</source>
        <extracomment>Response size in the status line</extracomment>
        <translation>正文 %1</translation>
    </message>
    <message>
        <source>then %1: %2</source>
        <translation>随后 %1：%2</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <extracomment>No HTTP response: %1 = outcome id (timeout, refused, …), %2 = phase, %3 = detail</extracomment>
        <translation>无响应：%1</translation>
    </message>
    <message>
        <source>No response: %1 during %2</source>
        <translation>无响应：在 %2 阶段 %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>A recorded exchange has no wire bytes; replay it to see them.</source>
        <translation>记录下来的交换没有线路字节；请重放以查看。</translation>
    </message>
    <message>
        <source>No bytes came back.</source>
        <translation>没有收到任何字节。</translation>
    </message>
    <message numerus="yes">
        <source>%1 as received; anomalies marked: %Ln.</source>
        <extracomment>%1 = size of the raw response, %n = number of anomalies</extracomment>
        <translation>
            <numerusform>%1（按接收原样）；已标记异常：%Ln 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>已连接到</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>none (direct)</source>
        <translation>无（直连）</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>Certificate problems</source>
        <translation>证书问题</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Redirect hop</source>
        <translation>重定向跳</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 were kept (the capture limit).</source>
        <translation>只保留了 %2 中的前 %1（抓取上限）。</translation>
    </message>
    <message>
        <source>Not valid JSON; shown as text.</source>
        <translation>不是有效的 JSON；以文本显示。</translation>
    </message>
    <message>
        <source>The response has no body.</source>
        <translation>响应没有正文。</translation>
    </message>
    <message>
        <source>Too large to parse whole: indented token by token from its start.</source>
        <translation>太大，无法整体解析：从开头逐个记号缩进显示。</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln line(s) of %1; the Hex view has all of it.</source>
        <extracomment>%1 = how many lines are shown, %2 = size of the whole body</extracomment>
        <translation>
            <numerusform>显示 %1 中的前 %Ln 行；十六进制视图包含全部内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines longer than %1 characters are broken for display.</source>
        <translation>超过 %1 个字符的行在显示时被拆分。</translation>
    </message>
    <message>
        <source>&amp;Frames</source>
        <translation>帧(&amp;F)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>HTTP/2 frames</source>
        <translation>HTTP/2 帧</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>last stream %1</source>
        <extracomment>GOAWAY&apos;s last stream id</extracomment>
        <translation>最后流 %1</translation>
    </message>
    <message>
        <source>window +%1</source>
        <extracomment>WINDOW_UPDATE&apos;s increment in bytes</extracomment>
        <translation>窗口 +%1</translation>
    </message>
    <message>
        <source>in</source>
        <extracomment>Frame direction: received from the server / sent by Gatescope</extracomment>
        <translation>入</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出</translation>
    </message>
    <message numerus="yes">
        <source>%n more frame(s) not kept</source>
        <translation>
            <numerusform>另有 %n 个帧未保留</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::SideBySideDialog</name>
    <message>
        <source>Spoken</source>
        <translation>实际协议</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>应答方</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Differs from the first column</source>
        <translation>与第一列不同</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::TimeoutTableDialog</name>
    <message>
        <source>Hop timeouts</source>
        <translation>各跳超时</translation>
    </message>
    <message>
        <source>The timeouts of each hop: the product&apos;s default, or yours. Type seconds into a cell to correct it for %1 (saved with the workspace); empty the cell to go back to the default. The audit below follows at once.</source>
        <translation>每一跳的超时:产品的默认值,或您的值。在单元格中输入秒数即可为 %1 更正(随工作区保存);清空单元格即恢复默认值。下方的审查会立即更新。</translation>
    </message>
    <message>
        <source>this site</source>
        <translation>此站点</translation>
    </message>
    <message>
        <source>%1 (s)</source>
        <extracomment>Column title of the hop timeout table: %1 = the phase (&quot;First byte&quot;), in seconds</extracomment>
        <translation>%1(秒)</translation>
    </message>
    <message>
        <source>Yours (%1). Default: %2 s, %3 — %4</source>
        <translation>您的值(%1)。默认值:%2 秒,%3 — %4</translation>
    </message>
    <message>
        <source>Yours; no default is known.</source>
        <translation>您的值;没有已知的默认值。</translation>
    </message>
    <message>
        <source>Default: %1 — %2</source>
        <translation>默认值:%1 — %2</translation>
    </message>
    <message>
        <source>Not known: type the value of your configuration in seconds.</source>
        <translation>未知:请输入您配置中的值(秒)。</translation>
    </message>
    <message>
        <source>No inversion between these timeouts.</source>
        <translation>这些超时之间没有倒置。</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds; the cell keeps its value.</source>
        <translation>“%1”不是秒数;单元格保留原值。</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WatchChart</name>
    <message>
        <source>Click to see its diagnosis.</source>
        <translation>点击查看其诊断。</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WatchWindow</name>
    <message>
        <source>Watching…</source>
        <translation>正在观察…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to %1, one every %2 s: about %3 s. Nothing is sent before Start.</source>
        <translation>
            <numerusform>向 %1 发送 %n 个请求，每 %2 秒一个：约 %3 秒。点击“开始”之前不会发送任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a failed request in the chart to see its diagnosis.</source>
        <translation>点击图表中失败的请求查看其诊断。</translation>
    </message>
    <message>
        <source>Watch %1</source>
        <translation>观察 %1</translation>
    </message>
    <message>
        <source>Watching %1 %2</source>
        <translation>正在观察 %1 %2</translation>
    </message>
    <message>
        <source>&amp;Every (s):</source>
        <translation>间隔（秒）(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>New connection each time</source>
        <translation>每次新建连接</translation>
    </message>
    <message>
        <source>Reuse connections (keep-alive)</source>
        <translation>复用连接（keep-alive）</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export as…</source>
        <translation>导出为(&amp;E)…</translation>
    </message>
    <message>
        <source>Write this watch as a Locust or k6 load script: one user sending the request for as long as the watch lasts</source>
        <translation>将此观察写成 Locust 或 k6 负载脚本：一个用户在观察持续期间发送该请求</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WaterfallAxisHeader</name>
    <message>
        <source>Columns and time axis</source>
        <translation>列与时间轴</translation>
    </message>
    <message>
        <source>Time: +%1</source>
        <extracomment>Tooltip on the time axis: the time under the mouse pointer</extracomment>
        <translation>时间：+%1</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms, Shift+wheel pans, Ctrl+0 shows everything</source>
        <translation>Ctrl+滚轮缩放，Shift+滚轮平移，Ctrl+0 显示全部</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WaterfallFrameLane</name>
    <message>
        <source>HTTP/2 frames: %1</source>
        <extracomment>Tooltip heading of a mark in the HTTP/2 frame lane that stands for several frames
----------
Screen-reader summary of the HTTP/2 frame lane</extracomment>
        <translation>HTTP/2 帧：%1</translation>
    </message>
    <message>
        <source>%1 received on stream %2</source>
        <extracomment>Frame lane tooltip: %1 = type (RST_STREAM), %2 = stream id</extracomment>
        <translation>%1，在流 %2 上收到</translation>
    </message>
    <message>
        <source>%1 sent on stream %2</source>
        <translation>%1，在流 %2 上发送</translation>
    </message>
    <message>
        <source>flags 0x%1</source>
        <extracomment>Frame lane tooltip: the frame&apos;s flags byte in hex</extracomment>
        <translation>标志 0x%1</translation>
    </message>
    <message>
        <source>length %1</source>
        <extracomment>Frame lane tooltip: the frame&apos;s payload length in bytes</extracomment>
        <translation>长度 %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <extracomment>Frame lane tooltip: RST_STREAM&apos;s or GOAWAY&apos;s error code (REFUSED_STREAM)</extracomment>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>last stream %1</source>
        <extracomment>Frame lane tooltip: GOAWAY&apos;s last stream id</extracomment>
        <translation>最后的流 %1</translation>
    </message>
    <message>
        <source>window +%1</source>
        <extracomment>Frame lane tooltip: WINDOW_UPDATE&apos;s increment in bytes</extracomment>
        <translation>窗口 +%1</translation>
    </message>
    <message>
        <source>debug data “%1”</source>
        <translation>调试数据“%1”</translation>
    </message>
    <message>
        <source>at +%1</source>
        <extracomment>Frame lane tooltip: when the frame went, from the start of the request</extracomment>
        <translation>于 +%1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <extracomment>Frame lane tooltip: how many frames of a merged mark are not listed</extracomment>
        <translation>……另有 %1 个</translation>
    </message>
    <message>
        <source>%1 %2 at +%3</source>
        <extracomment>Screen-reader text of a failure frame: %1 = type, %2 = error code, %3 = time</extracomment>
        <translation>%1 %2，于 +%3</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WaterfallLegend</name>
    <message>
        <source>Waterfall colour legend</source>
        <translation>瀑布图颜色图例</translation>
    </message>
    <message>
        <source>Phases: %1. Solid line: the request&apos;s own timeout. Dashed line: a gateway&apos;s default timeout.</source>
        <extracomment>Legend entries for the marker lines</extracomment>
        <translation>阶段：%1。实线：请求自身的超时。虚线：网关的默认超时。</translation>
    </message>
    <message>
        <source>your timeout</source>
        <translation>你的超时</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>网关超时</translation>
    </message>
    <message>
        <source>Under an HTTP/2 row, its frames at their times: HEADERS and GOAWAY the lane&apos;s full height, DATA two thirds, other frames a short tick; a reset or a GOAWAY with an error in the failure colour across the row. Point at a mark for its frames.</source>
        <translation>HTTP/2 行下方按时间显示其帧：HEADERS 和 GOAWAY 占满整条轨道高度，DATA 占三分之二，其他帧为短刻度；重置或带错误的 GOAWAY 以故障颜色贯穿整行。指向标记可查看其帧。</translation>
    </message>
    <message>
        <source>HTTP/2 frames</source>
        <translation>HTTP/2 帧</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WaterfallModel</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>closed early</source>
        <translation>提前关闭</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>被重置</translation>
    </message>
    <message>
        <source>invalid response</source>
        <translation>无效响应</translation>
    </message>
    <message>
        <source>TLS failure</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <source>DNS failure</source>
        <translation>DNS 失败</translation>
    </message>
    <message>
        <source>pending</source>
        <extracomment>Status column of a request still under way</extracomment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Request column: %1 = method, %2 = path and query</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>进行中：%1</translation>
    </message>
    <message>
        <source>Status %1 %2</source>
        <translation>状态 %1 %2</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>无响应：%1</translation>
    </message>
    <message>
        <source>Started at +%1</source>
        <extracomment>Tooltip: when the request started, relative to the first one</extracomment>
        <translation>开始于 +%1</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <extracomment>Tooltip: a phase under way; %1 = milliseconds so far</extracomment>
        <translation>%1（到目前为止）</translation>
    </message>
    <message>
        <source>not used</source>
        <extracomment>Tooltip: a timing phase that did not happen (reused connection, plain HTTP)</extracomment>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Body: %1 of %2</source>
        <translation>正文：%2 中的 %1</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>正文：%1</translation>
    </message>
    <message>
        <source>starts at %1, takes %2: %3</source>
        <extracomment>Screen-reader summary of a waterfall bar: %1 = start offset, %2 = total, %3 = phases</extracomment>
        <translation>开始于 %1，耗时 %2：%3</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>已由您取消</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>Tooltip line of the wait split: %1 = where (&quot;inside Kong&quot;), %2 = duration, %3 = the header it comes from</extracomment>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Where the wait went</source>
        <translation>等待时间去向</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <extracomment>Tooltip: the protocol the exchange went over (h2, http/1.1); %2 = how many HTTP/2 frames</extracomment>
        <translation>协议 %1</translation>
    </message>
    <message numerus="yes">
        <source>Protocol %1, %n frame(s)</source>
        <translation>
            <numerusform>协议 %1,%n 个帧</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WaterfallPanel</name>
    <message>
        <source>Filter by URL, method or status</source>
        <translation>按 URL、方法或状态筛选</translation>
    </message>
    <message>
        <source>Filter requests by text</source>
        <translation>按文本筛选请求</translation>
    </message>
    <message>
        <source>Filter requests by host</source>
        <translation>按主机筛选请求</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>所有主机</translation>
    </message>
    <message>
        <source>5xx and failed only</source>
        <extracomment>Check box: show only responses with status 500–599 and requests that got no response</extracomment>
        <translation>仅 5xx 和失败的</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole timeline (Ctrl+0)</source>
        <translation>显示整条时间线（Ctrl+0）</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>缩放以适应</translation>
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
        <translation>等待中</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Timing waterfall</source>
        <translation>计时瀑布图</translation>
    </message>
    <message>
        <source>One row per request with its timing phases. Ctrl+plus and Ctrl+minus zoom the time axis, Ctrl+left and Ctrl+right pan it, Ctrl+0 shows everything.</source>
        <translation>每个请求一行，显示其各计时阶段。Ctrl+加号和 Ctrl+减号缩放时间轴，Ctrl+左和 Ctrl+右平移，Ctrl+0 显示全部。</translation>
    </message>
    <message>
        <source>your total timeout</source>
        <extracomment>Marker line: the total timeout set on the request being shown</extracomment>
        <translation>你的总超时</translation>
    </message>
    <message>
        <source>your first-byte timeout</source>
        <extracomment>Marker line: the first-byte timeout set on the request being shown</extracomment>
        <translation>你的首字节超时</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WorkspaceModel</name>
    <message>
        <source>(no URL yet)</source>
        <translation>（尚无 URL）</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>Imported captures</source>
        <translation>已导入的抓包</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message numerus="yes">
        <source>Collection %1, requests: %Ln</source>
        <translation>
            <numerusform>集合 %1，请求数：%Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 entries, %3 failed)</source>
        <extracomment>Sidebar: a capture&apos;s name, its number of entries and how many failed (5xx or no response)</extracomment>
        <translation>%1（%2 个条目，%3 个失败）</translation>
    </message>
    <message>
        <source>%1 (%2 entries)</source>
        <translation>%1（%2 个条目）</translation>
    </message>
    <message>
        <source>Capture %1, %2 entries, %3 failed</source>
        <translation>抓包 %1，%2 个条目，%3 个失败</translation>
    </message>
    <message>
        <source>%1 — imported %2 from %3</source>
        <translation>%1 — 于 %2 从 %3 导入</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Failed entry: %1, %2</source>
        <translation>失败条目：%1，%2</translation>
    </message>
    <message>
        <source>Run at %1: %2 %3, result %4</source>
        <translation>%1 的运行：%2 %3，结果 %4</translation>
    </message>
    <message>
        <source>%1 %2
%3
Result: %4
Cause: %5</source>
        <translation>%1 %2
%3
结果：%4
原因：%5</translation>
    </message>
    <message>
        <source>not diagnosed</source>
        <translation>未诊断</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration in milliseconds</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>History row when the user cancelled the request</extracomment>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Gatescope::Gui::WorkspaceSidebar</name>
    <message>
        <source>&amp;History:</source>
        <extracomment>Label of the History filter under the sidebar</extracomment>
        <translation>历史(&amp;H)：</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>所有运行</translation>
    </message>
    <message>
        <source>failures only</source>
        <translation>仅失败</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx 成功</translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation>3xx 重定向</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx 客户端错误</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx 服务器错误</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>已由您取消</translation>
    </message>
    <message>
        <source>Show only the History runs of one status class</source>
        <translation>仅显示某一状态类别的历史运行</translation>
    </message>
</context>
<context>
    <name>Gatescope::HarExporter</name>
    <message>
        <source>the request was not captured</source>
        <translation>该请求未被抓取</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>converted from %1</source>
        <translation>从 %1 转换而来</translation>
    </message>
</context>
<context>
    <name>Gatescope::HarImporter</name>
    <message>
        <source>the text ends where %1 was expected (truncated file?)</source>
        <translation>文本在应为 %1 的位置结束（文件被截断？）</translation>
    </message>
    <message>
        <source>found %1 where %2 was expected</source>
        <translation>在应为 %2 的位置发现了 %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>一个字符串</translation>
    </message>
    <message>
        <source>a string starts here and never ends (truncated file?)</source>
        <translation>此处开始的字符串没有结束（文件被截断？）</translation>
    </message>
    <message numerus="yes">
        <source>the text ends inside %n unclosed object(s) or array(s) (truncated file?)</source>
        <translation>
            <numerusform>文本在 %n 个未闭合的对象或数组内部结束（文件被截断？）</numerusform>
        </translation>
    </message>
    <message>
        <source>found &apos;%1&apos; where &apos;%2&apos; was expected</source>
        <translation>在应为“%2”的位置发现了“%1”</translation>
    </message>
    <message>
        <source>a JSON value</source>
        <translation>一个 JSON 值</translation>
    </message>
    <message>
        <source>%1: the browser cancelled or blocked the request itself; the server did not end it</source>
        <translation>%1：是浏览器自己取消或拦截了请求；并非服务器终止</translation>
    </message>
    <message>
        <source>%1 (an error name Gatescope does not know; read as a connection that ended early)</source>
        <translation>%1（Gatescope 不认识的错误名称；按连接提前结束处理）</translation>
    </message>
    <message>
        <source>entry %1: the body was given only as parameters; it was rebuilt as a form-urlencoded body</source>
        <translation>条目 %1：正文只以参数形式给出；已重建为 form-urlencoded 正文</translation>
    </message>
    <message>
        <source>Charles: %1</source>
        <translation>Charles：%1</translation>
    </message>
    <message>
        <source>Charles status: %1</source>
        <translation>Charles 状态：%1</translation>
    </message>
    <message>
        <source>entry %1 (%2): Charles marks the exchange %3; the response may be incomplete</source>
        <translation>条目 %1（%2）：Charles 将该交换标记为 %3；响应可能不完整</translation>
    </message>
    <message>
        <source>entry %1 (%2): the %3 response was written by Fiddler, not by the server: %4</source>
        <translation>条目 %1（%2）：这个 %3 响应是 Fiddler 写的，而不是服务器：%4</translation>
    </message>
    <message>
        <source>the capture holds no response and names no error (status %1)</source>
        <translation>抓包中没有响应，也没有给出错误（状态 %1）</translation>
    </message>
    <message>
        <source>entry %1 (%2): no response was recorded and no error is named</source>
        <translation>条目 %1（%2）：未记录响应，也没有给出错误</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>no JSON text</source>
        <translation>没有 JSON 文本</translation>
    </message>
    <message>
        <source>not a HAR file: it does not start with a JSON object (&apos;{&apos;)</source>
        <translation>不是 HAR 文件：不以 JSON 对象（“{”）开头</translation>
    </message>
    <message>
        <source>&apos;:&apos; after an object key</source>
        <translation>对象键后应为“:”</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>“,”或“}”</translation>
    </message>
    <message>
        <source>&apos;[&apos; (log.entries is an array)</source>
        <translation>“[”（log.entries 是数组）</translation>
    </message>
    <message numerus="yes">
        <source>%1: import cancelled after %n entries</source>
        <translation>
            <numerusform>%1：导入在 %n 个条目后被取消</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message>
        <source>entry %1 is not an object</source>
        <translation>条目 %1 不是对象</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; after an entry</source>
        <translation>条目后应为“,”或“]”</translation>
    </message>
    <message>
        <source>&apos;{&apos; (log is an object)</source>
        <translation>“{”（log 是对象）</translation>
    </message>
    <message>
        <source>HAR version %1 (expected 1.2); read as 1.2</source>
        <translation>HAR 版本 %1（应为 1.2）；按 1.2 读取</translation>
    </message>
    <message>
        <source>unexpected text after the end of the HAR object</source>
        <translation>HAR 对象结束后有意外的文本</translation>
    </message>
    <message>
        <source>not a HAR file: the JSON object has no &quot;log&quot;</source>
        <translation>不是 HAR 文件：JSON 对象中没有“log”</translation>
    </message>
    <message>
        <source>not a HAR file: &quot;log&quot; has no &quot;entries&quot;</source>
        <translation>不是 HAR 文件：“log”中没有“entries”</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(ies) hold a request without a response (as API clients such as Insomnia and Postman export them); they are requests to send, not failed exchanges</source>
        <translation>
            <numerusform>%1：%n 个条目只有请求没有响应（Insomnia、Postman 等 API 客户端会这样导出）；它们是待发送的请求，而不是失败的交换</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1: the status %2 is not an HTTP status code (0-999); it was read as 0</source>
        <translation>条目 %1：状态 %2 不是 HTTP 状态码（0–999）；按 0 读取</translation>
    </message>
    <message>
        <source>the body ended after %1 of the %2 bytes its Content-Length announced</source>
        <translation>消息体在其 Content-Length 声明的 %2 字节中的 %1 字节后结束</translation>
    </message>
    <message>
        <source>entry %1 (%2): the body is shorter than its Content-Length (%3 of %4 bytes)</source>
        <translation>条目 %1（%2）：消息体比其 Content-Length 短（%3 / %4 字节）</translation>
    </message>
    <message>
        <source>%1: Chrome&apos;s generic failure, also given when CORS blocks a response the server did send; read as a connection that ended early</source>
        <translation>%1：Chrome 的通用失败，当 CORS 拦截了服务器确实发送的响应时也会给出；按提前结束的连接处理</translation>
    </message>
    <message>
        <source>entry %1 (%2): the browser reports %3 after the %4 response arrived; the response is kept as the server&apos;s answer</source>
        <translation>条目 %1（%2）：浏览器在 %4 响应到达后报告 %3；该响应仍作为服务器的回答保留</translation>
    </message>
    <message>
        <source>no response, and the browser marks the connection&apos;s security as broken (a failed TLS handshake or certificate check)</source>
        <translation>没有响应，且浏览器将连接的安全状态标记为损坏（TLS 握手或证书校验失败）</translation>
    </message>
    <message>
        <source>no response after %1 s: the request was still waiting when the HAR was saved</source>
        <translation>%1 秒后仍无响应：保存 HAR 时请求仍在等待</translation>
    </message>
    <message>
        <source>no response after %1 s: the browser stopped waiting (%2)</source>
        <translation>%1 秒后仍无响应：浏览器停止了等待（%2）</translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4; names %5</source>
        <translation>主体 %1；颁发者 %2；有效期 %3 至 %4；名称 %5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1; likely cause: %2</source>
        <extracomment>%1 = the browser&apos;s error name (net::ERR_HTTP2_PROTOCOL_ERROR), %2 = what is wrong with the request&apos;s headers</extracomment>
        <translation>%1；可能的原因：%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::HopChain</name>
    <message>
        <source>unknown hop</source>
        <translation>未知跳</translation>
    </message>
</context>
<context>
    <name>Gatescope::HopProbe</name>
    <message>
        <source>general SOCKS server failure</source>
        <translation>SOCKS 服务器一般性故障</translation>
    </message>
    <message>
        <source>connection not allowed by ruleset</source>
        <translation>规则集不允许此连接</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>主机不可达</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL 已过期</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>不支持的命令</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>不支持的地址类型</translation>
    </message>
    <message>
        <source>unknown reply code %1</source>
        <translation>未知应答代码 %1</translation>
    </message>
    <message>
        <source>no connection within the connect timeout of %1 ms</source>
        <translation>在 %1 毫秒的连接超时内未能连接</translation>
    </message>
    <message>
        <source>TLS handshake not done within %1 ms</source>
        <translation>TLS 握手未在 %1 毫秒内完成</translation>
    </message>
    <message>
        <source>no response byte within the first-byte timeout of %1 ms</source>
        <translation>在 %1 毫秒的首字节超时内没有收到响应字节</translation>
    </message>
    <message>
        <source>the total time limit was reached</source>
        <translation>已达到总时间限制</translation>
    </message>
    <message>
        <source>not sent: &apos;%1&apos; is not an http:// or https:// URL with a host</source>
        <translation>未发送：“%1”不是带主机的 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>the address override for %1:%2 names no usable address (&apos;%3&apos;)</source>
        <translation>%1:%2 的地址覆盖没有给出可用的地址（“%3”）</translation>
    </message>
    <message>
        <source>no addresses</source>
        <translation>没有地址</translation>
    </message>
    <message>
        <source>could not resolve &apos;%1&apos;: %2</source>
        <translation>无法解析“%1”：%2</translation>
    </message>
    <message>
        <source>%1 port %2: %3</source>
        <translation>%1 端口 %2：%3</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>connection reset by peer during the TLS handshake</source>
        <translation>TLS 握手期间连接被对端重置</translation>
    </message>
    <message>
        <source>the peer closed the connection during the TLS handshake (%1)</source>
        <translation>对端在 TLS 握手期间关闭了连接（%1）</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS 错误：%1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy answered with version %1</source>
        <translation>SOCKS5 代理以版本 %1 应答</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy accepts none of the offered authentication methods</source>
        <translation>SOCKS5 代理不接受所提供的任何认证方式</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy rejected the user name and password</source>
        <translation>SOCKS5 代理拒绝了用户名和密码</translation>
    </message>
    <message>
        <source>SOCKS5 proxy %1 could not connect to %2:%3: %4</source>
        <translation>SOCKS5 代理 %1 无法连接到 %2:%3：%4</translation>
    </message>
    <message>
        <source>the proxy&apos;s answer to CONNECT has no end of headers in %1 bytes</source>
        <translation>代理对 CONNECT 的应答在 %1 字节内没有标头结束</translation>
    </message>
    <message>
        <source>the proxy&apos;s answer to CONNECT is not HTTP: &apos;%1&apos;</source>
        <translation>代理对 CONNECT 的应答不是 HTTP：“%1”</translation>
    </message>
    <message>
        <source>the proxy refused the CONNECT tunnel to %1</source>
        <translation>代理拒绝了到 %1 的 CONNECT 隧道</translation>
    </message>
    <message>
        <source>subject %1; issuer %2; valid %3 to %4; names %5</source>
        <translation>主体 %1；签发者 %2；有效期 %3 至 %4；名称 %5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>connection reset by peer after %n byte(s) of the response</source>
        <translation>
            <numerusform>在收到 %n 字节响应后连接被对端重置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peer closed the connection after %n byte(s)</source>
        <translation>
            <numerusform>对端在 %n 字节后关闭了连接</numerusform>
        </translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>%1 (during %2, after %3 ms)</source>
        <translation>%1（在 %2 阶段，%3 毫秒后）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>stopped by the user before the exchange was complete</source>
        <translation>在交换完成前被用户停止</translation>
    </message>
    <message>
        <source>no connection to the proxy %1 within the connect timeout of %2 ms</source>
        <translation>在 %2 ms 的连接超时内未连上代理 %1</translation>
    </message>
    <message>
        <source>the proxy %1 did not finish its handshake within the connect timeout of %2 ms</source>
        <translation>代理 %1 未在 %2 ms 的连接超时内完成握手</translation>
    </message>
    <message>
        <source>timed out after %1 ms (its share of the connect timeout)</source>
        <translation>%1 ms 后超时（其分得的连接超时份额）</translation>
    </message>
    <message>
        <source>proxy %1 refused the connection</source>
        <translation>代理 %1 拒绝了连接</translation>
    </message>
    <message>
        <source>could not connect to the proxy %1: %2</source>
        <translation>无法连接到代理 %1：%2</translation>
    </message>
    <message>
        <source>the proxy %1 reset the connection during its handshake</source>
        <translation>代理 %1 在握手过程中重置了连接</translation>
    </message>
    <message>
        <source>the proxy %1 closed the connection during its handshake (%2)</source>
        <translation>代理 %1 在握手过程中关闭了连接（%2）</translation>
    </message>
    <message>
        <source>%1; earlier attempts: %2</source>
        <translation>%1；之前的尝试：%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::Http2Conversation</name>
    <message>
        <source>rejected: %1</source>
        <translation>已拒绝:%1</translation>
    </message>
    <message>
        <source>the server sent an invalid %1 frame on stream %2: %3</source>
        <translation>服务器在流 %2 上发送了无效的 %1 帧:%3</translation>
    </message>
    <message>
        <source>the response header blocks exceed %1 bytes</source>
        <translation>响应头部块超过 %1 字节</translation>
    </message>
    <message>
        <source>HTTP/2 session not created: %1</source>
        <translation>未能创建 HTTP/2 会话:%1</translation>
    </message>
    <message>
        <source>HTTP/2 request not queued: %1</source>
        <translation>HTTP/2 请求未能排队:%1</translation>
    </message>
    <message>
        <source>HTTP/2 protocol error from the server: %1</source>
        <translation>服务器的 HTTP/2 协议错误:%1</translation>
    </message>
    <message>
        <source>HTTP/2 session failed: %1</source>
        <translation>HTTP/2 会话失败:%1</translation>
    </message>
    <message>
        <source>the request header name &apos;%1&apos; has characters HTTP/2 forbids</source>
        <translation>请求头名称 &apos;%1&apos; 含有 HTTP/2 禁止的字符</translation>
    </message>
    <message>
        <source>the value of the request header &apos;%1&apos; has characters HTTP/2 forbids</source>
        <translation>请求头 &apos;%1&apos; 的值含有 HTTP/2 禁止的字符</translation>
    </message>
    <message>
        <source>the request header &apos;%1&apos; is large (%2 bytes)</source>
        <translation>请求头 &apos;%1&apos; 很大(%2 字节)</translation>
    </message>
    <message>
        <source>the request&apos;s header list (%1 bytes) is larger than the server&apos;s MAX_HEADER_LIST_SIZE of %2</source>
        <translation>请求的头部列表(%1 字节)大于服务器的 MAX_HEADER_LIST_SIZE %2</translation>
    </message>
    <message>
        <source>the request&apos;s header list is large (%1 bytes)</source>
        <translation>请求的头部列表很大(%1 字节)</translation>
    </message>
    <message>
        <source>the server reset the stream with %1 before answering: %2</source>
        <translation>服务器在应答前以 %1 重置了流:%2</translation>
    </message>
    <message>
        <source>the server reset the stream with %1 during the response</source>
        <translation>服务器在响应过程中以 %1 重置了流</translation>
    </message>
    <message>
        <source>the server reset the stream with %1 before answering</source>
        <translation>服务器在应答前以 %1 重置了流</translation>
    </message>
    <message>
        <source> (debug data &apos;%1&apos;)</source>
        <translation>(调试数据 &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>the server ended the connection with GOAWAY %1 before answering%2: %3</source>
        <translation>服务器在应答前以 GOAWAY %1 结束了连接%2:%3</translation>
    </message>
    <message>
        <source>the server sent GOAWAY %1 (last stream %2) and the response on stream %3 was not completed%4</source>
        <translation>服务器发送了 GOAWAY %1(最后流 %2),流 %3 上的响应未完成%4</translation>
    </message>
    <message>
        <source>the server sent GOAWAY %1 (last stream %2) before answering stream %3%4</source>
        <translation>服务器在应答流 %3 之前发送了 GOAWAY %1(最后流 %2)%4</translation>
    </message>
    <message>
        <source>the stream was closed with %1 without a complete response</source>
        <translation>流以 %1 关闭,没有完整的响应</translation>
    </message>
    <message numerus="yes">
        <source>connection reset by peer with the HTTP/2 stream open after %n byte(s)</source>
        <translation>
            <numerusform>在 %n 字节后连接被对端重置,HTTP/2 流仍处于打开状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peer closed the connection with the HTTP/2 stream open after %n byte(s)</source>
        <translation>
            <numerusform>在 %n 字节后对端关闭了连接,HTTP/2 流仍处于打开状态</numerusform>
        </translation>
    </message>
    <message>
        <source>the request body waited on a flow-control window the server never opened (%1 of %2 bytes sent)</source>
        <translation>请求体在等待服务器从未打开的流量控制窗口(已发送 %2 字节中的 %1)</translation>
    </message>
    <message>
        <source>the server broke the HTTP/2 protocol; Gatescope ended the connection with GOAWAY %1</source>
        <translation>服务器违反了 HTTP/2 协议;Gatescope 以 GOAWAY %1 结束了连接</translation>
    </message>
    <message>
        <source>the server sent more than %1 SETTINGS and PING frames, each asking for an acknowledgement (a flood); Gatescope ended the connection with GOAWAY ENHANCE_YOUR_CALM</source>
        <translation>服务器发送了超过 %1 个要求确认的 SETTINGS 和 PING 帧（洪泛）；Gatescope 以 GOAWAY ENHANCE_YOUR_CALM 结束了连接</translation>
    </message>
    <message>
        <source>HTTP/2 Upgrade not taken up: %1</source>
        <translation>未能接续 HTTP/2 Upgrade:%1</translation>
    </message>
</context>
<context>
    <name>Gatescope::Http2FaultServer</name>
    <message>
        <source>lab h2 origin: cannot listen on %1: %2</source>
        <translation>实验室 h2 源站:无法在 %1 上监听:%2</translation>
    </message>
    <message>
        <source>lab h2 origin: cannot listen for TLS on %1: %2</source>
        <translation>实验室 h2 源站:无法在 %1 上监听 TLS:%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::HttpFileExporter</name>
    <message>
        <source>request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>note: the body holds &quot;{{&quot; or a &quot;###&quot; line, which .http tools read as variables or separators</source>
        <translation>注意：正文中含有“{{”或“###”行，.http 工具会将其视为变量或分隔符</translation>
    </message>
</context>
<context>
    <name>Gatescope::HttpFileImporter</name>
    <message>
        <source>%1: line %2</source>
        <translation>%1：第 %2 行</translation>
    </message>
    <message>
        <source>%1: expected a request line such as &quot;GET https://example.com/ HTTP/1.1&quot;, found &quot;%2&quot;</source>
        <translation>%1：应为类似“GET https://example.com/ HTTP/1.1”的请求行，实际为“%2”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a header line (no &apos;:&apos;); ignored</source>
        <translation>%1：“%2”不是标头行（没有“:”）；已忽略</translation>
    </message>
    <message>
        <source>%1: response handlers and output redirections are not run; ignored</source>
        <translation>%1：不执行响应处理器和输出重定向；已忽略</translation>
    </message>
    <message>
        <source>%1: the body is read from the file &apos;%2&apos;; file contents are not read, so the body is empty</source>
        <translation>%1：正文来自文件“%2”；不读取文件内容，因此正文为空</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a usable URL; request skipped</source>
        <translation>%1：“%2”不是可用的 URL；已跳过该请求</translation>
    </message>
    <message>
        <source>%1: the variable {{%2}} is not defined in the file; it was left as written</source>
        <translation>%1：文件中未定义变量 {{%2}}；保持原样</translation>
    </message>
    <message>
        <source>%1: the dynamic variable {{%2}} is not evaluated; it was left as written</source>
        <translation>%1：动态变量 {{%2}} 不会被求值；保持原样</translation>
    </message>
    <message>
        <source>%1: no request was found in the .http file</source>
        <translation>%1：在 .http 文件中未找到请求</translation>
    </message>
    <message>
        <source>%1: the variable {{%2}} refers back to itself through other variables; the inner use was left as written</source>
        <translation>%1：变量 {{%2}} 通过其他变量引用了自身；内部的引用保持原样</translation>
    </message>
    <message>
        <source>%1: expanding {{%2}} grows past the size limit (%3 characters per use, and a total for the whole file); the text was cut there</source>
        <translation>%1：展开 {{%2}} 超出了大小限制（每次使用 %3 个字符，以及整个文件的总量）；文本在该处被截断</translation>
    </message>
    <message>
        <source>%1: variables of the environment &quot;%2&quot; in %3 were used</source>
        <translation>%1：使用了 %3 中环境“%2”的变量</translation>
    </message>
    <message>
        <source>%1: variables of the environment &quot;%2&quot; in %3 were used; it also defines %4</source>
        <translation>%1：使用了 %3 中环境“%2”的变量；该文件还定义了 %4</translation>
    </message>
    <message>
        <source>%1: pre-request scripts are not run; ignored</source>
        <translation>%1：不会运行请求前脚本；已忽略</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a header name; line ignored</source>
        <translation>%1：&quot;%2&quot; 不是头部名称；已忽略该行</translation>
    </message>
</context>
<context>
    <name>Gatescope::HttpResponseReader</name>
    <message>
        <source>line ends with a bare LF (no CR) at byte %1; accepted</source>
        <translation>第 %1 字节处行以单独的 LF（没有 CR）结尾；已接受</translation>
    </message>
    <message>
        <source>TLS record bytes where an HTTP status line should be at byte %1: the server speaks TLS on this port (try https://)</source>
        <translation>第 %1 字节处应为 HTTP 状态行，却是 TLS 记录字节：服务器在此端口上使用 TLS（请尝试 https://）</translation>
    </message>
    <message>
        <source>an HTTP/2 SETTINGS frame where an HTTP/1.1 status line should be at byte %1: the server speaks only HTTP/2 on this port (h2c prior knowledge)</source>
        <translation>第 %1 字节处应为 HTTP/1.1 状态行，却是 HTTP/2 SETTINGS 帧：服务器在此端口上只使用 HTTP/2（h2c 预知模式）</translation>
    </message>
    <message>
        <source>an SSH banner %1 where an HTTP status line should be at byte %2: this port runs SSH, not HTTP</source>
        <translation>第 %2 字节处应为 HTTP 状态行，却是 SSH 横幅 %1：此端口运行的是 SSH，不是 HTTP</translation>
    </message>
    <message>
        <source>HTML or XML without a status line at byte %1 (an HTTP/0.9-style reply): %2</source>
        <translation>第 %1 字节处是没有状态行的 HTML 或 XML（HTTP/0.9 风格的应答）：%2</translation>
    </message>
    <message>
        <source>JSON without a status line at byte %1: %2</source>
        <translation>第 %1 字节处是没有状态行的 JSON：%2</translation>
    </message>
    <message>
        <source>non-HTTP bytes where a status line should be at byte %1: %2</source>
        <translation>第 %1 字节处应为状态行，却是非 HTTP 字节：%2</translation>
    </message>
    <message>
        <source>status line and headers exceed the limit of %1 bytes at byte %2 without the end of the header block</source>
        <translation>状态行和标头在第 %2 字节处超过了 %1 字节的上限，仍未到达标头块结尾</translation>
    </message>
    <message>
        <source>empty line before the status line at byte %1; skipped</source>
        <translation>第 %1 字节处状态行之前有空行；已跳过</translation>
    </message>
    <message>
        <source>protocol name in the status line is not upper-case at byte %1: %2 (must be “HTTP”); accepted</source>
        <translation>第 %1 字节处状态行中的协议名不是大写：%2（必须是“HTTP”）；已接受</translation>
    </message>
    <message>
        <source>status line does not start with “HTTP/” at byte %1: %2</source>
        <translation>第 %1 字节处的状态行不以“HTTP/”开头：%2</translation>
    </message>
    <message>
        <source>unexpected protocol version %1 in the status line at byte %2 (HTTP/1.1 or HTTP/1.0 expected)</source>
        <translation>第 %2 字节处状态行中的协议版本 %1 不符合预期（应为 HTTP/1.1 或 HTTP/1.0）</translation>
    </message>
    <message>
        <source>status line has no status code at byte %1: %2</source>
        <translation>第 %1 字节处的状态行没有状态码：%2</translation>
    </message>
    <message>
        <source>more than one space before the status code at byte %1; accepted</source>
        <translation>第 %1 字节处状态码前有多个空格；已接受</translation>
    </message>
    <message>
        <source>status line has no three-digit status code at byte %1: %2</source>
        <translation>第 %1 字节处的状态行没有三位数状态码：%2</translation>
    </message>
    <message>
        <source>status code %1 is not three digits at byte %2</source>
        <translation>第 %2 字节处的状态码 %1 不是三位数</translation>
    </message>
    <message>
        <source>status code %1 at byte %2 is below 100</source>
        <translation>第 %2 字节处的状态码 %1 小于 100</translation>
    </message>
    <message>
        <source>status code %1 at byte %2 is outside 100–599</source>
        <translation>第 %2 字节处的状态码 %1 超出 100–599</translation>
    </message>
    <message>
        <source>status line ends after the code at byte %1 without the space RFC 9112 requires before the (empty) reason; accepted</source>
        <translation>第 %1 字节处状态行在状态码之后结束，缺少 RFC 9112 要求在（空）原因短语之前的空格；已接受</translation>
    </message>
    <message>
        <source>no space between the status code and the reason at byte %1; accepted</source>
        <translation>第 %1 字节处状态码和原因短语之间没有空格；已接受</translation>
    </message>
    <message>
        <source>line starting with whitespace right after the status line at byte %1; ignored</source>
        <translation>第 %1 字节处紧跟状态行、以空白开头的行；已忽略</translation>
    </message>
    <message>
        <source>obsolete line folding at byte %1: a line starting with whitespace continues “%2”; joined with a space</source>
        <translation>第 %1 字节处为已废弃的折行：以空白开头的行延续了“%2”；已用空格连接</translation>
    </message>
    <message>
        <source>header line without &apos;:&apos; at byte %1: %2</source>
        <translation>第 %1 字节处的标头行缺少“:”：%2</translation>
    </message>
    <message>
        <source>header line with an empty field name at byte %1: %2</source>
        <translation>第 %1 字节处的标头行字段名为空：%2</translation>
    </message>
    <message>
        <source>whitespace between the field name “%1” and &apos;:&apos; at byte %2; removed as a proxy must</source>
        <translation>第 %2 字节处字段名“%1”与“:”之间有空白；已按代理的要求去除</translation>
    </message>
    <message>
        <source>invalid character %1 in the field name %2 at byte %3</source>
        <translation>第 %3 字节处字段名 %2 中有无效字符 %1</translation>
    </message>
    <message>
        <source>control character %1 in the value of %2 at byte %3</source>
        <translation>第 %3 字节处 %2 的值中有控制字符 %1</translation>
    </message>
    <message>
        <source>more than %1 interim (1xx) responses; the one at byte %2 is one too many</source>
        <translation>临时（1xx）响应超过 %1 个；第 %2 字节处的那个多了一个</translation>
    </message>
    <message>
        <source>interim response %1 %2 at byte %3; recorded and skipped</source>
        <translation>第 %3 字节处的临时响应 %1 %2；已记录并跳过</translation>
    </message>
    <message>
        <source>both Content-Length (%1) and Transfer-Encoding (%2) at byte %3; Transfer-Encoding wins (RFC 9112 §6.3)</source>
        <translation>第 %3 字节处同时存在 Content-Length（%1）和 Transfer-Encoding（%2）；以 Transfer-Encoding 为准（RFC 9112 §6.3）</translation>
    </message>
    <message>
        <source>transfer codings %1 at byte %2: only chunked is undone; the body is kept as de-chunked</source>
        <translation>第 %2 字节处的传输编码 %1：只还原 chunked；正文按去分块后的结果保留</translation>
    </message>
    <message>
        <source>Transfer-Encoding %1 at byte %2 does not end in chunked: the body is read until the peer closes</source>
        <translation>第 %2 字节处的 Transfer-Encoding %1 不以 chunked 结尾：正文会一直读取到对端关闭连接</translation>
    </message>
    <message>
        <source>invalid Content-Length %1 at byte %2</source>
        <translation>第 %2 字节处的 Content-Length %1 无效</translation>
    </message>
    <message>
        <source>conflicting Content-Length values %1 and %2 at byte %3: the body&apos;s end cannot be known</source>
        <translation>第 %3 字节处 Content-Length 的值 %1 与 %2 冲突：无法确定正文在哪里结束</translation>
    </message>
    <message>
        <source>Content-Length %1 repeated at byte %2 with the same value; accepted (some gateways reject duplicates)</source>
        <translation>Content-Length %1 在第 %2 字节处以相同的值重复出现；已接受（某些网关会拒绝重复项）</translation>
    </message>
    <message>
        <source>no Content-Length and no chunked encoding: the body starting at byte %1 ends when the peer closes the connection</source>
        <translation>既没有 Content-Length 也没有分块编码：从第 %1 字节开始的正文在对端关闭连接时结束</translation>
    </message>
    <message>
        <source>the %1 body cannot be decoded at byte %2 (%3); the body is kept as received</source>
        <translation>%1 正文无法在第 %2 字节处解码（%3）；正文保持接收原样</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the %2 stream were ignored (message ends at byte %3)</source>
        <translation>%2 数据流结束后的 %1 字节已被忽略（消息在第 %3 字节处结束）</translation>
    </message>
    <message>
        <source>chunk size line at byte %1 is longer than %2 bytes</source>
        <translation>第 %1 字节处的块大小行超过 %2 字节</translation>
    </message>
    <message>
        <source>chunk data ends with a bare LF (no CR) at byte %1; accepted</source>
        <translation>第 %1 字节处块数据以单独的 LF（没有 CR）结尾；已接受</translation>
    </message>
    <message>
        <source>chunk data not followed by CRLF at byte %1: found %2 after a chunk of %3 bytes</source>
        <translation>第 %1 字节处块数据后没有 CRLF：在 %3 字节的块之后发现了 %2</translation>
    </message>
    <message>
        <source>chunk data followed by CR without LF at byte %1</source>
        <translation>第 %1 字节处块数据后跟着没有 LF 的 CR</translation>
    </message>
    <message>
        <source>trailer section exceeds the limit of %1 bytes at byte %2</source>
        <translation>尾部字段部分在第 %2 字节处超过了 %1 字节的上限</translation>
    </message>
    <message>
        <source>trailer line without a field name and &apos;:&apos; at byte %1: %2; ignored</source>
        <translation>第 %1 字节处的尾部字段行没有字段名和“:”：%2；已忽略</translation>
    </message>
    <message>
        <source>invalid chunk size %1 at byte %2 (hexadecimal digits expected)</source>
        <translation>第 %2 字节处的块大小 %1 无效（应为十六进制数字）</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the message at byte %2: %3</source>
        <translation>消息在第 %2 字节处结束后还有 %1 字节：%3</translation>
    </message>
    <message>
        <source> (a second response: the server answered twice, or the first one&apos;s framing is wrong)</source>
        <translation>（第二个响应：服务器应答了两次，或第一个响应的分帧有误）</translation>
    </message>
    <message>
        <source>peer closed after %1 bytes</source>
        <translation>对端在 %1 字节后关闭</translation>
    </message>
    <message>
        <source>incomplete after %1 bytes</source>
        <translation>%1 字节后不完整</translation>
    </message>
    <message>
        <source>peer closed after 0 bytes (empty reply)</source>
        <translation>对端在 0 字节后关闭（空应答）</translation>
    </message>
    <message>
        <source>no bytes received yet</source>
        <translation>尚未收到字节</translation>
    </message>
    <message>
        <source>%1, before the final status line (after %2 interim responses)</source>
        <translation>%1，在最终状态行之前（已有 %2 个临时响应）</translation>
    </message>
    <message>
        <source>peer closed after %1 bytes of the status line</source>
        <translation>对端在状态行 %1 字节后关闭</translation>
    </message>
    <message>
        <source>incomplete after %1 bytes of the status line</source>
        <translation>状态行 %1 字节后不完整</translation>
    </message>
    <message>
        <source>%1, %2 bytes into the status line</source>
        <translation>%1，状态行中第 %2 字节处</translation>
    </message>
    <message>
        <source>%1, inside the header block</source>
        <translation>%1，位于标头块内</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>received %1 of %2 body bytes</source>
        <translation>收到 %2 字节正文中的 %1 字节</translation>
    </message>
    <message>
        <source>chunked body cut inside a chunk (%1 of %2 bytes of it), %3 bytes into the chunked body</source>
        <translation>分块正文在某个块内部被截断（该块 %2 字节中的 %1 字节），位于分块正文的第 %3 字节</translation>
    </message>
    <message>
        <source>chunked body cut in the trailer section, %1 bytes into the chunked body</source>
        <translation>分块正文在尾部字段部分被截断，位于分块正文的第 %1 字节</translation>
    </message>
    <message>
        <source>chunked body cut before the last chunk, %1 bytes into the chunked body</source>
        <translation>分块正文在最后一个块之前被截断，位于分块正文的第 %1 字节</translation>
    </message>
    <message>
        <source>received %1 body bytes</source>
        <translation>收到 %1 字节正文</translation>
    </message>
    <message>
        <source>the peer closed at byte %1: received %2 of %3 body bytes</source>
        <translation>对端在第 %1 字节处关闭：收到 %3 字节正文中的 %2 字节</translation>
    </message>
    <message>
        <source>the peer closed at byte %1: %2</source>
        <translation>对端在第 %1 字节处关闭：%2</translation>
    </message>
    <message>
        <source>bare CR (not followed by LF) at byte %1 before the status line; skipped</source>
        <translation>第 %1 字节处状态行之前有单独的 CR（后面没有 LF）；已跳过</translation>
    </message>
    <message>
        <source>; a peer that ends lines at a bare CR reads %1 as a field of its own and frames the body by it</source>
        <translation>；在单独 CR 处断行的对端会把 %1 读作一个独立字段，并据此确定消息体的边界</translation>
    </message>
    <message>
        <source>; a peer that ends lines at a bare CR reads %1 as a field of its own</source>
        <translation>；在单独 CR 处断行的对端会把 %1 读作一个独立字段</translation>
    </message>
    <message>
        <source>tab instead of a space after the protocol version at byte %1; accepted</source>
        <translation>第 %1 字节处协议版本之后是制表符而不是空格；已接受</translation>
    </message>
    <message>
        <source>bare CR (not followed by LF) at byte %1 inside the chunk size line %2: readers disagree where the chunk data starts</source>
        <translation>第 %1 字节处分块大小行 %2 中有单独的 CR（后面没有 LF）：不同的解析器对分块数据从哪里开始有分歧</translation>
    </message>
    <message>
        <source>sign %1 before the chunk size %2 at byte %3: a chunk size is bare hexadecimal digits</source>
        <translation>第 %3 字节处分块大小 %2 前有符号 %1：分块大小只能是十六进制数字</translation>
    </message>
    <message>
        <source>chunk size %1 at byte %2 is too large: it overflows 63 bits at byte %3</source>
        <translation>第 %2 字节处的分块大小 %1 过大：在第 %3 字节处超出 63 位</translation>
    </message>
    <message>
        <source>whitespace after the chunk size %1 at byte %2 with no extension after it; accepted</source>
        <translation>第 %2 字节处分块大小 %1 之后有空白且后面没有扩展；已接受</translation>
    </message>
    <message>
        <source>invalid character %1 in the chunk extensions of %2 at byte %3; ignored</source>
        <translation>第 %3 字节处 %2 的分块扩展中有无效字符 %1；已忽略</translation>
    </message>
    <message>
        <source>empty chunk extension at byte %1 in %2: a name must follow “;”; ignored</source>
        <translation>%2 中第 %1 字节处的分块扩展为空：“;”之后必须是名称；已忽略</translation>
    </message>
    <message>
        <source>the quoted chunk extension value opened at byte %1 is not closed before the end of the line %2; ignored</source>
        <translation>第 %1 字节处开始的带引号分块扩展值在行 %2 结束前没有闭合；已忽略</translation>
    </message>
    <message>
        <source>chunk extension without a value after “=” at byte %1 in %2; ignored</source>
        <translation>%2 中第 %1 字节处的分块扩展在“=”之后没有值；已忽略</translation>
    </message>
    <message>
        <source>bare CR (not followed by LF) at byte %1 inside the status line; replaced with a space as RFC 9112 §2.2 allows</source>
        <translation>第 %1 字节处状态行中有单独的 CR（后面没有 LF）；已按 RFC 9112 §2.2 的允许替换为空格</translation>
    </message>
    <message>
        <source>bare CR (not followed by LF) at byte %1 inside a header line; replaced with a space as RFC 9112 §2.2 allows</source>
        <translation>第 %1 字节处头部行中有单独的 CR（后面没有 LF）；已按 RFC 9112 §2.2 的允许替换为空格</translation>
    </message>
    <message>
        <source>bare CR (not followed by LF) at byte %1 inside a trailer line; replaced with a space as RFC 9112 §2.2 allows</source>
        <translation>第 %1 字节处尾部字段行中有单独的 CR（后面没有 LF）；已按 RFC 9112 §2.2 的允许替换为空格</translation>
    </message>
    <message>
        <source>“0x” prefix on the chunk size %1 at byte %2: a chunk size is bare hexadecimal digits; some readers take this for 0 (the last chunk), others skip the prefix</source>
        <translation>第 %2 字节处分块大小 %1 带有“0x”前缀：分块大小只能是十六进制数字；有的解析器把它当作 0（最后一个分块），有的则跳过前缀</translation>
    </message>
</context>
<context>
    <name>Gatescope::HttpieImporter</name>
    <message>
        <source>%1: the HTTPie option &apos;%2&apos; is not known; ignored</source>
        <translation>%1：未知的 HTTPie 选项“%2”；已忽略</translation>
    </message>
    <message>
        <source>%1: the HTTPie option %2 has no value; ignored</source>
        <translation>%1：HTTPie 选项 %2 没有值；已忽略</translation>
    </message>
    <message>
        <source>%1: the body comes from the file &apos;%2&apos; (&quot;&lt; %2&quot;); file contents are not read, so the body is empty</source>
        <translation>%1：请求体来自文件“%2”（&quot;&lt; %2&quot;）；不读取文件内容，因此请求体为空</translation>
    </message>
    <message>
        <source>%1: a file item (name@file) needs --form or --multipart; HTTPie stops with an error here, it is read as a multipart form</source>
        <translation>%1：文件项（name@file）需要 --form 或 --multipart；HTTPie 在此会报错退出，这里按 multipart 表单读取</translation>
    </message>
    <message>
        <source>%1: --raw and data items together are refused by HTTPie; the --raw body is read</source>
        <translation>%1：HTTPie 拒绝同时使用 --raw 和数据项；这里读取 --raw 的请求体</translation>
    </message>
    <message>
        <source>%1: the HTTPie session &apos;%2&apos; is not read; headers and cookies saved in it are not sent</source>
        <translation>%1：不读取 HTTPie 会话“%2”；其中保存的请求头和 Cookie 不会发送</translation>
    </message>
    <message>
        <source>%1: the client certificate &apos;%2&apos; is not read</source>
        <translation>%1：不读取客户端证书“%2”</translation>
    </message>
    <message>
        <source>%1: the query parameter &apos;%2&apos; comes from the file &apos;%3&apos;; file contents are not read</source>
        <translation>%1：查询参数“%2”来自文件“%3”；不读取文件内容</translation>
    </message>
    <message>
        <source>%1: -a gives no password; HTTPie would ask for it, so the password is read as empty</source>
        <translation>%1：-a 未给出密码；HTTPie 会提示输入，这里按空密码读取</translation>
    </message>
    <message>
        <source>%1: the HTTPie auth type &apos;%2&apos; is not supported; no Authorization header is sent</source>
        <translation>%1：不支持 HTTPie 认证类型“%2”；不发送 Authorization 请求头</translation>
    </message>
    <message>
        <source>%1: the nested JSON path &apos;%2&apos; is not expanded; it is sent as one key</source>
        <translation>%1：嵌套 JSON 路径“%2”未展开；作为单个键发送</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not JSON; HTTPie refuses it, it is sent as written</source>
        <translation>%1：“%2”不是 JSON；HTTPie 会拒绝它，这里按原样发送</translation>
    </message>
    <message>
        <source>%1: the field &apos;%2&apos; comes from the file &apos;%3&apos;; file contents are not read, so it is empty</source>
        <translation>%1：字段“%2”来自文件“%3”；不读取文件内容，因此为空</translation>
    </message>
    <message>
        <source>%1: the form part &apos;%2&apos; names the file &apos;%3&apos;; file contents are not read, so that part of the body is empty</source>
        <translation>%1：表单部分“%2”指向文件“%3”；不读取文件内容，因此请求体的这一部分为空</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: HTTPie stopped with an error of its own below the command; the request was not sent, so there is no response</source>
        <translation>%1：HTTPie 在命令下方因自身错误而中止；请求未发送，因此没有响应</translation>
    </message>
</context>
<context>
    <name>Gatescope::InvokeWebRequestExporter</name>
    <message>
        <source>the header %1 is switched off; Invoke-WebRequest may send its own</source>
        <extracomment>%1 = header name</extracomment>
        <translation>请求头 %1 已关闭；Invoke-WebRequest 可能会发送它自己的</translation>
    </message>
    <message>
        <source>HTTP/2 with prior knowledge has no Invoke-WebRequest parameter</source>
        <translation>HTTP/2 prior knowledge 没有对应的 Invoke-WebRequest 参数</translation>
    </message>
    <message>
        <source>%1 has no Invoke-WebRequest parameter; the request goes where DNS says</source>
        <extracomment>%1 = curl option and its argument, e.g. &quot;--resolve a.test:443:10.0.0.1&quot;</extracomment>
        <translation>%1 没有对应的 Invoke-WebRequest 参数；请求将发往 DNS 解析的地址</translation>
    </message>
</context>
<context>
    <name>Gatescope::InvokeWebRequestImporter</name>
    <message>
        <source>%1: %2: this Invoke-WebRequest call names no address Gatescope can read (-Uri with the URL written out)</source>
        <translation>%1：%2：此 Invoke-WebRequest 调用没有 Gatescope 能读取的地址（需要写明 URL 的 -Uri）</translation>
    </message>
    <message>
        <source>%1: the body is a hash table through ConvertTo-Json, rebuilt as compact JSON; PowerShell writes it indented and in its own key order</source>
        <translation>%1：正文是经 ConvertTo-Json 转换的哈希表，已重建为紧凑 JSON；PowerShell 会以缩进和自己的键顺序写出</translation>
    </message>
    <message>
        <source>%1: %2: the -Body expression was not read; the request has no body</source>
        <translation>%1：%2：未能读取 -Body 表达式；该请求没有正文</translation>
    </message>
    <message>
        <source>%1: the body comes from the file %2 (-InFile), which is not read</source>
        <translation>%1：正文来自文件 %2（-InFile），该文件不会被读取</translation>
    </message>
    <message>
        <source>%1: read a PowerShell Invoke-WebRequest call (&quot;Copy as PowerShell&quot;) as the request it describes; PowerShell adds what the call does not set (its own User-Agent when none is given, Content-Length)</source>
        <translation>%1：已将 PowerShell 的 Invoke-WebRequest 调用（“复制为 PowerShell”）读取为其描述的请求；PowerShell 会补上调用未设置的内容（未指定时的自带 User-Agent、Content-Length）</translation>
    </message>
    <message>
        <source>%1: PowerShell variables that are not assigned in the text were left as written: %2</source>
        <translation>%1：文本中未赋值的 PowerShell 变量保持原样：%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::KeepAliveReport</name>
    <message>
        <source>no known idle timeout for &apos;%1&apos; (known: %2); give it in seconds</source>
        <translation>&apos;%1&apos; 没有已知的空闲超时（已知：%2）；请以秒为单位给出</translation>
    </message>
    <message>
        <source>Stopped by you.</source>
        <translation>已由你停止。</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>无响应：%1</translation>
    </message>
    <message>
        <source>The server answered %1 without a Keep-Alive field.</source>
        <translation>服务器以 %1 应答，没有 Keep-Alive 字段。</translation>
    </message>
    <message>
        <source>The server answered %1 with Keep-Alive: %2 (advertised timeout %3 s).</source>
        <translation>服务器以 %1 应答，带有 Keep-Alive: %2（声明的超时 %3 秒）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>It closed the connection with its answer (Connection: close, HTTP/1.0 or a failure): nothing is reused, so there is no keep-alive race with this server.</source>
        <translation>它在应答时关闭了连接（Connection: close、HTTP/1.0 或失败）：没有复用，因此与此服务器不存在 keep-alive 竞争。</translation>
    </message>
    <message>
        <source>The idle connection was still open after %1 s (the bound of this measurement): the server keeps idle connections at least that long.</source>
        <translation>空闲连接在 %1 秒后仍然打开（本次测量的上限）：服务器保持空闲连接至少这么久。</translation>
    </message>
    <message>
        <source>The server closed the idle connection after %1 s, with a %2.</source>
        <translation>服务器在空闲 %1 秒后关闭了连接，方式为 %2。</translation>
    </message>
    <message>
        <source>reset (RST)</source>
        <translation>重置（RST）</translation>
    </message>
    <message>
        <source>FIN (an orderly close)</source>
        <translation>FIN（正常关闭）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In front: %1 keeps idle connections %2 s (as you gave it).</source>
        <translation>前面：%1 保持空闲连接 %2 秒（按你给出的值）。</translation>
    </message>
    <message>
        <source>In front: %1 keeps idle connections %2 s by default (%3).</source>
        <translation>前面：%1 默认保持空闲连接 %2 秒（%3）。</translation>
    </message>
    <message>
        <source>its idle timeout for upstream connections</source>
        <translation>其上游连接的空闲超时</translation>
    </message>
    <message>
        <source>TOO SHORT: this server closes idle connections after %1 s, but %2 reuses them for up to %3 s. A request %2 sends on a connection idle for %1 s or more meets the close: an intermittent 502 (on some products 504).</source>
        <translation>过短：此服务器在 %1 秒后关闭空闲连接，但 %2 会复用它们长达 %3 秒。%2 在空闲 %1 秒或更久的连接上发送的请求会碰上关闭：间歇性 502（某些产品为 504）。</translation>
    </message>
    <message>
        <source>Fix: on %1 set %2 below %3 s (say %4 s), or raise this server&apos;s keep-alive timeout above %5 s.</source>
        <translation>修复：在 %1 上把 %2 设为低于 %3 秒（例如 %4 秒），或把此服务器的 keep-alive 超时提高到 %5 秒以上。</translation>
    </message>
    <message>
        <source>TIGHT: this server keeps idle connections only %1 s longer than %2 reuses them; a slow network or a busy %2 can still meet the close. Fix: on %2 set %3 at least a second below %4 s.</source>
        <translation>偏紧：此服务器保持空闲连接的时间只比 %2 复用它们的时间长 %1 秒；网络慢或 %2 繁忙时仍可能碰上关闭。修复：在 %2 上把 %3 设为比 %4 秒至少低一秒。</translation>
    </message>
    <message>
        <source>Safe: this server keeps idle connections longer than %1 reuses them.</source>
        <translation>安全：此服务器保持空闲连接的时间比 %1 复用它们的时间长。</translation>
    </message>
    <message>
        <source>A gateway in front must stop reusing idle connections before this: its upstream idle timeout must be shorter than %1 s (give it with --front or --front-timeout).</source>
        <translation>前面的网关必须在此之前停止复用空闲连接：其上游空闲超时必须短于 %1 秒（用 --front 或 --front-timeout 给出）。</translation>
    </message>
    <message numerus="yes">
        <source>The server never closed the idle connection by itself, but met a request sent after about %1 s of idleness with a close (bisection over %n trial(s)).</source>
        <translation>
            <numerusform>服务器从未主动关闭空闲连接，但对空闲约 %1 秒后发送的请求以关闭作答（经 %n 次二分试验）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: on %1 set %2 below %3 s (say %4 s), or raise this server&apos;s %5 above %6 s.</source>
        <translation>修复：在 %1 上将 %2 设为低于 %3 秒（例如 %4 秒），或将此服务器的 %5 提高到 %6 秒以上。</translation>
    </message>
</context>
<context>
    <name>Gatescope::Lab</name>
    <message>
        <source>The lab&apos;s fault origin could not listen on 127.0.0.1: %1</source>
        <translation>实验室的故障源站无法在 127.0.0.1 上监听：%1</translation>
    </message>
    <message>
        <source>The lab&apos;s origins could not listen on 127.0.0.1.</source>
        <translation>实验室的源站无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>The lab gateway for &apos;%1&apos; could not listen on 127.0.0.1.</source>
        <translation>“%1”的实验室网关无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>500 — an unhandled exception in the application</source>
        <translation>500 — 应用程序中有未处理的异常</translation>
    </message>
    <message>
        <source>The order service throws a NullPointerException while rendering the response. Its framework turns it into a 500 error page with the stack trace, and the lab gateway passes it through unchanged.</source>
        <translation>订单服务在渲染响应时抛出 NullPointerException。其框架把它变成带堆栈跟踪的 500 错误页，实验室网关原样转发。</translation>
    </message>
    <message>
        <source>500: unhandled exception at the application layer</source>
        <translation>500：应用层出现未处理的异常</translation>
    </message>
    <message>
        <source>500 — the database gave an answer the application could not use</source>
        <translation>500 — 数据库返回了应用程序无法使用的结果</translation>
    </message>
    <message>
        <source>The application asked its database for a row and got back a protocol error instead of a result set. It cannot finish the request and reports a 500 naming the database.</source>
        <translation>应用程序向数据库查询一行数据，得到的却是协议错误而不是结果集。它无法完成请求，于是返回一个提到数据库的 500。</translation>
    </message>
    <message>
        <source>500: invalid response from the database</source>
        <translation>500：数据库返回无效结果</translation>
    </message>
    <message>
        <source>502 — HTML came back where JSON was expected</source>
        <translation>502 — 期望 JSON 却返回了 HTML</translation>
    </message>
    <message>
        <source>The API call asks for JSON, but the origin redirects to its login page and answers with HTML. The lab gateway validates the content type for JSON callers and answers 502 instead of passing HTML on.</source>
        <translation>API 调用请求的是 JSON，但源站重定向到登录页并返回 HTML。实验室网关会为 JSON 调用方校验内容类型，返回 502 而不是转发 HTML。</translation>
    </message>
    <message>
        <source>502: unexpected response form (HTML where JSON was expected)</source>
        <translation>502：响应形式不符合预期（期望 JSON 却是 HTML）</translation>
    </message>
    <message>
        <source>502 — a firewall answered in the origin&apos;s place</source>
        <translation>502 — 防火墙代替源站作出了应答</translation>
    </message>
    <message>
        <source>A firewall between the gateway and the origin intercepts the connection and answers with bytes that are not HTTP. The gateway cannot read them and reports 502.</source>
        <translation>网关与源站之间的防火墙拦截了连接，并以非 HTTP 的字节作答。网关无法读取，于是报告 502。</translation>
    </message>
    <message>
        <source>502: a firewall between gateway and origin answers in its place</source>
        <translation>502：网关与源站之间的防火墙代替源站应答</translation>
    </message>
    <message>
        <source>502 — the upstream&apos;s name does not resolve</source>
        <translation>502 — 上游的名称无法解析</translation>
    </message>
    <message>
        <source>The gateway is configured with an upstream host name that DNS does not know (a typo, a deleted record, a private zone the gateway cannot see). It never reaches the origin and answers 502.</source>
        <translation>网关配置的上游主机名在 DNS 中不存在（拼写错误、记录已删除、网关看不到的私有区域）。它永远到不了源站，于是返回 502。</translation>
    </message>
    <message>
        <source>502: network, routing or DNS failure between gateway and origin</source>
        <translation>502：网关与源站之间的网络、路由或 DNS 故障</translation>
    </message>
    <message>
        <source>502 — the origin sent a broken body</source>
        <translation>502 — 源站发送了损坏的正文</translation>
    </message>
    <message>
        <source>The origin starts a chunked response and then writes a chunk size that is not hexadecimal. The gateway cannot frame the body and answers 502.</source>
        <translation>源站开始发送分块响应，随后写出的块大小不是十六进制数。网关无法对正文分帧，于是返回 502。</translation>
    </message>
    <message>
        <source>502: the origin returned an invalid body</source>
        <translation>502：源站返回了无效的正文</translation>
    </message>
    <message>
        <source>503 — the service is at capacity</source>
        <translation>503 — 服务已满负荷</translation>
    </message>
    <message>
        <source>The gateway allows two requests in flight to a slow origin. The scenario sends four at once: two are served, the others are turned away with 503 because there is no room.</source>
        <translation>网关只允许向慢速源站同时发送两个请求。该场景一次发送四个：两个得到处理，其余因为没有空位而被 503 拒绝。</translation>
    </message>
    <message>
        <source>503: the server is at capacity and refuses more work</source>
        <translation>503：服务器已满负荷，拒绝更多工作</translation>
    </message>
    <message>
        <source>503 — every upstream has crashed</source>
        <translation>503 — 所有上游都已崩溃</translation>
    </message>
    <message>
        <source>Both application servers behind the gateway have crashed: nothing listens on their ports, so every health check fails and the gateway has no healthy upstream to send to.</source>
        <translation>网关后面的两台应用服务器都已崩溃：其端口上没有任何监听，因此每次健康检查都失败，网关没有健康的上游可以转发。</translation>
    </message>
    <message>
        <source>503: the server has crashed and cannot accept connections</source>
        <translation>503：服务器已崩溃，无法接受连接</translation>
    </message>
    <message>
        <source>503 — planned maintenance</source>
        <translation>503 — 计划内维护</translation>
    </message>
    <message>
        <source>The operators switched the gateway into maintenance mode for a database migration. It answers 503 with Retry-After: 600 to every request.</source>
        <translation>运维人员为进行数据库迁移将网关切换到维护模式。它对每个请求都返回 503 和 Retry-After: 600。</translation>
    </message>
    <message>
        <source>503: the server is in maintenance mode</source>
        <translation>503：服务器处于维护模式</translation>
    </message>
    <message>
        <source>504 — too many concurrent requests</source>
        <translation>504 — 并发请求过多</translation>
    </message>
    <message>
        <source>The origin has one worker that needs 0.7 s per request. The scenario sends a burst of six: the first two are answered in time, the rest wait in the origin&apos;s queue past the gateway&apos;s 2 s read timeout and get 504.</source>
        <translation>源站只有一个工作进程，每个请求需要 0.7 秒。该场景一次突发发送六个请求：前两个及时得到应答，其余在源站队列中等待超过网关 2 秒的读取超时，得到 504。</translation>
    </message>
    <message>
        <source>504: too many concurrent requests on the origin</source>
        <translation>504：源站上的并发请求过多</translation>
    </message>
    <message>
        <source>504 — the origin hit an error and answered nothing</source>
        <translation>504 — 源站出错，没有任何应答</translation>
    </message>
    <message>
        <source>The origin&apos;s handler deadlocks after reading the request: it never writes a byte and never closes. The gateway waits for its 2 s read timeout and answers 504.</source>
        <translation>源站的处理程序在读取请求后陷入死锁：它从不写出任何字节，也从不关闭连接。网关等待 2 秒读取超时后返回 504。</translation>
    </message>
    <message>
        <source>504: the origin hit an error and sent nothing back</source>
        <translation>504：源站出错，没有返回任何内容</translation>
    </message>
    <message>
        <source>504 — the network between gateway and origin drops packets</source>
        <translation>504 — 网关与源站之间的网络丢包</translation>
    </message>
    <message>
        <source>The path to the origin loses everything after the handshake: the connection opens, but the request never arrives and no answer comes back. The gateway times out with 504 although the origin itself is healthy.</source>
        <translation>握手之后通往源站的路径丢失了所有数据：连接已打开，但请求从未到达，也没有任何应答返回。尽管源站本身是健康的，网关仍以 504 超时。</translation>
    </message>
    <message>
        <source>504: network failure between gateway and origin</source>
        <translation>504：网关与源站之间的网络故障</translation>
    </message>
    <message>
        <source>Straight to the origin — connection refused</source>
        <translation>直连源站 — 连接被拒绝</translation>
    </message>
    <message>
        <source>Nothing listens on the origin&apos;s port (the process is down). With no gateway in between, the client gets no HTTP answer at all; a gateway in front would have answered 502.</source>
        <translation>源站端口上没有任何监听（进程未运行）。中间没有网关时，客户端根本得不到 HTTP 应答；若前面有网关，则会返回 502。</translation>
    </message>
    <message>
        <source>Transport failure without a gateway: refused</source>
        <translation>无网关时的传输故障：被拒绝</translation>
    </message>
    <message>
        <source>Straight to the origin — connection reset</source>
        <translation>直连源站 — 连接被重置</translation>
    </message>
    <message>
        <source>The origin accepts the request and then aborts the connection with a TCP reset, as a crashing worker or a killed process does.</source>
        <translation>源站接受请求后用 TCP 重置中止连接，就像崩溃的工作进程或被终止的进程那样。</translation>
    </message>
    <message>
        <source>Transport failure without a gateway: reset</source>
        <translation>无网关时的传输故障：被重置</translation>
    </message>
    <message>
        <source>Straight to the origin — empty reply</source>
        <translation>直连源站 — 空应答</translation>
    </message>
    <message>
        <source>The origin reads the request and closes the connection without sending a single byte (curl calls it &apos;Empty reply from server&apos;).</source>
        <translation>源站读取请求后不发送任何字节就关闭连接（curl 称之为“Empty reply from server”）。</translation>
    </message>
    <message>
        <source>Transport failure without a gateway: closed early</source>
        <translation>无网关时的传输故障：提前关闭</translation>
    </message>
    <message>
        <source>Straight to the origin — bytes that are not HTTP</source>
        <translation>直连源站 — 非 HTTP 的字节</translation>
    </message>
    <message>
        <source>Something other than an HTTP server answers on the port: an SSH banner and binary noise.</source>
        <translation>端口上应答的不是 HTTP 服务器：一个 SSH 横幅和二进制噪声。</translation>
    </message>
    <message>
        <source>Transport failure without a gateway: invalid response</source>
        <translation>无网关时的传输故障：无效响应</translation>
    </message>
    <message>
        <source>Straight to the origin — TLS with an untrusted certificate</source>
        <translation>直连源站 — 使用不受信任证书的 TLS</translation>
    </message>
    <message>
        <source>The origin presents a self-signed certificate that no trusted authority signed. Verification fails before any HTTP is spoken.</source>
        <translation>源站提供的是自签名证书，没有受信任的机构签名。在进行任何 HTTP 通信之前验证就失败了。</translation>
    </message>
    <message>
        <source>Transport failure without a gateway: TLS failure</source>
        <translation>无网关时的传输故障：TLS 失败</translation>
    </message>
</context>
<context>
    <name>Gatescope::LoadScriptExporter</name>
    <message>
        <source>--ramp: &apos;%1&apos; is not FROM:TO:STEP:HOLD (such as 1:20:5:30)</source>
        <translation>--ramp：&apos;%1&apos; 不是 FROM:TO:STEP:HOLD 格式（例如 1:20:5:30）</translation>
    </message>
    <message>
        <source>--ramp: &apos;%1&apos; in &apos;%2&apos; is not a positive whole number</source>
        <translation>--ramp：&apos;%2&apos; 中的 &apos;%1&apos; 不是正整数</translation>
    </message>
    <message>
        <source>--ramp: &apos;%1&apos; makes more than 1000 steps</source>
        <translation>--ramp：&apos;%1&apos; 产生超过 1000 个阶段</translation>
    </message>
    <message>
        <source>%1 — the URL of request %2 (it holds a credential)</source>
        <translation>%1 — 请求 %2 的 URL（含有凭据）</translation>
    </message>
    <message>
        <source>%1 — the %2 header</source>
        <translation>%1 — %2 请求头</translation>
    </message>
    <message>
        <source>%1 — the body of request %2 (it holds a credential)</source>
        <translation>%1 — 请求 %2 的请求体（含有凭据）</translation>
    </message>
</context>
<context>
    <name>Gatescope::LoadTestResults</name>
    <message>
        <source>%1: line %2 is not Method,Name,Error,Occurrences</source>
        <translation>%1：第 %2 行不是 Method,Name,Error,Occurrences 格式</translation>
    </message>
    <message numerus="yes">
        <source>Locust: %n occurrence(s)</source>
        <translation>
            <numerusform>Locust：出现 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>k6 summary: count %1</source>
        <translation>k6 汇总：计数 %1</translation>
    </message>
    <message>
        <source>%1: k6&apos;s summary counts %2 requests, %3 of them failed (http_req_failed)%4, but not their statuses; run k6 with --out json=FILE, or with a threshold on http_reqs{status:502} (and the other 5xx), to diagnose them</source>
        <translation>%1：k6 的汇总统计了 %2 个请求，其中 %3 个失败（http_req_failed）%4，但没有它们的状态码；请用 --out json=FILE 运行 k6，或为 http_reqs{status:502}（及其他 5xx）设置阈值，以便诊断它们</translation>
    </message>
    <message>
        <source>, %1 with a 5xx</source>
        <translation>，%1 个为 5xx</translation>
    </message>
    <message>
        <source>%1: the locustfile raised “%2” (count %3): an error of the script, not an answer of the server</source>
        <translation>%1：locustfile 抛出了“%2”（计数 %3）：这是脚本自身的错误，不是服务器的应答</translation>
    </message>
    <message>
        <source>%1: Locust recorded no exception</source>
        <translation>%1：Locust 未记录任何异常</translation>
    </message>
</context>
<context>
    <name>Gatescope::LogCauses</name>
    <message>
        <source>upstream 127.0.0.1:8181 is the NGINX Ingress Controller&apos;s stand-in for a Service without ready endpoints</source>
        <translation>上游 127.0.0.1:8181 是 NGINX Ingress Controller 为没有就绪端点的 Service 设置的占位地址</translation>
    </message>
</context>
<context>
    <name>Gatescope::LogFormats</name>
    <message>
        <source>nginx error.log (also Kong)</source>
        <translation>nginx error.log（也适用于 Kong）</translation>
    </message>
    <message>
        <source>nginx access log with upstream fields (key=value)</source>
        <translation>带上游字段（key=value）的 nginx 访问日志</translation>
    </message>
    <message>
        <source>ingress-nginx default access log</source>
        <translation>ingress-nginx 默认访问日志</translation>
    </message>
    <message>
        <source>Combined/Common Log Format (nginx, Apache, varnishncsa)</source>
        <translation>Combined/Common 日志格式（nginx、Apache、varnishncsa）</translation>
    </message>
    <message>
        <source>Apache access log with %D</source>
        <translation>带 %D 的 Apache 访问日志</translation>
    </message>
    <message>
        <source>Apache error log</source>
        <translation>Apache 错误日志</translation>
    </message>
    <message>
        <source>HAProxy HTTP log (option httplog)</source>
        <translation>HAProxy HTTP 日志（option httplog）</translation>
    </message>
    <message>
        <source>Envoy default access log</source>
        <translation>Envoy 默认访问日志</translation>
    </message>
    <message>
        <source>Envoy JSON access log</source>
        <translation>Envoy JSON 访问日志</translation>
    </message>
    <message>
        <source>Caddy JSON log</source>
        <translation>Caddy JSON 日志</translation>
    </message>
    <message>
        <source>Traefik JSON access log</source>
        <translation>Traefik JSON 访问日志</translation>
    </message>
    <message>
        <source>Traefik CLF access log</source>
        <translation>Traefik CLF 访问日志</translation>
    </message>
    <message>
        <source>varnishlog transactions</source>
        <translation>varnishlog 事务</translation>
    </message>
    <message>
        <source>Squid native access.log</source>
        <translation>Squid 原生 access.log</translation>
    </message>
    <message>
        <source>Squid cache.log</source>
        <translation>Squid cache.log</translation>
    </message>
    <message>
        <source>AWS Application Load Balancer access log</source>
        <translation>AWS 应用负载均衡器访问日志</translation>
    </message>
    <message>
        <source>Amazon CloudFront standard log</source>
        <translation>Amazon CloudFront 标准日志</translation>
    </message>
    <message>
        <source>Amazon API Gateway execution log</source>
        <translation>Amazon API Gateway 执行日志</translation>
    </message>
    <message>
        <source>Heroku router log</source>
        <translation>Heroku 路由器日志</translation>
    </message>
    <message>
        <source>Google Cloud HTTP(S) load balancer log (JSON)</source>
        <translation>Google Cloud HTTP(S) 负载均衡器日志（JSON）</translation>
    </message>
    <message>
        <source>Cloudflare Logpush HTTP requests (JSON)</source>
        <translation>Cloudflare Logpush HTTP 请求（JSON）</translation>
    </message>
    <message>
        <source>Traefik text log (debug lines that name a 5xx and its cause)</source>
        <translation>Traefik 文本日志（指出 5xx 及其原因的调试行）</translation>
    </message>
    <message>
        <source>Caddy 1 error log line ([ERROR 502 /path] …)</source>
        <translation>Caddy 1 错误日志行（[ERROR 502 /路径] …）</translation>
    </message>
    <message>
        <source>http-proxy-middleware error line (webpack-dev-server, Vite, Create React App proxies)</source>
        <translation>http-proxy-middleware 错误行（webpack-dev-server、Vite、Create React App 的代理）</translation>
    </message>
    <message>
        <source>HAProxy TCP log (option tcplog)</source>
        <translation>HAProxy TCP 日志（option tcplog）</translation>
    </message>
    <message>
        <source>IIS W3C extended log (sc-status, sc-substatus, sc-win32-status)</source>
        <translation>IIS W3C 扩展日志（sc-status、sc-substatus、sc-win32-status）</translation>
    </message>
    <message>
        <source>AWS Classic Load Balancer access log</source>
        <translation>AWS 经典负载均衡器访问日志</translation>
    </message>
</context>
<context>
    <name>Gatescope::LogLineReader</name>
    <message>
        <source>%1: is a folder, not a log file</source>
        <translation>%1：是文件夹，不是日志文件</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: gzip file cannot be opened</source>
        <translation>%1：无法打开 gzip 文件</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1：读取错误：%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::LogParser</name>
    <message>
        <source>%1: holds no log lines</source>
        <translation>%1：不含任何日志行</translation>
    </message>
    <message>
        <source>%1: the log format is not one Gatescope reads; its first lines are:
%2</source>
        <translation>%1：Gatescope 不支持此日志格式；其前几行是：
%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::LogScanner</name>
    <message>
        <source>%1: reading cancelled</source>
        <translation>%1：读取已取消</translation>
    </message>
</context>
<context>
    <name>Gatescope::LooseText</name>
    <message>
        <source>%1: read as a transport failure a client reported (&quot;%2&quot;); there is no response, no status line and no header</source>
        <translation>%1：按客户端报告的传输失败读取（&quot;%2&quot;）；没有应答、没有状态行，也没有头部</translation>
    </message>
    <message>
        <source>%1: read the response found inside other text (a log, a quote or a transcript); the text around it was skipped</source>
        <translation>%1：读取了嵌在其他文本（日志、引用或终端记录）中的应答；其周围的文本被跳过</translation>
    </message>
    <message>
        <source>%1: read as the body of a response whose status the text does not state; there is no status line and no header, so the verdict rests on the body alone</source>
        <translation>%1：按状态未知的应答正文读取；没有状态行也没有头部，因此结论仅依据正文</translation>
    </message>
    <message>
        <source>%1: read as a %2 response from what the text states (&quot;%3&quot;); there is no status line, only %4 header line(s) and the body, so the verdict rests on less than a full response</source>
        <translation>%1：根据文本所述（&quot;%3&quot;）按 %2 应答读取；没有状态行，只有 %4 行头部和正文，因此结论所依据的不是完整的应答</translation>
    </message>
    <message>
        <source>%1: read as a %2 response from what the text states (&quot;%3&quot;); there is no status line and no header, only the body or page text, so the verdict rests on less than a full response</source>
        <translation>%1：根据文本所述（&quot;%3&quot;）按 %2 应答读取；没有状态行也没有头部，只有正文或页面文字，因此结论所依据的不是完整的应答</translation>
    </message>
    <message>
        <source>%1: read as an application&apos;s own log of an exception; the text states no status, and a web framework answers an unhandled exception with 500, so the verdict rests on that reading</source>
        <translation>%1：按应用程序自己记录的异常日志读取；文本未给出状态，而 Web 框架对未处理的异常应答 500，因此结论依据的是这一解读</translation>
    </message>
</context>
<context>
    <name>Gatescope::Main</name>
    <message>
        <source>gatescope: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); run &apos;gatescope --help&apos; for the commands that need none</source>
        <translation>gatescope：没有可打开窗口的显示（未设置 DISPLAY 和 WAYLAND_DISPLAY）；运行 &apos;gatescope --help&apos; 查看无需显示的命令</translation>
    </message>
</context>
<context>
    <name>Gatescope::OriginComparison</name>
    <message>
        <source>the gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>the addressed path</source>
        <translation>原地址路径</translation>
    </message>
    <message>
        <source>--origin %1: expected [IPv6]:PORT</source>
        <translation>--origin %1：应为 [IPv6]:PORT</translation>
    </message>
    <message>
        <source>--origin %1: expected HOST:PORT</source>
        <translation>--origin %1：应为 HOST:PORT</translation>
    </message>
    <message>
        <source>--origin %1: expected HOST:PORT with a port from 1 to 65535</source>
        <translation>--origin %1：应为 HOST:PORT，端口范围 1 到 65535</translation>
    </message>
    <message>
        <source>--origin %1: the request has no URL with a host to keep</source>
        <translation>--origin %1：请求没有可保留主机名的 URL</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%2 后返回 %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>%1 内无应答</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>未及时应答</translation>
    </message>
    <message>
        <source>connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>未应答即关闭</translation>
    </message>
    <message>
        <source>an answer that is not HTTP</source>
        <translation>应答不是 HTTP</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <source>the name did not resolve</source>
        <translation>名称无法解析</translation>
    </message>
    <message>
        <source>cancelled by you</source>
        <translation>已被您取消</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>through %1: %2</source>
        <translation>经由 %1：%2</translation>
    </message>
    <message>
        <source>as addressed: %1</source>
        <translation>按原地址：%1</translation>
    </message>
    <message>
        <source>the origin does not answer in time; %1 gave up waiting for it</source>
        <translation>源站未及时应答；%1 放弃了等待</translation>
    </message>
    <message>
        <source>the origin is down, %1 only reported it</source>
        <translation>源站已宕机，%1 只是报告了这一点</translation>
    </message>
    <message>
        <source>the origin fails too; %1 stands in front of a failing application</source>
        <translation>源站同样失败；%1 位于一个出错的应用之前</translation>
    </message>
    <message>
        <source>the origin answers; the fault lies in %1 or between it and the origin (its route, the address it uses, its timeouts)</source>
        <translation>源站有应答；故障在 %1 或它与源站之间（其路由、所用地址、超时设置）</translation>
    </message>
    <message>
        <source>the origin fails the same way: the fault is the application&apos;s</source>
        <translation>源站以同样方式失败：故障在应用本身</translation>
    </message>
    <message>
        <source>straight to the origin it works: a hop in between changes the request or reaches another instance</source>
        <translation>直接发往源站可以成功：中间某一跳改变了请求或到达了另一个实例</translation>
    </message>
    <message>
        <source>both fail: start with the origin</source>
        <translation>两者都失败：从源站查起</translation>
    </message>
    <message>
        <source>the origin answers; what stands in front of it fails</source>
        <translation>源站有应答；它前面的部分出错</translation>
    </message>
    <message>
        <source>the addressed path works, this address does not: it may not be the origin the gateway uses</source>
        <translation>原地址路径可用，此地址不可用：它可能不是网关所用的源站</translation>
    </message>
    <message>
        <source>both answer: nothing to bypass</source>
        <translation>两者都有应答：无需绕过</translation>
    </message>
    <message>
        <source>%1; straight to %2: %3 → %4</source>
        <translation>%1；直接发往 %2：%3 → %4</translation>
    </message>
    <message>
        <source>the origin is slow: it answers, but after %1, and %2 gave up after %3 — give %2 a longer timeout or make the origin faster</source>
        <extracomment>%1 how long the origin took to answer, %2 the gateway, %3 how long it waited</extracomment>
        <translation>源站很慢:它会应答,但要在 %1 之后,而 %2 在 %3 后已放弃 — 请给 %2 更长的超时,或让源站更快</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>every point of the chain answers: nothing to bypass</source>
        <translation>链路上的每一处都有应答:无需绕过</translation>
    </message>
    <message>
        <source>it fails down to %1: the fault is there or behind it</source>
        <translation>一直到 %1 都失败:故障就在那里或其后</translation>
    </message>
    <message>
        <source>it fails at %1 and is answered from %2 inwards: the fault lies in %1 or on its way to %2</source>
        <extracomment>%1 the innermost point where the request fails, %2 the next one inwards, where it is answered</extracomment>
        <translation>在 %1 处失败,而从 %2 往内都有应答:故障在 %1 或其通往 %2 的路径上</translation>
    </message>
    <message>
        <source>along the chain: %1 → %2</source>
        <translation>沿链路:%1 → %2</translation>
    </message>
    <message>
        <source>as addressed</source>
        <translation>按原地址</translation>
    </message>
    <message>
        <source>hop %1 (%2)</source>
        <translation>第 %1 跳(%2)</translation>
    </message>
    <message>
        <source>the origin (%1)</source>
        <translation>源站(%1)</translation>
    </message>
    <message>
        <source>stream reset (%1)</source>
        <translation>流被重置(%1)</translation>
    </message>
    <message>
        <source>GOAWAY (%1) during the answer</source>
        <translation>应答过程中收到 GOAWAY(%1)</translation>
    </message>
    <message>
        <source>GOAWAY (%1) before the answer</source>
        <translation>应答之前收到 GOAWAY(%1)</translation>
    </message>
    <message>
        <source>request body stalled by HTTP/2 flow control</source>
        <translation>请求体被 HTTP/2 流量控制阻塞</translation>
    </message>
</context>
<context>
    <name>Gatescope::Phases</name>
    <message>
        <source>Blocked</source>
        <extracomment>Timing phase: waiting for a free connection</extracomment>
        <translation>阻塞</translation>
    </message>
    <message>
        <source>DNS</source>
        <extracomment>Timing phase: host name lookup</extracomment>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Timing phase: TCP connect</extracomment>
        <translation>连接</translation>
    </message>
    <message>
        <source>TLS</source>
        <extracomment>Timing phase: TLS handshake</extracomment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Send</source>
        <extracomment>Timing phase: writing the request</extracomment>
        <translation>发送</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Wait (time to first byte)</source>
        <translation>等待（首字节时间）</translation>
    </message>
    <message>
        <source>Download</source>
        <extracomment>Timing phase: first → last response byte</extracomment>
        <translation>下载</translation>
    </message>
</context>
<context>
    <name>Gatescope::ProbeEngine</name>
    <message numerus="yes">
        <source>redirect limit of %n reached</source>
        <translation>
            <numerusform>已达到 %n 次的重定向上限</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatescope::ProtocolComparison</name>
    <message>
        <source>its HTTP/2 limit on the header list (cookies, long tokens) is lower than what HTTP/1.1 accepts — raise it or send fewer header bytes</source>
        <translation>它对头部列表(Cookie、长令牌)的 HTTP/2 限制低于 HTTP/1.1 所接受的大小 — 提高该限制或减少头部字节</translation>
    </message>
    <message>
        <source>it refuses streams past its limit of concurrent streams — raise the limit or send fewer requests at once</source>
        <translation>它拒绝超出并发流上限的流 — 提高上限或减少同时发送的请求</translation>
    </message>
    <message>
        <source>it asks for HTTP/1.1 on this resource — let the client fall back</source>
        <translation>它要求此资源使用 HTTP/1.1 — 让客户端回退</translation>
    </message>
    <message>
        <source>it resets the stream — its HTTP/2 settings or a 1.1-only upstream behind an h2 edge are the usual suspects</source>
        <translation>它重置了流 — 常见原因是它的 HTTP/2 设置,或 h2 边缘后面只支持 1.1 的上游</translation>
    </message>
    <message>
        <source>it ends HTTP/2 connections with GOAWAY before answering — a reload, a connection limit or a protocol error it saw</source>
        <translation>它在应答前用 GOAWAY 结束 HTTP/2 连接 — 可能是重载、连接数上限或它发现的协议错误</translation>
    </message>
    <message>
        <source>it never opened the HTTP/2 flow-control window for the request body</source>
        <translation>它从未为请求体打开 HTTP/2 流量控制窗口</translation>
    </message>
    <message>
        <source>the fault lies in its HTTP/2 handling (or in what it forwards differently over HTTP/2)</source>
        <translation>故障在于它对 HTTP/2 的处理(或它在 HTTP/2 下以不同方式转发的内容)</translation>
    </message>
    <message>
        <source>the server (%1)</source>
        <translation>服务器(%1)</translation>
    </message>
    <message>
        <source>the server at %1</source>
        <translation>位于 %1 的服务器</translation>
    </message>
    <message>
        <source>HTTP/2 (TLS, ALPN h2)</source>
        <translation>HTTP/2(TLS,ALPN h2)</translation>
    </message>
    <message>
        <source>HTTP/2 (h2c, prior knowledge)</source>
        <translation>HTTP/2(h2c,预知)</translation>
    </message>
    <message>
        <source>HTTP/2 (h2c Upgrade)</source>
        <translation>HTTP/2(h2c Upgrade)</translation>
    </message>
    <message>
        <source>HTTP/1.1 (the server chose it by ALPN)</source>
        <translation>HTTP/1.1(服务器通过 ALPN 选择)</translation>
    </message>
    <message>
        <source>HTTP/1.1 (the server did not take the h2c Upgrade)</source>
        <translation>HTTP/1.1(服务器未接受 h2c Upgrade)</translation>
    </message>
    <message>
        <source>HTTP/1.1</source>
        <translation>HTTP/1.1</translation>
    </message>
    <message>
        <source>— (no connection)</source>
        <translation>—(无连接)</translation>
    </message>
    <message>
        <source>The server did not agree to HTTP/2: it chose HTTP/1.1 in the TLS handshake (ALPN), so both requests went over HTTP/1.1 (%1; %2). There is no HTTP/2 path here to compare.</source>
        <translation>服务器未同意 HTTP/2:它在 TLS 握手中选择了 HTTP/1.1(ALPN),因此两个请求都走了 HTTP/1.1(%1;%2)。这里没有可比较的 HTTP/2 路径。</translation>
    </message>
    <message>
        <source>The server did not take the h2c Upgrade and answered over HTTP/1.1, so both requests went over HTTP/1.1 (%1; %2). Over plain http most servers speak HTTP/2 only with prior knowledge, or behind TLS.</source>
        <translation>服务器未接受 h2c Upgrade,并通过 HTTP/1.1 应答,因此两个请求都走了 HTTP/1.1(%1;%2)。在明文 http 上,大多数服务器只在预知模式下或在 TLS 之后才使用 HTTP/2。</translation>
    </message>
    <message>
        <source>Both answer, but not alike: HTTP/1.1 %1, HTTP/2 %2 — the server (or a hop in front of it) routes or treats the two protocols differently.</source>
        <translation>两者都有应答,但不相同:HTTP/1.1 %1,HTTP/2 %2 — 服务器(或其前面的某一跳)对两种协议的路由或处理不同。</translation>
    </message>
    <message>
        <source>Both answer alike (HTTP/1.1 %1; HTTP/2 %2): the protocol makes no difference here.</source>
        <translation>两者应答相同(HTTP/1.1 %1;HTTP/2 %2):这里协议没有影响。</translation>
    </message>
    <message>
        <source>Only over HTTP/2: %1 — %2; over HTTP/1.1 the same request gets %3. The fault appears only over HTTP/2: %4 — %5.</source>
        <extracomment>%1 what HTTP/2 got, %2 the cause&apos;s title, %3 what HTTP/1.1 got, %4 who speaks HTTP/2, %5 a hint</extracomment>
        <translation>仅在 HTTP/2 下:%1 — %2;同一请求通过 HTTP/1.1 得到 %3。故障只在 HTTP/2 下出现:%4 — %5。</translation>
    </message>
    <message>
        <source>Clients that fall back to HTTP/1.1 (or curl --http1.1) get through.</source>
        <translation>回退到 HTTP/1.1 的客户端(或 curl --http1.1)可以成功。</translation>
    </message>
    <message>
        <source>Over HTTP/1.1 it is refused too, but with an answer that says so.</source>
        <translation>通过 HTTP/1.1 同样被拒绝,但会有说明原因的应答。</translation>
    </message>
    <message>
        <source>Only over HTTP/1.1: %1 — %2; over HTTP/2 the same request gets %3. The fault appears only over HTTP/1.1: a hop that speaks 1.1 on this path (a 1.1-only upstream, connection reuse, message framing) — HTTP/2 clients such as browsers do not see it.</source>
        <translation>仅在 HTTP/1.1 下:%1 — %2;同一请求通过 HTTP/2 得到 %3。故障只在 HTTP/1.1 下出现:此路径上某个使用 1.1 的跳(只支持 1.1 的上游、连接复用、消息分帧)— 浏览器等 HTTP/2 客户端看不到它。</translation>
    </message>
    <message>
        <source>Fails the same way over both protocols (%1 — %2): the protocol is not the cause.</source>
        <translation>两种协议下以相同方式失败(%1 — %2):协议不是原因。</translation>
    </message>
    <message>
        <source>Fails over both protocols, differently: HTTP/1.1 %1 — %2; HTTP/2 %3 — %4.</source>
        <translation>两种协议下都失败,但方式不同:HTTP/1.1 %1 — %2;HTTP/2 %3 — %4。</translation>
    </message>
</context>
<context>
    <name>Gatescope::ProtocolSniffer</name>
    <message>
        <source>TLS (%1 record)</source>
        <translation>TLS（%1 记录）</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>HTTP/2 (cleartext, h2c)</source>
        <translation>HTTP/2（明文，h2c）</translation>
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
        <translation>AMQP（RabbitMQ、ActiveMQ、Qpid）</translation>
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
        <translation>MySQL/MariaDB（错误包）</translation>
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
        <translation>Elasticsearch（传输端口）</translation>
    </message>
    <message>
        <source>memcached</source>
        <translation>memcached</translation>
    </message>
    <message>
        <source>the peer answered like %1, not HTTP: %2</source>
        <translation>对端的应答像 %1，而不是 HTTP：%2</translation>
    </message>
    <message>
        <source>a TLS (HTTPS) port that expected a TLS handshake (Go&apos;s answer to plain HTTP)</source>
        <translation>一个期待 TLS 握手的 TLS（HTTPS）端口（Go 对明文 HTTP 的回答）</translation>
    </message>
</context>
<context>
    <name>Gatescope::ProxyResolver</name>
    <message>
        <source>proxy from %1 is empty</source>
        <translation>来自 %1 的代理为空</translation>
    </message>
    <message>
        <source>proxy &apos;%1&apos; from %2 is not a valid proxy URL</source>
        <translation>来自 %2 的代理“%1”不是有效的代理 URL</translation>
    </message>
    <message>
        <source>proxy &apos;%1&apos; from %2: scheme &apos;%3&apos; is not supported (use http://, socks5:// or socks5h://)</source>
        <translation>来自 %2 的代理“%1”：不支持协议“%3”（请使用 http://、socks5:// 或 socks5h://）</translation>
    </message>
    <message>
        <source>proxy &apos;%1&apos; from %2: a proxy URL has no path</source>
        <translation>来自 %2 的代理“%1”：代理 URL 不能有路径</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>该请求</translation>
    </message>
</context>
<context>
    <name>Gatescope::RampReport</name>
    <message>
        <source>no response</source>
        <translation>无应答</translation>
    </message>
    <message numerus="yes">
        <source>ramp of %1: concurrency %2 (%n step(s)), each held %3 s; at most %4 requests (%5 per step) and at most %6 s (each step: the hold and up to %7 s for the requests still in flight); one connection per request in flight, kept open while the server allows</source>
        <translation>
            <numerusform>%1 的爬坡：并发 %2（%n 级），每级保持 %3 秒；最多 %4 个请求（每级 %5 个），最长 %6 秒（每级：保持时间加上最多 %7 秒等待仍在进行的请求）；每个进行中的请求一个连接，在服务器允许时保持打开</numerusform>
        </translation>
    </message>
    <message>
        <source>concurrency   answered   per s (ok)      p50       p90       p99   failed   verdicts</source>
        <translation>并发     已应答   每秒（成功）      p50       p90       p99   失败   结论</translation>
    </message>
    <message>
        <source>%1 ×%2 (%3)</source>
        <translation>%1 ×%2（%3）</translation>
    </message>
    <message>
        <source>(step&apos;s request budget spent)</source>
        <translation>（本级请求预算已用完）</translation>
    </message>
    <message>
        <source>(stopped by you)</source>
        <translation>（已由您停止）</translation>
    </message>
    <message>
        <source>Rule: errors turn when a step&apos;s failure share is %1 percentage points above every step before it; latency turns when its p90 is more than %2× the lowest p90 before it and at least %3 ms above it.</source>
        <translation>规则：当某级的失败比例比之前每一级高出 %1 个百分点时，错误发生转折；当其 p90 超过之前最低 p90 的 %2 倍且至少高出 %3 毫秒时，延迟发生转折。</translation>
    </message>
    <message>
        <source>No step finished: no knee.</source>
        <translation>没有完成任何一级：无拐点。</translation>
    </message>
    <message>
        <source>No knee up to concurrency %1: %2 answers per second, p90 %3, %4 failed.</source>
        <translation>直到并发 %1 都没有拐点：每秒 %2 个应答，p90 %3，失败 %4。</translation>
    </message>
    <message>
        <source>failures rose from %1 to %2</source>
        <translation>失败从 %1 升至 %2</translation>
    </message>
    <message>
        <source>p90 rose from %1 to %2</source>
        <translation>p90 从 %1 升至 %2</translation>
    </message>
    <message>
        <source>Knee at concurrency %1 (the step after %2): %3.</source>
        <translation>拐点在并发 %1（%2 之后的一级）：%3。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>，且</translation>
    </message>
    <message>
        <source>Knee at the first step, concurrency %1: %2.</source>
        <translation>拐点在第一级，并发 %1：%2。</translation>
    </message>
    <message>
        <source>Verdict there: %1 — %2</source>
        <translation>该处结论：%1 — %2</translation>
    </message>
    <message>
        <source>No failures at the knee yet; the first come at concurrency %1: %2 — %3</source>
        <translation>拐点处尚无失败；首批失败出现在并发 %1：%2 — %3</translation>
    </message>
    <message>
        <source>No failures within the ramp: the server queues rather than refuses (or this machine is the limit; watch its CPU).</source>
        <translation>爬坡中没有失败：服务器选择排队而不是拒绝（或者本机才是瓶颈；请关注其 CPU）。</translation>
    </message>
    <message numerus="yes">
        <source>ramp of %1, open loop: %2 requests a second (%n step(s)), each held %3 s, each request started at its time whatever the answers, latency from that time; at most %8 in flight; at most %4 requests (%5 per step) and at most %6 s (each step: the hold and up to %7 s for the requests still in flight)</source>
        <translation>
            <numerusform>%1 的爬坡，开环：每秒 %2 个请求（%n 个阶段），每阶段保持 %3 秒，每个请求按其时刻发出、不论应答如何，延迟从该时刻算起；最多同时 %8 个；最多 %4 个请求（每阶段 %5 个），最长 %6 秒（每阶段：保持时间加最多 %7 秒等待仍在进行的请求）</numerusform>
        </translation>
    </message>
    <message>
        <source>   rate / s   answered   per s (ok)      p50       p90       p99   failed   verdicts</source>
        <translation>   速率/秒      已应答   每秒 (成功)      p50       p90       p99   失败     结论</translation>
    </message>
    <message>
        <source>(%1 waited for a free slot, %2 not sent: the in-flight cap)</source>
        <translation>（%1 个等待空闲名额，%2 个未发送：同时进行上限）</translation>
    </message>
    <message>
        <source>No knee up to %1 requests a second: %2 answers per second, p90 %3, %4 failed.</source>
        <translation>直到每秒 %1 个请求都没有拐点：每秒 %2 个应答，p90 %3，失败 %4。</translation>
    </message>
    <message>
        <source>Knee at %1 requests a second (the step after %2): %3.</source>
        <translation>拐点在每秒 %1 个请求（%2 之后的阶段）：%3。</translation>
    </message>
    <message>
        <source>Knee at the first step, %1 requests a second: %2.</source>
        <translation>拐点在第一个阶段，每秒 %1 个请求：%2。</translation>
    </message>
    <message>
        <source>No failures at the knee yet; the first come at %1 requests a second: %2 — %3</source>
        <translation>拐点处尚无失败；首批失败出现在每秒 %1 个请求：%2 — %3</translation>
    </message>
</context>
<context>
    <name>Gatescope::RampRunner</name>
    <message>
        <source>the ramp has no steps</source>
        <translation>爬坡没有任何一级</translation>
    </message>
    <message>
        <source>every step needs a concurrency of at least 1</source>
        <translation>每一级的并发数至少为 1</translation>
    </message>
    <message>
        <source>a concurrency above %1 is not possible</source>
        <translation>并发数不能超过 %1</translation>
    </message>
    <message>
        <source>each step must be held at least %1 s</source>
        <translation>每一级至少保持 %1 秒</translation>
    </message>
    <message>
        <source>more than %1 requests are not possible</source>
        <translation>请求数不能超过 %1</translation>
    </message>
    <message>
        <source>a ramp longer than %1 hours is not possible</source>
        <translation>爬坡不能超过 %1 小时</translation>
    </message>
    <message>
        <source>a budget of %1 requests gives each of the %2 steps %3, fewer than the highest concurrency (%4); raise --max-requests or use fewer steps</source>
        <translation>%1 个请求的预算分给 %2 级后每级 %3 个，少于最高并发数（%4）；请提高 --max-requests 或减少级数</translation>
    </message>
    <message>
        <source>a concurrency of %1 (more than %2)</source>
        <translation>并发数 %1（超过 %2）</translation>
    </message>
    <message>
        <source>%1 requests (more than %2)</source>
        <translation>%1 个请求（超过 %2）</translation>
    </message>
    <message>
        <source>up to %1 s (more than %2 s)</source>
        <translation>最长 %1 秒（超过 %2 秒）</translation>
    </message>
    <message>
        <source>a rate above %1 requests a second is not possible</source>
        <translation>每秒超过 %1 个请求的速率不可行</translation>
    </message>
    <message>
        <source>at least 1 request must be allowed in flight</source>
        <translation>至少须允许 1 个请求同时进行</translation>
    </message>
    <message>
        <source>a budget of %1 requests gives each of the %2 steps %3, less than one second at the highest rate (%4 a second); raise --max-requests or use fewer steps</source>
        <translation>%1 个请求的预算分给 %2 个阶段每个 %3 个，不足最高速率（每秒 %4 个）下的一秒；请提高 --max-requests 或减少阶段</translation>
    </message>
    <message>
        <source>a rate of %1 requests a second (more than %2)</source>
        <translation>每秒 %1 个请求的速率（超过 %2）</translation>
    </message>
    <message>
        <source>up to %1 requests in flight (more than %2)</source>
        <translation>最多 %1 个同时进行的请求（超过 %2）</translation>
    </message>
</context>
<context>
    <name>Gatescope::RawHttpImporter</name>
    <message>
        <source>header value continued on the next line (obsolete line folding)</source>
        <translation>标头值在下一行继续（已废弃的折行）</translation>
    </message>
    <message>
        <source>header line without &apos;:&apos;: &quot;%1&quot;</source>
        <translation>标头行缺少“:”：“%1”</translation>
    </message>
    <message>
        <source>white space between the field name and &apos;:&apos;</source>
        <translation>字段名与“:”之间有空白</translation>
    </message>
    <message>
        <source>the %1 body could not be decoded: %2</source>
        <translation>%1 正文无法解码：%2</translation>
    </message>
    <message>
        <source>%1: %2: expected a status line such as &quot;HTTP/1.1 502 Bad Gateway&quot;, found &quot;%3&quot;</source>
        <translation>%1：%2：应为类似“HTTP/1.1 502 Bad Gateway”的状态行，实际为“%3”</translation>
    </message>
    <message>
        <source>%1: %2: the text ends after an interim %3 response; the final response is missing</source>
        <translation>%1：%2：文本在临时响应 %3 之后结束；缺少最终响应</translation>
    </message>
    <message>
        <source>through a proxy tunnel (&quot;%1&quot;)</source>
        <translation>通过代理隧道（“%1”）</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) after the %1 bytes that Content-Length announced</source>
        <translation>
            <numerusform>Content-Length 声明的 %1 字节之后还有 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>the body has %1 of the %2 bytes that Content-Length announced</source>
        <translation>正文只有 Content-Length 声明的 %2 字节中的 %1 字节</translation>
    </message>
    <message>
        <source>interim %1 %2 response before the final one</source>
        <translation>最终响应之前的临时响应 %1 %2</translation>
    </message>
    <message>
        <source>%1: %2: expected a request line such as &quot;GET /path HTTP/1.1&quot;, found &quot;%3&quot;</source>
        <translation>%1：%2：应为类似“GET /path HTTP/1.1”的请求行，实际为“%3”</translation>
    </message>
    <message>
        <source>%1: %2: %3 (ignored)</source>
        <translation>%1：%2：%3（已忽略）</translation>
    </message>
    <message>
        <source>%1: %2: the request has no Host header, so where it goes is unknown (give an absolute URL or a Host header)</source>
        <translation>%1：%2：请求没有 Host 标头，因此不知道发往何处（请提供绝对 URL 或 Host 标头）</translation>
    </message>
    <message>
        <source>%1: the request does not say http or https; %2:// was assumed</source>
        <translation>%1：请求没有指明 http 或 https；已假定为 %2://</translation>
    </message>
    <message>
        <source>%1: %2: &quot;%3&quot; with Host &quot;%4&quot; is not a usable URL</source>
        <translation>%1：%2：带 Host “%4” 的 “%3” 不是可用的 URL</translation>
    </message>
    <message>
        <source>%1: %2: text after the request was ignored</source>
        <translation>%1：%2：请求之后的文本已被忽略</translation>
    </message>
    <message>
        <source>%1: the body has %2 of the %3 bytes that Content-Length announces; the request is read without that Content-Length</source>
        <translation>%1：正文只有 Content-Length 声明的 %3 字节中的 %2 字节；读取请求时去掉了该 Content-Length</translation>
    </message>
    <message>
        <source>%1: %2: no response and no failure curl reports was found</source>
        <translation>%1：%2：既没有找到响应，也没有找到 curl 报告的失败</translation>
    </message>
    <message>
        <source>%1: curl -v does not show the %2 bytes of body it sent; the request is read without a body</source>
        <translation>%1：curl -v 不显示它发送的 %2 字节正文；读取请求时不含正文</translation>
    </message>
    <message>
        <source>%1: curl reported after the response: curl: (%2) %3</source>
        <translation>%1：curl 在响应之后报告：curl: (%2) %3</translation>
    </message>
    <message>
        <source>%1: %2: a curl trace whose received headers do not start with a status line such as &quot;HTTP/1.1 502 Bad Gateway&quot;</source>
        <translation>%1：%2：curl 跟踪记录中收到的响应头不是以“HTTP/1.1 502 Bad Gateway”这样的状态行开头</translation>
    </message>
    <message>
        <source>%1: --trace-ascii shows line breaks and other bytes outside printable ASCII in a body as &apos;.&apos;; the bodies are shown as traced (--trace keeps every byte)</source>
        <translation>%1：--trace-ascii 会把正文中的换行及其他不可打印字节显示为 &apos;.&apos;；正文按跟踪记录显示（--trace 会保留每个字节）</translation>
    </message>
    <message>
        <source>%1: %2: wget output without a server response in it; run wget with -S (--server-response) to show the response headers</source>
        <translation>%1：%2：wget 输出中没有服务器响应；请加 -S（--server-response）运行 wget 以显示响应头</translation>
    </message>
    <message>
        <source>%1: %2: the server response wget printed cannot be read: %3</source>
        <translation>%1：%2：无法读取 wget 打印的服务器响应：%3</translation>
    </message>
    <message>
        <source>the JSON body was reformatted by the client that printed it (%1 bytes shown, Content-Length %2): read as shown</source>
        <translation>JSON 正文被打印它的客户端重新格式化（显示 %1 字节，Content-Length 为 %2）：按显示内容读取</translation>
    </message>
    <message>
        <source>no blank line between the header block and the body; the body was read from &quot;%1&quot; on</source>
        <translation>头部与正文之间没有空行；正文从“%1”开始读取</translation>
    </message>
    <message>
        <source>%1: only the proxy&apos;s answer to CONNECT came back (200 Connection established); the request through the tunnel failed: %2</source>
        <translation>%1：只收到代理对 CONNECT 的应答（200 Connection established）；经隧道发送的请求失败：%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::RedactionSummary</name>
    <message>
        <source>authorization value</source>
        <translation>Authorization 值</translation>
    </message>
    <message>
        <source>cookie value</source>
        <translation>Cookie 值</translation>
    </message>
    <message>
        <source>Set-Cookie value</source>
        <translation>Set-Cookie 值</translation>
    </message>
    <message>
        <source>API-key or token header</source>
        <translation>API 密钥或令牌标头</translation>
    </message>
    <message>
        <source>query parameter</source>
        <translation>查询参数</translation>
    </message>
    <message>
        <source>JSON field</source>
        <translation>JSON 字段</translation>
    </message>
    <message>
        <source>form field</source>
        <translation>表单字段</translation>
    </message>
    <message>
        <source>multipart field</source>
        <translation>multipart 字段</translation>
    </message>
    <message>
        <source>named secret in text</source>
        <translation>文本中的命名机密</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>AWS 访问密钥</translation>
    </message>
    <message>
        <source>AWS secret key</source>
        <translation>AWS 秘密密钥</translation>
    </message>
    <message>
        <source>password in a URL</source>
        <translation>URL 中的密码</translation>
    </message>
    <message>
        <source>compressed raw body</source>
        <translation>压缩的原始正文</translation>
    </message>
    <message>
        <source>custom pattern “%1”</source>
        <extracomment>%1 is the name the user gave to their own redaction pattern</extracomment>
        <translation>自定义模式“%1”</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>%1 = a count, %2 = what was counted (&quot;cookie value&quot;, &quot;JWT&quot;), e.g. &quot;3 × cookie value&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>IP address in a log line</source>
        <translation>日志行中的 IP 地址</translation>
    </message>
    <message>
        <source>raw HTTP/2 frames</source>
        <translation>原始 HTTP/2 帧</translation>
    </message>
</context>
<context>
    <name>Gatescope::Redactor</name>
    <message numerus="yes">
        <source>[redacted: %n compressed body byte(s)]</source>
        <translation>
            <numerusform>[已遮蔽：%n 字节压缩正文]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gatescope::ReportFile</name>
    <message>
        <source>%1: cannot write the report: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>%1：无法写入报告：%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::ReportWriter</name>
    <message>
        <source>no response (%1)</source>
        <extracomment>the exchange ended without an HTTP response; %1 = outcome id such as &quot;refused&quot;</extracomment>
        <translation>无响应（%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (predicted)</source>
        <extracomment>a status no server sent, but that a gateway in front would return</extracomment>
        <translation>%1（预测）</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 % confident)</source>
        <extracomment>%1 layer (origin/gateway/client), %2 product name (nginx, AWS Application Load Balancer…), %3 confidence in percent</extracomment>
        <translation>%1 · %2（置信度 %3 %）</translation>
    </message>
    <message>
        <source>%1 (after %2 s)</source>
        <extracomment>%1 retry advice, %2 seconds</extracomment>
        <translation>%1（%2 秒后）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Generated by Gatescope %1 on %2 · input: %3 %4</source>
        <extracomment>%1 version, %2 date and time (UTC), %3 input kind (har, curl, …), %4 input name</extracomment>
        <translation>由 Gatescope %1 于 %2 生成 · 输入：%3 %4</translation>
    </message>
    <message>
        <source>Redaction was turned OFF for this report: it contains the captured credentials as they were.</source>
        <translation>此报告的遮蔽已关闭：其中包含原样抓取的凭据。</translation>
    </message>
    <message>
        <source>Redaction was on: no credentials were found to hide.</source>
        <translation>遮蔽已开启：未发现需要隐藏的凭据。</translation>
    </message>
    <message numerus="yes">
        <source>Redaction was on: %n value(s) hidden and shown as [redacted] — %1.</source>
        <extracomment>%1 = number of values, %2 = the list by kind</extracomment>
        <translation>
            <numerusform>遮蔽已开启：%n 个值已隐藏并显示为 [redacted] — %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>request body: %n byte(s) of binary data, not shown</source>
        <extracomment>%n = body size in bytes</extracomment>
        <translation>
            <numerusform>请求正文：%n 字节二进制数据，未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>request body cut to its first %1 bytes of %2</source>
        <translation>请求正文已截断为 %2 字节中的前 %1 字节</translation>
    </message>
    <message>
        <source>Gatescope report</source>
        <translation>Gatescope 报告</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>遮蔽</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>产生者</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation>交换 %1</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>producer</source>
        <translation>产生者</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Decision path</source>
        <translation>决策路径</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Wire anomalies</source>
        <translation>线路异常</translation>
    </message>
    <message>
        <source>at byte %1</source>
        <translation>位于第 %1 字节</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应标头</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of binary data, not shown.</source>
        <translation>
            <numerusform>%n 字节二进制数据，未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>first %1 of %2 bytes</source>
        <translation>%2 字节中的前 %1 字节</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>日志行</translation>
    </message>
    <message>
        <source>none joined to this exchange</source>
        <translation>没有与此交换关联的行</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy exchange(s) not shown (not failing); --all or “Include healthy exchanges” includes them</source>
        <extracomment>%n healthy exchanges that a report leaves out unless asked to include them</extracomment>
        <translation>
            <numerusform>%n 个正常的交换未显示（未失败）；--all 或“包含正常交换”会包含它们</numerusform>
        </translation>
    </message>
    <message>
        <source>place from Via</source>
        <translation>位置来自 Via</translation>
    </message>
    <message>
        <source>named by the diagnosis only</source>
        <translation>仅由诊断提及</translation>
    </message>
    <message>
        <source>the address connected to</source>
        <translation>所连接的地址</translation>
    </message>
    <message>
        <source>place from the product&apos;s usual position</source>
        <translation>位置来自该产品的常见位置</translation>
    </message>
    <message>
        <source>%1 (made the answer)</source>
        <extracomment>a hop of the chain that made the 5xx; %1 = its name</extracomment>
        <translation>%1（生成了该应答）</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>跳</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>跳</translation>
    </message>
    <message>
        <source>What it added</source>
        <translation>它添加的内容</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>made the answer</source>
        <translation>生成了该应答</translation>
    </message>
    <message>
        <source>Seen, but not which hop added it:</source>
        <translation>已看到，但不知由哪一跳添加：</translation>
    </message>
    <message>
        <source>Where the wait went</source>
        <translation>等待时间去向</translation>
    </message>
    <message>
        <source>Timeout audit</source>
        <translation>超时审查</translation>
    </message>
    <message>
        <source>last stream %1</source>
        <translation>最后流 %1</translation>
    </message>
    <message>
        <source>window +%1</source>
        <translation>窗口 +%1</translation>
    </message>
    <message>
        <source>%1 ms %2 %3 stream %4 %5</source>
        <extracomment>One HTTP/2 frame: %1 = time in ms, %2 = in/out, %3 = type, %4 = stream id, %5 = details</extracomment>
        <translation>%1 ms %2 %3 流 %4 %5</translation>
    </message>
    <message>
        <source>in</source>
        <translation>入</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出</translation>
    </message>
    <message numerus="yes">
        <source>%n more frame(s) not listed</source>
        <translation>
            <numerusform>另有 %n 个帧未列出</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP/2 frames</source>
        <translation>HTTP/2 帧</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Decision path step: typical status code, then the verdict&apos;s title</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>behind the last hop, as you gave its timeouts</source>
        <translation>位于最后一跳之后,因为您给出了它的超时</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>超时</translation>
    </message>
</context>
<context>
    <name>Gatescope::RequestSpec</name>
    <message>
        <source>The URL contains a space at character %1; write it as %20: %2</source>
        <extracomment>%1 = 1-based character position in the URL, %2 = the URL with %20 for each space</extracomment>
        <translation>URL 在第 %1 个字符处包含空格；请写成 %20：%2</translation>
    </message>
</context>
<context>
    <name>Gatescope::RuleTree</name>
    <message>
        <source>rule pack larger than 16 MiB</source>
        <translation>规则包大于 16 MiB</translation>
    </message>
</context>
<context>
    <name>Gatescope::Rules</name>
    <message>
        <source>Did a complete HTTP response reach the client?</source>
        <translation>客户端收到了完整的 HTTP 响应吗？</translation>
    </message>
    <message>
        <source>No usable HTTP response reached the client: how did the conversation end?</source>
        <translation>客户端没有收到可用的 HTTP 响应：这次通信是如何结束的？</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Nothing accepted the TCP connection; with a gateway in front the user would see {predicted} from nginx, Caddy or Traefik, 503 from HAProxy, Apache, Squid or Envoy.</source>
        <translation>没有任何程序接受 TCP 连接；如果前面有网关，用户会看到 nginx、Caddy 或 Traefik 返回的 {predicted}，或 HAProxy、Apache、Squid、Envoy 返回的 503。</translation>
    </message>
    <message>
        <source>The client&apos;s SYN was answered with a reset: no process listens on that address and port, or a firewall rejects the connection actively. The request never reached any application. A gateway in front of this server would turn the same failure into its own error: 502 on nginx, Caddy, Traefik, Kong and AWS ALB; 503 on HAProxy, Apache mod_proxy, Squid, Envoy and Varnish; 521 on Cloudflare.</source>
        <translation>客户端的 SYN 收到了重置：该地址和端口上没有进程监听，或防火墙主动拒绝了连接。请求从未到达任何应用程序。位于该服务器前面的网关会把同样的故障变成自己的错误：nginx、Caddy、Traefik、Kong 和 AWS ALB 返回 502；HAProxy、Apache mod_proxy、Squid、Envoy 和 Varnish 返回 503；Cloudflare 返回 521。</translation>
    </message>
    <message>
        <source>Host name did not resolve</source>
        <translation>主机名无法解析</translation>
    </message>
    <message>
        <source>The host name did not resolve, so no connection was attempted; a gateway in front would answer {predicted} (nginx), 503 (HAProxy, Squid, Kong) or 530 (Cloudflare).</source>
        <translation>主机名无法解析，因此没有尝试连接；前置网关会返回 {predicted}（nginx）、503（HAProxy、Squid、Kong）或 530（Cloudflare）。</translation>
    </message>
    <message>
        <source>The resolver returned no address for the host (NXDOMAIN, no A/AAAA record, or no answer in time). Nothing was sent. Behind a gateway the same failure becomes 502 on nginx, Caddy and Traefik, 500 on Apache, 503 on HAProxy, Squid and Kong, 530 (error 1016) on Cloudflare and 502 on CloudFront.</source>
        <translation>解析器没有返回该主机的地址（NXDOMAIN、没有 A/AAAA 记录，或未及时应答）。没有发送任何内容。位于网关之后时，同样的故障在 nginx、Caddy 和 Traefik 上是 502，在 Apache 上是 500，在 HAProxy、Squid 和 Kong 上是 503，在 Cloudflare 上是 530（错误 1016），在 CloudFront 上是 502。</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>The TLS handshake failed before any HTTP was exchanged; a gateway in front would answer {predicted} (nginx, ALB, CloudFront), 503 (HAProxy, Envoy, Squid), 500 (Apache, Traefik) or 525/526 (Cloudflare).</source>
        <translation>在交换任何 HTTP 之前 TLS 握手就失败了；前置网关会返回 {predicted}（nginx、ALB、CloudFront）、503（HAProxy、Envoy、Squid）、500（Apache、Traefik）或 525/526（Cloudflare）。</translation>
    </message>
    <message>
        <source>The client and the server could not agree on a secure connection, or the certificate was not accepted (expired, wrong name, unknown issuer, incomplete chain). No HTTP request was sent.</source>
        <translation>客户端与服务器无法协商出安全连接，或证书未被接受（已过期、名称不符、签发者未知、证书链不完整）。没有发送任何 HTTP 请求。</translation>
    </message>
    <message>
        <source>Connecting timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>The connection could not be set up in time (no answer to the SYN); a gateway in front would answer {predicted} (nginx, Caddy, ALB) or 503 (HAProxy, Envoy, Squid, Varnish) or 522 (Cloudflare).</source>
        <translation>无法及时建立连接（SYN 没有回应）；前置网关会返回 {predicted}（nginx、Caddy、ALB）、503（HAProxy、Envoy、Squid、Varnish）或 522（Cloudflare）。</translation>
    </message>
    <message>
        <source>Packets to the server were silently dropped: a firewall or security group that drops instead of rejecting, a wrong route, or a host that is down. The request never left the client.</source>
        <translation>发往服务器的数据包被静默丢弃：防火墙或安全组执行丢弃而非拒绝、路由错误，或主机已宕机。请求从未离开客户端。</translation>
    </message>
    <message>
        <source>Waiting for the response timed out</source>
        <translation>等待响应超时</translation>
    </message>
    <message>
        <source>The server accepted the request but sent no complete response in time; a gateway in front would answer {predicted} (nginx, HAProxy, Envoy), 502 (Apache), 503 (Varnish, Heroku) or 524 (Cloudflare).</source>
        <translation>服务器接受了请求，但没有及时发送完整的响应；前置网关会返回 {predicted}（nginx、HAProxy、Envoy）、502（Apache）、503（Varnish、Heroku）或 524（Cloudflare）。</translation>
    </message>
    <message>
        <source>The connection was up and the request was written, then the server stayed silent (or stopped sending) longer than the client&apos;s timeout. The application is slow, stuck, overloaded, or hit an error and never answered.</source>
        <translation>连接已建立、请求已写出，随后服务器沉默（或停止发送）的时间超过了客户端的超时。应用程序很慢、卡住、过载，或出错后从未应答。</translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation>连接被重置</translation>
    </message>
    <message>
        <source>The server reset the connection instead of answering; a gateway in front would answer {predicted} (nginx, HAProxy, Caddy), 503 (Envoy &apos;remote reset&apos;, Varnish) or 520 (Cloudflare).</source>
        <translation>服务器重置了连接而不是应答；前置网关会返回 {predicted}（nginx、HAProxy、Caddy）、503（Envoy“remote reset”、Varnish）或 520（Cloudflare）。</translation>
    </message>
    <message>
        <source>A TCP reset arrived after the connection was set up: the process crashed or was killed mid-request, a load balancer or firewall dropped the connection from its table, or the server closed a keep-alive connection the client was reusing.</source>
        <translation>连接建立后收到了 TCP 重置：进程在请求过程中崩溃或被终止，负载均衡器或防火墙从其连接表中删除了该连接，或者服务器关闭了客户端正在复用的 keep-alive 连接。</translation>
    </message>
    <message>
        <source>Bytes arrived, but not a usable HTTP response</source>
        <translation>收到了字节，但不是可用的 HTTP 响应</translation>
    </message>
    <message>
        <source>The server sent bytes that are not a valid HTTP response; a gateway in front would answer {predicted} (nginx &apos;upstream sent invalid header&apos;, HAProxy PH, Envoy UPE) or 503 (Varnish).</source>
        <translation>服务器发送的字节不是有效的 HTTP 响应；前置网关会返回 {predicted}（nginx“upstream sent invalid header”，HAProxy PH，Envoy UPE）或 503（Varnish）。</translation>
    </message>
    <message>
        <source>What came back could not be read as HTTP/1.1: no status line, a header line without a colon, conflicting lengths or broken chunking. Often the port speaks another protocol (TLS, SSH, a database) or the application writes raw text before its headers. The anomalies list the byte offset.</source>
        <translation>返回的内容无法按 HTTP/1.1 读取：没有状态行、标头行缺少冒号、长度冲突或分块损坏。这通常是因为端口使用了其他协议（TLS、SSH、数据库），或应用程序在标头之前写入了原始文本。异常信息列出了字节偏移。</translation>
    </message>
    <message>
        <source>The response began but its body was cut short</source>
        <translation>响应已开始，但正文被截断</translation>
    </message>
    <message>
        <source>The response headers arrived but the connection closed before the whole body did.</source>
        <translation>响应标头已到达，但连接在完整正文到达之前关闭了。</translation>
    </message>
    <message>
        <source>The status line and headers were complete, then the peer closed the connection before the promised Content-Length or the final chunk. A gateway would already have passed on the status, so the user sees a truncated page or a failed download rather than a 5xx.</source>
        <translation>状态行和标头都已完整，随后对端在达到承诺的 Content-Length 或最后一个块之前关闭了连接。网关此时已转发了状态，所以用户看到的是被截断的页面或下载失败，而不是 5xx。</translation>
    </message>
    <message>
        <source>Closed before a response</source>
        <translation>在响应之前关闭</translation>
    </message>
    <message>
        <source>The server closed the connection before sending a complete response; a gateway in front would answer {predicted} (nginx &apos;upstream prematurely closed connection&apos;, HAProxy SH), 503 (Envoy UC, Varnish) or 520 (Cloudflare).</source>
        <translation>服务器在发送完整响应之前关闭了连接；前置网关会返回 {predicted}（nginx“upstream prematurely closed connection”，HAProxy SH）、503（Envoy UC、Varnish）或 520（Cloudflare）。</translation>
    </message>
    <message>
        <source>The connection closed cleanly (FIN) before the response was complete, often after 0 bytes (&apos;empty reply from server&apos;): the application crashed or exited while handling the request, a worker was recycled, or a keep-alive connection was closed by the server just as the client reused it.</source>
        <translation>连接在响应完整之前被正常关闭（FIN），往往是 0 字节之后（“empty reply from server”）：应用程序在处理请求时崩溃或退出，工作进程被回收，或服务器恰好在客户端复用 keep-alive 连接时将其关闭。</translation>
    </message>
    <message>
        <source>No response, for a reason the rules do not know</source>
        <translation>没有响应，原因不在规则之内</translation>
    </message>
    <message>
        <source>No usable response arrived and the transport outcome does not say why.</source>
        <translation>没有收到可用的响应，传输结果也没有说明原因。</translation>
    </message>
    <message>
        <source>The exchange has no HTTP response but the outcome is not one of the known failures. The transport detail and anomalies below are all there is.</source>
        <translation>该交换没有 HTTP 响应，但结果不属于已知的故障类型。下面的传输详情和异常就是全部信息。</translation>
    </message>
    <message>
        <source>Is it a vendor-specific status code?</source>
        <translation>这是厂商特有的状态码吗？</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s own 52x code: which hop failed?</source>
        <translation>Cloudflare 自己的 52x 代码：哪一跳出错了？</translation>
    </message>
    <message>
        <source>520: the origin sent an empty or unreadable response</source>
        <translation>520：源站发送了空的或无法读取的响应</translation>
    </message>
    <message>
        <source>Cloudflare reached the origin but got an empty, malformed or oversized response back (520).</source>
        <translation>Cloudflare 到达了源站，但收到的响应为空、格式错误或过大（520）。</translation>
    </message>
    <message>
        <source>520 is Cloudflare&apos;s catch-all for a response it cannot use: the origin closed or reset the connection without answering, sent response headers larger than 128 KB, malformed HTTP, or a broken HTTP/2 reply. It also appears when the origin&apos;s keep-alive closes connections Cloudflare is reusing.</source>
        <translation>520 是 Cloudflare 对无法使用的响应的统称：源站未应答就关闭或重置了连接，发送了超过 128 KB 的响应标头、格式错误的 HTTP 或损坏的 HTTP/2 响应。当源站的 keep-alive 关闭了 Cloudflare 正在复用的连接时也会出现。</translation>
    </message>
    <message>
        <source>521: the origin refused the connection</source>
        <translation>521：源站拒绝了连接</translation>
    </message>
    <message>
        <source>Cloudflare could not connect to the origin: the connection was refused (521).</source>
        <translation>Cloudflare 无法连接源站：连接被拒绝（521）。</translation>
    </message>
    <message>
        <source>The origin&apos;s port answered Cloudflare with a reset: the web server is down, listens on another port than the SSL mode uses (80 for Flexible, 443 for Full), or a firewall blocks Cloudflare&apos;s IP ranges.</source>
        <translation>源站端口用重置回应了 Cloudflare：Web 服务器未运行、监听的端口与 SSL 模式所用端口不同（Flexible 用 80，Full 用 443），或防火墙封锁了 Cloudflare 的 IP 段。</translation>
    </message>
    <message>
        <source>522: connecting to the origin timed out</source>
        <translation>522：连接源站超时</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s TCP connection to the origin was never established: no SYN-ACK within about 19 s (522).</source>
        <translation>Cloudflare 与源站的 TCP 连接始终未建立：约 19 秒内没有收到 SYN-ACK（522）。</translation>
    </message>
    <message>
        <source>Cloudflare sent SYNs and got no answer, or the request was not acknowledged within 90 s. The origin is overloaded to the point of not accepting connections, or a firewall silently drops Cloudflare&apos;s addresses, or the DNS record points at the wrong IP.</source>
        <translation>Cloudflare 发出了 SYN 却没有收到回应，或请求在 90 秒内未被确认。源站过载到不接受连接，或防火墙静默丢弃了 Cloudflare 的地址，或 DNS 记录指向了错误的 IP。</translation>
    </message>
    <message>
        <source>523: the origin is unreachable</source>
        <translation>523：源站不可达</translation>
    </message>
    <message>
        <source>524: the origin did not answer in time</source>
        <translation>524：源站未能及时应答</translation>
    </message>
    <message>
        <source>Cloudflare connected to the origin but got no HTTP response before its read timeout (100–120 s by default) (524).</source>
        <translation>Cloudflare 已连接到源站，但在其读取超时（默认 100–120 秒）前没有收到 HTTP 响应（524）。</translation>
    </message>
    <message>
        <source>The origin accepted the connection and the request, then took longer than Cloudflare&apos;s Proxy Read Timeout to send the response headers. The application is doing slow work inside the request (a report, an export, a long query) or is stuck waiting on something.</source>
        <translation>源站接受了连接和请求，但发送响应标头所用的时间超过了 Cloudflare 的 Proxy Read Timeout。应用程序在请求中做着耗时的工作（报表、导出、长查询），或卡在等待某样东西。</translation>
    </message>
    <message>
        <source>525: TLS handshake with the origin failed</source>
        <translation>525：与源站的 TLS 握手失败</translation>
    </message>
    <message>
        <source>Cloudflare could not complete a TLS handshake with the origin (525).</source>
        <translation>Cloudflare 无法与源站完成 TLS 握手（525）。</translation>
    </message>
    <message>
        <source>With SSL mode Full or Full (strict) Cloudflare speaks TLS to the origin; the handshake failed: no certificate on port 443, no SNI support, no shared cipher or protocol version.</source>
        <translation>在 SSL 模式 Full 或 Full (strict) 下，Cloudflare 与源站之间使用 TLS；握手失败了：443 端口上没有证书、不支持 SNI，或没有共同的加密套件或协议版本。</translation>
    </message>
    <message>
        <source>526: the origin certificate is not valid</source>
        <translation>526：源站证书无效</translation>
    </message>
    <message>
        <source>Cloudflare rejected the origin&apos;s certificate (526, Full strict).</source>
        <translation>Cloudflare 拒绝了源站证书（526，Full strict）。</translation>
    </message>
    <message>
        <source>In Full (strict) mode the origin certificate must be valid, unexpired, issued by a trusted CA (or a Cloudflare Origin CA certificate) and cover the host name. One of these checks failed.</source>
        <translation>在 Full (strict) 模式下，源站证书必须有效、未过期、由受信任的 CA 签发（或是 Cloudflare Origin CA 证书），并覆盖该主机名。其中某项检查未通过。</translation>
    </message>
    <message>
        <source>527: Railgun connection error</source>
        <translation>527：Railgun 连接错误</translation>
    </message>
    <message>
        <source>Cloudflare reported a Railgun listener error between its edge and the origin (527).</source>
        <translation>Cloudflare 报告其边缘与源站之间的 Railgun 监听程序出错（527）。</translation>
    </message>
    <message>
        <source>527 belonged to Railgun, a retired Cloudflare product that ran a listener next to the origin; the connection between Cloudflare and that listener failed. Current Cloudflare documentation no longer lists it.</source>
        <translation>527 属于 Railgun，这是 Cloudflare 已停用的产品，它在源站旁运行一个监听程序；Cloudflare 与该监听程序之间的连接失败。当前的 Cloudflare 文档已不再列出此代码。</translation>
    </message>
    <message>
        <source>530: the origin host name does not resolve</source>
        <translation>530：源站主机名无法解析</translation>
    </message>
    <message>
        <source>Cloudflare could not resolve the origin&apos;s host name (530, usually with error 1016).</source>
        <translation>Cloudflare 无法解析源站的主机名（530，通常伴随错误 1016）。</translation>
    </message>
    <message>
        <source>530 comes with a 1xxx error in the body; 1016 means the origin DNS name (a CNAME target or a tunnel) does not resolve. The record is missing, points at a deleted tunnel or load balancer, or the name was misspelled.</source>
        <translation>530 的正文中带有 1xxx 错误；1016 表示源站的 DNS 名称（CNAME 目标或隧道）无法解析。记录缺失、指向已删除的隧道或负载均衡器，或者名称拼写错误。</translation>
    </message>
    <message>
        <source>499: the client closed the request (nginx)</source>
        <translation>499：客户端关闭了请求（nginx）</translation>
    </message>
    <message>
        <source>The client gave up before nginx had an answer (499, nginx&apos;s log-only code).</source>
        <translation>客户端在 nginx 得到应答之前放弃了（499，nginx 仅用于日志的代码）。</translation>
    </message>
    <message>
        <source>nginx writes 499 when the client closes the connection while nginx is still waiting for the upstream. It is never sent on the wire: seeing it means a client, or a hop in front of nginx, stopped waiting — usually because its own timeout is shorter than the time the upstream needs.</source>
        <translation>当 nginx 还在等待上游而客户端关闭了连接时，nginx 会记录 499。它从不在线路上发送：看到它说明某个客户端或 nginx 前面的某一跳停止了等待——通常是因为它自己的超时短于上游所需的时间。</translation>
    </message>
    <message>
        <source>AWS Application Load Balancer&apos;s own 4xx/5xx code</source>
        <translation>AWS 应用负载均衡器自己的 4xx/5xx 代码</translation>
    </message>
    <message>
        <source>460: the client closed the connection (ALB)</source>
        <translation>460：客户端关闭了连接（ALB）</translation>
    </message>
    <message>
        <source>The client closed its connection before the ALB&apos;s idle timeout elapsed (460).</source>
        <translation>客户端在 ALB 空闲超时之前关闭了连接（460）。</translation>
    </message>
    <message>
        <source>460 appears in ALB access logs when the client went away first: its timeout is shorter than the time the target needs. Nothing is wrong at the ALB; find which client timeout fired.</source>
        <translation>当客户端先行断开时，ALB 访问日志中会出现 460：客户端的超时短于目标所需的时间。ALB 本身没有问题；请找出是哪个客户端超时触发了。</translation>
    </message>
    <message>
        <source>463: X-Forwarded-For with more than 30 addresses (ALB)</source>
        <translation>463：X-Forwarded-For 包含超过 30 个地址（ALB）</translation>
    </message>
    <message>
        <source>The ALB rejected the request because its X-Forwarded-For header lists more than 30 addresses (463).</source>
        <translation>ALB 拒绝了请求，因为其 X-Forwarded-For 标头列出了超过 30 个地址（463）。</translation>
    </message>
    <message>
        <source>Every proxy appends the client address to X-Forwarded-For; more than 30 entries almost always means a forwarding loop between proxies, or a client that sends a forged, huge header. The contract has no cause id for a rejected request, hence &apos;unknown&apos;.</source>
        <translation>每个代理都会把客户端地址追加到 X-Forwarded-For；超过 30 个条目几乎总是意味着代理之间存在转发循环，或客户端发送了伪造的超大标头。契约中没有表示请求被拒绝的原因 ID，因此为“unknown”。</translation>
    </message>
    <message>
        <source>464: protocol incompatible with the target group (ALB)</source>
        <translation>464：协议与目标组不兼容（ALB）</translation>
    </message>
    <message>
        <source>The request&apos;s protocol does not match the target group&apos;s protocol version (464).</source>
        <translation>请求的协议与目标组的协议版本不匹配（464）。</translation>
    </message>
    <message>
        <source>The listener received HTTP/1.1 for a gRPC or HTTP/2 target group, or the other way round. It is a configuration mismatch at the ALB; the contract has no cause id for it, hence &apos;unknown&apos;.</source>
        <translation>监听器为 gRPC 或 HTTP/2 目标组收到了 HTTP/1.1，或者相反。这是 ALB 的配置不匹配；契约中没有对应的原因 ID，因此为“unknown”。</translation>
    </message>
    <message>
        <source>561: the identity provider returned an error (ALB)</source>
        <translation>561：身份提供商返回了错误（ALB）</translation>
    </message>
    <message>
        <source>The ALB&apos;s authenticate action got an error from the identity provider (561).</source>
        <translation>ALB 的 authenticate 操作从身份提供商处收到错误（561）。</translation>
    </message>
    <message>
        <source>With an authenticate-oidc or authenticate-cognito rule, the ALB calls the IdP&apos;s token and user-info endpoints. The IdP answered with an error; the access log&apos;s error_reason field names it.</source>
        <translation>使用 authenticate-oidc 或 authenticate-cognito 规则时，ALB 会调用 IdP 的令牌和用户信息端点。IdP 返回了错误；访问日志的 error_reason 字段给出了它。</translation>
    </message>
    <message>
        <source>Who answered 500, and what does the body show?</source>
        <translation>谁返回了 500，正文显示了什么？</translation>
    </message>
    <message>
        <source>The gateway could not resolve its upstream (500)</source>
        <translation>网关无法解析其上游（500）</translation>
    </message>
    <message>
        <source>{product} could not resolve the upstream host name and answered 500.</source>
        <translation>{product} 无法解析上游主机名，返回了 500。</translation>
    </message>
    <message>
        <source>Apache mod_proxy answers a DNS failure towards the backend with &apos;500 Proxy Error&apos; and &apos;DNS lookup failure for:&apos; — not the 502 the textbook would expect. The backend name in ProxyPass does not resolve from the proxy host.</source>
        <translation>Apache mod_proxy 对后端 DNS 失败返回“500 Proxy Error”和“DNS lookup failure for:”——而不是教科书预期的 502。ProxyPass 中的后端名称在代理主机上无法解析。</translation>
    </message>
    <message>
        <source>TLS to the upstream failed (500)</source>
        <translation>与上游的 TLS 失败（500）</translation>
    </message>
    <message>
        <source>{product} could not complete TLS with the upstream and answered 500.</source>
        <translation>{product} 无法与上游完成 TLS，返回了 500。</translation>
    </message>
    <message>
        <source>Apache (&apos;Error during SSL Handshake with remote server&apos;) and Traefik answer a TLS failure towards the backend with 500, not 502. The backend&apos;s certificate is not trusted, does not match, or the two sides share no protocol.</source>
        <translation>Apache（“Error during SSL Handshake with remote server”）和 Traefik 对与后端之间的 TLS 失败返回 500，而不是 502。后端证书不受信任、不匹配，或双方没有共同支持的协议。</translation>
    </message>
    <message>
        <source>The application reports a failing dependency (database, pool, cache, API)</source>
        <translation>应用程序报告依赖故障（数据库、连接池、缓存、API）</translation>
    </message>
    <message>
        <source>The application answered 500 because one of its dependencies failed (database, connection pool, cache or another API).</source>
        <translation>应用程序返回 500，因为它的某个依赖出现了故障（数据库、连接池、缓存或其他 API）。</translation>
    </message>
    <message>
        <source>The body names a dependency error: a database that refused or dropped the connection, returned something the driver could not use, a connection pool that ran dry, or a downstream API that failed. The application itself is reachable; the thing behind it is not healthy. This is the textbook&apos;s &apos;invalid response from the database&apos;.</source>
        <translation>正文提到了依赖错误：数据库拒绝或断开了连接、返回了驱动无法使用的内容、连接池耗尽，或下游 API 失败。应用程序本身可以访问，但其后面的东西不健康。这就是教科书中的“数据库返回无效结果”。</translation>
    </message>
    <message>
        <source>Unhandled exception in the application (stack trace or framework error page)</source>
        <translation>应用程序中有未处理的异常（堆栈跟踪或框架错误页）</translation>
    </message>
    <message>
        <source>The application hit an unhandled error and answered 500 itself; the body carries a stack trace or the framework&apos;s error page.</source>
        <translation>应用程序遇到未处理的错误，自己返回了 500；正文中带有堆栈跟踪或框架的错误页。</translation>
    </message>
    <message>
        <source>A 500 with a stack trace (Java, Python, Node, .NET, PHP, Ruby or Go) or a framework&apos;s default error page means the code threw and nothing caught it. The gateway only relayed the answer. This is the textbook&apos;s &apos;unhandled exception&apos;.</source>
        <translation>带有堆栈跟踪（Java、Python、Node、.NET、PHP、Ruby 或 Go）或框架默认错误页面的 500 表示代码抛出了异常且无人捕获。网关只是转发了该响应。这就是教科书中的“未处理异常”。</translation>
    </message>
    <message>
        <source>A gateway made the 500 itself</source>
        <translation>网关自己产生了 500</translation>
    </message>
    <message>
        <source>{product} generated the 500 itself, without relaying it from the origin.</source>
        <translation>{product} 自己产生了 500，并非从源站转发。</translation>
    </message>
    <message>
        <source>The response carries a gateway&apos;s own error signature (for example Kong&apos;s &apos;An unexpected error occurred&apos;, an API Gateway error type, or a Cloudflare page). The gateway failed internally or on its configuration, not the application.</source>
        <translation>响应带有网关自身的错误特征（例如 Kong 的“An unexpected error occurred”、API Gateway 的错误类型，或 Cloudflare 页面）。是网关内部或其配置出错，而不是应用程序。</translation>
    </message>
    <message>
        <source>The application answered 500 without a clue</source>
        <translation>应用程序返回了 500，但没有线索</translation>
    </message>
    <message>
        <source>The application answered 500 and the response does not say why.</source>
        <translation>应用程序返回了 500，响应中没有说明原因。</translation>
    </message>
    <message>
        <source>Who answered 502, and what does it say about the upstream?</source>
        <translation>谁返回了 502，它对上游说了什么？</translation>
    </message>
    <message>
        <source>The upstream answered, but not in the form the gateway expects</source>
        <translation>上游作出了应答，但形式不是网关所期望的</translation>
    </message>
    <message>
        <source>{product} got a response from the origin that was not in the expected form (for example HTML or the wrong JSON shape) and answered 502.</source>
        <translation>{product} 从源站收到的响应形式不符合预期（例如 HTML 或结构错误的 JSON），返回了 502。</translation>
    </message>
    <message>
        <source>The origin did answer, but the gateway could not use the answer: API Gateway needs a Lambda proxy result with statusCode and a string body; an API gateway expecting JSON got an HTML page (a login or error page). This is the textbook&apos;s &apos;unexpected response form&apos;.</source>
        <translation>源站作出了应答，但网关无法使用：API Gateway 需要带 statusCode 和字符串正文的 Lambda 代理结果；期望 JSON 的 API 网关收到了 HTML 页面（登录页或错误页）。这就是教科书中的“意外的响应形式”。</translation>
    </message>
    <message>
        <source>A firewall or proxy between gateway and origin answered in the origin&apos;s place</source>
        <translation>网关与源站之间的防火墙或代理代替源站作出了应答</translation>
    </message>
    <message>
        <source>A firewall, WAF or intercepting proxy answered instead of the origin; the response is its block or error page.</source>
        <translation>防火墙、WAF 或拦截代理代替源站作出了应答；响应是它们的拦截页或错误页。</translation>
    </message>
    <message>
        <source>The body or headers carry the signature of a security device or intercepting proxy, not of the application. The device between the gateway and the origin blocked or mangled the request, and the gateway passed on (or choked on) its answer. This is the textbook&apos;s &apos;firewall answering in the origin&apos;s place&apos;.</source>
        <translation>正文或标头带有安全设备或拦截代理的特征，而不是应用程序的。网关与源站之间的设备拦截或篡改了请求，网关转发了（或无法处理）它的应答。这就是教科书中的“防火墙代替源站应答”。</translation>
    </message>
    <message>
        <source>TLS between gateway and upstream failed</source>
        <translation>网关与上游之间的 TLS 失败</translation>
    </message>
    <message>
        <source>{product} could not complete a TLS handshake with the upstream.</source>
        <translation>{product} 无法与上游完成 TLS 握手。</translation>
    </message>
    <message>
        <source>The gateway talks HTTPS to the origin and the handshake failed: untrusted or expired certificate, a name mismatch (SNI), or no shared protocol or cipher.</source>
        <translation>网关与源站之间使用 HTTPS，握手失败：证书不受信任或已过期、名称不符（SNI），或没有共同支持的协议或加密套件。</translation>
    </message>
    <message>
        <source>The gateway could not connect to its upstream</source>
        <translation>网关无法连接其上游</translation>
    </message>
    <message>
        <source>{product} could not connect to its upstream: nothing accepted the connection, or there was no route to it.</source>
        <translation>{product} 无法连接其上游：没有程序接受连接，或没有通往它的路由。</translation>
    </message>
    <message>
        <source>The gateway&apos;s connection attempt to the origin was refused or could not be routed. The application is down or listens elsewhere, or a network path problem (security group, route, DNS pointing at a dead address) stands between them. This is the textbook&apos;s &apos;network or routing failure&apos;.</source>
        <translation>网关连接源站的尝试被拒绝或无法路由。应用程序未运行或监听在别处，或者两者之间存在网络路径问题（安全组、路由、指向失效地址的 DNS）。这就是教科书中的“网络或路由故障”。</translation>
    </message>
    <message>
        <source>The gateway could not resolve its upstream</source>
        <translation>网关无法解析其上游</translation>
    </message>
    <message>
        <source>{product} could not resolve the upstream&apos;s host name.</source>
        <translation>{product} 无法解析上游的主机名。</translation>
    </message>
    <message>
        <source>The gateway looked up the origin&apos;s name and got no address. This is the textbook&apos;s &apos;DNS error&apos; case of 502; the gateway&apos;s log names the host it could not resolve.</source>
        <translation>网关查询源站名称时没有得到地址。这是教科书中 502 的“DNS 错误”情形；网关日志会给出它无法解析的主机。</translation>
    </message>
    <message>
        <source>A timeout reported as 502 (the real gateway contradicts the textbook)</source>
        <translation>超时被报告为 502（真实网关与教科书不符）</translation>
    </message>
    <message>
        <source>{product} gave up waiting for the upstream and answered 502 instead of 504 (wait {wait}; matches {timeout}).</source>
        <translation>{product} 放弃等待上游，返回了 502 而不是 504（等待 {wait}；与 {timeout} 一致）。</translation>
    </message>
    <message>
        <source>Some real gateways answer a timeout with 502: Apache mod_proxy (&apos;Error reading from remote server&apos; after ProxyTimeout), Google&apos;s classic load balancer and Azure Application Gateway v1. The wait matches the gateway&apos;s own timer.</source>
        <translation>一些真实网关会对超时返回 502：Apache mod_proxy（ProxyTimeout 之后的“Error reading from remote server”）、Google 经典负载均衡器和 Azure Application Gateway v1。等待时间与网关自身的计时器一致。</translation>
    </message>
    <message>
        <source>Apache could not read from the backend after a long wait (likely ProxyTimeout)</source>
        <translation>Apache 等待很久后仍无法从后端读取（很可能是 ProxyTimeout）</translation>
    </message>
    <message>
        <source>Apache gave up reading from its backend after {wait} and answered 502 &apos;Proxy Error&apos; — Apache never answers a backend timeout with 504.</source>
        <translation>Apache 在 {wait} 后放弃从后端读取，并返回 502“Proxy Error”——Apache 从不对后端超时返回 504。</translation>
    </message>
    <message>
        <source>&apos;Error reading from remote server&apos; covers a backend that closed, reset or stayed silent past ProxyTimeout. A long wait before the error means the timer fired (ProxyTimeout defaults to Timeout, 60 s).</source>
        <translation>“Error reading from remote server”涵盖后端关闭连接、重置连接或超过 ProxyTimeout 仍无响应的情况。出错前等待很久说明计时器已触发（ProxyTimeout 默认等于 Timeout，即 60 秒）。</translation>
    </message>
    <message>
        <source>The upstream closed the connection before answering</source>
        <translation>上游在应答之前关闭了连接</translation>
    </message>
    <message>
        <source>{product} reports that the upstream closed the connection before a complete response.</source>
        <translation>{product} 报告上游在完整响应之前关闭了连接。</translation>
    </message>
    <message>
        <source>The origin accepted the request and then closed the connection without a (complete) response: it crashed, a worker was recycled, or it closed an idle keep-alive connection just as the gateway reused it (the classic intermittent 502 when the app&apos;s keep-alive timeout is shorter than the gateway&apos;s).</source>
        <translation>源站接受请求后在没有（完整）响应的情况下关闭了连接：它崩溃了、工作进程被回收，或恰好在网关复用空闲 keep-alive 连接时将其关闭（当应用的 keep-alive 超时短于网关时，这就是典型的间歇性 502）。</translation>
    </message>
    <message>
        <source>The upstream reset the connection</source>
        <translation>上游重置了连接</translation>
    </message>
    <message>
        <source>{product} reports that the upstream reset the connection.</source>
        <translation>{product} 报告上游重置了连接。</translation>
    </message>
    <message>
        <source>A TCP reset came from the origin side while the gateway waited for the response: the process was killed or crashed, a firewall or NAT dropped the connection state, or a keep-alive race.</source>
        <translation>网关等待响应时，源站一侧发来了 TCP 重置：进程被终止或崩溃，防火墙或 NAT 丢弃了连接状态，或发生了 keep-alive 竞争。</translation>
    </message>
    <message>
        <source>The upstream sent a response the gateway could not parse</source>
        <translation>上游发送的响应网关无法解析</translation>
    </message>
    <message>
        <source>{product} could not parse the upstream&apos;s response (bad status line, bad header or bad body framing).</source>
        <translation>{product} 无法解析上游的响应（状态行、标头或正文分帧有误）。</translation>
    </message>
    <message>
        <source>The origin answered, but not with valid HTTP: a corrupt status line, a header without a colon, a header block too large for the gateway&apos;s buffers, conflicting lengths or broken chunking. This is the textbook&apos;s &apos;origin sent an invalid body&apos;.</source>
        <translation>源站作出了应答，但不是有效的 HTTP：状态行损坏、标头缺少冒号、标头块超出网关缓冲区、长度冲突或分块损坏。这就是教科书中的“源站发送了无效正文”。</translation>
    </message>
    <message>
        <source>The 502 comes from behind the gateway: what does the origin side say?</source>
        <translation>502 来自网关之后：源站一侧说了什么？</translation>
    </message>
    <message>
        <source>The application reports a failing dependency (502)</source>
        <translation>应用程序报告依赖故障（502）</translation>
    </message>
    <message>
        <source>The application answered 502 itself because something it calls failed; {gateway} only relayed it.</source>
        <translation>应用程序自己返回了 502，因为它调用的某个服务失败了；{gateway} 只是转发。</translation>
    </message>
    <message>
        <source>The body is the application&apos;s own error and names a dependency (an API, a database, a cache). The application is acting as a gateway to that dependency.</source>
        <translation>正文是应用程序自己的错误，提到了一个依赖（API、数据库、缓存）。应用程序在充当通往该依赖的网关。</translation>
    </message>
    <message>
        <source>The application failed with an exception (502)</source>
        <translation>应用程序因异常而失败（502）</translation>
    </message>
    <message>
        <source>The application answered 502 with a stack trace or framework error page; {gateway} only relayed it.</source>
        <translation>应用程序返回了带堆栈跟踪或框架错误页的 502；{gateway} 只是转发。</translation>
    </message>
    <message>
        <source>A stack trace or framework error page under a 502 means the application produced the status itself while handling an error.</source>
        <translation>502 下面带有堆栈跟踪或框架错误页，说明是应用程序在处理错误时自己产生了该状态码。</translation>
    </message>
    <message>
        <source>Cloudflare shows a 502 from the origin side</source>
        <translation>Cloudflare 显示来自源站一侧的 502</translation>
    </message>
    <message>
        <source>The origin side (your server or a proxy of its own) answered 502; Cloudflare only wrapped it in its branded page.</source>
        <translation>源站一侧（你的服务器或它自己的代理）返回了 502；Cloudflare 只是把它包装在自己的品牌页面中。</translation>
    </message>
    <message>
        <source>Cloudflare shows origin 502/504 responses on its branded error page, while its own failures use 52x codes or an unbranded page. The failing hop is the origin&apos;s web server or reverse proxy.</source>
        <translation>Cloudflare 会在其品牌错误页上显示源站的 502/504 响应，而它自身的故障使用 52x 代码或无品牌页面。出错的一跳是源站的 Web 服务器或反向代理。</translation>
    </message>
    <message>
        <source>The application answered 502 without a clue</source>
        <translation>应用程序返回了 502，但没有线索</translation>
    </message>
    <message>
        <source>The application answered 502 itself; {gateway} only relayed it.</source>
        <translation>应用程序自己返回了 502；{gateway} 只是转发。</translation>
    </message>
    <message>
        <source>The body carries the application&apos;s own format (for example JSON) and no gateway claims the error. Read the application&apos;s logs for the request.</source>
        <translation>正文是应用程序自己的格式（例如 JSON），也没有网关表明错误是它产生的。请查看应用程序关于该请求的日志。</translation>
    </message>
    <message>
        <source>A gateway reports an upstream failure without saying which</source>
        <translation>网关报告了上游故障，但没有说明是哪种</translation>
    </message>
    <message>
        <source>{product} could not get a usable response from its upstream; the page does not say whether the connection was refused, closed, reset or answered with garbage.</source>
        <translation>{product} 无法从上游获得可用的响应；页面没有说明连接是被拒绝、关闭、重置，还是收到了垃圾数据。</translation>
    </message>
    <message>
        <source>Several gateways use one page for every upstream failure (nginx, AWS ALB, Traefik, Kong, HAProxy&apos;s &apos;invalid or incomplete response&apos;). The gateway&apos;s own log says which: for nginx the error.log line, for HAProxy the termination state, for ALB the access log&apos;s target fields.</source>
        <translation>多个网关对所有上游故障都使用同一个页面（nginx、AWS ALB、Traefik、Kong、HAProxy 的“invalid or incomplete response”）。网关自己的日志会说明是哪一种：nginx 看 error.log 行，HAProxy 看终止状态，ALB 看访问日志中的目标字段。</translation>
    </message>
    <message>
        <source>A 502 without any signature</source>
        <translation>没有任何特征的 502</translation>
    </message>
    <message>
        <source>A gateway that left no signature reported that its upstream failed (502).</source>
        <translation>一个没有留下特征的网关报告其上游失败（502）。</translation>
    </message>
    <message>
        <source>Nothing in the headers or body names the hop that produced the 502. By definition a 502 comes from a gateway or proxy; find which one sits in front of the application and read its log.</source>
        <translation>标头和正文中都没有指出是哪一跳产生了 502。按定义，502 来自网关或代理；找出位于应用程序前面的是哪一个，并查看它的日志。</translation>
    </message>
    <message>
        <source>Who answered 503, and why is the service unavailable?</source>
        <translation>谁返回了 503，服务为什么不可用？</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>计划内维护</translation>
    </message>
    <message>
        <source>The service is in maintenance mode ({product}); Retry-After: {retryAfter} s.</source>
        <translation>服务处于维护模式（{product}）；Retry-After：{retryAfter} 秒。</translation>
    </message>
    <message>
        <source>The response says the service is down on purpose: a maintenance page, a maintenance flag at the gateway, or a server shutting down. This is the textbook&apos;s &apos;maintenance mode&apos;.</source>
        <translation>响应表明服务是有意停止的：维护页面、网关的维护开关，或正在关闭的服务器。这就是教科书中的“维护模式”。</translation>
    </message>
    <message>
        <source>No healthy upstream to send to</source>
        <translation>没有可转发的健康上游</translation>
    </message>
    <message>
        <source>{product} had no healthy upstream server to send the request to.</source>
        <translation>{product} 没有健康的上游服务器可以转发请求。</translation>
    </message>
    <message>
        <source>Every server behind the gateway is down, failing its health checks, or not registered (Envoy &apos;no healthy upstream&apos;, Traefik &apos;no available server&apos;, Kong ring-balancer, Caddy &apos;no upstreams available&apos;, ALB with no registered targets). This is the textbook&apos;s &apos;server crashed and cannot accept connections&apos;.</source>
        <translation>网关后面的每台服务器都宕机、未通过健康检查或未注册（Envoy“no healthy upstream”，Traefik“no available server”，Kong ring-balancer，Caddy“no upstreams available”，ALB 没有已注册的目标）。这就是教科书中的“服务器已崩溃，无法接受连接”。</translation>
    </message>
    <message>
        <source>A rate or connection limit rejected the request</source>
        <translation>速率或连接数限制拒绝了该请求</translation>
    </message>
    <message>
        <source>A rate or connection limit rejected the request ({product}).</source>
        <translation>速率或连接数限制拒绝了该请求（{product}）。</translation>
    </message>
    <message>
        <source>The answer (text or rate-limit headers) shows a limiter at work: too many requests from this client or key, or too many concurrent connections.</source>
        <translation>响应（文本或限流标头）表明限流器在起作用：该客户端或密钥的请求过多，或并发连接过多。</translation>
    </message>
    <message>
        <source>The server is at capacity</source>
        <translation>服务器已满负荷</translation>
    </message>
    <message>
        <source>The server says it is at capacity and cannot take more requests ({product}).</source>
        <translation>服务器表示已满负荷，无法接受更多请求（{product}）。</translation>
    </message>
    <message>
        <source>A queue is full, a circuit breaker is open, or the server explicitly reports being over capacity (for example AWS CLB &apos;Back-end server is at capacity&apos;, Envoy x-envoy-overloaded). This is the textbook&apos;s &apos;server at capacity&apos;.</source>
        <translation>队列已满、熔断器已打开，或服务器明确报告已超出容量（例如 AWS CLB“Back-end server is at capacity”，Envoy x-envoy-overloaded）。这就是教科书中的“服务器已满负荷”。</translation>
    </message>
    <message>
        <source>TLS to the upstream failed (503)</source>
        <translation>与上游的 TLS 失败（503）</translation>
    </message>
    <message>
        <source>{product} could not complete TLS with the upstream and answered 503.</source>
        <translation>{product} 无法与上游完成 TLS，返回了 503。</translation>
    </message>
    <message>
        <source>HAProxy, Envoy and Squid answer a failed TLS handshake towards the backend with 503.</source>
        <translation>HAProxy、Envoy 和 Squid 对与后端的 TLS 握手失败返回 503。</translation>
    </message>
    <message>
        <source>A refused connection reported as 503 (the real gateway contradicts the textbook)</source>
        <translation>被拒绝的连接被报告为 503（真实网关与教科书不符）</translation>
    </message>
    <message>
        <source>{product} could not connect to its upstream (connection refused) and answered 503.</source>
        <translation>{product} 无法连接其上游（连接被拒绝），返回了 503。</translation>
    </message>
    <message>
        <source>HAProxy, Apache, Squid, Envoy and Varnish answer a refused upstream connection with 503, not the 502 the textbook describes. Nothing listens on the upstream address.</source>
        <translation>HAProxy、Apache、Squid、Envoy 和 Varnish 对被拒绝的上游连接返回 503，而不是教科书描述的 502。上游地址上没有任何监听。</translation>
    </message>
    <message>
        <source>Connecting to the upstream timed out (503)</source>
        <translation>连接上游超时（503）</translation>
    </message>
    <message>
        <source>Squid (ERR_CONNECT_FAIL 110), Envoy (connection timeout), HAProxy (timeout connect) and Varnish (connect_timeout 3.5 s) answer a connect timeout with 503. Packets to the origin are dropped or the origin&apos;s accept queue is full.</source>
        <translation>Squid（ERR_CONNECT_FAIL 110）、Envoy（connection timeout）、HAProxy（timeout connect）和 Varnish（connect_timeout 3.5 秒）对连接超时返回 503。发往源站的数据包被丢弃，或源站的 accept 队列已满。</translation>
    </message>
    <message>
        <source>The upstream did not answer in time (503)</source>
        <translation>上游未能及时应答（503）</translation>
    </message>
    <message>
        <source>{product} gave up waiting for the upstream&apos;s response and answered 503 (wait {wait}; matches {timeout}).</source>
        <translation>{product} 放弃等待上游的响应，返回了 503（等待 {wait}；与 {timeout} 一致）。</translation>
    </message>
    <message>
        <source>Varnish (first_byte_timeout 60 s), Fastly (15 s), Heroku (H12, 30 s) and API Gateway HTTP APIs (30 s) answer a slow origin with 503 rather than 504.</source>
        <translation>Varnish（first_byte_timeout 60 秒）、Fastly（15 秒）、Heroku（H12，30 秒）和 API Gateway HTTP API（30 秒）对慢速源站返回 503 而不是 504。</translation>
    </message>
    <message>
        <source>The upstream closed the connection (503)</source>
        <translation>上游关闭了连接（503）</translation>
    </message>
    <message>
        <source>{product} reports that the upstream closed the connection before responding, and answered 503.</source>
        <translation>{product} 报告上游在应答之前关闭了连接，并返回了 503。</translation>
    </message>
    <message>
        <source>Envoy (&apos;connection termination&apos;, flag UC) answers an upstream close with 503. The usual cause is a keep-alive race: the application closes idle connections sooner than the proxy stops reusing them.</source>
        <translation>Envoy（“connection termination”，标志 UC）对上游关闭连接返回 503。常见原因是 keep-alive 竞争：应用程序关闭空闲连接的时间早于代理停止复用它们的时间。</translation>
    </message>
    <message>
        <source>The upstream reset the connection (503)</source>
        <translation>上游重置了连接（503）</translation>
    </message>
    <message>
        <source>{product} reports that the upstream reset the connection, and answered 503.</source>
        <translation>{product} 报告上游重置了连接，并返回了 503。</translation>
    </message>
    <message>
        <source>Envoy (&apos;remote reset&apos;, flag UR) and Fastly (&apos;backend read error&apos;) answer an upstream reset with 503.</source>
        <translation>Envoy（“remote reset”，标志 UR）和 Fastly（“backend read error”）对上游重置返回 503。</translation>
    </message>
    <message>
        <source>The upstream name did not resolve (503)</source>
        <translation>上游名称无法解析（503）</translation>
    </message>
    <message>
        <source>{product} could not resolve the upstream host name and answered 503.</source>
        <translation>{product} 无法解析上游主机名，返回了 503。</translation>
    </message>
    <message>
        <source>Kong (&apos;name resolution failed&apos;), Squid (ERR_DNS_FAIL) and HAProxy (server put in maintenance by its resolvers) answer a DNS failure with 503.</source>
        <translation>Kong（“name resolution failed”）、Squid（ERR_DNS_FAIL）和 HAProxy（服务器被其解析器置于维护状态）对 DNS 失败返回 503。</translation>
    </message>
    <message>
        <source>The upstream&apos;s response could not be parsed (503)</source>
        <translation>无法解析上游的响应（503）</translation>
    </message>
    <message>
        <source>{product} could not parse the upstream&apos;s response and answered 503.</source>
        <translation>{product} 无法解析上游的响应，返回了 503。</translation>
    </message>
    <message>
        <source>The gateway read something from the origin that was not valid HTTP.</source>
        <translation>网关从源站读到的内容不是有效的 HTTP。</translation>
    </message>
    <message>
        <source>HAProxy retried a refused connection, then gave up</source>
        <translation>HAProxy 重试了被拒绝的连接，然后放弃</translation>
    </message>
    <message>
        <source>{product} could not connect to any server (it retried for {wait}) and answered 503 &apos;No server is available&apos;.</source>
        <translation>{product} 无法连接任何服务器（重试了 {wait}），返回了 503“No server is available”。</translation>
    </message>
    <message>
        <source>HAProxy answers a refused connection with the same 503 page as a backend without any server up, but only after its connection retries (retries 3, one per &apos;timeout connect&apos; or 1 s): a 503 after a second or more is a refused or timed-out connect, an immediate one is &lt;NOSRV&gt;. The textbook&apos;s 502 does not hold here.</source>
        <translation>HAProxy 对被拒绝的连接返回的 503 页面与没有可用服务器的后端相同，但只在连接重试之后（retries 3，每次一个“timeout connect”或 1 秒）：一秒或更久之后的 503 是连接被拒绝或超时，立即返回的是 &lt;NOSRV&gt;。教科书中的 502 在这里不成立。</translation>
    </message>
    <message>
        <source>HAProxy or Apache had no server that would take the connection</source>
        <translation>HAProxy 或 Apache 没有可接受连接的服务器</translation>
    </message>
    <message>
        <source>{product} found no upstream server that would take the request (refused, timed out, or marked down) and answered 503.</source>
        <translation>{product} 找不到愿意接受请求的上游服务器（被拒绝、超时或被标记为宕机），返回了 503。</translation>
    </message>
    <message>
        <source>HAProxy&apos;s &apos;No server is available to handle this request&apos; covers a refused connection (SC), a connect timeout (sC) and a backend with no server up (&lt;NOSRV&gt;). Apache mod_proxy answers a refused connection with 503 and then keeps the worker disabled for &apos;retry&apos; (60 s), so every request in that minute gets 503 too. Either way no server accepted the connection: the textbook&apos;s &apos;crashed, cannot accept connections&apos;.</source>
        <translation>HAProxy 的“No server is available to handle this request”涵盖连接被拒（SC）、连接超时（sC）以及没有可用服务器的后端（&lt;NOSRV&gt;）。Apache mod_proxy 对被拒绝的连接返回 503，并在“retry”（60 秒）期间禁用该 worker，因此这一分钟内的每个请求也都会得到 503。无论哪种情况，都没有服务器接受连接：即教科书中的“服务器已崩溃，无法接受连接”。</translation>
    </message>
    <message>
        <source>Varnish (or Fastly) could not fetch from the backend</source>
        <translation>Varnish（或 Fastly）无法从后端获取</translation>
    </message>
    <message>
        <source>{product} could not fetch the response from its backend (&apos;Backend fetch failed&apos;); it answers every backend failure with 503.</source>
        <translation>{product} 无法从后端获取响应（“Backend fetch failed”）；它对所有后端故障都返回 503。</translation>
    </message>
    <message>
        <source>Varnish turns every backend failure into 503 &apos;Backend fetch failed&apos;: refused, timeout, closed, junk or unhealthy. Only varnishlog&apos;s FetchError line says which.</source>
        <translation>Varnish 把所有后端故障都变成 503“Backend fetch failed”：被拒绝、超时、关闭、垃圾数据或不健康。只有 varnishlog 的 FetchError 行会说明是哪一种。</translation>
    </message>
    <message>
        <source>The 503 comes from the application: does it say why?</source>
        <translation>503 来自应用程序：它说明原因了吗？</translation>
    </message>
    <message>
        <source>The application reports a failing dependency (503)</source>
        <translation>应用程序报告依赖故障（503）</translation>
    </message>
    <message>
        <source>The application answered 503 because a dependency is unavailable; {gateway} only relayed it.</source>
        <translation>应用程序返回了 503，因为某个依赖不可用；{gateway} 只是转发。</translation>
    </message>
    <message>
        <source>The application is up but something it needs (database, pool, cache, another API) is not; it reports itself unavailable.</source>
        <translation>应用程序在运行，但它依赖的某样东西（数据库、连接池、缓存、其他 API）不可用；它报告自己不可用。</translation>
    </message>
    <message>
        <source>The application reports itself unavailable</source>
        <translation>应用程序报告自己不可用</translation>
    </message>
    <message>
        <source>The application answered 503 itself without saying why.</source>
        <translation>应用程序自己返回了 503，但没有说明原因。</translation>
    </message>
    <message>
        <source>The application&apos;s own response, not a gateway&apos;s page. Common reasons are a readiness check failing, a feature flag, or an overload guard inside the application; its logs say which.</source>
        <translation>这是应用程序自己的响应，而不是网关页面。常见原因是就绪检查失败、功能开关，或应用内部的过载保护；其日志会说明是哪一种。</translation>
    </message>
    <message>
        <source>nginx never answers 503 for an unreachable upstream (that is 502 or 504). Its own 503 page comes from limit_req or limit_conn, whose default status is 503, from an explicit &apos;return 503&apos;, or on ingress-nginx from a Service without ready endpoints.</source>
        <translation>nginx 从不对不可达的上游返回 503（那是 502 或 504）。它自己的 503 页面来自默认状态为 503 的 limit_req 或 limit_conn、显式的“return 503”，或在 ingress-nginx 上来自没有就绪端点的 Service。</translation>
    </message>
    <message>
        <source>A gateway says the service is unavailable, without a reason</source>
        <translation>网关报告服务不可用，但未说明原因</translation>
    </message>
    <message>
        <source>{product} answered 503 without saying why.</source>
        <translation>{product} 返回了 503，但没有说明原因。</translation>
    </message>
    <message>
        <source>A gateway signature is present but nothing tells the reason. Read that gateway&apos;s log for the request.</source>
        <translation>存在网关特征，但看不出原因。请查看该网关关于此请求的日志。</translation>
    </message>
    <message>
        <source>A 503 without any signature</source>
        <translation>没有任何特征的 503</translation>
    </message>
    <message>
        <source>A 503 with nothing that tells who made it or why.</source>
        <translation>一个 503，看不出是谁产生的，也看不出原因。</translation>
    </message>
    <message>
        <source>Who answered 504, and which timer fired?</source>
        <translation>谁返回了 504，是哪个计时器触发了？</translation>
    </message>
    <message>
        <source>Cloudflare shows a 504 from the origin side</source>
        <translation>Cloudflare 显示来自源站一侧的 504</translation>
    </message>
    <message>
        <source>A gateway on the origin side timed out (504); Cloudflare only wrapped it in its branded page.</source>
        <translation>源站一侧的网关超时（504）；Cloudflare 只是把它包装在自己的品牌页面中。</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s own read timeout is 524; a 504 on its branded page was produced behind it, by the origin&apos;s own reverse proxy or load balancer.</source>
        <translation>Cloudflare 自己的读取超时是 524；品牌页面上的 504 是在其后方由源站自己的反向代理或负载均衡器产生的。</translation>
    </message>
    <message>
        <source>The application reports that something it calls timed out</source>
        <translation>应用程序报告它调用的某个服务超时</translation>
    </message>
    <message>
        <source>The application answered 504 itself: a call it makes timed out; {gateway} only relayed it.</source>
        <translation>应用程序自己返回了 504：它发出的某个调用超时了；{gateway} 只是转发。</translation>
    </message>
    <message>
        <source>The body is the application&apos;s own and reports a timeout of a dependency (another API, the database).</source>
        <translation>正文来自应用程序本身，报告了某个依赖（其他 API、数据库）的超时。</translation>
    </message>
    <message>
        <source>The gateway could not even connect to the origin</source>
        <translation>网关甚至无法连接源站</translation>
    </message>
    <message>
        <source>{product} could not establish a connection to the origin in time (wait {wait}) — a network failure between gateway and origin.</source>
        <translation>{product} 未能及时与源站建立连接（等待 {wait}）——网关与源站之间的网络故障。</translation>
    </message>
    <message>
        <source>The gateway&apos;s connect timer fired: SYNs to the origin went unanswered. A firewall or security group that drops packets, a wrong route or address, or an origin so overloaded it does not accept connections. Caddy answers exactly this (its 3 s dial timeout) with 504, and never times out a slow response by default. This is the textbook&apos;s &apos;network failure between gateway and origin&apos;.</source>
        <translation>网关的连接计时器触发了：发往源站的 SYN 没有回应。原因可能是丢包的防火墙或安全组、错误的路由或地址，或源站过载到不接受连接。Caddy 对这种情况（3 秒拨号超时）正是返回 504，而默认从不因慢响应超时。这就是教科书中的“网关与源站之间的网络故障”。</translation>
    </message>
    <message>
        <source>The origin took longer than the gateway&apos;s default timeout</source>
        <translation>源站耗时超过了网关的默认超时</translation>
    </message>
    <message>
        <source>{product} stopped waiting after {wait}, which matches {timeout}: the origin was too slow to answer.</source>
        <translation>{product} 在 {wait} 后停止等待，与 {timeout} 一致：源站应答太慢。</translation>
    </message>
    <message>
        <source>The wait equals a well-known default read timeout, so the gateway&apos;s timer fired before the origin sent its response headers. The usual reason is load: too many concurrent requests queue up in the application (or its database), and the slowest exceed the limit. This is the textbook&apos;s &apos;too many concurrent requests&apos;.</source>
        <translation>等待时间与某个常见的默认读取超时相等，说明网关的计时器在源站发送响应标头之前触发了。通常的原因是负载：过多并发请求在应用程序（或其数据库）中排队，最慢的那些超过了限制。这就是教科书中的“并发请求过多”。</translation>
    </message>
    <message>
        <source>The origin accepted the request and never answered</source>
        <translation>源站接受了请求，但从未应答</translation>
    </message>
    <message>
        <source>{product} waited {wait} for the origin&apos;s response and got none (504).</source>
        <translation>{product} 等待源站响应 {wait}，什么也没收到（504）。</translation>
    </message>
    <message>
        <source>The gateway connected and sent the request, then nothing came back before its (configured) timeout. Either the application is stuck on this request, or it hit an error and never wrote a response (a crashed worker thread, a swallowed exception, a deadlock). This is the textbook&apos;s &apos;origin hit an error and sent nothing&apos;.</source>
        <translation>网关已连接并发送请求，但在其（配置的）超时之前什么也没收到。要么应用程序卡在这个请求上，要么它出错后从未写出响应（工作线程崩溃、异常被吞掉、死锁）。这就是教科书中的“源站出错，什么也没返回”。</translation>
    </message>
    <message>
        <source>A 504 without any signature</source>
        <translation>没有任何特征的 504</translation>
    </message>
    <message>
        <source>A gateway that left no signature timed out waiting for its upstream (504).</source>
        <translation>一个没有留下特征的网关在等待上游时超时（504）。</translation>
    </message>
    <message>
        <source>Nothing names the hop. By definition a 504 is a gateway&apos;s timer firing; compare the wait with the well-known defaults and check each hop.</source>
        <translation>没有任何信息指出是哪一跳。按定义，504 是某个网关的计时器触发；将等待时间与常见默认值对比，并检查每一跳。</translation>
    </message>
    <message>
        <source>Another 5xx: who made it?</source>
        <translation>其他 5xx：是谁产生的？</translation>
    </message>
    <message>
        <source>A gateway answered with another 5xx</source>
        <translation>网关返回了另一种 5xx</translation>
    </message>
    <message>
        <source>{product} answered {status} itself.</source>
        <translation>{product} 自己返回了 {status}。</translation>
    </message>
    <message>
        <source>A gateway produced this rarer 5xx (for example ALB 501 for an unsupported Transfer-Encoding, 505 for an HTTP version it does not accept).</source>
        <translation>网关产生了这种较少见的 5xx（例如 ALB 对不支持的 Transfer-Encoding 返回 501，对不接受的 HTTP 版本返回 505）。</translation>
    </message>
    <message>
        <source>The application answered with another 5xx</source>
        <translation>应用程序返回了另一种 5xx</translation>
    </message>
    <message>
        <source>The application answered {status}.</source>
        <translation>应用程序返回了 {status}。</translation>
    </message>
    <message>
        <source>501, 505, 507, 508 and 511 come from the application or the web server in front of it; they describe a feature or resource problem rather than an outage.</source>
        <translation>501、505、507、508 和 511 来自应用程序或其前面的 Web 服务器；它们描述的是功能或资源问题，而不是服务中断。</translation>
    </message>
    <message>
        <source>No server error: is the answer what the caller expected?</source>
        <translation>没有服务器错误：响应是否符合调用方的预期？</translation>
    </message>
    <message>
        <source>HTML where JSON was expected</source>
        <translation>期望 JSON 却是 HTML</translation>
    </message>
    <message>
        <source>The call asked for JSON and got an HTML page with status {status}; a gateway that validates content (or the calling code) would fail here.</source>
        <translation>调用请求的是 JSON，得到的却是状态为 {status} 的 HTML 页面；校验内容的网关（或调用代码）会在这里失败。</translation>
    </message>
    <message>
        <source>The request&apos;s Accept header asks for JSON, the answer is HTML. Typical reasons: an expired session redirected to a login page, a captive portal, a catch-all SPA route answering an API path, a maintenance or WAF page served with 200. This is the textbook&apos;s &apos;HTML where JSON was expected&apos;.</source>
        <translation>请求的 Accept 标头要求 JSON，响应却是 HTML。典型原因：会话过期被重定向到登录页、强制门户、SPA 兜底路由响应了 API 路径、以 200 返回的维护页或 WAF 页。这就是教科书中的“期望 JSON 却是 HTML”。</translation>
    </message>
    <message>
        <source>429 Too Many Requests</source>
        <translation>429 Too Many Requests（请求过多）</translation>
    </message>
    <message>
        <source>A rate limit rejected the request (429, {product}).</source>
        <translation>限流拒绝了该请求（429，{product}）。</translation>
    </message>
    <message>
        <source>429 is the standard answer of a rate limiter; Retry-After, when present, says when to come back.</source>
        <translation>429 是限流器的标准响应；若有 Retry-After，它说明何时可以再试。</translation>
    </message>
    <message>
        <source>No server error</source>
        <translation>没有服务器错误</translation>
    </message>
    <message>
        <source>No server error: the response is {status}.</source>
        <translation>没有服务器错误：响应为 {status}。</translation>
    </message>
    <message>
        <source>The exchange completed with a status below 500 and nothing that needs a diagnosis.</source>
        <translation>该交换以低于 500 的状态结束，无需诊断。</translation>
    </message>
    <message>
        <source>{product} could not connect to its upstream in time and answered 503 (wait {wait}; matches {timeout}).</source>
        <translation>{product} 未能及时连接到其上游，返回了 503（等待 {wait}；与 {timeout} 吻合）。</translation>
    </message>
    <message>
        <source>The client ended the request itself (nothing says the server did)</source>
        <translation>客户端自行结束了请求（没有迹象表明是服务器所为）</translation>
    </message>
    <message>
        <source>No response was recorded and the capture names no failure of the server: the browser or client cancelled or blocked the request itself, or it was still pending when the capture was saved.</source>
        <translation>没有记录到响应，抓包中也没有指出服务器的任何故障：浏览器或客户端自行取消或拦截了请求，或者保存抓包时请求仍在等待中。</translation>
    </message>
    <message>
        <source>Browsers record requests they stop themselves as failed entries: a navigation that left the page, a fetch aborted by the page&apos;s own code, an ad blocker or extension (ERR_BLOCKED_BY_CLIENT), a CORS or mixed-content block, or a request still waiting when the HAR was exported. No hop answered with an error here, so there is nothing to fix on a server unless the same request also fails when sent alone.</source>
        <translation>浏览器会把自己停止的请求记录为失败条目：离开页面的导航、被页面自身代码中止的 fetch、广告拦截器或扩展（ERR_BLOCKED_BY_CLIENT）、CORS 或混合内容拦截，或导出 HAR 时仍在等待的请求。这里没有任何一跳以错误作答，因此除非同一请求单独发送时也失败，否则服务器上没有需要修复的问题。</translation>
    </message>
    <message>
        <source>Another protocol answered</source>
        <translation>另一种协议作出了应答</translation>
    </message>
    <message>
        <source>The server on this port is not an HTTP server: it answered like {protocol}. A gateway in front would answer {predicted}.</source>
        <translation>此端口上的服务器不是 HTTP 服务器：它的应答像 {protocol}。前面的网关会返回 {predicted}。</translation>
    </message>
    <message>
        <source>The first bytes that came back are another protocol&apos;s greeting or error — a Redis error reply, a TLS alert, an HTTP/2 SETTINGS frame, an SSH, SMTP or database banner. The request went to the right host but the wrong port or scheme: plain HTTP to a TLS port, HTTP/1.1 to an h2c-only server, or the port of a database, cache or mail server.</source>
        <translation>返回的最初字节是另一种协议的问候或错误——Redis 错误回复、TLS 告警、HTTP/2 SETTINGS 帧、SSH、SMTP 或数据库的欢迎信息。请求发到了正确的主机，但端口或协议方案错误：向 TLS 端口发送明文 HTTP、向仅支持 h2c 的服务器发送 HTTP/1.1，或发到了数据库、缓存或邮件服务器的端口。</translation>
    </message>
    <message>
        <source>530 with error 1033: no Cloudflare Tunnel is connected</source>
        <translation>530 及错误 1033：没有已连接的 Cloudflare Tunnel</translation>
    </message>
    <message>
        <source>Cloudflare has no connected tunnel (cloudflared) for this host name (530, error 1033).</source>
        <translation>Cloudflare 没有此主机名的已连接隧道（cloudflared）（530，错误 1033）。</translation>
    </message>
    <message>
        <source>Error 1033 means the host name routes to a Cloudflare Tunnel and no cloudflared connector of that tunnel is connected to Cloudflare&apos;s edge: the connector is stopped, crashed, or runs with another tunnel&apos;s credentials. Cloudflare never reached the origin.</source>
        <translation>错误 1033 表示该主机名路由到一个 Cloudflare Tunnel，而该隧道没有任何 cloudflared 连接器连接到 Cloudflare 边缘：连接器已停止、崩溃，或使用了另一个隧道的凭据。Cloudflare 从未到达源站。</translation>
    </message>
    <message>
        <source>nginx&apos;s own 503: a limit_req / limit_conn rejection, or an ingress-nginx Service without endpoints</source>
        <translation>nginx 自己的 503：limit_req / limit_conn 拒绝，或没有端点的 ingress-nginx Service</translation>
    </message>
    <message>
        <source>{product} itself answered 503: either a limit_req / limit_conn rejection (nginx&apos;s default status for both) or, on ingress-nginx, a Service without ready endpoints — the page is the same for both.</source>
        <translation>{product} 自己返回了 503：要么是 limit_req / limit_conn 拒绝（两者在 nginx 中的默认状态），要么在 ingress-nginx 上是没有就绪端点的 Service——两种情况的页面相同。</translation>
    </message>
    <message>
        <source>A gateway that accepts HTTP/0.9 (Apache, Squid — which adds X-Transformed-From: HTTP/0.9) wraps whatever the upstream sent in a 200 response. The bytes are another protocol&apos;s greeting or error, so the gateway&apos;s upstream address points at the wrong port or scheme.</source>
        <translation>接受 HTTP/0.9 的网关（Apache、Squid——后者会添加 X-Transformed-From: HTTP/0.9）会把上游发送的任何内容包装进 200 响应。这些字节是另一种协议的问候或错误，因此网关的上游地址指向了错误的端口或协议方案。</translation>
    </message>
    <message>
        <source>Another protocol answered inside an HTTP response</source>
        <translation>另一种协议在 HTTP 响应中作出了应答</translation>
    </message>
    <message>
        <source>The answer is {protocol}&apos;s, not an HTTP service&apos;s: the request went to the wrong port.</source>
        <translation>该应答来自 {protocol}，而不是 HTTP 服务：请求发到了错误的端口。</translation>
    </message>
    <message>
        <source>Some servers answer an HTTP request on their native port with a short note (MongoDB&apos;s &apos;It looks like you are trying to access MongoDB over HTTP on the native driver port&apos;), or a proxy passed the bytes of a non-HTTP server through. Either way the port called belongs to another service.</source>
        <translation>有些服务器在其原生端口上用一句简短说明回应 HTTP 请求（MongoDB 的 &apos;It looks like you are trying to access MongoDB over HTTP on the native driver port&apos;），或者代理把非 HTTP 服务器的字节原样转发。无论哪种，所调用的端口都属于另一个服务。</translation>
    </message>
    <message>
        <source>A gateway relayed another protocol&apos;s answer, and cut it short</source>
        <translation>网关转发了另一种协议的回答，并提前截断</translation>
    </message>
    <message>
        <source>{gateway} relayed its upstream&apos;s non-HTTP answer ({protocol}) and the relay ended before it was whole: the gateway&apos;s upstream address points at the wrong port or scheme.</source>
        <translation>{gateway} 转发了其上游的非 HTTP 回答（{protocol}），且转发在完整之前结束：网关的上游地址指向了错误的端口或协议。</translation>
    </message>
    <message>
        <source>Apache answered its own 503 at once: the backend connection failed</source>
        <translation>Apache 立即返回了自己的 503：到后端的连接失败</translation>
    </message>
    <message>
        <source>Apache answered its own 503 page after {wait}: mod_proxy&apos;s connection to the backend failed at once (nothing listens there, or the worker is still in its retry penalty after such a failure).</source>
        <translation>Apache 在 {wait} 后返回了自己的 503 页面：mod_proxy 到后端的连接立即失败（那里没有监听，或 worker 在此类失败后仍处于重试惩罚期）。</translation>
    </message>
    <message>
        <source>Apache uses one canned 503 page (&apos;temporarily unable to service your request due to maintenance downtime or capacity problems&apos;) for every reason. When it comes back at once, the usual reason is a refused backend connect: mod_proxy then also puts the worker into its retry penalty (60 s by default) and answers 503 without trying again.</source>
        <translation>Apache 对任何原因都使用同一个固定的 503 页面（&apos;temporarily unable to service your request due to maintenance downtime or capacity problems&apos;）。如果立即返回，通常原因是后端拒绝连接：mod_proxy 随后还会让 worker 进入重试惩罚期（默认 60 秒），并在不重试的情况下返回 503。</translation>
    </message>
    <message>
        <source>Apache&apos;s own 503 page: most often a backend that refused the connection</source>
        <translation>Apache 自己的 503 页面：最常见的是后端拒绝了连接</translation>
    </message>
    <message>
        <source>Apache answered with its own 503 page, which does not say why: most often mod_proxy could not connect to the backend (refused, or the worker is still in its retry penalty after such a failure); a module refusing service (maintenance, limits) shows the same page.</source>
        <translation>Apache 返回了自己的 503 页面，页面没有说明原因：最常见的是 mod_proxy 无法连接后端（被拒绝，或 worker 在此类失败后仍处于重试惩罚期）；拒绝服务的模块（维护、限制）也显示同一页面。</translation>
    </message>
    <message>
        <source>The canned text speaks of &apos;maintenance downtime or capacity problems&apos; whatever happened. Apache&apos;s error log names the reason: &apos;AH00957: … attempt to connect to … failed&apos; and &apos;AH01114: … failed to make connection to backend&apos; for a refused backend, &apos;AH00940 … disabled connection for (…)&apos; for the retry penalty.</source>
        <translation>无论发生什么，固定文本都说是 &apos;maintenance downtime or capacity problems&apos;。Apache 的错误日志会写明原因：后端拒绝时为 &apos;AH00957: … attempt to connect to … failed&apos; 和 &apos;AH01114: … failed to make connection to backend&apos;，重试惩罚期为 &apos;AH00940 … disabled connection for (…)&apos;。</translation>
    </message>
    <message>
        <source>nginx&apos;s own 503 without a version (ingress-nginx&apos;s default): usually a Service without ready endpoints</source>
        <translation>不带版本号的 nginx 自身 503（ingress-nginx 的默认）：通常是没有就绪端点的 Service</translation>
    </message>
    <message>
        <source>{product} answered 503 itself with the page ingress-nginx uses: most often the Service behind the Ingress has no ready endpoints (no pod, pods not ready, a selector that matches nothing); a limit_req / limit_conn rejection (ingress-nginx&apos;s limit annotations) answers with the same page.</source>
        <translation>{product} 用 ingress-nginx 使用的页面自行返回了 503：最常见的是 Ingress 后面的 Service 没有就绪端点（没有 Pod、Pod 未就绪、选择器匹配不到任何对象）；limit_req / limit_conn 拒绝（ingress-nginx 的限流注解）也返回同一页面。</translation>
    </message>
    <message>
        <source>ingress-nginx&apos;s balancer answers 503 when the backend Service has no endpoints, and its rate-limit annotations reject with 503 too; the page is the same nginx page. &apos;kubectl get endpoints&apos; (or endpointslices) for the Service tells the first from the second.</source>
        <translation>当后端 Service 没有端点时，ingress-nginx 的负载均衡器返回 503，其限流注解也以 503 拒绝；页面是同一个 nginx 页面。对该 Service 执行 &apos;kubectl get endpoints&apos;（或 endpointslices）可以区分两者。</translation>
    </message>
    <message>
        <source>A gateway relayed the answer of a server that does not speak plain HTTP</source>
        <translation>网关转发了一个不使用明文 HTTP 的服务器的回答</translation>
    </message>
    <message>
        <source>{gateway} relayed its upstream&apos;s answer with status {status}, and that answer is {protocol}&apos;s, not an HTTP service&apos;s: the gateway&apos;s upstream address points at the wrong port or scheme.</source>
        <translation>{gateway} 以状态 {status} 转发了其上游的回答，而该回答来自 {protocol}，而不是 HTTP 服务：网关的上游地址指向了错误的端口或协议。</translation>
    </message>
    <message>
        <source>A gateway that accepts HTTP/0.9 (Apache, Squid — which adds X-Transformed-From: HTTP/0.9) wraps whatever the upstream sent in a 200 response; a Go TLS server answers plain HTTP with its own 400 (&apos;Client sent an HTTP request to an HTTPS server.&apos;), which the gateway relays. Either way the gateway talks to the wrong port, or plain HTTP to a TLS port.</source>
        <translation>接受 HTTP/0.9 的网关（Apache、Squid——后者会添加 X-Transformed-From: HTTP/0.9）会把上游发送的任何内容包装在 200 响应中；Go 的 TLS 服务器用自己的 400（&apos;Client sent an HTTP request to an HTTPS server.&apos;）回答明文 HTTP，网关将其转发。无论哪种情况，网关都连到了错误的端口，或向 TLS 端口发送了明文 HTTP。</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>由您取消</translation>
    </message>
    <message>
        <source>Cancelled by you after {elapsed}; the server had not finished answering, so there is no verdict on it.</source>
        <translation>在 {elapsed} 后由您取消；服务器尚未完成回答，因此没有对它的判断。</translation>
    </message>
    <message>
        <source>You stopped this request (Esc or Cancel in the window, Ctrl+C on the command line) before a complete response arrived. That says nothing about the server: it may have been slow, stuck, or about to answer. Send it again and let it run to get a verdict; the probe&apos;s timeouts (Options) decide how long it may take.</source>
        <translation>您在完整响应到达之前停止了此请求（窗口中的 Esc 或取消，命令行中的 Ctrl+C）。这并不说明服务器的任何情况：它可能很慢、卡住或即将回答。请再次发送并让它运行以获得判断；探测的超时（选项）决定它可以持续多久。</translation>
    </message>
    <message>
        <source>The server refused the request&apos;s headers (HTTP/2)</source>
        <translation>服务器拒绝了请求头(HTTP/2)</translation>
    </message>
    <message>
        <source>The server ended the HTTP/2 stream before answering, and the request&apos;s header block is the likely reason: it is larger than the server accepts or holds characters HTTP/2 forbids. Chrome reports this as ERR_HTTP2_PROTOCOL_ERROR.</source>
        <translation>服务器在应答前结束了 HTTP/2 流,请求的头部块可能是原因:它超过了服务器接受的大小,或含有 HTTP/2 禁止的字符。Chrome 将此报告为 ERR_HTTP2_PROTOCOL_ERROR。</translation>
    </message>
    <message>
        <source>Over HTTP/2 a server that cannot take a request&apos;s header block does not always answer 431 or 400: it may reset the stream (RST_STREAM PROTOCOL_ERROR, COMPRESSION_ERROR or ENHANCE_YOUR_CALM) or close the whole connection with GOAWAY. The request here either exceeds the header list size the server announced in its SETTINGS (or 16 KiB when it announced none) or carries a field HTTP/2 does not allow: upper-case or non-token names, a line break or NUL in a value, white space at either end of a value. Cookies that grew over time are the usual cause. The same request over HTTP/1.1 often gets a readable 400 or 431 instead.</source>
        <translation>在 HTTP/2 下,无法接受请求头部块的服务器并不总是回答 431 或 400:它可能重置流(RST_STREAM PROTOCOL_ERROR、COMPRESSION_ERROR 或 ENHANCE_YOUR_CALM),或用 GOAWAY 关闭整个连接。这里的请求要么超过了服务器在 SETTINGS 中公布的头部列表大小(未公布时为 16 KiB),要么含有 HTTP/2 不允许的字段:大写或非 token 字符的名称、值中的换行或 NUL、值两端的空白。通常原因是日积月累变大的 Cookie。同一请求通过 HTTP/1.1 发送时,往往会得到可读的 400 或 431。</translation>
    </message>
    <message>
        <source>The server reset the HTTP/2 stream</source>
        <translation>服务器重置了 HTTP/2 流</translation>
    </message>
    <message>
        <source>The server cancelled this request&apos;s HTTP/2 stream with RST_STREAM instead of completing the response; the connection itself stayed up. A gateway in front would answer {predicted}.</source>
        <translation>服务器用 RST_STREAM 取消了此请求的 HTTP/2 流,而没有完成响应;连接本身仍然存在。前面的网关会回答 {predicted}。</translation>
    </message>
    <message>
        <source>RST_STREAM ends one stream and names a reason code. REFUSED_STREAM means the server did not process the request at all (too many concurrent streams, a worker shutting down) and it is safe to send again; CANCEL means it gave up on the answer; INTERNAL_ERROR usually comes from the application or a proxy&apos;s upstream failing mid-request; ENHANCE_YOUR_CALM is a rate or abuse limit; HTTP_1_1_REQUIRED asks for the request over HTTP/1.1. The code is shown with the transport detail and in the frames.</source>
        <translation>RST_STREAM 结束一个流并给出原因码。REFUSED_STREAM 表示服务器根本没有处理该请求(并发流过多、worker 正在关闭),可以安全地重新发送;CANCEL 表示它放弃了应答;INTERNAL_ERROR 通常来自应用或代理的上游在请求中途失败;ENHANCE_YOUR_CALM 是速率或滥用限制;HTTP_1_1_REQUIRED 要求通过 HTTP/1.1 发送请求。错误码显示在传输详情和帧中。</translation>
    </message>
    <message>
        <source>The server sent GOAWAY before the response was complete</source>
        <translation>服务器在响应完成前发送了 GOAWAY</translation>
    </message>
    <message>
        <source>The server announced with GOAWAY that it was closing the HTTP/2 connection, and this request&apos;s response did not complete on it. A gateway in front would answer {predicted}.</source>
        <translation>服务器用 GOAWAY 宣布将关闭 HTTP/2 连接,而此请求的响应没有在该连接上完成。前面的网关会回答 {predicted}。</translation>
    </message>
    <message>
        <source>GOAWAY names the last stream the server will still finish. A stream above that number was never processed and can be sent again on a new connection; a stream at or below it that still ended early was cut by the close. GOAWAY with NO_ERROR is a graceful shutdown: a reload or deploy, an idle or per-connection request limit reached. Any other code (PROTOCOL_ERROR, ENHANCE_YOUR_CALM, INTERNAL_ERROR) means the server found fault with the connection. The debug data, when the server sent some, is in the frames.</source>
        <translation>GOAWAY 给出服务器仍会完成的最后一个流。编号大于它的流从未被处理,可以在新连接上重新发送;编号不大于它但仍提前结束的流是被关闭截断的。带 NO_ERROR 的 GOAWAY 是优雅关闭:重新加载或部署,或达到空闲或单连接请求数限制。其他任何错误码(PROTOCOL_ERROR、ENHANCE_YOUR_CALM、INTERNAL_ERROR)表示服务器认为连接有问题。如果服务器发送了调试数据,它会显示在帧中。</translation>
    </message>
    <message>
        <source>The request body waited on an HTTP/2 flow-control window</source>
        <translation>请求体在等待 HTTP/2 流量控制窗口</translation>
    </message>
    <message>
        <source>The request body could not be sent: the server&apos;s HTTP/2 flow-control window was used up and it never opened it again with WINDOW_UPDATE, so the request timed out while sending. A gateway in front would answer {predicted}.</source>
        <translation>请求体无法发送:服务器的 HTTP/2 流量控制窗口已用完,而它从未用 WINDOW_UPDATE 重新打开,因此请求在发送时超时。前面的网关会回答 {predicted}。</translation>
    </message>
    <message>
        <source>In HTTP/2 a sender may only send as much body as the receiver&apos;s window allows; the receiver opens it again with WINDOW_UPDATE as it reads. A server that stops reading (a busy or stuck application, a proxy buffering to a full disk, a body limit it enforces by not reading) leaves the window at zero and the upload hangs without any error. The frames show the last WINDOW_UPDATE and how much of the body went out.</source>
        <translation>在 HTTP/2 中,发送方只能发送接收方窗口允许的请求体数量;接收方在读取时用 WINDOW_UPDATE 重新打开窗口。停止读取的服务器(繁忙或卡住的应用、缓冲到已满磁盘的代理、以不读取方式执行的请求体限制)会让窗口停留在零,上传会无任何错误地挂起。帧中显示最后一个 WINDOW_UPDATE 以及已发出的请求体数量。</translation>
    </message>
    <message>
        <source>Cloudflare could not connect to the origin: no route to its address (523).</source>
        <translation>Cloudflare 无法连接源站：没有到其地址的路由（523）。</translation>
    </message>
    <message>
        <source>The origin address is not reachable from Cloudflare&apos;s network: a wrong DNS record (private or retired IP), a routing problem at the hosting provider, or an IP range captured by a VPC route. Like a refused connection it is a connect failure between gateway and origin, of the unreachable kind (no route to the host rather than nothing listening).</source>
        <translation>从 Cloudflare 的网络无法到达源站地址：DNS 记录错误（私有或已停用的 IP）、托管商的路由问题，或某个 IP 段被 VPC 路由截获。与连接被拒一样，这是网关与源站之间的连接失败，属于不可达的一类（没有到主机的路由，而不是没有进程监听）。</translation>
    </message>
    <message>
        <source>A proxy answered 504 for a connection the origin refused</source>
        <translation>代理对源站拒绝的连接回应了 504</translation>
    </message>
    <message>
        <source>{product} could not connect to the origin: the connection was refused, and this proxy reports that as 504.</source>
        <translation>{product} 无法连接源站：连接被拒绝，而这个代理把它报告为 504。</translation>
    </message>
    <message>
        <source>A proxy answered 504 for an origin name that did not resolve</source>
        <translation>代理对无法解析的源站名称回应了 504</translation>
    </message>
    <message>
        <source>{product} could not resolve the origin&apos;s name, and this proxy reports that as 504.</source>
        <translation>{product} 无法解析源站的名称，而这个代理把它报告为 504。</translation>
    </message>
    <message>
        <source>Not a timeout of the origin: the proxy never found an address to connect to. http-proxy-middleware answers ENOTFOUND with 504, and nginx&apos;s resolver writes &apos;could not be resolved (110: Operation timed out)&apos; when its DNS server does not answer. Check the target&apos;s host name and the resolver the proxy uses.</source>
        <translation>不是源站超时：代理始终没有找到可以连接的地址。http-proxy-middleware 对 ENOTFOUND 回应 504，nginx 的解析器在其 DNS 服务器不应答时写出 &apos;could not be resolved (110: Operation timed out)&apos;。请检查目标主机名和代理使用的解析器。</translation>
    </message>
    <message>
        <source>A proxy answered 500 for a connection the origin refused</source>
        <translation>代理对源站拒绝的连接返回了 500</translation>
    </message>
    <message>
        <source>{product} could not connect to the origin (the connection was refused) and reports that as 500.</source>
        <translation>{product} 无法连接到源站（连接被拒绝），并将其报告为 500。</translation>
    </message>
    <message>
        <source>The textbook gives a failed connection to the origin 502, but some proxies answer it with a plain 500: Vite&apos;s dev-server proxy writes an empty 500 and logs &apos;http proxy error&apos; with the connect error (ECONNREFUSED). The proxy&apos;s own log line is the evidence: nothing accepted the connection on the origin&apos;s address, so the origin is not running yet or the proxy points at the wrong host or port.</source>
        <translation>教科书将到源站的连接失败归为 502，但有些代理会直接回答 500：Vite 开发服务器的代理会写出一个空的 500，并在日志中记录 &apos;http proxy error&apos; 及连接错误（ECONNREFUSED）。代理自己的日志行就是证据：源站地址上没有任何进程接受连接，因此源站尚未运行，或者代理指向了错误的主机或端口。</translation>
    </message>
    <message>
        <source>The upstream&apos;s listen queue was full</source>
        <translation>上游的监听队列已满</translation>
    </message>
    <message>
        <source>{product} reached its upstream&apos;s socket, but the upstream&apos;s queue of waiting connections was full.</source>
        <translation>{product} 到达了上游的套接字，但上游等待连接的队列已满。</translation>
    </message>
    <message>
        <source>nginx logs &apos;(11: Resource temporarily unavailable) while connecting to upstream&apos; when the upstream listens on a Unix socket whose backlog is full: every worker of the application server (gunicorn, uWSGI, PHP-FPM) is busy and the kernel refuses more waiting connections at once. The application is up but at capacity; the textbook would call this 503, nginx answers 502. Add workers, raise the socket&apos;s backlog (and net.core.somaxconn), or find what keeps the workers busy.</source>
        <translation>当上游监听的 Unix 套接字积压队列已满时，nginx 会记录 &apos;(11: Resource temporarily unavailable) while connecting to upstream&apos;：应用服务器（gunicorn、uWSGI、PHP-FPM）的每个工作进程都在忙，内核会立即拒绝更多等待中的连接。应用在运行，但已满负荷；教科书会称之为 503，nginx 则回答 502。请增加工作进程、提高套接字的积压上限（以及 net.core.somaxconn），或找出让工作进程一直忙碌的原因。</translation>
    </message>
    <message>
        <source>The textbook gives 504 to timeouts only, but some proxies answer every failure to reach the origin with 504: http-proxy-middleware (the proxy of webpack-dev-server and Create React App) writes 504 for ECONNREFUSED, ECONNRESET, ENOTFOUND and ETIMEDOUT alike, and an RFC 9209 proxy may send 504 with Proxy-Status error=connection_refused. Its own log line or Proxy-Status names the real failure: here nothing listened on the origin&apos;s address, so the origin is not running or the proxy points at the wrong port.</source>
        <translation>教科书只把 504 用于超时，但有些代理对任何无法到达源站的失败都回答 504：http-proxy-middleware（webpack-dev-server 和 Create React App 的代理）对 ECONNREFUSED、ECONNRESET、ENOTFOUND 和 ETIMEDOUT 一律写 504，符合 RFC 9209 的代理也可能发送带 Proxy-Status error=connection_refused 的 504。它自己的日志行或 Proxy-Status 会说明真正的失败：这里源站地址上没有任何进程在监听，因此源站没有运行，或者代理指向了错误的端口。</translation>
    </message>
    <message>
        <source>The proxy names a forwarding failure that is not a timeout (504)</source>
        <translation>代理指出了一个并非超时的转发失败（504）</translation>
    </message>
    <message>
        <source>{product} could not forward the request to the origin and answered 504, but its own error says the failure was not a timeout.</source>
        <translation>{product} 无法将请求转发到源站并回答了 504，但它自己的错误表明这次失败并非超时。</translation>
    </message>
    <message>
        <source>Squid answers ERR_CANNOT_FORWARD with 504 Gateway Time-out: it found no way to reach the origin or any parent cache (every path it tried failed), and the number after the error name is the system error it got. The status suggests a timeout; the proxy&apos;s error name says otherwise. The proxy&apos;s cache log for that request names the path that failed.</source>
        <translation>Squid 对 ERR_CANNOT_FORWARD 回答 504 Gateway Time-out：它找不到通往源站或任何上级缓存的路径（尝试的每条路径都失败了），错误名称后面的数字是它收到的系统错误。状态码暗示超时，但代理的错误名称表明并非如此。代理的 cache.log 会写明该请求失败的路径。</translation>
    </message>
    <message>
        <source>A host module answered 500 because the application never started</source>
        <translation>宿主模块返回 500，因为应用程序从未启动</translation>
    </message>
    <message>
        <source>{product} has no running application to hand the request to and answers 500 itself.</source>
        <translation>{product} 没有正在运行的应用程序可接收该请求，于是自己返回 500。</translation>
    </message>
    <message>
        <source>The server module in front of the application found nothing to pass the request to: the application process failed during startup or never started. IIS with the ASP.NET Core Module reports this as 500.30 to 500.38 (startup exception, missing runtime or DLL, startup time limit) where the textbook would expect 502 or 503. The application&apos;s own startup log (stdout log, the system event log) names the reason; the web server in front of it is healthy.</source>
        <translation>应用程序前面的服务器模块找不到可以转交请求的对象：应用程序进程在启动时失败或从未启动。带有 ASP.NET Core 模块的 IIS 将此报告为 500.30 到 500.38（启动异常、缺少运行时或 DLL、启动时间限制），而教科书会预期 502 或 503。应用程序自己的启动日志（stdout 日志、系统事件日志）会说明原因；其前面的 Web 服务器是正常的。</translation>
    </message>
    <message>
        <source>A front end answered 500 because the application did not answer in time</source>
        <translation>前端返回了 500，因为应用程序没有及时响应</translation>
    </message>
    <message>
        <source>{product} waited for the application, gave up and answered 500 itself (wait {wait}).</source>
        <translation>{product} 等待应用程序，放弃后自行返回了 500（等待 {wait}）。</translation>
    </message>
    <message>
        <source>The textbook gives a timeout 504, but some front ends answer it with 500: IIS in front of an Azure App Service writes &apos;500 - The request timed out&apos; when the application has not answered within its request limit (230 s). The application is alive but slow on this request; the front end only reported it. Make the request finish sooner (move long work to a background job) or raise the limit where the platform allows it.</source>
        <translation>教科书把超时归为 504，但有些前端用 500 回应：位于 Azure App Service 前面的 IIS 在应用程序未在其请求时限（230 秒）内响应时写出“500 - The request timed out”。应用程序仍在运行，只是处理这个请求很慢；前端只是报告了它。让请求更快完成（把耗时工作移到后台任务），或在平台允许的地方提高时限。</translation>
    </message>
    <message>
        <source>The platform answered 500 because the application&apos;s process ended mid-request</source>
        <translation>平台返回了 500，因为应用程序的进程在请求中途结束</translation>
    </message>
    <message>
        <source>{product} lost the application&apos;s process while it served the request and answered 500 itself.</source>
        <translation>{product} 在处理请求时失去了应用程序的进程，并自行返回了 500。</translation>
    </message>
    <message>
        <source>The textbook would call a connection that ends before the answer a 502, but a serving platform in front of the application may report it as 500: App Engine writes &apos;The process handling this request unexpectedly died&apos; (error code 203) when the instance&apos;s process exits during a request, most often because it ran out of memory or crashed. Look at the instance&apos;s memory and its crash logs at that time; the next request gets a new process.</source>
        <translation>教科书会把在响应之前结束的连接称为 502，但应用程序前面的托管平台可能报告为 500：当实例的进程在请求期间退出时（多半是内存耗尽或崩溃），App Engine 会写出“The process handling this request unexpectedly died”（错误代码 203）。查看实例当时的内存和崩溃日志；下一个请求会得到一个新进程。</translation>
    </message>
    <message>
        <source>The service says it is overloaded, with a status of its own</source>
        <translation>服务以自己的状态码表示它已过载</translation>
    </message>
    <message>
        <source>The service answered {status} and says it is over capacity.</source>
        <translation>服务返回了 {status}，并表示已超出容量。</translation>
    </message>
    <message>
        <source>Some APIs use an unofficial 5xx for &apos;too busy right now&apos; (Anthropic&apos;s API answers 529 &apos;overloaded_error&apos;); the body says so. Nothing is broken on your side: retry with backoff and a cap, spread the load, or fall back to another region or model.</source>
        <translation>有些 API 用非官方的 5xx 表示“现在太忙”（Anthropic 的 API 返回 529“overloaded_error”）；响应体会说明。你这边没有任何问题：带退避和上限地重试、分散负载，或退回到另一个区域或模型。</translation>
    </message>
    <message>
        <source>No gateway signature claims this 500, and the body carries no stack trace or dependency error: the application reported an internal error in its own words, in none, or with its framework&apos;s generic page that looks the same for every failure (Flask&apos;s &apos;The server encountered an internal error&apos;, Rails&apos; &apos;We&apos;re sorry, but something went wrong&apos;). The explanation is in the application&apos;s logs at the time of the request.</source>
        <translation>没有任何网关特征认领这个 500，正文中也没有堆栈跟踪或依赖错误：应用以自己的措辞、或不加说明、或用其框架对每种故障都相同的通用页面（Flask 的“The server encountered an internal error”、Rails 的“We&apos;re sorry, but something went wrong”）报告了内部错误。原因记录在请求发生时应用的日志中。</translation>
    </message>
    <message>
        <source>No gateway or application signature and no reason text. An application&apos;s own 503 nearly always carries its framework&apos;s headers or body, so a bare one is most likely a proxy&apos;s, load balancer&apos;s or platform&apos;s; which one, and whether for capacity, a crashed server or maintenance, the logs of each hop must decide.</source>
        <translation>没有网关或应用的特征，也没有原因文字。应用自己返回的 503 几乎总带着其框架的响应头或正文，所以光秃秃的 503 最可能来自代理、负载均衡器或平台；是哪一个、是因为容量、服务器崩溃还是维护，要由各跳的日志来判断。</translation>
    </message>
</context>
<context>
    <name>Gatescope::SeriesRunner</name>
    <message>
        <source>the interval must be between %1 s and %2 s</source>
        <translation>间隔必须在 %1 秒到 %2 秒之间</translation>
    </message>
    <message>
        <source>the count must be between 1 and %1</source>
        <translation>请求数必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>the duration must be at most %1 hours</source>
        <translation>时长至多为 %1 小时</translation>
    </message>
</context>
<context>
    <name>Gatescope::SeriesSummary</name>
    <message>
        <source>connection reuse</source>
        <translation>连接复用</translation>
    </message>
    <message>
        <source>idle time of the reused connection</source>
        <translation>复用连接的空闲时间</translation>
    </message>
    <message>
        <source>wait (time to first byte)</source>
        <translation>等待时间（首字节时间）</translation>
    </message>
    <message>
        <source>reused after %1 ms idle</source>
        <translation>空闲 %1 毫秒后复用</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4 ms  wait %5 ms  %6</source>
        <translation>#%1  %2  %3  %4 ms  等待 %5 ms  %6</translation>
    </message>
    <message>
        <source>%1 of %2 requests failed: %3 (95 % interval %4 to %5)</source>
        <translation>%2 个请求中有 %1 个失败：%3（95% 区间 %4 至 %5）</translation>
    </message>
    <message numerus="yes">
        <source>The series was stopped by you after %n request(s).</source>
        <translation>
            <numerusform>该序列在 %n 个请求后被你停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by verdict:</source>
        <translation>按结论分组的失败：</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>  %1 × %2 (%3) [%4]: %5</source>
        <translation>  %1 × %2（%3）[%4]：%5</translation>
    </message>
    <message>
        <source>On reused connections %1 of %2 failed (%3); on new connections %4 of %5 (%6).</source>
        <translation>复用连接上 %2 个中有 %1 个失败（%3）；新连接上 %5 个中有 %4 个失败（%6）。</translation>
    </message>
    <message>
        <source>; median %1 ms when failing, %2 ms otherwise</source>
        <translation>；失败时中位数 %1 毫秒，其他情况 %2 毫秒</translation>
    </message>
    <message>
        <source>Failures go with %1: r = %2%3</source>
        <translation>失败与%1相关：r = %2%3</translation>
    </message>
    <message>
        <source>No clear link with %1: r = %2%3</source>
        <translation>与%1没有明显关联：r = %2%3</translation>
    </message>
    <message>
        <source>the time of day</source>
        <translation>一天中的时间</translation>
    </message>
    <message>
        <source>; failing around %1, succeeding around %2 (local time)</source>
        <translation>；失败约在 %1，成功约在 %2（本地时间）</translation>
    </message>
</context>
<context>
    <name>Gatescope::SourcePosition</name>
    <message>
        <source>line %1, column %2 (byte %3)</source>
        <translation>第 %1 行，第 %2 列（第 %3 字节）</translation>
    </message>
</context>
<context>
    <name>Gatescope::TimeoutAudit</name>
    <message>
        <source>%1 gives up after %2 (%3), but %4 behind it waits up to %5 (%6): %1 answers %7 while %4 is still working.</source>
        <translation>%1 在 %2（%3）后放弃，但其后的 %4 最多等待 %5（%6）：%4 仍在处理时 %1 已应答 %7。</translation>
    </message>
    <message>
        <source>The wait ended after %1, at %2&apos;s default %3 of %4.</source>
        <translation>等待在 %1 后结束，正好是 %2 的默认 %3（%4）。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>First byte</source>
        <translation>首字节</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>as you gave it</source>
        <translation>按您给出的值</translation>
    </message>
    <message>
        <source>%1 closes idle connections after %2 (%3), but %4 in front of it reuses them for up to %5 (%6): a request %4 sends on a connection %1 is closing fails — an intermittent 502 on reused connections (504 on some products). Set %4&apos;s idle timeout below %2, or %1&apos;s above %5.</source>
        <extracomment>%1 inner hop, %2 its keep-alive time, %3 its setting (or &quot;as you gave it&quot;), %4 outer hop, %5 its reuse time, %6 its setting</extracomment>
        <translation>%1 在空闲 %2 后关闭连接(%3),但它前面的 %4 会复用这些连接长达 %5(%6):%4 在 %1 正在关闭的连接上发送的请求会失败 — 复用连接上的间歇性 502(某些产品为 504)。请将 %4 的空闲超时设为低于 %2,或将 %1 的设为高于 %5。</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Keep-Alive</translation>
    </message>
    <message>
        <source>Upstream keep-alive</source>
        <translation>上游 Keep-Alive</translation>
    </message>
    <message>
        <source>How long the hop keeps an idle connection from the hop in front (or the client) open for the next request</source>
        <translation>该跳为下一个请求保持来自前一跳(或客户端)的空闲连接的时长</translation>
    </message>
    <message>
        <source>How long the hop keeps an idle connection to the hop behind it for reuse</source>
        <translation>该跳为复用而保留通往后一跳的空闲连接的时长</translation>
    </message>
    <message>
        <source>How long the hop waits for its connection to the hop behind it</source>
        <translation>该跳等待与后一跳建立连接的时长</translation>
    </message>
    <message>
        <source>How long the hop waits for the first byte of the answer from behind it</source>
        <translation>该跳等待来自后方应答首字节的时长</translation>
    </message>
    <message>
        <source>How long the whole exchange behind the hop may take</source>
        <translation>该跳之后整个交换允许持续的时长</translation>
    </message>
    <message>
        <source>expected HOP:KIND=SECONDS, e.g. nginx:read=30</source>
        <translation>应为 HOP:KIND=SECONDS，例如 nginx:read=30</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hop&apos;s product id (expected one of %2)</source>
        <translation>“%1”不是某一跳的产品 ID（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of timeout (expected one of %2)</source>
        <translation>“%1”不是一种超时（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of seconds above 0 (e.g. 30, 2.5, 500ms)</source>
        <translation>“%1”不是大于 0 的秒数（例如 30、2.5、500ms）</translation>
    </message>
    <message>
        <source>The wait ended after %1, at %2&apos;s %3 of %4 (as you gave it).</source>
        <translation>等待在 %1 后结束，正好是 %2 的 %3：%4（按您给出的值）。</translation>
    </message>
</context>
<context>
    <name>Gatescope::WaitSplit</name>
    <message>
        <source>the origin</source>
        <translation>源站</translation>
    </message>
    <message>
        <source>network and hops in front of %1</source>
        <translation>%1 之前的网络和各跳</translation>
    </message>
    <message>
        <source>network, hops in front of %1 and %1 itself</source>
        <translation>网络、%1 之前的各跳以及 %1 本身</translation>
    </message>
    <message>
        <source>inside %1</source>
        <translation>%1 内部</translation>
    </message>
    <message>
        <source>behind %1</source>
        <translation>%1 之后</translation>
    </message>
</context>
<context>
    <name>Gatescope::WaterfallLayout</name>
    <message>
        <source>Timing waterfall</source>
        <translation>计时瀑布图</translation>
    </message>
</context>
<context>
    <name>Gatescope::WgetCommand</name>
    <message>
        <source>%1: the body comes from the file &apos;%2&apos;; file contents are not read, so the body is empty</source>
        <translation>%1：请求体来自文件“%2”；不读取文件内容，因此请求体为空</translation>
    </message>
    <message>
        <source>%1: the header &apos;%2&apos; has no colon; not sent</source>
        <translation>%1：标头“%2”没有冒号；不发送</translation>
    </message>
</context>
<context>
    <name>Gatescope::WorkspaceStore</name>
    <message>
        <source>%1: cannot make the file private: %2</source>
        <translation>%1：无法将文件设为私有：%2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1：无法保存：%2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1：偏移 %2：%3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1：应为 JSON 对象</translation>
    </message>
    <message>
        <source>%1: storing the capture cancelled</source>
        <translation>%1：保存抓包已取消</translation>
    </message>
    <message>
        <source>%1: line %2: the file ends early (truncated?)</source>
        <translation>%1：第 %2 行：文件提前结束（被截断？）</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1：第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>%1: line %2: expected a JSON object</source>
        <translation>%1：第 %2 行：应为 JSON 对象</translation>
    </message>
    <message>
        <source>%1: not a stored Gatescope capture (schema &quot;%2&quot;)</source>
        <translation>%1：不是已保存的 Gatescope 抓包（schema &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>%1: line 1: the header has no exchangeCount/requestCount</source>
        <translation>%1：第 1 行：文件头缺少 exchangeCount/requestCount</translation>
    </message>
    <message>
        <source>%1: line %2: exchange %3: %4</source>
        <translation>%1：第 %2 行：交换 %3：%4</translation>
    </message>
    <message>
        <source>%1: line %2: request %3 refers to exchange %4, which is not there</source>
        <translation>%1：第 %2 行：请求 %3 引用了不存在的交换 %4</translation>
    </message>
    <message>
        <source>%1: line %2: request %3: %4</source>
        <translation>%1：第 %2 行：请求 %3：%4</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1：不是文件夹</translation>
    </message>
    <message>
        <source>%1: cannot make the folder private</source>
        <translation>%1：无法将该文件夹设为私有</translation>
    </message>
</context>
</TS>
