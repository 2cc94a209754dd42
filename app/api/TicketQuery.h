#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Which tickets GET /tickets lists, in Deskpro's terms. Empty members filter nothing.
struct TicketQuery
{
    // A date filter: from only ("≥"), to only ("≤"), or both (a range).
    struct DateRange
    {
        QDateTime from;
        QDateTime to;
        bool isEmpty() const { return !from.isValid() && !to.isValid(); }
        QString toQueryValue() const; // ">=2025-05-01T00:00:00+00:00", "A--B", …
    };

    int page = 1;
    int count = 50;    // Deskpro allows at most 200
    QList<qint64> ids; // ids=1,2,3 (at most 200; bypasses the search)
    QStringList statuses;
    QList<qint64> agents;
    QList<qint64> teams;
    QList<qint64> departments;
    QList<qint64> people;
    QStringList labels;
    DateRange dateCreated;
    DateRange dateLastUserReply;
    DateRange dateLastAgentReply;
    QString orderBy;     // id, urgency, date_created, date_last_user_reply, …
    QString orderDir;    // asc, desc
    QStringList include; // sideloads: person, department, …

    QList<QPair<QString, QString>> toQuery() const;
};
