#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Gatescope {

// The 5xx Lab's own reverse proxy: a small HTTP/1.1 gateway on loopback in front of the fault
// origin, with the knobs that make real gateways answer 502, 503 and 504 — connect and read
// timeouts, a pool of upstreams with health checks, a rate limit, a concurrency limit, a
// maintenance switch and an optional "the caller expects JSON" check. It says who it is
// (`Server: gatescope-lab`, a signature line on its pages, `Via: 1.1 gatescope-lab` on relayed
// answers) but never why it failed: each failure is answered with the status and page wording a
// real product uses for it (the table in LabGateway.cpp), so a diagnosis of the lab is an
// inference. The failure class is kept in the lab's own record: the answered() signal and the
// `gatescope.lab.gateway` logging category.
class LabGateway : public QObject
{
    Q_OBJECT
public:
    struct Upstream
    {
        QString host; // an address or a name (a name that does not resolve = DNS failure)
        quint16 port = 0;
    };

    struct Config
    {
        QList<Upstream> upstreams;
        int connectTimeoutMs = 2000;
        int readTimeoutMs = 3000; // request written -> response header complete
        int healthCheckIntervalMs = 0; // 0 = no active health checks (every upstream healthy)
        QString healthCheckPath = QStringLiteral("/health");
        int maxConcurrent = 0; // in-flight requests to upstreams; 0 = unlimited
        int rateLimitPerSecond = 0; // requests accepted per second; 0 = unlimited
        bool maintenance = false; // answer 503 + Retry-After to everything
        int maintenanceRetryAfterSeconds = 120;
        bool requireJsonForJsonCallers = false; // 502 when Accept: application/json gets non-JSON
    };

    // Why the gateway answered itself: for the lab's own log, never sent to the client.
    enum class Failure {
        None,
        UpstreamRefused,
        UpstreamConnectTimeout,
        UpstreamReadTimeout,
        UpstreamClosedEarly,
        UpstreamReset,
        UpstreamInvalidResponse,
        UpstreamDnsFailure,
        UnexpectedContent,
        NoHealthyUpstream,
        RateLimited,
        Overloaded,
        Maintenance,
    };
    static QString failureId(Failure failure);
    static int statusFor(Failure failure); // the status of the product its answer is modelled on

    explicit LabGateway(const Config &config, QObject *parent = nullptr);
    ~LabGateway() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:PORT

    const Config &config() const;
    void setMaintenance(bool on);
    int healthyUpstreamCount() const;
    void checkHealthNow(); // runs one round of health checks

    class Private; // public so that the per-connection sessions of the .cpp can reach it

Q_SIGNALS:
    void answered(int status, Gatescope::LabGateway::Failure failure);
    void healthChanged(int healthyUpstreams);

private:
    std::unique_ptr<Private> d;
};

} // namespace Gatescope
