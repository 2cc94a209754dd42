#include "ScriptedHttpServer.h"

#include <QSslSocket>

ScriptedHttpServer::ScriptedHttpServer(const QSslConfiguration &tls) : m_tls(tls)
{
    listen(QHostAddress::LocalHost);
}

QUrl ScriptedHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls.isNull() ? QStringLiteral("http") : QStringLiteral("https"))
                    .arg(serverPort())
                    .arg(path));
}

QByteArray ScriptedHttpServer::reply(const QByteArray &status, const QByteArray &headers,
                                     const QByteArray &body)
{
    return "HTTP/1.1 " + status +
           "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + headers +
           "\r\n" + body;
}

void ScriptedHttpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_tls.isNull()) {
        auto *socket = new QTcpSocket(this);
        if (socket->setSocketDescriptor(socketDescriptor))
            serve(socket);
        else
            socket->deleteLater();
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        socket->deleteLater();
        return;
    }
    socket->setSslConfiguration(m_tls);
    serve(socket);
    socket->startServerEncryption();
}

void ScriptedHttpServer::serve(QTcpSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        // The body, when the request says it has one.
        qsizetype length = 0;
        for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < headerEnd + 4 + length)
            return;
        const QByteArray request = *buffer;
        buffer->clear();
        ++requests;
        seen << request;
        if (request.toLower().contains("\r\nauthorization:"))
            ++authorizations;
        socket->write(answer ? answer(request) : reply("404 Not Found", {}, {}));
        socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}
