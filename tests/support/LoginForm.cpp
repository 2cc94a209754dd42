#include "LoginForm.h"

#include "HttpProbe.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace LoginForm {

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[name, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QList<QPair<QString, QString>> hiddenFields(const QByteArray &html)
{
    QList<QPair<QString, QString>> out;
    static const QRegularExpression input(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
    auto it = input.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString value = match.captured(2);
        value.replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        out.append({match.captured(1), value});
    }
    return out;
}

QJsonObject signIn(const SandboxProcess &sandbox, int agentIndex)
{
    QByteArray verifier;
    for (int i = 0; i < 48; ++i)
        verifier +=
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"[QRandomGenerator::global()
                                                                                     ->bounded(66)];
    const QByteArray challenge =
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString redirect = QStringLiteral("http://127.0.0.1:9/callback");
    const QString clientId = sandbox.startLine().value(u"oauth_client_id").toString();
    HttpProbe browser;
    if (!sandbox.caPath().isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(sandbox.caPath()));
        browser.setSslConfiguration(tls);
    }
    QUrl authorize = sandbox.url().resolved(QUrl(QStringLiteral("/oauth/authorize")));
    authorize.setQuery(
        QString::fromLatin1(form({{QStringLiteral("response_type"), QStringLiteral("code")},
                                  {QStringLiteral("client_id"), clientId},
                                  {QStringLiteral("redirect_uri"), redirect},
                                  {QStringLiteral("state"), QStringLiteral("s")},
                                  {QStringLiteral("code_challenge"), QString::fromLatin1(challenge)},
                                  {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}})),
        QUrl::StrictMode);
    const HttpProbe::Result page = browser.get(authorize);
    if (page.status != 200)
        return {};
    const QJsonObject agent = sandbox.agents().at(agentIndex).toObject();
    QList<QPair<QString, QString>> fields = hiddenFields(page.body);
    fields.append({QStringLiteral("email"), agent.value(u"email").toString()});
    fields.append({QStringLiteral("password"), agent.value(u"password").toString()});
    const HttpProbe::Result submitted =
        browser.send("POST", sandbox.url().resolved(QUrl(QStringLiteral("/oauth/authorize"))), form(fields),
                     {}, "application/x-www-form-urlencoded");
    if (submitted.status != 302)
        return {};
    const QUrl location(QString::fromUtf8(submitted.header("Location")));
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const HttpProbe::Result tokens =
        browser.send("POST", sandbox.url().resolved(QUrl(QStringLiteral("/oauth/token"))),
                     form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                           {QStringLiteral("code"), code},
                           {QStringLiteral("redirect_uri"), redirect},
                           {QStringLiteral("client_id"), clientId},
                           {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}}),
                     {}, "application/x-www-form-urlencoded");
    if (tokens.status != 200)
        return {};
    return tokens.json().object();
}

} // namespace LoginForm
