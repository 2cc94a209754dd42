#pragma once

#include "SeedRandom.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

// Fills an empty helpdesk with realistic data that depends only on the seed and the ticket
// count: reference data, agents, customers, organisations and tickets with conversations.
// Everything goes in one transaction through prepared statements, so 100,000 tickets take
// seconds, not minutes.
class Seeder
{
public:
    Seeder(QSqlDatabase db, quint32 seed);

    bool run(int tickets, QString *error);

    // "Now" for the seeded data: fixed per seed, so the data does not depend on the wall clock.
    static qint64 epochFor(quint32 seed);

private:
    struct Customer
    {
        int id = 0;
        QString firstName;
        QString name;
        int language = 1;
        int organization = 0;
        QString company;
    };

    bool seedReferenceData();
    bool seedAgents();
    bool seedCustomers(int count);
    bool seedTickets(int count);
    bool exec(QSqlQuery &query, std::initializer_list<QVariant> values);
    bool exec(const QString &sql, std::initializer_list<QVariant> values = {});
    int addBlob(const QString &filename, const QString &contentType, const QByteArray &data, qint64 date);

    QSqlDatabase m_db;
    quint32 m_seed;
    qint64 m_epoch;
    SeedRandom m_rng;
    QString m_error;
    QList<Customer> m_customers;
    QList<QList<int>> m_orgsByLanguage; // organisation ids, per language index
    QList<QString> m_orgNames;          // by id
    QList<QString> m_orgDomains;        // by id
    QList<QString> m_agentNames;        // by id
    QList<QList<int>> m_teamMembers;    // by team id
    int m_nextBlob = 1;
    QSqlQuery m_blobInsert;
};
