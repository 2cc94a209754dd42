#pragma once

#include "domain/Draft.h"
#include "domain/OutboxItem.h"
#include "store/StoreResult.h"
#include "sync/OutboxFile.h"
#include "sync/OutboxSummary.h"

#include <QCoroTask>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class DeskproApi;
class OutboxSender;
class Store;

// What the agent does to the helpdesk, queued durably and shown at once. Every queue…() call is
// one store transaction holding the item, its optimistic local effect and a journal record:
//   - a reply or a note becomes a local message with id -<item id> (so the UI shows it, pending),
//     replaced by the helpdesk's message once sent;
//   - a property change updates the local ticket row (the previous values are kept on the item);
//   - a new ticket becomes a local ticket with id -<item id> and its first message; items queued
//     on it later follow it and move to its real id once it is created.
// The sender (OutboxSender) sends them exactly once; sendAll() makes one pass (the CLI),
// start() keeps sending while there is something to send (the GUI).
//
// Failed and Conflict items wait for the agent: sendAnyway(), retry(), edit(), keepAsDraft() or
// discard(). Nothing the agent wrote is dropped without one of those.
class Outbox : public QObject
{
    Q_OBJECT

public:
    Outbox(Store &store, DeskproApi &api, QObject *parent = nullptr);
    ~Outbox() override;

    OutboxSender &sender() { return *m_sender; }
    // The account's person id, when known (saves a GET /me).
    void setAgentPersonId(qint64 personId);

    // seenLastMessageId: the newest message when the agent began (Draft::seenLastMessageId);
    // -1 takes the newest one in the store now. The ticket must be in the store.
    // statusOnSend: set the ticket's status with the reply, as Deskpro allows.
    QCoro::Task<StoreResult<qint64>> queueReply(qint64 ticketId, QString html, QList<OutboxFile> files = {},
                                                QString statusOnSend = {}, qint64 seenLastMessageId = -1);
    QCoro::Task<StoreResult<qint64>> queueNote(qint64 ticketId, QString html, QList<OutboxFile> files = {},
                                               qint64 seenLastMessageId = -1);
    // Queues a draft as a reply or note and removes the draft, in one transaction.
    QCoro::Task<StoreResult<qint64>> queueDraft(Draft draft, QList<OutboxFile> files = {},
                                                QString statusOnSend = {});
    // `changes` as PUT tickets/{id} takes them: {"status": "resolved", "agent": 3, "labels": […]}.
    QCoro::Task<StoreResult<qint64>> queueChange(qint64 ticketId, QJsonObject changes);
    // `ticket` as POST tickets takes it: {"person": id|email|{name, email}, "subject": …,
    // "message": {"message": html, "format": "html"}, "department": …}. Gives the item id; the
    // local ticket's id is its negative.
    QCoro::Task<StoreResult<qint64>> queueNewTicket(QJsonObject ticket, QList<OutboxFile> files = {});

    // The agent's decisions on a held (Failed or Conflict) item.
    QCoro::Task<StoreResult<>> sendAnyway(qint64 itemId); // sent without the ticket check, once
    QCoro::Task<StoreResult<>> retry(qint64 itemId);      // checked and sent again
    // A reply or note, then retried; with sendAnyway (the agent's answer to a conflict) it goes
    // without the ticket check, in the same step, so that no pass can send the old text between.
    QCoro::Task<StoreResult<>> edit(qint64 itemId, QString html, bool sendAnyway = false);
    QCoro::Task<StoreResult<>> keepAsDraft(qint64 itemId); // a reply or note without files
    QCoro::Task<StoreResult<>> discard(qint64 itemId);     // undoes the local effect

    // Oldest first, every state but Sent.
    StoreResult<QList<OutboxItem>> unsent() const;
    StoreResult<int> count() const;

    // One pass: see OutboxSender::sendAll().
    QCoro::Task<OutboxSummary> sendAll();

    // Keeps sending: at once when something is queued, again after the helpdesk's Retry-After
    // or a growing delay while it cannot be reached; stops on 401 until start() is called again.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isPassInFlight() const { return m_passInFlight; }
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap);

signals:
    void queued(qint64 itemId);
    void sent(qint64 itemId, qint64 remoteId);
    void failed(qint64 itemId, const QString &error);
    void conflict(qint64 itemId, const QString &reason);
    void countChanged(int unsent);
    void credentialsNeeded();
    // After each background pass (start()): how it went, for the window's connection state.
    void passFinished(const OutboxSummary &summary);

private:
    QCoro::Task<StoreResult<qint64>> queueMessage(OutboxItem::Kind kind, qint64 ticketId, QString html,
                                                  QList<OutboxFile> files, QString statusOnSend,
                                                  qint64 seenLastMessageId, bool dropDraft);
    using Decision = std::function<StoreResult<>(QSqlDatabase &, const OutboxItem &)>;
    QCoro::Task<StoreResult<>> decide(qint64 itemId, QString action, Decision work);
    void announce(qint64 itemId);
    void announceCount();
    void schedule(std::chrono::milliseconds delay);
    void runPass();
    void passDone(const OutboxSummary &summary);

    Store &m_store;
    DeskproApi &m_api;
    std::unique_ptr<OutboxSender> m_sender;
    QTimer m_timer;
    bool m_running = false;
    bool m_passInFlight = false;
    bool m_again = false;
    int m_idlePasses = 0; // passes in a row that left items waiting
    std::chrono::milliseconds m_firstDelay{2000};
    std::chrono::milliseconds m_delayCap{300000};
};
