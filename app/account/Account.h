#pragma once

#include "account/AccountInfo.h"
#include "api/ApiCredentials.h"
#include "api/DeskproApi.h"
#include "api/HelpdeskClient.h"
#include "auth/OAuthTokens.h"
#include "auth/TokenRefresh.h"
#include "secrets/Keychain.h"
#include "store/StoreResult.h"
#include "sync/SyncReport.h"
#include "sync/TicketSync.h"

#include <QCoroTask>
#include <QObject>

#include <functional>
#include <memory>

class AccountRegistry;
class Store;

// One signed-in helpdesk, wired: its registry entry, its credentials and store key from the
// keychain (fail-closed), its encrypted store, and its API client. The GUI and the CLI open
// the same account the same way.
class Account : public QObject
{
    Q_OBJECT

public:
    // Why an account could not be opened; each comes with a translated message.
    enum class Problem {
        None,
        KeychainUnavailable, // nothing was created or wiped: the agent fixes the keychain
        CredentialsMissing,  // the account must be signed in again
        StoreRefused,        // the store's key is gone, or the file is not ours
    };

    struct Opening
    {
        std::unique_ptr<Account> account;
        Problem problem = Problem::None;
        QString message;
    };

    ~Account() override;

    // Reads the account's credentials and store key and opens (or, the first time, creates)
    // its store.
    static QCoro::Task<Opening> open(AccountInfo info, const AccountRegistry &registry);

    // Signs in with credentials that have not been stored yet: checks them against the
    // helpdesk (GET /me), then writes them to the keychain and the account to the registry,
    // and creates the store. Nothing is kept when any step fails.
    static QCoro::Task<Opening> add(AccountInfo info, ApiCredentials credentials, AccountRegistry &registry);
    // The same for an SSO sign-in (info.method OAuth): the access token with its expiry and the
    // refresh token go to the keychain, both or neither (see OAuthTokens). The token is tried as
    // "Bearer" first (or as info.oauthScheme says), then as "token" when the helpdesk does not
    // know Bearer; what worked is remembered in the account.
    static QCoro::Task<Opening> add(AccountInfo info, OAuthTokens tokens, AccountRegistry &registry);

    // Signs an existing account in again (after "sign in again"): the new credentials are checked
    // with GET /me, must be the same agent's, and replace the old ones in the keychain; the
    // store, its outbox and drafts stay. Processes that have the account open take the new
    // sign-in from the keychain with their next request (TokenRefresh).
    static QCoro::Task<Opening> signInAgain(AccountInfo info, ApiCredentials credentials,
                                            AccountRegistry &registry);
    static QCoro::Task<Opening> signInAgain(AccountInfo info, OAuthTokens tokens, AccountRegistry &registry);

    const AccountInfo &info() const { return m_info; }
    QString dataFolder() const { return m_dataFolder; }
    Keychain keychain() const { return Keychain(m_info.id); }
    HelpdeskClient *client() const { return m_client.get(); }
    // For an OAuth account: keeps the access token fresh and says when the agent must sign in
    // again (TokenRefresh::signInNeeded, state()); null for API keys and tokens.
    TokenRefresh *tokenRefresh() const { return m_tokenRefresh.get(); }
    DeskproApi *api() const { return m_api.get(); }
    Store *store() const { return m_store.get(); }

    // Reference data when it has never been synced, then tickets (first sync or refresh), then
    // retention drops resolved tickets older than the account's setting. `tickets` narrows the
    // sync to a part (one queue); the default is every open ticket.
    QCoro::Task<SyncReport> sync(std::function<void(qint64 done, qint64 total)> progress = {},
                                 std::optional<TicketSync::Options> tickets = std::nullopt);

    // Sign-out's local half: closes the store and removes the store, attachments, keychain
    // items and the registry entry. The Account is unusable afterwards.
    QCoro::Task<StoreResult<>> wipe(AccountRegistry &registry);

    // The client options for an account (its extra CA certificates, its pin).
    static HelpdeskClient::Options clientOptions(const AccountInfo &info, const QString &dataFolder);
    static QString caFile(const QString &dataFolder); // <folder>/ca.pem: extra trusted CAs, public

    // The OAuth token endpoint an account refreshes at: from its metadata, else the helpdesk's.
    static QUrl tokenEndpoint(const AccountInfo &info);

private:
    Account(AccountInfo info, QString dataFolder, ApiCredentials credentials);
    // add()'s steps; `candidates` are tried in order while the helpdesk refuses the scheme
    // (401 INVALID_AUTHORIZATION_HEADER); `items` are the keychain items to write, by name.
    static QCoro::Task<Opening> addWith(AccountInfo info, QList<ApiCredentials> candidates,
                                        QList<QPair<QString, QByteArray>> items, AccountRegistry &registry);
    static QCoro::Task<Opening> signInAgainWith(AccountInfo info, QList<ApiCredentials> candidates,
                                                QList<QPair<QString, QByteArray>> items,
                                                AccountRegistry &registry);
    // GET /me with each candidate in turn while the helpdesk refuses the scheme; notes in `info`
    // the OAuth scheme that it took.
    static QCoro::Task<ApiResult<Identity>> probe(AccountInfo *info, QList<ApiCredentials> candidates,
                                                  QString folder);
    void watchTokens(OAuthTokens tokens, const QString &registryHome);

    AccountInfo m_info;
    QString m_dataFolder;
    std::unique_ptr<HelpdeskClient> m_client;
    std::unique_ptr<TokenRefresh> m_tokenRefresh; // consulted by m_client: goes first
    std::unique_ptr<DeskproApi> m_api;
    std::unique_ptr<Store> m_store;
};
