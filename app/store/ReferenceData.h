#pragma once

#include "domain/CustomField.h"
#include "domain/Department.h"
#include "domain/Person.h"
#include "domain/Priority.h"
#include "domain/Snippet.h"
#include "domain/Team.h"
#include "domain/TicketFilter.h"
#include "domain/TicketLayout.h"
#include "domain/TicketStatus.h"
#include "store/StoreResult.h"

#include <QSqlDatabase>

#include <optional>

// The helpdesk's reference data: departments, statuses, priorities, teams, people (agents and
// customers), custom fields, layouts, the agent's filters and ticket snippets. A replace…() call swaps the
// whole set (the sync fetches each set whole); people are upserted and indexed for search. Writes run inside
// a StoreWriter transaction.
class ReferenceData
{
public:
    explicit ReferenceData(const QSqlDatabase &db);

    StoreResult<> replaceDepartments(const QList<Department> &departments);
    StoreResult<> replaceStatuses(const QList<TicketStatus> &statuses);
    StoreResult<> replacePriorities(const QList<Priority> &priorities);
    StoreResult<> replaceTeams(const QList<Team> &teams);
    StoreResult<> replaceCustomFields(const QList<CustomField> &fields);
    StoreResult<> replaceLayouts(const QList<TicketLayout> &layouts);
    StoreResult<> replaceFilters(const QList<TicketFilter> &filters);
    StoreResult<> replaceSnippets(const QList<Snippet> &snippets);
    StoreResult<> upsertPeople(const QList<Person> &people);

    StoreResult<QList<Department>> departments() const; // by display order
    StoreResult<QList<TicketStatus>> statuses() const;
    StoreResult<QList<Priority>> priorities() const;
    StoreResult<QList<Team>> teams() const;
    StoreResult<QList<CustomField>> customFields() const;
    StoreResult<QList<TicketLayout>> layouts() const;
    StoreResult<QList<TicketFilter>> filters() const;
    StoreResult<QList<Snippet>> snippets() const; // by id
    StoreResult<std::optional<Person>> person(qint64 id) const;
    StoreResult<QList<Person>> people(const QList<qint64> &ids) const; // those of `ids` it has
    StoreResult<QList<Person>> agents() const;                         // by name

private:
    QSqlDatabase m_db;
};
