#include "probe/HopProbe.h"

#include <QDateTime>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcProbeEngine, "gatescope.probe", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

constexpr qsizetype MaxHandshakeReplyBytes = 64 * 1024;

std::size_t slot(Phase phase)
{
    return std::size_t(phase);
}

QByteArray hostForHeader(const QString &host)
{
    QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty())
        ace = host.toUtf8();
    if (ace.contains(':'))
        return '[' + ace + ']';
    return ace;
}

QByteArray hostPort(const QString &host, int port)
{
    return hostForHeader(host) + ':' + QByteArray::number(port);
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_s;
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_s;
    case QSsl::DtlsV1_2:
        return u"DTLSv1.2"_s;
    default:
        return u"unknown"_s;
    }
}

// A peek at bytes for the debug log: printable ASCII kept, the rest escaped.
QByteArray forLog(QByteArrayView bytes, qsizetype max = 2048)
{
    QByteArray out;
    const qsizetype n = std::min(bytes.size(), max);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n')
            out += "\\n\n";
        else if (c == '\r')
            out += "\\r";
        else if (c >= 0x20 && c < 0x7f)
            out += char(c);
        else
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
    }
    if (bytes.size() > max)
        out += "… (" + QByteArray::number(bytes.size() - max) + " more bytes)";
    return out;
}

QString socksReplyText(int code)
{
    switch (code) {
    case 1:
        return HopProbe::tr("general SOCKS server failure");
    case 2:
        return HopProbe::tr("connection not allowed by ruleset");
    case 3:
        return HopProbe::tr("network unreachable");
    case 4:
        return HopProbe::tr("host unreachable");
    case 5:
        return HopProbe::tr("connection refused");
    case 6:
        return HopProbe::tr("TTL expired");
    case 7:
        return HopProbe::tr("command not supported");
    case 8:
        return HopProbe::tr("address type not supported");
    default:
        return HopProbe::tr("unknown reply code %1").arg(code);
    }
}

} // namespace

HopProbe::HopProbe(const RequestSpec &request, int hop, int totalBudgetMs, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_hop(hop)
    , m_totalBudgetMs(totalBudgetMs)
{
    m_phaseStart.fill(-1);
    m_phaseEnd.fill(-1);
    for (QTimer *timer : { &m_connectTimer, &m_attemptTimer, &m_tlsTimer, &m_firstByteTimer, &m_totalTimer }) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    const ProbeOptions &options = m_request.options;
    connect(&m_connectTimer, &QTimer::timeout, this, [this, options] {
        QString what;
        if (m_step == Step::Connecting && !m_proxy.isDirect())
            what = tr("no connection to the proxy %1 within the connect timeout of %2 ms")
                       .arg(m_proxy.url)
                       .arg(options.connectTimeoutMs);
        else if (m_step == Step::SocksGreeting || m_step == Step::SocksAuth || m_step == Step::SocksConnect
                 || m_step == Step::Tunnel)
            what = tr("the proxy %1 did not finish its handshake within the connect timeout of %2 ms")
                       .arg(m_proxy.url)
                       .arg(options.connectTimeoutMs);
        else
            what = tr("no connection within the connect timeout of %1 ms").arg(options.connectTimeoutMs);
        onTimeout(Phase::Connect, what);
    });
    connect(&m_attemptTimer, &QTimer::timeout, this, &HopProbe::onAttemptTimeout);
    connect(&m_tlsTimer, &QTimer::timeout, this, [this, options] {
        onTimeout(Phase::Tls, tr("TLS handshake not done within %1 ms").arg(options.tlsTimeoutMs));
    });
    connect(&m_firstByteTimer, &QTimer::timeout, this, [this, options] {
        onTimeout(Phase::Wait,
                  tr("no response byte within the first-byte timeout of %1 ms").arg(options.firstByteTimeoutMs));
    });
    connect(&m_totalTimer, &QTimer::timeout, this,
            [this] { onTimeout(Phase::None, tr("the total time limit was reached")); });
}

HopProbe::~HopProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    releaseSocket();
    delete m_kept;
}

void HopProbe::enterPhase(Phase phase, qint64 atNs)
{
    if (m_phase == phase)
        return;
    if (m_phase != Phase::None) {
        m_phaseEnd[slot(m_phase)] = atNs;
        Q_EMIT phaseFinished(m_hop, m_phase, toMs(atNs));
    }
    m_phase = phase;
    if (phase != Phase::None) {
        m_phaseStart[slot(phase)] = atNs;
        Q_EMIT phaseStarted(m_hop, phase, toMs(atNs));
    }
}

// ---------------------------------------------------------------------------------------------
// Start, name lookup, connect

void HopProbe::start()
{
    m_clock.start();
    m_exchange.startedAt = QDateTime::currentDateTimeUtc();
    m_exchange.index = m_hop;
    m_exchange.redirectHop = m_hop;
    m_exchange.source = Exchange::Source::Replayed;
    m_exchange.request = m_request;

    const QUrl &url = m_request.url;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        fail(Outcome::Refused, Phase::None,
             tr("not sent: '%1' is not an http:// or https:// URL with a host").arg(url.toString()));
        return;
    }
    m_useTls = scheme == u"https";
    m_port = url.port(m_useTls ? 443 : 80);

    const Result<ProxyChoice> proxy = ProxyResolver().proxyFor(url, m_request.options);
    if (!proxy) {
        fail(Outcome::Refused, Phase::None, tr("not sent: %1").arg(proxy.error()));
        return;
    }
    m_proxy = proxy.value();
    m_exchange.proxy = m_proxy.url;

    // --connect-to: the first matching entry wins, as in curl.
    m_destHost = url.host();
    m_destPort = m_port;
    for (const AddressOverride &entry : m_request.options.addressOverrides) {
        if (entry.kind != AddressOverride::Kind::ConnectTo)
            continue;
        if (!entry.host.isEmpty() && entry.host.compare(url.host(), Qt::CaseInsensitive) != 0)
            continue;
        if (entry.port != 0 && entry.port != m_port)
            continue;
        if (!entry.targetHost.isEmpty())
            m_destHost = entry.targetHost;
        if (entry.targetPort != 0)
            m_destPort = entry.targetPort;
        break;
    }

    // curl --http2 over plain http asks for h2c with an Upgrade (RFC 7540 §3.2); not on a
    // connection handed in, which must stay HTTP/1.1 for whoever reuses it.
    // The offer is the connection's, like ALPN over TLS: it is not kept in the exchange's request,
    // so that sending that request again (over HTTP/1.1, say) does not ask for h2c by itself.
    RequestSpec composed = m_request;
    QList<QByteArray> offered;
    if (!m_useTls && !m_adopted && http2Wanted() && m_request.options.httpVersion == ProbeOptions::HttpVersion::Http2) {
        m_upgrade = Upgrade::Offered;
        const auto add = [&composed, &offered](const QByteArray &name, const QByteArray &value) {
            if (hasHeader(composed.headers, name))
                return;
            composed.headers.append(HeaderField { name, value });
            offered.append(name);
        };
        add("Connection", "Upgrade, HTTP2-Settings");
        add("Upgrade", "h2c");
        add("HTTP2-Settings", Http2Conversation::upgradeSettingsField());
    }
    m_requestBytes = composeRequest(composed, m_proxy, &m_exchange.request);
    m_exchange.request.headers.removeIf([&offered](const HeaderField &field) { return offered.contains(field.name); });
    m_reader = std::make_unique<HttpResponseReader>(
        m_request.method,
        HttpResponseReader::Limits { .maxHeaderBytes = 256 * 1024,
                                     .bodyCaptureCap = m_request.options.bodyCaptureCap,
                                     .rawCaptureCap = 1024 * 1024,
                                     .maxInterimResponses = 32,
                                     .decodeContent = m_request.options.decodeContent });

    if (m_totalBudgetMs > 0)
        m_totalTimer.start(m_totalBudgetMs);
    if (m_request.options.connectTimeoutMs > 0)
        m_connectTimer.start(m_request.options.connectTimeoutMs);

    qCDebug(lcProbeEngine).noquote() << "hop" << m_hop << m_request.method << url.toString() << "via"
                                     << (m_proxy.isDirect() ? u"direct"_s : m_proxy.url) << "to" << m_destHost
                                     << m_destPort;
    if (m_adopted) {
        // A kept-alive connection: no lookup, connect or TLS; the hop's time starts with the send.
        m_clock.start();
        m_exchange.remoteAddress = m_socket->peerAddress().toString();
        m_exchange.remotePort = m_socket->peerPort();
        m_exchange.tls.used = m_ssl != nullptr;
        if (m_ssl)
            recordTlsSession();
        m_connectTimer.stop();
        watchSocket();
#ifdef Q_OS_LINUX
        if (m_socket->socketDescriptor() >= 0)
            m_watchFd = ::dup(int(m_socket->socketDescriptor()));
#endif
        beginSend();
        return;
    }
    m_step = Step::Resolving;
    m_clock.start(); // the hop's time starts with its name lookup, as curl's does
    enterPhase(Phase::Dns, 0);
    resolveTargets();
}

void HopProbe::lookup(const QString &host, int port, const LookupDone &done)
{
    // --resolve HOST:PORT:ADDR[,ADDR…] — the last matching entry wins, as in curl; its addresses
    // are tried in order. HOST "*" matches any host.
    for (auto it = m_request.options.addressOverrides.crbegin(); it != m_request.options.addressOverrides.crend();
         ++it) {
        if (it->kind != AddressOverride::Kind::Resolve
            || (it->host != u"*" && it->host.compare(host, Qt::CaseInsensitive) != 0)
            || (it->port != 0 && it->port != port))
            continue;
        QList<QHostAddress> addresses;
        const QStringList parts = it->addresses();
        for (const QString &part : parts) {
            const QHostAddress address(part);
            if (!address.isNull())
                addresses.append(address);
        }
        if (addresses.isEmpty()) {
            fail(Outcome::DnsFailure, Phase::Dns,
                 tr("the address override for %1:%2 names no usable address ('%3')")
                     .arg(host)
                     .arg(port)
                     .arg(it->targetHost));
            return;
        }
        done(addresses);
        return;
    }

    QString literal = host;
    if (literal.startsWith(u'[') && literal.endsWith(u']'))
        literal = literal.mid(1, literal.size() - 2);
    const QHostAddress address(literal);
    if (!address.isNull()) {
        done({ address });
        return;
    }

    m_lookupId = QHostInfo::lookupHost(host, this, [this, host, done](const QHostInfo &info) {
        m_lookupId = -1;
        if (m_step == Step::Done)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            const QString reason = info.error() == QHostInfo::NoError ? tr("no addresses") : info.errorString();
            fail(Outcome::DnsFailure, Phase::Dns, tr("could not resolve '%1': %2").arg(host, reason));
            return;
        }
        done(info.addresses());
    });
}

void HopProbe::resolveTargets()
{
    // resolvedAddresses holds what the name lookup of the destination gave — or, through an HTTP
    // or socks5h:// proxy (which resolves the destination itself), the proxy's addresses.
    auto connectTo = [this](const QList<QHostAddress> &addresses, int port, bool record) {
        if (record) {
            for (const QHostAddress &address : addresses)
                m_exchange.resolvedAddresses.append(address.toString());
        }
        m_addresses = addresses;
        m_connectPort = port;
        enterPhase(Phase::Connect, nowNs());
        m_step = Step::Connecting;
        connectNextAddress();
    };

    switch (m_proxy.kind) {
    case ProxyChoice::Kind::Direct:
        lookup(m_destHost, m_destPort,
               [connectTo, this](const QList<QHostAddress> &a) { connectTo(a, m_destPort, true); });
        break;
    case ProxyChoice::Kind::Http:
    case ProxyChoice::Kind::Socks5Host:
        lookup(m_proxy.host, m_proxy.port,
               [connectTo, this](const QList<QHostAddress> &a) { connectTo(a, m_proxy.port, true); });
        break;
    case ProxyChoice::Kind::Socks5:
        // curl's socks5://: the destination is resolved here, the proxy gets an address.
        // Every address of the destination is recorded; the proxy is asked for the first, as curl does.
        lookup(m_destHost, m_destPort, [connectTo, this](const QList<QHostAddress> &target) {
            m_socksTarget = target.constFirst();
            for (const QHostAddress &address : target)
                m_exchange.resolvedAddresses.append(address.toString());
            lookup(m_proxy.host, m_proxy.port,
                   [connectTo, this](const QList<QHostAddress> &a) { connectTo(a, m_proxy.port, false); });
        });
        break;
    }
}

void HopProbe::connectNextAddress()
{
    if (m_step != Step::Connecting)
        return;
    releaseSocket();
    m_attemptTimer.stop();
    if (m_nextAddress >= m_addresses.size()) {
        fail(Outcome::Refused, Phase::Connect, connectFailureDetail());
        return;
    }
    const QHostAddress address = m_addresses.at(m_nextAddress++);
    if (m_useTls) {
        m_ssl = new QSslSocket(this);
        m_socket = m_ssl;
        connect(m_ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_exchange.tls.verificationErrors.append(error.errorString());
            recordPeerCertificate();
            if (!m_request.options.verifyTls)
                m_ssl->ignoreSslErrors();
        });
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QAbstractSocket::connected, this, &HopProbe::onConnected);
    watchSocket();

    m_attemptStartNs = nowNs();
    m_exchange.attempts.append(ConnectAttempt { address.toString(), m_connectPort, false, {}, -1 });
    // While other addresses are left, this one gets its share of the time that remains; the
    // last one may use all of it (the connect or total timer ends it).
    const qsizetype left = m_addresses.size() - m_nextAddress;
    if (left > 0) {
        const int remaining = remainingConnectMs();
        const int budget = remaining < 0 ? DefaultConnectBudgetMs : remaining;
        if (budget > MinAttemptMs)
            m_attemptTimer.start(std::max(MinAttemptMs, budget / int(left + 1)));
    }
    qCDebug(lcProbeEngine).noquote() << "hop" << m_hop << "connecting to" << address.toString() << m_connectPort;
    m_socket->connectToHost(address, quint16(m_connectPort));
}

void HopProbe::watchSocket()
{
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HopProbe::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HopProbe::onSocketError);
    connect(m_socket, &QIODevice::readyRead, this, &HopProbe::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &HopProbe::onBytesWritten);
    if (m_ssl) {
        connect(m_ssl, &QSslSocket::encrypted, this, &HopProbe::onEncrypted);
        connect(m_ssl, &QSslSocket::encryptedBytesWritten, this, &HopProbe::onBytesWritten);
    }
}

int HopProbe::remainingConnectMs() const
{
    int remaining = -1;
    for (const QTimer *timer : { &m_connectTimer, &m_totalTimer }) {
        if (!timer->isActive())
            continue;
        const int left = std::max(0, timer->remainingTime());
        remaining = remaining < 0 ? left : std::min(remaining, left);
    }
    return remaining;
}

void HopProbe::onAttemptTimeout()
{
    if (m_step != Step::Connecting || !m_socket || m_exchange.attempts.isEmpty())
        return;
    ConnectAttempt &attempt = m_exchange.attempts.last();
    attempt.durationMs = toMs(nowNs() - m_attemptStartNs);
    attempt.error = tr("timed out after %1 ms (its share of the connect timeout)").arg(attempt.durationMs, 0, 'f', 0);
    m_connectErrors.append(tr("%1 port %2: %3").arg(attempt.address).arg(attempt.port).arg(attempt.error));
    m_allRefused = false;
    qCDebug(lcProbeEngine).noquote() << "hop" << m_hop << "connect attempt timed out:" << m_connectErrors.last();
    disconnect(m_socket, nullptr, this, nullptr);
    connectNextAddress();
}

QString HopProbe::connectFailureDetail() const
{
    if (m_proxy.isDirect())
        return m_connectErrors.join(u"; "_s);
    if (m_allRefused && !m_exchange.attempts.isEmpty()) {
        QStringList endpoints;
        for (const ConnectAttempt &attempt : m_exchange.attempts)
            endpoints.append(QString::fromLatin1(hostPort(attempt.address, attempt.port)));
        return tr("proxy %1 refused the connection").arg(endpoints.join(u", "_s));
    }
    return tr("could not connect to the proxy %1: %2").arg(m_proxy.url, m_connectErrors.join(u"; "_s));
}

void HopProbe::onConnected()
{
    if (m_step != Step::Connecting)
        return;
    m_attemptTimer.stop();
    ConnectAttempt &attempt = m_exchange.attempts.last();
    attempt.succeeded = true;
    attempt.durationMs = toMs(nowNs() - m_attemptStartNs);
    m_exchange.remoteAddress = attempt.address;
    m_exchange.remotePort = attempt.port;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
#ifdef Q_OS_LINUX
    // A second descriptor on the same socket outlives Qt's close, so that after Qt reports
    // "remote host closed" the kernel's TCP state still tells a FIN (CLOSE_WAIT) from a reset
    // (CLOSE): Qt reads ECONNRESET as an orderly end of stream.
    if (m_socket->socketDescriptor() >= 0)
        m_watchFd = ::dup(int(m_socket->socketDescriptor()));
#endif
    // `connect` ends here, at TCP (curl's time_connect); a proxy handshake that follows counts into
    // `tls` for https (time_appconnect covers it) and into `send` for plain http.
    switch (m_proxy.kind) {
    case ProxyChoice::Kind::Direct:
        connectionReady();
        break;
    case ProxyChoice::Kind::Http:
        if (m_useTls) {
            enterPhase(Phase::Tls, nowNs());
            startTunnel();
        } else {
            connectionReady();
        }
        break;
    case ProxyChoice::Kind::Socks5:
    case ProxyChoice::Kind::Socks5Host:
        enterPhase(m_useTls ? Phase::Tls : Phase::Send, nowNs());
        startSocksHandshake();
        break;
    }
}

bool HopProbe::peerReset() const
{
    if (m_socket && m_socket->errorString().contains(u"reset"_s, Qt::CaseInsensitive))
        return true;
#ifdef Q_OS_LINUX
    if (m_watchFd >= 0) {
        tcp_info info {};
        socklen_t length = sizeof(info);
        if (::getsockopt(m_watchFd, IPPROTO_TCP, TCP_INFO, &info, &length) == 0)
            return info.tcpi_state == TCP_CLOSE;
    }
#endif
    return false;
}

void HopProbe::onSocketError()
{
    if (!m_socket || m_step == Step::Done)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString errorText = m_socket->errorString();

    switch (m_step) {
    case Step::Connecting: {
        m_attemptTimer.stop();
        ConnectAttempt &attempt = m_exchange.attempts.last();
        attempt.durationMs = toMs(nowNs() - m_attemptStartNs);
        attempt.error = errorText;
        if (error != QAbstractSocket::ConnectionRefusedError)
            m_allRefused = false;
        m_connectErrors.append(tr("%1 port %2: %3").arg(attempt.address).arg(attempt.port).arg(errorText));
        qCDebug(lcProbeEngine).noquote() << "hop" << m_hop << "connect failed:" << m_connectErrors.last();
        // The next address gets its turn on the next event-loop pass, outside this socket's signal.
        QMetaObject::invokeMethod(this, &HopProbe::connectNextAddress, Qt::QueuedConnection);
        disconnect(m_socket, nullptr, this, nullptr);
        return;
    }
    case Step::SocksGreeting:
    case Step::SocksAuth:
    case Step::SocksConnect:
    case Step::Tunnel:
        if (peerReset())
            fail(Outcome::Reset, m_phase,
                 tr("the proxy %1 reset the connection during its handshake").arg(m_proxy.url));
        else
            fail(Outcome::ClosedEarly, m_phase,
                 tr("the proxy %1 closed the connection during its handshake (%2)").arg(m_proxy.url, errorText));
        return;
    case Step::TlsHandshake:
        recordPeerCertificate();
        m_exchange.tls.errorText = errorText;
        if (error == QAbstractSocket::SslHandshakeFailedError)
            fail(Outcome::TlsFailure, Phase::Tls, tr("TLS handshake failed: %1").arg(errorText));
        else if (peerReset())
            fail(Outcome::Reset, Phase::Tls, tr("connection reset by peer during the TLS handshake"));
        else
            fail(Outcome::TlsFailure, Phase::Tls,
                 tr("the peer closed the connection during the TLS handshake (%1)").arg(errorText));
        return;
    case Step::Sending:
    case Step::Receiving:
        if (error == QAbstractSocket::SslInternalError || error == QAbstractSocket::SslInvalidUserDataError) {
            fail(Outcome::TlsFailure, m_phase, tr("TLS error: %1").arg(errorText));
            return;
        }
        endOfStream();
        return;
    default:
        return;
    }
}

// ---------------------------------------------------------------------------------------------
// Proxy handshakes

void HopProbe::startSocksHandshake()
{
    m_step = Step::SocksGreeting;
    QByteArray greeting("\x05", 1);
    if (!m_proxy.user.isEmpty())
        greeting.append("\x02\x00\x02", 3); // no authentication, username/password
    else
        greeting.append("\x01\x00", 2);
    m_socket->write(greeting);
}

void HopProbe::readSocksReply(const QByteArray &bytes)
{
    m_handshakeBuffer += bytes;
    if (m_step == Step::SocksGreeting) {
        if (m_handshakeBuffer.size() < 2)
            return;
        const auto version = quint8(m_handshakeBuffer.at(0));
        const auto method = quint8(m_handshakeBuffer.at(1));
        m_handshakeBuffer.remove(0, 2);
        if (version != 5) {
            fail(Outcome::InvalidResponse, m_phase, tr("the SOCKS5 proxy answered with version %1").arg(version));
            return;
        }
        if (method == 0x02 && !m_proxy.user.isEmpty()) {
            const QByteArray user = m_proxy.user.toUtf8().left(255);
            const QByteArray password = m_proxy.password.toUtf8().left(255);
            m_step = Step::SocksAuth;
            m_socket->write(QByteArray("\x01", 1) + char(user.size()) + user + char(password.size()) + password);
            return;
        }
        if (method != 0x00) {
            fail(Outcome::Refused, m_phase, tr("the SOCKS5 proxy accepts none of the offered authentication methods"));
            return;
        }
    }
    if (m_step == Step::SocksAuth) {
        if (m_handshakeBuffer.size() < 2)
            return;
        const auto status = quint8(m_handshakeBuffer.at(1));
        m_handshakeBuffer.remove(0, 2);
        if (status != 0) {
            fail(Outcome::Refused, m_phase, tr("the SOCKS5 proxy rejected the user name and password"));
            return;
        }
    }
    if (m_step == Step::SocksGreeting || m_step == Step::SocksAuth) {
        QByteArray request("\x05\x01\x00", 3);
        if (m_proxy.kind == ProxyChoice::Kind::Socks5 || !QHostAddress(m_destHost).isNull()) {
            const QHostAddress target
                = m_proxy.kind == ProxyChoice::Kind::Socks5 ? m_socksTarget : QHostAddress(m_destHost);
            if (target.protocol() == QAbstractSocket::IPv6Protocol) {
                const Q_IPV6ADDR ip6 = target.toIPv6Address();
                request.append('\x04').append(reinterpret_cast<const char *>(ip6.c), 16);
            } else {
                const quint32 ip4 = target.toIPv4Address();
                request.append('\x01')
                    .append(char(ip4 >> 24))
                    .append(char(ip4 >> 16))
                    .append(char(ip4 >> 8))
                    .append(char(ip4));
            }
        } else {
            const QByteArray name = QUrl::toAce(m_destHost).left(255);
            request.append('\x03').append(char(name.size())).append(name);
        }
        request.append(char(m_destPort >> 8)).append(char(m_destPort & 0xff));
        m_step = Step::SocksConnect;
        m_socket->write(request);
        return;
    }
    if (m_step == Step::SocksConnect) {
        if (m_handshakeBuffer.size() < 5)
            return;
        const auto reply = quint8(m_handshakeBuffer.at(1));
        if (reply != 0) {
            const QString detail = tr("SOCKS5 proxy %1 could not connect to %2:%3: %4")
                                       .arg(m_proxy.url, m_destHost)
                                       .arg(m_destPort)
                                       .arg(socksReplyText(reply));
            fail(reply == 6 ? Outcome::Timeout : Outcome::Refused, Phase::Connect, detail);
            return;
        }
        const auto type = quint8(m_handshakeBuffer.at(3));
        const qsizetype addressLength = type == 1 ? 4 : type == 4 ? 16 : 1 + quint8(m_handshakeBuffer.at(4));
        if (m_handshakeBuffer.size() < 4 + addressLength + 2)
            return;
        m_handshakeBuffer.remove(0, 4 + addressLength + 2);
        connectionReady();
    }
}

void HopProbe::startTunnel()
{
    m_step = Step::Tunnel;
    const QByteArray target = hostPort(m_destHost, m_destPort);
    QByteArray request = "CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n";
    request += "User-Agent: gatescope/" GATESCOPE_VERSION "\r\n";
    if (!m_proxy.user.isEmpty())
        request
            += "Proxy-Authorization: Basic " + (m_proxy.user + u':' + m_proxy.password).toUtf8().toBase64() + "\r\n";
    request += "\r\n";
    qCDebug(lcProbeEngine).noquote() << "hop" << m_hop << "proxy >>" << forLog(request);
    m_socket->write(request);
}

void HopProbe::readTunnelReply(const QByteArray &bytes)
{
    m_handshakeBuffer += bytes;
    const qsizetype end = m_handshakeBuffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_handshakeBuffer.size() > MaxHandshakeReplyBytes)
            fail(Outcome::InvalidResponse, m_phase,
                 tr("the proxy's answer to CONNECT has no end of headers in %1 bytes").arg(MaxHandshakeReplyBytes));
        return;
    }
    qCDebug(lcProbeEngine).noquote() << "hop" << m_hop << "proxy <<" << forLog(m_handshakeBuffer.left(end + 4));
    const QByteArray statusLine = m_handshakeBuffer.left(m_handshakeBuffer.indexOf("\r\n"));
    const QList<QByteArray> parts = statusLine.split(' ');
    bool numeric = false;
    const int status = parts.size() >= 2 ? parts.at(1).toInt(&numeric) : 0;
    if (!statusLine.startsWith("HTTP/") || !numeric) {
        fail(Outcome::InvalidResponse, m_phase,
             tr("the proxy's answer to CONNECT is not HTTP: '%1'").arg(QString::fromLatin1(statusLine.left(80))));
        return;
    }
    if (status >= 200 && status < 300) {
        m_handshakeBuffer.remove(0, end + 4);
        connectionReady();
        return;
    }
    // The proxy refused the tunnel and answered itself: that answer is this hop's response.
    m_exchange.comment
        = tr("the proxy refused the CONNECT tunnel to %1").arg(QString::fromLatin1(hostPort(m_destHost, m_destPort)));
    m_exchange.request.method = "CONNECT";
    m_connectTimer.stop();
    m_reader = std::make_unique<HttpResponseReader>(
        QByteArrayView("CONNECT"),
        HttpResponseReader::Limits { .maxHeaderBytes = 256 * 1024,
                                     .bodyCaptureCap = m_request.options.bodyCaptureCap,
                                     .rawCaptureCap = 1024 * 1024,
                                     .maxInterimResponses = 32,
                                     .decodeContent = m_request.options.decodeContent });
    m_step = Step::Receiving;
    m_firstByteSeen = true;
    const QByteArray received = std::exchange(m_handshakeBuffer, {});
    enterPhase(Phase::Download, nowNs());
    readResponseBytes(received, nowNs());
}

// ---------------------------------------------------------------------------------------------
// TLS, sending, receiving

void HopProbe::connectionReady()
{
    m_connectTimer.stop();
    if (m_useTls) {
        startTls();
        return;
    }
    if (http2Wanted() && m_request.options.httpVersion == ProbeOptions::HttpVersion::Http2PriorKnowledge)
        m_http2 = std::make_unique<Http2Conversation>(m_exchange.request, false, [this] { return toMs(nowNs()); });
    beginSend();
}

bool HopProbe::http2Wanted() const
{
    // Through an HTTP proxy, plain http goes in absolute form to the proxy: HTTP/1.1 only.
    const bool toProxyInAbsoluteForm = m_proxy.kind == ProxyChoice::Kind::Http && !m_useTls;
    return m_request.options.httpVersion != ProbeOptions::HttpVersion::Http11 && !toProxyInAbsoluteForm;
}

void HopProbe::startTls()
{
    m_step = Step::TlsHandshake;
    enterPhase(Phase::Tls, nowNs());
    if (m_request.options.tlsTimeoutMs > 0)
        m_tlsTimer.start(m_request.options.tlsTimeoutMs);
    TlsInfo &tls = m_exchange.tls;
    tls.used = true;
    tls.verificationSkipped = !m_request.options.verifyTls;
    // No SNI is sent for an IP address (RFC 6066 §3; Qt follows it), so none is recorded.
    const QString host = m_request.url.host();
    tls.sniHost = QHostAddress(host).isNull() ? host : QString();
    m_ssl->setPeerVerifyName(host);
    QSslConfiguration configuration = m_ssl->sslConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (http2Wanted())
        configuration.setAllowedNextProtocols(
            m_request.options.httpVersion == ProbeOptions::HttpVersion::Http2PriorKnowledge
                ? QList<QByteArray> { QSslConfiguration::ALPNProtocolHTTP2 }
                : QList<QByteArray> { QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1 });
    m_ssl->setSslConfiguration(configuration);
    m_ssl->startClientEncryption();
}

void HopProbe::onEncrypted()
{
    if (m_step != Step::TlsHandshake)
        return;
    m_tlsTimer.stop();
    recordTlsSession();
    if (http2Wanted() && m_ssl->sslConfiguration().nextNegotiatedProtocol() == QSslConfiguration::ALPNProtocolHTTP2)
        m_http2 = std::make_unique<Http2Conversation>(m_exchange.request, true, [this] { return toMs(nowNs()); });
    beginSend();
}

void HopProbe::recordTlsSession()
{
    m_exchange.tls.protocol = protocolName(m_ssl->sessionProtocol());
    m_exchange.tls.cipher = m_ssl->sessionCipher().name();
    recordPeerCertificate();
}

void HopProbe::recordPeerCertificate()
{
    if (!m_ssl || !m_exchange.tls.peerCertificate.isEmpty())
        return;
    const QSslCertificate certificate = m_ssl->peerCertificate();
    if (certificate.isNull())
        return;
    auto names = [](const QSslCertificate &c, bool issuer) {
        const QStringList cn
            = issuer ? c.issuerInfo(QSslCertificate::CommonName) : c.subjectInfo(QSslCertificate::CommonName);
        const QStringList org
            = issuer ? c.issuerInfo(QSslCertificate::Organization) : c.subjectInfo(QSslCertificate::Organization);
        QString text = cn.join(u", "_s);
        if (!org.isEmpty())
            text += u" ("_s + org.join(u", "_s) + u')';
        return text;
    };
    QStringList alternatives;
    const auto san = certificate.subjectAlternativeNames();
    for (auto it = san.cbegin(); it != san.cend(); ++it)
        alternatives.append(it.value());
    m_exchange.tls.peerCertificate = tr("subject %1; issuer %2; valid %3 to %4; names %5")
                                         .arg(names(certificate, false), names(certificate, true),
                                              certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                                              certificate.expiryDate().toUTC().toString(Qt::ISODate),
                                              alternatives.isEmpty() ? tr("(none)") : alternatives.join(u", "_s));
}

void HopProbe::beginSend()
{
    m_step = Step::Sending;
    enterPhase(Phase::Send, nowNs());
    if (m_request.options.firstByteTimeoutMs > 0)
        m_firstByteTimer.start(m_request.options.firstByteTimeoutMs);
    m_exchange.protocol = m_http2 ? u"h2"_s : u"http/1.1"_s;
    if (m_http2) {
        if (!m_http2->start()) {
            fail(Outcome::InvalidResponse, Phase::Send, m_http2->failureDetail());
            return;
        }
        pumpHttp2();
        return;
    }
    qCDebug(lcProbeEngine).noquote() << "hop" << m_hop << ">>" << forLog(m_requestBytes);
    m_socket->write(m_requestBytes);
    m_socket->flush();
    onBytesWritten();
    // Bytes that came with the proxy's handshake answer belong to the response.
    if (!m_handshakeBuffer.isEmpty() && m_step != Step::Done)
        readResponseBytes(std::exchange(m_handshakeBuffer, {}), nowNs());
}

void HopProbe::onBytesWritten()
{
    if (m_step != Step::Sending || !m_socket)
        return;
    if (m_socket->bytesToWrite() > 0 || (m_ssl && m_ssl->encryptedBytesToWrite() > 0))
        return;
    if (m_http2) {
        pumpHttp2(); // the window may let more of the body go now
        if (m_step == Step::Done || !m_socket || !m_http2->requestSent() || m_socket->bytesToWrite() > 0
            || (m_ssl && m_ssl->encryptedBytesToWrite() > 0))
            return;
    }
    m_step = Step::Receiving;
    if (!m_firstByteSeen)
        enterPhase(Phase::Wait, nowNs());
}

void HopProbe::onReadyRead()
{
    const qint64 atNs = nowNs();
    if (!m_socket || m_step == Step::Done)
        return;
    if (m_step == Step::Sending || m_step == Step::Receiving) {
        // The response body can be large: read it through one reused buffer rather than a fresh
        // QByteArray per readyRead (whose first touch of new pages cost more than the copy).
        constexpr qsizetype chunk = 64 * 1024;
        if (m_readBuffer.size() != chunk)
            m_readBuffer.resize(chunk);
        const QPointer<HopProbe> alive(this); // a slot of finished() may delete the probe
        while (m_socket && m_step != Step::Done && m_socket->bytesAvailable() > 0) {
            const qint64 n = m_socket->read(m_readBuffer.data(), chunk);
            if (n <= 0)
                break;
            readResponseBytes(QByteArrayView(m_readBuffer.constData(), qsizetype(n)), atNs);
            if (!alive)
                return;
        }
        return;
    }
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    switch (m_step) {
    case Step::SocksGreeting:
    case Step::SocksAuth:
    case Step::SocksConnect:
        readSocksReply(bytes);
        return;
    case Step::Tunnel:
        readTunnelReply(bytes);
        return;
    case Step::Sending:
    case Step::Receiving:
        readResponseBytes(bytes, atNs);
        return;
    default:
        return;
    }
}

void HopProbe::pumpHttp2()
{
    const QByteArray out = m_http2->takeOutgoing();
    if (!out.isEmpty() && m_socket) {
        m_socket->write(out);
        m_socket->flush();
    }
    // Every feed and every send passes here: announce the frames recorded since the last time.
    const QList<Http2Frame> &frames = m_http2->frames();
    if (frames.size() > m_framesSignalled) {
        const QList<Http2Frame> fresh = frames.mid(m_framesSignalled);
        m_framesSignalled = frames.size();
        Q_EMIT http2Frames(m_hop, fresh);
    }
}

void HopProbe::readHttp2Bytes(QByteArrayView bytes, qint64 atNs)
{
    m_http2->feed(bytes);
    pumpHttp2(); // SETTINGS ACK, WINDOW_UPDATE, PING ACK, more body, a GOAWAY after an error
    if (m_http2->responseStarted() && !m_firstByteSeen) {
        m_firstByteSeen = true;
        m_firstByteTimer.stop();
        if (m_phase == Phase::Send)
            enterPhase(Phase::Wait, atNs);
        enterPhase(Phase::Download, atNs);
    }
    m_lastByteNs = atNs;
    if (m_step == Step::Sending)
        onBytesWritten();
    if (m_step != Step::Done && m_http2->finished()) {
        Transport transport = m_http2->verdict(false, false, &m_exchange.http2);
        if (transport.outcome != Outcome::Ok)
            transport.phase = m_phase;
        finish(transport);
    }
}

bool HopProbe::readUpgradeAnswer(QByteArrayView bytes, qint64 atNs)
{
    m_upgradeHead.append(bytes);
    const qsizetype lineEnd = m_upgradeHead.indexOf('\n');
    if (lineEnd < 0 && m_upgradeHead.size() < 1024)
        return true; // the status line is not whole yet
    const QList<QByteArray> statusLine = m_upgradeHead.left(lineEnd).trimmed().split(' ');
    const bool switching = statusLine.value(0).startsWith("HTTP/1.") && statusLine.value(1) == "101";
    const qsizetype headEnd = m_upgradeHead.indexOf("\r\n\r\n");
    if (!switching || (headEnd < 0 && m_upgradeHead.size() > 64 * 1024)) {
        m_upgrade = Upgrade::Declined; // an HTTP/1.1 answer: the reader takes it from its first byte
        return false;
    }
    if (headEnd < 0)
        return true;
    // 101 Switching Protocols: what follows its head is HTTP/2, our request being stream 1.
    InterimResponse interim;
    interim.status = 101;
    interim.reason = statusLine.mid(2).join(' ');
    for (const QByteArray &line : m_upgradeHead.left(headEnd).split('\n').mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            interim.headers.append(HeaderField { line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    const QByteArray rest = m_upgradeHead.mid(headEnd + 4);
    m_upgradeHead.clear();
    m_upgrade = Upgrade::Taken;
    m_exchange.protocol = u"h2"_s;
    m_http2 = std::make_unique<Http2Conversation>(m_exchange.request, false, [this] { return toMs(nowNs()); });
    if (!m_http2->startUpgraded(interim)) {
        fail(Outcome::InvalidResponse, m_phase, m_http2->failureDetail());
        return true;
    }
    pumpHttp2(); // our preface and SETTINGS
    if (!rest.isEmpty())
        readHttp2Bytes(rest, atNs);
    return true;
}

void HopProbe::readResponseBytes(QByteArrayView bytes, qint64 atNs)
{
    if (m_http2) {
        readHttp2Bytes(bytes, atNs);
        return;
    }
    QByteArray undecided;
    if (m_upgrade == Upgrade::Offered) {
        if (!m_firstByteSeen) {
            m_firstByteSeen = true;
            m_firstByteTimer.stop();
            if (m_phase == Phase::Send)
                enterPhase(Phase::Wait, atNs);
            enterPhase(Phase::Download, atNs);
        }
        m_lastByteNs = atNs;
        if (readUpgradeAnswer(bytes, atNs))
            return;
        undecided = std::exchange(m_upgradeHead, {});
        bytes = undecided;
    }
    if (!m_firstByteSeen) {
        m_firstByteSeen = true;
        m_firstByteTimer.stop();
        if (m_phase == Phase::Send)
            enterPhase(Phase::Wait, atNs);
        enterPhase(Phase::Download, atNs);
    }
    m_lastByteNs = atNs;
    qCDebug(lcProbeEngine).noquote() << "hop" << m_hop << "<<" << forLog(bytes);
    m_reader->feed(bytes);
    if (m_reader->headersComplete())
        Q_EMIT bodyProgress(m_hop, m_reader->bodyBytesOnWire(), m_reader->expectedBodyBytes(), toMs(atNs));
    const HttpResponseReader::State state = m_reader->state();
    if (state == HttpResponseReader::State::Failed || state == HttpResponseReader::State::Complete) {
        Transport transport = m_reader->verdict();
        if (transport.outcome != Outcome::Ok)
            transport.phase = m_phase;
        finish(transport);
    }
}

void HopProbe::endOfStream()
{
    // Qt may hold bytes that arrived with the close.
    if (m_socket && m_socket->bytesAvailable() > 0) {
        const qint64 atNs = nowNs();
        readResponseBytes(m_socket->readAll(), atNs);
        if (m_step == Step::Done)
            return;
    }
    const bool reset = peerReset();
    if (m_upgrade == Upgrade::Offered && !m_upgradeHead.isEmpty()) {
        m_upgrade = Upgrade::Declined; // closed before a whole status line or 101 head: read as HTTP/1.1
        m_reader->feed(std::exchange(m_upgradeHead, {}));
    }
    if (m_http2) {
        Transport transport = m_http2->verdict(true, reset, &m_exchange.http2);
        if (transport.outcome != Outcome::Ok)
            transport.phase = m_phase;
        finish(transport);
        return;
    }
    m_reader->finish();
    if (m_reader->isComplete()) {
        finish(m_reader->verdict());
        return;
    }
    // The phase is the engine's: the one running when the conversation ended (wait = no byte yet).
    Transport transport = m_reader->verdict();
    transport.phase = m_phase;
    if (reset) {
        transport.outcome = Outcome::Reset;
        transport.phase = m_phase;
        transport.detail = tr("connection reset by peer after %n byte(s) of the response", nullptr,
                              int(std::min<qint64>(m_reader->bytesFed(), INT_MAX)));
    } else if (transport.outcome == Outcome::Ok) {
        transport.outcome = Outcome::ClosedEarly;
        transport.detail = tr("peer closed the connection after %n byte(s)", nullptr,
                              int(std::min<qint64>(m_reader->bytesFed(), INT_MAX)));
    }
    finish(transport);
}

// ---------------------------------------------------------------------------------------------
// Endings

void HopProbe::onTimeout(Phase expected, const QString &what)
{
    if (m_step == Step::Done)
        return;
    Q_UNUSED(expected);
    QStringList earlier;
    if (m_step == Step::Connecting && !m_exchange.attempts.isEmpty()) {
        earlier = m_connectErrors;
        ConnectAttempt &attempt = m_exchange.attempts.last();
        attempt.durationMs = toMs(nowNs() - m_attemptStartNs);
        attempt.error = tr("timed out");
    }
    QString detail = what;
    if (m_phase != Phase::None)
        detail = tr("%1 (during %2, after %3 ms)").arg(what, phaseId(m_phase)).arg(toMs(nowNs()), 0, 'f', 1);
    if (!earlier.isEmpty())
        detail = tr("%1; earlier attempts: %2").arg(detail, earlier.join(u"; "_s));
    fail(Outcome::Timeout, m_phase, detail);
}

void HopProbe::cancel()
{
    if (m_step == Step::Done)
        return;
    m_cancelled = true;
    m_exchange.comment = tr("cancelled");
    fail(Outcome::Cancelled, m_phase, tr("stopped by the user before the exchange was complete"));
}

void HopProbe::fail(Outcome outcome, Phase phase, const QString &detail)
{
    Transport transport;
    transport.outcome = outcome;
    transport.phase = phase;
    transport.detail = detail;
    finish(transport);
}

void HopProbe::finish(const Transport &transport)
{
    if (m_step == Step::Done)
        return;
    const qint64 endNs = m_clock.isValid() ? nowNs() : 0;
    m_step = Step::Done;
    for (QTimer *timer : { &m_connectTimer, &m_attemptTimer, &m_tlsTimer, &m_firstByteTimer, &m_totalTimer })
        timer->stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    // A response ends at its last byte; a failure at the moment it was seen.
    const qint64 lastNs = (transport.outcome == Outcome::Ok && m_lastByteNs >= 0) ? m_lastByteNs : endNs;
    enterPhase(Phase::None, lastNs);

    m_exchange.transport = transport;
    if (m_upgrade == Upgrade::Offered && !m_upgradeHead.isEmpty() && m_reader)
        m_reader->feed(std::exchange(m_upgradeHead, {})); // what came before a timer struck
    if (m_http2) {
        if (transport.outcome == Outcome::Timeout && m_http2->flowStalled()) {
            const Transport stalled = m_http2->verdict(false, false, &m_exchange.http2);
            m_exchange.transport.detail = transport.detail + u"; "_s + stalled.detail;
        }
        m_exchange.transport.bytesReceived = m_http2->bytesFed();
        m_exchange.response = m_http2->response();
        m_exchange.rawResponse = m_http2->rawBytes();
        m_exchange.frames = m_http2->frames();
        m_exchange.framesDropped = m_http2->framesDropped();
    } else if (m_reader) {
        if (m_exchange.transport.bytesReceived == 0)
            m_exchange.transport.bytesReceived = m_reader->bytesFed();
        if (m_reader->headersComplete())
            m_exchange.response = m_reader->response();
        m_exchange.anomalies = m_reader->anomalies();
        m_exchange.rawResponse = m_reader->rawBytes();
    }

    auto duration = [this](Phase phase) -> double {
        const qint64 start = m_phaseStart[slot(phase)];
        const qint64 end = m_phaseEnd[slot(phase)];
        return start < 0 || end < 0 ? -1.0 : toMs(end - start);
    };
    Timings &t = m_exchange.timings;
    t.blocked = -1;
    t.dns = duration(Phase::Dns);
    t.connect = duration(Phase::Connect);
    t.tls = duration(Phase::Tls);
    t.send = duration(Phase::Send);
    t.wait = duration(Phase::Wait);
    t.download = duration(Phase::Download);
    t.total = toMs(lastNs);

    qCDebug(lcProbeEngine).noquote() << "hop" << m_hop << "ended:" << outcomeId(transport.outcome)
                                     << phaseId(transport.phase) << transport.detail;
    if (m_keepConnection && leavesConnectionReusable(transport)) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->setParent(nullptr);
        m_kept = std::exchange(m_socket, nullptr);
        m_ssl = nullptr;
    }
    releaseSocket();
    Q_EMIT finished();
}

void HopProbe::adoptConnection(QAbstractSocket *socket)
{
    if (!socket || m_step != Step::Idle || socket->state() != QAbstractSocket::ConnectedState) {
        delete socket;
        return;
    }
    socket->setParent(this);
    m_socket = socket;
    m_ssl = qobject_cast<QSslSocket *>(socket);
    m_adopted = true;
}

QAbstractSocket *HopProbe::takeConnection()
{
    return std::exchange(m_kept, nullptr);
}

bool HopProbe::leavesConnectionReusable(const Transport &transport) const
{
    if (!m_socket || !m_reader || transport.outcome != Outcome::Ok || !m_reader->isComplete()
        || m_socket->state() != QAbstractSocket::ConnectedState || m_socket->bytesAvailable() > 0
        || !m_proxy.isDirect())
        return false;
    const ResponseData &response = m_reader->response();
    if (response.httpVersion != "HTTP/1.1")
        return false;
    const QByteArray connection = headerValue(response.headers, "connection").toLower();
    if (connection.contains("close"))
        return false;
    // A body that ends at the close cannot leave the connection open.
    return hasHeader(response.headers, "content-length") || hasHeader(response.headers, "transfer-encoding")
        || response.status == 204 || response.status == 304 || m_request.method == "HEAD";
}

void HopProbe::releaseSocket()
{
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
        m_ssl = nullptr;
    }
#ifdef Q_OS_LINUX
    if (m_watchFd >= 0) {
        ::close(m_watchFd);
        m_watchFd = -1;
    }
#endif
}

// ---------------------------------------------------------------------------------------------

QByteArray HopProbe::composeRequest(const RequestSpec &request, const ProxyChoice &proxy, RequestSpec *sent)
{
    const QUrl &url = request.url;
    const bool https = url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    const bool absoluteForm = proxy.kind == ProxyChoice::Kind::Http && !https;

    QByteArray target;
    if (absoluteForm) {
        target = url.toEncoded(QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    } else {
        target = url.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (url.hasQuery())
            target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    }

    // A switched-off field keeps the probe from writing its own field of that name (curl's
    // -H 'Accept:' removes curl's Accept): only a default nobody turned off is added.
    auto wanted = [&request](QByteArrayView name) {
        return std::none_of(request.headers.cbegin(), request.headers.cend(), [name](const HeaderField &field) {
            return name.compare(field.name, Qt::CaseInsensitive) == 0;
        });
    };
    HeaderList headers;
    if (wanted("host")) {
        QByteArray host = hostForHeader(url.host());
        const int defaultPort = https ? 443 : 80;
        if (url.port() > 0 && url.port() != defaultPort)
            host += ':' + QByteArray::number(url.port());
        headers.append(HeaderField { "Host", host });
    }
    if (wanted("user-agent"))
        headers.append(HeaderField { "User-Agent", "gatescope/" GATESCOPE_VERSION });
    if (wanted("accept"))
        headers.append(HeaderField { "Accept", "*/*" });
    if (absoluteForm && !proxy.user.isEmpty() && !hasHeader(request.headers, "proxy-authorization"))
        headers.append(
            HeaderField { "Proxy-Authorization", "Basic " + (proxy.user + u':' + proxy.password).toUtf8().toBase64() });
    for (const HeaderField &field : request.headers) {
        if (field.enabled)
            headers.append(HeaderField { field.name, field.value });
    }
    const QByteArray method = request.method.isEmpty() ? QByteArray("GET") : request.method;
    const bool bodyMethod = method == "POST" || method == "PUT" || method == "PATCH";
    if ((!request.body.isEmpty() || bodyMethod) && !hasHeader(request.headers, "content-length")
        && !hasHeader(request.headers, "transfer-encoding"))
        headers.append(HeaderField { "Content-Length", QByteArray::number(request.body.size()) });

    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\n";
    for (const HeaderField &field : std::as_const(headers))
        bytes += field.name + ": " + field.value + "\r\n";
    bytes += "\r\n";
    bytes += request.body;

    if (sent) {
        *sent = request;
        sent->method = method;
        sent->headers = headers;
    }
    return bytes;
}

} // namespace Gatescope
