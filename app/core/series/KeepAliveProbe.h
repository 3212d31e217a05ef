#pragma once

#include "model/Exchange.h"
#include "model/RequestSpec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QAbstractSocket;

namespace Gatescope {

class HopProbe;

// What a server does with an idle kept-alive connection.
struct KeepAliveResult
{
    // OnReuse: the server never closed the idle connection by itself, but a request sent after
    // `idleMs` of idleness was met by a close (found by bisection).
    enum class Close { None, Fin, Reset, OnReuse };

    // One bisection trial: a request, `idleMs` of idleness, a second request on the same connection.
    struct ReuseTrial
    {
        double idleMs = 0;
        bool reused = false; // the second request was answered
    };

    Exchange exchange; // the request that opened the connection
    bool keptAlive = false; // the response left the connection open (HTTP/1.1, no "Connection: close")
    QByteArray keepAliveHeader; // the response's Keep-Alive field, as sent ("timeout=5, max=100")
    double advertisedSeconds = -1; // its timeout=, -1 when absent
    Close close = Close::None;
    double idleMs = -1; // how long the connection was idle when the server closed it
    double watchedMs = 0; // how long it was watched (the bound, when the server never closed it)
    QList<ReuseTrial> trials; // when the server never closed it: the bisection, in order
    bool cancelled = false;
};

// Measures a server's idle keep-alive timeout directly: sends the request on a new connection,
// keeps the connection idle after the response's last byte, and records when the server closes
// it and how — a FIN (orderly close) or a reset — read from the kernel's TCP state of a second
// descriptor on the socket, as HopProbe does. Bounded: at most maxIdleMs of watching. One
// connection and one request in all; nothing else is sent.
class KeepAliveProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxIdleMs = 120 * 1000;
    static constexpr int MaxIdleMs = 600 * 1000;
    static constexpr int BisectionBudgetFactor = 4;

    explicit KeepAliveProbe(QObject *parent = nullptr);
    ~KeepAliveProbe() override;

    void start(const RequestSpec &request, int maxIdleMs = DefaultMaxIdleMs);
    void cancel();
    bool isRunning() const { return m_running; }
    const KeepAliveResult &result() const { return m_result; }

    // The timeout= of a Keep-Alive field in seconds, -1 when there is none.
    static double advertisedTimeout(QByteArrayView keepAliveField);

Q_SIGNALS:
    void responded(); // the request is answered; watching the idle connection starts if it was kept
    void finished();

private:
    void onRequestDone();
    void onClosed();
    void startTrial(double idleMs);
    void onTrialFirstDone();
    void onTrialSecondDone();
    void end();
    void releaseConnection();

    KeepAliveResult m_result;
    HopProbe *m_probe = nullptr; // owned (child) while the request runs
    QAbstractSocket *m_connection = nullptr; // owned while watched
    int m_watchFd = -1;
    QElapsedTimer m_idle;
    QTimer m_bound;
    int m_maxIdleMs = DefaultMaxIdleMs;
    bool m_running = false;
    RequestSpec m_request;
    QTimer m_trialWait;
    double m_trialIdleMs = 0;
    double m_low = 0; // bisection: reuse worked after this idleness
    double m_high = 0; // … and failed after this one
    double m_spentMs = 0;
};

} // namespace Gatescope
