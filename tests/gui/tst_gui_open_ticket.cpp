// `deskhand --open ID|REF --screenshot FILE` opens a ticket from the store and shoots the window
// once it has loaded; an unknown ticket fails the run with a message. The window's layout is
// remembered between runs, and nothing but layout goes to the settings file.

#include "ConversationView.h"
#include "SignedInWindow.h"
#include "TicketListModel.h"
#include "WindowLayout.h"

#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

class OpenTicketTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;

    CliRunner::Run runDeskhand(const QStringList &arguments)
    {
        QProcess deskhand;
        QProcessEnvironment env = m_fixture.cli().environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        deskhand.setProcessEnvironment(env);
        deskhand.start(QStringLiteral(DESKHAND_BIN), arguments);
        CliRunner::Run run;
        if (!deskhand.waitForFinished(120000))
            return run;
        run.exitCode = deskhand.exitStatus() == QProcess::NormalExit ? deskhand.exitCode() : -1;
        run.out = deskhand.readAllStandardOutput();
        run.err = deskhand.readAllStandardError();
        return run;
    }

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error())); }

    void opensByIdOrRefAndShootsIt()
    {
        QVERIFY(m_fixture.clickQueue(QStringLiteral("all")));
        const Ticket ticket = m_fixture.window().ticketList()->ticketAt(3);
        QTemporaryDir dir;
        for (const QString &key : {QString::number(ticket.id), ticket.ref}) {
            const QString shot = dir.filePath(QStringLiteral("ticket-%1.png").arg(key));
            const CliRunner::Run run =
                runDeskhand({QStringLiteral("--open"), key, QStringLiteral("--screenshot"), shot});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QImage image(shot);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() >= 800);
        }

        // The same in-process: the conversation is the ticket's.
        QVERIFY(m_fixture.window().openTicketByKey(ticket.ref));
        QCOMPARE(m_fixture.window().openTicketId(), ticket.id);
        QVERIFY(m_fixture.window().conversation()->toPlainText().contains(ticket.subject));
        QVERIFY(m_fixture.window().openTicketByKey(QStringLiteral("ref:") + ticket.ref.toLower()));
    }

    void anUnknownTicketFailsTheRun()
    {
        QTemporaryDir dir;
        const CliRunner::Run run =
            runDeskhand({QStringLiteral("--open"), QStringLiteral("NOPE-0000-NOPE"),
                         QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("NOPE-0000-NOPE"), run.err.constData());
        QVERIFY(!m_fixture.window().openTicketByKey(QStringLiteral("999999999")));
    }

    void layoutIsRememberedAndOnlyLayout()
    {
        QTemporaryDir dir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        auto *splitter = m_fixture.window().findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({300, 500, 640});
        const QList<int> sizes = splitter->sizes();
        WindowLayout::save(&m_fixture.window());

        MainWindow other;
        other.resize(1440, 860);
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        auto *otherSplitter = other.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(otherSplitter->sizes() != sizes);
        WindowLayout::restore(&other);
        QCOMPARE(otherSplitter->sizes(), sizes);

        // Layout only: no account, helpdesk or key in the file.
        QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(files.hasNext());
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY(!text.contains(m_fixture.sandbox().apiKey().split(':').last()));
            QVERIFY(!text.contains(QByteArray(m_fixture.sandbox().url().host().toUtf8() + ':')));
            QVERIFY(!text.contains(m_fixture.account().info().id.toUtf8()));
        }
    }
};

QTEST_MAIN(OpenTicketTest)
#include "tst_gui_open_ticket.moc"
