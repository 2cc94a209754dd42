// Conflicts: the customer writes while the agent is replying. The outbox holds the reply and the
// outbox view shows what changed; the agent sends anyway, edits, keeps it as a draft, or
// discards it after a confirmation. Nothing the agent wrote is lost or sent unasked.

#include "ComposerEditor.h"
#include "ComposerWidget.h"
#include "ConversationView.h"
#include "OutboxDialog.h"
#include "SignedInWindow.h"
#include "StatusArea.h"
#include "TicketListModel.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

class ConflictsTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;
    QList<qint64> m_tickets; // the open queue's first tickets, one per scenario

    ComposerEditor *editor() const { return m_fixture.window().composer()->editor(); }
    OutboxDialog *dialog() const { return m_fixture.window().outboxDialog(); }
    QString details() const
    {
        return dialog()->findChild<QTextBrowser *>(QStringLiteral("outboxDetails"))->toPlainText();
    }
    QPushButton *button(const char *name) const
    {
        return dialog()->findChild<QPushButton *>(QString::fromLatin1(name));
    }

    // Opens the next ticket, writes a reply, lets the customer write meanwhile, sends: held.
    qint64 heldReply(const QString &text, const QString &customerText)
    {
        if (m_tickets.isEmpty() ||
            !m_fixture.window().openTicketByKey(QString::number(m_tickets.constFirst())))
            return 0;
        const qint64 ticketId = m_tickets.takeFirst();
        m_fixture.window().ticketView()->setFocus();
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_R);
        if (!QTest::qWaitFor([this] { return editor()->hasFocus(); }))
            return 0;
        QTest::keyClicks(editor(), text);
        const qint64 customer = m_fixture.remoteTicket(ticketId).value(u"person").toInteger();
        const auto posted = m_fixture.sendJson(
            "POST", QStringLiteral("/tickets/%1/messages").arg(ticketId),
            QJsonObject{{QStringLiteral("message"), QStringLiteral("<p>%1</p>").arg(customerText)},
                        {QStringLiteral("person"), customer}});
        if (posted.status != 201)
            return 0;
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        const bool held = QTest::qWaitFor(
            [this, ticketId] {
                for (const OutboxItem &item : m_fixture.unsent())
                    if (item.ticketId == ticketId && item.state == OutboxItem::State::Conflict)
                        return true;
                return false;
            },
            30000);
        return held ? ticketId : 0;
    }

    void openOutboxOn(qint64 ticketId)
    {
        QTest::mouseClick(m_fixture.window().statusArea()->outboxButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([this] { return dialog() && dialog()->isVisible(); }));
        for (const OutboxItem &item : dialog()->items())
            if (item.ticketId == ticketId)
                dialog()->selectItem(item.id);
    }

    int heldFor(qint64 ticketId) const
    {
        int count = 0;
        for (const OutboxItem &item : dialog()->items())
            count += item.ticketId == ticketId ? 1 : 0;
        return count;
    }

    QMessageBox *visibleConfirm() const
    {
        for (QMessageBox *box : dialog()->findChildren<QMessageBox *>(QStringLiteral("confirmDiscard")))
            if (box->isVisible())
                return box;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
        for (int row = 0; row < 4; ++row)
            m_tickets << m_fixture.window().ticketList()->ticketAt(row).id;
    }

    void init() { QVERIFY(m_fixture.activate()); }

    void seeWhatChangedAndSendAnyway()
    {
        const QString mark = SignedInWindow::marker();
        const qint64 ticketId =
            heldReply(QStringLiteral("Reply ") + mark, QStringLiteral("Any news on this?"));
        QVERIFY(ticketId > 0);
        QCOMPARE(m_fixture.remoteMessagesWith(ticketId, mark).size(), 0); // held, not sent
        QTRY_COMPARE(m_fixture.window().statusArea()->outboxButton()->text(),
                     QStringLiteral("Outbox: 1 waiting"));

        openOutboxOn(ticketId);
        QVERIFY2(details().contains(QStringLiteral("customer wrote")), qPrintable(details()));
        QVERIFY(button("outboxSendAnyway")->isEnabled());
        QVERIFY(button("outboxKeepAsDraft")->isEnabled());
        // After a sync the store has the customer's message, and the view shows it.
        QSignalSpy synced(&m_fixture.session(), &AccountSession::syncFinished);
        m_fixture.session().syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
        QTRY_VERIFY2(details().contains(QStringLiteral("Any news on this?")), qPrintable(details()));
        QTRY_VERIFY(
            m_fixture.window().conversation()->toPlainText().contains(QStringLiteral("Any news on this?")));

        QTest::mouseClick(button("outboxSendAnyway"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteMessagesWith(ticketId, mark).size(), 1, 30000);
        QTRY_COMPARE(heldFor(ticketId), 0);
        dialog()->close();
    }

    void editAHeldReply()
    {
        const QString mark = SignedInWindow::marker();
        const QString edited = SignedInWindow::marker();
        const qint64 ticketId = heldReply(QStringLiteral("First thought ") + mark, QStringLiteral("Hello?"));
        QVERIFY(ticketId > 0);
        openOutboxOn(ticketId);
        QTest::mouseClick(button("outboxEdit"), Qt::LeftButton);
        QDialog *edit = nullptr;
        QTRY_VERIFY((edit = dialog()->findChild<QDialog *>(QStringLiteral("outboxEditDialog"))) &&
                    edit->isVisible());
        auto *text = edit->findChild<ComposerEditor *>(QStringLiteral("outboxEditText"));
        QVERIFY(text->toPlainText().contains(mark));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral("Second thought ") + edited);
        QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("outboxEditSave")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteMessagesWith(ticketId, edited).size(), 1, 30000);
        QCOMPARE(m_fixture.remoteMessagesWith(ticketId, mark).size(), 0);
        QTRY_COMPARE(heldFor(ticketId), 0);
        dialog()->close();
    }

    void keepAsDraftBringsTheTextBack()
    {
        const QString mark = SignedInWindow::marker();
        const qint64 ticketId =
            heldReply(QStringLiteral("Not yet ") + mark, QStringLiteral("Never mind, solved."));
        QVERIFY(ticketId > 0);
        QVERIFY(editor()->toPlainText().isEmpty()); // queued, so the composer emptied
        openOutboxOn(ticketId);
        QTest::mouseClick(button("outboxKeepAsDraft"), Qt::LeftButton);
        QTRY_COMPARE(heldFor(ticketId), 0);
        dialog()->close();
        // The open ticket's composer has the text again, and nothing was sent.
        QCOMPARE(m_fixture.window().openTicketId(), ticketId);
        QTRY_VERIFY2(editor()->toPlainText().contains(mark), qPrintable(editor()->toPlainText()));
        QVERIFY(!m_fixture.window().conversation()->toPlainText().contains(mark));
        QCOMPARE(m_fixture.remoteMessagesWith(ticketId, mark).size(), 0);
        m_fixture.window().composer()->editor()->clear();
    }

    void discardAsksFirst()
    {
        const QString mark = SignedInWindow::marker();
        const qint64 ticketId =
            heldReply(QStringLiteral("Throw away ") + mark, QStringLiteral("Still there?"));
        QVERIFY(ticketId > 0);
        openOutboxOn(ticketId);

        // Cancel keeps it.
        QTest::mouseClick(button("outboxDiscard"), Qt::LeftButton);
        QTRY_VERIFY(visibleConfirm());
        QTest::mouseClick(visibleConfirm()->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!visibleConfirm());
        QCOMPARE(heldFor(ticketId), 1);

        QTest::mouseClick(button("outboxDiscard"), Qt::LeftButton);
        QTRY_VERIFY(visibleConfirm());
        QTest::mouseClick(visibleConfirm()->button(QMessageBox::Discard), Qt::LeftButton);
        QTRY_COMPARE(heldFor(ticketId), 0);
        QTRY_VERIFY(!m_fixture.window().conversation()->toPlainText().contains(mark));
        QCOMPARE(m_fixture.remoteMessagesWith(ticketId, mark).size(), 0);
        dialog()->close();
    }
};

QTEST_MAIN(ConflictsTest)
#include "tst_gui_conflicts.moc"
