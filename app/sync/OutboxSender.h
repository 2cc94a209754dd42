#pragma once

#include "api/ApiResult.h"
#include "domain/Message.h"
#include "domain/OutboxItem.h"
#include "domain/Ticket.h"
#include "store/StoreResult.h"
#include "sync/OutboxSummary.h"

#include <QCoroTask>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class DeskproApi;
class Store;

// Sends the outbox: in order per ticket, one item at a time per ticket, a few tickets at once.
//
// Exactly once rests on this order of steps, each committed before the next network step:
//   1. an item found in state Sending (a crash or an ambiguous failure) is first looked for on
//      the helpdesk: the agent's own reply with the same text, newer than what the agent had
//      seen; found means sent;
//   2. the ticket is checked (unless the agent said "send anyway"): a new customer message,
//      another assignee, resolved, deleted or forbidden holds the item as a Conflict. A pass
//      checks the tickets of all its items in a few calls (GET /tickets?ids=, at most 200 each,
//      the first few tickets in a call of their own so that sending begins); an item the
//      ticket alone cannot decide, or whose verdict is older than a few seconds, is checked
//      alone (the ticket and its newest messages) just before it goes;
//   3. attachments are uploaded (POST /blobs/temp) and their blob_auth saved on the item;
//   4. the item is marked Sending, then posted;
//   5. the answer marks it Sent (the optimistic local message replaced by the real one), Failed
//      (400) or back to waiting; an ambiguous answer goes back to step 1 at once.
// The common case goes faster with the same steps: a reply or note that is the only unsent item
// of its ticket, checked with the pass's tickets and without files, is marked Sending with the
// next few such items in one transaction just before its POST, and its Sent is committed while
// the next POST is already on the wire, together with the Sent of those posted within a few
// milliseconds after it (the pass ends once every Sent is committed). Items marked so and never
// posted (the pass stopped) go back to Pending; a crash leaves them Sending (posted or not), which
// step 1 handles like any other.
// Property changes (PUT) are sent again after an ambiguous failure: doing so twice has the same
// effect. New tickets are looked for by subject and customer, created since the item was.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    OutboxSender(Store &store, DeskproApi &api, QObject *parent = nullptr);
    ~OutboxSender() override;

    // The account's person id; 0: asked of the helpdesk (GET /me) when first needed.
    void setAgentPersonId(qint64 personId) { m_me = personId; }
    qint64 agentPersonId() const { return m_me; }
    // How many tickets are sent to at once (default 3).
    void setParallelTickets(int count) { m_parallel = std::max(1, count); }
    // How long a posted reply's Sent waits for the replies posted after it, to be committed with
    // them (default 20 ms; see commitSent).
    void setSentDelay(std::chrono::milliseconds delay) { m_sentDelay = delay; }

    // One pass over everything that can go now. A second call while a pass runs waits for it and
    // then makes its own pass, so that two passes never send the same item.
    QCoro::Task<OutboxSummary> sendAll();
    bool isSending() const { return m_running; }

signals:
    void sent(qint64 itemId, qint64 remoteId);
    void failed(qint64 itemId, const QString &error);
    void conflict(qint64 itemId, const QString &reason);
    void countChanged(int unsent);
    void credentialsNeeded();
    void passFinished();

private:
    struct Outcome
    {
        enum class Kind { Sent, Failed, Conflict, Pending, Unauthorized, Stopped };
        Kind kind = Kind::Pending;
        qint64 remoteId = 0;
        QString text; // the error or the conflict reason, translated
        bool offline = false;
        std::chrono::milliseconds retryAfter{-1};
        bool deferred = false; // Sent, its commit still running (counted when it lands)
    };
    struct Pass;
    using Write = std::function<StoreResult<>(QSqlDatabase &)>;

    QCoro::Task<> worker(std::shared_ptr<Pass> pass);
    QCoro::Task<> sendTicket(std::shared_ptr<Pass> pass, qint64 ticketId);
    QCoro::Task<Outcome> sendOne(std::shared_ptr<Pass> pass, OutboxItem item);
    // The common case: claims the item with the next few like it, unless it is not one of them.
    QCoro::Task<std::optional<OutboxItem>> claim(std::shared_ptr<Pass> pass, OutboxItem item);
    // Submits the claim of the next few common-case items (one transaction).
    void claimChunk(Pass &pass);
    QCoro::Task<Outcome> sendClaimed(std::shared_ptr<Pass> pass, OutboxItem item);
    // Commits the Sent of the common case's posted items, a few milliseconds after the first.
    QCoro::Task<> commitSent(std::shared_ptr<Pass> pass);
    QCoro::Task<> releaseClaims(std::shared_ptr<Pass> pass);
    // A POST of a message the helpdesk answered with an error: the outcome, or none when the
    // answer leaves it unknown whether the message arrived (look before posting again).
    QCoro::Task<std::optional<Outcome>> messageNotPosted(OutboxItem item, bool wasSending, ApiError error);
    QCoro::Task<Outcome> sendMessage(std::shared_ptr<Pass> pass, OutboxItem item, bool wasSending);
    QCoro::Task<Outcome> sendChange(std::shared_ptr<Pass> pass, OutboxItem item, bool wasSending);
    QCoro::Task<Outcome> sendNewTicket(OutboxItem item, bool wasSending);

    // Step 1: the helpdesk's copy of an item whose outcome is unknown, if it has one.
    QCoro::Task<ApiResult<std::optional<Message>>> findMessage(OutboxItem item);
    QCoro::Task<ApiResult<std::optional<Ticket>>> findTicket(OutboxItem item);
    // Step 2: what changed on the ticket since the agent began, empty when nothing that matters.
    QCoro::Task<ApiResult<QString>> conflictReason(OutboxItem item);
    // Step 2 for the pass's heads at once: a verdict for each item its ticket alone decides.
    // Checks the pass's tickets in chunks, in the order they go (a small chunk first, then larger
    // ones), while the workers send what is checked; each chunk's common-case items become
    // claimable as its verdicts arrive.
    QCoro::Task<> checkTickets(std::shared_ptr<Pass> pass, QList<OutboxItem> heads,
                               QHash<qint64, int> unsentPerTicket);
    // The pass's verdict on `item` (a conflict's reason, or empty), when it has a fresh one.
    static std::optional<QString> verdictOf(const Pass &pass, const OutboxItem &item);
    // What the ticket says against the item (deleted, resolved, reassigned), empty when nothing.
    static QString ticketConflict(const OutboxItem &item, const Ticket &ticket);
    // True when the ticket shows no customer message newer than the one the agent saw; false
    // when it cannot tell (the messages must be looked at).
    bool noCustomerMessageSince(const OutboxItem &item, const Ticket &ticket, const QSet<qint64> &agents);
    // Step 3: uploads what is not uploaded yet; gives every blob_auth of the item.
    QCoro::Task<ApiResult<QStringList>> upload(OutboxItem item);

    // Messages of a ticket newer than `above`, newest first (a few pages at most).
    QCoro::Task<ApiResult<QList<Message>>> newestMessages(qint64 ticketId, qint64 above);
    QCoro::Task<ApiResult<qint64>> me();
    QCoro::Task<QSet<qint64>> agentIds();

    // Step 4, refused (the item was changed or removed meanwhile) unless it still reads as `item`.
    QCoro::Task<bool> markSending(OutboxItem item);
    QCoro::Task<Outcome> completeMessage(OutboxItem item, Message message);
    QCoro::Task<Outcome> completeChange(OutboxItem item);
    QCoro::Task<Outcome> completeTicket(OutboxItem item, Ticket ticket);
    QCoro::Task<Outcome> fail(OutboxItem item, QString error);
    QCoro::Task<Outcome> hold(OutboxItem item, QString reason);
    // A request the helpdesk refused without applying it: Pending again (unless an earlier
    // attempt's outcome is still unknown), to be retried later.
    QCoro::Task<Outcome> refused(OutboxItem item, bool wasSending, ApiError error);
    // An error before anything was sent, or while looking.
    QCoro::Task<Outcome> notSent(OutboxItem item, ApiError error);
    QCoro::Task<bool> commit(Write write);

    std::optional<OutboxItem> headOf(qint64 ticketId);
    QSet<qint64> claimedIds(qint64 ticketId);
    // The unsent count, now or (during a pass) within countInterval: a drain of hundreds of
    // items would count, and have the window refresh, after every one.
    void announceCount();
    void countNow();

    Store &m_store;
    DeskproApi &m_api;
    qint64 m_me = 0;
    int m_parallel = 3;
    std::chrono::milliseconds m_sentDelay{20};
    bool m_running = false;
    bool m_countDue = false;
    QTimer m_countTimer;
    std::optional<QSet<qint64>> m_agents; // cached for the sender's life
};
