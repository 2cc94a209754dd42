// The search box: / focuses it, results come as the agent types (from the store's full-text
// index, offline), Enter opens the chosen ticket, a ticket id or ref jumps to it, Esc clears.

#include "ConversationView.h"
#include "SearchBox.h"
#include "SignedInWindow.h"
#include "TicketListModel.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QToolButton>

class SearchBoxTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;

    QLineEdit *box() const { return m_fixture.window().searchBox()->lineEdit(); }
    QListWidget *results() const { return m_fixture.window().searchBox()->results(); }

    void type(const QString &text)
    {
        m_fixture.window().ticketView()->setFocus();
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_Slash);
        QTRY_VERIFY(box()->hasFocus());
        QTest::keyClicks(box(), text);
    }

    bool resultsHold(qint64 ticketId) const
    {
        for (int row = 0; row < results()->count(); ++row)
            if (results()->item(row)->data(Qt::UserRole).toLongLong() == ticketId)
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.clickQueue(QStringLiteral("all")));
    }

    void init() { QVERIFY(m_fixture.activate()); }

    void resultsAsTheAgentTypes()
    {
        // A ticket further down the list, found by the longest word of its subject, typed partly.
        const Ticket wanted = m_fixture.window().ticketList()->ticketAt(5);
        QString word;
        for (const QString &w :
             wanted.subject.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts))
            if (w.size() > word.size())
                word = w;
        QVERIFY2(word.size() >= 4, qPrintable(wanted.subject));
        type(word.left(word.size() - 1)); // not finished typing: a prefix
        QTRY_VERIFY(results()->isVisible() && resultsHold(wanted.id));

        // Down walks the results from the box; Enter opens the chosen one.
        while (results()->currentItem()->data(Qt::UserRole).toLongLong() != wanted.id) {
            const int before = results()->currentRow();
            QTest::keyClick(box(), Qt::Key_Down);
            QVERIFY(results()->currentRow() > before);
        }
        QVERIFY(box()->hasFocus());
        QTest::keyClick(box(), Qt::Key_Return);
        QTRY_COMPARE(m_fixture.window().openTicketId(), wanted.id);
        QVERIFY(m_fixture.window().conversation()->toPlainText().contains(wanted.subject));
    }

    void jumpByIdAndByRef()
    {
        const Ticket byId = m_fixture.window().ticketList()->ticketAt(7);
        type(QString::number(byId.id));
        QTest::keyClick(box(), Qt::Key_Return);
        QTRY_COMPARE(m_fixture.window().openTicketId(), byId.id);

        const Ticket byRef = m_fixture.window().ticketList()->ticketAt(9);
        QVERIFY(!byRef.ref.isEmpty());
        type(byRef.ref);
        QTest::keyClick(box(), Qt::Key_Return);
        QTRY_COMPARE(m_fixture.window().openTicketId(), byRef.id);
        QCOMPARE(results()->item(0)->data(Qt::UserRole).toLongLong(), byRef.id);
    }

    void escClearsAndNothingFoundSaysSo()
    {
        type(QStringLiteral("zzqxnothingmatches"));
        QTRY_VERIFY(results()->isVisible() && results()->count() == 1 &&
                    results()->item(0)->text().contains(QStringLiteral("Nothing found")));
        const qint64 open = m_fixture.window().openTicketId();
        QTest::keyClick(box(), Qt::Key_Return); // nothing to open
        QCOMPARE(m_fixture.window().openTicketId(), open);
        QTest::keyClick(box(), Qt::Key_Escape);
        QTRY_VERIFY(m_fixture.window().ticketView()->hasFocus());
        QVERIFY(box()->text().isEmpty());
        QVERIFY(results()->isHidden());
    }

    // The clear button comes with the first text (its icon is not looked up at start) and clears.
    void theClearButtonClearsWhatWasTyped()
    {
        type(QStringLiteral("refund"));
        QTRY_VERIFY(results()->isVisible());
        QVERIFY(box()->isClearButtonEnabled());
        // The button the agent sees: the line edit's tool button for its clear action.
        auto *clear = box()->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
        QVERIFY(clear);
        QToolButton *button = nullptr;
        for (QToolButton *candidate : box()->findChildren<QToolButton *>()) {
            if (candidate->defaultAction() == clear)
                button = candidate;
        }
        QVERIFY(button);
        QTRY_VERIFY(button->isVisibleTo(box()));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(box()->text().isEmpty());
        QTRY_VERIFY(results()->isHidden());
    }
};

QTEST_MAIN(SearchBoxTest)
#include "tst_gui_search_box.moc"
