// sync_vs_fetch_floor and store_vs_raw_insert, and the large account they share code with.

#include "BenchAccount.h"
#include "Benchmarks.h"
#include "FloorFetcher.h"
#include "SandboxLog.h"
#include "account/Account.h"
#include "api/Batch.h"
#include "api/DeskproCalls.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "store/ReferenceData.h"
#include "store/Store.h"
#include "store/StoreConnection.h"
#include "store/StoreKey.h"
#include "store/StoreQuery.h"
#include "store/StoreWriter.h"
#include "store/SyncState.h"
#include "store/TicketRepository.h"
#include "sync/ReferenceSync.h"
#include "sync/TicketSync.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

constexpr int pageSize = 200; // TicketSync::Options' default, which the benchmarks keep

struct SyncedData
{
    QList<QList<Ticket>> pages; // as the first sync paged them: by id, 200 a page
    QList<Message> messages;
    QList<Person> people;
    QList<SyncProgress> states; // every sync_progress row
};

QList<qint64> ids(QSqlDatabase db, const QString &sql)
{
    QList<qint64> result;
    StoreQuery query(db, sql);
    if (query.exec())
        while (query.next())
            result.append(query.value(0).toLongLong());
    return result;
}

SyncedData readBack(Store &store)
{
    SyncedData data;
    QSqlDatabase db = store.reader().value();
    TicketRepository tickets(db);
    MessageRepository messages(db);
    ReferenceData reference(db);
    const QList<qint64> ticketIds = ids(db, QStringLiteral("SELECT id FROM tickets ORDER BY id"));
    QSet<qint64> customers;
    for (qsizetype i = 0; i < ticketIds.size(); ++i) {
        if (i % pageSize == 0)
            data.pages.append(QList<Ticket>());
        const auto ticket = tickets.byId(ticketIds.at(i));
        if (!ticket || !ticket.value())
            continue;
        data.pages.last().append(*ticket.value());
        if (ticket.value()->personId > 0)
            customers.insert(ticket.value()->personId);
        if (const auto conversation = messages.byTicket(ticketIds.at(i)))
            data.messages += conversation.value();
    }
    for (const qint64 id : std::as_const(customers))
        if (const auto person = reference.person(id); person && person.value())
            data.people.append(*person.value());
    if (const auto states = SyncState(db).all())
        data.states = states.value();
    return data;
}

// The batches TicketSync sends for one page of a first sync, keyed by their body's SHA-256.
void addBatches(const QList<Ticket> &page, int perBatch, QHash<QByteArray, QByteArray> *bodies)
{
    for (qsizetype first = 0; first < page.size(); first += perBatch) {
        Batch batch;
        QList<qint64> customers;
        for (qsizetype i = first; i < std::min<qsizetype>(first + perBatch, page.size()); ++i) {
            const Ticket &ticket = page.at(i);
            batch.add(DeskproCalls::messages(ticket.id, 1, 200));
            if (ticket.hasAttachments)
                batch.add(DeskproCalls::ticketAttachments(ticket.id));
            if (ticket.personId > 0 && !customers.contains(ticket.personId))
                customers.append(ticket.personId);
        }
        if (!customers.isEmpty())
            batch.add(DeskproCalls::people(1, 200, {}, customers));
        const QByteArray body = batch.request().body;
        bodies->insert(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex(), body);
    }
}

// The store's write path for the synced rows, a page per transaction as TicketSync::write does.
QCoro::Task<double> storeWrite(Store &store, const SyncedData &data)
{
    QHash<qint64, QList<Message>> messagesByTicket;
    for (const Message &message : data.messages)
        messagesByTicket[message.ticketId].append(message);
    QHash<qint64, Person> peopleById;
    for (const Person &person : data.people)
        peopleById.insert(person.id, person);
    QHash<QString, SyncProgress> states;
    for (const SyncProgress &state : data.states)
        states.insert(state.scope, state);

    QElapsedTimer clock;
    clock.start();
    for (const QList<Ticket> &page : data.pages) {
        QList<Message> messages;
        QList<Person> people;
        QList<SyncProgress> signatures;
        for (const Ticket &ticket : page) {
            messages += messagesByTicket.value(ticket.id);
            if (peopleById.contains(ticket.personId))
                people.append(peopleById.value(ticket.personId));
            const QString scope = QStringLiteral("conversation:%1").arg(ticket.id);
            if (states.contains(scope))
                signatures.append(states.value(scope));
        }
        SyncProgress progress = states.value(QStringLiteral("tickets"));
        auto save = [page, messages, people, signatures, progress](QSqlDatabase &db) -> StoreResult<> {
            if (auto unsent = OutboxRepository(db).unsent(); !unsent)
                return StoreResult<>::failure(unsent);
            if (auto done = TicketRepository(db).upsert(page); !done)
                return done;
            if (auto done = ReferenceData(db).upsertPeople(people); !done)
                return done;
            if (auto done = MessageRepository(db).upsert(messages); !done)
                return done;
            SyncState state(db);
            for (const SyncProgress &signature : signatures)
                if (auto done = state.save(signature); !done)
                    return done;
            return state.save(progress);
        };
        const StoreResult<> written = co_await store.writer().write(std::move(save));
        if (!written) {
            BenchContext::note(QStringLiteral("store write failed: %1").arg(written.error()));
            co_return -1.0;
        }
    }
    co_return double(clock.nsecsElapsed()) / 1e6;
}

struct TableCopy
{
    QString insert;
    QList<QVariantList> rows;
};

// The rows `after` has that `before` (the same store before the write) had not, table by table:
// what the raw floor inserts. Table names come from the schema, never from data.
QList<TableCopy> newRows(QSqlDatabase db, const QList<QPair<QString, QSet<qint64>>> &before)
{
    QList<TableCopy> copies;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QSqlQuery select(db);
        if (!select.exec(QStringLiteral("SELECT rowid, * FROM \"%1\"").arg(it->first)))
            continue;
        TableCopy copy;
        const QSqlRecord record = select.record();
        QStringList columns{QStringLiteral("rowid")};
        for (int c = 1; c < record.count(); ++c)
            columns << QStringLiteral("\"%1\"").arg(record.fieldName(c));
        copy.insert = QStringLiteral("INSERT OR REPLACE INTO \"%1\" (%2) VALUES (%3)")
                          .arg(it->first, columns.join(QLatin1Char(',')),
                               QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        while (select.next()) {
            if (it->second.contains(select.value(0).toLongLong()))
                continue;
            QVariantList row;
            for (int c = 0; c < record.count(); ++c)
                row.append(select.value(c));
            copy.rows.append(row);
        }
        if (!copy.rows.isEmpty())
            copies.append(copy);
    }
    return copies;
}

using TableRowids = QList<QPair<QString, QSet<qint64>>>; // in the schema's order

TableRowids rowidsByTable(QSqlDatabase db)
{
    TableRowids result;
    QStringList virtualTables;
    QStringList tables;
    StoreQuery list(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%WITHOUT ROWID%'"));
    if (list.exec())
        while (list.next()) {
            tables << list.value(0).toString();
            if (list.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL")))
                virtualTables << list.value(0).toString();
        }
    for (const QString &table : std::as_const(tables)) {
        const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString &v) {
            return table.startsWith(v + QLatin1Char('_'));
        });
        if (shadow)
            continue;
        QSet<qint64> rowids;
        QSqlQuery select(db);
        if (select.exec(QStringLiteral("SELECT rowid FROM \"%1\"").arg(table)))
            while (select.next())
                rowids.insert(select.value(0).toLongLong());
        result.append({table, rowids});
    }
    return result;
}

// Raw SQLCipher inserts of the same rows through a bare connection (same driver, key and
// settings as the store's writer), in as many transactions as the store used: the rows in the
// schema's table order (so that foreign keys hold), cut into that many equal parts.
double rawInsert(const QString &path, const QByteArray &key, const QList<TableCopy> &copies, int transactions)
{
    const QString name = QStringLiteral("bench-raw");
    double ms = -1;
    {
        StoreResult<QSqlDatabase> opened =
            StoreConnection::open(path, key, name, StoreConnection::Role::Writer, false);
        if (!opened) {
            BenchContext::note(QStringLiteral("raw open failed: %1").arg(opened.error()));
            return -1;
        }
        QSqlDatabase db = opened.value();
        QList<QSqlQuery> inserts;
        QList<QPair<qsizetype, qsizetype>> order; // (table, row)
        for (qsizetype c = 0; c < copies.size(); ++c) {
            inserts.append(QSqlQuery(db));
            inserts.last().prepare(copies.at(c).insert);
            for (qsizetype r = 0; r < copies.at(c).rows.size(); ++r)
                order.append({c, r});
        }
        QElapsedTimer clock;
        clock.start();
        bool ok = true;
        for (int t = 0; t < transactions && ok; ++t) {
            QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
            const qsizetype from = order.size() * t / transactions;
            const qsizetype to = order.size() * (t + 1) / transactions;
            for (qsizetype i = from; i < to && ok; ++i) {
                const auto [c, r] = order.at(i);
                const QVariantList &row = copies.at(c).rows.at(r);
                for (int v = 0; v < row.size(); ++v)
                    inserts[c].bindValue(v, row.at(v));
                ok = inserts[c].exec();
                if (!ok)
                    BenchContext::note(
                        QStringLiteral("raw insert failed: %1").arg(inserts[c].lastError().text()));
            }
            ok = ok && QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        }
        if (ok)
            ms = double(clock.nsecsElapsed()) / 1e6;
    }
    StoreConnection::close(name);
    return ms;
}

// A new store in `folder` with the helpdesk's reference data, as a first sync finds it.
QCoro::Task<std::unique_ptr<Store>> freshStore(Account &account, QString folder, QByteArray key)
{
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    auto opened = co_await Store::open(folder, key, Store::OpenMode::CreateNew);
    if (!opened) {
        BenchContext::note(QStringLiteral("store open failed: %1").arg(opened.error()));
        co_return std::unique_ptr<Store>();
    }
    std::unique_ptr<Store> store = std::move(opened).value();
    ReferenceSync reference(account.api(), store.get());
    const SyncReport report = co_await reference.run();
    if (!report.ok())
        co_return std::unique_ptr<Store>();
    co_return store;
}

} // namespace

namespace Benchmarks {

QCoro::Task<int> sync(BenchContext context)
{
    QString error;
    const QString home = QDir(context.work).filePath(QStringLiteral("sync-home"));
    std::unique_ptr<Account> account = co_await BenchAccount::add(context, home, &error);
    if (!account) {
        BenchContext::note(QStringLiteral("cannot add the account: %1").arg(error));
        co_return 1;
    }
    ReferenceSync reference(account->api(), account->store());
    if (const SyncReport done = co_await reference.run(); !done.ok()) {
        BenchContext::note(QStringLiteral("reference sync failed"));
        co_return 1;
    }

    // The timed first sync: every pending ticket (10% of the seeded helpdesk) with conversations.
    TicketSync::Options options;
    options.statuses = {QStringLiteral("pending")};
    SandboxLog::clear(context);
    TicketSync ticketSync(account->api(), account->store(), options);
    QElapsedTimer clock;
    clock.start();
    const SyncReport report = co_await ticketSync.run();
    const double syncMs = double(clock.nsecsElapsed()) / 1e6;
    if (!report.ok()) {
        BenchContext::note(QStringLiteral("the sync failed: %1")
                               .arg(report.error ? report.error->message : report.storeError));
        co_return 1;
    }
    bool logged = false;
    const QList<SandboxLog::Entry> log = SandboxLog::entries(context, &logged);

    // The floor: the same requests, a page then its batches (parallelBatches at a time).
    const SyncedData data = readBack(*account->store());
    QHash<QByteArray, QByteArray> batchBodies;
    for (const QList<Ticket> &page : data.pages)
        addBatches(page, options.conversationsPerBatch, &batchBodies);
    QList<QList<FloorFetcher::Request>> groups;
    int unmatched = 0;
    for (const SandboxLog::Entry &entry : log) {
        const bool page = entry.method == "GET" && entry.path.startsWith("/api/v2/tickets?");
        if (page || groups.isEmpty())
            groups.append(QList<FloorFetcher::Request>());
        FloorFetcher::Request request{
            entry.method, QUrl::fromEncoded(context.url.toEncoded() + entry.path), {}};
        if (entry.bodyLength > 0) {
            request.body = batchBodies.value(entry.bodySha256);
            if (request.body.isEmpty())
                ++unmatched;
        }
        groups.last().append(request);
    }
    FloorFetcher floor("key " + context.apiKey, options.parallelBatches);
    const double floorMs = floor.run(groups);
    BenchContext::report(QStringLiteral("sync_vs_fetch_floor"), syncMs / floorMs,
                         {{QStringLiteral("sync_ms"), syncMs},
                          {QStringLiteral("floor_ms"), floorMs},
                          {QStringLiteral("tickets"), report.tickets},
                          {QStringLiteral("messages"), report.messages},
                          {QStringLiteral("requests"), log.size()},
                          {QStringLiteral("floor_failures"), floor.failures()},
                          {QStringLiteral("floor_unmatched_bodies"), unmatched}});

    // store_vs_raw_insert: the same rows through the store's write path, then raw.
    const QByteArray key = StoreKey::generate();
    std::unique_ptr<Store> target =
        co_await freshStore(*account, QDir(context.work).filePath(QStringLiteral("store-write")), key);
    std::unique_ptr<Store> rawTarget =
        co_await freshStore(*account, QDir(context.work).filePath(QStringLiteral("raw-write")), key);
    if (!target || !rawTarget)
        co_return 1;
    const QString rawPath = Store::databasePath(rawTarget->directory());
    rawTarget.reset();
    const auto before = rowidsByTable(target->reader().value());
    const double storeMs = co_await storeWrite(*target, data);
    const QList<TableCopy> copies = newRows(target->reader().value(), before);
    qsizetype rows = 0;
    for (const TableCopy &copy : copies)
        rows += copy.rows.size();
    const double rawMs = rawInsert(rawPath, key, copies, int(data.pages.size()));
    if (storeMs < 0 || rawMs <= 0)
        co_return 1;
    BenchContext::report(QStringLiteral("store_vs_raw_insert"), storeMs / rawMs,
                         {{QStringLiteral("store_ms"), storeMs},
                          {QStringLiteral("raw_ms"), rawMs},
                          {QStringLiteral("rows"), rows},
                          {QStringLiteral("transactions"), data.pages.size()}});
    co_return 0;
}

QCoro::Task<int> prepareLarge(BenchContext context)
{
    QString error;
    std::unique_ptr<Account> account;
    if (QFile::exists(QDir(context.largeHome).filePath(QStringLiteral("bench-store-key"))))
        account = co_await BenchAccount::reopen(context, context.largeHome, &error);
    if (!account) {
        BenchContext::note(
            QStringLiteral("syncing the whole helpdesk into %1 (once; cached)").arg(context.largeHome));
        account = co_await BenchAccount::add(context, context.largeHome, &error);
        if (!account || !co_await BenchAccount::keepStoreKey(*account, context.largeHome)) {
            BenchContext::note(QStringLiteral("cannot add the large account: %1").arg(error));
            co_return 1;
        }
    }
    // Every status the sandbox lists (hidden tickets are not listed), no retention: the whole
    // helpdesk. A completed sync is a cheap refresh next time; an interrupted one resumes.
    auto ensure = [&]() -> QCoro::Task<SyncReport> {
        ReferenceSync reference(account->api(), account->store());
        SyncReport done = co_await reference.run();
        if (!done.ok())
            co_return done;
        TicketSync::Options options;
        options.statuses << QStringLiteral("resolved") << QStringLiteral("closed");
        options.scope = QStringLiteral("bench-everything");
        TicketSync everything(account->api(), account->store(), options);
        const auto saved = SyncState(account->store()->reader().value()).progress(options.scope);
        if (saved && saved.value() && saved.value()->complete)
            co_return SyncReport{};
        QElapsedTimer clock;
        clock.start();
        SyncReport report = co_await everything.run();
        BenchContext::note(QStringLiteral("synced %1 tickets, %2 messages in %3 s")
                               .arg(report.tickets)
                               .arg(report.messages)
                               .arg(double(clock.elapsed()) / 1000.0));
        co_return report;
    };
    const SyncReport report = co_await ensure();
    if (!report.ok()) {
        BenchContext::note(QStringLiteral("the large sync failed: %1")
                               .arg(report.error ? report.error->message : report.storeError));
        co_return 1;
    }
    QSqlDatabase db = account->store()->reader().value();
    const auto tickets = StoreQuery::scalar(db, QStringLiteral("SELECT count(*) FROM tickets"));
    const auto messages = StoreQuery::scalar(db, QStringLiteral("SELECT count(*) FROM messages"));
    BenchContext::report(QStringLiteral("tickets"), tickets ? tickets.value().toDouble() : 0);
    BenchContext::report(QStringLiteral("messages"), messages ? messages.value().toDouble() : 0);
    co_return 0;
}

} // namespace Benchmarks
