#include "store/StoreConnection.h"

#include "store/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <sqlite3.h>

namespace {

QString notOurs()
{
    return QCoreApplication::translate(
        "StoreConnection",
        "The local store cannot be read with the key from the keychain: it belongs to another key or "
        "is not a Deskhand store. It was left untouched. Sign out and in again to download a fresh copy.");
}

// Runs a pragma and returns its first value, or an error.
StoreResult<QVariant> pragma(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement)) {
        const QSqlError error = query.lastError();
        if (error.nativeErrorCode().toInt() == SQLITE_NOTADB)
            return StoreResult<QVariant>::failure(notOurs());
        return StoreResult<QVariant>::failure(
            QCoreApplication::translate("StoreConnection", "The local store could not be prepared: %1")
                .arg(error.databaseText()));
    }
    return query.next() ? query.value(0) : QVariant();
}

} // namespace

QStringList StoreConnection::cipherSettings()
{
    return {
        QStringLiteral("PRAGMA cipher_page_size = 4096"),
        QStringLiteral("PRAGMA kdf_iter = 64000"),
        QStringLiteral("PRAGMA cipher_hmac_algorithm = HMAC_SHA1"),
        QStringLiteral("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1"),
    };
}

bool StoreConnection::isPlaintextDatabase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

void StoreConnection::prepareCrypto()
{
    // What SQLCipher asks OpenSSL for: AES-256-CBC pages, HMAC-SHA1 and PBKDF2-HMAC-SHA1 (3.4's
    // settings, see the class comment), SHA-512 (4.x's own first use); fetched once, they stay in
    // OpenSSL's cache.
    OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG, nullptr);
    EVP_CIPHER_free(EVP_CIPHER_fetch(nullptr, "AES-256-CBC", nullptr));
    EVP_MD_free(EVP_MD_fetch(nullptr, "SHA1", nullptr));
    EVP_MD_free(EVP_MD_fetch(nullptr, "SHA512", nullptr));
}

StoreResult<QSqlDatabase> StoreConnection::open(const QString &path, const QByteArray &key,
                                                const QString &name, Role role, bool mayCreate)
{
    using Result = StoreResult<QSqlDatabase>;
    if (key.size() != 32)
        return Result::failure(
            QCoreApplication::translate("StoreConnection", "The store key is not a 256-bit key."));
    const bool exists = QFileInfo::exists(path);
    if (!exists && !mayCreate)
        return Result::failure(
            QCoreApplication::translate("StoreConnection", "The local store %1 does not exist.")
                .arg(QFileInfo(path).fileName()));
    if (exists && isPlaintextDatabase(path))
        return Result::failure(QCoreApplication::translate(
            "StoreConnection", "The local store is an unencrypted database: Deskhand never uses one. It was "
                               "left untouched. Move it away or sign out to remove it."));

    auto *driver = new SqlCipherDriver;
    driver->setRawKey(key);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(path);
    db.setConnectOptions(mayCreate ? QStringLiteral("BUSY_TIMEOUT=10000")
                                   : QStringLiteral("BUSY_TIMEOUT=10000;NO_CREATE"));

    const auto refuse = [&](const QString &error) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Result::failure(error);
    };

    if (!db.open())
        return refuse(
            QCoreApplication::translate("StoreConnection", "The local store could not be opened: %1")
                .arg(db.lastError().databaseText()));

    for (const QString &setting : cipherSettings()) {
        if (auto set = pragma(db, setting); !set)
            return refuse(set.error());
    }

    const auto version = pragma(db, QStringLiteral("PRAGMA cipher_version"));
    if (!version)
        return refuse(version.error());
    if (version.value().toString().isEmpty())
        return refuse(QCoreApplication::translate(
            "StoreConnection",
            "Deskhand is running without SQLCipher, so the local store would not be encrypted. "
            "Reinstall Deskhand."));

    // The first read of the file: fails with "file is not a database" for a wrong key or a
    // foreign file.
    const auto objects = pragma(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects)
        return refuse(objects.error());

    QStringList settings = {QStringLiteral("PRAGMA temp_store = MEMORY"),
                            QStringLiteral("PRAGMA secure_delete = ON"),
                            QStringLiteral("PRAGMA foreign_keys = ON")};
    if (role == Role::Writer) {
        const auto journal = pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!journal)
            return refuse(journal.error());
        if (journal.value().toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            return refuse(QCoreApplication::translate(
                "StoreConnection", "The local store could not switch to write-ahead logging."));
        // FULL: a committed outbox item survives a power loss, not only a crash.
        settings << QStringLiteral("PRAGMA synchronous = FULL");
    } else {
        settings << QStringLiteral("PRAGMA query_only = ON");
        if (role == Role::MainReader)
            settings << QStringLiteral("PRAGMA cache_size = -32768"); // KiB
    }
    for (const QString &setting : std::as_const(settings)) {
        if (auto set = pragma(db, setting); !set)
            return refuse(set.error());
    }
    return db;
}

void StoreConnection::close(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
