#pragma once

#include <QByteArray>
#include <QString>

// What one account signs its requests with. Turned into the Authorization header in one place
// (authorization()); never written to logs (no QDebug operator on purpose).
class ApiCredentials
{
public:
    enum class Kind {
        None,        // unauthenticated calls only (discover, api_tokens)
        ApiKey,      // "key <id>:<secret>", made by an administrator
        ApiToken,    // "token <id>:<secret>", from the password exchange or a device link
        OAuthBearer, // an OAuth access token sent as "Bearer <t>"
        OAuthToken,  // an OAuth access token sent as "token <t>", for helpdesks that want that
    };

    ApiCredentials() = default;
    static ApiCredentials apiKey(const QString &key) { return {Kind::ApiKey, key}; }
    static ApiCredentials apiToken(const QString &token) { return {Kind::ApiToken, token}; }
    static ApiCredentials oauth(const QString &accessToken, bool asBearer = true)
    {
        return {asBearer ? Kind::OAuthBearer : Kind::OAuthToken, accessToken};
    }

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::None || m_secret.isEmpty(); }
    bool isOAuth() const { return m_kind == Kind::OAuthBearer || m_kind == Kind::OAuthToken; }
    // The same secret, compared without exposing it.
    bool hasSecret(const QString &secret) const { return m_secret == secret.trimmed(); }
    bool operator==(const ApiCredentials &) const = default;

    // A machine (superuser) API key acts as this agent; 0 for a normal key.
    void setActingAgentId(qint64 agentId) { m_actingAgentId = agentId; }
    qint64 actingAgentId() const { return m_actingAgentId; }

    // The value of the Authorization header; empty for None.
    QByteArray authorization() const;

private:
    ApiCredentials(Kind kind, const QString &secret) : m_kind(kind), m_secret(secret.trimmed()) {}

    Kind m_kind = Kind::None;
    QString m_secret;
    qint64 m_actingAgentId = 0;
};
