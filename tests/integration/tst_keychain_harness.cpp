// Proves the test harness gives tests a real, unlocked Secret Service: a secret written through
// QtKeychain is read back, then deleted, and is gone afterwards.

#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

using namespace QKeychain;

class KeychainHarnessTest : public QObject
{
    Q_OBJECT

private:
    // Runs a job to completion and returns its error.
    static Error run(Job &job)
    {
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        if (!finished.wait(20000))
            return OtherError;
        return job.error();
    }

    const QString service =
        QStringLiteral("deskhand-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through ./run test, which starts one with gnome-keyring.");
    }

    void writeReadDeleteRoundTrip()
    {
        const QByteArray secret = QUuid::createUuid().toRfc4122();

        WritePasswordJob write(service);
        write.setKey(QStringLiteral("store-key"));
        write.setBinaryData(secret);
        QCOMPARE(run(write), NoError);

        ReadPasswordJob read(service);
        read.setKey(QStringLiteral("store-key"));
        QCOMPARE(run(read), NoError);
        QCOMPARE(read.binaryData(), secret);

        DeletePasswordJob remove(service);
        remove.setKey(QStringLiteral("store-key"));
        QCOMPARE(run(remove), NoError);

        ReadPasswordJob again(service);
        again.setKey(QStringLiteral("store-key"));
        QCOMPARE(run(again), EntryNotFound);
    }

    void entriesAreSeparatedByKey()
    {
        WritePasswordJob first(service);
        first.setKey(QStringLiteral("a"));
        first.setTextData(QStringLiteral("first"));
        QCOMPARE(run(first), NoError);
        WritePasswordJob second(service);
        second.setKey(QStringLiteral("b"));
        second.setTextData(QStringLiteral("second"));
        QCOMPARE(run(second), NoError);

        ReadPasswordJob read(service);
        read.setKey(QStringLiteral("a"));
        QCOMPARE(run(read), NoError);
        QCOMPARE(read.textData(), QStringLiteral("first"));

        for (const QString &key : {QStringLiteral("a"), QStringLiteral("b")}) {
            DeletePasswordJob remove(service);
            remove.setKey(key);
            QCOMPARE(run(remove), NoError);
        }
    }
};

QTEST_GUILESS_MAIN(KeychainHarnessTest)
#include "tst_keychain_harness.moc"
