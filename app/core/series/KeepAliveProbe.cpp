#include "series/KeepAliveProbe.h"

#include "probe/HopProbe.h"

#include <QAbstractSocket>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Gatescope {

KeepAliveProbe::KeepAliveProbe(QObject *parent)
    : QObject(parent)
{
    m_bound.setSingleShot(true);
    m_bound.setTimerType(Qt::PreciseTimer);
    connect(&m_bound, &QTimer::timeout, this, [this] {
        m_result.watchedMs = double(m_idle.nsecsElapsed()) / 1e6;
        // Never closed by itself: does it still take a request after that long? Bisect.
        releaseConnection();
        m_high = 0;
        m_low = 0;
        startTrial(m_maxIdleMs);
    });
    m_trialWait.setSingleShot(true);
    m_trialWait.setTimerType(Qt::PreciseTimer);
    connect(&m_trialWait, &QTimer::timeout, this, [this] {
        auto *second = new HopProbe(m_request, 0, m_request.options.totalTimeoutMs, this);
        m_probe = second;
        second->adoptConnection(std::exchange(m_connection, nullptr)); // a closed one is refused: the send fails
        connect(second, &HopProbe::finished, this, &KeepAliveProbe::onTrialSecondDone, Qt::QueuedConnection);
        second->start();
    });
}

KeepAliveProbe::~KeepAliveProbe()
{
    if (m_probe)
        m_probe->disconnect(this);
    delete m_probe;
    releaseConnection();
}

double KeepAliveProbe::advertisedTimeout(QByteArrayView keepAliveField)
{
    const QList<QByteArray> parts = keepAliveField.toByteArray().split(',');
    for (const QByteArray &part : parts) {
        const QByteArray item = part.trimmed();
        if (!item.toLower().startsWith("timeout="))
            continue;
        bool ok = false;
        const double seconds = item.mid(8).trimmed().toDouble(&ok);
        if (ok && seconds >= 0)
            return seconds;
    }
    return -1;
}

void KeepAliveProbe::start(const RequestSpec &request, int maxIdleMs)
{
    if (m_running)
        cancel();
    m_result = KeepAliveResult {};
    m_maxIdleMs = std::clamp(maxIdleMs, 1, MaxIdleMs);
    m_running = true;
    m_request = request;
    m_request.options.followRedirects = false;
    m_spentMs = 0;
    const RequestSpec &sent = m_request;
    m_probe = new HopProbe(sent, 0, sent.options.totalTimeoutMs, this);
    m_probe->keepConnection(true);
    connect(m_probe, &HopProbe::finished, this, &KeepAliveProbe::onRequestDone, Qt::QueuedConnection);
    m_probe->start();
}

void KeepAliveProbe::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    m_trialWait.stop();
    if (m_probe) {
        m_probe->cancel(); // its finished handler ends it
        return;
    }
    m_result.watchedMs = double(m_idle.nsecsElapsed()) / 1e6;
    end();
}

void KeepAliveProbe::onRequestDone()
{
    HopProbe *probe = std::exchange(m_probe, nullptr);
    if (!probe)
        return;
    m_result.exchange = probe->exchange();
    m_connection = probe->takeConnection();
    probe->deleteLater();
    if (m_result.exchange.response) {
        m_result.keepAliveHeader = headerValue(m_result.exchange.response->headers, "keep-alive").trimmed();
        m_result.advertisedSeconds = advertisedTimeout(m_result.keepAliveHeader);
    }
    m_result.keptAlive = m_connection != nullptr;
    Q_EMIT responded();
    if (!m_connection || m_result.cancelled) {
        end();
        return;
    }
    m_idle.start(); // the response's last byte has just been read
    m_connection->setParent(this);
#ifdef Q_OS_LINUX
    if (m_connection->socketDescriptor() >= 0)
        m_watchFd = ::dup(int(m_connection->socketDescriptor()));
#endif
    connect(m_connection, &QAbstractSocket::disconnected, this, &KeepAliveProbe::onClosed);
    connect(m_connection, &QAbstractSocket::errorOccurred, this, &KeepAliveProbe::onClosed);
    connect(m_connection, &QIODevice::readyRead, this, [this] {
        // Bytes on an idle connection are no response to anything: read and dropped.
        m_connection->readAll();
    });
    m_bound.start(m_maxIdleMs);
    if (m_connection->state() != QAbstractSocket::ConnectedState)
        onClosed();
}

void KeepAliveProbe::startTrial(double idleMs)
{
    m_trialIdleMs = idleMs;
    auto *first = new HopProbe(m_request, 0, m_request.options.totalTimeoutMs, this);
    m_probe = first;
    first->keepConnection(true);
    connect(first, &HopProbe::finished, this, &KeepAliveProbe::onTrialFirstDone, Qt::QueuedConnection);
    first->start();
}

void KeepAliveProbe::onTrialFirstDone()
{
    HopProbe *probe = std::exchange(m_probe, nullptr);
    if (!probe)
        return;
    m_connection = probe->takeConnection();
    probe->deleteLater();
    if (m_result.cancelled || !m_connection) {
        // Cancelled, or the server did not keep this connection at all: the bisection cannot go on.
        end();
        return;
    }
    m_connection->setParent(this);
    m_spentMs += m_trialIdleMs;
    m_trialWait.start(int(m_trialIdleMs));
}

void KeepAliveProbe::onTrialSecondDone()
{
    HopProbe *probe = std::exchange(m_probe, nullptr);
    if (!probe)
        return;
    const Exchange exchange = probe->exchange();
    probe->deleteLater();
    if (m_result.cancelled) {
        end();
        return;
    }
    const bool reused
        = probe->sentOnReusedConnection() && exchange.transport.outcome == Outcome::Ok && exchange.response.has_value();
    m_result.trials.append({ m_trialIdleMs, reused });
    if (reused)
        m_low = m_trialIdleMs;
    else
        m_high = m_trialIdleMs;
    if (m_high <= 0) {
        end(); // reused even after the bound: it keeps idle connections at least that long
        return;
    }
    const bool narrow = m_high - m_low <= m_high * 0.05;
    const double next = (m_low + m_high) / 2;
    if (narrow || m_spentMs + next > double(BisectionBudgetFactor) * m_maxIdleMs) {
        m_result.close = KeepAliveResult::Close::OnReuse;
        m_result.idleMs = (m_low + m_high) / 2;
        end();
        return;
    }
    startTrial(next);
}

void KeepAliveProbe::onClosed()
{
    if (!m_running || !m_connection || m_result.close != KeepAliveResult::Close::None)
        return;
    m_result.idleMs = double(m_idle.nsecsElapsed()) / 1e6;
    m_result.watchedMs = m_result.idleMs;
    bool reset = m_connection->errorString().contains(u"reset", Qt::CaseInsensitive);
#ifdef Q_OS_LINUX
    // After a FIN the socket waits in CLOSE_WAIT for our close; a reset leaves it CLOSED.
    if (m_watchFd >= 0) {
        tcp_info info {};
        socklen_t length = sizeof(info);
        if (::getsockopt(m_watchFd, IPPROTO_TCP, TCP_INFO, &info, &length) == 0)
            reset = info.tcpi_state == TCP_CLOSE;
    }
#endif
    m_result.close = reset ? KeepAliveResult::Close::Reset : KeepAliveResult::Close::Fin;
    end();
}

void KeepAliveProbe::end()
{
    if (!m_running)
        return;
    m_running = false;
    m_bound.stop();
    m_trialWait.stop();
    releaseConnection();
    Q_EMIT finished();
}

void KeepAliveProbe::releaseConnection()
{
    if (m_connection) {
        disconnect(m_connection, nullptr, this, nullptr);
        m_connection->abort();
        m_connection->deleteLater();
        m_connection = nullptr;
    }
#ifdef Q_OS_LINUX
    if (m_watchFd >= 0) {
        ::close(m_watchFd);
        m_watchFd = -1;
    }
#endif
}

} // namespace Gatescope
