#pragma once

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

// The sandbox under its admin key, for tests: faults on demand and the request log.
class SandboxAdmin
{
public:
    explicit SandboxAdmin(const SandboxProcess &sandbox);

    bool setFaults(const QJsonArray &faults);
    void reset(); // no faults, an empty request log
    // PUT /_sandbox/oauth (token lifetimes); POST /_sandbox/oauth/expire: every OAuth access
    // and/or refresh token issued so far expires now. -1 when the sandbox refused.
    bool setOAuth(const QJsonObject &settings);
    int expireOAuthTokens(bool access, bool refresh);

    QJsonArray requests();
    // The logged requests with this method whose path (with its query) starts with `prefix`.
    QList<QJsonObject> requests(const QByteArray &method, const QString &prefix);

private:
    QUrl url(const QString &path) const;

    QUrl m_base;
    HttpProbe m_probe;
};
