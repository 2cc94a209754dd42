#pragma once

#include "ApiReply.h"
#include "QueryString.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class Helpdesk;

// The helpdesk's OAuth 2.0 authorization server for public clients (RFC 6749, PKCE S256 per
// RFC 7636, loopback redirects per RFC 8252):
//   GET  /oauth/authorize  an HTML sign-in form for the agent
//   POST /oauth/authorize  checks the form, then 302 to redirect_uri?code=…&state=…
//   POST /oauth/token      authorization_code (once, 60 s) and refresh_token (rotating)
// Codes and tokens are stored as SHA-256 hashes in the helpdesk's database.
class OAuthServer
{
public:
    static constexpr qint64 CodeLifetime = 60;

    OAuthServer(const QSqlDatabase &database, Helpdesk *helpdesk);

    // Creates the tables and registers the public client "deskhand" on first start.
    bool init(QString *error);
    static QString defaultClientId();

    void setAccessTokenLifetime(qint64 seconds) { m_accessLifetime = seconds; }
    void setRefreshTokenLifetime(qint64 seconds) { m_refreshLifetime = seconds; }
    qint64 accessTokenLifetime() const { return m_accessLifetime; }
    qint64 refreshTokenLifetime() const { return m_refreshLifetime; }

    // How the API accepts an OAuth access token, as Deskpro's is not public: "bearer"
    // (Authorization: Bearer only; "token" is for API tokens), "token" (the scheme Bearer is
    // unknown: 401 INVALID_AUTHORIZATION_HEADER, as one Deskpro build answers) or "both".
    enum class Scheme { Bearer, Token, Both };
    void setScheme(Scheme scheme) { m_scheme = scheme; }
    Scheme scheme() const { return m_scheme; }
    static std::optional<Scheme> schemeFromName(const QString &name);
    static QString schemeName(Scheme scheme);

    // Test control: every access token (and/or refresh token) issued so far expires now, as if
    // its time had passed or the helpdesk had revoked it. Gives how many were expired.
    int expireTokens(bool access, bool refresh);

    // `path` is "/oauth/authorize" or "/oauth/token".
    ApiReply handle(const QByteArray &method, const QString &path, const QByteArray &query,
                    const QByteArray &body, const QByteArray &contentType);

    // The agent an unexpired access token belongs to.
    std::optional<int> personForAccessToken(const QString &token) const;

private:
    struct Authorization
    {
        QString clientId;
        QString redirectUri;
        QString state;
        bool hasState = false;
        QString challenge;
        QString challengeMethod;
        QString scope;
    };

    ApiReply authorizePage(const QueryString::Items &params);
    ApiReply authorizeSubmit(const QueryString::Items &form);
    ApiReply token(const QueryString::Items &form);
    ApiReply exchangeCode(const QueryString::Items &form, const QString &clientId);
    ApiReply refresh(const QueryString::Items &form, const QString &clientId);
    ApiReply issueTokens(int personId, const QString &clientId, const QString &scope, const QString &origin);

    // Empty when the request may be shown a sign-in form; otherwise why not.
    QString validate(const QueryString::Items &params, Authorization *out) const;
    bool isClient(const QString &clientId) const;
    static bool isLoopbackRedirect(const QString &uri);

    ApiReply loginForm(const Authorization &request, const QString &error, int status) const;
    ApiReply errorPage(const QString &message) const;
    static ApiReply oauthError(int status, const QString &error, const QString &description);

    QSqlDatabase m_db;
    Helpdesk *m_helpdesk;
    qint64 m_accessLifetime = 3600;
    qint64 m_refreshLifetime = 30 * 24 * 3600;
    Scheme m_scheme = Scheme::Both;
};
