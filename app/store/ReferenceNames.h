#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// What the ids on a ticket are called: departments, statuses and people, read from the store's
// reference data once (people as they are asked for, or a list's at once with readPeople()) and
// kept for the life of the object.
class ReferenceNames
{
public:
    explicit ReferenceNames(const QSqlDatabase &db);

    QString department(qint64 id) const { return m_departments.value(id); }
    QString status(const QString &code) const { return m_statuses.value(code, code); }
    QString person(qint64 id) const; // name, else e-mail; empty for 0 or unknown
    // The people of `ids` read with one query, so that person() asks the store for none of them:
    // a list's page of tickets names up to two people a row, and a row painted is a row asked.
    void readPeople(const QList<qint64> &ids);

private:
    QSqlDatabase m_db;
    QHash<qint64, QString> m_departments;
    QHash<QString, QString> m_statuses;
    mutable QHash<qint64, QString> m_people;
};
