#pragma once

#include "store/StoreResult.h"

#include <QCoroTask>
#include <QString>

class Keychain;

// Sign-out: removes every local trace of an account in one call: the store file with its -wal,
// -shm and -journal files, the attachment folder, the store folder when that leaves it empty,
// and the account's keychain items. Files need no overwriting: they are encrypted and SQLite
// runs with secure_delete. The Store must be closed (destroyed) first.
class StoreWipe
{
public:
    // The files first: they hold the data, and they go even when the keychain is locked. A
    // keychain that cannot remove its items is reported, so the agent can try again.
    static QCoro::Task<StoreResult<>> wipe(QString directory, Keychain keychain);

    // Only the files.
    static StoreResult<> removeFiles(const QString &directory);
};
