// Bulk changes on a multi-selection: Shift+click selects three tickets, b opens the change
// dialog, one status and one label go to all three through the outbox; a on a Ctrl+click
// selection assigns both to the agent.

#include "BulkChangeDialog.h"
#include "SignedInWindow.h"
#include "TicketListModel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

class BulkChangeTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
        QVERIFY(m_fixture.window().ticketList()->rowCount() >= 6);
    }

    void init() { QVERIFY(m_fixture.activate()); }

    void statusAndLabelForThreeTickets()
    {
        QVERIFY(m_fixture.clickTicket(0));
        QVERIFY(m_fixture.clickTicket(2, Qt::ShiftModifier)); // the open ticket follows the current row
        const QList<qint64> selected = m_fixture.window().selectedTicketIds();
        QCOMPARE(selected.size(), 3);

        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_B);
        BulkChangeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_fixture.window().findChild<BulkChangeDialog *>()) && dialog->isVisible());
        QComboBox *status = dialog->statusBox();
        QCOMPARE(status->currentData(), QVariant()); // "(unchanged)" first
        status->setFocus();
        const int pending = status->findData(QStringLiteral("pending"));
        QVERIFY(pending > 0);
        status->showPopup();
        QTRY_VERIFY(status->view()->isVisible());
        status->view()->setCurrentIndex(status->model()->index(pending, 0));
        QTest::keyClick(status->view(), Qt::Key_Return);
        QCOMPARE(status->currentIndex(), pending);
        QTest::keyClicks(dialog->addLabelsEdit(), QStringLiteral("bulk-gui"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("bulkApply")), Qt::LeftButton);

        for (const qint64 id : selected) {
            QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteTicket(id).value(u"status").toString(),
                                      QStringLiteral("pending"), 30000);
            const QStringList labels = m_fixture.remoteTicket(id).value(u"labels").toVariant().toStringList();
            QVERIFY2(labels.contains(QStringLiteral("bulk-gui")), qPrintable(labels.join(u',')));
        }
        QTRY_VERIFY(m_fixture.unsent().isEmpty());
        // The selection survived the refreshes that followed the changes.
        QCOMPARE(m_fixture.window().selectedTicketIds(), selected);
    }

    void assignSeveralToMe()
    {
        QVERIFY(m_fixture.clickQueue(QStringLiteral("unassigned")));
        TicketListModel *tickets = m_fixture.window().ticketList();
        QVERIFY(tickets->rowCount() >= 2);
        const qint64 first = tickets->ticketAt(0).id;
        const qint64 second = tickets->ticketAt(1).id;
        m_fixture.clickTicket(0);
        m_fixture.clickTicket(1, Qt::ControlModifier);
        QCOMPARE(m_fixture.window().selectedTicketIds().size(), 2);
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_A);
        for (const qint64 id : {first, second})
            QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteTicket(id).value(u"agent").toInteger(),
                                      m_fixture.myPersonId(), 30000);
        // Both left the unassigned queue and its count.
        QTRY_VERIFY(tickets->rowOf(first) < 0 && tickets->rowOf(second) < 0);
    }
};

QTEST_MAIN(BulkChangeTest)
#include "tst_gui_bulk_change.moc"
