// The main window shell: built in-process and checked widget by widget, and the real
// `deskhand` executable started headless against the sandbox, writing its screenshot.

#include "ConnectionIndicator.h"
#include "MainWindow.h"
#include "SandboxProcess.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

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
