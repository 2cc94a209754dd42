#pragma once

#include "domain/Ticket.h"
#include "store/StoreResult.h"

#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

// Which tickets are new in the queues the agent watches (built-in queue names, kept per account
// in the store's settings), between one look at the store and the next: what the tray counts and
// notifies. The first look only takes stock.
class QueueWatch
{
public:
    static QString settingKey() { return QStringLiteral("notify/watched_queues"); }
    static QStringList defaultQueues() { return {QStringLiteral("mine"), QStringLiteral("unassigned")}; }
    // The account's choice, or the default when it has made none.
    static QStringList watchedQueues(const QSqlDatabase &db);

    struct Look
    {
        int count = 0;         // tickets in the watched queues now
        QList<Ticket> arrived; // in a watched queue now, in none at the last look; newest first
    };

    void setQueues(const QStringList &names, qint64 me);
    QStringList queues() const { return m_queues; }
    StoreResult<Look> look(const QSqlDatabase &db);

    static constexpr int newestLooked = 500; // per queue: new tickets are among the newest

private:
    QStringList m_queues;
    qint64 m_me = 0;
    QSet<qint64> m_seen;
    bool m_first = true;
};
