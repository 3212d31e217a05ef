#pragma once

#include "model/Exchange.h"

#include <QObject>

#include <memory>

namespace Gatescope {

// Sends one RequestSpec over QHostInfo + QTcpSocket/QSslSocket (no QNetworkAccessManager, which
// hides the phases) and measures every phase on curl's boundaries from a monotonic clock.
// It reports each phase boundary as it happens so a view can draw the request live, and ends with
// one Exchange per hop (redirects followed on request). A network failure is a result, never an
// error: the Exchange's Transport says how the conversation ended.
class ProbeEngine : public QObject
{
    Q_OBJECT
public:
    explicit ProbeEngine(QObject *parent = nullptr);
    ~ProbeEngine() override;

    void start(const RequestSpec &request); // asynchronous; one request (and its hops) at a time
    void cancel(); // ends the running exchange as a client-side stop
    bool isRunning() const;
    QList<Exchange> exchanges() const; // the hops finished so far

    // Blocking convenience for the CLI and tests: runs a local event loop until finished.
    static QList<Exchange> run(const RequestSpec &request);

Q_SIGNALS:
    // elapsedMs counts from the start of the hop (hop 0 = the original request).
    void phaseStarted(int hop, Gatescope::Phase phase, double elapsedMs);
    void phaseFinished(int hop, Gatescope::Phase phase, double elapsedMs);
    void bodyProgress(int hop, qint64 bytesReceived, qint64 bytesExpected, double elapsedMs);
    // HTTP/2: frames of the hop's connection as they are sent and received (Http2Frame::atMs
    // counts from the hop's start); the hop's Exchange carries them all at the end.
    void http2Frames(int hop, const QList<Gatescope::Http2Frame> &frames);
    void hopFinished(const Gatescope::Exchange &exchange);
    void finished(const QList<Gatescope::Exchange> &exchanges);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatescope
