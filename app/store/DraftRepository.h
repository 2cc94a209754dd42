#pragma once

#include "domain/Draft.h"
#include "store/StoreResult.h"

#include <QSqlDatabase>

#include <optional>

// Drafts as the agent types them: at most one reply and one note per ticket. Saving replaces the
// previous text. Writes run inside a StoreWriter transaction.
class DraftRepository
{
public:
    explicit DraftRepository(const QSqlDatabase &db);

    StoreResult<> save(const Draft &draft);
    StoreResult<> remove(qint64 ticketId, bool isNote);

    StoreResult<std::optional<Draft>> draft(qint64 ticketId, bool isNote) const;
    StoreResult<QList<Draft>> all() const; // newest first

private:
    QSqlDatabase m_db;
};
