#pragma once

#include "secrets/KeychainResult.h"

#include <QCoroTask>
#include <QString>
#include <QStringList>

#include <chrono>

// The OS keychain for one account, fail-closed: every item lives under the service
// "Deskhand/<accountId>". Reads and writes that get no answer in time are unavailable, never
// "not found". QtKeychain's insecure plaintext fallback is always off. Values are never logged.
//
//   Keychain keychain(accountId);
//   KeychainResult read = co_await keychain.read(Keychain::storeKeyItem());
//   if (read.isUnavailable()) tell the agent read.message(); stop
class Keychain
{
public:
    explicit Keychain(const QString &accountId, std::chrono::milliseconds timeout = std::chrono::seconds(30));

    QString service() const { return m_service; }

    // Arguments by value: a coroutine outlives the caller's temporaries (ASan caught a written
    // value read after its temporary died).
    // Found(value), NotFound or Unavailable(reason).
    QCoro::Task<KeychainResult> read(QString item) const;
    // Found(value) when written, or Unavailable(reason).
    QCoro::Task<KeychainResult> write(QString item, QByteArray value) const;
    // NotFound when gone (also when it was never there), or Unavailable(reason).
    QCoro::Task<KeychainResult> remove(QString item) const;
    // Removes every item an account may hold (accountItems()); NotFound when all are gone.
    QCoro::Task<KeychainResult> removeAll() const;

    // The item holding the store's raw 256-bit key.
    static QString storeKeyItem();
    // Every item name an account may use. Add new items here so that sign-out wipes them.
    static QStringList accountItems();

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};
