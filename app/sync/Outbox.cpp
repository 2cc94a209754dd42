#include "sync/Outbox.h"

#include "api/Backoff.h"
#include "api/DeskproCalls.h"
#include "content/HtmlSanitizer.h"
#include "store/DraftRepository.h"
#include "store/Journal.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "store/Store.h"
#include "store/StoreWriter.h"
#include "store/TicketRepository.h"
#include "sync/OutboxPayload.h"
#include "sync/OutboxSender.h"

#include <QCoreApplication>

namespace {

constexpr int previewLength = 200;

StoreResult<> journal(QSqlDatabase &db, const OutboxItem &item, const QString &result)
{
    JournalEntry entry;
    entry.action = OutboxPayload::journalAction(item);
    entry.ticketId = item.ticketId;
    entry.result = result;
    const auto appended = Journal(db).append(entry);
    return appended ? StoreResult<>() : StoreResult<>::failure(appended);
}

Message localMessage(const OutboxItem &item, qint64 personId, const QString &html)
{
    Message message;
    message.id = -item.id;
    message.ticketId = item.ticketId;
    message.personId = personId;
    message.isNote = item.kind == OutboxItem::Kind::Note;
    message.html = html;
    message.previewText = HtmlSanitizer::toPlainText(html).simplified().left(previewLength);
    message.dateCreated = item.createdAt;
    return message;
}

qint64 idOf(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : value.toString().toLongLong();
}

// The files go to the vault before the transaction: a crash in between leaves only encrypted
// files nobody points to, never an item pointing to nothing.
StoreResult<QList<OutboxPayload::File>> keep(const Store &store, const QList<OutboxFile> &files)
{
    QList<OutboxPayload::File> kept;
    for (const OutboxFile &file : files) {
        auto put = store.vault().put(file.bytes);
        if (!put) {
            for (const OutboxPayload::File &done : kept)
                store.vault().remove(done.vault.fileName);
            return StoreResult<QList<OutboxPayload::File>>::failure(put);
        }
        kept << OutboxPayload::File{file.filename, file.contentType, put.value(), QString()};
    }
    return kept;
}

void forget(const Store &store, const QList<OutboxPayload::File> &files)
{
    for (const OutboxPayload::File &file : files)
        store.vault().remove(file.vault.fileName);
}

} // namespace

Outbox::Outbox(Store &store, DeskproApi &api, QObject *parent)
    : QObject(parent), m_store(store), m_api(api), m_sender(std::make_unique<OutboxSender>(store, api))
{
    connect(m_sender.get(), &OutboxSender::sent, this, &Outbox::sent);
    connect(m_sender.get(), &OutboxSender::failed, this, &Outbox::failed);
    connect(m_sender.get(), &OutboxSender::conflict, this, &Outbox::conflict);
    connect(m_sender.get(), &OutboxSender::countChanged, this, &Outbox::countChanged);
    connect(m_sender.get(), &OutboxSender::credentialsNeeded, this, &Outbox::credentialsNeeded);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::runPass);
}

Outbox::~Outbox() = default;

void Outbox::setAgentPersonId(qint64 personId)
{
    m_sender->setAgentPersonId(personId);
}

QCoro::Task<StoreResult<qint64>> Outbox::queueReply(qint64 ticketId, QString html, QList<OutboxFile> files,
                                                    QString statusOnSend, qint64 seenLastMessageId)
{
    co_return co_await queueMessage(OutboxItem::Kind::Reply, ticketId, html, files, statusOnSend,
                                    seenLastMessageId, false);
}

QCoro::Task<StoreResult<qint64>> Outbox::queueNote(qint64 ticketId, QString html, QList<OutboxFile> files,
                                                   qint64 seenLastMessageId)
{
    const QString noStatus;
    co_return co_await queueMessage(OutboxItem::Kind::Note, ticketId, html, files, noStatus,
                                    seenLastMessageId, false);
}

QCoro::Task<StoreResult<qint64>> Outbox::queueDraft(Draft draft, QList<OutboxFile> files,
                                                    QString statusOnSend)
{
    const OutboxItem::Kind kind = draft.isNote ? OutboxItem::Kind::Note : OutboxItem::Kind::Reply;
    const QString status = draft.isNote ? QString() : statusOnSend;
    co_return co_await queueMessage(kind, draft.ticketId, draft.html, files, status, draft.seenLastMessageId,
                                    true);
}

QCoro::Task<StoreResult<qint64>> Outbox::queueMessage(OutboxItem::Kind kind, qint64 ticketId, QString html,
                                                      QList<OutboxFile> files, QString statusOnSend,
                                                      qint64 seenLastMessageId, bool dropDraft)
{
    using Result = StoreResult<qint64>;
    if (HtmlSanitizer::toPlainText(html).trimmed().isEmpty() && files.isEmpty())
        co_return Result::failure(tr("The message is empty."));
    auto kept = keep(m_store, files);
    if (!kept)
        co_return Result::failure(kept);
    const QList<OutboxPayload::File> stored = kept.value();
    const qint64 me = m_sender->agentPersonId();

    const auto work = [=](QSqlDatabase &db) -> Result {
        auto ticket = TicketRepository(db).byId(ticketId);
        if (!ticket)
            return Result::failure(ticket);
        if (!ticket.value())
            return Result::failure(
                tr("Ticket %1 is not in the local store yet. Sync it, then try again.").arg(ticketId));
        OutboxItem item;
        item.kind = kind;
        item.ticketId = ticketId;
        item.createdAt = QDateTime::currentDateTimeUtc();
        item.payload = OutboxPayload::withFiles(
            DeskproCalls::replyBody(html, kind == OutboxItem::Kind::Note, {}, statusOnSend), stored);
        if (seenLastMessageId >= 0) {
            item.seenLastMessageId = seenLastMessageId;
        } else {
            const auto newest = MessageRepository(db).newestId(ticketId);
            if (!newest)
                return Result::failure(newest);
            item.seenLastMessageId = newest.value();
        }
        item.seenAgentId = ticket.value()->agentId;
        item.seenStatus = ticket.value()->status;

        OutboxRepository outbox(db);
        const auto inserted = outbox.insert(item);
        if (!inserted)
            return inserted;
        item.id = inserted.value();
        if (auto shown = MessageRepository(db).upsert(localMessage(item, me, html)); !shown)
            return Result::failure(shown);
        if (!statusOnSend.isEmpty()) {
            Ticket changed = *ticket.value();
            changed.status = statusOnSend;
            if (auto updated = TicketRepository(db).upsert(changed); !updated)
                return Result::failure(updated);
        }
        if (dropDraft) {
            if (auto dropped = DraftRepository(db).remove(ticketId, kind == OutboxItem::Kind::Note); !dropped)
                return Result::failure(dropped);
        }
        if (auto logged = journal(db, item, QStringLiteral("queued")); !logged)
            return Result::failure(logged);
        return item.id;
    };
    const auto id = co_await m_store.writer().write(work);
    if (!id) {
        forget(m_store, stored);
        co_return id;
    }
    announce(id.value());
    co_return id;
}

QCoro::Task<StoreResult<qint64>> Outbox::queueChange(qint64 ticketId, QJsonObject changes)
{
    using Result = StoreResult<qint64>;
    if (changes.isEmpty())
        co_return Result::failure(tr("Nothing to change."));
    const auto work = [=](QSqlDatabase &db) -> Result {
        TicketRepository tickets(db);
        auto ticket = tickets.byId(ticketId);
        if (!ticket)
            return Result::failure(ticket);
        if (!ticket.value())
            return Result::failure(
                tr("Ticket %1 is not in the local store yet. Sync it, then try again.").arg(ticketId));
        Ticket changed = *ticket.value();
        OutboxItem item;
        item.kind = OutboxItem::Kind::Change;
        item.ticketId = ticketId;
        item.createdAt = QDateTime::currentDateTimeUtc();
        item.payload =
            OutboxPayload::withPreviousValues(changes, OutboxPayload::currentValues(changed, changes));
        item.seenAgentId = changed.agentId;
        item.seenStatus = changed.status;
        const auto newest = MessageRepository(db).newestId(ticketId);
        item.seenLastMessageId = newest ? newest.value() : 0;

        const auto inserted = OutboxRepository(db).insert(item);
        if (!inserted)
            return inserted;
        item.id = inserted.value();
        OutboxPayload::applyChange(changed, changes);
        if (auto updated = tickets.upsert(changed); !updated)
            return Result::failure(updated);
        if (auto logged = journal(db, item, QStringLiteral("queued")); !logged)
            return Result::failure(logged);
        return item.id;
    };
    const auto id = co_await m_store.writer().write(work);
    if (id)
        announce(id.value());
    co_return id;
}

QCoro::Task<StoreResult<qint64>> Outbox::queueNewTicket(QJsonObject ticket, QList<OutboxFile> files)
{
    using Result = StoreResult<qint64>;
    const QJsonObject message = ticket.value(QLatin1String("message")).toObject();
    if (ticket.value(QLatin1String("subject")).toString().trimmed().isEmpty())
        co_return Result::failure(tr("The new ticket needs a subject."));
    if (!ticket.contains(QLatin1String("person")))
        co_return Result::failure(tr("The new ticket needs a customer."));
    if (!message.contains(QLatin1String("format")) && message.contains(QLatin1String("message"))) {
        QJsonObject withFormat = message;
        withFormat.insert(QStringLiteral("format"), QStringLiteral("html"));
        ticket.insert(QStringLiteral("message"), withFormat);
    }
    auto kept = keep(m_store, files);
    if (!kept)
        co_return Result::failure(kept);
    const QList<OutboxPayload::File> stored = kept.value();
    const qint64 me = m_sender->agentPersonId();

    const auto work = [=](QSqlDatabase &db) -> Result {
        OutboxItem item;
        item.kind = OutboxItem::Kind::NewTicket;
        item.createdAt = QDateTime::currentDateTimeUtc();
        item.payload = OutboxPayload::withFiles(ticket, stored);
        OutboxRepository outbox(db);
        const auto inserted = outbox.insert(item);
        if (!inserted)
            return inserted;
        item.id = inserted.value();
        // The local ticket's id is the item's, negated: unique, and never a helpdesk id.
        item.ticketId = -item.id;
        if (auto placed = outbox.setTicket(item.id, item.ticketId); !placed)
            return Result::failure(placed);

        Ticket local;
        local.id = item.ticketId;
        local.subject = ticket.value(QLatin1String("subject")).toString();
        local.status = ticket.value(QLatin1String("status")).toString(QStringLiteral("awaiting_agent"));
        local.personId = idOf(ticket.value(QLatin1String("person")));
        local.agentId = idOf(ticket.value(QLatin1String("agent")));
        local.teamId = idOf(ticket.value(QLatin1String("agent_team")));
        local.departmentId = idOf(ticket.value(QLatin1String("department")));
        local.priorityId = idOf(ticket.value(QLatin1String("priority")));
        local.urgency = ticket.value(QLatin1String("urgency")).toInt(1);
        local.dateCreated = item.createdAt;
        if (auto shown = TicketRepository(db).upsert(local); !shown)
            return Result::failure(shown);
        const QString html = OutboxPayload::messageHtml(item);
        if (!html.isEmpty()) {
            if (auto shown = MessageRepository(db).upsert(localMessage(item, me, html)); !shown)
                return Result::failure(shown);
        }
        if (auto logged = journal(db, item, QStringLiteral("queued")); !logged)
            return Result::failure(logged);
        return item.id;
    };
    const auto id = co_await m_store.writer().write(work);
    if (!id) {
        forget(m_store, stored);
        co_return id;
    }
    announce(id.value());
    co_return id;
}

QCoro::Task<StoreResult<>> Outbox::decide(qint64 itemId, QString action, Decision work)
{
    const auto job = [=](QSqlDatabase &db) -> StoreResult<> {
        const auto found = OutboxRepository(db).byId(itemId);
        if (!found)
            return StoreResult<>::failure(found);
        if (!found.value())
            return StoreResult<>::failure(tr("This outbox item no longer exists."));
        const OutboxItem &item = *found.value();
        // An item on the wire (or whose outcome is being checked) is the sender's until it knows.
        if (item.state == OutboxItem::State::Sent || item.state == OutboxItem::State::Sending)
            return StoreResult<>::failure(
                item.state == OutboxItem::State::Sent
                    ? tr("This item was sent already.")
                    : tr("This item is being sent; wait until the helpdesk answers."));
        if (auto ran = work(db, item); !ran)
            return ran;
        return journal(db, item, action);
    };
    const auto done = co_await m_store.writer().write(job);
    if (done) {
        announceCount();
        if (m_running)
            schedule(std::chrono::milliseconds(0));
    }
    co_return done;
}

QCoro::Task<StoreResult<>> Outbox::sendAnyway(qint64 itemId)
{
    const QString action = QStringLiteral("send anyway");
    const Decision work = [](QSqlDatabase &db, const OutboxItem &item) {
        OutboxRepository outbox(db);
        if (auto marked = outbox.updatePayload(item.id, OutboxPayload::withSkipCheck(item.payload, true));
            !marked)
            return marked;
        return outbox.markPending(item.id);
    };
    co_return co_await decide(itemId, action, work);
}

QCoro::Task<StoreResult<>> Outbox::retry(qint64 itemId)
{
    const QString action = QStringLiteral("retry");
    const Decision work = [](QSqlDatabase &db, const OutboxItem &item) {
        return OutboxRepository(db).markPending(item.id);
    };
    co_return co_await decide(itemId, action, work);
}

QCoro::Task<StoreResult<>> Outbox::edit(qint64 itemId, QString html, bool sendAnyway)
{
    if (HtmlSanitizer::toPlainText(html).trimmed().isEmpty())
        co_return StoreResult<>::failure(tr("The message is empty."));
    const QString action = QStringLiteral("edited");
    const Decision work = [html, sendAnyway](QSqlDatabase &db, const OutboxItem &item) {
        if (item.kind == OutboxItem::Kind::Change)
            return StoreResult<>::failure(tr("A change of properties cannot be edited; discard it and change "
                                             "the ticket again."));
        OutboxRepository outbox(db);
        QJsonObject payload = OutboxPayload::withMessageHtml(item, html);
        if (sendAnyway)
            payload = OutboxPayload::withSkipCheck(payload, true);
        if (auto saved = outbox.updatePayload(item.id, payload); !saved)
            return saved;
        MessageRepository messages(db);
        const auto shown = messages.byId(-item.id);
        if (shown && shown.value()) {
            Message changed = *shown.value();
            changed.html = html;
            changed.previewText = HtmlSanitizer::toPlainText(html).simplified().left(previewLength);
            if (auto updated = messages.upsert(changed); !updated)
                return updated;
        }
        return outbox.markPending(item.id);
    };
    co_return co_await decide(itemId, action, work);
}

QCoro::Task<StoreResult<>> Outbox::keepAsDraft(qint64 itemId)
{
    const QString action = QStringLiteral("kept as draft");
    const Decision work = [](QSqlDatabase &db, const OutboxItem &item) {
        if (item.kind != OutboxItem::Kind::Reply && item.kind != OutboxItem::Kind::Note)
            return StoreResult<>::failure(tr("Only a reply or a note can become a draft again."));
        // A draft has no place for files: they would be lost.
        if (!OutboxPayload::files(item.payload).isEmpty())
            return StoreResult<>::failure(tr("A draft cannot keep attachments; edit or discard this message "
                                             "instead."));
        Draft draft;
        draft.ticketId = item.ticketId;
        draft.isNote = item.kind == OutboxItem::Kind::Note;
        draft.html = OutboxPayload::messageHtml(item);
        draft.updatedAt = QDateTime::currentDateTimeUtc();
        draft.seenLastMessageId = item.seenLastMessageId;
        if (auto saved = DraftRepository(db).save(draft); !saved)
            return saved;
        if (auto removed = MessageRepository(db).remove(-item.id); !removed)
            return removed;
        return OutboxRepository(db).remove(item.id);
    };
    co_return co_await decide(itemId, action, work);
}

QCoro::Task<StoreResult<>> Outbox::discard(qint64 itemId)
{
    QList<OutboxPayload::File> files;
    if (auto db = m_store.reader()) {
        if (auto found = OutboxRepository(db.value()).byId(itemId); found && found.value())
            files = OutboxPayload::files(found.value()->payload);
    }
    const QString action = QStringLiteral("discarded");
    const Decision work = [](QSqlDatabase &db, const OutboxItem &item) {
        OutboxRepository outbox(db);
        TicketRepository tickets(db);
        switch (item.kind) {
        case OutboxItem::Kind::Reply:
        case OutboxItem::Kind::Note:
            if (auto removed = MessageRepository(db).remove(-item.id); !removed)
                return removed;
            break;
        case OutboxItem::Kind::Change: {
            auto ticket = tickets.byId(item.ticketId);
            if (ticket && ticket.value()) {
                Ticket restored = *ticket.value();
                OutboxPayload::applyChange(restored, OutboxPayload::previousValues(item.payload));
                if (auto updated = tickets.upsert(restored); !updated)
                    return updated;
            }
            break;
        }
        case OutboxItem::Kind::NewTicket: {
            // What was queued on the ticket that will not exist goes with it.
            auto later = outbox.byTicket(item.ticketId);
            if (!later)
                return StoreResult<>::failure(later);
            for (const OutboxItem &other : later.value()) {
                if (other.id == item.id)
                    continue;
                if (other.state == OutboxItem::State::Sending)
                    return StoreResult<>::failure(tr("An item of this ticket is being sent."));
                if (auto logged = journal(db, other, QStringLiteral("discarded")); !logged)
                    return logged;
                if (auto removed = outbox.remove(other.id); !removed)
                    return removed;
            }
            if (item.ticketId < 0) {
                if (auto removed = tickets.remove({item.ticketId}); !removed)
                    return StoreResult<>::failure(removed);
            }
            break;
        }
        }
        return outbox.remove(item.id);
    };
    const auto done = co_await decide(itemId, action, work);
    if (done)
        forget(m_store, files);
    co_return done;
}

StoreResult<QList<OutboxItem>> Outbox::unsent() const
{
    auto db = m_store.reader();
    if (!db)
        return StoreResult<QList<OutboxItem>>::failure(db);
    return OutboxRepository(db.value()).unsent();
}

StoreResult<int> Outbox::count() const
{
    auto db = m_store.reader();
    if (!db)
        return StoreResult<int>::failure(db);
    return OutboxRepository(db.value()).countUnsent();
}

QCoro::Task<OutboxSummary> Outbox::sendAll()
{
    co_return co_await m_sender->sendAll();
}

void Outbox::announce(qint64 itemId)
{
    emit queued(itemId);
    announceCount();
    if (m_running)
        schedule(std::chrono::milliseconds(0));
}

void Outbox::announceCount()
{
    if (const auto counted = count())
        emit countChanged(counted.value());
}

void Outbox::start()
{
    m_running = true;
    m_idlePasses = 0;
    schedule(std::chrono::milliseconds(0));
}

void Outbox::stop()
{
    m_running = false;
    m_timer.stop();
}

void Outbox::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap)
{
    m_firstDelay = first;
    m_delayCap = cap;
}

void Outbox::schedule(std::chrono::milliseconds delay)
{
    if (!m_running)
        return;
    if (m_passInFlight) {
        // Whatever was asked for is seen by another pass right after this one.
        m_again = m_again || delay.count() == 0;
        return;
    }
    if (m_timer.isActive() && m_timer.remainingTime() <= delay.count())
        return;
    m_timer.start(delay);
}

void Outbox::runPass()
{
    if (!m_running || m_passInFlight)
        return;
    m_passInFlight = true;
    m_again = false;
    QCoro::connect(m_sender->sendAll(), this, [this](const OutboxSummary &summary) { passDone(summary); });
}

void Outbox::passDone(const OutboxSummary &summary)
{
    m_passInFlight = false;
    emit passFinished(summary);
    if (summary.credentialsNeeded) {
        // Until the agent signs in again and start() is called.
        m_running = false;
        return;
    }
    if (summary.pending > 0) {
        ++m_idlePasses;
        // When the helpdesk said when to come back, that holds even for items queued meanwhile:
        // they go with the pass after the wait.
        if (summary.retryAfter.count() >= 0) {
            schedule(summary.retryAfter);
            return;
        }
        schedule(m_again ? std::chrono::milliseconds(0)
                         : Backoff(m_firstDelay, m_delayCap).delay(m_idlePasses));
        return;
    }
    m_idlePasses = 0;
    if (m_again)
        schedule(std::chrono::milliseconds(0));
}
