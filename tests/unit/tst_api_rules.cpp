// The client's rules that need no network: Retry-After, backoff, the certificate pin, the
// Authorization header.

#include "api/ApiCredentials.h"
#include "api/Backoff.h"
#include "api/PublicKeyPin.h"
#include "api/RetryAfter.h"

#include <QSslCertificate>
#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

namespace {

// An EC test certificate and its pin from
// openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64
const char testCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBezCCASGgAwIBAgIUIlpmm9RMprqUSfKH160xPCfliqIwCgYIKoZIzj0EAwIw
EzERMA8GA1UEAwwIcGluLnRlc3QwHhcNMjYxMTIzMTUzNjUxWhcNMzYxMTIwMTUz
NjUxWjATMREwDwYDVQQDDAhwaW4udGVzdDBZMBMGByqGSM49AgEGCCqGSM49AwEH
A0IABHw/cCsLrq5C1ymQGr4J382mQwmJH7hLcToZTClUqfPYruwCJQtg4NEoO7yQ
GULJQxq0481n3DlyKlnMvlol2PGjUzBRMB0GA1UdDgQWBBS9coRV6TiVCUWjECdr
J8BSFhhJ/DAfBgNVHSMEGDAWgBS9coRV6TiVCUWjECdrJ8BSFhhJ/DAPBgNVHRMB
Af8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIQDABhb+9vhIxfMGJxCnxxRWpUlM
EEmZFCQRHlLQuiXAEQIgaHiqNGUYSqgXYBR7LKrBCme+VjrW6cvGHTdafAkLVxo=
-----END CERTIFICATE-----
)";
const QByteArray testPin = "JUqdNGZieyIGtKSTZw4MiGkvwTXhVej/cF+1BYqxUbk=";

} // namespace

class ApiRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void retryAfterSeconds()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RetryAfter::parse("7", now), std::optional<std::chrono::milliseconds>(7s));
        QCOMPARE(RetryAfter::parse(" 0 ", now), std::optional<std::chrono::milliseconds>(0s));
        QCOMPARE(RetryAfter::parse("99999999999", now), std::optional<std::chrono::milliseconds>(7 * 24h));
        QVERIFY(!RetryAfter::parse("-1", now));
        QVERIFY(!RetryAfter::parse("", now));
        QVERIFY(!RetryAfter::parse("soon", now));
        QVERIFY(!RetryAfter::parse("1.5", now));
    }

    void retryAfterHttpDate_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT");
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994");
    }

    void retryAfterHttpDate()
    {
        QFETCH(QByteArray, value);
        const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
        QCOMPARE(RetryAfter::parseHttpDate(value), std::optional<QDateTime>(expected));
        QCOMPARE(RetryAfter::parse(value, expected.addSecs(-12)),
                 std::optional<std::chrono::milliseconds>(12s));
        // A date in the past means: now.
        QCOMPARE(RetryAfter::parse(value, expected.addSecs(60)),
                 std::optional<std::chrono::milliseconds>(0s));
    }

    void retryAfterBadDates()
    {
        for (const char *value : {"Sun, 31 Feb 2025 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 CET",
                                  "Sun, 06 Foo 1994 08:49:37 GMT", "06 Nov 1994"})
            QVERIFY2(!RetryAfter::parseHttpDate(value), value);
    }

    void backoffGrowsWithJitterUpToTheCap()
    {
        const Backoff backoff(100ms, 1000ms);
        QCOMPARE(backoff.ceiling(1), 100ms);
        QCOMPARE(backoff.ceiling(2), 200ms);
        QCOMPARE(backoff.ceiling(4), 800ms);
        QCOMPARE(backoff.ceiling(5), 1000ms);
        QCOMPARE(backoff.ceiling(500), 1000ms);
        bool varies = false;
        const auto first = backoff.delay(3);
        for (int i = 0; i < 200; ++i) {
            const auto d = backoff.delay(3);
            QVERIFY(d >= 200ms && d <= 400ms);
            varies = varies || d != first;
        }
        QVERIFY(varies);
    }

    void pinOfACertificate()
    {
        const QSslCertificate certificate(QByteArray(testCertificate), QSsl::Pem);
        QVERIFY(!certificate.isNull());
        QCOMPARE(PublicKeyPin::of(certificate), testPin);
        QVERIFY(PublicKeyPin::matches({certificate}, {"other", testPin}));
        QVERIFY(!PublicKeyPin::matches({certificate}, {"JUqdNGZieyIGtKSTZw4MiGkvwTXhVej/cF+1BYqxUbc="}));
        QVERIFY(!PublicKeyPin::matches({}, {testPin}));
    }

    void pinRefusesGarbage()
    {
        const QByteArray der = QSslCertificate(QByteArray(testCertificate), QSsl::Pem).toDer();
        QVERIFY(PublicKeyPin::subjectPublicKeyInfo(QByteArray()).isEmpty());
        QVERIFY(PublicKeyPin::subjectPublicKeyInfo("\x30\x84\xff\xff\xff\xff").isEmpty());
        for (qsizetype cut = 0; cut < der.size(); cut += 7)
            QVERIFY(PublicKeyPin::subjectPublicKeyInfo(der.left(cut)).isEmpty());
    }

    void authorizationHeaderForEveryKind()
    {
        QCOMPARE(ApiCredentials::apiKey(QStringLiteral("2:YWK2PGCS8CNW62SR8TBTBKWMY")).authorization(),
                 QByteArray("key 2:YWK2PGCS8CNW62SR8TBTBKWMY"));
        QCOMPARE(ApiCredentials::apiToken(QStringLiteral(" 18:BZWW\n")).authorization(),
                 QByteArray("token 18:BZWW"));
        QCOMPARE(ApiCredentials::oauth(QStringLiteral("abc")).authorization(), QByteArray("Bearer abc"));
        QCOMPARE(ApiCredentials::oauth(QStringLiteral("abc"), false).authorization(),
                 QByteArray("token abc"));
        QVERIFY(ApiCredentials().authorization().isEmpty());
        QVERIFY(ApiCredentials::apiKey(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ApiRulesTest)
#include "tst_api_rules.moc"
