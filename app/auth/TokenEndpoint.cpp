#include "TokenEndpoint.h"

#include "api/DeskproJson.h"
#include "api/HelpdeskClient.h"

#include <QJsonDocument>

TokenEndpoint::TokenEndpoint(HelpdeskClient *client, QUrl url, QString clientId)
    : m_client(client), m_url(std::move(url)), m_clientId(std::move(clientId))
{}

QCoro::Task<ApiResult<OAuthTokens>> TokenEndpoint::exchangeCode(QByteArray code, QUrl redirectUri,
                                                                QByteArray codeVerifier)
{
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), QString::fromUtf8(code)},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("client_id"), m_clientId},
        {QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)}};
    co_return co_await request(std::move(fields));
}

QCoro::Task<ApiResult<OAuthTokens>> TokenEndpoint::refresh(QString refreshToken)
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                          {QStringLiteral("refresh_token"), refreshToken},
                                          {QStringLiteral("client_id"), m_clientId}};
    ApiResult<OAuthTokens> result = co_await request(std::move(fields));
    if (result && result->refreshToken.isEmpty())
        result.value().refreshToken = refreshToken;
    co_return result;
}

QCoro::Task<ApiResult<OAuthTokens>> TokenEndpoint::request(QList<QPair<QString, QString>> fields)
{
    using K = ApiError::Kind;
    const QString host = m_url.host();
    HelpdeskRequest post = HelpdeskRequest::postForm(m_url, fields);
    ApiResult<HelpdeskResponse> answer = co_await m_client->send(std::move(post));
    if (!answer) {
        ApiError error = answer.error();
        if (error.code == QLatin1String("invalid_grant")) {
            error.kind = K::Unauthorized;
            error.message = tr("%1 no longer accepts this sign-in (it was used, has expired or was "
                               "revoked). Sign in again.")
                                .arg(host);
        } else if (error.code == QLatin1String("invalid_client") ||
                   error.code == QLatin1String("unauthorized_client")) {
            error.kind = K::Invalid;
            error.message = tr("%1 does not know Deskhand's client id for signing in. Ask your "
                               "administrator which client id to use.")
                                .arg(host);
        } else if (error.kind == K::Ambiguous) {
            // Re-sending would be a replay, so this sign-in is over either way.
            error.message = tr("The connection to %1 broke while it was completing the sign-in. Sign "
                               "in again.")
                                .arg(host);
        }
        co_return error;
    }
    const QJsonDocument document = QJsonDocument::fromJson(answer->body);
    if (!document.isObject())
        co_return DeskproJson::malformed(QStringLiteral("token response: not a JSON object"));
    co_return OAuthTokens::fromTokenResponse(document.object(), QDateTime::currentDateTimeUtc());
}
