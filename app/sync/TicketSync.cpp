#include "TicketSync.h"

#include "api/Batch.h"
#include "api/DeskproApi.h"
#include "api/DeskproCalls.h"
#include "store/AttachmentRepository.h"
#include "store/AttachmentVault.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "store/ReferenceData.h"
#include "store/SearchIndexUpkeep.h"
#include "store/Store.h"
#include "store/StoreWriter.h"
#include "store/SyncState.h"
#include "store/TicketRepository.h"

#include <QBuffer>
#include <QCoroFuture>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <list>
#include <optional>
#include <vector>

namespace {

QString conversationScope(qint64 ticketId)
{
    return QStringLiteral("conversation:%1").arg(ticketId);
}

// What a conversation was fetched at: when one of these moves, there is something new to read.
QString signatureOf(const Ticket &ticket)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(ticket.dateLastAgentReply.toSecsSinceEpoch())
        .arg(ticket.dateLastUserReply.toSecsSinceEpoch())
        .arg(ticket.countAgentReplies)
        .arg(ticket.countUserReplies);
}

bool isHidden(const Ticket &ticket)
{
    return ticket.status.startsWith(QLatin1String("hidden")) || ticket.status == QLatin1String("deleted") ||
           ticket.status == QLatin1String("spam");
}

// The cursor of the "tickets" scope: the next page of the first sync, and since when a
// refresh must look.
struct Cursor
{
    int page = 1;
    QDateTime since;

    static Cursor parse(const QString &text)
    {
        const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
        Cursor cursor;
        cursor.page = std::max(1, json.value(u"page").toInt(1));
        cursor.since = QDateTime::fromString(json.value(u"since").toString(), Qt::ISODate);
        return cursor;
    }
    QString toString() const
    {
        return QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("page"), page},
                                      {QStringLiteral("since"), since.toUTC().toString(Qt::ISODate)}})
                .toJson(QJsonDocument::Compact));
    }
};

template <typename T>
QList<QList<T>> chunked(const QList<T> &items, int size)
{
    QList<QList<T>> chunks;
    for (qsizetype i = 0; i < items.size(); i += size)
        chunks.append(items.mid(i, size));
    return chunks;
}

} // namespace

TicketSync::TicketSync(DeskproApi *api, Store *store, QObject *parent)
    : TicketSync(api, store, Options{}, parent)
{}

TicketSync::TicketSync(DeskproApi *api, Store *store, const Options &options, QObject *parent)
    : QObject(parent), m_api(api), m_store(store), m_options(options)
{}

QCoro::Task<SyncReport> TicketSync::run()
{
    StoreResult<QSqlDatabase> reader = m_store->reader();
    if (!reader) {
        SyncReport report;
        report.storeError = reader.error();
        co_return report;
    }
    StoreResult<std::optional<SyncProgress>> saved = SyncState(reader.value()).progress(scope());
    if (!saved) {
        SyncReport report;
        report.storeError = saved.error();
        co_return report;
    }
    SyncProgress progress = saved.value().value_or(SyncProgress{});
    progress.scope = scope();
    SyncReport report;
    if (progress.complete)
        report = co_await refresh(progress);
    else
        report = co_await firstSync(progress);
    // What the pass indexed is merged now, in steps, not by the agent's next reply.
    if (report.ok()) {
        if (const StoreResult<int> merged = co_await SearchIndexUpkeep::run(*m_store); !merged)
            report.storeError = merged.error();
    }
    co_return report;
}

QList<Ticket> TicketSync::needingConversation(const QList<Ticket> &tickets) const
{
    StoreResult<QSqlDatabase> reader = m_store->reader();
    if (!reader)
        return tickets;
    QStringList scopes;
    scopes.reserve(tickets.size());
    for (const Ticket &ticket : tickets)
        scopes.append(conversationScope(ticket.id));
    const StoreResult<QHash<QString, QString>> known = SyncState(reader.value()).cursors(scopes);
    if (!known)
        return tickets;
    QList<Ticket> needing;
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const auto cursor = known.value().constFind(scopes.at(i));
        if (cursor == known.value().constEnd() || *cursor != signatureOf(tickets.at(i)))
            needing.append(tickets.at(i));
    }
    return needing;
}

QCoro::Task<ApiResult<Paged<Ticket>>> TicketSync::ticketPage(int page)
{
    TicketQuery query;
    query.statuses = m_options.statuses;
    query.agents = m_options.agents;
    query.page = page;
    query.count = m_options.pageSize;
    query.orderBy = QStringLiteral("id");
    query.orderDir = QStringLiteral("asc");
    co_return co_await m_api->tickets(query);
}

struct TicketSync::PageAhead
{
    int page = 0;
    std::optional<ApiResult<Paged<Ticket>>> result; // once fetched
    bool started = false;
};

QCoro::Task<SyncReport> TicketSync::firstSync(SyncProgress progress)
{
    SyncReport report;
    Cursor cursor = Cursor::parse(progress.cursor);
    if (!cursor.since.isValid()) // this first sync starts now: a refresh looks from here on
        cursor.since = QDateTime::currentDateTimeUtc();

    // The previous page's write, awaited only once the next page is fetched: the disk work runs
    // on the writer thread while the network and the parsing go on here.
    std::optional<QCoro::Task<QString>> writing;
    SyncProgress written; // what `writing` stores
    // The page at `cursor`, when the previous page's conversation lanes fetched it already.
    std::optional<ApiResult<Paged<Ticket>>> fetched;
    for (;;) {
        if (!fetched)
            fetched = co_await ticketPage(cursor.page);
        const ApiResult<Paged<Ticket>> page = std::move(*fetched);
        fetched.reset();
        if (!page) {
            report.error = page.error();
            break;
        }
        const bool last = !page->pagination.hasNext() || page->items.isEmpty();
        // Not the last page: the next one is fetched as soon as this one's batches are all sent.
        std::shared_ptr<PageAhead> ahead;
        if (!last) {
            ahead = std::make_shared<PageAhead>();
            ahead->page = cursor.page + 1;
        }
        QList<Ticket> needing = needingConversation(page->items);
        ApiResult<Conversations> conversations = co_await fetchConversations(std::move(needing), ahead);
        if (!conversations) {
            report.error = conversations.error();
            break;
        }
        if (ahead)
            fetched = std::move(ahead->result);

        progress.done += page->items.size();
        progress.total = std::max<qint64>(page->pagination.total, progress.done);
        progress.complete = last;
        cursor.page += 1;
        progress.cursor = cursor.toString();
        progress.updatedAt = QDateTime();

        report.tickets += page->items.size();
        report.messages += conversations->messages.size();
        if (writing) {
            const QString failed = co_await *writing;
            writing.reset();
            if (!failed.isEmpty()) {
                report.storeError = failed;
                break;
            }
            emit this->progress(written.done, written.total);
        }
        const QList<qint64> noneRemoved;
        written = progress;
        writing.emplace(write(page->items, conversations.value(), noneRemoved, progress));
        if (last)
            break;
    }
    if (writing) {
        const QString failed = co_await *writing;
        if (!failed.isEmpty())
            report.storeError = failed;
        else
            emit this->progress(written.done, written.total);
    }
    co_return report;
}

QCoro::Task<SyncReport> TicketSync::refresh(SyncProgress progress)
{
    SyncReport report;
    const Cursor previous = Cursor::parse(progress.cursor);
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QDateTime since = previous.since.isValid() ? previous.since : progress.updatedAt;
    since = since.addSecs(-std::chrono::duration_cast<std::chrono::seconds>(m_options.overlap).count());

    QHash<qint64, Ticket> candidates;
    QList<qint64> removed;

    // Whatever moved by a date Deskpro can filter on.
    for (int which = 0; which < 3; ++which) {
        TicketQuery query;
        query.count = m_options.pageSize;
        query.orderBy = QStringLiteral("id");
        query.orderDir = QStringLiteral("asc");
        TicketQuery::DateRange &range = which == 0
                                            ? query.dateLastUserReply
                                            : (which == 1 ? query.dateLastAgentReply : query.dateCreated);
        range.from = since;
        for (;;) {
            ApiResult<Paged<Ticket>> page = co_await m_api->tickets(query);
            if (!page) {
                report.error = page.error();
                co_return report;
            }
            for (const Ticket &ticket : page->items)
                candidates.insert(ticket.id, ticket);
            if (!page->pagination.hasNext() || page->items.isEmpty())
                break;
            ++query.page;
        }
    }

    // Every known open ticket again: status changes and reassignments leave no date behind.
    QList<qint64> known;
    if (StoreResult<QSqlDatabase> reader = m_store->reader()) {
        TicketListQuery open;
        open.statuses = m_options.statuses;
        open.limit = -1;
        open.sort = TicketListQuery::Sort::Id;
        StoreResult<QList<Ticket>> tickets = TicketRepository(reader.value()).list(open);
        if (!tickets) {
            report.storeError = tickets.error();
            co_return report;
        }
        for (const Ticket &ticket : tickets.value())
            if (ticket.id > 0)
                known.append(ticket.id);
    }
    for (const QList<qint64> &ids : chunked(known, 200)) {
        TicketQuery query;
        query.ids = ids;
        query.count = 200;
        ApiResult<Paged<Ticket>> answer = co_await m_api->tickets(query);
        if (!answer) {
            report.error = answer.error();
            co_return report;
        }
        QSet<qint64> returned;
        for (const Ticket &ticket : answer->items) {
            returned.insert(ticket.id);
            candidates.insert(ticket.id, ticket);
        }
        for (const qint64 id : ids) {
            if (returned.contains(id) || candidates.contains(id))
                continue;
            ApiResult<Ticket> alone = co_await m_api->ticket(id);
            if (alone) {
                candidates.insert(id, alone.value());
            } else if (alone.error().kind == ApiError::Kind::NotFound ||
                       alone.error().kind == ApiError::Kind::Forbidden) {
                removed.append(id);
            } else {
                report.error = alone.error();
                co_return report;
            }
        }
    }

    QList<Ticket> tickets;
    for (const Ticket &ticket : std::as_const(candidates)) {
        if (isHidden(ticket))
            removed.append(ticket.id);
        else
            tickets.append(ticket);
    }
    QList<Ticket> needing = needingConversation(tickets);
    ApiResult<Conversations> conversations = co_await fetchConversations(std::move(needing));
    if (!conversations) {
        report.error = conversations.error();
        co_return report;
    }

    Cursor next;
    next.since = startedAt;
    progress.cursor = next.toString();
    progress.complete = true;
    progress.done = tickets.size();
    progress.total = tickets.size();
    progress.updatedAt = QDateTime();
    report.tickets = tickets.size();
    report.messages = conversations->messages.size();
    report.removed = removed.size();
    const QString failed = co_await write(tickets, conversations.value(), removed, progress);
    if (!failed.isEmpty())
        report.storeError = failed;
    emit this->progress(progress.done, progress.total);
    co_return report;
}

struct TicketSync::ConversationBatch
{
    QList<Ticket> tickets;
    Batch batch;
    QList<Batch::Key<Paged<Message>>> messageKeys;
    std::optional<Batch::Key<Paged<Person>>> peopleKey;
    QHash<qint64, Batch::Key<Paged<Attachment>>> attachmentKeys; // by ticket id
};

// A batch's answers read into domain values (see fetchBatches): in the order of its tickets.
struct TicketSync::ReadBatch
{
    QList<ApiResult<Paged<Message>>> messages;
    QHash<qint64, ApiResult<Paged<Attachment>>> attachments; // by ticket id
    std::optional<ApiResult<Paged<Person>>> people;
};

struct TicketSync::ConversationFetch
{
    QList<std::shared_ptr<ConversationBatch>> batches;
    qsizetype next = 0;
    QList<Attachment> downloads; // small files, queued as the batches that list them are read
    qsizetype nextDownload = 0;
    std::shared_ptr<PageAhead> ahead; // fetched by the first lane that finds nothing else to send
    std::optional<ApiError> error;
    Conversations result;
    // The lanes, each one request in flight at a time; at most parallelBatches of them busy.
    std::list<QCoro::Task<>> lanes;
    int busy = 0;
    int maxBusy = 1;

    bool hasWork() const
    {
        return !error &&
               (next < batches.size() || nextDownload < downloads.size() || (ahead && !ahead->started));
    }
};

void TicketSync::addLanes(const std::shared_ptr<ConversationFetch> &fetch)
{
    while (fetch->busy < fetch->maxBusy && fetch->hasWork()) {
        ++fetch->busy;
        fetch->lanes.push_back(fetchBatches(fetch));
    }
}

QCoro::Task<> TicketSync::fetchBatches(std::shared_ptr<ConversationFetch> fetch)
{
    Conversations &result = fetch->result;
    const auto fail = [&fetch](const ApiError &error) {
        fetch->error = error;
        --fetch->busy;
    };
    while (!fetch->error) {
        if (fetch->next < fetch->batches.size()) {
            const std::shared_ptr<ConversationBatch> part = fetch->batches.at(fetch->next++);
            ApiResult<Batch::Results> answers = co_await m_api->batch(part->batch);
            if (!answers) {
                fail(answers.error());
                co_return;
            }
            // Read on a worker thread: a batch of conversations held the UI thread for tens of
            // milliseconds (JSON fields, dates), the longest stalls while a sync ran.
            auto readAnswers = [part, results = std::move(answers).value()] {
                ReadBatch out;
                for (const auto &key : std::as_const(part->messageKeys))
                    out.messages.append(results.get(key));
                for (auto key = part->attachmentKeys.cbegin(); key != part->attachmentKeys.cend(); ++key)
                    out.attachments.insert(key.key(), results.get(key.value()));
                if (part->peopleKey)
                    out.people = results.get(*part->peopleKey);
                return out;
            };
            QFuture<ReadBatch> reading = QtConcurrent::run(std::move(readAnswers));
            const ReadBatch read = co_await reading;
            for (qsizetype t = 0; t < part->tickets.size(); ++t) {
                const Ticket &ticket = part->tickets[t];
                ApiResult<Paged<Message>> messages = read.messages.at(t);
                if (!messages && (messages.error().kind == ApiError::Kind::NotFound ||
                                  messages.error().kind == ApiError::Kind::Forbidden))
                    continue; // gone meanwhile: the next refresh removes it
                if (!messages) {
                    fail(messages.error());
                    co_return;
                }
                result.messages += messages->items;
                Pagination pagination = messages->pagination;
                while (pagination.hasNext()) { // a conversation longer than a page
                    ApiResult<Paged<Message>> more =
                        co_await m_api->messages(ticket.id, pagination.currentPage + 1, 200);
                    if (!more) {
                        fail(more.error());
                        co_return;
                    }
                    result.messages += more->items;
                    pagination = more->pagination;
                }
                if (const auto found = read.attachments.constFind(ticket.id);
                    found != read.attachments.constEnd()) {
                    const ApiResult<Paged<Attachment>> &attachments = found.value();
                    if (!attachments) {
                        fail(attachments.error());
                        co_return;
                    }
                    result.attachments += attachments->items;
                    for (const Attachment &attachment : attachments->items)
                        if (attachment.size <= m_options.maxEagerAttachmentBytes &&
                            attachment.downloadUrl.isValid())
                            fetch->downloads.append(attachment);
                }
                result.signatures.insert(ticket.id, signatureOf(ticket));
            }
            if (read.people) {
                const ApiResult<Paged<Person>> &people = *read.people;
                if (!people) {
                    fail(people.error());
                    co_return;
                }
                result.people += people->items;
            }
            addLanes(fetch); // idle lanes, when this answer queued files
        } else if (fetch->nextDownload < fetch->downloads.size()) {
            // Small attachments come along for offline work; the bytes stay in memory until the
            // writer encrypts them into the vault.
            const Attachment attachment = fetch->downloads.at(fetch->nextDownload++);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            const QUrl url = attachment.downloadUrl;
            ApiResult<qint64> downloaded = co_await m_api->downloadBlob(url, &buffer);
            if (!downloaded) {
                if (downloaded.error().kind == ApiError::Kind::NotFound ||
                    downloaded.error().kind == ApiError::Kind::Forbidden)
                    continue; // gone from the helpdesk: metadata only
                fail(downloaded.error());
                co_return;
            }
            result.attachmentBytes.insert(attachment.id, buffer.data());
        } else if (fetch->ahead && !fetch->ahead->started) {
            // Nothing of this page left to send: the next page of tickets, while the others finish.
            const std::shared_ptr<PageAhead> ahead = fetch->ahead;
            ahead->started = true;
            ahead->result = co_await ticketPage(ahead->page);
        } else {
            break;
        }
    }
    --fetch->busy;
}

QCoro::Task<ApiResult<TicketSync::Conversations>>
TicketSync::fetchConversations(QList<Ticket> tickets, std::shared_ptr<PageAhead> ahead)
{
    if (tickets.isEmpty() && !ahead)
        co_return Conversations{};

    auto fetch = std::make_shared<ConversationFetch>();
    fetch->ahead = std::move(ahead);
    fetch->maxBusy = std::max(1, m_options.parallelBatches);
    for (const QList<Ticket> &chunk : chunked(tickets, m_options.conversationsPerBatch)) {
        auto part = std::make_shared<ConversationBatch>();
        part->tickets = chunk;
        QList<qint64> customers;
        for (const Ticket &ticket : chunk) {
            part->messageKeys.append(part->batch.add(DeskproCalls::messages(ticket.id, 1, 200)));
            if (ticket.hasAttachments)
                part->attachmentKeys.insert(ticket.id,
                                            part->batch.add(DeskproCalls::ticketAttachments(ticket.id)));
            if (ticket.personId > 0 && !customers.contains(ticket.personId))
                customers.append(ticket.personId);
        }
        if (!customers.isEmpty())
            part->peopleKey = part->batch.add(DeskproCalls::people(1, 200, {}, customers));
        fetch->batches.append(part);
    }

    // A few requests in flight, each answer read while the others are still on the wire: the
    // batches, then the small files they list, then the page ahead; never more than
    // parallelBatches at a time. A lane that finds nothing to send ends; one whose answer queued
    // files starts idle ones again. A lane only ever adds lanes after itself in the list.
    addLanes(fetch);
    for (auto lane = fetch->lanes.begin(); lane != fetch->lanes.end(); ++lane)
        co_await *lane;
    fetch->lanes.clear(); // each lane holds `fetch`
    if (fetch->error)
        co_return *fetch->error;
    co_return std::move(fetch->result);
}

QCoro::Task<QString> TicketSync::write(QList<Ticket> tickets, Conversations conversations,
                                       QList<qint64> removed, SyncProgress progress)
{
    // Named, not a temporary inside co_await: GCC 12 destroys such temporaries twice.
    auto save = [tickets, conversations, removed, progress,
                 vault = m_store->vault()](QSqlDatabase &db) -> StoreResult<QStringList> {
        // Tickets the agent changed locally keep that state until the outbox has sent it.
        QSet<qint64> held;
        StoreResult<QList<OutboxItem>> unsent = OutboxRepository(db).unsent();
        if (!unsent)
            return StoreResult<QStringList>::failure(unsent);
        for (const OutboxItem &item : unsent.value())
            held.insert(item.ticketId);
        QList<Ticket> fresh;
        for (const Ticket &ticket : tickets)
            if (!held.contains(ticket.id))
                fresh.append(ticket);

        TicketRepository ticketRepository(db);
        if (StoreResult<> done = ticketRepository.upsert(fresh); !done)
            return StoreResult<QStringList>::failure(done);
        if (StoreResult<> done = ReferenceData(db).upsertPeople(conversations.people); !done)
            return StoreResult<QStringList>::failure(done);
        if (StoreResult<> done = MessageRepository(db).upsert(conversations.messages); !done)
            return StoreResult<QStringList>::failure(done);
        // Attachment rows, and the small files fetched with them encrypted into the vault. A file
        // written here and not committed is removed again (a crash in between can leave only an
        // encrypted orphan, never plaintext).
        AttachmentRepository attachments(db);
        if (StoreResult<> done = attachments.upsert(conversations.attachments); !done)
            return StoreResult<QStringList>::failure(done);
        QStringList written;
        const auto undo = [&written, &vault](const auto &failure) {
            for (const QString &file : std::as_const(written))
                vault.remove(file);
            return StoreResult<QStringList>::failure(failure);
        };
        for (auto it = conversations.attachmentBytes.cbegin(); it != conversations.attachmentBytes.cend();
             ++it) {
            const StoreResult<std::optional<VaultFile>> existing = attachments.localCopy(it.key());
            if (!existing)
                return undo(existing);
            if (existing.value())
                continue;
            StoreResult<VaultFile> put = vault.put(it.value());
            if (!put)
                return undo(put);
            written << put.value().fileName;
            if (StoreResult<> done = attachments.setLocalCopy(it.key(), put.value()); !done)
                return undo(done);
        }
        SyncState state(db);
        for (auto it = conversations.signatures.cbegin(); it != conversations.signatures.cend(); ++it) {
            SyncProgress signature;
            signature.scope = conversationScope(it.key());
            signature.cursor = it.value();
            signature.complete = true;
            if (StoreResult<> done = state.save(signature); !done)
                return StoreResult<QStringList>::failure(done);
        }
        QStringList files;
        if (!removed.isEmpty()) {
            StoreResult<QStringList> gone = ticketRepository.remove(removed);
            if (!gone)
                return gone;
            files = gone.value();
            for (const qint64 id : removed)
                if (StoreResult<> done = state.clear(conversationScope(id)); !done)
                    return StoreResult<QStringList>::failure(done);
        }
        if (StoreResult<> done = state.save(progress); !done)
            return StoreResult<QStringList>::failure(done);
        return files;
    };
    const StoreResult<QStringList> written = co_await m_store->writer().write(std::move(save));
    if (!written)
        co_return written.error();
    // The attachment files of removed tickets go once the rows are gone for good.
    for (const QString &file : written.value())
        m_store->vault().remove(file);
    co_return QString();
}
