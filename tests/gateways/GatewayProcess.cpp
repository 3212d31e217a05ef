#include "GatewayProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

QString templateResource(GatewayProcess::Product product)
{
    using P = GatewayProcess::Product;
    switch (product) {
    case P::Nginx:
        return u":/gateways/configs/nginx.conf"_s;
    case P::HAProxy:
        return u":/gateways/configs/haproxy.cfg"_s;
    case P::Apache:
        return u":/gateways/configs/apache2.conf"_s;
    case P::Varnish:
        return u":/gateways/configs/varnish.vcl"_s;
    case P::Squid:
        return u":/gateways/configs/squid.conf"_s;
    case P::Caddy:
        return u":/gateways/configs/Caddyfile"_s;
    }
    return {};
}

QString readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

GatewayProcess::GatewayProcess(Product product, QObject *parent)
    : QObject(parent)
    , m_product(product)
{ }

GatewayProcess::~GatewayProcess()
{
    stop();
}

QString GatewayProcess::productId(Product product)
{
    switch (product) {
    case Product::Nginx:
        return u"nginx"_s;
    case Product::HAProxy:
        return u"haproxy"_s;
    case Product::Apache:
        return u"apache"_s;
    case Product::Varnish:
        return u"varnish"_s;
    case Product::Squid:
        return u"squid"_s;
    case Product::Caddy:
        return u"caddy"_s;
    }
    return {};
}

QString GatewayProcess::debianPackage(Product product)
{
    switch (product) {
    case Product::Nginx:
        return u"nginx-light"_s;
    case Product::HAProxy:
        return u"haproxy"_s;
    case Product::Apache:
        return u"apache2"_s;
    case Product::Varnish:
        return u"varnish"_s;
    case Product::Squid:
        return u"squid"_s;
    case Product::Caddy:
        return u"caddy"_s;
    }
    return {};
}

QString GatewayProcess::binaryName(Product product)
{
    switch (product) {
    case Product::Nginx:
        return u"nginx"_s;
    case Product::HAProxy:
        return u"haproxy"_s;
    case Product::Apache:
        return u"apache2"_s;
    case Product::Varnish:
        return u"varnishd"_s;
    case Product::Squid:
        return u"squid"_s;
    case Product::Caddy:
        return u"caddy"_s;
    }
    return {};
}

quint16 GatewayProcess::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool GatewayProcess::writeConfig(const Upstreams &upstreams, QString *configPath)
{
    const QString resource = templateResource(m_product);
    QString text = readTextFile(resource);
    if (text.isEmpty()) {
        m_error = u"%1: the config template is missing or empty"_s.arg(resource);
        return false;
    }
    // Squid drops root privileges to an unprivileged user; only say which when running as root.
    const QString runAs = ::geteuid() == 0 ? u"cache_effective_user proxy"_s : QString();
    const QList<std::pair<QString, QString>> values = {
        { u"@DIR@"_s, m_dir->path() },
        { u"@PORT@"_s, QString::number(m_port) },
        { u"@FORWARD_PORT@"_s, QString::number(m_forwardPort) },
        { u"@ORIGIN_PORT@"_s, QString::number(upstreams.origin) },
        { u"@REFUSED_PORT@"_s, QString::number(upstreams.refused) },
        { u"@DEAD_PORT@"_s, QString::number(upstreams.dead) },
        { u"@DEAD_PORT2@"_s, QString::number(upstreams.dead2) },
        { u"@REDIS_PORT@"_s, QString::number(upstreams.redis ? upstreams.redis : upstreams.refused) },
        { u"@TLS_PORT@"_s, QString::number(upstreams.tls ? upstreams.tls : upstreams.refused) },
        { u"@H2C_PORT@"_s, QString::number(upstreams.h2c ? upstreams.h2c : upstreams.refused) },
        { u"@TLS_GO_PORT@"_s, QString::number(upstreams.tlsGo ? upstreams.tlsGo : upstreams.refused) },
        { u"@RUN_AS@"_s, runAs },
    };
    for (const auto &[key, value] : values)
        text.replace(key, value);
    static const QRegularExpression placeholder(u"@[A-Z][A-Z_0-9]*@"_s);
    if (const QRegularExpressionMatch left = placeholder.match(text); left.hasMatch()) {
        m_error = u"%1: unknown placeholder %2"_s.arg(resource, left.captured());
        return false;
    }

    const QString fileName = QFileInfo(resource).fileName();
    *configPath = m_dir->filePath(fileName);
    QFile file(*configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        m_error = u"%1: cannot write the config: %2"_s.arg(*configPath, file.errorString());
        return false;
    }
    return true;
}

QStringList GatewayProcess::arguments(const QString &configPath) const
{
    const QString dir = m_dir->path();
    switch (m_product) {
    case Product::Nginx:
        // -e: the startup error log, before the config is read, also goes into the temp dir.
        return { u"-p"_s, dir, u"-c"_s, configPath, u"-e"_s, dir + u"/error.log"_s, u"-g"_s, u"daemon off;"_s };
    case Product::HAProxy:
        return { u"-db"_s, u"-f"_s, configPath };
    case Product::Apache:
        return { u"-X"_s, u"-f"_s, configPath, u"-d"_s, dir };
    case Product::Varnish:
        return { u"-F"_s,
                 u"-n"_s,
                 dir + u"/varnish"_s,
                 u"-a"_s,
                 u"127.0.0.1:%1"_s.arg(m_port),
                 u"-f"_s,
                 configPath,
                 u"-T"_s,
                 u"none"_s,
                 u"-s"_s,
                 u"malloc,16m"_s,
                 u"-j"_s,
                 u"none"_s,
                 u"-p"_s,
                 u"thread_pools=1"_s,
                 u"-p"_s,
                 u"thread_pool_min=5"_s,
                 u"-p"_s,
                 u"thread_pool_max=50"_s };
    case Product::Squid:
        return { u"-N"_s, u"-f"_s, configPath };
    case Product::Caddy:
        return { u"run"_s, u"--config"_s, configPath, u"--adapter"_s, u"caddyfile"_s };
    }
    return {};
}

bool GatewayProcess::start(const Upstreams &upstreams, int timeoutMs)
{
    stop();
    m_error.clear();

    const QString binary = QStandardPaths::findExecutable(binaryName(m_product), m_searchPaths);
    if (binary.isEmpty()) {
        m_error = u"%1 (%2) is not installed: install the Debian package '%3' (apt-get install %3)"_s.arg(
            productId(m_product), binaryName(m_product), debianPackage(m_product));
        return false;
    }

    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary directory: %1"_s.arg(m_dir->errorString());
        return false;
    }
    // Squid (and nginx's workers) run unprivileged when started as root: let them write here.
    QFile::setPermissions(m_dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);

    m_port = freePort();
    m_forwardPort = m_product == Product::Squid ? freePort() : 0;
    if (m_port == 0 || (m_product == Product::Squid && (m_forwardPort == 0 || m_forwardPort == m_port))) {
        m_error = u"no free loopback port for %1"_s.arg(productId(m_product));
        return false;
    }

    QString configPath;
    if (!writeConfig(upstreams, &configPath))
        return false;

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    environment.insert(u"TMPDIR"_s, m_dir->path());
    m_process->setProcessEnvironment(environment);
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir->filePath(u"process.log"_s));
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->start(binary, arguments(configPath));
    if (!m_process->waitForStarted(5000)) {
        m_error = u"%1: cannot start %2: %3"_s.arg(productId(m_product), binary, m_process->errorString());
        stop();
        return false;
    }
    if (!waitUntilListening(timeoutMs)) {
        const QString output = logs();
        stop();
        m_error = u"%1 did not answer on 127.0.0.1:%2 within %3 ms. Its output:\n%4"_s.arg(productId(m_product))
                      .arg(m_port)
                      .arg(timeoutMs)
                      .arg(output);
        return false;
    }
    m_upSince.start();
    return true;
}

bool GatewayProcess::waitUntilListening(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    const QList<quint16> ports = m_forwardPort ? QList<quint16> { m_port, m_forwardPort } : QList<quint16> { m_port };
    while (timer.elapsed() < timeoutMs) {
        if (m_process->state() != QProcess::Running)
            return false;
        bool all = true;
        for (quint16 port : ports) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (!socket.waitForConnected(200)) {
                all = false;
                break;
            }
            socket.abort();
        }
        if (all)
            return true;
        QThread::msleep(50);
    }
    return false;
}

void GatewayProcess::stop()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(8000)) {
                m_process->kill();
                m_process->waitForFinished(3000);
            }
        }
        m_process.reset();
    }
    m_upSince.invalidate();
}

bool GatewayProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QUrl GatewayProcess::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery));
}

qint64 GatewayProcess::uptimeMs() const
{
    return m_upSince.isValid() ? m_upSince.elapsed() : -1;
}

QString GatewayProcess::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString GatewayProcess::logs() const
{
    if (!m_dir)
        return {};
    QString text;
    for (const QString &name : { u"process.log"_s, u"error.log"_s, u"cache.log"_s, u"access.log"_s }) {
        const QString content = readTextFile(m_dir->filePath(name));
        if (!content.isEmpty())
            text += u"--- %1 ---\n%2\n"_s.arg(name, content.right(6000));
    }
    return text;
}

} // namespace Gatescope
