// Triage from the keyboard alone: j and k walk the unassigned queue, a takes a ticket, s sets its
// status from a menu, Enter opens, Esc comes back, / searches, r and n write, ? lists every key.
// And every control the agent can reach has a name for screen readers.

#include "ComposerEditor.h"
#include "ComposerWidget.h"
#include "ConversationView.h"
#include "SearchBox.h"
#include "SignedInWindow.h"
#include "TicketListModel.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

class KeyboardTriageTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;

    QTableView *list() const { return m_fixture.window().ticketView(); }
    void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &m_fixture.window();
        QTest::keyClick(target, Qt::Key(k), modifiers);
    }

private slots:
    void initTestCase() { QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error())); }

    void init() { QVERIFY(m_fixture.activate()); }

    void triageTheUnassignedQueue()
    {
        QVERIFY(m_fixture.clickQueue(QStringLiteral("unassigned")));
        TicketListModel *tickets = m_fixture.window().ticketList();
        QVERIFY(tickets->rowCount() >= 3);
        list()->setFocus(); // the list takes the first ticket as its current one

        QTRY_COMPARE(m_fixture.window().openTicketId(), tickets->ticketAt(0).id);
        key(Qt::Key_J);
        QTRY_COMPARE(m_fixture.window().openTicketId(), tickets->ticketAt(1).id);
        key(Qt::Key_K);
        const Ticket taken = tickets->ticketAt(0);
        QTRY_COMPARE(m_fixture.window().openTicketId(), taken.id);
        QVERIFY(m_fixture.window().conversation()->toPlainText().contains(taken.subject));

        // a: assigned to me; it leaves the unassigned queue at once, and the helpdesk follows.
        key(Qt::Key_A);
        QTRY_VERIFY(tickets->rowOf(taken.id) < 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteTicket(taken.id).value(u"agent").toInteger(),
                                  m_fixture.myPersonId(), 30000);

        // s: the status menu, walked with the arrows, chosen with Enter.
        const Ticket next = tickets->ticketAt(0);
        list()->setCurrentIndex(tickets->index(0, TicketListModel::Subject));
        QTRY_COMPARE(m_fixture.window().openTicketId(), next.id);
        list()->setFocus();
        key(Qt::Key_S);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        for (int i = 0;
             i < 20 && (!menu->activeAction() || menu->activeAction()->data() != QStringLiteral("pending"));
             ++i)
            QTest::keyClick(menu, Qt::Key_Down);
        QCOMPARE(menu->activeAction()->data().toString(), QStringLiteral("pending"));
        QTest::keyClick(menu, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteTicket(next.id).value(u"status").toString(),
                                  QStringLiteral("pending"), 30000);
        QTRY_VERIFY(m_fixture.unsent().isEmpty());
    }

    void enterOpensEscComesBackSlashSearches()
    {
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
        list()->setFocus();
        key(Qt::Key_J);
        key(Qt::Key_Return);
        QTRY_VERIFY(m_fixture.window().conversation()->hasFocus());
        key(Qt::Key_Escape);
        QTRY_VERIFY(list()->hasFocus());

        key(Qt::Key_Slash);
        QTRY_VERIFY(m_fixture.window().searchBox()->lineEdit()->hasFocus());
        QTest::keyClicks(m_fixture.window().searchBox()->lineEdit(), QStringLiteral("jk"));
        QCOMPARE(m_fixture.window().searchBox()->lineEdit()->text(), QStringLiteral("jk")); // typed, not keys
        key(Qt::Key_Escape);
        QTRY_VERIFY(list()->hasFocus());
        QVERIFY(m_fixture.window().searchBox()->lineEdit()->text().isEmpty());

        key(Qt::Key_R);
        ComposerWidget *composer = m_fixture.window().composer();
        QTRY_VERIFY(composer->editor()->hasFocus());
        QCOMPARE(composer->kind(), ComposerWidget::Kind::Reply);
        QTest::keyClicks(composer->editor(), QStringLiteral("rnas")); // letters are text here
        QCOMPARE(composer->editor()->toPlainText(), QStringLiteral("rnas"));
        key(Qt::Key_Escape);
        QTRY_VERIFY(list()->hasFocus());
        key(Qt::Key_N);
        QTRY_VERIFY(composer->editor()->hasFocus());
        QCOMPARE(composer->kind(), ComposerWidget::Kind::Note);
        key(Qt::Key_Escape);
    }

    void questionMarkListsEveryShortcut()
    {
        list()->setFocus();
        key(Qt::Key_Question);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_fixture.window().findChild<QDialog *>(QStringLiteral("shortcutsDialog"))) &&
                    dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcuts"));
        QStringList keys;
        QStringList does;
        for (int row = 0; row < table->rowCount(); ++row) {
            keys << table->item(row, 0)->text();
            does << table->item(row, 1)->text();
        }
        for (const char *expected : {"J", "K", "R", "N", "A", "S", "/", "Esc", "?"})
            QVERIFY2(keys.contains(QString::fromLatin1(expected)), expected);
        QVERIFY(does.contains(QStringLiteral("Reply")));
        QVERIFY(does.contains(QStringLiteral("Send the reply or note")));
        // Every action of the window with a shortcut is listed.
        int listed = 0;
        for (QAction *menu : m_fixture.window().menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->shortcut().isEmpty())
                    continue;
                ++listed;
                QVERIFY2(keys.contains(action->shortcut().toString(QKeySequence::NativeText)),
                         qPrintable(action->text()));
            }
        }
        QVERIFY(listed >= 12);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible() || dialog->isHidden());
    }

    void everyControlIsNamedForScreenReaders()
    {
        QVERIFY(m_fixture.clickTicket(0)); // the ticket page, with composer and properties, shows
        m_fixture.window().showOutbox();
        QList<QWidget *> unnamed;
        QStringList names;
        for (QWidget *widget : QApplication::allWidgets()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus ||
                qobject_cast<QScrollBar *>(widget))
                continue;
            // Parts of a compound control speak through it.
            if (qobject_cast<QComboBox *>(widget->parentWidget()) ||
                qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
                unnamed << widget;
                names << QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                     widget->objectName());
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(names.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(KeyboardTriageTest)
#include "tst_gui_keyboard_triage.moc"
