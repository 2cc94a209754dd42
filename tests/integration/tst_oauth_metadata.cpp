// An authorization server that is not the helpdesk (RFC 8414 / OpenID Connect discovery): its
// metadata is served by a small loopback server inside this test (the sandbox, like Deskpro,
// has none) and points at the sandbox's /oauth endpoints. The metadata is checked (issuer,
// https, S256), signing in uses its endpoints, and the account refreshes at its token endpoint.

#include "CliRunner.h"
#include "HttpProbe.h"
#include "LoginForm.h"
#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "account/Account.h"
#include "account/AccountRegistry.h"
#include "account/SignOut.h"
#include "api/HelpdeskClient.h"
#include "auth/OAuthMetadata.h"
#include "auth/SsoSignIn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// Serves fixed documents by path; everything else is 404. One request per connection.
class DocumentServer : public QTcpServer
{
public:
    DocumentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    const QByteArray &buffer = m_buffers[socket];
                    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    static const QRegularExpression lengthHeader(u"(?i)\r\ncontent-length:\\s*(\\d+)"_s);
                    const QRegularExpressionMatch length =
                        lengthHeader.match(QString::fromLatin1(buffer.left(headerEnd)));
                    const qsizetype bodyLength = length.hasMatch() ? length.captured(1).toLongLong() : 0;
                    if (buffer.size() < headerEnd + 4 + bodyLength)
                        return;
                    const QByteArray method = buffer.split(' ').value(0);
                    const QByteArray path = buffer.split(' ').value(1);
                    m_asked << QString::fromLatin1(path);
                    if (method == "POST")
                        m_posted << QPair<QString, QByteArray>(QString::fromLatin1(path),
                                                               buffer.mid(headerEnd + 4, bodyLength));
                    const bool found = m_documents.contains(QString::fromLatin1(path)) ||
                                       (method == "POST" && path == "/revoke");
                    const QByteArray body = found
                                                ? QJsonDocument(m_documents.value(QString::fromLatin1(path)))
                                                      .toJson(QJsonDocument::Compact)
                                                : QByteArray("{\"error\":\"not found\"}");
                    socket->write((found ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n") +
                                  QByteArray("Content-Type: application/json\r\nConnection: close\r\n") +
                                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                    m_buffers.remove(socket);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    void serve(const QString &path, const QJsonObject &document) { m_documents.insert(path, document); }
    QUrl base() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
    QStringList asked() const { return m_asked; }
    QList<QPair<QString, QByteArray>> posted() const { return m_posted; } // path, form body

private:
    QList<QPair<QString, QByteArray>> m_posted;
    QHash<QString, QJsonObject> m_documents;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QStringList m_asked;
};

} // namespace

class TestOAuthMetadata : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.tickets = 3;
        m_sandbox = std::make_unique<SandboxProcess>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_admin = std::make_unique<SandboxAdmin>(*m_sandbox);
    }

    void init()
    {
        m_server = std::make_unique<DocumentServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

    void rfc8414_isReadAndChecked()
    {
        const QUrl issuer = m_server->base();
        m_server->serve(u"/.well-known/oauth-authorization-server"_s, metadata(issuer.toString()));
        const ApiResult<OAuthMetadata> found = discover(issuer);
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(found->authorizationEndpoint, m_sandbox->url().resolved(QUrl(u"/oauth/authorize"_s)));
        QCOMPARE(found->tokenEndpoint, tokenEndpoint());
        QVERIFY(!found->revocationEndpoint.isValid());
        QCOMPARE(m_server->asked(), QStringList{u"/.well-known/oauth-authorization-server"_s});
    }

    void openIdConnect_isTheFallback()
    {
        QUrl issuer = m_server->base();
        issuer.setPath(u"/tenant"_s);
        m_server->serve(u"/tenant/.well-known/openid-configuration"_s, metadata(issuer.toString()));
        const ApiResult<OAuthMetadata> found = discover(issuer);
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(m_server->asked(), (QStringList{u"/.well-known/oauth-authorization-server/tenant"_s,
                                                 u"/tenant/.well-known/openid-configuration"_s}));
    }

    void anotherIssuer_isRefused()
    {
        const QUrl issuer = m_server->base();
        m_server->serve(u"/.well-known/oauth-authorization-server"_s, metadata(u"https://idp.example.com"_s));
        const ApiResult<OAuthMetadata> found = discover(issuer);
        QVERIFY(!found.ok());
        QVERIFY(found.error().message.contains(u"another issuer"_s));
    }

    void withoutS256_isRefused()
    {
        const QUrl issuer = m_server->base();
        QJsonObject document = metadata(issuer.toString());
        document.insert(u"code_challenge_methods_supported"_s, QJsonArray{u"plain"_s});
        m_server->serve(u"/.well-known/oauth-authorization-server"_s, document);
        const ApiResult<OAuthMetadata> found = discover(issuer);
        QVERIFY(!found.ok());
        QVERIFY(found.error().message.contains(u"S256"_s));
    }

    void plainHttpElsewhere_isRefused()
    {
        const QUrl issuer = m_server->base();
        QJsonObject document = metadata(issuer.toString());
        document.insert(u"token_endpoint"_s, u"http://idp.example.com/token"_s);
        m_server->serve(u"/.well-known/oauth-authorization-server"_s, document);
        QVERIFY(!discover(issuer).ok());
        QVERIFY(!discover(QUrl(u"http://idp.example.com"_s)).ok()); // not even asked
    }

    void noMetadata_saysSo()
    {
        const ApiResult<OAuthMetadata> found = discover(m_server->base());
        QVERIFY(!found.ok());
        QVERIFY(found.error().message.contains(u"no sign-in metadata"_s));
    }

    void signIn_andRefresh_useTheMetadataEndpoints()
    {
        const QUrl issuer = m_server->base();
        QJsonObject document = metadata(issuer.toString());
        document.insert(u"revocation_endpoint"_s, m_server->base().resolved(QUrl(u"/revoke"_s)).toString());
        m_server->serve(u"/.well-known/oauth-authorization-server"_s, document);
        const ApiResult<OAuthMetadata> found = discover(issuer);
        QVERIFY(found.ok());
        QCOMPARE(found->revocationEndpoint, m_server->base().resolved(QUrl(u"/revoke"_s)));
        m_admin->reset();

        HelpdeskClient client(m_sandbox->url());
        SsoSignIn::Opener opener = [this](const QUrl &authorize) {
            const QUrl location = logIn(authorize);
            if (location.isEmpty())
                return false;
            m_browser.get(location);
            return true;
        };
        const QString clientId = m_sandbox->startLine().value(u"oauth_client_id"_s).toString();
        SsoSignIn flow(&client, clientId, std::move(opener));
        flow.setEndpoints({found->authorizationEndpoint, found->tokenEndpoint});
        auto running = flow.run();
        const SsoSignIn::Outcome outcome = QCoro::waitFor(running);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));

        QTemporaryDir home;
        AccountRegistry registry(home.path());
        AccountInfo info;
        info.id = AccountRegistry::newId(m_sandbox->url());
        info.name = u"idp"_s;
        info.helpdeskUrl = m_sandbox->url();
        info.method = AccountInfo::SignInMethod::OAuth;
        info.oauthClientId = clientId;
        info.oauthIssuer = found->issuer;
        info.oauthTokenEndpoint = found->tokenEndpoint;
        info.oauthRevocationEndpoint = found->revocationEndpoint;
        info.added = QDateTime::currentDateTimeUtc();
        auto adding = Account::add(info, outcome.tokens, registry);
        Account::Opening opening = QCoro::waitFor(adding);
        QVERIFY2(opening.account, qPrintable(opening.message));
        QCOMPARE(registry.find(info.id)->oauthTokenEndpoint, tokenEndpoint());
        QCOMPARE(Account::tokenEndpoint(*registry.find(info.id)), tokenEndpoint());

        // A refresh goes to the metadata's token endpoint (another origin than the helpdesk).
        QVERIFY(m_admin->expireOAuthTokens(true, false) > 0);
        auto me = opening.account->api()->me();
        QVERIFY(QCoro::waitFor(me).ok());
        QCOMPARE(m_admin->requests("POST", u"/oauth/token"_s).size(), 2); // the code, the refresh

        // Signing out revokes at the server's RFC 7009 endpoint: the refresh token, then the
        // access token, each once; then the account is gone.
        const Keychain keychain = opening.account->keychain();
        auto readRefresh = keychain.read(u"refresh-token"_s);
        const QByteArray refreshToken = QCoro::waitFor(readRefresh).value();
        QVERIFY(!refreshToken.isEmpty());
        auto signingOut = SignOut::run(std::move(opening.account), registry, SignOut::Unsent::Keep);
        const SignOut::Result out = QCoro::waitFor(signingOut);
        QVERIFY2(out.ok(), qPrintable(out.message));
        QVERIFY2(out.revocation.contains(u"revoked at"_s), qPrintable(out.revocation));
        const auto posted = m_server->posted();
        QCOMPARE(posted.size(), 2);
        QCOMPARE(posted.at(0).first, u"/revoke"_s);
        QVERIFY(posted.at(0).second.contains(
            QByteArray("token=" + QUrl::toPercentEncoding(QString::fromUtf8(refreshToken)))));
        QVERIFY(posted.at(0).second.contains("token_type_hint=refresh_token"));
        QVERIFY(posted.at(1).second.contains("token_type_hint=access_token"));
        QVERIFY(registry.accounts().isEmpty());
        auto gone = keychain.read(u"refresh-token"_s);
        QVERIFY(QCoro::waitFor(gone).isNotFound());
    }

    void cli_signsInWithIssuer_andRefreshesThere()
    {
        const QUrl issuer = m_server->base();
        m_server->serve(u"/.well-known/oauth-authorization-server"_s, metadata(issuer.toString()));
        CliRunner runner;
        QProcess cli;
        cli.setProcessEnvironment(runner.environment());
        cli.start(CliRunner::executable(), {u"account"_s, u"add"_s, u"--url"_s, m_sandbox->url().toString(),
                                            u"--sso"_s, u"--issuer"_s, issuer.toString(), u"--no-browser"_s});
        QVERIFY(cli.waitForStarted());
        cli.closeWriteChannel();
        // The event loop runs meanwhile: this test's metadata server answers the CLI.
        QTRY_VERIFY_WITH_TIMEOUT(cli.canReadLine() || cli.state() == QProcess::NotRunning, 60000);
        QVERIFY2(cli.canReadLine(), cli.readAllStandardError().constData());
        const QUrl authorize(QString::fromUtf8(cli.readLine().trimmed()));
        QCOMPARE(authorize.adjusted(QUrl::RemoveQuery),
                 m_sandbox->url().resolved(QUrl(u"/oauth/authorize"_s)));
        const QUrl location = logIn(authorize);
        QVERIFY(!location.isEmpty());
        QCOMPARE(m_browser.get(location).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 120000);
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
                 cli.readAllStandardError().constData());

        const QJsonArray accounts =
            QJsonDocument::fromJson(runner.run({u"accounts"_s, u"--json"_s}).out).array();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.at(0)[u"oauth_issuer"].toString(), issuer.toString());
        QCOMPARE(QUrl(accounts.at(0)[u"oauth_token_endpoint"].toString()), tokenEndpoint());

        QVERIFY(m_admin->expireOAuthTokens(true, false) > 0);
        m_admin->reset();
        const CliRunner::Run synced = runner.run({u"sync"_s});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(m_admin->requests("POST", u"/oauth/token"_s).size(), 1);
        QCOMPARE(runner.run({u"wipe"_s, u"--yes"_s}).exitCode, 0);
    }

private:
    // The sandbox's token endpoint under another origin name (localhost, not 127.0.0.1): the
    // authorization server's, not the helpdesk's.
    QUrl tokenEndpoint() const
    {
        QUrl url = m_sandbox->url();
        url.setHost(u"localhost"_s);
        url.setPath(u"/oauth/token"_s);
        return url;
    }
    QJsonObject metadata(const QString &issuer) const
    {
        return {
            {u"issuer"_s, issuer},
            {u"authorization_endpoint"_s, m_sandbox->url().resolved(QUrl(u"/oauth/authorize"_s)).toString()},
            {u"token_endpoint"_s, tokenEndpoint().toString()},
            {u"response_types_supported"_s, QJsonArray{u"code"_s}},
            {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}}};
    }
    ApiResult<OAuthMetadata> discover(const QUrl &issuer)
    {
        HelpdeskClient client(m_sandbox->url());
        auto finding = OAuthMetadata::discover(&client, issuer);
        return QCoro::waitFor(finding);
    }
    QUrl logIn(const QUrl &authorize)
    {
        const auto page = m_browser.get(authorize);
        if (page.status != 200)
            return {};
        const QJsonObject agent = m_sandbox->agents().first().toObject();
        QList<QPair<QString, QString>> fields = LoginForm::hiddenFields(page.body);
        fields.append({u"email"_s, agent.value(u"email"_s).toString()});
        fields.append({u"password"_s, agent.value(u"password"_s).toString()});
        const auto submitted =
            m_browser.send("POST", m_sandbox->url().resolved(QUrl(u"/oauth/authorize"_s)),
                           LoginForm::form(fields), {}, "application/x-www-form-urlencoded");
        if (submitted.status != 302)
            return {};
        return QUrl(QString::fromUtf8(submitted.header("Location")));
    }

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxAdmin> m_admin;
    std::unique_ptr<DocumentServer> m_server;
    HttpProbe m_browser;
};

QTEST_GUILESS_MAIN(TestOAuthMetadata)
#include "tst_oauth_metadata.moc"
