#pragma once

#include <QString>

// A ticket status as the helpdesk defines it ("awaiting_agent", or "pending.5" for a custom one).
struct TicketStatus
{
    QString code;
    QString title;
    QString type; // the built-in status it belongs to; "hidden" ones are never shown
    int displayOrder = 0;

    bool operator==(const TicketStatus &) const = default;
};
