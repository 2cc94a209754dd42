#pragma once

#include "store/StoreResult.h"
#include "store/SyncProgress.h"

#include <QSqlDatabase>

#include <optional>

// Sync progress per scope. Save it in the same transaction as the page it describes, so the
// progress never runs ahead of the data.
class SyncState
{
public:
    explicit SyncState(const QSqlDatabase &db);

    StoreResult<> save(const SyncProgress &progress); // updatedAt now when unset
    StoreResult<> clear(const QString &scope);

    StoreResult<std::optional<SyncProgress>> progress(const QString &scope) const;
    StoreResult<QList<SyncProgress>> all() const; // by scope

private:
    QSqlDatabase m_db;
};
