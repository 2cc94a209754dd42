#pragma once

#include "store/JournalEntry.h"
#include "store/StoreResult.h"

#include <QJsonArray>
#include <QSqlDatabase>

// The local journal of the agent's actions: append-only (the table refuses UPDATE and DELETE)
// and chained by hashes, so that a changed, removed or reordered record breaks verify().
// append() runs inside a StoreWriter transaction, e.g. the one that enqueues the outbox item.
class Journal
{
public:
    explicit Journal(const QSqlDatabase &db);

    // Fills in id, prevHash and hash (and writtenAt when unset); returns the stored record.
    StoreResult<JournalEntry> append(JournalEntry entry);

    StoreResult<QList<JournalEntry>> entries() const; // oldest first
    // OK when every record's hash matches its content and the previous record's hash; otherwise
    // an error naming the first record that does not.
    StoreResult<> verify() const;
    // Every record as JSON objects (id, written_at, sent_at, action, ticket_id, result,
    // prev_hash, hash), oldest first, times in ISO 8601 UTC.
    StoreResult<QJsonArray> exportJson() const;

    static QString hashOf(const JournalEntry &entry);
    static QString genesisHash();

private:
    QSqlDatabase m_db;
};
