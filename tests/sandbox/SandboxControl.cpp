#include "SandboxControl.h"

#include "Credentials.h"
#include "Envelope.h"
#include "FaultPlan.h"
#include "OAuthServer.h"
#include "QueryString.h"
#include "RequestLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

ApiReply json(const QJsonObject &object)
{
    ApiReply reply;
    reply.body = object;
    return reply;
}

ApiReply methodNotAllowed(const QByteArray &allow)
{
    ApiReply reply =
        Envelope::error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Method Not Allowed"));
    reply.headers.emplaceBack("Allow", allow);
    return reply;
}

ApiReply invalid(const QString &message)
{
    return Envelope::error(400, QStringLiteral("invalid_input"), message);
}

} // namespace

SandboxControl::SandboxControl(Credentials *credentials, FaultPlan *faults, RequestLog *log,
                               OAuthServer *oauth)
    : m_credentials(credentials), m_faults(faults), m_log(log), m_oauth(oauth)
{}

ApiReply SandboxControl::handle(const HttpRequest &request, const QString &path)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QStringList parts =
        QString::fromLatin1(request.header("authorization")).trimmed().split(separators, Qt::SkipEmptyParts);
    const Credentials::KeyMatch match = parts.size() == 2 && parts[0].toLower() == QLatin1String("key")
                                            ? m_credentials->checkKey(parts[1])
                                            : Credentials::KeyMatch{};
    if (match.kind == Credentials::KeyKind::Invalid) {
        ApiReply reply = Envelope::error(
            401, QStringLiteral("UNAUTHORIZED"),
            QStringLiteral("The sandbox controls need the admin key: Authorization: key <admin_key>."));
        reply.headers.emplaceBack("WWW-Authenticate", "key realm=\"deskhand-sandbox\"");
        return reply;
    }
    if (match.kind != Credentials::KeyKind::Admin)
        return Envelope::error(
            403, QStringLiteral("forbidden"),
            QStringLiteral("The sandbox controls need the admin key, not the agent API key."));

    if (path == QLatin1String("/_sandbox/faults"))
        return faults(request);
    if (path == QLatin1String("/_sandbox/requests"))
        return requests(request);
    if (path == QLatin1String("/_sandbox/oauth"))
        return oauth(request);
    if (path == QLatin1String("/_sandbox/oauth/expire"))
        return expireOAuth(request);
    return Envelope::error(404, QStringLiteral("not_found"),
                           QStringLiteral("Unknown sandbox control; see tests/sandbox/README.md."));
}

ApiReply SandboxControl::faults(const HttpRequest &request)
{
    if (request.method == "GET")
        return json({{QStringLiteral("faults"), m_faults->toJson()}});
    if (request.method == "DELETE") {
        m_faults->clear();
        return json({{QStringLiteral("faults"), m_faults->toJson()}});
    }
    if (request.method == "PUT") {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return Envelope::error(400, QStringLiteral("invalid_json_body"),
                                   QStringLiteral("The body is not valid JSON."));
        QString error;
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        if (!m_faults->replace(value, &error))
            return invalid(error);
        return json({{QStringLiteral("faults"), m_faults->toJson()}});
    }
    return methodNotAllowed("GET, PUT, DELETE");
}

ApiReply SandboxControl::requests(const HttpRequest &request)
{
    if (request.method == "GET") {
        const qint64 since =
            QueryString::value(QueryString::parse(request.query), QStringLiteral("since")).toLongLong();
        return json({{QStringLiteral("requests"), m_log->toJson(since)}});
    }
    if (request.method == "DELETE") {
        m_log->clear();
        return json({{QStringLiteral("requests"), QJsonArray()}});
    }
    return methodNotAllowed("GET, DELETE");
}

QJsonObject SandboxControl::oauthSettings() const
{
    return {{QStringLiteral("access_token_lifetime"), m_oauth->accessTokenLifetime()},
            {QStringLiteral("refresh_token_lifetime"), m_oauth->refreshTokenLifetime()},
            {QStringLiteral("api_token_lifetime"), m_credentials->apiTokenLifetime()},
            {QStringLiteral("client_id"), OAuthServer::defaultClientId()},
            {QStringLiteral("scheme"), OAuthServer::schemeName(m_oauth->scheme())}};
}

ApiReply SandboxControl::expireOAuth(const HttpRequest &request)
{
    if (request.method != "POST")
        return methodNotAllowed("POST");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QStringList known{QStringLiteral("access_tokens"), QStringLiteral("refresh_tokens")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()) || !it.value().isBool())
            return invalid(QStringLiteral("Expected the booleans %1").arg(known.join(QStringLiteral(", "))));
    }
    const int expired = m_oauth->expireTokens(body.value(known[0]).toBool(), body.value(known[1]).toBool());
    return json({{QStringLiteral("expired"), expired}});
}

ApiReply SandboxControl::oauth(const HttpRequest &request)
{
    if (request.method == "GET")
        return json(oauthSettings());
    if (request.method != "PUT")
        return methodNotAllowed("GET, PUT");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QStringList known{QStringLiteral("access_token_lifetime"), QStringLiteral("refresh_token_lifetime"),
                            QStringLiteral("api_token_lifetime")};
    qint64 values[3] = {m_oauth->accessTokenLifetime(), m_oauth->refreshTokenLifetime(),
                        m_credentials->apiTokenLifetime()};
    for (auto it = body.begin(); it != body.end(); ++it) {
        const qsizetype index = known.indexOf(it.key());
        if (index < 0)
            return invalid(QStringLiteral("Unexpected field \"%1\"; expected %2")
                               .arg(it.key(), known.join(QStringLiteral(", "))));
        const double seconds = it.value().toDouble(-1);
        // The API token lifetime may be 0 (never expires); OAuth tokens always expire.
        const double minimum = index == 2 ? 0 : 1;
        if (!it.value().isDouble() || seconds < minimum || seconds > 10.0 * 365 * 24 * 3600 ||
            seconds != double(qint64(seconds)))
            return invalid(QStringLiteral("\"%1\" must be a whole number of seconds").arg(it.key()));
        values[index] = qint64(seconds);
    }
    m_oauth->setAccessTokenLifetime(values[0]);
    m_oauth->setRefreshTokenLifetime(values[1]);
    m_credentials->setApiTokenLifetime(values[2]);
    return json(oauthSettings());
}
