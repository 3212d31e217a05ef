#pragma once

#include "Exchange.h"
#include "HttpResponseReader.h"
#include "ProxyResolver.h"

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

    // The bytes of the request as they go on the wire (request line, headers, body) for a hop
    // sent through `proxy`; also fills `sent` with the headers as sent. Public for tests.
    static QByteArray composeRequest(const RequestSpec &request, const ProxyChoice &proxy, RequestSpec *sent);

Q_SIGNALS:
    void phaseStarted(int hop, Gatescope::Phase phase, double elapsedMs);
    void phaseFinished(int hop, Gatescope::Phase phase, double elapsedMs);
    void bodyProgress(int hop, qint64 bytesReceived, qint64 bytesExpected, double elapsedMs);
    void finished();

private:
    enum class Step {
        Idle, Resolving, Connecting, SocksGreeting, SocksAuth, SocksConnect, Tunnel, TlsHandshake,
        Sending, Receiving, Done,
    };
    using LookupDone = std::function<void(const QList<QHostAddress> &addresses)>;

    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    static double toMs(qint64 ns) { return double(ns) / 1e6; }
    void enterPhase(Phase phase, qint64 atNs);

    void lookup(const QString &host, int port, const LookupDone &done);
    void resolveTargets();
    void connectNextAddress();
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
    void readResponseBytes(QByteArray bytes, qint64 atNs);
    void endOfStream();
    void recordTlsSession();
    void recordPeerCertificate();
    bool peerReset() const;
    void onTimeout(Phase expected, const QString &what);
    void fail(Outcome outcome, Phase phase, const QString &detail);
    void finish(const Transport &transport);
    void releaseSocket();

    RequestSpec m_request;
    int m_hop = 0;
    int m_totalBudgetMs = 0;
    Exchange m_exchange;
    Step m_step = Step::Idle;
    Phase m_phase = Phase::None;
    QElapsedTimer m_clock;
    std::array<qint64, 8> m_phaseStart{};   // per Phase, -1 = not entered
    std::array<qint64, 8> m_phaseEnd{};

    bool m_useTls = false;
    int m_port = 0;
    QString m_destHost;              // after --connect-to
    int m_destPort = 0;
    ProxyChoice m_proxy;
    QHostAddress m_socksTarget;      // socks5:// resolves the destination here
    QList<QHostAddress> m_addresses; // what we connect to (destination or proxy)
    int m_connectPort = 0;
    qsizetype m_nextAddress = 0;
    qint64 m_attemptStartNs = 0;
    int m_lookupId = -1;
    QStringList m_connectErrors;

    QByteArray m_requestBytes;
    QByteArray m_handshakeBuffer;
    QAbstractSocket *m_socket = nullptr;   // owned (child)
    QSslSocket *m_ssl = nullptr;           // m_socket when TLS is used
    int m_watchFd = -1;                    // dup of the socket, to tell a reset from a close
    bool m_firstByteSeen = false;
    bool m_cancelled = false;
    qint64 m_lastByteNs = -1;
    std::unique_ptr<HttpResponseReader> m_reader;

    QTimer m_connectTimer;
    QTimer m_tlsTimer;
    QTimer m_firstByteTimer;
    QTimer m_totalTimer;
};

} // namespace Gatescope
