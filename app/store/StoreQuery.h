#pragma once

#include "store/StoreResult.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <utility>

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
    // Runs `sql`, whose %1 becomes one placeholder for each of `values` (an `IN (%1)`), over the
    // values a chunk at a time: SQLite 3.15 binds at most 999 values to a statement. `before` is
    // bound ahead of each chunk's values; `row` sees every row of every chunk.
    template <typename Value, typename Row>
    static StoreResult<> forEachChunk(const QSqlDatabase &db, const QString &sql, const QList<Value> &values,
                                      const QVariantList &before, Row row);
    static constexpr qsizetype valuesPerChunk = 500;

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

template <typename Value, typename Row>
StoreResult<> StoreQuery::forEachChunk(const QSqlDatabase &db, const QString &sql, const QList<Value> &values,
                                       const QVariantList &before, Row row)
{
    for (qsizetype start = 0; start < values.size(); start += valuesPerChunk) {
        const qsizetype count = std::min(valuesPerChunk, values.size() - start);
        StoreQuery query(db, sql.arg(QStringList(count, QStringLiteral("?")).join(u',')));
        for (const QVariant &value : before)
            query.bind(value);
        for (qsizetype i = start; i < start + count; ++i)
            query.bind(values.at(i));
        if (auto ran = query.exec(); !ran)
            return ran;
        while (query.next())
            row(std::as_const(query));
    }
    return {};
}
