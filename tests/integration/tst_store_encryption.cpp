// The store on disk, as an attacker with the files but not the keychain would meet it: the
// sqlcipher shell cannot open it without the key, it can with the key and our cipher settings
// (so SQLCipher 3.4 and 4.x read the same file), a plaintext file swapped in is refused, and
// planted words are in no file the store writes (database, WAL, SHM, attachments), before and
// after a checkpoint.

#include "../unit/StoreFixture.h"
#include "HardeningReport.h"
#include "store/AttachmentRepository.h"
#include "store/DraftRepository.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "store/ReferenceData.h"
#include "store/StoreConnection.h"
#include "store/StoreQuery.h"
#include "store/TicketRepository.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>

class StoreEncryptionTest : public QObject
{
    Q_OBJECT

private:
    QString m_sqlcipher;
    // For the hardening summary.
    QStringList m_scans;
    qsizetype m_found = 0;
    int m_openedWithoutKey = 0;
    int m_openedWithWrongKey = 0;
    bool m_plaintextRefused = false;
    bool m_wordsReadableWithKey = false;

    // Runs the sqlcipher shell on `path` with `script` on stdin; returns exit code and output.
    std::pair<int, QString> shell(const QString &path, const QString &script)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_sqlcipher, {QStringLiteral("-batch"), QStringLiteral("-bail"), path});
        process.write(script.toUtf8());
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            return {-1, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }

    static QString keyScript(const QByteArray &key)
    {
        return QStringLiteral("PRAGMA key = \"x'%1'\";\n").arg(QString::fromLatin1(key.toHex())) +
               StoreConnection::cipherSettings().join(QStringLiteral(";\n")) + QStringLiteral(";\n");
    }

    static QStringList planted()
    {
        QStringList words;
        for (int i = 0; i < 50; ++i)
            words << QStringLiteral("Kanari%1zq%2").arg(i).arg(QChar(u'a' + i % 26));
        return words;
    }

    // Every file under `directory`, with the planted words found in it (UTF-8 or UTF-16).
    static QStringList leaks(const QString &directory, const QStringList &words)
    {
        QStringList found;
        QDirIterator files(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QByteArray bytes = StoreFixture::readAll(path);
            for (const QString &word : words) {
                const QByteArray utf16(reinterpret_cast<const char *>(word.utf16()), word.size() * 2);
                if (bytes.contains(word.toUtf8()) || bytes.contains(word.toLower().toUtf8()) ||
                    bytes.contains(utf16))
                    found << QFileInfo(path).fileName() + u':' + word;
            }
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        m_sqlcipher = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (m_sqlcipher.isEmpty())
            QSKIP("the sqlcipher shell is not installed (Debian: sqlcipher)");
    }

    void theShellNeedsTheKey()
    {
        StoreFixture f;
        QVERIFY(f.open());
        QVERIFY(f.write([](QSqlDatabase &db) {
            return TicketRepository(db).upsert(sampleTicket(1, QStringLiteral("x")));
        }));
        f.close();

        const auto [noKey, noKeyOutput] =
            shell(f.databasePath(), QStringLiteral("SELECT count(*) FROM tickets;\n"));
        m_openedWithoutKey += noKey == 0 ? 1 : 0;
        QVERIFY(noKey != 0);
        QVERIFY2(noKeyOutput.contains(QStringLiteral("not a database")), qPrintable(noKeyOutput));

        const auto [wrongKey, wrongOutput] =
            shell(f.databasePath(),
                  keyScript(StoreKey::generate()) + QStringLiteral("SELECT count(*) FROM tickets;\n"));
        m_openedWithWrongKey += wrongKey == 0 ? 1 : 0;
        QVERIFY(wrongKey != 0);
        QVERIFY2(wrongOutput.contains(QStringLiteral("not a database")), qPrintable(wrongOutput));

        // With the key and the documented settings, any SQLCipher reads it.
        const auto [withKey, output] =
            shell(f.databasePath(), keyScript(f.key) + QStringLiteral("SELECT subject FROM tickets;\n"));
        QCOMPARE(withKey, 0);
        QVERIFY2(output.trimmed().endsWith(QStringLiteral("x")), qPrintable(output));
    }

    void aPlaintextFileFromTheShellIsRefused()
    {
        StoreFixture f;
        QVERIFY(QDir().mkpath(f.directory()));
        const auto [made, output] =
            shell(f.databasePath(), QStringLiteral("CREATE TABLE tickets (id INTEGER PRIMARY KEY, "
                                                   "subject TEXT); INSERT INTO tickets "
                                                   "VALUES (1, 'plain');\n"));
        QCOMPARE(made, 0);
        QCOMPARE(StoreFixture::readAll(f.databasePath()).left(16), QByteArray("SQLite format 3\0", 16));
        const QByteArray before =
            QCryptographicHash::hash(StoreFixture::readAll(f.databasePath()), QCryptographicHash::Sha256);
        const auto opened = f.tryOpen(Store::OpenMode::OpenExisting);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("unencrypted")), qPrintable(opened.error()));
        m_plaintextRefused = true;
        QCOMPARE(
            QCryptographicHash::hash(StoreFixture::readAll(f.databasePath()), QCryptographicHash::Sha256),
            before);
        Q_UNUSED(output)
    }

    void plantedWordsAreInNoFile()
    {
        StoreFixture f;
        QVERIFY(f.open());
        const QStringList words = planted();
        // 50 words spread over subjects, bodies, people, drafts, the outbox and an attachment.
        QVERIFY(f.write([words](QSqlDatabase &db) -> StoreResult<> {
            for (int i = 0; i < 10; ++i) {
                if (auto put = TicketRepository(db).upsert(
                        sampleTicket(i + 1, QStringLiteral("Subject ") + words.at(i)));
                    !put)
                    return put;
                if (auto put = MessageRepository(db).upsert(sampleMessage(
                        100 + i, i + 1, QStringLiteral("<p>Body %1 text</p>").arg(words.at(10 + i))));
                    !put)
                    return put;
            }
            QList<Person> people;
            for (int i = 20; i < 30; ++i)
                people << Person{900 + i, words.at(i), words.at(i) + QStringLiteral("@example.com"), false,
                                 0};
            if (auto put = ReferenceData(db).upsertPeople(people); !put)
                return put;
            for (int i = 30; i < 35; ++i) {
                if (auto put = DraftRepository(db).save(Draft{i, false, words.at(i), {}, 0}); !put)
                    return put;
            }
            for (int i = 35; i < 45; ++i) {
                OutboxItem item;
                item.ticketId = 1;
                item.payload = QJsonObject{{QStringLiteral("message"), words.at(i)}};
                if (auto put = OutboxRepository(db).insert(item); !put)
                    return StoreResult<>::failure(put);
            }
            return {};
        }));
        QByteArray attachment;
        for (int i = 45; i < 50; ++i)
            attachment += words.at(i).toUtf8() + ' ';
        const auto file = f.store->vault().put(attachment);
        QVERIFY(file.ok());

        // Readers and searches touch the files too (temp_store is memory).
        QVERIFY(!TicketRepository(f.reader()).list({}).value().isEmpty());
        QVERIFY(QFile::exists(f.databasePath() + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(f.databasePath() + QStringLiteral("-shm")));
        QStringList found = leaks(f.directory(), words);
        m_scans << QStringLiteral("with readers and WAL open");
        m_found += found.size();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));

        const auto checkpoint = QCoro::waitFor(f.store->writer().write(
            [](QSqlDatabase &db) {
                return StoreQuery::run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            },
            StoreWriter::Mode::Bare));
        QVERIFY(checkpoint.ok());
        found = leaks(f.directory(), words);
        m_scans << QStringLiteral("after a checkpoint");
        m_found += found.size();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));

        // VACUUM rewrites the whole file (through a temporary copy, kept in memory).
        const auto vacuum = QCoro::waitFor(f.store->writer().write(
            [](QSqlDatabase &db) { return StoreQuery::run(db, QStringLiteral("VACUUM")); },
            StoreWriter::Mode::Bare));
        QVERIFY2(vacuum.ok(), qPrintable(vacuum.ok() ? QString() : vacuum.error()));
        found = leaks(f.directory(), words);
        m_scans << QStringLiteral("after VACUUM");
        m_found += found.size();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));

        f.close();
        found = leaks(f.directory(), words);
        m_scans << QStringLiteral("after closing");
        m_found += found.size();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));

        // The check itself works: the words are there, readable with the key.
        const auto [rc, output] =
            shell(f.databasePath(),
                  keyScript(f.key) + QStringLiteral("SELECT subject FROM tickets WHERE id = 1;\n"));
        QCOMPARE(rc, 0);
        QVERIFY(output.contains(words.at(0)));
        m_wordsReadableWithKey = true;
    }

    void cleanupTestCase()
    {
        if (m_sqlcipher.isEmpty())
            return;
        HardeningReport::record(
            QStringLiteral("secrets-at-rest/store"),
            QStringLiteral(
                "the store's files with 50 planted words (tickets, messages, people, drafts, outbox, an "
                "attachment) scanned %1 times (%2); the sqlcipher shell without the key and with a "
                "wrong one; a plaintext database swapped in")
                .arg(m_scans.size())
                .arg(m_scans.join(QLatin1String(", "))),
            QStringLiteral(
                "words found %1 (and readable with the key: %2); opened without the key %3, with a wrong "
                "key %4; plaintext swap refused: %5")
                .arg(m_found)
                .arg(m_wordsReadableWithKey ? QStringLiteral("yes") : QStringLiteral("no"))
                .arg(m_openedWithoutKey)
                .arg(m_openedWithWrongKey)
                .arg(m_plaintextRefused ? QStringLiteral("yes") : QStringLiteral("no")),
            m_scans.size() >= 4 && m_found == 0 && m_wordsReadableWithKey && m_openedWithoutKey == 0 &&
                m_openedWithWrongKey == 0 && m_plaintextRefused);
    }
};

QTEST_GUILESS_MAIN(StoreEncryptionTest)
#include "tst_store_encryption.moc"
