#pragma once

#include "model/Exchange.h"
#include "model/RequestSpec.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QAbstractSocket;

namespace Gatescope {

class HopProbe;

// How a series treats connections: a fresh one per request (what a client without a pool sees),
// or the previous one reused while the server keeps it open (what a gateway with keep-alive sees).
enum class ConnectionPolicy { New, Reuse };

// The bounds of a series. Every series ends by the first of count and duration; both are capped.
struct SeriesOptions
{
    static constexpr int DefaultIntervalMs = 1000;
    static constexpr int DefaultCount = 60;
    static constexpr int MinIntervalMs = 100; // at most 10 requests a second
    static constexpr int MaxIntervalMs = 3600 * 1000;
    static constexpr int MaxCount = 10000;
    static constexpr qint64 MaxDurationMs = 24LL * 3600 * 1000;
    static constexpr qint64 BodyCaptureBytes = 64 * 1024; // per sample: memory stays bounded
    static constexpr qint64 UnboundedGraceMs = 60 * 1000;

    int intervalMs = DefaultIntervalMs; // from one request's start to the next one's
    int count = DefaultCount;
    qint64 durationMs = 0; // 0: the count ends the series (see effectiveDurationMs)
    ConnectionPolicy connections = ConnectionPolicy::New;

    // The options within the caps; `problem` (when not null) names what was out of range.
    static SeriesOptions bounded(SeriesOptions options, QString *problem = nullptr);
    qint64 effectiveDurationMs() const;
};

// One request of a series and what it came to.
struct SeriesSample
{
    int index = 0; // 0-based
    QDateTime startedAt; // UTC
    double offsetMs = 0; // from the series' start
    bool reusedConnection = false;
    double idleMs = -1; // how long the reused connection sat idle before this request; -1: new connection
    Exchange exchange; // the one hop (a watch does not follow redirects)
};

// Sends one request again and again through HopProbe: one at a time, each started `interval`
// after the previous one's start (or at once when that one took longer), until the count or the
// duration is reached, or cancel(). Cancel ends the request under way at once (it is recorded as
// cancelled by you) and sends no more.
class SeriesRunner : public QObject
{
    Q_OBJECT
public:
    explicit SeriesRunner(QObject *parent = nullptr);
    ~SeriesRunner() override;

    void start(const RequestSpec &request, const SeriesOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    const QList<SeriesSample> &samples() const { return m_samples; }
    const SeriesOptions &options() const { return m_options; }
    const RequestSpec &request() const { return m_request; }

Q_SIGNALS:
    void sampleStarted(int index);
    void sampleFinished(const Gatescope::SeriesSample &sample);
    void finished();

private:
    void sendNext();
    void onSampleDone();
    void end();
    void dropConnection();

    RequestSpec m_request;
    SeriesOptions m_options;
    QList<SeriesSample> m_samples;
    HopProbe *m_probe = nullptr; // owned (child) while a request runs
    SeriesSample m_current;
    QAbstractSocket *m_connection = nullptr; // owned: the kept-alive connection between requests
    QElapsedTimer m_idleClock; // since the kept connection's last response
    QElapsedTimer m_clock; // since the series started
    QDateTime m_startedAt;
    QTimer m_nextTimer;
    QTimer m_endTimer;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_timeUp = false;
};

} // namespace Gatescope

Q_DECLARE_METATYPE(Gatescope::SeriesSample)
