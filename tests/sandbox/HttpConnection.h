#pragma once

#include "HttpParser.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

// One client connection: reads requests one at a time (no pipelining: the next request is
// parsed only after the previous one was answered), writes responses, and can misbehave on
// purpose (reset, truncate, drip) for the fault plan. Deletes itself when the socket is gone.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // How the body of a response reaches the client.
    struct Delivery
    {
        enum class Mode { Normal, Truncate, Drip };
        Mode mode = Mode::Normal;
        qint64 truncateAt = -1; // Truncate: body bytes sent before closing; -1 for half
        int chunkBytes = 16;    // Drip
        int intervalMs = 50;    // Drip
    };

    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~HttpConnection() override;

    void respond(const HttpResponse &response);
    void respond(const HttpResponse &response, const Delivery &delivery);
    // Closes once what was written has been sent; no further requests are read.
    void closeWhenWritten();
    // Closes without a response. With `reset` the peer sees a TCP RST rather than a FIN.
    void abort(bool reset);

    // IMF-fixdate, as in Date and Retry-After: "Sun, 06 Nov 1994 08:49:37 GMT".
    static QByteArray httpDate(const QDateTime &when);
    static QByteArray reasonPhrase(int status);

signals:
    void requestReceived(HttpConnection *connection, const HttpRequest &request);
    // The request could not be parsed; it was answered with `status` and the connection closes.
    void requestRejected(HttpConnection *connection, const HttpRequest &partial, int status);

private:
    void onReadyRead();
    void processBuffer();
    void writeHead(const HttpResponse &response, qint64 contentLength, bool close);
    void dripNext();
    void finishResponse(bool close);
    void closeGracefully();
    void lingeringClose();
    bool everythingWritten() const;

    QPointer<QTcpSocket> m_socket;
    HttpParser m_parser;
    QByteArray m_buffer;
    bool m_busy = false;       // a request is being handled or its response is being sent
    bool m_closing = false;    // no more requests on this connection
    bool m_discarding = false; // after an error answer: read and drop until the peer closes
    bool m_halfClosed = false;
    QByteArray m_method; // of the request in flight (HEAD gets no body)
    QTimer m_idleTimer;
    QTimer m_dripTimer;
    QByteArray m_dripRest;
    int m_dripChunk = 16;
    bool m_closeAfterDrip = false;
};
