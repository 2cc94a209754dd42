// StoreKey::decide(): where the store key comes from, for every keychain answer and store state.

#include "store/StoreKey.h"

#include <QTest>

class StoreKeyTest : public QObject
{
    Q_OBJECT

private slots:
    void generatesRandom256BitKeys()
    {
        const QByteArray a = StoreKey::generate();
        const QByteArray b = StoreKey::generate();
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
        QVERIFY(a != QByteArray(32, '\0'));
    }

    void foundOpensOrCreates()
    {
        const QByteArray key = StoreKey::generate();
        auto decision = StoreKey::decide(KeychainResult::found(key), true);
        QCOMPARE(decision.action, StoreKey::Action::Open);
        QCOMPARE(decision.key, key);
        decision = StoreKey::decide(KeychainResult::found(key), false);
        QCOMPARE(decision.action, StoreKey::Action::Create);
        QCOMPARE(decision.key, key); // the key written before a crash is used, not replaced
    }

    void notFoundCreatesOnlyWithoutAStore()
    {
        auto decision = StoreKey::decide(KeychainResult::notFound(), false);
        QCOMPARE(decision.action, StoreKey::Action::Create);
        QVERIFY(decision.key.isEmpty());

        decision = StoreKey::decide(KeychainResult::notFound(), true);
        QCOMPARE(decision.action, StoreKey::Action::Refuse);
        QVERIFY(decision.key.isEmpty());
        QVERIFY(!decision.keychainUnavailable);
        QVERIFY(decision.reason.contains(QStringLiteral("left untouched")));
    }

    void unavailableAlwaysRefuses_data()
    {
        QTest::addColumn<bool>("storeExists");
        QTest::newRow("store exists") << true;
        QTest::newRow("no store") << false;
    }

    void unavailableAlwaysRefuses()
    {
        QFETCH(bool, storeExists);
        const auto unavailable = KeychainResult::unavailable(KeychainResult::Reason::Locked,
                                                             QStringLiteral("Unlock the keychain."));
        const auto decision = StoreKey::decide(unavailable, storeExists);
        QCOMPARE(decision.action, StoreKey::Action::Refuse);
        QVERIFY(decision.keychainUnavailable);
        QCOMPARE(decision.reason, QStringLiteral("Unlock the keychain."));
        QVERIFY(decision.key.isEmpty());
    }

    void aDamagedKeyIsRefused()
    {
        const auto decision = StoreKey::decide(KeychainResult::found(QByteArray("short")), true);
        QCOMPARE(decision.action, StoreKey::Action::Refuse);
        QVERIFY(!decision.keychainUnavailable);
    }
};

QTEST_GUILESS_MAIN(StoreKeyTest)
#include "tst_store_key.moc"
