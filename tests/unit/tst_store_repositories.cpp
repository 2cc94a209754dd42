// The repositories over a real store: tickets, messages, attachments, reference data, drafts,
// sync progress, settings, the outbox (atomic with its local change), the journal, retention
// and search.

#include "StoreFixture.h"
#include "store/AttachmentRepository.h"
#include "store/DraftRepository.h"
#include "store/Journal.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "store/ReferenceData.h"
#include "store/ReferenceNames.h"
#include "store/Retention.h"
#include "store/SearchIndex.h"
#include "store/SearchIndexUpkeep.h"
#include "store/StoreConnection.h"
#include "store/StoreQuery.h"
#include "store/StoreSettings.h"
#include "store/SyncState.h"
#include "store/TicketRepository.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

#include <random>

class StoreRepositoriesTest : public QObject
{
    Q_OBJECT

private:
    StoreFixture *f = nullptr;

    QSqlDatabase reader() { return f->reader(); }

    template <typename Work>
    bool write(Work work)
    {
        const auto result = f->write(std::move(work));
        if (!result.ok())
            qWarning("%s", qPrintable(result.error()));
        return result.ok();
    }

    QList<qint64> ids(const QList<SearchHit> &hits)
    {
        QList<qint64> found;
        for (const SearchHit &hit : hits)
            found << hit.ticketId;
        return found;
    }

    QList<qint64> search(const QString &text)
    {
        const auto hits = SearchIndex(reader()).search(text);
        if (!hits.ok()) {
            qWarning("%s", qPrintable(hits.error()));
            return {-1};
        }
        return ids(hits.value());
    }

private slots:
    void init()
    {
        f = new StoreFixture;
        QVERIFY(f->open());
    }

    void cleanup()
    {
        delete f;
        f = nullptr;
    }

    void ticketsRoundTripEveryField()
    {
        Ticket t = sampleTicket(42, QStringLiteral("Printer on fire"));
        t.organizationId = 9;
        t.languageId = 2;
        t.starId = 1;
        t.slaStatus = QStringLiteral("warning");
        t.countAgentReplies = 3;
        t.countUserReplies = 4;
        t.hasAttachments = true;
        t.dateStatus = t.dateCreated.addDays(1);
        t.dateResolved = t.dateCreated.addDays(2);
        t.dateLastAgentReply = t.dateCreated.addDays(3);
        QVERIFY(write([t](QSqlDatabase &db) { return TicketRepository(db).upsert(t); }));
        const auto stored = TicketRepository(reader()).byId(42);
        QVERIFY(stored.ok() && stored.value().has_value());
        QCOMPARE(*stored.value(), t);
        QCOMPARE(TicketRepository(reader()).byRef(t.ref.toLower()).value()->id, 42);
        QVERIFY(!TicketRepository(reader()).byId(43).value().has_value());

        t.subject = QStringLiteral("Printer fixed");
        t.labels.clear();
        QVERIFY(write([t](QSqlDatabase &db) { return TicketRepository(db).upsert(t); }));
        QCOMPARE(*TicketRepository(reader()).byId(42).value(), t);
        QCOMPARE(TicketRepository(reader()).count({}).value(), 1);
    }

    void aPageIsOneTransaction()
    {
        QList<Ticket> page;
        for (int i = 1; i <= 5; ++i)
            page << sampleTicket(i, QStringLiteral("Ticket %1").arg(i));
        page << sampleTicket(6, QStringLiteral("Broken"));
        page.last().ref = QString(); // fine
        QVERIFY(write([page](QSqlDatabase &db) { return TicketRepository(db).upsert(page); }));
        QCOMPARE(TicketRepository(reader()).count({}).value(), 6);

        // A page that fails half-way leaves nothing of itself behind.
        QList<Ticket> bad = {sampleTicket(10, QStringLiteral("Ten")),
                             sampleTicket(11, QStringLiteral("Eleven"))};
        QVERIFY(!write([bad](QSqlDatabase &db) -> StoreResult<> {
            if (auto put = TicketRepository(db).upsert(bad); !put)
                return put;
            return StoreQuery::run(db, QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
        }));
        QCOMPARE(TicketRepository(reader()).count({}).value(), 6);
        QVERIFY(!TicketRepository(reader()).byId(10).value().has_value());
    }

    void listsQueuesSortedAndPaged()
    {
        QList<Ticket> page;
        for (int i = 1; i <= 30; ++i) {
            Ticket t = sampleTicket(i, QStringLiteral("Subject %1").arg(i, 2, 10, QLatin1Char('0')));
            t.status = i % 2 ? QStringLiteral("awaiting_agent") : QStringLiteral("awaiting_user");
            t.dateLastUserReply = t.dateCreated.addSecs(i * 1000);
            page << t;
        }
        QVERIFY(write([page](QSqlDatabase &db) -> StoreResult<> {
            TicketRepository tickets(db);
            if (auto put = tickets.upsert(page); !put)
                return put;
            if (auto added = tickets.addToFilter(5, {1, 2, 3, 4}, 1); !added)
                return added;
            return tickets.addToFilter(6, {7}, 1);
        }));
        TicketRepository tickets(reader());

        TicketListQuery query;
        query.limit = 10;
        auto listed = tickets.list(query).value();
        QCOMPARE(listed.size(), 10);
        QCOMPARE(listed.first().id, 30); // newest activity first
        query.offset = 10;
        QCOMPARE(tickets.list(query).value().first().id, 20);

        query = {};
        query.statuses = {QStringLiteral("awaiting_agent")};
        query.sort = TicketListQuery::Sort::Subject;
        query.descending = false;
        listed = tickets.list(query).value();
        QCOMPARE(listed.size(), 15);
        QCOMPARE(listed.first().subject, QStringLiteral("Subject 01"));
        QCOMPARE(tickets.count(query).value(), 15);

        query = {};
        query.agentId = 0;
        QCOMPARE(tickets.count(query).value(), 10);
        query.departmentId = 1;
        for (const Ticket &t : tickets.list(query).value())
            QVERIFY(t.agentId == 0 && t.departmentId == 1);

        query = {};
        query.filterId = 5;
        query.sort = TicketListQuery::Sort::Id;
        listed = tickets.list(query).value();
        QCOMPARE(listed.size(), 4);
        QCOMPARE(listed.first().id, 4);
        QCOMPARE(tickets.countsByFilter().value().value(5), 4);

        // A new pass that only saw tickets 1 and 2 drops the others from the filter.
        QVERIFY(write([](QSqlDatabase &db) -> StoreResult<> {
            TicketRepository t(db);
            if (auto added = t.addToFilter(5, {1, 2}, 2); !added)
                return added;
            return t.dropFromFilterExceptPass(5, 2);
        }));
        QCOMPARE(tickets.count(query).value(), 2);
        QCOMPARE(tickets.countsByFilter().value().value(6), 1);
    }

    void messagesAttachmentsAndRemoval()
    {
        QVERIFY(write([](QSqlDatabase &db) -> StoreResult<> {
            if (auto put = TicketRepository(db).upsert(sampleTicket(1, QStringLiteral("One"))); !put)
                return put;
            Message first = sampleMessage(10, 1, QStringLiteral("<p>Hello</p>"));
            first.attachmentIds = {100};
            Message second = sampleMessage(11, 1, QStringLiteral("<p>Again</p>"));
            second.isNote = true;
            if (auto put = MessageRepository(db).upsert(QList<Message>{second, first}); !put)
                return put;
            Attachment a;
            a.id = 100;
            a.ticketId = 1;
            a.messageId = 10;
            a.filename = QStringLiteral("invoice.pdf");
            a.contentType = QStringLiteral("application/pdf");
            a.size = 1234;
            a.downloadUrl = QUrl(QStringLiteral("https://example.com/file/100"));
            if (auto put = AttachmentRepository(db).upsert(a); !put)
                return put;
            return AttachmentRepository(db).setLocalCopy(
                100, VaultFile{QStringLiteral("ab").repeated(16), QByteArray(32, 'k')});
        }));
        const auto messages = MessageRepository(reader()).byTicket(1).value();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.first().id, 10);
        QCOMPARE(messages.first().attachmentIds, QList<qint64>{100});
        QVERIFY(messages.last().isNote);
        QCOMPARE(MessageRepository(reader()).newestId(1).value(), 11);
        QCOMPARE(MessageRepository(reader()).newestId(1, true).value(), 10);
        const auto attachment = AttachmentRepository(reader()).byId(100).value();
        QCOMPARE(attachment->filename, QStringLiteral("invoice.pdf"));
        QCOMPARE(attachment->downloadUrl, QUrl(QStringLiteral("https://example.com/file/100")));
        QCOMPARE(AttachmentRepository(reader()).localCopy(100).value()->key, QByteArray(32, 'k'));
        QCOMPARE(AttachmentRepository(reader()).byMessage(10).value().size(), 1);

        const auto removed = f->write([](QSqlDatabase &db) { return TicketRepository(db).remove({1}); });
        QVERIFY(removed.ok());
        QCOMPARE(removed.value(), QStringList{QStringLiteral("ab").repeated(16)});
        QVERIFY(MessageRepository(reader()).byTicket(1).value().isEmpty());
        QVERIFY(AttachmentRepository(reader()).byTicket(1).value().isEmpty());
        QVERIFY(search(QStringLiteral("hello")).isEmpty());
    }

    void referenceDataRoundTrips()
    {
        const QList<Department> departments = {{1, QStringLiteral("Support"), 0, 1},
                                               {2, QStringLiteral("Billing"), 1, 0}};
        const QList<TicketStatus> statuses = {
            {QStringLiteral("awaiting_agent"), QStringLiteral("Awaiting agent"),
             QStringLiteral("awaiting_agent"), 0},
            {QStringLiteral("pending.5"), QStringLiteral("Waiting on vendor"), QStringLiteral("pending"), 1}};
        const QList<Priority> priorities = {{1, QStringLiteral("Low"), 1}, {2, QStringLiteral("High"), 10}};
        const QList<Team> teams = {{3, QStringLiteral("Night shift"), {5, 6}}};
        const QList<CustomField> fields = {{7,
                                            QStringLiteral("Colour"),
                                            QStringLiteral("choice"),
                                            {{1, QStringLiteral("Blue")}, {2, QStringLiteral("Red")}},
                                            0,
                                            true}};
        const QList<TicketLayout> layouts = {
            {1, {{QStringLiteral("ticket_field"), QStringLiteral("ticket_field_7"), true}}}};
        const QList<TicketFilter> filters = {
            {12, QStringLiteral("Mine"), QStringLiteral("agent"), 0,
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("agent")}}}}};
        const QList<Person> people = {
            {5, QStringLiteral("Zoë Agent"), QStringLiteral("zoe@example.com"), true, 0},
            {6, QStringLiteral("Adam Agent"), QStringLiteral("adam@example.com"), true, 0},
            {900, QStringLiteral("Kunde"), QStringLiteral("kunde@example.de"), false, 4}};
        QVERIFY(write([=](QSqlDatabase &db) -> StoreResult<> {
            ReferenceData data(db);
            for (auto result : {data.replaceDepartments(departments), data.replaceStatuses(statuses),
                                data.replacePriorities(priorities), data.replaceTeams(teams),
                                data.replaceCustomFields(fields), data.replaceLayouts(layouts),
                                data.replaceFilters(filters), data.upsertPeople(people)}) {
                if (!result)
                    return result;
            }
            return {};
        }));
        ReferenceData data(reader());
        QCOMPARE(data.departments().value(), (QList<Department>{departments.at(1), departments.at(0)}));
        QCOMPARE(data.statuses().value(), statuses);
        QCOMPARE(data.priorities().value(), priorities);
        QCOMPARE(data.teams().value(), teams);
        QCOMPARE(data.customFields().value(), fields);
        QCOMPARE(data.layouts().value(), layouts);
        QCOMPARE(data.filters().value(), filters);
        QCOMPARE(*data.person(900).value(), people.at(2));
        QCOMPARE(data.agents().value(), (QList<Person>{people.at(1), people.at(0)}));

        // Replacing a set drops what the helpdesk no longer has.
        QVERIFY(write([](QSqlDatabase &db) { return ReferenceData(db).replaceTeams({}); }));
        QVERIFY(data.teams().value().isEmpty());
        QCOMPARE(
            StoreQuery::scalar(reader(), QStringLiteral("SELECT count(*) FROM team_members")).value().toInt(),
            0);
    }

    void peopleAreReadManyAtOnce()
    {
        // More than one query's worth of ids (StoreQuery::valuesPerChunk), some of them unknown.
        QList<Person> people;
        for (qint64 id = 1; id <= 1100; ++id)
            people << Person{id, id % 3 == 0 ? QString() : QStringLiteral("Person %1").arg(id),
                             QStringLiteral("p%1@example.com").arg(id), id % 50 == 0, 0};
        QVERIFY(write([=](QSqlDatabase &db) { return ReferenceData(db).upsertPeople(people); }));
        QList<qint64> ids;
        for (qint64 id = 0; id <= 1110; id += 2) // 0 and 1102..1110 are nobody
            ids << id;
        QVERIFY(ids.size() > StoreQuery::valuesPerChunk);
        const QList<Person> read = ReferenceData(reader()).people(ids).value();
        QCOMPARE(read.size(), 550);
        for (const Person &person : read) {
            QVERIFY(person.id > 0 && person.id <= 1100 && person.id % 2 == 0);
            QCOMPARE(person, people.at(person.id - 1));
        }
        QVERIFY(ReferenceData(reader()).people({}).value().isEmpty());

        // Names read for a list are not asked of the store again: renamed or removed since, a
        // name stays as read until the next ReferenceNames (the list makes one at each refresh).
        ReferenceNames names(reader());
        names.readPeople({4, 6, 6, 0, -1, 99999});
        QVERIFY(write([](QSqlDatabase &db) {
            return StoreQuery::run(db,
                                   QStringLiteral("UPDATE people SET name = 'Renamed' WHERE id IN (4, 8)"));
        }));
        QCOMPARE(names.person(4), QStringLiteral("Person 4"));
        names.readPeople({4}); // the next page names them again: not asked again
        QCOMPARE(names.person(4), QStringLiteral("Person 4"));
        QCOMPARE(names.person(6), QStringLiteral("p6@example.com")); // no name: the e-mail
        QCOMPARE(names.person(99999), QString());
        QCOMPARE(names.person(8), QStringLiteral("Renamed")); // not read for the list: asked now
        QCOMPARE(ReferenceNames(reader()).person(4), QStringLiteral("Renamed"));
    }

    void longListsOfIdsAreReadInChunks()
    {
        // Tickets and sync cursors asked for by more ids than one statement binds, with values
        // bound ahead of each chunk's: every row once, none of another chunk's twice.
        QList<Ticket> tickets;
        QList<SyncProgress> progress;
        for (qint64 id = 1; id <= 1200; ++id) {
            tickets << sampleTicket(id, QStringLiteral("Ticket %1").arg(id));
            progress << SyncProgress{QStringLiteral("filter:%1").arg(id),
                                     QStringLiteral("page=%1").arg(id),
                                     0,
                                     0,
                                     false,
                                     0,
                                     QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC)};
        }
        QVERIFY(write([=](QSqlDatabase &db) -> StoreResult<> {
            for (const Ticket &ticket : tickets)
                if (auto saved = TicketRepository(db).upsert(ticket); !saved)
                    return saved;
            for (const SyncProgress &one : progress)
                if (auto saved = SyncState(db).save(one); !saved)
                    return saved;
            return {};
        }));
        QList<qint64> ids;
        QStringList scopes;
        for (qint64 id = 1150; id >= -10; id -= 1) { // newest first, past both ends
            ids << id;
            scopes << QStringLiteral("filter:%1").arg(id);
        }
        QVERIFY(ids.size() > 2 * StoreQuery::valuesPerChunk);

        const QList<Ticket> read = TicketRepository(reader()).byIds(ids).value();
        QCOMPARE(read.size(), 1150);
        QSet<qint64> seen;
        for (const Ticket &ticket : read) {
            QVERIFY(!seen.contains(ticket.id));
            seen << ticket.id;
            QCOMPARE(ticket, tickets.at(ticket.id - 1));
        }
        const QHash<QString, QString> cursors = SyncState(reader()).cursors(scopes).value();
        QCOMPARE(cursors.size(), 1150);
        QCOMPARE(cursors.value(QStringLiteral("filter:1")), QStringLiteral("page=1"));
        QCOMPARE(cursors.value(QStringLiteral("filter:1150")), QStringLiteral("page=1150"));
        QVERIFY(!cursors.contains(QStringLiteral("filter:1151")));

        // `before` goes ahead of every chunk's ids: only the tickets with that subject, of each chunk.
        QList<qint64> found;
        QVERIFY(StoreQuery::forEachChunk(
            reader(), QStringLiteral("SELECT id FROM tickets WHERE subject LIKE ? AND id IN (%1)"), ids,
            {QStringLiteral("Ticket 1_")},
            [&found](const StoreQuery &row) { found << row.value(0).toLongLong(); }));
        std::sort(found.begin(), found.end());
        QCOMPARE(found, (QList<qint64>{10, 11, 12, 13, 14, 15, 16, 17, 18, 19}));
        QVERIFY(StoreQuery::forEachChunk(reader(), QStringLiteral("SELECT id FROM tickets WHERE id IN (%1)"),
                                         QList<qint64>{}, {}, [](const StoreQuery &) { QFAIL("no rows"); }));
    }

    void draftsSyncProgressAndSettings()
    {
        const Draft draft{7, false, QStringLiteral("<p>Dear customer</p>"),
                          QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC), 99};
        const SyncProgress progress{QStringLiteral("filter:12"),
                                    QStringLiteral("page=3"),
                                    600,
                                    1000,
                                    false,
                                    2,
                                    QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC)};
        QVERIFY(write([=](QSqlDatabase &db) -> StoreResult<> {
            if (auto saved = DraftRepository(db).save(draft); !saved)
                return saved;
            if (auto saved = SyncState(db).save(progress); !saved)
                return saved;
            return StoreSettings(db).setValue(StoreSettings::retentionDaysKey(), 30);
        }));
        QCOMPARE(*DraftRepository(reader()).draft(7, false).value(), draft);
        QVERIFY(!DraftRepository(reader()).draft(7, true).value().has_value());
        QCOMPARE(*SyncState(reader()).progress(QStringLiteral("filter:12")).value(), progress);
        QCOMPARE(SyncState(reader()).all().value().size(), 1);
        QCOMPARE(StoreSettings(reader()).value(StoreSettings::retentionDaysKey()).value().toInt(), 30);
        QCOMPARE(StoreSettings(reader()).value(QStringLiteral("nope"), 5).value().toInt(), 5);

        QVERIFY(write([](QSqlDatabase &db) -> StoreResult<> {
            if (auto removed = DraftRepository(db).remove(7, false); !removed)
                return removed;
            return SyncState(db).clear(QStringLiteral("filter:12"));
        }));
        QVERIFY(DraftRepository(reader()).all().value().isEmpty());
        QVERIFY(SyncState(reader()).all().value().isEmpty());
    }

    void outboxSendsInOrderPerTicket()
    {
        const auto item = [](qint64 ticket, OutboxItem::Kind kind) {
            OutboxItem i;
            i.ticketId = ticket;
            i.kind = kind;
            i.payload = QJsonObject{{QStringLiteral("message"), QStringLiteral("text")}};
            i.seenStatus = QStringLiteral("awaiting_agent");
            return i;
        };
        QList<qint64> idsMade;
        for (const auto &i : {item(1, OutboxItem::Kind::Reply), item(2, OutboxItem::Kind::Note),
                              item(1, OutboxItem::Kind::Change), item(0, OutboxItem::Kind::NewTicket),
                              item(0, OutboxItem::Kind::NewTicket)}) {
            const auto id = QCoro::waitFor(OutboxRepository::enqueue(f->store->writer(), i, nullptr));
            QVERIFY(id.ok());
            idsMade << id.value();
        }
        OutboxRepository outbox(reader());
        auto next = outbox.nextPending().value();
        QCOMPARE(next.size(), 4); // ticket 1's first, ticket 2's, both new tickets
        QCOMPARE(next.at(0).id, idsMade.at(0));
        QCOMPARE(next.at(0).payload.value(QStringLiteral("message")).toString(), QStringLiteral("text"));
        QVERIFY(next.at(0).createdAt.isValid());

        const qint64 first = idsMade.at(0);
        QVERIFY(write([first](QSqlDatabase &db) { return OutboxRepository(db).markSending(first); }));
        QCOMPARE(outbox.byId(first).value()->attempts, 1);
        QCOMPARE(outbox.nextPending().value().at(0).state, OutboxItem::State::Sending);

        // A conflict holds the ticket's later items back.
        QVERIFY(write([first](QSqlDatabase &db) {
            return OutboxRepository(db).markConflict(first, QStringLiteral("reassigned"));
        }));
        next = outbox.nextPending().value();
        QCOMPARE(next.size(), 3);
        QVERIFY(
            std::none_of(next.cbegin(), next.cend(), [](const OutboxItem &i) { return i.ticketId == 1; }));
        QCOMPARE(outbox.heads().value().size(), 4);

        QVERIFY(write([first](QSqlDatabase &db) -> StoreResult<> {
            OutboxRepository o(db);
            if (auto pending = o.markPending(first); !pending)
                return pending;
            return o.markSent(first, 5555, QDateTime::currentDateTimeUtc());
        }));
        next = outbox.nextPending().value();
        QCOMPARE(next.at(0).id, idsMade.at(1));
        QVERIFY(std::any_of(next.cbegin(), next.cend(),
                            [&](const OutboxItem &i) { return i.id == idsMade.at(2); }));
        QCOMPARE(outbox.byId(first).value()->remoteId, 5555);
        QCOMPARE(outbox.countUnsent().value(), 4);
        QVERIFY(!write(
            [](QSqlDatabase &db) { return OutboxRepository(db).markFailed(99999, QStringLiteral("x")); }));
    }

    void enqueueIsAtomicWithItsLocalChange()
    {
        QVERIFY(write([](QSqlDatabase &db) {
            return TicketRepository(db).upsert(sampleTicket(1, QStringLiteral("One")));
        }));
        OutboxItem item;
        item.ticketId = 1;
        item.kind = OutboxItem::Kind::Change;

        // The local change fails after the item was inserted: neither is kept.
        auto failed = QCoro::waitFor(
            OutboxRepository::enqueue(f->store->writer(), item, [](QSqlDatabase &db) -> StoreResult<> {
                Ticket changed = sampleTicket(1, QStringLiteral("One"));
                changed.status = QStringLiteral("resolved");
                if (auto put = TicketRepository(db).upsert(changed); !put)
                    return put;
                return StoreResult<>::failure(QStringLiteral("injected"));
            }));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error(), QStringLiteral("injected"));
        QCOMPARE(OutboxRepository(reader()).countUnsent().value(), 0);
        QCOMPARE(TicketRepository(reader()).byId(1).value()->status, QStringLiteral("awaiting_agent"));

        // The outbox insert fails after the local change: neither is kept.
        QVERIFY(write([](QSqlDatabase &db) {
            return StoreQuery::run(db, QStringLiteral("CREATE TRIGGER refuse AFTER INSERT ON outbox BEGIN "
                                                      "SELECT RAISE(ABORT, 'injected'); END"));
        }));
        failed = QCoro::waitFor(OutboxRepository::enqueue(f->store->writer(), item, [](QSqlDatabase &db) {
            Ticket changed = sampleTicket(1, QStringLiteral("One"));
            changed.status = QStringLiteral("resolved");
            return TicketRepository(db).upsert(changed);
        }));
        QVERIFY(!failed.ok());
        QCOMPARE(OutboxRepository(reader()).countUnsent().value(), 0);
        QCOMPARE(TicketRepository(reader()).byId(1).value()->status, QStringLiteral("awaiting_agent"));

        // And both together when nothing fails.
        QVERIFY(write(
            [](QSqlDatabase &db) { return StoreQuery::run(db, QStringLiteral("DROP TRIGGER refuse")); }));
        const auto made =
            QCoro::waitFor(OutboxRepository::enqueue(f->store->writer(), item, [](QSqlDatabase &db) {
                Ticket changed = sampleTicket(1, QStringLiteral("One"));
                changed.status = QStringLiteral("resolved");
                return TicketRepository(db).upsert(changed);
            }));
        QVERIFY(made.ok());
        QCOMPARE(OutboxRepository(reader()).countUnsent().value(), 1);
        QCOMPARE(TicketRepository(reader()).byId(1).value()->status, QStringLiteral("resolved"));
    }

    void journalChainsAndDetectsTampering()
    {
        for (int i = 0; i < 5; ++i) {
            JournalEntry entry;
            entry.action = QStringLiteral("reply");
            entry.ticketId = 100 + i;
            entry.result = i == 4 ? QStringLiteral("sent") : QStringLiteral("queued");
            if (i == 4)
                entry.sentAt = QDateTime::currentDateTimeUtc();
            QVERIFY(write([entry](QSqlDatabase &db) { return Journal(db).append(entry); }));
        }
        Journal journal(reader());
        const auto entries = journal.entries().value();
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.first().prevHash, Journal::genesisHash());
        QCOMPARE(entries.at(1).prevHash, entries.at(0).hash);
        QVERIFY(journal.verify().ok());
        const QJsonArray exported = journal.exportJson().value();
        QCOMPARE(exported.size(), 5);
        QCOMPARE(exported.at(4).toObject().value(QStringLiteral("result")).toString(),
                 QStringLiteral("sent"));
        QVERIFY(!exported.at(4).toObject().value(QStringLiteral("sent_at")).toString().isEmpty());
        QCOMPARE(exported.at(2).toObject().value(QStringLiteral("hash")).toString(), entries.at(2).hash);

        // Append-only: the store refuses to change or delete a record.
        QVERIFY(!write([](QSqlDatabase &db) {
            return StoreQuery::run(db, QStringLiteral("UPDATE journal SET result = 'forged' WHERE id = 2"));
        }));
        QVERIFY(!write([](QSqlDatabase &db) {
            return StoreQuery::run(db, QStringLiteral("DELETE FROM journal WHERE id = 2"));
        }));

        // Someone with the key who removes the guard and edits a record is caught by verify().
        QVERIFY(write([](QSqlDatabase &db) -> StoreResult<> {
            for (const char *sql :
                 {"DROP TRIGGER journal_no_update", "UPDATE journal SET result = 'forged' WHERE id = 2"}) {
                if (auto ran = StoreQuery::run(db, QLatin1String(sql)); !ran)
                    return ran;
            }
            return {};
        }));
        const auto verified = journal.verify();
        QVERIFY(!verified.ok());
        QVERIFY(verified.error().contains(QStringLiteral("2")));

        // So is a removed record in the middle.
        QVERIFY(write([](QSqlDatabase &db) -> StoreResult<> {
            for (const char *sql : {"UPDATE journal SET result = 'queued' WHERE id = 2",
                                    "DROP TRIGGER journal_no_delete", "DELETE FROM journal WHERE id = 3"}) {
                if (auto ran = StoreQuery::run(db, QLatin1String(sql)); !ran)
                    return ran;
            }
            return {};
        }));
        QVERIFY(!journal.verify().ok());
    }

    void retentionDropsExactlyTheOldResolvedTickets()
    {
        const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
        const auto ticket = [&](qint64 id, const QString &status, int resolvedDaysAgo) {
            Ticket t = sampleTicket(id, QStringLiteral("Ticket %1").arg(id), status);
            t.dateCreated = now.addDays(-400);
            t.dateLastUserReply = QDateTime();
            if (resolvedDaysAgo >= 0)
                t.dateResolved = now.addDays(-resolvedDaysAgo);
            return t;
        };
        const QList<Ticket> tickets = {
            ticket(1, QStringLiteral("resolved"), 100),      // dropped
            ticket(2, QStringLiteral("resolved"), 10),       // recent
            ticket(3, QStringLiteral("awaiting_agent"), -1), // open, however old
            ticket(4, QStringLiteral("resolved"), 200),      // has an unsent outbox item
            ticket(5, QStringLiteral("resolved"), 200),      // has a draft
            ticket(6, QStringLiteral("resolved"), -1),       // no resolution date: by activity (400 days)
        };
        QVERIFY(write([tickets](QSqlDatabase &db) -> StoreResult<> {
            if (auto put = TicketRepository(db).upsert(tickets); !put)
                return put;
            if (auto put = MessageRepository(db).upsert(sampleMessage(10, 1, QStringLiteral("old words")));
                !put)
                return put;
            Attachment a;
            a.id = 11;
            a.ticketId = 1;
            if (auto put = AttachmentRepository(db).upsert(a); !put)
                return put;
            OutboxItem item;
            item.ticketId = 4;
            if (auto put = OutboxRepository(db).insert(item); !put)
                return StoreResult<>::failure(put);
            if (auto put = DraftRepository(db).save(Draft{5, false, QStringLiteral("x"), {}, 0}); !put)
                return put;
            return StoreSettings(db).setValue(StoreSettings::retentionDaysKey(), 30);
        }));
        const auto vault = f->store->vault();
        const auto file = vault.put(QByteArray("attachment bytes"));
        QVERIFY(file.ok());
        const VaultFile local = file.value();
        QVERIFY(
            write([local](QSqlDatabase &db) { return AttachmentRepository(db).setLocalCopy(11, local); }));

        const auto dropped = QCoro::waitFor(Retention::run(*f->store, now));
        QVERIFY2(dropped.ok(), qPrintable(dropped.error()));
        QCOMPARE(dropped.value(), 2);
        TicketRepository repo(reader());
        QList<qint64> left;
        TicketListQuery byId;
        byId.sort = TicketListQuery::Sort::Id;
        byId.descending = false;
        for (const Ticket &t : repo.list(byId).value())
            left << t.id;
        QCOMPARE(left, (QList<qint64>{2, 3, 4, 5}));
        QVERIFY(MessageRepository(reader()).byTicket(1).value().isEmpty());
        QVERIFY(!AttachmentRepository(reader()).byId(11).value().has_value());
        QVERIFY(!QFile::exists(QDir(vault.folder()).filePath(local.fileName)));
        QVERIFY(search(QStringLiteral("old")).isEmpty());
    }

    void searchFindsWordsWithAndWithoutAccents()
    {
        QVERIFY(write([](QSqlDatabase &db) -> StoreResult<> {
            QList<Ticket> tickets = {sampleTicket(1, QStringLiteral("Mon résumé est joint")),
                                     sampleTicket(2, QStringLiteral("Frage zur Rechnung für März")),
                                     sampleTicket(3, QStringLiteral("Question sur la facture")),
                                     sampleTicket(4, QStringLiteral("Password reset")),
                                     sampleTicket(5, QStringLiteral("Nothing here"))};
            tickets[4].personId = 777;
            if (auto put = TicketRepository(db).upsert(tickets); !put)
                return put;
            if (auto put = MessageRepository(db).upsert(QList<Message>{
                    sampleMessage(40, 4,
                                  QStringLiteral("<div>Please <b>re</b>set my pass&shy;word, the "
                                                 "<i>Übergrößenträger</i> said &eacute;l&egrave;ve</div>"
                                                 "<script>hidden script words</script>")),
                    sampleMessage(41, 3, QStringLiteral("<p>Voici la fac<b>tu</b>re n° 12</p>"))});
                !put)
                return put;
            return ReferenceData(db).upsertPeople(
                {{777, QStringLiteral("Renée Dupont"), QStringLiteral("renee@exemple.fr"), false, 0}});
        }));

        QCOMPARE(search(QStringLiteral("resume")), QList<qint64>{1});
        QCOMPARE(search(QStringLiteral("RÉSUMÉ")), QList<qint64>{1});
        QCOMPARE(search(QStringLiteral("rechnung")), QList<qint64>{2});
        QCOMPARE(search(QStringLiteral("marz")), QList<qint64>{2});
        QCOMPARE(search(QStringLiteral("facture")), QList<qint64>{3});
        QCOMPARE(search(QStringLiteral("fact*")), QList<qint64>{3});
        QCOMPARE(search(QStringLiteral("ubergrossentrager")).size(), 0); // ß is not folded to ss
        QCOMPARE(search(QStringLiteral("Ubergroßenträger")), QList<qint64>{4});
        QCOMPARE(search(QStringLiteral("eleve")), QList<qint64>{4});
        QCOMPARE(search(QStringLiteral("reset")), QList<qint64>{4}); // subject, then message: one hit
        QCOMPARE(search(QStringLiteral("hidden")).size(), 0);        // script content is not text
        QCOMPARE(search(QStringLiteral("renee")), QList<qint64>{5});
        QCOMPARE(search(QStringLiteral("renee@exemple.fr")), QList<qint64>{5});
        QCOMPARE(search(QStringLiteral("question facture")), QList<qint64>{3});
        QCOMPARE(search(QStringLiteral("question résumé")).size(), 0);

        // Jumps by id and ref come first.
        QCOMPARE(search(QStringLiteral("4")).value(0), 4);
        const auto byRef = SearchIndex(reader()).search(QStringLiteral("abcd-0002-wxyz")).value();
        QCOMPARE(byRef.value(0).ticketId, 2);
        QCOMPARE(byRef.value(0).source, SearchHit::Source::Ref);

        // The snippet marks the word.
        const auto hits = SearchIndex(reader()).search(QStringLiteral("facture")).value();
        QVERIFY2(hits.first().snippet.contains(QStringLiteral("[facture]")),
                 qPrintable(hits.first().snippet));

        // Whatever the agent types is a query, never an error.
        for (const QString &odd :
             {QStringLiteral("\"unbalanced"), QStringLiteral("a OR b NOT c"), QStringLiteral("NEAR/3 *"),
              QStringLiteral("'; DROP TABLE tickets; --"), QStringLiteral("-"), QString()})
            QVERIFY(SearchIndex(reader()).search(odd).ok());
        QCOMPARE(TicketRepository(reader()).count({}).value(), 5);
    }

    // Each write transaction adds a segment to the index's lowest level, and FTS4 merges a level
    // whole inside the write that would give it a 17th. The upkeep merges levels that have filled
    // up in steps of their own, and search finds the same afterwards.
    void searchIndexUpkeepMergesFilledLevels()
    {
        QVERIFY(write([](QSqlDatabase &db) -> StoreResult<> {
            return TicketRepository(db).upsert(QList<Ticket>{sampleTicket(1, QStringLiteral("Printer")),
                                                             sampleTicket(2, QStringLiteral("VPN"))});
        }));
        // 40 transactions with the tickets': 32 of their segments merged into level 1 on the way (16
        // at a time), 8 left at level 0.
        for (int i = 0; i < 39; ++i) {
            const Message message =
                sampleMessage(100 + i, 1 + i % 2, QStringLiteral("<p>toner number%1 again</p>").arg(i));
            QVERIFY(write([message](QSqlDatabase &db) { return MessageRepository(db).upsert(message); }));
        }
        const auto levels = [this] {
            QMap<int, int> segments;
            StoreQuery query(reader(),
                             QStringLiteral("SELECT level, count(*) FROM search_segdir GROUP BY level"));
            if (query.exec())
                while (query.next())
                    segments.insert(query.value(0).toInt(), query.value(1).toInt());
            return segments;
        };
        const QMap<int, int> before = levels();
        QCOMPARE(before.value(0), 8);
        QCOMPARE(before.value(1), 2);
        const QList<qint64> toner = search(QStringLiteral("toner"));
        QCOMPARE(toner.size(), 2);

        const StoreResult<int> steps = QCoro::waitFor(SearchIndexUpkeep::run(*f->store));
        QVERIFY2(steps.ok(), qPrintable(steps.error()));
        QVERIFY(steps.value() > 0);
        const QMap<int, int> after = levels();
        for (auto level = after.cbegin(); level != after.cend(); ++level)
            QVERIFY2(level.value() < SearchIndexUpkeep::minSegments,
                     qPrintable(QStringLiteral("level %1: %2 segments").arg(level.key()).arg(level.value())));
        QCOMPARE(search(QStringLiteral("toner")), toner);
        for (int i = 0; i < 39; ++i)
            QCOMPARE(search(QStringLiteral("number%1").arg(i)), QList<qint64>{1 + i % 2});
        // Nothing left to merge: a run finds no work.
        QCOMPARE(QCoro::waitFor(SearchIndexUpkeep::run(*f->store)).value(), 0);
        QCOMPARE(levels(), after);
    }

    // The order search promises, whichever way it reads the store (walking the tickets newest
    // first, or looking the candidates up, as the hits are dense or sparse): subject, then
    // message, then person hits, each the newest activity first, then the highest id, no
    // activity last; a ticket once, at its best hit; a message hit shows its first matching
    // message. Checked against that definition for every limit, on layouts where the hits are
    // dense, sparse, or only in the oldest tickets.
    void searchOrderIsTheDefinedOneWhateverTheLimit_data()
    {
        QTest::addColumn<int>("ticketCount");
        QTest::addColumn<int>("withMessagesPercent"); // tickets that have messages
        QTest::addColumn<int>("maxMessages");
        QTest::addColumn<int>("subjectPercent"); // of the tickets that may hit
        QTest::addColumn<int>("messagePercent"); // of their messages
        QTest::addColumn<int>("personPercent");  // of the customers
        QTest::addColumn<bool>("oldestOnly");    // hits only among the oldest tickets
        QTest::newRow("dense") << 240 << 75 << 3 << 30 << 50 << 30 << false;
        QTest::newRow("sparse") << 240 << 75 << 3 << 3 << 4 << 5 << false;
        QTest::newRow("messages only") << 240 << 75 << 5 << 0 << 80 << 0 << false;
        QTest::newRow("many messages, few tickets") << 60 << 30 << 12 << 0 << 90 << 0 << false;
        QTest::newRow("people only") << 240 << 0 << 0 << 0 << 0 << 70 << false;
        QTest::newRow("dense, oldest only") << 240 << 75 << 3 << 40 << 60 << 40 << true;
        QTest::newRow("sparse, oldest only") << 240 << 75 << 3 << 5 << 5 << 10 << true;
        QTest::newRow("messages only, oldest only") << 240 << 75 << 5 << 0 << 100 << 0 << true;
    }

    void searchOrderIsTheDefinedOneWhateverTheLimit()
    {
        QFETCH(int, ticketCount);
        QFETCH(int, withMessagesPercent);
        QFETCH(int, maxMessages);
        QFETCH(int, subjectPercent);
        QFETCH(int, messagePercent);
        QFETCH(int, personPercent);
        QFETCH(bool, oldestOnly);
        QRandomGenerator random(quint32(qHash(QString::fromLatin1(QTest::currentDataTag()))));
        const auto chance = [&random](int percent) { return int(random.bounded(100)) < percent; };

        // Ticket ids with a gap; activity among few minutes, so that ties are common, and one in
        // twelve without any; message ids shuffled against the tickets'; a hundred customers.
        QList<qint64> ticketIds;
        for (qint64 id = 1; id <= ticketCount; ++id)
            ticketIds << (id <= ticketCount * 5 / 6 ? id : id + ticketCount / 6);
        const QDateTime base(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);
        QHash<qint64, std::optional<qint64>> activity; // minutes after base
        for (const qint64 id : std::as_const(ticketIds))
            activity.insert(id, random.bounded(12) == 0 ? std::nullopt
                                                        : std::optional<qint64>(random.bounded(90)));
        // The oldest: no activity, or in the first ten minutes.
        const auto old = [&activity](qint64 id) { return !activity.value(id) || *activity.value(id) < 10; };
        const auto mayHit = [&](qint64 id) { return !oldestOnly || old(id); };

        QList<Person> people;
        QSet<qint64> matchingPeople;
        for (qint64 id = 900; id < 1000; ++id) {
            const bool hit = chance(personPercent);
            people << Person{
                id, hit ? QStringLiteral("Quokka Kunde %1").arg(id) : QStringLiteral("Kunde %1").arg(id),
                QStringLiteral("k%1@example.org").arg(id), false, 0};
            if (hit)
                matchingPeople.insert(id);
        }
        QList<Ticket> tickets;
        QList<Message> messages;
        QList<qint64> messageIds;
        for (qint64 i = 0; i < qint64(ticketIds.size()) * maxMessages; ++i)
            messageIds << 10000 + i;
        std::shuffle(messageIds.begin(), messageIds.end(), std::mt19937(7));
        qsizetype nextMessage = 0;
        QSet<qint64> subjectHits;
        QHash<qint64, qint64> firstMessageHit; // ticket -> its lowest matching message id
        for (const qint64 id : std::as_const(ticketIds)) {
            const bool subjectHit = mayHit(id) && chance(subjectPercent);
            Ticket t =
                sampleTicket(id, subjectHit ? QStringLiteral("Quokka case") : QStringLiteral("Plain case"));
            t.dateCreated = activity.value(id) ? base.addSecs(*activity.value(id) * 60) : QDateTime();
            t.dateLastUserReply = QDateTime();
            // Only a ticket that may hit has a customer who may.
            t.personId = mayHit(id) ? 900 + qint64(random.bounded(100)) : 0;
            tickets << t;
            if (subjectHit)
                subjectHits.insert(id);
            const int count = chance(withMessagesPercent) ? 1 + int(random.bounded(maxMessages)) : 0;
            for (int n = 0; n < count; ++n) {
                const qint64 messageId = messageIds.at(nextMessage++);
                const bool hit = mayHit(id) && chance(messagePercent);
                messages << sampleMessage(messageId, id,
                                          (hit ? QStringLiteral("<p>the quokka note m%1</p>")
                                               : QStringLiteral("<p>a plain note m%1</p>"))
                                              .arg(messageId));
                if (hit && (!firstMessageHit.contains(id) || firstMessageHit.value(id) > messageId))
                    firstMessageHit.insert(id, messageId);
            }
        }
        QVERIFY(write([&](QSqlDatabase &db) -> StoreResult<> {
            if (auto put = ReferenceData(db).upsertPeople(people); !put)
                return put;
            if (auto put = TicketRepository(db).upsert(tickets); !put)
                return put;
            return MessageRepository(db).upsert(messages);
        }));

        // The definition.
        struct Expected
        {
            qint64 ticketId;
            SearchHit::Source source;
        };
        QList<Expected> expected;
        for (const Ticket &t : std::as_const(tickets)) {
            if (subjectHits.contains(t.id))
                expected << Expected{t.id, SearchHit::Source::Subject};
            else if (firstMessageHit.contains(t.id))
                expected << Expected{t.id, SearchHit::Source::Message};
            else if (matchingPeople.contains(t.personId))
                expected << Expected{t.id, SearchHit::Source::Person};
        }
        std::sort(expected.begin(), expected.end(), [&activity](const Expected &a, const Expected &b) {
            if (a.source != b.source)
                return int(a.source) < int(b.source);
            const std::optional<qint64> at = activity.value(a.ticketId);
            const std::optional<qint64> bt = activity.value(b.ticketId);
            if (at.has_value() != bt.has_value())
                return at.has_value();
            if (at != bt)
                return *at > *bt;
            return a.ticketId > b.ticketId;
        });
        QVERIFY(!expected.isEmpty());

        for (const int limit : {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 250}) {
            for (const QString &query : {QStringLiteral("quokka"), QStringLiteral("QUOK*")}) {
                const auto found = SearchIndex(reader()).search(query, limit);
                QVERIFY2(found.ok(), qPrintable(found.error()));
                const QList<SearchHit> &hits = found.value();
                QCOMPARE(hits.size(), std::min(qsizetype(limit), expected.size()));
                for (qsizetype i = 0; i < hits.size(); ++i) {
                    const QString where =
                        QStringLiteral("%1 with limit %2, hit %3").arg(query).arg(limit).arg(i);
                    QVERIFY2(hits.at(i).ticketId == expected.at(i).ticketId &&
                                 hits.at(i).source == expected.at(i).source,
                             qPrintable(QStringLiteral("%1: ticket %2 (%3), expected %4 (%5)")
                                            .arg(where)
                                            .arg(hits.at(i).ticketId)
                                            .arg(int(hits.at(i).source))
                                            .arg(expected.at(i).ticketId)
                                            .arg(int(expected.at(i).source))));
                    QVERIFY2(hits.at(i).snippet.contains(QStringLiteral("[Quokka]"), Qt::CaseInsensitive),
                             qPrintable(where + QStringLiteral(": ") + hits.at(i).snippet));
                    if (hits.at(i).source == SearchHit::Source::Message)
                        QVERIFY2(hits.at(i).snippet.contains(
                                     QStringLiteral("m%1").arg(firstMessageHit.value(hits.at(i).ticketId))),
                                 qPrintable(where + QStringLiteral(": ") + hits.at(i).snippet));
                }
            }
        }
    }

    // An id or ref jumps first, once, and counts towards the limit.
    void searchJumpsComeFirstOnceWithinTheLimit()
    {
        QVERIFY(write([](QSqlDatabase &db) -> StoreResult<> {
            QList<Ticket> tickets;
            for (qint64 id = 1; id <= 6; ++id)
                tickets << sampleTicket(id, QStringLiteral("Order %1 arrived late").arg(id + 10));
            return TicketRepository(db).upsert(tickets);
        }));
        // "13" is ticket 3's subject and ticket 13 does not exist: no jump, one subject hit.
        auto hits = SearchIndex(reader()).search(QStringLiteral("13")).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).ticketId, 3);
        QCOMPARE(hits.at(0).source, SearchHit::Source::Subject);
        // "ABCD-0002-WXYZ" is ticket 2's ref (a jump) and in its subject's index entry: once.
        hits = SearchIndex(reader()).search(QStringLiteral("abcd-0002-wxyz")).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).ticketId, 2);
        QCOMPARE(hits.at(0).source, SearchHit::Source::Ref);
        // "arrived": all six, newest first; a limit counts the jump too.
        QCOMPARE(search(QStringLiteral("arrived")), (QList<qint64>{6, 5, 4, 3, 2, 1}));
        QCOMPARE(ids(SearchIndex(reader()).search(QStringLiteral("arrived"), 3).value()),
                 (QList<qint64>{6, 5, 4}));
        QCOMPARE(ids(SearchIndex(reader()).search(QStringLiteral("arrived"), 0).value()), QList<qint64>{});
    }
};

QTEST_GUILESS_MAIN(StoreRepositoriesTest)
#include "tst_store_repositories.moc"
