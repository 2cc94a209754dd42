#include "store/StoreWriter.h"

#include "store/Schema.h"
#include "store/StoreConnection.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QUuid>

#include <openssl/crypto.h>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

StoreWriter::StoreWriter(const QString &path, const QByteArray &key, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_key(key)
    , m_connectionName(QStringLiteral("deskhand-writer-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_context(new QObject)
{
    m_key.detach();
    m_thread.setObjectName(QStringLiteral("StoreWriter"));
    m_context->moveToThread(&m_thread);
    // Below the UI thread: the writer's work (a sync's pages, encrypted page by page) is never in a
    // hurry, and on a machine with few cores it took the UI thread's turn (a 10,000-ticket sync with
    // the window open: longest stall 40-42 ms at the same priority, 29-32 ms below it; the sync
    // took as long). On Linux QThread's priorities do nothing for ordinary threads: a thread's own
    // nice value does it there.
    m_thread.start(QThread::LowPriority);
#ifdef Q_OS_LINUX
    QMetaObject::invokeMethod(m_context, [] {
        const id_t self = id_t(gettid());
        errno = 0;
        const int now = getpriority(PRIO_PROCESS, self);
        if (errno == 0)
            setpriority(PRIO_PROCESS, self, std::min(now + writerNiceness, 19));
    });
#endif
}

StoreWriter::~StoreWriter()
{
    const auto closeConnection = [this] {
        if (m_open) {
            StoreConnection::close(m_connectionName);
            m_open = false;
        }
    };
    // Queued behind every job already submitted, so those still run and complete.
    if (QThread::currentThread() == &m_thread)
        closeConnection();
    else
        QMetaObject::invokeMethod(m_context, closeConnection, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
    if (!m_key.isEmpty())
        OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
}

QCoro::Task<StoreResult<>> StoreWriter::open(bool mayCreate)
{
    auto promise = std::make_shared<QPromise<StoreResult<>>>();
    QFuture<StoreResult<>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_context,
        [this, promise, mayCreate] {
            StoreResult<> result;
            if (m_open) {
                result = StoreResult<>::failure(tr("The local store is already open."));
            } else {
                auto opened = StoreConnection::open(m_path, m_key, m_connectionName,
                                                    StoreConnection::Role::Writer, mayCreate);
                if (!opened) {
                    result = StoreResult<>::failure(opened);
                } else {
                    result = Schema::migrate(opened.value());
                    opened = StoreResult<QSqlDatabase>::failure(QString());
                    if (result.ok())
                        m_open = true;
                    else
                        StoreConnection::close(m_connectionName);
                }
            }
            // The key is only needed to open this one connection.
            OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
            m_key.clear();
            promise->addResult(result);
            promise->finish();
        },
        Qt::QueuedConnection);
    co_return co_await future;
}

void StoreWriter::post(Job job)
{
    bool idle = false;
    {
        QMutexLocker lock(&m_queueLock);
        idle = m_queue.empty();
        m_queue.push_back(std::move(job));
    }
    // One drain per burst: work queued while one is pending or running joins it.
    if (idle)
        QMetaObject::invokeMethod(
            m_context, [this] { drain(); }, Qt::QueuedConnection);
}

void StoreWriter::drain()
{
    // A bound on one transaction: a long queue commits in a few groups, not one huge one.
    constexpr size_t maxGroup = 64;
    for (;;) {
        std::vector<Job> group;
        {
            QMutexLocker lock(&m_queueLock);
            if (m_queue.empty())
                return;
            // Transaction work gathers into one group; Bare work (VACUUM, a checkpoint) runs alone.
            const bool bare = m_queue.front().mode == Mode::Bare;
            do {
                group.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            } while (!bare && group.size() < maxGroup && !m_queue.empty() &&
                     m_queue.front().mode == Mode::Transaction);
        }
        if (!m_open) {
            for (Job &job : group) {
                job.fail(tr("The local store is not open."));
                job.deliver();
            }
            continue;
        }
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (group.front().mode == Mode::Bare) {
            group.front().run(db);
            group.front().deliver();
            continue;
        }
        runGroup(db, group);
    }
}

void StoreWriter::runGroup(QSqlDatabase &db, std::vector<Job> &group)
{
    const auto deliverAll = [&group] {
        for (Job &job : group)
            job.deliver();
    };
    if (auto began = begin(db); !began) {
        for (Job &job : group)
            job.fail(began.error());
        deliverAll();
        return;
    }
    // A savepoint per piece of work: one that fails leaves nothing behind, the others stay. Work
    // alone in its group needs none (the transaction is its savepoint), and a savepoint costs:
    // each page it changes is first copied, encrypted, to the statement journal, and the search
    // index writes out what it holds in memory at each one.
    std::vector<bool> succeeded(group.size(), false);
    bool any = false;
    if (group.size() == 1) {
        if (!group.front().run(db)) {
            rollback(db);
            deliverAll();
            return;
        }
        succeeded[0] = true;
        any = true;
    } else {
        for (size_t i = 0; i < group.size(); ++i) {
            if (auto saved = StoreQuery::run(db, QStringLiteral("SAVEPOINT work")); !saved) {
                group[i].fail(saved.error());
                continue;
            }
            succeeded[i] = group[i].run(db);
            if (!succeeded[i])
                StoreQuery::run(db, QStringLiteral("ROLLBACK TO work"));
            StoreQuery::run(db, QStringLiteral("RELEASE work"));
            any = any || succeeded[i];
        }
    }
    if (auto done = commit(db); !done) {
        rollback(db);
        for (size_t i = 0; i < group.size(); ++i)
            if (succeeded[i])
                group[i].fail(done.error());
        deliverAll();
        return;
    }
    deliverAll();
    if (any)
        emit committed();
}

StoreResult<> StoreWriter::begin(QSqlDatabase &db)
{
    // IMMEDIATE takes the write lock at once, so a transaction never fails half-way because
    // another process (deskhand-cli) began writing meanwhile; the busy timeout waits for it.
    return StoreQuery::run(db, QStringLiteral("BEGIN IMMEDIATE"));
}

StoreResult<> StoreWriter::commit(QSqlDatabase &db)
{
    return StoreQuery::run(db, QStringLiteral("COMMIT"));
}

void StoreWriter::rollback(QSqlDatabase &db)
{
    StoreQuery::run(db, QStringLiteral("ROLLBACK"));
}

QString StoreWriter::failedWork()
{
    return tr("The local store could not save the change: an unexpected error occurred.");
}
