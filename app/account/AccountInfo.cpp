#include "AccountInfo.h"

namespace {

QString methodName(AccountInfo::SignInMethod method)
{
    switch (method) {
    case AccountInfo::SignInMethod::ApiKey:
        return QStringLiteral("api_key");
    case AccountInfo::SignInMethod::ApiToken:
        return QStringLiteral("api_token");
    case AccountInfo::SignInMethod::OAuth:
        return QStringLiteral("oauth");
    }
    return {};
}

AccountInfo::SignInMethod methodFromName(const QString &name)
{
    if (name == QLatin1String("api_token"))
        return AccountInfo::SignInMethod::ApiToken;
    if (name == QLatin1String("oauth"))
        return AccountInfo::SignInMethod::OAuth;
    return AccountInfo::SignInMethod::ApiKey;
}

} // namespace

QJsonObject AccountInfo::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("helpdesk_url"), helpdeskUrl.toString()},
                     {QStringLiteral("method"), methodName(method)},
                     {QStringLiteral("person_id"), personId},
                     {QStringLiteral("agent_name"), agentName},
                     {QStringLiteral("added"), added.toString(Qt::ISODate)}};
    if (!oauthClientId.isEmpty())
        json.insert(QStringLiteral("oauth_client_id"), oauthClientId);
    if (!spkiPin.isEmpty())
        json.insert(QStringLiteral("spki_pin"), spkiPin);
    if (!oauthScheme.isEmpty())
        json.insert(QStringLiteral("oauth_scheme"), oauthScheme);
    if (!oauthIssuer.isEmpty())
        json.insert(QStringLiteral("oauth_issuer"), oauthIssuer);
    if (oauthTokenEndpoint.isValid())
        json.insert(QStringLiteral("oauth_token_endpoint"), oauthTokenEndpoint.toString());
    if (oauthRevocationEndpoint.isValid())
        json.insert(QStringLiteral("oauth_revocation_endpoint"), oauthRevocationEndpoint.toString());
    return json;
}

AccountInfo AccountInfo::fromJson(const QJsonObject &json)
{
    AccountInfo info;
    info.id = json.value(u"id").toString();
    info.name = json.value(u"name").toString();
    info.helpdeskUrl = QUrl(json.value(u"helpdesk_url").toString());
    info.method = methodFromName(json.value(u"method").toString());
    info.personId = json.value(u"person_id").toInteger();
    info.agentName = json.value(u"agent_name").toString();
    info.oauthClientId = json.value(u"oauth_client_id").toString();
    info.spkiPin = json.value(u"spki_pin").toString();
    info.oauthScheme = json.value(u"oauth_scheme").toString();
    info.oauthIssuer = json.value(u"oauth_issuer").toString();
    if (json.contains(u"oauth_token_endpoint"))
        info.oauthTokenEndpoint = QUrl(json.value(u"oauth_token_endpoint").toString());
    if (json.contains(u"oauth_revocation_endpoint"))
        info.oauthRevocationEndpoint = QUrl(json.value(u"oauth_revocation_endpoint").toString());
    info.added = QDateTime::fromString(json.value(u"added").toString(), Qt::ISODate);
    return info;
}
