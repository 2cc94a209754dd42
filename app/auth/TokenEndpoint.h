#pragma once

#include "api/ApiResult.h"
#include "auth/OAuthTokens.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QString>
#include <QUrl>

class HelpdeskClient;

// An OAuth 2.0 token endpoint (RFC 6749 §4.1.3, §6) for a public client: the authorization
// code exchange with its PKCE verifier, and the refresh grant. Requests go through the
// helpdesk's client, so TLS, redirect, size and timeout rules are the API's; they carry no
// Authorization header and are sent at most once (a code re-sent after a dropped answer would
// be a replay, which revokes what it gave). RFC 6749 errors come back as ApiErrors: a refused
// grant (invalid_grant: code used or expired, refresh token used or revoked) is Unauthorized,
// "sign in again".
class TokenEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(TokenEndpoint)

public:
    TokenEndpoint(HelpdeskClient *client, QUrl url, QString clientId);

    QUrl url() const { return m_url; }

    QCoro::Task<ApiResult<OAuthTokens>> exchangeCode(QByteArray code, QUrl redirectUri,
                                                     QByteArray codeVerifier);
    // A server that does not rotate keeps the refresh token: the result then carries the old one.
    QCoro::Task<ApiResult<OAuthTokens>> refresh(QString refreshToken);

private:
    QCoro::Task<ApiResult<OAuthTokens>> request(QList<QPair<QString, QString>> fields);

    HelpdeskClient *m_client;
    QUrl m_url;
    QString m_clientId;
};
