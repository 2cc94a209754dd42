#include "store/StoreKey.h"

#include "secrets/Keychain.h"
#include "store/Store.h"

#include <QCoreApplication>

#include <openssl/rand.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoreKey", text);
}

StoreKey::Decision refuse(QString reason, bool keychainUnavailable)
{
    StoreKey::Decision decision;
    decision.action = StoreKey::Action::Refuse;
    decision.reason = std::move(reason);
    decision.keychainUnavailable = keychainUnavailable;
    return decision;
}

} // namespace

StoreKey::Decision StoreKey::decide(const KeychainResult &read, bool storeExists)
{
    Decision decision;
    switch (read.kind()) {
    case KeychainResult::Kind::Unavailable:
        return refuse(read.message(), true);
    case KeychainResult::Kind::Found:
        if (read.value().size() != 32)
            return refuse(
                tr("The store key in the keychain is damaged. The local store was left untouched; sign "
                   "out and in again to download a fresh copy."),
                false);
        decision.action = storeExists ? Action::Open : Action::Create;
        decision.key = read.value();
        return decision;
    case KeychainResult::Kind::NotFound:
        if (storeExists)
            return refuse(
                tr("The key of this account's local store is missing from the keychain (was the keychain "
                   "reset, or the profile copied from another computer?). The store was left untouched: "
                   "restore the keychain and try again, or sign out to remove the store and download a "
                   "fresh copy."),
                false);
        decision.action = Action::Create;
        return decision;
    }
    return refuse(QString(), false);
}

QCoro::Task<StoreKey::Decision> StoreKey::obtain(Keychain keychain, QString storeDirectory)
{
    const Keychain &chain = keychain;
    KeychainResult read = co_await chain.read(Keychain::storeKeyItem());
    co_return co_await obtain(keychain, storeDirectory, std::move(read));
}

QCoro::Task<StoreKey::Decision> StoreKey::obtain(Keychain keychain, QString storeDirectory,
                                                 KeychainResult read)
{
    const Keychain &chain = keychain;
    const QString item = Keychain::storeKeyItem();
    Decision decision = decide(read, Store::exists(storeDirectory));
    if (decision.action != Action::Create || !decision.key.isEmpty())
        co_return decision;

    const QByteArray key = generate();
    if (key.isEmpty())
        co_return refuse(tr("No random numbers are available to make a store key."), false);
    const KeychainResult written = co_await chain.write(item, key);
    if (written.isUnavailable())
        co_return refuse(written.message(), true);
    const KeychainResult check = co_await chain.read(item);
    if (check.isUnavailable())
        co_return refuse(check.message(), true);
    if (!check.isFound() || check.value() != key)
        co_return refuse(
            tr("The system keychain did not keep the new store key. Make sure it is unlocked and "
               "saves passwords, then try again."),
            true);
    decision.key = key;
    co_return decision;
}

QByteArray StoreKey::generate()
{
    QByteArray key(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        return QByteArray();
    return key;
}
