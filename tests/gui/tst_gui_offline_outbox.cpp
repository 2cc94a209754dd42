// Offline work: the helpdesk goes away (the sandbox's offline fault), the agent replies and
// changes a ticket anyway; the status bar says offline and counts what waits; the helpdesk comes
// back and everything is sent, once, without the agent doing anything. The outbox view shows
// what waits meanwhile and sends on request.

#include "ComposerEditor.h"
#include "ComposerWidget.h"
#include "ConnectionIndicator.h"
#include "ConversationView.h"
#include "OutboxDialog.h"
#include "SignedInWindow.h"
#include "StatusArea.h"
#include "TicketListModel.h"
#include "sync/Outbox.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

class OfflineOutboxTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;

    QString outboxText() const { return m_fixture.window().statusArea()->outboxButton()->text(); }
    ConnectionIndicator::State connection() const
    {
        return m_fixture.window().connectionIndicator()->state();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
    }

    void init() { QVERIFY(m_fixture.activate()); }

    void workQueuedOfflineIsSentWhenTheHelpdeskIsBack()
    {
        // A sync first: the status bar says online.
        QSignalSpy synced(&m_fixture.session(), &AccountSession::syncFinished);
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        QCOMPARE(connection(), ConnectionIndicator::State::Online);
        QCOMPARE(outboxText(), QStringLiteral("Outbox empty"));

        QVERIFY(m_fixture.clickTicket(0));
        const qint64 ticketId = m_fixture.window().openTicketId();
        const QString mark = SignedInWindow::marker();

        QVERIFY(m_fixture.admin().setFaults({QJsonObject{{QStringLiteral("kind"), QStringLiteral("offline")},
                                                         {QStringLiteral("duration_ms"), 8000},
                                                         {QStringLiteral("now"), true}}}));

        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_R);
        ComposerEditor *editor = m_fixture.window().composer()->editor();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("Written offline ") + mark);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        // Queued at once, shown as waiting, counted; the window did not wait for the network.
        QTRY_VERIFY(m_fixture.window().conversation()->toPlainText().contains(mark));
        QVERIFY(
            m_fixture.window().conversation()->toPlainText().contains(QStringLiteral("waiting to be sent")));
        QTRY_COMPARE_WITH_TIMEOUT(connection(), ConnectionIndicator::State::Unreachable, 30000);
        QVERIFY(!m_fixture.window().connectionIndicator()->toolTip().isEmpty());

        // A property change offline too: Esc back to the list, a for "assign to me".
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(m_fixture.window().ticketView()->hasFocus());
        const qint64 me = m_fixture.myPersonId();
        const bool wasMine = m_fixture.window().ticketList()->ticketAt(0).agentId == me;
        if (!wasMine) {
            QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_A);
            QTRY_COMPARE(outboxText(), QStringLiteral("Outbox: 2 waiting"));
        } else {
            QTRY_COMPARE(outboxText(), QStringLiteral("Outbox: 1 waiting"));
        }

        // The outbox view lists what waits.
        QTest::mouseClick(m_fixture.window().statusArea()->outboxButton(), Qt::LeftButton);
        OutboxDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_fixture.window().outboxDialog()) && dialog->isVisible());
        QCOMPARE(dialog->items().size(), wasMine ? 1 : 2);

        // Back: the outbox sends by itself (its retries), and the window follows.
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteMessagesWith(ticketId, mark).size(), 1, 60000);
        if (!wasMine)
            QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteTicket(ticketId).value(u"agent").toInteger(), me,
                                      60000);
        QTRY_COMPARE_WITH_TIMEOUT(outboxText(), QStringLiteral("Outbox empty"), 30000);
        QTRY_COMPARE(connection(), ConnectionIndicator::State::Online);
        QTRY_VERIFY(dialog->items().isEmpty());
        QTRY_VERIFY(
            !m_fixture.window().conversation()->toPlainText().contains(QStringLiteral("waiting to be sent")));
        // Exactly once: one accepted POST of the reply.
        int created = 0;
        for (const QJsonObject &request :
             m_fixture.admin().requests("POST", QStringLiteral("/api/v2/tickets/%1/messages").arg(ticketId)))
            created += request.value(u"status").toInt() == 201 ? 1 : 0;
        QCOMPARE(created, 1);
        dialog->close();
    }

    void sendNowFromTheOutboxView()
    {
        // The outbox would only try again in ten minutes: "Send Now" is what sends it.
        m_fixture.session().outbox().setRetryDelays(std::chrono::minutes(10), std::chrono::minutes(10));
        QVERIFY(m_fixture.clickTicket(1));
        const qint64 ticketId = m_fixture.window().openTicketId();
        const QString mark = SignedInWindow::marker();
        // The helpdesk answers 503 to everything about tickets for now.
        QVERIFY(m_fixture.admin().setFaults(
            {QJsonObject{{QStringLiteral("kind"), QStringLiteral("status")},
                         {QStringLiteral("status"), 503},
                         {QStringLiteral("path"), QStringLiteral("/api/v2/tickets")}}}));
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_N);
        ComposerEditor *editor = m_fixture.window().composer()->editor();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("Note while away ") + mark);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        // Tried, not sent: it waits with the reason, and the status bar says the helpdesk is away.
        QTRY_COMPARE_WITH_TIMEOUT(connection(), ConnectionIndicator::State::Unreachable, 60000);
        QCOMPARE(m_fixture.unsent().size(), 1);
        QVERIFY(m_fixture.admin().setFaults({}));
        QCOMPARE(m_fixture.remoteMessagesWith(ticketId, mark).size(), 0);
        m_fixture.window().showOutbox();
        OutboxDialog *dialog = m_fixture.window().outboxDialog();
        QTRY_COMPARE(dialog->items().size(), 1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("outboxSendNow")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteMessagesWith(ticketId, mark).size(), 1, 30000);
        QTRY_VERIFY(dialog->items().isEmpty());
    }
};

QTEST_MAIN(OfflineOutboxTest)
#include "tst_gui_offline_outbox.moc"
