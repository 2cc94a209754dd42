#pragma once

#include "BenchContext.h"

#include <QCoroTask>
#include <QString>

#include <memory>

class Account;

// Accounts for the benchmarks, opened the way the GUI and the CLI open them (AccountRegistry in a
// DESKHAND_HOME folder, Account::add / Account::open, the keychain of the run's private session).
namespace BenchAccount {

// A new account named "bench" in `home` (emptied first), signed in with the sandbox's API key.
QCoro::Task<std::unique_ptr<Account>> add(BenchContext context, QString home, QString *error);

// The account of a cached `home`. Every `./run bench` has a new private keyring, so the API key
// and the store key are written to it again first; the store key of this benchmark-only store is
// kept beside it (bench-store-key, 0600; it protects nothing but seeded sandbox data). The
// registry is pointed at this run's sandbox address.
QCoro::Task<std::unique_ptr<Account>> reopen(BenchContext context, QString home, QString *error);

// Keeps the store key of `account` in `home` for reopen().
QCoro::Task<bool> keepStoreKey(const Account &account, QString home);

} // namespace BenchAccount
