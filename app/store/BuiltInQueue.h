#pragma once

#include "store/TicketListQuery.h"

#include <QList>
#include <QString>

// The queues every agent has, whatever the helpdesk's filters: computed from the store, so they
// work offline. The GUI's sidebar and `deskhand-cli queues` show the same ones.
struct BuiltInQueue
{
    QString name;      // stable, for scripts: "mine", "unassigned", "awaiting-agent", …
    const char *title; // untranslated; see displayTitle()

    QString displayTitle() const;
    // The store query for this queue, for the agent `me` (their person id).
    TicketListQuery query(qint64 me) const;

    static const QList<BuiltInQueue> &all();
    static const BuiltInQueue *find(const QString &name);
    static QStringList openStatuses();
};
