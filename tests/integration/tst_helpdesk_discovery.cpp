// HelpdeskDiscovery against real servers: the sandbox (plain and TLS), a web server that is not
// a Deskpro, and a port where nothing listens.

#include "SandboxProcess.h"
#include "api/HelpdeskDiscovery.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class HelpdeskDiscoveryTest : public QObject
{
    Q_OBJECT

    HelpdeskDiscovery::Result discover(const QString &typed)
    {
        QNetworkAccessManager network;
        HelpdeskDiscovery discovery(&network);
        return QCoro::waitFor(discovery.discover(HelpdeskAddress::parse(typed)));
    }

private slots:
    void findsTheSandbox()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const auto result = discover(sandbox.url().toString());
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.info.build.isEmpty());
        QVERIFY(!result.info.buildName.isEmpty());
        QVERIFY(!result.info.isCloud);
        QCOMPARE(result.info.helpdeskUrl.host(), sandbox.url().host());
    }

    void acceptsAPastedAgentAddress()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const auto result = discover(sandbox.url().toString() + QStringLiteral("/agent/#app.tickets,t.o:12"));
        QVERIFY2(result.ok(), qPrintable(result.message));
    }

    void tellsWhenTheServerIsNotADeskpro()
    {
        QTcpServer web;
        QVERIFY(web.listen(QHostAddress::LocalHost));
        connect(&web, &QTcpServer::newConnection, &web, [&web] {
            QTcpSocket *socket = web.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20\r\n"
                              "Connection: close\r\n\r\n<html>Hello!</html>\n");
                socket->disconnectFromHost();
            });
        });
        const auto result = discover(QStringLiteral("http://127.0.0.1:%1").arg(web.serverPort()));
        QCOMPARE(result.failure, HelpdeskDiscovery::Failure::NotADeskpro);
        QVERIFY(result.message.contains(QStringLiteral("not as a Deskpro")));
    }

    void tellsWhenNothingListens()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const auto result = discover(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(result.failure, HelpdeskDiscovery::Failure::Unreachable);
        QVERIFY(result.message.contains(QStringLiteral("127.0.0.1")));
    }

    void refusesAnUntrustedCertificate()
    {
        SandboxProcess::Options options;
        options.tls = true;
        SandboxProcess sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.url().scheme(), QStringLiteral("https"));
        const auto result = discover(sandbox.url().toString());
        QCOMPARE(result.failure, HelpdeskDiscovery::Failure::TlsProblem);
        QVERIFY(!result.message.isEmpty());
    }

    void rejectsAnAddressThatIsNotAWebAddress()
    {
        const auto result = discover(QStringLiteral("ftp://files.example.com"));
        QVERIFY(!result.ok());
        QVERIFY(result.message.contains(QStringLiteral("https://")));
    }
};

QTEST_GUILESS_MAIN(HelpdeskDiscoveryTest)
#include "tst_helpdesk_discovery.moc"
