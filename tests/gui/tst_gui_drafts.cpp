// Drafts: what the agent types is saved to the store as they type and comes back after a
// restart (a new window on a newly opened account), a reply and a note each; moving between
// tickets keeps each ticket's draft. Nothing is sent while it is a draft.

#include "ComposerEditor.h"
#include "ComposerWidget.h"
#include "SignedInWindow.h"
#include "TicketListModel.h"
#include "store/DraftRepository.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

class DraftsTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;

    ComposerWidget *composer() const { return m_fixture.window().composer(); }
    ComposerEditor *editor() const { return composer()->editor(); }

    std::optional<Draft> storedDraft(qint64 ticketId, bool isNote) const
    {
        auto reader = m_fixture.account().store()->reader();
        if (!reader)
            return std::nullopt;
        const auto draft = DraftRepository(reader.value()).draft(ticketId, isNote);
        return draft ? draft.value() : std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
    }

    void init() { QVERIFY(m_fixture.activate()); }

    void draftsComeBackAfterARestart()
    {
        QVERIFY(m_fixture.clickTicket(0));
        const qint64 ticketId = m_fixture.window().openTicketId();
        const QString replyMark = SignedInWindow::marker();
        const QString noteMark = SignedInWindow::marker();

        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_R);
        QTRY_VERIFY(editor()->hasFocus());
        QTest::keyClicks(editor(), QStringLiteral("Half a reply ") + replyMark);
        // Saved as the agent types, a moment after they stop: no button, no quitting.
        QTRY_VERIFY(storedDraft(ticketId, false) && storedDraft(ticketId, false)->html.contains(replyMark));

        QTest::mouseClick(composer()->findChild<QToolButton *>(QStringLiteral("composeNote")),
                          Qt::LeftButton);
        QVERIFY(editor()->toPlainText().isEmpty()); // the note has its own text
        QTest::keyClicks(editor(), QStringLiteral("Half a note ") + noteMark);
        QTRY_VERIFY(storedDraft(ticketId, true) && storedDraft(ticketId, true)->html.contains(noteMark));
        QVERIFY(storedDraft(ticketId, false)->seenLastMessageId > 0);

        QVERIFY2(m_fixture.restart(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.window().openTicketByKey(QString::number(ticketId)));
        QCOMPARE(m_fixture.window().openTicketId(), ticketId);
        QCOMPARE(composer()->kind(), ComposerWidget::Kind::Reply);
        QVERIFY2(editor()->toPlainText().contains(replyMark), qPrintable(editor()->toPlainText()));
        QTest::mouseClick(composer()->findChild<QToolButton *>(QStringLiteral("composeNote")),
                          Qt::LeftButton);
        QVERIFY2(editor()->toPlainText().contains(noteMark), qPrintable(editor()->toPlainText()));

        // Nothing of it went to the helpdesk.
        QCOMPARE(m_fixture.remoteMessagesWith(ticketId, replyMark).size(), 0);
        QCOMPARE(m_fixture.remoteMessagesWith(ticketId, noteMark).size(), 0);

        // Sending the draft removes it from the store.
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!storedDraft(ticketId, true));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteMessagesWith(ticketId, noteMark).size(), 1, 30000);
        QVERIFY(storedDraft(ticketId, false)); // the reply stays a draft
    }

    void eachTicketKeepsItsDraft()
    {
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
        QVERIFY(m_fixture.clickTicket(2));
        const qint64 first = m_fixture.window().openTicketId();
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_R);
        QTRY_VERIFY(editor()->hasFocus());
        QTest::keyClicks(editor(), QStringLiteral("for the first"));

        // Esc back to the list, j to the next ticket: its composer is its own.
        QTest::keyClick(editor(), Qt::Key_Escape);
        QTRY_VERIFY(m_fixture.window().ticketView()->hasFocus());
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_J);
        QTRY_VERIFY(m_fixture.window().openTicketId() != first);
        QVERIFY(editor()->toPlainText().isEmpty());
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_R);
        QTRY_VERIFY(editor()->hasFocus());
        QTest::keyClicks(editor(), QStringLiteral("for the second"));
        QTest::keyClick(editor(), Qt::Key_Escape);
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_K); // before the draft's write commits
        QTRY_COMPARE(m_fixture.window().openTicketId(), first);
        QCOMPARE(editor()->toPlainText(), QStringLiteral("for the first"));
        QTRY_VERIFY(storedDraft(first, false) &&
                    storedDraft(first, false)->html.contains(QStringLiteral("first")));
    }
};

QTEST_MAIN(DraftsTest)
#include "tst_gui_drafts.moc"
