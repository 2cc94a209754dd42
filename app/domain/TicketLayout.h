#pragma once

#include <QList>
#include <QString>

// Which fields the agent's ticket form shows for a department, in order.
struct TicketLayout
{
    struct Field
    {
        QString type; // "ticket_field", "priority", "category", "product", "workflow", …
        QString id;   // "ticket_field_7" for custom fields
        bool required = false;
        bool operator==(const Field &) const = default;
    };

    qint64 departmentId = 0;
    QList<Field> fields;

    bool operator==(const TicketLayout &) const = default;
};
