#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

// What callers authenticate with, kept in the helpdesk's SQLite file so that a restart on the
// same data folder keeps them: the agent API key (acts as the first agent), the admin key
// (only for /_sandbox), API tokens from the password exchange and device links, single-use
// device set-up codes, and the helpdesk's stable uuid. Tokens and codes are stored as SHA-256
// hashes; the two keys in clear, because they are printed again on every start.
class Credentials
{
public:
    enum class KeyKind { Invalid, Agent, Admin };
    struct KeyMatch
    {
        KeyKind kind = KeyKind::Invalid;
        int personId = 0;
    };

    explicit Credentials(const QSqlDatabase &database);

    bool init(QString *error);
    // Creates the keys and the uuid on first start; `agentId` is the API key's agent.
    bool ensureKeys(int agentId, QString *error);

    QString apiKey() const { return m_apiKey; }
    QString adminKey() const { return m_adminKey; }
    QString helpdeskUuid() const { return m_uuid; }

    KeyMatch checkKey(const QString &credential) const;

    // API tokens "<id>:<secret>". A lifetime of 0 means tokens do not expire.
    void setApiTokenLifetime(qint64 seconds) { m_apiTokenLifetime = seconds; }
    qint64 apiTokenLifetime() const { return m_apiTokenLifetime; }
    QString issueApiToken(int personId);
    std::optional<int> personForApiToken(const QString &token) const;

    // Device links: a code an agent hands to a device, exchanged once for an API token.
    QString issueDeviceCode(int personId);
    std::optional<int> redeemDeviceCode(const QString &code);

    // Random secrets in Deskpro's style: upper-case letters and digits without look-alikes.
    static QString randomSecret(int length);
    static QByteArray sha256(const QString &secret);

private:
    QString setting(const QString &name) const;
    bool setSetting(const QString &name, const QString &value);

    QSqlDatabase m_db;
    QString m_apiKey;
    QString m_adminKey;
    QString m_uuid;
    qint64 m_apiTokenLifetime = 0;
};
