// The outbox against the sandbox helpdesk over real sockets: replies, notes, changes and new
// tickets arrive exactly once, in order per ticket, whatever the connection does (drop after
// commit, reset before it, a crash mid-send, offline, 429, 401); a ticket that changed meanwhile
// holds the item as a conflict. "Exactly once" is read from the sandbox's request log and the
// ticket's messages, never from the client's own counts.

#include "HttpProbe.h"
#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "api/DeskproApi.h"
#include "content/HtmlSanitizer.h"
#include "store/Journal.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "store/Store.h"
#include "store/StoreKey.h"
#include "store/StoreWriter.h"
#include "store/TicketRepository.h"
#include "sync/Outbox.h"
#include "sync/OutboxSender.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace std::chrono_literals;

namespace {

QJsonObject fault(const QString &kind, const QString &method, const QString &path,
                  const QJsonObject &more = {})
{
    QJsonObject out = more;
    out.insert(QStringLiteral("kind"), kind);
    out.insert(QStringLiteral("method"), method);
    out.insert(QStringLiteral("path"), path);
    return out;
}

QString messagesPath(qint64 ticketId)
{
    return QStringLiteral("/api/v2/tickets/%1/messages").arg(ticketId);
}

QString messagesPattern(qint64 ticketId)
{
    return QStringLiteral("^/api/v2/tickets/%1/messages$").arg(ticketId);
}

HelpdeskClient::Options quickOptions()
{
    HelpdeskClient::Options options;
    options.backoffBase = 20ms;
    options.backoffCap = 100ms;
    options.maxAttempts = 3;
    options.maxRetryAfter = 1s;
    options.transferTimeout = 10s;
    options.deadline = 30s;
    return options;
}

const char *text(const QString &message)
{
    static QByteArray bytes;
    bytes = message.toUtf8();
    return bytes.constData();
}

} // namespace

class OutboxTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxAdmin> m_admin;
    HttpProbe m_probe;       // the API key, for what other people do to a ticket meanwhile
    QList<qint64> m_tickets; // open tickets not used by a test yet
    qint64 m_me = 0;
    qint64 m_otherAgent = 0;

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_key;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<HelpdeskClient> m_client;
    std::unique_ptr<DeskproApi> m_api;
    std::unique_ptr<Outbox> m_outbox;

    QUrl api(const QString &pathAndQuery) const
    {
        return QUrl(m_sandbox->url().toString() + QStringLiteral("/api/v2") + pathAndQuery);
    }

    // A ticket nobody else in this run touches, in the store as a sync would leave it.
    qint64 freshTicket(bool assignToMe = true)
    {
        const qint64 id = m_tickets.takeFirst();
        QJsonObject changes{{QStringLiteral("status"), QStringLiteral("awaiting_agent")}};
        if (assignToMe)
            changes.insert(QStringLiteral("agent"), m_me);
        if (m_probe.sendJson("PUT", api(QStringLiteral("/tickets/%1").arg(id)), changes).status != 204)
            return 0;
        return bring(id) ? id : 0;
    }

    bool bring(qint64 id)
    {
        const auto ticket = QCoro::waitFor(m_api->ticket(id));
        const auto messages = QCoro::waitFor(m_api->messages(id, 1, 200));
        if (!ticket || !messages)
            return false;
        const Ticket t = ticket.value();
        const QList<Message> list = messages->items;
        const auto written =
            QCoro::waitFor(m_store->writer().write([t, list](QSqlDatabase &db) -> StoreResult<> {
                if (auto kept = TicketRepository(db).upsert(t); !kept)
                    return kept;
                return MessageRepository(db).upsert(list);
            }));
        return written.ok();
    }

    void openOutbox(const ApiCredentials &credentials = {}, HelpdeskClient::Options options = quickOptions())
    {
        m_outbox.reset();
        m_api.reset();
        m_client = std::make_unique<HelpdeskClient>(
            m_sandbox->url(),
            credentials.isEmpty() ? ApiCredentials::apiKey(QString::fromUtf8(m_sandbox->apiKey()))
                                  : credentials,
            options);
        m_api = std::make_unique<DeskproApi>(m_client.get());
        m_outbox = std::make_unique<Outbox>(*m_store, *m_api);
    }

    OutboxItem item(qint64 id)
    {
        const auto found = OutboxRepository(m_store->reader().value()).byId(id);
        return found && found.value() ? *found.value() : OutboxItem();
    }

    std::optional<Message> localMessage(qint64 id)
    {
        const auto found = MessageRepository(m_store->reader().value()).byId(id);
        return found ? found.value() : std::nullopt;
    }

    // The ticket's messages on the helpdesk whose text contains `marker`.
    QList<QJsonObject> remoteMessages(qint64 ticketId, const QString &marker)
    {
        QList<QJsonObject> out;
        const QJsonArray all =
            m_probe.get(api(QStringLiteral("/tickets/%1/messages?count=200").arg(ticketId))).data().toArray();
        for (const QJsonValue &value : all) {
            const QJsonObject message = value.toObject();
            if (message.value(u"message").toString().contains(marker))
                out << message;
        }
        return out;
    }

    qint64 queueReply(qint64 ticketId, const QString &html, const QList<OutboxFile> &files = {},
                      const QString &status = {})
    {
        const auto id = QCoro::waitFor(m_outbox->queueReply(ticketId, html, files, status));
        if (!id)
            qWarning("queueReply: %s", qPrintable(id.error()));
        return id ? id.value() : 0;
    }

    // `count` fresh tickets, each with one reply queued ("<p>`mark` on <ticket id></p>"); the
    // lists are empty when the sandbox or the outbox failed.
    struct Replies
    {
        QList<qint64> tickets;
        QList<qint64> items; // the outbox items, in the tickets' order
    };
    Replies repliesOnFreshTickets(int count, const QString &mark)
    {
        Replies out;
        for (int i = 0; i < count; ++i) {
            const qint64 ticketId = freshTicket();
            const qint64 itemId =
                ticketId > 0 ? queueReply(ticketId, QStringLiteral("<p>%1 on %2</p>").arg(mark).arg(ticketId))
                             : 0;
            if (itemId <= 0)
                return {};
            out.tickets << ticketId;
            out.items << itemId;
        }
        return out;
    }

    OutboxSummary sendAll() { return QCoro::waitFor(m_outbox->sendAll()); }

    static QString marker() { return QUuid::createUuid().toString(QUuid::WithoutBraces).left(13); }

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.tickets = 150;
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_admin = std::make_unique<SandboxAdmin>(*m_sandbox);
        m_probe.setKey(m_sandbox->apiKey());

        m_me = m_probe.get(api(QStringLiteral("/me"))).data().toObject().value(u"id").toInteger();
        if (m_me == 0)
            m_me = m_probe.get(api(QStringLiteral("/me"))).data().toObject().value(u"person_id").toInteger();
        const QJsonArray agents = m_sandbox->agents();
        for (const QJsonValue &agent : agents) {
            const qint64 id = agent.toObject().value(u"id").toInteger();
            if (id != m_me && m_otherAgent == 0)
                m_otherAgent = id;
        }
        QVERIFY(m_otherAgent > 0);

        const QJsonArray tickets =
            m_probe
                .get(api(QStringLiteral("/tickets?count=200&status[]=awaiting_agent&status[]=awaiting_user")))
                .data()
                .toArray();
        for (const QJsonValue &ticket : tickets)
            m_tickets << ticket.toObject().value(u"id").toInteger();
        QVERIFY2(m_tickets.size() >= 25, "the sandbox has too few open tickets");
    }

    void init()
    {
        m_admin->reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_key = StoreKey::generate();
        auto opened = QCoro::waitFor(
            Store::open(m_dir->path() + QStringLiteral("/account"), m_key, Store::OpenMode::CreateNew));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_store = std::move(opened).value();
        openOutbox();
        if (m_me == 0) {
            const auto me = QCoro::waitFor(m_api->me());
            QVERIFY(me.ok());
            m_me = me->personId;
        }
    }

    void cleanup()
    {
        m_admin->reset();
        m_outbox.reset();
        m_api.reset();
        m_client.reset();
        if (m_store)
            m_store->releaseReader();
        m_store.reset();
        m_dir.reset();
    }

    void replyAndNoteArriveOnceAndReplaceTheLocalCopy()
    {
        const qint64 ticketId = freshTicket();
        QVERIFY(ticketId > 0);
        const QString mark = marker();
        QSignalSpy queued(m_outbox.get(), &Outbox::queued);
        QSignalSpy sent(m_outbox.get(), &Outbox::sent);
        QSignalSpy counted(m_outbox.get(), &Outbox::countChanged);

        const qint64 reply = queueReply(ticketId, QStringLiteral("<p>Hello <b>there</b>, %1</p>").arg(mark));
        const auto noted =
            QCoro::waitFor(m_outbox->queueNote(ticketId, QStringLiteral("<p>note %1</p>").arg(mark)));
        QVERIFY(reply > 0 && noted.ok());
        const qint64 note = noted.value();
        QCOMPARE(queued.count(), 2);
        QCOMPARE(counted.last().at(0).toInt(), 2);

        // Shown at once: local messages with the items' ids negated.
        QVERIFY(localMessage(-reply).has_value());
        QVERIFY(localMessage(-note).has_value());
        QVERIFY(localMessage(-note)->isNote);
        QCOMPARE(item(reply).state, OutboxItem::State::Pending);

        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.sent, 2);
        QCOMPARE(summary.pending, 0);
        QVERIFY(summary.allSent());
        QCOMPARE(sent.count(), 2);
        QCOMPARE(counted.last().at(0).toInt(), 0);

        const QList<QJsonObject> arrived = remoteMessages(ticketId, mark);
        QCOMPARE(arrived.size(), 2);
        QCOMPARE(m_admin->requests("POST", messagesPath(ticketId)).size(), 2);

        const OutboxItem sentReply = item(reply);
        const OutboxItem sentNote = item(note);
        QCOMPARE(sentReply.state, OutboxItem::State::Sent);
        QCOMPARE(sentNote.state, OutboxItem::State::Sent);
        QVERIFY(sentReply.remoteId > 0 && sentNote.remoteId > sentReply.remoteId);
        QVERIFY(!localMessage(-reply).has_value());
        QVERIFY(!localMessage(-note).has_value());
        QVERIFY(localMessage(sentReply.remoteId).has_value());
        QVERIFY(localMessage(sentNote.remoteId)->isNote);
        QCOMPARE(localMessage(sentReply.remoteId)->personId, m_me);

        // The journal: queued and sent for each, chained.
        const auto entries = Journal(m_store->reader().value()).entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 4);
        QCOMPARE(entries->at(0).result, QStringLiteral("queued"));
        QCOMPARE(entries->at(2).result, QStringLiteral("sent"));
        QVERIFY(entries->at(2).sentAt.isValid());
        QVERIFY(entries->at(2).action.startsWith(QLatin1String("reply")));
        QVERIFY(!entries->at(0).action.contains(mark));
        QVERIFY(Journal(m_store->reader().value()).verify().ok());
    }

    void repliesGoInOrderPerTicket()
    {
        const qint64 ticketId = freshTicket();
        const qint64 other = freshTicket();
        QVERIFY(ticketId > 0 && other > 0);
        const QString mark = marker();
        QList<qint64> ids;
        for (int i = 1; i <= 3; ++i)
            ids << queueReply(ticketId, QStringLiteral("<p>%1 number %2</p>").arg(mark).arg(i));
        ids << queueReply(other, QStringLiteral("<p>%1 elsewhere</p>").arg(mark));
        QVERIFY(!ids.contains(0));

        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.sent, 4);

        const QList<QJsonObject> arrived = remoteMessages(ticketId, mark);
        QCOMPARE(arrived.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(
                arrived.at(i).value(u"message").toString().contains(QStringLiteral("number %1").arg(i + 1)));
            QCOMPARE(item(ids.at(i)).remoteId, arrived.at(i).value(u"id").toInteger());
        }
        QCOMPARE(remoteMessages(other, mark).size(), 1);
    }

    // A pass that sends many items announces the unsent count a few times, not after every item
    // (each announcement counts the outbox and has the window refresh), and ends with the truth.
    void aPassAnnouncesTheCountAFewTimes()
    {
        QList<qint64> tickets;
        for (int i = 0; i < 2; ++i)
            tickets << freshTicket();
        QVERIFY(!tickets.contains(0));
        const QString mark = marker();
        for (int i = 0; i < 16; ++i)
            QVERIFY(queueReply(tickets.at(i % 2), QStringLiteral("<p>%1 number %2</p>").arg(mark).arg(i)) >
                    0);
        QSignalSpy counted(m_outbox.get(), &Outbox::countChanged);

        QElapsedTimer clock;
        clock.start();
        const OutboxSummary summary = sendAll();
        const qint64 tookMs = clock.elapsed();
        QCOMPARE(summary.sent, 16);
        QVERIFY(!counted.isEmpty());
        QCOMPARE(counted.last().at(0).toInt(), 0);
        // One per quarter second at most while the pass runs, and one as it ends.
        QVERIFY2(counted.count() <= 2 + tookMs / 250,
                 qPrintable(QStringLiteral("%1 announcements in %2 ms").arg(counted.count()).arg(tookMs)));
    }

    // The Sent of replies posted close together is committed together, in one piece of work of the
    // writer (one transaction, one segment of the search index), not one each.
    void aPassCommitsItsSentTogether()
    {
        const QString mark = marker();
        const auto [tickets, ids] = repliesOnFreshTickets(12, mark);
        QCOMPARE(ids.size(), 12);
        // Long enough for all twelve to be posted before the first Sent is committed.
        m_outbox->sender().setSentDelay(std::chrono::seconds(2));
        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.sent, 12);
        // One piece of work gives them one time; one by one, each had its own.
        QSet<qint64> sentTimes;
        for (const qint64 id : std::as_const(ids))
            sentTimes.insert(item(id).sentAt.toMSecsSinceEpoch());
        QVERIFY2(sentTimes.size() == 1,
                 qPrintable(QStringLiteral("12 replies saved as Sent at %1 moments").arg(sentTimes.size())));
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const OutboxItem sent = item(ids.at(i));
            QCOMPARE(sent.state, OutboxItem::State::Sent);
            QVERIFY(!localMessage(-ids.at(i)));
            QVERIFY(localMessage(sent.remoteId));
            QCOMPARE(remoteMessages(tickets.at(i), mark).size(), 1);
        }
    }

    // A pass asks for the tickets of all its items at once; a ticket is asked for alone only when
    // the list cannot decide (a customer message since the agent began: the messages tell).
    void aPassChecksItsTicketsInOneRequest()
    {
        QList<qint64> tickets;
        for (int i = 0; i < 4; ++i)
            tickets << freshTicket(true);
        QVERIFY(!tickets.contains(0));
        const QString mark = marker();
        QList<qint64> ids;
        for (const qint64 ticketId : std::as_const(tickets))
            ids << queueReply(ticketId, QStringLiteral("<p>%1 on %2</p>").arg(mark).arg(ticketId));
        QVERIFY(!ids.contains(0));
        const QUrl customerTicket = api(QStringLiteral("/tickets/%1").arg(tickets.at(2)));
        const qint64 customer = m_probe.get(customerTicket).data().toObject().value(u"person").toInteger();
        QCOMPARE(
            m_probe
                .sendJson("POST", api(QStringLiteral("/tickets/%1/messages").arg(tickets.at(2))),
                          QJsonObject{{QStringLiteral("message"), QStringLiteral("<p>Still broken.</p>")},
                                      {QStringLiteral("person"), customer}})
                .status,
            201);
        QCOMPARE(m_probe
                     .sendJson("PUT", api(QStringLiteral("/tickets/%1").arg(tickets.at(3))),
                               QJsonObject{{QStringLiteral("agent"), m_otherAgent}})
                     .status,
                 204);
        m_admin->reset();

        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.sent, 2);
        QCOMPARE(summary.conflicts, 2);
        QCOMPARE(item(ids.at(0)).state, OutboxItem::State::Sent);
        QCOMPARE(item(ids.at(1)).state, OutboxItem::State::Sent);
        QVERIFY2(item(ids.at(2)).conflictReason.contains(QStringLiteral("customer")),
                 text(item(ids.at(2)).conflictReason));
        QVERIFY2(item(ids.at(3)).conflictReason.contains(QStringLiteral("assigned")),
                 text(item(ids.at(3)).conflictReason));

        QCOMPARE(m_admin->requests("GET", QStringLiteral("/api/v2/tickets?")).size(), 1);
        QList<qint64> askedAlone;
        for (const QJsonObject &request : m_admin->requests("GET", QStringLiteral("/api/v2/tickets/"))) {
            const QString path = request.value(u"path").toString();
            for (const qint64 ticketId : std::as_const(tickets))
                if (path == QStringLiteral("/api/v2/tickets/%1").arg(ticketId))
                    askedAlone << ticketId;
        }
        QCOMPARE(askedAlone, QList<qint64>{tickets.at(2)});
        QCOMPARE(m_admin->requests("POST", QStringLiteral("/api/v2/tickets/")).size(), 2);
    }

    // A pass checks its tickets in the order they go, a few first and then twice as many at a
    // time, and sends what is checked while it asks for the rest: with each check slowed down,
    // replies arrive before the last check is asked for.
    void aPassSendsWhileItChecksTheRest()
    {
        const QString mark = marker();
        const QList<qint64> tickets = repliesOnFreshTickets(26, mark).tickets;
        QCOMPARE(tickets.size(), 26);
        m_admin->reset();
        QVERIFY(m_admin->setFaults(
            {fault(QStringLiteral("latency"), QStringLiteral("GET"), QStringLiteral("^/api/v2/tickets$"),
                   {{QStringLiteral("ms"), 300}, {QStringLiteral("rate"), 1.0}})}));

        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.sent, 26);
        QCOMPARE(summary.conflicts, 0);
        // The helpdesk's log, in the order the requests came.
        QList<qsizetype> checks;
        qsizetype firstPost = -1;
        const QJsonArray log = m_admin->requests();
        for (qsizetype i = 0; i < log.size(); ++i) {
            const QJsonObject request = log.at(i).toObject();
            const QString method = request.value(u"method").toString();
            const QString path = request.value(u"path").toString();
            if (method == QLatin1String("GET") && path.startsWith(QLatin1String("/api/v2/tickets?")))
                checks << i;
            if (method == QLatin1String("POST") && path.startsWith(QLatin1String("/api/v2/tickets/")) &&
                firstPost < 0)
                firstPost = i;
        }
        QCOMPARE(checks.size(), 3); // 8, 16 and 2 tickets
        QVERIFY2(firstPost >= 0 && firstPost < checks.last(),
                 qPrintable(QStringLiteral("first reply at %1, checks at %2, %3, %4")
                                .arg(firstPost)
                                .arg(checks.value(0))
                                .arg(checks.value(1))
                                .arg(checks.value(2))));
        for (const qint64 ticketId : std::as_const(tickets))
            QCOMPARE(remoteMessages(ticketId, mark).size(), 1);
    }

    // A process killed between creating outbox.lock and writing its PID leaves an empty file. It
    // must not block the outbox forever; a lock a live sender holds must still be respected.
    void aLockLeftByAKilledSenderIsTakenOver()
    {
        const qint64 ticketId = freshTicket();
        QVERIFY(ticketId > 0);
        const QString mark = marker();
        QVERIFY(queueReply(ticketId, QStringLiteral("<p>%1 after a crash</p>").arg(mark)) > 0);
        const QString lockPath = QDir(m_store->directory()).filePath(QStringLiteral("outbox.lock"));

        {
            QLockFile live(lockPath);
            QVERIFY(live.tryLock(0));
            const OutboxSummary held = sendAll();
            QCOMPARE(held.sent, 0);
            QVERIFY(held.lastError.contains(QStringLiteral("Another Deskhand")));
        }

        QFile empty(lockPath);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        QVERIFY(
            empty.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        empty.close();
        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.sent, 1);
        QCOMPARE(remoteMessages(ticketId, mark).size(), 1);
    }

    void dropAfterCommitIsFoundNotPostedAgain()
    {
        const qint64 ticketId = freshTicket();
        QVERIFY(ticketId > 0);
        const QString mark = marker();
        const qint64 id = queueReply(ticketId, QStringLiteral("<div>Dropped   answer\n%1</div>").arg(mark));
        QVERIFY(m_admin->setFaults({fault(QStringLiteral("drop_after_commit"), QStringLiteral("POST"),
                                          messagesPattern(ticketId), {{QStringLiteral("count"), 1}})}));

        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.sent, 1);

        const QList<QJsonObject> posts = m_admin->requests("POST", messagesPath(ticketId));
        QCOMPARE(posts.size(), 1);
        QVERIFY(posts.first().value(u"dropped").toBool());
        const QList<QJsonObject> arrived = remoteMessages(ticketId, mark);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(item(id).state, OutboxItem::State::Sent);
        QCOMPARE(item(id).remoteId, arrived.first().value(u"id").toInteger());
        QVERIFY(!localMessage(-id).has_value());
        QVERIFY(localMessage(item(id).remoteId).has_value());
    }

    void resetBeforeCommitIsPostedAgain()
    {
        const qint64 ticketId = freshTicket();
        QVERIFY(ticketId > 0);
        const QString mark = marker();
        const qint64 id = queueReply(ticketId, QStringLiteral("<p>reset %1</p>").arg(mark));
        QVERIFY(m_admin->setFaults({fault(QStringLiteral("reset"), QStringLiteral("POST"),
                                          messagesPattern(ticketId), {{QStringLiteral("count"), 1}})}));

        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.sent, 1);
        const QList<QJsonObject> posts = m_admin->requests("POST", messagesPath(ticketId));
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.first().value(u"status").toInt(), 0);
        QCOMPARE(remoteMessages(ticketId, mark).size(), 1);
        QCOMPARE(item(id).state, OutboxItem::State::Sent);
    }

    void crashMidSend_data()
    {
        QTest::addColumn<bool>("reached");
        QTest::newRow("the post reached the helpdesk") << true;
        QTest::newRow("the post never left") << false;
    }

    // A process killed after marking the item Sending, before or after its POST arrived: the
    // next process finds it Sending, looks, and posts only when it is not there.
    void crashMidSend()
    {
        QFETCH(bool, reached);
        const qint64 ticketId = freshTicket();
        QVERIFY(ticketId > 0);
        const QString mark = marker();
        const QString html = QStringLiteral("<p>Crash &amp; burn %1</p>").arg(mark);
        const qint64 id = queueReply(ticketId, html);
        QVERIFY(QCoro::waitFor(m_store->writer().write([id](QSqlDatabase &db) {
                    return OutboxRepository(db).markSending(id);
                })).ok());
        if (reached) {
            QCOMPARE(m_probe
                         .sendJson("POST", api(QStringLiteral("/tickets/%1/messages").arg(ticketId)),
                                   QJsonObject{{QStringLiteral("message"), html},
                                               {QStringLiteral("format"), QStringLiteral("html")}})
                         .status,
                     201);
        }

        openOutbox(); // the next process
        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.sent, 1);
        QCOMPARE(m_admin->requests("POST", messagesPath(ticketId)).size(), 1);
        const QList<QJsonObject> arrived = remoteMessages(ticketId, mark);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(item(id).remoteId, arrived.first().value(u"id").toInteger());
    }

    void conflicts_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reasonWord");
        QTest::newRow("a customer reply") << QStringLiteral("customer") << QStringLiteral("customer");
        QTest::newRow("reassigned") << QStringLiteral("reassign") << QStringLiteral("assigned");
        QTest::newRow("resolved") << QStringLiteral("resolve") << QStringLiteral("resolved");
        QTest::newRow("deleted") << QStringLiteral("delete") << QStringLiteral("deleted");
    }

    void conflicts()
    {
        QFETCH(QString, change);
        QFETCH(QString, reasonWord);
        const qint64 ticketId = freshTicket(true);
        QVERIFY(ticketId > 0);
        const QString mark = marker();
        const qint64 id = queueReply(ticketId, QStringLiteral("<p>held %1</p>").arg(mark));
        QVERIFY(id > 0);

        const QUrl ticketUrl = api(QStringLiteral("/tickets/%1").arg(ticketId));
        if (change == u"customer") {
            const qint64 customer = m_probe.get(ticketUrl).data().toObject().value(u"person").toInteger();
            QCOMPARE(
                m_probe
                    .sendJson("POST", api(QStringLiteral("/tickets/%1/messages").arg(ticketId)),
                              QJsonObject{{QStringLiteral("message"), QStringLiteral("<p>Any news?</p>")},
                                          {QStringLiteral("person"), customer}})
                    .status,
                201);
        } else if (change == u"reassign") {
            QCOMPARE(m_probe.sendJson("PUT", ticketUrl, QJsonObject{{QStringLiteral("agent"), m_otherAgent}})
                         .status,
                     204);
        } else if (change == u"resolve") {
            QCOMPARE(m_probe
                         .sendJson("PUT", ticketUrl,
                                   QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")}})
                         .status,
                     204);
        } else {
            QCOMPARE(m_probe.send("DELETE", ticketUrl).status, 200);
        }
        const int postsBefore = m_admin->requests("POST", messagesPath(ticketId)).size();

        QSignalSpy held(m_outbox.get(), &Outbox::conflict);
        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.conflicts, 1);
        QCOMPARE(summary.sent, 0);
        QCOMPARE(summary.held, 1);
        QCOMPARE(held.count(), 1);
        const OutboxItem stored = item(id);
        QCOMPARE(stored.state, OutboxItem::State::Conflict);
        QVERIFY2(stored.conflictReason.contains(reasonWord), text(stored.conflictReason));
        QCOMPARE(m_admin->requests("POST", messagesPath(ticketId)).size(), postsBefore);
        QCOMPARE(remoteMessages(ticketId, mark).size(), 0);
        QVERIFY(localMessage(-id).has_value()); // never dropped

        // Held: another pass sends nothing.
        QCOMPARE(sendAll().sent, 0);

        if (change == u"customer") {
            // The agent read the customer's message and sends anyway.
            QVERIFY(QCoro::waitFor(m_outbox->sendAnyway(id)).ok());
            QCOMPARE(sendAll().sent, 1);
            QCOMPARE(remoteMessages(ticketId, mark).size(), 1);
        } else if (change == u"resolve") {
            QVERIFY(QCoro::waitFor(m_outbox->keepAsDraft(id)).ok());
            QVERIFY(!localMessage(-id).has_value());
            QVERIFY(item(id).id == 0);
        }
    }

    void validationFailsWithTheFieldMessage()
    {
        const qint64 ticketId = freshTicket();
        QVERIFY(ticketId > 0);
        const QString mark = marker();
        const qint64 id = queueReply(ticketId, QStringLiteral("<p>bad %1</p>").arg(mark), {},
                                     QStringLiteral("no_such_status"));
        QSignalSpy failed(m_outbox.get(), &Outbox::failed);
        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.failed, 1);
        QCOMPARE(failed.count(), 1);
        const OutboxItem stored = item(id);
        QCOMPARE(stored.state, OutboxItem::State::Failed);
        QVERIFY2(stored.lastError.contains(QLatin1String("not a valid choice")), text(stored.lastError));
        QCOMPARE(remoteMessages(ticketId, mark).size(), 0);

        // Failed blocks what comes after it on the ticket, until the agent decides.
        const qint64 next = queueReply(ticketId, QStringLiteral("<p>after %1</p>").arg(mark));
        QCOMPARE(sendAll().sent, 0);
        QCOMPARE(item(next).state, OutboxItem::State::Pending);
        QVERIFY(QCoro::waitFor(m_outbox->discard(id)).ok());
        QVERIFY(!localMessage(-id).has_value());
        QCOMPARE(sendAll().sent, 1);
        QCOMPARE(remoteMessages(ticketId, mark).size(), 1);
    }

    void offlineStaysPendingAndGoesWhenBack()
    {
        const qint64 ticketId = freshTicket();
        QVERIFY(ticketId > 0);
        const QString mark = marker();
        const qint64 id = queueReply(ticketId, QStringLiteral("<p>offline %1</p>").arg(mark));
        QVERIFY(m_admin->setFaults({QJsonObject{{QStringLiteral("kind"), QStringLiteral("offline")},
                                                {QStringLiteral("duration_ms"), 4000},
                                                {QStringLiteral("now"), true}}}));
        QTest::qWait(100);
        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.sent, 0);
        QCOMPARE(summary.pending, 1);
        QVERIFY(summary.offline);
        QVERIFY(!summary.lastError.isEmpty());
        QCOMPARE(item(id).state, OutboxItem::State::Pending);

        QTest::qWait(4500);
        QCOMPARE(sendAll().sent, 1);
        QCOMPARE(remoteMessages(ticketId, mark).size(), 1);
    }

    // Items marked Sending together, ahead of their POSTs, and never posted because the pass
    // stopped at the first one (maintenance) are Pending again, untried, and go once next time.
    void itemsClaimedButNotPostedGoBackToPending()
    {
        const QString mark = marker();
        const auto [tickets, ids] = repliesOnFreshTickets(4, mark);
        QCOMPARE(ids.size(), 4);
        m_outbox->sender().setParallelTickets(1);
        QVERIFY(m_admin->setFaults(
            {fault(QStringLiteral("maintenance"), QStringLiteral("POST"), messagesPattern(tickets.at(0)),
                   {{QStringLiteral("count"), 3}})})); // every attempt of the first POST

        const OutboxSummary stopped = sendAll();
        QCOMPARE(stopped.sent, 0);
        QVERIFY(stopped.offline);
        QCOMPARE(stopped.pending, 4);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const OutboxItem stored = item(ids.at(i));
            QCOMPARE(stored.state, OutboxItem::State::Pending);
            QCOMPARE(stored.attempts, i == 0 ? 1 : 0);
        }
        for (qsizetype i = 1; i < tickets.size(); ++i)
            QCOMPARE(m_admin->requests("POST", messagesPath(tickets.at(i))).size(), 0);

        QCOMPARE(sendAll().sent, 4);
        for (const qint64 ticketId : std::as_const(tickets))
            QCOMPARE(remoteMessages(ticketId, mark).size(), 1);
    }

    // Retry-After longer than the client waits by itself: the outbox comes back after it.
    void rateLimitedIsRetriedAfterRetryAfter()
    {
        const qint64 ticketId = freshTicket();
        QVERIFY(ticketId > 0);
        const QString mark = marker();
        QVERIFY(m_admin->setFaults(
            {fault(QStringLiteral("rate_limit"), QStringLiteral("POST"), messagesPattern(ticketId),
                   {{QStringLiteral("count"), 1}, {QStringLiteral("retry_after"), 2}})}));
        QSignalSpy sent(m_outbox.get(), &Outbox::sent);
        m_outbox->setRetryDelays(100ms, 1s);
        m_outbox->start();
        const qint64 id = queueReply(ticketId, QStringLiteral("<p>limited %1</p>").arg(mark));
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
        m_outbox->stop();

        const QList<QJsonObject> posts = m_admin->requests("POST", messagesPath(ticketId));
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.at(0).value(u"status").toInt(), 429);
        QCOMPARE(posts.at(1).value(u"status").toInt(), 201);
        const qint64 waited =
            QDateTime::fromString(posts.at(0).value(u"time").toString(), Qt::ISODateWithMs)
                .msecsTo(QDateTime::fromString(posts.at(1).value(u"time").toString(), Qt::ISODateWithMs));
        QVERIFY2(waited >= 1900, text(QString::number(waited)));
        QCOMPARE(remoteMessages(ticketId, mark).size(), 1);
    }

    void unauthorizedAsksForCredentialsAndKeepsEverything()
    {
        const qint64 ticketId = freshTicket();
        QVERIFY(ticketId > 0);
        const QString mark = marker();
        openOutbox(ApiCredentials::apiKey(QStringLiteral("1:WRONGWRONGWRONG")));
        m_outbox->setAgentPersonId(m_me);
        const qint64 id = queueReply(ticketId, QStringLiteral("<p>signed out %1</p>").arg(mark));
        QSignalSpy needed(m_outbox.get(), &Outbox::credentialsNeeded);
        const OutboxSummary summary = sendAll();
        QVERIFY(summary.credentialsNeeded);
        QCOMPARE(summary.pending, 1);
        QCOMPARE(needed.count(), 1);
        QCOMPARE(item(id).state, OutboxItem::State::Pending);
        QCOMPARE(m_admin->requests("POST", messagesPath(ticketId)).size(), 0);

        m_client->setCredentials(ApiCredentials::apiKey(QString::fromUtf8(m_sandbox->apiKey())));
        QCOMPARE(sendAll().sent, 1);
        QCOMPARE(remoteMessages(ticketId, mark).size(), 1);
    }

    void attachmentsAreUploadedOnceWhenTheReplyIsPostedAgain()
    {
        const qint64 ticketId = freshTicket();
        QVERIFY(ticketId > 0);
        const QString mark = marker();
        const OutboxFile file{QStringLiteral("notes.txt"), QStringLiteral("text/plain"),
                              QByteArray("attached bytes")};
        const qint64 id = queueReply(ticketId, QStringLiteral("<p>with file %1</p>").arg(mark), {file});
        QVERIFY(id > 0);
        QVERIFY(m_admin->setFaults({fault(QStringLiteral("reset"), QStringLiteral("POST"),
                                          messagesPattern(ticketId), {{QStringLiteral("count"), 1}})}));

        QCOMPARE(sendAll().sent, 1);
        QCOMPARE(m_admin->requests("POST", QStringLiteral("/api/v2/blobs/temp")).size(), 1);
        QCOMPARE(m_admin->requests("POST", messagesPath(ticketId)).size(), 2);
        const QList<QJsonObject> arrived = remoteMessages(ticketId, mark);
        QCOMPARE(arrived.size(), 1);
        QCOMPARE(arrived.first().value(u"attachments").toArray().size(), 1);
    }

    // Uploaded, then the process died before the post: the next one attaches the same upload.
    void anUploadSurvivesARestart()
    {
        const qint64 ticketId = freshTicket();
        QVERIFY(ticketId > 0);
        const QString mark = marker();
        const OutboxFile file{QStringLiteral("a.txt"), QStringLiteral("text/plain"),
                              QByteArray("restart bytes")};
        const qint64 id = queueReply(ticketId, QStringLiteral("<p>restart %1</p>").arg(mark), {file});
        // Every post refused (503, never handled): the upload is done and saved, the reply waits.
        QVERIFY(m_admin->setFaults({fault(QStringLiteral("status"), QStringLiteral("POST"),
                                          messagesPattern(ticketId), {{QStringLiteral("status"), 503}})}));
        const OutboxSummary first = sendAll();
        QCOMPARE(first.sent, 0);
        QCOMPARE(first.pending, 1);
        QCOMPARE(item(id).state, OutboxItem::State::Pending);

        m_admin->setFaults({});
        openOutbox();
        QCOMPARE(sendAll().sent, 1);
        QCOMPARE(m_admin->requests("POST", QStringLiteral("/api/v2/blobs/temp")).size(), 1);
        QCOMPARE(remoteMessages(ticketId, mark).size(), 1);
    }

    void propertyChangeIsShownAtOnceAndSent()
    {
        const qint64 ticketId = freshTicket();
        QVERIFY(ticketId > 0);
        const QJsonObject changes{{QStringLiteral("urgency"), 9},
                                  {QStringLiteral("labels"), QJsonArray{QStringLiteral("outbox")}}};
        // The answer to the PUT is lost after it was applied: sending it again is harmless.
        QVERIFY(m_admin->setFaults(
            {fault(QStringLiteral("drop_after_commit"), QStringLiteral("PUT"),
                   QStringLiteral("^/api/v2/tickets/%1$").arg(ticketId), {{QStringLiteral("count"), 1}})}));
        const auto id = QCoro::waitFor(m_outbox->queueChange(ticketId, changes));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto local = TicketRepository(m_store->reader().value()).byId(ticketId);
        QCOMPARE(local.value()->urgency, 9);
        QCOMPARE(local.value()->labels, QStringList{QStringLiteral("outbox")});

        QCOMPARE(sendAll().sent, 1);
        const QJsonObject remote =
            m_probe.get(api(QStringLiteral("/tickets/%1").arg(ticketId))).data().toObject();
        QCOMPARE(remote.value(u"urgency").toInt(), 9);
        QCOMPARE(item(id.value()).state, OutboxItem::State::Sent);
    }

    void newTicketIsCreatedOnceAndTakesItsRealId()
    {
        const qint64 sample = m_tickets.first();
        const qint64 customer = m_probe.get(api(QStringLiteral("/tickets/%1").arg(sample)))
                                    .data()
                                    .toObject()
                                    .value(u"person")
                                    .toInteger();
        QVERIFY(customer > 0);
        const QString subject = QStringLiteral("Printer on fire %1").arg(marker());
        const QJsonObject ticket{
            {QStringLiteral("person"), customer},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("message"), QStringLiteral("<p>It smokes.</p>")}}}};
        QVERIFY(
            m_admin->setFaults({fault(QStringLiteral("drop_after_commit"), QStringLiteral("POST"),
                                      QStringLiteral("^/api/v2/tickets$"), {{QStringLiteral("count"), 1}})}));
        const auto id = QCoro::waitFor(m_outbox->queueNewTicket(ticket));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const qint64 localId = -id.value();
        QVERIFY(TicketRepository(m_store->reader().value()).byId(localId).value().has_value());
        // A note queued on the ticket before it exists follows it.
        const auto note = QCoro::waitFor(m_outbox->queueNote(localId, QStringLiteral("<p>call them</p>")));
        QVERIFY2(note.ok(), qPrintable(note.error()));

        const OutboxSummary summary = sendAll();
        QCOMPARE(summary.sent, 2);
        QCOMPARE(m_admin->requests("POST", QStringLiteral("/api/v2/tickets?follow_location=1")).size(), 1);
        const OutboxItem created = item(id.value());
        QVERIFY(created.remoteId > 0);
        QCOMPARE(created.ticketId, created.remoteId);
        QVERIFY(!TicketRepository(m_store->reader().value()).byId(localId).value().has_value());
        QCOMPARE(TicketRepository(m_store->reader().value()).byId(created.remoteId).value()->subject,
                 subject);
        QCOMPARE(item(note.value()).ticketId, created.remoteId);
        const QJsonArray found =
            m_probe.get(api(QStringLiteral("/tickets?person=%1&count=200").arg(customer))).data().toArray();
        int same = 0;
        for (const QJsonValue &value : found)
            same += value.toObject().value(u"subject").toString() == subject ? 1 : 0;
        QCOMPARE(same, 1);
        QCOMPARE(remoteMessages(created.remoteId, QStringLiteral("call them")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(OutboxTest)
#include "tst_outbox.moc"
