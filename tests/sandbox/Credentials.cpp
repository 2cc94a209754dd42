#include "Credentials.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

constexpr qint64 DeviceCodeLifetime = 600;

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

Credentials::Credentials(const QSqlDatabase &database) : m_db(database) {}

QString Credentials::randomSecret(int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return out;
}

QByteArray Credentials::sha256(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool Credentials::init(QString *error)
{
    const char *statements[] = {
        "CREATE TABLE IF NOT EXISTS sandbox_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS sandbox_api_keys (id INTEGER PRIMARY KEY, secret TEXT NOT NULL,"
        " kind TEXT NOT NULL, person_id INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS sandbox_api_tokens (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " secret_hash TEXT NOT NULL, person_id INTEGER NOT NULL, created INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS sandbox_device_codes (code_hash TEXT PRIMARY KEY,"
        " person_id INTEGER NOT NULL, expires INTEGER NOT NULL)",
    };
    for (const char *statement : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QString Credentials::setting(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM sandbox_settings WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool Credentials::setSetting(const QString &name, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sandbox_settings (name, value) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(value);
    return query.exec();
}

bool Credentials::ensureKeys(int agentId, QString *error)
{
    m_uuid = setting(QStringLiteral("helpdesk_uuid"));
    if (m_uuid.isEmpty()) {
        m_uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!setSetting(QStringLiteral("helpdesk_uuid"), m_uuid)) {
            *error = QStringLiteral("cannot store the helpdesk uuid: %1").arg(m_db.lastError().text());
            return false;
        }
    }

    auto loadOrCreate = [&](const QString &kind, int personId, QString *out) {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT id, secret FROM sandbox_api_keys WHERE kind = ? ORDER BY id LIMIT 1"));
        query.addBindValue(kind);
        if (query.exec() && query.next()) {
            *out = query.value(0).toString() + QLatin1Char(':') + query.value(1).toString();
            return true;
        }
        const QString secret = randomSecret(25);
        QSqlQuery insert(m_db);
        insert.prepare(
            QStringLiteral("INSERT INTO sandbox_api_keys (secret, kind, person_id) VALUES (?, ?, ?)"));
        insert.addBindValue(secret);
        insert.addBindValue(kind);
        insert.addBindValue(personId);
        if (!insert.exec()) {
            *error = QStringLiteral("cannot store an API key: %1").arg(insert.lastError().text());
            return false;
        }
        *out = insert.lastInsertId().toString() + QLatin1Char(':') + secret;
        return true;
    };
    return loadOrCreate(QStringLiteral("agent"), agentId, &m_apiKey) &&
           loadOrCreate(QStringLiteral("admin"), 0, &m_adminKey);
}

Credentials::KeyMatch Credentials::checkKey(const QString &credential) const
{
    const qsizetype colon = credential.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    bool ok = false;
    const qint64 id = credential.left(colon).toLongLong(&ok);
    if (!ok)
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT secret, kind, person_id FROM sandbox_api_keys WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    const QByteArray expected = query.value(0).toString().toUtf8();
    const QByteArray given = credential.mid(colon + 1).toUtf8();
    // Compare hashes so that the comparison time does not depend on where the secrets differ.
    if (QCryptographicHash::hash(expected, QCryptographicHash::Sha256) !=
        QCryptographicHash::hash(given, QCryptographicHash::Sha256))
        return {};
    if (query.value(1).toString() == QLatin1String("admin"))
        return {KeyKind::Admin, 0};
    return {KeyKind::Agent, query.value(2).toInt()};
}

QString Credentials::issueApiToken(int personId)
{
    const QString secret = randomSecret(25);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO sandbox_api_tokens (secret_hash, person_id, created) VALUES (?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(sha256(secret)));
    query.addBindValue(personId);
    query.addBindValue(now());
    if (!query.exec())
        return {};
    return query.lastInsertId().toString() + QLatin1Char(':') + secret;
}

std::optional<int> Credentials::personForApiToken(const QString &token) const
{
    const qsizetype colon = token.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 id = token.left(colon).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT secret_hash, person_id, created FROM sandbox_api_tokens WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    if (query.value(0).toString().toLatin1() != sha256(token.mid(colon + 1)))
        return std::nullopt;
    if (m_apiTokenLifetime > 0 && query.value(2).toLongLong() + m_apiTokenLifetime <= now())
        return std::nullopt;
    return query.value(1).toInt();
}

QString Credentials::issueDeviceCode(int personId)
{
    const QString code = randomSecret(32);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO sandbox_device_codes (code_hash, person_id, expires) VALUES (?, ?, ?)"));
    query.addBindValue(QString::fromLatin1(sha256(code)));
    query.addBindValue(personId);
    query.addBindValue(now() + DeviceCodeLifetime);
    return query.exec() ? code : QString();
}

std::optional<int> Credentials::redeemDeviceCode(const QString &code)
{
    const QString hash = QString::fromLatin1(sha256(code));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT person_id, expires FROM sandbox_device_codes WHERE code_hash = ?"));
    query.addBindValue(hash);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const int personId = query.value(0).toInt();
    const qint64 expires = query.value(1).toLongLong();
    query.finish();
    // Single use, as on Deskpro: the code is deleted whether or not it was still valid.
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM sandbox_device_codes WHERE code_hash = ?"));
    remove.addBindValue(hash);
    remove.exec();
    if (expires <= now())
        return std::nullopt;
    return personId;
}
