#pragma once

#include "store/AttachmentVault.h"
#include "store/StoreResult.h"
#include "store/VaultFile.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QStringList>

#include <memory>

class QLockFile;

// Plaintext copies of attachments outside the encrypted vault, made only when the agent asks:
//   - to open one in another application: a private temporary copy, in a folder of this
//     process's own (0700, inside the user's runtime or temporary folder, one random folder per
//     copy so that the helpdesk's file name can be kept), removed with remove() when the ticket
//     closes, all of them when this object goes (the account closes, the application quits), and
//     left-overs of a crashed run by sweepLeftovers() at the next start;
//   - to save one where the agent chose, in a save dialog.
// Decrypting and writing run on a worker thread: the caller never waits on the disk.
class AttachmentCopies
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentCopies)

public:
    AttachmentCopies();
    ~AttachmentCopies();
    AttachmentCopies(const AttachmentCopies &) = delete;
    AttachmentCopies &operator=(const AttachmentCopies &) = delete;

    // Where this process keeps its copies (empty until the first one).
    QString folder() const { return m_folder; }

    // A private copy of `file` named after `filename`; gives its path.
    QCoro::Task<StoreResult<QString>> temporaryCopy(AttachmentVault vault, VaultFile file, QString filename);
    // Removes copies temporaryCopy() made (paths outside folder() are ignored).
    void remove(const QStringList &paths);

    // The content of `file` written to `path` (replaced as a whole, or left as it was).
    static QCoro::Task<StoreResult<>> save(AttachmentVault vault, VaultFile file, QString path);

    // Programs, scripts and active documents are never handed to another application from a
    // ticket: the agent may still save them.
    static bool mayOpen(const QString &filename);
    // The helpdesk's file name, made safe as a file name: no folders, no control or direction
    // characters, no leading dots, a bounded length; the extension kept.
    static QString safeFileName(const QString &filename);

    // Removes what earlier runs left behind (their process is gone), never another running
    // Deskhand's copies.
    static void sweepLeftovers();
    // The folder all processes' copy folders are made in.
    static QString area();

private:
    StoreResult<QString> ensureFolder();

    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
};
