#include "SignOut.h"

#include "account/Account.h"
#include "account/AccountRegistry.h"
#include "secrets/Keychain.h"
#include "store/StoreWipe.h"
#include "sync/Outbox.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

StoreResult<QJsonArray> SignOut::unsentItems(Account &account)
{
    ::Outbox outbox(*account.store(), *account.api());
    const StoreResult<QList<OutboxItem>> items = outbox.unsent();
    if (!items)
        return StoreResult<QJsonArray>::failure(items.error());
    QJsonArray out;
    for (const OutboxItem &item : items.value()) {
        QJsonObject json{{QStringLiteral("id"), item.id},
                         {QStringLiteral("kind"), OutboxItem::name(item.kind)},
                         {QStringLiteral("state"), OutboxItem::name(item.state)},
                         {QStringLiteral("ticket_id"), item.ticketId},
                         {QStringLiteral("created_at"), item.createdAt.toUTC().toString(Qt::ISODate)},
                         {QStringLiteral("payload"), item.payload}};
        if (!item.lastError.isEmpty())
            json.insert(QStringLiteral("last_error"), item.lastError);
        if (!item.conflictReason.isEmpty())
            json.insert(QStringLiteral("conflict"), item.conflictReason);
        out.append(json);
    }
    return out;
}

QCoro::Task<QString> SignOut::revoke(Account &account)
{
    const AccountInfo &info = account.info();
    const QString host = info.helpdeskUrl.host();
    switch (info.method) {
    case AccountInfo::SignInMethod::ApiKey:
        co_return tr("The API key stays valid: it belongs to the helpdesk's administrator, who can revoke "
                     "it in Admin → Apps → API Keys.");
    case AccountInfo::SignInMethod::ApiToken:
        co_return tr("%1 offers no way for Deskhand to revoke its sign-in token; you can revoke it in the "
                     "helpdesk's agent interface.")
            .arg(host);
    case AccountInfo::SignInMethod::OAuth:
        break;
    }
    if (!info.oauthRevocationEndpoint.isValid())
        co_return tr("%1 offers no way for Deskhand to revoke its sign-in; it ends when it expires, or "
                     "when you or an administrator revoke it at the helpdesk.")
            .arg(host);

    // RFC 7009: the refresh token first (which ends the grant on most servers), then the access
    // token. Best effort: the local wipe goes ahead either way.
    const Keychain keychain = account.keychain();
    const KeychainResult refresh = co_await keychain.read(QStringLiteral("refresh-token"));
    const KeychainResult access = co_await keychain.read(QStringLiteral("access-token"));
    const OAuthTokens tokens = OAuthTokens::fromItems(access.value(), refresh.value());
    const QString clientId = info.oauthClientId.isEmpty() ? QStringLiteral("deskhand") : info.oauthClientId;
    QList<QPair<QString, QString>> revocations;
    if (!tokens.refreshToken.isEmpty())
        revocations.append({tokens.refreshToken, QStringLiteral("refresh_token")});
    if (!tokens.accessToken.isEmpty())
        revocations.append({tokens.accessToken, QStringLiteral("access_token")});
    bool allDone = !revocations.isEmpty();
    for (const auto &[token, hint] : revocations) {
        HelpdeskRequest request = HelpdeskRequest::postForm(info.oauthRevocationEndpoint,
                                                            {{QStringLiteral("token"), token},
                                                             {QStringLiteral("token_type_hint"), hint},
                                                             {QStringLiteral("client_id"), clientId}});
        request.repeatable = true; // revoking twice is harmless (RFC 7009 §2.2)
        const ApiResult<HelpdeskResponse> answer = co_await account.client()->send(std::move(request));
        if (!answer)
            allDone = false;
    }
    if (allDone)
        co_return tr("The sign-in was revoked at %1.").arg(info.oauthRevocationEndpoint.host());
    co_return tr("The sign-in could not be revoked at %1; it ends when it expires.")
        .arg(info.oauthRevocationEndpoint.host());
}

QCoro::Task<SignOut::Result> SignOut::run(std::unique_ptr<Account> account, AccountRegistry &registry,
                                          Unsent unsent, QString exportFile)
{
    Result result;
    const QString name = account->info().name;
    const StoreResult<QJsonArray> items = unsentItems(*account);
    if (!items) {
        result.message = items.error();
        co_return result;
    }
    result.unsent = int(items->size());
    if (result.unsent > 0 && unsent == Unsent::Keep) {
        result.kind = Result::Kind::OutboxNotEmpty;
        result.message = tr("The outbox of “%1” holds %n unsent item(s), which signing out would lose. Send "
                            "them first, export them to a file you keep, or discard them.",
                            nullptr, result.unsent)
                             .arg(name);
        co_return result;
    }
    if (result.unsent > 0 && unsent == Unsent::Export) {
        QSaveFile file(exportFile);
        const QByteArray bytes = QJsonDocument(items.value()).toJson(QJsonDocument::Indented);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
            result.message = tr("The outbox could not be written to %1 (%2), so nothing was removed.")
                                 .arg(QDir::toNativeSeparators(exportFile), file.errorString());
            co_return result;
        }
    }

    result.revocation = co_await revoke(*account);
    const StoreResult<> wiped = co_await account->wipe(registry);
    if (!wiped) {
        result.message = wiped.error();
        co_return result;
    }
    result.kind = Result::Kind::SignedOut;
    result.message = tr("Signed out of “%1”: its store, attachments and keychain items are gone from this "
                        "computer.")
                         .arg(name);
    co_return result;
}

QCoro::Task<SignOut::Result> SignOut::runUnopened(AccountInfo info, AccountRegistry &registry, Unsent unsent)
{
    Result result;
    if (unsent != Unsent::Discard) {
        result.kind = Result::Kind::OutboxNotEmpty;
        result.message = tr("The store of “%1” cannot be opened, so whether its outbox holds unsent items "
                            "cannot be checked, nor can they be exported. Remove it anyway only if you "
                            "accept to lose them.")
                             .arg(info.name);
        co_return result;
    }
    const QString folder = registry.dataFolder(info.id);
    const StoreResult<> wiped = co_await StoreWipe::wipe(folder, Keychain(info.id));
    if (!wiped) {
        result.message = wiped.error();
        co_return result;
    }
    QDir(folder).removeRecursively();
    QString error;
    if (!registry.remove(info.id, &error)) {
        result.message = error;
        co_return result;
    }
    result.kind = Result::Kind::SignedOut;
    result.revocation = tr("Nothing could be revoked at the helpdesk without the account's credentials.");
    result.message = tr("Removed “%1” from this computer.").arg(info.name);
    co_return result;
}
