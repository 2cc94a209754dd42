// The account switcher: lists the registry's helpdesks, marks the one shown, emits the one the
// agent picks (and nothing when it is the same), offers "Add a helpdesk…", and sees accounts
// another process (the CLI) added once refreshed.

#include "AccountSwitcher.h"
#include "account/AccountRegistry.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class AccountSwitcherTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static AccountInfo account(const QString &name, const QString &url, const QString &agent)
    {
        AccountInfo info;
        info.helpdeskUrl = QUrl(url);
        info.id = AccountRegistry::newId(info.helpdeskUrl);
        info.name = name;
        info.agentName = agent;
        info.added = QDateTime::currentDateTimeUtc();
        return info;
    }

private slots:
    void listsChoosesAndRefreshes()
    {
        AccountRegistry registry(m_home.path());
        QString error;
        const AccountInfo acme = account(u"acme.deskpro.com"_s, u"https://acme.deskpro.com"_s, u"Ana"_s);
        const AccountInfo brand = account(u"Brand B"_s, u"https://support.brand-b.example"_s, u"Ana B."_s);
        QVERIFY2(registry.save(acme, &error), qPrintable(error));
        QVERIFY2(registry.save(brand, &error), qPrintable(error));

        AccountSwitcher switcher(registry);
        QComboBox *list = switcher.list();
        QCOMPARE(switcher.accounts().size(), 2);
        QCOMPARE(list->itemText(0), u"acme.deskpro.com"_s);
        QCOMPARE(list->itemText(1), u"Brand B (support.brand-b.example)"_s);
        QVERIFY(list->itemData(1, Qt::ToolTipRole).toString().contains(u"Ana B."_s));
        QCOMPARE(list->itemText(list->count() - 1), u"Add a helpdesk…"_s);

        switcher.setCurrent(acme.id);
        QCOMPARE(list->currentIndex(), 0);
        QSignalSpy chosen(&switcher, &AccountSwitcher::accountChosen);
        QSignalSpy add(&switcher, &AccountSwitcher::addRequested);

        emit list->activated(0); // the one shown: nothing to do
        QCOMPARE(chosen.count(), 0);
        list->setCurrentIndex(1);
        emit list->activated(1);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().value<AccountInfo>().id, brand.id);
        QCOMPARE(switcher.current(), brand.id);

        const int addRow = list->count() - 1;
        list->setCurrentIndex(addRow);
        emit list->activated(addRow);
        QCOMPARE(add.count(), 1);
        QCOMPARE(list->currentIndex(), 1); // still shows the account in use

        // Another process adds one; the switcher sees it once refreshed, keeping the current one.
        const AccountInfo third = account(u"third"_s, u"https://third.example"_s, u"Ana"_s);
        QVERIFY(AccountRegistry(m_home.path()).save(third, &error));
        switcher.refresh();
        QCOMPARE(switcher.accounts().size(), 3);
        QCOMPARE(list->currentData().toString(), brand.id);
    }

    void noAccounts_onlyOffersToAdd()
    {
        QTemporaryDir empty;
        AccountRegistry registry(empty.path());
        AccountSwitcher switcher(registry);
        QCOMPARE(switcher.list()->count(), 1);
        QSignalSpy add(&switcher, &AccountSwitcher::addRequested);
        emit switcher.list()->activated(0);
        QCOMPARE(add.count(), 1);
    }
};

QTEST_MAIN(AccountSwitcherTest)
#include "tst_account_switcher.moc"
