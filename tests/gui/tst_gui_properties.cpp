// The properties panel of the open ticket: status, agent, priority, urgency and labels changed
// with the keyboard and the mouse, each through the outbox, each arriving at the helpdesk.

#include "PropertiesPanel.h"
#include "SignedInWindow.h"
#include "TicketListModel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

class PropertiesTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;

    PropertiesPanel *panel() const { return m_fixture.window().properties(); }

    // Opens the box's list and chooses the entry with `data` by keyboard, as the agent would.
    static bool choose(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        if (index < 0)
            return false;
        box->setFocus();
        box->showPopup();
        QAbstractItemView *view = box->view();
        if (!QTest::qWaitFor([view] { return view->isVisible(); }))
            return false;
        view->setCurrentIndex(box->model()->index(index, box->modelColumn()));
        QTest::keyClick(view, Qt::Key_Return);
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
    }

    void init() { QVERIFY(m_fixture.activate()); }

    void eachChangeGoesThroughTheOutbox()
    {
        QVERIFY(m_fixture.clickTicket(0));
        const qint64 ticketId = m_fixture.window().openTicketId();
        QVERIFY(panel()->isEnabled());
        QCOMPARE(panel()->ticketId(), ticketId);

        auto *status = panel()->findChild<QComboBox *>(QStringLiteral("propertyStatus"));
        const QString target = status->currentData() == QStringLiteral("pending")
                                   ? QStringLiteral("awaiting_user")
                                   : QStringLiteral("pending");
        QVERIFY(choose(status, target));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteTicket(ticketId).value(u"status").toString(), target,
                                  30000);

        auto *priority = panel()->findChild<QComboBox *>(QStringLiteral("propertyPriority"));
        QVERIFY(priority->count() >= 2);
        const qint64 currentPriority = priority->currentData().toLongLong();
        qint64 newPriority = 0;
        for (int i = 0; i < priority->count(); ++i)
            if (priority->itemData(i).toLongLong() != currentPriority &&
                priority->itemData(i).toLongLong() > 0)
                newPriority = priority->itemData(i).toLongLong();
        QVERIFY(newPriority > 0);
        QVERIFY(choose(priority, newPriority));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteTicket(ticketId).value(u"priority").toInteger(),
                                  newPriority, 30000);

        auto *urgency = panel()->findChild<QSpinBox *>(QStringLiteral("propertyUrgency"));
        const int newUrgency = urgency->value() == 7 ? 8 : 7;
        urgency->setFocus();
        urgency->selectAll();
        QTest::keyClicks(urgency, QString::number(newUrgency));
        QTest::keyClick(urgency, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteTicket(ticketId).value(u"urgency").toInt(), newUrgency,
                                  30000);

        auto *labels = panel()->findChild<QLineEdit *>(QStringLiteral("propertyLabels"));
        labels->setFocus();
        labels->selectAll();
        QTest::keyClicks(labels, QStringLiteral("vip, gui-test"));
        QTest::keyClick(labels, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_fixture.remoteTicket(ticketId).value(u"labels").toVariant().toStringList().contains(
                QStringLiteral("gui-test")),
            30000);

        auto *agent = panel()->findChild<QComboBox *>(QStringLiteral("propertyAgent"));
        const qint64 me = m_fixture.myPersonId();
        const qint64 newAgent = agent->currentData().toLongLong() == me ? 0 : me;
        QVERIFY(choose(agent, newAgent));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteTicket(ticketId).value(u"agent").toInteger(), newAgent,
                                  30000);

        // The panel and the list show the store, which follows the outbox.
        QTRY_VERIFY(m_fixture.unsent().isEmpty());
        QCOMPARE(status->currentData().toString(), target);
        QCOMPARE(urgency->value(), newUrgency);
        const int row = m_fixture.window().ticketList()->rowOf(ticketId);
        QVERIFY(row >= 0);
        QCOMPARE(m_fixture.window().ticketList()->ticketAt(row).urgency, newUrgency);
        // One PUT per change: five changes, five requests.
        QCOMPARE(m_fixture.admin().requests("PUT", QStringLiteral("/api/v2/tickets/%1").arg(ticketId)).size(),
                 5);
    }
};

QTEST_MAIN(PropertiesTest)
#include "tst_gui_properties.moc"
