// The main window shell: built in-process and checked widget by widget, and the real
// `deskhand` executable started headless against the sandbox, writing its screenshot.

#include "CliRunner.h"
#include "ConnectionIndicator.h"
#include "ConversationView.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "TicketListModel.h"
#include "account/Account.h"
#include "account/AccountRegistry.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

// Signs the CLI in to the sandbox with its API key (on stdin) and syncs the account.
bool signInAndSync(CliRunner &cli, const SandboxProcess &sandbox)
{
    return cli.run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--url"),
                    sandbox.url().toString(), QStringLiteral("--api-key-file"), QStringLiteral("-")},
                   sandbox.apiKey())
                   .exitCode == 0 &&
           cli.run({QStringLiteral("sync")}).exitCode == 0;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void hasTheAgentsAreas()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *queues = window.findChild<QTreeView *>(QStringLiteral("queues"));
        QVERIFY(queues);
        QVERIFY(queues->model()->rowCount() >= 4);
        auto *tickets = window.findChild<QTableView *>(QStringLiteral("tickets"));
        QVERIFY(tickets);
        QCOMPARE(tickets->model()->columnCount(), 9);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("ticketArea")));

        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Ticket"), QStringLiteral("View"),
                                     QStringLiteral("Help")}));
    }

    void everyAreaIsNamedForScreenReaders()
    {
        MainWindow window;
        for (const char *name : {"queues", "tickets", "ticketArea"}) {
            auto *widget = window.findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY(widget);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        QVERIFY(!window.connectionIndicator()->accessibleName().isEmpty());
    }

    void connectionIndicatorSaysItsState()
    {
        ConnectionIndicator indicator;
        QCOMPARE(indicator.state(), ConnectionIndicator::State::NoHelpdesk);
        indicator.setState(ConnectionIndicator::State::Unreachable, QStringLiteral("no route to host"));
        QVERIFY(indicator.text().contains(QStringLiteral("Offline")));
        QCOMPARE(indicator.toolTip(), QStringLiteral("no route to host"));
        QCOMPARE(indicator.accessibleDescription(), QStringLiteral("no route to host"));
    }

    void theApplicationStartsHeadlessAndShowsTheHelpdesk()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("window.png"));

        QProcess deskhand;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        deskhand.setProcessEnvironment(env);
        deskhand.start(QStringLiteral(DESKHAND_BIN), {QStringLiteral("--helpdesk"), sandbox.url().toString(),
                                                      QStringLiteral("--screenshot"), shot});
        QVERIFY(deskhand.waitForFinished(60000));
        QCOMPARE(deskhand.exitStatus(), QProcess::NormalExit);
        QCOMPARE(deskhand.exitCode(), 0);

        QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }

    void showsTheQueuesAndTicketsOfASyncedAccount()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through ./run test, which starts one with gnome-keyring.");
        SandboxProcess::Options options;
        options.tickets = 400;
        SandboxProcess sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        CliRunner cli;
        QVERIFY(signInAndSync(cli, sandbox));

        // The application itself, started headless on that account.
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("window.png"));
        QProcess deskhand;
        QProcessEnvironment env = cli.environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        deskhand.setProcessEnvironment(env);
        deskhand.start(QStringLiteral(DESKHAND_BIN), {QStringLiteral("--screenshot"), shot});
        QVERIFY(deskhand.waitForFinished(60000));
        QCOMPARE(deskhand.exitCode(), 0);
        QVERIFY(!QImage(shot).isNull());

        // The same in-process, looked at row by row.
        AccountRegistry registry(cli.home());
        const QList<AccountInfo> accounts = registry.accounts();
        QCOMPARE(accounts.size(), 1);
        Account::Opening opening = QCoro::waitFor(Account::open(accounts.constFirst(), registry));
        QVERIFY2(opening.account, qPrintable(opening.message));
        MainWindow window;
        window.showAccount(opening.account.get());
        TicketListModel *tickets = window.ticketList();
        QVERIFY(tickets->rowCount() > 0);
        // The counts are read off the UI thread: they follow the queue.
        QTRY_VERIFY2(window.queueList()->item(0)->text().contains(QLatin1Char('(')),
                     qPrintable(window.queueList()->item(0)->text())); // "My open tickets (123)"

        // Opening a ticket shows its conversation from the store.
        window.showTicket(0);
        const QString conversation = window.conversation()->toPlainText();
        QVERIFY(conversation.contains(tickets->ticketAt(0).subject));
        QVERIFY(conversation.contains(QStringLiteral("Reply")) ||
                conversation.contains(QStringLiteral("Internal note")));

        // j and k walk the list; the conversation follows.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QTableView *>(QStringLiteral("tickets"));
        list->setFocus();
        QTest::keyClick(&window, Qt::Key_J);
        const int afterJ = list->currentIndex().row();
        QTest::keyClick(&window, Qt::Key_J);
        QCOMPARE(list->currentIndex().row(), afterJ + 1);
        QVERIFY(window.conversation()->toPlainText().contains(tickets->ticketAt(afterJ + 1).subject));
        QTest::keyClick(&window, Qt::Key_K);
        QCOMPARE(list->currentIndex().row(), afterJ);

        window.showQueue(QStringLiteral("unassigned"));
        QVERIFY(tickets->rowCount() > 0);
        for (int row = 0; row < tickets->rowCount(); ++row)
            QVERIFY(tickets->index(row, TicketListModel::Agent).data().toString().isEmpty());

        window.showQueue(QStringLiteral("open"));
        tickets->sort(TicketListModel::Urgency, Qt::DescendingOrder);
        for (int row = 1; row < tickets->rowCount(); ++row)
            QVERIFY(tickets->index(row - 1, TicketListModel::Urgency).data().toInt() >=
                    tickets->index(row, TicketListModel::Urgency).data().toInt());

        // Long queues arrive a screenful first, then a page at a time as the list scrolls.
        QCOMPARE(tickets->rowCount(), TicketListModel::firstRows);
        QVERIFY(tickets->canFetchMore({}));
        tickets->fetchMore({});
        QCOMPARE(tickets->rowCount(), TicketListModel::pageSize);
        tickets->fetchMore({});
        QVERIFY(tickets->rowCount() > TicketListModel::pageSize);
        const QPointer<AccountSession> session = window.session();
        window.showAccount(nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(session.isNull(), 60000); // its sync over, before the account closes
    }

    // Without a Secret Service the window says what is missing and how to get it, and writes
    // nothing: no plaintext fallback, the account's store untouched.
    void withoutAKeychainSaysWhatIsMissing()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the tests through ./run test, which starts one with gnome-keyring.");
        SandboxProcess::Options options;
        options.tickets = 20;
        SandboxProcess sandbox(options);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        CliRunner cli;
        QVERIFY(signInAndSync(cli, sandbox));
        const auto filesOf = [&cli] {
            QStringList files;
            QDirIterator it(cli.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QFileInfo file(it.next());
                files << file.filePath() + QLatin1Char(' ') + QString::number(file.size()) +
                             QLatin1Char(' ') + file.lastModified().toString(Qt::ISODateWithMs);
            }
            files.sort();
            return files;
        };
        const QStringList before = filesOf();

        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("window.png"));
        QProcess deskhand;
        QProcessEnvironment env = cli.environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=%1").arg(dir.filePath(QStringLiteral("no-bus"))));
        deskhand.setProcessEnvironment(env);
        deskhand.start(QStringLiteral(DESKHAND_BIN), {QStringLiteral("--screenshot"), shot});
        QVERIFY(deskhand.waitForFinished(60000));
        const QString said = QString::fromUtf8(deskhand.readAllStandardError());
        QCOMPARE(deskhand.exitCode(), 1);
        QVERIFY2(said.contains(QStringLiteral("gnome-keyring or KWallet")), qPrintable(said));
        QVERIFY(!QImage(shot).isNull()); // the window is there, saying so
        QCOMPARE(filesOf(), before);

        // With the keychain back, the same account opens as before.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
        deskhand.setProcessEnvironment(env);
        deskhand.start(QStringLiteral(DESKHAND_BIN), {QStringLiteral("--screenshot"), shot});
        QVERIFY(deskhand.waitForFinished(60000));
        QCOMPARE(deskhand.exitCode(), 0);
    }

    void versionAndHelp()
    {
        QProcess deskhand;
        deskhand.start(QStringLiteral(DESKHAND_BIN), {QStringLiteral("--version")});
        QVERIFY(deskhand.waitForFinished(30000));
        QCOMPARE(deskhand.exitCode(), 0);
        QVERIFY(deskhand.readAllStandardOutput().startsWith("Deskhand "));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
