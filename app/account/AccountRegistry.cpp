#include "AccountRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AccountRegistry", text);
}

bool makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

AccountRegistry::AccountRegistry(QString home) : m_home(std::move(home)) {}

QString AccountRegistry::homeFolder()
{
    const QString override = qEnvironmentVariable("DESKHAND_HOME");
    if (!override.isEmpty())
        return QDir(override).absolutePath();
    // One folder for the application and deskhand-cli, which share their accounts (AppDataLocation
    // would differ by application name): ~/.local/share/Deskhand, %LOCALAPPDATA%\Deskhand,
    // ~/Library/Application Support/Deskhand.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Deskhand"));
}

QString AccountRegistry::registryPath() const
{
    return QDir(m_home).filePath(QStringLiteral("accounts.json"));
}

QList<AccountInfo> AccountRegistry::accounts() const
{
    QFile file(registryPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<AccountInfo> list;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(u"accounts").toArray();
    for (const QJsonValue &value : array) {
        AccountInfo info = AccountInfo::fromJson(value.toObject());
        if (!info.id.isEmpty())
            list.append(info);
    }
    return list;
}

std::optional<AccountInfo> AccountRegistry::find(const QString &idOrName) const
{
    const QList<AccountInfo> all = accounts();
    for (const AccountInfo &info : all)
        if (info.id == idOrName)
            return info;
    for (const AccountInfo &info : all)
        if (info.name.compare(idOrName, Qt::CaseInsensitive) == 0 ||
            info.helpdeskUrl.host().compare(idOrName, Qt::CaseInsensitive) == 0)
            return info;
    return std::nullopt;
}

std::optional<AccountInfo> AccountRegistry::pick(const QString &idOrName, QString *error) const
{
    if (!idOrName.isEmpty()) {
        if (auto found = find(idOrName))
            return found;
        *error = tr("There is no account named “%1”; see “deskhand-cli accounts”.").arg(idOrName);
        return std::nullopt;
    }
    const QList<AccountInfo> all = accounts();
    if (all.size() == 1)
        return all.constFirst();
    *error = all.isEmpty() ? tr("No helpdesk account yet: add one with “deskhand-cli account add”.")
                           : tr("There are %1 accounts: pick one with --account NAME.").arg(all.size());
    return std::nullopt;
}

bool AccountRegistry::save(const AccountInfo &account, QString *error)
{
    QList<AccountInfo> all = accounts();
    bool replaced = false;
    for (AccountInfo &existing : all) {
        if (existing.id == account.id) {
            existing = account;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(account);
    return write(all, error);
}

bool AccountRegistry::remove(const QString &id, QString *error)
{
    QList<AccountInfo> all = accounts();
    all.removeIf([&id](const AccountInfo &info) { return info.id == id; });
    return write(all, error);
}

bool AccountRegistry::write(const QList<AccountInfo> &accounts, QString *error)
{
    if (!makePrivateFolder(m_home)) {
        *error = tr("Could not create Deskhand's folder %1.").arg(QDir::toNativeSeparators(m_home));
        return false;
    }
    QLockFile lock(registryPath() + QStringLiteral(".lock"));
    if (!lock.tryLock(10000)) {
        *error = tr("Another Deskhand is changing the account list; try again.");
        return false;
    }
    QJsonArray array;
    for (const AccountInfo &info : accounts)
        array.append(info.toJson());
    QSaveFile file(registryPath());
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(registryPath()), file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("accounts"), array}}).toJson());
    if (!file.commit()) {
        *error =
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(registryPath()), file.errorString());
        return false;
    }
    return true;
}

QString AccountRegistry::dataFolder(const QString &id) const
{
    const QString path = QDir(m_home).filePath(QStringLiteral("accounts/") + id);
    makePrivateFolder(path);
    return path;
}

QString AccountRegistry::newId(const QUrl &helpdeskUrl)
{
    QString host = helpdeskUrl.host().toLower();
    host.replace(QRegularExpression(QStringLiteral("[^a-z0-9.-]")), QStringLiteral("-"));
    return host.left(40) + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
}
