// Several helpdesks in one window: two accounts (two sandbox helpdesks, signed in with
// deskhand-cli into the same home and the real keychain), switched with the switcher in the
// status bar, and one signed out from the Account menu — its unsent reply discarded only after the
// agent said so, its store, keychain items and registry entry gone, the other account shown again.

#include "AccountController.h"
#include "AccountSwitcher.h"
#include "CliRunner.h"
#include "HttpProbe.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "SettingsDialog.h"
#include "account/Account.h"
#include "account/AccountRegistry.h"
#include "secrets/Keychain.h"
#include "store/OutboxRepository.h"
#include "store/Store.h"
#include "store/StoreWriter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

class AccountControllerTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_first;
    std::unique_ptr<SandboxProcess> m_second;
    CliRunner m_cli;

    bool addAccount(SandboxProcess &sandbox, const QString &name)
    {
        const auto added =
            m_cli.run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"),
                       sandbox.url().toString(), QStringLiteral("--api-key-file"), QStringLiteral("-"),
                       QStringLiteral("--name"), name},
                      sandbox.apiKey());
        const auto synced = m_cli.run({QStringLiteral("--account"), name, QStringLiteral("sync")});
        if (added.exitCode != 0 || synced.exitCode != 0)
            qWarning() << added.err << synced.err;
        return added.exitCode == 0 && synced.exitCode == 0;
    }

    // Answers the next message box by the button whose text contains `choice`.
    static void answerNextMessageBox(const QString &choice)
    {
        QTimer::singleShot(0, [choice] {
            for (int attempt = 0; attempt < 200; ++attempt) {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    auto *box = qobject_cast<QMessageBox *>(widget);
                    if (!box || !box->isVisible())
                        continue;
                    for (QAbstractButton *button : box->buttons()) {
                        if (button->text().remove(QLatin1Char('&')).contains(choice)) {
                            button->click();
                            return;
                        }
                    }
                }
                QTest::qWait(50);
            }
        });
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through ./run test, which starts one with gnome-keyring.");
        for (auto *sandbox : {&m_first, &m_second}) {
            SandboxProcess::Options options;
            options.tickets = 20;
            options.seed = sandbox == &m_first ? 3 : 4;
            *sandbox = std::make_unique<SandboxProcess>(options);
            QVERIFY2((*sandbox)->start(), qPrintable((*sandbox)->errorString()));
        }
        QVERIFY(addAccount(*m_first, QStringLiteral("first")));
        QVERIFY(addAccount(*m_second, QStringLiteral("second")));
        qputenv("DESKHAND_HOME", QFile::encodeName(m_cli.home()));
    }

    // Switching away while the account syncs: the window shows the other account at once, and
    // the first account closes only after its sync is over (the sync's coroutine still uses it).
    void switchingAwayMidSyncClosesTheAccountAfterItsSync()
    {
        AccountRegistry registry;
        const auto first = registry.find(QStringLiteral("first"));
        const auto second = registry.find(QStringLiteral("second"));
        QVERIFY(first && second);
        HttpProbe admin;
        admin.setKey(m_first->adminKey());
        const QUrl faults(m_first->url().toString() + QStringLiteral("/_sandbox/faults"));
        QCOMPARE(admin
                     .sendJson("PUT", faults,
                               QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                                                      {QStringLiteral("ms"), 1500}}})
                     .status,
                 200);

        MainWindow window;
        AccountController accounts(registry, window);
        window.show();
        accounts.open(*first);
        QTRY_VERIFY_WITH_TIMEOUT(accounts.current() && accounts.current()->info().id == first->id, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->isSyncing(), 30000);
        const QPointer<Account> leaving = accounts.current();
        const QPointer<AccountSession> leavingSession = window.session();

        accounts.open(*second);
        QTRY_VERIFY_WITH_TIMEOUT(accounts.current() && accounts.current()->info().id == second->id, 30000);
        QVERIFY(window.windowTitle().contains(QStringLiteral("second")));
        QVERIFY(window.session() != leavingSession);
        QVERIFY2(leaving && leavingSession, "the first account closed while its sync was in flight");

        QTRY_VERIFY_WITH_TIMEOUT(leavingSession.isNull(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(leaving.isNull(), 5000);
        QCOMPARE(admin.sendJson("PUT", faults, QJsonArray{}).status, 200);
    }

    // Settings lists the signed-in helpdesks and keeps the open one's certificate pin: a malformed
    // pin is refused in the dialog, a well-formed one is stored and the account opened again with it.
    void settingsListAccountsAndKeepACertificatePin()
    {
        AccountRegistry registry;
        const auto first = registry.find(QStringLiteral("first"));
        QVERIFY(first && registry.find(QStringLiteral("second")));
        QVERIFY(first->spkiPin.isEmpty());

        MainWindow window;
        AccountController accounts(registry, window);
        window.show();
        accounts.open(*first);
        QTRY_VERIFY_WITH_TIMEOUT(accounts.current() && accounts.current()->info().id == first->id, 30000);

        const auto openSettings = [&window]() -> SettingsDialog * {
            window.showSettings();
            SettingsDialog *dialog = nullptr;
            const bool shown = QTest::qWaitFor(
                [&] { return (dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible(); });
            return shown ? dialog : nullptr;
        };
        SettingsDialog *settings = openSettings();
        QVERIFY(settings && settings->accountList());
        QStringList listed;
        for (int row = 0; row < settings->accountList()->count(); ++row)
            listed << settings->accountList()->item(row)->text();
        QCOMPARE(listed.size(), 2);
        QVERIFY2(listed.first().startsWith(QStringLiteral("first")) &&
                     listed.first().contains(QStringLiteral("open")),
                 qPrintable(listed.join(u'|')));
        QVERIFY(settings->findChild<QPushButton *>(QStringLiteral("addHelpdeskButton")));
        QVERIFY(settings->findChild<QPushButton *>(QStringLiteral("signOutButton")));

        auto *save = settings->findChild<QPushButton *>(QStringLiteral("settingsSave"));
        auto *error = settings->findChild<QLabel *>(QStringLiteral("settingsError"));
        QVERIFY(save && error);
        settings->certificatePinField()->setText(QStringLiteral("not a pin"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(settings->isVisible());
        QVERIFY(error->isVisible() && error->text().contains(QStringLiteral("Base64")));
        QVERIFY(registry.find(QStringLiteral("first"))->spkiPin.isEmpty());

        const QString pin = QString::fromLatin1(
            QCryptographicHash::hash("a helpdesk's public key", QCryptographicHash::Sha256).toBase64());
        settings->certificatePinField()->setText(pin);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        QCOMPARE(registry.find(QStringLiteral("first"))->spkiPin, pin);
        QTRY_VERIFY_WITH_TIMEOUT(accounts.current() && accounts.current()->info().spkiPin == pin, 30000);

        // And back to none.
        settings = openSettings();
        QVERIFY(settings);
        QCOMPARE(settings->certificatePin(), pin);
        settings->certificatePinField()->clear();
        QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("settingsSave")), Qt::LeftButton);
        QTRY_VERIFY(registry.find(QStringLiteral("first"))->spkiPin.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(accounts.current() && accounts.current()->info().spkiPin.isEmpty(), 30000);
    }

    void switchesAndSignsOut()
    {
        AccountRegistry registry;
        const auto first = registry.find(QStringLiteral("first"));
        const auto second = registry.find(QStringLiteral("second"));
        QVERIFY(first && second);

        MainWindow window;
        AccountController accounts(registry, window);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&accounts, &AccountController::accountShown);

        accounts.open(*first);
        QTRY_VERIFY_WITH_TIMEOUT(accounts.current() && accounts.current()->info().id == first->id, 30000);
        QVERIFY(window.windowTitle().contains(QStringLiteral("first")));
        QVERIFY(accounts.signOutAction()->isEnabled());

        // The switcher: the other helpdesk, chosen as an agent would.
        QComboBox *list = accounts.switcher()->list();
        const int other = list->findText(QStringLiteral("second"), Qt::MatchStartsWith);
        QVERIFY(other >= 0);
        list->setCurrentIndex(other);
        emit list->activated(other);
        QTRY_VERIFY_WITH_TIMEOUT(accounts.current() && accounts.current()->info().id == second->id, 30000);
        QVERIFY(window.windowTitle().contains(QStringLiteral("second")));
        QCOMPARE(accounts.switcher()->current(), second->id);

        // A reply the agent wrote that has not gone out yet.
        OutboxItem reply;
        reply.ticketId = 1;
        reply.payload = QJsonObject{{QStringLiteral("message"), QStringLiteral("<p>Not sent yet</p>")}};
        const auto queued = QCoro::waitFor(
            accounts.current()->store()->writer().write([reply](QSqlDatabase &db) -> StoreResult<> {
                const auto inserted = OutboxRepository(db).insert(reply);
                return inserted ? StoreResult<>() : StoreResult<>::failure(inserted.error());
            }));
        QVERIFY(queued.ok());
        const QString secondFolder = registry.dataFolder(second->id);
        QVERIFY(QDir(secondFolder).exists());

        // Sign out: asked first; Cancel keeps everything.
        answerNextMessageBox(QStringLiteral("Cancel"));
        accounts.signOutAction()->trigger();
        QCOMPARE(accounts.current()->info().id, second->id);
        QVERIFY(registry.find(QStringLiteral("second")));

        // Then the agent discards the unsent reply and signs out.
        QSignalSpy signedOut(&accounts, &AccountController::signedOut);
        answerNextMessageBox(QStringLiteral("Discard"));
        accounts.signOutAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, 60000);
        QCOMPARE(signedOut.first().first().toString(), second->id);
        QVERIFY(!registry.find(QStringLiteral("second")));
        QVERIFY(!QDir(secondFolder).exists());
        const KeychainResult key = QCoro::waitFor(Keychain(second->id).read(Keychain::storeKeyItem()));
        QVERIFY(key.isNotFound());
        // The other helpdesk comes back.
        QTRY_VERIFY_WITH_TIMEOUT(accounts.current() && accounts.current()->info().id == first->id, 30000);
        QCOMPARE(list->findText(QStringLiteral("second"), Qt::MatchStartsWith), -1);
    }
};

QTEST_MAIN(AccountControllerTest)
#include "tst_account_controller.moc"
