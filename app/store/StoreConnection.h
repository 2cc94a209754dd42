#pragma once

#include "store/StoreResult.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

// Opens one keyed connection to a store file and proves the file is ours before anything uses
// it. The key is applied first; then the cipher settings; then PRAGMA cipher_version must answer
// (we really run SQLCipher) and the schema must be readable with this key. A plaintext SQLite
// file, a file encrypted with another key and a foreign file are refused, never written to.
//
// Cipher settings, set explicitly so that SQLCipher 3.4 (Debian 12) and 4.x read the same file:
// 4096-byte pages, HMAC-SHA1 page authentication, PBKDF2-HMAC-SHA1 with 64,000 iterations (only
// used for the HMAC key: the raw key skips key derivation). These are SQLCipher 3's defaults with
// 4.x's page size; 4.x's defaults (SHA-512) would make the file unreadable on 3.4. Pragmas 3.4
// does not know are no-ops there.
class StoreConnection
{
public:
    enum class Role {
        Writer, // WAL, synchronous=FULL: the one connection that writes
        Reader, // query_only: cannot write by mistake
        // A Reader with a larger page cache (32 MiB; SQLite's default is 2 MiB): the main thread's,
        // where the agent's searches, lists and tickets read the same index pages again and again.
        // Each page read past the cache is decrypted anew; a search over 100,000 tickets touched
        // more pages than 2 MiB holds. Worker threads' readers keep the default: each pool thread
        // has a connection of its own, and their caches would add up.
        MainReader,
    };

    // Adds and opens the connection `name` on the calling thread. With mayCreate false a missing
    // file is an error. On failure the connection is removed again.
    static StoreResult<QSqlDatabase> open(const QString &path, const QByteArray &key, const QString &name,
                                          Role role, bool mayCreate);
    // Closes and removes the connection `name`; call on the thread that opened it.
    static void close(const QString &name);
    // The first connection in a process sets up OpenSSL (its configuration, the provider and the
    // algorithms the cipher settings name: ~2 ms); on a thread of its own beforehand, e.g. while
    // the keychain is asked for the key, the store opens without it. Safe from any thread, any time.
    static void prepareCrypto();

    // True when the file starts with SQLite's plaintext header ("SQLite format 3\0").
    static bool isPlaintextDatabase(const QString &path);

    // The statements run after the key, before the file is read.
    static QStringList cipherSettings();
};
