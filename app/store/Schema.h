#pragma once

#include "store/StoreResult.h"

#include <QSqlDatabase>

#include <functional>

// The store's schema as a numbered ladder kept in PRAGMA user_version. Step N takes a store at
// version N-1 to N in one transaction, so a crash leaves the store at a whole version. Steps are
// only ever appended: a released step never changes.
class Schema
{
public:
    using Step = std::function<StoreResult<>(QSqlDatabase &)>;

    static int latestVersion();
    static const QList<Step> &steps();

    static StoreResult<int> version(const QSqlDatabase &db);

    // Brings the store up to `target` (the latest when -1). Refuses a store written by a newer
    // Deskhand, and a file with tables but no version (not a Deskhand store).
    static StoreResult<> migrate(QSqlDatabase &db, int target = -1);
};
