#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"
#include "Batch.h"
#include "HttpRequest.h"

#include <QString>

#include <optional>

class Credentials;
class Helpdesk;
class OAuthServer;
class SandboxControl;

// The helpdesk's front door: turns an HTTP request into an answer. It strips /api/v2 and a
// date segment, authenticates as Deskpro's ApiAuthenticator does, answers the endpoints that
// belong to the server (helpdesk/discover, me, api_tokens, device links, batch), sends OAuth
// to OAuthServer and /_sandbox to SandboxControl, and hands every other /api/v2 and
// /file.php/ request to the Helpdesk.
class Gateway
{
public:
    Gateway(Helpdesk *helpdesk, Credentials *credentials, OAuthServer *oauth, SandboxControl *control);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    QString baseUrl() const { return m_baseUrl; }

    ApiReply handle(const HttpRequest &request);

    // "/tickets" for "/api/v2/tickets" and "/api/v2/20161122/tickets"; nullopt outside /api/v2.
    static std::optional<QString> apiPath(const QString &decodedPath);
    // "key", "token", "bearer" or "" from an Authorization header, never the credential.
    static QString schemeOf(const QByteArray &authorization);

private:
    struct Identity
    {
        int personId = 0;
        QString scheme;
    };

    ApiReply handleApi(const HttpRequest &request, const QString &path);
    ApiReply handleFile(const HttpRequest &request, const QString &path);
    // The caller's identity, or the 401 to answer.
    std::optional<Identity> authenticate(const QByteArray &authorization, ApiReply *failure) const;
    std::optional<int> personForToken(const QString &token, bool apiTokens, bool oauthTokens) const;

    // Endpoints that need no authentication; nullopt when `request` is not one of them.
    std::optional<ApiReply> publicEndpoint(const ApiRequest &request);
    // Every authenticated endpoint, also used for batch sub-requests.
    ApiReply dispatch(const ApiRequest &request);

    ApiReply discover() const;
    QJsonObject discoverData() const;
    ApiReply me(const ApiRequest &request) const;
    ApiReply deviceSetupToken(const ApiRequest &request);
    ApiReply redeemDeviceCode(const QString &code);
    ApiReply passwordExchange(const ApiRequest &request);

    ApiRequest toApiRequest(const HttpRequest &request, const QString &path) const;

    Helpdesk *m_helpdesk;
    Credentials *m_credentials;
    OAuthServer *m_oauth;
    SandboxControl *m_control;
    Batch m_batch;
    QString m_baseUrl;
};
