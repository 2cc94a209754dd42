#include "api/HelpdeskAddress.h"

#include <QTest>

class HelpdeskAddressTest : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::newRow("bare host") << "acme.deskpro.com"
                                   << "https://acme.deskpro.com";
        QTest::newRow("spaces and case") << "  https://ACME.deskpro.com/  "
                                         << "https://acme.deskpro.com";
        QTest::newRow("agent page") << "https://acme.deskpro.com/agent/#app.tickets"
                                    << "https://acme.deskpro.com";
        QTest::newRow("api url") << "https://acme.deskpro.com/api/v2/tickets?count=5"
                                 << "https://acme.deskpro.com";
        QTest::newRow("on-prem sub-path") << "https://example.com/deskpro/agent/"
                                          << "https://example.com/deskpro";
        QTest::newRow("plain http kept") << "http://127.0.0.1:8080"
                                         << "http://127.0.0.1:8080";
        QTest::newRow("path that only starts like agent") << "https://example.com/agents-desk"
                                                          << "https://example.com/agents-desk";
    }

    void normalises()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        const HelpdeskAddress address = HelpdeskAddress::parse(typed);
        QVERIFY2(address.isValid(), qPrintable(address.error()));
        QCOMPARE(address.url().toString(), url);
    }

    void buildsApiUrls()
    {
        const HelpdeskAddress address = HelpdeskAddress::parse(QStringLiteral("https://example.com/deskpro"));
        QCOMPARE(address.apiUrl(QStringLiteral("helpdesk/discover")).toString(),
                 QStringLiteral("https://example.com/deskpro/api/v2/helpdesk/discover"));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("hint");
        QTest::newRow("empty") << "   "
                               << "Enter";
        QTest::newRow("other scheme") << "ftp://example.com"
                                      << "ftp://";
        QTest::newRow("credentials") << "https://agent:secret@example.com"
                                     << "password";
        QTest::newRow("no host") << "https://"
                                 << "not a web address";
    }

    void refuses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, hint);
        const HelpdeskAddress address = HelpdeskAddress::parse(typed);
        QVERIFY(!address.isValid());
        QVERIFY2(address.error().contains(hint), qPrintable(address.error()));
        QVERIFY(address.url().isEmpty());
    }
};

QTEST_GUILESS_MAIN(HelpdeskAddressTest)
#include "tst_helpdesk_address.moc"
