#pragma once

#include "account/Account.h"
#include "account/AccountInfo.h"
#include "account/ApiTokenSignIn.h"
#include "cli/ExitCode.h"

#include <QCommandLineParser>
#include <QCoroTask>
#include <QStringList>

#include <memory>
#include <optional>

class Account;
class Outbox;
class AccountRegistry;
struct OAuthTokens;

// deskhand-cli: parses the command line and runs one command against one account, sharing
// the account's store and keychain with the desktop application.
class Cli
{
public:
    explicit Cli(QStringList arguments);
    ~Cli();

    QCoro::Task<ExitCode> run();

    static QString helpText();

private:
    // Commands. Each prints its result and returns its exit code.
    QCoro::Task<ExitCode> addAccount();
    // account add --sso: the browser flow; the tokens, or nothing with the reason printed and
    // the exit code in `failure`.
    QCoro::Task<std::optional<OAuthTokens>> signInWithBrowser(AccountInfo &info, ExitCode *failure);
    // account sign-in NAME: the same agent signs an existing account in again.
    QCoro::Task<ExitCode> signInAgain(AccountInfo info);
    ExitCode listAccounts();
    QCoro::Task<ExitCode> sync();
    QCoro::Task<ExitCode> queues();
    QCoro::Task<ExitCode> list();
    QCoro::Task<ExitCode> show();
    QCoro::Task<ExitCode> search();
    QCoro::Task<ExitCode> reply(bool isNote);
    QCoro::Task<ExitCode> set();
    QCoro::Task<ExitCode> newTicket();
    QCoro::Task<ExitCode> outbox();
    QCoro::Task<ExitCode> journal();
    QCoro::Task<ExitCode> wipe();
    // account remove NAME and wipe --yes: sign out (revoke, then wipe), minding the outbox.
    QCoro::Task<ExitCode> signOut(AccountInfo info, bool discardConfirmed);

    // Sends what can be sent now and reports what became of item `itemId`, as an exit code.
    QCoro::Task<ExitCode> sendAndReport(Account &account, Outbox &outbox, qint64 itemId);

    // Opens the account named by --account (or the only one); prints why not and returns null.
    QCoro::Task<std::unique_ptr<Account>> openAccount(ExitCode *failure);
    ExitCode usage(const QString &message);
    // The secrets of account add and sign-in, from their files or stdin; nullopt with the reason
    // printed and the exit code in `failure`.
    std::optional<QString> readApiKey(ExitCode *failure);
    std::optional<QString> readPassword(ExitCode *failure);
    std::optional<ApiTokenSignIn::DeviceLink> readDeviceLink(ExitCode *failure);
    // Prints `done` (%1 helpdesk, %2 agent, %3 account) or why not; the exit code.
    static ExitCode reportOpening(const Account::Opening &opening, const QString &done);
    // The message of reply, note and new, from --file or stdin, as HTML; empty (with the exit
    // code in `failure`, the reason printed) when there is none.
    QString readMessage(ExitCode *failure);
    QString option(const QString &name) const;
    bool flag(const QString &name) const;
    QStringList arguments() const; // positional, after the command

    QStringList m_arguments;
    QCommandLineParser m_parser;
    std::unique_ptr<AccountRegistry> m_registry;
};
