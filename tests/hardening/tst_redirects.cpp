// Redirects (issue 7): a helpdesk, or something pretending to be it, sends Deskhand elsewhere —
// from https to http, to another port, to another host name, after a same-origin hop, for reads
// and for writes. The credentials must never reach the other origin: not one Authorization byte,
// and no request at all where the write would be re-sent.

#include "HardeningReport.h"
#include "SandboxProcess.h"
#include "ScriptedHttpServer.h"
#include "api/HelpdeskClient.h"

#include <QCoroTask>
#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString secret = QStringLiteral("9:REDIRECTCANARYSECRET");

} // namespace

class RedirectsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslConfiguration m_serverTls;
    QList<QSslCertificate> m_ca;
    int m_attempts = 0;
    int m_foreignRequests = 0;
    int m_foreignAuthorizations = 0;
    int m_refused = 0;

    HelpdeskClient::Options options() const
    {
        HelpdeskClient::Options options;
        options.maxAttempts = 2;
        options.backoffBase = std::chrono::milliseconds(10);
        options.deadline = std::chrono::seconds(20);
        options.extraCaCertificates = m_ca;
        return options;
    }

private slots:
    void initTestCase()
    {
        // The sandbox's throwaway CA and its certificate for 127.0.0.1 serve the https helpdesk.
        SandboxProcess::Options sandboxOptions;
        sandboxOptions.tickets = 1;
        sandboxOptions.tls = true;
        sandboxOptions.dataDir = m_dir.path();
        SandboxProcess sandbox(sandboxOptions);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        sandbox.stop();
        m_ca = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(!m_ca.isEmpty());
        QFile key(m_dir.filePath(QStringLiteral("server-key.pem")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_serverTls = QSslConfiguration::defaultConfiguration();
        m_serverTls.setLocalCertificateChain(
            QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("server.pem"))));
        m_serverTls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        QVERIFY(!m_serverTls.privateKey().isNull());
    }

    void credentialsStayHome_data()
    {
        QTest::addColumn<bool>("https");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("byName"); // the other origin as "localhost" instead of another port only
        QTest::addColumn<bool>("sameOriginHopFirst");
        QTest::newRow("https to http, GET 302")
            << true << QByteArray("GET") << QByteArray("302 Found") << false << false;
        QTest::newRow("https to http, POST 307")
            << true << QByteArray("POST") << QByteArray("307 Temporary Redirect") << false << false;
        QTest::newRow("https to http, PUT 308")
            << true << QByteArray("PUT") << QByteArray("308 Permanent Redirect") << false << false;
        QTest::newRow("other port, GET 301")
            << false << QByteArray("GET") << QByteArray("301 Moved Permanently") << false << false;
        QTest::newRow("other host name, GET 302")
            << false << QByteArray("GET") << QByteArray("302 Found") << true << false;
        QTest::newRow("other host name, POST 307")
            << false << QByteArray("POST") << QByteArray("307 Temporary Redirect") << true << false;
        QTest::newRow("DELETE 307") << false << QByteArray("DELETE") << QByteArray("307 Temporary Redirect")
                                    << false << false;
        QTest::newRow("same-origin hop, then away")
            << true << QByteArray("GET") << QByteArray("302 Found") << false << true;
    }

    void credentialsStayHome()
    {
        QFETCH(bool, https);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, status);
        QFETCH(bool, byName);
        QFETCH(bool, sameOriginHopFirst);
        ++m_attempts;

        ScriptedHttpServer elsewhere;
        elsewhere.answer = [](const QByteArray &) {
            return ScriptedHttpServer::reply("200 OK", "Content-Type: application/json\r\n",
                                             R"({"data": {}})");
        };
        QUrl target = elsewhere.url(QStringLiteral("/api/v2/me"));
        if (byName)
            target.setHost(QStringLiteral("localhost"));

        ScriptedHttpServer helpdesk(https ? m_serverTls : QSslConfiguration());
        helpdesk.answer = [&](const QByteArray &request) {
            if (sameOriginHopFirst && !request.contains("/hop "))
                return ScriptedHttpServer::reply(status, "Location: /api/v2/hop\r\n", {});
            return ScriptedHttpServer::reply(status, "Location: " + target.toEncoded() + "\r\n", {});
        };
        HelpdeskClient client(helpdesk.url(), ApiCredentials::apiKey(secret), options());
        HelpdeskRequest request = HelpdeskRequest::get(QStringLiteral("me"));
        request.method = method;
        if (method != "GET") {
            request.body = R"({"message": "hello"})";
            request.contentType = "application/json";
            request.repeatable = method == "PUT";
        }
        const ApiResult<HelpdeskResponse> result = QCoro::waitFor(client.send(request));

        m_foreignRequests += elsewhere.requests;
        m_foreignAuthorizations += elsewhere.authorizations;
        QVERIFY2(!result, "a redirect to another origin is not followed");
        QCOMPARE(result.error().kind, ApiError::Kind::Redirected);
        QVERIFY(result.error().message.contains(QStringLiteral("administrator")));
        QCOMPARE(elsewhere.requests, 0);
        QCOMPARE(elsewhere.authorizations, 0);
        for (const QByteArray &seen : std::as_const(elsewhere.seen))
            QVERIFY(!seen.contains(secret.toLatin1()));
        // The helpdesk itself saw the request with its credentials, once (twice with the hop).
        QCOMPARE(helpdesk.requests, sameOriginHopFirst ? 2 : 1);
        QCOMPARE(helpdesk.authorizations, helpdesk.requests);
        ++m_refused;
    }

    // Control: the scripted servers do count what reaches them (a direct call to "elsewhere").
    void theCountsCanSeeCredentials()
    {
        ScriptedHttpServer elsewhere;
        elsewhere.answer = [](const QByteArray &) {
            return ScriptedHttpServer::reply("200 OK", "Content-Type: application/json\r\n",
                                             R"({"data": {}})");
        };
        HelpdeskClient client(elsewhere.url(), ApiCredentials::apiKey(secret), options());
        QVERIFY(QCoro::waitFor(client.send(HelpdeskRequest::get(QStringLiteral("me")))));
        QCOMPARE(elsewhere.requests, 1);
        QCOMPARE(elsewhere.authorizations, 1);
        QVERIFY(elsewhere.seen.first().contains(secret.toLatin1()));
    }

    void cleanupTestCase()
    {
        HardeningReport::record(
            QStringLiteral("redirects"),
            QStringLiteral(
                "%1 redirects away from the helpdesk (https->http, other port, other host name, after a "
                "same-origin hop; GET, POST, PUT, DELETE; 301, 302, 307, 308)")
                .arg(m_attempts),
            QStringLiteral(
                "refused %1 of %2; requests at the other origin %3, Authorization headers there %4")
                .arg(m_refused)
                .arg(m_attempts)
                .arg(m_foreignRequests)
                .arg(m_foreignAuthorizations),
            m_attempts >= 8 && m_refused == m_attempts && m_foreignRequests == 0 &&
                m_foreignAuthorizations == 0);
    }
};

QTEST_GUILESS_MAIN(RedirectsTest)
#include "tst_redirects.moc"
