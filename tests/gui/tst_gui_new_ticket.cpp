// A new ticket for a customer, from the keyboard: Ctrl+Shift+N opens the dialog; what is wrong
// (no subject, an address that is not one) is said in the dialog and nothing typed is lost; once
// it is right, Ctrl+Enter queues the ticket in the outbox and the helpdesk gets it, once, with its
// customer, department, rich text and attachment.

#include "ComposerEditor.h"
#include "NewTicketDialog.h"
#include "SignedInWindow.h"
#include "store/OutboxRepository.h"
#include "store/Store.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class NewTicketTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;

    NewTicketDialog *dialog() const
    {
        return m_fixture.window().findChild<NewTicketDialog *>(QStringLiteral("newTicketDialog"));
    }

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error())); }

    void init() { QVERIFY(m_fixture.activate()); }

    void badInputIsSaidInTheDialogAndNothingIsLost()
    {
        QTest::keyClick(&m_fixture.window(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dialog() && dialog()->isVisible());
        NewTicketDialog *form = dialog();
        QTRY_VERIFY(form->emailEdit()->hasFocus());
        QTest::keyClicks(form->emailEdit(), QStringLiteral("not-an-address"));
        QTest::keyClick(form->emailEdit(), Qt::Key_Tab);
        QTRY_VERIFY(form->nameEdit()->hasFocus());
        QTest::keyClicks(form->nameEdit(), QStringLiteral("Nina Neumann"));
        form->messageEdit()->setFocus();
        QTest::keyClicks(form->messageEdit(), QStringLiteral("The printer is on fire."));

        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("newTicketCreate")), Qt::LeftButton);
        QVERIFY(form->isVisible());
        QVERIFY(form->problemLabel()->isVisible());
        const QString problems = form->problemLabel()->text();
        QVERIFY2(problems.contains(QStringLiteral("“not-an-address” is not an e-mail address.")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("Enter a subject.")), qPrintable(problems));
        // Everything typed is still there, and the first field to fix has the keyboard.
        QCOMPARE(form->emailEdit()->text(), QStringLiteral("not-an-address"));
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("Nina Neumann"));
        QCOMPARE(form->messageEdit()->toPlainText(), QStringLiteral("The printer is on fire."));
        QVERIFY(form->emailEdit()->hasFocus());
        QVERIFY(m_fixture.unsent().isEmpty());
    }

    void aRightTicketIsQueuedAndCreatedOnce()
    {
        NewTicketDialog *form = dialog();
        QVERIFY(form && form->isVisible());
        const QString mark = SignedInWindow::marker();
        const QString email = QStringLiteral("nina.%1@example.com").arg(mark.toLower());
        form->emailEdit()->selectAll();
        QTest::keyClicks(form->emailEdit(), email);
        form->subjectEdit()->setFocus();
        QTest::keyClicks(form->subjectEdit(), QStringLiteral("Printer on fire %1").arg(mark));

        // The department by keyboard.
        QComboBox *department = form->departmentBox();
        const int billing = department->findData(qint64(4));
        QVERIFY(billing >= 0);
        department->setFocus();
        department->showPopup();
        QAbstractItemView *list = department->view();
        QTRY_VERIFY(list->isVisible());
        list->setCurrentIndex(department->model()->index(billing, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(department->currentData().toLongLong(), qint64(4));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photo-%1.txt").arg(mark));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("smoke\n");
        }
        form->attachFiles({path});
        QCOMPARE(form->attachmentNames().size(), 1);

        ComposerEditor *message = form->messageEdit();
        message->setFocus();
        message->moveCursor(QTextCursor::End);
        QTest::keyClicks(message, QStringLiteral(" It is "));
        QTest::keyClick(message, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(message, QStringLiteral("urgent"));
        QTest::keyClick(message, Qt::Key_B, Qt::ControlModifier);

        QSignalSpy created(form, &NewTicketDialog::created);
        QTest::keyClick(message, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(created.count(), 1);
        QTRY_VERIFY(!dialog() || !dialog()->isVisible());
        const qint64 itemId = created.constFirst().constFirst().toLongLong();

        // The outbox sends it; the helpdesk has it once.
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.unsent().isEmpty(), 30000);
        const auto item = OutboxRepository(m_fixture.account().store()->reader().value()).byId(itemId);
        QVERIFY(item && item.value());
        const qint64 remoteId = item.value()->remoteId;
        QVERIFY(remoteId > 0);
        const QJsonObject ticket = m_fixture.remoteTicket(remoteId);
        QCOMPARE(ticket.value(u"subject").toString(), QStringLiteral("Printer on fire %1").arg(mark));
        QCOMPARE(ticket.value(u"department").toInteger(), 4);
        const QJsonObject customer =
            m_fixture.get(QStringLiteral("/people/%1").arg(ticket.value(u"person").toInteger()))
                .data()
                .toObject();
        QCOMPARE(customer.value(u"primary_email").toString(), email);
        QCOMPARE(customer.value(u"name").toString(), QStringLiteral("Nina Neumann"));
        const QJsonArray messages = m_fixture.remoteMessages(remoteId);
        QCOMPARE(messages.size(), 1);
        const QString html = messages.at(0).toObject().value(u"message").toString();
        QVERIFY2(html.contains(QStringLiteral("<b>urgent</b>")), qPrintable(html));
        QCOMPARE(messages.at(0).toObject().value(u"attachments").toArray().size(), 1);
        QCOMPARE(m_fixture.admin().requests("POST", QStringLiteral("/api/v2/tickets")).size(), 1);
    }
};

QTEST_MAIN(NewTicketTest)
#include "tst_gui_new_ticket.moc"
