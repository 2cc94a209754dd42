#include "store/StoreSettings.h"

#include "store/StoreQuery.h"

StoreSettings::StoreSettings(const QSqlDatabase &db) : m_db(db) {}

StoreResult<> StoreSettings::setValue(const QString &key, const QVariant &value)
{
    return StoreQuery::run(m_db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"),
                           {key, value.toString()});
}

StoreResult<> StoreSettings::remove(const QString &key)
{
    return StoreQuery::run(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
}

StoreResult<QVariant> StoreSettings::value(const QString &key, const QVariant &fallback) const
{
    StoreQuery query(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.bind(key);
    if (auto ran = query.exec(); !ran)
        return StoreResult<QVariant>::failure(ran);
    return query.next() ? query.value(0) : fallback;
}
