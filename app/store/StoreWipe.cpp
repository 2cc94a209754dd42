#include "store/StoreWipe.h"

#include "secrets/Keychain.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoreWipe", text);
}

} // namespace

StoreResult<> StoreWipe::removeFiles(const QString &directory)
{
    const QString database = Store::databasePath(directory);
    QStringList left;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(database + suffix);
        if (file.exists() && !file.remove())
            left << file.fileName();
    }
    QDir attachments(Store::attachmentFolder(directory));
    if (attachments.exists() && !attachments.removeRecursively())
        left << attachments.path();
    QDir folder(directory);
    if (folder.exists() && folder.isEmpty())
        QDir().rmdir(directory);
    if (!left.isEmpty())
        return StoreResult<>::failure(tr("Some of this account's local files could not be removed (%1). "
                                         "Close other Deskhand windows and "
                                         "deskhand-cli, then sign out again.")
                                          .arg(left.join(QStringLiteral(", "))));
    return {};
}

QCoro::Task<StoreResult<>> StoreWipe::wipe(QString directory, Keychain keychain)
{
    const auto removed = removeFiles(directory);
    const KeychainResult cleared = co_await keychain.removeAll();
    if (!removed)
        co_return removed;
    if (cleared.isUnavailable())
        co_return StoreResult<>::failure(
            tr("The local files were removed, but the keychain items were not: %1").arg(cleared.message()));
    co_return StoreResult<>{};
}
