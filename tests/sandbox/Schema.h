#pragma once

#include <QSqlDatabase>
#include <QString>

// The helpdesk's tables in helpdesk.sqlite. Created if missing, so a restart keeps the data.
class Schema
{
public:
    static bool create(QSqlDatabase &db, QString *error);
    // Indexes for the ticket filters; built after a bulk seed, which is faster than keeping them
    // up to date row by row.
    static bool createIndexes(QSqlDatabase &db, QString *error);
};
