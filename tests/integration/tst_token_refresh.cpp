// Keeping an OAuth sign-in alive (TokenRefresh behind Account's HelpdeskClient) against the
// sandbox's rotating refresh tokens, with the real keychain and real deskhand-cli processes:
// one refresh for twenty refused requests, one refresh for two processes at once, a used
// refresh token never sent again, "sign in again" with the outbox kept, and the token presented
// as the helpdesk wants it ("Bearer" or "token"), learnt once and remembered.

#include "CliRunner.h"
#include "HttpProbe.h"
#include "LoginForm.h"
#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "account/Account.h"
#include "account/AccountRegistry.h"
#include "store/Store.h"
#include "sync/Outbox.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Twenty requests at once, each awaited: how many succeeded.
QCoro::Task<int> meTwentyTimes(DeskproApi *api)
{
    std::vector<QCoro::Task<ApiResult<Identity>>> calls;
    for (int i = 0; i < 20; ++i)
        calls.push_back(api->me());
    int ok = 0;
    for (auto &call : calls) {
        const ApiResult<Identity> result = co_await call;
        if (result)
            ++ok;
        else
            qWarning("me: %s", qPrintable(result.error().message));
    }
    co_return ok;
}

// The files below `root` that contain any of `secrets`.
QStringList filesHolding(const QString &root, const QList<QByteArray> &secrets)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &secret : secrets) {
            if (!secret.isEmpty() && bytes.contains(secret))
                found << file.fileName();
        }
    }
    return found;
}

// The access and refresh tokens the keychain holds for an account.
QList<QByteArray> keychainTokens(const QString &accountId)
{
    const Keychain keychain(accountId);
    auto readAccess = keychain.read(u"access-token"_s);
    const KeychainResult access = QCoro::waitFor(readAccess);
    auto readRefresh = keychain.read(u"refresh-token"_s);
    const KeychainResult refresh = QCoro::waitFor(readRefresh);
    const OAuthTokens tokens = OAuthTokens::fromItems(access.value(), refresh.value());
    return {tokens.accessToken.toUtf8(), tokens.refreshToken.toUtf8()};
}

int countStatus(const QList<QJsonObject> &requests, int status)
{
    int count = 0;
    for (const QJsonObject &request : requests)
        count += request.value(u"status"_s).toInt() == status ? 1 : 0;
    return count;
}

} // namespace

class TestTokenRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void twentyRefusedRequests_causeOneRefresh();
    void expiringToken_isRefreshedBeforeTheRequest();
    void twoProcesses_refreshOnce();
    void accountAndCli_shareTheRotation();
    void refusedRefresh_asksToSignInAgain_keepsTheOutbox();
    void tokenScheme_isLearntOnceAndRemembered();
    void bearerScheme_needsNoDetour();

private:
    // An OAuth account signed in at `sandbox`, in the test's registry.
    std::unique_ptr<Account> addAccount(SandboxProcess &sandbox, const QString &name = u"main"_s);
    std::unique_ptr<Account> reopen(const AccountInfo &info);
    // The access token in the keychain, marked as expiring at `when` (the server's view is not
    // touched).
    void setLocalExpiry(const Account &account, const QDateTime &when);
    QList<QJsonObject> refreshRequests() { return m_admin->requests("POST", u"/oauth/token"_s); }

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxAdmin> m_admin;
    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<AccountRegistry> m_registry;
    QList<AccountInfo> m_added;
};

void TestTokenRefresh::initTestCase()
{
    SandboxProcess::Options options;
    options.tickets = 5;
    m_sandbox = std::make_unique<SandboxProcess>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_admin = std::make_unique<SandboxAdmin>(*m_sandbox);
}

void TestTokenRefresh::init()
{
    m_cli = std::make_unique<CliRunner>();
    m_registry = std::make_unique<AccountRegistry>(m_cli->home());
    m_admin->reset();
}

void TestTokenRefresh::cleanup()
{
    // Keychain items outlive the temporary home: remove what the test added.
    for (const AccountInfo &info : std::as_const(m_added)) {
        auto removed = Keychain(info.id).removeAll();
        QCoro::waitFor(removed);
    }
    m_added.clear();
}

std::unique_ptr<Account> TestTokenRefresh::addAccount(SandboxProcess &sandbox, const QString &name)
{
    const QJsonObject answer = LoginForm::signIn(sandbox);
    ApiResult<OAuthTokens> tokens = OAuthTokens::fromTokenResponse(answer, QDateTime::currentDateTimeUtc());
    if (!tokens) {
        qWarning("no tokens from the sandbox");
        return {};
    }
    AccountInfo info;
    info.id = AccountRegistry::newId(sandbox.url());
    info.name = name;
    info.helpdeskUrl = sandbox.url();
    info.method = AccountInfo::SignInMethod::OAuth;
    info.oauthClientId = u"deskhand"_s;
    info.added = QDateTime::currentDateTimeUtc();
    m_added << info;
    auto adding = Account::add(info, std::move(tokens).value(), *m_registry);
    Account::Opening opening = QCoro::waitFor(adding);
    if (!opening.account)
        qWarning("account add: %s", qPrintable(opening.message));
    return std::move(opening.account);
}

std::unique_ptr<Account> TestTokenRefresh::reopen(const AccountInfo &info)
{
    const std::optional<AccountInfo> stored = m_registry->find(info.id);
    if (!stored)
        return {};
    auto opening = Account::open(*stored, *m_registry);
    Account::Opening opened = QCoro::waitFor(opening);
    if (!opened.account)
        qWarning("account open: %s", qPrintable(opened.message));
    return std::move(opened.account);
}

void TestTokenRefresh::setLocalExpiry(const Account &account, const QDateTime &when)
{
    const Keychain keychain = account.keychain();
    auto reading = keychain.read(u"access-token"_s);
    const KeychainResult access = QCoro::waitFor(reading);
    QVERIFY(access.isFound());
    OAuthTokens tokens = OAuthTokens::fromItems(access.value(), {});
    tokens.expiresAt = when;
    auto writing = keychain.write(u"access-token"_s, tokens.accessItem());
    QVERIFY(QCoro::waitFor(writing).isFound());
}

void TestTokenRefresh::twentyRefusedRequests_causeOneRefresh()
{
    std::unique_ptr<Account> added = addAccount(*m_sandbox);
    QVERIFY(added);
    const AccountInfo info = added->info();
    QCOMPARE(info.oauthScheme, u"bearer"_s);
    added.reset();
    // The helpdesk revokes every access token; locally they look good for an hour.
    QVERIFY(m_admin->expireOAuthTokens(true, false) > 0);
    m_admin->reset();

    std::unique_ptr<Account> account = reopen(info);
    QVERIFY(account);
    QSignalSpy refreshed(account->tokenRefresh(), &TokenRefresh::refreshed);
    QSignalSpy signInNeeded(account->tokenRefresh(), &TokenRefresh::signInNeeded);
    auto twenty = meTwentyTimes(account->api());
    QCOMPARE(QCoro::waitFor(twenty), 20);

    const QList<QJsonObject> refreshes = refreshRequests();
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(countStatus(refreshes, 200), 1);
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(signInNeeded.size(), 0);
    QCOMPARE(account->tokenRefresh()->state(), TokenRefresh::State::SignedIn);
    // Each request was refused once and sent again once.
    const QList<QJsonObject> me = m_admin->requests("GET", u"/api/v2/me"_s);
    QCOMPARE(countStatus(me, 401), 20);
    QCOMPARE(countStatus(me, 200), 20);

    // The new tokens are in the keychain: a fresh start uses them without refreshing.
    account.reset();
    m_admin->reset();
    std::unique_ptr<Account> again = reopen(info);
    QVERIFY(again);
    auto me2 = again->api()->me();
    QVERIFY(QCoro::waitFor(me2).ok());
    QCOMPARE(refreshRequests().size(), 0);
}

void TestTokenRefresh::expiringToken_isRefreshedBeforeTheRequest()
{
    std::unique_ptr<Account> added = addAccount(*m_sandbox);
    QVERIFY(added);
    const AccountInfo info = added->info();
    setLocalExpiry(*added, QDateTime::currentDateTimeUtc().addSecs(10)); // inside the margin
    added.reset();
    m_admin->reset();

    std::unique_ptr<Account> account = reopen(info);
    QVERIFY(account);
    auto twenty = meTwentyTimes(account->api());
    QCOMPARE(QCoro::waitFor(twenty), 20);
    QCOMPARE(refreshRequests().size(), 1);
    // Refreshed before anything was sent: the helpdesk refused nothing.
    QCOMPARE(countStatus(m_admin->requests("GET", u"/api/v2/me"_s), 401), 0);
    QVERIFY(account->tokenRefresh()->expiresAt() > QDateTime::currentDateTimeUtc().addSecs(600));
}

void TestTokenRefresh::twoProcesses_refreshOnce()
{
    std::unique_ptr<Account> added = addAccount(*m_sandbox);
    QVERIFY(added);
    const QString accountId = added->info().id;
    setLocalExpiry(*added, QDateTime::currentDateTimeUtc().addSecs(-5));
    QList<QByteArray> secrets = keychainTokens(accountId);
    QVERIFY(m_admin->expireOAuthTokens(true, false) > 0);
    added.reset();
    m_admin->reset();
    // A slow token endpoint, so that the second process comes while the first one refreshes.
    QVERIFY(m_admin->setFaults(
        QJsonArray{QJsonObject{{u"kind"_s, u"latency"_s}, {u"ms"_s, 1500}, {u"path"_s, u"/oauth/token"_s}}}));

    QProcess first;
    QProcess second;
    for (QProcess *cli : {&first, &second}) {
        cli->setProcessEnvironment(m_cli->environment());
        cli->start(CliRunner::executable(), {u"sync"_s});
        QVERIFY(cli->waitForStarted());
    }
    // What `ps` shows of them: no token (none is ever passed on a command line).
    for (QProcess *cli : {&first, &second}) {
        QFile commandLine(u"/proc/%1/cmdline"_s.arg(cli->processId()));
        if (commandLine.open(QIODevice::ReadOnly)) {
            const QByteArray shown = commandLine.readAll();
            for (const QByteArray &secret : std::as_const(secrets))
                QVERIFY(!shown.contains(secret));
        }
    }
    for (QProcess *cli : {&first, &second}) {
        QVERIFY(cli->waitForFinished(300000));
        QVERIFY2(cli->exitStatus() == QProcess::NormalExit && cli->exitCode() == 0,
                 cli->readAllStandardError().constData());
    }
    const QList<QJsonObject> refreshes = refreshRequests();
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(countStatus(refreshes, 400), 0); // no used refresh token was sent

    // Neither the old tokens nor the new ones are in any file the CLIs wrote (home, temporary
    // and config folders): only in the keychain.
    secrets += keychainTokens(accountId);
    QCOMPARE(secrets.size(), 4);
    QVERIFY(secrets[0] != secrets[2] && secrets[1] != secrets[3]); // rotated
    const QStringList holding = filesHolding(m_cli->root(), secrets);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u' ')));

    // And a third run goes on with what the keychain holds.
    m_admin->reset();
    const CliRunner::Run third = m_cli->run({u"sync"_s});
    QVERIFY2(third.exitCode == 0, third.err.constData());
    QCOMPARE(refreshRequests().size(), 0);
}

void TestTokenRefresh::accountAndCli_shareTheRotation()
{
    // The GUI's side (an open Account) and a CLI run, one after the other, several times: each
    // rotation is taken from the keychain by the other, and no used refresh token goes out.
    std::unique_ptr<Account> account = addAccount(*m_sandbox);
    QVERIFY(account);
    m_admin->reset();
    for (int round = 0; round < 3; ++round) {
        QVERIFY(m_admin->expireOAuthTokens(true, false) > 0);
        const CliRunner::Run run = m_cli->run({u"sync"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // The account's token was revoked and the CLI rotated the pair: the account takes the
        // CLI's tokens from the keychain instead of spending its used refresh token.
        auto me = account->api()->me();
        const ApiResult<Identity> answer = QCoro::waitFor(me);
        QVERIFY2(answer.ok(), answer.ok() ? "" : qPrintable(answer.error().message));
    }
    QCOMPARE(refreshRequests().size(), 3);

    // And at the same moment: the CLI syncs while the account sends twenty requests, all with a
    // revoked token, the token endpoint slow enough for both to meet at the lock.
    QVERIFY(m_admin->expireOAuthTokens(true, false) > 0);
    QVERIFY(m_admin->setFaults(
        QJsonArray{QJsonObject{{u"kind"_s, u"latency"_s}, {u"ms"_s, 1000}, {u"path"_s, u"/oauth/token"_s}}}));
    QProcess cli;
    cli.setProcessEnvironment(m_cli->environment());
    cli.start(CliRunner::executable(), {u"sync"_s});
    QVERIFY(cli.waitForStarted());
    auto twenty = meTwentyTimes(account->api());
    QCOMPARE(QCoro::waitFor(twenty), 20);
    QVERIFY(cli.waitForFinished(300000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    const QList<QJsonObject> refreshes = refreshRequests();
    QCOMPARE(refreshes.size(), 4);
    QCOMPARE(countStatus(refreshes, 400), 0);
    QCOMPARE(account->tokenRefresh()->state(), TokenRefresh::State::SignedIn);
}

void TestTokenRefresh::refusedRefresh_asksToSignInAgain_keepsTheOutbox()
{
    std::unique_ptr<Account> account = addAccount(*m_sandbox);
    QVERIFY(account);
    auto syncing = account->sync();
    const SyncReport report = QCoro::waitFor(syncing);
    QVERIFY(report.ok());
    Outbox outbox(*account->store(), *account->api());
    outbox.setAgentPersonId(account->info().personId);
    auto tickets = account->api()->tickets(TicketQuery{});
    const ApiResult<Paged<Ticket>> page = QCoro::waitFor(tickets);
    QVERIFY(page.ok() && !page->items.isEmpty());
    auto queued = outbox.queueReply(page->items.first().id, u"<p>Kept while signed out</p>"_s);
    QVERIFY(QCoro::waitFor(queued).ok());

    // The helpdesk revokes the whole sign-in.
    QVERIFY(m_admin->expireOAuthTokens(true, true) > 0);
    m_admin->reset();
    QSignalSpy signInNeeded(account->tokenRefresh(), &TokenRefresh::signInNeeded);
    auto sending = outbox.sendAll();
    const OutboxSummary summary = QCoro::waitFor(sending);
    QVERIFY(summary.credentialsNeeded);
    QCOMPARE(account->tokenRefresh()->state(), TokenRefresh::State::SignInNeeded);
    QCOMPARE(signInNeeded.size(), 1);
    QVERIFY(signInNeeded.first().first().toString().contains(u"sign in again"_s));
    QCOMPARE(refreshRequests().size(), 1); // asked once; later requests do not ask again
    auto more = account->api()->me();
    const ApiResult<Identity> refused = QCoro::waitFor(more);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(refreshRequests().size(), 1);

    // Nothing was wiped: the reply waits in the outbox, the store and the account are there.
    const StoreResult<QList<OutboxItem>> unsent = outbox.unsent();
    QVERIFY(unsent.ok());
    QCOMPARE(unsent->size(), 1);
    QVERIFY(m_registry->find(account->info().id).has_value());

    // Another agent's sign-in does not take the account over.
    const AccountInfo info = *m_registry->find(account->info().id);
    ApiResult<OAuthTokens> someoneElse =
        OAuthTokens::fromTokenResponse(LoginForm::signIn(*m_sandbox, 1), QDateTime::currentDateTimeUtc());
    QVERIFY(someoneElse.ok());
    auto wrongAgent = Account::signInAgain(info, std::move(someoneElse).value(), *m_registry);
    const Account::Opening refusedAgain = QCoro::waitFor(wrongAgent);
    QVERIFY(!refusedAgain.account);
    QVERIFY2(refusedAgain.message.contains(info.agentName), qPrintable(refusedAgain.message));

    // The same agent signs in again (here through another Account, as the CLI would): the open
    // account takes the new sign-in from the keychain and the kept reply goes out.
    ApiResult<OAuthTokens> again =
        OAuthTokens::fromTokenResponse(LoginForm::signIn(*m_sandbox, 0), QDateTime::currentDateTimeUtc());
    QVERIFY(again.ok());
    auto signingIn = Account::signInAgain(info, std::move(again).value(), *m_registry);
    const Account::Opening signedIn = QCoro::waitFor(signingIn);
    QVERIFY2(signedIn.account, qPrintable(signedIn.message));
    auto resending = outbox.sendAll();
    const OutboxSummary resent = QCoro::waitFor(resending);
    QVERIFY(!resent.credentialsNeeded);
    QCOMPARE(account->tokenRefresh()->state(), TokenRefresh::State::SignedIn);
    QCOMPARE(outbox.unsent()->size(), 0);
}

void TestTokenRefresh::tokenScheme_isLearntOnceAndRemembered()
{
    SandboxProcess::Options options;
    options.tickets = 3;
    options.extraArgs = {u"--oauth-scheme"_s, u"token"_s};
    SandboxProcess sandbox(options);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxAdmin admin(sandbox);

    // Signing in finds out: Bearer is refused (INVALID_AUTHORIZATION_HEADER), token works.
    std::unique_ptr<Account> added = addAccount(sandbox, u"token-scheme"_s);
    QVERIFY(added);
    QCOMPARE(added->info().oauthScheme, u"token"_s);
    QCOMPARE(m_registry->find(added->info().id)->oauthScheme, u"token"_s);
    AccountInfo info = added->info();
    added.reset();

    // An account that does not know yet (or was told wrong) learns from one 401 and remembers.
    info.oauthScheme = u"bearer"_s;
    QString error;
    QVERIFY(m_registry->save(info, &error));
    admin.reset();
    std::unique_ptr<Account> account = reopen(info);
    QVERIFY(account);
    QSignalSpy learnt(account->tokenRefresh(), &TokenRefresh::schemeLearned);
    auto twenty = meTwentyTimes(account->api());
    QCOMPARE(QCoro::waitFor(twenty), 20);
    QCOMPARE(learnt.size(), 1);
    QCOMPARE(m_registry->find(info.id)->oauthScheme, u"token"_s);
    QCOMPARE(admin.requests("POST", u"/oauth/token"_s).size(), 0); // nothing to refresh
    const QList<QJsonObject> me = admin.requests("GET", u"/api/v2/me"_s);
    QCOMPARE(countStatus(me, 200), 20);
    for (const QJsonObject &request : me) {
        if (request.value(u"status"_s).toInt() == 401)
            QCOMPARE(request.value(u"auth_scheme"_s).toString(), u"bearer"_s);
        else
            QCOMPARE(request.value(u"auth_scheme"_s).toString(), u"token"_s);
    }

    // A refresh keeps the scheme; the next start presents it right away.
    account.reset();
    QVERIFY(admin.expireOAuthTokens(true, false) > 0);
    admin.reset();
    std::unique_ptr<Account> later = reopen(info);
    QVERIFY(later);
    auto me2 = later->api()->me();
    QVERIFY(QCoro::waitFor(me2).ok());
    const QList<QJsonObject> laterMe = admin.requests("GET", u"/api/v2/me"_s);
    QCOMPARE(laterMe.size(), 2); // refused as expired, then with the refreshed token
    for (const QJsonObject &request : laterMe)
        QCOMPARE(request.value(u"auth_scheme"_s).toString(), u"token"_s);
    QCOMPARE(admin.requests("POST", u"/oauth/token"_s).size(), 1);
}

void TestTokenRefresh::bearerScheme_needsNoDetour()
{
    SandboxProcess::Options options;
    options.tickets = 3;
    options.extraArgs = {u"--oauth-scheme"_s, u"bearer"_s};
    SandboxProcess sandbox(options);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    SandboxAdmin admin(sandbox);

    std::unique_ptr<Account> account = addAccount(sandbox, u"bearer-scheme"_s);
    QVERIFY(account);
    QCOMPARE(account->info().oauthScheme, u"bearer"_s);
    admin.reset();
    auto twenty = meTwentyTimes(account->api());
    QCOMPARE(QCoro::waitFor(twenty), 20);
    const QList<QJsonObject> me = admin.requests("GET", u"/api/v2/me"_s);
    QCOMPARE(me.size(), 20);
    QCOMPARE(countStatus(me, 200), 20);

    // The sandbox in this mode refuses an OAuth token sent as "token" (it is for API tokens).
    HttpProbe probe;
    const QJsonObject tokens = LoginForm::signIn(sandbox);
    probe.setAuthorization("token " + tokens.value(u"access_token"_s).toString().toUtf8());
    QCOMPARE(probe.get(sandbox.url().resolved(QUrl(u"/api/v2/me"_s))).status, 401);
    probe.setAuthorization("Bearer " + tokens.value(u"access_token"_s).toString().toUtf8());
    QCOMPARE(probe.get(sandbox.url().resolved(QUrl(u"/api/v2/me"_s))).status, 200);
}

QTEST_GUILESS_MAIN(TestTokenRefresh)
#include "tst_token_refresh.moc"
