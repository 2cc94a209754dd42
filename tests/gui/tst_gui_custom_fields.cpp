// Custom fields in the properties panel: the ones the ticket layout of the ticket's department
// shows, edited with keys and clicks (text, choice, date, toggle), each change one PUT through the
// outbox, arriving at the helpdesk in Deskpro's "fields" form.

#include "CustomFieldEditor.h"
#include "PropertiesPanel.h"
#include "SignedInWindow.h"
#include "TicketListModel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>

class CustomFieldsTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;

    PropertiesPanel *panel() const { return m_fixture.window().properties(); }

    // The first ticket in the list whose department is one of `departments`.
    qint64 ticketIn(const QList<qint64> &departments) const
    {
        const TicketListModel *list = m_fixture.window().ticketList();
        for (int row = 0; row < list->rowCount(); ++row) {
            if (departments.contains(list->ticketAt(row).departmentId))
                return list->ticketAt(row).id;
        }
        return 0;
    }

    QJsonValue remoteField(qint64 ticketId, int field)
    {
        return m_fixture.remoteTicket(ticketId)
            .value(u"fields")
            .toObject()
            .value(QString::number(field))
            .toObject()
            .value(u"value");
    }

    QList<qint64> shownFields() const
    {
        QList<qint64> ids;
        for (CustomFieldEditor *editor : panel()->customFieldEditors())
            ids << editor->field().id;
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.clickQueue(QStringLiteral("all")));
    }

    void init() { QVERIFY(m_fixture.activate()); }

    void choiceAndDateAsTheSalesLayoutShowsThem()
    {
        // Sales (6) shows Product (2, a choice), Due date (4) and Customer tier (5, radio).
        const qint64 ticketId = ticketIn({6});
        QVERIFY2(ticketId, "no Sales ticket in the seeded helpdesk");
        QVERIFY(m_fixture.window().openTicketByKey(QString::number(ticketId)));
        QCOMPARE(shownFields(), (QList<qint64>{2, 4, 5}));
        QVERIFY(!panel()->customFieldEditor(1)); // not in this layout
        for (CustomFieldEditor *editor : panel()->customFieldEditors())
            QVERIFY(!editor->input()->accessibleName().isEmpty());

        // Product: "Mobile app", chosen with the keyboard from the list.
        auto *product = qobject_cast<QComboBox *>(panel()->customFieldEditor(2)->input());
        QVERIFY(product);
        const int mobile = product->findData(qint64(103));
        QVERIFY(mobile > 0);
        const int target = product->currentIndex() == mobile ? product->findData(qint64(101)) : mobile;
        const qint64 chosen = product->itemData(target).toLongLong();
        product->setFocus();
        product->showPopup();
        QTRY_VERIFY(product->view()->isVisible());
        product->view()->setCurrentIndex(product->model()->index(target, 0));
        QTest::keyClick(product->view(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(remoteField(ticketId, 2).toInteger(), chosen, 30000);

        // Due date: a year later, with the keyboard (Up in the year section; a field without a
        // date shows today while the agent is in it).
        auto *due = qobject_cast<QDateEdit *>(panel()->customFieldEditor(4)->input());
        QVERIFY(due);
        QVERIFY(m_fixture.activate()); // after the list's popup
        due->setFocus();
        QTRY_VERIFY(due->hasFocus());
        const QDate date = due->date().addYears(1);
        due->setCurrentSection(QDateTimeEdit::YearSection);
        QTest::keyClick(due, Qt::Key_Up);
        QCOMPARE(due->date(), date);
        QTest::keyClick(due, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(remoteField(ticketId, 4).toString().startsWith(date.toString(Qt::ISODate)),
                                 30000);
        QTRY_VERIFY(m_fixture.unsent().isEmpty());
        // The panel shows what the store has (the helpdesk's answer): the same date.
        QCOMPARE(due->date(), date);
        QCOMPARE(m_fixture.admin().requests("PUT", QStringLiteral("/api/v2/tickets/%1").arg(ticketId)).size(),
                 2);
    }

    void textAndToggleAsTheBillingLayoutShowsThem()
    {
        // Billing (4), Refunds (5), Shipping & Returns (7) show Order number (1, text), Customer tier,
        // Internal summary (6) and Refund approved (7, a toggle).
        const qint64 ticketId = ticketIn({4, 5, 7});
        QVERIFY2(ticketId, "no Billing ticket in the seeded helpdesk");
        QVERIFY(m_fixture.window().openTicketByKey(QString::number(ticketId)));
        QCOMPARE(shownFields(), (QList<qint64>{1, 5, 6, 7}));

        auto *order = qobject_cast<QLineEdit *>(panel()->customFieldEditor(1)->input());
        QVERIFY(order);
        const QString number = QStringLiteral("ORD-%1").arg(SignedInWindow::marker().left(6).toUpper());
        order->setFocus();
        order->selectAll();
        QTest::keyClicks(order, number);
        QTest::keyClick(order, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(remoteField(ticketId, 1).toString(), number, 30000);

        auto *approved = qobject_cast<QCheckBox *>(panel()->customFieldEditor(7)->input());
        QVERIFY(approved);
        const bool was = approved->isChecked();
        QTest::mouseClick(approved, Qt::LeftButton);
        QCOMPARE(approved->isChecked(), !was);
        QTRY_COMPARE_WITH_TIMEOUT(remoteField(ticketId, 7).toInt(), was ? 0 : 1, 30000);
        QTRY_VERIFY(m_fixture.unsent().isEmpty());
        QCOMPARE(approved->isChecked(), !was);
        QCOMPARE(m_fixture.admin().requests("PUT", QStringLiteral("/api/v2/tickets/%1").arg(ticketId)).size(),
                 2);
    }
};

QTEST_MAIN(CustomFieldsTest)
#include "tst_gui_custom_fields.moc"
