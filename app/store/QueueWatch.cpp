#include "store/QueueWatch.h"

#include "store/BuiltInQueue.h"
#include "store/StoreSettings.h"
#include "store/TicketRepository.h"

#include <algorithm>

QStringList QueueWatch::watchedQueues(const QSqlDatabase &db)
{
    const auto saved = StoreSettings(db).value(settingKey());
    if (!saved || !saved.value().isValid())
        return defaultQueues();
    QStringList names;
    for (const QString &name : saved.value().toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (BuiltInQueue::find(name))
            names << name;
    return names;
}

void QueueWatch::setQueues(const QStringList &names, qint64 me)
{
    if (names == m_queues && me == m_me)
        return;
    m_queues = names;
    m_me = me;
    m_seen.clear();
    m_first = true; // a new choice takes stock again rather than announcing a whole queue
}

StoreResult<QueueWatch::Look> QueueWatch::look(const QSqlDatabase &db)
{
    Look look;
    QSet<qint64> now;
    QList<Ticket> candidates;
    const TicketRepository tickets(db);
    for (const QString &name : m_queues) {
        const BuiltInQueue *queue = BuiltInQueue::find(name);
        if (!queue)
            continue;
        TicketListQuery query = queue->query(m_me);
        const auto count = tickets.count(query);
        if (!count)
            return StoreResult<Look>::failure(count);
        look.count += count.value();
        query.sort = TicketListQuery::Sort::Created;
        query.descending = true;
        query.limit = newestLooked;
        const auto newest = tickets.list(query);
        if (!newest)
            return StoreResult<Look>::failure(newest);
        for (const Ticket &ticket : newest.value()) {
            if (now.contains(ticket.id))
                continue;
            now.insert(ticket.id);
            if (!m_first && !m_seen.contains(ticket.id) && ticket.id > 0)
                candidates << ticket;
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Ticket &a, const Ticket &b) { return a.dateCreated > b.dateCreated; });
    look.arrived = candidates;
    m_seen.unite(now);
    m_first = false;
    return look;
}
