#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Gatescope {

// One real gateway product (nginx, HAProxy, Apache httpd, Varnish, Squid, Caddy) run for a test:
// it writes the product's config from the template in tests/gateways/configs (compiled in as a
// resource) into a fresh temporary directory, picks free loopback ports, starts the product's own
// binary in the foreground with QProcess, waits until its port answers, and stops it again.
// Nothing outside the temporary directory is read or written (no /etc config, no service).
// A missing binary is an error that names the Debian package to install.
class GatewayProcess : public QObject
{
    Q_OBJECT
public:
    enum class Product { Nginx, HAProxy, Apache, Varnish, Squid, Caddy };
    Q_ENUM(Product)

    // Where the gateway sends its traffic: the origin (the fault server), a port that refuses,
    // and two more refusing ports used as the "dead" servers of the no-healthy-upstream routes.
    struct Upstreams
    {
        quint16 origin = 0;
        quint16 refused = 0;
        quint16 dead = 0;
        quint16 dead2 = 0;
        // Wrong-port upstreams (0 = not started; the route then goes to the refusing port):
        // a Redis-like server, a TLS server (OpenSSL), an h2c-only server, a Go TLS server.
        quint16 redis = 0;
        quint16 tls = 0;
        quint16 h2c = 0;
        quint16 tlsGo = 0;
    };

    explicit GatewayProcess(Product product, QObject *parent = nullptr);
    ~GatewayProcess() override;

    static QString productId(Product product); // "nginx", "haproxy", … (the contract's ids)
    static QString debianPackage(Product product); // "nginx-light", "haproxy", …
    static QString binaryName(Product product); // "nginx", "haproxy", "apache2", …

    // Where the binary is looked for; the default is /usr/sbin, /usr/bin, /sbin, /bin.
    void setBinarySearchPaths(const QStringList &paths) { m_searchPaths = paths; }

    // Starts the gateway and waits (up to timeoutMs) until it accepts connections. On failure
    // the process is stopped and errorString() says what went wrong, with the gateway's output.
    bool start(const Upstreams &upstreams, int timeoutMs = 20000);
    void stop();
    bool isRunning() const;

    Product product() const { return m_product; }
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; } // the gateway's listening port
    quint16 forwardProxyPort() const { return m_forwardPort; } // Squid's forward-proxy port, else 0
    QUrl url(const QString &pathAndQuery) const; // http://127.0.0.1:port/pathAndQuery
    qint64 uptimeMs() const; // since the port first answered

    // The gateway's own output and log files (error.log, cache.log, …), for failure messages.
    QString logs() const;
    // The test's folder, where the gateway writes its logs (empty before start()).
    QString directory() const;

private:
    bool writeConfig(const Upstreams &upstreams, QString *configPath);
    QStringList arguments(const QString &configPath) const;
    bool waitUntilListening(int timeoutMs);
    static quint16 freePort();

    Product m_product;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    quint16 m_forwardPort = 0;
    QElapsedTimer m_upSince;
    QStringList m_searchPaths
        = { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin"), QStringLiteral("/bin") };
    QString m_error;
};

} // namespace Gatescope
