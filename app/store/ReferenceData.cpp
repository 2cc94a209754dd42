#include "store/ReferenceData.h"

#include "store/ColumnValue.h"
#include "store/SearchIndex.h"
#include "store/StoreQuery.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

// Runs `sql` with each row's values; stops at the first failure.
template <typename T, typename Values>
StoreResult<> insertAll(const QSqlDatabase &db, const QString &sql, const QList<T> &items, Values values)
{
    for (const T &item : items) {
        if (auto ran = StoreQuery::run(db, sql, values(item)); !ran)
            return ran;
    }
    return {};
}

template <typename T, typename Read>
StoreResult<QList<T>> selectAll(const QSqlDatabase &db, const QString &sql, Read read)
{
    StoreQuery query(db, sql);
    if (auto ran = query.exec(); !ran)
        return StoreResult<QList<T>>::failure(ran);
    QList<T> items;
    while (query.next())
        items << read(query);
    return items;
}

QString choicesToJson(const QList<QPair<qint64, QString>> &choices)
{
    QJsonArray array;
    for (const auto &[id, title] : choices)
        array.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), title}});
    return ColumnValue::fromJson(array);
}

QList<QPair<qint64, QString>> choicesFromJson(const QVariant &value)
{
    QList<QPair<qint64, QString>> choices;
    for (const QJsonValue &item : ColumnValue::toJsonArray(value)) {
        const QJsonObject choice = item.toObject();
        choices.append({qint64(choice.value(QStringLiteral("id")).toDouble()),
                        choice.value(QStringLiteral("title")).toString()});
    }
    return choices;
}

QString layoutToJson(const QList<TicketLayout::Field> &fields)
{
    QJsonArray array;
    for (const auto &field : fields)
        array.append(QJsonObject{{QStringLiteral("type"), field.type},
                                 {QStringLiteral("id"), field.id},
                                 {QStringLiteral("required"), field.required}});
    return ColumnValue::fromJson(array);
}

QList<TicketLayout::Field> layoutFromJson(const QVariant &value)
{
    QList<TicketLayout::Field> fields;
    for (const QJsonValue &item : ColumnValue::toJsonArray(value)) {
        const QJsonObject field = item.toObject();
        fields.append({field.value(QStringLiteral("type")).toString(),
                       field.value(QStringLiteral("id")).toString(),
                       field.value(QStringLiteral("required")).toBool()});
    }
    return fields;
}

QString textsToJson(const QList<Snippet::Text> &texts)
{
    QJsonArray array;
    for (const Snippet::Text &text : texts)
        array.append(QJsonObject{{QStringLiteral("locale"), text.locale},
                                 {QStringLiteral("title"), text.title},
                                 {QStringLiteral("html"), text.html}});
    return ColumnValue::fromJson(array);
}

QList<Snippet::Text> textsFromJson(const QVariant &value)
{
    QList<Snippet::Text> texts;
    for (const QJsonValue &item : ColumnValue::toJsonArray(value)) {
        const QJsonObject text = item.toObject();
        texts.append({text.value(QStringLiteral("locale")).toString(),
                      text.value(QStringLiteral("title")).toString(),
                      text.value(QStringLiteral("html")).toString()});
    }
    return texts;
}

// A filter's terms may be any JSON value; it is kept wrapped in an array.
QString termsToJson(const QJsonValue &terms)
{
    return ColumnValue::fromJson(QJsonArray{terms});
}

QJsonValue termsFromJson(const QVariant &value)
{
    return ColumnValue::toJsonArray(value).at(0);
}

} // namespace

ReferenceData::ReferenceData(const QSqlDatabase &db) : m_db(db) {}

StoreResult<> ReferenceData::replaceDepartments(const QList<Department> &departments)
{
    if (auto ran = StoreQuery::run(m_db, QStringLiteral("DELETE FROM departments")); !ran)
        return ran;
    return insertAll(
        m_db,
        QStringLiteral("INSERT INTO departments (id, title, parent_id, display_order) VALUES (?, ?, ?, ?)"),
        departments, [](const Department &d) -> QVariantList {
            return {d.id, d.title, d.parentId, d.displayOrder};
        });
}

StoreResult<> ReferenceData::replaceStatuses(const QList<TicketStatus> &statuses)
{
    if (auto ran = StoreQuery::run(m_db, QStringLiteral("DELETE FROM statuses")); !ran)
        return ran;
    return insertAll(
        m_db, QStringLiteral("INSERT INTO statuses (code, title, type, display_order) VALUES (?, ?, ?, ?)"),
        statuses, [](const TicketStatus &s) -> QVariantList {
            return {s.code, s.title, s.type, s.displayOrder};
        });
}

StoreResult<> ReferenceData::replacePriorities(const QList<Priority> &priorities)
{
    if (auto ran = StoreQuery::run(m_db, QStringLiteral("DELETE FROM priorities")); !ran)
        return ran;
    return insertAll(m_db, QStringLiteral("INSERT INTO priorities (id, title, weight) VALUES (?, ?, ?)"),
                     priorities, [](const Priority &p) -> QVariantList {
                         return {p.id, p.title, p.weight};
                     });
}

StoreResult<> ReferenceData::replaceTeams(const QList<Team> &teams)
{
    if (auto ran = StoreQuery::run(m_db, QStringLiteral("DELETE FROM teams")); !ran)
        return ran;
    for (const Team &team : teams) {
        if (auto ran = StoreQuery::run(m_db, QStringLiteral("INSERT INTO teams (id, name) VALUES (?, ?)"),
                                       {team.id, team.name});
            !ran)
            return ran;
        for (qint64 agent : team.agentIds) {
            if (auto ran = StoreQuery::run(
                    m_db,
                    QStringLiteral("INSERT OR IGNORE INTO team_members (team_id, agent_id) VALUES (?, ?)"),
                    {team.id, agent});
                !ran)
                return ran;
        }
    }
    return {};
}

StoreResult<> ReferenceData::replaceCustomFields(const QList<CustomField> &fields)
{
    if (auto ran = StoreQuery::run(m_db, QStringLiteral("DELETE FROM custom_fields")); !ran)
        return ran;
    return insertAll(
        m_db,
        QStringLiteral("INSERT INTO custom_fields (id, title, widget_type, choices, display_order, "
                       "is_enabled) VALUES (?, ?, ?, ?, ?, ?)"),
        fields, [](const CustomField &f) -> QVariantList {
            return {f.id, f.title, f.widgetType, choicesToJson(f.choices), f.displayOrder, f.isEnabled};
        });
}

StoreResult<> ReferenceData::replaceLayouts(const QList<TicketLayout> &layouts)
{
    if (auto ran = StoreQuery::run(m_db, QStringLiteral("DELETE FROM layouts")); !ran)
        return ran;
    return insertAll(m_db, QStringLiteral("INSERT INTO layouts (department_id, fields) VALUES (?, ?)"),
                     layouts, [](const TicketLayout &l) -> QVariantList {
                         return {l.departmentId, layoutToJson(l.fields)};
                     });
}

StoreResult<> ReferenceData::replaceSnippets(const QList<Snippet> &snippets)
{
    if (auto ran = StoreQuery::run(m_db, QStringLiteral("DELETE FROM snippets")); !ran)
        return ran;
    return insertAll(m_db,
                     QStringLiteral("INSERT INTO snippets (id, category_id, shortcut_code, title, texts) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     snippets, [](const Snippet &s) -> QVariantList {
                         return {s.id, s.categoryId, s.shortcutCode, s.title, textsToJson(s.texts)};
                     });
}

StoreResult<QList<Snippet>> ReferenceData::snippets() const
{
    return selectAll<Snippet>(
        m_db, QStringLiteral("SELECT id, category_id, shortcut_code, title, texts FROM snippets ORDER BY id"),
        [](const StoreQuery &q) {
            Snippet s;
            s.id = q.value(0).toLongLong();
            s.categoryId = q.value(1).toLongLong();
            s.shortcutCode = q.value(2).toString();
            s.title = q.value(3).toString();
            s.texts = textsFromJson(q.value(4));
            return s;
        });
}

StoreResult<> ReferenceData::replaceFilters(const QList<TicketFilter> &filters)
{
    if (auto ran = StoreQuery::run(m_db, QStringLiteral("DELETE FROM filters")); !ran)
        return ran;
    return insertAll(m_db,
                     QStringLiteral("INSERT INTO filters (id, title, sys_name, display_order, terms) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     filters, [](const TicketFilter &f) -> QVariantList {
                         return {f.id, f.title, f.sysName, f.displayOrder, termsToJson(f.terms)};
                     });
}

StoreResult<> ReferenceData::upsertPeople(const QList<Person> &people)
{
    SearchIndex index(m_db);
    for (const Person &p : people) {
        const QVariantList values = {p.name, p.email, p.isAgent, p.organizationId, p.id};
        const auto written = StoreQuery::insertOrUpdate(
            m_db,
            QStringLiteral("INSERT OR IGNORE INTO people (name, email, is_agent, organization_id, id) "
                           "VALUES (?, ?, ?, ?, ?)"),
            values,
            QStringLiteral("UPDATE people SET name = ?, email = ?, is_agent = ?, organization_id = ? "
                           "WHERE id = ?"),
            values);
        if (!written)
            return StoreResult<>::failure(written);
        if (auto indexed = index.indexPerson(p); !indexed)
            return indexed;
    }
    return {};
}

StoreResult<QList<Department>> ReferenceData::departments() const
{
    return selectAll<Department>(m_db,
                                 QStringLiteral("SELECT id, title, parent_id, display_order FROM departments "
                                                "ORDER BY display_order, id"),
                                 [](const StoreQuery &q) {
                                     return Department{q.value(0).toLongLong(), q.value(1).toString(),
                                                       q.value(2).toLongLong(), q.value(3).toInt()};
                                 });
}

StoreResult<QList<TicketStatus>> ReferenceData::statuses() const
{
    return selectAll<TicketStatus>(
        m_db,
        QStringLiteral("SELECT code, title, type, display_order FROM statuses ORDER BY display_order, code"),
        [](const StoreQuery &q) {
            return TicketStatus{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toInt()};
        });
}

StoreResult<QList<Priority>> ReferenceData::priorities() const
{
    return selectAll<Priority>(
        m_db, QStringLiteral("SELECT id, title, weight FROM priorities ORDER BY weight, id"),
        [](const StoreQuery &q) {
            return Priority{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()};
        });
}

StoreResult<QList<Team>> ReferenceData::teams() const
{
    auto teams = selectAll<Team>(m_db, QStringLiteral("SELECT id, name FROM teams ORDER BY name, id"),
                                 [](const StoreQuery &q) {
                                     return Team{q.value(0).toLongLong(), q.value(1).toString(), {}};
                                 });
    if (!teams)
        return teams;
    for (Team &team : teams.value()) {
        StoreQuery members(
            m_db, QStringLiteral("SELECT agent_id FROM team_members WHERE team_id = ? ORDER BY agent_id"));
        members.bind(team.id);
        if (auto ran = members.exec(); !ran)
            return StoreResult<QList<Team>>::failure(ran);
        while (members.next())
            team.agentIds << members.value(0).toLongLong();
    }
    return teams;
}

StoreResult<QList<CustomField>> ReferenceData::customFields() const
{
    return selectAll<CustomField>(
        m_db,
        QStringLiteral("SELECT id, title, widget_type, choices, display_order, is_enabled "
                       "FROM custom_fields ORDER BY display_order, id"),
        [](const StoreQuery &q) {
            return CustomField{q.value(0).toLongLong(),     q.value(1).toString(), q.value(2).toString(),
                               choicesFromJson(q.value(3)), q.value(4).toInt(),    q.value(5).toBool()};
        });
}

StoreResult<QList<TicketLayout>> ReferenceData::layouts() const
{
    return selectAll<TicketLayout>(
        m_db, QStringLiteral("SELECT department_id, fields FROM layouts ORDER BY department_id"),
        [](const StoreQuery &q) {
            return TicketLayout{q.value(0).toLongLong(), layoutFromJson(q.value(1))};
        });
}

StoreResult<QList<TicketFilter>> ReferenceData::filters() const
{
    return selectAll<TicketFilter>(
        m_db,
        QStringLiteral("SELECT id, title, sys_name, display_order, terms FROM filters "
                       "ORDER BY display_order, id"),
        [](const StoreQuery &q) {
            return TicketFilter{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toInt(), termsFromJson(q.value(4))};
        });
}

StoreResult<std::optional<Person>> ReferenceData::person(qint64 id) const
{
    StoreQuery query(
        m_db, QStringLiteral("SELECT id, name, email, is_agent, organization_id FROM people WHERE id = ?"));
    query.bind(id);
    if (auto ran = query.exec(); !ran)
        return StoreResult<std::optional<Person>>::failure(ran);
    if (!query.next())
        return std::optional<Person>();
    return std::optional<Person>(Person{query.value(0).toLongLong(), query.value(1).toString(),
                                        query.value(2).toString(), query.value(3).toBool(),
                                        query.value(4).toLongLong()});
}

StoreResult<QList<Person>> ReferenceData::people(const QList<qint64> &ids) const
{
    QList<Person> people;
    auto read = StoreQuery::forEachChunk(
        m_db,
        QStringLiteral("SELECT id, name, email, is_agent, organization_id FROM people WHERE id IN (%1)"), ids,
        {}, [&people](const StoreQuery &row) {
            people << Person{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                             row.value(3).toBool(), row.value(4).toLongLong()};
        });
    if (!read)
        return StoreResult<QList<Person>>::failure(read);
    return people;
}

StoreResult<QList<Person>> ReferenceData::agents() const
{
    return selectAll<Person>(m_db,
                             QStringLiteral("SELECT id, name, email, is_agent, organization_id FROM people "
                                            "WHERE is_agent != 0 ORDER BY name COLLATE NOCASE, id"),
                             [](const StoreQuery &q) {
                                 return Person{q.value(0).toLongLong(), q.value(1).toString(),
                                               q.value(2).toString(), q.value(3).toBool(),
                                               q.value(4).toLongLong()};
                             });
}
