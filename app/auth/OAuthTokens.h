#pragma once

#include "api/ApiResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <chrono>

// What an OAuth sign-in leaves: the access token the API calls carry, the refresh token that
// gets the next one, and when the access token expires. No QDebug operator on purpose.
//
// In the keychain (kept as two items so that a refresh can never lose one half in a write):
//   "access-token"  {"token": <access token>, "expires_at": <ISO 8601 UTC, or absent>}
//   "refresh-token" the refresh token itself
// An "access-token" item that is not JSON is taken as a bare token without an expiry.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken; // empty when the server gave none
    QDateTime expiresAt;  // UTC; invalid when the server did not say

    bool isEmpty() const { return accessToken.isEmpty(); }
    bool expiresWithin(std::chrono::seconds margin, const QDateTime &now) const
    {
        return expiresAt.isValid() && now.addSecs(margin.count()) >= expiresAt;
    }

    QJsonObject toJson() const; // {"access_token", "refresh_token", "expires_at"}
    static OAuthTokens fromJson(const QJsonObject &json);

    // RFC 6749 §5.1: {"access_token", "token_type", "expires_in"?, "refresh_token"?}, the
    // lifetime counted from `now`.
    static ApiResult<OAuthTokens> fromTokenResponse(const QJsonObject &json, const QDateTime &now);

    // The two keychain items (see above).
    QByteArray accessItem() const;
    QByteArray refreshItem() const { return refreshToken.toUtf8(); }
    static OAuthTokens fromItems(const QByteArray &accessItem, const QByteArray &refreshItem);
};
