#include "TokenRefresh.h"

#include "api/HelpdeskClient.h"
#include "auth/TokenEndpoint.h"
#include "secrets/Keychain.h"

#include <QCoroSignal>
#include <QCoroTimer>
#include <QDeadlineTimer>
#include <QDir>
#include <QLockFile>

using namespace std::chrono_literals;

namespace {

const QString accessItem = QStringLiteral("access-token");
const QString refreshItem = QStringLiteral("refresh-token");

} // namespace

struct TokenRefresh::Flight
{
    bool done = false;
    ApiResult<ApiCredentials> result;
};

TokenRefresh::TokenRefresh(HelpdeskClient *client, Settings settings, OAuthTokens tokens, QObject *parent)
    : QObject(parent), m_client(client), m_settings(std::move(settings)), m_tokens(std::move(tokens))
{}

TokenRefresh::~TokenRefresh() = default;

QString TokenRefresh::lockFileName()
{
    return QStringLiteral("tokens.lock");
}

ApiCredentials TokenRefresh::credentials() const
{
    return ApiCredentials::oauth(m_tokens.accessToken, m_settings.bearer);
}

void TokenRefresh::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

ApiError TokenRefresh::signInError() const
{
    return ApiError::make(ApiError::Kind::Unauthorized, m_message, 401);
}

ApiError TokenRefresh::needSignIn(const QString &reason)
{
    m_message =
        tr("%1 Your outbox and drafts are kept, and go out once you have signed in again.").arg(reason);
    setState(State::SignInNeeded);
    emit signInNeeded(m_message);
    return signInError();
}

void TokenRefresh::adopt(const OAuthTokens &tokens)
{
    m_tokens = tokens;
    m_client->setCredentials(credentials());
}

QCoro::Task<bool> TokenRefresh::takeNewSignIn()
{
    const Keychain keychain(m_settings.accountId);
    const KeychainResult access = co_await keychain.read(accessItem);
    if (!access.isFound())
        co_return false;
    const KeychainResult kept = co_await keychain.read(refreshItem);
    if (kept.isUnavailable())
        co_return false;
    const OAuthTokens stored = OAuthTokens::fromItems(access.value(), kept.value());
    if (stored.accessToken.isEmpty() || stored.accessToken == m_tokens.accessToken)
        co_return false;
    adopt(stored);
    m_message.clear();
    setState(State::SignedIn);
    emit refreshed();
    co_return true;
}

QCoro::Task<ApiResult<ApiCredentials>> TokenRefresh::beforeRequest()
{
    // Signed in again meanwhile (the GUI's dialog, deskhand-cli account sign-in)?
    if (m_state == State::SignInNeeded) {
        const bool resumed = co_await takeNewSignIn();
        if (!resumed)
            co_return signInError();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_tokens.expiresWithin(m_settings.margin, now))
        co_return credentials();
    ApiResult<ApiCredentials> renewed = co_await refresh(m_tokens.accessToken);
    // A refresh that could not be done now (the network) is not the end: a token that has not
    // expired yet still goes, and the next request tries again.
    if (!renewed && renewed.error().kind != ApiError::Kind::Unauthorized && m_tokens.expiresAt.isValid() &&
        m_tokens.expiresAt > QDateTime::currentDateTimeUtc())
        co_return credentials();
    co_return renewed;
}

QCoro::Task<ApiResult<ApiCredentials>> TokenRefresh::afterRefusal(ApiCredentials refused, ApiError error)
{
    if (!refused.isOAuth())
        co_return error;
    if (error.code.compare(QLatin1String("INVALID_AUTHORIZATION_HEADER"), Qt::CaseInsensitive) == 0) {
        // The helpdesk does not know the scheme: present the token the other way, once.
        const bool refusedBearer = refused.kind() == ApiCredentials::Kind::OAuthBearer;
        if (refusedBearer == m_settings.bearer) {
            if (m_schemeSwitched) {
                error.message = tr("%1 accepts the sign-in token neither as “Bearer” nor as “token”. Ask "
                                   "your administrator how Deskpro's OAuth tokens are to be used there.")
                                    .arg(m_client->helpdeskUrl().host());
                co_return error;
            }
            m_schemeSwitched = true;
            m_settings.bearer = !m_settings.bearer;
            m_client->setCredentials(credentials());
            emit schemeLearned(m_settings.bearer);
        }
        co_return credentials();
    }
    // The token itself was refused: expired early, revoked, or replaced by another process.
    if (!refused.hasSecret(m_tokens.accessToken)) {
        if (m_state == State::SignInNeeded)
            co_return signInError();
        co_return credentials();
    }
    co_return co_await refresh(m_tokens.accessToken);
}

QCoro::Task<ApiResult<ApiCredentials>> TokenRefresh::refresh(QString staleAccessToken)
{
    if (m_state == State::SignInNeeded)
        co_return signInError();
    if (m_tokens.accessToken != staleAccessToken)
        co_return credentials();
    if (m_flight) {
        // One refresh at a time: wait for the one in flight and take its outcome.
        const std::shared_ptr<Flight> flight = m_flight;
        while (!flight->done)
            co_await qCoro(this, &TokenRefresh::flightLanded);
        // A copy: QCoro moves from an lvalue given to co_return, and every waiter reads this.
        const ApiResult<ApiCredentials> outcome = flight->result;
        co_return outcome;
    }
    const auto flight = std::make_shared<Flight>();
    m_flight = flight;
    setState(State::Refreshing);
    ApiResult<ApiCredentials> result = co_await refreshLocked(std::move(staleAccessToken));
    flight->result = result;
    flight->done = true;
    m_flight.reset();
    if (m_state == State::Refreshing)
        setState(State::SignedIn);
    emit flightLanded();
    co_return result;
}

QCoro::Task<ApiResult<ApiCredentials>> TokenRefresh::refreshLocked(QString staleAccessToken)
{
    using K = ApiError::Kind;
    const QString host = m_client->helpdeskUrl().host();

    // Across processes: one at a time, without ever blocking this thread.
    QDir().mkpath(m_settings.dataFolder);
    QLockFile lock(QDir(m_settings.dataFolder).filePath(lockFileName()));
    lock.setStaleLockTime(std::chrono::milliseconds(m_settings.lockWait) + 30s);
    const QDeadlineTimer deadline(m_settings.lockWait);
    while (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::PermissionError || lock.error() == QLockFile::UnknownError) {
            co_return ApiError::make(K::Network,
                                     tr("Deskhand could not write in its folder %1 to renew the sign-in to "
                                        "%2. Check the folder's permissions and free space.")
                                         .arg(QDir::toNativeSeparators(m_settings.dataFolder), host));
        }
        if (deadline.hasExpired()) {
            co_return ApiError::make(K::Timeout,
                                     tr("Another Deskhand on this computer is renewing the sign-in to %1 "
                                        "and has not finished. Try again in a moment.")
                                         .arg(host));
        }
        co_await QCoro::sleepFor(50ms);
    }

    // What is in the keychain now: another process may have rotated the tokens meanwhile.
    const Keychain keychain(m_settings.accountId);
    const KeychainResult access = co_await keychain.read(accessItem);
    if (access.isUnavailable())
        co_return ApiError::make(K::Network, access.message());
    const KeychainResult kept = co_await keychain.read(refreshItem);
    if (kept.isUnavailable())
        co_return ApiError::make(K::Network, kept.message());
    const OAuthTokens stored = OAuthTokens::fromItems(access.value(), kept.value());
    if (!stored.accessToken.isEmpty() && stored.accessToken != staleAccessToken) {
        adopt(stored);
        emit refreshed();
        co_return credentials();
    }
    if (stored.refreshToken.isEmpty())
        co_return needSignIn(
            tr("The sign-in to %1 has expired and cannot be renewed: sign in again.").arg(host));

    TokenEndpoint endpoint(m_client, m_settings.tokenEndpoint, m_settings.clientId);
    ApiResult<OAuthTokens> fresh = co_await endpoint.refresh(stored.refreshToken);
    if (!fresh) {
        const ApiError &error = fresh.error();
        if (error.kind == K::Unauthorized || error.kind == K::Invalid)
            co_return needSignIn(
                tr("%1 no longer accepts this sign-in (it has expired or was revoked): sign in again.")
                    .arg(host));
        if (error.kind == K::Ambiguous) {
            // Not the request the caller made: that one was never sent again. Whether the helpdesk
            // took the refresh is unknown; the next attempt finds out.
            co_return ApiError::make(K::Network,
                                     tr("The connection to %1 broke while renewing the sign-in. Deskhand "
                                        "tries again later.")
                                         .arg(host));
        }
        co_return error;
    }

    // Refresh token first: a crash between the two writes leaves the old access token beside a
    // refresh token that works, never a used refresh token as the only one.
    const OAuthTokens tokens = std::move(fresh).value();
    KeychainResult written = co_await keychain.write(refreshItem, tokens.refreshItem());
    if (!written.isUnavailable())
        written = co_await keychain.write(accessItem, tokens.accessItem());
    adopt(tokens);
    // When the keychain failed, the new tokens still work in this process; the keychain keeps
    // what it could, and another process finds out with its own refresh.
    emit refreshed();
    co_return credentials();
}
