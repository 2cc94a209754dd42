// deskhand-sandbox with --tls: a throwaway CA, TLS 1.2/1.3 only, and deliberately bad
// server certificates for hardening tests.

#include "HttpProbe.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void certificateFiles_writtenToDataDir();
    void handshake_succeedsWithTheCa();
    void handshake_failsWithoutTheCa();
    void tls11Client_isRefused();
    void tls12Client_isAccepted();
    void restart_reusesTheCa();
    void badCertificates_data();
    void badCertificates();

private:
    QSslConfiguration trusting() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestSandboxTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    SandboxProcess::Options options;
    options.tickets = 5;
    options.tls = true;
    options.dataDir = m_dir.path();
    m_sandbox = std::make_unique<SandboxProcess>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QCOMPARE(m_sandbox->url().scheme(), u"https"_s);
}

QSslConfiguration TestSandboxTls::trusting() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(m_sandbox->caPath());
    return configuration;
}

void TestSandboxTls::certificateFiles_writtenToDataDir()
{
    const QString ca = m_sandbox->caPath();
    QVERIFY(QFileInfo(ca).isAbsolute());
    QCOMPARE(QFileInfo(ca).absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
    const QList<QSslCertificate> caCerts = QSslCertificate::fromPath(ca);
    QCOMPARE(caCerts.size(), 1);
    const QList<QSslCertificate> server = QSslCertificate::fromPath(m_dir.filePath(u"server.pem"_s));
    QCOMPARE(server.size(), 1);
    QCOMPARE(server.first().issuerInfo(QSslCertificate::CommonName),
             caCerts.first().subjectInfo(QSslCertificate::CommonName));
    const auto names = server.first().subjectAlternativeNames();
    QVERIFY(names.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
    QVERIFY(names.values(QSsl::DnsEntry).contains(u"localhost"_s));
    const QList<QSslError> errors = QSslCertificate::verify(server, u"localhost"_s);
    Q_UNUSED(errors); // without the CA in the system store this reports an unknown issuer
    for (const char *key : {"server-key.pem", "ca-key.pem"}) {
        const QFile::Permissions permissions = QFile::permissions(m_dir.filePath(QString::fromLatin1(key)));
        QCOMPARE(permissions & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }
}

void TestSandboxTls::handshake_succeedsWithTheCa()
{
    HttpProbe probe;
    probe.setSslConfiguration(trusting());
    const auto result = probe.get(m_sandbox->url().resolved(QUrl(u"/api/v2/helpdesk/discover"_s)));
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QVERIFY(result.data().toObject().value(u"helpdesk_url"_s).toString().startsWith(u"https://"_s));

    // localhost is in the certificate too.
    QUrl byName = m_sandbox->url();
    byName.setHost(u"localhost"_s);
    const auto named = probe.get(byName.resolved(QUrl(u"/api/v2/helpdesk/discover"_s)));
    QCOMPARE(named.status, 200);
}

void TestSandboxTls::handshake_failsWithoutTheCa()
{
    HttpProbe probe;
    const auto result = probe.get(m_sandbox->url().resolved(QUrl(u"/api/v2/helpdesk/discover"_s)));
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSandboxTls::tls11Client_isRefused()
{
    QSslSocket socket;
    QSslConfiguration configuration = trusting();
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    configuration.setProtocol(QSsl::TlsV1_1);
    QT_WARNING_POP
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(m_sandbox->url().host(), quint16(m_sandbox->url().port()));
    QVERIFY(!socket.waitForEncrypted(10000));
    QVERIFY(!socket.isEncrypted());

    // And the server still serves modern clients.
    HttpProbe probe;
    probe.setSslConfiguration(trusting());
    QCOMPARE(probe.get(m_sandbox->url().resolved(QUrl(u"/api/v2/helpdesk/discover"_s))).status, 200);
}

void TestSandboxTls::tls12Client_isAccepted()
{
    QSslSocket socket;
    QSslConfiguration configuration = trusting();
    configuration.setProtocol(QSsl::TlsV1_2);
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(m_sandbox->url().host(), quint16(m_sandbox->url().port()));
    QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
    QCOMPARE(socket.sessionProtocol(), QSsl::TlsV1_2);
}

void TestSandboxTls::restart_reusesTheCa()
{
    const QByteArray before = [&] {
        QFile file(m_sandbox->caPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!before.isEmpty());
    m_sandbox->stop();
    SandboxProcess::Options options;
    options.tickets = 5;
    options.tls = true;
    options.dataDir = m_dir.path();
    m_sandbox = std::make_unique<SandboxProcess>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QFile file(m_sandbox->caPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    HttpProbe probe;
    probe.setSslConfiguration(trusting());
    QCOMPARE(probe.get(m_sandbox->url().resolved(QUrl(u"/api/v2/helpdesk/discover"_s))).status, 200);
}

void TestSandboxTls::badCertificates_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::newRow("expired") << u"expired"_s << int(QSslError::CertificateExpired);
    QTest::newRow("wrong-host") << u"wrong-host"_s << int(QSslError::HostNameMismatch);
    QTest::newRow("self-signed") << u"self-signed"_s << int(QSslError::SelfSignedCertificate);
}

void TestSandboxTls::badCertificates()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);
    SandboxProcess::Options options;
    options.tickets = 5;
    options.tls = true;
    options.dataDir = m_dir.path();
    options.extraArgs = {u"--tls-cert"_s, kind};
    SandboxProcess bad(options);
    QVERIFY2(bad.start(), qPrintable(bad.errorString()));

    QSslSocket socket;
    socket.setSslConfiguration(trusting());
    QList<QSslError> errors;
    connect(&socket, &QSslSocket::sslErrors, this, [&](const QList<QSslError> &list) { errors = list; });
    socket.connectToHostEncrypted(bad.url().host(), quint16(bad.url().port()));
    QVERIFY(!socket.waitForEncrypted(10000));
    bool found = false;
    for (const QSslError &error : std::as_const(errors))
        found = found || int(error.error()) == expected;
    QVERIFY2(found, qPrintable(socket.errorString()));
    bad.stop();
}

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "tst_sandbox_tls.moc"
