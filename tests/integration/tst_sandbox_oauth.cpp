// deskhand-sandbox's OAuth 2.0 server: the sign-in form, PKCE S256, loopback redirects, codes
// that work once, and refresh tokens that rotate.

#include "HttpProbe.h"
#include "LoginForm.h"
#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

using LoginForm::form;
using LoginForm::hiddenFields;

const QString Redirect = u"http://127.0.0.1:53682/callback"_s;
const QByteArray Verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-extra.chars~ok";

QByteArray challengeOf(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void happyPath_withPkce();
    void stateReturnedUnchanged_data();
    void stateReturnedUnchanged();
    void noState_noStateInRedirect();
    void wrongPassword_showsTheFormAgain();
    void wrongVerifier_isRefused();
    void replayedCode_isRefused();
    void redirectUriMustMatch();
    void s256Required_data();
    void s256Required();
    void nonLoopbackRedirect_isRefused_data();
    void nonLoopbackRedirect_isRefused();
    void unknownClient_isRefused();
    void refresh_rotates();
    void accessToken_expires();
    void tokenEndpoint_errors();

private:
    QUrl at(const QString &path) const { return m_sandbox->url().resolved(QUrl(path)); }
    QUrl authorizeUrl(const QList<QPair<QString, QString>> &override = {},
                      const QStringList &omit = {}) const;
    // Drives the sign-in form; returns the Location of the 302, or empty.
    QUrl signIn(const QUrl &authorize, const QString &password = {});
    QString codeFrom(const QUrl &location) const
    {
        return QUrlQuery(location).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    }
    HttpProbe::Result exchange(const QString &code, const QByteArray &verifier = Verifier,
                               const QString &redirect = Redirect);
    HttpProbe::Result refresh(const QString &refreshToken);

    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpProbe m_probe;
};

void TestSandboxOAuth::initTestCase()
{
    SandboxProcess::Options options;
    options.tickets = 5;
    m_sandbox = std::make_unique<SandboxProcess>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QCOMPARE(m_sandbox->startLine().value(u"oauth_client_id"_s).toString(), u"deskhand"_s);
}

QUrl TestSandboxOAuth::authorizeUrl(const QList<QPair<QString, QString>> &override,
                                    const QStringList &omit) const
{
    QList<QPair<QString, QString>> items{{u"response_type"_s, u"code"_s},
                                         {u"client_id"_s, u"deskhand"_s},
                                         {u"redirect_uri"_s, Redirect},
                                         {u"state"_s, u"xyz-123"_s},
                                         {u"code_challenge"_s, QString::fromLatin1(challengeOf(Verifier))},
                                         {u"code_challenge_method"_s, u"S256"_s}};
    for (const auto &[name, value] : override) {
        for (auto &item : items) {
            if (item.first == name)
                item.second = value;
        }
    }
    QList<QPair<QString, QString>> kept;
    for (const auto &item : items) {
        if (!omit.contains(item.first))
            kept.append(item);
    }
    QUrl url = at(u"/oauth/authorize"_s);
    url.setQuery(QString::fromLatin1(form(kept)));
    return url;
}

QUrl TestSandboxOAuth::signIn(const QUrl &authorize, const QString &password)
{
    const auto page = m_probe.get(authorize);
    if (page.status != 200)
        return {};
    const QJsonObject agent = m_sandbox->agents().first().toObject();
    QList<QPair<QString, QString>> fields = hiddenFields(page.body);
    fields.append({u"email"_s, agent.value(u"email"_s).toString()});
    fields.append({u"password"_s, password.isEmpty() ? agent.value(u"password"_s).toString() : password});
    const auto submitted = m_probe.send("POST", at(u"/oauth/authorize"_s), form(fields), {},
                                        "application/x-www-form-urlencoded");
    if (submitted.status != 302)
        return {};
    return QUrl(QString::fromUtf8(submitted.header("Location")));
}

HttpProbe::Result TestSandboxOAuth::exchange(const QString &code, const QByteArray &verifier,
                                             const QString &redirect)
{
    return m_probe.send("POST", at(u"/oauth/token"_s),
                        form({{u"grant_type"_s, u"authorization_code"_s},
                              {u"code"_s, code},
                              {u"redirect_uri"_s, redirect},
                              {u"client_id"_s, u"deskhand"_s},
                              {u"code_verifier"_s, QString::fromLatin1(verifier)}}),
                        {}, "application/x-www-form-urlencoded");
}

HttpProbe::Result TestSandboxOAuth::refresh(const QString &refreshToken)
{
    return m_probe.send("POST", at(u"/oauth/token"_s),
                        form({{u"grant_type"_s, u"refresh_token"_s},
                              {u"refresh_token"_s, refreshToken},
                              {u"client_id"_s, u"deskhand"_s}}),
                        {}, "application/x-www-form-urlencoded");
}

void TestSandboxOAuth::happyPath_withPkce()
{
    const auto page = m_probe.get(authorizeUrl());
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("name=\"email\""));
    QVERIFY(page.body.contains("name=\"password\""));
    QVERIFY(page.body.contains("type=\"submit\""));

    const QUrl location = signIn(authorizeUrl());
    QVERIFY(location.isValid());
    QCOMPARE(location.toString(QUrl::RemoveQuery), Redirect);
    const QString code = codeFrom(location);
    QVERIFY(!code.isEmpty());

    const auto tokens = exchange(code);
    QCOMPARE(tokens.status, 200);
    const QJsonObject body = tokens.json().object();
    QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(body.value(u"expires_in"_s).toInt(), 3600);
    QVERIFY(!body.value(u"refresh_token"_s).toString().isEmpty());
    const QByteArray access = body.value(u"access_token"_s).toString().toUtf8();
    QVERIFY(!access.isEmpty());
    QCOMPARE(tokens.header("Cache-Control"), QByteArray("no-store"));

    // Which header Deskpro uses for OAuth tokens is not public: both work.
    const int agentId = m_sandbox->agents().first().toObject().value(u"id"_s).toInt();
    for (const QByteArray &scheme : {QByteArray("Bearer "), QByteArray("token ")}) {
        HttpProbe api;
        api.setAuthorization(scheme + access);
        const auto me = api.get(at(u"/api/v2/me"_s));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.data().toObject().value(u"person_id"_s).toInt(), agentId);
    }
}

void TestSandboxOAuth::stateReturnedUnchanged_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("plain") << u"abc"_s;
    QTest::newRow("reserved characters") << u"a b+c&d=e/f?g#h%i"_s;
    QTest::newRow("html") << u"<\"'>&amp;"_s;
    QTest::newRow("unicode") << u"\u00e9t\u00e9-\u6771\u4eac"_s;
}

void TestSandboxOAuth::stateReturnedUnchanged()
{
    QFETCH(QString, state);
    const QUrl location = signIn(authorizeUrl({{u"state"_s, state}}));
    QVERIFY(location.isValid());
    QCOMPARE(QUrlQuery(location).queryItemValue(u"state"_s, QUrl::FullyDecoded), state);
}

void TestSandboxOAuth::noState_noStateInRedirect()
{
    const QUrl location = signIn(authorizeUrl({}, {u"state"_s}));
    QVERIFY(location.isValid());
    QVERIFY(!QUrlQuery(location).hasQueryItem(u"state"_s));
    QVERIFY(!codeFrom(location).isEmpty());
}

void TestSandboxOAuth::wrongPassword_showsTheFormAgain()
{
    const auto page = m_probe.get(authorizeUrl());
    QList<QPair<QString, QString>> fields = hiddenFields(page.body);
    fields.append({u"email"_s, m_sandbox->agents().first().toObject().value(u"email"_s).toString()});
    fields.append({u"password"_s, u"wrong"_s});
    const auto result = m_probe.send("POST", at(u"/oauth/authorize"_s), form(fields), {},
                                     "application/x-www-form-urlencoded");
    QCOMPARE(result.status, 401);
    QVERIFY(result.header("Location").isEmpty());
    QVERIFY(result.body.contains("name=\"password\""));
    QVERIFY(result.body.contains("id=\"error\""));
}

void TestSandboxOAuth::wrongVerifier_isRefused()
{
    const QString code = codeFrom(signIn(authorizeUrl()));
    const auto result = exchange(code, "wrong-verifier-wrong-verifier-wrong-verifier-0123");
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().object().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestSandboxOAuth::replayedCode_isRefused()
{
    const QString code = codeFrom(signIn(authorizeUrl()));
    const auto first = exchange(code);
    QCOMPARE(first.status, 200);
    const auto second = exchange(code);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.json().object().value(u"error"_s).toString(), u"invalid_grant"_s);
    // RFC 6749 §4.1.2: what the replayed code gave is revoked.
    HttpProbe api;
    api.setAuthorization("Bearer " + first.json().object().value(u"access_token"_s).toString().toUtf8());
    QCOMPARE(api.get(at(u"/api/v2/me"_s)).status, 401);
}

void TestSandboxOAuth::redirectUriMustMatch()
{
    const QString code = codeFrom(signIn(authorizeUrl()));
    const auto result = exchange(code, Verifier, u"http://127.0.0.1:53682/other"_s);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().object().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestSandboxOAuth::s256Required_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("omitChallenge");
    QTest::newRow("plain") << u"plain"_s << false;
    QTest::newRow("no method") << QString() << false;
    QTest::newRow("no challenge") << u"S256"_s << true;
}

void TestSandboxOAuth::s256Required()
{
    QFETCH(QString, method);
    QFETCH(bool, omitChallenge);
    QStringList omit;
    if (method.isEmpty())
        omit << u"code_challenge_method"_s;
    if (omitChallenge)
        omit << u"code_challenge"_s;
    const auto page = m_probe.get(authorizeUrl({{u"code_challenge_method"_s, method}}, omit));
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("Location").isEmpty());
    QVERIFY(!page.body.contains("name=\"password\""));
}

void TestSandboxOAuth::nonLoopbackRedirect_isRefused_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::newRow("localhost") << u"http://localhost:53682/callback"_s;
    QTest::newRow("remote host") << u"http://evil.example/callback"_s;
    QTest::newRow("https loopback") << u"https://127.0.0.1:53682/callback"_s;
    QTest::newRow("other loopback ip") << u"http://127.0.0.2:53682/callback"_s;
    QTest::newRow("userinfo trick") << u"http://127.0.0.1@evil.example/cb"_s;
    QTest::newRow("custom scheme") << u"deskhand://callback"_s;
}

void TestSandboxOAuth::nonLoopbackRedirect_isRefused()
{
    QFETCH(QString, redirect);
    const auto page = m_probe.get(authorizeUrl({{u"redirect_uri"_s, redirect}}));
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("Location").isEmpty());
    QVERIFY(!page.body.contains("name=\"password\""));

    // Posting the form directly is refused the same way.
    const QUrl url = authorizeUrl({{u"redirect_uri"_s, redirect}});
    QList<QPair<QString, QString>> fields;
    for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        fields.append(item);
    const QJsonObject agent = m_sandbox->agents().first().toObject();
    fields.append({u"email"_s, agent.value(u"email"_s).toString()});
    fields.append({u"password"_s, agent.value(u"password"_s).toString()});
    const auto posted = m_probe.send("POST", at(u"/oauth/authorize"_s), form(fields), {},
                                     "application/x-www-form-urlencoded");
    QCOMPARE(posted.status, 400);
    QVERIFY(posted.header("Location").isEmpty());
}

void TestSandboxOAuth::unknownClient_isRefused()
{
    const auto page = m_probe.get(authorizeUrl({{u"client_id"_s, u"someone-else"_s}}));
    QCOMPARE(page.status, 400);
    QVERIFY(page.header("Location").isEmpty());
}

void TestSandboxOAuth::refresh_rotates()
{
    const auto tokens = exchange(codeFrom(signIn(authorizeUrl())));
    QCOMPARE(tokens.status, 200);
    const QString firstRefresh = tokens.json().object().value(u"refresh_token"_s).toString();

    const auto rotated = refresh(firstRefresh);
    QCOMPARE(rotated.status, 200);
    const QJsonObject body = rotated.json().object();
    const QString secondRefresh = body.value(u"refresh_token"_s).toString();
    QVERIFY(!secondRefresh.isEmpty());
    QVERIFY(secondRefresh != firstRefresh);
    QVERIFY(body.value(u"access_token"_s).toString() !=
            tokens.json().object().value(u"access_token"_s).toString());
    HttpProbe api;
    api.setAuthorization("Bearer " + body.value(u"access_token"_s).toString().toUtf8());
    QCOMPARE(api.get(at(u"/api/v2/me"_s)).status, 200);

    const auto reused = refresh(firstRefresh);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json().object().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(refresh(secondRefresh).status, 200);
}

void TestSandboxOAuth::accessToken_expires()
{
    HttpProbe admin;
    admin.setKey(m_sandbox->adminKey());
    const auto set =
        admin.sendJson("PUT", at(u"/_sandbox/oauth"_s), QJsonObject{{u"access_token_lifetime"_s, 1}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json().object().value(u"access_token_lifetime"_s).toInt(), 1);

    const auto tokens = exchange(codeFrom(signIn(authorizeUrl())));
    QCOMPARE(tokens.json().object().value(u"expires_in"_s).toInt(), 1);
    HttpProbe api;
    api.setAuthorization("Bearer " + tokens.json().object().value(u"access_token"_s).toString().toUtf8());
    QTest::qWait(2100);
    const auto expired = api.get(at(u"/api/v2/me"_s));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().object().value(u"code"_s).toString(), u"INVALID_API_TOKEN"_s);
    // The refresh token still works and gives a fresh access token.
    QCOMPARE(refresh(tokens.json().object().value(u"refresh_token"_s).toString()).status, 200);

    QCOMPARE(admin.sendJson("PUT", at(u"/_sandbox/oauth"_s), QJsonObject{{u"access_token_lifetime"_s, 3600}})
                 .status,
             200);
}

void TestSandboxOAuth::tokenEndpoint_errors()
{
    auto result = m_probe.send("POST", at(u"/oauth/token"_s), "grant_type=password&client_id=deskhand", {},
                               "application/x-www-form-urlencoded");
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().object().value(u"error"_s).toString(), u"unsupported_grant_type"_s);
    result = m_probe.send("POST", at(u"/oauth/token"_s), "grant_type=authorization_code&client_id=nobody", {},
                          "application/x-www-form-urlencoded");
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().object().value(u"error"_s).toString(), u"invalid_client"_s);
    result = m_probe.send("POST", at(u"/oauth/token"_s), "grant_type=authorization_code&client_id=deskhand",
                          {}, "application/x-www-form-urlencoded");
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().object().value(u"error"_s).toString(), u"invalid_request"_s);
    result = exchange(u"no-such-code"_s);
    QCOMPARE(result.json().object().value(u"error"_s).toString(), u"invalid_grant"_s);
}

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandbox_oauth.moc"
