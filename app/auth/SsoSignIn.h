#pragma once

#include "api/ApiError.h"
#include "auth/OAuthTokens.h"

#include <QCoroTask>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class HelpdeskClient;
class LoopbackRedirect;

// Signing in through the system browser (RFC 8252): authorization code with PKCE S256, a
// random `state`, and a loopback redirect on 127.0.0.1 that lives only while the flow waits.
// The browser is opened by the caller's opener (QDesktopServices::openUrl in the GUI, xdg-open
// or a printed link in the CLI), so Deskhand never sees the IdP's password. Only a callback with
// the expected state and a code leads to a token request, and to exactly one.
class SsoSignIn : public QObject
{
    Q_OBJECT

public:
    // Where the authorization server lives; by default the helpdesk's /oauth/authorize and
    // /oauth/token. RFC 8414 or OpenID Connect metadata can point elsewhere.
    struct Endpoints
    {
        QUrl authorizationEndpoint;
        QUrl tokenEndpoint;

        static Endpoints forHelpdesk(const QUrl &helpdeskUrl);
    };

    struct Outcome
    {
        enum class Kind {
            SignedIn,      // tokens holds what the token endpoint gave
            Denied,        // the agent or the IdP refused
            StateMismatch, // a callback that is not this flow's: nothing was exchanged
            TimedOut,
            Cancelled,
            ListenFailed, // no loopback port could be opened
            TokenRefused, // the token endpoint said no, or could not be reached (error)
        };
        Kind kind = Kind::Cancelled;
        OAuthTokens tokens;
        QString message; // translated, says what to do; empty with SignedIn
        ApiError error;  // with TokenRefused

        bool ok() const { return kind == Kind::SignedIn; }
    };

    // Opens the authorization URL in a browser; false when it could not (the caller then shows
    // the link to copy; the flow keeps waiting).
    using Opener = std::function<bool(const QUrl &url)>;

    // `client` is the helpdesk's (unauthenticated is fine); it must outlive run().
    SsoSignIn(HelpdeskClient *client, QString clientId, Opener opener, QObject *parent = nullptr);
    ~SsoSignIn() override;

    void setEndpoints(const Endpoints &endpoints) { m_endpoints = endpoints; }
    const Endpoints &endpoints() const { return m_endpoints; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // One flow per object.
    QCoro::Task<Outcome> run();
    // Ends a waiting flow with Cancelled; a token answer that arrives afterwards is dropped.
    void cancel();

    // While run() waits: the authorization URL and the loopback port (empty/0 otherwise).
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    bool isListening() const;

signals:
    void browserNotOpened(const QUrl &authorizationUrl); // show the link to copy

private:
    Outcome finish(Outcome::Kind kind, const QString &message = {});
    QCoro::Task<> pageSent();

    HelpdeskClient *m_client;
    QString m_clientId;
    Opener m_opener;
    Endpoints m_endpoints;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    std::unique_ptr<LoopbackRedirect> m_redirect;
    QUrl m_authorizationUrl;
    bool m_started = false;
    bool m_cancelled = false;
};
