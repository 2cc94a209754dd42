#pragma once

#include "api/ApiResult.h"
#include "api/Pagination.h"
#include "domain/Attachment.h"
#include "domain/Message.h"
#include "domain/Person.h"
#include "domain/Ticket.h"
#include "store/SyncProgress.h"
#include "sync/SyncReport.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

class DeskproApi;
class Store;

// Pulls the agent's tickets and their conversations into the store.
//
// Deskpro has no "changed since" endpoint, so two modes:
// - The first sync pages through every ticket in the synced statuses (200 a page, by id), and
//   fetches the conversations of the tickets it has not seen in that state, several tickets'
//   messages per /batch, a few requests at a time (a new one as soon as one is answered): the
//   batches, the small attachments they list, then the next page of tickets, so that page's GET
//   overlaps the last answers. Each page lands in one transaction with its progress, pages in
//   order, so a crash or a restart resumes at the next unwritten page; that write runs on the
//   store's writer thread while the next page's conversations are fetched.
// - Later syncs ask for tickets with a user reply, an agent reply or a creation since the last
//   sync (with an overlap for clock skew), and re-poll every known open ticket by ids= (200 a
//   call) to catch status changes and reassignments that no date shows. A known ticket the
//   helpdesk no longer returns is asked for alone: 404 or 403 removes it locally.
// A conversation is fetched again only when the ticket's reply dates or counts moved.
// Tickets with unsent outbox items keep their local state until the outbox has sent them.
class TicketSync : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QStringList statuses{QStringLiteral("awaiting_agent"), QStringLiteral("awaiting_user"),
                             QStringLiteral("pending")};
        int pageSize = 200;
        int conversationsPerBatch = 20;
        int parallelBatches = 3;
        // Attachments up to this size are kept locally (encrypted) for offline work; larger
        // ones are fetched when the agent opens them.
        qint64 maxEagerAttachmentBytes = qint64(5) << 20;
        // A part of the tickets (one queue): its own progress scope and, optionally, agents.
        QString scope = QStringLiteral("tickets");
        QList<qint64> agents; // empty: any; 0 is "unassigned"
        std::chrono::minutes overlap{10};
    };

    TicketSync(DeskproApi *api, Store *store, QObject *parent = nullptr);
    TicketSync(DeskproApi *api, Store *store, const Options &options, QObject *parent = nullptr);

    // The first sync (or the rest of it) when it has not completed, a refresh otherwise.
    QCoro::Task<SyncReport> run();

    // Where this sync keeps its progress: "tickets" for the whole set, another name for a part.
    QString scope() const { return m_options.scope; }

signals:
    // For progress bars: tickets handled so far of those known to exist (total 0: not known yet).
    void progress(qint64 done, qint64 total);

public:
    // A set of conversations as fetched: messages, the customers in them, and the signature
    // each ticket's conversation was fetched at.
    struct Conversations
    {
        QList<Message> messages;
        QList<Person> people;
        QHash<qint64, QString> signatures; // ticket id → what its conversation was fetched at
        QList<Attachment> attachments;
        QHash<qint64, QByteArray> attachmentBytes; // attachment id → its content, for the vault
    };

private:
    QCoro::Task<SyncReport> firstSync(SyncProgress progress);
    QCoro::Task<SyncReport> refresh(SyncProgress progress);
    struct PageAhead;
    // The conversations of `tickets`; with `ahead`, the first lane that finds nothing else to send
    // fetches that page of tickets (so that its GET overlaps the last answers).
    QCoro::Task<ApiResult<Conversations>> fetchConversations(QList<Ticket> tickets,
                                                             std::shared_ptr<PageAhead> ahead = {});
    struct ConversationBatch;
    struct ReadBatch;
    struct ConversationFetch;
    // One of the requests in flight: takes the next batch of `fetch`, else the next small file to
    // download, else the page ahead, until none is left.
    QCoro::Task<> fetchBatches(std::shared_ptr<ConversationFetch> fetch);
    // Starts lanes while fewer than parallelBatches are busy and there is work for them.
    void addLanes(const std::shared_ptr<ConversationFetch> &fetch);
    QCoro::Task<QString> write(QList<Ticket> tickets, Conversations conversations, QList<qint64> removed,
                               SyncProgress progress);
    QList<Ticket> needingConversation(const QList<Ticket> &tickets) const;
    QCoro::Task<ApiResult<Paged<Ticket>>> ticketPage(int page);

    DeskproApi *m_api;
    Store *m_store;
    Options m_options;
};
