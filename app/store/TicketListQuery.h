#pragma once

#include <QStringList>

#include <optional>

// Which tickets TicketRepository::list() and count() return, and in what order. Every criterion
// left empty matches all tickets; the set ones must all hold.
struct TicketListQuery
{
    enum class Sort { LastActivity, Created, Urgency, Status, Subject, Id };

    qint64 filterId = 0;           // tickets a Deskpro filter returned at the last sync; 0: any
    QStringList statuses;          // e.g. {"awaiting_agent"}; empty: any
    std::optional<qint64> agentId; // 0: unassigned
    std::optional<qint64> teamId;
    std::optional<qint64> departmentId;
    std::optional<qint64> personId;
    bool starredOnly = false;

    Sort sort = Sort::LastActivity;
    bool descending = true;
    int limit = 200; // -1: no limit
    int offset = 0;
};
