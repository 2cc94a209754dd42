#pragma once

#include "api/CredentialRenewal.h"
#include "auth/OAuthTokens.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class HelpdeskClient;

// Keeps an OAuth account's access token fresh, for its HelpdeskClient (a CredentialRenewal):
// refreshes shortly before the token expires and when the helpdesk refuses it (401), then the
// client sends the request once more.
//
// One refresh per expiry: requests that need one while it runs wait for it (in this process),
// and processes sharing the account (the GUI and deskhand-cli) take turns through a lock file in
// the account's folder, polled without blocking the thread. Whoever holds the lock reads the
// tokens from the keychain first: when another process rotated them already, those are used and
// nothing is sent. Rotation: the new refresh token is written to the keychain before the new
// access token, both before the lock is released, so a crash never leaves a used refresh token
// as the only one. A refused refresh (invalid_grant) is "sign in again" (SignInNeeded, nothing
// is wiped: the store, outbox and drafts stay); a network failure is just that, tried later.
//
// Also learns how the helpdesk wants the token presented: a 401 INVALID_AUTHORIZATION_HEADER to
// "Bearer" switches to "token" (or back) once, and schemeLearned() tells the account to remember.
class TokenRefresh : public QObject, public CredentialRenewal
{
    Q_OBJECT

public:
    enum class State {
        SignedIn,     // the tokens work, or may
        Refreshing,   // a refresh is under way (requests wait for it)
        SignInNeeded, // the helpdesk refused the refresh: the agent signs in again
    };
    Q_ENUM(State)

    struct Settings
    {
        QString accountId;  // the keychain service's account
        QString dataFolder; // where the lock file lives
        QUrl tokenEndpoint;
        QString clientId;
        bool bearer = true;                         // "Authorization: Bearer …", else "token …"
        std::chrono::seconds margin{60};            // refresh this long before the token expires
        std::chrono::milliseconds lockWait{180000}; // give up waiting for another process
    };

    // `client` signs requests with the tokens and sends the refresh; it must outlive this.
    TokenRefresh(HelpdeskClient *client, Settings settings, OAuthTokens tokens, QObject *parent = nullptr);
    ~TokenRefresh() override;

    State state() const { return m_state; }
    QString message() const { return m_message; } // translated; set with SignInNeeded
    bool presentsAsBearer() const { return m_settings.bearer; }
    QDateTime expiresAt() const { return m_tokens.expiresAt; }
    ApiCredentials credentials() const;

    // Refreshes unless `staleAccessToken` was replaced already (here or by another process).
    // Gives the credentials to use, or why not (Unauthorized: sign in again).
    QCoro::Task<ApiResult<ApiCredentials>> refresh(QString staleAccessToken);

    // After "sign in again": takes a new sign-in from the keychain (Account::signInAgain wrote it,
    // maybe in another process) and is SignedIn again. False when there is none. beforeRequest()
    // calls it while SignInNeeded, so an open account resumes by itself.
    QCoro::Task<bool> takeNewSignIn();

    // CredentialRenewal
    QCoro::Task<ApiResult<ApiCredentials>> beforeRequest() override;
    QCoro::Task<ApiResult<ApiCredentials>> afterRefusal(ApiCredentials refused, ApiError error) override;

    static QString lockFileName(); // in the account's folder

signals:
    void stateChanged(TokenRefresh::State state);
    // The helpdesk no longer accepts this sign-in; `message` says so and what to do.
    void signInNeeded(const QString &message);
    void refreshed(); // new tokens are in use and in the keychain
    void schemeLearned(bool bearer);
    void flightLanded(); // internal: the refresh in flight ended

private:
    struct Flight;
    QCoro::Task<ApiResult<ApiCredentials>> refreshLocked(QString staleAccessToken);
    void adopt(const OAuthTokens &tokens);
    void setState(State state);
    ApiError needSignIn(const QString &message);
    ApiError signInError() const;

    HelpdeskClient *m_client;
    Settings m_settings;
    OAuthTokens m_tokens;
    State m_state = State::SignedIn;
    QString m_message;
    bool m_schemeSwitched = false;
    std::shared_ptr<Flight> m_flight;
};
