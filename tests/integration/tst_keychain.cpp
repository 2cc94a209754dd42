// Keychain and StoreKey against a real Secret Service (gnome-keyring in ./run test's private
// D-Bus session), and without one: a child process with no reachable session bus must get
// Unavailable, never NotFound, and must create or wipe nothing. StoreWipe removes the files and
// the keychain items.

#include "../unit/StoreFixture.h"
#include "secrets/Keychain.h"
#include "secrets/KeychainThread.h"
#include "store/StoreWipe.h"
#include "store/TicketRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QThread>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <cstdio>

namespace {

// What a child process reports, one line: the probe's outcome.
int runProbe(const QString &probe, const QStringList &args)
{
    const Keychain keychain(args.value(0), std::chrono::seconds(15));
    QString line;
    if (probe == u"read") {
        const KeychainResult read = QCoro::waitFor(keychain.read(args.value(1)));
        if (read.isFound())
            line = QStringLiteral("found");
        else if (read.isNotFound())
            line = QStringLiteral("notfound");
        else
            line = QStringLiteral("unavailable %1 %2").arg(int(read.reason())).arg(read.message());
    } else if (probe == u"obtain") {
        const StoreKey::Decision decision = QCoro::waitFor(StoreKey::obtain(keychain, args.value(1)));
        const char *actions[] = {"open", "create", "refuse"};
        line = QStringLiteral("%1 unavailable=%2 %3")
                   .arg(QLatin1String(actions[int(decision.action)]))
                   .arg(decision.keychainUnavailable ? 1 : 0)
                   .arg(decision.reason);
    }
    std::printf("%s\n", line.toUtf8().constData());
    return 0;
}

} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT

private:
    const QString m_account = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Keychain keychain() const { return Keychain(m_account, std::chrono::seconds(20)); }

    // Runs a probe in a child whose session bus does not exist.
    static QString withoutSecretService(const QString &probe, const QStringList &args)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("DESKHAND_KEYCHAIN_PROBE"), probe);
        env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a new bus either
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), args);
        if (!child.waitForFinished(60000))
            return QStringLiteral("child timed out");
        return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    }

    static QByteArray digest(const QString &path)
    {
        return QCryptographicHash::hash(StoreFixture::readAll(path), QCryptographicHash::Sha256);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through ./run test, which starts one with gnome-keyring.");
    }

    void cleanupTestCase() { QCoro::waitFor(keychain().removeAll()); }

    void roundTrips()
    {
        const QByteArray secret = StoreKey::generate();
        const QString item = QStringLiteral("api-key");
        QVERIFY(QCoro::waitFor(keychain().read(item)).isNotFound());
        const KeychainResult written = QCoro::waitFor(keychain().write(item, secret));
        QVERIFY2(written.isFound(), qPrintable(written.message()));
        const KeychainResult read = QCoro::waitFor(keychain().read(item));
        QVERIFY(read.isFound());
        QCOMPARE(read.value(), secret);
        QVERIFY(QCoro::waitFor(keychain().remove(item)).isNotFound());
        QVERIFY(QCoro::waitFor(keychain().read(item)).isNotFound());
        QVERIFY(QCoro::waitFor(keychain().remove(item)).isNotFound()); // removing twice is fine
        QCOMPARE(keychain().service(), QStringLiteral("Deskhand/") + m_account);
    }

    void aKeychainThatAnswersTooLateIsReportedAndTheNextReadStillWorks()
    {
        const QString item = QStringLiteral("api-key");
        const QByteArray secret = StoreKey::generate();
        QVERIFY(QCoro::waitFor(keychain().write(item, secret)).isFound());
        // No D-Bus round trip answers within no time: the read gives up, and says why.
        const KeychainResult late =
            QCoro::waitFor(Keychain(m_account, std::chrono::milliseconds(0)).read(item));
        QVERIFY(late.isUnavailable());
        QCOMPARE(late.reason(), KeychainResult::Reason::TimedOut);
        QVERIFY2(late.message().contains(QStringLiteral("unlock")), qPrintable(late.message()));
        // The abandoned job still runs to its end (QtKeychain runs one job at a time); the next
        // read waits for it and then answers.
        const KeychainResult read = QCoro::waitFor(keychain().read(item));
        QVERIFY(read.isFound());
        QCOMPARE(read.value(), secret);
        QVERIFY(QCoro::waitFor(keychain().remove(item)).isNotFound());
    }

    void theKeychainAnswersWhileTheCallingThreadIsBusy()
    {
        const QString item = QStringLiteral("api-key");
        const QByteArray secret = StoreKey::generate();
        QVERIFY(QCoro::waitFor(keychain().write(item, secret)).isFound());
        const QString service = keychain().service();
        const auto make = [service, item]() -> QKeychain::Job * {
            auto *job = new QKeychain::ReadPasswordJob(service);
            job->setKey(item);
            return job;
        };
        const auto answer = [](QKeychain::Job &job) {
            return KeychainResult::found(static_cast<QKeychain::ReadPasswordJob &>(job).binaryData());
        };
        // This thread's event loop does not run meanwhile (as while the UI thread builds a window):
        // the Secret Service's round trips happen on the keychain thread all the same.
        QFuture<std::optional<KeychainResult>> future =
            KeychainThread::run(make, answer, std::chrono::seconds(20));
        QDeadlineTimer deadline(std::chrono::seconds(20));
        while (!future.isFinished() && !deadline.hasExpired())
            QThread::msleep(5);
        QVERIFY(future.isFinished());
        QVERIFY(future.result().has_value());
        QCOMPARE(future.result()->value(), secret);
        QVERIFY(QCoro::waitFor(keychain().remove(item)).isNotFound());
    }

    void unavailableWithoutASecretService()
    {
        const QString answer =
            withoutSecretService(QStringLiteral("read"), {m_account, QStringLiteral("store-key")});
        QVERIFY2(answer.startsWith(QStringLiteral("unavailable")), qPrintable(answer));
        QVERIFY2(answer.contains(QStringLiteral("try again")), qPrintable(answer));
    }

    void newAccountMakesAKeyThenOpensWithIt()
    {
        StoreFixture f;
        const StoreKey::Decision first = QCoro::waitFor(StoreKey::obtain(keychain(), f.directory()));
        QCOMPARE(first.action, StoreKey::Action::Create);
        QCOMPARE(first.key.size(), 32);
        QCOMPARE(QCoro::waitFor(keychain().read(Keychain::storeKeyItem())).value(), first.key);
        auto opened = f.tryOpen(Store::OpenMode::CreateNew, first.key);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        opened = StoreResult<std::unique_ptr<Store>>();

        const StoreKey::Decision second = QCoro::waitFor(StoreKey::obtain(keychain(), f.directory()));
        QCOMPARE(second.action, StoreKey::Action::Open);
        QCOMPARE(second.key, first.key);
        QVERIFY(f.tryOpen(Store::OpenMode::OpenExisting, second.key).ok());
        QVERIFY(QCoro::waitFor(keychain().remove(Keychain::storeKeyItem())).isNotFound());
    }

    void aMissingKeyForAnExistingStoreIsRefused()
    {
        StoreFixture f;
        QVERIFY(f.open());
        f.close();
        const QByteArray before = digest(f.databasePath());
        const StoreKey::Decision decision = QCoro::waitFor(StoreKey::obtain(keychain(), f.directory()));
        QCOMPARE(decision.action, StoreKey::Action::Refuse);
        QVERIFY(!decision.keychainUnavailable);
        QVERIFY(decision.key.isEmpty());
        QCOMPARE(digest(f.databasePath()), before);
        QVERIFY(QCoro::waitFor(keychain().read(Keychain::storeKeyItem())).isNotFound()); // no new key made
    }

    void anUnavailableKeychainCreatesAndWipesNothing()
    {
        StoreFixture existing;
        QVERIFY(existing.open());
        existing.close();
        const QByteArray before = digest(existing.databasePath());
        QString answer = withoutSecretService(QStringLiteral("obtain"), {m_account, existing.directory()});
        QVERIFY2(answer.startsWith(QStringLiteral("refuse unavailable=1")), qPrintable(answer));
        QCOMPARE(digest(existing.databasePath()), before);

        StoreFixture fresh;
        answer = withoutSecretService(QStringLiteral("obtain"), {m_account, fresh.directory()});
        QVERIFY2(answer.startsWith(QStringLiteral("refuse unavailable=1")), qPrintable(answer));
        QVERIFY(!QFileInfo::exists(fresh.directory()));
        QVERIFY(QCoro::waitFor(keychain().read(Keychain::storeKeyItem())).isNotFound());
    }

    void wipeLeavesNothingBehind()
    {
        StoreFixture f;
        const StoreKey::Decision decision = QCoro::waitFor(StoreKey::obtain(keychain(), f.directory()));
        QCOMPARE(decision.action, StoreKey::Action::Create);
        QVERIFY(QCoro::waitFor(keychain().write(QStringLiteral("api-key"), QByteArray("token"))).isFound());
        f.key = decision.key;
        QVERIFY(f.open());
        QVERIFY(f.write([](QSqlDatabase &db) {
            return TicketRepository(db).upsert(sampleTicket(1, QStringLiteral("x")));
        }));
        QVERIFY(f.store->vault().put(QByteArray("attachment")).ok());
        QVERIFY(QFile::exists(f.databasePath() + QStringLiteral("-wal")));
        f.close();

        const auto wiped = QCoro::waitFor(StoreWipe::wipe(f.directory(), keychain()));
        QVERIFY2(wiped.ok(), qPrintable(wiped.error()));
        QVERIFY(!QFileInfo::exists(f.directory()));
        QVERIFY(QDir(f.folder.path()).isEmpty());
        QVERIFY(QCoro::waitFor(keychain().read(Keychain::storeKeyItem())).isNotFound());
        QVERIFY(QCoro::waitFor(keychain().read(QStringLiteral("api-key"))).isNotFound());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString probe = qEnvironmentVariable("DESKHAND_KEYCHAIN_PROBE");
    if (!probe.isEmpty())
        return runProbe(probe, app.arguments().mid(1));
    KeychainTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
