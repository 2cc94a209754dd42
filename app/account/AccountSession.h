#pragma once

#include "store/StoreResult.h"
#include "sync/OutboxSummary.h"
#include "sync/SyncReport.h"

#include <QCoroTask>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class Account;
class AttachmentCopies;
class Outbox;
class Store;

// One open account at work, as the window needs it: the outbox sending in the background (the
// same Outbox the CLI uses; OutboxSender's outbox.lock keeps one sender per account across
// processes), a sync now and then, and the helpdesk's reachability as the two of them see it.
// Everything runs on the calling thread's event loop; nothing here waits.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class Connection { Unknown, Online, Offline, SignedOut };

    struct Options
    {
        bool syncOnStart = true;
        std::chrono::milliseconds syncInterval{std::chrono::minutes(5)}; // 0: only on request
        std::chrono::milliseconds outboxFirstRetry{std::chrono::seconds(2)};
        std::chrono::milliseconds outboxRetryCap{std::chrono::minutes(5)};
    };

    AccountSession(Account &account, Options options, QObject *parent = nullptr);
    ~AccountSession() override;

    Account &account() const { return m_account; }
    Outbox &outbox() const { return *m_outbox; }
    // The plaintext copies the agent opens or saves; the opened ones go with the session.
    AttachmentCopies &attachmentCopies() const { return *m_copies; }

    void start(); // the outbox sends, sync runs (at once when syncOnStart)
    void stop();

    // Stops, and deletes itself once the sync, the outbox pass and the reads in flight (if any) are over:
    // their coroutines still use this session and its account. The account must live until this
    // object is destroyed (QObject::destroyed).
    void retire();
    // A retiring session may own its account, which then closes with it, after the work in
    // flight (the window switched away from it, or its controller is going). An empty pointer
    // changes nothing.
    void keepUntilRetired(std::unique_ptr<Account> account);
    bool isBusy() const; // a sync, an outbox pass or a background read in flight

    void syncNow(); // ignored while a sync runs
    bool isSyncing() const { return m_syncing; }
    Connection connection() const { return m_connection; }
    QString connectionDetails() const { return m_details; }

    // The same change queued for each ticket, one outbox item per ticket. Gives how many were
    // queued, or the first error.
    QCoro::Task<StoreResult<int>> queueChanges(QList<QPair<qint64, QJsonObject>> changes);

    // Runs `read` on a worker thread over that thread's own connection to the store (closed again
    // afterwards) and gives its result to `done` on this session's thread: for reads that would
    // hold up the window over a large store (the queue counts, the tray's look). `done` is not
    // called once the session retires or goes, or `context` goes. The session is busy while a
    // read runs, and waits for it when it is deleted, so that the store outlives it. A store that
    // cannot be read gives `read` an invalid database.
    template <typename T>
    void readInBackground(std::function<T(const QSqlDatabase &db)> read, QObject *context,
                          std::function<void(T result)> done);

signals:
    void syncStarted();
    void syncProgress(qint64 done, qint64 total);
    void syncFinished(const SyncReport &report);
    void connectionChanged(AccountSession::Connection connection, const QString &details);
    void outboxCountChanged(int unsent);
    // The store changed in a way the window shows (a sync page, an item queued, sent or held).
    void storeChanged();

private:
    Store *storeForReads() const;
    // On the worker: the thread's reader for `read`, released afterwards (pool threads end).
    template <typename T>
    static T readOnWorker(Store *store, const std::function<T(const QSqlDatabase &)> &read)
    {
        std::optional<T> result;
        {
            const QSqlDatabase db = openReader(store); // gone before the connection is closed
            result = read(db);
        }
        releaseReader(store);
        return std::move(*result);
    }
    static QSqlDatabase openReader(Store *store);
    static void releaseReader(Store *store);

    void setConnection(Connection connection, const QString &details);
    void onSyncDone(const SyncReport &report);
    void onPass(const OutboxSummary &summary);
    void deleteIfRetiredAndIdle();

    std::unique_ptr<Account> m_owned; // destroyed last: everything below uses the account
    Account &m_account;
    Options m_options;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AttachmentCopies> m_copies;
    QTimer m_syncTimer;
    bool m_syncing = false;
    bool m_started = false;
    bool m_retiring = false;
    Connection m_connection = Connection::Unknown;
    QString m_details;
    QList<QFutureWatcherBase *> m_reads; // in flight
};

template <typename T>
void AccountSession::readInBackground(std::function<T(const QSqlDatabase &db)> read, QObject *context,
                                      std::function<void(T result)> done)
{
    Store *store = storeForReads();
    const auto work = [store, read = std::move(read)] { return readOnWorker<T>(store, read); };
    auto *watcher = new QFutureWatcher<T>(this);
    m_reads << watcher;
    const QPointer<QObject> receiver = context;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, receiver, done = std::move(done)] {
        m_reads.removeAll(watcher);
        watcher->deleteLater();
        if (!m_retiring && receiver && done)
            done(watcher->result());
        deleteIfRetiredAndIdle();
    });
    watcher->setFuture(QtConcurrent::run(work));
}
