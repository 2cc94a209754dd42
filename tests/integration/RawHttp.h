#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QUrl>

// A raw HTTP exchange over a plain socket, for what QNetworkAccessManager hides: malformed
// requests, connections dropped before any byte, exact bytes of a truncated body. (QNAM also
// silently resends a request whose connection closed before any response byte arrived.)
namespace RawHttp {

struct Exchange
{
    QByteArray received;
    bool connected = false;
    bool closedByServer = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;

    int status() const
    {
        if (!received.startsWith("HTTP/1."))
            return 0;
        return received.mid(9, 3).toInt();
    }
    QByteArray body() const
    {
        const qsizetype end = received.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : received.mid(end + 4);
    }
    QByteArray header(const QByteArray &name) const
    {
        const qsizetype end = received.indexOf("\r\n\r\n");
        const QList<QByteArray> lines = received.left(end).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// Sends `request` as is and reads until the server closes or `timeoutMs` pass.
inline Exchange send(const QUrl &base, const QByteArray &request, int timeoutMs = 10000)
{
    Exchange out;
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(timeoutMs)) {
        out.error = socket.error();
        return out;
    }
    out.connected = true;
    socket.write(request);
    socket.flush();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (socket.state() != QAbstractSocket::ConnectedState) {
            out.received += socket.readAll();
            out.closedByServer = true;
            break;
        }
        socket.waitForReadyRead(50);
        out.received += socket.readAll();
    }
    out.error = socket.error();
    return out;
}

} // namespace RawHttp
