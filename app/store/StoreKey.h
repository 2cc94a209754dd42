#pragma once

#include "secrets/KeychainResult.h"

#include <QByteArray>
#include <QCoroTask>
#include <QString>

class Keychain;

// Where an account's store key comes from, fail-closed:
//
//   keychain      | store file | decision
//   Found(key)    | exists     | Open with the key
//   Found(key)    | missing    | Create with the key (a crash after the key was written)
//   NotFound      | missing    | Create with a new random key, written to the keychain first
//   NotFound      | exists     | Refuse: the key is gone; the store is neither replaced nor wiped
//   Unavailable   | either     | Refuse with the keychain's reason; nothing created or wiped
class StoreKey
{
public:
    enum class Action { Open, Create, Refuse };

    struct Decision
    {
        Action action = Action::Refuse;
        QByteArray key; // for Open and Create; never logged
        QString reason; // for Refuse: translated, for the agent
        bool keychainUnavailable = false;
    };

    // The table above, without side effects. For Create after NotFound the key is left empty:
    // obtain() makes it.
    static Decision decide(const KeychainResult &read, bool storeExists);

    // Reads the key, and for a new store makes one, writes it to the keychain and reads it back
    // before handing it out (so a store is never made with a key the keychain did not keep).
    static QCoro::Task<Decision> obtain(Keychain keychain, QString storeDirectory);
    // The same, with the key's item read already (read alongside the account's credentials).
    static QCoro::Task<Decision> obtain(Keychain keychain, QString storeDirectory, KeychainResult read);

    // 32 bytes from OpenSSL's RAND_bytes; empty when no randomness is available.
    static QByteArray generate();
};
