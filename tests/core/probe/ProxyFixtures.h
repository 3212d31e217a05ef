#pragma once

// Small real proxies on loopback for the probe tests: an HTTP proxy (absolute-form requests and
// CONNECT tunnels) and a SOCKS5 proxy (no authentication, CONNECT only). They record what the
// client asked of them, so a test can check the request-target form and the tunnel target;
// handshakeDelayMs holds back the answer that completes the tunnel, so that a test can see in
// which phase the handshake is counted.

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Gatescope::Test {

// Joins two sockets both ways until either side closes.
inline void pipeSockets(QTcpSocket *a, QTcpSocket *b)
{
    QObject::connect(a, &QTcpSocket::readyRead, b, [a, b] { b->write(a->readAll()); });
    QObject::connect(b, &QTcpSocket::readyRead, a, [a, b] { a->write(b->readAll()); });
    QObject::connect(a, &QTcpSocket::disconnected, b, [b] { b->disconnectFromHost(); });
    QObject::connect(b, &QTcpSocket::disconnected, a, [a] { a->disconnectFromHost(); });
}

// An HTTP forward proxy: "GET http://host:port/path" is sent on in origin-form; "CONNECT
// host:port" opens a tunnel (or is refused with 403 when refuseTunnels is set).
class HttpProxyFixture : public QObject
{
public:
    bool start()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

    QList<QByteArray> requestLines; // first line of each request the proxy received
    QList<QByteArray> heads; // whole request heads
    bool refuseTunnels = false;
    int handshakeDelayMs = 0; // before "200 Connection established"

private:
    void serve(QTcpSocket *client)
    {
        client->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            *buffer += client->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QObject::disconnect(client, &QTcpSocket::readyRead, this, nullptr);
            const QByteArray head = buffer->left(end + 4);
            const QByteArray rest = buffer->mid(end + 4);
            const QByteArray line = head.left(head.indexOf("\r\n"));
            requestLines.append(line);
            heads.append(head);
            const QList<QByteArray> parts = line.split(' ');
            auto *upstream = new QTcpSocket(client);
            if (parts.value(0) == "CONNECT") {
                if (refuseTunnels) {
                    client->write("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: "
                                  "18\r\n\r\ntunnel not allowed");
                    client->disconnectFromHost();
                    return;
                }
                const QByteArray target = parts.value(1);
                const qsizetype colon = target.lastIndexOf(':');
                QObject::connect(upstream, &QTcpSocket::connected, client, [this, client, upstream, rest] {
                    QTimer::singleShot(handshakeDelayMs, client, [client, upstream, rest] {
                        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                        if (!rest.isEmpty())
                            upstream->write(rest);
                        pipeSockets(client, upstream);
                    });
                });
                upstream->connectToHost(QString::fromLatin1(target.left(colon)),
                                        quint16(target.mid(colon + 1).toUInt()));
                return;
            }
            const QUrl url = QUrl::fromEncoded(parts.value(1));
            QByteArray originForm = url.path(QUrl::FullyEncoded).toLatin1();
            if (url.hasQuery())
                originForm += '?' + url.query(QUrl::FullyEncoded).toLatin1();
            const QByteArray forwarded
                = parts.value(0) + ' ' + originForm + ' ' + parts.value(2) + head.mid(line.size()) + rest;
            QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream, forwarded] {
                upstream->write(forwarded);
                pipeSockets(client, upstream);
            });
            upstream->connectToHost(url.host(), quint16(url.port(80)));
        });
    }

    QTcpServer m_server;
};

// A SOCKS5 proxy without authentication. "localhost" is resolved to 127.0.0.1.
class Socks5ProxyFixture : public QObject
{
public:
    bool start()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

    QStringList targets; // "name:port" (domain requests) or "address:port"
    QList<int> addressTypes; // 1 IPv4, 3 domain name, 4 IPv6
    int handshakeDelayMs = 0; // before the reply to the CONNECT request

private:
    void serve(QTcpSocket *client)
    {
        client->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        auto greeted = std::make_shared<bool>(false);
        QObject::connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, greeted] {
            *buffer += client->readAll();
            if (!*greeted) {
                if (buffer->size() < 2 || buffer->size() < 2 + quint8(buffer->at(1)))
                    return;
                buffer->remove(0, 2 + quint8(buffer->at(1)));
                *greeted = true;
                client->write(QByteArray("\x05\x00", 2));
            }
            if (buffer->size() < 5)
                return;
            const int type = quint8(buffer->at(3));
            QString host;
            qsizetype length = 0;
            if (type == 1) {
                length = 4 + 4;
                if (buffer->size() < length + 2)
                    return;
                host = QHostAddress(quint32(quint8(buffer->at(4))) << 24 | quint32(quint8(buffer->at(5))) << 16
                                    | quint32(quint8(buffer->at(6))) << 8 | quint32(quint8(buffer->at(7))))
                           .toString();
            } else if (type == 3) {
                length = 5 + quint8(buffer->at(4));
                if (buffer->size() < length + 2)
                    return;
                host = QString::fromLatin1(buffer->mid(5, quint8(buffer->at(4))));
            } else {
                length = 4 + 16;
                if (buffer->size() < length + 2)
                    return;
                host = QHostAddress(reinterpret_cast<const quint8 *>(buffer->constData() + 4)).toString();
            }
            const quint16 port = quint16(quint8(buffer->at(length)) << 8 | quint8(buffer->at(length + 1)));
            buffer->remove(0, length + 2);
            QObject::disconnect(client, &QTcpSocket::readyRead, this, nullptr);
            targets.append(host + QLatin1Char(':') + QString::number(port));
            addressTypes.append(type);
            auto *upstream = new QTcpSocket(client);
            auto connected = std::make_shared<bool>(false);
            QObject::connect(upstream, &QTcpSocket::connected, client, [this, client, upstream, connected] {
                *connected = true;
                QTimer::singleShot(handshakeDelayMs, client, [client, upstream] {
                    client->write(QByteArray("\x05\x00\x00\x01\x7f\x00\x00\x01\x00\x00", 10));
                    pipeSockets(client, upstream);
                });
            });
            QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [client, connected] {
                if (!*connected) {
                    client->write(QByteArray("\x05\x05\x00\x01\x00\x00\x00\x00\x00\x00", 10)); // connection refused
                    client->disconnectFromHost();
                }
            });
            upstream->connectToHost(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host, port);
        });
    }

    QTcpServer m_server;
};

} // namespace Gatescope::Test
