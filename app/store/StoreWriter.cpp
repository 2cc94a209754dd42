#include "store/StoreWriter.h"

#include "store/Schema.h"
#include "store/StoreConnection.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QUuid>

#include <openssl/crypto.h>

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
    m_thread.start();
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

void StoreWriter::post(Job job, Mode mode)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job), mode]() mutable {
            if (!m_open) {
                job(nullptr, tr("The local store is not open."), mode);
                return;
            }
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (job(&db, QString(), mode) && mode == Mode::Transaction)
                emit committed();
        },
        Qt::QueuedConnection);
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
