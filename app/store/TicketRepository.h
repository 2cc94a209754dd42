#pragma once

#include "domain/Ticket.h"
#include "store/StoreResult.h"
#include "store/TicketListQuery.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

// Tickets in the store. Writes run inside a StoreWriter transaction and keep the search index in
// step; a page of tickets is upserted in the caller's one transaction:
//
//   co_await store.writer().write([page](QSqlDatabase &db) { return TicketRepository(db).upsert(page); });
//
// Reads use the calling thread's reader connection (Store::reader()).
class TicketRepository
{
public:
    explicit TicketRepository(const QSqlDatabase &db);

    StoreResult<> upsert(const Ticket &ticket);
    StoreResult<> upsert(const QList<Ticket> &tickets);
    // Removes tickets with their messages, attachment rows, filter membership and index rows.
    // Returns the attachment files to remove from the AttachmentVault once committed.
    StoreResult<QStringList> remove(const QList<qint64> &ticketIds);

    // Queue membership as the helpdesk reported it: the sync records which tickets filter
    // `filterId` returned during sync pass `pass`, then drops those the pass did not see.
    StoreResult<> addToFilter(qint64 filterId, const QList<qint64> &ticketIds, qint64 pass);
    StoreResult<> dropFromFilterExceptPass(qint64 filterId, qint64 pass);

    StoreResult<std::optional<Ticket>> byId(qint64 id) const;
    StoreResult<std::optional<Ticket>> byRef(const QString &ref) const;
    StoreResult<QList<Ticket>> list(const TicketListQuery &query) const;
    // The ids list() would give, in its order: cheap enough for the whole of a large queue.
    StoreResult<QList<qint64>> listIds(const TicketListQuery &query) const;
    // The tickets of these ids that the store has, in no particular order.
    StoreResult<QList<Ticket>> byIds(const QList<qint64> &ids) const;
    StoreResult<int> count(const TicketListQuery &query) const;
    // Tickets per Deskpro filter, for the queue list's counts.
    StoreResult<QHash<qint64, int>> countsByFilter() const;

private:
    QSqlDatabase m_db;
};
