#include "store/SqlCipherResult.h"

#include "store/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>

#include <sqlite3.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SqlCipherResult", text);
}

QMetaType typeOfColumn(const char *declared, int storage)
{
    if (declared) {
        const QByteArray type = QByteArray(declared).toLower();
        if (type.contains("int"))
            return QMetaType(QMetaType::LongLong);
        if (type.contains("real") || type.contains("floa") || type.contains("doub"))
            return QMetaType(QMetaType::Double);
        if (type.contains("blob"))
            return QMetaType(QMetaType::QByteArray);
        if (type.contains("bool"))
            return QMetaType(QMetaType::Bool);
        return QMetaType(QMetaType::QString);
    }
    switch (storage) {
    case SQLITE_INTEGER:
        return QMetaType(QMetaType::LongLong);
    case SQLITE_FLOAT:
        return QMetaType(QMetaType::Double);
    case SQLITE_BLOB:
        return QMetaType(QMetaType::QByteArray);
    default:
        return QMetaType(QMetaType::QString);
    }
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver), m_driver(driver)
{
    m_driver->m_results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (m_driver)
        m_driver->m_results.removeOne(this);
    finalize();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_stmt));
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        if (m_driver)
            m_driver->keepStatement(m_sql, m_stmt);
        else
            sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_rows.clear();
    m_row.clear();
    m_pendingFirstRow = false;
    m_atEnd = true;
}

void SqlCipherResult::fail(const QString &what, QSqlError::ErrorType type, int code)
{
    sqlite3 *db = m_driver ? m_driver->connection() : nullptr;
    const QString detail =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    setLastError(QSqlError(what, detail, type, QString::number(code)));
}

bool SqlCipherResult::reset(const QString &query)
{
    if (!prepare(query))
        return false;
    return exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalize();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_record.clear();
    m_changes = -1;
    m_lastInsertId = 0;

    sqlite3 *db = m_driver ? m_driver->connection() : nullptr;
    if (!db) {
        setLastError(QSqlError(tr("Cannot prepare the statement."), tr("The database is not open."),
                               QSqlError::ConnectionError));
        return false;
    }

    m_stmt = m_driver->takeStatement(query);
    if (m_stmt) {
        m_sql = query;
        return true; // compiled before from the same text, and checked then
    }
    const void *tail = nullptr;
    sqlite3_stmt *compiled = nullptr;
    const int rc = sqlite3_prepare16_v2(db, query.constData(), int((query.size() + 1) * sizeof(QChar)),
                                        &compiled, &tail);
    if (rc != SQLITE_OK) {
        fail(tr("Cannot prepare the statement."), QSqlError::StatementError, rc);
        sqlite3_finalize(compiled);
        return false;
    }
    if (tail && !QString(static_cast<const QChar *>(tail)).trimmed().isEmpty()) {
        setLastError(QSqlError(tr("Cannot prepare the statement."),
                               tr("Only one statement can run at a time."), QSqlError::StatementError));
        sqlite3_finalize(compiled);
        return false;
    }
    if (!compiled) {
        // Only a comment or whitespace: nothing to run.
        setLastError(QSqlError(tr("Cannot prepare the statement."), tr("The statement is empty."),
                               QSqlError::StatementError));
        return false;
    }
    m_stmt = compiled;
    m_sql = query;
    return true;
}

bool SqlCipherResult::bindAll()
{
    const int count = sqlite3_bind_parameter_count(m_stmt);
    const QVariantList &values = boundValues();
    if (values.size() < count) {
        setLastError(QSqlError(tr("Cannot bind the values."), tr("Parameter count mismatch."),
                               QSqlError::StatementError));
        return false;
    }
    for (int i = 1; i <= count; ++i) {
        // Named placeholders (also the ones Qt gives to '?') are looked up by name, so that a name
        // used twice in the statement gets one value.
        const char *name = sqlite3_bind_parameter_name(m_stmt, i);
        const QVariant value = name ? boundValue(QString::fromUtf8(name)) : values.at(i - 1);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_stmt, i);
        } else {
            switch (value.typeId()) {
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob(m_stmt, i, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
            case QMetaType::Long:
            case QMetaType::ULong:
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(m_stmt, i, value.toLongLong());
                break;
            case QMetaType::ULongLong:
                rc = sqlite3_bind_int64(m_stmt, i, sqlite3_int64(value.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, i, value.toDouble());
                break;
            case QMetaType::QDateTime: {
                const QString text = value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
                rc = sqlite3_bind_text16(m_stmt, i, text.constData(), int(text.size() * sizeof(QChar)),
                                         SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QString text = value.toString();
                rc = sqlite3_bind_text16(m_stmt, i, text.constData(), int(text.size() * sizeof(QChar)),
                                         SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            fail(tr("Cannot bind the values."), QSqlError::StatementError, rc);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        if (!lastError().isValid())
            setLastError(QSqlError(tr("Cannot run the statement."), tr("The statement is not prepared."),
                                   QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_rows.clear();
    m_row.clear();
    m_pendingFirstRow = false;
    m_atEnd = false;
    m_changes = -1;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    setLastError(QSqlError());

    if (!bindAll())
        return false;

    const int columns = sqlite3_column_count(m_stmt);
    sqlite3 *db = m_driver->connection();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_pendingFirstRow = true;
    } else if (rc == SQLITE_DONE) {
        m_atEnd = true;
        m_changes = columns == 0 ? sqlite3_changes(db) : -1;
        m_lastInsertId = sqlite3_last_insert_rowid(db);
        sqlite3_reset(m_stmt);
    } else {
        fail(tr("Cannot run the statement."), QSqlError::StatementError, rc);
        sqlite3_reset(m_stmt);
        m_atEnd = true;
        return false;
    }

    m_record.clear();
    for (int i = 0; i < columns; ++i) {
        const QString name = QString(static_cast<const QChar *>(sqlite3_column_name16(m_stmt, i)));
        m_record.append(
            QSqlField(name, typeOfColumn(sqlite3_column_decltype(m_stmt, i),
                                         m_pendingFirstRow ? sqlite3_column_type(m_stmt, i) : SQLITE_NULL)));
    }
    setSelect(columns > 0);
    setActive(true);
    return true;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: {
        // Integers stay exact under the default LowPrecisionDouble policy, as with QSQLITE.
        const qint64 value = sqlite3_column_int64(m_stmt, column);
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
            return int(value);
        return value;
    }
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(m_stmt, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return int(value);
        case QSql::LowPrecisionInt64:
            return qint64(value);
        default:
            return value;
        }
    }
    case SQLITE_TEXT:
        return QString(static_cast<const QChar *>(sqlite3_column_text16(m_stmt, column)),
                       sqlite3_column_bytes16(m_stmt, column) / int(sizeof(QChar)));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    default:
        return QVariant(m_record.field(column).metaType());
    }
}

bool SqlCipherResult::step()
{
    if (!m_stmt || m_atEnd)
        return false;
    int rc = SQLITE_ROW;
    if (m_pendingFirstRow)
        m_pendingFirstRow = false;
    else
        rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        const int columns = sqlite3_column_count(m_stmt);
        m_row.clear();
        m_row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            m_row.append(columnValue(i));
        if (!isForwardOnly())
            m_rows.append(m_row);
        return true;
    }
    m_atEnd = true;
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        fail(tr("Cannot read the next row."), QSqlError::StatementError, rc);
    return false;
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !isActive() || !isSelect())
        return false;
    if (!isForwardOnly() && index < m_rows.size()) {
        m_row = m_rows.at(index);
        setAt(index);
        return true;
    }
    if (isForwardOnly() && at() != QSql::BeforeFirstRow && index <= at())
        return false;
    int position = isForwardOnly() ? (at() == QSql::BeforeFirstRow ? -1 : at()) : int(m_rows.size()) - 1;
    while (position < index) {
        if (!step()) {
            setAt(QSql::AfterLastRow);
            return false;
        }
        ++position;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchNext()
{
    const int next = at() == QSql::BeforeFirstRow ? 0 : at() + 1;
    if (at() == QSql::AfterLastRow)
        return false;
    return fetch(next);
}

bool SqlCipherResult::fetchFirst()
{
    if (isForwardOnly() && at() != QSql::BeforeFirstRow)
        return at() == 0;
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    int position = at();
    if (isForwardOnly()) {
        if (position == QSql::AfterLastRow)
            return false;
        QVariantList last = m_row;
        bool any = position >= 0;
        if (position == QSql::BeforeFirstRow)
            position = -1;
        while (step()) {
            last = m_row;
            ++position;
            any = true;
        }
        if (!any)
            return false;
        m_row = last;
        setAt(position);
        return true;
    }
    while (step()) {
    }
    if (m_rows.isEmpty())
        return false;
    m_row = m_rows.constLast();
    setAt(int(m_rows.size()) - 1);
    return true;
}

QVariant SqlCipherResult::data(int field)
{
    if (field < 0 || field >= m_row.size())
        return QVariant();
    return m_row.at(field);
}

bool SqlCipherResult::isNull(int field)
{
    return field < 0 || field >= m_row.size() || m_row.at(field).isNull();
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_changes;
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (isActive() && !isSelect() && m_lastInsertId != 0)
        return m_lastInsertId;
    return QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    if (!isActive() || !isSelect())
        return QSqlRecord();
    return m_record;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_atEnd = true;
    m_pendingFirstRow = false;
}
