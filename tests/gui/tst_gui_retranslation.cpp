// Switching languages without a restart, against pseudo-catalogues made at build time from the
// sources (every text of app/ and ui/ as "⟦de⟧ text" and "⟦fr⟧ text", see CMakeLists.txt), so
// that the mechanism is tested whatever the real catalogues hold yet. The window with a ticket
// open, English first; German chosen in Settings; then French; then Cancel goes back to English.
// After each switch no English text of the catalogue is left on screen (data from the helpdesk
// aside) and nothing of the language before; the helpdesk's own names are not translated.

#include "ConnectionIndicator.h"
#include "ConversationView.h"
#include "Retranslation.h"
#include "SettingsDialog.h"
#include "SignedInWindow.h"
#include "StatusArea.h"
#include "TicketListModel.h"
#include "TranslationCatalogue.h"
#include "VisibleTexts.h"
#include "i18n/Translations.h"
#include "store/ReferenceData.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class RetranslationTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<Retranslation> m_retranslation;
    SignedInWindow m_fixture;
    QHash<QString, TranslationCatalogue> m_pseudo; // by language
    QPointer<SettingsDialog> m_dialog;

    // Every text of the window and the dialog.
    QList<VisibleTexts::Text> shown()
    {
        QList<VisibleTexts::Text> texts = VisibleTexts::of(&m_fixture.window());
        if (m_dialog)
            texts += VisibleTexts::of(m_dialog);
        return texts;
    }

    void choose(const QString &code)
    {
        QSignalSpy retranslated(m_retranslation.get(), &Retranslation::done);
        QComboBox *language = m_dialog->language();
        const int index = language->findData(code);
        QVERIFY(index >= 0);
        language->setCurrentIndex(index);
        emit language->activated(index); // as the agent's choice does
        QTRY_VERIFY(retranslated.count() > 0);
        QCoreApplication::processEvents();
    }

    // Nothing English of the catalogue, and nothing with `stale` (the language before) in it.
    void verifyOnlyIn(const QString &mark, const QString &stale)
    {
        const QList<VisibleTexts::Text> texts = shown();
        const QStringList leftovers =
            m_pseudo.value(m_translations->catalogue())
                .englishLeftovers(VisibleTexts::texts(texts), m_fixture.helpdeskNames());
        QVERIFY2(leftovers.isEmpty(), qPrintable(VisibleTexts::describe(texts, leftovers)));
        QStringList old;
        for (const VisibleTexts::Text &text : texts)
            if (!stale.isEmpty() && text.text.contains(stale))
                old << text.text;
        QVERIFY2(old.isEmpty(), qPrintable(VisibleTexts::describe(texts, old)));

        // The parts named in the issue, one by one.
        MainWindow &window = m_fixture.window();
        for (QAction *menu : window.menuBar()->actions())
            QVERIFY2(menu->text().startsWith(mark), qPrintable(menu->text()));
        for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
            const QString header = window.ticketList()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(header.startsWith(mark), qPrintable(header));
        }
        // (A message shown for a while may have gone by now.)
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.isEmpty() || message.startsWith(mark), qPrintable(message));
        QVERIFY2(window.statusArea()->connection()->text().contains(mark),
                 qPrintable(window.statusArea()->connection()->text()));
        QVERIFY2(window.statusArea()->outboxButton()->text().startsWith(mark),
                 qPrintable(window.statusArea()->outboxButton()->text()));
        for (int row = 0; row < window.queueList()->rowCount(); ++row)
            QVERIFY2(window.queueList()->item(row)->text().startsWith(mark),
                     qPrintable(window.queueList()->item(row)->text()));
        const QString conversation = window.conversation()->toPlainText();
        QVERIFY2(conversation.contains(mark), qPrintable(conversation.left(300)));
        QVERIFY2(stale.isEmpty() || !conversation.contains(stale), qPrintable(conversation.left(300)));
        QVERIFY2(m_dialog->windowTitle().startsWith(mark), qPrintable(m_dialog->windowTitle()));
    }

private slots:
    void initTestCase()
    {
        // This test's settings file: a language it saves reaches no other test.
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        for (const QString &code : {QStringLiteral("de"), QStringLiteral("fr")}) {
            QString error;
            m_pseudo[code] = TranslationCatalogue::read(
                QStringLiteral(PSEUDO_CATALOGUES "/deskhand_%1.ts").arg(code), &error);
            QVERIFY2(m_pseudo[code].messages().size() > 300, qPrintable(error));
        }

        m_translations = std::make_unique<Translations>(QStringList{QStringLiteral(PSEUDO_CATALOGUES)});
        QVERIFY(m_translations->apply(Language::english()));
        m_retranslation = std::make_unique<Retranslation>(*m_translations);
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        QVERIFY(m_fixture.clickQueue(QStringLiteral("open")));
        QVERIFY(m_fixture.clickTicket(0));
        QVERIFY(!m_fixture.window().conversation()->toPlainText().isEmpty());
        // A status-bar message of the window's own.
        QVERIFY(!m_fixture.window().openTicketByKey(QStringLiteral("NOPE-0000-NOPE")));
        QVERIFY(!m_fixture.window().statusBar()->currentMessage().isEmpty());

        m_fixture.window().showSettings();
        QTRY_VERIFY((m_dialog = m_fixture.window().findChild<SettingsDialog *>()) && m_dialog->isVisible());
    }

    void germanAtOnce()
    {
        const QString propertyStatus =
            m_fixture.window().findChild<QComboBox *>(QStringLiteral("propertyStatus"))->currentText();
        choose(QStringLiteral("de"));
        verifyOnlyIn(QStringLiteral("⟦de⟧"), QString());
        QCOMPARE(m_translations->catalogue(), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        // The helpdesk's name for the ticket's status is the helpdesk's, in any language.
        QCOMPARE(m_fixture.window().findChild<QComboBox *>(QStringLiteral("propertyStatus"))->currentText(),
                 propertyStatus);
    }

    void thenFrench()
    {
        choose(QStringLiteral("fr"));
        verifyOnlyIn(QStringLiteral("⟦fr⟧"), QStringLiteral("⟦de⟧"));
        QCOMPARE(QLocale().language(), QLocale::French);
    }

    void cancelGoesBack()
    {
        QSignalSpy retranslated(m_retranslation.get(), &Retranslation::done);
        m_dialog->reject();
        QTRY_VERIFY(retranslated.count() > 0);
        QCoreApplication::processEvents();
        QCOMPARE(m_translations->language(), Language::english());
        QStringList marked;
        const QList<VisibleTexts::Text> texts = VisibleTexts::of(&m_fixture.window());
        for (const VisibleTexts::Text &text : texts)
            if (text.text.contains(QStringLiteral("⟦")))
                marked << text.text;
        QVERIFY2(marked.isEmpty(), qPrintable(VisibleTexts::describe(texts, marked)));
        QVERIFY(!m_fixture.window().conversation()->toPlainText().contains(QStringLiteral("⟦")));
        QVERIFY(!QSettings().contains(Language::settingsKey()));
    }

    void saveKeepsTheChoice()
    {
        m_fixture.window().showSettings();
        QTRY_VERIFY((m_dialog = m_fixture.window().findChild<SettingsDialog *>()) && m_dialog->isVisible());
        choose(QStringLiteral("de"));
        QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("settingsSave")), Qt::LeftButton);
        QTRY_COMPARE(QSettings().value(Language::settingsKey()).toString(), QStringLiteral("de"));
        QCOMPARE(Language::stored(), Language::fromCode(QStringLiteral("de")));
        QCOMPARE(m_translations->catalogue(), QStringLiteral("de"));
    }
};

QTEST_MAIN(RetranslationTest)
#include "tst_gui_retranslation.moc"
