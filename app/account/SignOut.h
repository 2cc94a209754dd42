#pragma once

#include "account/AccountInfo.h"
#include "store/StoreResult.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QJsonArray>
#include <QString>

#include <memory>

class Account;
class AccountRegistry;

// Signing out of one account: first what can be revoked at the helpdesk is revoked, then the
// account's store, attachments, keychain items and registry entry are wiped (Account::wipe).
//
// What can be revoked: an OAuth sign-in whose authorization server names an RFC 7009
// revocation endpoint in its metadata (the refresh token, then the access token). Deskpro
// itself documents no way for a client to revoke an OAuth or API token, so for the helpdesk's
// own sign-ins nothing is sent and the result says where the agent can revoke it; an API key
// belongs to the administrator and is never revoked by a client.
//
// Unsent outbox items are never thrown away silently: with any, sign-out stops (OutboxNotEmpty)
// unless the agent chose to export them (a JSON file they keep) or to discard them.
class SignOut
{
    Q_DECLARE_TR_FUNCTIONS(SignOut)

public:
    enum class Unsent { Keep, Export, Discard };

    struct Result
    {
        enum class Kind { SignedOut, OutboxNotEmpty, Failed };
        Kind kind = Kind::Failed;
        int unsent = 0;     // unsent items found (with OutboxNotEmpty: kept, nothing was done)
        QString message;    // translated: what happened, or why not and what to do
        QString revocation; // translated: what was revoked at the helpdesk, or why nothing was

        bool ok() const { return kind == Kind::SignedOut; }
    };

    // The unsent items as JSON an agent can keep: id, kind, state, ticket, created, the request
    // body as it would have been sent (a reply's or note's text included), and why it is held.
    static StoreResult<QJsonArray> unsentItems(Account &account);

    // `exportFile` with Unsent::Export: written (0600, atomically) before anything is removed.
    static QCoro::Task<Result> run(std::unique_ptr<Account> account, AccountRegistry &registry, Unsent unsent,
                                   QString exportFile = {});

    // An account that cannot be opened any more (its credentials or its store key are gone, the
    // store is not ours): nothing can be read or revoked, so only with Unsent::Discard are its
    // files, keychain items and registry entry removed; otherwise OutboxNotEmpty says why not.
    static QCoro::Task<Result> runUnopened(AccountInfo info, AccountRegistry &registry, Unsent unsent);

private:
    static QCoro::Task<QString> revoke(Account &account);
};
