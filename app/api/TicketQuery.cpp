#include "TicketQuery.h"

#include <algorithm>

namespace {

QString isoDate(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate).replace(QLatin1String("Z"), QLatin1String("+00:00"));
}

void addIds(QList<QPair<QString, QString>> *query, const QString &name, const QList<qint64> &ids)
{
    // One value as "name", several in PHP's array form.
    for (const qint64 id : ids)
        query->append({ids.size() == 1 ? name : name + QStringLiteral("[]"), QString::number(id)});
}

} // namespace

QString TicketQuery::DateRange::toQueryValue() const
{
    if (from.isValid() && to.isValid())
        return isoDate(from) + QStringLiteral("--") + isoDate(to);
    if (from.isValid())
        return QStringLiteral(">=") + isoDate(from);
    if (to.isValid())
        return QStringLiteral("<=") + isoDate(to);
    return {};
}

QList<QPair<QString, QString>> TicketQuery::toQuery() const
{
    QList<QPair<QString, QString>> query;
    query.append({QStringLiteral("page"), QString::number(std::max(1, page))});
    query.append({QStringLiteral("count"), QString::number(std::clamp(count, 1, 200))});
    if (!ids.isEmpty()) {
        QStringList list;
        for (const qint64 id : ids)
            list << QString::number(id);
        query.append({QStringLiteral("ids"), list.join(u',')});
    }
    for (const QString &status : statuses)
        query.append({statuses.size() == 1 ? QStringLiteral("status") : QStringLiteral("status[]"), status});
    addIds(&query, QStringLiteral("agent"), agents);
    addIds(&query, QStringLiteral("agent_team"), teams);
    addIds(&query, QStringLiteral("department"), departments);
    addIds(&query, QStringLiteral("person"), people);
    for (const QString &label : labels)
        query.append({labels.size() == 1 ? QStringLiteral("label") : QStringLiteral("label[]"), label});
    if (!dateCreated.isEmpty())
        query.append({QStringLiteral("date_created"), dateCreated.toQueryValue()});
    if (!dateLastUserReply.isEmpty())
        query.append({QStringLiteral("date_last_user_reply"), dateLastUserReply.toQueryValue()});
    if (!dateLastAgentReply.isEmpty())
        query.append({QStringLiteral("date_last_agent_reply"), dateLastAgentReply.toQueryValue()});
    if (!orderBy.isEmpty())
        query.append({QStringLiteral("order_by"), orderBy});
    if (!orderDir.isEmpty())
        query.append({QStringLiteral("order_dir"), orderDir});
    if (!include.isEmpty())
        query.append({QStringLiteral("include"), include.join(u',')});
    return query;
}
