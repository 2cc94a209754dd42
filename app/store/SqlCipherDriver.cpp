#include "store/SqlCipherDriver.h"

#include "store/SqlCipherResult.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <openssl/crypto.h>

#include <sqlite3.h>

namespace {

QMetaType typeOfDeclared(const QString &declared)
{
    const QString type = declared.toLower();
    if (type.contains(u"int"))
        return QMetaType(QMetaType::LongLong);
    if (type.contains(u"real") || type.contains(u"floa") || type.contains(u"doub"))
        return QMetaType(QMetaType::Double);
    if (type.contains(u"blob"))
        return QMetaType(QMetaType::QByteArray);
    if (type.contains(u"bool"))
        return QMetaType(QMetaType::Bool);
    return QMetaType(QMetaType::QString);
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    // Queries that outlive their connection must not reach back into a deleted driver.
    for (SqlCipherResult *result : std::as_const(m_results))
        result->m_driver = nullptr;
    wipeKey();
}

void SqlCipherDriver::setRawKey(const QByteArray &key)
{
    wipeKey();
    m_key = key;
    m_key.detach();
}

void SqlCipherDriver::wipeKey()
{
    if (!m_key.isEmpty())
        OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
    m_key.clear();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case NamedPlaceholders:
    case BLOB:
    case Unicode:
    case LastInsertId:
    case LowPrecisionNumbers:
    case SimpleLocking:
    case FinishQuery:
        return true;
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlError SqlCipherDriver::makeError(const QString &what, QSqlError::ErrorType type, int code) const
{
    const QString detail =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(what, detail, type, QString::number(code));
}

bool SqlCipherDriver::open(const QString &path, const QString &, const QString &, const QString &, int,
                           const QString &options)
{
    if (isOpen())
        close();

    int busyTimeout = 5000;
    bool readOnly = false;
    bool create = true;
    const QStringList parts = options.split(u';', Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString option = raw.trimmed();
        if (option.startsWith(u"BUSY_TIMEOUT=")) {
            bool ok = false;
            const int ms = option.mid(13).toInt(&ok);
            if (ok && ms >= 0)
                busyTimeout = ms;
        } else if (option == u"OPEN_READONLY") {
            readOnly = true;
        } else if (option == u"NO_CREATE") {
            create = false;
        }
    }

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;

    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(tr("Cannot open the database file."), QSqlError::ConnectionError, rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        wipeKey();
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeout);

    if (!m_key.isEmpty()) {
        // Built by hand into one buffer so that the key's hex form can be wiped afterwards.
        QByteArray hex = m_key.toHex();
        QByteArray statement;
        statement.reserve(hex.size() + 32);
        statement.append("PRAGMA key = \"x'").append(hex).append("'\";");
        const int keyed = sqlite3_exec(m_db, statement.constData(), nullptr, nullptr, nullptr);
        OPENSSL_cleanse(hex.data(), size_t(hex.size()));
        OPENSSL_cleanse(statement.data(), size_t(statement.size()));
        wipeKey();
        if (keyed != SQLITE_OK) {
            setLastError(makeError(tr("Cannot apply the database key."), QSqlError::ConnectionError, keyed));
            sqlite3_close(m_db);
            m_db = nullptr;
            setOpenError(true);
            return false;
        }
    }

    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!isOpen() && !m_db)
        return;
    for (SqlCipherResult *result : std::as_const(m_results))
        result->finalize();
    dropStatements();
    if (m_db) {
        // close_v2 defers the close if a statement is still alive somewhere.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    setOpen(false);
    setOpenError(false);
}

sqlite3_stmt *SqlCipherDriver::takeStatement(const QString &sql) const
{
    return m_statements.take(sql);
}

void SqlCipherDriver::keepStatement(const QString &sql, sqlite3_stmt *statement) const
{
    // A bound on the cache: statements built from varying text (IN lists of different lengths)
    // are compiled each time rather than piling up.
    constexpr qsizetype maxStatements = 200;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (!m_db || m_statements.contains(sql) || m_statements.size() >= maxStatements) {
        sqlite3_finalize(statement);
        return;
    }
    m_statements.insert(sql, statement);
}

void SqlCipherDriver::dropStatements() const
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::execute(const char *sql, const QString &what)
{
    if (!isOpen()) {
        setLastError(QSqlError(what, tr("The database is not open."), QSqlError::TransactionError));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(what, QSqlError::TransactionError, rc));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    return execute("BEGIN", tr("Cannot begin the transaction."));
}

bool SqlCipherDriver::commitTransaction()
{
    return execute("COMMIT", tr("Cannot commit the transaction."));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execute("ROLLBACK", tr("Cannot roll the transaction back."));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("'table'");
    if (type & QSql::Views)
        kinds << QStringLiteral("'view'");
    if (!kinds.isEmpty()) {
        QSqlQuery query(createResult());
        query.setForwardOnly(true);
        query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type IN (%1) AND name NOT LIKE 'sqlite_%' "
                           "ORDER BY name")
                .arg(kinds.join(u',')));
        while (query.next())
            names << query.value(0).toString();
    }
    if (type & QSql::SystemTables)
        names << QStringLiteral("sqlite_master");
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord fields;
    if (!isOpen() || tableName.isEmpty())
        return fields;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    // sql-safe: PRAGMA takes no bound values; the name is quoted as an identifier.
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return fields;
    while (query.next()) {
        QSqlField field(query.value(1).toString(), typeOfDeclared(query.value(2).toString()), tableName);
        field.setRequiredStatus(query.value(3).toInt() != 0 ? QSqlField::Required : QSqlField::Optional);
        if (!query.isNull(4))
            field.setDefaultValue(query.value(4));
        field.setAutoValue(query.value(5).toInt() == 1 &&
                           query.value(2).toString().compare(u"integer", Qt::CaseInsensitive) == 0);
        fields.append(field);
    }
    return fields;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen() || tableName.isEmpty())
        return index;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    // sql-safe: PRAGMA takes no bound values; the name is quoted as an identifier.
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return index;
    QList<std::pair<int, QSqlField>> keyFields;
    while (query.next()) {
        const int position = query.value(5).toInt();
        if (position > 0)
            keyFields.append({position, QSqlField(query.value(1).toString(),
                                                  typeOfDeclared(query.value(2).toString()), tableName)});
    }
    std::sort(keyFields.begin(), keyFields.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[position, field] : keyFields)
        index.append(field);
    if (!index.isEmpty())
        index.setName(QStringLiteral("PRIMARY KEY"));
    return index;
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_db));
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (identifier.size() >= 2 && identifier.startsWith(u'"') && identifier.endsWith(u'"'))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (!field.isNull() && field.metaType().id() == QMetaType::QByteArray)
        return QStringLiteral("X'") + QString::fromLatin1(field.value().toByteArray().toHex()) + u'\'';
    return QSqlDriver::formatValue(field, trimStrings);
}
