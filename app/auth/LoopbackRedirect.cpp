#include "LoopbackRedirect.h"

#include <QCoroSignal>
#include <QCryptographicHash>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace {

constexpr qsizetype maxRequestBytes = 16 * 1024;
constexpr int perConnectionMs = 10000;
const QString callbackPath = QStringLiteral("/callback");

// Compares without leaking how many leading characters matched.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

LoopbackRedirect::LoopbackRedirect(QByteArray expectedState, Pages pages, QObject *parent)
    : QObject(parent), m_expectedState(std::move(expectedState)), m_pages(std::move(pages))
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRedirect::accept);
}

LoopbackRedirect::~LoopbackRedirect()
{
    m_server.close();
}

bool LoopbackRedirect::listen()
{
    // 127.0.0.1 and never "any": nothing off this computer may reach the listener.
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackRedirect::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    url.setPath(callbackPath);
    return url;
}

QCoro::Task<LoopbackRedirect::Outcome> LoopbackRedirect::waitForCallback(std::chrono::milliseconds timeout)
{
    if (!m_server.isListening() && !m_decided) {
        Outcome failed;
        failed.kind = Outcome::Kind::ListenFailed;
        co_return failed;
    }
    if (!m_decided) {
        const auto result = co_await qCoro(this, &LoopbackRedirect::decided, timeout);
        if (!result) {
            Outcome timedOut;
            timedOut.kind = Outcome::Kind::TimedOut;
            decide(timedOut);
        }
    }
    co_return m_outcome;
}

void LoopbackRedirect::cancel()
{
    Outcome cancelled;
    cancelled.kind = Outcome::Kind::Cancelled;
    decide(cancelled);
}

void LoopbackRedirect::decide(const Outcome &outcome)
{
    if (m_decided)
        return;
    m_decided = true;
    m_outcome = outcome;
    // One callback only: the port closes now, so a second one is refused by the system.
    m_server.close();
    emit decided(m_outcome);
}

void LoopbackRedirect::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        if (!socket->peerAddress().isLoopback()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
        QTimer::singleShot(perConnectionMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackRedirect::readRequest(QTcpSocket *socket)
{
    QByteArray &buffer = m_pending[socket];
    buffer += socket->readAll();
    if (buffer.size() > maxRequestBytes) {
        respond(socket, 431, {});
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine[0] != "GET") {
        respond(socket, 405, {});
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine[1]));
    if (target.path() != callbackPath || m_decided) {
        respond(socket, 404, {});
        return;
    }

    const QUrlQuery query(target);
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    Outcome outcome;
    if (!sameSecret(state, m_expectedState)) {
        outcome.kind = Outcome::Kind::StateMismatch;
    } else if (query.hasQueryItem(QStringLiteral("error"))) {
        outcome.kind = Outcome::Kind::Denied;
        outcome.error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        if (!description.isEmpty())
            outcome.error += QStringLiteral(": ") + description.left(300);
    } else if (const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
               !code.isEmpty()) {
        outcome.kind = Outcome::Kind::Code;
        outcome.code = code.toUtf8();
    } else {
        outcome.kind = Outcome::Kind::Denied;
        outcome.error = QStringLiteral("no authorization code in the callback");
    }

    const bool ok = outcome.kind == Outcome::Kind::Code;
    respond(socket, ok ? 200 : 400,
            defaultPage(ok ? m_pages.successTitle : m_pages.failureTitle,
                        ok ? m_pages.successText : m_pages.failureText)
                .toUtf8());
    decide(outcome);
}

void LoopbackRedirect::respond(QTcpSocket *socket, int status, const QByteArray &body)
{
    static const QHash<int, QByteArray> reasons{{200, "OK"},
                                                {400, "Bad Request"},
                                                {404, "Not Found"},
                                                {405, "Method Not Allowed"},
                                                {431, "Request Header Fields Too Large"}};
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The page must not be cached, framed, or able to load or run anything.
    response += "Cache-Control: no-store\r\n";
    response += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    response += "Referrer-Policy: no-referrer\r\n";
    response += "X-Frame-Options: DENY\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
    m_pending.remove(socket);
}

QString LoopbackRedirect::defaultPage(const QString &title, const QString &text)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:system-ui,sans-serif;margin:4em auto;max-width:32em;"
                          "color:#222;background:#fafafa}h1{font-size:1.4em}</style></head>"
                          "<body><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}
