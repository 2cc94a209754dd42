// Where accounts live: the application and deskhand-cli find the same ones without any setting,
// and DESKHAND_HOME moves them.

#include "account/AccountRegistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class AccountRegistryTest : public QObject
{
    Q_OBJECT

private slots:
    void theApplicationAndTheCliShareTheirAccounts()
    {
        QTemporaryDir data;
        qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
        qunsetenv("DESKHAND_HOME");
        QCoreApplication::setOrganizationName(QStringLiteral("Deskhand"));
        QCoreApplication::setApplicationName(QStringLiteral("Deskhand"));
        const QString forTheApplication = AccountRegistry::homeFolder();
        QCoreApplication::setApplicationName(QStringLiteral("deskhand-cli"));
        const QString forTheCli = AccountRegistry::homeFolder();
        QCOMPARE(forTheCli, forTheApplication);
        QCOMPARE(QDir(forTheCli).absolutePath(), QDir(data.filePath(QStringLiteral("Deskhand"))).absolutePath());
    }

    void deskhandHomeMovesThem()
    {
        QTemporaryDir home;
        qputenv("DESKHAND_HOME", QFile::encodeName(home.path()));
        QCOMPARE(AccountRegistry::homeFolder(), QDir(home.path()).absolutePath());
        qunsetenv("DESKHAND_HOME");
    }
};

QTEST_GUILESS_MAIN(AccountRegistryTest)
#include "tst_account_registry.moc"
