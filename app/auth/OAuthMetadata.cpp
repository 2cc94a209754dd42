#include "OAuthMetadata.h"

#include "api/HelpdeskClient.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString withoutTrailingSlash(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

bool OAuthMetadata::isAcceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") &&
           (QHostAddress(url.host()).isLoopback() || url.host() == QLatin1String("localhost"));
}

QList<QUrl> OAuthMetadata::wellKnownUrls(const QUrl &issuer)
{
    const QString path = withoutTrailingSlash(issuer.path());
    QUrl rfc8414 = issuer.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    rfc8414.setPath(QStringLiteral("/.well-known/oauth-authorization-server") + path);
    QUrl openId = issuer.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    openId.setPath(path + QStringLiteral("/.well-known/openid-configuration"));
    return {rfc8414, openId};
}

ApiResult<OAuthMetadata> OAuthMetadata::fromJson(const QJsonObject &json, const QUrl &issuer)
{
    const QString host = issuer.host();
    auto refuse = [&host](const QString &why) {
        return ApiError::make(ApiError::Kind::Invalid,
                              tr("The sign-in server %1 describes itself in a way Deskhand cannot use: %2 "
                                 "Ask your administrator for the right issuer address.")
                                  .arg(host, why));
    };
    OAuthMetadata metadata;
    metadata.issuer = json.value(u"issuer").toString();
    // RFC 8414 §3.3: the issuer in the document is the one that was asked for, exactly.
    if (withoutTrailingSlash(metadata.issuer) != withoutTrailingSlash(issuer.toString()))
        return refuse(tr("it names another issuer (%1).").arg(metadata.issuer));
    metadata.authorizationEndpoint = QUrl(json.value(u"authorization_endpoint").toString(), QUrl::StrictMode);
    metadata.tokenEndpoint = QUrl(json.value(u"token_endpoint").toString(), QUrl::StrictMode);
    if (!isAcceptableEndpoint(metadata.authorizationEndpoint) ||
        !isAcceptableEndpoint(metadata.tokenEndpoint))
        return refuse(tr("its sign-in and token addresses must both be https."));
    if (json.contains(u"revocation_endpoint")) {
        metadata.revocationEndpoint = QUrl(json.value(u"revocation_endpoint").toString(), QUrl::StrictMode);
        if (!isAcceptableEndpoint(metadata.revocationEndpoint))
            metadata.revocationEndpoint.clear();
    }
    if (json.contains(u"code_challenge_methods_supported")) {
        const QJsonArray methods = json.value(u"code_challenge_methods_supported").toArray();
        if (!methods.contains(QJsonValue(QStringLiteral("S256"))))
            return refuse(tr("it does not offer PKCE with S256, which Deskhand needs to sign in safely."));
    }
    return metadata;
}

QCoro::Task<ApiResult<OAuthMetadata>> OAuthMetadata::discover(HelpdeskClient *client, QUrl issuer)
{
    if (!isAcceptableEndpoint(issuer) || issuer.hasQuery())
        co_return ApiError::make(ApiError::Kind::Invalid,
                                 tr("The issuer address must start with https:// and have no query (%1).")
                                     .arg(issuer.toDisplayString()));
    ApiError last;
    for (const QUrl &url : wellKnownUrls(issuer)) {
        HelpdeskRequest request;
        request.url = url;
        request.authenticated = false;
        ApiResult<HelpdeskResponse> answer = co_await client->send(std::move(request));
        if (!answer) {
            last = answer.error();
            if (last.kind == ApiError::Kind::NotFound || last.kind == ApiError::Kind::Invalid ||
                last.kind == ApiError::Kind::Forbidden || last.kind == ApiError::Kind::Unauthorized)
                continue; // try the next document
            co_return last;
        }
        const QJsonDocument document = QJsonDocument::fromJson(answer->body);
        if (!document.isObject()) {
            last = ApiError::make(ApiError::Kind::Malformed, QString());
            continue;
        }
        co_return fromJson(document.object(), issuer);
    }
    co_return ApiError::make(ApiError::Kind::NotFound,
                             tr("%1 publishes no sign-in metadata (neither OAuth server metadata nor OpenID "
                                "Connect discovery). Check the issuer address with your administrator.")
                                 .arg(issuer.toDisplayString()));
}
