#include "SandboxAdmin.h"

#include <QSslCertificate>
#include <QSslConfiguration>

SandboxAdmin::SandboxAdmin(const SandboxProcess &sandbox) : m_base(sandbox.url())
{
    m_probe.setKey(sandbox.adminKey());
    if (!sandbox.caPath().isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(sandbox.caPath()));
        m_probe.setSslConfiguration(tls);
    }
}

QUrl SandboxAdmin::url(const QString &path) const
{
    QUrl out = m_base;
    out.setPath(path);
    return out;
}

bool SandboxAdmin::setFaults(const QJsonArray &faults)
{
    return m_probe.sendJson("PUT", url(QStringLiteral("/_sandbox/faults")), faults).status == 200;
}

void SandboxAdmin::reset()
{
    m_probe.send("DELETE", url(QStringLiteral("/_sandbox/faults")));
    m_probe.send("DELETE", url(QStringLiteral("/_sandbox/requests")));
}

bool SandboxAdmin::setOAuth(const QJsonObject &settings)
{
    return m_probe.sendJson("PUT", url(QStringLiteral("/_sandbox/oauth")), settings).status == 200;
}

int SandboxAdmin::expireOAuthTokens(bool access, bool refresh)
{
    const auto answer = m_probe.sendJson(
        "POST", url(QStringLiteral("/_sandbox/oauth/expire")),
        QJsonObject{{QStringLiteral("access_tokens"), access}, {QStringLiteral("refresh_tokens"), refresh}});
    if (answer.status != 200)
        return -1;
    return answer.json().object().value(u"expired").toInt();
}

QJsonArray SandboxAdmin::requests()
{
    return m_probe.get(url(QStringLiteral("/_sandbox/requests")))
        .json()
        .object()
        .value(u"requests")
        .toArray();
}

QList<QJsonObject> SandboxAdmin::requests(const QByteArray &method, const QString &prefix)
{
    QList<QJsonObject> out;
    const QJsonArray all = requests();
    for (const QJsonValue &entry : all) {
        const QJsonObject object = entry.toObject();
        if (object.value(u"method").toString() == QLatin1String(method) &&
            object.value(u"path").toString().startsWith(prefix))
            out << object;
    }
    return out;
}
