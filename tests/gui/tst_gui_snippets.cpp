// Snippets in the composer: the helpdesk's ticket snippets come with the sync (the global ones
// and the agent's own, not drafts, not another agent's), Ctrl+Shift+S opens the picker, typing
// filters (accents and case ignored, titles in every language), Enter inserts the chosen
// language's text at the cursor, formatted, and it goes out with the reply.

#include "ComposerEditor.h"
#include "ComposerWidget.h"
#include "SignedInWindow.h"
#include "SnippetPicker.h"
#include "store/ReferenceData.h"
#include "store/Store.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

class SnippetsTest : public QObject
{
    Q_OBJECT

    SignedInWindow m_fixture;

    ComposerWidget *composer() const { return m_fixture.window().composer(); }
    ComposerEditor *editor() const { return composer()->editor(); }
    SnippetPicker *picker() const
    {
        return composer()->findChild<SnippetPicker *>(QStringLiteral("snippetPicker"));
    }

    QStringList listed() const
    {
        QStringList titles;
        for (int i = 0; i < picker()->list()->count(); ++i)
            titles << picker()->list()->item(i)->text();
        return titles;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
    }

    void init() { QVERIFY(m_fixture.activate()); }

    void syncedAsTheHelpdeskOffersThem()
    {
        const auto snippets = ReferenceData(m_fixture.account().store()->reader().value()).snippets();
        QVERIFY(snippets);
        QList<qint64> ids;
        for (const Snippet &snippet : snippets.value())
            ids << snippet.id;
        // Six global ones and the agent's own; not the agent's draft (8), not another agent's (9).
        QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4, 5, 6, 7}));
        const Snippet refund = snippets.value().at(2);
        QCOMPARE(refund.texts.size(), 3);
        QCOMPARE(refund.text(QStringLiteral("fr_CA")).title, QStringLiteral("Remboursement effectué"));
    }

    void pickedByKeyboardAndInsertedAtTheCursor()
    {
        QVERIFY(m_fixture.clickTicket(0));
        const qint64 ticketId = m_fixture.window().openTicketId();
        const QString mark = SignedInWindow::marker();
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_R);
        QTRY_VERIFY(editor()->hasFocus());
        QTest::keyClicks(editor(), QStringLiteral("Hallo, ") + mark);
        QTest::keyClick(editor(), Qt::Key_Return);

        QTest::keyClick(editor(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(picker() && picker()->isVisible());
        QTRY_VERIFY(picker()->filterEdit()->hasFocus());
        QCOMPARE(picker()->list()->count(), 7);

        // Accents and case do not matter; a French title finds its snippet.
        QTest::keyClicks(picker()->filterEdit(), QStringLiteral("CLOTURE"));
        QTRY_COMPARE(picker()->list()->count(), 1);
        QVERIFY(listed().constFirst().contains(QStringLiteral("closing")));
        // Another filter; Down and Up move while the agent keeps typing.
        picker()->filterEdit()->selectAll();
        QTest::keyClicks(picker()->filterEdit(), QStringLiteral("re"));
        QTRY_VERIFY(picker()->list()->count() > 1);
        const int before = picker()->list()->currentRow();
        QTest::keyClick(picker()->filterEdit(), Qt::Key_Down);
        QCOMPARE(picker()->list()->currentRow(), before + 1);
        QVERIFY(picker()->filterEdit()->hasFocus());
        picker()->filterEdit()->selectAll();
        QTest::keyClicks(picker()->filterEdit(), QStringLiteral("refund"));
        QTRY_COMPARE(picker()->list()->count(), 1);

        // In German: the language box, by keyboard.
        QComboBox *language = picker()->languageBox();
        const int german = language->findData(QStringLiteral("de_DE"));
        QVERIFY(german >= 0);
        language->setFocus();
        language->showPopup();
        QTRY_VERIFY(language->view()->isVisible());
        language->view()->setCurrentIndex(language->model()->index(german, 0));
        QTest::keyClick(language->view(), Qt::Key_Return);
        QTRY_COMPARE(picker()->language(), QStringLiteral("de_DE"));
        QVERIFY(listed().constFirst().startsWith(QStringLiteral("Rückerstattung veranlasst")));

        picker()->filterEdit()->setFocus();
        QTest::keyClick(picker()->filterEdit(), Qt::Key_Return);
        QTRY_VERIFY(!picker());
        QVERIFY(m_fixture.activate()); // the offscreen platform does not hand activation back
        QTRY_VERIFY(editor()->hasFocus());
        const QString text = editor()->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("Hallo, ") + mark), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Ihre Rückerstattung wurde veranlasst")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("Rückerstattung")), 1); // inserted once
        QVERIFY2(composer()->html().contains(QStringLiteral("<b>veranlasst</b>")),
                 qPrintable(composer()->html()));

        // The agent goes on typing after it, and sends.
        QTest::keyClicks(editor(), QStringLiteral("Beste Gruesse"));
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture.remoteMessagesWith(ticketId, mark).size(), 1, 30000);
        const QString sent =
            m_fixture.remoteMessagesWith(ticketId, mark).constFirst().value(u"message").toString();
        QVERIFY2(sent.contains(QStringLiteral("<b>veranlasst</b>")), qPrintable(sent));
        QVERIFY2(sent.contains(QStringLiteral("Beste Gruesse")), qPrintable(sent));
    }

    void theButtonOpensItTooAndEscapeChangesNothing()
    {
        QVERIFY(m_fixture.clickTicket(1));
        QTest::keyClick(m_fixture.window().ticketView(), Qt::Key_R);
        QTRY_VERIFY(editor()->hasFocus());
        QTest::keyClicks(editor(), QStringLiteral("Unchanged"));
        QTest::mouseClick(composer()->findChild<QPushButton *>(QStringLiteral("insertSnippet")),
                          Qt::LeftButton);
        QTRY_VERIFY(picker() && picker()->isVisible());
        QTest::keyClick(picker()->filterEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!picker());
        QVERIFY(m_fixture.activate());
        QTRY_VERIFY(editor()->hasFocus());
        QCOMPARE(editor()->toPlainText(), QStringLiteral("Unchanged"));
    }
};

QTEST_MAIN(SnippetsTest)
#include "tst_gui_snippets.moc"
