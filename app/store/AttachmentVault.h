#pragma once

#include "store/StoreResult.h"
#include "store/VaultFile.h"

#include <QString>

// Attachment bytes kept on disk encrypted: one file per attachment, AES-256-GCM with its own
// random key and 96-bit nonce, under a random name. A changed file fails its tag check on read.
// Writes go to a temporary file (ciphertext only) that is synced and renamed into place.
//
//   auto file = vault.put(bytes);                 // then AttachmentRepository::setLocalCopy()
//   auto bytes = vault.get(file.value());         // error when tampered with
class AttachmentVault
{
public:
    explicit AttachmentVault(const QString &folder);

    QString folder() const { return m_folder; }

    StoreResult<VaultFile> put(const QByteArray &bytes) const;
    StoreResult<QByteArray> get(const VaultFile &file) const;
    // True when the file is gone (also when it never existed).
    bool remove(const QString &fileName) const;

    // Vault file names are 32 hex digits: anything else is refused, so a stored name can never
    // point outside the folder.
    static bool isVaultFileName(const QString &fileName);

private:
    QString m_folder;
};
