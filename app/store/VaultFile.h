#pragma once

#include <QByteArray>
#include <QString>

// Where an attachment's encrypted local copy is: a random file name in the account's vault
// folder and the file's own AES-256 key. Kept in the attachment's store row, nowhere else.
struct VaultFile
{
    QString fileName;
    QByteArray key; // 32 bytes; never logged

    bool isValid() const { return !fileName.isEmpty() && key.size() == 32; }
    bool operator==(const VaultFile &) const = default;
};
