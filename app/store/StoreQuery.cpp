#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QSqlError>

StoreQuery::StoreQuery(const QSqlDatabase &db, const QString &sql) : m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

StoreQuery &StoreQuery::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

StoreQuery &StoreQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

StoreResult<> StoreQuery::exec()
{
    if (m_prepared && m_query.exec())
        return {};
    // What the agent can do about it, for the failures that are the disk's; the transaction
    // around this statement is rolled back, so nothing of the change was kept.
    switch (m_query.lastError().nativeErrorCode().toInt() & 0xff) { // SQLite's primary result code
    case 13:                                                        // SQLITE_FULL
        return StoreResult<>::failure(QCoreApplication::translate(
            "StoreQuery", "The disk is full, so the local store could not save this change; nothing of it "
                          "was kept. Free some disk space and try again."));
    case 10: // SQLITE_IOERR
        return StoreResult<>::failure(QCoreApplication::translate(
            "StoreQuery", "The disk reported an error while the local store was saving this change; nothing "
                          "of it was kept. Check the disk, then try again."));
    case 8: // SQLITE_READONLY
        return StoreResult<>::failure(QCoreApplication::translate(
            "StoreQuery", "The local store's folder is read-only, so this change could not be saved. Check "
                          "the folder's permissions and free disk space."));
    default:
        break;
    }
    // The driver's text names the failing SQL construct, never the bound values.
    return StoreResult<>::failure(QCoreApplication::translate("StoreQuery", "The local store failed: %1")
                                      .arg(m_query.lastError().text()));
}

StoreResult<> StoreQuery::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    StoreQuery query(db, sql);
    for (const QVariant &value : values)
        query.bind(value);
    return query.exec();
}

StoreResult<bool> StoreQuery::insertOrUpdate(const QSqlDatabase &db, const QString &insertOrIgnore,
                                             const QVariantList &insertValues, const QString &update,
                                             const QVariantList &updateValues)
{
    StoreQuery insert(db, insertOrIgnore);
    for (const QVariant &value : insertValues)
        insert.bind(value);
    if (auto ran = insert.exec(); !ran)
        return StoreResult<bool>::failure(ran);
    if (insert.rowsAffected() > 0)
        return true;
    StoreQuery change(db, update);
    for (const QVariant &value : updateValues)
        change.bind(value);
    if (auto ran = change.exec(); !ran)
        return StoreResult<bool>::failure(ran);
    // Ignored and not there: a NOT NULL or CHECK constraint the insert was let off.
    if (change.rowsAffected() == 0)
        return StoreResult<bool>::failure(
            QCoreApplication::translate("StoreQuery", "The local store failed: %1")
                .arg(QStringLiteral("constraint failed")));
    return false;
}

StoreResult<QVariant> StoreQuery::scalar(const QSqlDatabase &db, const QString &sql,
                                         const QVariantList &values)
{
    StoreQuery query(db, sql);
    for (const QVariant &value : values)
        query.bind(value);
    if (auto ran = query.exec(); !ran)
        return StoreResult<QVariant>::failure(ran);
    return query.next() ? query.value(0) : QVariant();
}
