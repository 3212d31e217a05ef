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
        end();
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
    RequestSpec sent = request;
    sent.options.followRedirects = false;
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
    if (m_probe) {
        m_probe->cancel(); // onRequestDone ends it
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
