#include "OutboxView.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OutboxView", text);
}

} // namespace

QString OutboxView::line(const OutboxItem &item)
{
    QString text = QStringLiteral("%1\t%2\tticket %3\t%4")
                       .arg(item.id)
                       .arg(OutboxItem::name(item.kind))
                       .arg(item.ticketId)
                       .arg(OutboxItem::name(item.state));
    const QString why = item.state == OutboxItem::State::Conflict ? item.conflictReason : item.lastError;
    if (!why.isEmpty())
        text += QLatin1Char('\t') + why;
    return text;
}

QString OutboxView::sentLine(const OutboxItem &item)
{
    switch (item.kind) {
    case OutboxItem::Kind::NewTicket:
        return tr("Created ticket %1.").arg(item.remoteId);
    case OutboxItem::Kind::Change:
        return tr("Ticket %1 changed.").arg(item.ticketId);
    case OutboxItem::Kind::Note:
        return tr("Note added to ticket %1 (message %2).").arg(item.ticketId).arg(item.remoteId);
    case OutboxItem::Kind::Reply:
        break;
    }
    return tr("Reply sent on ticket %1 (message %2).").arg(item.ticketId).arg(item.remoteId);
}

QJsonObject OutboxView::json(const OutboxItem &item)
{
    return QJsonObject{{QStringLiteral("id"), item.id},
                       {QStringLiteral("ticket"), item.ticketId},
                       {QStringLiteral("kind"), OutboxItem::name(item.kind)},
                       {QStringLiteral("state"), OutboxItem::name(item.state)},
                       {QStringLiteral("attempts"), item.attempts},
                       {QStringLiteral("created_at"), item.createdAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("last_error"), item.lastError},
                       {QStringLiteral("conflict"), item.conflictReason}};
}

QString OutboxView::summary(const OutboxSummary &summary)
{
    QString text = tr("Sent %1, failed %2, held %3, still waiting %4.")
                       .arg(summary.sent)
                       .arg(summary.failed)
                       .arg(summary.held)
                       .arg(summary.pending);
    if (summary.offline)
        text +=
            QLatin1Char(' ') + tr("The helpdesk could not be reached; waiting items go with the next send.");
    else if (summary.pending > 0 && !summary.lastError.isEmpty())
        text += QLatin1Char(' ') + summary.lastError; // why they wait (another Deskhand sending, the store)
    return text;
}
