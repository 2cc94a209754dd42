// Store: opening, the settings it runs with, what it refuses (plaintext, wrong key, foreign,
// newer), and the migration ladder from every earlier version.

#include "StoreFixture.h"
#include "store/MessageRepository.h"
#include "store/Schema.h"
#include "store/SearchIndex.h"
#include "store/SqlCipherDriver.h"
#include "store/StoreConnection.h"
#include "store/StoreQuery.h"
#include "store/TicketRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

class StoreTest : public QObject
{
    Q_OBJECT

private:
    static QVariant pragma(QSqlDatabase db, const QString &name)
    {
        return StoreQuery::scalar(db, QStringLiteral("PRAGMA ") + name).value();
    }

    static QByteArray digest(const QString &path)
    {
        return QCryptographicHash::hash(StoreFixture::readAll(path), QCryptographicHash::Sha256);
    }

    // A connection on the test thread, outside any Store, to build old or foreign files.
    static QSqlDatabase raw(const QString &path, const QByteArray &key)
    {
        auto opened = StoreConnection::open(path, key, QUuid::createUuid().toString(),
                                            StoreConnection::Role::Writer, true);
        return opened ? opened.value() : QSqlDatabase();
    }

    static void closeRaw(QSqlDatabase &db)
    {
        const QString name = db.connectionName();
        db = QSqlDatabase();
        StoreConnection::close(name);
    }

private slots:
    void createsAnEncryptedStore()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(Store::exists(f.directory()));
        const QByteArray header = StoreFixture::readAll(f.databasePath()).left(16);
        QCOMPARE(header.size(), 16);
        QVERIFY(header != QByteArray("SQLite format 3\0", 16));
        QVERIFY(!StoreConnection::isPlaintextDatabase(f.databasePath()));
    }

    void runsWithTheSettingsItNeeds()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const auto settings = f.write([](QSqlDatabase &db) -> StoreResult<QVariantList> {
            QVariantList values;
            for (const char *name :
                 {"journal_mode", "temp_store", "secure_delete", "foreign_keys", "synchronous",
                  "cipher_version", "cipher_page_size", "user_version", "kdf_iter"})
                values << StoreQuery::scalar(db, QStringLiteral("PRAGMA ") + QLatin1String(name)).value();
            return values;
        });
        QVERIFY(settings.ok());
        const QVariantList &v = settings.value();
        QCOMPARE(v.at(0).toString(), QStringLiteral("wal"));
        QCOMPARE(v.at(1).toInt(), 2); // MEMORY
        QCOMPARE(v.at(2).toInt(), 1);
        QCOMPARE(v.at(3).toInt(), 1);
        QCOMPARE(v.at(4).toInt(), 2); // FULL
        QVERIFY(!v.at(5).toString().isEmpty());
        QCOMPARE(v.at(6).toInt(), 4096);
        QCOMPARE(v.at(7).toInt(), Schema::latestVersion());
        QCOMPARE(v.at(8).toInt(), 64000);

        QSqlDatabase reader = f.reader();
        QCOMPARE(pragma(reader, QStringLiteral("temp_store")).toInt(), 2);
        QCOMPARE(pragma(reader, QStringLiteral("query_only")).toInt(), 1);
        QCOMPARE(pragma(reader, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QVERIFY(
            !StoreQuery::run(reader, QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')")));
    }

    // The main thread's reader keeps 32 MiB of decrypted pages (searches and lists read the same
    // index pages again and again); the writer and a worker thread's reader keep SQLite's default.
    void theMainThreadsReaderHasTheLargerPageCache()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QCOMPARE(pragma(f.reader(), QStringLiteral("cache_size")).toInt(), -32768);
        const auto writers = f.write([](QSqlDatabase &db) -> StoreResult<QVariant> {
            return StoreQuery::scalar(db, QStringLiteral("PRAGMA cache_size"));
        });
        QVERIFY(writers.ok());
        const int sqliteDefault = writers.value().toInt();
        QVERIFY2(sqliteDefault != -32768, qPrintable(QString::number(sqliteDefault)));

        QVariantList workers; // cache_size, query_only
        std::unique_ptr<QThread> worker(QThread::create([&f, &workers] {
            if (auto db = f.store->reader()) {
                workers << pragma(db.value(), QStringLiteral("cache_size"))
                        << pragma(db.value(), QStringLiteral("query_only"));
            }
            f.store->releaseReader();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QCOMPARE(workers.size(), 2);
        QCOMPARE(workers.at(0).toInt(), sqliteDefault);
        QCOMPARE(workers.at(1).toInt(), 1);
    }

    void reopensWithTheSameKey()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.write([](QSqlDatabase &db) {
            return TicketRepository(db).upsert(sampleTicket(1, QStringLiteral("Kept")));
        }));
        f.close();
        QVERIFY(f.open());
        const auto ticket = TicketRepository(f.reader()).byId(1);
        QVERIFY(ticket.ok() && ticket.value().has_value());
        QCOMPARE(ticket.value()->subject, QStringLiteral("Kept"));
    }

    void refusesAWrongKeyAndLeavesTheFile()
    {
        StoreFixture f;
        QVERIFY(f.open());
        f.close();
        const QByteArray before = digest(f.databasePath());
        const auto opened = f.tryOpen(Store::OpenMode::OpenExisting, StoreKey::generate());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("left untouched")), qPrintable(opened.error()));
        QCOMPARE(digest(f.databasePath()), before);
        QVERIFY(f.open()); // the right key still works
    }

    void refusesAPlaintextDatabase()
    {
        StoreFixture f;
        QVERIFY(QDir().mkpath(f.directory()));
        {
            // A plain SQLite file, as the sqlcipher shell writes one without a key.
            auto *driver = new SqlCipherDriver;
            QSqlDatabase plain = QSqlDatabase::addDatabase(driver, QStringLiteral("plain"));
            plain.setDatabaseName(f.databasePath());
            QVERIFY(plain.open());
            QVERIFY(QSqlQuery(plain).exec(QStringLiteral("CREATE TABLE tickets (id INTEGER PRIMARY KEY)")));
            plain.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        QVERIFY(StoreConnection::isPlaintextDatabase(f.databasePath()));
        const QByteArray before = digest(f.databasePath());
        const auto opened = f.tryOpen(Store::OpenMode::OpenExisting);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("unencrypted")), qPrintable(opened.error()));
        QCOMPARE(digest(f.databasePath()), before);
        QVERIFY(!QFile::exists(f.databasePath() + QStringLiteral("-wal")));
    }

    void refusesAForeignFile()
    {
        StoreFixture f;
        QVERIFY(QDir().mkpath(f.directory()));
        QFile foreign(f.databasePath());
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write(QByteArray(8192, 'x'));
        foreign.close();
        const QByteArray before = digest(f.databasePath());
        QVERIFY(!f.tryOpen(Store::OpenMode::OpenExisting).ok());
        QCOMPARE(digest(f.databasePath()), before);
    }

    void refusesAnEncryptedFileWithoutOurSchema()
    {
        StoreFixture f;
        QVERIFY(QDir().mkpath(f.directory()));
        QSqlDatabase db = raw(f.databasePath(), f.key);
        QVERIFY(db.isValid());
        QVERIFY(StoreQuery::run(db, QStringLiteral("CREATE TABLE other (x)")));
        closeRaw(db);
        const auto opened = f.tryOpen(Store::OpenMode::OpenExisting);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("not a Deskhand store")), qPrintable(opened.error()));
    }

    void refusesAStoreFromANewerDeskhand()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.write([](QSqlDatabase &db) {
                     return StoreQuery::run(
                         db, QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1));
                 }).ok());
        f.close();
        const auto opened = f.tryOpen(Store::OpenMode::OpenExisting);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("newer")), qPrintable(opened.error()));
    }

    void respectsTheOpenMode()
    {
        StoreFixture f;
        QVERIFY(!f.tryOpen(Store::OpenMode::OpenExisting).ok());
        QVERIFY(!QFile::exists(f.databasePath()));
        QVERIFY(f.open());
        f.close();
        QVERIFY(!f.tryOpen(Store::OpenMode::CreateNew).ok());
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < Schema::latestVersion(); ++version)
            QTest::addRow("from %d", version) << version;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        StoreFixture f;
        QVERIFY(QDir().mkpath(f.directory()));
        QSqlDatabase db = raw(f.databasePath(), f.key);
        QVERIFY(db.isValid());
        QVERIFY(Schema::migrate(db, from).ok());
        QCOMPARE(Schema::version(db).value(), from);
        // Data as each old version could hold it, written with plain SQL as that version would.
        if (from >= 1) {
            QVERIFY(
                StoreQuery::run(db, QStringLiteral("INSERT INTO tickets (id, ref, subject, status) VALUES "
                                                   "(7, 'OLD-7', 'Facture impayée', 'awaiting_agent')")));
            QVERIFY(StoreQuery::run(db, QStringLiteral("INSERT INTO messages (id, ticket_id, html) VALUES "
                                                       "(70, 7, '<p>Bitte die Rechnung senden</p>')")));
        }
        if (from >= 2)
            QVERIFY(StoreQuery::run(
                db, QStringLiteral("INSERT INTO outbox (ticket_id, kind, state, payload) VALUES "
                                   "(7, 'reply', 'pending', '{}')")));
        if (from >= 3)
            QVERIFY(
                StoreQuery::run(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
        // A version with the index indexes what it writes (its repositories do).
        if (from >= 4)
            QVERIFY(SearchIndex(db).rebuild().ok());
        closeRaw(db);

        QVERIFY(f.open());
        QSqlDatabase reader = f.reader();
        QCOMPARE(Schema::version(reader).value(), Schema::latestVersion());
        if (from >= 1) {
            QCOMPARE(TicketRepository(reader).byId(7).value()->subject, QStringLiteral("Facture impayée"));
            QCOMPARE(MessageRepository(reader).byTicket(7).value().size(), 1);
            // The index step indexes what was already there.
            const auto found = SearchIndex(reader).search(QStringLiteral("rechnung"));
            QVERIFY(found.ok());
            QCOMPARE(found.value().size(), 1);
            QCOMPARE(found.value().at(0).ticketId, 7);
            QCOMPARE(SearchIndex(reader).search(QStringLiteral("impayee")).value().size(), 1);
        }
        if (from >= 2)
            QCOMPARE(
                StoreQuery::scalar(reader, QStringLiteral("SELECT count(*) FROM outbox")).value().toInt(), 1);
        // 5: the snippets table, empty until the next sync.
        QCOMPARE(StoreQuery::scalar(reader, QStringLiteral("SELECT count(*) FROM snippets")).value().toInt(),
                 0);
        if (from >= 3)
            QCOMPARE(StoreQuery::scalar(reader, QStringLiteral("SELECT value FROM settings WHERE key = 'k'"))
                         .value()
                         .toString(),
                     QStringLiteral("v"));
    }

    void aFailedStepLeavesTheStoreAtTheLastWholeVersion()
    {
        StoreFixture f;
        QVERIFY(QDir().mkpath(f.directory()));
        QSqlDatabase db = raw(f.databasePath(), f.key);
        QVERIFY(Schema::migrate(db, 1).ok());
        // A table step 2 wants to create already exists: step 2 fails and rolls back whole.
        QVERIFY(StoreQuery::run(db, QStringLiteral("CREATE TABLE drafts (x)")));
        const auto migrated = Schema::migrate(db);
        QVERIFY(!migrated.ok());
        QCOMPARE(Schema::version(db).value(), 1);
        QVERIFY(!db.tables().contains(QStringLiteral("attachments")));
        closeRaw(db);
    }
};

QTEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
