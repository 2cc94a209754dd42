#pragma once

#include "store/StoreResult.h"

#include <QCoroFuture>
#include <QCoroTask>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

// The store's one writer: a thread of its own with its own connection, running submitted work
// one at a time, each in its own write transaction (BEGIN IMMEDIATE … COMMIT; ROLLBACK when the
// work returns an error or throws). Any thread with an event loop can await it; nobody blocks:
//
//   StoreResult<> saved = co_await writer.write([page](QSqlDatabase &db) {
//       return TicketRepository(db).upsert(page);
//   });
//
// The work runs on the writer thread: it must only use the connection it is given and values it
// captured by copy. committed() is emitted (from the writer thread) after each commit.
//
// Inside a coroutine, name the lambda before awaiting: GCC 12 copies a lambda temporary written
// inside a co_await expression bytewise and destroys its captures twice.
class StoreWriter : public QObject
{
    Q_OBJECT

public:
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
        post(
            [promise, work = std::move(work)](QSqlDatabase *db, const QString &closed, Mode how) mutable {
                Result result = closed.isEmpty() ? runOne<Result>(*db, work, how) : Result::failure(closed);
                const bool wrote = result.ok();
                promise->addResult(std::move(result));
                promise->finish();
                return wrote;
            },
            mode);
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
    using Job = std::function<bool(QSqlDatabase *db, const QString &closed, Mode mode)>;
    void post(Job job, Mode mode);

    template <typename Result, typename Work>
    static Result runOne(QSqlDatabase &db, Work &work, Mode mode)
    {
        if (mode == Mode::Bare)
            return guarded<Result>(db, work);
        if (auto began = begin(db); !began)
            return Result::failure(began);
        Result result = guarded<Result>(db, work);
        if (!result.ok()) {
            rollback(db);
            return result;
        }
        if (auto done = commit(db); !done) {
            rollback(db);
            return Result::failure(done);
        }
        return result;
    }

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
    QObject *m_context;  // lives on m_thread; jobs are queued to it
    bool m_open = false; // touched on the writer thread only
};
