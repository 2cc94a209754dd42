#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;
struct sqlite3_stmt;
class SqlCipherResult;

// A QSqlDriver over SQLCipher's own sqlite3 API.
//
// Qt's QSQLITE plugin links plain SQLite: it ignores PRAGMA key and writes plaintext, and two
// SQLite copies in one process break each other's file locks. So the client never loads QSQLITE
// and registers this driver by instance:
//
//   auto *driver = new SqlCipherDriver;
//   driver->setRawKey(key);                                   // 32 bytes
//   QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
//   db.setDatabaseName(path);
//   db.setConnectOptions(QStringLiteral("BUSY_TIMEOUT=10000;NO_CREATE"));
//   db.open();
//
// Connect options (';'-separated): BUSY_TIMEOUT=<ms> (default 5000), NO_CREATE (fail when the
// file is missing), OPEN_READONLY. Prepared statements take positional (?) and named (:name)
// placeholders. One connection belongs to one thread, as with every Qt SQL driver.
//
// Statements are kept prepared: a result done with its statement (destroyed or prepared anew)
// resets it and hands it back, and the next result preparing the same text takes it instead of
// compiling it again. The store runs the same few dozen statements thousands of times.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // The raw key, applied as the very first statement on the file (PRAGMA key = "x'…'"). The
    // driver wipes its copy once used. Without a key the file is opened without encryption.
    void setRawKey(const QByteArray &key);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &path, const QString &user, const QString &password, const QString &host,
              int port, const QString &options) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QVariant handle() const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;

    // The open sqlite3 handle, or nullptr.
    sqlite3 *connection() const { return m_db; }

private:
    friend class SqlCipherResult;

    bool execute(const char *sql, const QString &what);
    // A prepared statement for `sql` from the cache (nullptr when there is none), and back.
    sqlite3_stmt *takeStatement(const QString &sql) const;
    void keepStatement(const QString &sql, sqlite3_stmt *statement) const;
    void dropStatements() const;
    QSqlError makeError(const QString &what, QSqlError::ErrorType type, int code) const;
    void wipeKey();

    sqlite3 *m_db = nullptr;
    QByteArray m_key;
    mutable QList<SqlCipherResult *> m_results;
    mutable QHash<QString, sqlite3_stmt *> m_statements; // idle, reset, bindings cleared
};
