#include "SandboxServer.h"

#include "Envelope.h"
#include "Gateway.h"
#include "RequestLog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTimer>

SandboxServer::SandboxServer(Gateway *gateway, FaultPlan *faults, RequestLog *log, QObject *parent)
    : QTcpServer(parent), m_gateway(gateway), m_faults(faults), m_log(log)
{}

void SandboxServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = true;
    m_tlsConfiguration = configuration;
}

bool SandboxServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (!listen(address, port)) {
        *error = errorString();
        return false;
    }
    m_address = address;
    m_port = serverPort();
    return true;
}

QString SandboxServer::baseUrl() const
{
    QString host = m_address.toString();
    if (m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4)
        host = QStringLiteral("127.0.0.1");
    else if (m_address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host + QLatin1Char(':') +
           QString::number(m_port);
}

void SandboxServer::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket;
        if (!ssl->setSocketDescriptor(handle)) {
            delete ssl;
            return;
        }
        ssl->setSslConfiguration(m_tlsConfiguration);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
    }
    auto *connection = new HttpConnection(socket, this);
    connect(connection, &HttpConnection::requestReceived, this, &SandboxServer::onRequest);
    connect(
        connection, &HttpConnection::requestRejected, this,
        [this](HttpConnection *, const HttpRequest &partial, int status) { onRejected(partial, status); });
    m_connections.removeAll(nullptr);
    m_connections.append(connection);
}

QString SandboxServer::redactedTarget(const HttpRequest &request)
{
    QString target = QString::fromLatin1(request.target);
    static const QRegularExpression accessToken(QStringLiteral("([?&](?:access_token|token|code)=)[^&#]*"));
    static const QRegularExpression deviceCode(QStringLiteral("(/api_tokens/device_setup/)[^/?#]+"));
    target.replace(accessToken, QStringLiteral("\\1REDACTED"));
    target.replace(deviceCode, QStringLiteral("\\1REDACTED"));
    return target;
}

void SandboxServer::onRejected(const HttpRequest &partial, int status)
{
    const qint64 seq = m_log->begin(partial.method, redactedTarget(partial),
                                    Gateway::schemeOf(partial.header("authorization")), {});
    m_log->finish(seq, status);
    trace(partial, status, QStringLiteral("malformed request"));
}

void SandboxServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    const QString path = QString::fromLatin1(request.path);
    const bool control = path == QLatin1String("/_sandbox") || path.startsWith(QLatin1String("/_sandbox/"));
    if (control) {
        connection->respond(toResponse(m_gateway->handle(request)));
        // An offline fault marked "now" starts at once, but the connection that asked for it
        // is closed gracefully so that its answer still arrives.
        for (const FaultPlan::Fault &fault : m_faults->takeImmediateFaults()) {
            m_connections.removeAll(connection);
            connection->closeWhenWritten();
            goOffline(fault.durationMs);
        }
        return;
    }

    const qint64 seq = m_log->begin(request.method, redactedTarget(request),
                                    Gateway::schemeOf(request.header("authorization")), request.body);
    const FaultPlan::Decision decision = m_faults->decide(request.method, path);
    if (decision.latencyMs <= 0) {
        serve(connection, request, decision.fault, seq);
        return;
    }
    QPointer<HttpConnection> guard(connection);
    QTimer::singleShot(decision.latencyMs, this, [this, guard, request, fault = decision.fault, seq] {
        if (guard)
            serve(guard, request, fault, seq);
        else
            m_log->finish(seq, 0, QStringLiteral("latency"), true);
    });
}

void SandboxServer::serve(HttpConnection *connection, const HttpRequest &request,
                          const std::optional<FaultPlan::Fault> &fault, qint64 seq)
{
    const QString kind = fault ? fault->kind : QString();

    // Faults that act before the request reaches the helpdesk: nothing is committed.
    if (kind == QLatin1String("reset") || kind == QLatin1String("offline")) {
        m_log->finish(seq, 0, kind, true);
        trace(request, 0, kind);
        connection->abort(true);
        if (kind == QLatin1String("offline"))
            goOffline(fault->durationMs);
        return;
    }
    if (kind == QLatin1String("status") || kind == QLatin1String("rate_limit") ||
        kind == QLatin1String("maintenance")) {
        const ApiReply reply = faultReply(*fault);
        m_log->finish(seq, reply.status, kind);
        trace(request, reply.status, kind);
        connection->respond(toResponse(reply));
        return;
    }

    HttpResponse response = toResponse(m_gateway->handle(request));

    if (kind == QLatin1String("drop_after_commit")) {
        m_log->finish(seq, response.status, kind, true);
        trace(request, response.status, kind);
        connection->abort(true);
        return;
    }
    HttpConnection::Delivery delivery;
    if (kind == QLatin1String("malformed")) {
        response.status = 200;
        response.contentType = "application/json";
        response.hasBody = true;
        response.body = breakJson(response.body);
    } else if (kind == QLatin1String("truncate")) {
        delivery.mode = HttpConnection::Delivery::Mode::Truncate;
        delivery.truncateAt = fault->bytes;
    } else if (kind == QLatin1String("drip")) {
        delivery.mode = HttpConnection::Delivery::Mode::Drip;
        delivery.chunkBytes = fault->chunkBytes;
        delivery.intervalMs = fault->intervalMs;
    }
    m_log->finish(seq, response.status, kind);
    trace(request, response.status, kind);
    connection->respond(response, delivery);
}

ApiReply SandboxServer::faultReply(const FaultPlan::Fault &fault)
{
    if (fault.kind == QLatin1String("rate_limit")) {
        ApiReply reply =
            Envelope::error(429, QStringLiteral("rate_limit_exceeded"),
                            QStringLiteral("You have exceeded the API rate limit. Try again later."));
        if (fault.form == QLatin1String("seconds"))
            reply.headers.emplaceBack("Retry-After", QByteArray::number(fault.retryAfter));
        else if (fault.form == QLatin1String("http-date"))
            reply.headers.emplaceBack(
                "Retry-After",
                HttpConnection::httpDate(QDateTime::currentDateTimeUtc().addSecs(fault.retryAfter)));
        return reply;
    }
    if (fault.kind == QLatin1String("maintenance")) {
        ApiReply reply = Envelope::error(423, QStringLiteral("helpdesk_offline"),
                                         QStringLiteral("The helpdesk is offline for maintenance."));
        if (fault.retryAfter >= 0)
            reply.headers.emplaceBack("Retry-After", QByteArray::number(fault.retryAfter));
        return reply;
    }
    switch (fault.status) {
    case 502:
        return Envelope::error(502, QStringLiteral("bad_gateway"), QStringLiteral("Bad Gateway"));
    case 503:
        return Envelope::error(503, QStringLiteral("service_unavailable"),
                               QStringLiteral("The service is temporarily unavailable."));
    default:
        return Envelope::error(fault.status, QStringLiteral("internal_error"),
                               QStringLiteral("An internal server error occurred."));
    }
}

QByteArray SandboxServer::breakJson(const QByteArray &body)
{
    // Cut mid-document and close with mismatched brackets: no JSON parser, however lenient,
    // accepts it, and it still looks like the start of a real answer.
    if (body.isEmpty())
        return "{\"data\": [{\"id\": 1,";
    return body.left(qMax<qsizetype>(1, body.size() / 2)) + "\"}]";
}

HttpResponse SandboxServer::toResponse(const ApiReply &reply)
{
    HttpResponse response;
    response.status = reply.status;
    response.headers = reply.headers;
    response.contentType = reply.contentType;
    if (!reply.raw.isEmpty()) {
        response.body = reply.raw;
    } else if (reply.body.isObject()) {
        response.body = QJsonDocument(reply.body.toObject()).toJson(QJsonDocument::Compact);
    } else if (reply.body.isArray()) {
        response.body = QJsonDocument(reply.body.toArray()).toJson(QJsonDocument::Compact);
    } else if (!reply.body.isUndefined()) {
        // A bare scalar: wrap and unwrap so that it is serialised as JSON text.
        const QByteArray wrapped = QJsonDocument(QJsonArray{reply.body}).toJson(QJsonDocument::Compact);
        response.body = wrapped.mid(1, wrapped.size() - 2);
    } else {
        response.hasBody = false;
    }
    return response;
}

void SandboxServer::trace(const HttpRequest &request, int status, const QString &note) const
{
    if (!m_verbose)
        return;
    qInfo("%s %s -> %d%s", request.method.constData(), qPrintable(redactedTarget(request)), status,
          note.isEmpty() ? "" : qPrintable(QStringLiteral(" (%1)").arg(note)));
}

void SandboxServer::goOffline(int durationMs)
{
    if (!isListening())
        return;
    qInfo("offline for %d ms", durationMs);
    close();
    for (const QPointer<HttpConnection> &connection : std::as_const(m_connections)) {
        if (connection)
            connection->abort(true);
    }
    m_connections.clear();
    QTimer::singleShot(durationMs, this, [this] { listenAgain(0); });
}

void SandboxServer::listenAgain(int attempt)
{
    if (isListening())
        return;
    if (listen(m_address, m_port)) {
        qInfo("back online on port %d", int(m_port));
        return;
    }
    // The port may linger for a moment; another process taking it would be a test bug.
    if (attempt < 50) {
        QTimer::singleShot(100, this, [this, attempt] { listenAgain(attempt + 1); });
        return;
    }
    qWarning("cannot listen again on port %d: %s", int(m_port), qPrintable(errorString()));
}
