#include "HttpConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslSocket>

#include <sys/socket.h>

namespace {

constexpr int IdleTimeoutMs = 120000;
constexpr int LingerMs = 2000;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent) : QObject(parent), m_socket(socket)
{
    socket->setParent(this);
    // TCP_NODELAY, as web servers set it (nginx's tcp_nodelay): without it the kernel holds a
    // body written after its head until the head is acknowledged, and a client with nothing more
    // to send acknowledges late (Linux: up to 40 ms). A check answered in 4 ms reached the outbox
    // 43 ms later.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_dripTimer.stop();
        m_idleTimer.stop();
        deleteLater();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // A TLS handshake failure or a reset by the peer: nothing more can be said on it.
        if (error != QAbstractSocket::RemoteHostClosedError && m_socket)
            m_socket->abort();
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_discarding && everythingWritten())
            lingeringClose();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, [this] {
            if (m_discarding && everythingWritten())
                lingeringClose();
        });
    }

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(IdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_discarding)
            abort(false);
        else if (!m_busy)
            closeGracefully();
    });
    m_idleTimer.start();
    connect(&m_dripTimer, &QTimer::timeout, this, &HttpConnection::dripNext);
}

HttpConnection::~HttpConnection() = default;

QByteArray HttpConnection::httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 423:
        return "Locked";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (m_discarding || m_closing)
        return;
    m_buffer += data;
    m_idleTimer.start();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (m_busy || m_closing || !m_socket)
        return;
    const HttpParser::State state = m_parser.feed(m_buffer);
    if (m_parser.takeContinueRequest())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (state == HttpParser::State::NeedMore)
        return;
    if (state == HttpParser::State::Failed) {
        const int status = m_parser.errorStatus();
        m_closing = true;
        m_buffer.clear();
        HttpResponse response;
        response.status = status;
        // Deskpro's error tree, as for every other error.
        const QString code =
            status == 413 ? QStringLiteral("request_too_large") : QStringLiteral("bad_request");
        response.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), status},
                                                  {QStringLiteral("code"), code},
                                                  {QStringLiteral("message"),
                                                   QString::fromLatin1(m_parser.errorMessage())},
                                                  {QStringLiteral("errors"), QJsonValue::Null}})
                            .toJson(QJsonDocument::Compact);
        writeHead(response, response.body.size(), true);
        m_socket->write(response.body);
        emit requestRejected(this, m_parser.partial(), status);
        // Half-close and drain so that a client still sending its body reads the answer
        // instead of a reset caused by unread data.
        m_discarding = true;
        if (everythingWritten())
            lingeringClose();
        return;
    }
    m_busy = true;
    m_idleTimer.stop();
    HttpRequest request = m_parser.take();
    m_method = request.method;
    if (!request.keepAlive())
        m_closing = true;
    emit requestReceived(this, request);
}

void HttpConnection::writeHead(const HttpResponse &response, qint64 contentLength, bool close)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    // Every response but 204 carries a length, even when empty (a 302), so that the client
    // never has to wait for the connection to close.
    if (response.status != 204) {
        if (response.hasBody)
            head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    }
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void HttpConnection::respond(const HttpResponse &response)
{
    respond(response, Delivery());
}

void HttpConnection::respond(const HttpResponse &response, const Delivery &delivery)
{
    if (!m_socket || !m_busy)
        return;
    const bool close = m_closing || response.close;
    if (close)
        m_closing = true;
    const bool sendBody = response.hasBody && response.status != 204 && m_method != "HEAD";
    const QByteArray body = response.hasBody ? response.body : QByteArray();
    writeHead(response, body.size(), close);

    if (!sendBody) {
        finishResponse(close);
        return;
    }
    switch (delivery.mode) {
    case Delivery::Mode::Normal:
        m_socket->write(body);
        // Out at once, as a real server's answer goes: left to the event loop, it waited while a
        // request already queued on another connection was handled (the serial sandbox's 0.7 ms
        // per POST, added to every round trip when a client keeps several requests in flight).
        m_socket->flush();
        finishResponse(close);
        return;
    case Delivery::Mode::Truncate: {
        const qint64 sent =
            delivery.truncateAt < 0 ? body.size() / 2 : qMin<qint64>(delivery.truncateAt, body.size() - 1);
        m_socket->write(body.left(qMax<qint64>(0, sent)));
        m_closing = true;
        finishResponse(true);
        return;
    }
    case Delivery::Mode::Drip:
        m_dripRest = body;
        m_dripChunk = qMax(1, delivery.chunkBytes);
        m_closeAfterDrip = close;
        m_dripTimer.start(qMax(0, delivery.intervalMs));
        dripNext();
        return;
    }
}

void HttpConnection::dripNext()
{
    if (!m_socket) {
        m_dripTimer.stop();
        return;
    }
    m_socket->write(m_dripRest.left(m_dripChunk));
    m_socket->flush();
    m_dripRest.remove(0, m_dripChunk);
    if (m_dripRest.isEmpty()) {
        m_dripTimer.stop();
        finishResponse(m_closeAfterDrip);
    }
}

void HttpConnection::finishResponse(bool close)
{
    m_busy = false;
    m_method.clear();
    if (close) {
        closeGracefully();
        return;
    }
    m_idleTimer.start();
    // A request that arrived with the previous one is parsed now, from the event loop so that
    // the caller's stack unwinds first.
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::closeWhenWritten()
{
    closeGracefully();
}

void HttpConnection::closeGracefully()
{
    m_closing = true;
    if (m_socket)
        m_socket->disconnectFromHost();
}

bool HttpConnection::everythingWritten() const
{
    if (!m_socket)
        return true;
    if (m_socket->bytesToWrite() > 0)
        return false;
    if (const auto *ssl = qobject_cast<const QSslSocket *>(m_socket.data()))
        return ssl->encryptedBytesToWrite() == 0;
    return true;
}

void HttpConnection::lingeringClose()
{
    if (m_halfClosed || !m_socket || m_socket->socketDescriptor() < 0)
        return;
    m_halfClosed = true;
    m_socket->flush();
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    m_idleTimer.start(LingerMs);
}

void HttpConnection::abort(bool reset)
{
    m_dripTimer.stop();
    m_busy = false;
    m_closing = true;
    if (!m_socket)
        return;
    if (reset && m_socket->socketDescriptor() >= 0) {
        // SO_LINGER with a zero timeout makes close() send RST: a "connection reset by peer".
        const linger option{1, 0};
        ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                     sizeof option);
    }
    m_socket->abort();
}
