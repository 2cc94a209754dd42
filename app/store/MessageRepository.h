#pragma once

#include "domain/Message.h"
#include "store/StoreResult.h"

#include <QSqlDatabase>

#include <optional>

// A ticket's conversation in the store. Writes run inside a StoreWriter transaction (the ticket
// row must exist) and keep the search index in step; reads use a reader connection.
class MessageRepository
{
public:
    explicit MessageRepository(const QSqlDatabase &db);

    StoreResult<> upsert(const Message &message);
    StoreResult<> upsert(const QList<Message> &messages);
    StoreResult<> remove(qint64 messageId);

    // Oldest first.
    StoreResult<QList<Message>> byTicket(qint64 ticketId) const;
    StoreResult<std::optional<Message>> byId(qint64 id) const;
    // The newest message of a ticket (0 when none); with customerOnly, the newest one not
    // written by an agent: the outbox's "a new customer message since the draft began" check.
    StoreResult<qint64> newestId(qint64 ticketId, bool customerOnly = false) const;

private:
    QSqlDatabase m_db;
};
