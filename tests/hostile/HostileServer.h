#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>
#include <unistd.h>

namespace Gatescope::Hostile {

// A loopback server that misbehaves in one of a few ways, for the hostile-server suite.
//  - Stream: once the request head has arrived (or the first bytes, for TLS clients), writes what
//    `generator` produces, pulling the next piece only when the socket's send buffer has drained
//    below a small mark — so a 10 GB body or a 100 MB header line costs this process almost no
//    memory and the RSS measured is the client's. A generator returning an empty array ends the
//    stream (the connection stays open unless closeWhenDone).
//  - Drip: writes `drip` one byte every `dripIntervalMs` (the slowloris answer).
//  - Hold: accepts the connection and never touches it again — never reads, never writes — by
//    keeping the raw descriptor (a QTcpSocket would read into its buffer behind our back).
// Counts the bytes it wrote, so a test can tell that the client gave up early.
class HostileServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Behaviour { Stream, Drip, Hold };
    enum class StartWhen { RequestHead, FirstBytes };
    using Generator = std::function<QByteArray(qint64 produced)>;

    explicit HostileServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    { }
    ~HostileServer() override
    {
        for (qintptr descriptor : std::as_const(m_held))
            ::close(int(descriptor));
    }

    Behaviour behaviour = Behaviour::Stream;
    StartWhen startWhen = StartWhen::RequestHead;
    Generator generator;
    bool closeWhenDone = false;
    QByteArray drip;
    int dripIntervalMs = 1000;

    qint64 bytesWritten() const { return m_written; }
    bool listenOnLoopback() { return listen(QHostAddress::LocalHost, 0); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (behaviour == Behaviour::Hold) {
            m_held.append(descriptor);
            return;
        }
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            ::close(int(descriptor));
            return;
        }
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray bytes = socket->readAll(); // after the start: read and discarded
            if (socket->property("started").toBool())
                return;
            const QByteArray head = socket->property("head").toByteArray() + bytes.left(64 * 1024);
            socket->setProperty("head", head);
            if (startWhen == StartWhen::RequestHead && !head.contains("\r\n\r\n"))
                return;
            socket->setProperty("started", true);
            begin(socket);
        });
        connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket](qint64 written) {
            m_written += written;
            if (behaviour == Behaviour::Stream)
                pump(socket);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    static constexpr qint64 LowWaterMark = 256 * 1024;

    void begin(QTcpSocket *socket)
    {
        if (behaviour == Behaviour::Stream) {
            pump(socket);
            return;
        }
        auto *timer = new QTimer(socket);
        auto position = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, position] {
            if (*position >= drip.size()) {
                timer->stop();
                return;
            }
            socket->write(drip.sliced(*position, 1));
            ++*position;
        });
        socket->write(drip.first(qMin<qsizetype>(1, drip.size())));
        *position = qMin<qsizetype>(1, drip.size());
        timer->start(dripIntervalMs);
    }

    void pump(QTcpSocket *socket)
    {
        if (socket->state() != QAbstractSocket::ConnectedState || socket->property("streamDone").toBool())
            return;
        while (socket->bytesToWrite() < LowWaterMark) {
            const qint64 produced = socket->property("produced").toLongLong();
            const QByteArray piece = generator(produced);
            if (piece.isEmpty()) {
                socket->setProperty("streamDone", true);
                if (closeWhenDone)
                    socket->disconnectFromHost();
                return;
            }
            socket->write(piece);
            socket->setProperty("produced", produced + piece.size());
        }
    }

    QList<qintptr> m_held;
    qint64 m_written = 0;
};

} // namespace Gatescope::Hostile
