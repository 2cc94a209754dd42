#pragma once

#include "store/StoreResult.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

// The store's one writer: a thread of its own with its own connection, running submitted work
// one at a time, each atomically: its changes are kept whole when it returns success, and none
// are kept when it returns an error or throws. Work submitted while the writer is busy is
// committed together (group commit): one write transaction (BEGIN IMMEDIATE … COMMIT) with a
// savepoint per piece of work (none when it is alone), so that one fsync makes several pieces
// durable. A result is handed out only once its transaction has committed. Any thread with an
// event loop can await it; nobody blocks:
//
//   StoreResult<> saved = co_await writer.write([page](QSqlDatabase &db) {
//       return TicketRepository(db).upsert(page);
//   });
//
// The work runs on the writer thread: it must only use the connection it is given and values it
// captured by copy. committed() is emitted (from the writer thread) after each commit (one for
// a group).
//
// Inside a coroutine, name the lambda before awaiting: GCC 12 copies a lambda temporary written
// inside a co_await expression bytewise and destroys its captures twice.
class StoreWriter : public QObject
{
    Q_OBJECT

public:
    // How much nicer than its process the writer thread runs on Linux (see the constructor).
    static constexpr int writerNiceness = 5;

    enum class Mode {
        Transaction, // the default
        Bare,        // no transaction: VACUUM, wal_checkpoint, migrations that manage their own
    };

    // Starts the thread. Nothing is opened until open().
    StoreWriter(const QString &path, const QByteArray &key, QObject *parent = nullptr);
    // Runs the work already submitted, closes the connection and stops the thread.
    ~StoreWriter() override;

    // Opens the writer connection on the writer thread (StoreConnection) and brings the schema
    // up to date (Schema::migrate). With mayCreate false a missing file is an error.
    QCoro::Task<StoreResult<>> open(bool mayCreate);

    template <typename Work>
    auto submit(Work work, Mode mode = Mode::Transaction)
        -> QFuture<std::invoke_result_t<Work &, QSqlDatabase &>>
    {
        using Result = std::invoke_result_t<Work &, QSqlDatabase &>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        auto result = std::make_shared<std::optional<Result>>();
        Job job;
        job.mode = mode;
        job.run = [result, work = std::move(work)](QSqlDatabase &db) mutable {
            *result = guarded<Result>(db, work);
            return (*result)->ok();
        };
        job.fail = [result](const QString &error) { *result = Result::failure(error); };
        job.deliver = [promise, result] {
            promise->addResult(std::move(**result));
            promise->finish();
        };
        post(std::move(job));
        return future;
    }

    template <typename Work>
    auto write(Work work, Mode mode = Mode::Transaction)
        -> QCoro::Task<std::invoke_result_t<Work &, QSqlDatabase &>>
    {
        auto future = submit(std::move(work), mode);
        co_return co_await future;
    }

    QString path() const { return m_path; }

signals:
    void committed();

private:
    struct Job
    {
        Mode mode = Mode::Transaction;
        std::function<bool(QSqlDatabase &db)> run; // the work; true when it succeeded
        std::function<void(const QString &)> fail; // its result becomes this error
        std::function<void()> deliver;             // hands the result to the waiting side
    };
    void post(Job job);
    // On the writer thread: runs everything queued, a transaction per group of work.
    void drain();
    void runGroup(QSqlDatabase &db, std::vector<Job> &group);

    template <typename Result, typename Work>
    static Result guarded(QSqlDatabase &db, Work &work)
    {
        try {
            return work(db);
        } catch (const std::exception &) {
            return Result::failure(failedWork());
        }
    }

    static StoreResult<> begin(QSqlDatabase &db);
    static StoreResult<> commit(QSqlDatabase &db);
    static void rollback(QSqlDatabase &db);
    static QString failedWork();

    QString m_path;
    QByteArray m_key;
    QString m_connectionName;
    QThread m_thread;
    QObject *m_context;  // lives on m_thread; drain() is queued to it
    bool m_open = false; // touched on the writer thread only
    QMutex m_queueLock;
    std::deque<Job> m_queue; // submitted, not yet taken by drain()
};
