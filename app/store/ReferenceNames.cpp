#include "ReferenceNames.h"

#include "store/ReferenceData.h"

ReferenceNames::ReferenceNames(const QSqlDatabase &db) : m_db(db)
{
    ReferenceData reference(db);
    if (const auto departments = reference.departments())
        for (const Department &department : departments.value())
            m_departments.insert(department.id, department.title);
    if (const auto statuses = reference.statuses())
        for (const TicketStatus &status : statuses.value())
            m_statuses.insert(status.code, status.title);
}

QString ReferenceNames::person(qint64 id) const
{
    if (id <= 0)
        return {};
    if (const auto cached = m_people.constFind(id); cached != m_people.constEnd())
        return *cached;
    QString name;
    if (const auto found = ReferenceData(m_db).person(id); found && found.value())
        name = found.value()->name.isEmpty() ? found.value()->email : found.value()->name;
    m_people.insert(id, name);
    return name;
}
