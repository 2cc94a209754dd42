// The composer beside the conversation, driven with keys and clicks: a reply in rich text with a
// status set on send, an internal note that looks like one, and files attached by button and by
// paste. Ctrl+Enter queues in the outbox; the helpdesk gets each message exactly once.

#include "ComposerEditor.h"
#include "ComposerWidget.h"
#include "ConversationView.h"
#include "SignedInWindow.h"
#include "TicketListModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class ComposerTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;

    ComposerWidget *composer() const { return m_fixture.window().composer(); }
    ComposerEditor *editor() const { return composer()->editor(); }

    qint64 openRow(int row)
    {
        if (!m_fixture.clickTicket(row))
            return 0;
        return m_fixture.window().openTicketId();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
        QVERIFY(m_fixture.window().ticketList()->rowCount() >= 5);
    }

    void init() { QVERIFY(m_fixture.activate()); }

    void replyInRichTextWithStatusOnSend()
    {
        const qint64 ticketId = openRow(0);
        QVERIFY(ticketId > 0);
        const QString mark = SignedInWindow::marker();

        // r: the composer, in reply mode, with the keyboard in its text.
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_R);
        QTRY_VERIFY(editor()->hasFocus());
        QCOMPARE(composer()->kind(), ComposerWidget::Kind::Reply);
        QTest::keyClicks(editor(), QStringLiteral("Hello "));
        QTest::keyClick(editor(), Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(editor(), QStringLiteral("world"));
        QTest::keyClick(editor(), Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(editor(), QStringLiteral(" ") + mark);
        QVERIFY2(composer()->html().contains(QStringLiteral("<b>world</b>")), qPrintable(composer()->html()));

        auto *status = composer()->findChild<QComboBox *>(QStringLiteral("statusOnSend"));
        QVERIFY(status && status->isEnabled());
        const int awaitingUser = status->findData(QStringLiteral("awaiting_user"));
        QVERIFY(awaitingUser > 0);
        status->setCurrentIndex(awaitingUser);

        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        // Queued at once: the composer is empty again and the message is in the conversation.
        QTRY_VERIFY(editor()->toPlainText().isEmpty());
        QTRY_VERIFY(m_fixture.window().conversation()->toPlainText().contains(mark));

        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteMessagesWith(ticketId, mark).size(), 1, 30000);
        const QJsonObject sent = m_fixture.remoteMessagesWith(ticketId, mark).constFirst();
        QVERIFY2(sent.value(u"message").toString().contains(QStringLiteral("<b>world</b>")),
                 qPrintable(sent.value(u"message").toString()));
        QCOMPARE(sent.value(u"is_agent_note").toInt(), 0);
        QCOMPARE(m_fixture.remoteTicket(ticketId).value(u"status").toString(),
                 QStringLiteral("awaiting_user"));
        QTRY_VERIFY(m_fixture.unsent().isEmpty());
        // Once sent, the conversation no longer says it is waiting.
        QTRY_VERIFY(
            !m_fixture.window().conversation()->toPlainText().contains(QStringLiteral("waiting to be sent")));
        QCOMPARE(m_fixture.admin()
                     .requests("POST", QStringLiteral("/api/v2/tickets/%1/messages").arg(ticketId))
                     .size(),
                 1);
    }

    void noteLooksDifferentAndIsSentAsANote()
    {
        const qint64 ticketId = openRow(1);
        QVERIFY(ticketId > 0);
        const QString mark = SignedInWindow::marker();
        const QColor replyBase = editor()->palette().color(QPalette::Base);

        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_N);
        QTRY_VERIFY(editor()->hasFocus());
        QCOMPARE(composer()->kind(), ComposerWidget::Kind::Note);
        // Clearly different: tinted, its own heading and button, no status on send.
        QVERIFY(editor()->palette().color(QPalette::Base) != replyBase);
        QVERIFY(composer()
                    ->findChild<QLabel *>(QStringLiteral("composerHeading"))
                    ->text()
                    .contains(QStringLiteral("Internal note")));
        auto *send = composer()->findChild<QPushButton *>(QStringLiteral("send"));
        QCOMPARE(send->text(), QStringLiteral("Add Note"));
        QVERIFY(!composer()->findChild<QComboBox *>(QStringLiteral("statusOnSend"))->isEnabled());

        QTest::keyClicks(editor(), QStringLiteral("For colleagues only ") + mark);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteMessagesWith(ticketId, mark).size(), 1, 30000);
        QCOMPARE(m_fixture.remoteMessagesWith(ticketId, mark).constFirst().value(u"is_agent_note").toInt(),
                 1);
        QTRY_VERIFY(m_fixture.window().conversation()->toPlainText().contains(mark));
        QVERIFY(m_fixture.window().conversation()->toPlainText().contains(QStringLiteral("Internal note")));

        // Clicking Reply brings the reply look back.
        QTest::mouseClick(composer()->findChild<QToolButton *>(QStringLiteral("composeReply")),
                          Qt::LeftButton);
        QCOMPARE(composer()->kind(), ComposerWidget::Kind::Reply);
        QCOMPARE(editor()->palette().color(QPalette::Base), replyBase);
    }

    void filesAttachedByButtonAndByPaste()
    {
        const qint64 ticketId = openRow(2);
        QVERIFY(ticketId > 0);
        const QString mark = SignedInWindow::marker();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoice-%1.txt").arg(mark));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("invoice lines\n");
        }

        QTest::mouseClick(composer()->findChild<QPushButton *>(QStringLiteral("attach")), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = composer()->findChild<QFileDialog *>(QStringLiteral("attachDialog"))) &&
                    dialog->isVisible());
        // The agent picks the file and clicks Open.
        dialog->selectFile(path);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons && buttons->button(QDialogButtonBox::Open));
        QTRY_VERIFY(buttons->button(QDialogButtonBox::Open)->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Open), Qt::LeftButton);
        QTRY_COMPARE(composer()->attachmentNames(), QStringList{QFileInfo(path).fileName()});

        // An image pasted from the clipboard becomes an attachment, not an inline object.
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::red);
        QApplication::clipboard()->setImage(image);
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(composer()->attachmentNames().size(), 2);
        QVERIFY(composer()->attachmentNames().at(1).endsWith(QStringLiteral(".png")));
        QVERIFY(!composer()->findChild<QListWidget *>(QStringLiteral("attachments"))->isHidden());

        QTest::keyClicks(editor(), QStringLiteral("Two files ") + mark);
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteMessagesWith(ticketId, mark).size(), 1, 30000);
        const QJsonObject sent = m_fixture.remoteMessagesWith(ticketId, mark).constFirst();
        QCOMPARE(sent.value(u"attachments").toArray().size(), 2);
        QVERIFY(composer()->attachmentNames().isEmpty());
    }

    void anEmptyReplyIsNotQueued()
    {
        QVERIFY(openRow(3) > 0);
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_R);
        QTRY_VERIFY(editor()->hasFocus());
        const int before = int(m_fixture.unsent().size());
        QSignalSpy queued(composer(), &ComposerWidget::queued);
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(queued.count(), 0);
        QCOMPARE(int(m_fixture.unsent().size()), before);
    }
};

QTEST_MAIN(ComposerTest)
#include "tst_gui_composer.moc"
