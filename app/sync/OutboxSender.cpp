#include "sync/OutboxSender.h"

#include "api/DeskproApi.h"
#include "store/DraftRepository.h"
#include "store/Journal.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "store/ReferenceData.h"
#include "store/Store.h"
#include "store/StoreWriter.h"
#include "store/TicketRepository.h"
#include "sync/OutboxPayload.h"

#include <QCoreApplication>
#include <QCoroFuture>
#include <QCoroSignal>
#include <QCoroTimer>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPromise>
#include <QScopeGuard>

#include <algorithm>
#include <chrono>
#include <utility>

Q_LOGGING_CATEGORY(lcOutbox, "deskhand.outbox")

namespace {

using K = ApiError::Kind;

// After an ambiguous failure the item is looked for and, when absent, posted again at once; a
// helpdesk that keeps failing like that is left for a later pass.
constexpr int maxPostsPerPass = 3;
constexpr int lookupPageSize = 100;
constexpr int lookupPages = 3;
// A pass's verdict on a ticket is trusted this long; after that the item is checked alone.
constexpr std::chrono::seconds verdictLifetime{15};
constexpr int ticketsPerCheck = 200; // Deskpro's ids= limit
constexpr int firstCheck = 8;        // tickets in a pass's first check; each next one twice as many
constexpr int claimsPerCommit = 16;  // items marked Sending together, a little ahead of their POSTs
constexpr auto countInterval = std::chrono::milliseconds(250); // the unsent count, during a pass

bool isMessage(const OutboxItem &item)
{
    return item.kind == OutboxItem::Kind::Reply || item.kind == OutboxItem::Kind::Note;
}

bool isResolved(const QString &status)
{
    return status == u"resolved" || status == u"closed" || status.startsWith(QLatin1String("resolved.")) ||
           status.startsWith(QLatin1String("closed."));
}

bool isDeleted(const QString &status)
{
    return status == u"hidden" || status.startsWith(QLatin1String("hidden."));
}

// Deskpro's own words for what it refused: the first field message, else its message.
QString refusal(const ApiError &error)
{
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
        if (!it.value().isEmpty())
            return it.key().isEmpty() ? it.value() : it.key() + QStringLiteral(": ") + it.value();
    }
    return error.message;
}

// The request was answered and refused before it was applied, or never left: safe to send again.
bool wasNotApplied(const ApiError &error)
{
    switch (error.kind) {
    case K::Network:
    case K::Tls:
    case K::RateLimited:
    case K::Maintenance:
    case K::Server:
    case K::Redirected:
    case K::Unauthorized:
        return true;
    default:
        return false;
    }
}

// The journal's line for an item the helpdesk has (on its ticket, which a new ticket's item names
// only once it exists).
StoreResult<> journalSent(QSqlDatabase &db, const OutboxItem &item, qint64 ticketId, const QDateTime &now)
{
    JournalEntry entry;
    entry.writtenAt = item.createdAt;
    entry.sentAt = now;
    entry.action = OutboxPayload::journalAction(item);
    entry.ticketId = ticketId;
    entry.result = QStringLiteral("sent");
    return Journal(db).append(entry).ok() ? StoreResult<>() : StoreResult<>::failure(QString());
}

// The helpdesk has the message: the item is Sent, its optimistic local copy (id -item.id) gives way
// to the helpdesk's, and the journal says so.
StoreResult<> saveSent(QSqlDatabase &db, const OutboxItem &item, Message message, const QDateTime &now)
{
    message.ticketId = item.ticketId;
    if (auto marked = OutboxRepository(db).markSent(item.id, message.id, now); !marked)
        return marked;
    MessageRepository messages(db);
    if (auto removed = messages.remove(-item.id); !removed)
        return removed;
    if (auto kept = messages.upsert(message); !kept)
        return kept;
    return journalSent(db, item, item.ticketId, now);
}

bool isOffline(const ApiError &error)
{
    return error.kind == K::Network || error.kind == K::Timeout || error.kind == K::Maintenance ||
           error.kind == K::RateLimited || error.kind == K::Server || error.kind == K::Tls;
}

} // namespace

struct OutboxSender::Pass
{
    struct Verdict
    {
        OutboxItem item; // as it was checked: an edit since voids the verdict
        QString reason;  // empty: nothing on the ticket stands in the way
        QDeadlineTimer fresh{verdictLifetime};
    };
    QList<qint64> tickets;           // in the order their oldest items were queued
    QHash<qint64, Verdict> verdicts; // by item id
    OutboxSummary summary;
    bool stop = false;

    // The common case (see the class comment): its items in ticket order, the claims made so far
    // (each item's chunk: the ids it marked Sending), the items posted, the Sent commits running.
    using Claim = QFuture<StoreResult<QSet<qint64>>>;
    QList<OutboxItem> claimable;
    QHash<qint64, qsizetype> claimableAt;       // index in claimable, by item id
    QHash<qint64, qsizetype> claimableOfTicket; // index in claimable, by ticket id
    QHash<qint64, QFuture<void>> checked;       // by ticket id: the check that gives its verdict
    qsizetype claimedUpTo = 0;                  // claimable[0, claimedUpTo) have a claim
    QHash<qint64, Claim> claims;                // by item id
    QSet<qint64> posted;
    QList<std::pair<OutboxItem, Message>> unsaved; // posted, waiting for the next Sent commit
    std::vector<QCoro::Task<>> completions;
};

OutboxSender::OutboxSender(Store &store, DeskproApi &api, QObject *parent)
    : QObject(parent), m_store(store), m_api(api)
{
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(countInterval);
    connect(&m_countTimer, &QTimer::timeout, this, [this] {
        if (m_countDue)
            countNow();
    });
}

OutboxSender::~OutboxSender() = default;

QCoro::Task<OutboxSummary> OutboxSender::sendAll()
{
    while (m_running)
        co_await qCoro(this, &OutboxSender::passFinished);
    m_running = true;

    auto pass = std::make_shared<Pass>();
    QList<OutboxItem> heads;
    QHash<qint64, int> unsentPerTicket;
    // One sender per account across processes: the GUI and the CLI share the outbox, and two
    // passes at once could both post an item. A lock left by a process that died is taken over:
    // at once when its PID names no running process, else once the file is a few seconds old and
    // nobody holds it (QLockFile also holds an OS lock on the file while it lives, so a live holder
    // is never robbed). The age matters for a process killed between creating the file and
    // writing its PID: its file is empty and says nothing about who made it.
    QLockFile sending(QDir(m_store.directory()).filePath(QStringLiteral("outbox.lock")));
    sending.setStaleLockTime(std::chrono::seconds(3));
    if (!sending.tryLock(0)) { // never wait: this may be the UI thread
        pass->summary.lastError = tr("Another Deskhand is sending this account's outbox; what is queued goes "
                                     "with it.");
    } else if (auto db = m_store.reader()) {
        if (auto unsent = OutboxRepository(db.value()).unsent()) {
            heads = OutboxRepository::nextPendingOf(unsent.value());
            for (const OutboxItem &item : std::as_const(heads)) {
                if (!pass->tickets.contains(item.ticketId))
                    pass->tickets << item.ticketId;
            }
            for (const OutboxItem &item : unsent.value())
                ++unsentPerTicket[item.ticketId];
        } else {
            pass->summary.lastError = unsent.error();
        }
    } else {
        pass->summary.lastError = db.error();
    }

    // The checks run beside the workers (see checkTickets).
    std::optional<QCoro::Task<>> checking;
    if (!pass->tickets.isEmpty())
        checking.emplace(checkTickets(pass, heads, unsentPerTicket));

    std::vector<QCoro::Task<>> workers;
    const int count = std::min<int>(m_parallel, int(pass->tickets.size()));
    workers.reserve(size_t(count));
    for (int i = 0; i < count; ++i)
        workers.push_back(worker(pass));
    for (auto &running : workers)
        co_await running;
    if (checking) // the workers may have stopped first
        co_await *checking;
    for (auto &completion : pass->completions)
        co_await completion;
    co_await releaseClaims(pass);

    if (auto db = m_store.reader()) {
        if (auto items = OutboxRepository(db.value()).unsent()) {
            for (const OutboxItem &item : items.value()) {
                if (item.state == OutboxItem::State::Pending || item.state == OutboxItem::State::Sending)
                    ++pass->summary.pending;
                else
                    ++pass->summary.held;
            }
        }
    }
    m_running = false;
    if (m_countDue) {
        m_countTimer.stop();
        countNow();
    }
    emit passFinished();
    co_return pass->summary;
}

QCoro::Task<> OutboxSender::worker(std::shared_ptr<Pass> pass)
{
    while (!pass->stop && !pass->tickets.isEmpty())
        co_await sendTicket(pass, pass->tickets.takeFirst());
}

QCoro::Task<> OutboxSender::sendTicket(std::shared_ptr<Pass> pass, qint64 ticketId)
{
    // Its verdict first: the check that covers it may still be running.
    if (const QFuture<void> check = pass->checked.value(ticketId); !check.isFinished())
        co_await check;
    // The common case's item (the ticket's sole one, read as the pass began) is not read again:
    // its claim commits only while the item is still as read. Any other item is read first.
    std::optional<OutboxItem> unread;
    if (const qsizetype at = pass->claimableOfTicket.value(ticketId, -1); at >= 0)
        unread = pass->claimable.at(at);
    while (!pass->stop) {
        std::optional<OutboxItem> claimed;
        if (unread)
            claimed = co_await claim(pass, *std::exchange(unread, std::nullopt));
        const std::optional<OutboxItem> item = claimed ? claimed : headOf(ticketId);
        if (!item)
            co_return;
        const OutboxItem next = *item;
        if (!claimed)
            claimed = co_await claim(pass, next);
        Outcome outcome;
        if (claimed) {
            const OutboxItem mine = *claimed;
            outcome = co_await sendClaimed(pass, mine);
        } else {
            outcome = co_await sendOne(pass, next);
        }
        if (outcome.deferred) // the ticket's only item: nothing follows it
            co_return;
        OutboxSummary &summary = pass->summary;
        switch (outcome.kind) {
        case Outcome::Kind::Sent:
            ++summary.sent;
            // A new ticket's later items now live under its real id.
            if (item->kind == OutboxItem::Kind::NewTicket)
                ticketId = outcome.remoteId;
            continue;
        case Outcome::Kind::Failed:
            ++summary.failed;
            summary.lastError = outcome.text;
            co_return;
        case Outcome::Kind::Conflict:
            ++summary.conflicts;
            summary.lastError = outcome.text;
            co_return;
        case Outcome::Kind::Pending:
            summary.lastError = outcome.text;
            summary.retryAfter = std::max(summary.retryAfter, outcome.retryAfter);
            // Unreachable or asked to wait: the other tickets would fare no better.
            if (outcome.offline) {
                summary.offline = true;
                pass->stop = true;
            }
            co_return;
        case Outcome::Kind::Unauthorized:
            summary.credentialsNeeded = true;
            summary.lastError = outcome.text;
            if (!pass->stop)
                emit credentialsNeeded();
            pass->stop = true;
            co_return;
        case Outcome::Kind::Stopped:
            summary.lastError = outcome.text;
            pass->stop = true;
            co_return;
        }
    }
}

std::optional<OutboxItem> OutboxSender::headOf(qint64 ticketId)
{
    auto db = m_store.reader();
    if (!db)
        return std::nullopt;
    auto items = OutboxRepository(db.value()).byTicket(ticketId);
    if (!items)
        return std::nullopt;
    for (const OutboxItem &item : items.value()) {
        if (item.state == OutboxItem::State::Sent)
            continue;
        // Failed and Conflict items block the ones after them until the agent decides.
        if (item.state == OutboxItem::State::Pending || item.state == OutboxItem::State::Sending)
            return item;
        return std::nullopt;
    }
    return std::nullopt;
}

QSet<qint64> OutboxSender::claimedIds(qint64 ticketId)
{
    QSet<qint64> out;
    auto db = m_store.reader();
    if (!db)
        return out;
    if (auto items = OutboxRepository(db.value()).byTicket(ticketId)) {
        for (const OutboxItem &item : items.value()) {
            if (item.state == OutboxItem::State::Sent && item.remoteId > 0)
                out.insert(item.remoteId);
        }
    }
    return out;
}

void OutboxSender::announceCount()
{
    if (m_running) {
        m_countDue = true;
        if (!m_countTimer.isActive())
            m_countTimer.start();
        return;
    }
    countNow();
}

void OutboxSender::countNow()
{
    m_countDue = false;
    auto db = m_store.reader();
    if (!db)
        return;
    if (auto count = OutboxRepository(db.value()).countUnsent())
        emit countChanged(count.value());
}

QCoro::Task<OutboxSender::Outcome> OutboxSender::sendOne(std::shared_ptr<Pass> pass, OutboxItem item)
{
    const bool wasSending = item.state == OutboxItem::State::Sending;
    switch (item.kind) {
    case OutboxItem::Kind::Reply:
    case OutboxItem::Kind::Note:
        co_return co_await sendMessage(pass, item, wasSending);
    case OutboxItem::Kind::Change:
        co_return co_await sendChange(pass, item, wasSending);
    case OutboxItem::Kind::NewTicket:
        co_return co_await sendNewTicket(item, wasSending);
    }
    co_return Outcome{};
}

QCoro::Task<OutboxSender::Outcome> OutboxSender::sendMessage(std::shared_ptr<Pass> pass, OutboxItem item,
                                                             bool wasSending)
{
    bool mustLook = wasSending;
    for (int post = 0; post < maxPostsPerPass; ++post) {
        if (mustLook) {
            const auto found = co_await findMessage(item);
            if (!found) {
                const auto argument = found.error();
                co_return co_await notSent(item, argument);
            }
            if (found.value()) {
                const auto argument = *found.value();
                co_return co_await completeMessage(item, argument);
            }
        }
        if (post == 0 && !OutboxPayload::skipsCheck(item.payload)) {
            std::optional<QString> verdict = verdictOf(*pass, item);
            if (!verdict) {
                const auto reason = co_await conflictReason(item);
                if (!reason) {
                    const auto argument = reason.error();
                    co_return co_await notSent(item, argument);
                }
                verdict = reason.value();
            }
            if (!verdict->isEmpty()) {
                const auto argument = *verdict;
                co_return co_await hold(item, argument);
            }
        }
        const auto blobs = co_await upload(item);
        if (!blobs) {
            if (blobs.error().kind == K::Invalid) {
                const auto argument = refusal(blobs.error());
                co_return co_await fail(item, argument);
            }
            {
                const auto argument = blobs.error();
                co_return co_await notSent(item, argument);
            }
        }
        // The upload saved blob_auths on the item: read it back as markSending will see it.
        if (auto db = m_store.reader()) {
            if (auto stored = OutboxRepository(db.value()).byId(item.id); stored && stored.value())
                item = *stored.value();
        }
        if (!co_await markSending(item)) {
            // Changed or removed by the agent meanwhile: this ticket waits for the next pass.
            Outcome later;
            later.kind = Outcome::Kind::Pending;
            co_return later;
        }
        QJsonObject body = OutboxPayload::requestBody(item.payload);
        if (!blobs.value().isEmpty()) {
            QJsonArray attachments;
            for (const QString &auth : blobs.value())
                attachments.append(QJsonObject{{QStringLiteral("blob_auth"), auth}});
            body.insert(QStringLiteral("attachments"), attachments);
        }
        const auto posted = co_await m_api.postMessage(item.ticketId, body);
        if (posted) {
            const auto argument = posted.value();
            co_return co_await completeMessage(item, argument);
        }
        const ApiError error = posted.error();
        if (const std::optional<Outcome> settled = co_await messageNotPosted(item, wasSending, error))
            co_return *settled;
        // Ambiguous, timed out or unreadable: it may be there. Look before posting again.
        mustLook = true;
        wasSending = true;
        item.state = OutboxItem::State::Sending;
    }
    Outcome later;
    later.text =
        tr("The helpdesk did not confirm the message; Deskhand checks the ticket and tries again later.");
    co_return later;
}

QCoro::Task<std::optional<OutboxSender::Outcome>>
OutboxSender::messageNotPosted(OutboxItem item, bool wasSending, ApiError error)
{
    qCInfo(lcOutbox) << "outbox item" << item.id << "post failed:" << kindName(error.kind)
                     << error.httpStatus;
    if (error.kind == K::Invalid) {
        const auto argument = tr("The helpdesk refused it: %1").arg(refusal(error));
        co_return co_await fail(item, argument);
    }
    if (error.kind == K::NotFound) {
        const auto argument = tr("The ticket was deleted.");
        co_return co_await hold(item, argument);
    }
    if (error.kind == K::Forbidden) {
        const auto argument = tr("You are no longer allowed to see or change this ticket.");
        co_return co_await hold(item, argument);
    }
    if (wasNotApplied(error))
        co_return co_await refused(item, wasSending, error);
    co_return std::nullopt;
}

QCoro::Task<std::optional<OutboxItem>> OutboxSender::claim(std::shared_ptr<Pass> pass, OutboxItem item)
{
    const qsizetype at = pass->claimableAt.value(item.id, -1);
    if (at < 0)
        co_return std::nullopt; // not one of the common case
    // Claims run a chunk ahead of the POSTs: the next chunk commits while this one's items are on
    // the wire, so no worker waits for the writer (which may be busy with Sent commits).
    while (pass->claimedUpTo < pass->claimable.size() && pass->claimedUpTo <= at + claimsPerCommit)
        claimChunk(*pass);
    if (!pass->claims.contains(item.id))
        co_return std::nullopt;
    Pass::Claim mine = pass->claims.value(item.id);
    const StoreResult<QSet<qint64>> claimed = co_await mine;
    if (!claimed || !claimed.value().contains(item.id))
        co_return std::nullopt;
    item.state = OutboxItem::State::Sending;
    co_return item;
}

void OutboxSender::claimChunk(Pass &pass)
{
    const qsizetype end = std::min<qsizetype>(pass.claimable.size(), pass.claimedUpTo + claimsPerCommit);
    QList<OutboxItem> chunk;
    for (qsizetype i = pass.claimedUpTo; i < end; ++i) {
        const OutboxItem &candidate = pass.claimable.at(i);
        if (verdictOf(pass, candidate) == QString()) // still fresh, else checked alone
            chunk << candidate;
    }
    pass.claimedUpTo = end;
    if (chunk.isEmpty())
        return;
    const auto work = [chunk](QSqlDatabase &db) -> StoreResult<QSet<qint64>> {
        OutboxRepository outbox(db);
        QSet<qint64> claimed;
        for (const OutboxItem &candidate : chunk) {
            const auto stored = outbox.byId(candidate.id);
            if (!stored)
                return StoreResult<QSet<qint64>>::failure(stored);
            // Edited, discarded or gone meanwhile: it goes the ordinary way.
            if (!stored.value() || stored.value()->state != OutboxItem::State::Pending ||
                stored.value()->payload != candidate.payload)
                continue;
            if (auto marked = outbox.markSending(candidate.id); !marked)
                return StoreResult<QSet<qint64>>::failure(marked);
            claimed.insert(candidate.id);
        }
        return claimed;
    };
    const Pass::Claim claimed = m_store.writer().submit(work);
    for (const OutboxItem &candidate : std::as_const(chunk))
        pass.claims.insert(candidate.id, claimed);
}

QCoro::Task<OutboxSender::Outcome> OutboxSender::sendClaimed(std::shared_ptr<Pass> pass, OutboxItem item)
{
    const QJsonObject body = OutboxPayload::requestBody(item.payload);
    pass->posted.insert(item.id); // from here on it may have arrived: never released
    const auto posted = co_await m_api.postMessage(item.ticketId, body);
    if (posted) {
        pass->unsaved.append({item, posted.value()});
        if (pass->unsaved.size() == 1) // the first since the last commit: it schedules the next
            pass->completions.push_back(commitSent(pass));
        Outcome sent;
        sent.kind = Outcome::Kind::Sent;
        sent.remoteId = posted->id;
        sent.deferred = true;
        co_return sent;
    }
    const ApiError error = posted.error();
    // Marked Sending just for this POST: a refusal makes it Pending again.
    if (const std::optional<Outcome> settled = co_await messageNotPosted(item, false, error))
        co_return *settled;
    // Whether it arrived is unknown: look before posting again, as after any ambiguous answer.
    co_return co_await sendMessage(pass, item, true);
}

QCoro::Task<> OutboxSender::commitSent(std::shared_ptr<Pass> pass)
{
    // The replies posted meanwhile join this one: one transaction for them all, one segment of
    // the search index, one sync to disk. Committed one by one, their Sent took the writer more
    // time than the POSTs took the helpdesk. Until it commits, an item is Sending, which is safe
    // across a crash: the next pass looks for it on the helpdesk before posting anything.
    co_await QCoro::sleepFor(m_sentDelay);
    const QList<std::pair<OutboxItem, Message>> batch = std::exchange(pass->unsaved, {});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Write work = [batch, now](QSqlDatabase &db) -> StoreResult<> {
        for (const auto &[item, message] : batch) {
            if (auto saved = saveSent(db, item, message, now); !saved)
                return saved;
        }
        return {};
    };
    if (!co_await commit(work)) {
        // Not saved: the items stay Sending, and the next pass finds their messages on the helpdesk.
        pass->summary.lastError = tr("The outbox could not be saved.");
        pass->stop = true;
        co_return;
    }
    for (const auto &[item, message] : batch) {
        ++pass->summary.sent;
        emit sent(item.id, message.id);
    }
    announceCount();
}

QCoro::Task<> OutboxSender::releaseClaims(std::shared_ptr<Pass> pass)
{
    QList<qint64> unposted;
    for (auto it = pass->claims.cbegin(); it != pass->claims.cend(); ++it) {
        if (pass->posted.contains(it.key()))
            continue;
        Pass::Claim claim = it.value(); // a chunk nobody waited for may still be committing
        const StoreResult<QSet<qint64>> claimed = co_await claim;
        if (claimed && claimed.value().contains(it.key()))
            unposted << it.key();
    }
    if (unposted.isEmpty())
        co_return;
    const Write work = [unposted](QSqlDatabase &db) -> StoreResult<> {
        OutboxRepository outbox(db);
        for (const qint64 id : unposted)
            outbox.releaseClaim(id); // one the agent discarded meanwhile is simply not there
        return {};
    };
    co_await commit(work);
}

QCoro::Task<OutboxSender::Outcome> OutboxSender::sendChange(std::shared_ptr<Pass> pass, OutboxItem item,
                                                            bool wasSending)
{
    if (!OutboxPayload::skipsCheck(item.payload)) {
        std::optional<QString> verdict = verdictOf(*pass, item);
        if (!verdict) {
            const auto reason = co_await conflictReason(item);
            if (!reason) {
                const auto argument = reason.error();
                co_return co_await notSent(item, argument);
            }
            verdict = reason.value();
        }
        if (!verdict->isEmpty()) {
            const auto argument = *verdict;
            co_return co_await hold(item, argument);
        }
    }
    for (int attempt = 0; attempt < maxPostsPerPass; ++attempt) {
        if (!co_await markSending(item)) {
            // Changed or removed by the agent meanwhile: this ticket waits for the next pass.
            Outcome later;
            later.kind = Outcome::Kind::Pending;
            co_return later;
        }
        item.payload = OutboxPayload::withSkipCheck(item.payload, false);
        item.state = OutboxItem::State::Sending;
        // Setting the same values twice has the effect of setting them once: no need to look.
        const QJsonObject changes = OutboxPayload::requestBody(item.payload);
        const auto done = co_await m_api.updateTicket(item.ticketId, changes);
        if (done)
            co_return co_await completeChange(item);
        const ApiError &error = done.error();
        if (error.kind == K::Invalid) {
            const auto argument = tr("The helpdesk refused it: %1").arg(refusal(error));
            co_return co_await fail(item, argument);
        }
        if (error.kind == K::NotFound) {
            const auto argument = tr("The ticket was deleted.");
            co_return co_await hold(item, argument);
        }
        if (error.kind == K::Forbidden) {
            const auto argument = tr("You are no longer allowed to see or change this ticket.");
            co_return co_await hold(item, argument);
        }
        if (wasNotApplied(error) || attempt + 1 == maxPostsPerPass)
            co_return co_await refused(item, wasSending, error);
    }
    co_return Outcome{};
}

QCoro::Task<OutboxSender::Outcome> OutboxSender::sendNewTicket(OutboxItem item, bool wasSending)
{
    bool mustLook = wasSending;
    for (int post = 0; post < maxPostsPerPass; ++post) {
        if (mustLook) {
            const auto found = co_await findTicket(item);
            if (!found) {
                const auto argument = found.error();
                co_return co_await notSent(item, argument);
            }
            if (found.value()) {
                const auto argument = *found.value();
                co_return co_await completeTicket(item, argument);
            }
        }
        const auto blobs = co_await upload(item);
        if (!blobs) {
            if (blobs.error().kind == K::Invalid) {
                const auto argument = refusal(blobs.error());
                co_return co_await fail(item, argument);
            }
            {
                const auto argument = blobs.error();
                co_return co_await notSent(item, argument);
            }
        }
        if (auto db = m_store.reader()) {
            if (auto stored = OutboxRepository(db.value()).byId(item.id); stored && stored.value())
                item = *stored.value();
        }
        if (!co_await markSending(item)) {
            // Changed or removed by the agent meanwhile: this ticket waits for the next pass.
            Outcome later;
            later.kind = Outcome::Kind::Pending;
            co_return later;
        }
        QJsonObject body = OutboxPayload::requestBody(item.payload);
        if (!blobs.value().isEmpty()) {
            QJsonArray attachments;
            for (const QString &auth : blobs.value())
                attachments.append(QJsonObject{{QStringLiteral("blob_auth"), auth}});
            QJsonObject message = body.value(QLatin1String("message")).toObject();
            message.insert(QStringLiteral("attachments"), attachments);
            body.insert(QStringLiteral("message"), message);
        }
        const auto created = co_await m_api.createTicket(body);
        if (created) {
            const auto argument = created.value();
            co_return co_await completeTicket(item, argument);
        }
        const ApiError &error = created.error();
        if (error.kind == K::Invalid) {
            const auto argument = tr("The helpdesk refused it: %1").arg(refusal(error));
            co_return co_await fail(item, argument);
        }
        if (error.kind == K::Forbidden) {
            const auto argument = tr("You are not allowed to create this ticket.");
            co_return co_await hold(item, argument);
        }
        if (wasNotApplied(error))
            co_return co_await refused(item, wasSending, error);
        mustLook = true;
        wasSending = true;
        item.state = OutboxItem::State::Sending;
    }
    Outcome later;
    later.text = tr("The helpdesk did not confirm the new ticket; Deskhand checks and tries again later.");
    co_return later;
}

QCoro::Task<ApiResult<qint64>> OutboxSender::me()
{
    if (m_me > 0)
        co_return m_me;
    const auto identity = co_await m_api.me();
    if (!identity)
        co_return identity.error();
    m_me = identity->personId;
    co_return m_me;
}

QCoro::Task<QSet<qint64>> OutboxSender::agentIds()
{
    if (m_agents)
        co_return *m_agents;
    QSet<qint64> ids;
    if (auto db = m_store.reader()) {
        if (auto agents = ReferenceData(db.value()).agents()) {
            for (const Person &agent : agents.value())
                ids.insert(agent.id);
        }
    }
    if (ids.isEmpty()) {
        for (int page = 1; page <= 20; ++page) {
            const auto agents = co_await m_api.agents(page, 200);
            if (!agents)
                co_return ids; // not cached: asked again next time
            for (const Person &agent : agents->items)
                ids.insert(agent.id);
            if (!agents->pagination.hasNext())
                break;
        }
    }
    m_agents = ids;
    co_return ids;
}

QCoro::Task<ApiResult<QList<Message>>> OutboxSender::newestMessages(qint64 ticketId, qint64 above)
{
    QList<Message> out;
    for (int page = 1; page <= lookupPages; ++page) {
        const ApiCall<Paged<Message>> call =
            DeskproCalls::messages(ticketId, page, lookupPageSize, QStringLiteral("desc"));
        const auto messages = co_await m_api.run(call);
        if (!messages)
            co_return messages.error();
        bool older = false;
        for (const Message &message : messages->items) {
            if (message.id > above)
                out << message;
            else
                older = true;
        }
        if (older || !messages->pagination.hasNext())
            break;
    }
    co_return out;
}

QCoro::Task<ApiResult<std::optional<Message>>> OutboxSender::findMessage(OutboxItem item)
{
    const auto agent = co_await me();
    if (!agent)
        co_return agent.error();
    const auto messages = co_await newestMessages(item.ticketId, std::max<qint64>(0, item.seenLastMessageId));
    if (!messages)
        co_return messages.error();
    const QString text = OutboxPayload::normalizedText(OutboxPayload::messageHtml(item));
    const bool note = item.kind == OutboxItem::Kind::Note;
    // Another item of this ticket with the same text may have been sent already: it owns its message.
    const QSet<qint64> claimed = claimedIds(item.ticketId);
    std::optional<Message> found;
    for (const Message &message : messages.value()) {
        if (message.personId != agent.value() || message.isNote != note || claimed.contains(message.id))
            continue;
        if (OutboxPayload::normalizedText(message.html) != text)
            continue;
        if (!found || message.id < found->id)
            found = message;
    }
    co_return found;
}

QCoro::Task<ApiResult<std::optional<Ticket>>> OutboxSender::findTicket(OutboxItem item)
{
    const QJsonObject body = OutboxPayload::requestBody(item.payload);
    const QJsonValue person = body.value(QLatin1String("person"));
    qint64 personId = person.isDouble() ? qint64(person.toDouble()) : 0;
    if (personId == 0) {
        QString email = person.isString() ? person.toString()
                                          : person.toObject().value(QLatin1String("email")).toString();
        if (email.contains(u'@')) {
            const QString address = email.trimmed();
            const auto people = co_await m_api.people(1, 10, address);
            if (!people)
                co_return people.error();
            if (people->items.isEmpty())
                co_return std::optional<Ticket>(); // a new customer: no ticket of theirs can exist
            personId = people->items.constFirst().id;
        } else {
            personId = person.toString().toLongLong();
        }
    }
    TicketQuery query;
    query.count = 100;
    query.orderBy = QStringLiteral("id");
    query.orderDir = QStringLiteral("desc");
    if (personId > 0)
        query.people = {personId};
    // Clocks differ: a little before the item was queued.
    query.dateCreated.from = item.createdAt.toUTC().addSecs(-15 * 60);
    const auto tickets = co_await m_api.tickets(query);
    if (!tickets)
        co_return tickets.error();
    const QString subject = body.value(QLatin1String("subject")).toString().simplified();
    std::optional<Ticket> found;
    for (const Ticket &ticket : tickets->items) {
        if (ticket.subject.simplified() != subject || (personId > 0 && ticket.personId != personId))
            continue;
        // A ticket another item of ours created already is not this one.
        bool claimed = false;
        if (auto db = m_store.reader()) {
            if (auto items = OutboxRepository(db.value()).byTicket(ticket.id)) {
                for (const OutboxItem &other : items.value())
                    claimed = claimed || (other.kind == OutboxItem::Kind::NewTicket && other.id != item.id);
            }
        }
        if (!claimed && (!found || ticket.id < found->id))
            found = ticket;
    }
    co_return found;
}

QCoro::Task<ApiResult<QString>> OutboxSender::conflictReason(OutboxItem item)
{
    if (item.ticketId <= 0)
        co_return QString();
    const auto current = co_await m_api.ticket(item.ticketId);
    if (!current) {
        if (current.error().kind == K::NotFound)
            co_return tr("The ticket was deleted.");
        if (current.error().kind == K::Forbidden)
            co_return tr("You are no longer allowed to see or change this ticket.");
        co_return current.error();
    }
    if (const QString against = ticketConflict(item, current.value()); !against.isEmpty())
        co_return against;
    // 0 or a local id: what the agent had seen is not known, so nothing can be newer than it.
    if (!isMessage(item) || item.seenLastMessageId <= 0)
        co_return QString();
    const auto agent = co_await me();
    if (!agent)
        co_return agent.error();
    const auto messages = co_await newestMessages(item.ticketId, item.seenLastMessageId);
    if (!messages)
        co_return messages.error();
    const QSet<qint64> agents = co_await agentIds();
    for (const Message &newer : messages.value()) {
        if (newer.isNote || newer.personId == agent.value() || agents.contains(newer.personId))
            continue;
        co_return tr("The customer wrote a new message after you began.");
    }
    co_return QString();
}

QString OutboxSender::ticketConflict(const OutboxItem &item, const Ticket &ticket)
{
    if (isDeleted(ticket.status))
        return tr("The ticket was deleted.");
    const bool message = isMessage(item);
    const QJsonObject changes = OutboxPayload::requestBody(item.payload);
    const bool setsStatus = !message && changes.contains(QLatin1String("status"));
    if ((message || setsStatus) && isResolved(ticket.status) && !isResolved(item.seenStatus) &&
        !item.seenStatus.isEmpty())
        return tr("The ticket was resolved after you began.");
    if (item.seenAgentId > 0 && ticket.agentId != item.seenAgentId)
        return ticket.agentId > 0 ? tr("The ticket was assigned to another agent after you began.")
                                  : tr("The ticket was unassigned after you began.");
    return QString();
}

bool OutboxSender::noCustomerMessageSince(const OutboxItem &item, const Ticket &ticket,
                                          const QSet<qint64> &agents)
{
    // Deskpro moves date_last_user_reply with every customer message (not with notes or agents').
    if (!ticket.dateLastUserReply.isValid())
        return true;
    auto db = m_store.reader();
    if (!db)
        return false;
    const auto seen = MessageRepository(db.value()).byId(item.seenLastMessageId);
    if (!seen || !seen.value() || !seen.value()->dateCreated.isValid())
        return false; // not kept here (retention): only the messages can tell
    const Message &last = *seen.value();
    if (ticket.dateLastUserReply < last.dateCreated)
        return true;
    // The same second: the customer's message the agent saw is the last one (dates are whole
    // seconds, so a second customer message within that very second would pass unseen).
    const bool byCustomer = !last.isNote && last.personId != m_me && !agents.contains(last.personId);
    return ticket.dateLastUserReply == last.dateCreated && byCustomer;
}

QCoro::Task<> OutboxSender::checkTickets(std::shared_ptr<Pass> pass, QList<OutboxItem> heads,
                                         QHash<qint64, int> unsentPerTicket)
{
    QHash<qint64, OutboxItem> byTicket;
    bool messagesToCheck = false;
    for (const OutboxItem &item : std::as_const(heads)) {
        // An item in Sending is looked for first; a new ticket has nothing to check against.
        if (item.state != OutboxItem::State::Pending || item.ticketId <= 0 ||
            item.kind == OutboxItem::Kind::NewTicket || OutboxPayload::skipsCheck(item.payload))
            continue;
        byTicket.insert(item.ticketId, item);
        messagesToCheck = messagesToCheck || (isMessage(item) && item.seenLastMessageId > 0);
    }
    if (byTicket.isEmpty())
        co_return;
    // The chunks, in the order the workers take the tickets: a first one of a few tickets, each
    // next one twice as large (at most 200), so that its answer is in before the workers get there.
    const auto capacity = [](qsizetype chunk) {
        return std::min<qsizetype>(ticketsPerCheck, qsizetype(firstCheck) << std::min<qsizetype>(chunk, 8));
    };
    QList<QList<qint64>> chunks;
    for (const qint64 ticketId : std::as_const(pass->tickets)) {
        if (!byTicket.contains(ticketId))
            continue;
        if (chunks.isEmpty() || chunks.last().size() >= capacity(chunks.size() - 1))
            chunks.append(QList<qint64>());
        chunks.last().append(ticketId);
    }
    std::vector<QPromise<void>> done(size_t(chunks.size()));
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        done[size_t(i)].start();
        for (const qint64 ticketId : chunks.at(i))
            pass->checked.insert(ticketId, done[size_t(i)].future());
    }
    // However the checks end, every worker waiting for one goes on: the tickets left without a
    // verdict are checked alone.
    const auto finish = qScopeGuard([&done] {
        for (QPromise<void> &promise : done)
            if (!promise.future().isFinished())
                promise.finish();
    });

    QSet<qint64> agents;
    if (messagesToCheck) {
        if (const auto agent = co_await me(); !agent)
            co_return; // the items are checked alone, which says what went wrong
        agents = co_await agentIds();
    }
    for (size_t next = 0; next < done.size() && !pass->stop; ++next) {
        const QList<qint64> &chunk = chunks.at(qsizetype(next));
        TicketQuery query;
        query.ids = chunk;
        query.count = ticketsPerCheck;
        const auto answer = co_await m_api.tickets(query);
        if (!answer)
            co_return; // likewise: no verdicts, each item is checked alone
        for (const Ticket &ticket : answer->items) {
            const auto found = byTicket.constFind(ticket.id);
            if (found == byTicket.cend())
                continue;
            const OutboxItem &item = found.value();
            Pass::Verdict verdict;
            verdict.item = item;
            verdict.reason = ticketConflict(item, ticket);
            if (verdict.reason.isEmpty() && isMessage(item) && item.seenLastMessageId > 0 &&
                !noCustomerMessageSince(item, ticket, agents))
                continue; // the messages decide: checked alone
            pass->verdicts.insert(item.id, verdict);
        }
        // The common case: the sole unsent item of its ticket, checked, a message without files.
        for (const qint64 ticketId : chunk) {
            const OutboxItem item = byTicket.value(ticketId);
            if (isMessage(item) && unsentPerTicket.value(ticketId) == 1 &&
                OutboxPayload::files(item.payload).isEmpty() && verdictOf(*pass, item) == QString()) {
                pass->claimableAt.insert(item.id, pass->claimable.size());
                pass->claimableOfTicket.insert(ticketId, pass->claimable.size());
                pass->claimable << item;
            }
        }
        done.at(next).finish();
    }
}

std::optional<QString> OutboxSender::verdictOf(const Pass &pass, const OutboxItem &item)
{
    const auto found = pass.verdicts.constFind(item.id);
    if (found == pass.verdicts.cend() || found->fresh.hasExpired())
        return std::nullopt;
    const OutboxItem &checked = found->item;
    if (checked.payload != item.payload || checked.seenLastMessageId != item.seenLastMessageId ||
        checked.seenAgentId != item.seenAgentId || checked.seenStatus != item.seenStatus)
        return std::nullopt;
    return found->reason;
}

QCoro::Task<ApiResult<QStringList>> OutboxSender::upload(OutboxItem item)
{
    QList<OutboxPayload::File> files = OutboxPayload::files(item.payload);
    QStringList auths;
    for (qsizetype i = 0; i < files.size(); ++i) {
        OutboxPayload::File &file = files[i];
        if (file.blobAuth.isEmpty()) {
            const auto bytes = m_store.vault().get(file.vault);
            if (!bytes)
                co_return ApiError::make(K::Invalid,
                                         tr("The attached file %1 could not be read on this computer: %2")
                                             .arg(file.filename, bytes.error()));
            const auto uploaded = co_await m_api.uploadBlob(file.filename, file.contentType, bytes.value());
            if (!uploaded)
                co_return uploaded.error();
            file.blobAuth = uploaded->blobAuth;
            // Saved at once: a retry or a restart attaches this upload instead of uploading again.
            const QJsonObject payload = OutboxPayload::withFiles(item.payload, files);
            const qint64 id = item.id;
            const Write work = [id, payload](QSqlDatabase &db) {
                return OutboxRepository(db).updatePayload(id, payload);
            };
            if (!co_await commit(work))
                co_return ApiError::make(K::Network, tr("The outbox could not be saved."));
            item.payload = payload;
        }
        auths << file.blobAuth;
    }
    co_return auths;
}

QCoro::Task<bool> OutboxSender::commit(Write write)
{
    const auto work = [write](QSqlDatabase &db) { return write(db); };
    const auto done = co_await m_store.writer().write(work);
    if (!done)
        qCWarning(lcOutbox) << "outbox write failed";
    co_return done.ok();
}

QCoro::Task<bool> OutboxSender::markSending(OutboxItem item)
{
    const auto work = [item](QSqlDatabase &db) -> StoreResult<> {
        OutboxRepository outbox(db);
        const auto stored = outbox.byId(item.id);
        if (!stored)
            return stored.ok() ? StoreResult<>() : StoreResult<>::failure(stored);
        // The agent edited, discarded or resolved it since it was read: not this version.
        const bool same = stored.value() && stored.value()->payload == item.payload &&
                          (stored.value()->state == OutboxItem::State::Pending ||
                           stored.value()->state == OutboxItem::State::Sending);
        if (!same)
            return StoreResult<>::failure(
                QCoreApplication::translate("OutboxSender", "The item changed meanwhile."));
        // "Send anyway" skips the check once.
        if (OutboxPayload::skipsCheck(item.payload)) {
            if (auto cleared =
                    outbox.updatePayload(item.id, OutboxPayload::withSkipCheck(item.payload, false));
                !cleared)
                return cleared;
        }
        return outbox.markSending(item.id);
    };
    const auto marked = co_await m_store.writer().write(work);
    co_return marked.ok();
}

QCoro::Task<OutboxSender::Outcome> OutboxSender::completeMessage(OutboxItem item, Message message)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Write work = [item, message, now](QSqlDatabase &db) { return saveSent(db, item, message, now); };
    const bool done = co_await commit(work);
    Outcome outcome;
    if (!done) {
        outcome.kind = Outcome::Kind::Stopped;
        outcome.text = tr("The outbox could not be saved.");
        co_return outcome;
    }
    for (const OutboxPayload::File &file : OutboxPayload::files(item.payload))
        m_store.vault().remove(file.vault.fileName);
    outcome.kind = Outcome::Kind::Sent;
    outcome.remoteId = message.id;
    emit sent(item.id, message.id);
    announceCount();
    co_return outcome;
}

QCoro::Task<OutboxSender::Outcome> OutboxSender::completeChange(OutboxItem item)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Write work = [item, now](QSqlDatabase &db) -> StoreResult<> {
        if (auto marked = OutboxRepository(db).markSent(item.id, item.ticketId, now); !marked)
            return marked;
        return journalSent(db, item, item.ticketId, now);
    };
    const bool done = co_await commit(work);
    Outcome outcome;
    if (!done) {
        outcome.kind = Outcome::Kind::Stopped;
        outcome.text = tr("The outbox could not be saved.");
        co_return outcome;
    }
    outcome.kind = Outcome::Kind::Sent;
    outcome.remoteId = item.ticketId;
    emit sent(item.id, item.ticketId);
    announceCount();
    co_return outcome;
}

QCoro::Task<OutboxSender::Outcome> OutboxSender::completeTicket(OutboxItem item, Ticket ticket)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 localId = item.ticketId;
    const Write work = [item, ticket, now, localId](QSqlDatabase &db) -> StoreResult<> {
        if (auto marked = OutboxRepository(db).markSent(item.id, ticket.id, now); !marked)
            return marked;
        TicketRepository tickets(db);
        MessageRepository messages(db);
        if (auto kept = tickets.upsert(ticket); !kept)
            return kept;
        if (localId < 0) {
            // Replies queued on the local ticket move to the real one; its first message is the
            // helpdesk's to give (the next sync brings it).
            auto local = messages.byTicket(localId);
            if (!local)
                return StoreResult<>::failure(local);
            for (Message message : local.value()) {
                if (message.id == -item.id)
                    continue;
                message.ticketId = ticket.id;
                if (auto moved = messages.upsert(message); !moved)
                    return moved;
            }
            DraftRepository drafts(db);
            for (const bool note : {false, true}) {
                auto draft = drafts.draft(localId, note);
                if (draft && draft.value()) {
                    Draft moved = *draft.value();
                    moved.ticketId = ticket.id;
                    if (auto saved = drafts.save(moved); !saved)
                        return saved;
                    if (auto removed = drafts.remove(localId, note); !removed)
                        return removed;
                }
            }
            if (auto removed = tickets.remove({localId}); !removed)
                return StoreResult<>::failure(removed);
            if (auto moved = OutboxRepository(db).reassignTicket(localId, ticket.id); !moved)
                return moved;
        }
        return journalSent(db, item, ticket.id, now);
    };
    const bool done = co_await commit(work);
    Outcome outcome;
    if (!done) {
        outcome.kind = Outcome::Kind::Stopped;
        outcome.text = tr("The outbox could not be saved.");
        co_return outcome;
    }
    for (const OutboxPayload::File &file : OutboxPayload::files(item.payload))
        m_store.vault().remove(file.vault.fileName);
    // The first message as the helpdesk keeps it; the next sync would bring it too.
    if (const auto first = co_await m_api.messages(ticket.id, 1, 50)) {
        const QList<Message> list = first->items;
        const Write keepFirst = [list](QSqlDatabase &db) { return MessageRepository(db).upsert(list); };
        co_await commit(keepFirst);
    }
    outcome.kind = Outcome::Kind::Sent;
    outcome.remoteId = ticket.id;
    emit sent(item.id, ticket.id);
    announceCount();
    co_return outcome;
}

QCoro::Task<OutboxSender::Outcome> OutboxSender::fail(OutboxItem item, QString error)
{
    const Write work = [item, error](QSqlDatabase &db) -> StoreResult<> {
        if (auto marked = OutboxRepository(db).markFailed(item.id, error); !marked)
            return marked;
        JournalEntry entry;
        entry.writtenAt = item.createdAt;
        entry.action = OutboxPayload::journalAction(item);
        entry.ticketId = item.ticketId;
        entry.result = QStringLiteral("failed: ") + error;
        return Journal(db).append(entry).ok() ? StoreResult<>() : StoreResult<>::failure(QString());
    };
    const bool done = co_await commit(work);
    Outcome outcome;
    outcome.kind = done ? Outcome::Kind::Failed : Outcome::Kind::Stopped;
    outcome.text = error;
    if (done)
        emit failed(item.id, error);
    co_return outcome;
}

QCoro::Task<OutboxSender::Outcome> OutboxSender::hold(OutboxItem item, QString reason)
{
    const Write work = [item, reason](QSqlDatabase &db) -> StoreResult<> {
        if (auto marked = OutboxRepository(db).markConflict(item.id, reason); !marked)
            return marked;
        JournalEntry entry;
        entry.writtenAt = item.createdAt;
        entry.action = OutboxPayload::journalAction(item);
        entry.ticketId = item.ticketId;
        entry.result = QStringLiteral("conflict: ") + reason;
        return Journal(db).append(entry).ok() ? StoreResult<>() : StoreResult<>::failure(QString());
    };
    const bool done = co_await commit(work);
    Outcome outcome;
    outcome.kind = done ? Outcome::Kind::Conflict : Outcome::Kind::Stopped;
    outcome.text = reason;
    if (done)
        emit conflict(item.id, reason);
    co_return outcome;
}

QCoro::Task<OutboxSender::Outcome> OutboxSender::refused(OutboxItem item, bool wasSending, ApiError error)
{
    if (!wasSending) {
        const qint64 id = item.id;
        const Write work = [id](QSqlDatabase &db) { return OutboxRepository(db).markPending(id); };
        co_await commit(work);
    }
    co_return co_await notSent(item, error);
}

QCoro::Task<OutboxSender::Outcome> OutboxSender::notSent(OutboxItem item, ApiError error)
{
    Outcome outcome;
    outcome.text = error.message;
    if (error.kind == K::Unauthorized) {
        outcome.kind = Outcome::Kind::Unauthorized;
        co_return outcome;
    }
    // A deleted or forbidden ticket found while looking or checking.
    if (error.kind == K::NotFound) {
        const auto argument = tr("The ticket was deleted.");
        co_return co_await hold(item, argument);
    }
    if (error.kind == K::Forbidden) {
        const auto argument = tr("You are no longer allowed to see or change this ticket.");
        co_return co_await hold(item, argument);
    }
    outcome.kind = Outcome::Kind::Pending;
    outcome.offline = isOffline(error);
    outcome.retryAfter = error.retryAfter;
    co_return outcome;
}
