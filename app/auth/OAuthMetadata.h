#pragma once

#include "api/ApiResult.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QJsonObject>
#include <QUrl>

class HelpdeskClient;

// Where an authorization server that is not the helpdesk itself has its endpoints: RFC 8414
// metadata (<host>/.well-known/oauth-authorization-server<path>), else OpenID Connect discovery
// (<issuer>/.well-known/openid-configuration). The answer must name the same issuer, its
// endpoints must be https (http only on the loopback address, for tests), and a server that
// lists its PKCE methods must list S256.
struct OAuthMetadata
{
    Q_DECLARE_TR_FUNCTIONS(OAuthMetadata)

public:
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint; // RFC 7009; invalid when the server names none

    // The metadata documents, in the order they are tried.
    static QList<QUrl> wellKnownUrls(const QUrl &issuer);
    // Checks one document against the issuer asked for.
    static ApiResult<OAuthMetadata> fromJson(const QJsonObject &json, const QUrl &issuer);
    // Fetches through `client` (its TLS rules; no credentials go to another origin).
    static QCoro::Task<ApiResult<OAuthMetadata>> discover(HelpdeskClient *client, QUrl issuer);

    static bool isAcceptableEndpoint(const QUrl &url); // https, or http on the loopback address
};
