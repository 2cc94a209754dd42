#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;
class SqlCipherDriver;

// One statement of a SqlCipherDriver connection. Rows are stepped lazily; a scrollable (not
// forward-only) result keeps the rows it has seen so that it can go back. A statement that has
// run to its end is reset at once, so that it does not hold a read snapshot open.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    friend class SqlCipherDriver;

    void finalize();
    bool bindAll();
    bool step(); // reads the next row into m_row; false at the end or on error
    QVariant columnValue(int column) const;
    void fail(const QString &what, QSqlError::ErrorType type, int code);

    const SqlCipherDriver *m_driver;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql; // what m_stmt was prepared from, to hand it back to the driver's cache
    QSqlRecord m_record;
    QVariantList m_row;
    QList<QVariantList> m_rows; // rows seen so far, when scrollable
    bool m_pendingFirstRow = false;
    bool m_atEnd = false;
    int m_changes = -1;
    qint64 m_lastInsertId = 0;
};
