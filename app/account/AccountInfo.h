#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// What Deskhand remembers about a signed-in helpdesk, outside the keychain: nothing secret.
struct AccountInfo
{
    enum class SignInMethod { ApiKey, ApiToken, OAuth };

    QString id;   // stable, file-name safe; names the data folder and the keychain service
    QString name; // what the agent calls it; defaults to the helpdesk's host
    QUrl helpdeskUrl;
    SignInMethod method = SignInMethod::ApiKey;
    qint64 personId = 0; // the agent, once known
    QString agentName;
    QString oauthClientId;
    // How the helpdesk takes the OAuth access token: "bearer" or "token", learnt from its 401
    // (INVALID_AUTHORIZATION_HEADER) once; empty: not known yet, Bearer is tried first.
    QString oauthScheme;
    // From RFC 8414 / OpenID Connect metadata when the authorization server lives elsewhere;
    // empty: the helpdesk's own /oauth/token, and no revocation.
    QString oauthIssuer;
    QUrl oauthTokenEndpoint;
    QUrl oauthRevocationEndpoint;
    QString spkiPin; // optional: base64 SHA-256 of the helpdesk's public key
    QDateTime added;

    QJsonObject toJson() const;
    static AccountInfo fromJson(const QJsonObject &json);
    bool operator==(const AccountInfo &) const = default;
};
