#pragma once

#include "account/Account.h"
#include "account/AccountInfo.h"

#include <QCoreApplication>
#include <QCoroTask>
#include <QString>
#include <QUrl>

#include <optional>

class AccountRegistry;

// Signing in to a helpdesk with an API token it issues: from the agent's e-mail and password
// (POST /api_tokens; Deskpro-native logins only, not SSO) or from a single-use device link
// (api_tokens/device_setup/…, made in the agent's preferences). The GUI's sign-in dialog and
// deskhand-cli both use this. The password and the link are secrets: they live only as long as
// the call and are never stored, logged or put on a command line; only the issued token goes to
// the keychain (through Account::add, which also checks it with GET /me).
//
// Every failure comes back as an Account::Opening with a translated message the agent can act
// on; the problem is CredentialsMissing for a wrong password or a spent link.
class ApiTokenSignIn
{
    Q_DECLARE_TR_FUNCTIONS(ApiTokenSignIn)

public:
    struct DeviceLink
    {
        QUrl helpdeskUrl;
        QString code; // the secret part
    };
    // "https://host[/path]/api/v2/api_tokens/device_setup/<code>", surrounding blanks allowed;
    // nullopt with a translated reason otherwise.
    static std::optional<DeviceLink> parseDeviceLink(const QString &text, QString *error);

    enum class Purpose {
        NewAccount,  // Account::add: nothing is kept when it fails
        SignInAgain, // Account::signInAgain for an existing account: its store is never touched
    };

    // `info` names the account (id, name, helpdeskUrl, spkiPin…); its method becomes ApiToken.
    static QCoro::Task<Account::Opening> withPassword(AccountInfo info, QString email, QString password,
                                                      AccountRegistry &registry,
                                                      Purpose purpose = Purpose::NewAccount);
    // For a new account, info.helpdeskUrl is taken from the link (an empty id and name are made
    // from it); to sign in again, the link must be for the account's helpdesk.
    static QCoro::Task<Account::Opening> withDeviceLink(AccountInfo info, DeviceLink link,
                                                        AccountRegistry &registry,
                                                        Purpose purpose = Purpose::NewAccount);

private:
    // Not a Deskpro, unreachable, TLS: the reason, or nullopt when the helpdesk answered as one.
    static QCoro::Task<std::optional<QString>> checkHelpdesk(AccountInfo info, QString folder);
    static QCoro::Task<Account::Opening> finish(AccountInfo info, QString token, AccountRegistry &registry,
                                                Purpose purpose);
};
