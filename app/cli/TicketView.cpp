#include "TicketView.h"

#include "content/HtmlSanitizer.h"
#include "store/ReferenceData.h"
#include "store/TicketRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString isoDate(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

TicketView::TicketView(const QSqlDatabase &db) : m_db(db)
{
    ReferenceData reference(db);
    if (const auto departments = reference.departments())
        for (const Department &department : departments.value())
            m_departments.insert(department.id, department.title);
    if (const auto statuses = reference.statuses())
        for (const TicketStatus &status : statuses.value())
            m_statuses.insert(status.code, status.title);
}

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

QString TicketView::personName(qint64 id) const
{
    if (id <= 0)
        return {};
    if (const auto cached = m_people.constFind(id); cached != m_people.constEnd())
        return *cached;
    QString name;
    if (const auto person = ReferenceData(m_db).person(id); person && person.value())
        name = person.value()->name.isEmpty() ? person.value()->email : person.value()->name;
    m_people.insert(id, name);
    return name;
}

QString TicketView::line(const Ticket &ticket) const
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5")
        .arg(ticket.id)
        .arg(ticket.ref, m_statuses.value(ticket.status, ticket.status), personName(ticket.personId),
             ticket.subject);
}

QString TicketView::details(const Ticket &ticket) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("cli", text); };
    QStringList lines;
    lines << QStringLiteral("#%1 %2  %3").arg(ticket.id).arg(ticket.ref, ticket.subject);
    lines << tr("Status: %1   Agent: %2   Department: %3   Urgency: %4")
                 .arg(m_statuses.value(ticket.status, ticket.status),
                      ticket.agentId > 0 ? personName(ticket.agentId) : tr("unassigned"),
                      m_departments.value(ticket.departmentId))
                 .arg(ticket.urgency);
    lines << tr("Customer: %1   Labels: %2")
                 .arg(personName(ticket.personId), ticket.labels.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

QString TicketView::text(const Message &message) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("cli", text); };
    const QString kind = message.isNote ? tr("internal note") : tr("reply");
    return QStringLiteral("\n--- %1, %2, %3 ---\n%4")
        .arg(personName(message.personId), kind, message.dateCreated.toLocalTime().toString(Qt::ISODate),
             HtmlSanitizer::toPlainText(message.html));
}

QJsonObject TicketView::json(const Ticket &ticket) const
{
    return QJsonObject{
        {QStringLiteral("id"), ticket.id},
        {QStringLiteral("ref"), ticket.ref},
        {QStringLiteral("subject"), ticket.subject},
        {QStringLiteral("status"), ticket.status},
        {QStringLiteral("status_title"), m_statuses.value(ticket.status, ticket.status)},
        {QStringLiteral("person"), ticket.personId},
        {QStringLiteral("person_name"), personName(ticket.personId)},
        {QStringLiteral("agent"), ticket.agentId},
        {QStringLiteral("agent_name"), personName(ticket.agentId)},
        {QStringLiteral("agent_team"), ticket.teamId},
        {QStringLiteral("department"), ticket.departmentId},
        {QStringLiteral("department_title"), m_departments.value(ticket.departmentId)},
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
        {QStringLiteral("person_name"), personName(message.personId)},
        {QStringLiteral("is_note"), message.isNote},
        {QStringLiteral("date_created"), isoDate(message.dateCreated)},
        {QStringLiteral("text"), HtmlSanitizer::toPlainText(message.html)},
    };
}
