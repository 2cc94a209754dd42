#pragma once

#include "domain/OutboxItem.h"
#include "store/StoreResult.h"

#include <QCoroTask>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class StoreWriter;

// The durable outbox. An item is enqueued in the same transaction as its optimistic local
// change, so that the agent sees the change at once and it can never be shown without being
// queued (or queued without being shown):
//
//   auto id = co_await OutboxRepository::enqueue(store.writer(), item, [ticket](QSqlDatabase &db) {
//       return TicketRepository(db).upsert(ticket);   // the local effect
//   });
//
// Items go out in order per ticket: only the oldest unsent item of a ticket is ever handed out.
// An item held as Failed or Conflict blocks the ones after it until the agent decides. Sent items
// stay as history until pruned. Items for new tickets (ticketId 0) are independent of each other.
class OutboxRepository
{
public:
    explicit OutboxRepository(const QSqlDatabase &db);

    using LocalChange = std::function<StoreResult<>(QSqlDatabase &)>;

    // One write transaction: the item (state Pending, createdAt now unless set), then the local
    // change; if either fails, neither is kept. Returns the item's id.
    static QCoro::Task<StoreResult<qint64>> enqueue(StoreWriter &writer, OutboxItem item,
                                                    LocalChange localChange);

    // Inside a writer transaction.
    StoreResult<qint64> insert(const OutboxItem &item);
    StoreResult<> markSending(qint64 id); // attempts + 1; the outcome is unknown until marked
    StoreResult<> markSent(qint64 id, qint64 remoteId, const QDateTime &sentAt);
    StoreResult<> markFailed(qint64 id, const QString &error);
    StoreResult<> markConflict(qint64 id, const QString &reason);
    StoreResult<> markPending(qint64 id); // the agent retries or resolved the conflict
    // Sending back to Pending for an item marked Sending that was never posted after all.
    StoreResult<> releaseClaim(qint64 id);
    StoreResult<> updatePayload(qint64 id, const QJsonObject &payload);   // the agent edited it
    StoreResult<> remove(qint64 id);                                      // the agent discarded it
    StoreResult<> reassignTicket(qint64 fromTicketId, qint64 toTicketId); // a local ticket got its real id
    StoreResult<> setTicket(qint64 id, qint64 ticketId); // a new ticket's item gets its local ticket id
    StoreResult<int> pruneSent(const QDateTime &sentBefore);

    // The oldest unsent item of every ticket, whatever its state (Pending, Sending, Failed,
    // Conflict): what the outbox view shows first.
    StoreResult<QList<OutboxItem>> heads() const;
    // The heads that may be sent now: Pending, and Sending ones left by a crash (the sender
    // must look for them on the helpdesk before posting again).
    StoreResult<QList<OutboxItem>> nextPending() const;
    // The same, taken from what unsent() read.
    static QList<OutboxItem> nextPendingOf(const QList<OutboxItem> &unsent);
    StoreResult<std::optional<OutboxItem>> byId(qint64 id) const;
    StoreResult<QList<OutboxItem>> byTicket(qint64 ticketId) const; // oldest first, all states
    StoreResult<QList<OutboxItem>> unsent() const;                  // oldest first
    StoreResult<int> countUnsent() const;

private:
    StoreResult<> setState(qint64 id, const QString &sql, const QVariantList &values);
    StoreResult<QList<OutboxItem>> select(const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_db;
};
