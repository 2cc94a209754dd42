#pragma once

#include "store/AttachmentVault.h"
#include "store/StoreResult.h"

#include <QByteArray>
#include <QCoroTask>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QThread;
class StoreWriter;

// One account's encrypted local store: <directory>/store.db (SQLCipher, raw 256-bit key, WAL)
// and <directory>/attachments/ (AttachmentVault). Writes go through writer(); each thread reads
// through its own connection, reader(). The key comes from StoreKey, never from anywhere else.
//
//   auto opened = co_await Store::open(dir, key, Store::OpenMode::OpenExisting);
//   if (!opened) { tell the agent opened.error(); }
//   std::unique_ptr<Store> store = std::move(opened).value();
//   auto tickets = TicketRepository(store->reader().value()).list(query);
class Store
{
public:
    enum class OpenMode {
        CreateNew,    // the file must not exist yet
        OpenExisting, // the file must exist
    };

    static QCoro::Task<StoreResult<std::unique_ptr<Store>>> open(QString directory, QByteArray key,
                                                                 OpenMode mode);

    // Where the store of `directory` lives, and whether it has one.
    static QString databasePath(const QString &directory);
    static QString attachmentFolder(const QString &directory);
    static bool exists(const QString &directory);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString directory() const { return m_directory; }
    StoreWriter &writer() { return *m_writer; }
    AttachmentVault vault() const { return AttachmentVault(attachmentFolder(m_directory)); }

    // The calling thread's read-only connection, opened on first use. A thread that ends before
    // the Store should call releaseReader() first.
    StoreResult<QSqlDatabase> reader();
    void releaseReader();

private:
    Store(QString directory, QByteArray key, std::unique_ptr<StoreWriter> writer);

    QString m_directory;
    QByteArray m_key; // for readers opened later; wiped when the Store goes
    std::unique_ptr<StoreWriter> m_writer;
    QMutex m_readersLock;
    QHash<QThread *, QString> m_readers;
};
