#include "OAuthTokens.h"

#include "api/DeskproJson.h"

#include <QJsonDocument>

namespace {

const QLatin1String accessKey("access_token");
const QLatin1String refreshKey("refresh_token");
const QLatin1String expiresKey("expires_at");

QString isoOrEmpty(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIso(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    return when.isValid() ? when.toUTC() : QDateTime();
}

} // namespace

QJsonObject OAuthTokens::toJson() const
{
    QJsonObject json{{accessKey, accessToken}, {refreshKey, refreshToken}};
    if (expiresAt.isValid())
        json.insert(expiresKey, isoOrEmpty(expiresAt));
    return json;
}

OAuthTokens OAuthTokens::fromJson(const QJsonObject &json)
{
    OAuthTokens tokens;
    tokens.accessToken = json.value(accessKey).toString();
    tokens.refreshToken = json.value(refreshKey).toString();
    tokens.expiresAt = fromIso(json.value(expiresKey).toString());
    return tokens;
}

ApiResult<OAuthTokens> OAuthTokens::fromTokenResponse(const QJsonObject &json, const QDateTime &now)
{
    OAuthTokens tokens;
    tokens.accessToken = json.value(accessKey).toString();
    tokens.refreshToken = json.value(refreshKey).toString();
    // Any whitespace would break the Authorization header; such an answer is not used.
    if (tokens.accessToken.isEmpty() || tokens.accessToken.contains(QLatin1Char(' ')) ||
        tokens.refreshToken.contains(QLatin1Char(' ')))
        return DeskproJson::malformed(QStringLiteral("token response: no usable access_token"));
    const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
    if (expiresIn.isDouble() && expiresIn.toDouble() > 0)
        tokens.expiresAt = now.toUTC().addSecs(qint64(expiresIn.toDouble()));
    return tokens;
}

QByteArray OAuthTokens::accessItem() const
{
    QJsonObject json{{QLatin1String("token"), accessToken}};
    if (expiresAt.isValid())
        json.insert(expiresKey, isoOrEmpty(expiresAt));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

OAuthTokens OAuthTokens::fromItems(const QByteArray &accessItem, const QByteArray &refreshItem)
{
    OAuthTokens tokens;
    tokens.refreshToken = QString::fromUtf8(refreshItem);
    const QJsonDocument document = QJsonDocument::fromJson(accessItem);
    if (document.isObject()) {
        tokens.accessToken = document.object().value(QLatin1String("token")).toString();
        tokens.expiresAt = fromIso(document.object().value(expiresKey).toString());
    } else {
        tokens.accessToken = QString::fromUtf8(accessItem).trimmed();
    }
    return tokens;
}
