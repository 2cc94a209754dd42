#pragma once

#include "store/StoreResult.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// One prepared, forward-only statement with bound values: the only way store code runs SQL, so
// that user data never becomes SQL text. Errors become translated StoreResult errors.
//
//   StoreQuery query(db, u"SELECT subject FROM tickets WHERE id = ?"_s);
//   query.bind(id);
//   if (auto ran = query.exec(); !ran) return ran;
//   while (query.next()) ... query.value(0)
class StoreQuery
{
public:
    StoreQuery(const QSqlDatabase &db, const QString &sql);

    StoreQuery &bind(const QVariant &value);
    StoreQuery &bind(const QString &placeholder, const QVariant &value);

    StoreResult<> exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    bool isNull(int column) const { return m_query.isNull(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs one statement with positional values.
    static StoreResult<> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // A row written whether or not it was there: INSERT OR IGNORE, then the UPDATE when it was
    // (SQLite 3.15, SQLCipher 3.4's, has no UPSERT, and REPLACE deletes the old row, cascading to
    // what refers to it). True when the row is new.
    static StoreResult<bool> insertOrUpdate(const QSqlDatabase &db, const QString &insertOrIgnore,
                                            const QVariantList &insertValues, const QString &update,
                                            const QVariantList &updateValues);
    // Runs a query returning one value (or a null QVariant when there is no row).
    static StoreResult<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
                                        const QVariantList &values = {});

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};
