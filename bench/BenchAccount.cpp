#include "BenchAccount.h"

#include "account/Account.h"
#include "account/AccountRegistry.h"
#include "secrets/Keychain.h"

#include <QDir>
#include <QFile>

namespace {

QString storeKeyFile(const QString &home)
{
    return QDir(home).filePath(QStringLiteral("bench-store-key"));
}

} // namespace

namespace BenchAccount {

QCoro::Task<std::unique_ptr<Account>> add(BenchContext context, QString home, QString *error)
{
    QDir(home).removeRecursively();
    QDir().mkpath(home);
    AccountRegistry registry(home);
    AccountInfo info;
    info.id = AccountRegistry::newId(context.url);
    info.name = QStringLiteral("bench");
    info.helpdeskUrl = context.url;
    info.method = AccountInfo::SignInMethod::ApiKey;
    info.added = QDateTime::currentDateTimeUtc();
    Account::Opening opening =
        co_await Account::add(info, ApiCredentials::apiKey(QString::fromUtf8(context.apiKey)), registry);
    if (!opening.account)
        *error = opening.message;
    co_return std::move(opening.account);
}

QCoro::Task<bool> keepStoreKey(const Account &account, QString home)
{
    const KeychainResult key = co_await account.keychain().read(Keychain::storeKeyItem());
    if (!key.isFound())
        co_return false;
    QFile file(storeKeyFile(home));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        co_return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    co_return file.write(key.value().toHex()) > 0;
}

QCoro::Task<std::unique_ptr<Account>> reopen(BenchContext context, QString home, QString *error)
{
    AccountRegistry registry(home);
    std::optional<AccountInfo> info = registry.find(QStringLiteral("bench"));
    QFile keyFile(storeKeyFile(home));
    if (!info || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no cached account in %1").arg(home);
        co_return std::unique_ptr<Account>();
    }
    const QByteArray storeKey = QByteArray::fromHex(keyFile.readAll());
    info->helpdeskUrl = context.url;
    if (!registry.save(*info, error))
        co_return std::unique_ptr<Account>();
    const Keychain keychain(info->id);
    const KeychainResult wroteKey = co_await keychain.write(Keychain::storeKeyItem(), storeKey);
    const KeychainResult wroteApiKey = co_await keychain.write(QStringLiteral("api-key"), context.apiKey);
    if (!wroteKey.isFound() || !wroteApiKey.isFound()) {
        *error = QStringLiteral("the keychain refused the cached account's items");
        co_return std::unique_ptr<Account>();
    }
    Account::Opening opening = co_await Account::open(*info, registry);
    if (!opening.account)
        *error = opening.message;
    co_return std::move(opening.account);
}

} // namespace BenchAccount
