#include "TicketView.h"

#include "content/HtmlSanitizer.h"
#include "i18n/TimeText.h"
#include "store/TicketRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString isoDate(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

TicketView::TicketView(const QSqlDatabase &db) : m_names(db) {}

std::optional<Ticket> TicketView::find(const QSqlDatabase &db, const QString &idOrRef)
{
    TicketRepository tickets(db);
    QString key = idOrRef.trimmed();
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber) {
        if (const auto found = tickets.byId(id); found && found.value())
            return found.value();
    }
    if (key.startsWith(QLatin1String("ref:"), Qt::CaseInsensitive))
        key = key.mid(4);
    if (const auto found = tickets.byRef(key); found && found.value())
        return found.value();
    return std::nullopt;
}

QString TicketView::line(const Ticket &ticket) const
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5")
        .arg(ticket.id)
        .arg(ticket.ref, m_names.status(ticket.status), m_names.person(ticket.personId), ticket.subject);
}

QString TicketView::details(const Ticket &ticket) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("TicketView", text); };
    QStringList lines;
    lines << QStringLiteral("#%1 %2  %3").arg(ticket.id).arg(ticket.ref, ticket.subject);
    lines << tr("Status: %1   Agent: %2   Department: %3   Urgency: %4")
                 .arg(m_names.status(ticket.status),
                      ticket.agentId > 0 ? m_names.person(ticket.agentId) : tr("unassigned"),
                      m_names.department(ticket.departmentId))
                 .arg(ticket.urgency);
    lines << tr("Customer: %1   Labels: %2")
                 .arg(m_names.person(ticket.personId), ticket.labels.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

QString TicketView::text(const Message &message) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("TicketView", text); };
    const QString kind = message.isNote ? tr("internal note") : tr("reply");
    return QStringLiteral("\n--- %1, %2, %3 ---\n%4")
        .arg(m_names.person(message.personId), kind, TimeText::dateTime(message.dateCreated),
             HtmlSanitizer::toPlainText(message.html));
}

QJsonObject TicketView::json(const Ticket &ticket) const
{
    return QJsonObject{
        {QStringLiteral("id"), ticket.id},
        {QStringLiteral("ref"), ticket.ref},
        {QStringLiteral("subject"), ticket.subject},
        {QStringLiteral("status"), ticket.status},
        {QStringLiteral("status_title"), m_names.status(ticket.status)},
        {QStringLiteral("person"), ticket.personId},
        {QStringLiteral("person_name"), m_names.person(ticket.personId)},
        {QStringLiteral("agent"), ticket.agentId},
        {QStringLiteral("agent_name"), m_names.person(ticket.agentId)},
        {QStringLiteral("agent_team"), ticket.teamId},
        {QStringLiteral("department"), ticket.departmentId},
        {QStringLiteral("department_title"), m_names.department(ticket.departmentId)},
        {QStringLiteral("priority"), ticket.priorityId},
        {QStringLiteral("urgency"), ticket.urgency},
        {QStringLiteral("labels"), QJsonArray::fromStringList(ticket.labels)},
        {QStringLiteral("sla_status"), ticket.slaStatus},
        {QStringLiteral("date_created"), isoDate(ticket.dateCreated)},
        {QStringLiteral("last_activity"), isoDate(ticket.lastActivity())},
    };
}

QJsonObject TicketView::json(const Message &message) const
{
    return QJsonObject{
        {QStringLiteral("id"), message.id},
        {QStringLiteral("person"), message.personId},
        {QStringLiteral("person_name"), m_names.person(message.personId)},
        {QStringLiteral("is_note"), message.isNote},
        {QStringLiteral("date_created"), isoDate(message.dateCreated)},
        {QStringLiteral("text"), HtmlSanitizer::toPlainText(message.html)},
    };
}
