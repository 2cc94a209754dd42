#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

bool run(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = query.lastError().text() + QStringLiteral(" in: ") + statement;
            return false;
        }
    }
    return true;
}

} // namespace

bool Schema::create(QSqlDatabase &db, QString *error)
{
    return run(
        db,
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                "summary TEXT, importance INTEGER, email_domain TEXT, date_created INTEGER)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS people (id INTEGER PRIMARY KEY, first_name TEXT, last_name "
                "TEXT, name TEXT, email TEXT, password TEXT, is_agent INTEGER NOT NULL DEFAULT 0, "
                "organization INTEGER, language INTEGER, phone TEXT, date_created INTEGER)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS agent_teams (id INTEGER PRIMARY KEY, name TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS team_members (team INTEGER, person INTEGER, "
                           "PRIMARY KEY (team, person))"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS departments (id INTEGER PRIMARY KEY, parent INTEGER, title "
                "TEXT, user_title TEXT, display_order INTEGER)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS priorities (id INTEGER PRIMARY KEY, title TEXT, priority "
                "INTEGER, color TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS custom_fields (id INTEGER PRIMARY KEY, title TEXT, "
                           "description TEXT, widget_type TEXT, display_order INTEGER, choices TEXT)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS ticket_filters (id INTEGER PRIMARY KEY, sys_name TEXT, "
                "title TEXT, display_order INTEGER, criteria TEXT, date_created INTEGER)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS tickets (id INTEGER PRIMARY KEY, ref TEXT, auth TEXT, "
                "ticket_hash TEXT, "
                "subject TEXT, original_subject TEXT, person INTEGER, agent INTEGER, agent_team INTEGER, "
                "department INTEGER, priority INTEGER, organization INTEGER, language INTEGER, status TEXT, "
                "ticket_status TEXT, urgency INTEGER, labels TEXT, star INTEGER, sla_status TEXT, fields "
                "TEXT, "
                "has_attachments INTEGER DEFAULT 0, is_hold INTEGER DEFAULT 0, creation_system TEXT, "
                "date_created INTEGER, date_resolved INTEGER, date_first_agent_assign INTEGER, "
                "date_first_agent_reply INTEGER, date_last_agent_reply INTEGER, date_last_user_reply "
                "INTEGER, "
                "date_agent_waiting INTEGER, date_user_waiting INTEGER, date_status INTEGER, "
                "count_agent_replies INTEGER DEFAULT 0, count_user_replies INTEGER DEFAULT 0, "
                "total_user_waiting INTEGER DEFAULT 0, total_to_first_reply INTEGER DEFAULT 0)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS ticket_labels (ticket INTEGER, label TEXT)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS ticket_field_values (ticket INTEGER, field INTEGER, value "
                "TEXT)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, ticket INTEGER NOT NULL, "
                "person INTEGER, is_agent_note INTEGER NOT NULL DEFAULT 0, message TEXT, "
                "date_created INTEGER, creation_system TEXT, lang_code TEXT)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS blobs (id INTEGER PRIMARY KEY, auth TEXT NOT NULL, filename "
                "TEXT, content_type TEXT, size INTEGER, data BLOB, is_temp INTEGER NOT NULL DEFAULT 1, "
                "date_created INTEGER)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS attachments (id INTEGER PRIMARY KEY, ticket INTEGER, message "
                "INTEGER, person INTEGER, blob INTEGER, is_inline INTEGER DEFAULT 0)"),
            // Text snippets of the ticket context; texts: {"<locale>": {"title", "content"}}.
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS snippet_categories (id INTEGER PRIMARY KEY, title TEXT, "
                "person INTEGER, typename TEXT)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS snippets (id INTEGER PRIMARY KEY, category INTEGER, "
                "person INTEGER, shortcut_code TEXT, is_draft INTEGER NOT NULL DEFAULT 0, texts TEXT)"),
        },
        error);
}

bool Schema::createIndexes(QSqlDatabase &db, QString *error)
{
    return run(
        db,
        {
            QStringLiteral("CREATE INDEX IF NOT EXISTS people_email ON people (email)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS people_organization ON people (organization)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS people_agent ON people (is_agent)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS team_members_person ON team_members (person)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_ref ON tickets (ref)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_status ON tickets (status, agent)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_ticket_status ON tickets (ticket_status)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_agent ON tickets (agent)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_team ON tickets (agent_team)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_person ON tickets (person)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_organization ON tickets (organization)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_department ON tickets (department)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_language ON tickets (language)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_created ON tickets (date_created)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_user_reply ON tickets (date_last_user_reply)"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS tickets_agent_reply ON tickets (date_last_agent_reply)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS tickets_sla ON tickets (sla_status)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS ticket_labels_label ON ticket_labels (label, ticket)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS ticket_labels_ticket ON ticket_labels (ticket)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS field_values_value ON ticket_field_values (field, "
                           "value, ticket)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS field_values_ticket ON ticket_field_values (ticket)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS messages_ticket ON messages (ticket, id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS attachments_ticket ON attachments (ticket)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS attachments_message ON attachments (message)"),
        },
        error);
}
