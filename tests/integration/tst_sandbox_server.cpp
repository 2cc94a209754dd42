// deskhand-sandbox's server half over real sockets: discovery, authentication in every form
// Deskpro answers, token exchanges, batch, the request log, malformed HTTP and restarts.

#include "HttpProbe.h"
#include "RawHttp.h"
#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void discover_needsNoAuth();
    void dateSegment_isAccepted();
    void unauthorized_withoutHeader();
    void unauthorized_malformedHeader_data();
    void unauthorized_malformedHeader();
    void unauthorized_unknownScheme_data();
    void unauthorized_unknownScheme();
    void unauthorized_badKey();
    void unauthorized_badToken_data();
    void unauthorized_badToken();
    void adminKey_isNotAnApiKey();
    void apiKey_actsAsFirstAgent();
    void apiTokens_passwordExchange_thenMe();
    void apiTokens_wrongPassword_is401();
    void apiTokens_malformedBody_is400();
    void apiToken_viaBearer_isRefused();
    void deviceLink_exchangesOnce();
    void batch_post();
    void batch_get();
    void sandboxControls_needAdminKey();
    void unknownPath_is404InErrorTree();
    void requestLog_recordsWithoutSecrets();
    void malformedHttp_is400_andServerKeepsRunning_data();
    void malformedHttp_is400_andServerKeepsRunning();
    void oversizedBody_is413_andServerKeepsRunning();
    void restart_keepsKeysTokensAndData();

private:
    QUrl api(const QString &path) const { return m_sandbox->url().resolved(QUrl(u"/api/v2"_s + path)); }
    QUrl at(const QString &path) const { return m_sandbox->url().resolved(QUrl(path)); }
    void checkUnauthorized(const HttpProbe::Result &result, const QString &code);
    QByteArray passwordToken();
    int someTicketId();

    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpProbe m_probe;
};

void TestSandboxServer::initTestCase()
{
    SandboxProcess::Options options;
    options.tickets = 20;
    m_sandbox = std::make_unique<SandboxProcess>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
}

void TestSandboxServer::init()
{
    m_probe.setAuthorization({});
    QVERIFY(m_sandbox->isRunning());
}

void TestSandboxServer::checkUnauthorized(const HttpProbe::Result &result, const QString &code)
{
    QCOMPARE(result.status, 401);
    QCOMPARE(result.header("WWW-Authenticate"), QByteArray("session,token,key realm=\"DeskPRO API\""));
    const QJsonObject body = result.json().object();
    QCOMPARE(body.value(u"status"_s).toInt(), 401);
    QCOMPARE(body.value(u"code"_s).toString(), code);
    QVERIFY(!body.value(u"message"_s).toString().isEmpty());
    QVERIFY(body.contains(u"errors"_s));
}

QByteArray TestSandboxServer::passwordToken()
{
    const QJsonObject agent = m_sandbox->agents().first().toObject();
    HttpProbe probe;
    const auto result = probe.sendJson(
        "POST", api(u"/api_tokens"_s),
        QJsonObject{{u"email"_s, agent.value(u"email"_s)}, {u"password"_s, agent.value(u"password"_s)}});
    if (result.status != 201)
        return {};
    return result.data().toObject().value(u"token"_s).toString().toUtf8();
}

int TestSandboxServer::someTicketId()
{
    HttpProbe probe;
    probe.setKey(m_sandbox->apiKey());
    const auto result = probe.get(api(u"/tickets?count=1"_s));
    return result.data().toArray().first().toObject().value(u"id"_s).toInt();
}

void TestSandboxServer::discover_needsNoAuth()
{
    const auto result = m_probe.get(api(u"/helpdesk/discover"_s));
    QCOMPARE(result.status, 200);
    const QJsonObject data = result.data().toObject();
    QCOMPARE(data.value(u"is_deskpro"_s).toBool(), true);
    QVERIFY(data.value(u"helpdesk_url"_s).toString().startsWith(m_sandbox->url().toString()));
    QVERIFY(data.value(u"base_api_url"_s).toString().contains(u"/api/v2"_s));
    QVERIFY(data.value(u"build"_s).isString());
    QVERIFY(data.value(u"build_id"_s).isDouble());
    QVERIFY(!data.value(u"build_name"_s).toString().isEmpty());
    QVERIFY(!data.value(u"helpdesk_uuid"_s).toString().isEmpty());
    QCOMPARE(data.value(u"is_cloud"_s).toBool(true), false);
}

void TestSandboxServer::dateSegment_isAccepted()
{
    m_probe.setKey(m_sandbox->apiKey());
    const auto result = m_probe.get(api(u"/20161122/me"_s));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().toObject().value(u"auth_method"_s).toString(), u"api_key"_s);
}

void TestSandboxServer::unauthorized_withoutHeader()
{
    checkUnauthorized(m_probe.get(api(u"/me"_s)), u"UNAUTHORIZED"_s);
    checkUnauthorized(m_probe.get(api(u"/tickets"_s)), u"UNAUTHORIZED"_s);
}

void TestSandboxServer::unauthorized_malformedHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("one part") << QByteArray("key");
    QTest::newRow("three parts") << QByteArray("key 1:abc extra");
    QTest::newRow("comma splits") << QByteArray("token a,b");
    QTest::newRow("bearer with two words") << QByteArray("Bearer a b");
}

void TestSandboxServer::unauthorized_malformedHeader()
{
    QFETCH(QByteArray, header);
    m_probe.setAuthorization(header);
    checkUnauthorized(m_probe.get(api(u"/me"_s)), u"MALFORMED_AUTHORIZATION_HEADER"_s);
}

void TestSandboxServer::unauthorized_unknownScheme_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("basic") << QByteArray("Basic YWxhZGRpbjpvcGVuc2VzYW1l");
    QTest::newRow("apikey") << QByteArray("apikey 1:abc");
}

void TestSandboxServer::unauthorized_unknownScheme()
{
    QFETCH(QByteArray, header);
    m_probe.setAuthorization(header);
    checkUnauthorized(m_probe.get(api(u"/me"_s)), u"INVALID_AUTHORIZATION_HEADER"_s);
}

void TestSandboxServer::unauthorized_badKey()
{
    m_probe.setAuthorization("key 1:WRONGSECRET");
    const auto result = m_probe.get(api(u"/me"_s));
    checkUnauthorized(result, u"INVALID_API_KEY"_s);
    // Zapier's Deskpro app checks this exact text.
    QCOMPARE(result.json().object().value(u"message"_s).toString(), u"Invalid API key."_s);
}

void TestSandboxServer::unauthorized_badToken_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("token") << QByteArray("token 99:NOSUCHTOKEN");
    QTest::newRow("bearer") << QByteArray("Bearer not-a-token");
}

void TestSandboxServer::unauthorized_badToken()
{
    QFETCH(QByteArray, header);
    m_probe.setAuthorization(header);
    checkUnauthorized(m_probe.get(api(u"/me"_s)), u"INVALID_API_TOKEN"_s);
}

void TestSandboxServer::adminKey_isNotAnApiKey()
{
    m_probe.setKey(m_sandbox->adminKey());
    checkUnauthorized(m_probe.get(api(u"/me"_s)), u"INVALID_API_KEY"_s);
}

void TestSandboxServer::apiKey_actsAsFirstAgent()
{
    m_probe.setKey(m_sandbox->apiKey());
    const auto result = m_probe.get(api(u"/me"_s));
    QCOMPARE(result.status, 200);
    const QJsonObject data = result.data().toObject();
    const int firstAgent = m_sandbox->agents().first().toObject().value(u"id"_s).toInt();
    QCOMPARE(data.value(u"auth_method"_s).toString(), u"api_key"_s);
    QVERIFY(data.value(u"app_id"_s).isNull());
    QCOMPARE(data.value(u"person_id"_s).toInt(), firstAgent);
    QCOMPARE(data.value(u"person"_s).toObject().value(u"id"_s).toInt(), firstAgent);
}

void TestSandboxServer::apiTokens_passwordExchange_thenMe()
{
    const QJsonObject agent = m_sandbox->agents().at(1).toObject();
    const auto exchange = m_probe.sendJson(
        "POST", api(u"/api_tokens"_s),
        QJsonObject{{u"email"_s, agent.value(u"email"_s)}, {u"password"_s, agent.value(u"password"_s)}});
    QCOMPARE(exchange.status, 201);
    const QJsonObject data = exchange.data().toObject();
    QCOMPARE(data.value(u"person_id"_s).toInt(), agent.value(u"id"_s).toInt());
    const QString token = data.value(u"token"_s).toString();
    QVERIFY2(QRegularExpression(u"^\\d+:\\S+$"_s).match(token).hasMatch(), qPrintable(token));

    m_probe.setAuthorization("token " + token.toUtf8());
    const auto me = m_probe.get(api(u"/me"_s));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.data().toObject().value(u"auth_method"_s).toString(), u"api_token"_s);
    QCOMPARE(me.data().toObject().value(u"person_id"_s).toInt(), agent.value(u"id"_s).toInt());
}

void TestSandboxServer::apiTokens_wrongPassword_is401()
{
    const QJsonObject agent = m_sandbox->agents().first().toObject();
    const auto result = m_probe.sendJson(
        "POST", api(u"/api_tokens"_s),
        QJsonObject{{u"email"_s, agent.value(u"email"_s)}, {u"password"_s, u"not the password"_s}});
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json().object().value(u"status"_s).toInt(), 401);
    QVERIFY(!result.header("WWW-Authenticate").isEmpty());
}

void TestSandboxServer::apiTokens_malformedBody_is400()
{
    auto result = m_probe.send("POST", api(u"/api_tokens"_s), "{not json");
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().object().value(u"status"_s).toInt(), 400);

    result = m_probe.sendJson("POST", api(u"/api_tokens"_s), QJsonObject{{u"email"_s, u"a@b.c"_s}});
    QCOMPARE(result.status, 400);
    const QJsonObject errors = result.json().object().value(u"errors"_s).toObject();
    QVERIFY(errors.value(u"fields"_s).toObject().contains(u"password"_s));
}

void TestSandboxServer::apiToken_viaBearer_isRefused()
{
    // Bearer is for OAuth access tokens; an API token goes with the "token" scheme.
    const QByteArray token = passwordToken();
    QVERIFY(!token.isEmpty());
    m_probe.setAuthorization("Bearer " + token);
    checkUnauthorized(m_probe.get(api(u"/me"_s)), u"INVALID_API_TOKEN"_s);
}

void TestSandboxServer::deviceLink_exchangesOnce()
{
    m_probe.setKey(m_sandbox->apiKey());
    const auto setup = m_probe.get(api(u"/me/device-setup-token"_s));
    QCOMPARE(setup.status, 200);
    const QString code = setup.data().toObject().value(u"token"_s).toString();
    const QString url = setup.data().toObject().value(u"url"_s).toString();
    QVERIFY(!code.isEmpty());
    QVERIFY(url.endsWith(u"/api/v2/api_tokens/device_setup/"_s + code));

    HttpProbe device;
    const auto exchange = device.get(QUrl(url));
    QCOMPARE(exchange.status, 201);
    const QJsonObject data = exchange.data().toObject();
    QCOMPARE(data.value(u"person_id"_s).toInt(),
             m_sandbox->agents().first().toObject().value(u"id"_s).toInt());
    QCOMPARE(data.value(u"discover"_s).toObject().value(u"is_deskpro"_s).toBool(), true);
    device.setAuthorization("token " + data.value(u"token"_s).toString().toUtf8());
    QCOMPARE(device.get(api(u"/me"_s)).status, 200);

    device.setAuthorization({});
    const auto again = device.get(QUrl(url));
    QCOMPARE(again.status, 404);
    QCOMPARE(again.json().object().value(u"status"_s).toInt(), 404);
}

void TestSandboxServer::batch_post()
{
    m_probe.setKey(m_sandbox->apiKey());
    const QJsonObject body{
        {u"requests"_s,
         QJsonObject{
             {u"me"_s, u"/api/v2/me"_s},
             {u"missing"_s, QJsonObject{{u"method"_s, u"GET"_s}, {u"url"_s, u"/api/v2/tickets/987654321"_s}}},
             {u"discover"_s, QJsonObject{{u"url"_s, u"/api/v2/helpdesk/discover"_s}}}}}};
    const auto result = m_probe.sendJson("POST", api(u"/batch"_s), body);
    QCOMPARE(result.status, 200);
    const QJsonObject responses = result.json().object().value(u"responses"_s).toObject();
    QCOMPARE(responses.size(), 3);

    const QJsonObject me = responses.value(u"me"_s).toObject();
    QCOMPARE(me.value(u"headers"_s).toObject().value(u"status-code"_s).toInt(), 200);
    QCOMPARE(me.value(u"headers"_s).toObject().value(u"content-type"_s).toString(), u"application/json"_s);
    QCOMPARE(me.value(u"data"_s).toObject().value(u"auth_method"_s).toString(), u"api_key"_s);
    QVERIFY(me.contains(u"meta"_s) && me.contains(u"linked"_s));

    const QJsonObject missing = responses.value(u"missing"_s).toObject();
    QCOMPARE(missing.value(u"headers"_s).toObject().value(u"status-code"_s).toInt(), 404);
    QCOMPARE(missing.value(u"status"_s).toInt(), 404);
    QCOMPARE(missing.value(u"code"_s).toString(), u"#987654321 Not Found"_s);
    QVERIFY(missing.contains(u"message"_s) && missing.contains(u"errors"_s));
    QVERIFY(!missing.contains(u"data"_s));

    QCOMPARE(
        responses.value(u"discover"_s).toObject().value(u"data"_s).toObject().value(u"is_deskpro"_s).toBool(),
        true);
}

void TestSandboxServer::batch_get()
{
    m_probe.setKey(m_sandbox->apiKey());
    QUrl url = api(u"/batch"_s);
    // get[t]=/api/v2/tickets?count=2, with the inner query percent-encoded as Deskpro documents.
    url.setQuery(u"get[me]=/api/v2/me&get[t]=/api/v2/tickets%3Fcount%3D2"_s);
    const auto result = m_probe.get(url);
    QCOMPARE(result.status, 200);
    const QJsonObject responses = result.json().object().value(u"responses"_s).toObject();
    QCOMPARE(
        responses.value(u"me"_s).toObject().value(u"headers"_s).toObject().value(u"status-code"_s).toInt(),
        200);
    const QJsonObject tickets = responses.value(u"t"_s).toObject();
    QCOMPARE(tickets.value(u"headers"_s).toObject().value(u"status-code"_s).toInt(), 200);
    QVERIFY(tickets.value(u"data"_s).isArray());
}

void TestSandboxServer::sandboxControls_needAdminKey()
{
    QCOMPARE(m_probe.get(at(u"/_sandbox/faults"_s)).status, 401);
    m_probe.setKey(m_sandbox->apiKey());
    QCOMPARE(m_probe.get(at(u"/_sandbox/faults"_s)).status, 403);
    m_probe.setAuthorization("key 2:WRONG");
    QCOMPARE(m_probe.get(at(u"/_sandbox/faults"_s)).status, 401);
    m_probe.setKey(m_sandbox->adminKey());
    QCOMPARE(m_probe.get(at(u"/_sandbox/faults"_s)).status, 200);
}

void TestSandboxServer::unknownPath_is404InErrorTree()
{
    const auto result = m_probe.get(at(u"/no/such/thing"_s));
    QCOMPARE(result.status, 404);
    const QJsonObject body = result.json().object();
    QCOMPARE(body.value(u"status"_s).toInt(), 404);
    QVERIFY(!body.value(u"code"_s).toString().isEmpty());
    QVERIFY(!body.value(u"message"_s).toString().isEmpty());
}

void TestSandboxServer::requestLog_recordsWithoutSecrets()
{
    const int ticket = someTicketId();
    QVERIFY(ticket > 0);
    HttpProbe admin;
    admin.setKey(m_sandbox->adminKey());
    QCOMPARE(admin.send("DELETE", at(u"/_sandbox/requests"_s)).status, 200);

    const QByteArray token = passwordToken();
    const QByteArray body = R"({"message":"<p>Logged once</p>","format":"html"})";
    m_probe.setAuthorization("token " + token);
    const auto posted = m_probe.send("POST", api(u"/tickets/%1/messages"_s.arg(ticket)), body);
    QCOMPARE(posted.status, 201);
    m_probe.setAuthorization("Bearer nope");
    QCOMPARE(m_probe.get(api(u"/me"_s)).status, 401);
    m_probe.setAuthorization({});
    QCOMPARE(m_probe.get(api(u"/helpdesk/discover?probe=1"_s)).status, 200);
    m_probe.get(at(u"/file.php/abc/x.txt?access_token=SECRETVALUE123"_s));

    const auto log = admin.get(at(u"/_sandbox/requests"_s));
    QCOMPARE(log.status, 200);
    const QJsonArray entries = log.json().object().value(u"requests"_s).toArray();
    // The password exchange, the post, the bearer attempt, discover, the download; no /_sandbox.
    QCOMPARE(entries.size(), 5);
    for (const QJsonValue &entry : entries)
        QVERIFY(!entry.toObject().value(u"path"_s).toString().startsWith(u"/_sandbox"_s));

    const QJsonObject post = entries.at(1).toObject();
    QCOMPARE(post.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(post.value(u"path"_s).toString(), u"/api/v2/tickets/%1/messages"_s.arg(ticket));
    QCOMPARE(post.value(u"auth_scheme"_s).toString(), u"token"_s);
    QCOMPARE(post.value(u"status"_s).toInt(), 201);
    QCOMPARE(post.value(u"body_sha256"_s).toString().toLatin1(),
             QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    QCOMPARE(post.value(u"body_length"_s).toInt(), body.size());
    QVERIFY(post.value(u"seq"_s).toInt() > entries.at(0).toObject().value(u"seq"_s).toInt());
    QVERIFY(!post.value(u"time"_s).toString().isEmpty());

    QCOMPARE(entries.at(0).toObject().value(u"auth_scheme"_s).toString(), QString());
    QCOMPARE(entries.at(2).toObject().value(u"auth_scheme"_s).toString(), u"bearer"_s);
    QCOMPARE(entries.at(2).toObject().value(u"status"_s).toInt(), 401);
    QCOMPARE(entries.at(3).toObject().value(u"path"_s).toString(), u"/api/v2/helpdesk/discover?probe=1"_s);
    QVERIFY(entries.at(4).toObject().value(u"path"_s).toString().contains(u"access_token=REDACTED"_s));

    const QByteArray text = log.body;
    const QByteArray password =
        m_sandbox->agents().first().toObject().value(u"password"_s).toString().toUtf8();
    QVERIFY(!text.contains(token.mid(token.indexOf(':') + 1)));
    QVERIFY(!text.contains(m_sandbox->apiKey().mid(m_sandbox->apiKey().indexOf(':') + 1)));
    QVERIFY(!text.contains(m_sandbox->adminKey().mid(m_sandbox->adminKey().indexOf(':') + 1)));
    QVERIFY(!text.contains(password));
    QVERIFY(!text.contains("SECRETVALUE123"));
}

void TestSandboxServer::malformedHttp_is400_andServerKeepsRunning_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
    QTest::newRow("bad version") << QByteArray("GET / HTTX/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("http/2 text") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("no colon") << QByteArray("GET /api/v2/me HTTP/1.1\r\nHost: x\r\nBroken\r\n\r\n") << 400;
    QTest::newRow("space before colon") << QByteArray("GET /api/v2/me HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
    QTest::newRow("folded header")
        << QByteArray("GET /api/v2/me HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  continued\r\n\r\n") << 400;
    QTest::newRow("bad length") << QByteArray(
                                       "POST /api/v2/me HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
                                << 400;
    QTest::newRow("conflicting lengths")
        << QByteArray(
               "POST /api/v2/me HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd")
        << 400;
    QTest::newRow("no host") << QByteArray("GET /api/v2/me HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("chunked")
        << QByteArray("POST /api/v2/me HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << 411;
}

void TestSandboxServer::malformedHttp_is400_andServerKeepsRunning()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    const RawHttp::Exchange exchange = RawHttp::send(m_sandbox->url(), request);
    QVERIFY(exchange.connected);
    QCOMPARE(exchange.status(), status);
    QVERIFY2(exchange.closedByServer, "the server must close after a malformed request");
    QCOMPARE(exchange.header("Connection"), QByteArray("close"));
    QCOMPARE(QJsonDocument::fromJson(exchange.body()).object().value(u"status"_s).toInt(), status);
    QVERIFY(m_sandbox->isRunning());
    QCOMPARE(m_probe.get(api(u"/helpdesk/discover"_s)).status, 200);
}

void TestSandboxServer::oversizedBody_is413_andServerKeepsRunning()
{
    // Announced but never sent: the server must refuse before reading 64 MiB.
    const QByteArray request =
        "POST /api/v2/tickets HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: 67108865\r\n\r\n{";
    const RawHttp::Exchange exchange = RawHttp::send(m_sandbox->url(), request);
    QCOMPARE(exchange.status(), 413);
    QVERIFY(exchange.closedByServer);

    // With Expect: 100-continue the refusal comes instead of the 100.
    const RawHttp::Exchange expect = RawHttp::send(
        m_sandbox->url(), "PUT /api/v2/tickets/1 HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                          "Content-Length: 100000000\r\n\r\n");
    QCOMPARE(expect.status(), 413);

    // At the limit the body is read and the request handled (here: refused for lack of auth).
    const RawHttp::Exchange fits =
        RawHttp::send(m_sandbox->url(), "POST /api/v2/tickets HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                        "Content-Length: 2\r\n\r\n{}");
    QCOMPARE(fits.status(), 401);
    QCOMPARE(m_probe.get(api(u"/helpdesk/discover"_s)).status, 200);
}

void TestSandboxServer::restart_keepsKeysTokensAndData()
{
    QTemporaryDir dir;
    SandboxProcess::Options options;
    options.tickets = 10;
    options.dataDir = dir.path();
    auto first = std::make_unique<SandboxProcess>(options);
    QVERIFY2(first->start(), qPrintable(first->errorString()));
    const QJsonObject startLine = first->startLine();

    HttpProbe probe;
    const QUrl base = first->url();
    const auto uuid = probe.get(base.resolved(QUrl(u"/api/v2/helpdesk/discover"_s)))
                          .data()
                          .toObject()
                          .value(u"helpdesk_uuid"_s)
                          .toString();
    const QJsonObject agent = first->agents().first().toObject();
    const QString token = probe
                              .sendJson("POST", base.resolved(QUrl(u"/api/v2/api_tokens"_s)),
                                        QJsonObject{{u"email"_s, agent.value(u"email"_s)},
                                                    {u"password"_s, agent.value(u"password"_s)}})
                              .data()
                              .toObject()
                              .value(u"token"_s)
                              .toString();
    QVERIFY(!token.isEmpty());
    probe.setKey(first->apiKey());
    const int ticket = probe.get(base.resolved(QUrl(u"/api/v2/tickets?count=1"_s)))
                           .data()
                           .toArray()
                           .first()
                           .toObject()
                           .value(u"id"_s)
                           .toInt();
    const QString marker = u"survives-restart-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(probe
                 .sendJson("POST", base.resolved(QUrl(u"/api/v2/tickets/%1/messages"_s.arg(ticket))),
                           QJsonObject{{u"message"_s, u"<p>%1</p>"_s.arg(marker)}, {u"format"_s, u"html"_s}})
                 .status,
             201);
    first->stop();
    QVERIFY(!first->isRunning());
    first.reset();

    SandboxProcess second(options);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QCOMPARE(second.apiKey(), startLine.value(u"api_key"_s).toString().toUtf8());
    QCOMPARE(second.adminKey(), startLine.value(u"admin_key"_s).toString().toUtf8());
    QCOMPARE(second.agents(), startLine.value(u"agents"_s).toArray());

    HttpProbe after;
    const QUrl base2 = second.url();
    QCOMPARE(after.get(base2.resolved(QUrl(u"/api/v2/helpdesk/discover"_s)))
                 .data()
                 .toObject()
                 .value(u"helpdesk_uuid"_s)
                 .toString(),
             uuid);
    after.setAuthorization("token " + token.toUtf8());
    QCOMPARE(after.get(base2.resolved(QUrl(u"/api/v2/me"_s))).status, 200);
    after.setKey(second.apiKey());
    const auto messages =
        after.get(base2.resolved(QUrl(u"/api/v2/tickets/%1/messages?count=200"_s.arg(ticket))));
    QCOMPARE(messages.status, 200);
    QVERIFY(messages.body.contains(marker.toUtf8()));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandbox_server.moc"
