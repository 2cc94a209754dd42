#pragma once

#include "store/StoreResult.h"
#include "store/SyncProgress.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

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
    // The cursors of those of `scopes` that have progress, by scope: one query per few hundred.
    StoreResult<QHash<QString, QString>> cursors(const QStringList &scopes) const;

private:
    QSqlDatabase m_db;
};
