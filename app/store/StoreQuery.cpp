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
