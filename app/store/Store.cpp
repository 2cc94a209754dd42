#include "store/Store.h"

#include "store/StoreConnection.h"
#include "store/StoreWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <openssl/crypto.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Store", text);
}

} // namespace

QString Store::databasePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("store.db"));
}

QString Store::attachmentFolder(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("attachments"));
}

bool Store::exists(const QString &directory)
{
    return QFileInfo::exists(databasePath(directory));
}

QCoro::Task<StoreResult<std::unique_ptr<Store>>> Store::open(QString directory, QByteArray key, OpenMode mode)
{
    using Result = StoreResult<std::unique_ptr<Store>>;
    const bool present = exists(directory);
    if (mode == OpenMode::CreateNew && present)
        co_return Result::failure(
            tr("A local store already exists in %1; it was left untouched.").arg(directory));
    if (mode == OpenMode::OpenExisting && !present)
        co_return Result::failure(tr("There is no local store in %1.").arg(directory));
    if (mode == OpenMode::CreateNew && !QDir().mkpath(directory))
        co_return Result::failure(tr("The folder %1 could not be created.").arg(directory));
    // Owner only: the files are encrypted, but their names and sizes are nobody else's business.
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto writer = std::make_unique<StoreWriter>(databasePath(directory), key);
    const auto opened = co_await writer->open(mode == OpenMode::CreateNew);
    if (!opened) {
        OPENSSL_cleanse(key.data(), size_t(key.size()));
        co_return Result::failure(opened);
    }
    co_return std::unique_ptr<Store>(new Store(std::move(directory), std::move(key), std::move(writer)));
}

Store::Store(QString directory, QByteArray key, std::unique_ptr<StoreWriter> writer)
    : m_directory(std::move(directory)), m_key(std::move(key)), m_writer(std::move(writer))
{}

Store::~Store()
{
    m_writer.reset();
    QMutexLocker locker(&m_readersLock);
    for (const QString &name : std::as_const(m_readers))
        StoreConnection::close(name);
    m_readers.clear();
    if (!m_key.isEmpty())
        OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
}

StoreResult<QSqlDatabase> Store::reader()
{
    QMutexLocker locker(&m_readersLock);
    QThread *thread = QThread::currentThread();
    if (const auto known = m_readers.constFind(thread); known != m_readers.cend()) {
        QSqlDatabase db = QSqlDatabase::database(known.value(), false);
        if (db.isValid() && db.isOpen())
            return db;
        StoreConnection::close(known.value());
        m_readers.remove(thread);
    }
    const QString name =
        QStringLiteral("deskhand-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool mainThread = QCoreApplication::instance() && thread == QCoreApplication::instance()->thread();
    auto opened = StoreConnection::open(
        databasePath(m_directory), m_key, name,
        mainThread ? StoreConnection::Role::MainReader : StoreConnection::Role::Reader, false);
    if (opened)
        m_readers.insert(thread, name);
    return opened;
}

void Store::releaseReader()
{
    QMutexLocker locker(&m_readersLock);
    const QString name = m_readers.take(QThread::currentThread());
    if (!name.isEmpty())
        StoreConnection::close(name);
}
