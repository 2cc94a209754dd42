#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// What the ids on a ticket are called: departments, statuses and people, read from the store's
// reference data once (people as they are asked for) and kept for the life of the object.
class ReferenceNames
{
public:
    explicit ReferenceNames(const QSqlDatabase &db);

    QString department(qint64 id) const { return m_departments.value(id); }
    QString status(const QString &code) const { return m_statuses.value(code, code); }
    QString person(qint64 id) const; // name, else e-mail; empty for 0 or unknown

private:
    QSqlDatabase m_db;
    QHash<qint64, QString> m_departments;
    QHash<QString, QString> m_statuses;
    mutable QHash<qint64, QString> m_people;
};
