#include "BuiltInQueue.h"

#include <QCoreApplication>

QStringList BuiltInQueue::openStatuses()
{
    return {QStringLiteral("awaiting_agent"), QStringLiteral("awaiting_user"), QStringLiteral("pending")};
}

const QList<BuiltInQueue> &BuiltInQueue::all()
{
    static const QList<BuiltInQueue> queues{
        {QStringLiteral("mine"), QT_TRANSLATE_NOOP("BuiltInQueue", "My open tickets")},
        {QStringLiteral("unassigned"), QT_TRANSLATE_NOOP("BuiltInQueue", "Unassigned")},
        {QStringLiteral("awaiting-agent"), QT_TRANSLATE_NOOP("BuiltInQueue", "Awaiting agent")},
        {QStringLiteral("awaiting-user"), QT_TRANSLATE_NOOP("BuiltInQueue", "Awaiting user")},
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("BuiltInQueue", "Pending")},
        {QStringLiteral("starred"), QT_TRANSLATE_NOOP("BuiltInQueue", "Starred")},
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("BuiltInQueue", "All open tickets")},
        {QStringLiteral("all"), QT_TRANSLATE_NOOP("BuiltInQueue", "Everything synced")},
    };
    return queues;
}

const BuiltInQueue *BuiltInQueue::find(const QString &name)
{
    for (const BuiltInQueue &queue : all())
        if (queue.name == name)
            return &queue;
    return nullptr;
}

QString BuiltInQueue::displayTitle() const
{
    return QCoreApplication::translate("BuiltInQueue", title);
}

TicketListQuery BuiltInQueue::query(qint64 me) const
{
    TicketListQuery query;
    if (name == QLatin1String("mine")) {
        query.agentId = me;
        query.statuses = openStatuses();
    } else if (name == QLatin1String("unassigned")) {
        query.agentId = 0;
        query.statuses = openStatuses();
    } else if (name == QLatin1String("awaiting-agent")) {
        query.statuses = {QStringLiteral("awaiting_agent")};
    } else if (name == QLatin1String("awaiting-user")) {
        query.statuses = {QStringLiteral("awaiting_user")};
    } else if (name == QLatin1String("pending")) {
        query.statuses = {QStringLiteral("pending")};
    } else if (name == QLatin1String("starred")) {
        query.starredOnly = true;
    } else if (name == QLatin1String("open")) {
        query.statuses = openStatuses();
    }
    return query;
}
