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
    info.added = QDateTime::fromString(json.value(u"added").toString(), Qt::ISODate);
    return info;
}
