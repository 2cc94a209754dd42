#include "store/SyncState.h"

#include "store/ColumnValue.h"
#include "store/StoreQuery.h"

#include <algorithm>

namespace {

const QString columns = QStringLiteral("scope, cursor, done, total, complete, pass, updated_at");

SyncProgress progressAt(const StoreQuery &q)
{
    return SyncProgress{q.value(0).toString(),          q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toLongLong(),        q.value(4).toBool(),   q.value(5).toLongLong(),
                        ColumnValue::toTime(q.value(6))};
}

} // namespace

SyncState::SyncState(const QSqlDatabase &db) : m_db(db) {}

StoreResult<> SyncState::save(const SyncProgress &p)
{
    const QDateTime updated = p.updatedAt.isValid() ? p.updatedAt : QDateTime::currentDateTimeUtc();
    return StoreQuery::run(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO sync_progress (") + columns +
            QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {p.scope, p.cursor, p.done, p.total, p.complete, p.pass, ColumnValue::fromTime(updated)});
}

StoreResult<> SyncState::clear(const QString &scope)
{
    return StoreQuery::run(m_db, QStringLiteral("DELETE FROM sync_progress WHERE scope = ?"), {scope});
}

StoreResult<std::optional<SyncProgress>> SyncState::progress(const QString &scope) const
{
    StoreQuery query(m_db, QStringLiteral("SELECT ") + columns +
                               QStringLiteral(" FROM sync_progress WHERE scope = ?"));
    query.bind(scope);
    if (auto ran = query.exec(); !ran)
        return StoreResult<std::optional<SyncProgress>>::failure(ran);
    if (!query.next())
        return std::optional<SyncProgress>();
    return std::optional<SyncProgress>(progressAt(query));
}

StoreResult<QList<SyncProgress>> SyncState::all() const
{
    StoreQuery query(m_db, QStringLiteral("SELECT ") + columns +
                               QStringLiteral(" FROM sync_progress ORDER BY scope"));
    if (auto ran = query.exec(); !ran)
        return StoreResult<QList<SyncProgress>>::failure(ran);
    QList<SyncProgress> all;
    while (query.next())
        all << progressAt(query);
    return all;
}

StoreResult<QHash<QString, QString>> SyncState::cursors(const QStringList &scopes) const
{
    QHash<QString, QString> found;
    auto read = StoreQuery::forEachChunk(
        m_db, QStringLiteral("SELECT scope, cursor FROM sync_progress WHERE scope IN (%1)"), scopes, {},
        [&found](const StoreQuery &row) { found.insert(row.value(0).toString(), row.value(1).toString()); });
    if (!read)
        return StoreResult<QHash<QString, QString>>::failure(read);
    return found;
}
