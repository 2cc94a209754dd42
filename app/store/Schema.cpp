#include "store/Schema.h"

#include "store/SearchIndex.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Schema", text);
}

Schema::Step statements(QStringList sql)
{
    return [sql = std::move(sql)](QSqlDatabase &db) -> StoreResult<> {
        for (const QString &statement : sql) {
            if (auto ran = StoreQuery::run(db, statement); !ran)
                return ran;
        }
        return {};
    };
}

// 1: reference data, people, tickets with their queue membership, conversations.
Schema::Step ticketsAndReferenceData()
{
    return statements({
        QStringLiteral("CREATE TABLE departments (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
                       "parent_id INTEGER NOT NULL DEFAULT 0, display_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE statuses (code TEXT PRIMARY KEY, title TEXT NOT NULL, type TEXT NOT NULL, "
            "display_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE priorities (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
                       "weight INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE team_members (team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE, "
            "agent_id INTEGER NOT NULL, PRIMARY KEY (team_id, agent_id)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, "
            "is_agent INTEGER NOT NULL DEFAULT 0, organization_id INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX people_agents ON people(is_agent)"),
        QStringLiteral("CREATE TABLE custom_fields (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
                       "widget_type TEXT NOT NULL, choices TEXT NOT NULL DEFAULT '[]', "
                       "display_order INTEGER NOT NULL DEFAULT 0, is_enabled INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE layouts (department_id INTEGER PRIMARY KEY, fields TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE filters (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
                       "sys_name TEXT NOT NULL DEFAULT '', display_order INTEGER NOT NULL DEFAULT 0, "
                       "terms TEXT NOT NULL DEFAULT 'null')"),
        QStringLiteral(
            "CREATE TABLE tickets (id INTEGER PRIMARY KEY, ref TEXT NOT NULL, subject TEXT NOT NULL, "
            "status TEXT NOT NULL, person_id INTEGER NOT NULL DEFAULT 0, agent_id INTEGER NOT NULL DEFAULT "
            "0, "
            "team_id INTEGER NOT NULL DEFAULT 0, department_id INTEGER NOT NULL DEFAULT 0, "
            "priority_id INTEGER NOT NULL DEFAULT 0, organization_id INTEGER NOT NULL DEFAULT 0, "
            "language_id INTEGER NOT NULL DEFAULT 0, urgency INTEGER NOT NULL DEFAULT 0, "
            "labels TEXT NOT NULL DEFAULT '[]', star_id INTEGER NOT NULL DEFAULT 0, "
            "sla_status TEXT NOT NULL DEFAULT '', fields TEXT NOT NULL DEFAULT '{}', "
            "ticket_hash TEXT NOT NULL DEFAULT '', count_agent_replies INTEGER NOT NULL DEFAULT 0, "
            "count_user_replies INTEGER NOT NULL DEFAULT 0, has_attachments INTEGER NOT NULL DEFAULT 0, "
            "date_created INTEGER, date_status INTEGER, date_resolved INTEGER, date_last_agent_reply "
            "INTEGER, "
            "date_last_user_reply INTEGER, last_activity INTEGER)"),
        QStringLiteral("CREATE INDEX tickets_ref ON tickets(ref COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX tickets_status ON tickets(status, last_activity)"),
        QStringLiteral("CREATE INDEX tickets_agent ON tickets(agent_id, last_activity)"),
        QStringLiteral("CREATE INDEX tickets_last_activity ON tickets(last_activity)"),
        QStringLiteral("CREATE INDEX tickets_person ON tickets(person_id)"),
        // Which tickets a Deskpro filter returned; `pass` marks the sync pass that saw them so that
        // a finished pass can drop the ones no longer in the filter.
        QStringLiteral("CREATE TABLE filter_tickets (filter_id INTEGER NOT NULL, ticket_id INTEGER NOT NULL "
                       "REFERENCES tickets(id) ON DELETE CASCADE, pass INTEGER NOT NULL DEFAULT 0, "
                       "PRIMARY KEY (filter_id, ticket_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX filter_tickets_ticket ON filter_tickets(ticket_id)"),
        QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL "
                       "REFERENCES tickets(id) ON DELETE CASCADE, person_id INTEGER NOT NULL DEFAULT 0, "
                       "is_note INTEGER NOT NULL DEFAULT 0, html TEXT NOT NULL DEFAULT '', "
                       "preview_text TEXT NOT NULL DEFAULT '', date_created INTEGER, "
                       "attachment_ids TEXT NOT NULL DEFAULT '[]')"),
        QStringLiteral("CREATE INDEX messages_ticket ON messages(ticket_id, date_created, id)"),
    });
}

// 2: what the agent makes: attachments kept locally, the outbox, drafts.
Schema::Step outboxAndDrafts()
{
    return statements({
        QStringLiteral("CREATE TABLE attachments (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL "
                       "REFERENCES tickets(id) ON DELETE CASCADE, message_id INTEGER NOT NULL DEFAULT 0, "
                       "blob_id INTEGER NOT NULL DEFAULT 0, blob_auth TEXT NOT NULL DEFAULT '', "
                       "filename TEXT NOT NULL DEFAULT '', content_type TEXT NOT NULL DEFAULT '', "
                       "size INTEGER NOT NULL DEFAULT 0, download_url TEXT NOT NULL DEFAULT '', "
                       "is_inline INTEGER NOT NULL DEFAULT 0, is_note INTEGER NOT NULL DEFAULT 0, "
                       "local_file TEXT, file_key BLOB)"),
        QStringLiteral("CREATE INDEX attachments_ticket ON attachments(ticket_id)"),
        QStringLiteral("CREATE INDEX attachments_message ON attachments(message_id)"),
        // Never cascaded from tickets: what the agent wrote is not dropped with a ticket row.
        QStringLiteral(
            "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, ticket_id INTEGER NOT NULL, "
            "kind TEXT NOT NULL, state TEXT NOT NULL, payload TEXT NOT NULL, created_at INTEGER, "
            "sent_at INTEGER, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', "
            "conflict_reason TEXT NOT NULL DEFAULT '', seen_last_message_id INTEGER NOT NULL DEFAULT 0, "
            "seen_agent_id INTEGER NOT NULL DEFAULT 0, seen_status TEXT NOT NULL DEFAULT '', "
            "remote_id INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX outbox_ticket ON outbox(ticket_id, id)"),
        QStringLiteral("CREATE INDEX outbox_state ON outbox(state)"),
        QStringLiteral(
            "CREATE TABLE drafts (ticket_id INTEGER NOT NULL, is_note INTEGER NOT NULL, "
            "html TEXT NOT NULL, updated_at INTEGER, seen_last_message_id INTEGER NOT NULL DEFAULT 0, "
            "PRIMARY KEY (ticket_id, is_note))"),
    });
}

// 3: the action journal (append-only, enforced), settings, sync progress.
Schema::Step journalSettingsAndSync()
{
    return statements({
        QStringLiteral("CREATE TABLE journal (id INTEGER PRIMARY KEY, written_at INTEGER NOT NULL, "
                       "sent_at INTEGER, action TEXT NOT NULL, ticket_id INTEGER NOT NULL DEFAULT 0, "
                       "result TEXT NOT NULL DEFAULT '', prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal "
                       "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
        QStringLiteral("CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal "
                       "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral(
            "CREATE TABLE sync_progress (scope TEXT PRIMARY KEY, cursor TEXT NOT NULL DEFAULT '', "
            "done INTEGER NOT NULL DEFAULT 0, total INTEGER NOT NULL DEFAULT 0, "
            "complete INTEGER NOT NULL DEFAULT 0, pass INTEGER NOT NULL DEFAULT 0, updated_at INTEGER)"),
    });
}

// 4: the full-text index over subjects, messages and people, filled from what is already there.
Schema::Step searchIndex()
{
    return [](QSqlDatabase &db) -> StoreResult<> {
        if (auto made = StoreQuery::run(db, SearchIndex::createStatement()); !made)
            return made;
        return SearchIndex(db).rebuild();
    };
}

// 5: ticket snippets (reference data: each one's translations as JSON).
Schema::Step snippets()
{
    return statements({
        QStringLiteral(
            "CREATE TABLE snippets (id INTEGER PRIMARY KEY, category_id INTEGER NOT NULL DEFAULT 0, "
            "shortcut_code TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', "
            "texts TEXT NOT NULL DEFAULT '[]')"),
    });
}

// 6: each message's ticket by message id, in an index a fraction of the messages' size: search
// maps the messages a word matches to their tickets from it, not from the messages' rows.
Schema::Step messageTickets()
{
    return statements({
        QStringLiteral("CREATE INDEX messages_id_ticket ON messages(id, ticket_id)"),
    });
}

// 7: an agent's tickets in a queue's order with their status at hand: "my open tickets" (and the
// tray's newest) read the rows they show instead of looking up every ticket of the agent in
// between to check its status (10 ms for the first page at 100,000 tickets; 200 ms for the tray's).
Schema::Step agentQueues()
{
    return statements({
        QStringLiteral("DROP INDEX IF EXISTS tickets_agent"),
        QStringLiteral("CREATE INDEX tickets_agent ON tickets(agent_id, last_activity, status)"),
        QStringLiteral("CREATE INDEX tickets_agent_created ON tickets(agent_id, date_created, status)"),
    });
}

} // namespace

const QList<Schema::Step> &Schema::steps()
{
    static const QList<Step> ladder = {
        ticketsAndReferenceData(), outboxAndDrafts(), journalSettingsAndSync(), searchIndex(), snippets(),
        messageTickets(),          agentQueues()};
    return ladder;
}

int Schema::latestVersion()
{
    return int(steps().size());
}

StoreResult<int> Schema::version(const QSqlDatabase &db)
{
    const auto version = StoreQuery::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return StoreResult<int>::failure(version);
    return version.value().toInt();
}

StoreResult<> Schema::migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    const auto current = version(db);
    if (!current)
        return StoreResult<>::failure(current);
    if (current.value() > latestVersion())
        return StoreResult<>::failure(
            tr("The local store was written by a newer Deskhand. It was left untouched: "
               "update Deskhand to use it."));
    if (current.value() == 0) {
        const auto objects = StoreQuery::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!objects)
            return StoreResult<>::failure(objects);
        if (objects.value().toInt() > 0)
            return StoreResult<>::failure(tr("The local store file is not a Deskhand store. It was left "
                                             "untouched."));
    }

    for (int next = current.value() + 1; next <= target; ++next) {
        if (auto began = StoreQuery::run(db, QStringLiteral("BEGIN IMMEDIATE")); !began)
            return began;
        auto stepped = steps().at(next - 1)(db);
        if (stepped) {
            // sql-safe: PRAGMA takes no bound values; `next` is our own integer.
            stepped = StoreQuery::run(db, QStringLiteral("PRAGMA user_version = %1").arg(next));
        }
        if (stepped)
            stepped = StoreQuery::run(db, QStringLiteral("COMMIT"));
        if (!stepped) {
            StoreQuery::run(db, QStringLiteral("ROLLBACK"));
            return StoreResult<>::failure(
                tr("The local store could not be upgraded to version %1: %2").arg(next).arg(stepped.error()));
        }
    }
    return {};
}
