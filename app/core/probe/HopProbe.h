#pragma once

#include "http/HttpResponseReader.h"
#include "model/Exchange.h"
#include "probe/Http2Conversation.h"
#include "probe/ProxyResolver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>

class QAbstractSocket;
class QSslSocket;
class QTcpSocket;

namespace Gatescope {

// Sends one hop of a probe — one request on one fresh connection — and measures it: name
// lookup (QHostInfo, or an address override), TCP connect to each address in turn, an optional
// proxy handshake (HTTP CONNECT or SOCKS5), TLS, writing the request, waiting for and reading the
// response through HttpResponseReader. Every phase boundary is signalled as it happens, timed
// from a monotonic clock that starts with the hop. It ends, exactly once, with finished(); the
// Exchange then says how the conversation ended (ok, refused, timeout in a phase, closed early,
// reset, invalid response, TLS or DNS failure). Used by ProbeEngine, which follows redirects.
//
// Connecting follows curl: while more addresses are left, an attempt gets a share of the
// remaining connect time (remaining ÷ addresses left, at least MinAttemptMs); one that hangs is
// recorded as timed out and the next address is tried; only the last one may use all the time
// left, and when it hangs too the outcome is a timeout in the connect phase.
// Phase boundaries with a proxy follow curl's time_connect / time_appconnect: `connect` ends when
// TCP to the proxy is established; for https the proxy's CONNECT or SOCKS5 handshake counts into
// `tls` (time_appconnect covers tunnel and TLS); for plain http through SOCKS5 the handshake counts
// into `send`. The connect timeout still covers the handshake. A failure during the handshake is
// reported in the phase that was running, except a SOCKS5 reply saying the proxy could not reach
// the destination: that is the destination's connect failing, reported in `connect`.
class HopProbe : public QObject
{
    Q_OBJECT
public:
    // totalBudgetMs: what is left of the whole probe's time limit (0 = no limit).
    HopProbe(const RequestSpec &request, int hop, int totalBudgetMs, QObject *parent = nullptr);
    ~HopProbe() override;

    void start();
    void cancel();
    bool isDone() const { return m_step == Step::Done; }
    bool wasCancelled() const { return m_cancelled; }
    const Exchange &exchange() const { return m_exchange; }

    // Connection reuse (HTTP/1.1 keep-alive), for a series of requests to one origin. Before
    // start(): adoptConnection() hands in a connected socket from an earlier hop (taken with
    // takeConnection()); the hop then sends on it at once, without lookup, connect or TLS (their
    // timings stay -1). With keepConnection(true), a response that leaves the connection
    // reusable (complete, HTTP/1.1, no "Connection: close", nothing failed) keeps its socket for
    // takeConnection() after finished(); otherwise the socket is closed as always.
    void adoptConnection(QAbstractSocket *socket);
    void keepConnection(bool keep) { m_keepConnection = keep; }
    QAbstractSocket *takeConnection(); // the caller owns it; nullptr when none was kept
    bool sentOnReusedConnection() const { return m_adopted; }

    // The bytes of the request as they go on the wire (request line, headers, body) for a hop
    // sent through `proxy`; also fills `sent` with the headers as sent. Public for tests.
    static QByteArray composeRequest(const RequestSpec &request, const ProxyChoice &proxy, RequestSpec *sent);

Q_SIGNALS:
    void phaseStarted(int hop, Gatescope::Phase phase, double elapsedMs);
    void phaseFinished(int hop, Gatescope::Phase phase, double elapsedMs);
    void bodyProgress(int hop, qint64 bytesReceived, qint64 bytesExpected, double elapsedMs);
    // HTTP/2: the frames recorded since the last emission, as they go (at most the ones kept).
    void http2Frames(int hop, const QList<Gatescope::Http2Frame> &frames);
    void finished();

private:
    enum class Step {
        Idle,
        Resolving,
        Connecting,
        SocksGreeting,
        SocksAuth,
        SocksConnect,
        Tunnel,
        TlsHandshake,
        Sending,
        Receiving,
        Done,
    };
    using LookupDone = std::function<void(const QList<QHostAddress> &addresses)>;

    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    static double toMs(qint64 ns) { return double(ns) / 1e6; }
    void enterPhase(Phase phase, qint64 atNs);

    void lookup(const QString &host, int port, const LookupDone &done);
    void resolveTargets();
    void connectNextAddress();
    void onAttemptTimeout();
    int remainingConnectMs() const; // -1 = no limit
    QString connectFailureDetail() const;
    void onConnected();
    void onSocketError();
    void onReadyRead();
    void onBytesWritten();
    void onEncrypted();
    void startSocksHandshake();
    void readSocksReply(const QByteArray &bytes);
    void startTunnel();
    void readTunnelReply(const QByteArray &bytes);
    void connectionReady();
    void startTls();
    void beginSend();
    bool http2Wanted() const; // the options ask for h2 and the route allows it
    void pumpHttp2();
    void readHttp2Bytes(QByteArrayView bytes, qint64 atNs);
    void readResponseBytes(QByteArrayView bytes, qint64 atNs);
    void endOfStream();
    void recordTlsSession();
    void recordPeerCertificate();
    bool peerReset() const;
    void onTimeout(Phase expected, const QString &what);
    void fail(Outcome outcome, Phase phase, const QString &detail);
    void finish(const Transport &transport);
    void releaseSocket();
    void watchSocket();
    bool leavesConnectionReusable(const Transport &transport) const;

    RequestSpec m_request;
    int m_hop = 0;
    int m_totalBudgetMs = 0;
    Exchange m_exchange;
    Step m_step = Step::Idle;
    Phase m_phase = Phase::None;
    static constexpr int MinAttemptMs = 200;
    static constexpr int DefaultConnectBudgetMs = 300000; // curl's default connect timeout
    QElapsedTimer m_clock;
    std::array<qint64, 8> m_phaseStart {}; // per Phase, -1 = not entered
    std::array<qint64, 8> m_phaseEnd {};

    bool m_useTls = false;
    int m_port = 0;
    QString m_destHost; // after --connect-to
    int m_destPort = 0;
    ProxyChoice m_proxy;
    QHostAddress m_socksTarget; // socks5:// resolves the destination here
    QList<QHostAddress> m_addresses; // what we connect to (destination or proxy)
    int m_connectPort = 0;
    qsizetype m_nextAddress = 0;
    qint64 m_attemptStartNs = 0;
    int m_lookupId = -1;
    QStringList m_connectErrors;
    bool m_allRefused = true; // every failed attempt was a refusal

    QByteArray m_requestBytes;
    QByteArray m_handshakeBuffer;
    QByteArray m_readBuffer; // reused for every read of the response: no allocation per read
    QAbstractSocket *m_socket = nullptr; // owned (child)
    QSslSocket *m_ssl = nullptr; // m_socket when TLS is used
    int m_watchFd = -1; // dup of the socket, to tell a reset from a close
    bool m_firstByteSeen = false;
    bool m_cancelled = false;
    bool m_adopted = false; // sending on a connection handed in with adoptConnection()
    bool m_keepConnection = false;
    QAbstractSocket *m_kept = nullptr; // owned by the caller once taken; unparented
    qint64 m_lastByteNs = -1;
    std::unique_ptr<HttpResponseReader> m_reader;
    std::unique_ptr<Http2Conversation> m_http2; // set when the connection speaks h2
    qsizetype m_framesSignalled = 0; // of m_http2's frames, how many http2Frames() announced
    // h2c by Upgrade (--http2 over plain http, as curl): offered with the request; the answer's
    // head is held back until its status line says whether the server switched (101) or not.
    enum class Upgrade { None, Offered, Declined, Taken };
    Upgrade m_upgrade = Upgrade::None;
    QByteArray m_upgradeHead; // the answer's first bytes while the Upgrade is undecided
    bool readUpgradeAnswer(QByteArrayView bytes, qint64 atNs); // true: the bytes were taken

    QTimer m_connectTimer;
    QTimer m_attemptTimer; // one address's share of the connect time
    QTimer m_tlsTimer;
    QTimer m_firstByteTimer;
    QTimer m_totalTimer;
};

} // namespace Gatescope
