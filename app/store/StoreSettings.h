#pragma once

#include "store/StoreResult.h"

#include <QSqlDatabase>
#include <QVariant>

// The account's non-secret settings, kept inside the encrypted store (not in QSettings, whose
// file is plaintext). Never put a key, token or password here: those go to the Keychain.
class StoreSettings
{
public:
    explicit StoreSettings(const QSqlDatabase &db);

    // Resolved tickets older than this many days are dropped by Retention; 0 keeps them all.
    static QString retentionDaysKey() { return QStringLiteral("retention/resolved_days"); }
    static constexpr int defaultRetentionDays = 90;

    StoreResult<> setValue(const QString &key, const QVariant &value); // inside a writer transaction
    StoreResult<> remove(const QString &key);
    StoreResult<QVariant> value(const QString &key, const QVariant &fallback = QVariant()) const;

private:
    QSqlDatabase m_db;
};
