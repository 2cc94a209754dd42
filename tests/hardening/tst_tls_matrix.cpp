// The TLS matrix (issue 7): Deskhand's API client against real TLS servers that must be refused —
// TLS 1.0 and 1.1 only, self-signed, expired, wrong host, an unknown CA, a pin that does not
// match — and ones that must be accepted (TLS 1.2 and 1.3 with the pinned key). The servers are
// `openssl s_server`, which prints every application byte it receives: on a refused handshake
// there must be none, and the account's credentials must never appear. The certificates come
// from the sandbox's throwaway CA (deskhand-sandbox --tls --tls-cert KIND writes them).

#include "HardeningReport.h"
#include "SandboxProcess.h"
#include "api/HelpdeskClient.h"
#include "api/PublicKeyPin.h"

#include <QCoroTask>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A secret no server may see: if it shows up in s_server's output, credentials leaked.
const QString canaryKey = QStringLiteral("7:TLSMATRIXCANARYSECRET");

// One `openssl s_server` on 127.0.0.1, serving a certificate with the given protocol options.
class TlsServer
{
public:
    // Echo: prints every application byte it receives and never answers. Answer: serves
    // the helpdesk's answers (see writeAnswers).
    enum class Mode { Echo, Answer };

    bool start(const QString &certificate, const QString &key, const QStringList &protocol, Mode mode)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Debian's openssl.cnf sets MinProtocol TLSv1.2: a legacy server needs the defaults.
        environment.insert(QStringLiteral("OPENSSL_CONF"), QStringLiteral("/dev/null"));
        m_process.setProcessEnvironment(environment);
        // -HTTP answers GET /path with the file ./path, which holds a whole HTTP response (see
        // writeAnswers); without it s_server echoes what it receives. Stdin stays open (EOF would
        // stop the server).
        writeAnswers();
        m_process.setWorkingDirectory(m_answers.path());
        m_process.start(
            QStringLiteral("openssl"),
            QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:0"),
                        QStringLiteral("-cert"), certificate, QStringLiteral("-key"), key} +
                (mode == Mode::Answer ? QStringList{QStringLiteral("-HTTP")} : QStringList()) + protocol);
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression accept(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)"));
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            m_process.waitForReadyRead(200);
            m_output += m_process.readAllStandardOutput();
            const QRegularExpressionMatch match = accept.match(QString::fromLatin1(m_output));
            if (match.hasMatch()) {
                m_port = match.captured(1).toInt();
                return true;
            }
        }
        return false;
    }
    ~TlsServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)); }

    // Everything the server printed (its application-data echo included) so far.
    QByteArray output()
    {
        QTest::qWait(200);
        m_output += m_process.readAllStandardOutput() + m_process.readAllStandardError();
        return m_output;
    }

private:
    // A helpdesk's answers to the two requests a pinned client makes, with their lengths.
    void writeAnswers()
    {
        for (const QString &path :
             {QStringLiteral("api/v2/helpdesk/discover"), QStringLiteral("api/v2/me")}) {
            QDir(m_answers.path()).mkpath(QFileInfo(path).path());
            QFile file(m_answers.filePath(path));
            if (file.open(QIODevice::WriteOnly))
                file.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n"
                           "Connection: close\r\n\r\n{\"data\":{}}");
        }
    }

    QTemporaryDir m_answers;
    QProcess m_process;
    QByteArray m_output;
    int m_port = 0;
};

// The sandbox's files: one CA per folder, server.pem for the good certificate and
// server-<kind>.pem for the bad ones.
struct Certificates
{
    QString folder;
    QString kind;
    QString suffix() const { return kind == QLatin1String("good") ? QString() : QLatin1Char('-') + kind; }
    QString certificate() const { return folder + QStringLiteral("/server%1.pem").arg(suffix()); }
    QString key() const { return folder + QStringLiteral("/server%1-key.pem").arg(suffix()); }
    QString ca() const { return folder + QStringLiteral("/ca.pem"); }
};

} // namespace

class TlsMatrixTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, Certificates> m_certificates; // by --tls-cert kind
    int m_refused = 0;
    int m_refusals = 0;
    int m_accepted = 0;
    int m_acceptances = 0;
    qsizetype m_bytesOnRefusal = 0;
    int m_credentialLeaks = 0;

    struct Attempt
    {
        ApiResult<HelpdeskResponse> result;
        QByteArray serverSaw;
    };

    Attempt attempt(const Certificates &certificates, const QStringList &protocol, bool trustCa,
                    const QList<QByteArray> &pins, TlsServer::Mode mode, std::chrono::seconds deadline)
    {
        TlsServer server;
        if (!server.start(certificates.certificate(), certificates.key(), protocol, mode))
            return {ApiError::make(ApiError::Kind::Network, QStringLiteral("s_server did not start")), {}};
        HelpdeskClient::Options options;
        options.maxAttempts = 1;
        options.deadline = deadline;
        if (trustCa)
            options.extraCaCertificates = QSslCertificate::fromPath(certificates.ca());
        options.publicKeyPins = pins;
        HelpdeskClient client(server.url(), ApiCredentials::apiKey(canaryKey), options);
        ApiResult<HelpdeskResponse> result =
            QCoro::waitFor(client.send(HelpdeskRequest::get(QStringLiteral("me"))));
        return {std::move(result), server.output()};
    }

    // The application bytes a server printed: an HTTP request line or header, or the secret.
    static qsizetype applicationBytes(const QByteArray &output)
    {
        static const QRegularExpression request(
            QStringLiteral("(GET|POST|PUT|DELETE) /[^\\n]*|Authorization:[^\\n]*"),
            QRegularExpression::CaseInsensitiveOption);
        qsizetype bytes = 0;
        for (auto it = request.globalMatch(QString::fromLatin1(output)); it.hasNext();)
            bytes += it.next().capturedLength();
        return bytes;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QFAIL("openssl is missing: ./run setup installs it");
        QVERIFY(m_dir.isValid());
        for (const QString &kind : {QStringLiteral("good"), QStringLiteral("expired"),
                                    QStringLiteral("wrong-host"), QStringLiteral("self-signed")}) {
            SandboxProcess::Options options;
            options.tickets = 1;
            options.tls = true;
            options.dataDir = m_dir.path();
            options.extraArgs = {QStringLiteral("--tls-cert"), kind};
            SandboxProcess sandbox(options);
            QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
            sandbox.stop();
            m_certificates.insert(kind, {options.dataDir, kind});
            QVERIFY(QFile::exists(m_certificates[kind].certificate()));
        }
    }

    // The echo server shows what reaches it: a trusted connection's request and credentials
    // (it never answers, so the call runs into its deadline). Without this the zeros below
    // would prove nothing.
    void echoServerSeesWhatArrives()
    {
        const Attempt tried = attempt(m_certificates[QStringLiteral("good")], {}, true, {},
                                      TlsServer::Mode::Echo, std::chrono::seconds(3));
        QVERIFY(!tried.result);
        QVERIFY2(applicationBytes(tried.serverSaw) > 0, tried.serverSaw.constData());
        QVERIFY(tried.serverSaw.contains("GET /api/v2/me"));
        QVERIFY(tried.serverSaw.contains(canaryKey.toLatin1()));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("protocol");
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<bool>("wrongPin");
        const QStringList legacy{QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")};
        QTest::newRow("TLS 1.0 only")
            << QStringLiteral("good") << (QStringList{QStringLiteral("-tls1")} + legacy) << true << false;
        QTest::newRow("TLS 1.1 only")
            << QStringLiteral("good") << (QStringList{QStringLiteral("-tls1_1")} + legacy) << true << false;
        QTest::newRow("self-signed") << QStringLiteral("self-signed") << QStringList() << true << false;
        QTest::newRow("expired") << QStringLiteral("expired") << QStringList() << true << false;
        QTest::newRow("wrong host") << QStringLiteral("wrong-host") << QStringList() << true << false;
        QTest::newRow("unknown CA") << QStringLiteral("good") << QStringList() << false << false;
        QTest::newRow("pin mismatch") << QStringLiteral("good") << QStringList() << true << true;
    }

    void refused()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, protocol);
        QFETCH(bool, trustCa);
        QFETCH(bool, wrongPin);
        ++m_refusals;
        const QList<QByteArray> pins{wrongPin ? QByteArray("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                                              : QByteArray()};
        const Attempt tried =
            attempt(m_certificates[kind], protocol, trustCa, wrongPin ? pins : QList<QByteArray>(),
                    TlsServer::Mode::Echo, std::chrono::seconds(20));
        const qsizetype bytes = applicationBytes(tried.serverSaw);
        const bool leaked = tried.serverSaw.contains(canaryKey.toLatin1());
        m_credentialLeaks += leaked ? 1 : 0;

        QVERIFY2(!tried.result, "the connection was refused");
        QCOMPARE(tried.result.error().kind, ApiError::Kind::Tls);
        // A message the agent can act on: which helpdesk, and what to ask.
        QVERIFY2(tried.result.error().message.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(tried.result.error().message));
        QVERIFY(tried.result.error().message.contains(QStringLiteral("administrator")));
        QVERIFY2(!leaked, "the credentials reached the server");
        if (wrongPin) {
            // The handshake itself succeeds; the pinned client proves the key with a request that
            // carries no credentials (see HelpdeskClient::perform) and then sends nothing more.
            QVERIFY(!tried.serverSaw.contains("Authorization"));
            QVERIFY(!tried.serverSaw.contains("/api/v2/me"));
        } else {
            m_bytesOnRefusal += bytes;
            QVERIFY2(bytes == 0, tried.serverSaw.constData());
        }
        ++m_refused;
    }

    void accepted_data()
    {
        QTest::addColumn<QStringList>("protocol");
        QTest::newRow("TLS 1.2, pinned") << QStringList{QStringLiteral("-tls1_2")};
        QTest::newRow("TLS 1.3, pinned") << QStringList{QStringLiteral("-tls1_3")};
    }

    void accepted()
    {
        QFETCH(QStringList, protocol);
        ++m_acceptances;
        const Certificates &good = m_certificates[QStringLiteral("good")];
        const QList<QSslCertificate> server = QSslCertificate::fromPath(good.certificate());
        QVERIFY(!server.isEmpty());
        const Attempt tried = attempt(good, protocol, true, {PublicKeyPin::of(server.first())},
                                      TlsServer::Mode::Answer, std::chrono::seconds(20));
        QVERIFY2(tried.result, qPrintable(tried.result ? QString() : tried.result.error().message));
        // The authenticated request went out and was answered, over the pinned key.
        QCOMPARE(tried.result->status, 200);
        ++m_accepted;
    }

    void cleanupTestCase()
    {
        HardeningReport::record(
            QStringLiteral("tls-matrix"),
            QStringLiteral(
                "%1 TLS servers (openssl s_server) to refuse: TLS 1.0-only, 1.1-only, self-signed, "
                "expired, wrong host, unknown CA, pin mismatch; %2 to accept: TLS 1.2 and 1.3 with "
                "the pinned key")
                .arg(m_refusals)
                .arg(m_acceptances),
            QStringLiteral(
                "refused %1 of %2 with a clear message, application bytes on refused handshakes %3, "
                "credential bytes to a refused server %4; accepted %5 of %6")
                .arg(m_refused)
                .arg(m_refusals)
                .arg(m_bytesOnRefusal)
                .arg(m_credentialLeaks)
                .arg(m_accepted)
                .arg(m_acceptances),
            m_refusals == 7 && m_refused == m_refusals && m_bytesOnRefusal == 0 && m_credentialLeaks == 0 &&
                m_acceptances == 2 && m_accepted == m_acceptances);
    }
};

QTEST_GUILESS_MAIN(TlsMatrixTest)
#include "tst_tls_matrix.moc"
