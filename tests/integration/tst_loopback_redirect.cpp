// The OAuth loopback redirect as a browser meets it: one decisive callback on 127.0.0.1, the
// state checked, the port gone afterwards; and PKCE's S256 challenge.

#include "HardeningReport.h"
#include "HttpProbe.h"
#include "auth/LoopbackRedirect.h"
#include "auth/Pkce.h"

#include <QNetworkInterface>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;
using Kind = LoopbackRedirect::Outcome::Kind;

namespace {

LoopbackRedirect::Pages pages()
{
    return {QStringLiteral("Signed in"), QStringLiteral("You can close this tab."),
            QStringLiteral("Sign-in failed"), QStringLiteral("Return to Deskhand and try again.")};
}

bool canConnect(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    return socket.waitForConnected(2000);
}

QUrl callback(const LoopbackRedirect &redirect, const QString &query)
{
    QUrl url = redirect.redirectUri();
    url.setQuery(query);
    return url;
}

} // namespace

class LoopbackRedirectTest : public QObject
{
    Q_OBJECT

    // For the hardening summary: forged callbacks tried and refused, PKCE runs and distinct ones.
    int m_attacks = 0;
    int m_refused = 0;
    QString m_external = QStringLiteral("no non-loopback address on this machine");
    int m_pkceRuns = 0;
    int m_pkceDistinct = 0;

private slots:
    void acceptsTheCodeWithTheRightStateOnce()
    {
        LoopbackRedirect redirect("s3cr3t-state", pages());
        QVERIFY(redirect.listen());
        QCOMPARE(redirect.redirectUri().host(), QStringLiteral("127.0.0.1"));
        const quint16 port = redirect.redirectUri().port();
        auto waiting = redirect.waitForCallback(30s);

        HttpProbe browser;
        const auto page = browser.get(callback(redirect, QStringLiteral("code=abc123&state=s3cr3t-state")));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Signed in"));
        QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));

        const auto outcome = QCoro::waitFor(waiting);
        QCOMPARE(outcome.kind, Kind::Code);
        QCOMPARE(outcome.code, QByteArray("abc123"));

        QVERIFY(!redirect.isListening());
        ++m_attacks;
        QVERIFY(!canConnect(QHostAddress::LocalHost, port)); // a second callback has nowhere to go
        ++m_refused;
    }

    void aWrongStateEndsTheFlow_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("wrong") << "code=abc&state=guessed";
        QTest::newRow("missing") << "code=abc";
        QTest::newRow("prefix") << "code=abc&state=s3cr3t";
        QTest::newRow("empty") << "code=abc&state=";
    }

    void aWrongStateEndsTheFlow()
    {
        QFETCH(QString, query);
        ++m_attacks;
        LoopbackRedirect redirect("s3cr3t-state", pages());
        QVERIFY(redirect.listen());
        const quint16 port = redirect.redirectUri().port();
        auto waiting = redirect.waitForCallback(30s);

        HttpProbe browser;
        const auto page = browser.get(callback(redirect, query));
        QCOMPARE(page.status, 400);
        QVERIFY(page.body.contains("Sign-in failed"));
        const auto outcome = QCoro::waitFor(waiting);
        QCOMPARE(outcome.kind, Kind::StateMismatch);
        QVERIFY(outcome.code.isEmpty());
        QVERIFY(!canConnect(QHostAddress::LocalHost, port));
        ++m_refused;
    }

    void otherPathsDoNotDecide()
    {
        LoopbackRedirect redirect("st", pages());
        QVERIFY(redirect.listen());
        auto waiting = redirect.waitForCallback(30s);
        HttpProbe browser;
        QUrl favicon = redirect.redirectUri();
        favicon.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(browser.get(favicon).status, 404);
        QVERIFY(redirect.isListening());
        QCOMPARE(browser.get(callback(redirect, QStringLiteral("code=c&state=st"))).status, 200);
        QCOMPARE(QCoro::waitFor(waiting).kind, Kind::Code);
    }

    void theIdpsRefusalIsReported()
    {
        LoopbackRedirect redirect("st", pages());
        QVERIFY(redirect.listen());
        auto waiting = redirect.waitForCallback(30s);
        HttpProbe browser;
        browser.get(callback(
            redirect, QStringLiteral("error=access_denied&error_description=User%20said%20no&state=st")));
        const auto outcome = QCoro::waitFor(waiting);
        QCOMPARE(outcome.kind, Kind::Denied);
        QCOMPARE(outcome.error, QStringLiteral("access_denied: User said no"));
    }

    void timesOutAndCloses()
    {
        LoopbackRedirect redirect("st", pages());
        QVERIFY(redirect.listen());
        const quint16 port = redirect.redirectUri().port();
        QCOMPARE(QCoro::waitFor(redirect.waitForCallback(200ms)).kind, Kind::TimedOut);
        QVERIFY(!canConnect(QHostAddress::LocalHost, port));
    }

    void cancelEndsTheWait()
    {
        LoopbackRedirect redirect("st", pages());
        QVERIFY(redirect.listen());
        auto waiting = redirect.waitForCallback(30s);
        QTimer::singleShot(50, &redirect, &LoopbackRedirect::cancel);
        QCOMPARE(QCoro::waitFor(waiting).kind, Kind::Cancelled);
        QVERIFY(!redirect.isListening());
    }

    void unreachableFromOtherAddresses()
    {
        LoopbackRedirect redirect("st", pages());
        QVERIFY(redirect.listen());
        const quint16 port = redirect.redirectUri().port();
        QHostAddress external;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
                external = address;
                break;
            }
        }
        if (external.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to try");
        ++m_attacks;
        m_external = QStringLiteral("via %1").arg(external.toString());
        QVERIFY(!canConnect(external, port));
        QVERIFY(canConnect(QHostAddress::LocalHost, port));
        ++m_refused;
    }

    void pkceMatchesRfc7636()
    {
        // RFC 7636, appendix B.
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void pkceIsFreshEveryTime()
    {
        QSet<QByteArray> verifiers, challenges;
        for (int i = 0; i < 100; ++i) {
            const Pkce pkce = Pkce::generate();
            QVERIFY(pkce.verifier().size() >= 43 && pkce.verifier().size() <= 128);
            QCOMPARE(Pkce::challengeFor(pkce.verifier()), pkce.challenge());
            verifiers.insert(pkce.verifier());
            challenges.insert(pkce.challenge());
        }
        m_pkceRuns = 100;
        m_pkceDistinct = int(challenges.size());
        QCOMPARE(verifiers.size(), 100);
        QCOMPARE(challenges.size(), 100);
    }

    void cleanupTestCase()
    {
        HardeningReport::record(
            QStringLiteral("sign-in-attacks/loopback"),
            QStringLiteral(
                "%1 forged callbacks at the loopback listener (wrong, missing, prefix and empty state; a "
                "second callback; a callback from another address: %2); %3 PKCE runs")
                .arg(m_attacks)
                .arg(m_external)
                .arg(m_pkceRuns),
            QStringLiteral("refused %1 of %2; distinct S256 challenges %3 of %4")
                .arg(m_refused)
                .arg(m_attacks)
                .arg(m_pkceDistinct)
                .arg(m_pkceRuns),
            m_attacks >= 5 && m_refused == m_attacks && m_pkceRuns == 100 && m_pkceDistinct == m_pkceRuns);
    }
};

QTEST_GUILESS_MAIN(LoopbackRedirectTest)
#include "tst_loopback_redirect.moc"
