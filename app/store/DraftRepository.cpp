#include "store/DraftRepository.h"

#include "store/ColumnValue.h"
#include "store/StoreQuery.h"

namespace {

Draft draftAt(const StoreQuery &q)
{
    return Draft{q.value(0).toLongLong(), q.value(1).toBool(), q.value(2).toString(),
                 ColumnValue::toTime(q.value(3)), q.value(4).toLongLong()};
}

} // namespace

DraftRepository::DraftRepository(const QSqlDatabase &db) : m_db(db) {}

StoreResult<> DraftRepository::save(const Draft &d)
{
    // The key is the whole row identity, so REPLACE is safe here (nothing references drafts).
    const QDateTime updated = d.updatedAt.isValid() ? d.updatedAt : QDateTime::currentDateTimeUtc();
    return StoreQuery::run(
        m_db,
        QStringLiteral("INSERT OR REPLACE INTO drafts (ticket_id, is_note, html, updated_at, "
                       "seen_last_message_id) VALUES (?, ?, ?, ?, ?)"),
        {d.ticketId, d.isNote, d.html, ColumnValue::fromTime(updated), d.seenLastMessageId});
}

StoreResult<> DraftRepository::remove(qint64 ticketId, bool isNote)
{
    return StoreQuery::run(m_db, QStringLiteral("DELETE FROM drafts WHERE ticket_id = ? AND is_note = ?"),
                           {ticketId, isNote});
}

StoreResult<std::optional<Draft>> DraftRepository::draft(qint64 ticketId, bool isNote) const
{
    StoreQuery query(
        m_db, QStringLiteral("SELECT ticket_id, is_note, html, updated_at, seen_last_message_id FROM drafts "
                             "WHERE ticket_id = ? AND is_note = ?"));
    query.bind(ticketId).bind(isNote);
    if (auto ran = query.exec(); !ran)
        return StoreResult<std::optional<Draft>>::failure(ran);
    if (!query.next())
        return std::optional<Draft>();
    return std::optional<Draft>(draftAt(query));
}

StoreResult<QList<Draft>> DraftRepository::all() const
{
    StoreQuery query(
        m_db, QStringLiteral("SELECT ticket_id, is_note, html, updated_at, seen_last_message_id FROM drafts "
                             "ORDER BY updated_at DESC"));
    if (auto ran = query.exec(); !ran)
        return StoreResult<QList<Draft>>::failure(ran);
    QList<Draft> drafts;
    while (query.next())
        drafts << draftAt(query);
    return drafts;
}
