// Signing in through the browser (SsoSignIn, TokenEndpoint) against the sandbox's OAuth server,
// with HttpProbe standing in for the browser: the agent's login, the redirect to the loopback
// listener, the code exchange, and every way the flow must end without a token request.

#include "HardeningReport.h"
#include "HttpProbe.h"
#include "LoginForm.h"
#include "SandboxProcess.h"
#include "api/HelpdeskClient.h"
#include "auth/Pkce.h"
#include "auth/SsoSignIn.h"
#include "auth/TokenEndpoint.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using LoginForm::form;
using LoginForm::hiddenFields;

bool canConnect(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

using Kind = SsoSignIn::Outcome::Kind;

} // namespace

class TestSsoSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void signIn_givesTokensThatWork();
    void wrongState_endsTheFlowWithoutTokenRequest();
    void denied_endsTheFlowWithoutTokenRequest();
    void replayedCode_isRefused();
    void cancel_endsTheFlow();
    void timeout_endsTheFlow();
    void browserNotOpened_isSignalledAndTheFlowWaits();
    void refresh_rotates();
    void cleanupTestCase();

private:
    QUrl at(const QString &path) const { return m_sandbox->url().resolved(QUrl(path)); }
    // What the agent does in the browser: the login form, then the IdP's 302. The Location, or
    // empty.
    QUrl logIn(const QUrl &authorize);
    // The browser following the redirect to the loopback listener.
    HttpProbe::Result follow(const QUrl &location) { return m_browser.get(location); }
    int tokenRequests();
    int logged(const QByteArray &method, const QString &prefix);
    std::unique_ptr<HelpdeskClient> client() const
    {
        return std::make_unique<HelpdeskClient>(m_sandbox->url());
    }
    SsoSignIn::Outcome signIn(QUrl *authorizeSeen = nullptr);
    QJsonObject me(const QString &accessToken);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_clientId;
    // For the hardening summary.
    int m_attacks = 0;
    int m_tokenRequestsOnAttacks = 0;
    int m_replays = 0;
    int m_replaysRefused = 0;
    HttpProbe m_browser;
    HttpProbe m_admin;
};

void TestSsoSignIn::initTestCase()
{
    SandboxProcess::Options options;
    options.tickets = 5;
    m_sandbox = std::make_unique<SandboxProcess>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_clientId = m_sandbox->startLine().value(u"oauth_client_id"_s).toString();
    QVERIFY(!m_clientId.isEmpty());
    m_admin.setKey(m_sandbox->adminKey());
}

void TestSsoSignIn::init()
{
    m_admin.send("DELETE", at(u"/_sandbox/requests"_s));
}

QUrl TestSsoSignIn::logIn(const QUrl &authorize)
{
    const auto page = m_browser.get(authorize);
    if (page.status != 200)
        return {};
    const QJsonObject agent = m_sandbox->agents().first().toObject();
    QList<QPair<QString, QString>> fields = hiddenFields(page.body);
    fields.append({u"email"_s, agent.value(u"email"_s).toString()});
    fields.append({u"password"_s, agent.value(u"password"_s).toString()});
    const auto submitted = m_browser.send("POST", at(u"/oauth/authorize"_s), form(fields), {},
                                          "application/x-www-form-urlencoded");
    if (submitted.status != 302)
        return {};
    return QUrl(QString::fromUtf8(submitted.header("Location")));
}

int TestSsoSignIn::logged(const QByteArray &method, const QString &prefix)
{
    const QJsonArray requests =
        m_admin.get(at(u"/_sandbox/requests?since=0"_s)).json().object().value(u"requests"_s).toArray();
    int count = 0;
    for (const QJsonValue &entry : requests) {
        const QJsonObject request = entry.toObject();
        if (request.value(u"method"_s).toString().toLatin1() == method &&
            request.value(u"path"_s).toString().startsWith(prefix))
            ++count;
    }
    return count;
}

int TestSsoSignIn::tokenRequests()
{
    return logged("POST", u"/oauth/token"_s);
}

QJsonObject TestSsoSignIn::me(const QString &accessToken)
{
    HttpProbe probe;
    probe.setAuthorization("Bearer " + accessToken.toUtf8());
    const auto answer = probe.get(at(u"/api/v2/me"_s));
    return answer.status == 200 ? answer.data().toObject() : QJsonObject();
}

SsoSignIn::Outcome TestSsoSignIn::signIn(QUrl *authorizeSeen)
{
    const auto helpdesk = client();
    SsoSignIn::Opener opener = [this, authorizeSeen](const QUrl &authorize) {
        if (authorizeSeen)
            *authorizeSeen = authorize;
        const QUrl location = logIn(authorize);
        if (location.isEmpty())
            return false;
        follow(location);
        return true;
    };
    SsoSignIn flow(helpdesk.get(), m_clientId, std::move(opener));
    auto running = flow.run();
    return QCoro::waitFor(running);
}

void TestSsoSignIn::signIn_givesTokensThatWork()
{
    QUrl authorize;
    const SsoSignIn::Outcome outcome = signIn(&authorize);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(!outcome.tokens.accessToken.isEmpty());
    QVERIFY(!outcome.tokens.refreshToken.isEmpty());
    QVERIFY(outcome.tokens.expiresAt > QDateTime::currentDateTimeUtc());

    // The authorization request as RFC 8252 wants it: PKCE S256, state, a 127.0.0.1 redirect.
    const QUrlQuery query(authorize);
    QCOMPARE(authorize.path(), u"/oauth/authorize"_s);
    QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(query.queryItemValue(u"client_id"_s), m_clientId);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QVERIFY(query.queryItemValue(u"code_challenge"_s).size() >= 43);
    QVERIFY(query.queryItemValue(u"state"_s).size() >= 32);
    const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), u"127.0.0.1"_s);
    QVERIFY(redirect.port() > 0);
    // The listener went with the flow.
    QVERIFY(!canConnect(quint16(redirect.port())));

    QCOMPARE(tokenRequests(), 1);
    const QJsonObject agent = me(outcome.tokens.accessToken);
    QCOMPARE(agent.value(u"person_id"_s).toInteger(),
             m_sandbox->agents().first().toObject().value(u"id"_s).toInteger());

    // The client's own policy works with it too.
    HelpdeskClient api(m_sandbox->url(), ApiCredentials::oauth(outcome.tokens.accessToken, true),
                       HelpdeskClient::Options{});
    auto sent = api.send(HelpdeskRequest::get(u"me"_s));
    QVERIFY(QCoro::waitFor(sent).ok());
}

void TestSsoSignIn::wrongState_endsTheFlowWithoutTokenRequest()
{
    const auto helpdesk = client();
    quint16 port = 0;
    SsoSignIn::Opener opener = [this, &port](const QUrl &authorize) {
        QUrl location = logIn(authorize);
        if (location.isEmpty())
            return false;
        port = quint16(location.port());
        QUrlQuery query(location);
        query.removeAllQueryItems(u"state"_s);
        query.addQueryItem(u"state"_s, u"forged-by-someone-else"_s);
        location.setQuery(query);
        follow(location);
        return true;
    };
    SsoSignIn flow(helpdesk.get(), m_clientId, std::move(opener));
    auto running = flow.run();
    const SsoSignIn::Outcome outcome = QCoro::waitFor(running);
    QCOMPARE(outcome.kind, Kind::StateMismatch);
    QVERIFY(!outcome.message.isEmpty());
    QVERIFY(outcome.tokens.isEmpty());
    QVERIFY(port > 0);
    QVERIFY(!canConnect(port));
    QCOMPARE(logged("POST", u"/oauth/authorize"_s), 1); // the log works: the login is in it
    ++m_attacks;
    m_tokenRequestsOnAttacks += tokenRequests();
    QCOMPARE(tokenRequests(), 0);
}

void TestSsoSignIn::denied_endsTheFlowWithoutTokenRequest()
{
    const auto helpdesk = client();
    SsoSignIn::Opener opener = [this](const QUrl &authorize) {
        const QUrlQuery asked(authorize);
        QUrl location(asked.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QUrlQuery query;
        query.addQueryItem(u"error"_s, u"access_denied"_s);
        query.addQueryItem(u"state"_s, asked.queryItemValue(u"state"_s));
        location.setQuery(query);
        follow(location);
        return true;
    };
    SsoSignIn flow(helpdesk.get(), m_clientId, std::move(opener));
    auto running = flow.run();
    const SsoSignIn::Outcome outcome = QCoro::waitFor(running);
    QCOMPARE(outcome.kind, Kind::Denied);
    QVERIFY(outcome.message.contains(u"access_denied"_s));
    ++m_attacks;
    m_tokenRequestsOnAttacks += tokenRequests();
    QCOMPARE(tokenRequests(), 0);
}

void TestSsoSignIn::replayedCode_isRefused()
{
    // The exchange by hand, with a verifier this test knows, so that only the replay differs.
    const Pkce pkce = Pkce::generate();
    const QString redirect = u"http://127.0.0.1:9/callback"_s;
    QUrl authorize = at(u"/oauth/authorize"_s);
    authorize.setQuery(QString::fromLatin1(form({{u"response_type"_s, u"code"_s},
                                                 {u"client_id"_s, m_clientId},
                                                 {u"redirect_uri"_s, redirect},
                                                 {u"state"_s, u"s1"_s},
                                                 {u"code_challenge"_s, QString::fromLatin1(pkce.challenge())},
                                                 {u"code_challenge_method"_s, u"S256"_s}})));
    const QUrl location = logIn(authorize);
    QVERIFY(!location.isEmpty());
    const QByteArray code = QUrlQuery(location).queryItemValue(u"code"_s, QUrl::FullyDecoded).toUtf8();
    QVERIFY(!code.isEmpty());

    const auto helpdesk = client();
    TokenEndpoint endpoint(helpdesk.get(), at(u"/oauth/token"_s), m_clientId);
    auto first = endpoint.exchangeCode(code, QUrl(redirect), pkce.verifier());
    const ApiResult<OAuthTokens> tokens = QCoro::waitFor(first);
    QVERIFY2(tokens.ok(), qPrintable(tokens.ok() ? QString() : tokens.error().message));
    QVERIFY(!me(tokens->accessToken).isEmpty());

    auto second = endpoint.exchangeCode(code, QUrl(redirect), pkce.verifier());
    const ApiResult<OAuthTokens> replayed = QCoro::waitFor(second);
    ++m_replays;
    QVERIFY(!replayed.ok());
    ++m_replaysRefused;
    QCOMPARE(replayed.error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(replayed.error().code, u"invalid_grant"_s);
    QVERIFY(replayed.error().message.contains(u"Sign in again"_s));
    QCOMPARE(tokenRequests(), 2); // sent once each: never retried
}

void TestSsoSignIn::cancel_endsTheFlow()
{
    const auto helpdesk = client();
    quint16 port = 0;
    SsoSignIn::Opener opener = [&port](const QUrl &authorize) {
        port =
            quint16(QUrl(QUrlQuery(authorize).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).port());
        return true; // a browser that the agent then leaves alone
    };
    SsoSignIn flow(helpdesk.get(), m_clientId, std::move(opener));
    flow.setTimeout(60s);
    QTimer::singleShot(200, &flow, [&flow] { flow.cancel(); });
    auto running = flow.run();
    const SsoSignIn::Outcome outcome = QCoro::waitFor(running);
    QCOMPARE(outcome.kind, Kind::Cancelled);
    QVERIFY(!outcome.message.isEmpty());
    QVERIFY(port > 0);
    QVERIFY(!flow.isListening());
    QVERIFY(!canConnect(port));
    QCOMPARE(tokenRequests(), 0);
}

void TestSsoSignIn::timeout_endsTheFlow()
{
    const auto helpdesk = client();
    quint16 port = 0;
    SsoSignIn::Opener opener = [&port](const QUrl &authorize) {
        port =
            quint16(QUrl(QUrlQuery(authorize).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).port());
        return true;
    };
    SsoSignIn flow(helpdesk.get(), m_clientId, std::move(opener));
    flow.setTimeout(300ms);
    QElapsedTimer elapsed;
    elapsed.start();
    auto running = flow.run();
    const SsoSignIn::Outcome outcome = QCoro::waitFor(running);
    QCOMPARE(outcome.kind, Kind::TimedOut);
    QVERIFY(elapsed.elapsed() < 10000);
    QVERIFY(!canConnect(port));
    QCOMPARE(tokenRequests(), 0);
}

void TestSsoSignIn::browserNotOpened_isSignalledAndTheFlowWaits()
{
    const auto helpdesk = client();
    SsoSignIn::Opener opener = [](const QUrl &) { return false; };
    SsoSignIn flow(helpdesk.get(), m_clientId, std::move(opener));
    // The agent copies the link into a browser by hand.
    QObject::connect(&flow, &SsoSignIn::browserNotOpened, this, [this](const QUrl &authorize) {
        QTimer::singleShot(0, this, [this, authorize] {
            const QUrl location = logIn(authorize);
            if (!location.isEmpty())
                follow(location);
        });
    });
    auto running = flow.run();
    const SsoSignIn::Outcome outcome = QCoro::waitFor(running);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
}

void TestSsoSignIn::refresh_rotates()
{
    const SsoSignIn::Outcome outcome = signIn();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    const OAuthTokens first = outcome.tokens;

    const auto helpdesk = client();
    TokenEndpoint endpoint(helpdesk.get(), at(u"/oauth/token"_s), m_clientId);
    auto refreshing = endpoint.refresh(first.refreshToken);
    const ApiResult<OAuthTokens> second = QCoro::waitFor(refreshing);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
    QVERIFY(!second->refreshToken.isEmpty());
    QVERIFY(second->refreshToken != first.refreshToken);
    QVERIFY(second->accessToken != first.accessToken);
    QVERIFY(!me(second->accessToken).isEmpty());

    // The used refresh token is spent.
    auto again = endpoint.refresh(first.refreshToken);
    const ApiResult<OAuthTokens> reused = QCoro::waitFor(again);
    QVERIFY(!reused.ok());
    QCOMPARE(reused.error().kind, ApiError::Kind::Unauthorized);
}

void TestSsoSignIn::cleanupTestCase()
{
    HardeningReport::record(
        u"sign-in-attacks/code-flow"_s,
        u"%1 callbacks that must not lead to a token request (a forged state after a real login, the IdP's "
        "refusal); %2 replays of a used authorization code"_s.arg(m_attacks)
            .arg(m_replays),
        u"token requests after them %1; replays refused %2 of %3"_s.arg(m_tokenRequestsOnAttacks)
            .arg(m_replaysRefused)
            .arg(m_replays),
        m_attacks == 2 && m_tokenRequestsOnAttacks == 0 && m_replays == 1 && m_replaysRefused == m_replays);
}

QTEST_GUILESS_MAIN(TestSsoSignIn)
#include "tst_sso_sign_in.moc"
