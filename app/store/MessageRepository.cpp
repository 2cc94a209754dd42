#include "store/MessageRepository.h"

#include "store/ColumnValue.h"
#include "store/SearchIndex.h"
#include "store/StoreQuery.h"

namespace {

const QString columns =
    QStringLiteral("id, ticket_id, person_id, is_note, html, preview_text, date_created, attachment_ids");

Message messageAt(const StoreQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.ticketId = q.value(1).toLongLong();
    m.personId = q.value(2).toLongLong();
    m.isNote = q.value(3).toBool();
    m.html = q.value(4).toString();
    m.previewText = q.value(5).toString();
    m.dateCreated = ColumnValue::toTime(q.value(6));
    m.attachmentIds = ColumnValue::toIds(q.value(7));
    return m;
}

} // namespace

MessageRepository::MessageRepository(const QSqlDatabase &db) : m_db(db) {}

StoreResult<> MessageRepository::upsert(const Message &m)
{
    const QVariantList values = {m.ticketId,
                                 m.personId,
                                 m.isNote,
                                 m.html,
                                 m.previewText,
                                 ColumnValue::fromTime(m.dateCreated),
                                 ColumnValue::fromIds(m.attachmentIds),
                                 m.id};
    const auto written = StoreQuery::insertOrUpdate(
        m_db,
        QStringLiteral("INSERT OR IGNORE INTO messages (ticket_id, person_id, is_note, html, preview_text, "
                       "date_created, attachment_ids, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        values,
        QStringLiteral("UPDATE messages SET ticket_id = ?, person_id = ?, is_note = ?, html = ?, "
                       "preview_text = ?, date_created = ?, attachment_ids = ? WHERE id = ?"),
        values);
    if (!written)
        return StoreResult<>::failure(written);
    return SearchIndex(m_db).indexMessage(m);
}

StoreResult<> MessageRepository::upsert(const QList<Message> &messages)
{
    for (const Message &message : messages) {
        if (auto put = upsert(message); !put)
            return put;
    }
    return {};
}

StoreResult<> MessageRepository::remove(qint64 messageId)
{
    if (auto dropped = SearchIndex(m_db).removeMessage(messageId); !dropped)
        return dropped;
    return StoreQuery::run(m_db, QStringLiteral("DELETE FROM messages WHERE id = ?"), {messageId});
}

StoreResult<QList<Message>> MessageRepository::byTicket(qint64 ticketId) const
{
    StoreQuery query(m_db,
                     QStringLiteral("SELECT ") + columns +
                         QStringLiteral(" FROM messages WHERE ticket_id = ? ORDER BY date_created, id"));
    query.bind(ticketId);
    if (auto ran = query.exec(); !ran)
        return StoreResult<QList<Message>>::failure(ran);
    QList<Message> messages;
    while (query.next())
        messages << messageAt(query);
    return messages;
}

StoreResult<std::optional<Message>> MessageRepository::byId(qint64 id) const
{
    StoreQuery query(m_db,
                     QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM messages WHERE id = ?"));
    query.bind(id);
    if (auto ran = query.exec(); !ran)
        return StoreResult<std::optional<Message>>::failure(ran);
    if (!query.next())
        return std::optional<Message>();
    return std::optional<Message>(messageAt(query));
}

StoreResult<qint64> MessageRepository::newestId(qint64 ticketId, bool customerOnly) const
{
    const QString sql =
        customerOnly
            ? QStringLiteral("SELECT max(m.id) FROM messages m LEFT JOIN people p ON p.id = m.person_id "
                             "WHERE m.ticket_id = ? AND m.is_note = 0 AND coalesce(p.is_agent, 0) = 0")
            : QStringLiteral("SELECT max(id) FROM messages WHERE ticket_id = ?");
    const auto newest = StoreQuery::scalar(m_db, sql, {ticketId});
    if (!newest)
        return StoreResult<qint64>::failure(newest);
    return newest.value().toLongLong();
}
