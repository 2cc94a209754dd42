// A ticket in a window of its own: Shift+Enter in the ticket list, or a double click, opens it
// with its conversation, composer and properties (again: the same window comes to the front);
// a reply written there goes through the outbox like any other; the window remembers its size.

#include "ComposerEditor.h"
#include "ComposerWidget.h"
#include "ConversationView.h"
#include "PropertiesPanel.h"
#include "SignedInWindow.h"
#include "TicketListModel.h"
#include "TicketPane.h"
#include "TicketWindow.h"

#include <QApplication>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TicketWindowTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;
    QTemporaryDir m_settings;

    TicketWindow *windowFor(qint64 ticketId) const
    {
        for (TicketWindow *window : m_fixture.window().ticketWindows())
            if (window->ticketId() == ticketId)
                return window;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
        QVERIFY(m_fixture.window().ticketList()->rowCount() >= 3);
    }

    void init() { QVERIFY(m_fixture.activate()); }

    void shiftEnterAndDoubleClickOpenWindows()
    {
        QTableView *list = m_fixture.window().ticketView();
        const Ticket first = m_fixture.window().ticketList()->ticketAt(0);
        const Ticket second = m_fixture.window().ticketList()->ticketAt(1);
        list->setFocus();
        list->setCurrentIndex(m_fixture.window().ticketList()->index(0, TicketListModel::Subject));
        QTest::keyClick(list, Qt::Key_Return, Qt::ShiftModifier);
        QTRY_VERIFY(windowFor(first.id));
        TicketWindow *window = windowFor(first.id);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->pane()->conversation()->toPlainText().contains(first.subject));
        QCOMPARE(window->pane()->properties()->ticketId(), first.id);
        QCOMPARE(window->pane()->composer()->ticketId(), first.id);
        QVERIFY(window->windowTitle().contains(first.subject));

        // A double click opens the second one in a window too.
        QVERIFY(m_fixture.activate());
        const QModelIndex index = m_fixture.window().ticketList()->index(1, TicketListModel::Subject);
        // As a mouse does it: press and release, then the second press comes as a double click.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        QTRY_VERIFY(windowFor(second.id));
        QCOMPARE(m_fixture.window().ticketWindows().size(), 2);

        // Again for the first: its window comes to the front, no third one.
        QVERIFY(m_fixture.activate());
        list->setFocus();
        list->setCurrentIndex(m_fixture.window().ticketList()->index(0, TicketListModel::Subject));
        QTest::keyClick(list, Qt::Key_Return, Qt::ShiftModifier);
        QTRY_VERIFY(QApplication::activeWindow() == window);
        QCOMPARE(m_fixture.window().ticketWindows().size(), 2);
        // Plain Enter still opens beside the list.
        QVERIFY(m_fixture.activate());
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(m_fixture.window().openTicketId(), first.id);
        QCOMPARE(m_fixture.window().ticketWindows().size(), 2);
    }

    void aReplyFromTheWindowGoesThroughTheOutbox()
    {
        const Ticket first = m_fixture.window().ticketList()->ticketAt(0);
        TicketWindow *window = windowFor(first.id);
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        if (QApplication::activeWindow() != window)
            QApplication::setActiveWindow(window);
        const QString mark = SignedInWindow::marker();
        ComposerEditor *editor = window->pane()->composer()->editor();
        QTest::keyClick(window->pane()->conversation(), Qt::Key_R);
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral("From its own window ") + mark);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(editor->toPlainText().isEmpty());
        QTRY_VERIFY(window->pane()->conversation()->toPlainText().contains(mark));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteMessagesWith(first.id, mark).size(), 1, 30000);
        QTRY_VERIFY(m_fixture.unsent().isEmpty());
        // The main window's copy of the ticket follows.
        QTRY_VERIFY(m_fixture.window().conversation()->toPlainText().contains(mark));
    }

    void theWindowRemembersItsSize()
    {
        const Ticket second = m_fixture.window().ticketList()->ticketAt(1);
        TicketWindow *window = windowFor(second.id);
        QVERIFY(window);
        // A size of the agent's own, no smaller than the window can be in this language.
        const QSize chosen = QSize(720, 530).expandedTo(window->minimumSizeHint()) + QSize(13, 7);
        window->resize(chosen);
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("ticketSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({500, 200});
        const QList<int> sizes = splitter->sizes();
        QTRY_COMPARE(window->size(), chosen);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        if (QApplication::activeWindow() != window)
            QApplication::setActiveWindow(window);
        QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier); // Close Window
        QTRY_VERIFY(!windowFor(second.id));

        TicketWindow *again = m_fixture.window().openTicketWindow(second.id);
        QVERIFY(again);
        QVERIFY(QTest::qWaitForWindowExposed(again));
        QCOMPARE(again->size(), chosen);
        QCOMPARE(again->findChild<QSplitter *>(QStringLiteral("ticketSplitter"))->sizes(), sizes);
        QSettings settings;
        QVERIFY(settings.contains(QStringLiteral("ticketWindow/geometry")));
    }
};

QTEST_MAIN(TicketWindowTest)
#include "tst_gui_ticket_window.moc"
