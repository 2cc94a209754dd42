#include "ReferenceNames.h"

#include "store/ReferenceData.h"

#include <QSet>

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

void ReferenceNames::readPeople(const QList<qint64> &ids)
{
    // Those not read yet: a name read stays as read (person() keeps it too), and the next page of
    // a list mostly names the same agents again.
    QList<qint64> wanted;
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (id > 0 && !m_people.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            wanted << id;
        }
    }
    if (wanted.isEmpty())
        return;
    const auto people = ReferenceData(m_db).people(wanted);
    if (!people)
        return; // person() asks one by one, as before
    for (const qint64 id : std::as_const(wanted))
        m_people.insert(id, QString()); // unknown here: asking again would not make it known
    for (const Person &person : people.value())
        m_people.insert(person.id, person.name.isEmpty() ? person.email : person.name);
}
