#pragma once

#include <QJsonValue>
#include <QString>

// One of the agent's Deskpro ticket filters (a queue on the helpdesk's side).
struct TicketFilter
{
    qint64 id = 0;
    QString title;
    QString sysName; // "all", "agent", "unassigned", … for built-in filters; empty for custom ones
    int displayOrder = 0;
    QJsonValue terms; // Deskpro's filter terms, kept as sent

    bool operator==(const TicketFilter &) const = default;
};
