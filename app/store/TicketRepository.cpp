#include "store/TicketRepository.h"

#include "store/ColumnValue.h"
#include "store/SearchIndex.h"
#include "store/StoreQuery.h"

namespace {

const QString columns = QStringLiteral(
    "id, ref, subject, status, person_id, agent_id, team_id, department_id, priority_id, organization_id, "
    "language_id, urgency, labels, star_id, sla_status, fields, ticket_hash, count_agent_replies, "
    "count_user_replies, has_attachments, date_created, date_status, date_resolved, date_last_agent_reply, "
    "date_last_user_reply, last_activity");

QVariantList valuesOf(const Ticket &t)
{
    using namespace ColumnValue;
    return {t.id,
            t.ref,
            t.subject,
            t.status,
            t.personId,
            t.agentId,
            t.teamId,
            t.departmentId,
            t.priorityId,
            t.organizationId,
            t.languageId,
            t.urgency,
            fromStrings(t.labels),
            t.starId,
            t.slaStatus,
            fromJson(t.fields),
            t.ticketHash,
            t.countAgentReplies,
            t.countUserReplies,
            t.hasAttachments,
            fromTime(t.dateCreated),
            fromTime(t.dateStatus),
            fromTime(t.dateResolved),
            fromTime(t.dateLastAgentReply),
            fromTime(t.dateLastUserReply),
            fromTime(t.lastActivity())};
}

Ticket ticketAt(const StoreQuery &q)
{
    using namespace ColumnValue;
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.ref = q.value(1).toString();
    t.subject = q.value(2).toString();
    t.status = q.value(3).toString();
    t.personId = q.value(4).toLongLong();
    t.agentId = q.value(5).toLongLong();
    t.teamId = q.value(6).toLongLong();
    t.departmentId = q.value(7).toLongLong();
    t.priorityId = q.value(8).toLongLong();
    t.organizationId = q.value(9).toLongLong();
    t.languageId = q.value(10).toLongLong();
    t.urgency = q.value(11).toInt();
    t.labels = toStrings(q.value(12));
    t.starId = q.value(13).toLongLong();
    t.slaStatus = q.value(14).toString();
    t.fields = toJsonObject(q.value(15));
    t.ticketHash = q.value(16).toString();
    t.countAgentReplies = q.value(17).toInt();
    t.countUserReplies = q.value(18).toInt();
    t.hasAttachments = q.value(19).toBool();
    t.dateCreated = toTime(q.value(20));
    t.dateStatus = toTime(q.value(21));
    t.dateResolved = toTime(q.value(22));
    t.dateLastAgentReply = toTime(q.value(23));
    t.dateLastUserReply = toTime(q.value(24));
    return t;
}

QString sortColumn(TicketListQuery::Sort sort)
{
    switch (sort) {
    case TicketListQuery::Sort::LastActivity:
        return QStringLiteral("t.last_activity");
    case TicketListQuery::Sort::Created:
        return QStringLiteral("t.date_created");
    case TicketListQuery::Sort::Urgency:
        return QStringLiteral("t.urgency");
    case TicketListQuery::Sort::Status:
        return QStringLiteral("t.status");
    case TicketListQuery::Sort::Subject:
        return QStringLiteral("t.subject COLLATE NOCASE");
    case TicketListQuery::Sort::Id:
        return QStringLiteral("t.id");
    }
    return QStringLiteral("t.id");
}

// The FROM and WHERE of a query, with placeholders only; `values` gets what they bind.
QString whereOf(const TicketListQuery &query, QVariantList &values)
{
    QString sql = QStringLiteral(" FROM tickets t");
    QStringList conditions;
    if (query.filterId != 0) {
        sql += QStringLiteral(" JOIN filter_tickets f ON f.ticket_id = t.id AND f.filter_id = ?");
        values << query.filterId;
    }
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : query.statuses) {
            marks << QStringLiteral("?");
            values << status;
        }
        conditions << QStringLiteral("t.status IN (%1)").arg(marks.join(u','));
    }
    const auto equal = [&](const std::optional<qint64> &value, const QString &column) {
        if (value) {
            conditions << column + QStringLiteral(" = ?");
            values << *value;
        }
    };
    equal(query.agentId, QStringLiteral("t.agent_id"));
    equal(query.teamId, QStringLiteral("t.team_id"));
    equal(query.departmentId, QStringLiteral("t.department_id"));
    equal(query.personId, QStringLiteral("t.person_id"));
    if (query.starredOnly)
        conditions << QStringLiteral("t.star_id != 0");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql;
}

// The list's order (ties by id, the same way) and its page; the limit and offset go to `values`.
QString orderAndPage(const TicketListQuery &query, QVariantList &values)
{
    values << query.limit << query.offset;
    return QStringLiteral(" ORDER BY ") + sortColumn(query.sort) +
           (query.descending ? QStringLiteral(" DESC, t.id DESC") : QStringLiteral(" ASC, t.id ASC")) +
           QStringLiteral(" LIMIT ? OFFSET ?");
}

} // namespace

TicketRepository::TicketRepository(const QSqlDatabase &db) : m_db(db) {}

StoreResult<> TicketRepository::upsert(const Ticket &ticket)
{
    const QVariantList values = valuesOf(ticket);
    // Not REPLACE: that would delete the row and cascade to its messages.
    QVariantList updateValues = values.mid(1);
    updateValues << ticket.id;
    const auto written = StoreQuery::insertOrUpdate(
        m_db,
        QStringLiteral("INSERT OR IGNORE INTO tickets (") + columns +
            QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        values,
        QStringLiteral("UPDATE tickets SET ref = ?, subject = ?, status = ?, person_id = ?, agent_id = ?, "
                       "team_id = ?, department_id = ?, priority_id = ?, organization_id = ?, "
                       "language_id = ?, urgency = ?, labels = ?, star_id = ?, sla_status = ?, fields = ?, "
                       "ticket_hash = ?, count_agent_replies = ?, count_user_replies = ?, "
                       "has_attachments = ?, date_created = ?, date_status = ?, date_resolved = ?, "
                       "date_last_agent_reply = ?, date_last_user_reply = ?, last_activity = ? "
                       "WHERE id = ?"),
        updateValues);
    if (!written)
        return StoreResult<>::failure(written);
    return SearchIndex(m_db).indexTicket(ticket);
}

StoreResult<> TicketRepository::upsert(const QList<Ticket> &tickets)
{
    for (const Ticket &ticket : tickets) {
        if (auto put = upsert(ticket); !put)
            return put;
    }
    return {};
}

StoreResult<QStringList> TicketRepository::remove(const QList<qint64> &ticketIds)
{
    QStringList files;
    SearchIndex index(m_db);
    for (qint64 id : ticketIds) {
        StoreQuery local(m_db, QStringLiteral("SELECT local_file FROM attachments WHERE ticket_id = ? "
                                              "AND local_file IS NOT NULL"));
        local.bind(id);
        if (auto ran = local.exec(); !ran)
            return StoreResult<QStringList>::failure(ran);
        while (local.next())
            files << local.value(0).toString();
        if (auto dropped = index.removeTicket(id); !dropped)
            return StoreResult<QStringList>::failure(dropped);
        // Messages, attachment rows and filter membership follow through ON DELETE CASCADE.
        if (auto ran = StoreQuery::run(m_db, QStringLiteral("DELETE FROM tickets WHERE id = ?"), {id}); !ran)
            return StoreResult<QStringList>::failure(ran);
    }
    return files;
}

StoreResult<> TicketRepository::addToFilter(qint64 filterId, const QList<qint64> &ticketIds, qint64 pass)
{
    for (qint64 id : ticketIds) {
        if (auto ran = StoreQuery::run(
                m_db,
                QStringLiteral(
                    "INSERT OR REPLACE INTO filter_tickets (filter_id, ticket_id, pass) VALUES (?, ?, ?)"),
                {filterId, id, pass});
            !ran)
            return ran;
    }
    return {};
}

StoreResult<> TicketRepository::dropFromFilterExceptPass(qint64 filterId, qint64 pass)
{
    return StoreQuery::run(m_db,
                           QStringLiteral("DELETE FROM filter_tickets WHERE filter_id = ? AND pass != ?"),
                           {filterId, pass});
}

StoreResult<std::optional<Ticket>> TicketRepository::byId(qint64 id) const
{
    StoreQuery query(m_db,
                     QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM tickets WHERE id = ?"));
    query.bind(id);
    if (auto ran = query.exec(); !ran)
        return StoreResult<std::optional<Ticket>>::failure(ran);
    if (!query.next())
        return std::optional<Ticket>();
    return std::optional<Ticket>(ticketAt(query));
}

StoreResult<std::optional<Ticket>> TicketRepository::byRef(const QString &ref) const
{
    StoreQuery query(m_db, QStringLiteral("SELECT ") + columns +
                               QStringLiteral(" FROM tickets WHERE ref = ? COLLATE NOCASE LIMIT 1"));
    query.bind(ref);
    if (auto ran = query.exec(); !ran)
        return StoreResult<std::optional<Ticket>>::failure(ran);
    if (!query.next())
        return std::optional<Ticket>();
    return std::optional<Ticket>(ticketAt(query));
}

StoreResult<QList<Ticket>> TicketRepository::list(const TicketListQuery &query) const
{
    QVariantList values;
    QString prefixed;
    for (const QString &column : columns.split(QStringLiteral(", ")))
        prefixed += (prefixed.isEmpty() ? QStringLiteral("t.") : QStringLiteral(", t.")) + column;
    const QString where = whereOf(query, values); // its values first, then the page's
    const QString sql = QStringLiteral("SELECT ") + prefixed + where + orderAndPage(query, values);
    StoreQuery select(m_db, sql);
    for (const QVariant &value : std::as_const(values))
        select.bind(value);
    if (auto ran = select.exec(); !ran)
        return StoreResult<QList<Ticket>>::failure(ran);
    QList<Ticket> tickets;
    while (select.next())
        tickets << ticketAt(select);
    return tickets;
}

StoreResult<QList<qint64>> TicketRepository::listIds(const TicketListQuery &query) const
{
    QVariantList values;
    const QString where = whereOf(query, values); // its values first, then the page's
    const QString sql = QStringLiteral("SELECT t.id") + where + orderAndPage(query, values);
    StoreQuery select(m_db, sql);
    for (const QVariant &value : std::as_const(values))
        select.bind(value);
    if (auto ran = select.exec(); !ran)
        return StoreResult<QList<qint64>>::failure(ran);
    QList<qint64> ids;
    while (select.next())
        ids << select.value(0).toLongLong();
    return ids;
}

StoreResult<QList<Ticket>> TicketRepository::byIds(const QList<qint64> &ids) const
{
    QList<Ticket> tickets;
    auto read = StoreQuery::forEachChunk(
        m_db, QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM tickets WHERE id IN (%1)"), ids, {},
        [&tickets](const StoreQuery &row) { tickets << ticketAt(row); });
    if (!read)
        return StoreResult<QList<Ticket>>::failure(read);
    return tickets;
}

StoreResult<int> TicketRepository::count(const TicketListQuery &query) const
{
    QVariantList values;
    const auto counted =
        StoreQuery::scalar(m_db, QStringLiteral("SELECT count(*)") + whereOf(query, values), values);
    if (!counted)
        return StoreResult<int>::failure(counted);
    return counted.value().toInt();
}

StoreResult<QHash<qint64, int>> TicketRepository::countsByFilter() const
{
    StoreQuery query(m_db,
                     QStringLiteral("SELECT filter_id, count(*) FROM filter_tickets GROUP BY filter_id"));
    if (auto ran = query.exec(); !ran)
        return StoreResult<QHash<qint64, int>>::failure(ran);
    QHash<qint64, int> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}
