#include "SsoSignIn.h"

#include "api/HelpdeskClient.h"
#include "auth/LoopbackRedirect.h"
#include "auth/Pkce.h"
#include "auth/TokenEndpoint.h"

#include <QCoroTimer>
#include <QDeadlineTimer>
#include <QTcpSocket>

#include <algorithm>

using namespace std::chrono_literals;

SsoSignIn::Endpoints SsoSignIn::Endpoints::forHelpdesk(const QUrl &helpdeskUrl)
{
    const QUrl base =
        helpdeskUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QUrl authorize = base;
    authorize.setPath(base.path() + QStringLiteral("/oauth/authorize"));
    QUrl token = base;
    token.setPath(base.path() + QStringLiteral("/oauth/token"));
    return {authorize, token};
}

SsoSignIn::SsoSignIn(HelpdeskClient *client, QString clientId, Opener opener, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clientId(std::move(clientId))
    , m_opener(std::move(opener))
    , m_endpoints(Endpoints::forHelpdesk(client->helpdeskUrl()))
{}

SsoSignIn::~SsoSignIn() = default;

bool SsoSignIn::isListening() const
{
    return m_redirect && m_redirect->isListening();
}

void SsoSignIn::cancel()
{
    m_cancelled = true;
    if (m_redirect)
        m_redirect->cancel();
}

SsoSignIn::Outcome SsoSignIn::finish(Outcome::Kind kind, const QString &message)
{
    // The listener goes with the flow, whatever its end.
    m_redirect.reset();
    m_authorizationUrl.clear();
    Outcome outcome;
    outcome.kind = kind;
    outcome.message = message;
    return outcome;
}

QCoro::Task<> SsoSignIn::pageSent()
{
    // The decision resumes this flow at once, before the browser's page left the socket, and
    // the listener's sockets go with it: wait (briefly) while one is still closing.
    const QDeadlineTimer deadline(2s);
    while (!deadline.hasExpired()) {
        const QList<QTcpSocket *> sockets = m_redirect->findChildren<QTcpSocket *>();
        const bool closing = std::any_of(sockets.begin(), sockets.end(), [](const QTcpSocket *socket) {
            return socket->state() == QAbstractSocket::ClosingState;
        });
        if (!closing)
            co_return;
        co_await QCoro::sleepFor(10ms);
    }
}

QCoro::Task<SsoSignIn::Outcome> SsoSignIn::run()
{
    using K = Outcome::Kind;
    if (m_started)
        co_return finish(K::Cancelled, tr("This sign-in has already run; start a new one."));
    m_started = true;
    if (m_cancelled)
        co_return finish(K::Cancelled, tr("Signing in was cancelled."));

    const Pkce pkce = Pkce::generate();
    const QByteArray state = Pkce::randomToken();
    LoopbackRedirect::Pages pages;
    pages.successTitle = tr("Signed in");
    pages.successText = tr("Deskhand is signed in. You can close this tab and go back to Deskhand.");
    pages.failureTitle = tr("Not signed in");
    pages.failureText = tr("Deskhand could not complete the sign-in. Go back to Deskhand to try again.");
    m_redirect = std::make_unique<LoopbackRedirect>(state, pages);
    if (!m_redirect->listen())
        co_return finish(K::ListenFailed,
                         tr("Deskhand could not open a port on this computer to receive the "
                            "sign-in. Check that local connections to 127.0.0.1 are allowed."));
    const QUrl redirectUri = m_redirect->redirectUri();

    const QList<QPair<QString, QByteArray>> items{
        {QStringLiteral("response_type"), QByteArrayLiteral("code")},
        {QStringLiteral("client_id"), m_clientId.toUtf8()},
        {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded).toUtf8()},
        {QStringLiteral("state"), state},
        {QStringLiteral("code_challenge"), pkce.challenge()},
        {QStringLiteral("code_challenge_method"), Pkce::method()}};
    QUrl authorize = m_endpoints.authorizationEndpoint;
    // Every value percent-encoded by hand: QUrlQuery would leave '+' and '&' ambiguous.
    QByteArray encoded = authorize.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    authorize.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    m_authorizationUrl = authorize;

    // The callback may arrive while the opener runs (a test's opener, a fast browser): the
    // redirect keeps the decision until it is awaited.
    if (!m_opener || !m_opener(authorize))
        emit browserNotOpened(authorize);

    const LoopbackRedirect::Outcome callback = co_await m_redirect->waitForCallback(m_timeout);
    co_await pageSent();
    using R = LoopbackRedirect::Outcome::Kind;
    switch (callback.kind) {
    case R::Code:
        break;
    case R::Denied:
        co_return finish(
            K::Denied,
            tr("The sign-in was refused (%1). Try again, or ask your administrator.").arg(callback.error));
    case R::StateMismatch:
        co_return finish(
            K::StateMismatch,
            tr("The browser returned a sign-in that Deskhand did not start, so it was ignored and "
               "nothing was signed in. Try again."));
    case R::TimedOut:
        co_return finish(K::TimedOut, tr("The sign-in was not completed in time. Try again."));
    case R::Cancelled:
        co_return finish(K::Cancelled, tr("Signing in was cancelled."));
    case R::ListenFailed:
        co_return finish(K::ListenFailed, tr("Deskhand could not receive the sign-in on this computer. Try "
                                             "again."));
    }
    m_redirect.reset(); // the port closed with the decision; the page is out

    TokenEndpoint endpoint(m_client, m_endpoints.tokenEndpoint, m_clientId);
    ApiResult<OAuthTokens> tokens =
        co_await endpoint.exchangeCode(callback.code, redirectUri, pkce.verifier());
    if (m_cancelled)
        co_return finish(K::Cancelled, tr("Signing in was cancelled."));
    if (!tokens) {
        Outcome refused = finish(K::TokenRefused, tokens.error().message);
        refused.error = tokens.error();
        co_return refused;
    }
    Outcome outcome = finish(K::SignedIn);
    outcome.tokens = std::move(tokens).value();
    co_return outcome;
}
