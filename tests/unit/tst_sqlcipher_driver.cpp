// SqlCipherDriver and SqlCipherResult on their own: every value type, both binding styles,
// scrolling, transactions, metadata, errors, keys and busy handling.

#include "store/SqlCipherDriver.h"
#include "store/StoreKey.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <limits>

class SqlCipherDriverTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_key = StoreKey::generate();
    QString m_name;

    QSqlDatabase connect(const QString &path, const QByteArray &key, const QString &options = QString())
    {
        auto *driver = new SqlCipherDriver;
        if (!key.isEmpty())
            driver->setRawKey(key);
        const QString name = QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        return db;
    }

    static void drop(QSqlDatabase &db)
    {
        const QString name = db.connectionName();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    QSqlDatabase db() { return QSqlDatabase::database(m_name, false); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSqlDatabase main = connect(m_dir.filePath(QStringLiteral("driver.db")), m_key);
        QVERIFY2(main.open(), qPrintable(main.lastError().text()));
        m_name = main.connectionName();
        QSqlQuery query(main);
        QVERIFY(query.exec(QStringLiteral("PRAGMA cipher_page_size = 4096")));
        QVERIFY2(query.exec(
                     QStringLiteral("CREATE TABLE kinds (id INTEGER PRIMARY KEY, i INTEGER, d REAL, t TEXT, "
                                    "b BLOB, n TEXT)")),
                 qPrintable(query.lastError().text()));
    }

    void cleanupTestCase()
    {
        QSqlDatabase main = db();
        drop(main);
    }

    void init()
    {
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM kinds")));
    }

    void features()
    {
        const QSqlDriver *driver = db().driver();
        for (auto feature :
             {QSqlDriver::Transactions, QSqlDriver::PreparedQueries, QSqlDriver::PositionalPlaceholders,
              QSqlDriver::NamedPlaceholders, QSqlDriver::BLOB, QSqlDriver::Unicode, QSqlDriver::LastInsertId,
              QSqlDriver::LowPrecisionNumbers})
            QVERIFY(driver->hasFeature(feature));
        QVERIFY(!driver->hasFeature(QSqlDriver::QuerySize));
        QVERIFY(!driver->hasFeature(QSqlDriver::BatchOperations));
    }

    void roundTripsEveryTypePositionally()
    {
        const QByteArray blob("\x00\x01\xff binary\x00", 11);
        const QString text = QStringLiteral("Grüße, résumé, 日本語, emoji 🎫");
        QSqlQuery insert(db());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO kinds (i, d, t, b, n) VALUES (?, ?, ?, ?, ?)")));
        insert.addBindValue(std::numeric_limits<qint64>::max());
        insert.addBindValue(3.25);
        insert.addBindValue(text);
        insert.addBindValue(blob);
        insert.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QCOMPARE(insert.numRowsAffected(), 1);
        const qint64 id = insert.lastInsertId().toLongLong();
        QVERIFY(id > 0);

        QSqlQuery select(db());
        QVERIFY(select.prepare(QStringLiteral("SELECT i, d, t, b, n FROM kinds WHERE id = ?")));
        select.addBindValue(id);
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toLongLong(), std::numeric_limits<qint64>::max());
        QCOMPARE(select.value(0).typeId(), QMetaType::LongLong);
        QCOMPARE(select.value(1).toDouble(), 3.25);
        QCOMPARE(select.value(2).toString(), text);
        QCOMPARE(select.value(3).toByteArray(), blob);
        QCOMPARE(select.value(3).typeId(), QMetaType::QByteArray);
        QVERIFY(select.isNull(4));
        QVERIFY(!select.isNull(0));
        QVERIFY(!select.next());
    }

    void bindsByName()
    {
        QSqlQuery insert(db());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO kinds (i, t, n) VALUES (:number, :text, :text)")));
        insert.bindValue(QStringLiteral(":text"), QStringLiteral("twice"));
        insert.bindValue(QStringLiteral(":number"), -42);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

        QSqlQuery select(db());
        QVERIFY(select.prepare(QStringLiteral("SELECT i, t, n FROM kinds WHERE i = :i AND t = :t")));
        select.bindValue(QStringLiteral(":t"), QStringLiteral("twice"));
        select.bindValue(QStringLiteral(":i"), -42);
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toInt(), -42);
        QCOMPARE(select.value(1).toString(), QStringLiteral("twice"));
        QCOMPARE(select.value(2).toString(), QStringLiteral("twice"));

        // Named placeholders bound by position, in order of appearance.
        QSqlQuery positional(db());
        QVERIFY(positional.prepare(QStringLiteral("SELECT count(*) FROM kinds WHERE i = :i AND t = :t")));
        positional.addBindValue(-42);
        positional.addBindValue(QStringLiteral("twice"));
        QVERIFY(positional.exec());
        QVERIFY(positional.next());
        QCOMPARE(positional.value(0).toInt(), 1);
    }

    void reusesAPreparedStatement()
    {
        QSqlQuery insert(db());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO kinds (i) VALUES (?)")));
        for (int i = 0; i < 50; ++i) {
            insert.bindValue(0, i);
            QVERIFY(insert.exec());
        }
        QSqlQuery count(db());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*), sum(i) FROM kinds")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 50);
        QCOMPARE(count.value(1).toInt(), 49 * 50 / 2);
    }

    void refusesMissingValues()
    {
        QSqlQuery insert(db());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO kinds (i, t) VALUES (?, ?)")));
        insert.addBindValue(1);
        QVERIFY(!insert.exec());
        QVERIFY(insert.lastError().isValid());
    }

    void scrollsAndGoesForwardOnly()
    {
        QSqlQuery insert(db());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO kinds (i) VALUES (?)")));
        for (int i = 1; i <= 5; ++i) {
            insert.bindValue(0, i);
            QVERIFY(insert.exec());
        }

        QSqlQuery scroll(db());
        QVERIFY(scroll.exec(QStringLiteral("SELECT i FROM kinds ORDER BY i")));
        QVERIFY(scroll.last());
        QCOMPARE(scroll.value(0).toInt(), 5);
        QCOMPARE(scroll.at(), 4);
        QVERIFY(scroll.previous());
        QCOMPARE(scroll.value(0).toInt(), 4);
        QVERIFY(scroll.first());
        QCOMPARE(scroll.value(0).toInt(), 1);
        QVERIFY(scroll.seek(2));
        QCOMPARE(scroll.value(0).toInt(), 3);
        QVERIFY(!scroll.seek(7));

        QSqlQuery forward(db());
        forward.setForwardOnly(true);
        QVERIFY(forward.exec(QStringLiteral("SELECT i FROM kinds ORDER BY i")));
        int seen = 0;
        while (forward.next())
            QCOMPARE(forward.value(0).toInt(), ++seen);
        QCOMPARE(seen, 5);
        QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::seek: cannot seek backwards in a forward only query");
        QVERIFY(!forward.previous());

        QSqlQuery empty(db());
        empty.setForwardOnly(true);
        QVERIFY(empty.exec(QStringLiteral("SELECT i FROM kinds WHERE i > 100")));
        QVERIFY(empty.isSelect());
        QVERIFY(!empty.next());
        QVERIFY(!empty.last());
    }

    void commitsAndRollsBack()
    {
        QSqlDatabase main = db();
        QVERIFY(main.transaction());
        QSqlQuery(main).exec(QStringLiteral("INSERT INTO kinds (i) VALUES (1)"));
        QVERIFY(main.rollback());
        QSqlQuery count(main);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM kinds")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 0);

        QVERIFY(main.transaction());
        QSqlQuery(main).exec(QStringLiteral("INSERT INTO kinds (i) VALUES (2)"));
        QVERIFY(main.commit());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM kinds")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1);

        QVERIFY(!main.commit()); // no transaction open
        QVERIFY(main.lastError().isValid());
    }

    void countsAffectedRows()
    {
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO kinds (i) VALUES (1), (1), (2)")));
        QCOMPARE(query.numRowsAffected(), 3);
        QVERIFY(query.exec(QStringLiteral("UPDATE kinds SET t = 'x' WHERE i = 1")));
        QCOMPARE(query.numRowsAffected(), 2);
        QVERIFY(query.exec(QStringLiteral("SELECT * FROM kinds")));
        QCOMPARE(query.size(), -1);
    }

    void describesTables()
    {
        const QSqlDatabase main = db();
        QVERIFY(main.tables().contains(QStringLiteral("kinds")));
        QVERIFY(main.tables(QSql::SystemTables).contains(QStringLiteral("sqlite_master")));
        const QSqlRecord record = main.record(QStringLiteral("kinds"));
        QCOMPARE(record.count(), 6);
        QCOMPARE(record.fieldName(3), QStringLiteral("t"));
        QCOMPARE(record.field(1).metaType().id(), QMetaType::LongLong);
        QCOMPARE(record.field(4).metaType().id(), QMetaType::QByteArray);
        const QSqlIndex primary = main.primaryIndex(QStringLiteral("kinds"));
        QCOMPARE(primary.count(), 1);
        QCOMPARE(primary.fieldName(0), QStringLiteral("id"));

        QSqlQuery query(main);
        QVERIFY(query.exec(QStringLiteral("SELECT i AS number, t FROM kinds")));
        QCOMPARE(query.record().count(), 2);
        QCOMPARE(query.record().fieldName(0), QStringLiteral("number"));

        const QSqlDriver *driver = main.driver();
        QCOMPARE(driver->escapeIdentifier(QStringLiteral("we\"ird"), QSqlDriver::TableName),
                 QStringLiteral("\"we\"\"ird\""));
        QCOMPARE(driver->escapeIdentifier(QStringLiteral("\"done\""), QSqlDriver::FieldName),
                 QStringLiteral("\"done\""));
    }

    void reportsErrors()
    {
        QSqlQuery query(db());
        QVERIFY(!query.exec(QStringLiteral("SELECT * FROM no_such_table")));
        QVERIFY(query.lastError().databaseText().contains(QStringLiteral("no such table")));
        QCOMPARE(query.lastError().type(), QSqlError::StatementError);
        QVERIFY(!query.exec(QStringLiteral("SELEC 1")));
        QVERIFY(query.lastError().databaseText().contains(QStringLiteral("syntax error")));
        QVERIFY(!query.exec(QStringLiteral("SELECT 1; SELECT 2")));
        QVERIFY(query.exec(QStringLiteral("SELECT 1;  ")));
    }

    void needsTheRightKey()
    {
        const QString path = db().databaseName();
        QSqlDatabase none = connect(path, QByteArray(), QStringLiteral("NO_CREATE"));
        QVERIFY(none.open()); // SQLite reads lazily: the first statement fails
        QSqlQuery query(none);
        QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
        QVERIFY(query.lastError().databaseText().contains(QStringLiteral("not a database")));
        query = QSqlQuery();
        drop(none);

        QSqlDatabase wrong = connect(path, StoreKey::generate(), QStringLiteral("NO_CREATE"));
        QVERIFY(wrong.open());
        QSqlQuery wrongQuery(wrong);
        QVERIFY(!wrongQuery.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
        QVERIFY(wrongQuery.lastError().databaseText().contains(QStringLiteral("not a database")));
        wrongQuery = QSqlQuery();
        drop(wrong);

        QSqlDatabase right = connect(path, m_key, QStringLiteral("NO_CREATE"));
        QVERIFY(right.open());
        QSqlQuery rightQuery(right);
        QVERIFY(rightQuery.exec(QStringLiteral("PRAGMA cipher_page_size = 4096")));
        QVERIFY2(rightQuery.exec(QStringLiteral("SELECT count(*) FROM kinds")),
                 qPrintable(rightQuery.lastError().text()));
        rightQuery = QSqlQuery();
        drop(right);
    }

    void doesNotCreateWhenAskedNotTo()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.db"));
        QSqlDatabase missing = connect(path, m_key, QStringLiteral("NO_CREATE"));
        QVERIFY(!missing.open());
        QVERIFY(missing.lastError().isValid());
        drop(missing);
        QVERIFY(!QFile::exists(path));
    }

    void waitsForABusyWriterThenGivesUp()
    {
        const QString path = m_dir.filePath(QStringLiteral("busy.db"));
        QSqlDatabase first = connect(path, m_key);
        QVERIFY(first.open());
        QVERIFY(QSqlQuery(first).exec(QStringLiteral("CREATE TABLE t (x)")));
        // Opened once the file exists: SQLCipher reads the file's salt when the key is applied.
        QSqlDatabase second = connect(path, m_key, QStringLiteral("BUSY_TIMEOUT=200"));
        QVERIFY(second.open());
        {
            QSqlQuery a(first);
            QVERIFY(a.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QSqlQuery b(second);
            QElapsedTimer timer;
            timer.start();
            QVERIFY(!b.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY2(timer.elapsed() >= 150, qPrintable(b.lastError().text()));
            QVERIFY(b.lastError().databaseText().contains(QStringLiteral("locked")));
            QVERIFY(a.exec(QStringLiteral("COMMIT")));
            QVERIFY(b.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(b.exec(QStringLiteral("ROLLBACK")));
        }
        drop(first);
        drop(second);
    }

    void queriesOutlivingTheirConnectionAreHarmless()
    {
        QSqlDatabase other = connect(m_dir.filePath(QStringLiteral("outlive.db")), m_key);
        QVERIFY(other.open());
        auto *query = new QSqlQuery(other);
        QVERIFY(query->exec(QStringLiteral("SELECT 1")));
        drop(other);
        QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::exec: called before driver has been set up");
        QVERIFY(!query->exec(QStringLiteral("SELECT 1")));
        delete query;
    }
};

QTEST_GUILESS_MAIN(SqlCipherDriverTest)
#include "tst_sqlcipher_driver.moc"
