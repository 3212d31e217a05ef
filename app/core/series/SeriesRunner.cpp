#include "series/SeriesRunner.h"

#include "probe/HopProbe.h"

#include <QAbstractSocket>

#include <algorithm>

namespace Gatescope {

SeriesOptions SeriesOptions::bounded(SeriesOptions options, QString *problem)
{
    QStringList problems;
    if (options.intervalMs < MinIntervalMs || options.intervalMs > MaxIntervalMs) {
        problems.append(SeriesRunner::tr("the interval must be between %1 s and %2 s")
                            .arg(MinIntervalMs / 1000.0)
                            .arg(MaxIntervalMs / 1000));
        options.intervalMs = std::clamp(options.intervalMs, MinIntervalMs, MaxIntervalMs);
    }
    if (options.count < 1 || options.count > MaxCount) {
        problems.append(SeriesRunner::tr("the count must be between 1 and %1").arg(MaxCount));
        options.count = std::clamp(options.count, 1, MaxCount);
    }
    if (options.durationMs < 0 || options.durationMs > MaxDurationMs) {
        problems.append(SeriesRunner::tr("the duration must be at most %1 hours").arg(MaxDurationMs / 3600000));
        options.durationMs = std::clamp<qint64>(options.durationMs, 0, MaxDurationMs);
    }
    if (problem)
        *problem = problems.join(u"; ");
    return options;
}

qint64 SeriesOptions::effectiveDurationMs() const
{
    // Without a duration the count ends the series; the limit then only keeps a slow last
    // request (it has its own timeouts) from running on: count × interval plus a minute.
    const qint64 byCount = qint64(count) * intervalMs + UnboundedGraceMs;
    return std::min(durationMs > 0 ? durationMs : byCount, MaxDurationMs);
}

SeriesRunner::SeriesRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Gatescope::SeriesSample>();
    for (QTimer *timer : { &m_nextTimer, &m_endTimer }) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_nextTimer, &QTimer::timeout, this, &SeriesRunner::sendNext);
    connect(&m_endTimer, &QTimer::timeout, this, [this] {
        m_timeUp = true;
        if (!m_probe)
            end();
    });
}

SeriesRunner::~SeriesRunner()
{
    if (m_probe)
        m_probe->disconnect(this);
    delete m_probe;
    dropConnection();
}

void SeriesRunner::start(const RequestSpec &request, const SeriesOptions &options)
{
    if (m_running)
        cancel();
    m_request = request;
    m_request.options.bodyCaptureCap = std::min(m_request.options.bodyCaptureCap, SeriesOptions::BodyCaptureBytes);
    m_request.options.followRedirects = false;
    m_options = SeriesOptions::bounded(options);
    m_samples.clear();
    m_running = true;
    m_cancelled = false;
    m_timeUp = false;
    dropConnection();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_endTimer.start(int(std::min<qint64>(m_options.effectiveDurationMs(), INT_MAX)));
    sendNext();
}

void SeriesRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_nextTimer.stop();
    if (m_probe)
        m_probe->cancel(); // finishes at once; onSampleDone ends the series
    else
        end();
}

void SeriesRunner::sendNext()
{
    if (!m_running || m_cancelled || m_timeUp || m_samples.size() >= m_options.count) {
        end();
        return;
    }
    m_current = SeriesSample {};
    m_current.index = int(m_samples.size());
    m_current.startedAt = QDateTime::currentDateTimeUtc();
    m_current.offsetMs = double(m_clock.nsecsElapsed()) / 1e6;

    m_probe = new HopProbe(m_request, 0, m_request.options.totalTimeoutMs, this);
    if (m_options.connections == ConnectionPolicy::Reuse) {
        m_probe->keepConnection(true);
        if (m_connection && m_connection->state() == QAbstractSocket::ConnectedState) {
            m_current.reusedConnection = true;
            m_current.idleMs = double(m_idleClock.nsecsElapsed()) / 1e6;
            m_probe->adoptConnection(std::exchange(m_connection, nullptr));
        } else {
            dropConnection(); // closed by the server while idle: a new one is opened
        }
    }
    connect(m_probe, &HopProbe::finished, this, &SeriesRunner::onSampleDone, Qt::QueuedConnection);
    Q_EMIT sampleStarted(m_current.index);
    m_probe->start();
}

void SeriesRunner::onSampleDone()
{
    if (!m_probe)
        return;
    HopProbe *probe = std::exchange(m_probe, nullptr);
    m_current.exchange = probe->exchange();
    m_current.exchange.index = m_current.index;
    if (QAbstractSocket *kept = probe->takeConnection()) {
        dropConnection();
        kept->setParent(this);
        m_connection = kept;
        m_idleClock.start();
    }
    probe->deleteLater();
    m_samples.append(m_current);
    Q_EMIT sampleFinished(m_samples.constLast());

    if (m_cancelled || m_timeUp || m_samples.size() >= m_options.count) {
        end();
        return;
    }
    const double nextAtMs = double(m_samples.size()) * m_options.intervalMs;
    const double nowMs = double(m_clock.nsecsElapsed()) / 1e6;
    m_nextTimer.start(int(std::max(0.0, nextAtMs - nowMs)));
}

void SeriesRunner::end()
{
    if (!m_running)
        return;
    m_running = false;
    m_nextTimer.stop();
    m_endTimer.stop();
    dropConnection();
    Q_EMIT finished();
}

void SeriesRunner::dropConnection()
{
    if (m_connection) {
        m_connection->abort();
        m_connection->deleteLater();
        m_connection = nullptr;
    }
}

} // namespace Gatescope
