#include "store/OutboxRepository.h"

#include "store/ColumnValue.h"
#include "store/StoreQuery.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QSet>

namespace {

const QString columns =
    QStringLiteral("id, ticket_id, kind, state, payload, created_at, sent_at, attempts, last_error, "
                   "conflict_reason, seen_last_message_id, seen_agent_id, seen_status, remote_id");

OutboxItem::Kind kindFrom(const QString &name)
{
    if (name == u"note")
        return OutboxItem::Kind::Note;
    if (name == u"change")
        return OutboxItem::Kind::Change;
    if (name == u"new_ticket")
        return OutboxItem::Kind::NewTicket;
    return OutboxItem::Kind::Reply;
}

OutboxItem::State stateFrom(const QString &name)
{
    if (name == u"sending")
        return OutboxItem::State::Sending;
    if (name == u"sent")
        return OutboxItem::State::Sent;
    if (name == u"failed")
        return OutboxItem::State::Failed;
    if (name == u"conflict")
        return OutboxItem::State::Conflict;
    return OutboxItem::State::Pending;
}

OutboxItem itemAt(const StoreQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.ticketId = q.value(1).toLongLong();
    item.kind = kindFrom(q.value(2).toString());
    item.state = stateFrom(q.value(3).toString());
    item.payload = ColumnValue::toJsonObject(q.value(4));
    item.createdAt = ColumnValue::toTime(q.value(5));
    item.sentAt = ColumnValue::toTime(q.value(6));
    item.attempts = q.value(7).toInt();
    item.lastError = q.value(8).toString();
    item.conflictReason = q.value(9).toString();
    item.seenLastMessageId = q.value(10).toLongLong();
    item.seenAgentId = q.value(11).toLongLong();
    item.seenStatus = q.value(12).toString();
    item.remoteId = q.value(13).toLongLong();
    return item;
}

// The oldest unsent item per ticket; every unsent new-ticket item stands alone.
const QString headsSql =
    QStringLiteral("SELECT %1 FROM outbox o WHERE o.state != 'sent' AND (o.ticket_id = 0 OR o.id = "
                   "(SELECT min(p.id) FROM outbox p WHERE p.ticket_id = o.ticket_id AND p.state != 'sent'))");

} // namespace

OutboxRepository::OutboxRepository(const QSqlDatabase &db) : m_db(db) {}

QCoro::Task<StoreResult<qint64>> OutboxRepository::enqueue(StoreWriter &writer, OutboxItem item,
                                                           LocalChange localChange)
{
    // A named lambda: GCC 12 copies a lambda temporary inside a co_await expression bytewise,
    // destroying its captures twice.
    auto work = [item = std::move(item),
                 localChange = std::move(localChange)](QSqlDatabase &db) -> StoreResult<qint64> {
        auto id = OutboxRepository(db).insert(item);
        if (!id)
            return id;
        if (localChange) {
            if (auto changed = localChange(db); !changed)
                return StoreResult<qint64>::failure(changed);
        }
        return id;
    };
    auto written = writer.submit(std::move(work));
    co_return co_await written;
}

StoreResult<qint64> OutboxRepository::insert(const OutboxItem &item)
{
    StoreQuery insert(
        m_db, QStringLiteral("INSERT INTO outbox (ticket_id, kind, state, payload, created_at, sent_at, "
                             "attempts, last_error, conflict_reason, seen_last_message_id, "
                             "seen_agent_id, seen_status, remote_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime created = item.createdAt.isValid() ? item.createdAt : QDateTime::currentDateTimeUtc();
    for (const QVariant &value :
         QVariantList{item.ticketId, OutboxItem::name(item.kind), OutboxItem::name(item.state),
                      ColumnValue::fromJson(item.payload), ColumnValue::fromTime(created),
                      ColumnValue::fromTime(item.sentAt), item.attempts, item.lastError, item.conflictReason,
                      item.seenLastMessageId, item.seenAgentId, item.seenStatus, item.remoteId})
        insert.bind(value);
    if (auto ran = insert.exec(); !ran)
        return StoreResult<qint64>::failure(ran);
    return insert.lastInsertId();
}

StoreResult<> OutboxRepository::setState(qint64 id, const QString &sql, const QVariantList &values)
{
    StoreQuery update(m_db, sql);
    for (const QVariant &value : values)
        update.bind(value);
    update.bind(id);
    if (auto ran = update.exec(); !ran)
        return ran;
    if (update.rowsAffected() == 0)
        return StoreResult<>::failure(
            QCoreApplication::translate("OutboxRepository", "The outbox item %1 no longer exists.").arg(id));
    return {};
}

StoreResult<> OutboxRepository::markSending(qint64 id)
{
    return setState(
        id, QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ?"), {});
}

StoreResult<> OutboxRepository::markSent(qint64 id, qint64 remoteId, const QDateTime &sentAt)
{
    return setState(
        id,
        QStringLiteral("UPDATE outbox SET state = 'sent', remote_id = ?, sent_at = ?, last_error = '' "
                       "WHERE id = ?"),
        {remoteId, ColumnValue::fromTime(sentAt)});
}

StoreResult<> OutboxRepository::markFailed(qint64 id, const QString &error)
{
    return setState(id, QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?"),
                    {error});
}

StoreResult<> OutboxRepository::markConflict(qint64 id, const QString &reason)
{
    return setState(id,
                    QStringLiteral("UPDATE outbox SET state = 'conflict', conflict_reason = ? WHERE id = ?"),
                    {reason});
}

StoreResult<> OutboxRepository::markPending(qint64 id)
{
    return setState(
        id, QStringLiteral("UPDATE outbox SET state = 'pending', conflict_reason = '' WHERE id = ?"), {});
}

StoreResult<> OutboxRepository::releaseClaim(qint64 id)
{
    return setState(id,
                    QStringLiteral("UPDATE outbox SET state = 'pending', attempts = max(attempts - 1, 0) "
                                   "WHERE id = ? AND state = 'sending'"),
                    {});
}

StoreResult<> OutboxRepository::updatePayload(qint64 id, const QJsonObject &payload)
{
    return setState(id, QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ? AND state != 'sent'"),
                    {ColumnValue::fromJson(payload)});
}

StoreResult<> OutboxRepository::remove(qint64 id)
{
    return StoreQuery::run(m_db, QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
}

StoreResult<> OutboxRepository::reassignTicket(qint64 fromTicketId, qint64 toTicketId)
{
    return StoreQuery::run(m_db, QStringLiteral("UPDATE outbox SET ticket_id = ? WHERE ticket_id = ?"),
                           {toTicketId, fromTicketId});
}

StoreResult<> OutboxRepository::setTicket(qint64 id, qint64 ticketId)
{
    return setState(id, QStringLiteral("UPDATE outbox SET ticket_id = ? WHERE id = ?"), {ticketId});
}

StoreResult<int> OutboxRepository::pruneSent(const QDateTime &sentBefore)
{
    StoreQuery prune(m_db, QStringLiteral("DELETE FROM outbox WHERE state = 'sent' AND sent_at < ?"));
    prune.bind(ColumnValue::fromTime(sentBefore));
    if (auto ran = prune.exec(); !ran)
        return StoreResult<int>::failure(ran);
    return prune.rowsAffected();
}

StoreResult<QList<OutboxItem>> OutboxRepository::select(const QString &sql, const QVariantList &values) const
{
    StoreQuery query(m_db, sql);
    for (const QVariant &value : values)
        query.bind(value);
    if (auto ran = query.exec(); !ran)
        return StoreResult<QList<OutboxItem>>::failure(ran);
    QList<OutboxItem> items;
    while (query.next())
        items << itemAt(query);
    return items;
}

StoreResult<QList<OutboxItem>> OutboxRepository::heads() const
{
    return select(headsSql.arg(columns) + QStringLiteral(" ORDER BY o.id"), {});
}

StoreResult<QList<OutboxItem>> OutboxRepository::nextPending() const
{
    const auto all = unsent();
    if (!all)
        return all;
    return nextPendingOf(all.value());
}

QList<OutboxItem> OutboxRepository::nextPendingOf(const QList<OutboxItem> &unsent)
{
    QList<OutboxItem> next;
    QSet<qint64> headed; // tickets whose oldest unsent item was seen (unsent() is oldest first)
    for (const OutboxItem &item : unsent) {
        const bool head = item.ticketId == 0 || !headed.contains(item.ticketId);
        headed.insert(item.ticketId);
        if (head && (item.state == OutboxItem::State::Pending || item.state == OutboxItem::State::Sending))
            next << item;
    }
    return next;
}

StoreResult<std::optional<OutboxItem>> OutboxRepository::byId(qint64 id) const
{
    const auto items =
        select(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM outbox WHERE id = ?"), {id});
    if (!items)
        return StoreResult<std::optional<OutboxItem>>::failure(items);
    if (items.value().isEmpty())
        return std::optional<OutboxItem>();
    return std::optional<OutboxItem>(items.value().constFirst());
}

StoreResult<QList<OutboxItem>> OutboxRepository::byTicket(qint64 ticketId) const
{
    return select(QStringLiteral("SELECT ") + columns +
                      QStringLiteral(" FROM outbox WHERE ticket_id = ? ORDER BY id"),
                  {ticketId});
}

StoreResult<QList<OutboxItem>> OutboxRepository::unsent() const
{
    return select(QStringLiteral("SELECT ") + columns +
                      QStringLiteral(" FROM outbox WHERE state != 'sent' ORDER BY id"),
                  {});
}

StoreResult<int> OutboxRepository::countUnsent() const
{
    const auto counted =
        StoreQuery::scalar(m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE state != 'sent'"));
    if (!counted)
        return StoreResult<int>::failure(counted);
    return counted.value().toInt();
}
